"""Importing a sheet (exporters.tables_read) into cases, their target persons (and other persons a
row names, with their role), incidents, sources and outcomes, through a mapping
(exporters.tables_mapping).

Two steps, so that nothing is written before the user has seen what will be:
- `plan_import` reads every row, reports every problem by row and column (a value no vocabulary
  knows, a country or a date that cannot be read, a case whose rows disagree), lists the values to
  map once, proposes persons that are the same person spelt differently (谢卫东, 謝衛東, Xie Weidong,
  XIE Wei-dong: db.names, the search's normalisation), and counts what would be created, changed or
  left as it is. It writes nothing.
- `apply_import` merges the plan's records in one transaction through db.merge, the import of
  interchange files and bundles (its rules, audit entry and search index). A plan with errors is
  refused whole.

Records get ids derived from the mapping's namespace and the row's key (UUID 5), so running the same
sheet again updates the same records and never duplicates them. A record already in the vault takes
only the fields this mapping fills; what the vault holds in the others is kept. Each field is judged
against what a sheet said about it before (db.sheet_bases): a field only the sheet changed becomes a
new version of the record, one the vault changed since keeps the vault's value, and one both changed
makes the record a conflict that a person resolves.

Incidents are keyed by the incident key column, or else by their place among the case's rows
(one row per incident) or by their tactic (one row per case, one incident per tactic listed).

Thread rule: call on the thread that opened the vault (off the GUI thread: big sheets take seconds)."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from db import sheet_bases
from db.errors import ValidationError
from db.models import Case, Incident, Outcome, Person, Place, Record, Role, Source
from db.names import key_signatures as _signatures
from db.names import name_keys
from db.normalise import fold
from db.notices import Notice, said
from db.repository import MAX_INT, MAX_ITEMS, MAX_TEXT, check_limits, record_digest
from db.sheet_bases import fingerprint
from db.vocab import RELATED_ROLES
from exporters.bulk import without_gc
from exporters.tables_mapping import (
    LIST_FIELDS,
    RELATIVE_PARTS,
    RELATIVE_SLOTS,
    Mapping,
    base_field,
    relative_field,
)
from exporters.tables_read import Table
from exporters.tables_values import (
    FIELD_SYNONYMS,
    FIELD_VOCABULARIES,
    VocabIndex,
    country,
    implied_sex,
    parse_date,
    split_list,
    unique,
)
from exporters.tables_values import (
    forget as forget_values,
)

if TYPE_CHECKING:
    from db.vault import Vault

NAMESPACE = uuid.UUID("6f1f5b8e-0c7a-5d2e-9b33-7a1c2e4d9f10")  # of every id a sheet import derives
Progress = Callable[[int, int], object]


def stable_id(namespace: str, first: str, *parts: str) -> str:
    """uuid.uuid5(NAMESPACE, namespace and the parts joined by U+001F), written out directly: an
    import makes hundreds of thousands of them, and uuid.UUID's checks were a tenth of a dry run."""
    h = _hasher(namespace).copy()
    h.update("\x1f".join((first, *parts)).encode())
    x = h.hexdigest()
    # version 5 in the first digit of the third group, the RFC 4122 variant in that of the fourth
    return f"{x[:8]}-{x[8:12]}-5{x[13:16]}-{_VARIANT[x[16]]}{x[17:20]}-{x[20:32]}"


@functools.lru_cache(maxsize=64)
def _hasher(namespace: str) -> Any:
    """SHA-1 over NAMESPACE and `namespace` and the separator, ready to take a record's parts."""
    return hashlib.sha1(NAMESPACE.bytes + namespace.encode() + b"\x1f")


_VARIANT = {d: "89ab"[int(d, 16) & 3] for d in "0123456789abcdef"}  # (d & 0x3) | 0x8


@dataclass(frozen=True)
class Problem:
    row: int  # the sheet's row number (0: the whole sheet)
    column: str  # the column's header ("" for the whole row)
    message: str
    error: bool = True  # False: a warning; the import can go on

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row else "sheet"
        where += f", column {self.column!r}" if self.column else ""
        return f"{where}: {self.message}"


@dataclass
class Unmatched:
    """A value of a vocabulary field that matched no key nor label: the user maps it once
    (Mapping.values) and imports again."""

    field: str
    value: str
    rows: list[int]


@dataclass
class Duplicate:
    """Persons that may be one person: their names are the same under db.names (scripts, tones,
    order, case, hyphens). `existing` ids are already in the vault."""

    names: list[str]
    rows: list[int]
    person_ids: list[str]
    existing: list[str]

    @property
    def keep_id(self) -> str:
        return (self.existing or self.person_ids)[0]


@dataclass
class ImportPlan:
    mapping: Mapping
    rows: int
    problems: list[Problem] = field(default_factory=list)
    unmatched: list[Unmatched] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)  # everything to write, references first
    existing: dict[str, Record] = field(default_factory=dict)  # the vault's versions of records it holds
    created: dict[str, int] = field(default_factory=dict)  # entity -> records new to the vault
    updated: dict[str, int] = field(default_factory=dict)  # entity -> records whose fields change
    unchanged: int = 0
    conflicts: dict[str, int] = field(default_factory=dict)  # entity -> records both the sheet and the vault changed
    kept: int = 0  # records whose newer vault values are kept over the sheet's older ones
    conflicted: dict[str, tuple[str, ...]] = field(default_factory=dict)  # record id -> the fields the sheet changes
    said: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (record id, the sheet's values) to store
    stored_bases: dict[str, str] = field(default_factory=dict)  # what the last import said (db.sheet_bases)
    merged: int = 0  # sheet persons folded into another one
    digest: str = ""  # SHA-256 of the sheet file, recorded in the audit trail

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.error]

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        def counts(d: dict[str, int]) -> str:
            return ", ".join(f"{n} {entity}(s)" for entity, n in sorted(d.items())) or "nothing"
        return (f"{self.rows} row(s): would create {counts(self.created)}; would change {counts(self.updated)}; "
                f"{self.unchanged} record(s) unchanged; {self.kept} record(s) changed in the vault since kept as "
                f"they are; {sum(self.conflicts.values())} conflict(s) to resolve; {len(self.errors)} error(s), "
                f"{len(self.problems) - len(self.errors)} warning(s), {len(self.duplicates)} possible duplicate "
                f"person(s)")


