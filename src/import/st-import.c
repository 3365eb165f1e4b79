/* st-import.c: mapping, validation and writing of an import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-import"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "st-import.h"

/* Kinds and fields -------------------------------------------------------- */

static const struct { const char *key; const char *label; } kinds[ST_IMPORT_N_KINDS] = {
  { "actions", N_("Actions") },
  { "measures", N_("Scorecard measures") },
  { "values", N_("Measure values by month") },
};

#define A (1 << ST_IMPORT_ACTIONS)
#define M (1 << ST_IMPORT_MEASURES)
#define V (1 << ST_IMPORT_VALUES)

static const struct { const char *key; const char *label; guint kinds; } fields[ST_N_FIELDS] = {
  [ST_FIELD_IGNORE] = { "ignore", N_("Do not import"), A | M | V },
  [ST_FIELD_AREA_REF] = { "area-ref", N_("Priority area number"), A },
  [ST_FIELD_AREA_TITLE] = { "area-title", N_("Priority area title"), A },
  [ST_FIELD_SUB_ACTION_REF] = { "sub-action-ref", N_("Sub-action ref"), A },
  [ST_FIELD_SUB_ACTION_TEXT] = { "sub-action-text", N_("Sub-action text"), A },
  [ST_FIELD_ACTION_REF] = { "ref", N_("Ref"), A },
  [ST_FIELD_ACTION_TEXT] = { "action", N_("Action"), A },
  [ST_FIELD_TARGET] = { "target", N_("Target date"), A },
  [ST_FIELD_OWNER] = { "owner", N_("Owner"), A },
  [ST_FIELD_MEASURE_REFS] = { "scorecard-refs", N_("Scorecard refs"), A },
  [ST_FIELD_EVIDENCE] = { "evidence", N_("Evidence supplied"), A },
  [ST_FIELD_RATING] = { "rating", N_("Rating"), A },
  [ST_FIELD_COMMENTARY] = { "commentary", N_("Commentary"), A },
  [ST_FIELD_MEASURE_REF] = { "measure-ref", N_("Measure ref"), M | V },
  [ST_FIELD_MEASURE_TITLE] = { "measure", N_("Measure"), M },
  [ST_FIELD_DEFINITION] = { "definition", N_("Definition"), M },
  [ST_FIELD_UNIT] = { "unit", N_("Unit"), M },
  [ST_FIELD_POLARITY] = { "polarity", N_("Polarity"), M },
  [ST_FIELD_FREQUENCY] = { "frequency", N_("Frequency"), M },
  [ST_FIELD_BASELINE] = { "baseline", N_("Baseline"), M },
  [ST_FIELD_BASELINE_DATE] = { "baseline-date", N_("Baseline date"), M },
  [ST_FIELD_MEASURE_TARGET] = { "measure-target", N_("Target"), M },
  [ST_FIELD_TOLERANCE] = { "tolerance", N_("Tolerance"), M },
  [ST_FIELD_NOTES] = { "notes", N_("Notes"), M },
  [ST_FIELD_MONTH] = { "month", N_("Month"), V },
  [ST_FIELD_VALUE] = { "value", N_("Value"), V },
  [ST_FIELD_VALUE_NOTE] = { "note", N_("Note"), V },
  [ST_FIELD_MONTH_VALUE] = { "month-value", N_("Value for a month"), V },
};

#undef A
#undef M
#undef V

const char *
st_import_kind_to_string (StImportKind kind)
{
  g_return_val_if_fail (kind < ST_IMPORT_N_KINDS, NULL);
  return kinds[kind].key;
}

const char *
st_import_kind_get_label (StImportKind kind)
{
  g_return_val_if_fail (kind < ST_IMPORT_N_KINDS, NULL);
  return _(kinds[kind].label);
}

gboolean
st_import_kind_from_string (const char   *text,
                            StImportKind *kind)
{
  for (guint i = 0; text && i < ST_IMPORT_N_KINDS; i++)
    if (g_ascii_strcasecmp (text, kinds[i].key) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
st_import_field_to_string (StImportField field)
{
  g_return_val_if_fail (field < ST_N_FIELDS, NULL);
  return fields[field].key;
}

StImportField
st_import_field_from_string (const char *text)
{
  for (guint i = 0; text && i < ST_N_FIELDS; i++)
    if (g_ascii_strcasecmp (text, fields[i].key) == 0)
      return i;
  return ST_N_FIELDS;
}

const char *
st_import_field_get_label (StImportField field)
{
  g_return_val_if_fail (field < ST_N_FIELDS, NULL);
  return _(fields[field].label);
}

gboolean
st_import_field_applies (StImportField field,
                         StImportKind  kind)
{
  return field < ST_N_FIELDS && kind < ST_IMPORT_N_KINDS && (fields[field].kinds & (1u << kind)) != 0;
}

/* Mapping ----------------------------------------------------------------- */

struct _StImportMapping
{
  StImportKind  kind;
  guint         header_row;
  gboolean      create_periods;
  GArray       *columns;   /* StImportColumn */
};

static void
clear_column (gpointer data)
{
  StImportColumn *column = data;
  g_clear_pointer (&column->period, g_free);
}

StImportMapping *
st_import_mapping_new (StImportKind kind,
                       guint        n_columns)
{
  StImportMapping *self = g_new0 (StImportMapping, 1);

  self->kind = kind;
  self->create_periods = TRUE;
  self->columns = g_array_new (FALSE, TRUE, sizeof (StImportColumn));
  g_array_set_clear_func (self->columns, clear_column);
  g_array_set_size (self->columns, n_columns);
  return self;
}

void
st_import_mapping_free (StImportMapping *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->columns);
  g_free (self);
}

StImportMapping *
st_import_mapping_copy (StImportMapping *self)
{
  StImportMapping *copy = st_import_mapping_new (self->kind, self->columns->len);

  copy->header_row = self->header_row;
  copy->create_periods = self->create_periods;
  for (guint i = 0; i < self->columns->len; i++)
    {
      const StImportColumn *c = &g_array_index (self->columns, StImportColumn, i);
      st_import_mapping_set_column (copy, i, c->field, c->period, c->month);
    }
  return copy;
}

StImportKind
st_import_mapping_get_kind (StImportMapping *self)
{
  return self->kind;
}

guint
st_import_mapping_get_header_row (StImportMapping *self)
{
  return self->header_row;
}

void
st_import_mapping_set_header_row (StImportMapping *self,
                                  guint            row)
{
  self->header_row = row;
}

guint
st_import_mapping_get_n_columns (StImportMapping *self)
{
  return self->columns->len;
}

const StImportColumn *
st_import_mapping_get_column (StImportMapping *self,
                              guint            column)
{
  static const StImportColumn ignore = { ST_FIELD_IGNORE, NULL, 0 };

  if (column >= self->columns->len)
    return &ignore;
  return &g_array_index (self->columns, StImportColumn, column);
}

void
st_import_mapping_set_column (StImportMapping *self,
                              guint            column,
                              StImportField    field,
                              const char      *period,
                              int              month)
{
  StImportColumn *c;

  g_return_if_fail (field < ST_N_FIELDS);
  if (column >= ST_TABLE_MAX_COLUMNS)
    return;
  if (column >= self->columns->len)
    g_array_set_size (self->columns, column + 1);
  c = &g_array_index (self->columns, StImportColumn, column);
  g_free (c->period);
  c->field = field;
  c->period = (field == ST_FIELD_RATING || field == ST_FIELD_COMMENTARY) && period && *period
              ? g_strstrip (g_strdup (period)) : NULL;
  c->month = field == ST_FIELD_MONTH_VALUE ? month : 0;
}

gboolean
st_import_mapping_get_create_periods (StImportMapping *self)
{
  return self->create_periods;
}

void
st_import_mapping_set_create_periods (StImportMapping *self,
                                      gboolean         create)
{
  self->create_periods = create;
}

char *
st_import_column_to_string (const StImportColumn *column)
{
  if (column->field == ST_FIELD_MONTH_VALUE)
    {
      g_autofree char *iso = st_month_to_iso (column->month);
      return g_strdup_printf ("%s:%s", fields[column->field].key, iso ? iso : "");
    }
  if (column->period)
    return g_strdup_printf ("%s:%s", fields[column->field].key, column->period);
  return g_strdup (fields[column->field].key);
}

gboolean
st_import_column_parse (const char     *text,
                        StImportColumn *column)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));
  char *colon = strchr (copy, ':');
  StImportField field;

  if (colon)
    *colon = '\0';
  g_strstrip (copy);
  field = st_import_field_from_string (copy);
  if (field == ST_N_FIELDS)
    return FALSE;
  column->field = field;
  column->period = NULL;
  column->month = 0;
  if (colon)
    {
      char *arg = g_strstrip (colon + 1);

      if (field == ST_FIELD_MONTH_VALUE)
        {
          if (!st_month_parse (arg, &column->month))
            return FALSE;
        }
      else if (field == ST_FIELD_RATING || field == ST_FIELD_COMMENTARY)
        column->period = *arg ? g_strdup (arg) : NULL;
      else if (*arg)
        return FALSE;
    }
  else if (field == ST_FIELD_MONTH_VALUE)
    return FALSE;
  return TRUE;
}

/* Guessing ---------------------------------------------------------------- */

