"""Conflicts: a record changed on both sides since the two vaults last met. Both versions are kept
(the live one in its table, the other in `conflicts`) until someone picks one, in the app or with
`casevault conflicts VAULT --resolve ID --keep ours|theirs`.

`live` says which version the vault holds meanwhile: ours for an edit against an edit or against a
delete; theirs when we had deleted the record and the other side changed it (or still uses it), so
that no change is lost and no link breaks while the conflict is open.

Thread rule: like every vault function, call these on the thread that opened the vault."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from db.audit import canonical
from db.errors import NotFoundError, ValidationError, VaultError
from db.merge_history import adopt, remember
from db.models import ENTITY_TYPES, Record
from db.models import new_id as _new_id
from db.repository import record_dict

if TYPE_CHECKING:
    from db.vault import Vault

REASONS = {
    "both_changed": "changed in this vault and in the bundle",
    "changed_here_deleted_there": "changed in this vault, deleted in the bundle's vault",
    "deleted_here_changed_there": "deleted in this vault, changed in the bundle's vault (kept theirs meanwhile)",
    "deleted_there_still_used": "deleted in the bundle's vault, still used by records in this vault",
    "deleted_here_needed": "deleted in this vault, needed by records from the bundle (restored meanwhile)",
}
_COLUMNS = ("id, entity, entity_id, case_id, reason, live, ours_record, theirs_record, theirs_author, theirs_at, "
            "bundle_id, found_at, resolved_at, resolution, resolved_by")


@dataclass
class NewConflict:
    """A conflict found by a merge, before it is stored."""

    entity: str
    entity_id: str
    case_id: str | None
    reason: str
    live: str  # "ours" | "theirs"
    ours: Record | None
    ours_token: str | None
    theirs: Record | None  # None: the other side deleted it
    theirs_token: str
    theirs_history: Sequence[str]
    theirs_author: str
    theirs_at: str
    blob: bytes | None = None  # their exhibit bytes, when they differ from ours


@dataclass
class Conflict:
    id: str
    entity: str
    entity_id: str
    case_id: str | None
    reason: str
    live: str
    ours: Record | None  # None: deleted in this vault
    theirs: Record | None  # None: deleted in the other vault
    theirs_author: str
    theirs_at: str
    bundle_id: str
    found_at: str
    resolved_at: str | None
    resolution: str | None
    resolved_by: str | None

    @property
    def explanation(self) -> str:
        return REASONS.get(self.reason, self.reason)

    def differing_fields(self) -> list[str]:
        """Names of the fields that differ (timestamps and author left out); ["deleted"] against a delete."""
        if self.ours is None or self.theirs is None:
            return ["deleted"]
        a, b = record_dict(self.ours), record_dict(self.theirs)
        return [k for k in a if k not in ("created_at", "updated_at", "author") and a[k] != b.get(k)]


def _dump(record: Record | None) -> str | None:
    return None if record is None else canonical(record_dict(record))


def _load(entity: str, text: str | None) -> Record | None:
    return None if text is None else ENTITY_TYPES[entity].from_dict(json.loads(text))


def known_conflicts(vault: Vault, ids: Sequence[str]) -> tuple[set[tuple[str, str]], set[str]]:
    """((entity id, their token) of every conflict ever stored for these ids, ids with an open conflict)."""
    from db.repository import chunks  # noqa: PLC0415

    seen: set[tuple[str, str]] = set()
    open_ids: set[str] = set()
    for part in chunks(list(ids)):
        for entity_id, token, resolved in vault.conn.execute(
                "SELECT entity_id, theirs_token, resolved_at FROM conflicts "
                f"WHERE entity_id IN ({','.join('?' * len(part))})", part):
            seen.add((entity_id, token))
            if resolved is None:
                open_ids.add(entity_id)
    return seen, open_ids


def record_conflicts(vault: Vault, found: Sequence[NewConflict], bundle_id: str) -> list[str]:
    """Store new conflicts (inside the caller's transaction); an older open conflict on the same
    record is closed as superseded. Returns the new conflicts' ids."""
    from db.vault import now  # noqa: PLC0415

    at, ids = now(), []
    for c in found:
        cid = _new_id()
        vault.conn.execute("UPDATE conflicts SET resolved_at = ?, resolution = 'superseded', resolved_by = ? "
                           "WHERE entity_id = ? AND resolved_at IS NULL", (at, vault.author, c.entity_id))
        vault.conn.execute(
            "INSERT INTO conflicts(id, entity, entity_id, case_id, reason, live, ours_token, ours_record, "
            "theirs_token, theirs_record, theirs_history, theirs_author, theirs_at, bundle_id, found_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (cid, c.entity, c.entity_id, c.case_id, c.reason, c.live, c.ours_token, _dump(c.ours), c.theirs_token,
             _dump(c.theirs), json.dumps(sorted(c.theirs_history)), c.theirs_author, c.theirs_at, bundle_id, at))
        if c.blob is not None:
            vault.conn.execute("INSERT INTO conflict_data(conflict_id, data) VALUES (?, ?)", (cid, c.blob))
        ids.append(cid)
    return ids


