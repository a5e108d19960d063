"""Dialogs that need more than a plain form: an incident (whom it targeted, where, who acted and
how, which sources and exhibits support it), a person or group with their role in the case, and
linking a person already in the vault to this case. `choices` turns the loaded case into the
[(id, label)] lists that fields offer. Every dialog here scrolls (RecordDialog) and is tabbed
through in the order it shows its fields (`tab_in_order`)."""

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
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
from db.models import Actor, Place
from desktop import operations_case as ops
from ui import labels
from ui.fields import incident_fields, person_fields, role_fields
from ui.forms import RecordDialog, narrow


def tr(text):
    return QCoreApplication.translate("Editors", text)


def choices(ctx):
    """[(id, label)] lists of the loaded case's records, for the fields that link to them."""
    f = ctx.file
    if f is None:
        return {"persons": [], "individuals": [], "organisations": [], "sources": [], "exhibits": [],
                "concerns": []}
    persons = sorted(((p.id, labels.person_label(p)) for p in f.persons.values()), key=lambda x: x[1].lower())
    return {
        "persons": persons,
        "individuals": [(pid, name) for pid, name in persons if f.persons[pid].kind == "individual"],
        "organisations": [(o.id, labels.isolate(o.name or o.name_original)) for o in ctx.organisations.values()],
        "sources": [(s.id, f"[{n}] {labels.isolate(' '.join(s.citation.split()))}") for n, s in numbered(f.sources)],
        "exhibits": [(e.id, labels.record_summary(e)) for e in f.exhibits],
        "concerns": [(n.id, labels.record_summary(n)) for n in f.notices]
        + [(x.id, labels.record_summary(x)) for x in f.extraditions],
    }


def tab_in_order(dialog):
    """Keyboard focus moves through the form in the order it shows its rows, then the buttons."""
    chain = []
    form = dialog.form
    for row in range(form.rowCount()):
        for role in (form.ItemRole.LabelRole, form.ItemRole.FieldRole, form.ItemRole.SpanningRole):
            item = form.itemAt(row, role)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            for w in [widget, *widget.findChildren(QWidget)]:
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is dialog and w not in chain:  # not popups
                    chain.append(w)
    chain += [b for b in dialog.buttons.buttons()]
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)
    return chain


class PlacesEditor(QWidget):
    """An incident's places: each where it took place, where the person aimed at was, or a third
    country; with a country code, a city and a description of the spot."""

    def __init__(self, parent, places):
        super().__init__(parent)
        self.setObjectName("incidentPlaces")
        self.list = QListWidget(self)
        self.list.setObjectName("placeList")
        self.list.setMaximumHeight(80)
        self.role = narrow(QComboBox(self))
        self.role.setObjectName("placeRole")
        for key, label in labels.vocab_items(vocab.PLACE_ROLE):
            self.role.addItem(label, key)
        self.country = QLineEdit(self)
        self.country.setObjectName("placeCountry")
        self.country.setPlaceholderText(tr("Country (CN, CA...)"))
        self.country.setMaximumWidth(140)
        self.city = QLineEdit(self)
        self.city.setObjectName("placeCity")
        self.city.setPlaceholderText(tr("City"))
        self.location = QLineEdit(self)
        self.location.setObjectName("placeLocation")
        self.location.setPlaceholderText(tr("Place (address or description)"))
        self.add = QPushButton(tr("Add place"), self)
        self.add.setObjectName("placeAdd")
        self.add.clicked.connect(self._add)
        self.remove = QPushButton(tr("Remove"), self)
        self.remove.setObjectName("placeRemove")
        self.remove.clicked.connect(lambda: self.list.takeItem(self.list.currentRow()))
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.role, 0, 0)
        grid.addWidget(self.country, 0, 1)
        grid.addWidget(self.city, 0, 2)
        grid.addWidget(self.location, 1, 0, 1, 3)
        grid.addWidget(self.add, 0, 3)
        grid.addWidget(self.remove, 1, 3)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        column.addLayout(grid)
        for place in places:
            self._append(place)

    def _append(self, place):
        where = ", ".join(labels.isolate(x) for x in (place.location, place.city, place.country) if x)
        text = where if place.role == "took_place" else \
            f"{labels.vocab_label(vocab.PLACE_ROLE, place.role)}: {where}"
        item = QListWidgetItem(text, self.list)
        item.setData(Qt.ItemDataRole.UserRole, place)

    def _add(self):
        place = Place(self.role.currentData(), self.country.text().strip().upper(), self.city.text().strip(),
                      self.location.text().strip())
        if not (place.country or place.city or place.location):
            return
        self._append(place)
        for edit in (self.country, self.city, self.location):
            edit.clear()

    def places(self):
        """The listed places, and one typed but not yet added (so that it is not lost on Save)."""
        out = [self.list.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.list.count())]
        typed = Place(self.role.currentData(), self.country.text().strip().upper(), self.city.text().strip(),
                      self.location.text().strip())
        if typed.country or typed.city or typed.location:
            out.append(typed)
        return out


