"""What a reader of the demo dossiers, filing packages and statistics reports saw wrong, read back from
the PDFs: Chinese words drawn in a font without them (empty boxes), a font not embedded, words of
narrow columns cut inside ("Corrobor|ated"), a public UN communication saying that the victim it names
may not be named, a span of dates printed as three dates, and French numbers, units and grammar."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from db.statistics_query import Selection
from db.vault import Vault
from exporters.pdf.report import ReportOptions, render_report, report_data
from tests.conftest import PASSPHRASE
from tests.exporters.conftest import make, pages_text, pdffonts, pdftotext, squash


def words_of(pdf: Path) -> list[str]:
    return pdftotext(pdf).split()


def flat(text: str) -> str:
    """Text with French typography's no-break spaces as plain spaces, and lines joined."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


def test_a_chinese_exhibit_list_says_where_the_image_is_in_chinese_characters(demo_cases, tmp_path):
    """'Reproduced on page' in Chinese was drawn in the Latin font: empty boxes, and no text to copy."""
    pdf = make(tmp_path, demo_cases["CV-2024-001"], language="zh_CN")
    assert "复制页码" in pdftotext(pdf)


@pytest.mark.parametrize("language", ["en", "fr", "zh"])
def test_the_statistics_report_embeds_every_font_it_names(demo_template, tmp_path, language):
    """Tables and charts started in ReportLab's Helvetica, which is never embedded (PDF/A and archives
    refuse that; a reader without it substitutes another)."""
    path = tmp_path / "demo.cvault"
    shutil.copyfile(demo_template, path)
    with Vault.open(path, PASSPHRASE) as v:
        data = report_data(v, Selection())
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_report(data, ReportOptions(language=language)))
    fonts = pdffonts(pdf)
    assert fonts and all(f["emb"] == "yes" for f in fonts), fonts
    assert not any("Helvetica" in f["name"] for f in fonts)


@pytest.mark.parametrize(("language", "whole"), [
    ("en", ["Verification", "Corroborated", "Unverified", "Grade"]),
    ("fr", ["Vérification", "Corroboré", "Demandeur", "Documentaliste", "Langue"]),
])
def test_a_12_point_filing_does_not_cut_the_words_of_its_narrow_columns(demo_cases, tmp_path, language, whole):
    """The IRB package is set in 12 point in columns chosen for 8.3: 'Corrobor|ated', 'Demande|ur d'asile'."""
    pdf = make(tmp_path, demo_cases["CV-2024-001"], forum="irb", language=language)
    words = words_of(pdf)
    for word in whole:
        assert word in words, word


def test_a_french_dossier_keeps_its_column_headers_whole(demo_cases, tmp_path):
    pdf = make(tmp_path, demo_cases["CV-2024-001"], language="fr")
    assert "Langue" in words_of(pdf)


def test_a_chinese_date_in_a_narrow_column_stays_on_one_line(demo_cases, tmp_path):
    pdf = make(tmp_path, demo_cases["CV-2024-001"], language="zh_CN")
    assert any("2024年2月14日" in line for line in pdftotext(pdf).splitlines())


@pytest.mark.parametrize(("language", "named", "not_named"), [
    ("en", "Wang Jianping 王建平, Restaurateur, Lyon: May be named in public reports", "Person A: May not be named"),
    ("zh_CN", "Wang Jianping 王建平, Restaurateur, Lyon：可在公开报告中具名", "人物A：不得具名"),
])
def test_a_public_un_communication_states_the_consent_of_the_victims_it_names(demo_cases, tmp_path, language,
                                                                            named, not_named):
    """The public profile leaves consent out of its copy of the records, and the communication printed
    the default, 'may not be named', beside the victim it names."""
    pdf = make(tmp_path, demo_cases["CV-2023-014"], forum="un", profile="public", language=language)
    text = squash(pdftotext(pdf))
    assert squash(named) in text
    assert squash(not_named) in text


