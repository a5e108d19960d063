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
