/* st-chart-widget.h: a chart on screen, drawn by the same functions as the
 * PNG, PDF and printed charts (st-chart.h), in the colours and font of the
 * widget's style, so it follows the dark style and HiDPI scales.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "st-chart.h"

G_BEGIN_DECLS

#define ST_TYPE_CHART_WIDGET (st_chart_widget_get_type ())

G_DECLARE_FINAL_TYPE (StChartWidget, st_chart_widget, ST, CHART_WIDGET, GtkWidget)

GtkWidget *st_chart_widget_new           (void);
/* Each takes ownership of @data; NULL shows nothing. The accessible label
 * becomes a text summary of the chart. */
void       st_chart_widget_set_progress  (StChartWidget  *self,
                                          StProgressData *data);
void       st_chart_widget_set_trend     (StChartWidget  *self,
                                          StTrendData    *data);
void       st_chart_widget_set_sparkline (StChartWidget  *self,
                                          StTrendData    *data);

/* The chart style of @widget: its text colour, a transparent background, a
 * faint grid, and its font. */
void       st_chart_style_init_for_widget (StChartStyle  *style,
                                           GtkWidget     *widget,
                                           char         **font_family);

G_END_DECLS
