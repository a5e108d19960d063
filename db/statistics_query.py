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
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from db import caselist
from db.audit_storage import unpack_time
from db.caselist import CaseQuery
from db.repository import chunks
from db.search_filter import SearchFilters

if TYPE_CHECKING:
    from db.vault import Vault

AFFECTED_ROLES = ("target", "relative", "associate")  # persons counted as affected by a case
PARTS = frozenset({"incidents", "roles", "returns", "mass", "stations"})  # what load reads besides the cases
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
    record: 100,000 cases and their incidents load in a fraction of a second this way.

    Cases: `case_ids` with `host`, `region`, `campaign`, `status`, `outcome` (current) and `year`
    (of the earliest dated incident, "" when none) at the same positions; `returned` maps each case
    (by position) whose outcome history (or current outcome) records a return to the year of its
    first dated return ("" unknown); `categories` the categories of each case's targets (cases with
    any). Incidents: `inc_case` (a position in case_ids), `inc_tactic`, `inc_year`,
    `inc_involvement`. `mass`: incidents aimed at MASS_EVENT people or more, as (case position,
    year, tactic, host-state part, people). `roles`: (case id, person id, role) for targets,
    relatives and associates; `people`: the persons who count as more than one (groups: their
    size, at least 2 when unknown). `cache` keeps what the tables derive from these columns."""

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
    parts: frozenset[str] = PARTS  # what was read besides the cases (load)
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
_PEOPLE = "CASE WHEN p.kind = 'group' THEN max(coalesce(p.group_size, 2), 1) ELSE 1 END"


_YEAR = ("CASE WHEN coalesce(i.date_start, i.date_end) GLOB '[0-9][0-9][0-9][0-9]*' "
         "THEN substr(coalesce(i.date_start, i.date_end), 1, 4) ELSE '' END")


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
    rows = conn.execute(f"SELECT i.case_id, i.tactic, {_YEAR}, i.host_involvement FROM "
                        f"{src('incidents i', 'i.case_id')}").fetchall() if "incidents" in parts else []
    inc_case_ids, inc_tactic, inc_year, inc_involvement = (list(c) for c in (zip(*rows, strict=True) if rows
                                                                             else [()] * 4))
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
    roles, people, categories = _roles(conn, src, few, position) if "roles" in parts else ([], {}, {})
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
                 inc_year, inc_involvement, mass, roles, people, stations, filtered, frozenset(parts))


def _roles(conn: Any, src: Callable[[str, str], str], few: bool, position: dict[str, int]) \
        -> tuple[list[tuple[str, str, str]], dict[str, int], dict[int, frozenset[str]]]:
    """The roles that make a person affected; the persons that count as more than one (groups);
    the categories of each case's targets."""
    roles = conn.execute(f"SELECT r.case_id, r.person_id, r.role FROM {src('roles r', 'r.case_id')} "
                         f"WHERE r.role IN ({','.join('?' * len(AFFECTED_ROLES))})", AFFECTED_ROLES).fetchall()
    people: dict[str, int] = {}
    person_categories: dict[str, list[str]] = {}
    persons_sql = (f"SELECT DISTINCT p.id, p.kind, p.group_size, p.categories FROM {src('roles r', 'r.case_id')} "
                   "JOIN persons p ON p.id = r.person_id" if few else
                   "SELECT p.id, p.kind, p.group_size, p.categories FROM persons p")
    for person_id, kind, size, cats in conn.execute(f"{persons_sql} WHERE (p.kind = 'group' OR p.categories != '[]')"):
        if kind == "group":
            people[person_id] = max(size or 2, 1)
        if cats != "[]":
            person_categories[person_id] = json.loads(cats)
    categories: dict[int, set[str]] = {}
    if person_categories:
        for case_id, person_id, role in roles:
            if role == "target" and person_id in person_categories:
                categories.setdefault(position[case_id], set()).update(person_categories[person_id])
    return roles, people, {c: frozenset(v) for c, v in categories.items()}


def _mass(conn: Any, only: Callable[[str], str]) -> list[tuple[str, str, str, str, int]]:
    """Mass events, looked for only in the cases the search index marks as having one."""
    from db.search_index import MASS_EVENT  # noqa: PLC0415 - its rule, and its facet

    return conn.execute(
        # CROSS JOIN keeps SQLite to this order: the facet first, then only those cases' incidents.
        f"SELECT i.case_id, {_YEAR}, i.tactic, i.host_involvement, sum({_PEOPLE}) FROM search_facet_name n "
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



def vault_state(vault: Vault) -> tuple[int, str, str]:
    """The audit head (sequence number, SHA-256 hex) and when it was written: the state and the
    date of the data a report counts."""
    seq, digest = vault.repos.audit.head()
    row = vault.conn.execute("SELECT at FROM audit WHERE seq = ?", (seq,)).fetchone()
    return seq, digest, unpack_time(row[0]) if row else ""  # stored compactly (db.audit_storage)
