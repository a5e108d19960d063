"""The "Proceedings" tab of the case view: what was filed for the target (interventions: police
reports, asylum claims, requests to Interpol's CCF...), the Interpol notices and extradition
requests against them (with the CCF requests made about each), and the outcome of the case over
time. One sub-tab each; each edits its records through the case view's usual actions."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui import case_tabs
from ui.record_table import RecordTab


def tr(text):
    return QCoreApplication.translate("Proceedings", text)


class ProceedingsTab(QWidget):
    """notices, extraditions and outcomes: RecordTabs (their add/edit/delete signals are the view's)."""

    def __init__(self, ctx, interventions, parent=None):
        super().__init__(parent)
        self.setObjectName("proceedingsTab")
        self.notices = RecordTab("notices", case_tabs.notice_columns(ctx), tr("New Interpol notice…"), self)
        self.extraditions = RecordTab("extraditions", case_tabs.extradition_columns(ctx),
                                      tr("New extradition request…"), self)
        self.outcomes = RecordTab("outcomes", case_tabs.outcome_columns(ctx), tr("New outcome…"), self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("proceedingsPages")
        self.pages.setDocumentMode(True)
        for widget, title in ((interventions, tr("Interventions")), (self.notices, tr("Interpol notices")),
                              (self.extraditions, tr("Extradition requests")),
                              (self.outcomes, tr("Outcome over time"))):
            self.pages.addTab(widget, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def tabs(self):
        return self.notices, self.extraditions, self.outcomes

    def set_file(self, f):
        self.notices.set_records(f.notices, tr("No Interpol notice or diffusion recorded."))
        self.extraditions.set_records(f.extraditions, tr("No extradition request recorded."))
        self.outcomes.set_records(f.outcomes, tr("No outcome recorded yet: add one each time the situation "
                                                 "changes (returned, prosecuted, case dropped...)."))

    def clear(self):
        for tab in self.tabs():
            tab.model.clear()
