/* st-scorecard-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-scorecard-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "st-areas-page.h"
#include "st-chart-widget.h"
#include "st-measure-detail.h"
#include "st-scorecard.h"
#include "st-scorecard-page.h"
#include "st-window.h"

struct _StScorecardPage
{
  AdwBin           parent_instance;

  GtkWidget       *missing_box;
  GtkLabel        *missing_label;
  GtkWidget       *missing_button;
  GtkStringList   *missing_lines;   /* "Action 1.2.3 cites 9.9", one a citing */
  GtkPaned        *paned;
  StRecordView    *view;
  StMeasureDetail *detail;
  GtkStack        *detail_stack;

  GtkSelectionModel *selection;
  StPlan          *plan;
  StPeriod        *period;
  GHashTable      *citing;   /* ref → actions citing it, made when first needed */
  guint            missing_id;
};

G_DEFINE_FINAL_TYPE (StScorecardPage, st_scorecard_page, ADW_TYPE_BIN)

static StScorecardPage *
page_of (gpointer view)
{
  return ST_SCORECARD_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (view), ST_TYPE_SCORECARD_PAGE));
}

static int
as_of (StScorecardPage *self)
{
  return self && self->period ? st_period_get_end_month (self->period) : ST_MONTH_NONE;
}

/* Text columns ----------------------------------------------------------- */

static char *
unit_text (StRecord *record,
           gpointer  view)
{
  return g_strdup (st_scorecard_unit_label (st_record_get_string (record, "unit")));
}

static char *
frequency_text (StRecord *record,
                gpointer  view)
{
  return g_strdup (st_scorecard_frequency_label (st_record_get_string (record, "frequency")));
}

static char *
polarity_text (StRecord *record,
               gpointer  view)
{
  return g_strdup (st_scorecard_polarity_label (st_measure_get_polarity (ST_MEASURE (record))));
}

static char *
baseline_text (StRecord *record,
               gpointer  view)
{
  g_autofree char *value = st_scorecard_format_value (st_record_get_string (record, "unit"),
                                                      st_record_get_double (record, "baseline-value"));
  const char *date = st_record_get_string (record, "baseline-date");
  int month;

  if (*value && date && st_month_parse (date, &month))
    {
      g_autofree char *when = st_month_to_display (month);

      return g_strdup_printf ("%s (%s)", value, when);
    }
  return g_steal_pointer (&value);
}

static char *
target_text (StRecord *record,
             gpointer  view)
{
  if (st_measure_get_polarity (ST_MEASURE (record)) == ST_POLARITY_DATA)
    return g_strdup (_("Data only"));
  return st_scorecard_format_value (st_record_get_string (record, "unit"), st_record_get_double (record, "target"));
}

static char *
tolerance_text (StRecord *record,
                gpointer  view)
{
  if (st_measure_get_polarity (ST_MEASURE (record)) == ST_POLARITY_DATA)
    return g_strdup ("");
  return st_scorecard_format_tolerance (st_record_get_double (record, "tolerance"),
                                        st_measure_get_tolerance_kind (ST_MEASURE (record)),
                                        st_record_get_string (record, "unit"));
}

static char *
latest_text (StRecord *record,
             gpointer  view)
{
  const StMeasureValue *v = st_measure_latest_value (ST_MEASURE (record), as_of (page_of (view)), NULL);
  g_autofree char *value = NULL;
  g_autofree char *when = NULL;

  if (v == NULL)
    return g_strdup (_("No value"));
  value = st_scorecard_format_value (st_record_get_string (record, "unit"), v->value);
  when = st_month_to_display (v->month);
  return g_strdup_printf ("%s (%s)", value, when);
}

static char *
direction_text (StRecord *record,
                gpointer  view)
{
  const StMeasureValue *previous;
  const StMeasureValue *v = st_measure_latest_value (ST_MEASURE (record), as_of (page_of (view)), &previous);
  StDirection direction = st_rag_direction (v, previous);

  if (direction == ST_DIRECTION_NONE)
    return g_strdup ("");
  /* the arrow always comes with its word */
  return g_strdup_printf ("%s %s", st_direction_to_symbol (direction), st_direction_to_label (direction));
}

