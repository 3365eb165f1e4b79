/* st-xlsx.c: XLSX worksheets, read with libgsf (the ZIP container) and
 * libxml2 (workbook, relationships, shared strings, styles, sheet).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-import"

#include "config.h"

#include <glib/gi18n.h>
#include <gsf/gsf-infile-zip.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-input-stdio.h>
#include <gsf/gsf-input.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <math.h>
#include <string.h>

#include "st-table.h"
#include "st-util.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)

typedef struct
{
  GsfInfile  *zip;
  GPtrArray  *strings;      /* shared strings */
  GArray     *style_kinds;  /* StCellKind per cellXfs index: NUMBER, DATE or PERCENT */
  gboolean    date1904;
} Workbook;

static void
workbook_clear (Workbook *wb)
{
  g_clear_object (&wb->zip);
  g_clear_pointer (&wb->strings, g_ptr_array_unref);
  g_clear_pointer (&wb->style_kinds, g_array_unref);
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node && node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, name);
}

static xmlNode *
first_child (xmlNode    *node,
             const char *name)
{
  for (xmlNode *c = node ? node->children : NULL; c; c = c->next)
    if (is_element (c, name))
      return c;
  return NULL;
}

static char *
get_attr (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = value ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

/* r:id, whatever the relationships namespace (transitional or strict) */
static char *
get_rel_id (xmlNode *node)
{
  for (xmlAttr *a = node->properties; a; a = a->next)
    if (a->ns != NULL && g_str_equal ((const char *) a->name, "id"))
      {
        xmlChar *value = xmlNodeListGetString (node->doc, a->children, 1);
        char *copy = g_strdup (value ? (const char *) value : "");
        xmlFree (value);
        return copy;
      }
  return NULL;
}

/* The text of <t> descendants, leaving out phonetic runs. */
static void
collect_text (xmlNode *node,
              GString *out)
{
  for (xmlNode *c = node->children; c; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (is_element (c, "t"))
        {
          xmlChar *content = xmlNodeGetContent (c);
          if (content)
            g_string_append (out, (const char *) content);
          xmlFree (content);
        }
      else if (!is_element (c, "rPh") && !is_element (c, "phoneticPr"))
        collect_text (c, out);
    }
}

static xmlDoc *
read_part (Workbook    *wb,
           const char  *path,
           gboolean     required,
           GError     **error)
{
  g_auto(GStrv) names = g_strsplit (path[0] == '/' ? path + 1 : path, "/", -1);
  g_autoptr(GsfInput) input = NULL;
  g_autofree guint8 *data = NULL;
  gsf_off_t size;
  xmlDoc *doc;

  input = gsf_infile_child_by_aname (wb->zip, (const char **) names);
  if (input == NULL)
    {
      if (required)
        g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT,
                     _("This is not an Excel workbook (it has no “%s”)"), path);
      return NULL;
    }
  size = gsf_input_size (input);
  if (size < 0 || size > ST_TABLE_MAX_BYTES)
    {
      g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_TOO_LARGE, _("The workbook is too large to import"));
      return NULL;
    }
  data = g_malloc (size + 1);
  if (size > 0 && gsf_input_read (input, size, data) == NULL)
    {
      g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT,
                   _("The workbook is damaged (“%s” cannot be read)"), path);
      return NULL;
    }
  doc = xmlReadMemory ((const char *) data, (int) size, path, NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      if (doc)
        xmlFreeDoc (doc);
      g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT,
                   _("The workbook is damaged (“%s” is not valid XML)"), path);
      return NULL;
    }
  return doc;
}

static gboolean
workbook_open (Workbook      *wb,
               GsfInput      *input,
               GError       **error)
{
  g_autoptr(GError) local = NULL;

  wb->zip = gsf_infile_zip_new (input, &local);
  if (wb->zip == NULL)
    {
      g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT,
                   _("This is not an Excel workbook (the ZIP container cannot be read)"));
      return FALSE;
    }
  return TRUE;
}

