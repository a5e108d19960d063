"""Typesetting with the real installed fonts: per-run font choice, Chinese line breaking with
punctuation rules, right-to-left order, and no silent gap for a character without a font."""

from __future__ import annotations

import re
import shutil

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from exporters.pdf import MissingFontError
from exporters.pdf.fonts import font_set
from exporters.pdf.linebreak import NO_END, NO_START, break_lines
from exporters.pdf.text import Typesetter


@pytest.fixture
def fonts():
    return font_set()


@pytest.fixture
def style(fonts):
    return ParagraphStyle("t", fontName=fonts.font_for("A").fontName, fontSize=9, leading=12)


def line_text(line):
    return "".join(text for _font, text in line)


def test_each_run_gets_a_font_that_has_its_characters(fonts):
    runs = Typesetter(fonts)._run_list("Sa mère a été convoquée. 母亲多次被约谈。何東昇 « fin »")
    assert "".join(t for _f, t in runs) == "Sa mère a été convoquée. 母亲多次被约谈。何東昇 « fin »"
    for font, text in runs:
        assert all(font.covers(ch) for ch in text), (font.path.name, text)
    latin, chinese = fonts.font_for("é"), fonts.font_for("母")
    assert latin is not chinese and [f for f, _t in runs] == [latin, chinese, latin]


def test_chinese_breaks_between_characters_within_the_width_and_keeps_punctuation_rules(fonts):
    chinese = fonts.font_for("中")
    text = "母亲多次被约谈，退休金被停发。「弟弟」失去了教职；他们说：“回来就没事了。”" * 6
    width = 97.3
    lines = break_lines([(chinese, text)], 9, width)
    assert "".join(line_text(ln) for ln in lines) == text  # nothing lost, nothing added
    assert len(lines) > 5
    for ln in lines:
        s = line_text(ln)
        assert stringWidth(s, chinese.fontName, 9) <= width + 0.01 or len(s) == 1
        assert s[0] not in NO_START and s[-1] not in NO_END, s
    for ln in lines[:-1]:  # each full line really is full: the next character would not have fitted
        assert stringWidth(line_text(ln), chinese.fontName, 9) > width - 3 * 9


def test_latin_words_stay_whole_and_an_overlong_word_is_cut_to_fit(fonts):
    latin = fonts.font_for("A")
    url = "http://example.invalid/" + "x" * 120
    lines = break_lines([(latin, f"see the notice at {url} for details 见通告")], 9, 150)
    texts = [line_text(ln) for ln in lines]
    assert "".join(texts).replace(" ", "") == f"seethenoticeat{url}fordetails见通告"
    assert all(stringWidth(t, latin.fontName, 9) <= 150 for t in texts)
    words = {w for t in texts for w in t.split()}
    assert {"see", "the", "notice", "at", "for", "details"} <= words


def test_right_to_left_run_is_in_visual_order_inside_left_to_right_text(fonts, style):
    ts = Typesetter(fonts)
    xml = ts.markup("Name: ئايگۈل تۇرسۇن (Uyghur)", style, 400).xml
    faces = re.findall(r'<font face="([^"]+)">([^<]*)</font>', xml)
    assert len(faces) == 1  # the Arabic-script run, in its own font, between the Latin text
    assert xml.startswith("Name: ") and xml.endswith(" (Uyghur)")
    shaped = faces[0][1]
    # visual order: the second word (تۇرسۇن) is drawn first, on the left; joined forms are used
    first, second = shaped.split("\u00a0")
    assert len(first) == len("تۇرسۇن") and len(second) == len("ئايگۈل")
    assert any(0xFB50 <= ord(c) <= 0xFEFF for c in shaped)  # presentation (joining) forms


def test_a_long_right_to_left_paragraph_is_cut_into_lines_set_flush_right(fonts, style):
    ts = Typesetter(fonts)
    m = ts.markup("ئۇيغۇر تىلى " * 30, style, 200)
    assert m.rtl and m.xml.count("<br/>") >= 3


@pytest.fixture
def latin_and_chinese_only(tmp_path):
    """A font set made of copies of this machine's Latin and Chinese fonts only."""
    system = font_set()
    for ch in "A中":
        shutil.copy(system.font_for(ch).path, tmp_path / system.font_for(ch).path.name)
    fonts = font_set(search_dirs=[tmp_path])
    assert fonts.font_for("\U0001F52A") is None and fonts.font_for("ᠮ") is None
    return fonts


def test_a_symbol_without_font_is_shown_as_its_code_not_dropped(latin_and_chinese_only, style):
    ts = Typesetter(latin_and_chinese_only)
    assert "threat [U+1F52A] received" in ts.markup("threat \U0001F52A received", style, 400).xml
    latin_and_chinese_only.check()  # a symbol alone does not stop the export


def test_a_script_without_font_is_counted_and_stops_the_export(latin_and_chinese_only, style):
    ts = Typesetter(latin_and_chinese_only)
    ts.markup("ᠮᠣᠩᠭᠣᠯ and 中文", style, 400)  # Mongolian script
    with pytest.raises(MissingFontError, match="Mongolian") as err:
        latin_and_chinese_only.check()
    assert "Chinese" not in str(err.value)
