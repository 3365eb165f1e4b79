/* st-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-util"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "st-plan.h"
#include "st-util.h"

static const char * const month_names[] = {
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};

int
st_month_make (int year,
               int month)
{
  if (year < 1900 || year > 9999 || month < 1 || month > 12)
    return ST_MONTH_NONE;
  return year * 12 + (month - 1);
}

int
st_month_get_year (int month)
{
  return month / 12;
}

int
st_month_get_month (int month)
{
  return month % 12 + 1;
}

int
st_month_from_date (GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), ST_MONTH_NONE);
  return st_month_make (g_date_get_year (date), g_date_get_month (date));
}

static int
parse_month_name (const char *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);

  if (strlen (lower) < 3)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
    {
      static const char * const long_names[] = {
        "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december",
      };
      if (g_str_equal (lower, month_names[i]) || g_str_equal (lower, long_names[i]) ||
          (g_str_has_prefix (long_names[i], lower) && strlen (lower) >= 3) ||
          (i == 8 && g_str_equal (lower, "sept")))
        return i + 1;
    }
  return 0;
}

static gboolean
parse_number (const char *text,
              int         min_digits,
              int         max_digits,
              int        *out)
{
  int n = 0, digits = 0;

  for (const char *p = text; *p; p++)
    {
      /* stop before a long run of digits overflows */
      if (!g_ascii_isdigit (*p) || ++digits > max_digits)
        return FALSE;
      n = n * 10 + (*p - '0');
    }
  if (digits < min_digits || digits > max_digits)
    return FALSE;
  *out = n;
  return TRUE;
}

/* Accepts the forms analysts type or import: "2022-07", "Jul-22", "Jul 22",
 * "July 2022", "07/2022", "7/22". Two-digit years are 20xx. */
gboolean
st_month_parse (const char *text,
                int        *month)
{
  g_autofree char *copy = NULL;
  g_auto(GStrv) parts = NULL;
  int year = 0, mon = 0;

  g_return_val_if_fail (month != NULL, FALSE);

  *month = ST_MONTH_NONE;
  /* Text from a command line or a damaged file may be any bytes. */
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  /* The stored form, "2022-07", is by far the most frequent: every value and
   * target read from a plan. Parse it without the regular expression below
   * (compiled per call, it dominated the loading of big plans). */
  if (g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) && g_ascii_isdigit (text[2]) &&
      g_ascii_isdigit (text[3]) && text[4] == '-' && g_ascii_isdigit (text[5]) &&
      g_ascii_isdigit (text[6]) && text[7] == '\0')
    {
      year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
      mon = (text[5] - '0') * 10 + (text[6] - '0');
      *month = st_month_make (year, mon);
      return *month != ST_MONTH_NONE;
    }

  copy = g_strstrip (g_strdup (text));
  parts = g_regex_split_simple ("[-/ .]+", copy, 0, 0);
  if (g_strv_length (parts) != 2)
    return FALSE;

  if (parse_number (parts[0], 4, 4, &year))
    {
      if (!parse_number (parts[1], 1, 2, &mon))
        return FALSE;
    }
  else
    {
      if (!parse_number (parts[0], 1, 2, &mon) && (mon = parse_month_name (parts[0])) == 0)
        return FALSE;
      if (parse_number (parts[1], 2, 2, &year))
        year += 2000;
      else if (!parse_number (parts[1], 4, 4, &year))
        return FALSE;
    }

  *month = st_month_make (year, mon);
  return *month != ST_MONTH_NONE;
}

char *
st_month_to_iso (int month)
{
  if (month == ST_MONTH_NONE)
    return NULL;
  return g_strdup_printf ("%04d-%02d", st_month_get_year (month), st_month_get_month (month));
}

char *
st_month_to_display (int month)
{
  g_autoptr(GDateTime) dt = NULL;

  if (month == ST_MONTH_NONE)
    return g_strdup ("");
  dt = g_date_time_new_utc (st_month_get_year (month), st_month_get_month (month), 1, 0, 0, 0);
  if (dt == NULL)   /* a month outside the years GDateTime knows (1–9999) */
    return g_strdup ("");
  /* TRANSLATORS: a target month, as "Jul 2022"; see strftime(3) */
  return g_date_time_format (dt, _("%b %Y"));
}

static const char * const status_codes[] = { "blue", "green", "amber", "red", "grey" };
static const char * const status_letters[] = { "B", "G", "A", "R", "N" };

const char *
st_status_to_code (StStatus status)
{
  if ((guint) status >= ST_N_STATUSES)
    return NULL;
  return status_codes[status];
}

