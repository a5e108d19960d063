"""The sheet import wizard (Vault > Import spreadsheet…): choose a CSV or XLSX file and a mapping
(guessed from the headers, a ready one, or one saved before), check the columns, look at the dry
run (every problem by row and column, values to map once, persons that may be one person), then
import in one transaction. The mapping can be saved at any step and reused.

All vault work goes through desktop.operations_tables on the database thread; the wizard only
shows what comes back. Sheet text is shown as plain text (cells are record text)."""

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from db.errors import VaultError
from desktop import operations_tables as tables
from desktop.worker import Cancelled
from exporters.tables_mapping import (
    FIELDS,
    RELATION_WORDS,
    RELATIVE_SLOTS,
    Mapping,
    guess_mapping,
    load_mapping,
    ready_mapping,
    relative_field,
    relative_slot,
    save_mapping,
)
from exporters.tables_values import FIELD_VOCABULARIES
from ui.labels import error_text, isolate, notice_text, plain_label, vocab_items
from ui.messages import Button, Dialogs

SHEET_FILTER = "Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"
MAPPING_FILTER = "Mappings (*.json)"


def tr(text):
    return QCoreApplication.translate("ImportTableWizard", text)


def field_labels():
    """Each field a column can fill, as the user reads it."""
    return {
        "ignore": tr("(not imported)"), "case.key": tr("Case: key (groups the rows of one case)"),
        "case.id": tr("Case: CaseVault id"), "record.version": tr("CaseVault version of the row"),
        "case.reference": tr("Case: reference"), "case.title": tr("Case: title"),
        "case.status": tr("Case: status"), "case.priority": tr("Case: priority"),
        "case.confidentiality": tr("Case: confidentiality"), "case.origin_country": tr("Case: origin state"),
        "case.host_country": tr("Case: host country"), "case.region": tr("Case: region"),
        "case.campaign": tr("Case: campaign"), "case.summary": tr("Case: summary"), "case.outcome": tr("Case: outcome"),
        "case.tags": tr("Case: tags"), "target.name": tr("Target: name (Latin script)"),
        "target.name_original": tr("Target: name (original script)"), "target.aliases": tr("Target: other names"),
        "target.sex": tr("Target: sex"), "target.birth_date": tr("Target: date of birth"),
        "target.citizenships": tr("Target: citizenships"), "target.residence_status": tr("Target: residence status"),
        "target.occupation": tr("Target: occupation"), "target.categories": tr("Target: category"),
        "target.consent": tr("Target: consent"), "target.kind": tr("Target: individual or group"),
        "target.group_size": tr("Target: number of people"), **relative_labels(),
        "incident.id": tr("Incident: CaseVault id"),
        "incident.key": tr("Incident: key"), "incident.tactic": tr("Incident: tactic"),
        "incident.date": tr("Incident: date"), "incident.date_end": tr("Incident: end date"),
        "incident.country": tr("Incident: country"), "incident.city": tr("Incident: city"),
        "incident.description": tr("Incident: description"), "incident.verification": tr("Incident: verification"),
        "incident.host_involvement": tr("Incident: host state's part"), "source.citation": tr("Source: citation"),
        "source.url": tr("Source: URL"), "source.kind": tr("Source: kind"), "source.date": tr("Source: date"),
        "outcome.outcome": tr("Outcome"), "outcome.date": tr("Outcome: date"),
    }


def relative_labels():
    """The fields of each relative slot (a slot is one column's persons: "Father", "Relative 2")."""
    parts = {"name": tr("Relative {n}: name (Latin script)"),
             "name_original": tr("Relative {n}: name (original script)"), "relation": tr("Relative {n}: relation"),
             "role": tr("Relative {n}: role in the case"),
             "sex": tr("Relative {n}: sex"), "birth_date": tr("Relative {n}: date of birth"),
             "consent": tr("Relative {n}: consent"), "notes": tr("Relative {n}: notes")}
    return {relative_field(n, part): text.format(n=n) for n in range(1, RELATIVE_SLOTS + 1)
            for part, text in parts.items()}


