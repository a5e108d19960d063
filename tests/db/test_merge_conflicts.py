"""Conflicts: concurrent changes are kept (both versions), listed, and resolved either way; the
two vaults converge afterwards without new conflicts. Deletes against changes and links that a delete
would break are conflicts too, never silent losses. A merge that cannot finish changes nothing."""

from __future__ import annotations

import pytest

from db.errors import NotFoundError, ValidationError, VaultError
from db.merge_conflicts import list_conflicts, resolve_conflict
from db.models import Case, Incident, Role
from tests.db import test_merge
from tests.db.test_merge import assert_verified, content, exchange, snapshot

pair = test_merge.pair  # the two-laptop fixture, shared


def edit_both(a, b, reference="CV-2024-001"):
    """Change the same case's summary differently on A and on B."""
    ours = b.repos.cases.resolve(reference)
    ours.summary = "Bob's summary"
    b.repos.cases.update(ours)
    theirs = a.repos.cases.get(ours.id)
    theirs.summary = "Alice's summary"
    a.repos.cases.update(theirs)
    return ours.id


def test_changes_on_both_sides_become_a_conflict_keeping_both_versions(pair):
    a, b, bundles = pair
    case_id = edit_both(a, b)
    report = exchange(a, b, bundles)
    assert len(report.conflicts) == 1 and report.updated == 0
    assert b.repos.cases.get(case_id).summary == "Bob's summary"  # not overwritten
    (conflict,) = list_conflicts(b)
    assert (conflict.entity, conflict.entity_id, conflict.live, conflict.reason) == ("case", case_id, "ours",
                                                                                     "both_changed")
    assert conflict.ours.summary == "Bob's summary" and conflict.theirs.summary == "Alice's summary"
    assert conflict.differing_fields() == ["summary"] and conflict.theirs_author == "demo"
    assert_verified(b)


@pytest.mark.parametrize("keep, expected", [("theirs", "Alice's summary"), ("ours", "Bob's summary")])
def test_resolving_either_way_converges_without_new_conflicts(pair, keep, expected):
    a, b, bundles = pair
    case_id = edit_both(a, b)
    exchange(a, b, bundles)
    resolved = resolve_conflict(b, list_conflicts(b)[0].id, keep)
    assert resolved.resolution == keep and list_conflicts(b) == []
    assert b.repos.cases.get(case_id).summary == expected
    report = exchange(b, a, bundles)  # A learns the decision
    assert report.conflicts == [] and a.repos.cases.get(case_id).summary == expected
    assert exchange(a, b, bundles).conflicts == []
    assert content(a) == content(b)
    assert [e.action for e in b.repos.audit.entries(entity_id=resolved.id)] == [f"resolve_{keep}"]
    assert_verified(a, b)


@pytest.mark.parametrize("rule, expected", [("theirs", "Alice's summary"), ("ours", "Bob's summary")])
def test_the_command_line_rule_resolves_at_import(pair, rule, expected):
    a, b, bundles = pair
    case_id = edit_both(a, b)
    report = exchange(a, b, bundles, on_conflict=rule)
    assert len(report.conflicts) == 1 and list_conflicts(b) == []
    assert list_conflicts(b, include_resolved=True)[0].resolution == rule
    assert b.repos.cases.get(case_id).summary == expected
    assert_verified(b)


def test_their_delete_against_our_change_keeps_ours_until_resolved(pair):
    a, b, bundles = pair
    case = a.repos.cases.resolve("CV-2024-001")
    incident = a.repos.incidents.for_case(case.id)[0]
    a.repos.incidents.delete(incident.id)
    mine = b.repos.incidents.get(incident.id)
    mine.verification = "confirmed"
    b.repos.incidents.update(mine)
    report = exchange(a, b, bundles)
    (conflict,) = list_conflicts(b)
    assert report.conflicts == [conflict.id] and conflict.reason == "changed_here_deleted_there"
    assert conflict.theirs is None and conflict.differing_fields() == ["deleted"]
    assert b.repos.incidents.get(incident.id).verification == "confirmed"
    resolve_conflict(b, conflict.id, "theirs")
    assert b.repos.incidents.find(incident.id) is None
    assert exchange(b, a, bundles).conflicts == [] and content(a) == content(b)
    assert_verified(a, b)


def test_our_delete_against_their_change_restores_theirs_until_resolved(pair):
    a, b, bundles = pair
    case = a.repos.cases.resolve("CV-2024-001")
    incident = a.repos.incidents.for_case(case.id)[0]
    b.repos.incidents.delete(incident.id)
    theirs = a.repos.incidents.get(incident.id)
    theirs.description = "Corrected after a second source."
    a.repos.incidents.update(theirs)
    report = exchange(a, b, bundles)
    (conflict,) = list_conflicts(b)
    assert report.conflicts == [conflict.id] and conflict.live == "theirs" and conflict.ours is None
    assert b.repos.incidents.get(incident.id).description == "Corrected after a second source."
    resolve_conflict(b, conflict.id, "ours")  # we meant to delete it
    assert b.repos.incidents.find(incident.id) is None
    report = exchange(b, a, bundles)
    assert report.deleted == 1 and report.conflicts == [] and a.repos.incidents.find(incident.id) is None
    assert_verified(a, b)


