/* st-import-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "st-import-dialog.h"
#include "st-import.h"
#include "st-window.h"

#define PREVIEW_ROWS 8
#define MAX_PROBLEMS_SHOWN 200

struct _StImportDialog
{
  AdwWindow        parent_instance;

  StPlan          *plan;
  char            *path;
  StTable         *table;
  StImportMapping *mapping;
  StImportCheck   *check;
  gboolean         updating;
  GPtrArray       *column_widgets;   /* per column: the GtkDropDown */
  GPtrArray       *column_entries;   /* per column: the period / month GtkEntry */

  GtkButton       *import_button;
  AdwActionRow    *file_row;
  AdwComboRow     *sheet_row;
  GtkStringList   *sheet_list;
  AdwComboRow     *kind_row;
  AdwActionRow    *header_row;
  GtkSpinButton   *header_spin;
  AdwActionRow    *periods_row;
  GtkSwitch       *periods_switch;
  AdwPreferencesGroup *columns_group;
  GtkGrid         *preview_grid;
  AdwPreferencesGroup *problems_group;
  GtkListBox      *problems_list;
};

G_DEFINE_FINAL_TYPE (StImportDialog, st_import_dialog, ADW_TYPE_WINDOW)

enum { IMPORTED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void recheck (StImportDialog *self);
static void rebuild_columns (StImportDialog *self);

/* The fields offered for a kind, in the order of StImportField */
static GArray *
fields_for_kind (StImportKind kind)
{
  GArray *fields = g_array_new (FALSE, FALSE, sizeof (StImportField));

  for (StImportField f = 0; f < ST_N_FIELDS; f++)
    if (st_import_field_applies (f, kind))
      g_array_append_val (fields, f);
  return fields;
}

static gboolean
field_takes_argument (StImportField field)
{
  return field == ST_FIELD_RATING || field == ST_FIELD_COMMENTARY || field == ST_FIELD_MONTH_VALUE;
}

static void
update_entry (StImportDialog *self,
              guint           column)
{
  const StImportColumn *c = st_import_mapping_get_column (self->mapping, column);
  GtkEntry *entry = g_ptr_array_index (self->column_entries, column);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (entry), field_takes_argument (c->field));
  if (c->field == ST_FIELD_MONTH_VALUE)
    {
      text = st_month_to_display (c->month);
      gtk_entry_set_placeholder_text (entry, _("Month"));
    }
  else
    {
      text = g_strdup (c->period ? c->period : "");
      gtk_entry_set_placeholder_text (entry, _("Reporting period"));
    }
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
}

static void
column_field_changed_cb (GtkDropDown    *dropdown,
                         GParamSpec     *pspec,
                         StImportDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "column"));
  g_autoptr(GArray) fields = NULL;
  guint selected = gtk_drop_down_get_selected (dropdown);
  const StImportColumn *old;
  g_autofree char *period = NULL;
  StImportField field;
  int month = 0;

  if (self->updating || self->mapping == NULL)
    return;
  fields = fields_for_kind (st_import_mapping_get_kind (self->mapping));
  if (selected >= fields->len)
    return;
  field = g_array_index (fields, StImportField, selected);
  old = st_import_mapping_get_column (self->mapping, column);
  period = g_strdup (old->period);
  month = old->month;
  if (field == ST_FIELD_MONTH_VALUE && month == ST_MONTH_NONE)
    st_month_parse (st_table_get_text (self->table, st_import_mapping_get_header_row (self->mapping), column), &month);
  if ((field == ST_FIELD_RATING || field == ST_FIELD_COMMENTARY) && period == NULL)
    {
      StPeriod *latest = st_plan_get_latest_period (self->plan);
      period = g_strdup (latest ? st_period_get_label (latest) : NULL);
    }
  st_import_mapping_set_column (self->mapping, column, field, period, month);
  self->updating = TRUE;
  update_entry (self, column);
  self->updating = FALSE;
  recheck (self);
}

static void
column_entry_changed_cb (GtkEditable    *entry,
                         StImportDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "column"));
  const StImportColumn *c;
  const char *text = gtk_editable_get_text (entry);
  int month = 0;

  if (self->updating || self->mapping == NULL)
    return;
  c = st_import_mapping_get_column (self->mapping, column);
  if (c->field == ST_FIELD_MONTH_VALUE)
    {
      if (!st_month_parse (text, &month))
        {
          gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
          return;
        }
      gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      st_import_mapping_set_column (self->mapping, column, c->field, NULL, month);
    }
  else
    st_import_mapping_set_column (self->mapping, column, c->field, text, 0);
  recheck (self);
}

