/* st-rag.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-rag"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "st-rag.h"

/* Values are typed in to a few decimals; 90 - 10% of 90 computes as
 * 80.99999999999999. Comparisons allow this much relative slack, so a value
 * exactly on a boundary is on it. */
static double
slack (double target)
{
  return 1e-9 * MAX (1.0, fabs (target));
}

double
st_rag_tolerance_amount (double          target,
                         double          tolerance,
                         StToleranceKind tolerance_kind)
{
  if (!(tolerance > 0))
    return 0;
  if (tolerance_kind == ST_TOLERANCE_PERCENT)
    return isnan (target) ? 0 : fabs (target) * tolerance / 100.0;
  return tolerance;
}

StRag
st_rag_rate (double          value,
             double          target,
             double          tolerance,
             StToleranceKind tolerance_kind,
             StPolarity      polarity)
{
  double miss, eps = slack (target);
  double band = st_rag_tolerance_amount (target, tolerance, tolerance_kind);

  if (isnan (value) || isnan (target) || polarity == ST_POLARITY_DATA)
    return ST_RAG_GREY;

  switch (polarity)
    {
    case ST_POLARITY_HIGHER:
      miss = target - value;
      break;
    case ST_POLARITY_LOWER:
      miss = value - target;
      break;
    case ST_POLARITY_TARGET:
      miss = fabs (value - target);
      break;
    case ST_POLARITY_DATA:
    default:
      return ST_RAG_GREY;
    }

  if (miss <= eps)
    return ST_RAG_GREEN;
  if (miss <= band + eps)
    return ST_RAG_AMBER;
  return ST_RAG_RED;
}

StRag
st_rag_rate_value (const StMeasureValue *value)
{
  if (value == NULL)
    return ST_RAG_GREY;
  return st_rag_rate (value->value, value->target, value->tolerance,
                      value->tolerance_kind, value->polarity);
}

StDirection
st_rag_direction (const StMeasureValue *value,
                  const StMeasureValue *previous)
{
  double now, before, eps;

  if (value == NULL || previous == NULL || isnan (value->value) || isnan (previous->value))
    return ST_DIRECTION_NONE;

  now = value->value;
  before = previous->value;
  eps = slack (before);
  if (fabs (now - before) <= eps)
    return ST_DIRECTION_SAME;

  switch (value->polarity)
    {
    case ST_POLARITY_HIGHER:
      return now > before ? ST_DIRECTION_IMPROVED : ST_DIRECTION_WORSENED;
    case ST_POLARITY_LOWER:
      return now < before ? ST_DIRECTION_IMPROVED : ST_DIRECTION_WORSENED;
    case ST_POLARITY_TARGET:
      {
        double d_now, d_before;

        if (isnan (value->target))
          return now > before ? ST_DIRECTION_UP : ST_DIRECTION_DOWN;
        d_now = fabs (now - value->target);
        d_before = fabs (before - value->target);
        if (fabs (d_now - d_before) <= slack (value->target))
          return ST_DIRECTION_SAME;
        return d_now < d_before ? ST_DIRECTION_IMPROVED : ST_DIRECTION_WORSENED;
      }
    case ST_POLARITY_DATA:
    default:
      return now > before ? ST_DIRECTION_UP : ST_DIRECTION_DOWN;
    }
}

const StMeasureValue *
st_measure_latest_value (StMeasure             *measure,
                         int                    month,
                         const StMeasureValue **previous)
{
  guint n;
  int found = -1;

  g_return_val_if_fail (ST_IS_MEASURE (measure), NULL);

  if (previous)
    *previous = NULL;
  n = st_measure_get_n_values (measure);
  for (guint i = 0; i < n; i++)
    {
      const StMeasureValue *v = st_measure_get_nth_value (measure, i);

      if (month == ST_MONTH_NONE || v->month <= month)
        found = i;
      else
        break;
    }
  if (found < 0)
    return NULL;
  if (previous && found > 0)
    *previous = st_measure_get_nth_value (measure, found - 1);
  return st_measure_get_nth_value (measure, found);
}

static const char * const rag_codes[] = { "grey", "green", "amber", "red" };
static const char * const rag_letters[] = { "–", "G", "A", "R" };

const char *
st_rag_to_code (StRag rag)
{
  g_return_val_if_fail ((guint) rag < ST_N_RAGS, "grey");
  return rag_codes[rag];
}

const char *
st_rag_to_letter (StRag rag)
{
  g_return_val_if_fail ((guint) rag < ST_N_RAGS, "–");
  return rag_letters[rag];
}

const char *
st_rag_to_label (StRag rag)
{
  switch (rag)
    {
    case ST_RAG_GREEN:
      return _("Target met");
    case ST_RAG_AMBER:
      return _("Within tolerance");
    case ST_RAG_RED:
      return _("Beyond tolerance");
    case ST_RAG_GREY:
    default:
      return _("Not rated");
    }
}

StStatus
st_rag_to_status (StRag rag)
{
  switch (rag)
    {
    case ST_RAG_GREEN:
      return ST_STATUS_GREEN;
    case ST_RAG_AMBER:
      return ST_STATUS_AMBER;
    case ST_RAG_RED:
      return ST_STATUS_RED;
    case ST_RAG_GREY:
    default:
      return ST_STATUS_GREY;
    }
}

const char *
st_direction_to_code (StDirection direction)
{
  static const char * const codes[] = { "none", "improved", "same", "worsened", "up", "down" };

  g_return_val_if_fail ((guint) direction < G_N_ELEMENTS (codes), "none");
  return codes[direction];
}

const char *
st_direction_to_label (StDirection direction)
{
  switch (direction)
    {
    case ST_DIRECTION_IMPROVED:
      return _("Improved");
    case ST_DIRECTION_SAME:
      return _("Same");
    case ST_DIRECTION_WORSENED:
      return _("Worsened");
    case ST_DIRECTION_UP:
      return _("Rose");
    case ST_DIRECTION_DOWN:
      return _("Fell");
    case ST_DIRECTION_NONE:
    default:
      return _("No previous value");
    }
}

/* Improvement points up and worsening down, whatever the polarity: the
 * board reads the arrow as "better or worse", with the label beside it. */
const char *
st_direction_to_symbol (StDirection direction)
{
  switch (direction)
    {
    case ST_DIRECTION_IMPROVED:
    case ST_DIRECTION_UP:
      return "↑";
    case ST_DIRECTION_WORSENED:
    case ST_DIRECTION_DOWN:
      return "↓";
    case ST_DIRECTION_SAME:
      return "→";
    case ST_DIRECTION_NONE:
    default:
      return "";
    }
}
