/* st-chart-trend.c: a measure's trend chart and its sparkline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "st-chart.h"
#include "st-chart-private.h"

/* Data ------------------------------------------------------------------- */

static void
band_of (const StMeasureValue *v,
         double               *low,
         double               *high)
{
  double t = v->target;
  double amount = st_rag_tolerance_amount (t, v->tolerance, v->tolerance_kind);

  *low = *high = NAN;
  if (isnan (t) || v->polarity == ST_POLARITY_DATA)
    return;
  switch (v->polarity)
    {
    case ST_POLARITY_HIGHER:
      *low = t - amount;
      *high = t;
      break;
    case ST_POLARITY_LOWER:
      *low = t;
      *high = t + amount;
      break;
    case ST_POLARITY_TARGET:
    case ST_POLARITY_DATA:
    default:
      *low = t - amount;
      *high = t + amount;
      break;
    }
}

static StTrendData *
trend_data_new (StPlan    *plan,
                StMeasure *measure)
{
  StTrendData *data = g_new0 (StTrendData, 1);
  StRecord *record = ST_RECORD (measure);
  const char *date = st_record_get_string (record, "baseline-date");
  StChartStatuses statuses;

  {
    const char *ref = st_record_get_string (record, "ref");
    const char *title = st_record_get_string (record, "title");

    /* "1.0 Sections of …", but not "Insight Insight from …" */
    if (g_str_has_prefix (title, ref))
      data->title = g_strdup (title);
    else
      data->title = g_strdup_printf ("%s %s", ref, title);
  }
  data->unit = g_strdup (st_record_get_string (record, "unit"));
  data->polarity = st_measure_get_polarity (measure);
  data->baseline_value = st_record_get_double (record, "baseline-value");
  if (date == NULL || !st_month_parse (date, &data->baseline_month))
    data->baseline_month = ST_MONTH_NONE;

  st_chart_statuses_init (&statuses, plan);
  for (guint r = 0; r < ST_N_RAGS; r++)
    {
      data->rag_colours[r] = statuses.colours[st_rag_to_status (r)];
      data->rag_letters[r] = g_strdup (st_rag_to_letter (r));
      data->rag_labels[r] = g_strdup (st_rag_to_label (r));
    }
  st_chart_statuses_clear (&statuses);
  return data;
}

static void
fill_points (StTrendData *data,
             StMeasure   *measure,
             guint        from,
             guint        to)
{
  data->n_points = to - from;
  data->points = g_new0 (StTrendPoint, MAX (data->n_points, 1));
  for (guint i = from; i < to; i++)
    {
      const StMeasureValue *v = st_measure_get_nth_value (measure, i);
      StTrendPoint *p = &data->points[i - from];

      p->month = v->month;
      p->value = v->value;
      p->target = v->polarity == ST_POLARITY_DATA ? NAN : v->target;
      band_of (v, &p->band_low, &p->band_high);
      p->rag = st_rag_rate_value (v);
    }
}

/**
 * st_trend_data_new:
 *
 * Returns: (transfer full): the trend of @measure between two months
 */
StTrendData *
st_trend_data_new (StPlan    *plan,
                   StMeasure *measure,
                   int        first_month,
                   int        last_month)
{
  StTrendData *data;
  guint n, from = 0, to;

  g_return_val_if_fail (ST_IS_PLAN (plan), NULL);
  g_return_val_if_fail (ST_IS_MEASURE (measure), NULL);

  data = trend_data_new (plan, measure);
  n = st_measure_get_n_values (measure);
  while (from < n && first_month != ST_MONTH_NONE &&
         st_measure_get_nth_value (measure, from)->month < first_month)
    from++;
  to = from;
  while (to < n && (last_month == ST_MONTH_NONE ||
                    st_measure_get_nth_value (measure, to)->month <= last_month))
    to++;
  fill_points (data, measure, from, to);
  return data;
}

StTrendData *
st_trend_data_new_last (StPlan    *plan,
                        StMeasure *measure,
                        int        last_month,
                        guint      n)
{
  StTrendData *data;
  guint count, to = 0;

  g_return_val_if_fail (ST_IS_PLAN (plan), NULL);
  g_return_val_if_fail (ST_IS_MEASURE (measure), NULL);

  data = trend_data_new (plan, measure);
  count = st_measure_get_n_values (measure);
  while (to < count && (last_month == ST_MONTH_NONE ||
                        st_measure_get_nth_value (measure, to)->month <= last_month))
    to++;
  fill_points (data, measure, to > n ? to - n : 0, to);
  return data;
}

