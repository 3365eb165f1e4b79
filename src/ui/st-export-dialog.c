/* st-export-dialog.c
 *
 * The pack is composed from the plan in the main thread (plain data, quick);
 * the file is written in a GTask thread that sees only that data, reports
 * progress through an atomic counter read by a timeout, and can be cancelled.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "st-export-dialog.h"
#include "st-export-dialog-private.h"
#include "st-print-operation.h"
#include "st-window.h"

typedef struct
{
  StBoardPack    *pack;
  char           *path;
  StExportFormat  format;
  int             permille;     /* atomic: progress of the worker */
} ExportJob;

struct _StExportDialog
{
  AdwWindow         parent_instance;

  StPlan           *plan;
  GCancellable     *cancellable;    /* set while exporting */
  ExportJob        *job;
  guint             progress_id;
  GtkSwitch        *section_switches[ST_PACK_N_SECTIONS];

  GtkButton        *cancel_button;
  GtkButton        *export_button;
  AdwPreferencesPage *page;
  AdwComboRow      *period_row;
  GtkStringList    *period_list;
  AdwComboRow      *format_row;
  AdwPreferencesGroup *sections_group;
  GtkSwitch        *per_area_switch;
  GtkRevealer      *progress_revealer;
  GtkLabel         *progress_label;
  GtkProgressBar   *progress_bar;
};

G_DEFINE_FINAL_TYPE (StExportDialog, st_export_dialog, ADW_TYPE_WINDOW)

enum { FINISHED, N_SIGNALS };
static guint signals[N_SIGNALS];

StExportDialogHooks st_export_dialog_hooks;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_pointer (&job->pack, st_board_pack_unref);
  g_free (job->path);
  g_free (job);
}

static StPeriod *
chosen_period (StExportDialog *self)
{
  guint index = adw_combo_row_get_selected (self->period_row);
  GListModel *periods = st_plan_get_periods (self->plan);

  if (index == GTK_INVALID_LIST_POSITION || index >= g_list_model_get_n_items (periods))
    return NULL;
  return g_list_model_get_item (periods, index);   /* full */
}

static void
sync_sensitive (StExportDialog *self)
{
  gboolean busy = self->cancellable != NULL;
  g_autoptr(StPeriod) period = chosen_period (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button),
                            !busy && period != NULL && st_export_dialog_get_sections (self) != 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->page), !busy);
}

/* Exporting ------------------------------------------------------------------ */

