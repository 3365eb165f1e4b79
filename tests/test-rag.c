/* test-rag.c: the scorecard's rating rules and direction of travel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "st-plan.h"
#include "st-rag.h"

#define H ST_POLARITY_HIGHER
#define L ST_POLARITY_LOWER
#define T ST_POLARITY_TARGET
#define D ST_POLARITY_DATA
#define ABS_ ST_TOLERANCE_ABSOLUTE
#define PCT ST_TOLERANCE_PERCENT

static const struct
{
  double           value;
  double           target;
  double           tolerance;
  StToleranceKind  kind;
  StPolarity       polarity;
  StRag            expected;
} rate_cases[] = {
  /* higher is better, absolute tolerance 5 */
  { 95, 90, 5, ABS_, H, ST_RAG_GREEN },
  { 90, 90, 5, ABS_, H, ST_RAG_GREEN },       /* exactly at target */
  { 89.9, 90, 5, ABS_, H, ST_RAG_AMBER },
  { 85, 90, 5, ABS_, H, ST_RAG_AMBER },       /* exactly at the tolerance edge */
  { 84.99, 90, 5, ABS_, H, ST_RAG_RED },
  { 0, 90, 5, ABS_, H, ST_RAG_RED },
  /* higher, tolerance 10% of target 90 = 9 */
  { 81, 90, 10, PCT, H, ST_RAG_AMBER },       /* edge: 90 - 9, inexact in binary */
  { 80.9, 90, 10, PCT, H, ST_RAG_RED },
  { 90.0000001, 90, 10, PCT, H, ST_RAG_GREEN },
  /* higher, no tolerance: anything short is red */
  { 89.99, 90, 0, ABS_, H, ST_RAG_RED },
  { 90, 90, 0, ABS_, H, ST_RAG_GREEN },
  /* lower is better, absolute tolerance 2 (days, say) */
  { 18, 20, 2, ABS_, L, ST_RAG_GREEN },
  { 20, 20, 2, ABS_, L, ST_RAG_GREEN },       /* at target */
  { 22, 20, 2, ABS_, L, ST_RAG_AMBER },       /* at edge */
  { 22.01, 20, 2, ABS_, L, ST_RAG_RED },
  /* lower, 5% of 40 = 2 */
  { 42, 40, 5, PCT, L, ST_RAG_AMBER },
  { 42.5, 40, 5, PCT, L, ST_RAG_RED },
  { 0, 40, 5, PCT, L, ST_RAG_GREEN },
  /* close to target: either side */
  { 100, 100, 3, ABS_, T, ST_RAG_GREEN },
  { 103, 100, 3, ABS_, T, ST_RAG_AMBER },
  { 97, 100, 3, ABS_, T, ST_RAG_AMBER },
  { 103.5, 100, 3, ABS_, T, ST_RAG_RED },
  { 96.5, 100, 3, ABS_, T, ST_RAG_RED },
  { 110, 100, 10, PCT, T, ST_RAG_AMBER },
  { 89, 100, 10, PCT, T, ST_RAG_RED },
  /* a negative target: percent of its size */
  { -11, -10, 10, PCT, T, ST_RAG_AMBER },
  { -11.5, -10, 10, PCT, T, ST_RAG_RED },
  /* data only: grey whatever the numbers */
  { 50, 90, 5, ABS_, D, ST_RAG_GREY },
  { 50, NAN, 0, ABS_, D, ST_RAG_GREY },
  /* missing data: no value, or no target */
  { NAN, 90, 5, ABS_, H, ST_RAG_GREY },
  { 50, NAN, 5, ABS_, H, ST_RAG_GREY },
  { NAN, NAN, 0, ABS_, L, ST_RAG_GREY },
  /* a target of 0 with a percentage tolerance: no band */
  { 0, 0, 10, PCT, L, ST_RAG_GREEN },
  { 0.1, 0, 10, PCT, L, ST_RAG_RED },
};

static void
test_rate_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (rate_cases); i++)
    {
      StRag got = st_rag_rate (rate_cases[i].value, rate_cases[i].target, rate_cases[i].tolerance,
                               rate_cases[i].kind, rate_cases[i].polarity);

      if (got != rate_cases[i].expected)
        g_error ("case %u: %g against %g ± %g%s (%s): %s, expected %s", i,
                 rate_cases[i].value, rate_cases[i].target, rate_cases[i].tolerance,
                 rate_cases[i].kind == PCT ? "%" : "", st_polarity_to_code (rate_cases[i].polarity),
                 st_rag_to_code (got), st_rag_to_code (rate_cases[i].expected));
    }
}

static const struct
{
  double      previous;
  double      value;
  double      target;
  StPolarity  polarity;
  StDirection expected;
} direction_cases[] = {
  { 80, 85, 90, H, ST_DIRECTION_IMPROVED },
  { 85, 80, 90, H, ST_DIRECTION_WORSENED },
  { 85, 85, 90, H, ST_DIRECTION_SAME },
  { 95, 99, 90, H, ST_DIRECTION_IMPROVED },   /* above target and rising */
  { 30, 25, 20, L, ST_DIRECTION_IMPROVED },
  { 25, 30, 20, L, ST_DIRECTION_WORSENED },
  { 25, 25, 20, L, ST_DIRECTION_SAME },
  /* close to target: nearer is better, from either side */
  { 90, 95, 100, T, ST_DIRECTION_IMPROVED },
  { 110, 104, 100, T, ST_DIRECTION_IMPROVED },
  { 104, 90, 100, T, ST_DIRECTION_WORSENED },
  { 95, 105, 100, T, ST_DIRECTION_SAME },     /* as far, the other side */
  { 100, 100, 100, T, ST_DIRECTION_SAME },
  /* data only: which way, no judgement */
  { 10, 12, NAN, D, ST_DIRECTION_UP },
  { 12, 10, NAN, D, ST_DIRECTION_DOWN },
  { 12, 12, NAN, D, ST_DIRECTION_SAME },
  /* missing data */
  { NAN, 12, 10, H, ST_DIRECTION_NONE },
  { 12, NAN, 10, H, ST_DIRECTION_NONE },
  /* 0.1 + 0.2 against 0.3: the same */
  { 0.3, 0.1 + 0.2, 1, H, ST_DIRECTION_SAME },
};

