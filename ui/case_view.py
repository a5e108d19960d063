"""The case view: one case in tabs (overview, people, chronology, sources, exhibits,
proceedings (interventions, Interpol notices, extradition requests, the outcome over time),
notes and tasks, history). It loads through desktop.operations_case.load_case and
saves through desktop.operations; it never touches the vault itself.

Editing dialogs open window-modal and non-blocking (QDialog.open), and the view keeps them in
`self.dialogs`, so the window can save their edits before a lock and close them. `clear()` drops the
loaded case and every model's records (locking)."""

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from db.citations import numbered
from db.models import (
    ExtraditionRequest,
    Incident,
    InterpolNotice,
    Intervention,
    Note,
    Outcome,
    Person,
    Role,
    Source,
    Task,
)
from desktop import operations as ops
from desktop import operations_case as case_ops
from ui import case_tabs, labels
from ui.case_view_actions import CaseActions
from ui.exhibits import ExhibitsTab
from ui.overview import OverviewTab
from ui.proceedings import ProceedingsTab
from ui.record_table import RecordTab


class ElidedLabel(QLabel):
    """One line of plain text, cut with "…" where it does not fit; the whole text is its tooltip. A
    long case title then never pushes the tabs down into a scroll area. The line is as tall as the
    tallest script a title may hold (a Chinese fallback font can be taller than the UI font), so the
    tabs below do not move when a title changes script."""

    TALLEST = "Ág 林晓 مرحبا"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text):  # noqa: N802 - Qt's name
        self._full = text
        self.setToolTip(labels.tooltip(text) or "")
        self._elide()

    def text(self):
        return self._full

    def clear(self):
        self.setText("")

    def resizeEvent(self, event):  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def sizeHint(self):  # noqa: N802 - Qt override
        return QSize(super().sizeHint().width(), self._line_height())

    def minimumSizeHint(self):  # noqa: N802 - Qt override
        return QSize(super().minimumSizeHint().width(), self._line_height())

    def _line_height(self):
        margins = self.contentsMargins()
        return self.fontMetrics().boundingRect(QRect(), 0, self.TALLEST).height() + margins.top() + margins.bottom()

    def _elide(self):
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 40))
        super().setText(shown)


class CaseContext:
    """What the tables read while painting: the loaded case file, organisations by id, and the
    history descriptions. Emptied on lock."""

    def __init__(self):
        self.file = None
        self.organisations = {}
        self.descriptions = {}
        self.conflicts = {}  # conflict id -> id of the record it was about (history tab)

    def clear(self):
        self.file = None
        self.organisations = {}
        self.descriptions = {}
        self.conflicts = {}


