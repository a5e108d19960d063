"""Which version of a record is newer, without trusting any clock: version vectors (docs/bundle.md).

Every vault has a *replica* id. Every write transaction that changes records takes one *dot* from
that replica's counter, and each record it writes carries a vector {replica: counter}: the last dot
of every replica in the record's history. Two versions of one record compare as

- SAME: equal vectors (the same version);
- OLDER / NEWER: one vector is below the other in every entry (one descends from the other);
- CONCURRENT: neither; both sides changed it since they last agreed: a conflict for a person.

A local write sets the writer's entry to the new dot (a new version descending from the old one).
An undo, a conflict's resolution or a rename is such a write, so it travels and wins over what it
replaces everywhere. Two concurrent versions with the same content are joined (entry-wise maximum)
with no new dot, so vaults that made the same change agree without a conflict.

A deleted record leaves a *tombstone* with the vector of the delete. A case's tombstone also
*covers* the version of every record in the case that the delete saw: a vault that receives it
deletes the case only if none of its records has a version the deleter did not see.

A vault's *knowledge* says, per replica, up to which counter it has seen every change (its own
counter, and what full bundles from peers declared). A bundle "for" a peer carries only what is
not covered by the knowledge that peer last declared, so nothing depends on a laptop's clock.

The replica id changes whenever the vault file is not the one it was (a copy on another laptop, a
restored backup, a new file after rekey, or a history that no longer holds what a peer saw), so two
files never hand out the same dot.

Vectors are stored in the `vv` column of each record table as "code:counter,..." where codes are
small integers standing for replica ids in `sync_replicas`; outside the vault they are dicts of
replica id to counter. Thread rule: like the vault, only from the thread that owns its connection."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from db.vault import Vault

Vector = dict[str, int]
CASE_TABLES = ("roles", "sources", "exhibits", "incidents", "interventions", "interpol_notices", "extradition_requests",
               "outcomes", "notes", "tasks")


class Order(Enum):
    SAME = "same"
    OLDER = "older"  # the first version is older than the second
    NEWER = "newer"
    CONCURRENT = "concurrent"


def compare(a: Mapping[str, int], b: Mapping[str, int]) -> Order:
    """How version `a` stands to version `b`."""
    a_ahead = any(n > b.get(r, 0) for r, n in a.items())
    b_ahead = any(n > a.get(r, 0) for r, n in b.items())
    if a_ahead and b_ahead:
        return Order.CONCURRENT
    if a_ahead:
        return Order.NEWER
    if b_ahead:
        return Order.OLDER
    return Order.SAME


def covered(a: Mapping[str, int], b: Mapping[str, int]) -> bool:
    """True when version `a` is `b` or older (b has seen all of a)."""
    return all(n <= b.get(r, 0) for r, n in a.items())


def join(*vectors: Mapping[str, int]) -> Vector:
    """The smallest vector that covers all of them."""
    out: Vector = {}
    for v in vectors:
        for r, n in v.items():
            if n > out.get(r, 0):
                out[r] = n
    return out


@dataclass
class Tombstone:
    """A deleted record: the version of its delete, and for a case what the delete covered."""

    entity: str
    record_id: str
    case_id: str | None
    vector: Vector
    at: str
    author: str
    covers: dict[str, Vector] | None = None  # a case's: every record of the case, at the version deleted


def new_replica() -> str:
    return secrets.token_hex(8)


def _machine() -> str:
    for path in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            return Path(path).read_text().strip()
        except OSError:
            continue
    return ""


def place_of(path: Path, replica: str) -> str:
    """A short fingerprint of where this vault file lives: a copy elsewhere has another."""
    st = os.stat(path)
    return hashlib.sha256(f"{st.st_dev}:{st.st_ino}:{_machine()}:{replica}".encode()).hexdigest()[:32]


class Versions:
    """The version bookkeeping of one open vault (vault.versions)."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._codes: dict[str, int] = {}
        self._replicas: dict[int, str] = {}
        self._decoded: dict[str, Vector] = {}  # many records share a stored vector: parse each text once
        self._dot: tuple[int, int] | None = None  # (transaction serial, counter) of this transaction's dot
        self._placed = False  # whether this session checked the file is where the vault last was
        vault.rollback_hooks.append(self._forget)

    @property
    def conn(self) -> Any:
        return self.vault.conn

    # -- identity ----------------------------------------------------------------------------------

    @property
    def replica(self) -> str:
        return self.vault.get_meta("replica") or ""

    def identity(self) -> str:
        """This vault's replica id, first taking a new one if the file is not where the vault last was
        (a copy on another laptop, a restored backup). Called before the vault hands out a dot or
        names itself in a bundle, so opening a vault to read it writes nothing."""
        if not self._placed:
            replica = self.replica
            if not replica or self.vault.get_meta("replica_place") != place_of(self.vault.path, replica):
                self.reidentify()
            self._placed = True
        return self.replica

    def reidentify(self) -> None:
        """Start handing out dots under a new replica id (the old one's dots stay in records)."""
        with self.vault.write():
            old, known = self.replica, self.knowledge()  # the old id's own dots are all seen here
            new = new_replica()
            if old:
                former = self.vault.get_meta("former_replicas") or ""
                self.vault.set_meta("former_replicas", f"{former} {old}".strip())
            self.vault.set_meta("replica", new)
            self.vault.set_meta("counter", "0")
            self.vault.set_meta("replica_place", place_of(self.vault.path, new))
            self._store_knowledge(known)
            self._dot = None
            self._placed = True

    def settle_place(self) -> None:
        """Record the vault file's current place as its own (after a rekey replaced the file)."""
        self.vault.set_meta("replica_place", place_of(self.vault.path, self.replica))

    # -- dots --------------------------------------------------------------------------------------

    def counter(self) -> int:
        return int(self.vault.get_meta("counter") or 0)

    def dot(self) -> tuple[str, int]:
        """This write transaction's dot (the same for every record it writes)."""
        self.identity()
        serial = self.vault.transaction
        if self._dot is None or self._dot[0] != serial:
            n = self.counter() + 1
            self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('counter', ?)", (str(n),))
            self._dot = (serial, n)
        return self.replica, self._dot[1]

    def bump(self, vector: Mapping[str, int]) -> Vector:
        """A new local version on top of `vector`."""
        replica, n = self.dot()
        out = dict(vector)
        out[replica] = n
        return out

    # -- encoding ----------------------------------------------------------------------------------

    def _load_codes(self) -> None:
        if not self._replicas:
            for code, replica in self.conn.execute("SELECT code, replica FROM sync_replicas"):
                self._replicas[code] = replica
                self._codes[replica] = code

    def code(self, replica: str) -> int:
        self._load_codes()
        code = self._codes.get(replica)
        if code is None:
            code = self.conn.execute("INSERT INTO sync_replicas(replica) VALUES (?)", (replica,)).lastrowid
            self._codes[replica] = code
            self._replicas[code] = replica
        return code

    def encode(self, vector: Mapping[str, int]) -> str:
        coded = sorted((self.code(r), n) for r, n in vector.items() if n and not r.startswith("~"))
        # Entries migrated from version tokens (db.versions_schema) are always 1 and are written as they are.
        return ",".join([f"{c}:{n}" for c, n in coded] + sorted(r for r in vector if r.startswith("~")))

    def decode(self, text: str | None) -> Vector:
        """The vector stored as `text` (a new dict the caller may change)."""
        if not text:
            return {}
        known = self._decoded.get(text)
        if known is not None:
            return dict(known)
        self._load_codes()
        out: Vector = {}
        for item in text.split(","):
            if item.startswith("~"):
                out[item] = 1
                continue
            code, _, n = item.partition(":")
            out[self._replicas[int(code)]] = int(n)
        if len(self._decoded) > 100_000:
            self._decoded.clear()
        self._decoded[text] = dict(out)
        return out

    def _forget(self) -> None:
        self._codes.clear()
        self._replicas.clear()
        self._decoded.clear()
        self._dot = None
        self._placed = False  # a rolled back reidentify must happen again

    # -- vectors of live records and tombstones ----------------------------------------------------

    def vectors(self, table: str, ids: Iterable[str]) -> dict[str, Vector]:
        """The vectors of these live records of one table."""
        from db.repository import chunks  # noqa: PLC0415 - db.repository imports this module

        out: dict[str, Vector] = {}
        for part in chunks(list(dict.fromkeys(ids))):
            for record_id, vv in self.conn.execute(
                    f"SELECT id, vv FROM {table} WHERE id IN ({','.join('?' * len(part))})", list(part)):
                out[record_id] = self.decode(vv)
        return out

    def tombstones(self, ids: Iterable[str]) -> dict[str, Tombstone]:
        from db.repository import chunks  # noqa: PLC0415

        out: dict[str, Tombstone] = {}
        for part in chunks(list(dict.fromkeys(ids))):
            rows = self.conn.execute(
                "SELECT entity_id, entity, case_id, vv, covers, at, author FROM tombstones "
                f"WHERE entity_id IN ({','.join('?' * len(part))})", list(part)).fetchall()
            for row in rows:
                out[row[0]] = self._tombstone(row)
        return out

    def all_tombstones(self, case_ids: set[str] | None = None) -> list[Tombstone]:
        """Every tombstone, or those of records of these cases and of these cases themselves."""
        rows = self.conn.execute(
            "SELECT entity_id, entity, case_id, vv, covers, at, author FROM tombstones ORDER BY at, entity_id")
        out = [self._tombstone(r) for r in rows]
        if case_ids is not None:
            out = [t for t in out if t.case_id in case_ids or t.record_id in case_ids]
        return out

    def _tombstone(self, row: tuple[Any, ...]) -> Tombstone:
        record_id, entity, case_id, vv, covers, at, author = row
        cover = None if covers is None else {k: self.decode(v) for k, v in json.loads(covers).items()}
        return Tombstone(entity, record_id, case_id, self.decode(vv), at, author, cover)

    def put_tombstones(self, stones: Iterable[Tombstone]) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO tombstones(entity_id, entity, case_id, vv, covers, at, author) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(t.record_id, t.entity, t.case_id, self.encode(t.vector),
              None if t.covers is None else json.dumps({k: self.encode(v) for k, v in sorted(t.covers.items())}),
              t.at, t.author) for t in stones])

    def drop_tombstones(self, ids: Iterable[str]) -> None:
        self.conn.executemany("DELETE FROM tombstones WHERE entity_id = ?", [(i,) for i in ids])

    # -- knowledge and peers -----------------------------------------------------------------------

    def knowledge(self) -> Vector:
        """Up to which counter of each replica this vault has seen every change."""
        known = self.decode(self.vault.get_meta("knowledge"))
        if self.replica and self.counter():
            known[self.replica] = self.counter()
        return known

    def learn(self, vector: Mapping[str, int]) -> None:
        """Everything `vector` covers is now seen here (after a full bundle was merged)."""
        known = join(self.knowledge(), vector)
        known.pop(self.replica, None)
        self._store_knowledge(known)

    def _store_knowledge(self, known: Mapping[str, int]) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('knowledge', ?)",
                          (self.encode({r: n for r, n in known.items() if r != self.replica}),))