def settle(vault: Vault, ids: Iterable[str]) -> int:
    """Close open conflicts on records a later bundle brought back into agreement."""
    from db.vault import now  # noqa: PLC0415

    rows = [(now(), vault.author, i) for i in ids]
    before = vault.conn.total_changes
    vault.conn.executemany("UPDATE conflicts SET resolved_at = ?, resolution = 'settled', resolved_by = ? "
                           "WHERE entity_id = ? AND resolved_at IS NULL", rows)
    return vault.conn.total_changes - before


def list_conflicts(vault: Vault, *, include_resolved: bool = False, case_id: str | None = None) -> list[Conflict]:
    """Open conflicts (or all), oldest first. `ours`/`theirs` show the live side as it is now."""
    sql, args = f"SELECT {_COLUMNS} FROM conflicts", []  # type: ignore[var-annotated]
    where = [] if include_resolved else ["resolved_at IS NULL"]
    if case_id is not None:
        where.append("(case_id = ? OR entity_id = ?)")
        args += [case_id, case_id]
    if where:
        sql += " WHERE " + " AND ".join(where)
    out = []
    for row in vault.conn.execute(sql + " ORDER BY found_at, rowid", args).fetchall():
        out.append(_conflict(vault, row))
    return out


def get_conflict(vault: Vault, conflict_id: str) -> Conflict:
    row = vault.conn.execute(f"SELECT {_COLUMNS} FROM conflicts WHERE id = ?", (conflict_id,)).fetchone()
    if row is None:
        raise NotFoundError("conflict", conflict_id)
    return _conflict(vault, row)


def _conflict(vault: Vault, row: Sequence[Any]) -> Conflict:
    (cid, entity, entity_id, case_id, reason, live, ours_json, theirs_json, theirs_author, theirs_at, bundle_id,
     found_at, resolved_at, resolution, resolved_by) = row
    ours, theirs = _load(entity, ours_json), _load(entity, theirs_json)
    if resolved_at is None:
        current = vault.repos.by_entity()[entity].find(entity_id)
        if live == "ours":
            ours = current
        else:
            theirs = current
    return Conflict(cid, entity, entity_id, case_id, reason, live, ours, theirs, theirs_author, theirs_at,
                    bundle_id, found_at, resolved_at, resolution, resolved_by)


def resolve_conflict(vault: Vault, conflict_id: str, keep: str) -> Conflict:
    """Keep one version of a conflicting record: "ours" (this vault's) or "theirs" (the bundle's).
    Writes go through the repositories, so they are audited and `verify` holds; the choice itself
    is an audit entry too (entity "conflict"). Refuses an already resolved conflict, and a delete
    that would break links (with the repositories' message). One transaction."""
    from db.vault import now  # noqa: PLC0415

    if keep not in ("ours", "theirs"):
        raise VaultError("Choose which version to keep: ours or theirs.")
    with vault.write():
        row = vault.conn.execute(
            "SELECT entity, entity_id, case_id, live, theirs_token, theirs_record, theirs_history, resolved_at, "
            "resolution FROM conflicts WHERE id = ?", (conflict_id,)).fetchone()
        if row is None:
            raise NotFoundError("conflict", conflict_id)
        entity, entity_id, case_id, live, token, theirs_json, history, resolved_at, resolution = row
        if resolved_at is not None:
            raise VaultError(f"Conflict {conflict_id} is already resolved ({resolution}).")
        repo = vault.repos.by_entity()[entity]
        head = vault.repos.audit.head()[0]
        if keep != live:
            theirs = _load(entity, theirs_json)
            if keep == "ours" or theirs is None:
                repo.delete(entity_id)  # the kept side is a delete; the repository refuses to break links
            else:
                repo.put_many([theirs], action="merge")
                blob = vault.conn.execute("SELECT data FROM conflict_data WHERE conflict_id = ?",
                                          (conflict_id,)).fetchone()
                if blob is not None:
                    vault.repos.exhibits.put_data(entity_id, bytes(blob[0]))
            if keep == "theirs":
                adopt(vault, head, {entity_id: token})
        remember(vault, [(entity_id, t) for t in {token, *json.loads(history)}])
        at = now()
        vault.conn.execute("UPDATE conflicts SET resolved_at = ?, resolution = ?, resolved_by = ? WHERE id = ?",
                           (at, keep, vault.author, conflict_id))
        vault.repos.audit.append_many([(f"resolve_{keep}", "conflict", conflict_id, case_id, None, None)], at)
    return get_conflict(vault, conflict_id)


def check_keep(keep: str) -> str:
    if keep not in ("keep-both", "ours", "theirs"):
        raise ValidationError("on_conflict", f"{keep!r} is not one of: keep-both, ours, theirs")
    return keep
