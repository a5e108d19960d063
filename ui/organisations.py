"""Organisations of the whole vault (perpetrator units, stations, agencies): listed, created,
edited and deleted here; incidents pick their actors from them."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from db import vocab
from db.models import Organisation
from desktop import operations as ops
from desktop import operations_case as case_ops
from ui import labels
from ui.fields import organisation_fields
from ui.forms import RecordDialog
from ui.messages import Button, Dialogs
from ui.record_table import Column, RecordTab


class OrganisationsDialog(QDialog):
    """changed(): an organisation was created, edited or deleted."""

    changed = Signal()

    def __init__(self, session, parent=None, open_dialog=None):
        super().__init__(parent)
        self.setObjectName("organisationsDialog")
        self.setWindowTitle(self.tr("Organisations"))
        self.session = session
        self._open_dialog = open_dialog
        self.table = RecordTab("organisations", [
            Column(self.tr("Name"), lambda o: o.name, stretch=True),
            Column(self.tr("Original name"), lambda o: o.name_original),
            Column(self.tr("Kind"), lambda o: labels.vocab_label(vocab.ORGANISATION_KIND, o.kind)),
            Column(self.tr("Level"), lambda o: labels.vocab_label(vocab.ORGANISATION_LEVEL, o.level)),
            Column(self.tr("City"), lambda o: o.city),
            Column(self.tr("Country"), lambda o: o.country),
        ], self.tr("New organisation…"), self)
        self.table.add_requested.connect(lambda: self.edit(Organisation(name=""), True))
        self.table.edit_requested.connect(self.edit)
        self.table.delete_requested.connect(self.delete)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.reload()

    def reload(self):
        case_ops.list_organisations(self.session).success(
            lambda orgs: self.table.set_records(orgs, self.tr("No organisation recorded yet."))).run()

    def edit(self, organisation, new=False):
        def save(records, dialog):
            def done(_):
                dialog.saved()
                self.reload()
                self.changed.emit()

            ops.save_records(self.session, records).success(done).failure(dialog.failed).run()

        title = self.tr("New organisation") if new else self.tr("Edit organisation")
        others = [(o.id, labels.isolate(o.name or o.name_original)) for o in self.table.model.records
                  if o.id != organisation.id]
        dialog = RecordDialog(self, title, [(organisation, organisation_fields(others))], save)
        dialog.setObjectName("organisationDialog")
        if self._open_dialog is not None:
            self._open_dialog(dialog)
        else:
            dialog.open()

    def delete(self, organisation):
        answer = Dialogs.ask(self, self.tr("Delete organisation?"),
                             self.tr("Delete “{name}”?").format(name=labels.record_summary(organisation)),
                             Button.Yes | Button.Cancel, Button.Cancel)
        if answer != Button.Yes:
            return

        def done(_):
            self.reload()
            self.changed.emit()

        ops.delete_records(self.session, [organisation]).success(done).failure(
            lambda exc: Dialogs.error(self, self.tr("Cannot delete"), labels.error_text(exc))).run()

    # The case view keeps its dialogs in a list and asks these before a lock.
    def has_changes(self):
        return False

    def records(self):
        return []

    def discard(self):
        self.table.model.clear()
        super().reject()