/* "Progress Plan - RAG Rating Jan 23" → "progress plan rag rating jan 23" */
static char *
normalise (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text ? text : "", -1);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
      else if (out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static gboolean
is_one_of (const char  *normal,
           const char **words)
{
  for (guint i = 0; words[i]; i++)
    if (g_str_equal (normal, words[i]))
      return TRUE;
  return FALSE;
}

static gboolean
has_word (const char *normal,
          const char *word)
{
  gsize len = strlen (word);

  for (const char *p = strstr (normal, word); p; p = strstr (p + 1, word))
    if ((p == normal || p[-1] == ' ') && (p[len] == '\0' || p[len] == ' '))
      return TRUE;
  return FALSE;
}

/* What is left of a rating or commentary header once its words are gone:
 * the period ("RAG May 23" → "May 23"). */
static char *
header_period (const char *header)
{
  static GRegex *words = NULL;
  g_autofree char *stripped = NULL;
  g_autoptr(GString) out = NULL;
  g_auto(GStrv) parts = NULL;

  if (g_once_init_enter (&words))
    {
      GRegex *regex = g_regex_new ("\\b(progress\\s+plan|progress\\s+update|progress|b?rag|ratings?|status|"
                                   "commentary|comments?|updates?|narrative|overall|period|this|previous|"
                                   "for|at|as|of)\\b|[-–—:()\\[\\],]",
                                   G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&words, regex);
    }
  stripped = g_regex_replace_literal (words, header, -1, 0, " ", 0, NULL);
  if (stripped == NULL)
    return NULL;
  parts = g_strsplit_set (stripped, " \t\n\r", -1);
  out = g_string_new (NULL);
  for (guint i = 0; parts[i]; i++)
    if (*parts[i])
      g_string_append_printf (out, "%s%s", out->len ? " " : "", parts[i]);
  if (out->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A header that is a month: "Apr 23", "2023-04", or a date cell. */
static gboolean
header_month (const StCell *cell,
              int          *month)
{
  if (cell == NULL)
    return FALSE;
  if (cell->kind == ST_CELL_DATE)
    {
      g_autofree char *ym = g_strndup (cell->text, 7);
      return st_month_parse (ym, month);
    }
  return st_month_parse (cell->text, month);
}

static StImportField
guess_field (StImportKind   kind,
             const StCell  *cell,
             char         **period,
             int           *month)
{
  g_autofree char *h = normalise (cell ? cell->text : "");
  static const char *ref_words[] = { "ref", "refs", "reference", "ref no", "ref number", "no", "number", "id",
                                     "action ref", "action no", "action number", "action id", NULL };
  static const char *action_words[] = { "action", "actions", "action description", "action text",
                                        "description of action", "what we will do", "activity",
                                        "key actions", "action detail", "action details", "task", NULL };
  static const char *area_ref_words[] = { "area", "area ref", "area no", "area number", "priority area",
                                          "priority area ref", "priority area number", "priority", "area id",
                                          "priority no", "priority number", NULL };
  static const char *area_title_words[] = { "area title", "area name", "priority area title",
                                            "priority area name", "area description", "priority title", NULL };
  static const char *sub_ref_words[] = { "sub action", "sub action ref", "sub action no", "sub action number",
                                         "subaction", "subaction ref", "sub action id", NULL };
  static const char *sub_text_words[] = { "sub action text", "sub action title", "sub action description",
                                          "subaction text", "subaction title", "sub action name", NULL };
  static const char *target_words[] = { "target date", "target", "by when", "timescale", "timescales",
                                        "deadline", "due date", "due", "completion date", "target completion",
                                        "target completion date", "date", "when", "timeline", NULL };
  static const char *owner_words[] = { "owner", "owners", "lead", "lead officer", "responsible",
                                       "responsible officer", "action owner", "who", "lead person",
                                       "accountable", "lead owner", NULL };
  static const char *mrefs_words[] = { "scorecard ref", "scorecard refs", "scorecard", "scorecard reference",
                                       "scorecard references", "measure refs", "measures", "linked measures",
                                       "kpi", "kpis", "kpi ref", "performance measures", "scorecard measures",
                                       NULL };
  static const char *evidence_words[] = { "evidence", "evidence supplied", "evidence provided",
                                          "evidence received", "evidence y n", "evidence available", NULL };
  static const char *mref_words[] = { "ref", "refs", "reference", "measure ref", "measure no", "measure id",
                                      "kpi ref", "kpi no", "indicator ref", "id", "no", "scorecard ref", NULL };
  static const char *mtitle_words[] = { "measure", "measure name", "measure title", "indicator", "kpi",
                                        "title", "name", "performance measure", "description", NULL };
  static const char *definition_words[] = { "definition", "measure definition", "how measured",
                                            "how it is measured", "calculation", NULL };
  static const char *unit_words[] = { "unit", "units", "unit of measure", "measure type", "type", NULL };
  static const char *polarity_words[] = { "polarity", "good is", "direction", "better is", "good performance",
                                          "higher or lower", NULL };
  static const char *frequency_words[] = { "frequency", "reporting frequency", "how often", "periodicity", NULL };
  static const char *baseline_words[] = { "baseline", "baseline value", "starting point", NULL };
  static const char *bdate_words[] = { "baseline date", "baseline as at", "baseline period", NULL };
  static const char *mtarget_words[] = { "target", "target value", "goal", NULL };
  static const char *tolerance_words[] = { "tolerance", "tolerance value", "threshold", NULL };
  static const char *notes_words[] = { "notes", "note", "comments", "comment", NULL };
  static const char *month_words[] = { "month", "date", "period", "month ending", "as at", NULL };
  static const char *value_words[] = { "value", "actual", "result", "figure", "data", "performance", NULL };
  static const char *vnote_words[] = { "note", "notes", "comment", "comments", NULL };

  *period = NULL;
  *month = 0;
  if (*h == '\0')
    return ST_FIELD_IGNORE;

  switch (kind)
    {
    case ST_IMPORT_ACTIONS:
      if (is_one_of (h, ref_words))
        return ST_FIELD_ACTION_REF;
      if (is_one_of (h, action_words))
        return ST_FIELD_ACTION_TEXT;
      if (is_one_of (h, area_title_words))
        return ST_FIELD_AREA_TITLE;
      if (is_one_of (h, area_ref_words))
        return ST_FIELD_AREA_REF;
      if (is_one_of (h, sub_text_words))
        return ST_FIELD_SUB_ACTION_TEXT;
      if (is_one_of (h, sub_ref_words))
        return ST_FIELD_SUB_ACTION_REF;
      if (is_one_of (h, target_words))
        return ST_FIELD_TARGET;
      if (is_one_of (h, owner_words))
        return ST_FIELD_OWNER;
      if (is_one_of (h, mrefs_words))
        return ST_FIELD_MEASURE_REFS;
      if (is_one_of (h, evidence_words))
        return ST_FIELD_EVIDENCE;
      if (has_word (h, "commentary") || has_word (h, "comments") || has_word (h, "comment") ||
          has_word (h, "update") || has_word (h, "narrative"))
        {
          *period = header_period (cell->text);
          return ST_FIELD_COMMENTARY;
        }
      if (has_word (h, "rag") || has_word (h, "brag") || has_word (h, "rating") || has_word (h, "status"))
        {
          *period = header_period (cell->text);
          return ST_FIELD_RATING;
        }
      /* the board pack's "Previous period" column when the plan had none */
      if (g_str_equal (h, "previous period"))
        return ST_FIELD_IGNORE;
      /* The board pack heads rating columns with the period alone ("May 23"). */
      if (header_month (cell, month))
        {
          *month = 0;
          *period = g_strstrip (g_strdup (cell->text));
          return ST_FIELD_RATING;
        }
      return ST_FIELD_IGNORE;

    case ST_IMPORT_MEASURES:
      if (is_one_of (h, mref_words))
        return ST_FIELD_MEASURE_REF;
      if (is_one_of (h, mtitle_words))
        return ST_FIELD_MEASURE_TITLE;
      if (is_one_of (h, definition_words))
        return ST_FIELD_DEFINITION;
      if (is_one_of (h, unit_words))
        return ST_FIELD_UNIT;
      if (is_one_of (h, polarity_words))
        return ST_FIELD_POLARITY;
      if (is_one_of (h, frequency_words))
        return ST_FIELD_FREQUENCY;
      if (is_one_of (h, bdate_words))
        return ST_FIELD_BASELINE_DATE;
      if (is_one_of (h, baseline_words))
        return ST_FIELD_BASELINE;
      if (is_one_of (h, mtarget_words))
        return ST_FIELD_MEASURE_TARGET;
      if (is_one_of (h, tolerance_words))
        return ST_FIELD_TOLERANCE;
      if (is_one_of (h, notes_words))
        return ST_FIELD_NOTES;
      return ST_FIELD_IGNORE;

    case ST_IMPORT_VALUES:
      if (is_one_of (h, mref_words))
        return ST_FIELD_MEASURE_REF;
      if (is_one_of (h, month_words))
        return ST_FIELD_MONTH;
      if (is_one_of (h, value_words))
        return ST_FIELD_VALUE;
      if (is_one_of (h, vnote_words))
        return ST_FIELD_VALUE_NOTE;
      if (header_month (cell, month))
        return ST_FIELD_MONTH_VALUE;
      return ST_FIELD_IGNORE;

    case ST_IMPORT_N_KINDS:
    default:
      break;
    }
  return ST_FIELD_IGNORE;
}

StImportMapping *
st_import_mapping_guess_kind (StTable      *table,
                              StPlan       *plan,
                              StImportKind  kind,
                              guint         header_row)
{
  StImportMapping *self = st_import_mapping_new (kind, st_table_get_n_columns (table));
  gboolean seen_ref = FALSE, seen_text = FALSE, seen_target = FALSE, seen_month = FALSE;
  guint n_ratings = 0;
  const char *only_period = NULL;

  self->header_row = header_row;
  for (guint c = 0; c < st_table_get_n_columns (table); c++)
    {
      g_autofree char *period = NULL;
      int month = 0;
      StImportField field = guess_field (kind, st_table_get_cell (table, header_row, c), &period, &month);

      /* The first of a kind wins: a second "Ref" or "Target" is left alone. */
      if ((field == ST_FIELD_ACTION_REF || field == ST_FIELD_MEASURE_REF) && seen_ref)
        field = ST_FIELD_IGNORE;
      if ((field == ST_FIELD_ACTION_TEXT || field == ST_FIELD_MEASURE_TITLE) && seen_text)
        field = ST_FIELD_IGNORE;
      if ((field == ST_FIELD_TARGET || field == ST_FIELD_MEASURE_TARGET) && seen_target)
        field = ST_FIELD_IGNORE;
      if (field == ST_FIELD_MONTH && seen_month)
        field = ST_FIELD_IGNORE;
      seen_ref |= field == ST_FIELD_ACTION_REF || field == ST_FIELD_MEASURE_REF;
      seen_text |= field == ST_FIELD_ACTION_TEXT || field == ST_FIELD_MEASURE_TITLE;
      seen_target |= field == ST_FIELD_TARGET || field == ST_FIELD_MEASURE_TARGET;
      seen_month |= field == ST_FIELD_MONTH;
      st_import_mapping_set_column (self, c, field, period, month);
    }

  /* A rating or commentary column without a period: the only period named
   * by another column, or else the plan's latest. */
  for (guint c = 0; c < self->columns->len; c++)
    {
      StImportColumn *col = &g_array_index (self->columns, StImportColumn, c);
      if (col->field == ST_FIELD_RATING && col->period)
        {
          n_ratings++;
          only_period = col->period;
        }
    }
  for (guint c = 0; c < self->columns->len; c++)
    {
      StImportColumn *col = &g_array_index (self->columns, StImportColumn, c);
      if ((col->field == ST_FIELD_RATING || col->field == ST_FIELD_COMMENTARY) && col->period == NULL)
        {
          StPeriod *latest = plan ? st_plan_get_latest_period (plan) : NULL;

          if (n_ratings == 1)
            col->period = g_strdup (only_period);
          else if (latest)
            col->period = g_strdup (st_period_get_label (latest));
        }
    }
  return self;
}

static guint
mapping_score (StImportMapping *self)
{
  guint score = 0;
  gboolean has_key = FALSE;

  for (guint c = 0; c < self->columns->len; c++)
    {
      StImportField f = g_array_index (self->columns, StImportColumn, c).field;

      if (f == ST_FIELD_IGNORE)
        continue;
      score += f == ST_FIELD_MONTH_VALUE ? 1 : 2;
      switch (self->kind)
        {
        case ST_IMPORT_ACTIONS:
          has_key |= f == ST_FIELD_ACTION_TEXT;
          break;
        case ST_IMPORT_MEASURES:
          has_key |= f == ST_FIELD_DEFINITION || f == ST_FIELD_POLARITY || f == ST_FIELD_BASELINE ||
                     f == ST_FIELD_TOLERANCE;
          break;
        case ST_IMPORT_VALUES:
          has_key |= f == ST_FIELD_VALUE || f == ST_FIELD_MONTH_VALUE;
          break;
        case ST_IMPORT_N_KINDS:
        default:
          break;
        }
    }
  return has_key ? score + 4 : score / 2;
}

/* Guesses the header row (among the first rows: a title may stand above it),
 * the kind when @kind is -1, and each column's field. */
StImportMapping *
st_import_mapping_guess (StTable *table,
                         StPlan  *plan,
                         int      kind)
{
  StImportMapping *best = NULL;
  guint best_score = 0;
  guint n_rows = MIN (st_table_get_n_rows (table), 20);

  for (int k = 0; k < ST_IMPORT_N_KINDS; k++)
    {
      if (kind >= 0 && k != kind)
        continue;
      for (guint r = 0; r < n_rows; r++)
        {
          StImportMapping *m = st_import_mapping_guess_kind (table, plan, k, r);
          guint score = mapping_score (m);

          if (best == NULL || score > best_score)
            {
              st_import_mapping_free (best);
              best = m;
              best_score = score;
            }
          else
            st_import_mapping_free (m);
        }
    }
  if (best == NULL)
    best = st_import_mapping_new (kind >= 0 ? kind : ST_IMPORT_ACTIONS, st_table_get_n_columns (table));
  return best;
}

char *
st_import_guess_sheet (const char  *path,
                       StPlan      *plan,
                       int          kind,
                       GError     **error)
{
  g_auto(GStrv) sheets = NULL;
  guint best_score = 0, best_rows = 0;
  int best = -1;

  if (!st_table_file_is_xlsx (path))
    return NULL;
  if (!(sheets = st_xlsx_list_sheets (path, error)))
    return NULL;
  for (guint i = 0; sheets[i]; i++)
    {
      g_autoptr(StTable) table = st_xlsx_read_file (path, sheets[i], NULL);
      g_autoptr(StImportMapping) mapping = NULL;
      guint score, rows;

      if (table == NULL)
        continue;
      mapping = st_import_mapping_guess (table, plan, kind);
      score = mapping_score (mapping);
      rows = st_table_get_n_rows (table);
      if (best < 0 || score > best_score || (score == best_score && rows > best_rows))
        best = i, best_score = score, best_rows = rows;
    }
  return g_strdup (sheets[best < 0 ? 0 : best]);
}

/* Mapping files ----------------------------------------------------------- */

static gboolean
header_is_unique (StTable    *table,
                  guint       header_row,
                  guint       column)
{
  const char *text = st_table_get_text (table, header_row, column);

  if (*text == '\0' || strchr (text, '=') || strchr (text, '\n') || text[0] == '[' || text[0] == '#')
    return FALSE;
  for (guint c = 0; c < st_table_get_n_columns (table); c++)
    if (c != column && g_str_equal (st_table_get_text (table, header_row, c), text))
      return FALSE;
  return TRUE;
}

char *
st_import_mapping_to_text (StImportMapping *self,
                           StTable         *table)
{
  GString *out = g_string_new (NULL);
  const StTableRow *header = self->header_row < st_table_get_n_rows (table)
                             ? st_table_get_row (table, self->header_row) : NULL;

  g_string_append_printf (out, "kind = %s\n", kinds[self->kind].key);
  g_string_append_printf (out, "header-row = %u\n", header ? header->source_row : 1);
  if (self->kind == ST_IMPORT_ACTIONS)
    g_string_append_printf (out, "create-periods = %s\n", self->create_periods ? "yes" : "no");
  for (guint c = 0; c < MAX (self->columns->len, st_table_get_n_columns (table)); c++)
    {
      g_autofree char *value = st_import_column_to_string (st_import_mapping_get_column (self, c));
      g_autofree char *letter = st_column_letter (c);

      if (header_is_unique (table, self->header_row, c))
        g_string_append_printf (out, "%s = %s\n", st_table_get_text (table, self->header_row, c), value);
      else
        g_string_append_printf (out, "[%s] = %s\n", letter, value);
    }
  return g_string_free (out, FALSE);
}

static gboolean
parse_bool (const char *text,
            gboolean   *value)
{
  g_autofree char *h = normalise (text);
  static const char *yes[] = { "yes", "y", "true", "1", "x", "ticked", "supplied", "provided", "received",
                               "evidence supplied", "done", NULL };
  static const char *no[] = { "no", "n", "false", "0", "", "not supplied", "none", "awaiting", "not yet",
                              "pending", NULL };

  /* "✓" and "✔" normalise to nothing: look at the text itself */
  if (text && (strstr (text, "\u2713") || strstr (text, "\u2714")))
    return *value = TRUE, TRUE;
  if (is_one_of (h, yes))
    return *value = TRUE, TRUE;
  if (is_one_of (h, no))
    return *value = FALSE, TRUE;
  if (g_str_has_prefix (h, "yes "))
    return *value = TRUE, TRUE;
  if (g_str_has_prefix (h, "no "))
    return *value = FALSE, TRUE;
  return FALSE;
}

StImportMapping *
st_import_mapping_from_text (const char  *text,
                             StTable     *table,
                             StPlan      *plan,
                             GError     **error)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(StImportMapping) self = NULL;
  StImportKind kind = ST_IMPORT_ACTIONS;
  guint header_row = 0, n_columns = st_table_get_n_columns (table);
  gboolean create = TRUE, have_kind = FALSE;

  /* kind and header row first: the column keys are headers of that row */
  for (guint i = 0; lines[i]; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));
      char *eq = strchr (line, '=');

      if (*line == '#' || *line == '\0' || eq == NULL)
        continue;
      *eq = '\0';
      g_strstrip (line);
      g_strstrip (eq + 1);
      if (g_str_equal (line, "kind"))
        {
          if (!st_import_kind_from_string (eq + 1, &kind))
            {
              g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT,
                           _("line %u: “%s” is not a kind of import (actions, measures or values)"),
                           i + 1, eq + 1);
              return NULL;
            }
          have_kind = TRUE;
        }
      else if (g_str_equal (line, "header-row"))
        {
          guint64 source_row = g_ascii_strtoull (eq + 1, NULL, 10);
          gboolean found = FALSE;

          for (guint r = 0; r < st_table_get_n_rows (table) && !found; r++)
            if (st_table_get_row (table, r)->source_row == source_row)
              header_row = r, found = TRUE;
          if (!found)
            {
              g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT,
                           _("line %u: the table has no row %s"), i + 1, eq + 1);
              return NULL;
            }
        }
      else if (g_str_equal (line, "create-periods"))
        {
          if (!parse_bool (eq + 1, &create))
            {
              g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT,
                           _("line %u: create-periods is “yes” or “no”"), i + 1);
              return NULL;
            }
        }
    }

  if (!have_kind)
    {
      /* guess the kind, then apply the columns given */
      g_autoptr(StImportMapping) guess = st_import_mapping_guess (table, plan, -1);
      kind = guess->kind;
    }
  self = st_import_mapping_new (kind, n_columns);
  self->header_row = header_row;
  self->create_periods = create;

  for (guint i = 0; lines[i]; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));
      char *eq = strrchr (line, '=');
      StImportColumn column = { 0 };
      guint index = G_MAXUINT;

      if (*line == '#' || *line == '\0')
        continue;
      if (eq == NULL)
        {
          g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT,
                       _("line %u: expected “column = field”"), i + 1);
          return NULL;
        }
      *eq = '\0';
      g_strstrip (line);
      if (g_str_equal (line, "kind") || g_str_equal (line, "header-row") || g_str_equal (line, "create-periods"))
        continue;

      if (line[0] == '[' && line[strlen (line) - 1] == ']')
        {
          guint col = 0;
          const char *p;

          for (p = line + 1; g_ascii_isalpha (*p) && col <= ST_TABLE_MAX_COLUMNS; p++)
            col = col * 26 + (g_ascii_toupper (*p) - 'A' + 1);
          if (*p == ']' && col > 0 && col <= ST_TABLE_MAX_COLUMNS)
            index = col - 1;
        }
      else
        {
          g_autofree char *want = normalise (line);

          for (guint c = 0; c < n_columns && index == G_MAXUINT; c++)
            {
              g_autofree char *have = normalise (st_table_get_text (table, header_row, c));
              if (g_str_equal (want, have))
                index = c;
            }
        }
      if (index == G_MAXUINT)
        {
          g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT,
                       _("line %u: the table has no column “%s”"), i + 1, line);
          return NULL;
        }
      if (!st_import_column_parse (eq + 1, &column) || !st_import_field_applies (column.field, kind))
        {
          g_free (column.period);
          g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT,
                       _("line %u: “%s” is not a field of an import of %s"), i + 1, g_strstrip (eq + 1),
                       kinds[kind].key);
          return NULL;
        }
      st_import_mapping_set_column (self, index, column.field, column.period, column.month);
      g_free (column.period);
    }
  return g_steal_pointer (&self);
}

