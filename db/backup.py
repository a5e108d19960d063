"""Encrypted copies of a vault with SQLCipher's own export (sqlcipher_export), used by rekey and
by backups. A copy is written to the given path and checked by reopening it before it is trusted."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from db import schema
from db.errors import VaultError

if TYPE_CHECKING:
    from db.vault import Vault


def _quote(passphrase: str) -> str:
    if not passphrase or "\x00" in passphrase:
        raise VaultError("A passphrase must be non-empty and cannot contain NUL characters.")
    return "'" + passphrase.replace("'", "''") + "'"


def export_copy(vault: Vault, target: Path, passphrase: str) -> None:
    """Write an encrypted copy of `vault` to `target` (which must not exist) under `passphrase`,
    fsync it, and check that it opens with that passphrase and holds the same audit head.
    On any failure the partial copy is removed and the error raised."""
    from db.vault import storage_error  # noqa: PLC0415

    if target.exists():
        raise VaultError(f"{target} already exists.")
    conn = vault.conn
    try:
        conn.execute(f"ATTACH DATABASE ? AS copy KEY {_quote(passphrase)}", (str(target),))
        try:
            conn.execute("SELECT sqlcipher_export('copy')")
            conn.execute(f"PRAGMA copy.user_version = {vault.schema_version()}")
            conn.execute(f"PRAGMA copy.application_id = {schema.APPLICATION_ID}")
        finally:
            conn.execute("DETACH DATABASE copy")
        with open(target, "rb+") as fh:
            os.fsync(fh.fileno())
        _check_copy(vault, target, passphrase)
    except sqlcipher3.DatabaseError as exc:
        _remove(target)
        raise storage_error(exc) from None
    except BaseException:
        _remove(target)
        raise


def _check_copy(vault: Vault, target: Path, passphrase: str) -> None:
    check = sqlcipher3.connect(str(target), isolation_level=None)
    try:
        check.execute(f"PRAGMA key = {_quote(passphrase)}")
        check.execute("PRAGMA cipher_log_level = NONE")
        copied = check.execute("SELECT (SELECT count(*) FROM audit), (SELECT value FROM meta WHERE key='audit_head')"
                               ).fetchone()
    finally:
        check.close()
    original = vault.conn.execute(
        "SELECT (SELECT count(*) FROM audit), (SELECT value FROM meta WHERE key='audit_head')").fetchone()
    if tuple(copied) != tuple(original):
        raise VaultError("The copy does not match the vault; it was not kept.")


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
