"""Repositories: every entity round-trips through the vault, rules are enforced with messages
naming the field, and deletes keep the audit trail whole."""

from __future__ import annotations

import pytest

from db.errors import NotFoundError, ValidationError
from db.models import (
    Actor,
    Case,
    Custody,
    ExtraditionRequest,
    Incident,
    InterpolNotice,
    Intervention,
    Note,
    Organisation,
    Outcome,
    Person,
    Place,
    Role,
    Source,
    Task,
)
from db.vault import Vault
from db.verify import verify


def fill_every_field(v: Vault, text: str) -> dict[str, str]:
    """One record of every entity with `text` in every free-text field; returns their ids."""
    r = v.repos
    with v.write():
        case = r.cases.add(Case(reference=f"REF {text}", title=text, origin_country="CN", host_country="CA",
                                region=text, summary=text, tags=[text]))
        person = r.persons.add(Person(name=text, name_original=text, aliases=[text], citizenships=["CN"],
                                      occupation=text, contact_notes=text, address=text, notes=text,
                                      birth_date="1970-05", categories=["dissident"]))
        group = r.persons.add(Person(name=text, kind="group", group_size=4, group_size_qualifier="at_least",
                                     member_ids=[person.id]))
        org = r.organisations.add(Organisation(name=text, name_original=text, country="CN", notes=text, city=text,
                                               level="municipal"))
        role = r.roles.add(Role(case_id=case.id, person_id=person.id, role="relative", relation="parent", notes=text))
        source = r.sources.add(Source(case_id=case.id, kind="interview", citation=text, language=text, url=text,
                                      date="2020", title=text, authors=text, outlet=text))
        exhibit = r.exhibits.add_file(case.id, text.encode() + b" bytes", f"{text}.bin", description=text)
        exhibit.custody = [Custody("collected", "2020-01", by_id=person.id, method=text, place=text, notes=text)]
        exhibit.language = text
        r.exhibits.update(exhibit)
        notice = r.notices.add(InterpolNotice(case_id=case.id, subject_id=person.id, issuing_country="CN",
                                              issuing_bureau_id=org.id, reference=text, date="2014", charge=text,
                                              notes=text, source_ids=[source.id]))
        extradition = r.extraditions.add(ExtraditionRequest(case_id=case.id, subject_id=person.id, charge=text,
                                                            notes=text, reference=text, source_ids=[source.id]))
        outcome = r.outcomes.add(Outcome(case_id=case.id, outcome="case_dropped", date="2021-09-03", notes=text,
                                         source_ids=[source.id]))
        incident = r.incidents.add(Incident(
            case_id=case.id, tactic="threat_online", date_start="2015-06", date_end="2016",
            places=[Place(country="CN", city=text, location=text)], target_ids=[person.id, group.id],
            description=text, date_qualifier="early", duration="P6Y", duration_qualifier="more_than",
            actors=[Actor("suspected", organisation_id=org.id), Actor("ordered", person_id=person.id)],
            source_ids=[source.id], exhibit_ids=[exhibit.id]))
        intervention = r.interventions.add(Intervention(case_id=case.id, kind="police_report", response=text,
                                                        notes=text, addressee_id=org.id, file_number=text,
                                                        claimant_id=person.id, uci=text, counsel_id=person.id,
                                                        concerns_id=notice.id, request="deletion"))
        note = r.notes.add(Note(case_id=case.id, body=text))
        task = r.tasks.add(Task(case_id=case.id, title=text, due_date="2025-01-31"))
    return {"case": case.id, "person": person.id, "organisation": org.id, "role": role.id, "source": source.id,
            "exhibit": exhibit.id, "incident": incident.id, "intervention": intervention.id, "note": note.id,
            "task": task.id, "interpol_notice": notice.id, "extradition_request": extradition.id,
            "outcome": outcome.id, "group": group.id}


