/* st-boardpack.c: composing the board pack from a plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-boardpack"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <unistd.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>

#include "st-boardpack.h"
#include "st-scorecard.h"

G_DEFINE_BOXED_TYPE (StBoardPack, st_board_pack, st_board_pack_ref, st_board_pack_unref)
G_DEFINE_QUARK (st-pack-error-quark, st_pack_error)

/* How many values of a measure the trend shows. */
#define TREND_POINTS 12

static const struct
{
  StPackSections  section;
  const char     *name;
  const char     *title;
} section_info[ST_PACK_N_SECTIONS] = {
  { ST_PACK_COVER, "cover", N_("Cover") },
  { ST_PACK_KEY, "key", N_("Purpose and BRAG key") },
  { ST_PACK_PROGRESS, "progress", N_("Progress over time") },
  { ST_PACK_SUMMARY, "summary", N_("Quantitative summary") },
  { ST_PACK_AREAS, "areas", N_("BRAG on a page") },
  { ST_PACK_EXCEPTIONS, "exceptions", N_("Exceptions") },
  { ST_PACK_SCORECARD, "scorecard", N_("Scorecard") },
  { ST_PACK_STRATEGY, "strategy", N_("Strategy and governance") },
};

/* Freeing ---------------------------------------------------------------- */

static void
row_free (gpointer data)
{
  StPackRow *row = data;

  g_free (row->area_number);
  g_free (row->ref);
  g_free (row->text);
  g_free (row->target_text);
  g_free (row->target_display);
  g_free (row->owner);
  g_free (row->commentary);
  g_free (row->measure_refs);
  g_free (row);
}

static void
period_counts_clear (gpointer data)
{
  StPackPeriodCounts *counts = data;
  g_clear_pointer (&counts->label, g_free);
}

static GArray *
period_counts_array_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (StPackPeriodCounts));
  g_array_set_clear_func (array, period_counts_clear);
  return array;
}

static void
area_free (gpointer data)
{
  StPackArea *area = data;

  g_free (area->number);
  g_free (area->title);
  g_ptr_array_unref (area->rows);
  g_array_unref (area->progress);
  g_free (area);
}

static void
measure_free (gpointer data)
{
  StPackMeasure *measure = data;

  g_free (measure->ref);
  g_free (measure->title);
  g_free (measure->unit);
  g_free (measure->frequency);
  g_free (measure->baseline_date);
  g_free (measure->cited_by);
  g_free (measure->baseline_text);
  g_free (measure->target_text);
  g_free (measure->tolerance_text);
  g_free (measure->latest_text);
  g_clear_pointer (&measure->trend, st_trend_data_free);
  g_free (measure);
}

static void
outcome_item_free (gpointer data)
{
  StPackOutcomeItem *item = data;

  g_free (item->text);
  g_free (item->measure_ref);
  g_free (item);
}

static void
outcome_free (gpointer data)
{
  StPackOutcome *outcome = data;

  g_free (outcome->name);
  g_free (outcome->statement);
  g_ptr_array_unref (outcome->indicators);
  g_ptr_array_unref (outcome->measures);
  g_free (outcome);
}

static void
development_free (gpointer data)
{
  StPackDevelopment *development = data;

  g_free (development->title);
  g_free (development->oversight);
  g_free (development->responsible);
  g_free (development);
}

static void
board_free (gpointer data)
{
  StPackBoard *board = data;

  g_free (board->name);
  g_free (board->kind);
  g_free (board->reports_to);
  g_free (board->cadence);
  g_free (board->description);
  g_free (board->strategies);
  g_free (board);
}

/* Composing -------------------------------------------------------------- */

static char *
dup_string (StRecord   *record,
            const char *column)
{
  const char *value = st_record_get_string (record, column);
  /* Copied anyway: made valid on the way, so no writer ever sees bad UTF-8. */
  return g_utf8_make_valid (value ? value : "", -1);
}

