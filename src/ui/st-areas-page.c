/* st-areas-page.c
 *
 * Filtering keeps the tree's structure: on every change of the filters the
 * page computes the set of records to show (an action that matches, and the
 * sub-action and area above it), and one GtkCustomFilter, shared by the
 * filter models at every level of the tree, keeps the records in that set.
 * The tree is small enough (10,000 actions) to compute the set at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-areas-page"

#include "config.h"

#include <glib/gi18n.h>

#include "st-areas-page.h"
#include "st-status-chip.h"
#include "st-ui-util.h"

#define ANY 0

struct _StAreasPage
{
  AdwBin          parent_instance;

  StRecordView   *view;
  GtkWidget      *filter_box;
  GtkSearchEntry *search_entry;
  GtkDropDown    *status_dropdown;
  GtkDropDown    *owner_dropdown;
  GtkDropDown    *board_dropdown;
  GtkToggleButton *overdue_button;
  GtkLabel       *count_label;

  StPlan         *plan;
  StPeriod       *period;
  GtkCustomFilter *filter;
  GHashTable     *visible;         /* StRecord set; NULL when not filtering */
  GPtrArray      *rating_columns;
  GHashTable     *target_cells;    /* bound GtkListItems of the target column */
  GPtrArray      *owners;          /* owner names behind owner_dropdown */
  GArray         *board_ids;       /* board ids behind board_dropdown */
  guint           updating_filters;
  guint changed_idle;   /* the model settles after StPlan::changed */
};

G_DEFINE_FINAL_TYPE (StAreasPage, st_areas_page, ADW_TYPE_BIN)

static void filter_changed_cb (StAreasPage *self);

/* Cells ------------------------------------------------------------------------ */

static char *
ref_text (StRecord *record,
          gpointer  user_data)
{
  if (ST_IS_AREA (record))
    return g_strdup (st_record_get_string (record, "number"));
  return g_strdup (st_record_get_string (record, "ref"));
}

static char *
title_text (StRecord *record,
            gpointer  user_data)
{
  if (ST_IS_AREA (record))
    return g_strdup (st_record_get_string (record, "title"));
  return g_strdup (st_record_get_string (record, "text"));
}

static char *
refs_text (StRecord *record,
           gpointer  user_data)
{
  return ST_IS_ACTION (record) ? g_strdup (st_record_get_string (record, "measure-refs")) : NULL;
}

static char *
owner_text (StRecord *record,
            gpointer  user_data)
{
  return ST_IS_ACTION (record) ? g_strdup (st_record_get_string (record, "owner")) : NULL;
}

static char *
evidence_text (StRecord *record,
               gpointer  user_data)
{
  if (!ST_IS_ACTION (record))
    return NULL;
  return g_strdup (st_record_get_boolean (record, "evidence") ? _("Yes") : _("No"));
}

static char *
target_text (StAction *action)
{
  int month = st_action_get_target (action);
  const char *text = st_record_get_string (ST_RECORD (action), "target-text");
  g_autofree char *display = month ? st_month_to_display (month) : NULL;

  if (display != NULL && text != NULL && *text != '\0')
    return g_strdup_printf ("%s (%s)", display, text);
  if (display != NULL)
    return g_steal_pointer (&display);
  return g_strdup (text ? text : "");
}

static gboolean
is_overdue (StAreasPage *self,
            StAction    *action)
{
  if (self->period == NULL)
    return FALSE;
  return st_action_is_overdue (action, st_record_get_id (ST_RECORD (self->period)),
                               st_period_get_end_month (self->period));
}

