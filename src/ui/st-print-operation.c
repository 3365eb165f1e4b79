/* st-print-operation.c: a GtkPrintOperation that paginates the board pack
 * with st-pack-layout.c and draws each page with st_pack_layout_draw_page(),
 * the function the PDF writer uses, so the printout is the PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-print-operation"

#include "config.h"

#include <glib/gi18n.h>

#include "st-pack-layout.h"
#include "st-print-operation.h"

struct _StPrintOperation
{
  GtkPrintOperation  parent_instance;

  StBoardPack       *pack;
  StPackLayout      *layout;
};

G_DEFINE_FINAL_TYPE (StPrintOperation, st_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
st_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  StPrintOperation *self = ST_PRINT_OPERATION (operation);

  g_clear_pointer (&self->layout, st_pack_layout_free);
}

static gboolean
st_print_operation_paginate (GtkPrintOperation *operation,
                             GtkPrintContext   *context)
{
  StPrintOperation *self = ST_PRINT_OPERATION (operation);
  g_autoptr(GError) error = NULL;

  if (self->layout == NULL)
    {
      self->layout = st_pack_layout_new (self->pack, NULL, NULL, NULL, &error);
      if (self->layout == NULL)
        {
          g_warning ("Cannot lay out the board pack: %s", error->message);
          gtk_print_operation_cancel (operation);
          return TRUE;
        }
      gtk_print_operation_set_n_pages (operation, st_pack_layout_get_n_pages (self->layout));
    }
  return TRUE;
}

static void
st_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  StPrintOperation *self = ST_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double scale;

  g_return_if_fail (self->layout != NULL);

  /* The layout is A4 landscape in points; on other paper it is scaled to
   * fit and centred. */
  scale = MIN (width / ST_PACK_PAGE_WIDTH, height / ST_PACK_PAGE_HEIGHT);
  cairo_save (cr);
  cairo_translate (cr, (width - ST_PACK_PAGE_WIDTH * scale) / 2, (height - ST_PACK_PAGE_HEIGHT * scale) / 2);
  cairo_scale (cr, scale, scale);
  st_pack_layout_draw_page (self->layout, cr, page_nr);
  cairo_restore (cr);
}

static void
st_print_operation_end_print (GtkPrintOperation *operation,
                              GtkPrintContext   *context)
{
  StPrintOperation *self = ST_PRINT_OPERATION (operation);

  g_clear_pointer (&self->layout, st_pack_layout_free);
}

static void
st_print_operation_finalize (GObject *object)
{
  StPrintOperation *self = ST_PRINT_OPERATION (object);

  g_clear_pointer (&self->layout, st_pack_layout_free);
  g_clear_pointer (&self->pack, st_board_pack_unref);
  G_OBJECT_CLASS (st_print_operation_parent_class)->finalize (object);
}

static void
st_print_operation_class_init (StPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = st_print_operation_finalize;
  operation_class->begin_print = st_print_operation_begin_print;
  operation_class->paginate = st_print_operation_paginate;
  operation_class->draw_page = st_print_operation_draw_page;
  operation_class->end_print = st_print_operation_end_print;
}

static void
st_print_operation_init (StPrintOperation *self)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  /* The layout has its own margins, header and footer. */
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (self), TRUE);
}

StPrintOperation *
st_print_operation_new (StBoardPack *pack)
{
  StPrintOperation *self;
  g_autofree char *job = NULL;

  g_return_val_if_fail (pack != NULL, NULL);

  self = g_object_new (ST_TYPE_PRINT_OPERATION, NULL);
  self->pack = st_board_pack_ref (pack);
  job = g_strdup_printf (_("%s – board pack %s"), pack->title, pack->period_label);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job);
  return self;
}

/* The number of pages of the last pagination, 0 before. */
guint
st_print_operation_get_n_pages (StPrintOperation *self)
{
  int n = 0;

  g_return_val_if_fail (ST_IS_PRINT_OPERATION (self), 0);
  g_object_get (self, "n-pages", &n, NULL);
  return n > 0 ? (guint) n : 0;
}
