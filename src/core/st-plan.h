/* st-plan.h: an open plan file: its model, its edits and their undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "st-records.h"

G_BEGIN_DECLS

/* "SEND", big-endian at offset 68 of the file: PRAGMA application_id */
#define ST_PLAN_APPLICATION_ID 0x53454E44
#define ST_PLAN_SCHEMA_VERSION 1
#define ST_PLAN_SUFFIX ".sendplan"

#define ST_PLAN_ERROR (st_plan_error_quark ())

typedef enum
{
  ST_PLAN_ERROR_NOT_FOUND,     /* no such file */
  ST_PLAN_ERROR_IS_DIRECTORY,  /* a folder, not a file */
  ST_PLAN_ERROR_EMPTY,         /* 0 bytes */
  ST_PLAN_ERROR_NOT_DATABASE,  /* not an SQLite file at all */
  ST_PLAN_ERROR_CORRUPT,       /* truncated or damaged */
  ST_PLAN_ERROR_NOT_A_PLAN,    /* an SQLite database of another program */
  ST_PLAN_ERROR_TOO_NEW,       /* made by a newer version of SEND Tracker */
  ST_PLAN_ERROR_READ_ONLY,     /* an edit of a plan opened read-only */
  ST_PLAN_ERROR_LOCKED,        /* another program holds the file */
  ST_PLAN_ERROR_EXISTS,        /* creating over an existing file */
  ST_PLAN_ERROR_INVALID,       /* a value refused */
  ST_PLAN_ERROR_CONFLICT,      /* undo or redo no longer fits the file */
  ST_PLAN_ERROR_FAILED,        /* input/output and anything else */
} StPlanError;

typedef enum
{
  ST_PLAN_OPEN_DEFAULT   = 0,
  ST_PLAN_OPEN_READ_ONLY = 1 << 0,
  /* Check the whole file before loading it, in the calling thread, rather
   * than on a second connection in a thread while loading: the same outcome,
   * slower on a big plan. */
  ST_PLAN_OPEN_CHECK_FIRST = 1 << 1,
} StPlanOpenFlags;

#define ST_TYPE_PLAN (st_plan_get_type ())

G_DECLARE_FINAL_TYPE (StPlan, st_plan, ST, PLAN, GObject)

GQuark        st_plan_error_quark        (void);

StPlan       *st_plan_open               (const char       *path,
                                          StPlanOpenFlags   flags,
                                          GError          **error);
StPlan       *st_plan_create             (const char       *path,
                                          const char       *title,
                                          GError          **error);
StPlan       *st_plan_create_example     (const char       *path,
                                          GError          **error);
gboolean      st_plan_identify           (const char       *path,
                                          GError          **error);

const char   *st_plan_get_path           (StPlan           *self);
gboolean      st_plan_get_read_only      (StPlan           *self);
char         *st_plan_dup_display_name   (StPlan           *self);

/* The model. Lists are owned by the plan and change in place. */
StPlanInfo   *st_plan_get_info           (StPlan           *self);
GListModel   *st_plan_get_list           (StPlan           *self,
                                          GType             type);
GListModel   *st_plan_get_periods        (StPlan           *self);
GListModel   *st_plan_get_statuses       (StPlan           *self);
GListModel   *st_plan_get_areas          (StPlan           *self);
GListModel   *st_plan_get_outcomes       (StPlan           *self);
GListModel   *st_plan_get_boards         (StPlan           *self);
GListModel   *st_plan_get_measures       (StPlan           *self);
StRecord     *st_plan_lookup             (StPlan           *self,
                                          GType             type,
                                          gint64            id);
StStatusInfo *st_plan_get_status_info    (StPlan           *self,
                                          StStatus          status);
StPeriod     *st_plan_find_period        (StPlan           *self,
                                          const char       *label);
StPeriod     *st_plan_get_latest_period  (StPlan           *self);
StPeriod     *st_plan_get_previous_period (StPlan          *self,
                                          StPeriod         *period);
StMeasure    *st_plan_find_measure       (StPlan           *self,
                                          const char       *ref);
StAction     *st_plan_find_action        (StPlan           *self,
                                          const char       *ref);

/* Edits: each is one transaction and one undo step, unless grouped between
 * st_plan_begin() and st_plan_commit(). They fail with ST_PLAN_ERROR_READ_ONLY
 * on a read-only plan and ST_PLAN_ERROR_INVALID for a value that is refused. */
gboolean      st_plan_begin              (StPlan           *self,
                                          const char       *label,
                                          GError          **error);
gboolean      st_plan_commit             (StPlan           *self,
                                          GError          **error);
void          st_plan_rollback           (StPlan           *self);

gboolean      st_plan_set_value          (StPlan           *self,
                                          StRecord         *record,
                                          const char       *column,
                                          const GValue     *value,
                                          GError          **error);
gboolean      st_plan_set_string         (StPlan           *self,
                                          StRecord         *record,
                                          const char       *column,
                                          const char       *value,
                                          GError          **error);
gboolean      st_plan_set_int            (StPlan           *self,
                                          StRecord         *record,
                                          const char       *column,
                                          gint64            value,
                                          GError          **error);
gboolean      st_plan_set_boolean        (StPlan           *self,
                                          StRecord         *record,
                                          const char       *column,
                                          gboolean          value,
                                          GError          **error);
gboolean      st_plan_set_double         (StPlan           *self,
                                          StRecord         *record,
                                          const char       *column,
                                          double            value,
                                          GError          **error);
StRecord     *st_plan_insert             (StPlan           *self,
                                          GType             type,
                                          StRecord         *parent,
                                          int               position,
                                          GError          **error,
                                          const char       *first_column,
                                          ...) G_GNUC_NULL_TERMINATED;
gboolean      st_plan_delete             (StPlan           *self,
                                          StRecord         *record,
                                          GError          **error);
gboolean      st_plan_move               (StPlan           *self,
                                          StRecord         *record,
                                          guint             position,
                                          GError          **error);
gboolean      st_plan_set_rating         (StPlan           *self,
                                          StAction         *action,
                                          StPeriod         *period,
                                          StStatus          status,
                                          const char       *commentary,
                                          GError          **error);
gboolean      st_plan_set_measure_value  (StPlan           *self,
                                          StMeasure        *measure,
                                          int               month,
                                          double            value,
                                          const char       *note,
                                          GError          **error);

gboolean      st_plan_can_undo           (StPlan           *self);
gboolean      st_plan_can_redo           (StPlan           *self);
const char   *st_plan_get_undo_label     (StPlan           *self);
const char   *st_plan_get_redo_label     (StPlan           *self);
gboolean      st_plan_undo               (StPlan           *self,
                                          GError          **error);
gboolean      st_plan_redo               (StPlan           *self,
                                          GError          **error);

gboolean      st_plan_reload             (StPlan           *self,
                                          GError          **error);
gboolean      st_plan_check_for_changes  (StPlan           *self,
                                          gboolean         *reloaded,
                                          GError          **error);
GPtrArray    *st_plan_check_integrity    (StPlan           *self,
                                          GError          **error);
gboolean      st_plan_save_copy          (StPlan           *self,
                                          const char       *path,
                                          GError          **error);

/* For reports that want SQL over the plan; read only, never write through it,
 * and only from the thread that uses the plan (the connection is NOMUTEX). */
gpointer      st_plan_get_database       (StPlan           *self);

G_END_DECLS