@dataclass
class Peer:
    """Another vault whose bundle this one imported, as of its last bundle."""

    replica: str
    vault_id: str  # its lineage id (db.anchors)
    author: str
    knowledge: Vector
    head_seq: int
    head_hash: str
    bundle_id: str
    received_at: str

    @property
    def label(self) -> str:
        return f"{self.author} ({self.replica[:6]}, {self.received_at[:10]})"


def peers(vault: Vault) -> list[Peer]:
    rows = vault.conn.execute("SELECT replica, vault_id, author, knowledge, head_seq, head_hash, bundle_id, "
                              "received_at FROM sync_peers ORDER BY received_at DESC, replica").fetchall()
    return [Peer(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6], r[7]) for r in rows]


def find_peer(vault: Vault, key: str) -> Peer:
    """The peer whose replica id starts with `key`, or whose author is `key` (unambiguously)."""
    from db.errors import NotFoundError, ValidationError  # noqa: PLC0415

    found = [p for p in peers(vault) if p.replica.startswith(key) or p.author == key]
    if not found:
        raise NotFoundError("peer", key)
    if len(found) > 1:
        raise ValidationError("peer", f"{key!r} names several peers: " + ", ".join(p.label for p in found))
    return found[0]


def record_peer(vault: Vault, peer: Peer) -> None:
    vault.conn.execute(
        "INSERT OR REPLACE INTO sync_peers(replica, vault_id, author, knowledge, head_seq, head_hash, bundle_id, "
        "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (peer.replica, peer.vault_id, peer.author, json.dumps(peer.knowledge, sort_keys=True), peer.head_seq,
         peer.head_hash, peer.bundle_id, peer.received_at))
