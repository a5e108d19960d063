"""A fast first check of documents against the interchange JSON Schema, for big bundles and files.

jsonschema walks a 100,000-incident document in about 30 s. `compile_schema` writes, once, Python
source for a predicate that states the same SCHEMA (the one source of truth) as straight-line code
(one function per record shape, each property tested inline, a loop per list) and compiles it.
The predicate is only ever trusted to say "valid": it returns True only for instances the schema
accepts, and when in doubt (a float where an integer is expected, a list of items of unusual
types) it returns False, and jsonschema gives the verdict and its precise message (`SchemaCheck`
pairs the two, and loads jsonschema only when a document needs it). A keyword it does not know
makes `compile_schema` refuse, so an extended schema falls back to jsonschema instead of being
half-checked.

Thread rule: the compiled predicate is a pure function and a SchemaCheck holds no state but its
validator, made once; share them freely."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]
_ANNOTATIONS = {"$schema", "$id", "title", "description", "contentEncoding", "default", "examples"}
# JSON Schema types as the exact Python types json.loads produces (True is a bool, not an integer).
_PY_TYPES: dict[str, type] = {"string": str, "integer": int, "boolean": bool, "null": type(None), "array": list,
                              "object": dict}
# The keywords that only constrain instances of one type, and that type.
_FOR_TYPE: dict[str, type] = {
    **dict.fromkeys(("pattern", "minLength", "maxLength"), str),
    **dict.fromkeys(("minimum", "maximum"), int),
    **dict.fromkeys(("items", "uniqueItems", "maxItems"), list),
    **dict.fromkeys(("properties", "required", "additionalProperties", "propertyNames"), dict),
}
_GENERAL = {"type", "enum", "const", "allOf", "anyOf", "oneOf", "if", "then", "else"}
_MISSING = object()


class UnsupportedSchema(Exception):
    """The schema uses a keyword this checker does not implement."""


def _same(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down: JSON Schema tells true from 1 (in a list too);
    Python's == does not. (It tells 1.0 from 1, which JSON Schema does not: a doubt.)"""
    if type(a) is not type(b):
        return False
    if type(a) is list:
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if type(a) is dict:
        return a.keys() == b.keys() and all(_same(v, b[k]) for k, v in a.items())
    return bool(a == b)


def _unique(x: list[Any]) -> bool:
    """uniqueItems for lists of text; any other list goes to jsonschema."""
    return all(type(v) is str for v in x) and len(set(x)) == len(x)


def _is(t: type, v: str) -> str:
    return f"{v} is None" if t is type(None) else f"type({v}) is {t.__name__}"


def _all(parts: list[str]) -> str:
    parts = [p for p in parts if p != "True"]
    if "False" in parts:
        return "False"
    if not parts:
        return "True"
    return parts[0] if len(parts) == 1 else " and ".join(f"({p})" for p in parts)


def _any(parts: list[str]) -> str:
    parts = [p for p in parts if p != "False"]
    if "True" in parts:
        return "True"
    if not parts:
        return "False"
    return parts[0] if len(parts) == 1 else " or ".join(f"({p})" for p in parts)


