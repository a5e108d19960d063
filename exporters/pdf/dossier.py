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

import hashlib
import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus.doctemplate import LayoutError

from db import vocab
from db.errors import VaultError
from db.models import CaseFile, Person
from db.names import PersonName, person_names
from db.normalise import FSI, PDI
from db.notices import Notice
from exporters.atomic import atomic_write_with
from exporters.pdf import forums
from exporters.pdf.encrypt import check_password, encrypt_pdf
from exporters.pdf.exhibit_files import ExhibitFiles
from exporters.pdf.exhibit_pdf import ExhibitChanged, place_pages
from exporters.pdf.fonts import font_set
from exporters.pdf.forums import FORUMS, FilingChoices
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
from exporters.pdf.package import Package
from exporters.pdf.pdfa import Attachment, make_pdfa
from exporters.pdf.redaction import FIELD_CAP, LINE_CAP, PROFILES, Redaction, RedactionSummary, redact
from exporters.pdf.sections import IMAGE_HEAD_ROOM, CoverFacts, Progress, Story
from exporters.pdf.text import Typesetter
from exporters.pdf.words import LANGUAGES, Words

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
    confirmed_exhibits: frozenset[str] = frozenset()  # images and PDFs to reproduce though their persons are unrecorded
    forum: str = "generic"  # generic | irb | ccf | un | police (exporters.pdf.forums)
    language: str = "en"  # en | fr | es | zh_CN | zh_TW (exporters.pdf.words)
    prepared_by: str = ""  # the "prepared by" block: a name and organisation, as typed
    pdfa: bool = True  # PDF/A-2b when not encrypted (PDF/A-3b with embed_originals)
    embed_originals: bool = False  # attach the original exhibit files (with their SHA-256) to the PDF
    request: str = ""  # CCF: access | correction | deletion ("": from the case's CCF request)
    attachments: frozenset[str] = frozenset()  # CCF: checklist items the user has (forums.CCF_ATTACHMENTS)
    filing_id: str | None = None  # the intervention with the filing's identifiers; None: the latest of its kind
    hearing_date: date | None = None  # IRB: warn when disclosure would be late
    reply: bool = False  # IRB: a reply to the Minister's documents (5 days instead of 10)


@dataclass(frozen=True)
class Dossier:
    data: bytes
    pages: int
    notes: list[str] = field(default_factory=list)  # things the user should know (db.notices)
    summary: RedactionSummary | None = None  # what the redaction did; in memory only, never in the PDF
    reference: str = ""  # the case reference as printed (redacted): for the file name
    forum: str = "generic"
    pdfa: bool = False  # the file claims PDF/A conformance (unencrypted, with archival content only)

    def file_name(self) -> str:
        """A file name for this dossier that names nobody the PDF does not name."""
        profile = self.summary.profile if self.summary else "dossier"
        kind = "dossier" if self.forum == "generic" else self.forum
        return safe_file_name(f"{self.reference} {kind} {profile}") + ".pdf"


def safe_file_name(text: str) -> str:
    """`text` usable as a file name on Windows, macOS and Linux."""
    name = "".join("-" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in text).strip(" .")
    return name[:120] or "dossier"


def _noop(stage: str, done: int, total: int) -> None:
    return None


