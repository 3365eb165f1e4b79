/* st-measure-detail.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-measure-detail"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "st-chart-widget.h"
#include "st-measure-detail.h"
#include "st-scorecard.h"

typedef struct
{
  int        month;
  GtkWidget *value_entry;
  GtkWidget *target_label;
  GtkWidget *rag_label;
  GtkWidget *note_entry;
} MonthRow;

struct _StMeasureDetail
{
  GtkWidget      parent_instance;

  GtkWidget     *box;
  GtkWidget     *title_label;
  GtkWidget     *facts_label;
  GtkWidget     *definition_label;
  GtkWidget     *notes_label;
  GtkWidget     *cited_box;
  StChartWidget *chart;
  GtkWidget     *grid;
  GtkWidget     *error_label;

  StPlan        *plan;
  StMeasure     *measure;
  GArray        *rows;       /* MonthRow */
  int            first_month;
  int            last_month;
};

G_DEFINE_FINAL_TYPE (StMeasureDetail, st_measure_detail, GTK_TYPE_WIDGET)

enum
{
  ACTION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void rebuild (StMeasureDetail *self);

/* Formatting ------------------------------------------------------------- */

static char *
format_plain (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return g_strdup ("");
  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.10g", st_round_half_away (value, 4)));
}

static void
set_rag_label (StMeasureDetail *self,
               GtkWidget       *label,
               StRag            rag,
               gboolean         has_value)
{
  StStatusInfo *info = st_plan_get_status_info (self->plan, st_rag_to_status (rag));
  const char *colour = info ? st_record_get_string (ST_RECORD (info), "colour") : "#A6A6A6";
  g_autofree char *markup = NULL;
  StChartRgba rgba, ink;

  if (!has_value)
    {
      gtk_label_set_text (GTK_LABEL (label), "");
      return;
    }
  st_chart_rgba_parse (colour, &rgba);
  /* dark letters on light colours, white on dark ones */
  ink = (0.2126 * rgba.red + 0.7152 * rgba.green + 0.0722 * rgba.blue) > 0.45
        ? (StChartRgba) { 0, 0, 0, 1 } : (StChartRgba) { 1, 1, 1, 1 };
  markup = g_markup_printf_escaped ("<span background=\"%s\" foreground=\"%s\" weight=\"bold\"> %s </span> %s",
                                    colour, ink.red > 0.5 ? "#FFFFFF" : "#000000",
                                    st_rag_to_letter (rag), st_rag_to_label (rag));
  gtk_label_set_markup (GTK_LABEL (label), markup);
}

/* Rows ------------------------------------------------------------------- */

static MonthRow *
find_row (StMeasureDetail *self,
          GtkWidget       *widget)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      MonthRow *row = &g_array_index (self->rows, MonthRow, i);

      if (row->value_entry == widget || row->note_entry == widget)
        return row;
    }
  return NULL;
}

static void
update_row (StMeasureDetail *self,
            MonthRow        *row,
            gboolean         texts)
{
  const StMeasureValue *v = st_measure_lookup_value (self->measure, row->month);
  const char *unit = st_record_get_string (ST_RECORD (self->measure), "unit");

  if (texts)
    {
      g_autofree char *value = v ? format_plain (v->value) : g_strdup ("");

      gtk_editable_set_text (GTK_EDITABLE (row->value_entry), value);
      gtk_editable_set_text (GTK_EDITABLE (row->note_entry), v ? v->note : "");
      gtk_widget_remove_css_class (row->value_entry, "error");
    }
  if (v && v->polarity != ST_POLARITY_DATA && !isnan (v->target))
    {
      g_autofree char *target = st_scorecard_format_value (unit, v->target);
      g_autofree char *tolerance = st_scorecard_format_tolerance (v->tolerance, v->tolerance_kind, unit);
      g_autofree char *text = *tolerance ? g_strdup_printf (_("%s, tolerance %s"), target, tolerance)
                                         : g_strdup (target);

      gtk_label_set_text (GTK_LABEL (row->target_label), text);
    }
  else
    gtk_label_set_text (GTK_LABEL (row->target_label), v ? _("Data only") : "");
  set_rag_label (self, row->rag_label, st_rag_rate_value (v), v != NULL);
}

