/* st-ui-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-ui"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "st-ui-util.h"
#include "st-window.h"

void
st_ui_toast (GtkWidget  *widget,
             const char *message)
{
  GtkRoot *root = widget ? gtk_widget_get_root (widget) : NULL;

  if (root != NULL && ST_IS_WINDOW (root))
    st_window_add_toast (ST_WINDOW (root), message);
  else
    g_message ("%s", message);
}

void
st_ui_toast_error (GtkWidget    *widget,
                   const GError *error)
{
  st_ui_toast (widget, error->message);
}

const char *
st_ui_type_name (GType type)
{
  if (type == ST_TYPE_AREA) return _("Priority Area");
  if (type == ST_TYPE_SUB_ACTION) return _("Sub-action");
  if (type == ST_TYPE_ACTION) return _("Action");
  if (type == ST_TYPE_PERIOD) return _("Reporting Period");
  if (type == ST_TYPE_OUTCOME) return _("Outcome");
  if (type == ST_TYPE_OUTCOME_ITEM) return _("Indicator or Measure");
  if (type == ST_TYPE_DEVELOPMENT_AREA) return _("Area for Development");
  if (type == ST_TYPE_BOARD) return _("Board or Group");
  if (type == ST_TYPE_STRATEGY) return _("Strategy");
  if (type == ST_TYPE_PERSON) return _("Person");
  if (type == ST_TYPE_MEASURE) return _("Measure");
  if (type == ST_TYPE_VOICE) return _("Voices Priority");
  if (type == ST_TYPE_STATUS_INFO) return _("Rating");
  if (type == ST_TYPE_PLAN_INFO) return _("Plan");
  return _("Item");
}

char *
st_ui_describe_record (StRecord *record)
{
  StRecord *r = record;

  if (ST_IS_AREA (r))
    return g_strdup_printf (_("area %s"), st_record_get_string (r, "number"));
  if (ST_IS_SUB_ACTION (r))
    return g_strdup_printf (_("sub-action %s"), st_record_get_string (r, "ref"));
  if (ST_IS_ACTION (r))
    return g_strdup_printf (_("action %s"), st_record_get_string (r, "ref"));
  if (ST_IS_MEASURE (r))
    return g_strdup_printf (_("measure %s"), st_record_get_string (r, "ref"));
  if (ST_IS_PERIOD (r))
    return g_strdup_printf (_("period “%s”"), st_record_get_string (r, "label"));
  if (ST_IS_OUTCOME (r))
    return g_strdup_printf (_("outcome “%s”"), st_record_get_string (r, "name"));
  if (ST_IS_BOARD (r))
    return g_strdup_printf (_("“%s”"), st_record_get_string (r, "name"));
  if (ST_IS_PERSON (r))
    return g_strdup_printf (_("“%s”"), st_record_get_string (r, "name"));
  if (ST_IS_STRATEGY (r))
    return g_strdup_printf (_("strategy “%s”"), st_record_get_string (r, "name"));
  if (ST_IS_DEVELOPMENT_AREA (r))
    return g_strdup_printf (_("area for development “%s”"), st_record_get_string (r, "title"));
  if (ST_IS_OUTCOME_ITEM (r))
    return g_strdup_printf (_("“%s”"), st_record_get_string (r, "text"));
  return g_strdup (_("this item"));
}

static void
stack_visible_child_cb (GtkStack *stack)
{
  GtkWidget *visible = gtk_stack_get_visible_child (stack);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack)); child;
       child = gtk_widget_get_next_sibling (child))
    {
      gtk_widget_set_can_focus (child, child == visible);
      gtk_widget_set_sensitive (child, child == visible);
      if (child != visible)
        {
          GtkRoot *root = gtk_widget_get_root (child);
          GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

          /* forget the hidden page's focus, or Tab would come back into it */
          if (focus != NULL && gtk_widget_is_ancestor (focus, child))
            gtk_root_set_focus (root, NULL);
          for (GtkWidget *w = child; w != NULL; w = gtk_widget_get_focus_child (w))
            if (gtk_widget_get_focus_child (w) != NULL && w != child)
              gtk_widget_set_focus_child (w, NULL);
        }
    }
  if (gtk_widget_get_focus_child (GTK_WIDGET (stack)) != visible)
    gtk_widget_set_focus_child (GTK_WIDGET (stack), NULL);
}

