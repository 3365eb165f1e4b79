/* floor-pdf.c: the floor for the PDF path of a board pack.
 *
 *   floor-pdf PLAN OUT.pdf
 *
 * The least a program can do to print the two big tables of a board pack,
 * the priority areas (every sub-action and action with its ratings) and the
 * exceptions (amber, red and overdue actions with their commentary): read
 * the rows with plain SQL, lay out each cell once with one reused
 * PangoLayout per font, and draw it at once with cairo on A4 landscape
 * pages. Same columns, relative widths, fonts, margins and colours as
 * src/report/st-pack-layout.c, so it makes the same pages as
 * `send-tracker-cli export PLAN --pdf OUT --sections areas,exceptions`,
 * minus what a one-pass program cannot know: the footer says "Page N", not
 * "Page N of M". No model, no objects, no second pass.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_W 841.8898
#define PAGE_H 595.2756
#define MARGIN_X 36.0
#define CONTENT_TOP 50.0
#define CONTENT_BOTTOM (PAGE_H - 44.0)
#define CONTENT_W (PAGE_W - 2 * MARGIN_X)
#define PAD_X 4.0
#define PAD_Y 3.0
#define MAX_COLS 7

enum { F_BODY, F_BOLD, F_SMALL, F_SMALL_BOLD, F_H2, N_FONTS };
static const char * const font_names[N_FONTS] = { "Sans 8.5", "Sans Bold 8.5", "Sans 7.5", "Sans Bold 7.5", "Sans Bold 11.5" };

typedef struct { const char *title; double width; PangoAlignment align; gboolean wrap; } Column;

static const Column area_cols[] = {
  { "Ref", 40, PANGO_ALIGN_LEFT, FALSE }, { "Action", 380, PANGO_ALIGN_LEFT, TRUE },
  { "Target date", 70, PANGO_ALIGN_LEFT, TRUE }, { "Previous", 48, PANGO_ALIGN_CENTER, FALSE },
  { "Current", 48, PANGO_ALIGN_CENTER, FALSE }, { "Scorecard refs", 70, PANGO_ALIGN_LEFT, TRUE },
  { "Evidence supplied", 56, PANGO_ALIGN_CENTER, FALSE },
};
static const Column exception_cols[] = {
  { "Ref", 40, PANGO_ALIGN_LEFT, FALSE }, { "Action", 230, PANGO_ALIGN_LEFT, TRUE },
  { "Owner", 80, PANGO_ALIGN_LEFT, TRUE }, { "Target date", 62, PANGO_ALIGN_LEFT, TRUE },
  { "Previous", 44, PANGO_ALIGN_CENTER, FALSE }, { "Current", 44, PANGO_ALIGN_CENTER, FALSE },
  { "Commentary", 330, PANGO_ALIGN_LEFT, TRUE },
};

typedef struct
{
  cairo_t     *cr;
  PangoLayout *layouts[N_FONTS];
  PangoLayout *cells[MAX_COLS];   /* one per column: a cell is shaped once, measured, then drawn */
  PangoFontDescription *fonts[N_FONTS];
  double       line_height[N_FONTS];
  double       y;
  int          page;
  const Column *cols;
  int          n_cols;
  double       x[MAX_COLS + 1];
  int          n_rows;
  char         colours[5][8];
  char         letters[5][4];
} Doc;

static void
rgb (cairo_t *cr, unsigned hex)
{
  cairo_set_source_rgb (cr, (hex >> 16) / 255.0, ((hex >> 8) & 0xff) / 255.0, (hex & 0xff) / 255.0);
}

static unsigned
parse_hex (const char *s)
{
  return s && *s == '#' ? (unsigned) strtoul (s + 1, NULL, 16) : 0xffffff;
}

