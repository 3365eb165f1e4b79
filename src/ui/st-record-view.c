/* st-record-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-record-view"

#include "config.h"

#include <glib/gi18n.h>

#include "st-record-editor.h"
#include "st-record-view.h"
#include "st-ui-util.h"

struct _StRecordView
{
  GtkWidget              parent_instance;

  GtkWidget             *paned;
  GtkBox                *extra_box;
  GtkWidget             *add_button;
  GtkWidget             *add_menu_button;
  GMenu                 *add_menu;
  GtkColumnView         *column_view;
  StRecordEditor        *editor;

  StPlan                *plan;
  GListModel            *root;
  StRecordViewChildFunc  child_func;
  gpointer               child_data;
  GtkFilter             *filter;
  GtkTreeListModel      *tree;
  GtkSingleSelection    *selection;
  GPtrArray             *insert_types;   /* GType as pointers */
  StRecord              *selected;       /* the last record selected, kept over reloads */
  gboolean               have_expander;
  gboolean               autoexpand;
  gboolean               attached;       /* the column view shows the model */
  guint changed_idle;   /* the model settles after StPlan::changed */
};

typedef struct
{
  char                 *column;
  StRecordViewTextFunc  func;
  gpointer              user_data;
  gboolean              expander;
  gboolean              wrap;
} ColumnData;

G_DEFINE_FINAL_TYPE (StRecordView, st_record_view, GTK_TYPE_WIDGET)

static void update_actions (StRecordView *self);

StRecord *
st_record_view_item_get_record (GtkListItem *item)
{
  gpointer object = gtk_list_item_get_item (item);

  if (GTK_IS_TREE_LIST_ROW (object))
    return gtk_tree_list_row_get_item (object) ? ST_RECORD (g_object_ref (gtk_tree_list_row_get_item (object)))
                                               : NULL;
  return object ? g_object_ref (object) : NULL;
}

/* Cells -------------------------------------------------------------------------- */

static void
column_data_free (gpointer data)
{
  ColumnData *column = data;

  g_free (column->column);
  g_free (column);
}

static GtkInscription *
cell_inscription (GtkListItem *item)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  if (GTK_IS_TREE_EXPANDER (child))
    child = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child));
  return GTK_INSCRIPTION (child);
}

static void
update_cell (GtkListItem *item)
{
  ColumnData *column = g_object_get_data (G_OBJECT (item), "st-column");
  StRecord *record = g_object_get_data (G_OBJECT (item), "st-record");
  GtkInscription *inscription = cell_inscription (item);

  if (record == NULL)
    {
      gtk_inscription_set_text (inscription, NULL);
      return;
    }
  if (column->func != NULL)
    {
      g_autofree char *text = column->func (record, column->user_data);
      gtk_inscription_set_text (inscription, text);
    }
  else
    gtk_inscription_set_text (inscription, st_record_get_string (record, column->column));
}

/* A cell's tooltip is its whole text (the cell may cut it short), made when
 * it is about to show: gtk_widget_set_tooltip_text() on every cell bound asks
 * the X server where the pointer is, each time. The text is already the
 * cell's accessible name. */
