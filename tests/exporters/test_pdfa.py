"""PDF/A-2b (exporters/pdf/pdfa.py). No independent validator (veraPDF) can be installed from the
registries this project reaches, so each PDF/A-2b requirement that applies to what CaseVault writes
is checked here with a second reader, pikepdf (qpdf), on the IRB package with PDF, image and text
exhibits: identification and metadata, output intent, fonts, annotations, images, filters, no
encryption, a structurally sound file. A password or an exhibit page that breaks PDF/A turns the
claim off, with a note; embedded originals make it PDF/A-3b with each file's SHA-256."""

from __future__ import annotations

import hashlib
import struct
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree

import pikepdf
import pytest

from db.vault import Vault
from exporters.pdf import DossierOptions, export_case_dossier
from tests.conftest import PASSPHRASE
from tests.exporters.forum_case import make_forum_vault

HIDDEN = 1 | 2 | 32  # Invisible, Hidden, NoView
PRINT = 4


@pytest.fixture(scope="module")
def forum_vault(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_forum_vault(demo_template, tmp_path_factory.mktemp("pdfa") / "forums.cvault")


def package(vault_path: Path, out: Path, reference: str = "CV-2024-001", **options: object):
    with Vault.open(vault_path, PASSPHRASE) as v:
        return export_case_dossier(v, reference, out, DossierOptions(forum="irb", **options))  # type: ignore


def xobjects_and_fonts(pdf: pikepdf.Pdf):
    """Every font and image reachable from the pages (forms included)."""
    fonts, images, seen = {}, {}, set()

    def walk(res: pikepdf.Object) -> None:
        if not isinstance(res, pikepdf.Dictionary):
            return
        for f in res.get("/Font", {}).values():
            fonts[f.objgen] = f
        for x in res.get("/XObject", {}).values():
            if x.objgen in seen:
                continue
            seen.add(x.objgen)
            if x.get("/Subtype") == "/Image":
                images[x.objgen] = x
            elif x.get("/Subtype") == "/Form":
                walk(x.get("/Resources"))
    for page in pdf.pages:
        walk(page.obj.get("/Resources"))
    return list(fonts.values()), list(images.values())


def cmap_subtables(font_program: bytes) -> list[tuple[int, int]]:
    n = struct.unpack(">H", font_program[4:6])[0]
    tables = {font_program[12 + 16 * i:16 + 16 * i]: struct.unpack(">II", font_program[20 + 16 * i:28 + 16 * i])
              for i in range(n)}
    offset, _length = tables[b"cmap"]
    count = struct.unpack(">H", font_program[offset + 2:offset + 4])[0]
    return [struct.unpack(">HH", font_program[offset + 4 + 8 * i:offset + 8 + 8 * i]) for i in range(count)]


def pdf_date(value: str) -> datetime:
    return pikepdf.models.metadata.decode_pdf_date(value)


def test_the_irb_package_meets_each_applicable_pdfa_2b_requirement(forum_vault, tmp_path):
    out = tmp_path / "irb.pdf"
    dossier = package(forum_vault, out)
    assert dossier.pdfa
    raw = out.read_bytes()
    assert raw.startswith(b"%PDF-1.") and int(raw[7:8]) <= 7, "PDF 1.7 at most (6.1.2)"
    assert raw[raw.index(b"\n") + 1:raw.index(b"\n") + 2] == b"%" and min(raw[raw.index(b"\n") + 2:][:4]) > 127, \
        "a binary comment after the header (6.1.2)"
    with pikepdf.open(out) as pdf:
        assert pdf.check_pdf_syntax() == [], "structurally sound for qpdf"
        assert not pdf.is_encrypted, "no encryption (6.1.3)"
        ids = pdf.trailer.get("/ID")
        assert ids is not None and len(ids) == 2, "a file identifier (6.1.3)"

        # 6.6: XMP metadata with the PDF/A identification, agreeing with the document information.
        stream = pdf.Root.Metadata
        assert "/Filter" not in stream.stream_dict
        ElementTree.fromstring(stream.read_bytes())  # well-formed XML
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        info = pdf.docinfo
        assert meta["dc:title"] == str(info["/Title"])
        assert meta["xmp:CreatorTool"] == str(info["/Creator"]) and meta["pdf:Producer"] == str(info["/Producer"])
        assert meta["dc:description"] == str(info["/Subject"])
        assert datetime.fromisoformat(meta["xmp:CreateDate"]) == pdf_date(str(info["/CreationDate"]))
        assert datetime.fromisoformat(meta["xmp:ModifyDate"]) == pdf_date(str(info["/ModDate"]))
        for key, value in info.items():
            assert str(value), f"no empty {key} (it would be an empty XMP property)"

        # 6.2.3: one PDF/A output intent with an RGB monitor profile (every colour is RGB or grey).
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == "/GTS_PDFA1" and str(intent.OutputConditionIdentifier)
        icc = intent.DestOutputProfile
        profile = icc.read_bytes()
        assert icc.N == 3 and profile[36:40] == b"acsp" and profile[16:20] == b"RGB " and profile[12:16] == b"mntr"
        assert profile[8] <= 4, "ICC version 4 at most"

        # 6.2.11: every font embedded, with a ToUnicode map; symbolic TrueType fonts without Encoding
        # and one cmap subtable, others with a standard encoding and a (3,1) or (1,0) cmap.
        fonts, images = xobjects_and_fonts(pdf)
        assert fonts
        for font in fonts:
            if font.Subtype == "/Type0":
                font = font.DescendantFonts[0]
            descriptor = font.FontDescriptor
            program = next((descriptor[k] for k in ("/FontFile", "/FontFile2", "/FontFile3") if k in descriptor), None)
            assert program is not None, f"{font.BaseFont} is embedded"
            if font.Subtype == "/TrueType":
                tables = cmap_subtables(program.read_bytes())
                if int(descriptor.Flags) & 4:
                    assert "/Encoding" not in font and len(tables) == 1, font.BaseFont
                else:
                    assert str(font.get("/Encoding")) in ("/WinAnsiEncoding", "/MacRomanEncoding")
                    assert {(3, 1), (1, 0)} & set(tables)

        # 6.2.4, 6.2.8: images: no alternates, no OPI, no interpolation, 8 bits, no soft-mask
        # transparency in what CaseVault writes, no LZW; no external streams anywhere.
        assert images
        for image in images:
            assert "/Alternates" not in image and "/OPI" not in image and not image.get("/Interpolate", False)
            assert "/SMask" not in image and int(image.BitsPerComponent) <= 16
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                filters = obj.get("/Filter")
                names = [str(f) for f in filters] if isinstance(filters, pikepdf.Array) else [str(filters)]
                assert "/LZWDecode" not in names and "/F" not in obj.stream_dict

        # 6.3: annotations printable and visible; links go to pages of the document, no actions.
        annots = [a for page in pdf.pages for a in page.obj.get("/Annots", [])]
        assert annots, "the index and outline links exist"
        for annot in annots:
            flags = int(annot.get("/F", 0))
            assert flags & PRINT and not flags & HIDDEN
            action = annot.get("/A")
            assert action is None or str(action.get("/S")) in ("/GoTo", "/URI")

        # 6.5: no JavaScript, no launch actions, no document-level additional actions.
        assert "/AA" not in pdf.Root and "/JavaScript" not in pdf.Root.get("/Names", {})
        assert b"/JavaScript" not in raw and b"/Launch" not in raw


def test_a_password_gives_up_pdfa_and_the_dossier_says_so(forum_vault, tmp_path):
    out = tmp_path / "locked.pdf"
    dossier = package(forum_vault, out, password="long enough passphrase")
    assert not dossier.pdfa
    with pikepdf.open(out, password="long enough passphrase") as pdf:
        assert pdf.is_encrypted and "/OutputIntents" not in pdf.Root


def test_an_exhibit_page_with_a_font_not_embedded_turns_pdfa_off_with_a_note(forum_vault, tmp_path):
    import io

    from reportlab.pdfgen.canvas import Canvas
    buf = io.BytesIO()
    c = Canvas(buf)
    c.drawString(72, 720, "Helvetica, not embedded")
    c.save()
    copy = tmp_path / "v.cvault"
    copy.write_bytes(forum_vault.read_bytes())
    with Vault.open(copy, PASSPHRASE) as v:
        case = v.repos.cases.resolve("CV-2024-001")
        e = v.repos.exhibits.add_file(case.id, buf.getvalue(), "scan.pdf", persons_recorded=True)
    dossier = package(copy, tmp_path / "mixed.pdf")
    assert not dossier.pdfa and any(e.label in n and "Not PDF/A" in n for n in dossier.notes)
    with pikepdf.open(tmp_path / "mixed.pdf") as pdf:
        assert "/OutputIntents" not in pdf.Root


def test_embedded_originals_carry_their_sha256_and_make_it_pdfa_3(forum_vault, tmp_path):
    out = tmp_path / "with-files.pdf"
    dossier = package(forum_vault, out, embed_originals=True)
    assert dossier.pdfa
    with Vault.open(forum_vault, PASSPHRASE) as v:
        case = v.repos.cases.resolve("CV-2024-001")
        stored = {e.label: hashlib.sha256(v.repos.exhibits.read_data(e.id)).hexdigest()
                  for e in v.repos.exhibits.for_case(case.id)}
    with pikepdf.open(out) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "3" and meta["pdfaid:conformance"] == "B"
        files = dict(pdf.attachments)
        assert files and len(pdf.Root.AF) == len(files)
        for name, spec in files.items():
            label = name.split(" ", 1)[0]
            data = spec.get_file().read_bytes()
            assert hashlib.sha256(data).hexdigest() == stored[label], name
            assert stored[label] in str(spec.description) and spec.obj.AFRelationship == "/Source"
        withheld = {"E-2", "E-3"}  # they show a person who may not be named: not attached either
        assert not {n.split(" ", 1)[0] for n in files} & withheld