static void
parse_colour (const char *colour,
              double      rgb[3],
              gboolean   *dark)
{
  guint r = 0, g = 0, b = 0;
  double luminance;

  if (colour == NULL || sscanf (colour, "#%02x%02x%02x", &r, &g, &b) != 3)
    r = g = b = 0xA6;
  rgb[0] = r / 255.0;
  rgb[1] = g / 255.0;
  rgb[2] = b / 255.0;
  /* Relative luminance (sRGB approximation); black text on light fills. */
  luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  *dark = luminance < 0.45;
}

/* @months: month → "Jul 2022", the months shown so far: formatting a date
 * costs more than the rest of a row, and a plan's targets share few months. */
static char *
target_display (int         month,
                const char *text,
                GHashTable *months)
{
  const char *shown = "";

  if (month != ST_MONTH_NONE)
    {
      shown = g_hash_table_lookup (months, GINT_TO_POINTER (month));
      if (shown == NULL)
        {
          shown = st_month_to_display (month);
          g_hash_table_insert (months, GINT_TO_POINTER (month), (gpointer) shown);
        }
    }
  if (*shown && text && *text)
    return g_strconcat (shown, "; ", text, NULL);
  if (text && *text)
    return g_strdup (text);
  return g_strdup (shown);
}

static void
add_area_rows (StPackArea *area,
               StArea     *record,
               gint64      period_id,
               gint64      previous_id,
               int         as_of,
               GHashTable *months)
{
  GListModel *subs = st_record_get_children (ST_RECORD (record));

  for (guint s = 0; s < g_list_model_get_n_items (subs); s++)
    {
      g_autoptr(StRecord) sub = g_list_model_get_item (subs, s);
      GListModel *actions = st_record_get_children (sub);
      StPackRow *heading = g_new0 (StPackRow, 1);

      heading->kind = ST_PACK_ROW_SUB_ACTION;
      heading->area_number = g_strdup (area->number);
      heading->ref = dup_string (sub, "ref");
      heading->text = dup_string (sub, "text");
      heading->target_text = g_strdup ("");
      heading->target_display = g_strdup ("");
      heading->owner = g_strdup ("");
      heading->commentary = g_strdup ("");
      heading->measure_refs = g_strdup ("");
      heading->previous = heading->current = ST_STATUS_NONE;
      g_ptr_array_add (area->rows, heading);

      for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
        {
          g_autoptr(StAction) action = g_list_model_get_item (actions, i);
          StRecord *r = ST_RECORD (action);
          StPackRow *row = g_new0 (StPackRow, 1);

          row->kind = ST_PACK_ROW_ACTION;
          row->area_number = g_strdup (area->number);
          row->ref = dup_string (r, "ref");
          row->text = dup_string (r, "text");
          row->target_month = st_action_get_target (action);
          row->target_text = dup_string (r, "target-text");
          row->target_display = target_display (row->target_month, row->target_text, months);
          row->owner = dup_string (r, "owner");
          row->measure_refs = dup_string (r, "measure-refs");
          row->evidence = st_record_get_boolean (r, "evidence");
          row->current = st_action_get_status (action, period_id);
          row->previous = previous_id ? st_action_get_status (action, previous_id) : ST_STATUS_NONE;
          row->commentary = g_strdup (st_action_get_commentary (action, period_id));
          row->overdue = st_action_is_overdue (action, period_id, as_of);
          g_ptr_array_add (area->rows, row);
        }
    }
}

static char *
format_or_empty (const char *unit,
                 double      value)
{
  return isnan (value) ? g_strdup ("") : st_scorecard_format_value (unit, value);
}