static void
update_target_cell (StAreasPage *self,
                    GtkListItem *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (icon);
  GtkWidget *flag = gtk_widget_get_next_sibling (label);
  StRecord *record = g_object_get_data (G_OBJECT (item), "st-record");
  g_autofree char *text = NULL;
  gboolean overdue = FALSE;

  if (record != NULL && ST_IS_ACTION (record))
    {
      text = target_text (ST_ACTION (record));
      overdue = is_overdue (self, ST_ACTION (record));
    }
  gtk_label_set_text (GTK_LABEL (label), text ? text : "");
  gtk_widget_set_visible (icon, overdue);
  gtk_widget_set_visible (flag, FALSE);   /* the icon, as on the Overdue filter, says it */
  if (overdue)
    {
      g_autofree char *tip = g_strdup_printf (_("Overdue: the target, %s, has passed and the action is not complete"),
                                              text);
      st_ui_set_tooltip (box, tip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Overdue"), -1);
    }
  else
    st_ui_set_tooltip (box, NULL);
  if (overdue)
    gtk_widget_add_css_class (box, "overdue");
  else
    gtk_widget_remove_css_class (box, "overdue");
}

static void
target_changed_cb (GtkListItem *item)
{
  StAreasPage *self = g_object_get_data (G_OBJECT (item), "st-page");
  update_target_cell (self, item);
}

static void
setup_target_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 StAreasPage              *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *icon = gtk_image_new_from_icon_name ("alarm-symbolic");
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *flag = gtk_label_new (_("Overdue"));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (flag, "overdue-flag");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), flag);
  gtk_list_item_set_child (item, box);
  g_object_set_data (G_OBJECT (item), "st-page", self);
}

static void
bind_target_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                StAreasPage              *self)
{
  g_autoptr(StRecord) record = st_record_view_item_get_record (item);

  g_object_set_data_full (G_OBJECT (item), "st-record", g_object_ref (record), g_object_unref);
  if (ST_IS_ACTION (record))
    {
      g_signal_connect_object (record, "notify::target-month", G_CALLBACK (target_changed_cb), item, G_CONNECT_SWAPPED);
      g_signal_connect_object (record, "notify::target-text", G_CALLBACK (target_changed_cb), item, G_CONNECT_SWAPPED);
      g_signal_connect_object (record, "ratings-changed", G_CALLBACK (target_changed_cb), item, G_CONNECT_SWAPPED);
    }
  g_hash_table_add (self->target_cells, item);
  update_target_cell (self, item);
}

static void
unbind_target_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  StAreasPage              *self)
{
  StRecord *record = g_object_get_data (G_OBJECT (item), "st-record");

  if (record != NULL)
    g_signal_handlers_disconnect_by_func (record, target_changed_cb, item);
  g_hash_table_remove (self->target_cells, item);
  g_object_set_data (G_OBJECT (item), "st-record", NULL);
}

static void
teardown_target_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    StAreasPage              *self)
{
  g_hash_table_remove (self->target_cells, item);
}

static void
update_rating_cell (GtkListItem *item)
{
  StPeriod *period = g_object_get_data (G_OBJECT (item), "st-period");
  StPlan *plan = g_object_get_data (G_OBJECT (item), "st-plan");
  StRecord *record = g_object_get_data (G_OBJECT (item), "st-record");
  GtkWidget *chip = gtk_list_item_get_child (item);
  StStatus status = ST_STATUS_NONE;

  if (record != NULL && ST_IS_ACTION (record))
    {
      status = st_action_get_status (ST_ACTION (record), st_record_get_id (ST_RECORD (period)));
      gtk_widget_set_visible (chip, TRUE);
    }
  else
    gtk_widget_set_visible (chip, FALSE);
  st_status_chip_set_info (ST_STATUS_CHIP (chip),
                           status == ST_STATUS_NONE ? NULL : st_plan_get_status_info (plan, status));
}

static void
setup_rating_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 StAreasPage              *self)
{
  gtk_list_item_set_child (item, st_status_chip_new ());
  g_object_set_data_full (G_OBJECT (item), "st-period", g_object_ref (g_object_get_data (G_OBJECT (factory), "st-period")),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (item), "st-plan", g_object_ref (self->plan), g_object_unref);
}

static void
bind_rating_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                StAreasPage              *self)
{
  g_autoptr(StRecord) record = st_record_view_item_get_record (item);

  g_object_set_data_full (G_OBJECT (item), "st-record", g_object_ref (record), g_object_unref);
  if (ST_IS_ACTION (record))
    g_signal_connect_object (record, "ratings-changed", G_CALLBACK (update_rating_cell), item, G_CONNECT_SWAPPED);
  update_rating_cell (item);
}

static void
unbind_rating_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  StAreasPage              *self)
{
  StRecord *record = g_object_get_data (G_OBJECT (item), "st-record");

  if (record != NULL)
    g_signal_handlers_disconnect_by_func (record, update_rating_cell, item);
  g_object_set_data (G_OBJECT (item), "st-record", NULL);
}

