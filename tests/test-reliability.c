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
#include "st-test-util.h"

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

static StRecord *
find_sub_action (StPlan     *plan,
                 const char *ref)
{
  GListModel *areas = st_plan_get_areas (plan);

  for (guint a = 0; a < g_list_model_get_n_items (areas); a++)
    {
      g_autoptr(StRecord) area = g_list_model_get_item (areas, a);
      GListModel *subs = st_record_get_children (area);

      for (guint s = 0; s < g_list_model_get_n_items (subs); s++)
        {
          g_autoptr(StRecord) sub = g_list_model_get_item (subs, s);
          if (g_strcmp0 (st_record_get_string (sub, "ref"), ref) == 0)
            return sub;
        }
    }
  return NULL;
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
  {
    g_autofree char *after = checksum_file (f->path);
    g_assert_cmpstr (after, ==, before);
  }
}


/* Bad values ------------------------------------------------------------------ */

/* A refused edit: ST_PLAN_ERROR_INVALID, a one-line message, the file untouched. */
#define assert_refused(f, call) G_STMT_START {                                  \
    g_autoptr(GError) _error = NULL;                                          \
    g_autofree char *_before = checksum_file ((f)->path);                     \
    g_autofree char *_after = NULL;                                           \
    GError **error = &_error;                                                 \
    g_assert_false (call);                                                    \
    g_assert_error (_error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID);            \
    g_assert_null (strchr (_error->message, '\n'));                           \
    g_assert_true (g_utf8_validate (_error->message, -1, NULL));              \
    _after = checksum_file ((f)->path);                                       \
    g_assert_cmpstr (_before, ==, _after);                                    \
  } G_STMT_END

