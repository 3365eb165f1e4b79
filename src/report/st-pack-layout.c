/* st-pack-layout.c: paginating the board pack and drawing its pages.
 *
 * Building the layout walks the pack section by section and emits items
 * (text, filled or stroked rectangles, lines, charts) at positions on pages.
 * Text is measured with one PangoLayout per font, reused for every cell, in
 * a PangoContext at 72 dpi with hinting of metrics off, so that a measure
 * made here holds on any surface the page is later drawn on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-pack-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "st-chart.h"
#include "st-pack-layout.h"

#define MARGIN_X       36.0
#define CONTENT_TOP    50.0
#define CONTENT_BOTTOM (ST_PACK_PAGE_HEIGHT - 44.0)
#define CONTENT_WIDTH  (ST_PACK_PAGE_WIDTH - 2 * MARGIN_X)
#define PAD_X          4.0
#define PAD_Y          3.0
#define FONT_FAMILY    "Sans"
#define PROGRESS_CHART_HEIGHT 230.0
#define SPARKLINE_HEIGHT 18.0

#define COLOUR_TEXT      0x1A1A1A
#define COLOUR_MUTED     0x595959
#define COLOUR_NAVY      0x1F3864
#define COLOUR_GRID      0xBFBFBF
#define COLOUR_ZEBRA     0xF5F7FB
#define COLOUR_AREA      0xD9E1F2
#define COLOUR_SUB       0xEDEDED
#define COLOUR_OVERDUE   0xC00000
#define COLOUR_WHITE     0xFFFFFF

typedef enum
{
  FONT_BODY,
  FONT_BOLD,
  FONT_SMALL,
  FONT_SMALL_BOLD,
  FONT_H1,
  FONT_H2,
  FONT_TITLE,
  FONT_SUBTITLE,
  FONT_BIG,
  N_FONTS
} Font;

static const struct { const char *family; double size; PangoWeight weight; } fonts[N_FONTS] = {
  [FONT_BODY] = { FONT_FAMILY, 8.5, PANGO_WEIGHT_NORMAL },
  [FONT_BOLD] = { FONT_FAMILY, 8.5, PANGO_WEIGHT_BOLD },
  [FONT_SMALL] = { FONT_FAMILY, 7.5, PANGO_WEIGHT_NORMAL },
  [FONT_SMALL_BOLD] = { FONT_FAMILY, 7.5, PANGO_WEIGHT_BOLD },
  [FONT_H1] = { FONT_FAMILY, 17, PANGO_WEIGHT_BOLD },
  [FONT_H2] = { FONT_FAMILY, 11.5, PANGO_WEIGHT_BOLD },
  [FONT_TITLE] = { FONT_FAMILY, 26, PANGO_WEIGHT_BOLD },
  [FONT_SUBTITLE] = { FONT_FAMILY, 15, PANGO_WEIGHT_NORMAL },
  [FONT_BIG] = { FONT_FAMILY, 22, PANGO_WEIGHT_BOLD },
};

typedef enum
{
  ITEM_TEXT,
  ITEM_FILL,       /* a filled rectangle */
  ITEM_STROKE,     /* a rectangle's outline */
  ITEM_LINE,       /* a horizontal rule, h is its thickness */
  ITEM_TOC_PAGE,   /* the page number of a section, known once paginated */
  ITEM_PROGRESS,   /* the progress chart (st-chart.h), text is its StProgressData */
  ITEM_SPARKLINE,  /* a measure's sparkline (st-chart.h), text is its StTrendData */
} ItemKind;

enum
{
  FLAG_WRAP     = 1 << 0,   /* wrap at w; otherwise one line ellipsized at w */
  FLAG_CLIP     = 1 << 1,   /* at most h high, ellipsized */
};

typedef struct
{
  guint8      kind;
  guint8      font;
  guint8      align;        /* PangoAlignment */
  guint8      flags;
  float       x, y, w, h;
  guint32     colour;
  const char *text;         /* pack strings, or the layout's own chunk */
} Item;

struct _StPackLayout
{
  StBoardPack  *pack;
  GPtrArray    *pages;      /* GArray of Item */
  GArray       *outline;    /* StPackOutlineEntry */
  GStringChunk *strings;
  GPtrArray    *charts;     /* StProgressData */
  int           section_page[ST_PACK_N_SECTIONS];
  PangoFontMap *font_map;   /* the measuring helper's, its fonts loaded, for a drawing thread */
};

/* Building ------------------------------------------------------------------- */

typedef struct
{
  const char *title;
  double      width;        /* in points */
  guint8      align;
  gboolean    wrap;
} Column;

typedef enum
{
  ROW_NORMAL,
  ROW_SUB,        /* a sub-action: the ref, then its text across the other columns */
  ROW_AREA,       /* an area: its text across the whole table */
} RowKind;

typedef struct
{
  const char *text;
  int         status;       /* -1, or the StStatus whose colour fills the cell */
  guint32     colour;       /* text colour, 0: the usual */
  gboolean    bold;
  const StTrendData *sparkline;   /* drawn in the cell, by st-chart.h */
} Cell;

typedef struct
{
  const Column *columns;
  guint         n_columns;
  double        x[16];
  double        width;
  double        header_height;
  guint         n_rows;     /* on the current page, for the zebra stripes */
  const char   *caption;    /* shown above the header on the pages it continues on */
  guint         header_item;  /* where the header's items start on its page */
  double        header_y;
  double        titles_height;  /* of the tallest column title, once measured (0 before) */
} Table;

typedef struct
{
  StPackLayout       *self;
  StBoardPack        *pack;
  PangoContext       *context;
  PangoLayout        *layouts[N_FONTS];
  double              line_height[N_FONTS];
  GArray             *page;
  double              y;
  Table              *table;          /* the table being laid out, for headers on new pages */
  GCancellable       *cancellable;
  StPackProgressFunc  progress;
  gpointer            user_data;
  /* Measuring table rows in two threads (see Rows below) */
  struct _Rows       *rows;
  gboolean            helper;         /* the helper's builder: measures, emits nothing */
  guint               row_nr;         /* table rows so far, in the order of the pack */
  struct _RowChunk   *claimed;        /* the helper's chunk being measured */
} Builder;

/* Measuring table rows in two threads.
 *
 * Shaping the cells of table rows is most of laying out a big pack, and a
 * row's height does not depend on where it falls on a page. With a second
 * processor, a helper thread runs the same builder over the same pack with
 * a PangoContext of its own, emitting nothing: rows are numbered in the
 * order both builders meet them, and in every other chunk of CHUNK_ROWS
 * rows the helper measures the cells and keeps their heights, while the
 * builder that makes the layout measures the chunks in between and takes
 * the helper's heights for its. A chunk the helper has not started yet is
 * taken back and measured at once, so neither ever waits on work not begun.
 * Heights are the same whichever thread measures (same fonts, same font
 * options), so is the layout. */
#define CHUNK_ROWS 16
#define MAX_COLUMNS 16

typedef enum
{
  CHUNK_FREE,
  CHUNK_HELPER,     /* being measured by the helper */
  CHUNK_MAIN,       /* taken back by the layout's builder */
  CHUNK_DONE,       /* measured by the helper */
} ChunkState;

typedef struct _RowChunk
{
  int      state;   /* ChunkState, under Rows' mutex */
  float    heights[CHUNK_ROWS][MAX_COLUMNS];
  guint16  clipped[CHUNK_ROWS];
} RowChunk;

typedef struct _Rows
{
  GMutex      mutex;
  GCond       cond;
  GPtrArray  *chunks;       /* RowChunk, made by whichever builder meets one first */
  gboolean    stop;         /* the layout is done (or cancelled): the helper stops measuring */
  StBoardPack *pack;
  GCancellable *cancellable;
  PangoFontMap *font_map;   /* the helper's, once it is done */
} Rows;

static const char *
intern (Builder    *b,
        const char *text)
{
  return g_string_chunk_insert (b->self->strings, text);
}

