#!/usr/bin/env bash
# Build a CaseVault release for this platform from the committed source (HEAD) and the hash-locked
# requirements in packaging/requirements/<platform>.txt:
#   OUT/wheelhouse-<platform>/       CaseVault's wheel, every dependency's wheel, requirements.txt
#                                    (all by SHA-256) and install-offline.sh: for users with Python
#   OUT/casevault-<ver>-<platform>/  the one-folder bundle of casevault-gui and casevault (PyInstaller)
#   OUT/casevault-<ver>-<platform>.tar.xz (.zip on Windows), and on Linux a .deb (/opt/casevault)
#   OUT/casevault-<ver>-<platform>.MANIFEST.sha256   the bundle's manifest (its SHA-256 is in --version)
#   OUT/SHA256SUMS                    the SHA-256 of all of the above, and with --sign its signature
#
#   scripts/build-release.sh [--out DIR] [--platform NAME] [--no-bundle] [--no-archives]
#                            [--sign ssh:KEYFILE | minisign:KEYFILE | gpg:KEYID]
# (--no-archives leaves the bundle as a folder: no .tar.xz, .zip or .deb; the tests use it.)
#
# Needs Python 3.11 or 3.12 (PYTHON=...), git and, for the wheels, PyPI (the only step that uses
# the network). Reproducible where the tools allow: the source is `git archive HEAD`, timestamps
# are the commit's (SOURCE_DATE_EPOCH), the hash seed is fixed, archives are sorted with owner 0;
# it prints what it pinned. Build on the oldest system you support: the bundle needs the glibc
# (Linux) or macOS version it was built on, or newer. PyInstaller is a build tool only.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

OUT="dist/release"
PLATFORM=""
BUNDLE=1
ARCHIVES=1
SIGN=""
while (($#)); do
  case "$1" in
    --out) OUT="$2"; shift 2 ;;
    --platform) PLATFORM="$2"; shift 2 ;;
    --no-bundle) BUNDLE=0; shift ;;
    --no-archives) ARCHIVES=0; shift ;;
    --sign) SIGN="$2"; shift 2 ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "build-release.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

if [ -z "$PLATFORM" ]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) PLATFORM=linux-x86_64 ;;
    Linux-aarch64) PLATFORM=linux-aarch64 ;;
    Darwin-arm64) PLATFORM=macos-arm64 ;;
    Darwin-x86_64) PLATFORM=macos-x86_64 ;;
    MINGW*-x86_64|MSYS*-x86_64|CYGWIN*-x86_64) PLATFORM=windows-x86_64 ;;
    *) echo "build-release.sh: no lock file for $(uname -s)-$(uname -m)" >&2; exit 2 ;;
  esac
fi
LOCK="packaging/requirements/$PLATFORM.txt"
[ -f "$LOCK" ] || { echo "build-release.sh: $LOCK does not exist" >&2; exit 2; }

# -- what is pinned ---------------------------------------------------------------------------------
COMMIT="$(git rev-parse HEAD)"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct HEAD)}"
export PYTHONHASHSEED=0 TZ=UTC LC_ALL=C.UTF-8 PYTHONDONTWRITEBYTECODE=1
umask 022
# pip reads only what this script says: no user or site configuration, no local wheel folders.
export PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
[[ "$PLATFORM" == windows-* ]] && export PIP_CONFIG_FILE=nul  # pip skips configuration when given os.devnull
unset PIP_FIND_LINKS PIP_EXTRA_INDEX_URL PIP_CONSTRAINT PIP_REQUIRE_VIRTUALENV || true
export PIP_INDEX_URL="${PIP_INDEX_URL:-https://pypi.org/simple}"
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  echo "build-release.sh: note: uncommitted changes are NOT in the release (it is built from HEAD)" >&2
fi

mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
WORK="$OUT/.work-$PLATFORM"
rm -rf "$WORK"
mkdir -p "$WORK"

PY="${PYTHON:-python3}"
command -v "$PY" >/dev/null || PY=python
"$PY" -m venv "$WORK/venv"
VPY="$WORK/venv/bin/python"
[ -x "$VPY" ] || VPY="$WORK/venv/Scripts/python.exe"
VERSION="$("$VPY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
TOOLS="$ROOT/packaging/release_tools.py"
NAME="casevault-$VERSION-$PLATFORM"

cat >&2 <<EOF
== CaseVault $VERSION for $PLATFORM, commit $COMMIT
   pinned: SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH ($(date -u -d "@$SOURCE_DATE_EPOCH" +%F 2>/dev/null || echo commit time))
           PYTHONHASHSEED=0 TZ=UTC LC_ALL=C.UTF-8 umask 022; $("$VPY" -V)
           $LOCK (sha256 $("$VPY" -c "import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],'rb').read()).hexdigest()[:16])" "$LOCK"))
           packaging/requirements/build.txt: $(grep -E '^(pyinstaller|setuptools)==' packaging/requirements/build.txt | cut -d' ' -f1 | tr '\n' ' ')
   index:  $PIP_INDEX_URL (hash-checked)   out: $OUT