def relation_words():
    """The relations a relative slot can be given when no column gives them."""
    labels = {"father": tr("Father"), "mother": tr("Mother"), "son": tr("Son"), "daughter": tr("Daughter"),
              "brother": tr("Brother"), "sister": tr("Sister"), "husband": tr("Husband"), "wife": tr("Wife")}
    return {word: labels[word] for word in RELATION_WORDS}


def ready_names():
    return {"safeguard_defenders_returns": tr("Safeguard Defenders-style list of returns"),
            "freedom_house_incidents": tr("Freedom House-style list of incidents"),
            "casevault_cases": tr("CaseVault workbook: Cases sheet"),
            "casevault_incidents": tr("CaseVault workbook: Incidents sheet")}


class FilePage(QWizardPage):
    """The sheet and the mapping to start from."""

    def __init__(self, wizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(tr("Choose a spreadsheet"))
        self.setSubTitle(tr("A CSV or XLSX file, and how its columns become cases. Nothing is written until the "
                            "last step."))
        self.path = QLineEdit(self)
        self.path.setObjectName("tablePath")
        self.path.setReadOnly(True)
        browse = QPushButton(tr("&Choose…"), self)
        browse.setObjectName("tablePathBrowse")
        browse.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("tableSheet")
        self.sheet.setEnabled(False)
        self.sheet.activated.connect(lambda _n: self.read(self.sheet.currentText()))
        self.mapping = QComboBox(self)
        self.mapping.setObjectName("tableMapping")
        self.mapping.addItem(tr("Guess from the column headers"), "")
        for key, name in ready_names().items():
            self.mapping.addItem(name, key)
        load = QPushButton(tr("&Open a saved mapping…"), self)
        load.setObjectName("tableMappingOpen")
        load.clicked.connect(self.open_mapping)
        mrow = QHBoxLayout()
        mrow.addWidget(self.mapping, 1)
        mrow.addWidget(load)
        self.status = plain_label(self, "tableReadStatus")
        self.status.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(tr("File:"), row)
        form.addRow(tr("Sheet:"), self.sheet)
        form.addRow(tr("Mapping:"), mrow)
        form.addRow(self.status)

    def choose(self):
        path = Dialogs.open_file(self, tr("Import spreadsheet"), SHEET_FILTER)
        if path:
            self.path.setText(path)
            self.read(None)

    def read(self, sheet):
        self.w.table = None
        self.completeChanged.emit()
        self.status.setText(tr("Reading…"))

        def done(table):
            self.w.table = table
            self.sheet.blockSignals(True)
            self.sheet.clear()
            self.sheet.addItems(table.sheets)
            self.sheet.setCurrentText(table.sheet)
            self.sheet.setEnabled(bool(table.sheets))
            self.sheet.blockSignals(False)
            text = tr("{rows} row(s), {columns} column(s).").format(rows=len(table.rows), columns=len(table.headers))
            if table.encoding:
                text += " " + tr("Read as {encoding} text.").format(encoding=notice_text(table.encoding))
            self.status.setText(text)
            self.completeChanged.emit()

        def failed(exc):
            self.status.setText(tr("This file cannot be imported: {error}").format(error=error_text(exc)))

        tables.read_sheet(self.w.session, self.path.text(), sheet).success(done).failure(failed).run()

    def open_mapping(self):
        path = Dialogs.open_file(self, tr("Open a mapping"), MAPPING_FILTER)
        if not path:
            return
        try:
            self.w.loaded = load_mapping(path)
        except Exception as exc:  # noqa: BLE001 - ValidationError or an unreadable file: said, not raised
            Dialogs.error(self, tr("Open a mapping"), error_text(exc))
            return
        self.mapping.addItem(self.w.loaded.name or path, "file:" + path)
        self.mapping.setCurrentIndex(self.mapping.count() - 1)

    def isComplete(self):  # noqa: N802 - Qt override
        return self.w.table is not None

    def validatePage(self):  # noqa: N802 - Qt override
        choice = self.mapping.currentData()
        if not choice:
            self.w.mapping = guess_mapping(self.w.table.headers, self.w.name())
        elif choice.startswith("file:"):
            self.w.mapping = self.w.loaded
        else:
            self.w.mapping = ready_mapping(choice)
        return True


class ColumnsPage(QWizardPage):
    """One line per column: an example value, the field it fills and, for a relative's name, the
    relation of that relative when no column gives it (a "Father" column: father)."""

    def __init__(self, wizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(tr("Match the columns"))
        self.setSubTitle(tr("Choose what each column holds. The key column names the case of each row. Each "
                            "relative's column is a person of its own: give the relation where the column says it."))
        self.rows = QComboBox(self)
        self.rows.setObjectName("tableRows")
        self.rows.addItem(tr("One row per case"), "case")
        self.rows.addItem(tr("One row per incident, grouped into cases by the key"), "incident")
        self.key = QComboBox(self)
        self.key.setObjectName("tableKey")
        self.grid = QTableWidget(0, 4, self)
        self.grid.setObjectName("tableColumns")
        self.grid.setHorizontalHeaderLabels([tr("Column"), tr("First value"), tr("Imported as"), tr("Relation")])
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):  # the choices whole; the sheet's text takes what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().hide()
        save = QPushButton(tr("&Save mapping…"), self)
        save.setObjectName("tableMappingSave")
        save.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(tr("Rows:"), self.rows)
        form.addRow(tr("Key column:"), self.key)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.grid, 1)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
        self.combos = []
        self.relations = []  # per row: the relation of the relative slot the row names, shown for those rows
        self.slot_relations = {}  # slot -> relation word or vocabulary key (None: from a column)

    def initializePage(self):  # noqa: N802 - Qt override
        table, mapping = self.w.table, self.w.mapping
        labels = field_labels()
        self.rows.setCurrentIndex(max(0, self.rows.findData(mapping.rows)))
        self.key.clear()
        self.key.addItems(table.headers)
        self.key.setCurrentText(mapping.key if mapping.key in table.headers else table.headers[0])
        self.grid.setRowCount(len(table.headers))
        self.combos, self.relations = [], []
        self.slot_relations = {n: mapping.defaults.get(relative_field(n, "relation")) or None
                               for n in range(1, RELATIVE_SLOTS + 1)}
        first = table.rows[0] if table.rows else [""] * len(table.headers)
        for n, header in enumerate(table.headers):
            self.grid.setItem(n, 0, QTableWidgetItem(isolate(header)))
            self.grid.setItem(n, 1, QTableWidgetItem(isolate(first[n][:80])))
            combo = QComboBox(self.grid)
            combo.setObjectName(f"tableField{n}")
            combo.setMaxVisibleItems(24)
            group = None
            for field in FIELDS:
                if field.split(".")[0] != group and group is not None:
                    combo.insertSeparator(combo.count())
                group = field.split(".")[0]
                combo.addItem(labels.get(field, field), field)
            combo.setCurrentIndex(max(0, combo.findData(mapping.columns.get(header, "ignore"))))
            combo.currentIndexChanged.connect(self.show_relations)
            self.grid.setCellWidget(n, 2, combo)
            self.combos.append(combo)
            cell = QWidget(self.grid)  # the view shows its cell widgets: the choice inside is shown or hidden
            relation = QComboBox(cell)
            relation.setObjectName(f"tableRelation{n}")
            relation.addItem(tr("(from a column)"), None)
            for key, label in relation_words().items():
                relation.addItem(label, key)
            relation.insertSeparator(relation.count())
            for key, label in vocab_items(FIELD_VOCABULARIES["relative.relation"]):
                relation.addItem(label, key)
            relation.currentIndexChanged.connect(lambda _index, row=n: self.relation_chosen(row))
            box = QHBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(relation)
            self.grid.setCellWidget(n, 3, cell)
            self.relations.append(relation)
        self.show_relations()

    def named_slot(self, row):
        """The relative slot whose persons the row's column names, or None."""
        slot = relative_slot(self.combos[row].currentData() or "")
        return slot[0] if slot and slot[1] in ("name", "name_original") else None

    def show_relations(self):
        """A relation choice beside each column that names relatives, showing its slot's relation."""
        for row, relation in enumerate(self.relations):
            slot = self.named_slot(row)
            relation.setVisible(slot is not None)
            if slot is None:
                continue
            value = self.slot_relations.get(slot)
            index = relation.findData(value)
            relation.blockSignals(True)
            if index < 0:  # a relation typed in a mapping file
                relation.addItem(isolate(value), value)
                index = relation.count() - 1
            relation.setCurrentIndex(index)
            relation.blockSignals(False)

    def relation_chosen(self, row):
        slot = self.named_slot(row)
        if slot is not None:
            self.slot_relations[slot] = self.relations[row].currentData()
            self.show_relations()  # the slot's other columns ("Father", "Father (Chinese)") say the same

    def apply(self):
        """The mapping as the page shows it."""
        m = self.w.mapping
        m.rows = self.rows.currentData()
        m.key = self.key.currentText()
        m.columns = {h: c.currentData() for h, c in zip(self.w.table.headers, self.combos, strict=True)
                     if c.currentData() != "ignore"}
        if m.key not in m.columns:
            m.columns[m.key] = "case.key"
        named = {self.named_slot(row) for row in range(len(self.combos))}
        for slot, value in self.slot_relations.items():
            if slot in named and value:
                m.defaults[relative_field(slot, "relation")] = value
            else:
                m.defaults.pop(relative_field(slot, "relation"), None)
        return m

    def save(self):
        path = Dialogs.save_file(self, tr("Save mapping"), f"{self.w.name()}.json", MAPPING_FILTER)
        if not path:
            return
        try:
            save_mapping(self.apply(), path)
        except VaultError as exc:  # the disk refused it (full, read-only, removed): said, not raised
            Dialogs.error(self, tr("Save mapping"), error_text(exc))

    def validatePage(self):  # noqa: N802 - Qt override
        self.apply()
        return True


