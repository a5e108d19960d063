"""The SQL behind the desktop case list: which cases match the filters and search text, in which
order, and the few columns the list shows, fetched a page at a time.

The list never loads 100,000 cases into Python objects: `case_ids` sorts and filters in SQL and
returns only ids; `case_rows` fetches the displayed columns for the rows the view actually paints.
Text search is a condition from db.search (`case_match`) in the same statement as the filters and
the order: the list shows matches in its own order, so nothing is ranked.

Thread rule: like every vault function, call these on the thread that opened the vault."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from db import vocab
from db.models import Person
from db.repository import chunks

if TYPE_CHECKING:
    from db.search import CaseMatch
    from db.vault import Vault


# Sort keys the list offers, as SQL expressions over `cases`; ties break on reference then id. Each
# has a covering index (db.list_schema), which only serves an ORDER BY written exactly like these.
SORT_KEYS: dict[str, str] = {
    "reference": "reference",
    "title": "title COLLATE NOCASE",
    "status": "status",
    "host_country": "host_country",
    "campaign": "campaign",
    "changed_at": "changed_at",  # the last change to anything in the case (db.last_change)
}
# Keys sorted in their vocabulary's order (open, monitoring, closed), which reads the same in every
# language, unlike an alphabetical order of translated labels: one indexed query per value.
VOCAB_ORDER: dict[str, dict[str, str]] = {"status": vocab.CASE_STATUS, "campaign": vocab.CAMPAIGN}


@dataclass(frozen=True)
class CaseQuery:
    """What the case list shows: search text, filters (empty tuple = no restriction; several
    values in one filter = any of them) and the sort order."""

    text: str = ""
    status: tuple[str, ...] = ()
    campaign: tuple[str, ...] = ()
    tactic: tuple[str, ...] = ()
    host_country: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    sort: str = "reference"
    descending: bool = False

    def is_filtered(self) -> bool:
        return bool(self.text.strip() or self.status or self.campaign or self.tactic or self.host_country
                    or self.tags)


@dataclass(frozen=True)
class CaseRow:
    """The columns of one line of the case list."""

    id: str
    reference: str
    title: str
    status: str
    host_country: str
    campaign: str
    changed_at: str  # the last change to anything in the case (db.last_change)


@dataclass(frozen=True)
class FilterChoices:
    """Values the free-form filters can offer: those present in the vault, sorted. (Status,
    campaign and tactic offer their whole vocabulary instead.)"""

    host_countries: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def _in(column: str, values: Sequence[str], args: list[Any]) -> str:
    args.extend(values)
    return f"{column} IN ({','.join('?' * len(values))})"


def case_ids(vault: Vault, query: CaseQuery) -> list[str]:
    """Ids of the cases matching `query`, in its order. Unknown sort keys raise ValueError."""
    if query.sort not in SORT_KEYS:
        raise ValueError(f"cannot sort the case list by {query.sort!r}")
    where: list[str] = []
    args: list[Any] = []
    if query.status:
        where.append(_in("status", query.status, args))
    if query.campaign:
        where.append(_in("campaign", query.campaign, args))
    if query.host_country:
        where.append(_in("host_country", query.host_country, args))
    if query.tactic:  # through the search index's facets: one row per case and tactic, not per incident
        where.append("id IN (SELECT d.case_id FROM search_facet f JOIN search_doc d ON d.docid = f.docid "
                     "JOIN search_facet_name n ON n.code = f.code WHERE "
                     + _in("n.facet", [f"tactic:{t}" for t in query.tactic], args) + ")")
    for tag in query.tags:  # every chosen tag must be present
        where.append("id IN (SELECT case_id FROM case_tags WHERE tag = ?)")
        args.append(tag)
    source = "cases"
    match = _search_match(query.text.strip())
    if match is not None:
        if match.at_least(vault.conn, _walk_from(vault, query.sort)):
            # Most cases match: walk the list's order and test each case's docid against the matches
            # (the unary + keeps SQLite from driving the join from them), rather than fetch every
            # match by id and sort them all again.
            source = "cases CROSS JOIN search_doc s ON s.case_id = cases.id"
            where.append(match.condition("+s.docid"))
        else:
            where.append(f"id IN (SELECT s.case_id FROM search_doc s WHERE {match.condition()})")
        args.extend(match.args)
    direction = "DESC" if query.descending else "ASC"
    key = SORT_KEYS[query.sort]
    order = f"reference {direction}, id {direction}" if key == "reference" else \
        f"{key} {direction}, reference {direction}, id {direction}"
    values = VOCAB_ORDER.get(query.sort)
    if values is None:
        condition = " WHERE " + " AND ".join(where) if where else ""
        sql = f"SELECT cases.id FROM {source}{condition} ORDER BY {order}"
        return [row[0] for row in vault.conn.execute(sql, args)]
    # Values outside the vocabulary (None here) sort after it, so first when descending.
    ranked: list[str | None] = [*values, None]
    out: list[str] = []
    for value in reversed(ranked) if query.descending else ranked:
        if value is None:
            test, extra = f"{query.sort} NOT IN ({','.join('?' * len(values))})", list(values)
        else:
            test, extra = f"{query.sort} = ?", [value]
        sql = f"SELECT cases.id FROM {source} WHERE {' AND '.join([test, *where])} ORDER BY {order}"
        out += [row[0] for row in vault.conn.execute(sql, [*extra, *args])]
    return out


def _search_match(text: str) -> CaseMatch | None:
    from db.search import case_match  # noqa: PLC0415 - the search feature owns its module

    return case_match(text) if text else None


def _walk_from(vault: Vault, sort: str) -> int:
    """How many matches make walking the whole list cheaper than fetching the matches and sorting
    them (bench_search, 100,000 cases): about one case in six, but two in three for the title order,
    whose index compares without case. Estimated from the search index's docids."""
    row = vault.conn.execute("SELECT max(docid) FROM search_doc").fetchone()
    cases = row[0] or 0
    return max(cases * 2 // 3 if sort == "title" else cases // 6, 1000)


def case_rows(vault: Vault, ids: Sequence[str]) -> dict[str, CaseRow]:
    """The list columns of the given cases (missing ids, e.g. just deleted, are left out)."""
    out: dict[str, CaseRow] = {}
    for part in chunks(list(ids)):
        for row in vault.conn.execute(
                "SELECT id, reference, title, status, host_country, campaign, changed_at FROM cases "
                f"WHERE id IN ({','.join('?' * len(part))})", part):
            out[row[0]] = CaseRow(*row)
    return out


def last_change(vault: Vault, case_id: str) -> str:
    """When anything in the case last changed (db.last_change); '' for an unknown case."""
    row = vault.conn.execute("SELECT changed_at FROM cases WHERE id = ?", (case_id,)).fetchone()
    return row[0] if row else ""


def filter_choices(vault: Vault) -> FilterChoices:
    """Host countries and tags in use, for the filter menus."""
    conn = vault.conn
    return FilterChoices(
        host_countries=[r[0] for r in conn.execute(
            "SELECT DISTINCT host_country FROM cases WHERE host_country != '' ORDER BY host_country")],
        tags=[r[0] for r in conn.execute("SELECT DISTINCT tag FROM case_tags ORDER BY tag COLLATE NOCASE")],
    )


def find_persons(vault: Vault, text: str, limit: int = 50) -> list[Person]:
    """Persons whose name, original-script name or alias contains `text` (for linking an existing
    person to a case), ordered by name. Plain substring match: a two-character Chinese name works."""
    needle = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    ids = [r[0] for r in vault.conn.execute(
        "SELECT id FROM persons WHERE name LIKE :n ESCAPE '\\' OR name_original LIKE :n ESCAPE '\\' "
        "OR aliases LIKE :n ESCAPE '\\' ORDER BY name COLLATE NOCASE, name_original, id LIMIT :limit",
        {"n": needle, "limit": int(limit)})]
    found = vault.repos.persons.get_many(ids)
    return [found[i] for i in ids if i in found]


def person_use_count(vault: Vault, person_id: str) -> int:
    """How many records still refer to a person (0: nothing keeps them in the vault; db.references)."""
    from db.references import person_uses  # noqa: PLC0415

    return person_uses(vault.conn, person_id)
