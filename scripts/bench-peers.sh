#!/usr/bin/env bash
# The performance comparison of issue 8 in one command: builds dynabench and the console in
# Release, sets up ../shared/peers-bench (npm packages, awscli, DynamoDB Local under
# /tmp/peers) and runs its workloads W1-W5 for every peer plus ours (`cpp`, `cpp-gui`), then
# prints the harness's Markdown table. Only 127.0.0.1 is ever contacted.
#   PEERS_BENCH      the harness folder (default ../shared/peers-bench next to the repository)
#   DYNA_BENCH_BUILD build folder (default build/bench)
#   N, RUNS, WORKLOADS, PEER_LIST, ADMIN_LIST, SKIP_LOAD, ...  passed on to the harness
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

peers=${PEERS_BENCH:-$(cd "$DYNA_ROOT/.." && pwd)/shared/peers-bench}
[ -x "$peers/run.sh" ] || die "no peers benchmark at $peers (set PEERS_BENCH)"
"$DYNA_ROOT/scripts/install-deps.sh"

build=${DYNA_BENCH_BUILD:-$DYNA_ROOT/build/bench}
cmake -S "$DYNA_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDYNA_BUILD_TESTS=OFF \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake --build "$build" --target dynabench dynaconsole bench_json_parsers

"$peers/setup.sh"
CPP_CLIENT="$build/bench/dynabench/dynabench" CPP_GUI="$build/app/dynaconsole" "$peers/run.sh"