static StPackMeasure *
compose_measure (StPlan               *plan,
                 const StScorecardRow *row,
                 int                   as_of)
{
  StRecord *r = ST_RECORD (row->measure);
  StPackMeasure *measure = g_new0 (StPackMeasure, 1);
  g_autoptr(GString) cited = g_string_new (NULL);

  measure->ref = dup_string (r, "ref");
  measure->title = dup_string (r, "title");
  measure->unit = dup_string (r, "unit");
  measure->frequency = dup_string (r, "frequency");
  measure->polarity = st_measure_get_polarity (row->measure);
  measure->baseline = st_record_get_double (r, "baseline-value");
  measure->baseline_date = dup_string (r, "baseline-date");
  measure->target = st_record_get_double (r, "target");
  measure->tolerance = st_record_get_double (r, "tolerance");
  measure->tolerance_kind = st_measure_get_tolerance_kind (row->measure);
  measure->latest = row->latest ? row->latest->value : NAN;
  measure->latest_month = row->latest ? row->latest->month : ST_MONTH_NONE;
  measure->rag = row->rag;
  measure->direction = row->direction;
  for (guint i = 0; row->cited_by && i < row->cited_by->len; i++)
    {
      const char *ref = st_action_get_ref (g_ptr_array_index (row->cited_by, i));

      if (i > 0)
        g_string_append (cited, ", ");
      g_string_append (cited, ref ? ref : "(null)");
    }
  measure->cited_by = g_string_free (g_steal_pointer (&cited), FALSE);

  measure->baseline_text = format_or_empty (measure->unit, measure->baseline);
  measure->target_text = format_or_empty (measure->unit, measure->target);
  measure->tolerance_text = measure->tolerance > 0
    ? st_scorecard_format_tolerance (measure->tolerance, measure->tolerance_kind, measure->unit)
    : g_strdup ("");
  measure->latest_text = format_or_empty (measure->unit, measure->latest);
  measure->trend = st_trend_data_new_last (plan, row->measure, as_of, TREND_POINTS);
  return measure;
}

static StPackOutcomeItem *
compose_outcome_item (StRecord *record)
{
  StPackOutcomeItem *item = g_new0 (StPackOutcomeItem, 1);

  item->text = dup_string (record, "text");
  item->measure_ref = dup_string (record, "measure-ref");
  item->in_development = st_record_get_boolean (record, "in-development");
  return item;
}

static void
compose_strategy (StBoardPack *self,
                  StPlan      *plan)
{
  GListModel *outcomes = st_plan_get_outcomes (plan);
  GListModel *development = st_plan_get_list (plan, ST_TYPE_DEVELOPMENT_AREA);
  GListModel *boards = st_plan_get_boards (plan);
  GListModel *strategies = st_plan_get_list (plan, ST_TYPE_STRATEGY);

  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(StRecord) record = g_list_model_get_item (outcomes, i);
      GListModel *items = st_record_get_children (record);
      StPackOutcome *outcome = g_new0 (StPackOutcome, 1);

      outcome->name = dup_string (record, "name");
      outcome->statement = dup_string (record, "statement");
      outcome->indicators = g_ptr_array_new_with_free_func (outcome_item_free);
      outcome->measures = g_ptr_array_new_with_free_func (outcome_item_free);
      for (guint j = 0; items && j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(StRecord) item = g_list_model_get_item (items, j);

          if (g_strcmp0 (st_record_get_string (item, "kind"), "indicator") == 0)
            g_ptr_array_add (outcome->indicators, compose_outcome_item (item));
          else
            g_ptr_array_add (outcome->measures, compose_outcome_item (item));
        }
      g_ptr_array_add (self->outcomes, outcome);
    }

  for (guint i = 0; development && i < g_list_model_get_n_items (development); i++)
    {
      g_autoptr(StRecord) record = g_list_model_get_item (development, i);
      StPackDevelopment *item = g_new0 (StPackDevelopment, 1);

      item->title = dup_string (record, "title");
      item->oversight = dup_string (record, "oversight");
      item->responsible = dup_string (record, "responsible");
      g_ptr_array_add (self->development, item);
    }

  for (guint i = 0; i < g_list_model_get_n_items (boards); i++)
    {
      g_autoptr(StRecord) record = g_list_model_get_item (boards, i);
      StPackBoard *board = g_new0 (StPackBoard, 1);
      gint64 reports_to = st_record_get_int (record, "reports-to");
      g_autoptr(GString) names = g_string_new (NULL);

      board->name = dup_string (record, "name");
      board->kind = dup_string (record, "kind");
      board->cadence = dup_string (record, "cadence");
      board->description = dup_string (record, "description");
      board->reports_to = g_strdup ("");
      if (reports_to != 0)
        {
          StRecord *parent = st_plan_lookup (plan, ST_TYPE_BOARD, reports_to);
          if (parent != NULL)
            {
              g_free (board->reports_to);
              board->reports_to = dup_string (parent, "name");
            }
        }
      for (guint j = 0; strategies && j < g_list_model_get_n_items (strategies); j++)
        {
          g_autoptr(StRecord) strategy = g_list_model_get_item (strategies, j);

          if (st_record_get_int (strategy, "board-id") == st_record_get_id (record))
            g_string_append_printf (names, "%s%s", names->len ? "; " : "",
                                    st_record_get_string (strategy, "name"));
        }
      board->strategies = g_string_free (g_steal_pointer (&names), FALSE);
      g_ptr_array_add (self->boards, board);
    }
}

