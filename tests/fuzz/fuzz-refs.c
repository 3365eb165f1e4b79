/* fuzz-refs.c: the parsing of an action's scorecard references
 * ("1.1, Insight and 2.3"), as read from a plan file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "st-records.h"

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
  g_autoptr(StAction) action = g_object_new (ST_TYPE_ACTION, "measure-refs", text, NULL);
  g_auto(GStrv) refs = st_action_dup_measure_refs (action);

  if (refs == NULL)
    abort ();
  for (guint i = 0; refs[i] != NULL; i++)
    {
      /* Each reference is non-empty, trimmed, and taken from the text. */
      if (*refs[i] == '\0' || g_ascii_isspace (refs[i][0]) || !g_utf8_validate (refs[i], -1, NULL))
        abort ();
      if (g_utf8_validate (text, -1, NULL) && strstr (text, refs[i]) == NULL)
        abort ();
    }
  return 0;
}
