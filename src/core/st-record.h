/* st-record.h: one row of a plan table, its columns exposed as GObject properties.
 *
 * Every object of the plan model (an area, an action, a board…) is a StRecord.
 * A subclass names its table and declares its columns with
 * st_record_class_add_column(); a property "target-month" is the column
 * "target_month". The store (StPlan) loads and saves records generically, so
 * a new column is one line in class_init and one in the schema.
 *
 * Column values map to SQL as: strings (NULL is SQL NULL), gint64 (0 is SQL
 * NULL, for optional references to other rows), booleans (0/1) and doubles
 * (NAN is SQL NULL).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "st-text-pool.h"
#include "st-types.h"

G_BEGIN_DECLS

#define ST_TYPE_RECORD (st_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (StRecord, st_record, ST, RECORD, GObject)

struct _StRecordClass
{
  GObjectClass parent_class;

  /* Set by subclasses in class_init */
  const char *table;
  const char *parent_column;   /* column referencing the parent row, or NULL */
  GType       child_type;      /* type of the children, or G_TYPE_NONE */

  /*< private >*/
  GPtrArray  *columns;
  gpointer    column_info;
};

void         st_record_class_add_column (StRecordClass *klass,
                                         GParamSpec    *pspec);
void         st_record_class_add_nullable_double (StRecordClass *klass,
                                         const char    *name);
guint        st_record_class_get_n_columns (StRecordClass *klass);
GParamSpec  *st_record_class_get_column (StRecordClass *klass,
                                         guint          index);
char        *st_record_column_name      (GParamSpec    *pspec);

gint64       st_record_get_id           (StRecord      *self);
void         st_record_set_id           (StRecord      *self,
                                         gint64         id);
StRecord    *st_record_get_parent       (StRecord      *self);
void         st_record_set_parent       (StRecord      *self,
                                         StRecord      *parent);
GListModel  *st_record_get_children     (StRecord      *self);
guint        st_record_get_position     (StRecord      *self);
const char  *st_record_get_table        (StRecord      *self);

const char  *st_record_get_string       (StRecord      *self,
                                         const char    *column);
gint64       st_record_get_int          (StRecord      *self,
                                         const char    *column);
gboolean     st_record_get_boolean      (StRecord      *self,
                                         const char    *column);
double       st_record_get_double       (StRecord      *self,
                                         const char    *column);

/* Store-side access, by column index. Values are kept as plain C values
 * (GValues only at the GObject property boundary): load_*() set a column of a
 * record being loaded, with no notification (a text goes to the record's text
 * pool when it has one); get_value() initialises @value to the column's type
 * and copies the value into it. */
void         st_record_get_value        (StRecord      *self,
                                         guint          index,
                                         GValue        *value);
void         st_record_take_value       (StRecord      *self,
                                         guint          index,
                                         const GValue  *value,
                                         gboolean       notify);
void         st_record_load_string      (StRecord      *self,
                                         guint          index,
                                         const char    *text);
void         st_record_load_int         (StRecord      *self,
                                         guint          index,
                                         gint64         value);
void         st_record_load_boolean     (StRecord      *self,
                                         guint          index,
                                         gboolean       value);
void         st_record_load_double      (StRecord      *self,
                                         guint          index,
                                         double         value);
GType        st_record_class_get_column_type (StRecordClass *klass,
                                         guint          index);
void         st_record_copy_values      (StRecord      *self,
                                         StRecord      *from,
                                         gboolean       notify);
/* Loading: texts loaded into @self (columns, and its ratings or values) are
 * kept in @pool, which @self keeps. */
void         st_record_set_text_pool    (StRecord      *self,
                                         StTextPool    *pool);
StTextPool  *st_record_get_text_pool    (StRecord      *self);
/* Whether @text (a column's, a rating's, a value's) was allocated for @self
 * alone, to be freed with it: not "", and not in its pool. */
gboolean     st_record_owns_text        (StRecord      *self,
                                         const char    *text);
/* The id's storage, a hash table key that lives as long as @self */
const gint64 *st_record_peek_id         (StRecord      *self);

/* "" with no allocation: loaded empty texts share it. */
extern const char st_record_empty_string[];

G_END_DECLS
