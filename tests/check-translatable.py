#!/usr/bin/python3
"""Check that user-visible strings go through gettext.

usage: check-translatable.py SOURCE_ROOT

- Every string property of a GtkBuilder .ui file that people see (label, title,
  tooltip-text, placeholder-text, ...) with letters in it is marked
  translatable="yes" (or deliberately translatable="no"); so are menu
  attributes, accessibility properties and <item>s of string lists.
- In src/**/*.c, string literals with letters passed straight to functions that
  show text to people (gtk_label_set_text, adw_toast_new, g_set_error,
  adw_message_dialog_new, gtk_window_set_title, g_print, g_printerr, ...) are
  wrapped in _(), N_(), C_() or a gettext call.
- po/POTFILES.in is sorted, names only files that exist, and names every .ui
  file with strings and every .c file that marks strings.

A heuristic, but a real one: prints TAP, one test per file, with every finding.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != '--self-test' else '.')

# ---------------------------------------------------------------------------
# .ui files

# Properties that hold text shown to people (GTK 4.8 and libadwaita 1.2).
UI_TEXT_PROPERTIES = {
    'label', 'title', 'subtitle', 'tooltip-text', 'tooltip-markup', 'placeholder-text',
    'description', 'text', 'secondary-text', 'heading', 'body', 'button-label',
    'accelerator-label', 'primary-text', 'comments', 'application-name',
    'developer-name', 'copyright', 'translator-credits', 'accept-label', 'cancel-label',
    'message', 'default-text', 'name-label', 'value-label', 'show-more-label',
}
# Accessibility properties (<accessibility><property name="...">).
UI_ACCESSIBLE_PROPERTIES = {'label', 'description', 'placeholder', 'role-description',
                            'value-text'}
# Classes whose "text"/"label"-like properties are not shown as text, by name.
UI_EXEMPT = {
    ('GtkShortcutsShortcut', 'accelerator'),
}


def has_letters(text):
    return text is not None and re.search(r'[^\W\d_]', text) is not None


def check_ui(path, rel):
    problems = []
    try:
        tree = ET.parse(path)
    except ET.ParseError as e:
        return ['%s: not well-formed XML: %s' % (rel, e)]

    def visit(elem, cls, in_accessibility):
        tag = elem.tag
        if tag in ('object', 'template'):
            cls = elem.get('class') or cls
        if tag == 'accessibility':
            in_accessibility = True
        checked = None
        if tag == 'property':
            name = (elem.get('name') or '').replace('_', '-')
            names = UI_ACCESSIBLE_PROPERTIES if in_accessibility else UI_TEXT_PROPERTIES
            if name in names and (cls, name) not in UI_EXEMPT:
                checked = 'property "%s" of %s' % (name, cls)
        elif tag == 'attribute' and (elem.get('name') or '') in ('label', 'tooltip'):
            checked = 'menu attribute "%s"' % elem.get('name')
        elif tag == 'item':
            checked = 'item of %s' % cls
        elif tag in ('mime-type', 'pattern', 'suffix'):
            checked = None
        if (checked and len(elem) == 0 and has_letters(elem.text)
                and elem.get('translatable') not in ('yes', 'no', 'true', 'false')):
            problems.append('%s: %s is not marked translatable="yes": "%s"'
                            % (rel, checked, elem.text.strip()))
        for child in elem:
            visit(child, cls, in_accessibility)

    visit(tree.getroot(), None, False)
    return problems


def ui_has_strings(path):
    try:
        return 'translatable="yes"' in open(path, encoding='utf-8').read()
    except OSError:
        return False


# ---------------------------------------------------------------------------
# C files

# function -> which arguments (0-based) carry text for people. 'all' = every
# argument; 'even1' = arguments 2, 4, ... (label of id/label pairs);
# 'kv' = property/value pairs: values of text properties.
C_TEXT_ARGS = {
    'gtk_label_new': [0], 'gtk_label_new_with_mnemonic': [0],
    'gtk_label_set_text': [1], 'gtk_label_set_label': [1], 'gtk_label_set_markup': [1],
    'gtk_label_set_text_with_mnemonic': [1], 'gtk_label_set_markup_with_mnemonic': [1],
    'gtk_inscription_set_text': [1], 'gtk_inscription_set_markup': [1],
    'gtk_inscription_new': [0],
    'gtk_button_new_with_label': [0], 'gtk_button_new_with_mnemonic': [0],
    'gtk_button_set_label': [1],
    'gtk_check_button_new_with_label': [0], 'gtk_check_button_new_with_mnemonic': [0],
    'gtk_check_button_set_label': [1],
    'gtk_toggle_button_new_with_label': [0], 'gtk_toggle_button_new_with_mnemonic': [0],
    'gtk_menu_button_set_label': [1], 'gtk_link_button_new_with_label': [1],
    'gtk_frame_new': [0], 'gtk_frame_set_label': [1], 'gtk_expander_new': [0],
    'gtk_window_set_title': [1], 'gtk_widget_set_tooltip_text': [1],
    'gtk_widget_set_tooltip_markup': [1],
    'gtk_entry_set_placeholder_text': [1], 'gtk_text_set_placeholder_text': [1],
    'gtk_search_entry_set_placeholder_text': [1], 'gtk_password_entry_set_placeholder_text': [1],
    'gtk_column_view_column_new': [0], 'gtk_column_view_column_set_title': [1],
    'gtk_file_chooser_native_new': [0, 3, 4], 'gtk_file_filter_set_name': [1],
    'gtk_file_chooser_add_choice': [2], 'gtk_print_operation_set_custom_tab_label': [1],
    'gtk_progress_bar_set_text': [1], 'gtk_level_bar_add_offset_value': [],
    'gtk_notebook_set_tab_label_text': [2], 'gtk_stack_add_titled': [3],
    'gtk_stack_page_set_title': [1], 'gtk_drop_down_new_from_strings': [],
    'gtk_accessible_update_property': 'accessible',
    'gtk_accessible_update_relation': [],
    'g_menu_append': [1], 'g_menu_insert': [2], 'g_menu_prepend': [1],
    'g_menu_item_new': [0], 'g_menu_item_set_label': [1],
    'g_menu_append_section': [1], 'g_menu_append_submenu': [1],
    'g_notification_new': [0], 'g_notification_set_body': [1],
    'g_notification_add_button': [1],
    'adw_toast_new': [0], 'adw_toast_new_format': [0], 'adw_toast_set_title': [1],
    'adw_toast_set_button_label': [1],
    'adw_message_dialog_new': [1, 2], 'adw_message_dialog_set_heading': [1],
    'adw_message_dialog_set_body': [1], 'adw_message_dialog_format_heading': [1],
    'adw_message_dialog_format_body': [1], 'adw_message_dialog_format_body_markup': [1],
    'adw_message_dialog_format_heading_markup': [1],
    'adw_message_dialog_add_response': [2], 'adw_message_dialog_add_responses': 'even1',
    'adw_message_dialog_set_response_label': [2],
    'adw_window_title_new': [0, 1], 'adw_window_title_set_title': [1],
    'adw_window_title_set_subtitle': [1],
    'adw_preferences_row_set_title': [1], 'adw_action_row_set_subtitle': [1],
    'adw_expander_row_set_subtitle': [1], 'adw_preferences_group_set_title': [1],
    'adw_preferences_group_set_description': [1], 'adw_preferences_page_set_title': [1],
    'adw_status_page_set_title': [1], 'adw_status_page_set_description': [1],
    'adw_view_stack_add_titled': [3], 'adw_view_stack_page_set_title': [1],
    'adw_button_content_set_label': [1], 'adw_split_button_set_label': [1],
    'adw_combo_row_set_subtitle': [1], 'adw_entry_row_set_title': [1],
    'adw_show_about_window': 'kv', 'g_object_new': 'kv', 'g_object_set': 'kv',
    'g_set_error': [3], 'g_set_error_literal': [3], 'g_error_new': [2],
    'g_error_new_literal': [2], 'g_prefix_error': [1], 'g_propagate_prefixed_error': [2],
    'g_prefix_error_literal': [1],
    'g_print': 'print0', 'g_printerr': 'print0', 'fprintf': 'print1', 'printf': 'print0',
    'g_printf': 'print0', 'g_fprintf': 'print1', 'puts': 'print0', 'fputs': 'print0',
    'g_option_context_new': [0], 'g_option_context_set_summary': [1],
    'g_option_context_set_description': [1],
}
# Property names whose values are text for people (for 'kv' functions).
KV_TEXT_KEYS = UI_TEXT_PROPERTIES | {'website-label', 'release-notes', 'issue-url-label'}

GETTEXT_CALLS = {'_', 'N_', 'C_', 'NC_', 'Q_', 'gettext', 'ngettext', 'g_dgettext',
                 'g_dngettext', 'g_dpgettext', 'g_dpgettext2', 'dgettext', 'dngettext',
                 'pgettext', 'g_ngettext'}
# Literals inside these nested calls count as text too (a format for people).
NESTED_TEXT_CALLS = {'g_strdup_printf': 0, 'g_strdup': 0, 'g_strconcat': 'all'}

PRINTF_SPEC = re.compile(r"%[-+ #0']*(\*|\d+)?(\.(\*|\d+))?(hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcspn%]")


def strip_comments(src):
    """Blank out comments, keep strings, newlines and offsets."""
    out = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith('/*', i):
            j = src.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', src[i:j]))
            i = j
        elif src.startswith('//', i):
            j = src.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        elif c in '"\'':
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == '\\' else 1
            out.append(src[i:j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def split_args(src, start):
    """src[start] is '('. Return ([(arg_text, arg_offset)], end offset)."""
    depth = 0
    args = []
    i = start
    arg_start = start + 1
    n = len(src)
    while i < n:
        c = src[i]
        if c in '"\'':
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == '\\' else 1
            i = j + 1
            continue
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
            if depth == 0:
                args.append((src[arg_start:i], arg_start))
                return args, i
        elif c == ',' and depth == 1:
            args.append((src[arg_start:i], arg_start))
            arg_start = i + 1
        i += 1
    return args, n


def literal_text(lit):
    """The text of a C string literal with escapes and printf conversions removed."""
    body = lit[1:-1]
    body = re.sub(r'\\(x[0-9a-fA-F]+|[0-7]{1,3}|.)', ' ', body)
    body = PRINTF_SPEC.sub(' ', body)
    # Program names, options and identifiers are not translated:
    # send-tracker-cli, --period, st_plan_open.
    return re.sub(r'(--?)?\w+(?:[-_]\w+)+|--\w+', ' ', body)


def bare_literals(arg):
    """String literals in an argument that reach the function without gettext:
    at the argument's own level (also in a ?: ), or as the format of a nested
    g_strdup_printf()/g_strdup()/g_strconcat() that is not itself wrapped."""
    found = []
    i, n = 0, len(arg)
    while i < n:
        c = arg[i]
        if c == '"':
            j = i + 1
            while j < n and arg[j] != '"':
                j += 2 if arg[j] == '\\' else 1
            found.append(arg[i:j + 1])
            i = j + 1
            continue
        if c == "'":
            j = i + 1
            while j < n and arg[j] != "'":
                j += 2 if arg[j] == '\\' else 1
            i = j + 1
            continue
        m = re.match(r'([A-Za-z_]\w*)\s*\(', arg[i:])
        if m and (i == 0 or not (arg[i - 1].isalnum() or arg[i - 1] == '_')):
            name = m.group(1)
            open_at = i + m.end() - 1
            inner, end = split_args(arg, open_at)
            if name in NESTED_TEXT_CALLS:
                which = NESTED_TEXT_CALLS[name]
                picked = inner if which == 'all' else inner[which:which + 1]
                for text, _ in picked:
                    found.extend(bare_literals(text))
            # Literals inside any other call (gettext or not) are not text
            # for this function: property names, formats of other things.
            i = end + 1
            continue
        i += 1
    return found


def check_c(path, rel):
    problems = []
    src = strip_comments(open(path, encoding='utf-8').read())
    names = '|'.join(sorted(map(re.escape, C_TEXT_ARGS), key=len, reverse=True))
    for m in re.finditer(r'(?<![\w.>])(' + names + r')\s*\(', src):
        name = m.group(1)
        # Skip declarations/definitions of our own functions with these names.
        line_start = src.rfind('\n', 0, m.start()) + 1
        if re.match(r'\s*(#\s*define|static|extern|G_GNUC)', src[line_start:m.start()]):
            continue
        args, _ = split_args(src, m.end() - 1)
        spec = C_TEXT_ARGS[name]
        texts = []  # (arg text, rule)
        if spec == 'kv':
            first = 1 if name in ('adw_show_about_window', 'g_object_set') else 1
            rest = args[first:]
            for k in range(0, len(rest) - 1, 2):
                key = rest[k][0].strip()
                km = re.fullmatch(r'"([\w-]+)"', key)
                if km and km.group(1).replace('_', '-') in KV_TEXT_KEYS:
                    texts.append((rest[k + 1][0], 'text'))
        elif spec == 'even1':
            for k in range(2, len(args), 2):
                texts.append((args[k][0], 'text'))
        elif spec == 'accessible':
            for k in range(1, len(args) - 1):
                if re.search(r'GTK_ACCESSIBLE_PROPERTY_(LABEL|DESCRIPTION|PLACEHOLDER|'
                             r'ROLE_DESCRIPTION|VALUE_TEXT)\b', args[k][0]):
                    texts.append((args[k + 1][0], 'text'))
        elif spec in ('print0', 'print1'):
            k = 0 if spec == 'print0' else 1
            if len(args) > k:
                texts.append((args[k][0], 'print'))
        else:
            for k in spec:
                if k < len(args):
                    texts.append((args[k][0], 'text'))
        for arg, rule in texts:
            for lit in bare_literals(arg):
                text = literal_text(lit)
                if rule == 'print':
                    # Output for people has words; data formats ("%s\n",
                    # "%d\t%s") and JSON/CSV punctuation do not count.
                    shown = re.search(r'[^\W\d_]{2,}', text) is not None
                else:
                    shown = has_letters(text)
                if shown:
                    line = src.count('\n', 0, m.start()) + 1
                    problems.append('%s:%d: %s() is given %s without _()' % (rel, line, name, lit))
    return problems


def c_marks_strings(path):
    src = strip_comments(open(path, encoding='utf-8').read())
    return re.search(r'(?<![\w])(_|N_|C_|NC_|Q_)\s*\(\s*"', src) is not None


# ---------------------------------------------------------------------------

def walk(top, suffix):
    found = []
    for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, top)):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(('.', 'build')))
        for f in sorted(filenames):
            if f.endswith(suffix):
                found.append(os.path.relpath(os.path.join(dirpath, f), ROOT))
    return found


def main():
    results = []
    ui_files = walk('ui', '.ui') + walk('src', '.ui')
    c_files = walk('src', '.c')

    for rel in ui_files:
        results.append((rel + ' marks every visible string translatable',
                        check_ui(os.path.join(ROOT, rel), rel)))
    for rel in c_files:
        results.append((rel + ' wraps the strings it shows in _()',
                        check_c(os.path.join(ROOT, rel), rel)))

    potfiles_path = os.path.join(ROOT, 'po', 'POTFILES.in')
    listed = [l.strip() for l in open(potfiles_path, encoding='utf-8')
              if l.strip() and not l.startswith('#')]
    problems = []
    if listed != sorted(listed):
        problems.append('po/POTFILES.in is not sorted')
    for rel in listed:
        if not os.path.exists(os.path.join(ROOT, rel)):
            problems.append('po/POTFILES.in names %s, which does not exist' % rel)
    for rel in ui_files:
        if ui_has_strings(os.path.join(ROOT, rel)) and rel not in listed:
            problems.append('po/POTFILES.in does not name %s' % rel)
    for rel in c_files:
        if c_marks_strings(os.path.join(ROOT, rel)) and rel not in listed:
            problems.append('po/POTFILES.in does not name %s' % rel)
    for rel in walk('data', '.in'):
        if re.search(r'\.(desktop|metainfo\.xml|mime\.xml|xml)(\.in)+$', rel) and rel not in listed:
            problems.append('po/POTFILES.in does not name %s' % rel)
    for rel in walk('data', '.gschema.xml'):
        if rel not in listed:
            problems.append('po/POTFILES.in does not name %s' % rel)
    results.append(('po/POTFILES.in is sorted and complete', problems))

    print('1..%d' % len(results))
    failed = 0
    for i, (what, problems) in enumerate(results, 1):
        if problems:
            failed += 1
            print('not ok %d - %s' % (i, what))
            for p in problems:
                print('# ' + p)
        else:
            print('ok %d - %s' % (i, what))
    return 1 if failed else 0


SELF_TEST_UI_BAD = """<interface>
  <object class="GtkButton"><property name="label">Export</property>
    <property name="tooltip-text">Export the board pack</property></object>
  <object class="GtkEntry"><property name="placeholder-text">Search actions</property>
    <accessibility><property name="label">Period</property></accessibility></object>
  <menu id="m"><section><item><attribute name="label">_Print…</attribute></item></section></menu>
  <object class="GtkStringList"><items><item>Monthly</item></items></object>
  <object class="AdwStatusPage"><property name="title">No plan open</property></object>
