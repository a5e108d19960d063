"""The interchange reader parses a list's elements with orjson when each sits on its own line (as
CaseVault writes them) and keeps orjson's value only when the schema's fast check accepts it
(exporters.interchange_stream._Reader.trusted); anything else is parsed by json. Whatever an element
holds (NaN, infinities, numbers past 2**53 or 64 bits, floats for whole numbers, lone surrogates,
control characters, deep nesting, duplicate keys, markup) the import ends exactly as with json
alone: the same refusal and message, or the same records."""

from __future__ import annotations

import dataclasses
import io
import json
import re

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import exporters.interchange_stream as stream
from db.errors import ValidationError
from db.vault import Vault
from exporters.interchange import export_json, import_json
from tests.conftest import PASSPHRASE
from tests.db.test_merge import content

HOSTILE = ["NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1e-400", "-0", "1.0", "2.0", "1E2", "0.1",
           str(2**53), str(2**53 + 1), str(2**63), str(2**64 - 1), str(2**64), str(2**64 + 1), str(-(2**63) - 1),
           str(10**30), '"\\ud800"', '"x\\udc00"', '"\\ud83d\\ude00"', '"\\u0000"', '"\x7f"', '"a\\u202eb\\u200b"',
           '"<b>x</b>"', '"\\/"', "[" * 990 + "]" * 990, "[" * 1100 + "]" * 1100, "true", "null", "[]", "{}",
           '{"a": 1, "a": 2}', '"\x01"', "01", "1.", ".5", "+1", "tru", "'x'", "[1,]", '"\\x"']
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def exported(demo_template, tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("fast") / "demo.json"
    with Vault.open(demo_template, PASSPHRASE) as v:
        export_json(v, path)
    return path.read_text(encoding="utf-8")


@pytest.fixture
def pair(tmp_path):
    with Vault.create(tmp_path / "a.cvault", PASSPHRASE) as a, Vault.create(tmp_path / "b.cvault", PASSPHRASE) as b:
        yield a, b


def outcome(vault, path, *, json_only: bool):
    with pytest.MonkeyPatch.context() as mp:
        if json_only:
            mp.setattr(stream._Reader, "trusted", lambda self, trust: (self.value(), False))
        try:
            return "imported", dataclasses.astuple(import_json(vault, path))
        except ValidationError as exc:
            return "refused", str(exc)


def _places(value, path=()):
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _places(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _places(v, (*path, i))


def test_a_file_as_written_is_read_by_orjson(exported):
    trust = {k: check.fast for k, check in stream._CHECKERS.items()}
    parts = list(stream.read_document(io.BytesIO(exported.encode()), trust))
    elements = [p for p in parts if p[0] in stream.LISTS]
    assert elements and all(checked for *_, checked in elements)


@FAST
@given(data=st.data())
def test_any_value_in_any_element_ends_as_with_json_alone(pair, exported, tmp_path, data):
    lines = exported.split("\n")
    n = data.draw(st.sampled_from([i for i, line in enumerate(lines) if line.startswith('{"id"')]))
    text, tail = re.fullmatch(r"(.*\})(\]?,?)", lines[n]).groups()
    element = json.loads(text)
    path = data.draw(st.sampled_from(list(_places(element))[1:]))
    node = element
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = "\x00hostile"
    lines[n] = json.dumps(element, ensure_ascii=False).replace('"\\u0000hostile"', data.draw(st.sampled_from(HOSTILE)))
    lines[n] += tail
    (tmp_path / "hostile.json").write_text("\n".join(lines), encoding="utf-8")
    a, b = pair
    got = outcome(a, tmp_path / "hostile.json", json_only=False)
    event(got[0])
    assert got == outcome(b, tmp_path / "hostile.json", json_only=True)
    assert content(a) == content(b)


def _plain(value, depth=0) -> bool:
    """What _Reader.trusted asks of its predicate: whole numbers below 2**53, shallow nesting."""
    if depth > 20 or type(value) is float or (type(value) is int and abs(value) >= 2**53):
        return False
    if isinstance(value, dict):
        return all(_plain(v, depth + 1) for v in value.values())
    if isinstance(value, list):
        return all(_plain(v, depth + 1) for v in value)
    return True


def _same(a, b) -> bool:
    """Equal, with the same types and key order all the way down (without recursion: values nest deep)."""
    todo = [(a, b)]
    while todo:
        a, b = todo.pop()
        if type(a) is not type(b):
            return False
        if isinstance(a, dict):
            if list(a) != list(b):
                return False
            todo += [(a[k], b[k]) for k in a]
        elif isinstance(a, list):
            if len(a) != len(b):
                return False
            todo += zip(a, b, strict=True)
        elif not (a == b or a != a and b != b):  # NaN is NaN
            return False
    return True


TOKENS = st.sampled_from(['{', '}', '[', ']', ',', ':', ' ', '"a"', '"b"', '"\\ud800"', '"\\u00e9"', '"é"', "1",
                          "-0", "2.5", "1e5", str(2**64 + 1), str(2**53 + 1), "NaN", "true", "null", "\t", "\\",
                          '"', "\x0c", "\u00a0", "\u2028", "x"])


RAW = st.recursive(  # JSON text, perhaps with a hostile or malformed value somewhere
    st.sampled_from(HOSTILE) | st.integers(-(2**70), 2**70).map(str) | st.text(max_size=4).map(json.dumps),
    lambda inner: st.lists(inner, max_size=3).map(lambda items: "[" + ", ".join(items) + "]")
    | st.lists(st.tuples(st.sampled_from(['"a"', '"b"', '"\\u0061"']), inner), max_size=3).map(
        lambda pairs: "{" + ", ".join(f"{k}: {v}" for k, v in pairs) + "}"), max_leaves=8)


@settings(max_examples=500, deadline=None)
@given(text=RAW.map(lambda raw: '{"k": ' + raw + "}") | st.lists(TOKENS, max_size=14).map(lambda t: "{" + "".join(t)),
       then=st.sampled_from(["\n", ",\n", "],\n", "}\n", " \n", ""]))
def test_orjson_is_trusted_only_with_the_value_and_end_json_gives(text, then):
    text += then + '"rest": 1}'
    fast, slow = stream._Reader(io.BytesIO(text.encode())), stream._Reader(io.BytesIO(text.encode()))

    def run(read):
        try:
            return read()
        except ValidationError as exc:
            return exc

    got = run(lambda: fast.trusted(_plain))
    expected = run(slow.value)
    if isinstance(expected, ValidationError):
        assert isinstance(got, ValidationError) and str(got) == str(expected)
    else:
        value, trusted = got
        event(f"parsed, {'by orjson' if trusted else 'by json'}")
        assert _same(value, expected) and fast.pos == slow.pos


@pytest.mark.parametrize("chunk, expected", [(97, "consent"), (1000, "consent"), (1 << 20, "not UTF-8")])
def test_what_is_read_first_is_judged_first(pair, exported, tmp_path, monkeypatch, chunk, expected):
    """Reading a file a piece at a time, the reader meets an invalid element or a bad byte further
    on first depending on the pieces; it never reads on for orjson's sake."""
    monkeypatch.setattr(stream, "_CHUNK", chunk)
    lines = exported.encode().split(b"\n")
    first = next(i for i, line in enumerate(lines) if line.startswith(b'{"id"'))
    for n in range(first, first + 6):
        lines[n] = lines[n].replace(b'"consent": "', b'"consent": "maybe-', 1)
    lines[-3] += b" \xff"
    (tmp_path / "bad.json").write_bytes(b"\n".join(lines))
    a, b = pair
    got = outcome(a, tmp_path / "bad.json", json_only=False)
    assert got == outcome(b, tmp_path / "bad.json", json_only=True)
    assert got[0] == "refused" and expected in got[1], got


def test_an_element_whose_line_ends_in_the_next_piece_is_judged_before_that_piece_is_read(
        pair, exported, tmp_path, monkeypatch):
    lines = exported.encode().split(b"\n")
    first = next(i for i, line in enumerate(lines) if line.startswith(b'{"id"'))
    lines[first] = lines[first].replace(b'"consent": "', b'"consent": "maybe-', 1) + b"\xff"
    data = b"\n".join(lines)
    monkeypatch.setattr(stream, "_CHUNK", data.index(b"\xff"))  # the first read ends just before the bad byte
    (tmp_path / "bad.json").write_bytes(data)
    a, b = pair
    got = outcome(a, tmp_path / "bad.json", json_only=False)
    assert got == outcome(b, tmp_path / "bad.json", json_only=True)
    assert got[0] == "refused" and "consent" in got[1], got
