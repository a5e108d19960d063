"""Help ▸ About shows the build line that `casevault --version` prints, as copyable text."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QPushButton

from desktop.build_info import current
from ui.main_window import MainWindow


def test_about_shows_and_copies_the_build_line(qtbot, session, settings, tmp_path):
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    window.findChild(type(window.lock_action), "aboutAction").trigger()
    qtbot.waitUntil(lambda: window.findChild(QPlainTextEdit, "buildLine") is not None)
    dialog = window.findChild(QPlainTextEdit, "buildLine").window()
    qtbot.waitExposed(dialog)
    line = dialog.build_line.toPlainText()
    assert line == current().line() and line.startswith("CaseVault ")
    assert dialog.build_line.isReadOnly()
    dialog.grab().save(str(tmp_path / "about.png"))
    QGuiApplication.clipboard().clear()
    button = next(b for b in dialog.findChildren(QPushButton) if "Copy" in b.text())
    button.click()
    assert QGuiApplication.clipboard().text() == line
    dialog.close()
