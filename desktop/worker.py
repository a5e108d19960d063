"""The single database thread. It opens the vault, runs every read and write on it, and closes it;
no other thread ever touches the connection (sqlcipher3 refuses cross-thread use anyway).

Tasks run one at a time in submission order (Anki's single-worker collection executor). A task is a
callable taking the worker's `VaultHolder`; its result or exception comes back on the GUI thread
through a queued Qt signal, to the callbacks given at submission.

Cancelling (`cancel_pending`) bumps a generation counter: tasks queued before it are skipped unless
marked `always_run`, and results of a task already running are dropped instead of delivered. That
is what locking needs: nothing queued before the lock may run afterwards or call back into a view
that has been torn down.

A task already running when it is cancelled is stopped at its next safe point, so that a lock
does not wait for a long import, export, backup or merge: SQLite's progress handler aborts the
statement being run (and every later one) with SQLITE_INTERRUPT, the write transaction rolls back,
and `VaultHolder.report` / `VaultHolder.check` raise Cancelled in Python loops between statements.

Thread rule: `submit`, `cancel_pending` and `shutdown` are called on the GUI thread (the thread
that created the worker); the task callables run on the worker thread."""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from db.errors import VaultError
from db.vault import Vault

log = logging.getLogger(__name__)


class LockedError(VaultError):
    """A task needed the vault while it was locked (closed)."""

    def __init__(self, *_context: object) -> None:
        # ReportLab re-raises an error inside a page action as type(error)(its context): the
        # context is dropped, so the error stays this one, with its own message.
        super().__init__("The vault is locked.")


class Cancelled(VaultError):
    """The task was cancelled (a lock) and stopped at a safe point; its transaction rolled back."""

    def __init__(self, *_context: object) -> None:  # see LockedError
        super().__init__("Cancelled; nothing was changed.")


class UnexpectedError(VaultError):
    """Wraps a programming error so that its message, which may quote case data, is never shown."""

    def __init__(self, exc: BaseException) -> None:
        self.kind = type(exc).__name__
        super().__init__(f"Unexpected {self.kind}; nothing more is shown because the message may contain case data.")


class VaultHolder:
    """What a task sees: the open vault, if any, and `report(stage)` to say which stage of a long
    task has started (DbWorker.progress carries it to the GUI). Only the worker thread uses it."""

    def __init__(self) -> None:
        self.vault: Vault | None = None
        self.report: Callable[[str], None] = self.idle_report
        self.cancelled: Callable[[], bool] = self.idle_cancelled

    @staticmethod
    def idle_report(stage: str) -> None:
        """`report` between tasks: nothing to report to."""

    @staticmethod
    def idle_cancelled() -> bool:
        return False

    def check(self) -> None:
        """A safe point of a long task: raise Cancelled if the task has been cancelled."""
        if self.cancelled():
            raise Cancelled()

    def require(self) -> Vault:
        if self.vault is None or not self.vault.is_open:
            raise LockedError()
        return self.vault

    def close(self) -> None:
        if self.vault is not None:
            self.vault.close()
            self.vault = None


Callback = Callable[[Any], None]


@dataclass
class _Task:
    fn: Callable[[VaultHolder], Any]
    on_done: Callback | None
    on_error: Callback | None
    generation: int
    always_run: bool
    number: int
    result: Any = None
    error: BaseException | None = None
    skipped: bool = field(default=False)
    stopped: bool = field(default=False)  # stop(number): this task alone, its outcome still delivered


