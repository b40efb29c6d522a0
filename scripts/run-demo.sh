#!/usr/bin/env bash
# Command 1 of the README: installs what is missing, builds the console, starts DynamoDB Local
# with its database in .local-data/ (seeded with the demo dataset the first time, so your
# changes survive a restart) and opens the console on it. The server stops with the console.
#   DYNA_DATA_DIR   where DynamoDB Local keeps its database (default .local-data)
#   extra arguments go to dynaconsole, e.g. --grab shot.png
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

"$DYNA_ROOT/scripts/install-deps.sh"

build=${DYNA_BUILD_DIR:-$DYNA_ROOT/build/release}
cmake -S "$DYNA_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DDYNA_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target dynaconsole

state=$DYNA_CACHE/demo-server
"$DYNA_ROOT/scripts/ddblocal.sh" start --state "$state" --data "${DYNA_DATA_DIR:-$DYNA_ROOT/.local-data}" --watch-parent
trap '"$DYNA_ROOT/scripts/ddblocal.sh" stop --state "$state"' EXIT

"$build/app/dynaconsole" --endpoint "$(cat "$state/endpoint")" --seed-demo "$@"