static gboolean
cell_query_tooltip_cb (GtkWidget  *widget,
                       int         x,
                       int         y,
                       gboolean    keyboard,
                       GtkTooltip *tooltip,
                       gpointer    user_data)
{
  const char *text = gtk_inscription_get_text (GTK_INSCRIPTION (widget));

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
record_notify_cb (StRecord    *record,
                  GParamSpec  *pspec,
                  GtkListItem *item)
{
  ColumnData *column = g_object_get_data (G_OBJECT (item), "st-column");

  if (column->func != NULL || g_strcmp0 (pspec->name, column->column) == 0)
    update_cell (item);
}

static void
setup_text_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               ColumnData               *column)
{
  GtkWidget *inscription = gtk_inscription_new (NULL);

  gtk_inscription_set_min_lines (GTK_INSCRIPTION (inscription), 1);
  /* the wide column wraps to two lines, so that more of an action shows */
  gtk_inscription_set_nat_lines (GTK_INSCRIPTION (inscription), column->wrap ? 2 : 1);
  gtk_inscription_set_wrap_mode (GTK_INSCRIPTION (inscription), PANGO_WRAP_WORD_CHAR);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), 3);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), 12);
  gtk_widget_set_has_tooltip (inscription, TRUE);
  g_signal_connect (inscription, "query-tooltip", G_CALLBACK (cell_query_tooltip_cb), NULL);
  g_object_set_data (G_OBJECT (item), "st-column", column);

  if (column->expander)
    {
      gtk_widget_set_hexpand (inscription, TRUE);
      GtkWidget *expander = gtk_tree_expander_new ();
      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), inscription);
      gtk_list_item_set_child (item, expander);
    }
  else
    gtk_list_item_set_child (item, inscription);
}

static void
bind_text_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ColumnData               *column)
{
  g_autoptr(StRecord) record = st_record_view_item_get_record (item);
  GtkWidget *child = gtk_list_item_get_child (item);

  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), gtk_list_item_get_item (item));
  g_object_set_data_full (G_OBJECT (item), "st-record", g_object_ref (record), g_object_unref);
  g_signal_connect_object (record, "notify", G_CALLBACK (record_notify_cb), item, 0);
  if (column->func != NULL && g_signal_lookup ("values-changed", G_OBJECT_TYPE (record)) != 0)
    g_signal_connect_object (record, "values-changed", G_CALLBACK (update_cell), item, G_CONNECT_SWAPPED);
  update_cell (item);
}

static void
unbind_text_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                ColumnData               *column)
{
  StRecord *record = g_object_get_data (G_OBJECT (item), "st-record");
  GtkWidget *child = gtk_list_item_get_child (item);

  if (record != NULL)
    {
      g_signal_handlers_disconnect_by_func (record, record_notify_cb, item);
      g_signal_handlers_disconnect_by_func (record, update_cell, item);
    }
  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), NULL);
  g_object_set_data (G_OBJECT (item), "st-record", NULL);
}

static void
column_data_weak_notify (gpointer  data,
                         GObject  *where_the_object_was)
{
  column_data_free (data);
}

/* Model ------------------------------------------------------------------------- */

static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  StRecordView *self = user_data;
  GListModel *children;

  if (self->child_func != NULL)
    children = self->child_func (item, self->child_data);
  else
    {
      children = st_record_get_children (item);
      if (children != NULL)
        g_object_ref (children);
    }
  if (children == NULL)
    return NULL;
  if (self->filter != NULL)
    return G_LIST_MODEL (gtk_filter_list_model_new (children, g_object_ref (self->filter)));
  return children;
}

static void
rebuild_model (StRecordView *self)
{
  GListModel *root = NULL;

  if (self->root != NULL)
    {
      root = g_object_ref (self->root);
      if (self->filter != NULL)
        root = G_LIST_MODEL (gtk_filter_list_model_new (root, g_object_ref (self->filter)));
    }
  g_clear_object (&self->tree);
  if (root != NULL)
    self->tree = gtk_tree_list_model_new (root, FALSE, self->autoexpand, create_child_model, self, NULL);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->tree));
}

void
st_record_view_set_expanded (StRecordView *self,
                             gboolean      expanded)
{
  g_autoptr(StRecord) keep = NULL;

  g_return_if_fail (ST_IS_RECORD_VIEW (self));

  /* A new model that expands every row as it is made is far cheaper than
   * expanding the rows of the old one one by one (each an items-changed). */
  keep = self->selected ? g_object_ref (self->selected) : NULL;
  self->autoexpand = !!expanded;
  rebuild_model (self);
  if (keep != NULL && self->plan != NULL &&
      st_plan_lookup (self->plan, G_OBJECT_TYPE (keep), st_record_get_id (keep)) == keep)
    st_record_view_select (self, keep);
}

