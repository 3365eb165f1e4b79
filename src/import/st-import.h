/* st-import.h: bringing actions, measures and monthly values from a table
 * (st-table.h) into a plan.
 *
 * 1. st_import_mapping_guess() reads the headers and says which field each
 *    column feeds (and for ratings, which reporting period); the person may
 *    change it (st_import_mapping_set_column()) or load a saved mapping.
 * 2. st_import_check() validates every row against the file and the plan
 *    WITHOUT writing, and lists the problems by row and column.
 * 3. st_import_apply() writes the rows (all, or only the valid ones) in one
 *    transaction, which is one undo step; on any failure nothing is written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "st-plan.h"
#include "st-table.h"

G_BEGIN_DECLS

typedef enum
{
  ST_IMPORT_ACTIONS,
  ST_IMPORT_MEASURES,
  ST_IMPORT_VALUES,
  ST_IMPORT_N_KINDS,
} StImportKind;

typedef enum
{
  ST_FIELD_IGNORE,
  /* actions */
  ST_FIELD_AREA_REF,
  ST_FIELD_AREA_TITLE,
  ST_FIELD_SUB_ACTION_REF,
  ST_FIELD_SUB_ACTION_TEXT,
  ST_FIELD_ACTION_REF,
  ST_FIELD_ACTION_TEXT,
  ST_FIELD_TARGET,
  ST_FIELD_OWNER,
  ST_FIELD_MEASURE_REFS,
  ST_FIELD_EVIDENCE,
  ST_FIELD_RATING,        /* with a period */
  ST_FIELD_COMMENTARY,    /* with a period */
  /* measures */
  ST_FIELD_MEASURE_REF,
  ST_FIELD_MEASURE_TITLE,
  ST_FIELD_DEFINITION,
  ST_FIELD_UNIT,
  ST_FIELD_POLARITY,
  ST_FIELD_FREQUENCY,
  ST_FIELD_BASELINE,
  ST_FIELD_BASELINE_DATE,
  ST_FIELD_MEASURE_TARGET,
  ST_FIELD_TOLERANCE,
  ST_FIELD_NOTES,
  /* values */
  ST_FIELD_MONTH,
  ST_FIELD_VALUE,
  ST_FIELD_VALUE_NOTE,
  ST_FIELD_MONTH_VALUE,   /* wide form: the column is one month */
  ST_N_FIELDS,
} StImportField;

typedef struct
{
  StImportField  field;
  char          *period;   /* ST_FIELD_RATING, ST_FIELD_COMMENTARY: the period's label */
  int            month;    /* ST_FIELD_MONTH_VALUE */
} StImportColumn;

typedef struct _StImportMapping StImportMapping;

const char        *st_import_kind_to_string      (StImportKind      kind);
gboolean           st_import_kind_from_string    (const char       *text,
                                                  StImportKind     *kind);
const char        *st_import_kind_get_label      (StImportKind      kind);
const char        *st_import_field_to_string     (StImportField     field);
StImportField      st_import_field_from_string   (const char       *text);
const char        *st_import_field_get_label     (StImportField     field);
gboolean           st_import_field_applies       (StImportField     field,
                                                  StImportKind      kind);

StImportMapping   *st_import_mapping_new         (StImportKind      kind,
                                                  guint             n_columns);
void               st_import_mapping_free        (StImportMapping  *self);
StImportMapping   *st_import_mapping_copy        (StImportMapping  *self);
StImportMapping   *st_import_mapping_guess       (StTable          *table,
                                                  StPlan           *plan,
                                                  int               kind);   /* -1: guess the kind too */
StImportMapping   *st_import_mapping_guess_kind  (StTable          *table,
                                                  StPlan           *plan,
                                                  StImportKind      kind,
                                                  guint             header_row);
/* The worksheet of an XLSX workbook that best looks like an import of @kind
 * (-1: any): the one whose guessed mapping covers most, then has most rows.
 * NULL with no error for a CSV file. */
char              *st_import_guess_sheet         (const char       *path,
                                                  StPlan           *plan,
                                                  int               kind,
                                                  GError          **error);
