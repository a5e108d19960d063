"""The fonts shipped in the package come first: a dossier written on a computer without any
system font still embeds Latin, Chinese and Arabic-script fonts, each with its licence beside it."""

from __future__ import annotations

from dataclasses import replace

from exporters import bundled_fonts
from exporters.pdf import fonts
from tests.exporters.conftest import make, pdffonts


def test_every_shipped_font_is_truetype_and_has_a_licence_listed():
    files = bundled_fonts.font_files()
    assert {f.name for f in files} == {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "wqy-microhei.ttc",
                                       "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"}
    readme = (bundled_fonts.FONT_DIR / "LICENSES" / "README.txt").read_text()
    for f in files:
        assert fonts.outline_format(f) == "truetype", f
        assert f.name.split("-")[0].split(".")[0] in readme
    licences = {p.name for p in (bundled_fonts.FONT_DIR / "LICENSES").iterdir()}
    assert {"Apache-2.0.txt", "wqy-microhei-copyright.txt", "dejavu-copyright.txt", "noto-copyright.txt"} <= licences


def test_shipped_fonts_are_chosen_before_system_fonts():
    fs = fonts.font_set()
    for script, pair in ((fonts.LATIN, bundled_fonts.LATIN), (fonts.HAN, bundled_fonts.HAN),
                         (fonts.ARABIC, bundled_fonts.ARABIC)):
        font = fs.font_for(fonts.PROBES[script][-1])
        assert font is not None and font.path == bundled_fonts.FONT_DIR / pair[0], (script, font and font.path)


def test_a_dossier_without_any_system_font_embeds_chinese_and_arabic_script(tmp_path, demo_cases, monkeypatch):
    empty = tmp_path / "no-system-fonts"
    empty.mkdir()
    monkeypatch.setattr(fonts, "system_font_dirs", lambda: [empty])
    demo = demo_cases["CV-2024-007"]  # Uyghur names (printed once consent is recorded) and Chinese text
    cf = demo.case_file
    persons = {k: replace(p, consent="authorities") for k, p in cf.persons.items()}
    pdf = make(tmp_path, replace(demo, case_file=replace(cf, persons=persons)))
    embedded = {f["name"].split("+", 1)[1] for f in pdffonts(pdf)}
    assert all(f["emb"] == "yes" for f in pdffonts(pdf))
    assert {"DejaVuSans", "WenQuanYiMicroHei-0", "NotoNaskhArabic-Regular"} <= embedded, embedded
