#!/usr/bin/env bash
# Cold start of the GUI against a local DynamoDB: runs `dynaconsole --bench-w5 TABLE` RUNS times
# (offscreen) and prints the median, min and max of the time to the table list, to the open
# table, to its first page of items in the grid (ms since process start), and of the RSS then.
#
#   bench/gui-cold-start.sh PATH_TO_dynaconsole ENDPOINT_URL TABLE [RUNS=10]
set -euo pipefail

usage() { echo "usage: $0 PATH_TO_dynaconsole ENDPOINT_URL TABLE [RUNS=10]" >&2; exit 2; }
[ $# -ge 3 ] && [ $# -le 4 ] || usage
console=$1 endpoint=$2 table=$3 runs=${4:-10}
[ -x "$console" ] || { echo "$console is not an executable" >&2; exit 2; }
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive number" >&2; exit 2; }
# Only ever against this machine: the bench reads a table, but it must never hit a real account.
[[ $endpoint =~ ^http://127\.0\.0\.1(:[0-9]+)?/?$ ]] ||
    { echo "refusing endpoint $endpoint: only http://127.0.0.1[:PORT] is allowed" >&2; exit 2; }

results=$(mktemp) errors=$(mktemp)
trap 'rm -f "$results" "$errors"' EXIT
for run in $(seq 1 "$runs"); do
    out=$(env QT_QPA_PLATFORM=offscreen timeout 90 "$console" --endpoint "$endpoint" \
        --bench-w5 "$table" 2>"$errors") ||
        { echo "run $run failed:" >&2; cat "$errors" >&2; exit 1; }
    line=$(printf '%s\n' "$out" | grep '^RESULT ' | tail -1)
    [ -n "$line" ] || { echo "run $run printed no RESULT line" >&2; exit 1; }
    echo "run $run: ${line#RESULT }"
    echo "$line" >>"$results"
done

echo "$runs runs of --bench-w5 $table at $endpoint (ms since process start; RSS in kB)"
printf '%-10s %10s %10s %10s\n' figure median min max
for key in tables_ms page_ms items_ms rss_kb; do
    # One value per run, sorted, then the middle one (mean of the two middle ones when even).
    sed -n "s/.* $key=\([0-9]*\).*/\1/p" "$results" | sort -n | awk -v key="$key" '
        { v[NR] = $1 }
        END {
            median = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%-10s %10s %10s %10s\n", key, median, v[1], v[NR]
        }'
done
