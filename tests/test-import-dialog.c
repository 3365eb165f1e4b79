/* test-import-dialog.c: the Import dialog under a display (suite "display").
 *
 * Set ST_SCREENSHOT_DIR to keep a PNG of the dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "st-import-dialog.h"
#include "st-import.h"
#include "st-ui-resources.h"
#include "st-window.h"

static void
wait_frames (guint n)
{
  for (guint i = 0; i < n; i++)
    {
      gint64 until = g_get_monotonic_time () + 20 * 1000;
      while (g_get_monotonic_time () < until)
        g_main_context_iteration (NULL, FALSE);
    }
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  const char *dir = g_getenv ("ST_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;

  if (dir == NULL)
    return;
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, NULL);
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

static void
imported_cb (StImportDialog *dialog,
             const char     *summary,
             char          **out)
{
  *out = g_strdup (summary);
}

static void
test_dialog (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-import-dialog-XXXXXX", NULL);
  g_autofree char *csv = g_build_filename (dir, "tracker.csv", NULL);
  g_autofree char *plan_path = g_build_filename (dir, "p.sendplan", NULL);
  g_autofree char *summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) plan = NULL;
  StImportDialog *dialog;
  static const char text[] =
    "SEND improvement plan tracker\n"
    "Ref;Action;Target Date;Owner;Scorecard Ref;Evidence;RAG Jan 23;RAG May 23;Commentary May 23;Notes\n"
    "1;Identification and assessment;;;;;;;;\n"
    "1.1;Timely EHC needs assessments;;;;;;;;\n"
    "1.1.1;Review the local offer with parent carers;Jul-22;Head of SEND;1.1, Insight;Yes;G;Action complete;Published in March;\n"
    "1.1.2;Train SENCOs in the graduated approach;Julember 22;SEND Training Lead;2.1;No;Amber;A;;x\n"
    "1.1.3;Audit annual reviews;Ongoing;Principal EP;;;N;Purple;;\n"
    "1.2.1;Joint commissioning strategy;2023-03;Director of Commissioning;3.2;Yes;R;G;Agreed at board;\n";

  g_assert_true (g_file_set_contents (csv, text, -1, NULL));
  plan = st_plan_create (plan_path, "Test", &error);
  g_assert_no_error (error);

  dialog = st_import_dialog_new (NULL, plan);
  g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), &summary);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 1100, 1060);   /* all of it in the screenshot */
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (st_import_dialog_load_file (dialog, csv, &error));
  g_assert_no_error (error);
  wait_frames (10);
  screenshot (GTK_WIDGET (dialog), "import-dialog.png");

  g_assert_cmpuint (st_import_dialog_get_n_problems (dialog), ==, 2);
  /* the person maps "Notes" to the January commentary: one more problem,
   * commentary without a rating in row 7 (1.1.2 has Amber for Jan 23: none) */
  st_import_dialog_set_field (dialog, 9, "owner");
  wait_frames (2);
  g_assert_cmpuint (st_import_dialog_get_n_problems (dialog), ==, 2);
  st_import_dialog_set_field (dialog, 9, "ignore");

  g_assert_false (st_import_dialog_apply (dialog, FALSE, &error));
  g_assert_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_PROBLEMS);
  g_clear_error (&error);
  g_assert_null (st_plan_find_action (plan, "1.1.1"));

  g_assert_true (st_import_dialog_apply (dialog, TRUE, &error));
  g_assert_no_error (error);
  g_assert_nonnull (summary);
  g_assert_true (g_str_has_prefix (summary, "Imported 2 actions"));
  g_assert_nonnull (st_plan_find_action (plan, "1.2.1"));
  g_assert_null (st_plan_find_action (plan, "1.1.2"));
  g_assert_true (st_plan_can_undo (plan));

  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_frames (2);
  g_clear_object (&plan);
  g_unlink (plan_path);
  g_unlink (csv);
  g_rmdir (dir);
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) && g_str_equal (name, action))
        return TRUE;
      if (section && menu_has_action (section, action))
        return TRUE;
    }
  return FALSE;
}

/* The window offers Import… in its menu, only for a plan it can change. */
static void
test_window_action (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-import-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.sendplan", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) plan = st_plan_create_example (path, &error);
  g_autoptr(StPlan) read_only = NULL;
  StWindow *window;
  GAction *action;

  g_assert_no_error (error);
  window = st_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  action = g_action_map_lookup_action (G_ACTION_MAP (window), "import");
  g_assert_nonnull (action);
  g_assert_true (menu_has_action (G_MENU_MODEL (st_window_get_export_section (window)), "win.import"));
  g_assert_false (g_action_get_enabled (action));   /* no plan yet */

  st_window_set_plan (window, plan);
  wait_frames (2);
  g_assert_true (g_action_get_enabled (action));

  if (g_getenv ("ST_SCREENSHOT_DIR"))
    {
      /* what a person sees: the window, the dialog and its file chooser */
      g_autofree char *shot = g_build_filename (g_getenv ("ST_SCREENSHOT_DIR"), "import-window.png", NULL);
      const char *argv[] = { "import", "-window", "root", shot, NULL };

      g_action_activate (action, NULL);
      wait_frames (40);
      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
    }

  read_only = st_plan_open (path, ST_PLAN_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  st_window_set_plan (window, read_only);
  wait_frames (2);
  g_assert_false (g_action_get_enabled (action));

  gtk_window_destroy (GTK_WINDOW (window));
  wait_frames (2);
  g_clear_object (&plan);
  g_clear_object (&read_only);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  /* the accessibility bus would print its greeting into the TAP stream */
  g_setenv ("GTK_A11Y", "none", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_resources_register (st_ui_get_resource ());
  g_test_add_func ("/import-dialog/csv", test_dialog);
  g_test_add_func ("/import-dialog/window-action", test_window_action);
  return g_test_run ();
}
