/* st-outcomes-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-outcomes-page"

#include "config.h"

#include <glib/gi18n.h>

#include "st-outcomes-page.h"
#include "st-record-view.h"
#include "st-ui-util.h"

struct _StOutcomesPage
{
  AdwBin        parent_instance;

  GtkStack     *stack;

  StRecordView *outcomes_view;
  StRecordView *development_view;
  StRecordView *voices_view;
};

G_DEFINE_FINAL_TYPE (StOutcomesPage, st_outcomes_page, ADW_TYPE_BIN)

static char *
outcome_text (StRecord *record,
              gpointer  user_data)
{
  if (ST_IS_OUTCOME (record))
    return g_strdup (st_record_get_string (record, "name"));
  return g_strdup (st_record_get_string (record, "text"));
}

static char *
kind_text (StRecord *record,
           gpointer  user_data)
{
  if (ST_IS_OUTCOME (record))
    return NULL;
  if (g_strcmp0 (st_record_get_string (record, "kind"), "measure") == 0)
    return g_strdup (_("Measure"));
  return g_strdup (_("Indicator"));
}

static char *
item_ref_text (StRecord *record,
               gpointer  user_data)
{
  if (ST_IS_OUTCOME (record))
    return NULL;
  if (st_record_get_boolean (record, "in-development"))
    {
      const char *ref = st_record_get_string (record, "measure-ref");
      /* Translators: a measure still being developed */
      return g_strdup_printf (_("%s (in development)"), ref && *ref ? ref : "");
    }
  return g_strdup (st_record_get_string (record, "measure-ref"));
}

static char *
voice_kind_text (StRecord *record,
                 gpointer  user_data)
{
  return g_strdup (g_strcmp0 (st_record_get_string (record, "kind"), "commitment") == 0
                   ? _("Commitment") : _("Priority"));
}

static void
st_outcomes_page_dispose (GObject *object)
{
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), ST_TYPE_OUTCOMES_PAGE);
  G_OBJECT_CLASS (st_outcomes_page_parent_class)->dispose (object);
}

static void
st_outcomes_page_class_init (StOutcomesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = st_outcomes_page_dispose;

  g_type_ensure (ST_TYPE_RECORD_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/st-outcomes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StOutcomesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StOutcomesPage, outcomes_view);
  gtk_widget_class_bind_template_child (widget_class, StOutcomesPage, development_view);
  gtk_widget_class_bind_template_child (widget_class, StOutcomesPage, voices_view);
}

static void
st_outcomes_page_init (StOutcomesPage *self)
{
  GtkColumnViewColumn *column;

  gtk_widget_init_template (GTK_WIDGET (self));
  st_ui_stack_focus_visible_only (self->stack);

  st_record_view_add_text_column (self->outcomes_view, _("Outcome, indicator or measure"), NULL, outcome_text, TRUE, TRUE);
  column = st_record_view_add_text_column (self->outcomes_view, _("Kind"), NULL, kind_text, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 110);
  column = st_record_view_add_text_column (self->outcomes_view, _("Scorecard"), NULL, item_ref_text, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 140);
  st_record_view_add_insert_type (self->outcomes_view, ST_TYPE_OUTCOME);
  st_record_view_add_insert_type (self->outcomes_view, ST_TYPE_OUTCOME_ITEM);

  st_record_view_add_text_column (self->development_view, _("Area for development"), "title", NULL, FALSE, TRUE);
  column = st_record_view_add_text_column (self->development_view, _("Strategic oversight"), "oversight", NULL, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 200);
  column = st_record_view_add_text_column (self->development_view, _("Responsible individual"), "responsible", NULL, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 200);
  st_record_view_add_insert_type (self->development_view, ST_TYPE_DEVELOPMENT_AREA);

  column = st_record_view_add_text_column (self->voices_view, _("Kind"), NULL, voice_kind_text, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 120);
  st_record_view_add_text_column (self->voices_view, _("Text"), "text", NULL, FALSE, TRUE);
  st_record_view_add_insert_type (self->voices_view, ST_TYPE_VOICE);
  st_record_view_set_title (self->outcomes_view, _("Outcomes with their indicators and measures"));
  st_record_view_set_title (self->development_view, _("Areas for development"));
  st_record_view_set_title (self->voices_view, _("Voices commitments and priorities"));
}

void
st_outcomes_page_set_plan (StOutcomesPage *self,
                           StPlan         *plan)
{
  g_return_if_fail (ST_IS_OUTCOMES_PAGE (self));

  st_record_view_set_plan (self->outcomes_view, plan);
  st_record_view_set_plan (self->development_view, plan);
  st_record_view_set_plan (self->voices_view, plan);
  if (plan != NULL)
    {
      st_record_view_set_root (self->outcomes_view, st_plan_get_outcomes (plan), NULL, NULL);
      st_record_view_set_root (self->development_view, st_plan_get_list (plan, ST_TYPE_DEVELOPMENT_AREA), NULL, NULL);
      st_record_view_set_root (self->voices_view, st_plan_get_list (plan, ST_TYPE_VOICE), NULL, NULL);
    }
}

void
st_outcomes_page_set_period (StOutcomesPage *self,
                             StPeriod       *period)
{
  g_return_if_fail (ST_IS_OUTCOMES_PAGE (self));
}
