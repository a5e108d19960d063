"""The SQL behind the desktop case list: which cases match the filters and search text, in which
order, and the few columns the list shows, fetched a page at a time.

The list never loads 100,000 cases into Python objects: `case_ids` sorts and filters in SQL and
returns only ids; `case_rows` fetches the displayed columns for the rows the view actually paints.
Text search is delegated to db.search (`matching_case_ids`); its result is joined in SQL through a
temporary table, which lives in memory because the vault sets `temp_store = MEMORY`.

Thread rule: like every vault function, call these on the thread that opened the vault."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from db import vocab
from db.models import Person
from db.repository import chunks

if TYPE_CHECKING:
    from db.vault import Vault


def _vocab_order(column: str, vocabulary: dict[str, str]) -> str:
    """Sort a vocabulary column in the vocabulary's own order (open, monitoring, closed), which
    reads the same in every language, unlike an alphabetical order of translated labels."""
    whens = " ".join(f"WHEN '{key}' THEN {n}" for n, key in enumerate(vocabulary))
    return f"CASE {column} {whens} ELSE {len(vocabulary)} END"


# Sort keys the list offers, as SQL expressions over `cases`; ties break on reference then id.
SORT_KEYS: dict[str, str] = {
    "reference": "reference",
    "title": "title COLLATE NOCASE",
    "status": _vocab_order("status", vocab.CASE_STATUS),
    "host_country": "host_country",
    "campaign": _vocab_order("campaign", vocab.CAMPAIGN),
    "updated_at": "updated_at",
}


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
    updated_at: str


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
    if query.tactic:
        where.append("id IN (SELECT case_id FROM incidents WHERE " + _in("tactic", query.tactic, args) + ")")
    for tag in query.tags:  # every chosen tag must be present
        where.append("id IN (SELECT case_id FROM case_tags WHERE tag = ?)")
        args.append(tag)
    text = query.text.strip()
    if text:
        matched = _search_ids(vault, text)
        if matched is not None:
            _fill_match_table(vault, matched)
            where.append("id IN (SELECT id FROM temp.caselist_match)")
    direction = "DESC" if query.descending else "ASC"
    sql = "SELECT id FROM cases"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {SORT_KEYS[query.sort]} {direction}, reference {direction}, id"
    return [row[0] for row in vault.conn.execute(sql, args)]


def _search_ids(vault: Vault, text: str) -> list[str] | None:
    from db.search import matching_case_ids  # noqa: PLC0415 - the search feature owns its module

    return matching_case_ids(vault, text)


def _fill_match_table(vault: Vault, ids: Iterable[str]) -> None:
    conn = vault.conn
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS caselist_match (id TEXT PRIMARY KEY) WITHOUT ROWID")
    conn.execute("DELETE FROM temp.caselist_match")
    conn.executemany("INSERT OR IGNORE INTO temp.caselist_match(id) VALUES (?)", ((i,) for i in ids))


def case_rows(vault: Vault, ids: Sequence[str]) -> dict[str, CaseRow]:
    """The list columns of the given cases (missing ids, e.g. just deleted, are left out)."""
    out: dict[str, CaseRow] = {}
    for part in chunks(list(ids)):
        for row in vault.conn.execute(
                "SELECT id, reference, title, status, host_country, campaign, updated_at FROM cases "
                f"WHERE id IN ({','.join('?' * len(part))})", part):
            out[row[0]] = CaseRow(*row)
    return out


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
