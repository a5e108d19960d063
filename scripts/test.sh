#!/usr/bin/env bash
# Set everything up (scripts/setup.sh) and run the whole test suite offscreen.
# Extra arguments go to pytest, e.g. scripts/test.sh tests/db -x
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -q "$@"
