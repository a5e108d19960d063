"""Erasing a vault after too many wrong passphrases (opt-in, off by default; see ui/settings_dialog.py).

`wipe_vault` overwrites the vault file and its journal files (-wal, -shm, -journal) with random
bytes, fsyncs them, deletes them and fsyncs the folder. What this does NOT promise, and the
settings dialog says so: on SSDs, copy-on-write and journaling file systems the old blocks may
survive an overwrite; copies made earlier (backups, a copy taken by whoever is guessing) are
untouched.

Thread rule: `wipe_vault` does file I/O only (no Qt); the window runs it on the database worker
(`wipe`), which holds no open vault at that moment because the unlock just failed."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import StorageError

if TYPE_CHECKING:
    from desktop.session import Session

_CHUNK = 1 << 20
SUFFIXES = ("", "-wal", "-shm", "-journal")


def _overwrite(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b", buffering=0) as fh:
        written = 0
        while written < size:
            n = min(_CHUNK, size - written)
            fh.write(os.urandom(n))
            written += n
        os.fsync(fh.fileno())


def wipe_vault(path: str | os.PathLike[str]) -> list[Path]:
    """Overwrite with random bytes, fsync and delete the vault at `path` and its journal files.
    Returns the files erased. A file that cannot be overwritten is still deleted; if nothing
    could be done, raises StorageError (with the file name only)."""
    base = Path(path)
    erased: list[Path] = []
    problems: list[str] = []
    for suffix in SUFFIXES:
        target = Path(f"{base}{suffix}")
        if not target.is_file() or target.is_symlink():
            continue
        try:
            _overwrite(target)
        except OSError as exc:
            problems.append(f"{target.name}: {exc.strerror or type(exc).__name__}")
        try:
            target.unlink()
            erased.append(target)
        except OSError as exc:
            problems.append(f"{target.name}: {exc.strerror or type(exc).__name__}")
    with contextlib.suppress(OSError):
        fd = os.open(base.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    if problems and not erased:
        raise StorageError("The vault could not be erased (" + "; ".join(problems) + ").")
    return erased


def wipe(session: Session, path: str | os.PathLike[str], on_done: Callable[[list[Path]], None] | None = None,
         on_error: Callable[[Exception], None] | None = None) -> int:
    """Queue `wipe_vault(path)` on the session's database thread, after anything queued before;
    the callbacks run on the GUI thread. Refuses the vault the session has open."""
    target = Path(path)
    if session.is_open and session.path is not None and session.path.resolve() == target.resolve():
        raise RuntimeError("the open vault cannot be erased")
    return session.worker.submit(lambda _holder: wipe_vault(target), on_done, on_error)
