"""Lock the vault when the desktop locks the screen or the machine goes to sleep (Linux, D-Bus).

Signals listened to, where the desktop provides them:
- system bus, org.freedesktop.login1.Manager.PrepareForSleep(true): suspend or hibernate is starting;
- system bus, org.freedesktop.login1.Session.Lock: logind asks our session to lock (loginctl
  lock-session, lid close with some settings); our session's object path when XDG_SESSION_ID is
  known, any session's otherwise (locking too often is harmless);
- session bus, org.freedesktop.ScreenSaver.ActiveChanged(true) (KDE, Xfce, others) and
  org.gnome.ScreenSaver.ActiveChanged(true) (GNOME): the screen locker came up.

Before the machine sleeps: on the system bus, the watcher takes a logind "delay" inhibitor for
sleep (Manager.Inhibit("sleep", ..., "delay"), a file descriptor that holds suspend back for up to
logind's InhibitDelayMaxSec, 5 s by default). When PrepareForSleep(true) comes it asks for the
lock and lets go of the inhibitor once the vault is closed (`vault_locked`), or at once when none
is open, or after SLEEP_GRACE_MS at the latest; after waking up it takes a new one.

A bus is used only if it already exists at a local (unix:) address: no bus is ever launched
(libdbus would otherwise try to autolaunch one) and no tcp: address is ever dialled, so this
never opens a network socket. Without a bus (Windows, macOS, containers) nothing happens, silently.

Thread rule: GUI thread. QtDBus delivers the signals to the slots below on the GUI thread."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import SLOT, QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
SCREENSAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
SYSTEM_SOCKETS = ("/run/dbus/system_bus_socket", "/var/run/dbus/system_bus_socket")
SLEEP_GRACE_MS = 3000  # longest we hold suspend back waiting for the lock (logind allows 5 s by default)


def _is_socket(path: str | Path) -> bool:
    try:
        return stat.S_ISSOCK(os.stat(path).st_mode)
    except OSError:
        return False


def _local_only(address: str) -> bool:
    """Every transport in a D-Bus address is a unix socket (never tcp:, nonce-tcp:, autolaunch:)."""
    parts = [p for p in address.split(";") if p]
    return bool(parts) and all(p.startswith("unix:") for p in parts)


def session_bus_available(env: Mapping[str, str]) -> bool:
    address = env.get("DBUS_SESSION_BUS_ADDRESS", "")
    if address:
        return _local_only(address)
    runtime = env.get("XDG_RUNTIME_DIR", "")
    return bool(runtime) and _is_socket(Path(runtime) / "bus")


def system_bus_available(env: Mapping[str, str]) -> bool:
    address = env.get("DBUS_SYSTEM_BUS_ADDRESS", "")
    if address:
        return _local_only(address)
    return any(_is_socket(p) for p in SYSTEM_SOCKETS)


def session_object_path(env: Mapping[str, str]) -> str:
    """logind's object path of our session (sd_bus_path_encode of XDG_SESSION_ID), or '' for any."""
    session_id = env.get("XDG_SESSION_ID", "")
    if not session_id:
        return ""
    encoded = "".join(c if c.isascii() and c.isalnum() else f"_{ord(c):02x}" for c in session_id)
    return f"{LOGIN1_PATH}/session/{encoded}"


