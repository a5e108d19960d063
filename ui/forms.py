"""Editing records: field descriptions (Field), the widgets for each kind, and RecordDialog, one
dialog for one or more records edited together (a person and their role in a case, say).

Validation explains itself: obvious mistakes (a required field left empty, a date that is not
YYYY, YYYY-MM or YYYY-MM-DD) are caught before saving; anything the vault refuses comes back as
db.errors.ValidationError, whose `where` names the field. Either way the message appears under
the field, the field gets focus, and the dialog stays open with everything typed in it."""

import dataclasses

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db import dates
from db.repository import record_dict
from ui import labels
from ui.messages import Button, Dialogs

TEXT, MULTILINE, CHOICE, DATE, LIST, BOOL, INT, PERSON, COUNT, CHECKS = (
    "text", "multiline", "choice", "date", "list", "bool", "int", "person", "count", "checks")


def tr(text):
    return QCoreApplication.translate("RecordDialog", text)


@dataclasses.dataclass
class Field:
    """One editable attribute. `choices`: a db.vocab dict (CHOICE) or [(id, label)] (PERSON), either
    for CHECKS (a list of ticked keys). COUNT: a whole number that may be unknown (None)."""

    name: str
    label: str
    kind: str = TEXT
    choices: object = None
    required: bool = False
    allow_empty: bool = False
    placeholder: str = ""


def translate_problem(what):
    """The vault's English explanation, translated when the catalogue knows it."""
    return QCoreApplication.translate("db", what)


class FieldEditor:
    """A field's widget, with get/set of the record's value and an error line under it."""

    def __init__(self, field, parent, object_name):
        self.field = field
        self.widget = self._make(parent)
        self.widget.setObjectName(object_name)
        self.error = labels.plain_label(parent, object_name + "_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.container = QWidget(parent)
        box = QVBoxLayout(self.container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.widget)
        if field.kind == DATE:
            self.hint = labels.plain_label(parent, object_name + "_hint")
            self.hint.setStyleSheet("color: palette(mid);")
            self.hint.hide()
            box.addWidget(self.hint)
            self.widget.textChanged.connect(self._show_date_hint)
        box.addWidget(self.error)

    def _make(self, parent):
        f = self.field
        if f.kind == MULTILINE:
            w = QPlainTextEdit(parent)
            w.setTabChangesFocus(True)
            w.setMinimumHeight(70)
            return w
        if f.kind in (CHOICE, PERSON):
            w = narrow(QComboBox(parent))
            if f.allow_empty:
                w.addItem("—", "")
            items = labels.vocab_items(f.choices) if f.kind == CHOICE else list(f.choices or [])
            for key, label in items:
                w.addItem(label, key)
            return w
        if f.kind == BOOL:
            return QCheckBox(parent)
        if f.kind in (INT, COUNT):
            w = QSpinBox(parent)
            w.setRange(0 if f.kind == COUNT else 1, 1_000_000)
            if f.kind == COUNT:
                w.setSpecialValueText(tr("unknown"))
            return w
        if f.kind == CHECKS:
            w = QListWidget(parent)
            items = labels.vocab_items(f.choices) if isinstance(f.choices, dict) else list(f.choices or [])
            for key, label in items:
                item = QListWidgetItem(" ".join(str(label).split()), w)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            w.setMaximumHeight(min(110, 8 + w.sizeHintForRow(0) * max(1, w.count())) if w.count() else 40)
            return w
        w = QLineEdit(parent)
        if f.kind == DATE:
            w.setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        elif f.kind == LIST:
            w.setPlaceholderText(f.placeholder or tr("separate with commas"))
        elif f.placeholder:
            w.setPlaceholderText(f.placeholder)
        return w

    def set_value(self, value):
        kind, w = self.field.kind, self.widget
        if kind == MULTILINE:
            w.setPlainText(value or "")
        elif kind in (CHOICE, PERSON):
            index = w.findData(value or "")
            if index < 0 and value:  # a stored value no longer offered: keep it, do not lose it
                w.addItem(str(value), value)
                index = w.count() - 1
            w.setCurrentIndex(max(index, 0))
        elif kind == BOOL:
            w.setChecked(bool(value))
        elif kind == INT:
            w.setValue(int(value or 1))
        elif kind == COUNT:
            w.setValue(int(value or 0))
        elif kind == CHECKS:
            wanted = list(value or [])
            for n in range(w.count()):
                item = w.item(n)
                key = item.data(Qt.ItemDataRole.UserRole)
                item.setCheckState(Qt.CheckState.Checked if key in wanted else Qt.CheckState.Unchecked)
            for key in wanted:  # a stored value no longer offered: kept, ticked
                if all(w.item(n).data(Qt.ItemDataRole.UserRole) != key for n in range(w.count())):
                    item = QListWidgetItem(labels.isolate(str(key)), w)
                    item.setData(Qt.ItemDataRole.UserRole, key)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked)
        elif kind == LIST:
            w.setText(", ".join(value or []))
        else:
            w.setText(value or "")

    def value(self):
        kind, w = self.field.kind, self.widget
        if kind == MULTILINE:
            return w.toPlainText()
        if kind in (CHOICE, PERSON):
            data = w.currentData()
            return (data or None) if kind == PERSON else (data or "")
        if kind == BOOL:
            return w.isChecked()
        if kind == INT:
            return w.value()
        if kind == COUNT:
            return w.value() or None
        if kind == CHECKS:
            return [w.item(n).data(Qt.ItemDataRole.UserRole) for n in range(w.count())
                    if w.item(n).checkState() == Qt.CheckState.Checked]
        text = w.text()
        if kind == LIST:
            return [part.strip() for part in text.replace("，", ",").split(",") if part.strip()]
        if kind == DATE:
            return text.strip() or None
        return text

    def check(self):
        """A problem found without asking the vault, or ''."""
        value = self.value()
        if self.field.required and not (value.strip() if isinstance(value, str) else value):
            return tr("This field is required.")
        if self.field.kind == DATE and value:
            try:
                dates.parse_partial(value)
            except ValueError:
                return tr("Write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2015 or 2015-06).")
        return ""

    def show_error(self, text):
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _show_date_hint(self, text):
        try:
            value = dates.parse_partial(text)
        except ValueError:
            value = None
        shown = labels.format_partial(value) if value else ""
        self.hint.setText(shown)
        self.hint.setVisible(bool(shown) and shown != text.strip())  # '2015' needs no echo


