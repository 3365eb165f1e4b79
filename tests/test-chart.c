/* test-chart.c: the charts drawn into image surfaces.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "st-chart.h"

#define SENTINEL 0xFFFF00FFu  /* opaque magenta, never drawn by a chart */

typedef struct
{
  cairo_surface_t *surface;
  int              width;
  int              height;
  int              stride;
  guint32         *pixels;
} Image;

/* Draws @draw into a (w + 2m) × (h + 2m) surface painted with SENTINEL,
 * translated by m, so anything drawn outside (0, 0, w, h) shows. */
static Image
draw_framed (StChartDrawFunc     draw,
             gconstpointer       data,
             const StChartStyle *style,
             int                 w,
             int                 h,
             int                 m)
{
  Image image;
  cairo_t *cr;

  image.width = w + 2 * m;
  image.height = h + 2 * m;
  image.surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, image.width, image.height);
  cr = cairo_create (image.surface);
  cairo_set_source_rgb (cr, 1, 0, 1);
  cairo_paint (cr);
  cairo_translate (cr, m, m);
  draw (cr, w, h, data, style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (image.surface);
  g_assert_cmpint (cairo_surface_status (image.surface), ==, CAIRO_STATUS_SUCCESS);
  image.stride = cairo_image_surface_get_stride (image.surface) / 4;
  image.pixels = (guint32 *) cairo_image_surface_get_data (image.surface);
  return image;
}

static guint32
pixel (const Image *image,
       int          x,
       int          y)
{
  return image->pixels[y * image->stride + x];
}

static void
assert_margin_untouched (const Image *image,
                         int          m)
{
  for (int y = 0; y < image->height; y++)
    for (int x = 0; x < image->width; x++)
      if (x < m || y < m || x >= image->width - m || y >= image->height - m)
        if (pixel (image, x, y) != SENTINEL)
          g_error ("pixel (%d, %d) outside the chart is %08x", x, y, pixel (image, x, y));
}

static guint32
rgb (const StChartRgba *c)
{
  return 0xFF000000u | ((guint32) round (c->red * 255) << 16) |
         ((guint32) round (c->green * 255) << 8) | (guint32) round (c->blue * 255);
}

static StProgressData *
make_data (guint n_periods)
{
  StProgressData *data = g_new0 (StProgressData, 1);

  st_chart_statuses_init (&data->statuses, NULL);
  data->n_periods = n_periods;
  data->periods = g_new0 (StProgressPeriod, n_periods);
  for (guint i = 0; i < n_periods; i++)
    data->periods[i].label = g_strdup_printf ("P%u", i + 1);
  return data;
}

/* Runs of status colours up the first full-height column of the first bar:
 * lengths[s] is the length of the run of status s, order[] the statuses in
 * order from the bottom. */
static void
measure_bar (const Image           *image,
             const StChartStatuses *statuses,
             int                    x_from,
             int                    x_to,
             int                    lengths[ST_N_STATUSES],
             int                   *order,
             guint                 *n_order)
{
  int best_x = -1, best = 0;

  /* the leftmost column with the most bar-coloured pixels: a bar's edge, clear of text */
  for (int x = x_from; x < x_to; x++)
    {
      int n = 0;

      /* the lower half: bars, never the legend */
      for (int y = image->height / 2; y < image->height; y++)
        for (guint s = 0; s < ST_N_STATUSES; s++)
          if (pixel (image, x, y) == rgb (&statuses->colours[s]))
            n++;
      if (n > best)
        {
          best = n;
          best_x = x;
        }
    }
  g_assert_cmpint (best_x, >=, 0);

  memset (lengths, 0, sizeof (int) * ST_N_STATUSES);
  *n_order = 0;
  for (int y = image->height - 1; y >= 0; y--)
    {
      guint32 p = pixel (image, best_x + 2, y);

      for (guint s = 0; s < ST_N_STATUSES; s++)
        if (p == rgb (&statuses->colours[s]))
          {
            if (*n_order == 0 || order[*n_order - 1] != (int) s)
              {
                /* a status seen again higher up is the legend: stop */
                if (lengths[s] > 0)
                  return;
                order[(*n_order)++] = s;
              }
            lengths[s]++;
          }
    }
}

