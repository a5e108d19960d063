"""CaseTableModel: the case list as a Qt model that holds only the sorted, filtered ids (from SQL)
and fetches the displayed columns lazily, a page at a time, as the view asks for rows (the way
Anki's browser table does). Sorting asks the owner for a new id list; no proxy model sorts here.

Rows not fetched yet show a placeholder; when a page arrives, dataChanged repaints it."""

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt

from db import vocab
from ui import labels

COL_REFERENCE, COL_TITLE, COL_STATUS, COL_HOST_COUNTRY, COL_CAMPAIGN, COL_CHANGED = range(6)
COLUMN_COUNT = 6
# The db.caselist sort key of each column.
SORT_KEYS = ("reference", "title", "status", "host_country", "campaign", "changed_at")
CaseIdRole = Qt.ItemDataRole.UserRole + 1
PAGE = 200
PLACEHOLDER = "…"


def _headers():
    t = QCoreApplication.translate
    return (t("CaseTableModel", "Reference"), t("CaseTableModel", "Title"), t("CaseTableModel", "Status"),
            t("CaseTableModel", "Country"), t("CaseTableModel", "Campaign"),
            t("CaseTableModel", "Last change"))


def format_change(value):
    """A last change for the list: the time if it was today (local time), else the date. Sorting
    by it is done in SQL on the full timestamp; the tooltip shows both."""
    shown = labels.format_timestamp(value)
    if not shown:
        return ""
    day, _space, time = shown.partition(" ")
    return time if day == QDate.currentDate().toString("yyyy-MM-dd") else day


class CaseTableModel(QAbstractTableModel):
    """`fetch(ids)` is called (at most once per page until reset) to load rows; the owner answers
    with add_rows(). `sort_requested(key, descending)` is left to the owner through `on_sort`."""

    def __init__(self, fetch, on_sort=None, parent=None):
        super().__init__(parent)
        self._fetch = fetch
        self._on_sort = on_sort
        self._ids = []
        self._row_of = {}
        self._rows = {}
        self._requested = set()
        self._headers = _headers()
        self.sort_column = COL_REFERENCE
        self.sort_order = Qt.SortOrder.AscendingOrder

    # -- content ------------------------------------------------------------------------------------

    def set_ids(self, ids, keep_rows=True):
        """Show these cases in this order; cached rows are kept unless the data changed."""
        self.beginResetModel()
        self._ids = list(ids)
        self._row_of = {case_id: n for n, case_id in enumerate(self._ids)}
        if not keep_rows:
            self._rows = {}
        self._requested = set()
        self.endResetModel()

    def add_rows(self, rows):
        """Rows fetched for some ids (dict id -> CaseRow); repaints the lines they fill."""
        self._rows.update(rows)
        lines = sorted(self._row_of[i] for i in rows if i in self._row_of)
        if lines:
            self.dataChanged.emit(self.index(lines[0], 0), self.index(lines[-1], COLUMN_COUNT - 1))

    def clear(self):
        """Drop every id and row (locking)."""
        self.set_ids([], keep_rows=False)

    def case_id(self, row):
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id):
        return self._row_of.get(case_id, -1)

    def ids(self):
        return list(self._ids)

    def cached_row(self, case_id):
        return self._rows.get(case_id)

    # -- Qt model API -------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < COLUMN_COUNT:
            return self._headers[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._ids) or index.column() >= COLUMN_COUNT:
            return None
        case_id = self._ids[index.row()]
        if role == CaseIdRole:
            return case_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows.get(case_id)
        if row is None:
            self._request(index.row())
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_HOST_COUNTRY:
                return labels.tooltip(labels.country_name(row.host_country))
            if column == COL_TITLE:
                return labels.tooltip(labels.isolate(row.title))
            if column == COL_CHANGED:
                return labels.format_timestamp(row.changed_at)
            return None
        if column == COL_REFERENCE:
            return labels.isolate(row.reference)
        if column == COL_TITLE:
            return labels.isolate(row.title)
        if column == COL_STATUS:
            return labels.vocab_label(vocab.CASE_STATUS, row.status)
        if column == COL_HOST_COUNTRY:
            return labels.isolate(row.host_country)
        if column == COL_CAMPAIGN:
            return labels.vocab_label(vocab.CAMPAIGN, row.campaign)
        return format_change(row.changed_at)

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        if not 0 <= column < COLUMN_COUNT or (column, order) == (self.sort_column, self.sort_order):
            return  # the view re-applies its indicator when set up: no second 100,000-row query for it
        self.sort_column, self.sort_order = column, order
        if self._on_sort is not None:
            self._on_sort(SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)

    # -- lazy fetching ------------------------------------------------------------------------------

    def _request(self, row):
        page = row // PAGE
        if page in self._requested:
            return
        self._requested.add(page)
        ids = [i for i in self._ids[page * PAGE:(page + 1) * PAGE] if i not in self._rows]
        if ids:
            self._fetch(ids)
