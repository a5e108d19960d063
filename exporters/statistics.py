"""Counts across cases: the tables that documenting groups publish (docs/statistics.md), computed
over the cases a Selection picks (the same ids as the case list or `casevault search`).

    facts = db.statistics_query.load(vault, selection)     # on the vault's thread
    stats = compute(facts, crosses=[("cases", "year", "host_country")])
    shown = publish(stats.table("cases_by_year"), Disclosure("public"))

Each CountTable can say which cases are behind any of its numbers (`cases_behind`, worked out
from the facts when asked), so that a number can be traced back to its cases. What a table counts:
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
from itertools import repeat
from operator import add, floordiv, itemgetter, mod, mul

from db import vocab
from db.models import Person
from db.names import NameMatcher, PersonName
from db.normalise import printable
from db.statistics_query import Facts, StationFact
from exporters.statistics_disclosure import (
    DEFAULT_THRESHOLD,
    SMALL,
    WITHHELD,
    Constraint,
    Part,
    Protected,
    Relation,
    adds_up,
    at_most,
    check_threshold,
    protect,
    protect_all,
)

# Kinds of source a public report may name (a station's source); others print as their kind only.
PUBLISHED_SOURCES = ("news_article", "ngo_report", "official_chinese_source", "court_record")
PROFILES = ("internal", "public")

PACE = {key: t.pace for key, t in vocab.TACTICS.items()}


def _pace(tactic: str) -> str:
    return PACE.get(tactic, "")


class RowsNeeded(LookupError):
    """A number was counted in SQL (db.statistics_query "counts"), so the cases behind it are not
    in memory: db.statistics_query.cases_behind finds them (or count again with `parts`, the rows
    it was counted from)."""

    def __init__(self, parts: frozenset[str]) -> None:
        super().__init__(f"the cases behind this number need the vault's {', '.join(sorted(parts))}")
        self.parts = parts


@dataclass
class Dimension:
    """The values of one dimension for every unit: `column` when each unit has exactly one (a list
    aligned with the units), else (unit, value) pairs, distinct, where a unit without any value has
    the value "". Pairs of many units are kept as integers, unit * KEY + the value's place in
    `values`, which Python sets and counts at C speed. `totals`: only the units per value, counted
    in SQL (no pairs: the units behind a value need the rows, `rows`)."""

    exclusive: bool
    column: list[str] | None = None
    pairs: list[tuple[int, str]] | None = None
    keys: set[int] | None = None
    values: list[str] = field(default_factory=list)
    units: int = 0
    totals: Counter[str] | None = None
    rows: frozenset[str] = frozenset()

    def pairs_of(self) -> Iterable[tuple[int, str]]:
        if self.totals is not None:
            raise RowsNeeded(self.rows)
        if self.column is not None:
            return enumerate(self.column)
        if self.keys is not None:
            return self._key_pairs()
        return self.pairs or []

    def _key_pairs(self) -> Iterable[tuple[int, str]]:
        assert self.keys is not None
        having = set()
        for key in self.keys:
            unit, code = divmod(key, KEY)
            having.add(unit)
            yield unit, self.values[code]
        for unit in range(self.units):
            if unit not in having:
                yield unit, ""

    def counts(self) -> Counter[str]:
        if self.totals is not None:
            return Counter(self.totals)
        if self.column is not None:
            return Counter(self.column)
        if self.keys is None:
            return Counter(map(itemgetter(1), self.pairs or ()))
        out = Counter({self.values[code]: n for code, n in Counter(map(mod, self.keys, repeat(KEY))).items()})
        blank = self.units - len(set(map(floordiv, self.keys, repeat(KEY))))
        if blank:
            out[""] += blank
        return out

    def counted(self) -> int:
        """How many units have a value."""
        if self.totals is not None:
            return self.units
        if self.column is not None or self.keys is not None:
            return len(self.column) if self.column is not None else self.units
        return len(set(map(itemgetter(0), self.pairs or ())))


KEY = 1 << 12  # more than any vocabulary has values


def _keyed(units: list[int], values: list[str], count: int) -> Dimension:
    """A many-valued dimension from parallel lists (the unit of each record, its value)."""
    names = sorted(set(values))
    code = {v: n for n, v in enumerate(names)}
    keys = set(map(add, map(mul, units, repeat(KEY)), map(code.__getitem__, values)))
    return Dimension(False, keys=keys, values=names, units=count)


def _cached(facts: Facts, key: str, make: Callable[[], Dimension]) -> Dimension:
    if key not in facts.cache:
        facts.cache[key] = make()
    return facts.cache[key]  # type: ignore[no-any-return]


def _case_dimension(facts: Facts, dim: str) -> Dimension:
    n = len(facts.case_ids)
    columns = {"year": facts.year, "host_country": facts.host, "region": facts.region, "campaign": facts.campaign,
               "status": facts.status, "outcome": facts.outcome}
    if dim in columns:
        return Dimension(True, column=columns[dim])
    if dim == "return_year":  # only the cases that returned
        return Dimension(True, pairs=sorted(facts.returned.items()))

    def make() -> Dimension:
        if dim == "target_category":
            pairs = {(c, v) for c, cats in facts.categories.items() for v in cats}
            return _keyed([c for c, _ in pairs], [v for _, v in pairs], n)
        if "incidents" not in facts.parts:
            if dim in facts.case_counts:  # counted in SQL: each case once per value, "" without incidents
                return Dimension(False, totals=facts.case_counts[dim], units=n, rows=frozenset({"incidents"}))
            raise RowsNeeded(frozenset({"incidents"}))
        values = {"tactic": facts.inc_tactic, "involvement": facts.inc_involvement}.get(dim)
        if dim == "pace":
            values = list(map(_pace, facts.inc_tactic))
        if values is None:
            raise KeyError(dim)
        return _keyed(facts.inc_case, values, n)

    return _cached(facts, "case " + dim, make)


def _incident_dimension(facts: Facts, dim: str) -> Dimension:
    if "incidents" not in facts.parts:  # counted in SQL, by (tactic, host-state part, year)
        place = {"tactic": 0, "involvement": 1, "year": 2, "pace": 0}.get(dim)
        if place is None:
            raise RowsNeeded(frozenset({"incidents"}))
        totals: Counter[str] = Counter()
        for key, n in facts.incident_counts.items():
            totals[_pace(key[0]) if dim == "pace" else key[place]] += n
        return Dimension(True, totals=totals, units=facts.incidents, rows=frozenset({"incidents"}))
    columns = {"year": facts.inc_year, "tactic": facts.inc_tactic, "involvement": facts.inc_involvement}
    if dim in columns:
        return Dimension(True, column=columns[dim])
    if dim == "host_country":
        return _cached(facts, "incident host", lambda: Dimension(True, column=[facts.host[c] for c in facts.inc_case]))
    if dim == "pace":
        return _cached(facts, "incident pace", lambda: Dimension(True, column=[PACE.get(t, "") for t in
                                                                                facts.inc_tactic]))
    raise KeyError(dim)


def _event_dimension(facts: Facts, dim: str) -> Dimension:
    mass = facts.mass
    if dim == "year":
        return Dimension(True, column=[m[1] for m in mass])
    if dim == "tactic":
        return Dimension(True, column=[m[2] for m in mass])
    if dim == "involvement":
        return Dimension(True, column=[m[3] for m in mass])
    if dim == "pace":
        return Dimension(True, column=[PACE.get(m[2], "") for m in mass])
    if dim == "host_country":
        return Dimension(True, column=[facts.host[m[0]] for m in mass])
    raise KeyError(dim)


# The dimensions each unit can be counted by, and the vocabulary that orders and names the values.
CASE_DIMENSIONS = ("year", "host_country", "region", "campaign", "status", "outcome", "tactic", "pace",
                   "involvement", "target_category", "return_year")
INCIDENT_DIMENSIONS = ("year", "host_country", "tactic", "pace", "involvement")
VOCABULARY: dict[str, dict[str, str]] = {
    "campaign": vocab.CAMPAIGN, "status": vocab.CASE_STATUS, "outcome": vocab.OUTCOME, "tactic": vocab.TACTIC,
    "pace": vocab.PACE_GROUP, "involvement": vocab.HOST_INVOLVEMENT, "target_category": vocab.TARGET_CATEGORY,
    "role": {k: vocab.ROLE[k] for k in ("target", "relative", "associate")},
}
# Dimensions a cross-table can use, per unit (the view and `casevault report --cross` offer these).
CROSS_DIMENSIONS = {"cases": tuple(d for d in CASE_DIMENSIONS if d != "return_year"),
                    "incidents": INCIDENT_DIMENSIONS}

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


@dataclass
class Units:
    """What a table counts: `n` units, the case positions of each (`cases_of`), their weights
    (None: one each) and their dimensions."""

    n: int
    cases_of: Callable[[int], Iterable[int]]
    weights: list[int] | None
    dimension: Callable[[str], Dimension]


def units(facts: Facts, unit: str, dim: str) -> Units:
    if unit == "cases":
        return Units(len(facts.case_ids), lambda u: (u,), None, lambda d: _case_dimension(facts, d))
    if unit == "incidents":
        return Units(incident_count(facts), lambda u: (facts.inc_case[u],), None,
                     lambda d: _incident_dimension(facts, d))
    # mass events ("events"), or the people they were aimed at ("persons")
    mass = facts.mass
    return Units(len(mass), lambda u: (mass[u][0],), [m[4] for m in mass] if unit == "persons" else None,
                 lambda d: _event_dimension(facts, d))


def incident_count(facts: Facts) -> int:
    return len(facts.inc_case) if "incidents" in facts.parts else facts.incidents


def _persons_by_role(facts: Facts, key: str) -> CountTable:
    """Distinct persons by role (a person in several cases counts once, in each role they hold)."""
    if "roles" not in facts.parts:  # counted in SQL
        counts = +facts.role_counts

        def listed(_r: str, _c: str) -> list[int]:
            raise RowsNeeded(frozenset({"roles"}))

        return CountTable(key, "persons", "role", "", order("role", counts), [""],
                          {(r, ""): n for r, n in counts.items()}, listed, facts.case_ids, facts.role_total,
                          dict(counts), {}, False, True)
    pairs = set(zip(map(itemgetter(1), facts.roles), map(itemgetter(2), facts.roles), strict=True))
    counts = Counter(map(itemgetter(1), pairs))
    persons = set(map(itemgetter(0), pairs))
    total = len(persons)
    for person_id, role in pairs:  # a group counts as its size
        if person_id in facts.people:
            counts[role] += facts.people[person_id] - 1
    total += sum(n - 1 for p, n in facts.people.items() if p in persons)

    def behind(r: str, _c: str) -> list[int]:
        position = {case_id: n for n, case_id in enumerate(facts.case_ids)}
        return sorted({position[case_id] for case_id, _p, role in facts.roles if role == r})

    return CountTable(key, "persons", "role", "", order("role", counts), [""],
                      {(r, ""): n for r, n in counts.items()}, behind, facts.case_ids, total, dict(counts), {},
                      False, True)


@dataclass
class CountTable:
    key: str
    unit: str
    row_dim: str
    col_dim: str  # "" for a one-way table
    rows: list[str]
    cols: list[str]
    counts: dict[Cell, int]
    behind: Callable[[str, str], list[int]]  # case positions behind a cell
    case_ids: list[str]
    total: int  # units counted by the table (distinct)
    row_totals: dict[str, int] = field(default_factory=dict)  # units per row value (cross-tables)
    col_totals: dict[str, int] = field(default_factory=dict)
    rows_exclusive: bool = True  # each unit in exactly one row
    cols_exclusive: bool = True

    def count(self, row: str, col: str = "") -> int:
        return self.counts.get((row, col), 0)

    def cases_behind(self, row: str, col: str = "") -> frozenset[str]:
        """Ids of the cases behind one cell."""
        return frozenset(self.case_ids[c] for c in self.behind(row, col))

    def cells(self) -> list[Cell]:
        return [(r, c) for r in self.rows for c in self.cols]

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
    """The tables of one count. Each is counted when first asked for (`table`, `tables`), from
    facts held in memory: pure Python, no vault, so any thread may ask (one at a time). `names`:
    who may not be named in a public report (PublicNames; set by exporters.pdf.report.report_data)."""

    facts: Facts
    specs: list[tuple[str, str, str, str]]  # (key, unit, row dimension, column dimension), in report order
    stations: list[StationFact]
    cases: int
    incidents: int
    filtered: bool
    names: PublicNames | None = None
    _done: dict[str, CountTable] = field(default_factory=dict, repr=False)

    def table(self, key: str) -> CountTable:
        """One table by key (KeyError for a table not in this count)."""
        if key not in self._done:
            spec = next((s for s in self.specs if s[0] == key), None)
            if spec is None:
                raise KeyError(key)
            self._done[key] = count_table(self.facts, *spec)
        return self._done[key]

    def has(self, key: str) -> bool:
        """Whether this count can give the table: it is one of its tables and its facts were read."""
        spec = next((s for s in self.specs if s[0] == key), None)
        return spec is not None and needs(*spec[1:]) <= self.facts.parts

    @property
    def tables(self) -> list[CountTable]:
        return [self.table(s[0]) for s in self.specs]


# -- counting ------------------------------------------------------------------------------------

def _cells(row: Dimension, col: Dimension | None) -> Iterable[tuple[int, str, str]]:
    """(unit, row value, column value) for every cell a unit counts in."""
    if col is None:
        return ((u, r, "") for u, r in row.pairs_of())
    if row.column is not None and col.column is not None:
        return ((u, r, c) for u, (r, c) in enumerate(zip(row.column, col.column, strict=True)))
    by_unit: dict[int, list[str]] = {}
    for u, c in col.pairs_of():
        by_unit.setdefault(u, []).append(c)
    return ((u, r, c) for u, r in row.pairs_of() for c in by_unit.get(u, ()))


def _sum(items: Iterable[tuple[int, object]], weights: list[int] | None) -> Counter[object]:
    if weights is None:
        return Counter(key for _u, key in items)
    out: Counter[object] = Counter()
    for u, key in items:
        out[key] += weights[u]
    return out


def count_table(facts: Facts, key: str, unit: str, row_dim: str, col_dim: str = "") -> CountTable:
    """One table of counts (a cross-table when `col_dim` is given)."""
    if unit == "persons" and row_dim == "role":
        return _persons_by_role(facts, key)
    us = units(facts, unit, row_dim)
    row = us.dimension(row_dim)
    col = us.dimension(col_dim) if col_dim else None
    weights = us.weights
    if col is None:  # the usual one-way tables, counted at C speed where no weights apply
        row_totals = row.counts() if weights is None else _sum(row.pairs_of(), weights)
        counts: Counter[object] = Counter({(r, ""): n for r, n in row_totals.items()})
        col_totals: Counter[object] = Counter()
    else:
        counts = _sum(((u, (r, c)) for u, r, c in _cells(row, col)), weights)
        row_totals = _sum(row.pairs_of(), weights)
        col_totals = _sum(col.pairs_of(), weights)
    if weights is None:
        total = row.counted()
    else:
        total = sum(weights[u] for u in {u for u, _ in row.pairs_of()})
    rows = order(row_dim, row_totals)  # type: ignore[arg-type]
    cols = order(col_dim, col_totals) if col_dim else [""]  # type: ignore[arg-type]

    def behind(r: str, c: str) -> list[int]:
        again = us.dimension(row_dim), (us.dimension(col_dim) if col_dim else None)
        found = {u for u, rv, cv in _cells(*again) if rv == r and cv == c}
        return sorted({case for u in found for case in us.cases_of(u)})

    return CountTable(key, unit, row_dim, col_dim, rows, cols, dict(counts), behind,  # type: ignore[arg-type]
                      facts.case_ids, total, dict(row_totals), dict(col_totals),  # type: ignore[arg-type]
                      row.exclusive, col.exclusive if col is not None else True)


def order(dim: str, totals: Counter[str]) -> list[str]:
    """Row order: years ascending, vocabularies in their own order, free values (countries,
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


def needs(unit: str, row_dim: str, col_dim: str = "") -> frozenset[str]:
    """The parts of db.statistics_query.load a table counts from (besides the cases): one-way
    tables from SQL counts, cross-tables that pair an incident's values from its rows."""
    if unit == "incidents":
        return frozenset({"incidents"} if col_dim or row_dim == "host_country" else {"counts"})
    if unit == "events" or (unit == "persons" and row_dim != "role"):
        return frozenset({"mass"})
    if unit == "persons":
        return frozenset({"counts"})
    by_incident = "incidents" if col_dim else "counts"
    part = {"tactic": by_incident, "pace": by_incident, "involvement": "incidents", "target_category": "counts",
            "return_year": "returns"}
    return frozenset(part[d] for d in (row_dim, col_dim) if d in part)


def parts_for(crosses: Sequence[tuple[str, str, str]] = ()) -> frozenset[str]:
    """What load reads for every standard table, these cross-tables and the stations table."""
    out = frozenset({"stations"})
    for _key, unit, dim in STANDARD:
        out |= needs(unit, dim)
    for unit, row_dim, col_dim in crosses:
        out |= needs(unit, row_dim, col_dim)
    return out


def compute(facts: Facts, crosses: Sequence[tuple[str, str, str]] = (), first: Sequence[str] = ()) -> Statistics:
    """Every standard table, and a cross-table for each (unit, row dimension, column dimension);
    the tables named in `first` are counted now, the others when asked for."""
    specs = [(key, unit, dim, "") for key, unit, dim in STANDARD]
    for unit, row_dim, col_dim in crosses:
        check_cross(unit, row_dim, col_dim)
        specs.append((f"{unit}_by_{row_dim}_and_{col_dim}", unit, row_dim, col_dim))
    stats = Statistics(facts, specs, facts.stations, len(facts.case_ids), incident_count(facts), facts.filtered)
    for key in first:
        stats.table(key)
    return stats


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
    """The table as the profile lets it be printed on its own (the statistics view shows one at a
    time), its margins taken as known. A report prints its tables together: publish_all."""
    if not disclosure.public:
        return _as_counted(table)
    result = protect({k: table.count(*k) for k in table.cells()}, table.constraints(), disclosure.threshold,
                     table.total)
    return _shown(table, result, disclosure)


def publish_all(tables: Sequence[CountTable], disclosure: Disclosure) -> dict[str, PublishedTable]:
    """Tables printed together (a report, its table files), by key, as the profile lets them be
    printed: in the public one protected jointly, so that no hidden count follows from the tables
    taken together (`linked` says how they add up to each other)."""
    if not disclosure.public:
        return {t.key: _as_counted(t) for t in tables}
    relations, unprinted = linked(tables)
    parts = {t.key: Part({k: t.count(*k) for k in t.cells()}, t.total) for t in tables}
    result = protect_all(parts, relations, disclosure.threshold, unprinted)
    return {t.key: _shown(t, result[t.key], disclosure) for t in tables}


def _as_counted(table: CountTable) -> PublishedTable:
    """Every number as counted (the internal profile)."""
    return PublishedTable(table, {k: Shown(table.count(*k)) for k in table.cells()}, Shown(table.total), False)


def _shown(table: CountTable, result: Protected, disclosure: Disclosure) -> PublishedTable:
    if result.suppressed:
        return PublishedTable(table, {}, Shown(None, SMALL if table.total < disclosure.threshold else WITHHELD), True)
    cells = {k: Shown(None, result.hidden[k]) if k in result.hidden else Shown(table.count(*k)) for k in table.cells()}
    return PublishedTable(table, cells, Shown(table.total), False)


def linked(tables: Sequence[CountTable]) -> tuple[list[Relation], dict[object, tuple[int, int]]]:
    """What a reader of these tables knows of how their numbers add up, as relations between cells
    named (table key, cell), and the counts those relations name that no table prints (value, most
    it could be):
    - a breakdown where every unit has one value adds up to the table's total;
    - a row of a cross-table adds up to the row value's count when every unit has one column value
      (the one-way table's cell, when the report has it), and a column likewise;
    - by PACE method and by tactic: an incident has one tactic, so a method's incidents are the sum
      of its tactics' incidents; a case may have several, so a method's cases are at least each of
      its tactics' and at most their sum. Likewise for cross-tables that differ only there."""
    one_way = {(t.unit, t.row_dim): t for t in tables if not t.col_dim}
    relations: list[Relation] = []
    unprinted: dict[object, tuple[int, int]] = {}

    def margin(t: CountTable, dim: str, value: str, count: int) -> object:
        whole = one_way.get((t.unit, dim))
        if whole is not None and whole.count(value) == count:
            return (whole.key, (value, ""))
        key = ("margin", t.unit, dim, value)
        unprinted[key] = (count, t.total)
        return key

    for t in tables:
        if not t.col_dim:
            if t.rows_exclusive:
                relations.append(Constraint(tuple((t.key, (r, "")) for r in t.rows), t.total).relation())
            continue
        if t.cols_exclusive:
            relations += [adds_up([(t.key, (r, c)) for c in t.cols], margin(t, t.row_dim, r, t.row_totals.get(r, 0)))
                          for r in t.rows]
        if t.rows_exclusive:
            relations += [adds_up([(t.key, (r, c)) for r in t.rows], margin(t, t.col_dim, c, t.col_totals.get(c, 0)))
                          for c in t.cols]
        if t.rows_exclusive and t.cols_exclusive:
            relations.append(Constraint(tuple((t.key, k) for k in t.cells()), t.total).relation())
    by_shape = {(t.unit, t.row_dim, t.col_dim): t for t in tables}
    for t in tables:
        for place in (0, 1):
            dims = [t.row_dim, t.col_dim]
            if dims[place] != "tactic":
                continue
            dims[place] = "pace"
            methods = by_shape.get((t.unit, *dims))
            if methods is not None:
                relations += _methods_and_tactics(methods, t, place)
    return relations, unprinted


def _methods_and_tactics(methods: CountTable, tactics: CountTable, place: int) -> list[Relation]:
    """How a table by PACE method adds up from the same table by tactic (`place`: 0 when the row
    dimension is the tactic, 1 the column)."""
    groups: dict[Cell, list[object]] = {k: [] for k in methods.cells()}
    for cell in tactics.cells():
        method = (_pace(cell[0]), cell[1]) if place == 0 else (cell[0], _pace(cell[1]))
        groups.setdefault(method, []).append((tactics.key, cell))
    out = []
    for method, members in groups.items():
        whole = (methods.key, method)
        if methods.unit == "incidents":
            out.append(adds_up(members, whole))
        else:
            out += [at_most(m, whole) for m in members]
            out.append(Relation((*((m, 1) for m in members), (whole, -1)), 0, None))
    return out


class PublicNames:
    """Replaces, in record text a public report prints (a station's name, city, bureau and source,
    a region), every name of a person who may not be named in public reports, in every spelling
    db.names finds, by a pseudonym in the report's language ("Person A", "Personne A", "人物A", as
    the dossier words them: exporters.pdf.redaction.pseudonym), lettered in the order the report
    first mentions them, as the public dossier does (exporters.pdf.redaction): groups and
    unidentified persons too, unless they consented to publication. `persons`: db.models.Person or
    db.names.PersonName records (exporters.pdf.report.report_data reads the latter, names only).

    Their spellings are matched on the first text to print, by a screened db.names.NameMatcher:
    only the names a text could hold have their keys worked out (what it replaces is what matching
    every key replaces), so a report that prints no record text, and an internal one, never pay for
    them, and one that does pays about a second at 200,000 persons."""

    def __init__(self, persons: Iterable[Person | PersonName]) -> None:
        named = vocab.NAMED_CONSENT["public"]
        self._persons: list[Person | PersonName] | None = [p for p in persons if p.consent not in named]
        self._matcher: NameMatcher | None = None
        self._letters: dict[str, int] = {}
        self._words: dict[str, Callable[..., str]] = {}

    def _names(self) -> NameMatcher:
        if self._matcher is None:
            from exporters.pdf.redaction import spellings  # noqa: PLC0415 - the dossier's own list of spellings

            hidden = sorted(self._persons or (), key=lambda p: (p.created_at, p.id))
            self._matcher = NameMatcher({p.id: spellings(p) for p in hidden}, screen=True)  # type: ignore[arg-type]
            self._persons = None
        return self._matcher

    def __call__(self, text: str, language: str = "en") -> str:
        """`text` as a report in `language` (en, fr, zh) prints it."""
        from exporters.pdf.redaction import pseudonym  # noqa: PLC0415
        from exporters.pdf.words import Words  # noqa: PLC0415

        clean = printable(text or "")
        if not clean.strip():
            return clean
        matcher = self._names()
        if not matcher:
            return clean
        found = matcher.mentions(clean)
        if not found:
            return clean
        for m in found:
            for owner in m.owners:
                self._letters.setdefault(owner, len(self._letters))
        words = self._words.get(language)
        if words is None:
            words = self._words[language] = Words(_WORDS_LANGUAGE[language])
        return matcher.replace(clean, {o: pseudonym(self._letters[o], words)  # type: ignore[arg-type]
                                       for m in found for o in m.owners})[0]


_WORDS_LANGUAGE = {"en": "en", "fr": "fr", "zh": "zh_CN"}  # a report's language -> the dossier's words


def record_text(stats: Statistics, disclosure: Disclosure, language: str = "en") -> Callable[[str], str]:
    """How record text (stations, regions) prints in a report in `language`: as stored in the
    internal profile; in the public one with the names of persons who may not be named replaced
    (Statistics.names, which a public report cannot do without)."""
    if not disclosure.public:
        return lambda text: text
    if stats.names is None:
        raise ValueError("a public report needs the names it may not print: count with report_data")
    names = stats.names
    return lambda text: names(text, language)


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


__all__ = ["SMALL", "WITHHELD", "CountTable", "Disclosure", "PublicNames", "PublishedTable", "RowsNeeded", "Shown",
           "Statistics", "compute", "count_table", "linked", "parts_for", "publish", "publish_all",
           "record_text"]
