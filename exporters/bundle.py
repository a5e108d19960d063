"""Exchange bundles (.cvb): chosen cases with everything they reference, their exhibits, their audit
entries, version tokens and tombstones, as one encrypted, authenticated file (exporters.bundle_format)
that another laptop merges with db.merge. Format and rules: docs/bundle.md.

The payload is a JSON object (zlib-compressed, then encrypted) around an interchange document
(exporters.interchange), which is validated with the interchange schema and rules on import:

    {"format": "casevault-bundle", "version": 1, "bundle_id", "created_at", "author",
     "document": <interchange document>,
     "tombstones": [{"entity", "id", "case_id", "before_digest"}],
     "audit": [[seq, at, author, action, entity, entity_id, case_id, before, after, token], ...],
     "known": {record id: [older version tokens learned from other vaults]}}

Each audit row's token names the version that entry wrote (the entry's hash, or the token of the
version it took from another vault); a record's last row gives its current version, all its rows
and `known` the versions it supersedes (db.merge_history).

Thread rule: call on the thread that opened the vault; export and import of big bundles take
seconds (and key derivation half a second), so the app runs them on its database worker."""

from __future__ import annotations

import hashlib
import json
import os
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.dates import parse_partial
from db.errors import ValidationError
from db.merge import BundleContent, Incoming, MergeReport, merge
from db.merge_history import changed_since, deleted_records, versions
from db.models import ENTITY_TYPES, Case, Record, new_id
from db.repository import record_dict, record_digest
from exporters.atomic import atomic_write_with
from exporters.bundle_format import DEFAULT_LOG_N, BundleDamagedError, read_encrypted, write_encrypted
from exporters.bundle_schema import UnsupportedSchema, compile_schema, first_error
from exporters.interchange import _VALIDATOR, CHILDREN, _Plan, export_document, json_path
from exporters.interchange_schema import FORMAT_VERSION as DOCUMENT_VERSION
from exporters.interchange_schema import SCHEMA

if TYPE_CHECKING:
    from db.vault import Vault

FORMAT = "casevault-bundle"
PAYLOAD_VERSION = 1
_PIECE = 1 << 20
MAX_EXPANSION = 100  # payload bytes per byte of file, see expansion_limit
MIN_EXPANSION_ALLOWANCE = 64 << 20
try:
    _FAST_CHECK = compile_schema(SCHEMA)
except UnsupportedSchema:  # the schema grew a keyword the fast check lacks: jsonschema alone decides
    _FAST_CHECK = None
Progress = Callable[[str], None]  # told each stage of a long export or import as it starts


def _quiet(stage: str) -> None:
    """The progress callback when nobody listens."""


_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?$")


@dataclass
class BundleSummary:
    bundle_id: str
    cases: int
    records: int  # cases, persons, organisations and everything in the cases
    exhibits: int
    tombstones: int
    size: int  # bytes of the file


def normalise_since(since: str) -> str:
    """A partial date (2024, 2024-05, 2024-05-01) or UTC timestamp to compare with audit times."""
    since = since.strip()
    if _STAMP.match(since):
        return since
    try:
        value = parse_partial(since)
    except ValueError as exc:
        raise ValidationError("since", str(exc)) from None
    if value is None:
        raise ValidationError("since", "is empty")
    return value


