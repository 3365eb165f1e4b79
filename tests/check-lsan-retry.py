#!/usr/bin/env python3
"""check-lsan-retry.py LSAN_RETRY: build-aux/lsan-retry reruns a test only
when LeakSanitizer's tracer crashed, never after a leak report or another
failure, and returns the test's own exit status."""

import os
import subprocess
import sys
import tempfile

TRACER = ("Tracer caught signal 11: addr=0x0 pc=0x0 sp=0x0\n"
          "==1==LeakSanitizer has encountered a fatal error.\n")
LEAK = "==1==ERROR: LeakSanitizer: detected memory leaks\n"

# A fake test: fails the first time with the given stderr and status, then passes.
FAKE = """#!/bin/sh
n=$(cat "$1"); echo $((n + 1)) > "$1"
if [ "$n" -eq 0 ]; then printf '%s' "$2" >&2; exit "$3"; fi
exit 0
"""


def run(wrapper, stderr, status):
    with tempfile.TemporaryDirectory() as tmp:
        fake = os.path.join(tmp, "fake")
        counter = os.path.join(tmp, "runs")
        with open(fake, "w") as f:
            f.write(FAKE)
        os.chmod(fake, 0o755)
        with open(counter, "w") as f:
            f.write("0\n")
        rc = subprocess.run([wrapper, fake, counter, stderr, str(status)],
                            stderr=subprocess.DEVNULL).returncode
        with open(counter) as f:
            return rc, int(f.read())


def main():
    wrapper = sys.argv[1]
    cases = [
        # (stderr of the first run, its status, expected status, expected runs)
        (TRACER, 1, 0, 2),          # the tracer crashed: run again, which passes
        (LEAK + TRACER, 23, 23, 1), # a leak report: never run again
        ("==1==ERROR: AddressSanitizer: heap-use-after-free\n" + TRACER, 1, 1, 1),
        ("x.c:1:1: runtime error: signed integer overflow\n" + TRACER, 1, 1, 1),
        ("**ERROR**: assertion failed\n", 134, 134, 1),  # another failure
        ("", 0, 0, 1),              # passed: run once
    ]
    failed = 0
    for stderr, status, want_rc, want_runs in cases:
        rc, runs = run(wrapper, stderr, status)
        ok = rc == want_rc and runs == want_runs
        failed += not ok
        print("%s %r -> status %d after %d run(s)" % ("ok" if ok else "FAIL", stderr[:40], rc, runs))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
