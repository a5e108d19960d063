"""Repositories for each entity, and `load_case_file` which gathers one case with everything in it.
Rules here: vocabularies, dates, durations and country codes are validated on write; deleting a
case deletes (and audits) everything in it, as one decision (CaseRepository.delete); a person or
organisation still referenced cannot be deleted (db.references says where references are); deleting
a source, exhibit, notice or extradition request first unlinks it from the records citing it."""

from __future__ import annotations

import hashlib
import mimetypes
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from db import references, vocab
from db.audit import AuditLog
from db.chronology import START, by_date, chronological, next_source_number, source_numbers
from db.countries import country_code
from db.dates import parse_duration
from db.errors import NotFoundError, ValidationError
from db.models import (
    Case,
    CaseFile,
    Custody,
    Exhibit,
    ExtraditionRequest,
    Incident,
    InterpolNotice,
    Intervention,
    Note,
    Organisation,
    Outcome,
    Person,
    Place,
    Record,
    Role,
    Source,
    Task,
)
from db.notices import Notice, said
from db.repository import Repository, actor_of, chunks, not_one_of, one_of, partial_date, require
from db.versions import CASE_TABLES, Vector, join

if TYPE_CHECKING:
    from db.vault import Vault


_REFERENCE = re.compile(r"^(?P<prefix>.+)-(?:19|20)\d\d-(?P<number>\d+)$")


def country(record: object, name: str) -> None:
    """A country field: an ISO 3166-1 alpha-2 code (any case is stored upper case) or empty."""
    value = getattr(record, name)
    if not isinstance(value, str):
        raise ValidationError(name, Notice("must be a country code"))
    if value.strip() and country_code(value) is None:
        raise ValidationError(name, Notice("{value} is not an ISO 3166 country code (two letters, such as CN or CA)",
                                           value=repr(value)))
    setattr(record, name, country_code(value) or "")


def within(where: str, check: Callable[[object, str], None], item: object, name: str) -> None:
    """Run a field check on a small record inside another (a place, a custody step), naming it."""
    try:
        check(item, name)
    except ValidationError as exc:
        raise ValidationError(f"{where}.{exc.where}", exc.what) from None


def not_self(record: Record, name: str) -> None:
    if getattr(record, name) == record.id:
        raise ValidationError(name, Notice("cannot point to the record itself"))


def _marks(items: Sequence[object]) -> str:
    return ",".join("?" * len(items))


class CitingRepository(Repository[Record]):
    """Records that cite sources of their case through a link table `sources_table` (record_id,
    position, source_id): notices, extradition requests, outcomes. `source_ids` is part of the record."""

    link_fields: tuple[str, ...] = ("source_ids",)
    sources_table: str = ""

    def _load_links(self, records: list[Record]) -> None:
        by_id = {r.id: r for r in records}
        for part in chunks(list(by_id)):
            for record_id, source_id in self.conn.execute(
                    f"SELECT record_id, source_id FROM {self.sources_table} WHERE record_id IN ({_marks(part)}) "
                    "ORDER BY record_id, position", part):
                by_id[record_id].source_ids.append(source_id)  # type: ignore[attr-defined]

    def _write_links(self, records: Sequence[Record], replace: bool) -> None:
        if replace:
            self.conn.executemany(f"DELETE FROM {self.sources_table} WHERE record_id = ?", [(r.id,) for r in records])
        self.conn.executemany(f"INSERT INTO {self.sources_table}(record_id, position, source_id) VALUES (?, ?, ?)",
                              ((r.id, n, s) for r in records for n, s in enumerate(r.source_ids)))  # type: ignore

    def check_sources(self, record: Record) -> None:
        if len(set(record.source_ids)) != len(record.source_ids):  # type: ignore[attr-defined]
            raise ValidationError("source_ids", Notice("names a source twice"))

    def unlink_source(self, source_id: str) -> None:
        """Remove a source from every record citing it (audited updates)."""
        ids = [r[0] for r in self.conn.execute(
            f"SELECT DISTINCT record_id FROM {self.sources_table} WHERE source_id = ?", (source_id,))]
        for record in self.get_many(ids).values():
            record.source_ids = [v for v in record.source_ids if v != source_id]  # type: ignore[attr-defined]
            self.update(record)


