"""JSON text parsed a part at a time, with a safe point between parts, so that a long parse (the
payload of a large bundle: tens of megabytes) can be stopped by a lock within a moment instead of
running to its end with the decrypted data in memory.

`loads(text, safe_point, depth)` returns what json.loads returns, and refuses what it refuses (with a
ValueError): the outer `depth` levels of objects and arrays are read here, each value below them by
the standard decoder, calling `safe_point()` before each. Pure functions, any thread."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def no_stop() -> None:
    """The safe point when nothing needs to stop the work."""


def loads(text: str, safe_point: Callable[[], None] = no_stop, depth: int = 3) -> Any:
    """`json.loads(text)`, calling `safe_point()` before each value below the outer `depth` levels."""

    def skip(pos: int) -> int:
        return _SPACE.match(text, pos).end()  # type: ignore[union-attr] - the pattern matches the empty string

    def expect(pos: int, what: str) -> None:
        found = text[pos:pos + 1] or "the end"
        raise json.JSONDecodeError(f"expected {what}, found {found!r}", text, pos)

    def value(pos: int, levels: int) -> tuple[Any, int]:
        pos = skip(pos)
        if levels > 0 and text[pos:pos + 1] in ("{", "["):
            return container(pos, levels)
        safe_point()
        return _DECODER.raw_decode(text, pos)

    def container(pos: int, levels: int) -> tuple[Any, int]:
        closing = "}" if text[pos] == "{" else "]"
        out: Any = {} if closing == "}" else []
        pos = skip(pos + 1)
        if text[pos:pos + 1] == closing:
            return out, pos + 1
        while True:
            if closing == "}":
                if text[pos:pos + 1] != '"':
                    expect(pos, "a property name in double quotes")
                key, pos = _DECODER.raw_decode(text, pos)
                pos = skip(pos)
                if text[pos:pos + 1] != ":":
                    expect(pos, "':'")
                out[key], pos = value(pos + 1, levels - 1)
            else:
                item, pos = value(pos, levels - 1)
                out.append(item)
            pos = skip(pos)
            if text[pos:pos + 1] == ",":
                pos = skip(pos + 1)
                continue
            if text[pos:pos + 1] == closing:
                return out, pos + 1
            expect(pos, f"',' or {closing!r}")

    result, end = value(0, depth)
    end = skip(end)
    if end != len(text):
        raise json.JSONDecodeError("Extra data", text, end)
    return result
