"""Where a person's name stands in a text, in every spelling that db.normalise treats as the same:
the one name matcher (redaction uses it; search folds text with the same db.normalise).

A name and the text are compared as *units*: the folded text (db.normalise.fold: width, case,
accents, traditional/simplified, invisible characters) with everything that is not a letter or
digit left out and pinyin tone numbers dropped (xie4 is xie; so is 4eix, the same stored backwards
behind a right-to-left override, which reads "xie4" on screen). So "Xie Wei-dong", "XIE WEIDONG",
"xiè wèidōng", "Xie4 Wei4dong1", "Ｘｉｅ　Ｗｅｉｄｏｎｇ" and "Xie, Weidong" are all "xieweidong".
A match must begin and end on a word boundary (between a letter and a non-letter, a lower-case and
an upper-case letter, a letter and a digit), except where it begins or ends in Chinese, Japanese or
Korean script, which has no spaces between words.

The spellings of one name (`name_keys`): the name as written; its words in every rotation (family
name first or last: "Weidong Xie", "Kaya Ayşe"); each script of a mixed name on its own; the pinyin
of its Chinese characters (every reading of db.normalise.name_readings, family name first and
last); and each of those reversed (text stored behind a right-to-left override shows its letters
in reverse order). Spellings shorter than two units are not matched, nor reversed ones in Latin
or Arabic script shorter than four ("il" is not "Li" to a reader).

The signatures of a spelling (`key_signatures`): the letters of each of its keys, sorted. For the
two common shapes of name (Latin letters and digits; one run of Chinese, Japanese or Korean) they
cost a fraction of the keys, and a key can only equal a piece of text whose sorted letters are one
of its spelling's signatures. A matcher over many owners (`NameMatcher(..., screen=True)`: every
person of a vault) uses this to compute keys only for the names a text could hold: it finds
exactly what the matcher with every key finds.

Limits: a name written in another transliteration (Wade-Giles "Hsieh"), with look-alike letters
of another script (Cyrillic "а" in a Latin name), or only in part (a family name alone) is not
found. Pure functions; matchers are safe from any thread (a screened one computes keys under a lock)."""

from __future__ import annotations

import functools
import json
import re
import threading
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from string import ascii_lowercase

from db.normalise import FOLD, HAN, IS_CJK, TOKEN, fold, fold_with_offsets, name_readings, printable

MIN_UNITS = 2
# Word boundaries inside a run of letters and digits: "LinXie", "CV2024Lin", "Lin2015".
_INNER_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")
_TONES = set("012345")
_TONE_DIGIT = re.compile("[0-5]")
_LETTERS = set(ascii_lowercase)


def _compact_word(word: str) -> str:
    """A folded word without pinyin tone numbers: a digit 0-5 after a letter and not before a digit
    ("xie4"), or before a letter and not after a digit (the same written backwards: "4eix")."""
    if word.isdigit() or _TONE_DIGIT.search(word) is None:
        return word
    return "".join(c for k, c in enumerate(word) if not _is_tone(word, k))


def _is_tone(word: str, k: int) -> bool:
    if word[k] not in _TONES:
        return False
    if k > 0 and word[k - 1] in _LETTERS and (k + 1 == len(word) or not word[k + 1].isdigit()):
        return True
    return k + 1 < len(word) and word[k + 1] in _LETTERS and (k == 0 or not word[k - 1].isdigit())


def _units_of(text: str) -> str:
    """The units of a short text (a name): its folded letters and digits, tone numbers dropped."""
    return "".join(m.group() if m.lastgroup == "cjk" else _compact_word(m.group()) for m in TOKEN.finditer(fold(text)))


def _forms(spelling: str) -> list[str]:
    """The ways of writing one recorded spelling, as text: itself, its words in every rotation, each
    script on its own, and the pinyin of its Chinese characters."""
    text = printable(spelling)
    tokens = [(m.lastgroup == "cjk", m.group()) for m in TOKEN.finditer(text)]
    words = [t for cjk, t in tokens if not cjk]
    runs = [t for cjk, t in tokens if cjk]
    forms = [text]
    if words:
        forms.append(" ".join(words))
        if 2 <= len(words) <= 4:
            forms += [" ".join(words[r:] + words[:r]) for r in range(1, len(words))]
    for run in runs:
        forms.append(run)
        han = fold(run)
        if len(han) >= 2 and HAN.fullmatch(han):
            for syllables in name_readings(han):
                if all(syllables):
                    forms.append(" ".join(syllables))
                    forms.append(" ".join(syllables[1:] + syllables[:1]))  # given name first
                    if len(syllables) >= 3:
                        forms.append(" ".join(syllables[2:] + syllables[:2]))  # after a two-character family name
    return forms


