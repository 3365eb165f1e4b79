/* st-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-record"

#include "config.h"

#include <math.h>
#include <string.h>

#include "st-record.h"

/* A column's value: no GValue (24 bytes, and a type lookup for every copy)
 * but the plain C value, 8 bytes. */
typedef union
{
  char     *s;      /* owned when the column's bit in StRecordPrivate.owned is set */
  gint64    i;
  double    d;
  gboolean  b;
} StValue;

/* A column of a class: its type, and its default value. */
typedef struct
{
  GType    type;
  StValue  value;   /* strings: the param spec's default, never freed */
} StColumn;

#define MAX_COLUMNS 32

typedef struct
{
  gint64      id;
  StRecord   *parent;      /* weak: the parent owns us through its children */
  GListStore *children;
  StValue    *values;
  guint32     owned;       /* bit i: values[i].s was allocated for this record */
  StTextPool *pool;        /* where loaded texts are, or NULL */
} StRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (StRecord, st_record, G_TYPE_OBJECT)

const char st_record_empty_string[] = "";

static GQuark
null_default_quark (void)
{
  /* Asked for every column of every record made: look it up once */
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("st-record-null-default");
  return quark;
}

static inline guint
n_columns (StRecordClass *klass)
{
  return klass->columns ? klass->columns->len : 0;
}

static inline const StColumn *
class_columns (StRecordClass *klass)
{
  return klass->column_info;
}

