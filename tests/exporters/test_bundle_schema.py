"""The fast interchange check never calls valid what jsonschema rejects (property-based, on mutated
real documents), accepts real documents, and refuses to compile a schema keyword it does not know."""

from __future__ import annotations

import copy

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exporters.bundle_schema import UnsupportedSchema, compile_schema, first_error
from exporters.interchange import VALIDATOR, export_document
from exporters.interchange_schema import SCHEMA

FAST = compile_schema(SCHEMA)
JSON = st.recursive(st.none() | st.booleans() | st.integers(-3, 3) | st.floats(-2, 2, allow_nan=False)
                    | st.text(max_size=4) | st.sampled_from(["2024-05", "F", "public", "A", "6", "x" * 101]),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
                    max_leaves=5)


def mutate(doc, data) -> None:
    """Replace, delete or add one value somewhere inside `doc`."""
    node = doc
    while True:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            break
        key = data.draw(st.sampled_from(keys))
        child = node[key]
        if isinstance(child, dict | list) and child and data.draw(st.booleans()):
            node = child
            continue
        action = data.draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            node[key] = data.draw(JSON)
        elif action == "delete" and isinstance(node, dict):
            del node[key]
        elif action == "delete":
            node.pop(key)
        elif isinstance(node, dict):
            node[data.draw(st.text(max_size=5))] = data.draw(JSON)
        else:
            node.append(data.draw(JSON))
        return


@pytest.fixture(scope="module")
def document(demo_template):
    from db.vault import Vault
    from tests.conftest import PASSPHRASE

    with Vault.open(demo_template, PASSPHRASE) as v:
        return export_document(v)


def test_real_documents_take_the_fast_path(document):
    assert FAST(document)
    assert first_error(VALIDATOR, FAST, document) is None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_fast_check_never_accepts_what_jsonschema_rejects(document, data):
    doc = copy.deepcopy(document)
    mutate(doc, data)
    best = jsonschema.exceptions.best_match(VALIDATOR.iter_errors(doc))
    if FAST(doc):
        assert best is None
    found = first_error(VALIDATOR, FAST, doc)
    assert (found is None) == (best is None)


def test_types_are_told_apart_like_json_schema_does():
    check = compile_schema({"type": "object", "properties": {"n": {"type": "integer", "minimum": 1},
                                                               "c": {"const": 1}, "e": {"enum": [False]}},
                            "additionalProperties": False})
    assert check({"n": 2, "c": 1, "e": False})
    assert not check({"n": True}) and not check({"c": True}) and not check({"e": 0}) and not check({"n": 0})
    assert not check({"other": 1})


def test_an_unknown_keyword_makes_it_refuse_to_compile():
    with pytest.raises(UnsupportedSchema):
        compile_schema({"type": "object", "patternProperties": {"^x": {"type": "string"}}})
