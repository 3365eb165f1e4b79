/* st-record-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-record-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "st-record-editor.h"
#include "st-status-chip.h"
#include "st-ui-util.h"

typedef enum
{
  FIELD_ENTRY,
  FIELD_TEXT,
  FIELD_SWITCH,
  FIELD_CHOICE,
  FIELD_BOARD,
  FIELD_DOUBLE,
  FIELD_MONTH,
  FIELD_RATING,
  FIELD_COMMENTARY,
} FieldKind;

typedef struct
{
  const char *code;
  const char *label;
} Choice;

typedef struct _Field Field;

struct _StRecordEditor
{
  GtkWidget       parent_instance;

  GtkWidget      *scroller;
  GtkWidget      *box;
  GtkWidget      *placeholder;

  StPlan         *plan;
  StRecord       *record;
  StPeriod       *period;
  GPtrArray      *fields;
  guint           updating;
  Field          *applying;    /* the field whose edit is under way */
};

struct _Field
{
  StRecordEditor *editor;
  FieldKind       kind;
  char           *column;
  GtkWidget      *row;
  GtkWidget      *widget;      /* the entry row, text view, switch, combo row */
  GtkWidget      *chip;        /* ratings */
  StPeriod       *period;      /* ratings and commentary */
  const Choice   *choices;
  GArray         *ids;         /* board references: gint64 per combo position */
  int             picker_year;
  gboolean        refused;     /* holds a value the plan refused: keep it on show */
  GtkWidget      *year_label;
};

G_DEFINE_FINAL_TYPE (StRecordEditor, st_record_editor, GTK_TYPE_WIDGET)

static const Choice board_kinds[] = { { "board", N_("Board") }, { "group", N_("Group") }, { NULL } };
static const Choice item_kinds[] = { { "indicator", N_("Indicator") }, { "measure", N_("Measure") }, { NULL } };
static const Choice voice_kinds[] = { { "commitment", N_("Commitment") }, { "priority", N_("Priority") }, { NULL } };
static const Choice units[] = { { "percent", N_("Per cent") }, { "number", N_("Number") }, { "days", N_("Days") }, { NULL } };
static const Choice polarities[] = {
  { "higher", N_("Higher is better") }, { "lower", N_("Lower is better") },
  { "target", N_("Close to target") }, { "data", N_("Data only (not rated)") }, { NULL } };
static const Choice frequencies[] = {
  { "monthly", N_("Monthly") }, { "quarterly", N_("Quarterly") }, { "termly", N_("Termly") },
  { "annual", N_("Annual") }, { NULL } };
static const Choice tolerance_kinds[] = { { "absolute", N_("Absolute") }, { "percent", N_("Per cent of target") }, { NULL } };

static const struct { const char *column; const char *title; } column_titles[] = {
  { "ref", N_("Reference") },
  { "number", N_("Number") },
  { "title", N_("Title") },
  { "text", N_("Text") },
  { "description", N_("Description") },
  { "target-month", N_("Target month") },
  { "target-text", N_("Target (as written)") },
  { "owner", N_("Owner") },
  { "lead-board-id", N_("Lead board") },
  { "measure-refs", N_("Scorecard references") },
  { "evidence", N_("Evidence supplied") },
  { "label", N_("Label") },
  { "end-date", N_("Ends on (YYYY-MM-DD)") },
  { "name", N_("Name") },
  { "kind", N_("Kind") },
  { "reports-to", N_("Reports to") },
  { "cadence", N_("Meets") },
  { "board-id", N_("Accountable board") },
  { "role", N_("Role") },
  { "organisation", N_("Organisation") },
  { "statement", N_("Statement") },
  { "in-development", N_("In development") },
  { "measure-ref", N_("Scorecard reference") },
  { "oversight", N_("Strategic oversight") },
  { "responsible", N_("Responsible individual") },
  { "definition", N_("Definition") },
  { "unit", N_("Unit") },
  { "polarity", N_("Polarity") },
  { "frequency", N_("Frequency") },
  { "baseline-value", N_("Baseline") },
  { "baseline-date", N_("Baseline date (YYYY-MM-DD)") },
  { "target", N_("Target") },
  { "tolerance", N_("Tolerance") },
  { "tolerance-kind", N_("Tolerance is") },
  { "notes", N_("Notes") },
  { "local-area", N_("Local area") },
  { "vision", N_("Vision") },
  { "letter", N_("Letter") },
  { "colour", N_("Colour (#RRGGBB)") },
};

