/* test-cli.c: send-tracker-cli's output and exit statuses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "st-test-util.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the CLI with a NULL-terminated argument list. */
static void
run_cli (Run *run,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("ST_CLI");
  const char *arg;
  int wait_status = 0;
  va_list args;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *) cli);
  va_start (args, run);
  while ((arg = va_arg (args, const char *)))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

static char *
new_example (void)
{
  g_autofree char *dir = st_test_make_dir ();
  char *path = g_build_filename (dir, "x.sendplan", NULL);
  g_auto(Run) run = { 0 };

  run_cli (&run, "new", path, "--example", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return path;
}

static void
test_summary_text (void)
{
  g_autofree char *path = new_example ();
  g_auto(Run) run = { 0 };

  run_cli (&run, "summary", path, "--period", "May 23", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Quantitative summary – May 23\n"));
  g_assert_true (g_regex_match_simple ("^  Action complete +52 +69\\.3%$", run.out, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^  Action on track +20 +26\\.7%$", run.out, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^  Action in progress with some concerns +1 +1\\.3%$", run.out, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Priority area 3: ", run.out, G_REGEX_MULTILINE, 0));
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_summary_json (void)
{
  static const guint counts[4][5] = {
    { 16, 5, 1, 0, 2 }, { 14, 10, 0, 0, 0 }, { 10, 3, 0, 0, 0 }, { 12, 2, 0, 0, 0 },
  };
  static const double percents[4][5] = {
    { 66.7, 20.8, 4.2, 0.0, 8.3 }, { 58.3, 41.7, 0, 0, 0 }, { 76.9, 23.1, 0, 0, 0 }, { 85.7, 14.3, 0, 0, 0 },
  };
  static const char * const codes[] = { "blue", "green", "amber", "red", "grey" };
  g_autofree char *path = new_example ();
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *overall;
  JsonArray *areas;

  /* the latest period is the default */
  run_cli (&run, "summary", path, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  g_assert_no_error (error);
  /* percentages print as they read: one decimal */
  g_assert_nonnull (strstr (run.out, "\"percent\" : 69.3"));
  g_assert_null (strstr (run.out, "99999"));

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "period"), ==, "May 23");
  overall = json_object_get_object_member (root, "overall");
  g_assert_cmpint (json_object_get_int_member (overall, "areas"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (overall, "sub_actions"), ==, 23);
  g_assert_cmpint (json_object_get_int_member (overall, "actions"), ==, 75);
  areas = json_object_get_array_member (root, "areas");
  g_assert_cmpuint (json_array_get_length (areas), ==, 4);
  for (guint a = 0; a < 4; a++)
    {
      JsonObject *area = json_array_get_object_element (areas, a);
      JsonArray *statuses = json_object_get_array_member (area, "statuses");

      g_assert_cmpint (json_object_get_int_member (area, "actions"), ==,
                       counts[a][0] + counts[a][1] + counts[a][2] + counts[a][3] + counts[a][4]);
      g_assert_nonnull (json_object_get_string_member (area, "title"));
      for (guint s = 0; s < 5; s++)
        {
          JsonObject *status = json_array_get_object_element (statuses, s);

          g_assert_cmpstr (json_object_get_string_member (status, "status"), ==, codes[s]);
          g_assert_cmpint (json_object_get_int_member (status, "count"), ==, counts[a][s]);
          g_assert_cmpfloat_with_epsilon (json_object_get_double_member (status, "percent"), percents[a][s], 1e-9);
        }
    }
}

static void
test_check_and_list (void)
{
  g_autofree char *path = new_example ();
  g_auto(Run) check = { 0 };
  g_auto(Run) list = { 0 };

  run_cli (&check, "check", path, NULL);
  g_assert_cmpint (check.status, ==, 0);
  g_assert_nonnull (strstr (check.out, "ok"));
  g_assert_nonnull (strstr (check.out, "75 actions"));

  run_cli (&list, "list", path, "--period", "Jan 23", NULL);
  g_assert_cmpint (list.status, ==, 0);
  {
    g_auto(GStrv) lines = g_strsplit (list.out, "\n", 2);
    g_assert_true (g_str_has_suffix (lines[0], "Jan 23"));
  }
  g_assert_true (g_regex_match_simple ("^    \\[[BGARN]\\] 1\\.1\\.1 Integrate EHCP and SEND into full CYPS framework  \\(Jul 2022\\)",
                                       list.out, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^    \\[.\\] 2\\.3\\.3 .*\\(Ongoing – July for 1st annual report\\)",
                                       list.out, G_REGEX_MULTILINE, 0));
  g_assert_cmpuint (count_lines (list.out), ==, 1 + 4 * 2 + 23 + 75);
}

static void
test_failures (void)
{
  g_autofree char *path = new_example ();
  g_autofree char *dir = st_test_make_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing.sendplan", NULL);
  g_autofree char *text = g_build_filename (dir, "notes.sendplan", NULL);
  g_auto(Run) run1 = { 0 };
  g_auto(Run) run2 = { 0 };
  g_auto(Run) run3 = { 0 };
  g_auto(Run) run4 = { 0 };

  run_cli (&run1, "summary", missing, NULL);
  g_assert_cmpint (run1.status, ==, 1);
  g_assert_cmpuint (count_lines (run1.err), ==, 1);
  g_assert_nonnull (strstr (run1.err, "missing.sendplan"));
  g_assert_nonnull (strstr (run1.err, "does not exist"));
  g_assert_cmpstr (run1.out, ==, "");

  g_assert_true (g_file_set_contents (text, "hello\n", -1, NULL));
  run_cli (&run2, "check", text, NULL);
  g_assert_cmpint (run2.status, ==, 1);
  g_assert_cmpuint (count_lines (run2.err), ==, 1);
  g_assert_nonnull (strstr (run2.err, "notes.sendplan"));
  g_assert_nonnull (strstr (run2.err, "not a SEND Tracker plan"));

  run_cli (&run3, "summary", path, "--period", "Sep 23", NULL);
  g_assert_cmpint (run3.status, ==, 1);
  g_assert_cmpuint (count_lines (run3.err), ==, 1);
  g_assert_nonnull (strstr (run3.err, "Sep 23"));
  g_assert_nonnull (strstr (run3.err, "Jan 23"));

  run_cli (&run4, "new", path, "--example", NULL);
  g_assert_cmpint (run4.status, ==, 1);
  g_assert_nonnull (strstr (run4.err, "already exists"));
}

static void
test_usage (void)
{
  g_autofree char *path = new_example ();
  const char *cases[][4] = {
    { NULL },
    { "frobnicate", NULL },
    { "summary", NULL },
    { "summary", path, "--bogus", NULL },
    { "summary", path, path, NULL },
    { "new", "y.sendplan", "--example", "--title" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_cli (&run, cases[i][0], cases[i][1], cases[i][2], cases[i][3], NULL);
      g_test_message ("case %u: %s", i, run.err);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.err, !=, "");
    }
  {
    g_auto(Run) run = { 0 };
    run_cli (&run, "--help", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "summary"));
  }
  {
    g_auto(Run) run = { 0 };
    run_cli (&run, "summary", "--help", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "--period"));
    g_assert_nonnull (strstr (run.out, "--json"));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/summary/text", test_summary_text);
  g_test_add_func ("/cli/summary/json", test_summary_json);
  g_test_add_func ("/cli/check-and-list", test_check_and_list);
  g_test_add_func ("/cli/failures", test_failures);
  g_test_add_func ("/cli/usage", test_usage);

  return g_test_run ();
}
