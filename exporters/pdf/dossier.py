"""PDF dossiers of one case: the entry points for the command line and the desktop app.

    case_file, others = dossier_inputs(vault, key)   # on the vault's thread
    dossier = build_dossier(case_file, vault_state, options, exhibit_bytes, progress, others)
    data = render_dossier(...)            # the bytes, e.g. for a preview from memory
    write_dossier(path, ...)              # rendered in memory, then written atomically
    export_case_dossier(vault, key, path, options)   # load + render + write, for the CLI

`others` are the vault's persons outside the case: those who may not be named in the profile are
pseudonymised wherever this case's text mentions them. `Dossier.summary` says what the redaction
did (who became which pseudonym, how many names were replaced, which exhibits were withheld), for
the user to check before saving; it is never written into the PDF.

`vault_state` is the audit head `vault.repos.audit.head()` (sequence number, SHA-256 hex), printed
on the cover. `exhibit_bytes(exhibit_id)` returns a stored file (e.g. ExhibitRepository.read_data);
it is called once per exhibit from the rendering thread. `progress(stage, done, total)` is called
with stages "exhibits", "layout" (total 0: unknown), "encrypting" and "done"; raising from it
cancels the export, and nothing is written.

Thread rule: rendering touches no vault itself, so it may run on a worker thread when
`exhibit_bytes` does not read the vault from there (read the exhibits on the vault's thread first,
or run the whole export on the vault's thread, as export_case_dossier does). ReportLab's registries
are process-wide, so dossiers are rendered one at a time (a lock serialises them).

Nothing plain is written to disk except the requested PDF: fonts, images and the document are
prepared in memory, and the file appears through exporters.atomic (a .part file beside the target,
renamed into place), so a failure leaves any earlier file untouched and no partial file."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus.doctemplate import LayoutError

from db import vocab
from db.dates import format_partial
from db.errors import VaultError
from db.models import CaseFile, Person
from db.normalise import FSI, PDI
from exporters.atomic import atomic_write_with
from exporters.pdf.encrypt import check_password, encrypt_pdf
from exporters.pdf.exhibit_files import ExhibitFiles
from exporters.pdf.fonts import font_set
from exporters.pdf.layout import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    DossierCanvas,
    DossierDoc,
    LayoutFailure,
    PageRefs,
    layout_message,
    make_styles,
)
from exporters.pdf.redaction import FIELD_CAP, LINE_CAP, PROFILES, Redaction, RedactionSummary, redact
from exporters.pdf.sections import IMAGE_HEAD_ROOM, CoverFacts, Progress, Story
from exporters.pdf.text import Typesetter

PAPER = {"A4": A4, "letter": LETTER}
_LOCK = threading.Lock()


class DossierError(VaultError):
    """The dossier options cannot be used."""


@dataclass(frozen=True)
class DossierOptions:
    profile: str = "legal"  # legal | public (exporters.pdf.redaction)
    purpose: str = ""  # the cover's purpose line, e.g. "For the asylum claim before the IRB"
    include_tasks: bool = False  # add the open tasks
    font_file: Path | None = None  # a TrueType file chosen in settings, used first
    font_dirs: tuple[Path, ...] | None = None  # where to look for fonts; None: the system's folders
    marking: str = ""  # confidentiality marking; empty: from the case (legal) or "Public version"
    paper: str = "A4"  # A4 | letter
    password: str | None = None  # AES-256 encryption when set
    produced_on: date | None = None  # the cover date; None: today
    confirmed_exhibits: frozenset[str] = frozenset()  # images to reproduce although their persons are not recorded


@dataclass(frozen=True)
class Dossier:
    data: bytes
    pages: int
    notes: list[str] = field(default_factory=list)  # things the user should know, plain sentences
    summary: RedactionSummary | None = None  # what the redaction did; in memory only, never in the PDF
    reference: str = ""  # the case reference as printed (redacted): for the file name

    def file_name(self) -> str:
        """A file name for this dossier that names nobody the PDF does not name."""
        profile = self.summary.profile if self.summary else "dossier"
        return safe_file_name(f"{self.reference} dossier {profile}") + ".pdf"


def safe_file_name(text: str) -> str:
    """`text` usable as a file name on Windows, macOS and Linux."""
    name = "".join("-" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in text).strip(" .")
    return name[:120] or "dossier"


def _noop(stage: str, done: int, total: int) -> None:
    return None


def build_dossier(case_file: CaseFile, vault_state: tuple[int, str], options: DossierOptions,
                  exhibit_bytes: Callable[[str], bytes], progress: Progress | None = None,
                  others: Sequence[Person] = ()) -> Dossier:
    """Render the dossier of `case_file` in memory. Raises DossierError for bad options or for
    content the layout cannot hold (the message names the record and says what to do), FontError /
    MissingFontError when a script has no font, PasswordError for an unusable password."""
    progress = progress or _noop
    if options.profile not in PROFILES:
        raise DossierError(f"Unknown redaction profile {options.profile!r}; use one of: {', '.join(PROFILES)}.")
    if options.paper not in PAPER:
        raise DossierError(f"Unknown paper size {options.paper!r}; use A4 or letter.")
    if options.password is not None:
        check_password(options.password)
    with _LOCK:
        try:
            data, pages, red, story = _render(case_file, vault_state, options, exhibit_bytes, progress, others)
        except LayoutFailure as exc:
            raise DossierError(str(exc)) from None
        except LayoutError as exc:  # raised outside the page flow (e.g. while drawing the page furniture)
            raise DossierError(layout_message("", str(exc))) from None
        except (OverflowError, UnicodeError) as exc:
            raise DossierError("The dossier could not be laid out: a record holds a value the PDF cannot "
                               f"represent ({type(exc).__name__}). Check the case for an extremely long or "
                               "damaged text or number (for example in an imported record), shorten or "
                               "correct it, and try again. Nothing was written.") from None
    if options.password is not None:
        progress("encrypting", 0, 1)
        data = encrypt_pdf(data, options.password)
    progress("done", 1, 1)
    notes = _notes(red, story)
    if options.include_tasks and not red.prints("task", "title"):
        notes.append(f"Open tasks are not printed in the {options.profile} profile.")
    return Dossier(data, pages, notes, red.summary(), _plain(red.scrub(red.case_file.case.reference)))


def _plain(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")


def _render(case_file: CaseFile, vault_state: tuple[int, str], options: DossierOptions,
            exhibit_bytes: Callable[[str], bytes], progress: Progress,
            others: Sequence[Person]) -> tuple[bytes, int, Redaction, Story]:
    red = redact(case_file, options.profile, others, options.confirmed_exhibits)
    fonts = font_set(options.font_file, options.font_dirs)
    ts, st = Typesetter(fonts, clean=red.scrub), make_styles(fonts)
    refs = PageRefs(number_font=st.small.fontName)
    pagesize = PAPER[options.paper]
    width, height = pagesize[0] - 2 * MARGIN_X, pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM
    with ExhibitFiles(red.case_file.exhibits, lambda e: e.id not in red.withheld_exhibit_ids, exhibit_bytes,
                      (width, height - IMAGE_HEAD_ROOM), progress) as files:
        files.start()  # images are prepared on worker threads while the text is laid out
        story = Story(red, ts, st, refs, width, height, files)
        marking = _marking(red, options)
        story.cover(CoverFacts(purpose=red.text(options.purpose.strip()),
                               produced_on=format_partial((options.produced_on or date.today()).isoformat()),
                               marking=marking, vault_state=vault_state))
        toc_at = len(story.flow)
        sections = [("summary", "Summary"), ("persons", "Persons"), ("chronology", "Chronology")]
        if red.case_file.notices or red.case_file.extraditions:
            sections.append(("proceedings", "Legal proceedings"))
        sections += [("exhibits", "Exhibits"), ("sources", "Sources")]
        if red.prints("intervention", "kind"):
            sections.append(("interventions", "Interventions"))
        if options.include_tasks and red.prints("task", "title"):
            sections.append(("tasks", "Open tasks"))
        exhibit_pages: list[tuple[str, str]] = []
        for n, (key, _title) in enumerate(sections, 1):
            result = getattr(story, key)(n)
            if key == "exhibits":
                exhibit_pages = result
        contents = Story(red, ts, st, refs, width, height, files)
        contents.contents([(key, f"{n}. {title}") for n, (key, title) in enumerate(sections, 1)], exhibit_pages)
        story.flow[toc_at:toc_at] = contents.flow  # its length is known now, so page numbers do not move

        c = red.case_file.case
        buffer = io.BytesIO()
        doc = DossierDoc(buffer, pagesize=pagesize, typesetter=ts, styles=st, refs=refs, reference=c.reference,
                         marking=marking, on_page=lambda page: progress("layout", page, 0),
                         title=_plain(red.scrub(f"{c.reference} \u2013 {c.title}"))[:300], author="",
                         subject=f"Case dossier ({options.profile})", creator="CaseVault", producer="CaseVault",
                         keywords="", initialFontName=st.small.fontName)
        fonts.check()  # every text is typeset by now: a missing script stops here, before any page
        a85 = rl_config.useA85
        rl_config.useA85 = 0  # binary streams: a quarter smaller, and faster, than ASCII85 text
        try:
            doc.build(story.flow, canvasmaker=partial(DossierCanvas, refs=refs))
        finally:
            rl_config.useA85 = a85
    return buffer.getvalue(), doc.page, red, story


def _marking(red: Redaction, options: DossierOptions) -> str:
    if options.marking.strip():
        return red.text(options.marking.strip())
    if options.profile == "public":
        return "PUBLIC VERSION \u2013 PSEUDONYMISED"
    return vocab.label(vocab.CONFIDENTIALITY, red.case_file.case.confidentiality).upper()


def _notes(red: Redaction, story: Story) -> list[str]:
    """What the user should know about this dossier, in plain sentences."""
    exhibits = red.case_file.exhibits
    notes = []
    shows = [e.label for e in exhibits if red.withheld.get(e.id) == "shows"]
    if shows:
        notes.append(f"Withheld because they show a person who may not be named in this profile: {', '.join(shows)}.")
    unrecorded = [e.label for e in exhibits if red.withheld.get(e.id) == "unrecorded"]
    if unrecorded:
        notes.append(f"Images withheld because who appears in them is not recorded: {', '.join(unrecorded)}. "
                     "Record it in each exhibit's details, or confirm them for this dossier.")
    if red.cut_fields:
        notes.append(f"{red.cut_fields} text field(s) longer than {FIELD_CAP:,} characters or {LINE_CAP:,} lines "
                     "were cut; the dossier says where.")
    changed = [e.label for e in exhibits if story.stored(e) != e.sha256]
    if changed:
        notes.append(f"The stored file of {', '.join(changed)} no longer matches the SHA-256 recorded at intake; "
                     "the dossier says so.")
    unreadable = [e.label for e in exhibits if e.id in story.image_problems]
    if unreadable:
        notes.append(f"Images not reproduced because they could not be read or are too large: "
                     f"{', '.join(unreadable)}.")
    return notes


def render_dossier(case_file: CaseFile, vault_state: tuple[int, str], options: DossierOptions,
                   exhibit_bytes: Callable[[str], bytes], progress: Progress | None = None,
                   others: Sequence[Person] = ()) -> bytes:
    """The dossier's PDF bytes (for a preview, or to write elsewhere)."""
    return build_dossier(case_file, vault_state, options, exhibit_bytes, progress, others).data


