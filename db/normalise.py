"""One normalisation of text, shared by search (db.search_text, db.search_query) and redaction
(db.names, exporters.pdf.redaction): what counts as "the same text" is defined here and nowhere else.

Two steps:
- `printable(text)`: stored text as a document prints it. Stored text keeps what the user typed;
  what is printed (and matched against names before printing) drops what a reader cannot see or
  what would change the order of other text: control characters, format characters (soft hyphen,
  zero-width space and joiners, word joiner, byte-order mark, every bidi embedding, override,
  isolate and mark), variation selectors and other default-ignorable code points. Unassigned,
  private-use and surrogate code points become U+FFFD (no font has them). Line breaks become
  "\n", tabs spaces, and the result is NFC. Idempotent.
- `fold(text)`: each character on its own to its comparable form: compatibility forms (full-width,
  ligatures, mathematical letters) to plain ones (NFKD), case folded, accents and other combining
  marks dropped, letters such as ı, ł, ø, æ to their plain spellings (i, l, o, ae), traditional
  Chinese to simplified (OpenCC t2s), Arabic tatweel and the invisible characters above to nothing.
  Folding one character at a time keeps offsets predictable.

Chinese names also get pinyin (`pinyin_syllables`), toneless, with the surname reading of the
first character of a name as a second spelling (曾 zeng, not ceng; 单 shan, not dan).

Private-use characters are reserved for markers of our own (search's PINYIN, FIELD_BREAK) and
never come from text. Pure functions, safe from any thread."""

from __future__ import annotations

import functools
import re
import unicodedata

CJK = ("\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff\u3400-\u4dbf"
        "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f")
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
# A token is a CJK run or a run of other letters/digits (no underscore: FTS5's unicode61 splits there too).
TOKEN = re.compile(f"(?P<cjk>[{CJK}]+)|(?P<word>[^\\W_{CJK}]+)")
IS_CJK = re.compile(f"[{CJK}]").match

# Default-ignorable code points that are not format characters (Unicode's DerivedCoreProperties):
# combining grapheme joiner, Hangul fillers, Khmer inherent vowels, Mongolian free variation
# selectors, variation selectors, and the whole tag and variation-selector supplement planes.
_IGNORABLE = ("\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0\ufff0-\ufff8"
              "\U000e0000-\U000e0fff")
_TATWEEL = "\u0640"  # Arabic elongation: stretches a word without changing it
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_ASCII_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f]")


FSI, PDI = "\u2068", "\u2069"  # first-strong isolate and its end: how a document keeps fields apart
_IS_IGNORABLE = re.compile(f"[{_IGNORABLE}]").match
_DROP, _REPLACE, _KEEP = 0, 1, 2


class _Actions(dict[str, int]):
    """What a document does with each character: drop it, show U+FFFD, or keep it (computed once)."""

    def __missing__(self, ch: str) -> int:
        cat = unicodedata.category(ch)
        if (cat in ("Cc", "Cf") and ch != "\n") or _IS_IGNORABLE(ch):
            action = _DROP
        elif cat in ("Co", "Cn", "Cs"):
            action = _REPLACE
        else:
            action = _KEEP
        self[ch] = action
        return action


_ACTIONS = _Actions()


def printable(text: str, isolates: bool = False) -> str:
    """`text` as a document prints it (see the module doc): nothing invisible, nothing that reorders
    other text, nothing no font can have. printable(printable(t)) == printable(t). With `isolates`,
    FSI and PDI are kept: a document's typesetter reads them as the bounds of fields it put
    together on one line (stored text never brings them: it is made printable without)."""
    if not text:
        return ""
    if text.isascii() and _ASCII_CONTROL.search(text) is None:
        return text
    text = _LINE_BREAKS.sub("\n", text)
    table: dict[int, str | None] = {}
    for ch in set(text):  # the distinct characters: a few hundred even in a long text
        action = _ACTIONS[ch]
        if ch == "\t":
            table[9] = " "
        elif action == _DROP and not (isolates and ch in (FSI, PDI)):
            table[ord(ch)] = None
        elif action == _REPLACE:
            table[ord(ch)] = "\ufffd"
    if table:
        text = text.translate(table)
    return unicodedata.normalize("NFC", text)


