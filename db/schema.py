"""Schema and numbered migrations. `PRAGMA user_version` holds the schema version of a vault;
MIGRATIONS[n - 1] takes a vault from version n - 1 to n. A migration is SQL or a function of the
connection; all pending ones run in one transaction, so a crash leaves the old version intact.
Never edit a migration that has shipped: add a new one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

APPLICATION_ID = 0x43564C54  # "CVLT": tells a CaseVault vault from other SQLCipher databases

_RECORD = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, author TEXT NOT NULL"

V1 = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE cases (
    id TEXT PRIMARY KEY, reference TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
    status TEXT NOT NULL, priority TEXT NOT NULL, confidentiality TEXT NOT NULL,
    origin_country TEXT NOT NULL, host_country TEXT NOT NULL, region TEXT NOT NULL,
    campaign TEXT NOT NULL, summary TEXT NOT NULL, outcome TEXT NOT NULL, {_RECORD});
CREATE INDEX cases_updated ON cases(updated_at);
CREATE TABLE case_tags (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE, position INTEGER NOT NULL,
    tag TEXT NOT NULL, PRIMARY KEY (case_id, position)) WITHOUT ROWID;
CREATE INDEX case_tags_tag ON case_tags(tag);

CREATE TABLE persons (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, name_original TEXT NOT NULL, aliases TEXT NOT NULL,
    sex TEXT NOT NULL, birth_date TEXT, citizenships TEXT NOT NULL, residence_status TEXT NOT NULL,
    occupation TEXT NOT NULL, contact_notes TEXT NOT NULL, address TEXT NOT NULL, consent TEXT NOT NULL,
    notes TEXT NOT NULL, {_RECORD});
CREATE TABLE organisations (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, name_original TEXT NOT NULL, kind TEXT NOT NULL,
    country TEXT NOT NULL, notes TEXT NOT NULL, {_RECORD});

CREATE TABLE roles (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id),
    person_id TEXT NOT NULL REFERENCES persons(id), role TEXT NOT NULL, relation TEXT NOT NULL,
    notes TEXT NOT NULL, {_RECORD});
CREATE INDEX roles_case ON roles(case_id);
CREATE INDEX roles_person ON roles(person_id);

CREATE TABLE sources (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), kind TEXT NOT NULL,
    citation TEXT NOT NULL, date TEXT, language TEXT NOT NULL, url TEXT NOT NULL,
    reliability TEXT NOT NULL, credibility TEXT NOT NULL, {_RECORD});
CREATE INDEX sources_case ON sources(case_id);

CREATE TABLE exhibits (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), number INTEGER NOT NULL,
    original_name TEXT NOT NULL, mime_type TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL,
    captured_at TEXT, description TEXT NOT NULL, shows_person_ids TEXT NOT NULL, {_RECORD},
    UNIQUE (case_id, number));
CREATE TABLE exhibit_data (
    exhibit_id TEXT PRIMARY KEY REFERENCES exhibits(id) ON DELETE CASCADE, data BLOB NOT NULL);

CREATE TABLE incidents (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), tactic TEXT NOT NULL,
    date_start TEXT, date_end TEXT, country TEXT NOT NULL, city TEXT NOT NULL, location TEXT NOT NULL,
    targeted_person_id TEXT REFERENCES persons(id), description TEXT NOT NULL,
    verification TEXT NOT NULL, {_RECORD});
CREATE INDEX incidents_case ON incidents(case_id, date_start);
CREATE INDEX incidents_tactic ON incidents(tactic);
CREATE TABLE incident_actors (
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE, position INTEGER NOT NULL,
    person_id TEXT REFERENCES persons(id), organisation_id TEXT REFERENCES organisations(id),
    degree TEXT NOT NULL, PRIMARY KEY (incident_id, position),
    CHECK ((person_id IS NULL) <> (organisation_id IS NULL))) WITHOUT ROWID;
CREATE TABLE incident_sources (
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE, position INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(id), PRIMARY KEY (incident_id, position)) WITHOUT ROWID;
CREATE INDEX incident_sources_source ON incident_sources(source_id);
CREATE TABLE incident_exhibits (
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE, position INTEGER NOT NULL,
    exhibit_id TEXT NOT NULL REFERENCES exhibits(id), PRIMARY KEY (incident_id, position)) WITHOUT ROWID;
CREATE INDEX incident_exhibits_exhibit ON incident_exhibits(exhibit_id);

CREATE TABLE interventions (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), kind TEXT NOT NULL, date TEXT,
    status TEXT NOT NULL, response TEXT NOT NULL, notes TEXT NOT NULL, {_RECORD});
CREATE INDEX interventions_case ON interventions(case_id);
CREATE TABLE notes (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), body TEXT NOT NULL, {_RECORD});
CREATE INDEX notes_case ON notes(case_id);
CREATE TABLE tasks (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), title TEXT NOT NULL, due_date TEXT,
    done INTEGER NOT NULL, {_RECORD});
CREATE INDEX tasks_case ON tasks(case_id);

CREATE TABLE audit (
    seq INTEGER PRIMARY KEY, at TEXT NOT NULL, author TEXT NOT NULL, action TEXT NOT NULL,
    entity TEXT NOT NULL, entity_id TEXT NOT NULL, case_id TEXT, before_digest TEXT, after_digest TEXT,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE INDEX audit_entity ON audit(entity_id);
CREATE INDEX audit_case ON audit(case_id);
"""

Migration = str | Callable[[Any], None]

def _load() -> list[Migration]:
    from db import (  # noqa: PLC0415 - each feature owns its migration
        audit_compact_schema,
        audit_schema,
        case_model_schema,
        exhibit_persons_schema,
        last_change_schema,
        list_schema,
        search_entities_schema,
        search_schema,
        sheet_base_schema,
        statistics_schema,
        sync_schema,
        versions_schema,
    )

    return [V1, search_schema.MIGRATION, sync_schema.MIGRATION, versions_schema.MIGRATION, audit_schema.MIGRATION,
            exhibit_persons_schema.MIGRATION, list_schema.MIGRATION, search_entities_schema.MIGRATION,
            audit_compact_schema.MIGRATION, last_change_schema.MIGRATION, case_model_schema.MIGRATION,
            statistics_schema.MIGRATION, sheet_base_schema.MIGRATION]


MIGRATIONS: list[Migration] = _load()


def latest_version() -> int:
    return len(MIGRATIONS)


def migrate(conn: Any, current: int, target: int | None = None) -> None:
    """Apply migrations current+1..target inside the caller's transaction."""
    target = latest_version() if target is None else target
    for version in range(current + 1, target + 1):
        step = MIGRATIONS[version - 1]
        if callable(step):
            step(conn)
        else:
            for statement in _statements(step):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {int(version)}")


def _statements(script: str) -> list[str]:
    # executescript() would COMMIT the caller's transaction; split on ';' instead (no ';' in our DDL bodies).
    return [s.strip() for s in script.split(";") if s.strip()]
