/* test-cli-edit.c: send-tracker-cli set, rate and value: edits saved whole,
 * refused values named in one line with the file left byte-for-byte as it
 * was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "st-plan.h"

static char *dir;
static char *path;

static char *
checksum_file (const char *file)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (file, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static int
run_cli (char       **err,
         const char  *first,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *arg;
  int wstatus = 0;
  va_list ap;

  g_ptr_array_add (args, (char *) g_getenv ("ST_CLI"));
  va_start (ap, first);
  for (arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, err, &wstatus, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wstatus));
  g_assert_cmpstr (out, ==, "");   /* edits print nothing */
  return WEXITSTATUS (wstatus);
}

/* Refused: exit 1, one line naming the file and saying @words; file unchanged. */
#define assert_refused(words, ...) G_STMT_START {                                          \
    g_autofree char *_before = checksum_file (path);                                     \
    g_autofree char *_after = NULL;                                                      \
    g_autofree char *_err = NULL;                                                        \
    g_assert_cmpint (run_cli (&_err, __VA_ARGS__, NULL), ==, 1);                         \
    if (!g_str_has_prefix (_err, "send-tracker-cli: ") || strchr (_err, '\n') != _err + strlen (_err) - 1 || \
        strstr (_err, "plan.sendplan") == NULL || strstr (_err, words) == NULL)          \
      g_error ("expected one line naming the file and saying “%s”, got «%s»", words, _err); \
    _after = checksum_file (path);                                                       \
    g_assert_cmpstr (_before, ==, _after);                                               \
  } G_STMT_END

static StPlan *
open_plan (void)
{
  g_autoptr(GError) error = NULL;
  StPlan *plan = st_plan_open (path, ST_PLAN_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return plan;
}

static void
test_edits (void)
{
  g_autofree char *err = NULL;
  g_autoptr(StPlan) plan = NULL;
  StAction *action;
  gint64 may;

  g_assert_cmpint (run_cli (&err, "rate", path, "1.1.1", "1.1.2", "Action in progress with some concerns",
                            "--period", "May 23", "--comment", "Delayed by the “summer” term", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&err, "rate", path, "1.1.3", "r", "--period", "Jan 23", NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&err, "set", path, "1.1.1", "owner", "Head of SEND", "target", "Sep 2023",
                            "evidence", "yes", "measure-refs", "1.1, Insight", NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&err, "set", path, "1.1", "text", "Quality assurance (عربي)", NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&err, "set", path, "2", "title", "Joint commissioning", NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&err, "value", path, "M1", "May 2023", "61.5", "--note", "provisional", NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&err, "set", path, "measure:M1", "target", "65", NULL), ==, 0);

  plan = open_plan ();
  may = st_record_get_id (ST_RECORD (st_plan_find_period (plan, "May 23")));
  action = st_plan_find_action (plan, "1.1.1");
  g_assert_cmpint (st_action_get_status (action, may), ==, ST_STATUS_AMBER);
  g_assert_cmpstr (st_action_get_commentary (action, may), ==, "Delayed by the “summer” term");
  g_assert_cmpint (st_action_get_status (st_plan_find_action (plan, "1.1.2"), may), ==, ST_STATUS_AMBER);
  g_assert_cmpint (st_action_get_status (st_plan_find_action (plan, "1.1.3"),
                                         st_record_get_id (ST_RECORD (st_plan_find_period (plan, "Jan 23")))),
                   ==, ST_STATUS_RED);
  g_assert_cmpstr (st_record_get_string (ST_RECORD (action), "owner"), ==, "Head of SEND");
  g_assert_cmpstr (st_record_get_string (ST_RECORD (action), "target-month"), ==, "2023-09");
  g_assert_true (st_record_get_boolean (ST_RECORD (action), "evidence"));
  g_assert_cmpstr (st_record_get_string (ST_RECORD (action), "measure-refs"), ==, "1.1, Insight");
  g_assert_cmpstr (st_record_get_string (st_record_get_parent (ST_RECORD (action)), "text"), ==,
                   "Quality assurance (عربي)");
  {
    StMeasure *measure = st_plan_find_measure (plan, "M1");
    const StMeasureValue *v = st_measure_lookup_value (measure, st_month_make (2023, 5));

    g_assert_nonnull (v);
    g_assert_cmpfloat (v->value, ==, 61.5);
    g_assert_cmpstr (v->note, ==, "provisional");
    g_assert_cmpfloat (st_record_get_double (ST_RECORD (measure), "target"), ==, 65);
  }

  /* Rating without --comment keeps the commentary; "none" removes the rating. */
  g_clear_object (&plan);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&err, "rate", path, "1.1.1", "G", "--period", "May 23", NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&err, "rate", path, "1.1.2", "none", "--period", "May 23", NULL), ==, 0);
  plan = open_plan ();
  action = st_plan_find_action (plan, "1.1.1");
  g_assert_cmpint (st_action_get_status (action, may), ==, ST_STATUS_GREEN);
  g_assert_cmpstr (st_action_get_commentary (action, may), ==, "Delayed by the “summer” term");
  g_assert_cmpint (st_action_get_status (st_plan_find_action (plan, "1.1.2"), may), ==, ST_STATUS_NONE);
}

