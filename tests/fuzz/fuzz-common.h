/* fuzz-common.h: shared by the libFuzzer targets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
int LLVMFuzzerInitialize (int *argc, char ***argv);

/* A critical anywhere, or a warning of ours, is a bug the fuzzer should
 * report, as a crash. (Libraries may warn about damaged input: libgsf does
 * for a broken ZIP.) */
static inline void
fuzz_setup (void)
{
  static const char * const domains[] = {
    "st-plan", "st-util", "st-records", "st-record", "st-summary", "st-scorecard", "st-import",
  };

  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL);
  for (guint i = 0; i < G_N_ELEMENTS (domains); i++)
    g_log_set_fatal_mask (domains[i], G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_setenv ("TZ", "UTC", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
}

/* The input as a NUL-terminated string (stopping at the first NUL, as a C
 * string from a file or a command line would). */
static inline char *
fuzz_string (const uint8_t *data,
             size_t         size)
{
  return g_strndup ((const char *) data, size);
}
