/* test-plan.c: the example plan's content, and edits that persist.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <sqlite3.h>

#include "st-test-util.h"

static guint
count_children (GListModel *list,
                guint      *grandchildren)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; grandchildren && i < n; i++)
    {
      g_autoptr(StRecord) item = g_list_model_get_item (list, i);
      *grandchildren += g_list_model_get_n_items (st_record_get_children (item));
    }
  return n;
}

static void
test_example_structure (void)
{
  static const guint subs[] = { 6, 7, 4, 6 }, actions[] = { 24, 24, 13, 14 };
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  GListModel *areas = st_plan_get_areas (plan);

  g_assert_cmpuint (g_list_model_get_n_items (areas), ==, 4);
  for (guint a = 0; a < 4; a++)
    {
      g_autoptr(StRecord) area = g_list_model_get_item (areas, a);
      guint n_actions = 0;

      g_assert_cmpuint (count_children (st_record_get_children (area), &n_actions), ==, subs[a]);
      g_assert_cmpuint (n_actions, ==, actions[a]);
    }
  g_assert_cmpuint (g_list_model_get_n_items (st_plan_get_periods (plan)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (st_plan_get_statuses (plan)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (st_plan_get_outcomes (plan)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (st_plan_get_list (plan, ST_TYPE_VOICE)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (st_plan_get_list (plan, ST_TYPE_DEVELOPMENT_AREA)), ==, 10);
  g_assert_cmpuint (g_list_model_get_n_items (st_plan_get_list (plan, ST_TYPE_STRATEGY)), ==, 5);
  g_assert_cmpstr (st_record_get_string (ST_RECORD (st_plan_get_info (plan)), "local-area"), ==, "Rotherham");
  g_assert_nonnull (strstr (st_record_get_string (ST_RECORD (st_plan_get_info (plan)), "description"),
                            "illustrative"));
}

static void
test_example_actions (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  StAction *a = st_test_action (plan, "1.1.1");
  StAction *free_text = st_test_action (plan, "2.3.3");
  StAction *peer = st_test_action (plan, "1.6.2");
  StAction *cited = st_test_action (plan, "1.1.5");
  StRecord *sub = st_record_get_parent (ST_RECORD (a));
  StPeriod *may = st_plan_find_period (plan, "May 23");
  g_auto(GStrv) refs = NULL;

  g_assert_cmpstr (st_action_get_text (a), ==, "Integrate EHCP and SEND into full CYPS framework");
  g_assert_cmpint (st_action_get_target (a), ==, st_month_make (2022, 7));
  g_assert_cmpstr (st_record_get_string (sub, "ref"), ==, "1.1");
  g_assert_cmpstr (st_record_get_string (st_record_get_parent (sub), "number"), ==, "1");

  g_assert_cmpint (st_action_get_target (free_text), ==, ST_MONTH_NONE);
  g_assert_cmpstr (st_record_get_string (ST_RECORD (free_text), "target-text"), ==,
                   "Ongoing – July for 1st annual report");

  g_assert_cmpint (st_action_get_target (peer), ==, st_month_make (2023, 9));
  g_assert_cmpstr (st_action_get_text (peer), ==, "Undertake ADCS Peer Review");

  refs = st_action_dup_measure_refs (cited);
  g_assert_cmpuint (g_strv_length (refs), ==, 1);
  g_assert_cmpstr (refs[0], ==, "1.0");
  g_assert_true (st_record_get_boolean (ST_RECORD (cited), "evidence"));

  /* Not complete and past its target at the end of May 2023 → overdue */
  for (guint i = 0; i < g_list_model_get_n_items (st_record_get_children (sub)); i++)
    {
      g_autoptr(StAction) action = g_list_model_get_item (st_record_get_children (sub), i);
      gint64 period = st_record_get_id (ST_RECORD (may));

      g_assert_cmpint (st_action_is_overdue (action, period, st_period_get_end_month (may)), ==,
                       st_action_get_status (action, period) != ST_STATUS_BLUE &&
                       st_action_get_target (action) < st_month_make (2023, 5));
    }
}

