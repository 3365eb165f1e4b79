/* st-governance-page.h: boards and groups as a tree of who reports to whom with their cadence, strategies, people, reporting periods, the rating scale and the plan's details.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "st-plan.h"

G_BEGIN_DECLS

#define ST_TYPE_GOVERNANCE_PAGE (st_governance_page_get_type ())

G_DECLARE_FINAL_TYPE (StGovernancePage, st_governance_page, ST, GOVERNANCE_PAGE, AdwBin)

void st_governance_page_set_plan   (StGovernancePage *self,
                           StPlan *plan);
void st_governance_page_set_period (StGovernancePage *self,
                           StPeriod *period);

G_END_DECLS
