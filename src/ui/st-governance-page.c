/* st-governance-page.c
 *
 * Boards are one flat list in the plan; the tree of who reports to whom is
 * derived from each board's reports-to, with filter models over that list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-governance-page"

#include "config.h"

#include <glib/gi18n.h>

#include "st-governance-page.h"
#include "st-record-editor.h"
#include "st-record-view.h"
#include "st-ui-util.h"
#include "st-status-chip.h"

struct _StGovernancePage
{
  AdwBin          parent_instance;

  GtkStack       *stack;

  StRecordView   *boards_view;
  StRecordView   *strategies_view;
  StRecordView   *people_view;
  StRecordView   *periods_view;
  StRecordView   *statuses_view;
  StRecordEditor *plan_editor;

  StPlan         *plan;
  char           *hierarchy;   /* "id:reports-to;" of every board, to rebuild only on change */
};

G_DEFINE_FINAL_TYPE (StGovernancePage, st_governance_page, ADW_TYPE_BIN)

static StRecord *
lookup_board (StPlan *plan,
              gint64  id)
{
  return id ? st_plan_lookup (plan, ST_TYPE_BOARD, id) : NULL;
}

/* A board is at the top when it reports to no board of the plan, or when
 * following reports-to comes back to it (a loop). */
static gboolean
is_top (StPlan   *plan,
        StRecord *board)
{
  StRecord *up = lookup_board (plan, st_record_get_int (board, "reports-to"));

  for (guint steps = 0; up != NULL && steps < 1000; steps++)
    {
      if (up == board)
        return TRUE;
      up = lookup_board (plan, st_record_get_int (up, "reports-to"));
    }
  return up == NULL;
}

static gboolean
top_filter (gpointer item,
            gpointer user_data)
{
  StGovernancePage *self = user_data;
  return self->plan != NULL && is_top (self->plan, item);
}

static gboolean
child_filter (gpointer item,
              gpointer user_data)
{
  StRecord *parent = user_data;
  return st_record_get_int (item, "reports-to") == st_record_get_id (parent) && item != parent;
}

static GListModel *
board_children (StRecord *record,
                gpointer  user_data)
{
  StGovernancePage *self = user_data;
  GListModel *boards = st_plan_get_boards (self->plan);
  GtkCustomFilter *filter;
  gboolean any = FALSE;

  for (guint i = 0; !any && i < g_list_model_get_n_items (boards); i++)
    {
      g_autoptr(StRecord) b = g_list_model_get_item (boards, i);
      any = child_filter (b, record) && !is_top (self->plan, b);
    }
  if (!any)
    return NULL;
  filter = gtk_custom_filter_new (child_filter, g_object_ref (record), g_object_unref);
  return G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (boards), GTK_FILTER (filter)));
}

static char *
hierarchy_signature (StPlan *plan)
{
  GListModel *boards = st_plan_get_boards (plan);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (boards); i++)
    {
      g_autoptr(StRecord) b = g_list_model_get_item (boards, i);
      g_string_append_printf (s, "%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ";",
                              st_record_get_id (b), st_record_get_int (b, "reports-to"));
    }
  return g_string_free (s, FALSE);
}

static void
rebuild_boards (StGovernancePage *self,
                gboolean          force)
{
  g_autofree char *signature = NULL;
  GtkCustomFilter *filter;
  g_autoptr(GListModel) root = NULL;

  if (self->plan == NULL)
    return;
  signature = hierarchy_signature (self->plan);
  if (!force && g_strcmp0 (signature, self->hierarchy) == 0)
    return;
  g_free (self->hierarchy);
  self->hierarchy = g_steal_pointer (&signature);

  filter = gtk_custom_filter_new (top_filter, self, NULL);
  root = G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (st_plan_get_boards (self->plan)), GTK_FILTER (filter)));
  st_record_view_set_root (self->boards_view, root, board_children, self);
  st_record_view_expand_all (self->boards_view);
}

static void
plan_changed_cb (StGovernancePage *self)
{
  rebuild_boards (self, FALSE);
  st_record_editor_set_record (self->plan_editor, ST_RECORD (st_plan_get_info (self->plan)));
}

static char *
kind_text (StRecord *record,
           gpointer  user_data)
{
  return g_strdup (g_strcmp0 (st_record_get_string (record, "kind"), "group") == 0 ? _("Group") : _("Board"));
}

static char *
reports_to_text (StRecord *record,
                 gpointer  user_data)
{
  StPlan *plan = st_record_view_get_plan (user_data);
  StRecord *board = plan ? lookup_board (plan, st_record_get_int (record, "reports-to")) : NULL;

  return board ? g_strdup (st_record_get_string (board, "name")) : NULL;
}

static char *
strategy_board_text (StRecord *record,
                     gpointer  user_data)
{
  StPlan *plan = st_record_view_get_plan (user_data);
  StRecord *board = plan ? lookup_board (plan, st_record_get_int (record, "board-id")) : NULL;

  return board ? g_strdup (st_record_get_string (board, "name")) : NULL;
}

static char *
status_letter_text (StRecord *record,
                    gpointer  user_data)
{
  return g_strdup_printf ("%s  ·  %s", st_record_get_string (record, "letter"), st_record_get_string (record, "colour"));
}