static void
period_label_cb (StPeriod            *period,
                 GParamSpec          *pspec,
                 GtkColumnViewColumn *column)
{
  gtk_column_view_column_set_title (column, st_period_get_label (period));
}

static void
rebuild_rating_columns (StAreasPage *self)
{
  GtkColumnView *column_view = st_record_view_get_column_view (self->view);
  GListModel *periods;

  for (guint i = 0; i < self->rating_columns->len; i++)
    gtk_column_view_remove_column (column_view, g_ptr_array_index (self->rating_columns, i));
  g_ptr_array_set_size (self->rating_columns, 0);

  if (self->plan == NULL)
    return;
  periods = st_plan_get_periods (self->plan);
  for (guint i = 0; i < g_list_model_get_n_items (periods); i++)
    {
      g_autoptr(StPeriod) period = g_list_model_get_item (periods, i);
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_object_set_data_full (G_OBJECT (factory), "st-period", g_object_ref (period), g_object_unref);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_rating_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_rating_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_rating_cb), self);
      column = gtk_column_view_column_new (st_period_get_label (period), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, 58);
      g_signal_connect_object (period, "notify::label", G_CALLBACK (period_label_cb), column, 0);
      gtk_column_view_insert_column (column_view, 3 + i, column);
      g_ptr_array_add (self->rating_columns, column);
    }
}

/* Filtering --------------------------------------------------------------------------- */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  StAreasPage *self = user_data;

  return self->visible == NULL || g_hash_table_contains (self->visible, item);
}

static StStatus
selected_status (StAreasPage *self,
                 gboolean    *any)
{
  guint i = gtk_drop_down_get_selected (self->status_dropdown);
  GListModel *statuses = self->plan ? st_plan_get_statuses (self->plan) : NULL;
  guint n = statuses ? g_list_model_get_n_items (statuses) : 0;

  *any = i == ANY || i == GTK_INVALID_LIST_POSITION;
  if (*any || i > n)
    return ST_STATUS_NONE;   /* "Not rated" is the last entry */
  {
    g_autoptr(StStatusInfo) info = g_list_model_get_item (statuses, i - 1);
    return st_status_info_get_status (info);
  }
}

static void
compute_visible (StAreasPage *self)
{
  g_autofree char *needle = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint owner_i = gtk_drop_down_get_selected (self->owner_dropdown);
  guint board_i = gtk_drop_down_get_selected (self->board_dropdown);
  const char *owner = owner_i != ANY && owner_i < self->owners->len ? g_ptr_array_index (self->owners, owner_i) : NULL;
  gint64 board = board_i != ANY && board_i < self->board_ids->len ? g_array_index (self->board_ids, gint64, board_i) : 0;
  gboolean overdue_only = gtk_toggle_button_get_active (self->overdue_button);
  gboolean any_status;
  StStatus status = selected_status (self, &any_status);
  gboolean text_only, filtering;
  gint64 period_id = self->period ? st_record_get_id (ST_RECORD (self->period)) : 0;
  guint n_shown = 0, n_total = 0;
  GListModel *areas;

  g_clear_pointer (&self->visible, g_hash_table_unref);
  if (text != NULL && *text != '\0')
    needle = g_utf8_casefold (text, -1);
  text_only = owner == NULL && board == 0 && !overdue_only && any_status;
  filtering = needle != NULL || !text_only;
  if (!filtering || self->plan == NULL)
    {
      gtk_label_set_text (self->count_label, "");
      return;
    }

  self->visible = g_hash_table_new (NULL, NULL);
  areas = st_plan_get_areas (self->plan);
  for (guint a = 0; a < g_list_model_get_n_items (areas); a++)
    {
      g_autoptr(StRecord) area = g_list_model_get_item (areas, a);
      GListModel *subs = st_record_get_children (area);
      gboolean area_match = st_ui_text_matches (st_record_get_string (area, "number"), needle) ||
                            st_ui_text_matches (st_record_get_string (area, "title"), needle);
      gboolean area_visible = FALSE;

      for (guint s = 0; s < g_list_model_get_n_items (subs); s++)
        {
          g_autoptr(StRecord) sub = g_list_model_get_item (subs, s);
          GListModel *actions = st_record_get_children (sub);
          gboolean sub_match = area_match ||
                               st_ui_text_matches (st_record_get_string (sub, "ref"), needle) ||
                               st_ui_text_matches (st_record_get_string (sub, "text"), needle);
          gboolean sub_visible = FALSE;

          for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
            {
              g_autoptr(StRecord) action = g_list_model_get_item (actions, i);
              gboolean ok = sub_match ||
                            st_ui_text_matches (st_record_get_string (action, "ref"), needle) ||
                            st_ui_text_matches (st_record_get_string (action, "text"), needle) ||
                            st_ui_text_matches (st_record_get_string (action, "owner"), needle) ||
                            st_ui_text_matches (st_record_get_string (action, "measure-refs"), needle) ||
                            st_ui_text_matches (st_record_get_string (action, "target-text"), needle);

              n_total++;
              ok = ok && (any_status || st_action_get_status (ST_ACTION (action), period_id) == status);
              ok = ok && (owner == NULL || g_strcmp0 (st_record_get_string (action, "owner"), owner) == 0);
              ok = ok && (board == 0 || st_record_get_int (action, "lead-board-id") == board);
              ok = ok && (!overdue_only || is_overdue (self, ST_ACTION (action)));
              if (ok)
                {
                  g_hash_table_add (self->visible, action);
                  sub_visible = TRUE;
                  n_shown++;
                }
            }
          if (sub_visible || (text_only && sub_match))
            {
              g_hash_table_add (self->visible, sub);
              area_visible = TRUE;
            }
        }
      if (area_visible || (text_only && area_match))
        g_hash_table_add (self->visible, area);
    }

  {
    g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u action", "%u of %u actions",
                                                           n_total), n_shown, n_total);
    gtk_label_set_text (self->count_label, count);
  }
}