def build_payload(vault: Vault, case_ids: list[str] | None = None, since: str | None = None) -> dict[str, Any]:
    """The bundle's content. Without filters: every case, person, organisation and tombstone. With
    `case_ids`: those cases and the persons and organisations they mention. With `since`: only cases
    with a change at or after it (and persons and organisations changed since then)."""
    from db.vault import now  # noqa: PLC0415

    repos = vault.repos
    ids = case_ids if case_ids is not None else [r[0] for r in vault.conn.execute(
        "SELECT id FROM cases ORDER BY reference, id")]
    extra: set[str] = set()
    if since is not None:
        since = normalise_since(since)
        changed, people = changed_since(vault, since)
        ids = [i for i in ids if i in changed]
        extra = people if case_ids is None else set()
    doc = export_document(vault, ids)
    have = {p["id"] for p in doc["persons"]} | {o["id"] for o in doc["organisations"]}
    more = [i for i in sorted(extra) if i not in have]
    doc["persons"] += [record_dict(p) for p in repos.persons.get_many(more).values()]
    doc["organisations"] += [record_dict(o) for o in repos.organisations.get_many(more).values()]
    record_ids = [r["id"] for r in doc["persons"] + doc["organisations"]]
    for case in doc["cases"]:
        record_ids.append(case["id"])
        record_ids += [child["id"] for key, _, _ in CHILDREN for child in case[key]]
    dead = deleted_records(vault, set(case_ids) if case_ids is not None else None, since)
    audit: list[list[object]] = []
    known = versions(vault, record_ids + [v.record_id for v in dead], audit)
    in_rows: dict[str, set[str]] = {}
    for row in audit:
        in_rows.setdefault(row[5], set()).add(row[9])  # type: ignore[arg-type]
    extra = {i: sorted(more) for i, v in known.items() if (more := v.history - in_rows.get(i, set()))}
    tombstones = [{"entity": v.entity, "id": v.record_id, "case_id": v.case_id, "before_digest": v.before_digest}
                  for v in dead]
    return {"format": FORMAT, "version": PAYLOAD_VERSION, "bundle_id": new_id(), "created_at": now(),
            "author": vault.author, "document": doc, "known": extra, "tombstones": tombstones, "audit": audit}


def export_bundle(vault: Vault, path: str | os.PathLike[str], passphrase: str, case_ids: list[str] | None = None,
                  since: str | None = None, *, log_n: int = DEFAULT_LOG_N,
                  progress: Progress | None = None) -> BundleSummary:
    """Write a bundle to `path` atomically (temporary file beside it holds only ciphertext).
    `progress`, if given, is called with each stage as it starts: "collect", then "write"."""
    report = progress or _quiet
    report("collect")
    payload = build_payload(vault, case_ids, since)
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


def read_bundle(path: str | os.PathLike[str], passphrase: str) -> tuple[Any, str]:
    """Decrypt and authenticate the whole file, then parse it: (payload, SHA-256 of the payload).
    Raises a BundleError (not a bundle, wrong passphrase, modified, cut off) before returning anything."""
    name = Path(path).name
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below; read_encrypted is a generator
    except OSError as exc:
        raise ValidationError(str(path), f"cannot be read ({exc.strerror or exc})") from None
    unpacker, out = zlib.decompressobj(), bytearray()
    with fh:
        limit = expansion_limit(os.fstat(fh.fileno()).st_size)
        try:
            for chunk in read_encrypted(fh, passphrase, name):
                out += unpacker.decompress(chunk, limit + 1 - len(out))
                if len(out) > limit:
                    raise BundleDamagedError(name, f"would expand to more than {limit >> 20:,} MB, far more than "
                                                   "any bundle CaseVault writes")
            out += unpacker.flush()
        except zlib.error:
            raise BundleDamagedError(name, "holds data that does not decompress") from None
        except OSError as exc:
            raise ValidationError(str(path), f"cannot be read ({exc.strerror or exc})") from None
    if not unpacker.eof or unpacker.unused_data:
        raise BundleDamagedError(name, "holds an incomplete payload")
    raw = bytes(out)
    try:
        return json.loads(raw), hashlib.sha256(raw).hexdigest()
    except (ValueError, RecursionError):
        raise BundleDamagedError(name, "holds a payload that is not valid JSON") from None


class _BundlePlan(_Plan):
    """The interchange import's checks, except that a case reference already used here by another
    case is allowed: the merge renames it rather than refusing the whole bundle."""

    def _build(self, cls: type[Record], data: dict[str, Any], where: str, repo: Any) -> Any:
        if cls is not Case:
            return super()._build(cls, data, where, repo)
        wanted = data.get("reference")
        record = super()._build(cls, {**data, "reference": f"\x00{data.get('id')}"}, where, repo)
        record.reference = wanted
        return record


def _fail(where: str, what: str) -> ValidationError:
    return ValidationError(where, f"{what}; nothing was imported")


def _histories(payload: dict[str, Any]) -> tuple[dict[str, list[str]], dict[str, tuple[str, str]]]:
    """Version tokens of each record from the bundle's audit rows (oldest first), and who made its
    last change when."""
    tokens: dict[str, list[str]] = {}
    provenance: dict[str, tuple[str, str]] = {}
    last = 0
    for n, row in enumerate(payload["audit"]):
        if not (isinstance(row, list) and len(row) == 10 and isinstance(row[0], int) and row[0] > last
                and all(isinstance(v, str) and v for v in (*row[1:6], row[9]))):
            raise _fail(f"$.audit[{n}]", "is not an audit entry in order")
        last = row[0]
        tokens.setdefault(row[5], []).append(row[9])
        provenance[row[5]] = (row[2], row[1])
    for record_id, extra in payload["known"].items():
        if not isinstance(extra, list) or not all(isinstance(t, str) and t for t in extra):
            raise _fail(f"$.known.{record_id}", "must be a list of version tokens")
    return tokens, provenance


