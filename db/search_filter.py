"""Search filters (status, campaign, tactic, host country, outcome, tags, incident dates) as SQL over
the index's facet and span tables (db.search_schema).

Each filter is a `Part` that can be used two ways: as the set of docids passing it (to drive a
query, best for a selective filter) or as a test of one docid (cheap when the text query already
narrowed the cases down). `Filter` picks between them; db.search runs the result.
Thread rule: with the vault's connection, from the thread that owns it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from db import vocab
from db.dates import parse_partial
from db.errors import ValidationError
from db.notices import Notice
from db.search_index import facet_codes, first_day, last_day, tag_facet
from db.search_schema import LONG_SPAN


@dataclass
class SearchFilters:
    status: list[str] = field(default_factory=list)  # any of
    campaign: list[str] = field(default_factory=list)
    tactic: list[str] = field(default_factory=list)  # case has an incident with any of these tactics
    host_country: list[str] = field(default_factory=list)
    outcome: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)  # case has all of these tags (case- and accent-insensitive)
    date_from: str | None = None  # partial date; case has an incident overlapping [date_from, date_to]
    date_to: str | None = None

    def is_empty(self) -> bool:
        return not (self.status or self.campaign or self.tactic or self.host_country or self.outcome
                    or self.tags or self.date_from or self.date_to)


@dataclass
class Part:
    members: str  # SELECT DISTINCT docid ... : the docids passing this filter
    members_args: list[Any]
    test: str  # a condition on the docid written {d}
    test_args: list[Any]
    size: int | None  # how many docids pass, when cheap to know (None: probably many)


class Filter:
    """The filters of one query, checked and turned into Parts."""

    def __init__(self, conn: Any, f: SearchFilters) -> None:
        self.conn = conn
        self.parts: list[Part] = []
        groups = [[f"{kind}:{v}" for v in values] for kind, values in (
            ("status", _check("status", f.status, vocab.CASE_STATUS)),
            ("campaign", _check("campaign", f.campaign, vocab.CAMPAIGN)),
            ("tactic", _check("tactic", f.tactic, vocab.TACTIC)),
            ("host", [h.strip().upper() for h in f.host_country if h.strip()]),
            ("outcome", _check("outcome", f.outcome, vocab.OUTCOME))) if values]
        groups += [[tag_facet(tag)] for tag in f.tags if tag.strip()]
        codes = facet_codes(conn, {facet for group in groups for facet in group})
        for group in groups:
            known = [codes[facet] for facet in group if facet in codes]  # a facet without a code is on no case
            marks = ",".join("?" * len(known))
            (size,) = conn.execute(f"SELECT count(*) FROM search_facet WHERE code IN ({marks})", known).fetchone()
            self.parts.append(Part(f"SELECT DISTINCT docid FROM search_facet WHERE code IN ({marks})", known,
                                   f"EXISTS (SELECT 1 FROM search_facet WHERE code IN ({marks}) AND docid = {{d}})",
                                   known, size))
        if f.date_from or f.date_to:
            lo = _day(f.date_from or "", "from", first_day)
            hi = _day(f.date_to or "", "to", last_day)
            if lo > hi:
                raise ValidationError("", Notice("The 'from' date is after the 'to' date."))
            # A short span starts at most LONG_SPAN days before `lo`, so only a band of the (lo, hi) index is
            # read; the few long spans have their own partial index.
            self.parts.append(Part(
                "SELECT docid FROM search_span WHERE lo BETWEEN ? AND ? AND hi >= ? "
                f"UNION SELECT docid FROM search_span WHERE hi - lo > {LONG_SPAN} AND lo <= ? AND hi >= ?",
                [lo - LONG_SPAN, hi, lo, hi, lo],
                "EXISTS (SELECT 1 FROM search_span WHERE docid = {d} AND lo <= ? AND hi >= ?)", [hi, lo], None))

    @property
    def empty(self) -> bool:
        return not self.parts

    def driver(self) -> Part | None:
        """The part with the fewest docids, or the date part when it is the only one."""
        known = [p for p in self.parts if p.size is not None]
        if known:
            return min(known, key=lambda p: p.size or 0)
        return self.parts[0] if self.parts else None

    def dense(self, many: int) -> bool:
        """Whether at least about `many` cases pass every part (true when there are no parts): cheap
        estimates, for choosing how to run a query, never for its result."""
        for p in self.parts:
            size = p.size
            if size is None:  # the date part: count the cases in its band, stopping at `many`
                (size,) = self.conn.execute(f"SELECT count(*) FROM ({p.members} LIMIT ?)",
                                            [*p.members_args, many]).fetchone()
            if size < many:
                return False
        return True

    def tests(self, d: str, skip: Part | None = None) -> tuple[str, list[Any]]:
        """' AND ...' conditions on the docid expression `d` for every part but `skip`."""
        sql, args = "", []
        for p in self.parts:
            if p is not skip:
                sql += " AND " + p.test.format(d=d)
                args += p.test_args
        return sql, args

    def members(self) -> tuple[str, list[Any]]:
        """SQL selecting every docid that passes all parts (the filter must not be empty)."""
        driver = self.driver()
        assert driver is not None
        tests, args = self.tests("m.docid", skip=driver)  # qualified: inside EXISTS a bare docid is the inner one
        return f"SELECT m.docid FROM ({driver.members}) m WHERE 1{tests}", [*driver.members_args, *args]


def _check(kind: str, values: list[str], vocabulary: dict[str, str]) -> list[str]:
    """Vocabulary keys for the given keys or English labels; a plain message for anything else."""
    out = []
    for v in values:
        key = v.strip()
        if key not in vocabulary:
            by_label = {label.casefold(): k for k, label in vocabulary.items()}
            key = by_label.get(key.casefold(), key.casefold().replace(" ", "_").replace("-", "_"))
        if key not in vocabulary:
            raise ValidationError("", f"There is no {kind} {v!r}; use one of: {', '.join(vocabulary)}.")
        out.append(key)
    return out


def _day(text: str, which: str, bound: Any) -> int:
    try:
        value = parse_partial(text)
    except ValueError:
        if which == "from":
            raise ValidationError("", Notice("The 'from' date {value} is not a date of the form YYYY, YYYY-MM or "
                                             "YYYY-MM-DD.", value=repr(text))) from None
        raise ValidationError("", Notice("The 'to' date {value} is not a date of the form YYYY, YYYY-MM or "
                                         "YYYY-MM-DD.", value=repr(text))) from None
    return bound(value) if value else (1 if which == "from" else 10**7)
