"""Which records refer to which: the one place that lists every link between records, for merges
(links stay whole), exports and bundles (every person and organisation a case mentions travels
with it), loading a case, the search index (a person's names are searched in every case that
mentions them) and deletes (a person or organisation still referred to cannot be deleted).

`links(record)` gives the ids one record points to; PERSON_COLUMNS and ORGANISATION_COLUMNS say
where the vault stores such ids, with the case each row belongs to, for the SQL side. A test
checks the two agree for every field of every record kind.

Thread rule: pure functions, and SQL on the caller's connection (the vault's thread)."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from db.models import Record
from db.repository import chunks


@dataclass
class Links:
    """Ids a record points to: persons, organisations, and records of its own case (sources,
    exhibits, notices and extradition requests)."""

    persons: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    in_case: list[str] = field(default_factory=list)

    def all(self) -> list[str]:
        return [*self.persons, *self.organisations, *self.in_case]


_PERSON_FIELDS = ("person_id", "subject_id", "translator_id", "claimant_id", "counsel_id")
_ORGANISATION_FIELDS = ("addressee_id", "issuing_bureau_id", "parent_id")
_LIST_FIELDS = (("target_ids", "person"), ("shows_person_ids", "person"), ("member_ids", "person"),
                ("source_ids", "source"), ("exhibit_ids", "exhibit"))


_SIMPLE_FIELDS = (*((name, "person") for name in _PERSON_FIELDS),
                  *((name, "organisation") for name in _ORGANISATION_FIELDS),
                  ("based_on_id", "source"), ("derived_from_id", "exhibit"), ("concerns_id", "concern"))


_NESTED_FIELDS = (("actors", (("person_id", "person"), ("organisation_id", "organisation"))),
                  ("custody", (("by_id", "person"), ("to_id", "person"))))


@functools.cache
def _shape(cls: type) -> tuple[tuple[tuple[str, str], ...], ...]:
    """The link fields a kind of record has: (simple ones, lists, lists of small records)."""
    names = {f.name for f in dataclasses.fields(cls)}
    return (tuple((n, k) for n, k in _SIMPLE_FIELDS if n in names),
            tuple((n, k) for n, k in _LIST_FIELDS if n in names),
            tuple((n, f) for n, f in _NESTED_FIELDS if n in names))  # type: ignore[misc]


def _walk(record: Record, paths: bool) -> Iterator[tuple[str, str, str]]:
    """(field path, or "" without `paths`, id, what it points to) for every link `record` holds."""
    simple, lists, nested = _shape(type(record))
    for name, kind in simple:
        value = getattr(record, name)
        if value:
            yield name, value, kind
    for attr, kind in lists:
        for k, value in enumerate(getattr(record, attr) or ()):
            if value:
                yield (f"{attr}[{k}]" if paths else ""), value, kind
    for attr, fields in nested:
        for k, item in enumerate(getattr(record, attr)):
            for name, kind in fields:
                value = getattr(item, name)
                if value:
                    yield (f"{attr}[{k}].{name}" if paths else ""), value, kind


def named_links(record: Record) -> list[tuple[str, str, str]]:
    """(field, id, what it points to) for every link `record` holds, the field written as a path
    ("actors[1].person_id") for messages. What: person, organisation, source or exhibit (of the
    same case), or concern (an Interpol notice or extradition request of the same case). An undated
    incident's `placed_after` is only an ordering hint and is not a link."""
    return list(_walk(record, True))


def typed_links(record: Record) -> list[tuple[str, str]]:
    """(id, what it points to) for every link `record` holds: named_links without the fields' paths,
    in the same order (for checks that name the field only when one fails)."""
    return [(value, kind) for _, value, kind in _walk(record, False)]


def links(record: Record) -> Links:
    """Every id `record` refers to (its case_id aside), by what it points to."""
    found = Links()
    lists = {"person": found.persons, "organisation": found.organisations}
    for _, value, kind in _walk(record, False):
        lists.get(kind, found.in_case).append(value)
    return found


