/* st-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "st-areas-page.h"
#include "st-export-dialog.h"
#include "st-governance-page.h"
#include "st-import-dialog.h"
#include "st-outcomes-page.h"
#include "st-overview-page.h"
#include "st-plan.h"
#include "st-scorecard-page.h"
#include "st-ui-util.h"
#include "st-window.h"

#define POLL_SECONDS 2

struct _StWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *title;
  GtkDropDown          *period_dropdown;
  GtkWidget            *undo_box;
  GtkRevealer          *read_only_revealer;
  GtkStack             *main_stack;
  GtkStack             *pages;
  GtkListBox           *plans_list;
  GtkWidget            *plans_group;
  GMenu                *export_section;
  StOverviewPage       *overview_page;
  /* The other pages are made when first shown or asked for
   * (ensure_page()), each in its slot in the stack */
  AdwBin               *areas_slot;
  AdwBin               *outcomes_slot;
  AdwBin               *scorecard_slot;
  AdwBin               *governance_slot;
  StAreasPage          *areas_page;
  StOutcomesPage       *outcomes_page;
  StScorecardPage      *scorecard_page;
  StGovernancePage     *governance_page;

  StPlan               *plan;
  StPeriod             *period;
  guint                 poll_id;
  gboolean              warned_poll;
  GtkNativeDialog      *chooser;
};

G_DEFINE_FINAL_TYPE (StWindow, st_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_PERIOD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_actions (StWindow *self);

/* Pages ------------------------------------------------------------------------------ */

/* Each page is made when it is first shown (or asked for), with the plan
 * and period of the moment: a page never looked at costs nothing at start. */

static void
page_set_plan (GtkWidget *page,
               StPlan    *plan)
{
  if (page == NULL)
    return;
  if (ST_IS_OVERVIEW_PAGE (page))
    st_overview_page_set_plan (ST_OVERVIEW_PAGE (page), plan);
  else if (ST_IS_AREAS_PAGE (page))
    st_areas_page_set_plan (ST_AREAS_PAGE (page), plan);
  else if (ST_IS_OUTCOMES_PAGE (page))
    st_outcomes_page_set_plan (ST_OUTCOMES_PAGE (page), plan);
  else if (ST_IS_SCORECARD_PAGE (page))
    st_scorecard_page_set_plan (ST_SCORECARD_PAGE (page), plan);
  else if (ST_IS_GOVERNANCE_PAGE (page))
    st_governance_page_set_plan (ST_GOVERNANCE_PAGE (page), plan);
}

static void
page_set_period (GtkWidget *page,
                 StPeriod  *period)
{
  if (page == NULL)
    return;
  if (ST_IS_OVERVIEW_PAGE (page))
    st_overview_page_set_period (ST_OVERVIEW_PAGE (page), period);
  else if (ST_IS_AREAS_PAGE (page))
    st_areas_page_set_period (ST_AREAS_PAGE (page), period);
  else if (ST_IS_OUTCOMES_PAGE (page))
    st_outcomes_page_set_period (ST_OUTCOMES_PAGE (page), period);
  else if (ST_IS_SCORECARD_PAGE (page))
    st_scorecard_page_set_period (ST_SCORECARD_PAGE (page), period);
  else if (ST_IS_GOVERNANCE_PAGE (page))
    st_governance_page_set_period (ST_GOVERNANCE_PAGE (page), period);
}

/* The pages made so far, in the stack's order */
static void
get_pages (StWindow  *self,
           GtkWidget *pages[5])
{
  pages[0] = (GtkWidget *) self->overview_page;
  pages[1] = (GtkWidget *) self->areas_page;
  pages[2] = (GtkWidget *) self->outcomes_page;
  pages[3] = (GtkWidget *) self->scorecard_page;
  pages[4] = (GtkWidget *) self->governance_page;
}

static GtkWidget *
make_page (StWindow  *self,
           AdwBin    *slot,
           GType      type,
           gpointer  *page)
{
  GtkWidget *widget;

  if (*page != NULL || slot == NULL)
    return *page;
  widget = g_object_new (type, NULL);
  *page = widget;
  adw_bin_set_child (slot, widget);
  page_set_plan (widget, self->plan);
  page_set_period (widget, self->period);
  if (type == ST_TYPE_AREAS_PAGE)
    /* actions → measures: a Scorecard menu on the actions' toolbar */
    st_scorecard_page_add_measure_links (st_areas_page_get_view (ST_AREAS_PAGE (widget)));
  return widget;
}

/* The page called @name, made now if it was not yet */
static GtkWidget *
ensure_page (StWindow   *self,
             const char *name)
{
  if (g_strcmp0 (name, "overview") == 0)
    return GTK_WIDGET (self->overview_page);
  if (g_strcmp0 (name, "areas") == 0)
    return make_page (self, self->areas_slot, ST_TYPE_AREAS_PAGE, (gpointer *) &self->areas_page);
  if (g_strcmp0 (name, "outcomes") == 0)
    return make_page (self, self->outcomes_slot, ST_TYPE_OUTCOMES_PAGE, (gpointer *) &self->outcomes_page);
  if (g_strcmp0 (name, "scorecard") == 0)
    return make_page (self, self->scorecard_slot, ST_TYPE_SCORECARD_PAGE, (gpointer *) &self->scorecard_page);
  if (g_strcmp0 (name, "governance") == 0)
    return make_page (self, self->governance_slot, ST_TYPE_GOVERNANCE_PAGE, (gpointer *) &self->governance_page);
  return NULL;
}

static void
visible_page_cb (StWindow *self)
{
  ensure_page (self, gtk_stack_get_visible_child_name (self->pages));
}

/* Plans list (shown when no plan is open) ------------------------------------------ */

static void
add_plan_row (StWindow   *self,
              GHashTable *seen,
              const char *path)
{
  g_autofree char *base = NULL;
  g_autofree char *dir = NULL;
  GtkWidget *row;

  if (g_hash_table_contains (seen, path) || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return;
  g_hash_table_add (seen, g_strdup (path));

  base = g_path_get_basename (path);
  if (g_str_has_suffix (base, ST_PLAN_SUFFIX))
    base[strlen (base) - strlen (ST_PLAN_SUFFIX)] = '\0';
  dir = g_path_get_dirname (path);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), base);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dir);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data_full (G_OBJECT (row), "st-path", g_strdup (path), g_free);
  gtk_list_box_append (self->plans_list, row);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void
