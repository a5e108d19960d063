"""The case list panel: search box (debounced, results as you type), filters for status,
campaign, tactic, host country and tag, and the lazily filled CaseTableModel. Every change of
text, filter or sort asks SQL for a new id list (desktop.operations_case.case_ids); answers to
superseded queries are ignored."""

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import vocab
from db.errors import ValidationError
from desktop import operations_case as ops
from desktop.operations_case import CaseQuery
from ui import labels
from ui.case_table_model import (
    COL_CAMPAIGN,
    COL_CHANGED,
    COL_HOST_COUNTRY,
    COL_REFERENCE,
    COL_STATUS,
    COL_TITLE,
    SORT_KEYS,
    CaseTableModel,
)

SEARCH_DELAY_MS = 250


class CaseTableView(QTableView):
    """The list's table. Qt makes the first row current when a view with no current row gets the
    focus; here the current row is the open case, so that opened a case nobody chose, for one when
    the focus came back from the new-case dialog while the list was still reloading. Focus alone
    now leaves no row current (arrow keys still start at the first row)."""

    choosing_on_focus = False  # True while Qt picks a row because the focus came in
    wanted = None  # column -> the width it is given when shown (from font metrics), set by the panel
    DROP_ORDER = (COL_CAMPAIGN, COL_HOST_COUNTRY, COL_STATUS)  # hidden in this order when the list is narrow

    def title_width(self):
        """The least the title column gets before other columns make way: about 24 characters."""
        return self.fontMetrics().averageCharWidth() * 24

    def fit_columns(self):
        """Give the title its width first: while the other columns would leave it less than
        title_width(), hide campaign, then country, then status (the filters still offer them), and
        show them again once the list is wide enough. Widths the user dragged count as they are."""
        header = self.horizontalHeader()
        room = self.viewport().width()
        shown = [c for c in self.wanted if c != COL_TITLE]
        width = {c: header.sectionSize(c) if not self.isColumnHidden(c) else self.wanted[c] for c in shown}
        for column in self.DROP_ORDER:
            if sum(width[c] for c in shown) + self.title_width() <= room:
                break
            shown.remove(column)
        for column in self.DROP_ORDER:
            hide = column not in shown
            if self.isColumnHidden(column) != hide:
                self.setColumnHidden(column, hide)
                if not hide:
                    header.resizeSection(column, self.wanted[column])

    def resizeEvent(self, event):  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.wanted:
            self.fit_columns()

    def focusInEvent(self, event):  # noqa: N802 - Qt's name
        had_current = self.currentIndex().isValid()
        self.choosing_on_focus = not had_current
        try:
            super().focusInEvent(event)
        finally:
            self.choosing_on_focus = False
        if not had_current and self.currentIndex().isValid():
            self.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)