EOF

# -- the source, stamped ---------------------------------------------------------------------------
mkdir -p "$WORK/src"
git archive --format=tar HEAD | tar -x -C "$WORK/src"
"$VPY" "$TOOLS" stamp "$WORK/src" "$VERSION" "$COMMIT" "$SOURCE_DATE_EPOCH"

# -- build tools and wheelhouse --------------------------------------------------------------------
"$VPY" -m pip install --quiet --require-hashes --only-binary :all: -r packaging/requirements/build.txt
WH="$OUT/wheelhouse-$PLATFORM"
rm -rf "$WH"
mkdir -p "$WH"
"$VPY" -m pip wheel --quiet --no-deps --no-build-isolation --no-index --wheel-dir "$WH" "$WORK/src"
rm -rf "$WORK/src/build" "$WORK/src"/*.egg-info
"$VPY" -m pip download --quiet --require-hashes --only-binary :all: --no-deps --dest "$WH" -r "$LOCK"
WHEEL="$(ls "$WH"/casevault-"$VERSION"-*.whl)"
"$VPY" "$TOOLS" requirements "$LOCK" "$WHEEL" "$WH/requirements.txt"
cp scripts/install-offline.sh "$WH/"
echo "   wheelhouse: $(ls "$WH" | wc -l) files, $(du -sh "$WH" | cut -f1)" >&2

ARTIFACTS=("$WH"/*)
if ((BUNDLE)); then
  # -- the bundle: PyInstaller in the build venv, with CaseVault installed from the wheelhouse ----
  "$VPY" -m pip install --quiet --no-index --find-links "$WH" --require-hashes -r "$WH/requirements.txt"
  # From a neutral folder: `python -m` puts the working folder first on sys.path, and the checkout's
  # own modules or metadata (an editable install's egg-info) must not end up in the bundle.
  (cd "$WORK" && CASEVAULT_SRC="$WORK/src" "$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$WORK/dist" --workpath "$WORK/build" "$ROOT/packaging/casevault.spec")
  rm -rf "${OUT:?}/$NAME"
  mv "$WORK/dist/casevault" "$OUT/$NAME"
  "$VPY" "$TOOLS" manifest "$OUT/$NAME"
  cp "$OUT/$NAME/MANIFEST.sha256" "$OUT/$NAME.MANIFEST.sha256"
  ARTIFACTS+=("$OUT/$NAME.MANIFEST.sha256")
  if ((ARCHIVES)); then
    case "$PLATFORM" in
      windows-*) "$VPY" "$TOOLS" zip "$OUT/$NAME" "$OUT/$NAME.zip" "$SOURCE_DATE_EPOCH"; ARTIFACTS+=("$OUT/$NAME.zip") ;;
      *) "$VPY" "$TOOLS" tar "$OUT/$NAME" "$OUT/$NAME.tar.xz" "$SOURCE_DATE_EPOCH"; ARTIFACTS+=("$OUT/$NAME.tar.xz") ;;
    esac
    if [[ "$PLATFORM" == linux-* ]] && command -v dpkg-deb >/dev/null; then
      DEB="$OUT/casevault_${VERSION}_$(bash packaging/deb/build-deb.sh --arch "$PLATFORM").deb"
      bash packaging/deb/build-deb.sh "$OUT/$NAME" "$VERSION" "$("$VPY" "$TOOLS" glibc "$OUT/$NAME")" "$DEB"
      ARTIFACTS+=("$DEB")
    fi
  fi
  if [[ "$PLATFORM" == linux-* ]]; then
    echo "   needs glibc >= $("$VPY" "$TOOLS" glibc "$OUT/$NAME") (the newest symbol version its binaries use)" >&2
  fi
  echo "   bundle: $(du -sh "$OUT/$NAME" | cut -f1) unpacked, $(find "$OUT/$NAME" -type f | wc -l) files" >&2
fi

# -- sums and signature ----------------------------------------------------------------------------
SUMS="$OUT/SHA256SUMS-$PLATFORM"
"$VPY" "$TOOLS" sums "$SUMS" "${ARTIFACTS[@]}"
if [ -n "$SIGN" ]; then
  kind="${SIGN%%:*}" key="${SIGN#*:}"
  case "$kind" in
    ssh) ssh-keygen -Y sign -q -n file -f "$key" "$SUMS" ;;                   # -> SUMS.sig
    minisign) minisign -S -s "$key" -m "$SUMS" ;;                              # -> SUMS.minisig
    gpg) gpg --batch --yes --local-user "$key" --armor --detach-sign "$SUMS" ;; # -> SUMS.asc
    *) echo "build-release.sh: --sign takes ssh:KEYFILE, minisign:KEYFILE or gpg:KEYID" >&2; exit 2 ;;
  esac
fi
rm -rf "$WORK"
echo "== done: $SUMS" >&2
cat "$SUMS" | sed 's/^/   /' >&2
