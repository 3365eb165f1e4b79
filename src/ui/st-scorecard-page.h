/* st-scorecard-page.h: the performance scorecard: every measure with its
 * baseline, target, tolerance, latest value as of the period, RAG, direction
 * of travel, a sparkline and the actions citing it; the selected measure's
 * detail (trend chart, month-by-month values); the refs that actions cite
 * but the scorecard lacks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "st-plan.h"
#include "st-record-view.h"

G_BEGIN_DECLS

#define ST_TYPE_SCORECARD_PAGE (st_scorecard_page_get_type ())

G_DECLARE_FINAL_TYPE (StScorecardPage, st_scorecard_page, ST, SCORECARD_PAGE, AdwBin)

void     st_scorecard_page_set_plan      (StScorecardPage *self,
                                          StPlan          *plan);
void     st_scorecard_page_set_period    (StScorecardPage *self,
                                          StPeriod        *period);
/* Selects the measure @ref and shows its detail; FALSE if there is none. */
gboolean st_scorecard_page_show_measure  (StScorecardPage *self,
                                          const char      *ref);
/* Adds a "Scorecard" menu to @actions_view's toolbar listing the measures the
 * selected action cites; choosing one shows it on the window's Scorecard
 * page. */
void     st_scorecard_page_add_measure_links (StRecordView    *actions_view);

G_END_DECLS