def test_every_entity_round_trips(vault):
    ids = fill_every_field(vault, "谢卫东 Québec")
    for entity, repo in vault.repos.by_entity().items():
        record = repo.get(ids[entity])
        assert record.author == "tester"
        assert record.created_at and record.updated_at
    cf = vault.repos.load_case_file(ids["case"])
    incident = cf.incidents[0]
    assert incident.actors == [Actor("suspected", organisation_id=ids["organisation"]),
                               Actor("ordered", person_id=ids["person"])]
    assert incident.date_start == "2015-06" and incident.date_end == "2016"
    assert cf.case.tags == ["谢卫东 Québec"]
    assert set(cf.persons) == {ids["person"], ids["group"]} and set(cf.organisations) == {ids["organisation"]}
    assert cf.incidents[0].target_ids == [ids["person"], ids["group"]]
    assert cf.notices[0].source_ids == [ids["source"]] and cf.outcomes[0].outcome == "case_dropped"
    assert cf.exhibits[0].custody[0].method == "谢卫东 Québec"
    assert vault.repos.exhibits.read_data(ids["exhibit"]) == "谢卫东 Québec bytes".encode()
    assert verify(vault).ok


def test_update_stamps_time_and_is_a_noop_when_unchanged(vault):
    case = vault.repos.cases.add(Case(reference="R-1", title="before"))
    head = vault.repos.audit.head()
    vault.repos.cases.update(vault.repos.cases.get(case.id))
    assert vault.repos.audit.head() == head
    case.title = "after"
    vault.repos.cases.update(case)
    stored = vault.repos.cases.get(case.id)
    assert stored.title == "after" and stored.updated_at >= stored.created_at
    assert vault.repos.audit.head()[0] == head[0] + 1


@pytest.mark.parametrize("record,field", [
    (Case(reference="", title="t"), "reference"),
    (Case(reference="R", title="t", status="lost"), "status"),
    (Case(reference="R", title="t", campaign="other"), "campaign"),
    (Person(name="", name_original=""), "name"),
    (Person(name="x", birth_date="1970-13"), "birth_date"),
    (Person(name="x", consent="maybe"), "consent"),
])
def test_invalid_records_are_refused_naming_the_field(vault, record, field):
    repo = {"case": vault.repos.cases, "person": vault.repos.persons}[record.entity]
    with pytest.raises(ValidationError) as err:
        repo.add(record)
    assert err.value.where == field
    assert repo.count() == 0


def test_incident_rules(vault):
    case = vault.repos.cases.add(Case(reference="R", title="t"))
    with pytest.raises(ValidationError, match="tactic"):
        vault.repos.incidents.add(Incident(case_id=case.id, tactic="bad"))
    with pytest.raises(ValidationError, match="ends before it starts"):
        vault.repos.incidents.add(Incident(case_id=case.id, tactic="other", date_start="2016", date_end="2015-03"))
    with pytest.raises(ValidationError, match="exactly one"):
        vault.repos.incidents.add(Incident(case_id=case.id, tactic="other", actors=[Actor("ordered")]))
    with pytest.raises(ValidationError, match="link between records"):
        vault.repos.incidents.add(Incident(case_id=case.id, tactic="other", target_ids=["nobody"], ))
    assert vault.repos.incidents.count() == 0


def test_duplicate_reference_is_refused(vault):
    vault.repos.cases.add(Case(reference="R-1", title="a"))
    with pytest.raises(ValidationError, match="already used"):
        vault.repos.cases.add(Case(reference="R-1", title="b"))


def test_relative_needs_a_relation(vault):
    case = vault.repos.cases.add(Case(reference="R", title="t"))
    p = vault.repos.persons.add(Person(name="x"))
    with pytest.raises(ValidationError, match="relation"):
        vault.repos.roles.add(Role(case_id=case.id, person_id=p.id, role="relative"))


