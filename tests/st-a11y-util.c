/* st-a11y-util.c: walking a widget tree for accessibility checks (tests only).
 *
 * GTK 4.8 has no public getter for accessible attributes; the test API
 * (gtk_test_accessible_has_property / check_property / has_relation) reads
 * them from any widget's AT context, whichever backend runs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "st-a11y-util.h"

static gboolean
is_simple_control_role (GtkAccessibleRole role)
{
  switch (role)
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
    case GTK_ACCESSIBLE_ROLE_LINK:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_RADIO:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_SEARCH_BOX:
    case GTK_ACCESSIBLE_ROLE_SLIDER:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_TAB:
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_view_role (GtkAccessibleRole role)
{
  return role == GTK_ACCESSIBLE_ROLE_GRID || role == GTK_ACCESSIBLE_ROLE_TREE_GRID
      || role == GTK_ACCESSIBLE_ROLE_TREE || role == GTK_ACCESSIBLE_ROLE_TABLE;
}

static GtkAccessibleRole
role_of (GtkWidget *widget)
{
  return gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));
}

/* A control people operate: by role, plus the views that hold rows. A
 * GtkListView of plain rows has role LIST; it is a control when focusable. */
static gboolean
is_control (GtkWidget *widget)
{
  GtkAccessibleRole role = role_of (widget);

  if (is_simple_control_role (role) || is_view_role (role))
    return TRUE;
  if (GTK_IS_LIST_VIEW (widget) || GTK_IS_COLUMN_VIEW (widget) || GTK_IS_GRID_VIEW (widget))
    return TRUE;
  if (GTK_IS_TEXT_VIEW (widget) && gtk_text_view_get_editable (GTK_TEXT_VIEW (widget)))
    return TRUE;
  return FALSE;
}

/* Inside another simple control: a part of it (GtkMenuButton's toggle, the
 * GtkText of a GtkEntry, a GtkSpinButton's +/- buttons). */
static gboolean
is_part_of_control (GtkWidget *widget,
                    GtkWidget *root)
{
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL && w != root; w = gtk_widget_get_parent (w))
    {
      if (is_simple_control_role (role_of (w)))
        return TRUE;
      /* GtkColumnView's own list */
      if (GTK_IS_COLUMN_VIEW (w) && GTK_IS_LIST_VIEW (widget))
        return TRUE;
      if (GTK_IS_DROP_DOWN (w) || GTK_IS_MENU_BUTTON (w) || GTK_IS_SPIN_BUTTON (w)
          || GTK_IS_ENTRY (w) || GTK_IS_SEARCH_ENTRY (w) || GTK_IS_PASSWORD_ENTRY (w)
          || ADW_IS_SPLIT_BUTTON (w))
        return TRUE;
    }
  return FALSE;
}

static gboolean
shown (GtkWidget *widget,
       gboolean   mapped_only)
{
  return mapped_only ? gtk_widget_get_mapped (widget) : gtk_widget_is_visible (widget);
}

static void
collect (GtkWidget *root,
         GtkWidget *widget,
         gboolean   mapped_only,
         GPtrArray *out)
{
  if (!shown (widget, mapped_only))
    return;
  if (widget != root && is_control (widget) && !is_part_of_control (widget, root))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (root, child, mapped_only, out);
}

GPtrArray *
st_a11y_collect_controls (GtkWidget *root,
                          gboolean   mapped_only)
{
  GPtrArray *out = g_ptr_array_new ();

  collect (root, root, mapped_only, out);
  return out;
}

static gboolean
has_text (const char *text)
{
  if (text == NULL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* The first label or inscription inside @widget (not inside a nested
 * control) that shows text. */
static const char *
label_child_text (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text = NULL;

      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_LABEL (child))
        text = gtk_label_get_text (GTK_LABEL (child));
      else if (GTK_IS_INSCRIPTION (child))
        text = gtk_inscription_get_text (GTK_INSCRIPTION (child));
      else if (!is_control (child))
        text = label_child_text (child);
      if (has_text (text))
        return text;
    }
  return NULL;
}

static gboolean
has_label_property (GtkWidget *widget)
{
  g_autofree char *diff = NULL;

  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;
  /* check_property returns NULL when the value equals the one given: an
   * empty label is no name. */
  diff = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, "");
  return diff != NULL;
}

static gboolean
has_tooltip (GtkWidget *widget)
{
  return has_text (gtk_widget_get_tooltip_text (widget)) || has_text (gtk_widget_get_tooltip_markup (widget));
}

/* The text of a widget that names another: a label's text, a label inside
 * it, or its own label property. */
