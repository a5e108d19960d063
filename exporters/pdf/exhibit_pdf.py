"""The pages of PDF exhibits, placed into a laid-out filing package: the package reserves one page
per exhibit page (layout.PdfSlot, with the package's header, running page number and file number
around it), and here each exhibit page is copied in as a form XObject scaled into its slot. Its text
stays text and its drawings stay vectors; only the page's content and resources are copied, never
its annotations, actions, scripts or form fields.

Thread rule: pure functions of their arguments, one package at a time; `exhibit_bytes` is called
from the calling thread only."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterable

import pikepdf

Placement = tuple[int, str, int, tuple[float, ...]]  # (package page, exhibit id, exhibit page index, box)


class ExhibitChanged(Exception):
    """An exhibit's stored bytes changed while the package was made."""


def place_pages(data: bytes, placements: Iterable[Placement], exhibit_bytes: Callable[[str], bytes],
                stored_sha: dict[str, str]) -> tuple[bytes, list[str]]:
    """`data` with every placement filled; also the ids of exhibits whose pages use something PDF/A
    does not allow (fonts not embedded, device CMYK without a matching output intent)."""
    placements = sorted(placements, key=lambda p: (p[1], p[2]))
    not_archival: list[str] = []
    with pikepdf.open(io.BytesIO(data)) as out:
        current: tuple[str, pikepdf.Pdf] | None = None
        try:
            for page_no, exhibit_id, index, box in placements:
                if current is None or current[0] != exhibit_id:
                    if current is not None:
                        current[1].close()
                    raw = exhibit_bytes(exhibit_id)
                    if hashlib.sha256(raw).hexdigest() != stored_sha.get(exhibit_id):
                        raise ExhibitChanged(exhibit_id)
                    current = (exhibit_id, pikepdf.open(io.BytesIO(raw)))
                    if not _archival(current[1]):
                        not_archival.append(exhibit_id)
                source = current[1].pages[index]
                out.pages[page_no - 1].add_overlay(source, pikepdf.Rectangle(*box))
        finally:
            if current is not None:
                current[1].close()
        buffer = io.BytesIO()
        out.save(buffer)
    return buffer.getvalue(), not_archival


def _archival(pdf: pikepdf.Pdf) -> bool:
    """Whether the pages of `pdf` keep within what a PDF/A-2b package may hold: every font they draw
    with embedded, no device CMYK (the package declares an sRGB output intent). Checked on what
    each page's content (and each form it draws) uses; fonts a page lists but never selects do not
    count, as for PDF/A validators."""
    seen: set[tuple[int, int]] = set()

    def content_ok(holder: object, res: object) -> bool:
        try:
            ops = pikepdf.parse_content_stream(holder)
        except (pikepdf.PdfError, TypeError):
            return False
        res = res if isinstance(res, pikepdf.Dictionary) else pikepdf.Dictionary()
        fonts, xobjects = res.get("/Font", {}), res.get("/XObject", {})
        font: object = None
        for operands, op in ops:
            name = str(op)
            if name in ("k", "K"):
                return False
            if name == "Tf" and operands:
                font = fonts.get(str(operands[0])) if fonts else None
            if name in ("Tj", "TJ", "'", '"') and not _font_embedded(font):  # a font is used when it draws text
                return False
            if name in ("cs", "CS") and operands and str(operands[0]) == "/DeviceCMYK":
                return False
            if name == "Do" and operands and xobjects:
                x = xobjects.get(str(operands[0]))
                if not isinstance(x, pikepdf.Stream):
                    continue
                if x.get("/Subtype") == "/Image" and "DeviceCMYK" in str(x.get("/ColorSpace", "")):
                    return False
                if x.get("/Subtype") == "/Form" and x.objgen not in seen:
                    seen.add(x.objgen)
                    if not content_ok(x, x.get("/Resources", res)):
                        return False
        return True

    return all(content_ok(page, page.obj.get("/Resources")) for page in pdf.pages)


def _font_embedded(font: object) -> bool:
    if not isinstance(font, pikepdf.Dictionary):
        return False
    if font.get("/Subtype") == "/Type3":
        return True
    if font.get("/Subtype") == "/Type0":
        return all(_font_embedded(f) for f in font.get("/DescendantFonts", []))
    desc = font.get("/FontDescriptor")
    return isinstance(desc, pikepdf.Dictionary) and any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
