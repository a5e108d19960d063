"""The published JSON Schema and the importer agree: a corpus of invalid documents is refused by
both, the importer's message saying where (the JSON path) and what. Before the schema stated
vocabularies, dates, timestamps, ids and countries, three of these files passed both (a timestamp
"yesterday", a host country "Canada", an id "x") and six passed the schema while the importer
refused them. What only the importer can check (links across records, numbers unique in a case,
exhibit bytes, date order, self-links) is the short, closed list IMPORTER_ONLY, tested here too."""

from __future__ import annotations

import copy
import json
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.errors import ValidationError
from db.vault import Vault
from exporters.bundle_schema import compile_schema
from exporters.interchange import CHECK, export_document, import_document
from exporters.interchange_schema import IMPORTER_ONLY, SCHEMA
from tests.conftest import PASSPHRASE

FAST = compile_schema(SCHEMA)
VALIDATOR = CHECK.validator
CASE = ["cases", 3]  # CV-2024-001: roles, incidents with places and targets, sources, exhibits, filings
DEMO2 = ["cases", 2]  # CV-2023-014: the Interpol notice, the extradition request, CCF requests


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    from desktop.demo import build_demo

    with Vault.create(tmp_path_factory.mktemp("agree") / "demo.cvault", PASSPHRASE) as v:
        build_demo(v)
        return json.loads(json.dumps(export_document(v)))


@pytest.fixture
def empty(tmp_path):
    with Vault.create(tmp_path / "empty.cvault", PASSPHRASE) as v:
        yield v


def at(doc, path):
    for key in path:
        doc = doc[key]
    return doc


def mutated(doc, path, value):
    doc = copy.deepcopy(doc)
    parent = at(doc, path[:-1])
    if value is KeyError:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return doc


def schema_refuses(doc) -> bool:
    errors = list(VALIDATOR.iter_errors(doc))
    assert FAST(doc) is (not errors), "the fast check and jsonschema disagree"
    return bool(errors)


def importer_refusal(vault, doc) -> str | None:
    head = vault.repos.audit.head()
    try:
        import_document(vault, doc)
    except ValidationError as exc:
        assert vault.repos.audit.head() == head, "a refused import changed the vault"
        return str(exc)
    return None


def path_of(path) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


INC = [*CASE, "incidents", 0]  # early June 2015: two targets, two places, an organisation that acted
CORPUS = [
    # Passed both before: malformed values stored as they came.
    ([*CASE, "created_at"], "yesterday", "is not a UTC timestamp"),
    ([*CASE, "host_country"], "Canada", "is not an ISO 3166 country code"),
    ([*CASE, "notes", 0, "id"], "x", "is not an id"),
    # Passed the schema, refused by the importer.
    ([*INC, "tactic"], "telepathy", "is not one of"),
    ([*INC, "date_start"], "2015-13", "is not a date"),
    ([*INC, "date_start"], "2015-02-30", "is not a date"),
    ([*CASE, "status"], "lost", "is not one of"),
    ([*CASE, "roles", "@relative", "relation"], KeyError, "'relation' is required"),
    ([*INC, "actors", 0, "person_id"], None, "exactly one person or one organisation"),  # (both; filled below)
    ([*INC, "verification"], "proven", "is not one of"),
    # The new rules.
    ([*INC, "date_start"], "２０１５-０６", "is not a date"),
    ([*INC, "date_start"], "٢٠١٥", "is not a date"),
    ([*INC, "date_start"], "0000", "is not a date"),
    ([*INC, "date_end"], "2015-06-31", "is not a date"),
    ([*INC, "date_qualifier"], "roughly", "is not one of"),
    ([*INC, "duration"], "six years", "is not a duration"),
    ([*INC, "places", 0, "country"], "China", "is not an ISO 3166 country code"),
    ([*INC, "places", 0, "role"], "origin", "is not one of"),
    ([*INC, "places", 0], {"role": "took_place", "country": "", "city": " ", "location": ""}, "is empty"),
    ([*INC, "target_ids", 1], None, None),  # filled below: the same target twice
    ([*INC, "host_involvement"], "complicit", "is not one of"),
    ([*INC, "placed_after"], "first", "is neither 'start' nor the id"),
    ([*INC, "updated_at"], "2026-11-22T25:00:00.000Z", "is not a UTC timestamp"),
    (["persons", 0, "citizenships"], ["Chinese"], "is not an ISO 3166 country code"),
    (["persons", 0, "kind"], "crowd", "is not one of"),
    (["persons", 0, "group_size"], 4, "is not null"),  # an individual has no group size
    (["persons", 0, "id"], "0190F1D2-7C3A-7B1E-8F00-1A2B3C4D5E6F", "is not an id"),
    (["organisations", 0, "kind"], "secret police", "is not one of"),
    (["organisations", 0, "level"], "village", "is not one of"),
    ([*CASE, "reference"], "   ", "is empty; it is required"),
    ([*CASE, "sources", 0, "number"], 0, None),
    ([*CASE, "sources", 0, "citation"], "", "is empty; it is required"),
    ([*CASE, "exhibits", 0, "number"], "1", "is not a whole number"),
    ([*CASE, "exhibits", 0, "copy_kind"], "scan", "is not one of"),
    ([*CASE, "exhibits", 0, "custody", 0, "action"], "lost", "is not one of"),
    ([*CASE, "exhibits", 0, "translator_id"], None, "'translation' was expected"),  # on an original (below)
    ([*DEMO2, "interventions", 1, "decision_date"], "2024-03", "must not be empty"),  # and no decision
    ([*DEMO2, "interventions", 0, "request"], "pardon", "is not one of"),
    ([*DEMO2, "interpol_notices", 0, "status"], "active", "is not one of"),
    ([*DEMO2, "interpol_notices", 0, "issuing_country"], "PRC", "is not an ISO 3166 country code"),
    ([*DEMO2, "extradition_requests", 0, "status"], "pending", "is not one of"),
    ([*DEMO2, "outcomes", 0, "outcome"], "freed", "is not one of"),
    ([*CASE, "tasks", 0, "done"], 1, "is not true or false"),
]


