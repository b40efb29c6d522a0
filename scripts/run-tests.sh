#!/usr/bin/env bash
# Command 2 of the README: installs what is missing, builds everything with warnings as
# errors, and runs every test (unit, widget and DynamoDB Local integration) under a private
# D-Bus session with a real, unlocked gnome-keyring.
#   DYNA_BUILD_DIR   build folder (default build/tests)
#   DYNA_SANITIZE=1  build with -fsanitize=address,undefined
#   extra arguments go to ctest, e.g. -R sigv4
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

"$DYNA_ROOT/scripts/install-deps.sh"

build=${DYNA_BUILD_DIR:-$DYNA_ROOT/build/tests}
sanitize=OFF
[ "${DYNA_SANITIZE:-0}" = 1 ] && sanitize=ON
cmake -S "$DYNA_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DDYNA_WARNINGS_AS_ERRORS=ON -DDYNA_SANITIZE="$sanitize" -DDYNA_SHARED_LIBS=ON \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake --build "$build" -j"$(nproc)"

# A fresh keyring per run: an old one with another password answers AccessDenied.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_RUNTIME_DIR=$home/run XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config \
    XDG_CACHE_HOME=$home/cache
mkdir -p -m 700 "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
export QT_QPA_PLATFORM=offscreen DYNA_BUILD=$build
unset DISPLAY WAYLAND_DISPLAY
dbus-run-session -- bash -c '
    printf %s ci-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --test-dir "$DYNA_BUILD" --output-on-failure --timeout 300 -j2 "$@"' ctest "$@"