/* Fills @names and @targets (paths inside the ZIP) of the worksheets. */
static gboolean
workbook_list (Workbook   *wb,
               GPtrArray  *names,
               GPtrArray  *targets,
               GError    **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(xmlDoc) rels = NULL;
  xmlNode *root, *sheets, *pr;

  if (!(doc = read_part (wb, "xl/workbook.xml", TRUE, error)))
    return FALSE;
  rels = read_part (wb, "xl/_rels/workbook.xml.rels", FALSE, NULL);

  root = xmlDocGetRootElement (doc);
  if ((pr = first_child (root, "workbookPr")) != NULL)
    {
      g_autofree char *d1904 = get_attr (pr, "date1904");
      wb->date1904 = d1904 && (g_str_equal (d1904, "1") || g_ascii_strcasecmp (d1904, "true") == 0);
    }

  sheets = first_child (root, "sheets");
  for (xmlNode *s = sheets ? sheets->children : NULL; s; s = s->next)
    {
      g_autofree char *name = NULL, *rid = NULL;
      char *target = NULL;

      if (!is_element (s, "sheet"))
        continue;
      name = get_attr (s, "name");
      rid = get_rel_id (s);
      for (xmlNode *r = rels ? xmlDocGetRootElement (rels)->children : NULL; r && rid && !target; r = r->next)
        {
          g_autofree char *id = NULL, *t = NULL;

          if (!is_element (r, "Relationship"))
            continue;
          id = get_attr (r, "Id");
          t = get_attr (r, "Target");
          if (id && t && g_str_equal (id, rid))
            target = t[0] == '/' ? g_strdup (t + 1) : g_strconcat ("xl/", t, NULL);
        }
      if (target == NULL)
        {
          /* no relationships: the conventional name */
          target = g_strdup_printf ("xl/worksheets/sheet%u.xml", names->len + 1);
        }
      g_ptr_array_add (names, g_strdup (name ? name : ""));
      g_ptr_array_add (targets, target);
    }
  if (names->len == 0)
    {
      g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT, _("The workbook has no worksheets"));
      return FALSE;
    }
  return TRUE;
}

static void
workbook_load_strings (Workbook *wb)
{
  g_autoptr(xmlDoc) doc = read_part (wb, "xl/sharedStrings.xml", FALSE, NULL);

  wb->strings = g_ptr_array_new_with_free_func (g_free);
  if (doc == NULL)
    return;
  for (xmlNode *si = xmlDocGetRootElement (doc)->children; si; si = si->next)
    {
      g_autoptr(GString) text = NULL;

      if (!is_element (si, "si"))
        continue;
      text = g_string_new (NULL);
      collect_text (si, text);
      g_ptr_array_add (wb->strings, g_string_free (g_steal_pointer (&text), FALSE));
    }
}

/* A custom number format shows a date when it has d, m or y outside quotes,
 * escapes and [colour] or [$-locale] sections, and is not only a time. */
static gboolean
format_is_date (const char *code)
{
  gboolean date = FALSE, quoted = FALSE, bracket = FALSE;

  for (const char *p = code; p && *p; p++)
    {
      char c = g_ascii_tolower (*p);

      if (quoted)
        quoted = c != '"';
      else if (bracket)
        bracket = c != ']';
      else if (c == '"')
        quoted = TRUE;
      else if (c == '[')
        bracket = TRUE;
      else if (c == '\\' || c == '_' || c == '*')
        {
          if (p[1])
            p++;
        }
      else if (c == ';')
        break;   /* the first section decides */
      else if (c == 'd' || c == 'y' || c == 'm')
        date = TRUE;
      else if (c == 'h' || c == 's')
        return FALSE;   /* a time, or "mm:ss" */
    }
  return date;
}

static gboolean
format_is_percent (const char *code)
{
  gboolean quoted = FALSE;

  for (const char *p = code; p && *p && *p != ';'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (*p == '\\' && p[1])
        p++;
      else if (!quoted && *p == '%')
        return TRUE;
    }
  return FALSE;
}

