"""Disclosure control for published counts: small numbers identify people.

The public profile applies three rules to every table (the internal profile shows exact numbers):
1. A count from 1 to threshold - 1 is shown as "fewer than <threshold>" (SMALL). The threshold is 5
   by default and never below 3.
2. No hidden count may be worked out from what the report prints. A reader knows each hidden
   count's bounds (1 to threshold - 1 for a small one, at least the threshold for a withheld one)
   and the totals the report prints (`Constraint`: these cells add up to that number, e.g. a
   breakdown where every case is in exactly one row adds up to the number of cases). While some
   hidden count follows exactly from those (one small cell in a row whose total is printed; two
   hidden cells that must both be 1), the smallest printed count that shares a total with it is
   withheld too (WITHHELD, "withheld").
3. A table that still lets a reader work out a hidden count, or whose whole total is below the
   threshold (every count in it would concern fewer than that many cases), is suppressed.

Bounds are narrowed by interval propagation over the totals until nothing changes; for one total
this is exact, and tests/exporters/test_statistics_disclosure.py checks rule 2 by enumerating
every filling of the hidden cells of small tables.

Pure functions: no vault, no Qt, any thread."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

SMALL, WITHHELD = "small", "withheld"
DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3

Key = Hashable


@dataclass(frozen=True)
class Constraint:
    """What a reader knows from a printed total: the counts of `cells` add up to `total`."""

    cells: tuple[Key, ...]
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
    """Which cells of a table to hide (rules 1-3 above). `total` is the number of units (cases,
    incidents, persons) the table counts, which the report prints."""
    check_threshold(threshold)
    if 0 < total < threshold:
        return Protected({}, True)
    hidden: dict[Key, str] = {k: SMALL for k, v in counts.items() if 0 < v < threshold}
    while True:
        pinned = derivable(counts, hidden, constraints, threshold, total)
        if not pinned:
            return Protected(hidden, False)
        sharing = {k for c in constraints if pinned & set(c.cells) for k in c.cells}
        candidates = [k for k in sharing if k not in hidden and counts.get(k, 0) > 0]
        if not candidates:
            return Protected(hidden, True)
        hidden[min(candidates, key=lambda k: (counts[k], repr(k)))] = WITHHELD


def bounds(hidden: Mapping[Key, str], threshold: int, total: int) -> dict[Key, tuple[int, int]]:
    """What a reader knows of each hidden count before using the totals."""
    return {k: (1, threshold - 1) if mark == SMALL else (threshold, max(total, threshold))
            for k, mark in hidden.items()}


def derivable(counts: Mapping[Key, int], hidden: Mapping[Key, str], constraints: Sequence[Constraint],
              threshold: int, total: int) -> set[Key]:
    """Hidden cells whose count a reader can work out exactly from the printed counts and totals."""
    lo_hi = {k: list(b) for k, b in bounds(hidden, threshold, total).items()}
    relevant = [c for c in constraints if any(k in lo_hi for k in c.cells)]
    changed = True
    while changed:
        changed = False
        for c in relevant:
            known = sum(counts.get(k, 0) for k in c.cells if k not in lo_hi)
            free = [k for k in c.cells if k in lo_hi]
            rest = c.total - known
            low_sum = sum(lo_hi[k][0] for k in free)
            high_sum = sum(lo_hi[k][1] for k in free)
            for k in free:
                lo, hi = lo_hi[k]
                new_lo = max(lo, rest - (high_sum - hi))
                new_hi = min(hi, rest - (low_sum - lo))
                if (new_lo, new_hi) != (lo, hi):
                    lo_hi[k] = [new_lo, new_hi]
                    low_sum += new_lo - lo
                    high_sum += new_hi - hi
                    changed = True
    return {k for k, (lo, hi) in lo_hi.items() if lo >= hi}
