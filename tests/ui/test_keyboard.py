"""Walking the window with Tab, as someone without a mouse does: every stop is something to use."""

from __future__ import annotations

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