static GtkWidget *
find_list_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;
      if (GTK_IS_LIST_VIEW (child))
        return child;
      if ((found = find_list_view (child)) != NULL)
        return found;
    }
  return NULL;
}

static void
scroll_to (StRecordView *self,
           guint         position)
{
  GtkWidget *list_view = find_list_view (GTK_WIDGET (self->column_view));

  if (list_view != NULL)
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", position);
}

static gboolean
select_position (StRecordView *self,
                 guint         position)
{
  gtk_single_selection_set_selected (self->selection, position);
  if (self->attached)
    scroll_to (self, position);
  return TRUE;
}

gboolean
st_record_view_select (StRecordView *self,
                       StRecord     *record)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  guint position = 0, n;

  g_return_val_if_fail (ST_IS_RECORD_VIEW (self), FALSE);

  if (self->tree == NULL || record == NULL)
    return FALSE;
  for (StRecord *r = record; r != NULL; r = st_record_get_parent (r))
    g_ptr_array_insert (chain, 0, r);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
  for (guint level = 0; level < chain->len; level++)
    {
      gpointer wanted = g_ptr_array_index (chain, level);
      gboolean found = FALSE;

      for (; position < n; position++)
        {
          g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, position);
          g_autoptr(GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;

          if (item == wanted)
            {
              found = TRUE;
              if (level + 1 < chain->len)
                gtk_tree_list_row_set_expanded (row, TRUE);
              break;
            }
        }
      if (!found)
        return FALSE;
      n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
      if (level + 1 < chain->len)
        position++;
    }
  return select_position (self, position);
}

void
st_record_view_expand_all (StRecordView *self)
{
  g_return_if_fail (ST_IS_RECORD_VIEW (self));

  st_record_view_set_expanded (self, TRUE);
}

/* Selection and actions ---------------------------------------------------------- */

static void
selection_changed_cb (StRecordView *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->selection);
  StRecord *record = NULL;

  if (GTK_IS_TREE_LIST_ROW (item))
    record = gtk_tree_list_row_get_item (item);
  else if (item != NULL)
    record = g_object_ref (item);

  if (record != NULL)
    g_set_object (&self->selected, record);
  st_record_editor_set_record (self->editor, record);
  g_clear_object (&record);
  update_actions (self);
}

static void
plan_changed_now (StRecordView *self)
{
  StRecord *current = st_record_view_get_selected (self);

  if (self->selected == NULL || current == self->selected)
    return;
  /* still in the plan (an undo or a reload kept it): select it again */
  if (st_plan_lookup (self->plan, G_OBJECT_TYPE (self->selected), st_record_get_id (self->selected)) == self->selected)
    st_record_view_select (self, self->selected);
  else
    g_clear_object (&self->selected);
}

static gboolean
plan_changed_idle_cb (gpointer data)
{
  StRecordView *self = data;

  self->changed_idle = 0;
  plan_changed_now (self);
  return G_SOURCE_REMOVE;
}

/* Deletions, insertions and moves update the lists after StPlan::changed:
 * look at the plan once it has settled. */
static void
plan_changed_cb (StRecordView *self)
{
  if (self->changed_idle == 0)
    self->changed_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, plan_changed_idle_cb, self, NULL);
}


StRecord *
st_record_view_get_selected (StRecordView *self)
{
  gpointer item;

  g_return_val_if_fail (ST_IS_RECORD_VIEW (self), NULL);

  item = gtk_single_selection_get_selected_item (self->selection);
  if (GTK_IS_TREE_LIST_ROW (item))
    {
      StRecord *record = gtk_tree_list_row_get_item (item);
      if (record != NULL)
        g_object_unref (record);   /* the row holds it */
      return record;
    }
  return item;
}

