/* st-pack-pdf.c: the board pack as a PDF (cairo), page by page from the
 * shared page layout, with document metadata and a bookmark per section.
 *
 * With a second processor, pages are drawn in a second thread into cairo
 * recording surfaces (shaping the text with pango there) while the writing
 * thread replays them, in order, onto the PDF surface and lets cairo write
 * them out; when the drawing thread has not begun the next page, the
 * writing thread draws that one itself, so neither waits long on the other.
 * At most PIPELINE_DEPTH drawn pages wait at any time, so memory stays that
 * of a few pages whatever the size of the pack.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-pack-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "st-boardpack.h"
#include "st-pack-layout.h"

#define PIPELINE_DEPTH 4

typedef struct
{
  StPackProgressFunc progress;
  gpointer           user_data;
} Progress;

/* Pages drawn by the drawing thread, taken in order by the writing one. */
typedef struct
{
  StPackLayout     *layout;
  PangoFontMap     *font_map;   /* for the drawing thread, or NULL */
  GMutex            mutex;
  GCond             cond;
  cairo_surface_t **pages;      /* [n_pages]: drawn by the drawing thread, not yet taken */
  guint             n_pages;
  guint             claimed;    /* pages before this one are being drawn, or drawn */
  guint             taken;      /* pages written so far */
  gboolean          stop;
} Pipeline;

/* Laying out is the first half of the work, drawing the second. */
static void
layout_progress_cb (double   fraction,
                    gpointer data)
{
  Progress *p = data;

  if (p->progress)
    p->progress (fraction * 0.5, p->user_data);
}

static void
add_outline (cairo_surface_t *surface,
             StPackLayout    *layout)
{
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < st_pack_layout_get_n_outline (layout); i++)
    {
      const StPackOutlineEntry *entry = st_pack_layout_get_outline (layout, i);
      g_autofree char *link = NULL;
      char y[G_ASCII_DTOSTR_BUF_SIZE];
      int id;

      g_ascii_formatd (y, sizeof y, "%.1f", entry->y);
      link = g_strdup_printf ("page=%u pos=[0 %s]", entry->page + 1, y);
      id = cairo_pdf_surface_add_outline (surface, entry->level == 0 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                          entry->title, link,
                                          entry->level == 0 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
      if (entry->level == 0)
        parent = id;
    }
}

static gpointer
draw_pages_thread (gpointer data)
{
  Pipeline *p = data;
  const cairo_rectangle_t page = { 0, 0, ST_PACK_PAGE_WIDTH, ST_PACK_PAGE_HEIGHT };

  /* The layout's measuring thread loaded the fonts into this one. */
  if (p->font_map != NULL)
    pango_cairo_font_map_set_default (PANGO_CAIRO_FONT_MAP (p->font_map));

  for (;;)
    {
      cairo_surface_t *surface;
      cairo_t *cr;
      guint i;

      g_mutex_lock (&p->mutex);
      while (!p->stop && p->claimed < p->n_pages && p->claimed >= p->taken + PIPELINE_DEPTH)
        g_cond_wait (&p->cond, &p->mutex);
      if (p->stop || p->claimed >= p->n_pages)
        {
          g_mutex_unlock (&p->mutex);
          break;
        }
      i = p->claimed++;
      g_mutex_unlock (&p->mutex);

      surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &page);
      cr = cairo_create (surface);
      st_pack_layout_draw_page (p->layout, cr, i);
      cairo_destroy (cr);

      g_mutex_lock (&p->mutex);
      p->pages[i] = surface;
      g_cond_broadcast (&p->cond);
      g_mutex_unlock (&p->mutex);
    }
  return NULL;
}

/* Page @i, drawn by the drawing thread; or %NULL when that thread has not
 * begun it yet, and the writing thread is to draw it itself. */
static cairo_surface_t *
pipeline_take (Pipeline *p,
               guint     i)
{
  cairo_surface_t *surface = NULL;

  g_mutex_lock (&p->mutex);
  if (p->claimed == i)
    p->claimed++;
  else
    {
      while (p->pages[i] == NULL)
        g_cond_wait (&p->cond, &p->mutex);
      surface = g_steal_pointer (&p->pages[i]);
    }
  g_mutex_unlock (&p->mutex);
  return surface;
}

