"""An exhibit's provenance in its details dialog: whether it is the original, a copy or a
translation (of which exhibit, by whom, in which language), and its chain of custody, each step
who collected, received, handed over, copied or stored it, when, how, where, and to whom."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import dates, vocab
from db.models import Custody
from db.repository import record_dict
from ui import labels
from ui.editors import choices, tab_in_order
from ui.exhibits import ExhibitDialog
from ui.forms import narrow


def tr(text):
    return QCoreApplication.translate("ExhibitDetails", text)


class CustodyEditor(QWidget):
    """The chain of custody, in order: a list, and a row to add a step."""

    def __init__(self, parent, steps, persons):
        super().__init__(parent)
        self.setObjectName("custodyEditor")
        self.names = dict(persons)
        self.list = QListWidget(self)
        self.list.setObjectName("custodyList")
        self.list.setMaximumHeight(110)
        self.list.setWordWrap(True)  # a step reads whole, without scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.action = QComboBox(self)
        self.action.setObjectName("custodyAction")
        for key, label in labels.vocab_items(vocab.CUSTODY_ACTION):
            self.action.addItem(label, key)
        self.date = QLineEdit(self)
        self.date.setObjectName("custodyDate")
        self.date.setPlaceholderText(tr("Date (YYYY-MM-DD)"))
        self.by = self._person_box("custodyBy", tr("by —"), persons)
        self.to = self._person_box("custodyTo", tr("to —"), persons)
        self.method = QLineEdit(self)
        self.method.setObjectName("custodyMethod")
        self.method.setPlaceholderText(tr("How (screenshots on her phone, sealed envelope...)"))
        self.place = QLineEdit(self)
        self.place.setObjectName("custodyPlace")
        self.place.setPlaceholderText(tr("Where, or from where"))
        self.add = QPushButton(tr("Add step"), self)
        self.add.setObjectName("custodyAdd")
        self.add.clicked.connect(self._add)
        self.remove = QPushButton(tr("Remove"), self)
        self.remove.setObjectName("custodyRemove")
        self.remove.clicked.connect(lambda: self.list.takeItem(self.list.currentRow()))
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        # Three short rows rather than one long one, so that the dialog fits small screens.
        grid.addWidget(self.action, 0, 0)
        grid.addWidget(self.date, 0, 1)
        grid.addWidget(self.by, 1, 0)
        grid.addWidget(self.to, 1, 1)
        grid.addWidget(self.method, 2, 0)
        grid.addWidget(self.place, 2, 1)
        grid.addWidget(self.add, 0, 2)
        grid.addWidget(self.remove, 1, 2)
        self.problem = labels.plain_label(self, "custodyProblem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        column.addLayout(grid)
        column.addWidget(self.problem)
        for step in steps:
            self._append(step)

    def _person_box(self, name, empty, persons):
        box = narrow(QComboBox(self), 12)
        box.setObjectName(name)
        box.addItem(empty, None)
        for pid, label in persons:
            box.addItem(label, pid)
        return box

    def _text(self, c):
        parts = [labels.vocab_label(vocab.CUSTODY_ACTION, c.action), labels.format_partial(c.date)]
        if c.by_id:
            parts.append(tr("by {name}").format(name=self.names.get(c.by_id, c.by_id)))
        if c.to_id:
            parts.append(tr("to {name}").format(name=self.names.get(c.to_id, c.to_id)))
        parts += [labels.isolate(c.method), labels.isolate(c.place), labels.isolate(c.notes)]
        return " · ".join(p for p in parts if p)

    def _append(self, step):
        item = QListWidgetItem(self._text(step), self.list)
        item.setData(Qt.ItemDataRole.UserRole, step)

    def _typed(self):
        text = self.date.text().strip()
        try:
            date = dates.parse_partial(text)
        except ValueError:
            self.problem.setText(tr("Write the date as YYYY, YYYY-MM or YYYY-MM-DD."))
            self.problem.show()
            return None
        self.problem.hide()
        return Custody(self.action.currentData(), date, self.by.currentData(), self.to.currentData(),
                       self.method.text().strip(), self.place.text().strip())

    def _add(self):
        step = self._typed()
        if step is None:
            return
        self._append(step)
        for edit in (self.date, self.method, self.place):
            edit.clear()
        self.by.setCurrentIndex(0)
        self.to.setCurrentIndex(0)

    def steps(self):
        """The listed steps, and one typed but not yet added (so that it is not lost on Save)."""
        out = [self.list.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.list.count())]
        if self.method.text().strip() or self.place.text().strip() or self.date.text().strip():
            step = self._typed()
            if step is not None:
                out.append(step)
        return out


class ExhibitDetailsDialog(ExhibitDialog):
    """ExhibitDialog with what the exhibit is (original, copy, translation of which exhibit and by
    whom) offered from the case, and its chain of custody."""

    def __init__(self, parent, title, exhibit, persons, ctx, save):
        self._custody = None
        super().__init__(parent, title, exhibit, persons, save)
        lists = choices(ctx)
        others = [(i, label) for i, label in lists["exhibits"] if i != exhibit.id]
        for name, items in (("derived_from_id", others), ("translator_id", lists["individuals"])):
            editor = self.editors[name]
            value = editor.value()
            editor.widget.clear()
            editor.widget.addItem("—", "")
            for key, label in items:
                editor.widget.addItem(label, key)
            editor.set_value(value)
        self._custody = CustodyEditor(self, exhibit.custody, lists["persons"])
        self.add_row(tr("Chain of custody"), self._custody)
        self._original = [record_dict(r) for r in self.records()]
        tab_in_order(self)

    def finish(self, record):
        record = super().finish(record)
        if self._custody is not None:
            record.custody = self._custody.steps()
        return record
