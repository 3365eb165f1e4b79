/* st-scorecard.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-scorecard"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "st-scorecard.h"

struct _StScorecard
{
  gatomicrefcount  ref_count;
  StPeriod        *period;
  int              as_of;
  GArray          *rows;       /* StScorecardRow */
  GPtrArray       *missing;    /* StMissingRef */
  guint            counts[ST_N_RAGS];
};

G_DEFINE_BOXED_TYPE (StScorecard, st_scorecard, st_scorecard_ref, st_scorecard_unref)

static void
missing_ref_free (gpointer data)
{
  StMissingRef *m = data;

  g_free (m->ref);
  g_ptr_array_unref (m->cited_by);
  g_free (m);
}

static void
clear_row (gpointer data)
{
  StScorecardRow *row = data;

  g_clear_object (&row->measure);
  g_clear_pointer (&row->cited_by, g_ptr_array_unref);
}

/* Calls @func for every action of @plan in plan order. */
static void
foreach_action (StPlan *plan,
                void  (*func) (StAction *action, gpointer user_data),
                gpointer user_data)
{
  GListModel *areas = st_plan_get_areas (plan);

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(StRecord) area = g_list_model_get_item (areas, i);
      GListModel *subs = st_record_get_children (area);

      for (guint j = 0; j < g_list_model_get_n_items (subs); j++)
        {
          g_autoptr(StRecord) sub = g_list_model_get_item (subs, j);
          GListModel *actions = st_record_get_children (sub);

          for (guint k = 0; k < g_list_model_get_n_items (actions); k++)
            {
              g_autoptr(StAction) action = g_list_model_get_item (actions, k);

              func (action, user_data);
            }
        }
    }
}

typedef struct
{
  const char *ref;
  GPtrArray  *found;
} CitingSearch;

static void
find_citing_cb (StAction *action,
                gpointer  user_data)
{
  CitingSearch *search = user_data;
  g_auto(GStrv) refs = st_action_dup_measure_refs (action);

  if (g_strv_contains ((const char * const *) refs, search->ref))
    g_ptr_array_add (search->found, g_object_ref (action));
}

typedef struct
{
  GHashTable *citing;    /* ref → GPtrArray of the actions citing it, in plan order, each once */
  GPtrArray  *order;     /* (nullable) the refs in order of first citation, borrowed from @citing */
} CitingIndex;

static void
index_citing_cb (StAction *action,
                 gpointer  user_data)
{
  CitingIndex *index = user_data;
  g_auto(GStrv) refs = st_action_dup_measure_refs (action);

  for (guint i = 0; refs[i]; i++)
    {
      GPtrArray *found = g_hash_table_lookup (index->citing, refs[i]);

      if (found == NULL)
        {
          char *ref = g_strdup (refs[i]);

          found = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (index->citing, ref, found);
          if (index->order)
            g_ptr_array_add (index->order, ref);
        }
      if (found->len == 0 || g_ptr_array_index (found, found->len - 1) != (gpointer) action)
        g_ptr_array_add (found, g_object_ref (action));
    }
}

static GHashTable *
index_citing_actions (StPlan    *plan,
                      GPtrArray *order)
{
  CitingIndex index = {
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref),
    order,
  };

  foreach_action (plan, index_citing_cb, &index);
  return index.citing;
}

GHashTable *
st_scorecard_index_citing_actions (StPlan *plan)
{
  g_return_val_if_fail (ST_IS_PLAN (plan), NULL);

  return index_citing_actions (plan, NULL);
}

GPtrArray *
st_scorecard_find_citing_actions (StPlan     *plan,
                                  const char *ref)
{
  CitingSearch search = { ref, g_ptr_array_new_with_free_func (g_object_unref) };

  g_return_val_if_fail (ST_IS_PLAN (plan), NULL);
  g_return_val_if_fail (ref != NULL, NULL);

  foreach_action (plan, find_citing_cb, &search);
  return search.found;
}

typedef struct
{
  StPlan     *plan;
  GPtrArray  *missing;
  GHashTable *by_ref;    /* ref → StMissingRef, borrowed */
  GHashTable *measure_refs;  /* the refs of the measures, borrowed */
} MissingSearch;

