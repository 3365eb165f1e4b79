#!/usr/bin/python3
"""Check the Flatpak manifest against the build.

usage: check-flatpak.py SOURCE_ROOT

The manifest cannot be built here (no network, no flatpak-builder), so this
checks what can go wrong without building it:
- it parses as JSON;
- its app id is the project's (meson.build app_id) and its command is the GUI
  executable that the desktop file starts;
- it runs on org.gnome.Platform / org.gnome.Sdk 43 (GTK 4.8, libadwaita 1.2);
- every library the build asks for (dependency() and find_library() in every
  meson.build) is either in that runtime or built by a module, from a pinned
  release archive (https URL and sha256);
- the last module builds this project with meson from the source tree;
- finish-args stay minimal: no network, no broad file system access.
Prints TAP.
"""
import json
import os
import re
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else '.')
MANIFEST = os.path.join(ROOT, 'flatpak', 'org.sendtracker.SendTracker.json')

# pkg-config names (and find_library names) in org.gnome.Platform//43, that is
# freedesktop-sdk 22.08 plus gnome-build-meta's sdk elements.
RUNTIME = {
    'glib-2.0', 'gio-2.0', 'gobject-2.0', 'gio-unix-2.0', 'gmodule-2.0', 'gthread-2.0',
    'sqlite3', 'json-glib-1.0', 'cairo', 'cairo-pdf', 'cairo-png', 'cairo-svg',
    'cairo-gobject', 'pango', 'pangocairo', 'pangoft2', 'fontconfig', 'freetype2',
    'harfbuzz', 'gdk-pixbuf-2.0', 'gtk4', 'gtk4-unix-print', 'libadwaita-1',
    'libxml-2.0', 'zlib', 'graphene-1.0', 'librsvg-2.0', 'm', 'dl', 'pthread',
    'libpng', 'libpng16', 'expat', 'libarchive',
}
# Libraries the runtime lacks -> the module that must build them.
MODULES_FOR = {
    'xlsxwriter': 'libxlsxwriter',
    'csv': 'libcsv',
    'libcsv': 'libcsv',
    'libgsf-1': 'libgsf',
    'minizip': 'minizip',
}

results = []


def check(ok, what, detail=''):
    results.append((bool(ok), what, detail))


def meson_files():
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames[:] = [d for d in dirnames if not d.startswith(('.', 'build', '_build', 'subprojects'))]
        if 'meson.build' in filenames:
            yield os.path.join(dirpath, 'meson.build')


def strip_meson_comments(text):
    out = []
    for line in text.splitlines():
        # a '#' outside a string starts a comment
        in_str = False
        for i, c in enumerate(line):
            if c == "'":
                in_str = not in_str
            elif c == '#' and not in_str:
                line = line[:i]
                break
        out.append(line)
    return '\n'.join(out)


try:
    manifest = json.load(open(MANIFEST, encoding='utf-8'))
    check(True, 'the manifest parses as JSON')
except (OSError, ValueError) as e:
    check(False, 'the manifest parses as JSON', str(e))
    manifest = None

top = strip_meson_comments(open(os.path.join(ROOT, 'meson.build'), encoding='utf-8').read())
app_id = re.search(r"^app_id\s*=\s*'([^']+)'", top, re.M).group(1)

