/* st-test-widgets.h: finding widgets in a window, for the display tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* @root or its first descendant (depth first) of @type, or NULL. */
GtkWidget *st_test_find_type (GtkWidget  *root,
                              GType       type);
/* Whether @root or a descendant is a GtkLabel showing @text. */
gboolean   st_test_has_label (GtkWidget  *root,
                              const char *text);

G_END_DECLS
