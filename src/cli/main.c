/* main.c: send-tracker-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "st-cli.h"

int
main (int    argc,
      char **argv)
{
  return st_cli_main (argc, argv);
}
