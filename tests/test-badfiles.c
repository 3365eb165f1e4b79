/* test-badfiles.c: every kind of bad file gets its own error code and a
 * message naming the file, and is left unchanged byte for byte.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>

#include "st-test-util.h"

static char *
make_example_file (void)
{
  g_autofree char *path = NULL;
  g_autoptr(StPlan) plan = st_test_example_plan (&path);

  return g_steal_pointer (&path);
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Opens @path expecting @code; the file must be unchanged and the message
 * must name it. The check that runs beside the load and the check before it
 * must refuse the file alike, with the same message. */
static void
assert_refused (const char *path,
                int         code)
{
  static const StPlanOpenFlags modes[] = { ST_PLAN_OPEN_DEFAULT, ST_PLAN_OPEN_CHECK_FIRST };
  g_autofree char *before = st_test_checksum (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *message = NULL;

  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      g_autofree char *after = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(StPlan) plan = st_plan_open (path, modes[m], &error);

      g_assert_null (plan);
      g_assert_error (error, ST_PLAN_ERROR, code);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, base));
      g_assert_null (strchr (error->message, '\n'));
      if (message == NULL)
        message = g_strdup (error->message);
      else
        g_assert_cmpstr (error->message, ==, message);

      after = st_test_checksum (path);
      g_assert_cmpstr (before, ==, after);
      {
        g_autofree char *journal = g_strconcat (path, "-journal", NULL);
        g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
      }
    }
}

static char *
bad_path (const char *name)
{
  g_autofree char *dir = st_test_make_dir ();
  return g_build_filename (dir, name, NULL);
}

static void
test_missing (void)
{
  g_autofree char *path = bad_path ("missing.sendplan");
  g_autoptr(GError) error = NULL;

  g_assert_null (st_plan_open (path, ST_PLAN_OPEN_DEFAULT, &error));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_directory (void)
{
  g_autofree char *path = bad_path ("folder.sendplan");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_null (st_plan_open (path, ST_PLAN_OPEN_DEFAULT, &error));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_IS_DIRECTORY);
}

static void
test_empty (void)
{
  g_autofree char *path = bad_path ("empty.sendplan");

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  assert_refused (path, ST_PLAN_ERROR_EMPTY);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_text_file (void)
{
  g_autofree char *path = bad_path ("notes.sendplan");

  g_assert_true (g_file_set_contents (path, "Ref,Action,Target Date\n1.1.1,Integrate,Jul-22\n", -1, NULL));
  assert_refused (path, ST_PLAN_ERROR_NOT_DATABASE);
}

static void
test_random_bytes (void)
{
  g_autofree char *path = bad_path ("random.sendplan");
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint8 bytes[8192];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (path, (const char *) bytes, sizeof bytes, NULL));
  assert_refused (path, ST_PLAN_ERROR_NOT_DATABASE);
}

static void
test_truncated (void)
{
  g_autofree char *path = make_example_file ();
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 8192);
  /* cut at a page boundary and in the middle of a page */
  g_assert_true (g_file_set_contents (path, contents, len / 2 - (len / 2) % 4096, NULL));
  assert_refused (path, ST_PLAN_ERROR_CORRUPT);
  g_assert_true (g_file_set_contents (path, contents, len - 1000, NULL));
  assert_refused (path, ST_PLAN_ERROR_CORRUPT);
  g_assert_true (g_file_set_contents (path, contents, 60, NULL));
  assert_refused (path, ST_PLAN_ERROR_CORRUPT);
}

static void
test_damaged_pages (void)
{
  g_autofree char *path = make_example_file ();
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  /* scribble over the b-tree headers of several pages (page 1 is the header) */
  for (gsize page = 1; page * 4096 < len; page += 2)
    memset (contents + page * 4096, 0xA5, 16);
  g_assert_true (g_file_set_contents (path, contents, len, NULL));
  assert_refused (path, ST_PLAN_ERROR_CORRUPT);
}

static int
count_rows (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int n = 0, rc;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    n++;
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  return n;
}

static int
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* Damage in an index that loading never reads: the tables read whole, so only
 * the check of the file can refuse it, and must, before or beside the load. */
