"""Exporting cases as a workbook for analysts: one sheet each for cases, persons, incidents,
sources and exhibits (metadata and SHA-256, never the files), or one CSV file each. Every row
carries the record's id, so a sheet edited elsewhere can come back (exporters.tables_import with
the mappings casevault_cases and casevault_incidents) and rows are matched, not duplicated.

- Vocabulary values are written as their labels in the chosen language (English, French or
  Chinese), which the importer reads back; countries as ISO codes; dates as stored (ISO prefixes,
  so their precision shows) with the qualifier in front ("circa 2016-06", "2014 to 2016").
- Profiles: "internal" writes what the vault holds; "public" applies the public dossier's
  redaction (exporters.pdf.redaction, the same rules, per case): persons who did not consent to
  publication appear as their pseudonym ("Person A", "Group B (2 people)": groups and unidentified
  persons too) with an id of their own for the case, contact details, addresses, exact places and
  internal case details are left out (contact details in free text are replaced by "[contact
  withheld]"), and exhibits the dossier would withhold are listed by number, type and hash only.
- No formula injection: XLSX cells are written as text cells; in CSV, a value that begins with
  =, +, -, @, a tab, a carriage return or an apostrophe gets a leading apostrophe (which the
  importer removes).
- The internal profile's cases and incidents rows end with a `version` cell: a fingerprint of each
  of the record's fields as exported (db.sheet_bases), so that a re-import tells which side changed
  each field and never takes back an edit made in the vault since.
- The files are plaintext: the caller warns the user, as for JSON.

Thread rule: call on the thread that opened the vault (slow for big vaults: off the GUI thread)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db import sheet_bases, vocab
from db.models import Case, CaseFile, Incident, Person
from db.names import person_names
from db.vocab_labels import LABELS
from exporters.atomic import atomic_write, atomic_write_with
from exporters.pdf.redaction import AS_IS, DESCRIBED, PSEUDONYMISED, RULES, TEXT, Outsiders, redact
from exporters.tables_import import stable_id

if TYPE_CHECKING:
    from db.vault import Vault

PROFILES = ("internal", "public")
LANGUAGES = ("en", "fr", "zh")
SHEETS = ("cases", "persons", "incidents", "sources", "exhibits")
_WORDS_LANGUAGE = {"en": "en", "fr": "fr", "zh": "zh_CN"}  # exporters.pdf.words: a group's pseudonym, markers
_RISKY = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XLSX XML
Progress = Callable[[int, int], object]

# Each sheet's columns: (header, entity, field or "" for a computed column).
COLUMNS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "cases": tuple((f, "case", f) for f in (
        "id", "reference", "title", "status", "priority", "confidentiality", "origin_country", "host_country",
        "region", "campaign", "summary", "outcome", "tags", "created_at", "updated_at")) + (("version", "case", ""),),
    "persons": (("id", "person", "id"), ("case_ids", "role", ""), ("case_references", "role", ""),
                ("roles", "role", "role"), *((f, "person", f) for f in (
                    "name", "name_original", "aliases", "kind", "group_size", "group_size_qualifier", "sex",
                    "birth_date", "citizenships", "residence_status", "occupation", "categories", "consent",
                    "contact_notes", "address", "notes"))),
    "incidents": (("id", "incident", "id"), ("case_id", "incident", "case_id"),
                  ("case_reference", "case", "reference"), ("tactic", "incident", "tactic"),
                  ("date", "incident", "date_start"), ("places", "incident", "places"),
                  ("description", "incident", "description"), ("verification", "incident", "verification"),
                  ("host_involvement", "incident", "host_involvement"), ("duration", "incident", "duration"),
                  ("target_ids", "incident", "target_ids"), ("targets", "incident", "target_ids"),
                  ("source_ids", "incident", "source_ids"), ("version", "incident", "")),
    "sources": (("id", "source", "id"), ("case_id", "source", "case_id"), ("case_reference", "case", "reference"),
                *((f, "source", f) for f in ("number", "kind", "citation", "title", "authors", "outlet", "date",
                                             "language", "url", "reliability", "credibility"))),
    "exhibits": (("id", "exhibit", "id"), ("case_id", "exhibit", "case_id"), ("case_reference", "case", "reference"),
                 *((f, "exhibit", f) for f in ("number", "original_name", "mime_type", "size", "sha256",
                                               "captured_at", "description", "language", "copy_kind")),
                 ("withheld", "exhibit", "")),
}
VOCABS: dict[tuple[str, str], dict[str, str]] = {
    ("case", "status"): vocab.CASE_STATUS, ("case", "priority"): vocab.PRIORITY,
    ("case", "confidentiality"): vocab.CONFIDENTIALITY, ("case", "campaign"): vocab.CAMPAIGN,
    ("case", "outcome"): vocab.OUTCOME, ("person", "kind"): vocab.PERSON_KIND, ("person", "sex"): vocab.SEX,
    ("person", "residence_status"): vocab.RESIDENCE_STATUS, ("person", "categories"): vocab.TARGET_CATEGORY,
    ("person", "consent"): vocab.CONSENT, ("role", "role"): vocab.ROLE, ("incident", "tactic"): vocab.TACTIC,
    ("incident", "verification"): vocab.VERIFICATION, ("incident", "host_involvement"): vocab.HOST_INVOLVEMENT,
    ("source", "kind"): vocab.SOURCE_KIND, ("exhibit", "copy_kind"): vocab.COPY_KIND,
    ("person", "group_size_qualifier"): vocab.GROUP_SIZE,
}
# The fields of a row's record that its `version` cell fingerprints (db.sheet_bases): every field a
# column of the sheet fills, so that a re-import tells which side changed each one.
VERSIONED: dict[str, tuple[str, ...]] = {
    "case": ("reference", "title", "status", "priority", "confidentiality", "origin_country", "host_country",
             "region", "campaign", "summary", "outcome", "tags"),
    "incident": ("case_id", "tactic", "date_start", "date_end", "date_qualifier", "places", "description",
                 "verification", "host_involvement", "target_ids", "source_ids"),
}
_ALWAYS = {"id", "case_id", "case_ids", "case_references", "case_reference", "target_ids", "targets", "source_ids",
           "withheld", "roles"}


@dataclass
class ExportResult:
    paths: list[Path]
    counts: dict[str, int] = field(default_factory=dict)  # sheet -> rows
    pseudonymised: int = 0  # persons written as a pseudonym (public profile)
    withheld: int = 0  # exhibits listed by number, type and hash only


def label_in(vocabulary: dict[str, str], key: str, language: str) -> str:
    """The label of `key` in English, French or Chinese (the key itself when it is not in the list)."""
    english = vocab.label(vocabulary, key)
    if language == "en" or not english:
        return english
    return LABELS[language].get(english, english)


def date_text(start: str | None, end: str | None, qualifier: str = "") -> str:
    """A stored date as written in a sheet, read back by exporters.tables_values.parse_date."""
    if not start and not end:
        return ""
    text = start or ""
    if end and end != start:
        text = f"{start} to {end}" if start else f"before {end}"
    return f"{qualifier} {text}" if qualifier and start else text


def version(record: Case | Incident, vault_tag: str) -> str:
    """A row's `version` cell: what the sheet says about its record as exported, and which vault's
    record that is (db.sheet_bases)."""
    return sheet_bases.to_text(sheet_bases.fingerprints(record, VERSIONED[record.entity]), vault_tag)


def safe_csv(value: str) -> str:
    """A CSV cell that no spreadsheet runs as a formula: an apostrophe before a risky first
    character (and before an apostrophe, so that the importer's removal of one is exact)."""
    return "'" + value if value.startswith(_RISKY + ("'",)) else value


class _Rows:
    """Builds every sheet's rows from case files, redacted or not."""

    def __init__(self, vault: Vault, profile: str, language: str) -> None:
        if profile not in PROFILES:
            raise ValueError(f"unknown profile {profile!r}; use one of {', '.join(PROFILES)}")
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
        self.vault = vault
        self.profile = profile
        self.language = language
        self.rows: dict[str, list[list[Any]]] = {s: [] for s in SHEETS}
        self.persons: dict[str, dict[str, Any]] = {}  # person row id -> row values, with their cases
        self.others: Outsiders | None = None
        self.pseudonymised = 0
        self.withheld = 0
        self.columns = {s: [c for c in cols if self._printed(c)] for s, cols in COLUMNS.items()}
        self.vault_tag = sheet_bases.vault_tag(vault) if profile == "internal" else ""

    def _printed(self, column: tuple[str, str, str]) -> bool:
        header, entity, name = column
        if header == "version":  # of the vault's own records: no use to a redacted copy
            return self.profile == "internal"
        if self.profile == "internal" or header in _ALWAYS:
            return True
        if entity == "person":
            rules = RULES["public"]
            return any(rules[r].get(name) in (AS_IS, TEXT) for r in ("person", PSEUDONYMISED, DESCRIBED))
        return RULES["public"].get(entity, {}).get(name) in (AS_IS, TEXT)

    def value(self, entity: str, name: str, value: Any) -> Any:
        table = VOCABS.get((entity, name))
        if table is not None:
            if isinstance(value, list):
                return "; ".join(label_in(table, v, self.language) for v in value)
            return label_in(table, value or "", self.language)
        if isinstance(value, list):
            return "; ".join(str(v) for v in value)
        return "" if value is None else value

    def add(self, cf: CaseFile) -> None:
        person_id: Callable[[str], str] = lambda pid: pid  # noqa: E731
        withheld: frozenset[str] = frozenset()
        rules_for: Callable[[Person], dict[str, str] | None] = lambda p: None  # noqa: E731
        if self.profile == "public":
            if self.others is None:  # every case is redacted against all of the vault's persons
                self.others = Outsiders(person_names(self.vault), "public")
            r = redact(cf, "public", self.others, language=_WORDS_LANGUAGE[self.language])
            pseudonyms = r.pseudonyms
            case_id = cf.case.id
            person_id = lambda pid: stable_id("public", case_id, pid) if pid in pseudonyms else pid  # noqa: E731
            withheld = r.withheld_exhibit_ids
            rules = RULES["public"]
            rules_for = lambda p: rules[PSEUDONYMISED] if p.id in pseudonyms else (  # noqa: E731
                rules[DESCRIBED] if p.kind != "individual" else rules["person"])
            self.pseudonymised += sum(1 for pid in cf.persons if pid in pseudonyms)
            self.withheld += len(withheld)
            cf = r.case_file
        case = cf.case
        self.rows["cases"].append([version(case, self.vault_tag) if h == "version" else
                                   self.value("case", n, getattr(case, n)) for h, _, n in self.columns["cases"]])
        roles: dict[str, list[str]] = {}
        for role in cf.roles:
            roles.setdefault(role.person_id, []).append(role.role)
        for pid, p in cf.persons.items():
            rid = person_id(pid)
            entry = self.persons.get(rid)
            if entry is None:
                entry = self.persons[rid] = {"person": p, "rules": rules_for(p), "cases": [], "refs": [], "roles": []}
            entry["cases"].append(case.id)
            entry["refs"].append(case.reference)
            entry["roles"] += [x for x in roles.get(pid, []) if x not in entry["roles"]]
        names = {pid: p.display_name() for pid, p in cf.persons.items()}
        for i in cf.incidents:
            row = []
            for header, _, n in self.columns["incidents"]:
                if header == "case_reference":
                    row.append(case.reference)
                elif header == "date":
                    row.append(date_text(i.date_start, i.date_end, i.date_qualifier))
                elif header == "places":
                    row.append("; ".join(" ".join(x for x in (p.country, p.city, p.location) if x) for p in i.places))
                elif header == "target_ids":
                    row.append("; ".join(person_id(t) for t in i.target_ids))
                elif header == "targets":
                    row.append("; ".join(names.get(t, "") for t in i.target_ids))
                elif header == "version":
                    row.append(version(i, self.vault_tag))
                else:
                    row.append(self.value("incident", n, getattr(i, n)))
            self.rows["incidents"].append(row)
        for s in cf.sources:
            self.rows["sources"].append([case.reference if h == "case_reference" else self.value("source", n,
                                                                                                   getattr(s, n))
                                         for h, _, n in self.columns["sources"]])
        for e in cf.exhibits:
            row = []
            for h, _, n in self.columns["exhibits"]:
                if h == "case_reference":
                    row.append(case.reference)
                elif h == "withheld":
                    row.append("yes" if e.id in withheld else "")
                elif e.id in withheld and n in ("original_name", "description", "captured_at", "language"):
                    row.append("")
                else:
                    row.append(self.value("exhibit", n, getattr(e, n)))
            self.rows["exhibits"].append(row)

    def finish(self) -> None:
        for rid, entry in self.persons.items():
            p: Person = entry["person"]
            rules = entry["rules"]
            row = []
            for h, _, n in self.columns["persons"]:
                if h == "id":
                    row.append(rid)
                elif h == "case_ids":
                    row.append("; ".join(entry["cases"]))
                elif h == "case_references":
                    row.append("; ".join(entry["refs"]))
                elif h == "roles":
                    row.append(self.value("role", "role", entry["roles"]))
                elif n == "name" and rules is RULES["public"][PSEUDONYMISED]:
                    row.append(p.name)  # the pseudonym, in the redacted copy
                elif rules is not None and rules.get(n) not in (AS_IS, TEXT):
                    row.append("")
                else:
                    row.append(self.value("person", n, getattr(p, n)))
            self.rows["persons"].append(row)


def collect(vault: Vault, case_ids: Iterable[str], profile: str = "internal", language: str = "en",
            progress: Progress | None = None) -> tuple[dict[str, list[str]], dict[str, list[list[Any]]], _Rows]:
    """Every sheet's headers and rows for these cases."""
    rows = _Rows(vault, profile, language)
    ids = list(case_ids)
    for n, case_id in enumerate(ids):
        rows.add(vault.repos.load_case_file(case_id))
        if progress is not None and n % 100 == 0:
            progress(n, len(ids))
    rows.finish()
    headers = {s: [h for h, _, _ in rows.columns[s]] for s in SHEETS}
    return headers, rows.rows, rows


def export_tables(vault: Vault, out: str | Path, case_ids: Iterable[str] | None = None, profile: str = "internal",
                  language: str = "en", progress: Progress | None = None) -> ExportResult:
    """Write the workbook (`out` ends in .xlsx) or one CSV file per sheet into the folder `out`.
    `case_ids` None: every case, by reference. Files are written whole or not at all."""
    if case_ids is None:
        case_ids = [r[0] for r in vault.conn.execute("SELECT id FROM cases ORDER BY reference, id")]
    headers, data, rows = collect(vault, case_ids, profile, language, progress)
    out = Path(out)
    if out.suffix.lower() == ".xlsx":
        atomic_write_with(out, lambda fh: _write_xlsx(fh, headers, data))
        paths = [out]
    else:
        out.mkdir(parents=True, exist_ok=True)
        paths = []
        for sheet in SHEETS:
            path = out / f"{sheet}.csv"
            atomic_write(path, _csv_bytes(headers[sheet], data[sheet]))
            paths.append(path)
    return ExportResult(paths, {s: len(data[s]) for s in SHEETS}, rows.pseudonymised, rows.withheld)


def _csv_bytes(headers: list[str], rows: list[list[Any]]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(headers)
    for row in rows:
        w.writerow([safe_csv(v) if isinstance(v, str) else v for v in row])
    return buf.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8 (Chinese) correctly


def _write_xlsx(fh: Any, headers: dict[str, list[str]], data: dict[str, list[list[Any]]]) -> None:
    import openpyxl  # noqa: PLC0415
    from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415
    from openpyxl.styles import Font  # noqa: PLC0415

    wb = openpyxl.Workbook(write_only=True)
    bold = Font(bold=True)
    for sheet in SHEETS:
        ws = wb.create_sheet(sheet.capitalize())
        ws.freeze_panes = "A2"
        head = []
        for h in headers[sheet]:
            c = WriteOnlyCell(ws, value=h)
            c.font = bold
            head.append(c)
        ws.append(head)
        for row in data[sheet]:
            cells = []
            for v in row:
                if isinstance(v, str):
                    c = WriteOnlyCell(ws, value=_ILLEGAL.sub("\ufffd", v))
                    c.data_type = "s"  # text, never a formula, whatever it begins with
                else:
                    c = WriteOnlyCell(ws, value=v)
                cells.append(c)
            ws.append(cells)
    wb.save(fh)