static void refresh (StRecordEditor *self);
static void refresh_field (StRecordEditor *self, Field *field);

static const char *
column_title (const char *column)
{
  for (guint i = 0; i < G_N_ELEMENTS (column_titles); i++)
    if (g_str_equal (column_titles[i].column, column))
      return _(column_titles[i].title);
  return column;
}

static const Choice *
choices_for (StRecord   *record,
             const char *column)
{
  if (g_str_equal (column, "kind"))
    {
      if (ST_IS_BOARD (record)) return board_kinds;
      if (ST_IS_OUTCOME_ITEM (record)) return item_kinds;
      if (ST_IS_VOICE (record)) return voice_kinds;
    }
  if (g_str_equal (column, "unit")) return units;
  if (g_str_equal (column, "polarity")) return polarities;
  if (g_str_equal (column, "frequency")) return frequencies;
  if (g_str_equal (column, "tolerance-kind")) return tolerance_kinds;
  return NULL;
}

static gboolean
is_multiline (const char *column)
{
  static const char *names[] = { "text", "description", "statement", "vision", "definition", "notes" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (names[i], column))
      return TRUE;
  return FALSE;
}

static void
field_free (gpointer data)
{
  Field *field = data;

  g_free (field->column);
  g_clear_pointer (&field->ids, g_array_unref);
  g_clear_object (&field->period);
  g_free (field);
}

static gboolean
editable (StRecordEditor *self)
{
  return self->plan != NULL && !st_plan_get_read_only (self->plan);
}

static void
mark_error (Field        *field,
            const GError *error)
{
  field->refused = TRUE;
  gtk_widget_add_css_class (field->row, "error");
  gtk_widget_set_tooltip_text (field->row, error->message);
  st_ui_toast_error (GTK_WIDGET (field->editor), error);
}

static void
clear_error (Field *field)
{
  field->refused = FALSE;
  gtk_widget_remove_css_class (field->row, "error");
  gtk_widget_set_tooltip_text (field->row, NULL);
}

/* Text views ------------------------------------------------------------------ */

static char *
text_view_dup_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
text_view_set_text (GtkWidget  *view,
                    const char *text)
{
  g_autofree char *old = text_view_dup_text (view);

  if (g_strcmp0 (old, text ? text : "") != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text ? text : "", -1);
}

/* Applying -------------------------------------------------------------------- */

static void
apply_rating (Field      *field,
              StStatus    status,
              const char *commentary)
{
  StRecordEditor *self = field->editor;
  g_autoptr(GError) error = NULL;

  if (status == ST_STATUS_NONE && commentary != NULL && *commentary != '\0')
    {
      g_set_error (&error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID,
                   _("Choose a rating for %s before writing its commentary"),
                   st_period_get_label (field->period));
      mark_error (field, error);
      return;
    }
  if (!st_plan_set_rating (self->plan, ST_ACTION (self->record), field->period, status, commentary, &error))
    mark_error (field, error);
  else
    clear_error (field);
}

static Field *
find_field (StRecordEditor *self,
            FieldKind       kind,
            StPeriod       *period)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *f = g_ptr_array_index (self->fields, i);
      if (f->kind == kind && f->period == period)
        return f;
    }
  return NULL;
}

static StStatus
status_at (StRecordEditor *self,
           guint           position)
{
  g_autoptr(StStatusInfo) info = NULL;

  if (position == 0 || position == GTK_INVALID_LIST_POSITION)
    return ST_STATUS_NONE;
  info = g_list_model_get_item (st_plan_get_statuses (self->plan), position - 1);
  return info ? st_status_info_get_status (info) : ST_STATUS_NONE;
}

