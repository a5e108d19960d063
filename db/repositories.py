"""Repositories for each entity, and `load_case_file` which gathers one case with everything in it.
Rules here: vocabularies and dates are validated on write; deleting a case deletes (and audits)
everything in it, as one decision (CaseRepository.delete); a person or organisation still referenced
cannot be deleted; deleting a source or exhibit first unlinks it from incidents."""

from __future__ import annotations

import hashlib
import mimetypes
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from db import vocab
from db.audit import AuditLog
from db.errors import NotFoundError, ValidationError
from db.models import (
    Case,
    CaseFile,
    Exhibit,
    Incident,
    Intervention,
    Note,
    Organisation,
    Person,
    Role,
    Source,
    Task,
)
from db.repository import Repository, actor_of, chunks, one_of, partial_date, require
from db.versions import CASE_TABLES, Vector, join

if TYPE_CHECKING:
    from db.vault import Vault


_REFERENCE = re.compile(r"^(?P<prefix>.+)-(?:19|20)\d\d-(?P<number>\d+)$")


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
        c.tags = list(dict.fromkeys(t.strip() for t in c.tags if t.strip()))
        row = self.conn.execute("SELECT id FROM cases WHERE reference = ?", (c.reference,)).fetchone()
        if row and row[0] != c.id:
            raise ValidationError("reference", f"{c.reference!r} is already used by another case")

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
            # Incidents first: they link to sources, exhibits and persons.
            for repo in (repos.incidents, repos.roles, repos.sources, repos.exhibits,
                         repos.interventions, repos.notes, repos.tasks):
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
    json_fields = ("aliases", "citizenships")
    order_by = "name, id"

    def validate(self, p: Person) -> None:
        if not (p.name.strip() or p.name_original.strip()):
            raise ValidationError("name", "a person needs a name in Latin or original script")
        one_of(p, "sex", vocab.SEX)
        one_of(p, "residence_status", vocab.RESIDENCE_STATUS)
        one_of(p, "consent", vocab.CONSENT)
        partial_date(p, "birth_date")

    def before_delete(self, p: Person) -> None:
        uses = self.conn.execute(
            "SELECT (SELECT count(*) FROM roles WHERE person_id = :id)"
            " + (SELECT count(*) FROM incidents WHERE targeted_person_id = :id)"
            " + (SELECT count(*) FROM incident_actors WHERE person_id = :id)", {"id": p.id}).fetchone()[0]
        if uses:
            raise ValidationError("", f"{p.display_name()} is still part of {uses} role(s) or incident(s); "
                                      "remove those first")


class OrganisationRepository(Repository[Organisation]):
    cls, table, what = Organisation, "organisations", "organisation"
    order_by = "name, id"

    def validate(self, o: Organisation) -> None:
        if not (o.name.strip() or o.name_original.strip()):
            raise ValidationError("name", "an organisation needs a name")
        one_of(o, "kind", vocab.ORGANISATION_KIND)

    def before_delete(self, o: Organisation) -> None:
        uses = self.conn.execute("SELECT count(*) FROM incident_actors WHERE organisation_id = ?", (o.id,)).fetchone()
        if uses[0]:
            raise ValidationError("", f"{o.name} still acts in {uses[0]} incident(s); remove it there first")

    def case_of(self, o: Organisation) -> str | None:
        return None


class RoleRepository(Repository[Role]):
    cls, table, what = Role, "roles", "role"

    def validate(self, r: Role) -> None:
        one_of(r, "role", vocab.ROLE)
        one_of(r, "relation", vocab.RELATION, allow_empty=True)
        if r.role == "relative" and not r.relation:
            raise ValidationError("relation", "a relative needs a relation (parent, spouse, child, sibling, other)")


