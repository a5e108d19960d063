"""The case list's orders come from covering indexes (db.list_schema) and stay what they were: the
vocabulary's order for status and campaign (values outside it last, first when descending), every
other key by value, ties by reference; a filter or a search narrows without reordering."""

from __future__ import annotations

import pytest

from db import caselist
from db.models import Case
from db.vault import Vault
from tests.conftest import PASSPHRASE

STATUSES = ["closed", "open", "monitoring", "open", "closed"]


@pytest.fixture
def listed(tmp_path):
    with Vault.create(tmp_path / "v.cvault", PASSPHRASE) as v:
        v.repos.cases.add_many([Case(reference=f"R-{n:03}", title=f"title {9 - n}", status=s, campaign="fox_hunt",
                                     host_country="CA" if n % 2 else "FR") for n, s in enumerate(STATUSES)])
        with v.write():  # a value written outside CaseVault, outside the vocabulary
            v.conn.execute("UPDATE cases SET status = 'archived' WHERE reference = 'R-004'")
        yield v


def refs(v, **query):
    rows = caselist.case_rows(v, ids := caselist.case_ids(v, caselist.CaseQuery(**query)))
    return [rows[i].reference for i in ids]


def test_status_sorts_in_vocabulary_order_with_unknown_values_last(listed):
    assert refs(listed, sort="status") == ["R-001", "R-003", "R-002", "R-000", "R-004"]
    assert refs(listed, sort="status", descending=True) == ["R-004", "R-000", "R-002", "R-003", "R-001"]


def test_other_orders_and_filters(listed):
    assert refs(listed) == ["R-000", "R-001", "R-002", "R-003", "R-004"]
    assert refs(listed, descending=True) == ["R-004", "R-003", "R-002", "R-001", "R-000"]
    assert refs(listed, sort="title") == ["R-004", "R-003", "R-002", "R-001", "R-000"]
    assert refs(listed, sort="host_country") == ["R-001", "R-003", "R-000", "R-002", "R-004"]
    assert refs(listed, sort="status", host_country=("CA",)) == ["R-001", "R-003"]


@pytest.mark.parametrize("sort", list(caselist.SORT_KEYS))
def test_every_order_reads_an_index_alone(listed, sort):
    """Without a filter, each order is a scan of a covering index: no case row is read."""
    key = caselist.SORT_KEYS[sort]
    order = "reference, id" if key == "reference" else f"{key}, reference, id"
    plan = " ".join(r[3] for r in listed.conn.execute(f"EXPLAIN QUERY PLAN SELECT id FROM cases ORDER BY {order}"))
    assert "COVERING INDEX" in plan and "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize("text", ["Montreal", "林晓梅", "lin", "xiaomei", "passport -montréal", "-passport",
                                  '"pension was"', "公安", "CV-2024", "zzzz"])
def test_the_list_shows_exactly_what_search_finds_in_reference_order(demo_vault, text):
    from db.search import matching_case_ids

    listed = caselist.case_ids(demo_vault, caselist.CaseQuery(text=text))
    found = matching_case_ids(demo_vault, text)
    assert set(listed) == set(found)
    rows = caselist.case_rows(demo_vault, listed)
    assert [rows[i].reference for i in listed] == sorted(rows[i].reference for i in listed)


def test_the_tactic_filter_finds_every_case_with_an_incident_of_that_tactic(demo_vault):
    for tactic in {i.tactic for i in demo_vault.repos.incidents.all()}:
        expected = {i.case_id for i in demo_vault.repos.incidents.all() if i.tactic == tactic}
        assert set(caselist.case_ids(demo_vault, caselist.CaseQuery(tactic=(tactic,)))) == expected, tactic


@pytest.mark.parametrize("text", ["晓梅", "lin", "wenzhou", "police"])
def test_search_names_each_case_once_though_it_matches_in_its_own_text_and_in_a_name(demo_vault, text):
    from db.search import matching_case_ids, search

    found = matching_case_ids(demo_vault, text) or []
    assert len(found) == len(set(found))
    hits = [h.case_id for h in search(demo_vault, text)]
    assert len(hits) == len(set(hits))


@pytest.mark.parametrize("sort", list(caselist.SORT_KEYS))
@pytest.mark.parametrize("text", ["Montreal", "lin", "passport -montréal", "-passport", "公安", "police", "zzzz"])
def test_walking_the_list_and_fetching_the_matches_give_the_same_list(demo_vault, monkeypatch, text, sort):
    """A search matching many cases walks the list's order and tests each case; one matching few
    fetches its matches and sorts them. Both plans give the same ids in the same order, filtered or not."""
    queries = [caselist.CaseQuery(text=text, sort=sort), caselist.CaseQuery(text=text, sort=sort, descending=True),
               caselist.CaseQuery(text=text, sort=sort, status=("open", "monitoring"))]
    lists = {}
    for plan, threshold in (("walk", 0), ("fetch", 10**9)):
        monkeypatch.setattr(caselist, "_walk_from", lambda vault, sort, n=threshold: n)
        lists[plan] = [caselist.case_ids(demo_vault, q) for q in queries]
    assert lists["walk"] == lists["fetch"]
    assert set(lists["walk"][0]) == set(lists["walk"][1])


def test_a_search_counts_its_matches_only_as_far_as_asked(demo_vault):
    from db.search import case_match, matching_case_ids

    match = case_match("CV")
    n = len(matching_case_ids(demo_vault, "CV") or [])
    assert n >= 2
    assert match.at_least(demo_vault.conn, n) and not match.at_least(demo_vault.conn, n + 1)
    assert case_match("-police").at_least(demo_vault.conn, 10**6)  # exclusions: assumed to keep most cases