class CaseRepository(Repository[Case]):
    cls, table, what = Case, "cases", "case"
    link_fields = ("tags",)
    order_by = "reference, id"

    def validate(self, c: Case) -> None:
        require(c, "reference")
        require(c, "title")
        one_of(c, "status", vocab.CASE_STATUS)
        one_of(c, "priority", vocab.PRIORITY)
        one_of(c, "confidentiality", vocab.CONFIDENTIALITY)
        one_of(c, "campaign", vocab.CAMPAIGN)
        one_of(c, "outcome", vocab.OUTCOME)
        country(c, "origin_country")
        country(c, "host_country")
        c.tags = list(dict.fromkeys(t.strip() for t in c.tags if t.strip()))
        row = self.conn.execute("SELECT id FROM cases WHERE reference = ?", (c.reference,)).fetchone()
        if row and row[0] != c.id:
            raise ValidationError("reference", Notice("{value} is already used by another case",
                                                      value=repr(c.reference)))

    def resolve(self, key: str) -> Case:
        """The case whose id or reference is `key`."""
        row = self.conn.execute("SELECT id FROM cases WHERE id = ? OR reference = ?", (key, key)).fetchone()
        if row is None:
            raise NotFoundError("case", key)
        return self.get(row[0])

    def all_tags(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT tag FROM case_tags ORDER BY tag")]

    def next_reference(self, year: int) -> str:
        """A free reference for a new case: PREFIX-YEAR-NNN, one past the highest number of that
        year. PREFIX (and how many digits NNN has) follow the newest case written as PREFIX-YYYY-N,
        so a group's own scheme carries on; "CV" with three digits in a vault without one."""
        prefix, width = "CV", 3
        newest = self.conn.execute("SELECT reference FROM cases ORDER BY rowid DESC LIMIT 1").fetchone()  # last written
        if newest and (m := _REFERENCE.match(newest[0])):
            prefix, width = m["prefix"], len(m["number"])
        stem = f"{prefix}-{year}-"
        numbers = [int(r[0][len(stem):]) for r in self.conn.execute(  # a range, so the unique index serves it
            "SELECT reference FROM cases WHERE reference >= ? AND reference < ?", (stem, stem + "\U0010ffff"))
            if r[0][len(stem):].isdigit()]
        return f"{stem}{max(numbers, default=0) + 1:0{width}d}"

    def delete(self, record_id: str, *, seen: Mapping[str, Vector] | None = None, action: str = "delete") -> None:
        """Delete a case and everything in it as one decision: its tombstone covers the version of
        every record of the case that the delete saw (db.versions), and each record leaves its own
        tombstone, all under one new version. `seen` adds versions seen elsewhere (a conflict's other
        side) that the delete must cover too."""
        versions = self.vault.versions
        with self.vault.write():
            case = self.get(record_id)
            covers = self.contents(case.id)
            covers[case.id] = self.vector(case.id)
            for key, vector in (seen or {}).items():
                covers[key] = join(covers.get(key, {}), vector)
            repos = self.vault.repos
            # Records that cite others first: incidents, filings, notices and outcomes cite sources and exhibits.
            for repo in (repos.incidents, repos.interventions, repos.outcomes, repos.notices, repos.extraditions,
                         repos.roles, repos.sources, repos.exhibits, repos.notes, repos.tasks):
                for record in repo.for_case(case.id):
                    repo.remove(record, versions.bump(covers[record.id]), action)
            self.remove(case, versions.bump(covers[case.id]), action, covers)

    def contents(self, case_id: str) -> dict[str, dict[str, int]]:
        """The version vector of every live record in the case (not the case itself)."""
        versions = self.vault.versions
        return {record_id: versions.decode(vv) for table in CASE_TABLES
                for record_id, vv in self.conn.execute(f"SELECT id, vv FROM {table} WHERE case_id = ?", (case_id,))}

    def _load_links(self, records: list[Case]) -> None:
        by_id = {c.id: c for c in records}
        for part in chunks(list(by_id)):
            for case_id, tag in self.conn.execute(
                    f"SELECT case_id, tag FROM case_tags WHERE case_id IN ({','.join('?' * len(part))}) "
                    "ORDER BY case_id, position", part):
                by_id[case_id].tags.append(tag)

    def _write_links(self, records: Sequence[Case], replace: bool) -> None:
        if replace:
            self.conn.executemany("DELETE FROM case_tags WHERE case_id = ?", [(c.id,) for c in records])
        self.conn.executemany("INSERT INTO case_tags(case_id, position, tag) VALUES (?, ?, ?)",
                              ((c.id, i, t) for c in records for i, t in enumerate(c.tags)))


class PersonRepository(Repository[Person]):
    cls, table, what = Person, "persons", "person"
    json_fields = ("aliases", "citizenships", "categories")
    link_fields = ("member_ids",)
    order_by = "name, id"

    def validate(self, p: Person) -> None:
        if not (p.name.strip() or p.name_original.strip()):
            if p.kind == "individual":
                raise ValidationError("name", Notice("a person needs a name in Latin or original script"))
            raise ValidationError("name", Notice("describe the group or the unidentified person (for example "
                                                 "'relatives in China' or 'man who approached him')"))
        one_of(p, "sex", vocab.SEX)
        one_of(p, "residence_status", vocab.RESIDENCE_STATUS)
        one_of(p, "consent", vocab.CONSENT)
        one_of(p, "kind", vocab.PERSON_KIND)
        one_of(p, "group_size_qualifier", vocab.GROUP_SIZE, allow_empty=True)
        partial_date(p, "birth_date")
        if p.group_size is not None and (type(p.group_size) is not int or p.group_size < 1):
            raise ValidationError("group_size", Notice("must be a whole number of people, 1 or more (or left empty)"))
        if p.kind != "group" and (p.group_size is not None or p.group_size_qualifier or p.member_ids):
            raise ValidationError("kind", Notice("only a group has a size and members"))
        for n, key in enumerate(p.categories):
            if key not in vocab.TARGET_CATEGORY:
                raise ValidationError(f"categories[{n}]", not_one_of(key, vocab.TARGET_CATEGORY))
        p.categories = list(dict.fromkeys(p.categories))
        codes = []
        for n, c in enumerate(p.citizenships):
            code = country_code(c) if isinstance(c, str) else None
            if code is None:
                raise ValidationError(f"citizenships[{n}]", Notice("{value} is not an ISO 3166 country code (such "
                                                                   "as CN)", value=repr(c)))
            codes.append(code)
        p.citizenships = list(dict.fromkeys(codes))
        if p.id in p.member_ids or len(set(p.member_ids)) != len(p.member_ids):
            raise ValidationError("member_ids", Notice("lists a person twice, or the group itself"))

    def before_delete(self, p: Person) -> None:
        uses = references.person_uses(self.conn, p.id)
        if uses:
            raise ValidationError("", Notice("{name} is still part of {n} role(s), incident(s), exhibit(s), "
                                             "filing(s), notice(s) or group(s); remove those first",
                                             name=p.display_name(), n=uses))

    def _members(self, person_ids: list[str]) -> dict[str, list[str]]:
        """Each group's members as stored, in order (persons without members left out)."""
        out: dict[str, list[str]] = {}
        for part in chunks(person_ids):
            for person_id, member_id in self.conn.execute(
                    f"SELECT person_id, member_id FROM person_members WHERE person_id IN ({_marks(part)}) "
                    "ORDER BY person_id, position", part):
                out.setdefault(person_id, []).append(member_id)
        return out

    def _load_links(self, records: list[Person]) -> None:
        members = self._members([p.id for p in records])
        for p in records:
            p.member_ids.extend(members.get(p.id, ()))

    def _write_links(self, records: Sequence[Person], replace: bool) -> None:
        if replace:
            before = self._members([p.id for p in records])
            # A group whose members changed: its cases now mention other persons (db.search_index).
            self.vault.touch_many("relink", [(p.id, None) for p in records if before.get(p.id, []) != p.member_ids])
            self.conn.executemany("DELETE FROM person_members WHERE person_id = ?", [(p.id,) for p in records])
        self.conn.executemany("INSERT INTO person_members(person_id, position, member_id) VALUES (?, ?, ?)",
                              ((p.id, n, m) for p in records for n, m in enumerate(p.member_ids)))


class OrganisationRepository(Repository[Organisation]):
    cls, table, what = Organisation, "organisations", "organisation"
    order_by = "name, id"

    def validate(self, o: Organisation) -> None:
        if not (o.name.strip() or o.name_original.strip()):
            raise ValidationError("name", Notice("an organisation needs a name"))
        one_of(o, "kind", vocab.ORGANISATION_KIND)
        one_of(o, "level", vocab.ORGANISATION_LEVEL, allow_empty=True)
        country(o, "country")
        not_self(o, "parent_id")

    def before_delete(self, o: Organisation) -> None:
        uses = references.organisation_uses(self.conn, o.id)
        if uses:
            raise ValidationError("", Notice("{name} is still named in {n} incident(s), filing(s), notice(s) or "
                                             "organisation(s); remove it there first", name=o.name, n=uses))

    def case_of(self, o: Organisation) -> str | None:
        return None

    def _update_rows(self, records: Sequence[Organisation], stamps: dict[str, str]) -> None:
        parents: dict[str, str | None] = {}
        for part in chunks([o.id for o in records]):
            parents.update(self.conn.execute(
                f"SELECT id, parent_id FROM organisations WHERE id IN ({_marks(part)})", part).fetchall())
        # A unit moved to another body: its cases now mention that body (db.search_index).
        self.vault.touch_many("relink", [(o.id, None) for o in records if parents.get(o.id) != o.parent_id])
        super()._update_rows(records, stamps)


class RoleRepository(Repository[Role]):
    cls, table, what = Role, "roles", "role"

    def validate(self, r: Role) -> None:
        one_of(r, "role", vocab.ROLE)
        one_of(r, "relation", vocab.RELATION, allow_empty=True)
        if r.role in vocab.RELATED_ROLES and not r.relation:
            raise ValidationError("relation", Notice("a relative or associate needs a relation to the target "
                                                     "(parent, child, business partner, friend...)"))


class IncidentRepository(Repository[Incident]):
    cls, table, what = Incident, "incidents", "incident"
    link_fields = ("target_ids", "places", "actors", "source_ids", "exhibit_ids")
    order_by = "date_start IS NULL, date_start, date_end, created_at, id"

    def validate(self, i: Incident) -> None:
        one_of(i, "tactic", vocab.TACTIC)
        one_of(i, "verification", vocab.VERIFICATION)
        one_of(i, "date_qualifier", vocab.DATE_QUALIFIER, allow_empty=True)
        one_of(i, "duration_qualifier", vocab.DURATION_QUALIFIER, allow_empty=True)
        one_of(i, "host_involvement", vocab.HOST_INVOLVEMENT, allow_empty=True)
        partial_date(i, "date_start")
        partial_date(i, "date_end")
        if i.date_start and i.date_end and i.date_end[: len(i.date_start)] < i.date_start:
            raise ValidationError("date_end", Notice("ends before it starts"))
        try:
            i.duration = parse_duration(i.duration)
        except (ValueError, TypeError, AttributeError) as exc:
            raise ValidationError("duration", said(exc)) from None
        if i.duration_qualifier and not i.duration:
            raise ValidationError("duration", Notice("is needed for 'more than', 'about' or 'less than'"))
        if i.placed_after is not None and i.placed_after != START:
            not_self(i, "placed_after")
        if len(set(i.target_ids)) != len(i.target_ids):
            raise ValidationError("target_ids", Notice("names a target twice"))
        for n, p in enumerate(i.places):
            if p.role not in vocab.PLACE_ROLE:
                raise ValidationError(f"places[{n}].role", not_one_of(p.role, vocab.PLACE_ROLE))
            within(f"places[{n}]", country, p, "country")
            if not (p.country or p.city.strip() or p.location.strip()):
                raise ValidationError(f"places[{n}]", Notice("give a country, a city or a place"))
        for n, a in enumerate(i.actors):
            if a.degree not in vocab.DEGREE:
                raise ValidationError(f"actors[{n}].degree", not_one_of(a.degree, vocab.DEGREE))
            if (a.person_id is None) == (a.organisation_id is None):
                raise ValidationError(f"actors[{n}]", Notice("name exactly one person or one organisation"))

    def _load_links(self, records: list[Incident]) -> None:
        by_id = {i.id: i for i in records}
        for part in chunks(list(by_id)):
            marks = _marks(part)
            for row in self.conn.execute(
                    f"SELECT incident_id, person_id, organisation_id, degree FROM incident_actors "
                    f"WHERE incident_id IN ({marks}) ORDER BY incident_id, position", part):
                by_id[row[0]].actors.append(actor_of(row[1:]))
            for incident_id, *place in self.conn.execute(
                    f"SELECT incident_id, role, country, city, location FROM incident_places "
                    f"WHERE incident_id IN ({marks}) ORDER BY incident_id, position", part):
                by_id[incident_id].places.append(Place(*place))
            for table, col, attr in (("incident_targets", "person_id", "target_ids"),
                                     ("incident_sources", "source_id", "source_ids"),
                                     ("incident_exhibits", "exhibit_id", "exhibit_ids")):
                for incident_id, value in self.conn.execute(
                        f"SELECT incident_id, {col} FROM {table} WHERE incident_id IN ({marks}) "
                        "ORDER BY incident_id, position", part):
                    getattr(by_id[incident_id], attr).append(value)

    def _write_links(self, records: Sequence[Incident], replace: bool) -> None:
        if replace:
            ids = [(i.id,) for i in records]
            for table in ("incident_targets", "incident_places", "incident_actors", "incident_sources",
                          "incident_exhibits"):
                self.conn.executemany(f"DELETE FROM {table} WHERE incident_id = ?", ids)
        self.conn.executemany("INSERT INTO incident_targets(incident_id, position, person_id) VALUES (?,?,?)",
                              ((i.id, n, p) for i in records for n, p in enumerate(i.target_ids)))
        self.conn.executemany(
            "INSERT INTO incident_places(incident_id, position, role, country, city, location) VALUES (?,?,?,?,?,?)",
            ((i.id, n, p.role, p.country, p.city, p.location) for i in records for n, p in enumerate(i.places)))
        self.conn.executemany(
            "INSERT INTO incident_actors(incident_id, position, person_id, organisation_id, degree) VALUES (?,?,?,?,?)",
            ((i.id, n, a.person_id, a.organisation_id, a.degree) for i in records for n, a in enumerate(i.actors)))
        self.conn.executemany("INSERT INTO incident_sources(incident_id, position, source_id) VALUES (?,?,?)",
                              ((i.id, n, s) for i in records for n, s in enumerate(i.source_ids)))
        self.conn.executemany("INSERT INTO incident_exhibits(incident_id, position, exhibit_id) VALUES (?,?,?)",
                              ((i.id, n, e) for i in records for n, e in enumerate(i.exhibit_ids)))

    def unlink(self, attr: str, value: str) -> None:
        """Remove a source or exhibit id from every incident citing it (audited updates)."""
        table, col = {"source_ids": ("incident_sources", "source_id"),
                      "exhibit_ids": ("incident_exhibits", "exhibit_id")}[attr]
        ids = [r[0] for r in self.conn.execute(f"SELECT DISTINCT incident_id FROM {table} WHERE {col} = ?", (value,))]
        for incident in self.get_many(ids).values():
            setattr(incident, attr, [v for v in getattr(incident, attr) if v != value])
            self.update(incident)


class SourceRepository(Repository[Source]):
    cls, table, what = Source, "sources", "source"
    order_by = "date IS NULL, date, created_at, id"

    def validate(self, s: Source) -> None:
        require(s, "citation")
        one_of(s, "kind", vocab.SOURCE_KIND)
        one_of(s, "reliability", vocab.SOURCE_RELIABILITY)
        one_of(s, "credibility", vocab.INFORMATION_CREDIBILITY)
        partial_date(s, "date")
        not_self(s, "based_on_id")
        if s.number is not None and (type(s.number) is not int or s.number < 1):
            raise ValidationError("number", Notice("must be a whole number, 1 or more"))

    def add_many(self, records: Sequence[Source]) -> None:
        """New sources take the next citation numbers of their case (db.chronology)."""
        with self.vault.write():
            taken: dict[str, list[int | None]] = {}
            for s in records:
                if s.number is None:
                    if s.case_id not in taken:
                        taken[s.case_id] = [r[0] for r in self.conn.execute(
                            "SELECT number FROM sources WHERE case_id = ?", (s.case_id,))]
                    s.number = next_source_number(taken[s.case_id])
                    taken[s.case_id].append(s.number)
            super().add_many(records)

    def before_delete(self, s: Source) -> None:
        repos = self.vault.repos
        repos.incidents.unlink("source_ids", s.id)
        for repo in (repos.notices, repos.extraditions, repos.outcomes):
            repo.unlink_source(s.id)
        for other in self._query(f"{self._select} WHERE based_on_id = ?", (s.id,)):
            other.based_on_id = None
            self.update(other)


class ExhibitRepository(Repository[Exhibit]):
    cls, table, what = Exhibit, "exhibits", "exhibit"
    bool_fields = ("persons_recorded",)
    link_fields = ("shows_person_ids", "custody")
    order_by = "number"

    def validate(self, e: Exhibit) -> None:
        require(e, "original_name")
        require(e, "mime_type")
        partial_date(e, "captured_at")
        if len(e.sha256) != 64:
            raise ValidationError("sha256", Notice("must be 64 hexadecimal digits"))
        one_of(e, "copy_kind", vocab.COPY_KIND, allow_empty=True)
        not_self(e, "derived_from_id")
        if e.translator_id and e.copy_kind != "translation":
            raise ValidationError("translator_id", Notice("only a translation has a translator"))
        for n, c in enumerate(e.custody):
            if c.action not in vocab.CUSTODY_ACTION:
                raise ValidationError(f"custody[{n}].action",
                                      f"{c.action!r} is not one of: {', '.join(vocab.CUSTODY_ACTION)}")
            within(f"custody[{n}]", partial_date, c, "date")

    def _load_links(self, records: list[Exhibit]) -> None:
        by_id = {e.id: e for e in records}
        for part in chunks(list(by_id)):
            for exhibit_id, person_id in self.conn.execute(
                    f"SELECT exhibit_id, person_id FROM exhibit_persons WHERE exhibit_id IN ({_marks(part)}) "
                    "ORDER BY exhibit_id, position", part):
                by_id[exhibit_id].shows_person_ids.append(person_id)
            for exhibit_id, *step in self.conn.execute(
                    "SELECT exhibit_id, action, date, by_id, to_id, method, place, notes FROM exhibit_custody "
                    f"WHERE exhibit_id IN ({_marks(part)}) ORDER BY exhibit_id, position", part):
                by_id[exhibit_id].custody.append(Custody(*step))

    def _write_links(self, records: Sequence[Exhibit], replace: bool) -> None:
        if replace:
            ids = [(e.id,) for e in records]
            self.conn.executemany("DELETE FROM exhibit_persons WHERE exhibit_id = ?", ids)
            self.conn.executemany("DELETE FROM exhibit_custody WHERE exhibit_id = ?", ids)
        self.conn.executemany("INSERT INTO exhibit_persons(exhibit_id, position, person_id) VALUES (?, ?, ?)",
                              ((e.id, n, p) for e in records for n, p in enumerate(e.shows_person_ids)))
        self.conn.executemany(
            "INSERT INTO exhibit_custody(exhibit_id, position, action, date, by_id, to_id, method, place, notes) "
            "VALUES (?,?,?,?,?,?,?,?,?)",
            ((e.id, n, c.action, c.date, c.by_id, c.to_id, c.method, c.place, c.notes)
             for e in records for n, c in enumerate(e.custody)))

    def add_file(self, case_id: str, data: bytes, original_name: str, *, description: str = "",
                 captured_at: str | None = None, mime_type: str | None = None,
                 shows_person_ids: list[str] | None = None, persons_recorded: bool = False) -> Exhibit:
        """Store a file's bytes inside the vault as the case's next exhibit (E-1, E-2, ...).
        `persons_recorded`: `shows_person_ids` is the complete list of who appears in it (maybe nobody)."""
        with self.vault.write():
            (top,) = self.conn.execute("SELECT coalesce(max(number), 0) FROM exhibits WHERE case_id = ?",
                                       (case_id,)).fetchone()
            exhibit = Exhibit(case_id=case_id, number=top + 1, original_name=original_name,
                              mime_type=mime_type or guess_mime(original_name, data), size=len(data),
                              sha256=hashlib.sha256(data).hexdigest(), captured_at=captured_at,
                              description=description, shows_person_ids=list(shows_person_ids or []),
                              persons_recorded=persons_recorded)
            self.add(exhibit)
            self.conn.execute("INSERT INTO exhibit_data(exhibit_id, data) VALUES (?, ?)", (exhibit.id, data))
        return exhibit

    def put_data(self, exhibit_id: str, data: bytes) -> None:
        """Store the bytes of an imported exhibit; they must match its recorded SHA-256."""
        exhibit = self.get(exhibit_id)
        if hashlib.sha256(data).hexdigest() != exhibit.sha256:
            raise ValidationError("data", Notice("the bytes of exhibit {label} do not match its SHA-256",
                                                 label=exhibit.label))
        with self.vault.write():
            self.conn.execute("INSERT OR REPLACE INTO exhibit_data(exhibit_id, data) VALUES (?, ?)", (exhibit_id, data))

    def read_data(self, exhibit_id: str) -> bytes:
        row = self.conn.execute("SELECT data FROM exhibit_data WHERE exhibit_id = ?", (exhibit_id,)).fetchone()
        if row is None:
            raise NotFoundError("exhibit file", exhibit_id)
        return bytes(row[0])

    def before_delete(self, e: Exhibit) -> None:
        self.vault.repos.incidents.unlink("exhibit_ids", e.id)
        for other in self._query(f"{self._select} WHERE derived_from_id = ?", (e.id,)):
            other.derived_from_id = None
            self.update(other)


class InterventionRepository(Repository[Intervention]):
    cls, table, what = Intervention, "interventions", "intervention"
    order_by = "date IS NULL, date, created_at, id"

    def validate(self, i: Intervention) -> None:
        one_of(i, "kind", vocab.INTERVENTION_KIND)
        one_of(i, "status", vocab.INTERVENTION_STATUS)
        one_of(i, "request", vocab.INTERVENTION_REQUEST, allow_empty=True)
        one_of(i, "decision", vocab.DECISION, allow_empty=True)
        partial_date(i, "date")
        partial_date(i, "decision_date")
        if i.decision_date and not i.decision:
            raise ValidationError("decision", Notice("a decision date needs the decision"))

    def unlink_concern(self, record_id: str) -> None:
        """Forget a deleted notice or extradition request in the filings about it (audited updates)."""
        for i in self._query(f"{self._select} WHERE concerns_id = ?", (record_id,)):
            i.concerns_id = None
            self.update(i)


class InterpolNoticeRepository(CitingRepository):
    cls, table, what = InterpolNotice, "interpol_notices", "Interpol notice"
    sources_table = "notice_sources"
    order_by = "date IS NULL, date, created_at, id"

    def validate(self, n: InterpolNotice) -> None:  # type: ignore[override]
        one_of(n, "kind", vocab.NOTICE_KIND)
        one_of(n, "status", vocab.NOTICE_STATUS)
        country(n, "issuing_country")
        partial_date(n, "date")
        partial_date(n, "status_date")
        self.check_sources(n)

    def before_delete(self, n: Record) -> None:
        self.vault.repos.interventions.unlink_concern(n.id)


class ExtraditionRequestRepository(CitingRepository):
    cls, table, what = ExtraditionRequest, "extradition_requests", "extradition request"
    sources_table = "extradition_sources"
    order_by = "date IS NULL, date, created_at, id"

    def validate(self, x: ExtraditionRequest) -> None:  # type: ignore[override]
        one_of(x, "status", vocab.EXTRADITION_STATUS)
        country(x, "requesting_country")
        country(x, "requested_country")
        partial_date(x, "date")
        partial_date(x, "status_date")
        self.check_sources(x)

    def before_delete(self, x: Record) -> None:
        self.vault.repos.interventions.unlink_concern(x.id)


class OutcomeRepository(CitingRepository):
    cls, table, what = Outcome, "outcomes", "outcome"
    sources_table = "outcome_sources"
    order_by = "date IS NULL, date, created_at, id"

    def validate(self, o: Outcome) -> None:  # type: ignore[override]
        one_of(o, "outcome", vocab.OUTCOME)
        one_of(o, "date_qualifier", vocab.DATE_QUALIFIER, allow_empty=True)
        partial_date(o, "date")
        self.check_sources(o)


class NoteRepository(Repository[Note]):
    cls, table, what = Note, "notes", "note"

    def validate(self, n: Note) -> None:
        require(n, "body")


class TaskRepository(Repository[Task]):
    cls, table, what = Task, "tasks", "task"
    bool_fields = ("done",)
    order_by = "done, due_date IS NULL, due_date, created_at, id"

    def validate(self, t: Task) -> None:
        require(t, "title")
        partial_date(t, "due_date")


_MAGIC = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF8", "image/gif"),
          (b"%PDF-", "application/pdf"), (b"RIFF", "image/webp"), (b"ID3", "audio/mpeg"))


