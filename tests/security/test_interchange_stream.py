"""The interchange file read a part at a time (exporters.interchange_stream): whatever the bytes, a
clear message and an unchanged vault, or exactly what reading the whole document gives. The
buffer is made tiny here so that every value is cut across refills."""

from __future__ import annotations

import codecs
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import exporters.interchange_stream as stream
from db.errors import ValidationError
from exporters.interchange import export_document, export_json, import_json
from exporters.interchange_schema import FORMAT_VERSION
from tests.db.test_merge import content, snapshot

P1 = "00000000-0000-4000-8000-000000000001"
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(autouse=True)
def tiny_buffer(monkeypatch):
    monkeypatch.setattr(stream, "_CHUNK", 97)


@pytest.fixture
def exported(demo_vault, tmp_path):
    path = tmp_path / "demo.json"
    export_json(demo_vault, path)
    return path.read_bytes()


def test_a_file_read_in_parts_imports_exactly_what_was_exported(demo_vault, vault, tmp_path, exported):
    result = import_json(vault, tmp_path / "demo.json")
    assert (result.cases, result.conflicts, result.older) == (demo_vault.repos.cases.count(), 0, [])
    assert content(vault) == content(demo_vault)


def test_a_file_written_cases_first_still_imports(demo_vault, vault, tmp_path):
    doc = export_document(demo_vault)
    legacy = {"format": doc["format"], "version": doc["version"], "cases": doc["cases"], "persons": doc["persons"],
              "organisations": doc["organisations"]}
    (tmp_path / "old.json").write_text(json.dumps(legacy, ensure_ascii=False, indent=1), encoding="utf-8")
    assert import_json(vault, tmp_path / "old.json").cases == demo_vault.repos.cases.count()
    assert content(vault) == content(demo_vault)


@SETTINGS
@given(cut=st.integers(min_value=0))
def test_a_file_cut_anywhere_is_refused_and_changes_nothing(vault, tmp_path, exported, cut):
    (tmp_path / "cut.json").write_bytes(exported[: cut % len(exported)])
    before = snapshot(vault)
    with pytest.raises(ValidationError):
        import_json(vault, tmp_path / "cut.json")
    assert snapshot(vault) == before


@SETTINGS
@given(at=st.integers(min_value=0), byte=st.integers(0, 255))
def test_a_changed_byte_gives_a_message_or_a_valid_import_never_an_error(vault, tmp_path, exported, at, byte):
    data = bytearray(exported)
    data[at % len(data)] = byte
    (tmp_path / "changed.json").write_bytes(bytes(data))
    before = snapshot(vault)
    try:
        import_json(vault, tmp_path / "changed.json")
    except ValidationError:
        assert snapshot(vault) == before


@pytest.mark.parametrize("encode, message", [
    (lambda t: t.encode("utf-16"), "not UTF-8"),
    (lambda t: t.encode("latin-1", errors="replace").replace(b"?", b"\xe9"), "not UTF-8"),
    (lambda t: codecs.BOM_UTF8 + t.encode(), None),
])
def test_encodings(vault, tmp_path, exported, encode, message):
    text = json.dumps({"format": "casevault", "version": FORMAT_VERSION, "cases": [], "persons": [
        {"id": P1, "name": "Zoé \u202ecba\u202c <b>bold</b> \u200b", "name_original": "", "aliases": [],
         "consent": "none"}], "organisations": []}, ensure_ascii=False)
    (tmp_path / "f.json").write_bytes(encode(text))
    if message is None:
        import_json(vault, tmp_path / "f.json")
        assert vault.repos.persons.get(P1).name == "Zoé \u202ecba\u202c <b>bold</b> \u200b", "stored as typed"
    else:
        with pytest.raises(ValidationError, match=message):
            import_json(vault, tmp_path / "f.json")


def test_a_huge_value_is_read_in_growing_pieces_and_refused_by_its_limit(vault, tmp_path):
    huge = "x" * 2_000_001
    person = {"id": P1, "name": huge, "name_original": "", "aliases": [], "consent": "none"}
    (tmp_path / "huge.json").write_text(json.dumps({"format": "casevault", "version": FORMAT_VERSION, "cases": [],
                                                    "persons": [person], "organisations": []}))
    with pytest.raises(ValidationError, match=r"\$\.persons\[0\]\.name: is 2,000,001 characters long"):
        import_json(vault, tmp_path / "huge.json")


@pytest.mark.parametrize("text, where", [
    ('{"format": "casevault", "version": 99, "cases": []', "$.version"),
    ('{"format": "other"}', "$.format"),
    ('{"format": "casevault", "version": 3, "cases": [], "persons": [], "organisations": []} extra', "line 1"),
    ('{"format": "casevault", "version": 3, "cases": [1], "persons": [], "organisations": []}', "$.cases[0]"),
    ('{"format": "casevault", "version": 3, "persons": [], "organisations": []}', "$"),
    ('"just a string"', "$"),
    ('{' * 100_000, "line 1"),
])
def test_documents_that_are_not_right_get_their_place(vault, tmp_path, text, where):
    (tmp_path / "bad.json").write_text(text)
    with pytest.raises(ValidationError) as refused:
        import_json(vault, tmp_path / "bad.json")
    assert str(refused.value).startswith(where), str(refused.value)


def test_an_import_runs_without_the_collector_and_leaves_it_as_it_found_it(vault, tmp_path, exported, monkeypatch):
    import gc

    seen = []
    check = stream._check_element
    monkeypatch.setattr(stream, "_check_element", lambda *a: (seen.append(gc.isenabled()), check(*a)))
    import_json(vault, tmp_path / "demo.json")
    assert seen and not any(seen) and gc.isenabled()
    (tmp_path / "cut.json").write_bytes(exported[: len(exported) // 2])
    with pytest.raises(ValidationError):
        import_json(vault, tmp_path / "cut.json")
    assert gc.isenabled()
    gc.disable()
    try:
        import_json(vault, tmp_path / "demo.json")
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()
