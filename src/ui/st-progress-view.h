/* st-progress-view.h: the progress-over-time chart of a plan with a choice
 * of priority area (or all) and of counts or shares, for the Overview.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "st-plan.h"

G_BEGIN_DECLS

#define ST_TYPE_PROGRESS_VIEW (st_progress_view_get_type ())

G_DECLARE_FINAL_TYPE (StProgressView, st_progress_view, ST, PROGRESS_VIEW, GtkWidget)

GtkWidget *st_progress_view_new      (void);
void       st_progress_view_set_plan (StProgressView *self,
                                      StPlan         *plan);
/* @area: (nullable): show one priority area, or all */
void       st_progress_view_set_area (StProgressView *self,
                                      StArea         *area);

G_END_DECLS