static void
test_refused (void)
{
  assert_refused ("no action, sub-action or priority area “9.9.9”", "set", path, "9.9.9", "owner", "x");
  assert_refused ("no item", "set", path, "", "owner", "x");
  assert_refused ("no action “1.1.99”", "rate", path, "1.1.1", "1.1.99", "A", "--period", "May 23");
  assert_refused ("no reporting period “Jun 23”", "rate", path, "1.1.1", "R", "--period", "Jun 23");
  assert_refused ("“purple” is not a rating", "rate", path, "1.1.1", "purple", "--period", "May 23");
  assert_refused ("is not a month", "set", path, "1.1.1", "target", "2023-13");
  assert_refused ("is not a month", "set", path, "1.1.1", "target", "banana");
  /* One good field and one bad: neither is saved. */
  assert_refused ("is not a month", "set", path, "1.1.1", "owner", "Saved?", "target", "31/02/2023");
  assert_refused ("already used", "set", path, "1.1.2", "ref", "1.1.1");
  assert_refused ("cannot be empty", "set", path, "1.1.2", "ref", "  ");
  assert_refused ("no field “colour”", "set", path, "1.1.1", "colour", "red");
  assert_refused ("yes or no", "set", path, "1.1.1", "evidence", "maybe");
  assert_refused ("not valid UTF-8", "set", path, "1.1.1", "text", "caf\xe9");
  assert_refused ("not valid UTF-8", "rate", path, "1.1.1", "G", "--comment", "caf\xe9");
  assert_refused ("control character", "set", path, "1.1.1", "owner", "bell\a");
  assert_refused ("not a percentage", "value", path, "M1", "2023-05", "250");
  assert_refused ("is not a month", "value", path, "M1", "2023-13", "50");
  assert_refused ("is not a month", "value", path, "M1", "\xff-22", "50");
  assert_refused ("is not a number", "value", path, "M1", "2023-05", "lots");
  assert_refused ("no measure “Z9”", "value", path, "Z9", "2023-05", "5");
  assert_refused ("must be a number", "set", path, "measure:M1", "target", "high");

  {
    g_autoptr(StPlan) plan = open_plan ();
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) problems = st_plan_check_integrity (plan, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (problems->len, ==, 0);
    g_assert_cmpstr (st_record_get_string (ST_RECORD (st_plan_find_action (plan, "1.1.1")), "owner"), !=, "Saved?");
  }
}

static void
test_usage (void)
{
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (&err, "set", path, "1.1.1", "owner", NULL), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&err, "rate", path, NULL), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&err, "value", path, "M1", NULL), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  dir = g_dir_make_tmp ("st-cli-edit-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "plan.sendplan", NULL);
  {
    g_autoptr(StPlan) plan = st_plan_create_example (path, &error);
    g_assert_no_error (error);
    st_plan_insert (plan, ST_TYPE_MEASURE, NULL, -1, &error,
                    "ref", "M1", "title", "EHCPs issued within 20 weeks", "unit", "percent", NULL);
    g_assert_no_error (error);
  }

  g_test_add_func ("/cli-edit/edits", test_edits);
  g_test_add_func ("/cli-edit/refused", test_refused);
  g_test_add_func ("/cli-edit/usage", test_usage);
  status = g_test_run ();

  g_unlink (path);
  g_rmdir (dir);
  g_free (path);
  g_free (dir);
  return status;
}