gboolean
st_import_mapping_save (StImportMapping  *self,
                        StTable          *table,
                        const char       *path,
                        GError          **error)
{
  g_autofree char *text = st_import_mapping_to_text (self, table);

  return g_file_set_contents (path, text, -1, error);
}

StImportMapping *
st_import_mapping_load (const char  *path,
                        StTable     *table,
                        StPlan      *plan,
                        GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local = NULL;
  StImportMapping *mapping;

  if (!g_file_get_contents (path, &text, NULL, error))
    return NULL;
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT, _("%s: the mapping is not UTF-8 text"), name);
      return NULL;
    }
  mapping = st_import_mapping_from_text (text, table, plan, &local);
  if (mapping == NULL)
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_set_error (error, ST_IMPORT_ERROR, local->code, "%s: %s", name, local->message);
    }
  return mapping;
}

/* Parsing cells ------------------------------------------------------------ */

static int
month_from_name (const char *word)
{
  static const char *names[] = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
  static const char *long_names[] = { "january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december" };
  g_autofree char *lower = g_ascii_strdown (word, -1);
  gsize len = strlen (lower);

  if (len > 0 && lower[len - 1] == '.')
    lower[--len] = '\0';
  for (guint i = 0; i < 12; i++)
    if (g_str_equal (lower, names[i]) || g_str_equal (lower, long_names[i]) ||
        (i == 8 && g_str_equal (lower, "sept")))
      return i + 1;
  return 0;
}

/* A month, or a day in it: "Jul-22", "2022-07", "July 2022", "31/07/2022",
 * "2022-07-31", "31 July 2022", "31-Jul-22". Days are read the British way. */
