"""The dossier's page furniture and cross-references: styles, the page template (header with the
case reference, footer with the confidentiality marking and "Page X of Y"), and page numbers that
are only known at the end (total pages, table-of-contents entries, "reproduced on page N").

Those numbers are drawn as PDF form XObjects: each page refers to a named form while it is laid
out, and the forms are drawn once the last page is done, just before saving. So the document is
laid out in a single pass (no second build for the table of contents), and the numbers are real
text that extractors read.

Thread rule: one document per thread; nothing here is shared between documents."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, LongTable, PageTemplate, Paragraph
from reportlab.platypus.doctemplate import LayoutError

from db.errors import VaultError
from exporters.pdf.fonts import FontSet
from exporters.pdf.text import CachedParagraph, Typesetter

INK = colors.Color(0.12, 0.16, 0.22)
MUTED = colors.Color(0.38, 0.42, 0.48)
RULE = colors.Color(0.72, 0.75, 0.79)
SHADE = colors.Color(0.92, 0.93, 0.95)
ALERT = colors.Color(0.62, 0.08, 0.08)
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 24 * mm, 20 * mm


@dataclass
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    small_bold: ParagraphStyle
    tiny: ParagraphStyle
    muted: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    cover_title: ParagraphStyle
    cover_sub: ParagraphStyle
    marking: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle


def make_styles(fonts: FontSet, min_size: float = 0) -> Styles:
    """The dossier's styles; with `min_size`, no text is smaller (12 for filings that require 12 point)."""
    regular = fonts.font_for("A") or fonts.base
    r, b = regular.fontName, fonts.bold_of(regular).fontName

    def st(name: str, font: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("textColor", INK)
        if size < min_size:
            size, leading = min_size, leading * min_size / size
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **kw)

    return Styles(
        body=st("body", r, 9.5, 13.2, spaceAfter=5),
        small=st("small", r, 8.3, 10.6),
        small_bold=st("small_bold", b, 8.3, 10.6),
        tiny=st("tiny", r, 7.2, 9),
        muted=st("muted", r, 8.3, 10.6, textColor=MUTED, spaceAfter=5),
        h1=st("h1", b, 15, 19, spaceAfter=9),
        h2=st("h2", b, 11, 14, spaceBefore=10, spaceAfter=5, keepWithNext=1),
        cover_title=st("cover_title", b, 22, 28, spaceAfter=8),
        cover_sub=st("cover_sub", r, 14, 19, spaceAfter=6),
        marking=st("marking", b, 12, 16, textColor=ALERT, alignment=1),
        toc1=st("toc1", r, 10.5, 15),
        toc2=st("toc2", r, 9, 12.5, leftIndent=14),
    )


@dataclass
class PageRefs:
    """Named page numbers drawn at the end: anchors are set while pages are laid out."""

    number_font: str
    fonts: FontSet | None = None  # for numbers in words of a script the number font lacks ("第 2 页")
    anchors: dict[str, int] = field(default_factory=dict)
    forms: dict[str, tuple[Callable[[int], str], float, bool]] = field(default_factory=dict)

    def place(self, canv: Canvas, name: str, text: Callable[[int], str], x: float, y: float, size: float,
              right: bool = True) -> None:
        """Draw, at (x, y), the text `text(total_pages)` that will exist once the document is done."""
        self.forms[name] = (text, size, right)
        canv.saveState()
        canv.translate(x, y)
        canv.doForm(name)
        canv.restoreState()

    def anchor_text(self, key: str) -> Callable[[int], str]:
        return lambda _total: str(self.anchors.get(key, "?"))

    def draw_forms(self, canv: Canvas, total: int) -> None:
        for name, (text, size, right) in self.forms.items():
            canv.beginForm(name, lowerx=-300, lowery=-4, upperx=300, uppery=size + 4)
            line = text(total)
            font = self.number_font if line.isascii() or self.fonts is None else self.fonts.name_for(line)
            canv.setFont(font, size)
            canv.setFillColor(INK)
            (canv.drawRightString if right else canv.drawString)(0, 0, line)
            canv.endForm()


