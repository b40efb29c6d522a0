#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang (address and undefined-behaviour sanitizers)
# and runs each one on a copy of its seed corpus, so the repository stays clean.
#   DYNA_FUZZ_BUILD_DIR  build folder (default build/fuzz)
#   DYNA_FUZZ_SECONDS    how long each target runs (default 60)
#   arguments            the targets to run (default: all), e.g. attributevalue stsxml
# Prints one "FUZZ target=... runs=... seconds=... corpus=... crashes=..." line per target and
# exits non-zero, naming the target and its crashing input, when any target crashed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

build=${DYNA_FUZZ_BUILD_DIR:-$DYNA_ROOT/build/fuzz}
seconds=${DYNA_FUZZ_SECONDS:-60}
targets=("$@")
if ((${#targets[@]} == 0)); then
    targets=(attributevalue documentconverter sharedconfig stsxml responses)
fi
for target in "${targets[@]}"; do
    [ -d "$DYNA_ROOT/fuzz/corpus/$target" ] || die "no fuzz target named $target (no fuzz/corpus/$target)"
done
"$DYNA_ROOT/scripts/install-deps.sh" --fuzz

CC=clang-14 CXX=clang++-14 cmake -S "$DYNA_ROOT" -B "$build" -G Ninja -DDYNA_FUZZ=ON \
    -DDYNA_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake --build "$build" --target fuzz_all -j"$(nproc)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=()
for target in "${targets[@]}"; do
    corpus=$work/corpus/$target
    artifacts=$build/artifacts/$target
    log=$work/$target.log
    mkdir -p "$corpus"
    cp "$DYNA_ROOT/fuzz/corpus/$target"/* "$corpus/"
    # Only this run's findings: a crash file left from an earlier run would be reported again.
    rm -rf "$artifacts"
    mkdir -p "$artifacts"
    log "fuzzing $target for ${seconds}s"
    start=$SECONDS
    status=0
    "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" \
        >"$log" 2>&1 || status=$?
    elapsed=$((SECONDS - start))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    found=$(find "$artifacts" -type f | sort)
    crashes=0
    [ -n "$found" ] && crashes=$(printf '%s\n' "$found" | wc -l)
    if ((status != 0)) && ((crashes == 0)); then
        crashes=1 # died without writing an input, e.g. a sanitizer error during startup
    fi
    echo "FUZZ target=$target runs=${runs:-0} seconds=$elapsed corpus=$(find "$corpus" -type f | wc -l) crashes=$crashes"
    if ((crashes > 0)); then
        tail -n 60 "$log" >&2
        failures+=("$target: ${found:-no input saved (exit status $status)}")
    fi
done

if ((${#failures[@]})); then
    for failure in "${failures[@]}"; do
        log "CRASH $failure"
    done
    die "${#failures[@]} fuzz target(s) crashed; replay an input with $build/fuzz/fuzz_<target> <file>"
fi