static gboolean
parse_month_or_date (const char *text,
                     int        *month)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *copy = NULL;
  int d, m, y;

  if (st_month_parse (text, month))
    return TRUE;
  copy = g_strstrip (g_strdup (text));
  parts = g_regex_split_simple ("[-/ .,]+", copy, 0, 0);
  if (g_strv_length (parts) != 3)
    return FALSE;
  for (guint i = 0; i < 3; i++)
    {
      /* "31st" → "31" */
      gsize len = strlen (parts[i]);
      if (len > 2 && g_ascii_isdigit (parts[i][0]) && g_ascii_isalpha (parts[i][len - 1]))
        parts[i][len - 2] = '\0';
      for (const char *p = parts[i]; *p; p++)
        if (!g_ascii_isalnum (*p))
          return FALSE;
    }
  if (strlen (parts[0]) == 4 && g_ascii_isdigit (parts[0][0]))
    {
      y = atoi (parts[0]);
      m = g_ascii_isdigit (parts[1][0]) ? atoi (parts[1]) : month_from_name (parts[1]);
      d = atoi (parts[2]);
    }
  else
    {
      d = atoi (parts[0]);
      m = g_ascii_isdigit (parts[1][0]) ? atoi (parts[1]) : month_from_name (parts[1]);
      y = atoi (parts[2]);
      if (strlen (parts[2]) == 2)
        y += 2000;
      else if (strlen (parts[2]) != 4)
        return FALSE;
    }
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  *month = st_month_make (y, m);
  return *month != ST_MONTH_NONE;
}

static gboolean
cell_month (const StCell *cell,
            int          *month)
{
  if (cell->kind == ST_CELL_DATE)
    {
      g_autofree char *ym = g_strndup (cell->text, 7);
      return st_month_parse (ym, month);
    }
  return parse_month_or_date (cell->text, month);
}

/* A target: a month, free text, or free text naming a month ("Sept 23 and
 * termly"). Text that tries to be a month and is not is refused. */
typedef enum { TARGET_MONTH, TARGET_TEXT, TARGET_BAD } TargetKind;

static TargetKind
parse_target (const StCell  *cell,
              int           *month,
              char         **text)
{
  static GRegex *inside = NULL, *date_like = NULL;
  g_autoptr(GMatchInfo) info = NULL;

  *month = ST_MONTH_NONE;
  *text = NULL;
  if (cell->kind == ST_CELL_DATE)
    {
      /* the board pack keeps a free-text target beside its month as the cell's note */
      if (cell->comment && *cell->comment)
        *text = g_strstrip (g_strdup (cell->comment));
      return cell_month (cell, month) ? TARGET_MONTH : TARGET_BAD;
    }
  if (cell->kind == ST_CELL_NUMBER)
    return TARGET_BAD;
  if (parse_month_or_date (cell->text, month))
    return TARGET_MONTH;

  if (g_once_init_enter (&inside))
    {
      GRegex *r = g_regex_new ("\\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|"
                               "march|april|june|july|august|september|october|november|december)\\.?"
                               "[-/ ]+(?:'?\\d{2}|\\d{4}))\\b|\\b(\\d{4}-\\d{2})\\b",
                               G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&inside, r);
    }
  if (g_once_init_enter (&date_like))
    {
      GRegex *r = g_regex_new ("^\\s*(?:[[:alpha:]]+[-/ .]+'?\\d{2,4}|[\\d]{1,4}(?:\\s*[-/.]\\s*\\d{1,4}){1,2}|"
                               "\\d{1,2}(?:st|nd|rd|th)?[-/ .]+[[:alpha:]]+[-/ .]+\\d{2,4})\\s*$",
                               G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&date_like, r);
    }

  if (g_regex_match (inside, cell->text, 0, &info))
    {
      g_autofree char *found = g_match_info_fetch (info, 1);
      g_autofree char *iso = g_match_info_fetch (info, 2);
      g_autofree char *clean = NULL;

      clean = g_strdelimit (g_strdup (found && *found ? found : iso), "'", ' ');
      if (parse_month_or_date (clean, month))
        {
          *text = g_strstrip (g_strdup (cell->text));
          return TARGET_MONTH;
        }
    }
  if (g_regex_match (date_like, cell->text, 0, NULL))
    return TARGET_BAD;
  *text = g_strstrip (g_strdup (cell->text));
  return TARGET_TEXT;
}

/* "45%", "1,234", "12.5" → number; "" and "n/a" → NAN with TRUE */
static gboolean
parse_number_cell (const StCell *cell,
                   double       *value,
                   gboolean     *percent)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  g_autofree char *lower = NULL;
  char *end = NULL;

  if (percent)
    *percent = FALSE;
  *value = NAN;
  if (cell->kind == ST_CELL_PERCENT)
    {
      /* 0.58 shown as 58% is 58 */
      *value = st_round_half_away (cell->number * 100, 10);
      if (percent)
        *percent = TRUE;
      return isfinite (*value);
    }
  if (cell->kind == ST_CELL_NUMBER || cell->kind == ST_CELL_DATE)
    {
      *value = cell->number;
      return isfinite (*value);
    }
  lower = g_strstrip (g_ascii_strdown (cell->text, -1));
  if (*lower == '\0' || g_str_equal (lower, "n/a") || g_str_equal (lower, "na") || g_str_equal (lower, "-") ||
      g_str_equal (lower, "–") || g_str_equal (lower, "tbc") || g_str_equal (lower, "not available"))
    return TRUE;
  for (const char *p = lower; *p; p++)
    {
      if (*p == ',' || *p == ' ' || *p == '\xC2' || (guchar) *p == 0xA0)
        continue;
      if (*p == '%')
        {
          if (p[1] != '\0' && !g_ascii_isspace (p[1]))
            return FALSE;
          if (percent)
            *percent = TRUE;
          break;
        }
      g_string_append_c (clean, *p);
    }
  if (clean->len == 0)
    return FALSE;
  *value = g_ascii_strtod (clean->str, &end);
  return end && *end == '\0' && isfinite (*value);
}

/* Check ------------------------------------------------------------------- */

typedef struct
{
  char     *label;
  StPeriod *existing;     /* owned by the plan */
  char     *end_date;     /* new periods */
  int       end_month;
} PeriodRef;

typedef struct
{
  guint     period;       /* index into check->periods */
  StStatus  status;
  char     *commentary;
} ParsedRating;

typedef struct
{
  int     month;
  double  value;
  char   *note;
  guint   column;
} ParsedValue;

typedef enum { LEVEL_AREA, LEVEL_SUB_ACTION, LEVEL_ACTION, LEVEL_MEASURE, LEVEL_VALUES } Level;

typedef struct
{
  guint     source_row;
  Level     level;
  gboolean  valid;
  char     *area_ref, *area_title;
  char     *sub_ref, *sub_text;
  char     *ref, *text;
  int       target_month;
  char     *target_text;
  char     *owner, *measure_refs;
  gboolean  evidence;
  GArray   *ratings;      /* ParsedRating */
  /* measures */
  char     *unit, *polarity, *frequency, *definition, *notes, *baseline_date;
  double    baseline, target, tolerance;
  gboolean  tolerance_percent;
  /* values */
  GArray   *values;       /* ParsedValue */
} Parsed;

struct _StImportCheck
{
  StImportKind kind;
  GPtrArray   *problems;   /* StImportProblem */
  GPtrArray   *rows;       /* Parsed */
  GPtrArray   *periods;    /* PeriodRef */
  guint        n_rows;
  guint        n_valid;
};

static void
free_problem (gpointer data)
{
  StImportProblem *p = data;

  g_free (p->header);
  g_free (p->message);
  g_free (p);
}

static void
free_rating (gpointer data)
{
  g_free (((ParsedRating *) data)->commentary);
}

static void
free_value (gpointer data)
{
  g_free (((ParsedValue *) data)->note);
}

static void
free_parsed (gpointer data)
{
  Parsed *p = data;

  g_free (p->area_ref); g_free (p->area_title); g_free (p->sub_ref); g_free (p->sub_text);
  g_free (p->ref); g_free (p->text); g_free (p->target_text); g_free (p->owner); g_free (p->measure_refs);
  g_free (p->unit); g_free (p->polarity); g_free (p->frequency); g_free (p->definition); g_free (p->notes);
  g_free (p->baseline_date);
  g_clear_pointer (&p->ratings, g_array_unref);
  g_clear_pointer (&p->values, g_array_unref);
  g_free (p);
}

static void
free_period_ref (gpointer data)
{
  PeriodRef *p = data;

  g_free (p->label);
  g_free (p->end_date);
  g_free (p);
}

void
st_import_check_free (StImportCheck *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->problems);
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->periods);
  g_free (self);
}

guint
st_import_check_get_n_problems (StImportCheck *self)
{
  return self->problems->len;
}

const StImportProblem *
st_import_check_get_problem (StImportCheck *self,
                             guint          index)
{
  g_return_val_if_fail (index < self->problems->len, NULL);
  return self->problems->pdata[index];
}

guint
st_import_check_get_n_rows (StImportCheck *self)
{
  return self->n_rows;
}

guint
st_import_check_get_n_valid_rows (StImportCheck *self)
{
  return self->n_valid;
}

GStrv
st_import_check_get_new_periods (StImportCheck *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->periods->len; i++)
    {
      PeriodRef *p = self->periods->pdata[i];
      if (p->existing == NULL && p->end_date)
        g_strv_builder_add (builder, p->label);
    }
  return g_strv_builder_end (builder);
}

char *
st_import_problem_to_string (const StImportProblem *p)
{
  if (p->row == 0)
    return g_strdup (p->message);
  if (p->column == G_MAXUINT)
    return g_strdup_printf (_("row %u: %s"), p->row, p->message);
  if (p->header && *p->header)
    return g_strdup_printf (_("row %u, column “%s”: %s"), p->row, p->header, p->message);
  {
    g_autofree char *letter = st_column_letter (p->column);
    return g_strdup_printf (_("row %u, column %s: %s"), p->row, letter, p->message);
  }
}

typedef struct
{
  StImportCheck   *check;
  StPlan          *plan;
  StTable         *table;
  StImportMapping *mapping;
  guint            row;          /* table index of the row being checked */
  Parsed          *parsed;
  GHashTable      *seen;         /* refs in the file → source row */
} Checker;

static void add_problem (Checker *c, StImportProblemKind kind, guint column, const char *format, ...) G_GNUC_PRINTF (4, 5);

static void
add_problem (Checker             *c,
             StImportProblemKind  kind,
             guint                column,
             const char          *format,
             ...)
{
  StImportProblem *p = g_new0 (StImportProblem, 1);
  va_list args;

  va_start (args, format);
  p->message = g_strdup_vprintf (format, args);
  va_end (args);
  p->kind = kind;
  p->row = c->row < st_table_get_n_rows (c->table) ? st_table_get_row (c->table, c->row)->source_row : 0;
  p->column = column;
  if (column != G_MAXUINT)
    p->header = g_strdup (st_table_get_text (c->table, st_import_mapping_get_header_row (c->mapping), column));
  g_ptr_array_add (c->check->problems, p);
  if (c->parsed)
    c->parsed->valid = FALSE;
}

