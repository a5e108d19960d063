"""What a JSON Schema error means, in a sentence a person can act on. jsonschema's own messages
quote regular expressions and lists of 249 country codes; these say what the value should be, as
db.notices.Notice, so that the app says it in its language.

Thread rule: pure functions."""

from __future__ import annotations

from collections.abc import Callable
from functools import reduce
from typing import Any

from db.countries import CODES
from db.notices import Notice
from exporters.interchange_schema import (
    DATE_PATTERN,
    DURATION_PATTERN,
    NOT_BLANK,
    STAMP_PATTERN,
    UUID_PATTERN,
)

# What a value that does not match each pattern is not, said with the value (a notice each).
_PATTERNS: dict[str, Callable[[str], Notice]] = {
    DATE_PATTERN: lambda value: Notice("{value} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits, "
                                       "or names a day, month or year 0000 that does not exist", value=value),
    STAMP_PATTERN: lambda value: Notice("{value} is not a UTC timestamp such as 2026-11-22T13:45:40.123Z", value=value),
    UUID_PATTERN: lambda value: Notice("{value} is not an id: ids are UUIDs written in lower case, such as "
                                       "0190f1d2-7c3a-7b1e-8f00-1a2b3c4d5e6f", value=value),
    DURATION_PATTERN: lambda value: Notice("{value} is not a duration such as P6Y (six years), P1Y6M, P3W or P20D",
                                           value=value),
    NOT_BLANK: lambda value: Notice("{value} is empty; it is required", value=value),
    "^[0-9a-f]{64}$": lambda value: Notice("{value} is not a SHA-256 (64 lower-case hexadecimal digits)", value=value),
}
_MAX_LISTED = 12


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def explain(error: Any) -> str:
    """The message for one jsonschema ValidationError (the place is said by the caller): a notice,
    or jsonschema's own message for a check none of these words fit."""
    kind, expected, instance = error.validator, error.validator_value, error.instance
    if kind == "enum":
        options = [o for o in expected if o != ""]
        if set(options) == CODES:
            return Notice("{value} is not an ISO 3166 country code (two capital letters, such as CN or CA)",
                          value=_shown(instance))
        listed = ", ".join(map(str, options[:_MAX_LISTED])) + (", ..." if len(options) > _MAX_LISTED else "")
        if "" in expected:
            return Notice("{value} is not one of: {keys} (or empty)", value=_shown(instance), keys=listed)
        return Notice("{value} is not one of: {keys}", value=_shown(instance), keys=listed)  # as db.repository's
    if kind == "pattern":
        for pattern, words in _PATTERNS.items():
            if expected == pattern:
                return words(_shown(instance))
        if "start|" in expected:
            return Notice("{value} is neither 'start' nor the id of an incident", value=_shown(instance))
    if kind == "type":
        names = expected if isinstance(expected, list) else [expected]
        return Notice("{value} is not {types}", value=_shown(instance),
                      types=reduce(lambda a, b: Notice("{a} or {b}", a=a, b=b), (_TYPE_WORDS.get(n, n) for n in names)))
    if kind == "required":
        missing = [n for n in expected if isinstance(instance, dict) and n not in instance]
        if missing:
            return Notice("{name} is required", name=repr(missing[0]))
    if kind == "additionalProperties":
        extra = sorted(set(instance) - set(error.schema.get("properties", {}))) if isinstance(instance, dict) else []
        if extra:
            return Notice("{name} is not a field of this record", name=repr(extra[0]))
    if kind == "uniqueItems":
        return Notice("names the same record twice")
    if kind == "oneOf" and isinstance(instance, dict) and "degree" in instance:
        return Notice("an actor names exactly one person or one organisation")
    if kind == "anyOf" and any(s.get("pattern") == DURATION_PATTERN for s in expected if isinstance(s, dict)):
        return _PATTERNS[DURATION_PATTERN](_shown(instance))
    if kind == "minLength" and expected == 1:
        return Notice("must not be empty here (it goes with another field of this record)")
    if kind == "anyOf" and isinstance(instance, dict) and "role" in instance:
        return Notice("a place needs a country, a city or a description")
    if kind == "anyOf" and isinstance(instance, dict) and "name_original" in instance:
        return Notice("needs a name in Latin or original script (or a description)")
    return error.message


_TYPE_WORDS = {"string": Notice("text"), "integer": Notice("a whole number"), "boolean": Notice("true or false"),
               "null": Notice("null"), "array": Notice("a list"), "object": Notice("an object"),
               "number": Notice("a number")}
