/* st-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ST_TYPE_APPLICATION (st_application_get_type ())

G_DECLARE_FINAL_TYPE (StApplication, st_application, ST, APPLICATION, AdwApplication)

StApplication *st_application_new            (void);
/* ~/.local/share/send-tracker/plans */
char          *st_application_dup_plans_dir  (void);
/* The app's settings, or %NULL when the schema is not installed. (transfer none) */
GSettings     *st_application_get_settings   (void);
/* Remembers @path as the last plan and first of the recent plans. */
void           st_application_note_plan      (const char *path);

G_END_DECLS