fill_plans_list (StWindow *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *dir = st_application_dup_plans_dir ();
  g_autoptr(GDir) gdir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GSettings *settings = st_application_get_settings ();
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->plans_list))) != NULL)
    gtk_list_box_remove (self->plans_list, child);

  if (settings != NULL)
    {
      g_auto(GStrv) recent = g_settings_get_strv (settings, "recent-plans");
      for (guint i = 0; recent[i]; i++)
        add_plan_row (self, seen, recent[i]);
    }

  gdir = g_dir_open (dir, 0, NULL);
  if (gdir != NULL)
    {
      const char *name;
      while ((name = g_dir_read_name (gdir)) != NULL)
        if (g_str_has_suffix (name, ST_PLAN_SUFFIX))
          g_ptr_array_add (names, g_build_filename (dir, name, NULL));
      g_ptr_array_sort (names, compare_paths);
    }
  for (guint i = 0; i < names->len; i++)
    add_plan_row (self, seen, g_ptr_array_index (names, i));

  gtk_widget_set_visible (self->plans_group, g_hash_table_size (seen) > 0);
}

static void
plan_row_activated_cb (StWindow      *self,
                       GtkListBoxRow *row)
{
  const char *path = g_object_get_data (G_OBJECT (row), "st-path");

  if (path != NULL)
    st_window_open (self, path);
}

/* Plan state ------------------------------------------------------------------------ */

static void
update_title (StWindow *self)
{
  if (self->plan == NULL)
    {
      adw_window_title_set_title (self->title, _("SEND Tracker"));
      adw_window_title_set_subtitle (self->title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("SEND Tracker"));
      return;
    }
  {
    const char *title = st_record_get_string (ST_RECORD (st_plan_get_info (self->plan)), "title");
    g_autofree char *name = st_plan_dup_display_name (self->plan);
    g_autofree char *subtitle = st_plan_get_read_only (self->plan)
                                ? g_strdup_printf (_("%s (read-only)"), name) : g_strdup (name);

    adw_window_title_set_title (self->title, title);
    adw_window_title_set_subtitle (self->title, subtitle);
    gtk_window_set_title (GTK_WINDOW (self), title);
  }
}

