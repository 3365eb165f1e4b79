/* st-overview-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "st-overview-page.h"
#include "st-progress-view.h"
#include "st-status-chip.h"

struct _StOverviewPage
{
  AdwBin      parent_instance;

  GtkLabel   *title_label;
  GtkLabel   *subtitle_label;
  GtkBox     *totals_box;
  GtkGrid    *summary_grid;
  GtkListBox *key_list;
  GtkBox     *chart_box;
  GtkWidget  *progress_view;

  StPlan     *plan;
  StPeriod   *period;
  StSummary  *summary;
  guint changed_idle;   /* the model settles after StPlan::changed */
};

G_DEFINE_FINAL_TYPE (StOverviewPage, st_overview_page, ADW_TYPE_BIN)

static void
clear_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    {
      if (GTK_IS_GRID (widget))
        gtk_grid_remove (GTK_GRID (widget), child);
      else
        gtk_box_remove (GTK_BOX (widget), child);
    }
}

static const char *
status_word (StStatus status)
{
  switch (status)
    {
    case ST_STATUS_BLUE: return _("Blue");
    case ST_STATUS_GREEN: return _("Green");
    case ST_STATUS_AMBER: return _("Amber");
    case ST_STATUS_RED: return _("Red");
    case ST_STATUS_GREY: return _("Grey");
    default: return _("Not rated");
    }
}

static void
add_total (StOverviewPage *self,
           guint           value,
           const char     *caption,
           gboolean        warning)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *number = g_strdup_printf ("%u", value);
  GtkWidget *big = gtk_label_new (number);
  GtkWidget *small = gtk_label_new (caption);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "total-card");
  gtk_widget_add_css_class (big, "title-1");
  gtk_widget_add_css_class (small, "dim-label");
  if (warning && value > 0)
    gtk_widget_add_css_class (big, "warning");
  gtk_box_append (GTK_BOX (box), big);
  gtk_box_append (GTK_BOX (box), small);
  gtk_box_append (self->totals_box, box);
}

static GtkWidget *
cell (const char *text,
      gboolean    heading,
      int         row)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), heading ? 0 : 1);
  gtk_widget_add_css_class (label, "summary-cell");
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_add_css_class (label, "numeric");
  if (row % 2 == 0)
    gtk_widget_add_css_class (label, "even");
  return label;
}

static void
add_counts_row (StOverviewPage        *self,
                int                    row,
                const char            *name,
                const StSummaryCounts *counts,
                guint                  n_statuses)
{
  GListModel *statuses = st_plan_get_statuses (self->plan);
  g_autofree char *subs = g_strdup_printf ("%u", counts->n_sub_actions);
  g_autofree char *actions = g_strdup_printf ("%u", counts->n_actions);
  g_autofree char *unrated = g_strdup_printf ("%u", counts->unrated);
  GtkWidget *name_label = cell (name, TRUE, row);
  int col = 0;

  gtk_label_set_ellipsize (GTK_LABEL (name_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (name_label), 40);
  gtk_widget_set_tooltip_text (name_label, name);
  gtk_widget_set_hexpand (name_label, TRUE);
  gtk_grid_attach (self->summary_grid, name_label, col++, row, 1, 1);
  gtk_grid_attach (self->summary_grid, cell (subs, FALSE, row), col++, row, 1, 1);
  gtk_grid_attach (self->summary_grid, cell (actions, FALSE, row), col++, row, 1, 1);
  for (guint i = 0; i < n_statuses; i++)
    {
      g_autoptr(StStatusInfo) info = g_list_model_get_item (statuses, i);
      StStatus status = st_status_info_get_status (info);
      int tenths = st_percent_tenths (counts->counts[status], counts->n_actions);
      g_autofree char *text = g_strdup_printf ("%u  ·  %d.%d%%", counts->counts[status], tenths / 10, tenths % 10);
      gtk_grid_attach (self->summary_grid, cell (text, FALSE, row), col++, row, 1, 1);
    }
  gtk_grid_attach (self->summary_grid, cell (unrated, FALSE, row), col++, row, 1, 1);
}

static void
rebuild (StOverviewPage *self)
{
  GListModel *statuses;
  const StSummaryCounts *overall;
  guint n_statuses;
  int col = 0;
  g_autofree char *subtitle = NULL;

  clear_children (GTK_WIDGET (self->totals_box));
  clear_children (GTK_WIDGET (self->summary_grid));
  {
    GtkWidget *child;
    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->key_list))) != NULL)
      gtk_list_box_remove (self->key_list, child);
  }
  g_clear_pointer (&self->summary, st_summary_unref);

  if (self->plan == NULL)
    {
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->subtitle_label, "");
      return;
    }

  gtk_label_set_text (self->title_label, st_record_get_string (ST_RECORD (st_plan_get_info (self->plan)), "title"));
  if (self->period != NULL)
    subtitle = g_strdup_printf (_("Reporting period %s, ending %s"), st_period_get_label (self->period),
                                st_record_get_string (ST_RECORD (self->period), "end-date"));
  else
    subtitle = g_strdup (_("No reporting period yet: add one on the Governance page"));
  gtk_label_set_text (self->subtitle_label, subtitle);

  self->summary = st_summary_new (self->plan, self->period);
  overall = st_summary_get_overall (self->summary);
  add_total (self, overall->n_areas, _("Priority areas"), FALSE);
  add_total (self, overall->n_sub_actions, _("Sub-actions"), FALSE);
  add_total (self, overall->n_actions, _("Actions"), FALSE);
  add_total (self, overall->overdue, _("Overdue"), TRUE);

  statuses = st_plan_get_statuses (self->plan);
  n_statuses = g_list_model_get_n_items (statuses);

  /* header: Area | Sub-actions | Actions | one chip per status | Not rated */
  gtk_grid_attach (self->summary_grid, cell (_("Priority area"), TRUE, 1), col++, 0, 1, 1);
  gtk_grid_attach (self->summary_grid, cell (_("Sub-actions"), TRUE, 1), col++, 0, 1, 1);
  gtk_grid_attach (self->summary_grid, cell (_("Actions"), TRUE, 1), col++, 0, 1, 1);
  for (guint i = 0; i < n_statuses; i++)
    {
      g_autoptr(StStatusInfo) info = g_list_model_get_item (statuses, i);
      GtkWidget *chip = st_status_chip_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *word = gtk_label_new (status_word (st_status_info_get_status (info)));

      st_status_chip_set_info (ST_STATUS_CHIP (chip), info);
      gtk_widget_set_halign (box, GTK_ALIGN_END);
      gtk_widget_add_css_class (word, "heading");
      gtk_box_append (GTK_BOX (box), chip);
      gtk_box_append (GTK_BOX (box), word);
      gtk_widget_add_css_class (box, "summary-cell");
      gtk_grid_attach (self->summary_grid, box, col++, 0, 1, 1);

      {
        GtkWidget *row = adw_action_row_new ();
        GtkWidget *key_chip = st_status_chip_new ();

        st_status_chip_set_info (ST_STATUS_CHIP (key_chip), info);
        adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), st_record_get_string (ST_RECORD (info), "label"));
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), st_record_get_string (ST_RECORD (info), "definition"));
        adw_action_row_add_prefix (ADW_ACTION_ROW (row), key_chip);
        gtk_list_box_append (self->key_list, row);
      }
    }
  gtk_grid_attach (self->summary_grid, cell (_("Not rated"), TRUE, 1), col++, 0, 1, 1);

  add_counts_row (self, 1, _("All priority areas"), overall, n_statuses);
  for (guint a = 0; a < st_summary_get_n_areas (self->summary); a++)
    {
      StArea *area = st_summary_get_area (self->summary, a);
      g_autofree char *name = g_strdup_printf ("%s  %s", st_record_get_string (ST_RECORD (area), "number"),
                                               st_record_get_string (ST_RECORD (area), "title"));
      add_counts_row (self, a + 2, name, st_summary_get_area_counts (self->summary, a), n_statuses);
    }
}

