"""The read side of the statistics (exporters.statistics): which cases are counted, and the facts
about them that the tables count, loaded in a few set-wise queries (no record objects), so that
the cost is a few reads of the case, incident and role tables (bench/bench_statistics.py).

Which cases: a `Selection` holds either the case list's query (db.caselist.CaseQuery: the ids the
list shows) or the text and filters of `casevault search` (db.search.SearchFilters: the ids search
finds). Counts therefore follow exactly the filters of the list or of the command line, because
they ask the same function for their ids.

Thread rule: like every vault function, on the thread that opened the vault. Reads only (a
temporary in-memory table holds the selected ids)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from db import caselist
from db.audit_storage import unpack_time
from db.caselist import CaseQuery
from db.repository import chunks
from db.search_filter import SearchFilters
from db.statistics_schema import COUNTED_PERSONS

if TYPE_CHECKING:
    from db.vault import Vault

AFFECTED_ROLES = ("target", "relative", "associate")  # persons counted as affected by a case
# What load can read besides the cases. "counts": incidents by tactic, host-state part and year,
# cases by tactic and PACE method, persons by role and the targets' categories, each counted in
# SQL from narrow indexes (db.statistics_schema); "incidents" and "roles": every incident and role
# as a row, which cross-tables by an incident's values and the cases behind those counts need.
PARTS = frozenset({"counts", "returns", "mass", "stations"})  # enough for every one-way table
ROWS = frozenset({"incidents", "roles"})
ALL_PARTS = PARTS | ROWS
STATION_KIND = "overseas_police_station"


@dataclass(frozen=True)
class Selection:
    """The cases counted: the case list's `query` when given, else `text` and `filters` as
    `casevault search` reads them. An empty selection counts every case."""

    text: str = ""
    filters: SearchFilters = field(default_factory=SearchFilters)
    query: CaseQuery | None = None


@dataclass(frozen=True)
class StationFact:
    """An overseas police station that acts in an incident of a counted case."""

    id: str
    name: str
    name_original: str
    city: str
    country: str
    bureau: str  # the body that runs it (its parent organisation), as named
    bureau_original: str
    reported: str  # earliest date of a source (else an incident) mentioning it; "" unknown
    source_kind: str  # that source's kind (vocab.SOURCE_KIND), "" when none
    source_text: str  # its title, outlet and date, or its citation
    case_ids: frozenset[str]


@dataclass
class Facts:
    """What the tables count, in columns (lists of the same length) rather than one object per
    record, or as counts made in SQL where a table needs no more than counts.

    Cases: `case_ids` with `host`, `region`, `campaign`, `status`, `outcome` (current) and `year`
    (of the earliest dated incident, "" when none) at the same positions; `returned` maps each case
    (by position) whose outcome history (or current outcome) records a return to the year of its
    first dated return ("" unknown); `categories` the categories of each case's targets (cases with
    any). Incidents, when read as rows: `inc_case` (a position in case_ids), `inc_tactic`,
    `inc_year`, `inc_involvement`. Counted in SQL ("counts"): `incident_counts` by (tactic, host-state
    part, year), `incidents` in all; `case_counts` the cases per tactic and per PACE method ("" for
    cases without incidents); `role_counts` the persons per role (a person once per role, a group as
    its size) and `role_total` the persons in all. `mass`: incidents aimed at MASS_EVENT people or
    more, as (case position, year, tactic, host-state part, people). Roles, when read as rows
    ("roles"): (case id, person id, role) for targets, relatives and associates; `people`: the
    persons who count as more than one (groups: their size, at least 2 when unknown). `cache`
    keeps what the tables derive from these columns."""

    case_ids: list[str]
    host: list[str]
    region: list[str]
    campaign: list[str]
    status: list[str]
    outcome: list[str]
    year: list[str]
    returned: dict[int, str]
    categories: dict[int, frozenset[str]]
    inc_case: list[int]
    inc_tactic: list[str]
    inc_year: list[str]
    inc_involvement: list[str]
    mass: list[tuple[int, str, str, str, int]]
    roles: list[tuple[str, str, str]]
    people: dict[str, int]
    stations: list[StationFact]
    filtered: bool  # False: every case of the vault
    parts: frozenset[str] = ALL_PARTS  # what was read besides the cases (load)
    incident_counts: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    incidents: int = 0
    case_counts: dict[str, Counter[str]] = field(default_factory=dict)
    role_counts: Counter[str] = field(default_factory=Counter)
    role_total: int = 0
    cache: dict[str, Any] = field(default_factory=dict, repr=False)


def selected_ids(vault: Vault, selection: Selection) -> list[str] | None:
    """Ids of the selected cases, or None for every case."""
    if selection.query is not None:
        q = selection.query
        return caselist.case_ids(vault, q) if q.is_filtered() else None
    from db.search import matching_case_ids  # noqa: PLC0415 - the search feature owns its module

    return matching_case_ids(vault, selection.text, selection.filters)


def load(vault: Vault, selection: Selection, parts: frozenset[str] = PARTS) -> Facts:
    """What the statistics count, for the selected cases: the cases' own fields, and the `parts`
    asked for (all by default; a table needs only some, see exporters.statistics.needs)."""
    ids = selected_ids(vault, selection)
    conn = vault.conn
    if ids is not None:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS stat_cases (id TEXT PRIMARY KEY) WITHOUT ROWID")
        conn.execute("DELETE FROM temp.stat_cases")
        conn.executemany("INSERT OR IGNORE INTO temp.stat_cases(id) VALUES (?)", ((i,) for i in ids))
    try:
        return _load(conn, ids is not None, ids is not None and len(ids) * 4 < _count_cases(vault), parts)
    finally:
        if ids is not None:
            conn.execute("DELETE FROM temp.stat_cases")


def _year(date: str | None) -> str:
    return date[:4] if date and len(date) >= 4 and date[:4].isdigit() else ""


# A group counts as its recorded size, at least 2 when unknown (as db.search_index counts mass events).
_WEIGHT = "max(coalesce(nullif(p.group_size, 0), 2), 1)"
_PEOPLE = f"CASE WHEN p.kind = 'group' THEN {_WEIGHT} ELSE 1 END"


def _count_cases(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM cases").fetchone()[0])


def _load(conn: Any, filtered: bool, few: bool, parts: frozenset[str]) -> Facts:
    def src(table: str, col: str) -> str:
        """`table` restricted to the selected cases: for a few of them, their records are looked up
        through the table's case index (SQLite has no statistics on the temporary table and would
        read the whole table otherwise); for many, the table is read once and each row checked."""
        if not filtered:
            return table
        if few:
            return f"temp.stat_cases s CROSS JOIN {table} ON {col} = s.id"
        return f"{table} JOIN temp.stat_cases s ON s.id = {col}"

    def only(col: str) -> str:
        return f" AND {col} IN (SELECT id FROM temp.stat_cases)" if filtered else ""

    rows = conn.execute(f"SELECT c.id, c.host_country, c.region, c.campaign, c.status, c.outcome FROM "
                        f"{src('cases c', 'c.id')}").fetchall()
    case_ids, host, region, campaign, status, outcome = (list(c) for c in (zip(*rows, strict=True) if rows
                                                                              else [()] * 6))
    region = [r if r.strip() == r and "  " not in r else " ".join(r.split()) for r in region]
    position = {case_id: n for n, case_id in enumerate(case_ids)}
    inc_case: list[int] = []
    inc_tactic: list[str] = []
    inc_year: list[str] = []
    inc_involvement: list[str] = []
    if "incidents" in parts:
        rows = conn.execute(f"SELECT i.case_id, i.tactic, i.year, i.host_involvement FROM "
                            f"{src('incidents i', 'i.case_id')}").fetchall()
        if rows:
            inc_case_ids, inc_tactic, inc_year, inc_involvement = (list(c) for c in zip(*rows, strict=True))
            inc_case = list(map(position.__getitem__, inc_case_ids))
    # A case's year, from the search index's incident spans (db.search_schema): the first day of
    # each span is the first day of the incident's start (or end) date, and the index is far
    # narrower to read than the incidents.
    year = [""] * len(case_ids)
    years: dict[int, str] = {}
    for case_id, first in conn.execute(
            "SELECT d.case_id, min(x.lo) FROM search_span x JOIN search_doc d ON d.docid = x.docid "
            f"WHERE 1{only('d.case_id')} GROUP BY x.docid"):
        if first not in years:
            years[first] = f"{date.fromordinal(first).year:04d}"
        year[position[case_id]] = years[first]
    roles, people = _roles(conn, src) if "roles" in parts else ([], {})
    counted = _Counted()
    categories: dict[int, frozenset[str]] = {}
    if "counts" in parts:
        counted = _counts(conn, src, only, few, _without_incidents(conn, case_ids, year))
        categories = _categories(conn, only, position)
    returned: dict[int, str] = {}
    if "returns" in parts:
        for case_id, when in conn.execute(
                f"SELECT o.case_id, o.date FROM outcomes o WHERE o.outcome LIKE 'returned%'{only('o.case_id')} "
                "ORDER BY o.case_id, o.date IS NULL, o.date"):
            returned.setdefault(position[case_id], _year(when))  # ordered: the first dated return first
        for c, value in enumerate(outcome):
            if value.startswith("returned"):
                returned.setdefault(c, "")
    mass = [(position[case_id], y, tactic, involvement, n) for case_id, y, tactic, involvement, n
            in _mass(conn, only)] if "mass" in parts else []
    stations = _stations(conn, only("i.case_id")) if "stations" in parts else []
    return Facts(case_ids, host, region, campaign, status, outcome, year, returned, categories, inc_case, inc_tactic,
                 inc_year, inc_involvement, mass, roles, people, stations, filtered, frozenset(parts),
                 counted.incidents, sum(counted.incidents.values()), counted.cases, counted.roles,
                 counted.role_total)


def _roles(conn: Any, src: Callable[[str, str], str]) -> tuple[list[tuple[str, str, str]], dict[str, int]]:
    """The roles that make a person affected, and the persons among them that count as more than
    one (groups, by size)."""
    roles = conn.execute(f"SELECT r.case_id, r.person_id, r.role FROM {src('roles r', 'r.case_id')} "
                         f"WHERE r.role IN ({_marks(AFFECTED_ROLES)})", AFFECTED_ROLES).fetchall()
    people = dict(conn.execute(f"SELECT p.id, {_WEIGHT} FROM persons p WHERE ({COUNTED_PERSONS}) AND p.kind = 'group'"))
    return roles, people


@dataclass
class _Counted:
    incidents: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    cases: dict[str, Counter[str]] = field(default_factory=dict)
    roles: Counter[str] = field(default_factory=Counter)
    role_total: int = 0


def _counts(conn: Any, src: Callable[[str, str], str], only: Callable[[str], str], few: bool,
            without_incidents: int) -> _Counted:
    """Incidents by (tactic, host-state part, year), cases by tactic and PACE method, persons by
    role: counted by SQLite from indexes (db.statistics_schema) and the search facets, without
    reading a row per incident or role. A few selected cases are looked up through `src`; for
    more, whole indexes are read and `only` keeps the selected cases."""
    out = _Counted()
    for tactic, involvement, year, n in conn.execute(
            f"SELECT i.tactic, i.host_involvement, i.year, count(*) FROM {src('incidents i', 'i.case_id')} "
            "GROUP BY 1, 2, 3"):
        out.incidents[(tactic, involvement, year)] = n
    # A case has a tactic (and a PACE method) for each of its incidents' tactics: the search
    # index keeps exactly these as facets, one row per case and value (db.search_index).
    if few:
        facets = (f"{src('search_doc d', 'd.case_id')} CROSS JOIN search_facet f ON f.docid = d.docid "
                  "CROSS JOIN search_facet_name n ON n.code = f.code WHERE 1")
    else:
        facets = ("search_facet_name n CROSS JOIN search_facet f ON f.code = n.code "
                  f"{'JOIN search_doc d ON d.docid = f.docid ' if only('') else ''}WHERE 1{only('d.case_id')}")
    tactics: Counter[str] = Counter()
    pace: Counter[str] = Counter()
    for facet, n in conn.execute(f"SELECT n.facet, count(*) FROM {facets} AND (n.facet GLOB 'tactic:*' OR "
                                 "n.facet GLOB 'pace:*') GROUP BY n.code"):
        kind, _, value = facet.partition(":")
        if kind == "tactic":
            tactics[value] += n
        else:
            pace["" if value == "none" else value] += n
    for counter in (tactics, pace):
        counter[""] += without_incidents
    out.cases = {"tactic": +tactics, "pace": +pace}
    # Persons by role: each person once per role and once in all, in one pass over the roles
    # ordered by person (the person index holds the role); a group then adds its size less one.
    marks = _marks(AFFECTED_ROLES)
    total, *per_role = conn.execute(
        f"SELECT count(*), {', '.join(f'coalesce(sum(r{n}), 0)' for n in range(len(AFFECTED_ROLES)))} FROM "
        f"(SELECT {', '.join(f'max(r.role = ?) AS r{n}' for n in range(len(AFFECTED_ROLES)))} FROM "
        f"{src('roles r', 'r.case_id')} WHERE r.role IN ({marks}) GROUP BY r.person_id)",
        AFFECTED_ROLES + AFFECTED_ROLES).fetchone()
    out.roles = Counter(dict(zip(AFFECTED_ROLES, per_role, strict=True)))
    groups: dict[str, int] = {}
    for person_id, role, weight in conn.execute(
            f"SELECT DISTINCT r.person_id, r.role, {_WEIGHT} FROM persons p CROSS JOIN roles r ON r.person_id = p.id "
            f"WHERE ({COUNTED_PERSONS}) AND p.kind = 'group' AND r.role IN ({marks}){only('r.case_id')}",
            AFFECTED_ROLES):
        out.roles[role] += weight - 1
        groups[person_id] = weight
    out.role_total = total + sum(w - 1 for w in groups.values())
    return out


def _without_incidents(conn: Any, case_ids: list[str], year: list[str]) -> int:
    """How many of the cases have no incident: of those without a dated one (no year), the ones
    the incidents' case index has nothing for."""
    undated = [case_id for case_id, y in zip(case_ids, year, strict=True) if not y]
    having = 0
    for part in chunks(undated):
        having += conn.execute(f"SELECT count(DISTINCT case_id) FROM incidents WHERE case_id IN ({_marks(part)})",
                               part).fetchone()[0]
    return len(undated) - having


