/* st-pack-xlsx.c: the board pack as an Excel workbook (libxlsxwriter).
 *
 * One worksheet per section (the strategy's three tables get one each), the
 * progress over time as a native stacked column chart on the summary sheet.
 * Formats are created once per workbook and shared by every cell. Text typed
 * by people is always written with worksheet_write_string(), so "=SUM(A1)"
 * stays text and is never a formula.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-pack-xlsx"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <xlsxwriter.h>

#include "st-boardpack.h"
#include "st-pack-xlsx-private.h"
#include "st-scorecard.h"

/* Excel's limit on the characters of a cell. */
#define CELL_MAX_CHARS 32767

/* From how many rows "BRAG on a page" is written by a thread of its own */
guint st_pack_xlsx_threaded_rows = 1000;

typedef struct _AreasJob AreasJob;

typedef struct
{
  StBoardPack   *pack;
  lxw_workbook  *workbook;
  GCancellable  *cancellable;
  char          *header;      /* page header and footer, escaped */
  char          *footer;

  lxw_format    *title;
  lxw_format    *subtitle;
  lxw_format    *label;
  lxw_format    *text;
  lxw_format    *text_bold;
  lxw_format    *heading;     /* table header row */
  lxw_format    *area_row;    /* an area's heading row in a table */
  lxw_format    *sub_row;     /* a sub-action's heading row */
  lxw_format    *sub_row_ref;
  lxw_format    *integer;
  lxw_format    *integer_bold;
  lxw_format    *percent;
  lxw_format    *percent_bold;
  lxw_format    *number;
  lxw_format    *month;       /* a target month: mmm-yy */
  lxw_format    *centre;
  lxw_format    *overdue;
  lxw_format    *status[ST_N_STATUSES];
  lxw_format    *status_head[ST_N_STATUSES];
  lxw_format    *no_status;
  lxw_format    *formats[48]; /* all of the above, to index them up front */
  guint          n_formats;

  /* Words written on every row, translated once */
  const char    *yes;
  const char    *no;
  const char    *overdue_word;

  /* The current table's column widths, and the most lines a wrapped cell
   * of the current row needs: LibreOffice does not fit row heights to
   * wrapped text by itself, so the writer sets them. */
  double         widths[16];
  guint          row_lines;

  AreasJob      *areas_job;   /* "BRAG on a page" being written by another thread */
} Context;

struct _AreasJob
{
  Context        ctx;         /* a copy: the formats are shared, the widths its own */
  lxw_worksheet *sheet;
  GThread       *thread;
};

/* The workbook being written by this thread, for put_text() */
static __thread Context *current;

/* Helpers ------------------------------------------------------------------ */

static lxw_format *
add_format (Context *ctx,
            gboolean bold,
            gboolean wrap)
{
  lxw_format *format = workbook_add_format (ctx->workbook);

  g_assert (ctx->n_formats < G_N_ELEMENTS (ctx->formats));
  ctx->formats[ctx->n_formats++] = format;
  format_set_font_name (format, "Calibri");
  format_set_font_size (format, 11);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  if (bold)
    format_set_bold (format);
  if (wrap)
    format_set_text_wrap (format);
  return format;
}

static lxw_format *
add_cell_format (Context *ctx,
                 gboolean bold,
                 gboolean wrap)
{
  lxw_format *format = add_format (ctx, bold, wrap);

  format_set_border (format, LXW_BORDER_THIN);
  format_set_border_color (format, 0xBFBFBF);
  return format;
}

static guint32
colour_of (const StPackStatus *status)
{
  return ((guint32) lround (status->rgb[0] * 255) << 16) |
         ((guint32) lround (status->rgb[1] * 255) << 8) |
         (guint32) lround (status->rgb[2] * 255);
}