if manifest is not None:
    check(manifest.get('app-id') == app_id, 'app-id is %s' % app_id,
          'manifest says %r' % manifest.get('app-id'))

    # The GUI executable: executable('NAME', 'main.c', ... install: true) in src/.
    src = strip_meson_comments(open(os.path.join(ROOT, 'src', 'meson.build'), encoding='utf-8').read())
    gui = re.search(r"executable\(\s*'([^']+)'\s*,\s*'main\.c'", src)
    gui = gui.group(1) if gui else None
    check(gui is not None and manifest.get('command') == gui,
          'command is the GUI executable (%s)' % gui, 'manifest says %r' % manifest.get('command'))
    desktop = open(os.path.join(ROOT, 'data', app_id + '.desktop.in.in'), encoding='utf-8').read()
    data_meson = open(os.path.join(ROOT, 'data', 'meson.build'), encoding='utf-8').read()
    binary = re.search(r"data_conf\.set\('BINARY',\s*'([^']+)'\)", data_meson)
    exec_line = re.search(r'^Exec=(\S+)', desktop, re.M)
    exec_name = exec_line.group(1) if exec_line else None
    if exec_name == '@BINARY@' and binary:
        exec_name = binary.group(1)
    check(exec_name == manifest.get('command'), 'the desktop file starts the same command',
          'Exec=%s' % exec_name)

    check(manifest.get('runtime') == 'org.gnome.Platform' and manifest.get('sdk') == 'org.gnome.Sdk'
          and str(manifest.get('runtime-version')) == '43',
          'runtime org.gnome.Platform//43 with org.gnome.Sdk')

    args = manifest.get('finish-args', [])
    bad = [a for a in args if a.startswith(('--share=network', '--filesystem', '--socket=x11',
                                            '--socket=session-bus', '--socket=system-bus',
                                            '--device=all', '--talk-name', '--system-talk-name'))]
    check(not bad, 'finish-args are minimal (no network, files through the portal)', ' '.join(bad))
    for want in ('--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri'):
        check(want in args, 'finish-args has %s' % want)

    modules = manifest.get('modules', [])
    names = [m.get('name') if isinstance(m, dict) else None for m in modules]

    deps = set()
    for path in meson_files():
        text = strip_meson_comments(open(path, encoding='utf-8').read())
        for m in re.finditer(r"\bdependency\(\s*'([^']+)'", text):
            deps.add(m.group(1))
        for m in re.finditer(r"\bfind_library\(\s*'([^']+)'", text):
            deps.add(m.group(1))
    check('xlsxwriter' in deps, 'the scan of meson.build files finds the build\'s dependencies',
          ' '.join(sorted(deps)))
    for dep in sorted(deps):
        if dep in RUNTIME:
            check(True, '%s is in the GNOME 43 runtime' % dep)
            continue
        module_name = MODULES_FOR.get(dep)
        if module_name is None:
            check(False, '%s: in the GNOME 43 runtime, or built by a module?' % dep,
                  'add it to RUNTIME or MODULES_FOR in tests/check-flatpak.py and a module '
                  'to the manifest')
            continue
        module = next((m for m in modules if isinstance(m, dict) and m.get('name') == module_name), None)
        ok = module is not None and names.index(module_name) < len(names) - 1
        detail = ''
        if ok:
            for s in module.get('sources', []):
                if s.get('type') not in ('archive', 'file'):
                    ok, detail = False, 'source type %r is not a pinned archive' % s.get('type')
                elif not str(s.get('url', '')).startswith('https://'):
                    ok, detail = False, 'url is not https: %r' % s.get('url')
                elif not re.fullmatch(r'[0-9a-f]{64}', str(s.get('sha256', ''))):
                    ok, detail = False, 'no sha256 for %s' % s.get('url')
            if not module.get('sources'):
                ok, detail = False, 'module has no sources'
        else:
            detail = 'no module %r before the application module' % module_name
        check(ok, '%s is built by module %s from a pinned archive with sha256' % (dep, module_name),
              detail)

    last = modules[-1] if modules else {}
    check(isinstance(last, dict) and last.get('buildsystem') == 'meson'
          and any(s.get('type') == 'dir'
                  and os.path.exists(os.path.join(ROOT, 'flatpak', s.get('path', ''), 'meson.build'))
                  and os.path.samefile(os.path.join(ROOT, 'flatpak', s.get('path', '')), ROOT)
                  for s in last.get('sources', [])),
          'the last module builds this source tree with meson')

print('1..%d' % len(results))
for i, (ok, what, detail) in enumerate(results, 1):
    print('%s %d - %s' % ('ok' if ok else 'not ok', i, what))
    if not ok and detail:
        print('# ' + detail)
sys.exit(0 if all(ok for ok, _, _ in results) else 1)