_VISIBLE_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
                               "\u2060-\u206f\ufeff\ufff9-\ufffb]")


def visible(text: str) -> str:
    """`text` for a terminal or a message: each control, bidi or invisible format character shown
    as its code ("<U+202E>"), so that none can reorder or hide what follows it."""
    return _VISIBLE_CONTROLS.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


# -- folding -------------------------------------------------------------------------------------------

@functools.cache
def _t2s() -> object:
    import opencc  # noqa: PLC0415 - loads its dictionaries; only needed once Han text shows up

    return opencc.OpenCC("t2s")


_INVISIBLE = re.compile(f"[{_IGNORABLE}{_TATWEEL}]")
# Latin letters that have no decomposition, as people write them without the mark: the upper case of
# dotless ı is I, so "AYDIN" must meet "Aydın"; Łukasz is typed Lukasz, Søren Soren.
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t", "ƚ": "l",
                                "æ": "ae", "œ": "oe", "þ": "th"})


class _FoldTable(dict[int, str]):
    """str.translate table computed one character at a time and cached."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        cat = unicodedata.category(ch)
        if 0xE000 <= code <= 0xF8FF or code == 0x5F:  # private use (our markers) and "_" separate words
            out = " "
        elif cat == "Cf" or _INVISIBLE.match(ch):  # invisible inside a word: "Xiao\u00admei" is "xiaomei"
            out = ""
        elif cat == "Cc":
            out = " "
        else:
            out = unicodedata.normalize("NFKD", ch).casefold()
            out = unicodedata.normalize("NFKD", out)
            out = unicodedata.normalize("NFC", "".join(c for c in out if not unicodedata.combining(c)))
            out = _INVISIBLE.sub("", out).translate(_PLAIN_LETTERS)
            if HAN.search(out):
                out = _t2s().convert(out)  # type: ignore[attr-defined]
        self[code] = out
        return out


FOLD = _FoldTable()


def fold(text: str) -> str:
    """Case-, accent-, width- and script-folded text (one character may become several, or none)."""
    if text.isascii():
        return text.lower().replace("_", " ")
    return text.translate(FOLD)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters plus one past the end, the offset in `text`
    it came from; used to put highlights and replacements back onto the original text."""
    if text.isascii():  # one character each: only the case changes ("_" separates words)
        return fold(text), list(range(len(text) + 1))
    parts = [FOLD[ord(ch)] for ch in text]
    folded = "".join(parts)
    if len(folded) == len(text) and "" not in parts:  # every character folded to exactly one
        return folded, list(range(len(text) + 1))
    offsets: list[int] = []
    for i, f in enumerate(parts):
        offsets.extend([i] * len(f))
    offsets.append(len(text))
    return folded, offsets


def has_han(text: str) -> bool:
    return HAN.search(text) is not None


# -- pinyin --------------------------------------------------------------------------------------------

# Surnames read otherwise than the character's usual reading (simplified forms, as fold gives them).
SURNAME_READINGS = {
    "曾": "zeng", "解": "xie", "单": "shan", "仇": "qiu", "区": "ou", "查": "zha", "朴": "piao", "覃": "qin",
    "乐": "yue", "缪": "miao", "盖": "ge", "种": "chong", "秘": "bi", "繁": "po", "召": "shao", "句": "gou",
    "员": "yun", "黑": "he", "宓": "fu", "洗": "xian", "翟": "zhai", "尉": "yu", "隗": "wei", "阚": "kan",
    "折": "she", "能": "nai", "朝": "chao", "重": "chong", "都": "du", "莘": "shen", "蔚": "yu", "眭": "sui",
    "谌": "chen", "禚": "zhuo", "柏": "bai", "薄": "bo", "藏": "zang", "纪": "ji", "郇": "huan", "长": "zhang",
}


