/* st-chart-private.h: drawing helpers shared by the chart files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "st-chart.h"

G_BEGIN_DECLS

void         st_chart_set_source   (cairo_t            *cr,
                                    const StChartRgba  *rgba);
StChartRgba  st_chart_contrast     (const StChartRgba  *fill);
double       st_chart_font_size    (const StChartStyle *style);
PangoLayout *st_chart_layout       (cairo_t            *cr,
                                    const StChartStyle *style,
                                    const char         *text,
                                    double              scale,
                                    gboolean            bold);
void         st_chart_layout_size  (PangoLayout        *layout,
                                    double             *width,
                                    double             *height);
void         st_chart_show_layout  (cairo_t            *cr,
                                    PangoLayout        *layout,
                                    double              x,
                                    double              y,
                                    double              xalign,
                                    double              yalign);
double       st_chart_nice_step    (double              span,
                                    guint               ticks);
void         st_chart_begin        (cairo_t            *cr,
                                    double              width,
                                    double              height,
                                    const StChartStyle *style);
void         st_chart_end          (cairo_t            *cr);
void         st_chart_draw_message (cairo_t            *cr,
                                    double              width,
                                    double              height,
                                    const StChartStyle *style,
                                    const char         *message);
double       st_chart_draw_title   (cairo_t            *cr,
                                    double              width,
                                    double              y,
                                    const StChartStyle *style,
                                    const char         *title);
void         st_chart_draw_swatch  (cairo_t            *cr,
                                    const StChartStyle *style,
                                    double              x,
                                    double              y,
                                    double              size,
                                    const StChartRgba  *fill,
                                    const char         *letter);
double       st_chart_draw_legend  (cairo_t            *cr,
                                    double              width,
                                    double              y,
                                    const StChartStyle *style,
                                    guint               n_items,
                                    const StChartRgba **fills,
                                    const char * const *letters,
                                    const char * const *labels);

G_END_DECLS
