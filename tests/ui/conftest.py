"""Fixtures for driving the real window over real encrypted vaults (offscreen).

The demo vault template is built once per test session (tests/conftest.py) and copied per test.
Message boxes and file dialogs go through ui.messages.Dialogs in testing mode: a test queues the
answers it expects to give, and an unexpected question fails the test instead of blocking it."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest  # noqa: E402

from desktop.session import Session  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from tests.conftest import PASSPHRASE  # noqa: E402
from tests.typing_input import type_like_a_person  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.messages import Dialogs  # noqa: E402

TIMEOUT = 5000  # ms; generous for a loaded 2-core machine, never slept


@pytest.fixture(autouse=True)
def dialogs():
    Dialogs.testing = True
    Dialogs.reset()
    yield Dialogs
    Dialogs.reset()


@pytest.fixture
def settings(tmp_path):
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def session(qapp):
    s = Session(idle_minutes=5)
    yield s
    s.close()


@pytest.fixture
def window(qtbot, session, settings):
    w = MainWindow(session, settings)
    w.resize(1366, 768)  # a common laptop screen (offscreen, the default size is 90% of an 800 x 800 screen)
    w.show()
    yield w
    # Not qtbot.addWidget: pytest-qt would close the window before this teardown, and closing a
    # window with unsaved edits rightly asks what to do with them.
    w._teardown()
    w.close()
    w.deleteLater()


def unlock(qtbot, window, path, passphrase=PASSPHRASE):
    """Type the path and passphrase into the unlock view and wait for the case list."""
    view = window.unlock_view
    view.show_open()
    view.path.setText(str(path))
    type_text(qtbot, view.passphrase, passphrase)
    with qtbot.waitSignal(window.session.unlocked, timeout=TIMEOUT):
        qtbot.mouseClick(view.unlock_button, _left())
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.case_list.model.rowCount() > 0,
                    timeout=TIMEOUT)
    return window.workspace


def open_case(qtbot, window, reference):
    """Click the case with this reference in the list and wait for the case view to show it."""
    ws = window.workspace
    model = ws.case_list.model
    qtbot.waitUntil(lambda: any(model.cached_row(i) for i in model.ids()), timeout=TIMEOUT)
    row = next(n for n, i in enumerate(model.ids())
               if model.cached_row(i) and model.cached_row(i).reference == reference)
    rect = ws.case_list.view.visualRect(model.index(row, 0))
    with qtbot.waitSignal(ws.case_view.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(ws.case_list.view.viewport(), _left(), pos=rect.center())
    return ws.case_view


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def wait_idle(qtbot, session):
    qtbot.waitUntil(lambda: not session.worker.busy, timeout=TIMEOUT)


def type_text(qtbot, widget, text):
    """Type like a person (tests.typing_input): ASCII as key clicks, other scripts as an input method."""
    type_like_a_person(widget, text)
