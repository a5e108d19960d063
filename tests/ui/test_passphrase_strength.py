"""Choosing a passphrase: the strength is estimated and explained as it is typed, a weak one is
used only after the user confirms it, and a strong one of six random words can be suggested."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.passphrase import words
from tests.ui.conftest import TIMEOUT, type_text, unlock
from ui.messages import Button

LEFT = Qt.MouseButton.LeftButton


def create_page(qtbot, window, tmp_path):
    view = window.unlock_view
    view.show_create()
    view.new_path.setText(str(tmp_path / "new.cvault"))
    return view


def test_a_weak_passphrase_is_explained_and_needs_confirmation(qtbot, window, tmp_path, dialogs):
    view = create_page(qtbot, window, tmp_path)
    type_text(qtbot, view.new_passphrase, "password123")
    assert "Very weak" in view.strength_text.text() and "would need" in view.strength_text.text()
    assert "common password" in view.strength_text.text()
    type_text(qtbot, view.repeat, "password123")
    dialogs.set_next_answer(Button.No)
    qtbot.mouseClick(view.create_button, LEFT)
    kind, title, text = dialogs.shown[-1]
    assert kind == "ask" and title == "Weak passphrase" and "Use it anyway?" in text
    assert not (tmp_path / "new.cvault").exists()
    assert view.new_passphrase.text() == "password123", "going back keeps what was typed"
    dialogs.set_next_answer(Button.Yes)
    with qtbot.waitSignal(window.session.unlocked, timeout=TIMEOUT):
        qtbot.mouseClick(view.create_button, LEFT)
    assert (tmp_path / "new.cvault").exists()


def test_suggest_fills_in_six_random_words_shown_for_writing_down(qtbot, window, tmp_path, dialogs):
    view = create_page(qtbot, window, tmp_path)
    assert view.new_passphrase.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(view.meter.suggest_button, LEFT)
    suggested = view.new_passphrase.text()
    assert len(suggested.split()) == 6 and all(w in words() for w in suggested.split())
    assert view.new_passphrase.echoMode() == QLineEdit.EchoMode.Normal, "shown, to be written down"
    assert view.repeat.text() == "" and view.repeat.echoMode() == QLineEdit.EchoMode.Password
    assert view.strength_text.text().startswith("Strength: Strong") and "centuries" in view.strength_text.text()
    type_text(qtbot, view.repeat, suggested)
    with qtbot.waitSignal(window.session.unlocked, timeout=TIMEOUT):
        qtbot.mouseClick(view.create_button, LEFT)
    assert not [d for d in dialogs.shown if d[0] == "ask"], "a strong passphrase needs no confirmation"
    assert view.new_passphrase.echoMode() == QLineEdit.EchoMode.Password, "hidden again for the next one"


def test_the_file_name_and_author_count_as_easy_words(qtbot, window, tmp_path):
    view = create_page(qtbot, window, tmp_path)
    view.new_path.setText(str(tmp_path / "montreal-lin-xiaomei.cvault"))
    view.author.setText("Lin Xiaomei")
    type_text(qtbot, view.new_passphrase, "montreal-lin-xiaomei")
    assert "Very weak" in view.strength_text.text() or "Weak" in view.strength_text.text()


def test_a_weak_backup_or_bundle_passphrase_needs_confirmation_too(qtbot, window, demo_path, tmp_path, dialogs):
    unlock(qtbot, window, demo_path)
    dialog = window.backup_vault()
    dialog.path.setText(str(tmp_path / "b.cvault"))
    dialog.own.setChecked(True)
    type_text(qtbot, dialog.passphrase, "qwerty2024")
    assert "Strength: Weak" in dialog.meter.text.text() or "Very weak" in dialog.meter.text.text()
    type_text(qtbot, dialog.repeat, "qwerty2024")
    dialogs.set_next_answer(Button.No)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialogs.shown[-1][1] == "Weak passphrase" and not (tmp_path / "b.cvault").exists()
    dialog.discard()
    dialog = window.export_bundle()
    dialog.path.setText(str(tmp_path / "x.cvb"))
    dialog.all_cases.setChecked(True)
    type_text(qtbot, dialog.passphrase, "bundle123")
    type_text(qtbot, dialog.repeat, "bundle123")
    dialogs.set_next_answer(Button.No)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialogs.shown[-1][1] == "Weak passphrase" and not (tmp_path / "x.cvb").exists()
    dialog.discard()
