"""The encrypted vault: one SQLCipher 4 database file in SQLCipher's standard format and key
derivation, so that `sqlcipher VAULT` with `PRAGMA key = '...'` opens it too.

Passphrases key the vault in Unicode NFC, so that the same words typed with a keyboard or input
method that composes accents differently open it; a vault keyed with another form (made before
this rule) still opens with it. The form x'...' is refused: SQLCipher would take it as a raw key
and skip key derivation.

Thread rule: a Vault and everything it returns belong to the thread that opened it (the desktop
app's single database worker). The passphrase is used once, to key the connection, and not kept."""

from __future__ import annotations

import contextlib
import getpass
import os
import secrets
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from db import schema, write_target
from db.errors import (
    NotAVaultError,
    StorageError,
    ValidationError,
    VaultBusyError,
    VaultCorruptError,
    VaultError,
    VaultExistsError,
    VaultMissingError,
    VaultTooNewError,
    WrongPassphraseError,
)

_SQLITE_MAGIC = b"SQLite format 3\x00"
_SQLITE_NOTADB = 26
CommitHook = Callable[["Vault", dict[str, set[str]]], None]


def now() -> str:
    """UTC timestamp with milliseconds, the format of every created_at/updated_at/audit time."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not every filesystem lets a directory be fsynced
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def storage_error(exc: Exception) -> VaultError:
    """Map a low-level read or write failure to a message a user can act on."""
    text = str(exc).lower()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return VaultCorruptError()
    if "full" in text or getattr(exc, "errno", None) == 28:
        return StorageError("The disk is full; nothing was saved. Free some space and try again.")
    if "readonly" in text or "read-only" in text:
        return StorageError("The vault's disk is read-only; nothing was saved.")
    if "disk i/o" in text or isinstance(exc, OSError):
        return StorageError(f"The disk refused the write ({exc}); nothing was saved.")
    return StorageError(f"The vault could not be written ({exc}); nothing was saved.")


def key_text(passphrase: str) -> str:
    """The text a passphrase keys a vault (or a backup) with: its NFC form. Raises VaultError for an
    empty passphrase, NUL characters, or SQLCipher's raw-key syntax x'...'."""
    if not passphrase or "\x00" in passphrase:
        raise VaultError("A passphrase must be non-empty and cannot contain NUL characters.")
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) >= 3 and text[:2].lower() == "x'" and text.endswith("'"):
        raise VaultError("A passphrase cannot have the form x'...': SQLCipher would read it as a raw key.")
    return text


def key_forms(passphrase: str) -> list[str]:
    """The texts to try when opening: NFC first, then the form as typed and NFD (vaults keyed before
    passphrases were normalised). Each one that is wrong costs a key derivation."""
    first = key_text(passphrase)
    forms = [first, passphrase, unicodedata.normalize("NFD", passphrase)]
    return list(dict.fromkeys(forms)) if not passphrase.isascii() else [first]


def _key_connection(conn: sqlcipher3.Connection, key: str | None) -> None:
    """Key `conn` with `key`, a text from key_text or key_forms (None: an unencrypted benchmark vault)."""
    if key is not None:
        conn.execute("PRAGMA key = '" + key.replace("'", "''") + "'")
    conn.execute("PRAGMA cipher_log_level = NONE")


def _precheck(path: Path) -> None:
    """Refuse files that cannot be vaults before SQLCipher sees them, so nothing writes to them."""
    if not path.exists():
        raise VaultMissingError(path)
    if not path.is_file():
        raise NotAVaultError(path, "it is not a regular file")
    size = path.stat().st_size
    if size == 0:
        raise NotAVaultError(path, "the file is empty")
    with path.open("rb") as fh:
        head = fh.read(16)
    if head == _SQLITE_MAGIC:
        raise NotAVaultError(path, "it is an unencrypted SQLite database")
    if size % 512:
        raise NotAVaultError(path, "its size does not fit an encrypted vault; it may be truncated")


