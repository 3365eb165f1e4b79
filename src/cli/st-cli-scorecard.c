/* st-cli-scorecard.c: send-tracker-cli scorecard, the performance scorecard
 * as of a reporting period.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "st-cli-private.h"
#include "st-scorecard.h"

static gboolean
shorten_number_cb (const GMatchInfo *info,
                   GString          *result,
                   gpointer          data)
{
  g_autofree char *prefix = g_match_info_fetch (info, 1);
  g_autofree char *number = g_match_info_fetch (info, 2);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (result, prefix);
  g_string_append (result, g_ascii_formatd (buf, sizeof buf, "%.12g", g_ascii_strtod (number, NULL)));
  return FALSE;
}

/* json-glib 1.6 prints doubles with 17 significant digits (83.6 comes out as
 * 83.599999999999994); the values were typed with a few decimals, so print
 * them with 12, which reads back as the same double. Only member values are
 * touched: a string cannot hold ": " followed by a bare number in pretty
 * output without quotes around it. */
static void
print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GRegex) regex = g_regex_new ("^(\\s*\"[a-z_]+\" : )(-?[0-9]+\\.[0-9]{13,}(?:[eE][-+]?[0-9]+)?)(?=,?$)",
                                         G_REGEX_MULTILINE, 0, NULL);
  g_autofree char *text = NULL;
  g_autofree char *fixed = NULL;

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  fixed = g_regex_replace_eval (regex, text, -1, 0, 0, shorten_number_cb, NULL, NULL);
  g_print ("%s\n", fixed ? fixed : text);
  json_node_unref (node);
}

int
st_cli_scorecard (int    argc,
                  char **argv)
{
  g_autofree char *label = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "period", 'p', 0, G_OPTION_ARG_STRING, &label, N_("Latest values at or before this reporting period’s end (default: the latest period)"), N_("LABEL") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = st_cli_context_new (st_cli_get_command ("scorecard"));
  g_autoptr(StPlan) plan = NULL;
  g_autoptr(StScorecard) scorecard = NULL;
  StPeriod *period = NULL;
  int status = ST_CLI_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!st_cli_parse (context, &argc, &argv, 1, 1, &status))
    return status;
  if (!(plan = st_cli_open (argv[1], TRUE, &status)))
    return status;
  /* a plan with no reporting periods yet still has a scorecard: every value */
  if ((label != NULL || st_plan_get_latest_period (plan) != NULL) &&
      !(period = st_cli_period (plan, label, &status)))
    return status;

  scorecard = st_scorecard_new (plan, period);
  if (json)
    print_json (st_scorecard_to_json (scorecard));
  else
    {
      g_autofree char *text = st_scorecard_to_text (scorecard);

      g_print ("%s", text);
    }
  return ST_CLI_OK;
}