static void
create_formats (Context *ctx)
{
  ctx->title = add_format (ctx, TRUE, FALSE);
  format_set_font_size (ctx->title, 16);
  format_set_font_color (ctx->title, 0x1F3864);
  format_set_align (ctx->title, LXW_ALIGN_VERTICAL_CENTER);
  ctx->subtitle = add_format (ctx, TRUE, FALSE);
  format_set_font_size (ctx->subtitle, 13);
  format_set_font_color (ctx->subtitle, 0x1F3864);
  ctx->label = add_format (ctx, TRUE, FALSE);
  ctx->text = add_cell_format (ctx, FALSE, TRUE);
  ctx->text_bold = add_cell_format (ctx, TRUE, TRUE);

  ctx->heading = add_cell_format (ctx, TRUE, TRUE);
  format_set_bg_color (ctx->heading, 0x1F3864);
  format_set_font_color (ctx->heading, 0xFFFFFF);
  format_set_align (ctx->heading, LXW_ALIGN_VERTICAL_CENTER);

  ctx->area_row = add_cell_format (ctx, TRUE, TRUE);
  format_set_bg_color (ctx->area_row, 0xD9E1F2);
  ctx->sub_row = add_cell_format (ctx, TRUE, TRUE);
  format_set_bg_color (ctx->sub_row, 0xF2F2F2);
  ctx->sub_row_ref = add_cell_format (ctx, TRUE, FALSE);
  format_set_bg_color (ctx->sub_row_ref, 0xF2F2F2);

  ctx->integer = add_cell_format (ctx, FALSE, FALSE);
  format_set_num_format (ctx->integer, "0");
  ctx->integer_bold = add_cell_format (ctx, TRUE, FALSE);
  format_set_num_format (ctx->integer_bold, "0");
  ctx->percent = add_cell_format (ctx, FALSE, FALSE);
  format_set_num_format (ctx->percent, "0.0%");
  ctx->percent_bold = add_cell_format (ctx, TRUE, FALSE);
  format_set_num_format (ctx->percent_bold, "0.0%");
  ctx->number = add_cell_format (ctx, FALSE, FALSE);
  format_set_num_format (ctx->number, "#,##0.0##");
  ctx->month = add_cell_format (ctx, FALSE, FALSE);
  format_set_num_format (ctx->month, "mmm-yy");
  format_set_align (ctx->month, LXW_ALIGN_LEFT);
  ctx->centre = add_cell_format (ctx, FALSE, FALSE);
  format_set_align (ctx->centre, LXW_ALIGN_CENTER);
  ctx->overdue = add_cell_format (ctx, TRUE, FALSE);
  format_set_font_color (ctx->overdue, 0xC00000);
  format_set_align (ctx->overdue, LXW_ALIGN_CENTER);

  for (guint s = 0; s < ST_N_STATUSES; s++)
    {
      const StPackStatus *status = &ctx->pack->statuses[s];

      ctx->status[s] = add_cell_format (ctx, TRUE, FALSE);
      format_set_align (ctx->status[s], LXW_ALIGN_CENTER);
      format_set_bg_color (ctx->status[s], colour_of (status));
      format_set_font_color (ctx->status[s], status->dark ? 0xFFFFFF : LXW_COLOR_BLACK);

      ctx->status_head[s] = add_cell_format (ctx, TRUE, TRUE);
      format_set_align (ctx->status_head[s], LXW_ALIGN_CENTER);
      format_set_align (ctx->status_head[s], LXW_ALIGN_VERTICAL_CENTER);
      format_set_bg_color (ctx->status_head[s], colour_of (status));
      format_set_font_color (ctx->status_head[s], status->dark ? 0xFFFFFF : LXW_COLOR_BLACK);
    }
  ctx->no_status = add_cell_format (ctx, FALSE, FALSE);
  format_set_align (ctx->no_status, LXW_ALIGN_CENTER);
  format_set_font_color (ctx->no_status, 0x7F7F7F);

  /* libxlsxwriter numbers a format in the workbook's table when a cell
   * first uses it; numbered here, the formats are only read while the
   * sheets are written, and two sheets can be written at once. */
  for (guint i = 0; i < ctx->n_formats; i++)
    lxw_format_get_xf_index (ctx->formats[i]);
}

/* "&" starts a code in headers and footers: double it. */
static char *
escape_header (const char *text,
               gsize       max_chars)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gsize n = 0;

  for (const char *p = text; *p && n < max_chars; p = g_utf8_next_char (p), n++)
    {
      if (*p == '&')
        g_string_append (out, "&&");
      else
        g_string_append_unichar (out, g_utf8_get_char (p));
    }
  if (*text && n >= max_chars && g_utf8_strlen (text, -1) > (glong) max_chars)
    g_string_append (out, "…");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* How many lines @text takes in a column that holds @per_line characters:
 * each paragraph wraps on its own. One pass, no copies. */
static guint
count_lines (const char *text,
             double      per_line)
{
  guint lines = 0;

  for (const char *p = text;;)
    {
      const char *end = strchr (p, '\n');
      gsize len, chars = 0;

      if (end == NULL)
        end = p + strlen (p);
      len = end - p;

      /* Characters are the bytes that do not continue a UTF-8 sequence;
       * a paragraph no longer in bytes than a line needs no counting. */
      if (len > per_line)
        for (gsize i = 0; i < len; i++)
          chars += ((guchar) p[i] & 0xC0) != 0x80;
      else
        chars = len;
      lines += MAX (1, (guint) ceil (chars / per_line));
      if (*end == '\0')
        return lines;
      p = end + 1;
    }
}

/* Writes text a person typed: always a string, never a formula, cut to
 * Excel's limit of characters per cell. */
static void
put_text (lxw_worksheet *sheet,
          lxw_row_t      row,
          lxw_col_t      col,
          const char    *text,
          lxw_format    *format)
{
  if (text == NULL || *text == '\0')
    {
      worksheet_write_blank (sheet, row, col, format);
      return;
    }
  if (current != NULL && format != NULL && col < G_N_ELEMENTS (current->widths) && current->widths[col] > 0 &&
      (format == current->text || format == current->text_bold || format == current->sub_row ||
       format == current->area_row))
    {
      /* About 1.1 characters of body text per unit of column width */
      double per_line = MAX (1.0, current->widths[col] * 1.1 - 1);

      current->row_lines = MAX (current->row_lines, MIN (count_lines (text, per_line), 400));
    }
  /* A character takes at least a byte: only a long text can be too long. */
  if (strlen (text) > CELL_MAX_CHARS && g_utf8_strlen (text, -1) > CELL_MAX_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (text, 0, CELL_MAX_CHARS - 1);
      g_autofree char *shown = g_strconcat (cut, "…", NULL);
      worksheet_write_string (sheet, row, col, shown, format);
      return;
    }
  worksheet_write_string (sheet, row, col, text, format);
}

/* Sets the height of @row to fit its wrapped text; call once a row is written. */
static void
end_row (Context       *ctx,
         lxw_worksheet *sheet,
         lxw_row_t      row)
{
  if (ctx->row_lines > 1)
    worksheet_set_row (sheet, row, MIN (409, 15.0 * ctx->row_lines), NULL);
  ctx->row_lines = 0;
}

