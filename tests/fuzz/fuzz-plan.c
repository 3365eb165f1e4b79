/* fuzz-plan.c: opening a plan file made of arbitrary bytes: identify, open,
 * load, integrity check, summary, scorecard, and a walk of the model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "fuzz-common.h"
#include "st-plan.h"
#include "st-scorecard.h"
#include "st-summary.h"

static char *path;
static char *journal;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  g_autofree char *dir = NULL;

  fuzz_setup ();
  dir = g_dir_make_tmp ("st-fuzz-plan-XXXXXX", NULL);
  if (dir == NULL)
    abort ();
  path = g_build_filename (dir, "fuzz.sendplan", NULL);
  journal = g_strconcat (path, "-journal", NULL);
  return 0;
}

static void
walk (StPlan *plan)
{
  GListModel *areas = st_plan_get_areas (plan);
  StPeriod *latest = st_plan_get_latest_period (plan);
  gint64 period_id = latest ? st_record_get_id (ST_RECORD (latest)) : 0;
  int as_of = latest ? st_period_get_end_month (latest) : ST_MONTH_NONE;

  for (guint a = 0; a < g_list_model_get_n_items (areas); a++)
    {
      g_autoptr(StRecord) area = g_list_model_get_item (areas, a);
      GListModel *subs = st_record_get_children (area);

      for (guint s = 0; s < g_list_model_get_n_items (subs); s++)
        {
          g_autoptr(StRecord) sub = g_list_model_get_item (subs, s);
          GListModel *actions = st_record_get_children (sub);

          for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
            {
              g_autoptr(StAction) action = g_list_model_get_item (actions, i);
              g_auto(GStrv) refs = st_action_dup_measure_refs (action);
              g_autofree char *target = st_month_to_display (st_action_get_target (action));

              (void) refs;
              (void) target;
              (void) st_action_is_overdue (action, period_id, as_of);
              (void) st_action_get_commentary (action, period_id);
            }
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) plan = NULL;

  FILE *file;

  /* Plain writes: g_file_set_contents() would fsync every input. */
  g_unlink (journal);
  file = fopen (path, "wb");
  if (file == NULL || fwrite (data, 1, size, file) != size || fclose (file) != 0)
    abort ();

  (void) st_plan_identify (path, NULL);
  plan = st_plan_open (path, ST_PLAN_OPEN_READ_ONLY, &error);
  if (plan == NULL)
    {
      /* A refusal always says why, in one line. */
      if (error == NULL || error->domain != ST_PLAN_ERROR || strchr (error->message, '\n') != NULL)
        abort ();
      return 0;
    }

  {
    g_autoptr(GPtrArray) problems = st_plan_check_integrity (plan, NULL);
    g_autoptr(StSummary) summary = st_summary_new (plan, NULL);
    g_autofree char *text = st_summary_to_text (summary, plan);
    JsonNode *json = st_summary_to_json (summary, plan);
    g_autoptr(StScorecard) scorecard = st_scorecard_new (plan, NULL);

    (void) problems;
    (void) text;
    (void) scorecard;
    json_node_unref (json);
    walk (plan);
  }
  return 0;
}
