/* test-window.c: the main window on the example plan, driven as a person
 * would: the tree's rows, a rating changed through the editor and undone,
 * a bad file, a read-only plan. Runs under Xvfb (suite 'display').
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "st-areas-page.h"
#include "st-overview-page.h"
#include "st-scorecard-page.h"
#include "st-governance-page.h"
#include "st-record-view.h"
#include "st-status-chip.h"
#include "st-test-util.h"
#include "st-test-widgets.h"
#include "st-ui-util.h"
#include "st-ui-resources.h"
#include "st-window.h"

static void
spin (void)
{
  for (int i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static StWindow *
open_window (const char *path,
             StPlan     *plan)
{
  StWindow *window = st_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  if (plan != NULL)
    st_window_set_plan (window, plan);
  else
    g_assert_true (st_window_open (window, path));
  spin ();
  return window;
}

static StRecordView *
areas_view (StWindow *window)
{
  return st_areas_page_get_view (ST_AREAS_PAGE (st_window_get_page (window, "areas")));
}

static void
test_tree_counts (void)
{
  g_autofree char *path = NULL;
  g_autoptr(StPlan) example = st_test_example_plan (&path);
  StWindow *window;
  StRecordView *view;
  GListModel *model;
  guint areas = 0, subs = 0, actions = 0, n;

  g_clear_object (&example);
  window = open_window (path, NULL);
  view = areas_view (window);
  model = st_record_view_get_model (view);

  /* collapsed at first: only the areas have rows */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);

  st_record_view_expand_all (view);
  model = st_record_view_get_model (view);   /* a new, expanded model */
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (ST_IS_AREA (item))
        areas++;
      else if (ST_IS_SUB_ACTION (item))
        subs++;
      else if (ST_IS_ACTION (item))
        actions++;
    }
  g_assert_cmpuint (areas, ==, 4);
  g_assert_cmpuint (subs, ==, 23);
  g_assert_cmpuint (actions, ==, 75);
  g_assert_cmpuint (n, ==, 4 + 23 + 75);

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

/* Filtering by text keeps the areas and sub-actions above each match. */
static void
test_filter_keeps_parents (void)
{
  g_autofree char *path = NULL;
  g_autoptr(StPlan) example = st_test_example_plan (&path);
  StWindow *window;
  GListModel *model;
  GtkWidget *search;
  gboolean seen_action = FALSE;

  g_clear_object (&example);
  window = open_window (path, NULL);
  model = st_record_view_get_model (areas_view (window));
  search = find_named (GTK_WIDGET (window), "search");
  g_assert_nonnull (search);

  gtk_editable_set_text (GTK_EDITABLE (search), "1.1.3");
  g_signal_emit_by_name (search, "search-changed");
  spin ();
  model = st_record_view_get_model (areas_view (window));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(StRecord) item = ST_RECORD (gtk_tree_list_row_get_item (row));

      if (ST_IS_ACTION (item))
        {
          g_assert_cmpstr (st_record_get_string (item, "ref"), ==, "1.1.3");
          seen_action = TRUE;
        }
    }
  g_assert_true (seen_action);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);   /* 1 > 1.1 > 1.1.3 */

  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_signal_emit_by_name (search, "search-changed");
  spin ();
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

static guint
status_index (StPlan  *plan,
              StStatus status)
{
  GListModel *statuses = st_plan_get_statuses (plan);

  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(StStatusInfo) info = g_list_model_get_item (statuses, i);
      if (st_status_info_get_status (info) == status)
        return i + 1;   /* 0 is "Not rated" */
    }
  g_assert_not_reached ();
}

