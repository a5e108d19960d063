"""Vault ▸ Back up vault…: choose a new file, keep the vault's passphrase or give the backup its own
(typed twice), then db.backup writes the copy on the database thread and checks it by reopening it
(same schema, record counts and audit-chain head). The verified result is reported in a message."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QButtonGroup, QRadioButton

from desktop import operations_exchange as exchange
from ui.messages import Dialogs
from ui.task_dialog import TaskDialog

BACKUP_FILTER = "CaseVault (*.cvault);;*"


def tr(text):
    return QCoreApplication.translate("BackupDialog", text)


class BackupDialog(TaskDialog):
    """done(BackupReport, bool own passphrase) after a verified backup; the window reports it."""

    done = Signal(object, bool)

    def __init__(self, session, parent=None):
        super().__init__(parent, self.tr("Back up vault"), self.tr("Back up"), "backupDialog")
        self.session = session
        self.path, row = self.path_row("backupPath", self._browse)
        self.same = QRadioButton(self.tr("Open it with the vault's passphrase"), self)
        self.same.setObjectName("backupSamePassphrase")
        self.own = QRadioButton(self.tr("Give it its own passphrase:"), self)
        self.own.setObjectName("backupOwnPassphrase")
        group = QButtonGroup(self)
        group.addButton(self.same)
        group.addButton(self.own)
        self.same.setChecked(True)
        self.passphrase = self.secret_field("backupPassphrase")
        self.repeat = self.secret_field("backupRepeat")
        self.own.toggled.connect(lambda _on: self.update_inputs())
        self.form.addRow(self.note(self.tr(
            "A backup is a complete, encrypted copy of this vault, checked after writing. Keep it on another "
            "medium, stored somewhere else than this computer."), "backupIntro"))
        self.form.addRow(self.tr("Backup file"), row)
        self.form.addRow("", self.same)
        self.form.addRow("", self.own)
        self.meter = self.strength_meter(self.passphrase)
        self.form.addRow(self.tr("Passphrase"), self.passphrase)
        self.form.addRow("", self.meter)
        self.form.addRow(self.tr("Repeat passphrase"), self.repeat)
        self.update_inputs()
        self.resize(560, self.sizeHint().height())

    def _browse(self):
        stem = self.session.path.stem if self.session.path else "vault"
        suggested = f"{stem}-backup-{QDate.currentDate().toString('yyyy-MM-dd')}.cvault"
        return Dialogs.save_file(self, self.tr("Back up vault to"), suggested, BACKUP_FILTER)

    def inputs(self):
        return [self.same, self.own]

    def update_inputs(self):
        own = self.own.isChecked() and not self.running
        self.passphrase.setEnabled(own)
        self.repeat.setEnabled(own)
        self.meter.setEnabled(own)

    def start(self):
        path = self.path.text().strip()
        if not path:
            self.show_error(self.tr("Choose where to write the backup."))
            return
        if Path(path).exists():
            self.show_error(self.tr("A file with this name exists already; choose a new name."))
            return
        secret = None
        own = self.own.isChecked()
        if own:
            secret = self.take_new_secret(self.passphrase, self.repeat)
            if secret is None:
                return
        self.show_error("")
        self.set_busy(True)

        def written(report):
            self.finish()
            self.done.emit(report, own)

        exchange.backup_vault(self.session, path, secret).success(written).failure(self.failed).run()


def report_text(report, own_passphrase):
    """The verified result, for the message after a backup."""
    counts = report.counts
    records = sum(v for k, v in counts.items() if k not in ("audit", "exhibit_data", "conflicts"))
    text = tr("The backup {path} was written and checked: it reopens and holds the same {records} records, "
              "{exhibits} exhibits and {entries} history entries as the vault, with the same audit-chain head."
              ).format(path=str(report.path), records=records, exhibits=counts.get("exhibits", 0),
                       entries=counts.get("audit", 0))
    return text + "\n\n" + (tr("It opens with its own passphrase.") if own_passphrase
                            else tr("It opens with the vault's passphrase."))
