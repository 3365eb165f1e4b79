/* st-measure-detail.h: one scorecard measure in detail: its definition and
 * notes, the actions that cite it, its trend chart, and a month-by-month
 * grid to enter or correct its values.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "st-plan.h"

G_BEGIN_DECLS

#define ST_TYPE_MEASURE_DETAIL (st_measure_detail_get_type ())

G_DECLARE_FINAL_TYPE (StMeasureDetail, st_measure_detail, ST, MEASURE_DETAIL, GtkWidget)

GtkWidget *st_measure_detail_new         (void);
void       st_measure_detail_set_plan    (StMeasureDetail *self,
                                          StPlan          *plan);
/* @measure: (nullable) */
void       st_measure_detail_set_measure (StMeasureDetail *self,
                                          StMeasure       *measure);
StMeasure *st_measure_detail_get_measure (StMeasureDetail *self);
/* Enters @text as the value of @month, as typing it into the grid and
 * pressing Enter does; FALSE and @error when it is refused. */
gboolean   st_measure_detail_enter_value (StMeasureDetail *self,
                                          int              month,
                                          const char      *text,
                                          GError         **error);

/* Signals: "action-activated" (StAction *action): a citing action was clicked. */

G_END_DECLS