def _categories(conn: Any, only: Callable[[str], str], position: dict[str, int]) -> dict[int, frozenset[str]]:
    """The categories of each case's targets (cases with any)."""
    categories: dict[int, set[str]] = {}
    for case_id, cats in conn.execute(
            # The persons with categories (a partial index holds them), then their roles as targets.
            "SELECT r.case_id, p.categories FROM persons p CROSS JOIN roles r ON r.person_id = p.id "
            f"WHERE ({COUNTED_PERSONS}) AND p.categories != '[]' AND r.role = 'target'{only('r.case_id')}"):
        categories.setdefault(position[case_id], set()).update(json.loads(cats))
    return {c: frozenset(v) for c, v in categories.items()}


def _marks(values: tuple[str, ...] | list[str]) -> str:
    return ",".join("?" * len(values))


def _mass(conn: Any, only: Callable[[str], str]) -> list[tuple[str, str, str, str, int]]:
    """Mass events, looked for only in the cases the search index marks as having one."""
    from db.search_index import MASS_EVENT  # noqa: PLC0415 - its rule, and its facet

    return conn.execute(
        # CROSS JOIN keeps SQLite to this order: the facet first, then only those cases' incidents.
        f"SELECT i.case_id, i.year, i.tactic, i.host_involvement, sum({_PEOPLE}) FROM search_facet_name n "
        "CROSS JOIN search_facet f ON f.code = n.code CROSS JOIN search_doc d ON d.docid = f.docid "
        "CROSS JOIN incidents i ON i.case_id = d.case_id JOIN incident_targets t "
        f"ON t.incident_id = i.id JOIN persons p ON p.id = t.person_id WHERE n.facet = 'mass:yes'{only('d.case_id')} "
        f"GROUP BY i.id HAVING sum({_PEOPLE}) >= ? ORDER BY i.case_id, i.rowid", (MASS_EVENT,)).fetchall()