static void
test_rating_edit_and_undo (void)
{
  g_autofree char *path = NULL;
  g_autoptr(StPlan) example = st_test_example_plan (&path);
  StWindow *window;
  StPlan *plan;
  StPeriod *period;
  StAction *action;
  StOverviewPage *overview;
  GtkWidget *combo;
  guint blue, red;
  g_autofree char *name = NULL;

  g_clear_object (&example);
  window = open_window (path, NULL);
  plan = st_window_get_plan (window);
  period = st_window_get_period (window);
  g_assert_nonnull (period);
  g_assert_true (period == st_plan_get_latest_period (plan));
  overview = ST_OVERVIEW_PAGE (st_window_get_page (window, "overview"));
  blue = st_summary_get_overall (st_overview_page_get_summary (overview))->counts[ST_STATUS_BLUE];
  red = st_summary_get_overall (st_overview_page_get_summary (overview))->counts[ST_STATUS_RED];

  action = st_plan_find_action (plan, "1.1.1");
  g_assert_cmpint (st_action_get_status (action, st_record_get_id (ST_RECORD (period))), ==, ST_STATUS_BLUE);

  /* select the action in the tree and choose Red in the editor */
  st_window_show_page (window, "areas");
  g_assert_true (st_record_view_select (areas_view (window), ST_RECORD (action)));
  spin ();
  name = g_strdup_printf ("rating:%s", st_period_get_label (period));
  combo = find_named (GTK_WIDGET (window), name);
  g_assert_nonnull (combo);
  g_assert_true (gtk_widget_is_sensitive (combo));
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), status_index (plan, ST_STATUS_RED));
  spin ();

  g_assert_cmpuint (st_summary_get_overall (st_overview_page_get_summary (overview))->counts[ST_STATUS_BLUE], ==, blue - 1);
  g_assert_cmpuint (st_summary_get_overall (st_overview_page_get_summary (overview))->counts[ST_STATUS_RED], ==, red + 1);

  /* it is in the file at once */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(StPlan) other = st_plan_open (path, ST_PLAN_OPEN_READ_ONLY, &error);
    g_assert_no_error (error);
    g_assert_cmpint (st_action_get_status (st_plan_find_action (other, "1.1.1"),
                                           st_record_get_id (ST_RECORD (period))), ==, ST_STATUS_RED);
  }

  /* undo through the window's action */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  spin ();
  g_assert_cmpuint (st_summary_get_overall (st_overview_page_get_summary (overview))->counts[ST_STATUS_BLUE], ==, blue);
  g_assert_cmpuint (st_summary_get_overall (st_overview_page_get_summary (overview))->counts[ST_STATUS_RED], ==, red);
  /* the record kept its identity and the selection and editor stay on it */
  g_assert_true (st_plan_find_action (plan, "1.1.1") == action);
  g_assert_true (st_record_view_get_selected (areas_view (window)) == ST_RECORD (action));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find_named (GTK_WIDGET (window), name))), ==,
                    status_index (plan, ST_STATUS_BLUE));

  /* and redo */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  spin ();
  g_assert_cmpuint (st_summary_get_overall (st_overview_page_get_summary (overview))->counts[ST_STATUS_RED], ==, red + 1);

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

/* A refused value keeps what was typed and changes nothing. */
static void
test_refused_value (void)
{
  g_autofree char *path = NULL;
  g_autoptr(StPlan) example = st_test_example_plan (&path);
  StWindow *window;
  StAction *action;
  GtkWidget *entry;

  g_clear_object (&example);
  window = open_window (path, NULL);
  action = st_plan_find_action (st_window_get_plan (window), "1.1.2");
  st_window_show_page (window, "areas");
  g_assert_true (st_record_view_select (areas_view (window), ST_RECORD (action)));
  spin ();

  entry = find_named (GTK_WIDGET (window), "ref");
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "1.1.1");   /* taken */
  g_signal_emit_by_name (entry, "apply");
  spin ();
  g_assert_cmpstr (st_record_get_string (ST_RECORD (action), "ref"), ==, "1.1.2");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "1.1.1");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