class DbWorker(QObject):
    """Owns the database thread. Signals fire on the GUI thread.

    busy_changed(bool): whether any task is queued or running (drives the busy indicator).
    failed(VaultError): a task failed and its submitter gave no error callback.
    progress(str): the running task reported a stage (VaultHolder.report); not after a cancel."""

    busy_changed = Signal(bool)
    failed = Signal(object)
    progress = Signal(str)
    _finished = Signal(object)  # emitted on the worker thread, delivered queued on the GUI thread
    _reported = Signal(int, str)  # (generation, stage), the same way

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.SimpleQueue[_Task | None] = queue.SimpleQueue()
        self._holder = VaultHolder()
        self._generation = 0
        self._outstanding = 0
        self._queued: dict[int, _Task] = {}  # task number -> task, until delivered
        self._numbers = itertools.count(1)
        self._finished.connect(self._deliver)
        self._reported.connect(self._relay)
        self._thread = threading.Thread(target=self._loop, name="casevault-db", daemon=True)
        self._thread.start()

    # -- GUI thread -------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._outstanding > 0

    def submit(self, fn: Callable[[VaultHolder], Any], on_done: Callback | None = None,
               on_error: Callback | None = None, *, always_run: bool = False) -> int:
        """Queue `fn(holder)`; return a task number. Callbacks run on the GUI thread."""
        task = _Task(fn, on_done, on_error, self._generation, always_run, next(self._numbers))
        self._queued[task.number] = task
        self._outstanding += 1
        if self._outstanding == 1:
            self.busy_changed.emit(True)
        self._queue.put(task)
        return task.number

    def stop(self, number: int) -> None:
        """Stop one task at its next safe point, its transaction rolled back (or skip it if it has
        not started). Unlike cancel_pending, its outcome is still delivered: Cancelled if it was
        stopped, its result if it had finished first, so the submitter can say which."""
        task = self._queued.get(number)
        if task is not None:
            task.stopped = True

    def cancel_pending(self) -> None:
        """Skip every queued task (except `always_run` ones) and drop results still to come."""
        self._generation += 1

    def shutdown(self, timeout: float = 10.0) -> None:
        """Close the vault if open and stop the thread. Blocks up to `timeout` seconds."""
        if not self._thread.is_alive():
            return
        self.cancel_pending()
        self._queue.put(_Task(lambda h: h.close(), None, None, self._generation, True, 0))
        self._queue.put(None)
        self._thread.join(timeout)

    def _deliver(self, task: _Task) -> None:
        self._outstanding -= 1
        self._queued.pop(task.number, None)
        try:
            if task.generation != self._generation and not task.always_run:
                return
            if task.skipped:
                return
            if task.error is not None:
                if task.on_error is not None:
                    task.on_error(task.error)
                else:
                    self.failed.emit(task.error)
            elif task.on_done is not None:
                task.on_done(task.result)
        finally:
            if self._outstanding == 0:
                self.busy_changed.emit(False)

    @staticmethod
    def _watch(holder: VaultHolder, cancelled: Callable[[], bool] | None) -> None:
        """Let SQLite abort the running statement (SQLITE_INTERRUPT) once `cancelled()` is true;
        it asks every 10,000 virtual-machine steps, a fraction of a millisecond."""
        vault = holder.vault
        if vault is not None and vault.is_open:
            vault.conn.set_progress_handler((lambda: 1 if cancelled() else 0) if cancelled else None, 10_000)

    def _relay(self, generation: int, stage: str) -> None:
        if generation == self._generation:
            self.progress.emit(stage)

    # -- worker thread ----------------------------------------------------------------------------

    def _loop(self) -> None:
        while True:
            task = self._queue.get()
            if task is None:
                return
            # Reading _generation from this thread is a plain int read; a stale value only means
            # one more task runs and its result is then dropped by _deliver.
            if task.generation != self._generation and not task.always_run:
                task.skipped = True
            elif task.stopped:
                task.error = Cancelled()
            else:
                holder = self._holder

                def cancelled(task: _Task = task) -> bool:
                    return (task.generation != self._generation and not task.always_run) or task.stopped

                def report(stage: str, task: _Task = task) -> None:
                    self._holder.check()
                    self._reported.emit(task.generation, stage)

                holder.cancelled, holder.report = cancelled, report
                self._watch(holder, cancelled)
                try:
                    task.result = task.fn(holder)
                except VaultError as exc:
                    task.error = Cancelled() if cancelled() else exc
                except Exception as exc:  # noqa: BLE001 - reported to the GUI, never lost
                    if cancelled():
                        task.error = Cancelled()
                    else:
                        log.error("task failed with %s:\n%s", type(exc).__name__, _safe_traceback(exc))
                        task.error = UnexpectedError(exc)
                finally:
                    self._watch(holder, None)
                    # The closures hold the task, and so whatever decrypted data it captured.
                    holder.cancelled, holder.report = VaultHolder.idle_cancelled, VaultHolder.idle_report
            if task.number:
                self._finished.emit(task)


def _safe_traceback(exc: BaseException) -> str:
    """File names and line numbers only: the exception's message and locals may hold case data."""
    frames = traceback.extract_tb(exc.__traceback__)
    return "".join(f"  {f.filename}:{f.lineno} in {f.name}\n" for f in frames)