static gboolean
parse_value (const char  *text,
             double      *value,
             GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;
  gsize len = strlen (copy);

  if (len > 0 && copy[len - 1] == '%')
    copy[--len] = '\0';
  g_strstrip (copy);
  if (*copy == '\0')
    {
      *value = NAN;
      return TRUE;
    }
  *value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || isnan (*value) || isinf (*value))
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID,
                   _("“%s” is not a number; type a value such as 88.5"), text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
commit_row (StMeasureDetail  *self,
            MonthRow         *row,
            GError          **error)
{
  const StMeasureValue *v = st_measure_lookup_value (self->measure, row->month);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row->value_entry));
  const char *note = gtk_editable_get_text (GTK_EDITABLE (row->note_entry));
  double value;

  if (!parse_value (text, &value, error))
    return FALSE;
  if (isnan (value) && v == NULL)
    return TRUE;
  if (v != NULL && !isnan (value) && value == v->value && g_strcmp0 (note, v->note) == 0)
    return TRUE;
  return st_plan_set_measure_value (self->plan, self->measure, row->month, value,
                                    isnan (value) ? NULL : note, error);
}

static void
commit_and_report (StMeasureDetail *self,
                   MonthRow        *row)
{
  g_autoptr(GError) error = NULL;

  if (row == NULL || self->measure == NULL || self->plan == NULL)
    return;
  if (commit_row (self, row, &error))
    {
      gtk_widget_remove_css_class (row->value_entry, "error");
      gtk_widget_set_visible (self->error_label, FALSE);
      return;
    }
  /* keep what was typed, say what is wrong */
  {
    g_autofree char *month = st_month_to_display (row->month);
    g_autofree char *text = g_strdup_printf ("%s: %s", month, error->message);

    gtk_widget_add_css_class (row->value_entry, "error");
    gtk_label_set_text (GTK_LABEL (self->error_label), text);
    gtk_widget_set_visible (self->error_label, TRUE);
  }
}

static void
entry_activate_cb (GtkEntry        *entry,
                   StMeasureDetail *self)
{
  commit_and_report (self, find_row (self, GTK_WIDGET (entry)));
}

static void
entry_focus_leave_cb (GtkEventControllerFocus *controller,
                      StMeasureDetail         *self)
{
  commit_and_report (self, find_row (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

static GtkWidget *
make_entry (StMeasureDetail *self,
            const char      *accessible_label,
            int              width_chars)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width_chars);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  g_signal_connect (entry, "activate", G_CALLBACK (entry_activate_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (entry_focus_leave_cb), self);
  gtk_widget_add_controller (entry, focus);
  return entry;
}

static GtkWidget *
header_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static void
clear_grid (StMeasureDetail *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->grid), child);
  g_array_set_size (self->rows, 0);
}

/* Months from the first value (or the baseline) to the later of the last
 * value and the latest reporting period, newest first. */
static void
month_range (StMeasureDetail *self,
             int             *first,
             int             *last)
{
  guint n = st_measure_get_n_values (self->measure);
  StPeriod *period = st_plan_get_latest_period (self->plan);
  const char *baseline = st_record_get_string (ST_RECORD (self->measure), "baseline-date");
  int base = ST_MONTH_NONE;
  int period_end = period ? st_period_get_end_month (period) : ST_MONTH_NONE;

  if (baseline)
    st_month_parse (baseline, &base);
  *last = n ? st_measure_get_nth_value (self->measure, n - 1)->month : ST_MONTH_NONE;
  *last = MAX (*last, period_end);
  if (*last == ST_MONTH_NONE)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      *last = st_month_make (g_date_time_get_year (now), g_date_time_get_month (now));
    }
  if (n)
    *first = st_measure_get_nth_value (self->measure, 0)->month;
  else if (base != ST_MONTH_NONE && base < *last)
    *first = base + 1;
  else
    *first = *last - 11;
  *first = MAX (*first, *last - 239);
}

