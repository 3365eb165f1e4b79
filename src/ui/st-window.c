/* st-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-window"

#include "config.h"

#include <glib/gi18n.h>

#include "st-plan.h"
#include "st-summary.h"
#include "st-window.h"

struct _StWindow
{
  AdwApplicationWindow  parent_instance;

  AdwWindowTitle       *title;
  GtkLabel             *summary;

  StPlan               *plan;
};

G_DEFINE_FINAL_TYPE (StWindow, st_window, ADW_TYPE_APPLICATION_WINDOW)

static void
st_window_dispose (GObject *object)
{
  StWindow *self = ST_WINDOW (object);

  g_clear_object (&self->plan);
  gtk_widget_dispose_template (GTK_WIDGET (self), ST_TYPE_WINDOW);
  G_OBJECT_CLASS (st_window_parent_class)->dispose (object);
}

static void
st_window_class_init (StWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = st_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/st-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StWindow, title);
  gtk_widget_class_bind_template_child (widget_class, StWindow, summary);
}

static void
st_window_init (StWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

StWindow *
st_window_new (StApplication *application)
{
  return g_object_new (ST_TYPE_WINDOW, "application", application, NULL);
}

void
st_window_open (StWindow   *self,
                const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StSummary) summary = NULL;
  g_autofree char *text = NULL;

  g_clear_object (&self->plan);
  self->plan = st_plan_open (path, ST_PLAN_OPEN_DEFAULT, &error);
  if (self->plan == NULL)
    {
      gtk_label_set_text (self->summary, error->message);
      return;
    }
  adw_window_title_set_title (self->title,
                              st_record_get_string (ST_RECORD (st_plan_get_info (self->plan)), "title"));
  summary = st_summary_new (self->plan, st_plan_get_latest_period (self->plan));
  text = st_summary_to_text (summary, self->plan);
  gtk_label_set_text (self->summary, text);
}
