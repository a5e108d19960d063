"""Process-wide protections applied at start by both entry points: no core dumps (a crash must
not write decrypted memory to disk) and private permissions on every file we create."""

from __future__ import annotations

import contextlib
import os


def harden_process() -> None:
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource  # noqa: PLC0415 - POSIX only

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if os.name == "posix":
        os.umask(0o077)
