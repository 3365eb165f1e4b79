/* st-records.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-records"

#include "config.h"

#include <math.h>
#include <string.h>

#include "st-records.h"

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
add_string (StRecordClass *klass,
            const char    *name,
            const char    *default_value)
{
  st_record_class_add_column (klass, g_param_spec_string (name, NULL, NULL, default_value, PARAM_FLAGS));
}

static void
add_int (StRecordClass *klass,
         const char    *name)
{
  st_record_class_add_column (klass, g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0, PARAM_FLAGS));
}

static void
add_boolean (StRecordClass *klass,
             const char    *name)
{
  st_record_class_add_column (klass, g_param_spec_boolean (name, NULL, NULL, FALSE, PARAM_FLAGS));
}

static void
add_double (StRecordClass *klass,
            const char    *name,
            double         default_value)
{
  if (isnan (default_value))
    st_record_class_add_nullable_double (klass, name);
  else
    st_record_class_add_column (klass, g_param_spec_double (name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE,
                                                            default_value, PARAM_FLAGS));
}

#define DEFINE_RECORD(TypeName, type_name) \
  struct _##TypeName { StRecord parent_instance; }; \
  G_DEFINE_FINAL_TYPE (TypeName, type_name, ST_TYPE_RECORD) \
  static void type_name##_init (TypeName *self) { }

/* plan: the one row describing the plan itself */
DEFINE_RECORD (StPlanInfo, st_plan_info)

static void
st_plan_info_class_init (StPlanInfoClass *klass)
{
  StRecordClass *record_class = ST_RECORD_CLASS (klass);

  record_class->table = "plan";
  add_string (record_class, "title", "");
  add_string (record_class, "local-area", "");
  add_string (record_class, "description", "");
  add_string (record_class, "vision", "");
  add_string (record_class, "created", "");
}

/* period */
DEFINE_RECORD (StPeriod, st_period)

static void
st_period_class_init (StPeriodClass *klass)
{
  StRecordClass *record_class = ST_RECORD_CLASS (klass);

  record_class->table = "period";
  add_string (record_class, "label", "");
  add_string (record_class, "end-date", "");
}

const char *
st_period_get_label (StPeriod *self)
{
  return st_record_get_string (ST_RECORD (self), "label");
}

int
st_period_get_end_month (StPeriod *self)
{
  const char *end = st_record_get_string (ST_RECORD (self), "end-date");
  g_autofree char *year_month = NULL;
  int month;

  if (end == NULL)
    return ST_MONTH_NONE;
  year_month = g_strndup (end, 7);   /* "YYYY-MM-DD" → "YYYY-MM" */
  return st_month_parse (year_month, &month) ? month : ST_MONTH_NONE;
}

/* status: the rating scale; the row id is the StStatus */
DEFINE_RECORD (StStatusInfo, st_status_info)

static void
st_status_info_class_init (StStatusInfoClass *klass)
{
  StRecordClass *record_class = ST_RECORD_CLASS (klass);

  record_class->table = "status";
  add_string (record_class, "code", "");
  add_string (record_class, "letter", "");
  add_string (record_class, "label", "");
  add_string (record_class, "definition", "");
  add_string (record_class, "colour", "#000000");
}

StStatus
st_status_info_get_status (StStatusInfo *self)
{
  return (StStatus) st_record_get_id (ST_RECORD (self));
}

/* governance */
DEFINE_RECORD (StBoard, st_board)

static void
st_board_class_init (StBoardClass *klass)
{
  StRecordClass *record_class = ST_RECORD_CLASS (klass);

  record_class->table = "board";
  add_string (record_class, "name", "");
  add_string (record_class, "kind", "board");
  add_int (record_class, "reports-to");
  add_string (record_class, "cadence", "");
  add_string (record_class, "description", "");
}

DEFINE_RECORD (StStrategy, st_strategy)

static void
st_strategy_class_init (StStrategyClass *klass)
{
  StRecordClass *record_class = ST_RECORD_CLASS (klass);

  record_class->table = "strategy";
  add_string (record_class, "name", "");
  add_int (record_class, "board-id");
}

DEFINE_RECORD (StPerson, st_person)

static void
st_person_class_init (StPersonClass *klass)
{
  StRecordClass *record_class = ST_RECORD_CLASS (klass);

  record_class->table = "person";
  add_string (record_class, "name", "");
  add_string (record_class, "role", "");
  add_string (record_class, "organisation", "");
}

