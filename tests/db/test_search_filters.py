"""Search filters (status, campaign, tactic, host country, outcome, tags, incident date range), alone
and with a text query, checked against a direct reading of the records; the plain messages for
filters that cannot be read; `matching_case_ids` and the ranking of very common words."""

from __future__ import annotations

import random
from datetime import date

import pytest

import db.search
from db.errors import ValidationError
from db.models import Case, Incident
from db.search import SearchFilters, matching_case_ids, search
from db.search_index import first_day, last_day
from db.vault import Vault
from tests.conftest import PASSPHRASE

TACTICS = ["exit_ban", "threat_online", "family_pressure", "kidnapping_rendition"]
WORDS = ["police", "pension", "passport", "蒙特利尔", "Québec"]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    """60 random cases; returns the vault and, per case id, what the filters look at."""
    rng = random.Random(11)
    vault = Vault.create(tmp_path_factory.mktemp("filters") / "f.cvault", PASSPHRASE)
    facts: dict[str, dict] = {}
    with vault.write():
        for n in range(60):
            case = vault.repos.cases.add(Case(
                reference=f"F-{n:03d}", title=" ".join(rng.sample(WORDS, 2)),
                status=rng.choice(["open", "monitoring", "closed"]), campaign=rng.choice(["sky_net", "fox_hunt"]),
                host_country=rng.choice(["CA", "FR", "au"]), outcome=rng.choice(["unknown", "not_returned"]),
                tags=rng.sample(["Fox Hunt", "urgent", "Famille"], rng.randint(0, 2))))
            incidents = []
            for _ in range(rng.randint(0, 3)):
                start, end = random_dates(rng)
                incidents.append(Incident(case_id=case.id, tactic=rng.choice(TACTICS), date_start=start, date_end=end))
            vault.repos.incidents.add_many(incidents)
            facts[case.id] = {"case": case, "incidents": incidents}
    yield vault, facts
    vault.close()


def random_dates(rng: random.Random) -> tuple[str | None, str | None]:
    year = rng.randint(2014, 2020)
    kind = rng.random()
    if kind < 0.3:
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", None
    if kind < 0.55:
        return f"{year}-{rng.randint(1, 12):02d}", None
    if kind < 0.75:
        return str(year), None
    if kind < 0.9:
        return f"{year}-{rng.randint(1, 6):02d}", f"{year + rng.randint(0, 3)}-{rng.randint(7, 12):02d}"
    return None, None


def passes(fact: dict, f: SearchFilters) -> bool:
    """The filters' meaning, read straight off the records."""
    case: Case = fact["case"]
    incidents: list[Incident] = fact["incidents"]
    if f.status and case.status not in f.status or f.campaign and case.campaign not in f.campaign:
        return False
    if f.outcome and case.outcome not in f.outcome:
        return False
    if f.host_country and case.host_country.upper() not in [h.upper() for h in f.host_country]:
        return False
    if f.tactic and not any(i.tactic in f.tactic for i in incidents):
        return False
    if any(t.casefold() not in [x.casefold() for x in case.tags] for t in f.tags):
        return False
    if f.date_from or f.date_to:
        lo = first_day(f.date_from) if f.date_from else 0
        hi = last_day(f.date_to) if f.date_to else date.max.toordinal()
        return any((i.date_start or i.date_end) and first_day(i.date_start or i.date_end) <= hi
                   and last_day(i.date_end or i.date_start) >= lo for i in incidents)
    return True


def random_filters(rng: random.Random) -> SearchFilters:
    f = SearchFilters()
    if rng.random() < 0.4:
        f.status = rng.sample(["open", "monitoring", "closed"], rng.randint(1, 2))
    if rng.random() < 0.3:
        f.campaign = [rng.choice(["sky_net", "fox_hunt"])]
    if rng.random() < 0.4:
        f.tactic = rng.sample(TACTICS, rng.randint(1, 2))
    if rng.random() < 0.3:
        f.host_country = [rng.choice(["ca", "FR", "AU"])]
    if rng.random() < 0.2:
        f.outcome = ["not_returned"]
    if rng.random() < 0.3:
        f.tags = rng.sample(["fox hunt", "URGENT", "famille"], rng.randint(1, 2))
    if rng.random() < 0.5:
        f.date_from = rng.choice([None, "2015", "2016-07", "2017-02-14"])
        f.date_to = rng.choice([None, "2017", "2018-03", "2019-12-31"])
    return f


@pytest.mark.parametrize("dense_min", [200, 0])  # 0: filter-only queries walk the cases in reference order
def test_filters_alone_and_with_text_match_a_direct_reading(world, monkeypatch, dense_min):
    monkeypatch.setattr(db.search, "DENSE_MIN", dense_min)
    vault, facts = world
    rng = random.Random(5)
    checked = 0
    for _ in range(150):
        f = random_filters(rng)
        if f.is_empty():
            continue
        query = rng.choice(["", "", "police", "蒙特", "quebec -pension"])
        expected = {cid for cid, fact in facts.items() if passes(fact, f)
                    and (not query or text_matches(fact["case"].title, query))}
        got = matching_case_ids(vault, query, f)
        assert got is not None and set(got) == expected and len(got) == len(expected), (query, f)
        assert {h.case_id for h in search(vault, query, f, limit=1000)} == expected
        if not query:
            first = sorted(facts[cid]["case"].reference for cid in expected)[:3]
            assert [h.reference for h in search(vault, query, f, limit=3)] == first
        checked += 1 if expected else 0
    assert checked > 30  # most combinations found something, so emptiness was not what passed


