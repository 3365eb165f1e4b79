/* st-cli.c: send-tracker-cli's dispatcher, shared helpers, and the commands
 * new, summary, check and list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "st-cli.h"
#include "st-cli-private.h"
#include "st-summary.h"

static int cmd_new (int argc, char **argv);
static int cmd_summary (int argc, char **argv);
static int cmd_check (int argc, char **argv);
static int cmd_list (int argc, char **argv);

static const StCliCommand commands[] = {
  { "new", N_("FILE [--example] [--title TITLE]"), N_("Create a plan file"), cmd_new },
  { "summary", N_("FILE [--period LABEL] [--json]"), N_("Print the quantitative summary"), cmd_summary },
  { "check", N_("FILE"), N_("Check a plan file and its integrity"), cmd_check },
  { "list", N_("FILE [--period LABEL]"), N_("List areas, sub-actions and actions with ratings"), cmd_list },
  { "set", N_("FILE REF FIELD VALUE [FIELD VALUE…]"), N_("Change fields of an action, sub-action, priority area or measure:REF"), st_cli_cmd_set },
  { "rate", N_("FILE REF [REF…] STATUS [--period LABEL] [--comment TEXT]"), N_("Rate actions for a reporting period"), st_cli_cmd_rate },
  { "value", N_("FILE MEASURE MONTH VALUE [--note TEXT]"), N_("Enter a measure’s value for a month"), st_cli_cmd_value },
  { "chart", N_("FILE --kind progress|measure [--ref REF] [--area N] --png OUT [--width W --height H]"),
    N_("Draw a chart into a PNG file"), st_cli_chart },
  { "scorecard", N_("FILE [--period LABEL] [--json]"), N_("Print the performance scorecard with RAG ratings"), st_cli_scorecard },
  { "generate", N_("FILE [--areas N] [--actions N] [--measures N] [--months N] [--periods N] [--seed S]"),
    N_("Create a synthetic plan of any size, the same for the same arguments"), st_cli_generate },
  { "export", N_("FILE [--period LABEL] [--pdf OUT] [--xlsx OUT] [--sections LIST]"),
    N_("Export the board pack as PDF and/or XLSX"), st_cli_export },
  { "import", N_("FILE SOURCE [--sheet NAME] [--mapping MAPFILE] [--dry-run] [--valid-only]"),
    N_("Import actions, measures or monthly values from a CSV file or an Excel workbook"), st_cli_import },
};

/* Helpers ---------------------------------------------------------------- */

/* Returns: (transfer none): the command called @name, for its own file's use */
const StCliCommand *
st_cli_get_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];
  g_return_val_if_reached (NULL);
}

GOptionContext *
st_cli_context_new (const StCliCommand *command)
{
  g_autofree char *usage = g_strdup_printf ("%s %s", command->name, _(command->args));
  GOptionContext *context = g_option_context_new (usage);

  g_option_context_set_summary (context, _(command->summary));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  return context;
}

int
st_cli_usage (GOptionContext *context,
              const char     *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("send-tracker-cli: %s\n", message);
  if (context != NULL)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
      g_printerr ("\n%s", help);
    }
  return ST_CLI_USAGE;
}

/* Parses options; @argv keeps the command name then the positional arguments. */
gboolean
st_cli_parse (GOptionContext   *context,
              int              *argc,
              char           ***argv,
              guint             min_args,
              guint             max_args,
              int              *status)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = st_cli_usage (context, "%s", error->message);
      return FALSE;
    }
  if ((guint) *argc - 1 < min_args || (guint) *argc - 1 > max_args)
    {
      *status = st_cli_usage (context, (guint) *argc - 1 < min_args ? _("Missing argument")
                                                                    : _("Too many arguments"));
      return FALSE;
    }
  return TRUE;
}

int
st_cli_fail (const GError *error)
{
  g_printerr ("send-tracker-cli: %s\n", error->message);
  return ST_CLI_FAILED;
}

int
st_cli_fail_message (const char *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("send-tracker-cli: %s\n", message);
  return ST_CLI_FAILED;
}

/* Plans opened read-only, kept (reachable) until the process ends: freeing
 * the model of a big plan object by object, just before exit frees it all
 * at once, was a sixth of the time of `summary`. A plan opened for writing is
 * freed as usual, which closes its connection. */
static GPtrArray *kept_until_exit;

StPlan *
st_cli_open (const char *path,
             gboolean    read_only,
             int        *status)
{
  g_autoptr(GError) error = NULL;
  StPlan *plan = st_plan_open (path, read_only ? ST_PLAN_OPEN_READ_ONLY : ST_PLAN_OPEN_DEFAULT, &error);

  if (plan == NULL)
    *status = st_cli_fail (error);
  else if (read_only)
    {
      if (kept_until_exit == NULL)
        kept_until_exit = g_ptr_array_new ();
      g_ptr_array_add (kept_until_exit, g_object_ref (plan));
    }
  return plan;
}

