#!/usr/bin/env bash
# Set CaseVault up on Debian or Ubuntu: the system packages it needs (poppler for PDF checks, Qt's
# system libraries, Xvfb; the fonts for Chinese and Arabic-script text ship inside the package),
# a virtualenv in .venv, and CaseVault with its test tools installed into it. Idempotent: a
# second run installs nothing new. Uses sudo for apt-get when not run as root.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3-venv python3-pip
  poppler-utils                               # pdftoppm/pdffonts: render and inspect dossiers
  libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xkb1 libxrender1 libxi6    # Qt's xcb platform
  xvfb xauth x11-utils                        # a virtual screen for screenshots; xwininfo sees windows
  strace                                      # the test suite checks that no process opens a socket
  git util-linux xz-utils dpkg                # scripts/build-release.sh (git archive, unshare, .deb)
)

if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "Installing system packages: ${missing[*]}" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  echo "No apt-get here: install the equivalents of ${APT_PACKAGES[*]} yourself." >&2
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# Reinstall only when the dependencies changed (pyproject.toml is the stamp).
stamp=".venv/.casevault-installed"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "Installing CaseVault and its Python dependencies into .venv" >&2
  if ! .venv/bin/python -m pip install -e '.[test]' >.venv/pip.log 2>&1; then
    tail -n 30 .venv/pip.log >&2
    echo "pip install failed; the full log is in .venv/pip.log" >&2
    exit 1
  fi
  echo "$want" >"$stamp"
fi
.venv/bin/python -c "import sqlcipher3, PySide6, reportlab"  # fail here, clearly, if the install is broken

