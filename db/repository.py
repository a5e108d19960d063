"""The generic repository: maps one dataclass to one table (plus link tables for list fields that
are part of the record), validates, writes inside a transaction and appends to the audit trail.
Entity-specific rules live in db.repositories."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from json.encoder import encode_basestring  # how json writes a str when ensure_ascii is off
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import orjson

from db.audit import AuditLog, canonical
from db.dates import parse_partial
from db.errors import NotFoundError, ValidationError
from db.models import LATER, NESTED, Actor, Record
from db.notices import Notice, said

if TYPE_CHECKING:
    from db.vault import Vault

T = TypeVar("T", bound=Record)
CHUNK = 500  # ids per IN (...) list
MAX_TEXT = 1_000_000  # characters in one text field (a long interview transcript is a few hundred thousand)
MAX_ITEMS = 10_000  # entries in one list field (aliases, tags, actors, links)
MAX_INT = 2**53  # whole numbers stay exact in every JSON reader
_JSON = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(value, ensure_ascii=False), one encoder for all


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


_FIELDS: dict[type, tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]] = {}
_DIGESTS: dict[tuple[type, tuple[str, ...]], Callable[[Any], str]] = {}  # record_digest, by shape
_LATER: dict[type, tuple[tuple[str, Any], ...]] = {}  # fields declared with db.models.later, and their defaults


def _fields_of(cls: type) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]:
    """The field names of a record class and one getter returning all their values at once."""
    shape = _FIELDS.get(cls)
    if shape is None:
        names = tuple(f.name for f in dataclasses.fields(cls))
        shape = _FIELDS[cls] = (names, operator.attrgetter(*names))  # several names (id, ...): returns a tuple
    return shape


def _actor_dicts(actors: list[Actor]) -> list[dict[str, Any]]:
    return [{"degree": a.degree, "person_id": a.person_id, "organisation_id": a.organisation_id} for a in actors]


def record_dict(record: Record) -> dict[str, Any]:
    """The record as plain data: what the audit digest covers and what exports carry."""
    names, values = _fields_of(type(record))
    out = dict(zip(names, values(record), strict=True))
    for name, value in out.items():
        if type(value) is list:
            out[name] = list(value)
    if "actors" in out:
        out["actors"] = _actor_dicts(out["actors"])
    for name in NESTED.get(record.entity, ()):
        if name != "actors":
            out[name] = [dataclasses.asdict(x) for x in out[name]]
    return out


def record_digest(record: Record) -> str:
    """SHA-256 of canonical(record_dict(record)), the record's one digest (audit, verify, merge), written fast:
    the general encoder sorts and dispatches on every field of every record, which was most of the cost of
    digesting a bulk import. Each class of record gets a generated function (`_fast_function`) that puts the
    fields in a dict and lets orjson write it, keys sorted: the same bytes as json for text, null, whole
    numbers, booleans, lists of text and the small records of db.models.NESTED, which it checks each value
    is. Anything else (a float, a subclass, a number past 64 bits, text that is not valid Unicode) is
    digested by `_json_digest`, json's own encoding. Fields declared with db.models.later are left out
    while they hold their default."""
    fast = _FAST.get(type(record))
    if fast is None:
        fast = _FAST[type(record)] = _fast_function(type(record))
    return fast(record)


def _later_of(cls: type) -> tuple[tuple[str, Any], ...]:
    later = _LATER.get(cls)
    if later is None:
        later = _LATER[cls] = tuple((f.name, _default_of(f)) for f in dataclasses.fields(cls) if f.metadata.get(LATER))
    return later


def _json_digest(record: Record) -> str:
    """record_digest through json's encoding (a %-template per shape of record, db.audit.canonical for
    values other than text, null and lists of text): the definition the fast path must equal."""
    cls = type(record)
    later = _later_of(cls)
    omitted = tuple(name for name, default in later if getattr(record, name) == default) if later else ()
    digest = _DIGESTS.get((cls, omitted))
    if digest is None:
        digest = _DIGESTS[(cls, omitted)] = _digest_function(cls, omitted)
    return digest(record)


_FAST: dict[type, Callable[[Any], str]] = {}
_SCALAR = frozenset((str, type(None), int, bool))  # values orjson writes byte for byte as json does
_PLAIN = _SCALAR | {list}
# Sorted keys; a dataclass, a subclass of str, int, list or dict, or a date refused (TypeError) rather
# than written orjson's way, which is not json's.
_OPTIONS = (orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_SUBCLASS
            | orjson.OPT_PASSTHROUGH_DATETIME)


class _NotPlain(Exception):
    """A value the fast digest does not write: the record goes to _json_digest."""


def _items(values: Any, only: type | None = None) -> Any:
    """A list field's value as record_dict has it: a list of text as it is, small records (places,
    actors, custody steps; with `only`, of that class alone) as dicts of text and null; anything else
    raises _NotPlain."""
    if values.__class__ is not list:
        if only is not None:
            raise _NotPlain
        return values  # a scalar where a list belongs: written as it is, as json writes it
    if only is None:
        try:
            _join(values)  # TypeError unless every item is text: the usual case, checked in C
            return values
        except TypeError:
            pass
    out = []
    for item in values:
        shape = _NESTED_FAST.get(item.__class__)
        if shape is None or (only is not None and item.__class__ is not only):
            raise _NotPlain
        keys, fields_of = shape
        fields = fields_of(item)
        if not _TEXT_OR_NULL.issuperset(map(type, fields)):
            raise _NotPlain
        out.append(dict(zip(keys, fields, strict=True)))
    return out


_join = "".join
_TEXT_OR_NULL = frozenset((str, type(None)))
_NESTED_FAST = {cls: (names, operator.attrgetter(*names)) for cls in {c for kinds in NESTED.values()
                                                                      for c in kinds.values()}
                for names in [tuple(f.name for f in dataclasses.fields(cls))]}


def _fast_function(cls: type) -> Callable[[Any], str]:
    """record_digest for records of `cls`, as one generated function: the fields read at once, their
    types checked (text, null, numbers and booleans; lists through _items), a dict made and written by
    orjson with sorted keys; later fields added only when they differ from their default."""
    names, getter = _fields_of(cls)
    if len(names) < 2 or not all(n.isidentifier() for n in names):  # (never for records) keep the code plain
        return _json_digest
    kinds = {f.name: str(f.type) for f in dataclasses.fields(cls)}
    later = dict(_later_of(cls))
    lists = [n for n in names if kinds[n].startswith("list")]
    scalars = [n for n in names if n not in lists]
    var = {n: f"v{i}" for i, n in enumerate(names)}

    nested = [n for n in lists if n in NESTED.get(getattr(cls, "entity", ""), ())]
    texts = [n for n in lists if n not in nested]  # lists of text: checked in C (_join raises TypeError)

    def value(n: str) -> str:  # record_dict writes an "actors" field as actors, whatever else it holds
        return (f"_items({var[n]}, _Actor)" if n == "actors" else f"_items({var[n]})") if n in nested else var[n]

    lines = ["def digest(record):",
             f"    {', '.join(var[n] for n in names)} = _get(record)",
             f"    if _SCALAR.issuperset(map(type, ({''.join(var[n] + ', ' for n in scalars)})))"
             + (f" and _PLAIN.issuperset(map(type, ({''.join(var[n] + ', ' for n in lists)})))" if lists else "")
             + ":",
             "        try:",
             *(f"            _join({var[n]})" for n in texts),
             "            D = {" + ", ".join(f"{n!r}: {value(n)}" for n in names if n not in later) + "}"]
    for n in names:
        if n in later:
            lines.append(f"            if not ({var[n]} == _default[{n!r}]): D[{n!r}] = {value(n)}")
    lines += ["            return _sha256(_dumps(D, option=_OPTIONS)).hexdigest()",
              "        except (TypeError, _NotPlain):",  # orjson.JSONEncodeError is a TypeError
              "            pass",
              "    return _json_digest(record)"]
    scope: dict[str, Any] = {"_get": getter, "_SCALAR": _SCALAR, "_PLAIN": _PLAIN, "_items": _items,
                             "_default": later, "_sha256": hashlib.sha256, "_dumps": orjson.dumps,
                             "_OPTIONS": _OPTIONS, "_NotPlain": _NotPlain, "_json_digest": _json_digest,
                             "_Actor": Actor, "_join": _join}
    exec("\n".join(lines) + "\n", scope)  # noqa: S102 - code made here from the dataclass's own field names
    return scope["digest"]  # type: ignore[no-any-return]


def _digest_function(cls: type, omitted: tuple[str, ...]) -> Callable[[Any], str]:
    """record_digest for records of `cls` that leave out the fields `omitted`, as one generated
    function: each field read once, text encoded inline, the rest by _json (actors by _actors)."""
    names = sorted(n for n in _fields_of(cls)[0] if n not in omitted)  # sort_keys order
    template = "{" + ",".join(f"{encode_basestring(n)}:%s" for n in names) + "}"
    values = []
    for n, name in enumerate(names):
        if not name.isidentifier():  # (never: dataclass fields are identifiers) keep the generated code plain
            raise ValueError(name)
        values.append(f"_actors(record.{name})" if name == "actors" else
                      f"(_text(v{n}) if (v{n} := record.{name}).__class__ is str else _json(v{n}))")
    source = (f"def digest(record):\n    return _sha256((_T % ({', '.join(values)},)).encode()).hexdigest()\n")
    scope: dict[str, Any] = {"_T": template, "_text": encode_basestring, "_json": _json, "_actors": _actors,
                             "_sha256": hashlib.sha256}
    exec(source, scope)  # noqa: S102 - code made here from the dataclass's own field names
    return scope["digest"]  # type: ignore[no-any-return]


def _actors(actors: list[Actor]) -> str:
    """An incident's actors as record_dict writes them: each as a dict, keys sorted."""
    return "[" + ",".join([_ACTOR % (_json(a.degree), _json(a.organisation_id), _json(a.person_id))
                           for a in actors]) + "]"


