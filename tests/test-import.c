/* test-import.c: CSV and XLSX readers, mapping guesses, validation, apply,
 * undo, and send-tracker-cli import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <xlsxwriter.h>

#include "st-import.h"
#include "st-plan.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("test-import-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *contents,
            gssize      length)
{
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

static StPlan *
new_plan (Fixture    *f,
          const char *name,
          gboolean    example)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  StPlan *plan = example ? st_plan_create_example (path, &error) : st_plan_create (path, "Test", &error);

  g_assert_no_error (error);
  return plan;
}

/* Every row of every table, as text: "plan equals plan" */
static char *
dump_plan (StPlan *plan)
{
  sqlite3 *db = st_plan_get_database (plan);
  GString *out = g_string_new (NULL);
  sqlite3_stmt *tables = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
                                       -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2", sqlite3_column_text (tables, 0));
      sqlite3_stmt *rows = NULL;

      g_string_append_printf (out, "[%s]\n", sqlite3_column_text (tables, 0));
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &rows, NULL), ==, SQLITE_OK);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int i = 0; i < sqlite3_column_count (rows); i++)
            g_string_append_printf (out, "%s|", sqlite3_column_type (rows, i) == SQLITE_NULL
                                                ? "NULL" : (const char *) sqlite3_column_text (rows, i));
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (rows);
    }
  sqlite3_finalize (tables);
  return g_string_free (out, FALSE);
}

static StImportField
field_of (StImportMapping *m,
          guint            column)
{
  return st_import_mapping_get_column (m, column)->field;
}

static gboolean
has_problem (StImportCheck       *check,
             StImportProblemKind  kind,
             guint                row,
             const char          *fragment)
{
  for (guint i = 0; i < st_import_check_get_n_problems (check); i++)
    {
      const StImportProblem *p = st_import_check_get_problem (check, i);
      g_autofree char *text = st_import_problem_to_string (p);

      if (p->kind == kind && p->row == row && (!fragment || strstr (text, fragment)))
        return TRUE;
    }
  return FALSE;
}

/* CSV ---------------------------------------------------------------------- */

/* As Excel saves "CSV UTF-8" in a locale with a decimal comma: BOM,
 * semicolons, CRLF, a quoted field holding a newline and a quote. */
static const char csv_excel[] =
  "\xEF\xBB\xBF" "Ref;Action;Target Date;Owner;Scorecard Ref;Evidence;Progress Plan - RAG Rating Jan 23;RAG May 23;Commentary May 23\r\n"
  "1;Identification and assessment;;;;;;;\r\n"
  "1.1;Improve the timeliness of EHC plans;;;;;;;\r\n"
  "1.1.1;\"Review the \"\"local offer\"\"\r\nwith parents\";Jul-22;Head of SEND;1.1, Insight;Yes;G;Action complete;\"Done; report to board\"\r\n"
  "1.1.2;Train SENCOs;Julember 22;Jo Bloggs;2.1;No;Amber;Purple;\r\n"
  "\r\n"
  "1.2.1;Audit of annual reviews;Ongoing;Sam Smith;;;N;Blue;\r\n"
  "1.1.1;Duplicate;2023-01;;;;;;\r\n";

static void
test_csv_excel (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StTable) table = st_csv_read_bytes ((const guint8 *) csv_excel, strlen (csv_excel), &error);

  g_assert_no_error (error);
  g_assert_cmpuint (st_table_get_n_rows (table), ==, 7);   /* the blank row is left out */
  g_assert_cmpuint (st_table_get_n_columns (table), ==, 9);
  g_assert_cmpstr (st_table_get_text (table, 0, 0), ==, "Ref");   /* no BOM */
  g_assert_cmpstr (st_table_get_text (table, 3, 1), ==, "Review the \"local offer\"\r\nwith parents");
  g_assert_cmpstr (st_table_get_text (table, 3, 8), ==, "Done; report to board");
  g_assert_cmpuint (st_table_get_row (table, 3)->source_row, ==, 4);
  g_assert_cmpuint (st_table_get_row (table, 4)->source_row, ==, 5);
  g_assert_cmpuint (st_table_get_row (table, 5)->source_row, ==, 7);   /* after the blank row 6 */
}

