#!/usr/bin/python3
"""Fill the COMMANDS section of send-tracker-cli.1 from the program's own help.

usage: gen-cli-man.py CLI VERSION INPUT OUTPUT

The command list comes from `send-tracker-cli --help`, each command's usage,
summary and options from `send-tracker-cli COMMAND --help`, so the manual
page lists exactly the commands the program has.
"""
import os
import re
import subprocess
import sys

cli, version, src, dst = sys.argv[1:5]
env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='')


def run(*args):
    return subprocess.run([cli, *args], capture_output=True, text=True, env=env, check=True).stdout


def roff(text):
    text = text.replace('\\', '\\e').replace('-', '\\-')
    named = {'’': "\\(cq", '‘': "\\(oq", '“': "\\(lq", '”': "\\(rq", '—': "\\(em",
             '–': "\\(en", '…': '.\\|.\\|.', '£': "\\(Po"}
    text = ''.join(named.get(c, c if ord(c) < 128 else '\\[u%04X]' % ord(c)) for c in text)
    return re.sub(r'^([.\'])', r'\\&\1', text)


commands = []
section = False
for line in run('--help').splitlines():
    if line.rstrip().endswith(':') and not line.startswith(' '):
        section = line.strip() == 'Commands:'
        continue
    m = re.match(r'^  (\S+)\s+(.*)$', line)
    if section and m:
        commands.append((m.group(1), m.group(2).strip()))
if not commands:
    sys.exit('gen-cli-man.py: no commands found in "%s --help"' % cli)

out = []
for name, summary in commands:
    help_text = run(name, '--help')
    usage = re.search(r'send-tracker-cli \[OPTION…\] (.*)', help_text)
    usage = usage.group(1).strip() if usage else name
    out.append('.TP')
    out.append('.B %s' % roff(usage))
    out.append(roff(summary) + '.')
    options = []
    in_app = False
    for line in help_text.splitlines():
        if line.startswith('Application Options:'):
            in_app = True
            continue
        if in_app:
            m = re.match(r'^\s+(-\S.*?)\s{2,}(\S.*)$', line)
            if m:
                options.append((m.group(1).strip(), m.group(2).strip()))
    if options:
        out.append('.RS')
        for flag, text in options:
            out.append('.TP')
            out.append('.B %s' % roff(flag))
            out.append(roff(text))
        out.append('.RE')

page = open(src, encoding='utf-8').read()
page = page.replace('@VERSION@', version).replace('@COMMANDS@', '\n'.join(out))
with open(dst, 'w', encoding='utf-8') as f:
    f.write(page)
