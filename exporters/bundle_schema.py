"""A fast first check of documents against the interchange JSON Schema, for big bundles.

jsonschema walks a 100,000-incident document in about 30 s; this predicate, compiled once from the
same SCHEMA (the one source of truth), does it in a few. It is only ever trusted to say "valid": it
returns True only for instances the schema accepts, and when in doubt (a float where an integer is
expected, an unusual type) it returns False, so the caller runs jsonschema itself for the verdict
and its precise message. A keyword it does not know makes `compile_schema` refuse, so an extended
schema falls back to jsonschema instead of being half-checked.

Thread rule: the compiled predicate is a pure function; share it freely."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import jsonschema

Check = Callable[[Any], bool]
_ANNOTATIONS = {"$schema", "$id", "title", "description", "contentEncoding", "default", "examples"}
# JSON Schema types as the exact Python types json.loads produces (True is a bool, not an integer).
_PY_TYPES: dict[str, type] = {"string": str, "integer": int, "boolean": bool, "null": type(None), "array": list,
                              "object": dict}
_TYPES: dict[str, Check] = {name: (lambda x, t=t: type(x) is t) for name, t in _PY_TYPES.items()}


class UnsupportedSchema(Exception):
    """The schema uses a keyword this checker does not implement."""


def _same(a: Any, b: Any) -> bool:
    # JSON Schema tells true from 1 and 1.0 from "1"; Python's == does not.
    return type(a) is type(b) and a == b


def _compile(schema: dict[str, Any]) -> Check:
    keys = set(schema) - _ANNOTATIONS
    if keys == {"type"} and isinstance(schema["type"], str) and schema["type"] in _TYPES:
        return _TYPES[schema["type"]]  # the commonest case, without a wrapper
    if keys <= {"type", "properties", "required", "additionalProperties"} and schema.get("type") == "object" \
            and schema.get("additionalProperties") is False:
        return _object(schema)
    if keys <= {"type", "properties", "required", "additionalProperties", "if", "then", "else"} and "if" in keys \
            and schema.get("type") == "object" and schema.get("additionalProperties") is False:
        # A record with a rule between its fields: the object's one loop, then the rule.
        fields = _object({k: schema[k] for k in ("type", "properties", "required", "additionalProperties")
                          if k in schema})
        rule = _compile({k: schema[k] for k in ("if", "then", "else") if k in schema})
        return lambda x: fields(x) and rule(x)
    combined = _combined(schema, keys)
    if combined is not None:
        return combined
    checks: list[Check] = []
    for key, value in schema.items():
        if key in _ANNOTATIONS:
            continue
        if key == "type":
            names = value if isinstance(value, list) else [value]
            if any(n not in _TYPES for n in names):
                raise UnsupportedSchema(f"type {value}")
            types = frozenset(_PY_TYPES[n] for n in names)
            checks.append(lambda x, types=types: type(x) in types)
        elif key == "properties":
            props = tuple((k, _compile(v)) for k, v in value.items())
            checks.append(lambda x, props=props: _props(x, props))
        elif key == "required":
            checks.append(lambda x, names=tuple(value): not isinstance(x, dict) or all(n in x for n in names))
        elif key == "additionalProperties":
            allowed = frozenset(schema.get("properties", {}))
            if value is False:
                checks.append(lambda x, allowed=allowed: not isinstance(x, dict) or x.keys() <= allowed)
            else:
                other = _compile(value)
                checks.append(lambda x, allowed=allowed, other=other: _others(x, allowed, other))
        elif key == "propertyNames":
            name = _compile(value)
            checks.append(lambda x, name=name: not isinstance(x, dict) or all(name(k) for k in x))
        elif key == "items":
            item = _compile(value)
            checks.append(lambda x, item=item: _items(x, item))
        elif key == "enum":
            if all(type(o) is str for o in value):  # vocabularies, country codes: one set lookup
                checks.append(lambda x, options=frozenset(value): type(x) is str and x in options)
            else:
                checks.append(lambda x, options=tuple(value): any(_same(x, o) for o in options))
        elif key == "const":
            checks.append(lambda x, const=value: _same(x, const))
        elif key == "pattern":
            search = re.compile(value).search
            checks.append(lambda x, search=search: type(x) is not str or search(x) is not None)
        elif key == "minLength":
            checks.append(lambda x, n=value: type(x) is not str or len(x) >= n)
        elif key == "maxLength":
            checks.append(lambda x, n=value: type(x) is not str or len(x) <= n)
        elif key == "minimum":
            checks.append(lambda x, n=value: type(x) is not int or x >= n)
        elif key == "maximum":
            checks.append(lambda x, n=value: type(x) is not int or x <= n)
        elif key == "maxItems":
            checks.append(lambda x, n=value: type(x) is not list or len(x) <= n)
        elif key == "uniqueItems":
            if value is True:
                checks.append(_unique)
        elif key in ("allOf", "anyOf", "oneOf"):
            parts = [_compile(v) for v in value]
            if key == "allOf":
                checks.append(lambda x, parts=parts: all(c(x) for c in parts))
            elif key == "anyOf":
                checks.append(lambda x, parts=parts: any(c(x) for c in parts))
            else:
                checks.append(lambda x, parts=parts: sum(1 for c in parts if c(x)) == 1)
        elif key == "if":
            test = _compile(value)
            then = _compile(schema["then"]) if "then" in schema else None
            otherwise = _compile(schema["else"]) if "else" in schema else None
            checks.append(lambda x, test=test, then=then, otherwise=otherwise:
                          (then is None or then(x)) if test(x) else (otherwise is None or otherwise(x)))
        elif key in ("then", "else"):
            if "if" not in schema:
                raise UnsupportedSchema(key)
        else:
            raise UnsupportedSchema(key)
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda x: first(x) and second(x)
    every = tuple(checks)

    def check(x: Any) -> bool:
        for c in every:
            if not c(x):
                return False
        return True

    return check


def _combined(schema: dict[str, Any], keys: set[str]) -> Check | None:
    """One predicate for the commonest small schemas (a text with a pattern, perhaps null; a list of
    items; a bounded whole number), which the general compiler would make a chain of checks; None
    for any other schema. Each states the schema exactly: the type test includes what the keyword
    would let through for other types."""
    kind = schema.get("type")
    if keys == {"type", "pattern"} and kind in ("string", ["string", "null"]):
        search = re.compile(schema["pattern"]).search
        if kind == "string":
            return lambda x: type(x) is str and search(x) is not None
        return lambda x: x is None or (type(x) is str and search(x) is not None)
    if keys in ({"type", "items"}, {"type", "items", "uniqueItems"}) and kind == "array" \
            and schema.get("uniqueItems", True) is True:
        item = _compile(schema["items"])
        unique = "uniqueItems" in keys

        def array(x: Any) -> bool:
            if type(x) is not list or (unique and not _unique(x)):
                return False
            for i in x:
                if not item(i):
                    return False
            return True

        return array
    if keys == {"type", "additionalProperties", "propertyNames"} and kind == "object" \
            and isinstance(schema["additionalProperties"], dict):
        # A map (a version vector: replica -> counter): every key and every value checked in one loop.
        name, value = _compile(schema["propertyNames"]), _compile(schema["additionalProperties"])

        def mapping(x: Any) -> bool:
            if type(x) is not dict:
                return False
            for k, v in x.items():
                if not name(k) or not value(v):
                    return False
            return True

        return mapping
    if keys == {"type", "minimum", "maximum"} and kind in ("integer", ["integer", "null"]) \
            and type(schema["minimum"]) is int and type(schema["maximum"]) is int:
        low, high = schema["minimum"], schema["maximum"]
        if kind == "integer":
            return lambda x: type(x) is int and low <= x <= high
        return lambda x: x is None or (type(x) is int and low <= x <= high)
    return None


def _props(x: Any, props: tuple[tuple[str, Check], ...]) -> bool:
    if type(x) is not dict:
        return True
    for k, c in props:
        if k in x and not c(x[k]):
            return False
    return True


def _others(x: Any, allowed: frozenset[str], other: Check) -> bool:
    if type(x) is not dict:
        return True
    for k, v in x.items():
        if k not in allowed and not other(v):
            return False
    return True


def _items(x: Any, item: Check) -> bool:
    if type(x) is not list:
        return True
    for i in x:
        if not item(i):
            return False
    return True


def _unique(x: Any) -> bool:
    """uniqueItems for the lists our documents hold (ids, text); anything else goes to jsonschema."""
    if not isinstance(x, list):
        return True
    if not all(type(v) is str for v in x):
        return False
    return len(set(x)) == len(x)


def _object(schema: dict[str, Any]) -> Check:
    """An object with known properties only: one loop over the instance's keys; a property that only
    needs a type is tested inline (most of a record's fields), the others call their own check."""
    simple: dict[str, type] = {}
    other: dict[str, Check] = {}
    for k, v in schema.get("properties", {}).items():
        keys = set(v) - _ANNOTATIONS
        if keys == {"type"} and isinstance(v["type"], str) and v["type"] in _PY_TYPES:
            simple[k] = _PY_TYPES[v["type"]]
        else:
            other[k] = _compile(v)
    required = frozenset(schema.get("required", ()))

    def check(x: Any) -> bool:
        if type(x) is not dict or not required <= x.keys():
            return False
        for k, v in x.items():
            t = simple.get(k)
            if t is not None:
                if type(v) is not t:
                    return False
                continue
            c = other.get(k)
            if c is None or not c(v):
                return False
        return True

    return check


def compile_schema(schema: dict[str, Any]) -> Check:
    """A predicate that is True only for instances `schema` accepts (see the module docstring)."""
    return _compile(schema)


def first_error(validator: Any, fast: Check | None, instance: Any) -> Any:
    """jsonschema's best error for `instance`, or None when it is valid; skips jsonschema's walk
    whenever the fast predicate already says the instance is valid."""
    if fast is not None and fast(instance):
        return None
    return jsonschema.exceptions.best_match(validator.iter_errors(instance))
