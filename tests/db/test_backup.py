"""Backups: a verified, encrypted copy under the vault's or its own passphrase; restore into a new
file (or over a closed one when forced), refusing wrong passphrases and damaged backups without
touching anything; rotation keeps the newest N and nothing else."""

from __future__ import annotations

import os
import time

import pytest

from db.backup import backup, fingerprint, restore, rotate_backups
from db.errors import VaultError, VaultExistsError, WrongPassphraseError
from db.models import Note
from db.vault import Vault
from db.verify import verify
from tests.conftest import PASSPHRASE
from tests.db.test_merge import content


def test_a_backup_opens_with_the_vaults_passphrase_and_holds_everything(demo_vault, tmp_path):
    out = tmp_path / "backup.cvault"
    report = backup(demo_vault, out)
    assert report.counts["cases"] == 5 and report.counts["exhibit_data"] == 3 and report.size == out.stat().st_size
    assert not out.read_bytes().startswith(b"SQLite format 3") and "林晓梅".encode() not in out.read_bytes()
    with Vault.open(out, PASSPHRASE) as copy:
        assert content(copy) == content(demo_vault)
        assert fingerprint(copy.conn) == fingerprint(demo_vault.conn)
        assert verify(copy).ok
    assert {p.name for p in tmp_path.iterdir()} - {"demo.cvault", "demo.cvault-wal"} == {"backup.cvault"}


def test_a_backup_with_its_own_passphrase_opens_only_with_that(demo_vault, tmp_path):
    out = tmp_path / "usb.cvault"
    backup(demo_vault, out, "stick passphrase")
    with pytest.raises(WrongPassphraseError):
        Vault.open(out, PASSPHRASE)
    with Vault.open(out, "stick passphrase") as copy:
        assert copy.repos.cases.count() == 5


def test_a_backup_never_replaces_an_existing_file(demo_vault, tmp_path):
    out = tmp_path / "taken.cvault"
    out.write_bytes(b"someone else's file")
    with pytest.raises(VaultExistsError):
        backup(demo_vault, out)
    assert out.read_bytes() == b"someone else's file"
    with pytest.raises(VaultError, match="over its own vault"):
        backup(demo_vault, tmp_path / "x" / ".." / "demo.cvault")


def test_backup_then_restore_round_trips(demo_vault, tmp_path):
    saved = tmp_path / "saved.cvault"
    backup(demo_vault, saved)
    expected = content(demo_vault)
    case = demo_vault.repos.cases.resolve("CV-2024-001")
    demo_vault.repos.notes.add(Note(case_id=case.id, body="written after the backup"))
    restored = tmp_path / "restored.cvault"
    report = restore(saved, PASSPHRASE, restored)
    assert report.counts["cases"] == 5
    with Vault.open(restored, PASSPHRASE) as v:
        assert content(v) == expected and verify(v).ok
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_restore_refuses_an_existing_vault_unless_forced(demo_vault, demo_path, tmp_path):
    saved = tmp_path / "saved.cvault"
    backup(demo_vault, saved)
    target = tmp_path / "other.cvault"
    with Vault.create(target, "other passphrase") as other:
        other.repos.cases.count()
    original = target.read_bytes()
    with pytest.raises(VaultError, match="already exists"):
        restore(saved, PASSPHRASE, target)
    assert target.read_bytes() == original
    with pytest.raises(VaultError, match="is open in CaseVault"):
        restore(saved, PASSPHRASE, demo_path, force=True)  # demo_vault is open: its journal is there
    restore(saved, PASSPHRASE, target, force=True)
    with Vault.open(target, PASSPHRASE) as v:
        assert v.repos.cases.count() == 5


def test_restore_with_a_wrong_passphrase_or_a_damaged_backup_changes_nothing(demo_vault, tmp_path):
    saved = tmp_path / "saved.cvault"
    backup(demo_vault, saved)
    target = tmp_path / "restored.cvault"
    with pytest.raises(WrongPassphraseError):
        restore(saved, "wrong", target)
    damaged = tmp_path / "damaged.cvault"
    blob = bytearray(saved.read_bytes())
    blob[len(blob) // 2 + 100] ^= 0xFF  # one byte inside an encrypted page
    damaged.write_bytes(bytes(blob))
    with pytest.raises(VaultError):
        restore(damaged, PASSPHRASE, target)
    assert not target.exists() and [p for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_rotation_keeps_the_newest_backups_of_this_vault_only(demo_vault, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    unrelated = folder / "notes.txt"
    unrelated.write_text("keep me")
    other_vault = folder / "other-20200101-000000-000000.cvault"
    other_vault.write_bytes(b"x" * 512)
    made = []
    for _ in range(4):
        made.append(rotate_backups(demo_vault, folder, keep=2).path)
        time.sleep(0.002)  # distinct timestamps in the names
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([unrelated.name, other_vault.name, made[2].name, made[3].name])
    with Vault.open(made[3], PASSPHRASE) as v:
        assert v.repos.cases.count() == 5
    with pytest.raises(VaultError, match="at least one"):
        rotate_backups(demo_vault, folder, keep=0)


def test_a_full_or_missing_target_folder_is_a_clear_error(demo_vault, tmp_path):
    with pytest.raises(VaultError) as info:
        backup(demo_vault, tmp_path / "no" / "such" / "folder" / "b.cvault")
    assert "nothing was saved" in str(info.value)
    assert not os.path.exists(tmp_path / "no")