static void
test_damaged_index (void)
{
  g_autofree char *path = make_example_file ();
  sqlite3 *db = NULL;
  int root, page_size;
  FILE *file;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  root = query_int (db, "SELECT rootpage FROM sqlite_schema WHERE name = 'rating_period'");
  page_size = query_int (db, "PRAGMA page_size");
  sqlite3_close (db);
  g_assert_cmpint (root, >, 1);

  /* The index page's cell count (offset 3 of its b-tree header): 65535 */
  file = fopen (path, "r+b");
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, (long) (root - 1) * page_size + 3, SEEK_SET), ==, 0);
  g_assert_cmpint (fwrite ("\xff\xff", 1, 2, file), ==, 2);
  g_assert_cmpint (fclose (file), ==, 0);

  /* Every table still reads in full */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (count_rows (db, "SELECT * FROM rating ORDER BY action_id, period_id"), ==, 150);
  g_assert_cmpint (count_rows (db, "SELECT * FROM action"), ==, 75);
  sqlite3_close (db);

  assert_refused (path, ST_PLAN_ERROR_CORRUPT);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(StPlan) plan = st_plan_open (path, ST_PLAN_OPEN_READ_ONLY, &error);

    g_assert_null (plan);
    g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_CORRUPT);
    g_assert_nonnull (strstr (error->message, "damaged (Page "));
  }
}

static void
test_other_program (void)
{
  g_autofree char *path = bad_path ("places.sqlite");

  exec_sql (path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); "
                  "INSERT INTO moz_places (url) VALUES ('https://example.org');");
  assert_refused (path, ST_PLAN_ERROR_NOT_A_PLAN);
}

static void
test_other_program_same_tables (void)
{
  /* the right tables but not our application id: still not a plan */
  g_autofree char *path = make_example_file ();

  exec_sql (path, "PRAGMA application_id = 0");
  assert_refused (path, ST_PLAN_ERROR_NOT_A_PLAN);
}

static void
test_newer_version (void)
{
  g_autofree char *path = make_example_file ();
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", ST_PLAN_SCHEMA_VERSION + 1);
  g_autoptr(GError) error = NULL;

  exec_sql (path, sql);
  assert_refused (path, ST_PLAN_ERROR_TOO_NEW);
  g_assert_true (st_plan_identify (path, &error) == FALSE);
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version"));
}

static void
test_unfinished (void)
{
  /* our application id but never versioned: a creation that did not finish */
  g_autofree char *path = bad_path ("half.sendplan");
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; CREATE TABLE plan (id INTEGER);",
                                          ST_PLAN_APPLICATION_ID);

  exec_sql (path, sql);
  assert_refused (path, ST_PLAN_ERROR_CORRUPT);
}

static void
test_missing_table (void)
{
  g_autofree char *path = make_example_file ();

  exec_sql (path, "PRAGMA foreign_keys = OFF; DROP TABLE measure_value;");
  assert_refused (path, ST_PLAN_ERROR_CORRUPT);
}

static void
test_locked (void)
{
  g_autofree char *path = make_example_file ();
  sqlite3 *holder = NULL;

  /* Another connection holds an exclusive lock, as a program writing would. */
  g_assert_cmpint (sqlite3_open (path, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(StPlan) plan = st_plan_open (path, ST_PLAN_OPEN_DEFAULT, &error);

    g_assert_null (plan);
    g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_LOCKED);
    g_assert_nonnull (strstr (error->message, "in use by another program"));
  }
  g_assert_cmpint (sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (holder);

  /* once released it opens */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(StPlan) plan = st_plan_open (path, ST_PLAN_OPEN_DEFAULT, &error);
    g_assert_no_error (error);
  }
}

static void
test_current_version_opens (void)
{
  /* Version 1 is the only released format: it opens, as it is, with nothing migrated. */
  g_autofree char *path = make_example_file ();
  g_autofree char *before = st_test_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) plan = st_plan_open (path, ST_PLAN_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  g_clear_object (&plan);
  after = st_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/badfiles/missing", test_missing);
  g_test_add_func ("/badfiles/directory", test_directory);
  g_test_add_func ("/badfiles/empty", test_empty);
  g_test_add_func ("/badfiles/text", test_text_file);
  g_test_add_func ("/badfiles/random-bytes", test_random_bytes);
  g_test_add_func ("/badfiles/truncated", test_truncated);
  g_test_add_func ("/badfiles/damaged-pages", test_damaged_pages);
  g_test_add_func ("/badfiles/damaged-index", test_damaged_index);
  g_test_add_func ("/badfiles/other-program", test_other_program);
  g_test_add_func ("/badfiles/other-program-same-tables", test_other_program_same_tables);
  g_test_add_func ("/badfiles/newer-version", test_newer_version);
  g_test_add_func ("/badfiles/unfinished", test_unfinished);
  g_test_add_func ("/badfiles/missing-table", test_missing_table);
  g_test_add_func ("/badfiles/locked", test_locked);
  g_test_add_func ("/badfiles/current-version", test_current_version_opens);

  return g_test_run ();
}