/* The text of the first column mapped to @field in this row, validated;
 * NULL when there is no such column. */
static char *
field_text (Checker        *c,
            StImportField   field,
            gboolean        multiline,
            guint          *column_out)
{
  for (guint col = 0; col < st_import_mapping_get_n_columns (c->mapping); col++)
    if (st_import_mapping_get_column (c->mapping, col)->field == field)
      {
        const char *text = st_table_get_text (c->table, c->row, col);
        g_autoptr(GError) error = NULL;

        if (column_out)
          *column_out = col;
        if (!st_text_validate (text, multiline, &error))
          {
            add_problem (c, ST_PROBLEM_BAD_TEXT, col, "%s", error->message);
            /* the row will not be written; keep the text so no other problem follows */
            return g_strdup (text);
          }
        return g_strstrip (g_strdup (text));
      }
  if (column_out)
    *column_out = G_MAXUINT;
  return NULL;
}

static gboolean
has_field (StImportMapping *mapping,
           StImportField    field)
{
  for (guint col = 0; col < st_import_mapping_get_n_columns (mapping); col++)
    if (st_import_mapping_get_column (mapping, col)->field == field)
      return TRUE;
  return FALSE;
}

static StStatus
parse_status (StPlan     *plan,
              const char *text)
{
  StStatus status = st_status_parse (text);
  GListModel *statuses;
  g_autofree char *folded = NULL;

  if (status != ST_STATUS_NONE || plan == NULL)
    return status;
  /* the plan's own letters and words */
  folded = g_utf8_casefold (text, -1);
  g_strstrip (folded);
  statuses = st_plan_get_statuses (plan);
  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(StStatusInfo) info = g_list_model_get_item (statuses, i);
      g_autofree char *letter = g_utf8_casefold (st_record_get_string (ST_RECORD (info), "letter"), -1);
      g_autofree char *label = g_utf8_casefold (st_record_get_string (ST_RECORD (info), "label"), -1);

      if (g_str_equal (folded, letter) || g_str_equal (folded, label))
        return st_status_info_get_status (info);
    }
  return ST_STATUS_NONE;
}

static StPeriod *
find_period (StPlan     *plan,
             const char *label)
{
  GListModel *periods;
  int month = 0;
  StPeriod *found;

  if (plan == NULL)
    return NULL;
  if ((found = st_plan_find_period (plan, label)) != NULL)
    return found;
  periods = st_plan_get_periods (plan);
  st_month_parse (label, &month);
  for (guint i = 0; i < g_list_model_get_n_items (periods); i++)
    {
      g_autoptr(StPeriod) p = g_list_model_get_item (periods, i);
      if (g_utf8_collate (st_period_get_label (p), label) == 0 ||
          g_ascii_strcasecmp (st_period_get_label (p), label) == 0 ||
          (month != ST_MONTH_NONE && st_period_get_end_month (p) == month))
        return p;   /* the plan holds it */
    }
  return NULL;
}

/* Resolves the periods of rating and commentary columns; returns per column
 * the index into check->periods, or G_MAXUINT. */
static GArray *
resolve_periods (Checker *c)
{
  GArray *by_column = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = st_import_mapping_get_n_columns (c->mapping);

  for (guint col = 0; col < n; col++)
    {
      const StImportColumn *column = st_import_mapping_get_column (c->mapping, col);
      guint index = G_MAXUINT;

      if (column->field == ST_FIELD_RATING || column->field == ST_FIELD_COMMENTARY)
        {
          if (column->period == NULL)
            add_problem (c, ST_PROBLEM_MAPPING, col, _("choose the reporting period of this column"));
          else
            {
              StPeriod *existing = find_period (c->plan, column->period);
              int month = 0;

              for (guint i = 0; i < c->check->periods->len && index == G_MAXUINT; i++)
                {
                  PeriodRef *p = c->check->periods->pdata[i];
                  if ((existing && p->existing == existing) || g_str_equal (p->label, column->period))
                    index = i;
                }
              if (index == G_MAXUINT)
                {
                  PeriodRef *p = g_new0 (PeriodRef, 1);

                  p->label = g_strdup (existing ? st_period_get_label (existing) : column->period);
                  p->existing = existing;
                  if (!existing && st_month_parse (column->period, &month))
                    {
                      g_autoptr(GDate) date = g_date_new_dmy (1, st_month_get_month (month), st_month_get_year (month));
                      guint8 days = g_date_get_days_in_month (st_month_get_month (month), st_month_get_year (month));

                      p->end_month = month;
                      p->end_date = g_strdup_printf ("%04d-%02d-%02u", st_month_get_year (month),
                                                     st_month_get_month (month), days);
                    }
                  index = c->check->periods->len;
                  g_ptr_array_add (c->check->periods, p);

                  if (!existing && !st_import_mapping_get_create_periods (c->mapping))
                    add_problem (c, ST_PROBLEM_MAPPING, col,
                                 _("the plan has no reporting period “%s”; let the import create it, or choose another"),
                                 column->period);
                  else if (!existing && p->end_date == NULL)
                    add_problem (c, ST_PROBLEM_MAPPING, col,
                                 _("“%s” does not name a month, so a new reporting period cannot be dated; "
                                   "add the period to the plan first, or choose another"), column->period);
                }
            }
        }
      g_array_append_val (by_column, index);
    }
  return by_column;
}

/* "1.2.3" → "1.2"; "1.2" → "1"; "1" → NULL */
static char *
parent_ref (const char *ref)
{
  const char *dot = strrchr (ref, '.');

  return dot && dot != ref ? g_strndup (ref, dot - ref) : NULL;
}

static guint
ref_depth (const char *ref)
{
  guint n = 1;

  for (const char *p = ref; *p; p++)
    n += *p == '.';
  return n;
}

static char *
clean_ref (char *ref)
{
  gsize len;

  if (ref == NULL)
    return NULL;
  g_strstrip (ref);
  len = strlen (ref);
  while (len > 0 && ref[len - 1] == '.')
    ref[--len] = '\0';
  return ref;
}

/* Areas and sub-actions of the plan, by ref */
static void
index_plan (StPlan     *plan,
            GHashTable *areas,
            GHashTable *subs,
            GHashTable *sub_area)
{
  GListModel *list;

  if (plan == NULL)
    return;
  list = st_plan_get_areas (plan);
  for (guint a = 0; a < g_list_model_get_n_items (list); a++)
    {
      g_autoptr(StRecord) area = g_list_model_get_item (list, a);
      GListModel *children = st_record_get_children (area);
      const char *number = st_record_get_string (area, "number");

      g_hash_table_insert (areas, g_strdup (number), area);
      for (guint s = 0; s < g_list_model_get_n_items (children); s++)
        {
          g_autoptr(StRecord) sub = g_list_model_get_item (children, s);
          g_hash_table_insert (subs, g_strdup (st_record_get_string (sub, "ref")), sub);
          if (sub_area)
            g_hash_table_insert (sub_area, g_strdup (st_record_get_string (sub, "ref")), g_strdup (number));
        }
    }
}

/* An empty rating cell, or the dash the board pack writes for "not rated" */
static gboolean
is_no_rating (const char *text)
{
  static const char *none[] = { "", "-", "–", "—", "n/a", "na", "not rated", "none", NULL };
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return g_strv_contains (none, g_strstrip (folded));
}

/* "Priority area 1: Improve …" (as the board pack heads an area) → "Improve …" */
static char *
strip_area_prefix (const char *title,
                   const char *number)
{
  g_autofree char *pattern = NULL;
  g_autofree char *quoted = g_regex_escape_string (number, -1);
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) info = NULL;

  pattern = g_strdup_printf ("^\\s*(?:priority\\s+area|area|priority)\\s*%s\\s*[:.\\-–—]\\s*(\\S.*)$", quoted);
  regex = g_regex_new (pattern, G_REGEX_CASELESS | G_REGEX_DOTALL, 0, NULL);
  if (regex && g_regex_match (regex, title, 0, &info))
    return g_match_info_fetch (info, 1);
  return g_strdup (title);
}

