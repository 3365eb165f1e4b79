/* st-csv.c: CSV files as Excel writes them, parsed with libcsv.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-import"

#include "config.h"

#include <csv.h>
#include <glib/gi18n.h>
#include <string.h>

#include "st-table.h"

typedef struct
{
  StTable *table;
  guint    row;          /* source row being read, 1-based */
  guint    column;
  gboolean in_row;       /* a field of this row has been seen */
  int      last_term;
} CsvState;

static void
field_cb (void   *s,
          size_t  len,
          void   *data)
{
  CsvState *state = data;

  if (!state->in_row)
    {
      st_table_begin_row (state->table, state->row);
      state->in_row = TRUE;
      state->column = 0;
    }
  st_table_set_cell (state->table, state->column++, g_strndup (s ? s : "", len), ST_CELL_TEXT, 0);
}

static void
row_cb (int   c,
        void *data)
{
  CsvState *state = data;

  /* With CSV_REPALL_NL every line end is reported, so blank lines count as
   * rows as they do in a spreadsheet; the LF of a CRLF is not a second row. */
  if (!state->in_row && c == '\n' && state->last_term == '\r')
    {
      state->last_term = 0;
      return;
    }
  state->last_term = c;
  if (state->in_row)
    st_table_end_row (state->table);
  state->in_row = FALSE;
  state->row++;
}

static int
is_space (unsigned char c)
{
  return c == ' ';
}

static int
is_term (unsigned char c)
{
  return c == '\r' || c == '\n';
}

/* The delimiter Excel used: the most frequent of , ; TAB outside quotes in
 * the first lines (a title line above the header may hold none). Excel's
 * "sep=;" first line is honoured. */
static unsigned char
sniff_delimiter (const char *text,
                 gsize       length,
                 gsize      *skip)
{
  guint counts[3] = { 0, 0, 0 };
  const unsigned char delims[3] = { ',', ';', '\t' };
  gboolean quoted = FALSE;
  guint best = 0, lines = 0;

  *skip = 0;
  if (length >= 5 && g_ascii_strncasecmp (text, "sep=", 4) == 0 &&
      (length == 5 || text[5] == '\r' || text[5] == '\n'))
    {
      *skip = 5;
      while (*skip < length && (text[*skip] == '\r' || text[*skip] == '\n'))
        (*skip)++;
      return (unsigned char) text[4];
    }

  for (gsize i = 0; i < length && i < 65536 && lines < 20; i++)
    {
      char c = text[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && c == '\n')
        lines++;
      else if (!quoted)
        for (guint d = 0; d < 3; d++)
          if ((unsigned char) c == delims[d])
            counts[d]++;
    }
  for (guint d = 1; d < 3; d++)
    if (counts[d] > counts[best])
      best = d;
  return delims[best];
}

/* Returns: (transfer full): the text as UTF-8, without BOM */
static char *
to_utf8 (const guint8  *data,
         gsize          length,
         gsize         *out_length,
         GError       **error)
{
  g_autoptr(GError) local = NULL;
  char *text;
  gsize written = 0;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, length -= 3;
  else if (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    {
      /* Excel's "Unicode text" is UTF-16 with a BOM */
      const char *from = data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";

      text = g_convert ((const char *) data + 2, length - 2, "UTF-8", from, NULL, &written, &local);
      if (text == NULL)
        {
          g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT,
                       _("The file starts as UTF-16 text but is not valid UTF-16"));
          return NULL;
        }
      *out_length = written;
      return text;
    }

  if (g_utf8_validate_len ((const char *) data, length, NULL))
    {
      *out_length = length;
      return g_strndup ((const char *) data, length);
    }

  /* Not UTF-8: Excel on Windows saves "CSV" in the ANSI code page. Five bytes
   * are undefined in Windows-1252; Latin-1 reads every byte. */
  text = g_convert ((const char *) data, length, "UTF-8", "WINDOWS-1252", NULL, &written, NULL);
  if (text == NULL)
    text = g_convert ((const char *) data, length, "UTF-8", "ISO-8859-1", NULL, &written, &local);
  if (text == NULL)
    {
      g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT,
                   _("The text is neither UTF-8 nor Windows-1252"));
      return NULL;
    }
  *out_length = written;
  return text;
}

StTable *
st_csv_read_bytes (const guint8  *data,
                   gsize          length,
                   GError       **error)
{
  g_autoptr(StTable) table = st_table_new ("");
  g_autofree char *text = NULL;
  struct csv_parser parser;
  CsvState state = { table, 1, 0, FALSE, 0 };
  gsize text_length = 0, skip = 0;
  unsigned char delimiter;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > ST_TABLE_MAX_BYTES)
    {
      g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_TOO_LARGE, _("The file is too large to import"));
      return NULL;
    }
  if (memchr (data, '\0', MIN (length, 4096)) != NULL &&
      !(length >= 2 && (data[0] == 0xFF || data[0] == 0xFE)))
    {
      g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT,
                   _("This is not a CSV file (it holds binary data)"));
      return NULL;
    }

  if (!(text = to_utf8 (data, length, &text_length, error)))
    return NULL;

  delimiter = sniff_delimiter (text, text_length, &skip);

  if (csv_init (&parser, CSV_REPALL_NL) != 0)
    {
      g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FAILED, _("Out of memory"));
      return NULL;
    }
  csv_set_delim (&parser, delimiter);
  csv_set_space_func (&parser, is_space);
  csv_set_term_func (&parser, is_term);
  state.row += skip ? 1 : 0;

  if (csv_parse (&parser, text + skip, text_length - skip, field_cb, row_cb, &state) != text_length - skip ||
      csv_fini (&parser, field_cb, row_cb, &state) != 0)
    {
      g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT,
                   _("The CSV text could not be read near row %u: %s"), state.row,
                   csv_strerror (csv_error (&parser)));
      csv_free (&parser);
      return NULL;
    }
  csv_free (&parser);
  if (state.in_row)
    st_table_end_row (table);
  return g_steal_pointer (&table);
}

StTable *
st_csv_read_file (const char  *path,
                  GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) local = NULL;
  gsize length = 0;
  StTable *table;

  if (!g_file_get_contents (path, &contents, &length, &local))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  table = st_csv_read_bytes ((const guint8 *) contents, length, &local);
  if (table == NULL)
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_set_error (error, ST_IMPORT_ERROR, local->code, "%s: %s", name, local->message);
      return NULL;
    }
  return table;
}