def name_keys(spelling: str) -> set[str]:
    """Every unit string under which `spelling` is matched (see the module doc)."""
    keys: set[str] = set()
    for form in dict.fromkeys(_forms(spelling)):  # a name all in Han is both the text and its run
        key, backwards = _form_units(form)
        if len(key) >= MIN_UNITS:
            keys.add(key)
        if len(backwards) >= (MIN_UNITS if IS_CJK(backwards[:1] or "a") else 4):
            keys.add(backwards)
    return keys


_NOT_LETTER = re.compile(r"[^a-z]+")
_DIGIT = re.compile(r"[0-9]")


def _form_units(form: str) -> tuple[str, str]:
    """The units of a form, and of the form reversed as written (then folded: æ stays "ae", not
    "ea"). ASCII without digits (every pinyin reading) is its lower-case letters either way round."""
    if form.isascii() and not _DIGIT.search(form):
        key = _NOT_LETTER.sub("", form.lower())
        return key, key[::-1]
    return _units_of(form), _units_of(form[::-1])


_LATIN_NAME = re.compile(r"[A-Za-z0-9 .,'()-]+")
_LETTERS_ONLY = re.compile(r"[a-z]+")
_ASCII_WORD = re.compile(r"[a-z0-9]+")
_LATIN_PUNCTUATION = " .,'()-"  # all sort before digits and letters
_MAY_BE_TONE = re.compile("[a-z][0-5]|[0-5][a-z]")  # no tone number is without a letter beside it


def _one_to_one_latin(spelling: str) -> str | None:
    """A name whose every character is a name's ASCII punctuation or a letter or digit that folds to
    one ASCII letter or digit ("Hélène", "Ayşe", "ＸＩＥ"), folded: its keys are made from it one
    character for one (the fold of a form is its characters' folds in order, reversed or not)."""
    text = printable(spelling)
    folded = fold(text)
    if len(folded) != len(text) or not _LATIN_NAME.fullmatch(folded):
        return None
    for c, f in zip(text, folded, strict=True):
        if c != f and not (c.isalnum() and f.isalnum()):
            return None
    return folded


@functools.cache  # a public export of many cases asks again for every person of the vault: forget_names
def key_signatures(spelling: str) -> frozenset[str] | None:
    """The letters, sorted, of each key name_keys gives `spelling`, for the two shapes of name whose
    keys are known to be made so (None for any other shape):
    - ASCII letters and digits with spaces and punctuation, or letters and digits that fold one for
      one to those ("Hélène"): every key is its units (letters, and digits that are not tone
      numbers) in some order (words rotated, or read backwards; a tone number is one either way
      round), so it has one signature;
    - one run of Chinese, Japanese or Korean characters (printable, and folded, db.normalise): every
      key is its folded characters in some order, or, for Han, the letters of one of its pinyin
      readings (db.normalise.name_readings) in some order.
    A key shared with another name, or equal to a piece of a text's units, has the same signature:
    where none of a name's signatures is that of a key or a piece, the name's keys cannot match it.
    tests/exporters/test_tables_duplicates.py and tests/db/test_names_screen.py check this against
    name_keys on any text."""
    if not spelling.isascii():
        spelling = _one_to_one_latin(spelling) or spelling
    if _LATIN_NAME.fullmatch(spelling):
        lower = spelling.lower()
        if _MAY_BE_TONE.search(lower) is None:  # every letter and digit is a unit
            return frozenset(("".join(sorted(lower)).lstrip(_LATIN_PUNCTUATION),))
        return frozenset(("".join(sorted("".join(_compact_word(w) for w in _ASCII_WORD.findall(lower)))),))
    text = printable(spelling)
    run = TOKEN.fullmatch(text)
    if run is None or run.lastgroup != "cjk":
        return None
    han = fold(text)
    units = TOKEN.fullmatch(han)
    if units is None or units.lastgroup != "cjk":
        return None
    out = {"".join(sorted(han))}
    if len(han) >= 2 and HAN.fullmatch(han):
        for syllables in name_readings(han):
            if all(syllables):
                letters = "".join(syllables)
                if not _LETTERS_ONLY.fullmatch(letters):
                    return None
                out.add("".join(sorted(letters)))
    return frozenset(out)


