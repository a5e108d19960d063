"""A case's last change (cases.changed_at, db.last_change) follows every change of every record in
it: local edits, deletions, persons edited through any of their cases, imports and merges; it is
no part of any record, so digests and the audit chain do not see it."""

from __future__ import annotations

import sqlcipher3

from db import caselist, last_change_schema, schema
from db.caselist import CaseQuery
from db.models import Actor, Case, Incident, Organisation, Person, Role, Source
from db.repository import record_digest
from db.vault import Vault
from db.verify import verify
from tests.conftest import PASSPHRASE
from tests.db.test_migrations import make_vault_at


def changed(vault, case_id):
    return caselist.last_change(vault, case_id)


def two_cases(vault):
    a = vault.repos.cases.add(Case(reference="R-1", title="first"))
    b = vault.repos.cases.add(Case(reference="R-2", title="second"))
    return a, b


def test_a_new_case_starts_at_its_creation(vault):
    a, _b = two_cases(vault)
    assert changed(vault, a.id) == a.updated_at


def test_editing_an_incident_moves_its_case_and_only_its_case(vault):
    a, b = two_cases(vault)
    incident = vault.repos.incidents.add(Incident(case_id=a.id, tactic="harassment"))
    assert changed(vault, a.id) == incident.updated_at
    before_b = changed(vault, b.id)
    digest = record_digest(vault.repos.cases.get(a.id))
    incident.description = "a later detail"
    vault.repos.incidents.update(incident)
    assert changed(vault, a.id) == vault.repos.incidents.get(incident.id).updated_at > a.updated_at
    assert changed(vault, b.id) == before_b
    assert record_digest(vault.repos.cases.get(a.id)) == digest, "the case record itself did not change"
    assert vault.repos.cases.get(a.id).updated_at == a.updated_at
    assert verify(vault).ok


def test_sorting_by_last_change_answers_what_did_i_work_on_today(vault):
    a, b = two_cases(vault)
    vault.repos.sources.add(Source(case_id=a.id, kind="interview", citation="Interview"))
    newest_first = caselist.case_ids(vault, CaseQuery(sort="changed_at", descending=True))
    assert newest_first == [a.id, b.id]
    vault.repos.sources.add(Source(case_id=b.id, kind="interview", citation="Another"))
    assert caselist.case_ids(vault, CaseQuery(sort="changed_at", descending=True)) == [b.id, a.id]
    row = caselist.case_rows(vault, [b.id])[b.id]
    assert row.changed_at == changed(vault, b.id)


def test_a_person_edited_moves_every_case_they_are_in(vault):
    a, b = two_cases(vault)
    other = vault.repos.cases.add(Case(reference="R-3", title="third"))
    person = vault.repos.persons.add(Person(name="Zhang San"))
    for case in (a, b):
        vault.repos.roles.add(Role(case_id=case.id, person_id=person.id, role="target"))
    untouched = changed(vault, other.id)
    person.occupation = "engineer"
    vault.repos.persons.update(person)
    stamp = vault.repos.persons.get(person.id).updated_at
    assert changed(vault, a.id) == changed(vault, b.id) == stamp
    assert changed(vault, other.id) == untouched


def test_a_deletion_is_a_change(vault):
    a, _b = two_cases(vault)
    source = vault.repos.sources.add(Source(case_id=a.id, kind="interview", citation="Interview"))
    before = changed(vault, a.id)
    vault.repos.sources.delete(source.id)
    assert changed(vault, a.id) > before


def test_an_organisation_is_in_no_case(vault):
    a, _b = two_cases(vault)
    org = vault.repos.organisations.add(Organisation(name="Bureau", kind="public_security_bureau"))
    vault.repos.incidents.add(Incident(case_id=a.id, tactic="harassment",
                                       actors=[Actor("carried_out", organisation_id=org.id)]))
    before = changed(vault, a.id)
    org.notes = "more"
    vault.repos.organisations.update(org)
    assert changed(vault, a.id) == before


def test_imported_records_keep_their_own_times(vault):
    a, _b = two_cases(vault)
    late = Incident(case_id=a.id, tactic="harassment")
    late.created_at = late.updated_at = "2999-01-01T00:00:00.000Z"
    late.author = "elsewhere"
    vault.repos.incidents.put_many([late])
    assert changed(vault, a.id) == "2999-01-01T00:00:00.000Z"


def test_migration_computes_it_for_existing_cases(tmp_path):
    path = tmp_path / "old.cvault"
    make_vault_at(path, schema.MIGRATIONS.index(last_change_schema.MIGRATION))  # the version just before
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    stamp = "2020-01-01T00:00:00.000Z"
    conn.execute("INSERT INTO cases(id, reference, title, status, priority, confidentiality, origin_country, "
                 "host_country, region, campaign, summary, outcome, created_at, updated_at, author) VALUES "
                 "('c1', 'R-1', 't', 'open', 'normal', 'confidential', '', '', '', 'unknown', '', 'unknown', "
                 f"'{stamp}', '{stamp}', 'old'), "
                 "('c2', 'R-2', 't', 'open', 'normal', 'confidential', '', '', '', 'unknown', '', 'unknown', "
                 f"'{stamp}', '{stamp}', 'old')")
    conn.execute("INSERT INTO incidents(id, case_id, tactic, country, city, location, description, verification, "
                 "created_at, updated_at, author) VALUES ('i1', 'c1', 'harassment', '', '', '', '', 'unverified', "
                 "'2021-05-05T00:00:00.000Z', '2021-05-05T00:00:00.000Z', 'old')")
    conn.close()
    with Vault.open(path, PASSPHRASE) as v:
        assert changed(v, "c1") == "2021-05-05T00:00:00.000Z"
        assert changed(v, "c2") == stamp


def test_merges_move_it_and_both_vaults_agree(tmp_path):
    from tests.db.test_merge import exchange, make_vault

    folder = tmp_path / "bundles"
    folder.mkdir()
    with make_vault(tmp_path, "alice") as a, make_vault(tmp_path, "bob") as b:
        case = a.repos.cases.add(Case(reference="R-1", title="shared"))
        incident = a.repos.incidents.add(Incident(case_id=case.id, tactic="harassment"))
        source = a.repos.sources.add(Source(case_id=case.id, kind="interview", citation="Interview"))
        exchange(a, b, folder)
        assert changed(b, case.id) == changed(a, case.id)
        before = changed(b, case.id)
        incident.description = "edited on Alice's laptop"
        a.repos.incidents.update(incident)
        exchange(a, b, folder)
        assert changed(b, case.id) == changed(a, case.id) > before
        before = changed(b, case.id)
        a.repos.sources.delete(source.id)
        exchange(a, b, folder)
        assert changed(b, case.id) > before, "a deletion that came by a merge is a change too"