/* Progress over time: the counts of every period up to and including
 * @period, overall and per area, in one pass over the actions (a summary
 * per period went over every action once per period, and worked out which
 * were overdue, which the chart does not show). */
static void
compose_progress (StBoardPack *self,
                  StPlan      *plan,
                  StPeriod    *period,
                  StSummary   *summary)
{
  GListModel *periods = st_plan_get_periods (plan);
  guint n = g_list_model_get_n_items (periods), n_periods = 0;
  g_autofree gint64 *ids = g_new0 (gint64, MAX (n, 1));

  for (guint p = 0; p < n; p++)
    {
      g_autoptr(StPeriod) item = g_list_model_get_item (periods, p);
      StPackPeriodCounts counts = { 0 };

      ids[n_periods++] = st_record_get_id (ST_RECORD (item));
      counts.label = g_strdup (st_period_get_label (item));
      g_array_append_val (self->progress, counts);
      for (guint a = 0; a < self->areas->len; a++)
        {
          StPackArea *area = g_ptr_array_index (self->areas, a);
          StPackPeriodCounts area_counts = { g_strdup (counts.label) };

          g_array_append_val (area->progress, area_counts);
        }
      if (item == period)
        break;
    }

  for (guint a = 0; a < self->areas->len; a++)
    {
      StPackArea *area = g_ptr_array_index (self->areas, a);
      GListModel *subs = st_record_get_children (ST_RECORD (st_summary_get_area (summary, a)));

      for (guint i = 0; i < g_list_model_get_n_items (subs); i++)
        {
          g_autoptr(StRecord) sub = g_list_model_get_item (subs, i);
          GListModel *actions = st_record_get_children (sub);

          for (guint j = 0; j < g_list_model_get_n_items (actions); j++)
            {
              g_autoptr(StAction) action = g_list_model_get_item (actions, j);

              for (guint p = 0; p < n_periods; p++)
                {
                  StStatus status = st_action_get_status (action, ids[p]);
                  StPackPeriodCounts *counts[] = {
                    &g_array_index (self->progress, StPackPeriodCounts, p),
                    &g_array_index (area->progress, StPackPeriodCounts, p),
                  };

                  for (guint k = 0; k < G_N_ELEMENTS (counts); k++)
                    {
                      counts[k]->n_actions++;
                      if (status == ST_STATUS_NONE)
                        counts[k]->unrated++;
                      else
                        counts[k]->counts[status]++;
                    }
                }
            }
        }
    }
}

static char *
default_author (void)
{
  const char *name = g_get_real_name ();

  if (name == NULL || *name == '\0' || g_str_equal (name, "Unknown"))
    name = g_get_user_name ();
  return g_strdup (name);
}

