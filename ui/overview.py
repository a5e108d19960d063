"""The overview tab: every field of the case, edited in place, with Save and Revert. It knows
whether it holds unsaved edits (`has_changes`), so the window can ask before switching cases and
save them before locking."""

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
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
from ui.forms import MULTILINE, FieldEditor, show_refusal, tab_in_reading_order

WIDE = ("title", "tags")  # one-line fields that get the whole width


class OverviewTab(QWidget):
    """save_requested(Case): the user pressed Save with edits that pass the local checks."""

    save_requested = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("overviewTab")
        self.case = None
        self.changed_at = ""
        self.editors = {}
        self.inner = inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        fields = case_fields()
        for field in fields:
            editor = FieldEditor(field, inner, f"case_{field.name}")
            self.editors[field.name] = editor
            signal = getattr(editor.widget, "textChanged", None) or editor.widget.currentIndexChanged
            signal.connect(self._changed)
        self.host_name = QLabel(inner)
        self.host_name.setObjectName("hostCountryName")
        self.host_name.setStyleSheet("color: palette(mid);")
        host = self.editors["host_country"]
        beside = QHBoxLayout()
        host.container.layout().removeWidget(host.widget)
        beside.addWidget(host.widget, 1)
        beside.addWidget(self.host_name)
        host.container.layout().insertLayout(0, beside)
        host.widget.textChanged.connect(lambda text: self.host_name.setText(labels.country_name(text.strip().upper())))
        row = self._lay_out(grid, fields, inner)
        self.meta = labels.plain_label(inner, "caseMeta")
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta.setStyleSheet("color: palette(mid);")
        self.meta.setWordWrap(True)
        grid.addWidget(self.meta, row, 1, 1, 3)
        self.problem = labels.plain_label(inner, "overviewProblem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        grid.addWidget(self.problem, row + 1, 1, 1, 3)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside, not the frame
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
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

    def _lay_out(self, grid, fields, parent):
        """Short fields two to a line, long ones (the title, tags, text) across the whole width, in
        the fields' order otherwise: the summary keeps most of the height, even at 1024 x 700.
        Returns the next free row."""
        row, waiting, wide = 0, None, []

        def place(field, line, column, span):
            label = QLabel(field.label, parent)
            label.setBuddy(self.editors[field.name].widget)
            grid.addWidget(label, line, column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setContentsMargins(0, 4, 0, 0)
            grid.addWidget(self.editors[field.name].container, line, column + 1, 1, span)

        def flush_wide():
            nonlocal row
            for field in wide:
                place(field, row, 0, 3)
                if field.kind == MULTILINE:
                    grid.setRowStretch(row, 1)
                row += 1
            wide.clear()

        for field in fields:
            if field.kind == MULTILINE or field.name in WIDE:
                if waiting is None:
                    wide.append(field)
                    flush_wide()
                else:
                    wide.append(field)  # after the short field waiting for its pair
            elif waiting is None:
                waiting = field
            else:
                place(waiting, row, 0, 1)
                place(field, row, 2, 1)
                row += 1
                waiting = None
                flush_wide()
        if waiting is not None:
            place(waiting, row, 0, 1)
            row += 1
        flush_wide()
        return row

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        tab_in_reading_order(self.inner)

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
        created, updated = labels.format_timestamp(case.created_at), labels.format_timestamp(case.updated_at)
        changed = labels.format_timestamp(max(self.changed_at, case.updated_at))
        author = labels.isolate(case.author)
        if changed == updated:
            text = self.tr("Created {created} · last change {updated} by {author}")
        else:  # a record in the case changed after the case's own fields
            text = self.tr("Created {created} · last change {changed} (case details: {updated} by {author})")
        self.meta.setText(text.format(created=created, changed=changed, updated=updated, author=author))

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
