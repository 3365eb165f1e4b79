/* test-badcorpus.c: the corpus of bad plan files (tests/badfiles/make-corpus.sh)
 * against send-tracker-cli and the store. For each file every command exits 1
 * with one line naming the file and the problem, nothing crashes, and the file
 * is byte-for-byte unchanged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "st-plan.h"
#include "st-test-util.h"

typedef enum
{
  FAILS,      /* every command fails */
  MAY_OPEN,   /* damage may be in unused space: opens and passes its check, or fails as damaged */
  READ_ONLY,  /* reads work, edits fail */
} Outcome;

static const struct {
  const char *name;
  Outcome     outcome;
  const char *words;   /* in the message */
  StPlanError code;
} corpus[] = {
  { "missing.sendplan", FAILS, "does not exist", ST_PLAN_ERROR_NOT_FOUND },
  { "empty.sendplan", FAILS, "empty", ST_PLAN_ERROR_EMPTY },
  { "random.sendplan", FAILS, "not a SEND Tracker plan", ST_PLAN_ERROR_NOT_DATABASE },
  { "random-with-header.sendplan", FAILS, "damaged", ST_PLAN_ERROR_CORRUPT },
  { "text.sendplan", FAILS, "not a SEND Tracker plan", ST_PLAN_ERROR_NOT_DATABASE },
  { "header-only.sendplan", FAILS, "incomplete", ST_PLAN_ERROR_CORRUPT },
  { "truncated.sendplan", FAILS, "incomplete", ST_PLAN_ERROR_CORRUPT },
  { "truncated-mid-page.sendplan", FAILS, "incomplete", ST_PLAN_ERROR_CORRUPT },
  { "flipped-headers.sendplan", MAY_OPEN, "damaged", ST_PLAN_ERROR_CORRUPT },
  { "flipped-middle.sendplan", MAY_OPEN, "damaged", ST_PLAN_ERROR_CORRUPT },
  { "flipped-schema.sendplan", MAY_OPEN, "damaged", ST_PLAN_ERROR_CORRUPT },
  { "flipped-free-space.sendplan", MAY_OPEN, "damaged", ST_PLAN_ERROR_CORRUPT },
  { "other-program.sendplan", FAILS, "another program", ST_PLAN_ERROR_NOT_A_PLAN },
  { "missing-tables.sendplan", FAILS, "damaged", ST_PLAN_ERROR_CORRUPT },
  { "newer.sendplan", FAILS, "newer version", ST_PLAN_ERROR_TOO_NEW },
  { "unfinished.sendplan", FAILS, "unfinished", ST_PLAN_ERROR_CORRUPT },
  { "read-only.sendplan", READ_ONLY, "read-only", ST_PLAN_ERROR_READ_ONLY },
  { "folder.sendplan", FAILS, "folder", ST_PLAN_ERROR_IS_DIRECTORY },
};

static char *corpus_dir;

static char *
checksum_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return g_strdup ("(folder)");
  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("(none)");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* Runs the CLI with @args; returns its exit status (-1 if it did not exit normally). */
static int
run_cli_argv (GPtrArray  *args,
              char      **err)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int wstatus = 0;

  g_ptr_array_insert (args, 0, (char *) g_getenv ("ST_CLI"));
  g_ptr_array_add (args, NULL);
  g_spawn_sync (corpus_dir, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, err,
                &wstatus, &error);
  g_assert_no_error (error);
  if (!WIFEXITED (wstatus))
    {
      g_test_message ("%s %s did not exit normally: %s", (char *) args->pdata[1], (char *) args->pdata[2], *err);
      return -1;
    }
  return WEXITSTATUS (wstatus);
}

static int
run_cli (char **err,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  va_start (ap, err);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  return run_cli_argv (args, err);
}

/* One line, "send-tracker-cli: …", naming @name and saying @words. */
static void
assert_one_line (const char *err,
                 const char *name,
                 const char *words)
{
  g_assert_nonnull (err);
  if (!g_str_has_prefix (err, "send-tracker-cli: ") || !g_str_has_suffix (err, "\n") ||
      strchr (err, '\n') != err + strlen (err) - 1 || strstr (err, name) == NULL ||
      (words != NULL && strstr (err, words) == NULL))
    g_error ("for %s, expected one line naming the file and saying “%s”, got: «%s»", name, words, err);
}

