/* st-overview-page.h: the plan at a glance for the current period: totals
 * and the quantitative summary as in the WSoA's Section 3 (count and % per
 * status, overall and per priority area), and room for the progress chart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "st-plan.h"
#include "st-summary.h"

G_BEGIN_DECLS

#define ST_TYPE_OVERVIEW_PAGE (st_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (StOverviewPage, st_overview_page, ST, OVERVIEW_PAGE, AdwBin)

void       st_overview_page_set_plan        (StOverviewPage *self,
                                             StPlan         *plan);
void       st_overview_page_set_period      (StOverviewPage *self,
                                             StPeriod       *period);
/* The summary on show; recomputed when the plan changes. (transfer none) */
StSummary *st_overview_page_get_summary     (StOverviewPage *self);
/* An empty vertical box below the summary, for the progress chart. */
GtkBox    *st_overview_page_get_chart_box   (StOverviewPage *self);

G_END_DECLS
