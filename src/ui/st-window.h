/* st-window.h: the main window: one plan, its pages, the current period.
 *
 * Others extend the window with window actions (win.export, win.print,
 * win.import…) and items in the primary menu's export section.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "st-application.h"
#include "st-plan.h"

G_BEGIN_DECLS

#define ST_TYPE_WINDOW (st_window_get_type ())

G_DECLARE_FINAL_TYPE (StWindow, st_window, ST, WINDOW, AdwApplicationWindow)

StWindow  *st_window_new                (StApplication *application);

/* Opens @path; on failure shows an AdwMessageDialog with the reason, keeps
 * the plan that was open and returns %FALSE. */
gboolean   st_window_open               (StWindow      *self,
                                         const char    *path);
/* Shows @plan (nullable: shows the list of plans). */
void       st_window_set_plan           (StWindow      *self,
                                         StPlan        *plan);
/* The open plan, or %NULL. (transfer none) ("plan" property, notifies) */
StPlan    *st_window_get_plan           (StWindow      *self);
/* The current reporting period, or %NULL. (transfer none) ("period" property) */
StPeriod  *st_window_get_period         (StWindow      *self);
void       st_window_set_period         (StWindow      *self,
                                         StPeriod      *period);

/* The primary menu's empty section for Export, Print and Import items. */
GMenu     *st_window_get_export_section (StWindow      *self);
/* A page by name: "overview", "areas", "outcomes", "scorecard", "governance". */
GtkWidget *st_window_get_page           (StWindow      *self,
                                         const char    *name);
void       st_window_show_page          (StWindow      *self,
                                         const char    *name);

void       st_window_add_toast          (StWindow      *self,
                                         const char    *message);
/* An AdwMessageDialog with @heading and the error's message. */
void       st_window_show_error         (StWindow      *self,
                                         const char    *heading,
                                         const GError  *error);

G_END_DECLS
