/* test-a11y.c: the main window's controls have accessible names, are reachable
 * from the keyboard, and no status is shown by colour alone.
 *
 * Opens the main window on the example plan, shows every page of every stack
 * in turn and walks the widget tree. Display test: runs under
 * xvfb-run -a dbus-run-session.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "st-a11y-util.h"
#include "st-application.h"
#include "st-plan.h"
#include "st-ui-resources.h"
#include "st-window.h"

/* One registered application for the whole run: GApplication exports
 * itself on the session bus once. */
static StApplication *app;

typedef struct
{
  StWindow      *window;
  char          *dir;
  char          *path;
} Fixture;

static void
iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) plan = NULL;

  f->dir = g_dir_make_tmp ("st-a11y-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "example.sendplan", NULL);
  plan = st_plan_create_example (f->path, &error);
  g_assert_no_error (error);
  g_clear_object (&plan);

  f->window = st_window_new (app);
  st_window_open (f->window, f->path);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 860);
  gtk_window_present (GTK_WINDOW (f->window));
  iterate (500);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *journal = g_strconcat (f->path, "-journal", NULL);

  gtk_window_destroy (GTK_WINDOW (f->window));
  iterate (100);
  g_unlink (journal);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Every page of every stack, in turn: calls @check with a label for the page. */
typedef void (*PageCheck) (GtkWidget *root, const char *page, GPtrArray *problems);

static void
visit_pages (GtkWidget *root,
             PageCheck  check,
             GPtrArray *problems)
{
  g_autoptr(GPtrArray) stacks = st_a11y_find_stacks (root);

  check (root, "(first view)", problems);
  for (guint i = 0; i < stacks->len; i++)
    {
      g_auto(GStrv) names = st_a11y_stack_page_names (stacks->pdata[i]);
      g_autofree char *before = st_a11y_stack_get_visible (stacks->pdata[i]);

      for (guint j = 0; names[j] != NULL; j++)
        {
          g_autofree char *page = NULL;

          if (g_strcmp0 (names[j], before) == 0)
            continue;
          st_a11y_stack_set_visible (stacks->pdata[i], names[j]);
          iterate (250);
          page = g_strdup_printf ("page “%s” of %s", names[j], G_OBJECT_TYPE_NAME (stacks->pdata[i]));
          check (root, page, problems);
        }
      if (before != NULL)
        st_a11y_stack_set_visible (stacks->pdata[i], before);
      iterate (100);

      g_test_message ("stack %u of %u visited", i + 1, stacks->len);
      /* pages are made when first shown: visit the stacks they brought too */
      {
        g_autoptr(GPtrArray) now = st_a11y_find_stacks (root);

        for (guint k = 0; k < now->len; k++)
          if (!g_ptr_array_find (stacks, now->pdata[k], NULL))
            g_ptr_array_add (stacks, now->pdata[k]);
      }
    }
}

static void
report (GPtrArray  *problems,
        const char *what)
{
  if (problems->len == 0)
    return;
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (char *) problems->pdata[i]);
  g_test_fail_printf ("%u %s, the first: %s", problems->len, what, (char *) problems->pdata[0]);
}

static void
check_names (GtkWidget  *root,
             const char *page,
             GPtrArray  *problems)
{
  st_a11y_check_names (root, page, problems);
}

static void
test_names (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) controls = st_a11y_collect_controls (GTK_WIDGET (f->window), TRUE);

  /* The walk sees the window's real controls (not a vacuous pass). */
  g_test_message ("%u controls on the first view", controls->len);
  g_assert_cmpuint (controls->len, >, 0);

  visit_pages (GTK_WIDGET (f->window), check_names, problems);
  report (problems, "controls without an accessible name");
}

static guint n_status_widgets;

static void
check_colour (GtkWidget  *root,
              const char *page,
              GPtrArray  *problems)
{
  n_status_widgets += st_a11y_check_colour_alone (root, page, problems);
}

