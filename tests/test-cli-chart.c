/* test-cli-chart.c: send-tracker-cli chart and scorecard, run as a user would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "st-plan.h"

static char *tmp_dir;
static char *plan_path;

/* Runs send-tracker-cli with @args; returns the exit status. */
static int
run_cli (char       **out,
         char       **err,
         const char  *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("ST_CLI");
  int wait_status = 0;
  va_list args;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *) cli);
  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &wait_status, &error);
  g_assert_no_error (error);
  if (WIFEXITED (wait_status))
    return WEXITSTATUS (wait_status);
  return -1;
}

static void
assert_png (const char *path,
            int         width,
            int         height)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, height);
  cairo_surface_destroy (surface);
}

static void
test_chart_progress (void)
{
  g_autofree char *png = g_build_filename (tmp_dir, "progress.png", NULL);
  g_autofree char *png2 = g_build_filename (tmp_dir, "area.png", NULL);

  g_assert_cmpint (run_cli (NULL, NULL, "chart", plan_path, "--kind", "progress",
                            "--png", png, NULL), ==, 0);
  assert_png (png, 800, 480);
  g_assert_cmpint (run_cli (NULL, NULL, "chart", plan_path, "--kind", "progress", "--area", "2",
                            "--shares", "--png", png2, "--width", "500", "--height", "300",
                            "--scale", "2", NULL), ==, 0);
  assert_png (png2, 1000, 600);
  /* the temporary file was renamed into place: only the two PNGs remain */
  {
    g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
    guint n = 0;

    while (g_dir_read_name (dir))
      n++;
    g_assert_cmpuint (n, ==, 3);
  }
  g_assert_cmpint (g_remove (png), ==, 0);
  g_assert_cmpint (g_remove (png2), ==, 0);
}

static void
test_chart_errors (void)
{
  g_autofree char *png = g_build_filename (tmp_dir, "bad.png", NULL);
  g_autofree char *err = NULL;

  /* usage */
  g_assert_cmpint (run_cli (NULL, NULL, "chart", plan_path, "--kind", "progress", NULL), ==, 2);
  g_assert_cmpint (run_cli (NULL, NULL, "chart", plan_path, "--png", png, NULL), ==, 2);
  g_assert_cmpint (run_cli (NULL, NULL, "chart", plan_path, "--kind", "pie", "--png", png, NULL), ==, 2);
  g_assert_cmpint (run_cli (NULL, NULL, "chart", plan_path, "--kind", "progress", "--png", png,
                            "--width", "5", NULL), ==, 2);
  /* failures: one line naming the problem */
  g_assert_cmpint (run_cli (NULL, &err, "chart", plan_path, "--kind", "progress", "--area", "9",
                            "--png", png, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "“9”"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (NULL, &err, "chart", "/nonexistent.sendplan", "--kind", "progress",
                            "--png", png, NULL), ==, 1);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
}

static void
test_chart_measure (void)
{
  g_autofree char *png = g_build_filename (tmp_dir, "trend.png", NULL);
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (NULL, NULL, "chart", plan_path, "--kind", "measure", "--ref", "1.0",
                            "--png", png, "--width", "640", "--height", "360", NULL), ==, 0);
  assert_png (png, 640, 360);
  g_assert_cmpint (run_cli (NULL, NULL, "chart", plan_path, "--kind", "sparkline", "--ref", "2.1",
                            "--png", png, "--width", "120", "--height", "30", "--scale", "2", NULL), ==, 0);
  assert_png (png, 240, 60);
  g_assert_cmpint (g_remove (png), ==, 0);

  g_assert_cmpint (run_cli (NULL, NULL, "chart", plan_path, "--kind", "measure", "--png", png, NULL), ==, 2);
  g_assert_cmpint (run_cli (NULL, &err, "chart", plan_path, "--kind", "measure", "--ref", "7.7",
                            "--png", png, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "“7.7”"));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
}

static JsonObject *
find_measure (JsonObject *root,
              const char *ref)
{
  JsonArray *measures = json_object_get_array_member (root, "measures");

  for (guint i = 0; i < json_array_get_length (measures); i++)
    {
      JsonObject *m = json_array_get_object_element (measures, i);

      if (g_str_equal (json_object_get_string_member (m, "ref"), ref))
        return m;
    }
  g_error ("no measure %s", ref);
}

static JsonParser *
scorecard_json (const char *path,
                const char *period)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  JsonParser *parser = json_parser_new ();

  if (period)
    g_assert_cmpint (run_cli (&out, NULL, "scorecard", path, "--json", "--period", period, NULL), ==, 0);
  else
    g_assert_cmpint (run_cli (&out, NULL, "scorecard", path, "--json", NULL), ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  return parser;
}