def _default_of(f: dataclasses.Field) -> Any:  # type: ignore[type-arg]
    return f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default


_ACTOR = '{"degree":%s,"organisation_id":%s,"person_id":%s}'  # an actor's dict, keys sorted


def _json(value: Any) -> str:
    """canonical(value), with lists of text done here and small nested records (places, custody
    steps: db.models.NESTED) as their dicts."""
    if type(value) is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if type(value) is list:
        if not value:
            return "[]"
        try:  # most lists hold text; encode_basestring refuses anything else
            return "[" + ",".join(map(encode_basestring, value)) + "]"
        except TypeError:
            if dataclasses.is_dataclass(value[0]):
                return _nested(value)
    return canonical(value)


_NESTED: dict[type, tuple[tuple[str, ...], str, Callable[[Any], tuple[Any, ...]]]] = {}


def _nested(values: list[Any]) -> str:
    """canonical([asdict(v) for v in values]) for small records of text and nulls (places, custody
    steps), written directly through a template of their sorted keys; anything else goes to the
    general encoder."""
    cls = type(values[0])
    shape = _NESTED.get(cls)
    if shape is None:
        keys = tuple(sorted(f.name for f in dataclasses.fields(cls)))
        template = "{" + ",".join(f"{encode_basestring(k)}:%s" for k in keys) + "}"
        shape = _NESTED[cls] = (keys, template, operator.attrgetter(*keys) if len(keys) > 1 else
                                lambda v, k=keys[0]: (getattr(v, k),))
    keys, template, fields_of = shape
    parts = []
    for v in values:
        if type(v) is not cls:
            return canonical([dataclasses.asdict(x) for x in values])
        fields = fields_of(v)
        try:  # all text, as most places are
            parts.append(template % tuple(map(encode_basestring, fields)))
        except TypeError:
            if not all(type(x) is str or x is None for x in fields):
                return canonical([dataclasses.asdict(x) for x in values])
            parts.append(template % tuple("null" if x is None else encode_basestring(x) for x in fields))
    return "[" + ",".join(parts) + "]"


