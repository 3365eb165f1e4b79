/* test-kill.c: edits through send-tracker-cli killed with SIGKILL at random
 * moments, again and again. After every kill the plan must open, pass its
 * integrity check, hold every edit the tool reported as done, and hold each
 * edit whole or not at all: every edit changes two things (two actions'
 * ratings, or two fields of an action), and the file must match the state
 * before the edit or the state after it, never a mix.
 *
 * ST_KILL_ROUNDS (default 200) sets the number of kills; the test stops early
 * at ST_KILL_SECONDS (default 40) so that slow builds (sanitizers) stay
 * bounded. bench/kill-soak.sh runs a longer soak.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>

#include "st-plan.h"

#define N_TRACKED 12
#define PERIOD "May 23"

typedef struct
{
  char *status[N_TRACKED];
  char *comment[N_TRACKED];
  char *owner[N_TRACKED];
  char *target_text[N_TRACKED];
} State;

static char *refs[N_TRACKED];

static void
state_clear (State *s)
{
  for (guint i = 0; i < N_TRACKED; i++)
    {
      g_clear_pointer (&s->status[i], g_free);
      g_clear_pointer (&s->comment[i], g_free);
      g_clear_pointer (&s->owner[i], g_free);
      g_clear_pointer (&s->target_text[i], g_free);
    }
}

static void
state_copy (State       *to,
            const State *from)
{
  state_clear (to);
  for (guint i = 0; i < N_TRACKED; i++)
    {
      to->status[i] = g_strdup (from->status[i]);
      to->comment[i] = g_strdup (from->comment[i]);
      to->owner[i] = g_strdup (from->owner[i]);
      to->target_text[i] = g_strdup (from->target_text[i]);
    }
}

static gboolean
state_equal (const State *a,
             const State *b)
{
  for (guint i = 0; i < N_TRACKED; i++)
    if (g_strcmp0 (a->status[i], b->status[i]) != 0 || g_strcmp0 (a->comment[i], b->comment[i]) != 0 ||
        g_strcmp0 (a->owner[i], b->owner[i]) != 0 || g_strcmp0 (a->target_text[i], b->target_text[i]) != 0)
      return FALSE;
  return TRUE;
}

static char *
state_describe (const State *s)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < N_TRACKED; i++)
    g_string_append_printf (out, "%s=%s/%s/%s/%s ", refs[i], s->status[i], s->comment[i], s->owner[i],
                            s->target_text[i]);
  return g_string_free (out, FALSE);
}

/* Reads the tracked state through the store, as the app would; opening also
 * rolls back a hot journal left by a killed edit. */
static void
state_read (const char *path,
            State      *s,
            gboolean    check_integrity)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) plan = st_plan_open (path, ST_PLAN_OPEN_DEFAULT, &error);
  StPeriod *period;
  gint64 period_id;

  g_assert_no_error (error);
  g_assert_false (st_plan_get_read_only (plan));
  period = st_plan_find_period (plan, PERIOD);
  g_assert_nonnull (period);
  period_id = st_record_get_id (ST_RECORD (period));

  state_clear (s);
  for (guint i = 0; i < N_TRACKED; i++)
    {
      StAction *action = st_plan_find_action (plan, refs[i]);

      g_assert_nonnull (action);
      s->status[i] = g_strdup (st_status_to_code (st_action_get_status (action, period_id)));
      s->comment[i] = g_strdup (st_action_get_commentary (action, period_id));
      s->owner[i] = g_strdup (st_record_get_string (ST_RECORD (action), "owner"));
      s->target_text[i] = g_strdup (st_record_get_string (ST_RECORD (action), "target-text"));
    }

  if (check_integrity)
    {
      g_autoptr(GPtrArray) problems = st_plan_check_integrity (plan, &error);
      g_assert_no_error (error);
      if (problems->len > 0)
        g_error ("integrity check after a kill: %s", (char *) problems->pdata[0]);
    }
}