class ScreenLockWatcher(QObject):
    """lock_requested(str reason): the screen locked ("screensaver", "session-lock") or the machine
    is about to sleep ("sleep"). The window locks the vault on it, saving what can be saved."""

    lock_requested = Signal(str)

    def __init__(self, parent: QObject | None = None, ready: Callable[[], bool] | None = None) -> None:
        """`ready()` says whether the vault is closed (nothing to wait for before sleeping)."""
        super().__init__(parent)
        self.connections: list[object] = []  # QDBusConnection objects we listen on
        self.subscriptions: list[str] = []  # what we subscribed to, for the log and tests
        self.ready = ready or (lambda: True)
        self._system: object | None = None
        self._delay_fd: int | None = None  # the logind delay inhibitor we hold
        self._pending: object | None = None  # QDBusPendingCallWatcher of an Inhibit call
        self._sleeping = False
        self._grace = QTimer(self)
        self._grace.setSingleShot(True)
        self._grace.setInterval(SLEEP_GRACE_MS)
        self._grace.timeout.connect(self.release_sleep_delay)

    @property
    def holds_sleep_delay(self) -> bool:
        return self._delay_fd is not None

    # -- slots the D-Bus signals are connected to --------------------------------------------------

    @Slot(bool)
    def prepare_for_sleep(self, starting: bool) -> None:
        if not starting:  # awake again: hold the next suspend back too
            self._sleeping = False
            self.take_sleep_delay()
            return
        self._sleeping = True
        self.lock_requested.emit("sleep")
        if self.ready():
            self.release_sleep_delay()
        else:
            self._grace.start()

    def vault_locked(self) -> None:
        """The vault has been closed (Session.locked): a suspend waiting for it may go on."""
        if self._sleeping:
            self.release_sleep_delay()

    # -- the logind delay inhibitor ------------------------------------------------------------------

    def take_sleep_delay(self) -> None:
        """Ask logind (asynchronously) for a delay inhibitor on sleep; a no-op without a system bus."""
        if self._system is None or self._delay_fd is not None or self._pending is not None:
            return
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher  # noqa: PLC0415

        call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, f"{LOGIN1}.Manager", "Inhibit")
        call.setArguments(["sleep", "CaseVault", "Lock the vault before the machine sleeps", "delay"])
        watcher = QDBusPendingCallWatcher(self._system.asyncCall(call, 5000), self)  # type: ignore[attr-defined]
        watcher.finished.connect(self._inhibit_answered)
        self._pending = watcher

    def _inhibit_answered(self, watcher: object) -> None:
        from PySide6.QtDBus import QDBusMessage  # noqa: PLC0415

        self._pending = None
        reply = watcher.reply()  # type: ignore[attr-defined]
        watcher.deleteLater()  # type: ignore[attr-defined]
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            log.info("logind gave no sleep delay inhibitor")
            return
        descriptor = reply.arguments()[0]
        fd = descriptor.fileDescriptor() if hasattr(descriptor, "fileDescriptor") else -1
        if fd < 0:
            return
        self._delay_fd = os.dup(fd)  # ours to close; the descriptor object closes its own copy
        if self._sleeping:  # the machine went to sleep meanwhile
            self.release_sleep_delay()

    def release_sleep_delay(self) -> None:
        """Let go of the inhibitor: logind goes on with the suspend once no delay is held."""
        self._grace.stop()
        if self._delay_fd is not None:
            fd, self._delay_fd = self._delay_fd, None
            try:
                os.close(fd)
            except OSError:
                pass

    @Slot()
    def session_lock(self) -> None:
        self.lock_requested.emit("session-lock")

    @Slot(bool)
    def screensaver_active_changed(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screensaver")

    # -- connecting ---------------------------------------------------------------------------------

    def connect_buses(self, env: Mapping[str, str] | None = None) -> list[str]:
        """Listen on the user's session bus and the system bus if they exist locally. Never raises;
        returns what was subscribed to (empty without any bus)."""
        env = os.environ if env is None else env
        try:
            from PySide6.QtDBus import QDBusConnection  # noqa: PLC0415 - optional module
        except ImportError:
            return []
        done: list[str] = []
        try:
            if system_bus_available(env):
                done += self.listen_system(QDBusConnection.systemBus(), session_object_path(env))
            if session_bus_available(env):
                done += self.listen_session(QDBusConnection.sessionBus())
        except Exception as exc:  # noqa: BLE001 - a desktop feature must never stop the app
            log.warning("not listening for screen locks: %s", type(exc).__name__)
        return done

    def listen_system(self, bus: object, session_path: str = "") -> list[str]:
        """Subscribe to logind's PrepareForSleep and Session.Lock on `bus` (a QDBusConnection)."""
        if not bus.isConnected():  # type: ignore[attr-defined]
            return []
        wanted = [
            (LOGIN1, LOGIN1_PATH, f"{LOGIN1}.Manager", "PrepareForSleep", "prepare_for_sleep(bool)"),
            (LOGIN1, session_path, f"{LOGIN1}.Session", "Lock", "session_lock()"),
        ]
        done = self._subscribe(bus, wanted)
        if done:
            self._system = bus
            self.take_sleep_delay()
        return done

    def listen_session(self, bus: object) -> list[str]:
        """Subscribe to the screen savers' ActiveChanged on `bus` (a QDBusConnection). Any sender and
        path: KDE emits on /ScreenSaver, GNOME on /org/gnome/ScreenSaver."""
        if not bus.isConnected():  # type: ignore[attr-defined]
            return []
        wanted = [("", "", name, "ActiveChanged", "screensaver_active_changed(bool)") for name in SCREENSAVERS]
        return self._subscribe(bus, wanted)

    def _subscribe(self, bus: object, wanted: list[tuple[str, str, str, str, str]]) -> list[str]:
        done = []
        for service, path, interface, member, slot in wanted:
            if bus.connect(service, path, interface, member, self, SLOT(slot)):  # type: ignore[attr-defined]
                done.append(f"{interface}.{member}")
        if done:
            self.connections.append(bus)
            self.subscriptions += done
        return done
