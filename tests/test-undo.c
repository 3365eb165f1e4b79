/* test-undo.c: undo and redo of every kind of edit, reconciling the model in
 * place, and changes made by another program.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "st-summary.h"
#include "st-test-util.h"

static gint64
period_id (StPlan     *plan,
           const char *label)
{
  return st_record_get_id (ST_RECORD (st_plan_find_period (plan, label)));
}

static void
count_cb (gpointer  object,
          gpointer  data)
{
  (*(guint *) data)++;
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           gpointer    data)
{
  (*(guint *) data)++;
}

static void
items_changed_cb (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    data)
{
  (*(guint *) data)++;
}

static void
test_undo_rating (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  StAction *action = st_test_action (plan, "1.3.3");
  StPeriod *may = st_plan_find_period (plan, "May 23");
  gint64 may_id = period_id (plan, "May 23");
  StStatus before = st_action_get_status (action, may_id);
  g_autofree char *commentary = g_strdup (st_action_get_commentary (action, may_id));
  g_autoptr(GError) error = NULL;
  guint ratings_changed = 0;

  g_assert_false (st_plan_can_undo (plan));
  g_assert_true (st_plan_set_rating (plan, action, may, ST_STATUS_RED, "No progress since March", &error));
  g_assert_no_error (error);
  g_assert_true (st_plan_can_undo (plan));
  g_assert_false (st_plan_can_redo (plan));

  g_signal_connect (action, "ratings-changed", G_CALLBACK (count_cb), &ratings_changed);
  g_assert_true (st_plan_undo (plan, &error));
  g_assert_no_error (error);
  /* the same object, restored, and told so */
  g_assert_true (action == st_test_action (plan, "1.3.3"));
  g_assert_cmpint (st_action_get_status (action, may_id), ==, before);
  g_assert_cmpstr (st_action_get_commentary (action, may_id), ==, commentary);
  g_assert_cmpuint (ratings_changed, ==, 1);
  g_assert_true (st_plan_can_redo (plan));

  g_assert_true (st_plan_redo (plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (st_action_get_status (action, may_id), ==, ST_STATUS_RED);
  g_assert_cmpstr (st_action_get_commentary (action, may_id), ==, "No progress since March");

  /* a new edit clears redo */
  g_assert_true (st_plan_undo (plan, &error));
  g_assert_true (st_plan_set_string (plan, ST_RECORD (action), "owner", "Someone", &error));
  g_assert_false (st_plan_can_redo (plan));
}

static void
test_undo_text_keeps_lists (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  StAction *action = st_test_action (plan, "2.5.4");
  GListModel *areas = st_plan_get_areas (plan);
  g_autoptr(GError) error = NULL;
  guint items_changed = 0, notified = 0;

  g_assert_true (st_plan_set_string (plan, ST_RECORD (action), "text", "Rewritten", &error));
  g_signal_connect (areas, "items-changed", G_CALLBACK (items_changed_cb), &items_changed);
  g_signal_connect (action, "notify::text", G_CALLBACK (notify_cb), &notified);
  g_assert_true (st_plan_undo (plan, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (st_action_get_text (action), ==, "Deliver training on The Local Offer");
  g_assert_cmpuint (notified, ==, 1);
  /* nothing structural changed, so views keep their rows and expansion */
  g_assert_cmpuint (items_changed, ==, 0);
}

static void
test_undo_delete_area (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  g_autoptr(StRecord) area1 = g_list_model_get_item (st_plan_get_areas (plan), 0);
  g_autoptr(StSummary) before = st_summary_new (plan, st_plan_get_latest_period (plan));
  g_autoptr(StSummary) after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (st_plan_delete (plan, area1, &error));
  g_assert_no_error (error);
  g_assert_null (st_plan_find_action (plan, "1.1.1"));

  g_assert_true (st_plan_undo (plan, &error));
  g_assert_no_error (error);
  g_assert_nonnull (st_plan_find_action (plan, "1.1.1"));
  g_assert_cmpuint (g_list_model_get_n_items (st_plan_get_areas (plan)), ==, 4);
  after = st_summary_new (plan, st_plan_get_latest_period (plan));
  for (guint s = 0; s < ST_N_STATUSES; s++)
    g_assert_cmpuint (st_summary_get_overall (after)->counts[s], ==, st_summary_get_overall (before)->counts[s]);
  g_assert_cmpuint (st_summary_get_overall (after)->n_sub_actions, ==, 23);
  {
    g_autoptr(StRecord) first = g_list_model_get_item (st_plan_get_areas (plan), 0);
    g_assert_cmpstr (st_record_get_string (first, "number"), ==, "1");
  }

  /* redo deletes again, cascading as before */
  g_assert_true (st_plan_redo (plan, &error));
  g_assert_no_error (error);
  g_assert_null (st_plan_find_action (plan, "1.1.1"));
  g_assert_cmpuint (g_list_model_get_n_items (st_plan_get_areas (plan)), ==, 3);
}

static void
test_undo_insert_and_move (void)
{
  g_autofree char *path = NULL;
  g_autoptr(StPlan) plan = st_test_example_plan (&path);
  StAction *action = st_test_action (plan, "2.7.1");
  StRecord *sub = st_record_get_parent (ST_RECORD (action));
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (st_plan_insert (plan, ST_TYPE_ACTION, sub, 0, &error,
                                    "ref", "2.7.0", "text", "Inserted", NULL));
  g_assert_true (st_plan_move (plan, ST_RECORD (st_test_action (plan, "1.1.8")), 0, &error));
  g_assert_no_error (error);

  g_assert_true (st_plan_undo (plan, &error));
  g_assert_true (st_plan_undo (plan, &error));
  g_assert_no_error (error);
  g_assert_null (st_plan_find_action (plan, "2.7.0"));
  g_assert_cmpuint (g_list_model_get_n_items (st_record_get_children (sub)), ==, 1);
  g_assert_cmpuint (st_record_get_position (ST_RECORD (st_test_action (plan, "1.1.8"))), ==, 7);
  g_assert_false (st_plan_can_undo (plan));

  /* and the file agrees with the model */
  g_clear_object (&plan);
  plan = st_plan_open (path, ST_PLAN_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_null (st_plan_find_action (plan, "2.7.0"));
  g_assert_cmpuint (st_record_get_position (ST_RECORD (st_test_action (plan, "1.1.8"))), ==, 7);
}

static void
test_grouped_edit_is_one_step (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  StPeriod *may = st_plan_find_period (plan, "May 23");
  gint64 may_id = st_record_get_id (ST_RECORD (may));
  g_autoptr(GError) error = NULL;
  g_autoptr(StSummary) before = st_summary_new (plan, may);
  g_autoptr(StSummary) after = NULL;
  const char *refs[] = { "1.1.1", "1.1.2", "2.1.1" };

  g_assert_true (st_plan_begin (plan, "Rate three", &error));
  for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
    g_assert_true (st_plan_set_rating (plan, st_test_action (plan, refs[i]), may, ST_STATUS_AMBER, "", &error));
  g_assert_true (st_plan_commit (plan, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (st_plan_get_undo_label (plan), ==, "Rate three");

  g_assert_true (st_plan_undo (plan, &error));
  g_assert_false (st_plan_can_undo (plan));
  after = st_summary_new (plan, may);
  for (guint s = 0; s < ST_N_STATUSES; s++)
    g_assert_cmpuint (st_summary_get_overall (after)->counts[s], ==, st_summary_get_overall (before)->counts[s]);
  g_assert_cmpint (st_action_get_status (st_test_action (plan, "1.1.1"), may_id), !=, ST_STATUS_AMBER);
}

static void
test_rollback_restores_model (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  StAction *action = st_test_action (plan, "1.2.1");
  g_autoptr(GError) error = NULL;

  g_assert_true (st_plan_begin (plan, "Import", &error));
  g_assert_true (st_plan_set_string (plan, ST_RECORD (action), "owner", "Half-done", &error));
  g_assert_false (st_plan_set_string (plan, ST_RECORD (action), "ref", "1.2.2", &error));
  g_clear_error (&error);
  st_plan_rollback (plan);
  g_assert_cmpstr (st_record_get_string (ST_RECORD (action), "owner"), ==, "");
  g_assert_false (st_plan_can_undo (plan));
}

static void
test_other_program (void)
{
  g_autofree char *path = NULL;
  g_autoptr(StPlan) mine = st_test_example_plan (&path);
  g_autoptr(StPlan) theirs = NULL;
  g_autoptr(GError) error = NULL;
  StAction *action = st_test_action (mine, "1.5.1");
  gboolean reloaded = FALSE;

  theirs = st_plan_open (path, ST_PLAN_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  /* nothing changed yet */
  g_assert_true (st_plan_check_for_changes (mine, &reloaded, &error));
  g_assert_false (reloaded);

  g_assert_true (st_plan_set_string (theirs, ST_RECORD (st_test_action (theirs, "1.5.1")), "owner",
                                     "Changed elsewhere", &error));
  g_assert_no_error (error);

  g_assert_true (st_plan_check_for_changes (mine, &reloaded, &error));
  g_assert_no_error (error);
  g_assert_true (reloaded);
  g_assert_true (action == st_test_action (mine, "1.5.1"));
  g_assert_cmpstr (st_record_get_string (ST_RECORD (action), "owner"), ==, "Changed elsewhere");

  /* Our own edit of the same row, then theirs, then our undo: refused, not clobbered. */
  g_assert_true (st_plan_set_string (mine, ST_RECORD (action), "owner", "Mine", &error));
  g_assert_true (st_plan_set_string (theirs, ST_RECORD (st_test_action (theirs, "1.5.1")), "owner",
                                     "Theirs again", &error));
  g_assert_false (st_plan_undo (mine, &error));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_true (st_plan_check_for_changes (mine, &reloaded, &error));
  g_assert_cmpstr (st_record_get_string (ST_RECORD (action), "owner"), ==, "Theirs again");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/undo/rating", test_undo_rating);
  g_test_add_func ("/undo/text-keeps-lists", test_undo_text_keeps_lists);
  g_test_add_func ("/undo/delete-area", test_undo_delete_area);
  g_test_add_func ("/undo/insert-and-move", test_undo_insert_and_move);
  g_test_add_func ("/undo/grouped", test_grouped_edit_is_one_step);
  g_test_add_func ("/undo/rollback", test_rollback_restores_model);
  g_test_add_func ("/undo/other-program", test_other_program);

  return g_test_run ();
}
