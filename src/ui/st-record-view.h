/* st-record-view.h: a list or tree of plan records with a toolbar (add,
 * delete, move up and down) and an editor for the selected record.
 *
 * The pages of the window are built from it: they choose the root list, the
 * columns and the record types that can be added. Rows are created only for
 * what is visible (GtkColumnView over a GtkTreeListModel), children are the
 * records' own child lists, each wrapped in a GtkFilterListModel sharing one
 * filter so that a page can filter the whole tree at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "st-plan.h"

G_BEGIN_DECLS

#define ST_TYPE_RECORD_VIEW (st_record_view_get_type ())

G_DECLARE_FINAL_TYPE (StRecordView, st_record_view, ST, RECORD_VIEW, GtkWidget)

/* Returns the children of @record to show under it, or %NULL for a leaf. */
typedef GListModel *(*StRecordViewChildFunc) (StRecord *record,
                                              gpointer  user_data);
/* Returns the text of a cell. */
typedef char       *(*StRecordViewTextFunc)  (StRecord *record,
                                              gpointer  user_data);

GtkWidget      *st_record_view_new               (void);
void            st_record_view_set_plan          (StRecordView          *self,
                                                  StPlan                *plan);
StPlan         *st_record_view_get_plan          (StRecordView          *self);
void            st_record_view_set_period        (StRecordView          *self,
                                                  StPeriod              *period);
/* @root: the top-level records; @child_func: (nullable): children, or
 * %NULL for st_record_get_children() */
void            st_record_view_set_root          (StRecordView          *self,
                                                  GListModel            *root,
                                                  StRecordViewChildFunc  child_func,
                                                  gpointer               user_data);
/* A filter applied at every level (the page decides what it keeps). */
void            st_record_view_set_filter        (StRecordView          *self,
                                                  GtkFilter             *filter);

GtkColumnView  *st_record_view_get_column_view   (StRecordView          *self);
/* The rows as shown: a GtkTreeListModel of GtkTreeListRow. */
GListModel     *st_record_view_get_model         (StRecordView          *self);
/* The selection over that model (the column view shows it once the view is
 * first shown). */
GtkSelectionModel *
                st_record_view_get_selection     (StRecordView          *self);
GtkBox         *st_record_view_get_toolbar       (StRecordView          *self);

/* A text column showing the property @column, or the result of @func when
 * given (then updated on any change of the record). The first column added
 * with @expander TRUE shows the tree's expanders. */
GtkColumnViewColumn *
                st_record_view_add_text_column   (StRecordView          *self,
                                                  const char            *title,
                                                  const char            *column,
                                                  StRecordViewTextFunc   func,
                                                  gboolean               expander,
                                                  gboolean               expand);
/* The accessible name of the list ("Priority areas"). */
void            st_record_view_set_title         (StRecordView          *self,
                                                  const char            *title);
void            st_record_view_add_insert_type   (StRecordView          *self,
                                                  GType                  type);

StRecord       *st_record_view_get_selected      (StRecordView          *self);
gboolean        st_record_view_select            (StRecordView          *self,
                                                  StRecord              *record);
void            st_record_view_expand_all        (StRecordView          *self);
/* Shows the tree with every row expanded (TRUE), or collapsed but for the
 * selected record's parents (FALSE); the selection stays. */
void            st_record_view_set_expanded      (StRecordView          *self,
                                                  gboolean               expanded);

/* The StRecord of a GtkListItem of this view's column view. */
StRecord       *st_record_view_item_get_record   (GtkListItem           *item);

G_END_DECLS
