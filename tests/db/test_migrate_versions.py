"""Vaults made before version vectors (schema 3, tests/data/v3-*.cvault, made by that CaseVault with
tests/data/make_v3_vaults.py) migrate on open, verify, keep their open conflict, and go on exchanging
with each other: what one had seen of the other's versions is still known."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db import schema
from db.merge_conflicts import list_conflicts, resolve_conflict
from db.vault import Vault
from db.versions import Order, compare
from tests.conftest import PASSPHRASE
from tests.db.test_merge import assert_verified, content, exchange

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def old_pair(tmp_path):
    for name in ("v3-alice.cvault", "v3-bob.cvault"):
        shutil.copyfile(DATA / name, tmp_path / name)
    (tmp_path / "bundles").mkdir()
    a, b = Vault.open(tmp_path / "v3-alice.cvault", PASSPHRASE), Vault.open(tmp_path / "v3-bob.cvault", PASSPHRASE)
    yield a, b, tmp_path / "bundles"
    a.close()
    b.close()


def test_old_vaults_migrate_and_verify(old_pair):
    a, b, _ = old_pair
    assert a.schema_version() == b.schema_version() == schema.latest_version()
    assert_verified(a, b)
    assert not a.conn.execute("SELECT name FROM sqlite_master WHERE name IN ('sync_adopted', 'sync_known')").fetchall()


def test_what_one_had_taken_from_the_other_is_still_known_to_be_older(old_pair):
    a, b, bundles = old_pair
    case = a.repos.cases.resolve("CV-2024-001")
    ours, theirs = (v.repos.cases.vector(case.id) for v in (a, b))
    assert compare(theirs, ours) is Order.NEWER, "Bob edited on top of Alice's version he had taken"
    report = exchange(a, b, bundles)
    assert report.conflicts == [] and b.repos.cases.get(case.id).status == "monitoring"
    exchange(b, a, bundles)  # (the note both edited becomes a conflict on Alice's side too)
    assert a.repos.cases.get(case.id).status == "monitoring"
    assert [c.entity for c in list_conflicts(a)] == ["note"]


def test_the_open_conflict_survives_and_is_not_found_twice(old_pair):
    a, b, bundles = old_pair
    (conflict,) = list_conflicts(b)
    assert conflict.entity == "note" and conflict.theirs.body == "alice's note"
    assert exchange(a, b, bundles).conflicts == [], "Alice's note is the version the conflict already holds"
    resolve_conflict(b, conflict.id, "ours")
    exchange(b, a, bundles)
    assert a.repos.notes.get(conflict.entity_id).body == "bob's note"


def test_old_deletions_travel_on_and_the_two_converge(old_pair):
    a, b, bundles = old_pair
    gone = a.conn.execute("SELECT entity_id FROM tombstones WHERE entity = 'case'").fetchone()[0]
    assert b.repos.cases.find(gone) is None
    kept = b.repos.cases.resolve("CV-2024-007").id
    incident = b.conn.execute("SELECT entity_id FROM tombstones WHERE entity = 'incident' AND case_id = ?",
                              (kept,)).fetchone()[0]
    assert a.repos.incidents.find(incident) is not None
    exchange(b, a, bundles)
    assert a.repos.incidents.find(incident) is None
    for conflict in list_conflicts(b):  # decided on one laptop, settled on the other by the next bundle
        resolve_conflict(b, conflict.id, "ours")
    exchange(b, a, bundles)
    exchange(a, b, bundles)
    assert not list_conflicts(a) and not list_conflicts(b)
    assert content(a) == content(b)
    assert_verified(a, b)
