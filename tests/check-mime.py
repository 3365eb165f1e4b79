#!/usr/bin/python3
"""Check the shared-mime-info type for plan files, as installed.

usage: check-mime.py MIME_XML CLI ST_PLAN_H

Builds a private MIME database from the system's freedesktop.org.xml and ours
with update-mime-database, then asks GIO (gio info) what real files are:
a plan made by send-tracker-cli is ours by its name and, renamed, by its bytes
(the SQLite header plus the application id); another SQLite file is not ours.
Prints TAP.
"""
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

NS = '{http://www.freedesktop.org/standards/shared-mime-info}'
TYPE = 'application/x-sendplan'

mime_xml, cli, plan_h = sys.argv[1:4]
results = []


def check(ok, what):
    results.append((bool(ok), what))


# 1. The XML says what we mean.
root = ET.parse(mime_xml).getroot()
types = root.findall(NS + 'mime-type')
check(len(types) == 1 and types[0].get('type') == TYPE, 'one MIME type, ' + TYPE)
t = types[0]
check([g.get('pattern') for g in t.findall(NS + 'glob')] == ['*.sendplan'], 'glob *.sendplan')
check([s.get('type') for s in t.findall(NS + 'sub-class-of')] == ['application/vnd.sqlite3'],
      'sub-class of application/vnd.sqlite3')
app_id = int(re.search(r'#define ST_PLAN_APPLICATION_ID (0x[0-9A-Fa-f]+)',
                       open(plan_h).read()).group(1), 16)
outer = t.find(NS + 'magic/' + NS + 'match')
inner = outer.find(NS + 'match') if outer is not None else None
check(outer is not None and outer.get('offset') == '0'
      and outer.get('value') == 'SQLite format 3\\0', 'magic: SQLite header at offset 0')
check(inner is not None and inner.get('type') == 'big32' and inner.get('offset') == '68'
      and int(inner.get('value'), 16) == app_id,
      'magic: application id 0x%08X at offset 68 (ST_PLAN_APPLICATION_ID)' % app_id)
check(t.find(NS + 'comment') is not None, 'has a comment (shown by file managers)')

# 2. The database that update-mime-database builds identifies real files.
tmp = tempfile.mkdtemp(prefix='st-mime-')
try:
    packages = os.path.join(tmp, 'mime', 'packages')
    os.makedirs(packages)
    shutil.copy('/usr/share/mime/packages/freedesktop.org.xml', packages)
    shutil.copy(mime_xml, packages)
    r = subprocess.run(['update-mime-database', '-V', os.path.join(tmp, 'mime')],
                       capture_output=True, text=True)
    check(r.returncode == 0 and 'rror' not in r.stderr,
          'update-mime-database accepts it' + (': ' + r.stderr.strip() if r.returncode else ''))

    files = os.path.join(tmp, 'files')
    os.makedirs(files)
    plan = os.path.join(files, 'plan.sendplan')
    subprocess.run([cli, 'new', plan], check=True, capture_output=True)
    shutil.copy(plan, os.path.join(files, 'renamed-plan.db'))
    con = sqlite3.connect(os.path.join(files, 'other.db'))
    con.execute('CREATE TABLE t (x)')
    con.commit()
    con.close()

    env = dict(os.environ, XDG_DATA_HOME=tmp, XDG_DATA_DIRS=tmp)

    def content_type(name):
        r = subprocess.run(['gio', 'info', '-a', 'standard::content-type',
                            os.path.join(files, name)],
                           env=env, capture_output=True, text=True)
        m = re.search(r'standard::content-type: (\S+)', r.stdout)
        return m.group(1) if m else r.stderr.strip()

    for name, want in [('plan.sendplan', TYPE),
                       ('renamed-plan.db', TYPE),
                       ('other.db', 'application/vnd.sqlite3')]:
        got = content_type(name)
        check(got == want, '%s is %s (got %s)' % (name, want, got))
finally:
    shutil.rmtree(tmp)

print('1..%d' % len(results))
for i, (ok, what) in enumerate(results, 1):
    print('%s %d - %s' % ('ok' if ok else 'not ok', i, what))
sys.exit(0 if all(ok for ok, _ in results) else 1)
