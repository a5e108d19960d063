"""Locking by action and by idle timer: the connection closes, decrypted data is thrown away, the
clipboard is taken back, unsaved edits are not lost, and unlocking returns to the same case."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from tests.ui.conftest import TIMEOUT, open_case, type_text, unlock, wait_idle
from tests.ui.reach import decrypted_objects, texts
from ui.messages import Button

# Strings that only exist inside the demo vault: names, places, a reference, a summary line.
SECRETS = ("林晓梅", "Lin Xiaomei", "CV-2024-001", "Wenzhou", "Montréal", "pressure to return", "陈桂芳")


def assert_nothing_decrypted(qtbot, window):
    qtbot.waitUntil(lambda: window.findChild(type(window.unlock_view), "unlockView") is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not window.findChildren(QWidget, "workspace"), timeout=TIMEOUT)
    shown = "\n".join(texts(window))
    for secret in SECRETS:
        assert secret not in shown, f"{secret!r} is still shown or held by a widget while locked"
    leftovers = decrypted_objects(window, window.session)
    assert not leftovers, f"decrypted objects still reachable while locked: {leftovers[:3]!r}"


def lock_with_shortcut(qtbot, window):
    with qtbot.waitSignal(window.session.locked, timeout=TIMEOUT):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_lock_action_throws_everything_away_and_unlock_returns_to_the_case(qtbot, window, demo_path):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    view.tabs.setCurrentWidget(view.people)
    assert "林晓梅" in "\n".join(texts(window)), "the check below would be meaningless otherwise"
    assert decrypted_objects(window, window.session)
    case_id = view.case_id

    lock_with_shortcut(qtbot, window)
    assert window.stack.currentWidget() is window.unlock_view
    assert window.workspace is None and not window.session.is_open
    assert window.unlock_view.path.text() == str(demo_path)
    assert_nothing_decrypted(qtbot, window)
    assert window.session.current_case_id == case_id, "only the id survives the lock"

    unlock(qtbot, window, demo_path)
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: view.case_id == case_id, timeout=TIMEOUT)
    assert view.header.text().startswith("CV-2024-001")
    qtbot.waitUntil(lambda: window.workspace.case_list.current_case_id() == case_id, timeout=TIMEOUT)


def test_idle_timer_locks_and_input_postpones_it(qtbot, window, demo_path):
    unlock(qtbot, window, demo_path)
    open_case(qtbot, window, "CV-2024-001")
    timer = window.session.idle.timer
    window.session.set_idle_minutes(0.02)  # 1.2 s
    timer.start()
    qtbot.waitUntil(lambda: timer.remainingTime() < 900, timeout=TIMEOUT)
    qtbot.keyClick(window.workspace.case_list.view, Qt.Key.Key_Down)
    assert timer.remainingTime() > 1000, "a key press restarts the idle timer"
    with qtbot.waitSignal(window.session.locked, timeout=TIMEOUT):
        pass
    assert window.stack.currentWidget() is window.unlock_view
    assert "locked" in window.unlock_view.notice.text()
    assert_nothing_decrypted(qtbot, window)


def test_lock_takes_back_what_casevault_put_on_the_clipboard(qtbot, window, demo_path):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    view.tabs.setCurrentWidget(view.exhibits)
    view.exhibits.select(view.ctx.file.exhibits[0].id)
    digest = view.ctx.file.exhibits[0].sha256
    qtbot.mouseClick(view.exhibits.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == digest
    lock_with_shortcut(qtbot, window)
    assert QGuiApplication.clipboard().text() == ""


def test_lock_also_takes_back_text_copied_with_ctrl_c(qtbot, window, demo_path):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    title = view.overview.editors["title"].widget
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "林晓梅 – pressure to return from Montréal"
    lock_with_shortcut(qtbot, window)
    assert QGuiApplication.clipboard().text() == ""


def test_clipboard_set_while_locked_is_not_touched(qtbot, window, demo_path):
    unlock(qtbot, window, demo_path)
    lock_with_shortcut(qtbot, window)
    QGuiApplication.clipboard().setText("copied while no vault was open")
    unlock(qtbot, window, demo_path)
    lock_with_shortcut(qtbot, window)
    assert QGuiApplication.clipboard().text() == "copied while no vault was open"


def test_idle_lock_saves_unsaved_edits_instead_of_losing_them(qtbot, window, demo_path):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    title = view.overview.editors["title"].widget
    title.selectAll()
    type_text(qtbot, title, "林晓梅 – edited before the lock")
    assert view.overview.has_changes()
    with qtbot.waitSignal(window.session.locked, timeout=TIMEOUT) as locked:
        window.session.idle_timeout.emit()
    assert locked.args == [[]], "the pending edit was saved without problems"
    unlock(qtbot, window, demo_path)
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: view.ctx.file is not None, timeout=TIMEOUT)
    assert view.ctx.file.case.title == "林晓梅 – edited before the lock"


def test_idle_lock_reports_edits_the_vault_refused(qtbot, window, demo_path):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    view.overview.editors["title"].widget.clear()  # a case needs a title: this edit cannot be saved
    with qtbot.waitSignal(window.session.locked, timeout=TIMEOUT) as locked:
        window.session.idle_timeout.emit()
    assert locked.args[0] and "title" in locked.args[0][0]
    assert "could not be saved" in window.unlock_view.notice.text()


def test_lock_with_unsaved_edits_asks_and_cancel_keeps_working(qtbot, window, demo_path, dialogs):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    type_text(qtbot, view.overview.editors["region"].widget, " (nord)")
    dialogs.set_next_answer(Button.Cancel)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.shown[-1][1] == "Unsaved changes"
    assert window.workspace is not None and window.session.is_open
    assert view.overview.editors["region"].widget.text() == "Québec (nord)"

    dialogs.set_next_answer(Button.Discard)
    lock_with_shortcut(qtbot, window)
    unlock(qtbot, window, demo_path)
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: view.ctx.file is not None, timeout=TIMEOUT)
    assert view.ctx.file.case.region == "Québec"


def test_lock_closes_open_dialogs_and_saves_their_edits(qtbot, window, demo_path):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    view.tabs.setCurrentWidget(view.notes)
    qtbot.mouseClick(view.notes.add_button, Qt.MouseButton.LeftButton)
    dialog = view.dialogs[-1]
    type_text(qtbot, dialog.editors["body"].widget, "Note typed just before walking away")
    with qtbot.waitSignal(window.session.locked, timeout=TIMEOUT):
        window.session.idle_timeout.emit()
    wait_idle(qtbot, window.session)
    assert_nothing_decrypted(qtbot, window)
    unlock(qtbot, window, demo_path)
    view = window.workspace.case_view
    qtbot.waitUntil(lambda: view.ctx.file is not None, timeout=TIMEOUT)
    assert [n.body for n in view.ctx.file.notes][-1] == "Note typed just before walking away"
