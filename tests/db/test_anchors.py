"""Tamper evidence beyond the chain itself: heads of a vault's audit chain kept outside it (by peers,
backups, dossiers, the user) show a rollback, a truncation or a rewritten history that `verify` on
its own cannot see, since whoever has the passphrase can recompute a whole chain."""

from __future__ import annotations

import shutil

import pytest

from db import anchors
from db.audit import entry_hash
from db.audit_storage import unpack_id, unpack_time
from db.backup import backup
from db.errors import ValidationError
from db.vault import Vault
from db.verify import verify
from exporters.bundle import anchors_in, export_bundle, import_bundle
from tests.conftest import PASSPHRASE
from tests.db.test_merge import BUNDLE_PASS, FAST_KDF, make_vault


def problems(vault, against=()):
    return [p for c in verify(vault, against).checks if not c.ok for p in c.problems]


def edit(vault, text):
    case = vault.repos.cases.resolve("CV-2024-001")
    case.summary = text
    vault.repos.cases.update(case)


def rewrite_chain(vault, seq, author):
    """What someone with the passphrase can do: change an old entry and recompute every hash after it,
    and the recorded head, so that the chain verifies again."""
    conn = vault.conn
    conn.execute("UPDATE audit SET author = ? WHERE seq = ?", (author, seq))
    prev = bytes(conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq - 1,)).fetchone()[0]).hex()
    for row in conn.execute("SELECT * FROM audit WHERE seq >= ? ORDER BY seq", (seq,)).fetchall():
        s, at, who, action, entity, entity_id, case_id, before, after, _ = row
        at, entity_id, case_id = unpack_time(at), unpack_id(entity_id), unpack_id(case_id)
        h = entry_hash(prev, s, at, who, action, entity, entity_id, case_id,
                       None if before is None else bytes(before).hex(), None if after is None else bytes(after).hex())
        conn.execute("UPDATE audit SET hash = ? WHERE seq = ?", (bytes.fromhex(h), s))
        prev = h
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{s}:{prev}",))


def test_a_rewritten_history_passes_alone_and_fails_against_a_head_kept_elsewhere(demo_vault):
    kept = anchors.Anchor(*demo_vault.repos.audit.head(), "a dossier's cover")
    edit(demo_vault, "later work")
    rewrite_chain(demo_vault, 3, "mallory")
    assert problems(demo_vault) == [], "recomputed by someone with the passphrase: the chain alone cannot tell"
    found = problems(demo_vault, [kept])
    assert found and f"entry {kept.seq} is not the one a dossier's cover saw" in found[0]


def test_a_vault_rolled_back_to_an_older_copy_fails_against_a_later_backup(demo_path, tmp_path):
    shutil.copyfile(demo_path, tmp_path / "older.cvault")
    with Vault.open(demo_path, PASSPHRASE) as v:
        edit(v, "work after the copy")
        backup(v, tmp_path / "backup.cvault")
    with Vault.open(tmp_path / "older.cvault", PASSPHRASE) as old:
        assert problems(old) == []
        head = anchors.of_backup(tmp_path / "backup.cvault", PASSPHRASE)
        (found,) = problems(old, [head])
        assert "rolled back to an older copy" in found


def test_peers_keep_our_head_and_their_bundles_show_a_rollback(demo_path, tmp_path):
    bob = make_vault(tmp_path, "bob")
    shutil.copyfile(demo_path, tmp_path / "older.cvault")
    with Vault.open(demo_path, PASSPHRASE) as a:
        edit(a, "work Bob will see")
        export_bundle(a, tmp_path / "a.cvb", BUNDLE_PASS, log_n=FAST_KDF)
        import_bundle(bob, tmp_path / "a.cvb", BUNDLE_PASS)
        export_bundle(bob, tmp_path / "b.cvb", BUNDLE_PASS, log_n=FAST_KDF)
        import_bundle(a, tmp_path / "b.cvb", BUNDLE_PASS)
        assert anchors.kept(a), "A keeps the head of its chain that Bob saw"
        assert problems(a) == []
        (mine,) = anchors_in(a, tmp_path / "b.cvb", BUNDLE_PASS)
        assert "whose maker saw this vault" in mine.source
    with Vault.open(tmp_path / "older.cvault", PASSPHRASE) as old:  # A's file rolled back to before all that
        assert problems(old) == []
        (found,) = problems(old, anchors_in(old, tmp_path / "b.cvb", BUNDLE_PASS))
        assert "rolled back to an older copy" in found
        replica = old.versions.identity()
        report = import_bundle(old, tmp_path / "b.cvb", BUNDLE_PASS)
        assert report.rolled_back and old.versions.replica != replica, "it must not number changes twice"
        (alarm,) = problems(old)
        assert "a bundle from bob showed that this vault's history no longer held entry" in alarm
        assert not import_bundle(old, tmp_path / "b.cvb", BUNDLE_PASS).rolled_back, "one divergence, one alarm"
    bob.close()


def test_a_head_is_typed_as_seq_and_hash():
    with pytest.raises(ValidationError, match="SEQ:HASH"):
        anchors.parse("12:abc")
    assert anchors.parse(f"12:{'A' * 64}").hash == "a" * 64


def test_the_head_of_an_empty_vault_is_held_by_every_vault(tmp_path):
    a, b = make_vault(tmp_path, "a"), make_vault(tmp_path, "b")
    for src, dst in ((a, b), (b, a), (a, b)):
        export_bundle(src, tmp_path / "x.cvb", BUNDLE_PASS, log_n=FAST_KDF)
        assert not import_bundle(dst, tmp_path / "x.cvb", BUNDLE_PASS).rolled_back
        (tmp_path / "x.cvb").unlink()
    assert problems(a) == problems(b) == []
    a.close()
    b.close()
