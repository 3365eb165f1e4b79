/* test-badcorpus-window.c: the bad-file corpus (tests/badfiles/make-corpus.sh)
 * opened in the window: each refused file shows a dialog that names it and
 * says what is wrong, in one line; a read-only plan opens read-only; no file
 * is changed. Runs under Xvfb (suite 'display').
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "st-test-util.h"
#include "st-ui-resources.h"
#include "st-window.h"

static const struct {
  const char *name;
  const char *words;   /* NULL: may open (damage in unused space only) */
} corpus[] = {
  { "missing.sendplan", "does not exist" },
  { "empty.sendplan", "empty" },
  { "random.sendplan", "not a SEND Tracker plan" },
  { "random-with-header.sendplan", "damaged" },
  { "text.sendplan", "not a SEND Tracker plan" },
  { "header-only.sendplan", "incomplete" },
  { "truncated.sendplan", "incomplete" },
  { "truncated-mid-page.sendplan", "incomplete" },
  { "flipped-headers.sendplan", "damaged" },
  { "flipped-middle.sendplan", "damaged" },
  { "flipped-schema.sendplan", "damaged" },
  { "other-program.sendplan", "another program" },
  { "missing-tables.sendplan", "damaged" },
  { "newer.sendplan", "newer version" },
  { "unfinished.sendplan", "unfinished" },
  { "folder.sendplan", "folder" },
};

static char *corpus_dir;

static void
spin (void)
{
  for (int i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

static void
assert_refused_with_dialog (StWindow   *window,
                            const char *name,
                            const char *words)
{
  g_autofree char *path = g_build_filename (corpus_dir, name, NULL);
  g_autofree char *before = st_test_checksum (path);
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;
  const char *body;

  g_assert_false (st_window_open (window, path));
  spin ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), name));
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (body);
  g_assert_null (strchr (body, '\n'));
  if (strstr (body, words) == NULL)
    g_error ("%s: the dialog says «%s», not “%s”", name, body, words);
  g_test_message ("%s: %s", name, body);
  g_assert_null (st_window_get_plan (window));

  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();
  after = st_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_corpus_dialogs (void)
{
  StWindow *window = st_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  spin ();
  for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
    assert_refused_with_dialog (window, corpus[i].name, corpus[i].words);
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

static void
test_corpus_read_only (void)
{
  g_autofree char *path = g_build_filename (corpus_dir, "read-only.sendplan", NULL);
  g_autofree char *before = st_test_checksum (path);
  g_autofree char *after = NULL;
  StWindow *window = st_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  spin ();
  g_assert_true (st_window_open (window, path));
  spin ();
  g_assert_null (find_message_dialog ());
  g_assert_true (st_plan_get_read_only (st_window_get_plan (window)));
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
  after = st_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

/* Another program holds the file for longer than the busy timeout. */
static void
test_corpus_locked (void)
{
  g_autofree char *path = g_build_filename (corpus_dir, "locked.sendplan", NULL);
  const char *argv[] = { "sqlite3", path, NULL };
  const char *sql = "BEGIN EXCLUSIVE;\nSELECT 'locked';\n";
  g_autoptr(GError) error = NULL;
  char buf[8] = { 0 };
  int in = -1, out = -1, wstatus = 0;
  GPid pid;
  StWindow *window;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD,
                            NULL, NULL, &pid, &in, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (write (in, sql, strlen (sql)), ==, (gssize) strlen (sql));
  g_assert_cmpint (read (out, buf, 6), ==, 6);

  window = st_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  spin ();
  assert_refused_with_dialog (window, "locked.sendplan", "in use by another program");
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();

  close (in);
  close (out);
  waitpid (pid, &wstatus, 0);
  g_spawn_close_pid (pid);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *script = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int wstatus = 0, status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_resources_register (st_ui_get_resource ());

  corpus_dir = st_test_make_dir ();
  script = g_test_build_filename (G_TEST_DIST, "badfiles", "make-corpus.sh", NULL);
  {
    const char *cmd[] = { "sh", script, corpus_dir, g_getenv ("ST_CLI"), NULL };
    g_spawn_sync (NULL, (char **) cmd, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, &err, &wstatus, &error);
    g_assert_no_error (error);
    if (!g_spawn_check_wait_status (wstatus, NULL))
      g_error ("make-corpus.sh failed: %s", err);
  }

  g_test_add_func ("/badcorpus-window/dialogs", test_corpus_dialogs);
  g_test_add_func ("/badcorpus-window/read-only", test_corpus_read_only);
  g_test_add_func ("/badcorpus-window/locked", test_corpus_locked);
  status = g_test_run ();

  {
    g_autofree char *ro = g_build_filename (corpus_dir, "read-only.sendplan", NULL);
    g_chmod (ro, 0644);
  }
  return status;
}
