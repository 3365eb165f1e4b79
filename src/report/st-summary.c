/* st-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-summary"

#include "config.h"

#include <glib/gi18n.h>

#include "st-summary.h"

struct _StSummary
{
  gatomicrefcount  ref_count;
  StPeriod        *period;
  StSummaryCounts  overall;
  GPtrArray       *areas;      /* StArea */
  GArray          *counts;     /* StSummaryCounts, one per area */
};

G_DEFINE_BOXED_TYPE (StSummary, st_summary, st_summary_ref, st_summary_unref)

static void
count_area (StArea          *area,
            gint64           period_id,
            int              as_of,
            StSummaryCounts *counts)
{
  GListModel *sub_actions = st_record_get_children (ST_RECORD (area));
  guint n_sub = g_list_model_get_n_items (sub_actions);

  counts->n_areas = 1;
  counts->n_sub_actions = n_sub;
  for (guint i = 0; i < n_sub; i++)
    {
      g_autoptr(StRecord) sub = g_list_model_get_item (sub_actions, i);
      GListModel *actions = st_record_get_children (sub);
      guint n = g_list_model_get_n_items (actions);

      counts->n_actions += n;
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(StAction) action = g_list_model_get_item (actions, j);
          StStatus status = period_id ? st_action_get_status (action, period_id) : ST_STATUS_NONE;

          if (status == ST_STATUS_NONE)
            counts->unrated++;
          else
            counts->counts[status]++;
          if (period_id && st_action_is_overdue (action, period_id, as_of))
            counts->overdue++;
        }
    }
}

/**
 * st_summary_new:
 * @period: (nullable): the reporting period; %NULL counts every action as unrated
 *
 * Returns: (transfer full): the summary of @plan for @period
 */
StSummary *
st_summary_new (StPlan   *plan,
                StPeriod *period)
{
  StSummary *self;
  GListModel *areas;
  gint64 period_id = period ? st_record_get_id (ST_RECORD (period)) : 0;
  int as_of = period ? st_period_get_end_month (period) : ST_MONTH_NONE;
  guint n;

  g_return_val_if_fail (ST_IS_PLAN (plan), NULL);

  self = g_new0 (StSummary, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->period = period ? g_object_ref (period) : NULL;
  self->areas = g_ptr_array_new_with_free_func (g_object_unref);
  self->counts = g_array_new (FALSE, TRUE, sizeof (StSummaryCounts));

  areas = st_plan_get_areas (plan);
  n = g_list_model_get_n_items (areas);
  g_array_set_size (self->counts, n);
  for (guint i = 0; i < n; i++)
    {
      StArea *area = g_list_model_get_item (areas, i);
      StSummaryCounts *c = &g_array_index (self->counts, StSummaryCounts, i);

      g_ptr_array_add (self->areas, area);
      count_area (area, period_id, as_of, c);

      self->overall.n_areas++;
      self->overall.n_sub_actions += c->n_sub_actions;
      self->overall.n_actions += c->n_actions;
      self->overall.unrated += c->unrated;
      self->overall.overdue += c->overdue;
      for (guint s = 0; s < ST_N_STATUSES; s++)
        self->overall.counts[s] += c->counts[s];
    }
  return self;
}

StSummary *
st_summary_ref (StSummary *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
st_summary_unref (StSummary *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_object (&self->period);
  g_ptr_array_unref (self->areas);
  g_array_unref (self->counts);
  g_free (self);
}

StPeriod *
st_summary_get_period (StSummary *self)
{
  return self->period;
}

const StSummaryCounts *
st_summary_get_overall (StSummary *self)
{
  return &self->overall;
}

guint
st_summary_get_n_areas (StSummary *self)
{
  return self->areas->len;
}

StArea *
st_summary_get_area (StSummary *self,
                     guint      index)
{
  g_return_val_if_fail (index < self->areas->len, NULL);
  return g_ptr_array_index (self->areas, index);
}

const StSummaryCounts *
st_summary_get_area_counts (StSummary *self,
                            guint      index)
{
  g_return_val_if_fail (index < self->counts->len, NULL);
  return &g_array_index (self->counts, StSummaryCounts, index);
}

/* count / total as a percentage in tenths, rounded half away from zero in
 * exact integer arithmetic (as Excel displays it): 1 of 75 is 13 (1.3%). */
int
st_percent_tenths (guint count,
                   guint total)
{
  if (total == 0)
    return 0;
  return (int) (((guint64) count * 2000 + total) / ((guint64) total * 2));
}

double
st_summary_counts_percent (const StSummaryCounts *counts,
                           StStatus               status)
{
  g_return_val_if_fail ((guint) status < ST_N_STATUSES, 0.0);
  return st_percent_tenths (counts->counts[status], counts->n_actions) / 10.0;
}

static void
add_counts (JsonBuilder           *builder,
            StPlan                *plan,
            const StSummaryCounts *counts,
            gboolean               overall)
{
  if (overall)
    {
      json_builder_set_member_name (builder, "areas");
      json_builder_add_int_value (builder, counts->n_areas);
    }
  json_builder_set_member_name (builder, "sub_actions");
  json_builder_add_int_value (builder, counts->n_sub_actions);
  json_builder_set_member_name (builder, "actions");
  json_builder_add_int_value (builder, counts->n_actions);
  json_builder_set_member_name (builder, "unrated");
  json_builder_add_int_value (builder, counts->unrated);
  json_builder_set_member_name (builder, "overdue");
  json_builder_add_int_value (builder, counts->overdue);
  json_builder_set_member_name (builder, "statuses");
  json_builder_begin_array (builder);
  for (guint s = 0; s < ST_N_STATUSES; s++)
    {
      StStatusInfo *info = st_plan_get_status_info (plan, s);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, st_status_to_code (s));
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, info ? st_record_get_string (ST_RECORD (info), "label") : "");
      json_builder_set_member_name (builder, "count");
      json_builder_add_int_value (builder, counts->counts[s]);
      json_builder_set_member_name (builder, "percent");
      json_builder_add_double_value (builder, st_summary_counts_percent (counts, s));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * st_summary_to_json:
 *
 * Returns: (transfer full): `{ period, overall, areas: [...] }`, the form
 *   `send-tracker-cli summary --json` prints
 */
JsonNode *
st_summary_to_json (StSummary *self,
                    StPlan    *plan)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "period");
  if (self->period)
    json_builder_add_string_value (builder, st_period_get_label (self->period));
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "overall");
  json_builder_begin_object (builder);
  add_counts (builder, plan, &self->overall, TRUE);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "areas");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->areas->len; i++)
    {
      StRecord *area = g_ptr_array_index (self->areas, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "number");
      json_builder_add_string_value (builder, st_record_get_string (area, "number"));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, st_record_get_string (area, "title"));
      add_counts (builder, plan, st_summary_get_area_counts (self, i), FALSE);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