static void
apply_field_inner (Field *field)
{
  StRecordEditor *self = field->editor;
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (self->updating || self->record == NULL || !editable (self))
    return;

  switch (field->kind)
    {
    case FIELD_ENTRY:
    case FIELD_MONTH:
      ok = st_plan_set_string (self->plan, self->record, field->column,
                               gtk_editable_get_text (GTK_EDITABLE (field->widget)), &error);
      break;

    case FIELD_TEXT:
      {
        g_autofree char *text = text_view_dup_text (field->widget);
        if (g_strcmp0 (text, st_record_get_string (self->record, field->column)) == 0)
          return;
        ok = st_plan_set_string (self->plan, self->record, field->column, text, &error);
      }
      break;

    case FIELD_SWITCH:
      ok = st_plan_set_boolean (self->plan, self->record, field->column,
                                gtk_switch_get_active (GTK_SWITCH (field->widget)), &error);
      break;

    case FIELD_CHOICE:
      {
        guint i = adw_combo_row_get_selected (ADW_COMBO_ROW (field->widget));
        if (i == GTK_INVALID_LIST_POSITION)
          return;
        ok = st_plan_set_string (self->plan, self->record, field->column, field->choices[i].code, &error);
      }
      break;

    case FIELD_BOARD:
      {
        guint i = adw_combo_row_get_selected (ADW_COMBO_ROW (field->widget));
        if (i == GTK_INVALID_LIST_POSITION || i >= field->ids->len)
          return;
        ok = st_plan_set_int (self->plan, self->record, field->column,
                              g_array_index (field->ids, gint64, i), &error);
      }
      break;

    case FIELD_DOUBLE:
      {
        g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->widget))));
        char *end = NULL;
        double value;

        if (*text == '\0')
          value = NAN;
        else
          {
            value = g_ascii_strtod (text, &end);
            if (end == text || *end != '\0')
              {
                g_set_error (&error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID,
                             _("“%s” is not a number; write it as 12.5"), text);
                ok = FALSE;
                break;
              }
          }
        ok = st_plan_set_double (self->plan, self->record, field->column, value, &error);
      }
      break;

    case FIELD_RATING:
      {
        Field *commentary = find_field (self, FIELD_COMMENTARY, field->period);
        g_autofree char *text = commentary ? text_view_dup_text (commentary->widget) : NULL;
        StStatus status = status_at (self, adw_combo_row_get_selected (ADW_COMBO_ROW (field->widget)));

        if (status == st_action_get_status (ST_ACTION (self->record), st_record_get_id (ST_RECORD (field->period))))
          return;
        if (status == ST_STATUS_NONE)
          g_clear_pointer (&text, g_free);   /* removing the rating removes its commentary */
        apply_rating (field, status, text);
      }
      return;

    case FIELD_COMMENTARY:
      {
        gint64 period_id = st_record_get_id (ST_RECORD (field->period));
        g_autofree char *text = text_view_dup_text (field->widget);
        StStatus status = st_action_get_status (ST_ACTION (self->record), period_id);

        if (g_strcmp0 (text, st_action_get_commentary (ST_ACTION (self->record), period_id)) == 0)
          return;
        apply_rating (field, status, text);
      }
      return;

    default:
      g_assert_not_reached ();
    }

  if (!ok)
    mark_error (field, error);
  else
    {
      clear_error (field);
      if (self->record != NULL)
        {
          self->updating++;
          refresh_field (self, field);   /* shows the value as stored ("Jul 2022") */
          self->updating--;
        }
    }
}

static void
apply_field (Field *field)
{
  StRecordEditor *self = field->editor;

  self->applying = field;
  apply_field_inner (field);
  self->applying = NULL;
}

static void
entry_apply_cb (AdwEntryRow *row,
                Field       *field)
{
  apply_field (field);
}

static void
entry_changed_cb (GtkEditable *editable,
                  Field       *field)
{
  clear_error (field);
}