static void
plan_changed_cb (StWindow *self)
{
  update_title (self);
  update_actions (self);
}

static void
period_selected_cb (StWindow *self)
{
  StPeriod *period = gtk_drop_down_get_selected_item (self->period_dropdown);

  st_window_set_period (self, period);
}

static StPeriod *
initial_period (StWindow *self)
{
  GSettings *settings = st_application_get_settings ();

  if (settings != NULL)
    {
      g_autofree char *label = g_settings_get_string (settings, "last-period");
      StPeriod *period = *label ? st_plan_find_period (self->plan, label) : NULL;
      if (period != NULL)
        return period;
    }
  return st_plan_get_latest_period (self->plan);
}

static void
select_period_in_dropdown (StWindow *self)
{
  GListModel *periods = self->plan ? st_plan_get_periods (self->plan) : NULL;

  for (guint i = 0; periods && i < g_list_model_get_n_items (periods); i++)
    {
      g_autoptr(StPeriod) p = g_list_model_get_item (periods, i);
      if (p == self->period)
        {
          if (gtk_drop_down_get_selected (self->period_dropdown) != i)
            gtk_drop_down_set_selected (self->period_dropdown, i);
          return;
        }
    }
}

static gboolean
poll_cb (gpointer data)
{
  StWindow *self = data;
  g_autoptr(GError) error = NULL;
  gboolean reloaded = FALSE;

  if (self->plan == NULL)
    return G_SOURCE_CONTINUE;
  if (!st_plan_check_for_changes (self->plan, &reloaded, &error))
    {
      if (!self->warned_poll)
        {
          g_autofree char *message = g_strdup_printf (_("Could not check the plan for changes: %s"), error->message);
          st_window_add_toast (self, message);
          self->warned_poll = TRUE;
        }
    }
  else
    {
      self->warned_poll = FALSE;
      if (reloaded)
        st_window_add_toast (self, _("The plan was changed by another program and has been reloaded"));
    }
  return G_SOURCE_CONTINUE;
}

static void
is_active_cb (StWindow *self)
{
  if (gtk_window_is_active (GTK_WINDOW (self)))
    poll_cb (self);
}

/* Actions ---------------------------------------------------------------------------- */

static void
update_actions (StWindow *self)
{
  gboolean have = self->plan != NULL;
  gboolean writable = have && !st_plan_get_read_only (self->plan);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", writable && st_plan_can_undo (self->plan));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", writable && st_plan_can_redo (self->plan));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", have);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", have);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StWindow *self = ST_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean undo = g_str_equal (action_name, "win.undo");
  g_autofree char *label = g_strdup (undo ? st_plan_get_undo_label (self->plan) : st_plan_get_redo_label (self->plan));
  gboolean ok;

  if (self->plan == NULL)
    return;
  ok = undo ? st_plan_undo (self->plan, &error) : st_plan_redo (self->plan, &error);
  if (!ok)
    st_window_show_error (self, undo ? _("Could Not Undo") : _("Could Not Redo"), error);
  else if (label != NULL && *label != '\0')
    {
      g_autofree char *message = g_strdup_printf (undo ? _("Undone: %s") : _("Redone: %s"), label);
      st_window_add_toast (self, message);
    }
  update_actions (self);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StWindow *self = ST_WINDOW (widget);
  GtkWidget *entry;

  st_window_show_page (self, "areas");
  entry = GTK_WIDGET (st_areas_page_get_view (ST_AREAS_PAGE (ensure_page (self, "areas"))));
  /* the search entry is named "search" inside the page's toolbar */
  for (GtkWidget *w = entry; w != NULL; )
    {
      if (g_strcmp0 (gtk_widget_get_name (w), "search") == 0)
        {
          gtk_widget_grab_focus (w);
          return;
        }
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && w != entry && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = (w == NULL || w == entry) ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
}