class Repository(Generic[T]):
    cls: ClassVar[type[Record]]
    table: ClassVar[str]
    json_fields: ClassVar[tuple[str, ...]] = ()
    bool_fields: ClassVar[tuple[str, ...]] = ()
    link_fields: ClassVar[tuple[str, ...]] = ()  # list fields kept in link tables, see _load/_write_links
    order_by: ClassVar[str] = "created_at, id"
    what: ClassVar[str] = ""  # for messages: "case", "person", ...

    def __init__(self, vault: Vault, audit: AuditLog) -> None:
        self.vault = vault
        self.audit = audit
        self.columns = [f.name for f in dataclasses.fields(self.cls) if f.name not in self.link_fields]
        self._select = f"SELECT {', '.join(self.columns)} FROM {self.table}"
        # Each row also holds its version vector (db.versions) in `vv`, which is not part of the record.
        self._insert = (f"INSERT INTO {self.table}({', '.join(self.columns)}, vv) "
                        f"VALUES ({', '.join('?' * (len(self.columns) + 1))})")
        others = [c for c in self.columns if c != "id"]
        self._update = f"UPDATE {self.table} SET {', '.join(c + ' = ?' for c in others)}, vv = ? WHERE id = ?"
        self._json_idx = [self.columns.index(c) for c in self.json_fields]
        self._bool_idx = [self.columns.index(c) for c in self.bool_fields]
        self._column_values = operator.attrgetter(*self.columns)

    @property
    def conn(self) -> Any:
        return self.vault.conn

    # -- reading ---------------------------------------------------------------------------------

    def find(self, record_id: str) -> T | None:
        rows = self._query(f"{self._select} WHERE id = ?", (record_id,))
        return rows[0] if rows else None

    def get(self, record_id: str) -> T:
        record = self.find(record_id)
        if record is None:
            raise NotFoundError(self.what, record_id)
        return record

    def get_many(self, ids: Iterable[str]) -> dict[str, T]:
        ids = list(dict.fromkeys(ids))
        out: dict[str, T] = {}
        for part in chunks(ids):
            for r in self._query(f"{self._select} WHERE id IN ({','.join('?' * len(part))})", part):
                out[r.id] = r
        return out

    def for_case(self, case_id: str) -> list[T]:
        return self._query(f"{self._select} WHERE case_id = ? ORDER BY {self.order_by}", (case_id,))

    def all(self, batch: int = 5000) -> Iterator[T]:
        """Every record, in rowid order, loaded a batch at a time."""
        last = 0
        while True:
            rows = self.conn.execute(
                f"SELECT rowid, {', '.join(self.columns)} FROM {self.table} WHERE rowid > ? ORDER BY rowid LIMIT ?",
                (last, batch)).fetchall()
            if not rows:
                return
            last = rows[-1][0]
            yield from self._build([r[1:] for r in rows])

    def count(self) -> int:
        return self.conn.execute(f"SELECT count(*) FROM {self.table}").fetchone()[0]

    def _query(self, sql: str, args: Sequence[Any] = ()) -> list[T]:
        return self._build(self.conn.execute(sql, args).fetchall())

    def _build(self, rows: list[tuple[Any, ...]]) -> list[T]:
        records = []
        for row in rows:
            values = list(row)
            for i in self._json_idx:
                values[i] = json.loads(values[i])
            for i in self._bool_idx:
                values[i] = bool(values[i])
            records.append(self.cls(**dict(zip(self.columns, values, strict=True))))
        if records and self.link_fields:
            self._load_links(records)
        return records  # type: ignore[return-value]

    # -- writing ---------------------------------------------------------------------------------

    def add(self, record: T) -> T:
        self.add_many([record])
        return record

    def add_many(self, records: Sequence[T]) -> None:
        """Insert new records in one transaction, stamping created/updated/author. Each is a new local
        version (on top of its tombstone, when a deleted record comes back under its id)."""
        from db.vault import now  # noqa: PLC0415

        at, author = now(), self.vault.author
        for r in records:
            self.check(r)
            r.created_at = r.updated_at = at
            r.author = author
        with self.vault.write():
            versions = self.vault.versions
            stones = versions.tombstones(r.id for r in records)
            versions.drop_tombstones(stones)
            fresh = versions.encode(versions.bump({}))
            self._insert_rows(records, {i: versions.encode(versions.bump(t.vector)) for i, t in stones.items()}, fresh)
            entity, case_of = self.cls.entity, self.case_of
            self.audit.append_many((("create", entity, r.id, case_of(r), None, record_digest(r)) for r in records), at)

    def update(self, record: T, *, action: str = "update", new_version: bool = False) -> T:
        """Write changed fields of an existing record as a new local version; a no-op (no audit entry)
        when nothing changed, unless `new_version` asks for one anyway (a conflict kept as it is)."""
        self.check(record)
        with self.vault.write():
            before = self.get(record.id)
            record.created_at = before.created_at
            record.updated_at, record.author = before.updated_at, before.author
            if record_dict(before) == record_dict(record) and not new_version:
                return record
            self.write_version(record, self.vault.versions.bump(self.vector(record.id)), action, before)
        return record

    def write_version(self, record: T, vector: dict[str, int], action: str, before: T | None = None, *,
                      verbatim: bool = False) -> None:
        """Update an existing record to `record` at version `vector` (inside a write transaction). A
        changed record is stamped with this vault's author and time, unless `verbatim` keeps its own
        (a version chosen from elsewhere, as a conflict's resolution keeps it)."""
        from db.vault import now  # noqa: PLC0415

        before = before or self.get(record.id)
        at = now()
        if record_dict(before) != record_dict(record) and not verbatim:
            record.updated_at, record.author = at, self.vault.author
        self._update_rows([record], {record.id: self.vault.versions.encode(vector)})
        self.audit.append_many([(action, self.cls.entity, record.id, self.case_of(record),
                                 record_digest(before), record_digest(record))], at)

    def vector(self, record_id: str) -> dict[str, int]:
        return self.vault.versions.vectors(self.table, [record_id]).get(record_id, {})

    def put_many(self, records: Sequence[T], action: str = "import",
                 vectors: dict[str, dict[str, int]] | None = None, digests: dict[str, str] | None = None) -> int:
        """Insert or update records keeping their own timestamps and author (import and merge).
        With `vectors` (record id -> version vector) each record is written at that version (a record
        whose content is unchanged only takes the vector); without, each written record is a new local
        version. Records identical to what the vault holds are skipped. Returns how many were written.
        `digests` (record id -> record_digest) says the records were checked already (an import's plan)."""
        from db.vault import now  # noqa: PLC0415

        if digests is None:
            for r in records:
                self.check(r)
            digests = {}
        with self.vault.write():
            versions = self.vault.versions
            ids = [r.id for r in records]
            existing = self.get_many(ids)
            stones = versions.tombstones(i for i in ids if i not in existing)
            versions.drop_tombstones(stones)
            held = versions.vectors(self.table, existing)
            new, changed, restamped, entries, stamps = [], [], [], [], {}
            for r in records:
                old = existing.get(r.id)
                after = digests.get(r.id) or record_digest(r)
                if old is None:
                    new.append(r)
                    entries.append((action, self.cls.entity, r.id, self.case_of(r), None, after))
                    prior = stones[r.id].vector if r.id in stones else {}
                elif (before := record_digest(old)) != after:
                    changed.append(r)
                    entries.append((action, self.cls.entity, r.id, self.case_of(r), before, after))
                    prior = held.get(r.id, {})
                elif vectors is not None and vectors[r.id] != held.get(r.id, {}):
                    restamped.append(r.id)
                    prior = held.get(r.id, {})
                else:
                    continue
                stamps[r.id] = versions.encode(vectors[r.id] if vectors is not None else versions.bump(prior))
            self._insert_rows(new, stamps)
            self._update_rows(changed, stamps)
            self.conn.executemany(f"UPDATE {self.table} SET vv = ? WHERE id = ?", [(stamps[i], i) for i in restamped])
            if entries:
                self.audit.append_many(entries, now())
        return len(entries)

    def delete(self, record_id: str) -> None:
        """Delete a record as a local change: its tombstone is a new version on top of the last."""
        with self.vault.write():
            record = self.get(record_id)
            self.before_delete(record)
            self.remove(record, self.vault.versions.bump(self.vector(record_id)), "delete")

    def remove(self, record: T, vector: dict[str, int], action: str,
               covers: dict[str, dict[str, int]] | None = None) -> None:
        """Delete the row, leave its tombstone at `vector`, audit it (inside a write transaction). Raises
        sqlcipher3.IntegrityError, changing nothing, while other records still link to it."""
        from db.vault import now  # noqa: PLC0415
        from db.versions import Tombstone  # noqa: PLC0415

        at, case_id = now(), self.case_of(record)
        self.conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (record.id,))
        self.vault.versions.put_tombstones([Tombstone(self.cls.entity, record.id, case_id, vector, at,
                                                      self.vault.author, covers)])
        self.vault.touch(self.cls.entity, record.id, case_id)
        self.audit.append_many([(action, self.cls.entity, record.id, case_id, record_digest(record), None)], at)

    def _values(self, record: T, vv: str) -> list[Any]:
        values = list(self._column_values(record))
        for i in self._json_idx:
            values[i] = _JSON(values[i])
        for i in self._bool_idx:
            values[i] = int(values[i])
        values.append(vv)
        return values

    def _insert_rows(self, records: Sequence[T], stamps: dict[str, str], default: str = "") -> None:
        """Insert rows at their versions (`stamps` by id, else `default`)."""
        if not records:
            return
        # Rows as a generator, here and for other bulk writes: each is freed once bound, so a bulk import
        # does not leave tens of thousands of short-lived rows for the garbage collector to promote and scan.
        self.conn.executemany(self._insert, (self._values(r, stamps.get(r.id, default)) for r in records))
        self._after_write(records, replace=False)

    def _update_rows(self, records: Sequence[T], stamps: dict[str, str]) -> None:
        if not records:
            return
        rows = []
        for r in records:
            v = self._values(r, stamps[r.id])
            rows.append(v[1:] + v[:1])  # id (first column) goes last, for WHERE id = ?
        self.conn.executemany(self._update, rows)
        self._after_write(records, replace=True)

    def _after_write(self, records: Sequence[T], replace: bool) -> None:
        if self.link_fields:
            self._write_links(records, replace)
        case_of = self.case_of
        self.vault.touch_many(self.cls.entity, [(r.id, case_of(r)) for r in records])

    # -- hooks for entity rules ------------------------------------------------------------------

    def case_of(self, record: T) -> str | None:
        return getattr(record, "case_id", None)

    def check(self, record: T) -> None:
        """Raise ValidationError naming the field if the record breaks a limit (docs/interchange.md)
        or a rule of its kind (`validate`)."""
        check_limits(record)
        self.validate(record)

    def validate(self, record: T) -> None:
        """Raise ValidationError naming the field; subclasses add their rules."""

    def before_delete(self, record: T) -> None:
        """Refuse or prepare a delete (inside its transaction)."""

    def _load_links(self, records: list[T]) -> None:
        raise NotImplementedError

    def _write_links(self, records: Sequence[T], replace: bool) -> None:
        raise NotImplementedError