static void
test_csv_encodings (Fixture *f, gconstpointer data)
{
  /* Windows-1252: é, curly quotes, en dash, pound; tab-delimited */
  static const char cp1252[] = "Ref\tAction\tOwner\n1.1.1\tCaf\xE9 \x93" "drop-in\x94 \x96 \xA3" "5\tRen\xE9" "e\n";
  /* UTF-16LE with BOM, as Excel's "Unicode text" */
  static const char utf16[] = "\xFF\xFER\0e\0f\0\t\0A\0\n\0" "1\0\t\0\xE9\0\n\0";
  /* Excel's "sep=" line */
  static const char sep[] = "sep=,\nRef;x,Action\n1.1.1;y,Text\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(StTable) t1 = st_csv_read_bytes ((const guint8 *) cp1252, sizeof cp1252 - 1, &error);
  g_autoptr(StTable) t2 = NULL, t3 = NULL, t4 = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (st_table_get_text (t1, 1, 1), ==, "Café “drop-in” – £5");
  g_assert_cmpstr (st_table_get_text (t1, 1, 2), ==, "Renée");

  t2 = st_csv_read_bytes ((const guint8 *) utf16, sizeof utf16 - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (st_table_get_text (t2, 1, 1), ==, "é");

  t3 = st_csv_read_bytes ((const guint8 *) sep, sizeof sep - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (st_table_get_text (t3, 0, 0), ==, "Ref;x");
  g_assert_cmpuint (st_table_get_row (t3, 0)->source_row, ==, 2);

  /* binary data is refused, not read as text */
  t4 = st_csv_read_bytes ((const guint8 *) "\x89PNG\r\n\x1a\n\0\0\0", 11, &error);
  g_assert_null (t4);
  g_assert_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT);
}

/* Mapping guesses ----------------------------------------------------------- */

static void
test_mapping_guess (Fixture *f, gconstpointer data)
{
  static const char csv[] =
    "SEND Written Statement of Action – progress tracker\n"
    "\n"
    "Area,Sub Action,REF ,Action,Target date,Lead officer,Scorecard refs,Evidence supplied,"
    "Progress Plan - RAG Rating Jan 23,RAG  May 23,Commentary May 23,Notes to self\n"
    "1,1.1,1.1.1,Text,Jul 22,Jo,1.1,Y,G,B,ok,x\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(StTable) table = st_csv_read_bytes ((const guint8 *) csv, sizeof csv - 1, &error);
  g_autoptr(StImportMapping) m = st_import_mapping_guess (table, NULL, -1);
  g_autoptr(StImportMapping) loaded = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (st_import_mapping_get_kind (m), ==, ST_IMPORT_ACTIONS);
  g_assert_cmpuint (st_import_mapping_get_header_row (m), ==, 1);   /* below the title */
  g_assert_cmpint (field_of (m, 0), ==, ST_FIELD_AREA_REF);
  g_assert_cmpint (field_of (m, 1), ==, ST_FIELD_SUB_ACTION_REF);
  g_assert_cmpint (field_of (m, 2), ==, ST_FIELD_ACTION_REF);
  g_assert_cmpint (field_of (m, 3), ==, ST_FIELD_ACTION_TEXT);
  g_assert_cmpint (field_of (m, 4), ==, ST_FIELD_TARGET);
  g_assert_cmpint (field_of (m, 5), ==, ST_FIELD_OWNER);
  g_assert_cmpint (field_of (m, 6), ==, ST_FIELD_MEASURE_REFS);
  g_assert_cmpint (field_of (m, 7), ==, ST_FIELD_EVIDENCE);
  g_assert_cmpint (field_of (m, 8), ==, ST_FIELD_RATING);
  g_assert_cmpstr (st_import_mapping_get_column (m, 8)->period, ==, "Jan 23");
  g_assert_cmpint (field_of (m, 9), ==, ST_FIELD_RATING);
  g_assert_cmpstr (st_import_mapping_get_column (m, 9)->period, ==, "May 23");
  g_assert_cmpint (field_of (m, 10), ==, ST_FIELD_COMMENTARY);
  g_assert_cmpstr (st_import_mapping_get_column (m, 10)->period, ==, "May 23");
  g_assert_cmpint (field_of (m, 11), ==, ST_FIELD_IGNORE);

  /* a mapping file, edited, comes back */
  text = st_import_mapping_to_text (m, table);
  g_assert_nonnull (strstr (text, "header-row = 3\n"));
  g_assert_nonnull (strstr (text, "Progress Plan - RAG Rating Jan 23 = rating:Jan 23\n"));
  {
    g_autoptr(GString) edited = g_string_new (text);
    g_string_replace (edited, "Notes to self = ignore", "[L] = commentary:Jan 23", 1);
    g_string_append (edited, "# a comment\n");
    loaded = st_import_mapping_from_text (edited->str, table, NULL, &error);
  }
  g_assert_no_error (error);
  g_assert_cmpuint (st_import_mapping_get_header_row (loaded), ==, 1);
  g_assert_cmpint (field_of (loaded, 4), ==, ST_FIELD_TARGET);
  g_assert_cmpint (field_of (loaded, 11), ==, ST_FIELD_COMMENTARY);
  g_assert_cmpstr (st_import_mapping_get_column (loaded, 11)->period, ==, "Jan 23");

  /* a bad mapping file says where */
  g_assert_null (st_import_mapping_from_text ("kind = actions\nheader-row = 3\nNo such column = ref\n", table, NULL, &error));
  g_assert_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "line 3"));
  g_clear_error (&error);
  g_assert_null (st_import_mapping_from_text ("kind = actions\nheader-row = 3\nOwner = polarity\n", table, NULL, &error));
  g_assert_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT);
}

static void
test_mapping_guess_kinds (Fixture *f, gconstpointer data)
{
  static const char measures[] = "Ref,Measure,Definition,Unit,Polarity,Baseline,Target,Tolerance\n";
  static const char values_long[] = "Measure ref,Month,Value\n";
  static const char values_wide[] = "Ref,Apr 23,May 23,2023-06\n";
  g_autoptr(StTable) t1 = st_csv_read_bytes ((const guint8 *) measures, sizeof measures - 1, NULL);
  g_autoptr(StTable) t2 = st_csv_read_bytes ((const guint8 *) values_long, sizeof values_long - 1, NULL);
  g_autoptr(StTable) t3 = st_csv_read_bytes ((const guint8 *) values_wide, sizeof values_wide - 1, NULL);
  g_autoptr(StImportMapping) m1 = st_import_mapping_guess (t1, NULL, -1);
  g_autoptr(StImportMapping) m2 = st_import_mapping_guess (t2, NULL, -1);
  g_autoptr(StImportMapping) m3 = st_import_mapping_guess (t3, NULL, -1);

  g_assert_cmpint (st_import_mapping_get_kind (m1), ==, ST_IMPORT_MEASURES);
  g_assert_cmpint (field_of (m1, 0), ==, ST_FIELD_MEASURE_REF);
  g_assert_cmpint (field_of (m1, 1), ==, ST_FIELD_MEASURE_TITLE);
  g_assert_cmpint (field_of (m1, 6), ==, ST_FIELD_MEASURE_TARGET);
  g_assert_cmpint (st_import_mapping_get_kind (m2), ==, ST_IMPORT_VALUES);
  g_assert_cmpint (field_of (m2, 1), ==, ST_FIELD_MONTH);
  g_assert_cmpint (field_of (m2, 2), ==, ST_FIELD_VALUE);
  g_assert_cmpint (st_import_mapping_get_kind (m3), ==, ST_IMPORT_VALUES);
  {
    /* a header of many digits is not a month (and does not overflow) */
    int month;
    g_assert_false (st_month_parse ("123456789012 2023", &month));
    g_assert_false (st_month_parse ("Jul 123456789012", &month));
  }
  g_assert_cmpint (field_of (m3, 1), ==, ST_FIELD_MONTH_VALUE);
  g_assert_cmpint (st_import_mapping_get_column (m3, 3)->month, ==, st_month_make (2023, 6));
}

/* Validation --------------------------------------------------------------- */

