"""The fast interchange check never calls valid what jsonschema rejects (property-based, on mutated
real documents), accepts real documents, and refuses to compile a schema keyword it does not know."""

from __future__ import annotations

import copy
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from exporters.bundle_schema import UnsupportedSchema, compile_schema
from exporters.interchange import CHECK, export_document
from exporters.interchange_schema import SCHEMA

FAST = compile_schema(SCHEMA)
VALIDATOR = CHECK.validator
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
    assert CHECK.first_error(document) is None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_fast_check_never_accepts_what_jsonschema_rejects(document, data):
    doc = copy.deepcopy(document)
    mutate(doc, data)
    best = jsonschema.exceptions.best_match(VALIDATOR.iter_errors(doc))
    if FAST(doc):
        assert best is None
    found = CHECK.first_error(doc)
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


@pytest.mark.parametrize("schema", [
    {"oneOf": [True, {"type": "array", "uniqueItems": True}]},  # [None]: unique to jsonschema, a doubt here
    {"oneOf": [{"type": "integer"}, {"type": "string"}]},
    {"if": {"const": 1}, "then": {"type": "string"}},
])
def test_a_doubt_where_it_would_turn_into_a_yes_makes_it_refuse_to_compile(schema):
    """Its False for a valid value is safe only where False makes the whole False: in a oneOf branch or an
    if condition it could make the whole True, so such a schema is left to jsonschema."""
    with pytest.raises(UnsupportedSchema):
        compile_schema(schema)


# -- the generated predicate against jsonschema, on values near the schema ---------------------------

ELEMENTS = {key: {"$schema": SCHEMA["$schema"], **SCHEMA["properties"][key]["items"]}
            for key in ("persons", "organisations", "cases")}
CHECKS = {key: (compile_schema(s), jsonschema.Draft202012Validator(s)) for key, s in ELEMENTS.items()}
OTHER_TYPES = st.sampled_from([None, True, False, 0, 1, -1, 2.5, "", "x", [], {}, ["x"], {"x": 1}])


def instances(schema) -> st.SearchStrategy:
    """Values of the schema's types, patterns, vocabularies and bounds; its rules between fields
    (anyOf, oneOf, if/then) hold only sometimes, so jsonschema remains the judge."""
    if schema is True or not set(schema) - {"description", "contentEncoding", "$schema"}:
        return JSON
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kinds = schema.get("type")
    if isinstance(kinds, list):
        return st.one_of([instances({**schema, "type": k}) for k in kinds])
    if kinds == "null":
        return st.none()
    if kinds == "boolean":
        return st.booleans()
    if kinds == "integer":
        low, high = schema.get("minimum", -5), schema.get("maximum", 2**60)
        return st.integers(low, low + 3) | st.just(high)
    if kinds == "string" or kinds is None and ("pattern" in schema or "minLength" in schema):
        if "pattern" in schema:
            return st.from_regex(schema["pattern"])
        return st.text(min_size=schema.get("minLength", 0), max_size=6)
    if kinds == "array":
        items = instances(schema.get("items", True))
        return st.just([]) | st.lists(items, min_size=1, max_size=2, unique=schema.get("uniqueItems", False))
    if kinds == "object" and isinstance(schema.get("additionalProperties"), dict):  # a version vector
        return st.dictionaries(st.from_regex(schema["propertyNames"]["pattern"], fullmatch=True),
                               instances(schema["additionalProperties"]), max_size=2)
    if kinds == "object" and "properties" in schema:
        return _objects(schema)
    return JSON


def _objects(schema) -> st.SearchStrategy:
    branches = schema.get("anyOf") or schema.get("oneOf") or [{}]

    def build(branch):
        required = set(schema.get("required", ())) | set(branch.get("required", ()))
        props = schema["properties"]
        return st.fixed_dictionaries({k: instances(props[k]) for k in props if k in required},
                                     optional={k: instances(props[k]) for k in props if k not in required})

    return st.sampled_from(branches).flatmap(build)


