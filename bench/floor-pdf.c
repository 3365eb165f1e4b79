/* floor-pdf.c: the floor for the PDF path of a board pack.
 *
 *   floor-pdf PLAN OUT.pdf
 *
 * The least a program can do to print a plan's action table: read the rows
 * with one SQL query, lay out each cell with one reused PangoLayout per
 * column, and draw them with cairo on A4 landscape pages with a repeated
 * header row and the status letter on its colour; no model, no objects.
 * bench/run times it beside `send-tracker-cli export` on the same plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_W 841.89   /* A4 landscape, points */
#define PAGE_H 595.28
#define MARGIN 36.0
#define PAD 3.0

enum { COL_REF, COL_TEXT, COL_TARGET, COL_OWNER, COL_STATUS, COL_COMMENTARY, N_COLS };

static const double widths[N_COLS] = { 48, 270, 70, 90, 40, 251.89 };
static const char * const headers[N_COLS] = { "Ref", "Action", "Target", "Owner", "BRAG", "Commentary" };

typedef struct
{
  cairo_t     *cr;
  PangoLayout *layouts[N_COLS];
  double       y;
  int          page;
} Doc;

static void
set_colour (cairo_t    *cr,
            const char *hex)
{
  unsigned r = 0, g = 0, b = 0;

  if (hex && sscanf (hex, "#%02x%02x%02x", &r, &g, &b) == 3)
    cairo_set_source_rgb (cr, r / 255.0, g / 255.0, b / 255.0);
  else
    cairo_set_source_rgb (cr, 1, 1, 1);
}

/* Lays out one row; returns its height */
static double
layout_row (Doc         *doc,
            const char **cells)
{
  double height = 0;

  for (int c = 0; c < N_COLS; c++)
    {
      int h;

      pango_layout_set_text (doc->layouts[c], cells[c] ? cells[c] : "", -1);
      pango_layout_get_size (doc->layouts[c], NULL, &h);
      height = MAX (height, h / (double) PANGO_SCALE);
    }
  return height + 2 * PAD;
}

static void
draw_row (Doc         *doc,
          double       height,
          const char  *fill,
          gboolean     header)
{
  double x = MARGIN;

  for (int c = 0; c < N_COLS; c++)
    {
      if (header || (c == COL_STATUS && fill))
        {
          if (header)
            cairo_set_source_rgb (doc->cr, 0.85, 0.88, 0.93);
          else
            set_colour (doc->cr, fill);
          cairo_rectangle (doc->cr, x, doc->y, widths[c], height);
          cairo_fill (doc->cr);
        }
      cairo_set_source_rgb (doc->cr, 0, 0, 0);
      cairo_move_to (doc->cr, x + PAD, doc->y + PAD);
      pango_cairo_show_layout (doc->cr, doc->layouts[c]);
      cairo_rectangle (doc->cr, x, doc->y, widths[c], height);
      cairo_set_line_width (doc->cr, 0.5);
      cairo_stroke (doc->cr);
      x += widths[c];
    }
  doc->y += height;
}

static void
header_row (Doc *doc)
{
  double h = layout_row (doc, (const char **) headers);

  draw_row (doc, h, NULL, TRUE);
}

static void
new_page (Doc *doc)
{
  if (doc->page++ > 0)
    cairo_show_page (doc->cr);
  doc->y = MARGIN;
  header_row (doc);
}

int
main (int    argc,
      char **argv)
{
  PangoFontDescription *font;
  cairo_surface_t *surface;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  Doc doc = { 0 };
  long rows = 0;

  if (argc != 3)
    {
      fprintf (stderr, "usage: floor-pdf PLAN OUT.pdf\n");
      return 2;
    }
  if (sqlite3_open_v2 (argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db,
        "SELECT a.ref, a.text, coalesce(a.target_month, '') || "
        "       CASE WHEN a.target_text <> '' THEN ' ' || a.target_text ELSE '' END, "
        "       a.owner, s.letter, r.commentary, s.colour "
        "FROM area ar JOIN sub_action sa ON sa.area_id = ar.id "
        "JOIN action a ON a.sub_action_id = sa.id "
        "LEFT JOIN rating r ON r.action_id = a.id "
        "  AND r.period_id = (SELECT id FROM period ORDER BY position DESC LIMIT 1) "
        "LEFT JOIN status s ON s.code = r.status "
        "ORDER BY ar.position, sa.position, a.position", -1, &stmt, NULL) != SQLITE_OK)
    {
      fprintf (stderr, "floor-pdf: %s: %s\n", argv[1], sqlite3_errmsg (db));
      return 1;
    }

  surface = cairo_pdf_surface_create (argv[2], PAGE_W, PAGE_H);
  doc.cr = cairo_create (surface);
  font = pango_font_description_from_string ("Sans 8");
  for (int c = 0; c < N_COLS; c++)
    {
      doc.layouts[c] = pango_cairo_create_layout (doc.cr);
      pango_layout_set_font_description (doc.layouts[c], font);
      pango_layout_set_width (doc.layouts[c], (int) ((widths[c] - 2 * PAD) * PANGO_SCALE));
      pango_layout_set_wrap (doc.layouts[c], PANGO_WRAP_WORD_CHAR);
    }
  new_page (&doc);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *cells[N_COLS];
      double h;

      for (int c = 0; c < N_COLS; c++)
        cells[c] = (const char *) sqlite3_column_text (stmt, c);
      h = layout_row (&doc, cells);
      if (doc.y + h > PAGE_H - MARGIN)
        {
          new_page (&doc);
          h = layout_row (&doc, cells);
        }
      draw_row (&doc, h, (const char *) sqlite3_column_text (stmt, 6), FALSE);
      rows++;
    }
  cairo_show_page (doc.cr);

  for (int c = 0; c < N_COLS; c++)
    g_object_unref (doc.layouts[c]);
  pango_font_description_free (font);
  cairo_destroy (doc.cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      fprintf (stderr, "floor-pdf: %s: %s\n", argv[2], cairo_status_to_string (cairo_surface_status (surface)));
      return 1;
    }
  cairo_surface_destroy (surface);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  fprintf (stderr, "floor-pdf: %ld rows, %d pages\n", rows, doc.page);
  return 0;
}
