"""Which incidents cite what, and sources in the order of their numbers: the [n] that dossiers, the
case view and the plain-text case cite sources by (the numbers themselves: db.chronology)."""

from __future__ import annotations

from collections.abc import Iterable

from db.chronology import source_numbers
from db.models import Exhibit, Incident, Person, Source

__all__ = ["incidents_citing", "numbered", "source_numbers"]


def numbered(sources: Iterable[Source]) -> list[tuple[int, Source]]:
    """(number, source) pairs in number order."""
    listed = list(sources)
    numbers = source_numbers(listed)
    return sorted(((numbers[s.id], s) for s in listed), key=lambda pair: (pair[0], pair[1].id))


def incidents_citing(incidents: Iterable[Incident], record: Source | Exhibit | Person) -> list[Incident]:
    """The incidents (of those given) that rest on this source or exhibit, or that name this person
    as a target or as one who acted."""
    rid = record.id
    if isinstance(record, Source):
        return [i for i in incidents if rid in i.source_ids]
    if isinstance(record, Exhibit):
        return [i for i in incidents if rid in i.exhibit_ids]
    return [i for i in incidents if rid in i.target_ids or any(a.person_id == rid for a in i.actors)]
