/* test-chart-widget.c: the chart widget, the Overview's progress chart and
 * the measure detail on screen (display suite, under Xvfb).
 *
 * Set ST_SCREENSHOT_DIR to keep PNGs of what was drawn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <math.h>

#include "st-chart-widget.h"
#include "st-measure-detail.h"
#include "st-plan.h"
#include "st-progress-view.h"
#include "st-scorecard.h"
#include "st-scorecard-page.h"
#include "st-test-widgets.h"
#include "st-ui-resources.h"

static char *tmp_dir;
static StPlan *plan;

static void
painted_cb (GdkFrameClock *clock,
            guint         *n_frames)
{
  (*n_frames)++;
}

static void
wait_for_draw (GtkWidget *widget)
{
  GdkFrameClock *clock;
  guint n_frames = 0;
  gulong id;

  for (guint i = 0; i < 40 || !gtk_widget_get_mapped (widget); i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
      if (i > 2000)
        g_error ("the window never showed");
    }
  /* and two frames painted since, so that what was queued is laid out and
   * drawn (a loaded machine may not have got there yet) */
  clock = gtk_widget_get_frame_clock (widget);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &n_frames);
  gtk_widget_queue_draw (widget);
  for (guint i = 0; n_frames < 2; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
      if (n_frames == 1)
        gtk_widget_queue_draw (widget);
      if (i > 2000)
        g_error ("the window was never drawn");
    }
  g_signal_handler_disconnect (clock, id);
}

/* Renders @widget as the screen shows it. (transfer full) */
static GdkTexture *
render (GtkWidget  *chart,
        const char *name)
{
  GtkWidget *widget = GTK_WIDGET (gtk_widget_get_root (chart));
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  GdkTexture *texture;
  const char *dir = g_getenv ("ST_SCREENSHOT_DIR");

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  if (dir)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      gdk_texture_save_to_png (texture, path);
    }
  return texture;
}

static guint
count_rgb (GdkTexture *texture,
           guint32     rgb)
{
  int w = gdk_texture_get_width (texture), h = gdk_texture_get_height (texture);
  g_autofree guint32 *pixels = g_new (guint32, (gsize) w * h);
  guint n = 0;

  gdk_texture_download (texture, (guchar *) pixels, w * 4);
  for (int i = 0; i < w * h; i++)
    n += (pixels[i] & 0xFFFFFF) == rgb;
  return n;
}

