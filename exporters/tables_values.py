"""What people type in a sheet's cells, read as the vault stores it: dates at their precision with a
qualifier, vocabulary keys from a key or a label in English, French or Chinese, country names to
ISO codes. Every reader raises ValueError with a sentence for the user; none guesses silently.

Dates (`parse_date`): "2015", "2015-06", "2015-06-12", "06/2015", "12/06/2015" (day first unless
the mapping says otherwise; a day above 12 decides), "2015/06/12", "June 2015", "12 June 2015",
"June 12, 2015", "juin 2015", "1er juin 2015", "2015年6月", "2015年6月12日", a range ("2014-2016",
"2014 to 2016", "2015年至2016年") and a qualifier ("circa 2016", "c. 2016", "vers 2016", "约2016年",
"early 2015", "début 2015", "2015年初", "before 2018", "avant 2018", "2018年以前", "2016?").
Words for "unknown" give no date. No day or month is ever invented.

Pure functions and immutable indexes; safe from any thread."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from db import vocab
from db.countries import CODES
from db.dates import ascii_digits, parse_partial
from db.normalise import fold
from db.notices import Notice, said
from db.vocab_labels import LABELS
from exporters.tables_countries import ALIASES, NAMES

UNKNOWN_WORDS = frozenset({"", "?", "??", "-", "--", "n/a", "na", "unknown", "not known", "inconnu", "inconnue",
                           "non connu", "nc", "未知", "不详", "不明", "不清楚", "无"})
_MONTH_WORDS: dict[str, int] = {}
for _n, _words in enumerate((
        ("january", "jan", "janvier", "janv"), ("february", "feb", "fevrier", "fevr", "fev"),
        ("march", "mar", "mars"), ("april", "apr", "avril", "avr"), ("may", "mai"), ("june", "jun", "juin"),
        ("july", "jul", "juillet", "juil"), ("august", "aug", "aout"), ("september", "sep", "sept", "septembre"),
        ("october", "oct", "octobre"), ("november", "nov", "novembre"), ("december", "dec", "decembre")), 1):
    for _w in _words:
        _MONTH_WORDS[_w] = _n

# Qualifier words, folded, before or after the date.
_BEFORE_WORDS = {
    "circa": ("circa", "c.", "c", "ca.", "ca", "about", "around", "approx.", "approximately", "vers", "environ",
              "autour de", "约", "大约", "大概", "左右"),
    "early": ("early", "beginning of", "debut", "debut de", "debut d'", "au debut de", "初", "年初"),
    "mid": ("mid", "mid-", "middle of", "mi-", "mi", "milieu", "milieu de", "中", "年中"),
    "late": ("late", "end of", "fin", "fin de", "fin d'", "a la fin de", "末", "底", "年底", "年末"),
    "before": ("before", "until", "by", "avant", "avant le", "avant la", "之前", "以前", "前"),
    "after": ("after", "since", "apres", "apres le", "apres la", "depuis", "之后", "以后", "后"),
}
_QUALIFIER_OF = {w: q for q, words in _BEFORE_WORDS.items() for w in words}
_QUALIFIER_RE = "|".join(sorted((re.escape(w) for w in _QUALIFIER_OF), key=len, reverse=True))
_LEADING = re.compile(rf"^(?:{_QUALIFIER_RE})(?=[\s0-9]|$)\s*|^(?:{_QUALIFIER_RE})(?=[^\x00-\x7f])")
_TRAILING = re.compile(rf"\s*(?:{_QUALIFIER_RE})$")
_RANGE = re.compile(r"^(.+?)\s*(?:\s-\s|–|—|~|\bto\b|\bau\b|\bà\b|\ba\b|至|到|－)\s*(.+)$")
_YEARS = re.compile(r"^([0-9]{4})\s*-\s*([0-9]{4})$")
_NUMERIC = re.compile(r"^([0-9]{1,4})\s*[/.]\s*([0-9]{1,4})(?:\s*[/.]\s*([0-9]{1,4}))?$")
_HAN_DATE = re.compile(r"^([0-9]{4})\s*年(?:\s*([0-9]{1,2})\s*月(?:\s*([0-9]{1,2})\s*[日号])?)?$")
_WORDS_DATE = re.compile(r"^(?:([0-9]{1,2})(?:er|st|nd|rd|th)?\s+)?([a-z]+)\.?\s+(?:([0-9]{1,2})(?:st|nd|rd|th)?,?\s+)?"
                         r"([0-9]{4})$")


@dataclass(frozen=True)
class DateValue:
    """A date as stored: start and end (partial ISO dates, end None for a single date) and a
    qualifier key of vocab.DATE_QUALIFIER ("" for none)."""

    start: str | None
    end: str | None = None
    qualifier: str = ""


def parse_date(text: str, day_first: bool = True) -> DateValue:
    """Read a typed date (see the module doc); raise ValueError naming what could not be read."""
    return _parse_date(str(text), day_first)


@functools.lru_cache(maxsize=8192)
def _parse_date(text: str, day_first: bool) -> DateValue:
    raw = " ".join(ascii_digits(text).split())
    if fold(raw).strip(" .") in UNKNOWN_WORDS:
        return DateValue(None)
    work = fold(raw).replace("’", "'").strip()
    qualifier = ""
    if work.endswith("?"):
        work, qualifier = work.rstrip("? ").strip(), "circa"
    m = _LEADING.match(work)
    if m and m.end() < len(work):
        qualifier = _QUALIFIER_OF[m.group(0).strip()] if not qualifier else qualifier
        work = work[m.end():].strip()
    else:
        m = _TRAILING.search(work)
        if m and m.start() > 0:
            qualifier = _QUALIFIER_OF[m.group(0).strip()] if not qualifier else qualifier
            work = work[:m.start()].strip()
    years = _YEARS.match(work)
    if years:
        start, end = _single(years.group(1), raw, day_first), _single(years.group(2), raw, day_first)
        return _range(start, end, qualifier, raw)
    try:
        return DateValue(_single(work, raw, day_first), None, qualifier)
    except ValueError:
        span = _RANGE.match(work)
        if not span:
            raise
    start, end = _single(span.group(1), raw, day_first), _single(span.group(2), raw, day_first)
    return _range(start, end, qualifier, raw)


def forget() -> None:
    """Drop the remembered dates (they are case data)."""
    _parse_date.cache_clear()


def _range(start: str, end: str, qualifier: str, raw: str) -> DateValue:
    if end < start[: len(end)]:
        raise ValueError(Notice("{value}: the range ends before it starts", value=repr(raw)))
    return DateValue(start, end if end != start else None, qualifier)


def _single(work: str, raw: str, day_first: bool) -> str:
    """One date without qualifier, as a partial ISO date."""
    work = work.strip(" ,.")
    try:
        value = parse_partial(work)
        if value:
            return value
    except ValueError:
        pass
    m = _HAN_DATE.match(work)
    if m:
        return _checked(m.group(1), m.group(2), m.group(3), raw)
    m = _NUMERIC.match(work)
    if m:
        a, b, c = m.groups()
        if c is None:  # month and year: 06/2015 or 2015/06
            year, month = (a, b) if len(a) == 4 else (b, a)
            if len(year) != 4:
                raise ValueError(_four_digits(raw))
            return _checked(year, month, None, raw)
        if len(a) == 4:  # 2015/06/12
            return _checked(a, b, c, raw)
        if len(c) != 4:
            raise ValueError(_four_digits(raw))
        first, second = int(a), int(b)
        if first > 12 or (day_first and second <= 12):
            return _checked(c, b, a, raw)
        return _checked(c, a, b, raw)
    m = _WORDS_DATE.match(work)
    if m:
        day_before, word, day_after, year = m.groups()
        month = _MONTH_WORDS.get(word)
        if month is None:
            raise ValueError(Notice("{value} is not a date: {word} is not a month", value=repr(raw), word=repr(word)))
        if day_before and day_after:
            raise ValueError(Notice("{value} is not a date", value=repr(raw)))
        return _checked(year, str(month), day_before or day_after, raw)
    raise ValueError(Notice("{value} is not a date CaseVault can read (examples: 2015-06, 06/2015, June 2015, "
                            "juin 2015, 2015年6月, circa 2016)", value=repr(raw)))


def _four_digits(raw: str) -> Notice:
    return Notice("{value} is not a date: give the year with four digits", value=repr(raw))


def _checked(year: str, month: str | None, day: str | None, raw: str) -> str:
    text = year + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}" if day else "")
    try:
        return parse_partial(text) or ""
    except ValueError as exc:
        raise ValueError(Notice("{value}: {why}", value=repr(raw), why=said(exc))) from None


# -- vocabularies --------------------------------------------------------------------------------


def _match_key(text: str) -> str:
    """The form under which labels and typed values are compared: folded, punctuation and spaces
    reduced to single spaces."""
    return " ".join(re.sub(r"[\W_]+", " ", fold(text)).split())


class VocabIndex:
    """Finds the key of a vocabulary from a key or a label in English, French or Chinese, or from
    the user's own mapping of values (`extra`: typed value -> key)."""

    def __init__(self, vocabulary: Mapping[str, str], extra: Mapping[str, str] | None = None) -> None:
        self.vocabulary = vocabulary
        index: dict[str, str] = {}
        for key, label in vocabulary.items():
            for form in (key, label, LABELS["fr"].get(label, ""), LABELS["zh"].get(label, "")):
                if form:
                    index.setdefault(_match_key(form), key)
        for typed, key in (extra or {}).items():
            if key in vocabulary or key == "":
                index[_match_key(typed)] = key
        self._index = index

    def find(self, text: str) -> str | None:
        """The key for `text`, or None when it matches nothing."""
        return self._index.get(_match_key(text))