/* the improvement plan */
DEFINE_RECORD (StArea, st_area)

static void
st_area_class_init (StAreaClass *klass)
{
  StRecordClass *record_class = ST_RECORD_CLASS (klass);

  record_class->table = "area";
  record_class->child_type = ST_TYPE_SUB_ACTION;
  add_string (record_class, "number", "");
  add_string (record_class, "title", "");
  add_string (record_class, "description", "");
}

DEFINE_RECORD (StSubAction, st_sub_action)

static void
st_sub_action_class_init (StSubActionClass *klass)
{
  StRecordClass *record_class = ST_RECORD_CLASS (klass);

  record_class->table = "sub_action";
  record_class->parent_column = "area_id";
  record_class->child_type = ST_TYPE_ACTION;
  add_string (record_class, "ref", "");
  add_string (record_class, "text", "");
}

/* action: a record with ratings */
struct _StAction
{
  StRecord  parent_instance;
  StRating *ratings;   /* few, one per period: an array of exactly n_ratings */
  guint     n_ratings;
};

G_DEFINE_FINAL_TYPE (StAction, st_action, ST_TYPE_RECORD)

enum { RATINGS_CHANGED, N_ACTION_SIGNALS };
static guint action_signals[N_ACTION_SIGNALS];

/* Texts of ratings and values: "" is shared (most are empty), others owned. */
static char *
dup_text (const char *text)
{
  return text == NULL || *text == '\0' ? (char *) st_record_empty_string : g_strdup (text);
}

static void
free_text (gpointer  record,
           char     *text)
{
  if (st_record_owns_text (ST_RECORD (record), text))
    g_free (text);
}

static void
clear_ratings (StAction *self)
{
  for (guint i = 0; i < self->n_ratings; i++)
    free_text (self, self->ratings[i].commentary);
  g_clear_pointer (&self->ratings, g_free);
  self->n_ratings = 0;
}

static void
st_action_finalize (GObject *object)
{
  clear_ratings (ST_ACTION (object));
  G_OBJECT_CLASS (st_action_parent_class)->finalize (object);
}

