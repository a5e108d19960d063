"""The interchange format: exact round trips, idempotent imports, and refusals that say where
and leave the vault unchanged."""

from __future__ import annotations

import base64
import copy
import json
from pathlib import Path

import pytest

from db.errors import ValidationError
from db.vault import Vault
from db.verify import verify
from exporters.interchange import export_document, export_json, import_document, import_json
from exporters.interchange_schema import SCHEMA
from tests.conftest import PASSPHRASE


def without_stamp(doc: dict) -> dict:
    doc = copy.deepcopy(doc)
    doc.pop("exported_at", None)
    return doc


def state(vault: Vault) -> tuple:
    return vault.repos.audit.head(), without_stamp(export_document(vault))


def test_export_import_round_trips_exactly(demo_vault, tmp_path):
    out = tmp_path / "demo.json"
    export_json(demo_vault, out)
    with Vault.create(tmp_path / "copy.cvault", PASSPHRASE) as copy_vault:
        result = import_json(copy_vault, out)
        assert (result.cases, result.persons) == (5, demo_vault.repos.persons.count())
        again = export_document(copy_vault)
        assert verify(copy_vault).ok
    original = json.loads(out.read_text(encoding="utf-8"))
    assert without_stamp(again) == without_stamp(original)
    # Chinese is written as characters, not escapes, and exhibits carry their bytes.
    text = out.read_text(encoding="utf-8")
    assert "林晓梅" in text and "Montréal" in text
    exhibit = original["cases"][3]["exhibits"][0]
    assert len(base64.b64decode(exhibit["data"])) == exhibit["size"]


def test_importing_twice_updates_instead_of_duplicating(demo_vault, tmp_path):
    doc = export_document(demo_vault)
    with Vault.create(tmp_path / "b.cvault", PASSPHRASE) as other:
        import_document(other, doc)
        head = other.repos.audit.head()
        assert import_document(other, doc).written == 0
        assert other.repos.audit.head() == head
        doc["cases"][0]["title"] = "Titre modifié"
        assert import_document(other, doc).written == 1
        assert other.repos.cases.count() == 5
        assert other.repos.cases.get(doc["cases"][0]["id"]).title == "Titre modifié"
        assert verify(other).ok


def test_published_schema_matches_the_code():
    published = json.loads((Path(__file__).parents[2] / "docs" / "interchange.schema.json").read_text())
    assert published == SCHEMA


def mutate(doc: dict, path: list, value) -> dict:
    doc = copy.deepcopy(doc)
    target = doc
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return doc


CASE0 = ["cases", 3]  # CV-2024-001, the case with exhibits


@pytest.mark.parametrize("path,value,where", [
    (["version"], 7, "$.version"),
    (["format"], "other", "$.format"),
    ([*CASE0, "title"], KeyError, "$.cases[3]"),
    ([*CASE0, "incidents", 0, "date_start"], "June 2015", "$.cases[3].incidents[0].date_start"),
    ([*CASE0, "incidents", 0, "date_start"], "2015-13", "$.cases[3].incidents[0].date_start"),
    ([*CASE0, "incidents", 0, "tactic"], "bribery", "$.cases[3].incidents[0].tactic"),
    ([*CASE0, "incidents", 0, "source_ids", 0], "missing", "$.cases[3].incidents[0].source_ids[0]"),
    ([*CASE0, "roles", 0, "person_id"], "missing", "$.cases[3].roles[0].person_id"),
    ([*CASE0, "exhibits", 0, "data"], "not base64!", "$.cases[3].exhibits[0].data"),
    ([*CASE0, "exhibits", 0, "data"], base64.b64encode(b"other bytes").decode(), "$.cases[3].exhibits[0].data"),
    ([*CASE0, "status"], "lost", "$.cases[3].status"),
    (["persons", 0, "consent"], "maybe", "$.persons[0].consent"),
    (["cases", 1, "id"], "duplicate", None),
])
def test_invalid_documents_are_refused_with_location_and_vault_unchanged(demo_vault, path, value, where):
    doc = export_document(demo_vault)
    if path == ["cases", 1, "id"]:
        value = doc["cases"][0]["id"]
    bad = mutate(doc, path, value)
    before = state(demo_vault)
    with pytest.raises(ValidationError) as err:
        import_document(demo_vault, bad)
    if where:
        assert str(err.value).startswith(where + ":"), str(err.value)
    assert state(demo_vault)[0] == before[0]
    assert without_stamp(export_document(demo_vault)) == before[1]


@pytest.mark.parametrize("raw,where", [
    (b'{"format": "casevault",\n "version": 1,\n "cases": [}', "line 3, column 12"),
    (b"\xff\xfe garbage", "byte 0"),
    (b"[]", "$"),
    (b"", "line 1, column 1"),
])
def test_malformed_files_are_refused_with_line_or_path(vault, tmp_path, raw, where):
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    with pytest.raises(ValidationError) as err:
        import_json(vault, path)
    assert str(err.value).startswith(where), str(err.value)
    assert vault.repos.cases.count() == 0


def test_two_exhibits_of_one_case_with_the_same_number_are_refused_whole(demo_vault, tmp_path):
    doc = export_document(demo_vault)
    with Vault.create(tmp_path / "b.cvault", PASSPHRASE) as other:
        exhibits = doc["cases"][3]["exhibits"]
        exhibits[1]["number"] = exhibits[0]["number"]
        with pytest.raises(ValidationError, match=r"cases\[3\]\.exhibits\[1\]\.number: E-\d is used twice"):
            import_document(other, doc)
        assert other.repos.cases.count() == 0 and other.repos.persons.count() == 0
        assert other.repos.audit.head()[0] == 0
