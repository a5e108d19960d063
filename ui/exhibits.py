"""The exhibits tab: files stored inside the vault, with their SHA-256 and who appears in them;
add by dialog or by dropping files on the tab; view images, PDFs and text inside the app, never
through a temporary file (images and PDFs are rendered by a child process fed over a pipe:
desktop.exhibit_render); save an unencrypted copy on request, after a warning. ExhibitDialog edits
an exhibit's details and who appears in it, which decides whether dossiers may reproduce it
(docs/dossier.md)."""

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.normalise import FSI, PDI, visible
from db.repository import record_dict
from desktop.exhibit_render import MAX_PAGE_WIDTH, RenderProcess
from ui import fields as field_lists
from ui import labels
from ui.forms import RecordDialog
from ui.record_table import Column, RecordTab

TEXT_PREVIEW_BYTES = 200_000


def tr(text):
    return QCoreApplication.translate("Exhibits", text)


def who_appears(exhibit):
    """'Not recorded', 'Nobody' or 'N person(s)', for the exhibit list."""
    if exhibit.shows_person_ids:
        n = len(exhibit.shows_person_ids)
        return tr("1 person") if n == 1 else tr("{n} persons").format(n=n)
    return tr("Nobody") if exhibit.persons_recorded else tr("Not recorded")


def exhibit_columns():
    return [
        Column(tr("No."), lambda e: e.label),
        Column(tr("File"), lambda e: e.original_name),
        Column(tr("Type"), lambda e: e.mime_type),
        Column(tr("Size"), lambda e: labels.format_size(e.size)),
        Column(tr("SHA-256"), lambda e: e.sha256),
        Column(tr("Captured"), lambda e: labels.format_partial(e.captured_at)),
        Column(tr("Who appears"), who_appears),
        Column(tr("Description"), lambda e: e.description, stretch=True),
    ]