static StValue *
ensure_values (StRecord *self)
{
  StRecordPrivate *priv = st_record_get_instance_private (self);

  if (G_UNLIKELY (priv->values == NULL))
    {
      StRecordClass *klass = ST_RECORD_GET_CLASS (self);
      const StColumn *columns = class_columns (klass);
      guint n = n_columns (klass);

      priv->values = g_new (StValue, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        priv->values[i] = columns[i].value;
      priv->owned = 0;
    }
  return priv->values;
}

static inline void
clear_string (StRecordPrivate *priv,
              guint            index)
{
  if (priv->owned & (1u << index))
    {
      g_free (priv->values[index].s);
      priv->owned &= ~(1u << index);
    }
}

/* Sets string column @index to a copy of @text ("" is shared, not copied). */
static void
set_string (StRecordPrivate *priv,
            guint            index,
            const char      *text)
{
  /* Copied before the old value goes, in case @text is part of it */
  char *copy = text == NULL ? NULL : *text == '\0' ? (char *) st_record_empty_string : g_strdup (text);

  clear_string (priv, index);
  priv->values[index].s = copy;
  if (copy != NULL && copy != st_record_empty_string)
    priv->owned |= 1u << index;
}

static void
st_record_constructed (GObject *object)
{
  StRecord *self = ST_RECORD (object);
  StRecordPrivate *priv = st_record_get_instance_private (self);
  StRecordClass *klass = ST_RECORD_GET_CLASS (self);

  G_OBJECT_CLASS (st_record_parent_class)->constructed (object);

  if (klass->child_type != G_TYPE_NONE && klass->child_type != 0)
    priv->children = g_list_store_new (klass->child_type);
  ensure_values (self);
}

static void
st_record_finalize (GObject *object)
{
  StRecord *self = ST_RECORD (object);
  StRecordPrivate *priv = st_record_get_instance_private (self);

  for (guint i = 0; priv->owned != 0; i++)
    clear_string (priv, i);
  g_clear_pointer (&priv->values, g_free);
  g_clear_object (&priv->children);
  g_clear_pointer (&priv->pool, st_text_pool_unref);

  G_OBJECT_CLASS (st_record_parent_class)->finalize (object);
}

static void
value_to_gvalue (GType          type,
                 const StValue *v,
                 GValue        *value)
{
  switch (type)
    {
    case G_TYPE_STRING:
      g_value_set_string (value, v->s);
      break;
    case G_TYPE_INT64:
      g_value_set_int64 (value, v->i);
      break;
    case G_TYPE_BOOLEAN:
      g_value_set_boolean (value, v->b);
      break;
    case G_TYPE_DOUBLE:
      g_value_set_double (value, v->d);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
st_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  StRecord *self = ST_RECORD (object);
  StRecordClass *klass = ST_RECORD_GET_CLASS (self);

  if (prop_id == 0 || prop_id > n_columns (klass))
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  value_to_gvalue (class_columns (klass)[prop_id - 1].type, &ensure_values (self)[prop_id - 1], value);
}

static gboolean
value_equals (GType          type,
              const StValue *v,
              const GValue  *value)
{
  switch (type)
    {
    case G_TYPE_STRING:
      return g_strcmp0 (v->s, g_value_get_string (value)) == 0;
    case G_TYPE_INT64:
      return v->i == g_value_get_int64 (value);
    case G_TYPE_BOOLEAN:
      return v->b == g_value_get_boolean (value);
    case G_TYPE_DOUBLE:
      {
        double x = v->d, y = g_value_get_double (value);
        return x == y || (isnan (x) && isnan (y));
      }
    default:
      return FALSE;
    }
}

void
st_record_take_value (StRecord     *self,
                      guint         index,
                      const GValue *value,
                      gboolean      notify)
{
  StRecordPrivate *priv = st_record_get_instance_private (self);
  StRecordClass *klass = ST_RECORD_GET_CLASS (self);
  StValue *values = ensure_values (self);
  GType type;

  g_return_if_fail (index < n_columns (klass));
  type = class_columns (klass)[index].type;
  g_return_if_fail (G_VALUE_HOLDS (value, type));

  if (value_equals (type, &values[index], value))
    return;
  switch (type)
    {
    case G_TYPE_STRING:
      set_string (priv, index, g_value_get_string (value));
      break;
    case G_TYPE_INT64:
      values[index].i = g_value_get_int64 (value);
      break;
    case G_TYPE_BOOLEAN:
      values[index].b = g_value_get_boolean (value);
      break;
    case G_TYPE_DOUBLE:
      values[index].d = g_value_get_double (value);
      break;
    default:
      g_assert_not_reached ();
    }
  if (notify)
    g_object_notify_by_pspec (G_OBJECT (self), g_ptr_array_index (klass->columns, index));
}

void
st_record_get_value (StRecord *self,
                     guint     index,
                     GValue   *value)
{
  StRecordClass *klass = ST_RECORD_GET_CLASS (self);
  GType type;

  g_return_if_fail (index < n_columns (klass));
  type = class_columns (klass)[index].type;
  g_value_init (value, type);
  value_to_gvalue (type, &ensure_values (self)[index], value);
}

/* Loading: set column @index of a record being loaded, with no notification. */
void
st_record_load_string (StRecord   *self,
                       guint       index,
                       const char *text)
{
  StRecordPrivate *priv = st_record_get_instance_private (self);

  g_assert (index < n_columns (ST_RECORD_GET_CLASS (self)));
  ensure_values (self);
  if (priv->pool == NULL || text == NULL || *text == '\0')
    set_string (priv, index, text);
  else
    {
      clear_string (priv, index);
      priv->values[index].s = (char *) st_text_pool_add (priv->pool, text);
    }
}

void
st_record_set_text_pool (StRecord   *self,
                         StTextPool *pool)
{
  StRecordPrivate *priv = st_record_get_instance_private (self);

  g_return_if_fail (ST_IS_RECORD (self));
  g_return_if_fail (priv->pool == NULL || priv->pool == pool);

  if (priv->pool == NULL && pool != NULL)
    priv->pool = st_text_pool_ref (pool);
}

/* Returns: (transfer none) (nullable): the pool of @self's loaded texts */
StTextPool *
st_record_get_text_pool (StRecord *self)
{
  StRecordPrivate *priv = st_record_get_instance_private (self);

  g_return_val_if_fail (ST_IS_RECORD (self), NULL);
  return priv->pool;
}

gboolean
st_record_owns_text (StRecord   *self,
                     const char *text)
{
  StRecordPrivate *priv = st_record_get_instance_private (self);

  return text != NULL && text != st_record_empty_string &&
         (priv->pool == NULL || !st_text_pool_contains (priv->pool, text));
}

void
st_record_load_int (StRecord *self,
                    guint     index,
                    gint64    value)
{
  g_assert (index < n_columns (ST_RECORD_GET_CLASS (self)));
  ensure_values (self)[index].i = value;
}

void
st_record_load_boolean (StRecord *self,
                        guint     index,
                        gboolean  value)
{
  g_assert (index < n_columns (ST_RECORD_GET_CLASS (self)));
  ensure_values (self)[index].b = value;
}

void
st_record_load_double (StRecord *self,
                       guint     index,
                       double    value)
{
  g_assert (index < n_columns (ST_RECORD_GET_CLASS (self)));
  ensure_values (self)[index].d = value;
}

/* Copies every column of @from (a record of the same class) into @self,
 * notifying the columns that changed when @notify. */
void
st_record_copy_values (StRecord *self,
                       StRecord *from,
                       gboolean  notify)
{
  StRecordPrivate *priv = st_record_get_instance_private (self);
  StRecordClass *klass = ST_RECORD_GET_CLASS (self);
  const StColumn *columns = class_columns (klass);
  StValue *values = ensure_values (self);
  const StValue *other = ensure_values (from);
  guint n = n_columns (klass);

  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (from));

  for (guint i = 0; i < n; i++)
    {
      gboolean same;

      switch (columns[i].type)
        {
        case G_TYPE_STRING:
          same = g_strcmp0 (values[i].s, other[i].s) == 0;
          if (!same)
            set_string (priv, i, other[i].s);
          break;
        case G_TYPE_INT64:
          same = values[i].i == other[i].i;
          values[i].i = other[i].i;
          break;
        case G_TYPE_BOOLEAN:
          same = values[i].b == other[i].b;
          values[i].b = other[i].b;
          break;
        case G_TYPE_DOUBLE:
          same = values[i].d == other[i].d || (isnan (values[i].d) && isnan (other[i].d));
          values[i].d = other[i].d;
          break;
        default:
          g_assert_not_reached ();
        }
      if (!same && notify)
        g_object_notify_by_pspec (G_OBJECT (self), g_ptr_array_index (klass->columns, i));
    }
}

static void
st_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  StRecord *self = ST_RECORD (object);

  if (prop_id == 0 || prop_id > n_columns (ST_RECORD_GET_CLASS (self)))
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  st_record_take_value (self, prop_id - 1, value, TRUE);
}