static void
find_missing_cb (StAction *action,
                 gpointer  user_data)
{
  MissingSearch *search = user_data;
  g_auto(GStrv) refs = st_action_dup_measure_refs (action);

  for (guint i = 0; refs[i]; i++)
    {
      StMissingRef *m;

      if (g_hash_table_contains (search->measure_refs, refs[i]))
        continue;
      m = g_hash_table_lookup (search->by_ref, refs[i]);
      if (m == NULL)
        {
          m = g_new0 (StMissingRef, 1);
          m->ref = g_strdup (refs[i]);
          m->cited_by = g_ptr_array_new_with_free_func (g_object_unref);
          g_ptr_array_add (search->missing, m);
          g_hash_table_insert (search->by_ref, m->ref, m);
        }
      if (m->cited_by->len == 0 || g_ptr_array_index (m->cited_by, m->cited_by->len - 1) != (gpointer) action)
        g_ptr_array_add (m->cited_by, g_object_ref (action));
    }
}

GPtrArray *
st_scorecard_find_missing_refs (StPlan *plan)
{
  MissingSearch search;

  g_return_val_if_fail (ST_IS_PLAN (plan), NULL);

  search.plan = plan;
  search.missing = g_ptr_array_new_with_free_func (missing_ref_free);
  search.by_ref = g_hash_table_new (g_str_hash, g_str_equal);
  /* A set of the measures' refs: looking each one up with
   * st_plan_find_measure() made this actions x measures */
  search.measure_refs = g_hash_table_new (g_str_hash, g_str_equal);
  {
    GListModel *measures = st_plan_get_measures (plan);

    for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
      {
        g_autoptr(StRecord) measure = g_list_model_get_item (measures, i);
        const char *ref = st_record_get_string (measure, "ref");

        if (ref != NULL)
          g_hash_table_add (search.measure_refs, (gpointer) ref);
      }
  }
  foreach_action (plan, find_missing_cb, &search);
  g_hash_table_unref (search.measure_refs);
  g_hash_table_unref (search.by_ref);
  return search.missing;
}

StScorecard *
st_scorecard_new (StPlan   *plan,
                  StPeriod *period)
{
  StScorecard *self;
  GListModel *measures;
  GHashTable *citing;
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GHashTable) measure_refs = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (ST_IS_PLAN (plan), NULL);

  self = g_new0 (StScorecard, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->period = period ? g_object_ref (period) : NULL;
  self->as_of = period ? st_period_get_end_month (period) : ST_MONTH_NONE;
  self->rows = g_array_new (FALSE, TRUE, sizeof (StScorecardRow));
  g_array_set_clear_func (self->rows, clear_row);

  /* Which actions cite each reference, in one pass over the actions (a
   * search per measure made this measures x actions) */
  citing = index_citing_actions (plan, order);

  measures = st_plan_get_measures (plan);
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      StScorecardRow row = { 0 };
      const char *ref;

      row.measure = g_list_model_get_item (measures, i);
      ref = st_record_get_string (ST_RECORD (row.measure), "ref");
      row.latest = st_measure_latest_value (row.measure, self->as_of, &row.previous);
      row.rag = st_rag_rate_value (row.latest);
      row.direction = st_rag_direction (row.latest, row.previous);
      if (ref != NULL)
        g_hash_table_add (measure_refs, (gpointer) ref);
      row.cited_by = ref ? g_hash_table_lookup (citing, ref) : NULL;
      row.cited_by = row.cited_by ? g_ptr_array_ref (row.cited_by)
                                  : g_ptr_array_new_with_free_func (g_object_unref);
      self->counts[row.rag]++;
      g_array_append_val (self->rows, row);
    }
  /* The refs no measure has, from the same index: what
   * st_scorecard_find_missing_refs() finds, without splitting every
   * action's refs again. */
  self->missing = g_ptr_array_new_with_free_func (missing_ref_free);
  for (guint i = 0; i < order->len; i++)
    {
      const char *ref = g_ptr_array_index (order, i);
      StMissingRef *m;

      if (g_hash_table_contains (measure_refs, ref))
        continue;
      m = g_new0 (StMissingRef, 1);
      m->ref = g_strdup (ref);
      m->cited_by = g_ptr_array_ref (g_hash_table_lookup (citing, ref));
      g_ptr_array_add (self->missing, m);
    }
  g_hash_table_unref (citing);
  return self;
}

