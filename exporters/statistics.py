"""Counts across cases: the tables that documenting groups publish (docs/statistics.md), computed
over the cases a Selection picks (the same ids as the case list or `casevault search`).

    facts = db.statistics_query.load(vault, selection)     # on the vault's thread
    stats = compute(facts, crosses=[("cases", "year", "host_country")])
    shown = publish(stats.table("cases_by_year"), Disclosure("public"))

Each CountTable keeps, for every cell, the ids of the cases behind it (`cases_behind`), so that a
number can be traced back to its cases. What a table counts:
- cases: each selected case once per value it has. A case's year is the year of its earliest dated
  incident; its tactics, PACE methods and host-state parts are those of its incidents, so a case
  appears in several rows of those tables (they are not "exclusive"); its target categories are
  those of the persons who are its targets; its outcome is its current outcome.
- incidents: each incident of a selected case once (year of its start, or of its end).
- persons: distinct persons who are a target, relative or associate in a selected case; a group
  counts as its recorded size (at least 2 when unknown).
- events: mass events, incidents aimed at three people or more (db.search_index.MASS_EVENT).
- returns: selected cases whose outcome history (or current outcome) records a return, by the
  year of the first dated return.

No SQL here (db.statistics_query reads), no Qt: any thread, given the facts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from db import vocab
from db.search_index import MASS_EVENT
from db.statistics_query import CaseFact, Facts, IncidentFact, StationFact
from exporters.statistics_disclosure import (
    DEFAULT_THRESHOLD,
    SMALL,
    WITHHELD,
    Constraint,
    check_threshold,
    protect,
)

UNITS = ("cases", "incidents", "persons", "events")
# Kinds of source a public report may name (a station's source); others print as their kind only.
PUBLISHED_SOURCES = ("news_article", "ngo_report", "official_chinese_source", "court_record")
PROFILES = ("internal", "public")

Values = tuple[str, ...]

# Dimensions: a function giving each unit's values, whether every unit has exactly one value
# (then the rows add up to the total), and the vocabulary that orders and names the values.
CASE_DIMENSIONS: dict[str, tuple[Callable[[CaseFact], Values], bool, dict[str, str] | None]] = {
    "year": (lambda c: (c.year,), True, None),
    "host_country": (lambda c: (c.host_country,), True, None),
    "region": (lambda c: (c.region,), True, None),
    "campaign": (lambda c: (c.campaign,), True, vocab.CAMPAIGN),
    "status": (lambda c: (c.status,), True, vocab.CASE_STATUS),
    "outcome": (lambda c: (c.outcome,), True, vocab.OUTCOME),
    "tactic": (lambda c: tuple(c.tactics) or ("",), False, vocab.TACTIC),
    "pace": (lambda c: tuple(c.pace) or ("",), False, vocab.PACE_GROUP),
    "involvement": (lambda c: tuple(c.involvement) or ("",), False, vocab.HOST_INVOLVEMENT),
    "target_category": (lambda c: tuple(c.categories) or ("",), False, vocab.TARGET_CATEGORY),
    "return_year": (lambda c: () if c.return_year is None else (c.return_year,), True, None),
}
INCIDENT_DIMENSIONS: dict[str, tuple[Callable[[IncidentFact], Values], bool, dict[str, str] | None]] = {
    "year": (lambda i: (i.year,), True, None),
    "host_country": (lambda i: (i.host_country,), True, None),
    "tactic": (lambda i: (i.tactic,), True, vocab.TACTIC),
    "pace": (lambda i: (i.pace,), True, vocab.PACE_GROUP),
    "involvement": (lambda i: (i.involvement,), True, vocab.HOST_INVOLVEMENT),
}
VOCABULARY: dict[str, dict[str, str]] = {
    **{d: v for d, (_, _, v) in CASE_DIMENSIONS.items() if v}, **{d: v for d, (_, _, v) in INCIDENT_DIMENSIONS.items()
                                                                  if v},
    "role": {k: vocab.ROLE[k] for k in ("target", "relative", "associate")},
}
# Dimensions a cross-table can use, per unit (the view and `casevault report --cross` offer these).
CROSS_DIMENSIONS = {"cases": tuple(d for d in CASE_DIMENSIONS if d != "return_year"),
                    "incidents": tuple(INCIDENT_DIMENSIONS)}

# The standard tables, in report order: (key, unit, dimension).
STANDARD: tuple[tuple[str, str, str], ...] = (
    ("cases_by_year", "cases", "year"),
    ("incidents_by_year", "incidents", "year"),
    ("returns_by_year", "cases", "return_year"),
    ("cases_by_host_country", "cases", "host_country"),
    ("cases_by_region", "cases", "region"),
    ("cases_by_campaign", "cases", "campaign"),
    ("cases_by_tactic", "cases", "tactic"),
    ("incidents_by_tactic", "incidents", "tactic"),
    ("cases_by_pace", "cases", "pace"),
    ("incidents_by_pace", "incidents", "pace"),
    ("cases_by_outcome", "cases", "outcome"),
    ("incidents_by_involvement", "incidents", "involvement"),
    ("cases_by_target_category", "cases", "target_category"),
    ("persons_by_role", "persons", "role"),
    ("mass_events_by_year", "events", "year"),
    ("mass_event_people_by_year", "persons", "year"),
)

Cell = tuple[str, str]  # (row value, column value); one-way tables have the column ""
Unit = tuple[str, tuple[str, ...], int, Values, Values]  # (unit id, its cases, weight, row values, column values)


@dataclass
class CountTable:
    key: str
    unit: str
    row_dim: str
    col_dim: str  # "" for a one-way table
    rows: list[str]
    cols: list[str]
    counts: dict[Cell, int]
    units: Callable[[], list[Unit]]  # makes the units again, to find the cases behind a cell
    total: int  # units counted by the table (distinct)
    row_totals: dict[str, int] = field(default_factory=dict)  # units per row value (cross-tables)
    col_totals: dict[str, int] = field(default_factory=dict)
    rows_exclusive: bool = True  # each unit in exactly one row
    cols_exclusive: bool = True

    def count(self, row: str, col: str = "") -> int:
        return self.counts.get((row, col), 0)

    def cases_behind(self, row: str, col: str = "") -> frozenset[str]:
        """Ids of the cases behind one cell."""
        return frozenset(case_id for _u, case_ids, _w, row_values, col_values in self.units()
                         if row in row_values and col in col_values for case_id in case_ids)

    def constraints(self) -> list[Constraint]:
        """The sums a reader of the printed table knows (for disclosure control): a breakdown
        where every unit has one value adds up to the total; in a cross-table, a row adds up to
        its row total when every unit has one column value, and a column likewise."""
        cells = [(r, c) for r in self.rows for c in self.cols]
        if not self.col_dim:
            return [Constraint(tuple(cells), self.total)] if self.rows_exclusive else []
        out = []
        if self.cols_exclusive:
            out += [Constraint(tuple((r, c) for c in self.cols), self.row_totals.get(r, 0)) for r in self.rows]
        if self.rows_exclusive:
            out += [Constraint(tuple((r, c) for r in self.rows), self.col_totals.get(c, 0)) for c in self.cols]
        if self.rows_exclusive and self.cols_exclusive:
            out.append(Constraint(tuple(cells), self.total))
        return out


@dataclass
class Statistics:
    tables: list[CountTable]
    stations: list[StationFact]
    cases: int
    incidents: int
    filtered: bool

    def table(self, key: str) -> CountTable:
        return next(t for t in self.tables if t.key == key)


# -- counting ------------------------------------------------------------------------------------

def _units(facts: Facts, unit: str, row_dim: str, col_dim: str = "") -> tuple[list[Unit], bool, bool]:
    if unit == "cases":
        row_f, row_x, _ = CASE_DIMENSIONS[row_dim]
        col_f, col_x, _ = CASE_DIMENSIONS[col_dim] if col_dim else (lambda _c: ("",), True, None)
        return [(c.id, (c.id,), 1, row_f(c), col_f(c)) for c in facts.cases], row_x, col_x
    if unit == "persons" and row_dim == "role":
        roles: dict[str, set[str]] = {}
        cases: dict[str, list[str]] = {}
        weight: dict[str, int] = {}
        for p in facts.persons:  # the same person in several cases is one person, traced to each case
            roles.setdefault(p.person_id, set()).add(p.role)
            cases.setdefault(p.person_id, []).append(p.case_id)
            weight[p.person_id] = p.people
        return [(pid, tuple(cases[pid]), weight[pid], tuple(sorted(r)), ("",)) for pid, r in roles.items()], \
            False, True
    incidents: Iterable[IncidentFact] = facts.incidents
    if unit in ("events", "persons"):  # mass events, or the people they were aimed at
        incidents = [i for i in facts.incidents if i.people >= MASS_EVENT]
    row_f, row_x, _ = INCIDENT_DIMENSIONS[row_dim]
    col_f, col_x, _ = INCIDENT_DIMENSIONS[col_dim] if col_dim else (lambda _i: ("",), True, None)
    return [(i.id, (i.case_id,), i.people if unit == "persons" else 1, row_f(i), col_f(i)) for i in incidents], \
        row_x, col_x


def count_table(facts: Facts, key: str, unit: str, row_dim: str, col_dim: str = "") -> CountTable:
    """One table of counts (a cross-table when `col_dim` is given)."""
    units, row_x, col_x = _units(facts, unit, row_dim, col_dim)
    counts: Counter[Cell] = Counter()
    row_totals: Counter[str] = Counter()
    col_totals: Counter[str] = Counter()
    total = 0
    for _uid, _cases, weight, row_values, col_values in units:
        if not row_values or not col_values:
            continue
        total += weight
        for r in row_values:
            row_totals[r] += weight
            for c in col_values:
                counts[(r, c)] += weight
        for c in col_values:
            col_totals[c] += weight
    rows = order(row_dim, row_totals)
    cols = order(col_dim, col_totals) if col_dim else [""]
    return CountTable(key, unit, row_dim, col_dim, rows, cols, dict(counts),
                      lambda: _units(facts, unit, row_dim, col_dim)[0], total, dict(row_totals), dict(col_totals),
                      row_x, col_x)


def order(dim: str, totals: Counter[str]) -> list[str]:
    """Row order: years and dates ascending, vocabularies in their own order, free values (countries,
    regions) by count, largest first; "not recorded" last."""
    present = [k for k, n in totals.items() if n]
    known = sorted((k for k in present if k), key=_sort_key(dim, totals))
    return known + ([""] if "" in present else [])


def _sort_key(dim: str, totals: Counter[str]) -> Callable[[str], tuple[int, object, str]]:
    vocabulary = VOCABULARY.get(dim)
    if dim in ("year", "return_year"):
        return lambda k: (0, k, k)
    if vocabulary:
        place = {v: n for n, v in enumerate(vocabulary)}
        return lambda k: (0, place.get(k, len(place)), k)
    return lambda k: (0, -totals[k], k.casefold())


def compute(facts: Facts, crosses: Sequence[tuple[str, str, str]] = ()) -> Statistics:
    """Every standard table, and a cross-table for each (unit, row dimension, column dimension)."""
    tables = [count_table(facts, key, unit, dim) for key, unit, dim in STANDARD]
    for unit, row_dim, col_dim in crosses:
        check_cross(unit, row_dim, col_dim)
        tables.append(count_table(facts, f"{unit}_by_{row_dim}_and_{col_dim}", unit, row_dim, col_dim))
    return Statistics(tables, facts.stations, len(facts.cases), len(facts.incidents), facts.filtered)


def check_cross(unit: str, row_dim: str, col_dim: str) -> None:
    dims = CROSS_DIMENSIONS.get(unit)
    if dims is None:
        raise ValueError(f"a cross-table counts cases or incidents, not {unit!r}")
    for d in (row_dim, col_dim):
        if d not in dims:
            raise ValueError(f"{unit} cannot be counted by {d!r}; use one of: {', '.join(dims)}")
    if row_dim == col_dim:
        raise ValueError("a cross-table needs two different dimensions")


# -- disclosure ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Disclosure:
    """How numbers are printed: `internal` exact; `public` with the rules of
    exporters.statistics_disclosure at `threshold` (never below 3)."""

    profile: str = "internal"
    threshold: int = DEFAULT_THRESHOLD

    def __post_init__(self) -> None:
        if self.profile not in PROFILES:
            raise ValueError(f"no profile {self.profile!r}; use internal or public")
        check_threshold(self.threshold)

    @property
    def public(self) -> bool:
        return self.profile == "public"


@dataclass(frozen=True)
class Shown:
    """A number as printed: `value` exact, or None with `mark` SMALL or WITHHELD."""

    value: int | None
    mark: str = ""


@dataclass
class PublishedTable:
    table: CountTable
    cells: dict[Cell, Shown]
    total: Shown
    suppressed: bool

    def shown(self, row: str, col: str = "") -> Shown:
        return self.cells.get((row, col), Shown(0))


def publish(table: CountTable, disclosure: Disclosure) -> PublishedTable:
    """The table as the profile lets it be printed."""
    cells = {(r, c): Shown(table.count(r, c)) for r in table.rows for c in table.cols}
    if not disclosure.public:
        return PublishedTable(table, cells, Shown(table.total), False)
    result = protect({k: v.value or 0 for k, v in cells.items()}, table.constraints(), disclosure.threshold,
                     table.total)
    if result.suppressed:
        return PublishedTable(table, {}, Shown(None, SMALL if table.total < disclosure.threshold else WITHHELD), True)
    for k, mark in result.hidden.items():
        cells[k] = Shown(None, mark)
    return PublishedTable(table, cells, Shown(table.total), False)


def station_cases(count: int, disclosure: Disclosure) -> Shown:
    """How many cases a station appears in, as printed."""
    return Shown(None, SMALL) if disclosure.public and 0 < count < disclosure.threshold else Shown(count)


def station_source(kind: str, words: str, disclosure: Disclosure) -> str | None:
    """A station's source as printed: its words, or None when the profile names only its kind."""
    return words if not disclosure.public or kind in PUBLISHED_SOURCES else None


def selection_shown(count: int, disclosure: Disclosure) -> Shown:
    """The number of selected cases as printed: below the threshold, a public report says only
    "fewer than" (and suppresses every table)."""
    if disclosure.public and 0 < count < disclosure.threshold:
        return Shown(None, SMALL)
    return Shown(count)


__all__ = ["SMALL", "WITHHELD", "CountTable", "Disclosure", "PublishedTable", "Shown", "Statistics", "compute",
           "count_table", "publish"]