def _stations(conn: Any, only: str) -> list[StationFact]:
    found: dict[str, dict[str, Any]] = {}
    for org_id, case_id, incident_date, source_date, kind, title, outlet, citation in conn.execute(
            "SELECT a.organisation_id, i.case_id, coalesce(i.date_start, i.date_end), s2.date, s2.kind, s2.title, "
            # The stations first (few), then their incidents (CROSS JOIN keeps SQLite to this order).
            "s2.outlet, s2.citation FROM organisations o CROSS JOIN incident_actors a ON a.organisation_id = o.id "
            "CROSS JOIN incidents i ON i.id = a.incident_id "
            "LEFT JOIN incident_sources x ON x.incident_id = i.id LEFT JOIN sources s2 ON s2.id = x.source_id "
            f"WHERE o.kind = ?{only}", (STATION_KIND,)):
        entry = found.setdefault(org_id, {"cases": set(), "best": None})
        entry["cases"].add(case_id)
        # Reported: the earliest source that mentions it, else its earliest incident.
        candidate = (0 if source_date else 1, source_date or incident_date or "9999", kind or "",
                     _source_text(title, outlet, source_date, citation))
        if entry["best"] is None or candidate < entry["best"]:
            entry["best"] = candidate
    out = []
    for part in chunks(sorted(found)):
        for org_id, name, original, city, country, bureau, bureau_original in conn.execute(
                "SELECT o.id, o.name, o.name_original, o.city, o.country, coalesce(b.name, ''), "
                "coalesce(b.name_original, '') FROM organisations o LEFT JOIN organisations b ON b.id = o.parent_id "
                f"WHERE o.id IN ({','.join('?' * len(part))})", list(part)):
            _, date, kind, text = found[org_id]["best"]
            out.append(StationFact(org_id, name, original, city, country, bureau, bureau_original,
                                   "" if date == "9999" else date, kind, text, frozenset(found[org_id]["cases"])))
    out.sort(key=lambda s: (s.country, s.city.casefold(), s.name.casefold(), s.id))
    return out