class CheckPage(QWizardPage):
    """The dry run: a summary, every problem, values to map, persons that may be one."""

    def __init__(self, wizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(tr("Check before importing"))
        self.setSubTitle(tr("A dry run: nothing has been written yet."))
        self.summary = plain_label(self, "tableSummary")
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 3, self)
        self.problems.setObjectName("tableProblems")
        self.problems.setHorizontalHeaderLabels([tr("Row"), tr("Column"), tr("Problem")])
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.verticalHeader().hide()
        self.unmatched = QTableWidget(0, 2, self)
        self.unmatched.setObjectName("tableUnmatched")
        self.unmatched.setHorizontalHeaderLabels([tr("Value in the sheet"), tr("Import as")])
        self.unmatched.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.unmatched.verticalHeader().hide()
        self.duplicates = QListWidget(self)
        self.duplicates.setObjectName("tableDuplicates")
        self.again = QPushButton(tr("Check &again"), self)
        self.again.setObjectName("tableCheckAgain")
        self.again.clicked.connect(self.check)
        save = QPushButton(tr("&Save mapping…"), self)
        save.setObjectName("tableMappingSave2")
        save.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(save)
        buttons.addWidget(self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(tr("Problems, by row and column:"), self))
        layout.addWidget(self.problems, 2)
        layout.addWidget(QLabel(tr("Values to map once (saved in the mapping):"), self))
        layout.addWidget(self.unmatched, 1)
        layout.addWidget(QLabel(tr("Persons who may be one person (tick to merge them):"), self))
        layout.addWidget(self.duplicates, 1)
        layout.addLayout(buttons)
        self.plan = None
        self._value_combos = []

    def initializePage(self):  # noqa: N802 - Qt override
        self.check()

    def save(self):
        self._take_values()  # the values chosen since the last check go into the saved mapping too
        self.w.columns_page.save()

    def merge(self):
        return {n for n in range(self.duplicates.count())
                if self.duplicates.item(n).checkState() == Qt.CheckState.Checked}

    def check(self):
        self._take_values()
        self.plan = None
        self.completeChanged.emit()
        self.summary.setText(tr("Checking every row…"))
        tables.plan_table(self.w.session, self.w.table, self.w.mapping, self.merge()) \
            .success(self.show_plan).failure(lambda exc: self.summary.setText(error_text(exc))).run()

    def _take_values(self):
        """The user's choices for unmatched values go into the mapping."""
        for field, typed, combo in self._value_combos:
            key = combo.currentData()
            if key is None:
                continue
            if field in ("case.host_country", "case.origin_country", "incident.country", "target.citizenships"):
                self.w.mapping.countries[typed] = key
            else:
                self.w.mapping.values.setdefault(field, {})[typed] = key

    def show_plan(self, planned):
        plan = self.plan = planned.plan
        merged = self.merge()
        text = tr("{rows} row(s): {created} record(s) to create, {updated} to change, {unchanged} unchanged; "
                  "{errors} error(s), {warnings} warning(s).").format(
            rows=plan.rows, created=sum(plan.created.values()), updated=sum(plan.updated.values()),
            unchanged=plan.unchanged, errors=len(plan.errors), warnings=len(plan.problems) - len(plan.errors))
        if plan.kept:
            text += " " + tr("{kept} record(s) changed in the vault since the sheet last said otherwise: "
                             "the vault's values are kept.").format(kept=plan.kept)
        if plan.conflicts:
            text += " " + tr("{conflicts} record(s) changed both in the sheet and in the vault: each becomes a "
                             "conflict to resolve, and the vault's version stays until then.").format(
                conflicts=sum(plan.conflicts.values()))
        if plan.errors:
            text += " " + tr("Fix the sheet or map the values below, then check again.")
        self.summary.setText(text)
        shown = plan.problems[:1000]
        self.problems.setRowCount(len(shown))
        for n, p in enumerate(shown):
            for col, value in enumerate((str(p.row) if p.row else "", p.column, notice_text(p.message))):
                item = QTableWidgetItem(isolate(value))
                if p.error:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.problems.setItem(n, col, item)
        self.problems.resizeColumnsToContents()
        self.unmatched.setRowCount(len(plan.unmatched))
        self._value_combos = []
        for n, u in enumerate(plan.unmatched):
            self.unmatched.setItem(n, 0, QTableWidgetItem(isolate(u.value)))
            combo = QComboBox(self.unmatched)
            combo.setObjectName(f"tableValue{n}")
            combo.addItem(tr("(choose)"), None)
            vocabulary = FIELD_VOCABULARIES.get(u.field)
            if vocabulary is not None:
                for key, label in vocab_items(vocabulary):
                    combo.addItem(label, key)
            else:
                from db.countries import CODES  # noqa: PLC0415
                from ui.labels import country_name  # noqa: PLC0415

                for code in sorted(CODES, key=country_name):
                    combo.addItem(f"{country_name(code)} ({code})", code)
            self.unmatched.setCellWidget(n, 1, combo)
            self._value_combos.append((u.field, u.value, combo))
        self.duplicates.clear()
        for n, d in enumerate(plan.duplicates):
            label = " / ".join(d.names)
            label += "  " + tr("(rows {rows})").format(rows=", ".join(map(str, d.rows[:20])))
            if d.existing:
                label += "  " + tr("— already in the vault")
            item = QListWidgetItem(isolate(label))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if n in merged else Qt.CheckState.Unchecked)
            self.duplicates.addItem(item)
        self.completeChanged.emit()

    def isComplete(self):  # noqa: N802 - Qt override
        return self.plan is not None and self.plan.ok


