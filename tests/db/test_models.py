"""Record.from_dict makes exactly the record the class's constructor makes from the same fields
(attributes, their order, fresh lists for defaults, small records from dicts), ignores keys that
are not fields, and fails with the constructor's own TypeError."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.models import ENTITY_TYPES, NESTED, Actor, Incident, Person, Place

VALUES = st.none() | st.booleans() | st.integers(-2, 2) | st.text(max_size=4) | st.lists(st.text(max_size=2),
                                                                                         max_size=2)


def by_constructor(cls, data):
    """from_dict as the constructor alone does it."""
    names = {f.name for f in dataclasses.fields(cls)}
    kwargs = {k: v for k, v in data.items() if k in names}
    for name, item in NESTED.get(cls.entity, {}).items():
        if isinstance(kwargs.get(name), list):
            kwargs[name] = [x if isinstance(x, item) else item(**x) for x in kwargs[name]]
    return cls(**kwargs)


@settings(max_examples=300, deadline=None)
@given(entity=st.sampled_from(sorted(ENTITY_TYPES)), data=st.data())
def test_from_dict_makes_what_the_constructor_makes(entity, data):
    cls = ENTITY_TYPES[entity]
    names = [f.name for f in dataclasses.fields(cls)]
    values = {n: data.draw(VALUES) for n in data.draw(st.lists(st.sampled_from(names), unique=True))}
    for name, item in NESTED.get(entity, {}).items():
        if name in values and data.draw(st.booleans()):
            values[name] = [{f.name: "x" for f in dataclasses.fields(item) if f.default is dataclasses.MISSING}]
    values.update(data.draw(st.dictionaries(st.sampled_from(["revision", "data", "case", "Name"]), VALUES,
                                            max_size=2)))
    try:
        expected = by_constructor(cls, values)
    except TypeError as exc:
        with pytest.raises(TypeError) as raised:
            cls.from_dict(values)
        assert str(raised.value) == str(exc)
        return
    made = cls.from_dict(values)
    assert type(made) is cls
    if "id" not in values:
        assert made.id != expected.id, "a new id for each record"
        expected.id = made.id
    assert made == expected and list(vars(made).items()) == list(vars(expected).items())


def test_default_lists_are_not_shared_and_small_records_are_made_from_dicts():
    a, b = Person.from_dict({"name": "A"}), Person.from_dict({"name": "B"})
    a.aliases.append("x")
    assert b.aliases == [] and a.id != b.id
    incident = Incident.from_dict({"case_id": "c", "tactic": "t", "places": [{"country": "CN"}, Place(city="Lyon")],
                                   "actors": [{"degree": "ordered", "person_id": "p"}]})
    assert incident.places == [Place(country="CN"), Place(city="Lyon")]
    assert incident.actors == [Actor("ordered", person_id="p")]


@pytest.mark.parametrize("data, message", [
    ({}, "missing 1 required positional argument: 'name'"),
    ({"name": "A", "places": [{"town": "x"}]}, None),  # not an incident: places is no field of a person
])
def test_a_missing_field_gets_the_constructors_message(data, message):
    if message is None:
        assert Person.from_dict(data).name == "A"
        return
    with pytest.raises(TypeError, match=message):
        Person.from_dict(data)
    with pytest.raises(TypeError, match="unexpected keyword argument 'town'"):
        Incident.from_dict({"case_id": "c", "tactic": "t", "places": [{"town": "x"}]})