/* Builds edit number @k into @argv and applies it to @expected. */
static GPtrArray *
make_edit (const char *cli,
           const char *path,
           guint       k,
           State      *expected)
{
  static const char * const letters[] = { "B", "G", "A", "R", "N" };
  static const char * const codes[] = { "blue", "green", "amber", "red", "grey" };
  GPtrArray *argv = g_ptr_array_new_with_free_func (g_free);
  guint a = g_test_rand_int_range (0, N_TRACKED);
  guint b = (a + 1 + g_test_rand_int_range (0, N_TRACKED - 1)) % N_TRACKED;

  g_ptr_array_add (argv, g_strdup (cli));
  if (k % 3 != 2)
    {
      /* two actions rated together, one status and one commentary */
      guint s = g_test_rand_int_range (0, 5);
      g_autofree char *comment = g_strdup_printf ("edit %u: “commentary” for %s and %s", k, refs[a], refs[b]);

      g_ptr_array_add (argv, g_strdup ("rate"));
      g_ptr_array_add (argv, g_strdup (path));
      g_ptr_array_add (argv, g_strdup (refs[a]));
      g_ptr_array_add (argv, g_strdup (refs[b]));
      g_ptr_array_add (argv, g_strdup (letters[s]));
      g_ptr_array_add (argv, g_strdup ("--period"));
      g_ptr_array_add (argv, g_strdup (PERIOD));
      g_ptr_array_add (argv, g_strdup ("--comment"));
      g_ptr_array_add (argv, g_strdup (comment));
      for (guint i = 0; i < 2; i++)
        {
          guint t = i ? b : a;
          g_free (expected->status[t]);
          expected->status[t] = g_strdup (codes[s]);
          g_free (expected->comment[t]);
          expected->comment[t] = g_strdup (comment);
        }
    }
  else
    {
      /* two fields of one action */
      g_ptr_array_add (argv, g_strdup ("set"));
      g_ptr_array_add (argv, g_strdup (path));
      g_ptr_array_add (argv, g_strdup (refs[a]));
      g_ptr_array_add (argv, g_strdup ("owner"));
      g_ptr_array_add (argv, g_strdup_printf ("Owner of edit %u", k));
      g_ptr_array_add (argv, g_strdup ("target-text"));
      g_ptr_array_add (argv, g_strdup_printf ("Target of edit %u", k));
      g_free (expected->owner[a]);
      expected->owner[a] = g_strdup_printf ("Owner of edit %u", k);
      g_free (expected->target_text[a]);
      expected->target_text[a] = g_strdup_printf ("Target of edit %u", k);
    }
  g_ptr_array_add (argv, NULL);
  return argv;
}