static void
test_progress_view (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = st_progress_view_new ();
  g_autoptr(GdkTexture) all = NULL;
  g_autoptr(GdkTexture) area = NULL;
  guint blue_all, blue_area;

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 460);
  gtk_window_set_child (GTK_WINDOW (window), view);
  st_progress_view_set_plan (ST_PROGRESS_VIEW (view), plan);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_draw (view);

  /* the bars are drawn in the plan's Blue (#0070C0), many pixels of it */
  all = render (view, "progress-all.png");
  blue_all = count_rgb (all, 0x0070C0);
  g_assert_cmpuint (blue_all, >, 5000);

  /* one area has fewer actions complete than all four together: fewer blue pixels */
  st_progress_view_set_area (ST_PROGRESS_VIEW (view), ST_AREA (g_list_model_get_item (st_plan_get_areas (plan), 2)));
  g_object_unref (g_list_model_get_item (st_plan_get_areas (plan), 2));
  wait_for_draw (view);
  area = render (view, "progress-area3.png");
  blue_area = count_rgb (area, 0x0070C0);
  g_assert_cmpuint (blue_area, >, 0);
  g_assert_cmpuint (blue_area, !=, blue_all);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_measure_detail (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *detail = st_measure_detail_new ();
  StMeasure *measure = st_plan_find_measure (plan, "1.0");
  int may = st_month_make (2023, 5);
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  const StMeasureValue *v;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 860);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), detail);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  st_measure_detail_set_plan (ST_MEASURE_DETAIL (detail), plan);
  st_measure_detail_set_measure (ST_MEASURE_DETAIL (detail), measure);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_draw (detail);
  texture = render (detail, "measure-detail.png");
  g_clear_object (&texture);

  /* May 2023 has no value yet; the grid offers it (the latest period is May 23) */
  g_assert_null (st_measure_lookup_value (measure, may));
  g_assert_true (st_measure_detail_enter_value (ST_MEASURE_DETAIL (detail), may, "91", &error));
  g_assert_no_error (error);
  v = st_measure_lookup_value (measure, may);
  g_assert_nonnull (v);
  g_assert_cmpfloat (v->value, ==, 91);
  g_assert_cmpfloat (v->target, ==, 90);
  g_assert_cmpint (st_rag_rate_value (v), ==, ST_RAG_GREEN);

  /* a typing slip is refused, and the value stays */
  g_assert_false (st_measure_detail_enter_value (ST_MEASURE_DETAIL (detail), may, "9l", &error));
  g_assert_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpfloat (st_measure_lookup_value (measure, may)->value, ==, 91);
  /* so is a percentage above 100 */
  g_assert_false (st_measure_detail_enter_value (ST_MEASURE_DETAIL (detail), may, "120", &error));
  g_clear_error (&error);
  g_assert_cmpfloat (st_measure_lookup_value (measure, may)->value, ==, 91);

  /* a correction, with "%" typed */
  g_assert_true (st_measure_detail_enter_value (ST_MEASURE_DETAIL (detail), may, "84.5%", &error));
  g_assert_cmpfloat (st_measure_lookup_value (measure, may)->value, ==, 84.5);
  g_assert_cmpint (st_rag_rate_value (st_measure_lookup_value (measure, may)), ==, ST_RAG_RED);
  wait_for_draw (detail);
  texture = render (detail, "measure-detail-entered.png");
  g_clear_object (&texture);

  /* emptied: removed; undo brings it back */
  g_assert_true (st_measure_detail_enter_value (ST_MEASURE_DETAIL (detail), may, "", &error));
  g_assert_null (st_measure_lookup_value (measure, may));
  g_assert_true (st_plan_undo (plan, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (st_measure_lookup_value (measure, may)->value, ==, 84.5);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sparkline_dark (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  const char *refs[] = { "1.0", "2.1", "2.3", "Insight" };
  g_autoptr(GdkTexture) texture = NULL;

  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", TRUE, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
    {
      GtkWidget *chart = st_chart_widget_new ();

      st_chart_widget_set_sparkline (ST_CHART_WIDGET (chart),
                                     st_trend_data_new_last (plan, st_plan_find_measure (plan, refs[i]),
                                                             ST_MONTH_NONE, 12));
      gtk_widget_set_size_request (chart, 120, 28);
      gtk_widget_set_halign (chart, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (box), chart);
    }
  {
    GtkWidget *trend = st_chart_widget_new ();

    st_chart_widget_set_trend (ST_CHART_WIDGET (trend),
                               st_trend_data_new (plan, st_plan_find_measure (plan, "2.1"), ST_MONTH_NONE, ST_MONTH_NONE));
    gtk_widget_set_size_request (trend, 700, 320);
    gtk_box_append (GTK_BOX (box), trend);
  }
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_draw (box);
  texture = render (box, "sparklines-dark.png");
  /* the latest point of 2.1 is Amber (#FFC000) */
  g_assert_cmpuint (count_rgb (texture, 0xFFC000), >, 0);
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", FALSE, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_warning_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "warning"))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_warning_label (child);

      if (found)
        return found;
    }
  return NULL;
}

static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_INSCRIPTION (widget) && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

/* What the "Cited by" column shows for @ref */
static char *
cited_by_text (const char *ref)
{
  g_autoptr(GPtrArray) actions = st_scorecard_find_citing_actions (plan, ref);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < actions->len; i++)
    g_string_append_printf (text, "%s%s", i ? ", " : "", st_action_get_ref (g_ptr_array_index (actions, i)));
  return g_string_free (text, FALSE);
}

/* The Scorecard page: a measure shown by ref, and a ref an action cites
 * that the scorecard lacks is flagged above the list; the actions citing a
 * measure follow the plan when the rows show again. */
