"""Walking the window with Tab, as someone without a mouse does: every stop is something to use."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.ui.conftest import TIMEOUT, open_case, unlock
from tests.ui.test_dossier_dialog import open_dialog


def tab_stops(qtbot, first, count):
    """The widgets that hold the focus after each of `count` presses of Tab, starting at `first`."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus, timeout=TIMEOUT)
    stops = []
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    return stops


def test_tab_goes_from_the_overviews_last_field_to_the_next_thing_to_use_not_to_its_frame(qtbot, window, demo_path):
    """After the summary, Tab stopped on the overview's scroll area: a ring around the whole form, and
    nothing to type into."""
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    overview = view.overview
    stops = tab_stops(qtbot, overview.editors["reference"].widget, len(overview.editors) + 2)
    frames = [w for w in stops if isinstance(w, QScrollArea)]
    assert not frames, "Tab stopped on the form's frame"
    assert overview.editors["summary"].widget in stops


def test_the_dossier_options_have_no_tab_stop_on_their_frame(qtbot, window, demo_path):
    _view, dialog = open_dialog(qtbot, window, demo_path)
    stops = tab_stops(qtbot, dialog.legal, 40)
    assert not [w for w in stops if isinstance(w, QScrollArea)], "Tab stopped on the options' frame"
    dialog.reject()


@pytest.mark.parametrize("language", ["en", "fr", "zh_CN"])
def test_each_menu_item_has_a_letter_of_its_own(qapp, session, settings, language):
    """Two items of one menu with the same underlined letter make that letter only move between them:
    Alt+V, S reached "Import spreadsheet" and "Settings" in turn and opened neither."""
    from desktop import i18n
    from ui.main_window import MainWindow

    i18n.apply_language(qapp, language)
    try:
        window = MainWindow(session, settings)
        menus = [a.menu() for a in window.menuBar().actions()]
        for menu in [window.menuBar()] + menus:
            letters = {}
            for action in menu.actions():
                found = re.search(r"&([^&])", action.text())
                if found:
                    letters.setdefault(found.group(1).lower(), []).append(action.text())
            shared = {k: v for k, v in letters.items() if len(v) > 1}
            assert not shared, f"{language}: {shared}"
        window.deleteLater()
    finally:
        i18n.apply_language(qapp, "en")


@pytest.mark.parametrize("tab", ["people", "chronology", "sources"])
def test_enter_on_a_row_opens_it_as_a_double_click_does(qtbot, window, demo_path, tab):
    """Enter on a chosen row did nothing: without a mouse, a record could be opened only by tabbing on
    to the Edit… button."""
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    records = getattr(view, tab)
    view.tabs.setCurrentWidget(records)
    table = records.view
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.setCurrentIndex(records.model.index(1, 0))
    qtbot.waitUntil(table.hasFocus, timeout=TIMEOUT)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(view.dialogs) and view.dialogs[-1].isVisible(), timeout=TIMEOUT)
    dialog = view.dialogs[-1]
    record = records.model.record(1)
    assert any(r.id == record.id for r in dialog.records()), "the dialog edits the chosen row"
    dialog.reject()


def test_enter_on_an_organisation_edits_it_rather_than_starting_a_new_one(qtbot, window, demo_path):
    """In the organisations dialog Enter went to the dialog's default button, "New organisation…"."""
    from ui.organisations import OrganisationsDialog

    unlock(qtbot, window, demo_path)
    window.organisations_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(OrganisationsDialog) is not None, timeout=TIMEOUT)
    dialog = window.findChild(OrganisationsDialog)
    qtbot.waitUntil(lambda: dialog.table.model.rowCount() > 0, timeout=TIMEOUT)
    table = dialog.table.view
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.setCurrentIndex(dialog.table.model.index(0, 0))
    qtbot.waitUntil(table.hasFocus, timeout=TIMEOUT)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialogs = window.workspace.case_view.dialogs
    qtbot.waitUntil(lambda: dialogs[-1].objectName() == "organisationDialog", timeout=TIMEOUT)
    assert dialogs[-1].windowTitle() == "Edit organisation"
    assert dialogs[-1].records()[0].id == dialog.table.model.record(0).id
    dialogs[-1].reject()
    dialog.reject()
