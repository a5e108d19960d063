"""JSON Schema of the interchange format, version 3 (versions 1 and 2 are read too: the importer
upgrades their records first, db.case_model_schema). The published copy in
docs/interchange.schema.json is generated from this (python -m exporters.interchange_schema) and a
test keeps the two equal.

The schema states every rule about one record that JSON Schema can state, so that a document it
accepts is one the importer accepts: vocabularies as enums (from db.vocab), dates, timestamps,
durations and UUIDs with their patterns, ISO 3166 country codes, integers, required text that is
not blank, and rules between fields of one record (a relative has a relation, an actor names one
person or one organisation). What only the importer can check, because it spans records or needs
arithmetic, is listed in IMPORTER_ONLY (tests/exporters/test_schema_agreement.py holds both to it)."""

from __future__ import annotations

import json
import sys
from typing import Any

from db import vocab
from db.countries import CODES

FORMAT_VERSION = 3
READS = (1, 2, 3)  # versions this CaseVault reads
MAX_COUNTER = 2**53  # a version counter must stay an exact integer in every JSON reader

# What the importer refuses that the schema cannot express (docs/interchange.md says the same).
IMPORTER_ONLY = (
    "a link to a record that is neither in the file nor in the vault (a person, organisation, source, "
    "exhibit, notice), or to a source, exhibit or notice of another case",
    "an id used twice in the file, or used in the vault by a record of another kind",
    "two exhibits or two sources of one case with the same number",
    "exhibit bytes that do not match the exhibit's sha256 or size",
    "a date range that ends before it starts",
    "a record that points to itself (a source reporting itself, a group among its own members)",
)

# A day that exists: years 0001-9999, months 01-12, days within their month (29 February in leap years).
_YEAR = "(?!0000)[0-9]{4}"
_DAY = ("(?:" + _YEAR + "-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)"
        "|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)")
DATE_PATTERN = f"^(?:{_DAY}|{_YEAR}(?:-(?:0[1-9]|1[0-2]))?)$"
STAMP_PATTERN = f"^{_DAY}T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{{1,6}})?Z$"
UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
DURATION_PATTERN = "^P(?=[0-9])(?:[0-9]{1,4}Y)?(?:[0-9]{1,4}M)?(?:[0-9]{1,4}W)?(?:[0-9]{1,5}D)?$"
NOT_BLANK = "\\S"

_DATE = {"type": ["string", "null"], "pattern": DATE_PATTERN,
         "description": "Partial date: YYYY, YYYY-MM or YYYY-MM-DD (ASCII digits, a day that exists); "
                        "null when unknown."}
_ID = {"type": "string", "pattern": UUID_PATTERN}
_REF = {"type": ["string", "null"], "pattern": UUID_PATTERN}
_IDS = {"type": "array", "items": _ID, "uniqueItems": True}
_TEXT = {"type": "string"}
_REQUIRED_TEXT = {"type": "string", "pattern": NOT_BLANK}
_STRINGS = {"type": "array", "items": {"type": "string"}}
_STAMP = {"type": "string", "pattern": STAMP_PATTERN, "description": "UTC, ISO 8601: 2026-11-22T13:45:40.123Z"}
_COUNTRY = {"enum": ["", *sorted(CODES)], "description": "ISO 3166-1 alpha-2 code, or empty when unknown."}
_INT = {"type": "integer", "minimum": 1, "maximum": MAX_COUNTER}


def _enum(vocabulary: dict[str, str], empty: bool = False) -> dict[str, Any]:
    return {"enum": ([""] if empty else []) + list(vocabulary)}


VECTOR = {"type": "object", "propertyNames": {"pattern": "^~?[0-9a-f]{16}$"},
          "additionalProperties": {"type": "integer", "minimum": 1, "maximum": MAX_COUNTER},
          "description": "Version vector: replica id -> counter (docs/bundle.md)."}
