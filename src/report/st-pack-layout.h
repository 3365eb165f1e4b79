/* st-pack-layout.h: the board pack laid out in A4 landscape pages.
 *
 * The layout measures every block and table row once (pango, in points) and
 * paginates them into pages of positioned items: tables break between rows,
 * with their header row repeated, and a row is never cut in half; long text
 * wraps. st_pack_layout_draw_page() draws one page on any cairo context whose
 * user unit is the point: the PDF writer's surface and GtkPrintOperation's
 * draw-page both call it, so the printout is the PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "st-boardpack.h"

G_BEGIN_DECLS

/* A4 landscape, in points */
#define ST_PACK_PAGE_WIDTH  841.8898
#define ST_PACK_PAGE_HEIGHT 595.2756

typedef struct _StPackLayout StPackLayout;

typedef struct
{
  const char *title;
  guint       page;       /* 0-based */
  double      y;          /* where on the page, in points */
  int         level;      /* 0: a section, 1: an area within a section */
} StPackOutlineEntry;

StPackLayout *st_pack_layout_new            (StBoardPack         *pack,
                                             GCancellable        *cancellable,
                                             StPackProgressFunc   progress,
                                             gpointer             user_data,
                                             GError             **error);
void          st_pack_layout_free           (StPackLayout        *self);

StBoardPack  *st_pack_layout_get_pack       (StPackLayout        *self);
guint         st_pack_layout_get_n_pages    (StPackLayout        *self);
guint         st_pack_layout_get_n_outline  (StPackLayout        *self);
const StPackOutlineEntry *st_pack_layout_get_outline (StPackLayout *self,
                                             guint                index);

PangoFontMap *st_pack_layout_steal_font_map (StPackLayout        *self);

void          st_pack_layout_draw_page      (StPackLayout        *self,
                                             cairo_t             *cr,
                                             guint                page_nr);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StPackLayout, st_pack_layout_free)

G_END_DECLS
