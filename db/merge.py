"""Merging another vault's records into this one: an exchange bundle (exporters.bundle) or an
interchange file (exporters.interchange). The rules are in docs/bundle.md and, as pure functions,
in db.merge_rules; this module applies them.

Records match by id; versions are compared by their vectors (db.versions), never by clocks. Links
are kept whole: a record an incoming record needs comes back even if we had deleted it, and a delete
that would leave our records pointing nowhere becomes a conflict. A case reference or an exhibit
number already used here by another record is renamed (a new local version on top of theirs).

Every write goes through the repositories, so `verify` holds; the whole merge is one transaction,
and merging the same content twice writes nothing the second time.

Thread rule: call on the thread that opened the vault (slow for big bundles: off the GUI thread)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import sqlcipher3

from db.audit_storage import pack_id
from db.errors import ValidationError
from db.merge_conflicts import NewConflict, OpenConflict, open_conflicts, record_conflicts, resolve_conflict, settle
from db.merge_rules import CaseOutcome, Decision, Side, case_delete_rule, case_restore_rule, decide, decide_edited
from db.models import Exhibit, Record
from db.notices import Notice, entity_name
from db.references import link_ids
from db.repository import chunks, not_one_of, record_digest
from db.versions import CASE_TABLES, Peer, Tombstone, Vector, covered, join, peers, record_peer

if TYPE_CHECKING:
    from db.vault import Vault

__all__ = ["BundleContent", "Incoming", "MergeReport", "merge", "resolve_conflict"]
WRITE_ORDER = ("person", "organisation", "case", "role", "source", "exhibit", "interpol_notice", "extradition_request",
               "incident", "intervention", "outcome", "note", "task")
DELETE_ORDER = ("incident", "intervention", "outcome", "interpol_notice", "extradition_request", "role", "source",
                "exhibit", "note", "task", "person", "organisation", "case")
_CHECK = ("on_conflict", "keep-both", "ours", "theirs")
_REFERABLE = ("cases", "persons", "organisations", "sources", "exhibits", "interpol_notices", "extradition_requests")


@dataclass
class Incoming:
    """One record as the other side holds it: a version, or a tombstone (`record` None)."""

    entity: str
    record_id: str
    case_id: str | None
    record: Record | None
    vector: Vector | None  # None: an interchange record with no version (made outside CaseVault)
    author: str = ""
    at: str = ""
    covers: dict[str, Vector] | None = None  # a case tombstone's
    edited: bool = False  # an interchange record changed after its export (its vector is its base)
    digest: str | None = None  # record_digest(record), for a record already checked (None: a tombstone)
    fields: tuple[str, ...] | None = None  # a sheet's record: the fields it changes (a conflict about them alone)


@dataclass
class BundleContent:
    """What to merge, and who sends it."""

    source_id: str  # the bundle's id, or the imported file's digest
    sender: str  # author name, for renames ("REF (sender)")
    digest: str  # SHA-256 of what was read, recorded in the audit trail
    items: list[Incoming]
    blobs: dict[str, bytes]  # exhibit id -> bytes, already checked against their SHA-256
    peer: Peer | None = None  # the sending vault, for a bundle
    assumed: Vector | None = None  # what the sender left out as known to us (None: it left out more)
    anchors: dict[str, tuple[int, str]] = field(default_factory=dict)  # chain heads the sender holds, by replica
    kind: str = "bundle"  # or "file"
    audited: bool = True  # False: the caller records the import in the audit trail itself (a file read in parts)


@dataclass
class MergeReport:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    kept_ours: int = 0
    tombstones: int = 0  # deletes remembered for records this vault never held
    joined: int = 0  # the same change made on both sides
    conflicts: list[str] = field(default_factory=list)  # ids of the conflicts found
    restored: list[str] = field(default_factory=list)  # ids of records brought back to keep links whole
    renamed: list[str] = field(default_factory=list)  # what was renamed, as sentences (notices)
    older: list[tuple[str, str]] = field(default_factory=list)  # (entity, id) kept because the file's is older
    settled: int = 0
    rolled_back: bool = False  # a peer saw history of this vault that it no longer holds

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.deleted or self.tombstones or self.conflicts
                    or self.settled or self.joined)


def merge(vault: Vault, content: BundleContent, on_conflict: str = "keep-both") -> MergeReport:
    """Merge `content` into the vault in one transaction (see the module docstring). `on_conflict`:
    "keep-both" stores conflicts for the user; "ours"/"theirs" resolves each at once that way.
    A problem (an invalid record, a broken link) raises a VaultError and leaves the vault unchanged."""
    if on_conflict not in _CHECK[1:]:
        raise ValidationError(_CHECK[0], not_one_of(on_conflict, _CHECK[1:]))
    return _Merge(vault, content).run(on_conflict)


def _number_label(record: Record) -> str:
    return record.label if isinstance(record, Exhibit) else f"[{record.number}]"  # type: ignore[attr-defined]


def _refs(record: Record) -> list[str]:
    """Ids a record points to (its case, and db.references.links: persons, organisations, sources,
    exhibits, notices)."""
    case_id = getattr(record, "case_id", None)
    return [case_id, *link_ids(record)] if case_id else link_ids(record)


class _Merge:
    def __init__(self, vault: Vault, content: BundleContent) -> None:
        self.vault = vault
        self.versions = vault.versions
        self.content = content
        self.items = {it.record_id: it for it in content.items}
        self.ours: dict[str, Record] = {}
        self.vectors: dict[str, Vector] = {}  # of our live records
        self.stones: dict[str, Tombstone] = {}  # of our deleted records
        self.open: dict[str, OpenConflict] = {}
        self.decision: dict[str, Decision] = {}
        self.write_vector: dict[str, Vector] = {}  # the version each taken or joined record is written at
        self.case_deletes: dict[str, dict[str, Vector]] = {}  # case id -> our records deleted with it
        self.found: list[NewConflict] = []
        self.deleted: set[str] = set()
        self.report = MergeReport()

    def run(self, on_conflict: str) -> MergeReport:
        vault = self.vault
        with vault.write():
            self.versions.identity()
            self._check_anchors()
            self._load()
            self._decide_cases()
            self._decide_records()
            self._keep_links()
            # Deletes go first (freeing references and exhibit numbers for what comes in); one still
            # linked from our records is tried again after the writes, which may have unlinked it.
            self._delete(final=False)
            self._keep_unique()
            self._write()
            self._delete(final=True)
            self._tombstones()
            for d in self.decision.values():
                self.report.unchanged += d is Decision.SAME
                self.report.kept_ours += d in (Decision.KEEP, Decision.CONFLICT)
            self.report.conflicts = record_conflicts(vault, self.found, self.content.source_id)
            self.report.settled = settle(vault, self._settled())
            if on_conflict != "keep-both":
                for conflict_id in self.report.conflicts:
                    resolve_conflict(vault, conflict_id, on_conflict)
            self._remember_peer()
            if self.report.changed and self.content.audited:
                from db.vault import now  # noqa: PLC0415

                vault.repos.audit.append_many(
                    [("merge", self.content.kind, self.content.source_id, None, self.content.digest, None)], now())
        return self.report

    # -- who sends it ------------------------------------------------------------------------------

    def _check_anchors(self) -> None:
        """The head of our chain that the sender saw must still be in our chain (db.anchors). If it is
        not, this vault was rolled back, its history rewritten, or it is a copy of a vault that went on
        elsewhere: the report says so, an alarm is kept, and the vault takes a new replica id, so that
        it never numbers two different changes alike."""
        from db.anchors import check_and_keep  # noqa: PLC0415

        peer = self.content.peer
        if peer is not None and not check_and_keep(self.vault, peer.author or peer.replica, self.content.anchors):
            self.report.rolled_back = True
            self.versions.reidentify()

    def _remember_peer(self) -> None:
        peer = self.content.peer
        if peer is None:
            return
        if peer.replica == self.versions.replica:
            return  # our own bundle, read back
        known = {p.replica: p for p in peers(self.vault)}.get(peer.replica)
        if known is None or (known.knowledge, known.head_seq, known.head_hash) != \
                (peer.knowledge, peer.head_seq, peer.head_hash):
            record_peer(self.vault, peer)
        if self.content.assumed is not None and covered(self.content.assumed, self.versions.knowledge()):
            self.versions.learn(peer.knowledge)

    # -- deciding ---------------------------------------------------------------------------------

    def _load(self) -> None:
        by_entity: dict[str, list[str]] = {}
        for it in self.content.items:
            by_entity.setdefault(it.entity, []).append(it.record_id)
        repos = self.vault.repos.by_entity()
        for entity, ids in by_entity.items():
            repo = repos[entity]
            self.ours.update(repo.get_many(ids))
            self.vectors.update(self.versions.vectors(repo.table, ids))
        self.stones = self.versions.tombstones(self.items)
        self.open = open_conflicts(self.vault, list(self.items))

    def _ours(self, record_id: str) -> Side | None:
        if record_id in self.ours:
            return Side(self.vectors.get(record_id, {}), True, record_digest(self.ours[record_id]))
        stone = self.stones.get(record_id)
        return None if stone is None else Side(stone.vector, False)

    def _decide_cases(self) -> None:
        """Cases deleted on either side are decided whole (db.merge_rules)."""
        members: dict[str, list[Incoming]] = {}
        for it in self.content.items:
            if it.entity != "case" and it.case_id:
                members.setdefault(it.case_id, []).append(it)
        for it in self.content.items:
            if it.entity != "case" or it.vector is None:
                continue
            if it.record is None and it.record_id in self.ours:
                self._their_case_delete(it, members.get(it.record_id, []))
            elif it.record is not None and it.record_id not in self.ours and it.record_id in self.stones:
                self._our_case_delete(it, members.get(it.record_id, []))

    def _their_case_delete(self, it: Incoming, members: list[Incoming]) -> None:
        covers = it.covers or {}
        ours = self.vault.repos.cases.contents(it.record_id)
        part_of_it = [m for m in members if m.record is None and m.record_id in covers]
        if case_delete_rule(it.vector, covers, self.vectors.get(it.record_id, {}), ours):  # type: ignore[arg-type]
            self.decision[it.record_id] = Decision.TAKE
            self.write_vector[it.record_id] = it.vector  # type: ignore[assignment]
            stones = {m.record_id: m.vector for m in part_of_it}
            self.case_deletes[it.record_id] = {i: stones.get(i) or join(covers.get(i, {}), it.vector)  # type: ignore
                                               for i in ours}
            for m in part_of_it:
                self.decision[m.record_id] = Decision.TAKE
                self.write_vector[m.record_id] = m.vector  # type: ignore[assignment]
            return
        self.decision[it.record_id] = Decision.CONFLICT
        for m in part_of_it:  # the case stays whole, so do the records its delete took with it
            self.decision[m.record_id] = Decision.KEEP
        self._conflict(it, "case_deleted_there_changed_here", "ours", detail={"covers": covers})

    def _our_case_delete(self, it: Incoming, members: list[Incoming]) -> None:
        ours = self.stones[it.record_id]
        live = [m for m in members if m.record is not None]
        record_stones = self.versions.tombstones(m.record_id for m in live)
        outcome = case_restore_rule(ours.vector, {i: t.vector for i, t in record_stones.items()},
                                    it.vector or {}, {m.record_id: m.vector or {} for m in live})
        if outcome is CaseOutcome.PER_RECORD:
            return
        if outcome is CaseOutcome.STAYS_DELETED:
            for m in (it, *live):
                self.decision[m.record_id] = Decision.KEEP
            return
        for m in (it, *live):  # both changed the case: all of theirs comes back, with one conflict
            self.decision[m.record_id] = Decision.TAKE
            self.write_vector[m.record_id] = m.vector or {}
        self._conflict(it, "case_deleted_here_changed_there", "theirs",
                       detail={"covers": ours.covers or {}}, ours_vector=ours.vector)

    def _decide_records(self) -> None:
        for it in self.content.items:
            if it.record_id in self.decision:
                continue
            ours = self._ours(it.record_id)
            theirs = Side(it.vector or {}, it.record is not None, self._digest(it))
            held = self.open.get(it.record_id)
            if it.vector is not None and held is not None and not it.edited and covered(it.vector, held.theirs):
                self.decision[it.record_id] = Decision.KEEP  # already kept in an open conflict
                continue
            if it.vector is None or it.edited:
                d = decide_edited(ours, theirs, it.vector, self._past_digests(it))
                if d is Decision.TAKE:  # an edit made outside: a new local version on top of both
                    self.write_vector[it.record_id] = self.versions.bump(join(it.vector or {},
                                                                             ours.vector if ours else {}))
                elif d is Decision.KEEP:
                    self.report.older.append((it.entity, it.record_id))
            else:
                d = decide(ours, theirs)
                if d is Decision.TAKE:
                    self.write_vector[it.record_id] = it.vector
                elif d is Decision.JOIN:
                    self.write_vector[it.record_id] = join(it.vector, ours.vector)  # type: ignore[union-attr]
                elif d is Decision.KEEP and self.content.kind == "file" and not same(ours, theirs):
                    self.report.older.append((it.entity, it.record_id))
            self.decision[it.record_id] = d
            if d is Decision.CONFLICT:
                if ours is not None and not ours.live:  # we deleted it, they changed it: theirs stays meanwhile
                    self.decision[it.record_id] = Decision.TAKE
                    self.write_vector[it.record_id] = it.vector or {}
                    self._conflict(it, "deleted_here_changed_there", "theirs", ours_vector=ours.vector)
                else:
                    reason = "both_changed" if it.record is not None else "changed_here_deleted_there"
                    if reason == "both_changed" and self.content.kind == "file":
                        reason = "changed_here_and_in_file"  # a JSON file or a sheet, not another vault
                    self._conflict(it, reason, "ours")

    def _digest(self, it: Incoming) -> str | None:
        if it.record is None:
            return None
        if it.digest is None:
            it.digest = record_digest(it.record)
        return it.digest

    def _past_digests(self, it: Incoming) -> frozenset[str]:
        if it.vector is not None:
            return frozenset()
        return frozenset(bytes(r[0]).hex() for r in self.vault.conn.execute(
            "SELECT after_digest FROM audit WHERE entity_id = ? AND after_digest IS NOT NULL",
            (pack_id(it.record_id),)))

    def _conflict(self, it: Incoming, reason: str, live: str, *, detail: dict | None = None,
                  ours_vector: Vector | None = None) -> None:
        ours = self.ours.get(it.record_id)
        blob = None
        if isinstance(it.record, Exhibit) and (not isinstance(ours, Exhibit) or ours.sha256 != it.record.sha256):
            blob = self.content.blobs.get(it.record_id)
        theirs_vector = it.vector if it.vector is not None and not it.edited else \
            self.versions.bump(it.vector or {})  # an edit made outside is a version of its own
        if self.content.kind == "file":  # that version is numbered here: later writes here cover it
            detail = {**(detail or {}), "file": True}
        if it.fields:
            detail = {**(detail or {}), "fields": list(it.fields)}
        self.found.append(NewConflict(
            it.entity, it.record_id, it.case_id, reason, live, ours,
            ours_vector if ours_vector is not None else self.vectors.get(it.record_id, {}), it.record,
            theirs_vector, it.author, it.at, blob, detail))

    # -- keeping links and unique keys whole ----------------------------------------------------

    def _taken_live(self, record_id: str) -> bool:
        return self.decision.get(record_id) is Decision.TAKE and self.items[record_id].record is not None

    def _will_live(self, record_id: str) -> bool:
        d = self.decision.get(record_id)
        if d is None:
            if record_id not in self.looked_up:  # a record restored meanwhile points to it: ask now
                self.looked_up.add(record_id)
                if self.vault.conn.execute(" UNION ALL ".join(f"SELECT 1 FROM {t} WHERE id = :i" for t in _REFERABLE),
                                           {"i": record_id}).fetchone():
                    self.held.add(record_id)
            return record_id in self.held
        if d is Decision.TAKE:
            return self.items[record_id].record is not None
        return record_id in self.ours

    def _keep_links(self) -> None:
        todo = [i for i in self.decision if self._taken_live(i)]
        refs = {i: _refs(self.items[i].record) for i in todo}  # type: ignore[arg-type]
        # Records pointed to that this merge does not decide: which of them this vault holds, in a few queries.
        outside = sorted({ref for found in refs.values() for ref in found if ref not in self.decision})
        self.held: set[str] = set()
        self.looked_up = set(outside)
        for table in _REFERABLE:
            for part in chunks(outside):
                self.held.update(r[0] for r in self.vault.conn.execute(
                    f"SELECT id FROM {table} WHERE id IN ({','.join('?' * len(part))})", list(part)))
        while todo:
            it = self.items[todo.pop()]
            for ref in refs[it.record_id] if it.record_id in refs else _refs(it.record):  # type: ignore[arg-type]
                if self._will_live(ref):
                    continue
                needed = self.items.get(ref)
                if needed is None or needed.record is None or self.decision.get(ref) is Decision.TAKE:
                    raise ValidationError("", self._missing(it, ref))
                self.decision[ref] = Decision.TAKE
                self.write_vector[ref] = needed.vector or self.versions.bump({})
                self.report.restored.append(ref)
                stone = self.stones.get(ref)
                self._conflict(needed, "deleted_here_needed", "theirs", ours_vector=stone.vector if stone else {})
                todo.append(ref)

    def _keep_unique(self) -> None:
        takes = [self.items[i] for i in self.decision if self._taken_live(i)]
        cases = [it for it in takes if it.entity == "case"]
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
                self._local_change(it, self._renamed("case", ref, new))
            used[case.reference] = case.id  # type: ignore[union-attr]
        for entity, table in (("exhibit", "exhibits"), ("source", "sources")):
            self._keep_numbers([it for it in takes if it.entity == entity and it.record.number is not None],  # type: ignore
                               table, moving)

    def _keep_numbers(self, numbered: list[Incoming], table: str, moving: set[str]) -> None:
        """Exhibit numbers (E-n) and source numbers ([n]) stay unique in their case: one from the other
        side that is used here moves to the case's next free number."""
        numbers: dict[tuple[str, int], str] = {}
        for part in chunks(sorted({it.case_id for it in numbered if it.case_id})):
            for case_id, number, record_id in self.vault.conn.execute(
                    f"SELECT case_id, number, id FROM {table} WHERE number IS NOT NULL AND case_id IN "
                    f"({','.join('?' * len(part))})", part):
                if record_id not in moving:
                    numbers[(case_id, number)] = record_id
        for it in numbered:
            record = it.record
            if numbers.get((record.case_id, record.number), record.id) != record.id:  # type: ignore[union-attr]
                old = _number_label(record)  # type: ignore[arg-type]
                record.number = 1 + max(n for (c, n) in numbers if c == record.case_id)  # type: ignore[union-attr]
                self._local_change(it, self._renamed(record.entity, old, _number_label(record)))  # type: ignore
            numbers[(record.case_id, record.number)] = record.id  # type: ignore[union-attr]

    def _missing(self, it: Incoming, ref: str) -> Notice:
        """Why a record cannot come in: a record it needs is neither in what is merged nor here."""
        if self.content.kind == "file":
            return Notice("the {entity} {id} needs record {ref}, which neither the file nor this vault holds; "
                          "nothing was imported", entity=entity_name(it.entity), id=it.record_id, ref=ref)
        return Notice("the {entity} {id} needs record {ref}, which neither the bundle nor this vault holds; "
                      "nothing was imported", entity=entity_name(it.entity), id=it.record_id, ref=ref)

    def _renamed(self, entity: str, old: str, new: str) -> Notice:
        """What the report says of a case reference, exhibit or source number taken here, renamed."""
        file = self.content.kind == "file"
        if entity == "case":
            return Notice("case {old} from the file is now {new}: {old} is used here", old=old, new=new) if file \
                else Notice("case {old} from the bundle is now {new}: {old} is used here", old=old, new=new)
        if entity == "exhibit":
            return Notice("exhibit {old} from the file is now {new}: {old} is used here", old=old, new=new) if file \
                else Notice("exhibit {old} from the bundle is now {new}: {old} is used here", old=old, new=new)
        return Notice("source {old} from the file is now {new}: {old} is used here", old=old, new=new) if file \
            else Notice("source {old} from the bundle is now {new}: {old} is used here", old=old, new=new)

    def _local_change(self, it: Incoming, what: str) -> None:
        # What we write is no longer their version: a new local version on top of theirs.
        it.digest = None  # the record was renamed
        self.write_vector[it.record_id] = self.versions.bump(self.write_vector.get(it.record_id, {}))
        self.report.renamed.append(what)

    # -- writing ----------------------------------------------------------------------------------

    def _write(self) -> None:
        repos = self.vault.repos.by_entity()
        takes: dict[str, list[Record]] = {}
        joins: dict[str, list[Record]] = {}
        for i, d in self.decision.items():
            it = self.items[i]
            if it.record is not None and d is Decision.TAKE:
                takes.setdefault(it.entity, []).append(it.record)
            elif it.record is not None and d is Decision.JOIN:
                joins.setdefault(it.entity, []).append(self.ours[i])
        for entity in WRITE_ORDER:
            records = takes.get(entity, [])
            # Updates before inserts: an update may free the case reference or exhibit number a new record takes.
            updates = [r for r in records if r.id in self.ours]
            inserts = [r for r in records if r.id not in self.ours]
            self._park(entity, updates)
            digests = {r.id: self._digest(self.items[r.id]) for r in records}
            action = "import" if self.content.kind == "file" else "merge"
            repos[entity].put_many(updates, action=action, vectors=self.write_vector, digests=digests)
            repos[entity].put_many(inserts, action=action, vectors=self.write_vector, digests=digests)
            repos[entity].put_many(joins.get(entity, []), action=action, vectors=self.write_vector)
            self.report.updated += len(updates)
            self.report.created += len(inserts)
            self.report.joined += len(joins.get(entity, []))
            if entity == "exhibit":
                self._write_blobs(records)  # type: ignore[arg-type]

    def _park(self, entity: str, updates: list[Record]) -> None:
        """Write aside, under a temporary unique key, the updates that take a case reference or exhibit
        number still held by another record being updated (two exhibits that swapped numbers), so
        the order of the writes cannot collide. The temporary versions are audited like any write."""
        key = {"case": lambda r: r.reference, "exhibit": lambda r: (r.case_id, r.number),
               "source": lambda r: (r.case_id, r.number) if r.number is not None else r.id}.get(entity)
        if key is None:
            return
        holders = {key(self.ours[r.id]): r.id for r in updates}
        clash = [r for r in updates if holders.get(key(r), r.id) != r.id]
        if not clash:
            return
        if entity == "case":
            parked = [dataclasses.replace(r, reference=f"{r.reference} (merging {r.id})") for r in clash]
        elif entity == "source":
            parked = [dataclasses.replace(r, number=None) for r in clash]
        else:
            parked = [dataclasses.replace(r, number=-1 - n) for n, r in enumerate(clash)]
        self.vault.repos.by_entity()[entity].put_many(parked, action="merge", vectors=self.vectors)

    def _write_blobs(self, exhibits: Iterable[Exhibit]) -> None:
        for ex in exhibits:
            ours = self.ours.get(ex.id)
            stored = self.vault.conn.execute("SELECT 1 FROM exhibit_data WHERE exhibit_id = ?", (ex.id,)).fetchone()
            if stored and isinstance(ours, Exhibit) and ours.sha256 == ex.sha256:
                continue
            data = self.content.blobs.get(ex.id)
            if data is None:
                lacks = Notice("the file lacks the file of exhibit {label} ({id})", label=ex.label, id=ex.id) \
                    if self.content.kind == "file" else \
                    Notice("the bundle lacks the file of exhibit {label} ({id})", label=ex.label, id=ex.id)
                raise ValidationError("", lacks)
            self.vault.conn.execute("INSERT OR REPLACE INTO exhibit_data(exhibit_id, data) VALUES (?, ?)",
                                    (ex.id, data))

    def _doomed(self) -> dict[str, list[tuple[Record, Vector, dict[str, Vector] | None]]]:
        """What to delete, by entity: (our record, the tombstone's vector, a case tombstone's covers)."""
        repos = self.vault.repos
        out: dict[str, list[tuple[Record, Vector, dict[str, Vector] | None]]] = {}
        for i, d in self.decision.items():
            it = self.items[i]
            if d is Decision.TAKE and it.record is None and i in self.ours:
                out.setdefault(it.entity, []).append((self.ours[i], self.write_vector[i], it.covers))
        for members in self.case_deletes.values():
            for table in CASE_TABLES:
                repo = next(r for r in repos.by_entity().values() if r.table == table)
                for record in repo.get_many(members).values():
                    if record.id not in self.items:  # records they deleted with the case, under no tombstone of theirs
                        out.setdefault(repo.cls.entity, []).append((record, members[record.id], None))
        return out

    def _delete(self, final: bool) -> None:
        repos = self.vault.repos.by_entity()
        doomed = self._doomed()
        for entity in DELETE_ORDER:
            repo = repos[entity]
            for record, vector, covers in doomed.get(entity, ()):
                if record.id in self.deleted:
                    continue
                try:
                    repo.remove(record, vector, "merge", covers)
                except sqlcipher3.IntegrityError:  # still linked from records of ours (SQLite undid the statement)
                    if final and record.id in self.items:  # keep it, as a conflict
                        self.decision[record.id] = Decision.CONFLICT
                        self._conflict(self.items[record.id], "deleted_there_still_used", "ours")
                    continue
                self.deleted.add(record.id)
                self.report.deleted += 1

    def _tombstones(self) -> None:
        """Deletions of records we do not hold: remembered (or joined with ours), so they travel on."""
        stones = []
        for i, d in self.decision.items():
            it = self.items[i]
            if it.record is not None or i in self.ours or d not in (Decision.TAKE, Decision.JOIN):
                continue
            mine = self.stones.get(i)
            covers = it.covers
            if d is Decision.JOIN and mine is not None:
                vector = join(mine.vector, it.vector or {})
                if mine.covers is not None or covers is not None:
                    covers = {k: join((mine.covers or {}).get(k, {}), (it.covers or {}).get(k, {}))
                              for k in {*(mine.covers or {}), *(it.covers or {})}}
            else:
                vector = it.vector or {}
            stones.append(Tombstone(it.entity, i, it.case_id, vector, it.at, it.author, covers))
            self.report.tombstones += mine is None
        self.versions.put_tombstones(stones)

    def _settled(self) -> list[str]:
        """Open conflicts that this merge made moot: our version now covers both of their sides. Not
        a conflict with a file: its version was numbered by this vault, so any later write here
        covers it without anyone having chosen."""
        out = []
        renewed = {c.entity_id for c in self.found}
        for conflict in self.open.values():
            if conflict.entity_id in renewed or conflict.from_file:
                continue
            table = self.vault.repos.by_entity()[conflict.entity].table
            final = self.versions.vectors(table, [conflict.entity_id]).get(conflict.entity_id)
            if final is None:
                stone = self.versions.tombstones([conflict.entity_id]).get(conflict.entity_id)
                final = stone.vector if stone else {}
            if covered(conflict.theirs, final) and covered(conflict.ours, final):
                out.append(conflict.entity_id)
        return out


def same(ours: Side | None, theirs: Side) -> bool:
    return ours is not None and ours.live == theirs.live and ours.digest == theirs.digest