/* Tooltips ------------------------------------------------------------------- */

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), "st-tooltip");

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
st_ui_set_tooltip (GtkWidget  *widget,
                   const char *text)
{
  const char *old;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (text != NULL && *text == '\0')
    text = NULL;
  old = g_object_get_data (G_OBJECT (widget), "st-tooltip");
  if (g_strcmp0 (old, text) == 0)
    return;
  if (g_object_get_data (G_OBJECT (widget), "st-tooltip-handler") == NULL)
    {
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
      g_object_set_data (G_OBJECT (widget), "st-tooltip-handler", GINT_TO_POINTER (1));
    }
  g_object_set_data_full (G_OBJECT (widget), "st-tooltip", g_strdup (text), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  gtk_widget_set_has_tooltip (widget, text != NULL);
}

void
st_ui_stack_focus_visible_only (GtkStack *stack)
{
  g_signal_connect (stack, "notify::visible-child", G_CALLBACK (stack_visible_child_cb), NULL);
  stack_visible_child_cb (stack);
}

gboolean
st_ui_text_matches (const char *haystack,
                    const char *needle_folded)
{
  g_autofree char *folded = NULL;

  if (needle_folded == NULL || *needle_folded == '\0')
    return TRUE;
  if (haystack == NULL || *haystack == '\0')
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle_folded) != NULL;
}

/* Inserting ------------------------------------------------------------------ */

static GType
parent_type_of (GType type)
{
  if (type == ST_TYPE_SUB_ACTION) return ST_TYPE_AREA;
  if (type == ST_TYPE_ACTION) return ST_TYPE_SUB_ACTION;
  if (type == ST_TYPE_OUTCOME_ITEM) return ST_TYPE_OUTCOME;
  return G_TYPE_NONE;
}

/* Where a new @type goes near @selected: *parent and *position. */
static gboolean
find_place (GType      type,
            StRecord  *selected,
            StRecord **parent,
            int       *position)
{
  GType parent_type = parent_type_of (type);

  *parent = NULL;
  *position = -1;

  /* a sibling of the selection or of one of its ancestors */
  for (StRecord *r = selected; r != NULL; r = st_record_get_parent (r))
    if (G_OBJECT_TYPE (r) == type)
      {
        *parent = st_record_get_parent (r);
        *position = (int) st_record_get_position (r) + 1;
        if (*parent == NULL)
          *position = -1;   /* top-level lists: position among siblings */
        return TRUE;
      }

  if (parent_type == G_TYPE_NONE)
    return TRUE;   /* top level, at the end */

  /* the last child of the selection or of one of its ancestors */
  for (StRecord *r = selected; r != NULL; r = st_record_get_parent (r))
    if (G_OBJECT_TYPE (r) == parent_type)
      {
        *parent = r;
        return TRUE;
      }
  return FALSE;
}

gboolean
st_ui_can_insert_near (GType     type,
                       StRecord *selected)
{
  StRecord *parent;
  int position;

  return find_place (type, selected, &parent, &position);
}

static guint
list_position (StPlan   *plan,
               StRecord *record)
{
  GListModel *list = st_plan_get_list (plan, G_OBJECT_TYPE (record));
  guint n = list ? g_list_model_get_n_items (list) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StRecord) item = g_list_model_get_item (list, i);
      if (item == record)
        return i;
    }
  return G_MAXUINT;
}

