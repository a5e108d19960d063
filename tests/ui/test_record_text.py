"""Record text is shown as text: markup in every field of a case (as an import or a bundle could
bring it) shows literally in every label, cell, tooltip and message, and no file it names is
opened; bidi controls in it never reorder the text around it."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from tests.conftest import PASSPHRASE
from tests.security.hostile_case import BIDI, REFERENCE, build
from tests.ui.conftest import TIMEOUT, open_case, unlock
from ui import labels
from ui.messages import Button, Dialogs

_PARAGRAPHS = re.compile("\r\n|[\n\r\x1c-\x1e\x85\u2029]")


def contained(text):
    """Every bidi control sits inside an isolate that closes on the same line, and no PDI closes
    an isolate it did not open: then nothing in the text can reorder what lies outside it."""
    for line in _PARAGRAPHS.split(text):
        depth = 0
        for char in line:
            if char in "\u2066\u2067\u2068":
                depth += 1
            elif char == "\u2069":
                if not depth:
                    return False
                depth -= 1
            elif char in "\u202a\u202b\u202c\u202d\u202e" and not depth:
                return False
        if depth:
            return False
    return True


def test_the_containment_check_can_fail():
    assert not contained("a" + BIDI + "b")
    assert not contained("\u2068a\u2069\u2069\u202eb")
    assert contained(labels.isolate("a" + BIDI + "b\nc\u202e"))


def hostile_case(qtbot, window, tmp_path):
    marker = tmp_path / "marker.png"
    marker.write_bytes(b"\x89PNG\r\n\x1a\n")
    path = tmp_path / "hostile.cvault"
    build(path, PASSPHRASE, marker)
    unlock(qtbot, window, path)
    return open_case(qtbot, window, REFERENCE)


def models(window, view):
    yield window.workspace.case_list.model
    for tab in (view.people, view.chronology, view.sources, view.exhibits, view.interventions, view.notes,
                view.tasks, view.history, *view.proceedings.tabs()):
        yield tab.model


def test_markup_in_every_field_shows_as_text_in_every_view(qtbot, window, tmp_path):
    view = hostile_case(qtbot, window, tmp_path)
    assert "<img src=" in view.header.text() and view.header.textFormat() == Qt.TextFormat.PlainText
    assert contained(view.header.text())
    shown = 0
    for model in models(window, view):
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                text = model.data(index, Qt.ItemDataRole.DisplayRole) or ""
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole) or ""
                assert contained(text), (model, row, column, text)
                assert "<img" not in tip and "<a " not in tip and "<b>" not in tip, tip
                shown += "<img src=" in text
    assert shown >= 15  # case list, every tab, the history
    for tab in (view.people, view.chronology, view.sources, view.exhibits, view.interventions, view.notes,
                view.tasks, *view.proceedings.tabs()):
        if tab is view.interventions or tab in view.proceedings.tabs():
            view.tabs.setCurrentWidget(view.proceedings)
            view.proceedings.pages.setCurrentWidget(tab)
        else:
            view.tabs.setCurrentWidget(tab if tab not in (view.notes, view.tasks) else tab.parentWidget())
        tab.select(tab.model.records[0].id)
    view.edit_incident(view.ctx.file.incidents[0])
    qtbot.waitUntil(lambda: view.dialogs and view.dialogs[-1].isVisible(), timeout=TIMEOUT)
    assert "&lt;img" in view.exhibits.details.text()
    assert view.chronology.detail.toPlainText().count("<img src=") >= 2
    literal = [w for w in QApplication.allWidgets() if isinstance(w, QLabel) and "<img" in w.text()]
    assert literal, "the header at least shows the markup"
    for label in literal:
        assert label.textFormat() == Qt.TextFormat.PlainText, (label.objectName(), label.text())
    window.grab()  # paint everything once: nothing may try to load the image


def test_messages_quoting_record_text_are_plain_and_isolated(qtbot, window, tmp_path, dialogs):
    view = hostile_case(qtbot, window, tmp_path)
    note = view.ctx.file.notes[0]
    dialogs.set_next_answer(Button.Cancel)
    view.delete_record(note)
    (_kind, _title, text), = dialogs.shown
    assert "<img src=" in text and contained(text)
    assert text.endswith("”?")  # the closing quote stays after the note, whatever the note holds

    seen = []

    def inspect():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.extend((label.text(), label.textFormat()) for label in box.findChildren(QLabel) if label.text())
        box.reject()

    Dialogs.testing = False
    try:
        QTimer.singleShot(0, inspect)
        view.delete_record(note)
    finally:
        Dialogs.testing = True
    quoted = [fmt for text, fmt in seen if "<img" in text]
    assert quoted and all(fmt == Qt.TextFormat.PlainText for fmt in quoted)


def test_a_control_in_one_name_does_not_move_the_other_name():
    from bidi import get_display

    from db.models import Person

    person = Person(name="Xie \u202eWeidong", name_original="谢卫东")
    assert get_display(labels.person_name(person)).endswith("谢卫东")
    assert get_display(labels.record_summary(person) + " (target)").endswith(" (target)")
    assert not get_display(labels.isolate(person.display_name())).endswith("谢卫东")  # why each is isolated
