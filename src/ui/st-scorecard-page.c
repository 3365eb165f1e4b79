/* st-scorecard-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-scorecard-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "st-record-view.h"
#include "st-scorecard-page.h"

struct _StScorecardPage
{
  AdwBin        parent_instance;

  StRecordView *view;
};

G_DEFINE_FINAL_TYPE (StScorecardPage, st_scorecard_page, ADW_TYPE_BIN)

static char *
format_value (StRecord *measure,
              double    value)
{
  const char *unit = st_record_get_string (measure, "unit");
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return g_strdup ("");
  g_ascii_formatd (buffer, sizeof buffer, "%.10g", st_round_half_away (value, 2));
  if (g_strcmp0 (unit, "percent") == 0)
    return g_strdup_printf ("%s%%", buffer);
  if (g_strcmp0 (unit, "days") == 0)
    return g_strdup_printf (_("%s days"), buffer);
  return g_strdup (buffer);
}

static char *
unit_text (StRecord *record,
           gpointer  user_data)
{
  const char *unit = st_record_get_string (record, "unit");

  if (g_strcmp0 (unit, "percent") == 0)
    return g_strdup (_("Per cent"));
  if (g_strcmp0 (unit, "days") == 0)
    return g_strdup (_("Days"));
  return g_strdup (_("Number"));
}

static char *
target_text (StRecord *record,
             gpointer  user_data)
{
  if (g_strcmp0 (st_record_get_string (record, "polarity"), "data") == 0)
    return g_strdup (_("Data only"));
  return format_value (record, st_record_get_double (record, "target"));
}

static char *
latest_text (StRecord *record,
             gpointer  user_data)
{
  StMeasure *measure = ST_MEASURE (record);
  guint n = st_measure_get_n_values (measure);
  const StMeasureValue *value;
  g_autofree char *text = NULL;
  g_autofree char *month = NULL;

  if (n == 0)
    return NULL;
  value = st_measure_get_nth_value (measure, n - 1);
  text = format_value (record, value->value);
  month = st_month_to_display (value->month);
  return g_strdup_printf ("%s (%s)", text, month);
}

static void
st_scorecard_page_dispose (GObject *object)
{
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), ST_TYPE_SCORECARD_PAGE);
  G_OBJECT_CLASS (st_scorecard_page_parent_class)->dispose (object);
}

static void
st_scorecard_page_class_init (StScorecardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = st_scorecard_page_dispose;

  g_type_ensure (ST_TYPE_RECORD_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/st-scorecard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StScorecardPage, view);
}

static void
st_scorecard_page_init (StScorecardPage *self)
{
  GtkColumnViewColumn *column;

  gtk_widget_init_template (GTK_WIDGET (self));

  column = st_record_view_add_text_column (self->view, _("Ref"), "ref", NULL, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 80);
  st_record_view_add_text_column (self->view, _("Measure"), "title", NULL, FALSE, TRUE);
  column = st_record_view_add_text_column (self->view, _("Unit"), NULL, unit_text, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 90);
  column = st_record_view_add_text_column (self->view, _("Target"), NULL, target_text, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 100);
  column = st_record_view_add_text_column (self->view, _("Latest value"), NULL, latest_text, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 150);
  st_record_view_add_insert_type (self->view, ST_TYPE_MEASURE);
  st_record_view_set_title (self->view, _("Scorecard measures"));
}

void
st_scorecard_page_set_plan (StScorecardPage *self,
                            StPlan          *plan)
{
  g_return_if_fail (ST_IS_SCORECARD_PAGE (self));

  st_record_view_set_plan (self->view, plan);
  if (plan != NULL)
    st_record_view_set_root (self->view, st_plan_get_measures (plan), NULL, NULL);
}

void
st_scorecard_page_set_period (StScorecardPage *self,
                              StPeriod        *period)
{
  g_return_if_fail (ST_IS_SCORECARD_PAGE (self));
  st_record_view_set_period (self->view, period);
}
