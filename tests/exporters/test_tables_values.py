"""Reading typed cell values: dates at their precision with their qualifier, vocabulary values by key
or by label in English, French or Chinese, country names in three languages. Property tests state
the invariants: a stored date written as a sheet writes it (or as people type it) reads back the
same; every label of every vocabulary finds its key; any text gives a date or a ValueError, never
another exception."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.countries import CODES
from db.dates import MONTHS
from db.vocab_labels import LABELS
from exporters.tables_countries import NAMES
from exporters.tables_export import date_text
from exporters.tables_values import FIELD_VOCABULARIES, DateValue, VocabIndex, country, parse_date, split_list

FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre")


@pytest.mark.parametrize("typed, stored", [
    ("2015-06", DateValue("2015-06")),
    ("06/2015", DateValue("2015-06")),
    ("juin 2015", DateValue("2015-06")),
    ("2015年6月", DateValue("2015-06")),
    ("June 2015", DateValue("2015-06")),
    ("circa 2016", DateValue("2016", None, "circa")),
    ("c. 2016", DateValue("2016", None, "circa")),
    ("vers 2016", DateValue("2016", None, "circa")),
    ("约2016年", DateValue("2016", None, "circa")),
    ("2016?", DateValue("2016", None, "circa")),
    ("early June 2015", DateValue("2015-06", None, "early")),
    ("début 2015", DateValue("2015", None, "early")),
    ("2015年初", DateValue("2015", None, "early")),
    ("fin 2015", DateValue("2015", None, "late")),
    ("before 2018", DateValue("2018", None, "before")),
    ("2018年以前", DateValue("2018", None, "before")),
    ("12/06/2015", DateValue("2015-06-12")),
    ("06/13/2015", DateValue("2015-06-13")),  # 13 cannot be a month
    ("2015/06/12", DateValue("2015-06-12")),
    ("1er juin 2015", DateValue("2015-06-01")),
    ("June 12, 2015", DateValue("2015-06-12")),
    ("２０１５年６月１２日", DateValue("2015-06-12")),
    ("2014-2016", DateValue("2014", "2016")),
    ("2014 to 2016", DateValue("2014", "2016")),
    ("2015年至2016年", DateValue("2015", "2016")),
    ("2015-06 – 2015-08", DateValue("2015-06", "2015-08")),
    ("unknown", DateValue(None)),
    ("不详", DateValue(None)),
    ("", DateValue(None)),
])
def test_dates_as_people_type_them(typed, stored):
    assert parse_date(typed) == stored


def test_month_first_when_the_mapping_says_so():
    assert parse_date("06/12/2015", day_first=False) == DateValue("2015-06-12")
    assert parse_date("06/12/2015") == DateValue("2015-12-06")


@pytest.mark.parametrize("typed", ["31/02/2016", "2015-13", "sometime", "2016 to 2014", "0000", "June 15",
                                   "Smarch 2015"])
def test_dates_that_cannot_be_read_say_so(typed):
    with pytest.raises(ValueError):
        parse_date(typed)


partial = st.builds(
    lambda y, m, d, p: f"{y:04d}" if p == 0 else f"{y:04d}-{m:02d}" if p == 1 else f"{y:04d}-{m:02d}-{d:02d}",
    st.integers(1, 9999), st.integers(1, 12), st.integers(1, 28), st.integers(0, 2))
qualifier = st.sampled_from(["", "circa", "early", "mid", "late", "before", "after"])


@settings(max_examples=400)
@given(partial, st.one_of(st.none(), partial), qualifier)
def test_a_stored_date_written_in_a_sheet_reads_back_the_same(start, end, q):
    if end is not None and end[:len(start)] < start[:len(end)]:
        start, end = end, start
    if end == start:
        end = None
    assert parse_date(date_text(start, end, q)) == DateValue(start, end, q)


@settings(max_examples=300)
@given(st.integers(1000, 9999), st.integers(1, 12), st.integers(1, 28), st.sampled_from(["en", "fr", "zh", "num"]))
def test_a_month_or_day_typed_in_any_language_keeps_its_precision(year, month, day, language):
    month_forms = {"en": f"{MONTHS[month - 1]} {year}", "fr": f"{FRENCH_MONTHS[month - 1]} {year}",
                   "zh": f"{year}年{month}月", "num": f"{month:02d}/{year}"}
    day_forms = {"en": f"{day} {MONTHS[month - 1]} {year}", "fr": f"{day} {FRENCH_MONTHS[month - 1]} {year}",
                 "zh": f"{year}年{month}月{day}日", "num": f"{day:02d}/{month:02d}/{year}"}
    assert parse_date(month_forms[language]) == DateValue(f"{year}-{month:02d}")
    assert parse_date(day_forms[language]) == DateValue(f"{year}-{month:02d}-{day:02d}")
    assert parse_date(f"{year}") == DateValue(f"{year}")


@settings(max_examples=500)
@given(st.text(max_size=60))
def test_any_text_is_a_date_or_a_value_error(text):
    try:
        value = parse_date(text)
    except ValueError:
        return
    for d in (value.start, value.end):
        assert d is None or len(d) in (4, 7, 10)


@settings(max_examples=300)
@given(st.sampled_from(sorted(FIELD_VOCABULARIES)), st.data(), st.sampled_from(["en", "fr", "zh", "key"]),
       st.sampled_from([str.upper, str.lower, str, lambda s: f"  {s} "]))
def test_every_label_in_every_language_finds_its_key(field, data, language, change):
    vocabulary = FIELD_VOCABULARIES[field]
    key = data.draw(st.sampled_from(sorted(vocabulary)))
    english = vocabulary[key]
    typed = {"en": english, "key": key, "fr": LABELS["fr"][english], "zh": LABELS["zh"][english]}[language]
    assert VocabIndex(vocabulary).find(change(typed)) == key


def test_unmatched_values_find_nothing_until_mapped():
    index = VocabIndex(FIELD_VOCABULARIES["incident.tactic"])
    assert index.find("Telepathy") is None
    assert VocabIndex(FIELD_VOCABULARIES["incident.tactic"], {"telepathy": "other"}).find("TELEPATHY") == "other"


@settings(max_examples=300)
@given(st.sampled_from(sorted(CODES)), st.data())
def test_every_country_name_in_three_languages_gives_its_code(code, data):
    name = data.draw(st.sampled_from(NAMES[code]))
    assert country(name) == code
    assert country(name.upper()) == code
    assert country(code.lower()) == code


@pytest.mark.parametrize("typed, code", [("Canada", "CA"), ("加拿大", "CA"), ("Chine", "CN"), ("中國", "CN"),
                                         ("Etats-Unis", "US"), ("USA", "US"), ("UK", "GB"), ("Royaume-Uni", "GB"),
                                         ("香港", "HK"), ("Türkiye", "TR"), ("", "")])
def test_country_names_people_type(typed, code):
    assert country(typed) == code


def test_unknown_country_is_a_value_error():
    with pytest.raises(ValueError, match="Atlantis"):
        country("Atlantis")


def test_lists_split_on_semicolons_first():
    assert split_list("Persuasion; Family pressure") == ["Persuasion", "Family pressure"]
    assert split_list("劝返、家属施压") == ["劝返", "家属施压"]
    assert split_list("Zhang, Wei; Li Na") == ["Zhang, Wei", "Li Na"]
    assert split_list("a, b") == ["a", "b"]
    assert split_list("NGO report, 2022, p. 12", commas=False) == ["NGO report, 2022, p. 12"]
    assert split_list("Court record; NGO report, 2022", commas=False) == ["Court record", "NGO report, 2022"]


@given(st.text(max_size=20), st.lists(st.text(max_size=20), min_size=1, max_size=4))
def test_stable_ids_are_uuid5_of_the_namespace_and_key(namespace, parts):
    import uuid

    from exporters.tables_import import NAMESPACE, stable_id

    expected = uuid.uuid5(NAMESPACE, "\x1f".join((namespace, *parts)))
    assert stable_id(namespace, *parts) == str(expected) and expected.version == 5