StScorecard *
st_scorecard_ref (StScorecard *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
st_scorecard_unref (StScorecard *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_object (&self->period);
  g_array_unref (self->rows);
  g_ptr_array_unref (self->missing);
  g_free (self);
}

int
st_scorecard_get_as_of (StScorecard *self)
{
  return self->as_of;
}

guint
st_scorecard_get_n_rows (StScorecard *self)
{
  return self->rows->len;
}

const StScorecardRow *
st_scorecard_get_row (StScorecard *self,
                      guint        index)
{
  g_return_val_if_fail (index < self->rows->len, NULL);
  return &g_array_index (self->rows, StScorecardRow, index);
}

guint
st_scorecard_count (StScorecard *self,
                    StRag        rag)
{
  g_return_val_if_fail ((guint) rag < ST_N_RAGS, 0);
  return self->counts[rag];
}

guint
st_scorecard_get_n_missing (StScorecard *self)
{
  return self->missing->len;
}

const StMissingRef *
st_scorecard_get_missing (StScorecard *self,
                          guint        index)
{
  g_return_val_if_fail (index < self->missing->len, NULL);
  return g_ptr_array_index (self->missing, index);
}

/* Formatting ------------------------------------------------------------- */

static char *
format_number (double value)
{
  double rounded = st_round_half_away (value, 2);
  int decimals = fabs (fmod (rounded, 1)) < 1e-9 ? 0 : fabs (fmod (rounded * 10, 1)) < 1e-6 ? 1 : 2;

  return g_strdup_printf ("%.*f", decimals, rounded);
}

char *
st_scorecard_format_value (const char *unit,
                           double      value)
{
  g_autofree char *number = NULL;

  if (isnan (value))
    return g_strdup ("");
  number = format_number (value);
  if (g_strcmp0 (unit, "percent") == 0)
    return g_strdup_printf ("%s%%", number);
  if (g_strcmp0 (unit, "days") == 0)
    /* TRANSLATORS: a number of days, as "31 days" */
    return g_strdup_printf (_("%s days"), number);
  return g_steal_pointer (&number);
}

char *
st_scorecard_format_tolerance (double           tolerance,
                               StToleranceKind  kind,
                               const char      *unit)
{
  g_autofree char *number = NULL;

  if (!(tolerance > 0))
    return g_strdup ("");
  number = format_number (tolerance);
  if (kind == ST_TOLERANCE_PERCENT)
    /* TRANSLATORS: a tolerance as a percentage of the target, "10% of target" */
    return g_strdup_printf (_("%s%% of target"), number);
  if (g_strcmp0 (unit, "percent") == 0)
    /* TRANSLATORS: an absolute tolerance on a percentage, "5 points" */
    return g_strdup_printf (ngettext ("%s point", "%s points", g_str_equal (number, "1") ? 1 : 2), number);
  return st_scorecard_format_value (unit, tolerance);
}

const char *
st_scorecard_polarity_label (StPolarity polarity)
{
  switch (polarity)
    {
    case ST_POLARITY_HIGHER:
      return _("Higher is better");
    case ST_POLARITY_LOWER:
      return _("Lower is better");
    case ST_POLARITY_TARGET:
      return _("Close to target");
    case ST_POLARITY_DATA:
    default:
      return _("Data only");
    }
}

const char *
st_scorecard_frequency_label (const char *frequency)
{
  if (g_strcmp0 (frequency, "quarterly") == 0)
    return _("Quarterly");
  if (g_strcmp0 (frequency, "termly") == 0)
    return _("Termly");
  if (g_strcmp0 (frequency, "annual") == 0)
    return _("Annual");
  return _("Monthly");
}

const char *
st_scorecard_unit_label (const char *unit)
{
  if (g_strcmp0 (unit, "percent") == 0)
    return _("Per cent");
  if (g_strcmp0 (unit, "days") == 0)
    return _("Days");
  return _("Number");
}

/* JSON ------------------------------------------------------------------- */

static void
add_double_or_null (JsonBuilder *builder,
                    const char  *name,
                    double       value)
{
  json_builder_set_member_name (builder, name);
  if (isnan (value))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_month (JsonBuilder *builder,
           const char  *name,
           int          month)
{
  g_autofree char *iso = month != ST_MONTH_NONE ? st_month_to_iso (month) : NULL;

  json_builder_set_member_name (builder, name);
  if (iso)
    json_builder_add_string_value (builder, iso);
  else
    json_builder_add_null_value (builder);
}

static void
add_actions (JsonBuilder *builder,
             GPtrArray   *actions)
{
  json_builder_begin_array (builder);
  for (guint i = 0; i < actions->len; i++)
    json_builder_add_string_value (builder, st_action_get_ref (g_ptr_array_index (actions, i)));
  json_builder_end_array (builder);
}

static void
add_value (JsonBuilder          *builder,
           const char           *name,
           const StMeasureValue *v)
{
  json_builder_set_member_name (builder, name);
  if (v == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  add_month (builder, "month", v->month);
  add_double_or_null (builder, "value", v->value);
  add_double_or_null (builder, "target", v->target);
  add_double_or_null (builder, "tolerance", v->tolerance);
  json_builder_set_member_name (builder, "tolerance_kind");
  json_builder_add_string_value (builder, st_tolerance_kind_to_code (v->tolerance_kind));
  json_builder_set_member_name (builder, "polarity");
  json_builder_add_string_value (builder, st_polarity_to_code (v->polarity));
  json_builder_end_object (builder);
}

/**
 * st_scorecard_to_json:
 *
 * Returns: (transfer full): the form `send-tracker-cli scorecard --json` prints
 */
JsonNode *
st_scorecard_to_json (StScorecard *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "period");
  if (self->period)
    json_builder_add_string_value (builder, st_period_get_label (self->period));
  else
    json_builder_add_null_value (builder);
  add_month (builder, "as_of", self->as_of);

  json_builder_set_member_name (builder, "counts");
  json_builder_begin_object (builder);
  for (guint r = 0; r < ST_N_RAGS; r++)
    {
      json_builder_set_member_name (builder, st_rag_to_code (r));
      json_builder_add_int_value (builder, self->counts[r]);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "measures");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->rows->len; i++)
    {
      const StScorecardRow *row = st_scorecard_get_row (self, i);
      StRecord *m = ST_RECORD (row->measure);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "ref");
      json_builder_add_string_value (builder, st_record_get_string (m, "ref"));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, st_record_get_string (m, "title"));
      json_builder_set_member_name (builder, "unit");
      json_builder_add_string_value (builder, st_record_get_string (m, "unit"));
      json_builder_set_member_name (builder, "polarity");
      json_builder_add_string_value (builder, st_record_get_string (m, "polarity"));
      json_builder_set_member_name (builder, "frequency");
      json_builder_add_string_value (builder, st_record_get_string (m, "frequency"));
      json_builder_set_member_name (builder, "baseline");
      json_builder_begin_object (builder);
      add_double_or_null (builder, "value", st_record_get_double (m, "baseline-value"));
      json_builder_set_member_name (builder, "date");
      if (st_record_get_string (m, "baseline-date"))
        json_builder_add_string_value (builder, st_record_get_string (m, "baseline-date"));
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
      add_double_or_null (builder, "target", st_record_get_double (m, "target"));
      add_double_or_null (builder, "tolerance", st_record_get_double (m, "tolerance"));
      json_builder_set_member_name (builder, "tolerance_kind");
      json_builder_add_string_value (builder, st_record_get_string (m, "tolerance-kind"));
      add_value (builder, "latest", row->latest);
      add_value (builder, "previous", row->previous);
      json_builder_set_member_name (builder, "rag");
      json_builder_add_string_value (builder, st_rag_to_code (row->rag));
      json_builder_set_member_name (builder, "direction");
      json_builder_add_string_value (builder, st_direction_to_code (row->direction));
      json_builder_set_member_name (builder, "cited_by");
      add_actions (builder, row->cited_by);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "missing_refs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->missing->len; i++)
    {
      const StMissingRef *m = g_ptr_array_index (self->missing, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "ref");
      json_builder_add_string_value (builder, m->ref);
      json_builder_set_member_name (builder, "cited_by");
      add_actions (builder, m->cited_by);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* Text ------------------------------------------------------------------- */

/* @text cut to @width characters with an ellipsis, then padded */
static void
append_cell (GString    *out,
             const char *text,
             guint       width)
{
  glong len = g_utf8_strlen (text, -1);

  if ((guint) len > width)
    {
      const char *end = g_utf8_offset_to_pointer (text, width - 1);

      g_string_append_len (out, text, end - text);
      g_string_append (out, "…");
    }
  else
    {
      g_string_append (out, text);
      for (guint i = len; i < width; i++)
        g_string_append_c (out, ' ');
    }
  g_string_append (out, "  ");
}

static char *
join_actions (GPtrArray *actions)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < actions->len; i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "", st_action_get_ref (g_ptr_array_index (actions, i)));
  return g_strdup (s->str);
}

