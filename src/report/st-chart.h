/* st-chart.h: the charts of a plan, drawn with cairo and pango.
 *
 * One drawing function per chart. Each takes a cairo context, a size in
 * user units, plain data and a style, and draws only inside
 * (0, 0, width, height). The same function draws on screen (the widget's
 * snapshot), into PNG files, into the PDF board pack and when printing, so
 * what a board sees is what the analyst saw.
 *
 *  - Draw in user units: the caller scales the context (HiDPI: scale 2 and
 *    the logical size; PDF: points). Text sizes come from the style in the
 *    same units.
 *  - Colours come from the data (the plan's BRAG colours) and from the
 *    style (foreground, background, grid), so a caller passes dark-style
 *    colours on screen and light ones on paper.
 *  - Each segment or point also carries its status letter, so a chart reads
 *    on a greyscale printer.
 *
 * The data structs are plain and public: build them with the _new()
 * functions from a plan, or fill them by hand (tests, previews).
 *
 * This API is used by the board packs; keep it stable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "st-plan.h"
#include "st-rag.h"

G_BEGIN_DECLS

#define ST_CHART_ERROR (st_chart_error_quark ())

typedef enum
{
  ST_CHART_ERROR_FAILED,   /* drawing or writing the file failed */
  ST_CHART_ERROR_INVALID,  /* a size or an argument refused */
} StChartError;

/* A colour, components 0..1. */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} StChartRgba;

typedef struct
{
  StChartRgba  foreground;   /* text, axes, outlines */
  StChartRgba  background;   /* painted first; alpha 0 leaves it transparent */
  StChartRgba  grid;         /* grid lines, tolerance band edges */
  const char  *font_family;  /* e.g. "Cantarell", "Sans"; NULL: "Sans" */
  double       font_size;    /* in user units; 0: 9 */
} StChartStyle;

/* Black on white (paper, PNG) and light on dark (dark style). The font is
 * "Sans", 9 units. */
void      st_chart_style_init_light (StChartStyle      *style);
void      st_chart_style_init_dark  (StChartStyle      *style);

/* Parses "#RRGGBB"; FALSE (and opaque black) when it is not one. */
gboolean  st_chart_rgba_parse       (const char        *text,
                                     StChartRgba       *rgba);

/* The five statuses as the plan shows them. */
typedef struct
{
  StChartRgba  colours[ST_N_STATUSES];
  char        *letters[ST_N_STATUSES];
  char        *labels[ST_N_STATUSES];
} StChartStatuses;

void      st_chart_statuses_init    (StChartStatuses   *statuses,
                                     StPlan            *plan);
void      st_chart_statuses_clear   (StChartStatuses   *statuses);

/* Progress over time ----------------------------------------------------- */

typedef struct
{
  char   *label;                    /* the period's label, "Jan 23" */
  guint   counts[ST_N_STATUSES];    /* actions per status */
  guint   unrated;                  /* actions with no rating */
  guint   n_actions;                /* all actions, rated or not */
} StProgressPeriod;

typedef struct
{
  char             *title;      /* drawn above the chart; NULL or "" for none */
  gboolean          shares;     /* bars of percentages of n_actions, not counts */
  StChartStatuses   statuses;
  guint             n_periods;
  StProgressPeriod *periods;    /* in reporting order */
} StProgressData;

/* @area: (nullable): one priority area, or NULL for the whole plan.
 * Counts come from the ratings of every reporting period of @plan. The title
 * is "Progress over time: all priority areas" or "… priority area N". */
StProgressData *st_progress_data_new  (StPlan               *plan,
                                       StArea               *area,
                                       gboolean              shares);
void            st_progress_data_free (StProgressData       *data);

/* One stacked bar per period, Blue at the bottom to Grey at the top, then
 * actions not rated (outlined only). Each segment is labelled "G 12" (or
 * "G 16.0%") where the label fits, the total above each bar, a y axis of
 * actions (or % of actions), period labels below, a legend of letter,
 * colour and label. */
