"""Conflicts: a record changed on both sides since the two vaults last agreed. Both versions are kept
(the live one in its table, the other in `conflicts`, with both version vectors) until someone picks
one, in the app or with `casevault conflicts VAULT --resolve ID --keep ours|theirs`.

`live` says which version the vault holds meanwhile: ours for an edit against an edit or against a
delete; theirs when we had deleted the record and the other side changed it (or still uses it), so
that no change is lost and no link breaks while the conflict is open. A whole case deleted on one
side and changed on the other is one conflict about the case (reason case_deleted_...): the case
stays, all of it, until someone decides.

A resolution is a new version that descends from both sides (db.versions), so it travels to every
other vault and wins over both there; two vaults that resolve the same conflict differently get a
new conflict, never a silent split.

Thread rule: like every vault function, call these on the thread that opened the vault."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from db.audit import canonical
from db.errors import NotFoundError, ValidationError, VaultError
from db.models import ENTITY_TYPES, Record
from db.models import new_id as _new_id
from db.notices import Notice
from db.repository import chunks, record_dict
from db.versions import CASE_TABLES, Vector, join

if TYPE_CHECKING:
    from db.vault import Vault

REASONS = {
    "both_changed": "changed in this vault and in the other",
    "changed_here_and_in_file": "changed in this vault and in the imported file (a JSON file or a sheet)",
    "changed_here_deleted_there": "changed in this vault, deleted in the other",
    "deleted_here_changed_there": "deleted in this vault, changed in the other (kept theirs meanwhile)",
    "deleted_there_still_used": "deleted in the other vault, still used by records in this vault",
    "deleted_here_needed": "deleted in this vault, needed by records from the other (restored meanwhile)",
    "case_deleted_there_changed_here": "the case was deleted in the other vault and changed in this one "
                                       "(the whole case is kept meanwhile)",
    "case_deleted_here_changed_there": "the case was deleted in this vault and changed in the other "
                                      "(the whole case is back meanwhile)",
}
CASE_REASONS = ("case_deleted_there_changed_here", "case_deleted_here_changed_there")
_COLUMNS = ("id, entity, entity_id, case_id, reason, live, ours_record, theirs_record, theirs_author, theirs_at, "
            "bundle_id, found_at, resolved_at, resolution, resolved_by, detail")


@dataclass
class NewConflict:
    """A conflict found by a merge, before it is stored."""

    entity: str
    entity_id: str
    case_id: str | None
    reason: str
    live: str  # "ours" | "theirs"
    ours: Record | None
    ours_vector: Vector
    theirs: Record | None  # None: the other side deleted it
    theirs_vector: Vector
    theirs_author: str
    theirs_at: str
    blob: bytes | None = None  # their exhibit bytes, when they differ from ours
    detail: dict[str, Any] | None = None  # {"covers": {id: vector}} of a whole-case conflict's delete;
    # {"file": True} when theirs came from a JSON file or a sheet (a version no other vault holds);
    # {"fields": [...]} when theirs is a sheet's: only those fields are its, the others are ours


@dataclass
class OpenConflict:
    """The versions an open conflict is about."""

    entity: str
    entity_id: str
    ours: Vector
    theirs: Vector
    from_file: bool = False  # theirs is a file's edit: only a person closes it, never a later merge


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
    removal: dict[str, int] | None = None  # a whole-case conflict: what deleting the case removes now

    @property
    def explanation(self) -> str:
        return REASONS.get(self.reason, self.reason)

    @property
    def whole_case(self) -> bool:
        return self.reason in CASE_REASONS

    def deleting_side(self) -> str:
        """Which choice ("ours" or "theirs") deletes the record (or the whole case); "" if neither."""
        if self.ours is None:
            return "ours"
        if self.theirs is None:
            return "theirs"
        return ""

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


def open_conflicts(vault: Vault, ids: Sequence[str]) -> dict[str, OpenConflict]:
    """The open conflict of each of these records that has one."""
    out: dict[str, OpenConflict] = {}
    for part in chunks(list(ids)):
        for entity, entity_id, ours, theirs, detail in vault.conn.execute(
                "SELECT entity, entity_id, ours_vv, theirs_vv, detail FROM conflicts "
                f"WHERE resolved_at IS NULL AND entity_id IN ({','.join('?' * len(part))})", part):
            out[entity_id] = OpenConflict(entity, entity_id, vault.versions.decode(ours),
                                          vault.versions.decode(theirs),
                                          bool(detail and json.loads(detail).get("file")))
    return out


def record_conflicts(vault: Vault, found: Sequence[NewConflict], source_id: str) -> list[str]:
    """Store new conflicts (inside the caller's transaction); an older open conflict on the same
    record is closed as superseded. Returns the new conflicts' ids."""
    from db.vault import now  # noqa: PLC0415

    at, ids, versions = now(), [], vault.versions
    for c in found:
        cid = _new_id()
        c = _with_open_claims(vault, c)
        vault.conn.execute("UPDATE conflicts SET resolved_at = ?, resolution = 'superseded', resolved_by = ? "
                           "WHERE entity_id = ? AND resolved_at IS NULL", (at, vault.author, c.entity_id))
        detail = None
        if c.detail is not None:
            stored = dict(c.detail)
            if "covers" in stored:
                stored["covers"] = {k: versions.encode(v) for k, v in stored["covers"].items()}
            detail = json.dumps(stored)
        vault.conn.execute(
            "INSERT INTO conflicts(id, entity, entity_id, case_id, reason, live, ours_token, ours_record, "
            "theirs_token, theirs_record, theirs_history, theirs_author, theirs_at, bundle_id, found_at, "
            "ours_vv, theirs_vv, detail) VALUES (?,?,?,?,?,?,?,?,?,?,'[]',?,?,?,?,?,?,?)",
            (cid, c.entity, c.entity_id, c.case_id, c.reason, c.live, None, _dump(c.ours), cid, _dump(c.theirs),
             c.theirs_author, c.theirs_at, source_id, at, versions.encode(c.ours_vector),
             versions.encode(c.theirs_vector), detail))
        if c.blob is not None:
            vault.conn.execute("INSERT INTO conflict_data(conflict_id, data) VALUES (?, ?)", (cid, c.blob))
        ids.append(cid)
    return ids


def _with_open_claims(vault: Vault, c: NewConflict) -> NewConflict:
    """A sheet's new conflict on a record with a sheet's conflict still open: the new one keeps what
    the open one's sheet said in the fields it does not speak of, so that nothing a sheet said is
    dropped unseen when the new one supersedes it."""
    fields = (c.detail or {}).get("fields")
    if not fields or c.theirs is None:
        return c
    row = vault.conn.execute("SELECT theirs_record, detail FROM conflicts WHERE entity_id = ? AND resolved_at IS NULL",
                             (c.entity_id,)).fetchone()
    before = json.loads(row[1]).get("fields") if row and row[1] else None
    older = _load(c.entity, row[0]) if before else None
    if older is None:
        return c
    extra = [f for f in before if f not in fields]
    theirs = dataclasses.replace(c.theirs, **{f: copy.deepcopy(getattr(older, f)) for f in extra})
    return dataclasses.replace(c, theirs=theirs, detail={**(c.detail or {}), "fields": [*fields, *extra]})


def settle(vault: Vault, ids: Iterable[str]) -> int:
    """Close open conflicts on records a later merge brought back into agreement."""
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
    return [_conflict(vault, row) for row in vault.conn.execute(sql + " ORDER BY found_at, rowid", args).fetchall()]


def get_conflict(vault: Vault, conflict_id: str) -> Conflict:
    row = vault.conn.execute(f"SELECT {_COLUMNS} FROM conflicts WHERE id = ?", (conflict_id,)).fetchone()
    if row is None:
        raise NotFoundError("conflict", conflict_id)
    return _conflict(vault, row)


def _conflict(vault: Vault, row: Sequence[Any]) -> Conflict:
    (cid, entity, entity_id, case_id, reason, live, ours_json, theirs_json, theirs_author, theirs_at, bundle_id,
     found_at, resolved_at, resolution, resolved_by, detail) = row
    ours, theirs = _load(entity, ours_json), _load(entity, theirs_json)
    removal = None
    if resolved_at is None:
        current = vault.repos.by_entity()[entity].find(entity_id)
        if live == "ours":
            ours = current
            theirs = _theirs_now(theirs, current, detail)
        else:
            theirs = current
        if reason in CASE_REASONS:
            removal = case_contents(vault, entity_id)
    return Conflict(cid, entity, entity_id, case_id, reason, live, ours, theirs, theirs_author, theirs_at,
                    bundle_id, found_at, resolved_at, resolution, resolved_by, removal)


def _theirs_now(theirs: Record | None, current: Record | None, detail: str | None) -> Record | None:
    """A sheet's side of a conflict as it stands: the vault's record now with the sheet's values in
    the fields the sheet changed (its other fields were ours when the conflict was found, and may
    have changed since: choosing the sheet's side must not take them back)."""
    fields = json.loads(detail).get("fields") if detail else None
    if not fields or theirs is None or current is None:
        return theirs
    return dataclasses.replace(current, **{f: copy.deepcopy(getattr(theirs, f)) for f in fields})


def case_contents(vault: Vault, case_id: str) -> dict[str, int]:
    """How many records of each kind the case holds now, and its exhibits' bytes ("exhibit_bytes"):
    what deleting it would remove."""
    out = {}
    for table in CASE_TABLES:
        out[table] = vault.conn.execute(f"SELECT count(*) FROM {table} WHERE case_id = ?", (case_id,)).fetchone()[0]
    out["exhibit_bytes"] = vault.conn.execute("SELECT coalesce(sum(size), 0) FROM exhibits WHERE case_id = ?",
                                              (case_id,)).fetchone()[0]
    return out


def resolve_conflict(vault: Vault, conflict_id: str, keep: str) -> Conflict:
    """Keep one version of a conflicting record: "ours" (this vault's) or "theirs" (the other's), as a
    new version descending from both. Writes go through the repositories, so they are audited and
    `verify` holds; the choice itself is an audit entry too (entity "conflict"). Refuses an already
    resolved conflict, and a delete that would break links (with the repositories' message). For a
    whole-case conflict, the side that is a deletion deletes the case and everything in it: callers
    ask the user first, with `Conflict.removal`. One transaction."""
    from db.vault import now  # noqa: PLC0415

    if keep not in ("ours", "theirs"):
        raise VaultError(Notice("Choose which version to keep: ours or theirs."))
    versions = vault.versions
    with vault.write():
        row = vault.conn.execute(
            "SELECT entity, entity_id, case_id, reason, live, theirs_record, ours_vv, theirs_vv, detail, "
            "resolved_at, resolution FROM conflicts WHERE id = ?", (conflict_id,)).fetchone()
        if row is None:
            raise NotFoundError("conflict", conflict_id)
        entity, entity_id, case_id, reason, live, theirs_json, ours_vv, theirs_vv, detail, resolved_at, resolution = row
        if resolved_at is not None:
            raise VaultError(_resolved_already(conflict_id, resolution))
        seen = join(versions.decode(ours_vv), versions.decode(theirs_vv))
        if reason in CASE_REASONS:
            covers = {k: versions.decode(v) for k, v in json.loads(detail or '{"covers": {}}')["covers"].items()}
            _resolve_case(vault, entity_id, keep == live, seen, covers)
        else:
            kept = None if keep == live else _load(entity, theirs_json) if keep == "theirs" else None
            if kept is not None and live == "ours":
                current = vault.repos.by_entity()[entity].find(entity_id)
                if current is not None and (now_theirs := _theirs_now(kept, current, detail)) is not kept:
                    kept = now_theirs  # the sheet's fields over the record as it is now: a new version
                    kept.updated_at, kept.author = now(), vault.author
            _resolve_record(vault, conflict_id, entity, entity_id, keep == live, kept, seen)
        at = now()
        vault.conn.execute("UPDATE conflicts SET resolved_at = ?, resolution = ?, resolved_by = ? WHERE id = ?",
                           (at, keep, vault.author, conflict_id))
        vault.repos.audit.append_many([(f"resolve_{keep}", "conflict", conflict_id, case_id, None, None)], at)
    return get_conflict(vault, conflict_id)


# How a conflict was resolved, as "already resolved (...)" says it: notices, so the app says them in its
# language too.
_RESOLUTIONS = {"ours": Notice("ours"), "theirs": Notice("theirs"), "superseded": Notice("superseded"),
                "settled": Notice("settled")}


def _resolved_already(conflict_id: str, resolution: str) -> Notice:
    """Why a conflict cannot be resolved again, saying how it was resolved."""
    return Notice("Conflict {id} is already resolved ({resolution}).", id=conflict_id,
                  resolution=_RESOLUTIONS.get(resolution, resolution))


def _resolve_record(vault: Vault, conflict_id: str, entity: str, entity_id: str, keep_live: bool,
                    kept: Record | None, seen: Vector) -> None:
    """Write the chosen side (the live record, a stored record, or a deletion) as a new version."""
    versions = vault.versions
    repo = vault.repos.by_entity()[entity]
    current = repo.find(entity_id)
    if current is None:  # deleted here since the conflict was found
        stone = versions.tombstones([entity_id]).get(entity_id)
        base = join(seen, stone.vector if stone else {})
        if keep_live or kept is None:
            if stone is not None:
                stone.vector = versions.bump(base)
                versions.put_tombstones([stone])
            return
        repo.put_many([kept], action="resolve", vectors={entity_id: versions.bump(base)})
        _restore_blob(vault, conflict_id, entity_id)
        return
    base = versions.bump(join(seen, repo.vector(entity_id)))
    if keep_live:
        repo.write_version(current, base, "resolve", current)
    elif kept is None:  # the kept side is a deletion
        repo.before_delete(current)
        repo.remove(current, base, "resolve")
    else:
        repo.write_version(kept, base, "resolve", current, verbatim=True)
        _restore_blob(vault, conflict_id, entity_id)


def _restore_blob(vault: Vault, conflict_id: str, exhibit_id: str) -> None:
    blob = vault.conn.execute("SELECT data FROM conflict_data WHERE conflict_id = ?", (conflict_id,)).fetchone()
    if blob is not None:
        vault.repos.exhibits.put_data(exhibit_id, bytes(blob[0]))


def _resolve_case(vault: Vault, case_id: str, keep_case: bool, seen: Vector, covers: dict[str, Vector]) -> None:
    """A whole-case conflict: keep the case and everything in it as new versions that cover the
    deletion, or delete it all with a tombstone that covers every version here."""
    repos = vault.repos
    if repos.cases.find(case_id) is None:
        raise ValidationError("", Notice("the case was deleted here since the conflict was found; nothing to decide"))
    if not keep_case:
        repos.cases.delete(case_id, seen={**covers, case_id: join(seen, covers.get(case_id, {}))}, action="resolve")
        return
    versions = vault.versions
    for repo in (repos.cases, *(r for r in repos.by_entity().values() if r.table in CASE_TABLES)):
        rows = [repos.cases.get(case_id)] if repo is repos.cases else repo.for_case(case_id)
        held = versions.vectors(repo.table, [r.id for r in rows])
        for record in rows:
            vector = versions.bump(join(held.get(record.id, {}), covers.get(record.id, {}), seen))
            repo.write_version(record, vector, "resolve", record)