static void
test_progress_counts (void)
{
  g_autoptr(StProgressData) data = make_data (1);
  StChartStyle style;
  Image image;
  int lengths[ST_N_STATUSES], order[16];
  guint n_order;
  double unit;

  st_chart_style_init_light (&style);
  data->periods[0].counts[ST_STATUS_BLUE] = 6;
  data->periods[0].counts[ST_STATUS_GREEN] = 3;
  data->periods[0].counts[ST_STATUS_AMBER] = 2;
  data->periods[0].counts[ST_STATUS_GREY] = 1;
  data->periods[0].n_actions = 12;

  image = draw_framed (st_chart_progress_func, data, &style, 600, 500, 20);
  assert_margin_untouched (&image, 20);
  measure_bar (&image, &data->statuses, 20, 620, lengths, order, &n_order);

  /* Blue at the bottom, then Green, Amber, Grey; no Red */
  g_assert_cmpuint (n_order, >=, 4);
  g_assert_cmpint (order[0], ==, ST_STATUS_BLUE);
  g_assert_cmpint (order[1], ==, ST_STATUS_GREEN);
  g_assert_cmpint (order[2], ==, ST_STATUS_AMBER);
  g_assert_cmpint (order[3], ==, ST_STATUS_GREY);
  g_assert_cmpint (lengths[ST_STATUS_RED], ==, 0);

  /* heights in proportion to the counts (± 2 px for edges and hairlines) */
  unit = lengths[ST_STATUS_BLUE] / 6.0;
  g_assert_cmpfloat (unit, >, 10);
  g_assert_cmpfloat (fabs (lengths[ST_STATUS_GREEN] - 3 * unit), <=, 2);
  g_assert_cmpfloat (fabs (lengths[ST_STATUS_AMBER] - 2 * unit), <=, 2);
  g_assert_cmpfloat (fabs (lengths[ST_STATUS_GREY] - 1 * unit), <=, 2);

  cairo_surface_destroy (image.surface);
}

static void
test_progress_shares (void)
{
  g_autoptr(StProgressData) data = make_data (2);
  StChartStyle style;
  Image image;
  int lengths_a[ST_N_STATUSES], lengths_b[ST_N_STATUSES], order[16];
  guint n_order;
  int total_a = 0, total_b = 0;

  st_chart_style_init_dark (&style);
  data->shares = TRUE;
  data->periods[0].counts[ST_STATUS_RED] = 1;
  data->periods[0].counts[ST_STATUS_GREEN] = 1;
  data->periods[0].n_actions = 2;
  data->periods[1].counts[ST_STATUS_BLUE] = 30;
  data->periods[1].counts[ST_STATUS_AMBER] = 10;
  data->periods[1].n_actions = 40;

  image = draw_framed (st_chart_progress_func, data, &style, 640, 400, 10);
  assert_margin_untouched (&image, 10);
  /* the first bar lies in the left half, the second in the right */
  measure_bar (&image, &data->statuses, 10, 330, lengths_a, order, &n_order);
  g_assert_cmpint (order[0], ==, ST_STATUS_GREEN);
  g_assert_cmpint (order[1], ==, ST_STATUS_RED);
  measure_bar (&image, &data->statuses, 330, 650, lengths_b, order, &n_order);
  g_assert_cmpint (order[0], ==, ST_STATUS_BLUE);
  g_assert_cmpint (order[1], ==, ST_STATUS_AMBER);
  for (guint s = 0; s < ST_N_STATUSES; s++)
    {
      total_a += lengths_a[s];
      total_b += lengths_b[s];
    }
  /* shares: both bars full height, whatever their counts */
  g_assert_cmpint (ABS (total_a - total_b), <=, 2);
  g_assert_cmpint (ABS (lengths_a[ST_STATUS_GREEN] - lengths_a[ST_STATUS_RED]), <=, 2);
  g_assert_cmpint (ABS (lengths_b[ST_STATUS_BLUE] - 3 * lengths_b[ST_STATUS_AMBER]), <=, 6);

  cairo_surface_destroy (image.surface);
}

/* Empty data, tiny and odd sizes: no cairo error, nothing outside. */
static void
test_progress_edges (void)
{
  g_autoptr(StProgressData) empty = make_data (0);
  g_autoptr(StProgressData) many = make_data (40);
  StChartStyle style;
  const int sizes[][2] = { { 1, 1 }, { 20, 15 }, { 90, 60 }, { 300, 40 }, { 1000, 700 } };

  st_chart_style_init_light (&style);
  for (guint i = 0; i < 40; i++)
    {
      many->periods[i].counts[i % ST_N_STATUSES] = i;
      many->periods[i].unrated = 1;
      many->periods[i].n_actions = i + 1;
    }
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      Image a = draw_framed (st_chart_progress_func, empty, &style, sizes[i][0], sizes[i][1], 8);
      Image b = draw_framed (st_chart_progress_func, many, &style, sizes[i][0], sizes[i][1], 8);

      assert_margin_untouched (&a, 8);
      assert_margin_untouched (&b, 8);
      cairo_surface_destroy (a.surface);
      cairo_surface_destroy (b.surface);
    }
}