static void
test_bad_values (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) err = NULL;
  g_autoptr(StPlan) plan = st_plan_open (f->path, ST_PLAN_OPEN_DEFAULT, &err);
  g_autoptr(StPlan) other = NULL;
  g_autofree char *other_path = g_build_filename (f->dir, "other.sendplan", NULL);
  StAction *action, *second;
  StRecord *sub, *measure;
  StPeriod *period;

  g_assert_no_error (err);
  action = st_plan_find_action (plan, "1.1.1");
  second = st_plan_find_action (plan, "1.1.2");
  sub = st_record_get_parent (ST_RECORD (action));
  period = st_plan_find_period (plan, "May 23");

  /* empty and duplicate references */
  assert_refused (f, st_plan_set_string (plan, ST_RECORD (action), "ref", "", error));
  assert_refused (f, st_plan_set_string (plan, ST_RECORD (action), "ref", "   ", error));
  assert_refused (f, st_plan_set_string (plan, ST_RECORD (action), "ref", NULL, error));
  assert_refused (f, st_plan_set_string (plan, ST_RECORD (second), "ref", "1.1.1", error));
  assert_refused (f, st_plan_set_string (plan, ST_RECORD (second), "ref", " 1.1.1 ", error));
  assert_refused (f, st_plan_set_string (plan, sub, "ref", "1.2", error));
  assert_refused (f, st_plan_insert (plan, ST_TYPE_ACTION, sub, -1, error, "ref", "", "text", "x", NULL) != NULL);
  assert_refused (f, st_plan_insert (plan, ST_TYPE_ACTION, sub, -1, error, "ref", "1.1.3", "text", "x", NULL) != NULL);
  assert_refused (f, st_plan_set_string (plan, ST_RECORD (action), "ref", "1.1.1\n2", error));
  g_assert_cmpstr (st_action_get_ref (second), ==, "1.1.2");

  /* target dates that are not dates */
  assert_refused (f, st_plan_set_string (plan, ST_RECORD (action), "target-month", "banana", error));
  assert_refused (f, st_plan_set_string (plan, ST_RECORD (action), "target-month", "2023-13", error));
  assert_refused (f, st_plan_set_string (plan, ST_RECORD (action), "target-month", "31/02/2023", error));
  assert_refused (f, st_plan_set_string (plan, ST_RECORD (action), "target-month", "Jul 1850", error));
  assert_refused (f, st_plan_set_string (plan, ST_RECORD (period), "end-date", "2023-02-30", error));
  assert_refused (f, st_plan_set_string (plan, ST_RECORD (period), "end-date", "May 2023", error));
  g_assert_cmpstr (st_record_get_string (ST_RECORD (action), "target-month"), ==, "2022-07");

  /* a rating for a period that is not in the plan: one of another plan */
  other = st_plan_create (other_path, "Other", &err);
  g_assert_no_error (err);
  {
    StPeriod *foreign = ST_PERIOD (st_plan_insert (other, ST_TYPE_PERIOD, NULL, -1, &err,
                                                   "label", "Sep 23", "end-date", "2023-09-30", NULL));
    g_assert_no_error (err);
    assert_refused (f, st_plan_set_rating (plan, action, foreign, ST_STATUS_RED, "x", error));
    assert_refused (f, st_plan_set_rating (plan, action, NULL, ST_STATUS_RED, "x", error));
  }
  assert_refused (f, st_plan_set_rating (plan, action, period, (StStatus) 17, "x", error));

  /* a percentage of 250 */
  measure = st_plan_insert (plan, ST_TYPE_MEASURE, NULL, -1, &err,
                            "ref", "M1", "title", "EHCPs issued within 20 weeks", "unit", "percent", NULL);
  g_assert_no_error (err);
  assert_refused (f, st_plan_set_measure_value (plan, ST_MEASURE (measure), st_month_make (2023, 5), 250, NULL, error));
  assert_refused (f, st_plan_set_measure_value (plan, ST_MEASURE (measure), st_month_make (2023, 5), -1, NULL, error));
  assert_refused (f, st_plan_set_measure_value (plan, ST_MEASURE (measure), st_month_make (2023, 5), INFINITY, NULL, error));
  assert_refused (f, st_plan_set_measure_value (plan, ST_MEASURE (measure), ST_MONTH_NONE, 50, NULL, error));
  assert_refused (f, st_plan_set_string (plan, measure, "unit", "percentage", error));
  assert_refused (f, st_plan_set_double (plan, measure, "tolerance", -5, error));
  g_assert_true (st_plan_set_measure_value (plan, ST_MEASURE (measure), st_month_make (2023, 5), 100, NULL, &err));
  g_assert_no_error (err);
  g_assert_cmpuint (st_measure_get_n_values (ST_MEASURE (measure)), ==, 1);

  /* invalid UTF-8 and control characters */
  assert_refused (f, st_plan_set_string (plan, ST_RECORD (action), "text", "Caf\xe9 au lait", error));
  assert_refused (f, st_plan_set_string (plan, ST_RECORD (action), "text", "\xc3\x28", error));
  assert_refused (f, st_plan_set_string (plan, ST_RECORD (action), "text", "over\xed\xa0\x80long", error));
  assert_refused (f, st_plan_set_string (plan, ST_RECORD (action), "owner", "bell\a", error));
  assert_refused (f, st_plan_set_string (plan, ST_RECORD (action), "owner", "esc\x1b[31m", error));
  assert_refused (f, st_plan_set_string (plan, ST_RECORD (action), "text", "del\x7f", error));
  assert_refused (f, st_plan_set_rating (plan, action, period, ST_STATUS_RED, "Caf\xe9", error));
  assert_refused (f, st_plan_set_rating (plan, action, period, ST_STATUS_RED, "nul\x01", error));
  assert_refused (f, st_plan_insert (plan, ST_TYPE_AREA, NULL, -1, error, "number", "9", "title", "\xff", NULL) != NULL);
  g_assert_cmpstr (st_action_get_text (action), ==, "Integrate EHCP and SEND into full CYPS framework");

  assert_sound (plan);
}

