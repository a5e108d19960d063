"""Partial dates. A date is stored as an ISO 8601 prefix: "2015", "2015-06" or "2015-06-12", so its
precision is its length and no day is ever invented. A range is two such dates. Text order of the
prefixes is chronological order, which lets SQL sort and filter them directly.

Stored dates hold ASCII digits only, years 0001-9999. What a person types is converted first
(`parse_partial`): full-width (２０１５) and Arabic-Indic (٢٠١٥) digits become ASCII, and dashes
of other widths become '-'; files from outside are held to the strict form (`STRICT`).

A date may carry a qualifier (DATE_QUALIFIER: "early June 2015", "circa 2016", "before 18 January
2022") and a duration may be recorded for how long something lasted ("more than six years", ISO
8601 "P6Y"). `sort_key` orders qualified dates where a reader expects them: "early June" with the
start of June, "late 2015" with the end of 2015, "before X" just before X."""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import date

from db.notices import Notice

_PARTIAL = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"), "-")
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


def ascii_digits(text: str) -> str:
    """`text` with every decimal digit of any script (full-width, Arabic-Indic...) as its ASCII
    digit and dashes of other widths as '-'; other characters unchanged."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.digit(c)) if c.isdecimal() else c for c in text).translate(_DASHES)


@functools.lru_cache(maxsize=4096)
def _parse(text: str) -> str | None:
    text = ascii_digits(text.strip())
    if not text:
        return None
    m = _PARTIAL.match(text)
    if not m:
        raise ValueError(Notice("{value} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", value=repr(text)))
    year, month, day = m.groups()
    if year == "0000":
        raise ValueError(Notice("{value} has year 0000, which does not exist", value=repr(text)))
    if month is not None and not 1 <= int(month) <= 12:
        raise ValueError(Notice("{value} has no month {month}", value=repr(text), month=month))
    if day is not None:
        try:
            date(int(year), int(month), int(day))
        except ValueError:
            raise ValueError(Notice("{value} has no day {day} in that month", value=repr(text), day=day)) from None
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


def format_qualified(start: str | None, end: str | None, qualifier: str = "") -> str:
    """A date or range with its qualifier: 'early June 2015', 'circa 2016', 'before 18 January 2022'."""
    text = format_range(start, end)
    if not qualifier or (not start and not end):
        return text
    return f"{_QUALIFIER_WORDS.get(qualifier, qualifier)} {text}"


_QUALIFIER_WORDS = {"circa": "circa", "early": "early", "mid": "mid", "late": "late", "before": "before",
                    "after": "after"}


def first_day(partial: str) -> int:
    """The ordinal of the first day a partial date can mean."""
    parts = [int(p) for p in partial.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2]).toordinal()


def last_day(partial: str) -> int:
    """The ordinal of the last day a partial date can mean."""
    parts = [int(p) for p in partial.split("-")]
    if len(parts) == 3:
        return date(*parts).toordinal()
    year, month = parts[0], parts[1] if len(parts) == 2 else 12
    if year == 9999 and month == 12:
        return date(9999, 12, 31).toordinal()
    return date(year + month // 12, month % 12 + 1, 1).toordinal() - 1


def sort_key(start: str | None, end: str | None, qualifier: str = "") -> tuple[int, int] | None:
    """Where a (qualified) date falls in a chronology, in half-days: (position, end), or None for
    no date. 'June 2015' and 'early June 2015' at the start of June, 'mid' in the middle of what
    the date means, 'late' at its end, 'before X' just before X starts, 'after X' just after it
    ends; a range by its start. Malformed dates count as none."""
    first = start or end
    if not first:
        return None
    try:
        lo, hi = first_day(first), last_day(first)
        stop = last_day(end) if end else hi
    except (ValueError, IndexError):
        return None
    position = {"mid": lo + hi, "late": 2 * hi, "before": 2 * lo - 1, "after": 2 * hi + 1}.get(qualifier, 2 * lo)
    return position, 2 * stop


# -- durations ----------------------------------------------------------------------------------

_ISO_DURATION = re.compile(r"^P(?=[0-9])(?:([0-9]{1,4})Y)?(?:([0-9]{1,4})M)?(?:([0-9]{1,4})W)?(?:([0-9]{1,5})D)?$")
_UNITS = {  # words for units, as people type them in English, French and Chinese
    "Y": ("y", "yr", "yrs", "year", "years", "an", "ans", "année", "années", "年"),
    "M": ("m", "mo", "month", "months", "mois", "月", "个月", "個月"),
    "W": ("w", "wk", "week", "weeks", "semaine", "semaines", "周", "週", "星期"),
    "D": ("d", "day", "days", "jour", "jours", "天", "日"),
}
_UNIT_OF = {word: unit for unit, words in _UNITS.items() for word in words}
_PAIR = re.compile(r"([0-9]+)\s*([^\s0-9,;]+)")
UNIT_NAMES = {"Y": ("year", "years"), "M": ("month", "months"), "W": ("week", "weeks"), "D": ("day", "days")}


def parse_duration(text: str | None) -> str:
    """A duration as stored: ISO 8601 'P6Y', 'P1Y6M', 'P3W', 'P20D' ('' for none); also takes
    what people type ('6 years', '1 an 6 mois', '6年', '20 days'). Raises ValueError."""
    text = ascii_digits((text or "").strip())
    if not text:
        return ""
    if _ISO_DURATION.match(text.upper()):
        return text.upper()
    amounts: dict[str, int] = {}
    rest = _PAIR.sub("", text).strip(" ,;")
    for number, word in _PAIR.findall(text):
        unit = _UNIT_OF.get(word.lower())
        if unit is None or unit in amounts or rest:
            amounts = {}
            break
        amounts[unit] = int(number)
    if not amounts or any(n > 99_999 for n in amounts.values()):
        raise ValueError(Notice("{value} is not a duration such as P6Y, P1Y6M, P20D or '6 years'", value=repr(text)))
    return "P" + "".join(f"{amounts[u]}{u}" for u in "YMWD" if u in amounts)


def format_duration(value: str, qualifier: str = "") -> str:
    """'more than 6 years', '1 year 6 months', '' for none; a malformed value as stored."""
    m = _ISO_DURATION.match(value or "")
    if not m:
        return value or ""
    parts = [f"{int(n)} {UNIT_NAMES[u][int(n) != 1]}" for u, n in zip("YMWD", m.groups(), strict=True) if n]
    words = {"about": "about", "more_than": "more than", "less_than": "less than"}.get(qualifier, "")
    return " ".join([words, *parts]) if words else " ".join(parts)
