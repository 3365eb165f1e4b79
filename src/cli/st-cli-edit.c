/* st-cli-edit.c: scripted edits for send-tracker-cli: set, rate and value.
 *
 * Each command is one transaction: every change it names is saved, or none
 * is. It prints nothing when it succeeds; a refused value fails with one line
 * naming the file, the item and the problem, and the file is left as it was.
 *
 * Items are named by their reference: an action ("1.1.1"), a sub-action
 * ("1.1") or a priority area ("1"), looked up in that order. A prefix picks
 * the kind ("area:1", "sub-action:1.1", "action:1.1.1", "measure:1.1"):
 * scorecard measures share refs such as "1.1" with sub-actions, so they are
 * always named with "measure:", except in the value command.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "st-cli-private.h"

/* Helpers ---------------------------------------------------------------- */

static StRecord *
find_record (StPlan     *plan,
             GType       type,
             const char *ref)
{
  GListModel *list = st_plan_get_list (plan, type == ST_TYPE_ACTION || type == ST_TYPE_SUB_ACTION
                                             ? ST_TYPE_AREA : type);
  const char *column = type == ST_TYPE_AREA ? "number" : "ref";

  if (list == NULL)
    return NULL;
  for (guint a = 0; a < g_list_model_get_n_items (list); a++)
    {
      g_autoptr(StRecord) item = g_list_model_get_item (list, a);
      GListModel *subs;

      if (type == ST_TYPE_AREA || type == ST_TYPE_MEASURE)
        {
          if (g_strcmp0 (st_record_get_string (item, column), ref) == 0)
            return item;   /* the plan's list keeps it alive */
          continue;
        }
      subs = st_record_get_children (item);
      for (guint s = 0; s < g_list_model_get_n_items (subs); s++)
        {
          g_autoptr(StRecord) sub = g_list_model_get_item (subs, s);
          GListModel *actions;

          if (type == ST_TYPE_SUB_ACTION)
            {
              if (g_strcmp0 (st_record_get_string (sub, "ref"), ref) == 0)
                return sub;
              continue;
            }
          actions = st_record_get_children (sub);
          for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
            {
              g_autoptr(StRecord) action = g_list_model_get_item (actions, i);
              if (g_strcmp0 (st_record_get_string (action, "ref"), ref) == 0)
                return action;
            }
        }
    }
  return NULL;
}

static const struct {
  const char *prefix;
  GType     (*type) (void);
} kinds[] = {
  { "action:", st_action_get_type },
  { "sub-action:", st_sub_action_get_type },
  { "area:", st_area_get_type },
  { "measure:", st_measure_get_type },
};

/* Returns: (transfer none): the item named @ref */
static StRecord *
lookup_ref (StPlan     *plan,
            const char *ref,
            GType       only,
            int        *status)
{
  g_autofree char *name = st_plan_dup_display_name (plan);
  StRecord *record = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_has_prefix (ref, kinds[i].prefix))
      {
        record = find_record (plan, kinds[i].type (), ref + strlen (kinds[i].prefix));
        goto found;
      }

  if (only != G_TYPE_INVALID)
    record = find_record (plan, only, ref);
  else
    for (guint i = 0; i < 3 && record == NULL; i++)
      record = find_record (plan, kinds[i].type (), ref);

found:
  if (record != NULL && only != G_TYPE_INVALID && G_OBJECT_TYPE (record) != only)
    record = NULL;
  if (record == NULL)
    {
      if (!g_utf8_validate (ref, -1, NULL) || *ref == '\0')
        *status = st_cli_fail_message (_("“%s” has no item with that reference (it is empty or not valid text)"),
                                       name);
      else if (only == ST_TYPE_ACTION)
        *status = st_cli_fail_message (_("“%s” has no action “%s”"), name, ref);
      else if (only == ST_TYPE_MEASURE)
        *status = st_cli_fail_message (_("“%s” has no measure “%s”"), name, ref);
      else
        *status = st_cli_fail_message (_("“%s” has no action, sub-action or priority area “%s” (name a measure as “measure:REF”)"),
                                       name, ref);
    }
  return record;
}