static void
update_actions (StRecordView *self)
{
  StRecord *selected = st_record_view_get_selected (self);
  gboolean editable = self->plan != NULL && !st_plan_get_read_only (self->plan);
  gboolean can_add = FALSE;
  gboolean fixed = selected != NULL && ST_IS_STATUS_INFO (selected);   /* the five statuses stay */

  for (guint i = 0; i < self->insert_types->len; i++)
    can_add |= st_ui_can_insert_near ((GType) g_ptr_array_index (self->insert_types, i), selected);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.add", editable && can_add);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.delete", editable && selected != NULL && !fixed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.move-up", editable && selected != NULL && !fixed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.move-down", editable && selected != NULL && !fixed);
  gtk_widget_set_sensitive (self->add_menu_button, editable && can_add);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  StRecordView *self = ST_RECORD_VIEW (widget);
  GType type = g_type_from_name (g_variant_get_string (parameter, NULL));
  g_autoptr(GError) error = NULL;
  StRecord *record;

  g_return_if_fail (g_type_is_a (type, ST_TYPE_RECORD));

  record = st_ui_insert_near (self->plan, type, st_record_view_get_selected (self), &error);
  if (record == NULL)
    {
      st_ui_toast_error (widget, error);
      return;
    }
  g_set_object (&self->selected, record);
  st_record_view_select (self, record);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StRecordView *self = ST_RECORD_VIEW (widget);
  StRecord *selected = st_record_view_get_selected (self);

  if (selected != NULL)
    st_ui_delete_with_confirmation (widget, self->plan, selected);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StRecordView *self = ST_RECORD_VIEW (widget);
  StRecord *selected = st_record_view_get_selected (self);

  if (selected != NULL)
    {
      g_autoptr(StRecord) keep = g_object_ref (selected);
      st_ui_move (widget, self->plan, keep, g_str_equal (action_name, "view.move-up") ? -1 : 1);
      st_record_view_select (self, keep);
    }
}

/* GObject -------------------------------------------------------------------------- */

/* A GtkListView makes the widgets of its first 200 rows as soon as it has a
 * model, shown or not. The column view gets the model when the view is first
 * shown, so a page never looked at costs no row widgets; the selection model
 * below it works all along. */
static void
st_record_view_map (GtkWidget *widget)
{
  StRecordView *self = ST_RECORD_VIEW (widget);

  if (!self->attached)
    {
      guint selected = gtk_single_selection_get_selected (self->selection);

      self->attached = TRUE;
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
      if (selected != GTK_INVALID_LIST_POSITION)
        scroll_to (self, selected);
    }
  GTK_WIDGET_CLASS (st_record_view_parent_class)->map (widget);
}

static void
st_record_view_dispose (GObject *object)
{
  StRecordView *self = ST_RECORD_VIEW (object);

  g_clear_handle_id (&self->changed_idle, g_source_remove);
  st_record_view_set_plan (self, NULL);
  g_clear_pointer (&self->paned, gtk_widget_unparent);
  g_clear_object (&self->tree);
  g_clear_object (&self->selection);
  g_clear_object (&self->root);
  g_clear_object (&self->filter);
  g_clear_object (&self->selected);
  g_clear_object (&self->add_menu);
  g_clear_pointer (&self->insert_types, g_ptr_array_unref);
  G_OBJECT_CLASS (st_record_view_parent_class)->dispose (object);
}

static void
st_record_view_class_init (StRecordViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = st_record_view_dispose;
  widget_class->map = st_record_view_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "recordview");

  gtk_widget_class_install_action (widget_class, "view.add", "s", add_action);
  gtk_widget_class_install_action (widget_class, "view.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "view.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "view.move-down", NULL, move_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "view.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "view.move-down", NULL);
}

