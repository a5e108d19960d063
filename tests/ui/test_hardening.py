"""Hardening in the app: the panic key, locking on screen lock or suspend (D-Bus), the opt-in
erasing of a vault after wrong passphrases, and the passphrase kept out of widgets, objects and
settings once it has been used."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from desktop.screen_lock import LOGIN1, LOGIN1_PATH, ScreenLockWatcher, session_object_path
from desktop.settings import vault_fingerprint
from desktop.wipe import wipe_vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, open_case, type_text, unlock, wait_idle
from tests.ui.reach import reachable, texts
from tests.ui.test_lock import assert_nothing_decrypted
from ui.messages import Button, Dialogs

LEFT = Qt.MouseButton.LeftButton
PANIC = (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


# -- the panic key ------------------------------------------------------------------------------------

def test_panic_key_locks_at_once_minimises_and_keeps_unsaved_edits(qtbot, window, demo_path):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    view.tabs.setCurrentWidget(view.notes)
    qtbot.mouseClick(view.notes.add_button, LEFT)
    note = view.dialogs[-1]
    type_text(qtbot, note.editors["body"].widget, "typed when someone walked in")
    with qtbot.waitSignal(window.session.locked, timeout=TIMEOUT):
        qtbot.keyClick(note.editors["body"].widget, *PANIC)  # from inside a modal dialog
    assert window.windowState() & Qt.WindowState.WindowMinimized
    assert window.stack.currentWidget() is window.unlock_view and window.windowTitle() == "CaseVault"
    wait_idle(qtbot, window.session)
    assert_nothing_decrypted(qtbot, window)
    window.showNormal()
    unlock(qtbot, window, demo_path)
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: view.ctx.file is not None, timeout=TIMEOUT)
    assert "typed when someone walked in" in [n.body for n in view.ctx.file.notes], "nothing was lost"


def test_panic_key_closes_a_question_that_quotes_the_case(qtbot, window, demo_path, dialogs):
    unlock(qtbot, window, demo_path)
    open_case(qtbot, window, "CV-2024-001")
    boxes = []

    def panic_from_the_box():
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:  # not shown yet (a busy machine): look again shortly
            QTimer.singleShot(20, panic_from_the_box)
            return
        boxes.append(box.text())
        qtbot.keyClick(box, *PANIC)

    dialogs.testing = False  # a real, blocking message box this time
    try:
        QTimer.singleShot(0, panic_from_the_box)
        window.delete_case()  # "Delete case CV-2024-001 · 林晓梅 …?" until the panic key closes it
    finally:
        dialogs.testing = True
    assert boxes and "林晓梅" in boxes[0], "the box did quote the case"
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=TIMEOUT)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert_nothing_decrypted(qtbot, window)
    window.showNormal()
    unlock(qtbot, window, demo_path)
    assert window.workspace.case_list.model.rowCount() == 5, "closing the question answered it with Cancel"


def test_panic_key_works_while_locked_too(qtbot, window):
    window.show()
    qtbot.keyClick(window.unlock_view.passphrase, *PANIC)
    assert window.windowState() & Qt.WindowState.WindowMinimized


# -- screen lock and suspend ----------------------------------------------------------------------------

@pytest.mark.parametrize("slot, argument", [("screensaver_active_changed", True), ("prepare_for_sleep", True),
                                            ("session_lock", None)])
def test_screen_lock_and_sleep_lock_the_vault_and_save_edits(qtbot, window, demo_path, slot, argument):
    watcher = ScreenLockWatcher(window)
    watcher.lock_requested.connect(window.lock_now)
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    type_text(qtbot, view.overview.editors["region"].widget, " (locked)")
    with qtbot.waitSignal(window.session.locked, timeout=TIMEOUT) as locked:
        getattr(watcher, slot)(*(() if argument is None else (argument,)))  # what D-Bus calls
    assert locked.args == [[]]
    assert_nothing_decrypted(qtbot, window)
    assert not window.windowState() & Qt.WindowState.WindowMinimized, "only the panic key minimises"


def test_screensaver_going_away_or_waking_up_does_not_lock(qtbot, window, demo_path):
    watcher = ScreenLockWatcher(window)
    watcher.lock_requested.connect(window.lock_now)
    unlock(qtbot, window, demo_path)
    with qtbot.assertNotEmitted(watcher.lock_requested):
        watcher.screensaver_active_changed(False)
        watcher.prepare_for_sleep(False)
    assert window.session.is_open


def test_without_a_bus_connecting_quietly_does_nothing(qapp, tmp_path):
    watcher = ScreenLockWatcher()
    assert watcher.connect_buses({}) == []
    # Never a tcp: bus (that would be a network socket), never an autolaunched one.
    assert watcher.connect_buses({"DBUS_SESSION_BUS_ADDRESS": "tcp:host=127.0.0.1,port=1",
                                  "DBUS_SYSTEM_BUS_ADDRESS": "tcp:host=127.0.0.1,port=2"}) == []
    assert watcher.connect_buses({"XDG_RUNTIME_DIR": str(tmp_path)}) == []
    assert watcher.subscriptions == []


def test_the_session_object_path_is_logind_encoded():
    assert session_object_path({"XDG_SESSION_ID": "c2"}) == f"{LOGIN1_PATH}/session/c2"
    assert session_object_path({"XDG_SESSION_ID": "1-x"}) == f"{LOGIN1_PATH}/session/1_2dx"
    assert session_object_path({}) == ""


@pytest.fixture
def private_bus(tmp_path):
    """A dbus-daemon of our own (its unix socket in tmp_path), standing in for both buses."""
    if not shutil.which("dbus-daemon"):
        pytest.skip("dbus-daemon is not installed")
    config = tmp_path / "bus.conf"
    config.write_text(f"""<busconfig><type>session</type><listen>unix:dir={tmp_path}</listen>
