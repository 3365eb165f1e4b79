/* st-a11y-util.h: walking a widget tree for accessibility checks (tests only).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The mapped controls people operate under @root: buttons, toggles, check
 * buttons, switches, entries, spin buttons, drop-downs, menu buttons, sliders,
 * links, tabs, list/column/grid views, and controls inside their rows. Parts
 * of a composite control (the toggle inside a GtkMenuButton, the GtkText
 * inside a GtkEntry) are not listed: the composite is. (transfer container) */
GPtrArray  *st_a11y_collect_controls   (GtkWidget  *root,
                                        gboolean    mapped_only);

/* How @widget gets its accessible name, the way GTK 4.8 gives one in practice
 * (an explicit GTK_ACCESSIBLE_PROPERTY_LABEL, a LABELLED_BY relation, a label
 * child, a tooltip, the title of the libadwaita row it sits in), or %NULL when
 * it has none. */
const char *st_a11y_describe_name      (GtkWidget  *widget);

/* A short description to find @widget by: type, icon or text, ancestors. */
char       *st_a11y_describe_widget    (GtkWidget  *widget);

/* Each adds one message per problem to @problems (char *), naming @page. */
void        st_a11y_check_names        (GtkWidget  *root,
                                        const char *page,
                                        GPtrArray  *problems);
/* Status chips (StStatusChip, or widgets with a status-/brag-/rag- CSS class)
 * must show a letter or word, not only a colour. Returns how many it saw. */
guint       st_a11y_check_colour_alone (GtkWidget  *root,
                                        const char *page,
                                        GPtrArray  *problems);
/* Presses Tab (gtk_widget_child_focus) round the window and checks that every
 * sensitive control takes the focus, itself or inside. Controls inside list
 * rows are reached with the arrow keys: the list itself must take the focus. */
void        st_a11y_check_keyboard     (GtkWindow  *window,
                                        const char *page,
                                        GPtrArray  *problems);

/* GtkStack and AdwViewStack widgets under @root. (transfer container) */
GPtrArray  *st_a11y_find_stacks        (GtkWidget  *root);
/* Names ("#N" for unnamed pages) of the stack's pages. */
char      **st_a11y_stack_page_names   (GtkWidget  *stack);
char       *st_a11y_stack_get_visible  (GtkWidget  *stack);
void        st_a11y_stack_set_visible  (GtkWidget  *stack,
                                        const char *name);

G_END_DECLS
