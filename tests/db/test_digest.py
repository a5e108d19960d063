"""record_digest: one digest of a record's content, equal to the canonical JSON's SHA-256, and stable
when a field is added to a record type later (db.models.later)."""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from db import models, repository
from db.audit import canonical
from db.models import LATER, Actor, Custody, Exhibit, Incident, Note, Place, Record, later
from db.repository import _json_digest, record_dict, record_digest


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


class Text(str):
    pass


# Values a field might hold, well-formed or not: what the fast path writes itself and what it must
# leave to json's encoding (floats, big numbers, subclasses, text that is not valid Unicode, tuples).
_odd = st.one_of(
    st.text(), st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True), st.text().map(Text), st.just("\ud800 lone surrogate"),
    st.lists(st.text(), max_size=3), st.lists(st.one_of(st.text(), st.integers(), st.floats()), max_size=3),
    st.tuples(st.text()), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
_place = st.builds(Place, role=st.sampled_from(["took_place", "origin"]), country=st.sampled_from(["", "CN"]),
                   city=st.one_of(st.text(), st.none(), st.integers(), st.floats()), location=st.text())
_actor = st.builds(Actor, degree=st.one_of(st.text(), st.integers()), person_id=st.one_of(st.none(), st.text()),
                   organisation_id=st.one_of(st.none(), st.text()))
_custody = st.builds(Custody, action=st.text(), date=st.one_of(st.none(), st.text()), method=st.one_of(st.text(),
                                                                                                     st.floats()))


def _same_as_json(record: Record) -> None:
    try:
        expected: str | type[BaseException] = _json_digest(record)
    except Exception as exc:  # json's encoding refuses it (a lone surrogate): so must the fast path
        expected = type(exc)
    if isinstance(expected, str):
        assert record_digest(record) == expected, repr(record)
    else:
        try:
            record_digest(record)
        except Exception as exc:
            assert type(exc) is expected
        else:
            raise AssertionError(f"record_digest accepted what json refused ({expected.__name__}): {record!r}")


_KINDS = [c for c in vars(models).values() if isinstance(c, type) and issubclass(c, Record) and c is not Record]


@settings(max_examples=400)
@given(st.sampled_from(_KINDS), st.data())
def test_fast_digest_is_json_digest_for_any_values(cls, data):
    """Every kind of record, each field given well-formed or odd values: the orjson path gives json's
    digest, or leaves the record to json's encoding (which raises where it raises)."""
    record = cls.__new__(cls)
    for f in dataclasses.fields(cls):
        if f.name == "places":
            value = data.draw(st.one_of(st.lists(_place, max_size=2), _odd))
        elif f.name == "actors":
            value = data.draw(st.one_of(st.lists(_actor, max_size=2), st.lists(_place, max_size=1), _odd))
        elif f.name == "custody":
            value = data.draw(st.one_of(st.lists(_custody, max_size=2), _odd))
        elif data.draw(st.integers(0, 7)):  # most fields hold what they are meant to
            default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
            value = default if default is not dataclasses.MISSING else data.draw(st.text())
            if isinstance(value, str) and data.draw(st.booleans()):
                value = data.draw(st.text())
        else:
            value = data.draw(_odd)
        setattr(record, f.name, value)
    _same_as_json(record)


def test_fast_digest_of_bench_records_is_json_digest():
    """The records a bulk import writes (bench.synth's shape) take the fast path and give json's digest."""
    incident = Incident(case_id="c", tactic="threats", date_start="2020-01",
                        places=[Place(country="CA", city="Montréal")], target_ids=["p"],
                        description="menace 王伟 \u2028 \x00", actors=[Actor("carried_out", None, "o")],
                        source_ids=["s"], created_at="2026-01-01T00:00:00.000Z", author="a")
    assert record_digest(incident) == _json_digest(incident) == slow_digest(incident)
    assert incident.__class__ in repository._FAST
