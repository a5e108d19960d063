"""Full-text search over everything in the vault, with filters (issue 3).

The index (db.search_index) holds one row per case and one per person or organisation, linked to
the cases that mention them. All words of a query must match somewhere in the case: each in the
case's own row or in the row of a person or organisation it mentions. Query syntax is in
db.search_query; text folding and Chinese handling in db.search_text. Results are ranked by bm25,
the case's own row and its best-matching person or organisation together, with titles and names
weighing more; when a query matches more than RANK_LIMIT cases, ranking all of them would cost
more than it tells, so the cases matching in a title, reference, tag or name come first (ranked,
if they are few enough) and the rest follow newest-indexed first.

Thread rule: call these with the vault from the thread that owns it (the desktop's database
worker). They only read, except `reindex`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from db.search_filter import Filter, SearchFilters
from db.search_index import NAME_FIELDS, Field, case_fields, rebuild
from db.search_query import Term, find, parse
from db.search_text import fold, fold_with_offsets, has_han

if TYPE_CHECKING:
    from db.vault import Vault

__all__ = ["SearchFilters", "SearchHit", "CaseMatch", "case_match", "matching_case_ids", "reindex", "search"]

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


# The case docids matching one term (or one OR of terms): in the case's own row, or in the row of a
# person or organisation the case mentions.
_TERM = ("SELECT d FROM (SELECT rowid AS d FROM search_fts WHERE search_fts MATCH ? UNION ALL "
         "SELECT l.case_docid FROM search_names_fts JOIN search_link l ON l.entity_docid = search_names_fts.rowid "
         "WHERE search_names_fts MATCH ?)")


def matched_docids(positive: list[str], negative: list[str], strong: bool = False) -> tuple[str, list[Any]]:
    """SQL selecting (as `d`) the docids of the cases matching every positive term and no negative one
    (FTS5 expressions of db.search_query); `strong`: the positive terms only in titles, references,
    tags and names. At least one positive term."""
    sql, args = [], []
    for term in positive:
        sql.append(_TERM)
        args += [f"{{head names}} : ({term})", f"{{names}} : ({term})"] if strong else [term, term]
    if negative:
        either = " OR ".join(negative)
        sql.append(_TERM)
        args += [either, either]
    return " INTERSECT ".join(sql[:len(positive)]) + (" EXCEPT " + sql[-1] if negative else ""), args


@dataclass(frozen=True)
class CaseMatch:
    """The cases a query matches, unranked, for lists that order cases by something else (the case
    list): `sql` selects docids (as `d`) of the search index; the matches are those docids, or with
    `negated` (a query of exclusions only) every case but them."""

    sql: str
    args: list[Any]
    negated: bool

    def condition(self, docid: str = "s.docid") -> str:
        """An SQL condition on a docid expression (e.g. of search_doc joined on the case id)."""
        return f"{docid} {'NOT IN' if self.negated else 'IN'} ({self.sql})"

    def at_least(self, conn: Any, n: int) -> bool:
        """Whether `n` or more cases match, reading no more of the index than that needs."""
        if self.negated:  # exclusions keep most cases; counting them would cost a full pass
            return True
        row = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM ({self.sql}) LIMIT ?)", [*self.args, n]).fetchone()
        return row[0] >= n


def case_match(query: str) -> CaseMatch | None:
    """What `query` matches, for a statement with the list's own filters and order, instead of
    ranking every match and sorting the ranked ids again. None when the query holds nothing
    searchable. Raises ValidationError as `parse` does."""
    terms = parse(query)
    positive = [t.fts() for t in terms if not t.negated]
    negative = [t.fts() for t in terms if t.negated]
    if not positive and not negative:
        return None
    if not positive:
        either = " OR ".join(negative)
        return CaseMatch(_TERM, [either, either], negated=True)
    sql, args = matched_docids(positive, negative)
    return CaseMatch(sql, args, negated=False)


def reindex(vault: Vault) -> int:
    """Rebuild the whole index (CLI `reindex`); returns the number of cases indexed."""
    with vault.write():
        return rebuild(vault.conn)


# -- planning and running the query ----------------------------------------------------------------------

class _Plan:
    def __init__(self, conn: Any, terms: list[Term], filters: SearchFilters) -> None:
        self.conn = conn
        self.positive = [t.fts() for t in terms if not t.negated]
        self.negative = [t.fts() for t in terms if t.negated]
        self.filter = Filter(conn, filters)
        self.unrestricted = not self.positive and not self.negative and self.filter.empty
        conn.execute("PRAGMA cache_size = -65536")  # again after a rekey reopened the connection; costs nothing

    def case_ids(self, limit: int | None) -> list[str]:
        lim = -1 if limit is None else max(int(limit), 0)
        if not self.positive:
            return self._without_text(lim)
        found = self._docids(strong=False, lim=RANK_LIMIT + 1)  # unordered; stops past RANK_LIMIT
        if len(found) <= RANK_LIMIT:
            return self._case_ids(self._best(found, lim))
        # Too many to rank: matches in titles, references, tags or names first, then the rest, newest first.
        strong = self._docids(strong=True, lim=RANK_LIMIT + 1)
        first = self._best(strong, lim, strong=True) if len(strong) <= RANK_LIMIT else \
            self._docids(True, lim, newest=True)
        if 0 <= lim <= len(first):
            return self._case_ids(first[:lim])
        seen = set(first)
        rest = [d for d in self._docids(False, -1 if lim < 0 else lim + len(first), newest=True) if d not in seen]
        out = first + rest
        return self._case_ids(out if lim < 0 else out[:lim])

    def _docids(self, strong: bool, lim: int, newest: bool = False) -> list[int]:
        sql, args = matched_docids(self.positive, self.negative, strong)
        tests, test_args = self.filter.tests("m.d")
        order = " ORDER BY m.d DESC" if newest else ""
        return [r[0] for r in self.conn.execute(f"SELECT DISTINCT m.d FROM ({sql}) m WHERE 1{tests}{order} LIMIT ?",
                                                [*args, *test_args, lim])]

    def _best(self, docids: list[int], lim: int, strong: bool = False) -> list[int]:
        """Docids by bm25 (lower is better): the case's own row (for all the terms together) plus its
        best-matching person or organisation. FTS5 ranks a whole MATCH fast and a MATCH limited to
        given rowids slowly, so each rank query reads every match and keeps those asked for."""
        if not docids:
            return []
        score = dict.fromkeys(docids, 0.0)
        own = " AND ".join(f"({t})" for t in self.positive)
        either = " OR ".join(f"({t})" for t in self.positive)
        if strong:
            own, either = f"{{head names}} : ({own})", f"{{names}} : ({either})"
        for docid, rank in self.conn.execute("SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ?", [own]):
            if docid in score:
                score[docid] += rank
        best: dict[int, float] = {}
        for docid, rank in self.conn.execute(
                "SELECT l.case_docid, n.rank FROM search_names_fts n JOIN search_link l ON l.entity_docid = n.rowid "
                "WHERE search_names_fts MATCH ?", [either]):
            if docid in score and rank < best.get(docid, 0.0):
                best[docid] = rank
        for docid, rank in best.items():
            score[docid] += rank
        ordered = sorted(docids, key=lambda d: (score[d], -d))
        return ordered if lim < 0 else ordered[:lim]

    def _case_ids(self, docids: list[int]) -> list[str]:
        ids: dict[int, str] = {}
        for start in range(0, len(docids), 500):
            part = docids[start:start + 500]
            ids.update(self.conn.execute(
                f"SELECT docid, case_id FROM search_doc WHERE docid IN ({','.join('?' * len(part))})", part))
        return [ids[d] for d in docids if d in ids]

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
        if self.negative:
            either = " OR ".join(self.negative)
            sql += f" AND d.docid NOT IN ({_TERM})"
            args = [*args, either, either]
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
