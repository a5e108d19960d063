"""Write docs/schema.md from the live schema of a new vault (tables, columns, keys, indexes) and
from db.vocab (the vocabularies), with a sentence per table from TABLES below.

    .venv/bin/python docs/schema_doc.py          # rewrite docs/schema.md

tests/db/test_schema_doc.py fails when docs/schema.md differs from what this writes, or when a
table or a vocabulary-bearing column has no description here: a migration cannot leave the
document behind."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from db import vocab  # noqa: E402
from db.vault import Vault  # noqa: E402

OUT = ROOT / "docs" / "schema.md"

# What each table holds, for a reader writing queries. Internal tables say so.
TABLES: dict[str, str] = {
    "meta": "Vault-wide settings as key/value text: `author` (default author of changes), `created_at`, "
            "`audit_head` (sequence and hash of the last audit entry), `audit_v2_from` (first entry hashed "
            "with the current encoding), `search_index` (`current` or `stale`), and for exchanges `vault_id` "
            "(lineage id), `replica` and `counter` (this vault's replica id and change counter), "
            "`knowledge` and `former_replicas` (see docs/bundle.md).",
    "cases": "One row per case. `reference` is the human identifier (e.g. CV-2024-001); dates of the case "
             "are those of its incidents. `changed_at` is the last change to anything in the case (its own "
             "`updated_at`, its records', its persons', its deletions); it is not part of the case record.",
    "case_tags": "Free tags of a case, in the order shown.",
    "persons": "People: targets, relatives, witnesses, perpetrators... A person can appear in several cases "
               "(through `roles`). `kind` says whether the row is one named person, a group known only as "
               "such (`group_size`, NULL when unknown, and `group_size_qualifier`), or an unidentified "
               "person; for those two `name` describes rather than names. `aliases`, `citizenships` (ISO "
               "codes) and `categories` are JSON arrays of strings; `consent` says whether the person may be "
               "named, and to whom.",
    "person_members": "Persons known to belong to a group (`person_id` is the group), in order.",
    "organisations": "Agencies, bureaus, procuratorates, police stations, associations: actors in incidents, "
                     "issuers of notices, addressees of filings. `parent_id` is the body it belongs to or that "
                     "runs it (a station's operating bureau).",
    "roles": "Who is who in a case: a person's role in one case (and, for a relative or an associate, the "
             "relation to the target).",
    "sources": "Where information comes from (interviews, documents, articles...), graded with the "
               "Admiralty code (`reliability` A-F, `credibility` 1-6). `number` is its citation number in the "
               "case, kept when older sources are added (NULL for sources recorded before numbers, which are "
               "numbered by date); `based_on_id` is a source of the case this one reports.",
    "exhibits": "Files attached to a case (photos, scans, recordings): metadata and SHA-256; the bytes are in "
                "`exhibit_data`. `copy_kind` says whether it is an original, a copy or a translation; "
                "`derived_from_id` of which exhibit, `translator_id` by whom.",
    "exhibit_persons": "Who appears in an exhibit, in order (`persons_recorded` in `exhibits` says whether the "
                       "list is complete).",
    "exhibit_custody": "An exhibit's chain of custody, step by step: collected, received, handed over, copied, "
                       "stored or examined, when, by and to whom, how and where.",
    "exhibit_data": "The bytes of each exhibit (BLOB), inside the encrypted vault.",
    "incidents": "Acts of a case: a tactic of repression, when (`date_qualifier`: early, circa, before...; "
                 "`duration`: how long, ISO 8601 such as P6Y), how well it is verified, the host state's part, "
                 "and for an undated incident the one it follows in the chronology (`placed_after`, or "
                 "'start'). `year` is the year it counts in for the statistics: of `date_start`, else of "
                 "`date_end`, '' when neither is known.",
    "incident_targets": "Whom an incident was aimed at: persons, groups or unidentified persons, in order.",
    "incident_places": "Where an incident happened, or each end of it: where it took place, where the person "
                       "aimed at was, a third country.",
    "incident_actors": "Who carried out, ordered or is suspected of an incident: one person or one "
                       "organisation per row.",
    "incident_sources": "The sources an incident rests on, in order.",
    "incident_exhibits": "The exhibits that document an incident, in order.",
    "interventions": "What was done about a case: police reports, asylum claims, Interpol CCF requests, UN "
                     "communications... with the filing's addressee, file number, claimant, UCI and counsel, "
                     "and for a request about a notice or extradition request (`concerns_id`) what it asks "
                     "and the decision.",
    "interpol_notices": "Interpol notices and diffusions about a person: issuing country and bureau, date, charge, "
                        "status and since when. Requests to the CCF about them are interventions.",
    "notice_sources": "The sources a notice rests on, in order.",
    "extradition_requests": "Requests by one state to another to surrender a person, with their status.",
    "extradition_sources": "The sources an extradition request rests on, in order.",
    "outcomes": "A case's outcome over time: each state (returned, prosecuted, dropped...) since a date; "
                "several may hold at once. `cases.outcome` is the current one.",
    "outcome_sources": "The sources an outcome rests on, in order.",
    "notes": "Free-text notes of a case.",
    "tasks": "To-do items of a case.",
    "audit": "The tamper-evident history: one row per change (who, when, what, SHA-256 digests of the record "
             "before and after, as 32-byte BLOBs), each `hash` covering the previous entry's hash and this "
             "entry's fields (docs/security.md). Never edit it.",
    "search_doc": "Internal (search index): the index row (`docid`) of each case.",
    "search_fts": "Internal (search index): contentless FTS5 table over each case's own text in three columns "
                  "(`head`, `names`, `body`); query it with MATCH and join `search_doc` on "
                  "`docid = search_fts.rowid`. It stores no text, so its columns read as NULL. The names and details "
                  "of persons and organisations are in `search_names_fts`.",
    "search_facet_name": "Internal (search index): filter values (`status:open`, `tactic:exit_ban`...) "
                         "by code.",
    "search_facet": "Internal (search index): which case (`docid`) has which filter value (`code`).",
    "search_span": "Internal (search index): each incident's dates as day numbers, for date-range filters.",
    "search_names_fts": "Internal (search index): contentless FTS5 table with one row per person or organisation "
                        "(`names` with pinyin, `body` with their details); join `search_entity` on "
                        "`docid = search_names_fts.rowid`.",
    "search_entity": "Internal (search index): the index row (`docid`) of each person and organisation.",
    "search_link": "Internal (search index): which case (`case_docid`, a `search_doc` docid) mentions which person "
                   "or organisation (`entity_docid`): a word in their row matches the case.",
    "sync_replicas": "Internal (exchange bundles): the small codes that stand for replica ids in `vv` columns.",
    "tombstones": "Deleted records: the version vector of each deletion (`vv`) and, for a case, the versions "
                  "of its records that the deletion covered (`covers`, JSON).",
    "sync_peers": "The vaults whose bundles this one imported: their replica and lineage ids, author, what "
                  "they knew (`knowledge`, JSON) and their audit-chain head, as of their last bundle.",
    "sync_anchors": "Heads of this vault's own audit chain that peers saw; `verify` checks the chain still holds "
                    "them.",
    "sheet_base": "What the last sheet import of each source (a mapping's namespace) said about each record it "
                  "filled: a 32-bit fingerprint of each field (db.sheet_bases), so that a re-import never takes "
                  "back a later edit made in the vault.",
    "sync_alarms": "Each time a peer's bundle showed that this vault no longer held history it had seen.",
    "conflicts": "Records changed on both sides of an exchange, both versions kept until someone chooses "
                 "(`resolution`); `ours_vv`/`theirs_vv` are the two versions' vectors, `detail` a whole-case "
                 "conflict's covered versions.",
    "conflict_data": "The other side's exhibit bytes for a conflict about an exhibit.",
}

# Vocabularies that no column holds: the typologies tactics are mapped onto (db.vocab.TACTICS).
MAPPINGS: dict[str, str] = {
    "PACE_GROUP": "The four methods of transnational repression of PACE Resolution 2509 (2023), which each "
                  "tactic maps onto (see TACTIC).",
    "HURIDOCS_ACT": "Terms of the HURIDOCS Events Standard Formats micro-thesaurus \"Types of Acts\" that "
                    "tactics map onto, by their HURIDOCS code (see TACTIC).",
}

# Columns whose values come from a vocabulary of db.vocab.
VOCABULARIES: dict[str, str] = {
    "cases.status": "CASE_STATUS", "cases.priority": "PRIORITY", "cases.confidentiality": "CONFIDENTIALITY",
    "cases.campaign": "CAMPAIGN", "cases.outcome": "OUTCOME",
    "persons.sex": "SEX", "persons.residence_status": "RESIDENCE_STATUS", "persons.consent": "CONSENT",
    "organisations.kind": "ORGANISATION_KIND", "roles.role": "ROLE", "roles.relation": "RELATION",
    "sources.kind": "SOURCE_KIND", "sources.reliability": "SOURCE_RELIABILITY",
    "sources.credibility": "INFORMATION_CREDIBILITY", "incidents.tactic": "TACTIC",
    "incidents.verification": "VERIFICATION", "incident_actors.degree": "DEGREE",
    "interventions.kind": "INTERVENTION_KIND", "interventions.status": "INTERVENTION_STATUS",
    "persons.kind": "PERSON_KIND", "persons.group_size_qualifier": "GROUP_SIZE",
    "organisations.level": "ORGANISATION_LEVEL", "incidents.date_qualifier": "DATE_QUALIFIER",
    "incidents.duration_qualifier": "DURATION_QUALIFIER", "incidents.host_involvement": "HOST_INVOLVEMENT",
    "incident_places.role": "PLACE_ROLE", "exhibits.copy_kind": "COPY_KIND",
    "exhibit_custody.action": "CUSTODY_ACTION", "persons.categories": "TARGET_CATEGORY",
    "interventions.request": "INTERVENTION_REQUEST", "interventions.decision": "DECISION",
    "interpol_notices.kind": "NOTICE_KIND", "interpol_notices.status": "NOTICE_STATUS",
    "extradition_requests.status": "EXTRADITION_STATUS", "outcomes.outcome": "OUTCOME",
    "outcomes.date_qualifier": "DATE_QUALIFIER",
}

HEAD = """# The vault's schema

