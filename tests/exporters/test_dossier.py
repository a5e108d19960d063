"""The dossier's contents, read back from the produced PDF: cover, table of contents and page
numbers, headers and footers, mixed-script text, partial dates, citations, fonts, layout."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import date

from pypdf import PdfReader

from db import vocab
from db.citations import numbered, source_numbers
from db.dates import format_range
from db.models import Incident
from exporters.pdf import DossierOptions, render_dossier
from exporters.pdf.redaction import FIELD_CAP
from tests.exporters.conftest import assert_nothing_clipped, in_order, make, pages_text, pdffonts, squash

SECTIONS = ["1. Summary", "2. Persons", "3. Chronology", "4. Exhibits", "5. Sources", "6. Interventions",
            "7. Open tasks"]


def first_page_with(pages: list[str], text: str, start: int = 2) -> int:
    """1-based number of the first page after `start` (default: after the contents) with a line starting `text`."""
    for n, page in enumerate(pages[start:], start + 1):
        if any(line.strip().startswith(text) for line in page.splitlines()):
            return n
    raise AssertionError(f"{text!r} is on no page")


def test_cover_states_case_purpose_date_profile_marking_and_vault_state(tmp_path, demo_cases):
    demo = demo_cases["CV-2024-001"]
    pdf = make(tmp_path, demo, purpose="For the asylum claim before the IRB", produced_on=date(2024, 7, 1))
    cover = squash(pages_text(pdf)[0])
    seq, digest = demo.state
    for expected in ("CV-2024-001", demo.case_file.case.title, "For the asylum claim before the IRB", "1 July 2024",
                     "Legal:", "STRICTLY CONFIDENTIAL", f"auditentry{seq},SHA-256{digest}"):
        assert squash(expected) in cover


def test_contents_lists_sections_in_order_with_the_pages_they_start_on(tmp_path, demo_cases):
    pages = pages_text(make(tmp_path, demo_cases["CV-2024-001"], include_tasks=True))
    toc = pages[1]
    assert toc.splitlines()[1].strip() == "Contents" or "Contents" in toc
    starts = [first_page_with(pages, title, 2) for title in SECTIONS]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    for title, page in zip(SECTIONS, starts, strict=True):
        # the contents line reads "<title> ... <page>"
        assert re.search(rf"{re.escape(title)}\s*\.*\s*{page}\b", toc), (title, page, toc)
    image_page = first_page_with(pages, "Exhibit E-1")
    assert re.search(rf"E-1 Screenshot.*?{image_page}\b", toc, re.S)


def test_open_tasks_only_when_asked(tmp_path, demo_cases):
    without = "".join(pages_text(make(tmp_path, demo_cases["CV-2024-001"], "a.pdf")))
    with_tasks = "".join(pages_text(make(tmp_path, demo_cases["CV-2024-001"], "b.pdf", include_tasks=True)))
    assert "Open tasks" not in without and "pension suspension letter" not in without
    assert "pension suspension letter" in with_tasks
    assert "Translate transcript excerpt" not in with_tasks  # done tasks are not open tasks


def test_every_page_has_reference_marking_and_page_x_of_y(tmp_path, demo_cases):
    pages = pages_text(make(tmp_path, demo_cases["CV-2024-001"]))
    for n, page in enumerate(pages, 1):
        assert "CV-2024-001" in page and "STRICTLY CONFIDENTIAL" in page
        assert f"Page {n} of {len(pages)}" in page


def test_mixed_latin_french_and_chinese_text_extracts_exactly(tmp_path, demo_cases):
    demo = demo_cases["CV-2024-001"]
    text = squash("".join(pages_text(make(tmp_path, demo))))
    cf = demo.case_file
    for expected in (cf.case.title, cf.case.summary, cf.incidents[0].description, cf.sources[1].citation):
        assert squash(expected) in text, expected
    traditional = squash("".join(pages_text(make(tmp_path, demo_cases["CV-2021-003"], "b.pdf"))))
    assert squash(demo_cases["CV-2021-003"].case_file.case.title) in traditional  # 何東昇, traditional


def test_chronology_prints_partial_dates_as_entered_with_tactic_place_and_citations(tmp_path, demo_cases):
    demo = demo_cases["CV-2024-001"]
    pages = pages_text(make(tmp_path, demo))
    chronology = squash(pages[first_page_with(pages, "3. Chronology") - 1])
    number = source_numbers(demo.case_file.sources)
    for incident in demo.case_file.incidents:
        when = format_range(incident.date_start, incident.date_end)
        marks = "".join(f"[{n}]" for n in sorted(number[s] for s in incident.source_ids))
        assert squash(when) in chronology and squash(vocab.label(vocab.TACTIC, incident.tactic)) in chronology
        assert marks in chronology
    assert "June2015" in chronology and "2022\u20132023" in chronology
    sources = squash(pages[first_page_with(pages, "5. Sources") - 1])
    for n, source in numbered(demo.case_file.sources):
        assert f"[{n}]{squash(source.citation)}" in sources and source.grade in sources


def test_exhibits_are_listed_with_the_sha256_of_the_stored_bytes_and_images_get_a_page(tmp_path, demo_cases):
    demo = demo_cases["CV-2024-001"]
    pdf = make(tmp_path, demo)
    pages = pages_text(pdf)
    listing = squash(pages[first_page_with(pages, "4. Exhibits") - 1])
    for e in demo.case_file.exhibits:
        assert f"SHA-256{hashlib.sha256(demo.files[e.id]).hexdigest()}" in listing
        assert e.label in listing
        shows_mother = bool(e.shows_person_ids)  # E-2: withheld, listed by number, type and hash only
        assert (squash(e.original_name) in listing) != shows_mother
    assert "WITHHELDinthisversion:itshowsapersonwhomaynotbenamedhere." in listing
    image_page = first_page_with(pages, "Exhibit E-1")
    assert f"Reproducedonpage{image_page}" in listing
    reader = PdfReader(pdf)
    with_images = [n for n, p in enumerate(reader.pages, 1) if p.images]
    assert with_images == [image_page]  # E-2 is a text file: listed, not reproduced


def test_a_long_chronology_splits_across_pages_with_repeated_headers_and_nothing_clipped(tmp_path, demo_cases):
    demo = demo_cases["CV-2024-001"]
    base = demo.case_file.incidents[0]
    long_chinese = "母亲多次被约谈，退休金被停发，弟弟失去了教职。" * 40  # no spaces: must wrap inside the cell
    many = [replace(base, id=f"i{n}", date_start=f"{2000 + n // 12}-{n % 12 + 1:02d}",
                    description=f"Incident number {n}. {long_chinese if n % 25 == 0 else ''}")
            for n in range(150)]
    cf = replace(demo.case_file, incidents=many)
    pdf = make(tmp_path, replace(demo, case_file=cf))
    pages = pages_text(pdf)
    start, end = first_page_with(pages, "3. Chronology"), first_page_with(pages, "4. Exhibits")
    assert end - start >= 5
    for page in pages[start - 1:end - 1]:
        assert re.search(r"Date\s+Incident\s+Verification", page), page[:200]
    text = squash("".join(pages[start - 1:end - 1]))
    assert all(f"Incidentnumber{n}." in text for n in range(150))
    for n in range(0, 150, 25):  # every character of each long cell, in order (a row split across pages
        row = text.split(f"Incidentnumber{n}.")[1].split(f"Incidentnumber{n + 1}.")[0]  # has the header between)
        assert in_order(squash(long_chinese), row), n
    assert_nothing_clipped(pdf)


def test_a_row_taller_than_a_page_is_split_not_lost(tmp_path, demo_cases):
    demo = demo_cases["CV-2024-001"]
    huge = " ".join(f"Sentence {n} of a very long account of repeated visits by the police." for n in range(280))
    assert len(huge) < FIELD_CAP
    cf = replace(demo.case_file, incidents=[Incident(case_id="c", tactic="harassment", description=huge)])
    pages = pages_text(make(tmp_path, replace(demo, case_file=cf)))
    assert first_page_with(pages, "4. Exhibits") - first_page_with(pages, "3. Chronology") >= 3
    assert in_order(squash(huge), squash("".join(pages)))


def test_only_embedded_truetype_fonts_with_unicode_maps(tmp_path, demo_cases):
    pdf = make(tmp_path, demo_cases["CV-2024-001"])
    fonts = pdffonts(pdf)
    assert len(fonts) >= 3  # Latin regular and bold, Chinese
    for f in fonts:
        assert f["type"] == "TrueType" and f["emb"] == "yes" and f["sub"] == "yes" and f["uni"] == "yes", f


def test_whole_demo_dossier_is_laid_out_inside_the_pages(tmp_path, demo_cases):
    for ref in demo_cases:
        assert_nothing_clipped(make(tmp_path, demo_cases[ref], f"{ref}.pdf", include_tasks=True))


def test_render_returns_pdf_bytes_for_a_preview_and_reports_progress(demo_cases):
    demo = demo_cases["CV-2024-001"]
    seen: list[tuple[str, int, int]] = []
    data = render_dossier(demo.case_file, demo.state, DossierOptions(), demo.read,
                          lambda stage, done, total: seen.append((stage, done, total)))
    assert data.startswith(b"%PDF-")
    n_pages = len(pages_text(data))
    assert ("exhibits", 3, 3) in seen and ("layout", n_pages, 0) in seen and seen[-1] == ("done", 1, 1)


def test_letter_paper(tmp_path, demo_cases):
    reader = PdfReader(make(tmp_path, demo_cases["CV-2024-007"], paper="letter"))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
