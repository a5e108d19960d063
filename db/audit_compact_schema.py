"""Schema migration 9: audit entries stored compactly (db.audit_storage): ids as 16 bytes, times as
milliseconds, and no index by case (a case's history is found through its records' ids, live or
deleted, which db.audit.AuditLog gathers). About a third less space per entry; hashes unchanged."""

from __future__ import annotations

from typing import Any

from db.audit_storage import pack_id, pack_time


def migrate(conn: Any) -> None:
    conn.create_function("cv_pack_id", 1, pack_id, deterministic=True)
    conn.create_function("cv_pack_time", 1, pack_time, deterministic=True)
    for statement in (
        "CREATE TABLE audit2 (seq INTEGER PRIMARY KEY, at NOT NULL, author TEXT NOT NULL, action TEXT NOT NULL, "
        "entity TEXT NOT NULL, entity_id NOT NULL, case_id, before_digest BLOB, after_digest BLOB, "
        "hash BLOB NOT NULL)",
        "INSERT INTO audit2 SELECT seq, cv_pack_time(at), author, action, entity, cv_pack_id(entity_id), "
        "cv_pack_id(case_id), before_digest, after_digest, hash FROM audit ORDER BY seq",
        "DROP TABLE audit",
        "ALTER TABLE audit2 RENAME TO audit",
        "CREATE INDEX audit_entity ON audit(entity_id)",
    ):
        conn.execute(statement)


MIGRATION = migrate