static void
text_focus_leave_cb (GtkEventControllerFocus *controller,
                     Field                   *field)
{
  apply_field (field);
}

static gboolean
text_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     Field                 *field)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && (state & GDK_CONTROL_MASK))
    {
      apply_field (field);
      return TRUE;
    }
  return FALSE;
}

static void
switch_active_cb (GtkSwitch  *sw,
                  GParamSpec *pspec,
                  Field      *field)
{
  apply_field (field);
}

static void
combo_selected_cb (AdwComboRow *row,
                   GParamSpec  *pspec,
                   Field       *field)
{
  apply_field (field);
}

/* Month picker ------------------------------------------------------------------- */

static void
update_year_label (Field *field)
{
  g_autofree char *text = g_strdup_printf ("%d", field->picker_year);
  gtk_label_set_text (GTK_LABEL (field->year_label), text);
}

static void
year_clicked_cb (GtkButton *button,
                 Field     *field)
{
  field->picker_year += GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "delta"));
  update_year_label (field);
}

static void
month_clicked_cb (GtkButton *button,
                  Field     *field)
{
  int m = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "month"));
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);

  if (m == 0)
    gtk_editable_set_text (GTK_EDITABLE (field->widget), "");
  else
    {
      g_autofree char *text = st_month_to_display (st_month_make (field->picker_year, m));
      gtk_editable_set_text (GTK_EDITABLE (field->widget), text);
    }
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  apply_field (field);
}

static void
picker_show_cb (GtkPopover *popover,
                Field      *field)
{
  int month = st_action_get_target (ST_ACTION (field->editor->record));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  field->picker_year = month ? st_month_get_year (month) : g_date_time_get_year (now);
  update_year_label (field);
}

static GtkWidget *
month_picker_new (Field *field)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_center_box_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *prev, *next, *clear;

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_tooltip_text (button, _("Pick a Month"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");

  prev = gtk_button_new_from_icon_name ("go-previous-symbolic");
  next = gtk_button_new_from_icon_name ("go-next-symbolic");
  gtk_widget_set_tooltip_text (prev, _("Previous Year"));
  gtk_widget_set_tooltip_text (next, _("Next Year"));
  gtk_widget_add_css_class (prev, "flat");
  gtk_widget_add_css_class (next, "flat");
  g_object_set_data (G_OBJECT (prev), "delta", GINT_TO_POINTER (-1));
  g_object_set_data (G_OBJECT (next), "delta", GINT_TO_POINTER (1));
  g_signal_connect (prev, "clicked", G_CALLBACK (year_clicked_cb), field);
  g_signal_connect (next, "clicked", G_CALLBACK (year_clicked_cb), field);
  field->year_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (field->year_label, "heading");
  gtk_center_box_set_start_widget (GTK_CENTER_BOX (header), prev);
  gtk_center_box_set_center_widget (GTK_CENTER_BOX (header), field->year_label);
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (header), next);
  gtk_box_append (GTK_BOX (box), header);

  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 3);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 3);
  for (int m = 1; m <= 12; m++)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_utc (2000, m, 1, 0, 0, 0);
      g_autofree char *name = g_date_time_format (dt, "%b");
      GtkWidget *mb = gtk_button_new_with_label (name);

      gtk_widget_add_css_class (mb, "flat");
      g_object_set_data (G_OBJECT (mb), "month", GINT_TO_POINTER (m));
      g_signal_connect (mb, "clicked", G_CALLBACK (month_clicked_cb), field);
      gtk_grid_attach (GTK_GRID (grid), mb, (m - 1) % 4, (m - 1) / 4, 1, 1);
    }
  gtk_box_append (GTK_BOX (box), grid);
  clear = gtk_button_new_with_label (_("No Target Month"));
  gtk_widget_add_css_class (clear, "flat");
  g_object_set_data (G_OBJECT (clear), "month", GINT_TO_POINTER (0));
  g_signal_connect (clear, "clicked", G_CALLBACK (month_clicked_cb), field);
  gtk_box_append (GTK_BOX (box), clear);

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect (popover, "show", G_CALLBACK (picker_show_cb), field);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  return button;
}