static void
filter_changed_cb (StAreasPage *self)
{
  gboolean was_filtering;

  if (self->updating_filters)
    return;
  was_filtering = self->visible != NULL;
  compute_visible (self);
  if (self->visible != NULL || was_filtering)
    /* a fresh model: every row expanded while filtering, collapsed after */
    st_record_view_set_expanded (self->view, self->visible != NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void
update_filter_choices (StAreasPage *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) owners = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) boards = gtk_string_list_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gint64 none = 0;
  guint status_i = gtk_drop_down_get_selected (self->status_dropdown);
  guint owner_i = gtk_drop_down_get_selected (self->owner_dropdown);
  guint board_i = gtk_drop_down_get_selected (self->board_dropdown);
  g_autofree char *owner = owner_i != ANY && owner_i < self->owners->len ? g_strdup (g_ptr_array_index (self->owners, owner_i)) : NULL;
  gint64 board = board_i != ANY && board_i < self->board_ids->len ? g_array_index (self->board_ids, gint64, board_i) : 0;
  GPtrArray *names = self->owners;

  self->updating_filters++;

  gtk_string_list_append (statuses, _("Any rating"));
  g_ptr_array_set_size (names, 0);
  g_ptr_array_add (names, g_strdup (""));
  gtk_string_list_append (owners, _("Any owner"));
  g_array_set_size (self->board_ids, 0);
  g_array_append_val (self->board_ids, none);
  gtk_string_list_append (boards, _("Any lead board"));

  if (self->plan != NULL)
    {
      GListModel *list = st_plan_get_statuses (self->plan);
      GListModel *areas = st_plan_get_areas (self->plan);
      g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(StRecord) info = g_list_model_get_item (list, i);
          g_autofree char *label = g_strdup_printf ("%s (%s)", st_record_get_string (info, "label"),
                                                    st_record_get_string (info, "letter"));
          gtk_string_list_append (statuses, label);
        }
      gtk_string_list_append (statuses, _("Not rated"));

      for (guint a = 0; a < g_list_model_get_n_items (areas); a++)
        {
          g_autoptr(StRecord) area = g_list_model_get_item (areas, a);
          GListModel *subs = st_record_get_children (area);
          for (guint s = 0; s < g_list_model_get_n_items (subs); s++)
            {
              g_autoptr(StRecord) sub = g_list_model_get_item (subs, s);
              GListModel *actions = st_record_get_children (sub);
              for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
                {
                  g_autoptr(StRecord) action = g_list_model_get_item (actions, i);
                  const char *name = st_record_get_string (action, "owner");
                  if (name != NULL && *name != '\0' && !g_hash_table_contains (seen, name))
                    {
                      g_hash_table_add (seen, (gpointer) name);
                      g_ptr_array_add (sorted, (gpointer) name);
                    }
                }
            }
        }
      g_ptr_array_sort (sorted, compare_names);
      for (guint i = 0; i < sorted->len; i++)
        {
          g_ptr_array_add (names, g_strdup (g_ptr_array_index (sorted, i)));
          gtk_string_list_append (owners, g_ptr_array_index (sorted, i));
        }

      list = st_plan_get_boards (self->plan);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(StRecord) b = g_list_model_get_item (list, i);
          gint64 id = st_record_get_id (b);
          g_array_append_val (self->board_ids, id);
          gtk_string_list_append (boards, st_record_get_string (b, "name"));
        }
    }

  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  gtk_drop_down_set_model (self->owner_dropdown, G_LIST_MODEL (owners));
  gtk_drop_down_set_model (self->board_dropdown, G_LIST_MODEL (boards));
  gtk_drop_down_set_selected (self->status_dropdown,
                              status_i < g_list_model_get_n_items (G_LIST_MODEL (statuses)) ? status_i : ANY);
  gtk_drop_down_set_selected (self->owner_dropdown, ANY);
  for (guint i = 1; owner != NULL && i < names->len; i++)
    if (g_str_equal (g_ptr_array_index (names, i), owner))
      gtk_drop_down_set_selected (self->owner_dropdown, i);
  gtk_drop_down_set_selected (self->board_dropdown, ANY);
  for (guint i = 1; board != 0 && i < self->board_ids->len; i++)
    if (g_array_index (self->board_ids, gint64, i) == board)
      gtk_drop_down_set_selected (self->board_dropdown, i);

  self->updating_filters--;
}

