"""JSON Schema of the interchange format, version 2 (version 1 files, which lack revisions, are read
too). The published copy in docs/interchange.schema.json is generated from this
(python -m exporters.interchange_schema) and a test keeps the two equal. Vocabulary values (status,
tactic, ...) are checked on import against db.vocab, which docs/interchange.md lists."""

from __future__ import annotations

import json
import sys
from typing import Any

FORMAT_VERSION = 2
READS = (1, 2)  # versions this CaseVault reads
MAX_COUNTER = 2**53  # a version counter must stay an exact integer in every JSON reader

_DATE = {"type": ["string", "null"], "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
         "description": "Partial date: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown."}
_ID = {"type": "string", "minLength": 1, "maxLength": 100}
_TEXT = {"type": "string"}
_STRINGS = {"type": "array", "items": {"type": "string"}}
_STAMP = {"type": "string"}


VECTOR = {"type": "object", "propertyNames": {"pattern": "^~?[0-9a-f]{16}$"},
          "additionalProperties": {"type": "integer", "minimum": 1, "maximum": MAX_COUNTER},
          "description": "Version vector: replica id -> counter (docs/bundle.md)."}
REVISION = {"type": "object", "additionalProperties": False, "required": ["vector"],
            "description": "The version this record was exported at, and the SHA-256 of its content then "
                           "(in files, not in bundles); a record changed outside CaseVault no longer matches "
                           "its digest.",
            "properties": {"vector": VECTOR, "digest": {"type": "string", "pattern": "^[0-9a-f]{64}$"}}}


def _record(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    props = {"id": _ID, "created_at": _STAMP, "updated_at": _STAMP, "author": _TEXT, "revision": REVISION,
             **properties}
    return {"type": "object", "properties": props, "required": ["id", *required], "additionalProperties": False}


PERSON = _record({
    "name": _TEXT, "name_original": _TEXT, "aliases": _STRINGS, "sex": _TEXT, "birth_date": _DATE,
    "citizenships": _STRINGS, "residence_status": _TEXT, "occupation": _TEXT, "contact_notes": _TEXT,
    "address": _TEXT, "consent": {"enum": ["none", "authorities", "public"]}, "notes": _TEXT,
}, ["name", "name_original", "aliases", "consent"])

ORGANISATION = _record({"name": _TEXT, "name_original": _TEXT, "kind": _TEXT, "country": _TEXT, "notes": _TEXT},
                       ["name"])

ROLE = _record({"person_id": _ID, "role": _TEXT, "relation": _TEXT, "notes": _TEXT}, ["person_id", "role"])

ACTOR = {"type": "object", "additionalProperties": False, "required": ["degree"],
         "properties": {"degree": _TEXT, "person_id": {"type": ["string", "null"]},
                        "organisation_id": {"type": ["string", "null"]}}}

INCIDENT = _record({
    "tactic": _TEXT, "date_start": _DATE, "date_end": _DATE, "country": _TEXT, "city": _TEXT, "location": _TEXT,
    "targeted_person_id": {"type": ["string", "null"]}, "description": _TEXT, "verification": _TEXT,
    "actors": {"type": "array", "items": ACTOR}, "source_ids": _STRINGS, "exhibit_ids": _STRINGS,
}, ["tactic"])

SOURCE = _record({
    "kind": _TEXT, "citation": _TEXT, "date": _DATE, "language": _TEXT, "url": _TEXT,
    "reliability": {"enum": list("ABCDEF")}, "credibility": {"enum": list("123456")},
}, ["kind", "citation"])

EXHIBIT = _record({
    "number": {"type": "integer", "minimum": 1, "maximum": MAX_COUNTER}, "original_name": _TEXT,
    "mime_type": _TEXT, "size": {"type": "integer", "minimum": 0, "maximum": MAX_COUNTER},
    "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
    "captured_at": _DATE, "description": _TEXT, "shows_person_ids": _STRINGS,
    "persons_recorded": {"type": "boolean", "description": "shows_person_ids is the complete list of who "
                         "appears in the file (empty: nobody); false or absent: not recorded yet."},
    "data": {"type": "string", "contentEncoding": "base64", "description": "The file's bytes, base64."},
}, ["number", "original_name", "mime_type", "size", "sha256", "data"])

INTERVENTION = _record({"kind": _TEXT, "date": _DATE, "status": _TEXT, "response": _TEXT, "notes": _TEXT}, ["kind"])
NOTE = _record({"body": _TEXT}, ["body"])
TASK = _record({"title": _TEXT, "due_date": _DATE, "done": {"type": "boolean"}}, ["title"])


def _list(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": item}


CASE = _record({
    "reference": {"type": "string", "minLength": 1}, "title": {"type": "string", "minLength": 1},
    "status": _TEXT, "priority": _TEXT, "confidentiality": _TEXT, "origin_country": _TEXT, "host_country": _TEXT,
    "region": _TEXT, "campaign": _TEXT, "summary": _TEXT, "outcome": _TEXT, "tags": _STRINGS,
    "roles": _list(ROLE), "incidents": _list(INCIDENT), "sources": _list(SOURCE), "exhibits": _list(EXHIBIT),
    "interventions": _list(INTERVENTION), "notes": _list(NOTE), "tasks": _list(TASK),
}, ["reference", "title", "status", "campaign", "outcome", "tags", "roles", "incidents", "sources", "exhibits",
    "interventions", "notes", "tasks"])

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "casevault-interchange-v2",
    "title": "CaseVault interchange file, version 2",
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
    },
}


if __name__ == "__main__":
    sys.stdout.write(json.dumps(SCHEMA, indent=2, ensure_ascii=False) + "\n")