def test_the_date_of_a_communication_runs_from_the_first_incident_to_the_last(demo_cases, tmp_path):
    """'2014 – 2016 – November 2017' read as three dates: the first incident is itself a range."""
    pdf = make(tmp_path, demo_cases["CV-2023-014"], forum="un")
    text = flat(pdftotext(pdf))
    assert "• 2014 – November 2017" in text
    assert "2014 – 2016 – November 2017" not in text


def test_a_police_summary_lists_each_place_once_without_its_role(demo_cases, tmp_path):
    pdf = make(tmp_path, demo_cases["CV-2024-001"], forum="police")
    summary = flat(pages_text(pdf)[0])
    assert "early June 2015 – 2023" in summary
    places = summary.split(" Where ", 1)[1].split(" Evidence ", 1)[0].split("; ")
    assert "where the person aimed at was" not in summary
    assert len(places) == len(set(places)) and "Montréal, Canada" in places, places


def test_a_french_dossier_writes_numbers_units_and_agreements_in_french(demo_cases, tmp_path):
    pdf = make(tmp_path, demo_cases["CV-2024-001"], language="fr")
    text = flat(pdftotext(pdf))
    assert "5,8 ko (5 898 octets)" in text
    assert "groupe d'au moins 3 personnes" in text
    assert "(3 corroborés, 2 non vérifiés, 1 confirmé)" in text


def test_the_report_names_host_countries_and_keeps_station_headers_whole(demo_template, tmp_path):
    path = tmp_path / "demo.cvault"
    shutil.copyfile(demo_template, path)
    with Vault.open(path, PASSPHRASE) as v:
        data = report_data(v, Selection())
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_report(data, ReportOptions(language="fr")))
    words = words_of(pdf)
    for word in ("Thaïlande", "Royaume-Uni", "Australie", "signalement", "Dossiers"):
        assert word in words, word


@pytest.mark.parametrize(("language", "said"), [("en", "No sources are recorded for this case."),
                                                ("zh_CN", "本案未记录来源。")])
def test_a_case_without_sources_says_so_under_its_sources_heading(demo_cases, tmp_path, language, said):
    """The heading stood over the grading note alone, as if the list had been lost."""
    pdf = make(tmp_path, demo_cases["CV-2021-003"], language=language, profile="public")  # sources come last
    last = squash(pages_text(pdf)[-1])
    assert squash(said) in last
    assert "Admiralty" not in last and "海军部" not in last


@pytest.mark.parametrize("language", ["fr", "es"])
def test_no_page_of_a_ccf_request_begins_with_the_last_ruled_line_of_a_blank(demo_cases, tmp_path, language):
    """The three lines for counsel's argument split over two pages: the next page began with a stray rule."""
    pdf = make(tmp_path, demo_cases["CV-2023-014"], forum="ccf", language=language)
    for page in pages_text(pdf):  # pypdf reads the header and the footer ("Page 4 sur 8") first
        assert not re.search(r"\d+ (?:sur|de) \d+\n_{10}", page), page[:200]


def test_the_report_keeps_a_station_s_date_reported_on_one_line(demo_template, tmp_path):
    """In English the header's words are short, and the date was cut '2023-03-|03'."""
    path = tmp_path / "demo.cvault"
    shutil.copyfile(demo_template, path)
    with Vault.open(path, PASSPHRASE) as v:
        data = report_data(v, Selection())
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_report(data, ReportOptions(language="en", profile="public")))
    assert words_of(pdf).count("2023-03-03") == 2  # the date reported, and the date in its source's citation


@pytest.mark.parametrize(("language", "line"), [
    ("fr", "Visé(s) : Personne B ; Groupe D (au moins 3 personnes)"),
    ("zh_CN", "针对：人物A；Cousins in Wenzhou (群体，至少 3人)"),
])
def test_lists_in_a_chronology_are_separated_as_the_language_writes_them(demo_cases, tmp_path, language, line):
    """French puts a space before a semicolon, as before a colon; Chinese writes the full-width one."""
    profile = "public" if language == "fr" else "legal"
    pdf = make(tmp_path, demo_cases["CV-2024-001"], language=language, profile=profile)
    assert flat(line) in flat(pdftotext(pdf))
