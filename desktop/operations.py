"""Operations: the one way the UI reaches the vault (Anki's CollectionOp). Each function returns an
`Op` wrapping a callable of the vault; `.success(cb)` / `.failure(cb)` set GUI-thread callbacks and
`.run()` queues it on the session's database thread:

    operations.save_records(session, [incident]).success(self._saved).failure(self._show_error).run()

A local edit returns a db.changes.ChangeSet that the session keeps (one level: the last change), so
Edit > Undo can take it back while it is still the vault's last change; any other write (an import,
a merge, a resolution) ends it. A failed write changes nothing (each runs in one transaction) and
the caller keeps the user's input on screen.

Thread rule: build and run Ops on the GUI thread; the wrapped callables run on the database thread
and must not touch Qt widgets."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from db import changes
from db.changes import ChangeSet
from db.errors import VaultError
from db.models import Record
from db.repository import Repository
from db.vault import Vault

if TYPE_CHECKING:
    from desktop.session import Session
    from desktop.worker import VaultHolder

T = TypeVar("T")


@dataclass
class Changed(Generic[T]):
    """What a write returns: its result and the change Edit > Undo may take back (None: nothing
    can be undone after it, e.g. an import or a merge)."""

    result: T
    undo: ChangeSet | None


class Op(Generic[T]):
    """One unit of vault work, run on the database thread, reporting back on the GUI thread."""

    def __init__(self, session: Session, fn: Callable[..., T], *, reports_stages: bool = False,
                 safe_points: bool = False) -> None:
        """`fn(vault)`, or with `reports_stages`, `fn(vault, report)`: calling `report(stage)` at the
        start of each stage of long work reaches the GUI thread as session.worker.progress. With
        `safe_points` too, `fn(vault, report, check)`: calling `check()` in long Python work lets a
        lock stop it there (it raises, and the transaction rolls back)."""
        self.session = session
        self._call: Callable[[VaultHolder], T] = (
            (lambda holder: fn(holder.require(), holder.report, holder.check)) if safe_points
            else (lambda holder: fn(holder.require(), holder.report)) if reports_stages
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


def write_records(vault: Vault, records: Sequence[Record]) -> Changed[list[Record]]:
    """Insert new records and update existing ones in one transaction, undoably. Runs on the
    database thread; also used directly by Session.lock to save pending edits."""
    return Changed(list(records), changes.write_records(vault, records))


def save_records(session: Session, records: Sequence[Record]) -> Op[list[Record]]:
    """Create or update `records` together (e.g. a person and their role). Validation errors
    (db.errors.ValidationError with .where naming the field) come back through failure()."""
    records = list(records)
    return Op(session, lambda v: write_records(v, records))  # type: ignore[arg-type,return-value]


def delete_records(session: Session, records: Sequence[Record]) -> Op[None]:
    """Delete `records` in order, in one transaction. Deleting a case deletes everything in it
    (no undo for that); notes, tasks, incidents, roles and the like can be undone."""
    records = list(records)
    return Op(session, lambda v: Changed(None, changes.delete_records(v, records)))  # type: ignore[arg-type]


def undo_last(session: Session) -> Op[ChangeSet | None]:
    """Take back the last change as new versions; succeeds with the ChangeSet that was undone (None
    if none); fails with a VaultError if the vault changed since."""
    undo = session.undo
    session.undo = None

    def run(vault: Vault) -> ChangeSet | None:
        if undo is not None:
            changes.undo(vault, undo)
        return undo

    return Op(session, run)
