"""The audit chain: writes are recorded, and tampering with entries or records shows in verify."""

from __future__ import annotations

import pytest

from db.verify import verify


def failing_checks(vault) -> dict[str, list[str]]:
    return {c.name: c.problems for c in verify(vault).checks if not c.ok}


def test_demo_vault_verifies_and_history_is_recorded(demo_vault):
    assert verify(demo_vault).ok
    case = demo_vault.repos.cases.resolve("CV-2024-001")
    history = demo_vault.repos.audit.entries(case_id=case.id)
    assert {e.entity for e in history} >= {"case", "incident", "role", "source", "exhibit", "note", "task"}
    assert all(e.author == "demo" for e in history)


@pytest.mark.parametrize("sql,expected", [
    ("UPDATE audit SET author = 'mallory' WHERE seq = 3", "audit entry 3 was altered"),
    ("DELETE FROM audit WHERE seq = 5", "missing"),
    ("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)", "removed or replaced"),
])
def test_tampered_audit_entries_are_detected(demo_vault, sql, expected):
    demo_vault.conn.execute(sql)
    problems = failing_checks(demo_vault)
    assert any(expected in p for p in problems.get("audit chain", [])), problems


def test_record_changed_outside_casevault_is_detected(demo_vault):
    demo_vault.conn.execute("UPDATE cases SET title = 'rewritten' WHERE reference = 'CV-2024-001'")
    problems = failing_checks(demo_vault)
    assert any("changed outside" in p for p in problems["records match their last audit entry"])


def test_record_removed_or_added_outside_casevault_is_detected(demo_vault):
    demo_vault.conn.execute("DELETE FROM notes")
    demo_vault.conn.execute(
        "INSERT INTO notes(id, case_id, body, created_at, updated_at, author) "
        "SELECT 'forged', id, 'x', '', '', '' FROM cases LIMIT 1")
    problems = failing_checks(demo_vault)["records match their last audit entry"]
    assert any("removed outside" in p for p in problems)
    assert any("forged has no audit entry" in p for p in problems)


def test_exhibit_bytes_changed_are_detected(demo_vault):
    demo_vault.conn.execute("UPDATE exhibit_data SET data = x'00' WHERE rowid = (SELECT min(rowid) FROM exhibit_data)")
    assert "exhibit files match their SHA-256" in failing_checks(demo_vault)


def test_an_entry_hash_cannot_be_matched_by_moving_text_between_fields():
    """The first encoding joined fields with U+001F, so text moved across a field boundary (inside a
    crafted name) gave the same hash; the current encoding prefixes each field with its length."""
    from db.audit import GENESIS, entry_hash, entry_hash_v1

    one = (GENESIS, 7, "2026-01-01T00:00:00.000Z", "a\x1fdelete", "case", "note", "n1", None, None, None)
    two = (GENESIS, 7, "2026-01-01T00:00:00.000Z", "a", "delete\x1fcase", "note", "n1", None, None, None)
    assert entry_hash_v1(*one) == entry_hash_v1(*two)
    assert entry_hash(*one) != entry_hash(*two)
    assert entry_hash(*one[:7], "", *one[8:]) != entry_hash(*one), "an empty case id is not an absent one"


def test_entries_written_before_and_after_the_second_encoding_verify_together(tmp_path):
    import shutil
    from pathlib import Path

    from db.vault import Vault
    from tests.conftest import PASSPHRASE

    data = Path(__file__).resolve().parents[1] / "data"
    shutil.copyfile(data / "v3-alice.cvault", tmp_path / "old.cvault")
    with Vault.open(tmp_path / "old.cvault", PASSPHRASE) as v:
        first_new = int(v.get_meta("audit_v2_from"))
        assert first_new > 1
        case = v.repos.cases.resolve("CV-2024-001")
        case.summary = "written after the migration"
        v.repos.cases.update(case)
        assert v.repos.audit.head()[0] >= first_new
        assert verify(v).ok
        v.conn.execute("UPDATE audit SET author = 'mallory' WHERE seq = ?", (first_new - 1,))
        assert any("was altered" in p for p in failing_checks(v)["audit chain"])


def test_compact_storage_gives_back_exactly_what_was_hashed():
    from hypothesis import given
    from hypothesis import strategies as st

    from db.audit_storage import pack_id, pack_time, unpack_id, unpack_time
    from db.models import new_id
    from db.vault import now

    @given(st.one_of(st.text(max_size=40), st.just(new_id()), st.just(new_id().upper()), st.none()))
    def ids(value):
        assert unpack_id(pack_id(value)) == value

    @given(st.one_of(st.text(max_size=30), st.just(now()), st.just("2026-02-30T10:00:00.000Z")))
    def times(value):
        assert unpack_time(pack_time(value)) == value

    ids()
    times()
    assert isinstance(pack_id(new_id()), bytes) and isinstance(pack_time(now()), int)
