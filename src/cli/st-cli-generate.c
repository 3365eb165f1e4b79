/* st-cli-generate.c: send-tracker-cli generate, a synthetic plan for
 * benchmarks and for trying the program on a plan of any size.
 *
 * The plan looks like a real one: long texts of varied length, commentary on
 * most ratings, every status, overdue actions, free-text targets, scorecard
 * references that exist and a few that do not, measures of every unit and
 * polarity with months missing, boards, outcomes and Voices. Everything comes
 * from a GRand seeded with --seed and nothing from the clock, so the same
 * arguments give the same contents.
 *
 * The file is created by st_plan_create() (so the schema, pragmas and rating
 * scale are the real ones) in a private folder beside the target, filled in
 * one transaction with prepared statements, and linked into place only when
 * complete; an existing file is never replaced.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <unistd.h>

#include "st-cli-private.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

#define GENERATED_CREATED "2024-01-01T09:00:00Z"
#define MAX_COUNT 10000000

typedef struct
{
  GRand   *rand;
  sqlite3 *db;
  GString *text;
  GString *text2;
  int      n_areas;
  int      n_actions;
  int      n_measures;
  int      n_months;
  int      n_periods;
  int      first_period_month;   /* st-util months: year * 12 + month - 1 */
  int      last_month;           /* of the scorecard */
  int      n_boards;
  char   **measure_refs;
} Gen;

/* Words ------------------------------------------------------------------- */

static const char * const subjects[] = {
  "The SEND Executive Group", "The local area partnership", "The health and care partnership",
  "The EHCP hub", "Each school and setting", "The Local Offer steering group",
  "The designated clinical officer", "Children's social care", "The Parent Carer Forum",
  "The inclusion team", "The commissioning team", "The SENDIASS service", "The early years team",
  "The educational psychology service", "The post-16 team", "The quality assurance panel",
};

static const char * const verbs[] = {
  "will review", "has agreed", "continues to embed", "will co-produce", "is developing",
  "has completed an audit of", "will strengthen", "has launched", "is piloting",
  "will report on", "has commissioned", "will publish", "is monitoring",
};

static const char * const objects[] = {
  "the graduated approach", "the timeliness of new EHC plans", "annual reviews",
  "the quality of advice from health professionals", "joint commissioning arrangements",
  "the Local Offer website", "preparation for adulthood pathways", "the SEMH strategy",
  "transition to secondary school", "waiting times for speech and language therapy",
  "the neurodevelopmental pathway", "the workforce development programme",
  "co-production with children, young people and families", "the dynamic support register",
  "short breaks provision", "personal budgets", "the SENDCO network",
  "exclusions of pupils with an EHC plan", "the outcomes framework",
};

static const char * const tails[] = {
  "across all settings", "with parents and carers", "by the end of the academic year",
  "in line with the Code of Practice", "and report to the SEND Strategic Board",
  "so that families tell their story once", "using the BRAG ratings",
  "with the support of the Department for Education adviser", "ahead of the next monitoring visit",
  "for children aged 0 to 25", "within the 20-week statutory timescale",
  "through the multi-agency panel", "following feedback from the Voices groups",
};

static const char * const comments[] = {
  "Progress has slowed because of staff turnover in the team.",
  "The first cohort completed training in the autumn term; evaluation is under way.",
  "Data for the last quarter shows an improvement on the baseline.",
  "Awaiting sign-off by the Place Board before the next phase can start.",
  "Capacity pressures remain; a recovery plan is being agreed with partners.",
  "Feedback from families has been positive and is included in the evidence log.",
  "Delayed by the procurement timetable; the new provider starts next month.",
  "Evidence uploaded to the shared drive and reviewed by the quality assurance panel.",
  "Not yet started: dependent on the outcome of the sufficiency review.",
  "Complete: the new process is now business as usual.",
};

static const char * const free_targets[] = {
  "Ongoing", "Termly review", "Quarterly to the SEND Strategic Board",
  "September 2024, with a review at Easter", "By the next monitoring visit",
  "Annual, each summer term", "Phase 1 complete; phase 2 to be confirmed",
};