class _Writer:
    """Python source for one schema: module-level helpers (patterns, vocabularies, one function per
    record shape and per list) and an expression for the schema itself."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {"_MISSING": _MISSING, "_same": _same, "_unique": _unique}
        self.value_names: dict[Any, str] = {}
        self.functions: dict[str, str] = {}  # the schema's canonical JSON -> function name
        self.source: list[str] = []

    def value(self, prefix: str, key: Any, make: Callable[[], Any]) -> str:
        name = self.value_names.get((prefix, key))
        if name is None:
            name = self.value_names[(prefix, key)] = f"_{prefix}{len(self.value_names)}"
            self.values[name] = make()
        return name

    def function(self, kind: str, schema: dict[str, Any], body: Callable[[], list[str]]) -> str:
        key = kind + json.dumps(schema, sort_keys=True)
        name = self.functions.get(key)
        if name is None:
            name = self.functions[key] = f"_{kind}{len(self.functions)}"
            lines = body()  # may define the functions it calls first
            self.source += [f"def {name}(x):", *("    " + line for line in lines), "    return True", ""]
        return name

    def expr(self, schema: Any, v: str, known: type | None = None) -> str:
        """An expression that is True only when the value named `v` (known to be of type `known`,
        if given) is valid against `schema`."""
        if schema is True or schema is False:
            return str(schema)
        if not isinstance(schema, dict):
            raise UnsupportedSchema(repr(schema))
        keys = set(schema) - _ANNOTATIONS
        unknown = keys - _GENERAL - set(_FOR_TYPE)
        if unknown or ({"then", "else"} & keys and "if" not in keys):
            raise UnsupportedSchema(", ".join(sorted(unknown)) or "then/else without if")
        if schema.get("type") == "object" and self.needs_function(schema, v):
            # a record: one function for all of it, its rules between fields included
            name = self.function("object", schema, lambda: self.object(schema))
            return f"{name}({v})" if known is dict else "False" if known else f"type({v}) is dict and {name}({v})"
        keywords: dict[type, dict[str, Any]] = {}
        for key in keys & set(_FOR_TYPE):
            keywords.setdefault(_FOR_TYPE[key], {})[key] = schema[key]
        by_type = {t: self.conditions(t, kw, v) for t, kw in keywords.items()}
        parts: list[str] = []
        if "type" in schema:
            names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            if any(n not in _PY_TYPES for n in names):
                raise UnsupportedSchema(f"type {schema['type']}")
            alternatives = []
            for t in (_PY_TYPES[n] for n in names):
                if known is None or known is t:
                    alternatives.append(_all([*([] if known is t else [_is(t, v)]), *by_type.get(t, [])]))
            parts.append(_any(alternatives))
        else:
            for t, conditions in by_type.items():
                if known is t:
                    parts += conditions
                elif known is None:
                    guard = f"type({v}) is not float and " if t is int else ""  # a number: jsonschema decides
                    parts.append(f"{guard}(type({v}) is not {t.__name__} or ({_all(conditions)}))")
        if "enum" in schema:
            parts.append(self.enum(schema["enum"], v))
        if "const" in schema:
            parts.append(self.const(schema["const"], v))
        if "allOf" in schema:
            parts += [self.expr(s, v, known) for s in schema["allOf"]]
        if "anyOf" in schema:
            parts.append(_any([self.expr(s, v, known) for s in schema["anyOf"]]))
        # A doubt (False for a valid value) inside oneOf or a condition could turn into a wrong True.
        if "oneOf" in schema:
            parts.append(" + ".join(f"({self.expr(self.exact(s), v, known)})" for s in schema["oneOf"]) + " == 1")
        if "if" in schema:
            test = self.expr(self.exact(schema["if"]), v, known)
            then = self.expr(schema.get("then", True), v, known)
            otherwise = self.expr(schema.get("else", True), v, known)
            parts.append(f"({then}) if ({test}) else ({otherwise})")
        return _all(parts)

    def conditions(self, t: type, schema: dict[str, Any], v: str) -> list[str]:
        """What the keywords for type `t` demand of `v`, known to be of that type."""
        out = []
        if t is str:
            if "pattern" in schema:
                search = self.value("search", schema["pattern"], lambda: re.compile(schema["pattern"]).search)
                out.append(f"{search}({v}) is not None")
            if "minLength" in schema:
                out.append(f"len({v}) >= {int(schema['minLength'])}")
            if "maxLength" in schema:
                out.append(f"len({v}) <= {int(schema['maxLength'])}")
        elif t is int:
            for key, op in (("minimum", ">="), ("maximum", "<=")):
                if key in schema:
                    if type(schema[key]) is not int:
                        raise UnsupportedSchema(f"{key} {schema[key]!r}")
                    out.append(f"{v} {op} {schema[key]}")
        elif t is list:
            out.append(f"{self.function('list', schema, lambda: self.array(schema, 'x'))}({v})")
        elif self.needs_function(schema, v):
            out.append(f"{self.function('object', schema, lambda: self.object(schema))}({v})")
        else:  # a rule's few properties, inline
            required = schema.get("required", ())
            properties = schema.get("properties", {})
            out += [f"{name!r} in {v}" for name in required if name not in properties]
            out += [f"{name!r} {'in' if name in required else 'not in'} {v} "
                    f"{'and' if name in required else 'or'} ({self.expr(s, f'{v}[{name!r}]')})"
                    for name, s in properties.items()]
        return out

    def exact(self, schema: Any) -> Any:
        """`schema`, if its predicate never doubts (no whole numbers: 1.0 is one; no uniqueItems; no
        enum or const but of text, null and booleans); else UnsupportedSchema."""
        if not isinstance(schema, dict):
            return schema
        kinds = schema.get("type") if isinstance(schema.get("type"), list) else [schema.get("type")]
        options = [*schema.get("enum", ()), *([schema["const"]] if "const" in schema else [])]
        if "integer" in kinds or {"minimum", "maximum", "uniqueItems"} & set(schema) \
                or any(type(o) not in (str, bool, type(None)) for o in options):
            raise UnsupportedSchema(f"a check that may doubt, in oneOf or if: {json.dumps(schema)[:80]}")
        subs = [schema[k] for k in ("items", "additionalProperties", "propertyNames", "if", "then", "else")
                if k in schema]
        for sub in [*subs, *schema.get("allOf", ()), *schema.get("anyOf", ()), *schema.get("oneOf", ()),
                    *schema.get("properties", {}).values()]:
            self.exact(sub)
        return schema

    @staticmethod
    def needs_function(schema: dict[str, Any], v: str) -> bool:
        """An object is checked by a function of its own unless it is a rule's few properties of a
        value that has a name."""
        return bool({"additionalProperties", "propertyNames"} & set(schema)) or not v.isidentifier()

    def enum(self, options: list[Any], v: str) -> str:
        kinds = {type(o) for o in options}
        if len(kinds) == 1 and kinds <= {str, int}:
            t = kinds.pop()
            found = self.value("enum", tuple(options), lambda: frozenset(options))
            return f"type({v}) is {t.__name__} and {v} in {found}"
        return f"any(_same({v}, o) for o in {self.value('enum', repr(options), lambda: tuple(options))})"

    def const(self, value: Any, v: str) -> str:
        if value is None or type(value) is bool:
            return f"{v} is {value!r}"
        if type(value) in (str, int):
            return f"type({v}) is {type(value).__name__} and {v} == {value!r}"
        return f"_same({v}, {self.value('const', repr(value), lambda: value)})"

    def statements(self, schema: Any, v: str, depth: int) -> list[str]:
        """Lines that return False unless `v` is valid: a list's loop written out, else one test."""
        if isinstance(schema, dict) and schema.get("type") == "array" \
                and set(schema) - _ANNOTATIONS <= {"type", "items", "uniqueItems", "maxItems"}:
            return [f"if type({v}) is not list:", "    return False", *self.array(schema, v, depth)]
        return [f"if not ({self.expr(schema, v)}):", "    return False"]

    def array(self, schema: dict[str, Any], v: str, depth: int = 0) -> list[str]:
        """Lines checking the list `v`."""
        lines = []
        if "maxItems" in schema:
            lines += [f"if len({v}) > {int(schema['maxItems'])}:", "    return False"]
        items = schema.get("items", True)
        if items is not True:
            item = f"i{depth}"
            lines += [f"for {item} in {v}:", *("    " + line for line in self.statements(items, item, depth + 1))]
        if schema.get("uniqueItems") is True:
            # the items' own check already made them all text or all whole numbers: a set tells
            distinct = isinstance(items, dict) and (items.get("type") in ("string", "integer") or (
                "enum" in items and len({type(o) for o in items["enum"]}) == 1 and type(items["enum"][0]) is str))
            lines += [f"if len(set({v})) != len({v}):" if distinct else f"if not _unique({v}):", "    return False"]
        return lines

    def object(self, schema: dict[str, Any]) -> list[str]:
        """Lines checking the dict `x`: the keys it may and must have, then each property in turn."""
        lines = []
        properties = schema.get("properties", {})
        required = list(schema.get("required", ()))
        extra = schema.get("additionalProperties", True)
        if extra is False:
            allowed = self.value("keys", tuple(sorted(properties)), lambda: frozenset(properties))
            lines += [f"if not x.keys() <= {allowed}:", "    return False"]
        if required:
            needed = self.value("keys", tuple(sorted(required)), lambda: frozenset(required))
            lines += [f"if not {needed} <= x.keys():", "    return False"]
        for name, s in properties.items():
            if name in required:
                lines += [f"v = x[{name!r}]", *self.statements(s, "v", 0)]
            else:
                lines += [f"v = x.get({name!r}, _MISSING)", "if v is not _MISSING:",
                          *("    " + line for line in self.statements(s, "v", 0))]
        names = schema.get("propertyNames", True)
        if extra not in (True, False) or names is not True:
            value = "True" if extra in (True, False) else self.expr(extra, "w")
            if properties and value != "True":
                known = self.value("keys", tuple(sorted(properties)), lambda: frozenset(properties))
                value = f"k in {known} or ({value})"
            lines += ["for k, w in x.items():", f"    if not ({self.expr(names, 'k')}) or not ({value}):",
                      "        return False"]
        rules = {k: v for k, v in schema.items() if k in _GENERAL - {"type"}}
        if rules:
            lines += [f"if not ({self.expr(rules, 'x', dict)}):", "    return False"]
        return lines


