/* st-record-editor.h: edits every column of one record of a plan.
 *
 * Rows are made from the record class's columns (st_record_class_get_column):
 * text entries, longer text in a text view, switches for flags, drop-downs for
 * choices and for references to boards, a month picker for target months,
 * and for an action its rating and commentary for every reporting period.
 * Each change is one StPlan edit (one transaction, one undo step); a refused
 * value marks its row and shows the error as a toast, and the typed text
 * stays so that nothing is lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "st-plan.h"

G_BEGIN_DECLS

#define ST_TYPE_RECORD_EDITOR (st_record_editor_get_type ())

G_DECLARE_FINAL_TYPE (StRecordEditor, st_record_editor, ST, RECORD_EDITOR, GtkWidget)

GtkWidget *st_record_editor_new        (void);
void       st_record_editor_set_plan   (StRecordEditor *self,
                                        StPlan         *plan);
/* @record: (nullable): the record to edit */
void       st_record_editor_set_record (StRecordEditor *self,
                                        StRecord       *record);
StRecord  *st_record_editor_get_record (StRecordEditor *self);
/* The current period is listed first among an action's ratings. */
void       st_record_editor_set_period (StRecordEditor *self,
                                        StPeriod       *period);

G_END_DECLS
