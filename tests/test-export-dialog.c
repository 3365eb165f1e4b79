/* test-export-dialog.c: the Export dialog and printing, under a display
 * (suite "display"). Set ST_SCREENSHOT_DIR to keep a PNG of the dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "st-export-dialog.h"
#include "st-export-dialog-private.h"
#include "st-pack-layout.h"
#include "st-print-operation.h"
#include "st-test-util.h"
#include "st-test-widgets.h"
#include "st-ui-resources.h"

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

  if (dir == NULL)
    return;
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node, NULL);
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

typedef struct
{
  gboolean  done;
  char     *path;
  char     *message;
} Finished;

static void
finished_cb (StExportDialog *dialog,
             const char     *path,
             const char     *message,
             Finished       *f)
{
  f->done = TRUE;
  f->path = g_strdup (path);
  f->message = g_strdup (message);
}

static void
wait_finished (Finished *f)
{
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!f->done && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (f->done);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d && g_dir_read_name (d))
    n++;
  return n;
}

/* The export's worker thread stops at a gate the test holds, so that the
 * test cancels at a known point of the write rather than racing it. */
typedef struct
{
  GMutex   gate;       /* held by the test until it has cancelled */
  GMutex   lock;
  GCond    cond;
  gboolean reached;    /* the worker is at the gate */
  gboolean written;    /* what the writer returned, at the "returned" gate */
} Gate;

static void
gate_wait_here (Gate *g)
{
  g_mutex_lock (&g->lock);
  g->reached = TRUE;
  g_cond_broadcast (&g->cond);
  g_mutex_unlock (&g->lock);
  g_mutex_lock (&g->gate);
  g_mutex_unlock (&g->gate);
}

static void
gate_progress_cb (double   fraction,
                  gpointer data)
{
  Gate *g = data;

  /* The first report: the write has begun, nothing is in place yet. */
  if (!g_atomic_int_get (&g->reached))
    gate_wait_here (g);
}

static void
gate_returned_cb (gboolean written,
                  gpointer data)
{
  Gate *g = data;

  g->written = written;
  gate_wait_here (g);
}

/* Holds the gate and sets the hooks; the next export stops at the gate. */
static void
gate_close (Gate    *g,
            gboolean at_progress,
            gboolean at_returned)
{
  g_mutex_lock (&g->gate);
  g->reached = FALSE;
  g->written = FALSE;
  st_export_dialog_hooks.progress = at_progress ? gate_progress_cb : NULL;
  st_export_dialog_hooks.returned = at_returned ? gate_returned_cb : NULL;
  st_export_dialog_hooks.data = g;
}

/* Waits (without running the main loop) until the worker is at the gate. */
static void
gate_wait_reached (Gate *g)
{
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  g_mutex_lock (&g->lock);
  while (!g->reached)
    if (!g_cond_wait_until (&g->cond, &g->lock, until))
      break;
  g_mutex_unlock (&g->lock);
  g_assert_true (g->reached);
}

/* Lets the worker go on. */
static void
gate_open (Gate *g)
{
  g_mutex_unlock (&g->gate);
}

static void
gate_clear_hooks (void)
{
  memset (&st_export_dialog_hooks, 0, sizeof st_export_dialog_hooks);
}

/* Exports to PATH and cancels: once the worker is at the gate after its
 * first progress report (AT_GATE), or at once, before it has done
 * anything. The dialog must then say that no file was written. */
static void
export_cancelled (StExportDialog *dialog,
                  Gate           *gate,
                  Finished       *f,
                  const char     *path,
                  gboolean        at_gate)
{
  f->done = FALSE;
  gate_close (gate, TRUE, FALSE);
  st_export_dialog_export_to (dialog, path);
  if (at_gate)
    gate_wait_reached (gate);
  st_export_dialog_cancel (dialog);
  gate_open (gate);
  wait_finished (f);
  gate_clear_hooks ();
  g_assert_null (f->path);
  g_assert_nonnull (f->message);
  g_assert_false (st_export_dialog_get_busy (dialog));
  g_assert_true (st_test_has_label (GTK_WIDGET (dialog), "Export cancelled: no file was written"));
  g_clear_pointer (&f->message, g_free);
}

