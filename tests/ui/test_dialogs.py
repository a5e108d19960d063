"""The smaller windows: organisations, settings, keyboard order. (The dossier export dialog has its own
tests, in test_dossier_dialog.py.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import TIMEOUT, open_case, type_text, unlock, wait_idle
from tests.ui.test_editing import save
from ui.messages import Button

LEFT = Qt.MouseButton.LeftButton


def test_organisations_are_created_used_as_actors_and_protected_while_used(qtbot, window, demo_path, dialogs):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    window.organisations_action.trigger()
    orgs = view.dialogs[-1]
    qtbot.waitUntil(lambda: orgs.table.model.rowCount() == 9, timeout=TIMEOUT)
    qtbot.mouseClick(orgs.table.add_button, LEFT)
    dialog = view.dialogs[-1]
    type_text(qtbot, dialog.editors["name_original"].widget, "公安部")
    type_text(qtbot, dialog.editors["name"].widget, "Ministry of Public Security")
    with qtbot.waitSignal(orgs.changed, timeout=TIMEOUT):
        save(qtbot, dialog)
    qtbot.waitUntil(lambda: orgs.table.model.rowCount() == 10, timeout=TIMEOUT)

    used = next(o for o in orgs.table.model.records if o.name.startswith("Wenzhou"))
    orgs.table.select(used.id)
    dialogs.set_next_answer(Button.Yes)
    qtbot.mouseClick(orgs.table.delete_button, LEFT)
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "error", timeout=TIMEOUT)
    assert "still named in" in dialogs.shown[-1][2]
    orgs.discard()
    wait_idle(qtbot, window.session)
    view.reload()
    qtbot.waitUntil(lambda: any(o.name == "Ministry of Public Security" for o in view.ctx.organisations.values()),
                    timeout=TIMEOUT)
    view.edit_incident(view.ctx.file.incidents[0])
    incident = view.dialogs[-1]
    choices = [incident.actor_choice.itemText(i) for i in range(incident.actor_choice.count())]
    assert "Ministry of Public Security" in choices


def test_settings_change_the_idle_lock_at_once_and_persist(qtbot, window, demo_path, settings):
    unlock(qtbot, window, demo_path)
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, window.session, window)
    dialog.idle.selectAll()
    qtbot.keyClicks(dialog.idle, "12")
    dialog.accept()
    assert window.session.idle.timer.interval() == 12 * 60_000
    assert settings.idle_minutes == 12
    from pathlib import Path

    assert "idle_minutes=12" in Path(settings.qs.fileName()).read_text()


def test_tab_order_through_the_case_list(qtbot, window, demo_path):
    ws = unlock(qtbot, window, demo_path)
    window.find_action.trigger()
    order = [QApplication.focusWidget().objectName()]
    for _ in range(7):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    assert order == ["caseSearch", "statusFilter", "campaignFilter", "tacticFilter", "countryFilter", "tagFilter",
                     "clearFilters", "caseTable"]
    assert ws.case_list.view.hasFocus()


def test_outside_tests_message_texts_are_not_recorded(qtbot, dialogs):
    """Message texts quote record summaries; the test hook must keep nothing in production."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.messages import Dialogs

    def close():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                widget.reject()

    Dialogs.testing = False
    try:
        QTimer.singleShot(0, close)
        Dialogs.info(None, "Case", "CV-1 · Xie Weidong")
        QTimer.singleShot(0, close)
        Dialogs.ask(None, "Delete?", "Delete case CV-1 · Xie Weidong?")
    finally:
        Dialogs.testing = True
    assert Dialogs.shown == []
    Dialogs.shown.append(("info", "t", "kept by a test"))
    Dialogs.close_all()  # a lock
    assert Dialogs.shown == []
