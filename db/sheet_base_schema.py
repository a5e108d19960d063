"""Schema migration 13: what the last sheet import said about each record it filled (owned by
db.sheet_bases): one row per record and source (a mapping's namespace: two lists that fill one
record each have their own), a fingerprint of each field the sheet gave. A re-import
compares the sheet, the vault and this base field by field, so that a value changed in the vault
since is never taken back by a sheet that still holds the old one."""

from __future__ import annotations

STATEMENTS = (
    "CREATE TABLE sheet_base (record_id BLOB NOT NULL, source TEXT NOT NULL, fields TEXT NOT NULL, "
    "PRIMARY KEY (record_id, source)) WITHOUT ROWID",
)


def migrate(conn: object) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)  # type: ignore[attr-defined]


MIGRATION = migrate