REVISION = {"type": "object", "additionalProperties": False, "required": ["vector"],
            "description": "The version this record was exported at, and the SHA-256 of its content then "
                           "(in files, not in bundles); a record changed outside CaseVault no longer matches "
                           "its digest.",
            "properties": {"vector": VECTOR, "digest": {"type": "string", "pattern": "^[0-9a-f]{64}$"}}}


def _record(properties: dict[str, Any], required: list[str], *rules: dict[str, Any]) -> dict[str, Any]:
    props = {"id": _ID, "created_at": _STAMP, "updated_at": _STAMP, "author": _TEXT, "revision": REVISION,
             **properties}
    out: dict[str, Any] = {"type": "object", "properties": props, "required": ["id", *required],
                           "additionalProperties": False}
    if len(rules) == 1:
        out.update(rules[0])
    elif rules:
        out["allOf"] = list(rules)
    return out


def _when(condition: dict[str, Any], then: dict[str, Any] | None = None, otherwise: dict[str, Any] | None = None,
          ) -> dict[str, Any]:
    """An if/then/else rule on an object's properties (each given as {name: schema}, all present)."""
    rule: dict[str, Any] = {"if": {"properties": condition, "required": list(condition)}}
    if then is not None:
        rule["then"] = {"properties": then, "required": list(then)}
    if otherwise is not None:
        rule["else"] = {"properties": otherwise}
    return rule


def _any_text(*names: str) -> dict[str, Any]:
    """At least one of these text fields is not blank."""
    return {"anyOf": [{"properties": {n: _REQUIRED_TEXT}, "required": [n]} for n in names]}


PERSON = _record({
    "name": _TEXT, "name_original": _TEXT, "aliases": _STRINGS, "sex": _enum(vocab.SEX), "birth_date": _DATE,
    "citizenships": {"type": "array", "items": {"enum": sorted(CODES)}},
    "residence_status": _enum(vocab.RESIDENCE_STATUS),
    "occupation": _TEXT, "contact_notes": _TEXT, "address": _TEXT, "consent": _enum(vocab.CONSENT), "notes": _TEXT,
    "kind": _enum(vocab.PERSON_KIND), "group_size": {"type": ["integer", "null"], "minimum": 1, "maximum": MAX_COUNTER},
    "group_size_qualifier": _enum(vocab.GROUP_SIZE, empty=True), "member_ids": _IDS,
    "categories": {"type": "array", "items": _enum(vocab.TARGET_CATEGORY)},
}, ["name", "name_original", "aliases", "consent"],
    _any_text("name", "name_original"),
    _when({"kind": {"const": "group"}},
          otherwise={"group_size": {"type": "null"}, "group_size_qualifier": {"const": ""},
                     "member_ids": {"maxItems": 0}}))

ORGANISATION = _record({"name": _TEXT, "name_original": _TEXT, "kind": _enum(vocab.ORGANISATION_KIND),
                        "country": _COUNTRY, "notes": _TEXT, "level": _enum(vocab.ORGANISATION_LEVEL, empty=True),
                        "city": _TEXT, "parent_id": _REF}, ["name"], _any_text("name", "name_original"))

ROLE = _record({"person_id": _ID, "role": _enum(vocab.ROLE), "relation": _enum(vocab.RELATION, empty=True),
                "notes": _TEXT}, ["person_id", "role"],
               _when({"role": {"enum": list(vocab.RELATED_ROLES)}}, then={"relation": _enum(vocab.RELATION)}))

ACTOR = {"type": "object", "additionalProperties": False, "required": ["degree"],
         "properties": {"degree": _enum(vocab.DEGREE), "person_id": _REF, "organisation_id": _REF},
         "oneOf": [{"properties": {"person_id": {"type": "string"}}, "required": ["person_id"]},
                   {"properties": {"organisation_id": {"type": "string"}}, "required": ["organisation_id"]}],
         "description": "Exactly one of person_id and organisation_id."}