StRecord *
st_ui_insert_near (StPlan    *plan,
                   GType      type,
                   StRecord  *selected,
                   GError   **error)
{
  StRecord *parent = NULL;
  int position = -1;
  guint n;

  if (!find_place (type, selected, &parent, &position))
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID,
                   _("Select where the new item belongs first"));
      return NULL;
    }

  /* top-level: after the selected one of the same type */
  if (parent == NULL)
    for (StRecord *r = selected; r != NULL; r = st_record_get_parent (r))
      if (G_OBJECT_TYPE (r) == type)
        {
          guint p = list_position (plan, r);
          if (p != G_MAXUINT)
            position = p + 1;
          break;
        }

  n = parent ? g_list_model_get_n_items (st_record_get_children (parent))
             : g_list_model_get_n_items (st_plan_get_list (plan, type));

  /* References and names must be unique for some tables: try numbers until one is free. */
  for (guint attempt = 1; attempt < 200; attempt++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *ref = NULL;
      StRecord *record = NULL;
      guint k = n + attempt;

      if (type == ST_TYPE_AREA)
        {
          ref = g_strdup_printf ("%u", k);
          record = st_plan_insert (plan, type, NULL, position, &local_error,
                                   "number", ref, "title", _("New priority area"), NULL);
        }
      else if (type == ST_TYPE_SUB_ACTION)
        {
          ref = g_strdup_printf ("%s.%u", st_record_get_string (parent, "number"), k);
          record = st_plan_insert (plan, type, parent, position, &local_error,
                                   "ref", ref, "text", _("New sub-action"), NULL);
        }
      else if (type == ST_TYPE_ACTION)
        {
          ref = g_strdup_printf ("%s.%u", st_record_get_string (parent, "ref"), k);
          record = st_plan_insert (plan, type, parent, position, &local_error,
                                   "ref", ref, "text", _("New action"), NULL);
        }
      else if (type == ST_TYPE_PERIOD)
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();
          g_autoptr(GDate) date = g_date_new_dmy (1, g_date_time_get_month (now), g_date_time_get_year (now));
          char end[16];

          g_date_add_months (date, attempt - 1);
          g_date_set_day (date, g_date_get_days_in_month (g_date_get_month (date), g_date_get_year (date)));
          g_date_strftime (end, sizeof end, "%Y-%m-%d", date);
          ref = g_strdup_printf (_("New period %u"), k);
          record = st_plan_insert (plan, type, NULL, position, &local_error,
                                   "label", ref, "end-date", end, NULL);
        }
      else if (type == ST_TYPE_MEASURE)
        {
          ref = g_strdup_printf ("M%u", k);
          record = st_plan_insert (plan, type, NULL, position, &local_error,
                                   "ref", ref, "title", _("New measure"), NULL);
        }
      else if (type == ST_TYPE_OUTCOME)
        record = st_plan_insert (plan, type, NULL, position, &local_error,
                                 "name", _("New outcome"), NULL);
      else if (type == ST_TYPE_OUTCOME_ITEM)
        record = st_plan_insert (plan, type, parent, position, &local_error,
                                 "kind", "indicator", "text", _("New indicator"), NULL);
      else if (type == ST_TYPE_DEVELOPMENT_AREA)
        record = st_plan_insert (plan, type, NULL, position, &local_error,
                                 "title", _("New area for development"), NULL);
      else if (type == ST_TYPE_BOARD)
        {
          gint64 reports_to = 0;
          if (selected != NULL && ST_IS_BOARD (selected))
            reports_to = st_record_get_int (selected, "reports-to");
          record = st_plan_insert (plan, type, NULL, position, &local_error,
                                   "name", _("New board"), "reports-to", reports_to, NULL);
        }
      else if (type == ST_TYPE_STRATEGY)
        record = st_plan_insert (plan, type, NULL, position, &local_error,
                                 "name", _("New strategy"), NULL);
      else if (type == ST_TYPE_PERSON)
        record = st_plan_insert (plan, type, NULL, position, &local_error,
                                 "name", _("New person"), NULL);
      else if (type == ST_TYPE_VOICE)
        record = st_plan_insert (plan, type, NULL, position, &local_error,
                                 "kind", "priority", "text", _("New priority"), NULL);
      else
        g_return_val_if_reached (NULL);

      if (record != NULL)
        return record;
      /* a taken reference: try the next number; anything else is final */
      if (ref == NULL || !g_error_matches (local_error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
  g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID, _("No free reference was found"));
  return NULL;
}

/* Deleting ------------------------------------------------------------------- */

typedef struct
{
  guint sub_actions, actions, ratings, items;
} Counts;

static void
count_under (StRecord *record,
             Counts   *counts)
{
  GListModel *children = st_record_get_children (record);

  if (ST_IS_ACTION (record))
    counts->ratings += st_action_get_n_ratings (ST_ACTION (record));
  if (children == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(StRecord) child = g_list_model_get_item (children, i);

      if (ST_IS_SUB_ACTION (child))
        counts->sub_actions++;
      else if (ST_IS_ACTION (child))
        counts->actions++;
      else
        counts->items++;
      count_under (child, counts);
    }
}