/* Values that are unusual but fine are stored and read back exactly. */
static void
test_odd_values_round_trip (Fixture       *f,
                            gconstpointer  data)
{
  static const char * const texts[] = {
    /* right-to-left: Arabic and Hebrew, and an explicit override */
    "خطة العمل للاحتياجات التعليمية الخاصة",
    "תוכנית פעולה",
    "Mixed English and العربية (RTL) text",
    "\xe2\x80\xaeoverride\xe2\x80\xac then normal",
    /* combining marks, emoji with joiners, a byte-order mark, non-characters */
    "Zoe\xcc\x88 and Zo\xc3\xab",
    "👩‍👩‍👧 families",
    "\xef\xbb\xbfstarts with a BOM",
    "tab\there",
    "'; DROP TABLE action; --",
    "%s %n %d {}",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) plan = st_plan_open (f->path, ST_PLAN_OPEN_DEFAULT, &error);
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *multiline = g_strdup ("line one\nline two\r\nline three");
  StPeriod *period;
  gint64 period_id;

  g_assert_no_error (error);
  period = st_plan_find_period (plan, "May 23");
  period_id = st_record_get_id (ST_RECORD (period));

  /* 100,000 characters, multi-byte ones included */
  for (guint n = 0; n < 100000; n += 14)   /* 14 characters a time */
    g_string_append (long_text, "Ünïcödé text, ");
  g_string_truncate (long_text, g_utf8_offset_to_pointer (long_text->str, 100000) - long_text->str);
  g_assert_cmpint (g_utf8_strlen (long_text->str, -1), ==, 100000);

  g_assert_true (st_plan_set_string (plan, ST_RECORD (st_plan_find_action (plan, "1.1.1")), "text",
                                     long_text->str, &error));
  g_assert_no_error (error);
  g_assert_true (st_plan_set_rating (plan, st_plan_find_action (plan, "1.1.2"), period, ST_STATUS_AMBER,
                                     long_text->str, &error));
  g_assert_no_error (error);
  g_assert_true (st_plan_set_string (plan, ST_RECORD (st_plan_find_action (plan, "1.1.3")), "text",
                                     multiline, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *ref = g_strdup_printf ("1.2.%u", i % 5 + 1);
      StAction *action = st_plan_find_action (plan, ref);

      g_assert_true (st_plan_set_string (plan, ST_RECORD (action), i < 5 ? "text" : "owner", texts[i], &error));
      g_assert_no_error (error);
      g_assert_true (st_plan_set_rating (plan, action, period, ST_STATUS_GREEN, texts[i], &error));
      g_assert_no_error (error);
    }
  /* a reference in right-to-left text */
  g_assert_true (st_plan_set_string (plan, ST_RECORD (st_plan_find_action (plan, "1.1.4")), "ref", "١.١.٤", &error));
  g_assert_no_error (error);
  g_clear_object (&plan);

  /* Read back from the file, through a fresh open. */
  plan = st_plan_open (f->path, ST_PLAN_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (st_action_get_text (st_plan_find_action (plan, "1.1.1")), ==, long_text->str);
  g_assert_cmpstr (st_action_get_commentary (st_plan_find_action (plan, "1.1.2"), period_id), ==, long_text->str);
  g_assert_cmpstr (st_action_get_text (st_plan_find_action (plan, "1.1.3")), ==, multiline);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *ref = g_strdup_printf ("1.2.%u", i % 5 + 1);
      StAction *action = st_plan_find_action (plan, ref);

      g_assert_cmpstr (st_record_get_string (ST_RECORD (action), i < 5 ? "text" : "owner"), ==, texts[i]);
    }
  g_assert_nonnull (st_plan_find_action (plan, "١.١.٤"));
  g_assert_null (st_plan_find_action (plan, "1.1.4"));
  assert_sound (plan);
}

/* Two programs on one plan ---------------------------------------------------------- */

static void
test_two_plans_no_lost_update (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) a = st_plan_open (f->path, ST_PLAN_OPEN_DEFAULT, &error);
  g_autoptr(StPlan) b = st_plan_open (f->path, ST_PLAN_OPEN_DEFAULT, &error);
  g_autoptr(StPlan) check = NULL;
  StPeriod *period_a, *period_b;
  gboolean reloaded = FALSE;

  g_assert_no_error (error);
  period_a = st_plan_find_period (a, "May 23");
  period_b = st_plan_find_period (b, "May 23");

  /* Interleaved edits, each on a model that has not seen the other's. */
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *owner = g_strdup_printf ("A %u", i);
      g_autofree char *comment = g_strdup_printf ("B %u", i);

      g_assert_true (st_plan_set_string (a, ST_RECORD (st_plan_find_action (a, "1.1.1")), "owner", owner, &error));
      g_assert_no_error (error);
      g_assert_true (st_plan_set_rating (b, st_plan_find_action (b, "1.1.1"), period_b, ST_STATUS_RED,
                                         comment, &error));
      g_assert_no_error (error);
      g_assert_true (st_plan_set_string (b, ST_RECORD (st_plan_find_action (b, "2.1.1")), "text", comment, &error));
      g_assert_no_error (error);
    }
  /* Both insert an action at the end of the same sub-action. */
  g_assert_nonnull (st_plan_insert (a, ST_TYPE_ACTION, st_record_get_parent (ST_RECORD (st_plan_find_action (a, "1.1.1"))),
                                    -1, &error, "ref", "1.1.90", "text", "From A", NULL));
  g_assert_no_error (error);
  g_assert_nonnull (st_plan_insert (b, ST_TYPE_ACTION, st_record_get_parent (ST_RECORD (st_plan_find_action (b, "1.1.1"))),
                                    -1, &error, "ref", "1.1.91", "text", "From B", NULL));
  g_assert_no_error (error);

  /* Each sees the other's changes. */
  g_assert_true (st_plan_check_for_changes (a, &reloaded, &error));
  g_assert_no_error (error);
  g_assert_true (reloaded);
  g_assert_cmpstr (st_action_get_commentary (st_plan_find_action (a, "1.1.1"), st_record_get_id (ST_RECORD (period_a))),
                   ==, "B 19");
  g_assert_cmpstr (st_action_get_text (st_plan_find_action (a, "2.1.1")), ==, "B 19");
  g_assert_nonnull (st_plan_find_action (a, "1.1.91"));
  g_assert_true (st_plan_check_for_changes (b, &reloaded, &error));
  g_assert_true (reloaded);
  g_assert_cmpstr (st_record_get_string (ST_RECORD (st_plan_find_action (b, "1.1.1")), "owner"), ==, "A 19");
  g_assert_nonnull (st_plan_find_action (b, "1.1.90"));
  /* Nothing new: no reload. */
  g_assert_true (st_plan_check_for_changes (b, &reloaded, &error));
  g_assert_false (reloaded);

  check = st_plan_open (f->path, ST_PLAN_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (st_record_get_string (ST_RECORD (st_plan_find_action (check, "1.1.1")), "owner"), ==, "A 19");
  g_assert_cmpuint (st_action_get_status (st_plan_find_action (check, "1.1.1"),
                                          st_record_get_id (ST_RECORD (st_plan_find_period (check, "May 23")))),
                    ==, ST_STATUS_RED);
  {
    /* Positions within the sub-action stay distinct. */
    GListModel *actions = st_record_get_children (st_record_get_parent (ST_RECORD (st_plan_find_action (check, "1.1.1"))));
    GHashTable *seen = g_hash_table_new (NULL, NULL);
    sqlite3 *db = st_plan_get_database (check);
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT position FROM action WHERE sub_action_id = "
                                             "(SELECT sub_action_id FROM action WHERE ref = '1.1.1')",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        int position = sqlite3_column_int (stmt, 0);
        g_assert_false (g_hash_table_contains (seen, GINT_TO_POINTER (position + 1)));
        g_hash_table_add (seen, GINT_TO_POINTER (position + 1));
      }
    sqlite3_finalize (stmt);
    g_assert_cmpuint (g_hash_table_size (seen), ==, g_list_model_get_n_items (actions));
    g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 10);
    g_hash_table_unref (seen);
  }
  assert_sound (check);
}

