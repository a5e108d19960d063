"""Encrypted copies of a vault with SQLCipher's own export (sqlcipher_export), used by rekey and
by backups. A copy is written to the given path and checked by reopening it before it is trusted:
same schema, same record counts, same audit-chain head.

- `backup` writes a complete copy under its own passphrase or, with none given, the vault's key
  (SQLCipher attaches the copy with the open vault's key and salt, so the vault's passphrase opens it).
- `restore` brings a backup back as a vault file, never over an existing one unless asked to.
- `rotate_backups` writes a dated backup into a folder and keeps the newest N (the app calls it on close).

Thread rule: call on the thread that opened the vault; a copy of a big vault takes seconds, so the
app runs these on its database worker. Nothing here writes plaintext: the copy is encrypted page by
page as SQLite writes it."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from db import schema, write_target
from db.errors import VaultError, VaultExistsError, WrongPassphraseError

if TYPE_CHECKING:
    from db.vault import Vault

# Tables whose row counts must match between a vault and its copy (every record, the chain, the files).
COUNTED = ("cases", "persons", "organisations", "roles", "incidents", "sources", "exhibits", "exhibit_data",
           "interventions", "interpol_notices", "extradition_requests", "outcomes", "notes", "tasks", "audit",
           "conflicts")


@dataclass
class BackupReport:
    path: Path
    counts: dict[str, int]
    audit_head: str | None
    size: int


def _quote(passphrase: str) -> str:
    from db.vault import key_text  # noqa: PLC0415 - NFC and the raw-key refusal, as for vaults

    return "'" + key_text(passphrase).replace("'", "''") + "'"


def fingerprint(conn: Any, db: str = "main") -> dict[str, Any]:
    """What a copy must share with its original: schema version, application id, row counts, audit head."""
    out: dict[str, Any] = {
        "user_version": conn.execute(f"PRAGMA {db}.user_version").fetchone()[0],
        "application_id": conn.execute(f"PRAGMA {db}.application_id").fetchone()[0],
        "audit_head": conn.execute(f"SELECT value FROM {db}.meta WHERE key = 'audit_head'").fetchone(),
    }
    tables = {r[0] for r in conn.execute(f"SELECT name FROM {db}.sqlite_master WHERE type = 'table'")}
    for table in COUNTED:
        if table in tables:
            out[table] = conn.execute(f"SELECT count(*) FROM {db}.{table}").fetchone()[0]
    return out


def export_copy(vault: Vault, target: Path, passphrase: str | None) -> None:
    """Write an encrypted copy of `vault` to `target` (which must not exist) under `passphrase`
    (None: the vault's own key), fsync it, and check that it reopens with that key and holds the
    same schema, record counts and audit head. On any failure the partial copy is removed and the
    error raised."""
    from db.vault import storage_error  # noqa: PLC0415

    if target.exists():
        raise VaultError(f"{target} already exists.")
    conn = vault.conn
    key = "" if passphrase is None else f" KEY {_quote(passphrase)}"
    try:
        conn.execute(f"ATTACH DATABASE ? AS copy{key}", (str(target),))
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


def _check_copy(vault: Vault, target: Path, passphrase: str | None) -> None:
    if passphrase is None:
        # A second attach reads the file back from disk with the vault's key (no cache is shared).
        vault.conn.execute("ATTACH DATABASE ? AS copycheck", (str(target),))
        try:
            copied = fingerprint(vault.conn, "copycheck")
        finally:
            vault.conn.execute("DETACH DATABASE copycheck")
    else:
        check = sqlcipher3.connect(str(target), isolation_level=None)
        try:
            check.execute(f"PRAGMA key = {_quote(passphrase)}")
            check.execute("PRAGMA cipher_log_level = NONE")
            copied = fingerprint(check)
        finally:
            check.close()
    if copied != fingerprint(vault.conn):
        raise VaultError("The copy does not match the vault; it was not kept.")


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def backup(vault: Vault, out: str | os.PathLike[str], passphrase: str | None = None) -> BackupReport:
    """Write a complete, verified, encrypted copy of the vault to `out` (refusing an existing file).
    `passphrase` None keeps the vault's passphrase. The copy is built beside `out` and renamed into
    place, so `out` is either a whole verified backup or absent."""
    from db.vault import fsync_dir, storage_error  # noqa: PLC0415

    out = Path(out)
    if out.exists():
        raise VaultExistsError(out)
    if out.resolve() == vault.path.resolve():
        raise VaultError("A backup cannot be written over its own vault.")
    write_target.check(out)
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.backup")
    try:
        export_copy(vault, tmp, passphrase)
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except OSError as exc:
        raise storage_error(exc) from None
    finally:
        _remove(tmp)
    fp = fingerprint(vault.conn)
    head = fp.pop("audit_head")
    counts = {k: v for k, v in fp.items() if k in COUNTED}
    return BackupReport(out, counts, head[0] if head else None, out.stat().st_size)


def check_passphrase(path: Path, passphrase: str) -> None:
    """Raise WrongPassphraseError (or NotAVaultError) unless `passphrase` opens `path`; writes nothing."""
    from db.vault import _precheck  # noqa: PLC0415

    _precheck(path)
    conn = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = {_quote(passphrase)}")
        conn.execute("PRAGMA cipher_log_level = NONE")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            raise WrongPassphraseError(path) from None
    finally:
        conn.close()


def read_meta(path: Path, passphrase: str, key: str) -> str | None:
    """One value of a vault file's meta table, read without writing to the file."""
    check_passphrase(path, passphrase)
    conn = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = {_quote(passphrase)}")
        conn.execute("PRAGMA cipher_log_level = NONE")
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except sqlcipher3.DatabaseError as exc:
        from db.vault import storage_error  # noqa: PLC0415

        raise storage_error(exc) from None
    finally:
        conn.close()
    return row[0] if row else None


def restore(backup_path: str | os.PathLike[str], passphrase: str, target: str | os.PathLike[str], *,
            force: bool = False) -> BackupReport:
    """Restore a backup as the vault file `target`: copy it beside the target, open it (migrating an
    older schema), run `verify`, then rename it into place. An existing `target` is replaced only with
    `force`, and never while it is open or holds unsaved journal data. The restored vault keeps the
    backup's passphrase. Any failure leaves `target` as it was."""
    from db.vault import Vault, fsync_dir, storage_error  # noqa: PLC0415
    from db.verify import verify  # noqa: PLC0415

    source, target = Path(backup_path), Path(target)
    if target.exists() and not force:
        raise VaultError(f"{target} already exists; restore into a new file, or confirm replacing it (--force).")
    if target.exists() and target.resolve() == source.resolve():
        raise VaultError("A backup cannot be restored over itself.")
    if force and any(Path(f"{target}{s}").exists() for s in ("-wal", "-shm", "-journal")):
        raise VaultError(f"{target} is open in CaseVault or was not closed cleanly; close it (or open and close "
                         "it once) before replacing it.")
    check_passphrase(source, passphrase)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.restoring")
    try:
        shutil.copyfile(source, tmp)  # ciphertext only
        with Vault.open(tmp, passphrase) as v:
            report = verify(v)
            if not report.ok:
                first = next(p for c in report.checks for p in c.problems)
                raise VaultError(f"The backup {source.name} is damaged ({first}); nothing was restored.")
            fp = fingerprint(v.conn)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        raise storage_error(exc) from None
    finally:
        _remove(tmp)
    head = fp.pop("audit_head")
    return BackupReport(target, {k: v for k, v in fp.items() if k in COUNTED}, head[0] if head else None,
                        target.stat().st_size)


def _backup_name(stem: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(stem)}-\d{{8}}-\d{{6}}-\d{{6}}\.cvault$")


def rotate_backups(vault: Vault, folder: str | os.PathLike[str], keep: int,
                   passphrase: str | None = None) -> BackupReport:
    """Write a dated backup (VAULTNAME-YYYYMMDD-HHMMSS-ffffff.cvault) into `folder`, then delete
    the oldest backups of this vault there beyond the newest `keep`. The backup just written is
    always kept, whatever the clock says (a clock that ran ahead earlier makes older backups look
    newer); other files are never touched."""
    if keep < 1:
        raise VaultError("Keep at least one backup.")
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from db.vault import storage_error  # noqa: PLC0415

        raise storage_error(exc) from None
    stem = vault.path.stem
    report = backup(vault, folder / f"{stem}-{datetime.now(UTC).strftime('%Y%m%d-%H%M%S-%f')}.cvault", passphrase)
    pattern = _backup_name(stem)
    others = sorted(p for p in folder.iterdir() if pattern.match(p.name) and p.name != report.path.name)
    for old in others[:max(0, len(others) - (keep - 1))]:
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
    return report
