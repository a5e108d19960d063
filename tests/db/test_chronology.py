"""Dates as people write them (ASCII digits stored, qualifiers, durations), the chronology a reader
expects (qualified dates where they belong, undated incidents where the case placed them), and
citation numbers that do not move when an older source is added."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.chronology import START, chronological, move, source_numbers
from db.dates import format_duration, format_qualified, parse_duration, parse_partial, sort_key
from db.errors import ValidationError
from db.models import Case, Incident, Source


@pytest.mark.parametrize(("typed", "stored"), [
    ("２０１５-０６", "2015-06"), ("٢٠١٥", "2015"), ("۲۰۱۵-۰۶-۱۲", "2015-06-12"), ("2015–06", "2015-06"),
    (" 2015-06-12 ", "2015-06-12"),
])
def test_digits_of_other_scripts_are_stored_as_ascii(typed, stored):
    assert parse_partial(typed) == stored


@pytest.mark.parametrize("bad", ["0000", "0000-01", "2015-00", "2015-02-29", "2015-06-31", "June 2015", "15-06"])
def test_impossible_dates_are_refused(bad):
    with pytest.raises(ValueError):
        parse_partial(bad)


def test_a_repository_never_stores_a_date_as_typed(vault):
    case = vault.repos.cases.add(Case(reference="R", title="t"))
    incident = vault.repos.incidents.add(Incident(case_id=case.id, tactic="other", date_start="２０１５-０６"))
    assert vault.repos.incidents.get(incident.id).date_start == "2015-06"
    with pytest.raises(ValidationError, match="0000"):
        vault.repos.incidents.add(Incident(case_id=case.id, tactic="other", date_start="0000"))


@pytest.mark.parametrize(("typed", "stored", "shown"), [
    ("P6Y", "P6Y", "6 years"), ("6 years", "P6Y", "6 years"), ("1 an 6 mois", "P1Y6M", "1 year 6 months"),
    ("6年", "P6Y", "6 years"), ("20 days", "P20D", "20 days"), ("p3w", "P3W", "3 weeks"), ("", "", ""),
])
def test_durations_are_stored_in_iso_8601(typed, stored, shown):
    assert parse_duration(typed) == stored
    assert format_duration(stored) == shown


@pytest.mark.parametrize("bad", ["six years", "P", "6 years ago", "PT6H", "6 lunes"])
def test_durations_that_are_not_are_refused(bad):
    with pytest.raises(ValueError):
        parse_duration(bad)


def test_qualified_dates_read_as_the_sources_say():
    assert format_qualified("2015-06", None, "early") == "early June 2015"
    assert format_qualified("2016", None, "circa") == "circa 2016"
    assert format_qualified("2022-01-18", None, "before") == "before 18 January 2022"
    assert format_duration("P6Y", "more_than") == "more than 6 years"


def test_qualified_dates_sort_where_a_reader_expects_them():
    order = [("2015", "", "before"), ("2015-06", "", "early"), ("2015-06", "", ""), ("2015-06-12", "", ""),
             ("2015-06", "", "mid"), ("2015-06", "", "late"), ("2015-06", "", "after"), ("2015", "", "late")]
    keys = [sort_key(d, None, q) for d, _, q in order]
    assert keys == sorted(keys)
    assert sort_key(None, None, "circa") is None


def incident(n, start=None, qualifier="", after=None):
    return Incident(case_id="c", tactic="other", date_start=start, date_qualifier=qualifier, placed_after=after,
                    id=f"i{n}", created_at=f"2024-01-01T00:00:0{n}.000Z")


def test_undated_incidents_stand_where_they_were_placed():
    a, b, c = incident(1, "2015-06"), incident(2, "2021-09-03"), incident(3, "2015-06-23", "before")
    accusation, sent_back, lost = incident(4, after=START), incident(5, after="i3"), incident(6, after="gone")
    order = chronological([b, lost, sent_back, c, accusation, a])
    assert [i.id for i in order] == ["i4", "i1", "i3", "i5", "i2", "i6"], "an anchor no longer there: at the end"


def test_moving_an_undated_incident_keeps_the_others_in_place():
    incidents = [incident(1, "2015"), incident(2, "2016"), incident(3), incident(4, after="i3")]
    assert [i.id for i in chronological(incidents)] == ["i1", "i2", "i3", "i4"]
    changes = move(incidents, "i3", -1)
    moved = [Incident(**{**vars(i), "placed_after": changes.get(i.id, i.placed_after)}) for i in incidents]
    assert [i.id for i in chronological(moved)] == ["i1", "i3", "i2", "i4"]
    assert move(incidents, "i1", 1) == {}, "a dated incident moves with its date only"
    up = incidents
    for _ in range(3):
        changes = move(up, "i4", -1)
        up = [Incident(**{**vars(i), "placed_after": changes.get(i.id, i.placed_after)}) for i in up]
    assert [i.id for i in chronological(up)][0] == "i4" and move(up, "i4", -1) == {}


@given(st.lists(st.tuples(st.sampled_from([None, "2015", "2015-06", "2016-01-02"]),
                          st.sampled_from(["", "early", "before", "after"]),
                          st.integers(0, 8)), max_size=8))
def test_the_chronology_holds_every_incident_once_and_dated_ones_in_date_order(rows):
    incidents = [incident(n, start, q if start else "", after=f"i{a}" if a < len(rows) and not start else None)
                 for n, (start, q, a) in enumerate(rows)]
    order = chronological(incidents)
    assert sorted(i.id for i in order) == sorted(i.id for i in incidents)
    dated = [sort_key(i.date_start, None, i.date_qualifier) for i in order if i.date_start]
    assert dated == sorted(dated)


def test_citation_numbers_do_not_move_when_an_older_source_is_added(vault):
    case = vault.repos.cases.add(Case(reference="R", title="t"))
    later = vault.repos.sources.add(Source(case_id=case.id, kind="news_article", citation="2019 article", date="2019"))
    other = vault.repos.sources.add(Source(case_id=case.id, kind="news_article", citation="2020 article", date="2020"))
    older = vault.repos.sources.add(Source(case_id=case.id, kind="ngo_report", citation="2014 report", date="2014"))
    numbers = source_numbers(vault.repos.sources.for_case(case.id))
    assert (numbers[later.id], numbers[other.id], numbers[older.id]) == (1, 2, 3)
    vault.repos.sources.delete(other.id)
    again = vault.repos.sources.add(Source(case_id=case.id, kind="document", citation="later still"))
    assert source_numbers(vault.repos.sources.for_case(case.id))[again.id] == 4, "a number is never reused"


def test_sources_recorded_before_numbers_keep_their_order_and_new_ones_follow():
    old = [Source(case_id="c", kind="document", citation=str(n), date=f"201{n}", id=f"s{n}") for n in (3, 1, 2)]
    numbers = source_numbers(old)
    assert [numbers[f"s{n}"] for n in (1, 2, 3)] == [1, 2, 3]
    new = Source(case_id="c", kind="document", citation="new", number=4, id="s9")
    assert source_numbers([*old, new]) == {**numbers, "s9": 4}
