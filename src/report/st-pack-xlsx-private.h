/* st-pack-xlsx-private.h: the XLSX writer's settings, for the tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* From how many rows (sub-action headings and actions) the "BRAG on a
 * page" sheet is written by a thread of its own, when the pack may use
 * more than one thread (st_pack_get_max_threads()). 0: always, even on one
 * thread; G_MAXUINT: never. */
extern guint st_pack_xlsx_threaded_rows;

G_END_DECLS