static void
test_measure_refs_parsing (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  StAction *action = st_test_action (plan, "1.4.2");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) refs = NULL;

  g_assert_true (st_plan_set_string (plan, ST_RECORD (action), "measure-refs", "1.1 and Insight; 2.10,", &error));
  g_assert_no_error (error);
  refs = st_action_dup_measure_refs (action);
  g_assert_cmpuint (g_strv_length (refs), ==, 3);
  g_assert_cmpstr (refs[0], ==, "1.1");
  g_assert_cmpstr (refs[1], ==, "Insight");
  g_assert_cmpstr (refs[2], ==, "2.10");
}

static void
test_edits_persist (void)
{
  g_autofree char *path = NULL;
  g_autoptr(StPlan) plan = st_test_example_plan (&path);
  g_autoptr(StPlan) again = NULL;
  g_autoptr(GError) error = NULL;
  StAction *action = st_test_action (plan, "2.1.1");
  StPeriod *jan = st_plan_find_period (plan, "Jan 23");
  StRecord *area;
  StRecord *sub;

  g_assert_true (st_plan_set_string (plan, ST_RECORD (action), "text", "A new text – with “quotes”", &error));
  g_assert_true (st_plan_set_string (plan, ST_RECORD (action), "target-month", "Mar-24", &error));
  g_assert_true (st_plan_set_string (plan, ST_RECORD (action), "owner", "Head of Inclusion", &error));
  g_assert_true (st_plan_set_boolean (plan, ST_RECORD (action), "evidence", TRUE, &error));
  g_assert_true (st_plan_set_rating (plan, action, jan, ST_STATUS_AMBER, "Waiting for schools", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (st_record_get_string (ST_RECORD (action), "target-month"), ==, "2024-03");

  area = st_plan_insert (plan, ST_TYPE_AREA, NULL, -1, &error,
                         "number", "5", "title", "Joint commissioning", NULL);
  g_assert_no_error (error);
  sub = st_plan_insert (plan, ST_TYPE_SUB_ACTION, area, -1, &error, "ref", "5.1", "text", "Review", NULL);
  g_assert_no_error (error);
  g_assert_nonnull (st_plan_insert (plan, ST_TYPE_ACTION, sub, -1, &error,
                                    "ref", "5.1.1", "text", "Map provision", "target-month", "2024-01", NULL));
  g_assert_nonnull (st_plan_insert (plan, ST_TYPE_ACTION, sub, 0, &error,
                                    "ref", "5.1.0", "text", "First", NULL));
  g_assert_no_error (error);

  g_clear_object (&plan);
  again = st_plan_open (path, ST_PLAN_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  action = st_test_action (again, "2.1.1");
  g_assert_cmpstr (st_action_get_text (action), ==, "A new text – with “quotes”");
  g_assert_cmpint (st_action_get_target (action), ==, st_month_make (2024, 3));
  g_assert_cmpstr (st_record_get_string (ST_RECORD (action), "owner"), ==, "Head of Inclusion");
  g_assert_true (st_record_get_boolean (ST_RECORD (action), "evidence"));
  jan = st_plan_find_period (again, "Jan 23");
  g_assert_cmpint (st_action_get_status (action, st_record_get_id (ST_RECORD (jan))), ==, ST_STATUS_AMBER);
  g_assert_cmpstr (st_action_get_commentary (action, st_record_get_id (ST_RECORD (jan))), ==, "Waiting for schools");

  g_assert_cmpuint (g_list_model_get_n_items (st_plan_get_areas (again)), ==, 5);
  {
    g_autoptr(StRecord) area5 = g_list_model_get_item (st_plan_get_areas (again), 4);
    g_autoptr(StRecord) sub51 = g_list_model_get_item (st_record_get_children (area5), 0);
    g_autoptr(StAction) first = g_list_model_get_item (st_record_get_children (sub51), 0);
    g_autoptr(StAction) second = g_list_model_get_item (st_record_get_children (sub51), 1);

    g_assert_cmpstr (st_record_get_string (area5, "title"), ==, "Joint commissioning");
    g_assert_cmpstr (st_action_get_ref (first), ==, "5.1.0");
    g_assert_cmpstr (st_action_get_ref (second), ==, "5.1.1");
  }
}

static void
test_move_and_delete (void)
{
  g_autofree char *path = NULL;
  g_autoptr(StPlan) plan = st_test_example_plan (&path);
  g_autoptr(StPlan) again = NULL;
  g_autoptr(GError) error = NULL;
  StAction *last = st_test_action (plan, "1.1.8");
  StRecord *sub = st_record_get_parent (ST_RECORD (last));
  StRecord *area3;

  g_assert_true (st_plan_move (plan, ST_RECORD (last), 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (st_record_get_position (ST_RECORD (last)), ==, 0);

  {
    g_autoptr(StRecord) item = g_list_model_get_item (st_plan_get_areas (plan), 2);
    area3 = item;
  }
  g_assert_true (st_plan_delete (plan, area3, &error));
  g_assert_no_error (error);
  g_assert_null (st_plan_find_action (plan, "3.1.1"));
  g_assert_cmpuint (g_list_model_get_n_items (st_plan_get_areas (plan)), ==, 3);

  g_clear_object (&plan);
  again = st_plan_open (path, ST_PLAN_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (st_plan_get_areas (again)), ==, 3);
  g_assert_null (st_plan_find_action (again, "3.1.1"));
  sub = st_record_get_parent (ST_RECORD (st_test_action (again, "1.1.8")));
  {
    g_autoptr(StAction) first = g_list_model_get_item (st_record_get_children (sub), 0);
    g_autoptr(StAction) second = g_list_model_get_item (st_record_get_children (sub), 1);
    g_assert_cmpstr (st_action_get_ref (first), ==, "1.1.8");
    g_assert_cmpstr (st_action_get_ref (second), ==, "1.1.1");
  }
  {
    /* positions stay dense after the move and the delete */
    sqlite3 *db = st_plan_get_database (again);
    sqlite3_stmt *stmt = NULL;

    sqlite3_prepare_v2 (db, "SELECT count(*) FROM (SELECT sub_action_id, max(position) + 1 = count(*) AS dense "
                            "FROM action GROUP BY sub_action_id) WHERE NOT dense", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
    sqlite3_finalize (stmt);
    sqlite3_prepare_v2 (db, "SELECT count(*) FROM rating WHERE action_id NOT IN (SELECT id FROM action)", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
    sqlite3_finalize (stmt);
  }
}

static void
test_delete_board_clears_references (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  GListModel *boards = st_plan_get_boards (plan);
  g_autoptr(GError) error = NULL;
  StRecord *place = NULL;
  guint n = g_list_model_get_n_items (boards);
  guint reporting = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StRecord) board = g_list_model_get_item (boards, i);
      if (g_str_equal (st_record_get_string (board, "name"), "Rotherham Place Board"))
        place = board;
    }
  g_assert_nonnull (place);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StRecord) board = g_list_model_get_item (boards, i);
      if (st_record_get_int (board, "reports-to") == st_record_get_id (place))
        reporting++;
    }
  g_assert_cmpuint (reporting, >, 0);

  g_assert_true (st_plan_delete (plan, place, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (boards), ==, n - 1);
  for (guint i = 0; i < n - 1; i++)
    {
      g_autoptr(StRecord) board = g_list_model_get_item (boards, i);
      gint64 reports_to = st_record_get_int (board, "reports-to");

      /* SET NULL in the file, 0 in the model: no reference to the deleted board */
      g_assert_true (reports_to == 0 || st_plan_lookup (plan, ST_TYPE_BOARD, reports_to) != NULL);
    }
}

static void
test_refused_values (void)
{
  g_autofree char *path = NULL;
  g_autoptr(StPlan) plan = st_test_example_plan (&path);
  g_autoptr(GError) error = NULL;
  StAction *action = st_test_action (plan, "1.1.1");
  g_autofree char *big = g_strnfill (100000, 'x');

  g_assert_false (st_plan_set_string (plan, ST_RECORD (action), "ref", "   ", &error));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (st_plan_set_string (plan, ST_RECORD (action), "ref", "1.1.2", &error));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "already used"));
  g_clear_error (&error);

  g_assert_false (st_plan_set_string (plan, ST_RECORD (action), "target-month", "Julember 22", &error));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Julember 22"));
  g_clear_error (&error);

  g_assert_false (st_plan_set_string (plan, ST_RECORD (action), "text", "bad \xc3\x28 bytes", &error));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (st_plan_set_string (plan, ST_RECORD (st_plan_get_status_info (plan, ST_STATUS_RED)),
                                      "colour", "red", &error));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_null (st_plan_insert (plan, ST_TYPE_PERIOD, NULL, -1, &error, "label", "Sep 23", "end-date", "2023-02-30", NULL));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID);
  g_clear_error (&error);

  /* refused edits changed nothing in memory */
  g_assert_cmpstr (st_action_get_ref (action), ==, "1.1.1");
  g_assert_cmpint (st_action_get_target (action), ==, st_month_make (2022, 7));

  /* long and right-to-left text is stored and read back exactly */
  g_assert_true (st_plan_set_string (plan, ST_RECORD (action), "text", big, &error));
  g_assert_true (st_plan_set_string (plan, ST_RECORD (action), "owner", "مدير التعليم", &error));
  g_assert_no_error (error);
  g_clear_object (&plan);
  plan = st_plan_open (path, ST_PLAN_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  action = st_test_action (plan, "1.1.1");
  g_assert_cmpstr (st_action_get_text (action), ==, big);
  g_assert_cmpstr (st_record_get_string (ST_RECORD (action), "owner"), ==, "مدير التعليم");
}

static void
check_read_only (const char *path)
{
  g_autoptr(StPlan) ro = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = st_test_checksum (path);
  g_autofree char *after = NULL;
  StAction *action;

  ro = st_plan_open (path, ST_PLAN_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (st_plan_get_read_only (ro));
  action = st_test_action (ro, "1.1.1");
  g_assert_false (st_plan_set_string (ro, ST_RECORD (action), "text", "changed", &error));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (st_plan_set_rating (ro, action, st_plan_get_latest_period (ro), ST_STATUS_RED, NULL, &error));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (st_plan_can_undo (ro));
  g_assert_cmpstr (st_action_get_text (action), ==, "Integrate EHCP and SEND into full CYPS framework");

  g_clear_object (&ro);
  after = st_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_read_only (void)
{
  g_autofree char *path = NULL;
  g_autoptr(StPlan) plan = st_test_example_plan (&path);

  g_clear_object (&plan);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  st_test_run_unprivileged (path, check_read_only);
}

static void
test_read_only_flag (void)
{
  g_autofree char *path = NULL;
  g_autoptr(StPlan) plan = st_test_example_plan (&path);
  g_autoptr(StPlan) ro = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&plan);
  ro = st_plan_open (path, ST_PLAN_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (st_plan_get_read_only (ro));
  g_assert_false (st_plan_set_string (ro, ST_RECORD (st_plan_get_info (ro)), "title", "x", &error));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_READ_ONLY);
}

static void
test_create (void)
{
  g_autofree char *dir = st_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "new.sendplan", NULL);
  g_autoptr(StPlan) plan = NULL;
  g_autoptr(StPlan) twice = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  GDir *listing;
  const char *name;
  guint files = 0;

  plan = st_plan_create (path, "Bracknell Forest APP", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (st_record_get_string (ST_RECORD (st_plan_get_info (plan)), "title"), ==, "Bracknell Forest APP");
  g_assert_cmpuint (g_list_model_get_n_items (st_plan_get_areas (plan)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (st_plan_get_statuses (plan)), ==, 5);
  g_assert_cmpstr (st_record_get_string (ST_RECORD (st_plan_get_status_info (plan, ST_STATUS_AMBER)), "label"), ==,
                   "Action in progress with some concerns");
  g_assert_cmpstr (st_record_get_string (ST_RECORD (st_plan_get_status_info (plan, ST_STATUS_GREY)), "letter"), ==, "N");
  problems = st_plan_check_integrity (plan, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);

  /* never over an existing file, which stays as it was */
  before = st_test_checksum (path);
  twice = st_plan_create_example (path, &error);
  g_assert_null (twice);
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_EXISTS);
  after = st_test_checksum (path);
  g_assert_cmpstr (before, ==, after);

  /* no temporary files left behind */
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)))
    {
      g_test_message ("%s", name);
      files++;
    }
  g_dir_close (listing);
  g_assert_cmpuint (files, ==, 1);
}

