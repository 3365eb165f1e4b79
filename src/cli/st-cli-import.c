/* st-cli-import.c: send-tracker-cli import FILE SOURCE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "st-cli-private.h"
#include "st-import.h"

static void
print_mapping (StImportMapping *mapping,
               StTable         *table)
{
  g_autofree char *text = st_import_mapping_to_text (mapping, table);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_print ("%s\n", _("Mapping (save it with --save-mapping, edit it, and pass it with --mapping):"));
  for (guint i = 0; lines[i]; i++)
    if (*lines[i])
      g_print ("  %s\n", lines[i]);
}

static const StCliCommand command_import = {
  "import", N_("FILE SOURCE [--sheet NAME] [--mapping MAPFILE] [--dry-run] [--valid-only]"),
  N_("Import actions, measures or monthly values from a CSV file or an Excel workbook"), NULL
};

int
st_cli_import (int    argc,
               char **argv)
{
  const StCliCommand *command = &command_import;
  g_autofree char *sheet = NULL, *mapping_path = NULL, *save_path = NULL, *kind_name = NULL;
  gboolean dry_run = FALSE, valid_only = FALSE, no_new_periods = FALSE, created = FALSE;
  const GOptionEntry entries[] = {
    { "sheet", 0, 0, G_OPTION_ARG_STRING, &sheet, N_("The worksheet of an XLSX workbook (default: the one that looks most like an import)"), N_("NAME") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_name, N_("What the rows are: actions, measures or values (default: guessed)"), N_("KIND") },
    { "mapping", 0, 0, G_OPTION_ARG_FILENAME, &mapping_path, N_("Read the column mapping from a file"), N_("MAPFILE") },
    { "save-mapping", 0, 0, G_OPTION_ARG_FILENAME, &save_path, N_("Write the mapping used to a file"), N_("MAPFILE") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Check only; write nothing"), NULL },
    { "valid-only", 0, 0, G_OPTION_ARG_NONE, &valid_only, N_("Import the rows without problems and leave out the others"), NULL },
    { "no-new-periods", 0, 0, G_OPTION_ARG_NONE, &no_new_periods, N_("Do not create reporting periods the plan lacks"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = st_cli_context_new (command);
  g_autoptr(StPlan) plan = NULL;
  g_autoptr(StTable) table = NULL;
  g_autoptr(StImportMapping) mapping = NULL;
  g_autoptr(StImportCheck) check = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *plan_name = NULL, *source_name = NULL, *temp_dir = NULL;
  g_auto(GStrv) new_periods = NULL;
  StImportCounts counts = { 0 };
  StImportKind kind = ST_IMPORT_ACTIONS;
  int status = ST_CLI_OK;
  guint n_problems;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!st_cli_parse (context, &argc, &argv, 2, 2, &status))
    return status;
  if (kind_name && !st_import_kind_from_string (kind_name, &kind))
    return st_cli_usage (context, _("“%s” is not a kind of import: use actions, measures or values"), kind_name);
  if (dry_run && valid_only)
    return st_cli_usage (context, _("--dry-run and --valid-only cannot be used together"));

  source_name = g_filename_display_basename (argv[2]);
  if (sheet == NULL && st_table_file_is_xlsx (argv[2]) &&
      !(sheet = st_import_guess_sheet (argv[2], NULL, kind_name ? (int) kind : -1, &error)))
    return st_cli_fail (error);
  if (!(table = st_table_read_file (argv[2], sheet, &error)))
    return st_cli_fail (error);

  /* A plan that does not exist yet is created (in a temporary place for a dry run). */
  if (!g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      const char *path = argv[1];
      g_autofree char *title = g_strdup (source_name);
      char *dot = strrchr (title, '.');
      g_autofree char *temp_path = NULL;

      if (dot && dot != title)
        *dot = '\0';
      if (dry_run)
        {
          if (!(temp_dir = g_dir_make_tmp ("send-tracker-import-XXXXXX", &error)))
            return st_cli_fail (error);
          path = temp_path = g_build_filename (temp_dir, "plan" ST_PLAN_SUFFIX, NULL);
        }
      plan = st_plan_create (path, title, &error);
      if (plan == NULL)
        return st_cli_fail (error);
      created = !dry_run;
    }
  else if (!(plan = st_cli_open (argv[1], dry_run, &status)))
    return status;
  plan_name = st_plan_dup_display_name (plan);

  if (mapping_path)
    {
      mapping = st_import_mapping_load (mapping_path, table, plan, &error);
      if (mapping == NULL)
        return st_cli_fail (error);
    }
  else
    mapping = st_import_mapping_guess (table, plan, kind_name ? (int) kind : -1);
  if (no_new_periods)
    st_import_mapping_set_create_periods (mapping, FALSE);

  g_print (_("Reading %s%s%s as %s\n"), source_name, *st_table_get_name (table) ? " – " : "",
           st_table_get_name (table), st_import_kind_get_label (st_import_mapping_get_kind (mapping)));
  print_mapping (mapping, table);
  if (save_path && !st_import_mapping_save (mapping, table, save_path, &error))
    return st_cli_fail (error);

  check = st_import_check (plan, table, mapping);
  new_periods = st_import_check_get_new_periods (check);
  if (new_periods[0] && st_import_mapping_get_create_periods (mapping))
    {
      g_autofree char *list = g_strjoinv (", ", new_periods);
      g_print (_("New reporting periods: %s\n"), list);
    }

  n_problems = st_import_check_get_n_problems (check);
  if (n_problems > 0)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u problem:\n", "%u problems:\n", n_problems), n_problems);
      for (guint i = 0; i < n_problems; i++)
        {
          g_autofree char *line = st_import_problem_to_string (st_import_check_get_problem (check, i));
          g_print ("  %s\n", line);
        }
    }
  g_print (_("%u of %u rows are valid\n"), st_import_check_get_n_valid_rows (check),
           st_import_check_get_n_rows (check));

  if (dry_run)
    {
      if (temp_dir)
        {
          g_clear_object (&plan);
          /* the temporary plan and its folder */
          {
            g_autoptr(GDir) dir = g_dir_open (temp_dir, 0, NULL);
            const char *name;
            while (dir && (name = g_dir_read_name (dir)))
              {
                g_autofree char *path = g_build_filename (temp_dir, name, NULL);
                g_unlink (path);
              }
            g_rmdir (temp_dir);
          }
        }
      if (n_problems > 0)
        return st_cli_fail_message (_("%s: %u problems found; nothing written (dry run)"), source_name, n_problems);
      g_print ("%s\n", _("No problems found; nothing written (dry run)"));
      return ST_CLI_OK;
    }

  if (!st_import_apply (plan, table, mapping, check, valid_only, &counts, &error))
    {
      /* a plan made for this import and left empty is not left behind */
      if (created)
        {
          g_autofree char *path = g_strdup (st_plan_get_path (plan));
          g_clear_object (&plan);
          g_unlink (path);
        }
      if (g_error_matches (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_PROBLEMS))
        return st_cli_fail_message (_("%s: %s (use --valid-only to import the rows without problems)"),
                                    source_name, error->message);
      return st_cli_fail_message ("%s: %s", plan_name, error->message);
    }
  {
    g_autofree char *result = st_import_counts_to_string (&counts);
    g_print ("%s: %s\n", plan_name, result);
  }
  return ST_CLI_OK;
}