PLACE = {"type": "object", "additionalProperties": False,
         "properties": {"role": _enum(vocab.PLACE_ROLE), "country": _COUNTRY, "city": _TEXT, "location": _TEXT},
         "anyOf": [{"properties": {"country": {"minLength": 1}}, "required": ["country"]},
                   {"properties": {"city": _REQUIRED_TEXT}, "required": ["city"]},
                   {"properties": {"location": _REQUIRED_TEXT}, "required": ["location"]}],
         "description": "At least a country, a city or a place."}
CUSTODY = {"type": "object", "additionalProperties": False, "required": ["action"],
           "properties": {"action": _enum(vocab.CUSTODY_ACTION), "date": _DATE, "by_id": _REF, "to_id": _REF,
                          "method": _TEXT, "place": _TEXT, "notes": _TEXT}}

INCIDENT = _record({
    "tactic": _enum(vocab.TACTIC), "date_start": _DATE, "date_end": _DATE,
    "date_qualifier": _enum(vocab.DATE_QUALIFIER, empty=True),
    "duration": {"type": "string", "anyOf": [{"const": ""}, {"pattern": DURATION_PATTERN}],
                 "description": "How long it lasted, ISO 8601: P6Y, P1Y6M, P3W, P20D; empty when not recorded."},
    "duration_qualifier": _enum(vocab.DURATION_QUALIFIER, empty=True),
    "target_ids": _IDS, "places": {"type": "array", "items": PLACE},
    "description": _TEXT, "verification": _enum(vocab.VERIFICATION),
    "host_involvement": _enum(vocab.HOST_INVOLVEMENT, empty=True),
    "placed_after": {"type": ["string", "null"], "pattern": f"^(?:start|{UUID_PATTERN[1:-1]})$",
                     "description": "For an undated incident: the incident it follows in the chronology, or 'start'."},
    "actors": {"type": "array", "items": ACTOR}, "source_ids": _IDS, "exhibit_ids": _IDS,
}, ["tactic"], _when({"duration_qualifier": {"minLength": 1}}, then={"duration": {"minLength": 1}}))

SOURCE = _record({
    "kind": _enum(vocab.SOURCE_KIND), "citation": _REQUIRED_TEXT, "date": _DATE, "language": _TEXT, "url": _TEXT,
    "reliability": _enum(vocab.SOURCE_RELIABILITY), "credibility": _enum(vocab.INFORMATION_CREDIBILITY),
    "number": {"type": ["integer", "null"], "minimum": 1, "maximum": MAX_COUNTER,
               "description": "Citation number in the case; null for sources recorded before numbers existed."},
    "title": _TEXT, "authors": _TEXT, "outlet": _TEXT, "based_on_id": _REF,
}, ["kind", "citation"])

EXHIBIT = _record({
    "number": _INT, "original_name": _REQUIRED_TEXT, "mime_type": _REQUIRED_TEXT,
    "size": {"type": "integer", "minimum": 0, "maximum": MAX_COUNTER},
    "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
    "captured_at": _DATE, "description": _TEXT, "shows_person_ids": _IDS,
    "persons_recorded": {"type": "boolean", "description": "shows_person_ids is the complete list of who "
                         "appears in the file (empty: nobody); false or absent: not recorded yet."},
    "language": _TEXT, "copy_kind": _enum(vocab.COPY_KIND, empty=True), "derived_from_id": _REF,
    "translator_id": _REF, "custody": {"type": "array", "items": CUSTODY},
    "data": {"type": "string", "contentEncoding": "base64", "description": "The file's bytes, base64."},
}, ["number", "original_name", "mime_type", "size", "sha256", "data"],
    _when({"translator_id": {"type": "string"}}, then={"copy_kind": {"const": "translation"}}))

