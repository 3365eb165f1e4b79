/* st-export-dialog.h: the Export dialog (period, sections, format, file) and
 * the window actions win.export and win.print.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "st-boardpack.h"

G_BEGIN_DECLS

typedef enum
{
  ST_EXPORT_PDF,
  ST_EXPORT_XLSX,
} StExportFormat;

#define ST_TYPE_EXPORT_DIALOG (st_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (StExportDialog, st_export_dialog, ST, EXPORT_DIALOG, AdwWindow)

/* @period: (nullable): the period chosen at first; NULL: the latest */
StExportDialog *st_export_dialog_new          (GtkWindow       *parent,
                                               StPlan          *plan,
                                               StPeriod        *period);
StPackSections  st_export_dialog_get_sections (StExportDialog  *self);
void            st_export_dialog_set_sections (StExportDialog  *self,
                                               StPackSections   sections);
StExportFormat  st_export_dialog_get_format   (StExportDialog  *self);
void            st_export_dialog_set_format   (StExportDialog  *self,
                                               StExportFormat   format);
/* What the Export button does once a file is chosen: composes the pack and
 * writes it in a worker thread; "finished" tells how it went. */
void            st_export_dialog_export_to    (StExportDialog  *self,
                                               const char      *path);
gboolean        st_export_dialog_get_busy     (StExportDialog  *self);
/* What the Cancel button does while exporting. It leaves the target as it
 * was, unless it comes once the file is in place: then it is too late, and
 * "finished" gives the file as written. */
void            st_export_dialog_cancel       (StExportDialog  *self);

/* The board pack of @plan for printing, every section. */
void            st_export_print               (GtkWindow       *parent,
                                               StPlan          *plan,
                                               StPeriod        *period);

/* Adds win.export and win.print (Ctrl+P), and their items to @menu, for a
 * window whose plan is its "plan" property (and period its "period"
 * property, if it has one). */
void            st_export_dialog_install      (GtkApplicationWindow *window,
                                               GMenu           *menu);

G_END_DECLS