class DossierCanvas(Canvas):
    """A canvas that draws the deferred page numbers before saving."""

    def __init__(self, *args: Any, refs: PageRefs, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.refs = refs

    def save(self) -> None:
        self.refs.draw_forms(self, self.getPageNumber() - 1 if not self._code else self.getPageNumber())
        super().save()


class Anchored(CachedParagraph):
    """A heading that marks its page for the table of contents, the PDF outline and links."""

    def __init__(self, xml: str, style: ParagraphStyle, refs: PageRefs, key: str, outline: str, level: int) -> None:
        super().__init__(xml, style)
        self.refs, self.key, self.outline, self.level = refs, key, outline, level

    def draw(self) -> None:
        canv = self.canv
        self.refs.anchors[self.key] = canv.getPageNumber()
        canv.bookmarkPage(self.key)
        canv.addOutlineEntry(self.outline, self.key, level=self.level)
        super().draw()


class TocLine(Flowable):
    """One table-of-contents line: its title, a dotted leader and the page number, linked to the page."""

    def __init__(self, title: Paragraph, refs: PageRefs, key: str, size: float) -> None:
        super().__init__()
        self.title, self.refs, self.key, self.size = title, refs, key, size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        _w, h = self.title.wrap(availWidth - 40, availHeight)
        self.height = h + 2
        return availWidth, self.height

    def draw(self) -> None:
        canv = self.canv
        self.title.drawOn(canv, 0, 2)
        style, lines = self.title.style, len(self.title.blPara.lines)
        baseline = 2 + self.title.height - style.fontSize - (lines - 1) * style.leading  # of the last line
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setDash(0.6, 2.4)
        end = self.title.getActualLineWidths0()[-1] + style.leftIndent + 4
        canv.line(end, baseline + 1, self.width - 24, baseline + 1)
        canv.restoreState()
        self.refs.place(canv, f"toc-{self.key}", self.refs.anchor_text(self.key), self.width, baseline, self.size)
        canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


class AnchorMark(Flowable):
    """Takes no room; marks the page it lands on as the start of a document (anchor `key`), with an
    outline entry."""

    def __init__(self, refs: PageRefs, key: str, outline: str, level: int = 0) -> None:
        super().__init__()
        self.refs, self.key, self.outline, self.level = refs, key, outline, level

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        canv = self.canv
        self.refs.anchors[self.key] = canv.getPageNumber()
        canv.bookmarkPage(self.key)
        canv.addOutlineEntry(self.outline, self.key, level=self.level)


class Deferred(Flowable):
    """Text known only when the document is done (`text(total_pages)`), drawn at the left or right
    of the width it is given, e.g. a document's page range in the index."""

    def __init__(self, refs: PageRefs, name: str, text: Callable[[int], str], font: str, size: float,
                 right: bool = False, link: str = "") -> None:
        super().__init__()
        self.refs, self.name, self.text, self.font, self.size, self.right = refs, name, text, font, size, right
        self.link = link  # an anchor to link the text to

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.size * 1.25

    def draw(self) -> None:
        self.refs.place(self.canv, self.name, self.text, self.width if self.right else 0, self.size * 0.25,
                        self.size, right=self.right)
        if self.link:
            self.canv.linkRect("", self.link, (0, 0, self.width, self.size * 1.25), relative=1, thickness=0)


class PdfSlot(Flowable):
    """The rest of the frame, kept for one page of a PDF exhibit: the page is placed there once the
    document is done (exhibit_pdf.place_pages). Records where it landed in `placements`."""

    def __init__(self, exhibit_id: str, index: int, placements: list[tuple[int, str, int, tuple[float, ...]]]) -> None:
        super().__init__()
        self.exhibit_id, self.index, self.placements = exhibit_id, index, placements

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, max(availHeight - 1, 1)
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        self.placements.append((canvas.getPageNumber(), self.exhibit_id, self.index,
                                (x, y, x + self.width, y + self.height)))
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.rect(0, 0, self.width, self.height)
        canv.restoreState()


class PageRef(Flowable):
    """'<prefix> N' where N is the page of an anchor, known only at the end."""

    def __init__(self, prefix: str, refs: PageRefs, key: str, font: str, size: float) -> None:
        super().__init__()
        self.prefix, self.refs, self.key, self.font, self.size = prefix, refs, key, font, size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return availWidth, self.size * 1.3

    def draw(self) -> None:
        canv = self.canv
        # The prefix is in the dossier's language ("复制页码："): a font that has its characters, as
        # the page numbers' forms choose theirs (the number font alone drew Chinese as empty boxes).
        font = self.font if self.prefix.isascii() or self.refs.fonts is None else self.refs.fonts.name_for(self.prefix)
        canv.setFont(font, self.size)
        canv.setFillColor(INK)
        canv.drawString(0, 2, self.prefix)
        x = canv.stringWidth(self.prefix, font, self.size) + 3
        self.refs.place(canv, f"ref-{self.key}", self.refs.anchor_text(self.key), x, 2, self.size, right=False)
        canv.linkRect("", self.key, (0, 0, x + 20, self.size * 1.3), relative=1, thickness=0)


class DossierTable(LongTable):
    """A long table that splits between rows, and inside a row only when that row (with the repeated
    header) is taller than a whole page. ReportLab's own in-row splitting also fills the last few
    points of a page with a repeated header and a sliver of the next row. `page_room` is the frame
    height; set it on a subclass per document (split pieces are made with self.__class__)."""

    page_room = 700.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._calc(availWidth, availHeight)
        pieces = self._splitRows(availHeight, doInRowSplit=False)
        if pieces:
            return pieces
        heights = [h or 0.0 for h in self._rowHeights[: self.repeatRows + 1]]
        if sum(heights) > self.page_room - 1:  # the next row fits on no page: cut it here
            return self._splitRows(availHeight, doInRowSplit=True)
        return []  # move on to the next page


class _JpegSource:
    """JPEG bytes as canvas.drawImage takes them without decoding: it names the image XObject after
    str(source) (an ImageReader would be decoded to pixels just to hash them) and copies the bytes
    from jpeg_fh() into the PDF unchanged."""

    def __init__(self, data: bytes, key: str) -> None:
        self.data, self.key = data, key

    def __str__(self) -> str:
        return self.key

    def jpeg_fh(self) -> io.BytesIO:
        return io.BytesIO(self.data)


class JpegImage(Flowable):
    """A JPEG drawn at a given size (points), in a thin frame."""

    def __init__(self, data: bytes, width: float, height: float, key: str) -> None:
        super().__init__()
        self.data, self.width, self.height, self.key = data, width, height, key

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(_JpegSource(self.data, self.key), 0, 0, self.width, self.height)
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        self.canv.rect(0, 0, self.width, self.height)


class SectionMark(Flowable):
    """Takes no room; tells the document which section the flowables after it belong to, so that a
    layout failure can say where it happened."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        return None


class LayoutFailure(VaultError):
    """Something in the dossier cannot be laid out on a page; the message says where and what to do."""


HEADER_CHARS = 90  # of the case reference in the running header (it gets one line)


class DossierDoc(BaseDocTemplate):
    """Pages with header and footer; reports each finished page to `on_page`. A flowable that fits
    on no page raises LayoutFailure naming the section (SectionMark) and the row it starts with."""

    def __init__(self, buffer: Any, *, pagesize: tuple[float, float], typesetter: Typesetter, styles: Styles,
                 refs: PageRefs, reference: str, marking: str, on_page: Callable[[int], None],
                 page_label: Callable[[int, int], str] = lambda n, total: f"Page {n} of {total}", **meta: Any) -> None:
        super().__init__(buffer, pagesize=pagesize, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, **meta)
        self.refs, self.on_page, self.page_label = refs, on_page, page_label
        width, height = pagesize
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X, height - MARGIN_TOP - MARGIN_BOTTOM,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._furniture)])
        self.section = ""
        if len(reference) > HEADER_CHARS:
            reference = reference[: HEADER_CHARS - 1] + "\u2026"
        self._header = typesetter.paragraph(reference, styles.small_bold)
        self._marking = typesetter.paragraph(marking, ParagraphStyle("mark", parent=styles.small_bold,
                                                                     textColor=ALERT))
        self._number_size = styles.small.fontSize

    def _furniture(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        inner = width - 2 * MARGIN_X
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        top = height - MARGIN_TOP + 8 * mm
        canv.line(MARGIN_X, top - 2.5 * mm, width - MARGIN_X, top - 2.5 * mm)
        canv.line(MARGIN_X, MARGIN_BOTTOM - 6 * mm, width - MARGIN_X, MARGIN_BOTTOM - 6 * mm)
        _w, h = self._header.wrap(inner * 0.7, 30)
        self._header.drawOn(canv, MARGIN_X, top)
        _w, h = self._marking.wrap(inner * 0.7, 30)
        self._marking.drawOn(canv, MARGIN_X, MARGIN_BOTTOM - 6 * mm - 3 - h)
        page = canv.getPageNumber()
        self.refs.place(canv, f"page-{page}", lambda total: self.page_label(page, total), width - MARGIN_X,
                        MARGIN_BOTTOM - 6 * mm - 3 - self._number_size, self._number_size)
        canv.restoreState()

    def afterPage(self) -> None:  # noqa: N802 - ReportLab's name
        self.on_page(self.canv.getPageNumber())

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        if flowables and isinstance(flowables[0], SectionMark):
            self.section = flowables[0].title
        try:
            super().handle_flowable(flowables)
        except LayoutError as exc:
            raise LayoutFailure(layout_message(self.section, str(exc))) from None


def layout_message(section: str, detail: str) -> str:
    """What to tell the user when something fits on no page: where, and what to do."""
    where = f"in the section {section}" if section else "on the cover"
    m = re.search(r"containing\s+'(?:<[^>]*>)?([^']{1,60})", detail)
    if m and m.group(1).strip():
        where += f", in the row beginning \u201c{m.group(1).strip()}\u201d"
    return (f"The dossier could not be laid out: {where}, a cell is taller than a page and cannot be divided. "
            "Shorten that text (or split it over several records) and try again. Nothing was written.")
