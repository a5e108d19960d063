"""Write a file so that it is either the complete new content or untouched: a temporary file
beside the target, fsync, rename over it. A failure (full disk, removed stick) leaves the old
file as it was and no partial file behind.

Every write first passes db.write_target.check: never over a vault or its journal, and over an
existing file only when the user allowed it (the app's save dialog, or --force)."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from db import write_target
from db.vault import fsync_dir, storage_error


def atomic_write(path: Path, data: bytes) -> None:
    atomic_write_with(path, lambda fh: fh.write(data))


def atomic_write_with(path: Path, produce: Callable[[BinaryIO], object]) -> None:
    """Call `produce(fh)` on a temporary file beside `path`, then move it into place. Raises
    db.write_target.TargetRefusedError, before writing anything, where the rule forbids it."""
    path = write_target.check(path, consume=False)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        with open(tmp, "xb") as fh:
            produce(fh)
            fh.flush()
            os.fsync(fh.fileno())
        write_target.check(path)  # again just before the rename; uses up the consent to replace it
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        raise storage_error(exc) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