</interface>"""
SELF_TEST_UI_GOOD = """<interface>
  <object class="GtkButton"><property name="label" translatable="yes">Export</property>
    <property name="icon-name">document-save-symbolic</property>
    <property name="tooltip-text" context="verb" translatable="yes">Export</property></object>
  <object class="GtkLabel"><property name="label">%</property>
    <property name="name">summary</property></object>
  <object class="GtkLabel"><binding name="label"><lookup name="title">GtkListItem</lookup></binding></object>
  <object class="GtkLabel"><property name="label" translatable="no">SEND</property></object>
</interface>"""
SELF_TEST_C_BAD = r"""
static void f (GtkLabel *label, GError **error, AdwToastOverlay *o, GtkWindow *w)
{
  gtk_label_set_text (label, "No plan is open");
  adw_toast_overlay_add_toast (o, adw_toast_new ("Saved"));
  g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_IO, "Could not read %s", path);
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Disk full");
  dialog = adw_message_dialog_new (w, "Delete action?", NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", "_Cancel",
                                    "delete", _("_Delete"), NULL);
  gtk_window_set_title (w, busy ? "Exporting" : _("Done"));
  g_print ("%u actions rated\n", n);
  g_printerr ("send-tracker-cli: cannot open %s\n", path);
  gtk_widget_set_tooltip_text (GTK_WIDGET (w), g_strdup_printf ("%d overdue", n));
  gtk_accessible_update_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL, "Rating", -1);
}
"""
SELF_TEST_C_GOOD = r"""
static void f (GtkLabel *label, GError **error, AdwToastOverlay *o, GtkWindow *w)
{
  /* gtk_label_set_text (label, "in a comment"); */
  gtk_label_set_text (label, _("No plan is open"));
  gtk_label_set_text (label, st_record_get_string (r, "title"));
  gtk_label_set_text (label, "");
  gtk_label_set_text (label, "—");
  adw_toast_overlay_add_toast (o, adw_toast_new (_("Saved")));
  g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_IO, _("Could not read %s"), path);
  dialog = adw_message_dialog_new (w, _("Delete action?"), NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "ok", C_("response", "OK"));
  g_print ("%s\n", text);
  g_print ("%d\t%s\t%.1f\n", a, b, c);
  g_printerr ("send-tracker-cli: %s\n", error->message);
  gtk_widget_set_tooltip_text (GTK_WIDGET (w), g_strdup_printf (_("%d overdue"), n));
  g_warning ("Could not create the example plan: %s", error->message);
}
"""


def self_test():
    """The checker finds what it should and nothing else."""
    import tempfile
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        def write(name, text):
            path = os.path.join(tmp, name)
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
            return path
        found = check_ui(write('bad.ui', SELF_TEST_UI_BAD), 'bad.ui')
        results.append(('unmarked .ui strings are found (7)', len(found) == 7, found))
        found = check_ui(write('good.ui', SELF_TEST_UI_GOOD), 'good.ui')
        results.append(('marked .ui strings pass', found == [], found))
        found = check_c(write('bad.c', SELF_TEST_C_BAD), 'bad.c')
        results.append(('unwrapped C strings are found (11)', len(found) == 11, found))
        found = check_c(write('good.c', SELF_TEST_C_GOOD), 'good.c')
        results.append(('wrapped C strings and data pass', found == [], found))
    print('1..%d' % len(results))
    for i, (what, ok, found) in enumerate(results, 1):
        print('%s %d - %s' % ('ok' if ok else 'not ok', i, what))
        for p in found:
            print('# ' + p)
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == '__main__':
    if sys.argv[1:2] == ['--self-test']:
        sys.exit(self_test())
    sys.exit(main())