static GtkWidget *
preview_label (const char *text,
               gboolean    heading)
{
  g_autofree char *one_line = g_strdelimit (g_strdup (text), "\r\n", ' ');
  GtkWidget *label = gtk_label_new (one_line);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_widget_set_tooltip_text (label, text);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static void
rebuild_columns (StImportDialog *self)
{
  GtkWidget *child;
  g_autoptr(GArray) fields = NULL;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint header, n_columns, row = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_grid))))
    gtk_grid_remove (self->preview_grid, child);
  g_ptr_array_set_size (self->column_widgets, 0);
  g_ptr_array_set_size (self->column_entries, 0);
  if (self->table == NULL || self->mapping == NULL)
    return;

  fields = fields_for_kind (st_import_mapping_get_kind (self->mapping));
  for (guint i = 0; i < fields->len; i++)
    gtk_string_list_append (labels, st_import_field_get_label (g_array_index (fields, StImportField, i)));

  header = st_import_mapping_get_header_row (self->mapping);
  n_columns = st_table_get_n_columns (self->table);
  self->updating = TRUE;
  for (guint c = 0; c < n_columns; c++)
    {
      const StImportColumn *column = st_import_mapping_get_column (self->mapping, c);
      GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);
      GtkWidget *entry = gtk_entry_new ();
      g_autofree char *letter = st_column_letter (c);
      g_autofree char *name = NULL;
      const char *header_text = st_table_get_text (self->table, header, c);

      for (guint i = 0; i < fields->len; i++)
        if (g_array_index (fields, StImportField, i) == column->field)
          gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
      name = g_strdup_printf (_("What column %s (“%s”) holds"), letter, header_text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_object_set_data (G_OBJECT (dropdown), "column", GUINT_TO_POINTER (c));
      g_object_set_data (G_OBJECT (entry), "column", GUINT_TO_POINTER (c));
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (column_field_changed_cb), self);
      g_signal_connect (entry, "changed", G_CALLBACK (column_entry_changed_cb), self);
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 10);
      gtk_grid_attach (self->preview_grid, dropdown, c, 0, 1, 1);
      gtk_grid_attach (self->preview_grid, entry, c, 1, 1, 1);
      gtk_grid_attach (self->preview_grid, preview_label (*header_text ? header_text : letter, TRUE), c, 2, 1, 1);
      g_ptr_array_add (self->column_widgets, dropdown);
      g_ptr_array_add (self->column_entries, entry);
      update_entry (self, c);
    }
  for (guint r = header + 1; r < st_table_get_n_rows (self->table) && row < PREVIEW_ROWS; r++, row++)
    for (guint c = 0; c < n_columns; c++)
      gtk_grid_attach (self->preview_grid, preview_label (st_table_get_text (self->table, r, c), FALSE),
                       c, 3 + row, 1, 1);
  self->updating = FALSE;
}

static void
sync_controls (StImportDialog *self)
{
  const StTableRow *header;
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (self->header_spin);
  guint n_rows = st_table_get_n_rows (self->table);

  self->updating = TRUE;
  adw_combo_row_set_selected (self->kind_row, st_import_mapping_get_kind (self->mapping));
  gtk_adjustment_set_upper (adjustment, n_rows ? st_table_get_row (self->table, n_rows - 1)->source_row : 1);
  header = n_rows ? st_table_get_row (self->table, st_import_mapping_get_header_row (self->mapping)) : NULL;
  gtk_spin_button_set_value (self->header_spin, header ? header->source_row : 1);
  gtk_switch_set_active (self->periods_switch, st_import_mapping_get_create_periods (self->mapping));
  gtk_widget_set_visible (GTK_WIDGET (self->periods_row), st_import_mapping_get_kind (self->mapping) == ST_IMPORT_ACTIONS);
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->header_row), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->columns_group), TRUE);
  self->updating = FALSE;
  rebuild_columns (self);
  recheck (self);
}