def link_ids(record: Record) -> list[str]:
    """links(record).all(), without building Links: persons, then organisations, then records of
    the case, each in the order the record holds them (a merge asks this of every record it takes)."""
    simple, lists, nested = _shape(type(record))
    persons: list[str] = []
    organisations: list[str] = []
    in_case: list[str] = []
    by_kind = {"person": persons, "organisation": organisations}
    for name, kind in simple:
        value = getattr(record, name)
        if value:
            by_kind.get(kind, in_case).append(value)
    for attr, kind in lists:
        values = getattr(record, attr)
        if values:
            by_kind.get(kind, in_case).extend(v for v in values if v)
    for attr, fields in nested:
        for item in getattr(record, attr):
            for name, kind in fields:
                value = getattr(item, name)
                if value:
                    by_kind.get(kind, in_case).append(value)
    return persons + organisations + in_case


def mentioned(records: Iterable[Record]) -> tuple[set[str], set[str]]:
    """(person ids, organisation ids) that these records refer to, with the members of groups and
    the bodies organisations belong to left for the caller to add (they are not case records)."""
    persons: set[str] = set()
    organisations: set[str] = set()
    for r in records:
        found = links(r)
        persons.update(found.persons)
        organisations.update(found.organisations)
    return persons, organisations


# -- the SQL side ------------------------------------------------------------------------------

_INCIDENT = ("JOIN incidents c ON c.id = t.incident_id", "c.case_id")
_EXHIBIT = ("JOIN exhibits c ON c.id = t.exhibit_id", "c.case_id")
_OWN = ("", "t.case_id")
_NONE = ("", "")  # a record outside cases (a group, an organisation)

# (table, column holding a person id, (join, case expression) giving the case of the row `t`)
PERSON_COLUMNS: tuple[tuple[str, str, tuple[str, str]], ...] = (
    ("roles", "person_id", _OWN),
    ("incident_targets", "person_id", _INCIDENT),
    ("incident_actors", "person_id", _INCIDENT),
    ("exhibit_persons", "person_id", _EXHIBIT),
    ("exhibits", "translator_id", _OWN),
    ("exhibit_custody", "by_id", _EXHIBIT),
    ("exhibit_custody", "to_id", _EXHIBIT),
    ("interventions", "claimant_id", _OWN),
    ("interventions", "counsel_id", _OWN),
    ("interpol_notices", "subject_id", _OWN),
    ("extradition_requests", "subject_id", _OWN),
    ("person_members", "member_id", _NONE),
)
# Persons listed in a JSON array column (none since exhibit_persons; kept for the shape of the queries).
PERSON_JSON_COLUMNS: tuple[tuple[str, str, tuple[str, str]], ...] = ()
ORGANISATION_COLUMNS: tuple[tuple[str, str, tuple[str, str]], ...] = (
    ("incident_actors", "organisation_id", _INCIDENT),
    ("interventions", "addressee_id", _OWN),
    ("interpol_notices", "issuing_bureau_id", _OWN),
    ("organisations", "parent_id", _NONE),
)
Column = tuple[str, str, tuple[str, str]]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _by_id(columns: tuple[Column, ...], json_columns: tuple[Column, ...], n: int) -> list[str]:
    """SELECT statements giving the case (or NULL) of every stored reference to n ids."""
    parts = [f"SELECT {case or 'NULL'} FROM {table} t {join} WHERE t.{column} IN ({_marks(n)})"
             for table, column, (join, case) in columns]
    parts += [f"SELECT {case or 'NULL'} FROM {table} t {join}, json_each(t.{column}) j WHERE j.value IN ({_marks(n)})"
              for table, column, (join, case) in json_columns]
    return parts


