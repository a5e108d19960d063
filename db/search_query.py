"""What a user types in the search box, turned into terms, an FTS5 expression and matchers.

Syntax, deliberately small: words (all must match, anywhere in the case); "a quoted phrase" (its
words together, in order); a leading - excludes a word or phrase; a trailing * on a word of two or
more letters matches it as a prefix. Everything else is text: brackets, NEAR, AND, colons, SQL
are searched as the words they contain (or ignored when they contain none). The FTS5 expression
is built only from double-quoted strings of our own tokens, which hold nothing but letters and
digits, so no input can produce an FTS5 syntax error. Pure functions, safe from any thread."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from db.errors import ValidationError
from db.notices import Notice
from db.search_text import CJK, PINYIN, TOKEN, cjk_tokens, fold, pinyin_blob, pinyin_spans

MAX_QUERY = 1000  # characters; a longer "query" is a paste gone wrong
_QUOTES = str.maketrans({c: '"' for c in "\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u300e\u300f\uff02"})
_PINYIN_WORD = re.compile(r"^[a-z]{2,}$")
_STOPS = frozenset('"()[]{}')  # end a word: "NEAR(a b)" is the words near, a, b


@dataclass(frozen=True)
class Term:
    """One word or phrase: folded tokens to match in sequence, the last one as a prefix if `prefix`."""

    text: str  # as typed
    tokens: tuple[str, ...]
    prefix: bool = False
    pinyin: bool = False  # a bare Latin word: may also be the start of a Chinese name's joined pinyin
    negated: bool = False
    source: str = field(default="", compare=False)  # the folded text the tokens came from

    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        """Where the term matches in folded text, exactly as the index matches it: words whole (the
        last one open-ended for a prefix), CJK anywhere inside a run, but a run the phrase goes on
        past must end there (and one it comes into must start there), anything but letters between."""
        matches = list(TOKEN.finditer(self.source))
        parts = []
        for n, m in enumerate(matches):
            first, last = n == 0, n == len(matches) - 1
            if m.lastgroup == "cjk":
                before, after = ("" if first else f"(?<![{CJK}])"), ("" if last else f"(?![{CJK}])")
            else:
                before = f"(?<![^\\W_{CJK}])"
                after = "" if last and self.prefix else f"(?![^\\W_{CJK}])"
            parts.append(before + re.escape(m.group()) + after)
        return re.compile(r"[\W_]*".join(parts))

    def fts(self) -> str:
        phrase = '"' + " ".join(self.tokens) + '"' + (" *" if self.prefix else "")
        if self.pinyin:
            return f'({phrase} OR "{PINYIN}{self.tokens[0]}" *)'
        return phrase


def query_tokens(text: str) -> tuple[tuple[str, ...], bool]:
    """Tokens of a word or phrase and whether the last is a prefix. As in the index, except that a
    CJK run at the end drops its trailing single character (the text may go on after it), and a
    one-character run at the end becomes a prefix (it may be the first half of a bigram)."""
    matches = list(TOKEN.finditer(fold(text)))
    out: list[str] = []
    prefix = False
    for n, m in enumerate(matches):
        if m.lastgroup != "cjk":
            out.append(m.group())
            continue
        run_tokens = cjk_tokens(m.group())
        if n == len(matches) - 1:
            if len(run_tokens) > 1:
                run_tokens.pop()
            else:
                prefix = True
        out.extend(run_tokens)
    return tuple(out), prefix


def _term(text: str, *, phrase: bool, negated: bool) -> Term | None:
    star = not phrase and text.endswith("*")
    tokens, prefix = query_tokens(text)
    if not tokens:
        return None
    if star and tokens[-1].isalnum() and len(tokens[-1]) >= 2:
        prefix = True
    pinyin = not phrase and not prefix and len(tokens) == 1 and _PINYIN_WORD.match(tokens[0]) is not None
    return Term(text=text, tokens=tokens, prefix=prefix, pinyin=pinyin, negated=negated, source=fold(text))


def parse(query: str) -> list[Term]:
    """The terms of a query (empty when it holds nothing searchable). Raises ValidationError only
    for a query too long to be one."""
    if len(query) > MAX_QUERY:
        raise ValidationError("", Notice("The search text is too long ({n} characters; at most {most}).",
                                         n=len(query), most=MAX_QUERY))
    q = unicodedata.normalize("NFKC", query).translate(_QUOTES)
    terms: list[Term] = []
    i, n = 0, len(q)
    while i < n:
        if q[i].isspace() or (q[i] in _STOPS and q[i] != '"'):
            i += 1
            continue
        negated = q[i] == "-" and i + 1 < n and not q[i + 1].isspace()
        if negated:
            i += 1
            while i < n and (q[i] == "-" or (q[i] in _STOPS and q[i] != '"')):
                i += 1
        if i < n and q[i] == '"':
            end = q.find('"', i + 1)
            end = n if end < 0 else end
            term = _term(q[i + 1 : end], phrase=True, negated=negated)
            i = end + 1
        else:
            start = i
            while i < n and not q[i].isspace() and q[i] not in _STOPS:
                i += 1
            term = _term(q[start:i], phrase=False, negated=negated)
        if term is not None and term not in terms:
            terms.append(term)
    return terms


def fts_expression(terms: list[Term]) -> tuple[str | None, str | None]:
    """(expression every match must satisfy, expression of excluded matches); either may be None."""
    positive = [t.fts() for t in terms if not t.negated]
    negative = [t.fts() for t in terms if t.negated]
    return (" AND ".join(positive) or None), (" OR ".join(negative) or None)


# -- matching in Python, to say which field matched and where -----------------------------------------

Span = tuple[int, int]


def find(term: Term, folded: str, name_text: str | None = None) -> list[Span]:
    """Spans (in `folded`) where the term matches; `name_text` (the unfolded name) adds pinyin."""
    found = [m.span() for m in term.regex.finditer(folded)]
    if name_text is not None and len(term.tokens) == 1 and term.tokens[0] in pinyin_blob(name_text):
        want = term.tokens[0]
        for token, start, end, joined in pinyin_spans(name_text):
            if joined:
                hit = term.pinyin and token.startswith(want)
            else:
                hit = token == want or (term.prefix and token.startswith(want))
            if hit:
                found.append((start, end))
    return found
