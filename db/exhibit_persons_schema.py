"""Schema migration: exhibits record whether someone said who appears in them
(Exhibit.persons_recorded; owned by db.repositories.ExhibitRepository, read by dossier redaction),
and the search index is rebuilt because its tokens changed (invisible characters now fold to
nothing, and Chinese names also get the surname reading of their first character).

Existing exhibits get 0 (not recorded): a dossier withholds their images until someone records
who appears in them or confirms them for that dossier. The column's default leaves existing
records as they were, so their digests, and the audit chain, stay valid (db.models.later). The
index is only marked 'stale'; db.search_index rebuilds it after all migrations have run."""

from __future__ import annotations

from typing import Any

STATEMENTS = (
    "ALTER TABLE exhibits ADD COLUMN persons_recorded INTEGER NOT NULL DEFAULT 0",
    "INSERT OR REPLACE INTO meta(key, value) VALUES ('search_index', 'stale')",
)


def migrate(conn: Any) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)


MIGRATION = migrate
