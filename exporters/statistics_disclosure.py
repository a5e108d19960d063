"""Disclosure control for published counts: small numbers identify people.

The public profile applies three rules to the tables of a report (the internal profile shows exact
numbers):
1. A count from 1 to threshold - 1 is shown as "fewer than <threshold>" (SMALL). The threshold is 5
   by default and never below 3.
2. No hidden count may be worked out from what the report prints, all its tables taken together. A
   reader knows each hidden count's bounds (1 to threshold - 1 for a small one, at least the
   threshold for a withheld one) and how the printed numbers are linked (`Relation`): a breakdown
   where every case is in exactly one row adds up to the number of cases; a row of a cross-table
   adds up to that value's count in the one-way table; the incidents of a PACE method are the sum
   of its tactics' incidents. While some hidden count follows exactly from those (one small cell in
   a row whose total is printed; two hidden cells that must both be 1; a method's total less its
   printed tactics), a printed count that shares a relation with it is withheld too (WITHHELD,
   "withheld"): the one sharing the most relations with pinned counts, the smallest of those. A
   count no table prints (a cross-table's margin without its one-way table) or a table not
   published counts as unknown, and must not follow exactly either when it is a small one.
3. A table that still lets a reader work out a hidden count, or whose whole total is below the
   threshold (every count in it would concern fewer than that many cases), is suppressed.

Bounds are narrowed by interval propagation over the relations until nothing changes (for one
total this is exact, and it misses a count pinned by several sums together). Then every group of
linked hidden counts is checked exactly: a group of at most EXACT_UNKNOWNS counts by a search over
whole numbers, a bigger one (a cross-table with many small cells) by linear programming (HiGHS,
through highspy): each count's largest and smallest value under the relations; a count is free
only when a whole-number solution, checked here, gives it another value. Where the relations are
sums over two nested families of cells (a cross-table with its one-way tables and the total; by
tactic and by PACE method for incidents) the linear program's vertices are whole numbers and that
check is exact and fast; elsewhere (cases by tactic and by PACE method, which are bounds, not sums)
an integer program looks for a second solution, and a count no solver shows free within its time
limit counts as pinned: the check may then withhold more than needed, never less.
tests/exporters/test_statistics_disclosure.py checks rule 2 by enumerating every filling of the
hidden cells of small tables, tests/security/test_export_leaks_review.py across a report's tables,
and tests/exporters/test_statistics_disclosure_big.py on big cross-tables with their one-way
tables (an exact check of flows: a hidden count can change if and only if it lies on a cycle).

Pure functions: no vault, no Qt, any thread."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass

SMALL, WITHHELD = "small", "withheld"
DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3

Key = Hashable


@dataclass(frozen=True)
class Relation:
    """What a reader knows linking printed numbers: `low` <= the sum of coefficient * count over
    `terms` ((key, coefficient) pairs) <= `high` (None: no upper bound)."""

    terms: tuple[tuple[Key, int], ...]
    low: int
    high: int | None


def adds_up(parts: Sequence[Key], whole: Key) -> Relation:
    """The counts of `parts` add up to the count of `whole`."""
    return Relation((*((k, 1) for k in parts), (whole, -1)), 0, 0)


def at_most(part: Key, whole: Key) -> Relation:
    return Relation(((whole, 1), (part, -1)), 0, None)


@dataclass(frozen=True)
class Constraint:
    """What a reader knows from a printed total: the counts of `cells` add up to `total`."""

    cells: tuple[Key, ...]
    total: int

    def relation(self) -> Relation:
        return Relation(tuple((k, 1) for k in self.cells), self.total, self.total)


@dataclass(frozen=True)
class Part:
    """One table of a report: the count of each cell, and the number of units it counts (printed)."""

    counts: Mapping[Key, int]
    total: int


@dataclass(frozen=True)
class Protected:
    """The outcome for one table: `hidden` maps each hidden cell to SMALL or WITHHELD; when
    `suppressed`, nothing of the table may be printed."""

    hidden: dict[Key, str]
    suppressed: bool


def check_threshold(threshold: int) -> int:
    if threshold < MIN_THRESHOLD:
        raise ValueError(f"the disclosure threshold must be at least {MIN_THRESHOLD}, not {threshold}")
    return threshold


def protect(counts: Mapping[Key, int], constraints: Sequence[Constraint], threshold: int, total: int) -> Protected:
    """Which cells of a table on its own to hide (rules 1-3 above). `total` is the number of units
    (cases, incidents, persons) the table counts, which the report prints."""
    relations = [Relation(tuple((((), k), 1) for k in c.cells), c.total, c.total) for c in constraints]
    return protect_all({(): Part(counts, total)}, relations, threshold)[()]


def protect_all(parts: Mapping[Key, Part], relations: Sequence[Relation], threshold: int,
                unprinted: Mapping[Key, tuple[int, int]] | None = None) -> dict[Key, Protected]:
    """Which cells of a report's tables to hide (rules 1-3 above), the tables taken together.
    `parts` are the tables by name; a relation's terms name a cell as (table name, cell key), or a
    count no table prints, given in `unprinted` as its value and the most it could be."""
    check_threshold(threshold)
    unprinted = dict(unprinted or {})
    suppressed = {name for name, p in parts.items() if 0 < p.total < threshold}
    hidden: dict[tuple[Key, Key], str] = {(name, k): SMALL for name, p in parts.items() if name not in suppressed
                                          for k, v in p.counts.items() if 0 < v < threshold}
    touching: dict[Key, list[Relation]] = {}
    for rel in relations:
        for k, _a in rel.terms:
            touching.setdefault(k, []).append(rel)

    def value(key: Key) -> int:
        if key in unprinted:
            return unprinted[key][0]
        name, cell = key  # type: ignore[misc]
        return parts[name].counts.get(cell, 0)

    def printed(key: Key) -> bool:
        return key not in unprinted and key not in hidden and key[0] not in suppressed  # type: ignore[index]

    while True:
        ranges = {}
        for key in touching:
            if key in unprinted:
                ranges[key] = (0, unprinted[key][1])
            elif key[0] in suppressed:  # type: ignore[index]
                ranges[key] = (0, parts[key[0]].total)  # type: ignore[index]
            elif key in hidden:
                ranges[key] = bounds({key: hidden[key]}, threshold, parts[key[0]].total)[key]  # type: ignore[index]
        pinned = [k for k in narrowed(relations, ranges, value) if k in hidden or 0 < value(k) < threshold]
        if not pinned:
            break
        shared: dict[Key, int] = {}  # printed count -> how many relations it shares with a pinned one
        for p in pinned:
            for rel in touching[p]:
                for k, _a in rel.terms:
                    if printed(k) and value(k) > 0:
                        shared[k] = shared.get(k, 0) + 1
        if shared:
            key = min(shared, key=lambda k: (-shared[k], value(k), repr(k)))
            hidden[key] = WITHHELD  # type: ignore[index]
            continue
        owners = {p[0] for p in pinned if p in hidden}  # type: ignore[index]
        owners = owners or {k[0] for p in pinned for rel in touching[p] for k, _a in rel.terms
                            if k not in unprinted and k[0] not in suppressed}  # type: ignore[index]
        if not owners and suppressed == set(parts):
            break
        suppressed |= owners or set(parts)
        hidden = {k: mark for k, mark in hidden.items() if k[0] not in suppressed}  # type: ignore[index]
    out = {name: Protected({}, True) for name in suppressed}
    for name in parts:
        if name not in suppressed:
            out[name] = Protected({cell: mark for (n, cell), mark in hidden.items() if n == name}, False)
    return out


def bounds(hidden: Mapping[Key, str], threshold: int, total: int) -> dict[Key, tuple[int, int]]:
    """What a reader knows of each hidden count before using the totals."""
    return {k: (1, threshold - 1) if mark == SMALL else (threshold, max(total, threshold))
            for k, mark in hidden.items()}


def derivable(counts: Mapping[Key, int], hidden: Mapping[Key, str], constraints: Sequence[Constraint],
              threshold: int, total: int) -> set[Key]:
    """Hidden cells of one table whose count a reader can work out exactly from the printed counts
    and totals."""
    return narrowed([c.relation() for c in constraints], bounds(hidden, threshold, total),
                    lambda k: counts.get(k, 0))


def _ceil(n: int, d: int) -> int:
    return -(-n // d)


# Groups of at most this many linked hidden counts are checked by a search over whole numbers (pure
# Python, quick for few counts); larger ones by linear and integer programming (_linear_pinned).
EXACT_UNKNOWNS = 40
SEARCH_STEPS = 5000


def narrowed(relations: Sequence[Relation], ranges: Mapping[Key, tuple[int, int]],
             value: Callable[[Key], int]) -> set[Key]:
    """The counts of `ranges` (what a reader knows of each count not printed: its lowest and
    highest value) that the relations pin to one value; `value(key)` gives a count (the printed
    ones are known; the others' true values are one solution). Interval propagation first; then,
    in every group of linked counts, a count is pinned unless a whole-number solution gives it
    another value (propagation alone misses sums of two hidden counts bounded together): a search
    in groups of at most EXACT_UNKNOWNS counts, linear and integer programming in bigger ones."""
    lo_hi = {k: [lo, hi] for k, (lo, hi) in ranges.items()}
    relevant = [r for r in relations if any(k in lo_hi for k, _a in r.terms)]
    _propagate(relevant, lo_hi, value)
    pinned = {k for k, (lo, hi) in lo_hi.items() if lo >= hi}
    for group in _groups(relevant, lo_hi):
        rels = [r for r in relevant if any(k in group for k, _a in r.terms)]
        if len(group) > EXACT_UNKNOWNS:
            pinned |= _linear_pinned(rels, group, lo_hi, value)
            continue
        for k in group:
            if k in pinned:
                continue
            truth = value(k)
            others = (v for v in _near(*lo_hi[k], truth) if v != truth)
            steps = [SEARCH_STEPS]
            if not any(_solvable(rels, {**{g: list(lo_hi[g]) for g in group}, k: [v, v]}, value, steps)
                       for v in others):
                pinned.add(k)
    return pinned


def _linear_pinned(relations: Sequence[Relation], group: set[Key], lo_hi: Mapping[Key, list[int]],
                   value: Callable[[Key], int]) -> set[Key]:
    """The counts of `group` that no whole-number solution of the relations within lo_hi moves from
    its true value. A count is free only on a witness: a solution, checked here in whole numbers,
    that gives it another value. Each count's largest and smallest value is sought by linear
    programming (HiGHS' simplex, warm-started from the previous basis); a vertex that is whole
    numbers is such a witness, and frees every count it moves. Where the linear bound allows a move
    but its vertex is not whole (a shape whose relations are not sums over two nested families, such
    as cases by tactic and by PACE method), an integer program looks for one. A bound that forbids
    any move proves the count pinned; a count the solvers cannot show free counts as pinned, so a
    solver's failure can only withhold more."""
    import highspy  # noqa: PLC0415 - with numpy: only reports with a big linked group pay for them
    import numpy as np  # noqa: PLC0415

    keys = sorted(group, key=repr)
    index = {k: i for i, k in enumerate(keys)}
    truth = [value(k) for k in keys]
    lows, highs = [lo_hi[k][0] for k in keys], [lo_hi[k][1] for k in keys]
    rows: list[tuple[int, int | None, list[tuple[int, int]]]] = []
    for rel in relations:
        known = sum(a * value(k) for k, a in rel.terms if k not in index)
        rows.append((rel.low - known, None if rel.high is None else rel.high - known,
                     [(index[k], a) for k, a in rel.terms if k in index]))

    def fits(x: list[int]) -> bool:
        if not all(lo <= v <= hi for v, lo, hi in zip(x, lows, highs, strict=True)):
            return False
        sums = ((low, high, sum(a * x[i] for i, a in terms)) for low, high, terms in rows)
        return all(low <= n and (high is None or n <= high) for low, high, n in sums)

    def solver() -> highspy._Highs:
        # The bare binding: highspy.Highs runs each solve in a thread of its own and prints a banner.
        h = highspy._Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("presolve", "off")  # keeps the basis between solves
        h.addVars(len(keys), np.array(lows, dtype=np.float64), np.array(highs, dtype=np.float64))
        starts, cols, coefs = [], [], []
        for _low, _high, terms in rows:
            starts.append(len(cols))
            cols += [i for i, _a in terms]
            coefs += [a for _i, a in terms]
        h.addRows(len(rows), np.array([low for low, _h, _t in rows], dtype=np.float64),
                  np.array([highspy.kHighsInf if high is None else high for _l, high, _t in rows], dtype=np.float64),
                  len(cols), np.array(starts, dtype=np.int32), np.array(cols, dtype=np.int32),
                  np.array(coefs, dtype=np.float64))
        return h

    free: set[int] = set()

    def found(x: list[float], i: int) -> bool:
        whole = [round(v) for v in x]
        if whole[i] == truth[i] or not fits(whole):
            return False
        free.update(j for j, v in enumerate(whole) if v != truth[j])
        return True

    lp = solver()
    mip: highspy._Highs | None = None
    maximize, minimize = highspy.ObjSense.kMaximize, highspy.ObjSense.kMinimize
    optimal = highspy.HighsModelStatus.kOptimal
    for i in range(len(keys)):
        if i in free or lows[i] >= highs[i]:
            continue
        maybe = []  # the directions a linear bound allows, with no whole witness yet
        lp.changeColCost(i, 1.0)
        for sense, step in ((maximize, 1), (minimize, -1)):
            lp.changeObjectiveSense(sense)
            lp.run()
            if lp.getModelStatus() != optimal:
                maybe.append(step)
                continue
            x = list(lp.getSolution().col_value)
            if step * (x[i] - truth[i]) < 1 - 1e-6:
                continue  # no move that way, even in fractions
            if found(x, i):
                break
            maybe.append(step)
        lp.changeColCost(i, 0.0)
        if i in free or not maybe:
            continue
        if mip is None:
            mip = solver()
            mip.setOptionValue("time_limit", 5.0)
            mip.changeColsIntegrality(len(keys), np.arange(len(keys), dtype=np.int32),
                                      np.array([highspy.HighsVarType.kInteger] * len(keys)))
        for step in maybe:
            mip.changeColBounds(i, truth[i] + 1 if step > 0 else lows[i], highs[i] if step > 0 else truth[i] - 1)
            mip.run()
            solved = mip.getModelStatus() == optimal and found(list(mip.getSolution().col_value), i)
            mip.changeColBounds(i, lows[i], highs[i])
            if solved:
                break
    return {k for i, k in enumerate(keys) if i not in free}


def _groups(relations: Sequence[Relation], lo_hi: Mapping[Key, list[int]]) -> list[set[Key]]:
    """The counts of lo_hi in groups linked by relations."""
    parent = {k: k for k in lo_hi}

    def root(k: Key) -> Key:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for rel in relations:
        linked = [k for k, _a in rel.terms if k in lo_hi]
        for k in linked[1:]:
            parent[root(k)] = root(linked[0])
    out: dict[Key, set[Key]] = {}
    for k in lo_hi:
        out.setdefault(root(k), set()).add(k)
    return list(out.values())


def _solvable(relations: Sequence[Relation], lo_hi: dict[Key, list[int]], value: Callable[[Key], int],
              steps: list[int]) -> bool:
    """Whether the relations have a whole-number solution within lo_hi (depth first, propagating
    at each step). Past `steps` it answers no: a count not shown to vary counts as pinned."""
    steps[0] -= 1
    if steps[0] < 0 or not _propagate(relations, lo_hi, value):
        return False
    open_ = [k for k, (lo, hi) in lo_hi.items() if lo < hi]
    if not open_:
        return True
    k = min(open_, key=lambda k: (lo_hi[k][1] - lo_hi[k][0], repr(k)))
    for v in _near(*lo_hi[k], value(k)):
        if _solvable(relations, {**{g: list(b) for g, b in lo_hi.items()}, k: [v, v]}, value, steps):
            return True
        if steps[0] < 0:
            return False
    return False


def _near(lo: int, hi: int, truth: int) -> Iterator[int]:
    """lo..hi, nearest to truth first."""
    start = min(max(truth, lo), hi)
    for step in range(hi - lo + 1):
        for v in ((start + step, start - step) if step else (start,)):
            if lo <= v <= hi:
                yield v
        if start + step >= hi and start - step <= lo:
            return


def _propagate(relations: Sequence[Relation], lo_hi: dict[Key, list[int]], value: Callable[[Key], int]) -> bool:
    """Narrow lo_hi in place over the relations until nothing changes; False when they cannot hold."""
    changed = True
    while changed:
        changed = False
        for rel in relations:
            low = high = 0  # of the sum, as far as known
            for k, a in rel.terms:
                lo, hi = lo_hi[k] if k in lo_hi else (value(k),) * 2
                low += min(a * lo, a * hi)
                high += max(a * lo, a * hi)
            if low > (high if rel.high is None else rel.high) or high < rel.low:
                return False
            for k, a in rel.terms:
                if k not in lo_hi:
                    continue
                lo, hi = lo_hi[k]
                mine_lo, mine_hi = min(a * lo, a * hi), max(a * lo, a * hi)
                floor = rel.low - (high - mine_hi)  # a * count lies between these
                ceiling = None if rel.high is None else rel.high - (low - mine_lo)
                if a > 0:
                    new_lo = max(lo, _ceil(floor, a))
                    new_hi = hi if ceiling is None else min(hi, ceiling // a)
                else:
                    new_lo = lo if ceiling is None else max(lo, _ceil(ceiling, a))
                    new_hi = min(hi, floor // a)
                if new_lo > new_hi:
                    return False
                if (new_lo, new_hi) != (lo, hi):
                    lo_hi[k] = [new_lo, new_hi]
                    low += min(a * new_lo, a * new_hi) - mine_lo
                    high += max(a * new_lo, a * new_hi) - mine_hi
                    changed = True
    return True