static void
st_action_class_init (StActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StRecordClass *record_class = ST_RECORD_CLASS (klass);

  object_class->finalize = st_action_finalize;

  record_class->table = "action";
  record_class->parent_column = "sub_action_id";
  add_string (record_class, "ref", "");
  add_string (record_class, "text", "");
  add_string (record_class, "target-month", NULL);
  add_string (record_class, "target-text", "");
  add_string (record_class, "owner", "");
  add_int (record_class, "lead-board-id");
  add_string (record_class, "measure-refs", "");
  add_boolean (record_class, "evidence");

  /**
   * StAction::ratings-changed:
   *
   * A rating or commentary of this action changed, for any period.
   */
  action_signals[RATINGS_CHANGED] =
    g_signal_new ("ratings-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
st_action_init (StAction *self)
{
}

const char *
st_action_get_ref (StAction *self)
{
  return st_record_get_string (ST_RECORD (self), "ref");
}

const char *
st_action_get_text (StAction *self)
{
  return st_record_get_string (ST_RECORD (self), "text");
}

const StRating *
st_action_get_rating (StAction *self,
                      gint64    period_id)
{
  g_return_val_if_fail (ST_IS_ACTION (self), NULL);

  for (guint i = 0; i < self->n_ratings; i++)
    if (self->ratings[i].period_id == period_id)
      return &self->ratings[i];
  return NULL;
}

StStatus
st_action_get_status (StAction *self,
                      gint64    period_id)
{
  const StRating *rating = st_action_get_rating (self, period_id);
  return rating ? rating->status : ST_STATUS_NONE;
}

const char *
st_action_get_commentary (StAction *self,
                          gint64    period_id)
{
  const StRating *rating = st_action_get_rating (self, period_id);
  return rating && rating->commentary ? rating->commentary : "";
}

guint
st_action_get_n_ratings (StAction *self)
{
  g_return_val_if_fail (ST_IS_ACTION (self), 0);
  return self->n_ratings;
}

const StRating *
st_action_get_nth_rating (StAction *self,
                          guint     index)
{
  g_return_val_if_fail (ST_IS_ACTION (self), NULL);
  g_return_val_if_fail (index < self->n_ratings, NULL);
  return &self->ratings[index];
}

void
st_action_store_rating (StAction   *self,
                        gint64      period_id,
                        StStatus    status,
                        const char *commentary,
                        gboolean    notify)
{
  guint i;

  g_return_if_fail (ST_IS_ACTION (self));

  for (i = 0; i < self->n_ratings; i++)
    if (self->ratings[i].period_id == period_id)
      break;

  if (status == ST_STATUS_NONE)
    {
      if (i < self->n_ratings)
        {
          free_text (self, self->ratings[i].commentary);
          memmove (&self->ratings[i], &self->ratings[i + 1], (self->n_ratings - i - 1) * sizeof (StRating));
          self->n_ratings--;
          if (self->n_ratings == 0)
            g_clear_pointer (&self->ratings, g_free);
          else
            self->ratings = g_renew (StRating, self->ratings, self->n_ratings);
        }
    }
  else if (i < self->n_ratings)
    {
      StRating *rating = &self->ratings[i];
      char *old = rating->commentary;

      rating->status = status;
      rating->commentary = dup_text (commentary);
      free_text (self, old);
    }
  else
    {
      self->ratings = g_renew (StRating, self->ratings, self->n_ratings + 1);
      self->ratings[self->n_ratings++] = (StRating) { period_id, status, dup_text (commentary) };
    }

  if (notify)
    g_signal_emit (self, action_signals[RATINGS_CHANGED], 0);
}

/* Loading: the ratings of an action, in one block of the right size; takes
 * their commentaries (allocated, st_record_empty_string, or in the action's
 * text pool). The outcome is
 * that of storing them in turn: a period given twice keeps its last rating,
 * and a rating with no status removes its period's. */
void
st_action_load_ratings (StAction *self,
                        StRating *ratings,
                        guint     n)
{
  guint total;

  g_return_if_fail (ST_IS_ACTION (self));

  if (n == 0)
    return;
  /* Has some already only when a damaged file lists them out of order */
  total = self->n_ratings + n;
  self->ratings = g_renew (StRating, self->ratings, total);
  for (guint i = 0; i < n; i++)
    {
      guint j;

      for (j = 0; j < self->n_ratings; j++)
        if (self->ratings[j].period_id == ratings[i].period_id)
          break;
      if (j < self->n_ratings)
        {
          free_text (self, self->ratings[j].commentary);
          memmove (&self->ratings[j], &self->ratings[j + 1], (self->n_ratings - j - 1) * sizeof (StRating));
          self->n_ratings--;
        }
      if (ratings[i].status == ST_STATUS_NONE)
        free_text (self, ratings[i].commentary);
      else
        self->ratings[self->n_ratings++] = ratings[i];
    }
  if (self->n_ratings == 0)
    g_clear_pointer (&self->ratings, g_free);
  else if (self->n_ratings < total)
    self->ratings = g_renew (StRating, self->ratings, self->n_ratings);
}

void
st_action_forget_period (StAction *self,
                         gint64    period_id)
{
  if (st_action_get_rating (self, period_id) != NULL)
    st_action_store_rating (self, period_id, ST_STATUS_NONE, NULL, TRUE);
}

int
st_action_get_target (StAction *self)
{
  int month;

  if (st_month_parse (st_record_get_string (ST_RECORD (self), "target-month"), &month))
    return month;
  return ST_MONTH_NONE;
}

/* Overdue: the target month has passed by @as_of_month and the action is not
 * complete (Blue) in the period. */
gboolean
st_action_is_overdue (StAction *self,
                      gint64    period_id,
                      int       as_of_month)
{
  int target = st_action_get_target (self);

  if (target == ST_MONTH_NONE || as_of_month == ST_MONTH_NONE)
    return FALSE;
  return target < as_of_month && st_action_get_status (self, period_id) != ST_STATUS_BLUE;
}

/* "1.1, Insight" or "1.1 and Insight" or "2.8, 2.9," → { "1.1", "Insight" } */
GStrv
st_action_dup_measure_refs (StAction *self)
{
  static GRegex *separator;
  const char *refs = st_record_get_string (ST_RECORD (self), "measure-refs");
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (refs == NULL)
    return g_strv_builder_end (builder);

  /* Compiled once: reports split the references of every action, and
   * compiling per call made a scorecard of a big plan take seconds. */
  if (*refs == '\0')
    return g_strv_builder_end (builder);
  if (g_once_init_enter (&separator))
    g_once_init_leave (&separator, g_regex_new ("\\s*(?:,|;|\\band\\b)\\s*", G_REGEX_OPTIMIZE, 0, NULL));
  /* A damaged or hand-made file may hold any bytes here: GRegex needs UTF-8. */
  if (!g_utf8_validate (refs, -1, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (refs, -1);
      parts = g_regex_split (separator, valid, 0);
    }
  else
    parts = g_regex_split (separator, refs, 0);
  if (parts == NULL)
    return g_strv_builder_end (builder);
  for (guint i = 0; parts[i]; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  return g_strv_builder_end (builder);
}

/* the strategy */
DEFINE_RECORD (StOutcome, st_outcome)

static void
st_outcome_class_init (StOutcomeClass *klass)
{
  StRecordClass *record_class = ST_RECORD_CLASS (klass);

  record_class->table = "outcome";
  record_class->child_type = ST_TYPE_OUTCOME_ITEM;
  add_string (record_class, "name", "");
  add_string (record_class, "statement", "");
}

DEFINE_RECORD (StOutcomeItem, st_outcome_item)

static void
st_outcome_item_class_init (StOutcomeItemClass *klass)
{
  StRecordClass *record_class = ST_RECORD_CLASS (klass);

  record_class->table = "outcome_item";
  record_class->parent_column = "outcome_id";
  add_string (record_class, "kind", "measure");
  add_string (record_class, "text", "");
  add_boolean (record_class, "in-development");
  add_string (record_class, "measure-ref", "");
}

DEFINE_RECORD (StVoice, st_voice)

static void
st_voice_class_init (StVoiceClass *klass)
{
  StRecordClass *record_class = ST_RECORD_CLASS (klass);

  record_class->table = "voice";
  add_string (record_class, "kind", "priority");
  add_string (record_class, "text", "");
}

DEFINE_RECORD (StDevelopmentArea, st_development_area)

static void
st_development_area_class_init (StDevelopmentAreaClass *klass)
{
  StRecordClass *record_class = ST_RECORD_CLASS (klass);

  record_class->table = "development_area";
  add_string (record_class, "title", "");
  add_string (record_class, "oversight", "");
  add_string (record_class, "responsible", "");
}

/* measure: a record with monthly values */
struct _StMeasure
{
  StRecord        parent_instance;
  StMeasureValue *values;   /* sorted by month: an array of exactly n_values */
  guint           n_values;
};

G_DEFINE_FINAL_TYPE (StMeasure, st_measure, ST_TYPE_RECORD)

enum { VALUES_CHANGED, N_MEASURE_SIGNALS };
static guint measure_signals[N_MEASURE_SIGNALS];

static void
st_measure_finalize (GObject *object)
{
  StMeasure *self = ST_MEASURE (object);

  for (guint i = 0; i < self->n_values; i++)
    free_text (self, self->values[i].note);
  g_clear_pointer (&self->values, g_free);
  G_OBJECT_CLASS (st_measure_parent_class)->finalize (object);
}

static void
st_measure_class_init (StMeasureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StRecordClass *record_class = ST_RECORD_CLASS (klass);

  object_class->finalize = st_measure_finalize;

  record_class->table = "measure";
  add_string (record_class, "ref", "");
  add_string (record_class, "title", "");
  add_string (record_class, "definition", "");
  add_string (record_class, "unit", "number");
  add_string (record_class, "polarity", "higher");
  add_string (record_class, "frequency", "monthly");
  add_double (record_class, "baseline-value", NAN);
  add_string (record_class, "baseline-date", NULL);
  add_double (record_class, "target", NAN);
  add_double (record_class, "tolerance", 0.0);
  add_string (record_class, "tolerance-kind", "absolute");
  add_string (record_class, "notes", "");

  /**
   * StMeasure::values-changed:
   *
   * A monthly value of this measure was added, changed or removed.
   */
  measure_signals[VALUES_CHANGED] =
    g_signal_new ("values-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
st_measure_init (StMeasure *self)
{
}

guint
st_measure_get_n_values (StMeasure *self)
{
  g_return_val_if_fail (ST_IS_MEASURE (self), 0);
  return self->n_values;
}

const StMeasureValue *
st_measure_get_nth_value (StMeasure *self,
                          guint      index)
{
  g_return_val_if_fail (ST_IS_MEASURE (self), NULL);
  g_return_val_if_fail (index < self->n_values, NULL);
  return &self->values[index];
}

const StMeasureValue *
st_measure_lookup_value (StMeasure *self,
                         int        month)
{
  g_return_val_if_fail (ST_IS_MEASURE (self), NULL);

  for (guint i = 0; i < self->n_values; i++)
    if (self->values[i].month == month)
      return &self->values[i];
  return NULL;
}

/* Stores @value in @values (*@n of them, sorted by month, with room for one
 * more), taking its note: replaces the value of its month, or inserts it in
 * month order. */
static void
insert_value (StMeasure            *self,
              StMeasureValue       *values,
              guint                *n,
              const StMeasureValue *value)
{
  guint i;

  /* Loading adds values in month order: append without a scan */
  if (*n == 0 || values[*n - 1].month < value->month)
    {
      values[(*n)++] = *value;
      return;
    }
  for (i = 0; i < *n; i++)
    {
      if (values[i].month == value->month)
        {
          free_text (self, values[i].note);
          values[i] = *value;
          return;
        }
      if (values[i].month > value->month)
        break;
    }
  memmove (&values[i + 1], &values[i], (*n - i) * sizeof (StMeasureValue));
  values[i] = *value;
  (*n)++;
}

void
st_measure_store_value (StMeasure            *self,
                        const StMeasureValue *value,
                        gboolean              notify)
{
  StMeasureValue copy;

  g_return_if_fail (ST_IS_MEASURE (self));

  copy = *value;
  copy.note = dup_text (value->note);
  self->values = g_renew (StMeasureValue, self->values, self->n_values + 1);
  insert_value (self, self->values, &self->n_values, &copy);
  self->values = g_renew (StMeasureValue, self->values, self->n_values);

  if (notify)
    g_signal_emit (self, measure_signals[VALUES_CHANGED], 0);
}

/* Loading: the values of a measure, in one block of the right size; takes
 * their notes (allocated, st_record_empty_string, or in the measure's text
 * pool). The outcome is that of
 * storing them in turn: sorted, a month given twice keeps its last value. */
void
st_measure_load_values (StMeasure      *self,
                        StMeasureValue *values,
                        guint           n)
{
  guint total;

  g_return_if_fail (ST_IS_MEASURE (self));

  if (n == 0)
    return;
  /* Has some already only when a damaged file lists them out of order */
  total = self->n_values + n;
  self->values = g_renew (StMeasureValue, self->values, total);
  for (guint i = 0; i < n; i++)
    insert_value (self, self->values, &self->n_values, &values[i]);
  if (self->n_values < total)
    self->values = g_renew (StMeasureValue, self->values, self->n_values);
}

void
st_measure_forget_value (StMeasure *self,
                         int        month)
{
  g_return_if_fail (ST_IS_MEASURE (self));

  for (guint i = 0; i < self->n_values; i++)
    if (self->values[i].month == month)
      {
        free_text (self, self->values[i].note);
        memmove (&self->values[i], &self->values[i + 1], (self->n_values - i - 1) * sizeof (StMeasureValue));
        self->n_values--;
        if (self->n_values == 0)
          g_clear_pointer (&self->values, g_free);
        else
          self->values = g_renew (StMeasureValue, self->values, self->n_values);
        g_signal_emit (self, measure_signals[VALUES_CHANGED], 0);
        return;
      }
}

static const char * const polarity_codes[] = { "higher", "lower", "target", "data" };
static const char * const tolerance_codes[] = { "absolute", "percent" };

StPolarity
st_polarity_from_code (const char *code)
{
  for (guint i = 0; code && i < G_N_ELEMENTS (polarity_codes); i++)
    if (g_str_equal (code, polarity_codes[i]))
      return (StPolarity) i;
  return ST_POLARITY_HIGHER;
}

const char *
st_polarity_to_code (StPolarity polarity)
{
  g_return_val_if_fail ((guint) polarity < G_N_ELEMENTS (polarity_codes), "higher");
  return polarity_codes[polarity];
}

StToleranceKind
st_tolerance_kind_from_code (const char *code)
{
  return g_strcmp0 (code, "percent") == 0 ? ST_TOLERANCE_PERCENT : ST_TOLERANCE_ABSOLUTE;
}

const char *
st_tolerance_kind_to_code (StToleranceKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (tolerance_codes), "absolute");
  return tolerance_codes[kind];
}

StPolarity
st_measure_get_polarity (StMeasure *self)
{
  return st_polarity_from_code (st_record_get_string (ST_RECORD (self), "polarity"));
}

StToleranceKind
st_measure_get_tolerance_kind (StMeasure *self)
{
  return st_tolerance_kind_from_code (st_record_get_string (ST_RECORD (self), "tolerance-kind"));
}
