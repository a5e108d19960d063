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