static void
test_bad_file (void)
{
  g_autofree char *dir = st_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "notes.sendplan", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;
  StWindow *window;

  g_assert_true (g_file_set_contents (path, "These are my notes, not a plan.\n", -1, NULL));
  before = st_test_checksum (path);

  window = st_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  spin ();
  g_assert_false (st_window_open (window, path));
  spin ();

  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "notes.sendplan"));
  g_assert_nonnull (adw_message_dialog_get_body (dialog));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), !=, "");
  g_assert_null (st_window_get_plan (window));

  after = st_test_checksum (path);
  g_assert_cmpstr (before, ==, after);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

static void
test_read_only (void)
{
  g_autofree char *path = NULL;
  g_autoptr(StPlan) example = st_test_example_plan (&path);
  g_autoptr(StPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *name = NULL;
  StWindow *window;
  StAction *action;
  GtkWidget *combo, *entry;

  g_clear_object (&example);
  before = st_test_checksum (path);
  plan = st_plan_open (path, ST_PLAN_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (st_plan_get_read_only (plan));

  window = open_window (path, plan);
  st_window_show_page (window, "areas");
  action = st_plan_find_action (plan, "1.1.1");
  g_assert_true (st_record_view_select (areas_view (window), ST_RECORD (action)));
  spin ();

  /* the bar says so, and nothing can be edited */
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (window), "read-only-bar")));
  name = g_strdup_printf ("rating:%s", st_period_get_label (st_window_get_period (window)));
  combo = find_named (GTK_WIDGET (window), name);
  g_assert_nonnull (combo);
  g_assert_false (gtk_widget_get_sensitive (combo));
  entry = find_named (GTK_WIDGET (window), "text");
  g_assert_nonnull (entry);
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (entry)));
  g_assert_false (gtk_widget_is_sensitive (find_named (GTK_WIDGET (areas_view (window)), "delete-button")));
  g_assert_false (gtk_widget_is_sensitive (find_named (GTK_WIDGET (areas_view (window)), "add-button")));

  /* even when pushed, the editor changes nothing */
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), status_index (plan, ST_STATUS_RED));
  spin ();
  g_assert_cmpint (st_action_get_status (action, st_record_get_id (ST_RECORD (st_window_get_period (window)))),
                   ==, ST_STATUS_BLUE);
  g_assert_false (st_plan_can_undo (plan));

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
  g_clear_object (&plan);
  after = st_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

/* Deleting an area names what goes with it; undo brings it all back. */
static void
test_delete_area_and_undo (void)
{
  g_autofree char *path = NULL;
  g_autoptr(StPlan) example = st_test_example_plan (&path);
  g_autofree char *question = NULL;
  g_autoptr(StRecord) area = NULL;
  StWindow *window;
  StPlan *plan;
  StOverviewPage *overview;

  g_clear_object (&example);
  window = open_window (path, NULL);
  plan = st_window_get_plan (window);
  overview = ST_OVERVIEW_PAGE (st_window_get_page (window, "overview"));
  area = g_list_model_get_item (st_plan_get_areas (plan), 0);

  question = st_ui_delete_question (plan, area);
  g_assert_nonnull (strstr (question, "area 1"));
  g_assert_nonnull (strstr (question, "6 sub-actions"));
  g_assert_nonnull (strstr (question, "24 actions"));

  g_assert_true (st_plan_delete (plan, area, NULL));
  spin ();
  g_assert_cmpuint (st_summary_get_overall (st_overview_page_get_summary (overview))->n_actions, ==, 75 - 24);
  g_assert_cmpuint (g_list_model_get_n_items (st_record_view_get_model (areas_view (window))), ==, 3);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  spin ();
  g_assert_cmpuint (st_summary_get_overall (st_overview_page_get_summary (overview))->n_actions, ==, 75);
  g_assert_cmpuint (g_list_model_get_n_items (st_record_view_get_model (areas_view (window))), ==, 4);

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

/* A change made by another program is picked up, and the selection stays. */
static void
test_reload_keeps_selection (void)
{
  g_autofree char *path = NULL;
  g_autoptr(StPlan) example = st_test_example_plan (&path);
  g_autoptr(StPlan) other = NULL;
  g_autoptr(GError) error = NULL;
  StWindow *window;
  StPlan *plan;
  StAction *action;
  gboolean reloaded = FALSE;

  g_clear_object (&example);
  window = open_window (path, NULL);
  plan = st_window_get_plan (window);
  action = st_plan_find_action (plan, "2.1.1");
  st_window_show_page (window, "areas");
  g_assert_true (st_record_view_select (areas_view (window), ST_RECORD (action)));
  spin ();

  other = st_plan_open (path, ST_PLAN_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (st_plan_set_string (other, ST_RECORD (st_plan_find_action (other, "2.1.1")), "owner",
                                     "Head of Inclusion", &error));
  g_assert_no_error (error);

  g_assert_true (st_plan_check_for_changes (plan, &reloaded, &error));
  g_assert_no_error (error);
  g_assert_true (reloaded);
  spin ();
  g_assert_cmpstr (st_record_get_string (ST_RECORD (action), "owner"), ==, "Head of Inclusion");
  g_assert_true (st_record_view_get_selected (areas_view (window)) == ST_RECORD (action));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_named (GTK_WIDGET (window), "owner"))), ==,
                   "Head of Inclusion");

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

