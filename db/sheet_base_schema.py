"""Schema migration 13: what the last sheet import said about each record it filled (owned by
db.sheet_bases): one row per record, a fingerprint of each field the sheet gave. A re-import
compares the sheet, the vault and this base field by field, so that a value changed in the vault
since is never taken back by a sheet that still holds the old one."""

from __future__ import annotations

STATEMENTS = (
    "CREATE TABLE sheet_base (record_id BLOB PRIMARY KEY, fields TEXT NOT NULL) WITHOUT ROWID",
)


def migrate(conn: object) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)  # type: ignore[attr-defined]


MIGRATION = migrate
