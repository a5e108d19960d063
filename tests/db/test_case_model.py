"""The case model's rules (docs/model.md) in the repositories, the one list of links between
records (db.references) kept complete, and the search index's new texts and filters."""

from __future__ import annotations

import dataclasses

import pytest

from db import references, vocab
from db.errors import ValidationError
from db.models import (
    ENTITY_TYPES,
    NESTED,
    Actor,
    Case,
    Custody,
    ExtraditionRequest,
    Incident,
    InterpolNotice,
    Intervention,
    Organisation,
    Outcome,
    Person,
    Place,
    Role,
    Source,
)
from db.search import matching_case_ids
from db.search_filter import SearchFilters
from db.verify import verify


@pytest.fixture
def case(vault):
    return vault.repos.cases.add(Case(reference="R-1", title="A case", host_country="ca"))


def test_countries_are_iso_codes_stored_upper_case(vault, case):
    assert vault.repos.cases.get(case.id).host_country == "CA"
    with pytest.raises(ValidationError, match="host_country: 'Canada' is not an ISO 3166"):
        vault.repos.cases.add(Case(reference="R-2", title="t", host_country="Canada"))
    with pytest.raises(ValidationError, match=r"citizenships\[1\]"):
        vault.repos.persons.add(Person(name="x", citizenships=["CN", "Chinese"]))
    with pytest.raises(ValidationError, match=r"places\[0\]\.country"):
        vault.repos.incidents.add(Incident(case_id=case.id, tactic="other", places=[Place(country="PRC")]))


def test_groups_and_unidentified_persons(vault, case):
    r = vault.repos
    group = r.persons.add(Person(name="Relatives in China", kind="group"))
    assert group.headcount() is None
    with pytest.raises(ValidationError, match="only a group"):
        r.persons.add(Person(name="One person", group_size=3))
    with pytest.raises(ValidationError, match="group_size"):
        r.persons.add(Person(name="Nobody", kind="group", group_size=0))
    with pytest.raises(ValidationError, match="describe the group"):
        r.persons.add(Person(name=" ", kind="unidentified"))
    member = r.persons.add(Person(name="Known cousin"))
    group.member_ids, group.group_size, group.group_size_qualifier = [member.id], 5, "at_least"
    r.persons.update(group)
    with pytest.raises(ValidationError, match="is still part of 1"):
        r.persons.delete(member.id)  # a member of a group
    assert verify(vault).ok


def test_relatives_and_associates_need_a_relation(vault, case):
    partner = vault.repos.persons.add(Person(name="Partner"))
    with pytest.raises(ValidationError, match="relation"):
        vault.repos.roles.add(Role(case_id=case.id, person_id=partner.id, role="associate"))
    vault.repos.roles.add(Role(case_id=case.id, person_id=partner.id, role="associate", relation="business_partner"))


def test_incident_rules(vault, case):
    r = vault.repos
    person = r.persons.add(Person(name="Target"))
    with pytest.raises(ValidationError, match="duration"):
        r.incidents.add(Incident(case_id=case.id, tactic="other", duration_qualifier="more_than"))
    with pytest.raises(ValidationError, match="give a country"):
        r.incidents.add(Incident(case_id=case.id, tactic="other", places=[Place(city=" ")]))
    with pytest.raises(ValidationError, match="target_ids"):
        r.incidents.add(Incident(case_id=case.id, tactic="other", target_ids=[person.id, person.id]))
    i = r.incidents.add(Incident(case_id=case.id, tactic="case_dropped", duration="6 years",
                                 duration_qualifier="more_than", date_start="2021-09-03"))
    assert r.incidents.get(i.id).duration == "P6Y"


def test_a_person_or_organisation_named_anywhere_cannot_be_deleted(vault, case):
    r = vault.repos
    uses = {}
    for name in ("target", "actor", "shown", "translator", "custody", "claimant", "counsel", "subject",
                 "extradited"):
        uses[name] = r.persons.add(Person(name=name))
    bureau, agency, parent = (r.organisations.add(Organisation(name=n)) for n in ("bureau", "agency", "parent"))
    child = r.organisations.add(Organisation(name="child", parent_id=parent.id))
    del child
    r.incidents.add(Incident(case_id=case.id, tactic="other", target_ids=[uses["target"].id],
                             actors=[Actor("carried_out", person_id=uses["actor"].id)]))
    exhibit = r.exhibits.add_file(case.id, b"x", "x.txt", shows_person_ids=[uses["shown"].id], persons_recorded=True)
    exhibit.copy_kind, exhibit.translator_id = "translation", uses["translator"].id
    exhibit.custody = [Custody("collected", by_id=uses["custody"].id)]
    r.exhibits.update(exhibit)
    notice = r.notices.add(InterpolNotice(case_id=case.id, subject_id=uses["subject"].id,
                                          issuing_bureau_id=bureau.id))
    r.extraditions.add(ExtraditionRequest(case_id=case.id, subject_id=uses["extradited"].id))
    r.interventions.add(Intervention(case_id=case.id, kind="interpol_ccf_request", claimant_id=uses["claimant"].id,
                                     counsel_id=uses["counsel"].id, addressee_id=agency.id, concerns_id=notice.id))
    for name, person in uses.items():
        with pytest.raises(ValidationError, match="still part of"):
            r.persons.delete(person.id)
        assert references.person_uses(vault.conn, person.id) >= 1, name
        assert references.cases_mentioning(vault.conn, [person.id], []) == {case.id}, name
    for org in (bureau, agency, parent):
        with pytest.raises(ValidationError, match="still named in"):
            r.organisations.delete(org.id)
    cf = r.load_case_file(case.id)
    assert set(cf.persons) == {p.id for p in uses.values()}
    assert {bureau.id, agency.id} <= set(cf.organisations)
    r.notices.delete(notice.id)
    assert r.interventions.for_case(case.id)[0].concerns_id is None, "a filing forgets the notice deleted"
    assert verify(vault).ok