static void
test_export (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  g_autofree char *dir = st_test_make_dir ();
  g_autofree char *pdf = g_build_filename (dir, "pack.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "pack.xlsx", NULL);
  g_autofree char *late = g_build_filename (dir, "late.xlsx", NULL);
  g_autofree char *checksum = NULL;
  g_autofree char *checksum_after = NULL;
  Gate gate = { 0 };
  StExportDialog *dialog = st_export_dialog_new (NULL, plan, st_plan_find_period (plan, "Jan 23"));
  Finished f = { 0 };
  g_autofree char *out = NULL;
  int status = 0;
  const char *argv[] = { "pdftotext", pdf, "-", NULL };

  g_signal_connect (dialog, "finished", G_CALLBACK (finished_cb), &f);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_frames (10);
  screenshot (GTK_WIDGET (dialog), "export-dialog.png");
  /* A shown dialog closes itself when the export is done; keep this one. */
  g_object_ref (dialog);
  gtk_widget_set_visible (GTK_WIDGET (dialog), FALSE);

  g_assert_cmpint (st_export_dialog_get_sections (dialog), ==, ST_PACK_ALL_SECTIONS);
  st_export_dialog_set_sections (dialog, ST_PACK_COVER | ST_PACK_SUMMARY | ST_PACK_AREAS);
  g_assert_cmpint (st_export_dialog_get_sections (dialog), ==, ST_PACK_COVER | ST_PACK_SUMMARY | ST_PACK_AREAS);
  g_assert_cmpint (st_export_dialog_get_format (dialog), ==, ST_EXPORT_PDF);

  /* PDF of Jan 23, the period the dialog was opened with */
  st_export_dialog_export_to (dialog, pdf);
  g_assert_true (st_export_dialog_get_busy (dialog));
  wait_finished (&f);
  g_assert_null (f.message);
  g_assert_cmpstr (f.path, ==, pdf);
  g_assert_false (st_export_dialog_get_busy (dialog));
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, NULL);
  g_assert_true (strstr (out, "Reporting period: Jan 23") != NULL);
  g_assert_true (strstr (out, "Quantitative summary") != NULL);
  g_assert_null (strstr (out, "Strategy and governance"));
  g_clear_pointer (&f.path, g_free);
  checksum = st_test_checksum (pdf);

  /* Cancelled while the workbook is being written (the worker stopped after
   * its first sheet): nothing written, no temporary file left. */
  st_export_dialog_set_format (dialog, ST_EXPORT_XLSX);
  st_export_dialog_set_sections (dialog, ST_PACK_ALL_SECTIONS);
  export_cancelled (dialog, &gate, &f, xlsx, TRUE);
  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* Cancelled at once, before the worker has done anything: the same. */
  export_cancelled (dialog, &gate, &f, xlsx, FALSE);
  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* Cancelled while the PDF it would replace is being laid out: the old
   * PDF stays as it was. */
  st_export_dialog_set_format (dialog, ST_EXPORT_PDF);
  export_cancelled (dialog, &gate, &f, pdf, TRUE);
  checksum_after = st_test_checksum (pdf);
  g_assert_cmpstr (checksum_after, ==, checksum);
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* Cancelled too late, once the workbook is in place (the worker has not
   * yet told the dialog): the file is there, and the dialog says so. */
  f.done = FALSE;
  st_export_dialog_set_format (dialog, ST_EXPORT_XLSX);
  gate_close (&gate, FALSE, TRUE);
  st_export_dialog_export_to (dialog, late);
  gate_wait_reached (&gate);
  g_assert_true (gate.written);
  g_assert_true (g_file_test (late, G_FILE_TEST_IS_REGULAR));
  st_export_dialog_cancel (dialog);
  gate_open (&gate);
  wait_finished (&f);
  gate_clear_hooks ();
  g_assert_null (f.message);
  g_assert_cmpstr (f.path, ==, late);
  g_assert_true (st_test_has_label (GTK_WIDGET (dialog), "Board pack saved as “late.xlsx”"));
  g_assert_true (g_file_test (late, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_files (dir), ==, 2);
  g_clear_pointer (&f.path, g_free);
  g_unlink (late);

  /* And then done */
  f.done = FALSE;
  st_export_dialog_export_to (dialog, xlsx);
  wait_finished (&f);
  g_assert_cmpstr (f.path, ==, xlsx);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_files (dir), ==, 2);
  g_free (f.path);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  g_mutex_clear (&gate.gate);
  g_mutex_clear (&gate.lock);
  g_cond_clear (&gate.cond);
}

/* Printing to a file through GtkPrintOperation gives the PDF's pages. */
static void
test_print (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  g_autoptr(StBoardPack) pack = st_board_pack_new (plan, st_plan_find_period (plan, "May 23"),
                                                   ST_PACK_ALL_SECTIONS, NULL);
  g_autoptr(StPackLayout) layout = st_pack_layout_new (pack, NULL, NULL, NULL, NULL);
  g_autoptr(StPrintOperation) operation = st_print_operation_new (pack);
  g_autofree char *dir = st_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *pages = NULL;
  GtkPrintOperationResult result;
  const char *argv[] = { "pdfinfo", path, NULL };

  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), FALSE);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_cmpuint (st_print_operation_get_n_pages (operation), ==, st_pack_layout_get_n_pages (layout));

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &info, NULL, NULL, &error);
  g_assert_no_error (error);
  pages = g_strdup_printf ("Pages:           %u\n", st_pack_layout_get_n_pages (layout));
  g_assert_true (strstr (info, pages) != NULL);
  g_assert_true (strstr (info, "841.89 x 595.") != NULL || strstr (info, "842 x 595") != NULL);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("GTK_A11Y", "none", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_resources_register (st_ui_get_resource ());
  g_test_add_func ("/export-dialog/export-and-cancel", test_export);
  g_test_add_func ("/export-dialog/print", test_print);
  return g_test_run ();
}