# The vocabulary behind each field that takes one (mapping field name -> vocabulary).
FIELD_VOCABULARIES: dict[str, Mapping[str, str]] = {
    "case.status": vocab.CASE_STATUS,
    "case.priority": vocab.PRIORITY,
    "case.confidentiality": vocab.CONFIDENTIALITY,
    "case.campaign": vocab.CAMPAIGN,
    "case.outcome": vocab.OUTCOME,
    "target.sex": vocab.SEX,
    "target.residence_status": vocab.RESIDENCE_STATUS,
    "target.consent": vocab.CONSENT,
    "target.categories": vocab.TARGET_CATEGORY,
    "target.kind": vocab.PERSON_KIND,
    "relative.relation": vocab.RELATION,
    "relative.role": vocab.ROLE,
    "relative.sex": vocab.SEX,
    "relative.consent": vocab.CONSENT,
    "incident.tactic": vocab.TACTIC,
    "incident.verification": vocab.VERIFICATION,
    "incident.host_involvement": vocab.HOST_INVOLVEMENT,
    "source.kind": vocab.SOURCE_KIND,
    "outcome.outcome": vocab.OUTCOME,
}

# Short forms people type that are no label (matched like labels; the user's own values win).
_SEX_WORDS = {"m": "male", "f": "female", "h": "male", "man": "male", "woman": "female", "homme": "male",
              "femme": "female", "masculin": "male", "feminin": "female", "男": "male", "女": "female",
              "男性": "male", "女性": "female", "?": "unknown", "inconnu": "unknown", "不详": "unknown"}