/* Building --------------------------------------------------------------------- */

static Field *
field_new (StRecordEditor *self,
           FieldKind       kind,
           const char     *column)
{
  Field *field = g_new0 (Field, 1);

  field->editor = self;
  field->kind = kind;
  field->column = g_strdup (column);
  g_ptr_array_add (self->fields, field);
  return field;
}

static GtkWidget *
text_view_field (Field      *field,
                 const char *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_set_size_request (view, -1, 64);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_widget_set_tooltip_text (view, _("Saved when you leave the field, or with Ctrl+Enter"));
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_add_css_class (frame, "view");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_widget_set_margin_top (box, 12);

  g_signal_connect (focus, "leave", G_CALLBACK (text_focus_leave_cb), field);
  gtk_widget_add_controller (view, focus);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (text_key_pressed_cb), field);
  gtk_widget_add_controller (view, keys);

  field->row = frame;
  field->widget = view;
  return box;
}

static GtkWidget *
entry_field (Field      *field,
             const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect (row, "apply", G_CALLBACK (entry_apply_cb), field);
  g_signal_connect (row, "changed", G_CALLBACK (entry_changed_cb), field);
  field->row = row;
  field->widget = row;
  return row;
}

static GtkWidget *
combo_field (Field      *field,
             const char *title)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect (row, "notify::selected", G_CALLBACK (combo_selected_cb), field);
  field->row = row;
  field->widget = row;
  return row;
}

static void
add_column_row (StRecordEditor *self,
                GtkWidget      *group,
                GParamSpec     *pspec)
{
  const char *column = pspec->name;
  const char *title = column_title (column);
  Field *field;

  if (g_str_equal (column, "created") || g_str_equal (column, "code"))
    return;

  if (pspec->value_type == G_TYPE_BOOLEAN)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *sw = gtk_switch_new ();

      field = field_new (self, FIELD_SWITCH, column);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
      g_signal_connect (sw, "notify::active", G_CALLBACK (switch_active_cb), field);
      field->row = row;
      field->widget = sw;
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  else if (pspec->value_type == G_TYPE_INT64)
    {
      field = field_new (self, FIELD_BOARD, column);
      field->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), combo_field (field, title));
    }
  else if (pspec->value_type == G_TYPE_DOUBLE)
    {
      field = field_new (self, FIELD_DOUBLE, column);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), entry_field (field, title));
    }
  else if (choices_for (self->record, column) != NULL)
    {
      g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

      field = field_new (self, FIELD_CHOICE, column);
      field->choices = choices_for (self->record, column);
      for (guint i = 0; field->choices[i].code; i++)
        gtk_string_list_append (list, _(field->choices[i].label));
      combo_field (field, title);
      adw_combo_row_set_model (ADW_COMBO_ROW (field->widget), G_LIST_MODEL (list));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), field->row);
    }
  else if (g_str_equal (column, "target-month"))
    {
      field = field_new (self, FIELD_MONTH, column);
      entry_field (field, title);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (field->row), month_picker_new (field));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), field->row);
    }
  else if (is_multiline (column))
    {
      field = field_new (self, FIELD_TEXT, column);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), text_view_field (field, title));
    }
  else
    {
      field = field_new (self, FIELD_ENTRY, column);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), entry_field (field, title));
    }
  gtk_widget_set_name (field->widget, column);
}

