/* bench-export.c: where the time of a board pack goes, phase by phase, in
 * one process: open the plan, compose the pack, lay out the pages, draw the
 * PDF, write the XLSX; and the peak resident memory.
 *
 *   ninja -C build bench/bench-export
 *   build/bench/bench-export [--runs N] [--actions N] [PLAN…]
 *
 * With no PLAN it measures the bundled example plan; --actions N adds a
 * synthetic plan of N actions made by `send-tracker-cli generate` (500
 * measures, 60 months, 6 periods when N ≥ 10000). A benchmark, not a test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "st-boardpack.h"
#include "st-pack-layout.h"

static double
now (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static long
peak_rss_kb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_double);
  return g_array_index (values, double, values->len / 2);
}

static void
bench_plan (const char *path,
            const char *dir,
            guint       runs)
{
  const char *phases[] = { "open", "compose", "layout", "pdf", "xlsx" };
  GArray *times[G_N_ELEMENTS (phases)];
  g_autofree char *pdf = g_build_filename (dir, "bench.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "bench.xlsx", NULL);
  guint n_actions = 0, n_pages = 0;

  for (guint p = 0; p < G_N_ELEMENTS (phases); p++)
    times[p] = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint run = 0; run < runs + 1; run++)   /* the first run warms up */
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StPlan) plan = NULL;
      g_autoptr(StBoardPack) pack = NULL;
      g_autoptr(StPackLayout) layout = NULL;
      double t[G_N_ELEMENTS (phases) + 1];

      t[0] = now ();
      plan = st_plan_open (path, ST_PLAN_OPEN_READ_ONLY, &error);
      if (plan == NULL)
        g_error ("%s", error->message);
      t[1] = now ();
      pack = st_board_pack_new (plan, st_plan_get_latest_period (plan), ST_PACK_ALL_SECTIONS, NULL);
      t[2] = now ();
      layout = st_pack_layout_new (pack, NULL, NULL, NULL, &error);
      t[3] = now ();
      /* The PDF writer lays out again: its time less the layout's is drawing. */
      if (!st_board_pack_write_pdf (pack, pdf, NULL, NULL, NULL, &error))
        g_error ("%s", error->message);
      t[4] = now ();
      if (!st_board_pack_write_xlsx (pack, xlsx, NULL, NULL, NULL, &error))
        g_error ("%s", error->message);
      t[5] = now ();

      n_actions = pack->overall.n_actions;
      n_pages = st_pack_layout_get_n_pages (layout);
      if (run == 0)
        continue;
      for (guint p = 0; p < G_N_ELEMENTS (phases); p++)
        {
          double ms = t[p + 1] - t[p];
          g_array_append_val (times[p], ms);
        }
    }

  g_print ("%-28s %7u actions %5u pages ", g_path_get_basename (path), n_actions, n_pages);
  for (guint p = 0; p < G_N_ELEMENTS (phases); p++)
    {
      g_print (" %s %8.1f ms", phases[p], median (times[p]));
      g_array_unref (times[p]);
    }
  g_print ("   peak RSS %ld MB\n", peak_rss_kb () / 1024);
}

int
main (int    argc,
      char **argv)
{
  int runs = 3, actions = 0;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs after one warm-up (median shown)", "N" },
    { "actions", 0, 0, G_OPTION_ARG_INT, &actions, "Also a synthetic plan of N actions", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("[PLAN…]");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bench-export-XXXXXX", &error);
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func (g_free);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    g_ptr_array_add (plans, g_strdup (argv[i]));
  if (plans->len == 0)
    {
      char *example = g_build_filename (dir, "example.sendplan", NULL);
      g_autoptr(StPlan) plan = st_plan_create_example (example, &error);

      if (plan == NULL)
        g_error ("%s", error->message);
      g_ptr_array_add (plans, example);
    }
  if (actions > 0)
    {
      g_autofree char *self_dir = g_path_get_dirname (argv[0]);
      g_autofree char *cli = g_build_filename (self_dir, "..", "src", "send-tracker-cli", NULL);
      g_autofree char *n = g_strdup_printf ("%d", actions);
      char *path = g_strdup_printf ("%s/synthetic-%d.sendplan", dir, actions);
      const char *big[] = { cli, "generate", path, "--areas", "8", "--actions", n, "--measures", "500",
                            "--months", "60", "--periods", "6", NULL };
      const char *small[] = { cli, "generate", path, "--actions", n, NULL };
      int status = 0;

      if (!g_spawn_sync (NULL, (char **) (actions >= 10000 ? big : small), NULL, G_SPAWN_DEFAULT, NULL, NULL,
                         NULL, NULL, &status, &error) || !g_spawn_check_wait_status (status, &error))
        g_error ("generate: %s", error->message);
      g_ptr_array_add (plans, path);
    }

  for (guint i = 0; i < plans->len; i++)
    bench_plan (plans->pdata[i], dir, runs);
  return 0;
}