def _link_fields(cls) -> set[str]:
    return {f.name for f in dataclasses.fields(cls) if f.name.endswith(("_id", "_ids")) and f.name != "id"
            and f.name not in ("case_id", "placed_after")}


def test_the_list_of_links_covers_every_field_that_holds_an_id():
    """A field added later that holds an id must be added to db.references too (merges, exports,
    deletes and the search index all read it there)."""
    for entity, cls in ENTITY_TYPES.items():
        record = cls(**{f.name: "x" for f in dataclasses.fields(cls)
                        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
                        and f.name not in ("id",)})
        for name in _link_fields(cls):
            setattr(record, name, ["ref"] if name.endswith("_ids") else "ref")
        for name, item in NESTED.get(entity, {}).items():
            values = {f.name: "ref" for f in dataclasses.fields(item) if f.name.endswith("_id")}
            if values:
                first = next(f for f in dataclasses.fields(item))
                setattr(record, name, [item(**{first.name: "carried_out", **values})])
        found = references.named_links(record)
        named = {n.split("[")[0].split(".")[0] for n, _, _ in found}
        assert _link_fields(cls) | {n for n in NESTED.get(entity, {}) if n != "places"} <= named, entity
        assert references.link_ids(record) == references.links(record).all(), entity


def test_link_ids_keep_the_order_of_links():
    incident = Incident(case_id="c", tactic="other", target_ids=["p1", "", "p2"], source_ids=["s1"],
                        exhibit_ids=["e1"], actors=[Actor("carried_out", organisation_id="o1"),
                                                    Actor("ordered", person_id="p3")])
    assert references.link_ids(incident) == references.links(incident).all() == ["p1", "p2", "p3", "o1", "s1", "e1"]


def test_every_stored_person_or_organisation_column_is_listed(vault):
    """The SQL side: every column of the schema that holds a person or organisation id."""
    listed = {(t, c) for t, c, _ in references.PERSON_COLUMNS + references.ORGANISATION_COLUMNS}
    found = set()
    for (table,) in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for fk in vault.conn.execute(f"PRAGMA foreign_key_list({table})"):
            if fk[2] in ("persons", "organisations") and (table, fk[3]) != ("person_members", "person_id"):
                found.add((table, fk[3]))  # (a group's own id in person_members is its record, not a link)
    found |= {("person_members", "member_id"), ("exhibit_persons", "person_id"), ("organisations", "parent_id")}
    assert found == listed


def test_search_finds_the_new_texts_and_filters(vault, case):
    r = vault.repos
    group = r.persons.add(Person(name="Relatives in Wenzhou", kind="group", group_size=12))
    source = r.sources.add(Source(case_id=case.id, kind="news_article", citation="x", title="Lantern report",
                                  authors="Quokka Writer", outlet="Harbour Daily"))
    r.incidents.add(Incident(case_id=case.id, tactic="family_pressure", target_ids=[group.id],
                             places=[Place(country="CN", city="Yantai"),
                                     Place("third_country", country="AE", city="Dubai")],
                             host_involvement="inaction", source_ids=[source.id]))
    r.notices.add(InterpolNotice(case_id=case.id, charge="Embezzlement of marmalade", status="deleted"))
    r.outcomes.add(Outcome(case_id=case.id, outcome="case_dropped"))
    for text in ("lantern", "quokka", "harbour", "yantai", "marmalade", "wenzhou"):
        assert matching_case_ids(vault, text) == [case.id], text
    for filters in (SearchFilters(outcome=["case_dropped"]), SearchFilters(tactic=["family_pressure"])):
        assert matching_case_ids(vault, "", filters) == [case.id]
    facets = {f for (f,) in vault.conn.execute("SELECT facet FROM search_facet_name")}
    assert {"pace:distance", "involvement:inaction", "mass:yes", "third:AE", "notice_status:deleted"} <= facets
    assert vocab.pace_group("family_pressure") == "distance"
