"""The exchange's promises, one test per way they were broken: laptops that swap bundles converge,
and nobody's work vanishes or reverts without a conflict a person sees (docs/bundle.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import db.vault
from db import changes
from db.backup import rotate_backups
from db.errors import VaultError
from db.merge_conflicts import list_conflicts, resolve_conflict
from db.models import Note
from db.vault import Vault
from exporters.bundle import build_payload
from exporters.interchange import export_document, export_json, import_document, import_json
from tests.db import test_merge
from tests.db.test_merge import assert_verified, content, exchange

pair = test_merge.pair


def both_edit_the_summary(a: Vault, b: Vault, bundles: Path) -> str:
    case = a.repos.cases.resolve("CV-2024-001")
    mine, theirs = a.repos.cases.get(case.id), b.repos.cases.get(case.id)
    mine.summary, theirs.summary = "Alice's summary", "Bob's summary"
    a.repos.cases.update(mine)
    b.repos.cases.update(theirs)
    exchange(a, b, bundles)
    exchange(b, a, bundles)
    return case.id


def swap(a: Vault, b: Vault, bundles: Path, times: int = 3) -> None:
    for _ in range(times):
        exchange(a, b, bundles)
        exchange(b, a, bundles)


@pytest.mark.parametrize("keep", ["ours", "theirs"])
def test_the_same_resolution_on_both_laptops_never_leaves_them_silently_apart(pair, keep):
    a, b, bundles = pair
    case_id = both_edit_the_summary(a, b, bundles)
    (on_a,), (on_b,) = list_conflicts(a), list_conflicts(b)
    resolve_conflict(a, on_a.id, keep)
    resolve_conflict(b, on_b.id, keep)  # each picks a different summary: the laptops now disagree
    swap(a, b, bundles)
    differ = a.repos.cases.get(case_id).summary != b.repos.cases.get(case_id).summary
    assert not differ or (list_conflicts(a) and list_conflicts(b)), "a split nobody sees"
    for vault in (a, b):  # the new conflict is resolved once, the same way, and everything converges
        for conflict in list_conflicts(vault):
            resolve_conflict(vault, conflict.id, "ours" if vault is a else "theirs")
    swap(a, b, bundles)
    assert not list_conflicts(a) and not list_conflicts(b)
    assert content(a) == content(b)
    assert_verified(a, b)


def test_resolving_the_same_conflict_alike_converges_without_another_conflict(pair):
    a, b, bundles = pair
    case_id = both_edit_the_summary(a, b, bundles)
    resolve_conflict(a, list_conflicts(a)[0].id, "ours")  # both keep Alice's summary
    resolve_conflict(b, list_conflicts(b)[0].id, "theirs")
    swap(a, b, bundles)
    assert not list_conflicts(a) and not list_conflicts(b)
    assert a.repos.cases.get(case_id).summary == b.repos.cases.get(case_id).summary == "Alice's summary"


def test_a_resolution_travels_to_a_third_laptop_and_wins_there(pair, tmp_path):
    from tests.db.test_merge import make_vault

    a, b, bundles = pair
    carol = make_vault(tmp_path, "carol")
    try:
        exchange(b, carol, bundles)
        case_id = both_edit_the_summary(a, b, bundles)
        exchange(b, carol, bundles)  # Carol holds Bob's summary
        resolve_conflict(a, list_conflicts(a)[0].id, "ours")
        report = exchange(a, carol, bundles)
        assert report.conflicts == [] and carol.repos.cases.get(case_id).summary == "Alice's summary"
    finally:
        carol.close()


def test_a_case_deleted_here_and_changed_there_stays_whole_with_one_conflict(pair):
    a, b, bundles = pair
    case = a.repos.cases.resolve("CV-2024-001")
    before = content(b)
    counts = {t: len(getattr(b.repos, t).for_case(case.id)) for t in ("incidents", "roles", "sources", "exhibits")}
    exhibit_bytes = {e.id: b.repos.exhibits.read_data(e.id) for e in b.repos.exhibits.for_case(case.id)}
    a.repos.cases.delete(case.id)
    mine = b.repos.cases.get(case.id)
    mine.status = "monitoring"  # Bob only changed its status
    b.repos.cases.update(mine)
    report = exchange(a, b, bundles)
    assert report.deleted == 0 and len(report.conflicts) == 1
    assert {t: len(getattr(b.repos, t).for_case(case.id)) for t in counts} == counts
    assert {e: b.repos.exhibits.read_data(e) for e in exhibit_bytes} == exhibit_bytes
    (conflict,) = list_conflicts(b)
    assert conflict.whole_case and conflict.entity_id == case.id and conflict.deleting_side() == "theirs"
    assert conflict.removal["incidents"] == counts["incidents"] and conflict.removal["exhibits"] == counts["exhibits"]
    assert conflict.removal["exhibit_bytes"] == sum(len(d) for d in exhibit_bytes.values())
    resolve_conflict(b, conflict.id, "ours")  # keep the case: it must come back on A, all of it
    exchange(b, a, bundles)
    assert a.repos.cases.get(case.id).status == "monitoring"
    assert {t: len(getattr(a.repos, t).for_case(case.id)) for t in counts} == counts
    assert {e: a.repos.exhibits.read_data(e) for e in exhibit_bytes} == exhibit_bytes
    assert not list_conflicts(a) and content(a) == content(b)
    assert content(b)["incident"] == before["incident"]
    assert_verified(a, b)


def test_the_deleting_laptop_gets_the_whole_case_back_meanwhile_and_can_delete_it_for_everyone(pair):
    a, b, bundles = pair
    case = a.repos.cases.resolve("CV-2024-007")
    incidents = {i.id for i in b.repos.incidents.for_case(case.id)}
    a.repos.cases.delete(case.id)
    edited = b.repos.incidents.get(sorted(incidents)[0])
    edited.description = "Bob added the date of the second visit."
    b.repos.incidents.update(edited)
    report = exchange(b, a, bundles)  # A deleted the case, Bob changed one incident in it
    assert len(report.conflicts) == 1 and {i.id for i in a.repos.incidents.for_case(case.id)} == incidents
    (conflict,) = list_conflicts(a)
    assert conflict.whole_case and conflict.live == "theirs" and conflict.deleting_side() == "ours"
    resolve_conflict(a, conflict.id, "ours")  # A confirms the delete
    assert a.repos.cases.find(case.id) is None
    report = exchange(a, b, bundles)
    assert b.repos.cases.find(case.id) is None and not list_conflicts(b)
    assert not b.repos.incidents.for_case(case.id)
    assert_verified(a, b)


def test_a_case_delete_that_saw_everything_deletes_it_everywhere(pair):
    a, b, bundles = pair
    case = a.repos.cases.resolve("CV-2021-003")
    a.repos.cases.delete(case.id)
    report = exchange(a, b, bundles)
    assert report.conflicts == [] and b.repos.cases.find(case.id) is None
    assert not b.repos.incidents.for_case(case.id) and not b.repos.roles.for_case(case.id)


def test_a_record_added_in_a_case_deleted_elsewhere_keeps_the_case(pair):
    a, b, bundles = pair
    case = a.repos.cases.resolve("CV-2021-003")
    a.repos.cases.delete(case.id)
    b.repos.notes.add(Note(case_id=case.id, body="A new lead, written after the other laptop deleted the case."))
    report = exchange(a, b, bundles)
    assert len(report.conflicts) == 1 and b.repos.cases.find(case.id) is not None


def test_undo_after_an_import_never_reverts_the_other_laptops_change(pair):
    a, b, bundles = pair
    note = b.repos.notes.for_case(a.repos.cases.resolve("CV-2024-001").id)[0]
    note.body = "Bob's edit"
    mine = changes.write_records(b, [note])
    theirs = a.repos.notes.get(note.id)
    theirs.body = "Alice's later edit, on top of Bob's"
    exchange(b, a, bundles)
    theirs = a.repos.notes.get(note.id)
    theirs.body = "Alice's later edit, on top of Bob's"
    a.repos.notes.update(theirs)
    exchange(a, b, bundles)
    assert b.repos.notes.get(note.id).body == "Alice's later edit, on top of Bob's"
    with pytest.raises(VaultError, match="Undo is no longer possible"):
        changes.undo(b, mine)
    assert b.repos.notes.get(note.id).body == "Alice's later edit, on top of Bob's"


def test_undo_after_a_resolution_is_refused(pair):
    a, b, bundles = pair
    case = b.repos.cases.resolve("CV-2024-007")
    task_note = Note(case_id=case.id, body="to undo")
    mine = changes.write_records(b, [task_note])
    both_edit_the_summary(a, b, bundles)
    resolve_conflict(b, list_conflicts(b)[0].id, "theirs")
    with pytest.raises(VaultError, match="Undo is no longer possible"):
        changes.undo(b, mine)


def test_an_undo_is_a_new_version_that_reaches_the_other_laptop(pair):
    a, b, bundles = pair
    case = a.repos.cases.get(a.repos.cases.resolve("CV-2024-001").id)
    original = case.title
    case.title = "A mistaken title"
    change = changes.write_records(a, [case])
    exchange(a, b, bundles)
    changes.undo(a, change)
    report = exchange(a, b, bundles)
    assert report.conflicts == [] and b.repos.cases.get(case.id).title == original


def test_an_older_json_export_never_reverts_newer_edits(demo_vault, tmp_path, pair):
    a, b, bundles = pair
    old = tmp_path / "old.json"
    export_json(a, old)
    case = a.repos.cases.get(a.repos.cases.resolve("CV-2024-001").id)
    case.summary = "The newer account."
    a.repos.cases.update(case)
    result = import_json(a, old)
    assert a.repos.cases.get(case.id).summary == "The newer account."
    assert result.written == 0 and result.older == [f"case {case.id}"]
    exchange(a, b, bundles)  # and the next bundle spreads the newer account, not the old one
    assert b.repos.cases.get(case.id).summary == "The newer account."


def test_an_old_export_without_versions_is_known_by_its_content(pair, tmp_path):
    """A file of the first interchange format has no revisions: an unchanged copy of one of the vault's
    own past versions is recognised as older; anything else that differs is a conflict."""
    a, _, _ = pair
    doc = export_document(a)
    for record in [*doc["persons"], *doc["organisations"], *doc["cases"],
                   *(r for c in doc["cases"] for key in ("roles", "incidents", "sources", "exhibits", "interventions",
                                                         "notes", "tasks") for r in c[key])]:
        record.pop("revision")
    doc["version"] = 1
    case = a.repos.cases.get(a.repos.cases.resolve("CV-2024-001").id)
    case.summary = "The newer account."
    a.repos.cases.update(case)
    stranger = next(c for c in doc["cases"] if c["reference"] == "CV-2024-007")
    stranger["summary"] = "Typed into the file by hand."
    result = import_document(a, json.loads(json.dumps(doc)))
    assert a.repos.cases.get(case.id).summary == "The newer account." and f"case {case.id}" in result.older
    assert result.conflicts == 1 and list_conflicts(a)[0].entity_id == stranger["id"]


def test_an_edit_made_in_the_exported_file_is_a_new_version(pair, tmp_path):
    a, b, bundles = pair
    doc = export_document(a)
    entry = next(c for c in doc["cases"] if c["reference"] == "CV-2024-007")
    entry["title"] = "Corrected in a spreadsheet"
    result = import_document(a, doc)
    assert result.written == 1 and result.conflicts == 0
    assert a.repos.cases.get(entry["id"]).title == "Corrected in a spreadsheet"
    assert exchange(a, b, bundles).conflicts == [] and b.repos.cases.get(entry["id"]).title == entry["title"]


def test_an_edit_in_an_exported_file_of_a_record_changed_since_is_a_conflict(pair):
    a, _, _ = pair
    doc = export_document(a)
    entry = next(c for c in doc["cases"] if c["reference"] == "CV-2024-007")
    entry["title"] = "Corrected in a spreadsheet"
    case = a.repos.cases.get(entry["id"])
    case.title = "Corrected in the app meanwhile"
    a.repos.cases.update(case)
    result = import_document(a, doc)
    assert result.conflicts == 1 and a.repos.cases.get(case.id).title == "Corrected in the app meanwhile"
    (conflict,) = list_conflicts(a)
    assert conflict.theirs.title == "Corrected in a spreadsheet"


def test_a_bundle_for_a_peer_does_not_trust_the_clock(pair, monkeypatch):
    a, b, bundles = pair
    exchange(b, a, bundles)  # A learns what Bob knows
    case = a.repos.cases.get(a.repos.cases.resolve("CV-2023-014").id)
    monkeypatch.setattr(db.vault, "now", lambda: "2001-01-01T00:00:00.000Z")  # A's clock ran far behind
    case.summary = "Written under a wrong clock."
    a.repos.cases.update(case)
    monkeypatch.undo()
    payload = build_payload(a, for_peer="bob")
    assert [c["reference"] for c in payload["document"]["cases"]] == ["CV-2023-014"]


def test_backup_rotation_never_deletes_the_backup_it_just_wrote(demo_vault, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for stamp in ("20991231-000000-000001", "20991231-000000-000002"):  # written when the clock ran ahead
        (folder / f"{demo_vault.path.stem}-{stamp}.cvault").write_bytes(b"an earlier backup")
    report = rotate_backups(demo_vault, folder, keep=2)
    assert report.path.exists()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [report.path.name, f"{demo_vault.path.stem}-20991231-000000-000002.cvault"])
