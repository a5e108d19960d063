"""Malformed data that used to import and hurt afterwards: oversized fields and lists, broken Unicode,
numbers written as 1.0 or far too large, an id that another kind of record already has. Each is
refused (or normalised) at the boundary with a message naming the place, and the vault is unchanged;
nothing imported can make a later `verify` cry wolf."""

from __future__ import annotations

import json
import re

import pytest

from db.errors import ValidationError
from db.models import Person
from db.repository import MAX_ITEMS, MAX_TEXT
from db.verify import verify
from exporters.bundle import import_bundle
from exporters.interchange import export_document, import_document
from tests.db.test_merge import BUNDLE_PASS, FAST_KDF, snapshot


def one_case(demo_vault):
    doc = export_document(demo_vault, [demo_vault.repos.cases.resolve("CV-2024-001").id])
    for c in doc["cases"]:
        for key in ("roles", "incidents", "sources", "exhibits", "interventions", "notes", "tasks"):
            for r in c[key]:
                r.pop("revision")
        c.pop("revision")
    for r in doc["persons"] + doc["organisations"]:
        r.pop("revision")
    return doc


@pytest.mark.parametrize("change, where, what", [
    (lambda d: d["cases"][0].update(summary="x" * (MAX_TEXT + 1)), "$.cases[0].summary", "at most 1,000,000"),
    (lambda d: d["cases"][0].update(title="A \ud800 title"), "$.cases[0].title", "not valid Unicode"),
    (lambda d: d["persons"][0].update(aliases=["a"] * (MAX_ITEMS + 1)), "$.persons[0].aliases", "at most 10,000"),
    (lambda d: d["cases"][0]["incidents"][0].update(places=[{"city": "Montr\ud800al"}]),
     "$.cases[0].incidents[0].places[0].city", "not valid Unicode"),
    (lambda d: d["cases"][0]["incidents"][0].update(places=[{"location": "x" * (MAX_TEXT + 1)}]),
     "$.cases[0].incidents[0].places[0].location", "at most 1,000,000"),
    (lambda d: d["cases"][0]["exhibits"][0].update(number=10**30), "$.cases[0].exhibits[0].number", "maximum"),
    (lambda d: d["cases"][0]["exhibits"][0].update(size=-1), "$.cases[0].exhibits[0].size", "minimum"),
])
def test_oversized_or_broken_values_are_refused_with_their_place(tmp_path, vault, demo_vault, change, where, what):
    doc = json.loads(json.dumps(one_case(demo_vault)))
    change(doc)
    before = snapshot(vault)
    with pytest.raises(ValidationError) as refused:
        import_document(vault, doc)
    assert str(refused.value).startswith(where) and what in str(refused.value)
    assert snapshot(vault) == before


def test_a_whole_number_written_as_1_0_is_read_as_1_and_verify_stays_quiet(vault, demo_vault):
    doc = one_case(demo_vault)
    text = json.dumps(doc).replace('"number": 1,', '"number": 1.0,')
    assert '"number": 1.0' in text
    import_document(vault, json.loads(text))
    (first, *_) = sorted(vault.repos.exhibits.all(), key=lambda e: e.number)
    assert first.number == 1 and type(first.number) is int
    assert verify(vault).ok


def test_an_id_already_used_by_another_kind_of_record_is_refused(vault, demo_vault):
    case_id = demo_vault.repos.cases.resolve("CV-2024-001").id
    vault.repos.persons.add(Person(id=case_id, name="Someone whose id is a case's"))
    before = snapshot(vault)
    with pytest.raises(ValidationError, match="has the id of a person in this vault"):
        import_document(vault, one_case(demo_vault))
    assert snapshot(vault) == before


def test_a_bundle_with_a_broken_value_is_refused_whole(tmp_path, vault, demo_vault):
    from exporters.bundle import build_payload

    payload = build_payload(demo_vault)
    payload["document"]["cases"][0]["title"] = "\ud800"
    import zlib

    from exporters.bundle_format import write_encrypted

    raw = zlib.compress(json.dumps(payload).encode())  # ASCII JSON: the lone surrogate travels as \ud800
    with open(tmp_path / "bad.cvb", "wb") as fh:
        write_encrypted(fh, BUNDLE_PASS, [raw], log_n=FAST_KDF)
    before = snapshot(vault)
    with pytest.raises(ValidationError, match="title: holds characters that are not valid Unicode"):
        import_bundle(vault, tmp_path / "bad.cvb", BUNDLE_PASS)
    assert snapshot(vault) == before


def test_a_version_counter_written_as_2_0_is_stored_as_2_and_the_record_can_be_read_again(vault, demo_vault):
    doc = export_document(demo_vault, [demo_vault.repos.cases.resolve("CV-2024-001").id])
    text = json.dumps(doc)
    floated = re.sub(r'("vector": \{"[0-9a-f]+": )(\d+)\}', r"\g<1>\g<2>.0}", text)
    assert floated.count(".0}") > 10
    import_document(vault, json.loads(floated))
    assert all(type(n) is int for vector in vault.versions.vectors("cases", [c.id for c in vault.repos.cases.all()])
               .values() for n in vector.values())
    import_document(vault, json.loads(text))  # reads every stored vector (a ValueError on "2.0" before)
    assert verify(vault).ok
