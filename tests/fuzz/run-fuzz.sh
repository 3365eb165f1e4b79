#!/bin/sh
# run-fuzz.sh TARGET SEEDS [SECONDS]: a bounded run of one libFuzzer target
# from its seed corpus; new inputs go to a scratch corpus beside the seeds.
# Prints the number of executions. Crashes are kept as crash-* files in the
# current directory and fail the run.
set -eu

target=$1
seeds=$2
seconds=${3:-${FUZZ_SECONDS:-20}}
name=$(basename "$target")
corpus="$seeds/../found-$name"
mkdir -p "$corpus"

"$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -max_len=262144 \
  -print_final_stats=1 -detect_leaks=1 "$corpus" "$seeds" 2>"$corpus.log" || {
  tail -n 60 "$corpus.log"
  exit 1
}
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$corpus.log")
echo "$name: $runs executions in ${seconds} s, corpus $(ls "$corpus" | wc -l) new inputs"
