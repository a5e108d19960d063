"""The audit trail: every create, update and delete appends an entry (who, when, what, digests of
the record before and after), chained by SHA-256: each entry's hash covers the previous entry's
hash and an unambiguous, length-prefixed encoding of its own fields (`entry_hash`; entries written
before migration 5 keep the older encoding, `entry_hash_v1`). The head (last sequence number and
hash) is also kept in `meta`, so removing entries from the end shows too, and copies of heads held
outside the vault (db.anchors) show a rewrite of everything before them. `verify_chain` recomputes
the chain; db.verify also checks that every live record still has the digest its last audit entry
recorded, so editing a data row shows as well. Digests and hashes are stored as 32 bytes and shown
as 64 hexadecimal digits."""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from db.audit_storage import pack_id, pack_time, unpack_id, unpack_time

if TYPE_CHECKING:
    from db.vault import Vault

GENESIS = "0" * 64


# What json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")) does, without
# making a new encoder per call (a bulk import digests every record it writes).
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode


def canonical(obj: Any) -> str:
    return _CANONICAL(obj)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    author: str
    action: str  # create | update | delete | import | merge
    entity: str
    entity_id: str
    case_id: str | None
    before_digest: str | None
    after_digest: str | None
    hash: str


def entry_hash_v1(prev_hash: str, seq: int, at: str, author: str, action: str, entity: str, entity_id: str,
                  case_id: str | None, before: str | None, after: str | None) -> str:
    """The first encoding (fields joined by U+001F), kept to check entries written with it."""
    fields = (prev_hash, str(seq), at, author, action, entity, entity_id, case_id or "", before or "", after or "")
    return hashlib.sha256("\x1f".join(fields).encode()).hexdigest()


_V2 = b"casevault-audit-2\x00"
_ABSENT = b"\xff\xff\xff\xff"
_SEQ = struct.Struct(">Q")


def _text(value: str | None) -> bytes:
    if value is None:
        return _ABSENT
    data = value.encode("utf-8")
    return struct.pack(">I", len(data)) + data


def entry_hash(prev_hash: str, seq: int, at: str, author: str, action: str, entity: str, entity_id: str,
               case_id: str | None, before: str | None, after: str | None) -> str:
    """SHA-256 over the previous hash and every field, each length-prefixed (or marked absent), so no
    choice of field values can give two different entries the same encoding."""
    parts = [_V2, bytes.fromhex(prev_hash), struct.pack(">Q", seq)]
    parts += [_text(v) for v in (at, author, action, entity, entity_id, case_id)]
    parts += [b"\x00" if d is None else b"\x01" + bytes.fromhex(d) for d in (before, after)]
    return hashlib.sha256(b"".join(parts)).hexdigest()


def _blob(digest: str | None) -> bytes | None:
    return None if digest is None else bytes.fromhex(digest)


def _hex(blob: bytes | None) -> str | None:
    return None if blob is None else bytes(blob).hex()


_COLUMNS = "seq, at, author, action, entity, entity_id, case_id, before_digest, after_digest, hash"


def _entry(row: tuple[Any, ...]) -> AuditEntry:
    seq, at, author, action, entity, entity_id, case_id, before, after, h = row
    return AuditEntry(seq, unpack_time(at), author, action, entity, unpack_id(entity_id), unpack_id(case_id),
                      _hex(before), _hex(after), _hex(h))