@dataclass(frozen=True)
class Mention:
    """Where a name stands in a text: text[start:end], which belongs to `owner`; several owners when
    names of different persons overlap there."""

    start: int
    end: int
    owners: tuple[str, ...]


class _Units:
    """A text as units (see the module doc), with where each unit came from and where words start/end."""

    __slots__ = ("chars", "where", "starts", "ends", "cjk")

    def __init__(self, text: str) -> None:
        folded, offsets = fold_with_offsets(text)
        chars: list[str] = []
        where: list[int] = []
        starts: set[int] = set()
        ends: set[int] = set()
        cjk: list[int] = []
        for m in TOKEN.finditer(folded):
            a, b = m.span()
            word = m.group()
            if m.lastgroup == "cjk":
                cjk.extend(range(len(where), len(where) + len(word)))
                chars.append(word)
                where.extend(offsets[a:b])
                continue
            starts.add(len(where))
            compact = _compact_word(word)
            if compact is word:
                chars.append(word)
                where.extend(offsets[a:b])
            else:
                chars.append(compact)
                where.extend(offsets[a + k] for k in range(len(word)) if not _is_tone(word, k))
            ends.add(len(where))
        if _INNER_BOUNDARY.search(text):
            inner = {m.start() for m in _INNER_BOUNDARY.finditer(text)}
            for i in range(1, len(where)):
                if where[i] in inner and where[i - 1] != where[i]:
                    starts.add(i)
                    ends.add(i)
        self.chars, self.where, self.starts, self.ends = "".join(chars), where, starts, ends
        self.cjk = cjk