@functools.lru_cache(maxsize=65536)
def pinyin_syllables(folded_han: str) -> tuple[str, ...]:
    """Toneless pinyin of a run of (simplified) Han characters, one syllable per character ('' where
    there is none); ü is written 'v' (lv), as most people type it. That is pypinyin's reading, which
    takes each character's usual reading unless a phrase of its dictionary covers it; the run is
    spelled here from those usual readings at a small part of the cost when no phrase can change one:
    when no part of the run is a phrase, or when each character has a single toneless reading (which
    no phrase reads otherwise, see _READ_OTHERWISE). Any other run goes to pypinyin whole."""
    from pypinyin.constants import PHRASES_DICT  # noqa: PLC0415 - large dictionaries; only when names have Han

    out = []
    single = True
    for ch in folded_han:
        reading = _READINGS.get(ch)
        if reading is None:
            reading = _READINGS[ch] = _usual_reading(ch)
        out.append(reading[0])
        single = single and reading[1]
    n = len(folded_han)
    if not single and (n > _LONGEST or any(folded_han[i:j] in PHRASES_DICT
                                           for i in range(n - 1) for j in range(i + 2, n + 1))):
        return _pypinyin_syllables(folded_han)
    return tuple(out)


def _pypinyin_syllables(folded_han: str) -> tuple[str, ...]:
    from pypinyin import Style, lazy_pinyin  # noqa: PLC0415 - as above

    out = lazy_pinyin(folded_han, style=Style.NORMAL, errors=lambda chars: ["" for _ in chars], v_to_u=False)
    return tuple(s if s.isascii() and s.isalpha() else "" for s in out)


_LONGEST = 16  # runs longer than this go to pypinyin (the phrase test grows as the square of the length)
_READINGS: dict[str, tuple[str, bool]] = {}  # character -> (usual syllable, whether it is its only one)
# Characters with a single toneless reading that a phrase of pypinyin's still reads otherwise (火燵 tā);
# tests/db/test_search_names.py checks this list against pypinyin's dictionaries.
_READ_OTHERWISE = frozenset("燵")


def _usual_reading(ch: str) -> tuple[str, bool]:
    """The usual toneless syllable of `ch` as pypinyin spells it ('' for none), and whether every
    reading it has is that syllable (and no phrase reads it otherwise)."""
    from pypinyin.constants import PINYIN_DICT  # noqa: PLC0415 - as above

    readings = PINYIN_DICT.get(ord(ch), "")
    only = bool(readings) and ch not in _READ_OTHERWISE and len({toneless(r) for r in readings.split(",")}) == 1
    return _pypinyin_syllables(ch)[0], only


def toneless(syllable: str) -> str:
    """A pinyin syllable without its tone marks (ü as v), to tell whether two readings differ only in tone."""
    decomposed = unicodedata.normalize("NFD", syllable).replace("u\u0308", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_readings(folded_han: str) -> list[tuple[str, ...]]:
    """Every pinyin spelling of a name's Han run: the usual readings, the surname reading of its
    first character where that differs, and each with 'u' for 'v' (lü typed lu) and with 'yu' for
    'v' (LYU, as Chinese passports write lü)."""
    usual = pinyin_syllables(folded_han)
    readings = [usual]
    surname = SURNAME_READINGS.get(folded_han[:1])
    if usual and surname and surname != usual[0]:
        readings.append((surname, *usual[1:]))
    for syllables in list(readings):
        if any("v" in s for s in syllables):
            readings.append(tuple(s.replace("v", "u") for s in syllables))
            readings.append(tuple(s.replace("v", "yu") for s in syllables))
    return readings


def forget_texts() -> None:
    """Drop every remembered piece of decrypted text (runs of Chinese and their pinyin, and which
    characters were read)."""
    pinyin_syllables.cache_clear()
    _READINGS.clear()