class CaseListPanel(QWidget):
    """Signals: case_selected(str case_id) when the current row changes to a case;
    list_loaded(int count) each time a query's ids arrive (tests and the benchmark wait on it);
    filtered_out(str case_id) when a new search or filter leaves out the open case (the window
    then closes it, unless it holds unsaved edits: `keep_notice` says so under the list)."""

    case_selected = Signal(str)
    list_loaded = Signal(int)
    filtered_out = Signal(str)

    def __init__(self, session, on_error, parent=None):
        super().__init__(parent)
        self.session = session
        self._on_error = on_error
        self._serial = 0
        self._sort = ("reference", False)
        self._pending_select = None
        self._quiet = False
        self._choices_loaded = False

        self.search = QLineEdit(self)
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("Search cases, people, incidents… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._text_changed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)

        self.status_filter = self._combo("statusFilter", self.tr("Any status"), labels.vocab_items(vocab.CASE_STATUS))
        self.campaign_filter = self._combo("campaignFilter", self.tr("Any campaign"),
                                           labels.vocab_items(vocab.CAMPAIGN))
        self.tactic_filter = self._combo("tacticFilter", self.tr("Any tactic"), labels.vocab_items(vocab.TACTIC))
        self.country_filter = self._combo("countryFilter", self.tr("Any country"), [])
        self.tag_filter = self._combo("tagFilter", self.tr("Any tag"), [])
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear_filters)

        self.model = CaseTableModel(self._fetch_rows, self._sort_requested, self)
        self.view = CaseTableView(self)
        self.view.setObjectName("caseTable")
        self.view.setTabKeyNavigation(False)  # Tab leaves the list (rows are chosen with the arrow keys)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Indicator first: enabling sorting re-sorts by it, and the model skips an order it already has.
        self.view.horizontalHeader().setSortIndicator(COL_REFERENCE, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # Widths from the font, never ResizeToContents: measuring would fetch every row of the list.
        metrics = self.fontMetrics()
        bold = header.fontMetrics()
        # The widest status and campaign in this language; a header never cut (its sort arrow included).
        def names(vocabulary):
            return [label for _key, label in labels.vocab_items(vocabulary)]

        samples = ((COL_REFERENCE, ["CV-2024-0000"]), (COL_STATUS, names(vocab.CASE_STATUS)),
                   (COL_HOST_COUNTRY, ["CA"]), (COL_CAMPAIGN, names(vocab.CAMPAIGN)),
                   (COL_CHANGED, ["2024-02-14", "10:00"]))
        style = self.style()
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) \
            + 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        self.view.wanted = {}
        for column, texts in samples:
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max(max(metrics.horizontalAdvance(t) for t in texts) + 12,
                        bold.horizontalAdvance(title) + arrow + 10)
            header.resizeSection(column, width)
            self.view.wanted[column] = width
        self.view.wanted[COL_TITLE] = 0
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.count_label = labels.plain_label(self)
        self.count_label.setWordWrap(True)  # a long note must not widen the list

        # Two rows of three: in one row the filters alone made the panel 660 pixels wide at least,
        # leaving the case view (eight tabs, a nine-column chronology) the narrower side. Three rows of
        # two where three would cut "Toute campagne" (_arrange_filters).
        self.filters = QGridLayout()
        self._filter_columns = 0
        self._arrange_filters(3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(self.filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.tag_filter, self.clear_button)
        self.setTabOrder(self.clear_button, self.view)

    def _filter_widgets(self):
        return (self.status_filter, self.campaign_filter, self.tactic_filter, self.country_filter, self.tag_filter,
                self.clear_button)

    def _arrange_filters(self, columns):
        if columns == self._filter_columns:
            return
        self._filter_columns = columns
        for widget in self._filter_widgets():
            self.filters.removeWidget(widget)
        for n, widget in enumerate(self._filter_widgets()):
            self.filters.addWidget(widget, n // columns, n % columns)
        for column in range(3):  # the combos share the width, however long their labels
            self.filters.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event):  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange_filters(3 if self.width() >= self._filters_width(3) else 2)

    def _filters_width(self, columns):
        """The least width of the filters `columns` to a row: the longest "Any …" with the drop-down's
        arrow and frame, and never less than a filter's own minimum."""
        widgets = self._filter_widgets()
        need = max(max(c.fontMetrics().horizontalAdvance(c.itemText(0)) + 40 for c in widgets[:-1]),
                   max(w.minimumSizeHint().width() for w in widgets))
        return columns * need + (columns - 1) * self.filters.horizontalSpacing()

    def minimumSizeHint(self):  # noqa: N802 - Qt override
        """As narrow as two filters a row allow, even while three are shown (resizeEvent rearranges
        them): else the splitter could never take the list below three a row, 378 pixels in Chinese,
        and the case view lost the width it was given."""
        hint = super().minimumSizeHint()
        others = max(self.search.minimumSizeHint().width(), self.view.minimumSizeHint().width())
        return QSize(max(self._filters_width(2), others), hint.height())

    def _combo(self, name, any_text, items):
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(any_text, None)
        for key, label in items:
            combo.addItem(label, key)
        # Long labels (a tactic in French) must not widen the window; the popup shows them whole.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(9)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        combo.currentIndexChanged.connect(self.refresh)
        return combo

    # -- queries ------------------------------------------------------------------------------------

    def query(self):
        def chosen(combo):
            value = combo.currentData()
            return (value,) if value else ()

        return CaseQuery(text=self.search.text().strip(), status=chosen(self.status_filter),
                         campaign=chosen(self.campaign_filter), tactic=chosen(self.tactic_filter),
                         host_country=chosen(self.country_filter), tags=chosen(self.tag_filter),
                         sort=self._sort[0], descending=self._sort[1])

    def refresh(self, select=None, data_changed=False):
        """Ask SQL for the ids of the current query; `select` a case id once they arrive."""
        self._debounce.stop()
        self._serial += 1
        serial = self._serial
        if isinstance(select, str):
            self._pending_select = select
        keep = not data_changed

        def done(ids):
            if serial == self._serial:
                self._show_ids(ids, keep)

        def failed(exc):
            if serial != self._serial:
                return
            if isinstance(exc, ValidationError):  # a query it cannot read: say so here, not in a box per key
                self.count_label.setStyleSheet("color: #b00020;")
                self.count_label.setText(labels.notice_text(exc.what))
            else:
                self._on_error(exc)

        ops.case_ids(self.session, self.query()).success(done).failure(failed).run()

    def refresh_choices(self):
        """Reload the country and tag filter menus (after unlocking or an edit)."""
        def done(choices):
            self._fill(self.country_filter, [(c, c) for c in choices.host_countries])
            self._fill(self.tag_filter, [(t, t) for t in choices.tags])

        ops.filter_choices(self.session).success(done).failure(self._on_error).run()

    def _fill(self, combo, items):
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for key, label in items:
            combo.addItem(label, key)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _show_ids(self, ids, keep_rows):
        current = self.session.current_case_id or self.current_case_id()
        if current and keep_rows and self._pending_select is None and current not in set(ids):
            self.filtered_out.emit(current)  # the window closes it, or says why it stays
            current = self.session.current_case_id
        self._quiet = True  # a model reset moves the current row: that is not the user choosing a case
        try:
            self.model.set_ids(ids, keep_rows=keep_rows)
        finally:
            self._quiet = False
        n = len(ids)
        self.count_label.setStyleSheet("")
        text = self.tr("%n case(s)", "", n)
        kept = self.session.current_case_id
        if kept and self.model.row_of(kept) < 0:
            text += " · " + self.tr("the open case does not match, but stays open: it has unsaved changes")
        self.count_label.setText(text)
        target = self._pending_select or current
        self._pending_select = None
        if target:
            self.select_case(target, emit=False)
        self.list_loaded.emit(n)

    def _fetch_rows(self, ids):
        def done(rows):
            self.model.add_rows(rows)
            if not self._choices_loaded:  # after the first page: the filter menus must not delay the list
                self._choices_loaded = True
                self.refresh_choices()

        ops.case_rows(self.session, ids).success(done).failure(self._on_error).run()

    def _sort_requested(self, key, descending):
        if key in SORT_KEYS:
            self._sort = (key, descending)
            self.refresh()

    def _text_changed(self, _text):
        self._debounce.start()

    def clear_filters(self):
        for combo in (self.status_filter, self.campaign_filter, self.tactic_filter, self.country_filter,
                      self.tag_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh()

    # -- selection ----------------------------------------------------------------------------------

    def current_case_id(self):
        index = self.view.currentIndex()
        return self.model.case_id(index.row()) if index.isValid() else None

    def select_case(self, case_id, emit=True):
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        self._quiet = not emit
        try:
            self.view.setCurrentIndex(self.model.index(row, COL_REFERENCE))
            self.view.selectRow(row)
        finally:
            self._quiet = False
        self.view.scrollTo(self.model.index(row, COL_REFERENCE))
        return True

    def _current_changed(self, current, _previous):
        case_id = self.model.case_id(current.row()) if current.isValid() else None
        if case_id and not self._quiet and not self.view.choosing_on_focus:
            self.case_selected.emit(case_id)

    def focus_search(self):
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
