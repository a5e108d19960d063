"""The statistics view: the report's tables over the cases the case list shows, as a bar chart
(QtCharts, from the Qt CaseVault ships) and a table of numbers, following the list's search text
and filters as they change. A click on a bar or on a number lists the cases behind it below;
opening one (double-click or Enter) shows it in the main window.

Counts come from desktop.operations_statistics on the database thread; the cases behind a number
are found in the counted facts already in memory (no SQL here), and their list lines are fetched
a page at a time like the case list's. "As published" shows the numbers as a public report prints
them: protected together with the standard tables (exporters.statistics.publish_all). Labels of
tables and values are the report's words in the UI's language (exporters.statistics_texts), like
vocabulary labels. Holds decrypted data: the main window discards it at lock (discard())."""

import html

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import operations_case as case_ops
from desktop import operations_statistics as stat_ops
from desktop.i18n import current_language
from exporters import world_map
from exporters.statistics import CROSS_DIMENSIONS, STANDARD, Disclosure, RowsNeeded, needs, publish, publish_all
from exporters.statistics_texts import dimension_label, shown_text, table_title, value_label
from ui import labels
from ui.case_table_model import CaseTableModel
from ui.world_map_view import WorldMapView

CROSS = "cross"
REFRESH_DELAY_MS = 300
BAR_HEIGHT = 20

CellRole = Qt.ItemDataRole.UserRole + 1


def tick_step(top):
    """A round whole step (1, 2, 5, 10, 20, 50…) giving at most five ticks after 0 up to `top`."""
    base = 1
    while True:
        for factor in (1, 2, 5):
            if top <= 5 * base * factor:
                return base * factor
        base *= 10


def report_language():
    """The report language closest to the UI's: en, fr or zh."""
    code = current_language()
    return "zh" if code.startswith("zh") else "fr" if code.startswith("fr") else "en"