static gboolean
names_something (GtkWidget *target)
{
  if (GTK_IS_LABEL (target))
    return has_text (gtk_label_get_text (GTK_LABEL (target)));
  if (GTK_IS_INSCRIPTION (target))
    return has_text (gtk_inscription_get_text (GTK_INSCRIPTION (target)));
  return label_child_text (target) != NULL || has_label_property (target);
}

static GtkWidget *
find_single_target (GtkWidget *widget,
                    GtkWidget *candidate)
{
  g_autofree char *diff = NULL;

  if (candidate != widget)
    {
      diff = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget),
                                                 GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                                 candidate, NULL);
      if (diff == NULL)
        return candidate;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (candidate); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_single_target (widget, c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* LABELLED_BY is set: does what it points at show text? GTK 4.8 buttons
 * point at their child even when it is only an icon. The relation cannot be
 * read, only compared: look for the one widget it names, nearest first. */
static gboolean
labelled_by_names (GtkWidget *widget)
{
  GtkWidget *target = find_single_target (widget, widget);

  if (target == NULL)
    target = find_single_target (widget, GTK_WIDGET (gtk_widget_get_root (widget)));
  if (target == NULL)
    return TRUE;   /* several labels: assume they name it */
  return names_something (target);
}

const char *
st_a11y_describe_name (GtkWidget *widget)
{
  GtkAccessibleRole role = role_of (widget);
  gboolean text_input = role == GTK_ACCESSIBLE_ROLE_TEXT_BOX || role == GTK_ACCESSIBLE_ROLE_SEARCH_BOX
                        || role == GTK_ACCESSIBLE_ROLE_SPIN_BUTTON || GTK_IS_TEXT_VIEW (widget)
                        || GTK_IS_ENTRY (widget) || GTK_IS_SEARCH_ENTRY (widget);
  gboolean shows_value = role == GTK_ACCESSIBLE_ROLE_COMBO_BOX || GTK_IS_DROP_DOWN (widget)
                         || is_view_role (role) || GTK_IS_LIST_VIEW (widget) || GTK_IS_COLUMN_VIEW (widget)
                         || GTK_IS_GRID_VIEW (widget);

  if (has_label_property (widget))
    return "label property";
  if (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY)
      && labelled_by_names (widget))
    return "labelled-by relation";
  if (has_tooltip (widget))
    return "tooltip";
  /* A text input's text, a drop-down's selected item and a list's rows are
   * its value, not its name. */
  if (!text_input && !shows_value)
    {
      if (GTK_IS_BUTTON (widget) && has_text (gtk_button_get_label (GTK_BUTTON (widget))))
        return "label";
      if (GTK_IS_CHECK_BUTTON (widget) && has_text (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget))))
        return "label";
      if (GTK_IS_MENU_BUTTON (widget) && has_text (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget))))
        return "label";
      if (label_child_text (widget) != NULL)
        return "label child";
    }
  /* A libadwaita row names what it holds (AdwEntryRow's text, an action
   * row's suffix switch). */
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    {
      if (ADW_IS_PREFERENCES_ROW (w))
        {
          if (has_text (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w))))
            return "row title";
          break;
        }
      if (is_control (w) || GTK_IS_ROOT (w))
        break;
    }
  return NULL;
}

char *
st_a11y_describe_widget (GtkWidget *widget)
{
  GString *s = g_string_new (G_OBJECT_TYPE_NAME (widget));
  const char *text = NULL;
  const char *icon = NULL;
  guint depth = 0;

  if (GTK_IS_BUTTON (widget))
    icon = gtk_button_get_icon_name (GTK_BUTTON (widget));
  if (GTK_IS_MENU_BUTTON (widget))
    icon = gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget));
  if (icon == NULL)
    for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL && icon == NULL; c = gtk_widget_get_first_child (c))
      if (GTK_IS_IMAGE (c))
        icon = gtk_image_get_icon_name (GTK_IMAGE (c));
  text = label_child_text (widget);
  if (gtk_widget_get_name (widget) != NULL && g_strcmp0 (gtk_widget_get_name (widget), G_OBJECT_TYPE_NAME (widget)) != 0)
    g_string_append_printf (s, " #%s", gtk_widget_get_name (widget));
  if (icon != NULL)
    g_string_append_printf (s, " (icon %s)", icon);
  if (text != NULL)
    g_string_append_printf (s, " (shows “%s”)", text);
  g_string_append (s, " in");
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL && depth < 6; w = gtk_widget_get_parent (w), depth++)
    g_string_append_printf (s, " %s%s", depth ? "< " : "", G_OBJECT_TYPE_NAME (w));
  return g_string_free (s, FALSE);
}

static void
add_problem (GPtrArray  *problems,
             const char *message)
{
  for (guint i = 0; i < problems->len; i++)
    if (g_str_equal (problems->pdata[i], message))
      return;
  g_ptr_array_add (problems, g_strdup (message));
}