static void
set_widths (Context      *ctx,
            const double *widths,
            guint         n)
{
  memset (ctx->widths, 0, sizeof ctx->widths);
  for (guint i = 0; i < n && i < G_N_ELEMENTS (ctx->widths); i++)
    ctx->widths[i] = widths[i];
}

static void
put_status (Context       *ctx,
            lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            StStatus       status)
{
  if ((guint) status < ST_N_STATUSES)
    put_text (sheet, row, col, ctx->pack->statuses[status].letter, ctx->status[status]);
  else
    worksheet_write_string (sheet, row, col, "–", ctx->no_status);
}

static void
put_month (Context       *ctx,
           lxw_worksheet *sheet,
           lxw_row_t      row,
           lxw_col_t      col,
           int            month,
           const char    *text)
{
  if (month != ST_MONTH_NONE)
    {
      lxw_datetime date = { st_month_get_year (month), st_month_get_month (month), 1, 0, 0, 0 };

      worksheet_write_datetime (sheet, row, col, &date, ctx->month);
      if (text && *text)
        worksheet_write_comment (sheet, row, col, text);
    }
  else
    put_text (sheet, row, col, text, ctx->text);
}

static lxw_worksheet *
add_sheet (Context    *ctx,
           const char *name,
           const char *title)
{
  lxw_worksheet *sheet = workbook_add_worksheet (ctx->workbook, name);
  g_autofree char *heading = g_strdup_printf ("%s: %s", title, ctx->pack->period_label);
  lxw_header_footer_options margins = { 0.3 };

  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, 9);                 /* A4 */
  worksheet_fit_to_pages (sheet, 1, 0);           /* one page wide, as long as it takes */
  worksheet_set_margins (sheet, 0.5, 0.5, 0.75, 0.75);
  worksheet_set_header_opt (sheet, ctx->header, &margins);
  worksheet_set_footer_opt (sheet, ctx->footer, &margins);
  worksheet_gridlines (sheet, LXW_SHOW_SCREEN_GRIDLINES);

  worksheet_set_row (sheet, 0, 24, NULL);
  put_text (sheet, 0, 0, heading, ctx->title);
  return sheet;
}

/* A table's header row: frozen, repeated on every printed page and filtered. */
static void
table_header (Context            *ctx,
              lxw_worksheet      *sheet,
              lxw_row_t           row,
              const char * const *titles,
              const double       *widths,
              guint               n)
{
  set_widths (ctx, widths, n);
  for (guint i = 0; i < n; i++)
    {
      worksheet_set_column (sheet, i, i, widths[i], NULL);
      put_text (sheet, row, i, titles[i], ctx->heading);
    }
  ctx->row_lines = 0;
  worksheet_set_row (sheet, row, 30, NULL);
  worksheet_freeze_panes (sheet, row + 1, 0);
  worksheet_repeat_rows (sheet, row, row);
}

static void
table_end (lxw_worksheet *sheet,
           lxw_row_t      header_row,
           lxw_row_t      last_row,
           lxw_col_t      last_col)
{
  worksheet_autofilter (sheet, header_row, 0, MAX (last_row, header_row), last_col);
}

/* Sheets --------------------------------------------------------------------- */

static void
write_cover (Context *ctx)
{
  StBoardPack *pack = ctx->pack;
  lxw_worksheet *sheet = add_sheet (ctx, _("Cover"), pack->title);
  lxw_row_t row = 2;
  const struct { const char *label; const char *value; } facts[] = {
    { _("Plan"), pack->title },
    { _("Local area"), pack->local_area },
    { _("Reporting period"), pack->period_label },
    { _("Previous period"), pack->previous_label ? pack->previous_label : _("None") },
    { _("Produced"), pack->produced },
    { _("Prepared by"), pack->author },
  };

  const double widths[] = { 22, 100 };

  set_widths (ctx, widths, G_N_ELEMENTS (widths));
  worksheet_set_column (sheet, 0, 0, 22, NULL);
  worksheet_set_column (sheet, 1, 1, 100, NULL);
  put_text (sheet, 0, 0, pack->title, ctx->title);
  for (guint i = 0; i < G_N_ELEMENTS (facts); i++, row++)
    {
      put_text (sheet, row, 0, facts[i].label, ctx->label);
      put_text (sheet, row, 1, facts[i].value, NULL);
    }
  row++;
  if (pack->description && *pack->description)
    {
      put_text (sheet, row, 0, _("About the plan"), ctx->label);
      put_text (sheet, row, 1, pack->description, ctx->text);
      end_row (ctx, sheet, row);
      row += 2;
    }
  put_text (sheet, row++, 0, _("Contents"), ctx->subtitle);
  for (guint i = 1; i < ST_PACK_N_SECTIONS; i++)
    if (pack->sections & (1 << i))
      put_text (sheet, row++, 0, st_pack_section_title (1 << i), NULL);
}

static void
write_key (Context *ctx)
{
  StBoardPack *pack = ctx->pack;
  lxw_worksheet *sheet = add_sheet (ctx, _("Key"), st_pack_section_title (ST_PACK_KEY));
  const char *titles[] = { _("Rating"), _("Status"), _("Definition") };
  const double widths[] = { 10, 45, 90 };
  lxw_row_t header = 4, row = header + 1;

  worksheet_set_row (sheet, 2, 60, NULL);
  worksheet_merge_range (sheet, 2, 0, 2, 2, "", ctx->text);
  put_text (sheet, 2, 0, pack->purpose, ctx->text);
  table_header (ctx, sheet, header, titles, widths, G_N_ELEMENTS (titles));
  for (guint s = 0; s < ST_N_STATUSES; s++, end_row (ctx, sheet, row), row++)
    {
      put_status (ctx, sheet, row, 0, s);
      put_text (sheet, row, 1, pack->statuses[s].label, ctx->text_bold);
      put_text (sheet, row, 2, pack->statuses[s].definition, ctx->text);
    }
  table_end (sheet, header, row - 1, 2);
}

