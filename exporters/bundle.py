"""Exchange bundles (.cvb): chosen cases with everything they reference, their exhibits, the
version of every record and the deletions, as one encrypted, authenticated file
(exporters.bundle_format) that another laptop merges with db.merge. Format and rules: docs/bundle.md.

The payload is a JSON object (zlib-compressed, then encrypted) around an interchange document
(exporters.interchange), whose records carry their versions, validated with the interchange schema
and rules on import:

    {"format": "casevault-bundle", "version": 2, "bundle_id", "created_at", "author",
     "replica": the sending vault's replica id, "knowledge": {replica: counter} it has seen,
     "scope": {"kind": "all" | "cases" | "for", "peer": replica or null,
               "assumed": what the receiver was taken to know (null for chosen cases)},
     "vault": its lineage id, "head": [seq, hash] of its audit chain,
     "anchors": {lineage id: [seq, hash]} it holds of its peers' chains (db.anchors),
     "document": <interchange document>,
     "tombstones": [{"entity", "id", "case_id", "vector", "covers" (a case's), "at", "author"}]}

A bundle of everything, or "for" a peer (only what that peer's last bundle did not show it knew),
leaves out only what `assumed` covers: a receiver whose knowledge covers `assumed` has then seen
everything the sender knew, and learns the sender's knowledge. A bundle of chosen cases does not.

Thread rule: call on the thread that opened the vault; export and import of big bundles take
seconds (and key derivation half a second), so the app runs them on its database worker."""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.errors import ValidationError
from db.merge import BundleContent, Incoming, MergeReport, merge
from db.models import ENTITY_TYPES, new_id
from db.notices import Notice, entity_name, unreadable
from db.versions import CASE_TABLES, Peer, Tombstone, Vector, covered, find_peer, peers
from exporters import json_parts
from exporters.atomic import atomic_write_with
from exporters.bundle_format import DEFAULT_LOG_N, BundleDamagedError, read_encrypted, write_encrypted
from exporters.interchange import CHILDREN, Plan, export_document, revised
from exporters.interchange_schema import MAX_COUNTER
from exporters.interchange_stream import check_in_parts

if TYPE_CHECKING:
    from db.vault import Vault

FORMAT = "casevault-bundle"
PAYLOAD_VERSION = 2
_PIECE = 1 << 20
MAX_EXPANSION = 100  # payload bytes per byte of file, see expansion_limit
MIN_EXPANSION_ALLOWANCE = 64 << 20
Progress = Callable[[str], None]  # told each stage of a long export or import as it starts
SafePoint = Callable[[], None]  # called between pieces of long work; raises to stop it (a lock)


def _quiet(stage: str) -> None:
    """The progress callback when nobody listens."""


@dataclass
class BundleSummary:
    bundle_id: str
    cases: int
    records: int  # cases, persons, organisations and everything in the cases
    exhibits: int
    tombstones: int
    size: int  # bytes of the file


def _unseen(vault: Vault, known: Vector) -> tuple[set[str], set[str]]:
    """(cases with a record whose version `known` does not cover, persons and organisations likewise)."""
    versions = vault.versions
    cases: set[str] = set()
    for table in ("cases", *CASE_TABLES):
        column = "id" if table == "cases" else "case_id"
        for case_id, vv in vault.conn.execute(f"SELECT {column}, vv FROM {table}"):
            if case_id not in cases and not covered(versions.decode(vv), known):
                cases.add(case_id)
    others = {record_id for table in ("persons", "organisations")
              for record_id, vv in vault.conn.execute(f"SELECT id, vv FROM {table}")
              if not covered(versions.decode(vv), known)}
    return cases, others