def _by_case(columns: tuple[Column, ...], json_columns: tuple[Column, ...], n: int) -> list[str]:
    """SELECT statements giving (case, referenced id) for every reference held by n cases."""
    parts = [f"SELECT {case}, t.{column} FROM {table} t {join} WHERE t.{column} IS NOT NULL AND {case} IN ({_marks(n)})"
             for table, column, (join, case) in columns if case]
    parts += [f"SELECT {case}, j.value FROM {table} t {join}, json_each(t.{column}) j WHERE {case} IN ({_marks(n)})"
              for table, column, (join, case) in json_columns if case]
    return parts


def person_uses(conn: Any, person_id: str) -> int:
    """How many stored references point to a person (roles, targets, actors, exhibits, filings,
    notices, groups): 0 means nothing keeps them in the vault."""
    parts = _by_id(PERSON_COLUMNS, PERSON_JSON_COLUMNS, 1)
    return conn.execute(f"SELECT count(*) FROM ({' UNION ALL '.join(parts)})", [person_id] * len(parts)).fetchone()[0]


def organisation_uses(conn: Any, organisation_id: str) -> int:
    parts = _by_id(ORGANISATION_COLUMNS, (), 1)
    return conn.execute(f"SELECT count(*) FROM ({' UNION ALL '.join(parts)})",
                        [organisation_id] * len(parts)).fetchone()[0]


def cases_mentioning(conn: Any, person_ids: Iterable[str], organisation_ids: Iterable[str]) -> set[str]:
    """Cases with a record that refers to any of these persons or organisations; a group's members
    are mentioned wherever the group is, an organisation's units wherever the units are."""
    out: set[str] = set()
    persons = set(person_ids)
    organisations = set(organisation_ids)
    for part in chunks(sorted(persons)):
        persons.update(r[0] for r in conn.execute(
            f"SELECT person_id FROM person_members WHERE member_id IN ({_marks(len(part))})", list(part)))
    for part in chunks(sorted(organisations)):
        organisations.update(r[0] for r in conn.execute(
            f"SELECT id FROM organisations WHERE parent_id IN ({_marks(len(part))})", list(part)))
    for ids, columns, json_columns in ((persons, PERSON_COLUMNS, PERSON_JSON_COLUMNS),
                                       (organisations, ORGANISATION_COLUMNS, ())):
        for part in chunks(sorted(ids)):
            parts = _by_id(columns, json_columns, len(part))
            out.update(r[0] for r in conn.execute(" UNION ".join(parts), list(part) * len(parts)) if r[0])
    return out


def case_persons(conn: Any, case_ids: list[str]) -> set[tuple[str, str]]:
    """(case id, person id) for every person each case mentions, groups' members included."""
    parts = _by_case(PERSON_COLUMNS, PERSON_JSON_COLUMNS, len(case_ids))
    pairs: set[tuple[str, str]] = set(conn.execute(" UNION ".join(parts), case_ids * len(parts)).fetchall())
    members: dict[str, list[str]] = {}
    for part in chunks(sorted({p for _, p in pairs})):
        for group, member in conn.execute(f"SELECT person_id, member_id FROM person_members WHERE person_id IN "
                                          f"({_marks(len(part))})", list(part)):
            members.setdefault(group, []).append(member)
    return pairs | {(c, m) for c, p in pairs for m in members.get(p, ())}


def case_organisations(conn: Any, case_ids: list[str]) -> set[tuple[str, str]]:
    """(case id, organisation id) for every organisation each case mentions, and the bodies those
    belong to (one level up: a station's operating bureau)."""
    parts = _by_case(ORGANISATION_COLUMNS, (), len(case_ids))
    pairs: set[tuple[str, str]] = set(conn.execute(" UNION ".join(parts), case_ids * len(parts)).fetchall())
    parents: dict[str, str] = {}
    for part in chunks(sorted({o for _, o in pairs})):
        parents.update(conn.execute(f"SELECT id, parent_id FROM organisations WHERE parent_id IS NOT NULL AND id IN "
                                    f"({_marks(len(part))})", list(part)).fetchall())
    return pairs | {(c, parents[o]) for c, o in pairs if o in parents}
