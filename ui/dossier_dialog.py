"""The dossier export dialog (issue 5): the redaction profile, the cover's purpose line, open tasks,
paper size and an optional password; a preview of the pages, rendered from memory, and the
redaction summary (ui/dossier_summary.py); "Save as…".

Rendering runs on the database thread (desktop.operations_dossier) with a progress bar and a Cancel
button, so the window stays responsive; the preview is never written to disk. Saving renders first:
a public dossier is then held back until the user has seen its redaction summary and pressed "Save
this dossier…"; the file name suggested names nobody the PDF does not name. The dialog says what a
password does and does not protect, and that without one the PDF is not encrypted. It lives in the
case view's dialog list, so locking cancels the render and throws the preview, the summary and any
rendered dossier away."""

from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import write_target
from desktop import operations_dossier as dossier_ops
from ui import dossier_texts as texts
from ui.dossier_preview import DossierPreview
from ui.dossier_summary import RedactionSummaryView
from ui.messages import Button, Dialogs
from ui.passphrase_strength import StrengthMeter, confirm_weak

# Printed on the cover, in the dossier's language (not the interface's): document content, not UI
# text. The user can edit them; a purpose the user wrote is kept when the language or profile changes.
DEFAULT_PURPOSE = {"legal": "For the authorities and lawyers handling this case",
                   "public": "Public version for advocacy and publication"}
PURPOSES = {"en": DEFAULT_PURPOSE,
            "fr": {"legal": "Pour les autorités et les avocats chargés de ce dossier",
                   "public": "Version publique pour le plaidoyer et la publication"},
            "es": {"legal": "Para las autoridades y los abogados que llevan este caso",
                   "public": "Versión pública para la incidencia y la publicación"},
            "zh_CN": {"legal": "供处理本案的当局和律师使用", "public": "供倡导和发布使用的公开版本"},
            "zh_TW": {"legal": "供處理本案的當局和律師使用", "public": "供倡導和發佈使用的公開版本"}}


class DossierMemory:
    """The dossier dialog's choices between two openings: per case, the profile, the purpose as
    typed and whether open tasks go in; for every case, the paper, the font file and the dialog's
    size. Kept in memory only (a purpose can name a person or a court), by the case view, so it is
    dropped with everything else when the vault locks. Never the password."""

    def __init__(self):
        self.cases = {}
        self.paper = None
        self.font_file = None
        self.size = None


def default_dialog_size(dialog):
    """1100 x 780, or what the screen leaves of it (a 1366 x 768 laptop)."""
    screen = dialog.screen().availableGeometry() if dialog.screen() is not None else None
    if screen is None:
        return QSize(1100, 780)
    return QSize(min(1100, screen.width() - 40), min(780, screen.height() - 60))