static void
test_problems (Fixture *f, gconstpointer data)
{
  /* The example plan has action 1.1.1 and periods; every kind of problem. */
  static const char csv[] =
    "Ref,Action,Target Date,Evidence,RAG May 23,Sub-action\n"    /* 1 */
    "9.1.1,Fine,2023-09,yes,B,\n"                               /* 2 ok */
    "9.1.2,Bad month,Julember 22,,,\n"                          /* 3 bad date */
    "9.1.3,Bad status,,,Purple,\n"                              /* 4 unknown status */
    "9.1.1,Twice,,,,\n"                                         /* 5 duplicate in file */
    "1.1.1,In the plan,,,,\n"                                   /* 6 duplicate against the plan */
    "Z1,No parent,,,,\n"                                        /* 7 missing parent */
    "9.1.4,Bad \x01 text,,,,\n"                                 /* 8 control character */
    "9.1.5,,,,,\n"                                              /* 9 empty text */
    "9.1.6,Evidence,,perhaps,,\n"                               /* 10 not yes/no */
    "9.1.7,Ongoing target,Termly and ongoing,,G,\n";            /* 11 ok: free text */
  g_autoptr(StPlan) plan = new_plan (f, "p.sendplan", TRUE);
  g_autoptr(StTable) table = st_csv_read_bytes ((const guint8 *) csv, sizeof csv - 1, NULL);
  g_autoptr(StImportMapping) m = st_import_mapping_guess (table, plan, ST_IMPORT_ACTIONS);
  g_autoptr(StImportCheck) check = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump_plan (plan);
  g_autofree char *after = NULL;
  StImportCounts counts = { 0 };

  check = st_import_check (plan, table, m);
  g_assert_true (has_problem (check, ST_PROBLEM_BAD_DATE, 3, "row 3, column “Target Date”: “Julember 22” is not a month"));
  g_assert_true (has_problem (check, ST_PROBLEM_BAD_STATUS, 4, "“Purple”"));
  g_assert_true (has_problem (check, ST_PROBLEM_DUPLICATE_IN_FILE, 5, "row 2"));
  g_assert_true (has_problem (check, ST_PROBLEM_DUPLICATE_IN_PLAN, 6, "1.1.1"));
  g_assert_true (has_problem (check, ST_PROBLEM_MISSING_PARENT, 7, "Z1"));
  g_assert_true (has_problem (check, ST_PROBLEM_BAD_TEXT, 8, "control character"));
  g_assert_true (has_problem (check, ST_PROBLEM_EMPTY, 9, NULL));
  g_assert_true (has_problem (check, ST_PROBLEM_BAD_VALUE, 10, "perhaps"));
  g_assert_cmpuint (st_import_check_get_n_problems (check), ==, 8);
  g_assert_cmpuint (st_import_check_get_n_rows (check), ==, 10);
  g_assert_cmpuint (st_import_check_get_n_valid_rows (check), ==, 2);

  /* "nothing": refused, and the plan is untouched */
  g_assert_false (st_import_apply (plan, table, m, check, FALSE, &counts, &error));
  g_assert_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_PROBLEMS);
  g_clear_error (&error);
  after = dump_plan (plan);
  g_assert_cmpstr (before, ==, after);

  /* "the valid rows" */
  g_assert_true (st_import_apply (plan, table, m, check, TRUE, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.actions, ==, 2);
  g_assert_cmpuint (counts.sub_actions, ==, 1);
  g_assert_cmpuint (counts.areas, ==, 1);
  g_assert_cmpuint (counts.skipped_rows, ==, 8);
  {
    StAction *a = st_plan_find_action (plan, "9.1.7");
    StPeriod *may = st_plan_find_period (plan, "May 23");

    g_assert_nonnull (a);
    g_assert_nonnull (may);
    g_assert_cmpstr (st_record_get_string (ST_RECORD (a), "target-text"), ==, "Termly and ongoing");
    g_assert_cmpint (st_action_get_status (a, st_record_get_id (ST_RECORD (may))), ==, ST_STATUS_GREEN);
    a = st_plan_find_action (plan, "9.1.1");
    g_assert_cmpstr (st_record_get_string (ST_RECORD (a), "target-month"), ==, "2023-09");
    g_assert_true (st_record_get_boolean (ST_RECORD (a), "evidence"));
    g_assert_null (st_plan_find_action (plan, "9.1.2"));
  }
}

/* Headings with ref and text in one cell, as some trackers write them */
static void
test_headings_in_one_cell (Fixture *f, gconstpointer data)
{
  static const char csv[] =
    "Ref,Action,Target\n"
    "\"2 Preparing for adulthood\",,\n"
    "2.1. Transitions,,\n"
    "2.1.1,Review transition plans,Sep 2023\n";
  g_autoptr(StPlan) plan = new_plan (f, "p.sendplan", FALSE);
  g_autoptr(StTable) table = st_csv_read_bytes ((const guint8 *) csv, sizeof csv - 1, NULL);
  g_autoptr(StImportMapping) m = st_import_mapping_guess (table, plan, -1);
  g_autoptr(StImportCheck) check = st_import_check (plan, table, m);
  g_autoptr(GError) error = NULL;
  g_autoptr(StRecord) area = NULL, sub = NULL;

  g_assert_cmpuint (st_import_check_get_n_problems (check), ==, 0);
  g_assert_true (st_import_apply (plan, table, m, check, FALSE, NULL, &error));
  g_assert_no_error (error);
  area = g_list_model_get_item (st_plan_get_areas (plan), 0);
  g_assert_cmpstr (st_record_get_string (area, "number"), ==, "2");
  g_assert_cmpstr (st_record_get_string (area, "title"), ==, "Preparing for adulthood");
  sub = g_list_model_get_item (st_record_get_children (area), 0);
  g_assert_cmpstr (st_record_get_string (sub, "ref"), ==, "2.1");
  g_assert_cmpstr (st_record_get_string (sub, "text"), ==, "Transitions");
  g_assert_cmpstr (st_record_get_string (ST_RECORD (st_plan_find_action (plan, "2.1.1")), "target-month"), ==, "2023-09");
}