def build_dossier(case_file: CaseFile, vault_state: tuple[int, str], options: DossierOptions,
                  exhibit_bytes: Callable[[str], bytes], progress: Progress | None = None,
                  others: Sequence[Person | PersonName] = ()) -> Dossier:
    """Render the dossier of `case_file` in memory. Raises DossierError for bad options or for
    content the layout cannot hold (the message names the record and says what to do), FontError /
    MissingFontError when a script has no font, PasswordError for an unusable password."""
    progress = progress or _noop
    if options.profile not in PROFILES:
        raise DossierError(f"Unknown redaction profile {options.profile!r}; use one of: {', '.join(PROFILES)}.")
    if options.paper not in PAPER:
        raise DossierError(f"Unknown paper size {options.paper!r}; use A4 or letter.")
    if options.forum not in FORUMS:
        raise DossierError(f"Unknown forum {options.forum!r}; use one of: {', '.join(FORUMS)}.")
    if options.language not in LANGUAGES:
        raise DossierError(f"Unknown dossier language {options.language!r}; use one of: {', '.join(LANGUAGES)}.")
    if options.password is not None:
        check_password(options.password)
    with _LOCK:
        try:
            data, pages, red, story, extra = _render(case_file, vault_state, options, exhibit_bytes, progress,
                                                     others)
        except LayoutFailure as exc:
            raise DossierError(str(exc)) from None
        except LayoutError as exc:  # raised outside the page flow (e.g. while drawing the page furniture)
            raise DossierError(layout_message("", str(exc))) from None
        except (OverflowError, UnicodeError) as exc:
            raise DossierError("The dossier could not be laid out: a record holds a value the PDF cannot "
                               f"represent ({type(exc).__name__}). Check the case for an extremely long or "
                               "damaged text or number (for example in an imported record), shorten or "
                               "correct it, and try again. Nothing was written.") from None
    pdfa = False
    # The original files are the bytes as stored: names and metadata (GPS, author) in them are beyond
    # redaction, so a public dossier never carries them.
    originals = options.embed_originals and options.profile != "public"
    if options.password is not None:
        progress("encrypting", 0, 1)
        data = encrypt_pdf(data, options.password)
    elif options.pdfa and not extra.not_archival:
        data = make_pdfa(data, _attachments(red, exhibit_bytes) if originals else ())
        pdfa = True
    progress("done", 1, 1)
    notes = _notes(red, story) + extra.notes
    if options.include_tasks and not red.prints("task", "title"):
        notes.append(Notice("Open tasks are not printed in this profile."))
    if options.embed_originals and not originals:
        notes.append(Notice("The original exhibit files are not attached to a public dossier: they are the files as "
                            "stored, with any name, place or metadata in them, which redaction cannot reach."))
    if options.password is None and options.pdfa and extra.not_archival:
        labels = [e.label for e in red.case_file.exhibits if e.id in extra.not_archival]
        notes.append(Notice("Not PDF/A: the PDF exhibit(s) {labels} use fonts that are not embedded or CMYK "
                            "colours, which an archival PDF may not hold. The package is an ordinary PDF.",
                            labels=", ".join(labels)))
    notes += _hearing_notes(options)
    return Dossier(data, pages, notes, red.summary(), _plain(red.scrub(red.case_file.case.reference)),
                   options.forum, pdfa)


@dataclass
class _Extra:
    notes: list[str] = field(default_factory=list)
    not_archival: list[str] = field(default_factory=list)


BACKGROUND_PAGES = 100  # country-condition material the IRB takes without a justification


def _background_notes(red: Redaction, pdf_pages: dict[str, int]) -> list[str]:
    """The IRB asks why country-condition material runs past about 100 pages. CaseVault does not
    know which exhibits are country conditions; those supporting no incident of the case are."""
    linked = {x for i in red.case_file.incidents for x in i.exhibit_ids}
    background = [e for e in red.case_file.exhibits if e.id in pdf_pages and e.id not in linked]
    pages = sum(pdf_pages[e.id] for e in background)
    if pages <= BACKGROUND_PAGES:
        return []
    return [Notice("The exhibits that support no incident of the case ({labels}) run to {pages} pages: if they are "
                   "country-condition material, the Division expects a justification for more than about {most} "
                   "pages.", labels=", ".join([e.label for e in background]), pages=pages, most=BACKGROUND_PAGES)]


def _hearing_notes(options: DossierOptions) -> list[str]:
    """IRB disclosure deadlines: 10 days before the hearing, 5 for a reply to the Minister's documents."""
    if options.forum != "irb" or options.hearing_date is None:
        return []
    days = (options.hearing_date - (options.produced_on or date.today())).days
    need = 5 if options.reply else 10
    if days < need:
        return [Notice("The hearing is in {days} day(s): disclosure must reach the Division at least {need} days "
                       "before it. Late documents need the Division's leave; say why they are late.",
                       days=days, need=need)]
    return []