class CaseView(QWidget, CaseActions):
    """Signals: loaded(str case_id) after a case is shown; changed(str case_id) after any write
    to it; deleted(str case_id); failed(VaultError) for errors the window should report."""

    loaded = Signal(str)
    changed = Signal(str)
    deleted = Signal(str)
    failed = Signal(object)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("caseView")
        self.session = session
        self.ctx = CaseContext()
        self.case_id = None
        self.dialogs = []
        self.dossier_memory = None  # the dossier dialog's last choices (ui.dossier_dialog.DossierMemory)
        self._serial = 0

        self.header = ElidedLabel(self)
        self.header.setObjectName("caseHeader")
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.header.setFont(font)

        ctx = self.ctx
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        # Where the view is narrow (1024 pixels, French), labels are shortened rather than tabs hidden
        # behind scroll arrows: every tab stays in sight.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.overview = OverviewTab(self)
        self.people = RecordTab("people", case_tabs.people_columns(ctx), self.tr("Add a new person…"), self)
        self.link_button = self.people.button(self.tr("Add an existing person…"), self.link_person, "peopleLink")
        self.chronology = RecordTab("chronology", case_tabs.incident_columns(ctx), self.tr("New incident…"), self,
                                    detail=True)
        self.move_buttons = (
            self.chronology.button(self.tr("Move up"), lambda: self.move_incident(-1), "chronologyUp"),
            self.chronology.button(self.tr("Move down"), lambda: self.move_incident(1), "chronologyDown"))
        for button in self.move_buttons:
            button.setToolTip(self.tr("Moves an incident of unknown date in the chronology"))
        self.chronology.view.selectionModel().currentChanged.connect(self._update_move_buttons)
        self.chronology.view.selectionModel().selectionChanged.connect(self._update_move_buttons)
        self.sources = RecordTab("sources", case_tabs.source_columns(ctx), self.tr("New source…"), self,
                                 detail=True)  # a citation is longer than its cell
        self.exhibits = ExhibitsTab(self)
        self.interventions = RecordTab("interventions", case_tabs.intervention_columns(ctx),
                                       self.tr("New intervention…"), self)
        self.proceedings = ProceedingsTab(ctx, self.interventions, self)
        self.notes = RecordTab("notes", case_tabs.note_columns(ctx), self.tr("New note…"), self)
        self.tasks = RecordTab("tasks", case_tabs.task_columns(ctx), self.tr("New task…"), self)
        self.history = RecordTab("history", case_tabs.history_columns(ctx), "", self, editable=False)
        notes_and_tasks = QSplitter(Qt.Orientation.Vertical, self)
        notes_and_tasks.setObjectName("notesTasks")
        notes_and_tasks.addWidget(self.notes)
        notes_and_tasks.addWidget(self.tasks)

        for widget, title in ((self.overview, self.tr("Overview")), (self.people, self.tr("People")),
                              (self.chronology, self.tr("Chronology")), (self.sources, self.tr("Sources")),
                              (self.exhibits, self.tr("Exhibits")), (self.proceedings, self.tr("Proceedings")),
                              (notes_and_tasks, self.tr("Notes and tasks")), (self.history, self.tr("History"))):
            self.tabs.addTab(widget, title)

        self.placeholder = QLabel(self.tr("Select a case in the list, or create one with Case ▸ New case."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        # One stack for "a case" and "no case": the view's minimum size is then the same either way, so
        # the splitter beside it does not move when a case is closed or deleted.
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.header)
        column.addWidget(self.tabs, 1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._connect()
        self._set_visible(False)

    def _connect(self):
        self.overview.save_requested.connect(self.save_case)
        self.people.add_requested.connect(self.add_person)
        self.people.edit_requested.connect(self.edit_person)
        self.people.delete_requested.connect(self.remove_person)
        self.chronology.add_requested.connect(self.new_incident)
        self.chronology.edit_requested.connect(self.edit_incident)
        for tab, make in ((self.sources, lambda: Source(case_id=self.case_id, kind="interview", citation="")),
                          (self.interventions, lambda: Intervention(case_id=self.case_id, kind="police_report")),
                          (self.notes, lambda: Note(case_id=self.case_id, body="")),
                          (self.tasks, lambda: Task(case_id=self.case_id, title="")),
                          (self.proceedings.notices, lambda: InterpolNotice(case_id=self.case_id)),
                          (self.proceedings.extraditions, lambda: ExtraditionRequest(case_id=self.case_id)),
                          (self.proceedings.outcomes, lambda: Outcome(case_id=self.case_id, outcome="unknown"))):
            tab.add_requested.connect(lambda make=make: self.edit_record(make(), new=True))
            tab.edit_requested.connect(self.edit_record)
        for tab in (self.chronology, self.sources, self.interventions, self.notes, self.tasks, self.exhibits,
                    *self.proceedings.tabs()):
            tab.delete_requested.connect(self.delete_record)
        self.exhibits.add_requested.connect(self.add_exhibits)
        self.exhibits.edit_requested.connect(self.edit_record)
        self.exhibits.files_dropped.connect(self.add_exhibit_files)
        self.exhibits.view_requested.connect(self.view_exhibit)
        self.exhibits.save_copy_requested.connect(self.save_exhibit_copy)
        self.exhibits.copy_hash_requested.connect(lambda e: self.session.copy_text(e.sha256))

    def _set_visible(self, has_case):
        self.pages.setCurrentIndex(1 if has_case else 0)

    # -- loading ------------------------------------------------------------------------------------

    def load(self, case_id):
        """Show `case_id` (after any unsaved edits were dealt with by the caller)."""
        self._serial += 1
        serial = self._serial

        def done(bundle):
            if serial == self._serial:
                self.show_bundle(bundle)

        def gone(exc):
            if serial == self._serial:
                self.clear()
                self.failed.emit(exc)

        case_ops.load_case(self.session, case_id).success(done).failure(gone).run()

    def reload(self):
        if self.case_id:
            self.load(self.case_id)

    def show_bundle(self, bundle):
        f = bundle.file
        new_case = f.case.id != self.case_id
        self.case_id = f.case.id
        self.session.current_case_id = f.case.id
        self.ctx.file = f
        self.ctx.organisations = {o.id: o for o in bundle.organisations}
        self.ctx.descriptions = case_tabs.descriptions(self.ctx)
        self.ctx.conflicts = dict(getattr(bundle, "conflicts", {}) or {})
        self.header.setText(labels.record_summary(f.case))
        self.overview.changed_at = bundle.changed_at
        if new_case or not self.overview.has_changes():
            self.overview.set_case(f.case)
        else:
            self.overview.case = f.case
            self.overview.set_last_change(bundle.changed_at)
        self.people.set_records(f.roles, self.tr("No one is recorded in this case yet."))
        self.chronology.set_records(f.incidents, self.tr("No incident recorded yet."))
        self._update_move_buttons()
        self.proceedings.set_file(f)
        self.sources.set_records([s for _n, s in numbered(f.sources)], self.tr("No source recorded yet."))
        self.exhibits.set_records(f.exhibits, "")
        self.interventions.set_records(f.interventions, self.tr("No intervention recorded yet."))
        self.notes.set_records(f.notes)
        self.tasks.set_records(f.tasks)
        self.history.set_records(bundle.history)
        if new_case:
            self.exhibits.viewer.clear()
        self._set_visible(True)
        self.loaded.emit(self.case_id)

    def clear(self):
        """Forget the case: every table, the form, the viewer, and any open dialog."""
        self._serial += 1
        for dialog in list(self.dialogs):
            dialog.discard()
            dialog.deleteLater()
        self.dialogs.clear()
        self.dossier_memory = None
        self.case_id = None
        self.ctx.clear()
        self.header.clear()
        self.overview.set_case(None)
        for tab in (self.people, self.chronology, self.sources, self.exhibits, self.interventions, self.notes,
                    self.tasks, self.history):
            tab.model.clear()
        self.proceedings.clear()
        self.exhibits.viewer.clear()
        self._set_visible(False)

    # -- unsaved edits -------------------------------------------------------------------------------

    def has_unsaved(self):
        return self.overview.has_changes() or any(d.has_changes() for d in self.dialogs)

    def pending_records(self):
        """Edited records not saved yet (overview and open dialogs), to save before a lock."""
        out = []
        if self.overview.has_changes():
            out.append([self.overview.edited()])
        for dialog in self.dialogs:
            if dialog.has_changes():
                out.append(dialog.records())
        return out

    def flush_tasks(self):
        """Callables of the vault saving each pending edit (see Session.lock)."""
        return [lambda vault, records=records: ops.write_records(vault, records) for records in self.pending_records()]

    # -- people -------------------------------------------------------------------------------------

    def add_person(self):
        person = Person(name="")
        role = Role(case_id=self.case_id, person_id=person.id, role="target" if not self.ctx.file.roles else "relative")
        self._person_dialog(self.tr("New person in this case"), person, role)

    def edit_person(self, role):
        person = self.ctx.file.persons.get(role.person_id)
        if person is not None:
            self._person_dialog(self.tr("Edit person"), person, role)

    def link_person(self):
        from ui.editors import LinkPersonDialog  # noqa: PLC0415

        role = Role(case_id=self.case_id, person_id="", role="witness")
        self.open_dialog(LinkPersonDialog(self, self.session, role, self._saver()))

    def _person_dialog(self, title, person, role):
        from ui.editors import PersonDialog  # noqa: PLC0415

        self.open_dialog(PersonDialog(self, title, person, role, self.ctx, self._saver()))

    # -- incidents ------------------------------------------------------------------------------------

    def new_incident(self):
        if self.case_id is None:
            return
        self.edit_incident(Incident(case_id=self.case_id, tactic="family_pressure"), new=True)

    def edit_incident(self, incident, new=False):
        from ui.editors import IncidentDialog  # noqa: PLC0415

        title = self.tr("New incident") if new else self.tr("Edit incident")
        self.open_dialog(IncidentDialog(self, title, incident, self.ctx, self._saver()))
