/* st-test-widgets.c: finding widgets in a window, for the display tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "st-test-widgets.h"

GtkWidget *
st_test_find_type (GtkWidget *root,
                   GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = st_test_find_type (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

gboolean
st_test_has_label (GtkWidget  *root,
                   const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    if (st_test_has_label (c, text))
      return TRUE;
  return FALSE;
}