/* The summary table: one row overall, one per area. */
static void
summary_row (Context               *ctx,
             lxw_worksheet         *sheet,
             lxw_row_t              row,
             const char            *ref,
             const char            *title,
             const StSummaryCounts *counts,
             gboolean               overall)
{
  lxw_format *integer = overall ? ctx->integer_bold : ctx->integer;
  lxw_format *percent = overall ? ctx->percent_bold : ctx->percent;
  lxw_col_t col = 4;

  put_text (sheet, row, 0, ref, overall ? ctx->text_bold : ctx->text);
  put_text (sheet, row, 1, title, overall ? ctx->text_bold : ctx->text);
  worksheet_write_number (sheet, row, 2, counts->n_sub_actions, integer);
  worksheet_write_number (sheet, row, 3, counts->n_actions, integer);
  for (guint s = 0; s < ST_N_STATUSES; s++)
    {
      worksheet_write_number (sheet, row, col++, counts->counts[s], integer);
      /* The rounded share (0.693), so the cell shows what the pack prints. */
      worksheet_write_number (sheet, row, col++,
                              st_percent_tenths (counts->counts[s], counts->n_actions) / 1000.0, percent);
    }
  worksheet_write_number (sheet, row, col++, counts->unrated, integer);
  worksheet_write_number (sheet, row, col, counts->overdue, integer);
}

static lxw_row_t
write_progress_table (Context       *ctx,
                      lxw_worksheet *sheet,
                      const char    *sheet_name,
                      lxw_row_t      row,
                      const char    *title,
                      GArray        *progress)
{
  StBoardPack *pack = ctx->pack;
  lxw_row_t header = row + 1, first, last;
  lxw_chart *chart;
  lxw_chart_options options = { .x_offset = 10, .y_offset = 10, .x_scale = 1.4, .y_scale = 1.2 };
  lxw_chart_line gridline = { .color = 0xD9D9D9 };

  put_text (sheet, row, 0, title, ctx->subtitle);
  put_text (sheet, header, 0, _("Period"), ctx->heading);
  worksheet_write_blank (sheet, header, 1, ctx->heading);
  for (guint s = 0; s < ST_N_STATUSES; s++)
    put_text (sheet, header, 2 + s, pack->statuses[s].label, ctx->status_head[s]);
  put_text (sheet, header, 2 + ST_N_STATUSES, _("Not rated"), ctx->heading);
  put_text (sheet, header, 3 + ST_N_STATUSES, _("Actions"), ctx->heading);
  worksheet_set_row (sheet, header, 45, NULL);

  first = header + 1;
  for (guint p = 0; p < progress->len; p++)
    {
      const StPackPeriodCounts *counts = &g_array_index (progress, StPackPeriodCounts, p);
      lxw_row_t r = first + p;

      put_text (sheet, r, 0, counts->label, ctx->text_bold);
      worksheet_write_blank (sheet, r, 1, ctx->text);
      for (guint s = 0; s < ST_N_STATUSES; s++)
        worksheet_write_number (sheet, r, 2 + s, counts->counts[s], ctx->integer);
      worksheet_write_number (sheet, r, 2 + ST_N_STATUSES, counts->unrated, ctx->integer);
      worksheet_write_number (sheet, r, 3 + ST_N_STATUSES, counts->n_actions, ctx->integer);
    }
  if (progress->len == 0)
    return first + 1;
  last = first + progress->len - 1;

  /* The native chart: stacked columns in the plan's BRAG colours. */
  chart = workbook_add_chart (ctx->workbook, LXW_CHART_COLUMN_STACKED);
  for (guint s = 0; s < ST_N_STATUSES; s++)
    {
      lxw_chart_series *series = chart_add_series (chart, NULL, NULL);
      lxw_chart_fill fill = { .color = colour_of (&pack->statuses[s]) };
      lxw_chart_line line = { .color = 0xFFFFFF };

      chart_series_set_categories (series, sheet_name, first, 0, last, 0);
      chart_series_set_values (series, sheet_name, first, 2 + s, last, 2 + s);
      chart_series_set_name_range (series, sheet_name, header, 2 + s);
      chart_series_set_fill (series, &fill);
      chart_series_set_line (series, &line);
    }
  chart_title_set_name (chart, title);
  chart_axis_set_name (chart->y_axis, _("Actions"));
  chart_axis_set_name (chart->x_axis, _("Reporting period"));
  chart_axis_major_gridlines_set_line (chart->y_axis, &gridline);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  chart_set_series_gap (chart, 60);
  worksheet_insert_chart_opt (sheet, last + 2, 0, chart, &options);

  /* The chart is about 20 rows high at this scale. */
  return last + 2 + 20;
}

