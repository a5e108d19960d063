"""The interchange format (docs/interchange.md): a versioned JSON document carrying whole vault
contents. Export then import round-trips exactly: ids, timestamps and authors are kept. Import is
one transaction; a malformed or invalid document is refused with the JSON path (or line) and what
is wrong, and the vault is left unchanged. Ids that already exist are updated, never duplicated."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema

from db.errors import ValidationError
from db.models import (
    Case,
    Exhibit,
    Incident,
    Intervention,
    Note,
    Organisation,
    Person,
    Record,
    Role,
    Source,
    Task,
)
from db.repository import chunks, record_dict
from exporters.atomic import atomic_write
from exporters.interchange_schema import FORMAT_VERSION, SCHEMA

if TYPE_CHECKING:
    from db.vault import Vault

# Lists nested inside each case, in the order they are written on import (references first).
CHILDREN: tuple[tuple[str, type[Record], str], ...] = (
    ("roles", Role, "roles"),
    ("sources", Source, "sources"),
    ("exhibits", Exhibit, "exhibits"),
    ("incidents", Incident, "incidents"),
    ("interventions", Intervention, "interventions"),
    ("notes", Note, "notes"),
    ("tasks", Task, "tasks"),
)
_VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


@dataclass
class ImportResult:
    cases: int
    persons: int
    organisations: int
    written: int  # records created or changed; 0 when the vault already held the same data


def _child_dict(record: Record) -> dict[str, Any]:
    d = record_dict(record)
    d.pop("case_id", None)
    return d


BATCH = 500  # cases whose records are loaded together


def _children(vault: Vault, repo: Any, case_ids: list[str]) -> dict[str, list[Record]]:
    """Each case's records of one entity, in the order repo.for_case gives them."""
    marks = ",".join("?" * len(case_ids))
    rows = vault.conn.execute(f"SELECT id, case_id FROM {repo.table} WHERE case_id IN ({marks}) "
                              f"ORDER BY {repo.order_by}", case_ids).fetchall()
    records = repo.get_many([r[0] for r in rows])
    out: dict[str, list[Record]] = {}
    for record_id, case_id in rows:
        out.setdefault(case_id, []).append(records[record_id])
    return out


def export_document(vault: Vault, case_ids: list[str] | None = None) -> dict[str, Any]:
    """The vault (or the given cases, in this order, and every person/organisation they mention)
    as a document. Records are loaded for BATCH cases at a time, not one case at a time: a
    10,000-case bundle takes seconds, not tens of seconds. Call on the thread that opened the vault."""
    from db.vault import now  # noqa: PLC0415

    repos = vault.repos
    if case_ids is None:
        case_ids = [r[0] for r in vault.conn.execute("SELECT id FROM cases ORDER BY reference, id")]
    cases: list[dict[str, Any]] = []
    person_ids: set[str] = set()
    org_ids: set[str] = set()
    for part in chunks(case_ids, BATCH):
        part = list(part)
        loaded = repos.cases.get_many(part)
        lists = {key: _children(vault, getattr(repos, name), part) for key, _, name in CHILDREN}
        exhibit_ids = [e.id for records in lists["exhibits"].values() for e in records]
        blobs: dict[str, bytes] = {}
        for ids in chunks(exhibit_ids):
            blobs.update(vault.conn.execute(f"SELECT exhibit_id, data FROM exhibit_data WHERE exhibit_id IN "
                                            f"({','.join('?' * len(ids))})", list(ids)).fetchall())
        for case_id in part:
            entry = record_dict(loaded[case_id])
            for key, _, _ in CHILDREN:
                records = lists[key].get(case_id, [])
                entry[key] = [_child_dict(r) for r in records]
                for r in records:
                    _mentions(r, person_ids, org_ids)
            for ex in entry["exhibits"]:
                ex["data"] = base64.b64encode(bytes(blobs[ex["id"]])).decode("ascii")
            cases.append(entry)
    if len(case_ids) == repos.cases.count():  # whole vault: include persons not (yet) in any case
        persons = list(repos.persons.all())
        organisations = list(repos.organisations.all())
    else:
        persons = list(repos.persons.get_many(sorted(person_ids)).values())
        organisations = list(repos.organisations.get_many(sorted(org_ids)).values())
    return {
        "format": "casevault",
        "version": FORMAT_VERSION,
        "exported_at": now(),
        "cases": cases,
        "persons": [record_dict(p) for p in sorted(persons, key=lambda p: (p.name, p.id))],
        "organisations": [record_dict(o) for o in sorted(organisations, key=lambda o: (o.name, o.id))],
    }


