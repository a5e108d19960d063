"""Hostile PDF and text exhibits in a filing package (exporters/pdf/exhibit_files.count_pdf_pages and
exhibit_pdf.place_pages read them with qpdf): a damaged, truncated, encrypted, empty, self-looping
or far too long PDF is listed and explained, never fatal; a PDF carrying JavaScript, an open action,
launch annotations and form fields gives only its page content to the package."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from db.vault import Vault
from exporters.pdf import DossierOptions, export_case_dossier
from exporters.pdf.exhibit_files import MAX_PDF_PAGES
from tests.conftest import PASSPHRASE
from tests.exporters.conftest import squash
from tests.exporters.forum_case import fixture_pdf
from tests.security.hostile_files import looping_pdf, truncated_pdf


def encrypted_pdf() -> bytes:
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(fixture_pdf("LOCKED", 1))) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(user="secret", owner="secret", R=6))
    return out.getvalue()


def empty_pdf() -> bytes:
    out = io.BytesIO()
    pikepdf.new().save(out)
    return out.getvalue()


def long_pdf() -> bytes:
    pdf = pikepdf.new()
    for _ in range(MAX_PDF_PAGES + 1):
        pdf.add_blank_page()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def scripted_pdf() -> bytes:
    """A good page, plus JavaScript at open, a launch action in a link and a form field."""
    with pikepdf.open(io.BytesIO(fixture_pdf("SCRIPTED", 1))) as pdf:
        js = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert('EVILSCRIPT')"))
        pdf.Root.OpenAction = pdf.make_indirect(js)
        launch = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 100, 100],
                                    A=pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String("EVILLAUNCH.exe")))
        field = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx,
                                   T=pikepdf.String("EVILFIELD"), Rect=[0, 0, 50, 50])
        pdf.pages[0].obj.Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(launch),
                                                                   pdf.make_indirect(field)]))
        pdf.Root.AcroForm = pikepdf.Dictionary(Fields=[pdf.pages[0].obj.Annots[1]])
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


HOSTILE = {"truncated": (truncated_pdf, "could not be read as a PDF"),
           "garbage": (lambda: b"%PDF-1.7\n" + b"\x00\xff<<>>" * 1000, "could not be read as a PDF"),
           "encrypted": (encrypted_pdf, "encrypted PDF"), "empty": (empty_pdf, "no pages"),
           "looping": (looping_pdf, None), "long": (long_pdf, f"more than {MAX_PDF_PAGES} pages")}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_hostile_pdf_exhibit_is_listed_and_explained_not_fatal(demo_path: Path, tmp_path, kind):
    make, reason = HOSTILE[kind]
    with Vault.open(demo_path, PASSPHRASE) as v:
        case = v.repos.cases.resolve("CV-2024-007")
        e = v.repos.exhibits.add_file(case.id, make(), f"{kind}.pdf", mime_type="application/pdf",
                                      description=f"Hostile {kind}", persons_recorded=True)
        out = tmp_path / "package.pdf"
        dossier = export_case_dossier(v, "CV-2024-007", out, DossierOptions(forum="police"))
    text = squash("".join(p.extract_text() or "" for p in PdfReader(out).pages))
    assert dossier.pages > 3 and f"Exhibit{e.label}" in text
    if reason:
        assert "Notreproduced:" in text and squash(reason) in text


def test_a_pdf_exhibit_gives_its_page_content_and_nothing_active(demo_path: Path, tmp_path):
    with Vault.open(demo_path, PASSPHRASE) as v:
        case = v.repos.cases.resolve("CV-2024-007")
        v.repos.exhibits.add_file(case.id, scripted_pdf(), "scripted.pdf", persons_recorded=True)
        out = tmp_path / "package.pdf"
        dossier = export_case_dossier(v, "CV-2024-007", out, DossierOptions(forum="police"))
    raw = out.read_bytes()
    with pikepdf.open(out) as pdf:
        everything = raw + b"".join(o.read_bytes() for o in pdf.objects if isinstance(o, pikepdf.Stream))
        assert "/AcroForm" not in pdf.Root and "/OpenAction" not in pdf.Root
        for page in pdf.pages:
            for annot in page.obj.get("/Annots", []):
                assert annot.Subtype == "/Link" and "/A" not in annot or annot.A.S == "/GoTo"
    for marker in (b"EVILSCRIPT", b"EVILLAUNCH", b"EVILFIELD", b"/JavaScript", b"/Launch"):
        assert marker not in everything, marker
    assert "FIXTUREPDFSCRIPTEDPAGE1" in squash("".join(p.extract_text() or "" for p in PdfReader(out).pages))
    assert dossier.pdfa


def test_a_hostile_text_exhibit_prints_as_text(demo_path: Path, tmp_path):
    """Plain-text exhibits are printed in packages: markup stays text, bidi overrides and control
    characters cannot reorder or hide anything, bytes that are not UTF-8 become replacement marks."""
    hostile = ("<font name='Courier' size='40'>BIG</font> & <b>bold</b> <para>x</para>\n\n"
               "Receipt \u202e0001\u202c issued.\u0000\u0007\u200b\n\n").encode() + b"\xff\xfe broken \xc3("
    with Vault.open(demo_path, PASSPHRASE) as v:
        case = v.repos.cases.resolve("CV-2024-007")
        v.repos.exhibits.add_file(case.id, hostile, "notes.txt", mime_type="text/plain", persons_recorded=True)
        out = tmp_path / "package.pdf"
        export_case_dossier(v, "CV-2024-007", out, DossierOptions(forum="police"))
    text = "".join(p.extract_text() or "" for p in PdfReader(out).pages)
    assert "<font name='Courier' size='40'>BIG</font> & <b>bold</b>" in text
    assert "Receipt 0001 issued." in text and "1000" not in text
    assert "broken" in text
