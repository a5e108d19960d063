"""A vault whose one case holds markup and bidi controls in every free-text field, as an import or
a bundle could bring them: `<img src=MARKER>` (a real file, so that a test can see whether anything
opens it), a link, bold text, and U+202E / a stray U+2069 that would reorder whatever follows.

Used in-process by tests/ui/test_record_text.py and in a child process under strace by
tests/security/markup_session.py."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from db.models import (
    Case,
    ExtraditionRequest,
    Incident,
    InterpolNotice,
    Intervention,
    Note,
    Outcome,
    Person,
    Place,
    Role,
    Source,
    Task,
)
from db.vault import Vault

REFERENCE = "MK-1"
BIDI = "\u202e\u2069gnp.exe\u2066"  # RLO, a stray PDI and an unclosed LRI


def markup(marker: Path, field: str) -> str:
    return (f'<img src="{marker}"><a href="https://example.org/{field}">{field}</a>'
            f"<b>bold</b>{BIDI}")


def _fill(record, marker: Path, skip: tuple[str, ...] = ()):
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if f.name in (*skip, "id", "created_at", "updated_at", "author") or "date" in f.name \
                or f.name.endswith("_id"):
            continue
        if isinstance(value, str) and f.name not in ("status", "priority", "confidentiality", "campaign", "outcome",
                                                      "sex", "residence_status", "consent", "kind", "role",
                                                      "relation", "tactic", "verification", "reliability",
                                                      "credibility", "case_id", "person_id", "mime_type", "sha256",
                                                      "origin_country", "host_country", "country", "language",
                                                      "group_size_qualifier", "date_qualifier", "duration",
                                                      "duration_qualifier", "host_involvement", "request", "decision",
                                                      "copy_kind", "level", "issuing_country", "requesting_country",
                                                      "requested_country", "placed_after"):
            setattr(record, f.name, markup(marker, f.name))
        elif isinstance(value, list) and f.name in ("tags", "aliases"):
            setattr(record, f.name, [markup(marker, f.name)])
    return record


def build(path: Path, passphrase: str, marker: Path) -> str:
    """Create the vault at `path` (its author is markup too); returns the case id."""
    with Vault.create(path, passphrase, author=markup(marker, "author")) as v:
        case = _fill(Case(reference=REFERENCE, title=""), marker, skip=("reference",))
        person = _fill(Person(name=""), marker)
        group = _fill(Person(name="", kind="group", group_size=3), marker)
        with v.write():
            v.repos.cases.add(case)
            v.repos.persons.add(person)
            v.repos.persons.add(group)
            v.repos.roles.add(_fill(Role(case_id=case.id, person_id=group.id, role="relative", relation="other"),
                                    marker))
            v.repos.roles.add(_fill(Role(case_id=case.id, person_id=person.id, role="target"), marker))
            source = v.repos.sources.add(_fill(Source(case_id=case.id, kind="interview", citation=""), marker))
            exhibit = v.repos.exhibits.add_file(case.id, b"text", markup(marker, "original_name") + ".txt",
                                                description=markup(marker, "description"))
            v.repos.incidents.add(_fill(Incident(
                case_id=case.id, tactic="threat_online", target_ids=[person.id, group.id], date_start="2024-03",
                places=[Place(country="CN", city=markup(marker, "city"), location=markup(marker, "location")),
                        Place("target_in", country="CA")],
                source_ids=[source.id], exhibit_ids=[exhibit.id]), marker))
            notice = v.repos.notices.add(_fill(InterpolNotice(case_id=case.id, subject_id=person.id,
                                                              source_ids=[source.id]), marker))
            v.repos.extraditions.add(_fill(ExtraditionRequest(case_id=case.id, subject_id=person.id), marker))
            v.repos.outcomes.add(_fill(Outcome(case_id=case.id, outcome="not_returned"), marker))
            v.repos.interventions.add(_fill(Intervention(case_id=case.id, kind="interpol_ccf_request",
                                                         claimant_id=person.id, concerns_id=notice.id), marker))
            v.repos.notes.add(_fill(Note(case_id=case.id, body=""), marker))
            v.repos.tasks.add(_fill(Task(case_id=case.id, title=""), marker))
        return case.id