static void
write_summary (Context *ctx)
{
  StBoardPack *pack = ctx->pack;
  gboolean summary = (pack->sections & ST_PACK_SUMMARY) != 0;
  const char *name = summary ? _("Summary") : _("Progress");
  lxw_worksheet *sheet = add_sheet (ctx, name, st_pack_section_title (summary ? ST_PACK_SUMMARY : ST_PACK_PROGRESS));
  lxw_row_t row = 2;

  const double widths[] = { 14, 48 };

  set_widths (ctx, widths, G_N_ELEMENTS (widths));
  worksheet_set_column (sheet, 0, 0, 14, NULL);
  worksheet_set_column (sheet, 1, 1, 48, NULL);
  worksheet_set_column (sheet, 2, 3 + 2 * ST_N_STATUSES + 1, 11, NULL);

  if (summary)
    {
      lxw_row_t group = 2, header = 3;
      lxw_col_t col = 4;

      /* Each column headed over both rows: column, title */
      const struct { lxw_col_t col; const char *title; } tall[] = {
        { 0, _("Ref") }, { 1, _("Priority area") }, { 2, _("Sub-actions") }, { 3, _("Actions") },
        { 4 + 2 * ST_N_STATUSES, _("Not rated") }, { 5 + 2 * ST_N_STATUSES, _("Overdue") },
      };

      /* Rows are written in order, each whole before the next (the
       * workbook keeps only the current row in memory). */
      for (guint i = 0; i < G_N_ELEMENTS (tall); i++)
        put_text (sheet, group, tall[i].col, tall[i].title, ctx->heading);
      for (guint s = 0; s < ST_N_STATUSES; s++, col += 2)
        {
          worksheet_merge_range (sheet, group, col, group, col + 1, "", ctx->status_head[s]);
          put_text (sheet, group, col, pack->statuses[s].label, ctx->status_head[s]);
        }
      worksheet_set_row (sheet, group, 45, NULL);

      col = 4;
      for (guint i = 0; i < G_N_ELEMENTS (tall); i++)
        worksheet_write_blank (sheet, header, tall[i].col, ctx->heading);
      for (guint s = 0; s < ST_N_STATUSES; s++, col += 2)
        {
          put_text (sheet, header, col, _("Quantity"), ctx->heading);
          put_text (sheet, header, col + 1, _("Percentage"), ctx->heading);
        }
      worksheet_set_row (sheet, header, 18, NULL);
      /* Merged once both rows are written: the title, already in the
       * group row, is not written again there. */
      for (guint i = 0; i < G_N_ELEMENTS (tall); i++)
        worksheet_merge_range (sheet, group, tall[i].col, header, tall[i].col, tall[i].title, ctx->heading);
      worksheet_freeze_panes (sheet, header + 1, 2);
      worksheet_repeat_rows (sheet, group, header);

      row = header + 1;
      summary_row (ctx, sheet, row++, _("Overall"), _("All priority areas"), &pack->overall, TRUE);
      for (guint a = 0; a < pack->areas->len; a++)
        {
          StPackArea *area = g_ptr_array_index (pack->areas, a);
          summary_row (ctx, sheet, row, area->number, area->title, &area->counts, FALSE);
          end_row (ctx, sheet, row++);
        }
      table_end (sheet, header, row - 1, col + 1);
      row += 2;
    }

  if (pack->sections & ST_PACK_PROGRESS)
    {
      row = write_progress_table (ctx, sheet, name, row, st_pack_section_title (ST_PACK_PROGRESS),
                                  pack->progress);
      if (pack->progress_per_area)
        for (guint a = 0; a < pack->areas->len; a++)
          {
            StPackArea *area = g_ptr_array_index (pack->areas, a);
            g_autofree char *title = g_strdup_printf (_("Progress over time: priority area %s"), area->number);

            row = write_progress_table (ctx, sheet, name, row + 1, title, area->progress);
          }
    }
}

static void
fill_areas (Context       *ctx,
            lxw_worksheet *sheet)
{
  StBoardPack *pack = ctx->pack;
  const char *titles[] = { _("Ref"), _("Action"), _("Target date"),
                           pack->previous_label ? pack->previous_label : _("Previous period"),
                           pack->period_label, _("Scorecard refs"), _("Evidence supplied") };
  const double widths[] = { 9, 80, 12, 11, 11, 16, 11 };
  lxw_row_t header = 2, row = header + 1;

  table_header (ctx, sheet, header, titles, widths, G_N_ELEMENTS (titles));
  for (guint a = 0; a < pack->areas->len; a++)
    {
      StPackArea *area = g_ptr_array_index (pack->areas, a);
      g_autofree char *title = g_strdup_printf (_("Priority area %s: %s"), area->number, area->title);

      put_text (sheet, row, 0, area->number, ctx->area_row);
      put_text (sheet, row, 1, title, ctx->area_row);
      for (guint c = 2; c < G_N_ELEMENTS (titles); c++)
        worksheet_write_blank (sheet, row, c, ctx->area_row);
      end_row (ctx, sheet, row);
      row++;

      for (guint i = 0; i < area->rows->len; i++, end_row (ctx, sheet, row), row++)
        {
          StPackRow *r = g_ptr_array_index (area->rows, i);

          /* The caller sees the cancellation after this sheet. */
          if (i % 1024 == 1023 && g_cancellable_is_cancelled (ctx->cancellable))
            return;

          if (r->kind == ST_PACK_ROW_SUB_ACTION)
            {
              put_text (sheet, row, 0, r->ref, ctx->sub_row_ref);
              put_text (sheet, row, 1, r->text, ctx->sub_row);
              for (guint c = 2; c < G_N_ELEMENTS (titles); c++)
                worksheet_write_blank (sheet, row, c, ctx->sub_row);
              continue;
            }
          put_text (sheet, row, 0, r->ref, ctx->text);
          put_text (sheet, row, 1, r->text, ctx->text);
          put_month (ctx, sheet, row, 2, r->target_month, r->target_text);
          put_status (ctx, sheet, row, 3, r->previous);
          put_status (ctx, sheet, row, 4, r->current);
          put_text (sheet, row, 5, r->measure_refs, ctx->text);
          put_text (sheet, row, 6, r->evidence ? ctx->yes : ctx->no, ctx->centre);
        }
    }
  table_end (sheet, header, row - 1, G_N_ELEMENTS (titles) - 1);
}