class ExhibitViewer(QWidget):
    """Shows one exhibit. Images and PDFs are decoded and rendered by a child process
    (desktop.exhibit_render) with limits on time, pages and memory, so a hostile file can neither
    freeze the window nor keep the vault from locking; PDF pages are rendered as they scroll into
    view. Text is shown from memory. `clear()` kills the child and drops every page at once.
    `shown` is the id of the exhibit shown or being opened (None when nothing is)."""

    KEEP_PAGES = 12  # rendered pages kept in memory; others go back to placeholders

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("exhibitViewer")
        self.stack = QStackedWidget(self)
        self.message = labels.plain_label(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.image = QLabel(self)
        self.image.setObjectName("exhibitImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = scroll = QScrollArea(self)
        scroll.setObjectName("exhibitImageArea")
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        scroll.installEventFilter(self)  # a resized viewer refits the image
        self._picture = None  # the decoded image (QImage), shown scaled
        self.fit = True  # scale down to the viewer (never up); else self.zoom
        self.zoom = 1.0
        self.zoom_bar = self._zoom_bar()
        self.pages = QScrollArea(self)
        self.pages.setObjectName("exhibitPdf")
        self.pages.setWidgetResizable(True)
        self.pages.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages.verticalScrollBar().valueChanged.connect(lambda _v: self._request_visible())
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("exhibitText")
        self.text.setReadOnly(True)
        for page in (self.message, scroll, self.pages, self.text):
            self.stack.addWidget(page)
        self.renderer = None
        self._labels = []  # one QLabel per PDF page (placeholder or rendered)
        self._rendered = []  # page numbers holding a pixmap, oldest first
        self._asked = None  # the page being rendered
        self._width = 0
        self.page_total = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.zoom_bar)
        layout.addWidget(self.stack)
        for keys, slot in (((QKeySequence.StandardKey.ZoomIn, "Ctrl+=", "+", "="), lambda: self.zoom_by(1.25)),
                           ((QKeySequence.StandardKey.ZoomOut, "-"), lambda: self.zoom_by(0.8)),
                           (("Ctrl+0", "F"), self.fit_to_window), (("Ctrl+1", "1"), self.actual_size)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        self.clear()

    # -- zoom (images) ------------------------------------------------------------------------------

    def _zoom_bar(self):
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.fit_button = QToolButton(bar)
        self.fit_button.setObjectName("exhibitFit")
        self.fit_button.setText(self.tr("Fit to window"))
        self.fit_button.setCheckable(True)
        self.fit_button.setToolTip(self.tr("Fit to window (F or Ctrl+0)"))
        self.fit_button.clicked.connect(self.fit_to_window)
        actual = QToolButton(bar)
        actual.setObjectName("exhibitActualSize")
        actual.setText("100 %")
        actual.setToolTip(self.tr("Actual size (1 or Ctrl+1)"))
        actual.clicked.connect(self.actual_size)
        out = QToolButton(bar)
        out.setObjectName("exhibitZoomOut")
        out.setText("−")
        out.setToolTip(self.tr("Zoom out (- or Ctrl+-)"))
        out.clicked.connect(lambda: self.zoom_by(0.8))
        zoom_in = QToolButton(bar)
        zoom_in.setObjectName("exhibitZoomIn")
        zoom_in.setText("+")
        zoom_in.setToolTip(self.tr("Zoom in (+ or Ctrl++)"))
        zoom_in.clicked.connect(lambda: self.zoom_by(1.25))
        self.zoom_label = QLabel(bar)
        self.zoom_label.setObjectName("exhibitZoom")
        for widget in (self.fit_button, actual, out, zoom_in, self.zoom_label):
            row.addWidget(widget)
        row.addStretch(1)
        return bar

    def scale(self):
        """The scale the image is shown at (1.0: one image pixel per screen pixel)."""
        if self._picture is None:
            return 1.0
        if not self.fit:
            return self.zoom
        room = self.scroll.viewport().size()
        width, height = self._picture.width(), self._picture.height()
        return min(1.0, room.width() / max(width, 1), room.height() / max(height, 1))

    def fit_to_window(self):
        self.fit = True
        self._show_picture()

    def actual_size(self):
        self.fit, self.zoom = False, 1.0
        self._show_picture()

    def zoom_by(self, factor):
        if self._picture is None:
            return
        self.fit, self.zoom = False, min(max(self.scale() * factor, 0.05), 8.0)
        self._show_picture()

    def _show_picture(self):
        self.fit_button.setChecked(self.fit)
        if self._picture is None:
            return
        scale = self.scale()
        size = self._picture.size() * scale
        mode = Qt.TransformationMode.SmoothTransformation if scale < 1 else Qt.TransformationMode.FastTransformation
        shown = self._picture if scale == 1 else self._picture.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, mode)
        self.image.setPixmap(QPixmap.fromImage(shown))
        self.zoom_label.setText(f"{round(scale * 100)} %")

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if watched is self.scroll and event.type() == QEvent.Type.Resize and self.fit and self._picture is not None:
            self._show_picture()
        return False

    def kind(self):
        """What is shown: 'none', 'image', 'pdf' or 'text' (for tests and screenshots)."""
        return ("none", "image", "pdf", "text")[self.stack.currentIndex()]

    def page_count(self):
        """Pages of the PDF shown (at most desktop.exhibit_render.MAX_PAGES)."""
        return len(self._labels)

    def rendered_pages(self):
        return list(self._rendered)

    def opening(self, exhibit, text):
        """Show `text` while `exhibit`'s bytes are on their way."""
        self.clear(text)
        self.shown = exhibit.id

    def show_bytes(self, exhibit, data):
        self.clear()
        self.shown = exhibit.id
        mime = exhibit.mime_type
        if mime.startswith("image/") or mime == "application/pdf":
            kind = "pdf" if mime == "application/pdf" else "image"
            self.message.setText(self.tr("Opening…"))
            self.renderer = RenderProcess(kind, data, self)
            self.renderer.info.connect(self._opened)
            self.renderer.page.connect(self._page)
            self.renderer.failed.connect(self._failed)
            return
        if mime.startswith("text/"):
            self.text.setPlainText(data[:TEXT_PREVIEW_BYTES].decode("utf-8", errors="replace"))
            self.stack.setCurrentIndex(3)
            return
        self.message.setText(self.tr("No preview for this kind of file ({mime}). Use “Save a copy as…” "
                                     "to open it in another program.").format(mime=mime))

    # -- from the renderer ------------------------------------------------------------------------

    def _opened(self, info):
        if "sizes" not in info:
            return  # an image: its pixels follow
        self._width = max(400, min(self.pages.viewport().width() - 24, MAX_PAGE_WIDTH))
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setSpacing(12)
        column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        for w, h in info["sizes"]:
            label = QLabel(holder)
            label.setFixedSize(self._width, max(16, int(self._width * h / w)) if w > 0 and h > 0 else self._width)
            label.setStyleSheet("background: white; border: 1px solid palette(mid);")
            column.addWidget(label)
            self._labels.append(label)
        if info["pages"] > len(self._labels):
            note = labels.plain_label(holder)
            note.setText(self.tr("Only the first {n} of {total} pages are shown here. Use “Save a copy as…” to "
                                 "read the rest in another program.").format(n=len(self._labels), total=info["pages"]))
            column.addWidget(note)
        self.page_total = info["pages"]
        self.pages.setWidget(holder)
        self.stack.setCurrentIndex(2)
        QTimer.singleShot(0, self._request_visible)

    def _page(self, number, image):
        if not self._labels:  # an image exhibit: fitted to the viewer at first
            # The child's work is done and it exits now: stop listening, or its exit would read as a failure.
            self._stop_renderer()
            self._picture, self.fit, self.zoom = image, True, 1.0
            self.stack.setCurrentIndex(1)
            self.zoom_bar.show()
            self._show_picture()
            return
        self._asked = None
        if 0 <= number < len(self._labels):
            self._labels[number].setPixmap(QPixmap.fromImage(image))
            self._rendered.append(number)
            while len(self._rendered) > self.KEEP_PAGES:
                self._labels[self._rendered.pop(0)].clear()
        self._request_visible()

    def _failed(self, reason):
        texts = {"timeout": self.tr("This file took too long to open and was not shown. It may be damaged or "
                                    "made to hang a viewer; use “Save a copy as…” only if you trust it."),
                 "memory": self.tr("This file needs too much memory to show and was not shown."),
                 "too large": self.tr("This image is too large to show here."),
                 }
        text = texts.get(reason, self.tr("This file could not be shown; it may be damaged."))
        self.clear(text)

    def _request_visible(self):
        if self.renderer is None or not self._labels or self._asked is not None:
            return
        top = self.pages.verticalScrollBar().value()
        bottom = top + self.pages.viewport().height()
        for number, label in enumerate(self._labels):
            y = label.y()
            if y + label.height() < top - label.height() or y > bottom + label.height():
                continue  # neither visible nor next to what is
            if number not in self._rendered:
                self._asked = number
                self.renderer.request(number, self._width)
                return

    def _stop_renderer(self):
        if self.renderer is not None:
            self.renderer.stop()
            self.renderer.deleteLater()
            self.renderer = None

    def clear(self, text=None):
        self.shown = None
        self._stop_renderer()
        self._labels = []
        self._rendered = []
        self._asked = None
        self.page_total = 0
        old = self.pages.takeWidget()
        if old is not None:
            old.deleteLater()
        self.image.clear()
        self._picture = None
        self.zoom_bar.hide()
        self.text.clear()
        self.message.setText(text if text is not None else self.tr("Select an exhibit and press View."))
        self.stack.setCurrentIndex(0)


class ExhibitsTab(RecordTab):
    """Signals: files_dropped(list[str]) for local files dropped on the tab; view_requested,
    save_copy_requested and copy_hash_requested(Exhibit)."""

    files_dropped = Signal(list)
    view_requested = Signal(object)
    save_copy_requested = Signal(object)
    copy_hash_requested = Signal(object)

    @staticmethod
    def tr_static(text):
        from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

        return QCoreApplication.translate("ExhibitsTab", text)

    def __init__(self, parent=None):
        super().__init__("exhibits", exhibit_columns(), self.tr_static("Add files…"), parent)
        self.view_button = self.button(self.tr("View"), self._view, "exhibitsView")
        self.save_button = self.button(self.tr("Save a copy as…"), self._save_copy, "exhibitsSaveCopy")
        self.copy_button = self.button(self.tr("Copy SHA-256"), self._copy_hash, "exhibitsCopyHash")
        self.view.activated.connect(lambda _index: self._view())
        self.viewer = ExhibitViewer(self)
        self.details = QLabel(self)
        self.details.setObjectName("exhibitDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setWordWrap(True)
        self.view.selectionModel().selectionChanged.connect(self._show_details)
        self.hint = QLabel(self.tr("Drop files here to add them as exhibits. They are stored encrypted "
                                   "inside the vault; the originals are not changed."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        # Table above, viewer below, in a splitter: the table keeps what the base class set up.
        layout = self.layout()
        layout.removeWidget(self.view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(1, 2)
        layout.insertWidget(0, self.details)
        layout.insertWidget(1, splitter, 1)
        layout.insertWidget(2, self.hint)
        self.setAcceptDrops(True)
        self._update_buttons()

    def _update_buttons(self, *_):
        super()._update_buttons()
        has = self.current() is not None
        for name in ("view_button", "save_button", "copy_button"):
            button = getattr(self, name, None)
            if button is not None:
                button.setEnabled(has)

    def _show_details(self, *_):
        exhibit = self.current()
        if self.viewer.shown is not None and (exhibit is None or exhibit.id != self.viewer.shown):
            self.viewer.clear()  # never one exhibit's content under another's name
        if exhibit is None:
            self.details.clear()
            return
        # Rich text for the monospaced hash; every stored value in it is escaped.
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        self.details.setText(html.escape(self.tr("{label} · {name} · SHA-256 at intake: {sha}")).format(
            label=html.escape(labels.isolate(exhibit.label)), name=html.escape(labels.isolate(exhibit.original_name)),
            sha=f"<span style='font-family: \"{html.escape(mono)}\"'>{html.escape(exhibit.sha256)}</span>"))

    def set_records(self, records, empty_text=""):
        super().set_records(records, empty_text)
        self._show_details()

    def _view(self):
        if self.current() is not None:
            self.view_requested.emit(self.current())

    def _save_copy(self):
        if self.current() is not None:
            self.save_copy_requested.emit(self.current())

    def _copy_hash(self):
        if self.current() is not None:
            self.copy_hash_requested.emit(self.current())

    # -- drag and drop ------------------------------------------------------------------------------

    @staticmethod
    def local_files(mime):
        if not mime.hasUrls():
            return []
        urls = mime.urls()
        if not all(u.isLocalFile() for u in urls):
            return []
        return [u.toLocalFile() for u in urls]

    def dragEnterEvent(self, event):  # noqa: N802 - Qt override
        if self.local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event):  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event):  # noqa: N802
        paths = self.local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            event.ignore()


class ExhibitDialog(RecordDialog):
    """An exhibit's details and who appears in it: not recorded yet, nobody, or some of the case's
    persons. `persons` is [(person id, name, consent label)] of the case. An empty list of persons
    with "Nobody" is a record (persons_recorded), not the absence of one."""

    def __init__(self, parent, title, exhibit, persons, save):
        self._ready = False
        super().__init__(parent, title, [(exhibit, field_lists.exhibit_fields())], save)
        self.setObjectName("exhibitDialog")
        self.not_recorded = QRadioButton(tr("Not recorded yet"), self)
        self.not_recorded.setObjectName("showsNotRecorded")
        self.nobody = QRadioButton(tr("Nobody identifiable"), self)
        self.nobody.setObjectName("showsNobody")
        self.these = QRadioButton(tr("These persons:"), self)
        self.these.setObjectName("showsPersons")
        self.choice = QButtonGroup(self)
        for button in (self.not_recorded, self.nobody, self.these):
            self.choice.addButton(button)
        self.person_list = QListWidget(self)
        self.person_list.setObjectName("showsPersonList")
        self.person_list.setMaximumHeight(150)
        shown = list(exhibit.shows_person_ids)
        known = set()
        for pid, name, consent in persons:
            known.add(pid)
            self._add_person(pid, f"{FSI}{visible(name)}{PDI} \u2014 {consent}", pid in shown)
        for pid in shown:
            if pid not in known:  # kept, so that saving never drops someone recorded elsewhere
                self._add_person(pid, tr("A person who is not in this case ({id})").format(id=pid[:8]), True)
        if shown:
            self.these.setChecked(True)
        elif exhibit.persons_recorded:
            self.nobody.setChecked(True)
        else:
            self.not_recorded.setChecked(True)
        self.person_list.itemChanged.connect(self._person_ticked)
        self.choice.buttonToggled.connect(lambda *_: self._update_list())
        hint = QLabel(tr("Dossiers do not reproduce an image that shows someone who may not be named in them, nor "
                         "an image whose persons are not recorded (unless you confirm it when exporting)."), self)
        hint.setWordWrap(True)
        hint.setObjectName("showsHint")
        hint.setStyleSheet("color: palette(mid);")
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.not_recorded, self.nobody, self.these, self.person_list, hint):
            column.addWidget(widget)
        self.add_row(tr("Who appears in it"), box)
        self._update_list()
        self._ready = True
        self._original = [record_dict(r) for r in self.records()]

    def _add_person(self, pid, text, checked):
        item = QListWidgetItem(text, self.person_list)
        item.setData(Qt.ItemDataRole.UserRole, pid)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _person_ticked(self, item):
        if item.checkState() == Qt.CheckState.Checked and not self.these.isChecked():
            self.these.setChecked(True)

    def _update_list(self):
        self.person_list.setEnabled(self.these.isChecked() or self.person_list.count() == 0)

    def shown_ids(self):
        items = (self.person_list.item(n) for n in range(self.person_list.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def finish(self, record):
        if not self._ready:
            return record
        if self.not_recorded.isChecked():
            record.shows_person_ids, record.persons_recorded = [], False
        elif self.nobody.isChecked():
            record.shows_person_ids, record.persons_recorded = [], True
        else:
            record.shows_person_ids, record.persons_recorded = self.shown_ids(), True
        return record

    def submit(self):
        if self.these.isChecked() and not self.shown_ids():
            self.problem.setText(tr("Tick the persons who appear in it, or choose “Nobody identifiable”."))
            self.problem.show()
            return
        super().submit()