def show_refusal(editors, problem, exc):
    """Why the vault refused a write: next to the field it names (`where`, "tags[2]" naming the
    tags field), focused, or else in the `problem` label. Inputs are left as they are."""
    where = getattr(exc, "where", "") or ""
    what = getattr(exc, "what", None)
    editor = editors.get(where.split("[")[0].split(".")[0]) if where else None
    if editor is not None and what:
        editor.show_error(translate_problem(what))
        editor.widget.setFocus(Qt.FocusReason.OtherFocusReason)
    else:
        problem.setText(translate_problem(what) if what else str(exc))
        problem.show()


class RecordDialog(QDialog):
    """Edits `sections`, a list of (record, [Field]) pairs. `save(records, dialog)` is called with
    the edited copies; it runs the operation and calls dialog.saved() or dialog.failed(exc)."""

    def __init__(self, parent, title, sections, save):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("recordDialog")
        self._save = save
        self.sections = []
        self.editors = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for number, (record, fields) in enumerate(sections):
            if len(sections) > 1:
                self.form.addRow(self._heading(record, number))
            editors = []
            for field in fields:
                editor = FieldEditor(field, self, f"field_{field.name}")
                editor.set_value(getattr(record, field.name))
                self.form.addRow(field.label, editor.container)
                editors.append(editor)
                self.editors.setdefault(field.name, editor)
            self.sections.append((record, editors))
        self.problem = labels.plain_label(self, "dialogProblem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # The form scrolls, so that Save and Cancel stay on screen whatever the screen's height.
        self.form_widget = QWidget(self)
        self.form_widget.setObjectName("recordForm")
        self.form_widget.setLayout(self.form)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("recordScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.form_widget)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.scroll, 1)
        self.layout_.addWidget(self.problem)
        self.layout_.addWidget(self.buttons)
        self._original = [record_dict(r) for r in self.records()]
        self.setMinimumWidth(640)

    def sizeHint(self):  # noqa: N802 - Qt override
        """As large as the form, but never larger than the screen it opens on (the form scrolls)."""
        hint = super().sizeHint()
        form = self.form_widget.sizeHint()
        screen = (self.parentWidget() or self).screen() if hasattr(self, "form_widget") else None
        room = screen.availableGeometry() if screen is not None else None
        width = max(hint.width(), form.width() + self.scroll.verticalScrollBar().sizeHint().width() + 24)
        height = form.height() + self.buttons.sizeHint().height() + 48
        if room is not None:
            width, height = min(width, room.width() - 40), min(height, room.height() - 80)
        return QSize(width, max(height, 200))

    def setVisible(self, visible):  # noqa: N802 - Qt override
        """Opened at its size hint (Qt would cap a window at two thirds of the screen), then centred."""
        if visible and not self.testAttribute(Qt.WidgetAttribute.WA_Resized) and hasattr(self, "form_widget"):
            self.resize(self.sizeHint())
        super().setVisible(visible)

    def _heading(self, record, number):
        from ui.labels import entity_label  # noqa: PLC0415

        text = tr("In this case") if record.entity == "role" else entity_label(record.entity)
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        if number:
            label.setContentsMargins(0, 12, 0, 0)
        return label

    def add_row(self, label, widget):
        self.form.addRow(label, widget)

    # -- values -------------------------------------------------------------------------------------

    def records(self):
        """Edited copies of the records (the originals are untouched until saved)."""
        out = []
        for record, editors in self.sections:
            copy = dataclasses.replace(record)
            for editor in editors:
                setattr(copy, editor.field.name, editor.value())
            out.append(self.finish(copy))
        return out

    def finish(self, record):
        """Hook for subclasses: fill in values their own widgets hold."""
        return record

    def has_changes(self):
        return [record_dict(r) for r in self.records()] != self._original

    # -- saving -------------------------------------------------------------------------------------

    def submit(self):
        first = None
        for editor in self.editors.values():
            text = editor.check()
            editor.show_error(text)
            if text and first is None:
                first = editor
        self.problem.hide()
        if first is not None:
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.buttons.setEnabled(False)
        self._save(self.records(), self)

    def saved(self, *_):
        self.buttons.setEnabled(True)
        self.done(QDialog.DialogCode.Accepted)

    def failed(self, exc):
        """Show why the vault refused, next to the field it names; keep every input."""
        self.buttons.setEnabled(True)
        show_refusal(self.editors, self.problem, exc)

    def reject(self):
        if self.has_changes():
            answer = Dialogs.ask(self, tr("Discard changes?"), tr("You changed this record. Discard the changes?"),
                                 Button.Discard | Button.Cancel, Button.Cancel)
            if answer != Button.Discard:
                return
        super().reject()

    def discard(self):
        """Close without asking (after the changes were saved or on lock)."""
        super().reject()


def narrow(combo, characters=16):
    """A drop-down as wide as its layout gives it, not as its longest item (long names would
    otherwise widen the whole dialog past small screens); the list still shows items whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.currentTextChanged.connect(combo.setToolTip)  # the whole text of a choice cut short
    return combo
