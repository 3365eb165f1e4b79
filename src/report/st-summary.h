/* st-summary.h: the quantitative summary of a plan for one period, as in the
 * WSoA's Section 3: areas, sub-actions, actions, and the count and
 * percentage of actions per status, overall and per priority area.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "st-plan.h"

G_BEGIN_DECLS

typedef struct
{
  guint n_areas;
  guint n_sub_actions;
  guint n_actions;
  guint counts[ST_N_STATUSES];
  guint unrated;       /* actions with no rating for the period */
  guint overdue;       /* target month passed, not complete */
} StSummaryCounts;

typedef struct _StSummary StSummary;

#define ST_TYPE_SUMMARY (st_summary_get_type ())

GType                  st_summary_get_type      (void) G_GNUC_CONST;
StSummary             *st_summary_new           (StPlan      *plan,
                                                 StPeriod    *period);
StSummary             *st_summary_ref           (StSummary   *self);
void                   st_summary_unref         (StSummary   *self);

StPeriod              *st_summary_get_period    (StSummary   *self);
const StSummaryCounts *st_summary_get_overall   (StSummary   *self);
guint                  st_summary_get_n_areas   (StSummary   *self);
StArea                *st_summary_get_area      (StSummary   *self,
                                                 guint        index);
const StSummaryCounts *st_summary_get_area_counts (StSummary *self,
                                                 guint        index);

int                    st_percent_tenths        (guint        count,
                                                 guint        total);
double                 st_summary_counts_percent (const StSummaryCounts *counts,
                                                 StStatus     status);

JsonNode              *st_summary_to_json       (StSummary   *self,
                                                 StPlan      *plan);
char                  *st_summary_to_text       (StSummary   *self,
                                                 StPlan      *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StSummary, st_summary_unref)

G_END_DECLS