StStatus
st_status_from_code (const char *code)
{
  if (code != NULL)
    for (guint i = 0; i < ST_N_STATUSES; i++)
      if (g_str_equal (code, status_codes[i]))
        return (StStatus) i;
  return ST_STATUS_NONE;
}

/* Letters, words, colours and the WSoA's phrases: "B", "Blue", "Complete",
 * "Action complete", "Action on track", "Not due to start"... */
StStatus
st_status_parse (const char *text)
{
  static const struct { const char *word; StStatus status; } words[] = {
    { "b", ST_STATUS_BLUE }, { "blue", ST_STATUS_BLUE }, { "complete", ST_STATUS_BLUE },
    { "completed", ST_STATUS_BLUE }, { "action complete", ST_STATUS_BLUE },
    { "action completed", ST_STATUS_BLUE },
    { "g", ST_STATUS_GREEN }, { "green", ST_STATUS_GREEN }, { "on track", ST_STATUS_GREEN },
    { "action on track", ST_STATUS_GREEN },
    { "a", ST_STATUS_AMBER }, { "amber", ST_STATUS_AMBER }, { "some concerns", ST_STATUS_AMBER },
    { "action in progress with some concerns", ST_STATUS_AMBER }, { "at risk", ST_STATUS_AMBER },
    { "r", ST_STATUS_RED }, { "red", ST_STATUS_RED }, { "no progress", ST_STATUS_RED },
    { "significant risk", ST_STATUS_RED },
    { "action at significant risk / no progress", ST_STATUS_RED },
    { "action at significant risk/no progress", ST_STATUS_RED },
    { "n", ST_STATUS_GREY }, { "grey", ST_STATUS_GREY }, { "gray", ST_STATUS_GREY },
    { "not due", ST_STATUS_GREY }, { "not due to start", ST_STATUS_GREY },
    { "action not due to start", ST_STATUS_GREY }, { "awaiting start", ST_STATUS_GREY },
    { "action awaiting start", ST_STATUS_GREY },
  };
  g_autofree char *folded = NULL;
  g_autoptr(GString) squeezed = NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return ST_STATUS_NONE;

  folded = g_utf8_casefold (text, -1);
  g_strstrip (folded);
  squeezed = g_string_new (NULL);
  for (const char *p = folded; *p; p++)
    {
      if (g_ascii_isspace (*p) && (squeezed->len == 0 || squeezed->str[squeezed->len - 1] == ' '))
        continue;
      g_string_append_c (squeezed, g_ascii_isspace (*p) ? ' ' : *p);
    }
  /* "Action complete (B)" */
  if (squeezed->len > 3 && squeezed->str[squeezed->len - 1] == ')' &&
      squeezed->str[squeezed->len - 3] == '(')
    {
      char letter[2] = { squeezed->str[squeezed->len - 2], 0 };
      return st_status_parse (letter);
    }
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (squeezed->str, words[i].word))
      return words[i].status;
  return ST_STATUS_NONE;
}

const char *
st_status_default_letter (StStatus status)
{
  if ((guint) status >= ST_N_STATUSES)
    return "";
  return status_letters[status];
}

/* Rounds half away from zero, as Excel displays numbers. The small slack
 * absorbs binary representation error (2.675 is stored as 2.67499999...). */
double
st_round_half_away (double value,
                    int    decimals)
{
  double p = pow (10.0, decimals);
  double scaled = fabs (value) * p;
  double whole = floor (scaled);

  if (!isfinite (value))
    return value;
  if (scaled - whole >= 0.5 - 1e-9 * MAX (1.0, scaled))
    whole += 1.0;
  return copysign (whole / p, value);
}

char *
st_format_percent (double percent)
{
  return g_strdup_printf ("%.1f%%", st_round_half_away (percent, 1));
}

/* Text typed or imported by a person: valid UTF-8, and no control characters
 * other than tab and (where multiline) newlines. */
gboolean
st_text_validate (const char  *text,
                  gboolean     multiline,
                  GError     **error)
{
  const char *end = NULL;

  if (text == NULL)
    return TRUE;

  if (!g_utf8_validate (text, -1, &end))
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID,
                   _("The text is not valid UTF-8 (at byte %d): re-enter it or check the source file’s encoding"),
                   (int) (end - text));
      return FALSE;
    }

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t' || (multiline && (c == '\n' || c == '\r')))
        continue;
      if (g_unichar_iscntrl (c))
        {
          g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID,
                       _("The text contains a control character (U+%04X) that cannot be stored"), c);
          return FALSE;
        }
    }
  return TRUE;
}