static char *
cited_text (StRecord *record,
            gpointer  view)
{
  StScorecardPage *self = page_of (view);
  const char *ref = st_record_get_string (record, "ref");
  GPtrArray *actions;
  g_autoptr(GString) text = g_string_new (NULL);

  if (self == NULL || self->plan == NULL)
    return NULL;
  /* One pass over the actions for every row, kept until the plan changes:
   * a search of every action per row made this measures x actions */
  if (self->citing == NULL)
    self->citing = st_scorecard_index_citing_actions (self->plan);
  actions = ref ? g_hash_table_lookup (self->citing, ref) : NULL;
  for (guint i = 0; actions && i < actions->len; i++)
    g_string_append_printf (text, "%s%s", i ? ", " : "", st_action_get_ref (g_ptr_array_index (actions, i)));
  return g_strdup (text->str);
}

/* Widget columns: RAG chip and sparkline ---------------------------------- */

typedef void (*CellUpdate) (StScorecardPage *self,
                            StMeasure       *measure,
                            GtkWidget       *child);

static void
update_rag (StScorecardPage *self,
            StMeasure       *measure,
            GtkWidget       *label)
{
  const StMeasureValue *v = st_measure_latest_value (measure, as_of (self), NULL);
  StRag rag = st_rag_rate_value (v);
  StStatusInfo *info = self->plan ? st_plan_get_status_info (self->plan, st_rag_to_status (rag)) : NULL;
  const char *colour = info ? st_record_get_string (ST_RECORD (info), "colour") : "#A6A6A6";
  StChartRgba rgba;
  g_autofree char *markup = NULL;
  const char *why = rag != ST_RAG_GREY ? st_rag_to_label (rag)
                    : st_measure_get_polarity (measure) == ST_POLARITY_DATA ? _("Data only")
                    : v == NULL ? _("No value") : _("No target");

  st_chart_rgba_parse (colour, &rgba);
  markup = g_markup_printf_escaped ("<span background=\"%s\" foreground=\"%s\" weight=\"bold\"> %s </span> %s",
                                    colour,
                                    (0.2126 * rgba.red + 0.7152 * rgba.green + 0.0722 * rgba.blue) > 0.45 ? "#000000" : "#FFFFFF",
                                    st_rag_to_letter (rag), why);
  gtk_label_set_markup (GTK_LABEL (label), markup);
}

static void
update_sparkline (StScorecardPage *self,
                  StMeasure       *measure,
                  GtkWidget       *chart)
{
  if (self->plan)
    st_chart_widget_set_sparkline (ST_CHART_WIDGET (chart),
                                   st_trend_data_new_last (self->plan, measure, as_of (self), 12));
}

static void
refresh_widget_cell (GtkListItem *item)
{
  StScorecardPage *self = g_object_get_data (G_OBJECT (item), "st-page");
  CellUpdate update = g_object_get_data (G_OBJECT (item), "st-update");
  StRecord *record = g_object_get_data (G_OBJECT (item), "st-record");

  if (self && record && ST_IS_MEASURE (record))
    update (self, ST_MEASURE (record), gtk_list_item_get_child (item));
}

static void
setup_widget_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 StScorecardPage          *self)
{
  CellUpdate update = g_object_get_data (G_OBJECT (factory), "st-update");
  GtkWidget *child;

  if (update == update_sparkline)
    {
      child = st_chart_widget_new ();
      gtk_widget_set_size_request (child, 96, 24);
    }
  else
    {
      child = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (child), 0);
    }
  g_object_set_data (G_OBJECT (item), "st-page", self);
  g_object_set_data (G_OBJECT (item), "st-update", update);
  gtk_list_item_set_child (item, child);
}

static void
bind_widget_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                StScorecardPage          *self)
{
  g_autoptr(StRecord) record = st_record_view_item_get_record (item);

  if (record == NULL)
    return;
  g_object_set_data_full (G_OBJECT (item), "st-record", g_object_ref (record), g_object_unref);
  g_signal_connect_object (record, "values-changed", G_CALLBACK (refresh_widget_cell), item, G_CONNECT_SWAPPED);
  g_signal_connect_object (record, "notify", G_CALLBACK (refresh_widget_cell), item, G_CONNECT_SWAPPED);
  refresh_widget_cell (item);
}

static void
unbind_widget_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  StScorecardPage          *self)
{
  StRecord *record = g_object_get_data (G_OBJECT (item), "st-record");

  if (record)
    g_signal_handlers_disconnect_by_data (record, item);
  g_object_set_data (G_OBJECT (item), "st-record", NULL);
}

static GtkColumnViewColumn *
add_widget_column (StScorecardPage *self,
                   const char      *title,
                   CellUpdate       update)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), "st-update", update);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_widget_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_widget_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_widget_cb), self);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (st_record_view_get_column_view (self->view), column);
  g_object_unref (column);
  return column;
}

