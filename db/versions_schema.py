"""Schema migration 4: version vectors replace version tokens (owned by db.versions, see docs/bundle.md).

- every record table gains `vv`, the record's version vector ("code:counter,..."; db.versions);
- sync_replicas gives replica ids their small codes;
- tombstones: one row per deleted record (the vector of its delete; for a case, what it covered);
- sync_peers: what each peer vault knew, and its audit-chain head, as of its last bundle imported here;
- sync_anchors: heads of this vault's own audit chain that peers saw (db.anchors checks them), by the
  vault's lineage id (meta vault_id), which copies of the file share and a replica id does not;
- sync_alarms: each time a peer's bundle showed that this vault no longer holds history it had seen;
- conflicts gain the two sides' vectors and, for a whole-case conflict, the tombstone's detail.

Migrating a vault that used tokens (schema 3): a token named one version of a record (an audit
entry's hash). A record's history of tokens becomes a vector with one entry per token, "~" and the
token's first 16 hex digits, each at 1: two vaults that migrate independently give the same version
the same vector, and a history that includes another's tokens covers it, exactly as before. Such
entries are written as they are (no code), so the old histories do not fill sync_replicas.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

RECORD_TABLES = {"case": "cases", "person": "persons", "organisation": "organisations", "role": "roles",
                 "incident": "incidents", "source": "sources", "exhibit": "exhibits",
                 "intervention": "interventions", "note": "notes", "task": "tasks"}

STATEMENTS = (
    "CREATE TABLE sync_replicas (code INTEGER PRIMARY KEY, replica TEXT NOT NULL UNIQUE)",
    "CREATE TABLE tombstones (entity_id TEXT PRIMARY KEY, entity TEXT NOT NULL, case_id TEXT, vv TEXT NOT NULL, "
    "covers TEXT, at TEXT NOT NULL, author TEXT NOT NULL) WITHOUT ROWID",
    "CREATE INDEX tombstones_case ON tombstones(case_id)",
    "CREATE TABLE sync_peers (replica TEXT PRIMARY KEY, vault_id TEXT NOT NULL, author TEXT NOT NULL, "
    "knowledge TEXT NOT NULL, head_seq INTEGER NOT NULL, head_hash TEXT NOT NULL, bundle_id TEXT NOT NULL, "
    "received_at TEXT NOT NULL)",
    "CREATE TABLE sync_anchors (vault_id TEXT NOT NULL, seq INTEGER NOT NULL, hash TEXT NOT NULL, "
    "peer TEXT NOT NULL, received_at TEXT NOT NULL, PRIMARY KEY (vault_id, seq)) WITHOUT ROWID",
    "CREATE TABLE sync_alarms (at TEXT NOT NULL, peer TEXT NOT NULL, seq INTEGER NOT NULL, hash TEXT NOT NULL)",
    "INSERT OR IGNORE INTO meta(key, value) VALUES ('vault_id', lower(hex(randomblob(8))))",
    *(f"ALTER TABLE {t} ADD COLUMN vv TEXT NOT NULL DEFAULT ''" for t in RECORD_TABLES.values()),
    "ALTER TABLE conflicts ADD COLUMN ours_vv TEXT",
    "ALTER TABLE conflicts ADD COLUMN theirs_vv TEXT",
    "ALTER TABLE conflicts ADD COLUMN detail TEXT",
)


def legacy(tokens: Iterable[str]) -> str:
    """The stored vector standing for a set of old version tokens."""
    return ",".join(sorted({f"~{t[:16]}" for t in tokens if t}))


def migrate(conn: Any) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
    known: dict[str, set[str]] = {}
    for entity_id, token in conn.execute("SELECT entity_id, token FROM sync_known"):
        known.setdefault(entity_id, set()).add(token)
    history: set[str] = set()
    last: tuple[Any, ...] | None = None
    updates: dict[str, list[tuple[str, str]]] = {t: [] for t in RECORD_TABLES.values()}
    stones: list[tuple[Any, ...]] = []

    def finish() -> None:
        if last is None:
            return
        entity_id, entity, case_id, at, author, after = last[:6]
        vector = legacy(history | known.get(entity_id, set()))
        if after is None:
            stones.append((entity_id, entity, case_id, vector, at, author))
        else:
            updates[RECORD_TABLES[entity]].append((vector, entity_id))

    rows = conn.execute(
        "SELECT a.entity_id, a.entity, a.case_id, a.at, a.author, a.after_digest, coalesce(s.origin, a.hash) "
        "FROM audit a LEFT JOIN sync_adopted s ON s.seq = a.seq "
        f"WHERE a.entity IN ({','.join('?' * len(RECORD_TABLES))}) ORDER BY a.entity_id, a.seq",
        list(RECORD_TABLES))
    for row in rows:
        if last is None or row[0] != last[0]:
            finish()
            history = set()
        history.add(row[6])
        last = row
    finish()
    for table, pairs in updates.items():
        conn.executemany(f"UPDATE {table} SET vv = ? WHERE id = ?", pairs)
    covers: dict[str, dict[str, str]] = {}
    for entity_id, entity, case_id, vector, _, _ in stones:
        if entity != "case" and case_id:
            covers.setdefault(case_id, {})[entity_id] = vector
    conn.executemany(
        "INSERT OR REPLACE INTO tombstones(entity_id, entity, case_id, vv, covers, at, author) VALUES (?,?,?,?,?,?,?)",
        [(i, e, c, v, json.dumps({**covers.get(i, {}), i: v}, sort_keys=True) if e == "case" else None, at, author)
         for i, e, c, v, at, author in stones])
    _migrate_conflicts(conn)
    for statement in ("DROP TABLE sync_adopted", "DROP TABLE sync_known", "DROP INDEX audit_deletes",
                      "DROP INDEX audit_at"):
        conn.execute(statement)


def _migrate_conflicts(conn: Any) -> None:
    rows = conn.execute("SELECT c.id, c.entity, c.entity_id, c.ours_token, c.theirs_token, c.theirs_history "
                        "FROM conflicts c WHERE c.resolved_at IS NULL").fetchall()
    for conflict_id, entity, entity_id, ours_token, theirs_token, history in rows:
        live = conn.execute(f"SELECT vv FROM {RECORD_TABLES[entity]} WHERE id = ?", (entity_id,)).fetchone()
        stone = conn.execute("SELECT vv FROM tombstones WHERE entity_id = ?", (entity_id,)).fetchone()
        ours = legacy([ours_token]) if ours_token else (live or stone or ("",))[0]
        conn.execute("UPDATE conflicts SET ours_vv = ?, theirs_vv = ? WHERE id = ?",
                     (ours, legacy([theirs_token, *json.loads(history)]), conflict_id))


MIGRATION = migrate