void
st_a11y_check_names (GtkWidget  *root,
                     const char *page,
                     GPtrArray  *problems)
{
  g_autoptr(GPtrArray) controls = st_a11y_collect_controls (root, TRUE);

  for (guint i = 0; i < controls->len; i++)
    {
      GtkWidget *widget = controls->pdata[i];

      if (st_a11y_describe_name (widget) == NULL)
        {
          g_autofree char *what = st_a11y_describe_widget (widget);
          g_autofree char *message = g_strdup_printf ("%s: no accessible name: %s", page, what);
          add_problem (problems, message);
        }
    }
}

/* Text shown inside @widget (labels, inscriptions), concatenated. */
static void
shown_text (GtkWidget *widget,
            GString   *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
  else if (GTK_IS_INSCRIPTION (widget) && gtk_inscription_get_text (GTK_INSCRIPTION (widget)))
    g_string_append (out, gtk_inscription_get_text (GTK_INSCRIPTION (widget)));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    shown_text (c, out);
}

static gboolean
is_status_widget (GtkWidget *widget)
{
  GType chip = g_type_from_name ("StStatusChip");
  g_auto(GStrv) classes = NULL;

  if (chip != 0 && g_type_is_a (G_OBJECT_TYPE (widget), chip))
    return TRUE;
  classes = gtk_widget_get_css_classes (widget);
  for (guint i = 0; classes != NULL && classes[i] != NULL; i++)
    if (g_str_has_prefix (classes[i], "status-") || g_str_has_prefix (classes[i], "brag-")
        || g_str_has_prefix (classes[i], "rag-"))
      return TRUE;
  return FALSE;
}

static guint
check_colour (GtkWidget  *widget,
              const char *page,
              GPtrArray  *problems)
{
  guint n = 0;

  if (!gtk_widget_get_mapped (widget))
    return 0;
  if (is_status_widget (widget))
    {
      g_autoptr(GString) text = g_string_new (NULL);

      shown_text (widget, text);
      if (!has_text (text->str))
        {
          g_autofree char *what = st_a11y_describe_widget (widget);
          g_autofree char *message = g_strdup_printf ("%s: a status shown by colour alone (no letter or word): %s",
                                                      page, what);
          add_problem (problems, message);
        }
      return 1;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += check_colour (c, page, problems);
  return n;
}

guint
st_a11y_check_colour_alone (GtkWidget  *root,
                            const char *page,
                            GPtrArray  *problems)
{
  return check_colour (root, page, problems);
}

/* Inside a list (reached with the arrow keys once the list has the focus) or
 * the window's title-bar buttons (the window manager's shortcuts: Super+Up,
 * Super+H, Ctrl+W / Alt+F4). */
static gboolean
inside_view (GtkWidget *widget,
             GtkWidget *root)
{
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL && w != root; w = gtk_widget_get_parent (w))
    if (GTK_IS_LIST_VIEW (w) || GTK_IS_COLUMN_VIEW (w) || GTK_IS_GRID_VIEW (w) || GTK_IS_LIST_BOX (w)
        || GTK_IS_WINDOW_CONTROLS (w))
      return TRUE;
  return FALSE;
}

/* Sensitive, and so are its parts (a GtkMenuButton without a menu makes its
 * button insensitive). */
static gboolean
operable (GtkWidget *widget)
{
  gboolean has_parts = FALSE;

  if (!gtk_widget_is_sensitive (widget))
    return FALSE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (is_simple_control_role (role_of (c)) && gtk_widget_get_visible (c))
      {
        has_parts = TRUE;
        if (gtk_widget_is_sensitive (c))
          return TRUE;
      }
  return !has_parts;
}