class Vault:
    """An open, unlocked vault. Use `Vault.create` or `Vault.open`; call `close()` when done."""

    def __init__(self, path: Path, conn: sqlcipher3.Connection, encrypted: bool = True) -> None:
        self.path = path
        self.conn = conn
        self.encrypted = encrypted
        self._depth = 0
        self.transaction = 0  # serial of the current (or last) outermost write transaction
        self._touched: dict[str, set[str]] = {}
        self.commit_hooks: list[CommitHook] = []
        self.rollback_hooks: list[Callable[[], None]] = []
        write_target.vault_opened(path)  # nothing may be written over it while it is open
        self.author = self.get_meta("author") or "unknown"
        from db.repositories import Repositories  # noqa: PLC0415 - repositories import Vault types
        from db.versions import Versions  # noqa: PLC0415 - as above

        self.versions = Versions(self)
        self.repos = Repositories(self)
        from db import last_change  # noqa: PLC0415 - as the search index, it follows every write
        from db.search_index import attach  # noqa: PLC0415 - the search index follows every write

        attach(self)
        last_change.attach(self)

    # -- opening and closing -------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str | None, author: str | None = None,
               *, _unencrypted_for_benchmark: bool = False) -> Vault:
        """Create a new vault file (refusing an existing one) and return it open.

        The file is built beside the target and renamed into place, so a crash never leaves a
        half-made vault under the chosen name."""
        path = Path(path)
        if path.exists():
            raise VaultExistsError(path)
        if passphrase is None and not _unencrypted_for_benchmark:
            raise VaultError("A passphrase is required.")
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.creating")
        try:
            conn = sqlcipher3.connect(str(tmp), isolation_level=None)
            try:
                _key_connection(conn, None if passphrase is None else key_text(passphrase))
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("BEGIN IMMEDIATE")
                conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
                schema.migrate(conn, 0)
                conn.execute("INSERT INTO meta(key, value) VALUES ('author', ?), ('created_at', ?)",
                             (author or _default_author(), now()))
                conn.execute("COMMIT")
                # Into the file itself now, where a full disk raises, rather than in close(), which
                # would leave a half-written file to be renamed into place.
                busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if busy:
                    raise VaultError("The new vault could not be written out; nothing was created.")
            finally:
                conn.close()
            os.replace(tmp, path)
            fsync_dir(path.parent)
        except sqlcipher3.DatabaseError as exc:
            raise storage_error(exc) from None
        except OSError as exc:
            raise storage_error(exc) from None
        finally:
            for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
        vault = cls.open(path, passphrase, _unencrypted_for_benchmark=_unencrypted_for_benchmark)
        vault.versions.identity()
        return vault

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str | None,
             *, _unencrypted_for_benchmark: bool = False) -> Vault:
        """Open and unlock a vault, migrating it to the current schema.

        Raises WrongPassphraseError, NotAVaultError, VaultTooNewError, VaultBusyError or
        VaultMissingError; none of these paths writes to the file. Key derivation (about a
        quarter of a second by design) happens here: call it off the GUI thread."""
        path = Path(path)
        if passphrase is None and not _unencrypted_for_benchmark:
            raise VaultError("A passphrase is required.")
        if not _unencrypted_for_benchmark:
            _precheck(path)
        elif not path.exists():
            raise VaultMissingError(path)
        conn = _unlock(path, passphrase)
        try:
            return cls(path, conn, encrypted=not _unencrypted_for_benchmark)
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            raise storage_error(exc) from None

    def close(self) -> None:
        """Close the connection (checkpointing the WAL into the file) and drop the text the search
        index remembered from it. Idempotent."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
            write_target.vault_closed(self.path)
        from db.search_index import forget  # noqa: PLC0415 - as in __init__

        forget()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    # -- transactions ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def write(self) -> Iterator[Vault]:
        """A write transaction. Nested uses join the outer one; the outermost commits, running the
        commit hooks (search index, audit head) inside the same transaction first."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.DatabaseError as exc:
            raise storage_error(exc) from None
        self._depth = 1
        self.transaction += 1
        self._touched = {}
        try:
            yield self
            for hook in self.commit_hooks:
                hook(self, self._touched)
            self.conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlcipher3.Error):
                self.conn.execute("ROLLBACK")
            for undo in self.rollback_hooks:
                undo()
            if isinstance(exc, sqlcipher3.IntegrityError):
                raise ValidationError("", f"the change breaks a link between records ({exc})") from None
            if isinstance(exc, sqlcipher3.DatabaseError):
                raise storage_error(exc) from None
            raise
        finally:
            self._depth = 0
            self._touched = {}

    def touch(self, entity: str, record_id: str, case_id: str | None = None) -> None:
        """Record that a write changed `record_id` (and the case it belongs to) for commit hooks."""
        self._touched.setdefault(entity, set()).add(record_id)
        if case_id:
            self._touched.setdefault("case", set()).add(case_id)

    def touch_many(self, entity: str, records: Iterable[tuple[str, str | None]]) -> None:
        """`touch` for many (record_id, case_id) pairs at once."""
        pairs = list(records)
        self._touched.setdefault(entity, set()).update(record_id for record_id, _ in pairs)
        cases = {case_id for _, case_id in pairs if case_id}
        if cases:
            self._touched.setdefault("case", set()).update(cases)

    # -- settings inside the vault --------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.write():
            self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # -- rekey -----------------------------------------------------------------------------------

    def compact(self) -> tuple[int, int]:
        """Rewrite the vault's file with each table and index in one run of pages and no free
        pages (SQLite's VACUUM; its temporary copy stays in memory, temp_store=MEMORY), and return
        the file's size before and after, in bytes. A vault filled by large imports has the pages
        of each index spread across the file, which makes a cold start read far more of the disk.
        Atomic: on a full disk or a crash the vault stays as it was."""
        before = self.path.stat().st_size
        try:
            self.conn.execute("VACUUM")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except (sqlcipher3.Error, OSError) as exc:
            raise storage_error(exc) from None
        return before, self.path.stat().st_size

    def rekey(self, new_passphrase: str) -> None:
        """Change the passphrase atomically: write a copy under the new key beside the vault,
        check it, then rename it over the old file. A crash at any point leaves a file that opens
        with exactly one of the two passphrases (the other copy is a stray encrypted temp file).
        The vault stays open, now under the new key."""
        if not self.encrypted:
            raise VaultError("This vault is not encrypted.")
        from db.backup import export_copy  # noqa: PLC0415

        tmp = self.path.with_name(f".{self.path.name}.{secrets.token_hex(4)}.rekey")
        try:
            export_copy(self, tmp, new_passphrase)
            # Empty the WAL first: a crash after the rename must not leave old-key frames beside the new file.
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if os.name == "nt":  # Windows cannot rename over an open file
                self.close()
            os.replace(tmp, self.path)
            fsync_dir(self.path.parent)
        except OSError as exc:
            raise storage_error(exc) from None
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        self.close()  # the old connection still reads the old (now unlinked) file
        self.conn = _unlock(self.path, new_passphrase)
        self.versions.settle_place()  # the same vault in a new file: it keeps its replica id
        write_target.vault_opened(self.path)


