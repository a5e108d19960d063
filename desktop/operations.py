"""Operations: the one way the UI reaches the vault (Anki's CollectionOp). Each function returns an
`Op` wrapping a callable of the vault; `.success(cb)` / `.failure(cb)` set GUI-thread callbacks and
`.run()` queues it on the session's database thread:

    operations.save_records(session, [incident]).success(self._saved).failure(self._show_error).run()

Writes that are cheap to revert return an `Undo` that the session keeps (one level: the last
change), so Edit > Undo can take it back. A failed write changes nothing (each runs in one
transaction) and the caller keeps the user's input on screen.

Thread rule: build and run Ops on the GUI thread; the wrapped callables run on the database thread
and must not touch Qt widgets."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from db.errors import VaultError
from db.models import Record
from db.repository import Repository
from db.vault import Vault

if TYPE_CHECKING:
    from desktop.session import Session
    from desktop.worker import VaultHolder

T = TypeVar("T")


@dataclass
class Undo:
    """How to take back the last change. `action` (create, update, delete) and `entity` name it for
    the Edit menu; `revert` runs on the database thread."""

    action: str
    entity: str
    count: int
    revert: Callable[[Vault], None]
    case_id: str | None = None


@dataclass
class Changed(Generic[T]):
    """What an undoable write returns: its result and how to revert it (None when not cheap)."""

    result: T
    undo: Undo | None


class Op(Generic[T]):
    """One unit of vault work, run on the database thread, reporting back on the GUI thread."""

    def __init__(self, session: Session, fn: Callable[..., T], *, reports_stages: bool = False) -> None:
        """`fn(vault)`, or with `reports_stages`, `fn(vault, report)`: calling `report(stage)` at the
        start of each stage of long work reaches the GUI thread as session.worker.progress."""
        self.session = session
        self._call: Callable[[VaultHolder], T] = (
            (lambda holder: fn(holder.require(), holder.report)) if reports_stages
            else (lambda holder: fn(holder.require())))
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[VaultError], None] | None = None

    def success(self, cb: Callable[[T], None]) -> Op[T]:
        self._success = cb
        return self

    def failure(self, cb: Callable[[VaultError], None]) -> Op[T]:
        self._failure = cb
        return self

    def run(self) -> int:
        """Queue the work; returns the task number. Unhandled failures go to session.failed."""
        def done(value: Any) -> None:
            if isinstance(value, Changed):
                self.session.undo = value.undo  # a change without undo also ends the previous one's
                value = value.result
            if self._success is not None:
                self._success(value)

        return self.session.worker.submit(self._call, done, self._failure)


def repo_for(vault: Vault, entity: str) -> Repository:  # type: ignore[type-arg]
    return vault.repos.by_entity()[entity]


# Deleting these takes nothing else with it, so putting the record back is a cheap undo.
_CHEAP_DELETE = {"note", "task", "intervention", "incident", "role", "organisation", "person"}


def write_records(vault: Vault, records: Sequence[Record]) -> Changed[list[Record]]:
    """Insert new records and update existing ones in one transaction, with an undo. Runs on the
    database thread; also used directly by Session.lock to save pending edits."""
    reverts: list[Callable[[Vault], None]] = []
    created = 0
    with vault.write():
        for record in records:
            repo = repo_for(vault, record.entity)
            before = repo.find(record.id)
            if before is None:
                repo.add(record)
                created += 1
                reverts.append(lambda v, r=record: repo_for(v, r.entity).delete(r.id))
            else:
                repo.update(record)
                reverts.append(lambda v, b=before: repo_for(v, b.entity).update(b))

    def revert(v: Vault) -> None:
        with v.write():
            for step in reversed(reverts):
                step(v)

    first = records[0] if records else None
    undo = Undo("create" if created == len(records) else "update", first.entity if first else "", len(records),
                revert, getattr(first, "case_id", None) or (first.id if first and first.entity == "case" else None))
    return Changed(list(records), undo)


def save_records(session: Session, records: Sequence[Record]) -> Op[list[Record]]:
    """Create or update `records` together (e.g. a person and their role). Validation errors
    (db.errors.ValidationError with .where naming the field) come back through failure()."""
    records = list(records)
    return Op(session, lambda v: write_records(v, records))  # type: ignore[arg-type,return-value]


def _delete(vault: Vault, records: Sequence[Record]) -> Changed[None]:
    with vault.write():
        for record in records:
            repo_for(vault, record.entity).delete(record.id)
    undo = None
    if records and all(r.entity in _CHEAP_DELETE for r in records):
        kept = list(records)

        def revert(v: Vault) -> None:
            with v.write():
                for r in reversed(kept):  # persons before their roles: reversed order of deletion
                    repo_for(v, r.entity).add(r)

        undo = Undo("delete", kept[0].entity, len(kept), revert, getattr(kept[0], "case_id", None))
    return Changed(None, undo)


def delete_records(session: Session, records: Sequence[Record]) -> Op[None]:
    """Delete `records` in order, in one transaction. Deleting a case deletes everything in it
    (no undo for that); notes, tasks, incidents, roles and the like can be undone."""
    records = list(records)
    return Op(session, lambda v: _delete(v, records))  # type: ignore[arg-type,return-value]


def undo_last(session: Session) -> Op[Undo | None]:
    """Revert the last undoable change; succeeds with the Undo that was applied (None if none)."""
    undo = session.undo
    session.undo = None

    def run(vault: Vault) -> Undo | None:
        if undo is not None:
            undo.revert(vault)
        return undo

    return Op(session, run)