static void
fill_grid (StMeasureDetail *self)
{
  const char *titles[] = { N_("Month"), N_("Value"), N_("Target when entered"), N_("RAG"), N_("Note") };

  clear_grid (self);
  if (self->measure == NULL)
    return;
  for (guint c = 0; c < G_N_ELEMENTS (titles); c++)
    gtk_grid_attach (GTK_GRID (self->grid), header_label (_(titles[c])), c, 0, 1, 1);

  month_range (self, &self->first_month, &self->last_month);
  for (int m = self->last_month; m >= self->first_month; m--)
    {
      g_autofree char *name = st_month_to_display (m);
      g_autofree char *value_label = g_strdup_printf (_("Value for %s"), name);
      g_autofree char *note_label = g_strdup_printf (_("Note for %s"), name);
      MonthRow row = { m };
      GtkWidget *month_label = gtk_label_new (name);
      int y = self->rows->len + 1;

      gtk_label_set_xalign (GTK_LABEL (month_label), 0);
      row.value_entry = make_entry (self, value_label, 8);
      gtk_entry_set_input_purpose (GTK_ENTRY (row.value_entry), GTK_INPUT_PURPOSE_NUMBER);
      row.target_label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (row.target_label), 0);
      gtk_widget_add_css_class (row.target_label, "dim-label");
      row.rag_label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (row.rag_label), 0);
      row.note_entry = make_entry (self, note_label, 24);
      gtk_widget_set_hexpand (row.note_entry, TRUE);

      gtk_grid_attach (GTK_GRID (self->grid), month_label, 0, y, 1, 1);
      gtk_grid_attach (GTK_GRID (self->grid), row.value_entry, 1, y, 1, 1);
      gtk_grid_attach (GTK_GRID (self->grid), row.target_label, 2, y, 1, 1);
      gtk_grid_attach (GTK_GRID (self->grid), row.rag_label, 3, y, 1, 1);
      gtk_grid_attach (GTK_GRID (self->grid), row.note_entry, 4, y, 1, 1);
      g_array_append_val (self->rows, row);
      update_row (self, &g_array_index (self->rows, MonthRow, self->rows->len - 1), TRUE);
    }
}

/* Header and chart ------------------------------------------------------- */

static void
cited_clicked_cb (GtkButton       *button,
                  StMeasureDetail *self)
{
  StAction *action = g_object_get_data (G_OBJECT (button), "action");

  if (action)
    g_signal_emit (self, signals[ACTION_ACTIVATED], 0, action);
}