static void
check_action_row (Checker    *c,
                  GArray     *period_of_column,
                  GHashTable *plan_sub_area)
{
  Parsed *p = c->parsed;
  guint ref_col, text_col, col;
  g_autofree char *ref = NULL, *text = NULL, *sub_ref = NULL, *area_ref = NULL;
  g_autofree char *target = NULL;

  ref = clean_ref (field_text (c, ST_FIELD_ACTION_REF, FALSE, &ref_col));
  text = field_text (c, ST_FIELD_ACTION_TEXT, TRUE, &text_col);
  sub_ref = clean_ref (field_text (c, ST_FIELD_SUB_ACTION_REF, FALSE, NULL));
  area_ref = clean_ref (field_text (c, ST_FIELD_AREA_REF, FALSE, NULL));
  p->sub_text = field_text (c, ST_FIELD_SUB_ACTION_TEXT, TRUE, NULL);
  p->area_title = field_text (c, ST_FIELD_AREA_TITLE, TRUE, NULL);

  /* A heading row with ref and text in one cell: "1.1 Improve …" */
  if (ref && *ref && (text == NULL || *text == '\0'))
    {
      g_autoptr(GMatchInfo) info = NULL;
      g_autoptr(GRegex) regex = g_regex_new ("^(\\d+(?:\\.\\d+)*)\\.?\\s+(\\S.*)$", G_REGEX_DOTALL, 0, NULL);

      if (g_regex_match (regex, ref, 0, &info))
        {
          /* the match refers to @ref: fetch both parts before freeing it */
          char *heading_ref = g_match_info_fetch (info, 1);
          char *heading_text = g_match_info_fetch (info, 2);

          g_clear_pointer (&info, g_match_info_free);
          g_free (text);
          g_free (ref);
          text = heading_text;
          ref = heading_ref;
        }
    }

  if (ref == NULL || *ref == '\0')
    {
      if (sub_ref && *sub_ref && (text == NULL || *text == '\0'))
        {
          p->level = LEVEL_SUB_ACTION;
          p->sub_ref = g_steal_pointer (&sub_ref);
          p->area_ref = area_ref && *area_ref ? g_steal_pointer (&area_ref) : parent_ref (p->sub_ref);
          if (p->area_ref == NULL)
            add_problem (c, ST_PROBLEM_MISSING_PARENT, G_MAXUINT,
                         _("sub-action “%s” has no priority area: give its area, or write its ref as “1.2”"),
                         p->sub_ref);
          return;
        }
      if (area_ref && *area_ref && (text == NULL || *text == '\0'))
        {
          p->level = LEVEL_AREA;
          p->area_ref = g_steal_pointer (&area_ref);
          return;
        }
      add_problem (c, ST_PROBLEM_EMPTY, ref_col, _("the ref is empty"));
      return;
    }

  if (sub_ref && *sub_ref)
    {
      p->level = LEVEL_ACTION;
      p->sub_ref = g_steal_pointer (&sub_ref);
    }
  else if (!g_regex_match_simple ("^\\d+(\\.\\d+)*$", ref, 0, 0))
    {
      /* "Z1", "SEND-4": not a ref whose parent can be read from it */
      p->level = LEVEL_ACTION;
      p->sub_ref = NULL;
    }
  else
    {
      switch (ref_depth (ref))
        {
        case 1:
          p->level = LEVEL_AREA;
          break;
        case 2:
          p->level = LEVEL_SUB_ACTION;
          break;
        default:
          p->level = LEVEL_ACTION;
          p->sub_ref = parent_ref (ref);
          break;
        }
    }

  if (p->level == LEVEL_AREA)
    {
      p->area_ref = g_steal_pointer (&ref);
      if (text && *text)
        {
          g_free (p->area_title);
          p->area_title = strip_area_prefix (text, p->area_ref);
        }
      if (g_hash_table_contains (c->seen, p->area_ref))
        add_problem (c, ST_PROBLEM_DUPLICATE_IN_FILE, ref_col, _("priority area “%s” is also in row %u"),
                     p->area_ref, GPOINTER_TO_UINT (g_hash_table_lookup (c->seen, p->area_ref)));
      else
        g_hash_table_insert (c->seen, g_strdup (p->area_ref), GUINT_TO_POINTER (p->source_row));
      return;
    }

  if (p->level == LEVEL_SUB_ACTION)
    {
      p->sub_ref = g_steal_pointer (&ref);
      if (text && *text)
        {
          g_free (p->sub_text);
          p->sub_text = g_steal_pointer (&text);
        }
      p->area_ref = area_ref && *area_ref ? g_steal_pointer (&area_ref) : parent_ref (p->sub_ref);
      if (g_hash_table_contains (c->seen, p->sub_ref))
        add_problem (c, ST_PROBLEM_DUPLICATE_IN_FILE, ref_col, _("sub-action “%s” is also in row %u"),
                     p->sub_ref, GPOINTER_TO_UINT (g_hash_table_lookup (c->seen, p->sub_ref)));
      else
        g_hash_table_insert (c->seen, g_strdup (p->sub_ref), GUINT_TO_POINTER (p->source_row));
      return;
    }

  /* an action */
  p->ref = g_steal_pointer (&ref);
  p->text = g_steal_pointer (&text);
  p->area_ref = area_ref && *area_ref ? g_steal_pointer (&area_ref) : p->sub_ref ? parent_ref (p->sub_ref) : NULL;
  if (p->area_ref == NULL || p->sub_ref == NULL)
    add_problem (c, ST_PROBLEM_MISSING_PARENT, ref_col,
                 _("action “%s” has no sub-action: give its sub-action, or write its ref as “1.2.3”"), p->ref);
  else if (plan_sub_area && g_hash_table_contains (plan_sub_area, p->sub_ref) &&
           !g_str_equal (g_hash_table_lookup (plan_sub_area, p->sub_ref), p->area_ref))
    add_problem (c, ST_PROBLEM_MISSING_PARENT, ref_col,
                 _("sub-action “%s” is in priority area “%s” in the plan, not “%s”"), p->sub_ref,
                 (char *) g_hash_table_lookup (plan_sub_area, p->sub_ref), p->area_ref);

  if (p->text == NULL || *p->text == '\0')
    add_problem (c, ST_PROBLEM_EMPTY, text_col, _("the action’s text is empty"));

  if (g_hash_table_contains (c->seen, p->ref))
    add_problem (c, ST_PROBLEM_DUPLICATE_IN_FILE, ref_col, _("ref “%s” is also in row %u"),
                 p->ref, GPOINTER_TO_UINT (g_hash_table_lookup (c->seen, p->ref)));
  else
    g_hash_table_insert (c->seen, g_strdup (p->ref), GUINT_TO_POINTER (p->source_row));
  if (c->plan && st_plan_find_action (c->plan, p->ref))
    add_problem (c, ST_PROBLEM_DUPLICATE_IN_PLAN, ref_col, _("the plan already has an action “%s”"), p->ref);

  target = field_text (c, ST_FIELD_TARGET, FALSE, &col);
  if (target && *target)
    {
      const StCell *cell = st_table_get_cell (c->table, c->row, col);
      g_autofree char *free_text = NULL;

      switch (parse_target (cell, &p->target_month, &free_text))
        {
        case TARGET_BAD:
          add_problem (c, ST_PROBLEM_BAD_DATE, col, _("“%s” is not a month"), cell->text);
          break;
        case TARGET_TEXT:
        case TARGET_MONTH:
        default:
          p->target_text = g_steal_pointer (&free_text);
          break;
        }
    }

  p->owner = field_text (c, ST_FIELD_OWNER, TRUE, NULL);
  p->measure_refs = field_text (c, ST_FIELD_MEASURE_REFS, FALSE, NULL);
  {
    g_autofree char *evidence = field_text (c, ST_FIELD_EVIDENCE, FALSE, &col);

    if (evidence && !parse_bool (evidence, &p->evidence))
      add_problem (c, ST_PROBLEM_BAD_VALUE, col, _("“%s” is not yes or no"), evidence);
  }

  /* ratings, then commentary joined to them by period */
  p->ratings = g_array_new (FALSE, TRUE, sizeof (ParsedRating));
  g_array_set_clear_func (p->ratings, free_rating);
  for (col = 0; col < st_import_mapping_get_n_columns (c->mapping); col++)
    {
      const StImportColumn *column = st_import_mapping_get_column (c->mapping, col);
      const char *cell = st_table_get_text (c->table, c->row, col);
      guint period = g_array_index (period_of_column, guint, col);
      g_autofree char *trimmed = g_strstrip (g_strdup (cell));
      ParsedRating rating = { period, ST_STATUS_NONE, NULL };

      if (column->field != ST_FIELD_RATING || period == G_MAXUINT || is_no_rating (trimmed))
        continue;
      rating.status = parse_status (c->plan, trimmed);
      if (rating.status == ST_STATUS_NONE)
        {
          add_problem (c, ST_PROBLEM_BAD_STATUS, col,
                       _("“%s” is not a rating (Blue, Green, Amber, Red or Grey, or their letters)"), trimmed);
          continue;
        }
      g_array_append_val (p->ratings, rating);
    }
  for (col = 0; col < st_import_mapping_get_n_columns (c->mapping); col++)
    {
      const StImportColumn *column = st_import_mapping_get_column (c->mapping, col);
      const char *cell = st_table_get_text (c->table, c->row, col);
      guint period = g_array_index (period_of_column, guint, col);
      g_autoptr(GError) error = NULL;
      ParsedRating *rating = NULL;

      if (column->field != ST_FIELD_COMMENTARY || period == G_MAXUINT || *cell == '\0')
        continue;
      if (!st_text_validate (cell, TRUE, &error))
        {
          add_problem (c, ST_PROBLEM_BAD_TEXT, col, "%s", error->message);
          continue;
        }
      for (guint i = 0; i < p->ratings->len; i++)
        if (g_array_index (p->ratings, ParsedRating, i).period == period)
          rating = &g_array_index (p->ratings, ParsedRating, i);
      if (rating == NULL)
        {
          add_problem (c, ST_PROBLEM_EMPTY, col, _("commentary for “%s” without a rating for that period"),
                       ((PeriodRef *) c->check->periods->pdata[period])->label);
          continue;
        }
      if (rating->commentary)
        {
          char *joined = g_strconcat (rating->commentary, "\n", cell, NULL);
          g_free (rating->commentary);
          rating->commentary = joined;
        }
      else
        rating->commentary = g_strstrip (g_strdup (cell));
    }
}

/* @first…: "code=word|word|…", NULL-terminated; @result is an interned code */
static gboolean
parse_choice (const char  *text,
              const char **result,
              const char  *first,
              ...)
{
  g_autofree char *h = normalise (text);
  gboolean found = FALSE;
  va_list args;

  va_start (args, first);
  for (const char *key = first; key && !found; key = va_arg (args, const char *))
    {
      const char *eq = strchr (key, '=');
      g_auto(GStrv) words = g_strsplit (eq + 1, "|", -1);

      for (guint i = 0; words[i] && !found; i++)
        if (g_str_equal (h, words[i]))
          {
            g_autofree char *code = g_strndup (key, eq - key);
            *result = g_intern_string (code);
            found = TRUE;
          }
    }
  va_end (args);
  return found;
}

static void
check_number (Checker       *c,
              StImportField  field,
              double        *value,
              gboolean      *percent)
{
  guint col;
  g_autofree char *text = field_text (c, field, FALSE, &col);

  *value = NAN;
  if (text == NULL || *text == '\0')
    return;
  if (!parse_number_cell (st_table_get_cell (c->table, c->row, col), value, percent))
    add_problem (c, ST_PROBLEM_BAD_VALUE, col, _("“%s” is not a number"), text);
}