static void
add_period_rows (StRecordEditor *self,
                 StPeriod       *period)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  GListModel *statuses = st_plan_get_statuses (self->plan);
  g_autofree char *name = g_strdup_printf ("rating:%s", st_period_get_label (period));
  Field *rating, *commentary;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), st_period_get_label (period));
  if (period == self->period)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _("The current period"));

  gtk_string_list_append (list, _("Not rated"));
  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(StRecord) info = g_list_model_get_item (statuses, i);
      g_autofree char *text = g_strdup_printf ("%s (%s)", st_record_get_string (info, "label"),
                                               st_record_get_string (info, "letter"));
      gtk_string_list_append (list, text);
    }

  rating = field_new (self, FIELD_RATING, "rating");
  rating->period = g_object_ref (period);
  combo_field (rating, _("Rating"));
  adw_combo_row_set_model (ADW_COMBO_ROW (rating->widget), G_LIST_MODEL (list));
  rating->chip = st_status_chip_new ();
  adw_action_row_add_prefix (ADW_ACTION_ROW (rating->widget), rating->chip);
  gtk_widget_set_name (rating->widget, name);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), rating->widget);

  commentary = field_new (self, FIELD_COMMENTARY, "commentary");
  commentary->period = g_object_ref (period);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), text_view_field (commentary, _("Commentary")));
  g_free (name);
  name = g_strdup_printf ("commentary:%s", st_period_get_label (period));
  gtk_widget_set_name (commentary->widget, name);

  gtk_box_append (GTK_BOX (self->box), group);
}

static char *
heading_for (StRecord *record)
{
  g_autofree char *what = st_ui_describe_record (record);
  const char *type = st_ui_type_name (G_OBJECT_TYPE (record));

  if (ST_IS_AREA (record) || ST_IS_SUB_ACTION (record) || ST_IS_ACTION (record) || ST_IS_MEASURE (record))
    {
      const char *ref = ST_IS_AREA (record) ? st_record_get_string (record, "number")
                                             : st_record_get_string (record, "ref");
      return g_strdup_printf ("%s %s", type, ref);
    }
  return g_strdup (type);
}

static void
clear_box (StRecordEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);
  g_ptr_array_set_size (self->fields, 0);
}

static void
rebuild (StRecordEditor *self)
{
  StRecordClass *klass;
  GtkWidget *group, *title;
  g_autofree char *heading = NULL;

  self->updating++;
  clear_box (self);

  if (self->record == NULL || self->plan == NULL)
    {
      gtk_widget_set_visible (self->placeholder, TRUE);
      gtk_widget_set_visible (self->scroller, FALSE);
      self->updating--;
      return;
    }
  gtk_widget_set_visible (self->placeholder, FALSE);
  gtk_widget_set_visible (self->scroller, TRUE);

  heading = heading_for (self->record);
  title = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-2");
  gtk_box_append (GTK_BOX (self->box), title);

  if (!editable (self))
    {
      GtkWidget *note = gtk_label_new (_("This plan is read-only."));
      gtk_label_set_xalign (GTK_LABEL (note), 0);
      gtk_widget_add_css_class (note, "dim-label");
      gtk_box_append (GTK_BOX (self->box), note);
    }

  group = adw_preferences_group_new ();
  klass = ST_RECORD_GET_CLASS (self->record);
  for (guint i = 0; i < st_record_class_get_n_columns (klass); i++)
    add_column_row (self, group, st_record_class_get_column (klass, i));
  gtk_box_append (GTK_BOX (self->box), group);

  if (ST_IS_ACTION (self->record))
    {
      GListModel *periods = st_plan_get_periods (self->plan);
      guint n = g_list_model_get_n_items (periods);

      /* the current period first, then the others, latest first */
      if (self->period != NULL)
        add_period_rows (self, self->period);
      for (guint i = n; i > 0; i--)
        {
          g_autoptr(StPeriod) period = g_list_model_get_item (periods, i - 1);
          if (period != self->period)
            add_period_rows (self, period);
        }
    }

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);
      if (GTK_IS_EDITABLE (field->widget))
        gtk_editable_set_editable (GTK_EDITABLE (field->widget), editable (self));
      else if (GTK_IS_TEXT_VIEW (field->widget))
        gtk_text_view_set_editable (GTK_TEXT_VIEW (field->widget), editable (self));
      else
        gtk_widget_set_sensitive (field->widget, editable (self));
      if (ADW_IS_ENTRY_ROW (field->widget))
        adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (field->widget), editable (self));
    }
  self->updating--;
  refresh (self);
}