static void
update_header (StMeasureDetail *self)
{
  StRecord *m = ST_RECORD (self->measure);
  const char *unit = st_record_get_string (m, "unit");
  const char *bdate = st_record_get_string (m, "baseline-date");
  g_autofree char *title = g_strdup_printf ("%s  %s", st_record_get_string (m, "ref"), st_record_get_string (m, "title"));
  g_autofree char *baseline = st_scorecard_format_value (unit, st_record_get_double (m, "baseline-value"));
  g_autofree char *target = st_scorecard_format_value (unit, st_record_get_double (m, "target"));
  g_autofree char *tolerance = st_scorecard_format_tolerance (st_record_get_double (m, "tolerance"),
                                                              st_measure_get_tolerance_kind (self->measure), unit);
  g_autoptr(GString) facts = g_string_new (NULL);
  g_autoptr(GPtrArray) cited = st_scorecard_find_citing_actions (self->plan, st_record_get_string (m, "ref"));
  GtkWidget *child;

  gtk_label_set_text (GTK_LABEL (self->title_label), title);
  g_string_append_printf (facts, "%s · %s · %s", st_scorecard_unit_label (unit),
                          st_scorecard_frequency_label (st_record_get_string (m, "frequency")),
                          st_scorecard_polarity_label (st_measure_get_polarity (self->measure)));
  if (*baseline)
    {
      int month = ST_MONTH_NONE;

      if (bdate && st_month_parse (bdate, &month))
        {
          g_autofree char *when = st_month_to_display (month);

          g_string_append_printf (facts, _(" · baseline %s (%s)"), baseline, when);
        }
      else
        g_string_append_printf (facts, _(" · baseline %s"), baseline);
    }
  if (*target && st_measure_get_polarity (self->measure) != ST_POLARITY_DATA)
    g_string_append_printf (facts, _(" · target %s"), target);
  if (*tolerance && st_measure_get_polarity (self->measure) != ST_POLARITY_DATA)
    g_string_append_printf (facts, _(" · tolerance %s"), tolerance);
  gtk_label_set_text (GTK_LABEL (self->facts_label), facts->str);
  gtk_label_set_text (GTK_LABEL (self->definition_label), st_record_get_string (m, "definition"));
  gtk_widget_set_visible (self->definition_label, *st_record_get_string (m, "definition") != '\0');
  gtk_label_set_text (GTK_LABEL (self->notes_label), st_record_get_string (m, "notes"));
  gtk_widget_set_visible (self->notes_label, *st_record_get_string (m, "notes") != '\0');

  while ((child = gtk_widget_get_first_child (self->cited_box)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->cited_box), child);
  child = gtk_label_new (cited->len ? _("Cited by actions:") : _("No action cites this measure."));
  gtk_widget_add_css_class (child, "dim-label");
  gtk_flow_box_append (GTK_FLOW_BOX (self->cited_box), child);
  for (guint i = 0; i < cited->len; i++)
    {
      StAction *action = g_ptr_array_index (cited, i);
      GtkWidget *button = gtk_button_new_with_label (st_action_get_ref (action));
      g_autofree char *tip = g_strdup_printf (_("Go to action %s: %s"), st_action_get_ref (action),
                                              st_action_get_text (action));

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, tip);
      g_object_set_data_full (G_OBJECT (button), "action", g_object_ref (action), g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (cited_clicked_cb), self);
      gtk_flow_box_append (GTK_FLOW_BOX (self->cited_box), button);
    }
}

static void
update_chart (StMeasureDetail *self)
{
  st_chart_widget_set_trend (self->chart, st_trend_data_new (self->plan, self->measure,
                                                             ST_MONTH_NONE, ST_MONTH_NONE));
}

static void
values_changed_cb (StMeasureDetail *self)
{
  int first, last;

  month_range (self, &first, &last);
  if (first != self->first_month || last != self->last_month)
    fill_grid (self);
  else
    for (guint i = 0; i < self->rows->len; i++)
      {
        MonthRow *row = &g_array_index (self->rows, MonthRow, i);

        /* never overwrite what is being typed */
        update_row (self, row, !gtk_widget_has_focus (row->value_entry) &&
                               !gtk_widget_has_focus (row->note_entry) &&
                               !gtk_widget_has_css_class (row->value_entry, "error"));
      }
  update_chart (self);
}

static void
measure_notify_cb (StMeasureDetail *self)
{
  update_header (self);
  update_chart (self);
}

static void
rebuild (StMeasureDetail *self)
{
  gtk_widget_set_visible (self->box, self->measure != NULL && self->plan != NULL);
  gtk_widget_set_visible (self->error_label, FALSE);
  if (self->measure == NULL || self->plan == NULL)
    {
      clear_grid (self);
      st_chart_widget_set_trend (self->chart, NULL);
      return;
    }
  update_header (self);
  update_chart (self);
  fill_grid (self);
}

/* Class ------------------------------------------------------------------ */

static void
st_measure_detail_dispose (GObject *object)
{
  StMeasureDetail *self = ST_MEASURE_DETAIL (object);

  if (self->measure)
    g_signal_handlers_disconnect_by_data (self->measure, self);
  g_clear_object (&self->measure);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (st_measure_detail_parent_class)->dispose (object);
}

static void
st_measure_detail_finalize (GObject *object)
{
  g_array_unref (ST_MEASURE_DETAIL (object)->rows);
  G_OBJECT_CLASS (st_measure_detail_parent_class)->finalize (object);
}

static void
st_measure_detail_class_init (StMeasureDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = st_measure_detail_dispose;
  object_class->finalize = st_measure_detail_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "measuredetail");

  signals[ACTION_ACTIVATED] =
    g_signal_new ("action-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ST_TYPE_ACTION);
}