/* Boards show as the tree of who reports to whom. */
static void
test_governance_tree (void)
{
  g_autofree char *path = NULL;
  g_autoptr(StPlan) example = st_test_example_plan (&path);
  StWindow *window;
  StRecordView *boards;
  GListModel *model;
  guint n_boards, top = 0;

  g_clear_object (&example);
  window = open_window (path, NULL);
  n_boards = g_list_model_get_n_items (st_plan_get_boards (st_window_get_plan (window)));
  boards = ST_RECORD_VIEW (st_test_find_type (st_window_get_page (window, "governance"), ST_TYPE_RECORD_VIEW));
  model = st_record_view_get_model (boards);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_boards);   /* all expanded */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(StRecord) board = ST_RECORD (gtk_tree_list_row_get_item (row));
      g_autoptr(GtkTreeListRow) parent_row = gtk_tree_list_row_get_parent (row);
      g_autoptr(StRecord) parent = parent_row ? ST_RECORD (gtk_tree_list_row_get_item (parent_row)) : NULL;

      if (gtk_tree_list_row_get_depth (row) == 0)
        {
          top++;
          g_assert_cmpint (st_record_get_int (board, "reports-to"), ==, 0);
        }
      else
        {
          g_assert_nonnull (parent);
          g_assert_cmpint (st_record_get_int (board, "reports-to"), ==, st_record_get_id (parent));
        }
    }
  g_assert_cmpuint (top, <, n_boards);

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

static gboolean
query_tooltip (GtkWidget *widget)
{
  GtkTooltip *tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean handled = FALSE;

  g_signal_emit_by_name (widget, "query-tooltip", 1, 1, FALSE, tooltip, &handled);
  g_object_unref (tooltip);
  return handled;
}