/**
 * st_board_pack_new:
 * @plan: the plan
 * @period: the reporting period
 * @sections: the sections to include
 * @options: (nullable): options, or %NULL for the defaults
 *
 * Composes the board pack. Everything it needs is copied out of @plan.
 *
 * Returns: (transfer full): the pack
 */
StBoardPack *
st_board_pack_new (StPlan              *plan,
                   StPeriod            *period,
                   StPackSections       sections,
                   const StPackOptions *options)
{
  static const StPackOptions defaults = { NULL, NULL, FALSE };
  StBoardPack *self;
  StRecord *info;
  StPeriod *previous;
  GListModel *areas;
  g_autoptr(StSummary) summary = NULL;
  g_autoptr(StScorecard) scorecard = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GHashTable) months = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  gint64 period_id, previous_id;
  guint n_areas;
  int as_of;

  g_return_val_if_fail (ST_IS_PLAN (plan), NULL);
  g_return_val_if_fail (ST_IS_PERIOD (period), NULL);

  if (options == NULL)
    options = &defaults;

  self = g_new0 (StBoardPack, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->sections = sections & ST_PACK_ALL_SECTIONS;
  self->progress_per_area = options->progress_per_area;

  info = ST_RECORD (st_plan_get_info (plan));
  self->title = dup_string (info, "title");
  if (*self->title == '\0')
    {
      g_free (self->title);
      self->title = st_plan_dup_display_name (plan);
    }
  self->local_area = dup_string (info, "local-area");
  self->description = dup_string (info, "description");
  self->period_label = g_strdup (st_period_get_label (period));
  self->period_end_month = st_period_get_end_month (period);
  previous = st_plan_get_previous_period (plan, period);
  self->previous_label = previous ? g_strdup (st_period_get_label (previous)) : NULL;

  now = options->produced ? g_date_time_ref (options->produced) : g_date_time_new_now_local ();
  self->produced = g_date_time_format (now, "%-d %B %Y");
  self->author = options->author ? g_strdup (options->author) : default_author ();
  self->purpose = g_strdup_printf (_("This pack reports progress on “%s” for the reporting period %s: "
                                     "the rating of every action against the plan’s BRAG scale, the "
                                     "actions that need the board’s attention with their commentary, "
                                     "the performance scorecard, and the strategy’s outcomes and governance."),
                                   self->title, self->period_label);

  for (guint s = 0; s < ST_N_STATUSES; s++)
    {
      StStatusInfo *status = st_plan_get_status_info (plan, s);
      StPackStatus *out = &self->statuses[s];

      out->status = s;
      out->letter = status ? dup_string (ST_RECORD (status), "letter") : g_strdup (st_status_default_letter (s));
      out->label = status ? dup_string (ST_RECORD (status), "label") : g_strdup (st_status_to_code (s));
      out->definition = status ? dup_string (ST_RECORD (status), "definition") : g_strdup ("");
      out->colour = status ? dup_string (ST_RECORD (status), "colour") : g_strdup ("#A6A6A6");
      parse_colour (out->colour, out->rgb, &out->dark);
    }

  /* Summary and BRAG on a page */
  period_id = st_record_get_id (ST_RECORD (period));
  previous_id = previous ? st_record_get_id (ST_RECORD (previous)) : 0;
  as_of = self->period_end_month;
  summary = st_summary_new (plan, period);
  self->overall = *st_summary_get_overall (summary);

  self->areas = g_ptr_array_new_with_free_func (area_free);
  self->exceptions = g_ptr_array_new ();
  areas = st_plan_get_areas (plan);
  n_areas = st_summary_get_n_areas (summary);
  for (guint a = 0; a < n_areas; a++)
    {
      StArea *record = st_summary_get_area (summary, a);
      StPackArea *area = g_new0 (StPackArea, 1);

      area->number = dup_string (ST_RECORD (record), "number");
      area->title = dup_string (ST_RECORD (record), "title");
      area->counts = *st_summary_get_area_counts (summary, a);
      area->rows = g_ptr_array_new_with_free_func (row_free);
      area->progress = period_counts_array_new ();
      add_area_rows (area, record, period_id, previous_id, as_of, months);
      g_ptr_array_add (self->areas, area);

      for (guint i = 0; i < area->rows->len; i++)
        {
          StPackRow *row = g_ptr_array_index (area->rows, i);

          if (row->kind == ST_PACK_ROW_ACTION &&
              (row->current == ST_STATUS_AMBER || row->current == ST_STATUS_RED || row->overdue))
            g_ptr_array_add (self->exceptions, row);
        }
    }
  g_assert (n_areas == g_list_model_get_n_items (areas));

  /* Progress over time: every period up to and including this one */
  self->progress = period_counts_array_new ();
  if (self->sections & ST_PACK_PROGRESS)
    compose_progress (self, plan, period, summary);

  /* Scorecard */
  self->measures = g_ptr_array_new_with_free_func (measure_free);
  /* Only what the sections show is composed: the scorecard and progress
   * over time cost the most on a big plan. */
  if (self->sections & ST_PACK_SCORECARD)
    {
      g_autoptr(GString) missing = g_string_new (NULL);

      scorecard = st_scorecard_new (plan, period);
      for (guint i = 0; i < st_scorecard_get_n_rows (scorecard); i++)
        g_ptr_array_add (self->measures, compose_measure (plan, st_scorecard_get_row (scorecard, i), as_of));
      for (guint r = 0; r < ST_N_RAGS; r++)
        self->rag_counts[r] = st_scorecard_count (scorecard, r);
      for (guint i = 0; i < st_scorecard_get_n_missing (scorecard); i++)
        g_string_append_printf (missing, "%s%s", i ? ", " : "", st_scorecard_get_missing (scorecard, i)->ref);
      self->missing_refs = g_string_free (g_steal_pointer (&missing), FALSE);
    }
  else
    self->missing_refs = g_strdup ("");

  /* Strategy */
  self->outcomes = g_ptr_array_new_with_free_func (outcome_free);
  self->development = g_ptr_array_new_with_free_func (development_free);
  self->boards = g_ptr_array_new_with_free_func (board_free);
  compose_strategy (self, plan);

  return self;
}