static void
test_png (void)
{
  g_autoptr(StProgressData) data = make_data (3);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("st-chart-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  cairo_surface_t *surface;
  StChartStyle style;

  st_chart_style_init_light (&style);
  data->periods[1].counts[ST_STATUS_GREEN] = 4;
  data->periods[1].n_actions = 4;
  g_assert_true (st_chart_write_png (path, 300, 200, 2.0, st_chart_progress_func, data, &style, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 600);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 400);
  cairo_surface_destroy (surface);

  /* refused sizes leave no file */
  g_assert_false (st_chart_write_png (path, 5, 200, 1.0, st_chart_progress_func, data, &style, &error));
  g_assert_error (error, ST_CHART_ERROR, ST_CHART_ERROR_INVALID);
  g_clear_error (&error);

  /* a folder that does not exist: an error, not a crash */
  g_assert_false (st_chart_write_png ("/nonexistent/dir/x.png", 100, 100, 1.0,
                                      st_chart_progress_func, data, &style, &error));
  g_assert_nonnull (error);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_rgba_parse (void)
{
  StChartRgba c;

  g_assert_true (st_chart_rgba_parse ("#FFC000", &c));
  g_assert_cmpfloat (c.red, ==, 1.0);
  g_assert_cmpfloat (fabs (c.green - 192 / 255.0), <, 1e-9);
  g_assert_cmpfloat (c.blue, ==, 0.0);
  g_assert_false (st_chart_rgba_parse ("FFC000", &c));
  g_assert_false (st_chart_rgba_parse ("#FFC00G", &c));
  g_assert_false (st_chart_rgba_parse (NULL, &c));
}

static StTrendData *
make_trend (guint  n,
            StRag  rag)
{
  StTrendData *data = g_new0 (StTrendData, 1);
  StChartStatuses statuses;

  st_chart_statuses_init (&statuses, NULL);
  for (guint r = 0; r < ST_N_RAGS; r++)
    {
      data->rag_colours[r] = statuses.colours[st_rag_to_status (r)];
      data->rag_letters[r] = g_strdup (st_rag_to_letter (r));
      data->rag_labels[r] = g_strdup (st_rag_to_label (r));
    }
  st_chart_statuses_clear (&statuses);
  data->title = g_strdup ("9.9 A measure");
  data->unit = g_strdup ("percent");
  data->baseline_value = 40;
  data->baseline_month = st_month_make (2022, 1);
  data->n_points = n;
  data->points = g_new0 (StTrendPoint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    data->points[i] = (StTrendPoint) { st_month_make (2022, 3) + i, 50 + i, 80, 75, 80, rag };
  return data;
}

static guint
count_colour (const Image       *image,
              const StChartRgba *colour)
{
  guint n = 0;

  for (int y = 0; y < image->height; y++)
    for (int x = 0; x < image->width; x++)
      n += pixel (image, x, y) == rgb (colour);
  return n;
}

/* Each point is a marker in its RAG colour: a plan of Red points has far more
 * red than one of Green points (whose red is the legend swatch alone). */
static void
test_trend_points (void)
{
  g_autoptr(StTrendData) red = make_trend (12, ST_RAG_RED);
  g_autoptr(StTrendData) green = make_trend (12, ST_RAG_GREEN);
  StChartStyle style;
  Image a, b;
  guint red_in_red, red_in_green, green_in_red, green_in_green;

  st_chart_style_init_light (&style);
  a = draw_framed (st_chart_trend_func, red, &style, 700, 420, 16);
  b = draw_framed (st_chart_trend_func, green, &style, 700, 420, 16);
  assert_margin_untouched (&a, 16);
  assert_margin_untouched (&b, 16);
  red_in_red = count_colour (&a, &red->rag_colours[ST_RAG_RED]);
  red_in_green = count_colour (&b, &red->rag_colours[ST_RAG_RED]);
  green_in_red = count_colour (&a, &red->rag_colours[ST_RAG_GREEN]);
  green_in_green = count_colour (&b, &red->rag_colours[ST_RAG_GREEN]);
  /* a marker of radius ≥ 5 has ≥ 50 pixels of its colour, letter aside */
  g_assert_cmpuint (red_in_red, >, red_in_green + 12 * 50);
  g_assert_cmpuint (green_in_green, >, green_in_red + 12 * 50);
  /* the legend swatch is there in both */
  g_assert_cmpuint (red_in_green, >, 0);
  cairo_surface_destroy (a.surface);
  cairo_surface_destroy (b.surface);
}

static void
test_trend_edges (void)
{
  g_autoptr(StTrendData) empty = make_trend (0, ST_RAG_GREY);
  g_autoptr(StTrendData) one = make_trend (1, ST_RAG_AMBER);
  g_autoptr(StTrendData) many = make_trend (120, ST_RAG_AMBER);
  StChartStyle style;
  const int sizes[][2] = { { 1, 1 }, { 24, 12 }, { 120, 28 }, { 300, 60 }, { 900, 600 } };

  st_chart_style_init_dark (&style);
  /* a flat series, no target and no baseline */
  for (guint i = 0; i < one->n_points; i++)
    one->points[i].target = one->points[i].band_low = one->points[i].band_high = NAN;
  one->baseline_value = NAN;
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      StTrendData *datas[] = { empty, one, many };

      for (guint k = 0; k < G_N_ELEMENTS (datas); k++)
        {
          Image a = draw_framed (st_chart_trend_func, datas[k], &style, sizes[i][0], sizes[i][1], 6);
          Image b = draw_framed (st_chart_sparkline_func, datas[k], &style, sizes[i][0], sizes[i][1], 6);

          assert_margin_untouched (&a, 6);
          assert_margin_untouched (&b, 6);
          cairo_surface_destroy (a.surface);
          cairo_surface_destroy (b.surface);
        }
    }
}

/* A sparkline has no legend: its one coloured dot is the latest RAG. */
static void
test_sparkline (void)
{
  g_autoptr(StTrendData) data = make_trend (12, ST_RAG_GREEN);
  StChartStyle style;
  Image image;

  st_chart_style_init_light (&style);
  data->points[11].rag = ST_RAG_RED;
  image = draw_framed (st_chart_sparkline_func, data, &style, 120, 30, 4);
  assert_margin_untouched (&image, 4);
  g_assert_cmpuint (count_colour (&image, &data->rag_colours[ST_RAG_RED]), >, 4);
  g_assert_cmpuint (count_colour (&image, &data->rag_colours[ST_RAG_GREEN]), ==, 0);
  cairo_surface_destroy (image.surface);
}

/* From a plan: each value keeps the target it was entered with. */
static void
test_trend_from_plan (void)
{
  g_autofree char *dir = g_dir_make_tmp ("st-chart-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "example.sendplan", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) plan = st_plan_create_example (path, &error);
  g_autoptr(StTrendData) all = NULL;
  g_autoptr(StTrendData) last = NULL;
  StMeasure *measure;

  g_assert_no_error (error);
  measure = st_plan_find_measure (plan, "1.0");
  g_assert_nonnull (measure);
  all = st_trend_data_new (plan, measure, ST_MONTH_NONE, ST_MONTH_NONE);
  g_assert_cmpuint (all->n_points, ==, st_measure_get_n_values (measure));
  for (guint i = 0; i < all->n_points; i++)
    {
      const StTrendPoint *p = &all->points[i];

      g_assert_cmpfloat (p->target, ==, st_month_get_year (p->month) < 2023 ? 80 : 90);
      g_assert_cmpfloat (p->band_high, ==, p->target);
      g_assert_cmpfloat (p->band_low, ==, p->target - 5);
      g_assert_cmpint (p->rag, ==, st_rag_rate (p->value, p->target, 5, ST_TOLERANCE_ABSOLUTE,
                                                ST_POLARITY_HIGHER));
    }

  last = st_trend_data_new_last (plan, measure, st_month_make (2023, 1), 4);
  g_assert_cmpuint (last->n_points, ==, 4);
  g_assert_cmpint (last->points[3].month, ==, st_month_make (2023, 1));
  g_assert_cmpint (last->points[0].month, ==, st_month_make (2022, 10));

  g_clear_object (&plan);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/rgba-parse", test_rgba_parse);
  g_test_add_func ("/chart/progress/counts", test_progress_counts);
  g_test_add_func ("/chart/progress/shares", test_progress_shares);
  g_test_add_func ("/chart/progress/edges", test_progress_edges);
  g_test_add_func ("/chart/png", test_png);
  g_test_add_func ("/chart/trend/points", test_trend_points);
  g_test_add_func ("/chart/trend/edges", test_trend_edges);
  g_test_add_func ("/chart/trend/from-plan", test_trend_from_plan);
  g_test_add_func ("/chart/sparkline", test_sparkline);
  return g_test_run ();
}