static void
test_save_copy (void)
{
  g_autofree char *path = NULL;
  g_autoptr(StPlan) plan = st_test_example_plan (&path);
  g_autofree char *dir = st_test_make_dir ();
  g_autofree char *copy_path = g_build_filename (dir, "copy.sendplan", NULL);
  g_autoptr(StPlan) copy = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (st_plan_set_string (plan, ST_RECORD (st_plan_get_info (plan)), "title", "Edited", &error));
  g_assert_true (st_plan_save_copy (plan, copy_path, &error));
  g_assert_no_error (error);
  copy = st_plan_open (copy_path, ST_PLAN_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (st_record_get_string (ST_RECORD (st_plan_get_info (copy)), "title"), ==, "Edited");
  g_assert_nonnull (st_plan_find_action (copy, "4.6.2"));
}

/* Loading stores all the ratings (values) of a record at once: the outcome
 * must be that of storing them one by one, whatever order and repeats a
 * damaged file gives them in. */
static void
test_load_batches (void)
{
  g_autoptr(StAction) batch = g_object_new (ST_TYPE_ACTION, NULL);
  g_autoptr(StAction) one_by_one = g_object_new (ST_TYPE_ACTION, NULL);
  g_autoptr(StMeasure) measure_batch = g_object_new (ST_TYPE_MEASURE, NULL);
  g_autoptr(StMeasure) measure_one_by_one = g_object_new (ST_TYPE_MEASURE, NULL);
  const struct { gint64 period; StStatus status; const char *text; } ratings[] = {
    { 3, ST_STATUS_GREEN, "" }, { 1, ST_STATUS_RED, "late" }, { 3, ST_STATUS_AMBER, "slipped" },
    { 2, ST_STATUS_BLUE, "done" }, { 1, ST_STATUS_NONE, "" }, { 5, ST_STATUS_GREY, "" },
  };
  const struct { int month; double value; const char *note; } values[] = {
    { 24290, 4, "" }, { 24288, 2, "first" }, { 24290, 5, "again" }, { 24289, 3, "" }, { 24295, 1, "last" },
  };
  StRating loaded[G_N_ELEMENTS (ratings)];
  StMeasureValue loaded_values[G_N_ELEMENTS (values)];

  for (guint i = 0; i < G_N_ELEMENTS (ratings); i++)
    {
      loaded[i] = (StRating) { ratings[i].period, ratings[i].status,
                               *ratings[i].text ? g_strdup (ratings[i].text) : (char *) st_record_empty_string };
      st_action_store_rating (one_by_one, ratings[i].period, ratings[i].status, ratings[i].text, FALSE);
    }
  /* in two parts, as a file listing an action's ratings apart would */
  st_action_load_ratings (batch, loaded, 4);
  st_action_load_ratings (batch, loaded + 4, G_N_ELEMENTS (ratings) - 4);

  g_assert_cmpuint (st_action_get_n_ratings (batch), ==, 3);
  g_assert_cmpuint (st_action_get_n_ratings (batch), ==, st_action_get_n_ratings (one_by_one));
  for (guint i = 0; i < st_action_get_n_ratings (one_by_one); i++)
    {
      const StRating *a = st_action_get_nth_rating (one_by_one, i);
      const StRating *b = st_action_get_nth_rating (batch, i);

      g_assert_cmpint (a->period_id, ==, b->period_id);
      g_assert_cmpint (a->status, ==, b->status);
      g_assert_cmpstr (a->commentary, ==, b->commentary);
    }
  g_assert_cmpint (st_action_get_status (batch, 3), ==, ST_STATUS_AMBER);
  g_assert_cmpstr (st_action_get_commentary (batch, 3), ==, "slipped");
  g_assert_cmpint (st_action_get_status (batch, 1), ==, ST_STATUS_NONE);

  /* and edits after loading */
  st_action_store_rating (batch, 2, ST_STATUS_NONE, NULL, FALSE);
  st_action_store_rating (batch, 7, ST_STATUS_GREEN, "new", FALSE);
  st_action_store_rating (batch, 3, ST_STATUS_RED, NULL, FALSE);
  g_assert_cmpuint (st_action_get_n_ratings (batch), ==, 3);
  g_assert_cmpstr (st_action_get_commentary (batch, 7), ==, "new");
  g_assert_cmpstr (st_action_get_commentary (batch, 3), ==, "");
  g_assert_cmpint (st_action_get_status (batch, 2), ==, ST_STATUS_NONE);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      StMeasureValue v = { values[i].month, values[i].value, NAN, 0, ST_TOLERANCE_ABSOLUTE, ST_POLARITY_HIGHER,
                           (char *) values[i].note };

      st_measure_store_value (measure_one_by_one, &v, FALSE);
      v.note = *values[i].note ? g_strdup (values[i].note) : (char *) st_record_empty_string;
      loaded_values[i] = v;
    }
  st_measure_load_values (measure_batch, loaded_values, G_N_ELEMENTS (values));
  g_assert_cmpuint (st_measure_get_n_values (measure_batch), ==, 4);
  g_assert_cmpuint (st_measure_get_n_values (measure_batch), ==, st_measure_get_n_values (measure_one_by_one));
  for (guint i = 0; i < st_measure_get_n_values (measure_batch); i++)
    {
      const StMeasureValue *a = st_measure_get_nth_value (measure_one_by_one, i);
      const StMeasureValue *b = st_measure_get_nth_value (measure_batch, i);

      g_assert_cmpint (a->month, ==, b->month);
      g_assert_cmpfloat (a->value, ==, b->value);
      g_assert_cmpstr (a->note, ==, b->note);
      if (i > 0)
        g_assert_cmpint (st_measure_get_nth_value (measure_batch, i - 1)->month, <, b->month);
    }
  g_assert_cmpfloat (st_measure_lookup_value (measure_batch, 24290)->value, ==, 5);
  st_measure_forget_value (measure_batch, 24288);
  g_assert_null (st_measure_lookup_value (measure_batch, 24288));
  g_assert_cmpuint (st_measure_get_n_values (measure_batch), ==, 3);
}

