"""PDF dossiers of one case: the entry points for the command line and the desktop app.

    dossier = build_dossier(case_file, vault_state, options, exhibit_bytes, progress)
    data = render_dossier(...)            # the bytes, e.g. for a preview from memory
    write_dossier(path, ...)              # rendered in memory, then written atomically
    export_case_dossier(vault, key, path, options)   # load + render + write, for the CLI

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
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER

from db import vocab
from db.dates import format_partial
from db.errors import VaultError
from db.models import CaseFile
from exporters.atomic import atomic_write_with
from exporters.pdf.encrypt import check_password, encrypt_pdf
from exporters.pdf.exhibit_files import ExhibitFiles
from exporters.pdf.fonts import font_set
from exporters.pdf.layout import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, DossierCanvas, DossierDoc, PageRefs, make_styles
from exporters.pdf.redaction import PROFILES, Redaction, redact
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


@dataclass(frozen=True)
class Dossier:
    data: bytes
    pages: int
    notes: list[str] = field(default_factory=list)  # things the user should know, plain sentences


def _noop(stage: str, done: int, total: int) -> None:
    return None


def build_dossier(case_file: CaseFile, vault_state: tuple[int, str], options: DossierOptions,
                  exhibit_bytes: Callable[[str], bytes], progress: Progress | None = None) -> Dossier:
    """Render the dossier of `case_file` in memory. Raises DossierError for bad options, FontError /
    MissingFontError when a script has no font, PasswordError for an unusable password."""
    progress = progress or _noop
    if options.profile not in PROFILES:
        raise DossierError(f"Unknown redaction profile {options.profile!r}; use one of: {', '.join(PROFILES)}.")
    if options.paper not in PAPER:
        raise DossierError(f"Unknown paper size {options.paper!r}; use A4 or letter.")
    if options.password is not None:
        check_password(options.password)
    with _LOCK:
        data, pages, notes = _render(case_file, vault_state, options, exhibit_bytes, progress)
    if options.password is not None:
        progress("encrypting", 0, 1)
        data = encrypt_pdf(data, options.password)
    progress("done", 1, 1)
    return Dossier(data, pages, notes)


def _render(case_file: CaseFile, vault_state: tuple[int, str], options: DossierOptions,
            exhibit_bytes: Callable[[str], bytes], progress: Progress) -> tuple[bytes, int, list[str]]:
    red = redact(case_file, options.profile)
    fonts = font_set(options.font_file, options.font_dirs)
    ts, st = Typesetter(fonts), make_styles(fonts)
    refs = PageRefs(number_font=st.small.fontName)
    pagesize = PAPER[options.paper]
    width, height = pagesize[0] - 2 * MARGIN_X, pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM
    with ExhibitFiles(red.case_file.exhibits, lambda e: e.id not in red.withheld_exhibit_ids, exhibit_bytes,
                      (width, height - IMAGE_HEAD_ROOM), progress) as files:
        files.start()  # images are prepared on worker threads while the text is laid out
        story = Story(red, ts, st, refs, width, height, files)
        marking = _marking(red, options)
        story.cover(CoverFacts(purpose=red.scrub(options.purpose.strip()),
                               produced_on=format_partial((options.produced_on or date.today()).isoformat()),
                               marking=marking, vault_state=vault_state))
        toc_at = len(story.flow)
        sections = [("summary", "Summary"), ("persons", "Persons"), ("chronology", "Chronology"),
                    ("exhibits", "Exhibits"), ("sources", "Sources"), ("interventions", "Interventions")]
        if options.include_tasks:
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
                         title=f"{c.reference} \u2013 {c.title}", author="",
                         subject=f"Case dossier ({options.profile})", creator="CaseVault", producer="CaseVault",
                         keywords="", initialFontName=st.small.fontName)
        fonts.check()  # every text is typeset by now: a missing script stops here, before any page
        a85 = rl_config.useA85
        rl_config.useA85 = 0  # binary streams: a quarter smaller, and faster, than ASCII85 text
        try:
            doc.build(story.flow, canvasmaker=partial(DossierCanvas, refs=refs))
        finally:
            rl_config.useA85 = a85
    return buffer.getvalue(), doc.page, _notes(red, story)


def _marking(red: Redaction, options: DossierOptions) -> str:
    if options.marking.strip():
        return red.scrub(options.marking.strip())
    if options.profile == "public":
        return "PUBLIC VERSION \u2013 PSEUDONYMISED"
    return vocab.label(vocab.CONFIDENTIALITY, red.case_file.case.confidentiality).upper()


def _notes(red: Redaction, story: Story) -> list[str]:
    """What the user should know about this dossier, in plain sentences."""
    exhibits = red.case_file.exhibits
    notes = []
    withheld = [e.label for e in exhibits if e.id in red.withheld_exhibit_ids and e.mime_type.startswith("image/")]
    if withheld:
        notes.append(f"Not reproduced because they show a person not named in this profile: {', '.join(withheld)}.")
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
                   exhibit_bytes: Callable[[str], bytes], progress: Progress | None = None) -> bytes:
    """The dossier's PDF bytes (for a preview, or to write elsewhere)."""
    return build_dossier(case_file, vault_state, options, exhibit_bytes, progress).data


def write_dossier(path: Path, case_file: CaseFile, vault_state: tuple[int, str], options: DossierOptions,
                  exhibit_bytes: Callable[[str], bytes], progress: Progress | None = None) -> Dossier:
    """Render, then write to `path` atomically (an existing file is replaced only by a complete one).
    Raises StorageError with a plain message when the disk refuses (full, read-only, removed)."""
    path = Path(path)
    if path.is_dir():
        raise DossierError(f"{path} is a folder; give a file name for the dossier.")
    if not path.parent.is_dir():
        raise DossierError(f"The folder {path.parent} does not exist.")
    dossier = build_dossier(case_file, vault_state, options, exhibit_bytes, progress)
    atomic_write_with(path, lambda fh: fh.write(dossier.data))
    return dossier


def dossier_case_file(vault: object, key: str) -> CaseFile:
    """The case `key` (id or reference) with, in addition, every person an exhibit shows, so that
    their consent is known when deciding whether the exhibit may be reproduced."""
    repos = vault.repos  # type: ignore[attr-defined]
    cf = repos.load_case_file(repos.cases.resolve(key).id)
    shown = {p for e in cf.exhibits for p in e.shows_person_ids} - set(cf.persons)
    if shown:
        cf.persons.update(repos.persons.get_many(sorted(shown)))
    return cf


def export_case_dossier(vault: object, key: str, path: Path, options: DossierOptions,
                        progress: Progress | None = None) -> Dossier:
    """Load case `key` from an open vault and write its dossier to `path`. Runs on the vault's thread."""
    cf = dossier_case_file(vault, key)
    state = vault.repos.audit.head()  # type: ignore[attr-defined]
    return write_dossier(path, cf, state, options, vault.repos.exhibits.read_data, progress)  # type: ignore
