/* st-boardpack.h: the board pack of a plan for one reporting period.
 *
 * The pack is composed once from the plan (st_board_pack_new()) into plain
 * data: strings, numbers and arrays, with no reference to the plan's
 * records. The writers (XLSX in st-pack-xlsx.c, PDF through the page layout
 * of st-pack-layout.c, printing in the UI) only read it, so an export can run
 * in a worker thread while the plan goes on changing in the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "st-chart.h"
#include "st-plan.h"
#include "st-rag.h"
#include "st-summary.h"

G_BEGIN_DECLS

#define ST_PACK_ERROR (st_pack_error_quark ())

typedef enum
{
  ST_PACK_ERROR_FAILED,        /* could not write the file */
  ST_PACK_ERROR_INVALID,       /* bad arguments: no period, unknown section */
} StPackError;

/* The sections, in the order they appear in the pack. */
typedef enum
{
  ST_PACK_COVER      = 1 << 0,
  ST_PACK_KEY        = 1 << 1,
  ST_PACK_PROGRESS   = 1 << 2,
  ST_PACK_SUMMARY    = 1 << 3,
  ST_PACK_AREAS      = 1 << 4,
  ST_PACK_EXCEPTIONS = 1 << 5,
  ST_PACK_SCORECARD  = 1 << 6,
  ST_PACK_STRATEGY   = 1 << 7,
} StPackSections;

#define ST_PACK_N_SECTIONS 8
#define ST_PACK_ALL_SECTIONS ((StPackSections) ((1 << ST_PACK_N_SECTIONS) - 1))

typedef struct
{
  GDateTime  *produced;            /* NULL: now */
  const char *author;              /* NULL: the user's real name */
  gboolean    progress_per_area;   /* a progress chart for each area too */
} StPackOptions;

typedef struct
{
  StStatus  status;
  char     *letter;
  char     *label;
  char     *definition;
  char     *colour;                /* "#RRGGBB" */
  double    rgb[3];                /* the colour, 0..1 */
  gboolean  dark;                  /* white text reads better on it */
} StPackStatus;

/* Counts of one reporting period, for the progress chart. */
typedef struct
{
  char  *label;
  guint  counts[ST_N_STATUSES];
  guint  unrated;
  guint  n_actions;
} StPackPeriodCounts;

typedef enum
{
  ST_PACK_ROW_SUB_ACTION,          /* a heading: ref and text only */
  ST_PACK_ROW_ACTION,
} StPackRowKind;

typedef struct
{
  StPackRowKind  kind;
  char          *area_number;
  char          *ref;
  char          *text;
  int            target_month;     /* ST_MONTH_NONE: none */
  char          *target_text;      /* free text, "" when none */
  char          *target_display;   /* "Jul 2022", "Jul 2022; Ongoing", "Ongoing" */
  char          *owner;
  StStatus       previous;         /* ST_STATUS_NONE: not rated or no previous period */
  StStatus       current;
  char          *commentary;       /* this period's */
  char          *measure_refs;
  gboolean       evidence;
  gboolean       overdue;
} StPackRow;

typedef struct
{
  char            *number;
  char            *title;
  StSummaryCounts  counts;
  GPtrArray       *rows;           /* StPackRow: sub-action headings and actions, in order */
  GArray          *progress;       /* StPackPeriodCounts, one per period up to this one */
} StPackArea;

typedef struct
{
  char        *ref;
  char        *title;
  char        *unit;               /* "percent", "number", "days" */
  char        *frequency;
  StPolarity   polarity;
  double       baseline;           /* NAN: none */
  char        *baseline_date;      /* "", or as entered */
  double       target;             /* NAN: none */
  double       tolerance;
  StToleranceKind tolerance_kind;
  double       latest;             /* NAN: no value by the period's end */
  int          latest_month;
  StRag        rag;                /* of the latest value, by what was stored with it */
  StDirection  direction;          /* against the value before it */
  char        *cited_by;           /* refs of the actions citing it, ", "-separated */
  /* As shown: "88.4%", "31 days", "10% of target" */
  char        *baseline_text;
  char        *target_text;
  char        *tolerance_text;
  char        *latest_text;
  StTrendData *trend;              /* the last values by the period's end, for the sparkline */
} StPackMeasure;

typedef struct
{
  char      *text;
  char      *measure_ref;
  gboolean   in_development;
} StPackOutcomeItem;

