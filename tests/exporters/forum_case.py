"""A fixture for the filing packages: the demo vault's cases with, in addition, PDF exhibits (several
pages, one in landscape) and a photograph, so that a package holds every kind of exhibit page."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from db.vault import Vault
from exporters import bundled_fonts
from tests.conftest import PASSPHRASE

PDF_MARK = "FIXTURE PDF {name} PAGE {n}"


def fixture_pdf(name: str, pages: int, wide: bool = False) -> bytes:
    """A PDF with an embedded TrueType font; page n says PDF_MARK."""
    font = Path(bundled_fonts.__file__).parent / "DejaVuSans.ttf"
    if "FixtureSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("FixtureSans", str(font)))
    out = io.BytesIO()
    size = landscape(A4) if wide else A4
    c = Canvas(out, pagesize=size, initialFontName="FixtureSans", initialFontSize=20)
    for n in range(1, pages + 1):
        c.setFont("FixtureSans", 20)
        c.drawString(72, size[1] - 100, PDF_MARK.format(name=name, n=n))
        c.rect(36, 36, size[0] - 72, size[1] - 72)
        c.showPage()
    c.save()
    return out.getvalue()


def photo() -> bytes:
    im = Image.new("RGB", (900, 600), (40, 90, 150))
    out = io.BytesIO()
    im.save(out, format="JPEG", quality=80)
    return out.getvalue()


def make_forum_vault(template: Path, target: Path) -> Path:
    """A copy of the demo vault whose cases CV-2024-001 and CV-2023-014 also hold two PDF exhibits
    (3 pages, and 2 landscape pages) and a photograph."""
    shutil.copyfile(template, target)
    with Vault.open(target, PASSPHRASE) as v:
        r = v.repos
        for ref in ("CV-2024-001", "CV-2023-014"):
            case = r.cases.resolve(ref)
            a = r.exhibits.add_file(case.id, fixture_pdf("A", 3), "police_receipt.pdf",
                                    description="Receipt of the police report", persons_recorded=True)
            a.language = "en"
            r.exhibits.update(a)
            r.exhibits.add_file(case.id, fixture_pdf("B", 2, wide=True), "bank_letter.pdf",
                                description="Letter freezing the account", persons_recorded=True)
            r.exhibits.add_file(case.id, photo(), "street.jpg", description="Photograph of the street",
                                persons_recorded=True)
            add_chinese_exhibit(v, ref)
    return target


def add_chinese_exhibit(v: Vault, reference: str) -> None:
    """A Chinese-language exhibit showing nobody, with its English translation by the case's translator."""
    r = v.repos
    case = r.cases.resolve(reference)
    exhibits = r.exhibits.for_case(case.id)
    translator = next((e.translator_id for e in exhibits if e.translator_id), None)
    original = r.exhibits.add_file(case.id, "公安局通知\n\n请你于三日内回国说明情况。\n".encode(), "notice_zh.txt",
                                   description="Notice from the public security bureau", persons_recorded=True)
    original.copy_kind, original.language = "original", "zh"
    r.exhibits.update(original)
    english = r.exhibits.add_file(case.id, b"Public security bureau notice\n\nReturn within three days to explain.\n",
                                  "notice_en.txt", description="Translation of the notice", persons_recorded=True)
    english.copy_kind, english.language = "translation", "en"
    english.derived_from_id, english.translator_id = original.id, translator
    r.exhibits.update(english)