/* Missing refs and navigation -------------------------------------------- */

/* The warning names this many missing refs; "Show All" lists every one. */
#define MISSING_SHOWN 3

static gboolean
update_missing_idle_cb (gpointer data)
{
  StScorecardPage *self = data;
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GHashTable) citing = g_hash_table_new (NULL, NULL);
  g_autoptr(GString) first = g_string_new (NULL);
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  g_auto(GStrv) all = NULL;
  guint n_lines, n_citing;

  self->missing_id = 0;
  if (self->plan == NULL)
    {
      gtk_widget_set_visible (self->missing_box, FALSE);
      return G_SOURCE_REMOVE;
    }
  missing = st_scorecard_find_missing_refs (self->plan);
  for (guint i = 0; i < missing->len; i++)
    {
      const StMissingRef *m = g_ptr_array_index (missing, i);

      if (i < MISSING_SHOWN)
        g_string_append_printf (first, "%s%s", i ? ", " : "", m->ref);
      for (guint j = 0; j < m->cited_by->len; j++)
        {
          StAction *action = g_ptr_array_index (m->cited_by, j);
          /* TRANSLATORS: an action's ref, then the scorecard ref it cites that is not in the scorecard */
          g_autofree char *line = g_strdup_printf (_("Action %s cites %s"), st_action_get_ref (action), m->ref);

          g_hash_table_add (citing, action);
          g_strv_builder_add (lines, line);
        }
    }
  all = g_strv_builder_end (lines);
  n_lines = g_list_model_get_n_items (G_LIST_MODEL (self->missing_lines));
  gtk_string_list_splice (self->missing_lines, 0, n_lines, (const char * const *) all);
  n_citing = g_hash_table_size (citing);

  /* A warning listing thousands of actions helps nobody and costs seconds
   * to lay out: how many, and the first few refs; "Show All" lists every
   * citing action. */
  if (missing->len > 0)
    {
      g_autofree char *refs = NULL;
      g_autofree char *message = NULL;

      if (missing->len > MISSING_SHOWN)
        /* TRANSLATORS: the first few refs, then how many more */
        refs = g_strdup_printf (ngettext ("%s and %'u more", "%s and %'u more", missing->len - MISSING_SHOWN),
                                first->str, missing->len - MISSING_SHOWN);
      else
        refs = g_strdup (first->str);
      message = g_strdup_printf (ngettext ("⚠ %'u action cites scorecard refs that are not in the scorecard: %s",
                                           "⚠ %'u actions cite scorecard refs that are not in the scorecard: %s",
                                           n_citing), n_citing, refs);
      gtk_label_set_text (self->missing_label, message);
    }
  gtk_widget_set_visible (self->missing_box, missing->len > 0);
  return G_SOURCE_REMOVE;
}

static void
missing_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 3);
  gtk_widget_set_margin_bottom (label, 3);
  gtk_list_item_set_child (item, label);
}

static void
missing_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

/* Every action citing a missing ref, in a scrolled list that makes rows
 * only for what is on screen. */
static void
show_missing_cb (StScorecardPage *self)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *list;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (missing_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (missing_bind_cb), NULL);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->missing_lines)))),
                            factory);
  gtk_widget_add_css_class (list, "rich-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Actions citing refs not in the scorecard"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), _("Refs Not in the Scorecard"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_hide_on_close (GTK_WINDOW (window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 480);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (window));
}

static void
plan_changed_cb (StScorecardPage *self)
{
  g_clear_pointer (&self->citing, g_hash_table_unref);
  if (self->missing_id == 0)
    self->missing_id = g_idle_add (update_missing_idle_cb, self);
}

/* The measure's detail below the list, or a word on what shows there. */
static void
show_measure (StScorecardPage *self,
              StMeasure       *measure)
{
  st_measure_detail_set_measure (self->detail, measure);
  gtk_stack_set_visible_child_name (self->detail_stack, measure != NULL ? "detail" : "empty");
}

static void
selection_changed_cb (StScorecardPage *self)
{
  StRecord *record;

  if (self->view == NULL || self->detail == NULL)
    return;
  record = st_record_view_get_selected (self->view);
  show_measure (self, record && ST_IS_MEASURE (record) ? ST_MEASURE (record) : NULL);
}

