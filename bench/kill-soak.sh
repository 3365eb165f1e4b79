#!/bin/sh
# bench/kill-soak.sh [KILLS] [SECONDS]: the kill -9 test of tests/test-kill.c,
# longer than in CI (default 5000 kills, at most 30 minutes).
set -eu
cd "$(dirname "$0")/.."
ninja -C build >/dev/null
ST_CLI="$PWD/build/src/send-tracker-cli" ST_KILL_ROUNDS="${1:-5000}" ST_KILL_SECONDS="${2:-1800}" \
  TZ=UTC LC_ALL=C.UTF-8 build/tests/test-kill --verbose
