/* st-table.h: a sheet read from a CSV file or an XLSX worksheet.
 *
 * A table is rows of cells as text, with the type a cell had in its source
 * where the source tells (XLSX: number, date, boolean). Rows remember their
 * row number in the source, so problems can be reported as a person sees the
 * file. Empty rows are left out.
 *
 * The readers work on a byte buffer (st_csv_read_bytes(), st_xlsx_read_bytes())
 * as well as on a file, so fuzz targets can call them directly. They never
 * abort on bad input: they return NULL and set an error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define ST_IMPORT_ERROR (st_import_error_quark ())

typedef enum
{
  ST_IMPORT_ERROR_FORMAT,     /* not a CSV/XLSX we can read */
  ST_IMPORT_ERROR_NO_SHEET,   /* the named sheet is not in the workbook */
  ST_IMPORT_ERROR_TOO_LARGE,  /* beyond the limits below */
  ST_IMPORT_ERROR_PROBLEMS,   /* the rows have problems and nothing was imported */
  ST_IMPORT_ERROR_FAILED,
} StImportError;

/* Limits that keep a hostile file from exhausting memory. */
#define ST_TABLE_MAX_COLUMNS 16384
#define ST_TABLE_MAX_ROWS    1048576
#define ST_TABLE_MAX_BYTES   (256 * 1024 * 1024)

typedef enum
{
  ST_CELL_TEXT,
  ST_CELL_NUMBER,
  ST_CELL_DATE,      /* text is "YYYY-MM-DD"; number is the serial */
  ST_CELL_BOOLEAN,   /* text is "TRUE" or "FALSE" */
  ST_CELL_PERCENT,   /* shown as a percentage: number is the fraction (0.58), text "58%" */
} StCellKind;

typedef struct
{
  char       *text;     /* never NULL, UTF-8 */
  StCellKind  kind;
  double      number;
  char       *comment;  /* the cell's note (XLSX), or NULL */
} StCell;

typedef struct
{
  guint    source_row;  /* 1-based, as the spreadsheet numbers it */
  guint    n_cells;
  StCell  *cells;
} StTableRow;

typedef struct _StTable StTable;

GQuark             st_import_error_quark  (void);

StTable           *st_table_new           (const char    *name);
StTable           *st_table_ref           (StTable       *self);
void               st_table_unref         (StTable       *self);
const char        *st_table_get_name      (StTable       *self);
guint              st_table_get_n_rows    (StTable       *self);
guint              st_table_get_n_columns (StTable       *self);
const StTableRow  *st_table_get_row       (StTable       *self,
                                           guint          row);
const StCell      *st_table_get_cell      (StTable       *self,
                                           guint          row,
                                           guint          column);
const char        *st_table_get_text      (StTable       *self,
                                           guint          row,
                                           guint          column);
/* Building: the readers use these. */
void               st_table_begin_row     (StTable       *self,
                                           guint          source_row);
void               st_table_set_cell      (StTable       *self,
                                           guint          column,
                                           char          *text,
                                           StCellKind     kind,
                                           double         number);
void               st_table_end_row       (StTable       *self);
/* After the rows: attach a note to a cell, by source row (takes @text). */
void               st_table_set_comment   (StTable       *self,
                                           guint          source_row,
                                           guint          column,
                                           char          *text);

char              *st_column_letter       (guint          column);

/* CSV: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252; the
 * delimiter (comma, semicolon, tab) is sniffed from the header line. */
StTable           *st_csv_read_bytes      (const guint8  *data,
                                           gsize          length,
                                           GError       **error);
StTable           *st_csv_read_file       (const char    *path,
                                           GError       **error);

/* XLSX: @sheet names the worksheet; NULL takes the first. */
StTable           *st_xlsx_read_bytes     (const guint8  *data,
                                           gsize          length,
                                           const char    *sheet,
                                           GError       **error);
StTable           *st_xlsx_read_file      (const char    *path,
                                           const char    *sheet,
                                           GError       **error);
GStrv              st_xlsx_list_sheets    (const char    *path,
                                           GError       **error);
GStrv              st_xlsx_list_sheets_bytes (const guint8 *data,
                                           gsize          length,
                                           GError       **error);

/* By content: a ZIP is read as XLSX, anything else as CSV. */
gboolean           st_table_file_is_xlsx  (const char    *path);
StTable           *st_table_read_file     (const char    *path,
                                           const char    *sheet,
                                           GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StTable, st_table_unref)

G_END_DECLS
