/* st-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-application"

#include "config.h"

#include <glib/gi18n.h>

#include "st-application.h"
#include "st-plan.h"
#include "st-window.h"

struct _StApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (StApplication, st_application, ADW_TYPE_APPLICATION)

/* ~/.local/share/send-tracker/plans */
char *
st_application_dup_plans_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "send-tracker", "plans", NULL);
}

static void
open_path (StApplication *self,
           const char    *path)
{
  StWindow *window = st_window_new (self);

  st_window_open (window, path);
  gtk_window_present (GTK_WINDOW (window));
}

static void
st_application_activate (GApplication *app)
{
  StApplication *self = ST_APPLICATION (app);
  g_autofree char *dir = st_application_dup_plans_dir ();
  g_autofree char *example = g_build_filename (dir, "Rotherham WSoA example" ST_PLAN_SUFFIX, NULL);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  /* The first run creates the example plan and opens it. */
  if (!g_file_test (example, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StPlan) plan = NULL;

      g_mkdir_with_parents (dir, 0700);
      plan = st_plan_create_example (example, &error);
      if (plan == NULL)
        g_warning ("Could not create the example plan: %s", error->message);
    }
  open_path (self, example);
}

static void
st_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);
      if (path != NULL)
        open_path (ST_APPLICATION (app), path);
    }
}

static void
st_application_class_init (StApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = st_application_activate;
  app_class->open = st_application_open;
}

static void
st_application_init (StApplication *self)
{
}

StApplication *
st_application_new (void)
{
  return g_object_new (ST_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", APP_PATH,
                       NULL);
}
