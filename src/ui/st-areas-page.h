/* st-areas-page.h: the improvement plan as a tree, area > sub-action >
 * action, with a rating column per reporting period, filters, and the
 * editor of the selected row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "st-plan.h"
#include "st-record-view.h"

G_BEGIN_DECLS

#define ST_TYPE_AREAS_PAGE (st_areas_page_get_type ())

G_DECLARE_FINAL_TYPE (StAreasPage, st_areas_page, ST, AREAS_PAGE, AdwBin)

void          st_areas_page_set_plan   (StAreasPage *self,
                                        StPlan      *plan);
/* The current period: its end month decides which actions are overdue. */
void          st_areas_page_set_period (StAreasPage *self,
                                        StPeriod    *period);
/* The tree, its toolbar and editor (for selecting a record, or tests). */
StRecordView *st_areas_page_get_view   (StAreasPage *self);

G_END_DECLS