static GtkFileFilter *
plan_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("SEND Tracker plans"));
  gtk_file_filter_add_pattern (filter, "*" ST_PLAN_SUFFIX);
  return filter;
}

static void
chooser_set_plans_folder (GtkFileChooser *chooser)
{
  g_autofree char *dir = st_application_dup_plans_dir ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  g_mkdir_with_parents (dir, 0700);
  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

static char *
chooser_dup_path (GtkNativeDialog *dialog)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  char *path = file ? g_file_get_path (file) : NULL;

  if (path != NULL && !g_str_has_suffix (path, ST_PLAN_SUFFIX))
    {
      char *with = g_strconcat (path, ST_PLAN_SUFFIX, NULL);
      g_free (path);
      path = with;
    }
  return path;
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  StWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        st_window_open (self, path);
    }
  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StWindow *self = ST_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open Plan"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), plan_filter ());
  chooser_set_plans_folder (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), self);
  g_set_object (&self->chooser, GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
new_response_cb (GtkNativeDialog *dialog,
                 int              response,
                 StWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autofree char *path = chooser_dup_path (dialog);
      g_autofree char *title = path ? g_path_get_basename (path) : NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(StPlan) plan = NULL;

      if (path != NULL)
        {
          title[strlen (title) - strlen (ST_PLAN_SUFFIX)] = '\0';
          plan = st_plan_create (path, title, &error);
          if (plan == NULL)
            st_window_show_error (self, _("Could Not Create Plan"), error);
          else
            st_window_set_plan (self, plan);
        }
    }
  g_clear_object (&self->chooser);
}

