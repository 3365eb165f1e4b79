/* st-export-dialog-private.h: where the tests can step into an export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Called in the export's worker thread, when set: @progress each time the
 * writer reports progress (before the dialog's bar sees it), @returned once
 * the writer has returned (the file in place, or not written at all) and
 * before the dialog is told. A test blocks in them to cancel at a known
 * point. NULL (the default): nothing is called. */
typedef struct
{
  void     (*progress) (double   fraction,
                        gpointer data);
  void     (*returned) (gboolean written,
                        gpointer data);
  gpointer data;
} StExportDialogHooks;

extern StExportDialogHooks st_export_dialog_hooks;

G_END_DECLS