void
st_trend_data_free (StTrendData *data)
{
  if (data == NULL)
    return;
  for (guint r = 0; r < ST_N_RAGS; r++)
    {
      g_free (data->rag_letters[r]);
      g_free (data->rag_labels[r]);
    }
  g_free (data->points);
  g_free (data->unit);
  g_free (data->title);
  g_free (data);
}

/* Formatting ------------------------------------------------------------- */

static char *
format_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  double rounded = st_round_half_away (value, 2);

  /* the shortest form that shows two decimals at most: 88, 88.4, 0.42 */
  g_snprintf (buf, sizeof buf, "%.*f", fmod (rounded, 1) == 0 ? 0 :
                                       fmod (rounded * 10, 1) == 0 ? 1 : 2, rounded);
  return g_strdup (buf);
}

static char *
format_value (const char *unit,
              double      value)
{
  g_autofree char *number = format_number (value);

  if (g_strcmp0 (unit, "percent") == 0)
    return g_strdup_printf ("%s%%", number);
  return g_steal_pointer (&number);
}

static char *
format_month_short (int month)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (st_month_get_year (month), st_month_get_month (month),
                                                 1, 0, 0, 0);

  /* TRANSLATORS: a month on a chart's axis, as "Apr 23"; see strftime(3) */
  return dt ? g_date_time_format (dt, _("%b %y")) : g_strdup ("");
}

static const char *
unit_title (const char *unit)
{
  if (g_strcmp0 (unit, "percent") == 0)
    return _("Per cent");
  if (g_strcmp0 (unit, "days") == 0)
    return _("Days");
  return _("Number");
}

/* Trend ------------------------------------------------------------------ */

typedef struct
{
  double px0, px1, py0, py1;
  int    m0, m1;
  double y0, y1;
} Frame;

static double
fx (const Frame *f,
    int          month)
{
  double slot = (f->px1 - f->px0) / (f->m1 - f->m0 + 1);

  return f->px0 + (month - f->m0 + 0.5) * slot;
}

static double
fy (const Frame *f,
    double       value)
{
  return f->py1 - (value - f->y0) / (f->y1 - f->y0) * (f->py1 - f->py0);
}

/* The value range to show: values, targets, bands and the baseline. */
static void
value_range (const StTrendData *data,
             double            *lo,
             double            *hi)
{
  *lo = G_MAXDOUBLE;
  *hi = -G_MAXDOUBLE;
  for (guint i = 0; i < data->n_points; i++)
    {
      const StTrendPoint *p = &data->points[i];
      double v[] = { p->value, p->target, p->band_low, p->band_high };

      for (guint k = 0; k < G_N_ELEMENTS (v); k++)
        if (!isnan (v[k]))
          {
            *lo = MIN (*lo, v[k]);
            *hi = MAX (*hi, v[k]);
          }
    }
  if (!isnan (data->baseline_value))
    {
      *lo = MIN (*lo, data->baseline_value);
      *hi = MAX (*hi, data->baseline_value);
    }
  if (*lo > *hi)
    {
      *lo = 0;
      *hi = 1;
    }
  if (*hi - *lo < 1e-9)
    {
      *lo -= MAX (1, fabs (*lo) * 0.1);
      *hi += MAX (1, fabs (*hi) * 0.1);
    }
}

typedef enum
{
  KEY_LINE,
  KEY_TARGET,
  KEY_BAND,
  KEY_BASELINE,
  KEY_SWATCH,
} KeyKind;

typedef struct
{
  KeyKind     kind;
  const char *label;
  int         rag;
} KeyItem;

