"""What this copy of CaseVault is: its version, the commit and date it was built from, and, for a
release bundle, the SHA-256 of the bundle's manifest (MANIFEST.sha256 beside the executables,
listing every file of the bundle with its SHA-256). A user compares that line with the SHA256SUMS
published with the release; nothing is checked online.

scripts/build-release.sh writes desktop/build_stamp.json (version, commit, date) into the tree
it builds from; a source checkout has none and says so. No Qt here: the CLI uses it too.

Thread rule: any thread; `current()` reads two small files and caches nothing."""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

STAMP = Path(__file__).resolve().with_name("build_stamp.json")
MANIFEST_NAME = "MANIFEST.sha256"


@dataclass(frozen=True)
class BuildInfo:
    version: str
    commit: str  # full hash, or "" when not built by the release script
    date: str  # the commit's date (UTC, ISO 8601), or ""
    manifest_sha256: str  # SHA-256 of the bundle's MANIFEST.sha256, or "" outside a bundle

    def line(self) -> str:
        """One line for `casevault --version` and the About box."""
        built = f"commit {self.commit[:12]}, {self.date}" if self.commit else "not a release build"
        manifest = f"; manifest SHA-256 {self.manifest_sha256}" if self.manifest_sha256 else ""
        return f"CaseVault {self.version} ({built}{manifest})"


def bundle_dir() -> Path | None:
    """The folder of a PyInstaller bundle's executables, or None when not running from a bundle."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def _version(stamp: dict[str, str]) -> str:
    if stamp.get("version"):
        return stamp["version"]
    try:
        return metadata.version("casevault")
    except metadata.PackageNotFoundError:
        return "unknown"


def current() -> BuildInfo:
    """The build information of the running copy."""
    try:
        stamp = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        stamp = {}
    manifest = ""
    folder = bundle_dir()
    if folder is not None and (folder / MANIFEST_NAME).is_file():
        manifest = hashlib.sha256((folder / MANIFEST_NAME).read_bytes()).hexdigest()
    return BuildInfo(_version(stamp), str(stamp.get("commit", "")), str(stamp.get("date", "")), manifest)
