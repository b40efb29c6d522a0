#!/usr/bin/env bash
# The Debian package, end to end (CTest test `package_deb`): cpack builds it from BUILD_DIR,
# dpkg installs it into a temporary root with its own package database, the installed
# console answers --version, its desktop entry and AppStream metadata validate, its
# dependencies are packages this machine has, and dpkg removes it without leaving a file.
#   usage: check-package.sh BUILD_DIR
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

build=${1:?usage: check-package.sh BUILD_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null) || die "cpack could not build the package"
deb=$(ls "$work"/out/dynaconsole_*_amd64.deb)
log "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# Every dependency must be a package this Debian has installed (the build links them).
IFS=',' read -ra depends <<<"$(dpkg-deb -f "$deb" Depends)"
for dep in "${depends[@]}"; do
    name=$(sed -E 's/^ *([^ (]+).*/\1/' <<<"$dep")
    dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'install ok installed' \
        || die "the package depends on $name, which is not installed here"
done

root=$work/root
admin=$root/var/lib/dpkg
mkdir -p "$admin/updates" "$admin/info"
touch "$admin/status"
dpkg_root=(dpkg --root="$root" --admindir="$admin" --force-not-root --force-depends
           --force-script-chrootless --log=/dev/null)
# The temporary database knows none of the system's packages, hence --force-depends above
# and the check of the dependencies against this machine's packages before.
"${dpkg_root[@]}" -i "$deb" >"$work/dpkg.log" 2>&1 \
    || { cat "$work/dpkg.log" >&2; die "dpkg could not install the package"; }

for file in usr/bin/dynaconsole usr/share/applications/dynaconsole.desktop \
    usr/share/metainfo/io.github.dynaconsole.DynaConsole.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/dynaconsole.svg \
    usr/share/icons/hicolor/256x256/apps/dynaconsole.png \
    usr/share/icons/hicolor/16x16/apps/dynaconsole.png \
    usr/share/dynaconsole/translations/dynaconsole_de.qm; do
    [ -f "$root/$file" ] || die "the installed package lacks /$file"
done

version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/dynaconsole" --version)
grep -q "$(dpkg-deb -f "$deb" Version)" <<<"$version" \
    || die "dynaconsole --version printed '$version'"
log "installed: $version"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/dynaconsole" --help | grep -q -- '--endpoint' \
    || die "dynaconsole --help does not list its options"

desktop-file-validate "$root/usr/share/applications/dynaconsole.desktop" \
    || die "the desktop entry does not validate"
grep -q '^Exec=dynaconsole$' "$root/usr/share/applications/dynaconsole.desktop"
grep -q '^Icon=dynaconsole$' "$root/usr/share/applications/dynaconsole.desktop"
appstreamcli validate --no-net --pedantic \
    "$root/usr/share/metainfo/io.github.dynaconsole.DynaConsole.metainfo.xml" >/dev/null \
    || die "the AppStream metadata does not validate"

"${dpkg_root[@]}" -r dynaconsole >"$work/dpkg.log" 2>&1 \
    || { cat "$work/dpkg.log" >&2; die "dpkg could not remove the package"; }
left=$(find "$root" -path "$admin" -prune -o -type f -print)
[ -z "$left" ] || die "removing the package left files behind: $left"
log "installed, ran, validated and removed cleanly"