@dataclass
class ImportOutcome:
    cases: int
    written: int
    conflicts: int
    merged_persons: int


class _Row:
    """One row's cells by field, and the problems found reading it."""

    def __init__(self, builder: _Builder, number: int, cells: dict[str, tuple[str, str]]) -> None:
        self.b = builder
        self.number = number
        self.cells = cells  # field -> (header, text)
        self.texts = {**builder.defaults, **{f: t for f, (_, text) in cells.items() if (t := text.strip())}}

    def text(self, name: str) -> str:
        """The cell's text, trimmed, or the mapping's default for the field ("" for none)."""
        return self.texts.get(name, "")

    def list(self, name: str) -> list[str]:
        return split_list(self.text(name), self.b.mapping.separator)

    def header(self, name: str) -> str:
        cell = self.cells.get(name)
        return cell[0] if cell else f"(default {name})"

    def problem(self, name: str, message: str, error: bool = True) -> None:
        self.b.plan.problems.append(Problem(self.number, self.header(name) if name else "", message, error))

    def vocab(self, name: str) -> str | None:
        if name not in self.texts:
            return None
        values = self.vocabs(name)
        return values[0] if values else None

    def vocabs(self, name: str) -> list[str]:
        text = self.text(name)
        if not text:
            return []
        out = []
        whole = self.b.find(name, text)  # a label may hold a comma
        listed = name in LIST_FIELDS and whole is None
        for part in split_list(text, self.b.mapping.separator) if listed else [text]:
            key = self.b.find(name, part)
            if key is None:
                self.b.unmatched.setdefault((name, part), []).append(self.number)
                self.problem(name, _not_listed(part))
            elif key:
                out.append(key)
        return unique(out)

    def each(self, name: str, count: int) -> list[str] | None:
        """A vocabulary cell giving one value for each of `count` things, or one for them all ("" for
        none); None, with the problem reported, when it cannot be read so. A relative slot's field
        is read with the first slot's vocabulary and values (tables_mapping.base_field)."""
        parts = self.list(name)
        if not parts:
            return [""] * count
        if len(parts) not in (1, count):
            self.problem(name, Notice("lists {n} values for {count} persons; give one for all, or one for each in "
                                      "the same order", n=len(parts), count=count))
            return None
        vocab = base_field(name)
        keys = []
        for part in parts:
            key = self.b.find(vocab, part)
            if key is None:
                self.b.unmatched.setdefault((vocab, part), []).append(self.number)
                self.problem(name, _not_listed(part))
                return None
            keys.append(key)
        return keys * count if len(keys) == 1 else keys

    def country(self, name: str) -> list[str]:
        text = self.text(name)
        if not text:
            return []
        out = []
        for part in split_list(text, self.b.mapping.separator) if name in LIST_FIELDS else [text]:
            code = self.b.country(part)
            if isinstance(code, ValueError):
                self.b.unmatched.setdefault((name, part.strip()), []).append(self.number)
                self.problem(name, said(code))
            elif code:
                out.append(code)
        return unique(out)

    def date(self, name: str) -> tuple[str | None, str | None, str]:
        text = self.text(name)
        if not text:
            return None, None, ""
        try:
            d = parse_date(text, self.b.mapping.day_first)
        except ValueError as exc:
            self.problem(name, said(exc))
            return None, None, ""
        return d.start, d.end, d.qualifier


