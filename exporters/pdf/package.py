"""A filing package: one document made of documents (cover, index, statements, every exhibit,
translations, declarations, proof of service), numbered as one, as the bodies lawyers file with
expect. What each forum puts in it is in forums.py; here is what they share:

- documents each start on a new page and are listed in the index with their page range (drawn at
  the end, exhibit pages included: layout.PageRefs), so the ranges are where they really start;
- every exhibit is a document of its own: an image on one page, a PDF exhibit page by page (each of
  its pages on a page of the package: layout.PdfSlot, filled by exhibit_pdf.place_pages), any other
  file as a page that says what it is and where it is kept; each page carries the exhibit's number;
- an exhibit in a language other than English or French is followed by its translation(s) (the
  case's exhibits recorded as translations of it) and a translator's declaration to sign;
- blanks for what the lawyer completes by hand are ruled lines, never invented text.

Thread rule: builds flowables for one document on the calling thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from db.models import Exhibit
from exporters.pdf.layout import AnchorMark, Deferred, JpegImage, PdfSlot, SectionMark
from exporters.pdf.sections import Story, iso

FILING_LANGUAGES = ("en", "fr")  # what the IRB (and courts in Canada) take without translation
BLANK = "_" * 34


@dataclass
class Document:
    key: str
    title: str


@dataclass
class Package:
    """Collects the documents of one package into `story.flow`."""

    story: Story
    documents: list[Document] = field(default_factory=list)
    placements: list[tuple[int, str, int, tuple[float, ...]]] = field(default_factory=list)
    missing_translations: list[str] = field(default_factory=list)
    index_at: int = 0  # where in story.flow the index's table goes
    media_only: bool = False  # every source of the case is a media report (a UN communication warns)

    @property
    def w(self) -> Callable[..., str]:
        return self.story.w

    def begin(self, key: str, title: str, heading: bool = True, first: bool = False) -> None:
        """Start the document `key` on a new page (`title` already in the dossier's language)."""
        st = self.story
        self.documents.append(Document(key, title))
        st.flow.append(SectionMark(title))
        if not first:
            st.flow.append(PageBreak())
        st.flow.append(AnchorMark(st.refs, key, st.red.scrub(title)))
        if heading:
            st.flow.append(st.p(title, st.st.h1))

    def section(self, key: str, title: str, build: Callable[[int | None], object]) -> None:
        """A section of sections.Story (summary, persons, chronology...) as a document."""
        self.documents.append(Document(key, self.w(title)))
        build(None)

    # -- the index ---------------------------------------------------------------------------------

    def page_range(self, key: str) -> Callable[[int], str]:
        anchors = self.story.refs.anchors

        def text(total: int) -> str:
            keys = [d.key for d in self.documents]
            start = anchors.get(key)
            if start is None:
                return "?"
            later = [anchors[k] for k in keys[keys.index(key) + 1:] if k in anchors]
            end = (min(later) - 1) if later else total
            return str(start) if end <= start else f"{start}\u2013{end}"
        return text

    def index(self) -> list[Flowable]:
        """The index of documents with their page ranges (filled in when the package is done)."""
        st = self.story
        w = (18 * mm, st.width - 48 * mm, 30 * mm)
        rows = [[st.cell(str(n), st.st.small, w[0]), st.cell(d.title, st.st.small, w[1], False),
                 Deferred(st.refs, f"range-{d.key}", self.page_range(d.key), st.st.small.fontName,
                          st.st.small.fontSize, right=True, link=d.key)]
                for n, d in enumerate(self.documents, 1)]
        index = Story(st.red, st.ts, st.st, st.refs, st.width, st.height, st.files, st.w)
        index.flow.append(index.table(["No.", "Document", "Pages"], rows, w))
        return index.flow

    def total_pages(self) -> Flowable:
        st = self.story
        return Deferred(st.refs, "total-pages", lambda total: self.w("This package has {n} pages.", n=total),
                        st.st.body.fontName, st.st.body.fontSize)

    # -- exhibits ----------------------------------------------------------------------------------

    def exhibits(self) -> None:
        """Every exhibit that may be reproduced, as a document, each translation after its original
        and then a translator's declaration."""
        st = self.story
        exhibits = [e for e in st.cf.exhibits if e.id not in st.red.withheld]
        ids = {e.id for e in exhibits}
        translations: dict[str, list[Exhibit]] = {}
        for e in exhibits:
            if e.copy_kind == "translation" and e.derived_from_id in ids:
                translations.setdefault(e.derived_from_id, []).append(e)
        placed = {t.id for ts in translations.values() for t in ts}
        for e in exhibits:
            if e.id in placed:
                continue
            self.exhibit(e)
            for t in translations.get(e.id, []):
                self.exhibit(t)
            if needs_translation(e):
                self.declaration(e, translations.get(e.id, []))

    def exhibit(self, e: Exhibit) -> None:
        st, w = self.story, self.w
        title = w("Exhibit {label}", label=e.label) + st.w.colon + iso(e.description or e.original_name)
        key = f"doc-{e.label}"
        image = st.images.pop(e.id, None)
        pages = st.files.pdf_pages.get(e.id, 0)
        self.documents.append(Document(key, title))
        st.flow += [SectionMark(title), PageBreak(), AnchorMark(st.refs, key, st.red.scrub(f"{e.label}"), 1)]
        if image is not None:
            st.flow += [st.p(title, st.st.small_bold), st.p(f"SHA-256 {st.stored(e)}", st.st.tiny),
                        Spacer(1, 2 * mm), JpegImage(image.data, image.width, image.height, f"exhibit-{e.id}")]
            return
        if pages:
            for i in range(pages):
                if i:
                    st.flow.append(PageBreak())
                caption = f"{title if not i else e.label} \u00b7 " + w("page {n} of {total} of the exhibit",
                                                                        n=i + 1, total=pages)
                st.flow += [st.p(caption, st.st.small_bold), Spacer(1, 1 * mm), PdfSlot(e.id, i, self.placements)]
            return
        if e.id in st.files.texts:
            st.flow += [st.p(title, st.st.small_bold), st.p(f"SHA-256 {st.stored(e)}", st.st.tiny), Spacer(1, 3 * mm)]
            st.flow += [st.p(chunk, st.st.body) for chunk in st.files.texts.pop(e.id).split("\n\n") if chunk.strip()]
            return
        why = st.image_problems.get(e.id) or (w("Not reproduced: {why}.", why=w(st.files.pdf_problems[e.id]))
                                              if e.id in st.files.pdf_problems else
                                              w("This file cannot be printed on paper (for example a sound or video "
                                                "recording). It is kept in the vault with the hash below and can "
                                                "be produced on request."))
        st.flow += [st.p(title, st.st.h2), st.p(st.exhibit_meta(e), st.st.body),
                    st.p(f"SHA-256 {st.stored(e)}", st.st.small), Spacer(1, 4 * mm), st.p(why, st.st.body)]

    def declaration(self, e: Exhibit, translations: list[Exhibit]) -> None:
        """A translator's declaration for exhibit `e`: the translator's name, the languages (with a
        blank for the dialect), the accuracy statement and a signature line."""
        st, w = self.story, self.w
        self.begin(f"decl-{e.label}", w("Translator's declaration for exhibit {label}", label=e.label))
        translator = next((st.person(t.translator_id) for t in translations if t.translator_id), "")
        target = next((t.language for t in translations if t.language), "") or st.w.language
        labels = ", ".join(t.label for t in translations)
        if not translations:
            self.missing_translations.append(e.label)
        pairs = [("Exhibit translated", f"{e.label} ({iso(e.description or e.original_name)})"),
                 ("Translation", labels or w("not yet in the case: attach it behind this declaration")),
                 ("Translated from", st.w.language_name(e.language)), ("Dialect", BLANK),
                 ("Translated into", st.w.language_name(target.split("-")[0].split("_")[0]))]
        st.flow += [st.fields(pairs, 55 * mm), Spacer(1, 6 * mm)]
        name = iso(translator) if translator else BLANK
        st.flow.append(st.p(w("I, {name}, declare that I am competent to translate from {source} into {target}, "
                              "and that the attached translation of exhibit {label} is, to the best of my knowledge "
                              "and belief, an accurate and complete translation of the original.",
                              name=name, source=st.w.language_name(e.language),
                              target=st.w.language_name(target.split("-")[0].split("_")[0]), label=e.label)))
        self.signature(iso(translator))

    def signature(self, who: str = "") -> None:
        st = self.story
        st.flow.append(Spacer(1, 10 * mm))
        rows = [("Name", who or BLANK), ("Signature", BLANK), ("Date", BLANK), ("Place", BLANK)]
        st.flow.append(st.fields(rows, 40 * mm))

    def blank_lines(self, n: int = 4, above: Sequence[Flowable] = ()) -> list[Flowable]:
        """Ruled lines for counsel to write on, kept on one page with the flowables `above` them (their
        label): a page that began with the last line of a blank read as a stray rule."""
        st = self.story
        return [KeepTogether([*above, *(st.p("_" * 70, st.st.body) for _ in range(n))])]


def needs_translation(e: Exhibit) -> bool:
    """An exhibit whose content is in a language other than English or French (and is no translation)."""
    base = e.language.strip().lower().replace("_", "-").split("-")[0] if e.language else ""
    return bool(base) and base not in FILING_LANGUAGES and e.copy_kind != "translation"