static gboolean
is_being_edited (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
refresh_field (StRecordEditor *self,
               Field          *field)
{
  StRecord *record = self->record;

  switch (field->kind)
    {
    case FIELD_ENTRY:
      {
        const char *value = st_record_get_string (record, field->column);
        if (!is_being_edited (field->widget) ||
            g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (field->widget)), value ? value : "") == 0)
          gtk_editable_set_text (GTK_EDITABLE (field->widget), value ? value : "");
      }
      break;

    case FIELD_MONTH:
      {
        int month = st_action_get_target (ST_ACTION (record));
        g_autofree char *text = month ? st_month_to_display (month) : g_strdup ("");
        if (!is_being_edited (field->widget))
          gtk_editable_set_text (GTK_EDITABLE (field->widget), text);
      }
      break;

    case FIELD_TEXT:
      if (!is_being_edited (field->widget))
        text_view_set_text (field->widget, st_record_get_string (record, field->column));
      break;

    case FIELD_SWITCH:
      gtk_switch_set_active (GTK_SWITCH (field->widget), st_record_get_boolean (record, field->column));
      break;

    case FIELD_CHOICE:
      {
        const char *value = st_record_get_string (record, field->column);
        for (guint i = 0; field->choices[i].code; i++)
          if (g_strcmp0 (field->choices[i].code, value) == 0)
            adw_combo_row_set_selected (ADW_COMBO_ROW (field->widget), i);
      }
      break;

    case FIELD_DOUBLE:
      {
        double value = st_record_get_double (record, field->column);
        char buffer[G_ASCII_DTOSTR_BUF_SIZE] = "";

        if (!isnan (value))
          g_ascii_formatd (buffer, sizeof buffer, "%.10g", value);
        if (!is_being_edited (field->widget))
          gtk_editable_set_text (GTK_EDITABLE (field->widget), buffer);
      }
      break;

    case FIELD_BOARD:
      {
        GListModel *boards = st_plan_get_boards (self->plan);
        g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
        gint64 current = st_record_get_int (record, field->column);
        gint64 none = 0;
        guint selected = 0;

        g_array_set_size (field->ids, 0);
        gtk_string_list_append (list, _("None"));
        g_array_append_val (field->ids, none);
        for (guint i = 0; i < g_list_model_get_n_items (boards); i++)
          {
            g_autoptr(StRecord) board = g_list_model_get_item (boards, i);
            gint64 id = st_record_get_id (board);

            if (board == record)
              continue;   /* a board does not report to itself */
            if (id == current)
              selected = field->ids->len;
            gtk_string_list_append (list, st_record_get_string (board, "name"));
            g_array_append_val (field->ids, id);
          }
        adw_combo_row_set_model (ADW_COMBO_ROW (field->widget), G_LIST_MODEL (list));
        adw_combo_row_set_selected (ADW_COMBO_ROW (field->widget), selected);
      }
      break;

    case FIELD_RATING:
      {
        gint64 period_id = st_record_get_id (ST_RECORD (field->period));
        StStatus status = st_action_get_status (ST_ACTION (record), period_id);
        GListModel *statuses = st_plan_get_statuses (self->plan);
        guint selected = 0;

        for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
          {
            g_autoptr(StStatusInfo) info = g_list_model_get_item (statuses, i);
            if (st_status_info_get_status (info) == status)
              selected = i + 1;
          }
        adw_combo_row_set_selected (ADW_COMBO_ROW (field->widget), selected);
        st_status_chip_set_info (ST_STATUS_CHIP (field->chip),
                                 status == ST_STATUS_NONE ? NULL : st_plan_get_status_info (self->plan, status));
      }
      break;

    case FIELD_COMMENTARY:
      if (!is_being_edited (field->widget))
        text_view_set_text (field->widget,
                            st_action_get_commentary (ST_ACTION (record),
                                                      st_record_get_id (ST_RECORD (field->period))));
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
refresh (StRecordEditor *self)
{
  if (self->record == NULL)
    return;
  self->updating++;
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      /* a refused value stays as typed, with its error, until changed */
      if (field == self->applying)
        continue;
      if (field->refused && field->kind != FIELD_SWITCH && field->kind != FIELD_CHOICE &&
          field->kind != FIELD_BOARD && field->kind != FIELD_RATING)
        continue;
      refresh_field (self, field);
    }
  self->updating--;
}