FIELD_SYNONYMS: dict[str, dict[str, str]] = {
    "target.sex": _SEX_WORDS,
    "relative.sex": _SEX_WORDS,
    "incident.verification": {"yes": "confirmed", "no": "unverified", "oui": "confirmed", "non": "unverified"},
    "relative.relation": {
        **dict.fromkeys(("mother", "father", "mere", "pere", "母亲", "父亲", "妈妈", "爸爸", "母", "父"), "parent"),
        **dict.fromkeys(("wife", "husband", "epouse", "epoux", "mari", "妻子", "丈夫", "配偶", "老婆", "老公"),
                        "spouse"),
        **dict.fromkeys(("son", "daughter", "fils", "fille", "儿子", "女儿", "子女"), "child"),
        **dict.fromkeys(("brother", "sister", "frere", "soeur", "兄弟", "姐妹", "哥哥", "弟弟", "姐姐", "妹妹"),
                        "sibling"),
        **dict.fromkeys(("grandmother", "grandfather", "grand-mere", "grand-pere", "祖父", "祖母", "外公", "外婆",
                         "爷爷", "奶奶"), "grandparent"),
        **dict.fromkeys(("cousin", "cousine", "uncle", "aunt", "oncle", "tante", "nephew", "niece", "neveu",
                         "表亲", "堂兄弟", "叔叔", "舅舅", "阿姨", "姑姑"), "other_relative"),
    },
}

