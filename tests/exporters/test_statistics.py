"""Every statistics table on a generated vault, compared with counts done here, independently, from
the interchange export of the same vault (exporters.interchange.export_document): without filters,
with each filter of the case list and `casevault search`, and through the public profile."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import caselist, vocab
from db.caselist import CaseQuery
from db.search_filter import SearchFilters
from db.statistics_query import ALL_PARTS, PARTS, Selection, cases_behind, load
from db.vault import Vault
from exporters.interchange import export_document
from exporters.statistics import SMALL, STANDARD, WITHHELD, Disclosure, RowsNeeded, Statistics, compute, publish
from exporters.statistics_disclosure import derivable
from tests.conftest import PASSPHRASE
from tests.exporters.statistics_vault import WORD, build

CROSSES = [("cases", "year", "host_country"), ("cases", "tactic", "campaign"), ("incidents", "pace", "year")]


@pytest.fixture(scope="module")
def stats_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, dict[str, Any]]]:
    path = build(tmp_path_factory.mktemp("stats") / "stats.cvault", PASSPHRASE, cases=150)
    with Vault.open(path, PASSPHRASE) as v:
        yield v, export_document(v)


# -- counting by hand, from the export ----------------------------------------------------------------

def _year(incident: dict[str, Any]) -> str:
    date = incident["date_start"] or incident["date_end"]
    return date[:4] if date else ""


def _weights(doc: dict[str, Any]) -> dict[str, int]:
    return {p["id"]: (p["group_size"] or 2) if p["kind"] == "group" else 1 for p in doc["persons"]}


def expected(doc: dict[str, Any], case_ids: set[str]) -> dict[str, Counter[Any]]:
    """Each standard table as {row value: count}, and the cross-tables as {(row, col): count}."""
    cases = [c for c in doc["cases"] if c["id"] in case_ids]
    persons = {p["id"]: p for p in doc["persons"]}
    weight = _weights(doc)
    t: dict[str, Counter[Any]] = defaultdict(Counter)
    affected: dict[str, set[str]] = defaultdict(set)
    for c in cases:
        incidents = c["incidents"]
        years = [_year(i) for i in incidents if _year(i)]
        year = min(years) if years else ""
        t["cases_by_year"][year] += 1
        t["cases_by_host_country"][c["host_country"]] += 1
        t["cases_by_region"][" ".join(c["region"].split())] += 1
        t["cases_by_campaign"][c["campaign"]] += 1
        t["cases_by_outcome"][c["outcome"]] += 1
        tactics = {i["tactic"] for i in incidents} or {""}
        for tactic in tactics:
            t["cases_by_tactic"][tactic] += 1
            t["cases_by_tactic_and_campaign"][(tactic, c["campaign"])] += 1
        for method in {vocab.TACTICS[i["tactic"]].pace for i in incidents} or {""}:
            t["cases_by_pace"][method] += 1
        t["cases_by_year_and_host_country"][(year, c["host_country"])] += 1
        categories = {cat for r in c["roles"] if r["role"] == "target" for cat in persons[r["person_id"]]["categories"]}
        for cat in categories or {""}:
            t["cases_by_target_category"][cat] += 1
        returns = sorted((o["date"] is None, o["date"] or "") for o in c["outcomes"]
                         if o["outcome"].startswith("returned"))
        if returns:
            t["returns_by_year"][returns[0][1][:4]] += 1
        elif c["outcome"].startswith("returned"):
            t["returns_by_year"][""] += 1
        for r in c["roles"]:
            if r["role"] in ("target", "relative", "associate"):
                affected[r["role"]].add(r["person_id"])
        for i in incidents:
            t["incidents_by_year"][_year(i)] += 1
            t["incidents_by_tactic"][i["tactic"]] += 1
            t["incidents_by_pace"][vocab.TACTICS[i["tactic"]].pace] += 1
            t["incidents_by_involvement"][i["host_involvement"]] += 1
            t["incidents_by_pace_and_year"][(vocab.TACTICS[i["tactic"]].pace, _year(i))] += 1
            people = sum(weight[p] for p in i["target_ids"])
            if people >= 3:
                t["mass_events_by_year"][_year(i)] += 1
                t["mass_event_people_by_year"][_year(i)] += people
    for role, ids in affected.items():
        t["persons_by_role"][role] = sum(weight[p] for p in ids)
    return t


def expected_stations(doc: dict[str, Any], case_ids: set[str]) -> dict[str, set[str]]:
    stations = {o["id"] for o in doc["organisations"] if o["kind"] == "overseas_police_station"}
    found: dict[str, set[str]] = defaultdict(set)
    for c in doc["cases"]:
        if c["id"] in case_ids:
            for i in c["incidents"]:
                for a in i["actors"]:
                    if a["organisation_id"] in stations:
                        found[a["organisation_id"]].add(c["id"])
    return dict(found)


def as_counter(stats: Statistics, key: str) -> Counter[Any]:
    table = stats.table(key)
    if table.col_dim:
        return Counter({k: n for k, n in table.counts.items() if n})
    return Counter({r: table.count(r) for r in table.rows})


def check_all(vault: Vault, doc: dict[str, Any], selection: Selection, case_ids: set[str]) -> Statistics:
    """Every table, counted in SQL where it can be (the default parts) and from the rows."""
    want = expected(doc, case_ids)
    for parts in (PARTS, ALL_PARTS):
        stats = compute(load(vault, selection, parts), CROSSES)
        assert stats.cases == len(case_ids)
        assert stats.incidents == sum(len(c["incidents"]) for c in doc["cases"] if c["id"] in case_ids)
        assert all(stats.has(key) for key, _unit, _dim in STANDARD)
        for key, *_ in stats.specs:
            if stats.has(key):
                assert as_counter(stats, key) == +want[key], (key, parts)
        assert {s.id: set(s.case_ids) for s in stats.stations} == expected_stations(doc, case_ids)
    return stats


# -- the tests ------------------------------------------------------------------------------------

def test_every_table_of_the_whole_vault_matches_counts_from_the_export(stats_vault):
    vault, doc = stats_vault
    stats = check_all(vault, doc, Selection(), {c["id"] for c in doc["cases"]})
    assert stats.incidents == sum(len(c["incidents"]) for c in doc["cases"])
    # The generated vault exercises what the tables count: several of everything.
    assert len(stats.table("cases_by_tactic").rows) > 20 and len(stats.stations) >= 3
    assert stats.table("mass_events_by_year").total > 5 and stats.table("returns_by_year").total > 5
    roles = stats.table("persons_by_role")
    assert roles.total < roles.count("target") + roles.count("relative")  # a person in two roles counts once


def _pad(date: str, end: bool) -> str:
    return date + ("-12-31"[: 10 - len(date)] if end else "-01-01"[: 10 - len(date)])


def _overlaps(i: dict[str, Any], lo: str, hi: str) -> bool:
    first, last = i["date_start"] or i["date_end"], i["date_end"] or i["date_start"]
    return bool(first) and _pad(first, False) <= hi and _pad(last, True) >= lo


FILTERS = {
    "status": (SearchFilters(status=["open", "monitoring"]), lambda c: c["status"] in ("open", "monitoring")),
    "campaign": (SearchFilters(campaign=["fox_hunt"]), lambda c: c["campaign"] == "fox_hunt"),
    "tactic": (SearchFilters(tactic=["overseas_police_station", "exit_ban"]),
               lambda c: any(i["tactic"] in ("overseas_police_station", "exit_ban") for i in c["incidents"])),
    "host_country": (SearchFilters(host_country=["ca", "FR"]), lambda c: c["host_country"] in ("CA", "FR")),
    "outcome": (SearchFilters(outcome=["prosecuted"]),  # the current outcome or one in its history
                lambda c: c["outcome"] == "prosecuted" or any(o["outcome"] == "prosecuted" for o in c["outcomes"])),
    "tags": (SearchFilters(tags=["fox hunt", "FAMILLE"]),
             lambda c: {"fox hunt", "famille"} <= {t.casefold() for t in c["tags"]}),
    "dates": (SearchFilters(date_from="2016-03", date_to="2018"),
              lambda c: any(_overlaps(i, "2016-03-01", "2018-12-31") for i in c["incidents"])),
}


@pytest.mark.parametrize("name", FILTERS)
def test_tables_follow_each_filter_of_casevault_search(stats_vault, name):
    vault, doc = stats_vault
    filters, keep = FILTERS[name]
    case_ids = {c["id"] for c in doc["cases"] if keep(c)}
    assert 0 < len(case_ids) < len(doc["cases"])
    check_all(vault, doc, Selection(filters=filters), case_ids)


def test_tables_follow_text_and_filters_together(stats_vault):
    vault, doc = stats_vault
    case_ids = {c["id"] for c in doc["cases"] if WORD in c["summary"] and c["host_country"] in ("AU", "NL", "TH")}
    assert case_ids
    check_all(vault, doc, Selection(WORD, SearchFilters(host_country=["AU", "NL", "TH"])), case_ids)


def test_tables_follow_the_case_list_query(stats_vault):
    vault, doc = stats_vault
    query = CaseQuery(text=WORD, status=("open", "closed"), tags=("famille",))
    case_ids = set(caselist.case_ids(vault, query))  # exactly what the list shows
    assert case_ids == {c["id"] for c in doc["cases"]
                        if WORD in c["summary"] and c["status"] in ("open", "closed") and "famille" in c["tags"]}
    check_all(vault, doc, Selection(query=query), case_ids)


def test_the_cases_behind_a_cell_are_those_counted(stats_vault):
    vault, doc = stats_vault
    stats = compute(load(vault, Selection(), ALL_PARTS), CROSSES)
    by_id = {c["id"]: c for c in doc["cases"]}
    table = stats.table("cases_by_host_country")
    behind = table.cases_behind("FR")
    assert len(behind) == table.count("FR") and all(by_id[c]["host_country"] == "FR" for c in behind)
    cross = stats.table("cases_by_year_and_host_country")
    year, country = max(cross.counts, key=lambda k: cross.counts[k])
    assert len(cross.cases_behind(year, country)) == cross.count(year, country)
    incidents = stats.table("incidents_by_tactic")  # incidents: the cases that have them
    assert incidents.cases_behind("exit_ban") == {c["id"] for c in doc["cases"]
                                                 if any(i["tactic"] == "exit_ban" for i in c["incidents"])}


def test_the_cases_behind_numbers_counted_in_sql_are_found_in_sql(stats_vault):
    vault, doc = stats_vault
    counted = compute(load(vault, Selection()), CROSSES)
    rows = compute(load(vault, Selection(), ALL_PARTS), CROSSES)
    for key, parts in (("incidents_by_tactic", {"incidents"}), ("incidents_by_year", {"incidents"}),
                       ("cases_by_tactic", {"incidents"}), ("cases_by_pace", {"incidents"}),
                       ("persons_by_role", {"roles"})):
        table = counted.table(key)
        with pytest.raises(RowsNeeded) as missing:
            table.cases_behind(table.rows[0])
        assert missing.value.parts == parts
        for row in table.rows:
            assert cases_behind(vault, Selection(), table.unit, table.row_dim, row) == \
                rows.table(key).cases_behind(row), (key, row)
    assert "" in counted.table("cases_by_tactic").rows  # cases without incidents are listed too
    with_tactic = {c["id"] for c in doc["cases"] if any(i["tactic"] == "exit_ban" for i in c["incidents"])}
    assert cases_behind(vault, Selection(), "cases", "tactic", "exit_ban") == with_tactic
    assert counted.table("cases_by_host_country").cases_behind("FR")  # from the cases' own columns


def test_public_profile_hides_small_counts_and_nothing_else(stats_vault):
    vault, doc = stats_vault
    stats = compute(load(vault, Selection(), ALL_PARTS), CROSSES)
    hidden_somewhere = suppressed = 0
    for threshold in (3, 5, 8):
        disclosure = Disclosure("public", threshold)
        for table in stats.tables:
            shown = publish(table, disclosure)
            if shown.suppressed:
                suppressed += 1
                assert not shown.cells
                continue
            for cell, s in shown.cells.items():
                count = table.counts.get(cell, 0)
                if 0 < count < threshold:
                    assert s.value is None and s.mark == SMALL
                    hidden_somewhere += 1
                elif s.value is None:
                    assert s.mark == WITHHELD and count >= threshold
                else:
                    assert s.value == count
            hidden = {k: s.mark for k, s in shown.cells.items() if s.value is None}
            assert not derivable(table.counts, hidden, table.constraints(), threshold, table.total)
    assert hidden_somewhere and suppressed  # the generated vault has small cells and a table that isolates
    internal = publish(stats.table("cases_by_year_and_host_country"), Disclosure("internal"))
    assert not internal.suppressed and all(s.value is not None for s in internal.cells.values())


def test_a_public_table_of_one_case_is_suppressed(stats_vault):
    vault, doc = stats_vault
    one = doc["cases"][0]
    stats = compute(load(vault, Selection(query=CaseQuery(text=one["reference"]))))
    assert stats.cases == 1
    for table in stats.tables:
        if table.total:
            assert publish(table, Disclosure("public")).suppressed
            assert not publish(table, Disclosure("internal")).suppressed


def test_the_threshold_is_never_below_three():
    with pytest.raises(ValueError):
        Disclosure("public", 2)
    assert Disclosure("public", 3).threshold == 3


def test_an_empty_vault_counts_nothing(tmp_path: Path):
    with Vault.create(tmp_path / "empty.cvault", PASSPHRASE, author="t") as v:
        stats = compute(load(v, Selection()))
    assert stats.cases == 0 and all(t.total == 0 and not t.rows for t in stats.tables)


def test_a_count_from_some_parts_gives_only_the_tables_they_hold(stats_vault):
    vault, doc = stats_vault
    full = compute(load(vault, Selection(), ALL_PARTS), CROSSES)
    cases_only = compute(load(vault, Selection(), frozenset()), CROSSES)
    assert cases_only.has("cases_by_host_country") and cases_only.has("cases_by_year_and_host_country")
    assert not cases_only.has("persons_by_role") and not cases_only.has("cases_by_tactic")
    counts = compute(load(vault, Selection()), CROSSES)  # one-way tables from SQL, no incident or role rows
    assert counts.has("cases_by_tactic") and counts.has("persons_by_role")
    assert not counts.has("cases_by_tactic_and_campaign") and not counts.has("incidents_by_pace_and_year")
    for key in ("cases_by_host_country", "cases_by_year", "cases_by_year_and_host_country"):
        assert cases_only.table(key).counts == full.table(key).counts
    some = compute(load(vault, Selection(), frozenset({"incidents"})), CROSSES)
    assert some.has("cases_by_tactic_and_campaign") and not some.has("returns_by_year")
    assert some.table("cases_by_tactic").counts == full.table("cases_by_tactic").counts


_SELECTIONS = st.builds(
    lambda text, status, tactic, host, years: Selection(
        text, SearchFilters(status=status, tactic=tactic, host_country=host,
                            date_from=str(min(years)) if years else None, date_to=str(max(years)) if years else None)),
    st.sampled_from(["", WORD, "Case", "fox"]),
    st.lists(st.sampled_from(sorted(vocab.CASE_STATUS)), max_size=2, unique=True),
    st.lists(st.sampled_from(["exit_ban", "overseas_police_station", "threat_in_person", "family_pressure"]),
             max_size=2, unique=True),
    st.lists(st.sampled_from(["CA", "FR", "AU", "NL", "US"]), max_size=3, unique=True),
    st.lists(st.integers(2010, 2024), max_size=2))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(selection=_SELECTIONS)
def test_counts_made_in_sql_equal_counts_made_from_rows_for_any_selection(stats_vault, selection):
    """Whatever the cases selected (none, a few, most, all), every one-way table counted in SQL
    holds the numbers the rows give, and each number lists as many cases as the rows say."""
    vault, _doc = stats_vault
    in_sql = compute(load(vault, selection, PARTS))
    from_rows = compute(load(vault, selection, ALL_PARTS))
    assert in_sql.cases == from_rows.cases and in_sql.incidents == from_rows.incidents
    for key, _unit, _dim in STANDARD:
        a, b = in_sql.table(key), from_rows.table(key)
        assert (a.rows, a.counts, a.total) == (b.rows, b.counts, b.total), key
        for row in b.rows:
            try:
                behind = a.cases_behind(row)
            except RowsNeeded:  # counted in SQL: found in SQL
                behind = cases_behind(vault, selection, a.unit, a.row_dim, row)
            assert behind == b.cases_behind(row), (key, row)