def write_dossier(path: Path, case_file: CaseFile, vault_state: tuple[int, str], options: DossierOptions,
                  exhibit_bytes: Callable[[str], bytes], progress: Progress | None = None,
                  others: Sequence[Person] = ()) -> Dossier:
    """Render, then write to `path` atomically (an existing file is replaced only by a complete one).
    Raises StorageError with a plain message when the disk refuses (full, read-only, removed)."""
    path = Path(path)
    if path.is_dir():
        raise DossierError(f"{path} is a folder; give a file name for the dossier.")
    if not path.parent.is_dir():
        raise DossierError(f"The folder {path.parent} does not exist.")
    dossier = build_dossier(case_file, vault_state, options, exhibit_bytes, progress, others)
    write_pdf(path, dossier.data)
    return dossier


def write_pdf(path: Path, data: bytes) -> None:
    """Write finished dossier bytes to `path` atomically. Raises DossierError for a folder or a
    missing folder, StorageError with a plain message when the disk refuses."""
    path = Path(path)
    if path.is_dir():
        raise DossierError(f"{path} is a folder; give a file name for the dossier.")
    if not path.parent.is_dir():
        raise DossierError(f"The folder {path.parent} does not exist.")
    atomic_write_with(path, lambda fh: fh.write(data))


def dossier_case_file(vault: object, key: str) -> CaseFile:
    """The case `key` (id or reference) with, in addition, every person an exhibit shows, so that
    their consent is known when deciding whether the exhibit may be reproduced."""
    repos = vault.repos  # type: ignore[attr-defined]
    cf = repos.load_case_file(repos.cases.resolve(key).id)
    shown = {p for e in cf.exhibits for p in e.shows_person_ids} - set(cf.persons)
    if shown:
        cf.persons.update(repos.persons.get_many(sorted(shown)))
    return cf


def dossier_inputs(vault: object, key: str) -> tuple[CaseFile, list[Person]]:
    """The case file (dossier_case_file) and every other person of the vault, whose names must not
    print either where their consent does not allow it. Runs on the vault's thread."""
    cf = dossier_case_file(vault, key)
    others = [p for p in vault.repos.persons.all() if p.id not in cf.persons]  # type: ignore[attr-defined]
    return cf, others


def export_case_dossier(vault: object, key: str, path: Path, options: DossierOptions,
                        progress: Progress | None = None) -> Dossier:
    """Load case `key` from an open vault and write its dossier to `path`. Runs on the vault's thread."""
    cf, others = dossier_inputs(vault, key)
    state = vault.repos.audit.head()  # type: ignore[attr-defined]
    return write_dossier(path, cf, state, options, vault.repos.exhibits.read_data, progress,  # type: ignore
                         others)
