"""The words of a dossier in its language: every label, heading and sentence the dossier itself
prints (record text stays as recorded), vocabulary terms (db.vocab_labels), dates as precise as
recorded in the language's word order, country and language names (CLDR, through Babel: its data
ship inside the package, nothing is fetched) and the page footer.

    w = Words("fr")
    w("Chronology")                          # 'Chronologie'
    w("Page {n} of {total}", n=3, total=40)  # 'Page 3 sur 40'
    w.vocab(vocab.TACTIC, "exit_ban"), w.date("2015-06"), w.country("CN"), w.language_name("zh")

English, French and Spanish are complete (tests/exporters/test_forum_language.py checks that a French
or Spanish dossier prints no English label); simplified and traditional Chinese are for internal use. A
string without a translation prints in English, so a missing entry shows instead of vanishing.
The translations live in exporters/pdf/words_fr.py, words_es.py (with the vocabulary, which the
interface has in French and Chinese only) and words_zh.py; traditional Chinese is made from the
simplified text with OpenCC.

Thread rule: immutable after construction; any thread."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale
from babel.numbers import format_decimal

from db import dates, vocab
from db.vocab_labels import LABELS
from exporters.pdf.words_es import ES, VOCAB_ES
from exporters.pdf.words_fr import FR
from exporters.pdf.words_zh import ZH

LANGUAGES = {"en": "English", "fr": "Français", "es": "Español", "zh_CN": "简体中文", "zh_TW": "繁體中文"}
_CLDR = {"en": "en", "fr": "fr", "es": "es", "zh_CN": "zh_Hans", "zh_TW": "zh_Hant"}
_MONTHS = {
    "en": dates.MONTHS,
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
}
_DATE_PATTERNS = {  # (year-month, year-month-day); {month} a name, {m} a number
    "en": ("{month} {year}", "{day} {month} {year}"),
    "fr": ("{month} {year}", "{day} {month} {year}"),
    "es": ("{month} de {year}", "{day} de {month} de {year}"),
    "zh": ("{year}年{m}月", "{year}年{m}月{day}日"),
}


_ELIDE = re.compile(r"\b([Dd])e ([aeiouyéèêàâîôûh])")


class DossierLanguageError(ValueError):
    """A dossier language CaseVault has no words for."""


@cache
def _traditional() -> dict[str, str]:
    import opencc  # noqa: PLC0415 - only for traditional-Chinese dossiers

    convert = opencc.OpenCC("s2t").convert
    return {k: convert(v) for k, v in ZH.items()}


@cache
def _traditional_vocab() -> dict[str, str]:
    import opencc  # noqa: PLC0415

    convert = opencc.OpenCC("s2t").convert
    return {k: convert(v) for k, v in LABELS["zh"].items()}


class Words:
    """The words of one dossier language: "en", "fr", "zh_CN" or "zh_TW"."""

    def __init__(self, language: str = "en") -> None:
        if language not in LANGUAGES:
            raise DossierLanguageError(f"CaseVault has no dossier words in {language!r}; use one of: "
                                       f"{', '.join(LANGUAGES)}.")
        self.language = language
        self.family = language.split("_")[0]
        self._table: dict[str, str] = {"en": {}, "fr": FR, "es": ES, "zh": ZH}[self.family]
        self._vocab: dict[str, str] = VOCAB_ES if self.family == "es" else LABELS.get(self.family, {})
        if language == "zh_TW":
            self._table, self._vocab = _traditional(), _traditional_vocab()
        self._locale = Locale.parse(_CLDR[language])

    # -- words ------------------------------------------------------------------------------------

    def __call__(self, english: str, **values: object) -> str:
        """`english` in this language, with `values` filled in ({name} fields)."""
        text = self._table.get(english, english)
        return text.format(**values) if values else text

    def vocab(self, vocabulary: dict[str, str], key: str | None) -> str:
        """A vocabulary term in this language; an unknown key as stored."""
        english = vocab.label(vocabulary, key)
        return self._vocab.get(english, english)

    def lower(self, text: str) -> str:
        """A term in the middle of a sentence: lower-cased where the language has cases."""
        return text[:1].lower() + text[1:] if self.family in ("en", "fr", "es") and not text[1:2].isupper() else text

    def plural(self, adjective: str, n: int) -> str:
        """An adjective after a count: 'corroborés' for 3 in French (the vocabulary holds the singular)."""
        return adjective + "s" if self.family in ("fr", "es") and n > 1 and adjective[-1:] in "éoa" else adjective

    def elide(self, text: str) -> str:
        """French elision where a template put 'de' before a vowel: 'groupe d'au moins 3 personnes'."""
        return _ELIDE.sub(r"\1'\2", text) if self.family == "fr" else text

    def number(self, value: float, decimals: int = 0) -> str:
        """A number as the language writes it: '5,898' and '5.8'; '5 898' and '5,8' in French."""
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        return format_decimal(value, format=pattern, locale=self._locale)

    @property
    def colon(self) -> str:
        return {"fr": "\u00a0: ", "zh": "："}.get(self.family, ": ")

    @property
    def semicolon(self) -> str:
        """Between the items of a list that hold commas: a no-break space before it in French, as before
        a colon; the full-width one in Chinese."""
        return {"fr": "\u00a0; ", "zh": "；"}.get(self.family, "; ")

    def join(self, items: list[str]) -> str:
        return ("、" if self.family == "zh" else ", ").join(x for x in items if x)

    # -- names ------------------------------------------------------------------------------------

    def country(self, code: str) -> str:
        """The country's name for an ISO 3166 code; anything else as stored."""
        if not code:
            return ""
        return self._locale.territories.get(code.strip().upper(), code) if len(code.strip()) == 2 else code

    def language_name(self, tag: str) -> str:
        """'Chinese', 'chinois', '中文'; 'Chinese (Cantonese)' for zh-yue; a tag it does not know as stored."""
        if not tag:
            return ""
        parts = re.split(r"[-_]", tag.strip())
        base = self._locale.languages.get(parts[0].lower())
        if base is None:
            return tag
        rest = [self._locale.languages.get(p.lower()) or self._locale.territories.get(p.upper()) or p
                for p in parts[1:]]
        return f"{base} ({', '.join(rest)})" if rest else base

    # -- dates ------------------------------------------------------------------------------------

    def date(self, value: str | None) -> str:
        """A partial date as precise as recorded: '12 June 2015', '12 juin 2015', '2015年6月12日'."""
        if not value:
            return ""
        parts = value.split("-")
        if len(parts) == 1 or not all(p.isdigit() for p in parts):
            return parts[0] if len(parts) == 1 else value
        try:
            m = int(parts[1])
            month = _MONTHS.get(self.family, dates.MONTHS)[m - 1]
        except (IndexError, ValueError):
            return value
        ym, ymd = _DATE_PATTERNS[self.family]
        if len(parts) == 2:
            return ym.format(month=month, m=m, year=parts[0])
        day = int(parts[2])
        if self.family == "fr" and day == 1:
            day = "1er"  # type: ignore[assignment]
        return ymd.format(day=day, month=month, m=m, year=parts[0])

    def date_range(self, start: str | None, end: str | None) -> str:
        if not start and not end:
            return self("date unknown")
        if not end or end == start:
            return self.date(start)
        if not start:
            return self("until {date}", date=self.date(end))
        return self("{start} \u2013 {end}", start=self.date(start), end=self.date(end))

    def qualified(self, start: str | None, end: str | None, qualifier: str = "") -> str:
        """A date or range with its qualifier: 'early June 2015', 'début juin 2015', '2015年6月初'."""
        text = self.date_range(start, end)
        if not qualifier or (not start and not end):
            return text
        pattern = {"circa": "circa {date}", "early": "early {date}", "mid": "mid-{date}", "late": "late {date}",
                   "before": "before {date}", "after": "after {date}"}.get(qualifier, "{date}")
        return self(pattern, date=text)

    def duration(self, value: str, qualifier: str = "") -> str:
        """'more than 6 years', 'plus de 6 ans', '6年以上'... ; '' for none; a malformed value as stored."""
        m = dates._ISO_DURATION.match(value or "")
        if not m:
            return value or ""
        units = {"Y": ("{n} year", "{n} years"), "M": ("{n} month", "{n} months"), "W": ("{n} week", "{n} weeks"),
                 "D": ("{n} day", "{n} days")}
        parts = [self(units[u][int(n) != 1], n=int(n)) for u, n in zip("YMWD", m.groups(), strict=True) if n]
        text = ("" if self.family == "zh" else " ").join(parts)
        if qualifier:
            text = self(f"{vocab.label(vocab.DURATION_QUALIFIER, qualifier)} {{duration}}", duration=text)
        return text

    def today(self, iso_date: str) -> str:
        return self.date(iso_date)

    def page(self, n: int, total: int) -> str:
        return self("Page {n} of {total}", n=n, total=total)