static const char * const owners[] = {
  "Head of Inclusion", "Head of Performance", "Joint Commissioner", "Designated Clinical Officer",
  "SEND Service Manager", "Principal Educational Psychologist", "Assistant Director, Education",
  "Head of Early Help", "Participation Lead", "Parent Carer Forum Chair",
};

static const char * const measure_titles[] = {
  "New EHC plans issued within 20 weeks", "Annual reviews completed on time",
  "Children with SEND persistently absent", "Fixed-term exclusions of pupils with SEND",
  "Young people with SEND in education, employment or training",
  "Families who say they tell their story once", "Waiting time for ASD assessment",
  "Requests for statutory assessment", "EHC plans with health advice within 6 weeks",
  "Tribunal appeals registered", "Pupils with SEND at key stage 2 expected standard",
  "Personal budgets in place",
};

#define PICK(g, array) ((array)[g_rand_int_range ((g)->rand, 0, G_N_ELEMENTS (array))])

static void
append_sentence (Gen     *g,
                 GString *s)
{
  const char *subject = PICK (g, subjects);

  if (s->len > 0)
    g_string_append_c (s, ' ');
  g_string_append_printf (s, "%s %s %s %s.", subject, PICK (g, verbs), PICK (g, objects), PICK (g, tails));
}

/* Text of roughly @min to @max characters, in whole sentences. */
static const char *
make_text (Gen     *g,
           GString *s,
           guint    min,
           guint    max)
{
  guint want = min >= max ? min : (guint) g_rand_int_range (g->rand, min, max + 1);

  g_string_truncate (s, 0);
  do
    append_sentence (g, s);
  while (s->len < want);
  return s->str;
}

/* A length for a long text: mostly short, a fair share long, a few over 500. */
static guint
text_length (Gen *g)
{
  double r = g_rand_double (g->rand);

  if (r < 0.55)
    return 40 + g_rand_int_range (g->rand, 0, 120);
  if (r < 0.90)
    return 160 + g_rand_int_range (g->rand, 0, 340);
  return 500 + g_rand_int_range (g->rand, 1, 600);
}

static char *
month_text (int month)
{
  return g_strdup_printf ("%04d-%02d", month / 12, month % 12 + 1);
}

static int
last_day (int month)
{
  return g_date_get_days_in_month (month % 12 + 1, month / 12);
}

/* SQL --------------------------------------------------------------------- */

static gboolean
fail_sql (Gen        *g,
          const char *what,
          GError    **error)
{
  g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED, "%s: %s", what, sqlite3_errmsg (g->db));
  return FALSE;
}

static sqlite3_stmt *
prepare (Gen        *g,
         const char *sql,
         GError    **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (g->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      fail_sql (g, sql, error);
      return NULL;
    }
  return stmt;
}

static gboolean
step (Gen          *g,
      sqlite3_stmt *stmt,
      GError      **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED, "%s: %s", sqlite3_sql (stmt), sqlite3_errmsg (g->db));
      return FALSE;
    }
  return TRUE;
}

#define BIND_TEXT(stmt, i, s) sqlite3_bind_text ((stmt), (i), (s), -1, SQLITE_TRANSIENT)

/* The parts of the plan --------------------------------------------------- */

static gboolean
gen_plan (Gen     *g,
          guint32  seed,
          GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (g, "UPDATE plan SET title = ?, local_area = ?, description = ?, "
                                             "vision = ?, created = ? WHERE id = 1", error);
  g_autofree char *title = NULL;

  if (stmt == NULL)
    return FALSE;
  title = g_strdup_printf ("Synthetic SEND plan (%d actions, seed %u)", g->n_actions, seed);
  BIND_TEXT (stmt, 1, title);
  BIND_TEXT (stmt, 2, "Anyshire");
  BIND_TEXT (stmt, 3, make_text (g, g->text, 300, 700));
  BIND_TEXT (stmt, 4, make_text (g, g->text2, 400, 900));
  BIND_TEXT (stmt, 5, GENERATED_CREATED);
  return step (g, stmt, error);
}

