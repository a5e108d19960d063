"""One working session over one vault: unlocking, locking, the idle lock and the clipboard.

Locking follows KeePassXC: cancel queued tasks, close the connection on the database thread,
forget everything decrypted the session holds (the undo slot, the clipboard if we filled it), and
tell the UI through `locked` so that it throws its models and views away. What survives a lock is
only the vault path and the id of the case that was open, so that unlocking returns to it.

Thread rule: a Session lives on the GUI thread; all its methods are called there. Vault work goes
through `self.worker` (desktop.worker.DbWorker)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from db import write_target
from db.errors import VaultError
from db.vault import Vault
from desktop.worker import DbWorker, VaultHolder

DEFAULT_IDLE_MINUTES = 5
# Events that mean a person is at the keyboard; timers and paint events do not count.
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin, QEvent.Type.InputMethod}

FlushTask = Callable[[Vault], Any]


class IdleWatcher(QObject):
    """Application-wide event filter restarting one single-shot timer on every input event."""

    def __init__(self, timeout_ms: int, on_idle: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(on_idle)

    def set_timeout(self, timeout_ms: int) -> None:
        self.timer.setInterval(timeout_ms)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


class Session(QObject):
    """Signals (GUI thread):
    unlocked(): the vault is open; views may load.
    unlock_failed(VaultError): wrong passphrase, busy file, not a vault...; the passphrase is gone.
    locked(list[str]): the vault is closed and every view must drop its data; the list holds
        messages about unsaved edits that could not be saved on the way (empty when all went well).
    idle_timeout(): the idle timer ran out; the window should save what it can and call lock().
    failed(VaultError): a background task failed and nobody else handled it."""

    unlocked = Signal()
    unlock_failed = Signal(object)
    locked = Signal(list)
    idle_timeout = Signal()
    failed = Signal(object)

    def __init__(self, idle_minutes: float = DEFAULT_IDLE_MINUTES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = DbWorker(self)
        self.worker.failed.connect(self.failed)
        self.path: Path | None = None
        self.current_case_id: str | None = None  # survives a lock: an id, never case content
        self.undo: Any = None  # db.changes.ChangeSet of the last change; decrypted, dropped on lock
        self._is_open = False
        self._clipboard_text: str | None = None
        self.idle = IdleWatcher(int(idle_minutes * 60_000), self.idle_timeout.emit, self)
        QGuiApplication.clipboard().dataChanged.connect(self._clipboard_changed)

    # -- state ---------------------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._is_open

    def set_idle_minutes(self, minutes: float) -> None:
        self.idle.set_timeout(int(minutes * 60_000))

    # -- unlocking -----------------------------------------------------------------------------------

    def create(self, path: Path, passphrase: str, author: str | None = None) -> None:
        """Create a new vault at `path` and open it; key derivation runs on the database thread."""
        self._start(path, lambda h: Vault.create(path, passphrase, author=author or None))

    def unlock(self, path: Path, passphrase: str) -> None:
        """Open `path` with `passphrase` on the database thread; emits unlocked or unlock_failed."""
        self._start(path, lambda h: Vault.open(path, passphrase))

    def _start(self, path: Path, opener: Callable[[VaultHolder], Vault]) -> None:
        if self._is_open:
            raise RuntimeError("a vault is already open in this session")

        def task(holder: VaultHolder) -> None:
            holder.close()
            holder.vault = opener(holder)

        def done(_: object) -> None:
            if self.path is not None and Path(path) != self.path:
                self.current_case_id = None  # another vault: the remembered case is not in it
            self.path = Path(path)
            self._is_open = True
            self.idle.start()
            self.unlocked.emit()

        self.worker.submit(task, done, self.unlock_failed.emit)

    # -- locking -------------------------------------------------------------------------------------

    def lock(self, flush: Sequence[FlushTask] = ()) -> None:
        """Lock now. `flush` are last writes (unsaved edits) to run before the connection closes;
        messages of those that fail are passed on with `locked`. Idempotent when already locked."""
        if not self._is_open:
            return
        self._is_open = False
        self.idle.stop()
        self.worker.cancel_pending()
        problems: list[str] = []

        def run_flush(holder: VaultHolder) -> None:
            for write in flush:
                try:
                    write(holder.require())
                except VaultError as exc:
                    problems.append(str(exc))
                except Exception as exc:  # noqa: BLE001 - the lock must go ahead whatever happens
                    problems.append(type(exc).__name__)
            holder.close()

        def closed(_: object) -> None:
            self.locked.emit(problems)

        self.undo = None
        self.clear_clipboard()
        write_target.forget_consents()  # a file the user agreed to replace before the lock is asked about again
        self.worker.submit(run_flush, closed, lambda exc: self.locked.emit([str(exc)]), always_run=True)

    def close(self) -> None:
        """End the session for good (application exit): close the vault and stop the thread."""
        self._is_open = False
        self.idle.stop()
        self.undo = None
        self.clear_clipboard()
        self.worker.shutdown()

    # -- clipboard -----------------------------------------------------------------------------------

    def copy_text(self, text: str) -> None:
        """Put `text` on the clipboard and remember it, so that locking can take it back."""
        QGuiApplication.clipboard().setText(text, QClipboard.Mode.Clipboard)
        self._clipboard_text = text

    def _clipboard_changed(self) -> None:
        """Text copied while a vault is open and CaseVault is the active application (Ctrl+C in a
        field or a table) is CaseVault's to take back at lock; another program's is not."""
        if not self._is_open:
            return
        clipboard = QGuiApplication.clipboard()
        active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        if clipboard.ownsClipboard() or active:
            self._clipboard_text = clipboard.text(QClipboard.Mode.Clipboard)

    def clear_clipboard(self) -> None:
        """Clear the clipboard if it still holds what CaseVault put there (not what the user copied
        from another program since)."""
        if self._clipboard_text is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text(QClipboard.Mode.Clipboard) == self._clipboard_text:
            clipboard.clear(QClipboard.Mode.Clipboard)
        self._clipboard_text = None
