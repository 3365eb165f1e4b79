/* test-summary.c: the example plan's quantitative summary equals the published
 * table (WSoA summary for May 2023, Section 3), every count and percentage.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "st-scorecard.h"
#include "st-summary.h"
#include "st-test-util.h"

typedef struct
{
  guint sub_actions;
  guint actions;
  guint counts[ST_N_STATUSES];       /* blue green amber red grey */
  const char *percents[ST_N_STATUSES];
} Expected;

/* Transcribed from ../shared/seeds/004_180f790e3f8f2b33.txt, Section 3. */
static const Expected published_overall = {
  23, 75, { 52, 20, 1, 0, 2 }, { "69.3%", "26.7%", "1.3%", "0.0%", "2.7%" },
};
static const Expected published_areas[4] = {
  { 6, 24, { 16, 5, 1, 0, 2 }, { "66.7%", "20.8%", "4.2%", "0.0%", "8.3%" } },
  { 7, 24, { 14, 10, 0, 0, 0 }, { "58.3%", "41.7%", "0.0%", "0.0%", "0.0%" } },
  { 4, 13, { 10, 3, 0, 0, 0 }, { "76.9%", "23.1%", "0.0%", "0.0%", "0.0%" } },
  { 6, 14, { 12, 2, 0, 0, 0 }, { "85.7%", "14.3%", "0.0%", "0.0%", "0.0%" } },
};

static void
assert_counts (const StSummaryCounts *c,
               const Expected        *e)
{
  g_assert_cmpuint (c->n_sub_actions, ==, e->sub_actions);
  g_assert_cmpuint (c->n_actions, ==, e->actions);
  g_assert_cmpuint (c->unrated, ==, 0);
  for (guint s = 0; s < ST_N_STATUSES; s++)
    {
      int tenths = st_percent_tenths (c->counts[s], c->n_actions);
      g_autofree char *shown = g_strdup_printf ("%d.%d%%", tenths / 10, tenths % 10);

      g_assert_cmpuint (c->counts[s], ==, e->counts[s]);
      g_assert_cmpstr (shown, ==, e->percents[s]);
    }
}

static void
test_example_may (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  StPeriod *may = st_plan_find_period (plan, "May 23");
  g_autoptr(StSummary) summary = NULL;

  g_assert_nonnull (may);
  g_assert_true (may == st_plan_get_latest_period (plan));
  summary = st_summary_new (plan, may);

  g_assert_cmpuint (st_summary_get_overall (summary)->n_areas, ==, 4);
  assert_counts (st_summary_get_overall (summary), &published_overall);
  g_assert_cmpuint (st_summary_get_n_areas (summary), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      g_assert_cmpstr (st_record_get_string (ST_RECORD (st_summary_get_area (summary, i)), "number"), ==, number);
      assert_counts (st_summary_get_area_counts (summary, i), &published_areas[i]);
    }
}

static void
test_example_jan (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  StPeriod *jan = st_plan_find_period (plan, "Jan 23");
  g_autoptr(StSummary) summary = st_summary_new (plan, jan);
  g_autoptr(StSummary) may = st_summary_new (plan, st_plan_find_period (plan, "May 23"));
  const StSummaryCounts *c = st_summary_get_overall (summary);
  guint total = 0;

  /* Illustrative, but every action is rated and fewer are complete than in May. */
  for (guint s = 0; s < ST_N_STATUSES; s++)
    total += c->counts[s];
  g_assert_cmpuint (total, ==, 75);
  g_assert_cmpuint (c->unrated, ==, 0);
  g_assert_cmpuint (c->counts[ST_STATUS_BLUE], <, st_summary_get_overall (may)->counts[ST_STATUS_BLUE]);
}

static void
test_summary_follows_edits (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  StPeriod *may = st_plan_find_period (plan, "May 23");
  StAction *action = st_test_action (plan, "1.1.1");
  g_autoptr(StSummary) before = st_summary_new (plan, may);
  g_autoptr(StSummary) after = NULL;
  g_autoptr(GError) error = NULL;
  StStatus old = st_action_get_status (action, st_record_get_id (ST_RECORD (may)));

  g_assert_cmpint (old, !=, ST_STATUS_RED);
  g_assert_true (st_plan_set_rating (plan, action, may, ST_STATUS_RED, "Slipped", &error));
  g_assert_no_error (error);
  after = st_summary_new (plan, may);
  g_assert_cmpuint (st_summary_get_overall (after)->counts[ST_STATUS_RED], ==, 1);
  g_assert_cmpuint (st_summary_get_overall (after)->counts[old], ==,
                    st_summary_get_overall (before)->counts[old] - 1);
  g_assert_cmpuint (st_summary_get_area_counts (after, 0)->counts[ST_STATUS_RED], ==, 1);
}

