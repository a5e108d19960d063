"""Opening, refusing and re-keying vault files. Every refused open must leave the file's bytes
exactly as they were."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from db import schema
from db.errors import (
    NotAVaultError,
    VaultBusyError,
    VaultExistsError,
    VaultMissingError,
    VaultTooNewError,
    WrongPassphraseError,
)
from db.models import Case
from db.vault import Vault
from tests.conftest import PASSPHRASE


def fingerprint(path: Path) -> dict[str, str]:
    """Hashes of the vault file and its WAL, if any."""
    out = {}
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if p.exists():
            out[p.name] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def test_create_open_close_keeps_data(vault_path):
    with Vault.create(vault_path, PASSPHRASE) as v:
        v.repos.cases.add(Case(reference="R-1", title="Zhang Wei 张伟"))
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert [c.title for c in v.repos.cases.all()] == ["Zhang Wei 张伟"]
        assert v.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert v.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert v.conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # memory
        assert v.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # full


def test_vault_opens_with_standard_sqlcipher_settings(demo_path):
    """Only `PRAGMA key` and SQLCipher 4 defaults: what the sqlcipher shell does."""
    conn = sqlcipher3.connect(str(demo_path))
    conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
    assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 5
    conn.close()


def test_wrong_passphrase_is_refused_and_file_unchanged(demo_path):
    before = fingerprint(demo_path)
    for attempt in range(5):
        with pytest.raises(WrongPassphraseError, match="Wrong passphrase"):
            Vault.open(demo_path, f"wrong {attempt}")
    assert fingerprint(demo_path) == before
    Vault.open(demo_path, PASSPHRASE).close()


def test_empty_file_is_not_a_vault(tmp_path):
    path = tmp_path / "empty.cvault"
    path.write_bytes(b"")
    with pytest.raises(NotAVaultError, match="empty"):
        Vault.open(path, PASSPHRASE)
    assert path.read_bytes() == b""


def test_plain_sqlite_file_is_not_a_vault(tmp_path):
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    before = fingerprint(path)
    with pytest.raises(NotAVaultError, match="unencrypted SQLite"):
        Vault.open(path, PASSPHRASE)
    assert fingerprint(path) == before


def test_random_file_is_not_a_vault(tmp_path):
    path = tmp_path / "random.bin"
    path.write_bytes(os.urandom(10_000))
    before = fingerprint(path)
    with pytest.raises(NotAVaultError):
        Vault.open(path, PASSPHRASE)
    assert fingerprint(path) == before


def test_other_programs_sqlcipher_database_is_not_a_vault(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    before = fingerprint(path)
    with pytest.raises(NotAVaultError, match="another program"):
        Vault.open(path, PASSPHRASE)
    assert fingerprint(path) == before


def test_vault_from_newer_version_is_refused_unchanged(vault_path):
    Vault.create(vault_path, PASSPHRASE).close()
    conn = sqlcipher3.connect(str(vault_path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute(f"PRAGMA user_version = {schema.latest_version() + 1}")
    conn.commit()
    conn.close()
    before = fingerprint(vault_path)
    with pytest.raises(VaultTooNewError, match="newer CaseVault"):
        Vault.open(vault_path, PASSPHRASE)
    assert fingerprint(vault_path) == before


def test_second_open_is_refused_while_open(vault_path):
    first = Vault.create(vault_path, PASSPHRASE)
    with pytest.raises(VaultBusyError, match="already open"):
        Vault.open(vault_path, PASSPHRASE)
    first.close()
    Vault.open(vault_path, PASSPHRASE).close()


def test_create_refuses_existing_file_and_open_refuses_missing(tmp_path):
    existing = tmp_path / "x.cvault"
    existing.write_bytes(b"keep me")
    with pytest.raises(VaultExistsError):
        Vault.create(existing, PASSPHRASE)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(VaultMissingError):
        Vault.open(tmp_path / "nope.cvault", PASSPHRASE)
    assert not (tmp_path / "nope.cvault").exists()


def test_no_wal_index_file_is_left_on_disk(vault):
    vault.repos.cases.add(Case(reference="R-1", title="t"))
    assert not Path(f"{vault.path}-shm").exists()


def test_rekey_changes_passphrase_and_keeps_data(demo_vault, demo_path):
    head = demo_vault.repos.audit.head()
    demo_vault.rekey("a new passphrase")
    assert demo_vault.repos.audit.head() == head  # still usable, same state
    demo_vault.repos.cases.add(Case(reference="R-after", title="after rekey"))
    demo_vault.close()
    with pytest.raises(WrongPassphraseError):
        Vault.open(demo_path, PASSPHRASE)
    with Vault.open(demo_path, "a new passphrase") as v:
        assert v.repos.cases.count() == 6
    assert sorted(p.name for p in demo_path.parent.iterdir()) == ["demo.cvault"]


def test_rekey_interrupted_before_the_switch_keeps_old_passphrase(demo_vault, demo_path, monkeypatch):
    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(Exception, match="disk is full"):
        demo_vault.rekey("never applied")
    monkeypatch.undo()
    demo_vault.close()
    with Vault.open(demo_path, PASSPHRASE) as v:
        assert v.repos.cases.count() == 5
    assert sorted(p.name for p in demo_path.parent.iterdir()) == ["demo.cvault"]


def test_vault_file_holds_no_plaintext(vault_path):
    marker = "ZQX-марк-秘密标记-Montréal"
    with Vault.create(vault_path, PASSPHRASE) as v:
        from tests.db.test_repositories import fill_every_field

        fill_every_field(v, marker)
        exhibit_bytes = marker.encode() * 3
        case = next(iter(v.repos.cases.all()))
        v.repos.exhibits.add_file(case.id, exhibit_bytes, f"{marker}.txt")
        wal = Path(f"{vault_path}-wal")
        assert_no_marker([vault_path, wal], marker)  # while open, WAL included
    assert_no_marker([vault_path], marker)


def assert_no_marker(paths: list[Path], marker: str) -> None:
    needles = [marker.encode("utf-8"), marker.encode("utf-16-le"), "秘密标记".encode(), "ZQX-марк".encode()]
    for p in paths:
        if p.exists():
            data = p.read_bytes()
            for needle in needles:
                assert needle not in data, f"{needle!r} found in {p.name}"


def test_compact_rewrites_the_file_smaller_and_changes_nothing_inside(tmp_path):
    from db.models import Incident
    from db.verify import verify

    path = tmp_path / "big.cvault"
    with Vault.create(path, PASSPHRASE, author="t") as v:
        with v.write():
            cases = [Case(reference=f"C-{n:03d}", title=f"Case {n}", summary="x" * 2000) for n in range(120)]
            for case in cases:
                v.repos.cases.add(case)
                v.repos.incidents.add(Incident(case_id=case.id, tactic="exit_ban", date_start="2019",
                                               description="y" * 2000))
        with v.write():
            for case in cases[:100]:
                v.repos.cases.delete(case.id)
        v.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        rows = {t: sorted(map(repr, v.conn.execute(f"SELECT * FROM {t}"))) for t in ("cases", "incidents", "audit")}
        head = v.repos.audit.head()
        before, after = v.compact()
        assert before == path.stat().st_size + (before - after) and after < before * 0.7  # the deleted pages are gone
        assert {t: sorted(map(repr, v.conn.execute(f"SELECT * FROM {t}"))) for t in rows} == rows
        assert v.repos.audit.head() == head
    with Vault.open(path, PASSPHRASE) as v:
        assert verify(v, []).ok and v.repos.cases.count() == 20
        assert v.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.cvault"]  # no WAL or copy left beside it