def resolved(base, path):
    """The path with "@relative" replaced by the index of the case's first relative."""
    if "@relative" not in path:
        return path
    roles = at(base, CASE)["roles"]
    return [*CASE, "roles", next(n for n, r in enumerate(roles) if r["role"] == "relative"), *path[-1:]]


def prepared(base, path, value):
    """A few corpus entries need values from the document itself."""
    path = resolved(base, path)
    if path == [*INC, "actors", 0, "person_id"]:
        value = next(p["id"] for p in base["persons"] if p["kind"] == "individual")
    elif path == [*INC, "target_ids", 1]:
        value = at(base, INC)["target_ids"][0]
    elif path == [*CASE, "exhibits", 0, "translator_id"]:
        value = next(p["id"] for p in base["persons"])
    return mutated(base, path, value)


@pytest.mark.parametrize(("path", "value", "words"), CORPUS, ids=[path_of(c[0]) + f"={c[1]!r}"[:40] for c in CORPUS])
def test_the_schema_and_the_importer_refuse_the_same_documents(base, empty, path, value, words):
    doc = prepared(base, path, value)
    path = resolved(base, path)
    assert schema_refuses(doc), "the schema must refuse it"
    message = importer_refusal(empty, doc)
    assert message is not None, "the importer must refuse it"
    field = path if value is not KeyError else path[:-1]
    # The field's own path, or for a rule between fields of one record, the record's or the other field's.
    assert message.startswith(path_of(field[:-1])), (message, path_of(field))
    if words:
        assert words in message, message
    assert "^" not in message and len(message) < 400, "no regular expression or list of 249 codes"


def test_the_valid_document_passes_both(base, empty):
    assert not schema_refuses(base)
    assert importer_refusal(empty, base) is None


def test_a_version_2_document_is_checked_as_it_reads_upgraded(base, empty):
    legacy = copy.deepcopy(base)
    legacy["version"] = 2
    incident = at(legacy, INC)
    place = incident.pop("places")[0]
    incident.pop("target_ids")
    incident.update(country="Canada", city=place["city"], location="", targeted_person_id=None)
    for key in ("date_qualifier",):
        incident.pop(key, None)
    assert importer_refusal(empty, legacy) is None, "a country written out is kept as text, not refused"
    at(legacy, INC)["date_start"] = "2015-13"
    assert importer_refusal(empty, legacy).startswith(path_of([*INC, "date_start"]))


# -- what only the importer can check: the closed list -----------------------------------------------

def _missing_person(doc):
    at(doc, INC)["target_ids"] = ["0190f1d2-7c3a-7b1e-8f00-1a2b3c4d5e6f"]


def _twice(doc):
    doc["cases"][0]["notes"].append(dict(at(doc, CASE)["notes"][0]))


def _same_number(doc):
    sources = at(doc, CASE)["sources"]
    sources[1]["number"] = sources[0]["number"]


def _bytes(doc):
    at(doc, CASE)["exhibits"][0]["data"] = "b3RoZXIgYnl0ZXM="


def _backwards(doc):
    at(doc, INC)["date_end"] = "2014"


def _itself(doc):
    source = at(doc, CASE)["sources"][0]
    source["based_on_id"] = source["id"]


IMPORTER_CASES = [_missing_person, _twice, _same_number, _bytes, _backwards, _itself]


@pytest.mark.parametrize("break_it", IMPORTER_CASES, ids=[f.__name__ for f in IMPORTER_CASES])
def test_what_only_the_importer_checks_is_the_documented_list(base, empty, break_it):
    doc = copy.deepcopy(base)
    break_it(doc)
    assert not schema_refuses(doc), "the schema cannot state this rule"
    assert importer_refusal(empty, doc) is not None
    assert len(IMPORTER_CASES) == len(IMPORTER_ONLY), "one test per documented exception"


# -- any value in a field the schema fully describes gets the same verdict from both ----------------

FIELDS = [[*INC, "tactic"], [*INC, "date_start"], [*INC, "date_qualifier"], [*INC, "duration"],
          [*INC, "places", 0, "country"], [*CASE, "host_country"], [*CASE, "created_at"], [*CASE, "notes", 0, "id"],
          ["persons", 0, "sex"], [*CASE, "sources", 0, "reliability"], [*DEMO2, "interpol_notices", 0, "status"]]
values = st.one_of(st.text(max_size=12), st.text(alphabet=string.digits + "-TZ:.P YMWD", max_size=26),
                   st.integers(), st.none(), st.booleans(),
                   st.sampled_from(["2015", "2015-06", "0000", "CN", "cn", "early", "P6Y", "P", "start",
                                    "2026-11-22T13:45:40.123Z", "2024-02-29", "2023-02-29", "threat_online"]))


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One vault for all examples: a refused import leaves it as it was; an accepted one only adds
    versions of the same records."""
    with Vault.create(tmp_path_factory.mktemp("any") / "v.cvault", PASSPHRASE) as v:
        yield v


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(field=st.sampled_from(FIELDS), value=values)
def test_a_fully_described_field_gets_the_same_verdict_from_both(shared, base, field, value):
    doc = mutated(base, field, value)
    refused = importer_refusal(shared, doc)
    assert schema_refuses(doc) == (refused is not None), (value, refused)