class StatisticsView(QDialog):
    """Signals: case_chosen(str case_id) to open a case; first_shown(int cases) when the table shown
    has been counted, counted(int cases) when every table has (tests and the benchmark wait on
    them); cases_listed(int n) when the cases behind a number are shown."""

    case_chosen = Signal(str)
    first_shown = Signal(int)
    counted = Signal(int)
    cases_listed = Signal(int)

    def __init__(self, session, case_list, parent=None):
        super().__init__(parent)
        self.setObjectName("statisticsView")
        self.setWindowTitle(self.tr("Statistics"))
        self.session = session
        self.case_list = case_list
        self.language = report_language()
        self.stats = None
        self._published_cache = {}
        self._partial = None  # counts of the first table only, while the rest are read
        self._serial = 0
        self._rows = []  # the row keys of the table shown, in chart order
        self._table = None

        self.summary = QLabel(self)
        self.summary.setObjectName("statisticsSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.table_choice = QComboBox(self)
        self.table_choice.setObjectName("statisticsTable")
        for key, unit, dim in STANDARD:
            self.table_choice.addItem(table_title(key, unit, dim, "", self.language), key)
        self.table_choice.addItem(self.tr("Cross-table of two dimensions"), CROSS)
        self.row_dim = QComboBox(self)
        self.row_dim.setObjectName("crossRows")
        self.col_dim = QComboBox(self)
        self.col_dim.setObjectName("crossColumns")
        for combo, first in ((self.row_dim, "year"), (self.col_dim, "host_country")):
            for dim in CROSS_DIMENSIONS["cases"]:
                combo.addItem(dimension_label(dim, self.language), dim)
            combo.setCurrentIndex(combo.findData(first))
        self.published = QCheckBox(self.tr("As published (small numbers hidden)"), self)
        self.published.setObjectName("statisticsPublished")
        for widget in (self.table_choice, self.row_dim, self.col_dim):
            widget.currentIndexChanged.connect(self._choice_changed)
        self.published.toggled.connect(lambda _on: self._show())
        self.map_box = QCheckBox(self.tr("Map"), self)
        self.map_box.setObjectName("statisticsShowMap")
        self.map_box.setToolTip(self.tr("Show the host countries on a world map, shaded by their number of cases"))
        self.map_box.toggled.connect(lambda _on: self._show())

        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(self.chart.margins())
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setObjectName("statisticsChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_scroll = QScrollArea(self)
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setWidget(self.chart_view)
        self.map_view = WorldMapView(self)
        self.map_view.country_clicked.connect(lambda code: self.show_cases(code, ""))
        self.graphic = QStackedWidget(self)
        self.graphic.addWidget(self.chart_scroll)
        self.graphic.addWidget(self.map_view)
        self.numbers = QTableWidget(self)
        self.numbers.setObjectName("statisticsNumbers")
        self.numbers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.numbers.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.numbers.cellClicked.connect(self._cell_clicked)
        self.numbers.currentCellChanged.connect(lambda r, c, _r, _c: self._cell_clicked(r, c))

        self.behind_label = QLabel(self.tr("Click a bar, a country or a number to list the cases behind it."), self)
        self.behind_label.setObjectName("casesBehindLabel")
        self.behind_label.setTextFormat(Qt.TextFormat.PlainText)
        self.behind_label.setWordWrap(True)
        self.cases = CaseTableModel(self._fetch_rows, None, self)
        self.cases_view = QTableView(self)
        self.cases_view.setObjectName("casesBehind")
        self.cases_view.setModel(self.cases)
        self.cases_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cases_view.verticalHeader().setVisible(False)
        self.cases_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.cases_view.doubleClicked.connect(lambda index: self._open(index.row()))
        self.cases_view.activated.connect(lambda index: self._open(index.row()))
        self.open_button = QPushButton(self.tr("Open case"), self)
        self.open_button.setObjectName("openCaseBehind")
        self.open_button.clicked.connect(lambda: self._open(self.cases_view.currentIndex().row()))
        self.relations_button = QPushButton(self.tr("Who acts in these cases…"), self)
        self.relations_button.setObjectName("showRelationships")
        self.relations_button.clicked.connect(self.show_relationships)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)

        choose = QHBoxLayout()
        choose.addWidget(self.table_choice, 3)
        choose.addWidget(self.row_dim, 1)
        choose.addWidget(self.col_dim, 1)
        choose.addWidget(self.map_box)
        choose.addWidget(self.published)
        upper = QSplitter(Qt.Orientation.Horizontal, self)
        upper.addWidget(self.graphic)
        upper.addWidget(self.numbers)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 2)
        upper.setSizes([600, 360])
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.behind_label)
        lower_layout.addWidget(self.cases_view)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([440, 220])
        buttons = QHBoxLayout()
        buttons.addWidget(self.relations_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(choose)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(REFRESH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        case_list.list_loaded.connect(lambda _n: self._debounce.start())  # the list's filters changed
        self._choice_changed()

    def sizeHint(self):  # noqa: N802 - Qt's name
        screen = self.screen().availableGeometry().size()
        return QSize(min(1100, screen.width() * 9 // 10), min(720, screen.height() * 9 // 10))

    # -- counting -----------------------------------------------------------------------------------

    def crosses(self):
        row, col = self.row_dim.currentData(), self.col_dim.currentData()
        return [("cases", row, col)] if row != col else []

    def refresh(self):
        """Count again over the case list's current query."""
        self._debounce.stop()
        self._serial += 1
        serial = self._serial
        query = self.case_list.query()

        def shown(stats):  # the table shown, read and counted first; the database thread runs them in order
            if serial == self._serial:
                self.stats = self._partial = stats
                self._show()
                self.first_shown.emit(stats.cases)

        def done(stats):
            if serial == self._serial:
                self.stats, self._partial = stats, None
                self._show()
                self.counted.emit(stats.cases)

        key, crosses = self._key(), self.crosses()
        if key:
            unit, row, col = next(((u, r, c) for u, r, c in crosses if key == f"{u}_by_{r}_and_{c}"), None) or \
                next((u, d, "") for k, u, d in STANDARD if k == key)
            stat_ops.statistics(self.session, query, crosses, [key], needs(unit, row, col)) \
                .success(shown).failure(self._failed).run()
        stat_ops.statistics(self.session, query, crosses, [key] if key else []).success(done) \
            .failure(self._failed).run()

    def _failed(self, exc):
        self.summary.setText(labels.error_text(exc))

    def _choice_changed(self, *_):
        cross = self.table_choice.currentData() == CROSS
        self.row_dim.setVisible(cross)
        self.col_dim.setVisible(cross)
        key = self._key()
        if cross and key and self.stats is not None and key not in {spec[0] for spec in self.stats.specs}:
            self.refresh()  # a new pair of dimensions: count it
        else:
            self._show()

    def _key(self):
        key = self.table_choice.currentData()
        if key == CROSS:
            if not self.crosses():
                return None
            unit, row, col = self.crosses()[0]
            key = f"{unit}_by_{row}_and_{col}"
        return key

    def current_table(self):
        """The table chosen (counted from the facts in memory if not yet: no SQL), or None."""
        key = self._key()
        if self.stats is None or key is None or not self.stats.has(key):
            return None
        return self.stats.table(key)

    # -- showing ------------------------------------------------------------------------------------

    def _show(self):
        if self.stats is None:
            self.summary.setText(self.tr("Counting…"))
            return
        query = self.case_list.query()
        where = self.tr("the cases the case list shows (its search and filters)") if query.is_filtered() \
            else self.tr("every case in the vault")
        if self.stats.facts.parts & {"incidents", "counts"}:
            self.summary.setText(self.tr("Counted: {cases} case(s), {incidents} incident(s): {where}.").format(
                cases=self.stats.cases, incidents=self.stats.incidents, where=where))
        else:  # the first table's count, which read no incident
            self.summary.setText(self.tr("Counted: {cases} case(s): {where}.").format(cases=self.stats.cases,
                                                                                      where=where))
        table = self.current_table()
        self._table = table
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.numbers.clear()
        self.numbers.setRowCount(0)
        self.numbers.setColumnCount(0)
        if table is None:
            if self.table_choice.currentData() == CROSS and not self.crosses():
                self.summary.setText(self.tr("Choose two different dimensions."))
            else:
                self.chart.setTitle(self.tr("Counting…"))
            return
        disclosure = Disclosure("public" if self.published.isChecked() else "internal")
        shown = self._published(table, disclosure)
        if shown.suppressed:
            self.chart.setTitle(self.tr("Not published: it would single out a case."))
        else:
            self.chart.setTitle("")
        self._fill_numbers(table, shown, disclosure)
        if not table.col_dim and not shown.suppressed:
            self._fill_chart(table, shown, disclosure)
        else:
            self.chart_view.setMinimumHeight(0)
        on_map = table.row_dim == "host_country" and not table.col_dim
        self.map_box.setVisible(on_map)
        if on_map and self.map_box.isChecked() and not shown.suppressed:
            self._fill_map(table, shown, disclosure)
            self.graphic.setCurrentWidget(self.map_view)
        else:
            self.graphic.setCurrentWidget(self.chart_scroll)

    def _published(self, table, disclosure):
        """The table as a public report prints it: protected together with the standard tables,
        as the report protects its tables (a count they would let a reader work out is withheld here too)."""
        if not disclosure.public:
            return publish(table, disclosure)
        cache = self._published_cache
        if cache.get("stats") is not self.stats or cache.get("key") != table.key:
            together = [self.stats.table(k) for k, *_ in STANDARD if self.stats.has(k)]
            if table.key not in {t.key for t in together}:
                together.append(table)
            self._published_cache = {"stats": self.stats, "key": table.key,
                                     "shown": publish_all(together, disclosure)[table.key]}
        return self._published_cache["shown"]

    def _fill_map(self, table, shown, disclosure):
        shades, classes = world_map.map_shades({r: shown.shown(r) for r in table.rows})
        lang = self.language
        tips = {r: f"{value_label('host_country', r, lang)}: {shown_text(shown.shown(r), disclosure.threshold, lang)}"
                for r in table.rows if r}
        self.map_view.show_shades(shades, len(classes), tips)

    def _fill_numbers(self, table, shown, disclosure):
        lang = self.language
        cols = table.cols
        self.numbers.setColumnCount(len(cols) + 1)
        header = [dimension_label(table.row_dim, lang)]
        header += [value_label(table.col_dim, c, lang) for c in cols] if table.col_dim else [self.tr("Count")]
        self.numbers.setHorizontalHeaderLabels(header)
        self.numbers.setRowCount(len(table.rows))
        for r, row in enumerate(table.rows):
            self.numbers.setItem(r, 0, QTableWidgetItem(value_label(table.row_dim, row, lang)))
            for c, col in enumerate(cols):
                words = "" if shown.suppressed else shown_text(shown.shown(row, col), disclosure.threshold, lang)
                item = QTableWidgetItem(words)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(CellRole, (row, col))
                self.numbers.setItem(r, c + 1, item)
        self.numbers.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.numbers.verticalHeader().setVisible(False)

    def _fill_chart(self, table, shown, disclosure):
        lang = self.language
        # Bars from the top: horizontal bar categories run bottom-up, so the rows go in reversed.
        self._rows = list(reversed(table.rows))
        bars = QBarSet(self.tr("Count"))
        bars.setColor(QColor(51, 97, 148))
        for row in self._rows:
            bars.append(shown.shown(row).value or 0)
        bars.clicked.connect(self._bar_clicked)
        self.bars = bars
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        # A hidden count has no bar to speak of: a "0" after it would be false, so the counts are
        # written only when every one of them is shown (the table says "fewer than 5").
        series.setLabelsVisible(all(shown.shown(row).value is not None for row in self._rows))
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.chart.addSeries(series)
        # Axis labels are drawn as rich text: record text (a region) is escaped to show as typed.
        labels = []
        for r in self._rows:
            label = html.escape(value_label(table.row_dim, r, lang))
            while label in labels:  # the axis needs distinct labels: a thin space keeps equal ones apart
                label += "\u2009"
            labels.append(label)
        categories = QBarCategoryAxis()
        categories.setTruncateLabels(False)  # a name cut to "…" says nothing; the chart makes room
        categories.append(labels)
        values = QValueAxis()
        values.setLabelFormat("%d")
        top = max([shown.shown(r).value or 0 for r in self._rows] + [1])
        values.setRange(0, top * 1.15)
        # Ticks on whole numbers only: five evenly spaced ticks over 0..2.3 read "0 0 1 1 2", and over
        # 0..11.5 put a "5" where the count is 5.75.
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(0)
        values.setTickInterval(tick_step(top))
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        # The theme writes bar labels in white, made for inside the bar: outside it, on the white plot,
        # the counts were invisible. They take the colour of the axis' numbers.
        bars.setLabelColor(values.labelsColor())
        series.attachAxis(categories)
        series.attachAxis(values)
        self.series = series
        self.chart_view.setMinimumHeight(max(240, BAR_HEIGHT * len(self._rows) + 90))

    # -- the cases behind a number ------------------------------------------------------------------

    def _bar_clicked(self, index):
        if 0 <= index < len(self._rows):
            self.show_cases(self._rows[index], "")

    def _cell_clicked(self, r, c):
        item = self.numbers.item(r, c)
        cell = item.data(CellRole) if item is not None else None
        if cell is None and self._table is not None and 0 <= r < len(self._table.rows) and not self._table.col_dim:
            cell = (self._table.rows[r], "")
        if cell is not None:
            self.show_cases(*cell)

    def show_cases(self, row, col=""):
        """List the cases behind one number of the table shown."""
        table = self._table
        if table is None:
            return
        try:
            ids = table.cases_behind(row, col)
        except RowsNeeded:  # counted in SQL: found in SQL too, on the database thread
            serial = self._serial

            def found(ids):
                if serial == self._serial:
                    self._list(table, row, col, ids)

            self.behind_label.setText(self.tr("Finding the cases behind this number…"))
            stat_ops.cases_behind(self.session, self.case_list.query(), table.unit, table.row_dim, row) \
                .success(found).failure(self._failed).run()
            return
        self._list(table, row, col, ids)

    def _list(self, table, row, col, ids):
        order = {case_id: n for n, case_id in enumerate(self.case_list.model.ids())}
        ids = sorted(ids, key=lambda i: (order.get(i, len(order)), i))  # in the case list's order
        what = value_label(table.row_dim, row, self.language)
        if table.col_dim:
            what += " \u00d7 " + value_label(table.col_dim, col, self.language)
        self.behind_label.setText(self.tr("{n} case(s) behind “{what}” in “{table}”:").format(
            n=len(ids), what=what, table=table_title(table.key, table.unit, table.row_dim, table.col_dim,
                                                     self.language)))
        self.cases.set_ids(ids, keep_rows=True)
        self.cases_listed.emit(len(ids))

    def _fetch_rows(self, ids):
        case_ops.case_rows(self.session, ids).success(self.cases.add_rows).failure(self._failed).run()

    def _open(self, row):
        case_id = self.cases.case_id(row)
        if case_id:
            self.case_chosen.emit(case_id)

    def show_relationships(self):
        """The relationship view over the same cases (ui.relationship_view)."""
        from ui.relationship_view import RelationshipView  # noqa: PLC0415

        view = RelationshipView(self.session, self.case_list, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.resize(view.sizeHint())
        view.show()
        view.refresh()
        return view

    def discard(self):
        """Drop every count and case line (locking)."""
        self._serial += 1
        self.stats = self._partial = None
        self._published_cache = {}
        self._table = None
        self.cases.clear()
        self.numbers.clear()
        self.chart.removeAllSeries()
