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
