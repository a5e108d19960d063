"""The redaction summary of a rendered dossier (exporters.pdf.redaction.RedactionSummary): which
person became which pseudonym and how many mentions of their names were replaced, which exhibits
were withheld and why, how many fields were cut. It is kept in this widget only, never written
anywhere, and dropped with the preview.

An image withheld because who appears in it is not recorded can be confirmed here ("I checked
it"): `confirmed()` gives the ids to reproduce in the next render, `confirmations_changed` says
that the rendered dossier no longer matches. Names are shown as plain text, each isolated, with any
control character shown as its code, so no stored text can reorder or hide what is around it."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.normalise import FSI, PDI, visible


def shown(text):
    """Record text for a widget: isolated, controls visible."""
    return f"{FSI}{visible(text)}{PDI}"


class RedactionSummaryView(QWidget):
    """Signals: confirmations_changed(); save_confirmed() when "Save this dossier…" is pressed."""

    confirmations_changed = Signal()
    save_confirmed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("redactionSummary")
        self.intro = QLabel(self)
        self.intro.setObjectName("redactionIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.persons = QTableWidget(0, 3, self)
        self.persons.setObjectName("redactionPersons")
        self.persons.setHorizontalHeaderLabels([self.tr("In the dossier"), self.tr("Person"),
                                                self.tr("Mentions replaced")])
        self.persons.verticalHeader().hide()
        self.persons.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.persons.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.persons.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.exhibits_title = QLabel(self.tr("Exhibits withheld"), self)
        font = self.exhibits_title.font()
        font.setBold(True)
        self.exhibits_title.setFont(font)
        self.exhibits = QWidget(self)
        self.exhibits.setObjectName("redactionExhibits")
        self.exhibit_rows = QVBoxLayout(self.exhibits)
        self.exhibit_rows.setContentsMargins(0, 0, 0, 0)
        self.cut = QLabel(self)
        self.cut.setObjectName("redactionCut")
        self.cut.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save this dossier…"), self)
        self.save_button.setObjectName("redactionSave")
        self.save_button.clicked.connect(self.save_confirmed)
        self.save_hint = QLabel(self)
        self.save_hint.setObjectName("redactionSaveHint")
        self.save_hint.setWordWrap(True)
        self.save_hint.setStyleSheet("font-weight: bold;")

        body = QWidget(self)
        inner = QVBoxLayout(body)
        for widget in (self.intro, self.persons, self.exhibits_title, self.exhibits, self.cut):
            inner.addWidget(widget)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.save_hint)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self._checks = {}  # exhibit id -> QCheckBox
        self._confirmed = set()
        self._labels = {}  # exhibit id -> E-n, of exhibits listed here once
        self.clear()

    # -- showing -----------------------------------------------------------------------------------

    def clear(self, text=None):
        """Forget the summary (the names in it go with it)."""
        self.persons.setRowCount(0)
        self._clear_exhibits()
        self.cut.clear()
        self.intro.setText(text if text is not None else self.tr(
            "Make a preview to see which persons the dossier replaces by pseudonyms and which exhibits it "
            "withholds."))
        self.persons.hide()
        self.exhibits_title.hide()
        self.ask_to_save(False)

    def show_summary(self, summary):
        """Show `summary` (a RedactionSummary). Confirmations made earlier are kept."""
        self.persons.setRowCount(0)
        self._clear_exhibits()
        if summary.profile == "public":
            intro = self.tr("Public dossier: only persons who consented to publication are named.")
        else:
            intro = self.tr("Legal dossier: persons who consented to be named to authorities are named.")
        intro += " " + self.tr("This summary is shown here only; it is not written into the PDF.")
        if not summary.persons:
            intro += "\n\n" + self.tr("Nobody is replaced by a pseudonym in this dossier.")
        self.intro.setText(intro)
        for entry in summary.persons:
            row = self.persons.rowCount()
            self.persons.insertRow(row)
            name = shown(entry.name)
            if not entry.in_case:
                name += " " + self.tr("(another case)")
            for column, text in enumerate((entry.pseudonym, name, str(entry.mentions))):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.persons.setItem(row, column, item)
        self.persons.setVisible(bool(summary.persons))
        self.persons.setFixedHeight(self.persons.horizontalHeader().height() + 4
                                    + sum(self.persons.rowHeight(r) for r in range(self.persons.rowCount())))
        self.exhibits_title.setVisible(bool(summary.withheld) or bool(self._confirmed))
        for w in summary.withheld:
            self._add_exhibit(w.exhibit_id, w.label, w.reason, w.confirmable)
        for exhibit_id in sorted(self._confirmed - set(self._checks)):  # confirmed, so not withheld now
            self._add_exhibit(exhibit_id, self._labels.get(exhibit_id, ""), "unrecorded", True)
        if not summary.withheld and not self._confirmed:
            self.exhibits_title.setText(self.tr("No exhibit is withheld."))
            self.exhibits_title.show()
        else:
            self.exhibits_title.setText(self.tr("Exhibits withheld"))
        self.cut.setText(self.tr("{n} field(s) were longer than a dossier prints and were cut; the dossier says "
                                 "where.").format(n=summary.cut_fields) if summary.cut_fields else "")
        self.cut.setVisible(bool(summary.cut_fields))

    def ask_to_save(self, on, text=""):
        """Show (or hide) the button that saves the dossier this summary describes."""
        self.save_button.setVisible(on)
        self.save_hint.setVisible(on)
        self.save_hint.setText(text)

    def confirmed(self):
        """Ids of the images the user confirmed, to reproduce although their persons are not recorded."""
        return frozenset(self._confirmed)

    # -- exhibits ----------------------------------------------------------------------------------

    def _clear_exhibits(self):
        while self.exhibit_rows.count():
            widget = self.exhibit_rows.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self._checks = {}

    def _add_exhibit(self, exhibit_id, label, reason, image):
        self._labels[exhibit_id] = label
        if reason == "shows":
            text = self.tr("{label}: shows a person who may not be named here. Listed by number and hash only."
                           ).format(label=label)
        elif exhibit_id in self._confirmed:
            text = self.tr("{label}: who appears in it is not recorded; reproduced because you confirmed it."
                           ).format(label=label)
        else:
            text = self.tr("{label}: who appears in it is not recorded. Listed by number and hash only."
                           ).format(label=label)
        line = QLabel(text, self.exhibits)
        line.setWordWrap(True)
        self.exhibit_rows.addWidget(line)
        if reason == "shows" or not image:
            return
        check = QCheckBox(self.tr("Reproduce {label}: I checked that it shows nobody who may not be named"
                                  ).format(label=label), self.exhibits)
        check.setObjectName(f"confirm_{label}")
        check.setContentsMargins(16, 0, 0, 0)
        check.setChecked(exhibit_id in self._confirmed)
        check.toggled.connect(lambda on, exhibit_id=exhibit_id: self._toggle(exhibit_id, on))
        self._checks[exhibit_id] = check
        self.exhibit_rows.addWidget(check)

    def _toggle(self, exhibit_id, on):
        (self._confirmed.add if on else self._confirmed.discard)(exhibit_id)
        self.confirmations_changed.emit()