static void
job_progress_cb (double   fraction,
                 gpointer data)
{
  ExportJob *job = data;

  if (st_export_dialog_hooks.progress)
    st_export_dialog_hooks.progress (fraction, st_export_dialog_hooks.data);
  g_atomic_int_set (&job->permille, (int) (CLAMP (fraction, 0, 1) * 1000));
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (job->format == ST_EXPORT_XLSX)
    ok = st_board_pack_write_xlsx (job->pack, job->path, cancellable, job_progress_cb, job, &error);
  else
    ok = st_board_pack_write_pdf (job->pack, job->path, cancellable, job_progress_cb, job, &error);
  if (st_export_dialog_hooks.returned)
    st_export_dialog_hooks.returned (ok, st_export_dialog_hooks.data);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static gboolean
progress_timeout_cb (gpointer data)
{
  StExportDialog *self = data;

  if (self->job)
    gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&self->job->permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
show_error (StExportDialog *self,
            const char     *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Board Pack Was Not Exported"), message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  StExportDialog *self = ST_EXPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup (self->job ? self->job->path : NULL);
  g_autofree char *display = path ? g_filename_display_basename (path) : NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->cancellable);
  self->job = NULL;
  sync_sensitive (self);

  if (error == NULL)
    {
      g_autofree char *done = g_strdup_printf (_("Board pack saved as “%s”"), display);

      gtk_progress_bar_set_fraction (self->progress_bar, 1.0);
      gtk_label_set_text (self->progress_label, done);
      g_signal_emit (self, signals[FINISHED], 0, path, NULL);
      return;
    }
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    gtk_label_set_text (self->progress_label, _("Export cancelled: no file was written"));
  else
    {
      gtk_label_set_text (self->progress_label, error->message);
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        show_error (self, error->message);
    }
  g_signal_emit (self, signals[FINISHED], 0, NULL, error->message);
}

void
st_export_dialog_export_to (StExportDialog *self,
                            const char     *path)
{
  g_autoptr(StPeriod) period = NULL;
  g_autoptr(GTask) task = NULL;
  g_autofree char *display = NULL;
  g_autofree char *message = NULL;
  StPackOptions options = { 0 };
  ExportJob *job;

  g_return_if_fail (ST_IS_EXPORT_DIALOG (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (self->cancellable == NULL);

  period = chosen_period (self);
  g_return_if_fail (period != NULL);

  options.progress_per_area = gtk_switch_get_active (self->per_area_switch);
  job = g_new0 (ExportJob, 1);
  job->pack = st_board_pack_new (self->plan, period, st_export_dialog_get_sections (self), &options);
  job->path = g_strdup (path);
  job->format = st_export_dialog_get_format (self);

  self->cancellable = g_cancellable_new ();
  self->job = job;
  display = g_filename_display_basename (path);
  message = g_strdup_printf (_("Exporting “%s”…"), display);
  gtk_label_set_text (self->progress_label, message);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  self->progress_id = g_timeout_add (100, progress_timeout_cb, self);
  sync_sensitive (self);

  task = g_task_new (self, self->cancellable, export_done_cb, NULL);
  g_task_set_source_tag (task, st_export_dialog_export_to);
  /* The outcome is the writer's: it either put the file in place or left
   * the target as it was. A cancel that comes once the file is in place
   * (before this thread returns, or before export_done_cb runs) is too late
   * and must not be reported as "cancelled: no file was written", which
   * GTask would do by default. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
st_export_dialog_get_busy (StExportDialog *self)
{
  g_return_val_if_fail (ST_IS_EXPORT_DIALOG (self), FALSE);
  return self->cancellable != NULL;
}

void
st_export_dialog_cancel (StExportDialog *self)
{
  g_return_if_fail (ST_IS_EXPORT_DIALOG (self));
  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
}

/* Callbacks ------------------------------------------------------------------- */

static char *
suggested_name (StExportDialog *self)
{
  g_autoptr(StPeriod) period = chosen_period (self);
  StRecord *info = ST_RECORD (st_plan_get_info (self->plan));
  const char *area = st_record_get_string (info, "local-area");
  g_autofree char *base = g_strdup_printf (_("%s board pack %s"), area && *area ? area : _("SEND"),
                                           period ? st_period_get_label (period) : "");

  g_strstrip (base);
  g_strdelimit (base, "/\\:*?\"<>|", '-');
  return g_strconcat (base, st_export_dialog_get_format (self) == ST_EXPORT_XLSX ? ".xlsx" : ".pdf", NULL);
}

static void
file_chosen_cb (GtkNativeDialog *chooser,
                int              response,
                gpointer         data)
{
  StExportDialog *self = data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        st_export_dialog_export_to (self, path);
      else
        show_error (self, _("Choose a file on this computer or a mounted network share"));
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
export_clicked_cb (StExportDialog *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = suggested_name (self);

  chooser = gtk_file_chooser_native_new (_("Export Board Pack"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  if (st_export_dialog_get_format (self) == ST_EXPORT_XLSX)
    {
      gtk_file_filter_set_name (filter, _("Excel workbooks"));
      gtk_file_filter_add_suffix (filter, "xlsx");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cancel_clicked_cb (StExportDialog *self)
{
  if (self->cancellable)
    st_export_dialog_cancel (self);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
all_clicked_cb (StExportDialog *self)
{
  st_export_dialog_set_sections (self, ST_PACK_ALL_SECTIONS);
}

static void
finished_cb (StExportDialog *self,
             const char     *path,
             const char     *message)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (path == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  /* Done: say so in the window (when it has toasts) and close. */
  if (parent != NULL)
    {
      g_autofree char *display = g_filename_display_basename (path);
      g_autofree char *toast = g_strdup_printf (_("Board pack saved as “%s”"), display);

      if (ST_IS_WINDOW (parent))
        st_window_add_toast (ST_WINDOW (parent), toast);
    }
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
close_request_cb (StExportDialog *self)
{
  /* Closing while exporting cancels; the temporary file is removed. */
  st_export_dialog_cancel (self);
  return FALSE;
}

static void
section_toggled_cb (StExportDialog *self)
{
  sync_sensitive (self);
}

/* Class ------------------------------------------------------------------------ */

static void
st_export_dialog_dispose (GObject *object)
{
  StExportDialog *self = ST_EXPORT_DIALOG (object);

  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->plan);
  gtk_widget_dispose_template (GTK_WIDGET (self), ST_TYPE_EXPORT_DIALOG);
  G_OBJECT_CLASS (st_export_dialog_parent_class)->dispose (object);
}

static void
st_export_dialog_finalize (GObject *object)
{
  StExportDialog *self = ST_EXPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (st_export_dialog_parent_class)->finalize (object);
}

static void
st_export_dialog_class_init (StExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = st_export_dialog_dispose;
  object_class->finalize = st_export_dialog_finalize;

  /**
   * StExportDialog::finished:
   * @path: (nullable): the file written, or %NULL when it failed or was cancelled
   * @message: (nullable): what went wrong
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/st-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, StExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, StExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, StExportDialog, page);
  gtk_widget_class_bind_template_child (widget_class, StExportDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, StExportDialog, period_list);
  gtk_widget_class_bind_template_child (widget_class, StExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, StExportDialog, sections_group);
  gtk_widget_class_bind_template_child (widget_class, StExportDialog, per_area_switch);
  gtk_widget_class_bind_template_child (widget_class, StExportDialog, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, StExportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, StExportDialog, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, all_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
st_export_dialog_init (StExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < ST_PACK_N_SECTIONS; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *toggle = gtk_switch_new ();

      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      st_pack_section_title (1 << i), -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), st_pack_section_title (1 << i));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      adw_preferences_group_add (self->sections_group, row);
      self->section_switches[i] = GTK_SWITCH (toggle);
      g_signal_connect_swapped (toggle, "notify::active", G_CALLBACK (section_toggled_cb), self);
    }
  g_signal_connect_swapped (self->period_row, "notify::selected", G_CALLBACK (sync_sensitive), self);
  g_signal_connect (self, "finished", G_CALLBACK (finished_cb), NULL);
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
}

StExportDialog *
st_export_dialog_new (GtkWindow *parent,
                      StPlan    *plan,
                      StPeriod  *period)
{
  StExportDialog *self;
  GListModel *periods;
  guint selected = GTK_INVALID_LIST_POSITION;

  g_return_val_if_fail (ST_IS_PLAN (plan), NULL);

  self = g_object_new (ST_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->plan = g_object_ref (plan);

  periods = st_plan_get_periods (plan);
  for (guint i = 0; i < g_list_model_get_n_items (periods); i++)
    {
      g_autoptr(StPeriod) p = g_list_model_get_item (periods, i);

      gtk_string_list_append (self->period_list, st_period_get_label (p));
      if (p == period || (period == NULL && p == st_plan_get_latest_period (plan)))
        selected = i;
    }
  if (selected != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (self->period_row, selected);
  sync_sensitive (self);
  return self;
}

StPackSections
st_export_dialog_get_sections (StExportDialog *self)
{
  StPackSections sections = 0;

  g_return_val_if_fail (ST_IS_EXPORT_DIALOG (self), 0);
  for (guint i = 0; i < ST_PACK_N_SECTIONS; i++)
    if (gtk_switch_get_active (self->section_switches[i]))
      sections |= 1 << i;
  return sections;
}

void
st_export_dialog_set_sections (StExportDialog *self,
                               StPackSections  sections)
{
  g_return_if_fail (ST_IS_EXPORT_DIALOG (self));
  for (guint i = 0; i < ST_PACK_N_SECTIONS; i++)
    gtk_switch_set_active (self->section_switches[i], (sections & (1 << i)) != 0);
}

StExportFormat
st_export_dialog_get_format (StExportDialog *self)
{
  g_return_val_if_fail (ST_IS_EXPORT_DIALOG (self), ST_EXPORT_PDF);
  return adw_combo_row_get_selected (self->format_row) == 1 ? ST_EXPORT_XLSX : ST_EXPORT_PDF;
}

void
st_export_dialog_set_format (StExportDialog *self,
                             StExportFormat  format)
{
  g_return_if_fail (ST_IS_EXPORT_DIALOG (self));
  adw_combo_row_set_selected (self->format_row, format == ST_EXPORT_XLSX ? 1 : 0);
}

/* Printing and the window actions --------------------------------------------------- */

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               gpointer                 data)
{
  GtkWindow *parent = data;
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      GtkWidget *dialog;

      gtk_print_operation_get_error (operation, &error);
      dialog = adw_message_dialog_new (parent, _("The Board Pack Was Not Printed"),
                                       error ? error->message : NULL);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

void
st_export_print (GtkWindow *parent,
                 StPlan    *plan,
                 StPeriod  *period)
{
  g_autoptr(StBoardPack) pack = NULL;
  g_autoptr(StPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (ST_IS_PLAN (plan));

  if (period == NULL)
    period = st_plan_get_latest_period (plan);
  if (period == NULL)
    return;
  pack = st_board_pack_new (plan, period, ST_PACK_ALL_SECTIONS, NULL);
  operation = st_print_operation_new (pack);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), parent, 0);
  gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           parent, &error);
  if (error != NULL)
    g_warning ("Printing failed: %s", error->message);
}

static StPlan *
window_plan (GtkApplicationWindow *window)
{
  StPlan *plan = NULL;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (window), "plan"))
    g_object_get (window, "plan", &plan, NULL);
  return plan;   /* full */
}

static StPeriod *
window_period (GtkApplicationWindow *window)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (window), "period");
  StPeriod *period = NULL;

  if (pspec != NULL && g_type_is_a (pspec->value_type, ST_TYPE_PERIOD))
    g_object_get (window, "period", &period, NULL);
  return period;   /* full */
}

static void
update_actions (GtkApplicationWindow *window)
{
  g_autoptr(StPlan) plan = window_plan (window);
  gboolean enabled = plan != NULL && st_plan_get_latest_period (plan) != NULL;
  const char *names[] = { "export", "print" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (window), names[i]);
      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
    }
}

static void
export_activated_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       data)
{
  GtkApplicationWindow *window = data;
  g_autoptr(StPlan) plan = window_plan (window);
  g_autoptr(StPeriod) period = window_period (window);

  if (plan != NULL)
    gtk_window_present (GTK_WINDOW (st_export_dialog_new (GTK_WINDOW (window), plan, period)));
}

static void
print_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       data)
{
  GtkApplicationWindow *window = data;
  g_autoptr(StPlan) plan = window_plan (window);
  g_autoptr(StPeriod) period = window_period (window);

  if (plan != NULL)
    st_export_print (GTK_WINDOW (window), plan, period);
}

void
st_export_dialog_install (GtkApplicationWindow *window,
                          GMenu                *menu)
{
  g_autoptr(GSimpleAction) export = g_simple_action_new ("export", NULL);
  g_autoptr(GSimpleAction) print = g_simple_action_new ("print", NULL);
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (window));
  const char *print_accels[] = { "<Control>p", NULL };

  g_signal_connect_object (export, "activate", G_CALLBACK (export_activated_cb), window, 0);
  g_signal_connect_object (print, "activate", G_CALLBACK (print_activated_cb), window, 0);
  g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (export));
  g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (print));
  if (application != NULL)
    gtk_application_set_accels_for_action (application, "win.print", print_accels);
  if (menu != NULL)
    {
      g_menu_append (menu, _("_Export Board Pack…"), "win.export");
      g_menu_append (menu, _("_Print Board Pack…"), "win.print");
    }
  g_signal_connect (window, "notify::plan", G_CALLBACK (update_actions), NULL);
  update_actions (window);
}