StBoardPack *
st_board_pack_ref (StBoardPack *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
st_board_pack_unref (StBoardPack *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->title);
  g_free (self->local_area);
  g_free (self->description);
  g_free (self->purpose);
  g_free (self->period_label);
  g_free (self->previous_label);
  g_free (self->produced);
  g_free (self->author);
  for (guint s = 0; s < ST_N_STATUSES; s++)
    {
      g_free (self->statuses[s].letter);
      g_free (self->statuses[s].label);
      g_free (self->statuses[s].definition);
      g_free (self->statuses[s].colour);
    }
  g_array_unref (self->progress);
  g_ptr_array_unref (self->exceptions);
  g_ptr_array_unref (self->areas);
  g_ptr_array_unref (self->measures);
  g_free (self->missing_refs);
  g_ptr_array_unref (self->outcomes);
  g_ptr_array_unref (self->development);
  g_ptr_array_unref (self->boards);
  g_free (self);
}

const StPackStatus *
st_board_pack_get_status (StBoardPack *self,
                          StStatus     status)
{
  g_return_val_if_fail ((guint) status < ST_N_STATUSES, NULL);
  return &self->statuses[status];
}

/* "Board pack for May 23": the document's subject. */
char *
st_board_pack_dup_subject (StBoardPack *self)
{
  if (self->local_area && *self->local_area)
    return g_strdup_printf (_("%s board pack for %s"), self->local_area, self->period_label);
  return g_strdup_printf (_("Board pack for %s"), self->period_label);
}

/* Sections ---------------------------------------------------------------- */

const char *
st_pack_section_name (StPackSections section)
{
  for (guint i = 0; i < G_N_ELEMENTS (section_info); i++)
    if (section_info[i].section == section)
      return section_info[i].name;
  g_return_val_if_reached (NULL);
}

