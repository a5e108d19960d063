"""Schema migration 11: the case model that real transnational-repression cases need (docs/model.md).

- incidents: several targets (incident_targets) and several places (incident_places, each with its
  role: where it took place, where the person aimed at was, a third country) replace the single
  targeted_person_id, country, city and location; a date qualifier, a duration, the host state's
  part and, for undated incidents, a hand-set place in the chronology are added;
- persons may stand for a group (with its size and known members: person_members) or an
  unidentified person, and carry target categories;
- organisations gain their level, city and the body they belong to; sources a stable citation
  number, title, authors, outlet and the source they report; exhibits their language, whether they
  are an original, a copy or a translation (of which exhibit, by whom) and their chain of custody
  (exhibit_custody); who appears in an exhibit moves from a JSON array into exhibit_persons (the
  same list, now indexed, so that finding what refers to a person reads no whole table);
  interventions the filing's addressee, numbers, claimant, counsel, and the request they make about
  a notice or extradition request, with its decision;
- new records: interpol_notices, extradition_requests and outcomes (a case's outcome over time),
  each citing sources through its own link table (notice_sources...);
- country fields hold ISO 3166-1 alpha-2 codes.

Records whose content changes (every incident; cases, persons and organisations whose country text
was not a code) are rewritten here, and each gets an audit entry "migrate" with its digest before
and after, so `verify` holds and the history says what happened. Their version vectors are left
as they were: the rewrite is a pure function of the old content (`upgrade_*`), so two laptops that
migrate the same version get the same content, and exchanges between them go on without conflicts.
The importer applies the same functions to documents of interchange version 1 and 2. Open
conflicts keep their two versions, upgraded alike. A country written as text ("Canada") is not
lost: it moves, marked, into the nearest free-text field.

The incidents table is rebuilt (SQLite cannot drop a column a foreign key or index uses), which
runs with foreign-key enforcement off (db.vault migrates before switching it on) and is followed
by a foreign_key_check."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from db.audit import GENESIS, canonical, entry_hash
from db.audit_storage import pack_id, pack_time
from db.countries import country_code

_RECORD = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, author TEXT NOT NULL, vv TEXT NOT NULL DEFAULT ''"

STATEMENTS = (
    f"""CREATE TABLE incidents_new (
        id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), tactic TEXT NOT NULL,
        date_start TEXT, date_end TEXT, description TEXT NOT NULL, verification TEXT NOT NULL, {_RECORD},
        date_qualifier TEXT NOT NULL DEFAULT '', duration TEXT NOT NULL DEFAULT '',
        duration_qualifier TEXT NOT NULL DEFAULT '', host_involvement TEXT NOT NULL DEFAULT '', placed_after TEXT)""",
    """CREATE TABLE incident_targets (
        incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE, position INTEGER NOT NULL,
        person_id TEXT NOT NULL REFERENCES persons(id), PRIMARY KEY (incident_id, position)) WITHOUT ROWID""",
    "CREATE INDEX incident_targets_person ON incident_targets(person_id)",
    """CREATE TABLE incident_places (
        incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE, position INTEGER NOT NULL,
        role TEXT NOT NULL, country TEXT NOT NULL, city TEXT NOT NULL, location TEXT NOT NULL,
        PRIMARY KEY (incident_id, position)) WITHOUT ROWID""",
    "ALTER TABLE persons ADD COLUMN kind TEXT NOT NULL DEFAULT 'individual'",
    "ALTER TABLE persons ADD COLUMN group_size INTEGER",
    "ALTER TABLE persons ADD COLUMN group_size_qualifier TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE persons ADD COLUMN categories TEXT NOT NULL DEFAULT '[]'",
    """CREATE TABLE person_members (
        person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE, position INTEGER NOT NULL,
        member_id TEXT NOT NULL, PRIMARY KEY (person_id, position)) WITHOUT ROWID""",
    "CREATE INDEX person_members_member ON person_members(member_id)",
    "ALTER TABLE organisations ADD COLUMN level TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE organisations ADD COLUMN city TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE organisations ADD COLUMN parent_id TEXT",
    "ALTER TABLE sources ADD COLUMN number INTEGER",
    "ALTER TABLE sources ADD COLUMN title TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sources ADD COLUMN authors TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sources ADD COLUMN outlet TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sources ADD COLUMN based_on_id TEXT",
    "CREATE UNIQUE INDEX sources_number ON sources(case_id, number)",
    """CREATE TABLE exhibit_persons (
        exhibit_id TEXT NOT NULL REFERENCES exhibits(id) ON DELETE CASCADE, position INTEGER NOT NULL,
        person_id TEXT NOT NULL, PRIMARY KEY (exhibit_id, position)) WITHOUT ROWID""",
    "CREATE INDEX exhibit_persons_person ON exhibit_persons(person_id)",
    "INSERT INTO exhibit_persons(exhibit_id, position, person_id) "
    "SELECT e.id, CAST(j.key AS INTEGER), j.value FROM exhibits e, json_each(e.shows_person_ids) j",
    "ALTER TABLE exhibits DROP COLUMN shows_person_ids",
    "ALTER TABLE exhibits ADD COLUMN language TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE exhibits ADD COLUMN copy_kind TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE exhibits ADD COLUMN derived_from_id TEXT",
    "ALTER TABLE exhibits ADD COLUMN translator_id TEXT REFERENCES persons(id)",
    """CREATE TABLE exhibit_custody (
        exhibit_id TEXT NOT NULL REFERENCES exhibits(id) ON DELETE CASCADE, position INTEGER NOT NULL,
        action TEXT NOT NULL, date TEXT, by_id TEXT REFERENCES persons(id), to_id TEXT REFERENCES persons(id),
        method TEXT NOT NULL, place TEXT NOT NULL, notes TEXT NOT NULL,
        PRIMARY KEY (exhibit_id, position)) WITHOUT ROWID""",
    "ALTER TABLE interventions ADD COLUMN addressee_id TEXT REFERENCES organisations(id)",
    "ALTER TABLE interventions ADD COLUMN file_number TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE interventions ADD COLUMN claimant_id TEXT REFERENCES persons(id)",
    "ALTER TABLE interventions ADD COLUMN uci TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE interventions ADD COLUMN counsel_id TEXT REFERENCES persons(id)",
    "ALTER TABLE interventions ADD COLUMN concerns_id TEXT",
    "ALTER TABLE interventions ADD COLUMN request TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE interventions ADD COLUMN decision TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE interventions ADD COLUMN decision_date TEXT",
    f"""CREATE TABLE interpol_notices (
        id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), kind TEXT NOT NULL,
        subject_id TEXT REFERENCES persons(id), issuing_country TEXT NOT NULL,
        issuing_bureau_id TEXT REFERENCES organisations(id), reference TEXT NOT NULL, date TEXT,
        charge TEXT NOT NULL, status TEXT NOT NULL, status_date TEXT, notes TEXT NOT NULL, {_RECORD})""",
    "CREATE INDEX interpol_notices_case ON interpol_notices(case_id)",
    "CREATE INDEX interpol_notices_subject ON interpol_notices(subject_id)",
    "CREATE INDEX interpol_notices_bureau ON interpol_notices(issuing_bureau_id)",
    f"""CREATE TABLE extradition_requests (
        id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), subject_id TEXT REFERENCES persons(id),
        requesting_country TEXT NOT NULL, requested_country TEXT NOT NULL, reference TEXT NOT NULL, date TEXT,
        charge TEXT NOT NULL, status TEXT NOT NULL, status_date TEXT, notes TEXT NOT NULL, {_RECORD})""",
    "CREATE INDEX extradition_requests_case ON extradition_requests(case_id)",
    "CREATE INDEX extradition_requests_subject ON extradition_requests(subject_id)",
    # Every column that holds a person or organisation id is indexed: editing a person re-indexes the
    # cases that mention them (db.references.cases_mentioning), which must not scan whole tables.
    "CREATE INDEX organisations_parent ON organisations(parent_id)",
    "CREATE INDEX exhibits_translator ON exhibits(translator_id)",
    "CREATE INDEX exhibit_custody_by ON exhibit_custody(by_id)",
    "CREATE INDEX exhibit_custody_to ON exhibit_custody(to_id)",
    "CREATE INDEX interventions_addressee ON interventions(addressee_id)",
    "CREATE INDEX interventions_claimant ON interventions(claimant_id)",
    "CREATE INDEX interventions_counsel ON interventions(counsel_id)",
    f"""CREATE TABLE outcomes (
        id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), outcome TEXT NOT NULL, date TEXT,
        date_qualifier TEXT NOT NULL, notes TEXT NOT NULL, {_RECORD})""",
    "CREATE INDEX outcomes_case ON outcomes(case_id, date)",
    *(statement for owner, table in (("interpol_notices", "notice_sources"),
                                     ("extradition_requests", "extradition_sources"), ("outcomes", "outcome_sources"))
      for statement in (
          f"""CREATE TABLE {table} (
              record_id TEXT NOT NULL REFERENCES {owner}(id) ON DELETE CASCADE, position INTEGER NOT NULL,
              source_id TEXT NOT NULL REFERENCES sources(id), PRIMARY KEY (record_id, position)) WITHOUT ROWID""",
          f"CREATE INDEX {table}_source ON {table}(source_id)")),
)

_OLD_INCIDENT = ("id", "case_id", "tactic", "date_start", "date_end", "country", "city", "location",
                 "targeted_person_id", "description", "verification", "created_at", "updated_at", "author", "vv")


# -- the upgrade of one record, shared with the importer of older interchange files ----------------

def split_country(text: Any) -> tuple[str, str]:
    """(ISO code, text that was not one): ' ca' gives ('CA', ''), 'Canada' gives ('', 'Canada')."""
    if not isinstance(text, str) or not text.strip():
        return "", ""
    code = country_code(text)
    return (code, "") if code else ("", text.strip())


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def upgrade_incident(d: dict[str, Any]) -> dict[str, Any]:
    """An incident as written before this model: one target and one place become lists."""
    d = dict(d)
    if "target_ids" in d or "places" in d:
        return d
    target = d.pop("targeted_person_id", None)
    country, city, location = d.pop("country", ""), d.pop("city", ""), d.pop("location", "")
    code, text = split_country(country)
    d["target_ids"] = [target] if isinstance(target, str) and target else []
    city = city if isinstance(city, str) else ""
    location = location if isinstance(location, str) else ""
    written = f"country as written: {text}" if text else ""
    d["places"] = [{"role": "took_place", "country": code, "city": city, "location": _join(written, location)}] \
        if code or city or location or written else []
    return d


def upgrade_case(d: dict[str, Any]) -> dict[str, Any]:
    """Country codes normalised; a country written as text moves into `region`, marked."""
    d = dict(d)
    notes = []
    for key, words in (("host_country", "host country as written"), ("origin_country", "origin state as written")):
        if key in d and isinstance(d[key], str):
            code, text = split_country(d[key])
            d[key] = code
            if text:
                notes.append(f"{words}: {text}")
    if notes:
        region = d.get("region") if isinstance(d.get("region"), str) else ""
        d["region"] = _join(*notes, region)
    return d


def upgrade_person(d: dict[str, Any]) -> dict[str, Any]:
    d = dict(d)
    if isinstance(d.get("citizenships"), list):
        codes, texts = [], []
        for c in d["citizenships"]:
            code, text = split_country(c)
            if code and code not in codes:
                codes.append(code)
            elif text:
                texts.append(text)
        d["citizenships"] = codes
        if texts:
            notes = d.get("notes") if isinstance(d.get("notes"), str) else ""
            d["notes"] = _join(f"citizenship as written: {', '.join(texts)}", notes)
    return d


def upgrade_organisation(d: dict[str, Any]) -> dict[str, Any]:
    d = dict(d)
    if isinstance(d.get("country"), str):
        code, text = split_country(d["country"])
        d["country"] = code
        if text:
            notes = d.get("notes") if isinstance(d.get("notes"), str) else ""
            d["notes"] = _join(f"country as written: {text}", notes)
    return d


UPGRADES = {"incident": upgrade_incident, "case": upgrade_case, "person": upgrade_person,
            "organisation": upgrade_organisation}


# -- the migration ------------------------------------------------------------------------------

def _digest(data: dict[str, Any], later_defaults: dict[str, Any]) -> str:
    """record_digest of a record given as its dict (fields declared later left out at default)."""
    kept = {k: v for k, v in data.items() if not (k in later_defaults and v == later_defaults[k])}
    return hashlib.sha256(canonical(kept).encode()).hexdigest()


_LATER = {
    "incident": {"date_qualifier": "", "duration": "", "duration_qualifier": "", "host_involvement": "",
                 "placed_after": None},
    "person": {"kind": "individual", "group_size": None, "group_size_qualifier": "", "member_ids": [],
               "categories": []},
    "organisation": {"level": "", "city": "", "parent_id": None},
    "case": {},
}


def _repair_early_version_4(conn: Any) -> None:
    """Vaults made by CaseVault at schema 4 before its migration 4 was completed (commits 55ddf53 to
    29a3127 of the main line) lack sync_alarms and the lineage id, and keep peers' anchors by replica
    id: what was added to migration 4 afterwards is added here, so that anchors and `verify` work on
    them (tests/db/test_migrate_case_model.py opens a vault made by that CaseVault)."""
    conn.execute("CREATE TABLE IF NOT EXISTS sync_alarms (at TEXT NOT NULL, peer TEXT NOT NULL, seq INTEGER NOT NULL, "
                 "hash TEXT NOT NULL)")
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('vault_id', lower(hex(randomblob(8))))")
    peers = [r[1] for r in conn.execute("PRAGMA table_info(sync_peers)")]
    if peers and "vault_id" not in peers:
        conn.execute("ALTER TABLE sync_peers ADD COLUMN vault_id TEXT NOT NULL DEFAULT ''")
    anchors = [r[1] for r in conn.execute("PRAGMA table_info(sync_anchors)")]
    if anchors and "vault_id" not in anchors:  # heads of this vault's own chain: now by its lineage id
        conn.execute("ALTER TABLE sync_anchors RENAME TO sync_anchors_old")
        conn.execute("CREATE TABLE sync_anchors (vault_id TEXT NOT NULL, seq INTEGER NOT NULL, hash TEXT NOT NULL, "
                     "peer TEXT NOT NULL, received_at TEXT NOT NULL, PRIMARY KEY (vault_id, seq)) WITHOUT ROWID")
        conn.execute("INSERT OR IGNORE INTO sync_anchors(vault_id, seq, hash, peer, received_at) "
                     "SELECT (SELECT value FROM meta WHERE key = 'vault_id'), seq, hash, peer, received_at "
                     "FROM sync_anchors_old")
        conn.execute("DROP TABLE sync_anchors_old")


def migrate(conn: Any) -> None:
    _repair_early_version_4(conn)
    for statement in STATEMENTS:
        conn.execute(statement)
    entries: list[tuple[str, str, str | None, str, str]] = []  # entity, id, case, before, after
    _incidents(conn, entries)
    _countries(conn, entries)
    _conflicts(conn)
    _audit(conn, entries)
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('search_index', 'stale')")
    problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise RuntimeError(f"migration 11 would leave broken links: {problems[:3]}")


def _incidents(conn: Any, entries: list[tuple[str, str, str | None, str, str]]) -> None:
    rows = conn.execute(f"SELECT {', '.join(_OLD_INCIDENT)} FROM incidents").fetchall()
    links: dict[str, dict[str, list[Any]]] = {}
    for table, col in (("incident_actors", "person_id, organisation_id, degree"),
                       ("incident_sources", "source_id"), ("incident_exhibits", "exhibit_id")):
        for incident_id, *values in conn.execute(f"SELECT incident_id, {col} FROM {table} "
                                                 "ORDER BY incident_id, position"):
            links.setdefault(incident_id, {}).setdefault(table, []).append(values)
    new_rows, targets, places = [], [], []
    for row in rows:
        old = dict(zip(_OLD_INCIDENT, row, strict=True))
        vv = old.pop("vv")
        mine = links.get(old["id"], {})
        old["actors"] = [{"degree": d, "organisation_id": o, "person_id": p}
                         for p, o, d in mine.get("incident_actors", [])]
        old["source_ids"] = [v[0] for v in mine.get("incident_sources", [])]
        old["exhibit_ids"] = [v[0] for v in mine.get("incident_exhibits", [])]
        new = upgrade_incident(old)
        entries.append(("incident", old["id"], old["case_id"], _digest(old, {}), _digest(new, _LATER["incident"])))
        new_rows.append((new["id"], new["case_id"], new["tactic"], new["date_start"], new["date_end"],
                         new["description"], new["verification"], new["created_at"], new["updated_at"],
                         new["author"], vv))
        targets += [(new["id"], n, p) for n, p in enumerate(new["target_ids"])]
        places += [(new["id"], n, p["role"], p["country"], p["city"], p["location"])
                   for n, p in enumerate(new["places"])]
    conn.executemany("INSERT INTO incidents_new(id, case_id, tactic, date_start, date_end, description, "
                     "verification, created_at, updated_at, author, vv) VALUES (?,?,?,?,?,?,?,?,?,?,?)", new_rows)
    conn.execute("DROP TABLE incidents")
    conn.execute("ALTER TABLE incidents_new RENAME TO incidents")
    conn.execute("CREATE INDEX incidents_case ON incidents(case_id, date_start)")
    conn.execute("CREATE INDEX incidents_tactic ON incidents(tactic)")
    conn.executemany("INSERT INTO incident_targets(incident_id, position, person_id) VALUES (?,?,?)", targets)
    conn.executemany("INSERT INTO incident_places(incident_id, position, role, country, city, location) "
                     "VALUES (?,?,?,?,?,?)", places)


_CASE = ("id", "reference", "title", "status", "priority", "confidentiality", "origin_country", "host_country",
         "region", "campaign", "summary", "outcome", "created_at", "updated_at", "author")
_PERSON = ("id", "name", "name_original", "aliases", "sex", "birth_date", "citizenships", "residence_status",
           "occupation", "contact_notes", "address", "consent", "notes", "created_at", "updated_at", "author")
_ORG = ("id", "name", "name_original", "kind", "country", "notes", "created_at", "updated_at", "author")


def _countries(conn: Any, entries: list[tuple[str, str, str | None, str, str]]) -> None:
    """Country fields that are not exactly an ISO code are rewritten (upgrade_*)."""
    tags: dict[str, list[str]] = {}
    for case_id, tag in conn.execute("SELECT case_id, tag FROM case_tags ORDER BY case_id, position"):
        tags.setdefault(case_id, []).append(tag)
    for entity, table, columns, changed_columns in (
            ("case", "cases", _CASE, ("origin_country", "host_country", "region")),
            ("person", "persons", _PERSON, ("citizenships", "notes")),
            ("organisation", "organisations", _ORG, ("country", "notes"))):
        for row in conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall():
            old = dict(zip(columns, row, strict=True))
            if entity == "case":
                old["tags"] = tags.get(old["id"], [])
            if entity == "person":
                old["aliases"], old["citizenships"] = json.loads(old["aliases"]), json.loads(old["citizenships"])
            new = UPGRADES[entity](old)
            if new == old:
                continue
            values = [json.dumps(new[c], ensure_ascii=False) if isinstance(new[c], list) else new[c]
                      for c in changed_columns]
            conn.execute(f"UPDATE {table} SET {', '.join(c + ' = ?' for c in changed_columns)} WHERE id = ?",
                         [*values, old["id"]])
            entries.append((entity, old["id"], old["id"] if entity == "case" else None, _digest(old, {}),
                            _digest(new, _LATER[entity])))


def _conflicts(conn: Any) -> None:
    """Both versions kept in open conflicts take the new shape too."""
    rows = conn.execute("SELECT id, entity, ours_record, theirs_record FROM conflicts WHERE resolved_at IS NULL "
                        "AND entity IN ('incident', 'case', 'person', 'organisation')").fetchall()
    for conflict_id, entity, ours, theirs in rows:
        upgraded = [None if text is None else json.dumps(UPGRADES[entity](json.loads(text)), ensure_ascii=False)
                    for text in (ours, theirs)]
        conn.execute("UPDATE conflicts SET ours_record = ?, theirs_record = ? WHERE id = ?", (*upgraded, conflict_id))


def _audit(conn: Any, entries: list[tuple[str, str, str | None, str, str]]) -> None:
    """One audit entry 'migrate' per rewritten record, chained like any other (db.audit)."""
    if not entries:
        return
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, head = (row[0], bytes(row[1]).hex()) if row else (0, GENESIS)
    author = (conn.execute("SELECT value FROM meta WHERE key = 'author'").fetchone() or ("CaseVault",))[0]
    at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    out = []
    for entity, entity_id, case_id, before, after in entries:
        seq += 1
        head = entry_hash(head, seq, at, author, "migrate", entity, entity_id, case_id, before, after)
        out.append((seq, pack_time(at), author, "migrate", entity, pack_id(entity_id), pack_id(case_id),
                    bytes.fromhex(before),
                    bytes.fromhex(after), bytes.fromhex(head)))
    conn.executemany("INSERT INTO audit(seq, at, author, action, entity, entity_id, case_id, before_digest, "
                     "after_digest, hash) VALUES (?,?,?,?,?,?,?,?,?,?)", out)
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('audit_head', ?)", (f"{seq}:{head}",))


MIGRATION = migrate