def _mentions(record: Record, person_ids: set[str], org_ids: set[str]) -> None:
    if isinstance(record, Role):
        person_ids.add(record.person_id)
    elif isinstance(record, Incident):
        if record.targeted_person_id:
            person_ids.add(record.targeted_person_id)
        for a in record.actors:
            if a.person_id:
                person_ids.add(a.person_id)
            if a.organisation_id:
                org_ids.add(a.organisation_id)
    elif isinstance(record, Exhibit):
        person_ids.update(record.shows_person_ids)


def export_json(vault: Vault, path: str | os.PathLike[str], case_ids: list[str] | None = None) -> None:
    """Write the document to `path` atomically. This file is plaintext: the caller warns the user."""
    doc = export_document(vault, case_ids)
    data = json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")
    atomic_write(Path(path), data)


def import_json(vault: Vault, path: str | os.PathLike[str]) -> ImportResult:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(str(path), f"cannot be read ({exc.strerror or exc})") from None
    return import_document(vault, parse_document(raw))


def parse_document(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(f"byte {exc.start}", "the file is not UTF-8 text") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"line {exc.lineno}, column {exc.colno}", f"invalid JSON: {exc.msg}") from None
    except RecursionError:
        raise ValidationError("", "the JSON is nested too deeply") from None


def json_path(parts: Any) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def import_document(vault: Vault, doc: Any) -> ImportResult:
    """Validate the whole document, then write it in one transaction."""
    if isinstance(doc, dict) and doc.get("format") == "casevault" and isinstance(doc.get("version"), int) \
            and doc["version"] > FORMAT_VERSION:
        raise ValidationError("$.version", f"version {doc['version']} was written by a newer CaseVault; "
                                           f"this one reads version {FORMAT_VERSION}")
    error = jsonschema.exceptions.best_match(_VALIDATOR.iter_errors(doc))
    if error is not None:
        raise ValidationError(json_path(error.absolute_path), error.message)
    plan = _Plan(vault, doc)
    with vault.write():
        written = plan.write()
    return ImportResult(len(doc["cases"]), len(doc["persons"]), len(doc["organisations"]), written)


