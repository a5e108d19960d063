"""The contact finder of the public profile (exporters.pdf.contacts) on hostile text: invisible and
bidi characters between the digits of a phone number or the letters of a handle, markup around
them, and huge fields made to make a regular expression backtrack. Nothing hidden that way may
print, and the finder stays linear: a field four times longer takes about four times as long."""

from __future__ import annotations

import time

import pytest

from exporters.pdf.contacts import contacts, withhold_contacts
from tests.exporters.test_contact_gaps import MARK, public

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u202a", "\u202b",
             "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u061c", "\u180e"]


@pytest.mark.parametrize("hidden", INVISIBLE)
@pytest.mark.parametrize(("typed", "secret"), [
    ("0612345678", "0612345678"), ("07700900123", "07700900123"), ("tel 91234567", "91234567"),
    ("电话：91234567", "91234567"), ("+33612345678", "33612345678"), ("13800138000", "13800138000"),
    ("06 12 34 56 78", "0612345678"), ("his Signal is xiewd", "xiewd"), ("微信号是xiewd", "xiewd"),
])
def test_invisible_and_bidi_characters_between_the_digits_hide_nothing(typed, secret, hidden):
    text = f"Reach her at {hidden.join(typed)} tonight."
    out = public(text)
    assert MARK in out and secret not in "".join(c for c in out if c.isalnum()), out


@pytest.mark.parametrize(("typed", "secret"), [
    ("<b>06 12 34 56 78</b>", "0612345678"),
    ("<a href=\"tel:+33612345678\">appeler</a>", "33612345678"),
    ("<a href='tel:0612345678'>call</a>", "0612345678"),
    ("[Signal](https://signal.me/#eu/xiewd.01)", "xiewd"),
    ("[phone](tel:91234567)", "91234567"),
    ("&#43;33 6 12 34 56 78", "612345678"),
    ("<td>电话</td><td>91234567</td>", "91234567"),
    ("<i>WeChat ID</i>: xiewd", "xiewd"),
    ("mailto:xiewd@example.org", "xiewd@example.org"),
])
def test_markup_around_a_contact_hides_nothing_and_prints_as_text(typed, secret):
    out = public(f"Notes: {typed} end")
    assert secret not in "".join(c for c in out if c.isalnum() or c in "@."), out
    assert MARK in out


def test_the_marker_is_never_taken_for_a_contact_nor_a_contact_found_twice():
    text = "tel 91234567, tel 91234567"
    once, n = withhold_contacts(text, MARK)
    assert n == 2 and withhold_contacts(once, MARK) == (once, 0)


# Each made to backtrack: long runs that almost make a number, a handle or an address.
HOSTILE = {
    "digits": "1",
    "zero digits": "0",
    "spaced digits": "1 ",
    "dashed digits": "1-",
    "nnbsp digits": "12\u202f",
    "plus runs": "+1 ",
    "brackets": "(1) ",
    "phone words": "tel ",
    "phone words and colons": "tel : no. ",
    "phone words and numbers": "tel 12 ",
    "messenger words": "WeChat ",
    "messenger words and ids": "WeChat ID: ",
    "possessive verbs": "his Signal is ",
    "chinese messenger": "微信号是",
    "at signs": "a@",
    "dotted words": "a.",
    "spelled at": "x [at] ",
    "reference words": "UCI 1",
    "dates": "2019-06-04 ",
    "wxid": "wxid_",
    "chinese digits": "电话１",
    "messenger then spaces": "WeChat" + " " * 2000 + "!",
    "phone word then spaces": "tel" + " " * 2000 + "!",
    "messenger then markup": "WeChat " + "<b>" * 2000 + "!",
    "phone word then markup": "tel " + "</td>" * 2000 + "!",
    "plus then spaces": "+1" + " " * 2000 + "x",
}


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        contacts(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("unit", list(HOSTILE.values()), ids=list(HOSTILE))
def test_the_finder_is_linear_on_hostile_text(unit):
    """A field reads at most about 84,000 characters (redaction._READ); 200,000 of each hostile
    pattern take seconds at most, and four times the text about four times the time (a
    backtracking pattern would take 16 times as long, or minutes)."""
    small = (unit * (50_000 // len(unit) + 1))[:50_000]
    big = (unit * (200_000 // len(unit) + 1))[:200_000]
    t_small, t_big = _seconds(small), _seconds(big)
    assert t_big < 5.0, t_big
    assert t_big < 8 * t_small + 0.25, (t_small, t_big)  # a backtracking pattern: 16 times


def test_a_huge_field_of_phone_numbers_is_withheld_whole_and_quickly():
    text = "Her numbers: " + "tel 91234567, 0612345678, 06\u202f12\u202f34\u202f56\u202f78; " * 20_000
    out = public(text)
    assert "91234567" not in out and "0612345678" not in out and "06\u202f12" not in out