INTERVENTION = _record({
    "kind": _enum(vocab.INTERVENTION_KIND), "date": _DATE, "status": _enum(vocab.INTERVENTION_STATUS),
    "response": _TEXT, "notes": _TEXT, "addressee_id": _REF, "file_number": _TEXT, "claimant_id": _REF, "uci": _TEXT,
    "counsel_id": _REF, "concerns_id": _REF, "request": _enum(vocab.INTERVENTION_REQUEST, empty=True),
    "decision": _enum(vocab.DECISION, empty=True), "decision_date": _DATE,
}, ["kind"], _when({"decision_date": {"type": "string"}}, then={"decision": {"minLength": 1}}))

NOTICE = _record({
    "kind": _enum(vocab.NOTICE_KIND), "subject_id": _REF, "issuing_country": _COUNTRY, "issuing_bureau_id": _REF,
    "reference": _TEXT, "date": _DATE, "charge": _TEXT, "status": _enum(vocab.NOTICE_STATUS), "status_date": _DATE,
    "notes": _TEXT, "source_ids": _IDS,
}, [])
EXTRADITION = _record({
    "subject_id": _REF, "requesting_country": _COUNTRY, "requested_country": _COUNTRY, "reference": _TEXT,
    "date": _DATE, "charge": _TEXT, "status": _enum(vocab.EXTRADITION_STATUS), "status_date": _DATE, "notes": _TEXT,
    "source_ids": _IDS,
}, [])
OUTCOME = _record({"outcome": _enum(vocab.OUTCOME), "date": _DATE,
                   "date_qualifier": _enum(vocab.DATE_QUALIFIER, empty=True), "notes": _TEXT, "source_ids": _IDS},
                  ["outcome"])
NOTE = _record({"body": _REQUIRED_TEXT}, ["body"])
TASK = _record({"title": _REQUIRED_TEXT, "due_date": _DATE, "done": {"type": "boolean"}}, ["title"])


def _list(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": item}


CASE = _record({
    "reference": _REQUIRED_TEXT, "title": _REQUIRED_TEXT, "status": _enum(vocab.CASE_STATUS),
    "priority": _enum(vocab.PRIORITY), "confidentiality": _enum(vocab.CONFIDENTIALITY),
    "origin_country": _COUNTRY, "host_country": _COUNTRY, "region": _TEXT, "campaign": _enum(vocab.CAMPAIGN),
    "summary": _TEXT, "outcome": _enum(vocab.OUTCOME), "tags": _STRINGS,
    "roles": _list(ROLE), "incidents": _list(INCIDENT), "sources": _list(SOURCE), "exhibits": _list(EXHIBIT),
    "interventions": _list(INTERVENTION), "interpol_notices": _list(NOTICE),
    "extradition_requests": _list(EXTRADITION), "outcomes": _list(OUTCOME), "notes": _list(NOTE),
    "tasks": _list(TASK),
}, ["reference", "title", "status", "campaign", "outcome", "tags", "roles", "incidents", "sources", "exhibits",
    "interventions", "notes", "tasks"])

TAXONOMY = {"type": "object", "description": "The vocabularies' labels in English, French and Chinese, and each "
            "tactic's PACE 2509 method and HURIDOCS 'Types of Acts' term, so that partners can pool counts. "
            "Written on export; ignored on import."}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "casevault-interchange-v3",
    "title": "CaseVault interchange file, version 3",
    "type": "object",
    "required": ["format", "version", "cases", "persons", "organisations"],
    "additionalProperties": False,
    "properties": {
        "format": {"const": "casevault"},
        "version": {"enum": list(READS)},
        "exported_at": _STAMP,
        "cases": _list(CASE),
        "persons": _list(PERSON),
        "organisations": _list(ORGANISATION),
        "taxonomy": TAXONOMY,
    },
}


if __name__ == "__main__":
    sys.stdout.write(json.dumps(SCHEMA, indent=2, ensure_ascii=False) + "\n")
