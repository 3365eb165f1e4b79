/* st-text-pool.h: the texts of one load of a plan, in a few large blocks.
 *
 * A big plan holds a hundred thousand texts. Loaded one allocation each, they
 * cost an allocation header and rounding apiece, a malloc() to load and a
 * free() to drop; and many repeat (owners, target months, stock commentary).
 * A pool holds them end to end in blocks, each short text once. Records made
 * by a load keep a reference to its pool; a text edited later is allocated
 * on its own as before, and the pool goes when the last of its records does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _StTextPool StTextPool;

StTextPool  *st_text_pool_new          (void);
StTextPool  *st_text_pool_ref          (StTextPool *self);
void         st_text_pool_unref        (StTextPool *self);
const char  *st_text_pool_add          (StTextPool *self,
                                        const char *text);
void         st_text_pool_end_load     (StTextPool *self);
gboolean     st_text_pool_contains     (StTextPool *self,
                                        const char *text);
gsize        st_text_pool_get_size     (StTextPool *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StTextPool, st_text_pool_unref)

G_END_DECLS