static void
new_plan_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  StWindow *self = ST_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("New Plan"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Create"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), plan_filter ());
  chooser_set_plans_folder (GTK_FILE_CHOOSER (chooser));
  {
    g_autofree char *name = g_strconcat (_("New plan"), ST_PLAN_SUFFIX, NULL);
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (new_response_cb), self);
  g_set_object (&self->chooser, GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
save_copy_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       StWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->plan != NULL)
    {
      g_autofree char *path = chooser_dup_path (dialog);
      g_autoptr(GError) error = NULL;

      if (path != NULL)
        {
          if (!st_plan_save_copy (self->plan, path, &error))
            st_window_show_error (self, _("Could Not Save a Copy"), error);
          else
            {
              g_autofree char *base = g_path_get_basename (path);
              g_autofree char *message = g_strdup_printf (_("Saved a copy as “%s”"), base);
              st_window_add_toast (self, message);
            }
        }
    }
  g_clear_object (&self->chooser);
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StWindow *self = ST_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  g_autofree char *display = NULL;

  if (self->plan == NULL)
    return;
  display = st_plan_dup_display_name (self->plan);
  if (g_str_has_suffix (display, ST_PLAN_SUFFIX))
    display[strlen (display) - strlen (ST_PLAN_SUFFIX)] = '\0';
  /* Translators: the suggested file name of a copy: "Rotherham plan (copy).sendplan" */
  name = g_strdup_printf (_("%s (copy)%s"), display, ST_PLAN_SUFFIX);

  chooser = gtk_file_chooser_native_new (_("Save a Copy"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), plan_filter ());
  chooser_set_plans_folder (GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (save_copy_response_cb), self);
  g_set_object (&self->chooser, GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  st_window_show_page (ST_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* GObject -------------------------------------------------------------------------- */

static gboolean
st_window_close_request (GtkWindow *window)
{
  StWindow *self = ST_WINDOW (window);
  GSettings *settings = st_application_get_settings ();

  if (settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
    }
  g_clear_handle_id (&self->poll_id, g_source_remove);
  return GTK_WINDOW_CLASS (st_window_parent_class)->close_request (window);
}

static void
st_window_constructed (GObject *object)
{
  StWindow *self = ST_WINDOW (object);

  G_OBJECT_CLASS (st_window_parent_class)->constructed (object);

  /* win.export, win.print and win.import, in the menu's export section;
   * after construction, so that the application (for accelerators) is set */
  st_export_dialog_install (GTK_APPLICATION_WINDOW (self), self->export_section);
  st_import_dialog_install (GTK_APPLICATION_WINDOW (self), self->export_section);
}

static void
st_window_dispose (GObject *object)
{
  StWindow *self = ST_WINDOW (object);

  g_clear_handle_id (&self->poll_id, g_source_remove);
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  if (self->pages != NULL)
    g_signal_handlers_disconnect_by_func (self->pages, visible_page_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ST_TYPE_WINDOW);
  /* the slots held them */
  self->areas_page = NULL;
  self->outcomes_page = NULL;
  self->scorecard_page = NULL;
  self->governance_page = NULL;
  g_clear_object (&self->plan);
  g_clear_object (&self->period);
  G_OBJECT_CLASS (st_window_parent_class)->dispose (object);
}

static void
st_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  StWindow *self = ST_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_PERIOD:
      g_value_set_object (value, self->period);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
st_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  StWindow *self = ST_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      st_window_set_plan (self, g_value_get_object (value));
      break;
    case PROP_PERIOD:
      st_window_set_period (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
st_window_class_init (StWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = st_window_constructed;
  object_class->dispose = st_window_dispose;
  object_class->get_property = st_window_get_property;
  object_class->set_property = st_window_set_property;
  window_class->close_request = st_window_close_request;

  /**
   * StWindow:plan:
   *
   * The open plan, or %NULL while the list of plans shows.
   */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, ST_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * StWindow:period:
   *
   * The current reporting period, chosen in the header bar.
   */
  properties[PROP_PERIOD] =
    g_param_spec_object ("period", NULL, NULL, ST_TYPE_PERIOD,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ST_TYPE_OVERVIEW_PAGE);
  g_type_ensure (ST_TYPE_AREAS_PAGE);
  g_type_ensure (ST_TYPE_OUTCOMES_PAGE);
  g_type_ensure (ST_TYPE_SCORECARD_PAGE);
  g_type_ensure (ST_TYPE_GOVERNANCE_PAGE);
  g_type_ensure (ST_TYPE_PERIOD);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/st-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StWindow, title);
  gtk_widget_class_bind_template_child (widget_class, StWindow, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, StWindow, undo_box);
  gtk_widget_class_bind_template_child (widget_class, StWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, StWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, StWindow, pages);
  gtk_widget_class_bind_template_child (widget_class, StWindow, plans_list);
  gtk_widget_class_bind_template_child (widget_class, StWindow, plans_group);
  gtk_widget_class_bind_template_child (widget_class, StWindow, export_section);
  gtk_widget_class_bind_template_child (widget_class, StWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, StWindow, areas_slot);
  gtk_widget_class_bind_template_child (widget_class, StWindow, outcomes_slot);
  gtk_widget_class_bind_template_child (widget_class, StWindow, scorecard_slot);
  gtk_widget_class_bind_template_child (widget_class, StWindow, governance_slot);
  gtk_widget_class_bind_template_callback (widget_class, plan_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.new-plan", NULL, new_plan_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-plan", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-page", "s", "overview");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-page", "s", "areas");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-page", "s", "outcomes");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-page", "s", "scorecard");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_5, GDK_ALT_MASK, "win.show-page", "s", "governance");
}

static void
st_window_init (StWindow *self)
{
  GSettings *settings = st_application_get_settings ();

  gtk_widget_init_template (GTK_WIDGET (self));
  st_ui_stack_focus_visible_only (self->main_stack);
  st_ui_stack_focus_visible_only (self->pages);
  g_signal_connect_swapped (self->pages, "notify::visible-child", G_CALLBACK (visible_page_cb), self);

  if (settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (settings, "window-width"),
                                   g_settings_get_int (settings, "window-height"));
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }

  g_signal_connect_swapped (self->period_dropdown, "notify::selected-item", G_CALLBACK (period_selected_cb), self);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (is_active_cb), NULL);
  st_window_set_plan (self, NULL);
}

/* Public API ------------------------------------------------------------------------- */

StWindow *
st_window_new (StApplication *application)
{
  return g_object_new (ST_TYPE_WINDOW, "application", application, NULL);
}

gboolean
st_window_open (StWindow   *self,
                const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StPlan) plan = NULL;

  g_return_val_if_fail (ST_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  plan = st_plan_open (path, ST_PLAN_OPEN_DEFAULT, &error);
  if (plan == NULL)
    {
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), base);

      st_window_show_error (self, heading, error);
      return FALSE;
    }
  st_window_set_plan (self, plan);
  return TRUE;
}