def text_matches(title: str, query: str) -> bool:
    folded = title.casefold().replace("é", "e")
    words = query.split()
    return all((w[1:] not in folded) if w.startswith("-") else (w in folded) for w in words)


def test_date_range_overlap_uses_the_precision_of_each_date(vault):
    r = vault.repos
    ranged = r.cases.add(Case(reference="D-1", title="Range"))
    r.incidents.add(Incident(case_id=ranged.id, tactic="exit_ban", date_start="2014", date_end="2016"))
    month = r.cases.add(Case(reference="D-2", title="Month"))
    r.incidents.add(Incident(case_id=month.id, tactic="exit_ban", date_start="2015-06"))
    undated = r.cases.add(Case(reference="D-3", title="Undated"))
    r.incidents.add(Incident(case_id=undated.id, tactic="exit_ban"))

    def refs(date_from: str | None, date_to: str | None) -> set[str]:
        return {h.reference for h in search(vault, "", SearchFilters(date_from=date_from, date_to=date_to))}

    assert refs("2015-06-30", "2015-06-30") == {"D-1", "D-2"}
    assert refs("2015-07", None) == {"D-1"}
    assert refs(None, "2014-01-01") == {"D-1"}
    assert refs("2016-12-31", "2020") == {"D-1"}
    assert refs("2017", None) == set()
    assert refs("2015", "2015") == {"D-1", "D-2"}


@pytest.mark.parametrize(("filters", "message"), [
    (SearchFilters(status=["opened"]), "There is no status 'opened'; use one of: open, monitoring, closed."),
    (SearchFilters(tactic=["poisoning"]), "There is no tactic 'poisoning'"),
    (SearchFilters(campaign=["'; DROP TABLE cases"]), "There is no campaign"),
    (SearchFilters(date_from="2015-13"), "The 'from' date '2015-13' is not a date"),
    (SearchFilters(date_to="last week"), "The 'to' date 'last week' is not a date"),
    (SearchFilters(date_from="2016", date_to="2015"), "The 'from' date is after the 'to' date."),
])
def test_filters_that_cannot_be_read_get_a_plain_message(world, filters, message):
    with pytest.raises(ValidationError) as err:
        search(world[0], "police", filters)
    assert message in str(err.value)


def test_labels_and_case_work_as_filter_values(world):
    vault, _ = world
    by_key = matching_case_ids(vault, "", SearchFilters(status=["open"], tactic=["exit_ban"]))
    by_label = matching_case_ids(vault, "", SearchFilters(status=["Open"], tactic=["Exit ban"]))
    assert by_key == by_label and by_key


def test_an_unknown_tag_or_country_matches_nothing(world):
    vault, _ = world
    assert search(vault, "", SearchFilters(tags=["never used"])) == []
    assert matching_case_ids(vault, "police", SearchFilters(host_country=["ZZ"])) == []


def test_empty_query_without_filters_is_no_restriction(world):
    vault, facts = world
    assert matching_case_ids(vault, "") is None
    assert matching_case_ids(vault, "  ()  ") is None
    listed = search(vault, "", limit=1000)
    assert [h.reference for h in listed] == sorted(f["case"].reference for f in facts.values())
    assert len(search(vault, "", limit=7)) == 7


def test_filter_only_results_come_in_reference_order_with_no_field(world):
    hits = search(world[0], "", SearchFilters(status=["open"]))
    assert hits and [h.reference for h in hits] == sorted(h.reference for h in hits)
    assert all(h.field == "" and h.snippet == "" for h in hits)


def test_very_common_words_list_title_matches_first(vault, monkeypatch):
    r = vault.repos
    for n in range(6):  # one transaction each: "newest" is the order of first indexing
        case = r.cases.add(Case(reference=f"B-{n}", title="Body only", summary="the police came"))
    for n in range(3):
        r.cases.add(Case(reference=f"T-{n}", title="Police visit"))
    monkeypatch.setattr(db.search, "RANK_LIMIT", 2)  # force the path taken past 20,000 matches
    ranked = [h.reference for h in search(vault, "police -visit")] + [h.reference for h in search(vault, "police")]
    assert ranked[:6] == [f"B-{n}" for n in range(5, -1, -1)]  # no title match: newest first
    assert sorted(ranked[6:9]) == ["T-0", "T-1", "T-2"] and len(ranked) == 15
    assert [h.field for h in search(vault, "police", limit=4)] == ["title", "title", "title", "summary"]
    assert set(matching_case_ids(vault, "police") or []) == {h.case_id for h in search(vault, "police")}
    assert case.reference == "B-5"
