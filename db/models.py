"""Plain records of the vault: the vocabulary of DOMAIN.md as dataclasses. No behaviour beyond
conversion to and from dicts; repositories read and write them, exporters print them.

Every record has a stable UUID `id` (so records can move between laptops), `created_at` and
`updated_at` (UTC, ISO 8601 with milliseconds) and `author`. Repositories fill those three in."""

from __future__ import annotations

import dataclasses
import os
import time
import uuid
from dataclasses import MISSING, dataclass, field
from typing import Any, ClassVar

LATER = "later"  # dataclass field metadata key, see `later`


def new_id() -> str:
    """A UUID version 7 (RFC 9562): random, but ordered by creation time, so that the B-tree
    indexes on ids grow at their end instead of at random places, which keeps bulk writes fast on
    large vaults. It reveals the creation time to the millisecond, which created_at holds anyway."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")  # 80 random bits, 74 used
    value = ((ms & 0xFFFF_FFFF_FFFF) << 80) | (0x7 << 76) | (((rand >> 62) & 0xFFF) << 64) \
        | (0b10 << 62) | (rand & 0x3FFF_FFFF_FFFF_FFFF)
    return str(uuid.UUID(int=value))


def later(default: Any = MISSING, *, default_factory: Any = MISSING) -> Any:
    """A field added to a record after vaults already held records of its kind. While it holds its
    default it is left out of the record's digest (db.repository.record_digest), so a record written
    before the field existed keeps the digest its audit entries recorded, and `verify` still holds
    after the migration that adds the column."""
    if default_factory is not MISSING:
        return field(default_factory=default_factory, metadata={LATER: True})
    return field(default=default, metadata={LATER: True})


_NAMES: dict[type, frozenset[str]] = {}  # the field names of each record class, for from_dict


@dataclass
class Record:
    id: str = field(default_factory=new_id, kw_only=True)
    created_at: str = field(default="", kw_only=True)
    updated_at: str = field(default="", kw_only=True)
    author: str = field(default="", kw_only=True)

    entity: ClassVar[str] = ""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        names = _NAMES.get(cls)
        if names is None:
            names = _NAMES[cls] = frozenset(f.name for f in dataclasses.fields(cls))
        kwargs = {k: v for k, v in data.items() if k in names}
        if cls is Incident and "actors" in kwargs:
            kwargs["actors"] = [a if isinstance(a, Actor) else Actor(**a) for a in kwargs["actors"]]
        return cls(**kwargs)


@dataclass
class Case(Record):
    reference: str
    title: str
    status: str = "open"
    priority: str = "normal"
    confidentiality: str = "confidential"
    origin_country: str = ""
    host_country: str = ""
    region: str = ""
    campaign: str = "unknown"
    summary: str = ""
    outcome: str = "unknown"
    tags: list[str] = field(default_factory=list)

    entity: ClassVar[str] = "case"


@dataclass
class Person(Record):
    name: str  # Latin script (pinyin for Chinese names)
    name_original: str = ""  # as written in the original script, e.g. Hanzi
    aliases: list[str] = field(default_factory=list)
    sex: str = "unknown"
    birth_date: str | None = None  # partial date, see db.dates
    citizenships: list[str] = field(default_factory=list)
    residence_status: str = "unknown"
    occupation: str = ""
    contact_notes: str = ""
    address: str = ""
    consent: str = "none"  # none | authorities | public
    notes: str = ""

    entity: ClassVar[str] = "person"

    def display_name(self) -> str:
        if self.name and self.name_original:
            return f"{self.name} {self.name_original}"
        return self.name or self.name_original


@dataclass
class Organisation(Record):
    name: str
    name_original: str = ""
    kind: str = "other"
    country: str = ""
    notes: str = ""

    entity: ClassVar[str] = "organisation"


@dataclass
class Role(Record):
    case_id: str
    person_id: str
    role: str
    relation: str = ""  # for relatives: parent, spouse, child, sibling, other
    notes: str = ""  # e.g. what happened to a relative in the origin country

    entity: ClassVar[str] = "role"


@dataclass
class Actor:
    """Who acted in an incident, and how: exactly one of person_id and organisation_id is set."""

    degree: str  # carried_out | ordered | suspected
    person_id: str | None = None
    organisation_id: str | None = None


@dataclass
class Incident(Record):
    case_id: str
    tactic: str
    date_start: str | None = None  # partial date
    date_end: str | None = None  # partial date, for a range
    country: str = ""
    city: str = ""
    location: str = ""
    targeted_person_id: str | None = None
    description: str = ""
    verification: str = "unverified"
    actors: list[Actor] = field(default_factory=list)
    source_ids: list[str] = field(default_factory=list)
    exhibit_ids: list[str] = field(default_factory=list)

    entity: ClassVar[str] = "incident"


@dataclass
class Source(Record):
    case_id: str
    kind: str
    citation: str
    date: str | None = None  # partial date
    language: str = ""
    url: str = ""  # text only, never fetched
    reliability: str = "F"  # Admiralty A-F
    credibility: str = "6"  # Admiralty 1-6

    entity: ClassVar[str] = "source"

    @property
    def grade(self) -> str:
        return f"{self.reliability}{self.credibility}"


@dataclass
class Exhibit(Record):
    """An evidence file. Its bytes live in the vault (exhibit_data), never in this object."""

    case_id: str
    number: int
    original_name: str
    mime_type: str
    size: int
    sha256: str
    captured_at: str | None = None  # partial date
    description: str = ""
    shows_person_ids: list[str] = field(default_factory=list)  # who appears in it (dossiers withhold it)
    persons_recorded: bool = later(False)  # someone said who appears in it (an empty list then means nobody)

    entity: ClassVar[str] = "exhibit"

    @property
    def label(self) -> str:
        return f"E-{self.number}"

    @property
    def persons_known(self) -> bool:
        """Whether who appears in it is known: recorded, or (in records older than persons_recorded)
        implied by the persons listed."""
        return self.persons_recorded or bool(self.shows_person_ids)


@dataclass
class Intervention(Record):
    case_id: str
    kind: str
    date: str | None = None
    status: str = "planned"
    response: str = ""
    notes: str = ""

    entity: ClassVar[str] = "intervention"


@dataclass
class Note(Record):
    case_id: str
    body: str

    entity: ClassVar[str] = "note"


@dataclass
class Task(Record):
    case_id: str
    title: str
    due_date: str | None = None
    done: bool = False

    entity: ClassVar[str] = "task"


@dataclass
class CaseFile:
    """One case with everything that hangs off it, as loaded for `show`, the case view and dossiers."""

    case: Case
    roles: list[Role]
    persons: dict[str, Person]  # every person referenced by roles, incidents, actors
    organisations: dict[str, Organisation]
    incidents: list[Incident]  # in date order, unknown dates last
    sources: list[Source]
    exhibits: list[Exhibit]
    interventions: list[Intervention]
    notes: list[Note]
    tasks: list[Task]


ENTITY_TYPES: dict[str, type[Record]] = {
    cls.entity: cls
    for cls in (Case, Person, Organisation, Role, Incident, Source, Exhibit, Intervention, Note, Task)
}