class NameMatcher:
    """Finds the names of several owners (persons) in texts. `owners` maps an owner id to its
    spellings; where two owners share a spelling, the first owner given has it.

    With `screen`, a spelling with signatures (key_signatures) has its keys computed only when a
    text holds a piece (from a word start to a word end, as a name is matched) with one of them;
    the others, at once. What is found is the same: the key of a name found in a text is such a
    piece. For many owners and few or short texts (every person of a vault, in a report's record
    text or one case's dossier)."""

    def __init__(self, owners: Mapping[str, Iterable[str]], screen: bool = False) -> None:
        self._keys: dict[str, str] = {}
        self._rank: dict[str, int] = {}  # a key's owner's place in `owners` (screened matchers)
        self._lengths: dict[str, list[int]] = {}
        # Screened spellings not yet keyed: signature -> (owner's place, owner, spelling).
        self._waiting: dict[str, list[tuple[int, str, str]]] = {}
        self._longest = {False: 0, True: 0}  # the longest waiting signature: Latin, and CJK
        self._keyed: dict[str, frozenset[str]] = {}  # keys of the spellings computed so far
        self._lock = threading.Lock()
        if not screen:
            for owner, spellings in owners.items():
                for spelling in spellings:
                    for key in name_keys(spelling):
                        self._keys.setdefault(key, owner)
            self._index_lengths(self._keys)
            return
        self._take(owners, 0, shared=())

    def preceded_by(self, owners: Mapping[str, Iterable[str]]) -> NameMatcher:
        """A screened matcher of `owners` first, then of this one's owners: what this one has worked
        out is its start, and this one stays as it is. Made for many matchers over the same many
        owners (every person of a vault, for each case a public export redacts): this one is built
        once, each case's persons go first."""
        m = NameMatcher({}, screen=True)
        m._keys, m._rank, m._lengths = dict(self._keys), dict(self._rank), dict(self._lengths)
        m._waiting, m._longest, m._keyed = dict(self._waiting), dict(self._longest), self._keyed
        m._take(owners, -len(owners), shared=self._waiting)  # before every rank of this one
        return m

    def _take(self, owners: Mapping[str, Iterable[str]], first_rank: int, shared: Container[str]) -> None:
        """Add `owners`, ranked from `first_rank` on: spellings with signatures wait for a text that
        could hold them, the others are keyed now. `shared`: waiting lists that another matcher holds
        too, copied before they are added to."""
        keyed, waiting = self._keyed, self._waiting
        added: set[str] = set()
        for rank, (owner, spellings) in enumerate(owners.items(), first_rank):
            for spelling in spellings:
                found = key_signatures(spelling)  # remembered: the same spellings come again and again
                if found is None:
                    if spelling not in keyed:
                        keyed[spelling] = frozenset(name_keys(spelling))
                    self._index_lengths(self._add(keyed[spelling], rank, owner))
                    continue
                entry = (rank, owner, spelling)
                for signature in found:
                    if len(signature) < MIN_UNITS:  # no key is shorter
                        continue
                    bucket = waiting.get(signature)
                    if bucket is None:
                        waiting[signature] = [entry]
                    elif signature in shared and signature not in added:
                        waiting[signature] = [*bucket, entry]  # the other matcher's list stays as it is
                    else:
                        bucket.append(entry)
                    added.add(signature)
        for signature in added:
            cjk = IS_CJK(signature[-1]) is not None
            self._longest[cjk] = max(self._longest[cjk], len(signature))

    def _add(self, keys: Iterable[str], rank: int, owner: str) -> list[str]:
        """Give each key to `owner` unless an owner given before it has it; the keys new here."""
        new = []
        for key in keys:
            had = self._rank.get(key)
            if had is None:
                new.append(key)
            elif had <= rank:
                continue
            self._keys[key], self._rank[key] = owner, rank
        return new

    def _index_lengths(self, keys: Iterable[str]) -> None:
        """The lengths of keys by their first units, longest first (to find the longest name). The
        lists are replaced, never changed: `mentions` may be reading one."""
        grown: dict[str, set[int]] = {}
        for key in keys:
            grown.setdefault(key[:MIN_UNITS], set()).add(len(key))
        for prefix, lengths in grown.items():
            self._lengths[prefix] = sorted(lengths.union(self._lengths.get(prefix, ())), reverse=True)

    def _screen(self, u: _Units) -> None:
        """Compute the keys of the waiting spellings that a piece of `u` could be: every run of
        units that could be a name (as `mentions` tries them) whose sorted units are a signature."""
        units, n, waiting = u.chars, len(u.chars), self._waiting
        longest = self._longest
        due: list[tuple[int, str, str]] = []
        for i in sorted(u.starts.union(u.cjk)):
            cjk = IS_CJK(units[i]) is not None
            for j in range(i + 1, min(n, i + longest[cjk]) + 1):
                if (IS_CJK(units[j - 1]) is not None) != cjk:
                    break  # a signature is all Latin or all CJK
                if j - i >= MIN_UNITS and (cjk or j in u.ends):
                    found = waiting.pop("".join(sorted(units[i:j])), None)
                    if found:
                        due += found
        if not due:
            return
        new: list[str] = []
        for rank, owner, spelling in due:
            keys = self._keyed.get(spelling)
            if keys is None:
                keys = self._keyed[spelling] = frozenset(name_keys(spelling))
            new += self._add(keys, rank, owner)
        self._index_lengths(new)

    def __bool__(self) -> bool:
        return bool(self._keys) or bool(self._waiting)

    def mentions(self, text: str) -> list[Mention]:
        """The names in `text` (which should be db.normalise.printable text), in order, overlapping
        ones merged. Each found name is its longest spelling starting at that place."""
        if not text or not (self._keys or self._waiting):
            return []
        u = _Units(text)
        if self._waiting:
            with self._lock:
                self._screen(u)
        units, n = u.chars, len(u.chars)
        found: list[tuple[int, int, str]] = []
        for i in sorted(u.starts.union(u.cjk)):
            for length in self._lengths.get(units[i : i + MIN_UNITS], ()):
                j = i + length
                if j > n:
                    continue
                owner = self._keys.get(units[i:j])
                if owner is not None and (j in u.ends or IS_CJK(units[j - 1])):
                    found.append((i, j, owner))
                    break
        return _merge(found, u, text)

    def replace(self, text: str, pseudonyms: Mapping[str, str]) -> tuple[str, list[Mention]]:
        """`text` with each mention replaced by its owners' pseudonyms; and the mentions replaced."""
        found = self.mentions(text)
        if not found:
            return text, found
        out, at, previous = [], 0, None
        for m in found:
            gap = text[at : m.start]
            if m.owners == previous and gap in _SECOND_SCRIPT and text[m.end : m.end + 1] in (")", "）"):
                at = m.end + 1  # "Xie Weidong (谢卫东)" is one person: one pseudonym, not "Person A (Person A)"
                continue
            out += [gap, " / ".join(pseudonyms[o] for o in m.owners)]
            at, previous = m.end, m.owners
        out.append(text[at:])
        return "".join(out), found