def python_source(schema: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The predicate's source (a module defining `check`) and the values it refers to."""
    writer = _Writer()
    body = writer.expr(schema, "x")
    source = "\n".join([*writer.source, "def check(x):", f"    return {body}", ""])
    return source, writer.values


def compile_schema(schema: dict[str, Any]) -> Check:
    """A predicate that is True only for instances `schema` accepts (see the module docstring)."""
    source, namespace = python_source(schema)
    exec(compile(source, f"<schema check {schema.get('$id', '')}>", "exec"), namespace)  # noqa: S102 - our source
    return namespace["check"]


class SchemaCheck:
    """A JSON Schema's verdicts: its compiled predicate first, and jsonschema (imported and built on
    first need: valid documents never need it) for the verdict and message on anything else."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        self.fast: Check | None
        try:
            self.fast = compile_schema(schema)
        except UnsupportedSchema:  # the schema grew a keyword the predicate lacks: jsonschema alone decides
            self.fast = None
        self._validator: Any = None

    @property
    def validator(self) -> Any:
        """The schema's jsonschema validator (Draft 2020-12)."""
        if self._validator is None:
            import jsonschema  # noqa: PLC0415 - a tenth of a second, for documents that need it

            self._validator = jsonschema.Draft202012Validator(self.schema)
        return self._validator

    def first_error(self, instance: Any) -> Any:
        """jsonschema's best error for `instance`, or None when it is valid; skips jsonschema's walk
        whenever the compiled predicate already says the instance is valid."""
        if self.fast is not None and self.fast(instance):
            return None
        import jsonschema  # noqa: PLC0415

        return jsonschema.exceptions.best_match(self.validator.iter_errors(instance))