static gpointer
fill_areas_thread (gpointer data)
{
  AreasJob *job = data;

  current = &job->ctx;
  fill_areas (&job->ctx, job->sheet);
  current = NULL;
  return NULL;
}

/* Waits for "BRAG on a page" if another thread writes it. */
static void
join_areas (Context *ctx)
{
  if (ctx->areas_job == NULL)
    return;
  g_thread_join (ctx->areas_job->thread);
  g_clear_pointer (&ctx->areas_job, g_free);
}

/* The biggest sheet: on a big plan, written by a thread of its own while
 * this one writes the next sheets. Each worksheet has its own scratch file
 * and the formats are numbered already, so the two share nothing they
 * change. */
static void
write_areas (Context *ctx)
{
  lxw_worksheet *sheet = add_sheet (ctx, _("BRAG on a page"), st_pack_section_title (ST_PACK_AREAS));
  guint n_rows = 0;

  for (guint a = 0; a < ctx->pack->areas->len; a++)
    n_rows += ((StPackArea *) g_ptr_array_index (ctx->pack->areas, a))->rows->len;

  if (n_rows >= st_pack_xlsx_threaded_rows &&
      (st_pack_xlsx_threaded_rows == 0 || st_pack_get_max_threads () > 1))
    {
      AreasJob *job = g_new0 (AreasJob, 1);

      job->ctx = *ctx;
      job->sheet = sheet;
      job->thread = g_thread_try_new ("xlsx-areas", fill_areas_thread, job, NULL);
      if (job->thread != NULL)
        {
          ctx->areas_job = job;
          return;
        }
      g_free (job);
    }
  fill_areas (ctx, sheet);
}

static void
write_exceptions (Context *ctx)
{
  StBoardPack *pack = ctx->pack;
  lxw_worksheet *sheet = add_sheet (ctx, _("Exceptions"), st_pack_section_title (ST_PACK_EXCEPTIONS));
  const char *titles[] = { _("Ref"), _("Action"), _("Owner"), _("Target date"),
                           pack->previous_label ? pack->previous_label : _("Previous period"),
                           pack->period_label, _("Overdue"), _("Commentary") };
  const double widths[] = { 9, 50, 18, 12, 11, 11, 10, 70 };
  lxw_row_t header = 2, row = header + 1;

  table_header (ctx, sheet, header, titles, widths, G_N_ELEMENTS (titles));
  for (guint i = 0; i < pack->exceptions->len; i++, end_row (ctx, sheet, row), row++)
    {
      StPackRow *r = g_ptr_array_index (pack->exceptions, i);

      put_text (sheet, row, 0, r->ref, ctx->text);
      put_text (sheet, row, 1, r->text, ctx->text);
      put_text (sheet, row, 2, r->owner, ctx->text);
      put_month (ctx, sheet, row, 3, r->target_month, r->target_text);
      put_status (ctx, sheet, row, 4, r->previous);
      put_status (ctx, sheet, row, 5, r->current);
      put_text (sheet, row, 6, r->overdue ? ctx->overdue_word : "", r->overdue ? ctx->overdue : ctx->text);
      put_text (sheet, row, 7, r->commentary, ctx->text);
    }
  if (pack->exceptions->len == 0)
    {
      g_autofree char *none = g_strdup_printf (_("No action is amber, red or overdue in %s."), pack->period_label);
      put_text (sheet, row++, 1, none, ctx->text);
    }
  table_end (sheet, header, row - 1, G_N_ELEMENTS (titles) - 1);
}

static void
put_measure_value (Context            *ctx,
                   lxw_worksheet      *sheet,
                   lxw_row_t           row,
                   lxw_col_t           col,
                   const StPackMeasure *measure,
                   double              value)
{
  if (isnan (value))
    worksheet_write_blank (sheet, row, col, ctx->text);
  else if (g_strcmp0 (measure->unit, "percent") == 0)
    worksheet_write_number (sheet, row, col, value / 100.0, ctx->percent);
  else
    worksheet_write_number (sheet, row, col, value, ctx->number);
}