static const char *
kind_name (StRecord *record)
{
  if (ST_IS_ACTION (record))
    return _("action");
  if (ST_IS_SUB_ACTION (record))
    return _("sub-action");
  if (ST_IS_AREA (record))
    return _("priority area");
  if (ST_IS_MEASURE (record))
    return _("measure");
  return _("item");
}

/* A refused value: one line naming the file, the item and the problem. */
static int
fail_edit (StPlan       *plan,
           const char   *ref,
           const GError *error)
{
  g_autofree char *name = st_plan_dup_display_name (plan);

  if (g_error_matches (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID))
    return st_cli_fail_message (_("“%s”, %s: %s (nothing was changed)"), name, ref, error->message);
  if (error->domain == ST_PLAN_ERROR && error->code == ST_PLAN_ERROR_FAILED &&
      strstr (error->message, name) == NULL)
    return st_cli_fail_message (_("“%s”: %s (nothing was changed)"), name, error->message);
  return st_cli_fail (error);
}

static StPlan *
open_for_edit (const char *path,
               int        *status)
{
  g_autoptr(StPlan) plan = st_cli_open (path, FALSE, status);

  if (plan != NULL && st_plan_get_read_only (plan))
    {
      g_autofree char *name = g_filename_display_name (path);
      *status = st_cli_fail_message (_("“%s” cannot be changed: the file or its folder is read-only"), name);
      return NULL;
    }
  return g_steal_pointer (&plan);
}

static gboolean
parse_boolean (const char *text,
               gboolean   *out)
{
  static const char * const yes[] = { "yes", "y", "true", "1", "on" };
  static const char * const no[] = { "no", "n", "false", "0", "off", "" };
  g_autofree char *folded = g_ascii_strdown (text, -1);

  g_strstrip (folded);
  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (g_str_equal (folded, yes[i]))
      return (*out = TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_str_equal (folded, no[i]))
      return !(*out = FALSE);
  return FALSE;
}

/* A number as people type it, with no trailing text; "" clears it (NAN). */
static gboolean
parse_number (const char *text,
              double     *out)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;
  double v;

  if (*copy == '\0')
    {
      *out = NAN;
      return TRUE;
    }
  if (g_str_has_suffix (copy, "%"))
    copy[strlen (copy) - 1] = '\0';
  v = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (v))
    return FALSE;
  *out = v;
  return TRUE;
}

/* "target" is the month; "target_month" and "target-month" are the same column. */
static GParamSpec *
find_column (StRecord   *record,
             const char *field)
{
  StRecordClass *klass = ST_RECORD_GET_CLASS (record);
  g_autofree char *property = g_strdelimit (g_ascii_strdown (field, -1), "_ ", '-');

  if (ST_IS_ACTION (record) && g_str_equal (property, "target"))
    {
      g_free (property);
      property = g_strdup ("target-month");
    }
  if (ST_IS_ACTION (record) && g_str_equal (property, "measures"))
    {
      g_free (property);
      property = g_strdup ("measure-refs");
    }
  for (guint i = 0; i < st_record_class_get_n_columns (klass); i++)
    {
      GParamSpec *pspec = st_record_class_get_column (klass, i);
      if (g_str_equal (pspec->name, property))
        return pspec;
    }
  return NULL;
}

