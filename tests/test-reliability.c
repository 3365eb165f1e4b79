/* test-reliability.c: the store under faults and bad input: a program killed
 * mid-write, two programs on one plan, bad values, a file size limit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <math.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "st-plan.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) plan = NULL;

  f->dir = g_dir_make_tmp ("st-reliability-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "plan.sendplan", NULL);
  plan = st_plan_create_example (f->path, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_chmod (path, 0755);
  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);
        if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
          remove_tree (child);
        else
          g_unlink (child);
      }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static char *
checksum_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("(none)");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
assert_sound (StPlan *plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = st_plan_check_integrity (plan, &error);

  g_assert_no_error (error);
  if (problems->len > 0)
    g_error ("integrity: %s", (char *) problems->pdata[0]);
}

/* A writer killed mid-transaction ------------------------------------------- */

/* Leaves a hot journal: a child starts a transaction big enough to spill
 * into the file, then is killed with SIGKILL. */
static void
make_hot_journal (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  GStatBuf st;
  int wstatus = 0;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      sqlite3 *db = NULL;

      if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
          sqlite3_exec (db, "PRAGMA cache_size = 10; BEGIN; "
                            "UPDATE action SET text = hex(randomblob(3000)), owner = 'half';",
                        NULL, NULL, NULL) != SQLITE_OK)
        _exit (3);
      kill (getpid (), SIGKILL);
      _exit (4);
    }
  g_assert_cmpint (waitpid (pid, &wstatus, 0), ==, pid);
  g_assert_true (WIFSIGNALED (wstatus));
  g_assert_cmpint (g_stat (journal, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 0);
}

static void
test_hot_journal_read_only (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) plan = NULL;
  g_autofree char *journal = g_strconcat (f->path, "-journal", NULL);
  StAction *action;

  make_hot_journal (f->path);

  /* Opening read-only (as the summary, check and list commands do) recovers
   * the interrupted change rather than failing as "read-only". */
  plan = st_plan_open (f->path, ST_PLAN_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (st_plan_get_read_only (plan));
  action = st_plan_find_action (plan, "1.1.1");
  g_assert_nonnull (action);
  g_assert_cmpstr (st_record_get_string (ST_RECORD (action), "owner"), !=, "half");
  g_assert_cmpstr (st_action_get_text (action), ==, "Integrate EHCP and SEND into full CYPS framework");
  assert_sound (plan);
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

static void
test_hot_journal_read_write (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) plan = NULL;
  StAction *action;

  make_hot_journal (f->path);
  plan = st_plan_open (f->path, ST_PLAN_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  action = st_plan_find_action (plan, "1.1.1");
  g_assert_cmpstr (st_action_get_text (action), ==, "Integrate EHCP and SEND into full CYPS framework");
  assert_sound (plan);
}

/* A hot journal on a file nobody may write cannot be recovered: say so. */
static void
test_hot_journal_unwritable (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) plan = NULL;
  g_autofree char *before = NULL;

  make_hot_journal (f->path);
  g_chmod (f->path, 0444);
  g_chmod (f->dir, 0555);
  before = checksum_file (f->path);
  plan = st_plan_open (f->path, ST_PLAN_OPEN_DEFAULT, &error);
  g_assert_null (plan);
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "interrupted"));
  g_assert_cmpstr (checksum_file (f->path), ==, before);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/reliability/hot-journal/read-only", Fixture, NULL, fixture_set_up,
              test_hot_journal_read_only, fixture_tear_down);
  g_test_add ("/reliability/hot-journal/read-write", Fixture, NULL, fixture_set_up,
              test_hot_journal_read_write, fixture_tear_down);
  g_test_add ("/reliability/hot-journal/unwritable", Fixture, NULL, fixture_set_up,
              test_hot_journal_unwritable, fixture_tear_down);

  return g_test_run ();
}
