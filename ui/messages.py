"""The one place that shows message boxes and file dialogs, with a test hook in the manner of
KeePassXC's MessageBox::setNextAnswer: tests queue answers with `Dialogs.set_next_answer(...)`
and no box is shown; in `Dialogs.testing` mode an unanswered question fails the test instead of
blocking it, and every shown message is recorded in `Dialogs.shown`. Outside testing mode nothing
is recorded: message texts quote record summaries and names.

File dialogs are Qt's own widgets (not a desktop portal), and after each one the directory history
that Qt keeps in its shared "QtProject" settings is removed, so no vault or exhibit location is
remembered outside CaseVault's opt-in setting.

`close_all()` closes every message box and file dialog still open (as if cancelled); locking calls
it so that no question about a case stays on screen after the vault is locked."""

import os
from collections import deque

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from db import write_target

Button = QMessageBox.StandardButton


def tr(text):
    return QCoreApplication.translate("Dialogs", text)


class Dialogs:
    testing = False
    _answers = deque()
    shown = []  # testing mode only: (kind, title, text) of every box asked for, newest last

    @classmethod
    def set_next_answer(cls, answer):
        """Queue the answer of the next box or file dialog: a StandardButton for ask(), a path
        (str) or None (cancel) for a file dialog, a list of paths for open_files()."""
        cls._answers.append(answer)

    @classmethod
    def reset(cls):
        cls._answers.clear()
        cls.shown.clear()

    @classmethod
    def _take(cls, kind, title, text, default):
        if cls.testing:
            cls.shown.append((kind, title, text))
        if cls._answers:
            return True, cls._answers.popleft()
        if cls.testing:
            if kind in ("ask", "open", "save"):
                raise AssertionError(f"unanswered {kind} dialog: {title!r}: {text!r}")
            return True, default
        return False, None

    # -- message boxes ------------------------------------------------------------------------------

    @classmethod
    def ask(cls, parent, title, text, buttons=Button.Yes | Button.No, default=Button.No, informative=""):
        """A question; returns the StandardButton chosen (Escape gives `default`'s cancel role)."""
        hooked, answer = cls._take("ask", title, text + ("\n" + informative if informative else ""), default)
        if hooked:
            return answer
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # texts quote record summaries and file names
        box.setDefaultButton(default)
        if informative:
            box.setInformativeText(informative)
        result = box.exec()
        clicked = box.clickedButton()
        box.deleteLater()  # a hidden box would keep its text (which may quote a case) in the window
        if clicked is None:  # closed by close_all() (a lock): the cautious answer
            return Button.Cancel if buttons & Button.Cancel else Button.No
        return Button(result)

    @classmethod
    def error(cls, parent, title, text):
        cls._show(QMessageBox.Icon.Warning, "error", parent, title, text)

    @classmethod
    def info(cls, parent, title, text):
        cls._show(QMessageBox.Icon.Information, "info", parent, title, text)

    @classmethod
    def _show(cls, icon, kind, parent, title, text):
        hooked, _ = cls._take(kind, title, text, Button.Ok)
        if not hooked:
            box = QMessageBox(icon, title, text, Button.Ok, parent)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()
            box.deleteLater()

    # -- file dialogs -------------------------------------------------------------------------------

    @classmethod
    def open_file(cls, parent, title, name_filter=""):
        hooked, answer = cls._take("open", title, "", None)
        if hooked:
            return answer
        path, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter, options=_OPTIONS)
        _forget_file_dialog_history()
        return path or None

    @classmethod
    def open_files(cls, parent, title, name_filter=""):
        hooked, answer = cls._take("open", title, "", [])
        if hooked:
            return list(answer or [])
        paths, _ = QFileDialog.getOpenFileNames(parent, title, "", name_filter, options=_OPTIONS)
        _forget_file_dialog_history()
        return paths

    @classmethod
    def choose_folder(cls, parent, title, start=""):
        hooked, answer = cls._take("open", title, "", None)
        if hooked:
            return answer
        options = _OPTIONS | QFileDialog.Option.ShowDirsOnly
        path = QFileDialog.getExistingDirectory(parent, title, start, options=options)
        _forget_file_dialog_history()
        return path or None

    @classmethod
    def close_all(cls):
        """Cancel every open message box and file dialog (they may show case data or lead back
        into a view that a lock has just thrown away), and forget any recorded text."""
        cls.shown.clear()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, (QMessageBox, QFileDialog)) and widget.isVisible():
                widget.reject()

    @classmethod
    def save_file(cls, parent, title, suggested="", name_filter=""):
        """A file to write, or None. A vault, a vault's journal or a folder is refused with a message;
        an existing file only after the user agreed to replace it (db.write_target then lets the
        writer replace that one file)."""
        hooked, answer = cls._take("save", title, suggested, None)
        if not hooked:
            options = _OPTIONS | QFileDialog.Option.DontConfirmOverwrite  # asked below, the same way in tests
            answer, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter, options=options)
            _forget_file_dialog_history()
        if not answer:
            return None
        try:
            write_target.check(answer, consume=False)
        except write_target.ProtectedTargetError as exc:
            cls.error(parent, title, str(exc))
            return None
        except write_target.TargetExistsError:
            if cls.ask(parent, tr("Replace file?"), tr("{name} already exists. Replace it?").format(
                    name=os.path.basename(answer)), Button.Yes | Button.Cancel, Button.Cancel) != Button.Yes:
                return None
            write_target.allow_replace(answer)
        return answer


_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def _forget_file_dialog_history():
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.remove("FileDialog/history")
    qt.remove("FileDialog/lastVisited")
    qt.sync()

