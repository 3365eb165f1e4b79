/* st-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-record"

#include "config.h"

#include <math.h>
#include <string.h>

#include "st-record.h"

typedef struct
{
  gint64      id;
  StRecord   *parent;      /* weak: the parent owns us through its children */
  GListStore *children;
  GValue     *values;
  guint       n_values;
} StRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (StRecord, st_record, G_TYPE_OBJECT)

static GQuark
null_default_quark (void)
{
  /* Asked for every column of every record made: look it up once */
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("st-record-null-default");
  return quark;
}

static GValue *
ensure_values (StRecord *self)
{
  StRecordPrivate *priv = st_record_get_instance_private (self);

  if (priv->values == NULL)
    {
      StRecordClass *klass = ST_RECORD_GET_CLASS (self);
      guint n = klass->columns ? klass->columns->len : 0;

      priv->n_values = n;
      priv->values = g_new0 (GValue, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        {
          GParamSpec *pspec = g_ptr_array_index (klass->columns, i);

          g_value_init (&priv->values[i], pspec->value_type);
          if (g_param_spec_get_qdata (pspec, null_default_quark ()) != NULL)
            g_value_set_double (&priv->values[i], NAN);
          else
            g_param_value_set_default (pspec, &priv->values[i]);
        }
    }
  return priv->values;
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

  for (guint i = 0; i < priv->n_values; i++)
    g_value_unset (&priv->values[i]);
  g_clear_pointer (&priv->values, g_free);
  g_clear_object (&priv->children);

  G_OBJECT_CLASS (st_record_parent_class)->finalize (object);
}

static void
st_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  StRecord *self = ST_RECORD (object);
  StRecordPrivate *priv = st_record_get_instance_private (self);

  ensure_values (self);
  if (prop_id == 0 || prop_id > priv->n_values)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_value_copy (&priv->values[prop_id - 1], value);
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  switch (G_VALUE_TYPE (a))
    {
    case G_TYPE_STRING:
      return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
    case G_TYPE_INT64:
      return g_value_get_int64 (a) == g_value_get_int64 (b);
    case G_TYPE_BOOLEAN:
      return g_value_get_boolean (a) == g_value_get_boolean (b);
    case G_TYPE_DOUBLE:
      {
        double x = g_value_get_double (a), y = g_value_get_double (b);
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
  GValue *values = ensure_values (self);

  g_return_if_fail (index < priv->n_values);

  if (values_equal (&values[index], value))
    return;
  g_value_copy (value, &values[index]);
  if (notify)
    g_object_notify_by_pspec (G_OBJECT (self),
                              g_ptr_array_index (ST_RECORD_GET_CLASS (self)->columns, index));
}

/* Loading: moves @value (of the column's type) into column @index without a
 * copy or a notification; @value is left unset. */
void
st_record_move_value (StRecord *self,
                      guint     index,
                      GValue   *value)
{
  StRecordPrivate *priv = st_record_get_instance_private (self);
  GValue *values = ensure_values (self);

  g_return_if_fail (index < priv->n_values);
  g_return_if_fail (G_VALUE_TYPE (value) == G_VALUE_TYPE (&values[index]));

  g_value_unset (&values[index]);
  values[index] = *value;
  memset (value, 0, sizeof *value);
}

static void
st_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  StRecord *self = ST_RECORD (object);
  StRecordPrivate *priv = st_record_get_instance_private (self);

  ensure_values (self);
  if (prop_id == 0 || prop_id > priv->n_values)
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
  g_ptr_array_add (klass->columns, g_param_spec_ref_sink (pspec));
  g_object_class_install_property (G_OBJECT_CLASS (klass), klass->columns->len, pspec);
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
  return klass->columns ? klass->columns->len : 0;
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

static const GValue *
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

const GValue *
st_record_peek_value (StRecord *self,
                      guint     index)
{
  StRecordPrivate *priv = st_record_get_instance_private (self);
  GValue *values = ensure_values (self);

  g_return_val_if_fail (index < priv->n_values, NULL);
  return &values[index];
}

const char *
st_record_get_string (StRecord   *self,
                      const char *column)
{
  const GValue *v = lookup_value (self, column, G_TYPE_STRING);
  return v ? g_value_get_string (v) : NULL;
}

gint64
st_record_get_int (StRecord   *self,
                   const char *column)
{
  const GValue *v = lookup_value (self, column, G_TYPE_INT64);
  return v ? g_value_get_int64 (v) : 0;
}

gboolean
st_record_get_boolean (StRecord   *self,
                       const char *column)
{
  const GValue *v = lookup_value (self, column, G_TYPE_BOOLEAN);
  return v ? g_value_get_boolean (v) : FALSE;
}

double
st_record_get_double (StRecord   *self,
                      const char *column)
{
  const GValue *v = lookup_value (self, column, G_TYPE_DOUBLE);
  return v ? g_value_get_double (v) : NAN;
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
