/* st-chart-widget.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-chart-widget"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "st-chart-widget.h"
#include "st-scorecard.h"

typedef enum
{
  KIND_NONE,
  KIND_PROGRESS,
  KIND_TREND,
  KIND_SPARKLINE,
} Kind;

struct _StChartWidget
{
  GtkWidget  parent_instance;

  Kind       kind;
  gpointer   data;
};

G_DEFINE_FINAL_TYPE (StChartWidget, st_chart_widget, GTK_TYPE_WIDGET)

static void
clear_data (StChartWidget *self)
{
  switch (self->kind)
    {
    case KIND_PROGRESS:
      g_clear_pointer ((StProgressData **) &self->data, st_progress_data_free);
      break;
    case KIND_TREND:
    case KIND_SPARKLINE:
      g_clear_pointer ((StTrendData **) &self->data, st_trend_data_free);
      break;
    case KIND_NONE:
    default:
      break;
    }
  self->data = NULL;
  self->kind = KIND_NONE;
}

void
st_chart_style_init_for_widget (StChartStyle  *style,
                                GtkWidget     *widget,
                                char         **font_family)
{
  GdkRGBA fg;
  const PangoFontDescription *font;
  double size = 9.0;

  st_chart_style_init_light (style);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  style->foreground = (StChartRgba) { fg.red, fg.green, fg.blue, fg.alpha };
  style->background = (StChartRgba) { 0, 0, 0, 0 };
  style->grid = (StChartRgba) { fg.red, fg.green, fg.blue, fg.alpha * 0.16 };

  font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  *font_family = g_strdup (font && pango_font_description_get_family (font)
                           ? pango_font_description_get_family (font) : "Sans");
  if (font && pango_font_description_get_size (font) > 0)
    {
      size = (double) pango_font_description_get_size (font) / PANGO_SCALE;
      /* points to pixels at the 96 dpi of a pango-cairo layout */
      if (!pango_font_description_get_size_is_absolute (font))
        size = size * 96.0 / 72.0;
      /* charts use a size a little below the body text */
      size *= 0.9;
    }
  style->font_family = *font_family;
  style->font_size = size;
}

static void
st_chart_widget_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  StChartWidget *self = ST_CHART_WIDGET (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autofree char *family = NULL;
  StChartStyle style;
  cairo_t *cr;

  if (self->kind == KIND_NONE || width <= 0 || height <= 0)
    return;

  st_chart_style_init_for_widget (&style, widget, &family);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  switch (self->kind)
    {
    case KIND_PROGRESS:
      st_chart_draw_progress (cr, width, height, self->data, &style);
      break;
    case KIND_TREND:
      st_chart_draw_trend (cr, width, height, self->data, &style);
      break;
    case KIND_SPARKLINE:
      st_chart_draw_sparkline (cr, width, height, self->data, &style);
      break;
    case KIND_NONE:
    default:
      break;
    }
  cairo_destroy (cr);
}

static void
st_chart_widget_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  StChartWidget *self = ST_CHART_WIDGET (widget);
  gboolean small = self->kind == KIND_SPARKLINE;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = small ? 60 : 240;
      *natural = small ? 96 : 640;
    }
  else
    {
      *minimum = small ? 20 : 200;
      *natural = small ? 24 : 340;
    }
}

static void
st_chart_widget_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (st_chart_widget_parent_class)->css_changed (widget, change);
  /* dark style or a new font: redraw with the new colours */
  gtk_widget_queue_draw (widget);
}

static void
st_chart_widget_finalize (GObject *object)
{
  clear_data (ST_CHART_WIDGET (object));
  G_OBJECT_CLASS (st_chart_widget_parent_class)->finalize (object);
}

static void
st_chart_widget_class_init (StChartWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = st_chart_widget_finalize;
  widget_class->snapshot = st_chart_widget_snapshot;
  widget_class->measure = st_chart_widget_measure;
  widget_class->css_changed = st_chart_widget_css_changed;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
st_chart_widget_init (StChartWidget *self)
{
}

GtkWidget *
st_chart_widget_new (void)
{
  return g_object_new (ST_TYPE_CHART_WIDGET, NULL);
}

static void
set_label (StChartWidget *self,
           const char    *text)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text ? text : "", -1);
}

void
st_chart_widget_set_progress (StChartWidget  *self,
                              StProgressData *data)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_if_fail (ST_IS_CHART_WIDGET (self));

  clear_data (self);
  if (data)
    {
      self->kind = KIND_PROGRESS;
      self->data = data;
      g_string_append (text, data->title ? data->title : _("Progress over time"));
      for (guint i = 0; i < data->n_periods; i++)
        {
          const StProgressPeriod *p = &data->periods[i];

          g_string_append_printf (text, i == 0 ? ". %s:" : "; %s:", p->label);
          for (guint s = 0; s < ST_N_STATUSES; s++)
            g_string_append_printf (text, "%s %u %s", s ? "," : "", p->counts[s], data->statuses.labels[s]);
          if (p->unrated)
            g_string_append_printf (text, _(", %u not rated"), p->unrated);
        }
    }
  set_label (self, text->str);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_trend (StChartWidget *self,
           StTrendData   *data,
           Kind           kind)
{
  g_autofree char *text = NULL;

  clear_data (self);
  if (data)
    {
      self->kind = kind;
      self->data = data;
      if (data->n_points > 0)
        {
          const StTrendPoint *last = &data->points[data->n_points - 1];
          g_autofree char *value = st_scorecard_format_value (data->unit, last->value);
          g_autofree char *month = st_month_to_display (last->month);

          /* TRANSLATORS: a chart's description: title, then "latest value 88% (Apr 2023), Within tolerance" */
          text = g_strdup_printf (_("%s: %u values; latest %s (%s), %s"), data->title ? data->title : "",
                                  data->n_points, value, month, st_rag_to_label (last->rag));
        }
      else
        text = g_strdup_printf (_("%s: no values yet"), data->title ? data->title : "");
    }
  set_label (self, text);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
st_chart_widget_set_trend (StChartWidget *self,
                           StTrendData   *data)
{
  g_return_if_fail (ST_IS_CHART_WIDGET (self));
  set_trend (self, data, KIND_TREND);
}

void
st_chart_widget_set_sparkline (StChartWidget *self,
                               StTrendData   *data)
{
  g_return_if_fail (ST_IS_CHART_WIDGET (self));
  set_trend (self, data, KIND_SPARKLINE);
}