static void
find_sidebars (GtkWidget *widget,
               GPtrArray *out)
{
  if (GTK_IS_STACK_SIDEBAR (widget))
    {
      g_ptr_array_add (out, widget);
      return;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    find_sidebars (c, out);
}

void
st_a11y_check_keyboard (GtkWindow  *window,
                        const char *page,
                        GPtrArray  *problems)
{
  GtkWidget *root = GTK_WIDGET (window);
  g_autoptr(GPtrArray) controls = st_a11y_collect_controls (root, TRUE);
  g_autoptr(GHashTable) focused = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) sidebars = g_ptr_array_new ();
  GtkWidget *first = NULL;

  /* Moving the focus through a GtkStackSidebar's rows selects each row and
   * so switches the page under test: keep the walk to the page. The sidebar
   * is a list, reached with the arrow keys once focused. */
  find_sidebars (root, sidebars);
  for (guint i = 0; i < sidebars->len; i++)
    gtk_widget_set_can_focus (sidebars->pdata[i], FALSE);

  gtk_window_set_focus (window, NULL);
  for (guint step = 0; step < 4000; step++)
    {
      GtkWidget *focus;

      if (!gtk_widget_child_focus (root, GTK_DIR_TAB_FORWARD))
        {
          /* Past the last control: GTK starts again from the first. */
          gtk_window_set_focus (window, NULL);
          if (!gtk_widget_child_focus (root, GTK_DIR_TAB_FORWARD))
            break;
        }
      focus = gtk_window_get_focus (window);
      if (focus == NULL)
        continue;
      if (g_getenv ("ST_A11Y_DEBUG") != NULL)
        {
          g_autofree char *what = st_a11y_describe_widget (focus);
          g_printerr ("%s: Tab %u: %s\n", page, step, what);
        }
      if (focus == first)
        break;
      if (first == NULL)
        first = focus;
      for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
        g_hash_table_add (focused, w);
    }

  for (guint i = 0; i < sidebars->len; i++)
    gtk_widget_set_can_focus (sidebars->pdata[i], TRUE);

  for (guint i = 0; i < controls->len; i++)
    {
      GtkWidget *widget = controls->pdata[i];

      if (!operable (widget) || inside_view (widget, root))
        continue;
      if (!g_hash_table_contains (focused, widget))
        {
          g_autofree char *what = st_a11y_describe_widget (widget);
          g_autofree char *message = g_strdup_printf ("%s: Tab never reaches %s", page, what);
          add_problem (problems, message);
        }
    }
}

static void
find_stacks (GtkWidget *widget,
             GPtrArray *out)
{
  if (GTK_IS_STACK (widget) || ADW_IS_VIEW_STACK (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    find_stacks (c, out);
}

GPtrArray *
st_a11y_find_stacks (GtkWidget *root)
{
  GPtrArray *out = g_ptr_array_new ();

  find_stacks (root, out);
  return out;
}

char **
st_a11y_stack_page_names (GtkWidget *stack)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GtkSelectionModel) pages = NULL;

  if (GTK_IS_STACK (stack))
    pages = gtk_stack_get_pages (GTK_STACK (stack));
  else
    pages = adw_view_stack_get_pages (ADW_VIEW_STACK (stack));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      const char *name = GTK_IS_STACK_PAGE (page) ? gtk_stack_page_get_name (GTK_STACK_PAGE (page))
                                                  : adw_view_stack_page_get_name (ADW_VIEW_STACK_PAGE (page));
      g_autofree char *index = g_strdup_printf ("#%u", i);

      g_strv_builder_add (names, name != NULL ? name : index);
    }
  return g_strv_builder_end (names);
}

static GtkWidget *
page_child (GtkWidget  *stack,
            const char *name)
{
  g_autoptr(GtkSelectionModel) pages = NULL;
  guint index = G_MAXUINT;

  if (name[0] == '#')
    index = (guint) g_ascii_strtoull (name + 1, NULL, 10);
  if (GTK_IS_STACK (stack))
    pages = gtk_stack_get_pages (GTK_STACK (stack));
  else
    pages = adw_view_stack_get_pages (ADW_VIEW_STACK (stack));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      const char *page_name = GTK_IS_STACK_PAGE (page) ? gtk_stack_page_get_name (GTK_STACK_PAGE (page))
                                                       : adw_view_stack_page_get_name (ADW_VIEW_STACK_PAGE (page));

      if (i == index || g_strcmp0 (page_name, name) == 0)
        return GTK_IS_STACK_PAGE (page) ? gtk_stack_page_get_child (GTK_STACK_PAGE (page))
                                        : adw_view_stack_page_get_child (ADW_VIEW_STACK_PAGE (page));
    }
  return NULL;
}

char *
st_a11y_stack_get_visible (GtkWidget *stack)
{
  g_auto(GStrv) names = st_a11y_stack_page_names (stack);
  GtkWidget *visible = GTK_IS_STACK (stack) ? gtk_stack_get_visible_child (GTK_STACK (stack))
                                            : adw_view_stack_get_visible_child (ADW_VIEW_STACK (stack));

  for (guint i = 0; names[i] != NULL; i++)
    if (page_child (stack, names[i]) == visible)
      return g_strdup (names[i]);
  return NULL;
}

void
st_a11y_stack_set_visible (GtkWidget  *stack,
                           const char *name)
{
  GtkWidget *child = page_child (stack, name);

  if (child == NULL)
    return;
  if (GTK_IS_STACK (stack))
    gtk_stack_set_visible_child (GTK_STACK (stack), child);
  else
    adw_view_stack_set_visible_child (ADW_VIEW_STACK (stack), child);
}
