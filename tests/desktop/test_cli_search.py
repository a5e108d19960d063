"""`casevault search` and `casevault reindex`, run in-process through main() on the demo vault."""

from __future__ import annotations

import pytest

from tests.desktop.conftest import run


def rows(out: str) -> list[list[str]]:
    return [line.split("\t") for line in out.splitlines()]


def test_search_prints_id_reference_title_like_cases(demo_path, capsys):
    _, cases_out, _ = run(capsys, "cases", str(demo_path))
    by_reference = {r[1]: r for r in rows(cases_out)}
    code, out, err = run(capsys, "search", str(demo_path), "晓梅")
    assert code == 0 and err == ""
    assert rows(out) == [by_reference["CV-2024-001"]]


def test_verbose_adds_the_field_and_a_highlighted_snippet(demo_path, capsys):
    code, out, _ = run(capsys, "search", str(demo_path), "xiaomei", "--verbose")
    assert code == 0
    [row] = rows(out)
    assert row[1] == "CV-2024-001" and row[3] == "person name" and row[4] == "Lin «Xiaomei»"


def test_several_cases_best_first(demo_path, capsys):
    code, out, _ = run(capsys, "search", str(demo_path), "wenzhou", "-v")
    assert code == 0 and {r[1] for r in rows(out)} == {"CV-2024-001", "CV-2021-003"}
    # The bureau's name, or a group's description ("Cousins in Wenzhou") found among the names.
    assert {r[1]: r[3] for r in rows(out)} == {"CV-2024-001": "person name", "CV-2021-003": "organisation name"}


def test_filters_with_and_without_text(demo_path, capsys):
    code, out, _ = run(capsys, "search", str(demo_path), "--status", "open,closed", "--from", "2017", "--to", "2018")
    assert code == 0 and [r[1] for r in rows(out)] == ["CV-2021-003"]
    code, out, _ = run(capsys, "search", str(demo_path), "--tag", "sky net", "--host-country", "fr")
    assert code == 0 and [r[1] for r in rows(out)] == ["CV-2023-014"]
    code, out, _ = run(capsys, "search", str(demo_path), "montreal", "--tactic", "threat_online",
                       "--tactic", "exit_ban", "--campaign", "fox_hunt", "--outcome", "not_returned")
    assert code == 0 and [r[1] for r in rows(out)] == ["CV-2024-001"]


def test_no_match_says_so_on_stderr(demo_path, capsys):
    assert run(capsys, "search", str(demo_path), "zzyzx") == (0, "", "No case matches.\n")


def test_limit_says_there_is_more(demo_path, capsys):
    code, out, err = run(capsys, "search", str(demo_path), "--limit", "2")
    assert code == 0 and len(rows(out)) == 2 and "--limit" in err


@pytest.mark.parametrize(("argv", "message"), [
    (["--status", "opened"], "There is no status 'opened'"),
    (["--from", "2015-13"], "The 'from' date '2015-13' is not a date"),
    (["x" * 1001], "The search text is too long"),
])
def test_bad_input_is_one_line_and_exit_2(demo_path, capsys, argv, message):
    code, out, err = run(capsys, "search", str(demo_path), *argv)
    assert code == 2 and out == "" and err.count("\n") == 1 and message in err and "Traceback" not in err


@pytest.mark.parametrize("query", ['"', "NEAR(a b)", "*", "'; DROP TABLE cases; --", "-", "(("])
def test_hostile_queries_exit_cleanly(demo_path, capsys, query):
    code, _, err = run(capsys, "search", str(demo_path), query)
    assert code == 0 and "casevault:" not in err


def test_reindex_reports_the_count_and_search_still_works(demo_path, capsys):
    code, _, err = run(capsys, "reindex", str(demo_path))
    assert code == 0 and err == "Search index rebuilt: 5 case(s) indexed.\n"
    code, out, _ = run(capsys, "search", str(demo_path), "何东升")
    assert code == 0 and [r[1] for r in rows(out)] == ["CV-2021-003"]