class _Builder:
    def __init__(self, vault: Vault, table: Table, mapping: Mapping) -> None:
        self.vault = vault
        self.table = table
        self.mapping = mapping
        self.plan = ImportPlan(mapping, len(table.rows), digest=table.digest)
        self.unmatched: dict[tuple[str, str], list[int]] = {}
        self._indexes: dict[str, VocabIndex] = {}
        self.values: dict[str, dict[str, Any]] = {}  # record id -> fields set from the sheet
        self.kinds: dict[str, type[Record]] = {}
        self.rows_of: dict[str, list[int]] = {}  # record id -> rows it came from
        self.order: list[str] = []
        self.spellings: dict[str, list[str]] = {}  # person id -> names from the sheet
        self.target_of: dict[str, str] = {}  # case id -> its first target's person id
        self.case_keys: dict[str, str] = {}  # case id -> its key in the sheet
        self.cell_bases: dict[str, sheet_bases.Fields] = {}  # record id -> its row's version cell
        self.stored_bases: dict[str, str] = {}  # record id -> what the last import said, as stored
        self.vault_tag = sheet_bases.vault_tag(vault)  # of our own version cells
        self.mixed_cells: set[str] = set()  # records whose rows carry different version cells
        self.slot_of: dict[str, str] = {}  # person id -> the fields that named them ("target", "relative2"...)
        self.repos = vault.repos.by_entity()
        self.defaults = {f: t for f, v in mapping.defaults.items() if (t := v.strip())}
        self.found: dict[tuple[str, str], str | None] = {}  # (field, typed value) -> vocabulary key
        self.countries: dict[str, str | ValueError] = {}  # typed country -> ISO code, or why none
        self.now = _now()

    def find(self, name: str, text: str) -> str | None:
        known = self.found.get((name, text), "\x00")
        if known == "\x00":
            known = self.found[(name, text)] = self.index(name).find(text)
        return known

    def country(self, text: str) -> str | ValueError:
        """The ISO code of a typed country (tables_values.country), or why there is none."""
        known = self.countries.get(text)
        if known is None:
            try:
                known = country(text, self.mapping.countries)
            except ValueError as exc:
                known = exc
            self.countries[text] = known
        return known

    def index(self, name: str) -> VocabIndex:
        if name not in self._indexes:
            extra = {**FIELD_SYNONYMS.get(name, {}), **self.mapping.values.get(name, {})}
            self._indexes[name] = VocabIndex(FIELD_VOCABULARIES[name], extra)
        return self._indexes[name]

    def put(self, cls: type[Record], record_id: str, row: _Row, values: dict[str, Any],
            said: frozenset[str] = frozenset()) -> None:
        """Fields of one record from one row; a second row of the same record fills what is still
        empty and is warned about where it disagrees. An empty value is no value, except for the
        fields in `said` (the parts of a date the row gives: "2015" says there is no end date)."""
        held = self.values.get(record_id)
        if held is None:  # most records come from one row
            self.values[record_id] = {name: value for name, value in values.items()
                                      if value or value == 0 or name in said}
            self.kinds[record_id] = cls
            self.order.append(record_id)
            self.rows_of[record_id] = [row.number]
            return
        if said and said <= held.keys():  # an earlier row gave the date: it stays whole
            if any(held[n] != values.get(n) for n in said):
                row.problem("", Notice("the date differs from an earlier row's with the same key; the earlier date "
                                       "is kept"), error=False)
            values = {n: v for n, v in values.items() if n not in said}
        for name, value, kept in _fill(held, values, said):
            if cls in (Case, Person):
                self.plan.problems.append(Problem(
                    row.number, self.header_of(cls.entity, name, record_id),
                    Notice("is {value} here but {kept} in an earlier row with the same key; the earlier value is kept",
                           value=repr(value), kept=repr(kept)), False))
        self.rows_of[record_id].append(row.number)

    # -- reading rows --------------------------------------------------------------------------

    def read(self, progress: Progress | None) -> None:
        m = self.mapping
        headers = self.table.headers
        wanted = {h: f for h, f in m.columns.items() if f != "ignore"}
        missing = [h for h in wanted if h not in headers]
        for h in missing:
            self.plan.problems.append(Problem(0, h, Notice("the mapping names this column but the sheet has none"),
                                              False))
        if m.key not in headers:
            raise ValidationError("key", f"the key column {m.key!r} is not in the sheet (its columns: "
                                         f"{', '.join(headers)})")
        positions = [(headers.index(h), h, f) for h, f in wanted.items() if h in headers]
        key_at = headers.index(m.key)
        ordinal: dict[str, int] = {}
        total = len(self.table.rows)
        for n, (number, cells) in enumerate(zip(self.table.row_numbers, self.table.rows, strict=True)):
            row = _Row(self, number, {f: (h, cells[k]) for k, h, f in positions})
            key = " ".join(cells[key_at].split())
            if not key:
                row.problem("", Notice("has no value in the key column {key}; the row is not imported",
                                       key=repr(m.key)))
                continue
            ordinal[key] = ordinal.get(key, 0) + 1
            self.row(row, key, ordinal[key])
            if progress is not None and n % 2000 == 0:
                progress(n, total)
        self.plan.unmatched = [Unmatched(f, v, rows) for (f, v), rows in self.unmatched.items()]

    def row(self, row: _Row, key: str, ordinal: int) -> None:
        m, ns = self.mapping, self.mapping.namespace
        case_id = row.text("case.id") or stable_id(ns, "case", key)
        try:
            uuid.UUID(case_id)
        except ValueError:
            row.problem("case.id", Notice("{value} is not a CaseVault id", value=repr(case_id)))
            return
        version = self.version(row)
        if version is not None and m.rows == "case":
            self.cell_base(case_id, version)
        host = row.country("case.host_country")
        places = [Place(country=c, city=row.text("incident.city")) for c in row.country("incident.country")]
        if not places and row.text("incident.city"):
            places = [Place(city=row.text("incident.city"))]
        if not host and "case.host_country" not in m.fields():  # where the incidents took place
            host = [p.country for p in places if p.country][:1]
        origin = row.country("case.origin_country")
        outcome = row.vocab("outcome.outcome")
        self.put(Case, case_id, row, {
            "reference": row.text("case.reference"), "title": row.text("case.title"),
            "status": row.vocab("case.status"), "priority": row.vocab("case.priority"),
            "confidentiality": row.vocab("case.confidentiality"), "campaign": row.vocab("case.campaign"),
            "origin_country": origin[0] if origin else "", "host_country": host[0] if host else "",
            "region": row.text("case.region"), "summary": row.text("case.summary"),
            "outcome": row.vocab("case.outcome") or outcome, "tags": row.list("case.tags")})
        self.case_keys.setdefault(case_id, key)
        target = self.person(row, key, case_id)
        self.relatives(row, key, case_id)
        sources = self.sources(row, key, case_id)
        tactics = row.vocabs("incident.tactic")
        if m.rows == "incident" and not row.text("incident.tactic"):
            row.problem("incident.tactic" if "incident.tactic" in row.cells else "",
                        Notice("has no tactic; the incident is recorded as \"other\""), error=False)
            tactics = ["other"]
        start, end, qualifier = row.date("incident.date")
        if row.text("incident.date_end"):
            end = row.date("incident.date_end")[0]
        incident_key = row.text("incident.key") or (str(ordinal) if m.rows == "incident" else "")
        given = row.text("incident.id")
        if version is not None and given and m.rows == "incident":
            self.cell_base(given, version)
        for n, tactic in enumerate(tactics):
            part = f"{incident_key}\x1f{n}" if incident_key else tactic
            incident_id = given if given and n == 0 else stable_id(ns, "incident", key, part)
            self.put(Incident, incident_id, row, {
                "case_id": case_id, "tactic": tactic, "date_start": start, "date_end": end,
                "date_qualifier": qualifier, "places": places, "description": row.text("incident.description"),
                "verification": row.vocab("incident.verification"),
                "host_involvement": row.vocab("incident.host_involvement"),
                "target_ids": [target] if target else [], "source_ids": sources},
                     _INCIDENT_DATE if row.text("incident.date") else frozenset())
        if outcome:
            o_start, _, o_qualifier = row.date("outcome.date")
            self.put(Outcome, stable_id(ns, "outcome", key, outcome), row, {
                "case_id": case_id, "outcome": outcome, "date": o_start, "date_qualifier": o_qualifier,
                "source_ids": sources}, _OUTCOME_DATE if row.text("outcome.date") else frozenset())

    def cell_base(self, rid: str, fields: sheet_bases.Fields) -> None:
        """A record's version cell: its first row's, as its values are (put); none at all when two of
        its rows carry different ones (which one gave which value cannot be told)."""
        if rid in self.mixed_cells:
            return
        held = self.cell_bases.setdefault(rid, fields)
        if held != fields:
            del self.cell_bases[rid]
            self.mixed_cells.add(rid)

    def version(self, row: _Row) -> sheet_bases.Fields | None:
        """The row's version cell (exporters.tables_export writes one into each row of its cases and
        incidents): what the row said about its record when it was exported."""
        text = row.text("record.version")
        if not text:
            return None
        try:
            tag, fields = sheet_bases.from_text(text)
        except ValueError:
            row.problem("record.version", Notice("is not a version CaseVault wrote; the row is compared with the "
                                                 "vault as a sheet made elsewhere"), error=False)
            return None
        return fields if tag and tag == self.vault_tag else None  # another vault's record, not ours

    def person(self, row: _Row, key: str, case_id: str) -> str | None:
        name, original = row.text("target.name"), row.text("target.name_original")
        if not name and not original:
            return None
        ns = self.mapping.namespace
        person_id = stable_id(ns, "person", key, " ".join(fold(name or original).split()))
        size_text = row.text("target.group_size")
        size = None
        if size_text:
            try:
                size = int(float(size_text))
                if size < 1:
                    raise ValueError
            except ValueError:
                row.problem("target.group_size", Notice("{value} is not a number of people", value=repr(size_text)))
        kind = row.vocab("target.kind") or ("group" if size and size > 1 else None)
        birth = row.date("target.birth_date")[0]
        self.put(Person, person_id, row, {
            "name": name or original, "name_original": original if name else "",
            "aliases": row.list("target.aliases"), "sex": row.vocab("target.sex"),
            "birth_date": birth, "citizenships": row.country("target.citizenships"),
            "residence_status": row.vocab("target.residence_status"), "occupation": row.text("target.occupation"),
            "consent": row.vocab("target.consent"), "categories": row.vocabs("target.categories"),
            "kind": kind, "group_size": size if kind == "group" else None})
        self.spellings.setdefault(person_id, [])
        self.slot_of.setdefault(person_id, "target")
        self.spellings[person_id] = unique([*self.spellings[person_id], name, original])
        self.target_of.setdefault(case_id, person_id)
        self.put(Role, stable_id(ns, "role", key, person_id, "target"), row,
                 {"case_id": case_id, "person_id": person_id, "role": "target"})
        return person_id

    @functools.cached_property
    def relative_slots(self) -> list[tuple[str, ...]]:
        """The fields of each relative slot the mapping fills (tables_mapping.RELATIVE_PARTS order)."""
        filled = self.mapping.fields()
        slots = [tuple(relative_field(n, part) for part in RELATIVE_PARTS) for n in range(1, RELATIVE_SLOTS + 1)]
        return [fields for fields in slots if filled.intersection(fields)]

    def relatives(self, row: _Row, key: str, case_id: str) -> None:
        """The other persons a row names, each with a role in the case: a relative unless the role
        column says otherwise (an associate for a friend, colleague, partner or employer), with their
        relation to the target ("unknown" when none is given), sex, date of birth and consent. Each
        relative slot of the mapping (tables_mapping.RELATIVE_SLOTS: a "Father" column, a "Mother"
        column...) is read on its own; a slot's cell may list several persons, whose names, original
        names, relations, roles, sexes, consents and dates of birth are then paired by their order
        (one relation, role, sex or consent serves them all; dates of birth are one for each). A
        relation word that says a sex ("mother", "père", "儿子") gives it when no sex is given. A
        person is the same whichever slot names them: their id comes from the case and their name."""
        for fields in self.relative_slots:
            self._relative_slot(row, key, case_id, *fields)

    def _relative_slot(self, row: _Row, key: str, case_id: str, f_name: str, f_original: str, f_relation: str,
                       f_role: str, f_sex: str, f_birth: str, f_consent: str, f_notes: str) -> None:
        names, originals = row.list(f_name), row.list(f_original)
        count = max(len(names), len(originals))
        if not count:
            return
        if names and originals and len(names) != len(originals):
            row.problem(f_original, Notice("lists {n} original name(s) for {names} name(s); give them in the same "
                                           "order, one for each", n=len(originals), names=len(names)))
            return
        relations, roles = row.each(f_relation, count), row.each(f_role, count)
        sexes, consents = row.each(f_sex, count), row.each(f_consent, count)
        births = _birth_dates(row, f_birth, count)
        if relations is None or roles is None or sexes is None or consents is None or births is None:
            return
        said = row.list(f_relation)  # as typed: "mother" says a sex, "parent" does not
        ns, notes = self.mapping.namespace, row.text(f_notes)
        for n in range(count):
            name, original = names[n] if names else "", originals[n] if originals else ""
            relation = relations[n]
            role = roles[n] or ("associate" if relation in _ASSOCIATES else "relative")
            if role in RELATED_ROLES and not relation:
                relation = "unknown"
            sex = sexes[n] or (implied_sex(said[n if len(said) > 1 else 0]) if said else "")
            person_id = stable_id(ns, "person", key, "named", " ".join(fold(name or original).split()))
            self.slot_of.setdefault(person_id, f_name.split(".")[0])
            self.put(Person, person_id, row, {"name": name or original, "name_original": original if name else "",
                                              "sex": sex, "birth_date": births[n], "consent": consents[n]})
            self.spellings[person_id] = unique([*self.spellings.get(person_id, []), name, original])
            self.put(Role, stable_id(ns, "role", key, person_id), row,
                     {"case_id": case_id, "person_id": person_id, "role": role, "relation": relation, "notes": notes})

    def sources(self, row: _Row, key: str, case_id: str) -> list[str]:
        citations = split_list(row.text("source.citation"), self.mapping.separator, commas=False)
        url = row.text("source.url")
        if url and not citations:
            citations = [url]
        out = []
        date = row.date("source.date")[0] if row.text("source.date") else None
        kind = row.vocab("source.kind") or "document"
        for citation in citations:
            source_id = stable_id(self.mapping.namespace, "source", key, " ".join(citation.split()).casefold())
            self.put(Source, source_id, row, {"case_id": case_id, "citation": citation, "kind": kind, "date": date,
                                              "url": url if len(citations) == 1 else ""})
            out.append(source_id)
        return out

    # -- duplicates ----------------------------------------------------------------------------

    def find_duplicates(self, screen: bool | None = None) -> None:
        """Group the sheet's persons whose spellings share a name key, with the vault's persons.
        `screen` (see _vault_matches): None when it pays, False to look at every vault name's keys."""
        owner: dict[str, str] = {}  # name key -> the first sheet person with it
        parent: dict[str, str] = {}

        def root(x: str) -> str:
            while parent.setdefault(x, x) != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def join(a: str, b: str) -> None:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[ra] = rb

        sheet_ids = [i for i in self.order if self.kinds[i] is Person]
        spelt: dict[str, str] = {}  # spelling -> the first sheet person with it (its keys are looked at once)
        keyed: dict[str, str] = {}  # the same, for spellings that have name keys
        for pid in sheet_ids:
            for spelling in self.spellings.get(pid, []):
                if not spelling:
                    continue
                first = spelt.setdefault(spelling, pid)
                if first != pid:
                    join(pid, first)
                    continue
                keys = _name_keys(spelling)
                if keys:
                    keyed[spelling] = pid  # owns each of its keys, or is joined to their owner
                for k in keys:
                    if k in owner:
                        join(pid, owner[k])
                    else:
                        owner[k] = pid
        vault_match: dict[str, set[str]] = {}
        if owner:
            for person_id, pids in _vault_matches(self.vault, owner, keyed, screen).items():
                for pid in pids:
                    vault_match.setdefault(root(pid), set()).add(person_id)
        groups: dict[str, list[str]] = {}
        for pid in sheet_ids:
            groups.setdefault(root(pid), []).append(pid)
        for r, members in groups.items():
            existing = sorted(vault_match.get(r, set()) - set(members))  # a member may be in the vault already
            if len(members) == 1 and not existing:
                continue
            names = unique([s for pid in members for s in self.spellings.get(pid, []) if s])
            rows = sorted({n for pid in members for n in self.rows_of.get(pid, [])})
            self.plan.duplicates.append(Duplicate(names, rows, members, existing))

    # -- records -------------------------------------------------------------------------------

    def build(self, merge: set[int]) -> None:
        """The records to write: the vault's version of each with the sheet's fields over it."""
        renamed: dict[str, str] = {}
        for n, dup in enumerate(self.plan.duplicates):
            if n in merge:
                for pid in dup.person_ids:
                    if pid != dup.keep_id:
                        renamed[pid] = dup.keep_id
        repos = self.vault.repos
        by_kind: dict[type[Record], list[str]] = {}
        for rid in self.order:
            by_kind.setdefault(self.kinds[rid], []).append(rid)
        existing: dict[str, Record] = {}
        for cls, ids in by_kind.items():
            repo = repos.by_entity()[cls.entity]
            existing.update(repo.get_many(ids))
        kept = [pid for pid in {*renamed.values()} if pid not in existing and pid not in self.values]
        existing.update(repos.persons.get_many(kept))
        self.plan.existing = existing
        missing = [rid for rid in self.order if rid not in existing]
        tombstoned = set(self.vault.versions.tombstones(missing)) if missing else set()
        self.plan.merged = len(renamed)
        records: list[Record] = []
        extra_aliases: dict[str, list[str]] = {}
        for old, new in renamed.items():
            extra_aliases.setdefault(new, []).extend(self.spellings.get(old, []))
        for pid in extra_aliases:  # a merged person kept in the vault and not in the sheet
            if pid not in self.values:
                self.values[pid] = {}
                self.kinds[pid] = Person
                self.order.insert(0, pid)
        for old, new in renamed.items():  # what the sheet says of a merged person, but their names
            theirs = {n: v for n, v in self.values.get(old, {}).items() if n not in _NAMES}
            for name, value, kept in _fill(self.values[new], theirs):
                self.plan.problems.append(Problem(
                    self.rows_of.get(old, [0])[0], self.header_of("person", name, old),
                    Notice("is {value} here but {kept} for the person they are merged into; that value is kept",
                           value=repr(value), kept=repr(kept)), False))
        self.stored_bases = self.plan.stored_bases = sheet_bases.load(  # the merged vault persons' too
            self.vault, self.mapping.namespace, [rid for rid in self.order if rid in existing or rid in tombstoned])
        for rid in self.order:
            if rid in renamed:
                continue
            cls = self.kinds[rid]
            values = _renamed(self.values[rid], renamed)  # a copy when it changes them
            if rid in extra_aliases:
                values = dict(values)
                record = existing.get(rid)
                have = {s for s in ((record.name, record.name_original, *record.aliases) if record else
                                    (values.get("name", ""), values.get("name_original", "")))}
                values["aliases"] = unique([*values.get("aliases", []), *(s for s in extra_aliases[rid]
                                                                          if s and s not in have)])
            old = existing.get(rid)
            if rid in tombstoned:  # deleted in the vault
                if self.says_nothing_new(rid, values):
                    self.plan.kept += 1
                    continue
                self.plan.conflicted[rid] = ()  # restored by the merge, with a conflict
            record = self.record(cls, rid, values, old)
            if record is not None:
                records.append(record)
                self.remember(rid, values, record is not old)
        self.plan.records = _dedupe(records)

    def record(self, cls: type[Record], rid: str, values: dict[str, Any], old: Record | None) -> Record | None:
        """The record to write: new, or the vault's with the sheet's values over it (the vault's own
        object when they change nothing, so that unchanged rows cost no check and no digest).
        A field the vault changed since the sheet last said it (its base) keeps the vault's value; a
        field both changed, or one with no base, makes the record a conflict (plan.conflicted)."""
        rows = self.rows_of.get(rid, [0])
        if old is not None:
            changed = self.changes(values, old)
            if changed:
                changed = self.three_way(rid, values, old, changed)
            if not changed:
                return old
            data = {f.name: _copy(getattr(old, f.name)) for f in _fields(cls)}
            data.update(changed)
        else:
            data = {"id": rid, **values}  # no empty values (put leaves them out)
            if cls is Case:
                key = self.case_keys.get(rid, "")
                data.setdefault("reference", f"{self.mapping.reference_prefix}{key}")
                data.setdefault("title", self._title(rid) or data["reference"])
            if cls is Incident:
                data.setdefault("tactic", "other")
        try:
            record = cls(**data)  # type: ignore[arg-type] - every key is a field; places are Place already
            if old is None:
                record.created_at = record.updated_at = self.now
            else:
                record.updated_at = self.now
            record.author = self.vault.author
            if not _within_limits(data if old is None else changed):
                check_limits(record)  # raises with the repository's own message
            self.repos[cls.entity].validate(record)
        except ValidationError as exc:
            self.plan.problems.append(Problem(rows[0], "", f"the {cls.entity}'s {exc.where}: {exc.what}"))
            return None
        except (TypeError, ValueError) as exc:
            self.plan.problems.append(Problem(rows[0], "", f"the {cls.entity} cannot be built: {exc}"))
            return None
        return record

    @staticmethod
    def changes(values: dict[str, Any], old: Record) -> dict[str, Any]:
        """The sheet's values that differ from the vault's."""
        changed = {}
        for k, v in values.items():
            held = getattr(old, k)
            if isinstance(v, str) and isinstance(held, str) and held.strip() == v:
                continue  # cells are read trimmed: spaces around a stored value are no edit
            if isinstance(v, list) and isinstance(held, list) and v == [
                    x.strip() if isinstance(x, str) else x for x in held if not isinstance(x, str) or x.strip()]:
                continue
            if k == "aliases" and isinstance(old, Person):
                v = unique([*old.aliases, *v])
            if v != held:
                changed[k] = v
        return changed

    def three_way(self, rid: str, values: dict[str, Any], old: Record, changed: dict[str, Any]) -> dict[str, Any]:
        """The changes to make, judged against each field's bases (db.sheet_bases): what the row's
        version cell says it was exported with, and what the last import of a sheet of this source
        said. A field the sheet says as it said it then is stale and dropped (the vault's value is
        newer). Otherwise the vault is judged against the version the row was exported from (as an
        interchange file's record is), or else against what the last import said: unchanged there,
        the sheet's value is taken; changed, or with no base while the vault holds a value, the record
        is a conflict, which a person resolves. (A field empty in the vault with no base is filled:
        no one emptied it after a sheet said something.)"""
        cell, stored = self.bases_of(rid)
        out = {}
        stale = clash = False
        for k, v in changed.items():
            then = {b for b in (cell.get(k), stored.get(k)) if b is not None}
            if fingerprint(values[k]) in then:
                stale = True
                self.plan.problems.append(Problem(
                    self.rows_of.get(rid, [0])[0], self.header_of(old.entity, k, rid),
                    Notice("the vault's value was changed since a sheet said what this one says; the vault's is kept"),
                    error=False))
                continue
            held = getattr(old, k)
            base = cell.get(k, stored.get(k))
            if base is None:
                clash = clash or bool(held or held == 0)
            elif fingerprint(held) != base:
                clash = True
            out[k] = v
        if stale:
            self.plan.kept += 1
        if clash and out:
            self.plan.conflicted[rid] = tuple(out)
        return out

    def bases_of(self, rid: str) -> tuple[sheet_bases.Fields, sheet_bases.Fields]:
        """A record's two bases: its row's version cell, and what the last import of this source said."""
        text = self.stored_bases.get(rid)
        return self.cell_bases.get(rid, {}), sheet_bases.stored(text) if text else {}

    def says_nothing_new(self, rid: str, values: dict[str, Any]) -> bool:
        """Whether every field the sheet gives a record is what a sheet said of it before."""
        cell, stored = self.bases_of(rid)
        return bool(cell or stored) and all(fingerprint(v) in (cell.get(k), stored.get(k)) for k, v in values.items())

    def header_of(self, entity: str, name: str, rid: str = "") -> str:
        """The column that gave a record's field: the first of the mapping's columns for it (a
        person's from their own slot: target, relative, relative2...), "" when none did."""
        prefix = self.slot_of.get(rid) or {"person": "target", "role": "relative"}.get(entity, entity)
        part = "date" if name in _INCIDENT_DATE else name
        fields = _FIELD_OF.get((entity, name)) or (f"{prefix}.{part}",)
        columns = self.mapping.columns
        return next((h for f in fields for h, g in columns.items() if g == f), "")

    def remember(self, rid: str, values: dict[str, Any], written: bool) -> None:
        """What this sheet says about a record, to store for its next import (fingerprinted by the
        write, not the dry run); not for a row that changes nothing and carries its base in its
        version cell."""
        if values and (written or rid not in self.cell_bases):
            self.plan.said.append((rid, values))

    def _title(self, case_id: str) -> str:
        """A new case's title when no column gives one: its (first) target's names."""
        p = self.values.get(self.target_of.get(case_id, ""), {})
        return " ".join(x for x in (p.get("name", ""), p.get("name_original", "")) if x)

    def count(self) -> None:
        plan = self.plan
        for r in plan.records:
            old = plan.existing.get(r.id)
            if r.id in plan.conflicted:
                plan.conflicts[r.entity] = plan.conflicts.get(r.entity, 0) + 1
            elif old is None:
                plan.created[r.entity] = plan.created.get(r.entity, 0) + 1
            elif r is not old:
                plan.updated[r.entity] = plan.updated.get(r.entity, 0) + 1
            else:
                plan.unchanged += 1