def _source_text(title: str | None, outlet: str | None, date: str | None, citation: str | None) -> str:
    parts = [p for p in (title, outlet, date) if p]
    return ", ".join(parts) if parts else (citation or "")



def cases_behind(vault: Vault, selection: Selection, unit: str, dim: str, value: str) -> frozenset[str]:
    """Ids of the selected cases behind one number of a one-way table counted in SQL (the counts
    part: incidents by tactic, PACE method, host-state part or year; cases by tactic or PACE
    method; persons by role), found in SQL without reading every row: a tactic, a PACE method or a
    host-state part from the search facets, a year or "no host-state part" from one pass over
    the incidents' case index."""
    if unit == "persons" and dim == "role":
        sql, args = "SELECT case_id FROM roles WHERE role = ?", [value]
    elif unit in ("incidents", "cases") and (dim in ("tactic", "pace") or (dim, unit) == ("involvement", "incidents")
                                             and value):
        facet = f"{dim}:{value or 'none'}" if dim == "pace" else f"{dim}:{value}"
        sql, args = ("SELECT d.case_id FROM search_facet_name n CROSS JOIN search_facet f ON f.code = n.code "
                     "CROSS JOIN search_doc d ON d.docid = f.docid WHERE n.facet = ?", [facet])
        if unit == "cases" and not value:  # "": also the cases without any incident
            sql += " UNION SELECT c.id FROM cases c WHERE NOT EXISTS (SELECT 1 FROM incidents i WHERE i.case_id = c.id)"
    elif unit == "incidents" and dim in ("year", "involvement"):
        column = "year" if dim == "year" else "host_involvement"
        sql, args = f"SELECT case_id FROM incidents INDEXED BY incidents_case WHERE {column} = ?", [value]
    else:
        raise ValueError(f"{unit} by {dim} is not counted in SQL")
    found = {case_id for (case_id,) in vault.conn.execute(sql, args)}
    ids = selected_ids(vault, selection)
    return frozenset(found if ids is None else found.intersection(ids))


def vault_state(vault: Vault) -> tuple[int, str, str]:
    """The audit head (sequence number, SHA-256 hex) and when it was written: the state and the
    date of the data a report counts."""
    seq, digest = vault.repos.audit.head()
    row = vault.conn.execute("SELECT at FROM audit WHERE seq = ?", (seq,)).fetchone()
    return seq, digest, unpack_time(row[0]) if row else ""  # stored compactly (db.audit_storage)