static void
action_activated_cb (StScorecardPage *self,
                     StAction        *action)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *areas;

  if (!ST_IS_WINDOW (root))
    return;
  areas = st_window_get_page (ST_WINDOW (root), "areas");
  st_window_show_page (ST_WINDOW (root), "areas");
  if (areas && ST_IS_AREAS_PAGE (areas))
    st_record_view_select (st_areas_page_get_view (ST_AREAS_PAGE (areas)), ST_RECORD (action));
}

/* Class ------------------------------------------------------------------ */

static void
st_scorecard_page_dispose (GObject *object)
{
  StScorecardPage *self = ST_SCORECARD_PAGE (object);

  g_clear_handle_id (&self->missing_id, g_source_remove);
  if (self->selection)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
  g_clear_object (&self->period);
  g_clear_pointer (&self->citing, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), ST_TYPE_SCORECARD_PAGE);
  adw_bin_set_child (ADW_BIN (object), NULL);
  g_clear_object (&self->missing_lines);
  G_OBJECT_CLASS (st_scorecard_page_parent_class)->dispose (object);
}

static void
st_scorecard_page_class_init (StScorecardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = st_scorecard_page_dispose;

  g_type_ensure (ST_TYPE_RECORD_VIEW);
  g_type_ensure (ST_TYPE_MEASURE_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/st-scorecard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StScorecardPage, missing_box);
  gtk_widget_class_bind_template_child (widget_class, StScorecardPage, missing_label);
  gtk_widget_class_bind_template_child (widget_class, StScorecardPage, missing_button);
  gtk_widget_class_bind_template_callback (widget_class, show_missing_cb);
  gtk_widget_class_bind_template_child (widget_class, StScorecardPage, paned);
  gtk_widget_class_bind_template_child (widget_class, StScorecardPage, view);
  gtk_widget_class_bind_template_child (widget_class, StScorecardPage, detail);
  gtk_widget_class_bind_template_child (widget_class, StScorecardPage, detail_stack);
}

static void
st_scorecard_page_init (StScorecardPage *self)
{
  GtkColumnViewColumn *column;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->missing_lines = gtk_string_list_new (NULL);

  /* what a board asks first comes first: latest, RAG, direction, trend */
  column = st_record_view_add_text_column (self->view, _("Ref"), "ref", NULL, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 64);
  column = st_record_view_add_text_column (self->view, _("Measure"), "title", NULL, FALSE, TRUE);
  gtk_column_view_column_set_fixed_width (column, 220);
  column = st_record_view_add_text_column (self->view, _("Latest value"), NULL, latest_text, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 120);
  column = add_widget_column (self, _("RAG"), update_rag);
  gtk_column_view_column_set_fixed_width (column, 150);
  column = st_record_view_add_text_column (self->view, _("Direction"), NULL, direction_text, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 110);
  column = add_widget_column (self, _("Trend"), update_sparkline);
  gtk_column_view_column_set_fixed_width (column, 110);
  column = st_record_view_add_text_column (self->view, _("Target"), NULL, target_text, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 80);
  column = st_record_view_add_text_column (self->view, _("Tolerance"), NULL, tolerance_text, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 110);
  column = st_record_view_add_text_column (self->view, _("Baseline"), NULL, baseline_text, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 130);
  column = st_record_view_add_text_column (self->view, _("Polarity"), NULL, polarity_text, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 120);
  column = st_record_view_add_text_column (self->view, _("Unit"), NULL, unit_text, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 80);
  column = st_record_view_add_text_column (self->view, _("Frequency"), NULL, frequency_text, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 90);
  column = st_record_view_add_text_column (self->view, _("Cited by"), NULL, cited_text, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 200);
  st_record_view_add_insert_type (self->view, ST_TYPE_MEASURE);
  st_record_view_set_title (self->view, _("Scorecard measures"));

  self->selection = g_object_ref (st_record_view_get_selection (self->view));
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->detail, "action-activated", G_CALLBACK (action_activated_cb), self);
}

static void
reset_root (StScorecardPage *self)
{
  st_record_view_set_plan (self->view, self->plan);
  if (self->plan != NULL)
    st_record_view_set_root (self->view, st_plan_get_measures (self->plan), NULL, NULL);
}

void
st_scorecard_page_set_plan (StScorecardPage *self,
                            StPlan          *plan)
{
  g_return_if_fail (ST_IS_SCORECARD_PAGE (self));

  if (self->plan == plan)
    return;
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  g_clear_pointer (&self->citing, g_hash_table_unref);
  st_measure_detail_set_plan (self->detail, plan);
  if (plan)
    {
      g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
      g_signal_connect_swapped (plan, "reloaded", G_CALLBACK (plan_changed_cb), self);
    }
  reset_root (self);
  /* at once, not in an idle: the page's first frame shows the warning */
  g_clear_handle_id (&self->missing_id, g_source_remove);
  update_missing_idle_cb (self);
}