static GPid
spawn (GPtrArray *argv)
{
  g_autoptr(GError) error = NULL;
  GPid pid = 0;

  /* g_spawn_async returns once exec succeeded, so a kill hits the tool itself. */
  g_spawn_async (NULL, (char **) argv->pdata, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  return pid;
}

static int
wait_child (GPid pid)
{
  int wstatus = 0;

  while (waitpid (pid, &wstatus, 0) < 0)
    g_assert_cmpint (errno, ==, EINTR);
  return wstatus;
}

static void
sleep_us (gint64 us)
{
  struct timespec ts = { us / G_USEC_PER_SEC, (us % G_USEC_PER_SEC) * 1000 };

  while (nanosleep (&ts, &ts) != 0 && errno == EINTR)
    ;
}

static int
run_cli (const char *cli,
         const char *command,
         const char *path)
{
  const char *argv[] = { cli, command, path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int wstatus = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, &err, &wstatus, &error);
  g_assert_no_error (error);
  if (!WIFEXITED (wstatus) || WEXITSTATUS (wstatus) != 0)
    g_printerr ("%s %s failed: %s", command, path, err);
  return wstatus;
}

static void
test_kill_loop (void)
{
  const char *cli = g_getenv ("ST_CLI");
  const char *rounds_env = g_getenv ("ST_KILL_ROUNDS");
  const char *seconds_env = g_getenv ("ST_KILL_SECONDS");
  guint want_kills = rounds_env ? (guint) g_ascii_strtoull (rounds_env, NULL, 10) : 200;
  gint64 limit_us = (seconds_env ? (gint64) g_ascii_strtoull (seconds_env, NULL, 10) : 40) * G_USEC_PER_SEC;
  g_autofree char *dir = g_dir_make_tmp ("st-kill-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.sendplan", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  State expected = { 0 }, after = { 0 }, actual = { 0 };
  guint kills = 0, done = 0, lost = 0, applied_unreported = 0, hot_journals = 0, rounds = 0;
  gint64 start, runtime_us = 0;

  g_assert_nonnull (cli);
  g_assert_nonnull (dir);

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(StPlan) plan = st_plan_create_example (path, &error);
    GListModel *areas;
    guint n = 0;

    g_assert_no_error (error);
    areas = st_plan_get_areas (plan);
    /* Actions spread over the plan: the first of each sub-action. */
    for (guint a = 0; a < g_list_model_get_n_items (areas) && n < N_TRACKED; a++)
      {
        g_autoptr(StRecord) area = g_list_model_get_item (areas, a);
        GListModel *subs = st_record_get_children (area);

        for (guint s = 0; s < g_list_model_get_n_items (subs) && n < N_TRACKED; s++)
          {
            g_autoptr(StRecord) sub = g_list_model_get_item (subs, s);
            g_autoptr(StAction) action = g_list_model_get_item (st_record_get_children (sub), 0);

            if (action != NULL)
              refs[n++] = g_strdup (st_action_get_ref (action));
          }
      }
    g_assert_cmpuint (n, ==, N_TRACKED);
  }
  state_read (path, &expected, TRUE);

  /* How long one edit takes when left alone (the median of 7): the kill window. */
  {
    gint64 times[7];

    for (guint k = 1; k <= G_N_ELEMENTS (times); k++)
      {
        g_autoptr(GPtrArray) argv = make_edit (cli, path, k, &expected);
        gint64 t0 = g_get_monotonic_time ();
        int wstatus = wait_child (spawn (argv));

        times[k - 1] = g_get_monotonic_time () - t0;
        g_assert_true (WIFEXITED (wstatus) && WEXITSTATUS (wstatus) == 0);
        done++;
      }
    for (guint i = 0; i < G_N_ELEMENTS (times); i++)
      for (guint j = i + 1; j < G_N_ELEMENTS (times); j++)
        if (times[j] < times[i])
          {
            gint64 t = times[i];
            times[i] = times[j];
            times[j] = t;
          }
    runtime_us = times[G_N_ELEMENTS (times) / 2];
  }
  state_read (path, &actual, TRUE);
  g_assert_true (state_equal (&actual, &expected));
  g_test_message ("one edit takes %" G_GINT64_FORMAT " us", runtime_us);

  start = g_get_monotonic_time ();
  for (guint k = 8; kills < want_kills && g_get_monotonic_time () - start < limit_us; k++)
    {
      g_autoptr(GPtrArray) argv = NULL;
      GPid pid;
      gint64 delay;
      int wstatus;

      state_copy (&after, &expected);
      argv = make_edit (cli, path, k, &after);

      /* Half the kills anywhere in the run, half in its last part, where
       * the transaction writes the journal and the file. */
      if (g_test_rand_bit ())
        delay = g_test_rand_int_range (0, (int) (runtime_us * 6 / 5) + 1);
      else
        delay = runtime_us / 2 + g_test_rand_int_range (0, (int) (runtime_us * 7 / 10) + 1);

      pid = spawn (argv);
      sleep_us (delay);
      kill (pid, SIGKILL);
      wstatus = wait_child (pid);
      rounds++;

      /* The machine's load changes: keep the window where the edit runs. */
      if (WIFSIGNALED (wstatus))
        runtime_us += runtime_us / 50;
      else
        runtime_us -= runtime_us / 10;
      runtime_us = MAX (runtime_us, 1000);

      if (WIFSIGNALED (wstatus))
        {
          g_assert_cmpint (WTERMSIG (wstatus), ==, SIGKILL);
          kills++;
          if (g_file_test (journal, G_FILE_TEST_EXISTS))
            hot_journals++;
        }
      else
        {
          g_assert_true (WIFEXITED (wstatus));
          g_assert_cmpint (WEXITSTATUS (wstatus), ==, 0);
          done++;
        }

      /* Every tenth round, a read-only command must cope with what the kill left. */
      if (rounds % 10 == 0)
        {
          int rc = run_cli (cli, "check", path);
          g_assert_true (WIFEXITED (rc) && WEXITSTATUS (rc) == 0);
        }

      state_read (path, &actual, rounds % 20 == 0);
      if (state_equal (&actual, &after))
        {
          if (WIFSIGNALED (wstatus))
            applied_unreported++;
          state_copy (&expected, &after);
        }
      else if (state_equal (&actual, &expected))
        {
          if (!WIFSIGNALED (wstatus))
            g_error ("edit %u was reported done but is not in the file", k);
          lost++;
        }
      else
        {
          g_autofree char *want = state_describe (&after);
          g_autofree char *before = state_describe (&expected);
          g_autofree char *got = state_describe (&actual);
          g_error ("edit %u is half-applied:\nbefore: %s\nafter:  %s\nfile:   %s", k, before, want, got);
        }
    }

  /* A last edit, left to finish, works and leaves no journal behind (a kill
   * can leave an empty, harmless one). */
  {
    g_autoptr(GPtrArray) argv = make_edit (cli, path, 0, &expected);
    int wstatus = wait_child (spawn (argv));

    g_assert_true (WIFEXITED (wstatus) && WEXITSTATUS (wstatus) == 0);
    done++;
  }
  state_read (path, &actual, TRUE);
  g_assert_true (state_equal (&actual, &expected));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));

  g_test_message ("%u rounds: %u kills (%u left a journal to roll back), %u edits reported done and "
                  "verified present, %u killed edits not applied, %u killed edits applied whole",
                  rounds, kills, hot_journals, done, lost, applied_unreported);
  g_print ("# kills=%u edits_done_verified=%u killed_lost=%u killed_applied=%u hot_journals=%u\n",
           kills, done, lost, applied_unreported, hot_journals);
  /* The loop must have run for real, even on a slow (sanitizer) build. */
  g_assert_cmpuint (kills, >=, MIN (want_kills, 20));
  g_assert_cmpuint (lost + applied_unreported, ==, kills);

  state_clear (&expected);
  state_clear (&after);
  state_clear (&actual);
  for (guint i = 0; i < N_TRACKED; i++)
    g_clear_pointer (&refs[i], g_free);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kill/edit-stream", test_kill_loop);
  return g_test_run ();
}
