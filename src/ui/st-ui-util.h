/* st-ui-util.h: helpers shared by the pages of the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "st-plan.h"

G_BEGIN_DECLS

/* Shows @message in the window's toast overlay (or warns when @widget is not
 * in a SEND Tracker window). */
void        st_ui_toast             (GtkWidget    *widget,
                                     const char   *message);
void        st_ui_toast_error       (GtkWidget    *widget,
                                     const GError *error);

/* A short name for a record as people read it ("action 1.1.2", "board “Place Board”"). */
char       *st_ui_describe_record   (StRecord     *record);
/* The record's type as a word for the Add menu ("Action"). */
const char *st_ui_type_name         (GType         type);

/* Adds a new record of @type near @selected (after it, or inside it, as
 * fits), with a free reference or name. Returns: (transfer none) (nullable) */
StRecord   *st_ui_insert_near       (StPlan       *plan,
                                     GType         type,
                                     StRecord     *selected,
                                     GError      **error);
gboolean    st_ui_can_insert_near   (GType         type,
                                     StRecord     *selected);

/* Deletes @record; when it has children (or ratings), first asks with an
 * AdwMessageDialog naming what goes. Errors show as toasts. */
void        st_ui_delete_with_confirmation (GtkWidget *widget,
                                     StPlan       *plan,
                                     StRecord     *record);
/* The question the confirmation asks, or %NULL when nothing else goes. */
char       *st_ui_delete_question   (StPlan       *plan,
                                     StRecord     *record);

void        st_ui_move              (GtkWidget    *widget,
                                     StPlan       *plan,
                                     StRecord     *record,
                                     int           delta);

/* Lets Tab reach only the visible page of @stack (hidden pages take no focus). */
void        st_ui_stack_focus_visible_only (GtkStack *stack);

/* As gtk_widget_set_tooltip_text() (the text is the tooltip and the
 * accessible description; NULL or "" for none), without asking the display
 * where the pointer is, which gtk_widget_set_tooltip_text() does on every
 * call (a round trip to the X server): for the cells of every row a list
 * binds. The tooltip is made when it is about to show. */
void        st_ui_set_tooltip       (GtkWidget    *widget,
                                     const char   *text);

/* Lower-cased search in @haystack (NULL-safe). */
gboolean    st_ui_text_matches      (const char   *haystack,
                                     const char   *needle_folded);

G_END_DECLS