class ImportTableWizard(QWizard):
    """Vault > Import spreadsheet…; `imported` carries the ImportOutcome once written."""

    imported = Signal(object)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("importTableWizard")
        self.setWindowTitle(tr("Import spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.session = session
        self.table = None
        self.mapping = Mapping()
        self.loaded = None
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.check_page = CheckPage(self)
        for page in (self.file_page, self.columns_page, self.check_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("&Import"))
        self.resize(900, 620)  # fits a 1366 x 768 laptop with the window's frame
        self._working = False
        self._task = None  # the import's task number while it runs (DbWorker.stop)
        session.worker.progress.connect(self._progress)

    def _progress(self, stage):
        """Rows read so far, while a check or the import runs (the window's status bar shows it is busy)."""
        parts = stage.split(":")
        if len(parts) != 3 or parts[0] != tables.ROWS_STAGE:
            return
        done, total = int(parts[1]), int(parts[2])
        text = tr("Importing…") if self._working and done == total else tr("Checking row {n} of {total}…").format(
            n=f"{done:,}", total=f"{total:,}")
        self.check_page.summary.setText(text)

    def name(self):
        from pathlib import Path  # noqa: PLC0415

        return Path(self.file_page.path.text()).stem or "sheet"

    def reject(self):
        """Cancel: while the import runs, stop it (its transaction rolls back at the next safe
        point) and stay open to say how it ended; otherwise close."""
        if not self._working:
            super().reject()
            return
        if self._task is not None:
            self.session.worker.stop(self._task)
            self.check_page.summary.setText(tr("Cancelling…"))

    def accept(self):
        """Import (after planning again, against the vault as it is now); close when written."""
        if self._working:
            return
        self._working = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.check_page.summary.setText(tr("Importing…"))

        def done(outcome):
            self._working, self._task = False, None
            self.imported.emit(outcome)
            super(ImportTableWizard, self).accept()

        def failed(exc):
            self._working, self._task = False, None
            text = tr("Cancelled: nothing was imported.") if isinstance(exc, Cancelled) else \
                tr("Nothing was imported: {error}").format(error=error_text(exc))
            self.check_page.summary.setText(text)
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

        self._task = tables.import_table(self.session, self.table, self.mapping, self.check_page.merge()) \
            .success(done).failure(failed).run()


def outcome_text(outcome):
    text = tr("{cases} case(s) imported: {written} record(s) created or changed.").format(
        cases=outcome.cases, written=outcome.written)
    if outcome.merged_persons:
        text += " " + tr("{n} person(s) merged into another.").format(n=outcome.merged_persons)
    if outcome.conflicts:
        text += " " + tr("{n} conflict(s) wait for your choice (Vault > Conflicts).").format(n=outcome.conflicts)
    return text


def open_import_wizard(window):
    """Vault > Import spreadsheet…: the wizard as a child of the window (a lock closes it)."""
    if window.workspace is None:
        return None
    wizard = ImportTableWizard(window.session, window)

    def imported(outcome):
        window._data_changed()
        Dialogs.info(window, tr("Spreadsheet imported"), outcome_text(outcome))

    wizard.imported.connect(imported)
    wizard.finished.connect(lambda _result: wizard.deleteLater())
    wizard.open()
    return wizard


def export_spreadsheet(window, profile):
    """Vault > Export spreadsheet… (profile "internal") or Export public spreadsheet… ("public"):
    the cases the list shows (its search and filters) as an XLSX workbook, labels in the window's
    language, after a warning that the file is not encrypted."""
    if window.workspace is None:
        return
    suggested = "casevault-public.xlsx" if profile == "public" else "casevault.xlsx"
    path = Dialogs.save_file(window, tr("Export spreadsheet"), suggested, "Workbooks (*.xlsx)")
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    warning = tr("The workbook will NOT be encrypted: anyone who gets the file can read it. Keep it on an "
                 "encrypted disk and delete it after use.")
    if profile == "public":
        warning += " " + tr("Public profile: persons who did not consent to publication appear as pseudonyms; "
                            "contact details, exact places and internal case details are left out.")
    if Dialogs.ask(window, tr("Export spreadsheet"), warning, Button.Ok | Button.Cancel, Button.Cancel) != Button.Ok:
        return
    language = {"fr": "fr", "zh": "zh"}.get(QLocale().name()[:2], "en")
    case_ids = window.workspace.case_list.model.ids()
    tables.export_table(window.session, path, case_ids, profile, language) \
        .success(lambda result: Dialogs.info(window, tr("Spreadsheet written"), tr(
            "Wrote {path}: {cases} case(s), {persons} person(s), {incidents} incident(s).").format(
            path=path, cases=result.counts["cases"], persons=result.counts["persons"],
            incidents=result.counts["incidents"]))) \
        .failure(window.show_error).run()
