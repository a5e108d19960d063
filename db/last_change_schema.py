"""Schema migration: `cases.changed_at`, the time of the latest change to anything in a case, kept
by db.last_change and sorted on by the case list. Existing cases get it computed from their
records; no record changes, so digests and the audit chain stay as they were."""

from __future__ import annotations

from typing import Any

from db.last_change import refresh


def migrate(conn: Any) -> None:
    conn.execute("ALTER TABLE cases ADD COLUMN changed_at TEXT NOT NULL DEFAULT ''")
    conn.execute("CREATE INDEX cases_changed ON cases(changed_at)")
    refresh(conn)


MIGRATION = migrate