static void
st_governance_page_dispose (GObject *object)
{
  StGovernancePage *self = ST_GOVERNANCE_PAGE (object);

  st_governance_page_set_plan (self, NULL);
  g_clear_pointer (&self->hierarchy, g_free);
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), ST_TYPE_GOVERNANCE_PAGE);
  G_OBJECT_CLASS (st_governance_page_parent_class)->dispose (object);
}

static void
st_governance_page_class_init (StGovernancePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = st_governance_page_dispose;

  g_type_ensure (ST_TYPE_RECORD_VIEW);
  g_type_ensure (ST_TYPE_RECORD_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/st-governance-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StGovernancePage, stack);
  gtk_widget_class_bind_template_child (widget_class, StGovernancePage, boards_view);
  gtk_widget_class_bind_template_child (widget_class, StGovernancePage, strategies_view);
  gtk_widget_class_bind_template_child (widget_class, StGovernancePage, people_view);
  gtk_widget_class_bind_template_child (widget_class, StGovernancePage, periods_view);
  gtk_widget_class_bind_template_child (widget_class, StGovernancePage, statuses_view);
  gtk_widget_class_bind_template_child (widget_class, StGovernancePage, plan_editor);
}

static void
fixed (GtkColumnViewColumn *column,
       int                  width)
{
  gtk_column_view_column_set_fixed_width (column, width);
}

static void
st_governance_page_init (StGovernancePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  st_ui_stack_focus_visible_only (self->stack);

  st_record_view_add_text_column (self->boards_view, _("Board or group"), "name", NULL, TRUE, TRUE);
  fixed (st_record_view_add_text_column (self->boards_view, _("Kind"), NULL, kind_text, FALSE, FALSE), 80);
  fixed (st_record_view_add_text_column (self->boards_view, _("Meets"), "cadence", NULL, FALSE, FALSE), 200);
  fixed (st_record_view_add_text_column (self->boards_view, _("Reports to"), NULL, reports_to_text, FALSE, FALSE), 200);
  st_record_view_add_insert_type (self->boards_view, ST_TYPE_BOARD);

  st_record_view_add_text_column (self->strategies_view, _("Strategy"), "name", NULL, FALSE, TRUE);
  fixed (st_record_view_add_text_column (self->strategies_view, _("Accountable board"), NULL, strategy_board_text, FALSE, FALSE), 260);
  st_record_view_add_insert_type (self->strategies_view, ST_TYPE_STRATEGY);

  st_record_view_add_text_column (self->people_view, _("Name"), "name", NULL, FALSE, TRUE);
  fixed (st_record_view_add_text_column (self->people_view, _("Role"), "role", NULL, FALSE, FALSE), 220);
  fixed (st_record_view_add_text_column (self->people_view, _("Organisation"), "organisation", NULL, FALSE, FALSE), 220);
  st_record_view_add_insert_type (self->people_view, ST_TYPE_PERSON);

  st_record_view_add_text_column (self->periods_view, _("Reporting period"), "label", NULL, FALSE, TRUE);
  fixed (st_record_view_add_text_column (self->periods_view, _("Ends on"), "end-date", NULL, FALSE, FALSE), 140);
  st_record_view_add_insert_type (self->periods_view, ST_TYPE_PERIOD);
  st_record_view_set_title (self->boards_view, _("Boards and groups"));
  st_record_view_set_title (self->strategies_view, _("Strategies"));
  st_record_view_set_title (self->people_view, _("People"));
  st_record_view_set_title (self->periods_view, _("Reporting periods"));
  st_record_view_set_title (self->statuses_view, _("Rating scale"));

  st_record_view_add_text_column (self->statuses_view, _("Rating"), "label", NULL, FALSE, FALSE);
  fixed (st_record_view_add_text_column (self->statuses_view, _("Letter and colour"), NULL, status_letter_text, FALSE, FALSE), 150);
  st_record_view_add_text_column (self->statuses_view, _("Definition"), "definition", NULL, FALSE, TRUE);
}

void
st_governance_page_set_plan (StGovernancePage *self,
                             StPlan           *plan)
{
  g_return_if_fail (ST_IS_GOVERNANCE_PAGE (self));

  if (self->plan == plan)
    return;
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  g_clear_pointer (&self->hierarchy, g_free);
  if (self->boards_view == NULL)
    return;   /* disposing */

  st_record_view_set_plan (self->boards_view, plan);
  st_record_view_set_plan (self->strategies_view, plan);
  st_record_view_set_plan (self->people_view, plan);
  st_record_view_set_plan (self->periods_view, plan);
  st_record_view_set_plan (self->statuses_view, plan);
  st_record_editor_set_plan (self->plan_editor, plan);
  if (plan == NULL)
    return;

  g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
  rebuild_boards (self, TRUE);
  st_record_view_set_root (self->strategies_view, st_plan_get_list (plan, ST_TYPE_STRATEGY), NULL, NULL);
  st_record_view_set_root (self->people_view, st_plan_get_list (plan, ST_TYPE_PERSON), NULL, NULL);
  st_record_view_set_root (self->periods_view, st_plan_get_periods (plan), NULL, NULL);
  st_record_view_set_root (self->statuses_view, st_plan_get_statuses (plan), NULL, NULL);
  st_record_editor_set_record (self->plan_editor, ST_RECORD (st_plan_get_info (plan)));
}

void
st_governance_page_set_period (StGovernancePage *self,
                               StPeriod         *period)
{
  g_return_if_fail (ST_IS_GOVERNANCE_PAGE (self));
}