static char *
column_names (StRecord *record)
{
  StRecordClass *klass = ST_RECORD_GET_CLASS (record);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < st_record_class_get_n_columns (klass); i++)
    {
      GParamSpec *pspec = st_record_class_get_column (klass, i);
      if (pspec->value_type == G_TYPE_INT64)
        continue;   /* references to other rows: not for scripts */
      g_string_append_printf (names, "%s%s", names->len ? ", " : "", pspec->name);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* set ---------------------------------------------------------------------- */

static const StCliCommand set_command = {
  "set", N_("FILE REF FIELD VALUE [FIELD VALUE…]"),
  N_("Change fields of an action, sub-action, priority area or measure:REF"), NULL
};

int
st_cli_cmd_set (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = st_cli_context_new (&set_command);
  g_autoptr(StPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  StRecord *record;
  int status = ST_CLI_OK;

  g_option_context_set_description (context,
    _("Fields of an action: text, target (a month: “Jul 2022”, “2022-07”; empty to clear), "
      "target-text, owner, measure-refs, evidence (yes/no). Of a sub-action: ref, text. "
      "Of a priority area: number, title, description. All changes are saved together, or none."));
  if (!st_cli_parse (context, &argc, &argv, 4, G_MAXINT, &status))
    return status;
  if ((argc - 3) % 2 != 0)
    return st_cli_usage (context, _("Each FIELD needs a VALUE"));

  if (!(plan = open_for_edit (argv[1], &status)))
    return status;
  name = st_plan_dup_display_name (plan);
  if (!(record = lookup_ref (plan, argv[2], G_TYPE_INVALID, &status)))
    return status;

  /* Check every field before changing anything. */
  for (int i = 3; i < argc; i += 2)
    {
      GParamSpec *pspec = find_column (record, argv[i]);
      if (pspec == NULL || pspec->value_type == G_TYPE_INT64)
        {
          g_autofree char *names = column_names (record);
          return st_cli_fail_message (_("“%s”, %s %s has no field “%s” (it has: %s)"),
                                      name, kind_name (record), argv[2],
                                      g_utf8_validate (argv[i], -1, NULL) ? argv[i] : "?", names);
        }
    }

  if (!st_plan_begin (plan, _("Change"), &error))
    return st_cli_fail (error);
  for (int i = 3; i < argc; i += 2)
    {
      GParamSpec *pspec = find_column (record, argv[i]);
      const char *text = argv[i + 1];
      gboolean ok = FALSE;

      if (pspec->value_type == G_TYPE_STRING)
        ok = st_plan_set_string (plan, record, pspec->name, text, &error);
      else if (pspec->value_type == G_TYPE_BOOLEAN)
        {
          gboolean b;
          if (parse_boolean (text, &b))
            ok = st_plan_set_boolean (plan, record, pspec->name, b, &error);
          else
            g_set_error (&error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID,
                         _("%s must be yes or no, not “%s”"), pspec->name,
                         g_utf8_validate (text, -1, NULL) ? text : "?");
        }
      else if (pspec->value_type == G_TYPE_DOUBLE)
        {
          double v;
          if (parse_number (text, &v))
            ok = st_plan_set_double (plan, record, pspec->name, v, &error);
          else
            g_set_error (&error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID,
                         _("%s must be a number, not “%s”"), pspec->name,
                         g_utf8_validate (text, -1, NULL) ? text : "?");
        }

      if (!ok)
        {
          g_autofree char *where = g_strdup_printf ("%s %s, %s", kind_name (record), argv[2], pspec->name);
          st_plan_rollback (plan);
          return fail_edit (plan, where, error);
        }
    }
  if (!st_plan_commit (plan, &error))
    return fail_edit (plan, argv[2], error);
  return ST_CLI_OK;
}

/* rate --------------------------------------------------------------------- */

static const StCliCommand rate_command = {
  "rate", N_("FILE REF [REF…] STATUS [--period LABEL] [--comment TEXT]"),
  N_("Rate actions for a reporting period"), NULL
};

int
st_cli_cmd_rate (int    argc,
                 char **argv)
{
  g_autofree char *label = NULL;
  g_autofree char *comment = NULL;
  const GOptionEntry entries[] = {
    { "period", 'p', 0, G_OPTION_ARG_STRING, &label, N_("The reporting period (default: the latest)"), N_("LABEL") },
    /* FILENAME: the bytes as given, so that text that is not UTF-8 reaches
     * the plan's own check and its message, rather than a usage error */
    { "comment", 'c', 0, G_OPTION_ARG_FILENAME, &comment, N_("The commentary (default: keep the current one)"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = st_cli_context_new (&rate_command);
  g_autoptr(StPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) actions = g_ptr_array_new ();
  g_autofree char *name = NULL;
  const char *status_text;
  StPeriod *period;
  StStatus rating;
  gint64 period_id;
  int status = ST_CLI_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("STATUS is a letter (B, G, A, R, N), a word (blue, green, amber, red, grey) or the plan’s phrase "
      "(“Action on track”, “Not due to start”…); “none” removes the rating. With several actions, "
      "all are rated together, or none."));
  if (!st_cli_parse (context, &argc, &argv, 3, G_MAXINT, &status))
    return status;

  if (!(plan = open_for_edit (argv[1], &status)))
    return status;
  name = st_plan_dup_display_name (plan);

  status_text = argv[argc - 1];
  rating = st_status_parse (status_text);
  if (rating == ST_STATUS_NONE)
    {
      g_autofree char *folded = g_ascii_strdown (status_text, -1);
      g_strstrip (folded);
      if (!g_str_equal (folded, "none") && !g_str_equal (folded, "-"))
        return st_cli_fail_message (_("“%s”: “%s” is not a rating; use B, G, A, R or N (Blue, Green, Amber, Red, Grey) or “none”"),
                                    name, g_utf8_validate (status_text, -1, NULL) ? status_text : "?");
    }

  if (!(period = st_cli_period (plan, label, &status)))
    return status;
  period_id = st_record_get_id (ST_RECORD (period));

  for (int i = 2; i < argc - 1; i++)
    {
      StRecord *action = lookup_ref (plan, argv[i], ST_TYPE_ACTION, &status);
      if (action == NULL)
        return status;
      g_ptr_array_add (actions, action);
    }

  if (!st_plan_begin (plan, _("Rate"), &error))
    return st_cli_fail (error);
  for (guint i = 0; i < actions->len; i++)
    {
      StAction *action = g_ptr_array_index (actions, i);
      g_autofree char *keep = g_strdup (st_action_get_commentary (action, period_id));

      if (!st_plan_set_rating (plan, action, period, rating, comment ? comment : keep, &error))
        {
          st_plan_rollback (plan);
          return fail_edit (plan, st_action_get_ref (action), error);
        }
    }
  if (!st_plan_commit (plan, &error))
    return fail_edit (plan, argv[2], error);
  return ST_CLI_OK;
}

/* value -------------------------------------------------------------------- */

static const StCliCommand value_command = {
  "value", N_("FILE MEASURE MONTH VALUE [--note TEXT]"),
  N_("Enter a measure’s value for a month"), NULL
};

int
st_cli_cmd_value (int    argc,
                  char **argv)
{
  g_autofree char *note = NULL;
  const GOptionEntry entries[] = {
    { "note", 0, 0, G_OPTION_ARG_FILENAME, &note, N_("A note on the value"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = st_cli_context_new (&value_command);
  g_autoptr(StPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *where = NULL;
  StRecord *measure;
  double value;
  int status = ST_CLI_OK, month;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("MONTH as “Jul 2022” or “2022-07”; VALUE a number (a percentage from 0 to 100 for a % measure), "
      "or “none” to remove the month’s value."));
  if (!st_cli_parse (context, &argc, &argv, 4, 4, &status))
    return status;
  if (!(plan = open_for_edit (argv[1], &status)))
    return status;
  name = st_plan_dup_display_name (plan);
  if (!(measure = lookup_ref (plan, argv[2], ST_TYPE_MEASURE, &status)))
    return status;
  where = g_strdup_printf ("%s %s", kind_name (measure), argv[2]);

  if (!st_month_parse (argv[3], &month))
    return st_cli_fail_message (_("“%s”, %s: “%s” is not a month; write it as “Jul 2022” or “2022-07”"),
                                name, where, g_utf8_validate (argv[3], -1, NULL) ? argv[3] : "?");
  if (g_ascii_strcasecmp (argv[4], "none") == 0)
    value = NAN;
  else if (!parse_number (argv[4], &value) || isnan (value))
    return st_cli_fail_message (_("“%s”, %s: “%s” is not a number"),
                                name, where, g_utf8_validate (argv[4], -1, NULL) ? argv[4] : "?");

  if (!st_plan_set_measure_value (plan, ST_MEASURE (measure), month, value, note, &error))
    return fail_edit (plan, where, error);
  return ST_CLI_OK;
}
