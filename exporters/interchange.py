"""The interchange format (docs/interchange.md): a versioned JSON document carrying whole vault
contents. Export then import round-trips exactly: ids, timestamps, authors and versions are kept.

Each exported record carries its revision: the version vector it had (db.versions) and the digest
of its content then. Import is a merge (db.merge) in one transaction: a record the file holds at an
older version than the vault's is kept as the vault has it and named in the result, one changed in
the file since its export is a new version on top of the one it was exported from (a conflict if
the vault changed it meanwhile), and a record without a revision that differs from the vault's is
a conflict unless it is one of the vault's own past versions. Nothing is silently reverted. A
malformed or invalid document is refused with the JSON path (or line) and what is wrong, and the
vault is left unchanged. Ids that already exist are updated, never duplicated."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from db.audit import canonical
from db.case_model_schema import UPGRADES
from db.errors import ValidationError
from db.models import (
    Case,
    Exhibit,
    ExtraditionRequest,
    Incident,
    InterpolNotice,
    Intervention,
    Note,
    Organisation,
    Outcome,
    Person,
    Record,
    Role,
    Source,
    Task,
)
from db.notices import Notice, entity_name, unreadable
from db.references import links, mentioned, named_links, typed_links
from db.repository import chunks, record_dict, record_digest
from exporters.atomic import atomic_write_with
from exporters.bundle_schema import SchemaCheck
from exporters.interchange_explain import explain
from exporters.interchange_schema import FORMAT_VERSION, READS, SCHEMA
from exporters.taxonomy import taxonomy

if TYPE_CHECKING:
    from db.vault import Vault

# Lists nested inside each case, in the order they are written on import (references first).
CHILDREN: tuple[tuple[str, type[Record], str], ...] = (
    ("roles", Role, "roles"),
    ("sources", Source, "sources"),
    ("exhibits", Exhibit, "exhibits"),
    ("interpol_notices", InterpolNotice, "notices"),
    ("extradition_requests", ExtraditionRequest, "extraditions"),
    ("incidents", Incident, "incidents"),
    ("interventions", Intervention, "interventions"),
    ("outcomes", Outcome, "outcomes"),
    ("notes", Note, "notes"),
    ("tasks", Task, "tasks"),
)
_CHILD_KEYS = frozenset(key for key, _, _ in CHILDREN)
OPTIONAL_CHILDREN = ("interpol_notices", "extradition_requests", "outcomes")  # absent before version 3
CHECK = SchemaCheck(SCHEMA)


MAX_FILE = 1 << 30  # bytes of an interchange file; bigger exchanges go by bundle (docs/interchange.md)


@dataclass
class ImportResult:
    cases: int
    persons: int
    organisations: int
    written: int  # records created, changed or deleted; 0 when the vault already held the same data
    conflicts: int = 0  # records the vault changed too: kept both, for a person to decide
    older: list[str] = field(default_factory=list)  # records kept as the vault has them: the file's are older


def _child_dict(record: Record, vector: dict[str, int], digests: bool) -> dict[str, Any]:
    d = _dict(record, vector, digests)
    d.pop("case_id", None)
    return d


def _dict(record: Record, vector: dict[str, int], digests: bool) -> dict[str, Any]:
    """The record as exported: its fields and its revision (with the content's digest, so that an edit
    made in the file shows; a bundle, authenticated as a whole, leaves it out)."""
    d = record_dict(record)
    d["revision"] = {"vector": vector, "digest": record_digest(record)} if digests else {"vector": vector}
    return d


BATCH = 500  # cases whose records are loaded together


def _children(vault: Vault, repo: Any, case_ids: list[str],
              vectors: dict[str, dict[str, int]]) -> dict[str, list[Record]]:
    """Each case's records of one entity, in the order repo.for_case gives them; their version
    vectors go into `vectors`."""
    marks = ",".join("?" * len(case_ids))
    rows = vault.conn.execute(f"SELECT id, case_id, vv FROM {repo.table} WHERE case_id IN ({marks}) "
                              f"ORDER BY {repo.order_by}", case_ids).fetchall()
    records = repo.get_many([r[0] for r in rows])
    out: dict[str, list[Record]] = {}
    for record_id, case_id, vv in rows:
        out.setdefault(case_id, []).append(records[record_id])
        vectors[record_id] = vault.versions.decode(vv)
    return out


def case_entries(vault: Vault, case_ids: list[str], digests: bool = True) -> Iterator[list[dict[str, Any]]]:
    """The given cases as exported (with all their records and exhibits' bytes), BATCH cases at a
    time: records are loaded for many cases at once, not one case at a time (a 10,000-case bundle
    takes seconds, not tens of seconds), and a batch can be written before the next is loaded."""
    repos = vault.repos
    versions = vault.versions
    for part in chunks(case_ids, BATCH):
        part = list(part)
        loaded = repos.cases.get_many(part)
        vectors = versions.vectors("cases", part)
        lists = {key: _children(vault, getattr(repos, name), part, vectors) for key, _, name in CHILDREN}
        exhibit_ids = [e.id for records in lists["exhibits"].values() for e in records]
        blobs: dict[str, bytes] = {}
        for ids in chunks(exhibit_ids):
            blobs.update(vault.conn.execute(f"SELECT exhibit_id, data FROM exhibit_data WHERE exhibit_id IN "
                                            f"({','.join('?' * len(ids))})", list(ids)).fetchall())
        batch = []
        for case_id in part:
            entry = _dict(loaded[case_id], vectors[case_id], digests)
            for key, _, _ in CHILDREN:
                entry[key] = [_child_dict(r, vectors[r.id], digests) for r in lists[key].get(case_id, [])]
            for ex in entry["exhibits"]:
                ex["data"] = base64.b64encode(bytes(blobs[ex["id"]])).decode("ascii")
            batch.append(entry)
        yield batch


def people_of(vault: Vault, case_ids: list[str] | None) -> tuple[list[Person], list[Organisation]]:
    """Every person and organisation the cases mention, and every one those link to (a group's
    members, the body an organisation belongs to), so that the records of a document link only
    within it; None: those of the whole vault, each in none too."""
    repos = vault.repos
    if case_ids is None or len(case_ids) == repos.cases.count():
        return list(repos.persons.all()), list(repos.organisations.all())
    person_ids: set[str] = set()
    org_ids: set[str] = set()
    for part in chunks(case_ids, BATCH):
        marks = ",".join("?" * len(part))
        for _, _, name in CHILDREN:
            repo = getattr(repos, name)
            ids = [r[0] for r in vault.conn.execute(f"SELECT id FROM {repo.table} WHERE case_id IN ({marks})",
                                                    list(part))]
            found_persons, found_orgs = mentioned(repo.get_many(ids).values())
            person_ids |= found_persons
            org_ids |= found_orgs
    persons = sorted(_closure(repos.persons, person_ids).values(), key=lambda p: (p.name, p.id))
    return persons, sorted(_closure(repos.organisations, org_ids).values(), key=lambda o: (o.name, o.id))


def _closure(repo: Any, ids: set[str]) -> dict[str, Any]:
    """These persons (or organisations) and every one they link to."""
    out: dict[str, Any] = {}
    todo = set(ids)
    while todo:
        found = repo.get_many(sorted(todo))
        out.update(found)
        todo = {i for r in found.values() for i in links(r).all()} - set(out)
    return out


def export_document(vault: Vault, case_ids: list[str] | None = None, *, digests: bool = True) -> dict[str, Any]:
    """The vault (or the given cases, in this order, and every person/organisation they mention)
    as a document in memory (bundles; `export_json` writes files a batch at a time). Call on the
    thread that opened the vault."""
    from db.vault import now  # noqa: PLC0415

    ids = case_ids if case_ids is not None else [r[0] for r in vault.conn.execute(
        "SELECT id FROM cases ORDER BY reference, id")]
    persons, organisations = people_of(vault, case_ids)
    return {
        "format": "casevault",
        "version": FORMAT_VERSION,
        "exported_at": now(),
        "cases": [entry for batch in case_entries(vault, ids, digests) for entry in batch],
        "persons": revised(vault, "persons", persons, digests),
        "organisations": revised(vault, "organisations", organisations, digests),
        "taxonomy": taxonomy(),
    }


def revised(vault: Vault, table: str, records: list[Record], digests: bool = True) -> list[dict[str, Any]]:
    """Records of one table as exported, with their revisions."""
    vectors = vault.versions.vectors(table, [r.id for r in records])
    return [_dict(r, vectors[r.id], digests) for r in records]


def export_json(vault: Vault, path: str | os.PathLike[str], case_ids: list[str] | None = None) -> None:
    """Write the document to `path` atomically, a batch of cases at a time (exporters.interchange_stream).
    This file is plaintext: the caller warns the user."""
    from exporters.interchange_stream import write_document  # noqa: PLC0415 - it builds on this module

    atomic_write_with(Path(path), lambda fh: write_document(vault, fh, case_ids))


def import_json(vault: Vault, path: str | os.PathLike[str]) -> ImportResult:
    """Import an interchange file, read a part at a time (exporters.interchange_stream.import_file)."""
    from exporters.interchange_stream import import_file  # noqa: PLC0415 - it builds on this module

    try:
        size = os.path.getsize(path)
        if size > MAX_FILE:
            raise ValidationError(str(path), Notice("is {size} MB; an interchange file may hold at most {limit} MB "
                                                    "(exchange bigger vaults with a bundle)",
                                                    size=f"{size >> 20:,}", limit=f"{MAX_FILE >> 20:,}"))
        with open(path, "rb") as fh:
            return import_file(vault, fh)
    except OSError as exc:
        raise ValidationError(str(path), unreadable(exc)) from None


def place(line: int, column: int) -> Notice:
    """Where in a file's text a problem is."""
    return Notice("line {line}, column {column}", line=line, column=column)


def not_utf8(at: int) -> ValidationError:
    return ValidationError(Notice("byte {n}", n=at), Notice("the file is not UTF-8 text"))


TOO_DEEP = Notice("the JSON is nested too deeply")

# What Python's json module says of text it refuses (json.decoder and its C scanner), as notices.
_JSON_SAYS = {
    "Expecting value": Notice("Expecting value"),
    "Expecting ',' delimiter": Notice("Expecting ',' delimiter"),
    "Expecting ':' delimiter": Notice("Expecting ':' delimiter"),
    "Expecting property name enclosed in double quotes": Notice("Expecting property name enclosed in double quotes"),
    "Unterminated string starting at": Notice("Unterminated string starting at"),
    "Invalid control character at": Notice("Invalid control character at"),
    "Invalid \\escape": Notice("Invalid \\escape"),
    "Invalid \\uXXXX escape": Notice("Invalid \\uXXXX escape"),
    "Extra data": Notice("Extra data"),
}


def invalid_json(msg: str) -> Notice:
    """"invalid JSON: ..." with what json.JSONDecodeError said (its words as a notice where known)."""
    return Notice("invalid JSON: {why}", why=_JSON_SAYS.get(msg, msg))


def parse_document(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise not_utf8(exc.start) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(place(exc.lineno, exc.colno), invalid_json(exc.msg)) from None
    except RecursionError:
        raise ValidationError("", TOO_DEEP) from None


def json_path(parts: Any) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def refuse_newer(version: Any, where: str) -> None:
    """Refuse a document written by a newer CaseVault, saying which versions this one reads."""
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ValidationError(where, Notice("version {version} was written by a newer CaseVault; this one reads "
                                            "versions {versions}", version=version,
                                            versions=", ".join(map(str, READS))))


def check_document(doc: Any, where: str = "$") -> None:
    """Refuse (ValidationError naming the JSON path and saying what is wrong) a document this
    CaseVault cannot read. A document of version 1 or 2 is checked as it reads once upgraded."""
    if isinstance(doc, dict) and doc.get("format") == "casevault":
        refuse_newer(doc.get("version"), f"{where}.version")
    error = CHECK.first_error(upgraded(doc)[0] if earlier_version(doc) else doc)
    if error is not None:
        raise ValidationError(where + json_path(error.absolute_path)[1:], explain(error))


def earlier_version(doc: Any) -> bool:
    return isinstance(doc, dict) and doc.get("version") in (1, 2)


_LEGACY_DEFAULTS = {"exhibit": {"persons_recorded": False}}  # fields version 2 left out of digests at default


def upgraded(doc: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """A document of version 1 or 2 as version 3 (db.case_model_schema's upgrade of each record,
    as a vault's migration does it), and the digest each record had in its old form (to tell a
    record changed since its export from one that was only upgraded). Malformed parts are left as
    they are, for the schema to refuse with their place."""
    doc = dict(doc)
    digests: dict[str, str] = {}

    def upgrade(entity: str, item: Any, case_id: str | None = None) -> Any:
        if not isinstance(item, dict):
            return item
        old = {k: v for k, v in item.items() if k not in ("revision", "data")}
        if case_id is not None:
            old["case_id"] = case_id
        defaults = _LEGACY_DEFAULTS.get(entity, {})
        old = {k: v for k, v in old.items() if not (k in defaults and v == defaults[k])}
        if isinstance(item.get("id"), str):
            digests[item["id"]] = hashlib.sha256(canonical(old).encode()).hexdigest()
        return UPGRADES[entity](item) if entity in UPGRADES else item

    for key, entity in (("persons", "person"), ("organisations", "organisation")):
        if isinstance(doc.get(key), list):
            doc[key] = [upgrade(entity, p) for p in doc[key]]
    if isinstance(doc.get("cases"), list):
        cases = []
        for c in doc["cases"]:
            if isinstance(c, dict):
                c = dict(c)
                case_id = c.get("id") if isinstance(c.get("id"), str) else None
                fields = {k: v for k, v in c.items() if k not in {key for key, _, _ in CHILDREN}}
                c.update(upgrade("case", fields))
                for key, cls, _ in CHILDREN:
                    if isinstance(c.get(key), list):
                        c[key] = [upgrade(cls.entity, item, case_id) for item in c[key]]
            cases.append(c)
        doc["cases"] = cases
    doc["version"] = FORMAT_VERSION
    return doc, digests


def import_document(vault: Vault, doc: Any, digest: str = "") -> ImportResult:
    """Validate the whole document, then merge it in one transaction (see the module docstring)."""
    from db.merge import BundleContent, merge  # noqa: PLC0415

    check_document(doc)
    plan = Plan(vault, doc)
    content = BundleContent(digest or hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest(), "file",
                            digest, plan.incoming(), dict(plan.blobs), kind="file")
    report = merge(vault, content)
    older = [f"{entity} {record_id}" for entity, record_id in report.older]
    return ImportResult(len(doc["cases"]), len(doc["persons"]), len(doc["organisations"]),
                        report.created + report.updated + report.deleted, len(report.conflicts), older)


class Plan:
    """Builds and checks every record of a document before anything is written. With
    `rename_references` (bundles), a case reference already used here by another case is allowed:
    the merge renames it rather than refusing the whole bundle."""

    def __init__(self, vault: Vault, doc: dict[str, Any], *, rename_references: bool = False,
                 people: Plan | None = None, seen: set[str] | None = None, first_case: int = 0,
                 safe_point: Callable[[], None] | None = None) -> None:
        """`people`: the plan that checked this document's persons and organisations already (for
        its cases read in parts, with the ids seen so far in `seen` and the first one's index).
        `safe_point()`, if given, is called before each case and may raise to stop the work."""
        self.vault = vault
        self.safe_point = safe_point
        self.rename_references = rename_references
        self.legacy: dict[str, str] | None = None  # record id -> digest of its version-2 form
        if earlier_version(doc):
            doc, self.legacy = upgraded(doc)
        repos = vault.repos
        self.records: dict[str, list[Record]] = {}
        self.blobs: list[tuple[str, bytes]] = []
        self.revisions: dict[str, dict[str, Any] | None] = {}
        self.persons = [self._build(Person, d, f"$.persons[{n}]", repos.persons) for n, d in enumerate(doc["persons"])]
        self.orgs = [self._build(Organisation, d, f"$.organisations[{n}]", repos.organisations)
                     for n, d in enumerate(doc["organisations"])]
        self.cases: list[Case] = []
        self.person_ids = {p.id for p in self.persons} | (people.person_ids if people else set())
        self.org_ids = {o.id for o in self.orgs} | (people.org_ids if people else set())
        person_ids, org_ids = self.person_ids, self.org_ids
        seen_ids: set[str] = set() if seen is None else seen
        for r in [*self.persons, *self.orgs]:
            self._unique(r.id, seen_ids, "$")
        for n, c in enumerate(doc["cases"], first_case):
            if safe_point is not None:
                safe_point()
            where = f"$.cases[{n}]"
            fields = {k: v for k, v in c.items() if k not in _CHILD_KEYS}
            case = self._build(Case, fields, where, repos.cases)
            self._unique(case.id, seen_ids, where)
            self.cases.append(case)
            children: dict[str, list[Record]] = {}
            for key, cls, repo_name in CHILDREN:
                repo = getattr(repos, repo_name)
                built = []
                for m, d in enumerate(c.get(key, [])):
                    at = f"{where}.{key}[{m}]"
                    record = self._build(cls, d, at, repo, case.id)  # an exhibit's "data" is not a field
                    self._unique(record.id, seen_ids, at)
                    data = d.get("data")
                    if data is not None:
                        self.blobs.append((record.id, self._decode(record, data, at)))
                    built.append(record)
                children[key] = built
                self.records.setdefault(repo_name, []).extend(built)
            self._check_links(where, children, person_ids, org_ids)
        self._check_global_links(person_ids, org_ids)
        check_entities(vault, self.all_records())

    def all_records(self) -> list[Record]:
        """Every record of the document, in the order they can be written (references first)."""
        out: list[Record] = [*self.persons, *self.orgs, *self.cases]
        for _, _, repo_name in CHILDREN:
            out += self.records.get(repo_name, [])
        return out

    def incoming(self) -> list[Any]:
        """The document's records as db.merge takes them: each with the version it was exported at,
        marked as edited when its content no longer matches that version's digest."""
        from db.merge import Incoming  # noqa: PLC0415

        out = []
        for n, record in enumerate(self.all_records()):
            if self.safe_point is not None and n % 200 == 0:
                self.safe_point()
            revision = self.revisions.get(record.id)
            vector = None if revision is None else _whole_numbers(revision["vector"])
            digest = record_digest(record)
            then = self.legacy.get(record.id, digest) if self.legacy is not None else digest
            edited = revision is not None and "digest" in revision and then != revision["digest"]
            out.append(Incoming(record.entity, record.id, getattr(record, "case_id", None), record, vector,
                                record.author, record.updated_at, edited=edited, digest=digest))
        return out

    def _build(self, cls: type[Record], data: dict[str, Any], where: str, repo: Any, case_id: str | None = None) -> Any:
        """The record `data` describes (of the case `case_id`, for a record listed inside a case), checked."""
        data = _whole_numbers(data)
        if case_id is not None:
            data["case_id"] = case_id
        revision = data.pop("revision", None)
        wanted = data.get("reference")
        if cls is Case and self.rename_references:
            data["reference"] = f"\x00{data.get('id')}"  # the merge renames a reference used here
        try:
            record = cls.from_dict(data)
            repo.check(record)
        except ValidationError as exc:
            raise ValidationError(f"{where}.{exc.where}" if exc.where else where, exc.what) from None
        except (TypeError, ValueError) as exc:
            raise ValidationError(where, str(exc)) from None
        if cls is Case and self.rename_references:
            record.reference = wanted
        self.revisions[record.id] = revision
        return record

    @staticmethod
    def _unique(record_id: str, seen: set[str], where: str) -> None:
        if record_id in seen:
            raise ValidationError(f"{where}.id", Notice("id {id} appears twice in the file", id=repr(record_id)))
        seen.add(record_id)

    @staticmethod
    def _decode(exhibit: Any, data: str, where: str) -> bytes:
        try:
            raw = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            raise ValidationError(f"{where}.data", Notice("is not valid base64")) from None
        if hashlib.sha256(raw).hexdigest() != exhibit.sha256:
            raise ValidationError(f"{where}.data", Notice("the bytes do not match the exhibit's sha256"))
        if len(raw) != exhibit.size:
            raise ValidationError(f"{where}.size", Notice("is {size} but the data holds {n} bytes", size=exhibit.size,
                                                          n=len(raw)))
        return raw

    def _known(self, table: str, ids: set[str], record_id: str | None) -> bool:
        if record_id is None or record_id in ids:
            return True
        return self.vault.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone() is not None

    def _check_links(self, where: str, children: dict[str, list[Any]], person_ids: set[str],
                     org_ids: set[str]) -> None:
        """Every link of the case's records leads to a record in the file or the vault, and links to
        sources, exhibits, notices and extradition requests stay within the case."""
        in_case = {kind: {r.id for r in children[key]}
                   for kind, key in (("source", "sources"), ("exhibit", "exhibits"))}
        concerns = {r.id for key in ("interpol_notices", "extradition_requests") for r in children[key]}
        for key in ("exhibits", "sources"):
            numbers: set[int] = set()
            for m, r in enumerate(children[key]):
                if r.number is None:
                    continue
                if r.number in numbers:
                    label = f"E-{r.number}" if key == "exhibits" else f"[{r.number}]"
                    raise ValidationError(f"{where}.{key}[{m}].number", Notice("{label} is used twice in this case",
                                                                               label=label))
                numbers.add(r.number)
        # The ids each kind of link may lead to without asking the vault; any other is looked at closely.
        near: dict[str, set[str]] = {"person": person_ids, "organisation": org_ids, **in_case, "concern": concerns}

        def problem(value: str, kind: str) -> str | None:
            if kind == "person" and not self._known("persons", person_ids, value):
                return no_person(value)
            if kind == "organisation" and not self._known("organisations", org_ids, value):
                return no_organisation(value)
            if kind == "source" and value not in in_case[kind]:
                return Notice("no source of this case has id {id}", id=repr(value))
            if kind == "exhibit" and value not in in_case[kind]:
                return Notice("no exhibit of this case has id {id}", id=repr(value))
            if kind == "concern" and value not in concerns:
                return Notice("no Interpol notice or extradition request of this case has id {id}", id=repr(value))
            return None

        for key, _, _ in CHILDREN:
            for m, record in enumerate(children[key]):
                if any(value not in near.get(kind, (value,)) and problem(value, kind)
                       for value, kind in typed_links(record)):
                    for name, value, kind in named_links(record):  # again, to name the first broken link
                        what = problem(value, kind)
                        if what is not None:
                            raise ValidationError(f"{where}.{key}[{m}].{name}", what)

    def _check_global_links(self, person_ids: set[str], org_ids: set[str]) -> None:
        for n, p in enumerate(self.persons):
            for k, member in enumerate(p.member_ids):
                if not self._known("persons", person_ids, member):
                    raise ValidationError(f"$.persons[{n}].member_ids[{k}]", no_person(member))
        for n, o in enumerate(self.orgs):
            if o.parent_id and not self._known("organisations", org_ids, o.parent_id):
                raise ValidationError(f"$.organisations[{n}].parent_id", no_organisation(o.parent_id))


def no_person(record_id: str) -> Notice:
    return Notice("no person has id {id}", id=repr(record_id))


def no_organisation(record_id: str) -> Notice:
    return Notice("no organisation has id {id}", id=repr(record_id))


def _whole_numbers(values: dict[str, Any]) -> dict[str, Any]:
    """A copy of a record's fields or of a version vector, a whole number written 2.0 (an integer to
    JSON Schema, which lets it through) as 2: the vault stores counters as text and reads them back
    as integers, and 1.0 is 1 to a record's digest. Rare, so looked for before copying."""
    if float in map(type, values.values()):
        return {k: int(v) if type(v) is float and v.is_integer() else v for k, v in values.items()}
    return dict(values)


def check_entities(vault: Vault, records: list[Record]) -> None:
    """Refuse a record whose id this vault already uses for a record of another kind (live or
    deleted): ids are unique across all kinds, or later bundles of this vault would carry one id twice."""
    conn = vault.conn
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS incoming_ids (id TEXT PRIMARY KEY, entity TEXT NOT NULL) "
                 "WITHOUT ROWID")
    try:
        conn.execute("INSERT OR REPLACE INTO temp.incoming_ids(id, entity) SELECT value ->> 0, value ->> 1 "
                     "FROM json_each(?)", (orjson.dumps([(r.id, r.entity) for r in records]).decode(),))
        tables = {**{repo.table: entity for entity, repo in vault.repos.by_entity().items()}}
        for table, entity in tables.items():
            row = conn.execute(f"SELECT i.id, i.entity FROM temp.incoming_ids i JOIN {table} t ON t.id = i.id "
                               "WHERE i.entity != ? LIMIT 1", (entity,)).fetchone()
            if row is not None:
                raise ValidationError("id", Notice("{entity} {id} has the id of a {other} in this vault; nothing was "
                                                   "imported", entity=entity_name(row[1]), id=row[0],
                                                   other=entity_name(entity)))
        row = conn.execute("SELECT i.id, i.entity, t.entity FROM temp.incoming_ids i JOIN tombstones t "
                           "ON t.entity_id = i.id WHERE i.entity != t.entity LIMIT 1").fetchone()
        if row is not None:
            raise ValidationError("id", Notice("{entity} {id} has the id of a deleted {other}; nothing was imported",
                                               entity=entity_name(row[1]), id=row[0], other=entity_name(row[2])))
    finally:
        conn.execute("DELETE FROM temp.incoming_ids")