_ASSOCIATES = frozenset({"business_partner", "colleague", "employer", "employee", "friend"})
# Fields of a record that columns of another name give (the first the mapping has names the column).
_FIELD_OF = {("incident", "places"): ("incident.country", "incident.city"),
             ("incident", "target_ids"): ("target.name", "target.name_original"),
             ("incident", "source_ids"): ("source.citation", "source.url"),
             ("outcome", "date"): ("outcome.date",), ("outcome", "date_qualifier"): ("outcome.date",),
             ("case", "host_country"): ("case.host_country", "incident.country")}
_INCIDENT_DATE = frozenset({"date_start", "date_end", "date_qualifier"})  # all given by a date cell
_OUTCOME_DATE = frozenset({"date", "date_qualifier"})
_NAMES = frozenset({"name", "name_original", "aliases"})  # of a merged person: kept as aliases


def _fill(held: dict[str, Any], values: dict[str, Any],
          said: frozenset[str] = frozenset()) -> Iterator[tuple[str, Any, Any]]:
    """Fill a record's values held so far with more of them (another row's, a merged person's):
    what is still empty takes the new value, lists take the new entries; an empty new value is no
    value, except for the fields in `said` not held yet. Yields (field, new value, value kept) where
    the two disagree."""
    for name, value in values.items():
        if not value and value != 0:  # None, "" or []
            if name in said and name not in held:
                held[name] = value
            continue
        now = held.get(name)
        if now in (None, "", []):
            held[name] = value
        elif isinstance(value, list) and isinstance(now, list):
            held[name] = unique([*now, *value])
        elif now != value:
            yield name, value, now


