/* st-records.h: the record classes of a plan, one per table.
 *
 * They are small (a table name and a list of columns), so they share one file.
 * Columns are listed in each class_init in st-records.c; read them there or
 * in schema-1.sql.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "st-record.h"
#include "st-util.h"

G_BEGIN_DECLS

#define ST_TYPE_PLAN_INFO (st_plan_info_get_type ())
G_DECLARE_FINAL_TYPE (StPlanInfo, st_plan_info, ST, PLAN_INFO, StRecord)

#define ST_TYPE_PERIOD (st_period_get_type ())
G_DECLARE_FINAL_TYPE (StPeriod, st_period, ST, PERIOD, StRecord)

#define ST_TYPE_STATUS_INFO (st_status_info_get_type ())
G_DECLARE_FINAL_TYPE (StStatusInfo, st_status_info, ST, STATUS_INFO, StRecord)

#define ST_TYPE_BOARD (st_board_get_type ())
G_DECLARE_FINAL_TYPE (StBoard, st_board, ST, BOARD, StRecord)

#define ST_TYPE_STRATEGY (st_strategy_get_type ())
G_DECLARE_FINAL_TYPE (StStrategy, st_strategy, ST, STRATEGY, StRecord)

#define ST_TYPE_PERSON (st_person_get_type ())
G_DECLARE_FINAL_TYPE (StPerson, st_person, ST, PERSON, StRecord)

#define ST_TYPE_AREA (st_area_get_type ())
G_DECLARE_FINAL_TYPE (StArea, st_area, ST, AREA, StRecord)

#define ST_TYPE_SUB_ACTION (st_sub_action_get_type ())
G_DECLARE_FINAL_TYPE (StSubAction, st_sub_action, ST, SUB_ACTION, StRecord)

#define ST_TYPE_ACTION (st_action_get_type ())
G_DECLARE_FINAL_TYPE (StAction, st_action, ST, ACTION, StRecord)

#define ST_TYPE_OUTCOME (st_outcome_get_type ())
G_DECLARE_FINAL_TYPE (StOutcome, st_outcome, ST, OUTCOME, StRecord)

#define ST_TYPE_OUTCOME_ITEM (st_outcome_item_get_type ())
G_DECLARE_FINAL_TYPE (StOutcomeItem, st_outcome_item, ST, OUTCOME_ITEM, StRecord)

#define ST_TYPE_VOICE (st_voice_get_type ())
G_DECLARE_FINAL_TYPE (StVoice, st_voice, ST, VOICE, StRecord)

#define ST_TYPE_DEVELOPMENT_AREA (st_development_area_get_type ())
G_DECLARE_FINAL_TYPE (StDevelopmentArea, st_development_area, ST, DEVELOPMENT_AREA, StRecord)

#define ST_TYPE_MEASURE (st_measure_get_type ())
G_DECLARE_FINAL_TYPE (StMeasure, st_measure, ST, MEASURE, StRecord)

/* One rating of an action for one reporting period. */
typedef struct
{
  gint64    period_id;
  StStatus  status;
  char     *commentary;
} StRating;

/* One monthly value of a measure, with the target, tolerance and polarity
 * that applied when it was entered. */
typedef struct
{
  int              month;
  double           value;
  double           target;      /* NAN: none */
  double           tolerance;
  StToleranceKind  tolerance_kind;
  StPolarity       polarity;
  char            *note;
} StMeasureValue;

/* Actions: ratings per period. The "ratings-changed" signal tells views. */
StStatus          st_action_get_status       (StAction    *self,
                                              gint64       period_id);
const char       *st_action_get_commentary   (StAction    *self,
                                              gint64       period_id);
const StRating   *st_action_get_rating       (StAction    *self,
                                              gint64       period_id);
guint             st_action_get_n_ratings    (StAction    *self);
const StRating   *st_action_get_nth_rating   (StAction    *self,
                                              guint        index);
int               st_action_get_target       (StAction    *self);
gboolean          st_action_is_overdue       (StAction    *self,
                                              gint64       period_id,
                                              int          as_of_month);
GStrv             st_action_dup_measure_refs (StAction    *self);
const char       *st_action_get_ref          (StAction    *self);
const char       *st_action_get_text         (StAction    *self);

/* Store-side: replace or remove (status NONE) a rating; emits ratings-changed. */
void              st_action_store_rating     (StAction    *self,
                                              gint64       period_id,
                                              StStatus     status,
                                              const char  *commentary,
                                              gboolean     notify);
void              st_action_forget_period    (StAction    *self,
                                              gint64       period_id);
/* Store-side, loading: all the ratings of an action at once, with no signal;
 * takes the commentaries (allocated, st_record_empty_string, or in the
 * action's text pool). */
void              st_action_load_ratings     (StAction       *self,
                                              StRating       *ratings,
                                              guint           n);

int               st_period_get_end_month    (StPeriod    *self);
const char       *st_period_get_label        (StPeriod    *self);

StStatus          st_status_info_get_status  (StStatusInfo *self);

/* Measures: values by month, sorted. */
guint                 st_measure_get_n_values   (StMeasure   *self);
const StMeasureValue *st_measure_get_nth_value  (StMeasure   *self,
                                                 guint        index);
const StMeasureValue *st_measure_lookup_value   (StMeasure   *self,
                                                 int          month);
StPolarity            st_measure_get_polarity   (StMeasure   *self);
StToleranceKind       st_measure_get_tolerance_kind (StMeasure *self);
void                  st_measure_store_value    (StMeasure   *self,
                                                 const StMeasureValue *value,
                                                 gboolean     notify);
void                  st_measure_forget_value   (StMeasure   *self,
                                                 int          month);
/* Store-side, loading: all the values of a measure at once, with no signal;
 * takes the notes (allocated, st_record_empty_string, or in the measure's
 * text pool). */
void                  st_measure_load_values    (StMeasure      *self,
                                                 StMeasureValue *values,
                                                 guint           n);

StPolarity        st_polarity_from_code      (const char  *code);
const char       *st_polarity_to_code        (StPolarity   polarity);
StToleranceKind   st_tolerance_kind_from_code (const char *code);
const char       *st_tolerance_kind_to_code  (StToleranceKind kind);

G_END_DECLS
