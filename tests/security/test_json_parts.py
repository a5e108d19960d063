"""exporters.json_parts reads JSON a part at a time with safe points between the parts: for any
text it gives what json.loads gives, or refuses it as json.loads does, and a safe point that raises
stops it."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exporters import json_parts

SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner,
                                                                                          max_size=5), max_leaves=40)


@settings(max_examples=300, deadline=None)
@given(value=VALUES, depth=st.integers(min_value=0, max_value=5), indent=st.sampled_from([None, 0, 2]))
def test_any_document_reads_as_json_loads_reads_it(value, depth, indent):
    text = json.dumps(value, indent=indent, ensure_ascii=False)
    assert json_parts.loads(text, depth=depth) == json.loads(text)


def _verdict(parse, text):
    try:
        return ("ok", parse(text))
    except ValueError:
        return ("refused", None)


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet='{}[],:" \n\t0123456789.-+eEtrufalsn\\\u202e\u200bx', max_size=40))
def test_any_text_gets_the_verdict_of_json_loads(text):
    assert _verdict(lambda t: json_parts.loads(t, depth=4), text) == _verdict(json.loads, text)


@pytest.mark.parametrize("text", ['{"a": 1,}', '[1,]', '{"a" 1}', '{1: 2}', '[1 2]', '{"a": [1, 2}', '', ' ',
                                  '[] []', '{"a": 1}}', '\ufeff[]', '[' * 50 + ']' * 49])
def test_malformed_and_truncated_documents_are_refused(text):
    with pytest.raises(ValueError):
        json_parts.loads(text, depth=4)
    with pytest.raises(ValueError):
        json.loads(text)


def test_a_safe_point_that_raises_stops_the_parse():
    calls = []

    def stop_at_the_third():
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt

    doc = json.dumps({"document": {"cases": [{"id": n, "text": "长" * 10} for n in range(100)]}})
    with pytest.raises(KeyboardInterrupt):
        json_parts.loads(doc, stop_at_the_third, depth=3)
    assert len(calls) == 3
    counted = []
    json_parts.loads(doc, lambda: counted.append(1), depth=3)
    assert len(counted) == 100, "one safe point per case"
