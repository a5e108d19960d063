"""RecordTableModel (records of one kind as table rows, columns described by Column) and
RecordTab, the list-with-buttons used by most tabs of the case view (people, chronology, sources,
interventions, notes, tasks, history)."""

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import labels

RecordRole = Qt.ItemDataRole.UserRole + 1
RecordIdRole = Qt.ItemDataRole.UserRole + 2


def tr(text):
    # A fixed context: self.tr() would take the subclass's name (ExhibitsTab) at run time.
    return QCoreApplication.translate("RecordTab", text)


class FlowLayout(QLayout):
    """Widgets left to right, wrapping onto a new line where the width runs out (Qt's flow layout
    example): a row of buttons then never sets a minimum width wider than its widest button, so a
    tab with six French buttons does not make the window wider than a 1024-pixel screen."""

    def __init__(self, parent=None, spacing=6):
        super().__init__(parent)
        self._items = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item):  # noqa: N802 - Qt's names from here on
        self._items.append(item)

    def count(self):
        return len(self._items)

    def itemAt(self, index):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self):  # noqa: N802
        return True

    def heightForWidth(self, width):  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect):  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self):  # noqa: N802
        width = sum(i.sizeHint().width() for i in self._visible()) + self._spacing * max(len(self._visible()) - 1, 0)
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        return QSize(width, height)

    def minimumSize(self):  # noqa: N802
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size

    def _visible(self):
        return [i for i in self._items if not (i.widget() is not None and i.widget().isHidden())]

    def _arrange(self, rect, move):
        x, y, line = rect.x(), rect.y(), 0
        owner = self.parentWidget()
        rtl = owner is not None and owner.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for item in self._visible():
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                left = rect.right() + 1 - (x - rect.x()) - hint.width() if rtl else x
                item.setGeometry(QRect(QPoint(left, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class Column:
    """A column: header text, the cell text of a record, and optionally its tooltip."""

    def __init__(self, header, text, tooltip=None, stretch=False):
        self.header = header
        self.text = text
        self.tooltip = tooltip
        self.stretch = stretch


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns, parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.records = []

    def set_records(self, records):
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def clear(self):
        self.set_records([])

    def record(self, row):
        return self.records[row] if 0 <= row < len(self.records) else None

    def row_of(self, record_id):
        for n, r in enumerate(self.records):
            if getattr(r, "id", None) == record_id:
                return n
        return -1

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.records) or index.column() >= len(self.columns):
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = column.text(record)
            return labels.isolate(" ".join(str(text).split())) if text else ""  # one line per row
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.tooltip(labels.isolate(column.tooltip(record) if column.tooltip else column.text(record)))
        if role == RecordRole:
            return record
        if role == RecordIdRole:
            return getattr(record, "id", None)
        return None


class RecordTab(QWidget):
    """A table of records with Add / Edit / Delete buttons. Signals carry the record."""

    add_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, name, columns, add_text, parent=None, editable=True, detail=False):
        """`detail`: show the current record in full under the table (its stretch column's text,
        word-wrapped, after the other columns), for tabs whose rows hold more than a line shows."""
        super().__init__(parent)
        self.setObjectName(name)
        self.model = RecordTableModel(columns, self)
        self.view = QTableView(self)
        self.view.setObjectName(name + "Table")
        self.view.setTabKeyNavigation(False)  # Tab goes on to the buttons, not from cell to cell
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(360)  # long text is elided; the tooltip shows all of it
        for n, column in enumerate(columns):
            if column.stretch:
                header.setSectionResizeMode(n, QHeaderView.ResizeMode.Stretch)
        self.empty = labels.plain_label(self)
        self.empty.setStyleSheet("color: palette(mid);")
        self.empty.setWordWrap(True)
        self.buttons = FlowLayout()
        self.add_button = self.edit_button = self.delete_button = None
        if editable:
            self.add_button = self.button(add_text, self.add_requested.emit, name + "Add")
            self.edit_button = self.button(tr("Edit…"), self._edit, name + "Edit")
            self.delete_button = self.button(tr("Delete…"), self._delete, name + "Delete")
            self.view.doubleClicked.connect(lambda _index: self._edit())
            shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._delete)
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # as a double click: the chosen row opens
                opener = QShortcut(QKeySequence(key), self.view)
                opener.setContext(Qt.ShortcutContext.WidgetShortcut)
                opener.activated.connect(self._edit)
        self.detail = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        if detail:
            # Plain text, never rich text: the record's own words are shown, not interpreted.
            self.detail = QPlainTextEdit(self)
            self.detail.setObjectName(name + "Detail")
            self.detail.setReadOnly(True)
            self.detail.setMaximumHeight(self.fontMetrics().lineSpacing() * 8 + 12)
            self.detail.hide()
            layout.addWidget(self.detail)
        layout.addWidget(self.empty)
        layout.addLayout(self.buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    def button(self, text, slot, name=None):
        button = QPushButton(text, self)
        if name:
            button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        return button

    def set_records(self, records, empty_text=""):
        selected = self.current()
        self.model.set_records(records)
        self.empty.setText(empty_text if not records else "")
        self.empty.setVisible(bool(empty_text) and not records)
        if selected is not None:
            self.select(getattr(selected, "id", None))
        self._update_buttons()

    def current(self):
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select(self, record_id):
        row = self.model.row_of(record_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.selectRow(row)
        return row >= 0

    def _edit(self):
        record = self.current()
        if record is not None:
            self.edit_requested.emit(record)

    def _delete(self):
        record = self.current()
        if record is not None:
            self.delete_requested.emit(record)

    def _update_buttons(self, *_):
        record = self.current()
        for button in (self.edit_button, self.delete_button):
            if button is not None:
                button.setEnabled(record is not None)
        if self.detail is not None:
            self.detail.setPlainText(self.detail_text(record) if record is not None else "")
            self.detail.setVisible(record is not None)

    def detail_text(self, record):
        """The other columns' texts joined by " · ", then the stretch column's text in full."""
        columns = self.model.columns
        short = [" ".join(str(text).split()) for c in columns if not c.stretch and (text := c.text(record))]
        long = [str(text) for c in columns if c.stretch and (text := c.text(record))]
        return "\n\n".join([" · ".join(short), *long]) if short else "\n\n".join(long)
