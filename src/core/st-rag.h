/* st-rag.h: rating scorecard values Red, Amber or Green, and their
 * direction of travel.
 *
 * Rules (docs/ARCHITECTURE.md, "Scorecard ratings"):
 *  - Grey when there is no value, no target, or the measure is data only.
 *  - Green when the target is met: at or above it (higher is better), at or
 *    below it (lower is better), on it (close to target).
 *  - Amber when it is missed by no more than the tolerance: an absolute
 *    amount, or a percentage of the target. The edge counts as within.
 *  - Red beyond the tolerance.
 *  - A value is rated with the target, tolerance and polarity stored with
 *    it (StMeasureValue), never the measure's current ones, so changing a
 *    target does not re-rate history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "st-records.h"

G_BEGIN_DECLS

typedef enum
{
  ST_RAG_GREY,    /* no value, no target, or data only */
  ST_RAG_GREEN,
  ST_RAG_AMBER,
  ST_RAG_RED,
} StRag;

#define ST_N_RAGS 4

typedef enum
{
  ST_DIRECTION_NONE,      /* no value, or no previous value to compare with */
  ST_DIRECTION_IMPROVED,
  ST_DIRECTION_SAME,
  ST_DIRECTION_WORSENED,
  ST_DIRECTION_UP,        /* data only: rose, no judgement */
  ST_DIRECTION_DOWN,      /* data only: fell */
} StDirection;

/* The rule itself; @target NAN means none. */
StRag        st_rag_rate                (double                value,
                                         double                target,
                                         double                tolerance,
                                         StToleranceKind       tolerance_kind,
                                         StPolarity            polarity);
/* The tolerance as an amount: @tolerance, or that percentage of |@target|. */
double       st_rag_tolerance_amount    (double                target,
                                         double                tolerance,
                                         StToleranceKind       tolerance_kind);
/* A stored value, by what was stored with it; NULL is Grey. */
StRag        st_rag_rate_value          (const StMeasureValue *value);

/* @value against @previous, by @value's polarity (and target, for close to
 * target: nearer is better). NULL for either is NONE. */
StDirection  st_rag_direction           (const StMeasureValue *value,
                                         const StMeasureValue *previous);

/* The latest value of @measure in a month at or before @month (ST_MONTH_NONE:
 * any), and the value before it; either may be NULL. */
const StMeasureValue *st_measure_latest_value (StMeasure            *measure,
                                               int                   month,
                                               const StMeasureValue **previous);

const char  *st_rag_to_code             (StRag                 rag);
const char  *st_rag_to_letter           (StRag                 rag);
const char  *st_rag_to_label            (StRag                 rag);
/* The status whose colour the rating is shown in. */
StStatus     st_rag_to_status           (StRag                 rag);
const char  *st_direction_to_code       (StDirection           direction);
const char  *st_direction_to_label      (StDirection           direction);
/* An arrow (↑ ↓ →) for the board pack; always shown with a label. */
const char  *st_direction_to_symbol     (StDirection           direction);

G_END_DECLS