def _nodes(value, path=()):
    yield path, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _nodes(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _nodes(v, (*path, i))


MUTATIONS = ["missing key", "extra key", "wrong type", "bool for int", "float for int", "duplicate item",
             "bad enum or pattern", "out of bounds"]


def mutated(value, kind, data):
    """`value` with one mutation of this kind at one place (none when the kind fits nowhere)."""
    places = [(p, v) for p, v in _nodes(value)]
    fits = {
        "missing key": lambda v: isinstance(v, dict) and v,
        "extra key": lambda v: isinstance(v, dict),
        "bool for int": lambda v: type(v) is int,
        "float for int": lambda v: type(v) is int,
        "out of bounds": lambda v: type(v) is int,
        "duplicate item": lambda v: isinstance(v, list) and v,
        "bad enum or pattern": lambda v: type(v) is str,
    }
    candidates = [(p, v) for p, v in places if kind in ("none", "wrong type") or fits[kind](v)]
    if kind == "none" or not candidates:
        return value, "none"
    path, node = data.draw(st.sampled_from(candidates))

    def put(new):
        nonlocal value
        if not path:
            value = new
            return
        parent = value
        for key in path[:-1]:
            parent = parent[key]
        parent[path[-1]] = new

    if kind == "missing key":
        del node[data.draw(st.sampled_from(sorted(node)))]
    elif kind == "extra key":
        node[data.draw(st.sampled_from(["", "x", "Id", "name ", "revision", "data", "case_id"]))] = data.draw(JSON)
    elif kind == "wrong type":
        put(data.draw(OTHER_TYPES.filter(lambda o: type(o) is not type(node))))
    elif kind == "bool for int":
        put(data.draw(st.booleans()))
    elif kind == "float for int":
        put(data.draw(st.sampled_from([float(node), node + 0.5])))
    elif kind == "out of bounds":
        put(data.draw(st.sampled_from([0, -1, 2**53 + 1, 2**64, 10**30])))
    elif kind == "duplicate item":
        node.append(copy.deepcopy(data.draw(st.sampled_from(node))))
    else:
        put(data.draw(st.sampled_from([node + "\n", node + " ", node[:-1], node.upper(), "Z" + node[1:], "",
                                       "\u200b" + node, node.replace("-", "\u2010")])))
    return value, kind


def _floats(value) -> bool:
    return any(type(v) is float for _, v in _nodes(value))


@pytest.mark.parametrize("mutation", [*MUTATIONS, "none"])
@settings(max_examples=60, deadline=None)
@given(key=st.sampled_from(sorted(ELEMENTS)), data=st.data())
def test_the_compiled_check_says_valid_exactly_where_jsonschema_does(mutation, key, data):
    fast, validator = CHECKS[key]
    value, kind = mutated(data.draw(instances(ELEMENTS[key])), mutation, data)
    verdict = fast(value)
    valid = validator.is_valid(value)
    event(f"{key}, {kind}: {'valid' if valid else 'invalid'}")
    assert verdict is True or verdict is False
    if verdict:
        assert valid, "the fast check called valid what the schema refuses"
    if valid and not _floats(value):  # a float where a whole number goes is the one doubt left to jsonschema
        assert verdict, "the fast check refused what the schema accepts"


SMALL_SCHEMAS = st.recursive(
    st.sampled_from([{"type": "string"}, {"type": "integer"}, {"type": ["integer", "null"]}, {"type": "boolean"},
                     {"minimum": 1}, {"maximum": 2}, {"pattern": "^a"}, {"minLength": 1}, {"maxLength": 1},
                     {"enum": ["a", "b"]}, {"enum": [1, 2]}, {"enum": [1, "a", None, False]}, {"const": 1},
                     {"const": "a"}, {"const": None}, {"const": [1]}, {"type": "string", "pattern": "b$"}]),
    lambda inner: st.one_of(
        st.builds(lambda i, u: {"type": "array", "items": i, **({"uniqueItems": True} if u else {})}, inner,
                  st.booleans()),
        st.builds(lambda i: {"items": i, "maxItems": 1}, inner),
        st.builds(lambda p, r, extra: {"properties": p, "required": r, **extra},
                  st.dictionaries(st.sampled_from("abc"), inner, max_size=2), st.lists(st.sampled_from("ab"),
                                                                                       max_size=1, unique=True),
                  st.sampled_from([{}, {"type": "object"}, {"additionalProperties": False}])),
        st.builds(lambda n, v: {"type": "object", "propertyNames": n, "additionalProperties": v},
                  st.just({"pattern": "^[ab]$"}), inner),
        st.builds(lambda k, parts: {k: parts}, st.sampled_from(["allOf", "anyOf", "oneOf"]),
                  st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda i, t, e: {"if": i, "then": t, "else": e}, inner, inner, inner)),
    max_leaves=6)
VALUES = st.recursive(st.none() | st.booleans() | st.integers(-1, 3) | st.sampled_from([1.0, 0.5]) |
                      st.sampled_from(["", "a", "b", "ab", "ba", "a\n"]),
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from("abc"), inner,
                                                                                  max_size=3), max_leaves=6)


