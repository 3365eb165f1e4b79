/* st-print-operation.h: printing the board pack, from the PDF's page layout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "st-boardpack.h"

G_BEGIN_DECLS

#define ST_TYPE_PRINT_OPERATION (st_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (StPrintOperation, st_print_operation, ST, PRINT_OPERATION, GtkPrintOperation)

StPrintOperation *st_print_operation_new        (StBoardPack      *pack);
guint             st_print_operation_get_n_pages (StPrintOperation *self);

G_END_DECLS
