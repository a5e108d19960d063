"""Full-text search over everything in the vault, with filters (issue 3).

The index (db.search_index) holds one row per case, so all words of a query must match somewhere
in the case, not necessarily in one field. Query syntax is in db.search_query; text folding and
Chinese handling in db.search_text. Results are ranked by bm25 with titles and names weighing
more; when a query matches more than RANK_LIMIT cases, ranking all of them would cost more than
it tells, so the cases matching in a title, reference, tag or name come first (ranked, if they
are few enough) and the rest follow newest-indexed first.

Thread rule: call these with the vault from the thread that owns it (the desktop's database
worker). They only read, except `reindex`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from db.search_filter import Filter, SearchFilters
from db.search_index import NAME_FIELDS, Field, case_fields, rebuild
from db.search_query import Term, find, fts_expression, parse
from db.search_text import fold, fold_with_offsets, has_han

if TYPE_CHECKING:
    from db.vault import Vault

__all__ = ["SearchFilters", "SearchHit", "case_condition", "matching_case_ids", "reindex", "search"]

RANK_LIMIT = 1000  # matches ranked by bm25; past this, title and name matches first
DENSE_MIN = 200  # filters passing more cases than this (plus 4 per hit asked for) are run case by case
SNIPPET = 120  # characters of context shown around a match, at most
OPEN, CLOSE = "\u00ab", "\u00bb"


@dataclass
class SearchHit:
    case_id: str
    reference: str
    title: str
    field: str  # which field matched, e.g. "person name", "incident description", "title"; "" for filters only
    snippet: str  # short text around the match; matched parts wrapped in «» (U+00AB/U+00BB)


def search(vault: Vault, query: str, filters: SearchFilters | None = None, limit: int = 200) -> list[SearchHit]:
    """Cases matching the query and filters, best first, one hit per case. Empty query + filters:
    filter only, in reference order. A query with nothing searchable in it (only punctuation) counts
    as empty; empty query and no filters lists every case. Raises ValidationError for a filter it
    cannot read (unknown status, malformed date) or an absurdly long query; never an SQL error."""
    terms = parse(query)
    plan = _Plan(vault.conn, terms, filters or SearchFilters())
    case_ids = plan.case_ids(limit)
    conn = vault.conn
    rows: dict[str, tuple[str, str]] = {}
    for start in range(0, len(case_ids), 500):
        part = case_ids[start : start + 500]
        for case_id, reference, title in conn.execute(
                f"SELECT id, reference, title FROM cases WHERE id IN ({','.join('?' * len(part))})", part):
            rows[case_id] = (reference, title)
    positive = [t for t in terms if not t.negated]
    fields = case_fields(conn, case_ids) if positive else {}
    hits = []
    for case_id in case_ids:
        if case_id not in rows:  # only if the index was damaged outside CaseVault; `reindex` repairs it
            continue
        reference, title = rows[case_id]
        label, snippet = describe(fields.get(case_id, []), positive)
        hits.append(SearchHit(case_id, reference, title, label, snippet))
    return hits


def matching_case_ids(vault: Vault, query: str, filters: SearchFilters | None = None) -> list[str] | None:
    """Ids of all cases matching (no limit), for the desktop's case list, in the order `search`
    would give them; None means 'no restriction' (nothing searchable in the query, no filters)."""
    plan = _Plan(vault.conn, parse(query), filters or SearchFilters())
    if plan.unrestricted:
        return None
    return plan.case_ids(None)


_MATCHED = "SELECT d.case_id FROM search_fts JOIN search_doc d ON d.docid = search_fts.rowid WHERE search_fts MATCH ?"


def case_condition(query: str, column: str = "id") -> tuple[str, list[Any]] | None:
    """An SQL condition on a case id `column` that holds for the cases the query matches, unranked,
    for lists that order cases by something else (the case list): one statement with the list's own
    filters and order, instead of ranking every match and sorting the ranked ids again. None when the
    query holds nothing searchable. Raises ValidationError as `parse` does."""
    positive, negative = fts_expression(parse(query))
    if positive is None and negative is None:
        return None
    if positive is None:
        return f"{column} NOT IN ({_MATCHED})", [negative]
    expr = positive if negative is None else f"({positive}) NOT ({negative})"
    return f"{column} IN ({_MATCHED})", [expr]


def reindex(vault: Vault) -> int:
    """Rebuild the whole index (CLI `reindex`); returns the number of cases indexed."""
    with vault.write():
        return rebuild(vault.conn)


# -- planning and running the query ----------------------------------------------------------------------

class _Plan:
    def __init__(self, conn: Any, terms: list[Term], filters: SearchFilters) -> None:
        self.conn = conn
        self.positive, self.negative = fts_expression(terms)
        self.filter = Filter(conn, filters)
        self.unrestricted = self.positive is None and self.negative is None and self.filter.empty
        conn.execute("PRAGMA cache_size = -65536")  # again after a rekey reopened the connection; costs nothing

    def case_ids(self, limit: int | None) -> list[str]:
        lim = -1 if limit is None else max(int(limit), 0)
        if self.positive is None:
            return self._without_text(lim)
        expr = self.positive if self.negative is None else f"({self.positive}) NOT ({self.negative})"
        self._where, self._args = self._filtering(expr)
        found = self._fetch(expr, ranked=True, lim=RANK_LIMIT + 1)  # unordered; stops past RANK_LIMIT
        if len(found) <= RANK_LIMIT:
            return self._best(found, lim)
        # Too many to rank: matches in head or names first, then the rest, newest first.
        strong = "{head names} : (" + self.positive + ")"
        strong = strong if self.negative is None else f"({strong}) NOT ({self.negative})"
        found = self._fetch(strong, ranked=True, lim=RANK_LIMIT + 1)
        first = self._best(found, lim) if len(found) <= RANK_LIMIT else self._newest(strong, lim)
        if 0 <= lim <= len(first):
            return first[:lim]
        seen = set(first)
        rest = [c for c in self._newest(expr, -1 if lim < 0 else lim + len(first)) if c not in seen]
        out = first + rest
        return out if lim < 0 else out[:lim]

    def _filtering(self, expr: str) -> tuple[str, list[Any]]:
        """Conditions added to the text query: a filter passing far fewer cases than the text matches is
        read as a set of docids ("+rowid" keeps SQLite from handing it to FTS5 one docid at a time);
        the others test each match."""
        driver = self.filter.driver()
        if driver is not None and driver.size is not None:
            (matches,) = self.conn.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?",
                                           [expr]).fetchone()
            if driver.size * 8 < matches:
                tests, args = self.filter.tests("search_fts.rowid", skip=driver)
                return f" AND +search_fts.rowid IN ({driver.members}){tests}", [*driver.members_args, *args]
        return self.filter.tests("search_fts.rowid")

    def _fetch(self, expr: str, ranked: bool, lim: int, order: str = "") -> list[tuple[str, float]]:
        sql = (f"SELECT d.case_id, {'search_fts.rank' if ranked else '0'} FROM search_fts "
               f"JOIN search_doc d ON d.docid = search_fts.rowid WHERE search_fts MATCH ?{self._where}{order} LIMIT ?")
        return self.conn.execute(sql, [expr, *self._args, lim]).fetchall()

    @staticmethod
    def _best(found: list[tuple[str, float]], lim: int) -> list[str]:
        ids = [case_id for case_id, _ in sorted(found, key=lambda r: r[1])]  # bm25 rank: lower is better
        return ids if lim < 0 else ids[:lim]

    def _newest(self, expr: str, lim: int) -> list[str]:
        return [r[0] for r in self._fetch(expr, ranked=False, lim=lim, order=" ORDER BY search_fts.rowid DESC")]

    def _without_text(self, lim: int) -> list[str]:
        if self.unrestricted:
            return [r[0] for r in self.conn.execute("SELECT id FROM cases ORDER BY reference, id LIMIT ?", (lim,))]
        args: list[Any] = []
        if 0 <= lim and self.filter.dense(4 * lim + DENSE_MIN):
            # Many cases pass: walk the cases in reference order, testing each, until `lim` have passed.
            tests, args = self.filter.tests("d.docid")
            sql = f"SELECT c.id FROM cases c JOIN search_doc d ON d.case_id = c.id WHERE 1{tests}"
        else:
            docs, args = self.filter.members() if not self.filter.empty else ("SELECT docid FROM search_doc", [])
            sql = f"SELECT c.id FROM search_doc d JOIN cases c ON c.id = d.case_id WHERE d.docid IN ({docs})"
        if self.negative is not None:
            sql += " AND d.docid NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)"
            args = [*args, self.negative]
        return [r[0] for r in self.conn.execute(f"{sql} ORDER BY c.reference, c.id LIMIT ?", [*args, lim])]


# -- which field matched, and the snippet ----------------------------------------------------------------

def describe(fields: list[Field], terms: list[Term]) -> tuple[str, str]:
    """(field label, snippet) of the field matching the most terms; the first such in FIELDS order."""
    best: tuple[int, str, str, str, list[tuple[int, int]]] | None = None
    for label, text in fields:
        folded = fold(text)
        name = label in NAME_FIELDS and has_han(text)
        matched, spans = 0, []
        for term in terms:
            found = find(term, folded, text if name else None)
            if found:
                matched += 1
                spans += found
        if matched and (best is None or matched > best[0]):
            best = (matched, label, text, folded, spans)
            if matched == len(terms):
                break
    if best is None:
        return "", ""
    _, label, text, _, spans = best
    return label, snippet(text, spans)


def snippet(text: str, spans: list[tuple[int, int]]) -> str:
    """Up to SNIPPET characters of `text` around the first span, every span inside wrapped in «»."""
    _, offsets = fold_with_offsets(text)
    original = sorted((offsets[s], offsets[e - 1] + 1) for s, e in spans if e > s)
    merged: list[list[int]] = []
    for s, e in original:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    first = merged[0][0]
    start = max(0, first - SNIPPET // 4)
    if start:
        space = text.rfind(" ", max(0, start - 15), start + 1)
        start = space + 1 if space >= 0 else start
    end = min(len(text), max(start + SNIPPET, merged[0][1]))
    out, at = [], start
    for s, e in merged:
        if s >= end:
            break
        s, e = max(s, at), min(e, end)
        out += [text[at:s], OPEN, text[s:e], CLOSE]
        at = e
    out.append(text[at:end])
    body = " ".join("".join(out).split())
    return ("\u2026" if start else "") + body + ("\u2026" if end < len(text) else "")
