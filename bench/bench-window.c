/* bench-window.c: how soon the main window shows a plan, and how soon it
 * shows the end of its longest list after a scroll.
 *
 *   bench-window FILE [PAGE]
 *
 * Runs the real application on FILE (as `send-tracker FILE` does) and prints,
 * as CLOCK_MONOTONIC seconds so that bench/run can subtract the time it
 * started the process:
 *
 *   main <t>           main() entered
 *   first-frame <t>    the window's first frame painted
 *   scrolled-frame <t> the first frame painted after the largest scrolled
 *                      list of the window jumped to its end ("none" if the
 *                      window has no scrolled list)
 *
 * or, given a PAGE (overview, areas, outcomes, scorecard, governance), after
 * the first frame shows that page and prints
 *
 *   page-frame <t>     the first frame painted with PAGE shown
 *
 * then quits. Needs a display (bench/run starts Xvfb).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <time.h>

#include "st-application.h"
#include "st-ui-resources.h"

typedef enum { WAIT_FIRST, WAIT_SCROLLED, WAIT_PAGE, DONE } Stage;

typedef struct
{
  GApplication   *app;
  GtkWindow      *window;
  Stage           stage;
  GtkAdjustment  *adjustment;
  const char     *page;
  guint           frames_after_scroll;
} Bench;

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The vertical adjustment of the scrolled window with the most to scroll */
static void
find_scrollable (GtkWidget      *widget,
                 GtkAdjustment **best)
{
  if (GTK_IS_SCROLLED_WINDOW (widget) && gtk_widget_get_mapped (widget))
    {
      GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget));
      double range = gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj);

      if (range > 0 && (*best == NULL ||
                        range > gtk_adjustment_get_upper (*best) - gtk_adjustment_get_page_size (*best)))
        *best = adj;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    find_scrollable (child, best);
}

static gboolean
quit_cb (gpointer data)
{
  Bench *bench = data;

  gtk_window_destroy (bench->window);
  g_application_quit (bench->app);
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  double t = now ();

  switch (bench->stage)
    {
    case WAIT_FIRST:
      printf ("first-frame %.6f\n", t);
      fflush (stdout);
      if (bench->page != NULL)
        {
          bench->stage = WAIT_PAGE;
          gtk_widget_activate_action (GTK_WIDGET (bench->window), "win.show-page", "s", bench->page);
          gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
          return;
        }
      find_scrollable (GTK_WIDGET (bench->window), &bench->adjustment);
      if (bench->adjustment == NULL)
        {
          printf ("scrolled-frame none\n");
          bench->stage = DONE;
          g_idle_add (quit_cb, bench);
          return;
        }
      bench->stage = WAIT_SCROLLED;
      gtk_adjustment_set_value (bench->adjustment, gtk_adjustment_get_upper (bench->adjustment));
      gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
      break;

    case WAIT_SCROLLED:
      printf ("scrolled-frame %.6f\n", t);
      fflush (stdout);
      bench->stage = DONE;
      g_idle_add (quit_cb, bench);
      break;

    case WAIT_PAGE:
      printf ("page-frame %.6f\n", t);
      fflush (stdout);
      bench->stage = DONE;
      g_idle_add (quit_cb, bench);
      break;

    case DONE:
    default:
      break;
    }
}

static void
realize_cb (GtkWidget *widget,
            Bench     *bench)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), bench);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 Bench          *bench)
{
  if (bench->window != NULL)
    return;
  bench->window = window;
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    realize_cb (GTK_WIDGET (window), bench);
  else
    g_signal_connect (window, "realize", G_CALLBACK (realize_cb), bench);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(StApplication) app = NULL;
  Bench bench = { 0 };
  char *run_argv[3];

  printf ("main %.6f\n", now ());
  if (argc != 2 && argc != 3)
    {
      fprintf (stderr, "usage: bench-window FILE [PAGE]\n");
      return 2;
    }

  setlocale (LC_ALL, "");
  g_resources_register (st_ui_get_resource ());
  app = st_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  bench.app = G_APPLICATION (app);
  bench.page = argc == 3 ? argv[2] : NULL;
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), &bench);

  run_argv[0] = argv[0];
  run_argv[1] = argv[1];
  run_argv[2] = NULL;
  g_application_run (G_APPLICATION (app), 2, run_argv);
  return bench.stage == DONE ? 0 : 1;
}
