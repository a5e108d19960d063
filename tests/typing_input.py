"""Typing into a real widget as a person does, for tests and the scripted app session: ASCII
through key clicks, other scripts the way an input method commits them (QTest's key clicks only
know ASCII)."""

from __future__ import annotations


def type_like_a_person(widget, text: str) -> None:
    from PySide6.QtGui import QInputMethodEvent  # noqa: PLC0415 - Qt only once a test types
    from PySide6.QtTest import QTest  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    run = ""
    for ch in text + "\0":
        if ch != "\0" and ch.isascii():
            run += ch
            continue
        if run:
            QTest.keyClicks(widget, run)
            run = ""
        if ch != "\0":
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)
