/* st-chart.c: the progress-over-time chart and the helpers all charts share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "st-chart.h"
#include "st-chart-private.h"
#include "st-summary.h"

G_DEFINE_QUARK (st-chart-error-quark, st_chart_error)

/* Styles and colours ------------------------------------------------------ */

void
st_chart_style_init_light (StChartStyle *style)
{
  g_return_if_fail (style != NULL);
  *style = (StChartStyle) {
    .foreground = { 0.13, 0.13, 0.13, 1.0 },
    .background = { 1.0, 1.0, 1.0, 1.0 },
    .grid = { 0.0, 0.0, 0.0, 0.15 },
    .font_family = "Sans",
    .font_size = 9.0,
  };
}

void
st_chart_style_init_dark (StChartStyle *style)
{
  g_return_if_fail (style != NULL);
  *style = (StChartStyle) {
    .foreground = { 1.0, 1.0, 1.0, 1.0 },
    .background = { 0.14, 0.14, 0.14, 1.0 },
    .grid = { 1.0, 1.0, 1.0, 0.18 },
    .font_family = "Sans",
    .font_size = 9.0,
  };
}

gboolean
st_chart_rgba_parse (const char  *text,
                     StChartRgba *rgba)
{
  guint r, g, b;

  g_return_val_if_fail (rgba != NULL, FALSE);
  *rgba = (StChartRgba) { 0, 0, 0, 1 };
  if (text == NULL || strlen (text) != 7 || text[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (text[i]))
      return FALSE;
  if (sscanf (text + 1, "%2x%2x%2x", &r, &g, &b) != 3)
    return FALSE;
  *rgba = (StChartRgba) { r / 255.0, g / 255.0, b / 255.0, 1.0 };
  return TRUE;
}

void
st_chart_statuses_init (StChartStatuses *statuses,
                        StPlan          *plan)
{
  static const char * const fallback_colours[] = { "#0070C0", "#00B050", "#FFC000", "#FF0000", "#A6A6A6" };

  g_return_if_fail (statuses != NULL);
  memset (statuses, 0, sizeof *statuses);
  for (guint s = 0; s < ST_N_STATUSES; s++)
    {
      StStatusInfo *info = plan ? st_plan_get_status_info (plan, s) : NULL;
      const char *colour = info ? st_record_get_string (ST_RECORD (info), "colour") : NULL;
      const char *letter = info ? st_record_get_string (ST_RECORD (info), "letter") : NULL;
      const char *label = info ? st_record_get_string (ST_RECORD (info), "label") : NULL;

      if (!st_chart_rgba_parse (colour, &statuses->colours[s]))
        st_chart_rgba_parse (fallback_colours[s], &statuses->colours[s]);
      statuses->letters[s] = g_strdup (letter && *letter ? letter : st_status_default_letter (s));
      statuses->labels[s] = g_strdup (label && *label ? label : st_status_to_code (s));
    }
}

void
st_chart_statuses_clear (StChartStatuses *statuses)
{
  g_return_if_fail (statuses != NULL);
  for (guint s = 0; s < ST_N_STATUSES; s++)
    {
      g_clear_pointer (&statuses->letters[s], g_free);
      g_clear_pointer (&statuses->labels[s], g_free);
    }
}

/* Shared drawing helpers (st-chart-private.h) ---------------------------- */

void
st_chart_set_source (cairo_t           *cr,
                     const StChartRgba *rgba)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha);
}

/* Black or white, whichever reads better on @fill (WCAG relative luminance). */
StChartRgba
st_chart_contrast (const StChartRgba *fill)
{
  double c[3] = { fill->red, fill->green, fill->blue };
  double l;

  for (guint i = 0; i < 3; i++)
    c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : pow ((c[i] + 0.055) / 1.055, 2.4);
  l = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  /* contrast with black (l + 0.05) / 0.05 against white 1.05 / (l + 0.05) */
  if ((l + 0.05) * (l + 0.05) > 0.05 * 1.05)
    return (StChartRgba) { 0, 0, 0, 1 };
  return (StChartRgba) { 1, 1, 1, 1 };
}