def _attachments(red: Redaction, exhibit_bytes: Callable[[str], bytes]) -> list[Attachment]:
    """The original files of the exhibits the package may show, with their SHA-256."""
    out = []
    for e in red.case_file.exhibits:
        if e.id in red.withheld:
            continue
        data = exhibit_bytes(e.id)
        name = _plain(red.scrub(e.original_name)) or "file"
        out.append(Attachment(f"{e.label} {name}", data, e.mime_type,
                              f"{e.label}, SHA-256 {hashlib.sha256(data).hexdigest()}"))
    return out


def _plain(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")


def _render(case_file: CaseFile, vault_state: tuple[int, str], options: DossierOptions,
            exhibit_bytes: Callable[[str], bytes], progress: Progress,
            others: Sequence[Person | PersonName]) -> tuple[bytes, int, Redaction, Story, _Extra]:
    red = redact(case_file, options.profile, others, options.confirmed_exhibits, options.language)
    fonts = font_set(options.font_file, options.font_dirs)
    words = Words(options.language)
    forum = options.forum
    ts, st = Typesetter(fonts, clean=red.scrub), make_styles(fonts, min_size=12 if forum == "irb" else 0)
    refs = PageRefs(number_font=st.small.fontName, fonts=fonts)
    pagesize = LETTER if forum == "irb" else PAPER[options.paper]  # the IRB takes Letter pages only
    width, height = pagesize[0] - 2 * MARGIN_X, pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM
    extra = _Extra()
    head_room = IMAGE_HEAD_ROOM if forum == "generic" else 22 * mm
    with ExhibitFiles(red.case_file.exhibits, lambda e: e.id not in red.withheld_exhibit_ids, exhibit_bytes,
                      (width, height - head_room), progress, pdfs=forum != "generic") as files:
        files.start()  # images are prepared on worker threads while the text is laid out
        story = Story(red, ts, st, refs, width, height, files, words)
        marking = _marking(red, options, words)
        facts = CoverFacts(purpose=red.text(options.purpose.strip()),
                           produced_on=words.date((options.produced_on or date.today()).isoformat()),
                           marking=marking, vault_state=vault_state, prepared_by=red.text(options.prepared_by.strip()))
        c = red.case_file.case
        header = c.reference
        package: Package | None = None
        if forum == "generic":
            _generic(story, facts, options)
        else:
            package = Package(story)
            choices = FilingChoices(forum, options.request, options.attachments, options.filing_id)
            forums.build(package, choices, facts)
            story.flow[package.index_at:package.index_at] = package.index()
            header = forums.header_text(package, choices)
            if package.missing_translations:
                extra.notes.append(Notice("No translation is recorded for {labels} (not in English or French): "
                                          "record the translation as an exhibit (a translation of it, with its "
                                          "translator) before filing.", labels=", ".join(package.missing_translations)))
            if forum == "irb":
                extra.notes += _background_notes(red, files.pdf_pages)
            if package.media_only:
                extra.notes.append(Notice("Every source of this case is a media report: a UN communication that rests "
                                          "only on media reports is not admissible. Add what else supports the facts."))

        buffer = io.BytesIO()
        kind = FORUMS[forum] if forum != "generic" else f"Case dossier ({options.profile})"
        doc = DossierDoc(buffer, pagesize=pagesize, typesetter=ts, styles=st, refs=refs, reference=header,
                         marking=marking, on_page=lambda page: progress("layout", page, 0), page_label=words.page,
                         title=_plain(red.scrub(f"{c.reference} \u2013 {c.title}"))[:300], author="",
                         subject=kind, creator="CaseVault", producer="CaseVault",
                         keywords="", initialFontName=st.small.fontName, lang=options.language.replace("_", "-"))
        fonts.check()  # every text is typeset by now: a missing script stops here, before any page
        a85 = rl_config.useA85
        rl_config.useA85 = 0  # binary streams: a quarter smaller, and faster, than ASCII85 text
        try:
            doc.build(story.flow, canvasmaker=partial(DossierCanvas, refs=refs))
        finally:
            rl_config.useA85 = a85
        data = buffer.getvalue()
        if package is not None and package.placements:
            progress("exhibits", 0, 0)
            try:
                data, extra.not_archival = place_pages(data, package.placements, exhibit_bytes, files.stored_sha)
            except ExhibitChanged as exc:
                raise DossierError("An exhibit's stored file changed while the package was made; make it "
                                   f"again. ({exc}) Nothing was written.") from None
    return data, doc.page, red, story, extra


def _generic(story: Story, facts: CoverFacts, options: DossierOptions) -> None:
    """The case dossier: cover, contents, then every section numbered."""
    red, words = story.red, story.w
    story.cover(facts)
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
    contents = Story(red, story.ts, story.st, story.refs, story.width, story.height, story.files, words)
    contents.contents([(key, f"{n}. {words(title)}") for n, (key, title) in enumerate(sections, 1)], exhibit_pages)
    story.flow[toc_at:toc_at] = contents.flow  # its length is known now, so page numbers do not move


def _marking(red: Redaction, options: DossierOptions, words: Words) -> str:
    if options.marking.strip():
        return red.text(options.marking.strip())
    if options.profile == "public":
        return words("PUBLIC VERSION \u2013 PSEUDONYMISED")
    return words.vocab(vocab.CONFIDENTIALITY, red.case_file.case.confidentiality).upper()


def _notes(red: Redaction, story: Story) -> list[str]:
    """What the user should know about this dossier, in plain sentences."""
    exhibits = red.case_file.exhibits
    notes = []
    shows = [e.label for e in exhibits if red.withheld.get(e.id) == "shows"]
    if shows:
        notes.append(Notice("Withheld because they show a person who may not be named in this profile: {labels}.",
                            labels=", ".join(shows)))
    unrecorded = [e.label for e in exhibits if red.withheld.get(e.id) == "unrecorded"]
    if unrecorded:
        notes.append(Notice("Images and PDF documents withheld because who appears in them is not recorded: "
                            "{labels}. Record it in each exhibit's details, or confirm them for this dossier.",
                            labels=", ".join(unrecorded)))
    if red.contacts:
        notes.append(Notice("{n} contact detail(s) found in the text (phone numbers, e-mail addresses, messenger "
                            "handles) were replaced by a note that they are withheld.", n=red.contacts))
    if red.cut_fields:
        notes.append(Notice("{n} text field(s) longer than {characters:,} characters or {lines:,} lines were cut; "
                            "the dossier says where.", n=red.cut_fields, characters=FIELD_CAP, lines=LINE_CAP))
    changed = [e.label for e in exhibits if story.stored(e) != e.sha256]
    if changed:
        notes.append(Notice("The stored file of {labels} no longer matches the SHA-256 recorded at intake; the "
                            "dossier says so.", labels=", ".join(changed)))
    unreadable = [e.label for e in exhibits if e.id in story.image_problems]
    if unreadable:
        notes.append(Notice("Images not reproduced because they could not be read or are too large: {labels}.",
                            labels=", ".join(unreadable)))
    return notes


def render_dossier(case_file: CaseFile, vault_state: tuple[int, str], options: DossierOptions,
                   exhibit_bytes: Callable[[str], bytes], progress: Progress | None = None,
                   others: Sequence[Person | PersonName] = ()) -> bytes:
    """The dossier's PDF bytes (for a preview, or to write elsewhere)."""
    return build_dossier(case_file, vault_state, options, exhibit_bytes, progress, others).data


def write_dossier(path: Path, case_file: CaseFile, vault_state: tuple[int, str], options: DossierOptions,
                  exhibit_bytes: Callable[[str], bytes], progress: Progress | None = None,
                  others: Sequence[Person | PersonName] = ()) -> Dossier:
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


def dossier_inputs(vault: object, key: str) -> tuple[CaseFile, list[PersonName]]:
    """The case file (dossier_case_file) and every other person of the vault (their names only:
    db.names.person_names), whose names must not print either where their consent does not allow
    it. Runs on the vault's thread."""
    cf = dossier_case_file(vault, key)
    others = [p for p in person_names(vault) if p.id not in cf.persons]
    return cf, others


def export_case_dossier(vault: object, key: str, path: Path, options: DossierOptions,
                        progress: Progress | None = None) -> Dossier:
    """Load case `key` from an open vault and write its dossier to `path`. Runs on the vault's thread."""
    cf, others = dossier_inputs(vault, key)
    state = vault.repos.audit.head()  # type: ignore[attr-defined]
    return write_dossier(path, cf, state, options, vault.repos.exhibits.read_data, progress,  # type: ignore
                         others)
