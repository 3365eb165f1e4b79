/* fuzz-status.c: st_status_parse() and st_text_validate().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"
#include "st-plan.h"
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
  g_autoptr(GError) error = NULL;
  StStatus status = st_status_parse (text);

  if ((guint) status > ST_STATUS_NONE)
    abort ();
  if (status != ST_STATUS_NONE && st_status_parse (st_status_to_code (status)) != status)
    abort ();

  for (int multiline = 0; multiline < 2; multiline++)
    {
      if (st_text_validate (text, multiline, &error))
        {
          if (!g_utf8_validate (text, -1, NULL))
            abort ();
        }
      else if (error == NULL || !g_error_matches (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID))
        abort ();
      g_clear_error (&error);
    }
  return 0;
}