/* Returns: (transfer none): the period called @label, or the latest one */
StPeriod *
st_cli_period (StPlan     *plan,
               const char *label,
               int        *status)
{
  StPeriod *period;
  g_autofree char *name = st_plan_dup_display_name (plan);

  if (label != NULL)
    {
      period = st_plan_find_period (plan, label);
      if (period == NULL)
        {
          g_autoptr(GString) known = g_string_new (NULL);
          GListModel *periods = st_plan_get_periods (plan);

          for (guint i = 0; i < g_list_model_get_n_items (periods); i++)
            {
              g_autoptr(StPeriod) p = g_list_model_get_item (periods, i);
              g_string_append_printf (known, "%s“%s”", i ? ", " : "", st_period_get_label (p));
            }
          *status = st_cli_fail_message (_("“%s” has no reporting period “%s” (it has: %s)"),
                                         name, label, known->len ? known->str : _("none"));
          return NULL;
        }
      return period;
    }
  period = st_plan_get_latest_period (plan);
  if (period == NULL)
    *status = st_cli_fail_message (_("“%s” has no reporting periods yet; add one first"), name);
  return period;
}

static gboolean
round_percent_cb (const GMatchInfo *info,
                  GString          *result,
                  gpointer          data)
{
  g_autofree char *prefix = g_match_info_fetch (info, 1);
  g_autofree char *number = g_match_info_fetch (info, 2);
  g_autofree char *comma = g_match_info_fetch (info, 3);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (result, prefix);
  g_string_append (result, g_ascii_formatd (buf, sizeof buf, "%.1f", g_ascii_strtod (number, NULL)));
  g_string_append (result, comma);
  return FALSE;
}

void
st_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);

  /* json-glib 1.6 prints doubles with 17 significant digits (69.3 comes out
   * as 69.299999999999997). Percentages carry one decimal: print them so.
   * In pretty output every member is on its own line, and a string value
   * cannot hold a raw newline, so this only ever touches our own members. */
  {
    g_autoptr(GRegex) regex = g_regex_new ("^(\\s*\"percent\" : )(-?[0-9.eE+-]+)(,?)$", G_REGEX_MULTILINE, 0, NULL);
    g_autofree char *fixed = g_regex_replace_eval (regex, text, -1, 0, 0, round_percent_cb, NULL, NULL);

    g_print ("%s\n", fixed ? fixed : text);
  }
}

/* new --------------------------------------------------------------------- */

static int
cmd_new (int    argc,
         char **argv)
{
  gboolean example = FALSE;
  g_autofree char *title = NULL;
  const GOptionEntry entries[] = {
    { "example", 0, 0, G_OPTION_ARG_NONE, &example, N_("Fill it with the bundled example plan"), NULL },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The plan’s title"), N_("TITLE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = st_cli_context_new (&commands[0]);
  g_autoptr(StPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  int status = ST_CLI_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!st_cli_parse (context, &argc, &argv, 1, 1, &status))
    return status;
  if (example && title)
    return st_cli_usage (context, _("--example and --title cannot be used together"));

  if (example)
    plan = st_plan_create_example (argv[1], &error);
  else
    plan = st_plan_create (argv[1], title, &error);
  if (plan == NULL)
    return st_cli_fail (error);
  return ST_CLI_OK;
}

/* summary ------------------------------------------------------------------ */

static int
cmd_summary (int    argc,
             char **argv)
{
  g_autofree char *label = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "period", 'p', 0, G_OPTION_ARG_STRING, &label, N_("The reporting period (default: the latest)"), N_("LABEL") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = st_cli_context_new (&commands[1]);
  g_autoptr(StPlan) plan = NULL;
  g_autoptr(StSummary) summary = NULL;
  StPeriod *period;
  int status = ST_CLI_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!st_cli_parse (context, &argc, &argv, 1, 1, &status))
    return status;
  if (!(plan = st_cli_open (argv[1], TRUE, &status)))
    return status;
  if (!(period = st_cli_period (plan, label, &status)))
    return status;

  summary = st_summary_new (plan, period);
  if (json)
    {
      g_autoptr(JsonNode) node = st_summary_to_json (summary, plan);
      st_cli_print_json (node);
    }
  else
    {
      g_autofree char *text = st_summary_to_text (summary, plan);
      g_print ("%s", text);
    }
  return ST_CLI_OK;
}

/* check -------------------------------------------------------------------- */