def _birth_dates(row: _Row, name: str, count: int) -> list[str | None] | None:
    """The dates of birth a relative slot's cell gives its `count` persons, one for each in their
    order (a single person's cell is one date, commas and all), kept at their precision; None, with
    the problem reported, when they cannot be read so."""
    text = row.text(name)
    if not text:
        return [None] * count
    parts = [text] if count == 1 else split_list(text, row.b.mapping.separator)
    if len(parts) != count:
        row.problem(name, Notice("lists {n} date(s) of birth for {count} persons; give one for each, in the same "
                                 "order (\"?\" for one not known)", n=len(parts), count=count))
        return None
    out: list[str | None] = []
    for part in parts:
        try:
            out.append(parse_date(part, row.b.mapping.day_first).start)
        except ValueError as exc:
            row.problem(name, said(exc))
            return None
    return out


def _not_listed(value: str) -> Notice:
    return Notice("{value} is not among the values this column may take; map it to one (the mapping's \"values\")",
                  value=repr(value))


def _within_limits(values: dict[str, Any]) -> bool:
    """Whether the values a sheet gives a record are surely within db.repository.check_limits (texts
    of valid Unicode of at most MAX_TEXT characters, lists of at most MAX_ITEMS entries, numbers
    within MAX_INT). The record's other fields are empty, or the vault's (checked when written); and
    the write checks every record again. False sends the record to check_limits itself."""
    texts = []
    for value in values.values():
        kind = type(value)
        if kind is str:
            texts.append(value)
        elif kind is list:
            if len(value) > MAX_ITEMS:
                return False
            texts += [v for v in value if type(v) is str]
        elif kind is int and abs(value) > MAX_INT:
            return False
    if any(len(t) > MAX_TEXT for t in texts):
        return False
    joined = "".join(texts)
    if not joined.isascii():
        try:
            joined.encode("utf-8")
        except UnicodeEncodeError:
            return False
    return True


