/* main.c: send-tracker, the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "st-application.h"
#include "st-ui-resources.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(StApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_resources_register (st_ui_get_resource ());
  app = st_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