void            st_chart_draw_progress (cairo_t              *cr,
                                        double                width,
                                        double                height,
                                        const StProgressData *data,
                                        const StChartStyle   *style);

/* A measure's trend and sparkline ---------------------------------------- */

typedef struct
{
  int     month;       /* see st_month_make() */
  double  value;
  double  target;      /* the target stored with the value; NAN: none */
  double  band_low;    /* the Amber band (target and tolerance stored with */
  double  band_high;   /*   the value); NAN: none */
  StRag   rag;         /* rated by what was stored with the value */
} StTrendPoint;

typedef struct
{
  char         *title;           /* NULL or "" for none */
  char         *unit;            /* "percent", "number" or "days" */
  StPolarity    polarity;        /* the measure's current polarity */
  double        baseline_value;  /* NAN: none */
  int           baseline_month;  /* ST_MONTH_NONE: none */
  StChartRgba   rag_colours[ST_N_RAGS];   /* by StRag */
  char         *rag_letters[ST_N_RAGS];
  char         *rag_labels[ST_N_RAGS];
  guint         n_points;
  StTrendPoint *points;          /* by month, oldest first */
} StTrendData;

/* The values of @measure in months from @first_month to @last_month
 * (ST_MONTH_NONE: no limit), rated with what was stored with each. RAG
 * colours are the plan's Green, Amber, Red and Grey. */
StTrendData    *st_trend_data_new     (StPlan               *plan,
                                       StMeasure            *measure,
                                       int                   first_month,
                                       int                   last_month);
/* The last @n values at or before @last_month (ST_MONTH_NONE: any). */
StTrendData    *st_trend_data_new_last (StPlan              *plan,
                                        StMeasure           *measure,
                                        int                  last_month,
                                        guint                n);
void            st_trend_data_free    (StTrendData          *data);

/* Values over time: a line through the values, each point a marker in its
 * RAG colour with its letter; the target as a step line following the target
 * stored with each value (a changed target shows as a step), the tolerance
 * band shaded behind it, the baseline as a dashed line; month labels below,
 * a value axis with units, and a legend. */
void            st_chart_draw_trend   (cairo_t              *cr,
                                       double                width,
                                       double                height,
                                       const StTrendData    *data,
                                       const StChartStyle   *style);

/* A sparkline for a table row: the values as a line, the latest target as a
 * faint dashed line, and the last point as a dot in its RAG colour. No text;
 * a couple of units of padding. */
void            st_chart_draw_sparkline (cairo_t            *cr,
                                         double              width,
                                         double              height,
                                         const StTrendData  *data,
                                         const StChartStyle *style);

/* Writing PNG files ------------------------------------------------------ */

/* The common shape of the drawing functions, for st_chart_write_png(). */
typedef void (*StChartDrawFunc) (cairo_t            *cr,
                                 double              width,
                                 double              height,
                                 gconstpointer       data,
                                 const StChartStyle *style);

/* st_chart_draw_progress() as a StChartDrawFunc. */
void            st_chart_progress_func (cairo_t            *cr,
                                        double              width,
                                        double              height,
                                        gconstpointer       data,
                                        const StChartStyle *style);

void            st_chart_trend_func    (cairo_t            *cr,
                                        double              width,
                                        double              height,
                                        gconstpointer       data,
                                        const StChartStyle *style);
void            st_chart_sparkline_func (cairo_t           *cr,
                                        double              width,
                                        double              height,
                                        gconstpointer       data,
                                        const StChartStyle *style);

/* Draws a chart of @width × @height user units at @scale (1 = one pixel per
 * unit; 2 for a HiDPI image of the same layout) into a PNG written atomically
 * (temporary file, then renamed over @path). */
gboolean        st_chart_write_png     (const char         *path,
                                        int                 width,
                                        int                 height,
                                        double              scale,
                                        StChartDrawFunc     draw,
                                        gconstpointer       data,
                                        const StChartStyle *style,
                                        GError            **error);

GQuark          st_chart_error_quark   (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StProgressData, st_progress_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StTrendData, st_trend_data_free)

G_END_DECLS