static void
test_scorecard_page (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (ST_TYPE_SCORECARD_PAGE, NULL);
  GtkWidget *warning, *detail;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  StAction *action = st_plan_find_action (plan, "1.1.1");
  g_autofree char *old_refs = g_strdup (st_record_get_string (ST_RECORD (action), "measure-refs"));

  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 860);
  gtk_window_set_child (GTK_WINDOW (window), page);
  st_scorecard_page_set_plan (ST_SCORECARD_PAGE (page), plan);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_draw (page);

  warning = find_warning_label (page);
  detail = st_test_find_type (page, ST_TYPE_MEASURE_DETAIL);
  g_assert_nonnull (warning);
  g_assert_nonnull (detail);
  g_assert_false (gtk_widget_is_visible (warning));
  /* Nothing selected: the detail's place says what shows there */
  g_assert_false (gtk_widget_get_mapped (detail));

  g_assert_false (st_scorecard_page_show_measure (ST_SCORECARD_PAGE (page), "no such ref"));
  g_assert_true (st_scorecard_page_show_measure (ST_SCORECARD_PAGE (page), "2.1"));
  g_assert_true (st_measure_detail_get_measure (ST_MEASURE_DETAIL (detail)) == st_plan_find_measure (plan, "2.1"));
  wait_for_draw (page);
  g_assert_true (gtk_widget_get_mapped (detail));
  texture = render (page, "scorecard-page.png");

  g_assert_true (st_plan_set_string (plan, ST_RECORD (action), "measure-refs", "1.0, 9.9", &error));
  g_assert_no_error (error);
  wait_for_draw (page);
  g_assert_true (gtk_widget_is_visible (warning));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (warning)), ==,
                   "⚠ 1 action cites scorecard refs that are not in the scorecard: 9.9");
  /* "Show All" lists every citing action */
  {
    GtkWidget *button = gtk_widget_get_next_sibling (warning);
    GListModel *toplevels = gtk_window_get_toplevels ();
    guint n_before = g_list_model_get_n_items (toplevels);
    g_autoptr(GtkWindow) dialog = NULL;
    GtkWidget *list;
    GListModel *lines;
    g_autoptr(GtkStringObject) line = NULL;

    g_assert_true (GTK_IS_BUTTON (button) && gtk_widget_is_visible (button));
    g_signal_emit_by_name (button, "clicked");
    g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_before + 1);
    dialog = g_list_model_get_item (toplevels, n_before);
    g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
    list = st_test_find_type (GTK_WIDGET (dialog), GTK_TYPE_LIST_VIEW);
    g_assert_nonnull (list);
    lines = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
    g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 1);
    line = g_list_model_get_item (lines, 0);
    g_assert_cmpstr (gtk_string_object_get_string (line), ==, "Action 1.1.1 cites 9.9");
    gtk_window_destroy (dialog);
  }

  g_assert_true (st_plan_set_string (plan, ST_RECORD (action), "measure-refs", old_refs, &error));
  wait_for_draw (page);
  g_assert_false (gtk_widget_is_visible (warning));

  /* 1.1.1 cites 1.0 first; without it, the rows bound afresh (a new period) show the rest */
  {
    g_autofree char *before = cited_by_text ("1.0");
    g_autofree char *after = NULL;

    g_assert_true (g_str_has_prefix (before, "1.1.1, "));
    g_assert_true (shows_text (page, before));
    g_assert_true (st_plan_set_string (plan, ST_RECORD (action), "measure-refs", "9.9", &error));
    g_assert_no_error (error);
    st_scorecard_page_set_period (ST_SCORECARD_PAGE (page), st_plan_get_latest_period (plan));
    wait_for_draw (page);
    after = cited_by_text ("1.0");
    g_assert_cmpstr (after, ==, before + strlen ("1.1.1, "));
    g_assert_true (shows_text (page, after));
    g_assert_false (shows_text (page, before));
    g_assert_true (st_plan_set_string (plan, ST_RECORD (action), "measure-refs", old_refs, &error));
    g_assert_no_error (error);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  g_resources_register (st_ui_get_resource ());
  tmp_dir = g_dir_make_tmp ("st-chart-widget-XXXXXX", NULL);
  path = g_build_filename (tmp_dir, "example.sendplan", NULL);
  plan = st_plan_create_example (path, &error);
  g_assert_no_error (error);

  g_test_add_func ("/chart-widget/progress-view", test_progress_view);
  g_test_add_func ("/chart-widget/measure-detail", test_measure_detail);
  g_test_add_func ("/chart-widget/sparkline-dark", test_sparkline_dark);
  g_test_add_func ("/chart-widget/scorecard-page", test_scorecard_page);
  status = g_test_run ();

  g_clear_object (&plan);
  g_remove (path);
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  return status;
}