static void
workbook_load_styles (Workbook *wb)
{
  g_autoptr(xmlDoc) doc = read_part (wb, "xl/styles.xml", FALSE, NULL);
  g_autoptr(GHashTable) custom = g_hash_table_new (g_direct_hash, g_direct_equal);
  xmlNode *root, *fmts, *xfs;

  wb->style_kinds = g_array_new (FALSE, TRUE, sizeof (StCellKind));
  if (doc == NULL)
    return;
  root = xmlDocGetRootElement (doc);
  if ((fmts = first_child (root, "numFmts")) != NULL)
    for (xmlNode *f = fmts->children; f; f = f->next)
      {
        g_autofree char *id = NULL, *code = NULL;

        if (!is_element (f, "numFmt"))
          continue;
        id = get_attr (f, "numFmtId");
        code = get_attr (f, "formatCode");
        if (id && code && (format_is_date (code) || format_is_percent (code)))
          g_hash_table_insert (custom, GINT_TO_POINTER ((int) g_ascii_strtoll (id, NULL, 10)),
                               GINT_TO_POINTER (format_is_percent (code) ? ST_CELL_PERCENT : ST_CELL_DATE));
      }
  if ((xfs = first_child (root, "cellXfs")) != NULL)
    for (xmlNode *x = xfs->children; x; x = x->next)
      {
        g_autofree char *id_text = NULL;
        StCellKind kind = ST_CELL_NUMBER;
        int id;

        if (!is_element (x, "xf"))
          continue;
        id_text = get_attr (x, "numFmtId");
        id = id_text ? (int) g_ascii_strtoll (id_text, NULL, 10) : 0;
        /* built-in date formats: 14–22, 27–36 and 50–58 (East Asian), 45–47 are
         * times; 9 and 10 are percentages */
        if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
          kind = ST_CELL_DATE;
        else if (id == 9 || id == 10)
          kind = ST_CELL_PERCENT;
        else if (g_hash_table_contains (custom, GINT_TO_POINTER (id)))
          kind = GPOINTER_TO_INT (g_hash_table_lookup (custom, GINT_TO_POINTER (id)));
        g_array_append_val (wb->style_kinds, kind);
      }
}

/* "AB12" → column 27 (0-based), row 12 */
static gboolean
parse_cell_ref (const char *ref,
                guint      *column,
                guint      *row)
{
  guint64 col = 0, r = 0;
  const char *p = ref;

  if (ref == NULL)
    return FALSE;
  for (; g_ascii_isalpha (*p) && col <= ST_TABLE_MAX_COLUMNS; p++)
    col = col * 26 + (g_ascii_toupper (*p) - 'A' + 1);
  for (; g_ascii_isdigit (*p) && r <= ST_TABLE_MAX_ROWS; p++)
    r = r * 10 + (*p - '0');
  if (col == 0 || col > ST_TABLE_MAX_COLUMNS || *p != '\0')
    return FALSE;
  *column = (guint) col - 1;
  *row = (guint) r;
  return TRUE;
}

static char *
serial_to_date (double serial,
                gboolean date1904)
{
  g_autoptr(GDate) date = NULL;
  int days = (int) floor (serial);

  if (!isfinite (serial) || serial < 0 || serial > 2958465)   /* 9999-12-31 */
    return NULL;
  if (date1904)
    date = g_date_new_dmy (1, G_DATE_JANUARY, 1904);
  else if (days >= 61)
    date = g_date_new_dmy (30, G_DATE_DECEMBER, 1899);   /* skips the 29 Feb 1900 Excel believes in */
  else
    date = g_date_new_dmy (31, G_DATE_DECEMBER, 1899);
  if (days > 0)
    g_date_add_days (date, days);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static char *
format_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* 15 significant digits, as Excel shows them: 0.1+0.2 is 0.3 */
  g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  return g_strdup (buf);
}

static void
read_cell (Workbook *wb,
           StTable  *table,
           xmlNode  *c,
           guint     column)
{
  g_autofree char *type = get_attr (c, "t");
  g_autofree char *style = get_attr (c, "s");
  xmlNode *v = first_child (c, "v");
  xmlChar *vtext = v ? xmlNodeGetContent (v) : NULL;
  const char *raw = vtext ? (const char *) vtext : NULL;

  if (type && g_str_equal (type, "inlineStr"))
    {
      g_autoptr(GString) text = g_string_new (NULL);
      xmlNode *is = first_child (c, "is");

      if (is)
        collect_text (is, text);
      st_table_set_cell (table, column, g_string_free (g_steal_pointer (&text), FALSE), ST_CELL_TEXT, 0);
    }
  else if (raw == NULL)
    ;   /* a styled empty cell */
  else if (type && g_str_equal (type, "s"))
    {
      char *end = NULL;
      guint64 index = g_ascii_strtoull (raw, &end, 10);

      if (end != raw && wb->strings && index < wb->strings->len)
        st_table_set_cell (table, column, g_strdup (wb->strings->pdata[index]), ST_CELL_TEXT, 0);
    }
  else if (type && g_str_equal (type, "b"))
    st_table_set_cell (table, column, g_strdup (g_str_equal (raw, "1") ? "TRUE" : "FALSE"),
                       ST_CELL_BOOLEAN, g_str_equal (raw, "1"));
  else if (type && (g_str_equal (type, "str") || g_str_equal (type, "e")))
    st_table_set_cell (table, column, g_strdup (raw), ST_CELL_TEXT, 0);
  else
    {
      /* "n" or no type: a number, shown as a date by a date style */
      char *end = NULL;
      double number = g_ascii_strtod (raw, &end);
      guint64 s = style ? g_ascii_strtoull (style, NULL, 10) : 0;
      StCellKind kind = style && wb->style_kinds && s < wb->style_kinds->len
                        ? g_array_index (wb->style_kinds, StCellKind, s) : ST_CELL_NUMBER;
      char *text;

      if (end == raw || !isfinite (number))
        st_table_set_cell (table, column, g_strdup (raw), ST_CELL_TEXT, 0);
      else if (kind == ST_CELL_DATE && (text = serial_to_date (number, wb->date1904)) != NULL)
        st_table_set_cell (table, column, text, ST_CELL_DATE, number);
      else if (kind == ST_CELL_PERCENT)
        {
          g_autofree char *shown = format_number (st_round_half_away (number * 100, 10));
          st_table_set_cell (table, column, g_strconcat (shown, "%", NULL), ST_CELL_PERCENT, number);
        }
      else
        st_table_set_cell (table, column, format_number (number), ST_CELL_NUMBER, number);
    }
  xmlFree (vtext);
}

