/* st-import-dialog.h: the Import dialog: choose a file and sheet, check the
 * column mapping against a preview, see the problems, then import the valid
 * rows or nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "st-plan.h"

G_BEGIN_DECLS

#define ST_TYPE_IMPORT_DIALOG (st_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (StImportDialog, st_import_dialog, ST, IMPORT_DIALOG, AdwWindow)

StImportDialog *st_import_dialog_new         (GtkWindow       *parent,
                                              StPlan          *plan);
gboolean        st_import_dialog_load_file   (StImportDialog  *self,
                                              const char      *path,
                                              GError         **error);
/* What the dialog's buttons do, for tests: writes and emits "imported". */
gboolean        st_import_dialog_apply       (StImportDialog  *self,
                                              gboolean         valid_only,
                                              GError         **error);
guint           st_import_dialog_get_n_problems (StImportDialog *self);
/* Maps table column @column to @field (as the column's dropdown does). */
void            st_import_dialog_set_field   (StImportDialog  *self,
                                              guint            column,
                                              const char      *field);

/* Adds win.import and an "Import…" item to @menu for a window whose plan is
 * given by its "plan" property. */
void            st_import_dialog_install     (GtkApplicationWindow *window,
                                              GMenu           *menu);

G_END_DECLS