def chunks_of(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class AuditLog:
    """Appends to and reads the chain. Appends must happen inside `vault.write()`."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._head: tuple[int, str] | None = None
        self._dirty = False
        vault.commit_hooks.append(self._store_head)
        vault.rollback_hooks.append(self._forget_head)

    def head(self) -> tuple[int, str]:
        if self._head is None:
            row = self.vault.conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
            self._head = (row[0], _hex(row[1])) if row else (0, GENESIS)  # type: ignore[assignment]
        return self._head

    def append_many(self, items: Iterable[tuple[str, str, str, str | None, str | None, str | None]],
                    at: str) -> None:
        """Append (action, entity, entity_id, case_id, before_digest, after_digest) tuples. Each entry's
        hash is entry_hash's, with the parts that repeat across the entries (time, author, action and
        entity, a case's id) encoded once."""
        author = self.vault.author
        seq, prev_hex = self.head()
        prev = bytes.fromhex(prev_hex)
        stored_at = pack_time(at)
        fixed = _text(at) + _text(author)
        kinds: dict[tuple[str, str], bytes] = {}
        cases: dict[str | None, tuple[bytes, Any]] = {}
        sha256, pack_seq, blob = hashlib.sha256, _SEQ.pack, _blob

        def rows() -> Iterator[tuple[Any, ...]]:  # made as they are inserted, see Repository._insert_rows
            nonlocal seq, prev
            for action, entity, entity_id, case_id, before, after in items:
                seq += 1
                kind = kinds.get((action, entity))
                if kind is None:
                    kind = kinds[(action, entity)] = _text(action) + _text(entity)
                case = cases.get(case_id)
                if case is None:
                    case = cases[case_id] = (_text(case_id), pack_id(case_id))
                before_blob, after_blob = blob(before), blob(after)
                h = sha256(b"".join((_V2, prev, pack_seq(seq), fixed, kind, _text(entity_id), case[0],
                                     b"\x00" if before_blob is None else b"\x01" + before_blob,
                                     b"\x00" if after_blob is None else b"\x01" + after_blob))).digest()
                yield (seq, stored_at, author, action, entity, pack_id(entity_id), case[1], before_blob, after_blob, h)
                prev = h

        self.vault.conn.executemany(f"INSERT INTO audit({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)", rows())
        self._head = (seq, prev.hex())
        self._dirty = True

    def hash_at(self, seq: int) -> str | None:
        """The hash of entry `seq`, None if the chain has no such entry."""
        row = self.vault.conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
        return _hex(row[0]) if row else None

    def entries(self, *, case_id: str | None = None, entity_id: str | None = None,
                limit: int | None = None) -> list[AuditEntry]:
        """Newest first. With case_id: the case itself and every record that belongs or belonged to
        it (and the choices made in its conflicts); with entity_id: one record's."""
        ids = [entity_id] if case_id is None else self._case_record_ids(case_id)
        if case_id is None and entity_id is None:
            rows = self.vault.conn.execute(f"SELECT {_COLUMNS} FROM audit ORDER BY seq DESC"
                                           + ("" if limit is None else f" LIMIT {int(limit)}")).fetchall()
            return [_entry(row) for row in rows]
        found = []
        for part in chunks_of(ids, 500):
            found += self.vault.conn.execute(
                f"SELECT {_COLUMNS} FROM audit WHERE entity_id IN ({','.join('?' * len(part))})",
                [pack_id(i) for i in part]).fetchall()
        found.sort(key=lambda row: row[0], reverse=True)
        return [_entry(row) for row in (found if limit is None else found[:limit])]

    def _case_record_ids(self, case_id: str) -> list[str]:
        """The case, its records (live or deleted) and its conflicts: whatever its history is about."""
        from db.versions import CASE_TABLES  # noqa: PLC0415 - db.versions imports this module's users

        conn = self.vault.conn
        ids = [case_id]
        for table in CASE_TABLES:
            ids += [r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE case_id = ?", (case_id,))]
        ids += [r[0] for r in conn.execute("SELECT entity_id FROM tombstones WHERE case_id = ?", (case_id,))]
        ids += [r[0] for r in conn.execute("SELECT id FROM conflicts WHERE case_id = ? OR entity_id = ?",
                                           (case_id, case_id))]
        return list(dict.fromkeys(ids))

    def iter_all(self) -> Iterator[AuditEntry]:
        for row in self.vault.conn.execute(f"SELECT {_COLUMNS} FROM audit ORDER BY seq"):
            yield _entry(row)

    def verify_chain(self) -> list[str]:
        """Problems found in the chain itself, as plain sentences; empty when intact."""
        problems: list[str] = []
        expected_seq, prev = 1, GENESIS
        v2_from = int(self.vault.get_meta("audit_v2_from") or 1)
        for e in self.iter_all():
            if e.seq != expected_seq:
                problems.append(f"audit entries {expected_seq}-{e.seq - 1} are missing")
            encode = entry_hash if e.seq >= v2_from else entry_hash_v1
            recomputed = encode(prev, e.seq, e.at, e.author, e.action, e.entity, e.entity_id, e.case_id,
                                e.before_digest, e.after_digest)
            if recomputed != e.hash:
                problems.append(f"audit entry {e.seq} was altered or does not follow the entry before it")
            expected_seq, prev = e.seq + 1, e.hash
        stored = self.vault.get_meta("audit_head")
        actual = f"{expected_seq - 1}:{prev}"
        if stored is not None and stored != actual:
            problems.append("the audit trail's last entries were removed or replaced")
        if stored is None and expected_seq > 1:
            problems.append("the audit trail's recorded head is missing")
        return problems

    def _store_head(self, vault: Vault, touched: dict[str, set[str]]) -> None:
        if self._dirty and self._head is not None:
            seq, h = self._head
            vault.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('audit_head', ?)", (f"{seq}:{h}",))
        self._dirty = False

    def _forget_head(self) -> None:
        self._head = None
        self._dirty = False