@functools.cache
def _fields(cls: type[Record]) -> tuple[dataclasses.Field, ...]:  # type: ignore[type-arg]
    return dataclasses.fields(cls)


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


@functools.lru_cache(maxsize=1 << 16)
def _name_keys(spelling: str) -> frozenset[str]:
    """db.names.name_keys, remembered: a list names the same people many times."""
    return frozenset(name_keys(spelling))


def _vault_spellings(vault: Vault) -> Iterator[tuple[str, list[str]]]:
    """Each individual person of the vault: id, and name, original name and aliases. Read from the
    persons table alone: building whole persons (and their links) took longer than the comparison."""
    query = "SELECT id, name, name_original, aliases FROM persons WHERE kind = 'individual'"
    for person_id, name, original, aliases in vault.conn.execute(query):
        yield person_id, [name, original, *json.loads(aliases)] if aliases != "[]" else [name, original]


def _vault_matches(vault: Vault, owner: dict[str, str], keyed: dict[str, str],
                   screen: bool | None = None) -> dict[str, set[str]]:
    """The vault's individual persons that share a name key with the sheet's persons: id -> the
    sheet persons (of `owner`: name key -> sheet person) whose keys they share. `keyed` gives, for
    each sheet spelling that has keys, a sheet person that owns each of them or is joined to their
    owner; a vault name spelt the same is matched to it without computing its keys.

    Computing the keys of every other vault name was most of a small sheet's dry run against a big
    vault. With `screen`, a name is first reduced to its signatures (db.names.key_signatures: the letters of each
    of its keys, sorted), which costs a fraction of its keys; a name none of whose signatures is
    the signature of a sheet key cannot share a key with the sheet, and is passed over. Names of
    other shapes have their keys computed. None screens when the vault has enough such names to pay
    for the sheet keys' signatures; False computes every name's keys (the tests compare the two)."""
    found: dict[str, set[str]] = {}
    pending: list[tuple[str, str]] = []
    for person_id, spellings in _vault_spellings(vault):
        for spelling in spellings:
            if spelling:
                pid = keyed.get(spelling)
                if pid is None:
                    pending.append((person_id, spelling))
                else:
                    found.setdefault(person_id, set()).add(pid)
    if screen is None:
        screen = 8 * len(pending) > len(owner)  # a signature of each sheet key for each 8 names to screen
    sheet_signatures = {"".join(sorted(k)) for k in owner} if screen else set()
    may_match: dict[str, bool] = {}
    for person_id, spelling in pending:
        if screen:
            known = may_match.get(spelling)
            if known is None:
                signatures = _signatures(spelling)
                known = may_match[spelling] = signatures is None or not signatures.isdisjoint(sheet_signatures)
            if not known:
                continue
        for k in _name_keys(spelling):
            pid = owner.get(k)
            if pid is not None:
                found.setdefault(person_id, set()).add(pid)
    return found


