"""The dossier preview: the rendered PDF shown from memory (QPdfDocument reading a QBuffer, never a
temporary file), page after page, fitted to the width. `clear()` drops the bytes at once."""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget


class DossierPreview(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dossierPreview")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("dossierPreviewPages")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)  # a whole page at a time
        self.view.setPageSpacing(12)
        self.message = QLabel(self)
        self.message.setObjectName("dossierPreviewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMargin(24)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)
        self.caption = QLabel(self)
        self.caption.setObjectName("dossierPreviewCaption")
        self.caption.setWordWrap(True)
        self._buffer = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.caption)
        self.clear()

    def showing(self):
        return self.stack.currentWidget() is self.view

    def page_count(self):
        return self.document.pageCount() if self.showing() else 0

    def page_text(self, page):
        """The text of page `page` (0-based), as a reader would copy it."""
        return self.document.getAllText(page).text()

    def show_pdf(self, data):
        """Show `data` (PDF bytes); returns False if Qt cannot read them."""
        self.clear()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            self.clear(self.tr("The preview cannot be shown."))
            return False
        self.stack.setCurrentWidget(self.view)
        self.caption.setText(self.tr("{pages} pages. The preview stays in memory and is not encrypted; nothing "
                                     "is written until you press “Save as…”.").format(pages=self.document.pageCount()))
        return True

    def mark_outdated(self):
        if self.showing():
            self.caption.setText(self.tr("The options changed since this preview: press Preview to see them."))

    def clear(self, text=None):
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
        self.message.setText(text if text is not None else
                             self.tr("Press Preview to see the first pages of the dossier before saving it."))
        self.caption.clear()
        self.stack.setCurrentWidget(self.message)
