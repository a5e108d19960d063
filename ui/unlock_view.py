"""The view shown while no vault is open: open an existing vault (the last one is offered only if
the user allowed remembering it) or create a new one (passphrase twice, a strength hint, and a
plain warning that a forgotten passphrase cannot be recovered). While key derivation runs on the
database thread, a busy bar shows and the inputs are disabled.

The passphrase fields are emptied as soon as their text has been handed over, with setText(""):
QLineEdit.clear() would keep every character in the field's undo history."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.messages import Dialogs
from ui.passphrase_strength import StrengthMeter, confirm_weak

VAULT_FILTER = "CaseVault (*.cvault);;*"
ERROR_STYLE = "color: #b00020;"


class UnlockView(QWidget):
    """Signals: unlock_requested(path, passphrase, remember); create_requested(path, passphrase,
    author, remember)."""

    unlock_requested = Signal(str, str, bool)
    create_requested = Signal(str, str, str, bool)

    def __init__(self, last_vault=None, parent=None):
        super().__init__(parent)
        self.setObjectName("unlockView")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._open_page(last_vault))
        self.pages.addWidget(self._create_page())
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busy")
        self.busy.setRange(0, 0)  # indeterminate: key derivation gives no progress
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(320)
        self.busy.hide()
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.pages)
        column.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignHCenter)
        row.addLayout(column, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.show_open() if last_vault else None

    # -- pages -------------------------------------------------------------------------------------

    def _title(self, text, parent):
        label = QLabel(text, parent)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        label.setFont(font)
        return label

    def _open_page(self, last_vault):
        page = QWidget(self)
        self.path = QLineEdit(last_vault or "", page)
        self.path.setObjectName("vaultPath")
        browse = QPushButton(self.tr("Browse…"), page)
        browse.setObjectName("browseVault")
        browse.clicked.connect(self._browse_open)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.passphrase = QLineEdit(page)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self._unlock)
        self.remember = QCheckBox(self.tr("Remember this vault's location on this computer"), page)
        self.remember.setObjectName("rememberVault")
        self.remember.setChecked(bool(last_vault))
        self.unlock_button = QPushButton(self.tr("Unlock"), page)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.error = labels.plain_label(page, "unlockError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.notice = labels.plain_label(page, "lockNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        to_create = QPushButton(self.tr("Create a new vault…"), page)
        to_create.setObjectName("toCreate")
        to_create.setFlat(True)
        to_create.clicked.connect(self.show_create)
        form = QFormLayout()
        form.addRow(self.tr("Vault file"), path_row)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.remember)
        layout = QVBoxLayout(page)
        layout.addWidget(self._title(self.tr("Open your vault"), page))
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(to_create)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        self.open_inputs = (self.path, browse, self.passphrase, self.remember, self.unlock_button, to_create)
        # Tab from the path goes to the passphrase, never to Browse: a passphrase typed on would
        # otherwise open a file dialog (Space) and show the rest of it in clear.
        self._chain(self.path, self.passphrase, self.remember, self.unlock_button, browse, to_create)
        return page

    def _create_page(self):
        page = QWidget(self)
        self.new_path = QLineEdit(page)
        self.new_path.setObjectName("newVaultPath")
        choose = QPushButton(self.tr("Choose…"), page)
        choose.clicked.connect(self._browse_create)
        path_row = QHBoxLayout()
        path_row.addWidget(self.new_path, 1)
        path_row.addWidget(choose)
        self.new_passphrase = QLineEdit(page)
        self.new_passphrase.setObjectName("newPassphrase")
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(page)
        self.repeat.setObjectName("repeatPassphrase")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.returnPressed.connect(self._create)
        self.author = QLineEdit(page)
        self.author.setObjectName("author")
        self.author.setPlaceholderText(self.tr("shown in the history of every change (optional)"))
        self.new_remember = QCheckBox(self.tr("Remember this vault's location on this computer"), page)
        self.meter = StrengthMeter(self.new_passphrase, page, self._known_words)
        self.strength_bar, self.strength_text = self.meter.bar, self.meter.text
        warning = QLabel(self.tr("Write the passphrase down and keep it somewhere safe. If it is forgotten, the "
                                 "vault cannot be opened by anyone: there is no reset and no recovery."), page)
        warning.setObjectName("forgottenWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet("font-weight: bold;")
        self.create_error = labels.plain_label(page, "createError")
        self.create_error.setStyleSheet(ERROR_STYLE)
        self.create_error.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create vault"), page)
        self.create_button.setObjectName("createButton")
        self.create_button.clicked.connect(self._create)
        to_open = QPushButton(self.tr("Open an existing vault…"), page)
        to_open.setFlat(True)
        to_open.clicked.connect(self.show_open)
        form = QFormLayout()
        form.addRow(self.tr("New vault file"), path_row)
        form.addRow(self.tr("Passphrase"), self.new_passphrase)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat passphrase"), self.repeat)
        form.addRow(self.tr("Your name"), self.author)
        form.addRow("", self.new_remember)
        layout = QVBoxLayout(page)
        layout.addWidget(self._title(self.tr("Create a new vault"), page))
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.create_error)
        buttons = QHBoxLayout()
        buttons.addWidget(to_open)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.create_inputs = (self.new_path, choose, self.new_passphrase, self.repeat, self.author,
                              self.new_remember, self.create_button, to_open, self.meter)
        self._chain(self.new_path, self.new_passphrase, self.repeat, self.author, self.new_remember,
                    self.create_button, self.meter.show_box, self.meter.suggest_button, choose, to_open)
        return page

    def _known_words(self):
        """Words an attacker may know, which make a passphrase easier to guess."""
        return (Path(self.new_path.text().strip()).stem, self.author.text().strip())

    def _chain(self, *widgets):
        for first, second in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def show_open(self):
        self.pages.setCurrentIndex(0)
        self._focus_first_field()

    def show_create(self):
        self.pages.setCurrentIndex(1)
        self._focus_first_field()

    def showEvent(self, event):  # noqa: N802 - Qt's name
        # Focus given before the window is first shown does not hold: Qt then focuses the first
        # field in tab order, the vault path, and a passphrase typed at once would show there.
        super().showEvent(event)
        self._focus_first_field()

    def _focus_first_field(self):
        if self.pages.currentIndex() == 1:
            self.new_path.setFocus()
        else:
            (self.passphrase if self.path.text() else self.path).setFocus()

    # -- actions ------------------------------------------------------------------------------------

    def _browse_open(self):
        path = Dialogs.open_file(self, self.tr("Open vault"), VAULT_FILTER)
        if path:
            self.path.setText(path)
            self.passphrase.setFocus()

    def _browse_create(self):
        path = Dialogs.save_file(self, self.tr("New vault"), "casework.cvault", VAULT_FILTER)
        if path:
            self.new_path.setText(path)
            self.new_passphrase.setFocus()

    def _unlock(self):
        path, secret = self.path.text().strip(), self.passphrase.text()
        if not path:
            self.error.setText(self.tr("Choose the vault file first."))
            self.path.setFocus()
            return
        if not secret:
            self.error.setText(self.tr("Type the passphrase."))
            self.passphrase.setFocus()
            return
        self.error.clear()
        self.passphrase.setText("")
        self.unlock_requested.emit(path, secret, self.remember.isChecked())

    def _create(self):
        path, secret = self.new_path.text().strip(), self.new_passphrase.text()
        problem = ""
        if not path:
            problem, focus = self.tr("Choose where to create the vault."), self.new_path
        elif len(secret) < 8:
            problem, focus = self.tr("The passphrase needs at least 8 characters; several words are best."), \
                self.new_passphrase
        elif secret != self.repeat.text():
            problem, focus = self.tr("The two passphrases differ. Type them again."), self.repeat
        if problem:
            self.create_error.setText(problem)
            focus.setFocus()
            return
        if not confirm_weak(self, secret, self._known_words()):
            self.new_passphrase.setFocus()
            return
        self.create_error.clear()
        self.new_passphrase.setText("")
        self.repeat.setText("")
        self.meter.reset()
        self.create_requested.emit(path, secret, self.author.text().strip(), self.new_remember.isChecked())

    # -- state from the window --------------------------------------------------------------------------

    def set_busy(self, busy):
        self.busy.setVisible(busy)
        for widget in self.open_inputs + self.create_inputs:
            widget.setEnabled(not busy)

    def show_error(self, text):
        """A failed open or create: say why and put the cursor back where the user can retry."""
        self.set_busy(False)
        if self.pages.currentIndex() == 0:
            self.error.setText(text)
            self.passphrase.setFocus()
        else:
            self.create_error.setText(text)
            self.new_passphrase.setFocus()

    def show_notice(self, text):
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def prepare_for(self, path):
        """After a lock: the same vault, an empty passphrase field with the focus."""
        self.set_busy(False)
        self.pages.setCurrentIndex(0)
        if path:
            self.path.setText(str(path))
        self.passphrase.setText("")
        self.error.clear()
        self.passphrase.setFocus()
