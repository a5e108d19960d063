"""The one name matcher (db.names) and the printable form it matches (db.normalise.printable),
stated as properties: what a document prints holds no invisible or reordering character, and a
name written in any spelling the app treats as the same never survives a replacement."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from db.names import NameMatcher
from db.normalise import fold, printable

INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufe0f\u034f\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e" \
            "\u2066\u2067\u2068\u2069\x01\x1b\x7f\u180e"
LETTERS = "abcdefghijklmnopqrstuvwxyzçşğıöüéèàñøåæßłżź"
HAN = "谢卫东林晓梅陈桂芳张伟刘国华黄丽军"
ARABIC = "ابپتجچخدرزسشغفقكگڭلمنھوۇۆۈۋېىي"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_printable_is_idempotent_and_leaves_nothing_invisible(text):
    out = printable(text)
    assert printable(out) == out
    assert unicodedata.is_normalized("NFC", out)
    for ch in out:
        cat = unicodedata.category(ch)
        assert cat not in ("Cf", "Co", "Cn", "Cs") and (cat != "Cc" or ch == "\n"), repr(ch)
    assert "\ufe0f" not in out and "\u034f" not in out


def word(alphabet: str, min_size: int = 3):
    return st.text(alphabet, min_size=min_size, max_size=7)


names = st.one_of(
    st.lists(word(LETTERS), min_size=2, max_size=3).map(lambda ws: " ".join(w.capitalize() for w in ws)),
    word(HAN, 2).map(lambda w: w[:3]),
    st.lists(word(ARABIC), min_size=2, max_size=2).map(" ".join))


@st.composite
def spelling(draw, name: str) -> str:
    """The name as someone might have typed or pasted it."""
    kind = draw(st.sampled_from(["upper", "nfd", "wide", "swap", "invisible", "reversed", "hyphen"]))
    if kind == "upper":
        return name.upper()
    if kind == "nfd":
        return unicodedata.normalize("NFD", name)
    if kind == "wide":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in name)
    if kind == "swap" and " " in name:
        first, rest = name.split(" ", 1)
        return f"{rest} {first}"
    if kind == "reversed":
        return "\u202e" + name[::-1] + "\u202c"
    if kind == "hyphen" and " " in name:
        return name.replace(" ", "-")
    chars = list(name)
    for _ in range(draw(st.integers(1, 4))):
        chars.insert(draw(st.integers(1, len(chars) - 1)), draw(st.sampled_from(INVISIBLE)))
    return "".join(chars)


def squashed(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalnum())


@settings(max_examples=300, deadline=None)
@given(data=st.data(), name=names, before=st.text("xyz .,;\n", max_size=8), after=st.text(" .,;\n", max_size=8))
def test_no_spelling_of_a_name_survives_replacement(data, name, before, after):
    written = data.draw(spelling(name))
    text = printable(f"{before} {written}{after}")
    out, found = NameMatcher({"p": [name]}).replace(text, {"p": "Person A"})
    assert found, (name, written)
    key = squashed(name)
    words = name.split(" ")
    assert key not in squashed(out) and key[::-1] not in squashed(out), (name, written, out)
    if len(words) == 2:
        assert squashed(words[1] + words[0]) not in squashed(out)


def test_a_name_inside_a_longer_word_is_left_alone():
    matcher = NameMatcher({"p": ["Lin Mei", "Ayşe"]})
    assert matcher.replace("Berlin Meier and Ayşegül", {"p": "Person A"})[0] == "Berlin Meier and Ayşegül"
    assert matcher.replace("LinMei, AYSE.", {"p": "Person A"})[0] == "Person A, Person A."


def test_a_name_and_its_other_script_in_brackets_become_one_pseudonym():
    matcher = NameMatcher({"p": ["Xie Weidong", "谢卫东"], "q": ["Li Hua"]})
    shown = {"p": "Person A", "q": "Person B"}
    assert matcher.replace("Xie Weidong (谢卫东) left.", shown)[0] == "Person A left."
    assert matcher.replace("谢卫东（Xie Weidong）走了", shown)[0] == "Person A走了"
    # Two people stay two, and a bracket that says something else keeps its words.
    assert matcher.replace("Xie Weidong (Li Hua) left.", shown)[0] == "Person A (Person B) left."
    assert matcher.replace("Xie Weidong (with 谢卫东)", shown)[0] == "Person A (with Person A)"


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from(LETTERS + LETTERS.upper() + HAN + " -_'.,0123456789\u0301\u202e" + ARABIC),
               max_size=20) | st.text(max_size=20))
def test_the_shortcut_for_plain_ascii_forms_gives_the_general_units(form):
    from db.names import _form_units, _units_of

    assert _form_units(form) == (_units_of(form), _units_of(form[::-1]))
