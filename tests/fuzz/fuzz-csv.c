/* fuzz-csv.c: the CSV reader (encodings, delimiters, quoting) and the import
 * checks on what it reads, against the example plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "fuzz-common.h"
#include "st-import.h"
#include "st-plan.h"

static StPlan *plan;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  fuzz_setup ();
  dir = g_dir_make_tmp ("st-fuzz-csv-XXXXXX", NULL);
  path = g_build_filename (dir, "example.sendplan", NULL);
  plan = st_plan_create_example (path, NULL);
  if (plan == NULL)
    abort ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StTable) table = st_csv_read_bytes (data, size, &error);

  if (table == NULL)
    {
      if (error == NULL)
        abort ();
      return 0;
    }
  for (guint r = 0; r < st_table_get_n_rows (table); r++)
    for (guint c = 0; c < st_table_get_n_columns (table); c++)
      {
        const char *text = st_table_get_text (table, r, c);
        if (text != NULL && !g_utf8_validate (text, -1, NULL))
          abort ();   /* the reader hands on UTF-8 only */
      }
  {
    g_autoptr(StImportMapping) mapping = st_import_mapping_guess (table, plan, -1);

    if (mapping != NULL)
      {
        g_autoptr(StImportCheck) check = st_import_check (plan, table, mapping);
        g_autofree char *text = st_import_mapping_to_text (mapping, table);

        (void) text;
        for (guint i = 0; check && i < st_import_check_get_n_problems (check) && i < 5; i++)
          g_free (st_import_problem_to_string (st_import_check_get_problem (check, i)));
      }
  }
  return 0;
}
