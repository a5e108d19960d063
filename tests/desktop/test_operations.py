"""Operations run through a real session over a real vault: writes, undo, people, exhibits."""

from __future__ import annotations

import pytest

from db.errors import ValidationError, VaultError
from db.models import Case, Note, Person, Role
from desktop import operations as ops
from desktop import operations_case as case_ops
from desktop.session import Session
from tests.conftest import PASSPHRASE

TIMEOUT = 5000


@pytest.fixture
def session(qtbot, demo_path):
    s = Session()
    with qtbot.waitSignal(s.unlocked, timeout=TIMEOUT):
        s.unlock(demo_path, PASSPHRASE)
    yield s
    s.close()


def run(qtbot, op):
    box = []
    op.success(lambda v: box.append(("ok", v))).failure(lambda e: box.append(("error", e))).run()
    qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
    kind, value = box[0]
    if kind == "error":
        raise value
    return value


def case_id(qtbot, session, reference):
    from db.caselist import CaseQuery

    for cid in run(qtbot, case_ops.case_ids(session, CaseQuery())):
        if run(qtbot, case_ops.case_rows(session, [cid]))[cid].reference == reference:
            return cid
    raise AssertionError(reference)


def test_create_then_undo_removes_it(qtbot, session):
    case = Case(reference="CV-9", title="新案件")
    run(qtbot, ops.save_records(session, [case]))
    assert session.undo.action == "create" and session.undo.entity == "case"
    run(qtbot, ops.undo_last(session))
    assert session.undo is None
    with pytest.raises(VaultError, match="No case"):
        run(qtbot, case_ops.load_case(session, case.id))


def test_update_then_undo_restores_the_previous_version(qtbot, session):
    cid = case_id(qtbot, session, "CV-2024-001")
    before = run(qtbot, case_ops.load_case(session, cid)).file.case
    edited = Case(**{**before.to_dict(), "title": "changed", "tags": ["x"]})
    run(qtbot, ops.save_records(session, [edited]))
    assert run(qtbot, case_ops.load_case(session, cid)).file.case.title == "changed"
    run(qtbot, ops.undo_last(session))
    after = run(qtbot, case_ops.load_case(session, cid)).file.case
    assert (after.title, after.tags) == (before.title, before.tags)


def test_a_refused_write_changes_nothing(qtbot, session):
    cid = case_id(qtbot, session, "CV-2024-001")
    person = Person(name="Xie Weidong", name_original="谢卫东")
    bad_role = Role(case_id=cid, person_id=person.id, role="relative")  # a relative needs a relation
    with pytest.raises(ValidationError) as caught:
        run(qtbot, ops.save_records(session, [person, bad_role]))
    assert caught.value.where == "relation"
    found = run(qtbot, case_ops.find_persons(session, "谢卫"))
    assert found == [], "the person saved before the refused role was rolled back with it"


def test_deleting_a_note_can_be_undone_but_deleting_a_case_cannot(qtbot, session):
    cid = case_id(qtbot, session, "CV-2024-001")
    note = run(qtbot, case_ops.load_case(session, cid)).file.notes[0]
    run(qtbot, ops.delete_records(session, [note]))
    assert run(qtbot, case_ops.load_case(session, cid)).file.notes == []
    run(qtbot, ops.undo_last(session))
    assert [n.body for n in run(qtbot, case_ops.load_case(session, cid)).file.notes] == [note.body]

    case = run(qtbot, case_ops.load_case(session, cid)).file.case
    run(qtbot, ops.delete_records(session, [case]))
    assert session.undo is None, "a case takes everything in it along: no cheap undo"


def test_removing_a_person_deletes_them_only_when_no_case_needs_them(qtbot, session):
    cid = case_id(qtbot, session, "CV-2024-007")
    wang = run(qtbot, case_ops.find_persons(session, "Wang Jianping"))[0]
    role = Role(case_id=cid, person_id=wang.id, role="witness")
    run(qtbot, ops.save_records(session, [role]))
    assert run(qtbot, case_ops.remove_from_case(session, role)) is False, "still the target of another case"
    assert run(qtbot, case_ops.find_persons(session, "Wang Jianping"))

    newcomer = Person(name="Zhou Min", name_original="周敏")
    role = Role(case_id=cid, person_id=newcomer.id, role="witness")
    run(qtbot, ops.save_records(session, [newcomer, role]))
    assert run(qtbot, case_ops.remove_from_case(session, role)) is True
    assert run(qtbot, case_ops.find_persons(session, "周敏")) == []
    run(qtbot, ops.undo_last(session))
    assert [p.id for p in run(qtbot, case_ops.find_persons(session, "周敏"))] == [newcomer.id]


def test_exhibits_are_stored_hashed_and_read_back_in_memory(qtbot, session, tmp_path, monkeypatch):
    cid = case_id(qtbot, session, "CV-2024-007")
    one, two = tmp_path / "a.txt", tmp_path / "b.bin"
    one.write_bytes("证据 one".encode())
    two.write_bytes(b"\x00" * 2000)
    added = run(qtbot, case_ops.add_exhibit_files(session, cid, [one, two]))
    assert [e.label for e in added] == ["E-1", "E-2"]
    assert run(qtbot, case_ops.exhibit_data(session, added[0].id)) == "证据 one".encode()
    copy = tmp_path / "out" / "copy.txt"
    copy.parent.mkdir()
    run(qtbot, case_ops.save_exhibit_copy(session, added[0].id, copy))
    assert copy.read_bytes() == one.read_bytes()

    monkeypatch.setattr(case_ops, "MAX_EXHIBIT_BYTES", 1000)
    with pytest.raises(ValidationError, match="larger than"):
        run(qtbot, case_ops.add_exhibit_files(session, cid, [one, two]))
    assert len(run(qtbot, case_ops.load_case(session, cid)).file.exhibits) == 2


def test_note_without_text_is_refused_with_the_field_named(qtbot, session):
    cid = case_id(qtbot, session, "CV-2024-007")
    with pytest.raises(ValidationError) as caught:
        run(qtbot, ops.save_records(session, [Note(case_id=cid, body="  ")]))
    assert caught.value.where == "body"


def test_an_import_ends_the_undo_of_the_edit_before_it(qtbot, session, demo_path, tmp_path):
    """Ctrl+Z after a bundle import must not undo the edit made before it (fails on the code before
    version vectors, 55ddf53^): that would put the old text back over what the import brought, and the revert would then
    travel to the other laptop as the newest version."""
    from db.vault import Vault
    from desktop import operations_exchange as ox
    from exporters.bundle import export_bundle
    from tests.db.test_merge import BUNDLE_PASS, FAST_KDF

    other = tmp_path / "other.cvault"
    cid = case_id(qtbot, session, "CV-2024-001")
    before = run(qtbot, case_ops.load_case(session, cid)).file.case
    run(qtbot, ops.save_records(session, [Case(**{**before.to_dict(), "title": "edited here"})]))
    assert session.undo is not None, "the edit can be undone, until something else is written"
    with Vault.create(other, PASSPHRASE) as v:
        v.repos.cases.add(Case(reference="CV-OTHER", title="from the other laptop"))
        export_bundle(v, tmp_path / "b.cvb", BUNDLE_PASS, log_n=FAST_KDF)
    run(qtbot, ox.import_bundle(session, tmp_path / "b.cvb", BUNDLE_PASS))
    assert session.undo is None, "after an import, Ctrl+Z has nothing to undo"