static const char * const read_commands[][4] = {
  { "check", NULL },
  { "list", NULL },
  { "summary", NULL },
  { "summary", "--json", NULL },
};

static const char * const write_commands[][8] = {
  { "set", "1.1.1", "owner", "Someone else", NULL },
  { "rate", "1.1.1", "G", "--period", "May 23", "--comment", "Checked", NULL },
};

/* command FILE args… */
static int
run_command (const char * const *command,
             const char         *file,
             char              **err)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  g_ptr_array_add (args, (char *) command[0]);
  g_ptr_array_add (args, (char *) file);
  for (guint i = 1; command[i] != NULL; i++)
    g_ptr_array_add (args, (char *) command[i]);
  return run_cli_argv (args, err);
}

static void
test_corpus_cli (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
    {
      g_autofree char *path = g_build_filename (corpus_dir, corpus[i].name, NULL);
      g_autofree char *before = checksum_file (path);
      gboolean opened = FALSE;

      for (guint c = 0; c < G_N_ELEMENTS (read_commands); c++)
        {
          g_autofree char *err = NULL;
          int rc = run_command (read_commands[c], corpus[i].name, &err);

          g_assert_cmpint (rc, >=, 0);   /* no crash */
          if (corpus[i].outcome == READ_ONLY || (corpus[i].outcome == MAY_OPEN && rc == 0))
            {
              /* It opened: then it must be sound throughout. */
              g_assert_cmpint (rc, ==, 0);
              g_assert_cmpstr (err, ==, "");
              opened = TRUE;
            }
          else
            {
              g_assert_cmpint (rc, ==, 1);
              assert_one_line (err, corpus[i].name, corpus[i].words);
              /* A damaged file fails the same way for every command. */
              g_assert_false (opened);
            }
        }

      /* Edits: refused, and the file left alone. A damaged file that still
       * opens is edited on a copy elsewhere (below), not here. */
      if (!(corpus[i].outcome == MAY_OPEN && opened))
        for (guint c = 0; c < G_N_ELEMENTS (write_commands); c++)
          {
            g_autofree char *err = NULL;
            int rc = run_command (write_commands[c], corpus[i].name, &err);

            g_assert_cmpint (rc, ==, 1);
            assert_one_line (err, corpus[i].name, corpus[i].words);
          }

      {
        g_autofree char *after = checksum_file (path);
        g_assert_cmpstr (before, ==, after);
      }
      g_assert_false (g_file_test (corpus[i].name, G_FILE_TEST_EXISTS) && corpus[i].code == ST_PLAN_ERROR_NOT_FOUND);
      {
        g_autofree char *journal = g_strconcat (path, "-journal", NULL);
        g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
      }
      g_test_message ("%s: %s", corpus[i].name,
                      corpus[i].outcome == READ_ONLY ? "opens read-only, edits refused"
                      : opened ? "opens (damage in unused space)" : "refused");
    }
}

