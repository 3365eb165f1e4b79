/* test-boardpack.c: the board pack model, its PDF and XLSX, and atomic writes.
 *
 * The files are read back by check-boardpack.py (openpyxl, pdfinfo,
 * pdftotext) with Debian's own /usr/bin/python3.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "st-boardpack.h"
#include "st-pack-layout.h"
#include "st-pack-xlsx-private.h"
#include "st-test-util.h"

static StPlan *
example_with_formula_text (char **path_out)
{
  StPlan *plan = st_test_example_plan (path_out);
  const struct { const char *ref; const char *text; } edits[] = {
    { "1.1.1", "=SUM(A1)" },
    { "1.1.2", "+44 7700" },
    { "1.1.3", "@user" },
    { "1.1.5", "-5 days late" },
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      st_plan_set_string (plan, ST_RECORD (st_test_action (plan, edits[i].ref)), "text", edits[i].text, &error);
      g_assert_no_error (error);
    }
  return plan;
}

static StBoardPack *
example_pack (StPlan         *plan,
              StPackSections  sections)
{
  g_autoptr(GDateTime) produced = g_date_time_new_utc (2023, 6, 12, 9, 0, 0);
  StPackOptions options = { produced, "Test Analyst", FALSE };

  return st_board_pack_new (plan, st_plan_find_period (plan, "May 23"), sections, &options);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d))
    n++;
  return n;
}

static void
test_model (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  g_autoptr(StBoardPack) pack = example_pack (plan, ST_PACK_ALL_SECTIONS);
  StPackArea *area;
  guint n_actions = 0, n_sub = 0;
  gboolean amber = FALSE;

  g_assert_cmpstr (pack->period_label, ==, "May 23");
  g_assert_cmpstr (pack->previous_label, ==, "Jan 23");
  g_assert_cmpstr (pack->produced, ==, "12 June 2023");
  g_assert_cmpstr (pack->author, ==, "Test Analyst");
  g_assert_cmpstr (pack->local_area, ==, "Rotherham");
  g_assert_cmpuint (pack->overall.n_actions, ==, 75);
  g_assert_cmpuint (pack->overall.counts[ST_STATUS_BLUE], ==, 52);
  g_assert_cmpuint (pack->areas->len, ==, 4);
  g_assert_cmpstr (pack->statuses[ST_STATUS_BLUE].colour, ==, "#0070C0");
  g_assert_true (pack->statuses[ST_STATUS_BLUE].dark);
  g_assert_false (pack->statuses[ST_STATUS_AMBER].dark);

  for (guint a = 0; a < pack->areas->len; a++)
    {
      area = g_ptr_array_index (pack->areas, a);
      g_assert_cmpuint (area->progress->len, ==, 2);
      for (guint i = 0; i < area->rows->len; i++)
        {
          StPackRow *row = g_ptr_array_index (area->rows, i);
          if (row->kind == ST_PACK_ROW_ACTION)
            n_actions++;
          else
            n_sub++;
        }
    }
  g_assert_cmpuint (n_actions, ==, 75);
  g_assert_cmpuint (n_sub, ==, 23);

  /* 1.1.4 went from Green in Jan 23 to Blue in May 23 */
  area = g_ptr_array_index (pack->areas, 0);
  for (guint i = 0; i < area->rows->len; i++)
    {
      StPackRow *row = g_ptr_array_index (area->rows, i);
      if (g_strcmp0 (row->ref, "1.1.4") == 0)
        {
          g_assert_cmpint (row->previous, ==, ST_STATUS_GREEN);
          g_assert_cmpint (row->current, ==, ST_STATUS_BLUE);
          g_assert_cmpint (row->target_month, ==, st_month_make (2022, 12));
          g_assert_cmpstr (row->target_display, ==, "Dec 2022");
        }
    }

  /* Exceptions: the amber one and the overdue ones, nothing complete */
  g_assert_cmpuint (pack->exceptions->len, >, 1);
  for (guint i = 0; i < pack->exceptions->len; i++)
    {
      StPackRow *row = g_ptr_array_index (pack->exceptions, i);

      g_assert_true (row->current == ST_STATUS_AMBER || row->current == ST_STATUS_RED || row->overdue);
      g_assert_cmpint (row->current, !=, ST_STATUS_BLUE);
      if (g_strcmp0 (row->ref, "1.3.3") == 0)
        {
          amber = TRUE;
          g_assert_true (strstr (row->commentary, "annual review") != NULL);
        }
    }
  g_assert_true (amber);

  /* Progress: Jan 23 then May 23 */
  g_assert_cmpuint (pack->progress->len, ==, 2);
  g_assert_cmpstr (g_array_index (pack->progress, StPackPeriodCounts, 0).label, ==, "Jan 23");
  g_assert_cmpuint (g_array_index (pack->progress, StPackPeriodCounts, 1).counts[ST_STATUS_BLUE], ==, 52);

  g_assert_cmpuint (pack->outcomes->len, >, 0);
  g_assert_cmpuint (pack->development->len, >, 0);
  g_assert_cmpuint (pack->boards->len, >, 0);
}

