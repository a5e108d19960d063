#!/usr/bin/env bash
# Wrap a Linux bundle folder into a .deb: the bundle in /opt/casevault, launchers in /usr/bin, a
# menu entry. Called by scripts/build-release.sh; timestamps follow SOURCE_DATE_EPOCH.
#   packaging/deb/build-deb.sh BUNDLE_DIR VERSION GLIBC OUT.deb   (architecture: this machine's)
#   packaging/deb/build-deb.sh --arch PLATFORM                     print the Debian architecture
set -euo pipefail
arch() {
  case "$1" in linux-x86_64) echo amd64 ;; linux-aarch64) echo arm64 ;; *) echo "no .deb for $1" >&2; exit 2 ;; esac
}
if [ "$1" = "--arch" ]; then arch "$2"; exit 0; fi
BUNDLE="$1" VERSION="$2" GLIBC="$3" DEB="$4"
ARCH="$(dpkg --print-architecture)"
HERE="$(cd "$(dirname "$0")" && pwd)"
umask 022
ROOT="$(mktemp -d)"
chmod 0755 "$ROOT"  # the package's "./": mktemp makes it 0700
trap 'rm -rf "$ROOT"' EXIT
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications"
cp -a "$BUNDLE" "$ROOT/opt/casevault"
ln -s /opt/casevault/casevault "$ROOT/usr/bin/casevault"
ln -s /opt/casevault/casevault-gui "$ROOT/usr/bin/casevault-gui"
install -m 0644 "$HERE/casevault.desktop" "$ROOT/usr/share/applications/casevault.desktop"
SIZE="$(du -sk "$ROOT/opt" | cut -f1)"
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE@/$SIZE/" -e "s/@GLIBC@/$GLIBC/" "$HERE/control.in" >"$ROOT/DEBIAN/control"
find "$ROOT" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
chmod -R u+rwX,go+rX,go-w "$ROOT"
dpkg-deb --root-owner-group -Zxz -z6 --build "$ROOT" "$DEB" >/dev/null
