"""Merging bundles between real vaults: changes flow both ways, deletes travel as tombstones (also
through a third vault), repeated imports change nothing, exhibits arrive byte-identical, and `verify`
holds on every side after every merge. Bundles go through the real file format (exporters.bundle)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.models import Incident, Note
from db.repository import record_dict
from db.vault import Vault
from db.verify import verify
from exporters.bundle import export_bundle, import_bundle
from tests.conftest import PASSPHRASE

BUNDLE_PASS = "bundle passphrase 交换"
FAST_KDF = 10  # scrypt work factor for tests; the format and code path are the same as the default


def exchange(src: Vault, dst: Vault, folder: Path, on_conflict: str = "keep-both", **filters):
    """Export a bundle from `src` and merge it into `dst`; returns the merge report."""
    path = folder / f"b{len(list(folder.glob('*.cvb')))}.cvb"
    export_bundle(src, path, BUNDLE_PASS, log_n=FAST_KDF, **filters)
    return import_bundle(dst, path, BUNDLE_PASS, on_conflict)


def content(vault: Vault) -> dict[str, dict[str, dict]]:
    """Every record of the vault as plain data, by entity and id (what two merged vaults must share)."""
    return {entity: {r.id: record_dict(r) for r in repo.all()} for entity, repo in vault.repos.by_entity().items()}


def snapshot(vault: Vault) -> dict[str, list]:
    """Every row of every table, to show that something changed nothing at all."""
    tables = [r[0] for r in vault.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {t: sorted(map(repr, vault.conn.execute(f"SELECT * FROM {t}"))) for t in tables}


def assert_verified(*vaults: Vault) -> None:
    for v in vaults:
        report = verify(v)
        assert report.ok, report.lines()


def make_vault(folder: Path, name: str) -> Vault:
    return Vault.create(folder / f"{name}.cvault", PASSPHRASE, author=name)


@pytest.fixture
def pair(demo_vault: Vault, tmp_path: Path) -> Iterator[tuple[Vault, Vault, Path]]:
    """A: the demo vault; B: another laptop that received all of A once."""
    bundles = tmp_path / "bundles"
    bundles.mkdir()
    b = make_vault(tmp_path, "bob")
    exchange(demo_vault, b, bundles)
    yield demo_vault, b, bundles
    b.close()


def test_first_exchange_copies_every_record_and_exhibit(pair):
    a, b, _ = pair
    assert content(b) == content(a)
    for exhibit in a.repos.exhibits.all():
        assert b.repos.exhibits.read_data(exhibit.id) == a.repos.exhibits.read_data(exhibit.id)
    merges = [e for e in b.repos.audit.iter_all() if e.action == "merge"]
    assert {e.entity_id for e in merges if e.entity != "bundle"} == {i for ids in content(a).values() for i in ids}
    assert sum(e.entity == "bundle" for e in merges) == 1
    assert_verified(a, b)


def test_changes_flow_from_a_to_b_and_back(pair):
    a, b, bundles = pair
    case = a.repos.cases.resolve("CV-2024-001")
    case.summary = "Updated after the second interview."
    a.repos.cases.update(case)
    report = exchange(a, b, bundles)
    assert (report.updated, report.created, report.conflicts) == (1, 0, [])
    assert b.repos.cases.get(case.id).summary == "Updated after the second interview."

    incident = b.repos.incidents.add(Incident(case_id=case.id, tactic="threat_online", date_start="2024-11",
                                              description="New threat by message, logged on Bob's laptop."))
    report = exchange(b, a, bundles)
    assert (report.created, report.updated, report.conflicts) == (1, 0, [])
    assert a.repos.incidents.get(incident.id).description.startswith("New threat")
    assert content(a) == content(b)
    assert_verified(a, b)


def test_importing_the_same_bundle_twice_changes_nothing(pair, tmp_path):
    a, b, bundles = pair
    case = a.repos.cases.resolve("CV-2024-001")
    case.priority = "urgent"
    a.repos.cases.update(case)
    a.repos.notes.delete(a.repos.notes.for_case(case.id)[0].id)
    other = a.repos.cases.resolve("CV-2023-014")
    other.summary, mine = "edited on A", b.repos.cases.get(other.id)
    a.repos.cases.update(other)
    mine.summary = "edited on B"
    b.repos.cases.update(mine)
    path = tmp_path / "twice.cvb"
    export_bundle(a, path, BUNDLE_PASS, log_n=FAST_KDF)
    first = import_bundle(b, path, BUNDLE_PASS)
    assert first.changed and first.updated == 1 and first.deleted == 1 and len(first.conflicts) == 1
    before = snapshot(b)
    second = import_bundle(b, path, BUNDLE_PASS)
    assert not second.changed
    assert snapshot(b) == before
    assert_verified(b)


def test_deletes_travel_as_tombstones(pair):
    a, b, bundles = pair
    case = a.repos.cases.resolve("CV-2024-001")
    gone = a.repos.incidents.for_case(case.id)[1]
    a.repos.incidents.delete(gone.id)
    closed = a.repos.cases.resolve("CV-2021-003")
    a.repos.cases.delete(closed.id)  # the whole case: its roles and incidents go with it
    report = exchange(a, b, bundles)
    assert report.deleted == 1 + 1 + 2 + 3 + 3 and report.conflicts == []  # incident, case, roles, incidents, outcomes
    assert b.repos.incidents.find(gone.id) is None and b.repos.cases.find(closed.id) is None
    assert content(a) == content(b)
    deletes = [e for e in b.repos.audit.entries(entity_id=gone.id) if e.action == "merge"]
    assert deletes[0].after_digest is None and deletes[0].before_digest is not None
    assert_verified(a, b)


def test_a_case_bundle_carries_only_that_cases_deletes(pair):
    a, b, bundles = pair
    first, second = a.repos.cases.resolve("CV-2024-001"), a.repos.cases.resolve("CV-2023-014")
    note_one = a.repos.notes.for_case(first.id)[0]
    a.repos.notes.delete(note_one.id)
    incident_two = a.repos.incidents.for_case(second.id)[0]
    a.repos.incidents.delete(incident_two.id)
    report = exchange(a, b, bundles, case_ids=[second.id])
    assert report.deleted == 1
    assert b.repos.incidents.find(incident_two.id) is None and b.repos.notes.find(note_one.id) is not None


def test_three_vaults_changes_and_deletes_pass_through_the_middle(pair, tmp_path):
    a, b, bundles = pair
    c = make_vault(tmp_path, "carol")
    try:
        exchange(b, c, bundles)  # Carol gets everything from Bob, never from A directly
        case = a.repos.cases.resolve("CV-2024-007")
        case.status = "monitoring"
        a.repos.cases.update(case)
        task = a.repos.tasks.for_case(case.id)[0]
        a.repos.tasks.delete(task.id)
        exchange(a, b, bundles)
        report = exchange(b, c, bundles)
        assert (report.updated, report.deleted, report.conflicts) == (1, 1, [])
        assert c.repos.cases.get(case.id).status == "monitoring" and c.repos.tasks.find(task.id) is None
        # Carol edits; her change reaches A through B, and nobody sees a conflict.
        case = c.repos.cases.get(case.id)
        case.summary = "Carol's addition."
        c.repos.cases.update(case)
        exchange(c, b, bundles)
        report = exchange(b, a, bundles)
        assert report.updated == 1 and report.conflicts == []
        assert content(a) == content(b) == content(c)
        assert_verified(a, b, c)
    finally:
        c.close()


def test_a_delete_of_a_record_the_middle_never_held_still_travels(pair, tmp_path):
    a, b, bundles = pair
    c = make_vault(tmp_path, "carol")
    try:
        case = a.repos.cases.resolve("CV-2024-001")
        note = a.repos.notes.add(Note(case_id=case.id, body="Meeting planned with the lawyer."))
        exchange(a, c, bundles)  # Carol gets the note straight from A; Bob does not
        a.repos.notes.delete(note.id)
        report = exchange(a, b, bundles)
        assert report.tombstones == 1 and b.repos.notes.find(note.id) is None
        report = exchange(b, c, bundles)
        assert report.deleted == 1 and c.repos.notes.find(note.id) is None
        assert_verified(b, c)
    finally:
        c.close()


def test_a_revert_is_a_newer_version_not_an_old_one(pair):
    a, b, bundles = pair
    case = a.repos.cases.resolve("CV-2024-001")
    original = case.title
    case.title = "Temporary title"
    a.repos.cases.update(case)
    exchange(a, b, bundles)
    case.title = original  # back to the earlier content: a new change all the same
    a.repos.cases.update(case)
    report = exchange(a, b, bundles)
    assert report.updated == 1 and report.conflicts == []
    assert b.repos.cases.get(case.id).title == original


def test_the_same_change_made_on_both_sides_is_not_a_conflict(pair):
    a, b, bundles = pair
    case = a.repos.cases.resolve("CV-2024-007")
    case.status = "closed"
    a.repos.cases.update(case)
    b.repos.cases.put_many([case], action="import")  # e.g. both laptops imported the same JSON file
    report = exchange(a, b, bundles)
    assert report.conflicts == [] and report.updated == 0 and report.joined == 1
    assert exchange(b, a, bundles).conflicts == []
    case.summary = "A later change on A flows as usual."
    a.repos.cases.update(case)
    report = exchange(a, b, bundles)
    assert report.updated == 1 and report.conflicts == []
    assert_verified(a, b)


def test_exhibits_added_on_each_side_arrive_byte_identical_and_renumbered(pair):
    a, b, bundles = pair
    case = a.repos.cases.resolve("CV-2024-001")
    data_a = bytes(range(256)) * 40 + "图片 A".encode()
    data_b = b"%PDF-1.4 scanned letter from the bureau" + bytes(1000)
    ex_a = a.repos.exhibits.add_file(case.id, data_a, "photo_a.bin", description="from A")
    ex_b = b.repos.exhibits.add_file(case.id, data_b, "letter.pdf", description="from B")
    assert ex_a.number == ex_b.number == 4
    report = exchange(a, b, bundles)
    assert report.created == 1 and any("E-4" in line and "E-5" in line for line in report.renamed)
    assert b.repos.exhibits.read_data(ex_a.id) == data_a and b.repos.exhibits.get(ex_a.id).number == 5
    exchange(b, a, bundles)
    assert a.repos.exhibits.read_data(ex_b.id) == data_b
    assert {e.number for e in a.repos.exhibits.for_case(case.id)} == {1, 2, 3, 4, 5}
    assert content(a)["exhibit"] == content(b)["exhibit"]
    assert_verified(a, b)


def test_an_older_bundle_never_overwrites_a_newer_version(pair, tmp_path):
    a, b, bundles = pair
    case = a.repos.cases.resolve("CV-2024-001")
    case.status = "monitoring"
    a.repos.cases.update(case)
    old = tmp_path / "old.cvb"
    export_bundle(a, old, BUNDLE_PASS, log_n=FAST_KDF)
    import_bundle(b, old, BUNDLE_PASS)
    mine = b.repos.cases.get(case.id)
    mine.status = "closed"
    b.repos.cases.update(mine)
    report = import_bundle(b, old, BUNDLE_PASS)  # the stick still holds last week's bundle
    assert report.conflicts == [] and report.updated == 0 and report.kept_ours == 1
    assert b.repos.cases.get(case.id).status == "closed"
    report = exchange(a, b, bundles)
    assert report.conflicts == [] and b.repos.cases.get(case.id).status == "closed"


def test_a_version_that_passed_through_elsewhere_is_known_to_be_older(pair, tmp_path):
    a, b, bundles = pair
    c = make_vault(tmp_path, "carol")
    try:
        exchange(a, c, bundles)
        case = a.repos.cases.resolve("CV-2024-001")
        case.priority = "urgent"
        a.repos.cases.update(case)
        exchange(a, c, bundles)  # Carol has the middle version
        case.priority = "low"
        a.repos.cases.update(case)
        exchange(a, b, bundles)  # Bob only ever sees the first and the last
        report = exchange(b, c, bundles)
        assert report.conflicts == [] and report.updated == 1
        assert c.repos.cases.get(case.id).priority == "low"
    finally:
        c.close()


def test_exhibits_that_swapped_numbers_on_one_side_merge(pair):
    a, b, bundles = pair
    case = a.repos.cases.resolve("CV-2024-001")
    first, second = a.repos.exhibits.for_case(case.id)[:2]
    first.number = 9
    a.repos.exhibits.update(first)
    second.number, first.number = 1, 2
    a.repos.exhibits.update(second)
    a.repos.exhibits.update(first)
    report = exchange(a, b, bundles)
    assert report.updated == 2 and report.conflicts == []
    assert {e.id: e.number for e in b.repos.exhibits.for_case(case.id)[:2]} == {second.id: 1, first.id: 2}
    assert not exchange(a, b, bundles).changed
    assert_verified(b)
