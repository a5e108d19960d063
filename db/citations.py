"""Which incidents cite what, and source numbers: the [n] that dossiers, the case view and the
plain-text case cite sources by.

A source's number is its place in the order sources were added to the case (`created_at`), so that
adding a source, even an older one, renumbers no citation; `created_at` travels with the record
through bundles and interchange files, so every vault numbers a case's sources alike. Sources added
in the same millisecond (an import, a bulk entry) are ordered among themselves by their date, then
id: a pure function of the records, never of the order a query returned them in."""

from __future__ import annotations

from collections.abc import Iterable

from db.models import Exhibit, Incident, Person, Source


def _key(source: Source) -> tuple[str, bool, str, str]:
    return (source.created_at, source.date is None or source.date == "", source.date or "", source.id)


def numbered(sources: Iterable[Source]) -> list[tuple[int, Source]]:
    """(number, source) pairs in number order, from 1."""
    return list(enumerate(sorted(sources, key=_key), 1))


def source_numbers(sources: Iterable[Source]) -> dict[str, int]:
    """Source id -> its number."""
    return {s.id: n for n, s in numbered(sources)}


def incidents_citing(incidents: Iterable[Incident], record: Source | Exhibit | Person) -> list[Incident]:
    """The incidents (of those given) that rest on this source or exhibit, or that name this person
    as targeted or as one who acted."""
    rid = record.id
    if isinstance(record, Source):
        return [i for i in incidents if rid in i.source_ids]
    if isinstance(record, Exhibit):
        return [i for i in incidents if rid in i.exhibit_ids]
    return [i for i in incidents if i.targeted_person_id == rid or any(a.person_id == rid for a in i.actors)]
