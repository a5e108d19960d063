"""Editing records: field descriptions (Field), the widgets for each kind, and RecordDialog, one
dialog for one or more records edited together (a person and their role in a case, say).

Validation explains itself: obvious mistakes (a required field left empty, a date that is not
YYYY, YYYY-MM or YYYY-MM-DD) are caught before saving; anything the vault refuses comes back as
db.errors.ValidationError, whose `where` names the field. Either way the message appears under
the field, the field gets focus, and the dialog stays open with everything typed in it."""

import dataclasses
import itertools

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
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
from db.normalise import fold
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
    show_keys: bool = False  # CHOICE: show each entry's key before its label ("B – Usually reliable")


# -- typing into drop-downs ----------------------------------------------------------------------------

def _words(text):
    """Folded text (case, accents, width, traditional Chinese) with anything between words a space."""
    return " ".join("".join(c if c.isalnum() else " " for c in fold(text)).split())


def find_item(texts, typed):
    """The index of the entry a person typing `typed` means: the first that starts with it, else the
    first with a word that starts with it, else the first holding it anywhere; -1 if none."""
    wanted = _words(typed)
    if not wanted:
        return -1
    folded = [_words(t) for t in texts]
    for matches in (lambda f: f.startswith(wanted), lambda f: (" " + wanted) in (" " + f), lambda f: wanted in f):
        for index, text in enumerate(folded):
            if matches(text):
                return index
    return -1


class ComboTyping(QObject):
    """Type-to-find in every drop-down of the application (an application-wide event filter, so
    dialogs built anywhere get it). Qt's own keyboard search forgets what was typed after 0.4 s and
    opens the list on a space, after which the rest of the typing lands in the list and is lost. Here
    everything typed into a focused drop-down (letters, spaces, an input method's Chinese) builds one
    search text that picks the best entry (`find_item`); Backspace takes back a character; the text
    starts afresh after PAUSE_MS without a key, or when the focus moves. A space opens the list only
    as the first key pressed in the drop-down (F4 and Alt+Down always do)."""

    PAUSE_MS = 1500
    _instance = None

    @classmethod
    def install(cls):
        """Install the filter on the application once; returns it."""
        app = QApplication.instance()
        if app is not None and cls._instance is None:
            cls._instance = cls(app)
            app.installEventFilter(cls._instance)
        return cls._instance

    def __init__(self, parent=None):
        super().__init__(parent)
        self.combo = None  # the drop-down being typed into, and what was typed there
        self.typed = ""
        self.started = False  # a key was typed into it since it got the focus
        self.clock = QElapsedTimer()

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.InputMethod, QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            return False
        if not isinstance(watched, QComboBox) or watched.isEditable():
            return False
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            # Nothing typed is kept once the focus leaves (it may be part of a name).
            self.combo, self.typed, self.started = (watched if kind == QEvent.Type.FocusIn else None), "", False
            # Input methods talk only to widgets that ask for them: Chinese can then be typed here too.
            watched.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
            return False
        if watched.view().isVisible():
            return False  # the open list handles its own keys
        if kind == QEvent.Type.InputMethod:
            if event.commitString():
                self._type(watched, event.commitString())
                return True
            return False
        return self._key(watched, event)

    def _key(self, combo, event):
        if event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier):
            return False  # shortcuts, Alt+Down
        if combo is not self.combo:
            self.combo, self.typed, self.started = combo, "", False
        if event.key() == Qt.Key.Key_Backspace:
            if not self.typed:
                return False
            self.typed = self.typed[:-1]
            self.clock.restart()
            self._select(combo)
            return True
        text = event.text()
        if not text or not text.isprintable():
            self.typed = "" if event.key() == Qt.Key.Key_Escape else self.typed
            return False  # arrows, Tab, Enter, Escape, F4: Qt's own
        if text == " " and not self.started:
            return False  # Space as the first key: open the list, as everywhere
        self._type(combo, text)
        return True

    def _type(self, combo, text):
        if combo is not self.combo or (self.typed and self.clock.elapsed() > self.PAUSE_MS):
            self.combo, self.typed = combo, ""
        self.started = True
        self.typed = (self.typed + text).lstrip()
        self.clock.restart()
        self._select(combo)

    def _select(self, combo):
        index = find_item([combo.itemText(n) for n in range(combo.count())], self.typed)
        if index >= 0 and index != combo.currentIndex():
            combo.setCurrentIndex(index)


# -- the focus ring and the tab order --------------------------------------------------------------------

