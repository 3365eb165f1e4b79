/* fuzz-common.h: shared by the libFuzzer targets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
int LLVMFuzzerInitialize (int *argc, char ***argv);

/* A critical anywhere is a bug the fuzzer should report, as a crash, with one
 * known exception outside our code: libgsf 1.14 calls g_date_time_unref (NULL)
 * for a ZIP entry whose DOS date is invalid (the call returns and nothing is
 * harmed). */
static inline void
fuzz_log_handler (const char     *domain,
                  GLogLevelFlags  level,
                  const char     *message,
                  gpointer        data)
{
  g_log_default_handler (domain, level, message, data);
  if ((level & G_LOG_LEVEL_CRITICAL) != 0 &&
      !(g_strcmp0 (domain, "GLib") == 0 && strstr (message, "g_date_time_unref: assertion") != NULL))
    abort ();
}

/* A warning of ours is a bug too. (Libraries may warn about damaged input:
 * libgsf does for a broken ZIP.) */
static inline void
fuzz_setup (void)
{
  static const char * const domains[] = {
    "st-plan", "st-util", "st-records", "st-record", "st-summary", "st-scorecard", "st-import",
  };

  g_log_set_default_handler (fuzz_log_handler, NULL);
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