static void
plan_changed_now (StAreasPage *self)
{
  update_filter_choices (self);
  if (self->visible != NULL)
    {
      /* keep what is shown in step with edits while filtering */
      compute_visible (self);
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
    }
}

static gboolean
plan_changed_idle_cb (gpointer data)
{
  StAreasPage *self = data;

  self->changed_idle = 0;
  plan_changed_now (self);
  return G_SOURCE_REMOVE;
}

/* Deletions, insertions and moves update the lists after StPlan::changed:
 * look at the plan once it has settled. */
static void
plan_changed_cb (StAreasPage *self)
{
  if (self->changed_idle == 0)
    self->changed_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, plan_changed_idle_cb, self, NULL);
}


/* GObject ------------------------------------------------------------------------- */

static void
st_areas_page_dispose (GObject *object)
{
  StAreasPage *self = ST_AREAS_PAGE (object);

  g_clear_handle_id (&self->changed_idle, g_source_remove);
  st_areas_page_set_plan (self, NULL);
  g_clear_object (&self->period);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ST_TYPE_AREAS_PAGE);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->visible, g_hash_table_unref);
  g_clear_pointer (&self->rating_columns, g_ptr_array_unref);
  g_clear_pointer (&self->target_cells, g_hash_table_unref);
  g_clear_pointer (&self->owners, g_ptr_array_unref);
  g_clear_pointer (&self->board_ids, g_array_unref);
  G_OBJECT_CLASS (st_areas_page_parent_class)->dispose (object);
}

static void
st_areas_page_class_init (StAreasPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = st_areas_page_dispose;

  g_type_ensure (ST_TYPE_RECORD_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/st-areas-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StAreasPage, view);
  gtk_widget_class_bind_template_child (widget_class, StAreasPage, filter_box);
  gtk_widget_class_bind_template_child (widget_class, StAreasPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, StAreasPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, StAreasPage, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, StAreasPage, board_dropdown);
  gtk_widget_class_bind_template_child (widget_class, StAreasPage, overdue_button);
  gtk_widget_class_bind_template_child (widget_class, StAreasPage, count_label);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
}

