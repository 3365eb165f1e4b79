/* st-types.h: forward declarations and enums shared across SEND Tracker.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _StPlan StPlan;
typedef struct _StRecord StRecord;

/* The BRAG rating scale, in the order of the WSoA's quantitative summary. */
typedef enum
{
  ST_STATUS_BLUE,
  ST_STATUS_GREEN,
  ST_STATUS_AMBER,
  ST_STATUS_RED,
  ST_STATUS_GREY,
  ST_STATUS_NONE,
} StStatus;

#define ST_N_STATUSES 5

typedef enum
{
  ST_POLARITY_HIGHER,
  ST_POLARITY_LOWER,
  ST_POLARITY_TARGET,
  ST_POLARITY_DATA,
} StPolarity;

typedef enum
{
  ST_TOLERANCE_ABSOLUTE,
  ST_TOLERANCE_PERCENT,
} StToleranceKind;

G_END_DECLS
