/* fuzz-xlsx.c: the XLSX reader (ZIP, shared strings, sheets, cells).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"
#include "st-table.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) sheets = st_xlsx_list_sheets_bytes (data, size, NULL);
  g_autoptr(StTable) table = st_xlsx_read_bytes (data, size, NULL, &error);

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
          abort ();
      }
  /* Every sheet it lists can be read. */
  for (guint i = 0; sheets && sheets[i]; i++)
    {
      g_autoptr(StTable) sheet = st_xlsx_read_bytes (data, size, sheets[i], NULL);
      (void) sheet;
    }
  return 0;
}
