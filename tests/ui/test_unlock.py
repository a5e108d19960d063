"""Creating and opening vaults through the unlock view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.vault import Vault
from desktop.settings import Settings
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, type_text, unlock
from ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


def test_first_start_offers_creation_and_creates_an_encrypted_vault(qtbot, window, tmp_path):
    view = window.unlock_view
    assert view.pages.currentIndex() == 1, "with no settings yet, the first start shows 'create'"
    assert "cannot be opened by anyone" in view.findChild(type(view.error), "forgottenWarning").text()
    path = tmp_path / "new.cvault"
    qtbot.keyClicks(view.new_path, str(path))
    qtbot.keyClicks(view.new_passphrase, "abc")
    weak = view.strength_bar.value()
    type_text(qtbot, view.new_passphrase, " purple otter 渡河 lantern 42")
    assert view.strength_bar.value() > weak
    assert "Strength" in view.strength_text.text()
    type_text(qtbot, view.repeat, "abc purple otter 渡河 lantern 42")
    qtbot.keyClicks(view.author, "Field worker")
    with qtbot.waitSignal(window.session.unlocked, timeout=TIMEOUT):
        qtbot.mouseClick(view.create_button, LEFT)
    assert window.workspace is not None
    assert view.new_passphrase.text() == "" and view.repeat.text() == "", "passphrases do not linger in widgets"
    assert path.exists() and not path.read_bytes().startswith(b"SQLite format 3")
    assert window.settings.last_vault is None, "the path is not remembered unless the user asked"


def test_create_refuses_passphrases_that_differ_and_keeps_input(qtbot, window, tmp_path):
    view = window.unlock_view
    view.show_create()
    path = tmp_path / "new.cvault"
    qtbot.keyClicks(view.new_path, str(path))
    qtbot.keyClicks(view.new_passphrase, "one two three four")
    qtbot.keyClicks(view.repeat, "one two three fuor")
    qtbot.mouseClick(view.create_button, LEFT)
    assert "differ" in view.create_error.text()
    assert view.new_path.text() == str(path) and view.new_passphrase.text() == "one two three four"
    assert not path.exists()


def test_wrong_passphrase_says_so_and_lets_the_user_try_again(qtbot, window, demo_path):
    view = window.unlock_view
    view.show_open()
    view.path.setText(str(demo_path))
    qtbot.keyClicks(view.passphrase, "not the passphrase")
    with qtbot.waitSignal(window.session.unlock_failed, timeout=TIMEOUT):
        qtbot.mouseClick(view.unlock_button, LEFT)
    assert "Wrong passphrase" in view.error.text()
    assert view.passphrase.text() == "" and view.passphrase.isEnabled() and not view.busy.isVisible()
    assert window.workspace is None
    unlock(qtbot, window, demo_path)
    assert window.workspace.case_list.model.rowCount() == 5


def test_the_workspace_is_built_while_the_key_is_derived_and_holds_nothing_until_the_vault_opens(
        qtbot, window, demo_path):
    from ui.main_window import Workspace

    view = window.unlock_view
    view.show_open()
    view.path.setText(str(demo_path))
    qtbot.keyClicks(view.passphrase, "not the passphrase")
    with qtbot.waitSignal(window.session.unlock_failed, timeout=TIMEOUT):
        qtbot.mouseClick(view.unlock_button, LEFT)
        built = window.findChildren(Workspace)
        assert len(built) == 1 and not window.session.is_open, "built before the key was checked"
    assert window.workspace is None and not built[0].isVisible()
    assert built[0].case_list.model.rowCount() == 0 and built[0].case_view.case_id is None
    assert window.stack.currentWidget() is view
    unlock(qtbot, window, demo_path)
    assert window.workspace is built[0], "a wrong passphrase leaves it for the next try"
    assert window.findChildren(Workspace) == built
    assert window.workspace.isVisible() and window.workspace.case_list.model.rowCount() == 5


def test_busy_indicator_shows_while_the_key_is_derived(qtbot, window, demo_path):
    view = window.unlock_view
    view.show_open()
    view.path.setText(str(demo_path))
    type_text(qtbot, view.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.session.unlocked, timeout=TIMEOUT):
        qtbot.mouseClick(view.unlock_button, LEFT)
        assert view.busy.isVisible() and not view.unlock_button.isEnabled(), "the window is not frozen: it says busy"
    assert not view.busy.isVisible()


def test_last_vault_is_offered_only_when_remembered(qtbot, session, tmp_path, demo_path):
    ini = tmp_path / "settings.ini"
    first = MainWindow(session, Settings(ini))
    qtbot.addWidget(first)
    first.show()
    first.unlock_view.show_open()
    qtbot.keyClick(first.unlock_view.remember, Qt.Key.Key_Space)
    assert first.unlock_view.remember.isChecked()
    unlock(qtbot, first, demo_path)
    assert Settings(ini).last_vault == str(demo_path)
    assert "demo.cvault" in (tmp_path / "settings.ini").read_text()

    second = MainWindow(session, Settings(ini))
    qtbot.addWidget(second)
    assert second.unlock_view.path.text() == str(demo_path)
    assert second.unlock_view.pages.currentIndex() == 0

    Settings(ini).vault_opened(demo_path, remember=False)
    third = MainWindow(session, Settings(ini))
    qtbot.addWidget(third)
    assert third.unlock_view.path.text() == ""
    assert "demo.cvault" not in ini.read_text(), "forgetting removes the path from the settings file"
    first._teardown()


def test_not_a_vault_gets_a_plain_message(qtbot, window, tmp_path):
    bogus = tmp_path / "notes.txt"
    bogus.write_bytes(b"x" * 1000)
    view = window.unlock_view
    view.show_open()
    view.path.setText(str(bogus))
    qtbot.keyClicks(view.passphrase, "whatever")
    with qtbot.waitSignal(window.session.unlock_failed, timeout=TIMEOUT):
        qtbot.mouseClick(view.unlock_button, LEFT)
    assert view.error.text() == "This file is not a CaseVault vault."
    assert bogus.read_bytes() == b"x" * 1000


def test_created_vault_opens_with_the_passphrase(qtbot, window, tmp_path):
    view = window.unlock_view
    view.show_create()
    path = tmp_path / "v.cvault"
    view.new_path.setText(str(path))
    qtbot.keyClicks(view.new_passphrase, "lantern otter river 8")
    qtbot.keyClicks(view.repeat, "lantern otter river 8")
    with qtbot.waitSignal(window.session.unlocked, timeout=TIMEOUT):
        qtbot.keyClick(view.repeat, Qt.Key.Key_Return)
    window.session.close()
    with Vault.open(path, "lantern otter river 8") as v:
        assert v.repos.cases.count() == 0


def test_vault_named_on_the_command_line_is_offered_but_not_remembered(qtbot, session, settings, demo_path):
    window = MainWindow(session, settings, vault_path=str(demo_path))
    window.show()
    try:
        view = window.unlock_view
        assert view.pages.currentIndex() == 0, "a named vault is opened, not created"
        assert view.path.text() == str(demo_path)
        assert not view.remember.isChecked()
        type_text(qtbot, view.passphrase, PASSPHRASE)
        with qtbot.waitSignal(window.session.unlocked, timeout=TIMEOUT):
            qtbot.mouseClick(view.unlock_button, LEFT)
        assert settings.last_vault is None
    finally:
        window._teardown()
        window.close()
        window.deleteLater()


def test_a_named_vault_puts_the_first_keystroke_in_the_passphrase_field(qtbot, session, settings, demo_path):
    """Started on a vault (command line or remembered), the user types the passphrase at once: it
    must land in the masked field, never in the path field where it would show on the screen."""
    window = MainWindow(session, settings, vault_path=str(demo_path))
    window.show()
    try:
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=TIMEOUT)
        view = window.unlock_view
        assert QApplication.focusWidget() is view.passphrase
        type_text(qtbot, QApplication.focusWidget(), PASSPHRASE)
        with qtbot.waitSignal(window.session.unlocked, timeout=TIMEOUT):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert view.path.text() == str(demo_path)
    finally:
        window._teardown()
        window.close()
        window.deleteLater()


def test_tab_from_the_vault_path_goes_to_the_passphrase_never_to_browse(qtbot, window, demo_path, dialogs):
    """A user who types the path, presses Tab and types the passphrase must type into the masked
    field: on Browse, a space in the passphrase would open a file dialog that shows the rest."""
    qtbot.waitExposed(window)
    window.activateWindow()
    view = window.unlock_view
    for page, first, second in ((view.show_open, view.path, view.passphrase),
                                (view.show_create, view.new_path, view.new_passphrase),
                                (view.show_create, view.new_passphrase, view.repeat)):
        page()
        first.setFocus()
        qtbot.waitUntil(lambda first=first: QApplication.focusWidget() is first, timeout=TIMEOUT)
        qtbot.keyClick(first, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is second
    view.show_open()
    view.path.setText(str(demo_path))
    view.path.setFocus()
    qtbot.keyClick(view.path, Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), "two words")
    assert not dialogs.shown  # no file dialog was asked for
    assert view.passphrase.text() == "two words" and view.path.text() == str(demo_path)
