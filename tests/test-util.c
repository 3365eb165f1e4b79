/* test-util.c: months, statuses, rounding, text validation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "st-plan.h"
#include "st-summary.h"
#include "st-util.h"

static void
test_month_parse (void)
{
  static const struct { const char *text; int year; int month; } good[] = {
    { "2022-07", 2022, 7 }, { "Jul-22", 2022, 7 }, { "Jul 22", 2022, 7 }, { "jul-2022", 2022, 7 },
    { "July 2022", 2022, 7 }, { "07/2022", 2022, 7 }, { "7/22", 2022, 7 }, { " Sep-23 ", 2023, 9 },
    { "Sept 2023", 2023, 9 }, { "Dec-22", 2022, 12 }, { "2023-1", 2023, 1 },
  };
  static const char * const bad[] = {
    "", "Julember 22", "2022-13", "13/2022", "Jul", "2022", "Ongoing – July for 1st annual report",
    "22-Jul-2022", "0/2022", "Jul-22-23", "1800-01",
  };
  int month;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_assert_true (st_month_parse (good[i].text, &month));
      g_assert_cmpint (st_month_get_year (month), ==, good[i].year);
      g_assert_cmpint (st_month_get_month (month), ==, good[i].month);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("%s", bad[i]);
      g_assert_false (st_month_parse (bad[i], &month));
      g_assert_cmpint (month, ==, ST_MONTH_NONE);
    }
  g_assert_false (st_month_parse (NULL, &month));
}

static void
test_month_format (void)
{
  g_autofree char *iso = st_month_to_iso (st_month_make (2022, 7));
  g_autofree char *display = st_month_to_display (st_month_make (2023, 5));
  g_autofree char *none = st_month_to_display (ST_MONTH_NONE);

  g_assert_cmpstr (iso, ==, "2022-07");
  g_assert_cmpstr (display, ==, "May 2023");
  g_assert_cmpstr (none, ==, "");
  g_assert_null (st_month_to_iso (ST_MONTH_NONE));
  g_assert_cmpint (st_month_make (2022, 13), ==, ST_MONTH_NONE);
  g_assert_cmpint (st_month_make (2022, 12) + 1, ==, st_month_make (2023, 1));
}

static void
test_status_parse (void)
{
  static const struct { const char *text; StStatus status; } cases[] = {
    { "B", ST_STATUS_BLUE }, { "blue", ST_STATUS_BLUE }, { "Action complete", ST_STATUS_BLUE },
    { "Action completed (B)", ST_STATUS_BLUE }, { "  COMPLETE ", ST_STATUS_BLUE },
    { "G", ST_STATUS_GREEN }, { "Action on track", ST_STATUS_GREEN }, { "on  track", ST_STATUS_GREEN },
    { "a", ST_STATUS_AMBER }, { "Action in progress with some concerns", ST_STATUS_AMBER },
    { "Action in progress with some concerns(A)", ST_STATUS_AMBER },
    { "R", ST_STATUS_RED }, { "Action at significant risk / no progress", ST_STATUS_RED },
    { "grey", ST_STATUS_GREY }, { "Gray", ST_STATUS_GREY }, { "Action not due to start", ST_STATUS_GREY },
    { "N", ST_STATUS_GREY }, { "", ST_STATUS_NONE }, { "purple", ST_STATUS_NONE }, { "X", ST_STATUS_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (st_status_parse (cases[i].text), ==, cases[i].status);
    }
  g_assert_cmpint (st_status_parse (NULL), ==, ST_STATUS_NONE);

  for (StStatus s = ST_STATUS_BLUE; s < ST_N_STATUSES; s++)
    g_assert_cmpint (st_status_from_code (st_status_to_code (s)), ==, s);
  g_assert_null (st_status_to_code (ST_STATUS_NONE));
  g_assert_cmpint (st_status_from_code ("mauve"), ==, ST_STATUS_NONE);
}

static void
test_rounding (void)
{
  /* half away from zero, as Excel shows numbers */
  g_assert_cmpfloat (st_round_half_away (2.675, 2), ==, 2.68);
  g_assert_cmpfloat (st_round_half_away (0.05, 1), ==, 0.1);
  g_assert_cmpfloat (st_round_half_away (0.25, 1), ==, 0.3);
  g_assert_cmpfloat (st_round_half_away (-0.25, 1), ==, -0.3);
  g_assert_cmpfloat (st_round_half_away (1.24999, 1), ==, 1.2);
  g_assert_cmpfloat (st_round_half_away (69.3333, 1), ==, 69.3);
  g_assert_cmpfloat (st_round_half_away (12.5, 0), ==, 13.0);
  g_assert_cmpfloat (st_round_half_away (-12.5, 0), ==, -13.0);
  g_assert_true (isnan (st_round_half_away (NAN, 1)));
}

static void
test_percent_tenths (void)
{
  /* count, total, tenths of a percent */
  static const guint cases[][3] = {
    { 52, 75, 693 }, { 20, 75, 267 }, { 1, 75, 13 }, { 0, 75, 0 }, { 2, 75, 27 },
    { 16, 24, 667 }, { 5, 24, 208 }, { 1, 24, 42 }, { 2, 24, 83 }, { 14, 24, 583 },
    { 10, 24, 417 }, { 10, 13, 769 }, { 3, 13, 231 }, { 12, 14, 857 }, { 2, 14, 143 },
    /* exact halves go up: 1/16 = 6.25% → 6.3%, 1/80 = 1.25% → 1.3%, 3/16 = 18.75 → 18.8 */
    { 1, 16, 63 }, { 1, 80, 13 }, { 3, 16, 188 }, { 1, 8, 125 },
    { 1, 3, 333 }, { 2, 3, 667 }, { 5, 5, 1000 }, { 0, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%u/%u", cases[i][0], cases[i][1]);
      g_assert_cmpint (st_percent_tenths (cases[i][0], cases[i][1]), ==, cases[i][2]);
    }
}

static void
test_text_validate (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (st_text_validate ("Plain text – with “quotes” and ✓", FALSE, NULL));
  g_assert_true (st_text_validate ("عربي right-to-left עברית", FALSE, NULL));
  g_assert_true (st_text_validate ("two\nlines\twith tab", TRUE, NULL));
  g_assert_true (st_text_validate (NULL, FALSE, NULL));

  g_assert_false (st_text_validate ("two\nlines", FALSE, &error));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (st_text_validate ("bell\a", TRUE, &error));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (st_text_validate ("bad \xff\xfe bytes", TRUE, &error));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "UTF-8"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/util/month/parse", test_month_parse);
  g_test_add_func ("/util/month/format", test_month_format);
  g_test_add_func ("/util/status/parse", test_status_parse);
  g_test_add_func ("/util/rounding/half-away", test_rounding);
  g_test_add_func ("/util/rounding/percent-tenths", test_percent_tenths);
  g_test_add_func ("/util/text/validate", test_text_validate);

  return g_test_run ();
}
