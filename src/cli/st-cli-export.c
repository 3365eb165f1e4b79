/* st-cli-export.c: send-tracker-cli export, the board pack as PDF and XLSX.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "st-boardpack.h"
#include "st-cli-private.h"

int
st_cli_export (int    argc,
               char **argv)
{
  g_autofree char *label = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *list = NULL;
  gboolean per_area = FALSE;
  const GOptionEntry entries[] = {
    { "period", 'p', 0, G_OPTION_ARG_STRING, &label, N_("The reporting period (default: the latest)"), N_("LABEL") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, N_("Write the pack as PDF to OUT"), N_("OUT") },
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &xlsx, N_("Write the pack as an Excel workbook to OUT"), N_("OUT") },
    { "sections", 's', 0, G_OPTION_ARG_STRING, &list,
      N_("Comma-separated sections: cover, key, progress, summary, areas, exceptions, scorecard, strategy "
         "(default: all)"), N_("LIST") },
    { "progress-per-area", 0, 0, G_OPTION_ARG_NONE, &per_area, N_("Show progress over time for each area too"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = st_cli_context_new (st_cli_get_command ("export"));
  g_autoptr(StPlan) plan = NULL;
  g_autoptr(StBoardPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  StPackSections sections = ST_PACK_ALL_SECTIONS;
  StPackOptions options = { 0 };
  StPeriod *period;
  int status = ST_CLI_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!st_cli_parse (context, &argc, &argv, 1, 1, &status))
    return status;
  if (pdf == NULL && xlsx == NULL)
    return st_cli_usage (context, _("Say where to write the pack with --pdf OUT, --xlsx OUT or both"));
  if (list != NULL && !st_pack_sections_parse (list, &sections, &error))
    return st_cli_usage (context, "%s", error->message);
  if (!(plan = st_cli_open (argv[1], TRUE, &status)))
    return status;
  if (!(period = st_cli_period (plan, label, &status)))
    return status;

  options.progress_per_area = per_area;
  pack = st_board_pack_new (plan, period, sections, &options);
  if (!st_board_pack_write (pack, pdf, xlsx, NULL, NULL, NULL, &error))
    return st_cli_fail (error);
  return ST_CLI_OK;
}
