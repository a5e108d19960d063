"""Text folding and tokenisation shared by the search index and the query parser (db.search).

Index and query go through the same steps, so they always agree:
- fold each character on its own (db.normalise.fold, which redaction uses too): compatibility
  forms to plain ones, accents dropped, case folded, traditional Chinese to simplified, invisible
  characters to nothing. A word folds the same wherever it stands;
- cut the folded text into words (runs of letters and digits) and CJK runs (Han, kana, Hangul);
- a CJK run "ABCD" becomes its overlapping bigrams plus its last character: "AB BC CD D". A two-
  character query is then one token, a longer one a phrase of bigrams, and a one-character query
  the prefix "A*", which meets every place the character stands (first half of a bigram, or the
  last character of a run). FTS5's own tokenizers cannot do this (unicode61 makes a whole Han
  run one token; trigram cannot match fewer than three characters);
- Chinese names also get pinyin tokens (see `pinyin_spans`), with the surname reading of a name's
  first character as well (db.normalise.name_readings).

Private-use characters are reserved for our markers (PINYIN, FIELD_BREAK) and never come from text.
Pure functions, safe from any thread."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from db.normalise import CJK, FOLD, HAN, TOKEN, fold, fold_with_offsets, has_han, name_readings
from db.normalise import forget_texts as forget_normalised

__all__ = ["CJK", "FIELD_BREAK", "PINYIN", "TOKEN", "cjk_tokens", "fold", "fold_with_offsets", "has_han",
           "index_text", "index_texts", "pinyin_blob", "pinyin_index_text", "pinyin_spans", "tokens"]

PINYIN = "\ue000"  # starts a joined-pinyin token ("\ue000xieweidong"), matched by prefix only
FIELD_BREAK = "\ue001"  # between two fields of a document, so no phrase runs across them


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


def pinyin_spans(text: str) -> Iterator[tuple[str, int, int, bool]]:
    """Pinyin tokens of a name: (token, start, end, joined) with offsets in the folded text.

    For 谢卫东 that is the syllables xie, wei, dong (each spanning its character) and the joined
    forms xieweidong, weidong, dong (joined=True, spanning to the end of the run), so that
    `xie weidong`, `weidong` and, by prefix, `xiewei` all find the name. Every reading of
    db.normalise.name_readings is given: 曾 also as zeng, a 'v' (for ü, as in lv) also as 'u' and 'yu'."""
    folded = fold(text)
    for m in HAN.finditer(folded):
        for variant in name_readings(m.group()):
            for i, syllable in enumerate(variant):
                if not syllable:
                    continue
                start = m.start() + i
                yield syllable, start, start + 1, False
                yield "".join(variant[i:]), start, m.end(), True


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
    for cache in (_spaced, pinyin_blob, pinyin_index_text):
        cache.cache_clear()
    forget_normalised()
