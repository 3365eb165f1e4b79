/* st-cli-private.h: what the commands of send-tracker-cli share.
 *
 * A command is a function taking its own argv (argv[0] is the command name)
 * and returning the exit status: ST_CLI_OK, ST_CLI_FAILED (one line on
 * stderr naming the file and the problem) or ST_CLI_USAGE. Add a command in
 * its own st-cli-NAME.c and list it in the table of st-cli.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include <json-glib/json-glib.h>

#include "st-plan.h"

G_BEGIN_DECLS

enum
{
  ST_CLI_OK = 0,
  ST_CLI_FAILED = 1,
  ST_CLI_USAGE = 2,
};

typedef int (*StCliCommandFunc) (int argc, char **argv);

typedef struct
{
  const char       *name;
  const char       *args;      /* "FILE [--period LABEL]" */
  const char       *summary;
  StCliCommandFunc  run;
} StCliCommand;

const StCliCommand *st_cli_get_command (const char     *name);
GOptionContext *st_cli_context_new (const StCliCommand *command);
gboolean        st_cli_parse       (GOptionContext     *context,
                                    int                *argc,
                                    char             ***argv,
                                    guint               min_args,
                                    guint               max_args,
                                    int                *status);
int             st_cli_usage       (GOptionContext     *context,
                                    const char         *format,
                                    ...) G_GNUC_PRINTF (2, 3);
int             st_cli_fail        (const GError       *error);
int             st_cli_fail_message (const char        *format,
                                    ...) G_GNUC_PRINTF (1, 2);
StPlan         *st_cli_open        (const char         *path,
                                    gboolean            read_only,
                                    int                *status);
StPeriod       *st_cli_period      (StPlan             *plan,
                                    const char         *label,
                                    int                *status);
void            st_cli_print_json  (JsonNode           *node);

/* st-cli-edit.c */
int             st_cli_cmd_set     (int argc, char **argv);
int             st_cli_cmd_rate    (int argc, char **argv);
int             st_cli_cmd_value   (int argc, char **argv);
/* Commands in their own files */
int             st_cli_chart       (int                 argc,
                                    char              **argv);
int             st_cli_scorecard   (int                 argc,
                                    char              **argv);
int             st_cli_generate    (int                 argc,
                                    char              **argv);
int             st_cli_export      (int                 argc,
                                    char              **argv);
int             st_cli_import      (int                 argc,
                                    char              **argv);

G_END_DECLS