def check_limits(record: Record) -> None:
    """Sizes every record respects, whatever its kind: text fields of at most MAX_TEXT characters of
    valid Unicode, lists of at most MAX_ITEMS entries, whole numbers within MAX_INT.

    Most records are far inside the limits, which one call of orjson shows: it refuses text that is not
    valid Unicode and whole numbers past 2**53 - 1, and a record it writes in at most _SMALL bytes has no
    text of MAX_TEXT characters nor a list of MAX_ITEMS entries (each entry takes two bytes at least,
    with its comma). Any other record is checked field by field (_check_limits), which names the field."""
    try:
        if len(orjson.dumps(_fields_of(type(record))[1](record), option=orjson.OPT_STRICT_INTEGER)) <= _SMALL:
            return
    except TypeError:  # orjson.JSONEncodeError: a value it does not write, or refuses
        pass
    _check_limits(record)


_SMALL = 2 * MAX_ITEMS  # bytes; below MAX_TEXT too


def _check_limits(record: Record) -> None:
    """check_limits, field by field, into the small records a list holds (an incident's places)."""
    names, values = _fields_of(type(record))
    texts: list[str] = []
    for name, value in zip(names, values(record), strict=True):
        kind = type(value)
        if kind is str:
            if len(value) > MAX_TEXT:
                _check_text(name, value)
            texts.append(value)
        elif kind is list:
            if len(value) > MAX_ITEMS:
                raise ValidationError(name, Notice("has {n:,} entries; at most {most:,} are allowed", n=len(value),
                                                   most=MAX_ITEMS))
            for label, item in _texts_in(name, value):
                if len(item) > MAX_TEXT:
                    _check_text(label, item)
                texts.append(item)
        elif kind is int and abs(value) > MAX_INT:
            raise ValidationError(name, Notice("{value} is too large a number", value=value))
    joined = "".join(texts)  # one check of all the text: most records are valid, so look closer only then
    if not joined.isascii():
        try:
            joined.encode("utf-8")
        except UnicodeEncodeError:
            for name, value in zip(names, values(record), strict=True):
                if type(value) is str:
                    _check_text(name, value)
                elif type(value) is list:
                    for label, item in _texts_in(name, value):
                        _check_text(label, item)