static int
cmd_check (int    argc,
           char **argv)
{
  g_autoptr(GOptionContext) context = st_cli_context_new (&commands[2]);
  g_autoptr(StPlan) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StSummary) summary = NULL;
  g_autofree char *name = NULL;
  const StSummaryCounts *overall;
  int status = ST_CLI_OK;

  if (!st_cli_parse (context, &argc, &argv, 1, 1, &status))
    return status;
  if (!(plan = st_cli_open (argv[1], TRUE, &status)))
    return status;

  name = st_plan_dup_display_name (plan);
  problems = st_plan_check_integrity (plan, &error);
  if (problems == NULL)
    return st_cli_fail (error);
  if (problems->len > 0)
    {
      g_printerr ("send-tracker-cli: ");
      g_printerr (_("“%s” has %u problems: %s"), name, problems->len, (char *) problems->pdata[0]);
      g_printerr ("\n");
      for (guint i = 1; i < problems->len; i++)
        g_printerr ("  %s\n", (char *) problems->pdata[i]);
      return ST_CLI_FAILED;
    }

  summary = st_summary_new (plan, NULL);
  overall = st_summary_get_overall (summary);
  g_print (_("%s: ok (format %d; %u priority areas, %u sub-actions, %u actions, %u reporting periods)\n"),
           name, ST_PLAN_SCHEMA_VERSION, overall->n_areas, overall->n_sub_actions, overall->n_actions,
           g_list_model_get_n_items (st_plan_get_periods (plan)));
  return ST_CLI_OK;
}

/* list --------------------------------------------------------------------- */

static void
print_wrapped (const char *ref,
               const char *text,
               int         indent,
               const char *suffix)
{
  g_print ("%*s%-7s %s%s\n", indent, "", ref, text, suffix);
}

static int
cmd_list (int    argc,
          char **argv)
{
  g_autofree char *label = NULL;
  const GOptionEntry entries[] = {
    { "period", 'p', 0, G_OPTION_ARG_STRING, &label, N_("The reporting period (default: the latest)"), N_("LABEL") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = st_cli_context_new (&commands[3]);
  g_autoptr(StPlan) plan = NULL;
  StPeriod *period;
  GListModel *areas;
  gint64 period_id;
  int status = ST_CLI_OK, as_of;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!st_cli_parse (context, &argc, &argv, 1, 1, &status))
    return status;
  if (!(plan = st_cli_open (argv[1], TRUE, &status)))
    return status;
  if (!(period = st_cli_period (plan, label, &status)))
    return status;

  period_id = st_record_get_id (ST_RECORD (period));
  as_of = st_period_get_end_month (period);
  g_print ("%s – %s\n", st_record_get_string (ST_RECORD (st_plan_get_info (plan)), "title"),
           st_period_get_label (period));

  areas = st_plan_get_areas (plan);
  for (guint a = 0; a < g_list_model_get_n_items (areas); a++)
    {
      g_autoptr(StRecord) area = g_list_model_get_item (areas, a);
      GListModel *subs = st_record_get_children (area);

      g_print ("\n");
      print_wrapped (st_record_get_string (area, "number"), st_record_get_string (area, "title"), 0, "");
      for (guint s = 0; s < g_list_model_get_n_items (subs); s++)
        {
          g_autoptr(StRecord) sub = g_list_model_get_item (subs, s);
          GListModel *actions = st_record_get_children (sub);

          print_wrapped (st_record_get_string (sub, "ref"), st_record_get_string (sub, "text"), 2, "");
          for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
            {
              g_autoptr(StAction) action = g_list_model_get_item (actions, i);
              StStatus st = st_action_get_status (action, period_id);
              StStatusInfo *info = st == ST_STATUS_NONE ? NULL : st_plan_get_status_info (plan, st);
              g_autofree char *target = st_month_to_display (st_action_get_target (action));
              const char *target_text = st_record_get_string (ST_RECORD (action), "target-text");
              g_autofree char *suffix = NULL;
              g_autofree char *ref = g_strdup_printf ("[%s] %s",
                                                      info ? st_record_get_string (ST_RECORD (info), "letter") : "-",
                                                      st_action_get_ref (action));

              suffix = g_strdup_printf ("  (%s%s%s)%s", target,
                                        *target && target_text && *target_text ? "; " : "",
                                        target_text ? target_text : "",
                                        st_action_is_overdue (action, period_id, as_of) ? _("  OVERDUE") : "");
              if (g_str_equal (suffix, "  ()"))
                g_clear_pointer (&suffix, g_free);
              print_wrapped (ref, st_action_get_text (action), 4, suffix ? suffix : "");
            }
        }
    }
  return ST_CLI_OK;
}

/* Dispatcher ------------------------------------------------------------- */

static void
print_commands (FILE *out)
{
  fprintf (out, "%s\n\n%s\n", _("Usage: send-tracker-cli COMMAND FILE [OPTION…]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “send-tracker-cli COMMAND --help” for a command’s options."));
}

int
st_cli_main (int    argc,
             char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("send-tracker-cli");

  if (argc < 2)
    {
      print_commands (stderr);
      return ST_CLI_USAGE;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_commands (stdout);
      return ST_CLI_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("send-tracker-cli %s\n", PACKAGE_VERSION);
      return ST_CLI_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  g_printerr ("send-tracker-cli: ");
  g_printerr (_("“%s” is not a command"), argv[1]);
  g_printerr ("\n\n");
  print_commands (stderr);
  return ST_CLI_USAGE;
}