/* A brief lock by another program is waited out, not reported. */
static gpointer
locker_release_later (gpointer data)
{
  g_usleep (G_USEC_PER_SEC);
  st_test_locker_stop (data);
  return NULL;
}

static void
test_brief_lock_waited_out (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) plan = st_plan_open (f->path, ST_PLAN_OPEN_DEFAULT, &error);
  g_autoptr(StPlan) second = NULL;
  gboolean reloaded = FALSE;
  StTestLocker locker;
  GThread *thread;
  gint64 t0;

  g_assert_no_error (error);

  /* An edit */
  st_test_locker_start (&locker, f->path);
  thread = g_thread_new ("release", locker_release_later, &locker);
  t0 = g_get_monotonic_time ();
  g_assert_true (st_plan_set_string (plan, ST_RECORD (st_plan_find_action (plan, "1.1.1")), "owner", "Waited", &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_get_monotonic_time () - t0, >=, G_USEC_PER_SEC / 2);
  g_thread_join (thread);

  /* An open */
  st_test_locker_start (&locker, f->path);
  thread = g_thread_new ("release", locker_release_later, &locker);
  second = st_plan_open (f->path, ST_PLAN_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (st_record_get_string (ST_RECORD (st_plan_find_action (second, "1.1.1")), "owner"), ==, "Waited");
  g_thread_join (thread);

  /* A check for changes, and an undo */
  g_assert_true (st_plan_set_string (second, ST_RECORD (st_plan_find_action (second, "1.1.2")), "owner", "Second", &error));
  st_test_locker_start (&locker, f->path);
  thread = g_thread_new ("release", locker_release_later, &locker);
  g_assert_true (st_plan_check_for_changes (plan, &reloaded, &error));
  g_assert_no_error (error);
  g_assert_true (reloaded);
  g_assert_cmpstr (st_record_get_string (ST_RECORD (st_plan_find_action (plan, "1.1.2")), "owner"), ==, "Second");
  g_thread_join (thread);

  st_test_locker_start (&locker, f->path);
  thread = g_thread_new ("release", locker_release_later, &locker);
  g_assert_true (st_plan_undo (plan, &error));
  g_assert_no_error (error);
  g_thread_join (thread);
  g_assert_cmpstr (st_record_get_string (ST_RECORD (st_plan_find_action (plan, "1.1.1")), "owner"), !=, "Waited");
}

static int
run_cli (const char *first,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  int wstatus = 0;
  va_list ap;

  g_ptr_array_add (args, (char *) g_getenv ("ST_CLI"));
  va_start (ap, first);
  for (arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &wstatus, &error);
  g_assert_no_error (error);
  return WIFEXITED (wstatus) ? WEXITSTATUS (wstatus) : -1;
}

/* Undo of a row another program changed since is refused, not clobbered. */
static void
test_undo_conflict_with_cli (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) plan = st_plan_open (f->path, ST_PLAN_OPEN_DEFAULT, &error);
  g_autoptr(StPlan) check = NULL;
  StAction *action;
  StPeriod *period;

  g_assert_no_error (error);
  action = st_plan_find_action (plan, "1.1.1");
  period = st_plan_find_period (plan, "May 23");

  g_assert_true (st_plan_set_string (plan, ST_RECORD (action), "owner", "Mine", &error));
  g_assert_true (st_plan_set_rating (plan, action, period, ST_STATUS_AMBER, "Mine", &error));
  g_assert_no_error (error);

  /* The other program changes the same rating and the same field. */
  g_assert_cmpint (run_cli ("rate", f->path, "1.1.1", "R", "--period", "May 23", "--comment", "Theirs", NULL), ==, 0);
  g_assert_false (st_plan_undo (plan, &error));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_CONFLICT);
  g_clear_error (&error);
  /* The window shows the other program's change at once. */
  g_assert_cmpstr (st_action_get_commentary (action, st_record_get_id (ST_RECORD (period))), ==, "Theirs");

  /* The undo history was dropped: nothing of it can apply any more. */
  g_assert_false (st_plan_can_undo (plan));

  /* A fresh edit, changed by the other program, then undone: refused too. */
  g_assert_true (st_plan_set_string (plan, ST_RECORD (action), "owner", "Mine again", &error));
  g_assert_no_error (error);
  g_assert_cmpint (run_cli ("set", f->path, "1.1.1", "owner", "Theirs", NULL), ==, 0);
  g_assert_false (st_plan_undo (plan, &error));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpstr (st_record_get_string (ST_RECORD (action), "owner"), ==, "Theirs");

  check = st_plan_open (f->path, ST_PLAN_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (st_record_get_string (ST_RECORD (st_plan_find_action (check, "1.1.1")), "owner"), ==, "Theirs");
  g_assert_cmpstr (st_action_get_commentary (st_plan_find_action (check, "1.1.1"),
                                             st_record_get_id (ST_RECORD (st_plan_find_period (check, "May 23")))),
                   ==, "Theirs");
  assert_sound (check);
}