double
st_chart_font_size (const StChartStyle *style)
{
  return style->font_size > 0 ? style->font_size : 9.0;
}

PangoLayout *
st_chart_layout (cairo_t            *cr,
                 const StChartStyle *style,
                 const char         *text,
                 double              scale,
                 gboolean            bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_new ();
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Font options set on @cr win over its surface's: the board pack sets
   * those of its PDF, so that a page drawn on another surface (recorded in
   * a drawing thread, printed) uses the same fonts. */
  cairo_get_font_options (cr, options);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  cairo_font_options_destroy (options);

  pango_font_description_set_family (font, style->font_family ? style->font_family : "Sans");
  pango_font_description_set_absolute_size (font, st_chart_font_size (style) * scale * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

void
st_chart_layout_size (PangoLayout *layout,
                      double      *width,
                      double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width)
    *width = (double) logical.width / PANGO_SCALE;
  if (height)
    *height = (double) logical.height / PANGO_SCALE;
}

/* Draws @layout with its logical box's (@xalign, @yalign) point at (x, y):
 * 0 is left or top, 0.5 the centre, 1 right or bottom. */
void
st_chart_show_layout (cairo_t     *cr,
                      PangoLayout *layout,
                      double       x,
                      double       y,
                      double       xalign,
                      double       yalign)
{
  PangoRectangle logical;
  double lx, ly, w, h;

  /* a layout with a set width and centred text has its text at an offset */
  pango_layout_get_extents (layout, NULL, &logical);
  lx = (double) logical.x / PANGO_SCALE;
  ly = (double) logical.y / PANGO_SCALE;
  w = (double) logical.width / PANGO_SCALE;
  h = (double) logical.height / PANGO_SCALE;
  cairo_move_to (cr, x - w * xalign - lx, y - h * yalign - ly);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
}

/* A step of 1, 2 or 5 × 10^k near @span / @ticks. */
double
st_chart_nice_step (double span,
                    guint  ticks)
{
  double raw, magnitude, f;

  if (!(span > 0) || ticks == 0)
    return 1.0;
  raw = span / ticks;
  magnitude = pow (10, floor (log10 (raw)));
  f = raw / magnitude;
  if (f <= 1)
    f = 1;
  else if (f <= 2)
    f = 2;
  else if (f <= 5)
    f = 5;
  else
    f = 10;
  return f * magnitude;
}

void
st_chart_begin (cairo_t            *cr,
                double              width,
                double              height,
                const StChartStyle *style)
{
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  if (style->background.alpha > 0)
    {
      st_chart_set_source (cr, &style->background);
      cairo_paint (cr);
    }
}

void
st_chart_end (cairo_t *cr)
{
  cairo_restore (cr);
}

/* A line of text in the middle of the chart, for charts with no data. */
void
st_chart_draw_message (cairo_t            *cr,
                       double              width,
                       double              height,
                       const StChartStyle *style,
                       const char         *message)
{
  g_autoptr(PangoLayout) layout = st_chart_layout (cr, style, message, 1.0, FALSE);

  pango_layout_set_width (layout, (int) (MAX (width - 8, 1) * PANGO_SCALE));
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  st_chart_set_source (cr, &style->foreground);
  st_chart_show_layout (cr, layout, 4, height / 2, 0, 0.5);
}

/* The title, top left; returns the y below it. */
double
st_chart_draw_title (cairo_t            *cr,
                     double              width,
                     double              y,
                     const StChartStyle *style,
                     const char         *title)
{
  g_autoptr(PangoLayout) layout = NULL;
  double fs = st_chart_font_size (style);
  double h;

  if (title == NULL || *title == '\0')
    return y;
  layout = st_chart_layout (cr, style, title, 1.25, TRUE);
  pango_layout_set_width (layout, (int) (MAX (width - 2 * fs, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  st_chart_layout_size (layout, NULL, &h);
  st_chart_set_source (cr, &style->foreground);
  st_chart_show_layout (cr, layout, fs, y, 0, 0);
  return y + h + fs * 0.5;
}

/* A swatch of @fill with @letter in it, @size square, top left at (x, y).
 * A NULL @fill draws an outline only (for "not rated"). */
void
st_chart_draw_swatch (cairo_t            *cr,
                      const StChartStyle *style,
                      double              x,
                      double              y,
                      double              size,
                      const StChartRgba  *fill,
                      const char         *letter)
{
  g_autoptr(PangoLayout) layout = st_chart_layout (cr, style, letter, 0.9, TRUE);
  StChartRgba ink;

  if (fill)
    {
      cairo_rectangle (cr, x, y, size, size);
      st_chart_set_source (cr, fill);
      cairo_fill (cr);
      ink = st_chart_contrast (fill);
    }
  else
    {
      st_chart_set_source (cr, &style->foreground);
      cairo_set_line_width (cr, 1.0);
      cairo_rectangle (cr, x + 0.5, y + 0.5, size - 1, size - 1);
      cairo_stroke (cr);
      ink = style->foreground;
    }
  st_chart_set_source (cr, &ink);
  st_chart_show_layout (cr, layout, x + size / 2, y + size / 2, 0.5, 0.5);
}

/* Legend items laid out in rows from the left; returns the y below them. */
double
st_chart_draw_legend (cairo_t               *cr,
                      double                 width,
                      double                 y,
                      const StChartStyle    *style,
                      guint                  n_items,
                      const StChartRgba    **fills,
                      const char * const    *letters,
                      const char * const    *labels)
{
  double fs = st_chart_font_size (style);
  double sw = fs * 1.6;
  double x = fs, row_h = sw + fs * 0.5;
  double max_x = width - fs;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PangoLayout) layout = st_chart_layout (cr, style, labels[i], 1.0, FALSE);
      double w, item_w;

      pango_layout_set_width (layout, (int) (MAX (max_x - fs - sw - fs * 0.4, 1) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      st_chart_layout_size (layout, &w, NULL);
      /* the logical width of an ellipsized layout is the set width; measure the ink */
      {
        PangoRectangle ink;

        pango_layout_get_pixel_extents (layout, NULL, &ink);
        w = MIN (w, ink.width);
      }
      item_w = sw + fs * 0.4 + w;
      if (x > fs && x + item_w > max_x)
        {
          x = fs;
          y += row_h;
        }
      st_chart_draw_swatch (cr, style, x, y, sw, fills[i], letters[i]);
      st_chart_set_source (cr, &style->foreground);
      st_chart_show_layout (cr, layout, x + sw + fs * 0.4, y + sw / 2, 0, 0.5);
      x += item_w + fs * 1.4;
    }
  return y + row_h;
}

/* Progress over time ----------------------------------------------------- */

static void
count_actions (StArea           *area,
               gint64            period_id,
               StProgressPeriod *p)
{
  GListModel *subs = st_record_get_children (ST_RECORD (area));

  for (guint i = 0; i < g_list_model_get_n_items (subs); i++)
    {
      g_autoptr(StRecord) sub = g_list_model_get_item (subs, i);
      GListModel *actions = st_record_get_children (sub);

      for (guint j = 0; j < g_list_model_get_n_items (actions); j++)
        {
          g_autoptr(StAction) action = g_list_model_get_item (actions, j);
          StStatus status = st_action_get_status (action, period_id);

          p->n_actions++;
          if (status == ST_STATUS_NONE)
            p->unrated++;
          else
            p->counts[status]++;
        }
    }
}

/**
 * st_progress_data_new:
 * @area: (nullable): a priority area of @plan, or %NULL for all of them
 * @shares: bars of percentages rather than counts
 *
 * Returns: (transfer full): the counts per status for every reporting period
 */
StProgressData *
st_progress_data_new (StPlan   *plan,
                      StArea   *area,
                      gboolean  shares)
{
  StProgressData *data;
  GListModel *periods;

  g_return_val_if_fail (ST_IS_PLAN (plan), NULL);
  g_return_val_if_fail (area == NULL || ST_IS_AREA (area), NULL);

  data = g_new0 (StProgressData, 1);
  data->shares = shares;
  st_chart_statuses_init (&data->statuses, plan);
  if (area)
    data->title = g_strdup_printf (_("Progress over time: priority area %s"),
                                   st_record_get_string (ST_RECORD (area), "number"));
  else
    data->title = g_strdup (_("Progress over time: all priority areas"));

  periods = st_plan_get_periods (plan);
  data->n_periods = g_list_model_get_n_items (periods);
  data->periods = g_new0 (StProgressPeriod, data->n_periods);
  for (guint i = 0; i < data->n_periods; i++)
    {
      g_autoptr(StPeriod) period = g_list_model_get_item (periods, i);
      gint64 period_id = st_record_get_id (ST_RECORD (period));
      StProgressPeriod *p = &data->periods[i];

      p->label = g_strdup (st_period_get_label (period));
      if (area)
        count_actions (area, period_id, p);
      else
        {
          GListModel *areas = st_plan_get_areas (plan);

          for (guint j = 0; j < g_list_model_get_n_items (areas); j++)
            {
              g_autoptr(StArea) a = g_list_model_get_item (areas, j);

              count_actions (a, period_id, p);
            }
        }
    }
  return data;
}

void
st_progress_data_free (StProgressData *data)
{
  if (data == NULL)
    return;
  for (guint i = 0; i < data->n_periods; i++)
    g_free (data->periods[i].label);
  g_free (data->periods);
  st_chart_statuses_clear (&data->statuses);
  g_free (data->title);
  g_free (data);
}

static char *
format_amount (const StProgressData *data,
               guint                 count,
               guint                 total)
{
  if (data->shares)
    {
      int tenths = st_percent_tenths (count, total);

      return g_strdup_printf ("%d.%d%%", tenths / 10, tenths % 10);
    }
  return g_strdup_printf ("%u", count);
}

/* A segment's label: "G 12" if it fits, else "G", else nothing (FALSE). */
static gboolean
label_segment (cairo_t              *cr,
               const StChartStyle   *style,
               const StProgressData *data,
               const char           *letter,
               guint                 count,
               guint                 total,
               const StChartRgba    *ink,
               double                x,
               double                y,
               double                w,
               double                h)
{
  g_autofree char *amount = format_amount (data, count, total);
  g_autofree char *full = g_strdup_printf ("%s %s", letter, amount);
  const char *candidates[] = { full, letter };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      g_autoptr(PangoLayout) layout = st_chart_layout (cr, style, candidates[i], 1.0, i == 1);
      double tw, th;

      st_chart_layout_size (layout, &tw, &th);
      if (tw + 4 <= w && th <= h)
        {
          st_chart_set_source (cr, ink);
          st_chart_show_layout (cr, layout, x + w / 2, y + h / 2, 0.5, 0.5);
          return i == 0;
        }
    }
  return FALSE;
}

/* Labels of segments too thin to hold their own, beside the bar with a
 * leader line; from the bottom up, each pushed above the one before. */
typedef struct
{
  double  y;      /* the segment's centre */
  char   *text;
} Callout;

static void
draw_callouts (cairo_t            *cr,
               const StChartStyle *style,
               GArray             *callouts,
               double              bar_right,
               double              room,
               double              line_h)
{
  double fs = st_chart_font_size (style);
  double last = G_MAXDOUBLE;

  for (guint i = 0; i < callouts->len; i++)
    {
      Callout *c = &g_array_index (callouts, Callout, i);
      g_autoptr(PangoLayout) layout = st_chart_layout (cr, style, c->text, 1.0, FALSE);
      double w, ly = MIN (c->y, last - line_h);

      st_chart_layout_size (layout, &w, NULL);
      if (w + fs * 1.2 > room)
        continue;
      last = ly;
      st_chart_set_source (cr, &style->foreground);
      cairo_set_line_width (cr, 0.75);
      cairo_move_to (cr, bar_right + 1, c->y);
      cairo_line_to (cr, bar_right + fs * 0.5, ly);
      cairo_line_to (cr, bar_right + fs * 0.8, ly);
      cairo_stroke (cr);
      st_chart_show_layout (cr, layout, bar_right + fs * 1.0, ly, 0, 0.5);
    }
}

static void
clear_callout (gpointer data)
{
  g_free (((Callout *) data)->text);
}

void
st_chart_draw_progress (cairo_t              *cr,
                        double                width,
                        double                height,
                        const StProgressData *data,
                        const StChartStyle   *style)
{
  double fs, pad, y, line_h, tick_w = 0, step, y_max, max_value = 0;
  double px0, px1, py0, py1, slot_w, bar_w;
  const StChartRgba *fills[ST_N_STATUSES + 1];
  const char *letters[ST_N_STATUSES + 1];
  const char *labels[ST_N_STATUSES + 1];
  StChartRgba separator;
  guint n_legend = 0, unrated = 0, n_ticks;
  g_autoptr(PangoLayout) probe = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);

  if (!(width > 0) || !(height > 0))
    return;

  st_chart_begin (cr, width, height, style);
  fs = st_chart_font_size (style);
  pad = fs;
  probe = st_chart_layout (cr, style, "0", 1.0, FALSE);
  st_chart_layout_size (probe, NULL, &line_h);

  y = st_chart_draw_title (cr, width, pad * 0.8, style, data->title);

  if (data->n_periods == 0)
    {
      st_chart_draw_message (cr, width, height, style, _("No reporting periods yet"));
      st_chart_end (cr);
      return;
    }

  /* legend */
  for (guint i = 0; i < data->n_periods; i++)
    unrated += data->periods[i].unrated;
  for (guint s = 0; s < ST_N_STATUSES; s++)
    {
      fills[n_legend] = &data->statuses.colours[s];
      letters[n_legend] = data->statuses.letters[s];
      labels[n_legend++] = data->statuses.labels[s];
    }
  if (unrated > 0)
    {
      fills[n_legend] = NULL;
      letters[n_legend] = "–";
      labels[n_legend++] = _("Not rated");
    }
  y = st_chart_draw_legend (cr, width, y, style, n_legend, fills, letters, labels) + fs * 0.4;

  /* the value axis */
  for (guint i = 0; i < data->n_periods; i++)
    max_value = MAX (max_value, data->periods[i].n_actions);
  if (data->shares)
    {
      y_max = 100;
      step = 20;
    }
  else
    {
      step = st_chart_nice_step (MAX (max_value, 1), 5);
      y_max = ceil (MAX (max_value, 1) / step) * step;
    }
  n_ticks = (guint) round (y_max / step);

  for (guint t = 0; t <= n_ticks; t++)
    {
      g_autofree char *text = data->shares ? g_strdup_printf ("%g%%", t * step)
                                           : g_strdup_printf ("%g", t * step);
      g_autoptr(PangoLayout) layout = st_chart_layout (cr, style, text, 1.0, FALSE);
      double w;

      st_chart_layout_size (layout, &w, NULL);
      tick_w = MAX (tick_w, w);
    }

  px0 = pad + line_h + fs * 0.6 + tick_w + fs * 0.5;
  px1 = width - pad;
  py0 = y + line_h + fs * 0.3;                 /* room for the totals */
  py1 = height - pad * 0.6 - line_h * 2 - fs * 0.8;  /* period labels and axis title */
  if (px1 - px0 < fs * 2 || py1 - py0 < fs * 2)
    {
      st_chart_draw_message (cr, width, height, style, _("Too small to draw"));
      st_chart_end (cr);
      return;
    }

  /* grid and tick labels */
  cairo_set_line_width (cr, 1.0);
  for (guint t = 0; t <= n_ticks; t++)
    {
      g_autofree char *text = data->shares ? g_strdup_printf ("%g%%", t * step)
                                           : g_strdup_printf ("%g", t * step);
      g_autoptr(PangoLayout) layout = st_chart_layout (cr, style, text, 1.0, FALSE);
      double ty = py1 - (t * step / y_max) * (py1 - py0);

      if (t > 0)
        {
          st_chart_set_source (cr, &style->grid);
          cairo_move_to (cr, px0, floor (ty) + 0.5);
          cairo_line_to (cr, px1, floor (ty) + 0.5);
          cairo_stroke (cr);
        }
      st_chart_set_source (cr, &style->foreground);
      st_chart_show_layout (cr, layout, px0 - fs * 0.5, ty, 1.0, 0.5);
    }

  /* axis titles */
  {
    g_autoptr(PangoLayout) ytitle = st_chart_layout (cr, style,
                                                     data->shares ? _("Share of actions") : _("Actions"),
                                                     1.0, FALSE);
    g_autoptr(PangoLayout) xtitle = st_chart_layout (cr, style, _("Reporting period"), 1.0, FALSE);

    st_chart_set_source (cr, &style->foreground);
    cairo_save (cr);
    cairo_translate (cr, pad, (py0 + py1) / 2);
    cairo_rotate (cr, -G_PI / 2);
    st_chart_show_layout (cr, ytitle, 0, 0, 0.5, 0);
    cairo_restore (cr);
    st_chart_show_layout (cr, xtitle, (px0 + px1) / 2, height - pad * 0.6, 0.5, 1.0);
  }

  /* bars */
  slot_w = (px1 - px0) / data->n_periods;
  bar_w = MIN (slot_w * 0.6, fs * 10);
  separator = style->background.alpha > 0 ? style->background : (StChartRgba) { 1, 1, 1, 1 };
  for (guint i = 0; i < data->n_periods; i++)
    {
      const StProgressPeriod *p = &data->periods[i];
      double cx = px0 + slot_w * (i + 0.5);
      double x = cx - bar_w / 2;
      double base = py1;
      g_autoptr(PangoLayout) period_label = st_chart_layout (cr, style, p->label ? p->label : "", 1.0, FALSE);
      guint n_segments = ST_N_STATUSES + (p->unrated > 0 ? 1 : 0);
      g_autoptr(GArray) callouts = g_array_new (FALSE, FALSE, sizeof (Callout));

      g_array_set_clear_func (callouts, clear_callout);

      for (guint s = 0; s < n_segments; s++)
        {
          guint count = s < ST_N_STATUSES ? p->counts[s] : p->unrated;
          double value = data->shares ? (p->n_actions ? 100.0 * count / p->n_actions : 0) : count;
          double h = value / y_max * (py1 - py0);
          double top = base - h;

          if (count == 0)
            continue;
          const char *letter = s < ST_N_STATUSES ? data->statuses.letters[s] : "–";
          gboolean labelled;

          if (s < ST_N_STATUSES)
            {
              StChartRgba ink = st_chart_contrast (&data->statuses.colours[s]);

              cairo_rectangle (cr, x, top, bar_w, h);
              st_chart_set_source (cr, &data->statuses.colours[s]);
              cairo_fill (cr);
              labelled = label_segment (cr, style, data, letter, count, p->n_actions,
                                        &ink, x, top, bar_w, h);
            }
          else
            {
              cairo_rectangle (cr, x + 0.5, top + 0.5, bar_w - 1, MAX (h - 1, 0));
              st_chart_set_source (cr, &style->foreground);
              cairo_set_line_width (cr, 1.0);
              cairo_set_dash (cr, (double[]) { 3, 2 }, 2, 0);
              cairo_stroke (cr);
              cairo_set_dash (cr, NULL, 0, 0);
              labelled = label_segment (cr, style, data, letter, count, p->n_actions,
                                        &style->foreground, x, top, bar_w, h);
            }
          if (!labelled)
            {
              g_autofree char *amount = format_amount (data, count, p->n_actions);
              Callout c = { top + h / 2, g_strdup_printf ("%s %s", letter, amount) };

              g_array_append_val (callouts, c);
            }
          /* a hairline between segments, so neighbours of similar grey part */
          if (top > py0 - 0.5 && base < py1 + 0.5 && s > 0 && base < py1)
            {
              st_chart_set_source (cr, &separator);
              cairo_move_to (cr, x, base);
              cairo_line_to (cr, x + bar_w, base);
              cairo_stroke (cr);
            }
          base = top;
        }

      draw_callouts (cr, style, callouts, x + bar_w, slot_w / 2 - bar_w / 2, line_h);

      /* the total above the bar */
      {
        g_autofree char *total = data->shares ? g_strdup_printf (_("n = %u"), p->n_actions)
                                              : g_strdup_printf ("%u", p->n_actions);
        g_autoptr(PangoLayout) layout = st_chart_layout (cr, style, total, 1.0, TRUE);

        st_chart_set_source (cr, &style->foreground);
        st_chart_show_layout (cr, layout, cx, base - fs * 0.2, 0.5, 1.0);
      }

      pango_layout_set_width (period_label, (int) (MAX (slot_w - 4, 1) * PANGO_SCALE));
      pango_layout_set_alignment (period_label, PANGO_ALIGN_CENTER);
      pango_layout_set_ellipsize (period_label, PANGO_ELLIPSIZE_END);
      st_chart_set_source (cr, &style->foreground);
      st_chart_show_layout (cr, period_label, cx, py1 + fs * 0.4, 0.5, 0);
    }

  /* the axis line last, over the bars' feet */
  st_chart_set_source (cr, &style->foreground);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, px0, floor (py1) + 0.5);
  cairo_line_to (cr, px1, floor (py1) + 0.5);
  cairo_stroke (cr);

  st_chart_end (cr);
}

void
st_chart_progress_func (cairo_t            *cr,
                        double              width,
                        double              height,
                        gconstpointer       data,
                        const StChartStyle *style)
{
  st_chart_draw_progress (cr, width, height, data, style);
}

/* PNG -------------------------------------------------------------------- */

static cairo_status_t
append_bytes_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

gboolean
st_chart_write_png (const char          *path,
                    int                  width,
                    int                  height,
                    double               scale,
                    StChartDrawFunc      draw,
                    gconstpointer        data,
                    const StChartStyle  *style,
                    GError             **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  int pw, ph;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (draw != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);

  if (!(scale >= 0.25 && scale <= 8))
    scale = 1.0;
  pw = (int) ceil (width * scale);
  ph = (int) ceil (height * scale);
  if (width < 16 || height < 16 || pw > 16384 || ph > 16384)
    {
      g_set_error (error, ST_CHART_ERROR, ST_CHART_ERROR_INVALID,
                   _("A chart must be from 16 to 16384 pixels wide and high"));
      return FALSE;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pw, ph);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  draw (cr, width, height, data, style);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    {
      bytes = g_byte_array_new ();
      cairo_surface_flush (surface);
      status = cairo_surface_write_to_png_stream (surface, append_bytes_cb, bytes);
    }
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ST_CHART_ERROR, ST_CHART_ERROR_FAILED,
                   _("Could not draw the chart: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return g_file_set_contents_full (path, (const char *) bytes->data, bytes->len,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}