def _renamed(values: dict[str, Any], renamed: dict[str, str]) -> dict[str, Any]:
    if not renamed:
        return values
    out = dict(values)
    if out.get("person_id") in renamed:
        out["person_id"] = renamed[out["person_id"]]
    if "target_ids" in out:
        out["target_ids"] = unique(renamed.get(t, t) for t in out["target_ids"])
    return out


def _dedupe(records: list[Record]) -> list[Record]:
    """Roles of two merged persons in one case are one role."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for r in records:
        if isinstance(r, Role):
            k = (r.case_id, r.person_id, r.role)
            if k in seen:
                continue
            seen.add(k)
        out.append(r)
    return out


def plan_import(vault: Vault, table: Table, mapping: Mapping, merge: set[int] | None = None,
                progress: Progress | None = None) -> ImportPlan:
    """Everything the import would do, and every problem, by row and column; writes nothing.
    `merge`: indexes of plan.duplicates to merge into one person (their first vault person, or the
    first of the sheet), which a first call (merge None) proposes."""
    b = _Builder(vault, table, mapping)
    b.plan.problems += [Problem(n.row, n.column, n.message, error=n.error) for n in table.notes]
    with without_gc():
        try:
            b.read(progress)
            b.find_duplicates()
            b.build(merge or set())
            b.count()
        finally:
            forget()
    return b.plan


WRITE_CACHE_KIB = 256 * 1024  # SQLite's page cache while a sheet is written (the vault's is 64 MiB)


@contextlib.contextmanager
def _page_cache(vault: Vault, kib: int) -> Iterator[None]:
    """A larger page cache for the length of a write, then the vault's own again. A big sheet's
    write looks up its cases, persons and incidents again and again (search index, last changes);
    once the vault outgrew 64 MiB every lookup decrypted its pages anew: at 50,000 rows the write
    took 38 s with the vault's cache and 29 s with this one. Pages are only held as they are read."""
    conn = vault.conn
    (before,) = conn.execute("PRAGMA cache_size").fetchone()
    if before < 0 and -before >= kib:
        yield
        return
    conn.execute(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


def forget() -> None:
    """Drop the names and dates remembered while planning (case data)."""
    _name_keys.cache_clear()
    forget_values()


def apply_import(vault: Vault, plan: ImportPlan) -> ImportOutcome:
    """Write the plan in one transaction. Records new to the vault go in through the repositories'
    bulk insert (their checks, versions, audit entries and search index); records the vault holds
    or once deleted go through db.merge, the import of interchange files and bundles: a record only
    the sheet changed as an edit of the vault's current version, one both changed (plan.conflicted)
    as a conflict that keeps the vault's version until a person resolves it, and a deleted one is
    the merge's to decide, never silently revived. One audit entry names the sheet by its SHA-256,
    and what the sheet said of each record is stored for its next import (db.sheet_bases). A plan
    with errors is refused and nothing is written; a plan that changes no record and no base opens no
    write."""

    from db.merge import WRITE_ORDER, BundleContent, Incoming, merge  # noqa: PLC0415
    from exporters.interchange import check_entities  # noqa: PLC0415

    if not plan.ok:
        raise ValidationError(str(plan.errors[0]), f"{len(plan.errors)} problem(s) in the sheet; nothing was "
                                                   "imported (run a dry run to see them all)")
    cases = sum(1 for r in plan.records if r.entity == "case")
    new = [r for r in plan.records if r.id not in plan.existing]
    changed = [r for r in plan.records if r.id in plan.existing and r is not plan.existing[r.id]]
    bases = _new_bases(plan)
    if not new and not changed and not bases:  # the vault holds the sheet already
        return ImportOutcome(cases, 0, 0, plan.merged)
    written = conflicts = 0
    with without_gc(), _page_cache(vault, WRITE_CACHE_KIB), vault.write():
        sheet_bases.store(vault, plan.mapping.namespace, bases)
        if not new and not changed:
            return ImportOutcome(cases, 0, 0, plan.merged)
        check_entities(vault, new + changed)
        stones = vault.versions.tombstones(r.id for r in new)
        fresh: dict[str, list[Record]] = {}
        for r in new:
            if r.id not in stones:
                fresh.setdefault(r.entity, []).append(r)
        repos = vault.repos.by_entity()
        for entity in WRITE_ORDER:
            if fresh.get(entity):
                repos[entity].add_many(fresh[entity])
                written += len(fresh[entity])
        rest = changed + [r for r in new if r.id in stones]
        if rest:
            vectors: dict[str, dict[str, int]] = {}
            by_entity: dict[str, list[str]] = {}
            for r in changed:
                by_entity.setdefault(r.entity, []).append(r.id)
            for entity, ids in by_entity.items():
                vectors.update(vault.versions.vectors(repos[entity].table, ids))
            # an edit of the vault's version; of none when both changed it (decide_edited's conflict);
            # a record deleted here comes with no version (restored with a conflict)
            conflicted = plan.conflicted
            items = [Incoming(r.entity, r.id, getattr(r, "case_id", None), r,
                              {} if r.id in conflicted and r.id in vectors else vectors.get(r.id), r.author,
                              r.updated_at, edited=r.id in vectors, digest=record_digest(r),
                              fields=conflicted.get(r.id)) for r in rest]
            report = merge(vault, BundleContent(plan.digest or "sheet", "sheet", plan.digest, items, {}, kind="file"))
            written += report.created + report.updated + report.deleted
            conflicts = len(report.conflicts)
        else:
            vault.repos.audit.append_many([("merge", "file", plan.digest or "sheet", None, plan.digest, None)], _now())
    return ImportOutcome(cases, written, conflicts, plan.merged)


def _new_bases(plan: ImportPlan) -> dict[str, str]:
    """What the sheet says about each record it fills, where the vault stores something else (a
    field the sheet leaves empty keeps its stored base)."""
    out = {}
    to_text, stored_of = sheet_bases.to_text, plan.stored_bases
    seen: dict[str, str] = {}  # text -> its fingerprint: keys, codes and ids repeat from record to record

    def fp(value: Any) -> str:
        if type(value) is not str:
            return fingerprint(value)
        known = seen.get(value)
        if known is None:
            known = seen[value] = fingerprint(value)
        return known

    for rid, values in plan.said:
        fps = {k: fp(v) for k, v in values.items()}
        said = to_text(fps)
        before = stored_of.get(rid)
        if before is not None and said != before:
            said = to_text({**sheet_bases.stored(before), **fps})
        if said != before:
            out[rid] = said
    return out


def _now() -> str:
    from db.vault import now  # noqa: PLC0415

    return now()
