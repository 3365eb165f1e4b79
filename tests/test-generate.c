/* test-generate.c: send-tracker-cli generate makes the plan asked for, the
 * same for the same arguments, and one that opens and checks clean.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>

#include "st-plan.h"
#include "st-summary.h"

static char *
run_cli (const char * const *args,
         int                *exit_status)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("ST_CLI"));
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_nonnull (argv->pdata[0]);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &wait_status, &error);
  g_assert_no_error (error);
  *exit_status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  if (*exit_status != 0)
    g_test_message ("stderr: %s", err);
  return g_steal_pointer (&out);
}

static void
generate (const char *path,
          const char *seed,
          const char *actions)
{
  const char *args[] = { "generate", path, "--areas", "5", "--actions", actions, "--measures", "30",
                         "--months", "36", "--periods", "7", "--seed", seed, NULL };
  int status;
  g_autofree char *out = run_cli (args, &status);

  g_assert_cmpint (status, ==, 0);
}

/* Every row of every table, in key order, as text */
static char *
dump (const char *path)
{
  g_autoptr(GString) s = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *tables = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
                                       -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2", sqlite3_column_text (tables, 0));
      sqlite3_stmt *rows = NULL;

      g_string_append_printf (s, "table %s\n", sqlite3_column_text (tables, 0));
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &rows, NULL), ==, SQLITE_OK);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int i = 0; i < sqlite3_column_count (rows); i++)
            g_string_append_printf (s, "%s|", sqlite3_column_type (rows, i) == SQLITE_NULL
                                              ? "NULL" : (const char *) sqlite3_column_text (rows, i));
          g_string_append_c (s, '\n');
        }
      sqlite3_finalize (rows);
    }
  sqlite3_finalize (tables);
  sqlite3_close (db);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static gint64
count (const char *path,
       const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_generate_deterministic (void)
{
  g_autofree char *dir = g_dir_make_tmp ("st-generate-XXXXXX", NULL);
  g_autofree char *a = g_build_filename (dir, "a.sendplan", NULL);
  g_autofree char *b = g_build_filename (dir, "b.sendplan", NULL);
  g_autofree char *c = g_build_filename (dir, "c.sendplan", NULL);
  g_autofree char *dump_a = NULL, *dump_b = NULL, *dump_c = NULL;

  generate (a, "42", "300");
  generate (b, "42", "300");
  generate (c, "43", "300");
  dump_a = dump (a);
  dump_b = dump (b);
  dump_c = dump (c);
  g_assert_cmpuint (strlen (dump_a), >, 10000);
  g_assert_cmpstr (dump_a, ==, dump_b);
  g_assert_cmpstr (dump_a, !=, dump_c);
  /* nothing from the clock */
  g_assert_cmpint (count (a, "SELECT count(*) FROM plan WHERE created = '2024-01-01T09:00:00Z'"), ==, 1);

  g_unlink (a);
  g_unlink (b);
  g_unlink (c);
  g_rmdir (dir);
}

static void
test_generate_contents (void)
{
  g_autofree char *dir = g_dir_make_tmp ("st-generate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.sendplan", NULL);
  g_autoptr(StPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(StSummary) summary = NULL;
  const StSummaryCounts *overall;
  const char *check[] = { "check", path, NULL };
  g_autofree char *out = NULL;
  int status;

  generate (path, "7", "1000");

  /* The counts asked for */
  g_assert_cmpint (count (path, "SELECT count(*) FROM area"), ==, 5);
  g_assert_cmpint (count (path, "SELECT count(*) FROM action"), ==, 1000);
  g_assert_cmpint (count (path, "SELECT count(*) FROM measure"), ==, 30);
  g_assert_cmpint (count (path, "SELECT count(*) FROM period"), ==, 7);
  g_assert_cmpint (count (path, "SELECT count(DISTINCT month) FROM measure_value"), ==, 36);

  /* Realistic: long texts, commentary, free-text targets, missing values,
   * scorecard references that exist and some that do not, every polarity and unit */
  g_assert_cmpint (count (path, "SELECT count(*) FROM action WHERE length(text) > 500"), >, 10);
  g_assert_cmpint (count (path, "SELECT count(*) FROM action WHERE length(text) < 150"), >, 100);
  g_assert_cmpint (count (path, "SELECT count(*) FROM rating WHERE commentary <> ''"), >, 1000);
  g_assert_cmpint (count (path, "SELECT count(*) FROM action WHERE target_month IS NULL AND target_text <> ''"), >, 10);
  g_assert_cmpint (count (path, "SELECT count(*) FROM measure_value"), <, 30 * 36);
  g_assert_cmpint (count (path, "SELECT count(DISTINCT polarity) FROM measure"), ==, 4);
  g_assert_cmpint (count (path, "SELECT count(DISTINCT unit) FROM measure"), ==, 3);
  g_assert_cmpint (count (path, "SELECT count(*) FROM action WHERE measure_refs LIKE '%99.99%' OR measure_refs LIKE '%Insight%'"), >, 0);
  g_assert_cmpint (count (path, "SELECT count(*) FROM action WHERE measure_refs LIKE '%1.1%'"), >, 0);
  g_assert_cmpint (count (path, "SELECT count(*) FROM board WHERE reports_to IS NOT NULL"), >, 0);
  g_assert_cmpint (count (path, "SELECT count(*) FROM outcome_item WHERE measure_ref <> ''"), >, 0);

  /* It opens, checks clean, and has every status and overdue actions */
  plan = st_plan_open (path, ST_PLAN_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  problems = st_plan_check_integrity (plan, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  summary = st_summary_new (plan, st_plan_get_latest_period (plan));
  overall = st_summary_get_overall (summary);
  g_assert_cmpuint (overall->n_actions, ==, 1000);
  for (guint i = 0; i < ST_N_STATUSES; i++)
    g_assert_cmpuint (overall->counts[i], >, 0);
  g_assert_cmpuint (overall->overdue, >, 0);
  g_clear_object (&plan);

  out = run_cli (check, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "ok"));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_generate_refuses (void)
{
  g_autofree char *dir = g_dir_make_tmp ("st-generate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.sendplan", NULL);
  g_autofree char *before = NULL, *after = NULL, *out = NULL;
  const char *again[] = { "generate", path, "--actions", "5", NULL };
  const char *bad[] = { "generate", path, "--areas", "0", NULL };
  int status;

  /* Never over an existing file, and bad counts are a usage error */
  generate (path, "1", "20");
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  out = run_cli (again, &status);
  g_assert_cmpint (status, ==, 1);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpmem (before, 20, after, 20);
  g_clear_pointer (&out, g_free);
  out = run_cli (bad, &status);
  g_assert_cmpint (status, ==, 2);

  /* Nothing left behind in the folder */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    guint n = 0;

    while ((name = g_dir_read_name (d)))
      n++;
    g_assert_cmpuint (n, ==, 1);
  }
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/generate/deterministic", test_generate_deterministic);
  g_test_add_func ("/generate/contents", test_generate_contents);
  g_test_add_func ("/generate/refuses", test_generate_refuses);
  return g_test_run ();
}