static void
test_direction_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (direction_cases); i++)
    {
      StMeasureValue prev = { .month = 1, .value = direction_cases[i].previous,
                              .target = direction_cases[i].target,
                              .polarity = direction_cases[i].polarity };
      StMeasureValue now = { .month = 2, .value = direction_cases[i].value,
                             .target = direction_cases[i].target,
                             .polarity = direction_cases[i].polarity };
      StDirection got = st_rag_direction (&now, &prev);

      if (got != direction_cases[i].expected)
        g_error ("case %u: %g then %g (%s): %s, expected %s", i,
                 direction_cases[i].previous, direction_cases[i].value,
                 st_polarity_to_code (direction_cases[i].polarity),
                 st_direction_to_code (got), st_direction_to_code (direction_cases[i].expected));
    }
  g_assert_cmpint (st_rag_direction (NULL, NULL), ==, ST_DIRECTION_NONE);
  g_assert_cmpint (st_rag_rate_value (NULL), ==, ST_RAG_GREY);
}

/* Through the store: a changed target rates new values only. */
static void
test_changed_target (void)
{
  g_autofree char *dir = g_dir_make_tmp ("st-rag-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.sendplan", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) plan = st_plan_create (path, "RAG", &error);
  StMeasure *m;
  const StMeasureValue *v, *prev;
  int jan = st_month_make (2023, 1), feb = st_month_make (2023, 2), mar = st_month_make (2023, 3);

  g_assert_no_error (error);
  m = ST_MEASURE (st_plan_insert (plan, ST_TYPE_MEASURE, NULL, -1, &error,
                                  "ref", "9.1", "title", "Plans on time", "unit", "percent",
                                  "polarity", "higher", "target", 80.0, "tolerance", 5.0,
                                  "tolerance-kind", "absolute", NULL));
  g_assert_no_error (error);
  g_assert_true (st_plan_set_measure_value (plan, m, jan, 78, NULL, &error));
  g_assert_true (st_plan_set_measure_value (plan, m, feb, 82, NULL, &error));
  g_assert_cmpint (st_rag_rate_value (st_measure_lookup_value (m, jan)), ==, ST_RAG_AMBER);
  g_assert_cmpint (st_rag_rate_value (st_measure_lookup_value (m, feb)), ==, ST_RAG_GREEN);

  /* raise the target to 90 with 10% tolerance: history keeps its ratings */
  g_assert_true (st_plan_set_double (plan, ST_RECORD (m), "target", 90.0, &error));
  g_assert_true (st_plan_set_double (plan, ST_RECORD (m), "tolerance", 10.0, &error));
  g_assert_true (st_plan_set_string (plan, ST_RECORD (m), "tolerance-kind", "percent", &error));
  g_assert_true (st_plan_set_measure_value (plan, m, mar, 82, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (st_rag_rate_value (st_measure_lookup_value (m, jan)), ==, ST_RAG_AMBER);
  g_assert_cmpint (st_rag_rate_value (st_measure_lookup_value (m, feb)), ==, ST_RAG_GREEN);
  g_assert_cmpint (st_rag_rate_value (st_measure_lookup_value (m, mar)), ==, ST_RAG_AMBER);

  /* and after reopening the file */
  g_clear_object (&plan);
  plan = st_plan_open (path, ST_PLAN_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  m = st_plan_find_measure (plan, "9.1");
  g_assert_cmpint (st_rag_rate_value (st_measure_lookup_value (m, feb)), ==, ST_RAG_GREEN);
  g_assert_cmpint (st_rag_rate_value (st_measure_lookup_value (m, mar)), ==, ST_RAG_AMBER);

  /* latest at or before a month, and the one before it */
  v = st_measure_latest_value (m, st_month_make (2023, 2), &prev);
  g_assert_cmpint (v->month, ==, feb);
  g_assert_cmpint (prev->month, ==, jan);
  g_assert_cmpint (st_rag_direction (v, prev), ==, ST_DIRECTION_IMPROVED);
  v = st_measure_latest_value (m, st_month_make (2024, 6), &prev);
  g_assert_cmpint (v->month, ==, mar);
  g_assert_cmpint (st_rag_direction (v, prev), ==, ST_DIRECTION_SAME);
  v = st_measure_latest_value (m, st_month_make (2022, 12), &prev);
  g_assert_null (v);
  g_assert_null (prev);
  v = st_measure_latest_value (m, jan, &prev);
  g_assert_cmpint (v->month, ==, jan);
  g_assert_null (prev);

  g_clear_object (&plan);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rag/rate", test_rate_table);
  g_test_add_func ("/rag/direction", test_direction_table);
  g_test_add_func ("/rag/changed-target", test_changed_target);
  return g_test_run ();
}
