"""Vault ▸ Export bundle… and Vault ▸ Import bundle…: exchange cases with another laptop through an
encrypted .cvb file (docs/bundle.md). Export: all cases or the ticked ones, optionally only what a
peer (a vault whose bundle this one imported) has not seen yet, under a bundle passphrase typed
twice. Import: the file and its passphrase;
the merge runs in one transaction on the database thread and its report is shown afterwards."""

from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QComboBox, QLineEdit, QListView, QRadioButton

from desktop import operations_exchange as exchange
from ui import labels
from ui.messages import Dialogs
from ui.task_dialog import TaskDialog, take_secret

BUNDLE_FILTER = "CaseVault bundle (*.cvb);;*"


def tr(text):
    return QCoreApplication.translate("BundleDialogs", text)


class CaseChoiceModel(QAbstractListModel):
    """Cases as checkable rows "REFERENCE · title"; `checked` holds the ticked ids."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.choices = []
        self.checked = set()

    def set_choices(self, choices, checked=()):
        self.beginResetModel()
        self.choices = list(choices)
        known = {c.id for c in self.choices}
        self.checked = {i for i in checked if i in known}
        self.endResetModel()

    def clear(self):
        self.set_choices([])

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.choices)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.choices):
            return None
        choice = self.choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{labels.isolate(choice.reference)} · {labels.isolate(' '.join(choice.title.split()))}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if choice.id in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return choice.id
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable \
            | Qt.ItemFlag.ItemNeverHasChildren

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802 - Qt override
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        case_id = self.choices[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(case_id)
        else:
            self.checked.discard(case_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_checked(self, case_id, on=True):
        for row, choice in enumerate(self.choices):
            if choice.id == case_id:
                value = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                return self.setData(self.index(row), value.value, Qt.ItemDataRole.CheckStateRole)
        return False


class ExportBundleDialog(TaskDialog):
    """done(BundleSummary, str path) after the bundle was written."""

    done = Signal(object, str)

    def __init__(self, session, current_case_id=None, parent=None):
        super().__init__(parent, self.tr("Export bundle"), self.tr("Export"), "exportBundleDialog")
        self.session = session
        self.path, row = self.path_row("bundlePath", self._browse)
        self.all_cases = QRadioButton(self.tr("All cases, with every person, organisation and deletion"), self)
        self.all_cases.setObjectName("bundleAllCases")
        self.some_cases = QRadioButton(self.tr("Only the cases ticked below"), self)
        self.some_cases.setObjectName("bundleSomeCases")
        group = QButtonGroup(self)
        group.addButton(self.all_cases)
        group.addButton(self.some_cases)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("bundleCaseFilter")
        self.filter.setPlaceholderText(self.tr("Filter by reference or title"))
        self.filter.setClearButtonEnabled(True)
        self.model = CaseChoiceModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.cases = QListView(self)
        self.cases.setObjectName("bundleCases")
        self.cases.setModel(self.proxy)
        self.cases.setUniformItemSizes(True)  # fast with many cases
        self.cases.setMinimumHeight(160)
        self.for_peer_on = QCheckBox(self.tr("Only what this vault has not seen:"), self)
        self.for_peer_on.setObjectName("bundleForPeerOn")
        self.for_peer_on.setToolTip(self.tr(
            "Leaves out what the chosen vault already had when it made the last bundle imported here. "
            "No date is used: laptop clocks are often wrong."))
        self.peer = QComboBox(self)
        self.peer.setObjectName("bundlePeer")
        self.passphrase = self.secret_field("bundlePassphrase")
        self.repeat = self.secret_field("bundleRepeat")
        self.form.addRow(self.tr("Bundle file"), row)
        self.form.addRow("", self.all_cases)
        self.form.addRow("", self.some_cases)
        self.form.addRow("", self.filter)
        self.form.addRow("", self.cases)
        self.form.addRow(self.for_peer_on, self.peer)
        self.form.addRow(self.tr("Bundle passphrase"), self.passphrase)
        self.form.addRow("", self.strength_meter(self.passphrase))
        self.form.addRow(self.tr("Repeat passphrase"), self.repeat)
        self.form.addRow(self.note(self.tr(
            "The bundle is encrypted with this passphrase. Agree on it with the person who will import it and "
            "give it to them separately from the file, never on the same stick."), "bundleExportNote"))
        self.all_cases.toggled.connect(lambda _on: self.update_inputs())
        self.for_peer_on.toggled.connect(lambda _on: self.update_inputs())
        if current_case_id:
            self.some_cases.setChecked(True)
        else:
            self.all_cases.setChecked(True)
        self.update_inputs()
        self.resize(620, 640)
        self.follow_stages(session.worker, {
            "collect": self.tr("Gathering the cases, their records and their history…"),
            "write": self.tr("Encrypting and writing the bundle…"),
        })
        exchange.case_choices(session).success(
            lambda choices: self.model.set_choices(choices, [current_case_id] if current_case_id else [])
        ).failure(self.failed).run()
        exchange.peer_choices(session).success(self._set_peers).failure(self.failed).run()

    def _set_peers(self, peers):
        self.peer.clear()
        for peer in peers:
            self.peer.addItem(peer.label, peer.replica)
        if not peers:
            self.peer.addItem(self.tr("(no bundle imported yet)"))
        self.update_inputs()

    def _browse(self):
        return Dialogs.save_file(self, self.tr("Export bundle to"),
                                 f"cases-{QDate.currentDate().toString('yyyy-MM-dd')}.cvb", BUNDLE_FILTER)

    def inputs(self):
        return [self.all_cases, self.some_cases, self.cases, self.for_peer_on, self.peer]

    def update_inputs(self):
        some = self.some_cases.isChecked() and not self.running
        self.filter.setEnabled(some)
        self.cases.setEnabled(some)
        has_peers = self.peer.currentData() is not None
        self.for_peer_on.setEnabled(has_peers and not self.running)
        self.peer.setEnabled(has_peers and self.for_peer_on.isChecked() and not self.running)

    def start(self):
        path = self.path.text().strip()
        if not path:
            self.show_error(self.tr("Choose where to write the bundle."))
            return
        case_ids = None
        if self.some_cases.isChecked():
            case_ids = [c.id for c in self.model.choices if c.id in self.model.checked]
            if not case_ids:
                self.show_error(self.tr("Tick at least one case, or choose all cases."))
                return
        secret = self.take_new_secret(self.passphrase, self.repeat)
        if secret is None:
            return
        peer = self.peer.currentData() if self.for_peer_on.isChecked() else None
        self.show_error("")
        self.set_busy(True)

        def written(summary):
            self.finish()
            self.done.emit(summary, path)

        exchange.export_bundle(self.session, path, secret, case_ids, peer).success(written) \
            .failure(self.failed).run()

    def discard(self):
        self.model.clear()
        super().discard()


class ImportBundleDialog(TaskDialog):
    """done(ImportResult, str path) after the bundle was merged."""

    done = Signal(object, str)

    def __init__(self, session, parent=None):
        super().__init__(parent, self.tr("Import bundle"), self.tr("Import"), "importBundleDialog")
        self.session = session
        self.path, row = self.path_row("importPath", self._browse)
        self.passphrase = self.secret_field("importPassphrase")
        self.form.addRow(self.note(self.tr(
            "The bundle's cases are merged into this vault: records changed only in the bundle are updated, "
            "records changed on both sides are kept in both versions for you to choose from. Nothing is "
            "written if the bundle is damaged or the passphrase is wrong."), "bundleImportNote"))
        self.form.addRow(self.tr("Bundle file"), row)
        self.form.addRow(self.tr("Bundle passphrase"), self.passphrase)
        self.follow_stages(session.worker, {
            "read": self.tr("Decrypting and reading the bundle…"),
            "check": self.tr("Checking every record in the bundle…"),
            "merge": self.tr("Merging into this vault and updating the search index…"),
        })
        self.resize(560, self.sizeHint().height())

    def _browse(self):
        return Dialogs.open_file(self, self.tr("Import bundle"), BUNDLE_FILTER)

    def start(self):
        if self.running:
            return
        path = self.path.text().strip()
        if not path or not Path(path).is_file():
            self.show_error(self.tr("Choose the bundle file (.cvb) to import."))
            return
        secret = take_secret(self.passphrase)
        if not secret:
            self.show_error(self.tr("Type the bundle passphrase."))
            self.passphrase.setFocus()
            return
        self.show_error("")
        self.set_busy(True)

        def merged(result):
            self.finish()
            self.done.emit(result, path)

        exchange.import_bundle(self.session, path, secret).success(merged).failure(self._refused).run()

    def _refused(self, exc):
        self.failed(exc)
        self.passphrase.setFocus()


def export_text(summary, path):
    return tr("Wrote {path}: {cases} case(s), {records} record(s), {exhibits} exhibit(s), {deletions} deletion(s); "
              "encrypted, {size} bytes.").format(path=path, cases=summary.cases, records=summary.records,
                                                 exhibits=summary.exhibits, deletions=summary.tombstones,
                                                 size=f"{summary.size:,}") + "\n\n" + \
        tr("Give the bundle passphrase to the other side separately from the file.")


def merge_text(result, path):
    """The merge report in plain words."""
    r = result.report
    name = Path(path).name
    lines = []
    if r.rolled_back:
        lines.append(tr("Warning: the vault that made this bundle saw history of this vault that it no longer "
                        "holds. This vault was rolled back to an older copy, or its history was rewritten. Check "
                        "it with `casevault verify`."))
    if not r.changed:
        return "\n\n".join([*lines, tr("Nothing to merge: this vault already holds everything in {file}.")
                             .format(file=name)])
    lines += [tr("Merged {file}: {created} created, {updated} updated, {deleted} deleted, {unchanged} unchanged, "
                "{kept} kept as they are here.").format(file=name, created=r.created, updated=r.updated,
                                                        deleted=r.deleted, unchanged=r.unchanged, kept=r.kept_ours)]
    if r.joined:
        lines.append(tr("{n} record(s) had been changed the same way on both sides.").format(n=r.joined))
    if r.renamed:
        lines.append(tr("Renamed because the name was taken here:") + "\n"
                     + "\n".join(f"• {labels.notice_text(x)}" for x in r.renamed))
    if r.restored:
        lines.append(tr("{n} record(s) deleted here came back because records from the bundle need them.")
                     .format(n=len(r.restored)))
    if r.conflicts:
        lines.append(tr("{n} record(s) were changed both here and in the bundle. Both versions are kept until "
                        "you choose one in Vault ▸ Conflicts.").format(n=len(r.conflicts)))
    return "\n\n".join(lines)
