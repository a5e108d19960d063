#!/usr/bin/env bash
# Regenerate the hash-locked requirement files in packaging/requirements/ from pyproject.toml's
# ranges, one per platform a release is built for, plus the build tools (PyInstaller, setuptools).
# Needs uv (pip install uv) and PyPI; run it when pyproject.toml's dependencies change, and commit
# the result. Wheels only: nothing in a release is compiled from an sdist.
#
# Each target names the oldest system a bundle supports there, because wheel tags depend on it:
#   linux-x86_64    glibc 2.35 (Ubuntu 22.04, the CI runner)   PySide6 6.11 needs manylinux_2_34
#   linux-aarch64   glibc 2.39 (Ubuntu 24.04)                  PySide6 has no older aarch64 wheel
#   windows-x86_64  Windows 10 or later
#   macos-arm64     macOS 14                                   newer pikepdf wheels need macOS 15
#   macos-x86_64    macOS 13                                   older cryptography and pikepdf pins
set -euo pipefail
cd "$(dirname "$0")/.."
UV="${UV:-uv}"
export UV_NO_CONFIG=1 PIP_CONFIG_FILE=/dev/null UV_INDEX_URL=https://pypi.org/simple
unset PIP_FIND_LINKS UV_FIND_LINKS UV_EXTRA_INDEX_URL || true
out=packaging/requirements
compile() {  # name platform macos-target
  MACOSX_DEPLOYMENT_TARGET="$3" "$UV" pip compile pyproject.toml --quiet --generate-hashes --only-binary :all: \
    --python-version 3.11 --python-platform "$2" --no-header --output-file "$out/$1.txt"
}
compile linux-x86_64 x86_64-manylinux_2_35 ""
compile linux-aarch64 aarch64-manylinux_2_39 ""
compile windows-x86_64 x86_64-pc-windows-msvc ""
compile macos-arm64 aarch64-apple-darwin 14.0
compile macos-x86_64 x86_64-apple-darwin 13.0
printf 'pyinstaller>=6.10,<7\nsetuptools>=77\n' >"$out/build.in"
"$UV" pip compile "$out/build.in" --quiet --generate-hashes --only-binary :all: --universal --python-version 3.11 \
  --no-header --output-file "$out/build.txt"
echo "Wrote $(ls "$out"/*.txt | tr '\n' ' ')" >&2