static GtkWidget *
find_inscription (GtkWidget  *widget,
                  const char *text)
{
  if (GTK_IS_INSCRIPTION (widget) && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_inscription (c, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static StRecordView *
find_record_view (GtkWidget *widget)
{
  if (ST_IS_RECORD_VIEW (widget))
    return ST_RECORD_VIEW (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      StRecordView *found = find_record_view (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_INSCRIPTION (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (shows_text (c, text))
      return TRUE;
  return FALSE;
}

/* A page's list makes its rows when the page is first shown; a record
 * selected before then is still selected when it shows. */
static void
test_rows_made_when_shown (void)
{
  g_autofree char *path = NULL;
  g_autoptr(StPlan) example = st_test_example_plan (&path);
  StWindow *window;
  StRecordView *view;
  GtkColumnView *column_view;
  StMeasure *first, *last;
  GListModel *measures;

  g_clear_object (&example);
  window = open_window (path, NULL);
  view = find_record_view (st_window_get_page (window, "scorecard"));
  g_assert_nonnull (view);
  column_view = st_record_view_get_column_view (view);
  measures = st_plan_get_measures (st_window_get_plan (window));
  g_assert_cmpuint (g_list_model_get_n_items (measures), >, 20);
  first = g_list_model_get_item (measures, 0);
  last = g_list_model_get_item (measures, g_list_model_get_n_items (measures) - 1);
  g_object_unref (first);   /* the plan holds them */
  g_object_unref (last);

  /* not shown yet: no rows, but the model and selection work */
  g_assert_null (gtk_column_view_get_model (column_view));
  g_assert_cmpuint (g_list_model_get_n_items (st_record_view_get_model (view)), ==,
                    g_list_model_get_n_items (measures));
  g_assert_true (st_record_view_select (view, ST_RECORD (last)));
  g_assert_true (st_record_view_get_selected (view) == ST_RECORD (last));
  g_assert_false (shows_text (GTK_WIDGET (column_view), st_record_get_string (ST_RECORD (first), "title")));

  st_window_show_page (window, "scorecard");
  for (int i = 0; i < 40; i++)
    {
      spin ();
      g_usleep (5000);
    }
  g_assert_true (gtk_column_view_get_model (column_view) == st_record_view_get_selection (view));
  g_assert_true (st_record_view_get_selected (view) == ST_RECORD (last));
  g_assert_true (shows_text (GTK_WIDGET (column_view), st_record_get_string (ST_RECORD (last), "title")));
  /* and the list scrolled to it once laid out */
  {
    GtkWidget *cell = find_inscription (GTK_WIDGET (column_view), st_record_get_string (ST_RECORD (last), "title"));
    GtkWidget *scrolled = gtk_widget_get_ancestor (cell, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    graphene_point_t point;

    g_assert_cmpfloat (gtk_adjustment_get_upper (adj), >, gtk_adjustment_get_page_size (adj));
    g_assert_cmpfloat (gtk_adjustment_get_value (adj), >, 0);
    g_assert_nonnull (cell);
    g_assert_true (gtk_widget_compute_point (cell, scrolled, &GRAPHENE_POINT_INIT (0, 0), &point));
    g_assert_cmpfloat (point.y, >=, 0);
    g_assert_cmpfloat (point.y + gtk_widget_get_height (cell), <=, gtk_widget_get_height (scrolled));
  }
  /* a cell's tooltip is its text */
  g_assert_true (query_tooltip (find_inscription (GTK_WIDGET (column_view), st_record_get_string (ST_RECORD (last), "title"))));

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

static GtkWidget *
find_menu_button (GtkWidget  *widget,
                  const char *label)
{
  if (GTK_IS_MENU_BUTTON (widget) && g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_menu_button (c, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A page is made when it is first shown or asked for, with the window's plan
 * and period; the actions' Scorecard menu finds the measures though the
 * Scorecard page was never shown. */
static void
test_pages_made_when_needed (void)
{
  g_autofree char *path = NULL;
  g_autoptr(StPlan) example = st_test_example_plan (&path);
  StWindow *window;
  GtkWidget *page, *button, *popover;
  StRecordView *view;
  StAction *action;
  g_autofree char *expected = NULL;
  g_auto(GStrv) refs = NULL;
  StMeasure *measure;

  g_clear_object (&example);
  window = open_window (path, NULL);
  g_assert_null (st_test_find_type (GTK_WIDGET (window), ST_TYPE_AREAS_PAGE));
  g_assert_null (st_test_find_type (GTK_WIDGET (window), ST_TYPE_SCORECARD_PAGE));
  g_assert_null (st_test_find_type (GTK_WIDGET (window), ST_TYPE_GOVERNANCE_PAGE));
  g_assert_nonnull (st_test_find_type (GTK_WIDGET (window), ST_TYPE_OVERVIEW_PAGE));

  /* shown: made, with the plan and the period */
  st_window_show_page (window, "areas");
  spin ();
  page = st_test_find_type (GTK_WIDGET (window), ST_TYPE_AREAS_PAGE);
  g_assert_nonnull (page);
  g_assert_true (st_window_get_page (window, "areas") == page);
  view = st_areas_page_get_view (ST_AREAS_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (st_record_view_get_model (view)), ==, 4);
  g_assert_nonnull (st_window_get_period (window));
  g_assert_null (st_test_find_type (GTK_WIDGET (window), ST_TYPE_SCORECARD_PAGE));

  /* the Scorecard menu of an action, the Scorecard page never shown */
  action = st_plan_find_action (st_window_get_plan (window), "1.1.1");
  refs = st_action_dup_measure_refs (action);
  g_assert_nonnull (refs[0]);
  measure = st_plan_find_measure (st_window_get_plan (window), refs[0]);
  g_assert_nonnull (measure);
  expected = g_strdup_printf ("%s  %s", refs[0], st_record_get_string (ST_RECORD (measure), "title"));
  g_assert_true (st_record_view_select (view, ST_RECORD (action)));
  button = find_menu_button (page, "Scorecard");
  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  spin ();
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_nonnull (popover);
  g_assert_true (st_test_has_label (popover, expected));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  g_assert_nonnull (st_test_find_type (GTK_WIDGET (window), ST_TYPE_SCORECARD_PAGE));

  /* asked for: made, without being shown */
  page = st_window_get_page (window, "governance");
  g_assert_true (ST_IS_GOVERNANCE_PAGE (page));
  g_assert_false (gtk_widget_get_mapped (page));

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

/* Tooltips made when about to show: a status chip's says the status and its
 * definition (also its accessible description), a cell's is its text. */
static void
test_tooltips (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  StStatusInfo *info = st_plan_get_status_info (plan, ST_STATUS_GREEN);
  GtkWidget *chip = g_object_ref_sink (st_status_chip_new ());
  GtkWidget *label = g_object_ref_sink (gtk_label_new ("x"));
  g_autofree char *expected = g_strdup_printf ("%s: %s", st_record_get_string (ST_RECORD (info), "label"),
                                               st_record_get_string (ST_RECORD (info), "definition"));
  g_autofree char *wrong = NULL;

  st_status_chip_set_info (ST_STATUS_CHIP (chip), info);
  g_assert_true (gtk_widget_get_has_tooltip (chip));
  g_assert_true (query_tooltip (chip));
  wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
  g_assert_null (wrong);

  st_ui_set_tooltip (label, "Overdue");
  g_assert_true (gtk_widget_get_has_tooltip (label));
  g_assert_true (query_tooltip (label));
  st_ui_set_tooltip (label, NULL);
  g_assert_false (gtk_widget_get_has_tooltip (label));
  g_assert_false (query_tooltip (label));

  g_object_unref (chip);
  g_object_unref (label);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_resources_register (st_ui_get_resource ());

  g_test_add_func ("/window/tree-counts", test_tree_counts);
  g_test_add_func ("/window/filter-keeps-parents", test_filter_keeps_parents);
  g_test_add_func ("/window/rating-edit-and-undo", test_rating_edit_and_undo);
  g_test_add_func ("/window/refused-value", test_refused_value);
  g_test_add_func ("/window/delete-area-and-undo", test_delete_area_and_undo);
  g_test_add_func ("/window/reload-keeps-selection", test_reload_keeps_selection);
  g_test_add_func ("/window/governance-tree", test_governance_tree);
  g_test_add_func ("/window/bad-file", test_bad_file);
  g_test_add_func ("/window/read-only", test_read_only);
  g_test_add_func ("/window/rows-made-when-shown", test_rows_made_when_shown);
  g_test_add_func ("/window/pages-made-when-needed", test_pages_made_when_needed);
  g_test_add_func ("/window/tooltips", test_tooltips);
  return g_test_run ();
}
