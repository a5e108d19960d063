"""Dialogs that need more than a plain form: an incident (who acted and how, which sources and
exhibits support it) and linking a person already in the vault to this case."""

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import vocab
from db.citations import numbered
from db.models import Actor
from desktop import operations_case as ops
from ui import labels
from ui.fields import incident_fields, role_fields
from ui.forms import RecordDialog


def tr(text):
    return QCoreApplication.translate("Editors", text)


class IncidentDialog(RecordDialog):
    """Edits an incident of `ctx.file` (the loaded case) with its actors, sources and exhibits."""

    def __init__(self, parent, title, incident, ctx, save):
        persons = sorted(((p.id, labels.person_name(p)) for p in ctx.file.persons.values()),
                         key=lambda x: x[1].lower())
        self._ctx = ctx
        self._building = True
        self.actors = QListWidget()
        self.sources = QListWidget()
        self.exhibits = QListWidget()
        super().__init__(parent, title, [(incident, incident_fields(persons))], save)
        self.setObjectName("incidentDialog")

        self.actors.setParent(self)
        self.actors.setObjectName("incidentActors")
        self.actors.setMaximumHeight(90)
        self.actor_choice = QComboBox(self)
        self.actor_choice.setObjectName("actorChoice")
        for pid, name in persons:
            self.actor_choice.addItem(name, ("person", pid))
        for org in ctx.organisations.values():
            self.actor_choice.addItem(labels.isolate(org.name or org.name_original), ("organisation", org.id))
        self.degree_choice = QComboBox(self)
        self.degree_choice.setObjectName("actorDegree")
        for key, label in labels.vocab_items(vocab.DEGREE):
            self.degree_choice.addItem(label, key)
        add = QPushButton(tr("Add"), self)
        add.setObjectName("actorAdd")
        add.clicked.connect(self._add_actor)
        remove = QPushButton(tr("Remove"), self)
        remove.clicked.connect(lambda: self.actors.takeItem(self.actors.currentRow()))
        row = QHBoxLayout()
        row.addWidget(self.actor_choice, 1)
        row.addWidget(self.degree_choice)
        row.addWidget(add)
        row.addWidget(remove)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.actors)
        column.addLayout(row)
        self.add_row(tr("Who acted"), box)
        for actor in incident.actors:
            self._append_actor(actor)

        self._checklist(self.sources, "incidentSources",
                        [(s.id, f"S{n} {s.grade} · {labels.isolate(s.citation)}")
                         for n, s in numbered(ctx.file.sources)],
                        incident.source_ids)
        self.add_row(tr("Sources"), self.sources)
        self._checklist(self.exhibits, "incidentExhibits",
                        [(e.id, labels.record_summary(e)) for e in ctx.file.exhibits], incident.exhibit_ids)
        self.add_row(tr("Exhibits"), self.exhibits)
        self._building = False
        self._original = [dataclasses.asdict(r) for r in self.records()]

    def _checklist(self, widget, name, items, checked):
        widget.setParent(self)
        widget.setObjectName(name)
        widget.setMaximumHeight(90)
        for record_id, text in items:
            item = QListWidgetItem(" ".join(text.split()), widget)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if record_id in checked else Qt.CheckState.Unchecked)

    def _append_actor(self, actor):
        name = ""
        if actor.person_id:
            person = self._ctx.file.persons.get(actor.person_id)
            name = labels.person_name(person) if person else actor.person_id
        else:
            org = self._ctx.organisations.get(actor.organisation_id)
            name = labels.record_summary(org) if org else actor.organisation_id
        item = QListWidgetItem(f"{name} ({labels.vocab_label(vocab.DEGREE, actor.degree)})", self.actors)
        item.setData(Qt.ItemDataRole.UserRole, actor)

    def _add_actor(self):
        choice = self.actor_choice.currentData()
        if not choice:
            return
        kind, record_id = choice
        degree = self.degree_choice.currentData()
        actor = Actor(degree, person_id=record_id) if kind == "person" else Actor(degree, organisation_id=record_id)
        self._append_actor(actor)

    def finish(self, record):
        if self._building:
            return record
        record.actors = [self.actors.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.actors.count())]
        record.source_ids = self._checked(self.sources)
        record.exhibit_ids = self._checked(self.exhibits)
        return record

    @staticmethod
    def _checked(widget):
        return [widget.item(n).data(Qt.ItemDataRole.UserRole) for n in range(widget.count())
                if widget.item(n).checkState() == Qt.CheckState.Checked]

    def has_changes(self):
        return [dataclasses.asdict(r) for r in self.records()] != self._original


class LinkPersonDialog(RecordDialog):
    """Find a person already in the vault (any script, part of a name) and give them a role here."""

    def __init__(self, parent, session, role, save):
        super().__init__(parent, tr("Add an existing person to this case"), [(role, role_fields())], save)
        self.setObjectName("linkPersonDialog")
        self.session = session
        self.search = QLineEdit(self)
        self.search.setObjectName("personSearch")
        self.search.setPlaceholderText(tr("Type part of a name, in any script"))
        self.results = QListWidget(self)
        self.results.setObjectName("personResults")
        self.results.setMaximumHeight(140)
        self.form.insertRow(0, tr("Person"), self.search)
        self.form.insertRow(1, "", self.results)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._serial = 0
        self.search.setFocus()

    def _find(self):
        self._serial += 1
        serial = self._serial

        def show(persons):
            if serial != self._serial:
                return
            self.results.clear()
            for p in persons:
                item = QListWidgetItem(labels.person_name(p), self.results)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
            if persons:
                self.results.setCurrentRow(0)

        ops.find_persons(self.session, self.search.text()).success(show).failure(self.failed).run()

    def finish(self, record):
        item = self.results.currentItem() if hasattr(self, "results") else None
        record.person_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else ""
        return record

    def submit(self):
        if not self.records()[0].person_id:
            self.problem.setText(tr("Choose a person from the list first."))
            self.problem.show()
            return
        super().submit()
