/* fuzz-month.c: st_month_parse() and the month formatters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"
#include "st-util.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = fuzz_string (data, size);
  int month = -1, again = -1;

  if (st_month_parse (text, &month))
    {
      g_autofree char *iso = st_month_to_iso (month);
      g_autofree char *display = st_month_to_display (month);

      /* A parsed month is real, and its ISO form parses back to itself. */
      if (month == ST_MONTH_NONE || st_month_get_month (month) < 1 || st_month_get_month (month) > 12)
        abort ();
      if (!st_month_parse (iso, &again) || again != month)
        abort ();
      if (!g_utf8_validate (display, -1, NULL))
        abort ();
    }
  else if (month != ST_MONTH_NONE)
    abort ();
  return 0;
}
