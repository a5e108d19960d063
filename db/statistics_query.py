"""The read side of the statistics (exporters.statistics): which cases are counted, and the facts
about them that the tables count, loaded in a few set-wise queries (no record objects), so that
every table over 100,000 cases comes out in well under a second.

Which cases: a `Selection` holds either the case list's query (db.caselist.CaseQuery: the ids the
list shows) or the text and filters of `casevault search` (db.search.SearchFilters: the ids search
finds). Counts therefore follow exactly the filters of the list or of the command line, because
they ask the same function for their ids.

Thread rule: like every vault function, on the thread that opened the vault. Reads only (a
temporary in-memory table holds the selected ids)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from db import caselist, vocab
from db.caselist import CaseQuery
from db.repository import chunks
from db.search_filter import SearchFilters

if TYPE_CHECKING:
    from db.vault import Vault

AFFECTED_ROLES = ("target", "relative", "associate")  # persons counted as affected by a case
STATION_KIND = "overseas_police_station"


@dataclass(frozen=True)
class Selection:
    """The cases counted: the case list's `query` when given, else `text` and `filters` as
    `casevault search` reads them. An empty selection counts every case."""

    text: str = ""
    filters: SearchFilters = field(default_factory=SearchFilters)
    query: CaseQuery | None = None


@dataclass(frozen=True)
class CaseFact:
    id: str
    reference: str
    year: str  # year of its earliest dated incident; "" when none is dated
    host_country: str
    region: str
    campaign: str
    status: str
    outcome: str
    tactics: frozenset[str]
    pace: frozenset[str]  # PACE 2509 methods of its incidents ("" for tactics outside the typology)
    involvement: frozenset[str]  # the host state's part in its incidents ("" not recorded)
    categories: frozenset[str]  # categories of its targets ("" none recorded)
    return_year: str | None  # None: never returned; "": returned, year unknown


@dataclass(frozen=True)
class IncidentFact:
    id: str
    case_id: str
    year: str
    tactic: str
    pace: str
    involvement: str
    host_country: str  # the case's
    people: int  # how many people it was aimed at (a group counts as its size, at least 2)


@dataclass(frozen=True)
class PersonFact:
    person_id: str
    case_id: str
    role: str
    people: int  # 1, or a group's size (at least 2 when unknown)


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
    cases: list[CaseFact]
    incidents: list[IncidentFact]
    persons: list[PersonFact]
    stations: list[StationFact]
    filtered: bool  # False: every case of the vault


def selected_ids(vault: Vault, selection: Selection) -> list[str] | None:
    """Ids of the selected cases, or None for every case."""
    if selection.query is not None:
        q = selection.query
        return caselist.case_ids(vault, q) if q.is_filtered() else None
    from db.search import matching_case_ids  # noqa: PLC0415 - the search feature owns its module

    return matching_case_ids(vault, selection.text, selection.filters)


def load(vault: Vault, selection: Selection) -> Facts:
    """Everything the statistics count, for the selected cases."""
    ids = selected_ids(vault, selection)
    conn = vault.conn
    if ids is None:
        join, case_where = "", ""
    else:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS stat_cases (id TEXT PRIMARY KEY) WITHOUT ROWID")
        conn.execute("DELETE FROM temp.stat_cases")
        conn.executemany("INSERT OR IGNORE INTO temp.stat_cases(id) VALUES (?)", ((i,) for i in ids))
        join, case_where = " JOIN temp.stat_cases s ON s.id = {col}", " WHERE id IN (SELECT id FROM temp.stat_cases)"
    try:
        return _load(conn, join, case_where, ids is not None)
    finally:
        if ids is not None:
            conn.execute("DELETE FROM temp.stat_cases")


def _year(date: str | None) -> str:
    return date[:4] if date and len(date) >= 4 and date[:4].isdigit() else ""


def _people(kind: str, size: int | None) -> int:
    # A group counts as its recorded size, at least 2 when unknown (as db.search_index counts mass events).
    return max(size or 2, 1) if kind == "group" else 1


def _load(conn: Any, join: str, case_where: str, filtered: bool) -> Facts:
    def by_case(col: str) -> str:
        return join.format(col=col)

    people: dict[str, int] = {}
    for incident_id, n in conn.execute(
            "SELECT t.incident_id, sum(CASE WHEN p.kind = 'group' THEN max(coalesce(p.group_size, 2), 1) ELSE 1 END) "
            f"FROM incident_targets t JOIN persons p ON p.id = t.person_id JOIN incidents i ON i.id = t.incident_id"
            f"{by_case('i.case_id')} GROUP BY t.incident_id"):
        people[incident_id] = n
    rows = conn.execute(f"SELECT i.id, i.case_id, i.tactic, coalesce(i.date_start, i.date_end), i.host_involvement "
                        f"FROM incidents i{by_case('i.case_id')}").fetchall()
    case_rows = conn.execute(f"SELECT id, reference, host_country, region, campaign, status, outcome FROM cases"
                             f"{case_where}").fetchall()
    host = {r[0]: r[2] for r in case_rows}
    incidents: list[IncidentFact] = []
    per_case: dict[str, list[IncidentFact]] = {}
    pace_of = {k: t.pace for k, t in vocab.TACTICS.items()}
    for incident_id, case_id, tactic, date, involvement in rows:
        fact = IncidentFact(incident_id, case_id, _year(date), tactic, pace_of.get(tactic, ""), involvement or "",
                            host.get(case_id, ""), people.get(incident_id, 0))
        incidents.append(fact)
        per_case.setdefault(case_id, []).append(fact)
    categories: dict[str, set[str]] = {}
    persons: list[PersonFact] = []
    for case_id, person_id, role, kind, size, cats in conn.execute(
            "SELECT r.case_id, r.person_id, r.role, p.kind, p.group_size, p.categories FROM roles r "
            f"JOIN persons p ON p.id = r.person_id{by_case('r.case_id')} "
            f"WHERE r.role IN ({','.join('?' * len(AFFECTED_ROLES))})", AFFECTED_ROLES):
        persons.append(PersonFact(person_id, case_id, role, _people(kind, size)))
        if role == "target" and cats != "[]":
            categories.setdefault(case_id, set()).update(json.loads(cats))
    returns: dict[str, str] = {}
    for case_id, date in conn.execute(
            f"SELECT o.case_id, o.date FROM outcomes o{by_case('o.case_id')} WHERE o.outcome LIKE 'returned%' "
            "ORDER BY o.case_id, o.date IS NULL, o.date"):
        returns.setdefault(case_id, _year(date))
    cases = []
    for case_id, reference, host_country, region, campaign, status, outcome in case_rows:
        mine = per_case.get(case_id, ())
        years = [i.year for i in mine if i.year]
        return_year = returns.get(case_id)
        if return_year is None and outcome.startswith("returned"):
            return_year = ""
        cases.append(CaseFact(
            case_id, reference, min(years) if years else "", host_country, " ".join(region.split()), campaign, status,
            outcome, frozenset(i.tactic for i in mine), frozenset(i.pace for i in mine),
            frozenset(i.involvement for i in mine), frozenset(categories.get(case_id, ())), return_year))
    return Facts(cases, incidents, persons, _stations(conn, by_case("i.case_id")), filtered)


def _stations(conn: Any, join: str) -> list[StationFact]:
    found: dict[str, dict[str, Any]] = {}
    for org_id, case_id, incident_date, source_date, kind, title, outlet, citation in conn.execute(
            "SELECT a.organisation_id, i.case_id, coalesce(i.date_start, i.date_end), s2.date, s2.kind, s2.title, "
            "s2.outlet, s2.citation FROM incident_actors a JOIN organisations o ON o.id = a.organisation_id "
            f"JOIN incidents i ON i.id = a.incident_id{join} "
            "LEFT JOIN incident_sources x ON x.incident_id = i.id LEFT JOIN sources s2 ON s2.id = x.source_id "
            "WHERE o.kind = ?", (STATION_KIND,)):
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
    return seq, digest, row[0] if row else ""