char *
st_scorecard_to_text (StScorecard *self)
{
  GString *out = g_string_new (NULL);
  g_autofree char *as_of = self->as_of != ST_MONTH_NONE ? st_month_to_display (self->as_of) : NULL;

  if (self->period)
    g_string_append_printf (out, _("Scorecard – %s (latest values to %s)\n\n"),
                            st_period_get_label (self->period), as_of);
  else
    g_string_append (out, _("Scorecard – latest values\n\n"));

  append_cell (out, _("Ref"), 7);
  append_cell (out, _("Measure"), 36);
  append_cell (out, _("Polarity"), 16);
  append_cell (out, _("Baseline"), 18);
  append_cell (out, _("Target"), 8);
  append_cell (out, _("Tolerance"), 14);
  append_cell (out, _("Latest"), 18);
  append_cell (out, _("RAG"), 3);
  append_cell (out, _("Direction"), 19);
  g_string_append (out, _("Cited by"));
  g_string_append_c (out, '\n');

  for (guint i = 0; i < self->rows->len; i++)
    {
      const StScorecardRow *row = st_scorecard_get_row (self, i);
      StRecord *m = ST_RECORD (row->measure);
      const char *unit = st_record_get_string (m, "unit");
      const char *bdate = st_record_get_string (m, "baseline-date");
      g_autofree char *bvalue = st_scorecard_format_value (unit, st_record_get_double (m, "baseline-value"));
      g_autofree char *baseline = NULL;
      g_autofree char *target = st_scorecard_format_value (unit, st_record_get_double (m, "target"));
      g_autofree char *tolerance = st_scorecard_format_tolerance (st_record_get_double (m, "tolerance"),
                                                                  st_measure_get_tolerance_kind (row->measure), unit);
      g_autofree char *latest = NULL;
      g_autofree char *direction = NULL;
      g_autofree char *cited = join_actions (row->cited_by);
      int bmonth;

      if (bdate && st_month_parse (bdate, &bmonth))
        {
          g_autofree char *when = st_month_to_display (bmonth);

          baseline = g_strdup_printf ("%s (%s)", bvalue, when);
        }
      else
        baseline = g_strdup (bvalue);
      if (row->latest)
        {
          g_autofree char *value = st_scorecard_format_value (unit, row->latest->value);
          g_autofree char *when = st_month_to_display (row->latest->month);

          latest = g_strdup_printf ("%s (%s)", value, when);
        }
      else
        latest = g_strdup (_("no value"));
      direction = row->direction == ST_DIRECTION_NONE ? g_strdup ("")
                  : g_strdup_printf ("%s %s", st_direction_to_symbol (row->direction),
                                     st_direction_to_label (row->direction));

      append_cell (out, st_record_get_string (m, "ref"), 7);
      append_cell (out, st_record_get_string (m, "title"), 36);
      append_cell (out, st_scorecard_polarity_label (st_measure_get_polarity (row->measure)), 16);
      append_cell (out, baseline, 18);
      append_cell (out, target, 8);
      append_cell (out, tolerance, 14);
      append_cell (out, latest, 18);
      append_cell (out, st_rag_to_letter (row->rag), 3);
      append_cell (out, direction, 19);
      g_string_append (out, cited);
      /* no trailing spaces */
      while (out->len > 0 && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      g_string_append_c (out, '\n');
    }

  g_string_append_printf (out, _("\nRAG: %u green, %u amber, %u red; %u not rated (data only or no value)\n"),
                          self->counts[ST_RAG_GREEN], self->counts[ST_RAG_AMBER],
                          self->counts[ST_RAG_RED], self->counts[ST_RAG_GREY]);

  if (self->missing->len == 0)
    g_string_append (out, _("Every ref cited by an action is in the scorecard.\n"));
  else
    {
      g_string_append (out, _("Cited by actions but missing from the scorecard:\n"));
      for (guint i = 0; i < self->missing->len; i++)
        {
          const StMissingRef *m = g_ptr_array_index (self->missing, i);
          g_autofree char *cited = join_actions (m->cited_by);

          g_string_append_printf (out, _("  %s (cited by %s)\n"), m->ref, cited);
        }
    }
  return g_string_free (out, FALSE);
}
