/* st-util.h: small parsers and formatters shared by the core, reports and UI.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "st-types.h"

G_BEGIN_DECLS

/* Months are counted as year * 12 + (month - 1); 0 means "no month". */
#define ST_MONTH_NONE 0

int          st_month_make            (int          year,
                                       int          month);
int          st_month_get_year        (int          month);
int          st_month_get_month       (int          month);
gboolean     st_month_parse           (const char  *text,
                                       int         *month);
char        *st_month_to_iso          (int          month);
char        *st_month_to_display      (int          month);
int          st_month_from_date       (GDate       *date);

const char  *st_status_to_code        (StStatus     status);
StStatus     st_status_from_code      (const char  *code);
StStatus     st_status_parse          (const char  *text);
const char  *st_status_default_letter (StStatus     status);

double       st_round_half_away       (double       value,
                                       int          decimals);
char        *st_format_percent        (double       percent);

gboolean     st_text_validate         (const char  *text,
                                       gboolean     multiline,
                                       GError     **error);

G_END_DECLS
