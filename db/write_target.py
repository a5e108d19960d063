"""Where CaseVault may write a file: the one rule every writer follows (JSON exports, bundles,
dossiers, backups, saved copies of exhibits).

- Never over a vault: the vault that is open, any file that is a vault (named *.cvault, or whose
  first kilobyte looks like SQLCipher's ciphertext), or a vault's -wal, -shm or -journal file.
  Not even when asked to: a vault replaced by an export is lost.
- Never over an existing file unless the user allowed replacing it: the app asks in its save
  dialog, the command line needs --force. Consent is given for one path with `allow_replace` and
  used up by the write.
- The new content goes to a temporary name in the same folder and is renamed into place
  (exporters.atomic, db.backup), so a failed write leaves the old file whole.

Thread rule: any thread; the registries below are guarded by a lock."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from db.errors import VaultError

JOURNALS = ("-wal", "-shm", "-journal")
VAULT_SUFFIX = ".cvault"
# Formats whose bodies are random-looking too; a vault's random salt starts so with odds of 2^-24 or less.
_PLAIN_MAGICS = (b"CVBUNDLE", b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"\x1f\x8b\x08", b"SQLite format 3")
_SAMPLE = 1024

_lock = threading.Lock()
_open_vaults: dict[Path, int] = {}
_consented: set[Path] = set()


class TargetRefusedError(VaultError):
    """A write was refused before anything was written."""


class ProtectedTargetError(TargetRefusedError):
    """The target is a vault, a vault's journal or a folder: never written over, even when asked."""


class TargetExistsError(TargetRefusedError):
    """The target exists and the user has not agreed to replace it."""


def _key(path: str | os.PathLike[str]) -> Path:
    return Path(os.path.abspath(os.path.realpath(path)))


def vault_opened(path: str | os.PathLike[str]) -> None:
    """Register an open vault (db.vault does) so that nothing is written over it or its journal."""
    with _lock:
        key = _key(path)
        _open_vaults[key] = _open_vaults.get(key, 0) + 1


def vault_closed(path: str | os.PathLike[str]) -> None:
    with _lock:
        key = _key(path)
        if _open_vaults.get(key, 0) > 1:
            _open_vaults[key] -= 1
        else:
            _open_vaults.pop(key, None)


def allow_replace(path: str | os.PathLike[str]) -> None:
    """The user agreed to replace `path` if it exists (a save dialog asked, or --force)."""
    with _lock:
        _consented.add(_key(path))


def forget_consents() -> None:
    """Drop every consent not used yet (the app does at lock)."""
    with _lock:
        _consented.clear()


def looks_like_vault(path: str | os.PathLike[str]) -> bool:
    """An existing regular file that is a vault: named *.cvault, or sized in 512-byte pages with a
    first kilobyte that carries no known file signature and looks random (SQLCipher's salt and
    ciphertext). Bundles, PDFs, images, archives and JSON never match."""
    path = Path(path)
    try:
        if not path.is_file():
            return False
        if path.suffix.lower() == VAULT_SUFFIX:
            return True
        size = path.stat().st_size
        if size < _SAMPLE or size % 512:
            return False
        with open(path, "rb") as fh:
            head = fh.read(_SAMPLE)
    except OSError:
        return False
    if head.startswith(_PLAIN_MAGICS):
        return False
    return len(set(head)) >= 240  # random bytes: about 251 distinct values in 1 KiB; text and headers far fewer


def _journal_of(path: Path) -> Path | None:
    for suffix in JOURNALS:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            return path.with_name(path.name[: -len(suffix)])
    return None


def check(path: str | os.PathLike[str], *, consume: bool = True) -> Path:
    """Raise TargetRefusedError unless a new file may be written at `path`; returns the path.
    With `consume`, a consent given for it is used up."""
    target = Path(path)
    key = _key(target)
    with _lock:
        open_vaults = set(_open_vaults)
    if key in open_vaults:
        raise ProtectedTargetError(f"{target.name} is the open vault; CaseVault never writes over a vault. "
                                 "Choose another file name.")
    base = _journal_of(key)
    if base is not None and (base in open_vaults or base.exists()):
        raise ProtectedTargetError(f"{target.name} belongs to the vault {base.name} (its journal); CaseVault never "
                                 "writes over it. Choose another file name.")
    if target.is_dir():
        raise ProtectedTargetError(f"{target.name} is a folder. Choose a file name.")
    if looks_like_vault(target):
        raise ProtectedTargetError(f"{target.name} is a vault; CaseVault never writes over a vault. Choose another "
                                 "file name.")
    if os.path.lexists(target):
        with _lock:
            allowed = key in _consented
            if allowed and consume:
                _consented.discard(key)
        if not allowed:
            raise TargetExistsError(f"{target.name} exists already; nothing was written. Choose another name, or "
                                     "confirm replacing it (on the command line: --force).")
    return target
