"""docs/dossier.md says what the code does: the allow-lists of both profiles and the field limits."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from db.models import ENTITY_TYPES
from exporters.pdf.redaction import FIELD_CAP, LINE_CAP, RULES, rules_table

DOC = (Path(__file__).resolve().parents[2] / "docs" / "dossier.md").read_text(encoding="utf-8")


def test_the_documented_allow_lists_are_the_ones_the_code_applies():
    assert rules_table() in DOC


def test_every_field_of_every_record_has_a_documented_decision():
    table = rules_table()
    for entity, cls in ENTITY_TYPES.items():
        for name in (f.name for f in dataclasses.fields(cls)):
            linked = any(RULES[p].get(entity, {}).get(name) == "link" for p in RULES)
            if name in ("id", "created_at", "updated_at", "author") or linked:
                continue
            assert f"| {entity} | {name} |" in table, (entity, name)


def test_the_documented_limits_are_the_code_s():
    assert f"{FIELD_CAP:,} characters or {LINE_CAP:,} lines" in DOC
