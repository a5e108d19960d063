"""The generic repository: maps one dataclass to one table (plus link tables for list fields that
are part of the record), validates, writes inside a transaction and appends to the audit trail.
Entity-specific rules live in db.repositories."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from db.audit import AuditLog, digest
from db.errors import NotFoundError, ValidationError
from db.models import Actor, Record

if TYPE_CHECKING:
    from db.vault import Vault

T = TypeVar("T", bound=Record)
CHUNK = 500  # ids per IN (...) list


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def record_dict(record: Record) -> dict[str, Any]:
    """The record as plain data: what the audit digest covers and what exports carry."""
    names = _FIELD_NAMES.get(type(record))
    if names is None:
        names = _FIELD_NAMES[type(record)] = tuple(f.name for f in dataclasses.fields(record))
    out = {name: getattr(record, name) for name in names}
    for name, value in out.items():
        if type(value) is list:
            out[name] = list(value)
    if "actors" in out:
        out["actors"] = [{"degree": a.degree, "person_id": a.person_id, "organisation_id": a.organisation_id}
                         for a in out["actors"]]
    return out


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
        self._insert = (f"INSERT INTO {self.table}({', '.join(self.columns)}) "
                        f"VALUES ({', '.join('?' * len(self.columns))})")
        others = [c for c in self.columns if c != "id"]
        self._update = f"UPDATE {self.table} SET {', '.join(c + ' = ?' for c in others)} WHERE id = ?"
        self._json_idx = [self.columns.index(c) for c in self.json_fields]
        self._bool_idx = [self.columns.index(c) for c in self.bool_fields]

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
        """Insert new records in one transaction, stamping created/updated/author."""
        from db.vault import now  # noqa: PLC0415

        at = now()
        for r in records:
            self.validate(r)
            r.created_at = r.updated_at = at
            r.author = self.vault.author
        with self.vault.write():
            self._insert_rows(records)
            self.audit.append_many(
                [("create", self.cls.entity, r.id, self.case_of(r), None, digest(record_dict(r))) for r in records],
                at)

    def update(self, record: T) -> T:
        """Write changed fields of an existing record; a no-op (no audit entry) when nothing changed."""
        from db.vault import now  # noqa: PLC0415

        self.validate(record)
        with self.vault.write():
            before = self.get(record.id)
            record.created_at = before.created_at
            record.updated_at, record.author = before.updated_at, before.author
            if record_dict(before) == record_dict(record):
                return record
            at = now()
            record.updated_at, record.author = at, self.vault.author
            self._update_rows([record])
            self.audit.append_many([("update", self.cls.entity, record.id, self.case_of(record),
                                     digest(record_dict(before)), digest(record_dict(record)))], at)
        return record

    def put_many(self, records: Sequence[T], action: str = "import") -> int:
        """Insert or update records keeping their own timestamps and author (import and merge).
        Records identical to what the vault holds are skipped. Returns how many were written."""
        from db.vault import now  # noqa: PLC0415

        for r in records:
            self.validate(r)
        with self.vault.write():
            existing = self.get_many([r.id for r in records])
            new, changed, entries = [], [], []
            for r in records:
                old = existing.get(r.id)
                after = digest(record_dict(r))
                if old is None:
                    new.append(r)
                    entries.append((action, self.cls.entity, r.id, self.case_of(r), None, after))
                elif (before := digest(record_dict(old))) != after:
                    changed.append(r)
                    entries.append((action, self.cls.entity, r.id, self.case_of(r), before, after))
            self._insert_rows(new)
            self._update_rows(changed)
            if entries:
                self.audit.append_many(entries, now())
        return len(entries)

    def delete(self, record_id: str) -> None:
        from db.vault import now  # noqa: PLC0415

        with self.vault.write():
            record = self.get(record_id)
            self.before_delete(record)
            self.conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (record_id,))
            self.vault.touch(self.cls.entity, record_id, self.case_of(record))
            self.audit.append("delete", self.cls.entity, record_id, self.case_of(record),
                              record_dict(record), None, now())

    def _values(self, record: T) -> list[Any]:
        values = [getattr(record, c) for c in self.columns]
        for i in self._json_idx:
            values[i] = json.dumps(values[i], ensure_ascii=False)
        for i in self._bool_idx:
            values[i] = int(values[i])
        return values

    def _insert_rows(self, records: Sequence[T]) -> None:
        if not records:
            return
        self.conn.executemany(self._insert, [self._values(r) for r in records])
        self._after_write(records, replace=False)

    def _update_rows(self, records: Sequence[T]) -> None:
        if not records:
            return
        rows = []
        for r in records:
            v = self._values(r)
            rows.append(v[1:] + v[:1])  # id (first column) goes last, for WHERE id = ?
        self.conn.executemany(self._update, rows)
        self._after_write(records, replace=True)

    def _after_write(self, records: Sequence[T], replace: bool) -> None:
        if self.link_fields:
            self._write_links(records, replace)
        for r in records:
            self.vault.touch(self.cls.entity, r.id, self.case_of(r))

    # -- hooks for entity rules ------------------------------------------------------------------

    def case_of(self, record: T) -> str | None:
        return getattr(record, "case_id", None)

    def validate(self, record: T) -> None:
        """Raise ValidationError naming the field; subclasses add their rules."""

    def before_delete(self, record: T) -> None:
        """Refuse or prepare a delete (inside its transaction)."""

    def _load_links(self, records: list[T]) -> None:
        raise NotImplementedError

    def _write_links(self, records: Sequence[T], replace: bool) -> None:
        raise NotImplementedError


def require(record: Record, name: str) -> None:
    value = getattr(record, name)
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(name, "is required")


def one_of(record: Record, name: str, vocabulary: dict[str, str], allow_empty: bool = False) -> None:
    value = getattr(record, name)
    if allow_empty and not value:
        return
    if value not in vocabulary:
        raise ValidationError(name, f"{value!r} is not one of: {', '.join(vocabulary)}")


def partial_date(record: Record, name: str) -> None:
    from db.dates import parse_partial  # noqa: PLC0415

    try:
        setattr(record, name, parse_partial(getattr(record, name)))
    except (ValueError, AttributeError, TypeError) as exc:
        raise ValidationError(name, str(exc)) from None


def actor_of(row: tuple[Any, ...]) -> Actor:
    person_id, organisation_id, degree = row
    return Actor(degree=degree, person_id=person_id, organisation_id=organisation_id)