class FocusRing(QWidget):
    """A two-pixel ring in the highlight colour over the edge of whichever widget has the keyboard
    focus, in every window: the styles' own focus marks (a one-pixel line, a dotted rectangle) are
    easy to lose on a bright laptop screen. The ring lies on the widget's own border, inside its
    rectangle, so a tight container cannot clip it away; it lets the mouse through. `install()`
    follows the focus application-wide, skipping popups (a drop-down's list, menus)."""

    _follower = None

    @classmethod
    def install(cls):
        app = QApplication.instance()
        if app is not None and cls._follower is None:
            cls._follower = _RingFollower(app)
            app.focusChanged.connect(cls._follower.follow)
        return cls._follower

    def __init__(self):
        super().__init__(None)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoChildEventsForParent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target = None

    def set_widget(self, widget):
        import shiboken6  # noqa: PLC0415

        if self.target is not None and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = widget
        if widget is None or widget.parentWidget() is None:
            self.target = None
            self.hide()
            return
        widget.installEventFilter(self)
        self._follow()

    def _follow(self):
        widget = self.target
        if self.parentWidget() is not widget.parentWidget():
            self.setParent(widget.parentWidget())
        self.setGeometry(widget.geometry())
        self.raise_()
        self.setVisible(widget.isVisible())

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if watched is self.target:
            kind = event.type()
            if kind in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.ParentChange,
                        QEvent.Type.ZOrderChange):
                self._follow()
            elif kind == QEvent.Type.Hide:
                self.hide()
        return False

    def paintEvent(self, _event):  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().highlight().color(), 2))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 2.5, 2.5)


class _RingFollower(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ring = None

    def follow(self, _old, new):
        import shiboken6  # noqa: PLC0415

        ring = self.ring if self.ring is not None and shiboken6.isValid(self.ring) else None
        if new is None or new.window().windowType() == Qt.WindowType.Popup or new.parentWidget() is None:
            if ring is not None:
                ring.set_widget(None)
            return
        if ring is None:
            ring = self.ring = FocusRing()  # lives in the focused widget's parent; closing that deletes it
        ring.set_widget(new)


def _stops(root):
    """The widgets of `root` that take the focus with Tab, one per control: not the parts of a
    spin box or drop-down, not hidden ones."""
    out = []
    for widget in root.findChildren(QWidget):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None \
                or not widget.isVisibleTo(root) or widget.window() is not root.window():
            continue
        parent = widget.parentWidget()
        while parent is not None and parent is not root and not isinstance(parent, (QAbstractSpinBox, QComboBox)):
            parent = parent.parentWidget()
        if parent is root or parent is None:
            out.append(widget)
    return out


def reading_order(root, widgets):
    """`widgets` sorted as they read: line by line from the top (widgets whose heights overlap share
    a line), and along each line in the layout's direction."""
    rects = {w: QRect(w.mapTo(root, w.rect().topLeft()), w.size()) for w in widgets}
    lines = []  # [top, bottom, widgets]: the span of a line is that of its first (topmost) widget
    for widget in sorted(widgets, key=lambda w: (rects[w].top(), rects[w].left())):
        rect = rects[widget]
        if lines:
            top, bottom, members = lines[-1]
            if 2 * (min(bottom, rect.bottom()) - max(top, rect.top())) > min(bottom - top, rect.height()):
                members.append(widget)
                continue
        lines.append([rect.top(), rect.bottom(), [widget]])
    rtl = root.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return [w for _top, _bottom, line in lines
            for w in sorted(line, key=lambda w: -rects[w].right() if rtl else rects[w].left())]


def tab_in_reading_order(root):
    """Make Tab visit `root`'s controls in reading order (call once laid out, e.g. when shown).
    Qt's default order is the order widgets were created in, which jumps about in a dialog whose
    subclass adds rows after its base class built the buttons."""
    order = reading_order(root, _stops(root))
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(first, second)
    return order


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
                w.addItem(f"{key} – {label}" if f.show_keys else label, key)
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
        editor.show_error(labels.notice_text(what))
        editor.widget.setFocus(Qt.FocusReason.OtherFocusReason)
    else:
        problem.setText(labels.notice_text(what) if what else labels.error_text(exc))
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
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside, not the frame
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.form_widget)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.scroll, 1)
        self.layout_.addWidget(self.problem)
        self.layout_.addWidget(self.buttons)
        self._original = [record_dict(r) for r in self.records()]
        self.setMinimumWidth(640)
        ComboTyping.install()
        FocusRing.install()

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        tab_in_reading_order(self)  # subclasses add rows after the buttons were made

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
