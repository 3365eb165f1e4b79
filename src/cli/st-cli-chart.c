/* st-cli-chart.c: send-tracker-cli chart, a chart of a plan into a PNG file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "st-chart.h"
#include "st-cli-private.h"

static StArea *
find_area (StPlan     *plan,
           const char *number)
{
  GListModel *areas = st_plan_get_areas (plan);

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(StArea) area = g_list_model_get_item (areas, i);

      if (g_strcmp0 (st_record_get_string (ST_RECORD (area), "number"), number) == 0)
        return area;
    }
  return NULL;
}

int
st_cli_chart (int    argc,
              char **argv)
{
  g_autofree char *kind = NULL;
  g_autofree char *ref = NULL;
  g_autofree char *area_number = NULL;
  g_autofree char *out = NULL;
  int width = 800, height = 480;
  double scale = 1.0;
  gboolean shares = FALSE, dark = FALSE;
  const GOptionEntry entries[] = {
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind, N_("The chart: progress (over time), measure (a measure’s trend) or sparkline"), N_("KIND") },
    { "ref", 'r', 0, G_OPTION_ARG_STRING, &ref, N_("The measure’s reference (for --kind measure or sparkline)"), N_("REF") },
    { "area", 'a', 0, G_OPTION_ARG_STRING, &area_number, N_("One priority area by its number (default: all)"), N_("N") },
    { "shares", 0, 0, G_OPTION_ARG_NONE, &shares, N_("Percentages of actions rather than counts"), NULL },
    { "png", 'o', 0, G_OPTION_ARG_FILENAME, &out, N_("The PNG file to write"), N_("OUT") },
    { "width", 'W', 0, G_OPTION_ARG_INT, &width, N_("Width in pixels (default: 800)"), N_("W") },
    { "height", 'H', 0, G_OPTION_ARG_INT, &height, N_("Height in pixels (default: 480)"), N_("H") },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale, N_("Pixels per unit, 2 for HiDPI (default: 1)"), N_("S") },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, N_("Light on dark colours"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = st_cli_context_new (st_cli_get_command ("chart"));
  g_autoptr(StPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  StChartStyle style;
  int status = ST_CLI_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!st_cli_parse (context, &argc, &argv, 1, 1, &status))
    return status;
  if (kind == NULL)
    return st_cli_usage (context, _("Say which chart with --kind progress, measure or sparkline"));
  if (out == NULL)
    return st_cli_usage (context, _("Say where to write the chart with --png OUT"));
  if (width < 16 || height < 16 || width > 8192 || height > 8192)
    return st_cli_usage (context, _("--width and --height must be from 16 to 8192"));
  if (!(scale >= 0.25 && scale <= 4))
    return st_cli_usage (context, _("--scale must be from 0.25 to 4"));

  if (dark)
    st_chart_style_init_dark (&style);
  else
    st_chart_style_init_light (&style);

  if (g_str_equal (kind, "progress"))
    {
      g_autoptr(StProgressData) data = NULL;
      StArea *area = NULL;

      if (ref != NULL)
        return st_cli_usage (context, _("--ref is for --kind measure or sparkline"));
      if (!(plan = st_cli_open (argv[1], TRUE, &status)))
        return status;
      if (area_number != NULL && (area = find_area (plan, area_number)) == NULL)
        {
          g_autofree char *name = st_plan_dup_display_name (plan);

          return st_cli_fail_message (_("“%s” has no priority area “%s”"), name, area_number);
        }
      data = st_progress_data_new (plan, area, shares);
      if (!st_chart_write_png (out, width, height, scale, st_chart_progress_func, data, &style, &error))
        return st_cli_fail_message ("%s: %s", out, error->message);
      return ST_CLI_OK;
    }
  else if (g_str_equal (kind, "measure") || g_str_equal (kind, "sparkline"))
    {
      g_autoptr(StTrendData) data = NULL;
      gboolean sparkline = g_str_equal (kind, "sparkline");
      StMeasure *measure;

      if (ref == NULL)
        return st_cli_usage (context, _("Say which measure with --ref REF"));
      if (area_number != NULL || shares)
        return st_cli_usage (context, _("--area and --shares are for --kind progress"));
      if (!(plan = st_cli_open (argv[1], TRUE, &status)))
        return status;
      if ((measure = st_plan_find_measure (plan, ref)) == NULL)
        {
          g_autofree char *name = st_plan_dup_display_name (plan);

          return st_cli_fail_message (_("“%s” has no measure “%s” in its scorecard"), name, ref);
        }
      if (sparkline)
        data = st_trend_data_new_last (plan, measure, ST_MONTH_NONE, 12);
      else
        data = st_trend_data_new (plan, measure, ST_MONTH_NONE, ST_MONTH_NONE);
      if (!st_chart_write_png (out, width, height, scale,
                               sparkline ? st_chart_sparkline_func : st_chart_trend_func,
                               data, &style, &error))
        return st_cli_fail_message ("%s: %s", out, error->message);
      return ST_CLI_OK;
    }
  return st_cli_usage (context, _("Unknown chart “%s”: use progress, measure or sparkline"), kind);
}