def parse_payload(vault: Vault, payload: Any, payload_digest: str) -> BundleContent:
    """Check a decrypted payload completely (envelope, interchange document, links, exhibit bytes)
    and turn it into what db.merge takes. Raises ValidationError naming the JSON path."""
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise _fail("$.format", "this is not a CaseVault bundle payload")
    if not isinstance(payload.get("version"), int) or payload["version"] > PAYLOAD_VERSION:
        raise _fail("$.version", f"version {payload.get('version')!r} is not one this CaseVault reads")
    for key, kind in (("bundle_id", str), ("author", str), ("document", dict), ("known", dict),
                      ("tombstones", list), ("audit", list)):
        if not isinstance(payload.get(key), kind):
            raise _fail(f"$.{key}", f"is missing or not a {kind.__name__}")
    doc = payload["document"]
    if isinstance(doc.get("version"), int) and doc["version"] > DOCUMENT_VERSION:
        raise _fail("$.document.version", "was written by a newer CaseVault")
    error = first_error(_VALIDATOR, _FAST_CHECK, doc)
    if error is not None:
        raise _fail("$.document" + json_path(error.absolute_path)[1:], error.message)
    tokens, provenance = _histories(payload)
    known = payload["known"]
    try:
        plan = _BundlePlan(vault, doc)
    except ValidationError as exc:  # the interchange checks name places in the document: say so
        where = "$.document" + exc.where[1:] if exc.where.startswith("$") else exc.where
        raise _fail(where, exc.what) from None
    items: list[Incoming] = []
    records: list[Record] = [*plan.persons, *plan.orgs, *plan.cases]
    for _, _, repo_name in CHILDREN:
        records += plan.records.get(repo_name, [])
    for record in records:
        # A record without audit entries (written outside CaseVault) is named by its content.
        own = tokens.get(record.id) or [f"d:{record_digest(record)}"]
        author, at = provenance.get(record.id, (record.author, record.updated_at))
        items.append(Incoming(record.entity, record.id, getattr(record, "case_id", None), record, own[-1],
                              frozenset(own).union(known.get(record.id, ())), author, at))
    live = {it.record_id for it in items}
    for n, t in enumerate(payload["tombstones"]):
        where = f"$.tombstones[{n}]"
        if not isinstance(t, dict) or t.get("entity") not in ENTITY_TYPES or not isinstance(t.get("id"), str) \
                or not isinstance(t.get("case_id"), str | None) or not isinstance(t.get("before_digest"), str | None):
            raise _fail(where, "is not a tombstone")
        if t["id"] in live:
            raise _fail(f"{where}.id", f"record {t['id']} is both present and deleted")
        if t["id"] not in tokens:
            raise _fail(f"{where}.id", f"the deletion of {t['id']} has no audit entry in the bundle")
        author, at = provenance[t["id"]]
        items.append(Incoming(t["entity"], t["id"], t["case_id"], None, tokens[t["id"]][-1],
                              frozenset(tokens[t["id"]]).union(known.get(t["id"], ())), author, at,
                              t["before_digest"]))
    return BundleContent(payload["bundle_id"], payload["author"], payload_digest, items, dict(plan.blobs))


def import_bundle(vault: Vault, path: str | os.PathLike[str], passphrase: str,
                  on_conflict: str = "keep-both", *, progress: Progress | None = None) -> MergeReport:
    """Decrypt, authenticate and check the whole bundle, then merge it in one transaction. Any
    problem raises a VaultError subclass before the vault is touched. `progress`, if given, is
    called with each stage as it starts: "read" (decrypt and parse), "check", "merge" (which
    includes re-indexing the merged cases for search)."""
    report = progress or _quiet
    report("read")
    payload, payload_digest = read_bundle(path, passphrase)
    report("check")
    content = parse_payload(vault, payload, payload_digest)
    report("merge")
    return merge(vault, content, on_conflict)