/* "xl/worksheets/../comments1.xml" → "xl/comments1.xml" */
static char *
resolve_path (const char *base_dir,
              const char *target)
{
  g_autofree char *joined = target[0] == '/' ? g_strdup (target + 1) : g_build_path ("/", base_dir, target, NULL);
  g_auto(GStrv) parts = g_strsplit (joined, "/", -1);
  g_autoptr(GPtrArray) out = g_ptr_array_new ();

  for (guint i = 0; parts[i]; i++)
    {
      if (g_str_equal (parts[i], "..") && out->len > 0)
        g_ptr_array_remove_index (out, out->len - 1);
      else if (*parts[i] && !g_str_equal (parts[i], ".") && !g_str_equal (parts[i], ".."))
        g_ptr_array_add (out, parts[i]);
    }
  g_ptr_array_add (out, NULL);
  return g_strjoinv ("/", (char **) out->pdata);
}

/* Notes ("comments") of a sheet, from the part its relationships name. */
static void
read_comments (Workbook   *wb,
               StTable    *table,
               const char *sheet_path)
{
  g_autofree char *dir = g_path_get_dirname (sheet_path);
  g_autofree char *base = g_path_get_basename (sheet_path);
  g_autofree char *rels_path = g_strdup_printf ("%s/_rels/%s.rels", dir, base);
  g_autoptr(xmlDoc) rels = read_part (wb, rels_path, FALSE, NULL);
  g_autoptr(xmlDoc) doc = NULL;
  g_autofree char *comments_path = NULL;
  xmlNode *list;

  for (xmlNode *r = rels ? xmlDocGetRootElement (rels)->children : NULL; r && !comments_path; r = r->next)
    {
      g_autofree char *type = NULL, *target = NULL;

      if (!is_element (r, "Relationship"))
        continue;
      type = get_attr (r, "Type");
      target = get_attr (r, "Target");
      if (type && target && g_str_has_suffix (type, "/comments"))
        comments_path = resolve_path (dir, target);
    }
  if (comments_path == NULL || !(doc = read_part (wb, comments_path, FALSE, NULL)))
    return;
  list = first_child (xmlDocGetRootElement (doc), "commentList");
  for (xmlNode *c = list ? list->children : NULL; c; c = c->next)
    {
      g_autofree char *ref = NULL;
      g_autoptr(GString) text = NULL;
      xmlNode *t;
      guint column, row;

      if (!is_element (c, "comment") || !(ref = get_attr (c, "ref")) || !parse_cell_ref (ref, &column, &row) ||
          !(t = first_child (c, "text")))
        continue;
      text = g_string_new (NULL);
      collect_text (t, text);
      st_table_set_comment (table, row, column, g_string_free (g_steal_pointer (&text), FALSE));
    }
}