static void
test_one_undo_step (Fixture *f, gconstpointer data)
{
  g_autoptr(StPlan) plan = new_plan (f, "p.sendplan", TRUE);
  g_autoptr(StTable) table = NULL;
  g_autoptr(StImportMapping) m = NULL;
  g_autoptr(StImportCheck) check = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL, *undone = NULL, *redone = NULL;
  g_autoptr(GString) csv = g_string_new ("Ref,Action,Target,Owner,RAG Sep 23,Commentary Sep 23,RAG May 23\n");
  StImportCounts counts = { 0 };
  gboolean could_undo;

  for (int a = 7; a <= 8; a++)
    for (int s = 1; s <= 3; s++)
      for (int i = 1; i <= 4; i++)
        g_string_append_printf (csv, "%d.%d.%d,Action %d.%d.%d,Mar 24,Owner %d,%s,\"Line one\nline two\",A\n",
                                a, s, i, a, s, i, i, i % 2 ? "Green" : "Action complete");

  table = st_csv_read_bytes ((const guint8 *) csv->str, csv->len, &error);
  g_assert_no_error (error);
  m = st_import_mapping_guess (table, plan, -1);
  check = st_import_check (plan, table, m);
  g_assert_cmpuint (st_import_check_get_n_problems (check), ==, 0);

  could_undo = st_plan_can_undo (plan);
  before = dump_plan (plan);
  g_assert_true (st_import_apply (plan, table, m, check, FALSE, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.actions, ==, 24);
  g_assert_cmpuint (counts.ratings, ==, 48);
  g_assert_cmpuint (counts.periods, ==, 1);   /* Sep 23 is new; May 23 is the example's */
  g_assert_cmpstr (st_plan_get_undo_label (plan), ==, "Import");
  after = dump_plan (plan);
  g_assert_cmpstr (before, !=, after);

  /* the new period sits after May 23 and ends on the month's last day */
  {
    StPeriod *sep = st_plan_find_period (plan, "Sep 23");
    g_assert_nonnull (sep);
    g_assert_cmpstr (st_record_get_string (ST_RECORD (sep), "end-date"), ==, "2023-09-30");
    g_assert_true (st_plan_get_latest_period (plan) == sep);
  }

  /* one undo restores the plan exactly */
  g_assert_true (st_plan_undo (plan, &error));
  g_assert_no_error (error);
  undone = dump_plan (plan);
  g_assert_cmpstr (before, ==, undone);
  g_assert_true (st_plan_can_undo (plan) == could_undo);
  g_assert_null (st_plan_find_action (plan, "7.1.1"));

  g_assert_true (st_plan_redo (plan, &error));
  redone = dump_plan (plan);
  g_assert_cmpstr (after, ==, redone);
}

static void
test_failure_rolls_back (Fixture *f, gconstpointer data)
{
  /* A value the store refuses (a percentage over 100) after others were
   * written: nothing stays. The check cannot know the measure's unit... it
   * does, so make the failure come from the store: a read-only plan. */
  g_autoptr(StPlan) plan = new_plan (f, "p.sendplan", TRUE);
  g_autoptr(StPlan) ro = NULL;
  g_autofree char *path = g_strdup (st_plan_get_path (plan));
  static const char csv[] = "Ref,Action\n7.1.1,One\n7.1.2,Two\n";
  g_autoptr(StTable) table = st_csv_read_bytes ((const guint8 *) csv, sizeof csv - 1, NULL);
  g_autoptr(StImportMapping) m = st_import_mapping_guess (table, plan, -1);
  g_autoptr(StImportCheck) check = st_import_check (plan, table, m);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump_plan (plan);
  g_autofree char *after = NULL;

  ro = st_plan_open (path, ST_PLAN_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (st_import_apply (ro, table, m, check, FALSE, NULL, &error));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_READ_ONLY);
  after = dump_plan (plan);
  g_assert_cmpstr (before, ==, after);
}

static void
test_measures_and_values (Fixture *f, gconstpointer data)
{
  static const char measures[] =
    "Ref;Measure;Definition;Unit;Polarity;Frequency;Baseline;Baseline date;Target;Tolerance\n"
    "M1;EHC plans in 20 weeks;\"Plans issued within\n20 weeks\";%;Higher is better;Monthly;45%;31/03/2022;60%;5%\n"
    "M2;Tribunals;Appeals registered;Number;Lower;Quarterly;1,234;2022-03;1000;5%\n"
    "M3;Bad;x;furlongs;sideways;fortnightly;lots;soon;;\n";
  static const char wide[] = "Ref,Apr 23,May 23,Jun 23\nM1,50,55%,n/a\nM2,1200,1100,\nM9,1,2,3\nM1,1,2,3\n";
  static const char longform[] = "Measure ref,Month,Value,Note\nM2,Jul-23,990,Provisional\nM2,Julember,5,\nM1,Aug 23,150,\n";
  g_autoptr(StPlan) plan = new_plan (f, "p.sendplan", FALSE);
  g_autoptr(GError) error = NULL;
  StImportCounts counts = { 0 };

  {
    g_autoptr(StTable) t = st_csv_read_bytes ((const guint8 *) measures, sizeof measures - 1, NULL);
    g_autoptr(StImportMapping) m = st_import_mapping_guess (t, plan, -1);
    g_autoptr(StImportCheck) check = st_import_check (plan, t, m);
    StMeasure *m1;

    g_assert_cmpint (st_import_mapping_get_kind (m), ==, ST_IMPORT_MEASURES);
    g_assert_true (has_problem (check, ST_PROBLEM_BAD_VALUE, 4, "furlongs"));
    g_assert_true (has_problem (check, ST_PROBLEM_BAD_VALUE, 4, "sideways"));
    g_assert_true (has_problem (check, ST_PROBLEM_BAD_VALUE, 4, "fortnightly"));
    g_assert_true (has_problem (check, ST_PROBLEM_BAD_VALUE, 4, "lots"));
    g_assert_true (has_problem (check, ST_PROBLEM_BAD_DATE, 4, "soon"));
    g_assert_cmpuint (st_import_check_get_n_problems (check), ==, 5);
    g_assert_true (st_import_apply (plan, t, m, check, TRUE, &counts, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (counts.measures, ==, 2);
    m1 = st_plan_find_measure (plan, "M1");
    g_assert_cmpstr (st_record_get_string (ST_RECORD (m1), "unit"), ==, "percent");
    g_assert_cmpstr (st_record_get_string (ST_RECORD (m1), "definition"), ==, "Plans issued within\n20 weeks");
    g_assert_cmpfloat (st_record_get_double (ST_RECORD (m1), "baseline-value"), ==, 45);
    g_assert_cmpstr (st_record_get_string (ST_RECORD (m1), "baseline-date"), ==, "2022-03-31");
    /* 5% of a percentage is 5 points; 5% of a number is relative */
    g_assert_cmpstr (st_record_get_string (ST_RECORD (m1), "tolerance-kind"), ==, "absolute");
    g_assert_cmpfloat (st_record_get_double (ST_RECORD (m1), "tolerance"), ==, 5);
    g_assert_cmpstr (st_record_get_string (ST_RECORD (st_plan_find_measure (plan, "M2")), "tolerance-kind"), ==, "percent");
    g_assert_cmpfloat (st_record_get_double (ST_RECORD (st_plan_find_measure (plan, "M2")), "baseline-value"), ==, 1234);
    g_assert_cmpstr (st_record_get_string (ST_RECORD (st_plan_find_measure (plan, "M2")), "polarity"), ==, "lower");
  }
  {
    g_autoptr(StTable) t = st_csv_read_bytes ((const guint8 *) wide, sizeof wide - 1, NULL);
    g_autoptr(StImportMapping) m = st_import_mapping_guess (t, plan, -1);
    g_autoptr(StImportCheck) check = st_import_check (plan, t, m);

    g_assert_cmpint (st_import_mapping_get_kind (m), ==, ST_IMPORT_VALUES);
    g_assert_true (has_problem (check, ST_PROBLEM_MISSING_PARENT, 4, "M9"));
    g_assert_true (has_problem (check, ST_PROBLEM_DUPLICATE_IN_FILE, 5, "M1"));
    g_assert_true (st_import_apply (plan, t, m, check, TRUE, &counts, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (counts.values, ==, 4);
    g_assert_cmpfloat (st_measure_lookup_value (st_plan_find_measure (plan, "M1"), st_month_make (2023, 5))->value, ==, 55);
    g_assert_null (st_measure_lookup_value (st_plan_find_measure (plan, "M1"), st_month_make (2023, 6)));
  }
  {
    g_autoptr(StTable) t = st_csv_read_bytes ((const guint8 *) longform, sizeof longform - 1, NULL);
    g_autoptr(StImportMapping) m = st_import_mapping_guess (t, plan, -1);
    g_autoptr(StImportCheck) check = st_import_check (plan, t, m);
    const StMeasureValue *v;

    g_assert_true (has_problem (check, ST_PROBLEM_BAD_DATE, 3, "Julember"));
    g_assert_true (has_problem (check, ST_PROBLEM_BAD_VALUE, 4, "150 is not a percentage"));
    g_assert_true (st_import_apply (plan, t, m, check, TRUE, &counts, &error));
    v = st_measure_lookup_value (st_plan_find_measure (plan, "M2"), st_month_make (2023, 7));
    g_assert_nonnull (v);
    g_assert_cmpfloat (v->value, ==, 990);
    g_assert_cmpstr (v->note, ==, "Provisional");
  }
}

/* XLSX ---------------------------------------------------------------------- */

static char *
make_xlsx (Fixture *f)
{
  char *path = g_build_filename (f->dir, "tracker.xlsx", NULL);
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *cover = workbook_add_worksheet (wb, "Cover");
  lxw_worksheet *ws = workbook_add_worksheet (wb, "WSoA tracker");
  lxw_format *date = workbook_add_format (wb);
  lxw_format *uk = workbook_add_format (wb);
  lxw_format *bold = workbook_add_format (wb);
  lxw_datetime jul22 = { 2022, 7, 31, 0, 0, 0 };
  lxw_datetime mar24 = { 2024, 3, 1, 0, 0, 0 };
  const char *headers[] = { "Ref", "Action", "Target Date", "Owner", "Scorecard Ref", "Evidence", "RAG Jan 23", "RAG May 23" };

  format_set_num_format (date, "mmm-yy");
  format_set_num_format_index (uk, 14);
  format_set_bold (bold);
  worksheet_write_string (cover, 0, 0, "Not this sheet", NULL);
  worksheet_write_string (ws, 0, 0, "SEND improvement plan", bold);
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    worksheet_write_string (ws, 2, i, headers[i], bold);
  worksheet_write_string (ws, 3, 0, "2.1", NULL);
  worksheet_write_string (ws, 3, 1, "Joint commissioning", NULL);
  worksheet_write_string (ws, 4, 0, "2.1.1", NULL);
  worksheet_write_string (ws, 4, 1, "Agree the joint commissioning strategy\nwith health", NULL);
  worksheet_write_datetime (ws, 4, 2, &jul22, date);
  worksheet_write_string (ws, 4, 3, "Director of Education & Skills", NULL);
  worksheet_write_string (ws, 4, 4, "1.1, Insight", NULL);
  worksheet_write_boolean (ws, 4, 5, 1, NULL);
  worksheet_write_string (ws, 4, 6, "Action on track", NULL);
  worksheet_write_string (ws, 4, 7, "B", NULL);
  worksheet_write_string (ws, 5, 0, "2.1.2", NULL);
  worksheet_write_string (ws, 5, 1, "Café \"drop-in\" sessions – £5 <b>", NULL);
  worksheet_write_datetime (ws, 5, 2, &mar24, uk);
  worksheet_write_number (ws, 5, 4, 3, NULL);
  worksheet_write_string (ws, 5, 5, "No", NULL);
  worksheet_write_string (ws, 5, 7, "Amber", NULL);
  worksheet_write_formula_str (ws, 6, 0, "=\"2.1.\"&\"3\"", NULL, "2.1.3");
  worksheet_write_string (ws, 6, 1, "Formula ref", NULL);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
  return path;
}

static void
test_xlsx (Fixture *f, gconstpointer data)
{
  g_autofree char *path = make_xlsx (f);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) sheets = st_xlsx_list_sheets (path, &error);
  g_autoptr(StTable) table = NULL, first = NULL;
  g_autoptr(StImportMapping) m = NULL;
  g_autoptr(StImportCheck) check = NULL;
  g_autoptr(StPlan) plan = new_plan (f, "p.sendplan", FALSE);
  const StCell *cell;
  StImportCounts counts = { 0 };
  StAction *action;

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (sheets), ==, 2);
  g_assert_cmpstr (sheets[1], ==, "WSoA tracker");

  first = st_table_read_file (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (st_table_get_text (first, 0, 0), ==, "Not this sheet");
  g_assert_null (st_table_read_file (path, "Missing", &error));
  g_assert_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_NO_SHEET);
  g_assert_nonnull (strstr (error->message, "“WSoA tracker”"));
  g_clear_error (&error);

  table = st_table_read_file (path, "WSoA tracker", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (st_table_get_row (table, 1)->source_row, ==, 3);
  cell = st_table_get_cell (table, 3, 2);
  g_assert_cmpint (cell->kind, ==, ST_CELL_DATE);
  g_assert_cmpstr (cell->text, ==, "2022-07-31");
  cell = st_table_get_cell (table, 4, 2);
  g_assert_cmpint (cell->kind, ==, ST_CELL_DATE);
  g_assert_cmpstr (cell->text, ==, "2024-03-01");
  cell = st_table_get_cell (table, 4, 4);
  g_assert_cmpint (cell->kind, ==, ST_CELL_NUMBER);
  g_assert_cmpstr (cell->text, ==, "3");
  g_assert_cmpint (st_table_get_cell (table, 3, 5)->kind, ==, ST_CELL_BOOLEAN);
  g_assert_cmpstr (st_table_get_text (table, 4, 1), ==, "Café \"drop-in\" sessions – £5 <b>");
  g_assert_cmpstr (st_table_get_text (table, 5, 0), ==, "2.1.3");

  m = st_import_mapping_guess (table, plan, -1);
  g_assert_cmpuint (st_import_mapping_get_header_row (m), ==, 1);
  check = st_import_check (plan, table, m);
  g_assert_cmpuint (st_import_check_get_n_problems (check), ==, 0);
  g_assert_true (st_import_apply (plan, table, m, check, FALSE, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.actions, ==, 3);
  g_assert_cmpuint (counts.periods, ==, 2);
  action = st_plan_find_action (plan, "2.1.1");
  g_assert_cmpstr (st_record_get_string (ST_RECORD (action), "target-month"), ==, "2022-07");
  g_assert_cmpstr (st_record_get_string (ST_RECORD (action), "text"), ==, "Agree the joint commissioning strategy\nwith health");
  g_assert_true (st_record_get_boolean (ST_RECORD (action), "evidence"));
  g_assert_cmpint (st_action_get_status (action, st_record_get_id (ST_RECORD (st_plan_find_period (plan, "Jan 23")))),
                   ==, ST_STATUS_GREEN);
  g_assert_cmpstr (st_record_get_string (ST_RECORD (st_plan_find_action (plan, "2.1.2")), "target-month"), ==, "2024-03");
  g_assert_cmpstr (st_record_get_string (ST_RECORD (st_plan_find_action (plan, "2.1.2")), "measure-refs"), ==, "3");
}

static void
test_xlsx_damaged (Fixture *f, gconstpointer data)
{
  g_autofree char *path = make_xlsx (f);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* every truncation is refused or read, never a crash */
  for (gsize cut = 0; cut < length; cut += 97)
    {
      g_autoptr(StTable) t = st_xlsx_read_bytes ((const guint8 *) contents, cut, NULL, &error);
      g_assert_true ((t == NULL) == (error != NULL));
      g_clear_error (&error);
    }
  g_assert_null (st_xlsx_read_bytes ((const guint8 *) "PK\003\004garbage", 11, NULL, &error));
  g_assert_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT);
}

/* LibreOffice saves the test's own CSV as XLSX; the import reads it alike. */
static void
test_libreoffice (Fixture *f, gconstpointer data)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *csv = NULL, *xlsx = NULL, *profile = NULL, *profile_uri = NULL, *env_arg = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StTable) from_csv = NULL, from_xlsx = NULL;
  g_autoptr(StPlan) p1 = NULL, p2 = NULL;
  int status = 0;
  static const char text[] =
    "Ref,Action,Target Date,Owner,RAG May 23\n"
    "3.1.1,\"Co-produce the \"\"Local Offer\"\"\nwith parent carers\",Sep 2023,Café manager,Action complete\n"
    "3.1.2,Short breaks review,2024-01,Jo,A\n";

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  csv = write_file (f, "lo.csv", text, -1);
  profile = g_build_filename (f->dir, "lo-profile", NULL);
  profile_uri = g_filename_to_uri (profile, NULL, NULL);
  env_arg = g_strdup_printf ("-env:UserInstallation=%s", profile_uri);
  {
    const char *argv[] = { soffice, env_arg, "--headless", "--norestore", "--infilter=CSV:44,34,76,1",
                           "--convert-to", "xlsx", "--outdir", f->dir, csv, NULL };
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                  NULL, NULL, NULL, NULL, &status, &error);
  }
  g_assert_no_error (error);
  xlsx = g_build_filename (f->dir, "lo.xlsx", NULL);
  if (!g_file_test (xlsx, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("LibreOffice did not convert the file (no usable display or profile)");
      return;
    }
  g_assert_true (st_table_file_is_xlsx (xlsx));

  from_csv = st_table_read_file (csv, NULL, &error);
  g_assert_no_error (error);
  from_xlsx = st_table_read_file (xlsx, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (st_table_get_n_rows (from_xlsx), ==, 3);
  g_assert_cmpstr (st_table_get_text (from_xlsx, 1, 1), ==, "Co-produce the \"Local Offer\"\nwith parent carers");
  g_assert_cmpstr (st_table_get_text (from_xlsx, 1, 3), ==, "Café manager");
  /* LibreOffice turns "Sep-23" into a date */
  g_assert_cmpint (st_table_get_cell (from_xlsx, 1, 2)->kind, ==, ST_CELL_DATE);

  p1 = new_plan (f, "csv.sendplan", FALSE);
  p2 = new_plan (f, "xlsx.sendplan", FALSE);
  {
    g_autoptr(StImportMapping) m1 = st_import_mapping_guess (from_csv, p1, -1);
    g_autoptr(StImportMapping) m2 = st_import_mapping_guess (from_xlsx, p2, -1);
    g_autoptr(StImportCheck) c1 = st_import_check (p1, from_csv, m1);
    g_autoptr(StImportCheck) c2 = st_import_check (p2, from_xlsx, m2);
    g_autofree char *d1 = NULL, *d2 = NULL;
    g_autoptr(GRegex) created = g_regex_new ("^(\\d+\\|)?Test\\|\\|\\|\\|[^|]*\\|$", G_REGEX_MULTILINE, 0, NULL);

    g_assert_cmpuint (st_import_check_get_n_problems (c1), ==, 0);
    g_assert_cmpuint (st_import_check_get_n_problems (c2), ==, 0);
    g_assert_true (st_import_apply (p1, from_csv, m1, c1, FALSE, NULL, &error));
    g_assert_true (st_import_apply (p2, from_xlsx, m2, c2, FALSE, NULL, &error));
    g_assert_no_error (error);
    /* the same plan, but for the creation time */
    g_autofree char *dump1 = dump_plan (p1);
    g_autofree char *dump2 = dump_plan (p2);

    d1 = g_regex_replace_literal (created, dump1, -1, 0, "", 0, NULL);
    d2 = g_regex_replace_literal (created, dump2, -1, 0, "", 0, NULL);
    g_assert_cmpstr (d1, ==, d2);
    g_assert_cmpstr (st_record_get_string (ST_RECORD (st_plan_find_action (p2, "3.1.1")), "target-month"), ==, "2023-09");
  }
}

/* send-tracker-cli import ---------------------------------------------------- */

static int
run_cli (const char  *const *args,
         char       **out,
         char       **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("ST_CLI");
  int status = 0;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_cli (Fixture *f, gconstpointer data)
{
  g_autofree char *csv = write_file (f, "a.csv", csv_excel, -1);
  g_autofree char *good = write_file (f, "good.csv", "Ref,Action,RAG May 23\n4.1.1,Fine,G\n", -1);
  g_autofree char *plan = g_build_filename (f->dir, "new.sendplan", NULL);
  g_autofree char *map = g_build_filename (f->dir, "map.txt", NULL);
  g_autofree char *out = NULL, *err = NULL;

  /* dry run with problems: 1, the problem list, and no plan made */
  g_assert_cmpint (run_cli ((const char *[]) { "import", plan, csv, "--dry-run", "--save-mapping", map, NULL }, &out, &err), ==, 1);
  g_assert_nonnull (strstr (out, "row 5, column “Target Date”: “Julember 22” is not a month"));
  g_assert_nonnull (strstr (out, "Target Date = target"));
  g_assert_nonnull (strstr (err, "nothing written"));
  g_assert_false (g_file_test (plan, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (map, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* dry run without problems: 0 */
  g_assert_cmpint (run_cli ((const char *[]) { "import", plan, good, "--dry-run", NULL }, &out, &err), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* problems, no --valid-only: 1 and nothing imported */
  g_assert_cmpint (run_cli ((const char *[]) { "import", plan, csv, "--mapping", map, NULL }, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "nothing was imported"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* the plan this import would have made is not left behind */
  g_assert_false (g_file_test (plan, G_FILE_TEST_EXISTS));

  /* --valid-only: the valid rows */
  g_assert_cmpint (run_cli ((const char *[]) { "import", plan, csv, "--valid-only", NULL }, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Imported 2 actions"));
  g_assert_nonnull (strstr (out, "2 rows with problems left out"));
  {
    g_autoptr(StPlan) p = st_plan_open (plan, ST_PLAN_OPEN_READ_ONLY, NULL);
    StAction *a = st_plan_find_action (p, "1.1.1");

    g_assert_nonnull (a);
    g_assert_cmpstr (st_action_get_commentary (a, st_record_get_id (ST_RECORD (st_plan_find_period (p, "May 23")))),
                     ==, "Done; report to board");
    g_assert_cmpint (st_action_get_status (a, st_record_get_id (ST_RECORD (st_plan_find_period (p, "Jan 23")))),
                     ==, ST_STATUS_GREEN);
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* usage */
  g_assert_cmpint (run_cli ((const char *[]) { "import", plan, NULL }, &out, &err), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli ((const char *[]) { "import", plan, csv, "--kind", "bananas", NULL }, &out, &err), ==, 2);
}


/* The board pack's XLSX export imports back into an empty plan with nothing
 * lost that the pack carries: areas, sub-actions, refs, texts, target months
 * and free-text targets, ratings of both periods, scorecard refs, evidence. */
static void
test_pack_round_trip (Fixture *f, gconstpointer data)
{
  g_autoptr(StPlan) original = new_plan (f, "original.sendplan", TRUE);
  g_autoptr(StPlan) copy = new_plan (f, "copy.sendplan", FALSE);
  g_autofree char *xlsx = g_build_filename (f->dir, "pack.xlsx", NULL);
  g_autofree char *out = NULL, *err = NULL, *sheet = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StTable) table = NULL;
  g_autoptr(StImportMapping) m = NULL;
  g_autoptr(StImportCheck) check = NULL;
  StPeriod *jan = st_plan_find_period (original, "Jan 23");
  StPeriod *may = st_plan_find_period (original, "May 23");
  GListModel *areas;
  StRecord *area, *sub, *action;
  guint n_actions = 0;

  /* what the example lacks: free-text targets, text that looks like a
   * formula, several lines, Grey, no evidence, an area of its own */
  area = st_plan_insert (original, ST_TYPE_AREA, NULL, -1, &error, "number", "9",
                         "title", "Preparing for adulthood: \"what next?\"", NULL);
  g_assert_no_error (error);
  sub = st_plan_insert (original, ST_TYPE_SUB_ACTION, area, -1, &error, "ref", "9.1", "text", "Transitions & reviews", NULL);
  g_assert_no_error (error);
  action = st_plan_insert (original, ST_TYPE_ACTION, sub, -1, &error, "ref", "9.1.1",
                           "text", "=SUM(A1:A9) is not a formula\nand this is a second line",
                           "target-text", "Termly and ongoing", "measure-refs", "2.1, Insight", NULL);
  g_assert_no_error (error);
  g_assert_true (st_plan_set_rating (original, ST_ACTION (action), may, ST_STATUS_GREY, NULL, &error));
  action = st_plan_insert (original, ST_TYPE_ACTION, sub, -1, &error, "ref", "9.1.2",
                           "text", "+44 helpline – “Café” drop-in", "target-month", "2024-03",
                           "target-text", "March 2024, then annually", "evidence", TRUE, NULL);
  g_assert_no_error (error);
  g_assert_true (st_plan_set_rating (original, ST_ACTION (action), jan, ST_STATUS_RED, NULL, &error));
  g_assert_true (st_plan_set_rating (original, ST_ACTION (action), may, ST_STATUS_AMBER, NULL, &error));

  g_assert_cmpint (run_cli ((const char *[]) { "export", st_plan_get_path (original), "--xlsx", xlsx, NULL },
                            &out, &err), ==, 0);

  sheet = st_import_guess_sheet (xlsx, copy, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sheet, ==, "BRAG on a page");
  table = st_table_read_file (xlsx, sheet, &error);
  g_assert_no_error (error);
  m = st_import_mapping_guess (table, copy, -1);
  g_assert_cmpint (st_import_mapping_get_kind (m), ==, ST_IMPORT_ACTIONS);
  check = st_import_check (copy, table, m);
  for (guint i = 0; i < st_import_check_get_n_problems (check); i++)
    {
      g_autofree char *problem = st_import_problem_to_string (st_import_check_get_problem (check, i));
      g_printerr ("%s\n", problem);
    }
  g_assert_cmpuint (st_import_check_get_n_problems (check), ==, 0);
  g_assert_true (st_import_apply (copy, table, m, check, FALSE, NULL, &error));
  g_assert_no_error (error);

  /* periods */
  g_assert_cmpuint (g_list_model_get_n_items (st_plan_get_periods (copy)), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(StPeriod) a = g_list_model_get_item (st_plan_get_periods (original), i);
      g_autoptr(StPeriod) b = g_list_model_get_item (st_plan_get_periods (copy), i);
      g_assert_cmpstr (st_period_get_label (a), ==, st_period_get_label (b));
      g_assert_cmpstr (st_record_get_string (ST_RECORD (a), "end-date"), ==, st_record_get_string (ST_RECORD (b), "end-date"));
    }

  /* the tree, in order */
  areas = st_plan_get_areas (original);
  g_assert_cmpuint (g_list_model_get_n_items (st_plan_get_areas (copy)), ==, g_list_model_get_n_items (areas));
  for (guint a = 0; a < g_list_model_get_n_items (areas); a++)
    {
      g_autoptr(StRecord) oa = g_list_model_get_item (areas, a);
      g_autoptr(StRecord) ca = g_list_model_get_item (st_plan_get_areas (copy), a);
      GListModel *osubs = st_record_get_children (oa), *csubs = st_record_get_children (ca);

      g_assert_cmpstr (st_record_get_string (oa, "number"), ==, st_record_get_string (ca, "number"));
      g_assert_cmpstr (st_record_get_string (oa, "title"), ==, st_record_get_string (ca, "title"));
      g_assert_cmpuint (g_list_model_get_n_items (osubs), ==, g_list_model_get_n_items (csubs));
      for (guint s = 0; s < g_list_model_get_n_items (osubs); s++)
        {
          g_autoptr(StRecord) os = g_list_model_get_item (osubs, s);
          g_autoptr(StRecord) cs = g_list_model_get_item (csubs, s);
          GListModel *oacts = st_record_get_children (os), *cacts = st_record_get_children (cs);

          g_assert_cmpstr (st_record_get_string (os, "ref"), ==, st_record_get_string (cs, "ref"));
          g_assert_cmpstr (st_record_get_string (os, "text"), ==, st_record_get_string (cs, "text"));
          g_assert_cmpuint (g_list_model_get_n_items (oacts), ==, g_list_model_get_n_items (cacts));
          for (guint i = 0; i < g_list_model_get_n_items (oacts); i++, n_actions++)
            {
              g_autoptr(StRecord) o = g_list_model_get_item (oacts, i);
              g_autoptr(StRecord) c = g_list_model_get_item (cacts, i);
              const char *columns[] = { "ref", "text", "target-month", "target-text", "measure-refs" };

              for (guint k = 0; k < G_N_ELEMENTS (columns); k++)
                g_assert_cmpstr (st_record_get_string (o, columns[k]), ==, st_record_get_string (c, columns[k]));
              g_assert_cmpint (st_record_get_boolean (o, "evidence"), ==, st_record_get_boolean (c, "evidence"));
              for (guint p = 0; p < 2; p++)
                {
                  g_autoptr(StPeriod) op = g_list_model_get_item (st_plan_get_periods (original), p);
                  g_autoptr(StPeriod) cp = g_list_model_get_item (st_plan_get_periods (copy), p);
                  g_assert_cmpint (st_action_get_status (ST_ACTION (o), st_record_get_id (ST_RECORD (op))), ==,
                                   st_action_get_status (ST_ACTION (c), st_record_get_id (ST_RECORD (cp))));
                }
            }
        }
    }
  g_assert_cmpuint (n_actions, ==, 77);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/import/csv/excel", test_csv_excel);
  ADD ("/import/csv/encodings", test_csv_encodings);
  ADD ("/import/mapping/guess", test_mapping_guess);
  ADD ("/import/mapping/kinds", test_mapping_guess_kinds);
  ADD ("/import/check/problems", test_problems);
  ADD ("/import/apply/one-undo-step", test_one_undo_step);
  ADD ("/import/apply/headings-in-one-cell", test_headings_in_one_cell);
  ADD ("/import/apply/failure", test_failure_rolls_back);
  ADD ("/import/measures-and-values", test_measures_and_values);
  ADD ("/import/xlsx/libxlsxwriter", test_xlsx);
  ADD ("/import/xlsx/damaged", test_xlsx_damaged);
  ADD ("/import/xlsx/libreoffice", test_libreoffice);
  ADD ("/import/cli", test_cli);
  ADD ("/import/pack-round-trip", test_pack_round_trip);
#undef ADD

  return g_test_run ();
}
