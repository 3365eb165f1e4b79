/* test-cli-chart.c: send-tracker-cli chart and scorecard, run as a user would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

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
  status = g_test_run ();

  g_remove (plan_path);
  g_rmdir (tmp_dir);
  g_free (plan_path);
  g_free (tmp_dir);
  return status;
}
