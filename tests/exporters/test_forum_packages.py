"""Filing packages read back (exporters/pdf/forums.py): for each forum, a package built from a case
with PDF, image and text exhibits, one of them in Chinese with its translation. Checked page by
page: "Page N of M" continuous, the file number (or reference) in every header, the index's page
ranges where each document really starts and together covering every page, each PDF exhibit page
on a page of its own, translator's declarations present, fonts embedded; the IRB package on Letter
paper with nothing under 12 point."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from db.vault import Vault
from exporters.pdf import DossierOptions, export_case_dossier
from tests.conftest import PASSPHRASE
from tests.exporters.conftest import pdffonts, squash
from tests.exporters.forum_case import make_forum_vault

FORUMS = {"irb": ("CV-2024-001", "IRBfileno.MB9-99999(fictional)"), "un": ("CV-2024-001", "CV-2024-001"),
          "police": ("CV-2024-001", "CV-2024-001"), "ccf": ("CV-2023-014", "CV-2023-014")}
INDEX_ROW = re.compile(r"^\s*(\d+)\s+(.+?)\s+(\d+)(?:\s*\u2013\s*(\d+))?\s*$")


@pytest.fixture(scope="module")
def forum_vault(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_forum_vault(demo_template, tmp_path_factory.mktemp("forums") / "forums.cvault")


def build(vault_path: Path, out: Path, reference: str, **options: object):
    with Vault.open(vault_path, PASSPHRASE) as v:
        return export_case_dossier(v, reference, out, DossierOptions(prepared_by="M. Tremblay (fictional)",
                                                                   **options))  # type: ignore[arg-type]


def layout_pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text.split("\f")[:-1]


def index_rows(pages: list[str]) -> list[tuple[int, str, int, int]]:
    """(number, title as far as its first line goes, first page, last page) from the index pages."""
    rows = []
    for page in pages:
        if "Index of documents" not in page and not rows:
            continue
        found = [INDEX_ROW.match(line) for line in page.splitlines()]
        found = [m for m in found if m and not m.group(2).startswith("Page ")]
        if not found and rows:
            break
        for m in found:
            start = int(m.group(3))
            rows.append((int(m.group(1)), m.group(2).strip(), start, int(m.group(4) or start)))
    return rows


@pytest.mark.parametrize("forum", sorted(FORUMS))
def test_a_package_is_numbered_as_one_and_its_index_says_where_each_document_is(forum_vault, tmp_path, forum):
    reference, header = FORUMS[forum]
    pdf = tmp_path / f"{forum}.pdf"
    dossier = build(forum_vault, pdf, reference, forum=forum)
    reader = PdfReader(pdf)
    texts = [squash(p.extract_text() or "") for p in reader.pages]
    total = len(texts)
    assert total == dossier.pages and total > 10
    for n, text in enumerate(texts, 1):
        assert f"Page{n}of{total}" in text, f"page {n} has its running number"
        assert header in text, f"page {n} has the file number or reference"

    rows = index_rows(layout_pages(pdf))
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1)), rows
    assert rows[0][2] == 1 and rows[-1][3] == total, "the documents cover the package"
    for before, after in zip(rows, rows[1:], strict=False):
        assert after[2] == before[3] + 1, f"{after} starts right after {before}"
    for _n, title, start, _end in rows[2:]:
        assert squash(title)[:14] in texts[start - 1], f"{title!r} starts on page {start}"

    exhibits = {m.group(1): row for row in rows if (m := re.match(r"Exhibit (E-\d+)", row[1]))}
    a_start, a_end = next((r[2], r[3]) for r in rows if "Receipt of the police report" in r[1])
    assert a_end - a_start == 2, "a three-page PDF exhibit takes three pages"
    for k in range(3):
        assert f"FIXTUREPDFAPAGE{k + 1}" in texts[a_start - 1 + k], "each exhibit page on a page of its own"
        assert f"page{k + 1}of3oftheexhibit" in texts[a_start - 1 + k]
    b_start, b_end = next((r[2], r[3]) for r in rows if "Letter freezing the account" in r[1])
    assert b_end - b_start == 1 and "FIXTUREPDFBPAGE2" in texts[b_end - 1]
    photo = next(r for r in rows if "Photograph of the street" in r[1])
    assert photo[2] == photo[3], "an image takes one page"
    assert len(exhibits) >= 5

    declaration = next(r for r in rows if r[1].startswith("Translator's declaration"))
    page = texts[declaration[2] - 1]
    assert "Translatedfrom" in page and "Chinese" in page and "Signature" in page and "accurate" in page
    if reference == "CV-2024-001":  # its translations have a translator recorded: named in the statement and below
        assert page.count("WuLan") >= 2, page
    original = next(r for r in rows if "Notice from the public security bureau" in r[1])
    translation = next(r for r in rows if "Translation of the notice" in r[1])
    assert original[2] < translation[2] < declaration[2], "original, translation, declaration"
    assert "请你于三日内回国说明情况" in texts[original[2] - 1], "Chinese prints as characters"

    fonts = pdffonts(pdf)
    assert fonts and all(f["emb"] == "yes" for f in fonts), fonts


def test_irb_package_is_letter_with_nothing_under_12_point(forum_vault, tmp_path):
    pdf = tmp_path / "irb.pdf"
    build(forum_vault, pdf, "CV-2024-001", forum="irb", paper="A4")
    reader = PdfReader(pdf)
    texts = [squash(p.extract_text() or "") for p in reader.pages]
    assert "Claimant" in texts[0] and "IRBfilenumber" in texts[0] and "UCI" in texts[0]
    assert "Counselofrecord" in texts[0] and "Preparedby" in texts[0] and "M.Tremblay(fictional)" in texts[0]
    assert "Proofofservice" in texts[-1]
    sizes: list[float] = []
    for page, text in zip(reader.pages, texts, strict=True):
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
        if "oftheexhibit" in text:
            continue  # an exhibit's own pages keep the exhibit's type

        def visit(txt, cm, tm, font, size):
            if txt.strip():
                scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
                sizes.append(size * scale)
        page.extract_text(visitor_text=visit)
    assert sizes and min(sizes) >= 11.99, min(sizes)


def test_a_un_communication_gives_the_required_elements_in_order(forum_vault, tmp_path):
    pdf = tmp_path / "un.pdf"
    build(forum_vault, pdf, "CV-2024-001", forum="un")
    text = squash("".join(p.extract_text() or "" for p in PdfReader(pdf).pages))
    order = ["1.Allegedvictim(s)", "2.Allegedperpetrator(s)", "3.Submitter", "4.Dateandplace", "5.Facts",
             "6.Stepstaken", "7.Consent", "8.Confidentialitems"]
    positions = [text.find(x) for x in order]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), positions


def test_a_ccf_request_states_the_request_the_arguments_and_the_checklist(forum_vault, tmp_path):
    pdf = tmp_path / "ccf.pdf"
    build(forum_vault, pdf, "CV-2023-014", forum="ccf", request="access",
          attachments=frozenset({"power_of_attorney"}))
    text = squash("".join(p.extract_text() or "" for p in PdfReader(pdf).pages))
    assert "Accesstothedata" in text
    for heading in ("3.1Article3", "3.2Article2", "3.3Qualityofthedata", "3.4INTERPOL'srefugeepolicy"):
        assert heading in text, heading
    assert "\u2612Signedpowerofattorney" in text and "\u2610Copyofanidentitydocument" in text
    assert "RedNotice" in text


def test_a_police_complaint_starts_with_a_one_page_summary(forum_vault, tmp_path):
    pdf = tmp_path / "police.pdf"
    build(forum_vault, pdf, "CV-2024-001", forum="police")
    texts = [squash(p.extract_text() or "") for p in PdfReader(pdf).pages]
    for label in ("Whoistargeted", "Whoacted", "What", "When", "Where", "Contactforfollow-up"):
        assert label in texts[0], label
    assert "Indexofdocuments" in texts[1]


def test_long_background_material_and_a_close_hearing_are_flagged(forum_vault, tmp_path):
    from datetime import date, timedelta

    from tests.exporters.forum_case import fixture_pdf

    copy = tmp_path / "v.cvault"
    copy.write_bytes(forum_vault.read_bytes())
    with Vault.open(copy, PASSPHRASE) as v:
        case = v.repos.cases.resolve("CV-2024-001")
        report = v.repos.exhibits.add_file(case.id, fixture_pdf("COUNTRY", 101), "country_report.pdf",
                                           description="Country conditions report", persons_recorded=True)
    today = date(2027, 1, 10)
    dossier = build(copy, tmp_path / "irb.pdf", "CV-2024-001", forum="irb", produced_on=today,
                    hearing_date=today + timedelta(days=7))
    # with the fixture's two PDFs (3 and 2 pages), which support no incident either
    assert any(report.label in n and "106 pages" in n and "justification" in n for n in dossier.notes), dossier.notes
    assert any("in 7 day(s)" in n and "at least 10 days" in n for n in dossier.notes)
    reply = build(copy, tmp_path / "reply.pdf", "CV-2024-001", forum="irb", produced_on=today,
                  hearing_date=today + timedelta(days=7), reply=True)
    assert not any("hearing" in n for n in reply.notes), "a reply needs 5 days only"