def test_deleting_a_case_deletes_and_audits_everything_in_it(vault):
    ids = fill_every_field(vault, "x")
    vault.repos.cases.delete(ids["case"])
    in_case = {"case", "role", "incident", "source", "exhibit", "intervention", "note", "task", "interpol_notice",
               "extradition_request", "outcome"}
    for entity in in_case:
        assert vault.repos.by_entity()[entity].find(ids[entity]) is None
    assert vault.conn.execute("SELECT count(*) FROM exhibit_data").fetchone()[0] == 0
    for table in ("incident_targets", "incident_places", "exhibit_custody", "exhibit_persons", "notice_sources",
                  "extradition_sources", "outcome_sources"):
        assert vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    deleted = {e.entity for e in vault.repos.audit.entries() if e.action == "delete"}
    assert deleted == in_case
    # Persons and organisations live outside cases and stay.
    assert vault.repos.persons.find(ids["person"]) is not None
    assert verify(vault).ok


def test_person_in_use_cannot_be_deleted(vault):
    ids = fill_every_field(vault, "x")
    with pytest.raises(ValidationError, match="still part of"):
        vault.repos.persons.delete(ids["person"])
    assert vault.repos.persons.find(ids["person"]) is not None


def test_deleting_a_source_unlinks_it_from_incidents(vault):
    ids = fill_every_field(vault, "x")
    vault.repos.sources.delete(ids["source"])
    assert vault.repos.incidents.get(ids["incident"]).source_ids == []
    assert verify(vault).ok


def test_exhibits_are_numbered_and_hashed(vault):
    case = vault.repos.cases.add(Case(reference="R", title="t"))
    png = b"\x89PNG\r\n\x1a\n" + bytes(100)
    e1 = vault.repos.exhibits.add_file(case.id, png, "photo.jpg")
    e2 = vault.repos.exhibits.add_file(case.id, b"%PDF-1.7 ...", "scan")
    assert (e1.label, e2.label) == ("E-1", "E-2")
    assert e1.mime_type == "image/png"  # the bytes decide, not the name
    assert e2.mime_type == "application/pdf"
    assert e1.size == len(png)
    import hashlib

    assert e1.sha256 == hashlib.sha256(png).hexdigest()


def test_missing_records_raise_not_found(vault):
    with pytest.raises(NotFoundError):
        vault.repos.cases.get("nope")
    with pytest.raises(NotFoundError):
        vault.repos.cases.resolve("nope")


def test_failed_transaction_leaves_nothing(vault):
    with pytest.raises(ValidationError), vault.write():
        vault.repos.cases.add(Case(reference="R-1", title="a"))
        vault.repos.cases.add(Case(reference="R-1", title="dup"))
    assert vault.repos.cases.count() == 0
    assert vault.repos.audit.head()[0] == 0
    vault.repos.cases.add(Case(reference="R-2", title="ok"))
    assert verify(vault).ok


def test_incidents_come_in_date_order_with_unknown_dates_last(vault):
    case = vault.repos.cases.add(Case(reference="R", title="t"))
    for d in ("2016", None, "2015-06-12", "2015-06", "2014"):
        vault.repos.incidents.add(Incident(case_id=case.id, tactic="other", date_start=d))
    dates = [i.date_start for i in vault.repos.load_case_file(case.id).incidents]
    assert dates == ["2014", "2015-06", "2015-06-12", "2016", None]


def test_next_reference_continues_the_vaults_own_scheme(vault):
    cases = vault.repos.cases
    assert cases.next_reference(2026) == "CV-2026-001", "an empty vault starts the default scheme"
    for reference in ("CV-2026-001", "CV-2026-009", "CV-2025-120", "CV-2026-notes"):
        cases.add(Case(reference=reference, title="t"))
    assert cases.next_reference(2026) == "CV-2026-010", "one past the highest number of the year"
    assert cases.next_reference(2027) == "CV-2027-001"
    cases.add(Case(reference="SAF-UK-2025-07", title="a group's own scheme, the newest case"))
    assert cases.next_reference(2025) == "SAF-UK-2025-08"
    assert cases.next_reference(2026) == "SAF-UK-2026-01"
    cases.add(Case(reference="Dossier Wang", title="no year, no number"))
    assert cases.next_reference(2026) == "CV-2026-010", "a free-form newest reference: back to the default"