static void
test_corpus_store (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
    {
      g_autofree char *path = g_build_filename (corpus_dir, corpus[i].name, NULL);
      g_autofree char *before = checksum_file (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(StPlan) plan = st_plan_open (path, ST_PLAN_OPEN_DEFAULT, &error);

      if (plan == NULL)
        {
          g_assert_cmpint (corpus[i].outcome, !=, READ_ONLY);
          g_assert_error (error, ST_PLAN_ERROR, (int) corpus[i].code);
          g_assert_null (strchr (error->message, '\n'));
        }
      else if (corpus[i].outcome == READ_ONLY)
        {
          StAction *action = st_plan_find_action (plan, "1.1.1");

          g_assert_true (st_plan_get_read_only (plan));
          g_assert_false (st_plan_set_string (plan, ST_RECORD (action), "owner", "x", &error));
          g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_READ_ONLY);
          g_assert_cmpstr (st_record_get_string (ST_RECORD (action), "owner"), !=, "x");
        }
      else
        {
          /* Opened: only damage in unused space may do that, and the plan
           * must then be whole, pass its check, and take an edit. */
          g_autoptr(GPtrArray) problems = NULL;
          g_autofree char *copy = g_build_filename (corpus_dir, "edited-copy.sendplan", NULL);
          g_autoptr(StPlan) edited = NULL;

          g_assert_cmpint (corpus[i].outcome, ==, MAY_OPEN);
          problems = st_plan_check_integrity (plan, &error);
          g_assert_no_error (error);
          g_assert_cmpuint (problems->len, ==, 0);
          g_assert_cmpuint (g_list_model_get_n_items (st_plan_get_areas (plan)), ==, 4);

          g_assert_true (st_plan_save_copy (plan, copy, &error));
          g_assert_no_error (error);
          edited = st_plan_open (copy, ST_PLAN_OPEN_DEFAULT, &error);
          g_assert_no_error (error);
          g_assert_true (st_plan_set_string (edited, ST_RECORD (st_plan_find_action (edited, "1.1.1")),
                                             "owner", "Edited", &error));
          g_assert_no_error (error);
          g_clear_object (&edited);
          g_unlink (copy);
        }
      g_clear_object (&plan);
      {
        g_autofree char *after = checksum_file (path);
        g_assert_cmpstr (before, ==, after);
      }
    }
}

static void
test_corpus_locked (void)
{
  g_autofree char *path = g_build_filename (corpus_dir, "locked.sendplan", NULL);
  g_autofree char *before = checksum_file (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) plan = NULL;
  StTestLocker locker;

  st_test_locker_start (&locker, path);

  {
    g_autofree char *err = NULL;
    gint64 t0 = g_get_monotonic_time ();

    g_assert_cmpint (run_cli (&err, "check", "locked.sendplan", NULL), ==, 1);
    assert_one_line (err, "locked.sendplan", "in use by another program");
    /* It waited for the lock to go before giving up. */
    g_assert_cmpint (g_get_monotonic_time () - t0, >=, 2 * G_USEC_PER_SEC);
  }
  {
    g_autofree char *err = NULL;

    g_assert_cmpint (run_cli (&err, "rate", "locked.sendplan", "1.1.1", "R", NULL), ==, 1);
    assert_one_line (err, "locked.sendplan", "in use by another program");
  }

  plan = st_plan_open (path, ST_PLAN_OPEN_DEFAULT, &error);
  g_assert_null (plan);
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_LOCKED);

  st_test_locker_stop (&locker);
  {
    g_autofree char *after = checksum_file (path);
    g_assert_cmpstr (before, ==, after);
  }

  /* Once the other program lets go, all is well. */
  {
    g_autofree char *err = NULL;
    g_assert_cmpint (run_cli (&err, "check", "locked.sendplan", NULL), ==, 0);
  }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *script = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int wstatus = 0, status;

  g_test_init (&argc, &argv, NULL);

  corpus_dir = g_dir_make_tmp ("st-badfiles-XXXXXX", &error);
  g_assert_no_error (error);
  script = g_test_build_filename (G_TEST_DIST, "badfiles", "make-corpus.sh", NULL);
  {
    const char *cmd[] = { "sh", script, corpus_dir, g_getenv ("ST_CLI"), NULL };
    g_spawn_sync (NULL, (char **) cmd, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, &err, &wstatus, &error);
    g_assert_no_error (error);
    if (!g_spawn_check_wait_status (wstatus, NULL))
      g_error ("make-corpus.sh failed: %s", err);
  }

  g_test_add_func ("/badcorpus/cli", test_corpus_cli);
  g_test_add_func ("/badcorpus/store", test_corpus_store);
  g_test_add_func ("/badcorpus/locked", test_corpus_locked);
  status = g_test_run ();

  {
    const char *cmd[] = { "rm", "-rf", corpus_dir, NULL };
    g_autofree char *ro = g_build_filename (corpus_dir, "read-only.sendplan", NULL);
    g_chmod (ro, 0644);
    g_spawn_sync (NULL, (char **) cmd, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  g_free (corpus_dir);
  return status;
}