static GtkWidget *
tool_button (const char *icon,
             const char *tooltip,
             const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
st_record_view_init (StRecordView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *delete_button, *details_button;
  GtkEventController *shortcuts;
  GtkShortcut *shortcut;

  self->insert_types = g_ptr_array_new ();
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self);

  /* toolbar: the page's own widgets, then the editing buttons */
  gtk_widget_add_css_class (toolbar, "toolbar");
  self->extra_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6));
  gtk_widget_set_hexpand (GTK_WIDGET (self->extra_box), TRUE);
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->extra_box));

  self->add_menu = g_menu_new ();
  self->add_menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->add_menu_button), "list-add-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->add_menu_button), G_MENU_MODEL (self->add_menu));
  gtk_widget_set_tooltip_text (self->add_menu_button, _("Add"));
  gtk_widget_add_css_class (self->add_menu_button, "flat");
  gtk_box_append (GTK_BOX (toolbar), self->add_menu_button);
  delete_button = tool_button ("user-trash-symbolic", _("Delete"), "view.delete");
  gtk_widget_set_name (delete_button, "delete-button");
  gtk_widget_set_name (self->add_menu_button, "add-button");
  gtk_box_append (GTK_BOX (toolbar), delete_button);
  gtk_box_append (GTK_BOX (toolbar), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_box_append (GTK_BOX (toolbar), tool_button ("go-up-symbolic", _("Move Up (Alt+Up)"), "view.move-up"));
  gtk_box_append (GTK_BOX (toolbar), tool_button ("go-down-symbolic", _("Move Down (Alt+Down)"), "view.move-down"));
  gtk_box_append (GTK_BOX (toolbar), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  details_button = gtk_toggle_button_new ();
  gtk_button_set_icon_name (GTK_BUTTON (details_button), "sidebar-show-right-symbolic");
  gtk_widget_set_tooltip_text (details_button, _("Show Details"));
  gtk_widget_add_css_class (details_button, "flat");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (details_button), TRUE);
  gtk_box_append (GTK_BOX (box), toolbar);

  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_show_column_separators (self->column_view, TRUE);
  gtk_column_view_set_reorderable (self->column_view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->column_view));
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_widget_set_hexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (box), scroller);

  /* Delete key on the list deletes the selected row (after asking if it has children) */
  shortcuts = gtk_shortcut_controller_new ();
  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                               gtk_named_action_new ("view.delete"));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), shortcut);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), shortcuts);

  self->editor = ST_RECORD_EDITOR (st_record_editor_new ());
  gtk_widget_set_size_request (GTK_WIDGET (self->editor), 320, -1);

  self->paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  gtk_paned_set_start_child (GTK_PANED (self->paned), box);
  gtk_paned_set_end_child (GTK_PANED (self->paned), GTK_WIDGET (self->editor));
  gtk_paned_set_resize_start_child (GTK_PANED (self->paned), TRUE);
  gtk_paned_set_resize_end_child (GTK_PANED (self->paned), FALSE);
  gtk_paned_set_shrink_start_child (GTK_PANED (self->paned), TRUE);
  gtk_paned_set_shrink_end_child (GTK_PANED (self->paned), FALSE);
  gtk_widget_set_parent (self->paned, GTK_WIDGET (self));

  g_object_bind_property (details_button, "active", self->editor, "visible", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (toolbar), details_button);

  update_actions (self);
}

GtkWidget *
st_record_view_new (void)
{
  return g_object_new (ST_TYPE_RECORD_VIEW, NULL);
}

void
st_record_view_set_plan (StRecordView *self,
                         StPlan       *plan)
{
  g_return_if_fail (ST_IS_RECORD_VIEW (self));

  if (self->plan == plan)
    return;
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->selected);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    g_signal_connect_object (plan, "changed", G_CALLBACK (plan_changed_cb), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  if (self->editor != NULL)
    st_record_editor_set_plan (self->editor, plan);
  if (plan == NULL)
    st_record_view_set_root (self, NULL, NULL, NULL);
  if (self->add_menu_button != NULL)
    update_actions (self);
}

