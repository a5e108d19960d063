"""Version tokens: how two vaults tell which of their versions of a record is newer (docs/bundle.md).

Every write of a record is one audit entry, and the entry's hash is unique, so it names that version:
it is the version's *token*. A vault that takes a version from a bundle writes its own audit entry
and remembers (sync_adopted, by the entry's seq) that this entry holds the other vault's token, so both name the version
alike. A record's *history* is the set of tokens of every version the vault has held, plus tokens it
learned are older than its own (sync_known). A revert (A -> B -> A) is a new write, so a new token:
content digests alone could not tell it from the old A.

Thread rule: like every vault function, call these on the thread that opened the vault."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from db.models import ENTITY_TYPES
from db.repository import chunks

if TYPE_CHECKING:
    from db.vault import Vault

RECORD_ENTITIES = tuple(ENTITY_TYPES)


@dataclass
class Version:
    """What one vault knows of one record: its current token and every token it has superseded."""

    entity: str
    record_id: str
    case_id: str | None
    state: str  # token of the current version (of the delete, when `live` is False)
    live: bool
    history: set[str] = field(default_factory=set)  # includes `state`
    author: str = ""
    at: str = ""
    before_digest: str | None = None  # for a delete: digest of the version that was deleted


def versions(vault: Vault, ids: Iterable[str], rows: list[list[object]] | None = None) -> dict[str, Version]:
    """The Version of each id this vault has ever held or heard of (ids without audit entries are absent).
    With `rows`, also appends the audit entries read, as compact rows for a bundle (oldest first):
    [seq, at, author, action, entity, entity_id, case_id, before_digest, after_digest, token], where
    token is the version the entry wrote (its own hash, or the token it adopted)."""
    ids = list(dict.fromkeys(ids))
    out: dict[str, Version] = {}
    conn = vault.conn
    start = len(rows) if rows is not None else 0
    for part in chunks(ids):
        marks = ",".join("?" * len(part))
        found = conn.execute(
            "SELECT a.seq, a.at, a.author, a.action, a.entity, a.entity_id, a.case_id, a.before_digest, "
            "a.after_digest, a.hash, s.origin FROM audit a LEFT JOIN sync_adopted s ON s.seq = a.seq "
            f"WHERE a.entity_id IN ({marks}) ORDER BY a.seq", part).fetchall()
        for seq, at, author, action, entity, record_id, case_id, before, after, entry_hash, origin in found:
            if entity not in ENTITY_TYPES:
                continue
            token = origin or entry_hash
            if rows is not None:
                rows.append([seq, at, author, action, entity, record_id, case_id, before, after, token])
            v = out.get(record_id)
            if v is None:
                v = out[record_id] = Version(entity, record_id, case_id, token, after is not None)
            v.state, v.live, v.case_id, v.author, v.at = token, after is not None, case_id, author, at
            v.before_digest = before if after is None else None
            v.history.add(token)
        for record_id, token in conn.execute(
                f"SELECT entity_id, token FROM sync_known WHERE entity_id IN ({marks})", part):
            if record_id in out:
                out[record_id].history.add(token)
    if rows is not None:
        rows[start:] = sorted(rows[start:], key=lambda r: r[0])  # type: ignore[arg-type, return-value]
    return out


def deleted_records(vault: Vault, case_ids: set[str] | None = None, since: str | None = None) -> list[Version]:
    """Records whose last audit entry is a delete (tombstones), optionally only those of some cases
    (a case's own tombstone belongs to no case, so it travels only without a case filter) and only
    those deleted at or after `since`."""
    marks = ",".join("?" * len(RECORD_ENTITIES))
    candidates = [r[0] for r in vault.conn.execute(
        f"SELECT DISTINCT entity_id FROM audit WHERE after_digest IS NULL AND entity IN ({marks})", RECORD_ENTITIES)]
    out = []
    for v in versions(vault, candidates).values():
        if v.live or (case_ids is not None and v.case_id not in case_ids) or (since and v.at < since):
            continue
        out.append(v)
    return sorted(out, key=lambda v: (v.at, v.record_id))


def changed_since(vault: Vault, since: str) -> tuple[set[str], set[str]]:
    """(ids of cases with any change at or after `since` in them, ids of persons and organisations
    changed since then)."""
    cases: set[str] = set()
    others: set[str] = set()
    for entity, entity_id, case_id in vault.conn.execute(
            "SELECT entity, entity_id, case_id FROM audit WHERE at >= ?", (since,)):
        if entity == "case":
            cases.add(entity_id)
        elif case_id:
            cases.add(case_id)
        elif entity in ("person", "organisation"):
            others.add(entity_id)
    return cases, others


def adopt(vault: Vault, after_seq: int, origins: dict[str, str]) -> None:
    """Map the last audit entry written after `after_seq` for each id in `origins` to its token there."""
    if not origins:
        return
    last: dict[str, int] = {}
    for seq, entity_id in vault.conn.execute("SELECT seq, entity_id FROM audit WHERE seq > ? ORDER BY seq",
                                             (after_seq,)):
        if entity_id in origins:
            last[entity_id] = seq
    vault.conn.executemany("INSERT OR REPLACE INTO sync_adopted(seq, origin) VALUES (?, ?)",
                           [(seq, origins[i]) for i, seq in last.items()])


def remember(vault: Vault, pairs: Sequence[tuple[str, str]]) -> int:
    """Record (record id, token) pairs as superseded by this vault's version. Returns how many were new."""
    if not pairs:
        return 0
    before = vault.conn.total_changes
    vault.conn.executemany("INSERT OR IGNORE INTO sync_known(entity_id, token) VALUES (?, ?)", pairs)
    return vault.conn.total_changes - before