/* Undoing the insertion of a sub-action must not delete the actions another
 * program has added under it since (a cascade would do that silently). */
static void
test_undo_conflict_cascade (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) a = st_plan_open (f->path, ST_PLAN_OPEN_DEFAULT, &error);
  g_autoptr(StPlan) b = st_plan_open (f->path, ST_PLAN_OPEN_DEFAULT, &error);
  g_autoptr(StPlan) check = NULL;
  g_autoptr(StArea) area = NULL;
  StRecord *sub;
  gboolean reloaded;

  g_assert_no_error (error);
  area = g_list_model_get_item (st_plan_get_areas (a), 0);
  sub = st_plan_insert (a, ST_TYPE_SUB_ACTION, ST_RECORD (area), -1, &error, "ref", "1.9", "text", "New", NULL);
  g_assert_no_error (error);

  g_assert_true (st_plan_check_for_changes (b, &reloaded, &error));
  g_assert_true (reloaded);
  g_assert_nonnull (st_plan_insert (b, ST_TYPE_ACTION, find_sub_action (b, "1.9"), -1, &error,
                                    "ref", "1.9.1", "text", "Added by the other program", NULL));
  g_assert_no_error (error);
  (void) sub;

  g_assert_false (st_plan_undo (a, &error));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_CONFLICT);
  g_clear_error (&error);
  /* The window shows the other program's action. */
  g_assert_nonnull (st_plan_find_action (a, "1.9.1"));

  check = st_plan_open (f->path, ST_PLAN_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (st_plan_find_action (check, "1.9.1"));
  assert_sound (check);
}