static void
check_measure_row (Checker *c)
{
  Parsed *p = c->parsed;
  guint ref_col, title_col, col;
  g_autofree char *unit = NULL, *polarity = NULL, *frequency = NULL, *bdate = NULL;
  const char *code = NULL;
  gboolean percent = FALSE;

  p->level = LEVEL_MEASURE;
  p->ref = field_text (c, ST_FIELD_MEASURE_REF, FALSE, &ref_col);
  p->text = field_text (c, ST_FIELD_MEASURE_TITLE, TRUE, &title_col);
  p->definition = field_text (c, ST_FIELD_DEFINITION, TRUE, NULL);
  p->notes = field_text (c, ST_FIELD_NOTES, TRUE, NULL);

  if (p->ref == NULL || *p->ref == '\0')
    add_problem (c, ST_PROBLEM_EMPTY, ref_col, _("the measure’s ref is empty"));
  else
    {
      if (g_hash_table_contains (c->seen, p->ref))
        add_problem (c, ST_PROBLEM_DUPLICATE_IN_FILE, ref_col, _("ref “%s” is also in row %u"),
                     p->ref, GPOINTER_TO_UINT (g_hash_table_lookup (c->seen, p->ref)));
      else
        g_hash_table_insert (c->seen, g_strdup (p->ref), GUINT_TO_POINTER (p->source_row));
      if (c->plan && st_plan_find_measure (c->plan, p->ref))
        add_problem (c, ST_PROBLEM_DUPLICATE_IN_PLAN, ref_col, _("the plan already has a measure “%s”"), p->ref);
    }
  if (p->text == NULL || *p->text == '\0')
    add_problem (c, ST_PROBLEM_EMPTY, title_col, _("the measure’s name is empty"));

  unit = field_text (c, ST_FIELD_UNIT, FALSE, &col);
  if (unit && *unit)
    {
      if (!parse_choice (unit, &code, "percent=percent|percentage|pct|rate", "number=number|count|no|num|integer|numeric",
                         "days=days|day|weeks", NULL) && !g_str_equal (unit, "%"))
        add_problem (c, ST_PROBLEM_BAD_VALUE, col, _("“%s” is not a unit (percent, number or days)"), unit);
      else
        p->unit = g_strdup (g_str_equal (unit, "%") ? "percent" : code);
    }
  polarity = field_text (c, ST_FIELD_POLARITY, FALSE, &col);
  if (polarity && *polarity)
    {
      if (!parse_choice (polarity, &code, "higher=higher|high|higher is better|up|increase|bigger is better|more",
                         "lower=lower|low|lower is better|down|decrease|smaller is better|less",
                         "target=target|on target|close to target|nearer target",
                         "data=data|data only|none|context|n a|na", NULL))
        add_problem (c, ST_PROBLEM_BAD_VALUE, col,
                     _("“%s” is not a polarity (higher is better, lower is better, target, data only)"), polarity);
      else
        p->polarity = g_strdup (code);
    }
  frequency = field_text (c, ST_FIELD_FREQUENCY, FALSE, &col);
  if (frequency && *frequency)
    {
      if (!parse_choice (frequency, &code, "monthly=monthly|month|every month", "quarterly=quarterly|quarter|qtr",
                         "termly=termly|term|each term", "annual=annual|annually|yearly|year|academic year", NULL))
        add_problem (c, ST_PROBLEM_BAD_VALUE, col,
                     _("“%s” is not a frequency (monthly, quarterly, termly, annual)"), frequency);
      else
        p->frequency = g_strdup (code);
    }
  check_number (c, ST_FIELD_BASELINE, &p->baseline, &percent);
  check_number (c, ST_FIELD_MEASURE_TARGET, &p->target, p->unit || percent ? NULL : &percent);
  /* without a unit column, figures shown as percentages make a percentage */
  if (p->unit == NULL && percent && !(unit && *unit))
    p->unit = g_strdup ("percent");
  percent = FALSE;
  check_number (c, ST_FIELD_TOLERANCE, &p->tolerance, &percent);
  /* a tolerance written "5%" is relative, unless the measure is itself a percentage */
  p->tolerance_percent = percent && g_strcmp0 (p->unit, "percent") != 0;
  if (!isnan (p->tolerance) && p->tolerance < 0)
    add_problem (c, ST_PROBLEM_BAD_VALUE, G_MAXUINT, _("the tolerance cannot be negative"));

  bdate = field_text (c, ST_FIELD_BASELINE_DATE, FALSE, &col);
  if (bdate && *bdate)
    {
      const StCell *cell = st_table_get_cell (c->table, c->row, col);
      int month;

      if (cell->kind == ST_CELL_DATE)
        p->baseline_date = g_strdup (cell->text);
      else if (parse_month_or_date (bdate, &month))
        {
          /* a day when one is given, else the month's first */
          int d = 1, m = 0, y = 0;
          if (sscanf (bdate, "%4d-%2d-%2d", &y, &m, &d) != 3 && sscanf (bdate, "%2d/%2d/%4d", &d, &m, &y) != 3)
            d = 1;
          if (!g_date_valid_dmy (d, st_month_get_month (month), st_month_get_year (month)))
            d = 1;
          p->baseline_date = g_strdup_printf ("%04d-%02d-%02d", st_month_get_year (month), st_month_get_month (month), d);
        }
      else
        add_problem (c, ST_PROBLEM_BAD_DATE, col, _("“%s” is not a date"), bdate);
    }
}

static void
check_values_row (Checker    *c,
                  GHashTable *seen_values)
{
  Parsed *p = c->parsed;
  guint ref_col, col;
  StMeasure *measure = NULL;
  int row_month = ST_MONTH_NONE;

  p->level = LEVEL_VALUES;
  p->values = g_array_new (FALSE, TRUE, sizeof (ParsedValue));
  g_array_set_clear_func (p->values, free_value);
  p->ref = field_text (c, ST_FIELD_MEASURE_REF, FALSE, &ref_col);
  if (p->ref == NULL || *p->ref == '\0')
    {
      add_problem (c, ST_PROBLEM_EMPTY, ref_col, _("the measure’s ref is empty"));
      return;
    }
  if (c->plan == NULL || (measure = st_plan_find_measure (c->plan, p->ref)) == NULL)
    {
      add_problem (c, ST_PROBLEM_MISSING_PARENT, ref_col,
                   _("the plan has no measure “%s”: import the measures first"), p->ref);
      return;
    }

  if (has_field (c->mapping, ST_FIELD_MONTH))
    {
      g_autofree char *month = field_text (c, ST_FIELD_MONTH, FALSE, &col);

      if (month == NULL || *month == '\0')
        add_problem (c, ST_PROBLEM_EMPTY, col, _("the month is empty"));
      else if (!cell_month (st_table_get_cell (c->table, c->row, col), &row_month))
        add_problem (c, ST_PROBLEM_BAD_DATE, col, _("“%s” is not a month"), month);
    }

  for (col = 0; col < st_import_mapping_get_n_columns (c->mapping); col++)
    {
      const StImportColumn *column = st_import_mapping_get_column (c->mapping, col);
      const StCell *cell = st_table_get_cell (c->table, c->row, col);
      ParsedValue v = { 0, NAN, NULL, col };
      g_autofree char *key = NULL;

      if (column->field == ST_FIELD_VALUE)
        v.month = row_month;
      else if (column->field == ST_FIELD_MONTH_VALUE)
        v.month = column->month;
      else
        continue;
      if (cell == NULL || v.month == ST_MONTH_NONE)
        continue;
      if (!parse_number_cell (cell, &v.value, NULL))
        {
          add_problem (c, ST_PROBLEM_BAD_VALUE, col, _("“%s” is not a number"), cell->text);
          continue;
        }
      if (isnan (v.value))
        continue;
      if (g_strcmp0 (st_record_get_string (ST_RECORD (measure), "unit"), "percent") == 0 &&
          (v.value < 0 || v.value > 100))
        {
          add_problem (c, ST_PROBLEM_BAD_VALUE, col, _("%s is not a percentage from 0 to 100"), cell->text);
          continue;
        }
      key = g_strdup_printf ("%s\n%d", p->ref, v.month);
      if (g_hash_table_contains (seen_values, key))
        {
          g_autofree char *display = st_month_to_display (v.month);
          add_problem (c, ST_PROBLEM_DUPLICATE_IN_FILE, col, _("“%s” for %s is also in row %u"), p->ref, display,
                       GPOINTER_TO_UINT (g_hash_table_lookup (seen_values, key)));
          continue;
        }
      g_hash_table_insert (seen_values, g_steal_pointer (&key), GUINT_TO_POINTER (p->source_row));
      v.note = field_text (c, ST_FIELD_VALUE_NOTE, TRUE, NULL);
      g_array_append_val (p->values, v);
    }
}

/* Checks every row against the file and the plan; writes nothing. @plan may
 * be NULL (then nothing is "already in the plan"). */
StImportCheck *
st_import_check (StPlan          *plan,
                 StTable         *table,
                 StImportMapping *mapping)
{
  StImportCheck *check = g_new0 (StImportCheck, 1);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) seen_values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) plan_areas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) plan_subs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) plan_sub_area = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GArray) period_of_column = NULL;
  Checker c = { check, plan, table, mapping, G_MAXUINT, NULL, seen };
  StImportKind kind = st_import_mapping_get_kind (mapping);
  guint header = st_import_mapping_get_header_row (mapping);

  check->kind = kind;
  check->problems = g_ptr_array_new_with_free_func (free_problem);
  check->rows = g_ptr_array_new_with_free_func (free_parsed);
  check->periods = g_ptr_array_new_with_free_func (free_period_ref);

  index_plan (plan, plan_areas, plan_subs, plan_sub_area);
  c.row = header;
  period_of_column = resolve_periods (&c);

  /* the mapping itself */
  switch (kind)
    {
    case ST_IMPORT_ACTIONS:
      if (!has_field (mapping, ST_FIELD_ACTION_REF))
        add_problem (&c, ST_PROBLEM_MAPPING, G_MAXUINT, _("no column is mapped to “Ref”"));
      if (!has_field (mapping, ST_FIELD_ACTION_TEXT))
        add_problem (&c, ST_PROBLEM_MAPPING, G_MAXUINT, _("no column is mapped to “Action”"));
      break;
    case ST_IMPORT_MEASURES:
      if (!has_field (mapping, ST_FIELD_MEASURE_REF))
        add_problem (&c, ST_PROBLEM_MAPPING, G_MAXUINT, _("no column is mapped to “Measure ref”"));
      if (!has_field (mapping, ST_FIELD_MEASURE_TITLE))
        add_problem (&c, ST_PROBLEM_MAPPING, G_MAXUINT, _("no column is mapped to “Measure”"));
      break;
    case ST_IMPORT_VALUES:
      if (!has_field (mapping, ST_FIELD_MEASURE_REF))
        add_problem (&c, ST_PROBLEM_MAPPING, G_MAXUINT, _("no column is mapped to “Measure ref”"));
      if (!has_field (mapping, ST_FIELD_MONTH_VALUE) &&
          !(has_field (mapping, ST_FIELD_MONTH) && has_field (mapping, ST_FIELD_VALUE)))
        add_problem (&c, ST_PROBLEM_MAPPING, G_MAXUINT,
                     _("map a “Month” and a “Value” column, or columns that are months"));
      break;
    case ST_IMPORT_N_KINDS:
    default:
      break;
    }
  if (check->problems->len > 0)
    {
      /* A mapping problem concerns every row: none can be imported. */
      for (guint i = 0; i < check->problems->len; i++)
        {
          StImportProblem *p = check->problems->pdata[i];
          if (p->kind != ST_PROBLEM_MAPPING)
            continue;
          p->row = 0;
          if (p->column != G_MAXUINT)
            {
              g_autofree char *message = p->message;
              p->message = g_strdup_printf (_("column “%s”: %s"), p->header ? p->header : "", message);
            }
        }
      check->n_rows = st_table_get_n_rows (table) > header ? st_table_get_n_rows (table) - header - 1 : 0;
      return check;
    }

  for (guint r = header + 1; r < st_table_get_n_rows (table); r++)
    {
      Parsed *p = g_new0 (Parsed, 1);
      gboolean any = FALSE;

      /* rows with nothing in the mapped columns are not data */
      for (guint col = 0; col < st_import_mapping_get_n_columns (mapping) && !any; col++)
        if (st_import_mapping_get_column (mapping, col)->field != ST_FIELD_IGNORE)
          {
            g_autofree char *t = g_strstrip (g_strdup (st_table_get_text (table, r, col)));
            any = *t != '\0';
          }
      if (!any)
        {
          g_free (p);
          continue;
        }

      p->source_row = st_table_get_row (table, r)->source_row;
      p->valid = TRUE;
      p->target_month = ST_MONTH_NONE;
      p->baseline = p->target = p->tolerance = NAN;
      c.row = r;
      c.parsed = p;
      switch (kind)
        {
        case ST_IMPORT_ACTIONS:
          check_action_row (&c, period_of_column, plan_sub_area);
          break;
        case ST_IMPORT_MEASURES:
          check_measure_row (&c);
          break;
        case ST_IMPORT_VALUES:
          check_values_row (&c, seen_values);
          break;
        case ST_IMPORT_N_KINDS:
        default:
          break;
        }
      check->n_rows++;
      check->n_valid += p->valid;
      g_ptr_array_add (check->rows, p);
      c.parsed = NULL;
    }
  return check;
}

