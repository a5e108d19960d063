"""Operations behind the dossier export dialog: render a case's PDF dossier in memory (for the
preview, or to save), and write rendered bytes where the user asked, on the database thread, with
progress and cancel.

    job = DossierJob()
    job.progressed.connect(dialog.show_progress)            # (stage, done, total), on the GUI thread
    preview_dossier(session, case_id, choices, job).success(show).failure(report).run()
    render_dossier(session, case_id, choices, job).success(ask_where).run()   # with the password
    write_dossier(session, path, dossier).success(saved).failure(report).run()
    job.cancel()                                              # from the GUI thread, at any time

Saving renders first and writes after: the dialog shows the redaction summary (Dossier.summary)
and suggests a file name (Dossier.file_name(), which names nobody the PDF does not) between the two.

`DossierChoices` is what the dialog collects; it becomes exporters.pdf.DossierOptions on the
database thread, so the GUI thread never imports ReportLab (a quarter of a second). `error_kind`
sorts the exporter's failures for the dialog's messages, for the same reason.

Cancelling makes the exporter's next progress report raise DossierCancelled, so the render stops
within a page or an exhibit and nothing is written (the exporter writes only a finished PDF).
The preview is never encrypted and never leaves memory; rendering to save applies the password,
if any, so the bytes that wait for a file name are already encrypted.

Thread rule: build, run and cancel on the GUI thread; the rendering runs on the database thread
(exporters.pdf reads exhibits through the vault there) and reports through a queued signal."""

from __future__ import annotations

import errno
import os
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from db.errors import VaultError
from db.vault import Vault
from desktop.operations import Op

if TYPE_CHECKING:
    from desktop.session import Session
    from exporters.pdf import Dossier, DossierOptions


@dataclass(frozen=True)
class DossierChoices:
    """The dialog's options (see exporters.pdf.DossierOptions for their meaning)."""

    profile: str = "legal"
    purpose: str = ""
    include_tasks: bool = False
    paper: str = "A4"
    password: str | None = None
    font_file: Path | None = None
    confirmed_exhibits: frozenset[str] = frozenset()  # images the user confirmed show nobody withheld
    forum: str = "generic"  # generic | irb | ccf | un | police
    language: str = "en"  # the dossier's language: en | fr | es | zh_CN | zh_TW
    prepared_by: str = ""
    request: str = ""  # CCF: access | correction | deletion
    attachments: frozenset[str] = frozenset()  # CCF checklist items the user has
    hearing_date: date | None = None  # IRB: the hearing, for the disclosure deadline warning
    reply: bool = False  # IRB: a reply to the Minister's documents (5 days instead of 10)
    embed_originals: bool = False  # attach the original exhibit files with their SHA-256 (PDF/A-3b)

    def options(self, *, with_password: bool = True) -> DossierOptions:
        from exporters.pdf import DossierOptions  # noqa: PLC0415 - ReportLab is slow to import

        return DossierOptions(profile=self.profile, purpose=self.purpose, include_tasks=self.include_tasks,
                              paper=self.paper, password=self.password if with_password else None,
                              font_file=self.font_file, confirmed_exhibits=self.confirmed_exhibits,
                              forum=self.forum, language=self.language, prepared_by=self.prepared_by,
                              request=self.request, attachments=self.attachments, hearing_date=self.hearing_date,
                              reply=self.reply, embed_originals=self.embed_originals)


class DossierCancelled(VaultError):
    """The user cancelled the dossier; nothing was written."""

    def __init__(self, *_context: object) -> None:  # see desktop.worker.LockedError
        super().__init__("The dossier was cancelled; nothing was written.")


class DossierJob(QObject):
    """Progress and cancel of one dossier render. Create it on the GUI thread.

    progressed(str stage, int done, int total): the exporter's stages ("exhibits", "layout" with
    total 0, "encrypting", "done"), delivered on the GUI thread."""

    progressed = Signal(str, int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Any thread. The render stops at its next progress report."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def report(self, stage: str, done: int, total: int) -> None:
        """The exporter's progress callback (database thread): raise when cancelled, else pass it on."""
        if self._cancelled.is_set():
            raise DossierCancelled()
        try:
            self.progressed.emit(stage, done, total)
        except RuntimeError:  # the dialog that owns this job is gone: nobody is waiting for the dossier
            raise DossierCancelled() from None


def _render(vault: Vault, case_id: str, choices: DossierChoices, job: DossierJob, with_password: bool) -> Dossier:
    from exporters.pdf import build_dossier  # noqa: PLC0415
    from exporters.pdf.dossier import dossier_inputs  # noqa: PLC0415

    job.report("start", 0, 0)
    case_file, others = dossier_inputs(vault, case_id)
    state = vault.repos.audit.head()
    options = choices.options(with_password=with_password)
    return build_dossier(case_file, state, options, vault.repos.exhibits.read_data, job.report, others)


def preview_dossier(session: Session, case_id: str, choices: DossierChoices, job: DossierJob) -> Op[Dossier]:
    """Render the dossier in memory, unencrypted (the password is left out: a preview is never
    written). Succeeds with exporters.pdf.Dossier (data, pages, notes, summary); fails with the
    exporter's errors (MissingFontError, DossierError...) or DossierCancelled."""
    return Op(session, lambda v: _render(v, case_id, choices, job, with_password=False))


def render_dossier(session: Session, case_id: str, choices: DossierChoices, job: DossierJob) -> Op[Dossier]:
    """Render the dossier to save: in memory, encrypted with AES-256 when `choices.password` is
    set. Nothing is written; pass the result to write_dossier. Fails as preview_dossier does, and
    with PasswordError."""
    return Op(session, lambda v: _render(v, case_id, choices, job, with_password=True))


def write_dossier(session: Session, destination: str | os.PathLike[str], dossier: Dossier) -> Op[Path]:
    """Write a rendered dossier to `destination` atomically (a complete file or none; an existing
    file is replaced only by the finished one). Fails with StorageError (full disk...) or
    DossierError (a folder, or no such folder); nothing is written then."""
    from exporters.pdf.dossier import write_pdf  # noqa: PLC0415

    target = Path(destination)

    def write(_vault: Vault) -> Path:
        write_pdf(target, dossier.data)
        return target

    return Op(session, write)


def error_kind(exc: BaseException) -> str:
    """What went wrong, for the dialog's message: 'cancelled', 'font' (a script has no font: see
    missing_scripts), 'font_file' (the chosen font cannot be used), 'password', 'disk_full',
    'storage' (another write failure), or 'other' (its message is a plain English sentence)."""
    from db.errors import StorageError  # noqa: PLC0415
    from exporters.pdf import FontError, MissingFontError, PasswordError  # noqa: PLC0415

    if isinstance(exc, DossierCancelled):
        return "cancelled"
    if isinstance(exc, MissingFontError):
        return "font"
    if isinstance(exc, FontError):
        return "font_file"
    if isinstance(exc, PasswordError):
        return "password"
    if isinstance(exc, StorageError):
        # exporters.atomic raises storage_error(OSError) `from None`: the OSError is still the context.
        if getattr(exc.__context__, "errno", None) == errno.ENOSPC:
            return "disk_full"
        return "storage"
    return "other"


def missing_scripts(exc: BaseException) -> list[str]:
    """For a 'font' error: the scripts without a font, as 'han', 'arabic' or 'latin'."""
    from exporters.pdf.fonts import ARABIC, HAN, LATIN  # noqa: PLC0415

    codes = {HAN: "han", ARABIC: "arabic", LATIN: "latin"}
    return [codes.get(s, s) for s in getattr(exc, "scripts", [])]