class _Plan:
    """Builds and checks every record of a document before anything is written."""

    def __init__(self, vault: Vault, doc: dict[str, Any]) -> None:
        self.vault = vault
        repos = vault.repos
        self.records: dict[str, list[Record]] = {}
        self.blobs: list[tuple[str, bytes]] = []
        self.persons = [self._build(Person, d, f"$.persons[{n}]", repos.persons) for n, d in enumerate(doc["persons"])]
        self.orgs = [self._build(Organisation, d, f"$.organisations[{n}]", repos.organisations)
                     for n, d in enumerate(doc["organisations"])]
        self.cases: list[Case] = []
        person_ids = {p.id for p in self.persons}
        org_ids = {o.id for o in self.orgs}
        seen_ids: set[str] = set()
        for r in [*self.persons, *self.orgs]:
            self._unique(r.id, seen_ids, "$")
        for n, c in enumerate(doc["cases"]):
            where = f"$.cases[{n}]"
            fields = {k: v for k, v in c.items() if k not in dict.fromkeys(k for k, _, _ in CHILDREN)}
            case = self._build(Case, fields, where, repos.cases)
            self._unique(case.id, seen_ids, where)
            self.cases.append(case)
            children: dict[str, list[Record]] = {}
            for key, cls, repo_name in CHILDREN:
                repo = getattr(repos, repo_name)
                built = []
                for m, d in enumerate(c[key]):
                    d = dict(d)
                    data = d.pop("data", None)
                    record = self._build(cls, {**d, "case_id": case.id}, f"{where}.{key}[{m}]", repo)
                    self._unique(record.id, seen_ids, f"{where}.{key}[{m}]")
                    if data is not None:
                        self.blobs.append((record.id, self._decode(record, data, f"{where}.{key}[{m}]")))
                    built.append(record)
                children[key] = built
                self.records.setdefault(repo_name, []).extend(built)
            self._check_links(where, children, person_ids, org_ids)

    def _build(self, cls: type[Record], data: dict[str, Any], where: str, repo: Any) -> Any:
        try:
            record = cls.from_dict(data)
            repo.validate(record)
        except ValidationError as exc:
            raise ValidationError(f"{where}.{exc.where}" if exc.where else where, exc.what) from None
        except (TypeError, ValueError) as exc:
            raise ValidationError(where, str(exc)) from None
        return record

    @staticmethod
    def _unique(record_id: str, seen: set[str], where: str) -> None:
        if record_id in seen:
            raise ValidationError(f"{where}.id", f"id {record_id!r} appears twice in the file")
        seen.add(record_id)

    @staticmethod
    def _decode(exhibit: Any, data: str, where: str) -> bytes:
        try:
            raw = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            raise ValidationError(f"{where}.data", "is not valid base64") from None
        if hashlib.sha256(raw).hexdigest() != exhibit.sha256:
            raise ValidationError(f"{where}.data", "the bytes do not match the exhibit's sha256")
        if len(raw) != exhibit.size:
            raise ValidationError(f"{where}.size", f"is {exhibit.size} but the data holds {len(raw)} bytes")
        return raw

    def _known(self, table: str, ids: set[str], record_id: str | None) -> bool:
        if record_id is None or record_id in ids:
            return True
        return self.vault.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone() is not None

    def _check_links(self, where: str, children: dict[str, list[Any]], person_ids: set[str],
                     org_ids: set[str]) -> None:
        source_ids = {s.id for s in children["sources"]}
        exhibit_ids = {e.id for e in children["exhibits"]}
        for m, role in enumerate(children["roles"]):
            if not self._known("persons", person_ids, role.person_id):
                raise ValidationError(f"{where}.roles[{m}].person_id", f"no person has id {role.person_id!r}")
        for m, e in enumerate(children["exhibits"]):
            for pid in e.shows_person_ids:
                if not self._known("persons", person_ids, pid):
                    raise ValidationError(f"{where}.exhibits[{m}].shows_person_ids", f"no person has id {pid!r}")
        for m, inc in enumerate(children["incidents"]):
            at = f"{where}.incidents[{m}]"
            if not self._known("persons", person_ids, inc.targeted_person_id):
                raise ValidationError(f"{at}.targeted_person_id", f"no person has id {inc.targeted_person_id!r}")
            for k, a in enumerate(inc.actors):
                if not (self._known("persons", person_ids, a.person_id)
                        and self._known("organisations", org_ids, a.organisation_id)):
                    raise ValidationError(f"{at}.actors[{k}]", "names a person or organisation not in the file")
            for k, sid in enumerate(inc.source_ids):
                if sid not in source_ids:
                    raise ValidationError(f"{at}.source_ids[{k}]", f"no source of this case has id {sid!r}")
            for k, eid in enumerate(inc.exhibit_ids):
                if eid not in exhibit_ids:
                    raise ValidationError(f"{at}.exhibit_ids[{k}]", f"no exhibit of this case has id {eid!r}")

    def write(self) -> int:
        repos = self.vault.repos
        written = repos.persons.put_many(self.persons) + repos.organisations.put_many(self.orgs)
        written += repos.cases.put_many(self.cases)
        for _, _, repo_name in CHILDREN:
            written += getattr(repos, repo_name).put_many(self.records.get(repo_name, []))
        for exhibit_id, data in self.blobs:
            self.vault.conn.execute("INSERT OR REPLACE INTO exhibit_data(exhibit_id, data) VALUES (?, ?)",
                                    (exhibit_id, data))
        return written