void
st_window_set_plan (StWindow *self,
                    StPlan   *plan)
{
  g_return_if_fail (ST_IS_WINDOW (self));
  g_return_if_fail (plan == NULL || ST_IS_PLAN (plan));

  if (self->plan != NULL && self->plan == plan)
    return;
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_handle_id (&self->poll_id, g_source_remove);
  g_set_object (&self->plan, plan);
  g_clear_object (&self->period);

  {
    GtkWidget *pages[5];

    get_pages (self, pages);
    for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
      page_set_plan (pages[i], plan);
  }

  gtk_widget_set_visible (GTK_WIDGET (self->period_dropdown), plan != NULL);
  gtk_widget_set_visible (self->undo_box, plan != NULL);
  gtk_revealer_set_reveal_child (self->read_only_revealer, plan != NULL && st_plan_get_read_only (plan));

  if (plan == NULL)
    {
      g_signal_handlers_block_by_func (self->period_dropdown, period_selected_cb, self);
      gtk_drop_down_set_model (self->period_dropdown, NULL);
      g_signal_handlers_unblock_by_func (self->period_dropdown, period_selected_cb, self);
      fill_plans_list (self);
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      st_window_set_period (self, NULL);
    }
  else
    {
      g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
      g_signal_connect_swapped (plan, "notify::can-undo", G_CALLBACK (update_actions), self);
      g_signal_connect_swapped (plan, "notify::can-redo", G_CALLBACK (update_actions), self);
      StPeriod *period = initial_period (self);

      g_signal_handlers_block_by_func (self->period_dropdown, period_selected_cb, self);
      gtk_drop_down_set_model (self->period_dropdown, st_plan_get_periods (plan));
      g_signal_handlers_unblock_by_func (self->period_dropdown, period_selected_cb, self);
      st_window_set_period (self, period);
      gtk_stack_set_visible_child_name (self->main_stack, "plan");
      st_application_note_plan (st_plan_get_path (plan));
      self->poll_id = g_timeout_add_seconds (POLL_SECONDS, poll_cb, self);
    }
  update_title (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

StPlan *
st_window_get_plan (StWindow *self)
{
  g_return_val_if_fail (ST_IS_WINDOW (self), NULL);
  return self->plan;
}

StPeriod *
st_window_get_period (StWindow *self)
{
  g_return_val_if_fail (ST_IS_WINDOW (self), NULL);
  return self->period;
}

void
st_window_set_period (StWindow *self,
                      StPeriod *period)
{
  GSettings *settings = st_application_get_settings ();

  g_return_if_fail (ST_IS_WINDOW (self));

  if (period != NULL && self->period == period)
    return;
  g_set_object (&self->period, period);
  select_period_in_dropdown (self);

  {
    GtkWidget *pages[5];

    get_pages (self, pages);
    for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
      page_set_period (pages[i], period);
  }

  if (settings != NULL && period != NULL)
    g_settings_set_string (settings, "last-period", st_period_get_label (period));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

GMenu *
st_window_get_export_section (StWindow *self)
{
  g_return_val_if_fail (ST_IS_WINDOW (self), NULL);
  return self->export_section;
}

GtkWidget *
st_window_get_page (StWindow   *self,
                    const char *name)
{
  g_return_val_if_fail (ST_IS_WINDOW (self), NULL);
  return ensure_page (self, name);
}

void
st_window_show_page (StWindow   *self,
                     const char *name)
{
  g_return_if_fail (ST_IS_WINDOW (self));
  if (self->plan != NULL && ensure_page (self, name) != NULL)
    gtk_stack_set_visible_child_name (self->pages, name);
}

void
st_window_add_toast (StWindow   *self,
                     const char *message)
{
  AdwToast *toast;

  g_return_if_fail (ST_IS_WINDOW (self));

  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
st_window_show_error (StWindow     *self,
                      const char   *heading,
                      const GError *error)
{
  GtkWidget *dialog;

  g_return_if_fail (ST_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_widget_set_name (dialog, "error-dialog");
  gtk_window_present (GTK_WINDOW (dialog));
}
