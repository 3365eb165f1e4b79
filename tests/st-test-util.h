/* st-test-util.h: helpers shared by the tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>

#include "st-plan.h"

G_BEGIN_DECLS

/* A fresh temporary folder, removed with its files at exit. */
char     *st_test_make_dir      (void);
/* The bundled example plan, created in a fresh folder. */
StPlan   *st_test_example_plan  (char **path_out);
/* SHA-256 of a file's bytes, or NULL if it does not exist. */
char     *st_test_checksum      (const char *path);
StAction *st_test_action        (StPlan *plan, const char *ref);
/* Runs @func (@path) as an unprivileged user when the tests run as root
 * (root may write read-only files), else directly. */
void      st_test_run_unprivileged (const char *path,
                                    void      (*func) (const char *path));

/* Another process (the sqlite3 tool) holding BEGIN EXCLUSIVE on a file, as a
 * program writing it would; start returns once the lock is held. */
typedef struct
{
  GPid pid;
  int  in;
} StTestLocker;

void      st_test_locker_start  (StTestLocker *locker,
                                 const char   *path);
void      st_test_locker_stop   (StTestLocker *locker);

G_END_DECLS
