#!/usr/bin/env bash
# Wrap a Linux bundle folder into a .deb: the bundle in /opt/casevault, launchers in /usr/bin, a
# menu entry. Called by scripts/build-release.sh; timestamps follow SOURCE_DATE_EPOCH.
#   packaging/deb/build-deb.sh BUNDLE_DIR VERSION PLATFORM OUT.deb
set -euo pipefail
BUNDLE="$1" VERSION="$2" PLATFORM="$3" DEB="$4"
case "$PLATFORM" in linux-x86_64) ARCH=amd64 ;; linux-aarch64) ARCH=arm64 ;; *) echo "no .deb for $PLATFORM" >&2; exit 2 ;; esac
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(mktemp -d)"
trap 'rm -rf "$ROOT"' EXIT
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications"
cp -a "$BUNDLE" "$ROOT/opt/casevault"
ln -s /opt/casevault/casevault "$ROOT/usr/bin/casevault"
ln -s /opt/casevault/casevault-gui "$ROOT/usr/bin/casevault-gui"
install -m 0644 "$HERE/casevault.desktop" "$ROOT/usr/share/applications/casevault.desktop"
SIZE="$(du -sk "$ROOT/opt" | cut -f1)"
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE@/$SIZE/" "$HERE/control.in" >"$ROOT/DEBIAN/control"
find "$ROOT" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
chmod -R go-w "$ROOT"
dpkg-deb --root-owner-group -Zxz -z6 --build "$ROOT" "$DEB" >/dev/null