static GtkWidget *
wrapped_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
st_measure_detail_init (StMeasureDetail *self)
{
  GtkWidget *values_title;

  self->rows = g_array_new (FALSE, TRUE, sizeof (MonthRow));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 12);
  gtk_widget_set_margin_top (self->box, 12);
  gtk_widget_set_margin_bottom (self->box, 12);

  self->title_label = wrapped_label ("title-3");
  gtk_label_set_selectable (GTK_LABEL (self->title_label), FALSE);
  self->facts_label = wrapped_label ("dim-label");
  self->definition_label = wrapped_label (NULL);
  self->notes_label = wrapped_label ("dim-label");
  self->cited_box = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->cited_box), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->cited_box), 16);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->cited_box), 2);
  self->chart = ST_CHART_WIDGET (st_chart_widget_new ());
  gtk_widget_set_size_request (GTK_WIDGET (self->chart), -1, 300);
  values_title = header_label (_("Values by month"));
  gtk_widget_set_margin_top (values_title, 6);
  self->error_label = wrapped_label ("error");
  gtk_widget_set_visible (self->error_label, FALSE);
  self->grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 4);

  gtk_box_append (GTK_BOX (self->box), self->title_label);
  gtk_box_append (GTK_BOX (self->box), self->facts_label);
  gtk_box_append (GTK_BOX (self->box), self->definition_label);
  gtk_box_append (GTK_BOX (self->box), self->notes_label);
  gtk_box_append (GTK_BOX (self->box), self->cited_box);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->chart));
  gtk_box_append (GTK_BOX (self->box), values_title);
  gtk_box_append (GTK_BOX (self->box), self->error_label);
  gtk_box_append (GTK_BOX (self->box), self->grid);
  gtk_widget_set_visible (self->box, FALSE);
}

GtkWidget *
st_measure_detail_new (void)
{
  return g_object_new (ST_TYPE_MEASURE_DETAIL, NULL);
}

void
st_measure_detail_set_plan (StMeasureDetail *self,
                            StPlan          *plan)
{
  g_return_if_fail (ST_IS_MEASURE_DETAIL (self));

  if (self->plan == plan)
    return;
  st_measure_detail_set_measure (self, NULL);
  g_set_object (&self->plan, plan);
}

void
st_measure_detail_set_measure (StMeasureDetail *self,
                               StMeasure       *measure)
{
  g_return_if_fail (ST_IS_MEASURE_DETAIL (self));
  g_return_if_fail (measure == NULL || ST_IS_MEASURE (measure));

  if (self->measure == measure)
    return;
  if (self->measure)
    g_signal_handlers_disconnect_by_data (self->measure, self);
  g_set_object (&self->measure, measure);
  if (measure)
    {
      g_signal_connect_swapped (measure, "values-changed", G_CALLBACK (values_changed_cb), self);
      g_signal_connect_swapped (measure, "notify", G_CALLBACK (measure_notify_cb), self);
    }
  rebuild (self);
}

StMeasure *
st_measure_detail_get_measure (StMeasureDetail *self)
{
  g_return_val_if_fail (ST_IS_MEASURE_DETAIL (self), NULL);
  return self->measure;
}

gboolean
st_measure_detail_enter_value (StMeasureDetail  *self,
                               int               month,
                               const char       *text,
                               GError          **error)
{
  g_return_val_if_fail (ST_IS_MEASURE_DETAIL (self), FALSE);

  for (guint i = 0; i < self->rows->len; i++)
    {
      MonthRow *row = &g_array_index (self->rows, MonthRow, i);

      if (row->month == month)
        {
          gtk_editable_set_text (GTK_EDITABLE (row->value_entry), text);
          g_signal_emit_by_name (row->value_entry, "activate");
          if (gtk_widget_has_css_class (row->value_entry, "error"))
            {
              g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID, "%s",
                           gtk_label_get_text (GTK_LABEL (self->error_label)));
              return FALSE;
            }
          return TRUE;
        }
    }
  g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID, _("That month is not in the grid"));
  return FALSE;
}
