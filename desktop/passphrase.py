"""Choosing passphrases: how strong one is (zxcvbn, Dropbox's estimator, which works offline from
dictionaries inside its package) and a suggestion of random words from the EFF large word list
shipped in desktop/wordlists (see its README for source and licence).

Used wherever a passphrase or password is chosen: a new vault, a backup's own passphrase, an
exchange bundle, a changed passphrase. Below MIN_SCORE the app explains why and asks for
confirmation; it never refuses a passphrase for being weak. The floor is about three years of
guessing by someone who has the file (10^12 guesses at GUESSES_PER_SECOND): a seized laptop gives
an attacker all the time they want.

Thread rule: pure functions; any thread."""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

WORDLIST = Path(__file__).with_name("wordlists") / "eff_large_wordlist.txt"
SUGGESTED_WORDS = 6  # 6 x 12.9 bits: about 77 bits, out of reach of offline guessing
MIN_GUESSES_LOG10 = 12.0  # below 10^12 guesses the app explains and asks to confirm
ESTIMATED_LENGTH = 72  # zxcvbn's limit (it slows down on long inputs); the rest only adds strength
# An attacker with the file and graphics cards tries about this many passphrases a second against
# SQLCipher's PBKDF2-HMAC-SHA512 with 256,000 rounds (zxcvbn's "offline slow hashing" figure).
GUESSES_PER_SECOND = 1e4
# zxcvbn's warnings and advice, for the translation catalogues (context "zxcvbn"; see
# translations/update_ts.py). A message not listed here shows in English.
FEEDBACK = (
    "Add another word or two. Uncommon words are better.", "Capitalization doesn't help very much.",
    "Reversed words aren't much harder to guess.",
    "Predictable substitutions like '@' instead of 'a' don't help very much.",
    "Use a few words, avoid common phrases.", "No need for symbols, digits, or uppercase letters.",
    "Straight rows of keys are easy to guess.", "Short keyboard patterns are easy to guess.",
    "This is a top-10 common password.", "This is similar to a commonly used password.",
    "A word by itself is easy to guess.", "All-uppercase is almost as easy to guess as all-lowercase.",
    "Use a longer keyboard pattern with more turns.", 'Repeats like "aaa" are easy to guess.',
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".', "This is a top-100 common password.",
    "This is a very common password.", "Names and surnames by themselves are easy to guess.",
    "Common names and surnames are easy to guess.", "Avoid repeated words and characters.",
    'Sequences like "abc" or "6543" are easy to guess.', "Avoid sequences.", "Recent years are easy to guess.",
    "Dates are often easy to guess.", "Avoid recent years.", "Avoid years that are associated with you.",
    "Avoid dates and years that are associated with you.",
)


@dataclass
class Strength:
    """score 0-4 (zxcvbn's), log10 of the guesses needed, the time an offline attacker needs at
    GUESSES_PER_SECOND, and zxcvbn's warning and suggestions (English; the UI translates them)."""

    score: int
    guesses_log10: float
    seconds: float
    warning: str = ""
    suggestions: list[str] = field(default_factory=list)

    @property
    def weak(self) -> bool:
        return self.guesses_log10 < MIN_GUESSES_LOG10

    @property
    def level(self) -> int:
        """0-4 for a meter: under 10^4 guesses, 10^8, 10^10, 10^12 (the floor), and above it."""
        return sum(self.guesses_log10 >= bound for bound in (4.0, 8.0, 10.0, MIN_GUESSES_LOG10))


def estimate(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    """How hard `passphrase` is to guess. `user_inputs` are words an attacker may know (the vault's
    file name, the author's name), which zxcvbn counts as easy."""
    if not passphrase:
        return Strength(0, 0.0, 0.0)
    from zxcvbn import zxcvbn  # noqa: PLC0415 - loads its dictionaries (about 0.3 s) on first use

    result = zxcvbn(passphrase[:ESTIMATED_LENGTH], user_inputs=[u for u in user_inputs if u])
    guesses_log10 = float(result["guesses_log10"])
    if len(passphrase) > ESTIMATED_LENGTH and len(set(passphrase[ESTIMATED_LENGTH:])) > 3:
        guesses_log10 += math.log10(7776) * ((len(passphrase) - ESTIMATED_LENGTH) // 8 + 1)  # a word per 8 chars
    feedback = result.get("feedback") or {}
    return Strength(int(result["score"]), guesses_log10, 10 ** guesses_log10 / GUESSES_PER_SECOND,
                    str(feedback.get("warning") or ""), [str(s) for s in feedback.get("suggestions") or []])


@cache
def words() -> tuple[str, ...]:
    """The EFF large word list: 7,776 words."""
    out = []
    for line in WORDLIST.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2:
            out.append(parts[1])
    return tuple(out)


def suggest(count: int = SUGGESTED_WORDS) -> str:
    """`count` words drawn uniformly with the operating system's randomness, joined by spaces."""
    choices = words()
    return " ".join(secrets.choice(choices) for _ in range(count))


def suggestion_bits(count: int = SUGGESTED_WORDS) -> float:
    return count * math.log2(len(words()))


def guess_time(seconds: float) -> tuple[str, int]:
    """A guessing time as (unit, count), for the CLI and the app to say in words: ("less_than_a_minute",
    0), ("minute" | "hour" | "day" | "year", n) with n >= 1, or ("centuries", 0) from 100 years on."""
    minute, hour, day, year = 60, 3600, 86400, 31_557_600
    if seconds < minute:
        return "less_than_a_minute", 0
    for unit, size, bigger in (("minute", minute, hour), ("hour", hour, day), ("day", day, year),
                               ("year", year, 100 * year)):
        if seconds < bigger:
            return unit, int(seconds // size)
    return "centuries", 0
