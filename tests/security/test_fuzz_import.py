"""Fuzzing the interchange importer: malformed, truncated and hostile inputs give a clear
ValidationError (never another exception, never a hang) and leave the vault unchanged."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.errors import ValidationError
from exporters.interchange import export_document, import_document, parse_document
from tests.security.harness import long_mode

EXAMPLES = 1500 if long_mode() else 60
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20)


def paths(doc, prefix=()):
    """Every (container, key) position in a JSON document."""
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield (doc, k)
            yield from paths(v)
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield (doc, i)
            yield from paths(v)


@pytest.fixture(scope="module")
def demo_vault_session(tmp_path_factory):
    """One demo vault for a whole fuzz run (hypothesis calls the test many times), and its export."""
    from db.vault import Vault
    from desktop.demo import build_demo

    path = tmp_path_factory.mktemp("fuzz") / "fuzz.cvault"
    vault = Vault.create(path, "fuzz passphrase")
    build_demo(vault)
    raw = json.dumps(export_document(vault), ensure_ascii=False).encode()
    yield vault, raw
    vault.close()


def refused_or_imported(vault, doc) -> None:
    head = vault.repos.audit.head()
    try:
        import_document(vault, doc)
    except ValidationError as exc:
        assert str(exc), "an error must say something"
        assert vault.repos.audit.head() == head, "a refused import changed the vault"


@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes_are_refused_cleanly(data):
    try:
        parse_document(data)
    except ValidationError:
        pass


@FUZZ
@given(cut=st.integers(min_value=0, max_value=10_000))
def test_truncated_documents_are_refused_cleanly(demo_vault_session, cut):
    vault, raw = demo_vault_session
    try:
        doc = parse_document(raw[: cut % len(raw)])
    except ValidationError:
        return
    refused_or_imported(vault, doc)


@FUZZ
@given(picks=st.lists(st.integers(min_value=0), min_size=1, max_size=3), value=json_values,
       delete=st.booleans())
def test_mutated_documents_are_refused_or_imported_never_crash(demo_vault_session, picks, value, delete):
    vault, raw = demo_vault_session
    doc = json.loads(raw)
    for pick in picks:
        positions = list(paths(doc))
        container, key = positions[pick % len(positions)]
        if delete and isinstance(container, dict):
            del container[key]
        else:
            container[key] = copy.deepcopy(value)
    refused_or_imported(vault, doc)


@FUZZ
@given(text=st.text(max_size=200))
def test_hostile_strings_in_every_text_field_round_trip_or_are_refused(demo_vault_session, text):
    vault, raw = demo_vault_session
    doc = json.loads(raw)
    case = doc["cases"][0]
    case["title"] = text or "x"
    case["summary"] = text
    for incident in case["incidents"]:
        incident["description"] = text
    refused_or_imported(vault, doc)


def test_deeply_nested_json_is_refused_not_crashing():
    raw = b"[" * 100_000 + b"]" * 100_000
    try:
        parse_document(raw)
    except ValidationError as exc:
        assert "nested" in str(exc) or "JSON" in str(exc)
