"""Settings: language (applied at the next start), the idle-lock delay (applied at once), automatic
backups on close (folder, how many to keep) and, for the unlocked vault only, erasing it after too
many wrong passphrases. Each opt-in says what it stores in the settings file while it is on."""

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop.i18n import LANGUAGES
from desktop.settings import (
    DEFAULT_WIPE_AFTER,
    MAX_BACKUPS_KEPT,
    MAX_IDLE_MINUTES,
    MAX_WIPE_AFTER,
    MIN_IDLE_MINUTES,
    MIN_WIPE_AFTER,
)
from ui.messages import Button, Dialogs

WARNING_STYLE = "color: #b00020;"


class SettingsDialog(QDialog):
    def __init__(self, settings, session, parent=None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.session = session
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.idle = QDoubleSpinBox(self)
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle.setDecimals(1)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.idle_minutes)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", QLabel(self.tr("A new language applies the next time CaseVault starts."), self))
        form.addRow(self.tr("Lock after inactivity"), self.idle)
        form.addRow("", QLabel(self.tr("Ctrl+Shift+L locks at once and minimises the window."), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._backup_box())
        layout.addWidget(self._wipe_box())
        layout.addWidget(buttons)
        self._update()
        self.resize(620, self.sizeHint().height())

    # -- automatic backups ------------------------------------------------------------------------------

    def _backup_box(self):
        box = QGroupBox(self.tr("Automatic backups"), self)
        self.auto_backup = QCheckBox(self.tr("Back up the vault when I quit CaseVault with it unlocked"), box)
        self.auto_backup.setObjectName("autoBackup")
        self.auto_backup.setChecked(self.settings.auto_backup)
        self.backup_folder = QLineEdit(self.settings.backup_folder, box)
        self.backup_folder.setObjectName("backupFolder")
        browse = QPushButton(self.tr("Choose…"), box)
        browse.setObjectName("backupFolderBrowse")
        browse.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.backup_folder, 1)
        row.addWidget(browse)
        self.backups_kept = QSpinBox(box)
        self.backups_kept.setObjectName("backupsKept")
        self.backups_kept.setRange(1, MAX_BACKUPS_KEPT)
        self.backups_kept.setValue(self.settings.backups_kept)
        note = QLabel(self.tr(
            "Backups are encrypted with the vault's passphrase and checked after writing; the oldest backups of "
            "the vault beyond this number are deleted from the folder. While automatic backups are on, the "
            "folder's location is kept in CaseVault's settings file on this computer; turning them off removes "
            "it."), box)
        note.setObjectName("autoBackupNote")
        note.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.auto_backup)
        form.addRow(self.tr("Folder"), row)
        form.addRow(self.tr("Backups to keep"), self.backups_kept)
        form.addRow(note)
        self.backup_inputs = (self.backup_folder, browse, self.backups_kept)
        self.auto_backup.toggled.connect(lambda _on: self._update())
        return box

    def _choose_folder(self):
        folder = Dialogs.choose_folder(self, self.tr("Folder for automatic backups"), self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    # -- erasing after wrong passphrases ------------------------------------------------------------

    def _wipe_box(self):
        box = QGroupBox(self.tr("Erase the vault after wrong passphrases"), self)
        self.vault_path = self.session.path if self.session.is_open else None
        limit = self.settings.wipe_limit(self.vault_path) if self.vault_path else 0
        self.wipe = QCheckBox(self.tr("Erase this vault after this many wrong passphrases in a row:"), box)
        self.wipe.setObjectName("wipeEnabled")
        self.wipe.setChecked(bool(limit))
        self.wipe_after = QSpinBox(box)
        self.wipe_after.setObjectName("wipeAfter")
        self.wipe_after.setRange(MIN_WIPE_AFTER, MAX_WIPE_AFTER)
        self.wipe_after.setValue(limit or DEFAULT_WIPE_AFTER)
        row = QHBoxLayout()
        row.addWidget(self.wipe, 1)
        row.addWidget(self.wipe_after)
        warning = QLabel(self.tr(
            "Off unless you turn it on. Only for when this vault falling into the wrong hands is worse than losing "
            "it. When the number is reached, CaseVault overwrites the vault file with random data and deletes it: "
            "nothing can bring it back, so keep a backup somewhere else. It does not stop anyone who copies the "
            "file first and guesses elsewhere, and on SSDs and some file systems traces of the old data may "
            "survive. While it is on, CaseVault's settings file holds a fingerprint of this vault's location and "
            "the count of wrong passphrases."), box)
        warning.setObjectName("wipeWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet(WARNING_STYLE)
        self.wipe_locked = QLabel(self.tr("Unlock the vault to change this setting for it."), box)
        self.wipe_locked.setObjectName("wipeLockedNote")
        self.wipe_locked.setVisible(self.vault_path is None)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(warning)
        layout.addWidget(self.wipe_locked)
        self.wipe.toggled.connect(lambda _on: self._update())
        return box

    def _update(self):
        for widget in self.backup_inputs:
            widget.setEnabled(self.auto_backup.isChecked())
        self.wipe.setEnabled(self.vault_path is not None)
        self.wipe_after.setEnabled(self.vault_path is not None and self.wipe.isChecked())

    # -- saving --------------------------------------------------------------------------------------

    def accept(self):
        folder = self.backup_folder.text().strip()
        if self.auto_backup.isChecked() and not folder:
            Dialogs.error(self, self.tr("Settings"), self.tr("Choose a folder for the automatic backups."))
            return
        if self.vault_path is not None:
            was = self.settings.wipe_limit(self.vault_path)
            wanted = self.wipe_after.value() if self.wipe.isChecked() else 0
            if wanted and not was:
                answer = Dialogs.ask(self, self.tr("Erase after wrong passphrases?"), self.tr(
                    "After {n} wrong passphrases in a row, CaseVault will overwrite and delete {file}. Nothing can "
                    "bring it back. Turn this on?").format(n=wanted, file=self.vault_path.name),
                    Button.Yes | Button.Cancel, Button.Cancel)
                if answer != Button.Yes:
                    return
            if wanted != was:
                self.settings.set_wipe(self.vault_path, wanted)
        self.settings.language = self.language.currentData()
        self.settings.idle_minutes = self.idle.value()
        self.settings.set_auto_backup(self.auto_backup.isChecked(), folder, self.backups_kept.value())
        self.settings.sync()
        self.session.set_idle_minutes(self.settings.idle_minutes)
        super().accept()

    # Closed without saving when the vault locks (its wipe setting belongs to the unlocked vault).
    def has_changes(self):
        return False

    def records(self):
        return []

    def discard(self):
        super().reject()
