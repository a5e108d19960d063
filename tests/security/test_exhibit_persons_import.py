"""Who appears in an exhibit, as outside data: `persons_recorded` in an interchange file is a
boolean or absent; anything else is refused before the vault changes, naming the field."""

from __future__ import annotations

import json

import pytest

from db.errors import ValidationError
from exporters.interchange import export_document, import_document


@pytest.fixture
def document(demo_vault):
    doc = json.loads(json.dumps(export_document(demo_vault), ensure_ascii=False))
    case = next(c for c in doc["cases"] if c["exhibits"])
    return doc, case["exhibits"][0]


@pytest.mark.parametrize("value", ["yes", 1, None, {}, [], "\u202etrue"])
def test_a_value_that_is_not_a_boolean_is_refused(demo_vault, document, value):
    doc, exhibit = document
    exhibit["persons_recorded"] = value
    head = demo_vault.repos.audit.head()
    with pytest.raises(ValidationError, match="persons_recorded"):
        import_document(demo_vault, doc)
    assert demo_vault.repos.audit.head() == head


def test_a_file_from_before_the_field_existed_imports_as_not_recorded(tmp_path, demo_vault, document):
    from db.vault import Vault
    from tests.conftest import PASSPHRASE

    doc, exhibit = document
    exhibit.pop("persons_recorded")
    with Vault.create(tmp_path / "other.cvault", PASSPHRASE) as other:
        import_document(other, doc)
        got = other.repos.exhibits.get(exhibit["id"])
    assert got.persons_recorded is False and got.shows_person_ids == exhibit["shows_person_ids"]
