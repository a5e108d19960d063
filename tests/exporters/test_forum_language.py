"""Dossier languages (exporters/pdf/words.py): a French or Spanish dossier or package prints no English label
(every label, heading, date, vocabulary term, country name and the footer in French); Chinese ones
print as Chinese; country names, not codes."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from db.vault import Vault
from db.vocab_labels import LABELS
from exporters.pdf import DossierOptions, export_case_dossier
from exporters.pdf.dossier import dossier_case_file
from exporters.pdf.words import Words
from exporters.pdf.words_es import ES, VOCAB_ES
from exporters.pdf.words_fr import FR
from tests.conftest import PASSPHRASE
from tests.exporters.conftest import squash
from tests.exporters.forum_case import make_forum_vault


@pytest.fixture(scope="module")
def forum_vault(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_forum_vault(demo_template, tmp_path_factory.mktemp("lang") / "forums.cvault")


def record_text(vault_path: Path, reference: str) -> str:
    """Every text the case's records hold (which prints as recorded, in whatever language it was written)."""
    with Vault.open(vault_path, PASSPHRASE) as v:
        cf = dossier_case_file(v, reference)
    parts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            parts.append(value)
        elif dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, dict):
            for x in value.values():
                walk(x)
        elif isinstance(value, list):
            for x in value:
                walk(x)
    walk(cf)
    return squash(" ".join(parts)).lower()


def spaced(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


TABLES = {"fr": (FR, LABELS["fr"]), "es": (ES, VOCAB_ES)}


def english_labels(language: str = "fr") -> list[str]:
    """Every English text a dossier prints of its own: labels, headings, sentences, vocabulary terms,
    with the {fields} cut out; pieces that the translation holds too (SHA-256, UCI...) left out."""
    words, terms = TABLES[language]
    out = set()
    for english in [*words, *terms]:
        french = spaced(words.get(english, terms.get(english, "")))
        for piece in re.split(r"\{[a-z0-9_]+\}", english):
            piece = spaced(piece).strip(".:,;()[]\u2013- ")
            if len(piece) >= 5 and piece not in french:
                out.add(piece)
    return sorted(out)


@pytest.mark.parametrize(("forum", "reference", "language"), [
    ("generic", "CV-2024-001", "fr"), ("irb", "CV-2024-001", "fr"), ("ccf", "CV-2023-014", "fr"),
    ("un", "CV-2024-001", "fr"), ("police", "CV-2024-001", "fr"), ("ccf", "CV-2023-014", "es"),
    ("un", "CV-2024-001", "es"), ("generic", "CV-2024-001", "es")])
def test_a_french_or_spanish_dossier_prints_no_english_label(forum_vault, tmp_path, forum, reference, language):
    pdf = tmp_path / "fr.pdf"
    with Vault.open(forum_vault, PASSPHRASE) as v:
        export_case_dossier(v, reference, pdf, DossierOptions(forum=forum, language=language, include_tasks=True))
    extracted = [p.extract_text() or "" for p in PdfReader(pdf).pages]
    pages = [squash(p) for p in extracted]
    text, words = "".join(pages), spaced(" ".join(extracted))
    records = record_text(forum_vault, reference)
    found = [label for label in english_labels(language) if squash(label).lower() not in records
             and re.search(rf"(?<!\w){re.escape(label)}(?!\w)", words)]
    assert not found, f"English labels in the {language} {forum} dossier: {found}"
    footer, china = {"fr": ("Page{n}sur{total}", "Chine"), "es": ("Página{n}de{total}", "China")}[language]
    for n, page in enumerate(pages, 1):
        assert footer.format(n=n, total=len(pages)) in page
    assert china in text, "country names, in the dossier's language"
    assert not re.search(r"\b(January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)\b", text.replace("\u200b", " ")) or "juin" in text


def test_the_french_words_leave_no_english_label_unknown():
    """Every text the dossier code passes to Words has a French entry (an unknown one would print in
    English): checked on the texts the package and section code use, as the AST sees them."""
    import ast

    root = Path(__file__).resolve().parents[2] / "exporters" / "pdf"
    missing = []
    for name in ("sections.py", "package.py", "forums.py"):
        for node in ast.walk(ast.parse((root / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and (getattr(node.func, "attr", None) == "w" or
                                               getattr(node.func, "id", None) == "w"):
                if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                    missing += [(lang, node.args[0].value) for lang, table in (("fr", FR), ("es", ES))
                                if node.args[0].value not in table]
    assert not missing, missing


def test_dates_countries_and_languages_read_in_each_language():
    fr, zh, tw = Words("fr"), Words("zh_CN"), Words("zh_TW")
    assert fr.date("2015-06-01") == "1er juin 2015" and fr.qualified("2015-06", None, "early") == "début juin 2015"
    assert zh.date("2015-06-12") == "2015年6月12日" and zh.qualified("2015-06", None, "early") == "2015年6月初"
    assert fr.country("CN") == "Chine" and zh.country("CN") == "中国" and tw.country("CN") == "中國"
    assert fr.language_name("zh") == "chinois" and Words("en").language_name("yue") == "Cantonese"
    assert fr("Page {n} of {total}", n=2, total=9) == "Page 2 sur 9"
    assert zh("Chronology") != "Chronology" and tw("Chronology") != zh("Chronology")


def test_a_chinese_dossier_prints_chinese_headings(forum_vault, tmp_path):
    pdf = tmp_path / "zh.pdf"
    with Vault.open(forum_vault, PASSPHRASE) as v:
        export_case_dossier(v, "CV-2024-001", pdf, DossierOptions(forum="irb", language="zh_CN"))
    text = squash("".join(p.extract_text() or "" for p in PdfReader(pdf).pages))
    assert Words("zh_CN")("Index of documents") in text and Words("zh_CN")("Chronology") in text
    assert "Indexofdocuments" not in text and "中国" in text