def _unlock(path: Path, passphrase: str | None) -> sqlcipher3.Connection:
    """Key, verify, lock and migrate a connection to an existing vault file, trying each form of
    the passphrase (key_forms) while the answer is "wrong passphrase"."""
    forms: list[str | None] = [None] if passphrase is None else list(key_forms(passphrase))
    for n, key in enumerate(forms):
        try:
            return _unlock_with(path, key)
        except WrongPassphraseError:
            if n == len(forms) - 1:
                raise
    raise AssertionError("unreachable")


def _unlock_with(path: Path, key: str | None) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        _key_connection(conn, key)
        conn.execute("PRAGMA busy_timeout = 0")

        # Exclusive locking: the file stays locked while open (a second opener gets "busy"),
        # and WAL then keeps its index in memory, so no -shm file is made.
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise VaultBusyError(path) from None
            # Only "not a database" (the first page does not authenticate) means a wrong key; a
            # read error is the disk's, and must not count as a guess (desktop settings erase after N).
            if getattr(exc, "sqlite_errorcode", None) == _SQLITE_NOTADB or "not a database" in str(exc):
                raise WrongPassphraseError(path) from None
            raise StorageError(f"The vault could not be read from the disk ({exc}); it was not opened.") from None
        (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        if app_id != schema.APPLICATION_ID:
            raise NotAVaultError(path, "it is an encrypted database of another program")
        if version > schema.latest_version():
            raise VaultTooNewError(path, version, schema.latest_version())
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: fewer pages re-encrypted and spilled mid-transaction
        try:
            conn.execute("BEGIN EXCLUSIVE")
        except sqlcipher3.OperationalError:
            raise VaultBusyError(path) from None
        try:
            if version < schema.latest_version():
                # Without foreign-key enforcement, so that a migration can rebuild a table others link
                # to; migrations that do end with a foreign_key_check (db.case_model_schema).
                schema.migrate(conn, version)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise storage_error(exc) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _default_author() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers
        return "unknown"
