"""Help ▸ About: what this copy of CaseVault is (version, commit, build date and, for a release
bundle, the SHA-256 of its manifest) so that a user can compare it with the SHA256SUMS published
with the release. Nothing is checked online. GUI thread."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextOption
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from desktop.build_info import current


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("About CaseVault"))
        title = QLabel("CaseVault", self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        summary = QLabel(self.tr("Offline, encrypted case manager."), self)
        # The build line, selectable and copyable, as plain text.
        self.build_line = QPlainTextEdit(current().line(), self)
        self.build_line.setObjectName("buildLine")
        self.build_line.setReadOnly(True)
        self.build_line.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # 64 hex digits
        self.build_line.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.build_line.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        check = QLabel(self.tr("This copy checks nothing online. To make sure it is the published release, "
                               "compare the line above with the SHA256SUMS file published with it "
                               "(docs/install.md explains how)."), self)
        fonts = QLabel(self.tr("Includes the fonts WenQuanYi Micro Hei, DejaVu Sans and Noto Naskh Arabic, "
                               "under their own free licences."), self)
        for label in (summary, check, fonts):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("&Copy build line"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.build_line.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, summary, self.build_line, check, fonts, buttons):
            layout.addWidget(widget)
        self.resize(560, self.sizeHint().height())