static void
plan_changed_cb (StRecordEditor *self)
{
  if (self->record == NULL)
    return;
  /* deleted, or gone after an undo or a reload */
  if (st_plan_lookup (self->plan, G_OBJECT_TYPE (self->record), st_record_get_id (self->record)) != self->record &&
      !ST_IS_PLAN_INFO (self->record) && !ST_IS_STATUS_INFO (self->record))
    {
      st_record_editor_set_record (self, NULL);
      return;
    }
  refresh (self);
}

static void
periods_changed_cb (StRecordEditor *self)
{
  if (self->record != NULL && ST_IS_ACTION (self->record))
    rebuild (self);
}

static void
st_record_editor_dispose (GObject *object)
{
  StRecordEditor *self = ST_RECORD_EDITOR (object);

  st_record_editor_set_plan (self, NULL);
  g_clear_object (&self->record);
  g_clear_object (&self->period);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_pointer (&self->placeholder, gtk_widget_unparent);
  G_OBJECT_CLASS (st_record_editor_parent_class)->dispose (object);
}

static void
st_record_editor_class_init (StRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = st_record_editor_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "recordeditor");
}

static void
st_record_editor_init (StRecordEditor *self)
{
  GtkWidget *clamp = adw_clamp_new ();

  self->fields = g_ptr_array_new_with_free_func (field_free);

  self->placeholder = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->placeholder), "document-edit-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->placeholder), _("Nothing Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->placeholder),
                                   _("Select a row to see and change its details"));
  gtk_widget_add_css_class (self->placeholder, "compact");
  gtk_widget_set_hexpand (self->placeholder, TRUE);
  gtk_widget_set_parent (self->placeholder, GTK_WIDGET (self));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_start (self->box, 18);
  gtk_widget_set_margin_end (self->box, 18);
  gtk_widget_set_margin_top (self->box, 18);
  gtk_widget_set_margin_bottom (self->box, 24);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->box);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 560);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);
  gtk_widget_set_hexpand (self->scroller, TRUE);
  gtk_widget_set_vexpand (self->scroller, TRUE);
  gtk_widget_set_visible (self->scroller, FALSE);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
}

GtkWidget *
st_record_editor_new (void)
{
  return g_object_new (ST_TYPE_RECORD_EDITOR, NULL);
}

void
st_record_editor_set_plan (StRecordEditor *self,
                           StPlan         *plan)
{
  g_return_if_fail (ST_IS_RECORD_EDITOR (self));

  if (self->plan == plan)
    return;
  if (self->plan != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->plan, self);
      g_signal_handlers_disconnect_by_data (st_plan_get_periods (self->plan), self);
    }
  g_clear_object (&self->record);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    {
      g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
      g_signal_connect_swapped (st_plan_get_periods (plan), "items-changed", G_CALLBACK (periods_changed_cb), self);
    }
  if (self->fields != NULL)
    rebuild (self);
}

void
st_record_editor_set_record (StRecordEditor *self,
                             StRecord       *record)
{
  g_return_if_fail (ST_IS_RECORD_EDITOR (self));

  if (self->record == record)
    return;
  g_set_object (&self->record, record);
  rebuild (self);
}

StRecord *
st_record_editor_get_record (StRecordEditor *self)
{
  g_return_val_if_fail (ST_IS_RECORD_EDITOR (self), NULL);
  return self->record;
}

void
st_record_editor_set_period (StRecordEditor *self,
                             StPeriod       *period)
{
  g_return_if_fail (ST_IS_RECORD_EDITOR (self));

  if (g_set_object (&self->period, period) && self->record != NULL && ST_IS_ACTION (self->record))
    rebuild (self);
}
