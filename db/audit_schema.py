"""Schema migration 5: the audit trail's second format (owned by db.audit).

- Every entry from now on is hashed over an unambiguous encoding of its fields (each one
  length-prefixed, absent values marked), not over fields joined by a separator, which a crafted
  field could imitate. Entries written before keep their hashes (dossiers and peers may quote them)
  and are checked the old way; `meta.audit_v2_from` says where the new encoding starts.
- Digests and hashes are stored as 32 bytes instead of 64 hexadecimal characters, and the previous
  entry's hash is no longer stored in each entry (it is the previous row's hash). Only the indexes
  that history and merges use remain (by record and by case).
"""

from __future__ import annotations

from typing import Any

STATEMENTS = (
    "CREATE TABLE audit2 (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, author TEXT NOT NULL, action TEXT NOT NULL, "
    "entity TEXT NOT NULL, entity_id TEXT NOT NULL, case_id TEXT, before_digest BLOB, after_digest BLOB, "
    "hash BLOB NOT NULL)",
    "INSERT INTO audit2 SELECT seq, at, author, action, entity, entity_id, case_id, unhex(before_digest), "
    "unhex(after_digest), unhex(hash) FROM audit ORDER BY seq",
    "INSERT OR REPLACE INTO meta(key, value) SELECT 'audit_v2_from', coalesce(max(seq), 0) + 1 FROM audit",
    "DROP TABLE audit",
    "ALTER TABLE audit2 RENAME TO audit",
    "CREATE INDEX audit_entity ON audit(entity_id)",
    "CREATE INDEX audit_case ON audit(case_id)",
)


def migrate(conn: Any) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)


MIGRATION = migrate
