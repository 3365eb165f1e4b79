/* st-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "st-test-util.h"

static GPtrArray *dirs;

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_chmod (child, 0700);
      remove_tree (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

static void
cleanup (void)
{
  for (guint i = 0; dirs && i < dirs->len; i++)
    {
      g_chmod (dirs->pdata[i], 0700);
      remove_tree (dirs->pdata[i]);
    }
}

char *
st_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("send-tracker-test-XXXXXX", &error);

  g_assert_no_error (error);
  if (dirs == NULL)
    {
      dirs = g_ptr_array_new_with_free_func (g_free);
      atexit (cleanup);
    }
  g_ptr_array_add (dirs, g_strdup (dir));
  return dir;
}

StPlan *
st_test_example_plan (char **path_out)
{
  g_autofree char *dir = st_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "example.sendplan", NULL);
  g_autoptr(GError) error = NULL;
  StPlan *plan = st_plan_create_example (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  if (path_out)
    *path_out = g_steal_pointer (&path);
  return plan;
}

char *
st_test_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len;

  if (!g_file_get_contents (path, &contents, &len, NULL))
    return NULL;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

StAction *
st_test_action (StPlan     *plan,
                const char *ref)
{
  StAction *action = st_plan_find_action (plan, ref);

  g_assert_nonnull (action);
  return action;
}

void
st_test_run_unprivileged (const char *path,
                          void      (*func) (const char *path))
{
  g_autofree char *dir = g_path_get_dirname (path);
  int status = 0;
  pid_t pid;

  if (geteuid () != 0)
    {
      func (path);
      return;
    }

  /* nobody must be able to reach the file, and not to write its folder */
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      if (setgid (65534) != 0 || setuid (65534) != 0)
        _exit (77);
      func (path);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_chmod (dir, 0700);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

void
st_test_locker_start (StTestLocker *locker,
                      const char   *path)
{
  const char *argv[] = { "sqlite3", path, NULL };
  g_autoptr(GError) error = NULL;
  const char *sql = "BEGIN EXCLUSIVE;\nSELECT 'locked';\n";
  char buf[16] = { 0 };
  int out = -1;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD,
                            NULL, NULL, &locker->pid, &locker->in, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (write (locker->in, sql, strlen (sql)), ==, (gssize) strlen (sql));
  /* Wait until the lock is held. */
  g_assert_cmpint (read (out, buf, 6), ==, 6);
  g_assert_cmpstr (buf, ==, "locked");
  close (out);
}

void
st_test_locker_stop (StTestLocker *locker)
{
  int wstatus = 0;

  close (locker->in);   /* sqlite3 ends, and the transaction with it */
  waitpid (locker->pid, &wstatus, 0);
  g_spawn_close_pid (locker->pid);
}