/* Apply ------------------------------------------------------------------- */

static void
prefix_error (GError     **error,
              guint        row,
              const char  *what)
{
  if (error && *error)
    {
      g_autofree char *message = (*error)->message;
      (*error)->message = row ? g_strdup_printf (_("row %u (%s): %s"), row, what, message)
                              : g_strdup_printf ("%s: %s", what, message);
    }
}

static StRecord *
ensure_area (StPlan      *plan,
             GHashTable  *areas,
             const char  *number,
             const char  *title,
             guint        row,
             StImportCounts *counts,
             GError     **error)
{
  StRecord *area = g_hash_table_lookup (areas, number);

  if (area)
    {
      /* a heading after actions that created the area names it */
      if (title && *title && *st_record_get_string (area, "title") == '\0' &&
          !st_plan_set_string (plan, area, "title", title, error))
        return NULL;
      return area;
    }
  area = st_plan_insert (plan, ST_TYPE_AREA, NULL, -1, error, "number", number, "title", title ? title : "", NULL);
  if (area == NULL)
    {
      prefix_error (error, row, number);
      return NULL;
    }
  counts->areas++;
  g_hash_table_insert (areas, g_strdup (number), area);
  return area;
}

static StRecord *
ensure_sub_action (StPlan         *plan,
                   GHashTable     *areas,
                   GHashTable     *subs,
                   Parsed         *p,
                   StImportCounts *counts,
                   GError        **error)
{
  StRecord *sub = g_hash_table_lookup (subs, p->sub_ref);
  StRecord *area;
  const char *text = p->level == LEVEL_SUB_ACTION ? p->sub_text : NULL;

  if (sub)
    {
      if (text && *text && *st_record_get_string (sub, "text") == '\0' &&
          !st_plan_set_string (plan, sub, "text", text, error))
        return NULL;
      return sub;
    }
  if (!(area = ensure_area (plan, areas, p->area_ref, p->level == LEVEL_AREA ? p->area_title : p->area_title,
                            p->source_row, counts, error)))
    return NULL;
  sub = st_plan_insert (plan, ST_TYPE_SUB_ACTION, area, -1, error, "ref", p->sub_ref,
                        "text", p->sub_text ? p->sub_text : "", NULL);
  if (sub == NULL)
    {
      prefix_error (error, p->source_row, p->sub_ref);
      return NULL;
    }
  counts->sub_actions++;
  g_hash_table_insert (subs, g_strdup (p->sub_ref), sub);
  return sub;
}

static gboolean
apply_rows (StPlan         *plan,
            StImportCheck  *check,
            gboolean        valid_only,
            StImportCounts *counts,
            GError        **error)
{
  g_autoptr(GHashTable) areas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) subs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) periods = g_ptr_array_new ();

  index_plan (plan, areas, subs, NULL);

  /* periods first, in date order among the plan's */
  for (guint i = 0; i < check->periods->len; i++)
    {
      PeriodRef *ref = check->periods->pdata[i];
      StPeriod *period = ref->existing;

      if (period == NULL && ref->end_date)
        {
          GListModel *list = st_plan_get_periods (plan);
          guint position = 0;

          for (guint j = 0; j < g_list_model_get_n_items (list); j++)
            {
              g_autoptr(StPeriod) other = g_list_model_get_item (list, j);
              if (g_strcmp0 (st_record_get_string (ST_RECORD (other), "end-date"), ref->end_date) <= 0)
                position = j + 1;
            }
          period = (StPeriod *) st_plan_insert (plan, ST_TYPE_PERIOD, NULL, position, error, "label", ref->label,
                                                "end-date", ref->end_date, NULL);
          if (period == NULL)
            {
              prefix_error (error, 0, ref->label);
              return FALSE;
            }
          counts->periods++;
        }
      g_ptr_array_add (periods, period);
    }

  for (guint i = 0; i < check->rows->len; i++)
    {
      Parsed *p = check->rows->pdata[i];

      if (!p->valid)
        {
          if (!valid_only)
            return FALSE;   /* st_import_apply has refused already */
          counts->skipped_rows++;
          continue;
        }
      switch (p->level)
        {
        case LEVEL_AREA:
          if (!ensure_area (plan, areas, p->area_ref, p->area_title, p->source_row, counts, error))
            return FALSE;
          break;

        case LEVEL_SUB_ACTION:
          if (!ensure_sub_action (plan, areas, subs, p, counts, error))
            return FALSE;
          break;

        case LEVEL_ACTION:
          {
            g_autofree char *iso = p->target_month ? st_month_to_iso (p->target_month) : NULL;
            StRecord *sub = ensure_sub_action (plan, areas, subs, p, counts, error);
            StRecord *action;

            if (sub == NULL)
              return FALSE;
            action = st_plan_insert (plan, ST_TYPE_ACTION, sub, -1, error,
                                     "ref", p->ref, "text", p->text,
                                     "target-month", iso,
                                     "target-text", p->target_text ? p->target_text : "",
                                     "owner", p->owner ? p->owner : "",
                                     "measure-refs", p->measure_refs ? p->measure_refs : "",
                                     "evidence", p->evidence,
                                     NULL);
            if (action == NULL)
              {
                prefix_error (error, p->source_row, p->ref);
                return FALSE;
              }
            counts->actions++;
            for (guint r = 0; p->ratings && r < p->ratings->len; r++)
              {
                ParsedRating *rating = &g_array_index (p->ratings, ParsedRating, r);

                if (!st_plan_set_rating (plan, ST_ACTION (action), periods->pdata[rating->period], rating->status,
                                         rating->commentary, error))
                  {
                    prefix_error (error, p->source_row, p->ref);
                    return FALSE;
                  }
                counts->ratings++;
              }
          }
          break;

        case LEVEL_MEASURE:
          {
            StRecord *measure;
            gboolean percent_tolerance = p->tolerance_percent;

            measure = st_plan_insert (plan, ST_TYPE_MEASURE, NULL, -1, error,
                                      "ref", p->ref, "title", p->text,
                                      "definition", p->definition ? p->definition : "",
                                      "unit", p->unit ? p->unit : "number",
                                      "polarity", p->polarity ? p->polarity : "higher",
                                      "frequency", p->frequency ? p->frequency : "monthly",
                                      "baseline-date", p->baseline_date,
                                      "tolerance", isnan (p->tolerance) ? 0.0 : p->tolerance,
                                      "tolerance-kind", percent_tolerance ? "percent" : "absolute",
                                      "notes", p->notes ? p->notes : "",
                                      NULL);
            /* no value is NULL, the columns' default: only figures are set */
            if (measure == NULL ||
                (!isnan (p->baseline) && !st_plan_set_double (plan, measure, "baseline-value", p->baseline, error)) ||
                (!isnan (p->target) && !st_plan_set_double (plan, measure, "target", p->target, error)))
              {
                prefix_error (error, p->source_row, p->ref);
                return FALSE;
              }
            counts->measures++;
          }
          break;

        case LEVEL_VALUES:
          {
            StMeasure *measure = st_plan_find_measure (plan, p->ref);

            for (guint v = 0; v < p->values->len; v++)
              {
                ParsedValue *value = &g_array_index (p->values, ParsedValue, v);

                if (!st_plan_set_measure_value (plan, measure, value->month, value->value, value->note, error))
                  {
                    prefix_error (error, p->source_row, p->ref);
                    return FALSE;
                  }
                counts->values++;
              }
          }
          break;

        default:
          break;
        }
    }
  return TRUE;
}

gboolean
st_import_apply (StPlan          *plan,
                 StTable         *table,
                 StImportMapping *mapping,
                 StImportCheck   *check,
                 gboolean         valid_only,
                 StImportCounts  *counts,
                 GError         **error)
{
  StImportCounts local_counts = { 0 };
  g_autoptr(GError) local = NULL;
  gboolean mapping_problem = FALSE;

  g_return_val_if_fail (ST_IS_PLAN (plan), FALSE);

  for (guint i = 0; i < check->problems->len; i++)
    mapping_problem |= ((StImportProblem *) check->problems->pdata[i])->kind == ST_PROBLEM_MAPPING;
  if (mapping_problem || (!valid_only && check->problems->len > 0))
    {
      g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_PROBLEMS,
                   g_dngettext (GETTEXT_PACKAGE, "The import has %u problem; nothing was imported",
                                "The import has %u problems; nothing was imported", check->problems->len),
                   check->problems->len);
      return FALSE;
    }

  if (!st_plan_begin (plan, _("Import"), error))
    return FALSE;
  if (!apply_rows (plan, check, valid_only, &local_counts, &local))
    {
      st_plan_rollback (plan);
      if (local == NULL)
        g_set_error (&local, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FAILED, _("The import failed"));
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (!st_plan_commit (plan, error))
    return FALSE;
  if (counts)
    *counts = local_counts;
  return TRUE;
}

char *
st_import_counts_to_string (const StImportCounts *c)
{
  g_autoptr(GString) out = g_string_new (NULL);
  struct { guint n; const char *one; const char *many; } parts[] = {
    { c->actions, N_("action"), N_("actions") },
    { c->sub_actions, N_("sub-action"), N_("sub-actions") },
    { c->areas, N_("priority area"), N_("priority areas") },
    { c->ratings, N_("rating"), N_("ratings") },
    { c->periods, N_("reporting period"), N_("reporting periods") },
    { c->measures, N_("measure"), N_("measures") },
    { c->values, N_("monthly value"), N_("monthly values") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i].n == 0)
        continue;
      if (out->len)
        g_string_append (out, ", ");
      /* TRANSLATORS: a count and what is counted, "74 actions" */
      g_string_append_printf (out, C_("count", "%u %s"), parts[i].n,
                              g_dngettext (GETTEXT_PACKAGE, parts[i].one, parts[i].many, parts[i].n));
    }
  if (out->len == 0)
    g_string_append (out, _("nothing"));
  if (c->skipped_rows)
    {
      g_string_append (out, "; ");
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u row with problems left out",
                                                "%u rows with problems left out", c->skipped_rows),
                              c->skipped_rows);
    }
  return g_strdup_printf (_("Imported %s"), out->str);
}