static void
recheck (StImportDialog *self)
{
  GtkWidget *child;
  guint n_problems, n_valid, n_rows;
  g_autofree char *summary = NULL;
  g_auto(GStrv) new_periods = NULL;
  gboolean mapping_problem = FALSE;

  g_clear_pointer (&self->check, st_import_check_free);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->problems_list))))
    gtk_list_box_remove (self->problems_list, child);
  if (self->table == NULL || self->mapping == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
      return;
    }

  self->check = st_import_check (self->plan, self->table, self->mapping);
  n_problems = st_import_check_get_n_problems (self->check);
  n_valid = st_import_check_get_n_valid_rows (self->check);
  n_rows = st_import_check_get_n_rows (self->check);
  new_periods = st_import_check_get_new_periods (self->check);

  for (guint i = 0; i < n_problems; i++)
    {
      const StImportProblem *p = st_import_check_get_problem (self->check, i);
      mapping_problem |= p->kind == ST_PROBLEM_MAPPING;
      if (i < MAX_PROBLEMS_SHOWN)
        {
          g_autofree char *text = st_import_problem_to_string (p);
          GtkWidget *row = adw_action_row_new ();
          g_autofree char *escaped = g_markup_escape_text (text, -1);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
          gtk_list_box_append (self->problems_list, row);
        }
    }
  if (n_problems > MAX_PROBLEMS_SHOWN)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more problem", "and %u more problems",
                                                            n_problems - MAX_PROBLEMS_SHOWN),
                                               n_problems - MAX_PROBLEMS_SHOWN);
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_list_box_append (self->problems_list, row);
    }

  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u row is ready to import", "%u of %u rows are ready to import", n_rows),
                             n_valid, n_rows);
  if (new_periods[0] && st_import_mapping_get_create_periods (self->mapping) && !mapping_problem)
    {
      g_autofree char *list = g_strjoinv (", ", new_periods);
      g_autofree char *with = g_strdup_printf (_("%s; new reporting periods: %s"), summary, list);
      g_free (summary);
      summary = g_steal_pointer (&with);
    }
  adw_preferences_group_set_title (self->problems_group,
                                   n_problems ? _("Problems") : _("No Problems Found"));
  adw_preferences_group_set_description (self->problems_group, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_list), n_problems > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button),
                            !mapping_problem && n_valid > 0 && !st_plan_get_read_only (self->plan));
}

static void
take_table (StImportDialog *self,
            StTable        *table,
            int             kind)
{
  g_clear_pointer (&self->table, st_table_unref);
  g_clear_pointer (&self->mapping, st_import_mapping_free);
  self->table = table;
  self->mapping = st_import_mapping_guess (table, self->plan, kind);
  sync_controls (self);
}

gboolean
st_import_dialog_load_file (StImportDialog  *self,
                            const char      *path,
                            GError         **error)
{
  g_autoptr(StTable) table = NULL;
  g_auto(GStrv) sheets = NULL;
  g_autofree char *name = NULL, *guessed = NULL;
  const char *sheet = NULL;
  guint selected = 0;

  g_return_val_if_fail (ST_IS_IMPORT_DIALOG (self), FALSE);

  if (st_table_file_is_xlsx (path))
    {
      if (!(sheets = st_xlsx_list_sheets (path, error)) || !(guessed = st_import_guess_sheet (path, self->plan, -1, error)))
        return FALSE;
      sheet = guessed;
      for (guint i = 0; sheets[i]; i++)
        if (g_str_equal (sheets[i], guessed))
          selected = i;
    }
  if (!(table = st_table_read_file (path, sheet, error)))
    return FALSE;

  g_free (self->path);
  self->path = g_strdup (path);
  name = g_filename_display_basename (path);
  adw_action_row_set_subtitle (self->file_row, name);

  self->updating = TRUE;
  gtk_string_list_splice (self->sheet_list, 0, g_list_model_get_n_items (G_LIST_MODEL (self->sheet_list)),
                          (const char * const *) sheets);
  adw_combo_row_set_selected (self->sheet_row, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->sheet_row), sheets != NULL);
  self->updating = FALSE;

  take_table (self, g_steal_pointer (&table), -1);
  return TRUE;
}

