/* st-table.c: the table the readers produce.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "st-table.h"

struct _StTable
{
  grefcount  ref_count;
  char      *name;
  GArray    *rows;       /* StTableRow */
  guint      n_columns;
  /* the row being built */
  GPtrArray *building;   /* StCell *, NULL for gaps */
  guint      building_row;
};

G_DEFINE_QUARK (st-import-error-quark, st_import_error)

static void
clear_row (gpointer data)
{
  StTableRow *row = data;

  for (guint i = 0; i < row->n_cells; i++)
    {
      g_free (row->cells[i].text);
      g_free (row->cells[i].comment);
    }
  g_free (row->cells);
}

StTable *
st_table_new (const char *name)
{
  StTable *self = g_new0 (StTable, 1);

  g_ref_count_init (&self->ref_count);
  self->name = g_strdup (name ? name : "");
  self->rows = g_array_new (FALSE, TRUE, sizeof (StTableRow));
  g_array_set_clear_func (self->rows, clear_row);
  return self;
}

StTable *
st_table_ref (StTable *self)
{
  g_ref_count_inc (&self->ref_count);
  return self;
}

static void
free_cell (gpointer data)
{
  StCell *cell = data;

  if (cell)
    {
      g_free (cell->text);
      g_free (cell->comment);
      g_free (cell);
    }
}

void
st_table_unref (StTable *self)
{
  if (self == NULL || !g_ref_count_dec (&self->ref_count))
    return;
  g_free (self->name);
  g_array_unref (self->rows);
  g_clear_pointer (&self->building, g_ptr_array_unref);
  g_free (self);
}

const char *
st_table_get_name (StTable *self)
{
  return self->name;
}

guint
st_table_get_n_rows (StTable *self)
{
  return self->rows->len;
}

guint
st_table_get_n_columns (StTable *self)
{
  return self->n_columns;
}

const StTableRow *
st_table_get_row (StTable *self,
                  guint    row)
{
  g_return_val_if_fail (row < self->rows->len, NULL);
  return &g_array_index (self->rows, StTableRow, row);
}

/* Returns: (nullable): the cell, or NULL where the row has none */
const StCell *
st_table_get_cell (StTable *self,
                   guint    row,
                   guint    column)
{
  const StTableRow *r;

  if (row >= self->rows->len)
    return NULL;
  r = &g_array_index (self->rows, StTableRow, row);
  return column < r->n_cells ? &r->cells[column] : NULL;
}

const char *
st_table_get_text (StTable *self,
                   guint    row,
                   guint    column)
{
  const StCell *cell = st_table_get_cell (self, row, column);

  return cell ? cell->text : "";
}

void
st_table_begin_row (StTable *self,
                    guint    source_row)
{
  if (self->building == NULL)
    self->building = g_ptr_array_new_with_free_func (free_cell);
  g_ptr_array_set_size (self->building, 0);
  self->building_row = source_row;
}

/* Takes @text. */
void
st_table_set_cell (StTable    *self,
                   guint       column,
                   char       *text,
                   StCellKind  kind,
                   double      number)
{
  StCell *cell;

  g_return_if_fail (self->building != NULL);

  if (column >= ST_TABLE_MAX_COLUMNS)
    {
      g_free (text);
      return;
    }
  if (column >= self->building->len)
    g_ptr_array_set_size (self->building, column + 1);
  cell = g_new0 (StCell, 1);
  cell->text = text ? text : g_strdup ("");
  cell->kind = kind;
  cell->number = number;
  free_cell (self->building->pdata[column]);
  self->building->pdata[column] = cell;
}

void
st_table_end_row (StTable *self)
{
  StTableRow row = { self->building_row, 0, NULL };
  guint n = 0;

  g_return_if_fail (self->building != NULL);

  /* Trailing empty cells do not count; a row of empty cells is left out. */
  for (guint i = 0; i < self->building->len; i++)
    {
      StCell *cell = self->building->pdata[i];
      if (cell && (cell->text[0] != '\0' || cell->kind != ST_CELL_TEXT))
        n = i + 1;
    }
  if (n == 0 || self->rows->len >= ST_TABLE_MAX_ROWS)
    {
      g_ptr_array_set_size (self->building, 0);
      return;
    }

  row.n_cells = n;
  row.cells = g_new0 (StCell, n);
  for (guint i = 0; i < n; i++)
    {
      StCell *cell = self->building->pdata[i];

      if (cell)
        {
          row.cells[i] = *cell;
          cell->text = NULL;
          cell->comment = NULL;
        }
      else
        row.cells[i].text = g_strdup ("");
    }
  g_ptr_array_set_size (self->building, 0);
  g_array_append_val (self->rows, row);
  self->n_columns = MAX (self->n_columns, n);
}

void
st_table_set_comment (StTable *self,
                       guint    source_row,
                       guint    column,
                       char    *text)
{
  /* rows are in source order: find by binary search */
  guint lo = 0, hi = self->rows->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      StTableRow *row = &g_array_index (self->rows, StTableRow, mid);

      if (row->source_row == source_row)
        {
          if (column < row->n_cells)
            {
              g_free (row->cells[column].comment);
              row->cells[column].comment = text;
              return;
            }
          break;
        }
      if (row->source_row < source_row)
        lo = mid + 1;
      else
        hi = mid;
    }
  g_free (text);   /* a note on an empty cell carries nothing to import */
}

/* 0 → "A", 25 → "Z", 26 → "AA" */
char *
st_column_letter (guint column)
{
  char buf[8];
  int i = sizeof buf - 1;

  buf[i] = '\0';
  column++;
  while (column > 0 && i > 0)
    {
      guint rem = (column - 1) % 26;
      buf[--i] = 'A' + rem;
      column = (column - 1) / 26;
    }
  return g_strdup (buf + i);
}

gboolean
st_table_file_is_xlsx (const char *path)
{
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);

  return file && g_mapped_file_get_length (file) >= 4 &&
         memcmp (g_mapped_file_get_contents (file), "PK\003\004", 4) == 0;
}

StTable *
st_table_read_file (const char  *path,
                    const char  *sheet,
                    GError     **error)
{
  if (st_table_file_is_xlsx (path))
    return st_xlsx_read_file (path, sheet, error);
  if (sheet != NULL)
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_NO_SHEET,
                   _("“%s” is a CSV file and has no sheets; leave out the sheet name"), name);
      return NULL;
    }
  return st_csv_read_file (path, error);
}
