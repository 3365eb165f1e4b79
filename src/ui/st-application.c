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

#define MAX_RECENT 10

struct _StApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (StApplication, st_application, ADW_TYPE_APPLICATION)

char *
st_application_dup_plans_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "send-tracker", "plans", NULL);
}

/* The schema may be missing when the program runs from a build folder without
 * GSETTINGS_SCHEMA_DIR: then nothing persists, but nothing aborts either. */
GSettings *
st_application_get_settings (void)
{
  static GSettings *settings;
  static gsize looked = 0;

  if (g_once_init_enter (&looked))
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

      if (schema != NULL)
        settings = g_settings_new_full (schema, NULL, NULL);
      else
        g_debug ("Settings schema %s is not installed; settings will not persist", APP_ID);
      g_once_init_leave (&looked, 1);
    }
  return settings;
}

void
st_application_note_plan (const char *path)
{
  GSettings *settings = st_application_get_settings ();
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  if (settings == NULL || path == NULL)
    return;
  g_settings_set_string (settings, "last-plan", path);

  recent = g_settings_get_strv (settings, "recent-plans");
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] && n < MAX_RECENT; i++)
    if (!g_str_equal (recent[i], path))
      {
        g_strv_builder_add (builder, recent[i]);
        n++;
      }
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (settings, "recent-plans", (const char * const *) updated);
}

static StWindow *
window_for_opening (StApplication *self)
{
  /* reuse a window that shows no plan, else open another */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (ST_IS_WINDOW (l->data) && st_window_get_plan (l->data) == NULL)
      return l->data;
  return st_window_new (self);
}

static void
st_application_activate (GApplication *app)
{
  StApplication *self = ST_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GSettings *settings = st_application_get_settings ();
  g_autofree char *dir = NULL;
  g_autofree char *example = NULL;
  g_autofree char *last = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  window = GTK_WINDOW (st_window_new (self));
  gtk_window_present (window);

  dir = st_application_dup_plans_dir ();
  example = g_build_filename (dir, "Rotherham WSoA example", NULL);
  {
    char *with = g_strconcat (example, ST_PLAN_SUFFIX, NULL);
    g_free (example);
    example = with;
  }

  /* Reopen the last plan; on the very first run create the example and open
   * it; otherwise the window lists the user's plans. */
  last = settings ? g_settings_get_string (settings, "last-plan") : NULL;
  if (last != NULL && *last != '\0' && g_file_test (last, G_FILE_TEST_EXISTS))
    st_window_open (ST_WINDOW (window), last);
  else if (!g_file_test (example, G_FILE_TEST_EXISTS) && (last == NULL || *last == '\0'))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StPlan) plan = NULL;

      g_mkdir_with_parents (dir, 0700);
      plan = st_plan_create_example (example, &error);
      if (plan == NULL)
        st_window_show_error (ST_WINDOW (window), _("Could Not Create the Example Plan"), error);
      else
        st_window_set_plan (ST_WINDOW (window), plan);
    }
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
      StWindow *window;

      if (path == NULL)
        continue;
      window = window_for_opening (ST_APPLICATION (app));
      gtk_window_present (GTK_WINDOW (window));
      st_window_open (window, path);
    }
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "SEND Tracker contributors", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("SEND Tracker"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Keep a local area’s SEND strategy and its improvement plan up to date, "
                                       "and prepare the board packs."),
                         "developers", developers,
                         "copyright", _("© SEND Tracker contributors"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;

  for (GList *l = gtk_application_get_windows (app); l; )
    {
      GList *next = l->next;
      gtk_window_close (l->data);
      l = next;
    }
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

static void
st_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (st_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
}

static void
st_application_class_init (StApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = st_application_startup;
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
