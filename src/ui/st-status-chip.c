/* st-status-chip.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-status-chip"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "st-status-chip.h"
#include "st-ui-util.h"

struct _StStatusChip
{
  GtkWidget     parent_instance;

  GtkLabel     *label;
  StStatusInfo *info;
  GdkRGBA       background;
  gboolean      show_label;
};

G_DEFINE_FINAL_TYPE (StStatusChip, st_status_chip, GTK_TYPE_WIDGET)

/* WCAG relative luminance; dark text when it gives the better contrast. */
static double
channel (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

gboolean
st_colour_wants_dark_text (const char *colour)
{
  GdkRGBA rgba;
  double l;

  if (colour == NULL || !gdk_rgba_parse (&rgba, colour))
    return TRUE;
  l = 0.2126 * channel (rgba.red) + 0.7152 * channel (rgba.green) + 0.0722 * channel (rgba.blue);
  /* contrast with black (l + 0.05) / 0.05 against white 1.05 / (l + 0.05) */
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05);
}

static void
info_notify_cb (StStatusChip *self)
{
  st_status_chip_set_info (self, self->info);
}

static void
update (StStatusChip *self)
{
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  g_autofree char *text = NULL;
  const char *letter, *label, *colour, *definition;
  g_autofree char *accessible = NULL;

  if (self->info == NULL)
    {
      gtk_label_set_text (self->label, self->show_label ? _("–  Not rated") : "–");
      gtk_label_set_attributes (self->label, NULL);
      gtk_widget_add_css_class (GTK_WIDGET (self), "unrated");
      st_ui_set_tooltip (GTK_WIDGET (self), _("Not rated"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Not rated"), -1);
      self->background.alpha = 0;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self), "unrated");
  letter = st_record_get_string (ST_RECORD (self->info), "letter");
  label = st_record_get_string (ST_RECORD (self->info), "label");
  colour = st_record_get_string (ST_RECORD (self->info), "colour");
  definition = st_record_get_string (ST_RECORD (self->info), "definition");

  if (!gdk_rgba_parse (&self->background, colour ? colour : "#cccccc"))
    gdk_rgba_parse (&self->background, "#cccccc");

  if (self->show_label)
    text = g_strdup_printf ("%s  %s", letter, label);
  else
    text = g_strdup (letter);
  gtk_label_set_text (self->label, text);

  if (st_colour_wants_dark_text (colour))
    pango_attr_list_insert (attrs, pango_attr_foreground_new (0x1e1e, 0x1e1e, 0x1e1e));
  else
    pango_attr_list_insert (attrs, pango_attr_foreground_new (0xffff, 0xffff, 0xffff));
  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  gtk_label_set_attributes (self->label, attrs);

  if (definition != NULL && *definition != '\0')
    accessible = g_strdup_printf ("%s: %s", label, definition);
  else
    accessible = g_strdup (label);
  st_ui_set_tooltip (GTK_WIDGET (self), accessible);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
st_status_chip_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  StStatusChip *self = ST_STATUS_CHIP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (self->background.alpha > 0)
    {
      GskRoundedRect rect;
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
      GdkRGBA border = { 0, 0, 0, 0.18 };
      float widths[4] = { 1, 1, 1, 1 };
      GdkRGBA borders[4] = { border, border, border, border };

      gsk_rounded_rect_init_from_rect (&rect, &bounds, MIN (6.f, height / 2.f));
      gtk_snapshot_push_rounded_clip (snapshot, &rect);
      gtk_snapshot_append_color (snapshot, &self->background, &bounds);
      gtk_snapshot_pop (snapshot);
      gtk_snapshot_append_border (snapshot, &rect, widths, borders);
    }
  GTK_WIDGET_CLASS (st_status_chip_parent_class)->snapshot (widget, snapshot);
}

static void
st_status_chip_dispose (GObject *object)
{
  StStatusChip *self = ST_STATUS_CHIP (object);

  if (self->info != NULL)
    g_signal_handlers_disconnect_by_func (self->info, info_notify_cb, self);
  g_clear_object (&self->info);
  if (self->label != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->label));
      self->label = NULL;
    }
  G_OBJECT_CLASS (st_status_chip_parent_class)->dispose (object);
}

static void
st_status_chip_class_init (StStatusChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = st_status_chip_dispose;
  widget_class->snapshot = st_status_chip_snapshot;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "statuschip");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
st_status_chip_init (StStatusChip *self)
{
  self->label = GTK_LABEL (gtk_label_new ("–"));
  gtk_widget_set_margin_start (GTK_WIDGET (self->label), 7);
  gtk_widget_set_margin_end (GTK_WIDGET (self->label), 7);
  gtk_widget_set_margin_top (GTK_WIDGET (self->label), 1);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->label), 1);
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  update (self);
}

GtkWidget *
st_status_chip_new (void)
{
  return g_object_new (ST_TYPE_STATUS_CHIP, NULL);
}

void
st_status_chip_set_info (StStatusChip *self,
                         StStatusInfo *info)
{
  g_return_if_fail (ST_IS_STATUS_CHIP (self));
  g_return_if_fail (info == NULL || ST_IS_STATUS_INFO (info));

  if (info != self->info)
    {
      if (self->info != NULL)
        g_signal_handlers_disconnect_by_func (self->info, info_notify_cb, self);
      g_set_object (&self->info, info);
      if (info != NULL)
        g_signal_connect_swapped (info, "notify", G_CALLBACK (info_notify_cb), self);
    }
  update (self);
}

StStatusInfo *
st_status_chip_get_info (StStatusChip *self)
{
  g_return_val_if_fail (ST_IS_STATUS_CHIP (self), NULL);
  return self->info;
}

void
st_status_chip_set_show_label (StStatusChip *self,
                               gboolean      show_label)
{
  g_return_if_fail (ST_IS_STATUS_CHIP (self));
  self->show_label = !!show_label;
  update (self);
}