static void
st_areas_page_init (StAreasPage *self)
{
  GtkListItemFactory *factory;
  GtkColumnViewColumn *column;

  self->rating_columns = g_ptr_array_new ();
  self->target_cells = g_hash_table_new (NULL, NULL);
  self->owners = g_ptr_array_new_with_free_func (g_free);
  self->board_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->updating_filters = 1;   /* the template's signals fire while it is built */

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_name (GTK_WIDGET (self->search_entry), "search");
  gtk_widget_set_name (GTK_WIDGET (self->overdue_button), "overdue");

  {
    GtkWidget *expand = gtk_button_new_from_icon_name ("view-list-symbolic");
    GtkBox *toolbar = st_record_view_get_toolbar (self->view);

    gtk_widget_set_tooltip_text (expand, _("Expand All"));
    gtk_widget_add_css_class (expand, "flat");
    g_signal_connect_swapped (expand, "clicked", G_CALLBACK (st_record_view_expand_all), self->view);
    gtk_box_append (toolbar, expand);
    g_object_ref (self->count_label);
    gtk_box_remove (GTK_BOX (self->filter_box), GTK_WIDGET (self->count_label));
    gtk_box_append (toolbar, GTK_WIDGET (self->count_label));
    g_object_unref (self->count_label);
  }

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  st_record_view_set_filter (self->view, GTK_FILTER (self->filter));

  column = st_record_view_add_text_column (self->view, _("Ref"), NULL, ref_text, TRUE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 124);
  st_record_view_add_text_column (self->view, _("Action"), NULL, title_text, FALSE, TRUE);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_target_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_target_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_target_cb), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (teardown_target_cb), self);
  column = gtk_column_view_column_new (_("Target date"), factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_fixed_width (column, 104);
  gtk_column_view_append_column (st_record_view_get_column_view (self->view), column);
  g_object_unref (column);

  column = st_record_view_add_text_column (self->view, _("Scorecard"), NULL, refs_text, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 80);
  column = st_record_view_add_text_column (self->view, _("Evidence"), NULL, evidence_text, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 70);
  column = st_record_view_add_text_column (self->view, _("Owner"), NULL, owner_text, FALSE, FALSE);
  gtk_column_view_column_set_fixed_width (column, 100);

  st_record_view_add_insert_type (self->view, ST_TYPE_AREA);
  st_record_view_add_insert_type (self->view, ST_TYPE_SUB_ACTION);
  st_record_view_add_insert_type (self->view, ST_TYPE_ACTION);
  st_record_view_set_title (self->view, _("Priority areas, sub-actions and actions"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search references and text"), -1);

  self->updating_filters = 0;
  update_filter_choices (self);
}

void
st_areas_page_set_plan (StAreasPage *self,
                        StPlan      *plan)
{
  g_return_if_fail (ST_IS_AREAS_PAGE (self));

  if (self->plan == plan)
    return;
  if (self->plan != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->plan, self);
      g_signal_handlers_disconnect_by_data (st_plan_get_periods (self->plan), self);
    }
  g_set_object (&self->plan, plan);
  g_clear_pointer (&self->visible, g_hash_table_unref);
  if (self->view == NULL)
    return;   /* disposing */

  st_record_view_set_plan (self->view, plan);
  if (plan != NULL)
    {
      g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
      g_signal_connect_swapped (st_plan_get_periods (plan), "items-changed", G_CALLBACK (rebuild_rating_columns), self);
      st_record_view_set_root (self->view, st_plan_get_areas (plan), NULL, NULL);
    }
  rebuild_rating_columns (self);
  update_filter_choices (self);
  filter_changed_cb (self);
}

void
st_areas_page_set_period (StAreasPage *self,
                          StPeriod    *period)
{
  GHashTableIter iter;
  gpointer item;

  g_return_if_fail (ST_IS_AREAS_PAGE (self));

  if (!g_set_object (&self->period, period))
    return;
  st_record_view_set_period (self->view, period);
  g_hash_table_iter_init (&iter, self->target_cells);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    update_target_cell (self, item);
  filter_changed_cb (self);
}

StRecordView *
st_areas_page_get_view (StAreasPage *self)
{
  g_return_val_if_fail (ST_IS_AREAS_PAGE (self), NULL);
  return self->view;
}