/* Writing under a file size limit ------------------------------------------------ */

/* Runs st_plan_save_copy() in a child limited to @limit bytes per file
 * (ulimit -f), SIGXFSZ ignored as a shell would not; returns its message. */
static char *
save_copy_limited (const char *plan_path,
                   const char *dest,
                   rlim_t      limit,
                   gboolean   *ok)
{
  int fds[2];
  pid_t pid;
  int wstatus = 0;
  char buf[1024] = { 0 };
  gssize n, got = 0;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      struct rlimit rl = { limit, limit };
      GError *error = NULL;
      StPlan *plan;
      gboolean saved;

      close (fds[0]);
      signal (SIGXFSZ, SIG_IGN);
      if (setrlimit (RLIMIT_FSIZE, &rl) != 0)
        _exit (3);
      plan = st_plan_open (plan_path, ST_PLAN_OPEN_READ_ONLY, &error);
      if (plan == NULL)
        _exit (4);
      saved = st_plan_save_copy (plan, dest, &error);
      if (write (fds[1], saved ? "OK" : error->message, saved ? 2 : strlen (error->message)) < 0)
        _exit (5);
      g_clear_error (&error);
      g_object_unref (plan);
      _exit (saved ? 0 : 1);
    }
  close (fds[1]);
  while ((n = read (fds[0], buf + got, sizeof buf - 1 - got)) > 0)
    got += n;
  close (fds[0]);
  g_assert_cmpint (waitpid (pid, &wstatus, 0), ==, pid);
  g_assert_true (WIFEXITED (wstatus));
  g_assert_cmpint (WEXITSTATUS (wstatus), <=, 1);
  *ok = WEXITSTATUS (wstatus) == 0;
  return g_strdup (buf);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_save_copy_file_size_limit (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *dest = g_build_filename (f->dir, "board copy.sendplan", NULL);
  g_autofree char *previous = g_strdup ("The previous copy, which must survive.\n");
  g_autofree char *message = NULL;
  g_autofree char *contents = NULL;
  gboolean ok = TRUE;
  guint n_files;

  g_assert_true (g_file_set_contents (dest, previous, -1, NULL));
  n_files = count_files (f->dir);

  /* The plan is 128 KiB: a 32 KiB limit stops the copy part way. */
  message = save_copy_limited (f->path, dest, 32 * 1024, &ok);
  g_assert_false (ok);
  g_test_message ("save_copy under ulimit -f: %s", message);
  g_assert_nonnull (strstr (message, "board copy.sendplan"));
  g_assert_nonnull (strstr (message, "too large"));
  g_assert_null (strchr (message, '\n'));

  /* The previous file is untouched and no partial file is left. */
  g_assert_true (g_file_get_contents (dest, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, previous);
  g_assert_cmpuint (count_files (f->dir), ==, n_files);

  /* With room, the same copy works and opens. */
  g_free (message);
  message = save_copy_limited (f->path, dest, RLIM_INFINITY, &ok);
  g_assert_true (ok);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(StPlan) copy = st_plan_open (dest, ST_PLAN_OPEN_READ_ONLY, &error);
    g_assert_no_error (error);
    assert_sound (copy);
  }
  g_assert_cmpuint (count_files (f->dir), ==, n_files);
}