/* Columns keep plain values: defaults, NULL against "", and the GObject
 * property boundary. */
static void
test_record_values (void)
{
  g_autoptr(StMeasure) measure = g_object_new (ST_TYPE_MEASURE, "title", "Waiting times", NULL);
  g_autoptr(StAction) action = g_object_new (ST_TYPE_ACTION, NULL);
  g_autofree char *title = NULL;
  double target = 0;

  g_assert_cmpstr (st_record_get_string (ST_RECORD (measure), "unit"), ==, "number");
  g_assert_true (isnan (st_record_get_double (ST_RECORD (measure), "target")));
  g_assert_cmpfloat (st_record_get_double (ST_RECORD (measure), "tolerance"), ==, 0.0);
  g_assert_null (st_record_get_string (ST_RECORD (action), "target-month"));
  g_assert_cmpstr (st_record_get_string (ST_RECORD (action), "owner"), ==, "");
  g_assert_false (st_record_get_boolean (ST_RECORD (action), "evidence"));

  g_object_set (measure, "target", 12.5, "title", "", NULL);
  g_object_get (measure, "target", &target, "title", &title, NULL);
  g_assert_cmpfloat (target, ==, 12.5);
  g_assert_cmpstr (title, ==, "");

  st_record_load_string (ST_RECORD (action), 2, "2024-05");
  st_record_load_string (ST_RECORD (action), 2, NULL);
  g_assert_null (st_record_get_string (ST_RECORD (action), "target-month"));
  st_record_load_string (ST_RECORD (action), 1, "A long text");
  st_record_load_string (ST_RECORD (action), 1, "Another");
  g_assert_cmpstr (st_action_get_text (action), ==, "Another");
  g_object_set (action, "text", "Edited", "evidence", TRUE, NULL);
  g_assert_cmpstr (st_action_get_text (action), ==, "Edited");
  g_assert_true (st_record_get_boolean (ST_RECORD (action), "evidence"));
}

