"""The frame shared by the backup and bundle dialogs: a form, a file row with a Browse button, an
error line, a busy bar while the work runs on the database thread, and OK / Cancel.

Passphrase fields: read once with `take_secret`, which empties the field at once with setText("")
(QLineEdit.clear() would keep every character in the field's undo history); the text is passed on
and never kept on the dialog. `discard()` (used when the vault locks) empties them too."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ui import labels

ERROR_STYLE = "color: #b00020;"
MIN_PASSPHRASE = 8


def tr(text):
    return QCoreApplication.translate("TaskDialog", text)


def take_secret(field):
    """The text of a passphrase field, which is emptied (undo history included) before returning."""
    secret = field.text()
    field.setText("")
    return secret


class TaskDialog(QDialog):
    def __init__(self, parent, title, ok_text, name):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.form = QFormLayout()
        self.error = labels.plain_label(self, name + "Error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.busy = QProgressBar(self)
        self.busy.setObjectName(name + "Busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.stage = labels.plain_label(self, name + "Stage")  # which stage of a long task is running
        self.stage.hide()
        self.stage_texts = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setObjectName(name + "Ok")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.busy)
        self.layout_.addWidget(self.stage)
        self.layout_.addWidget(self.buttons)
        self.secrets = []
        self.meters = []
        self.running = False

    # -- building ---------------------------------------------------------------------------------

    def note(self, text, name=None):
        label = QLabel(text, self)
        label.setWordWrap(True)
        if name:
            label.setObjectName(name)
        return label

    def path_row(self, name, browse):
        """A file path field with a Browse… button calling `browse()` (which returns a path or None)."""
        edit = QLineEdit(self)
        edit.setObjectName(name)
        button = QPushButton(tr("Browse…"), self)
        button.setObjectName(name + "Browse")

        def chosen():
            path = browse()
            if path:
                edit.setText(path)

        button.clicked.connect(lambda _checked=False: chosen())
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        return edit, row

    def secret_field(self, name):
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        self.secrets.append(field)
        return field

    # -- state ------------------------------------------------------------------------------------

    def show_error(self, text):
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.fit_height()

    def fit_height(self):
        """Grow to the height the contents need at the current width: an error, the busy bar or
        the stage line appearing must not squeeze the word-wrapped notes."""
        self.layout_.activate()
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def follow_stages(self, worker, texts):
        """While this dialog's task runs, show texts[stage] for each stage the worker reports."""
        self.stage_texts = texts
        worker.progress.connect(self._show_stage)

    def _show_stage(self, stage):
        if self.running:
            self.stage.setText(self.stage_texts.get(stage, ""))
            self.stage.setVisible(bool(self.stage.text()))
            self.fit_height()

    def set_busy(self, busy):
        self.running = busy
        self.busy.setVisible(busy)
        if not busy:
            self.stage.clear()
            self.stage.hide()
        self.fit_height()
        for widget in [*self.findChildren(QLineEdit), *self.findChildren(QPushButton)]:
            widget.setEnabled(not busy)
        for widget in [*self.inputs(), *self.meters]:
            widget.setEnabled(not busy)
        if not busy:
            self.update_inputs()

    def inputs(self):
        """Other widgets to disable while busy (radio buttons, lists…)."""
        return []

    def update_inputs(self):
        """Re-apply enabled states that depend on choices (after busy ends)."""

    def strength_meter(self, field):
        """A strength meter with Show and Suggest under `field` (ui/passphrase_strength.py)."""
        from ui.passphrase_strength import StrengthMeter  # noqa: PLC0415

        meter = StrengthMeter(field, self, name=field.objectName() + "Strength")
        self.meters.append(meter)
        return meter

    def take_new_secret(self, field, repeat):
        """A new passphrase typed twice: returned when long enough, both agree, and it is strong
        enough or the user confirmed it; otherwise None, with the reason shown. Both fields are
        emptied either way (see take_secret), except when the user goes back to a weak one."""
        from ui.passphrase_strength import confirm_weak  # noqa: PLC0415

        secret, again = field.text(), repeat.text()
        if len(secret) < MIN_PASSPHRASE:
            self.show_error(tr("The passphrase needs at least 8 characters; several words are best."))
        elif secret != again:
            self.show_error(tr("The two passphrases differ. Type them again."))
        elif not confirm_weak(self, secret):
            field.setFocus()
            return None
        else:
            take_secret(field), take_secret(repeat)
            for meter in self.meters:
                meter.reset()
            return secret
        take_secret(field), take_secret(repeat)
        field.setFocus()
        return None

    def failed(self, exc):
        self.set_busy(False)
        self.show_error(labels.error_text(exc))

    def start(self):
        """OK was pressed: check the input, then run the work (subclasses)."""
        raise NotImplementedError

    def reject(self):
        if self.running:
            return  # the work is queued or running: it finishes (or the lock drops it)
        for field in self.secrets:
            field.setText("")
        super().reject()

    def finish(self):
        for field in self.secrets:
            field.setText("")
        self.running = False
        self.stage.clear()
        super().accept()

    # Asked by the window before a lock, like the case view's dialogs.
    def has_changes(self):
        return False

    def records(self):
        return []

    def discard(self):
        for field in self.secrets:
            field.setText("")
        self.running = False
        QDialog.reject(self)