@settings(max_examples=400, deadline=None)
@given(schema=SMALL_SCHEMAS, values=st.lists(VALUES, min_size=1, max_size=8))
def test_any_schema_it_compiles_is_never_looser_than_jsonschema(schema, values):
    try:
        fast = compile_schema(schema)
    except UnsupportedSchema:  # jsonschema alone will judge
        return
    validator = jsonschema.Draft202012Validator(schema)
    for value in values:
        if fast(value):
            assert validator.is_valid(value), (schema, value)


@pytest.mark.parametrize("schema, accepted, refused, doubted", [
    ({"type": "array", "items": {"type": "string"}, "uniqueItems": True}, [[], ["a", "b"]], [["a", "a"], [1]], []),
    ({"uniqueItems": True}, [[], ["a"], "not a list"], [["a", "a"], [[1], [1]]], [[1, True], [None]]),
    ({"oneOf": [{"required": ["a"]}, {"required": ["b"]}]}, [{"a": 1}, {"b": 1}], [{"a": 1, "b": 2}, {}, 3], []),
    ({"anyOf": [{"required": ["a"]}, {"required": ["b"]}]}, [{"a": 1}, {"a": 1, "b": 2}], [{}], []),
    ({"if": {"required": ["a"]}, "then": {"required": ["b"]}, "else": {"required": ["c"]}},
     [{"a": 1, "b": 1}, {"c": 1}, "x"], [{"a": 1}, {}], []),
    ({"type": ["integer", "null"], "minimum": 1, "maximum": 3}, [None, 1, 3], [0, 4, True, "1", 2.5], [2.0]),
    ({"minimum": 1}, [1, "x", None, True], [0, 0.5], [1.5]),
    ({"pattern": "^a$", "minLength": 1}, ["a", "a\n", 1, None], ["b", "ab"], []),
    ({"enum": [1, "a", None, False]}, [1, "a", None, False], [True, 0, "b", 2], [1.0]),
    ({"const": [1]}, [[1]], [[True], [1, 1], 1], [[1.0]]),
    ({"enum": [{"a": [1]}]}, [{"a": [1]}], [{"a": [True]}, {"a": 1}, {"b": [1]}], [{"a": [1.0]}]),
    ({"maxItems": 1, "items": {"const": 0}}, [[], [0], {"x": 1}], [[0, 0], [1], [False]], [[0.0]]),
    ({"type": "object", "propertyNames": {"pattern": "^[ab]$"}, "additionalProperties": {"type": "integer"}},
     [{}, {"a": 1, "b": 2}], [{"c": 1}, {"a": "1"}, {"a": True}, []], [{"a": 1.0}]),
    ({"properties": {"a": {"type": "string"}}, "additionalProperties": False, "required": ["a"]},
     [{"a": ""}, []], [{}, {"a": 1}, {"a": "", "b": 1}], []),
])
def test_each_keyword_means_what_jsonschema_says(schema, accepted, refused, doubted):
    """Accepted and refused as jsonschema does; a few valid values doubted (False), for jsonschema to judge."""
    check = compile_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for value in accepted:
        assert validator.is_valid(value) and check(value) is True, value
    for value in refused:
        assert not validator.is_valid(value) and check(value) is False, value
    for value in doubted:
        assert validator.is_valid(value) and check(value) is False, value


def test_jsonschema_is_loaded_only_for_a_document_the_predicate_does_not_call_valid(tmp_path):
    """A tenth of a second of every `casevault import` (and of the app's start) went to loading it."""
    import subprocess
    import sys

    code = ("import sys, exporters.interchange_stream as s\n"
            "s._check_element('persons', 0, {'id': '01a23c03-d6f3-7704-a713-4aa04fa819ba', 'name': 'A', "
            "'name_original': '', 'aliases': [], 'consent': 'none'})\n"
            "assert 'jsonschema' not in sys.modules, 'loaded for a valid element'\n"
            "try:\n    s._check_element('persons', 0, {'name': 'A'})\nexcept Exception as exc:\n    print(exc)\n"
            "assert 'jsonschema' in sys.modules\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parents[2]).stdout
    assert out.strip() == "$.persons[0]: 'id' is required"