def build_payload(vault: Vault, case_ids: list[str] | None = None, for_peer: str | None = None) -> dict[str, Any]:
    """The bundle's content. Without filters: every case, person, organisation and tombstone. With
    `case_ids`: those cases, the persons and organisations they mention and the deletions within
    them. With `for_peer` (a peer's replica id, or its author's name): only what that peer had not
    seen when it made the last bundle this vault imported from it."""
    from db.vault import now  # noqa: PLC0415

    versions = vault.versions
    replica = versions.identity()
    ids = case_ids if case_ids is not None else [r[0] for r in vault.conn.execute(
        "SELECT id FROM cases ORDER BY reference, id")]
    extra: set[str] = set()
    peer: Peer | None = None
    if for_peer is not None:
        peer = find_peer(vault, for_peer)
        changed, extra = _unseen(vault, peer.knowledge)
        ids = [i for i in ids if i in changed]
    doc = export_document(vault, None if case_ids is None and peer is None else ids, digests=False)
    have = {p["id"] for p in doc["persons"]} | {o["id"] for o in doc["organisations"]}
    more = sorted(i for i in extra if i not in have)
    doc["persons"] += revised(vault, "persons", list(vault.repos.persons.get_many(more).values()), False)
    doc["organisations"] += revised(vault, "organisations", list(vault.repos.organisations.get_many(more).values()),
                                    False)
    stones = versions.all_tombstones(set(case_ids) if case_ids is not None else None)
    if peer is not None:
        stones = [t for t in stones if not covered(t.vector, peer.knowledge)]
    kind = "cases" if case_ids is not None else "for" if peer is not None else "all"
    seq, head = vault.repos.audit.head()
    return {"format": FORMAT, "version": PAYLOAD_VERSION, "bundle_id": new_id(), "created_at": now(),
            "author": vault.author, "replica": replica, "knowledge": versions.knowledge(),
            "scope": {"kind": kind, "peer": peer.replica if peer else None,
                      "assumed": None if kind == "cases" else peer.knowledge if peer else {}},
            "vault": vault.get_meta("vault_id"), "head": [seq, head],
            "anchors": {p.vault_id: [p.head_seq, p.head_hash] for p in reversed(peers(vault))},
            "document": doc, "tombstones": [_stone_dict(t) for t in stones]}


def _stone_dict(t: Tombstone) -> dict[str, Any]:
    out: dict[str, Any] = {"entity": t.entity, "id": t.record_id, "case_id": t.case_id, "vector": t.vector,
                           "at": t.at, "author": t.author}
    if t.covers is not None:
        out["covers"] = t.covers
    return out


def export_bundle(vault: Vault, path: str | os.PathLike[str], passphrase: str, case_ids: list[str] | None = None,
                  for_peer: str | None = None, *, log_n: int = DEFAULT_LOG_N,
                  progress: Progress | None = None) -> BundleSummary:
    """Write a bundle to `path` atomically (temporary file beside it holds only ciphertext).
    `progress`, if given, is called with each stage as it starts: "collect", then "write"."""
    from db import write_target  # noqa: PLC0415

    write_target.check(path, consume=False)  # refused before the vault is touched (it may name itself anew)
    report = progress or _quiet
    report("collect")
    payload = build_payload(vault, case_ids, for_peer)
    report("write")
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    def pieces() -> Iterator[bytes]:
        packer = zlib.compressobj(1)  # fast: bundles are mostly JSON, level 1 already shrinks it 4x
        for at in range(0, len(raw), _PIECE):
            yield packer.compress(raw[at:at + _PIECE])
        yield packer.flush()

    atomic_write_with(Path(path), lambda fh: write_encrypted(fh, passphrase, pieces(), log_n=log_n))
    doc = payload["document"]
    records = len(doc["persons"]) + len(doc["organisations"]) + sum(
        1 + sum(len(c[key]) for key, _, _ in CHILDREN) for c in doc["cases"])
    return BundleSummary(payload["bundle_id"], len(doc["cases"]), records,
                         sum(len(c["exhibits"]) for c in doc["cases"]), len(payload["tombstones"]),
                         Path(path).stat().st_size)


def expansion_limit(file_size: int) -> int:
    """The most payload bytes a bundle file of this size may hold once decompressed. The JSON of a
    bundle shrinks 4 to 10 times and exhibits hardly at all; a crafted "zip bomb" shrinks a thousand
    times and would exhaust the memory of the laptop reading it."""
    return max(MIN_EXPANSION_ALLOWANCE, MAX_EXPANSION * file_size)


