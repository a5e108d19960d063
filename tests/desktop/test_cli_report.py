"""`casevault report`: the PDF read back (its numbers, filters, data date, vault state, method note;
charts drawn as vector paths and text; Chinese as characters in embedded fonts), the public profile's
hidden numbers, and --tables writing CSV and XLSX where a cell that looks like a formula stays text."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from db.models import Actor, Case, Incident, Organisation, Source
from db.vault import Vault
from tests.conftest import PASSPHRASE
from tests.desktop.conftest import run
from tests.exporters.statistics_vault import build

FORMULAS = ("=HYPERLINK(\"http://x\",\"y\")", "+SUM(1,2)", "-2+3", "@cmd")
MARKUP = "<font size=40>Big</font> &amp; \u202eevil"  # markup and a right-to-left override in a region


@pytest.fixture(scope="module")
def report_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = build(tmp_path_factory.mktemp("report") / "stats.cvault", PASSPHRASE, cases=80)
    with Vault.open(path, PASSPHRASE) as v, v.write():  # text that a spreadsheet would run as a formula
        r = v.repos
        station = Organisation(name=FORMULAS[1], name_original="温州海外警务站", kind="overseas_police_station",
                               country="NL", city=FORMULAS[3])
        r.organisations.add(station)
        case = Case(reference="ST-HOSTILE", title="x", region=FORMULAS[0], host_country="NL", tags=[FORMULAS[2]])
        r.cases.add(case)
        source = Source(case_id=case.id, kind="ngo_report", citation="c", title=FORMULAS[2], date="2022-09")
        r.sources.add(source)
        r.incidents.add(Incident(case_id=case.id, tactic="overseas_police_station", date_start="2022",
                                 actors=[Actor("carried_out", organisation_id=station.id)], source_ids=[source.id]))
        r.cases.add(Case(reference="ST-MARKUP", title="y", region=MARKUP, host_country="NL"))
    return path


@pytest.fixture
def vault_file(report_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "stats.cvault"
    shutil.copyfile(report_template, path)
    return path


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def head_of(path: Path) -> str:
    with Vault.open(path, PASSPHRASE) as v:
        seq, digest = v.repos.audit.head()
        (count,) = v.conn.execute("SELECT count(*) FROM cases WHERE host_country IN ('CA', 'FR')").fetchone()
    return f"{seq}:{digest}", count


def test_internal_report_prints_exact_counts_filters_state_and_method(vault_file, tmp_path, capsys):
    out = tmp_path / "report.pdf"
    code, stdout, err = run(capsys, "report", str(vault_file), str(out), "--host-country", "CA,FR",
                            "--cross", "year:host_country")
    assert code == 0 and stdout == ""
    state, count = head_of(vault_file)
    assert f"{count} case(s) counted, internal profile" in err and "Do not publish" in err
    text = text_of(out)
    assert "Counts across cases" in text and "Internal report: exact numbers" in text
    assert "Host country: CA, FR" in text and state in text.replace("\n", "")
    assert "Cases by year and host country" in text and "Method" in text and "What is counted" in text
    tables = text.rsplit("\nMethod", 1)[0]
    assert "fewer than" not in tables and "withheld" not in tables  # exact numbers
    # Charts are vector drawings: no image anywhere in the file.
    for page in PdfReader(out).pages:
        xobjects = page["/Resources"].get("/XObject", {})
        assert all(xobjects[name].get_object()["/Subtype"] != "/Image" for name in xobjects)


def test_record_text_prints_as_text(vault_file, tmp_path, capsys):
    out = tmp_path / "markup.pdf"
    code, _, _ = run(capsys, "report", str(vault_file), str(out))
    assert code == 0
    text = text_of(out)
    assert "<font size=40>Big</font> &amp; evil" in text  # as typed; the override removed
    assert "\u202e" not in text


def test_public_report_hides_small_numbers(vault_file, tmp_path, capsys):
    out = tmp_path / "public.pdf"
    code, _, err = run(capsys, "report", str(vault_file), str(out), "--profile", "public", "--threshold", "4")
    assert code == 0 and "Do not publish" not in err
    text = text_of(out)
    assert "Public report" in text and "fewer than 4" in text
    assert "Natural Earth" in text  # the host countries' map, its legend in printed numbers


def test_public_report_of_too_few_cases_prints_no_table(vault_file, tmp_path, capsys):
    out = tmp_path / "few.pdf"
    code, _, _ = run(capsys, "report", str(vault_file), str(out), "ST-HOSTILE", "--profile", "public")
    assert code == 0
    text = text_of(out)
    assert "it concerns fewer than 5 units" in text and "Cases per year" not in text


@pytest.mark.parametrize(("language", "words"), [("fr", "Décomptes des dossiers"), ("zh", "案件统计")])
def test_report_in_french_and_chinese(vault_file, tmp_path, capsys, language, words):
    out = tmp_path / f"report-{language}.pdf"
    code, _, _ = run(capsys, "report", str(vault_file), str(out), "--language", language, "--tactic", "exit_ban")
    assert code == 0
    text = text_of(out)
    assert words in text
    assert "Natural Earth" in text and "1:110m" in text  # the map's source, in the language
    if language == "zh":
        assert "各年案件数" in text and "手段: 禁止出境" in text  # the filter, its value in Chinese
        fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
        assert "WenQuanYi" in fonts or "Noto" in fonts  # a Chinese font, embedded
    else:
        assert "Dossiers par année" in text and "Tactique: Interdiction de sortie" in text


def test_tables_as_csv_and_xlsx_keep_formulas_as_text(vault_file, tmp_path, capsys):
    out, tables = tmp_path / "r.pdf", tmp_path / "tables"
    code, _, err = run(capsys, "report", str(vault_file), str(out), "--tables", str(tables))
    assert code == 0 and "table file(s)" in err
    with open(tables / "cases_by_region.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Origin region or province", "Cases"]
    assert ["'" + FORMULAS[0], "1"] in rows
    with open(tables / "stations.csv", encoding="utf-8-sig", newline="") as fh:
        stations = list(csv.reader(fh))
    hostile = next(r for r in stations if "温州海外警务站" in r[0])
    assert hostile[0] == "'" + FORMULAS[1] + " / 温州海外警务站" and hostile[1] == "'" + FORMULAS[3]
    book = load_workbook(tables / "statistics.xlsx")
    sheet = book["cases_by_region"]
    cells = [c for row in sheet.iter_rows() for c in row if c.value == FORMULAS[0]]
    assert cells and all(c.data_type == "s" for c in cells)  # text, not a formula
    assert all(c.data_type != "f" for ws in book.worksheets for row in ws.iter_rows() for c in row)
    assert book["about"]["A1"].value == "Filters"
    # Numbers are numbers, and the CSV says the same as the workbook.
    by_year = {r[0].value: r[1].value for r in book["cases_by_year"].iter_rows(min_row=2)}
    with open(tables / "cases_by_year.csv", encoding="utf-8-sig", newline="") as fh:
        assert {r[0]: int(r[1]) for r in list(csv.reader(fh))[1:]} == by_year


def test_existing_files_are_replaced_only_with_force(vault_file, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    out.write_bytes(b"earlier")
    code, _, err = run(capsys, "report", str(vault_file), str(out))
    assert code == 2 and out.read_bytes() == b"earlier"
    code, _, _ = run(capsys, "report", str(vault_file), str(out), "--force")
    assert code == 0 and out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("args", [["--threshold", "2"], ["--cross", "year:nothing"], ["--status", "lost"]])
def test_bad_options_are_one_line_errors(vault_file, tmp_path, capsys, args):
    out = tmp_path / "r.pdf"
    code, _, err = run(capsys, "report", str(vault_file), str(out), *args)
    assert code == 2 and len(err.strip().splitlines()) == 1 and not out.exists()