const char *
st_pack_section_title (StPackSections section)
{
  for (guint i = 0; i < G_N_ELEMENTS (section_info); i++)
    if (section_info[i].section == section)
      return _(section_info[i].title);
  g_return_val_if_reached (NULL);
}

/**
 * st_pack_sections_parse:
 * @list: comma-separated section names ("cover,key,summary"), or "all"
 *
 * Returns: %TRUE with @sections set; %FALSE with ST_PACK_ERROR_INVALID when a
 *   name is unknown or the list is empty
 */
gboolean
st_pack_sections_parse (const char      *list,
                        StPackSections  *out,
                        GError         **error)
{
  g_auto(GStrv) names = NULL;
  StPackSections result = 0;

  g_return_val_if_fail (list != NULL, FALSE);

  names = g_strsplit (list, ",", -1);
  for (guint i = 0; names[i]; i++)
    {
      const char *name = g_strstrip (names[i]);
      gboolean found = FALSE;

      if (*name == '\0')
        continue;
      if (g_ascii_strcasecmp (name, "all") == 0)
        {
          result |= ST_PACK_ALL_SECTIONS;
          continue;
        }
      for (guint j = 0; j < G_N_ELEMENTS (section_info); j++)
        if (g_ascii_strcasecmp (name, section_info[j].name) == 0)
          {
            result |= section_info[j].section;
            found = TRUE;
          }
      if (!found)
        {
          g_autoptr(GString) known = g_string_new (NULL);

          for (guint j = 0; j < G_N_ELEMENTS (section_info); j++)
            g_string_append_printf (known, "%s%s", j ? ", " : "", section_info[j].name);
          g_set_error (error, ST_PACK_ERROR, ST_PACK_ERROR_INVALID,
                       _("“%s” is not a section of the board pack (the sections are: %s)"),
                       name, known->str);
          return FALSE;
        }
    }
  if (result == 0)
    {
      g_set_error_literal (error, ST_PACK_ERROR, ST_PACK_ERROR_INVALID,
                           _("Choose at least one section of the board pack"));
      return FALSE;
    }
  *out = result;
  return TRUE;
}

/* Threads ------------------------------------------------------------------- */

static int max_threads;   /* atomic; 0: not chosen yet */

/**
 * st_pack_get_max_threads:
 *
 * How many threads writing a pack may use, the calling one included: the
 * number of processors, or SEND_TRACKER_PACK_THREADS when set, or what
 * st_pack_set_max_threads() chose. 1 does all the work in the calling
 * thread.
 */
guint
st_pack_get_max_threads (void)
{
  int n = g_atomic_int_get (&max_threads);

  if (n == 0)
    {
      const char *env = g_getenv ("SEND_TRACKER_PACK_THREADS");
      guint64 value = 0;

      if (env == NULL || !g_ascii_string_to_unsigned (env, 10, 1, 64, &value, NULL))
        value = g_get_num_processors ();
      n = (int) CLAMP (value, 1, 64);
      g_atomic_int_set (&max_threads, n);
    }
  return n;
}

void
st_pack_set_max_threads (guint n)
{
  g_atomic_int_set (&max_threads, CLAMP (n, 1, 64));
}

/* Both files ---------------------------------------------------------------- */

typedef struct
{
  StBoardPack  *pack;
  const char   *path;
  GCancellable *cancellable;
  GError       *error;
} XlsxJob;

static gpointer
write_xlsx_thread (gpointer data)
{
  XlsxJob *job = data;

  st_board_pack_write_xlsx (job->pack, job->path, job->cancellable, NULL, NULL, &job->error);
  return NULL;
}

static void
cancelled_cb (GCancellable *cancellable,
              GCancellable *inner)
{
  g_cancellable_cancel (inner);
}