class IncidentDialog(RecordDialog):
    """Edits an incident of `ctx.file` (the loaded case): whom it targeted (persons, groups,
    unidentified persons), where (one or more places), who acted and how, its sources and exhibits."""

    def __init__(self, parent, title, incident, ctx, save):
        lists = choices(ctx)
        persons = lists["persons"]
        self._ctx = ctx
        self._building = True
        self.targets = QListWidget()
        self.actors = QListWidget()
        self.sources = QListWidget()
        self.exhibits = QListWidget()
        super().__init__(parent, title, [(incident, incident_fields())], save)
        self.setObjectName("incidentDialog")
        self._checklist(self.targets, "incidentTargets", persons, incident.target_ids)
        self.add_row(tr("Whom it targeted"), self.targets)
        self.places = PlacesEditor(self, incident.places)
        self.add_row(tr("Where"), self.places)

        self.actors.setParent(self)
        self.actors.setObjectName("incidentActors")
        self.actors.setMaximumHeight(90)
        self.actor_choice = narrow(QComboBox(self), 20)
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
                        [(s.id, f"[{n}] {s.grade} · {labels.isolate(s.citation)}")
                         for n, s in numbered(ctx.file.sources)],
                        incident.source_ids)
        self.add_row(tr("Sources"), self.sources)
        self._checklist(self.exhibits, "incidentExhibits",
                        [(e.id, labels.record_summary(e)) for e in ctx.file.exhibits], incident.exhibit_ids)
        self.add_row(tr("Exhibits"), self.exhibits)
        self._building = False
        self._original = [dataclasses.asdict(r) for r in self.records()]
        tab_in_order(self)

    def _checklist(self, widget, name, items, checked):
        widget.setParent(self)
        widget.setObjectName(name)
        widget.setMaximumHeight(90)
        present = {record_id for record_id, _ in items}
        items = list(items) + [(i, labels.isolate(i)) for i in checked if i not in present]  # kept, never dropped
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
        record.target_ids = self._checked(self.targets)
        record.places = self.places.places()
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


class PersonDialog(RecordDialog):
    """A person, a group or an unidentified person, and their role in this case. The group's size and
    members only apply to a group, and are shown only for one."""

    GROUP_ONLY = ("group_size", "group_size_qualifier", "member_ids")

    def __init__(self, parent, title, person, role, ctx, save):
        members = [(pid, name) for pid, name in choices(ctx)["individuals"] if pid != person.id]
        super().__init__(parent, title, [(person, person_fields(members)), (role, role_fields())], save)
        self.setObjectName("personDialog")
        kind = self.editors["kind"].widget
        kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        tab_in_order(self)

    def _kind_changed(self, *_):
        group = self.editors["kind"].value() == "group"
        for name in self.GROUP_ONLY:
            editor = self.editors[name]
            editor.container.setVisible(group)
            label = self.form.labelForField(editor.container)
            if label is not None:
                label.setVisible(group)

    def finish(self, record):
        if record.entity == "person" and record.kind != "group":
            record.group_size, record.group_size_qualifier, record.member_ids = None, "", []
        return record


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