def _texts_in(name: str, items: list[Any]) -> Iterator[tuple[str, str]]:
    """(where, text) of each text in a list field, and in the fields of the small records it holds."""
    for n, item in enumerate(items):
        where = f"{name}[{n}]"
        if type(item) is str:
            yield where, item
        elif dataclasses.is_dataclass(item):
            for field in dataclasses.fields(item):
                text = getattr(item, field.name)
                if type(text) is str:
                    yield f"{where}.{field.name}", text


def _check_text(name: str, value: str) -> None:
    if len(value) > MAX_TEXT:
        raise ValidationError(name, Notice("is {n:,} characters long; at most {most:,} are allowed (keep long "
                                           "documents as exhibits)", n=len(value), most=MAX_TEXT))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(name, Notice("holds characters that are not valid Unicode text")) from None


def require(record: Record, name: str) -> None:
    value = getattr(record, name)
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(name, Notice("is required"))


def one_of(record: Record, name: str, vocabulary: dict[str, str], allow_empty: bool = False) -> None:
    value = getattr(record, name)
    if allow_empty and not value:
        return
    if value not in vocabulary:
        raise ValidationError(name, not_one_of(value, vocabulary))


def not_one_of(value: object, vocabulary: Iterable[str]) -> Notice:
    return Notice("{value} is not one of: {keys}", value=repr(value), keys=", ".join(vocabulary))


def partial_date(record: Record, name: str) -> None:
    try:
        setattr(record, name, parse_partial(getattr(record, name)))
    except (ValueError, AttributeError, TypeError) as exc:
        raise ValidationError(name, said(exc)) from None



def actor_of(row: tuple[Any, ...]) -> Actor:
    person_id, organisation_id, degree = row
    return Actor(degree=degree, person_id=person_id, organisation_id=organisation_id)
