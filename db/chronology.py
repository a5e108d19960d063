"""How a case's records are ordered and numbered for a reader: the chronology of incidents (dated
ones by their qualified dates, undated ones where a person placed them) and the citation numbers
of sources. Pure functions: the case view, `casevault show` and dossiers all use these.

Undated incidents: each may name the incident it comes after (`placed_after`, or "start" for the
very beginning); one that names nothing, or an incident no longer there, goes to the end. Several
placed after the same incident keep their creation order.

Source numbers: a source keeps the number it got when it was added (Source.number), so adding an
older source never renumbers the others. Sources recorded before numbers existed have none; in the
order they were added (`created_at`, which travels with the record, so every vault numbers them
alike; those added in the same millisecond by their date, then id) they take the lowest numbers no
numbered source holds, and numbered sources never reuse those numbers (a new source takes one past
the highest and past the count)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from db.dates import sort_key
from db.models import Incident, Outcome, Source

START = "start"  # placed_after: before every other incident


def _dated_key(i: Incident) -> tuple[int, int, str, str]:
    key = sort_key(i.date_start, i.date_end, i.date_qualifier)
    assert key is not None
    return key[0], key[1], i.created_at, i.id


def chronological(incidents: Sequence[Incident]) -> list[Incident]:
    """The incidents in the order a reader expects (see the module docstring)."""
    dated = sorted((i for i in incidents if sort_key(i.date_start, i.date_end, i.date_qualifier) is not None),
                   key=_dated_key)
    undated = sorted((i for i in incidents if sort_key(i.date_start, i.date_end, i.date_qualifier) is None),
                     key=lambda i: (i.created_at, i.id))
    ids = {i.id for i in incidents}
    after: dict[str, list[Incident]] = {}
    tail: list[Incident] = []
    for i in undated:
        anchor = i.placed_after
        if anchor == START or (anchor in ids and anchor != i.id):
            after.setdefault(anchor, []).append(i)  # type: ignore[arg-type]
        else:
            tail.append(i)
    out: list[Incident] = []
    placed: set[str] = set()

    def emit(i: Incident) -> None:
        if i.id in placed:
            return
        placed.add(i.id)
        out.append(i)
        for follower in after.get(i.id, ()):
            emit(follower)

    for i in after.get(START, ()):
        emit(i)
    for i in dated:
        emit(i)
    for i in tail:
        emit(i)
    for i in undated:  # a cycle of anchors (made on two laptops): still shown, at the end
        emit(i)
    return out


def _undated(i: Incident) -> bool:
    return sort_key(i.date_start, i.date_end, i.date_qualifier) is None


def move(incidents: Sequence[Incident], incident_id: str, step: int) -> dict[str, str]:
    """New `placed_after` values that move an undated incident `step` places (-1 up, +1 down) in
    the chronology: {incident id: anchor} for the undated incidents whose anchor changes. Empty
    when it cannot move (it has a date, or is at an end)."""
    order = chronological(incidents)
    at = next((n for n, i in enumerate(order) if i.id == incident_id), None)
    if at is None or not _undated(order[at]) or not 0 <= at + step < len(order):
        return {}
    order.insert(at + step, order.pop(at))
    changes: dict[str, str] = {}
    for n, i in enumerate(order):
        if _undated(i):
            anchor = order[n - 1].id if n else START
            if i.placed_after != anchor:
                changes[i.id] = anchor
    return changes


def by_date(outcomes: Sequence[Outcome]) -> list[Outcome]:
    """A case's outcomes in date order, undated ones last, each in creation order."""
    def key(o: Outcome) -> tuple[int, int, int, str, str]:
        k = sort_key(o.date, None, o.date_qualifier)
        return (0, *k, o.created_at, o.id) if k else (1, 0, 0, o.created_at, o.id)
    return sorted(outcomes, key=key)


def source_numbers(sources: Sequence[Source]) -> dict[str, int]:
    """Source id -> its citation number (see the module docstring)."""
    unnumbered = sorted((s for s in sources if s.number is None),
                        key=lambda s: (s.created_at, s.date is None or s.date == "", s.date or "", s.id))
    out = {s.id: s.number for s in sources if s.number is not None}
    taken = set(out.values())
    free = (n for n in itertools.count(1) if n not in taken)
    out.update({s.id: next(free) for s in unnumbered})
    return out


def next_source_number(numbers: Sequence[int | None]) -> int:
    """The number a new source takes in a case whose sources have these numbers (None: not numbered)."""
    return max([len(numbers), *(n for n in numbers if n is not None)], default=0) + 1