static void
draw_key_symbol (cairo_t            *cr,
                 const StChartStyle *style,
                 const StTrendData  *data,
                 KeyKind             kind,
                 double              x,
                 double              y,
                 double              w,
                 double              h)
{
  StChartRgba band = data->rag_colours[ST_RAG_AMBER];

  band.alpha = 0.3;
  switch (kind)
    {
    case KEY_LINE:
      st_chart_set_source (cr, &style->foreground);
      cairo_set_line_width (cr, 1.5);
      cairo_move_to (cr, x, y + h / 2);
      cairo_line_to (cr, x + w, y + h / 2);
      cairo_stroke (cr);
      cairo_arc (cr, x + w / 2, y + h / 2, h * 0.25, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case KEY_TARGET:
      st_chart_set_source (cr, &style->foreground);
      cairo_set_line_width (cr, 2.5);
      cairo_move_to (cr, x, y + h / 2);
      cairo_line_to (cr, x + w, y + h / 2);
      cairo_stroke (cr);
      break;
    case KEY_BAND:
      st_chart_set_source (cr, &band);
      cairo_rectangle (cr, x, y + h * 0.2, w, h * 0.6);
      cairo_fill (cr);
      break;
    case KEY_BASELINE:
      st_chart_set_source (cr, &style->foreground);
      cairo_set_line_width (cr, 1.0);
      cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
      cairo_move_to (cr, x, y + h / 2);
      cairo_line_to (cr, x + w, y + h / 2);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    case KEY_SWATCH:
    default:
      break;
    }
}

/* The legend: lines, then the RAG swatches; returns the y below it. */
static double
draw_trend_legend (cairo_t            *cr,
                   double              width,
                   double              y,
                   const StChartStyle *style,
                   const StTrendData  *data,
                   gboolean            has_target,
                   gboolean            has_baseline)
{
  double fs = st_chart_font_size (style);
  double sw = fs * 1.6, x = fs, row_h = sw + fs * 0.5;
  KeyItem items[9];
  guint n = 0;

  items[n++] = (KeyItem) { KEY_LINE, _("Value"), -1 };
  if (has_target)
    {
      items[n++] = (KeyItem) { KEY_TARGET, _("Target"), -1 };
      items[n++] = (KeyItem) { KEY_BAND, _("Tolerance"), -1 };
    }
  if (has_baseline)
    items[n++] = (KeyItem) { KEY_BASELINE, _("Baseline"), -1 };
  if (has_target)
    for (int r = ST_RAG_GREEN; r <= ST_RAG_RED; r++)
      items[n++] = (KeyItem) { KEY_SWATCH, data->rag_labels[r], r };
  items[n++] = (KeyItem) { KEY_SWATCH, data->rag_labels[ST_RAG_GREY], ST_RAG_GREY };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PangoLayout) layout = st_chart_layout (cr, style, items[i].label, 1.0, FALSE);
      double w, sym_w = items[i].kind == KEY_SWATCH ? sw : sw * 1.6;
      double item_w;

      st_chart_layout_size (layout, &w, NULL);
      item_w = sym_w + fs * 0.4 + w;
      if (x > fs && x + item_w > width - fs)
        {
          x = fs;
          y += row_h;
        }
      if (items[i].kind == KEY_SWATCH)
        st_chart_draw_swatch (cr, style, x, y, sw, &data->rag_colours[items[i].rag],
                              data->rag_letters[items[i].rag]);
      else
        draw_key_symbol (cr, style, data, items[i].kind, x, y, sym_w, sw);
      st_chart_set_source (cr, &style->foreground);
      st_chart_show_layout (cr, layout, x + sym_w + fs * 0.4, y + sw / 2, 0, 0.5);
      x += item_w + fs * 1.4;
    }
  return y + row_h;
}