/* Sets up @l for @text in @font and @width; returns its height */
static double
prepare_layout (Doc *doc, PangoLayout *l, int font, const char *text, double width, gboolean wrap, PangoAlignment align)
{
  int h;

  pango_layout_set_font_description (l, doc->fonts[font]);
  pango_layout_set_width (l, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (l, align);
  pango_layout_set_ellipsize (l, wrap ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
  pango_layout_set_text (l, text ? text : "", -1);
  if (!wrap)
    return doc->line_height[font];
  pango_layout_get_size (l, NULL, &h);
  return h / (double) PANGO_SCALE;
}

static double
prepare (Doc *doc, int font, const char *text, double width, gboolean wrap, PangoAlignment align)
{
  return prepare_layout (doc, doc->layouts[font], font, text, width, wrap, align);
}

static void
show (Doc *doc, int font, double x, double y, unsigned colour)
{
  rgb (doc->cr, colour);
  cairo_move_to (doc->cr, x, y);
  pango_cairo_show_layout (doc->cr, doc->layouts[font]);
}

static void
text (Doc *doc, int font, const char *s, double x, double y, double w, gboolean wrap, PangoAlignment align, unsigned colour)
{
  prepare (doc, font, s, w, wrap, align);
  show (doc, font, x, y, colour);
}

static void
table_header (Doc *doc)
{
  double h = 0;

  for (int i = 0; i < doc->n_cols; i++)
    h = MAX (h, prepare (doc, F_SMALL_BOLD, doc->cols[i].title, doc->x[i + 1] - doc->x[i] - 2 * PAD_X, TRUE, PANGO_ALIGN_LEFT));
  h += 2 * PAD_Y + 1;
  rgb (doc->cr, 0x1F3864);
  cairo_rectangle (doc->cr, MARGIN_X, doc->y, CONTENT_W, h);
  cairo_fill (doc->cr);
  for (int i = 0; i < doc->n_cols; i++)
    text (doc, F_SMALL_BOLD, doc->cols[i].title, doc->x[i] + PAD_X, doc->y + PAD_Y,
          doc->x[i + 1] - doc->x[i] - 2 * PAD_X, TRUE, doc->cols[i].align, 0xFFFFFF);
  doc->y += h;
  doc->n_rows = 0;
}

static void
new_page (Doc *doc, gboolean with_header)
{
  char footer[32];

  if (doc->page > 0)
    cairo_show_page (doc->cr);
  doc->page++;
  text (doc, F_SMALL_BOLD, "Board pack", MARGIN_X, 22, CONTENT_W - 220, FALSE, PANGO_ALIGN_LEFT, 0x1F3864);
  rgb (doc->cr, 0xBFBFBF);
  cairo_rectangle (doc->cr, MARGIN_X, 36, CONTENT_W, 0.6);
  cairo_fill (doc->cr);
  snprintf (footer, sizeof footer, "Page %d", doc->page);
  text (doc, F_SMALL, footer, PAGE_W - MARGIN_X - 200, PAGE_H - 30, 200, FALSE, PANGO_ALIGN_RIGHT, 0x595959);
  doc->y = CONTENT_TOP;
  if (with_header)
    table_header (doc);
}

static void
table_init (Doc *doc, const Column *cols, int n)
{
  double total = 0, x = MARGIN_X;

  doc->cols = cols;
  doc->n_cols = n;
  for (int i = 0; i < n; i++)
    total += cols[i].width;
  for (int i = 0; i < n; i++)
    {
      doc->x[i] = x;
      x += cols[i].width * CONTENT_W / total;
    }
  doc->x[n] = MARGIN_X + CONTENT_W;
}

/* One row: @n cells, the last spanning to the end; statuses fill their cell.
 * Each cell is laid out once; a row that does not fit goes to the next page,
 * where only the (cheap, one-line) position changes. */
static void
row (Doc *doc, const char **cells, const int *status, int n, unsigned fill, gboolean bold)
{
  double h = 0, heights[MAX_COLS];

  for (int i = 0; i < n; i++)
    {
      int last = i == n - 1 ? doc->n_cols - 1 : i;
      int font = bold || (status && status[i] >= 0) ? F_BOLD : F_BODY;
      gboolean wrap = bold || doc->cols[i].wrap;
      PangoAlignment align = status && status[i] >= 0 ? PANGO_ALIGN_CENTER : bold ? PANGO_ALIGN_LEFT : doc->cols[i].align;

      heights[i] = prepare_layout (doc, doc->cells[i], font, cells[i], doc->x[last + 1] - doc->x[i] - 2 * PAD_X, wrap, align);
      h = MAX (h, heights[i]);
    }
  h += 2 * PAD_Y;
  if (doc->y + h > CONTENT_BOTTOM)
    new_page (doc, TRUE);
  if (fill || doc->n_rows % 2 == 1)
    {
      rgb (doc->cr, fill ? fill : 0xF5F7FB);
      cairo_rectangle (doc->cr, MARGIN_X, doc->y, CONTENT_W, h);
      cairo_fill (doc->cr);
    }
  for (int i = 0; i < n; i++)
    {
      int last = i == n - 1 ? doc->n_cols - 1 : i;
      double x = doc->x[i], w = doc->x[last + 1] - x;
      unsigned colour = 0x1A1A1A;

      if (status && status[i] >= 0)
        {
          unsigned c = parse_hex (doc->colours[status[i]]);
          rgb (doc->cr, c);
          cairo_rectangle (doc->cr, x + 1.5, doc->y + 1.5, w - 3, h - 3);
          cairo_fill (doc->cr);
          colour = ((c >> 16) * 299 + ((c >> 8) & 0xff) * 587 + (c & 0xff) * 114) / 1000 < 140 ? 0xFFFFFF : 0;
        }
      rgb (doc->cr, 0xBFBFBF);
      cairo_rectangle (doc->cr, x, doc->y, w, h);
      cairo_set_line_width (doc->cr, 0.5);
      cairo_stroke (doc->cr);
      rgb (doc->cr, colour);
      cairo_move_to (doc->cr, x + PAD_X, doc->y + PAD_Y);
      pango_cairo_show_layout (doc->cr, doc->cells[i]);
    }
  doc->y += h;
  doc->n_rows++;
}

static int
status_index (const char *code)
{
  static const char * const codes[] = { "blue", "green", "amber", "red", "grey" };

  for (int i = 0; code && i < 5; i++)
    if (strcmp (code, codes[i]) == 0)
      return i;
  return -1;
}

static char *
target (const char *month, const char *free_text)
{
  static const char * const names[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
  char shown[16] = "";

  if (month && strlen (month) == 7)
    snprintf (shown, sizeof shown, "%s %.4s", names[(atoi (month + 5) + 11) % 12], month);
  if (*shown && free_text && *free_text)
    return g_strdup_printf ("%s; %s", shown, free_text);
  return g_strdup (free_text && *free_text ? free_text : shown);
}

static const char *ACTIONS =
  "SELECT ar.id, ar.number, ar.title, sa.id, sa.ref, sa.text, a.ref, a.text, a.target_month, a.target_text, "
  "       a.owner, a.measure_refs, a.evidence, p.status, c.status, coalesce(c.commentary, ''), "
  "       a.target_month IS NOT NULL AND a.target_month < ?2 AND coalesce(c.status, '') <> 'blue' "
  "FROM area ar JOIN sub_action sa ON sa.area_id = ar.id JOIN action a ON a.sub_action_id = sa.id "
  "LEFT JOIN rating c ON c.action_id = a.id AND c.period_id = ?1 "
  "LEFT JOIN rating p ON p.action_id = a.id AND p.period_id = ?3 "
  "ORDER BY ar.position, sa.position, a.position";

int
main (int argc, char **argv)
{
  cairo_surface_t *surface;
  PangoContext *context;
  cairo_font_options_t *options;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  Doc doc = { 0 };
  gint64 current = 0, previous = 0;
  char as_of[8] = "9999-99";
  GPtrArray *exceptions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  gint64 area = -1, sub = -1;
  long n_rows = 0;

  if (argc != 3)
    {
      fprintf (stderr, "usage: floor-pdf PLAN OUT.pdf\n");
      return 2;
    }
  if (sqlite3_open_v2 (argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      fprintf (stderr, "floor-pdf: %s: %s\n", argv[1], sqlite3_errmsg (db));
      return 1;
    }
  sqlite3_prepare_v2 (db, "SELECT id, substr(end_date, 1, 7) FROM period ORDER BY position DESC LIMIT 2", -1, &stmt, NULL);
  for (int i = 0; sqlite3_step (stmt) == SQLITE_ROW; i++)
    if (i == 0)
      {
        current = sqlite3_column_int64 (stmt, 0);
        g_strlcpy (as_of, (const char *) sqlite3_column_text (stmt, 1), sizeof as_of);
      }
    else
      previous = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_prepare_v2 (db, "SELECT id, letter, colour FROM status", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int i = sqlite3_column_int (stmt, 0);
      if (i >= 0 && i < 5)
        {
          g_strlcpy (doc.letters[i], (const char *) sqlite3_column_text (stmt, 1), sizeof doc.letters[i]);
          g_strlcpy (doc.colours[i], (const char *) sqlite3_column_text (stmt, 2), sizeof doc.colours[i]);
        }
    }
  sqlite3_finalize (stmt);

  surface = cairo_pdf_surface_create (argv[2], PAGE_W, PAGE_H);
  doc.cr = cairo_create (surface);
  context = pango_cairo_create_context (doc.cr);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  cairo_font_options_destroy (options);
  for (int f = 0; f < N_FONTS; f++)
    {
      PangoFontDescription *desc = pango_font_description_from_string (font_names[f]);
      int h;

      doc.layouts[f] = pango_layout_new (context);
      pango_layout_set_font_description (doc.layouts[f], desc);
      pango_layout_set_wrap (doc.layouts[f], PANGO_WRAP_WORD_CHAR);
      pango_layout_set_text (doc.layouts[f], "Ag", -1);
      pango_layout_get_size (doc.layouts[f], NULL, &h);
      doc.line_height[f] = h / (double) PANGO_SCALE;
      doc.fonts[f] = desc;
    }
  for (int c = 0; c < MAX_COLS; c++)
    {
      doc.cells[c] = pango_layout_new (context);
      pango_layout_set_wrap (doc.cells[c], PANGO_WRAP_WORD_CHAR);
    }

  /* Priority areas */
  table_init (&doc, area_cols, G_N_ELEMENTS (area_cols));
  sqlite3_prepare_v2 (db, ACTIONS, -1, &stmt, NULL);
  sqlite3_bind_int64 (stmt, 1, current);
  sqlite3_bind_text (stmt, 2, as_of, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, previous);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *col[17];
      int prev_status, cur_status;
      g_autofree char *tgt = NULL;

      for (int i = 0; i < 17; i++)
        col[i] = (const char *) sqlite3_column_text (stmt, i);
      if (sqlite3_column_int64 (stmt, 0) != area)
        {
          g_autofree char *title = g_strdup_printf ("Priority area %s: %s", col[1], col[2]);
          area = sqlite3_column_int64 (stmt, 0);
          new_page (&doc, FALSE);
          doc.y += 3 + prepare (&doc, F_H2, title, CONTENT_W, TRUE, PANGO_ALIGN_LEFT);
          show (&doc, F_H2, MARGIN_X, doc.y - 3 - doc.line_height[F_H2], 0x1F3864);
          table_header (&doc);
        }
      if (sqlite3_column_int64 (stmt, 3) != sub)
        {
          const char *cells[] = { col[4], col[5] };
          sub = sqlite3_column_int64 (stmt, 3);
          row (&doc, cells, NULL, 2, 0xEDEDED, TRUE);
        }
      prev_status = status_index (col[13]);
      cur_status = status_index (col[14]);
      tgt = target (col[8], col[9]);
      {
        const char *cells[] = { col[6], col[7], tgt, prev_status >= 0 ? doc.letters[prev_status] : "",
                                cur_status >= 0 ? doc.letters[cur_status] : "", col[11],
                                sqlite3_column_int (stmt, 12) ? "Yes" : "No" };
        const int status[] = { -1, -1, -1, prev_status, cur_status, -1, -1 };
        row (&doc, cells, status, 7, 0, FALSE);
      }
      if (cur_status == 2 || cur_status == 3 || sqlite3_column_int (stmt, 16))
        {
          char **e = g_new0 (char *, 8);
          e[0] = g_strdup (col[6]); e[1] = g_strdup (col[7]); e[2] = g_strdup (col[10]);
          e[3] = sqlite3_column_int (stmt, 16) ? g_strdup_printf ("%s (overdue)", tgt) : g_strdup (tgt);
          e[4] = g_strdup_printf ("%d", prev_status); e[5] = g_strdup_printf ("%d", cur_status);
          e[6] = g_strdup (*col[15] ? col[15] : "No commentary given.");
          g_ptr_array_add (exceptions, e);
        }
      n_rows++;
    }
  sqlite3_finalize (stmt);

  /* Exceptions */
  table_init (&doc, exception_cols, G_N_ELEMENTS (exception_cols));
  new_page (&doc, FALSE);
  doc.y += prepare (&doc, F_H2, "Exceptions", CONTENT_W, TRUE, PANGO_ALIGN_LEFT);
  show (&doc, F_H2, MARGIN_X, CONTENT_TOP, 0x1F3864);
  table_header (&doc);
  for (guint i = 0; i < exceptions->len; i++)
    {
      char **e = g_ptr_array_index (exceptions, i);
      int p = atoi (e[4]), c = atoi (e[5]);
      const char *cells[] = { e[0], e[1], e[2], e[3], p >= 0 ? doc.letters[p] : "", c >= 0 ? doc.letters[c] : "", e[6] };
      const int status[] = { -1, -1, -1, -1, p, c, -1 };
      row (&doc, cells, status, 7, 0, FALSE);
    }
  cairo_show_page (doc.cr);

  for (int f = 0; f < N_FONTS; f++)
    {
      g_object_unref (doc.layouts[f]);
      pango_font_description_free (doc.fonts[f]);
    }
  for (int c = 0; c < MAX_COLS; c++)
    g_object_unref (doc.cells[c]);
  g_object_unref (context);
  cairo_destroy (doc.cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      fprintf (stderr, "floor-pdf: %s: %s\n", argv[2], cairo_status_to_string (cairo_surface_status (surface)));
      return 1;
    }
  cairo_surface_destroy (surface);
  sqlite3_close (db);
  fprintf (stderr, "floor-pdf: %ld actions, %u exceptions, %d pages\n", n_rows, exceptions->len, doc.page);
  g_ptr_array_unref (exceptions);
  return 0;
}
