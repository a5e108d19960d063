"""Partial dates. A date is stored as an ISO 8601 prefix: "2015", "2015-06" or "2015-06-12", so its
precision is its length and no day is ever invented. A range is two such dates. Text order of the
prefixes is chronological order, which lets SQL sort and filter them directly."""

from __future__ import annotations

import functools
import re
from datetime import date

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def parse_partial(text: str | None) -> str | None:
    """Validate a partial date and return it normalised, or None for empty; raise ValueError."""
    if text is None:
        return None
    if type(text) is str:  # the usual case, and few distinct values: remembered (until forget_dates)
        return _parse(text)
    return _parse.__wrapped__(text)


def forget_dates() -> None:
    """Drop the remembered dates (case data), when a vault closes."""
    _parse.cache_clear()


@functools.lru_cache(maxsize=4096)
def _parse(text: str) -> str | None:
    text = text.strip()
    if not text:
        return None
    m = _PARTIAL.match(text)
    if not m:
        raise ValueError(f"{text!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = m.groups()
    if month is not None and not 1 <= int(month) <= 12:
        raise ValueError(f"{text!r} has no month {month}")
    if day is not None:
        date(int(year), int(month), int(day))  # raises ValueError for 2015-02-30
    return text


def precision(value: str | None) -> str:
    """'day', 'month', 'year' or 'unknown'."""
    if not value:
        return "unknown"
    return {4: "year", 7: "month", 10: "day"}[len(value)]


def format_partial(value: str | None) -> str:
    """'12 June 2015', 'June 2015', '2015', or '' for unknown: as precise as entered, no more."""
    if not value:
        return ""
    parts = value.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def format_range(start: str | None, end: str | None) -> str:
    """'2014-2016', 'June-August 2015', '12 June 2015', or 'date unknown'."""
    if not start and not end:
        return "date unknown"
    if not end or end == start:
        return format_partial(start)
    if not start:
        return f"until {format_partial(end)}"
    if len(start) == len(end) == 4:
        return f"{start}\u2013{end}"
    if len(start) == len(end) == 7 and start[:4] == end[:4]:
        return f"{MONTHS[int(start[5:7]) - 1]}\u2013{format_partial(end)}"
    return f"{format_partial(start)} \u2013 {format_partial(end)}"
