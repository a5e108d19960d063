"""Fonts: a missing script stops the export with a message naming it; a font file chosen in
settings is used; CFF and non-font files are refused; Uyghur (Arabic script) is shaped, ordered
right to left and extractable. Font folders are real folders holding copies of installed fonts."""

from __future__ import annotations

import shutil
import struct
from dataclasses import replace

import pytest

from exporters.pdf import DossierOptions, FontError, MissingFontError, write_dossier
from exporters.pdf.fonts import font_set
from tests.exporters.conftest import make, pages_text, pdffonts, pdftotext, squash


def font_dir(tmp_path, *scripts: str):
    """A folder holding copies of this system's fonts for the given probe characters only."""
    folder = tmp_path / "fonts"
    folder.mkdir(exist_ok=True)
    system = font_set()
    for ch in scripts:
        font = system.font_for(ch)
        assert font is not None, f"the test machine needs a font for {ch!r} (see README setup)"
        shutil.copy(font.path, folder / font.path.name)
    return folder


def pdf_name(font) -> str:
    """The name a font has inside the PDF (a .ttc member carries its index)."""
    return (font.face.name + font.face.subfontNameX).decode()


def named_uyghur(demo_cases):
    """CV-2024-007 with the student's consent recorded in memory, so her Uyghur name is printed."""
    demo = demo_cases["CV-2024-007"]
    cf = demo.case_file
    persons = {k: replace(p, consent="authorities") for k, p in cf.persons.items()}
    return replace(demo, case_file=replace(cf, persons=persons))


def test_missing_chinese_font_stops_with_a_message_naming_the_script(tmp_path, demo_cases):
    latin_only = font_dir(tmp_path, "A")
    out = tmp_path / "dossier.pdf"
    with pytest.raises(MissingFontError) as err:
        make(tmp_path, demo_cases["CV-2024-001"], font_dirs=(latin_only,))
    message = str(err.value)
    assert "Chinese" in message and "fonts-wqy-microhei" in message and "--font FILE" in message
    assert "Arabic" not in message  # this case has no Arabic-script text
    assert not out.exists() and list(tmp_path.iterdir()) == [latin_only]


def test_missing_arabic_script_font_is_named_too(tmp_path, demo_cases):
    no_arabic = font_dir(tmp_path, "中")  # the Chinese font also has Latin; DejaVu Sans would have Arabic
    assert not font_set(search_dirs=[no_arabic]).font_for("ئ"), "this machine's Chinese font covers Arabic"
    with pytest.raises(MissingFontError, match="Arabic-script") as err:
        make(tmp_path, named_uyghur(demo_cases), font_dirs=(no_arabic,))
    assert "Chinese" not in str(err.value)


def test_a_font_file_chosen_in_settings_is_used_and_embedded(tmp_path, demo_cases):
    chinese = font_set().font_for("中")
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    # Only the chosen file is available: it must carry Latin and Chinese on its own.
    pdf = make(tmp_path, demo_cases["CV-2024-001"], font_file=chinese.path, font_dirs=(empty,))
    fonts = pdffonts(pdf)
    assert fonts and all(f["emb"] == "yes" for f in fonts)
    assert {f["name"].split("+", 1)[1] for f in fonts} == {pdf_name(chinese)}
    assert squash(demo_cases["CV-2024-001"].case_file.case.title) in squash("".join(pages_text(pdf)))


def test_cff_and_non_font_files_are_refused_with_a_plain_message(tmp_path, demo_cases):
    cff = tmp_path / "Fancy-Regular.otf"
    cff.write_bytes(b"OTTO" + struct.pack(">HHHH", 1, 16, 0, 0) + b"CFF " + b"\0" * 12)
    with pytest.raises(FontError, match=r"PostScript \(CFF\) outlines"):
        make(tmp_path, demo_cases["CV-2024-001"], font_file=cff)
    text = tmp_path / "notes.ttf"
    text.write_text("not a font")
    with pytest.raises(FontError, match="is not a TrueType font"):
        make(tmp_path, demo_cases["CV-2024-001"], font_file=text)
    with pytest.raises(FontError, match="does not exist"):
        make(tmp_path, demo_cases["CV-2024-001"], font_file=tmp_path / "missing.ttf")
    assert not (tmp_path / "dossier.pdf").exists()


def test_uyghur_name_is_shaped_right_to_left_and_copies_out_as_real_text(tmp_path, demo_cases):
    demo = named_uyghur(demo_cases)
    pdf = make(tmp_path, demo)
    student = next(p for p in demo.case_file.persons.values() if p.name == "Ayigul Tursun")
    text = pdftotext(pdf)  # poppler puts right-to-left runs back in reading order
    assert student.name_original in text and "阿依古丽" in text
    fonts = {f["name"].split("+", 1)[1] for f in pdffonts(pdf)}
    assert pdf_name(font_set().font_for("ئ")) in fonts


def test_write_to_a_missing_folder_is_refused_before_rendering(tmp_path, demo_cases):
    demo = demo_cases["CV-2024-007"]
    with pytest.raises(Exception, match="does not exist"):
        write_dossier(tmp_path / "nope" / "d.pdf", demo.case_file, demo.state, DossierOptions(), demo.read)


def test_page_numbers_in_chinese_words_are_drawn_in_a_chinese_font(tmp_path, demo_cases):
    """"第 2 页，共 8 页" is drawn in one font at the end (the total is known only then): a font that
    has the characters, not the number font's boxes."""
    from pypdf import PdfReader

    pdf = make(tmp_path, demo_cases["CV-2024-001"], language="zh_CN")
    chinese = pdf_name(font_set().font_for("页"))
    reader = PdfReader(pdf)
    for number, page in enumerate(reader.pages[1:], start=2):
        drawn: list[tuple[str, str]] = []
        page.extract_text(visitor_text=lambda text, _cm, _tm, font, _size, drawn=drawn: drawn.append(
            (text, str(font.get("/BaseFont", "")) if font else "")))
        fonts = {name.split("+", 1)[-1] for text, name in drawn if "页" in text}
        assert fonts == {chinese}, (number, fonts)