void
st_scorecard_page_set_period (StScorecardPage *self,
                              StPeriod        *period)
{
  g_return_if_fail (ST_IS_SCORECARD_PAGE (self));

  if (!g_set_object (&self->period, period))
    return;
  st_record_view_set_period (self->view, period);
  /* latest values, RAG and sparklines are as of the period: rebind the rows */
  if (self->plan)
    {
      StRecord *selected = st_record_view_get_selected (self->view);
      g_autoptr(StRecord) keep = selected ? g_object_ref (selected) : NULL;

      reset_root (self);
      if (keep)
        st_record_view_select (self->view, keep);
    }
}

gboolean
st_scorecard_page_show_measure (StScorecardPage *self,
                                const char      *ref)
{
  StMeasure *measure;

  g_return_val_if_fail (ST_IS_SCORECARD_PAGE (self), FALSE);

  if (self->plan == NULL || (measure = st_plan_find_measure (self->plan, ref)) == NULL)
    return FALSE;
  if (!st_record_view_select (self->view, ST_RECORD (measure)))
    return FALSE;
  show_measure (self, measure);
  return TRUE;
}

/* Actions → measures ----------------------------------------------------- */

static StScorecardPage *
window_scorecard_page (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *page = ST_IS_WINDOW (root) ? st_window_get_page (ST_WINDOW (root), "scorecard") : NULL;

  return page && ST_IS_SCORECARD_PAGE (page) ? ST_SCORECARD_PAGE (page) : NULL;
}

static void
measure_link_clicked_cb (GtkButton *button,
                         gpointer   user_data)
{
  const char *ref = g_object_get_data (G_OBJECT (button), "st-ref");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (button));
  StScorecardPage *self = window_scorecard_page (GTK_WIDGET (button));
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);

  if (popover)
    gtk_popover_popdown (GTK_POPOVER (popover));
  if (ST_IS_WINDOW (root))
    st_window_show_page (ST_WINDOW (root), "scorecard");
  if (self)
    st_scorecard_page_show_measure (self, ref);
}

static void
create_links_popup_cb (GtkMenuButton *menu_button,
                       gpointer       user_data)
{
  /* the window's Scorecard page, made now if it was never shown */
  StScorecardPage *self = window_scorecard_page (GTK_WIDGET (menu_button));
  StRecordView *view = g_object_get_data (G_OBJECT (menu_button), "st-view");
  StRecord *record = st_record_view_get_selected (view);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *popover = gtk_popover_new ();
  g_auto(GStrv) refs = NULL;

  if (record && ST_IS_ACTION (record))
    refs = st_action_dup_measure_refs (ST_ACTION (record));
  if (refs == NULL || refs[0] == NULL)
    {
      GtkWidget *label = gtk_label_new (record && ST_IS_ACTION (record)
                                        ? _("This action cites no scorecard measure")
                                        : _("Select an action to see the measures it cites"));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
  for (guint i = 0; refs && refs[i]; i++)
    {
      StMeasure *measure = self && self->plan ? st_plan_find_measure (self->plan, refs[i]) : NULL;
      g_autofree char *text = measure
        ? g_strdup_printf ("%s  %s", refs[i], st_record_get_string (ST_RECORD (measure), "title"))
        : g_strdup_printf (_("%s  (missing from the scorecard)"), refs[i]);
      GtkWidget *button = gtk_button_new ();
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
      gtk_button_set_child (GTK_BUTTON (button), label);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_sensitive (button, measure != NULL);
      g_object_set_data_full (G_OBJECT (button), "st-ref", g_strdup (refs[i]), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (measure_link_clicked_cb), NULL);
      gtk_box_append (GTK_BOX (box), button);
    }
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (menu_button, popover);
}

void
st_scorecard_page_add_measure_links (StRecordView *actions_view)
{
  GtkWidget *button;

  g_return_if_fail (ST_IS_RECORD_VIEW (actions_view));

  button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Scorecard"));
  gtk_widget_set_tooltip_text (button, _("Go to a scorecard measure the selected action cites"));
  g_object_set_data (G_OBJECT (button), "st-view", actions_view);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_links_popup_cb, NULL, NULL);
  gtk_box_append (st_record_view_get_toolbar (actions_view), button);
}