static void
show_error (StImportDialog *self,
            const char     *heading,
            const GError   *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sheet_changed_cb (StImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  GtkStringObject *item = adw_combo_row_get_selected_item (self->sheet_row);
  StTable *table;

  if (self->updating || self->path == NULL || item == NULL)
    return;
  table = st_table_read_file (self->path, gtk_string_object_get_string (item), &error);
  if (table == NULL)
    {
      show_error (self, _("The sheet cannot be read"), error);
      return;
    }
  take_table (self, table, -1);
}

static void
kind_changed_cb (StImportDialog *self)
{
  StImportKind kind = adw_combo_row_get_selected (self->kind_row);
  gboolean create;

  if (self->updating || self->table == NULL || kind >= ST_IMPORT_N_KINDS)
    return;
  create = st_import_mapping_get_create_periods (self->mapping);
  g_clear_pointer (&self->mapping, st_import_mapping_free);
  self->mapping = st_import_mapping_guess (self->table, self->plan, kind);
  st_import_mapping_set_create_periods (self->mapping, create);
  sync_controls (self);
}

static void
header_changed_cb (StImportDialog *self)
{
  guint source_row = gtk_spin_button_get_value_as_int (self->header_spin);
  guint index = 0;
  StImportKind kind;
  gboolean create;

  if (self->updating || self->table == NULL)
    return;
  for (guint r = 0; r < st_table_get_n_rows (self->table); r++)
    if (st_table_get_row (self->table, r)->source_row <= source_row)
      index = r;
  kind = st_import_mapping_get_kind (self->mapping);
  create = st_import_mapping_get_create_periods (self->mapping);
  g_clear_pointer (&self->mapping, st_import_mapping_free);
  self->mapping = st_import_mapping_guess_kind (self->table, self->plan, kind, index);
  st_import_mapping_set_create_periods (self->mapping, create);
  rebuild_columns (self);
  recheck (self);
}

static void
periods_changed_cb (StImportDialog *self)
{
  if (self->updating || self->mapping == NULL)
    return;
  st_import_mapping_set_create_periods (self->mapping, gtk_switch_get_active (self->periods_switch));
  recheck (self);
}

static void
file_chosen_cb (GtkNativeDialog *chooser,
                int              response,
                StImportDialog  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;
      g_autoptr(GError) error = NULL;

      if (path && !st_import_dialog_load_file (self, path, &error))
        show_error (self, _("The file cannot be imported"), error);
    }
  g_object_unref (chooser);
}

