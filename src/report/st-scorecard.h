/* st-scorecard.h: the performance scorecard as of a reporting period: each
 * measure's latest value at or before the period's end month, its RAG and
 * direction of travel, the actions that cite it, and the refs that actions
 * cite but the scorecard lacks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "st-plan.h"
#include "st-rag.h"

G_BEGIN_DECLS

typedef struct
{
  StMeasure            *measure;
  const StMeasureValue *latest;     /* NULL: no value yet; owned by the measure */
  const StMeasureValue *previous;   /* the value before it, or NULL */
  StRag                 rag;
  StDirection           direction;
  GPtrArray            *cited_by;   /* StAction, in plan order */
} StScorecardRow;

typedef struct
{
  char      *ref;
  GPtrArray *cited_by;              /* StAction */
} StMissingRef;

typedef struct _StScorecard StScorecard;

#define ST_TYPE_SCORECARD (st_scorecard_get_type ())

GType                 st_scorecard_get_type          (void) G_GNUC_CONST;
/* @period: (nullable): values up to its end month; NULL: every value */
StScorecard          *st_scorecard_new               (StPlan      *plan,
                                                      StPeriod    *period);
StScorecard          *st_scorecard_ref               (StScorecard *self);
void                  st_scorecard_unref             (StScorecard *self);

int                   st_scorecard_get_as_of         (StScorecard *self);
guint                 st_scorecard_get_n_rows        (StScorecard *self);
const StScorecardRow *st_scorecard_get_row           (StScorecard *self,
                                                      guint        index);
/* Measures rated Green, Amber, Red; Grey counts the rest (data only, no
 * value or no target), which are left out of the RAG counts. */
guint                 st_scorecard_count             (StScorecard *self,
                                                      StRag        rag);
guint                 st_scorecard_get_n_missing     (StScorecard *self);
const StMissingRef   *st_scorecard_get_missing       (StScorecard *self,
                                                      guint        index);

JsonNode             *st_scorecard_to_json           (StScorecard *self);
char                 *st_scorecard_to_text           (StScorecard *self);

/* Actions citing @ref, in plan order. (transfer container) */
GPtrArray            *st_scorecard_find_citing_actions (StPlan    *plan,
                                                        const char *ref);
/* Every ref cited by an action of @plan → GPtrArray of the actions citing it,
 * in plan order, each once: one pass over the actions, for callers that look
 * up many refs (a search per ref is actions x refs). (transfer full) */
GHashTable           *st_scorecard_index_citing_actions (StPlan *plan);
/* Refs cited by actions of @plan with no measure of that ref, in order of
 * first citation. (transfer full), free with g_ptr_array_unref() */
GPtrArray            *st_scorecard_find_missing_refs (StPlan      *plan);

/* A measure's number as shown: "88.4%", "31 days", "1324"; at most two
 * decimals, rounded half away from zero. */
char                 *st_scorecard_format_value      (const char  *unit,
                                                      double       value);
/* "5" or "10% of target", "" for none */
char                 *st_scorecard_format_tolerance  (double           tolerance,
                                                      StToleranceKind  kind,
                                                      const char      *unit);
const char           *st_scorecard_polarity_label    (StPolarity   polarity);
const char           *st_scorecard_frequency_label   (const char  *frequency);
const char           *st_scorecard_unit_label        (const char  *unit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StScorecard, st_scorecard_unref)

G_END_DECLS