<!-- Generated by docs/schema_doc.py from a new vault; do not edit by hand (a test compares). -->

A vault is one SQLCipher 4 database. This page lists its tables and columns (schema version
{version}) and the vocabularies that coded columns take, so that you can write your own queries.
Read a vault without risk with `casevault sql VAULT` (a read-only prompt, or `--query SQL` for
scripts; see [install.md](install.md#reading-a-vault-with-sql) for the `sqlcipher` shell).

Conventions:
- `id` columns are UUIDs (text); links between tables are marked → below.
- `created_at`, `updated_at`, `audit.at`: UTC, ISO 8601 with milliseconds (`2026-11-22T13:45:40.123Z`).
- Dates of events (`date`, `date_start`, `date_end`, `birth_date`, `due_date`, `captured_at`) are ISO
  prefixes whose length is their precision: `2015`, `2015-06` or `2015-06-12`. No day is invented,
  so compare them as text (`date_start >= '2015'`) or with `substr`.
- Country codes are ISO 3166-1 alpha-2 (`CN`, `CA`, `GB`).
- Coded columns hold the keys of the vocabularies at the end of this page; labels are for display.
- Tables marked *Internal* belong to the search index or to bundle merging: read them if you like,
  but their layout may change between versions.
- Every record table has a `vv` column: the record's version vector ("code:counter,...", codes from
  `sync_replicas`; docs/bundle.md), which is not part of the record's content.
"""

EXAMPLES = """## Example queries

```sql
-- Cases per status
SELECT status, count(*) FROM cases GROUP BY status;

-- Incidents per tactic and year (of the start date, else of the end date), as the statistics count them
SELECT tactic, year, count(*) FROM incidents GROUP BY 1, 2 ORDER BY 2, 3 DESC;

-- Persons affected by each incident, counting a group as its size (at least 2 when unknown)
SELECT i.id, i.tactic, sum(CASE WHEN p.kind = 'group' THEN coalesce(p.group_size, 2) ELSE 1 END) AS people
  FROM incidents i JOIN incident_targets t ON t.incident_id = i.id JOIN persons p ON p.id = t.person_id
  GROUP BY i.id;

-- Overseas police stations by city and operating bureau
SELECT s.country, s.city, s.name, b.name AS operating_bureau FROM organisations s
  LEFT JOIN organisations b ON b.id = s.parent_id WHERE s.kind = 'overseas_police_station';

-- People targeted, with the cases they appear in, who may be named to authorities
SELECT c.reference, p.name, p.name_original FROM roles r
  JOIN persons p ON p.id = r.person_id JOIN cases c ON c.id = r.case_id
  WHERE r.role = 'target' AND p.consent IN ('authorities', 'public');

-- Full-text search (the app's search also folds pinyin and traditional characters)
SELECT c.reference, c.title FROM search_fts JOIN search_doc d ON d.docid = search_fts.rowid
  JOIN cases c ON c.id = d.case_id WHERE search_fts MATCH 'interpol' ORDER BY rank;
```
"""


def _table_section(conn, table: str) -> list[str]:
    lines = [f"### {table}", "", TABLES.get(table, "(no description)"), ""]
    fks = {row[3]: f"{row[2]}.{row[4]}" for row in conn.execute(f"PRAGMA foreign_key_list({table})")}
    unique = set()
    for row in conn.execute(f"PRAGMA index_list({table})"):
        columns = [r[2] for r in conn.execute(f"PRAGMA index_info({row[1]})")]
        if row[2] and row[3] == "u" and len(columns) == 1:
            unique.add(columns[0])
    lines += ["| column | type | required | notes |", "|---|---|---|---|"]
    for _cid, name, ctype, notnull, default, pk, hidden in conn.execute(f"PRAGMA table_xinfo({table})"):
        if hidden == 1:  # a virtual table's hidden column (FTS5's own name and rank)
            continue
        notes = []
        if pk:
            notes.append("primary key" if pk == 1 and not any(r[5] > 1 for r in conn.execute(
                f"PRAGMA table_info({table})")) else f"primary key ({pk})")
        if name in unique:
            notes.append("unique")
        if name in fks:
            notes.append(f"→ {fks[name]}")
        if f"{table}.{name}" in VOCABULARIES:
            vocabulary = VOCABULARIES[f"{table}.{name}"]
            notes.append(f"vocabulary [{vocabulary}](#{vocabulary.lower()})")
        if default is not None:
            notes.append(f"default {default}")
        if hidden == 2:  # a virtual generated column
            notes.append("generated (computed when read, not stored)")
        lines.append(f"| `{name}` | {ctype or '—'} | {'yes' if notnull or pk else 'no'} | {'; '.join(notes)} |")
    indexes = [row[1] for row in conn.execute(f"PRAGMA index_list({table})") if not row[1].startswith("sqlite_")]
    if indexes:
        described = []
        for index in sorted(indexes):
            columns = [r[2] for r in conn.execute(f"PRAGMA index_info({index})")]
            described.append(f"`{index}` ({', '.join(columns)})")
        lines += ["", "Indexes: " + ", ".join(described) + "."]
    return [*lines, ""]


def tables(conn) -> list[str]:
    """The vault's own tables: SQLite's and FTS5's shadow tables left out."""
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                        "ORDER BY rowid").fetchall()
    fts = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%fts5%'")}
    return [r[0] for r in rows if not any(r[0].startswith(f"{name}_") for name in fts)]