def read_bundle(path: str | os.PathLike[str], passphrase: str,
                safe_point: SafePoint = json_parts.no_stop) -> tuple[Any, str]:
    """Decrypt and authenticate the whole file, then parse it: (payload, SHA-256 of the payload).
    Raises a BundleError (not a bundle, wrong passphrase, modified, cut off) before returning anything.
    `safe_point()` is called between pieces of the work (a lock may stop it there by raising)."""
    name = Path(path).name
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below; read_encrypted is a generator
    except OSError as exc:
        raise ValidationError(str(path), unreadable(exc)) from None
    unpacker, out = zlib.decompressobj(), bytearray()
    with fh:
        limit = expansion_limit(os.fstat(fh.fileno()).st_size)
        try:
            for chunk in read_encrypted(fh, passphrase, name):
                safe_point()
                out += unpacker.decompress(chunk, limit + 1 - len(out))
                if len(out) > limit:
                    raise BundleDamagedError(name, Notice("would expand to more than {mb:,} MB, far more than any "
                                                          "bundle CaseVault writes", mb=limit >> 20))
            out += unpacker.flush()
        except zlib.error:
            raise BundleDamagedError(name, Notice("holds data that does not decompress")) from None
        except OSError as exc:
            raise ValidationError(str(path), unreadable(exc)) from None
    if not unpacker.eof or unpacker.unused_data:
        raise BundleDamagedError(name, Notice("holds an incomplete payload"))
    raw = bytes(out)
    del out
    try:
        text = raw.decode(json.detect_encoding(raw), "surrogatepass")  # as json.loads(bytes) reads it
        return json_parts.loads(text, safe_point, depth=4), hashlib.sha256(raw).hexdigest()
    except (ValueError, RecursionError):
        raise BundleDamagedError(name, Notice("holds a payload that is not valid JSON")) from None


def _fail(where: str, what: str) -> ValidationError:
    return ValidationError(where, Notice("{what}; nothing was imported", what=what))


_NOT_A = {str: Notice("is missing or not a str"), dict: Notice("is missing or not a dict"),
          list: Notice("is missing or not a list")}


def _vector(value: Any, where: str) -> Vector:
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and 0 < len(k) <= 17 and isinstance(n, int) and not isinstance(n, bool)
            and 0 < n <= MAX_COUNTER for k, n in value.items()):
        raise _fail(where, Notice("is not a version vector"))
    return dict(value)


def _head(value: Any, where: str) -> tuple[int, str]:
    if not (isinstance(value, list) and len(value) == 2 and isinstance(value[0], int) and value[0] >= 0
            and isinstance(value[1], str) and len(value[1]) == 64):
        raise _fail(where, Notice("is not an audit-chain head [seq, hash]"))
    return value[0], value[1]