static StTable *
read_sheet (Workbook    *wb,
            const char  *name,
            const char  *target,
            GError     **error)
{
  g_autoptr(xmlDoc) doc = read_part (wb, target, TRUE, error);
  g_autoptr(StTable) table = NULL;
  xmlNode *data;
  guint next_row = 1;

  if (doc == NULL)
    return NULL;
  table = st_table_new (name);
  data = first_child (xmlDocGetRootElement (doc), "sheetData");
  for (xmlNode *row = data ? data->children : NULL; row; row = row->next)
    {
      g_autofree char *r = NULL;
      guint row_number = next_row, next_column = 0;

      if (!is_element (row, "row"))
        continue;
      if ((r = get_attr (row, "r")) != NULL)
        {
          guint64 n = g_ascii_strtoull (r, NULL, 10);
          if (n >= 1 && n <= ST_TABLE_MAX_ROWS)
            row_number = (guint) n;
        }
      next_row = row_number + 1;

      st_table_begin_row (table, row_number);
      for (xmlNode *c = row->children; c; c = c->next)
        {
          g_autofree char *ref = NULL;
          guint column = next_column, ignored;

          if (!is_element (c, "c"))
            continue;
          if ((ref = get_attr (c, "r")) != NULL && !parse_cell_ref (ref, &column, &ignored))
            column = next_column;
          if (column >= ST_TABLE_MAX_COLUMNS)
            continue;
          next_column = column + 1;
          read_cell (wb, table, c, column);
        }
      st_table_end_row (table);
    }
  read_comments (wb, table, target);
  return g_steal_pointer (&table);
}

static StTable *
read_workbook (GsfInput    *input,
               const char  *sheet,
               GError     **error)
{
  Workbook wb = { 0 };
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_free);
  StTable *table = NULL;
  guint index = 0;

  if (!workbook_open (&wb, input, error) || !workbook_list (&wb, names, targets, error))
    goto out;

  if (sheet != NULL)
    {
      for (index = 0; index < names->len; index++)
        if (g_str_equal (names->pdata[index], sheet))
          break;
      if (index == names->len)
        for (index = 0; index < names->len; index++)
          if (g_utf8_collate (names->pdata[index], sheet) == 0 ||
              g_ascii_strcasecmp (names->pdata[index], sheet) == 0)
            break;
      if (index == names->len)
        {
          g_autoptr(GString) known = g_string_new (NULL);

          for (guint i = 0; i < names->len; i++)
            g_string_append_printf (known, "%s“%s”", i ? ", " : "", (char *) names->pdata[i]);
          g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_NO_SHEET,
                       _("The workbook has no sheet “%s” (it has: %s)"), sheet, known->str);
          goto out;
        }
    }

  workbook_load_strings (&wb);
  workbook_load_styles (&wb);
  table = read_sheet (&wb, names->pdata[index], targets->pdata[index], error);

out:
  workbook_clear (&wb);
  return table;
}

static GsfInput *
memory_input (const guint8 *data,
              gsize         length)
{
  return gsf_input_memory_new (data, (gsf_off_t) length, FALSE);
}

StTable *
st_xlsx_read_bytes (const guint8  *data,
                    gsize          length,
                    const char    *sheet,
                    GError       **error)
{
  g_autoptr(GsfInput) input = NULL;

  if (length == 0 || data == NULL)
    {
      g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT, _("The file is empty"));
      return NULL;
    }
  input = memory_input (data, length);
  return read_workbook (input, sheet, error);
}

static GsfInput *
open_file (const char  *path,
           GError     **error)
{
  GsfInput *input = gsf_input_stdio_new (path, error);

  return input;
}

StTable *
st_xlsx_read_file (const char  *path,
                   const char  *sheet,
                   GError     **error)
{
  g_autoptr(GsfInput) input = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  StTable *table;

  if (!(input = open_file (path, &local)))
    {
      g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FAILED, "%s: %s", name, local->message);
      return NULL;
    }
  table = read_workbook (input, sheet, &local);
  if (table == NULL)
    g_set_error (error, ST_IMPORT_ERROR, local->code, "%s: %s", name, local->message);
  return table;
}

static GStrv
list_sheets (GsfInput  *input,
             GError   **error)
{
  Workbook wb = { 0 };
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_free);
  GStrv result = NULL;

  if (workbook_open (&wb, input, error) && workbook_list (&wb, names, targets, error))
    {
      g_ptr_array_add (names, NULL);
      result = (GStrv) g_ptr_array_steal (names, NULL);
    }
  workbook_clear (&wb);
  return result;
}

GStrv
st_xlsx_list_sheets_bytes (const guint8  *data,
                           gsize          length,
                           GError       **error)
{
  g_autoptr(GsfInput) input = NULL;

  if (length == 0 || data == NULL)
    {
      g_set_error (error, ST_IMPORT_ERROR, ST_IMPORT_ERROR_FORMAT, _("The file is empty"));
      return NULL;
    }
  input = memory_input (data, length);
  return list_sheets (input, error);
}

GStrv
st_xlsx_list_sheets (const char  *path,
                     GError     **error)
{
  g_autoptr(GsfInput) input = NULL;

  if (!(input = open_file (path, error)))
    return NULL;
  return list_sheets (input, error);
}
