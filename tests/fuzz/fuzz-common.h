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

/* A critical or a warning is a bug the fuzzer should report, as a crash. */
static inline void
fuzz_setup (void)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
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