static void
st_record_class_init (StRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = st_record_constructed;
  object_class->finalize = st_record_finalize;
  object_class->get_property = st_record_get_property;
  object_class->set_property = st_record_set_property;

  klass->child_type = G_TYPE_NONE;
}

static void
st_record_init (StRecord *self)
{
}

/* Installs @pspec as the next column of @klass. Columns of a parent class are
 * not inherited: each record class declares all of its own. */
void
st_record_class_add_column (StRecordClass *klass,
                            GParamSpec    *pspec)
{
  g_return_if_fail (ST_IS_RECORD_CLASS (klass));
  g_return_if_fail (pspec->value_type == G_TYPE_STRING ||
                    pspec->value_type == G_TYPE_INT64 ||
                    pspec->value_type == G_TYPE_BOOLEAN ||
                    pspec->value_type == G_TYPE_DOUBLE);

  /* GObject does not inherit property handlers: every record class gets ours. */
  G_OBJECT_CLASS (klass)->get_property = st_record_get_property;
  G_OBJECT_CLASS (klass)->set_property = st_record_set_property;

  if (klass->columns == NULL)
    klass->columns = g_ptr_array_new ();
  g_return_if_fail (klass->columns->len < MAX_COLUMNS);
  g_ptr_array_add (klass->columns, g_param_spec_ref_sink (pspec));
  g_object_class_install_property (G_OBJECT_CLASS (klass), klass->columns->len, pspec);

  {
    StColumn *columns = g_renew (StColumn, klass->column_info, klass->columns->len);
    StColumn *column = &columns[klass->columns->len - 1];
    g_auto(GValue) value = G_VALUE_INIT;

    column->type = pspec->value_type;
    g_value_init (&value, pspec->value_type);
    g_param_value_set_default (pspec, &value);
    switch (pspec->value_type)
      {
      case G_TYPE_STRING:
        /* The param spec's own copy, which lives as long as the class */
        column->value.s = G_PARAM_SPEC_STRING (pspec)->default_value;
        break;
      case G_TYPE_INT64:
        column->value.i = g_value_get_int64 (&value);
        break;
      case G_TYPE_BOOLEAN:
        column->value.b = g_value_get_boolean (&value);
        break;
      case G_TYPE_DOUBLE:
        column->value.d = g_param_spec_get_qdata (pspec, null_default_quark ()) != NULL
                          ? NAN : g_value_get_double (&value);
        break;
      default:
        g_assert_not_reached ();
      }
    klass->column_info = columns;
  }
}

