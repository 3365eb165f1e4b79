/* st-progress-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-progress-view"

#include "config.h"

#include <glib/gi18n.h>

#include "st-chart-widget.h"
#include "st-progress-view.h"

struct _StProgressView
{
  GtkWidget       parent_instance;

  GtkWidget      *box;
  GtkDropDown    *area_choice;
  GtkStringList  *area_names;
  GtkToggleButton *shares_button;
  StChartWidget  *chart;

  StPlan         *plan;
  GPtrArray      *areas;     /* StArea, matching area_names after the first */
  guint           rebuild_id;
  gboolean        filling;
};

G_DEFINE_FINAL_TYPE (StProgressView, st_progress_view, GTK_TYPE_WIDGET)

static void
redraw (StProgressView *self)
{
  guint selected = gtk_drop_down_get_selected (self->area_choice);
  StArea *area = NULL;

  if (self->plan == NULL)
    {
      st_chart_widget_set_progress (self->chart, NULL);
      return;
    }
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected - 1 < self->areas->len)
    area = g_ptr_array_index (self->areas, selected - 1);
  st_chart_widget_set_progress (self->chart,
                                st_progress_data_new (self->plan, area,
                                                      gtk_toggle_button_get_active (self->shares_button)));
}

/* The areas may have changed: refill the choice, keeping the chosen area. */
static void
refill (StProgressView *self)
{
  StArea *chosen = NULL;
  guint selected = gtk_drop_down_get_selected (self->area_choice);
  guint keep = 0;
  GListModel *areas;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->area_names));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected - 1 < self->areas->len)
    chosen = g_object_ref (g_ptr_array_index (self->areas, selected - 1));
  g_ptr_array_set_size (self->areas, 0);

  g_ptr_array_add (names, g_strdup (_("All priority areas")));
  if (self->plan)
    {
      areas = st_plan_get_areas (self->plan);
      for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
        {
          StArea *area = g_list_model_get_item (areas, i);

          g_ptr_array_add (self->areas, area);
          /* TRANSLATORS: a priority area in a list, "Priority area 2" */
          g_ptr_array_add (names, g_strdup_printf (_("Priority area %s"),
                                                   st_record_get_string (ST_RECORD (area), "number")));
          if (area == chosen)
            keep = i + 1;
        }
    }
  g_ptr_array_add (names, NULL);

  self->filling = TRUE;
  gtk_string_list_splice (self->area_names, 0, n_old, (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->area_choice, keep);
  self->filling = FALSE;
  g_clear_object (&chosen);
  redraw (self);
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  StProgressView *self = data;

  self->rebuild_id = 0;
  refill (self);
  return G_SOURCE_REMOVE;
}

/* Many edits come in a burst (an import, an undo): redraw once after them. */
static void
plan_changed_cb (StProgressView *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle_cb, self);
}

static void
choice_changed_cb (StProgressView *self)
{
  if (!self->filling)
    redraw (self);
}

static void
st_progress_view_dispose (GObject *object)
{
  StProgressView *self = ST_PROGRESS_VIEW (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (st_progress_view_parent_class)->dispose (object);
}

static void
st_progress_view_finalize (GObject *object)
{
  StProgressView *self = ST_PROGRESS_VIEW (object);

  g_ptr_array_unref (self->areas);
  G_OBJECT_CLASS (st_progress_view_parent_class)->finalize (object);
}

static void
st_progress_view_class_init (StProgressViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = st_progress_view_dispose;
  object_class->finalize = st_progress_view_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "progressview");
}

static void
st_progress_view_init (StProgressView *self)
{
  GtkWidget *header, *title;

  self->areas = g_ptr_array_new_with_free_func (g_object_unref);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  title = gtk_label_new (_("Progress over time"));
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_set_hexpand (title, TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (header), title);

  self->area_names = gtk_string_list_new (NULL);
  self->area_choice = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (self->area_names), NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->area_choice), _("Priority area to chart"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area_choice),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Priority area to chart"), -1);
  g_signal_connect_swapped (self->area_choice, "notify::selected", G_CALLBACK (choice_changed_cb), self);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->area_choice));

  self->shares_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_label (_("Percentages")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->shares_button), _("Show each status as a share of the actions"));
  g_signal_connect_swapped (self->shares_button, "toggled", G_CALLBACK (choice_changed_cb), self);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->shares_button));
  gtk_box_append (GTK_BOX (self->box), header);

  self->chart = ST_CHART_WIDGET (st_chart_widget_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->chart), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self->chart), -1, 340);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->chart));

  refill (self);
}

GtkWidget *
st_progress_view_new (void)
{
  return g_object_new (ST_TYPE_PROGRESS_VIEW, NULL);
}

void
st_progress_view_set_plan (StProgressView *self,
                           StPlan         *plan)
{
  g_return_if_fail (ST_IS_PROGRESS_VIEW (self));
  g_return_if_fail (plan == NULL || ST_IS_PLAN (plan));

  if (self->plan == plan)
    return;
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  if (plan)
    {
      g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
      g_signal_connect_swapped (plan, "reloaded", G_CALLBACK (plan_changed_cb), self);
    }
  refill (self);
}

void
st_progress_view_set_area (StProgressView *self,
                           StArea         *area)
{
  g_return_if_fail (ST_IS_PROGRESS_VIEW (self));

  for (guint i = 0; i < self->areas->len; i++)
    if (g_ptr_array_index (self->areas, i) == (gpointer) area)
      {
        gtk_drop_down_set_selected (self->area_choice, i + 1);
        return;
      }
  gtk_drop_down_set_selected (self->area_choice, 0);
}