static void
choose_clicked_cb (StImportDialog *self)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;

  chooser = gtk_file_chooser_native_new (_("Import From"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Spreadsheets (CSV, Excel)"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

gboolean
st_import_dialog_apply (StImportDialog  *self,
                        gboolean         valid_only,
                        GError         **error)
{
  StImportCounts counts = { 0 };
  g_autofree char *summary = NULL;

  g_return_val_if_fail (ST_IS_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (self->check != NULL, FALSE);

  if (!st_import_apply (self->plan, self->table, self->mapping, self->check, valid_only, &counts, error))
    return FALSE;
  summary = st_import_counts_to_string (&counts);
  g_signal_emit (self, signals[IMPORTED], 0, summary);
  return TRUE;
}

static void
do_import (StImportDialog *self,
           gboolean        valid_only)
{
  g_autoptr(GError) error = NULL;

  if (!st_import_dialog_apply (self, valid_only, &error))
    {
      show_error (self, _("Nothing was imported"), error);
      recheck (self);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
choice_cb (AdwMessageDialog *dialog,
           const char       *response,
           StImportDialog   *self)
{
  if (g_str_equal (response, "valid"))
    do_import (self, TRUE);
}

static void
import_clicked_cb (StImportDialog *self)
{
  guint n_problems, n_valid, n_rows;
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  if (self->check == NULL)
    return;
  n_problems = st_import_check_get_n_problems (self->check);
  if (n_problems == 0)
    {
      do_import (self, FALSE);
      return;
    }
  n_valid = st_import_check_get_n_valid_rows (self->check);
  n_rows = st_import_check_get_n_rows (self->check);
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u row of %u has problems. Import the %u valid rows and leave it out, or import nothing and fix the file first?",
                                       "%u rows of %u have problems. Import the %u valid rows and leave them out, or import nothing and fix the file first?",
                                       n_rows - n_valid),
                          n_rows - n_valid, n_rows, n_valid);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Some Rows Have Problems"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "nothing", _("Import _Nothing"),
                                    "valid", _("Import _Valid Rows"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "valid", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "nothing");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "nothing");
  g_signal_connect (dialog, "response", G_CALLBACK (choice_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cancel_clicked_cb (StImportDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

guint
st_import_dialog_get_n_problems (StImportDialog *self)
{
  return self->check ? st_import_check_get_n_problems (self->check) : 0;
}

void
st_import_dialog_set_field (StImportDialog *self,
                            guint           column,
                            const char     *field)
{
  g_autoptr(GArray) fields = NULL;
  StImportField f = st_import_field_from_string (field);

  g_return_if_fail (column < self->column_widgets->len);
  fields = fields_for_kind (st_import_mapping_get_kind (self->mapping));
  for (guint i = 0; i < fields->len; i++)
    if (g_array_index (fields, StImportField, i) == f)
      gtk_drop_down_set_selected (g_ptr_array_index (self->column_widgets, column), i);
}

static void
st_import_dialog_dispose (GObject *object)
{
  StImportDialog *self = ST_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ST_TYPE_IMPORT_DIALOG);
  G_OBJECT_CLASS (st_import_dialog_parent_class)->dispose (object);
}

static void
st_import_dialog_finalize (GObject *object)
{
  StImportDialog *self = ST_IMPORT_DIALOG (object);

  g_clear_object (&self->plan);
  g_free (self->path);
  g_clear_pointer (&self->check, st_import_check_free);
  g_clear_pointer (&self->mapping, st_import_mapping_free);
  g_clear_pointer (&self->table, st_table_unref);
  g_ptr_array_unref (self->column_widgets);
  g_ptr_array_unref (self->column_entries);
  G_OBJECT_CLASS (st_import_dialog_parent_class)->finalize (object);
}

static void
st_import_dialog_class_init (StImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = st_import_dialog_dispose;
  object_class->finalize = st_import_dialog_finalize;

  /**
   * StImportDialog::imported:
   * @summary: "Imported 74 actions, …"
   *
   * Rows were written into the plan (one undo step).
   */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/st-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, StImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, StImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, StImportDialog, sheet_row);
  gtk_widget_class_bind_template_child (widget_class, StImportDialog, sheet_list);
  gtk_widget_class_bind_template_child (widget_class, StImportDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, StImportDialog, header_row);
  gtk_widget_class_bind_template_child (widget_class, StImportDialog, header_spin);
  gtk_widget_class_bind_template_child (widget_class, StImportDialog, periods_row);
  gtk_widget_class_bind_template_child (widget_class, StImportDialog, periods_switch);
  gtk_widget_class_bind_template_child (widget_class, StImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, StImportDialog, preview_grid);
  gtk_widget_class_bind_template_child (widget_class, StImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, StImportDialog, problems_list);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, choose_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
st_import_dialog_init (StImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->column_widgets = g_ptr_array_new ();
  self->column_entries = g_ptr_array_new ();
  g_signal_connect_swapped (self->sheet_row, "notify::selected", G_CALLBACK (sheet_changed_cb), self);
  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (kind_changed_cb), self);
  g_signal_connect_swapped (self->header_spin, "value-changed", G_CALLBACK (header_changed_cb), self);
  g_signal_connect_swapped (self->periods_switch, "notify::active", G_CALLBACK (periods_changed_cb), self);
}

StImportDialog *
st_import_dialog_new (GtkWindow *parent,
                      StPlan    *plan)
{
  StImportDialog *self;

  g_return_val_if_fail (ST_IS_PLAN (plan), NULL);

  self = g_object_new (ST_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->plan = g_object_ref (plan);
  return self;
}

/* win.import ---------------------------------------------------------------- */

static StPlan *
window_plan (GtkApplicationWindow *window)
{
  StPlan *plan = NULL;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (window), "plan"))
    g_object_get (window, "plan", &plan, NULL);
  return plan;   /* full */
}

static void
update_action (GtkApplicationWindow *window)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (window), "import");
  g_autoptr(StPlan) plan = window_plan (window);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), plan != NULL && !st_plan_get_read_only (plan));
}

static void
imported_toast_cb (StImportDialog *dialog,
                   const char     *summary,
                   GtkWidget      *window)
{
  if (ST_IS_WINDOW (window))
    st_window_add_toast (ST_WINDOW (window), summary);
}

static void
import_activated_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       data)
{
  GtkApplicationWindow *window = data;
  g_autoptr(StPlan) plan = window_plan (window);
  StImportDialog *dialog;

  if (plan == NULL)
    return;
  dialog = st_import_dialog_new (GTK_WINDOW (window), plan);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_toast_cb), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  choose_clicked_cb (dialog);
}

void
st_import_dialog_install (GtkApplicationWindow *window,
                          GMenu                *menu)
{
  g_autoptr(GSimpleAction) action = g_simple_action_new ("import", NULL);
  g_autoptr(GMenuItem) item = g_menu_item_new (_("_Import…"), "win.import");

  g_signal_connect_object (action, "activate", G_CALLBACK (import_activated_cb), window, 0);
  g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (action));
  if (menu)
    g_menu_append_item (menu, item);
  g_signal_connect (window, "notify::plan", G_CALLBACK (update_action), NULL);
  update_action (window);
}