<auth>EXTERNAL</auth><policy context="default"><allow send_destination="*" eavesdrop="true"/>
<allow eavesdrop="true"/><allow own="*"/></policy></busconfig>""")
    daemon = subprocess.Popen(["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        address = daemon.stdout.readline().strip()
        assert address.startswith("unix:"), address
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


def test_real_dbus_signals_lock_the_vault(qtbot, window, demo_path, private_bus):
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    listen = QDBusConnection.connectToBus(private_bus, "casevault-test-listen")
    emit = QDBusConnection.connectToBus(private_bus, "casevault-test-emit")
    try:
        assert listen.isConnected() and emit.isConnected()
        assert emit.registerService(LOGIN1), "the emitter plays logind"
        watcher = ScreenLockWatcher(window)
        watcher.lock_requested.connect(window.lock_now)
        assert watcher.listen_session(listen) == ["org.freedesktop.ScreenSaver.ActiveChanged",
                                                  "org.gnome.ScreenSaver.ActiveChanged"]
        assert watcher.listen_system(listen) == [f"{LOGIN1}.Manager.PrepareForSleep", f"{LOGIN1}.Session.Lock"]

        signals = [("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", [True]),
                   ("/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", [True]),
                   (LOGIN1_PATH, f"{LOGIN1}.Manager", "PrepareForSleep", [True]),
                   (f"{LOGIN1_PATH}/session/c2", f"{LOGIN1}.Session", "Lock", [])]
        for path, interface, member, arguments in signals:
            unlock(qtbot, window, demo_path)
            message = QDBusMessage.createSignal(path, interface, member)
            message.setArguments(arguments)
            with qtbot.waitSignal(window.session.locked, timeout=TIMEOUT):
                assert emit.send(message)
            assert not window.session.is_open, member
    finally:
        QDBusConnection.disconnectFromBus("casevault-test-listen")
        QDBusConnection.disconnectFromBus("casevault-test-emit")


# -- erasing after wrong passphrases --------------------------------------------------------------------

def test_wipe_overwrites_with_random_bytes_and_deletes_the_vault_and_its_wal(tmp_path, demo_path):
    wal = Path(f"{demo_path}-wal")
    wal.write_bytes(b"journal pages " * 1000)
    original, original_wal = demo_path.read_bytes(), wal.read_bytes()
    # Hard links keep the inodes reachable, so we can see what the wipe wrote into them.
    os.link(demo_path, tmp_path / "inode-of-vault")
    os.link(wal, tmp_path / "inode-of-wal")
    erased = wipe_vault(demo_path)
    assert set(erased) == {demo_path, wal}
    assert not demo_path.exists() and not wal.exists()
    for link, before in ((tmp_path / "inode-of-vault", original), (tmp_path / "inode-of-wal", original_wal)):
        after = link.read_bytes()
        assert len(after) == len(before) and after != before
        same = sum(a == b for a, b in zip(after[:65536], before[:65536], strict=False))
        assert same < 65536 * 0.02, "overwritten with random bytes, not left in place"


def _try(qtbot, window, path, passphrase):
    view = window.unlock_view
    view.show_open()
    view.path.setText(str(path))
    type_text(qtbot, view.passphrase, passphrase)
    qtbot.mouseClick(view.unlock_button, LEFT)
    qtbot.waitUntil(lambda: view.error.text() != "" and not view.busy.isVisible(), timeout=TIMEOUT)
    return view.error.text()


def test_wrong_passphrases_never_change_the_vault_when_erasing_is_off(qtbot, window, demo_path, settings):
    before = demo_path.read_bytes()
    for n in range(4):
        window.unlock_view.error.clear()
        assert "Wrong passphrase" in _try(qtbot, window, demo_path, f"wrong guess {n}")
    assert demo_path.read_bytes() == before
    ini = Path(settings.qs.fileName())
    assert not ini.exists() or "wipe" not in ini.read_text(), "nothing is counted or stored when it is off"


def test_erase_after_n_wrong_passphrases_when_turned_on(qtbot, window, demo_path, settings, dialogs):
    from ui.settings_dialog import SettingsDialog

    locked_dialog = SettingsDialog(settings, window.session, window)
    assert not locked_dialog.wipe.isEnabled(), "while locked, nobody can turn it on or off"
    assert "wrong" in locked_dialog.findChild(type(locked_dialog.wipe_locked), "wipeWarning").text()
    locked_dialog.reject()

    unlock(qtbot, window, demo_path)
    dialog = SettingsDialog(settings, window.session, window)
    assert not dialog.wipe.isChecked(), "off by default"
    warning = dialog.findChild(type(dialog.wipe_locked), "wipeWarning").text()
    assert "nothing can bring it back" in warning and "copies the file first" in warning
    qtbot.mouseClick(dialog.wipe, LEFT, pos=QPoint(8, dialog.wipe.height() // 2))
    dialog.wipe_after.setValue(3)
    dialogs.set_next_answer(Button.Yes)
    dialog.accept()
    assert dialogs.shown[-1][1] == "Erase after wrong passphrases?"
    ini = Path(settings.qs.fileName()).read_text()
    assert vault_fingerprint(demo_path) in ini and str(demo_path) not in ini and demo_path.name not in ini

    with qtbot.waitSignal(window.session.locked, timeout=TIMEOUT):
        window.lock()
    assert "2 more wrong passphrase(s)" in _try(qtbot, window, demo_path, "wrong one")
    window.unlock_view.error.clear()
    unlock(qtbot, window, demo_path)  # the right passphrase resets the count
    assert settings.wipe_failures(demo_path) == 0
    with qtbot.waitSignal(window.session.locked, timeout=TIMEOUT):
        window.lock()
    before = demo_path.read_bytes()
    for n, left in ((1, 2), (2, 1)):
        window.unlock_view.error.clear()
        assert f"{left} more wrong passphrase(s)" in _try(qtbot, window, demo_path, f"wrong {n}")
        assert demo_path.read_bytes() == before
    window.unlock_view.error.clear()
    assert "was erased" in _try(qtbot, window, demo_path, "wrong 3")
    assert not demo_path.exists() and not Path(f"{demo_path}-wal").exists()
    assert vault_fingerprint(demo_path) not in Path(settings.qs.fileName()).read_text(), "forgotten afterwards"


def test_turning_erasing_off_forgets_the_vault(qtbot, window, demo_path, settings, dialogs):
    from ui.settings_dialog import SettingsDialog

    settings.set_wipe(demo_path, 5)
    unlock(qtbot, window, demo_path)
    dialog = SettingsDialog(settings, window.session, window)
    assert dialog.wipe.isChecked() and dialog.wipe_after.value() == 5
    qtbot.mouseClick(dialog.wipe, LEFT, pos=QPoint(8, dialog.wipe.height() // 2))
    dialog.accept()
    assert "wipe" not in Path(settings.qs.fileName()).read_text()


# -- the passphrase -------------------------------------------------------------------------------------

def _secret(*parts):
    return "".join(parts)  # built at run time: no constant in this module's code holds it


def _holders(window, secret):
    found = [t for t in texts(window) if secret in t]
    found += [type(o).__name__ for o in reachable(window, window.session) if isinstance(o, str) and secret in o]
    return found


def test_after_unlock_no_widget_object_or_setting_holds_the_passphrase(qtbot, window, demo_path, settings):
    field = window.unlock_view.passphrase
    unlock(qtbot, window, demo_path, PASSPHRASE)
    assert _holders(window, PASSPHRASE) == []
    # The field's undo history is empty too (QLineEdit.clear() would keep the characters there).
    field.setEchoMode(QLineEdit.EchoMode.Normal)
    field.undo()
    assert field.text() == ""
    field.setEchoMode(QLineEdit.EchoMode.Password)
    assert PASSPHRASE not in Path(settings.qs.fileName()).read_text()


def test_a_wrong_passphrase_is_not_kept_or_shown_either(qtbot, window, demo_path):
    wrong = _secret("tangerine-", "submarine-", "7731")
    message = _try(qtbot, window, demo_path, wrong)
    assert wrong not in message
    assert _holders(window, wrong) == []
    window.unlock_view.passphrase.setEchoMode(QLineEdit.EchoMode.Normal)
    window.unlock_view.passphrase.undo()
    assert window.unlock_view.passphrase.text() == ""


def test_a_new_vaults_passphrase_is_not_kept(qtbot, window, tmp_path):
    secret = _secret("quartz ", "meadow ", "violin ", "harbour")
    view = window.unlock_view
    view.show_create()
    view.new_path.setText(str(tmp_path / "new.cvault"))
    type_text(qtbot, view.new_passphrase, secret)
    type_text(qtbot, view.repeat, secret)
    with qtbot.waitSignal(window.session.unlocked, timeout=TIMEOUT):
        qtbot.mouseClick(view.create_button, LEFT)
    wait_idle(qtbot, window.session)
    assert _holders(window, secret) == []
    for field in (view.new_passphrase, view.repeat):
        field.setEchoMode(QLineEdit.EchoMode.Normal)
        field.undo()
        assert field.text() == ""


def test_the_check_above_can_fail(qtbot, window):
    """A widget that still shows the secret, or an object that keeps it, is found."""
    secret = _secret("left ", "behind")
    window.unlock_view.passphrase.setText(secret)
    assert _holders(window, secret)
    window.unlock_view.passphrase.setText("")
    window.kept = [secret]
    assert _holders(window, secret)
    del window.kept


def test_a_backup_passphrase_is_not_kept_by_the_dialog(qtbot, window, demo_path, tmp_path):
    secret = _secret("backup ", "only ", "passphrase")
    unlock(qtbot, window, demo_path)
    dialog = window.backup_vault()
    qtbot.waitExposed(dialog)
    dialog.path.setText(str(tmp_path / "b.cvault"))
    qtbot.mouseClick(dialog.own, LEFT, pos=QPoint(8, dialog.own.height() // 2))
    type_text(qtbot, dialog.passphrase, secret)
    type_text(qtbot, dialog.repeat, secret)
    with qtbot.waitSignal(dialog.done, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    wait_idle(qtbot, window.session)
    assert _holders(window, secret) == []
    assert Dialogs.shown[-1][1] == "Backup verified"


def test_a_sleep_delay_inhibitor_holds_suspend_until_the_vault_is_locked(qtbot, window, demo_path, private_bus):
    """logind waits for delay inhibitors before it suspends: CaseVault holds one, locks on
    PrepareForSleep(true), lets go once the vault is closed, and takes a new one after waking."""
    import os
    import select

    from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusUnixFileDescriptor, QDBusVirtualObject

    class FakeLogind(QDBusVirtualObject):
        def __init__(self):
            super().__init__()
            self.calls = []  # (arguments, read end of the inhibitor's pipe)

        def introspect(self, path):
            return ""

        def handleMessage(self, message, connection):  # noqa: N802 - Qt's name
            if message.member() != "Inhibit":
                return False
            read, write = os.pipe()
            connection.send(message.createReply(QDBusUnixFileDescriptor(write)))  # signature "h", as logind
            os.close(write)  # the descriptor object took its own copy
            self.calls.append((list(message.arguments()), read))
            return True

    def released(read):  # every copy of the write end is closed: the holder let go
        return bool(select.select([read], [], [], 0)[0]) and os.read(read, 1) == b""

    listen = QDBusConnection.connectToBus(private_bus, "casevault-test-inhibit-listen")
    emit = QDBusConnection.connectToBus(private_bus, "casevault-test-inhibit-emit")
    logind = FakeLogind()
    try:
        assert emit.registerService(LOGIN1) and emit.registerVirtualObject(LOGIN1_PATH, logind)
        session = window.session
        seen_at_lock = []  # connected first: runs before the watcher hears of the lock
        session.locked.connect(lambda _p: seen_at_lock.append(watcher.holds_sleep_delay))
        watcher = ScreenLockWatcher(window, ready=lambda: not session.is_open and not session.worker.busy)
        watcher.lock_requested.connect(window.lock_now)
        session.locked.connect(lambda _problems: watcher.vault_locked())
        watcher.listen_system(listen)
        qtbot.waitUntil(lambda: watcher.holds_sleep_delay, timeout=TIMEOUT)
        (arguments, first), = logind.calls
        assert arguments == ["sleep", "CaseVault", "Lock the vault before the machine sleeps", "delay"]
        assert not released(first)

        unlock(qtbot, window, demo_path)
        sleep = QDBusMessage.createSignal(LOGIN1_PATH, f"{LOGIN1}.Manager", "PrepareForSleep")
        sleep.setArguments([True])
        with qtbot.waitSignal(session.locked, timeout=TIMEOUT):
            assert emit.send(sleep)
        assert seen_at_lock == [True]  # suspend was still held back while the vault closed
        qtbot.waitUntil(lambda: released(first), timeout=TIMEOUT)
        assert not session.is_open

        wake = QDBusMessage.createSignal(LOGIN1_PATH, f"{LOGIN1}.Manager", "PrepareForSleep")
        wake.setArguments([False])
        assert emit.send(wake)
        qtbot.waitUntil(lambda: len(logind.calls) == 2 and watcher.holds_sleep_delay, timeout=TIMEOUT)
        second = logind.calls[1][1]
        assert emit.send(sleep)  # locked already: nothing to wait for
        qtbot.waitUntil(lambda: released(second), timeout=1000)
    finally:
        QDBusConnection.disconnectFromBus("casevault-test-inhibit-listen")
        QDBusConnection.disconnectFromBus("casevault-test-inhibit-emit")
        for _arguments, read in logind.calls:
            os.close(read)


def test_without_a_system_bus_no_inhibitor_is_asked_for(qapp):
    watcher = ScreenLockWatcher()
    watcher.take_sleep_delay()  # no bus: nothing happens, nothing raises
    watcher.prepare_for_sleep(True)
    watcher.prepare_for_sleep(False)
    assert not watcher.holds_sleep_delay