char *
st_ui_delete_question (StPlan   *plan,
                       StRecord *record)
{
  g_autofree char *what = st_ui_describe_record (record);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) list = g_string_new (NULL);
  Counts counts = { 0 };

  count_under (record, &counts);
  if (ST_IS_PERIOD (record))
    {
      GListModel *areas = st_plan_get_areas (plan);
      gint64 id = st_record_get_id (record);

      for (guint a = 0; a < g_list_model_get_n_items (areas); a++)
        {
          g_autoptr(StRecord) area = g_list_model_get_item (areas, a);
          GListModel *subs = st_record_get_children (area);
          for (guint s = 0; s < g_list_model_get_n_items (subs); s++)
            {
              g_autoptr(StRecord) sub = g_list_model_get_item (subs, s);
              GListModel *actions = st_record_get_children (sub);
              for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
                {
                  g_autoptr(StAction) action = g_list_model_get_item (actions, i);
                  if (st_action_get_rating (action, id) != NULL)
                    counts.ratings++;
                }
            }
        }
    }

  if (counts.sub_actions)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sub-action", "%u sub-actions",
                                                          counts.sub_actions), counts.sub_actions));
  if (counts.actions)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u action", "%u actions",
                                                          counts.actions), counts.actions));
  if (counts.items)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u indicator or measure",
                                                          "%u indicators and measures", counts.items),
                                             counts.items));
  if (counts.ratings)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rating", "%u ratings",
                                                          counts.ratings), counts.ratings));
  if (parts->len == 0)
    return NULL;

  for (guint i = 0; i < parts->len; i++)
    {
      if (i > 0)
        g_string_append (list, i + 1 == parts->len ? _(" and ") : _(", "));
      g_string_append (list, g_ptr_array_index (parts, i));
    }
  /* Translators: "Delete area 1 and its 6 sub-actions and 24 actions?" */
  return g_strdup_printf (_("Delete %s and its %s?"), what, list->str);
}

typedef struct
{
  GtkWidget *widget;
  StPlan    *plan;
  StRecord  *record;
} DeleteData;

static void
delete_data_free (DeleteData *data)
{
  g_clear_object (&data->widget);
  g_clear_object (&data->plan);
  g_clear_object (&data->record);
  g_free (data);
}

static void
do_delete (GtkWidget *widget,
           StPlan    *plan,
           StRecord  *record)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *what = st_ui_describe_record (record);

  if (!st_plan_delete (plan, record, &error))
    st_ui_toast_error (widget, error);
  else
    {
      g_autofree char *message = g_strdup_printf (_("Deleted %s"), what);
      st_ui_toast (widget, message);
    }
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    DeleteData       *data)
{
  if (g_strcmp0 (response, "delete") == 0)
    do_delete (data->widget, data->plan, data->record);
  delete_data_free (data);
}

void
st_ui_delete_with_confirmation (GtkWidget *widget,
                                StPlan    *plan,
                                StRecord  *record)
{
  g_autofree char *question = NULL;
  DeleteData *data;
  GtkWidget *dialog;

  g_return_if_fail (ST_IS_PLAN (plan));
  g_return_if_fail (ST_IS_RECORD (record));

  question = st_ui_delete_question (plan, record);
  if (question == NULL)
    {
      do_delete (widget, plan, record);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), question,
                                   _("You can bring it all back with Undo."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  data = g_new0 (DeleteData, 1);
  data->widget = g_object_ref (widget);
  data->plan = g_object_ref (plan);
  data->record = g_object_ref (record);
  g_signal_connect (dialog, "response", G_CALLBACK (delete_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
st_ui_move (GtkWidget *widget,
            StPlan    *plan,
            StRecord  *record,
            int        delta)
{
  g_autoptr(GError) error = NULL;
  StRecord *parent = st_record_get_parent (record);
  guint position = parent ? st_record_get_position (record) : list_position (plan, record);

  if (position == G_MAXUINT || ((int) position + delta) < 0)
    return;
  if (!st_plan_move (plan, record, position + delta, &error))
    st_ui_toast_error (widget, error);
}