_SECOND_SCRIPT = (" (", "(", "（", " （")  # what opens a name's other spelling right after it


def _merge(found: list[tuple[int, int, str]], u: _Units, text: str) -> list[Mention]:
    """Unit spans to text spans. The leftmost longest names are taken; a name overlapping them is
    left out when they cover all of it ("Xie Weidong, Weidong Xie"), else joined to them, so that no
    part of any found name stays in the text."""
    taken: list[list] = []  # [start unit, end unit, owners]
    rest: list[tuple[int, int, str]] = []
    for i, j, owner in found:  # by start
        if not taken or i >= taken[-1][1]:
            taken.append([i, j, (owner,)])
        else:
            rest.append((i, j, owner))
    if rest:
        covered = bytearray(len(u.chars))
        for i, j, _owners in taken:
            covered[i:j] = b"\x01" * (j - i)
        for i, j, owner in rest:
            if all(covered[i:j]):
                continue
            joined = [t for t in taken if t[0] < j and i < t[1]]
            owners = tuple(dict.fromkeys(o for t in joined for o in t[2])) + (owner,)
            merged = [min(i, joined[0][0]), max(j, joined[-1][1]), tuple(dict.fromkeys(owners))]
            taken = [t for t in taken if t not in joined]
            taken.append(merged)
            taken.sort(key=lambda t: t[0])
            covered[merged[0]:merged[1]] = b"\x01" * (merged[1] - merged[0])
    out: list[Mention] = []
    for i, j, owners in taken:
        start, end = u.where[i], u.where[j - 1] + 1
        while end < len(text) and (FOLD[ord(text[end])] == "" or _tone_after(text, end)):
            end += 1  # a combining mark or a tone number left on the name
        out.append(Mention(start, end, owners))
    return out


def _tone_after(text: str, k: int) -> bool:
    """text[k] is a pinyin tone number closing the word before it ("Weidong1")."""
    if FOLD[ord(text[k])] not in _TONES or FOLD[ord(text[k - 1])][-1:] not in _LETTERS:
        return False
    return k + 1 == len(text) or not FOLD[ord(text[k + 1])].isdigit()


def forget_names() -> None:
    """Drop the remembered signatures: they hold names, decrypted case data, which must not outlive the
    vault (Vault.close calls this through db.search_index.forget)."""
    key_signatures.cache_clear()


@dataclass(frozen=True, slots=True)
class PersonName:
    """What finding and replacing a person's names needs of them (the fields of db.models.Person of
    the same names): read for every person of a vault, where whole persons took far longer."""

    id: str
    created_at: str
    kind: str
    consent: str
    name: str
    name_original: str
    aliases: tuple[str, ...]
    group_size: int | None
    group_size_qualifier: str

    def display_name(self) -> str:
        if self.name and self.name_original:
            return f"{self.name} {self.name_original}"
        return self.name or self.name_original


def person_names(vault: object, except_consent: Iterable[str] = ()) -> list[PersonName]:
    """Every person of an open vault (on its thread), in the order they were stored, with their
    names; without those whose consent is one of `except_consent`. Read from the persons table
    alone (no links, no other field)."""
    sql = ("SELECT id, created_at, kind, consent, name, name_original, aliases, group_size, group_size_qualifier "
           "FROM persons")
    skip = list(dict.fromkeys(except_consent))
    if skip:
        sql += f" WHERE consent NOT IN ({', '.join('?' * len(skip))})"
    rows = vault.conn.execute(sql + " ORDER BY rowid", skip)  # type: ignore[attr-defined]
    return [PersonName(pid, created, kind, consent, name, original,
                       tuple(json.loads(aliases)) if aliases != "[]" else (), size, qualifier)
            for pid, created, kind, consent, name, original, aliases, size, qualifier in rows]