append_table (GString               *out,
              StPlan                *plan,
              const StSummaryCounts *counts)
{
  g_string_append_printf (out, "  %-44s %8s %11s\n", _("Status"), _("Quantity"), _("Percentage"));
  for (guint s = 0; s < ST_N_STATUSES; s++)
    {
      StStatusInfo *info = st_plan_get_status_info (plan, s);
      const char *label = info ? st_record_get_string (ST_RECORD (info), "label") : st_status_to_code (s);
      int tenths = st_percent_tenths (counts->counts[s], counts->n_actions);
      /* pad by characters, not bytes, for labels with non-ASCII text */
      glong pad = MAX (0, 44 - g_utf8_strlen (label, -1));

      g_string_append_printf (out, "  %s%*s %8u %9d.%d%%\n", label, (int) pad, "",
                              counts->counts[s], tenths / 10, tenths % 10);
    }
  if (counts->unrated > 0)
    g_string_append_printf (out, "  %-44s %8u\n", _("Not rated for this period"), counts->unrated);
}

/* Returns: (transfer full): the summary as the WSoA's Section 3, as text */
char *
st_summary_to_text (StSummary *self,
                    StPlan    *plan)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, _("Quantitative summary – %s\n\n"),
                          self->period ? st_period_get_label (self->period) : _("no period"));
  g_string_append_printf (out, _("Overall: %u priority areas, %u sub-actions, %u actions\n"),
                          self->overall.n_areas, self->overall.n_sub_actions, self->overall.n_actions);
  append_table (out, plan, &self->overall);

  for (guint i = 0; i < self->areas->len; i++)
    {
      StRecord *area = g_ptr_array_index (self->areas, i);
      const StSummaryCounts *c = st_summary_get_area_counts (self, i);

      g_string_append_printf (out, _("\nPriority area %s: %s\n"),
                              st_record_get_string (area, "number"), st_record_get_string (area, "title"));
      g_string_append_printf (out, _("%u sub-actions, %u actions\n"), c->n_sub_actions, c->n_actions);
      append_table (out, plan, c);
    }
  return g_string_free (out, FALSE);
}