def parse_payload(vault: Vault, payload: Any, payload_digest: str,
                  safe_point: SafePoint = json_parts.no_stop) -> BundleContent:
    """Check a decrypted payload completely (envelope, interchange document, links, exhibit bytes)
    and turn it into what db.merge takes. Raises ValidationError naming the JSON path."""
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise _fail("$.format", Notice("this is not a CaseVault bundle payload"))
    version = payload.get("version")
    if version == 1:
        raise _fail("$.version", Notice("this bundle was made by an older CaseVault (bundle format 1), which this "
                                        "one no longer reads: update CaseVault on the laptop that made it and export "
                                        "again"))
    if not isinstance(version, int) or version > PAYLOAD_VERSION:
        raise _fail("$.version", Notice("version {version} is not one this CaseVault reads; update CaseVault",
                                        version=repr(version)))
    for key, kind in (("bundle_id", str), ("author", str), ("replica", str), ("vault", str), ("document", dict),
                      ("knowledge", dict), ("scope", dict), ("anchors", dict), ("tombstones", list)):
        if not isinstance(payload.get(key), kind):
            raise _fail(f"$.{key}", _NOT_A[kind])
    scope = payload["scope"]
    if scope.get("kind") not in ("all", "cases", "for"):
        raise _fail("$.scope.kind", Notice("must be all, cases or for"))
    knowledge = _vector(payload["knowledge"], "$.knowledge")
    assumed = None if scope.get("assumed") is None else _vector(scope["assumed"], "$.scope.assumed")
    head = _head(payload.get("head"), "$.head")
    anchors = {str(k): _head(v, f"$.anchors.{k}") for k, v in payload["anchors"].items()}
    doc = payload["document"]
    try:
        check_in_parts(doc, safe_point)
        plan = Plan(vault, doc, rename_references=True, safe_point=safe_point)
    except ValidationError as exc:  # the interchange checks name places in the document: say so
        where = "$.document" + exc.where[1:] if exc.where.startswith("$") and not exc.where.startswith("$.document") \
            else exc.where
        raise _fail(where, exc.what) from None
    items = plan.incoming()
    for n, it in enumerate(items):
        if it.vector is None:
            raise _fail(_record_at(it), Notice("a record in a bundle must carry its revision"))
        if it.edited:
            raise _fail(_record_at(it), Notice("a record does not match its revision's digest"))
        del n
    live = {it.record_id for it in items}
    for n, t in enumerate(payload["tombstones"]):
        where = f"$.tombstones[{n}]"
        if not isinstance(t, dict) or t.get("entity") not in ENTITY_TYPES or not isinstance(t.get("id"), str) \
                or not isinstance(t.get("case_id"), str | None) or not isinstance(t.get("at"), str) \
                or not isinstance(t.get("author"), str):
            raise _fail(where, Notice("is not a tombstone"))
        if t["id"] in live:
            raise _fail(f"{where}.id", Notice("record {id} is both present and deleted", id=t["id"]))
        covers = t.get("covers")
        if covers is not None:
            if t["entity"] != "case" or not isinstance(covers, dict):
                raise _fail(f"{where}.covers", Notice("only a case's tombstone covers other records"))
            covers = {str(k): _vector(v, f"{where}.covers.{k}") for k, v in covers.items()}
        items.append(Incoming(t["entity"], t["id"], t["case_id"], None, _vector(t.get("vector"), f"{where}.vector"),
                              t["author"], t["at"], covers))
    peer = Peer(payload["replica"], payload["vault"], payload["author"], knowledge, head[0], head[1],
                payload["bundle_id"], str(payload.get("created_at", "")))
    return BundleContent(payload["bundle_id"], payload["author"], payload_digest, items, dict(plan.blobs), peer,
                         assumed=assumed, anchors=anchors)


def _record_at(it: Incoming) -> Notice:
    """Where a record of the payload's document is, by its kind and id."""
    return Notice("$.document ({entity} {id})", entity=entity_name(it.entity), id=it.record_id)


def anchors_in(vault: Vault, path: str | os.PathLike[str], passphrase: str) -> list[Any]:
    """Heads of this vault's chain that a bundle holds: its own head if this vault (under any of its
    replica ids) made it, and the head its maker saw of this vault."""
    from db.anchors import Anchor  # noqa: PLC0415

    payload, _ = read_bundle(path, passphrase)
    name = Path(path).name
    if not isinstance(payload, dict) or not isinstance(payload.get("anchors"), dict):
        raise _fail("$", f"{name} is not a bundle this CaseVault reads")
    lineage = vault.get_meta("vault_id")
    out = []
    if payload.get("vault") == lineage:
        seq, digest = _head(payload.get("head"), "$.head")
        out.append(Anchor(seq, digest, f"the bundle {name}, made by this vault"))
    if lineage in payload["anchors"]:
        seq, digest = _head(payload["anchors"][lineage], f"$.anchors.{lineage}")
        out.append(Anchor(seq, digest, f"the bundle {name}, whose maker saw this vault"))
    if not out:
        raise ValidationError(name, "holds no head of this vault's history (made by and for other vaults)")
    return out


def import_bundle(vault: Vault, path: str | os.PathLike[str], passphrase: str,
                  on_conflict: str = "keep-both", *, progress: Progress | None = None,
                  safe_point: SafePoint = json_parts.no_stop) -> MergeReport:
    """Decrypt, authenticate and check the whole bundle, then merge it in one transaction. Any
    problem raises a VaultError subclass before the vault is touched. `progress`, if given, is
    called with each stage as it starts: "read" (decrypt and parse), "check", "merge" (which
    includes re-indexing the merged cases for search). `safe_point()` is called between pieces of
    the reading and checking, where raising stops the import with nothing written."""
    report = progress or _quiet
    report("read")
    payload, payload_digest = read_bundle(path, passphrase, safe_point)
    report("check")
    content = parse_payload(vault, payload, payload_digest, safe_point)
    report("merge")
    return merge(vault, content, on_conflict)