static void
test_scorecard_json (void)
{
  g_autoptr(JsonParser) may = scorecard_json (plan_path, NULL);
  g_autoptr(JsonParser) jan = scorecard_json (plan_path, "Jan 23");
  JsonObject *root = json_node_get_object (json_parser_get_root (may));
  JsonObject *counts = json_object_get_object_member (root, "counts");
  JsonObject *m, *latest, *previous;
  JsonArray *cited;

  g_assert_cmpstr (json_object_get_string_member (root, "period"), ==, "May 23");
  g_assert_cmpstr (json_object_get_string_member (root, "as_of"), ==, "2023-05");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "measures")), ==,
                    json_object_get_int_member (counts, "green") + json_object_get_int_member (counts, "amber") +
                    json_object_get_int_member (counts, "red") + json_object_get_int_member (counts, "grey"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "missing_refs")), ==, 0);

  /* May 23: the latest value at or before May 2023 is April's */
  m = find_measure (root, "1.0");
  latest = json_object_get_object_member (m, "latest");
  g_assert_cmpstr (json_object_get_string_member (latest, "month"), ==, "2023-04");
  g_assert_cmpfloat (json_object_get_double_member (latest, "value"), ==, 88);
  g_assert_cmpstr (json_object_get_string_member (m, "rag"), ==, "amber");       /* 88 against 90 ± 5 */
  g_assert_cmpstr (json_object_get_string_member (m, "direction"), ==, "improved");
  cited = json_object_get_array_member (m, "cited_by");
  g_assert_cmpuint (json_array_get_length (cited), ==, 8);
  g_assert_cmpstr (json_array_get_string_element (cited, 0), ==, "1.1.1");

  /* data only: grey, direction without judgement */
  m = find_measure (root, "Insight");
  g_assert_cmpstr (json_object_get_string_member (m, "rag"), ==, "grey");
  g_assert_cmpstr (json_object_get_string_member (m, "polarity"), ==, "data");

  /* Jan 23: January's value, rated against the target it was entered with;
   * December's was rated against the old target of 80 */
  root = json_node_get_object (json_parser_get_root (jan));
  g_assert_cmpstr (json_object_get_string_member (root, "as_of"), ==, "2023-01");
  m = find_measure (root, "1.0");
  latest = json_object_get_object_member (m, "latest");
  previous = json_object_get_object_member (m, "previous");
  g_assert_cmpstr (json_object_get_string_member (latest, "month"), ==, "2023-01");
  g_assert_cmpfloat (json_object_get_double_member (latest, "value"), ==, 83.6);
  g_assert_cmpfloat (json_object_get_double_member (latest, "target"), ==, 90);
  g_assert_cmpfloat (json_object_get_double_member (previous, "target"), ==, 80);
  g_assert_cmpstr (json_object_get_string_member (m, "rag"), ==, "red");
  g_assert_cmpstr (json_object_get_string_member (m, "direction"), ==, "worsened");
}

/* A ref an action cites with no measure is flagged, in text and JSON. */
static void
test_scorecard_missing (void)
{
  g_autofree char *copy = g_build_filename (tmp_dir, "missing.sendplan", NULL);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  JsonArray *missing;
  JsonObject *first;

  {
    g_autoptr(StPlan) plan = st_plan_open (plan_path, ST_PLAN_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    g_assert_true (st_plan_save_copy (plan, copy, &error));
  }
  {
    g_autoptr(StPlan) plan = st_plan_open (copy, ST_PLAN_OPEN_DEFAULT, &error);
    StAction *action;

    g_assert_no_error (error);
    action = st_plan_find_action (plan, "1.1.1");
    g_assert_true (st_plan_set_string (plan, ST_RECORD (action), "measure-refs", "1.0, 9.9 and 9.8", &error));
    action = st_plan_find_action (plan, "2.2.1");
    g_assert_true (st_plan_set_string (plan, ST_RECORD (action), "measure-refs", "9.9", &error));
    g_assert_no_error (error);
  }

  g_assert_cmpint (run_cli (&out, NULL, "scorecard", copy, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Cited by actions but missing from the scorecard:"));
  g_assert_nonnull (strstr (out, "  9.9 (cited by 1.1.1, 2.2.1)\n"));
  g_assert_nonnull (strstr (out, "  9.8 (cited by 1.1.1)\n"));

  parser = scorecard_json (copy, NULL);
  missing = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "missing_refs");
  g_assert_cmpuint (json_array_get_length (missing), ==, 2);
  first = json_array_get_object_element (missing, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "ref"), ==, "9.9");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "cited_by")), ==, 2);
  g_assert_cmpint (g_remove (copy), ==, 0);
}

static void
test_scorecard_errors (void)
{
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (NULL, &err, "scorecard", plan_path, "--period", "Dec 99", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Dec 99"));
  g_assert_cmpint (run_cli (NULL, NULL, "scorecard", NULL), ==, 2);
  g_assert_cmpint (run_cli (NULL, NULL, "scorecard", "/nonexistent.sendplan", NULL), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("st-cli-chart-XXXXXX", NULL);
  plan_path = g_build_filename (tmp_dir, "example.sendplan", NULL);
  g_assert_cmpint (run_cli (NULL, NULL, "new", plan_path, "--example", NULL), ==, 0);

  g_test_add_func ("/cli/chart/progress", test_chart_progress);
  g_test_add_func ("/cli/chart/errors", test_chart_errors);
  g_test_add_func ("/cli/chart/measure", test_chart_measure);
  g_test_add_func ("/cli/scorecard/json", test_scorecard_json);
  g_test_add_func ("/cli/scorecard/missing", test_scorecard_missing);
  g_test_add_func ("/cli/scorecard/errors", test_scorecard_errors);
  status = g_test_run ();

  g_remove (plan_path);
  g_rmdir (tmp_dir);
  g_free (plan_path);
  g_free (tmp_dir);
  return status;
}
