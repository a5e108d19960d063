"""check_limits: the one-call screen (orjson) gives the verdict and the message of the field-by-field
check (_check_limits) on any record, well-formed or hostile."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from db import models
from db.errors import ValidationError
from db.models import Record
from db.repository import MAX_INT, MAX_ITEMS, MAX_TEXT, _check_limits, check_limits

_KINDS = [c for c in vars(models).values() if isinstance(c, type) and issubclass(c, Record) and c is not Record]


class Text(str):
    pass


_value = st.one_of(
    st.text(), st.none(), st.booleans(), st.floats(),
    st.integers(min_value=-2**70, max_value=2**70),
    st.sampled_from([MAX_INT, MAX_INT + 1, -MAX_INT, -MAX_INT - 1, 2**63, 2**64]),
    st.just("bad \udc80 text"), st.text().map(Text), st.text().map(lambda t: t + "\ud83d"),
    st.lists(st.text(max_size=3), max_size=4), st.lists(st.one_of(st.text(), st.integers(), st.none()), max_size=3),
    st.sampled_from(["x" * MAX_TEXT, "x" * (MAX_TEXT + 1), "é" * (MAX_TEXT // 2 + 1), "中" * (MAX_TEXT + 1)]),
    st.sampled_from([[""] * MAX_ITEMS, [""] * (MAX_ITEMS + 1), [0] * (MAX_ITEMS + 1), ["\ud800"] * 2]),
    st.lists(st.builds(models.Place, city=st.text()), max_size=2),
)


def _verdict(check, record: Record) -> str | None:
    try:
        check(record)
    except ValidationError as exc:
        return str(exc)
    return None


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_KINDS), st.data())
def test_the_screen_gives_the_field_by_field_verdict(cls, data):
    record = cls.__new__(cls)
    for f in dataclasses.fields(cls):
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        odd = default is dataclasses.MISSING or not data.draw(st.integers(0, 3))
        setattr(record, f.name, data.draw(_value) if odd else default)
    assert _verdict(check_limits, record) == _verdict(_check_limits, record)


def test_records_near_the_limits():
    note = models.Note(case_id="c", body="x" * MAX_TEXT)
    assert _verdict(check_limits, note) is None
    note.body += "x"
    assert "at most 1,000,000" in _verdict(check_limits, note)
    person = models.Person(name="p", aliases=[""] * MAX_ITEMS)
    assert _verdict(check_limits, person) is None
    person.aliases.append("")
    expected = f"aliases: has {MAX_ITEMS + 1:,} entries; at most {MAX_ITEMS:,} are allowed"
    assert _verdict(check_limits, person) == expected
    source = models.Source(case_id="c", kind="other", citation="c", number=MAX_INT)
    assert _verdict(check_limits, source) is None
    source.number = -MAX_INT - 1
    assert "too large" in _verdict(check_limits, source)
    assert "not valid Unicode" in _verdict(check_limits, models.Note(case_id="c", body="\ud800"))