class DossierDialog(QDialog):
    """Export the dossier of one case. `has_changes`, `records` and `discard` let the case view
    treat it like its other dialogs at lock time."""

    def __init__(self, session, case_id, reference, parent=None, memory=None):
        """`memory`: a dict the dialog leaves its choices in when it closes and starts from when
        opened again (DossierMemory); the case view keeps it until the vault locks."""
        super().__init__(parent)
        self.setObjectName("dossierDialog")
        self.setWindowTitle(self.tr("Export dossier · {reference}").format(reference=reference))
        self.session = session
        self.case_id = case_id
        self.reference = reference
        self._job = None
        self._font_file = None
        self._last_default = DEFAULT_PURPOSE["legal"]
        self._pending = None  # (dossier, choices) rendered to save, waiting for the user's go

        self.preview = DossierPreview(self)
        self.summary = RedactionSummaryView(self)
        self.summary.confirmations_changed.connect(self._options_changed)
        self.summary.save_confirmed.connect(self._save_pending)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("dossierPages")
        self.pages.addTab(self.preview, self.tr("Pages"))
        self.pages.addTab(self.summary, self.tr("Redaction summary"))
        options = QScrollArea(self)
        options.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the options inside, not the frame
        options.setWidgetResizable(True)
        options.setFrameShape(QFrame.Shape.NoFrame)
        options.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        options.setWidget(self._options_panel())
        options.setMinimumWidth(400)
        options.setMaximumWidth(460)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("dossierProgress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        self.status = QLabel(self)
        self.status.setObjectName("dossierStatus")
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("dossierCancel")
        self.cancel_button.clicked.connect(self.cancel)
        work = QHBoxLayout()
        work.addWidget(self.progress)
        work.addWidget(self.status, 1)
        work.addWidget(self.cancel_button)

        self.buttons = QDialogButtonBox(self)
        self.preview_button = self.buttons.addButton(self.tr("Preview"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setObjectName("dossierPreviewButton")
        self.save_button = self.buttons.addButton(self.tr("Save as…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("dossierSaveButton")
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("dossierClose")
        self.preview_button.clicked.connect(self.start_preview)
        self.save_button.clicked.connect(self.save_as)
        close.clicked.connect(self.reject)
        self.preview_button.setDefault(True)

        body = QHBoxLayout()
        body.addWidget(options)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(work)
        layout.addWidget(self.buttons)
        self._set_busy(False)
        self.memory = memory if memory is not None else DossierMemory()
        self._restore()

    # -- remembered choices ------------------------------------------------------------------------

    def _restore(self):
        """Start from the choices made when the dialog was last closed (the password excepted)."""
        mine = self.memory.cases.get(self.case_id, {})
        if mine.get("profile") == "public":
            self.public.setChecked(True)
        if "purpose" in mine:
            self.purpose.setText(mine["purpose"])
        self.include_tasks.setChecked(mine.get("include_tasks", False))
        if self.memory.paper:
            self.paper.setCurrentIndex(max(self.paper.findData(self.memory.paper), 0))
        if self.memory.font_file:
            self._font_file = self.memory.font_file
            self._show_font()
        self.resize(self.memory.size or default_dialog_size(self))

    def _remember(self):
        self.memory.cases[self.case_id] = {"profile": self.profile(), "purpose": self.purpose.text(),
                                           "include_tasks": self.include_tasks.isChecked()}
        self.memory.paper = self.paper.currentData()
        self.memory.font_file = self._font_file
        self.memory.size = self.size()

    # -- the options -------------------------------------------------------------------------------

    def _options_panel(self):
        panel = QWidget(self)
        self.legal = QRadioButton(self.tr("Legal"), panel)
        self.legal.setObjectName("profileLegal")
        self.public = QRadioButton(self.tr("Public"), panel)
        self.public.setObjectName("profilePublic")
        self.legal.setChecked(True)
        self.profiles = QButtonGroup(panel)
        for button in (self.legal, self.public):
            self.profiles.addButton(button)
        legal_hint = self._hint(self.tr("For authorities, courts and lawyers: names the persons who consented to be "
                                        "named to authorities; the others become Person A, Person B…"), panel)
        public_hint = self._hint(self.tr("For publication: names only those who consented to publication, and "
                                         "leaves out contact details, exact addresses and photos of the others."),
                                 panel)
        self.forum = QComboBox(panel)
        self.forum.setObjectName("dossierForum")
        for key, label in (("generic", self.tr("Case dossier")), ("irb", self.tr("IRB disclosure package")),
                           ("ccf", self.tr("Interpol CCF request")),
                           ("un", self.tr("UN Special Procedures communication")),
                           ("police", self.tr("Police or national-security complaint"))):
            self.forum.addItem(label, key)
        self.language = QComboBox(panel)
        self.language.setObjectName("dossierLanguage")
        for key, label in (("en", "English"), ("fr", "Français"), ("es", "Español"), ("zh_CN", "简体中文"),
                           ("zh_TW", "繁體中文")):
            self.language.addItem(label, key)
        ui_language = QLocale().name()
        default = next((k for k in ("zh_TW", "zh_CN") if ui_language == k), ui_language.split("_")[0])
        self.language.setCurrentIndex(max(0, self.language.findData(default)))
        self.language_hint = self._hint("", panel)
        self.language_hint.setObjectName("dossierLanguageHint")
        self.prepared_by = QLineEdit(panel)
        self.prepared_by.setObjectName("dossierPreparedBy")
        self.prepared_by.setPlaceholderText(self.tr("Name and organisation"))
        self.ccf_request = QComboBox(panel)
        self.ccf_request.setObjectName("ccfRequest")
        for key, label in (("", self.tr("As recorded in the case")), ("access", self.tr("Access to the data")),
                           ("correction", self.tr("Correction")), ("deletion", self.tr("Deletion"))):
            self.ccf_request.addItem(label, key)
        self.ccf_attachments = {}
        for key, label in (("power_of_attorney", self.tr("Signed power of attorney")),
                           ("identity_document", self.tr("Copy of an identity document")),
                           ("refugee_decision", self.tr("Refugee decision"))):
            box = QCheckBox(label, panel)
            box.setObjectName(f"ccf_{key}")
            self.ccf_attachments[key] = box
        self.use_hearing = QCheckBox(self.tr("Hearing date"), panel)
        self.use_hearing.setObjectName("useHearingDate")
        self.hearing_date = QDateEdit(QDate.currentDate().addDays(30), panel)
        self.hearing_date.setObjectName("hearingDate")
        self.hearing_date.setCalendarPopup(True)
        self.reply = QCheckBox(self.tr("A reply to the Minister's documents"), panel)
        self.reply.setObjectName("hearingReply")
        self.deadline = QLabel(panel)
        self.deadline.setObjectName("hearingDeadline")
        self.deadline.setWordWrap(True)
        self.deadline.setStyleSheet("color: #b3261e;")
        self.embed_originals = QCheckBox(self.tr("Attach the original exhibit files, with their SHA-256"), panel)
        self.embed_originals.setObjectName("embedOriginals")
        self.embed_originals.setToolTip(self.tr("So that a court can check each file against the hash listed. "
                                                "The PDF grows by the size of the files."))
        self.pdfa_note = self._hint("", panel)
        self.pdfa_note.setObjectName("pdfaNote")
        self.purpose = QLineEdit(DEFAULT_PURPOSE["legal"], panel)
        self.purpose.setObjectName("dossierPurpose")
        self.include_tasks = QCheckBox(self.tr("Include open tasks"), panel)
        self.include_tasks.setObjectName("includeTasks")
        self.include_tasks.setToolTip(self.tr("Open tasks are internal: a public dossier never includes them."))
        self.paper = QComboBox(panel)
        self.paper.setObjectName("paperSize")
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        self.paper.setCurrentIndex(1 if us else 0)
        self.font_label = QLabel(panel)
        self.font_label.setObjectName("fontFile")
        self.font_label.setWordWrap(True)
        self.font_button = QPushButton(self.tr("Choose…"), panel)
        self.font_button.setObjectName("fontChoose")
        self.font_button.clicked.connect(self.choose_font)
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_label, 1)
        font_row.addWidget(self.font_button)
        self._show_font()

        self.use_password = QCheckBox(self.tr("Protect the PDF with a password"), panel)
        self.use_password.setObjectName("usePassword")
        self.password = QLineEdit(panel)
        self.password.setObjectName("dossierPassword")
        self.repeat = QLineEdit(panel)
        self.repeat.setObjectName("dossierPasswordRepeat")
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._password_changed)
        self.use_password.toggled.connect(self._password_changed)
        self.password_meter = StrengthMeter(self.password, panel, name="dossierPasswordStrength")
        self.password_problem = QLabel(panel)
        self.password_problem.setObjectName("passwordProblem")
        self.password_problem.setStyleSheet("color: #b3261e;")
        self.password_problem.setWordWrap(True)
        self.encryption = QLabel(panel)
        self.encryption.setObjectName("encryptionNote")
        self.encryption.setWordWrap(True)
        self.password_note = self._hint(texts.password_note(), panel)
        self.password_note.setObjectName("passwordNote")

        form = QFormLayout(panel)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        profile_box = QVBoxLayout()
        for widget in (self.legal, legal_hint, self.public, public_hint):
            profile_box.addWidget(widget)
        form.addRow(self._heading(self.tr("Package"), panel))
        form.addRow(self.tr("Made for"), self.forum)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.language_hint)
        form.addRow(self.tr("Prepared by"), self.prepared_by)
        form.addRow(self.embed_originals)
        self.ccf_box = QWidget(panel)
        ccf = QFormLayout(self.ccf_box)
        ccf.setContentsMargins(0, 0, 0, 0)
        ccf.addRow(self.tr("The request asks for"), self.ccf_request)
        ccf.addRow(QLabel(self.tr("Attachments you have (ticked in the request's checklist):"), self.ccf_box))
        for box in self.ccf_attachments.values():
            ccf.addRow(box)
        form.addRow(self.ccf_box)
        self.irb_box = QWidget(panel)
        irb = QFormLayout(self.irb_box)
        irb.setContentsMargins(0, 0, 0, 0)
        irb.addRow(self.use_hearing, self.hearing_date)
        irb.addRow(self.reply)
        irb.addRow(self.deadline)
        form.addRow(self.irb_box)
        form.addRow(self._heading(self.tr("Redaction profile"), panel))
        form.addRow(profile_box)
        form.addRow(QLabel(self.tr("Purpose (printed on the cover)"), panel))
        form.addRow(self.purpose)
        form.addRow(self.tr("Paper size"), self.paper)
        form.addRow(self.include_tasks)
        form.addRow(self.tr("Font for other scripts"), font_row)
        form.addRow(self._heading(self.tr("Encryption"), panel))
        form.addRow(self.encryption)
        form.addRow(self.pdfa_note)
        form.addRow(self.use_password)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.password_meter)
        form.addRow(self.tr("Repeat password"), self.repeat)
        form.addRow(self.password_problem)
        form.addRow(self.password_note)

        self.profiles.buttonToggled.connect(lambda _button, checked: checked and self._profile_changed())
        for signal in (self.purpose.textChanged, self.include_tasks.toggled, self.paper.currentIndexChanged,
                       self.forum.currentIndexChanged, self.language.currentIndexChanged,
                       self.prepared_by.textChanged, self.ccf_request.currentIndexChanged,
                       *(box.toggled for box in self.ccf_attachments.values())):
            signal.connect(self._options_changed)
        self.embed_originals.toggled.connect(self._options_changed)
        for signal in (self.use_hearing.toggled, self.hearing_date.dateChanged, self.reply.toggled):
            signal.connect(self._options_changed)
            signal.connect(self._deadline_changed)
        self.forum.currentIndexChanged.connect(self._forum_changed)
        self.language.currentIndexChanged.connect(self._forum_changed)
        self.language.currentIndexChanged.connect(lambda _i: self._profile_changed())
        self._forum_changed()
        self._last_default = PURPOSES.get(self.language.currentData(), DEFAULT_PURPOSE)["legal"]
        self.purpose.setText(self._last_default)
        return panel

    def _hint(self, text, parent):
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setContentsMargins(22, 0, 0, 4)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        label.setFont(font)
        return label

    def _heading(self, text, parent):
        label = QLabel(text, parent)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def profile(self):
        return "public" if self.public.isChecked() else "legal"

    def _forum_changed(self, *_):
        forum = self.forum.currentData()
        self.ccf_box.setVisible(forum == "ccf")
        self.irb_box.setVisible(forum == "irb")
        self._deadline_changed()
        irb = forum == "irb"
        self.paper.setEnabled(not irb and self._job is None)
        if irb:
            self.paper.setCurrentIndex(self.paper.findData("letter"))
        hints = []
        if irb:
            hints.append(self.tr("The IRB takes Letter pages with text of at least 12 points: the package uses "
                                 "both."))
        if self.language.currentData() in ("zh_CN", "zh_TW"):
            hints.append(self.tr("Chinese dossiers are for internal use: bodies take filings in English or "
                                 "French (the CCF also in Spanish or Arabic)."))
        self.language_hint.setText(" ".join(hints))
        self.language_hint.setVisible(bool(hints))

    def _profile_changed(self):
        default = PURPOSES.get(self.language.currentData(), DEFAULT_PURPOSE)[self.profile()]
        if self.purpose.text().strip() in ("", self._last_default):  # keep what the user wrote
            self.purpose.setText(default)
        self._last_default = default
        self._set_busy(self._job is not None)  # open tasks: only in the legal profile
        self._options_changed()

    def _deadline_changed(self, *_):
        """Disclosure reaches the IRB 10 days before the hearing (5 for a reply): say so now."""
        self.hearing_date.setEnabled(self.use_hearing.isChecked())
        days = QDate.currentDate().daysTo(self.hearing_date.date())
        need = 5 if self.reply.isChecked() else 10
        late = self.use_hearing.isChecked() and self.forum.currentData() == "irb" and days < need
        self.deadline.setText(self.tr("The hearing is in {days} day(s): disclosure must reach the Division at "
                                      "least {need} days before it. Late documents need the Division's leave.")
                              .format(days=days, need=need) if late else "")
        self.deadline.setVisible(late)

    def _options_changed(self, *_):
        """What is shown (and any dossier waiting to be saved) no longer matches the options."""
        self.preview.mark_outdated()
        if self._pending is not None:
            self._drop_pending()
            self.status.setText(self.tr("The options changed: press “Save as…” again."))

    def _password_changed(self, *_):
        on = self.use_password.isChecked()
        for field in (self.password, self.repeat):
            field.setEnabled(on and self._job is None)
        self.password_meter.setVisible(on)
        problem = texts.password_problem(self.password.text(), self.repeat.text()) if on else ""
        self.password_problem.setText(problem)
        self.password_problem.setVisible(bool(problem))
        if on:
            self.encryption.setText(self.tr("The saved PDF will be encrypted with AES-256 and open only with "
                                            "this password."))
            self.encryption.setStyleSheet("")
            self.pdfa_note.setText(self.tr("An encrypted PDF cannot be an archival PDF (PDF/A): with a password the "
                                           "file is an ordinary PDF, which some courts and archives refuse."))
        else:
            self.encryption.setText(self.tr("Without a password the PDF is NOT encrypted: anyone who gets the file "
                                            "can read it. Keep it on an encrypted disk, or set a password."))
            self.encryption.setStyleSheet("color: #b3261e; font-weight: bold;")
            self.pdfa_note.setText(self.tr("Saved as an archival PDF (PDF/A-2b): fonts embedded, colours declared, "
                                           "as courts and archives accept it."))
        self._update_buttons()

    def choose_font(self):
        path = Dialogs.open_file(self, self.tr("Choose a TrueType font"), self.tr("TrueType fonts (*.ttf *.ttc)"))
        if path:
            self._font_file = Path(path)
            self._show_font()
            self._options_changed()

    def _show_font(self):
        self.font_label.setText(self._font_file.name if self._font_file else
                                self.tr("Found on this computer"))

    def choices(self):
        """The options as chosen, for desktop.operations_dossier."""
        return dossier_ops.DossierChoices(
            profile=self.profile(), purpose=self.purpose.text().strip(),
            include_tasks=self.include_tasks.isChecked(), paper=self.paper.currentData(),
            password=self.password.text() if self.use_password.isChecked() else None, font_file=self._font_file,
            confirmed_exhibits=self.summary.confirmed(), forum=self.forum.currentData(),
            language=self.language.currentData(), prepared_by=self.prepared_by.text().strip(),
            request=self.ccf_request.currentData(),
            attachments=frozenset(k for k, box in self.ccf_attachments.items() if box.isChecked()),
            hearing_date=self.hearing_date.date().toPython() if self.use_hearing.isChecked() else None,
            reply=self.reply.isChecked(), embed_originals=self.embed_originals.isChecked())

    # -- work on the database thread ----------------------------------------------------------------

    def _set_busy(self, busy):
        for widget in (self.legal, self.public, self.purpose, self.include_tasks, self.paper, self.font_button,
                       self.use_password, self.summary, self.forum, self.language, self.prepared_by, self.ccf_box,
                       self.irb_box, self.embed_originals):
            widget.setEnabled(not busy)
        self.include_tasks.setEnabled(not busy and self.profile() == "legal")
        # The original files are the bytes as stored, beyond redaction: never in a public dossier.
        self.embed_originals.setEnabled(not busy and self.profile() == "legal")
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.progress.setRange(0, 0)
        self._password_changed()

    def _update_buttons(self):
        idle = self._job is None
        self.preview_button.setEnabled(idle)
        password = self.use_password.isChecked()
        password_ok = not password or not texts.password_problem(self.password.text(), self.repeat.text())
        self.save_button.setEnabled(idle and password_ok)

    def _start(self, status):
        self._job = dossier_ops.DossierJob(self)
        self._job.progressed.connect(self.show_progress)
        self.status.setText(status)
        self._set_busy(True)
        return self._job

    def _finish(self, job):
        """True if `job` is still this dialog's (not cancelled by closing or replaced)."""
        if job is not self._job:
            return False
        self._job = None
        job.deleteLater()
        self._set_busy(False)
        return True

    def show_progress(self, stage, done, total):
        if self._job is None or self._job.cancelled:
            return
        self.progress.setRange(0, total if stage == "exhibits" else 0)
        self.progress.setValue(done)
        text = texts.progress_text(stage, done, total)
        if text:
            self.status.setText(text)

    def cancel(self):
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def start_preview(self):
        if self._job is not None:
            return
        job = self._start(self.tr("Preparing the preview…"))
        self.preview.clear(self.tr("Rendering the dossier…"))

        def done(dossier):
            if self._finish(job):
                self.preview.show_pdf(dossier.data)
                self.summary.show_summary(dossier.summary)
                self.status.setText(texts.notices(dossier.notes))

        def failed(exc):
            if self._finish(job):
                if dossier_ops.error_kind(exc) == "cancelled":
                    self.preview.clear(self.tr("Preview cancelled."))
                    self.status.setText("")
                else:
                    self.preview.clear()
                    self.status.setText("")
                    self.show_failure(exc)

        dossier_ops.preview_dossier(self.session, self.case_id, self.choices(), job).success(done) \
            .failure(failed).run()

    def save_as(self):
        """Render the dossier to save (encrypted if a password is set); a legal one is then saved, a
        public one waits until the user has checked its redaction summary (_save_pending)."""
        if self._job is not None or not self.save_button.isEnabled():
            return
        if self.use_password.isChecked() and not confirm_weak(self, self.password.text()):
            self.password.setFocus()
            return
        self._drop_pending()
        choices = self.choices()
        job = self._start(self.tr("Preparing the dossier…"))

        def done(dossier):
            if not self._finish(job):
                return
            self.status.setText(texts.notices(dossier.notes))
            self.summary.show_summary(dossier.summary)
            self._pending = (dossier, choices)
            if choices.profile == "public":
                self.pages.setCurrentWidget(self.summary)
                self.summary.ask_to_save(True, texts.check_summary(dossier.summary))
            else:
                self._save_pending()

        def failed(exc):
            if self._finish(job):
                cancelled = dossier_ops.error_kind(exc) == "cancelled"
                self.status.setText(self.tr("Cancelled: nothing was written.") if cancelled else "")
                if not cancelled:
                    self.show_failure(exc)

        dossier_ops.render_dossier(self.session, self.case_id, choices, job).success(done).failure(failed).run()

    def _drop_pending(self):
        self._pending = None
        self.summary.ask_to_save(False)

    def _save_pending(self):
        """Ask where, then write the dossier rendered by save_as."""
        if self._pending is None or self._job is not None:
            return
        dossier, choices = self._pending
        path = Dialogs.save_file(self, self.tr("Save dossier as"), dossier.file_name(), self.tr("PDF files (*.pdf)"))
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_name(target.name + ".pdf")
            if target.exists() and Dialogs.ask(
                    self, self.tr("Replace file?"), self.tr("{name} already exists. Replace it?").format(
                        name=target.name), Button.Yes | Button.Cancel, Button.Cancel) != Button.Yes:
                return
            if target.exists():
                write_target.allow_replace(target)  # the user agreed: db.write_target lets the writer replace it
        if target.is_dir():
            Dialogs.error(self, self.tr("Dossier not saved"), self.tr("{name} is a folder. Choose a file name for "
                                                                      "the dossier.").format(name=target.name))
            return
        if not target.parent.is_dir():
            Dialogs.error(self, self.tr("Dossier not saved"), self.tr(
                "The folder {folder} does not exist. Choose another place for the dossier; nothing was "
                "written.").format(folder=target.parent))
            return
        job = self._start(self.tr("Saving the dossier…"))

        def done(_path):
            if self._finish(job):
                self.status.setText("")
                self._drop_pending()
                self._saved(target, dossier, choices.password is not None)

        def failed(exc):
            if self._finish(job):
                self.status.setText("")
                self.show_failure(exc)

        dossier_ops.write_dossier(self.session, target, dossier).success(done).failure(failed).run()

    def _saved(self, target, dossier, encrypted):
        text = texts.saved_message(target.name, dossier.pages, encrypted, dossier.notes)
        Dialogs.info(self, self.tr("Dossier saved"), text)
        self.accept()

    def show_failure(self, exc):
        """A plain message for a failed preview or save; the options stay as they were."""
        kind = dossier_ops.error_kind(exc)
        scripts = dossier_ops.missing_scripts(exc) if kind == "font" else []
        title, text = texts.error_message(kind, str(exc), scripts)
        Dialogs.error(self, title, text)

    # -- closing and locking ------------------------------------------------------------------------

    def done(self, result):
        """Every way out (Close, Escape, saved, lock): stop the render and drop the preview."""
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self._remember()
        self._drop_pending()
        self.preview.clear()
        self.summary.clear()
        self.password.clear()
        self.repeat.clear()
        super().done(result)

    def has_changes(self):
        return False

    def records(self):
        return []

    def discard(self):
        self.reject()