class IncidentRepository(Repository[Incident]):
    cls, table, what = Incident, "incidents", "incident"
    link_fields = ("actors", "source_ids", "exhibit_ids")
    order_by = "date_start IS NULL, date_start, date_end, created_at, id"

    def validate(self, i: Incident) -> None:
        one_of(i, "tactic", vocab.TACTIC)
        one_of(i, "verification", vocab.VERIFICATION)
        partial_date(i, "date_start")
        partial_date(i, "date_end")
        if i.date_start and i.date_end and i.date_end[: len(i.date_start)] < i.date_start:
            raise ValidationError("date_end", "ends before it starts")
        for n, a in enumerate(i.actors):
            if a.degree not in vocab.DEGREE:
                raise ValidationError(f"actors[{n}].degree", f"{a.degree!r} is not one of: {', '.join(vocab.DEGREE)}")
            if (a.person_id is None) == (a.organisation_id is None):
                raise ValidationError(f"actors[{n}]", "name exactly one person or one organisation")

    def _load_links(self, records: list[Incident]) -> None:
        by_id = {i.id: i for i in records}
        for part in chunks(list(by_id)):
            marks = ",".join("?" * len(part))
            for row in self.conn.execute(
                    f"SELECT incident_id, person_id, organisation_id, degree FROM incident_actors "
                    f"WHERE incident_id IN ({marks}) ORDER BY incident_id, position", part):
                by_id[row[0]].actors.append(actor_of(row[1:]))
            for table, col, attr in (("incident_sources", "source_id", "source_ids"),
                                     ("incident_exhibits", "exhibit_id", "exhibit_ids")):
                for incident_id, value in self.conn.execute(
                        f"SELECT incident_id, {col} FROM {table} WHERE incident_id IN ({marks}) "
                        "ORDER BY incident_id, position", part):
                    getattr(by_id[incident_id], attr).append(value)

    def _write_links(self, records: Sequence[Incident], replace: bool) -> None:
        if replace:
            ids = [(i.id,) for i in records]
            for table in ("incident_actors", "incident_sources", "incident_exhibits"):
                self.conn.executemany(f"DELETE FROM {table} WHERE incident_id = ?", ids)
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

    def before_delete(self, s: Source) -> None:
        self.vault.repos.incidents.unlink("source_ids", s.id)


class ExhibitRepository(Repository[Exhibit]):
    cls, table, what = Exhibit, "exhibits", "exhibit"
    json_fields = ("shows_person_ids",)
    bool_fields = ("persons_recorded",)
    order_by = "number"

    def validate(self, e: Exhibit) -> None:
        require(e, "original_name")
        require(e, "mime_type")
        partial_date(e, "captured_at")
        if len(e.sha256) != 64:
            raise ValidationError("sha256", "must be 64 hexadecimal digits")

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
            raise ValidationError("data", f"the bytes of exhibit {exhibit.label} do not match its SHA-256")
        with self.vault.write():
            self.conn.execute("INSERT OR REPLACE INTO exhibit_data(exhibit_id, data) VALUES (?, ?)", (exhibit_id, data))

    def read_data(self, exhibit_id: str) -> bytes:
        row = self.conn.execute("SELECT data FROM exhibit_data WHERE exhibit_id = ?", (exhibit_id,)).fetchone()
        if row is None:
            raise NotFoundError("exhibit file", exhibit_id)
        return bytes(row[0])

    def before_delete(self, e: Exhibit) -> None:
        self.vault.repos.incidents.unlink("exhibit_ids", e.id)


class InterventionRepository(Repository[Intervention]):
    cls, table, what = Intervention, "interventions", "intervention"
    order_by = "date IS NULL, date, created_at, id"

    def validate(self, i: Intervention) -> None:
        one_of(i, "kind", vocab.INTERVENTION_KIND)
        one_of(i, "status", vocab.INTERVENTION_STATUS)
        partial_date(i, "date")


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
        self.notes = NoteRepository(vault, self.audit)
        self.tasks = TaskRepository(vault, self.audit)

    def by_entity(self) -> dict[str, Repository]:  # type: ignore[type-arg]
        return {r.cls.entity: r for r in (self.cases, self.persons, self.organisations, self.roles,
                                          self.incidents, self.sources, self.exhibits, self.interventions,
                                          self.notes, self.tasks)}

    def load_case_file(self, case_id: str) -> CaseFile:
        """One case and everything in it, with every person and organisation it mentions."""
        case = self.cases.get(case_id)
        roles = self.roles.for_case(case_id)
        incidents = self.incidents.for_case(case_id)
        person_ids = {r.person_id for r in roles}
        org_ids: set[str] = set()
        for i in incidents:
            if i.targeted_person_id:
                person_ids.add(i.targeted_person_id)
            for a in i.actors:
                if a.person_id:
                    person_ids.add(a.person_id)
                if a.organisation_id:
                    org_ids.add(a.organisation_id)
        return CaseFile(
            case=case, roles=roles, persons=self.persons.get_many(sorted(person_ids)),
            organisations=self.organisations.get_many(sorted(org_ids)), incidents=incidents,
            sources=self.sources.for_case(case_id), exhibits=self.exhibits.for_case(case_id),
            interventions=self.interventions.for_case(case_id), notes=self.notes.for_case(case_id),
            tasks=self.tasks.for_case(case_id))
