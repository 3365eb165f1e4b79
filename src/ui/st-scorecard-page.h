/* st-scorecard-page.h: the performance scorecard's measures as a plain list (reference, title, unit, target, latest value) with the editor of the selected measure.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "st-plan.h"

G_BEGIN_DECLS

#define ST_TYPE_SCORECARD_PAGE (st_scorecard_page_get_type ())

G_DECLARE_FINAL_TYPE (StScorecardPage, st_scorecard_page, ST, SCORECARD_PAGE, AdwBin)

void st_scorecard_page_set_plan   (StScorecardPage *self,
                           StPlan *plan);
void st_scorecard_page_set_period (StScorecardPage *self,
                           StPeriod *period);

G_END_DECLS
