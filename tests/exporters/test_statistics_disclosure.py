"""The invariant of disclosure control, stated as a property (hypothesis): in a published table no
hidden count can be worked out from what is printed. Checked by brute force: every way of filling
the hidden cells that agrees with the printed counts and totals is enumerated, and each hidden cell
must take at least two values across them. Also: printed counts are exact, small ones are always
hidden, and a table is suppressed when its total is below the threshold."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from exporters.statistics_disclosure import SMALL, WITHHELD, Constraint, Key, bounds, protect


def fillings(counts: Mapping[Key, int], hidden: Mapping[Key, str], constraints: Sequence[Constraint],
             threshold: int, total: int) -> list[dict[Key, int]]:
    """Every assignment of the hidden cells within what a reader knows (their bounds, the totals)."""
    ranges = bounds(hidden, threshold, total)
    cells = sorted(hidden, key=repr)
    out: list[dict[Key, int]] = []
    chosen: dict[Key, int] = {}

    def fits() -> bool:
        for c in constraints:
            low = high = 0
            for k in c.cells:
                if k not in hidden:
                    low += counts.get(k, 0)
                    high += counts.get(k, 0)
                elif k in chosen:
                    low += chosen[k]
                    high += chosen[k]
                else:
                    low += ranges[k][0]
                    high += ranges[k][1]
            if not low <= c.total <= high:
                return False
        return True

    def walk(n: int) -> None:
        if not fits():
            return
        if n == len(cells):
            out.append(dict(chosen))
            return
        lo, hi = ranges[cells[n]]
        for value in range(lo, hi + 1):
            chosen[cells[n]] = value
            walk(n + 1)
        del chosen[cells[n]]

    walk(0)
    return out


def check(counts: dict[Key, int], constraints: list[Constraint], threshold: int, total: int) -> None:
    result = protect(counts, constraints, threshold, total)
    if 0 < total < threshold:
        assert result.suppressed
        return
    if result.suppressed:
        return  # nothing printed: nothing to work out
    hidden = result.hidden
    for k, n in counts.items():
        if 0 < n < threshold:
            assert hidden.get(k) == SMALL  # every small count is hidden
        elif k in hidden:
            assert hidden[k] == WITHHELD and n >= threshold
    if not hidden:
        return
    solutions = fillings(counts, hidden, constraints, threshold, total)
    assert {k: counts[k] for k in hidden} in solutions  # the truth is one of them
    for k in hidden:
        assert len({s[k] for s in solutions}) >= 2, (k, counts, hidden)


thresholds = st.integers(min_value=3, max_value=6)


@settings(max_examples=300, deadline=None)
@given(values=st.lists(st.integers(min_value=0, max_value=14), min_size=1, max_size=7), threshold=thresholds,
       exclusive=st.booleans(), extra=st.integers(min_value=0, max_value=10))
def test_one_way_tables_hide_what_cannot_be_worked_out(values, threshold, exclusive, extra):
    counts: dict[Key, int] = {(str(n), ""): v for n, v in enumerate(values)}
    if exclusive:  # every unit in one row: the rows add up to the printed total
        total = sum(values)
        constraints = [Constraint(tuple(counts), total)]
    else:  # a unit may be in several rows: the total is the distinct units, no sum is known
        total = max(max(values), sum(values) - extra) if sum(values) else 0
        constraints = []
    check(counts, constraints, threshold, total)


@settings(max_examples=200, deadline=None)
@given(grid=st.lists(st.lists(st.integers(min_value=0, max_value=9), min_size=1, max_size=3), min_size=1,
                     max_size=3).filter(lambda g: len({len(r) for r in g}) == 1), threshold=thresholds)
def test_cross_tables_hide_what_cannot_be_worked_out_from_their_margins(grid, threshold):
    counts: dict[Key, int] = {(r, c): v for r, row in enumerate(grid) for c, v in enumerate(row)}
    rows, cols = range(len(grid)), range(len(grid[0]))
    constraints = [Constraint(tuple((r, c) for c in cols), sum(grid[r])) for r in rows]
    constraints += [Constraint(tuple((r, c) for r in rows), sum(grid[r][c] for r in rows)) for c in cols]
    total = sum(map(sum, grid))
    constraints.append(Constraint(tuple(counts), total))
    check(counts, constraints, threshold, total)


def test_one_small_cell_in_a_breakdown_is_not_left_alone():
    # 7 + 9 + 2 = 18 printed as a total: "fewer than 5" alone would give the 2 away.
    counts = {"a": 7, "b": 9, "c": 2}
    result = protect(counts, [Constraint(("a", "b", "c"), 18)], 5, 18)
    assert result.hidden == {"c": SMALL, "a": WITHHELD} and not result.suppressed


def test_two_single_cases_are_not_left_as_a_pair():
    # Two hidden cells adding up to 2 are both 1: the smallest printed count is withheld as well.
    counts = {"a": 1, "b": 1, "c": 6}
    result = protect(counts, [Constraint(("a", "b", "c"), 8)], 5, 8)
    assert result.hidden["c"] == WITHHELD or result.suppressed


def test_a_table_of_fewer_cases_than_the_threshold_is_suppressed():
    assert protect({"a": 3, "b": 1}, [], 5, 4).suppressed
    assert not protect({"a": 3, "b": 6}, [], 5, 9).suppressed


# -- tables printed together: by tactic and by PACE method ----------------------------------------

TACTICS = {"passport_or_document_refusal": "mobility", "exit_ban": "mobility", "interpol_notice": "co_opting",
           "deportation": "co_opting", "threat_online": "distance"}


def by_tactic_and_method(unit: str, tactic_counts: dict[str, int], method_counts: dict[str, int],
                         total: int) -> tuple[dict, dict]:
    """The two one-way tables as a public report prints them together: {value: (number, mark)}."""
    from exporters.statistics import CountTable, Disclosure, publish_all  # noqa: PLC0415

    def table(key: str, dim: str, counts: dict[str, int]) -> CountTable:
        rows = [k for k, n in counts.items() if n]
        return CountTable(key, unit, dim, "", rows, [""], {(k, ""): n for k, n in counts.items() if n},
                          lambda r, c: [], [], total, {}, {}, unit == "incidents", True)

    shown = publish_all([table("t", "tactic", tactic_counts), table("m", "pace", method_counts)],
                        Disclosure("public", 5))

    def seen(key: str) -> dict:
        p = shown[key]
        return {} if p.suppressed else {r: (s.value, s.mark) for (r, _c), s in p.cells.items()}

    return seen("t"), seen("m")


def fits(value: int, shown: tuple[int | None, str], most: int) -> bool:
    exact, mark = shown
    return value == exact if exact is not None else (1 <= value <= 4 if mark == SMALL else 5 <= value <= most)


@settings(max_examples=60, deadline=None)
@given(incidents=st.fixed_dictionaries({t: st.sampled_from([0, 0, 1, 2, 3, 5, 6, 10]) for t in TACTICS}),
       unit=st.sampled_from(["incidents", "cases"]), data=st.data())
def test_no_hidden_count_follows_from_tactics_and_their_pace_methods(incidents, unit, data):
    """Incidents (or cases) by tactic and by PACE method, printed side by side, let a reader work
    out no hidden count: an incident has one tactic, so a method's incidents are the sum of its
    tactics'; a case may have several, so a method's cases lie between its largest tactic and the
    sum of its tactics. Every filling of the hidden numbers that agrees with both tables (brute
    force) leaves each hidden count at two values at least."""
    methods = sorted(set(TACTICS.values()))
    if unit == "incidents":
        by_method = {m: sum(n for t, n in incidents.items() if TACTICS[t] == m) for m in methods}
        total = sum(incidents.values())
    else:  # cases with several tactics of one method count once under it
        by_method = {}
        for m in methods:
            members = [n for t, n in incidents.items() if TACTICS[t] == m]
            by_method[m] = data.draw(st.integers(max(members), sum(members)), label=m)
        total = max([sum(by_method.values()) - data.draw(st.integers(0, 3), label="shared"), *by_method.values()])
    tactics, pace = by_tactic_and_method(unit, incidents, by_method, total)
    if total < 5 or not tactics or not pace:
        return
    cells = [("t", k) for k, (v, _m) in tactics.items() if v is None] + [("m", k) for k, (v, _m) in pace.items()
                                                                          if v is None]
    if not cells:
        return
    known = {**{("t", t): incidents[t] for t in TACTICS}, **{("m", m): by_method[m] for m in methods}}
    shown = {**{("t", k): v for k, v in tactics.items()}, **{("m", k): v for k, v in pace.items()}}
    values: dict = {c: set() for c in cells}

    def method_fits(m: str, filled: dict) -> bool:
        members = [filled[("t", t)] for t in TACTICS if TACTICS[t] == m]
        if unit == "incidents":
            return filled[("m", m)] == sum(members)
        return max(members) <= filled[("m", m)] <= sum(members)

    def method_of(cell: tuple[str, str]) -> str:
        return cell[1] if cell[0] == "m" else TACTICS[cell[1]]

    cells.sort(key=lambda c: (method_of(c), c))  # a method's cells together: check each method when filled
    last = {method_of(c): n for n, c in enumerate(cells)}

    def walk(n: int, filled: dict) -> None:
        if n == len(cells):
            if unit == "cases" or sum(filled[("t", t)] for t in TACTICS) == total:
                for c in cells:
                    values[c].add(filled[c])
            return
        for v in range(1, total + 1):
            if fits(v, shown[cells[n]], total):
                filled[cells[n]] = v
                if last[method_of(cells[n])] == n and not method_fits(method_of(cells[n]), filled):
                    continue
                walk(n + 1, filled)
        filled[cells[n]] = known[cells[n]]

    walk(0, dict(known))
    assert all(known[c] in values[c] for c in cells)  # the truth is one of the fillings
    worked_out = {c: v for c, v in values.items() if len(v) == 1}
    assert not worked_out, (worked_out, incidents, by_method)