static void
pipeline_written (Pipeline *p,
                  guint     i)
{
  g_mutex_lock (&p->mutex);
  p->taken = i + 1;
  g_cond_broadcast (&p->cond);
  g_mutex_unlock (&p->mutex);
}

/* Draws every page onto @cr, each followed by cairo_show_page(); stops
 * early when @cancellable is cancelled. */
static void
draw_pages (StPackLayout       *layout,
            cairo_t            *cr,
            GCancellable       *cancellable,
            StPackProgressFunc  progress,
            gpointer            user_data)
{
  guint n_pages = st_pack_layout_get_n_pages (layout);
  Pipeline p = { 0 };
  GThread *thread;

  if (st_pack_get_max_threads () < 2 || n_pages < 2)
    {
      for (guint i = 0; i < n_pages; i++)
        {
          if (g_cancellable_is_cancelled (cancellable))
            break;
          st_pack_layout_draw_page (layout, cr, i);
          cairo_show_page (cr);
          if (progress)
            progress (0.5 + 0.5 * (i + 1) / n_pages, user_data);
        }
      return;
    }

  p.layout = layout;
  p.font_map = st_pack_layout_steal_font_map (layout);
  p.n_pages = n_pages;
  p.pages = g_new0 (cairo_surface_t *, n_pages);
  g_mutex_init (&p.mutex);
  g_cond_init (&p.cond);
  thread = g_thread_new ("pack-pages", draw_pages_thread, &p);

  for (guint i = 0; i < n_pages; i++)
    {
      cairo_surface_t *page;

      if (g_cancellable_is_cancelled (cancellable))
        break;
      page = pipeline_take (&p, i);
      if (page != NULL)
        {
          cairo_set_source_surface (cr, page, 0, 0);
          cairo_paint (cr);
          cairo_surface_destroy (page);
        }
      else
        st_pack_layout_draw_page (layout, cr, i);
      cairo_show_page (cr);
      pipeline_written (&p, i);
      if (progress)
        progress (0.5 + 0.5 * (i + 1) / n_pages, user_data);
    }

  g_mutex_lock (&p.mutex);
  p.stop = TRUE;
  g_cond_broadcast (&p.cond);
  g_mutex_unlock (&p.mutex);
  g_thread_join (thread);
  for (guint i = 0; i < n_pages; i++)
    g_clear_pointer (&p.pages[i], cairo_surface_destroy);
  g_free (p.pages);
  g_clear_object (&p.font_map);
  g_mutex_clear (&p.mutex);
  g_cond_clear (&p.cond);
}

gboolean
st_board_pack_write_pdf (StBoardPack        *self,
                         const char         *path,
                         GCancellable       *cancellable,
                         StPackProgressFunc  progress,
                         gpointer            user_data,
                         GError            **error)
{
  g_autoptr(StPackLayout) layout = NULL;
  g_autofree char *temp = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *creator = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  Progress p = { progress, user_data };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  layout = st_pack_layout_new (self, cancellable, layout_progress_cb, &p, error);
  if (layout == NULL)
    return FALSE;
  if (!(temp = st_pack_temp_file_new (path, error)))
    return FALSE;

  surface = cairo_pdf_surface_create (temp, ST_PACK_PAGE_WIDTH, ST_PACK_PAGE_HEIGHT);
  subject = st_board_pack_dup_subject (self);
  creator = g_strdup_printf ("SEND Tracker %s", PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, _("SEND; board pack; BRAG"));

  cr = cairo_create (surface);
  draw_pages (layout, cr, cancellable, progress, user_data);
  add_outline (surface, layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (temp);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_unlink (temp);
      if (status == CAIRO_STATUS_WRITE_ERROR)   /* cairo says "error while writing to output stream" */
        g_set_error (error, ST_PACK_ERROR, ST_PACK_ERROR_FAILED,
                     _("Cannot write “%s”: writing to the disk failed (the disk may be full, or the file too large for the file size limit)"),
                     display);
      else
        g_set_error (error, ST_PACK_ERROR, ST_PACK_ERROR_FAILED, _("Cannot write “%s”: %s"),
                     display, cairo_status_to_string (status));
      return FALSE;
    }
  return st_pack_temp_file_commit (temp, path, error);
}