def render() -> str:
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault.create(Path(folder) / "schema.cvault", "schema document", author="schema")
        try:
            conn = vault.conn
            version = vault.schema_version()
            lines = [HEAD.format(version=version), "## Tables", ""]
            for table in tables(conn):
                lines += _table_section(conn, table)
        finally:
            vault.close()
    lines += ["## Vocabularies", ""]
    for vocabulary in sorted(set(VOCABULARIES.values()) | set(MAPPINGS)):
        if vocabulary in MAPPINGS:
            lines += [f"### {vocabulary}", "", MAPPINGS[vocabulary], "", "| key | label |", "|---|---|"]
        else:
            columns = ", ".join(f"`{c}`" for c, v in VOCABULARIES.items() if v == vocabulary)
            lines += [f"### {vocabulary}", "", f"Used by {columns}.", ""]
            if vocabulary == "TACTIC":  # each tactic's place in the PACE 2509 and HURIDOCS typologies
                lines += ["| key | label | PACE 2509 method | HURIDOCS Types of Acts |", "|---|---|---|---|"]
                lines += [f"| `{key}` | {t.label} | {t.pace and f'`{t.pace}`'} | "
                          f"{t.huridocs and f'`{t.huridocs}` {vocab.HURIDOCS_ACT[t.huridocs]}'} |"
                          for key, t in vocab.TACTICS.items()]
                lines.append("")
                continue
            lines += ["| key | label |", "|---|---|"]
        lines += [f"| `{key}` | {label} |" for key, label in getattr(vocab, vocabulary).items()]
        lines.append("")
    lines.append(EXAMPLES)
    return "\n".join(lines).rstrip("\n") + "\n"


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