static void
test_summary_json (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  g_autoptr(StSummary) summary = st_summary_new (plan, st_plan_find_period (plan, "May 23"));
  g_autoptr(JsonNode) node = st_summary_to_json (summary, plan);
  JsonObject *root = json_node_get_object (node);
  JsonObject *overall = json_object_get_object_member (root, "overall");
  JsonArray *statuses = json_object_get_array_member (overall, "statuses");
  JsonArray *areas = json_object_get_array_member (root, "areas");
  JsonObject *amber = json_array_get_object_element (statuses, 2);
  JsonObject *area2 = json_array_get_object_element (areas, 1);

  g_assert_cmpstr (json_object_get_string_member (root, "period"), ==, "May 23");
  g_assert_cmpint (json_object_get_int_member (overall, "areas"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (overall, "sub_actions"), ==, 23);
  g_assert_cmpint (json_object_get_int_member (overall, "actions"), ==, 75);
  g_assert_cmpuint (json_array_get_length (statuses), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (amber, "status"), ==, "amber");
  g_assert_cmpstr (json_object_get_string_member (amber, "label"), ==, "Action in progress with some concerns");
  g_assert_cmpint (json_object_get_int_member (amber, "count"), ==, 1);
  g_assert_cmpfloat (json_object_get_double_member (amber, "percent"), ==, 1.3);
  g_assert_cmpuint (json_array_get_length (areas), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (area2, "number"), ==, "2");
  g_assert_false (json_object_has_member (area2, "areas"));
  g_assert_cmpint (json_object_get_int_member (area2, "sub_actions"), ==, 7);
}

static void
test_summary_text (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  g_autoptr(StSummary) summary = st_summary_new (plan, st_plan_find_period (plan, "May 23"));
  g_autofree char *text = st_summary_to_text (summary, plan);

  g_assert_nonnull (strstr (text, "Quantitative summary – May 23"));
  g_assert_nonnull (strstr (text, "Overall: 4 priority areas, 23 sub-actions, 75 actions"));
  g_assert_true (g_regex_match_simple ("Action complete +52 +69\\.3%", text, 0, 0));
  g_assert_true (g_regex_match_simple ("Action not due to start +2 +8\\.3%", text, 0, 0));
  g_assert_true (g_regex_match_simple ("Action on track +2 +14\\.3%", text, 0, 0));
}

static void
assert_same_actions (GPtrArray *a,
                     GPtrArray *b)
{
  g_assert_cmpuint (a ? a->len : 0, ==, b ? b->len : 0);
  for (guint i = 0; a && i < a->len; i++)
    g_assert_true (g_ptr_array_index (a, i) == g_ptr_array_index (b, i));
}

/* The one-pass index of citing actions gives, for every ref, what a search
 * of every action finds; a ref no action cites is not in it. */
static void
test_citing_index (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  StAction *action = st_plan_find_action (plan, "1.1.1");
  g_autoptr(GError) error = NULL;

  /* cites one ref twice and one the scorecard lacks */
  g_assert_true (st_plan_set_string (plan, ST_RECORD (action), "measure-refs", "1.0; 9.9 and 1.0", &error));
  g_assert_no_error (error);
  {
    g_autoptr(GHashTable) index = st_scorecard_index_citing_actions (plan);
    GListModel *measures = st_plan_get_measures (plan);
    GHashTableIter iter;
    gpointer key, value;
    guint cited = 0;

    g_assert_cmpuint (g_list_model_get_n_items (measures), >, 0);
    for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
      {
        g_autoptr(StRecord) measure = g_list_model_get_item (measures, i);
        const char *ref = st_record_get_string (measure, "ref");
        g_autoptr(GPtrArray) found = st_scorecard_find_citing_actions (plan, ref);

        assert_same_actions (g_hash_table_lookup (index, ref), found);
        cited += found->len > 0;
      }
    g_assert_cmpuint (cited, >, 1);
    g_hash_table_iter_init (&iter, index);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        g_autoptr(GPtrArray) found = st_scorecard_find_citing_actions (plan, key);

        assert_same_actions (value, found);
      }
    g_assert_cmpuint (((GPtrArray *) g_hash_table_lookup (index, "9.9"))->len, ==, 1);
    g_assert_true (g_ptr_array_index ((GPtrArray *) g_hash_table_lookup (index, "1.0"), 0) == action);
    g_assert_null (g_hash_table_lookup (index, "no such ref"));
  }
}

/* The scorecard's refs missing from it, taken from its index of citing
 * actions, are what st_scorecard_find_missing_refs() finds: the same refs in
 * order of first citation, each with the same actions. */
static void
test_scorecard_missing_refs (void)
{
  g_autoptr(StPlan) plan = st_test_example_plan (NULL);
  const struct { const char *ref; const char *refs; } edits[] = {
    { "1.1.1", "9.9, 1.0 and 9.8" },
    { "1.1.2", "9.8; 9.8" },
    { "2.1.1", "9.7 and 9.9" },
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      StAction *action = st_plan_find_action (plan, edits[i].ref);

      g_assert_nonnull (action);
      g_assert_true (st_plan_set_string (plan, ST_RECORD (action), "measure-refs", edits[i].refs, &error));
      g_assert_no_error (error);
    }
  {
    g_autoptr(StScorecard) scorecard = st_scorecard_new (plan, st_plan_find_period (plan, "May 23"));
    g_autoptr(GPtrArray) missing = st_scorecard_find_missing_refs (plan);
    const char *expected[] = { "9.9", "9.8", "9.7" };

    g_assert_cmpuint (st_scorecard_get_n_missing (scorecard), ==, missing->len);
    g_assert_cmpuint (missing->len, ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < missing->len; i++)
      {
        const StMissingRef *a = st_scorecard_get_missing (scorecard, i);
        const StMissingRef *b = g_ptr_array_index (missing, i);

        g_assert_cmpstr (a->ref, ==, expected[i]);
        g_assert_cmpstr (a->ref, ==, b->ref);
        assert_same_actions (a->cited_by, b->cited_by);
      }
    g_assert_cmpuint (st_scorecard_get_missing (scorecard, 1)->cited_by->len, ==, 2);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/summary/example/may-23-matches-published", test_example_may);
  g_test_add_func ("/summary/example/jan-23", test_example_jan);
  g_test_add_func ("/summary/follows-edits", test_summary_follows_edits);
  g_test_add_func ("/summary/json", test_summary_json);
  g_test_add_func ("/summary/text", test_summary_text);
  g_test_add_func ("/scorecard/citing-index", test_citing_index);
  g_test_add_func ("/scorecard/missing-refs", test_scorecard_missing_refs);

  return g_test_run ();
}