static void
test_colour_alone (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  n_status_widgets = 0;
  visit_pages (GTK_WIDGET (f->window), check_colour, problems);
  /* The example plan's ratings are on show somewhere: not a vacuous pass. */
  g_test_message ("%u status chips checked", n_status_widgets);
  g_assert_cmpuint (n_status_widgets, >, 0);
  report (problems, "statuses shown by colour alone");
}

static void
check_keyboard (GtkWidget  *root,
                const char *page,
                GPtrArray  *problems)
{
  st_a11y_check_keyboard (GTK_WINDOW (root), page, problems);
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  visit_pages (GTK_WIDGET (f->window), check_keyboard, problems);
  report (problems, "controls that Tab never reaches");
}

/* The helpers themselves: a control without a name is found, each way of
 * naming one is accepted, a chip without a letter is found. */
static void
test_helper (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *unnamed = gtk_button_new_from_icon_name ("edit-delete-symbolic");
  GtkWidget *with_label = gtk_button_new_with_label ("Delete");
  GtkWidget *with_tooltip = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *with_property = gtk_menu_button_new ();
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *labelled_entry = gtk_entry_new ();
  GtkWidget *entry_label = gtk_label_new ("Owner");
  GtkWidget *toggle = gtk_check_button_new ();
  GtkWidget *colour = gtk_label_new ("");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GMenu) menu = g_menu_new ();

  gtk_widget_set_tooltip_text (with_tooltip, "Add an action");
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (with_property), "open-menu-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (with_property), G_MENU_MODEL (menu));
  g_menu_append (menu, "About", "app.about");
  gtk_accessible_update_property (GTK_ACCESSIBLE (with_property),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "Main menu", -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (labelled_entry),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, entry_label, NULL, -1);
  gtk_widget_add_css_class (colour, "status-red");

  gtk_box_append (GTK_BOX (box), unnamed);
  gtk_box_append (GTK_BOX (box), with_label);
  gtk_box_append (GTK_BOX (box), with_tooltip);
  gtk_box_append (GTK_BOX (box), with_property);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), entry_label);
  gtk_box_append (GTK_BOX (box), labelled_entry);
  gtk_box_append (GTK_BOX (box), toggle);
  gtk_box_append (GTK_BOX (box), colour);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  iterate (200);

  g_assert_null (st_a11y_describe_name (unnamed));
  g_assert_nonnull (st_a11y_describe_name (with_label));
  g_assert_nonnull (st_a11y_describe_name (with_tooltip));
  g_assert_nonnull (st_a11y_describe_name (with_property));
  g_assert_null (st_a11y_describe_name (entry));
  g_assert_nonnull (st_a11y_describe_name (labelled_entry));
  g_assert_null (st_a11y_describe_name (toggle));

  st_a11y_check_names (GTK_WIDGET (window), "helper", problems);
  g_assert_cmpuint (problems->len, ==, 3);   /* unnamed, entry, toggle */
  g_ptr_array_set_size (problems, 0);

  st_a11y_check_colour_alone (GTK_WIDGET (window), "helper", problems);
  g_assert_cmpuint (problems->len, ==, 1);
  gtk_label_set_text (GTK_LABEL (colour), "R");
  g_ptr_array_set_size (problems, 0);
  st_a11y_check_colour_alone (GTK_WIDGET (window), "helper", problems);
  g_assert_cmpuint (problems->len, ==, 0);

  /* Every button and entry above takes focus from Tab. */
  st_a11y_check_keyboard (GTK_WINDOW (window), "helper", problems);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (char *) problems->pdata[i]);
  g_assert_cmpuint (problems->len, ==, 0);
  gtk_widget_set_focusable (with_label, FALSE);
  st_a11y_check_keyboard (GTK_WINDOW (window), "helper", problems);
  g_assert_cmpuint (problems->len, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  g_resources_register (st_ui_get_resource ());
  /* Page switches take effect at once. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/a11y/helper", test_helper);
  g_test_add ("/a11y/names", Fixture, NULL, fixture_set_up, test_names, fixture_tear_down);
  g_test_add ("/a11y/colour-alone", Fixture, NULL, fixture_set_up, test_colour_alone, fixture_tear_down);
  g_test_add ("/a11y/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);

  app = st_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