/* An edit that would grow the plan past the limit fails whole. */
static void
test_edit_file_size_limit (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *before = checksum_file (f->path);
  g_autofree char *after = NULL;
  g_autofree char *journal = g_strconcat (f->path, "-journal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) plan = NULL;
  GStatBuf st;
  int fds[2];
  char buf[1024] = { 0 };
  gssize n, got = 0;
  int wstatus = 0;
  pid_t pid;

  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      struct rlimit rl = { st.st_size, st.st_size };
      GError *child_error = NULL;
      GString *text = g_string_new (NULL);
      StPlan *child_plan;
      gboolean saved;

      close (fds[0]);
      signal (SIGXFSZ, SIG_IGN);
      if (setrlimit (RLIMIT_FSIZE, &rl) != 0)
        _exit (3);
      child_plan = st_plan_open (f->path, ST_PLAN_OPEN_DEFAULT, &child_error);
      if (child_plan == NULL)
        _exit (4);
      for (guint i = 0; i < 30000; i++)
        g_string_append (text, "Growing. ");
      saved = st_plan_set_string (child_plan, ST_RECORD (st_plan_find_action (child_plan, "1.1.1")), "text",
                                  text->str, &child_error);
      if (write (fds[1], saved ? "OK" : child_error->message, saved ? 2 : strlen (child_error->message)) < 0)
        _exit (5);
      g_clear_error (&child_error);
      g_string_free (text, TRUE);
      g_object_unref (child_plan);
      _exit (saved ? 0 : 1);
    }
  close (fds[1]);
  while ((n = read (fds[0], buf + got, sizeof buf - 1 - got)) > 0)
    got += n;
  close (fds[0]);
  g_assert_cmpint (waitpid (pid, &wstatus, 0), ==, pid);
  g_test_message ("edit under ulimit -f: %s", buf);
  g_assert_true (WIFEXITED (wstatus));
  g_assert_cmpint (WEXITSTATUS (wstatus), ==, 1);
  g_assert_nonnull (strstr (buf, "too large"));
  g_assert_null (strchr (buf, '\n'));

  after = checksum_file (f->path);
  g_assert_cmpstr (before, ==, after);
  plan = st_plan_open (f->path, ST_PLAN_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (st_action_get_text (st_plan_find_action (plan, "1.1.1")), ==,
                   "Integrate EHCP and SEND into full CYPS framework");
  assert_sound (plan);
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

/* Parsers given bytes that are not text (a command line, a damaged file):
 * found by the fuzz targets. */
static void
test_parsers_invalid_utf8 (void)
{
  g_autoptr(StAction) action = g_object_new (ST_TYPE_ACTION, "measure-refs", "1.1, \xff\xfe and 2.3", NULL);
  g_auto(GStrv) refs = st_action_dup_measure_refs (action);
  int month = 42;

  g_assert_false (st_month_parse ("\xff-22", &month));
  g_assert_cmpint (month, ==, ST_MONTH_NONE);
  g_assert_false (st_month_parse ("Jul\xc3-22", &month));
  g_assert_cmpint (st_status_parse ("\xff\xfe"), ==, ST_STATUS_NONE);
  g_assert_cmpint (st_status_parse ("Gr\xc3" "een"), ==, ST_STATUS_NONE);

  g_assert_nonnull (refs);
  g_assert_cmpuint (g_strv_length (refs), ==, 3);
  g_assert_cmpstr (refs[0], ==, "1.1");
  g_assert_true (g_utf8_validate (refs[1], -1, NULL));
  g_assert_cmpstr (refs[2], ==, "2.3");
}

/* send-tracker-cli export under a file size limit: a clear error, no partial
 * file, the previous file at that path untouched. */
static int
run_cli_limited (rlim_t   limit,
                 char   **err,
                 ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  int fds[2];
  GString *out = g_string_new (NULL);
  char buf[512];
  gssize n;
  int wstatus = 0;
  pid_t pid;
  va_list ap;

  g_ptr_array_add (args, (char *) g_getenv ("ST_CLI"));
  va_start (ap, err);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      struct rlimit rl = { limit, limit };

      close (fds[0]);
      dup2 (fds[1], STDERR_FILENO);
      signal (SIGXFSZ, SIG_IGN);
      if (setrlimit (RLIMIT_FSIZE, &rl) != 0)
        _exit (3);
      execv (args->pdata[0], (char **) args->pdata);
      _exit (127);
    }
  close (fds[1]);
  while ((n = read (fds[0], buf, sizeof buf)) > 0)
    g_string_append_len (out, buf, n);
  close (fds[0]);
  g_assert_cmpint (waitpid (pid, &wstatus, 0), ==, pid);
  *err = g_string_free (out, FALSE);
  return WIFEXITED (wstatus) ? WEXITSTATUS (wstatus) : -1;
}

static void
test_export_file_size_limit (Fixture       *f,
                             gconstpointer  data)
{
  static const char * const kinds[] = { "--pdf", "--xlsx" };
  g_autofree char *previous = g_strdup ("The previous board pack, which must survive.\n");

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *out = g_build_filename (f->dir, i == 0 ? "board pack.pdf" : "board pack.xlsx", NULL);
      g_autofree char *err = NULL;
      g_autofree char *contents = NULL;
      guint n_files;
      int rc;

      g_assert_true (g_file_set_contents (out, previous, -1, NULL));
      n_files = count_files (f->dir);

      rc = run_cli_limited (8 * 1024, &err, "export", f->path, "--period", "May 23", kinds[i], out, NULL);
      g_test_message ("export %s under ulimit -f: %d %s", kinds[i], rc, err);
      g_assert_cmpint (rc, ==, 1);
      /* The tool's own message is one line that names the file and says
       * why. (libxlsxwriter prints "[ERROR]…" lines of its own before it.) */
      {
        g_auto(GStrv) lines = g_strsplit (err, "\n", -1);
        guint n = g_strv_length (lines);
        const char *last;

        g_assert_cmpuint (n, >=, 2);
        g_assert_cmpstr (lines[n - 1], ==, "");
        last = lines[n - 2];
        g_assert_true (g_str_has_prefix (last, "send-tracker-cli: "));
        g_assert_nonnull (strstr (last, "board pack"));
        g_assert_nonnull (strstr (last, "too large"));
        for (guint l = 0; l + 2 < n; l++)
          g_assert_true (g_str_has_prefix (lines[l], "[ERROR]"));
      }

      g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, previous);
      g_assert_cmpuint (count_files (f->dir), ==, n_files);

      /* With room, it works. */
      g_clear_pointer (&err, g_free);
      rc = run_cli_limited (RLIM_INFINITY, &err, "export", f->path, "--period", "May 23", kinds[i], out, NULL);
      g_assert_cmpint (rc, ==, 0);
      g_clear_pointer (&contents, g_free);
      g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
      g_assert_cmpstr (contents, !=, previous);
      g_assert_cmpuint (count_files (f->dir), ==, n_files);
    }
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

  g_test_add ("/reliability/bad-values/refused", Fixture, NULL, fixture_set_up,
              test_bad_values, fixture_tear_down);
  g_test_add ("/reliability/bad-values/round-trip", Fixture, NULL, fixture_set_up,
              test_odd_values_round_trip, fixture_tear_down);
  g_test_add ("/reliability/two-programs/no-lost-update", Fixture, NULL, fixture_set_up,
              test_two_plans_no_lost_update, fixture_tear_down);
  g_test_add ("/reliability/two-programs/brief-lock", Fixture, NULL, fixture_set_up,
              test_brief_lock_waited_out, fixture_tear_down);
  g_test_add ("/reliability/two-programs/undo-conflict", Fixture, NULL, fixture_set_up,
              test_undo_conflict_with_cli, fixture_tear_down);
  g_test_add ("/reliability/two-programs/undo-conflict-cascade", Fixture, NULL, fixture_set_up,
              test_undo_conflict_cascade, fixture_tear_down);
  g_test_add ("/reliability/file-size-limit/save-copy", Fixture, NULL, fixture_set_up,
              test_save_copy_file_size_limit, fixture_tear_down);
  g_test_add ("/reliability/file-size-limit/edit", Fixture, NULL, fixture_set_up,
              test_edit_file_size_limit, fixture_tear_down);
  g_test_add ("/reliability/file-size-limit/export", Fixture, NULL, fixture_set_up,
              test_export_file_size_limit, fixture_tear_down);
  g_test_add_func ("/reliability/parsers/invalid-utf8", test_parsers_invalid_utf8);

  return g_test_run ();
}