static double
measure (Builder    *b,
         Font        font,
         const char *text,
         double      width,
         gboolean    wrap,
         double      max_height)
{
  PangoLayout *layout = b->layouts[font];
  int height;

  if (!wrap)
    return b->line_height[font];
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  if (max_height > 0)
    {
      pango_layout_set_height (layout, (int) (max_height * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  else
    {
      pango_layout_set_height (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
    }
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, NULL, &height);
  return height / (double) PANGO_SCALE;
}

static void
emit (Builder *b,
      Item    *item)
{
  g_array_append_vals (b->page, item, 1);
}

static void
emit_text (Builder    *b,
           Font        font,
           const char *text,
           double      x,
           double      y,
           double      w,
           double      h,
           guint8      align,
           guint8      flags,
           guint32     colour)
{
  Item item = { ITEM_TEXT, font, align, flags, x, y, w, h, colour, text };

  if (text == NULL || *text == '\0')
    return;
  emit (b, &item);
}

static void
emit_rect (Builder *b,
           ItemKind kind,
           double   x,
           double   y,
           double   w,
           double   h,
           guint32  colour)
{
  Item item = { kind, 0, 0, 0, x, y, w, h, colour, NULL };
  emit (b, &item);
}

static void
start_page (Builder *b)
{
  b->page = g_array_new (FALSE, FALSE, sizeof (Item));
  g_ptr_array_add (b->self->pages, b->page);
  b->y = CONTENT_TOP;
}

static gboolean
page_is_empty (Builder *b)
{
  return b->page->len == 0;
}

static void table_draw_header (Builder *b, Table *table);

static void
new_page (Builder *b)
{
  start_page (b);
  if (b->table != NULL)
    {
      if (b->table->caption != NULL)
        {
          g_autofree char *continued = g_strdup_printf (_("%s (continued)"), b->table->caption);

          emit_text (b, FONT_BOLD, intern (b, continued), MARGIN_X, b->y, CONTENT_WIDTH,
                     b->line_height[FONT_BOLD], PANGO_ALIGN_LEFT, 0, COLOUR_NAVY);
          b->y += b->line_height[FONT_BOLD] + 4;
        }
      table_draw_header (b, b->table);
    }
}

static void
ensure_space (Builder *b,
              double   height)
{
  if (b->y + height > CONTENT_BOTTOM && !page_is_empty (b))
    new_page (b);
}

/* A paragraph across the content width (or from @x on). */
static void
paragraph (Builder    *b,
           Font        font,
           const char *text,
           double      x,
           double      width,
           guint32     colour,
           double      space_after)
{
  double height;

  if (text == NULL || *text == '\0')
    return;
  height = measure (b, font, text, width, TRUE, 0);
  gboolean clipped = FALSE;

  if (height > CONTENT_BOTTOM - CONTENT_TOP)
    {
      height = measure (b, font, text, width, TRUE, CONTENT_BOTTOM - CONTENT_TOP);
      clipped = TRUE;
    }
  ensure_space (b, height);
  emit_text (b, font, text, x, b->y, width, height, PANGO_ALIGN_LEFT,
             FLAG_WRAP | (clipped ? FLAG_CLIP : 0), colour);
  b->y += height + space_after;
}

static void
add_outline (Builder    *b,
             const char *title,
             int         level)
{
  StPackOutlineEntry entry = { intern (b, title), b->self->pages->len - 1, b->y, level };
  g_array_append_val (b->self->outline, entry);
}

/* A section starts on a page of its own, with a heading and a bookmark. */
static void
section_start (Builder        *b,
               StPackSections  section,
               const char     *title)
{
  double height;

  b->table = NULL;
  if (!page_is_empty (b))
    new_page (b);
  for (guint i = 0; i < ST_PACK_N_SECTIONS; i++)
    if (section == (StPackSections) (1 << i))
      b->self->section_page[i] = b->self->pages->len - 1;
  add_outline (b, title, 0);
  height = measure (b, FONT_H1, title, CONTENT_WIDTH, TRUE, 0);
  emit_text (b, FONT_H1, intern (b, title), MARGIN_X, b->y, CONTENT_WIDTH, height,
             PANGO_ALIGN_LEFT, FLAG_WRAP, COLOUR_NAVY);
  b->y += height + 4;
  emit_rect (b, ITEM_LINE, MARGIN_X, b->y, CONTENT_WIDTH, 1.5, COLOUR_NAVY);
  b->y += 10;
}

static void
subheading (Builder    *b,
            const char *title,
            double      keep_with)
{
  double height = measure (b, FONT_H2, title, CONTENT_WIDTH, TRUE, 0);

  b->table = NULL;
  if (b->y > CONTENT_TOP + 1)
    b->y += 6;
  ensure_space (b, height + 4 + keep_with);
  emit_text (b, FONT_H2, title, MARGIN_X, b->y, CONTENT_WIDTH, height, PANGO_ALIGN_LEFT,
             FLAG_WRAP, COLOUR_NAVY);
  b->y += height + 5;
}

/* Tables ------------------------------------------------------------------------ */

static void
table_init (Table        *table,
            const Column *columns,
            guint         n_columns)
{
  double total = 0, x = MARGIN_X;

  g_assert (n_columns <= G_N_ELEMENTS (table->x) - 1);
  memset (table, 0, sizeof *table);
  table->columns = columns;
  table->n_columns = n_columns;
  for (guint i = 0; i < n_columns; i++)
    total += columns[i].width;
  /* Widths are relative: the table fills the content width. */
  for (guint i = 0; i < n_columns; i++)
    {
      table->x[i] = x;
      x += columns[i].width * CONTENT_WIDTH / total;
    }
  table->x[n_columns] = MARGIN_X + CONTENT_WIDTH;
  table->width = CONTENT_WIDTH;
}

static double
column_width (Table *table,
              guint  first,
              guint  last)
{
  return table->x[last + 1] - table->x[first];
}

/* The column titles, measured once for the table, not on every page. */
static double
table_titles_height (Builder *b,
                     Table   *table)
{
  if (table->titles_height <= 0)
    for (guint i = 0; i < table->n_columns; i++)
      table->titles_height = MAX (table->titles_height,
                                  measure (b, FONT_SMALL_BOLD, table->columns[i].title,
                                           column_width (table, i, i) - 2 * PAD_X, TRUE, 0));
  return table->titles_height;
}

static void
table_draw_header (Builder *b,
                   Table   *table)
{
  double height = table_titles_height (b, table) + 2 * PAD_Y + 1;

  table->header_height = height;
  table->header_item = b->page->len;
  table->header_y = b->y;
  emit_rect (b, ITEM_FILL, MARGIN_X, b->y, table->width, height, COLOUR_NAVY);
  for (guint i = 0; i < table->n_columns; i++)
    emit_text (b, FONT_SMALL_BOLD, table->columns[i].title, table->x[i] + PAD_X, b->y + PAD_Y,
               column_width (table, i, i) - 2 * PAD_X, height - 2 * PAD_Y,
               table->columns[i].align, FLAG_WRAP, COLOUR_WHITE);
  b->y += height;
  table->n_rows = 0;
}

static void
table_begin (Builder *b,
             Table   *table,
             double   keep_with)
{
  double header = table_titles_height (b, table);

  /* The header never stands alone at the foot of a page. */
  ensure_space (b, header + 2 * PAD_Y + 1 + keep_with);
  b->table = table;
  table_draw_header (b, table);
}

static void
table_end (Builder *b)
{
  b->table = NULL;
  b->y += 8;
}

static void
measure_row (Builder    *b,
             Table      *table,
             const Cell *cells,
             RowKind     kind,
             double     *heights,
             gboolean   *clipped)
{
  guint n = kind == ROW_AREA ? 1 : kind == ROW_SUB ? 2 : table->n_columns;
  double max_cell = CONTENT_BOTTOM - CONTENT_TOP - table->header_height - 2 * PAD_Y - 2;

  for (guint i = 0; i < n; i++)
    {
      guint last = (i == n - 1) ? table->n_columns - 1 : i;
      guint first = kind == ROW_AREA ? 0 : i;
      Font font = cells[i].bold || kind != ROW_NORMAL ? FONT_BOLD : FONT_BODY;
      gboolean wrap = kind != ROW_NORMAL || table->columns[i].wrap;
      const char *text = cells[i].text ? cells[i].text : "";

      clipped[i] = FALSE;
      heights[i] = *text ? measure (b, font, text, column_width (table, first, last) - 2 * PAD_X, wrap, 0)
                         : b->line_height[font];
      if (cells[i].sparkline)
        heights[i] = MAX (heights[i], SPARKLINE_HEIGHT);
      if (heights[i] > max_cell)
        {
          heights[i] = measure (b, font, text, column_width (table, first, last) - 2 * PAD_X, wrap, max_cell);
          clipped[i] = TRUE;
        }
    }
}

static RowChunk *
rows_get_chunk (Rows  *rows,
                guint  index)
{
  while (rows->chunks->len <= index)
    g_ptr_array_add (rows->chunks, g_new0 (RowChunk, 1));
  return g_ptr_array_index (rows->chunks, index);
}

static void
helper_finish_chunk (Builder *b)
{
  Rows *rows = b->rows;

  if (b->claimed == NULL)
    return;
  g_mutex_lock (&rows->mutex);
  b->claimed->state = CHUNK_DONE;
  g_cond_broadcast (&rows->cond);
  g_mutex_unlock (&rows->mutex);
  b->claimed = NULL;
}

/* The heights of a row's cells (and which are clipped). Returns FALSE in
 * the helper's builder, which emits nothing. */
static gboolean
row_heights (Builder    *b,
             Table      *table,
             const Cell *cells,
             RowKind     kind,
             double     *heights,
             gboolean   *clipped)
{
  Rows *rows = b->rows;
  guint n = kind == ROW_AREA ? 1 : kind == ROW_SUB ? 2 : table->n_columns;
  guint nr, chunk_index, slot;
  RowChunk *chunk;

  g_assert (table->n_columns <= MAX_COLUMNS);
  if (rows == NULL)
    {
      measure_row (b, table, cells, kind, heights, clipped);
      return TRUE;
    }

  nr = b->row_nr++;
  chunk_index = nr / CHUNK_ROWS;
  slot = nr % CHUNK_ROWS;

  if (b->helper)
    {
      if (slot == 0)
        {
          helper_finish_chunk (b);
          if (chunk_index % 2 == 1)
            {
              g_mutex_lock (&rows->mutex);
              chunk = rows_get_chunk (rows, chunk_index);
              if (chunk->state == CHUNK_FREE && !rows->stop)
                {
                  chunk->state = CHUNK_HELPER;
                  b->claimed = chunk;
                }
              g_mutex_unlock (&rows->mutex);
            }
        }
      if (b->claimed != NULL)
        {
          measure_row (b, table, cells, kind, heights, clipped);
          for (guint i = 0; i < n; i++)
            {
              b->claimed->heights[slot][i] = heights[i];
              if (clipped[i])
                b->claimed->clipped[slot] |= 1 << i;
            }
        }
      return FALSE;
    }

  if (chunk_index % 2 == 0)
    {
      measure_row (b, table, cells, kind, heights, clipped);
      return TRUE;
    }

  g_mutex_lock (&rows->mutex);
  chunk = rows_get_chunk (rows, chunk_index);
  if (chunk->state == CHUNK_FREE)
    chunk->state = CHUNK_MAIN;
  while (chunk->state == CHUNK_HELPER)
    g_cond_wait (&rows->cond, &rows->mutex);
  g_mutex_unlock (&rows->mutex);

  if (chunk->state == CHUNK_MAIN)
    {
      measure_row (b, table, cells, kind, heights, clipped);
      return TRUE;
    }
  for (guint i = 0; i < n; i++)
    {
      heights[i] = chunk->heights[slot][i];
      clipped[i] = (chunk->clipped[slot] >> i) & 1;
    }
  return TRUE;
}

static void
table_row (Builder    *b,
           Table      *table,
           const Cell *cells,
           RowKind     kind)
{
  guint n = kind == ROW_AREA ? 1 : kind == ROW_SUB ? 2 : table->n_columns;
  double heights[MAX_COLUMNS], height = 0;
  gboolean clipped[MAX_COLUMNS] = { FALSE };

  if (!row_heights (b, table, cells, kind, heights, clipped))
    return;   /* the helper: measured, or left to the other builder */
  for (guint i = 0; i < n; i++)
    height = MAX (height, heights[i]);
  height += 2 * PAD_Y;

  if (b->y + height > CONTENT_BOTTOM)
    {
      if (table->n_rows == 0 && table->header_y > CONTENT_TOP + 1)
        {
          /* Not even the first row fits under the header: the header moves
           * to the next page with it rather than stand alone. */
          g_array_set_size (b->page, table->header_item);
          b->y = table->header_y;
        }
      new_page (b);
    }

  /* Backgrounds, then cell borders, then text. */
  if (kind == ROW_AREA)
    emit_rect (b, ITEM_FILL, MARGIN_X, b->y, table->width, height, COLOUR_AREA);
  else if (kind == ROW_SUB)
    emit_rect (b, ITEM_FILL, MARGIN_X, b->y, table->width, height, COLOUR_SUB);
  else if (table->n_rows % 2 == 1)
    emit_rect (b, ITEM_FILL, MARGIN_X, b->y, table->width, height, COLOUR_ZEBRA);

  for (guint i = 0; i < n; i++)
    {
      guint first = kind == ROW_AREA ? 0 : i;
      guint last = (i == n - 1) ? table->n_columns - 1 : i;
      double x = table->x[first], w = column_width (table, first, last);
      Font font = cells[i].bold || kind != ROW_NORMAL ? FONT_BOLD : FONT_BODY;
      gboolean wrap = kind != ROW_NORMAL || table->columns[i].wrap;
      guint32 colour = cells[i].colour ? cells[i].colour : COLOUR_TEXT;
      guint8 align = kind == ROW_NORMAL ? table->columns[i].align : PANGO_ALIGN_LEFT;

      if (cells[i].status >= 0 && cells[i].status < ST_N_STATUSES)
        {
          const StPackStatus *status = &b->pack->statuses[cells[i].status];
          guint32 fill = ((guint32) lround (status->rgb[0] * 255) << 16) |
                         ((guint32) lround (status->rgb[1] * 255) << 8) |
                         (guint32) lround (status->rgb[2] * 255);

          emit_rect (b, ITEM_FILL, x + 1.5, b->y + 1.5, w - 3, height - 3, fill);
          colour = status->dark ? COLOUR_WHITE : 0x000000;
          font = FONT_BOLD;
          align = PANGO_ALIGN_CENTER;
        }
      emit_rect (b, ITEM_STROKE, x, b->y, w, height, COLOUR_GRID);
      if (cells[i].sparkline)
        {
          Item spark = { ITEM_SPARKLINE, 0, 0, 0, x + 2, b->y + (height - SPARKLINE_HEIGHT) / 2,
                         w - 4, SPARKLINE_HEIGHT, 0, (const char *) cells[i].sparkline };
          emit (b, &spark);
        }
      if (cells[i].text && *cells[i].text)
        emit_text (b, font, cells[i].text, x + PAD_X, b->y + PAD_Y, w - 2 * PAD_X, heights[i], align,
                   (wrap ? FLAG_WRAP : 0) | (clipped[i] ? FLAG_CLIP : 0), colour);
    }
  b->y += height;
  table->n_rows++;
}

static gboolean
check_cancelled (Builder  *b,
                 GError  **error)
{
  if (b->helper)
    {
      gboolean stop;

      /* The layout is done: the helper has nothing more to measure. */
      g_mutex_lock (&b->rows->mutex);
      stop = b->rows->stop;
      g_mutex_unlock (&b->rows->mutex);
      if (stop)
        return TRUE;
    }
  return g_cancellable_set_error_if_cancelled (b->cancellable, error);
}

/* Sections ------------------------------------------------------------------------ */

static const char *
status_letter (Builder *b,
               StStatus status)
{
  return (guint) status < ST_N_STATUSES ? b->pack->statuses[status].letter : "–";
}

static void
layout_cover (Builder *b)
{
  StBoardPack *pack = b->pack;
  double height;
  g_autofree char *period = g_strdup_printf (_("Board pack for the reporting period %s"), pack->period_label);
  g_autofree char *produced = g_strdup_printf (_("Produced on %s by %s"), pack->produced, pack->author);

  b->self->section_page[0] = 0;
  add_outline (b, st_pack_section_title (ST_PACK_COVER), 0);

  b->y = CONTENT_TOP + 60;
  emit_rect (b, ITEM_FILL, MARGIN_X, b->y - 20, 8, 150, COLOUR_NAVY);
  height = measure (b, FONT_TITLE, pack->title, CONTENT_WIDTH - 40, TRUE, 0);
  emit_text (b, FONT_TITLE, pack->title, MARGIN_X + 24, b->y, CONTENT_WIDTH - 40, height,
             PANGO_ALIGN_LEFT, FLAG_WRAP, COLOUR_NAVY);
  b->y += height + 12;
  if (pack->local_area && *pack->local_area)
    {
      emit_text (b, FONT_SUBTITLE, pack->local_area, MARGIN_X + 24, b->y, CONTENT_WIDTH - 40,
                 b->line_height[FONT_SUBTITLE], PANGO_ALIGN_LEFT, 0, COLOUR_TEXT);
      b->y += b->line_height[FONT_SUBTITLE] + 6;
    }
  emit_text (b, FONT_SUBTITLE, intern (b, period), MARGIN_X + 24, b->y, CONTENT_WIDTH - 40,
             b->line_height[FONT_SUBTITLE], PANGO_ALIGN_LEFT, 0, COLOUR_TEXT);
  b->y += b->line_height[FONT_SUBTITLE] + 10;
  emit_text (b, FONT_BODY, intern (b, produced), MARGIN_X + 24, b->y, CONTENT_WIDTH - 40,
             b->line_height[FONT_BODY], PANGO_ALIGN_LEFT, 0, COLOUR_MUTED);
  b->y = MAX (b->y + 50, CONTENT_TOP + 230);

  /* Contents, with the page each section starts on. */
  emit_text (b, FONT_H2, intern (b, _("Contents")), MARGIN_X + 24, b->y, 300, b->line_height[FONT_H2],
             PANGO_ALIGN_LEFT, 0, COLOUR_NAVY);
  b->y += b->line_height[FONT_H2] + 6;
  for (guint i = 1; i < ST_PACK_N_SECTIONS; i++)
    {
      Item toc = { ITEM_TOC_PAGE, FONT_BODY, PANGO_ALIGN_RIGHT, 0, MARGIN_X + 324, b->y, 60,
                   b->line_height[FONT_BODY], COLOUR_TEXT, GUINT_TO_POINTER (i) };

      if (!(pack->sections & (1 << i)))
        continue;
      emit_text (b, FONT_BODY, st_pack_section_title (1 << i), MARGIN_X + 24, b->y, 300,
                 b->line_height[FONT_BODY], PANGO_ALIGN_LEFT, 0, COLOUR_TEXT);
      toc.text = NULL;
      toc.colour = i;   /* the section's index */
      emit (b, &toc);
      b->y += b->line_height[FONT_BODY] + 5;
    }
}

static void
layout_key (Builder *b)
{
  StBoardPack *pack = b->pack;
  static Column columns[] = {
    { NULL, 50, PANGO_ALIGN_CENTER, FALSE },
    { NULL, 220, PANGO_ALIGN_LEFT, TRUE },
    { NULL, 500, PANGO_ALIGN_LEFT, TRUE },
  };
  Table table;

  section_start (b, ST_PACK_KEY, st_pack_section_title (ST_PACK_KEY));
  paragraph (b, FONT_BODY, pack->purpose, MARGIN_X, CONTENT_WIDTH * 0.8, COLOUR_TEXT, 14);
  subheading (b, _("The BRAG rating scale"), 60);
  columns[0].title = _("Rating");
  columns[1].title = _("Status");
  columns[2].title = _("Definition");
  table_init (&table, columns, G_N_ELEMENTS (columns));
  table_begin (b, &table, 20);
  for (guint s = 0; s < ST_N_STATUSES; s++)
    {
      Cell cells[] = {
        { pack->statuses[s].letter, s, 0, TRUE },
        { pack->statuses[s].label, -1, 0, TRUE },
        { pack->statuses[s].definition, -1, 0, FALSE },
      };
      table_row (b, &table, cells, ROW_NORMAL);
    }
  table_end (b);
}

/* The chart, drawn by st_chart_draw_progress() from the pack's counts. */
static void
progress_chart (Builder *b,
                GArray  *progress)
{
  StBoardPack *pack = b->pack;
  StProgressData *data = g_new0 (StProgressData, 1);
  double width = MIN (CONTENT_WIDTH, MAX (CONTENT_WIDTH * 0.6, 200.0 + 70.0 * progress->len));
  double height = PROGRESS_CHART_HEIGHT;
  Item item = { ITEM_PROGRESS, 0, 0, 0, MARGIN_X, 0, width, height, 0, NULL };

  data->title = NULL;
  data->shares = FALSE;
  for (guint s = 0; s < ST_N_STATUSES; s++)
    {
      const StPackStatus *status = &pack->statuses[s];

      data->statuses.colours[s] = (StChartRgba) { status->rgb[0], status->rgb[1], status->rgb[2], 1.0 };
      data->statuses.letters[s] = g_strdup (status->letter);
      data->statuses.labels[s] = g_strdup (status->label);
    }
  data->n_periods = progress->len;
  data->periods = g_new0 (StProgressPeriod, MAX (progress->len, 1));
  for (guint p = 0; p < progress->len; p++)
    {
      const StPackPeriodCounts *counts = &g_array_index (progress, StPackPeriodCounts, p);

      data->periods[p].label = g_strdup (counts->label);
      memcpy (data->periods[p].counts, counts->counts, sizeof counts->counts);
      data->periods[p].unrated = counts->unrated;
      data->periods[p].n_actions = counts->n_actions;
    }
  g_ptr_array_add (b->self->charts, data);

  ensure_space (b, height + 10);
  item.y = b->y;
  item.text = (const char *) data;
  emit (b, &item);
  b->y += height + 10;
}

static void
progress_table (Builder    *b,
                const char *title,
                GArray     *progress)
{
  StBoardPack *pack = b->pack;
  Column columns[ST_N_STATUSES + 3];
  Table table;

  columns[0] = (Column) { _("Period"), 90, PANGO_ALIGN_LEFT, FALSE };
  for (guint s = 0; s < ST_N_STATUSES; s++)
    columns[1 + s] = (Column) { pack->statuses[s].label, 100, PANGO_ALIGN_RIGHT, FALSE };
  columns[ST_N_STATUSES + 1] = (Column) { _("Not rated"), 60, PANGO_ALIGN_RIGHT, FALSE };
  columns[ST_N_STATUSES + 2] = (Column) { _("Actions"), 60, PANGO_ALIGN_RIGHT, FALSE };
  table_init (&table, columns, G_N_ELEMENTS (columns));

  /* The heading stays with its chart, and the chart with its table. */
  subheading (b, title, PROGRESS_CHART_HEIGHT + 10 + 60);
  progress_chart (b, progress);
  table_begin (b, &table, 20);
  for (guint p = 0; p < progress->len; p++)
    {
      const StPackPeriodCounts *counts = &g_array_index (progress, StPackPeriodCounts, p);
      Cell cells[ST_N_STATUSES + 3];

      cells[0] = (Cell) { counts->label, -1, 0, TRUE };
      for (guint s = 0; s < ST_N_STATUSES; s++)
        {
          int tenths = st_percent_tenths (counts->counts[s], counts->n_actions);
          g_autofree char *text = g_strdup_printf ("%u (%d.%d%%)", counts->counts[s], tenths / 10, tenths % 10);
          cells[1 + s] = (Cell) { intern (b, text), -1, 0, FALSE };
        }
      cells[ST_N_STATUSES + 1] = (Cell) { NULL, -1, 0, FALSE };
      cells[ST_N_STATUSES + 2] = (Cell) { NULL, -1, 0, TRUE };
      {
        g_autofree char *unrated = g_strdup_printf ("%u", counts->unrated);
        g_autofree char *total = g_strdup_printf ("%u", counts->n_actions);
        cells[ST_N_STATUSES + 1].text = intern (b, unrated);
        cells[ST_N_STATUSES + 2].text = intern (b, total);
      }
      table_row (b, &table, cells, ROW_NORMAL);
    }
  table_end (b);
}

static void
layout_progress (Builder *b)
{
  StBoardPack *pack = b->pack;

  section_start (b, ST_PACK_PROGRESS, st_pack_section_title (ST_PACK_PROGRESS));
  progress_table (b, _("All priority areas: actions by rating in each reporting period"), pack->progress);
  if (pack->progress_per_area)
    for (guint a = 0; a < pack->areas->len; a++)
      {
        StPackArea *area = g_ptr_array_index (pack->areas, a);
        g_autofree char *title = g_strdup_printf (_("Priority area %s: %s"), area->number, area->title);

        progress_table (b, intern (b, title), area->progress);
      }
}

static char *
percent_text (guint count,
              guint total)
{
  int tenths = st_percent_tenths (count, total);
  return g_strdup_printf ("%d.%d%%", tenths / 10, tenths % 10);
}

static void
layout_summary (Builder *b)
{
  StBoardPack *pack = b->pack;
  const StSummaryCounts *overall = &pack->overall;
  static Column status_columns[4];
  Column area_columns[3 + 2 * ST_N_STATUSES];
  Table table;
  g_autofree char *headline = g_strdup_printf (_("%u priority areas, %u sub-actions, %u actions"),
                                               overall->n_areas, overall->n_sub_actions, overall->n_actions);

  section_start (b, ST_PACK_SUMMARY, st_pack_section_title (ST_PACK_SUMMARY));
  paragraph (b, FONT_H2, intern (b, headline), MARGIN_X, CONTENT_WIDTH, COLOUR_TEXT, 8);

  /* Overall, as the WSoA's Section 3 */
  status_columns[0] = (Column) { _("Rating"), 45, PANGO_ALIGN_CENTER, FALSE };
  status_columns[1] = (Column) { _("Status"), 300, PANGO_ALIGN_LEFT, TRUE };
  status_columns[2] = (Column) { _("Quantity"), 70, PANGO_ALIGN_RIGHT, FALSE };
  status_columns[3] = (Column) { _("Percentage"), 70, PANGO_ALIGN_RIGHT, FALSE };
  table_init (&table, status_columns, 4);
  /* Half the page wide */
  for (guint i = 0; i <= 4; i++)
    table.x[i] = MARGIN_X + (table.x[i] - MARGIN_X) * 0.62;
  table.width = table.x[4] - MARGIN_X;
  table_begin (b, &table, 20);
  for (guint s = 0; s < ST_N_STATUSES; s++)
    {
      g_autofree char *quantity = g_strdup_printf ("%u", overall->counts[s]);
      g_autofree char *percent = percent_text (overall->counts[s], overall->n_actions);
      Cell cells[] = {
        { pack->statuses[s].letter, s, 0, TRUE },
        { pack->statuses[s].label, -1, 0, FALSE },
        { intern (b, quantity), -1, 0, FALSE },
        { intern (b, percent), -1, 0, FALSE },
      };
      table_row (b, &table, cells, ROW_NORMAL);
    }
  {
    g_autofree char *total = g_strdup_printf ("%u", overall->n_actions);
    Cell cells[] = {
      { "", -1, 0, TRUE },
      { _("Total actions"), -1, 0, TRUE },
      { intern (b, total), -1, 0, TRUE },
      { "100.0%", -1, 0, TRUE },
    };
    table_row (b, &table, cells, ROW_NORMAL);
  }
  if (overall->unrated > 0 || overall->overdue > 0)
    {
      g_autofree char *note = g_strdup_printf (_("Not rated for %s: %u. Overdue (target date passed, not complete): %u."),
                                               pack->period_label, overall->unrated, overall->overdue);
      b->table = NULL;
      b->y += 4;
      paragraph (b, FONT_BODY, intern (b, note), MARGIN_X, CONTENT_WIDTH, COLOUR_MUTED, 0);
    }
  table_end (b);

  /* Per area */
  area_columns[0] = (Column) { _("Area"), 32, PANGO_ALIGN_LEFT, FALSE };
  area_columns[1] = (Column) { _("Priority area"), 250, PANGO_ALIGN_LEFT, TRUE };
  area_columns[2] = (Column) { _("Sub-actions / actions"), 58, PANGO_ALIGN_RIGHT, TRUE };
  for (guint s = 0; s < ST_N_STATUSES; s++)
    {
      area_columns[3 + 2 * s] = (Column) { pack->statuses[s].letter, 26, PANGO_ALIGN_RIGHT, FALSE };
      area_columns[4 + 2 * s] = (Column) { "%", 40, PANGO_ALIGN_RIGHT, FALSE };
    }
  table_init (&table, area_columns, G_N_ELEMENTS (area_columns));
  subheading (b, _("By priority area"), 40);
  table_begin (b, &table, 20);
  for (guint a = 0; a < pack->areas->len; a++)
    {
      StPackArea *area = g_ptr_array_index (pack->areas, a);
      Cell cells[3 + 2 * ST_N_STATUSES];
      g_autofree char *sizes = g_strdup_printf ("%u / %u", area->counts.n_sub_actions, area->counts.n_actions);

      cells[0] = (Cell) { area->number, -1, 0, TRUE };
      cells[1] = (Cell) { area->title, -1, 0, FALSE };
      cells[2] = (Cell) { intern (b, sizes), -1, 0, FALSE };
      for (guint s = 0; s < ST_N_STATUSES; s++)
        {
          g_autofree char *count = g_strdup_printf ("%u", area->counts.counts[s]);
          g_autofree char *percent = percent_text (area->counts.counts[s], area->counts.n_actions);

          cells[3 + 2 * s] = (Cell) { intern (b, count), -1, 0, TRUE };
          cells[4 + 2 * s] = (Cell) { intern (b, percent), -1, 0, FALSE };
        }
      table_row (b, &table, cells, ROW_NORMAL);
    }
  table_end (b);
}

static gboolean
layout_areas (Builder  *b,
              GError  **error)
{
  StBoardPack *pack = b->pack;
  Column columns[] = {
    { _("Ref"), 40, PANGO_ALIGN_LEFT, FALSE },
    { _("Action"), 380, PANGO_ALIGN_LEFT, TRUE },
    { _("Target date"), 70, PANGO_ALIGN_LEFT, TRUE },
    { pack->previous_label ? pack->previous_label : _("Previous"), 48, PANGO_ALIGN_CENTER, FALSE },
    { pack->period_label, 48, PANGO_ALIGN_CENTER, FALSE },
    { _("Scorecard refs"), 70, PANGO_ALIGN_LEFT, TRUE },
    { _("Evidence supplied"), 56, PANGO_ALIGN_CENTER, FALSE },
  };
  Table table;
  double total = 0, done = 0;

  for (guint a = 0; a < pack->areas->len; a++)
    total += ((StPackArea *) g_ptr_array_index (pack->areas, a))->rows->len;
  total = MAX (total, 1);
  table_init (&table, columns, G_N_ELEMENTS (columns));
  for (guint a = 0; a < pack->areas->len; a++)
    {
      StPackArea *area = g_ptr_array_index (pack->areas, a);
      g_autofree char *title = g_strdup_printf (_("Priority area %s: %s"), area->number, area->title);
      g_autoptr(GString) counts = g_string_new (NULL);

      if (check_cancelled (b, error))
        return FALSE;

      if (a == 0)
        section_start (b, ST_PACK_AREAS, st_pack_section_title (ST_PACK_AREAS));
      else
        {
          b->table = NULL;
          new_page (b);
        }
      add_outline (b, intern (b, title), 1);
      paragraph (b, FONT_H2, intern (b, title), MARGIN_X, CONTENT_WIDTH, COLOUR_NAVY, 3);
      table.caption = intern (b, title);

      g_string_printf (counts, _("%u sub-actions, %u actions. %s:"), area->counts.n_sub_actions,
                       area->counts.n_actions, pack->period_label);
      for (guint s = 0; s < ST_N_STATUSES; s++)
        {
          g_autofree char *percent = percent_text (area->counts.counts[s], area->counts.n_actions);
          g_string_append_printf (counts, "  %s %u (%s)", pack->statuses[s].letter, area->counts.counts[s], percent);
        }
      paragraph (b, FONT_BODY, intern (b, counts->str), MARGIN_X, CONTENT_WIDTH, COLOUR_MUTED, 6);

      table_begin (b, &table, 30);
      for (guint i = 0; i < area->rows->len; i++)
        {
          StPackRow *row = g_ptr_array_index (area->rows, i);

          /* A big area takes a while: report and look for Cancel as it goes. */
          if (((guint) ++done) % 256 == 0)
            {
              if (check_cancelled (b, error))
                return FALSE;
              if (b->progress)
                b->progress (0.1 + 0.6 * done / total, b->user_data);
            }
          if (row->kind == ST_PACK_ROW_SUB_ACTION)
            {
              Cell cells[] = { { row->ref, -1, 0, TRUE }, { row->text, -1, 0, TRUE } };
              /* A sub-action heading keeps with its first action. */
              ensure_space (b, 2 * b->line_height[FONT_BOLD] + 4 * PAD_Y + 6);
              table_row (b, &table, cells, ROW_SUB);
            }
          else
            {
              Cell cells[] = {
                { row->ref, -1, 0, FALSE },
                { row->text, -1, 0, FALSE },
                { row->target_display, -1, row->overdue ? COLOUR_OVERDUE : 0, row->overdue },
                { status_letter (b, row->previous), row->previous, 0, FALSE },
                { status_letter (b, row->current), row->current, 0, FALSE },
                { row->measure_refs, -1, 0, FALSE },
                { row->evidence ? _("Yes") : _("No"), -1, 0, FALSE },
              };
              table_row (b, &table, cells, ROW_NORMAL);
            }
        }
      table_end (b);
      if (b->progress)
        b->progress (0.1 + 0.6 * done / total, b->user_data);
    }
  if (pack->areas->len == 0)
    {
      section_start (b, ST_PACK_AREAS, st_pack_section_title (ST_PACK_AREAS));
      paragraph (b, FONT_BODY, _("The plan has no priority areas yet."), MARGIN_X, CONTENT_WIDTH, COLOUR_TEXT, 0);
    }
  return TRUE;
}

static void
layout_exceptions (Builder *b)
{
  StBoardPack *pack = b->pack;
  Column columns[] = {
    { _("Ref"), 40, PANGO_ALIGN_LEFT, FALSE },
    { _("Action"), 230, PANGO_ALIGN_LEFT, TRUE },
    { _("Owner"), 80, PANGO_ALIGN_LEFT, TRUE },
    { _("Target date"), 62, PANGO_ALIGN_LEFT, TRUE },
    { pack->previous_label ? pack->previous_label : _("Previous"), 44, PANGO_ALIGN_CENTER, FALSE },
    { pack->period_label, 44, PANGO_ALIGN_CENTER, FALSE },
    { _("Commentary"), 330, PANGO_ALIGN_LEFT, TRUE },
  };
  Table table;
  g_autofree char *intro = g_strdup_printf (_("Actions rated amber or red in %s, and actions past their target date "
                                              "that are not complete, with their commentary."),
                                            pack->period_label);

  section_start (b, ST_PACK_EXCEPTIONS, st_pack_section_title (ST_PACK_EXCEPTIONS));
  paragraph (b, FONT_BODY, intern (b, intro), MARGIN_X, CONTENT_WIDTH, COLOUR_MUTED, 8);
  if (pack->exceptions->len == 0)
    {
      g_autofree char *none = g_strdup_printf (_("No action is amber, red or overdue in %s."), pack->period_label);
      paragraph (b, FONT_H2, intern (b, none), MARGIN_X, CONTENT_WIDTH, COLOUR_TEXT, 0);
      return;
    }
  table_init (&table, columns, G_N_ELEMENTS (columns));
  table.caption = st_pack_section_title (ST_PACK_EXCEPTIONS);
  table_begin (b, &table, 30);
  for (guint i = 0; i < pack->exceptions->len; i++)
    {
      StPackRow *row = g_ptr_array_index (pack->exceptions, i);
      g_autofree char *target = row->overdue ? g_strdup_printf (_("%s (overdue)"), row->target_display) : NULL;
      Cell cells[] = {
        { row->ref, -1, 0, TRUE },
        { row->text, -1, 0, FALSE },
        { row->owner, -1, 0, FALSE },
        { target ? intern (b, target) : row->target_display, -1, row->overdue ? COLOUR_OVERDUE : 0, row->overdue },
        { status_letter (b, row->previous), row->previous, 0, FALSE },
        { status_letter (b, row->current), row->current, 0, FALSE },
        { *row->commentary ? row->commentary : _("No commentary given."), -1,
          *row->commentary ? 0 : COLOUR_MUTED, FALSE },
      };
      table_row (b, &table, cells, ROW_NORMAL);
    }
  table_end (b);
}

static char *
direction_text (StDirection direction)
{
  if (direction == ST_DIRECTION_NONE)
    return g_strdup ("");
  return g_strdup_printf ("%s %s", st_direction_to_symbol (direction), st_direction_to_label (direction));
}

static void
layout_scorecard (Builder *b)
{
  StBoardPack *pack = b->pack;
  Column columns[] = {
    { _("Ref"), 40, PANGO_ALIGN_LEFT, TRUE },
    { _("Measure"), 244, PANGO_ALIGN_LEFT, TRUE },
    { _("Baseline"), 62, PANGO_ALIGN_RIGHT, TRUE },
    { _("Target"), 52, PANGO_ALIGN_RIGHT, TRUE },
    { _("Tolerance"), 62, PANGO_ALIGN_RIGHT, TRUE },
    { _("Latest value"), 68, PANGO_ALIGN_RIGHT, TRUE },
    { _("RAG"), 34, PANGO_ALIGN_CENTER, FALSE },
    { _("Direction of travel"), 74, PANGO_ALIGN_LEFT, TRUE },
    { _("Trend"), 76, PANGO_ALIGN_LEFT, FALSE },
    { _("Cited by"), 60, PANGO_ALIGN_LEFT, TRUE },
  };
  Table table;
  g_autofree char *counts = NULL;

  section_start (b, ST_PACK_SCORECARD, st_pack_section_title (ST_PACK_SCORECARD));
  if (pack->measures->len == 0)
    {
      paragraph (b, FONT_BODY, _("The plan has no scorecard measures yet."), MARGIN_X, CONTENT_WIDTH, COLOUR_TEXT, 0);
      return;
    }
  counts = g_strdup_printf (_("%u measures as at the end of %s: %u green (target met), %u amber (within tolerance), "
                              "%u red (beyond tolerance); %u not rated (data only, no target or no value yet)."),
                            pack->measures->len, pack->period_label, pack->rag_counts[ST_RAG_GREEN],
                            pack->rag_counts[ST_RAG_AMBER], pack->rag_counts[ST_RAG_RED],
                            pack->rag_counts[ST_RAG_GREY]);
  paragraph (b, FONT_BODY, intern (b, counts), MARGIN_X, CONTENT_WIDTH, COLOUR_MUTED, 4);
  if (pack->missing_refs && *pack->missing_refs)
    {
      g_autofree char *missing = g_strdup_printf (_("Cited by actions but not in the scorecard: %s."),
                                                  pack->missing_refs);
      paragraph (b, FONT_BOLD, intern (b, missing), MARGIN_X, CONTENT_WIDTH, COLOUR_OVERDUE, 4);
    }
  b->y += 4;

  table_init (&table, columns, G_N_ELEMENTS (columns));
  table.caption = st_pack_section_title (ST_PACK_SCORECARD);
  table_begin (b, &table, 30);
  for (guint i = 0; i < pack->measures->len; i++)
    {
      StPackMeasure *m = g_ptr_array_index (pack->measures, i);
      g_autofree char *month = m->latest_month ? st_month_to_display (m->latest_month) : NULL;
      g_autofree char *latest = month ? g_strdup_printf ("%s\n%s", m->latest_text, month) : g_strdup (m->latest_text);
      g_autofree char *baseline = *m->baseline_date && *m->baseline_text
        ? g_strdup_printf ("%s\n%s", m->baseline_text, m->baseline_date) : g_strdup (m->baseline_text);
      g_autofree char *direction = direction_text (m->direction);
      gboolean rated = m->latest_month != ST_MONTH_NONE;
      Cell cells[] = {
        { m->ref, -1, 0, TRUE },
        { m->title, -1, 0, FALSE },
        { intern (b, baseline), -1, 0, FALSE },
        { m->target_text, -1, 0, FALSE },
        { m->tolerance_text, -1, 0, FALSE },
        { intern (b, latest), -1, 0, TRUE },
        { rated ? st_rag_to_letter (m->rag) : "", rated ? (int) st_rag_to_status (m->rag) : -1, 0, FALSE },
        { intern (b, direction), -1, 0, FALSE },
        { NULL, -1, 0, FALSE, m->trend && m->trend->n_points > 1 ? m->trend : NULL },
        { m->cited_by, -1, 0, FALSE },
      };
      table_row (b, &table, cells, ROW_NORMAL);
    }
  table_end (b);
}

static void
layout_strategy (Builder *b)
{
  StBoardPack *pack = b->pack;
  Column item_columns[] = {
    { _("Kind"), 70, PANGO_ALIGN_LEFT, FALSE },
    { _("Indicator or measure"), 540, PANGO_ALIGN_LEFT, TRUE },
    { _("Scorecard ref"), 70, PANGO_ALIGN_LEFT, FALSE },
    { _("In development"), 70, PANGO_ALIGN_CENTER, FALSE },
  };
  Column development_columns[] = {
    { _("Area for development"), 250, PANGO_ALIGN_LEFT, TRUE },
    { _("Strategic oversight"), 300, PANGO_ALIGN_LEFT, TRUE },
    { _("Responsible individual"), 200, PANGO_ALIGN_LEFT, TRUE },
  };
  Column board_columns[] = {
    { _("Board or group"), 170, PANGO_ALIGN_LEFT, TRUE },
    { _("Reports to"), 150, PANGO_ALIGN_LEFT, TRUE },
    { _("Meets"), 110, PANGO_ALIGN_LEFT, TRUE },
    { _("Strategies"), 120, PANGO_ALIGN_LEFT, TRUE },
    { _("Remit"), 220, PANGO_ALIGN_LEFT, TRUE },
  };
  Table table;

  section_start (b, ST_PACK_STRATEGY, st_pack_section_title (ST_PACK_STRATEGY));

  table_init (&table, item_columns, G_N_ELEMENTS (item_columns));
  for (guint i = 0; i < pack->outcomes->len; i++)
    {
      StPackOutcome *outcome = g_ptr_array_index (pack->outcomes, i);
      g_autofree char *title = g_strdup_printf (_("Outcome %u: %s"), i + 1, outcome->name);

      subheading (b, intern (b, title), 50);
      paragraph (b, FONT_BODY, outcome->statement, MARGIN_X, CONTENT_WIDTH, COLOUR_MUTED, 4);
      table.caption = intern (b, title);
      if (outcome->indicators->len + outcome->measures->len == 0)
        continue;
      table_begin (b, &table, 20);
      for (guint k = 0; k < 2; k++)
        {
          GPtrArray *items = k == 0 ? outcome->indicators : outcome->measures;

          for (guint j = 0; j < items->len; j++)
            {
              StPackOutcomeItem *item = g_ptr_array_index (items, j);
              Cell cells[] = {
                { k == 0 ? _("Indicator") : _("Measure"), -1, 0, FALSE },
                { item->text, -1, 0, FALSE },
                { item->measure_ref, -1, 0, FALSE },
                { item->in_development ? _("Yes") : "", -1, 0, FALSE },
              };
              table_row (b, &table, cells, ROW_NORMAL);
            }
        }
      table_end (b);
    }

  if (pack->development->len > 0)
    {
      subheading (b, _("Areas for development"), 50);
      table_init (&table, development_columns, G_N_ELEMENTS (development_columns));
      table.caption = _("Areas for development");
      table_begin (b, &table, 20);
      for (guint i = 0; i < pack->development->len; i++)
        {
          StPackDevelopment *d = g_ptr_array_index (pack->development, i);
          Cell cells[] = {
            { d->title, -1, 0, TRUE },
            { d->oversight, -1, 0, FALSE },
            { d->responsible, -1, 0, FALSE },
          };
          table_row (b, &table, cells, ROW_NORMAL);
        }
      table_end (b);
    }

  if (pack->boards->len > 0)
    {
      subheading (b, _("Governance"), 50);
      table_init (&table, board_columns, G_N_ELEMENTS (board_columns));
      table.caption = _("Governance");
      table_begin (b, &table, 20);
      for (guint i = 0; i < pack->boards->len; i++)
        {
          StPackBoard *board = g_ptr_array_index (pack->boards, i);
          Cell cells[] = {
            { board->name, -1, 0, TRUE },
            { board->reports_to, -1, 0, FALSE },
            { board->cadence, -1, 0, FALSE },
            { board->strategies, -1, 0, FALSE },
            { board->description, -1, 0, FALSE },
          };
          table_row (b, &table, cells, ROW_NORMAL);
        }
      table_end (b);
    }
}

/* Fonts and contexts ------------------------------------------------------------ */

/* Those of a PDF surface. Metrics that do not depend on the device: what
 * is measured for the PDF holds when printing; and the same fonts whatever
 * the surface a page is drawn on (the PDF's, a recording surface in a
 * drawing thread, a printer's). */
static cairo_font_options_t *
pack_font_options (void)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  return options;
}

static void
setup_context (PangoContext *context)
{
  cairo_font_options_t *options = pack_font_options ();

  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  cairo_font_options_destroy (options);
}

static PangoFontDescription *
font_description (Font font)
{
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family_static (desc, fonts[font].family);
  pango_font_description_set_size (desc, (int) (fonts[font].size * PANGO_SCALE));
  pango_font_description_set_weight (desc, fonts[font].weight);
  return desc;
}

static void
setup_layouts (PangoContext *context,
               PangoLayout  *layouts[N_FONTS])
{
  for (guint f = 0; f < N_FONTS; f++)
    {
      PangoFontDescription *desc = font_description (f);

      layouts[f] = pango_layout_new (context);
      pango_layout_set_font_description (layouts[f], desc);
      pango_layout_set_wrap (layouts[f], PANGO_WRAP_WORD_CHAR);
      pango_font_description_free (desc);
    }
}

/* Public ------------------------------------------------------------------------ */

static StPackLayout *
layout_alloc (StBoardPack *pack)
{
  StPackLayout *self = g_new0 (StPackLayout, 1);

  self->pack = st_board_pack_ref (pack);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->outline = g_array_new (FALSE, FALSE, sizeof (StPackOutlineEntry));
  self->strings = g_string_chunk_new (4096);
  self->charts = g_ptr_array_new_with_free_func ((GDestroyNotify) st_progress_data_free);
  for (guint i = 0; i < ST_PACK_N_SECTIONS; i++)
    self->section_page[i] = -1;
  return self;
}

/* Lays out the pack's sections into @b->self. The caller checks for
 * cancelling afterwards. */
static void
build (Builder *b,
       GError **error)
{
  StBoardPack *pack = b->pack;
  PangoFontMap *font_map;

  /* The default font map is per thread, so this is safe in a worker. */
  font_map = pango_cairo_font_map_get_default ();
  b->context = pango_font_map_create_context (font_map);
  setup_context (b->context);
  setup_layouts (b->context, b->layouts);
  for (guint f = 0; f < N_FONTS; f++)
    {
      int height;
      pango_layout_set_text (b->layouts[f], "Ag", -1);
      pango_layout_get_size (b->layouts[f], NULL, &height);
      b->line_height[f] = height / (double) PANGO_SCALE;
    }

  start_page (b);
  if (pack->sections & ST_PACK_COVER)
    layout_cover (b);
  if (b->progress)
    b->progress (0.05, b->user_data);
  if (!check_cancelled (b, error))
    {
      if (pack->sections & ST_PACK_KEY)
        layout_key (b);
      if (pack->sections & ST_PACK_PROGRESS)
        layout_progress (b);
      if (pack->sections & ST_PACK_SUMMARY)
        layout_summary (b);
      if (b->progress)
        b->progress (0.1, b->user_data);
    }
  if (!error || !*error)
    {
      if (!(pack->sections & ST_PACK_AREAS) || layout_areas (b, error))
        {
          if (!check_cancelled (b, error))
            {
              if (pack->sections & ST_PACK_EXCEPTIONS)
                layout_exceptions (b);
              if (pack->sections & ST_PACK_SCORECARD)
                layout_scorecard (b);
              if (pack->sections & ST_PACK_STRATEGY)
                layout_strategy (b);
            }
        }
    }

  for (guint f = 0; f < N_FONTS; f++)
    g_object_unref (b->layouts[f]);
  g_object_unref (b->context);
}

/* The helper: the same builder, measuring every other chunk of rows. */
static gpointer
measure_rows_thread (gpointer data)
{
  Rows *rows = data;
  g_autoptr(StPackLayout) scratch = layout_alloc (rows->pack);
  g_autoptr(GError) error = NULL;
  Builder b = { 0 };

  b.self = scratch;
  b.pack = rows->pack;
  b.cancellable = rows->cancellable;
  b.rows = rows;
  b.helper = TRUE;
  build (&b, &error);
  helper_finish_chunk (&b);
  /* Handed to the thread that draws the pages, so that it need not load
   * the fonts again; a font map used by one thread at a time is safe. */
  rows->font_map = g_object_ref (pango_cairo_font_map_get_default ());
  return NULL;
}

/**
 * st_pack_layout_new:
 *
 * Lays out @pack in pages. Cancellable between sections and areas. With a
 * second thread to spare (st_pack_get_max_threads()), table rows are
 * measured in two threads; the layout is the same.
 *
 * Returns: (transfer full) (nullable): the layout, or %NULL when cancelled
 */
StPackLayout *
st_pack_layout_new (StBoardPack         *pack,
                    GCancellable        *cancellable,
                    StPackProgressFunc   progress,
                    gpointer             user_data,
                    GError             **error)
{
  g_autoptr(StPackLayout) self = NULL;
  Builder b = { 0 };
  Rows rows = { 0 };
  GThread *helper = NULL;

  g_return_val_if_fail (pack != NULL, NULL);

  self = layout_alloc (pack);
  b.self = self;
  b.pack = pack;
  b.cancellable = cancellable;
  b.progress = progress;
  b.user_data = user_data;

  if (st_pack_get_max_threads () >= 2)
    {
      g_mutex_init (&rows.mutex);
      g_cond_init (&rows.cond);
      rows.chunks = g_ptr_array_new_with_free_func (g_free);
      rows.pack = pack;
      rows.cancellable = cancellable;
      b.rows = &rows;
      helper = g_thread_new ("pack-measure", measure_rows_thread, &rows);
    }

  build (&b, error);

  if (helper != NULL)
    {
      g_mutex_lock (&rows.mutex);
      rows.stop = TRUE;
      g_mutex_unlock (&rows.mutex);
      g_thread_join (helper);
      self->font_map = g_steal_pointer (&rows.font_map);
      g_ptr_array_unref (rows.chunks);
      g_mutex_clear (&rows.mutex);
      g_cond_clear (&rows.cond);
    }

  if (g_cancellable_is_cancelled (cancellable))
    {
      if (error && !*error)
        g_cancellable_set_error_if_cancelled (cancellable, error);
      return NULL;
    }
  if (progress)
    progress (1.0, user_data);
  return g_steal_pointer (&self);
}

void
st_pack_layout_free (StPackLayout *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->pack, st_board_pack_unref);
  g_ptr_array_unref (self->pages);
  g_array_unref (self->outline);
  g_string_chunk_free (self->strings);
  g_ptr_array_unref (self->charts);
  g_clear_object (&self->font_map);
  g_free (self);
}

/**
 * st_pack_layout_steal_font_map:
 *
 * The font map the layout's measuring thread used, its fonts loaded, for a
 * thread that draws the pages (pango_cairo_font_map_set_default() in that
 * thread). Each font map is for one thread at a time.
 *
 * Returns: (transfer full) (nullable): the font map, or %NULL when the
 *   layout was made in one thread
 */
PangoFontMap *
st_pack_layout_steal_font_map (StPackLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_steal_pointer (&self->font_map);
}

StBoardPack *
st_pack_layout_get_pack (StPackLayout *self)
{
  return self->pack;
}

guint
st_pack_layout_get_n_pages (StPackLayout *self)
{
  return self->pages->len;
}

guint
st_pack_layout_get_n_outline (StPackLayout *self)
{
  return self->outline->len;
}

const StPackOutlineEntry *
st_pack_layout_get_outline (StPackLayout *self,
                            guint         index)
{
  g_return_val_if_fail (index < self->outline->len, NULL);
  return &g_array_index (self->outline, StPackOutlineEntry, index);
}

/* Drawing ------------------------------------------------------------------------ */

static void
set_colour (cairo_t *cr,
            guint32  colour)
{
  cairo_set_source_rgb (cr, ((colour >> 16) & 0xFF) / 255.0, ((colour >> 8) & 0xFF) / 255.0,
                        (colour & 0xFF) / 255.0);
}

static void
draw_text (cairo_t     *cr,
           PangoLayout *layouts[N_FONTS],
           Font         font,
           const char  *text,
           double       x,
           double       y,
           double       w,
           double       h,
           guint8       align,
           guint8       flags,
           guint32      colour)
{
  PangoLayout *layout = layouts[font];

  pango_layout_set_width (layout, (int) (w * PANGO_SCALE));
  pango_layout_set_alignment (layout, align);
  if (flags & FLAG_WRAP)
    {
      pango_layout_set_height (layout, (flags & FLAG_CLIP) ? (int) (h * PANGO_SCALE) : -1);
      pango_layout_set_ellipsize (layout, (flags & FLAG_CLIP) ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
    }
  else
    {
      pango_layout_set_height (layout, -1);   /* one line */
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_text (layout, text, -1);
  set_colour (cr, colour);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_header_footer (StPackLayout *self,
                    cairo_t      *cr,
                    PangoLayout  *layouts[N_FONTS],
                    guint         page_nr)
{
  StBoardPack *pack = self->pack;
  g_autofree char *period = g_strdup_printf (_("Reporting period: %s"), pack->period_label);
  g_autofree char *page = g_strdup_printf (_("Page %u of %u"), page_nr + 1, self->pages->len);
  g_autofree char *produced = g_strdup_printf (_("Produced %s"), pack->produced);
  double right = ST_PACK_PAGE_WIDTH - MARGIN_X;

  draw_text (cr, layouts, FONT_SMALL_BOLD, pack->title, MARGIN_X, 22, CONTENT_WIDTH - 220, 10,
             PANGO_ALIGN_LEFT, 0, COLOUR_NAVY);
  draw_text (cr, layouts, FONT_SMALL, period, right - 210, 22, 210, 10, PANGO_ALIGN_RIGHT, 0, COLOUR_TEXT);
  set_colour (cr, COLOUR_GRID);
  cairo_rectangle (cr, MARGIN_X, 36, CONTENT_WIDTH, 0.6);
  cairo_fill (cr);

  cairo_rectangle (cr, MARGIN_X, ST_PACK_PAGE_HEIGHT - 34, CONTENT_WIDTH, 0.6);
  cairo_fill (cr);
  draw_text (cr, layouts, FONT_SMALL, produced, MARGIN_X, ST_PACK_PAGE_HEIGHT - 28, 250, 10,
             PANGO_ALIGN_LEFT, 0, COLOUR_MUTED);
  if (pack->local_area && *pack->local_area)
    draw_text (cr, layouts, FONT_SMALL, pack->local_area, ST_PACK_PAGE_WIDTH / 2 - 150,
               ST_PACK_PAGE_HEIGHT - 28, 300, 10, PANGO_ALIGN_CENTER, 0, COLOUR_MUTED);
  draw_text (cr, layouts, FONT_SMALL_BOLD, page, right - 200, ST_PACK_PAGE_HEIGHT - 28, 200, 10,
             PANGO_ALIGN_RIGHT, 0, COLOUR_TEXT);
}

/**
 * st_pack_layout_draw_page:
 * @cr: a cairo context whose user unit is the point, origin at the top left
 *   of an A4 landscape page
 * @page_nr: 0-based
 */
void
st_pack_layout_draw_page (StPackLayout *self,
                          cairo_t      *cr,
                          guint         page_nr)
{
  PangoContext *context;
  PangoLayout *layouts[N_FONTS];
  cairo_font_options_t *options;
  GArray *items;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page_nr < self->pages->len);

  items = g_ptr_array_index (self->pages, page_nr);
  context = pango_cairo_create_context (cr);
  setup_context (context);
  setup_layouts (context, layouts);

  cairo_save (cr);
  options = pack_font_options ();
  cairo_set_font_options (cr, options);   /* for the charts (st-chart.h) */
  cairo_font_options_destroy (options);
  cairo_set_line_width (cr, 0.5);
  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);

      switch (item->kind)
        {
        case ITEM_TEXT:
          draw_text (cr, layouts, item->font, item->text, item->x, item->y, item->w, item->h,
                     item->align, item->flags, item->colour);
          break;
        case ITEM_FILL:
        case ITEM_LINE:
          set_colour (cr, item->colour);
          cairo_rectangle (cr, item->x, item->y, item->w, item->h);
          cairo_fill (cr);
          break;
        case ITEM_STROKE:
          set_colour (cr, item->colour);
          cairo_rectangle (cr, item->x, item->y, item->w, item->h);
          cairo_stroke (cr);
          break;
        case ITEM_PROGRESS:
          {
            StChartStyle style;

            st_chart_style_init_light (&style);
            style.background.alpha = 0;
            style.font_size = 8;
            cairo_save (cr);
            cairo_translate (cr, item->x, item->y);
            st_chart_draw_progress (cr, item->w, item->h, (const StProgressData *) item->text, &style);
            cairo_restore (cr);
          }
          break;
        case ITEM_SPARKLINE:
          {
            StChartStyle style;

            st_chart_style_init_light (&style);
            style.background.alpha = 0;
            cairo_save (cr);
            cairo_translate (cr, item->x, item->y);
            st_chart_draw_sparkline (cr, item->w, item->h, (const StTrendData *) item->text, &style);
            cairo_restore (cr);
          }
          break;
        case ITEM_TOC_PAGE:
          {
            int page = self->section_page[item->colour];
            g_autofree char *text = page >= 0 ? g_strdup_printf ("%d", page + 1) : NULL;

            if (text)
              draw_text (cr, layouts, item->font, text, item->x, item->y, item->w, item->h,
                         item->align, 0, COLOUR_TEXT);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }
  draw_header_footer (self, cr, layouts, page_nr);
  cairo_restore (cr);

  for (guint f = 0; f < N_FONTS; f++)
    g_object_unref (layouts[f]);
  g_object_unref (context);
}