static void
write_scorecard (Context *ctx)
{
  StBoardPack *pack = ctx->pack;
  lxw_worksheet *sheet = add_sheet (ctx, _("Scorecard"), st_pack_section_title (ST_PACK_SCORECARD));
  const char *titles[] = { _("Ref"), _("Measure"), _("Unit"), _("Baseline"), _("Baseline date"), _("Target"),
                           _("Tolerance"), _("Latest value"), _("Month"), _("RAG"),
                           _("Direction of travel"), _("Trend (recent values)"), _("Cited by") };
  const double widths[] = { 8, 50, 9, 11, 12, 11, 16, 12, 10, 7, 16, 30, 16 };
  lxw_row_t header = 2, row = header + 1;

  table_header (ctx, sheet, header, titles, widths, G_N_ELEMENTS (titles));
  for (guint i = 0; i < pack->measures->len; i++, end_row (ctx, sheet, row), row++)
    {
      StPackMeasure *m = g_ptr_array_index (pack->measures, i);

      put_text (sheet, row, 0, m->ref, ctx->text_bold);
      put_text (sheet, row, 1, m->title, ctx->text);
      put_text (sheet, row, 2, m->unit, ctx->text);
      put_measure_value (ctx, sheet, row, 3, m, m->baseline);
      put_text (sheet, row, 4, m->baseline_date, ctx->text);
      put_measure_value (ctx, sheet, row, 5, m, m->target);
      put_text (sheet, row, 6, m->tolerance_text, ctx->text);
      put_measure_value (ctx, sheet, row, 7, m, m->latest);
      if (m->latest_month != ST_MONTH_NONE)
        {
          put_month (ctx, sheet, row, 8, m->latest_month, NULL);
          put_text (sheet, row, 9, st_rag_to_letter (m->rag), ctx->status[st_rag_to_status (m->rag)]);
        }
      else
        {
          worksheet_write_blank (sheet, row, 8, ctx->text);
          worksheet_write_blank (sheet, row, 9, ctx->no_status);
        }
      if (m->direction != ST_DIRECTION_NONE)
        {
          g_autofree char *direction = g_strdup_printf ("%s %s", st_direction_to_symbol (m->direction),
                                                        st_direction_to_label (m->direction));
          put_text (sheet, row, 10, direction, ctx->text);
        }
      else
        worksheet_write_blank (sheet, row, 10, ctx->text);
      {
        g_autoptr(GString) trend = g_string_new (NULL);

        /* No sparklines in libxlsxwriter 1.1: the last values, oldest first */
        for (guint p = m->trend && m->trend->n_points > 6 ? m->trend->n_points - 6 : 0;
             m->trend && p < m->trend->n_points; p++)
          {
            g_autofree char *value = st_scorecard_format_value (m->unit, m->trend->points[p].value);
            g_string_append_printf (trend, "%s%s", trend->len ? " → " : "", value);
          }
        put_text (sheet, row, 11, trend->str, ctx->text);
      }
      put_text (sheet, row, 12, m->cited_by, ctx->text);
    }
  if (pack->measures->len == 0)
    put_text (sheet, row++, 1, _("The plan has no scorecard measures yet."), ctx->text);
  table_end (sheet, header, row - 1, G_N_ELEMENTS (titles) - 1);
}

static void
write_outcomes (Context *ctx)
{
  StBoardPack *pack = ctx->pack;
  lxw_worksheet *sheet = add_sheet (ctx, _("Outcomes"), _("Strategy outcomes"));
  const char *titles[] = { _("Outcome"), _("Kind"), _("Indicator or measure"), _("Scorecard ref"),
                           _("In development") };
  const double widths[] = { 40, 12, 80, 13, 14 };
  lxw_row_t header = 2, row = header + 1;

  table_header (ctx, sheet, header, titles, widths, G_N_ELEMENTS (titles));
  for (guint i = 0; i < pack->outcomes->len; i++)
    {
      StPackOutcome *outcome = g_ptr_array_index (pack->outcomes, i);

      for (guint k = 0; k < 2; k++)
        {
          GPtrArray *items = k == 0 ? outcome->indicators : outcome->measures;

          for (guint j = 0; j < items->len; j++, end_row (ctx, sheet, row), row++)
            {
              StPackOutcomeItem *item = g_ptr_array_index (items, j);

              put_text (sheet, row, 0, outcome->name, ctx->text_bold);
              put_text (sheet, row, 1, k == 0 ? _("Indicator") : _("Measure"), ctx->text);
              put_text (sheet, row, 2, item->text, ctx->text);
              put_text (sheet, row, 3, item->measure_ref, ctx->text);
              put_text (sheet, row, 4, item->in_development ? ctx->yes : ctx->no, ctx->centre);
            }
        }
    }
  table_end (sheet, header, row - 1, G_N_ELEMENTS (titles) - 1);
}

static void
write_development (Context *ctx)
{
  StBoardPack *pack = ctx->pack;
  lxw_worksheet *sheet = add_sheet (ctx, _("Development"), _("Areas for development"));
  const char *titles[] = { _("Area for development"), _("Strategic oversight"), _("Responsible individual") };
  const double widths[] = { 50, 70, 50 };
  lxw_row_t header = 2, row = header + 1;

  table_header (ctx, sheet, header, titles, widths, G_N_ELEMENTS (titles));
  for (guint i = 0; i < pack->development->len; i++, end_row (ctx, sheet, row), row++)
    {
      StPackDevelopment *d = g_ptr_array_index (pack->development, i);

      put_text (sheet, row, 0, d->title, ctx->text_bold);
      put_text (sheet, row, 1, d->oversight, ctx->text);
      put_text (sheet, row, 2, d->responsible, ctx->text);
    }
  table_end (sheet, header, row - 1, G_N_ELEMENTS (titles) - 1);
}