def test_a_delete_that_would_break_our_links_becomes_a_conflict(pair):
    a, b, bundles = pair
    case = a.repos.cases.resolve("CV-2024-007")
    (role,) = a.repos.roles.for_case(case.id)
    person_id = role.person_id
    for incident in a.repos.incidents.for_case(case.id):
        incident.target_ids = []
        a.repos.incidents.update(incident)
    a.repos.roles.delete(role.id)
    a.repos.persons.delete(person_id)
    # Meanwhile Bob records a new incident about her.
    new = b.repos.incidents.add(Incident(case_id=case.id, tactic="harassment", target_ids=[person_id], ))
    report = exchange(a, b, bundles)
    assert b.repos.roles.find(role.id) is None and b.repos.persons.find(person_id) is not None
    (conflict,) = list_conflicts(b)
    assert report.conflicts == [conflict.id] and conflict.reason == "deleted_there_still_used"
    with pytest.raises(ValidationError, match="still part of 1 role"):  # the link is named, nothing breaks
        resolve_conflict(b, conflict.id, "theirs")
    assert b.repos.incidents.get(new.id).target_ids == [person_id]
    assert_verified(b)


def test_a_record_we_deleted_comes_back_when_their_new_records_need_it(pair):
    a, b, bundles = pair
    case = a.repos.cases.resolve("CV-2024-007")
    (role,) = b.repos.roles.for_case(case.id)
    for incident in b.repos.incidents.for_case(case.id):
        incident.target_ids = []
        b.repos.incidents.update(incident)
    b.repos.roles.delete(role.id)
    b.repos.persons.delete(role.person_id)
    helper = a.repos.persons.get(role.person_id)
    witness = a.repos.roles.add(Role(case_id=case.id, person_id=helper.id, role="witness"))
    report = exchange(a, b, bundles)
    assert report.restored == [helper.id] and b.repos.roles.get(witness.id).person_id == helper.id
    (conflict,) = list_conflicts(b)
    assert (conflict.entity_id, conflict.reason, conflict.live) == (helper.id, "deleted_here_needed", "theirs")
    before = snapshot(b)
    assert not exchange(a, b, bundles).changed and snapshot(b) == before
    assert b.repos.persons.get(helper.id).name == helper.name
    assert_verified(b)


def test_a_merge_that_cannot_finish_changes_nothing(pair):
    a, b, bundles = pair
    other = a.repos.cases.add(Case(reference="CV-2025-002", title="Second case of the same person"))
    exchange(a, b, bundles)
    case = a.repos.cases.resolve("CV-2024-007")
    (role,) = a.repos.roles.for_case(case.id)
    for incident in a.repos.incidents.for_case(case.id):
        incident.target_ids = []
        a.repos.incidents.update(incident)
    a.repos.roles.delete(role.id)
    a.repos.persons.delete(role.person_id)
    a.repos.notes.delete(a.repos.notes.for_case(a.repos.cases.resolve("CV-2024-001").id)[0].id)
    person = b.repos.persons.get(role.person_id)
    person.notes = "Moved city in 2024."
    b.repos.persons.update(person)
    b.repos.roles.add(Role(case_id=other.id, person_id=person.id, role="target"))
    before = snapshot(b)
    # "theirs" would delete a person who still has a role here: the whole import is refused.
    with pytest.raises(ValidationError, match="still part of"):
        exchange(a, b, bundles, on_conflict="theirs")
    assert snapshot(b) == before
    report = exchange(a, b, bundles)  # the default rule keeps both and finishes
    assert len(report.conflicts) == 1 and report.deleted >= 2
    assert_verified(b)


def test_resolving_twice_or_an_unknown_conflict_is_refused(pair):
    a, b, bundles = pair
    edit_both(a, b)
    exchange(a, b, bundles)
    conflict = list_conflicts(b)[0]
    resolve_conflict(b, conflict.id, "ours")
    with pytest.raises(VaultError, match="already resolved"):
        resolve_conflict(b, conflict.id, "theirs")
    with pytest.raises(NotFoundError):
        resolve_conflict(b, "no-such-conflict", "ours")
    with pytest.raises(VaultError, match="ours or theirs"):
        resolve_conflict(b, conflict.id, "both")


def test_a_newer_version_from_them_supersedes_the_open_conflict(pair):
    a, b, bundles = pair
    case_id = edit_both(a, b)
    exchange(a, b, bundles)
    first = list_conflicts(b)[0]
    theirs = a.repos.cases.get(case_id)
    theirs.title = theirs.title + " (updated)"
    a.repos.cases.update(theirs)
    exchange(a, b, bundles)
    (current,) = list_conflicts(b)
    assert current.id != first.id and current.theirs.title.endswith("(updated)")
    assert {c.resolution for c in list_conflicts(b, include_resolved=True)} == {None, "superseded"}


def test_case_references_used_on_both_sides_are_renamed_and_converge(pair):
    a, b, bundles = pair
    mine = b.repos.cases.add(Case(reference="CV-2025-001", title="Bob's new case"))
    theirs = a.repos.cases.add(Case(reference="CV-2025-001", title="Alice's new case"))
    report = exchange(a, b, bundles)
    assert b.repos.cases.get(theirs.id).reference == "CV-2025-001 (demo)" and report.renamed
    assert b.repos.cases.get(mine.id).reference == "CV-2025-001"
    exchange(b, a, bundles)
    exchange(a, b, bundles)
    refs_a = sorted(c.reference for c in a.repos.cases.all())
    assert refs_a == sorted(c.reference for c in b.repos.cases.all())
    assert len(set(refs_a)) == len(refs_a) and list_conflicts(a) == list_conflicts(b) == []
    assert content(a) == content(b)
    assert_verified(a, b)