def guess_mime(name: str, data: bytes) -> str:
    """The file's type from its first bytes, then its name; never from anything outside."""
    for magic, mime in _MAGIC:
        if data.startswith(magic) and (mime != "image/webp" or data[8:12] == b"WEBP"):
            return mime
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


class Repositories:
    """All repositories of one vault, sharing its audit log."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.audit = AuditLog(vault)
        self.cases = CaseRepository(vault, self.audit)
        self.persons = PersonRepository(vault, self.audit)
        self.organisations = OrganisationRepository(vault, self.audit)
        self.roles = RoleRepository(vault, self.audit)
        self.incidents = IncidentRepository(vault, self.audit)
        self.sources = SourceRepository(vault, self.audit)
        self.exhibits = ExhibitRepository(vault, self.audit)
        self.interventions = InterventionRepository(vault, self.audit)
        self.notices = InterpolNoticeRepository(vault, self.audit)
        self.extraditions = ExtraditionRequestRepository(vault, self.audit)
        self.outcomes = OutcomeRepository(vault, self.audit)
        self.notes = NoteRepository(vault, self.audit)
        self.tasks = TaskRepository(vault, self.audit)

    def by_entity(self) -> dict[str, Repository]:  # type: ignore[type-arg]
        return {r.cls.entity: r for r in (self.cases, self.persons, self.organisations, self.roles,
                                          self.incidents, self.sources, self.exhibits, self.interventions,
                                          self.notices, self.extraditions, self.outcomes, self.notes, self.tasks)}

    def load_case_file(self, case_id: str) -> CaseFile:
        """One case and everything in it, with every person and organisation it mentions (and the
        members of groups it mentions, and the bodies its organisations belong to)."""
        case = self.cases.get(case_id)
        roles = self.roles.for_case(case_id)
        incidents = self.incidents.for_case(case_id)
        exhibits = self.exhibits.for_case(case_id)
        interventions = self.interventions.for_case(case_id)
        notices = self.notices.for_case(case_id)
        extraditions = self.extraditions.for_case(case_id)
        person_ids, org_ids = references.mentioned([*roles, *incidents, *exhibits, *interventions, *notices,
                                                    *extraditions])
        persons = self.persons.get_many(sorted(person_ids))
        members = {m for p in persons.values() for m in p.member_ids} - set(persons)
        persons.update(self.persons.get_many(sorted(members)))
        organisations = self.organisations.get_many(sorted(org_ids))
        parents = {o.parent_id for o in organisations.values() if o.parent_id} - set(organisations)
        organisations.update(self.organisations.get_many(sorted(parents)))
        sources = self.sources.for_case(case_id)
        numbers = source_numbers(sources)
        return CaseFile(
            case=case, roles=roles, persons=persons, organisations=organisations, incidents=chronological(incidents),
            sources=sorted(sources, key=lambda s: numbers[s.id]), exhibits=exhibits, interventions=interventions,
            notes=self.notes.for_case(case_id), tasks=self.tasks.for_case(case_id), notices=notices,
            extraditions=extraditions, outcomes=by_date(self.outcomes.for_case(case_id)))