/**
 * st_board_pack_write:
 * @pdf_path: (nullable): where to write the PDF
 * @xlsx_path: (nullable): where to write the workbook
 *
 * Writes the pack as a PDF, a workbook, or both. With both, and a second
 * thread to spare (st_pack_get_max_threads()), the workbook is written in a
 * second thread while the PDF is written in this one; @progress follows the
 * PDF, and both are done when this returns. A failure of either, or
 * cancelling, leaves no broken file (see st_board_pack_write_pdf()); when
 * the PDF fails, the workbook is cancelled and its error is the PDF's.
 */
gboolean
st_board_pack_write (StBoardPack         *self,
                     const char          *pdf_path,
                     const char          *xlsx_path,
                     GCancellable        *cancellable,
                     StPackProgressFunc   progress,
                     gpointer             user_data,
                     GError             **error)
{
  g_autoptr(GCancellable) inner = NULL;
  g_autofree char *xlsx_temp = NULL;
  XlsxJob job = { 0 };
  GThread *thread;
  gulong handler = 0;
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (pdf_path != NULL || xlsx_path != NULL, FALSE);

  /* The workbook is written to a file of our own beside its target, put in
   * place only once the PDF is: as when written one after the other, a PDF
   * that fails or is cancelled leaves no workbook either. When that file
   * cannot be made, the workbook's writer says why, after the PDF. */
  if (pdf_path == NULL || xlsx_path == NULL || st_pack_get_max_threads () < 2 ||
      g_strcmp0 (pdf_path, xlsx_path) == 0 || !(xlsx_temp = st_pack_temp_file_new (xlsx_path, NULL)))
    {
      if (pdf_path != NULL && !st_board_pack_write_pdf (self, pdf_path, cancellable, progress, user_data, error))
        return FALSE;
      return xlsx_path == NULL ||
             st_board_pack_write_xlsx (self, xlsx_path, cancellable, progress, user_data, error);
    }

  inner = g_cancellable_new ();
  if (cancellable != NULL)
    handler = g_cancellable_connect (cancellable, G_CALLBACK (cancelled_cb), g_object_ref (inner), g_object_unref);
  job.pack = self;
  job.path = xlsx_temp;
  job.cancellable = inner;
  thread = g_thread_new ("pack-xlsx", write_xlsx_thread, &job);

  ok = st_board_pack_write_pdf (self, pdf_path, cancellable, progress, user_data, error);
  if (!ok)
    g_cancellable_cancel (inner);
  g_thread_join (thread);
  if (handler != 0)
    g_cancellable_disconnect (cancellable, handler);

  if (ok && job.error != NULL)
    {
      /* The PDF is written and the workbook is not: as when written one
       * after the other. Its message names our file: name the target. */
      g_autofree char *display_temp = g_filename_display_name (xlsx_temp);
      g_autofree char *display = g_filename_display_name (xlsx_path);
      g_autoptr(GString) message = g_string_new (job.error->message);

      g_string_replace (message, display_temp, display, 0);
      g_set_error_literal (error, job.error->domain, job.error->code, message->str);
      ok = FALSE;
    }
  else if (ok)
    ok = st_pack_temp_file_commit (xlsx_temp, xlsx_path, error);
  if (!ok)
    g_unlink (xlsx_temp);
  g_clear_error (&job.error);
  return ok;
}

/* Temporary files ----------------------------------------------------------- */

char *
st_pack_temp_file_new (const char  *path,
                       GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *template = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  int fd;

  /* 0666 less the umask: the permissions any new file of the user gets. */
  fd = g_mkstemp_full (template, O_RDWR, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, ST_PACK_ERROR, ST_PACK_ERROR_FAILED,
                   _("Cannot write in the folder “%s”: %s; choose another folder"),
                   display, g_strerror (saved_errno));
      return NULL;
    }
  close (fd);
  return g_steal_pointer (&template);
}

gboolean
st_pack_temp_file_commit (const char  *temp_path,
                          const char  *path,
                          GError     **error)
{
  if (g_rename (temp_path, path) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (path);

      g_unlink (temp_path);
      g_set_error (error, ST_PACK_ERROR, ST_PACK_ERROR_FAILED,
                   _("Cannot save “%s”: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}