# Relation words that say the relative's sex as well ("mother", "frère", "儿子"): the relative takes
# that sex when no sex is given for them. Words that do not say it ("spouse", "cousin", which is
# either in English) are not here.
_SEXED_RELATIONS = {
    "male": ("father", "pere", "父亲", "爸爸", "父", "husband", "mari", "丈夫", "老公", "son", "fils", "儿子",
             "brother", "frere", "兄弟", "哥哥", "弟弟", "grandfather", "grand-pere", "祖父", "外公", "爷爷",
             "uncle", "oncle", "叔叔", "舅舅", "nephew", "neveu"),
    "female": ("mother", "mere", "母亲", "妈妈", "母", "wife", "epouse", "妻子", "老婆", "daughter", "fille",
               "女儿", "sister", "soeur", "姐妹", "姐姐", "妹妹", "grandmother", "grand-mere", "祖母", "外婆",
               "奶奶", "aunt", "tante", "阿姨", "姑姑", "niece", "cousine"),
}
_IMPLIED_SEX = {_match_key(w): sex for sex, words in _SEXED_RELATIONS.items() for w in words}


def implied_sex(relation: str) -> str:
    """The sex a typed relation word says ("male" for "Father", "père", "父亲"), or "" when it says
    none."""
    return _IMPLIED_SEX.get(_match_key(relation), "")


# -- countries -----------------------------------------------------------------------------------


@functools.cache
def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for code, names in {**NAMES}.items():
        for name in names:
            index.setdefault(_match_key(name), code)
    for code, names in ALIASES.items():
        for name in names:
            index[_match_key(name)] = code
    return index


def country(text: str, extra: Mapping[str, str] | None = None) -> str:
    """The ISO 3166-1 alpha-2 code of a country given by code or by name in English, French or
    Chinese ("" for an empty cell); ValueError when it is none of those."""
    stripped = text.strip()
    if not stripped:
        return ""
    if extra:
        for typed, code in extra.items():
            if _match_key(typed) == _match_key(stripped) and code in CODES:
                return code
    if len(stripped) == 2 and stripped.isascii() and stripped.upper() in CODES:
        return stripped.upper()
    code = _country_index().get(_match_key(stripped))
    if code is None:
        raise ValueError(Notice("{value} is not a country CaseVault knows (give its name or its two-letter ISO code)",
                                value=repr(stripped)))
    return code


def split_list(text: str, separator: str = "", commas: bool = True) -> list[str]:
    """A cell holding several values: separated by `separator` when the mapping names one, else by
    ';', '；', '、', '|' or new lines, and by commas when no other separator is used and `commas`
    (names may hold commas; a citation always may: "NGO report, 2022, p. 12" is one source)."""
    if separator:
        return [p.strip() for p in text.split(separator) if p.strip()]
    parts = re.split(r"[;；、|\n]+", text)
    if len(parts) == 1 and commas:
        parts = re.split(r"[,，]+", text)
    return [p.strip() for p in parts if p.strip()]


def unique(values: Iterable[str]) -> list[str]:
    if type(values) is list and len(values) < 2:
        return values
    return list(dict.fromkeys(values))