/* Loaded texts live in a pool, short ones once; records keep the pool, edits
 * allocate their own texts, and nothing is freed twice or lost. */
static void
test_text_pool (void)
{
  g_autoptr(StTextPool) pool = st_text_pool_new ();
  g_autofree char *long_text = g_strnfill (300, 'x');
  g_autofree char *big = g_strnfill (200 * 1024, 'y');
  const char *a = st_text_pool_add (pool, "On track");
  const char *b = st_text_pool_add (pool, "On track");
  const char *c = st_text_pool_add (pool, long_text);
  const char *d = st_text_pool_add (pool, long_text);
  StAction *action = g_object_new (ST_TYPE_ACTION, NULL);
  g_autoptr(StMeasure) measure = g_object_new (ST_TYPE_MEASURE, NULL);
  StRating ratings[2];
  StMeasureValue value = { 24290, 1, NAN, 0, ST_TOLERANCE_ABSOLUTE, ST_POLARITY_HIGHER, NULL };

  g_assert_true (a == b);
  g_assert_cmpstr (a, ==, "On track");
  g_assert_true (c != d);   /* long texts are not looked up */
  g_assert_cmpstr (c, ==, d);
  g_assert_true (st_text_pool_contains (pool, a));
  g_assert_false (st_text_pool_contains (pool, long_text));
  /* a text larger than a block gets one of its own; many texts make the
   * table of short ones grow */
  g_assert_cmpstr (st_text_pool_add (pool, big), ==, big);
  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *text = g_strdup_printf ("owner %u", i % 2500);
      const char *added = st_text_pool_add (pool, text);

      g_assert_cmpstr (added, ==, text);
      if (i >= 2500)
        {
          g_autofree char *first = g_strdup_printf ("owner %u", i - 2500);
          g_assert_true (added == st_text_pool_add (pool, first));
        }
    }
  g_assert_cmpuint (st_text_pool_get_size (pool), >, 200 * 1024);

  /* a record's loaded texts are in its pool; an edit allocates its own */
  st_record_set_text_pool (ST_RECORD (action), pool);
  st_record_load_string (ST_RECORD (action), 0, "1.1.1");
  st_record_load_string (ST_RECORD (action), 4, "On track");
  g_assert_true (st_record_get_string (ST_RECORD (action), "owner") == a);
  g_assert_false (st_record_owns_text (ST_RECORD (action), a));
  g_object_set (action, "owner", "Someone", NULL);
  g_assert_cmpstr (st_record_get_string (ST_RECORD (action), "owner"), ==, "Someone");
  g_assert_true (st_record_owns_text (ST_RECORD (action), st_record_get_string (ST_RECORD (action), "owner")));

  ratings[0] = (StRating) { 1, ST_STATUS_GREEN, (char *) a };
  ratings[1] = (StRating) { 2, ST_STATUS_RED, g_strdup ("Allocated") };
  st_action_load_ratings (action, ratings, 2);
  st_action_store_rating (action, 1, ST_STATUS_AMBER, "Edited", FALSE);
  st_action_store_rating (action, 2, ST_STATUS_NONE, NULL, FALSE);
  g_assert_cmpstr (st_action_get_commentary (action, 1), ==, "Edited");
  g_assert_cmpuint (st_action_get_n_ratings (action), ==, 1);

  st_record_set_text_pool (ST_RECORD (measure), pool);
  value.note = (char *) st_text_pool_add (pool, "estimate");
  st_measure_load_values (measure, &value, 1);
  value.note = (char *) "revised";
  st_measure_store_value (measure, &value, FALSE);
  g_assert_cmpstr (st_measure_get_nth_value (measure, 0)->note, ==, "revised");

  /* the records keep the pool after it is dropped here */
  g_clear_pointer (&pool, st_text_pool_unref);
  g_assert_cmpstr (st_action_get_ref (action), ==, "1.1.1");
  g_assert_finalize_object (action);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan/example/structure", test_example_structure);
  g_test_add_func ("/plan/example/actions", test_example_actions);
  g_test_add_func ("/plan/measure-refs", test_measure_refs_parsing);
  g_test_add_func ("/plan/edit/persist", test_edits_persist);
  g_test_add_func ("/plan/edit/move-and-delete", test_move_and_delete);
  g_test_add_func ("/plan/edit/delete-board", test_delete_board_clears_references);
  g_test_add_func ("/plan/edit/refused", test_refused_values);
  g_test_add_func ("/plan/read-only/file", test_read_only);
  g_test_add_func ("/plan/read-only/flag", test_read_only_flag);
  g_test_add_func ("/plan/create", test_create);
  g_test_add_func ("/plan/save-copy", test_save_copy);
  g_test_add_func ("/plan/load-batches", test_load_batches);
  g_test_add_func ("/plan/record-values", test_record_values);
  g_test_add_func ("/plan/text-pool", test_text_pool);

  return g_test_run ();
}
