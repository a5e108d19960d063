"""Source numbers [n] follow the order sources were added to a case (db.citations), so adding an
older source renumbers no citation: in the dossier's chronology and its list of sources."""

from __future__ import annotations

from dataclasses import replace

from db.citations import numbered, source_numbers
from db.models import Source
from tests.exporters.conftest import make, pages_text, squash


def test_numbers_follow_creation_then_date_never_the_order_given():
    a = Source(case_id="c", kind="interview", citation="a", date="2024-02-14")
    b = Source(case_id="c", kind="interview", citation="b", date="2015-04")
    a.created_at = b.created_at = "2024-01-01T00:00:00.000Z"  # added together (an import): by date
    older = Source(case_id="c", kind="interview", citation="older", date="1999")
    older.created_at = "2025-01-01T00:00:00.000Z"  # added later, about an earlier time
    assert source_numbers([a, b]) == {b.id: 1, a.id: 2}
    assert source_numbers([older, a, b]) == {b.id: 1, a.id: 2, older.id: 3}
    assert [s for _n, s in numbered([a, older, b])] == [b, a, older]


def test_adding_an_older_source_renumbers_no_citation_in_the_dossier(tmp_path, demo_cases):
    demo = demo_cases["CV-2024-001"]
    cf = demo.case_file
    older = Source(case_id=cf.case.id, kind="document", citation="Household register extract (fictional)",
                   date="1998")
    older.created_at = "2999-01-01T00:00:00.000Z"
    before = source_numbers(cf.sources)
    grown = replace(demo, case_file=replace(cf, sources=[older, *cf.sources]))  # in date order, as loaded
    assert source_numbers(grown.case_file.sources) == {**before, older.id: len(before) + 1}
    pages = [squash(p) for p in pages_text(make(tmp_path, grown))]
    sources = next(p for p in pages if "5.Sources" in p and "[1]" in p)
    for source in cf.sources:
        assert f"[{before[source.id]}]{squash(source.citation)}" in sources
    assert f"[{len(before) + 1}]{squash(older.citation)}" in sources
