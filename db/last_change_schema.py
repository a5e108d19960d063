"""Schema migration: `cases.changed_at`, the time of the latest change to anything in a case, kept
by db.last_change and sorted on by the case list. Existing cases get it computed from their
records; no record changes, so digests and the audit chain stay as they were."""

from __future__ import annotations

from typing import Any

from db.last_change import refresh


def migrate(conn: Any) -> None:
    conn.execute("ALTER TABLE cases ADD COLUMN changed_at TEXT NOT NULL DEFAULT ''")
    # The list sorts on it (db.caselist): a covering index like db.list_schema's, which replaces the
    # one on updated_at that the list no longer offers.
    conn.execute("DROP INDEX IF EXISTS cases_by_update")
    conn.execute("CREATE INDEX cases_by_change ON cases(changed_at, reference, id)")
    # The tables of schema version 10: later migrations add case records of their own, still empty here.
    refresh(conn, children=("roles", "incidents", "sources", "exhibits", "interventions", "notes", "tasks",
                            "tombstones"))


MIGRATION = migrate
