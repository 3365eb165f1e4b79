/* st-status-chip.h: a rating shown as a letter on its colour.
 *
 * The chip never relies on colour alone: it shows the status letter, its
 * tooltip and accessible label are the status label ("Amber: some
 * concerns"), and the letter is dark on light colours and white on dark ones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "st-records.h"

G_BEGIN_DECLS

#define ST_TYPE_STATUS_CHIP (st_status_chip_get_type ())

G_DECLARE_FINAL_TYPE (StStatusChip, st_status_chip, ST, STATUS_CHIP, GtkWidget)

GtkWidget    *st_status_chip_new            (void);
/* @info: (nullable): the status to show; %NULL shows "not rated" (a dash) */
void          st_status_chip_set_info       (StStatusChip *self,
                                             StStatusInfo *info);
StStatusInfo *st_status_chip_get_info       (StStatusChip *self);
/* Also show the label after the letter ("B  Blue"). */
void          st_status_chip_set_show_label (StStatusChip *self,
                                             gboolean      show_label);

/* Whether @colour (#RRGGBB) needs dark text for contrast. */
gboolean      st_colour_wants_dark_text     (const char   *colour);

G_END_DECLS