static void
write_governance (Context *ctx)
{
  StBoardPack *pack = ctx->pack;
  lxw_worksheet *sheet = add_sheet (ctx, _("Governance"), _("Governance"));
  const char *titles[] = { _("Board or group"), _("Kind"), _("Reports to"), _("Meets"),
                           _("Strategies"), _("Remit") };
  const double widths[] = { 40, 9, 36, 24, 30, 60 };
  lxw_row_t header = 2, row = header + 1;

  table_header (ctx, sheet, header, titles, widths, G_N_ELEMENTS (titles));
  for (guint i = 0; i < pack->boards->len; i++, end_row (ctx, sheet, row), row++)
    {
      StPackBoard *b = g_ptr_array_index (pack->boards, i);

      put_text (sheet, row, 0, b->name, ctx->text_bold);
      put_text (sheet, row, 1, g_strcmp0 (b->kind, "group") == 0 ? _("Group") : _("Board"), ctx->text);
      put_text (sheet, row, 2, b->reports_to, ctx->text);
      put_text (sheet, row, 3, b->cadence, ctx->text);
      put_text (sheet, row, 4, b->strategies, ctx->text);
      put_text (sheet, row, 5, b->description, ctx->text);
    }
  table_end (sheet, header, row - 1, G_N_ELEMENTS (titles) - 1);
}

/* Writing ------------------------------------------------------------------ */

typedef void (*SheetFunc) (Context *ctx);

gboolean
st_board_pack_write_xlsx (StBoardPack        *self,
                          const char         *path,
                          GCancellable       *cancellable,
                          StPackProgressFunc  progress,
                          gpointer            user_data,
                          GError            **error)
{
  g_autofree char *temp = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *title = NULL;
  g_autofree char *period = NULL;
  g_autofree char *subject = NULL;
  Context ctx = { self, NULL, cancellable };
  lxw_workbook_options options = { 0 };
  lxw_doc_properties properties = { 0 };
  lxw_error status;
  int saved_errno;
  struct { StPackSections section; SheetFunc write; } sheets[] = {
    { ST_PACK_COVER, write_cover },
    { ST_PACK_KEY, write_key },
    { ST_PACK_SUMMARY | ST_PACK_PROGRESS, write_summary },
    { ST_PACK_AREAS, write_areas },
    { ST_PACK_EXCEPTIONS, write_exceptions },
    { ST_PACK_SCORECARD, write_scorecard },
    { ST_PACK_STRATEGY, write_outcomes },
    { ST_PACK_STRATEGY, write_development },
    { ST_PACK_STRATEGY, write_governance },
  };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (!(temp = st_pack_temp_file_new (path, error)))
    return FALSE;

  /* libxlsxwriter's own scratch files go beside the target too. */
  dir = g_path_get_dirname (path);
  options.tmpdir = dir;
  /* Each row goes to a scratch file as soon as the next one starts, strings
   * inline: a big plan's workbook is not held in memory until the end. */
  options.constant_memory = LXW_TRUE;
  ctx.workbook = workbook_new_opt (temp, &options);
  if (ctx.workbook == NULL)
    {
      g_autofree char *display = g_filename_display_name (path);
      g_unlink (temp);
      g_set_error (error, ST_PACK_ERROR, ST_PACK_ERROR_FAILED, _("Cannot create “%s”"), display);
      return FALSE;
    }

  title = escape_header (self->title, 80);
  period = escape_header (self->period_label, 40);
  ctx.header = g_strdup_printf ("&L&\"Calibri,Bold\"%s&R%s", title, period);
  ctx.footer = g_strdup_printf ("&L%s&R%s", period, _("Page &P of &N"));
  create_formats (&ctx);
  ctx.yes = _("Yes");
  ctx.no = _("No");
  ctx.overdue_word = _("Overdue");
  current = &ctx;

  subject = st_board_pack_dup_subject (self);
  properties.title = self->title;
  properties.subject = subject;
  properties.author = self->author;
  properties.company = self->local_area;
  properties.comments = _("Made with SEND Tracker");
  workbook_set_properties (ctx.workbook, &properties);

  for (guint i = 0; i < G_N_ELEMENTS (sheets); i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          join_areas (&ctx);
          current = NULL;
          lxw_workbook_free (ctx.workbook);
          g_unlink (temp);
          g_free (ctx.header);
          g_free (ctx.footer);
          return FALSE;
        }
      if (self->sections & sheets[i].section)
        sheets[i].write (&ctx);
      if (progress)
        progress ((i + 1.0) / (G_N_ELEMENTS (sheets) + 1.0), user_data);
    }

  join_areas (&ctx);
  current = NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      lxw_workbook_free (ctx.workbook);
      g_unlink (temp);
      g_free (ctx.header);
      g_free (ctx.footer);
      return FALSE;
    }
  errno = 0;
  status = workbook_close (ctx.workbook);
  saved_errno = errno;
  g_free (ctx.header);
  g_free (ctx.footer);
  if (status != LXW_NO_ERROR)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_unlink (temp);
      /* libxlsxwriter says "Zip generic error ZIP_ERRNO": say why. */
      if (saved_errno == EFBIG)
        g_set_error (error, ST_PACK_ERROR, ST_PACK_ERROR_FAILED,
                     _("Cannot write “%s”: the file would be too large (the file size limit was reached)"), display);
      else if (saved_errno == ENOSPC || saved_errno == EDQUOT)
        g_set_error (error, ST_PACK_ERROR, ST_PACK_ERROR_FAILED,
                     _("Cannot write “%s”: the disk is full; free some space and try again"), display);
      else
        g_set_error (error, ST_PACK_ERROR, ST_PACK_ERROR_FAILED, _("Cannot write “%s”: %s"),
                     display, lxw_strerror (status));
      return FALSE;
    }
  /* Cancelled while the workbook was being compressed: the file it would
   * replace stays as it was. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (temp);
      return FALSE;
    }
  if (!st_pack_temp_file_commit (temp, path, error))
    return FALSE;
  if (progress)
    progress (1.0, user_data);
  return TRUE;
}
