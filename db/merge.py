"""Merging another vault's records (from an exchange bundle) into this one. Rules, in docs/bundle.md:

Records match by id. Each side names its current version of a record by a token and knows the
tokens its version supersedes (db.merge_history). For each incoming record or tombstone:
- same token, or the same content: nothing to write;
- their token is in our history: ours is newer, keep it;
- our token is in their history: theirs is newer, take it (write, or delete for a tombstone);
- a record we never held: take it (a tombstone of one is remembered, so it travels on);
- otherwise both changed since they last met: a conflict (db.merge_conflicts), never an overwrite.
Links are kept whole: a record an incoming record needs comes back even if we had deleted it, and a
delete that would leave our records pointing nowhere becomes a conflict. A case reference or an
exhibit number already used here by another record is renamed (a local change on top of theirs).

Every write goes through the repositories or appends the matching audit entry, so `verify` holds;
the whole merge is one transaction, and importing the same bundle twice writes nothing the second time.

The app's conflict picker uses `list_conflicts` and `resolve_conflict` (db.merge_conflicts, re-exported here).

Thread rule: call on the thread that opened the vault (slow for big bundles: off the GUI thread)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import sqlcipher3

from db.errors import ValidationError
from db.merge_conflicts import (
    NewConflict,
    check_keep,
    known_conflicts,
    list_conflicts,
    record_conflicts,
    resolve_conflict,
    settle,
)
from db.merge_history import Version, adopt, remember, versions
from db.models import Exhibit, Incident, Record
from db.repository import chunks, record_digest

if TYPE_CHECKING:
    from db.vault import Vault

__all__ = ["BundleContent", "Incoming", "MergeReport", "list_conflicts", "merge", "resolve_conflict"]
WRITE_ORDER = ("person", "organisation", "case", "role", "source", "exhibit", "incident", "intervention", "note",
               "task")
DELETE_ORDER = ("incident", "role", "source", "exhibit", "intervention", "note", "task", "person", "organisation",
                "case")
_SAME, _KEEP, _TAKE, _DELETE, _TOMB, _CONFLICT = "same", "keep", "take", "delete", "tomb", "conflict"


@dataclass
class Incoming:
    """One record as the other vault holds it: a version, or a tombstone (`record` None)."""

    entity: str
    record_id: str
    case_id: str | None
    record: Record | None
    state: str
    history: frozenset[str]
    author: str = ""
    at: str = ""
    before_digest: str | None = None  # for a tombstone: digest of the version deleted there


@dataclass
class BundleContent:
    bundle_id: str
    sender: str
    digest: str  # SHA-256 of the bundle's decrypted payload, recorded in the audit trail
    items: list[Incoming]
    blobs: dict[str, bytes]  # exhibit id -> bytes, already checked against their SHA-256


@dataclass
class MergeReport:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    kept_ours: int = 0
    tombstones: int = 0  # deletes remembered for records this vault never held
    conflicts: list[str] = field(default_factory=list)  # ids of the conflicts found
    restored: list[str] = field(default_factory=list)  # ids of records brought back to keep links whole
    renamed: list[str] = field(default_factory=list)  # what was renamed, as sentences
    settled: int = 0
    remembered: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.deleted or self.tombstones or self.conflicts
                    or self.settled or self.remembered)


def merge(vault: Vault, content: BundleContent, on_conflict: str = "keep-both") -> MergeReport:
    """Merge `content` into the vault in one transaction (see the module docstring). `on_conflict`:
    "keep-both" stores conflicts for the user; "ours"/"theirs" resolves each at once that way.
    A problem (an invalid record, a broken link) raises a VaultError and leaves the vault unchanged."""
    check_keep(on_conflict)
    return _Merge(vault, content).run(on_conflict)


def _refs(record: Record) -> list[str]:
    """Ids a record points to through foreign keys (its case, persons, organisations, sources, exhibits)."""
    out = [v for v in (getattr(record, "case_id", None), getattr(record, "person_id", None)) if v]
    if isinstance(record, Incident):
        out += [v for v in (record.targeted_person_id,) if v]
        out += [a.person_id or a.organisation_id for a in record.actors if a.person_id or a.organisation_id]
        out += record.source_ids + record.exhibit_ids
    return out


class _Merge:
    def __init__(self, vault: Vault, content: BundleContent) -> None:
        self.vault = vault
        self.content = content
        self.items = {it.record_id: it for it in content.items}
        self.ours: dict[str, Record] = {}
        self.mine: dict[str, Version] = {}
        self.decision: dict[str, str] = {}
        self.found: list[NewConflict] = []
        self.adopt: dict[str, str] = {}  # record id -> their token, for versions written unchanged
        self.known: list[tuple[str, str]] = []
        self.settle: list[str] = []
        self.deleted: set[str] = set()
        self.report = MergeReport()

    def run(self, on_conflict: str) -> MergeReport:
        vault = self.vault
        with vault.write():
            head = vault.repos.audit.head()[0]
            self._load()
            self._decide()
            self._keep_links()
            # Deletes go first (freeing references and exhibit numbers for what comes in); one still
            # linked from our records is tried again after the writes, which may have unlinked it.
            self._delete(final=False)
            self._keep_unique()
            self._write()
            self._delete(final=True)
            self._tombstones()
            for d in self.decision.values():
                self.report.unchanged += d == _SAME
                self.report.kept_ours += d in (_KEEP, _CONFLICT)
            adopt(vault, head, self.adopt)
            self.report.remembered = remember(vault, self.known)
            self.report.settled = settle(vault, self.settle)
            self.report.conflicts = record_conflicts(vault, self.found, self.content.bundle_id)
            if on_conflict != "keep-both":
                for conflict_id in self.report.conflicts:
                    resolve_conflict(vault, conflict_id, on_conflict)
            if self.report.changed:
                from db.vault import now  # noqa: PLC0415

                vault.repos.audit.append_many(
                    [("merge", "bundle", self.content.bundle_id, None, self.content.digest, None)], now())
        return self.report

    # -- deciding ---------------------------------------------------------------------------------

    def _load(self) -> None:
        by_entity: dict[str, list[str]] = {}
        for it in self.content.items:
            by_entity.setdefault(it.entity, []).append(it.record_id)
        repos = self.vault.repos.by_entity()
        for entity, ids in by_entity.items():
            self.ours.update(repos[entity].get_many(ids))
        self.mine = versions(self.vault, self.items)
        self.seen_conflicts, self.open_conflicts = known_conflicts(self.vault, list(self.items))

    def _decide(self) -> None:
        for it in self.content.items:
            ours, mine = self.ours.get(it.record_id), self.mine.get(it.record_id)
            if mine is None and ours is None:
                self.decision[it.record_id] = _TAKE if it.record is not None else _TOMB
                self._take(it, set())
                continue
            if mine is None:  # a record without audit entries (written outside CaseVault): compare contents only
                mine = Version(it.entity, it.record_id, it.case_id, "", True)
            if mine.state == it.state or self._same_content(ours, it):
                self.decision[it.record_id] = _SAME
                self._learn(it, mine.history)
                self._settle(it)
            elif (it.record_id, it.state) in self.seen_conflicts:
                self.decision[it.record_id] = _KEEP  # already a conflict (open, or resolved by someone)
            elif it.state in mine.history:
                self.decision[it.record_id] = _KEEP
                self._learn(it, mine.history)
            elif mine.state in it.history:
                self.decision[it.record_id] = _TAKE if it.record is not None else _DELETE
                self._take(it, mine.history)
                self._settle(it)
            elif ours is not None:
                self.decision[it.record_id] = _CONFLICT
                self._conflict(it, "both_changed" if it.record is not None else "changed_here_deleted_there", "ours")
            else:  # we deleted it, they changed it: keep the changed version live meanwhile
                self.decision[it.record_id] = _TAKE
                self._take(it, mine.history)
                self._conflict(it, "deleted_here_changed_there", "theirs")

    def _same_content(self, ours: Record | None, it: Incoming) -> bool:
        if ours is None or it.record is None:
            return ours is None and it.record is None and not self.mine[it.record_id].live
        return record_digest(ours) == record_digest(it.record)

    def _learn(self, it: Incoming, history: set[str]) -> None:
        self.known += [(it.record_id, t) for t in it.history | {it.state} if t not in history]

    def _take(self, it: Incoming, history: set[str]) -> None:
        # The version written (or deleted) is theirs unchanged: our audit entry for it adopts their token,
        # and the older tokens of their history become ours to know.
        self.adopt[it.record_id] = it.state
        self.known += [(it.record_id, t) for t in it.history if t not in history and t != it.state]

    def _settle(self, it: Incoming) -> None:
        # An open conflict on this record is over when the sides now agree on a version other than
        # the one the conflict is about (e.g. they took ours, or changed theirs on top of ours).
        if it.record_id in self.open_conflicts and (it.record_id, it.state) not in self.seen_conflicts:
            self.settle.append(it.record_id)

    def _conflict(self, it: Incoming, reason: str, live: str) -> None:
        ours = self.ours.get(it.record_id)
        mine = self.mine.get(it.record_id)
        blob = None
        if isinstance(it.record, Exhibit) and (not isinstance(ours, Exhibit) or ours.sha256 != it.record.sha256):
            blob = self.content.blobs.get(it.record_id)
        self.found.append(NewConflict(
            it.entity, it.record_id, it.case_id, reason, live, ours, mine.state if mine else None, it.record,
            it.state, sorted(it.history), it.author, it.at, blob))

    # -- keeping links and unique keys whole ----------------------------------------------------

    def _will_live(self, record_id: str) -> bool:
        d = self.decision.get(record_id)
        if d is None:
            return self.vault.conn.execute(
                "SELECT 1 FROM cases WHERE id = :i UNION ALL SELECT 1 FROM persons WHERE id = :i UNION ALL "
                "SELECT 1 FROM organisations WHERE id = :i UNION ALL SELECT 1 FROM sources WHERE id = :i "
                "UNION ALL SELECT 1 FROM exhibits WHERE id = :i", {"i": record_id}).fetchone() is not None
        if d == _TAKE:
            return True
        if d in (_DELETE, _TOMB):
            return False
        return record_id in self.ours

    def _keep_links(self) -> None:
        todo = [i for i, d in self.decision.items() if d == _TAKE]
        while todo:
            it = self.items[todo.pop()]
            for ref in _refs(it.record):  # type: ignore[arg-type]
                if self._will_live(ref):
                    continue
                needed = self.items.get(ref)
                if needed is None or needed.record is None or self.decision[ref] not in (_SAME, _KEEP):
                    raise ValidationError("", f"the bundle's {it.entity} {it.record_id} needs record {ref}, which "
                                              "neither the bundle nor this vault holds; nothing was imported")
                self.decision[ref] = _TAKE
                self._take(needed, self.mine[ref].history if ref in self.mine else set())
                self.report.restored.append(ref)
                self._conflict(needed, "deleted_here_needed", "theirs")
                todo.append(ref)

    def _keep_unique(self) -> None:
        takes = [self.items[i] for i, d in self.decision.items() if d == _TAKE]
        cases = [it for it in takes if it.entity == "case"]
        exhibits = [it for it in takes if it.entity == "exhibit"]
        moving = {it.record_id for it in takes}
        used: dict[str, str] = {}
        for part in chunks([it.record.reference for it in cases]):  # type: ignore[union-attr]
            for ref, case_id in self.vault.conn.execute(
                    f"SELECT reference, id FROM cases WHERE reference IN ({','.join('?' * len(part))})", part):
                if case_id not in moving:
                    used[ref] = case_id
        for it in cases:
            case = it.record
            ref = case.reference  # type: ignore[union-attr]
            if used.get(ref, case.id) != case.id:  # type: ignore[union-attr]
                n, new = 1, f"{ref} ({self.content.sender})"
                while new in used or self.vault.conn.execute("SELECT 1 FROM cases WHERE reference = ?",
                                                             (new,)).fetchone():
                    n += 1
                    new = f"{ref} ({self.content.sender} {n})"
                case.reference = new  # type: ignore[union-attr]
                self._local_change(it, f"case {ref} from the bundle is now {new}: {ref} is used here")
            used[case.reference] = case.id  # type: ignore[union-attr]
        numbers: dict[tuple[str, int], str] = {}
        for part in chunks(sorted({it.case_id for it in exhibits if it.case_id})):
            for case_id, number, exhibit_id in self.vault.conn.execute(
                    f"SELECT case_id, number, id FROM exhibits WHERE case_id IN ({','.join('?' * len(part))})", part):
                if exhibit_id not in moving:
                    numbers[(case_id, number)] = exhibit_id
        for it in exhibits:
            ex: Exhibit = it.record  # type: ignore[assignment]
            if numbers.get((ex.case_id, ex.number), ex.id) != ex.id:
                old = ex.label
                ex.number = 1 + max(n for (c, n) in numbers if c == ex.case_id)
                self._local_change(it, f"exhibit {old} from the bundle is now {ex.label}: {old} is used here")
            numbers[(ex.case_id, ex.number)] = ex.id

    def _local_change(self, it: Incoming, what: str) -> None:
        # What we write is no longer their version: it gets its own token, with theirs as its ancestor.
        self.adopt.pop(it.record_id, None)
        self.known.append((it.record_id, it.state))
        self.report.renamed.append(what)

    # -- writing ----------------------------------------------------------------------------------

    def _write(self) -> None:
        repos = self.vault.repos.by_entity()
        takes: dict[str, list[Record]] = {}
        for i, d in self.decision.items():
            if d == _TAKE:
                takes.setdefault(self.items[i].entity, []).append(self.items[i].record)  # type: ignore[arg-type]
        for entity in WRITE_ORDER:
            records = takes.get(entity, [])
            if not records:
                continue
            # Updates before inserts: an update may free the case reference or exhibit number a new record takes.
            updates = [r for r in records if r.id in self.ours]  # type: ignore[union-attr]
            inserts = [r for r in records if r.id not in self.ours]  # type: ignore[union-attr]
            self._park(entity, updates)
            repos[entity].put_many(updates, action="merge")  # type: ignore[arg-type]
            repos[entity].put_many(inserts, action="merge")  # type: ignore[arg-type]
            self.report.updated += len(updates)
            self.report.created += len(inserts)
            if entity == "exhibit":
                self._write_blobs(records)  # type: ignore[arg-type]

    def _park(self, entity: str, updates: list[Record]) -> None:
        """Write aside, under a temporary unique key, the updates that take a case reference or exhibit
        number still held by another record being updated (two exhibits that swapped numbers), so
        the order of the writes cannot collide. The temporary versions are audited like any write."""
        key = {"case": lambda r: r.reference, "exhibit": lambda r: (r.case_id, r.number)}.get(entity)
        if key is None:
            return
        holders = {key(self.ours[r.id]): r.id for r in updates}
        clash = [r for r in updates if holders.get(key(r), r.id) != r.id]
        if not clash:
            return
        if entity == "case":
            parked = [dataclasses.replace(r, reference=f"{r.reference} (merging {r.id})") for r in clash]
        else:
            parked = [dataclasses.replace(r, number=-1 - n) for n, r in enumerate(clash)]
        self.vault.repos.by_entity()[entity].put_many(parked, action="merge")

    def _write_blobs(self, exhibits: Iterable[Exhibit]) -> None:
        for ex in exhibits:
            ours = self.ours.get(ex.id)
            stored = self.vault.conn.execute("SELECT 1 FROM exhibit_data WHERE exhibit_id = ?", (ex.id,)).fetchone()
            if stored and isinstance(ours, Exhibit) and ours.sha256 == ex.sha256:
                continue
            data = self.content.blobs.get(ex.id)
            if data is None:
                raise ValidationError("", f"the bundle lacks the file of exhibit {ex.label} ({ex.id})")
            self.vault.conn.execute("INSERT OR REPLACE INTO exhibit_data(exhibit_id, data) VALUES (?, ?)",
                                    (ex.id, data))

    def _delete(self, final: bool) -> None:
        from db.vault import now  # noqa: PLC0415

        repos = self.vault.repos.by_entity()
        entries = []
        doomed: dict[str, list[str]] = {}
        for i, d in self.decision.items():
            if d == _DELETE:
                doomed.setdefault(self.items[i].entity, []).append(i)
        for entity in DELETE_ORDER:
            repo = repos[entity]
            for record_id in [i for i in doomed.get(entity, ()) if i not in self.deleted]:
                ours = self.ours[record_id]
                try:
                    self.vault.conn.execute(f"DELETE FROM {repo.table} WHERE id = ?", (record_id,))
                except sqlcipher3.IntegrityError:  # still linked from records of ours (SQLite undid the statement)
                    if final:  # keep it, as a conflict
                        self.decision[record_id] = _CONFLICT
                        self.adopt.pop(record_id, None)
                        self._conflict(self.items[record_id], "deleted_there_still_used", "ours")
                    continue
                self.deleted.add(record_id)
                case_id = repo.case_of(ours)
                self.vault.touch(entity, record_id, case_id)
                entries.append(("merge", entity, record_id, case_id, record_digest(ours), None))
                self.report.deleted += 1
        if entries:
            self.vault.repos.audit.append_many(entries, now())

    def _tombstones(self) -> None:
        from db.vault import now  # noqa: PLC0415

        entries = [("merge", it.entity, it.record_id, it.case_id, it.before_digest, None)
                   for it in self.content.items if self.decision[it.record_id] == _TOMB]
        if entries:
            self.vault.repos.audit.append_many(entries, now())
        self.report.tombstones = len(entries)