void
st_chart_draw_trend (cairo_t            *cr,
                     double              width,
                     double              height,
                     const StTrendData  *data,
                     const StChartStyle *style)
{
  double fs, pad, y, line_h, lo, hi, step, tick_w = 0, slot, r;
  gboolean has_target = FALSE, has_baseline, show_letters, label_all = TRUE;
  g_autoptr(PangoLayout) probe = NULL;
  StChartRgba band;
  Frame f;
  guint n_ticks, label_every = 1;

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
  if (data->n_points == 0)
    {
      st_chart_draw_message (cr, width, height, style, _("No values yet"));
      st_chart_end (cr);
      return;
    }

  for (guint i = 0; i < data->n_points; i++)
    has_target |= !isnan (data->points[i].target);
  has_baseline = !isnan (data->baseline_value);
  y = draw_trend_legend (cr, width, y, style, data, has_target, has_baseline) + fs * 0.2;

  /* value axis */
  value_range (data, &lo, &hi);
  /* a little room, so that a target on the edge is not hidden by the axis */
  {
    double margin = (hi - lo) * 0.04;

    lo -= margin;
    hi += margin;
  }
  step = st_chart_nice_step (hi - lo, 5);
  f.y0 = floor (lo / step) * step;
  f.y1 = ceil (hi / step) * step;
  if (f.y1 - f.y0 < step * 2)
    f.y1 = f.y0 + step * 2;
  if (g_strcmp0 (data->unit, "percent") == 0 && lo >= 0 && f.y0 < 0)
    f.y0 = 0;
  n_ticks = (guint) round ((f.y1 - f.y0) / step);
  for (guint t = 0; t <= n_ticks; t++)
    {
      g_autofree char *text = format_value (data->unit, f.y0 + t * step);
      g_autoptr(PangoLayout) layout = st_chart_layout (cr, style, text, 1.0, FALSE);
      double w;

      st_chart_layout_size (layout, &w, NULL);
      tick_w = MAX (tick_w, w);
    }

  /* month axis: from the first value (or the baseline, if within two years) to the last */
  f.m0 = data->points[0].month;
  f.m1 = data->points[data->n_points - 1].month;
  if (data->baseline_month != ST_MONTH_NONE && data->baseline_month < f.m0 &&
      f.m0 - data->baseline_month <= 24)
    f.m0 = data->baseline_month;

  f.px0 = pad + line_h + fs * 0.6 + tick_w + fs * 0.5;
  f.px1 = width - pad;
  f.py0 = y + line_h * 0.6;
  f.py1 = height - pad * 0.6 - line_h * 2 - fs * 0.8;
  if (f.px1 - f.px0 < fs * 3 || f.py1 - f.py0 < fs * 3)
    {
      st_chart_draw_message (cr, width, height, style, _("Too small to draw"));
      st_chart_end (cr);
      return;
    }
  slot = (f.px1 - f.px0) / (f.m1 - f.m0 + 1);

  /* grid and tick labels */
  cairo_set_line_width (cr, 1.0);
  for (guint t = 0; t <= n_ticks; t++)
    {
      double value = f.y0 + t * step;
      g_autofree char *text = format_value (data->unit, value);
      g_autoptr(PangoLayout) layout = st_chart_layout (cr, style, text, 1.0, FALSE);
      double ty = fy (&f, value);

      st_chart_set_source (cr, &style->grid);
      cairo_move_to (cr, f.px0, floor (ty) + 0.5);
      cairo_line_to (cr, f.px1, floor (ty) + 0.5);
      cairo_stroke (cr);
      st_chart_set_source (cr, &style->foreground);
      st_chart_show_layout (cr, layout, f.px0 - fs * 0.5, ty, 1.0, 0.5);
    }

  /* month labels, every month if they fit, else every 2, 3, 4, 6 or 12 */
  {
    g_autofree char *sample = format_month_short (f.m0);
    g_autoptr(PangoLayout) layout = st_chart_layout (cr, style, sample, 1.0, FALSE);
    double w;
    const guint steps[] = { 1, 2, 3, 4, 6, 12, 24, 60 };

    st_chart_layout_size (layout, &w, NULL);
    for (guint k = 0; k < G_N_ELEMENTS (steps); k++)
      {
        label_every = steps[k];
        if (slot * label_every >= w + fs * 0.8)
          break;
      }
    for (int m = f.m0; m <= f.m1; m++)
      {
        double x = fx (&f, m);

        st_chart_set_source (cr, &style->foreground);
        cairo_move_to (cr, floor (x) + 0.5, f.py1);
        cairo_line_to (cr, floor (x) + 0.5, f.py1 + fs * 0.3);
        cairo_stroke (cr);
        if ((guint) (m - f.m0) % label_every == 0)
          {
            g_autofree char *text = format_month_short (m);
            g_autoptr(PangoLayout) month_layout = st_chart_layout (cr, style, text, 1.0, FALSE);

            st_chart_show_layout (cr, month_layout, x, f.py1 + fs * 0.4, 0.5, 0);
          }
      }
  }

  /* axis titles */
  {
    g_autoptr(PangoLayout) ytitle = st_chart_layout (cr, style, unit_title (data->unit), 1.0, FALSE);
    g_autoptr(PangoLayout) xtitle = st_chart_layout (cr, style, _("Month"), 1.0, FALSE);

    st_chart_set_source (cr, &style->foreground);
    cairo_save (cr);
    cairo_translate (cr, pad, (f.py0 + f.py1) / 2);
    cairo_rotate (cr, -G_PI / 2);
    st_chart_show_layout (cr, ytitle, 0, 0, 0.5, 0);
    cairo_restore (cr);
    st_chart_show_layout (cr, xtitle, (f.px0 + f.px1) / 2, height - pad * 0.6, 0.5, 1.0);
  }

  cairo_save (cr);
  cairo_rectangle (cr, f.px0, f.py0 - 1, f.px1 - f.px0, f.py1 - f.py0 + 2);
  cairo_clip (cr);

  /* tolerance band and target: each value's own, held until the next value */
  band = data->rag_colours[ST_RAG_AMBER];
  band.alpha = 0.3;
  for (guint i = 0; i < data->n_points; i++)
    {
      const StTrendPoint *p = &data->points[i];
      double xa = i == 0 ? fx (&f, p->month) - slot / 2 : fx (&f, p->month);
      double xb = i + 1 < data->n_points ? fx (&f, data->points[i + 1].month) : fx (&f, p->month) + slot / 2;

      if (!isnan (p->band_low) && p->band_high > p->band_low)
        {
          st_chart_set_source (cr, &band);
          cairo_rectangle (cr, xa, fy (&f, p->band_high), xb - xa, fy (&f, p->band_low) - fy (&f, p->band_high));
          cairo_fill (cr);
        }
    }
  st_chart_set_source (cr, &style->foreground);
  cairo_set_line_width (cr, 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  for (guint i = 0; i < data->n_points; i++)
    {
      const StTrendPoint *p = &data->points[i];
      double xa = i == 0 ? fx (&f, p->month) - slot / 2 : fx (&f, p->month);
      double xb = i + 1 < data->n_points ? fx (&f, data->points[i + 1].month) : fx (&f, p->month) + slot / 2;

      if (isnan (p->target))
        {
          cairo_stroke (cr);
          continue;
        }
      if (!cairo_has_current_point (cr))
        cairo_move_to (cr, xa, fy (&f, p->target));
      else
        cairo_line_to (cr, xa, fy (&f, p->target));
      cairo_line_to (cr, xb, fy (&f, p->target));
    }
  cairo_stroke (cr);

  /* baseline */
  if (has_baseline)
    {
      double by = fy (&f, data->baseline_value);

      st_chart_set_source (cr, &style->foreground);
      cairo_set_line_width (cr, 1.0);
      cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
      cairo_move_to (cr, f.px0, by);
      cairo_line_to (cr, f.px1, by);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  cairo_restore (cr);

  if (has_baseline)
    {
      g_autofree char *value = format_value (data->unit, data->baseline_value);
      g_autofree char *month = data->baseline_month != ST_MONTH_NONE ? format_month_short (data->baseline_month) : NULL;
      g_autofree char *text = month ? g_strdup_printf (_("Baseline %s (%s)"), value, month)
                                    : g_strdup_printf (_("Baseline %s"), value);
      g_autoptr(PangoLayout) layout = st_chart_layout (cr, style, text, 0.9, FALSE);
      double by = fy (&f, data->baseline_value);
      double lw, lh;

      st_chart_layout_size (layout, &lw, &lh);
      /* below the line when it is near the top, else above it */
      st_chart_set_source (cr, &style->foreground);
      st_chart_show_layout (cr, layout, f.px1 - fs * 0.3, by - lh - 1 < f.py0 ? by + 1 : by - 1,
                            1.0, by - lh - 1 < f.py0 ? 0.0 : 1.0);
    }

  /* the values */
  st_chart_set_source (cr, &style->foreground);
  cairo_set_line_width (cr, 1.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < data->n_points; i++)
    {
      double x = fx (&f, data->points[i].month), vy = fy (&f, data->points[i].value);

      if (i == 0)
        cairo_move_to (cr, x, vy);
      else
        cairo_line_to (cr, x, vy);
    }
  cairo_stroke (cr);

  r = MIN (fs * 0.9, slot * 0.45);
  show_letters = r >= fs * 0.6;
  for (guint i = 0; i < data->n_points && label_all; i++)
    {
      g_autofree char *text = format_value (data->unit, data->points[i].value);
      g_autoptr(PangoLayout) layout = st_chart_layout (cr, style, text, 0.9, FALSE);
      double w;

      st_chart_layout_size (layout, &w, NULL);
      if (w + fs * 0.3 > slot * (i + 1 < data->n_points ? data->points[i + 1].month - data->points[i].month : 1))
        label_all = FALSE;
    }
  for (guint i = 0; i < data->n_points; i++)
    {
      const StTrendPoint *p = &data->points[i];
      const StChartRgba *fill = &data->rag_colours[p->rag];
      double x = fx (&f, p->month), vy = fy (&f, p->value);

      cairo_new_path (cr);
      cairo_arc (cr, x, vy, r, 0, 2 * G_PI);
      st_chart_set_source (cr, fill);
      cairo_fill_preserve (cr);
      st_chart_set_source (cr, &style->foreground);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
      if (show_letters)
        {
          g_autoptr(PangoLayout) letter = st_chart_layout (cr, style, data->rag_letters[p->rag], 0.85, TRUE);
          StChartRgba ink = st_chart_contrast (fill);

          st_chart_set_source (cr, &ink);
          st_chart_show_layout (cr, letter, x, vy, 0.5, 0.5);
        }
      if (label_all || i + 1 == data->n_points)
        {
          g_autofree char *text = format_value (data->unit, p->value);
          g_autoptr(PangoLayout) layout = st_chart_layout (cr, style, text, 0.9, i + 1 == data->n_points);
          double lw, lh, ly;

          st_chart_layout_size (layout, &lw, &lh);
          /* above the point, or below it if that leaves the plot */
          ly = vy - r - 1 - lh < f.py0 - line_h * 0.6 ? vy + r + 1 : vy - r - 1 - lh;
          st_chart_set_source (cr, &style->foreground);
          st_chart_show_layout (cr, layout, CLAMP (x, f.px0 + lw / 2, width - lw / 2 - 1), ly, 0.5, 0);
        }
    }

  /* the axis line */
  st_chart_set_source (cr, &style->foreground);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, f.px0, floor (f.py1) + 0.5);
  cairo_line_to (cr, f.px1, floor (f.py1) + 0.5);
  cairo_stroke (cr);

  st_chart_end (cr);
}

/* Sparkline -------------------------------------------------------------- */

void
st_chart_draw_sparkline (cairo_t            *cr,
                         double              width,
                         double              height,
                         const StTrendData  *data,
                         const StChartStyle *style)
{
  double lo, hi, pad = 2.5, dot = MIN (3.0, height / 5);
  const StTrendPoint *last;
  Frame f;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);

  if (!(width > 2 * pad + 2) || !(height > 2 * pad + 2))
    return;
  st_chart_begin (cr, width, height, style);
  if (data->n_points == 0)
    {
      st_chart_end (cr);
      return;
    }

  /* values and the latest target; not the baseline, to keep the line legible */
  lo = G_MAXDOUBLE;
  hi = -G_MAXDOUBLE;
  for (guint i = 0; i < data->n_points; i++)
    {
      lo = MIN (lo, data->points[i].value);
      hi = MAX (hi, data->points[i].value);
    }
  last = &data->points[data->n_points - 1];
  if (!isnan (last->target))
    {
      lo = MIN (lo, last->target);
      hi = MAX (hi, last->target);
    }
  if (hi - lo < 1e-9)
    {
      lo -= 1;
      hi += 1;
    }

  f.px0 = pad + dot;
  f.px1 = width - pad - dot;
  f.py0 = pad + dot;
  f.py1 = height - pad - dot;
  f.y0 = lo;
  f.y1 = hi;

  if (!isnan (last->target))
    {
      StChartRgba faint = style->foreground;

      faint.alpha *= 0.45;
      st_chart_set_source (cr, &faint);
      cairo_set_line_width (cr, 1.0);
      cairo_set_dash (cr, (double[]) { 2, 2 }, 2, 0);
      cairo_move_to (cr, f.px0, fy (&f, last->target));
      cairo_line_to (cr, f.px1, fy (&f, last->target));
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  st_chart_set_source (cr, &style->foreground);
  cairo_set_line_width (cr, 1.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < data->n_points; i++)
    {
      double x = data->n_points == 1 ? (f.px0 + f.px1) / 2
                                     : f.px0 + (f.px1 - f.px0) * i / (data->n_points - 1);
      double y = fy (&f, data->points[i].value);

      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);

  cairo_arc (cr, data->n_points == 1 ? (f.px0 + f.px1) / 2 : f.px1, fy (&f, last->value), dot, 0, 2 * G_PI);
  st_chart_set_source (cr, &data->rag_colours[last->rag]);
  cairo_fill_preserve (cr);
  st_chart_set_source (cr, &style->foreground);
  cairo_set_line_width (cr, 0.75);
  cairo_stroke (cr);

  st_chart_end (cr);
}

void
st_chart_trend_func (cairo_t            *cr,
                     double              width,
                     double              height,
                     gconstpointer       data,
                     const StChartStyle *style)
{
  st_chart_draw_trend (cr, width, height, data, style);
}

void
st_chart_sparkline_func (cairo_t            *cr,
                         double              width,
                         double              height,
                         gconstpointer       data,
                         const StChartStyle *style)
{
  st_chart_draw_sparkline (cr, width, height, data, style);
}
