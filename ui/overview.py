"""The overview tab: every field of the case, edited in place, with Save and Revert. It knows
whether it holds unsaved edits (`has_changes`), so the window can ask before switching cases and
save them before locking."""

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.repository import record_dict
from ui import labels
from ui.fields import case_fields
from ui.forms import FieldEditor, show_refusal


class OverviewTab(QWidget):
    """save_requested(Case): the user pressed Save with edits that pass the local checks."""

    save_requested = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("overviewTab")
        self.case = None
        self.changed_at = ""
        self.editors = {}
        inner = QWidget(self)
        form = QFormLayout(inner)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in case_fields():
            editor = FieldEditor(field, inner, f"case_{field.name}")
            form.addRow(field.label, editor.container)
            self.editors[field.name] = editor
            signal = getattr(editor.widget, "textChanged", None) or editor.widget.currentIndexChanged
            signal.connect(self._changed)
        self.host_name = QLabel(inner)
        self.host_name.setObjectName("hostCountryName")
        self.host_name.setStyleSheet("color: palette(mid);")
        host = self.editors["host_country"]
        host.container.layout().insertWidget(1, self.host_name)
        host.widget.textChanged.connect(lambda text: self.host_name.setText(labels.country_name(text.strip().upper())))
        self.meta = labels.plain_label(inner, "caseMeta")
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta.setStyleSheet("color: palette(mid);")
        form.addRow("", self.meta)
        self.problem = labels.plain_label(inner, "overviewProblem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form.addRow("", self.problem)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.save_button = QPushButton(self.tr("Save changes"), self)
        self.save_button.setObjectName("overviewSave")
        self.save_button.clicked.connect(self.submit)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setObjectName("overviewRevert")
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._loading = False
        self._update_buttons()

    def set_case(self, case):
        """Show `case` (None empties every field: locking)."""
        self._loading = True
        self.case = case
        for name, editor in self.editors.items():
            editor.set_value(getattr(case, name) if case is not None else None)
            editor.show_error("")
        self.problem.hide()
        if case is not None:
            self._show_meta()
        else:
            self.changed_at = ""
            self.meta.clear()
            self.host_name.clear()
        self._loading = False
        self._update_buttons()

    def set_last_change(self, changed_at):
        """When anything in the case last changed (its people, incidents, sources... included)."""
        self.changed_at = changed_at
        if self.case is not None:
            self._show_meta()

    def _show_meta(self):
        case = self.case
        self.meta.setText(self.tr("Created {created} · last change {changed} · case details edited {updated} by "
                                  "{author}").format(
            created=labels.format_timestamp(case.created_at),
            changed=labels.format_timestamp(max(self.changed_at, case.updated_at)),
            updated=labels.format_timestamp(case.updated_at), author=labels.isolate(case.author)))

    def edited(self):
        """The case with the form's values (a copy), or None."""
        if self.case is None:
            return None
        copy = dataclasses.replace(self.case, tags=list(self.case.tags))
        for name, editor in self.editors.items():
            setattr(copy, name, editor.value())
        return copy

    def has_changes(self):
        edited = self.edited()
        return edited is not None and record_dict(edited) != record_dict(self.case)

    def check(self):
        """Run the local checks, showing problems under the fields; True when none."""
        ok = True
        for editor in self.editors.values():
            text = editor.check()
            editor.show_error(text)
            if text and ok:
                editor.widget.setFocus(Qt.FocusReason.OtherFocusReason)
                ok = False
        return ok

    def submit(self):
        if self.has_changes() and self.check():
            self.save_button.setEnabled(False)
            self.save_requested.emit(self.edited())

    def failed(self, exc):
        self._update_buttons()
        show_refusal(self.editors, self.problem, exc)

    def revert(self):
        self.set_case(self.case)

    def _changed(self, *_):
        if not self._loading:
            self._update_buttons()

    def _update_buttons(self):
        dirty = self.has_changes()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
