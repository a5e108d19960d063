"""What a JSON Schema error means, in a sentence a person can act on. jsonschema's own messages
quote regular expressions and lists of 249 country codes; these say what the value should be.

Thread rule: pure functions."""

from __future__ import annotations

from typing import Any

from db.countries import CODES
from exporters.interchange_schema import (
    DATE_PATTERN,
    DURATION_PATTERN,
    NOT_BLANK,
    STAMP_PATTERN,
    UUID_PATTERN,
)

_PATTERNS = {
    DATE_PATTERN: "is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits, or names a day, month "
                  "or year 0000 that does not exist",
    STAMP_PATTERN: "is not a UTC timestamp such as 2026-11-22T13:45:40.123Z",
    UUID_PATTERN: "is not an id: ids are UUIDs written in lower case, such as 0190f1d2-7c3a-7b1e-8f00-1a2b3c4d5e6f",
    DURATION_PATTERN: "is not a duration such as P6Y (six years), P1Y6M, P3W or P20D",
    NOT_BLANK: "is empty; it is required",
    "^[0-9a-f]{64}$": "is not a SHA-256 (64 lower-case hexadecimal digits)",
}
_MAX_LISTED = 12


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def explain(error: Any) -> str:
    """The message for one jsonschema ValidationError (the place is said by the caller)."""
    kind, expected, instance = error.validator, error.validator_value, error.instance
    if kind == "enum":
        options = [o for o in expected if o != ""]
        if set(options) == CODES:
            return f"{_shown(instance)} is not an ISO 3166 country code (two capital letters, such as CN or CA)"
        listed = ", ".join(map(str, options[:_MAX_LISTED])) + (", ..." if len(options) > _MAX_LISTED else "")
        empty = " (or empty)" if "" in expected else ""
        return f"{_shown(instance)} is not one of: {listed}{empty}"
    if kind == "pattern":
        for pattern, words in _PATTERNS.items():
            if expected == pattern:
                return f"{_shown(instance)} {words}"
        if "start|" in expected:
            return f"{_shown(instance)} is neither 'start' nor the id of an incident"
    if kind == "type":
        names = expected if isinstance(expected, list) else [expected]
        return f"{_shown(instance)} is not {' or '.join(_TYPE_WORDS.get(n, n) for n in names)}"
    if kind == "required":
        missing = [n for n in expected if isinstance(instance, dict) and n not in instance]
        if missing:
            return f"{missing[0]!r} is required"
    if kind == "additionalProperties":
        extra = sorted(set(instance) - set(error.schema.get("properties", {}))) if isinstance(instance, dict) else []
        if extra:
            return f"{extra[0]!r} is not a field of this record"
    if kind == "uniqueItems":
        return "names the same record twice"
    if kind == "oneOf" and isinstance(instance, dict) and "degree" in instance:
        return "an actor names exactly one person or one organisation"
    if kind == "anyOf" and any(s.get("pattern") == DURATION_PATTERN for s in expected if isinstance(s, dict)):
        return f"{_shown(instance)} {_PATTERNS[DURATION_PATTERN]}"
    if kind == "minLength" and expected == 1:
        return "must not be empty here (it goes with another field of this record)"
    if kind == "anyOf" and isinstance(instance, dict) and "role" in instance:
        return "a place needs a country, a city or a description"
    if kind == "anyOf" and isinstance(instance, dict) and "name_original" in instance:
        return "needs a name in Latin or original script (or a description)"
    return error.message


_TYPE_WORDS = {"string": "text", "integer": "a whole number", "boolean": "true or false", "null": "null",
               "array": "a list", "object": "an object", "number": "a number"}