StPlan *
st_record_view_get_plan (StRecordView *self)
{
  g_return_val_if_fail (ST_IS_RECORD_VIEW (self), NULL);
  return self->plan;
}

void
st_record_view_set_period (StRecordView *self,
                           StPeriod     *period)
{
  g_return_if_fail (ST_IS_RECORD_VIEW (self));
  st_record_editor_set_period (self->editor, period);
}

void
st_record_view_set_root (StRecordView          *self,
                         GListModel            *root,
                         StRecordViewChildFunc  child_func,
                         gpointer               user_data)
{
  g_return_if_fail (ST_IS_RECORD_VIEW (self));

  g_set_object (&self->root, root);
  self->child_func = child_func;
  self->child_data = user_data;
  rebuild_model (self);
}

void
st_record_view_set_filter (StRecordView *self,
                           GtkFilter    *filter)
{
  g_return_if_fail (ST_IS_RECORD_VIEW (self));

  if (g_set_object (&self->filter, filter))
    rebuild_model (self);
}

GtkColumnView *
st_record_view_get_column_view (StRecordView *self)
{
  g_return_val_if_fail (ST_IS_RECORD_VIEW (self), NULL);
  return self->column_view;
}

GtkSelectionModel *
st_record_view_get_selection (StRecordView *self)
{
  g_return_val_if_fail (ST_IS_RECORD_VIEW (self), NULL);
  return GTK_SELECTION_MODEL (self->selection);
}

GListModel *
st_record_view_get_model (StRecordView *self)
{
  g_return_val_if_fail (ST_IS_RECORD_VIEW (self), NULL);
  return G_LIST_MODEL (self->tree);
}

GtkBox *
st_record_view_get_toolbar (StRecordView *self)
{
  g_return_val_if_fail (ST_IS_RECORD_VIEW (self), NULL);
  return self->extra_box;
}

GtkColumnViewColumn *
st_record_view_add_text_column (StRecordView         *self,
                                const char           *title,
                                const char           *column,
                                StRecordViewTextFunc  func,
                                gboolean              expander,
                                gboolean              expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  ColumnData *data = g_new0 (ColumnData, 1);
  GtkColumnViewColumn *col;

  g_return_val_if_fail (ST_IS_RECORD_VIEW (self), NULL);

  data->column = g_strdup (column);
  data->func = func;
  data->user_data = self;
  data->expander = expander && !self->have_expander;
  data->wrap = expand;
  self->have_expander |= data->expander;
  g_signal_connect (factory, "setup", G_CALLBACK (setup_text_cb), data);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_text_cb), data);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_text_cb), data);
  g_object_weak_ref (G_OBJECT (factory), column_data_weak_notify, data);

  col = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (col, expand);
  gtk_column_view_column_set_resizable (col, TRUE);
  gtk_column_view_append_column (self->column_view, col);
  g_object_unref (col);
  return col;
}

void
st_record_view_set_title (StRecordView *self,
                          const char   *title)
{
  GtkWidget *list_view;

  g_return_if_fail (ST_IS_RECORD_VIEW (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  list_view = find_list_view (GTK_WIDGET (self->column_view));
  if (list_view != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (list_view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
}

void
st_record_view_add_insert_type (StRecordView *self,
                                GType         type)
{
  g_autofree char *label = NULL;
  g_autoptr(GMenuItem) item = NULL;

  g_return_if_fail (ST_IS_RECORD_VIEW (self));

  g_ptr_array_add (self->insert_types, (gpointer) type);
  /* Translators: a menu item, "Add Action" */
  label = g_strdup_printf (_("Add %s"), st_ui_type_name (type));
  item = g_menu_item_new (label, NULL);
  g_menu_item_set_action_and_target_value (item, "view.add", g_variant_new_string (g_type_name (type)));
  g_menu_append_item (self->add_menu, item);
  update_actions (self);
}
