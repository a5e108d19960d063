"""record_digest: one digest of a record's content, equal to the canonical JSON's SHA-256, and stable
when a field is added to a record type later (db.models.later)."""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field

from hypothesis import given
from hypothesis import strategies as st

from db.audit import canonical
from db.models import LATER, Actor, Custody, Exhibit, Incident, Note, Place, Record, later
from db.repository import record_dict, record_digest


def slow_digest(record: Record, omit: tuple[str, ...] | None = None) -> str:
    """The digest by its definition: canonical JSON of record_dict, leaving out the fields declared
    with db.models.later while they hold their default (or exactly `omit`)."""
    if omit is None:
        omit = tuple(f.name for f in dataclasses.fields(record) if f.metadata.get(LATER)
                     and getattr(record, f.name) == (f.default_factory() if f.default_factory is not dataclasses.MISSING
                                                     else f.default))
    data = {k: v for k, v in record_dict(record).items() if k not in omit}
    return hashlib.sha256(canonical(data).encode()).hexdigest()


@dataclass
class Before(Record):
    body: str
    tags: list[str] = field(default_factory=list)


@dataclass
class After(Record):
    body: str
    tags: list[str] = field(default_factory=list)
    shown: bool = later(False)
    places: list[str] = later(default_factory=list)


text = st.text(max_size=20)


@given(text, st.lists(text, max_size=3))
def test_a_later_field_at_its_default_keeps_the_old_digest(body, tags):
    old = Before(body=body, tags=tags, id="r1", created_at="t", updated_at="t", author="a")
    new = After(body=body, tags=tags, id="r1", created_at="t", updated_at="t", author="a")
    assert record_digest(new) == record_digest(old) == slow_digest(old)


@given(text, st.booleans(), st.lists(text, max_size=3))
def test_a_later_field_counts_once_it_holds_a_value(body, shown, places):
    new = After(body=body, shown=shown, places=places, id="r1")
    omit = tuple(n for n, default in (("shown", False), ("places", [])) if getattr(new, n) == default)
    assert record_digest(new) == slow_digest(new, omit)
    if shown or places:
        assert record_digest(new) != record_digest(Before(body=body, id="r1"))


@given(st.text(), st.lists(st.sampled_from(["carried_out", "ordered"]), max_size=3))
def test_fast_digest_matches_canonical_json(description, degrees):
    incident = Incident(case_id="c", tactic="other", description=description,
                        actors=[Actor(degree=d, person_id=f"p{n}") for n, d in enumerate(degrees)])
    assert record_digest(incident) == slow_digest(incident)
    note = Note(case_id="c", body=description)
    assert record_digest(note) == slow_digest(note)


@given(st.text(max_size=20), st.lists(st.sampled_from(["CN", "CA", ""]), max_size=3), st.booleans())
def test_nested_records_digest_as_their_dicts(text, countries, custody):
    incident = Incident(case_id="c", tactic="other", places=[Place(country=c, city=text) for c in countries],
                        target_ids=[text] if text else [], date_qualifier="early" if custody else "")
    assert record_digest(incident) == slow_digest(incident)
    exhibit = Exhibit(case_id="c", number=1, original_name=text or "f", mime_type="x", size=1, sha256="0" * 64,
                      custody=[Custody("collected", method=text)] if custody else [])
    assert record_digest(exhibit) == slow_digest(exhibit)