typedef struct
{
  char      *name;
  char      *statement;
  GPtrArray *indicators;           /* StPackOutcomeItem */
  GPtrArray *measures;             /* StPackOutcomeItem */
} StPackOutcome;

typedef struct
{
  char *title;
  char *oversight;
  char *responsible;
} StPackDevelopment;

typedef struct
{
  char *name;
  char *kind;                      /* "board" or "group" */
  char *reports_to;                /* "" when none */
  char *cadence;
  char *description;
  char *strategies;                /* the strategies it is accountable for, "; "-separated */
} StPackBoard;

typedef struct _StBoardPack StBoardPack;

struct _StBoardPack
{
  gatomicrefcount  ref_count;
  StPackSections   sections;

  /* cover */
  char            *title;
  char            *local_area;
  char            *description;
  char            *purpose;         /* what the pack is for, one paragraph */
  char            *period_label;
  char            *previous_label;  /* NULL when this is the first period */
  int              period_end_month;
  char            *produced;        /* "23 November 2026" */
  char            *author;

  StPackStatus     statuses[ST_N_STATUSES];

  /* summary, progress, BRAG on a page */
  StSummaryCounts  overall;
  GArray          *progress;        /* StPackPeriodCounts: overall, one per period up to this one */
  GPtrArray       *areas;           /* StPackArea */
  gboolean         progress_per_area;

  GPtrArray       *exceptions;      /* StPackRow (owned by the areas): amber, red or overdue */

  GPtrArray       *measures;        /* StPackMeasure */
  guint            rag_counts[ST_N_RAGS];
  char            *missing_refs;    /* refs cited by actions but not in the scorecard, ", "-separated */

  GPtrArray       *outcomes;        /* StPackOutcome */
  GPtrArray       *development;     /* StPackDevelopment */
  GPtrArray       *boards;          /* StPackBoard */
};

/* Reports progress of a long export, from 0 to 1. Called in the thread
 * that writes. */
typedef void (*StPackProgressFunc) (double   fraction,
                                    gpointer user_data);

#define ST_TYPE_BOARD_PACK (st_board_pack_get_type ())

GType          st_board_pack_get_type      (void) G_GNUC_CONST;
GQuark         st_pack_error_quark         (void);

StBoardPack   *st_board_pack_new           (StPlan              *plan,
                                            StPeriod            *period,
                                            StPackSections       sections,
                                            const StPackOptions *options);
StBoardPack   *st_board_pack_ref           (StBoardPack         *self);
void           st_board_pack_unref         (StBoardPack         *self);

const StPackStatus *st_board_pack_get_status (StBoardPack       *self,
                                            StStatus             status);
char          *st_board_pack_dup_subject   (StBoardPack         *self);

const char    *st_pack_section_name        (StPackSections       section);
const char    *st_pack_section_title       (StPackSections       section);
gboolean       st_pack_sections_parse      (const char          *list,
                                            StPackSections      *sections,
                                            GError             **error);

/* Writers: each writes to a temporary file beside @path and renames it into
 * place only when the whole file is written, so a failed or cancelled
 * export leaves no file behind and an existing file untouched. */
gboolean       st_board_pack_write_xlsx    (StBoardPack         *self,
                                            const char          *path,
                                            GCancellable        *cancellable,
                                            StPackProgressFunc   progress,
                                            gpointer             user_data,
                                            GError             **error);
gboolean       st_board_pack_write_pdf     (StBoardPack         *self,
                                            const char          *path,
                                            GCancellable        *cancellable,
                                            StPackProgressFunc   progress,
                                            gpointer             user_data,
                                            GError             **error);

gboolean       st_board_pack_write         (StBoardPack         *self,
                                            const char          *pdf_path,
                                            const char          *xlsx_path,
                                            GCancellable        *cancellable,
                                            StPackProgressFunc   progress,
                                            gpointer             user_data,
                                            GError             **error);

/* How many threads a writer may use, the calling one included (1: only
 * the calling one). The output is the same whatever the number. */
guint          st_pack_get_max_threads     (void);
void           st_pack_set_max_threads     (guint                n);

/* The temporary file of a writer: created beside @path (so the rename stays
 * on one file system), with the permissions a new file gets. */
char          *st_pack_temp_file_new       (const char          *path,
                                            GError             **error);
gboolean       st_pack_temp_file_commit    (const char          *temp_path,
                                            const char          *path,
                                            GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StBoardPack, st_board_pack_unref)

G_END_DECLS