static void
plan_changed_now (StOverviewPage *self)
{
  rebuild (self);
}

static gboolean
plan_changed_idle_cb (gpointer data)
{
  StOverviewPage *self = data;

  self->changed_idle = 0;
  plan_changed_now (self);
  return G_SOURCE_REMOVE;
}

/* Deletions, insertions and moves update the lists after StPlan::changed:
 * look at the plan once it has settled. */
static void
plan_changed_cb (StOverviewPage *self)
{
  if (self->changed_idle == 0)
    self->changed_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, plan_changed_idle_cb, self, NULL);
}


static void
st_overview_page_dispose (GObject *object)
{
  StOverviewPage *self = ST_OVERVIEW_PAGE (object);

  st_overview_page_set_plan (self, NULL);
  g_clear_handle_id (&self->changed_idle, g_source_remove);
  g_clear_object (&self->period);
  g_clear_pointer (&self->summary, st_summary_unref);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ST_TYPE_OVERVIEW_PAGE);
  G_OBJECT_CLASS (st_overview_page_parent_class)->dispose (object);
}

static void
st_overview_page_class_init (StOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = st_overview_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/st-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StOverviewPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, StOverviewPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, StOverviewPage, totals_box);
  gtk_widget_class_bind_template_child (widget_class, StOverviewPage, summary_grid);
  gtk_widget_class_bind_template_child (widget_class, StOverviewPage, key_list);
  gtk_widget_class_bind_template_child (widget_class, StOverviewPage, chart_box);
}

static void
st_overview_page_init (StOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->progress_view = st_progress_view_new ();
  gtk_box_append (self->chart_box, self->progress_view);
}

void
st_overview_page_set_plan (StOverviewPage *self,
                           StPlan         *plan)
{
  g_return_if_fail (ST_IS_OVERVIEW_PAGE (self));

  if (self->plan == plan)
    return;
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  if (self->progress_view != NULL)
    st_progress_view_set_plan (ST_PROGRESS_VIEW (self->progress_view), plan);
  if (plan != NULL)
    g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
  /* A period belongs to its plan; the window gives the new plan's period
   * right after: build once then, or soon if no period comes. */
  g_clear_object (&self->period);
  if (self->title_label != NULL)
    plan_changed_cb (self);
}

void
st_overview_page_set_period (StOverviewPage *self,
                             StPeriod       *period)
{
  g_return_if_fail (ST_IS_OVERVIEW_PAGE (self));

  if (g_set_object (&self->period, period) || self->changed_idle != 0)
    {
      g_clear_handle_id (&self->changed_idle, g_source_remove);
      rebuild (self);
    }
}

StSummary *
st_overview_page_get_summary (StOverviewPage *self)
{
  g_return_val_if_fail (ST_IS_OVERVIEW_PAGE (self), NULL);

  if (self->changed_idle != 0)
    {
      g_clear_handle_id (&self->changed_idle, g_source_remove);
      plan_changed_now (self);
    }
  return self->summary;
}

GtkBox *
st_overview_page_get_chart_box (StOverviewPage *self)
{
  g_return_val_if_fail (ST_IS_OVERVIEW_PAGE (self), NULL);
  return self->chart_box;
}