static void
test_model_first_period (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  g_autoptr(StBoardPack) pack = st_board_pack_new (plan, st_plan_find_period (plan, "Jan 23"),
                                                   ST_PACK_ALL_SECTIONS, NULL);

  /* No previous period, and May 23 is not part of Jan 23's progress */
  g_assert_null (pack->previous_label);
  g_assert_cmpuint (pack->progress->len, ==, 1);
  g_assert_cmpuint (pack->overall.counts[ST_STATUS_BLUE], ==, 32);
}

static void
test_sections (void)
{
  g_autoptr(GError) error = NULL;
  StPackSections sections = 0;

  g_assert_true (st_pack_sections_parse ("cover,summary", &sections, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sections, ==, ST_PACK_COVER | ST_PACK_SUMMARY);
  g_assert_true (st_pack_sections_parse (" Areas , exceptions,", &sections, &error));
  g_assert_cmpint (sections, ==, ST_PACK_AREAS | ST_PACK_EXCEPTIONS);
  g_assert_true (st_pack_sections_parse ("all", &sections, &error));
  g_assert_cmpint (sections, ==, ST_PACK_ALL_SECTIONS);

  g_assert_false (st_pack_sections_parse ("cover,charts", &sections, &error));
  g_assert_error (error, ST_PACK_ERROR, ST_PACK_ERROR_INVALID);
  g_assert_true (strstr (error->message, "charts") != NULL);
  g_clear_error (&error);
  g_assert_false (st_pack_sections_parse (",", &sections, &error));
  g_assert_error (error, ST_PACK_ERROR, ST_PACK_ERROR_INVALID);

  for (guint i = 0; i < ST_PACK_N_SECTIONS; i++)
    {
      StPackSections one = 0;
      g_assert_true (st_pack_sections_parse (st_pack_section_name (1 << i), &one, NULL));
      g_assert_cmpint (one, ==, 1 << i);
    }
}

/* The whole pack, read back by openpyxl and poppler. */
static void
test_export_read_back (void)
{
  g_autofree char *plan_path = NULL;
  g_autoptr(StPlan) plan = example_with_formula_text (&plan_path);
  g_autoptr(StBoardPack) pack = example_pack (plan, ST_PACK_ALL_SECTIONS);
  g_autofree char *dir = st_test_make_dir ();
  g_autofree char *pdf = g_build_filename (dir, "pack.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "pack.xlsx", NULL);
  g_autofree char *refs_path = g_build_filename (dir, "refs.txt", NULL);
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-boardpack.py", NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GString) refs = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "/usr/bin/python3", script, xlsx, pdf, refs_path, NULL };
  double last = 0;
  int status = 0;

  g_assert_true (st_board_pack_write_pdf (pack, pdf, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (st_board_pack_write_xlsx (pack, xlsx, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  /* Nothing else left in the folder: no temporary files */
  g_assert_cmpuint (count_files (dir), ==, 2);
  (void) last;

  for (guint a = 0; a < pack->areas->len; a++)
    {
      StPackArea *area = g_ptr_array_index (pack->areas, a);
      for (guint i = 0; i < area->rows->len; i++)
        {
          StPackRow *row = g_ptr_array_index (area->rows, i);
          if (row->kind == ST_PACK_ROW_ACTION)
            g_string_append_printf (refs, "%s\n", row->ref);
        }
    }
  g_assert_true (g_file_set_contents (refs_path, refs->str, -1, NULL));

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("check-boardpack.py failed:\n%s%s", out, err);
  g_assert_true (strstr (out, "ok") != NULL);
}

/* Tables break between rows with the header repeated; a text longer than
 * a page is cut with an ellipsis rather than running off the page. */
static void
test_layout_long_text (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  g_autoptr(StBoardPack) pack = NULL;
  g_autoptr(StPackLayout) layout = NULL;
  g_autoptr(GString) huge = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_short;

  pack = example_pack (plan, ST_PACK_AREAS);
  layout = st_pack_layout_new (pack, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  n_short = st_pack_layout_get_n_pages (layout);
  g_assert_cmpuint (n_short, >=, 4);   /* at least a page per area */
  g_clear_pointer (&layout, st_pack_layout_free);
  g_clear_pointer (&pack, st_board_pack_unref);

  while (huge->len < 100000)
    g_string_append (huge, "Commentary that goes on and on about the annual review cycle. ");
  st_plan_set_rating (plan, st_test_action (plan, "1.3.3"), st_plan_find_period (plan, "May 23"),
                      ST_STATUS_AMBER, huge->str, &error);
  g_assert_no_error (error);
  st_plan_set_string (plan, ST_RECORD (st_test_action (plan, "2.1.1")), "text", huge->str, &error);
  g_assert_no_error (error);

  pack = example_pack (plan, ST_PACK_AREAS | ST_PACK_EXCEPTIONS);
  layout = st_pack_layout_new (pack, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  /* The long action text is one clipped row: a page or so more, not dozens */
  g_assert_cmpuint (st_pack_layout_get_n_pages (layout), <=, n_short + 6);

  surface = cairo_pdf_surface_create (NULL, ST_PACK_PAGE_WIDTH, ST_PACK_PAGE_HEIGHT);
  cr = cairo_create (surface);
  for (guint i = 0; i < st_pack_layout_get_n_pages (layout); i++)
    {
      st_pack_layout_draw_page (layout, cr, i);
      cairo_show_page (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* Outline: a bookmark per section and per area */
  g_assert_cmpuint (st_pack_layout_get_n_outline (layout), ==, 2 + 4);
  g_assert_cmpint (st_pack_layout_get_outline (layout, 1)->level, ==, 1);
}

/* Failed and cancelled exports -------------------------------------------- */

typedef struct
{
  GCancellable *cancellable;
  double        at;
  guint         calls;
} CancelAt;

static void
cancel_at_cb (double   fraction,
              gpointer data)
{
  CancelAt *c = data;

  c->calls++;
  if (fraction >= c->at)
    g_cancellable_cancel (c->cancellable);
}

static cairo_surface_t *
render_page (StPackLayout *layout,
             guint         page)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 842, 596);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  st_pack_layout_draw_page (layout, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Rows measured in two threads: the same pages, to the pixel, clipped
 * cells and all. */
static void
test_layout_threads (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  g_autoptr(StBoardPack) pack = NULL;
  g_autoptr(StPackLayout) plain = NULL;
  g_autoptr(StPackLayout) threaded = NULL;
  g_autoptr(GString) huge = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  while (huge->len < 20000)
    g_string_append (huge, "Commentary that goes on and on about the annual review cycle. ");
  st_plan_set_rating (plan, st_test_action (plan, "1.3.3"), st_plan_find_period (plan, "May 23"),
                      ST_STATUS_AMBER, huge->str, &error);
  g_assert_no_error (error);
  st_plan_set_string (plan, ST_RECORD (st_test_action (plan, "2.1.1")), "text", huge->str, &error);
  g_assert_no_error (error);
  pack = example_pack (plan, ST_PACK_ALL_SECTIONS);

  st_pack_set_max_threads (1);
  plain = st_pack_layout_new (pack, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  st_pack_set_max_threads (2);
  threaded = st_pack_layout_new (pack, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (st_pack_layout_get_n_pages (plain), >, 10);
  g_assert_cmpuint (st_pack_layout_get_n_pages (threaded), ==, st_pack_layout_get_n_pages (plain));
  g_assert_cmpuint (st_pack_layout_get_n_outline (threaded), ==, st_pack_layout_get_n_outline (plain));
  for (guint i = 0; i < st_pack_layout_get_n_outline (plain); i++)
    {
      const StPackOutlineEntry *a = st_pack_layout_get_outline (plain, i);
      const StPackOutlineEntry *b = st_pack_layout_get_outline (threaded, i);

      g_assert_cmpstr (a->title, ==, b->title);
      g_assert_cmpuint (a->page, ==, b->page);
      g_assert_cmpfloat (a->y, ==, b->y);
    }
  for (guint page = 0; page < st_pack_layout_get_n_pages (plain); page++)
    {
      cairo_surface_t *a = render_page (plain, page);
      cairo_surface_t *b = render_page (threaded, page);
      gsize size = (gsize) cairo_image_surface_get_stride (a) * cairo_image_surface_get_height (a);

      g_assert_true (memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b), size) == 0);
      cairo_surface_destroy (a);
      cairo_surface_destroy (b);
    }

  /* Cancelled while the rows are measured */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(StPackLayout) cancelled = NULL;
    g_autoptr(GError) cancel_error = NULL;
    CancelAt c = { cancellable, 0.3, 0 };

    cancelled = st_pack_layout_new (pack, cancellable, cancel_at_cb, &c, &cancel_error);
    g_assert_null (cancelled);
    g_assert_error (cancel_error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  }
}

typedef gboolean (*WriteFunc) (StBoardPack *, const char *, GCancellable *, StPackProgressFunc,
                               gpointer, GError **);

static void
check_cancelled_write (WriteFunc write)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  g_autoptr(StBoardPack) pack = example_pack (plan, ST_PACK_ALL_SECTIONS);
  g_autofree char *dir = st_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "board pack", NULL);
  g_autofree char *before = NULL;
  const double points[] = { 0.0, 0.3, 0.6, 0.9 };

  g_assert_true (g_file_set_contents (path, "the good pack from last month", -1, NULL));
  before = st_test_checksum (path);

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      CancelAt c = { cancellable, points[i], 0 };

      if (points[i] == 0.0)
        g_cancellable_cancel (cancellable);
      g_assert_false (write (pack, path, cancellable, cancel_at_cb, &c, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      after = st_test_checksum (path);
      g_assert_cmpstr (before, ==, after);
      g_assert_cmpuint (count_files (dir), ==, 1);
    }

  /* Not cancelled: it replaces the file, and reports progress up to 1 */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *after = NULL;
    CancelAt c = { g_cancellable_new (), 2.0, 0 };

    g_assert_true (write (pack, path, c.cancellable, cancel_at_cb, &c, &error));
    g_assert_no_error (error);
    after = st_test_checksum (path);
    g_assert_cmpstr (before, !=, after);
    g_assert_cmpuint (c.calls, >=, 2);
    g_assert_cmpuint (count_files (dir), ==, 1);
    g_object_unref (c.cancellable);
  }
}

/* Progress over time, counted in one pass over the actions, gives for
 * every period what the summary of that period counts, overall and per
 * area; a period after the pack's is not in it. */
static void
test_progress_counts (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  g_autoptr(StBoardPack) pack = example_pack (plan, ST_PACK_ALL_SECTIONS);
  GListModel *periods = st_plan_get_periods (plan);

  g_assert_cmpuint (pack->progress->len, >=, 2);
  g_assert_cmpuint (pack->progress->len, <=, g_list_model_get_n_items (periods));
  for (guint p = 0; p < pack->progress->len; p++)
    {
      g_autoptr(StPeriod) period = g_list_model_get_item (periods, p);
      g_autoptr(StSummary) summary = st_summary_new (plan, period);
      const StPackPeriodCounts *counts = &g_array_index (pack->progress, StPackPeriodCounts, p);
      guint rated = 0;

      g_assert_cmpstr (counts->label, ==, st_period_get_label (period));
      g_assert_cmpuint (counts->n_actions, ==, st_summary_get_overall (summary)->n_actions);
      g_assert_cmpuint (counts->unrated, ==, st_summary_get_overall (summary)->unrated);
      for (guint s = 0; s < ST_N_STATUSES; s++)
        {
          g_assert_cmpuint (counts->counts[s], ==, st_summary_get_overall (summary)->counts[s]);
          rated += counts->counts[s];
        }
      g_assert_cmpuint (rated, >, 0);
      g_assert_cmpuint (st_summary_get_n_areas (summary), ==, pack->areas->len);
      for (guint a = 0; a < pack->areas->len; a++)
        {
          StPackArea *area = g_ptr_array_index (pack->areas, a);
          const StPackPeriodCounts *ac = &g_array_index (area->progress, StPackPeriodCounts, p);
          const StSummaryCounts *sc = st_summary_get_area_counts (summary, a);

          g_assert_cmpuint (area->progress->len, ==, pack->progress->len);
          g_assert_cmpstr (ac->label, ==, counts->label);
          g_assert_cmpuint (ac->n_actions, ==, sc->n_actions);
          g_assert_cmpuint (ac->unrated, ==, sc->unrated);
          for (guint s = 0; s < ST_N_STATUSES; s++)
            g_assert_cmpuint (ac->counts[s], ==, sc->counts[s]);
        }
    }
  g_assert_cmpstr (g_array_index (pack->progress, StPackPeriodCounts, pack->progress->len - 1).label, ==, "May 23");
}

/* "BRAG on a page" written by a thread of its own while the other sheets
 * are written: the same workbook, part for part, as written by one thread
 * (but for the time it was made, in docProps/core.xml). */
static void
test_xlsx_threaded (void)
{
  g_autoptr(StPlan) plan = example_with_formula_text (NULL);
  g_autoptr(StBoardPack) pack = example_pack (plan, ST_PACK_ALL_SECTIONS);
  g_autofree char *dir = st_test_make_dir ();
  g_autofree char *plain = g_build_filename (dir, "plain.xlsx", NULL);
  g_autofree char *threaded = g_build_filename (dir, "threaded.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL, *err = NULL;
  const char *compare =
    "import sys, zipfile\n"
    "a, b = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2])\n"
    "assert a.namelist() == b.namelist(), (a.namelist(), b.namelist())\n"
    "assert 'xl/worksheets/sheet4.xml' in a.namelist()\n"
    "for n in a.namelist():\n"
    "    assert n == 'docProps/core.xml' or a.read(n) == b.read(n), n\n"
    "print(len(a.namelist()))\n";
  const char *argv[] = { "/usr/bin/python3", "-c", compare, plain, threaded, NULL };
  guint saved = st_pack_xlsx_threaded_rows;
  int status = 0;

  st_pack_xlsx_threaded_rows = G_MAXUINT;
  g_assert_true (st_board_pack_write_xlsx (pack, plain, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  st_pack_xlsx_threaded_rows = 0;
  g_assert_true (st_board_pack_write_xlsx (pack, threaded, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  st_pack_xlsx_threaded_rows = saved;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("the workbooks differ: %s%s", out, err);
  g_assert_cmpint (atoi (out), >, 20);
}

static void
test_cancel_xlsx_threaded (void)
{
  guint saved = st_pack_xlsx_threaded_rows;

  st_pack_xlsx_threaded_rows = 0;
  check_cancelled_write (st_board_pack_write_xlsx);
  st_pack_xlsx_threaded_rows = saved;
}

static void
test_cancel_pdf (void)
{
  /* The pages drawn in the writing thread, then in a second thread */
  st_pack_set_max_threads (1);
  check_cancelled_write (st_board_pack_write_pdf);
  st_pack_set_max_threads (2);
  check_cancelled_write (st_board_pack_write_pdf);
}

/* Runs a poppler tool on @pdf (on one page, from 1, unless @page is 0). */
static char *
run_tool (const char *tool,
          const char *pdf,
          guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_ptr_array_add (argv, (char *) tool);
  if (page > 0)
    {
      g_ptr_array_add (argv, "-f");
      g_ptr_array_add (argv, number);
      g_ptr_array_add (argv, "-l");
      g_ptr_array_add (argv, number);
    }
  g_ptr_array_add (argv, (char *) pdf);
  if (g_str_equal (tool, "pdftotext"))
    g_ptr_array_add (argv, "-");
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static guint
pdf_n_pages (const char *pdf)
{
  g_autofree char *info = run_tool ("pdfinfo", pdf, 0);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

/* A line of pdffonts less the subset's tag and the object's number. */
static char *
font_line (const char *line)
{
  g_auto(GStrv) fields = g_strsplit_set (strchr (line, '+') ? strchr (line, '+') + 1 : line, " ", -1);
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; fields[i]; i++)
    if (*fields[i])
      g_ptr_array_add (words, fields[i]);
  for (guint i = 0; i + 2 < words->len; i++)
    g_string_append_printf (out, "%s ", (char *) g_ptr_array_index (words, i));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The same pages to a reader: as many, the same text on each (pdftotext),
 * the same fonts (pdffonts), whichever way the pages were drawn. */
static void
assert_same_pages (const char *a,
                   const char *b)
{
  guint n = pdf_n_pages (a);

  g_assert_cmpuint (n, >, 1);
  g_assert_cmpuint (pdf_n_pages (b), ==, n);
  for (guint page = 1; page <= n; page++)
    {
      g_autofree char *text_a = run_tool ("pdftotext", a, page);
      g_autofree char *text_b = run_tool ("pdftotext", b, page);
      g_autofree char *fonts_a = run_tool ("pdffonts", a, page);
      g_autofree char *fonts_b = run_tool ("pdffonts", b, page);
      g_auto(GStrv) lines_a = g_strsplit (fonts_a, "\n", -1);
      g_auto(GStrv) lines_b = g_strsplit (fonts_b, "\n", -1);

      g_assert_cmpuint (strlen (text_a), >, 10);
      g_assert_cmpstr (text_a, ==, text_b);
      /* Subset names differ from file to file; the fonts and their kinds must not. */
      g_assert_cmpuint (g_strv_length (lines_a), ==, g_strv_length (lines_b));
      for (guint i = 2; lines_a[i] && *lines_a[i]; i++)
        {
          g_autofree char *font_a = font_line (lines_a[i]);
          g_autofree char *font_b = font_line (lines_b[i]);

          g_assert_cmpstr (font_a, ==, font_b);
        }
    }
}

static void
test_pdf_threads (void)
{
  g_autoptr(StPlan) plan = example_with_formula_text (NULL);
  g_autoptr(StBoardPack) pack = example_pack (plan, ST_PACK_ALL_SECTIONS);
  g_autofree char *dir = st_test_make_dir ();
  g_autofree char *plain = g_build_filename (dir, "plain.pdf", NULL);
  g_autofree char *threaded = g_build_filename (dir, "threaded.pdf", NULL);
  g_autoptr(GError) error = NULL;

  st_pack_set_max_threads (1);
  g_assert_true (st_board_pack_write_pdf (pack, plain, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  st_pack_set_max_threads (2);
  g_assert_true (st_board_pack_write_pdf (pack, threaded, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_same_pages (plain, threaded);
}

/* Both files at once: the workbook in a second thread. */
static void
test_write_both (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  g_autoptr(StBoardPack) pack = example_pack (plan, ST_PACK_ALL_SECTIONS);
  g_autofree char *dir = st_test_make_dir ();
  g_autofree char *pdf = g_build_filename (dir, "pack.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "pack.xlsx", NULL);
  g_autofree char *plain_pdf = g_build_filename (dir, "plain.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "nowhere", "pack.xlsx", NULL);
  const double points[] = { 0.0, 0.3, 0.9 };

  st_pack_set_max_threads (2);
  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GError) error = NULL;
      CancelAt c = { cancellable, points[i], 0 };

      if (points[i] == 0.0)
        g_cancellable_cancel (cancellable);
      g_assert_false (st_board_pack_write (pack, pdf, xlsx, cancellable, cancel_at_cb, &c, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_cmpuint (count_files (dir), ==, 0);
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_true (st_board_pack_write (pack, pdf, xlsx, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (count_files (dir), ==, 2);
    st_pack_set_max_threads (1);
    g_assert_true (st_board_pack_write (pack, plain_pdf, NULL, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    assert_same_pages (plain_pdf, pdf);
    g_assert_cmpuint (count_files (dir), ==, 3);
    st_pack_set_max_threads (2);
  }

  /* The workbook fails: the PDF is written, as when one after the other */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (g_remove (pdf) == 0);
    g_assert_false (st_board_pack_write (pack, pdf, missing, NULL, NULL, NULL, &error));
    g_assert_error (error, ST_PACK_ERROR, ST_PACK_ERROR_FAILED);
    g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
    g_assert_cmpuint (count_files (dir), ==, 3);
  }
}

static void
test_cancel_xlsx (void)
{
  check_cancelled_write (st_board_pack_write_xlsx);
}

static StBoardPack *unprivileged_pack;

static void
write_in_read_only_folder (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = g_strconcat (path, ".xlsx", NULL);

  if (st_board_pack_write_pdf (unprivileged_pack, path, NULL, NULL, NULL, &error))
    _exit (3);
  if (!g_error_matches (error, ST_PACK_ERROR, ST_PACK_ERROR_FAILED))
    _exit (4);
  g_clear_error (&error);
  if (st_board_pack_write_xlsx (unprivileged_pack, xlsx, NULL, NULL, NULL, &error))
    _exit (5);
  if (!g_error_matches (error, ST_PACK_ERROR, ST_PACK_ERROR_FAILED))
    _exit (6);
}

static void
test_failed_writes (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  g_autoptr(StBoardPack) pack = example_pack (plan, ST_PACK_COVER | ST_PACK_SUMMARY);
  g_autofree char *dir = st_test_make_dir ();
  g_autofree char *missing = g_build_filename (dir, "no such folder", "pack.pdf", NULL);
  g_autofree char *folder = g_build_filename (dir, "a folder", NULL);
  g_autofree char *inside = g_build_filename (folder, "keep.txt", NULL);
  g_autofree char *ro_dir = st_test_make_dir ();
  g_autofree char *ro_path = g_build_filename (ro_dir, "pack.pdf", NULL);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GError) error = NULL;

  /* A folder that does not exist */
  g_assert_false (st_board_pack_write_pdf (pack, missing, NULL, NULL, NULL, &error));
  g_assert_error (error, ST_PACK_ERROR, ST_PACK_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (st_board_pack_write_xlsx (pack, missing, NULL, NULL, NULL, &error));
  g_assert_error (error, ST_PACK_ERROR, ST_PACK_ERROR_FAILED);
  g_clear_error (&error);

  /* The target is a folder: refused, the folder and its files untouched,
   * no temporary file left */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "keep", -1, NULL));
  g_assert_false (st_board_pack_write_pdf (pack, folder, NULL, NULL, NULL, &error));
  g_assert_error (error, ST_PACK_ERROR, ST_PACK_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (st_board_pack_write_xlsx (pack, folder, NULL, NULL, NULL, &error));
  g_assert_error (error, ST_PACK_ERROR, ST_PACK_ERROR_FAILED);
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* A folder the user may not write: an existing pack there stays */
  g_assert_true (g_file_set_contents (ro_path, "last month's pack", -1, NULL));
  g_chmod (ro_path, 0644);
  before = st_test_checksum (ro_path);
  unprivileged_pack = pack;
  st_test_run_unprivileged (ro_path, write_in_read_only_folder);
  after = st_test_checksum (ro_path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (count_files (ro_dir), ==, 1);
}

/* send-tracker-cli export ------------------------------------------------------ */

static int
run_cli (char **err,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("ST_CLI");
  int status = 0;
  va_list args;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *) cli);
  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, err,
                &status, &error);
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_cli (void)
{
  g_autofree char *plan_path = NULL;
  g_autoptr(StPlan) plan = st_test_example_plan (&plan_path);
  g_autofree char *dir = st_test_make_dir ();
  g_autofree char *pdf = g_build_filename (dir, "pack.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "pack.xlsx", NULL);
  g_autofree char *missing = g_build_filename (dir, "nowhere", "pack.pdf", NULL);
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (NULL, "export", plan_path, "--period", "Jan 23", "--pdf", pdf, "--xlsx", xlsx,
                            "--sections", "cover,summary,areas", NULL), ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (run_cli (&err, "export", plan_path, "--pdf", pdf, "--sections", "cover,charts", NULL), ==, 2);
  g_assert_true (strstr (err, "charts") != NULL);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&err, "export", plan_path, NULL), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&err, "export", plan_path, "--period", "Dec 99", "--pdf", pdf, NULL), ==, 1);
  g_assert_true (strstr (err, "Dec 99") != NULL);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&err, "export", plan_path, "--pdf", missing, NULL), ==, 1);
  /* One line naming the folder (a sanitizer may add its own report after it) */
  g_assert_true (g_str_has_prefix (err, "send-tracker-cli: "));
  err[strcspn (err, "\n")] = '\0';
  g_assert_true (strstr (err, "nowhere") != NULL);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/boardpack/model", test_model);
  g_test_add_func ("/boardpack/model-first-period", test_model_first_period);
  g_test_add_func ("/boardpack/sections", test_sections);
  g_test_add_func ("/boardpack/export-read-back", test_export_read_back);
  g_test_add_func ("/boardpack/layout-long-text", test_layout_long_text);
  g_test_add_func ("/boardpack/cancel-pdf", test_cancel_pdf);
  g_test_add_func ("/boardpack/cancel-xlsx", test_cancel_xlsx);
  g_test_add_func ("/boardpack/cancel-xlsx-threaded", test_cancel_xlsx_threaded);
  g_test_add_func ("/boardpack/xlsx-threaded", test_xlsx_threaded);
  g_test_add_func ("/boardpack/progress-counts", test_progress_counts);
  g_test_add_func ("/boardpack/layout-threads", test_layout_threads);
  g_test_add_func ("/boardpack/pdf-threads", test_pdf_threads);
  g_test_add_func ("/boardpack/write-both", test_write_both);
  g_test_add_func ("/boardpack/failed-writes", test_failed_writes);
  g_test_add_func ("/boardpack/cli", test_cli);

  return g_test_run ();
}