StImportKind       st_import_mapping_get_kind    (StImportMapping  *self);
guint              st_import_mapping_get_header_row (StImportMapping *self);   /* index into the table */
void               st_import_mapping_set_header_row (StImportMapping *self,
                                                  guint             row);
guint              st_import_mapping_get_n_columns (StImportMapping *self);
const StImportColumn *st_import_mapping_get_column (StImportMapping *self,
                                                  guint             column);
void               st_import_mapping_set_column  (StImportMapping  *self,
                                                  guint             column,
                                                  StImportField     field,
                                                  const char       *period,
                                                  int               month);
gboolean           st_import_mapping_get_create_periods (StImportMapping *self);
void               st_import_mapping_set_create_periods (StImportMapping *self,
                                                  gboolean          create);
/* The text of one column's mapping: "target", "rating:May 23", "month:2023-04" */
char              *st_import_column_to_string    (const StImportColumn *column);
gboolean           st_import_column_parse        (const char       *text,
                                                  StImportColumn   *column);

/* A mapping file: "key = value" lines; keys are kind, header-row (as the
 * spreadsheet numbers it), create-periods, and then one per column, named by
 * its header text or by its letter in brackets ("[C]"). */
char              *st_import_mapping_to_text     (StImportMapping  *self,
                                                  StTable          *table);
StImportMapping   *st_import_mapping_from_text   (const char       *text,
                                                  StTable          *table,
                                                  StPlan           *plan,
                                                  GError          **error);
gboolean           st_import_mapping_save        (StImportMapping  *self,
                                                  StTable          *table,
                                                  const char       *path,
                                                  GError          **error);
StImportMapping   *st_import_mapping_load        (const char       *path,
                                                  StTable          *table,
                                                  StPlan           *plan,
                                                  GError          **error);

/* Validation ------------------------------------------------------------ */

typedef enum
{
  ST_PROBLEM_BAD_DATE,
  ST_PROBLEM_BAD_STATUS,
  ST_PROBLEM_BAD_VALUE,
  ST_PROBLEM_DUPLICATE_IN_FILE,
  ST_PROBLEM_DUPLICATE_IN_PLAN,
  ST_PROBLEM_MISSING_PARENT,
  ST_PROBLEM_BAD_TEXT,
  ST_PROBLEM_EMPTY,
  ST_PROBLEM_MAPPING,
} StImportProblemKind;

typedef struct
{
  StImportProblemKind  kind;
  guint                row;       /* as the spreadsheet numbers it */
  guint                column;    /* 0-based; G_MAXUINT for the whole row or mapping */
  char                *header;    /* the column's header text */
  char                *message;
} StImportProblem;

typedef struct _StImportCheck StImportCheck;

StImportCheck     *st_import_check               (StPlan           *plan,
                                                  StTable          *table,
                                                  StImportMapping  *mapping);
void               st_import_check_free          (StImportCheck    *self);
guint              st_import_check_get_n_problems (StImportCheck   *self);
const StImportProblem *st_import_check_get_problem (StImportCheck  *self,
                                                  guint             index);
guint              st_import_check_get_n_rows    (StImportCheck    *self);   /* data rows */
guint              st_import_check_get_n_valid_rows (StImportCheck *self);
GStrv              st_import_check_get_new_periods (StImportCheck  *self);
char              *st_import_problem_to_string   (const StImportProblem *problem);

typedef struct
{
  guint areas;
  guint sub_actions;
  guint actions;
  guint ratings;
  guint periods;
  guint measures;
  guint values;
  guint skipped_rows;
} StImportCounts;

/* Writes in one transaction and one undo step. With @valid_only FALSE and
 * problems found, writes nothing and fails with ST_IMPORT_ERROR_PROBLEMS. */
gboolean           st_import_apply               (StPlan           *plan,
                                                  StTable          *table,
                                                  StImportMapping  *mapping,
                                                  StImportCheck    *check,
                                                  gboolean          valid_only,
                                                  StImportCounts   *counts,
                                                  GError          **error);
char              *st_import_counts_to_string    (const StImportCounts *counts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StImportMapping, st_import_mapping_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StImportCheck, st_import_check_free)

G_END_DECLS