/* A double column whose default is SQL NULL (NAN): GParamSpec ranges cannot hold NAN. */
void
st_record_class_add_nullable_double (StRecordClass *klass,
                                     const char    *name)
{
  GParamSpec *pspec = g_param_spec_double (name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                                           G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_param_spec_set_qdata (pspec, null_default_quark (), GINT_TO_POINTER (1));
  st_record_class_add_column (klass, pspec);
}

guint
st_record_class_get_n_columns (StRecordClass *klass)
{
  return n_columns (klass);
}

GType
st_record_class_get_column_type (StRecordClass *klass,
                                 guint          index)
{
  g_return_val_if_fail (index < n_columns (klass), G_TYPE_INVALID);
  return class_columns (klass)[index].type;
}

GParamSpec *
st_record_class_get_column (StRecordClass *klass,
                            guint          index)
{
  g_return_val_if_fail (klass->columns != NULL && index < klass->columns->len, NULL);
  return g_ptr_array_index (klass->columns, index);
}

char *
st_record_column_name (GParamSpec *pspec)
{
  char *name = g_strdup (pspec->name);

  g_strdelimit (name, "-", '_');
  return name;
}

const gint64 *
st_record_peek_id (StRecord *self)
{
  StRecordPrivate *priv = st_record_get_instance_private (self);

  return &priv->id;
}

gint64
st_record_get_id (StRecord *self)
{
  StRecordPrivate *priv = st_record_get_instance_private (self);

  g_return_val_if_fail (ST_IS_RECORD (self), 0);
  return priv->id;
}

void
st_record_set_id (StRecord *self,
                  gint64    id)
{
  StRecordPrivate *priv = st_record_get_instance_private (self);

  g_return_if_fail (ST_IS_RECORD (self));
  priv->id = id;
}

StRecord *
st_record_get_parent (StRecord *self)
{
  StRecordPrivate *priv = st_record_get_instance_private (self);

  g_return_val_if_fail (ST_IS_RECORD (self), NULL);
  return priv->parent;
}

void
st_record_set_parent (StRecord *self,
                      StRecord *parent)
{
  StRecordPrivate *priv = st_record_get_instance_private (self);

  g_return_if_fail (ST_IS_RECORD (self));
  priv->parent = parent;
}

/* Returns: (transfer none) (nullable): the children, for a record class that has them */
GListModel *
st_record_get_children (StRecord *self)
{
  StRecordPrivate *priv = st_record_get_instance_private (self);

  g_return_val_if_fail (ST_IS_RECORD (self), NULL);
  return G_LIST_MODEL (priv->children);
}

const char *
st_record_get_table (StRecord *self)
{
  return ST_RECORD_GET_CLASS (self)->table;
}

static const StValue *
lookup_value (StRecord   *self,
              const char *column,
              GType       type)
{
  GParamSpec *pspec;

  g_return_val_if_fail (ST_IS_RECORD (self), NULL);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), column);
  if (pspec == NULL || pspec->value_type != type || pspec->param_id == 0)
    {
      g_critical ("%s has no %s column “%s”", G_OBJECT_TYPE_NAME (self), g_type_name (type), column);
      return NULL;
    }
  return &ensure_values (self)[pspec->param_id - 1];
}

const char *
st_record_get_string (StRecord   *self,
                      const char *column)
{
  const StValue *v = lookup_value (self, column, G_TYPE_STRING);
  return v ? v->s : NULL;
}

gint64
st_record_get_int (StRecord   *self,
                   const char *column)
{
  const StValue *v = lookup_value (self, column, G_TYPE_INT64);
  return v ? v->i : 0;
}

gboolean
st_record_get_boolean (StRecord   *self,
                       const char *column)
{
  const StValue *v = lookup_value (self, column, G_TYPE_BOOLEAN);
  return v ? v->b : FALSE;
}

double
st_record_get_double (StRecord   *self,
                      const char *column)
{
  const StValue *v = lookup_value (self, column, G_TYPE_DOUBLE);
  return v ? v->d : NAN;
}

/* The index of @self in its parent's children (or its plan list); kept by the store. */
guint
st_record_get_position (StRecord *self)
{
  StRecordPrivate *priv = st_record_get_instance_private (self);
  GListModel *siblings;
  guint n;

  g_return_val_if_fail (ST_IS_RECORD (self), 0);
  if (priv->parent == NULL)
    return G_MAXUINT;
  siblings = st_record_get_children (priv->parent);
  n = g_list_model_get_n_items (siblings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StRecord) item = g_list_model_get_item (siblings, i);
      if (item == self)
        return i;
    }
  return G_MAXUINT;
}
