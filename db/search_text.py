"""Text folding and tokenisation shared by the search index and the query parser (db.search).

Index and query go through the same steps, so they always agree:
- fold each character on its own: compatibility forms (full-width, ligatures) to plain ones,
  accents dropped, case folded, traditional Chinese to simplified (OpenCC t2s). Folding per
  character keeps offsets predictable and a word folds the same wherever it stands;
- cut the folded text into words (runs of letters and digits) and CJK runs (Han, kana, Hangul);
- a CJK run "ABCD" becomes its overlapping bigrams plus its last character: "AB BC CD D". A two-
  character query is then one token, a longer one a phrase of bigrams, and a one-character query
  the prefix "A*", which meets every place the character stands (first half of a bigram, or the
  last character of a run). FTS5's own tokenizers cannot do this (unicode61 makes a whole Han
  run one token; trigram cannot match fewer than three characters);
- Chinese names also get pinyin tokens (see `pinyin_tokens`).

Private-use characters are reserved for our markers (PINYIN, FIELD_BREAK) and never come from text.
Pure functions, safe from any thread."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

PINYIN = "\ue000"  # starts a joined-pinyin token ("\ue000xieweidong"), matched by prefix only
FIELD_BREAK = "\ue001"  # between two fields of a document, so no phrase runs across them

CJK = ("\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff\u3400-\u4dbf"
        "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
# A token is a CJK run or a run of other letters/digits (no underscore: FTS5's unicode61 splits there too).
TOKEN = re.compile(f"(?P<cjk>[{CJK}]+)|(?P<word>[^\\W_{CJK}]+)")


@functools.cache
def _t2s() -> object:
    import opencc  # noqa: PLC0415 - loads its dictionaries; only needed once Han text shows up

    return opencc.OpenCC("t2s")


class _FoldTable(dict[int, str]):
    """str.translate table computed one character at a time and cached."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if 0xE000 <= code <= 0xF8FF or code == 0x5F:  # private use (our markers) and "_" separate words
            out = " "
        else:
            out = unicodedata.normalize("NFKD", ch).casefold()
            out = unicodedata.normalize("NFKD", out)
            out = unicodedata.normalize("NFC", "".join(c for c in out if not unicodedata.combining(c)))
            if _HAN.search(out):
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
    it came from; used to put snippet highlights back onto the original text."""
    parts = [FOLD[ord(ch)] for ch in text]
    folded = "".join(parts)
    if len(folded) == len(text) and "" not in parts:  # every character folded to exactly one
        return folded, list(range(len(text) + 1))
    offsets: list[int] = []
    for i, f in enumerate(parts):
        offsets.extend([i] * len(f))
    offsets.append(len(text))
    return folded, offsets


def cjk_tokens(run: str) -> list[str]:
    """'ABCD' -> ['AB', 'BC', 'CD', 'D']; 'A' -> ['A']."""
    return [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


# One character of a token: exactly the characters the two groups of TOKEN match.
_TOKEN_CHAR = re.compile(f"[{CJK}]|[^\\W_{CJK}]")
_CJK_RUN = re.compile(f"[{CJK}]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


class _SpacedTable(dict[int, str]):
    """str.translate table: FOLD[c] with every character that cannot be part of a token turned into
    a space, so that str.split() finds the runs TOKEN finds. Computed per character, cached."""

    def __missing__(self, code: int) -> str:
        out = "".join(c if _TOKEN_CHAR.match(c) else " " for c in FOLD[code])
        self[code] = out
        return out


_SPACED = _SpacedTable()
# The same for ASCII, as a bytes table over UTF-8 (whose bytes below 0x80 are only ASCII characters):
# text is mostly ASCII, and str.translate is slow on any str holding one non-ASCII character.
_ASCII_SPACED = bytes(ord(_SPACED[c]) for c in range(128)) + bytes(range(128, 256))


def _spaced_run(m: re.Match[str]) -> str:  # for _NON_ASCII.sub
    return _spaced(m.group())


@functools.lru_cache(maxsize=65536)  # short runs recur: accented letters, dashes, names
def _spaced(run: str) -> str:
    """A run of non-ASCII characters, folded and spaced, its CJK runs cut into bigrams set apart by
    spaces. A CJK run never reaches past the run (ASCII characters are never CJK, nor fold to it)."""
    spaced = run.translate(_SPACED)
    return spaced if spaced.isascii() else _CJK_RUN.sub(_bigrams, spaced)


def _bigrams(m: re.Match[str]) -> str:
    return " " + " ".join(cjk_tokens(m.group())) + " "


def tokens(folded: str) -> list[str]:
    """Index tokens of folded text: its words, and its CJK runs as bigrams (see the module doc). The
    definition that `index_texts` follows, faster."""
    out: list[str] = []
    for m in TOKEN.finditer(folded):
        if m.lastgroup == "cjk":
            out.extend(cjk_tokens(m.group()))
        else:
            out.append(m.group())
    return out


def index_text(text: str) -> str:
    """Text as the space-separated tokens stored in the index: " ".join(tokens(fold(text)))."""
    return index_texts([text])


def index_texts(texts: list[str]) -> str:
    """index_text of each text, joined by FIELD_BREAK: the same tokens as `tokens(fold(text))`, but
    several times faster, which counts when a bulk import indexes millions of fields. Each character
    goes to FOLD[c] with non-token characters as spaces (_SPACED; ASCII through a bytes table), CJK
    runs become bigrams, and str.split() does the rest. The texts are done in one pass, separated
    by NUL, which nothing else can be by then (NUL in a text is a non-token character: a space)."""
    raw = b"\x00".join([t.encode("utf-8", "surrogatepass").translate(_ASCII_SPACED) for t in texts])
    spaced = _NON_ASCII.sub(_spaced_run, raw.decode("utf-8", "surrogatepass"))
    return f" {FIELD_BREAK} ".join([" ".join(field.split()) for field in spaced.split("\x00")])


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None


@functools.lru_cache(maxsize=65536)
def pinyin_syllables(folded_han: str) -> tuple[str, ...]:
    """Toneless pinyin of a run of (simplified) Han characters, one syllable per character."""
    from pypinyin import Style, lazy_pinyin  # noqa: PLC0415 - large dictionaries; only when names have Han

    out = lazy_pinyin(folded_han, style=Style.NORMAL, errors=lambda chars: ["" for _ in chars], v_to_u=False)
    return tuple(s if s.isascii() and s.isalpha() else "" for s in out)


def pinyin_spans(text: str) -> Iterator[tuple[str, int, int, bool]]:
    """Pinyin tokens of a name: (token, start, end, joined) with offsets in the folded text.

    For 谢卫东 that is the syllables xie, wei, dong (each spanning its character) and the joined
    forms xieweidong, weidong, dong (joined=True, spanning to the end of the run), so that
    `xie weidong`, `weidong` and, by prefix, `xiewei` all find the name. A 'v' (for ü, as in lv)
    also gives the 'u' spelling most people type."""
    folded = fold(text)
    for m in _HAN.finditer(folded):
        syllables = pinyin_syllables(m.group())
        for variant in _variants(syllables):
            for i, syllable in enumerate(variant):
                if not syllable:
                    continue
                start = m.start() + i
                yield syllable, start, start + 1, False
                yield "".join(variant[i:]), start, m.end(), True


def _variants(syllables: tuple[str, ...]) -> list[tuple[str, ...]]:
    if any("v" in s for s in syllables):
        return [syllables, tuple(s.replace("v", "u") for s in syllables)]
    return [syllables]


@functools.lru_cache(maxsize=65536)
def pinyin_blob(text: str) -> str:
    """Every pinyin token of a name, space-separated: a quick test before `pinyin_spans`."""
    return " ".join(token for token, _, _, _ in pinyin_spans(text))


@functools.lru_cache(maxsize=65536)  # names recur across cases (an organisation in every incident)
def pinyin_index_text(text: str) -> str:
    """The pinyin tokens of a name as stored in the index (joined forms carry the PINYIN marker)."""
    seen: dict[str, None] = {}
    for token, _, _, joined in pinyin_spans(text):
        seen[PINYIN + token if joined else token] = None
    return " ".join(seen)


def forget_texts() -> None:
    """Drop every remembered piece of text (names, their pinyin, runs of Chinese): they are
    decrypted case data, so none may outlive the vault they came from (Vault.close calls this)."""
    for cache in (_spaced, pinyin_syllables, pinyin_blob, pinyin_index_text):
        cache.cache_clear()
