#!/usr/bin/env bash
# Install CaseVault without any network, from a wheelhouse copied from a release (the folder
# wheelhouse-<platform>/ holding the wheels, requirements.txt and this script), for users who have
# Python 3.11 or 3.12 (the version the wheelhouse was built for). Every wheel is checked against
# the SHA-256 in requirements.txt; pip reads no configuration and no index.
#
#   bash install-offline.sh [--wheelhouse DIR] [--venv DIR]
#
# DIR defaults: the wheelhouse is this script's folder (or dist/release/wheelhouse-* in a source
# tree); the virtualenv is ~/.local/share/casevault/venv. Afterwards run VENV/bin/casevault-gui or
# VENV/bin/casevault. Updating: run the new release's script with the same --venv.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
WH="$HERE"
VENV="${HOME}/.local/share/casevault/venv"
while (($#)); do
  case "$1" in
    --wheelhouse) WH="$2"; shift 2 ;;
    --venv) VENV="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "install-offline.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
if [ ! -f "$WH/requirements.txt" ]; then
  found=("$HERE"/../dist/release/wheelhouse-*/requirements.txt)
  [ -f "${found[0]}" ] && WH="$(dirname "${found[0]}")"
fi
[ -f "$WH/requirements.txt" ] || { echo "install-offline.sh: no requirements.txt in $WH (use --wheelhouse DIR)" >&2; exit 2; }

PY="${PYTHON:-python3}"
command -v "$PY" >/dev/null || PY=python
command -v "$PY" >/dev/null || { echo "install-offline.sh: Python 3.11 or 3.12 is needed (set PYTHON=...)" >&2; exit 2; }
have="$("$PY" -c 'import sys; print(f"cp{sys.version_info[0]}{sys.version_info[1]}")')"
want="$(cd "$WH" && ls sqlcipher3-*.whl | sed -E 's/.*-(cp3[0-9]+)-.*/\1/' | head -n1)"
if [ "$have" != "$want" ]; then
  echo "install-offline.sh: this wheelhouse is for Python ${want#cp3}: 3.${want#cp3}; $PY is $have. Set PYTHON=python3.${want#cp3}." >&2
  exit 2
fi

# No pip configuration, index or local folders other than the wheelhouse: what is installed is
# exactly what requirements.txt names, or nothing.
for var in $(env | sed -n 's/^\(PIP_[A-Z_]*\)=.*/\1/p'); do unset "$var"; done
export PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1

"$PY" -m venv "$VENV"
VPY="$VENV/bin/python"
[ -x "$VPY" ] || VPY="$VENV/Scripts/python.exe"
"$VPY" -m pip install --quiet --no-index --find-links "$WH" --only-binary :all: --require-hashes \
  -r "$WH/requirements.txt"
"$VPY" -c "import sqlcipher3, PySide6, reportlab, desktop.cli"  # a broken install fails here, clearly
echo "CaseVault installed in $VENV" >&2
echo "  desktop app:  $VENV/bin/casevault-gui" >&2
echo "  command line: $VENV/bin/casevault --version" >&2
