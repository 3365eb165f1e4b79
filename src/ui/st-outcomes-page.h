/* st-outcomes-page.h: the strategy: outcomes with their indicators and measures, the areas for development with their oversight and responsible individual, and the Voices priorities.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "st-plan.h"

G_BEGIN_DECLS

#define ST_TYPE_OUTCOMES_PAGE (st_outcomes_page_get_type ())

G_DECLARE_FINAL_TYPE (StOutcomesPage, st_outcomes_page, ST, OUTCOMES_PAGE, AdwBin)

void st_outcomes_page_set_plan   (StOutcomesPage *self,
                           StPlan *plan);
void st_outcomes_page_set_period (StOutcomesPage *self,
                           StPeriod *period);

G_END_DECLS