static gboolean
gen_periods (Gen     *g,
             GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (g, "INSERT INTO period (id, position, label, end_date) VALUES (?, ?, ?, ?)", error);
  static const char * const names[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

  if (stmt == NULL)
    return FALSE;
  for (int i = 0; i < g->n_periods; i++)
    {
      int month = g->first_period_month + 2 * i;   /* every other month, as boards meet */
      g_autofree char *label = g_strdup_printf ("%s %02d", names[month % 12], (month / 12) % 100);
      g_autofree char *end = g_strdup_printf ("%04d-%02d-%02d", month / 12, month % 12 + 1, last_day (month));

      /* Labels repeat after a century: make the rare long run unique */
      if (i >= 600)
        {
          g_free (label);
          label = g_strdup_printf ("%s %04d", names[month % 12], month / 12);
        }
      sqlite3_bind_int (stmt, 1, i + 1);
      sqlite3_bind_int (stmt, 2, i);
      BIND_TEXT (stmt, 3, label);
      BIND_TEXT (stmt, 4, end);
      if (!step (g, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
gen_governance (Gen     *g,
                GError **error)
{
  static const struct { const char *name; const char *kind; int reports_to; const char *cadence; } boards[] = {
    { "Place Board", "board", 0, "Quarterly" },
    { "SEND Strategic Board", "board", 1, "Bi-monthly" },
    { "SEND Executive Group", "group", 2, "Monthly" },
    { "Children and Young People's Transformation Group", "group", 1, "" },
    { "Autism Board", "board", 4, "Termly" },
    { "Preparation for Adulthood Board", "board", 4, "" },
    { "SEMH Strategy Delivery Group", "group", 4, "Monthly" },
    { "Local Offer Steering Group", "group", 2, "" },
    { "Performance Board", "board", 0, "Monthly" },
  };
  static const char * const people[][3] = {
    { "Alex Morgan", "Assistant Director, Education", "Anyshire Council" },
    { "Priya Shah", "Head of Performance", "Anyshire Council" },
    { "Sam Okafor", "Designated Clinical Officer", "Anyshire ICB" },
    { "Jo Whitfield", "Head of Inclusion", "Anyshire Council" },
    { "Chris Lee", "Joint Commissioner", "Anyshire Council and ICB" },
    { "Morgan Evans", "Chair", "Anyshire Parent Carer Forum" },
  };
  static const char * const strategies[] = { "SEND Strategy", "Autism Strategy", "SEMH Strategy", "Preparation for Adulthood" };
  static const int strategy_boards[] = { 2, 5, 7, 6 };
  g_autoptr(sqlite3_stmt) board = NULL, strategy = NULL, person = NULL, voice = NULL, dev = NULL;

  if (!(board = prepare (g, "INSERT INTO board (id, position, name, kind, reports_to, cadence, description) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)", error)) ||
      !(strategy = prepare (g, "INSERT INTO strategy (id, position, name, board_id) VALUES (?, ?, ?, ?)", error)) ||
      !(person = prepare (g, "INSERT INTO person (id, position, name, role, organisation) VALUES (?, ?, ?, ?, ?)", error)) ||
      !(voice = prepare (g, "INSERT INTO voice (id, position, kind, text) VALUES (?, ?, ?, ?)", error)) ||
      !(dev = prepare (g, "INSERT INTO development_area (id, position, title, oversight, responsible) VALUES (?, ?, ?, ?, ?)", error)))
    return FALSE;

  g->n_boards = G_N_ELEMENTS (boards);
  for (guint i = 0; i < G_N_ELEMENTS (boards); i++)
    {
      sqlite3_bind_int (board, 1, i + 1);
      sqlite3_bind_int (board, 2, i);
      BIND_TEXT (board, 3, boards[i].name);
      BIND_TEXT (board, 4, boards[i].kind);
      if (boards[i].reports_to)
        sqlite3_bind_int (board, 5, boards[i].reports_to);
      BIND_TEXT (board, 6, boards[i].cadence);
      BIND_TEXT (board, 7, i % 2 ? "" : make_text (g, g->text, 60, 300));
      if (!step (g, board, error))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (strategies); i++)
    {
      sqlite3_bind_int (strategy, 1, i + 1);
      sqlite3_bind_int (strategy, 2, i);
      BIND_TEXT (strategy, 3, strategies[i]);
      sqlite3_bind_int (strategy, 4, strategy_boards[i]);
      if (!step (g, strategy, error))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      sqlite3_bind_int (person, 1, i + 1);
      sqlite3_bind_int (person, 2, i);
      BIND_TEXT (person, 3, people[i][0]);
      BIND_TEXT (person, 4, people[i][1]);
      BIND_TEXT (person, 5, people[i][2]);
      if (!step (g, person, error))
        return FALSE;
    }
  for (int i = 0; i < 10; i++)
    {
      sqlite3_bind_int (voice, 1, i + 1);
      sqlite3_bind_int (voice, 2, i);
      BIND_TEXT (voice, 3, i < 4 ? "commitment" : "priority");
      BIND_TEXT (voice, 4, make_text (g, g->text, 40, 260));
      if (!step (g, voice, error))
        return FALSE;
    }
  for (int i = 0; i < 6; i++)
    {
      sqlite3_bind_int (dev, 1, i + 1);
      sqlite3_bind_int (dev, 2, i);
      BIND_TEXT (dev, 3, PICK (g, objects));
      BIND_TEXT (dev, 4, make_text (g, g->text, 30, 200));
      BIND_TEXT (dev, 5, people[i % G_N_ELEMENTS (people)][0]);
      if (!step (g, dev, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
gen_measures (Gen     *g,
              GError **error)
{
  static const char * const units[] = { "percent", "number", "days" };
  static const char * const polarities[] = { "higher", "lower", "target", "data" };
  static const char * const frequencies[] = { "monthly", "quarterly", "termly", "annual" };
  g_autoptr(sqlite3_stmt) measure = NULL, value = NULL;
  int first_month = g->last_month - g->n_months + 1;

  if (!(measure = prepare (g, "INSERT INTO measure (id, position, ref, title, definition, unit, polarity, frequency, "
                              "baseline_value, baseline_date, target, tolerance, tolerance_kind, notes) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error)) ||
      !(value = prepare (g, "INSERT INTO measure_value (measure_id, month, value, target, tolerance, tolerance_kind, "
                            "polarity, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error)))
    return FALSE;

  g->measure_refs = g_new0 (char *, g->n_measures + 1);
  for (int i = 0; i < g->n_measures; i++)
    {
      const char *unit = units[i % G_N_ELEMENTS (units)];
      const char *polarity = polarities[(i / G_N_ELEMENTS (units)) % G_N_ELEMENTS (polarities)];
      gboolean percent = g_str_equal (unit, "percent");
      double scale = percent ? 100 : g_str_equal (unit, "days") ? 60 : 400;
      double baseline = (int) (g_rand_double_range (g->rand, 0.2, 0.8) * scale * 10) / 10.0;
      double target = (int) (g_rand_double_range (g->rand, 0.3, 0.95) * scale * 10) / 10.0;
      double tolerance = (int) (g_rand_double_range (g->rand, 0, 0.08) * scale * 10) / 10.0;
      const char *tolerance_kind = i % 5 == 4 ? "percent" : "absolute";
      gboolean has_target = !g_str_equal (polarity, "data") && i % 11 != 10;
      double v = baseline;
      g_autofree char *baseline_date = month_text (first_month - 1);

      g->measure_refs[i] = g_strdup_printf ("%d.%d", i / 10 + 1, i % 10 + 1);
      sqlite3_bind_int (measure, 1, i + 1);
      sqlite3_bind_int (measure, 2, i);
      BIND_TEXT (measure, 3, g->measure_refs[i]);
      BIND_TEXT (measure, 4, PICK (g, measure_titles));
      BIND_TEXT (measure, 5, make_text (g, g->text, 40, 400));
      BIND_TEXT (measure, 6, unit);
      BIND_TEXT (measure, 7, polarity);
      BIND_TEXT (measure, 8, frequencies[i % 7 == 6 ? 1 + i % 3 : 0]);
      if (i % 9 != 8)   /* some have no baseline */
        {
          sqlite3_bind_double (measure, 9, baseline);
          BIND_TEXT (measure, 10, baseline_date);
        }
      if (has_target)
        sqlite3_bind_double (measure, 11, target);
      sqlite3_bind_double (measure, 12, tolerance);
      BIND_TEXT (measure, 13, tolerance_kind);
      BIND_TEXT (measure, 14, i % 4 == 0 ? make_text (g, g->text, 30, 200) : "");
      if (!step (g, measure, error))
        return FALSE;

      for (int m = first_month; m <= g->last_month; m++)
        {
          g_autofree char *month = NULL;

          v += g_rand_double_range (g->rand, -0.05, 0.06) * scale;
          v = CLAMP (v, 0, percent ? 100 : scale * 2);
          /* Missing values: a gap of a month or two, and the latest month often not in yet */
          if (g_rand_int_range (g->rand, 0, 100) < 8 || (m == g->last_month && i % 3 == 0))
            continue;
          month = month_text (m);
          sqlite3_bind_int (value, 1, i + 1);
          BIND_TEXT (value, 2, month);
          sqlite3_bind_double (value, 3, (int) (v * 10) / 10.0);
          if (has_target)
            sqlite3_bind_double (value, 4, target);
          sqlite3_bind_double (value, 5, tolerance);
          BIND_TEXT (value, 6, tolerance_kind);
          BIND_TEXT (value, 7, polarity);
          BIND_TEXT (value, 8, g_rand_int_range (g->rand, 0, 100) < 5 ? PICK (g, comments) : "");
          if (!step (g, value, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
gen_outcomes (Gen     *g,
              GError **error)
{
  static const char * const names[] = {
    "Children and young people's needs are identified early",
    "Young people are prepared for adulthood",
    "Children, young people and families are listened to",
    "Children and young people achieve their potential",
  };
  g_autoptr(sqlite3_stmt) outcome = NULL, item = NULL;
  int item_id = 1;

  if (!(outcome = prepare (g, "INSERT INTO outcome (id, position, name, statement) VALUES (?, ?, ?, ?)", error)) ||
      !(item = prepare (g, "INSERT INTO outcome_item (id, outcome_id, kind, position, text, in_development, measure_ref) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)", error)))
    return FALSE;

  for (guint o = 0; o < G_N_ELEMENTS (names); o++)
    {
      sqlite3_bind_int (outcome, 1, o + 1);
      sqlite3_bind_int (outcome, 2, o);
      BIND_TEXT (outcome, 3, names[o]);
      BIND_TEXT (outcome, 4, make_text (g, g->text, 80, 400));
      if (!step (g, outcome, error))
        return FALSE;
      for (int p = 0; p < 6; p++)
        {
          gboolean is_measure = p >= 3;

          sqlite3_bind_int (item, 1, item_id++);
          sqlite3_bind_int (item, 2, o + 1);
          BIND_TEXT (item, 3, is_measure ? "measure" : "indicator");
          sqlite3_bind_int (item, 4, p);
          BIND_TEXT (item, 5, make_text (g, g->text, 30, 160));
          sqlite3_bind_int (item, 6, p == 2);
          BIND_TEXT (item, 7, is_measure && g->n_measures > 0
                              ? g->measure_refs[g_rand_int_range (g->rand, 0, g->n_measures)] : "");
          if (!step (g, item, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* The rating of an action in each period: grey until it starts, then mostly
 * green with some amber and red, blue once complete (and staying blue). */
static StStatus
next_status (Gen      *g,
             StStatus  previous,
             int       period,
             int       start)
{
  int r;

  if (period < start)
    return ST_STATUS_GREY;
  if (previous == ST_STATUS_BLUE)
    return ST_STATUS_BLUE;
  r = g_rand_int_range (g->rand, 0, 100);
  if (r < 9)
    return ST_STATUS_BLUE;
  if (r < 60)
    return ST_STATUS_GREEN;
  if (r < 84)
    return ST_STATUS_AMBER;
  if (r < 94)
    return ST_STATUS_RED;
  return previous == ST_STATUS_NONE ? ST_STATUS_GREY : previous;
}

static gboolean
gen_actions (Gen     *g,
             GError **error)
{
  g_autoptr(sqlite3_stmt) area = NULL, sub = NULL, action = NULL, rating = NULL;
  g_autofree int *per_sub = NULL;
  g_autoptr(GString) refs = g_string_new (NULL);
  int n_subs, sub_id = 0, action_id = 0;

  if (!(area = prepare (g, "INSERT INTO area (id, position, number, title, description) VALUES (?, ?, ?, ?, ?)", error)) ||
      !(sub = prepare (g, "INSERT INTO sub_action (id, area_id, position, ref, text) VALUES (?, ?, ?, ?, ?)", error)) ||
      !(action = prepare (g, "INSERT INTO action (id, sub_action_id, position, ref, text, target_month, target_text, "
                             "owner, lead_board_id, measure_refs, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error)) ||
      !(rating = prepare (g, "INSERT INTO rating (action_id, period_id, status, commentary) VALUES (?, ?, ?, ?)", error)))
    return FALSE;

  /* About five actions to a sub-action, spread unevenly */
  n_subs = MAX (g->n_areas, (g->n_actions + 4) / 5);
  if (g->n_areas == 0)
    n_subs = 0;
  per_sub = g_new0 (int, MAX (n_subs, 1));
  if (n_subs > 0)
    {
      int left = g->n_actions;

      for (int s = 0; s < n_subs && left > 0; s++, left--)
        per_sub[s]++;
      for (; left > 0; left--)
        per_sub[g_rand_int_range (g->rand, 0, n_subs)]++;
    }

  for (int a = 0; a < g->n_areas; a++)
    {
      int subs_here = n_subs / g->n_areas + (a < n_subs % g->n_areas);
      g_autofree char *number = g_strdup_printf ("%d", a + 1);

      sqlite3_bind_int (area, 1, a + 1);
      sqlite3_bind_int (area, 2, a);
      BIND_TEXT (area, 3, number);
      BIND_TEXT (area, 4, make_text (g, g->text, 30, 120));
      BIND_TEXT (area, 5, make_text (g, g->text2, 100, 600));
      if (!step (g, area, error))
        return FALSE;

      for (int s = 0; s < subs_here; s++)
        {
          g_autofree char *sub_ref = g_strdup_printf ("%d.%d", a + 1, s + 1);
          int n = per_sub[sub_id++];

          sqlite3_bind_int (sub, 1, sub_id);
          sqlite3_bind_int (sub, 2, a + 1);
          sqlite3_bind_int (sub, 3, s);
          BIND_TEXT (sub, 4, sub_ref);
          BIND_TEXT (sub, 5, make_text (g, g->text, 40, 400));
          if (!step (g, sub, error))
            return FALSE;

          for (int i = 0; i < n; i++)
            {
              g_autofree char *ref = g_strdup_printf ("%s.%d", sub_ref, i + 1);
              g_autofree char *target = NULL;
              int r = g_rand_int_range (g->rand, 0, 100);
              int start = g_rand_int_range (g->rand, -g->n_periods, g->n_periods);
              StStatus status = ST_STATUS_NONE;

              action_id++;
              /* Target: mostly a month around the reporting periods (so some
               * are past and not complete: overdue), some free text, some both */
              if (r >= 10)
                target = month_text (g->first_period_month + g_rand_int_range (g->rand, -6, 2 * g->n_periods + 8));
              sqlite3_bind_int (action, 1, action_id);
              sqlite3_bind_int (action, 2, sub_id);
              sqlite3_bind_int (action, 3, i);
              BIND_TEXT (action, 4, ref);
              BIND_TEXT (action, 5, make_text (g, g->text, text_length (g), 0));
              if (target)
                BIND_TEXT (action, 6, target);
              BIND_TEXT (action, 7, r < 10 || r >= 95 ? PICK (g, free_targets) : "");
              BIND_TEXT (action, 8, r % 3 ? PICK (g, owners) : "");
              if (r % 4)
                sqlite3_bind_int (action, 9, 1 + g_rand_int_range (g->rand, 0, g->n_boards));
              /* Scorecard references: most exist, a few do not */
              g_string_truncate (refs, 0);
              if (g->n_measures > 0 && r % 5 != 0)
                {
                  int k = g_rand_int_range (g->rand, 1, 4);

                  for (int j = 0; j < k; j++)
                    g_string_append_printf (refs, "%s%s", j ? ", " : "",
                                            g->measure_refs[g_rand_int_range (g->rand, 0, g->n_measures)]);
                }
              if (r % 37 == 1)
                g_string_append_printf (refs, "%s%s", refs->len ? ", " : "", r % 2 ? "Insight" : "99.99");
              BIND_TEXT (action, 10, refs->str);
              sqlite3_bind_int (action, 11, g_rand_int_range (g->rand, 0, 3) != 0);
              if (!step (g, action, error))
                return FALSE;

              /* Ratings: a few actions added late have none for early periods */
              for (int p = 0; p < g->n_periods; p++)
                {
                  if (r == 7 && p < g->n_periods - 1)
                    continue;
                  status = next_status (g, status, p, start);
                  /* Every status appears in the latest period */
                  if (p == g->n_periods - 1 && action_id <= ST_N_STATUSES)
                    status = action_id - 1;
                  sqlite3_bind_int (rating, 1, action_id);
                  sqlite3_bind_int (rating, 2, p + 1);
                  BIND_TEXT (rating, 3, st_status_to_code (status));
                  if (status != ST_STATUS_GREY && g_rand_int_range (g->rand, 0, 100) < 70)
                    {
                      g_string_truncate (g->text2, 0);
                      do
                        g_string_append_printf (g->text2, "%s%s", g->text2->len ? " " : "", PICK (g, comments));
                      while (g_rand_int_range (g->rand, 0, 100) < 45);
                      if (g_rand_int_range (g->rand, 0, 100) < 8)
                        g_string_append_printf (g->text2, " %s", make_text (g, g->text, 300, 700));
                      BIND_TEXT (rating, 4, g->text2->str);
                    }
                  else
                    BIND_TEXT (rating, 4, "");
                  if (!step (g, rating, error))
                    return FALSE;
                }
            }
        }
    }
  return TRUE;
}

static gboolean
generate (Gen        *g,
          guint32     seed,
          GError    **error)
{
  char *message = NULL;

  /* Nothing else reads the file while it is made: no need to sync each page */
  if (sqlite3_exec (g->db, "PRAGMA synchronous = OFF; PRAGMA cache_size = -65536; BEGIN IMMEDIATE",
                    NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED, "%s", message);
      sqlite3_free (message);
      return FALSE;
    }
  if (!gen_plan (g, seed, error) ||
      !gen_periods (g, error) ||
      !gen_governance (g, error) ||
      !gen_measures (g, error) ||
      !gen_outcomes (g, error) ||
      !gen_actions (g, error))
    {
      sqlite3_exec (g->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  if (sqlite3_exec (g->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    return fail_sql (g, "COMMIT", error);
  return TRUE;
}

/* Makes the plan in @tmp, a fresh file path */
static gboolean
generate_file (Gen        *g,
               const char *tmp,
               guint32     seed,
               GError    **error)
{
  g_autoptr(StPlan) plan = st_plan_create (tmp, NULL, error);
  gboolean ok;

  if (plan == NULL)
    return FALSE;
  g_clear_object (&plan);

  if (sqlite3_open_v2 (tmp, &g->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      fail_sql (g, tmp, error);
      sqlite3_close (g->db);
      return FALSE;
    }
  sqlite3_exec (g->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  ok = generate (g, seed, error);
  if (sqlite3_close (g->db) != SQLITE_OK && ok)
    ok = fail_sql (g, tmp, error);
  g->db = NULL;
  return ok;
}

int
st_cli_generate (int    argc,
                 char **argv)
{
  int n_areas = 4, n_actions = 100, n_measures = 20, n_months = 24, n_periods = 6;
  gint64 seed = 1;
  const GOptionEntry entries[] = {
    { "areas", 0, 0, G_OPTION_ARG_INT, &n_areas, N_("Priority areas (default 4)"), N_("N") },
    { "actions", 0, 0, G_OPTION_ARG_INT, &n_actions, N_("Actions in all (default 100)"), N_("N") },
    { "measures", 0, 0, G_OPTION_ARG_INT, &n_measures, N_("Scorecard measures (default 20)"), N_("N") },
    { "months", 0, 0, G_OPTION_ARG_INT, &n_months, N_("Months of scorecard values (default 24)"), N_("N") },
    { "periods", 0, 0, G_OPTION_ARG_INT, &n_periods, N_("Reporting periods (default 6)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, N_("Seed of the random choices (default 1)"), N_("S") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = st_cli_context_new (st_cli_get_command ("generate"));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL, *dir = NULL, *base = NULL, *tmp_dir = NULL, *tmp = NULL;
  Gen g = { 0 };
  int status = ST_CLI_OK;
  gboolean ok;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!st_cli_parse (context, &argc, &argv, 1, 1, &status))
    return status;
  if (n_areas < 1 || n_actions < 0 || n_measures < 0 || n_months < 1 || n_periods < 1 ||
      n_areas > MAX_COUNT || n_actions > MAX_COUNT || n_measures > 100000 || n_months > 1200 || n_periods > 1200)
    return st_cli_usage (context, _("--areas, --months and --periods must be at least 1, and no count may be negative or unreasonably large"));
  if (seed < 0 || seed > G_MAXUINT32)
    return st_cli_usage (context, _("--seed must be between 0 and %u"), G_MAXUINT32);

  name = g_filename_display_name (argv[1]);
  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    return st_cli_fail_message (_("“%s” already exists; choose another name"), name);

  /* A private folder beside the target: the plan appears whole or not at all */
  dir = g_path_get_dirname (argv[1]);
  base = g_path_get_basename (argv[1]);
  tmp_dir = g_build_filename (dir, ".st-generate-XXXXXX", NULL);
  if (g_mkdtemp (tmp_dir) == NULL)
    {
      int saved = errno;
      return st_cli_fail_message (_("Could not create “%s”: %s"), name, g_strerror (saved));
    }
  tmp = g_build_filename (tmp_dir, base, NULL);

  g.rand = g_rand_new_with_seed ((guint32) seed);
  g.text = g_string_sized_new (1024);
  g.text2 = g_string_sized_new (1024);
  g.n_areas = n_areas;
  g.n_actions = n_actions;
  g.n_measures = n_measures;
  g.n_months = n_months;
  g.n_periods = n_periods;
  g.first_period_month = 2023 * 12;                      /* Jan 2023 */
  g.last_month = g.first_period_month + 2 * (n_periods - 1);

  ok = generate_file (&g, tmp, (guint32) seed, &error);
  if (ok && link (tmp, argv[1]) != 0)
    {
      int saved = errno;
      g_set_error_literal (&error, ST_PLAN_ERROR, saved == EEXIST ? ST_PLAN_ERROR_EXISTS : ST_PLAN_ERROR_FAILED,
                           g_strerror (saved));
      ok = FALSE;
    }
  g_unlink (tmp);
  {
    g_autofree char *journal = g_strconcat (tmp, "-journal", NULL);
    g_unlink (journal);
  }
  g_rmdir (tmp_dir);

  g_rand_free (g.rand);
  g_string_free (g.text, TRUE);
  g_string_free (g.text2, TRUE);
  g_strfreev (g.measure_refs);

  if (!ok)
    return st_cli_fail_message (_("Could not create “%s”: %s"), name, error->message);
  return ST_CLI_OK;
}
