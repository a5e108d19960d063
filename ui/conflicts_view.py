"""Vault ▸ Conflicts…: records changed both in this vault and in an imported bundle since the two
last met. Each row says which record, what differs, why it is a conflict, and who changed the
other version when; the pane below compares the two versions field by field. The user keeps this
vault's version or the other one, per record (db.merge_conflicts.resolve_conflict, audited).

While a conflict is open the vault shows one of the two versions (usually this vault's; the other
one when this vault had deleted the record), as docs/bundle.md explains. A case deleted in one vault
and changed in the other is one conflict about the whole case: its detail lists what deleting it
would remove, and a choice that deletes anything asks first, saying what goes."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import vocab
from db.repository import record_dict
from desktop import operations_exchange as exchange
from ui import fields as field_lists
from ui import labels
from ui.forms import BOOL, CHOICE, LIST
from ui.messages import Button, Dialogs
from ui.record_table import Column, RecordTab


def tr(text):
    return QCoreApplication.translate("ConflictsView", text)


def reason_text(reason):
    texts = {
        "both_changed": tr("Changed here and in the other vault"),
        "changed_here_and_in_file": tr("Changed here and in the imported file"),
        "changed_here_deleted_there": tr("Changed here, deleted in the other vault"),
        "deleted_here_changed_there": tr("Deleted here, changed in the other vault (their version is shown "
                                         "meanwhile)"),
        "deleted_there_still_used": tr("Deleted in the other vault, still used here"),
        "deleted_here_needed": tr("Deleted here, needed by records from the other vault (restored meanwhile)"),
        "case_deleted_there_changed_here": tr("The whole case was deleted in the other vault and changed here "
                                              "(all of it is kept meanwhile)"),
        "case_deleted_here_changed_there": tr("The whole case was deleted here and changed in the other vault "
                                              "(all of it is back meanwhile)"),
    }
    return texts.get(reason, reason)


def removal_lines(counts):
    """(label, number) of what deleting a case removes, from db.merge_conflicts.case_contents."""
    names = (("incidents", tr("Incidents")), ("exhibits", tr("Exhibits")), ("sources", tr("Sources")),
             ("roles", tr("People in the case")), ("interventions", tr("Interventions")), ("notes", tr("Notes")),
             ("tasks", tr("Tasks")))
    out = []
    for key, label in names:
        n = counts.get(key, 0)
        text = str(n)
        if key == "exhibits" and n:
            text = tr("{n} ({mb} MB of files)").format(n=n, mb=f"{counts.get('exhibit_bytes', 0) / 1e6:.1f}")
        out.append((label, text))
    return out


def removal_text(counts):
    return "; ".join(f"{label}: {text}" for label, text in removal_lines(counts) if text != "0")


def _fields(entity):
    lists = {"case": field_lists.case_fields, "person": field_lists.person_fields,
             "organisation": field_lists.organisation_fields, "role": field_lists.role_fields,
             "incident": field_lists.incident_fields, "source": field_lists.source_fields,
             "exhibit": field_lists.exhibit_fields, "intervention": field_lists.intervention_fields,
             "interpol_notice": field_lists.notice_fields, "extradition_request": field_lists.extradition_fields,
             "outcome": field_lists.outcome_fields, "note": field_lists.note_fields, "task": field_lists.task_fields}
    make = lists.get(entity)
    return {f.name: f for f in make()} if make else {}


def field_label(entity, name):
    field = _fields(entity).get(name)
    if field is not None:
        return field.label
    extra = {"actors": tr("Involved"), "source_ids": tr("Sources"), "exhibit_ids": tr("Exhibits"),
             "target_ids": tr("Targeted"), "places": tr("Places"), "custody": tr("Chain of custody"),
             "shows_person_ids": tr("Who appears in it"),
             "person_id": tr("Person"), "label": tr("Label"), "sha256": tr("SHA-256"), "size": tr("Size"),
             "media_type": tr("File type"), "deleted": tr("Deleted")}
    return extra.get(name, name)


def value_text(entity, name, value, names):
    """A stored value as the user reads it."""
    if value in (None, "", [], {}):
        return "—"
    field = _fields(entity).get(name)
    if name.endswith("_id") and isinstance(value, str):
        return labels.isolate(names.get(value, value))
    if name in ("target_ids", "member_ids", "shows_person_ids"):
        return ", ".join(labels.isolate(names.get(v, v)) for v in value)
    if name == "places":
        return "; ".join(", ".join(labels.isolate(p.get(k) or "") for k in ("location", "city", "country")
                                   if p.get(k)) for p in value)
    if name == "custody":
        return "; ".join(labels.vocab_label(vocab.CUSTODY_ACTION, c.get("action")) for c in value)
    if name == "actors":
        return "; ".join(f"{labels.isolate(names.get(a.get('person_id') or a.get('organisation_id'), '?'))} "
                         f"({labels.vocab_label(vocab.DEGREE, a.get('degree'))})" for a in value)
    if field is not None and field.kind == CHOICE:
        return labels.vocab_label(field.choices, value)
    if (field is not None and field.kind == BOOL) or isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if (field is not None and field.kind == LIST) or isinstance(value, list):
        return ", ".join(labels.isolate(str(v)) for v in value)
    return labels.isolate(str(value))


def describe(row):
    """Which record a conflict is about, in a few words."""
    record = row.record
    if record is None:
        return ""
    if record.entity == "role":
        return f"{labels.isolate(row.names.get(record.person_id, ''))} ({labels.vocab_label(vocab.ROLE, record.role)})"
    return labels.record_summary(record)


def version_text(record, author="", at=""):
    if record is None:
        return tr("deleted")
    return f"{labels.isolate(author or record.author)} · {labels.format_timestamp(at or record.updated_at)}"


def conflict_columns():
    return [
        Column(tr("Record"), lambda r: labels.entity_label(r.conflict.entity)),
        Column(tr("Which"), describe, stretch=True),
        Column(tr("Case"), lambda r: r.case_reference),
        Column(tr("What differs"), lambda r: ", ".join(field_label(r.conflict.entity, f)
                                                      for f in r.conflict.differing_fields())),
        Column(tr("Situation"), lambda r: reason_text(r.conflict.reason)),
        Column(tr("This vault's version"), lambda r: version_text(r.conflict.ours)),
        Column(tr("Other vault's version"), lambda r: version_text(r.conflict.theirs, r.conflict.theirs_author,
                                                                   r.conflict.theirs_at)),
    ]


class ConflictsDialog(QDialog):
    """resolved(str conflict_id, str keep): a choice was written; the window refreshes its views."""

    resolved = Signal(str, str)
    failed = Signal(object)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicts"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.session = session
        self.intro = QLabel(self.tr(
            "These records were changed both in this vault and in a bundle imported from another vault. "
            "Both versions are kept until you choose. Your choice is recorded in the history."), self)
        self.intro.setWordWrap(True)
        self.table = RecordTab("conflicts", conflict_columns(), "", self, editable=False)
        self.keep_ours = self.table.button(self.tr("Keep this vault's version"), lambda: self.resolve("ours"),
                                           "keepOurs")
        self.keep_theirs = self.table.button(self.tr("Keep the other vault's version"),
                                             lambda: self.resolve("theirs"), "keepTheirs")
        self.detail_title = labels.plain_label(self, "conflictDetailTitle")
        self.detail_title.setWordWrap(True)
        self.detail = QTableWidget(0, 3, self)
        self.detail.setObjectName("conflictDetail")
        self.detail.setHorizontalHeaderLabels([self.tr("Field"), self.tr("This vault"), self.tr("Other vault")])
        self.detail.verticalHeader().setVisible(False)
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.setWordWrap(True)
        header = self.detail.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        pane = QWidget(self)
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.addWidget(self.detail_title)
        pane_layout.addWidget(self.detail, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(pane)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.table.view.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        self.busy = False
        self.resize(1100, 640)
        self._update_buttons()
        self.reload()

    # -- loading ------------------------------------------------------------------------------------

    def reload(self, then=None):
        def shown(rows):
            self.table.set_records(rows, self.tr("No open conflicts: every record agrees with what was imported."))
            if rows and self.table.current() is None:
                self.table.select(rows[0].conflict.id)
            self._show_current()
            if then is not None:
                then()

        exchange.open_conflicts(self.session).success(shown).failure(self.failed.emit).run()

    def select(self, conflict_id):
        return self.table.select(conflict_id)

    def rows(self):
        return list(self.table.model.records)

    def _show_current(self):
        row = self.table.current()
        self.detail.setRowCount(0)
        if row is None:
            self.detail_title.setText("")
            self._update_buttons()
            return
        c = row.conflict
        live = self.tr("this vault's version") if c.live == "ours" else self.tr("the other vault's version")
        self.detail_title.setText(self.tr("{record}: {which}. Until you choose, the vault shows {live}.").format(
            record=labels.entity_label(c.entity), which=describe(row), live=live))
        ours = record_dict(c.ours) if c.ours is not None else None
        theirs = record_dict(c.theirs) if c.theirs is not None else None
        if c.whole_case:
            self.detail_title.setText(self.detail_title.text() + " " + self.tr(
                "Choosing the deleted version deletes the case and everything in it, on every laptop that "
                "exchanges with this one:"))
            for label, text in removal_lines(c.removal or {}):
                self._detail_row((label, text, tr("(deleted)") if c.deleting_side() == "theirs" else tr("(kept)")))
            self.detail.resizeRowsToContents()
            self._update_buttons()
            return
        names = c.differing_fields()
        for name in names:
            n = self.detail.rowCount()
            self.detail.insertRow(n)
            if name == "deleted":
                values = (tr("(kept)") if ours is not None else tr("(deleted)"),
                          tr("(kept)") if theirs is not None else tr("(deleted)"))
            else:
                values = (value_text(c.entity, name, ours.get(name), row.names),
                          value_text(c.entity, name, theirs.get(name), row.names))
            self._detail_row((field_label(c.entity, name), *values), n)
        self.detail.resizeRowsToContents()
        self._update_buttons()

    def _detail_row(self, texts, n=None):
        if n is None:
            n = self.detail.rowCount()
            self.detail.insertRow(n)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(labels.tooltip(text))
            self.detail.setItem(n, column, item)

    def _update_buttons(self):
        has = self.table.current() is not None and not self.busy
        for button in (self.keep_ours, self.keep_theirs):
            button.setEnabled(has)

    # -- choosing ----------------------------------------------------------------------------------

    def resolve(self, keep):
        row = self.table.current()
        if row is None or self.busy:
            return
        conflict = row.conflict
        if conflict.deleting_side() == keep and not self._confirm_delete(row):
            return
        conflict_id = conflict.id
        self.busy = True
        self._update_buttons()

        def done(_conflict):
            self.busy = False
            self.resolved.emit(conflict_id, keep)
            self.reload()

        def refused(exc):
            self.busy = False
            self._update_buttons()
            self.failed.emit(exc)

        exchange.resolve_conflict(self.session, conflict_id, keep).success(done).failure(refused).run()

    def _confirm_delete(self, row):
        c = row.conflict
        if c.whole_case:
            text = self.tr("This deletes case {case} and everything in it, here and on every laptop that exchanges "
                           "with this one: {what}.").format(case=row.case_reference, what=removal_text(c.removal or {}))
        else:
            text = self.tr("This deletes the {record} {which}.").format(record=labels.entity_label(c.entity).lower(),
                                                                      which=describe(row))
        answer = Dialogs.ask(self, self.tr("Delete?"), text, Button.Yes | Button.Cancel, Button.Cancel,
                             self.tr("Choose the other version to keep it instead."))
        return answer == Button.Yes

    # Asked by the window before a lock, like the case view's dialogs.
    def has_changes(self):
        return False

    def records(self):
        return []

    def discard(self):
        self.table.model.clear()
        self.detail.setRowCount(0)
        self.detail_title.clear()
        super().reject()

