"""Plain records of the vault: the vocabulary of DOMAIN.md as dataclasses. No behaviour beyond
conversion to and from dicts; repositories read and write them, exporters print them.

Every record has a stable UUID `id` (so records can move between laptops), `created_at` and
`updated_at` (UTC, ISO 8601 with milliseconds) and `author`. Repositories fill those three in."""

from __future__ import annotations

import dataclasses
import os
import threading
import time
import uuid
from dataclasses import MISSING, dataclass, field
from typing import Any, ClassVar

LATER = "later"  # dataclass field metadata key, see `later`


_LAST = [0, 0]  # (ms, random part) of the last id made, for monotonic ids within a millisecond
_LOCK = threading.Lock()


def new_id() -> str:
    """A UUID version 7 (RFC 9562): random, but ordered by creation time, so that the B-tree
    indexes on ids grow at their end instead of at random places, which keeps bulk writes fast on
    large vaults. It reveals the creation time to the millisecond, which created_at holds anyway.
    Ids made in the same millisecond by this process follow each other (RFC 9562 method 3: the
    random part is incremented), so records created together keep their order wherever ties are
    broken by id (the cast, a chronology's same-day incidents)."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big") & ((1 << 74) - 1)  # 74 random bits
    with _LOCK:
        if ms <= _LAST[0]:
            ms, rand = _LAST[0], _LAST[1] + 1 + (rand & 0xFFFF)
            if rand >> 74:  # (never in practice) the millisecond is used up: take the next one
                ms, rand = ms + 1, rand & 0xFFFF
        _LAST[0], _LAST[1] = ms, rand
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


_MAKERS: dict[type, Any] = {}  # record class -> its from_dict, see _maker
_UNSET = object()


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
        """The record `data` describes: its keys that name fields, small records of NESTED given as
        dicts; as `cls(**fields)` makes it, and raising the same TypeError when it would."""
        make = _MAKERS.get(cls)
        if make is None:
            make = _MAKERS[cls] = _maker(cls)
        return make(data)  # type: ignore[no-any-return]


def _maker(cls: type[Record]) -> Any:
    """from_dict for `cls`. Making a record of twenty fields through its __init__ is mostly matching
    each keyword to a parameter; this fills the instance's attributes from a copy of its defaults,
    in field order, as __init__ would (which it still does when a required field is missing, for
    its message)."""
    fields = dataclasses.fields(cls)
    names = frozenset(f.name for f in fields)
    template = {f.name: f.default if f.default is not MISSING else _UNSET for f in fields}
    factories = tuple((f.name, f.default_factory) for f in fields if f.default_factory is not MISSING)
    required = frozenset(f.name for f in fields if f.default is MISSING and f.default_factory is MISSING)
    nested = tuple(NESTED.get(cls.entity, {}).items())
    direct = all(f.init for f in fields) and not hasattr(cls, "__post_init__")

    def make(data: dict[str, Any]) -> Any:
        given = data if names.issuperset(data) else {k: v for k, v in data.items() if k in names}
        plain = direct and given.keys() >= required
        values = template.copy() if plain else {}
        values.update(given)
        for name, item in nested:
            if isinstance(values.get(name), list):
                values[name] = [x if isinstance(x, item) else item(**x) for x in values[name]]
        if not plain:
            return cls(**values)
        for name, factory in factories:
            if values[name] is _UNSET:
                values[name] = factory()  # type: ignore[misc]
        record = object.__new__(cls)
        record.__dict__ = values
        return record

    return make


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
    # A person record may stand for several people known only together ("relatives in China") or
    # for someone whose name is unknown; `name` then describes them instead of naming them.
    kind: str = later("individual")  # vocab.PERSON_KIND
    group_size: int | None = later(None)  # a group's number of people, None when unknown
    group_size_qualifier: str = later("")  # vocab.GROUP_SIZE: "at_least", "about"; "": exactly
    member_ids: list[str] = later(default_factory=list)  # persons known to belong to the group
    categories: list[str] = later(default_factory=list)  # vocab.TARGET_CATEGORY, for statistics

    entity: ClassVar[str] = "person"

    def display_name(self) -> str:
        if self.name and self.name_original:
            return f"{self.name} {self.name_original}"
        return self.name or self.name_original

    @property
    def is_named_person(self) -> bool:
        """An individual whose name is recorded (groups and unidentified persons are described)."""
        return self.kind == "individual"

    def headcount(self) -> int | None:
        """How many people the record stands for: 1 for one person, a group's size (None: unknown)."""
        return self.group_size if self.kind == "group" else 1


@dataclass
class Organisation(Record):
    name: str
    name_original: str = ""
    kind: str = "other"
    country: str = ""
    notes: str = ""
    level: str = later("")  # vocab.ORGANISATION_LEVEL: national, provincial, city, county
    city: str = later("")  # where it sits (an overseas police station's city)
    parent_id: str | None = later(None)  # the body it belongs to or that runs it (a station's bureau)

    entity: ClassVar[str] = "organisation"


@dataclass
class Role(Record):
    case_id: str
    person_id: str
    role: str
    relation: str = ""  # to the target, for relatives and associates: vocab.RELATION
    notes: str = ""  # e.g. what happened to a relative in the origin country

    entity: ClassVar[str] = "role"


@dataclass
class Actor:
    """Who acted in an incident, and how: exactly one of person_id and organisation_id is set."""

    degree: str  # carried_out | ordered | suspected
    person_id: str | None = None
    organisation_id: str | None = None


@dataclass
class Place:
    """Where an incident happened, or one end of it (pressure applied in Yantai on someone living
    in Toronto is one act with two places)."""

    role: str = "took_place"  # vocab.PLACE_ROLE
    country: str = ""  # ISO 3166-1 alpha-2
    city: str = ""
    location: str = ""  # an address or a description of the spot; public dossiers leave it out


@dataclass
class Incident(Record):
    """One act: a tactic, when, where (one or more places), against whom (one or more targets:
    persons, groups or unidentified persons), who acted and how."""

    case_id: str
    tactic: str
    date_start: str | None = None  # partial date
    date_end: str | None = None  # partial date, for a range
    target_ids: list[str] = field(default_factory=list)  # persons (or groups) it was aimed at
    places: list[Place] = field(default_factory=list)
    description: str = ""
    verification: str = "unverified"
    actors: list[Actor] = field(default_factory=list)
    source_ids: list[str] = field(default_factory=list)
    exhibit_ids: list[str] = field(default_factory=list)
    date_qualifier: str = later("")  # vocab.DATE_QUALIFIER: "early June 2015", "before 18 January 2022"
    duration: str = later("")  # how long it lasted, ISO 8601 (P6Y, P3M, P20D)
    duration_qualifier: str = later("")  # vocab.DURATION_QUALIFIER: "more than six years"
    host_involvement: str = later("")  # vocab.HOST_INVOLVEMENT: the host state's part
    placed_after: str | None = later(None)  # undated: the incident it follows ("start": first)

    entity: ClassVar[str] = "incident"

    @property
    def countries(self) -> list[str]:
        return [p.country for p in self.places if p.country]


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
    number: int | None = later(None)  # its citation number in the case, kept when others are added
    title: str = later("")
    authors: str = later("")  # who wrote or made it (Record.author is who recorded it here)
    outlet: str = later("")  # the newspaper, publisher, channel or organisation that published it
    based_on_id: str | None = later(None)  # a source of the case this one reports (an NGO report...)

    entity: ClassVar[str] = "source"

    @property
    def grade(self) -> str:
        return f"{self.reliability}{self.credibility}"


@dataclass
class Custody:
    """One step of an exhibit's chain of custody: who collected, received, handed over, copied or
    stored it, when, how, where, and to whom it went."""

    action: str  # vocab.CUSTODY_ACTION
    date: str | None = None  # partial date
    by_id: str | None = None  # the person who did it
    to_id: str | None = None  # the person it was handed to
    method: str = ""  # how: "screenshots on the target's phone", "sealed envelope"
    place: str = ""  # where, or from where
    notes: str = ""


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
    language: str = later("")  # of its content: zh, en, fr...
    copy_kind: str = later("")  # vocab.COPY_KIND: original, certified or working copy, translation
    derived_from_id: str | None = later(None)  # the exhibit this one is a copy or translation of
    translator_id: str | None = later(None)  # a translation's translator (a person of the case)
    custody: list[Custody] = later(default_factory=list)  # its chain of custody, in order

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
    # A filing: to whom, under which numbers, for whom and by which counsel.
    addressee_id: str | None = later(None)  # organisation it went to (RCMP, CSIS, IRB, the CCF...)
    file_number: str = later("")  # the addressee's file number (IRB file, CCF reference, police occurrence)
    claimant_id: str | None = later(None)  # the person it is filed for (claimant, applicant, complainant)
    uci: str = later("")  # the claimant's IRCC Unique Client Identifier (Canadian filings)
    counsel_id: str | None = later(None)  # counsel of record (a person of the case)
    # A request about a notice or an extradition request of the case (a CCF request), and its answer.
    concerns_id: str | None = later(None)  # an InterpolNotice or ExtraditionRequest of the case
    request: str = later("")  # vocab.INTERVENTION_REQUEST: access, correction, deletion...
    decision: str = later("")  # vocab.DECISION
    decision_date: str | None = later(None)  # partial date

    entity: ClassVar[str] = "intervention"


@dataclass
class InterpolNotice(Record):
    """An Interpol notice or diffusion about a person, with its life: who issued it, when, for what,
    and what became of it. Requests to the CCF about it are interventions (concerns_id)."""

    case_id: str
    kind: str = "red_notice"  # vocab.NOTICE_KIND
    subject_id: str | None = None  # the person it seeks
    issuing_country: str = ""  # ISO 3166-1 alpha-2
    issuing_bureau_id: str | None = None  # organisation: the National Central Bureau
    reference: str = ""  # the notice's or diffusion's number, if known
    date: str | None = None  # issued (partial date)
    charge: str = ""  # the offence it names
    status: str = "unknown"  # vocab.NOTICE_STATUS
    status_date: str | None = None  # since when (partial date)
    notes: str = ""
    source_ids: list[str] = field(default_factory=list)

    entity: ClassVar[str] = "interpol_notice"


@dataclass
class ExtraditionRequest(Record):
    """A request by one state to another to surrender a person, with its life."""

    case_id: str
    subject_id: str | None = None
    requesting_country: str = ""  # ISO 3166-1 alpha-2
    requested_country: str = ""
    reference: str = ""
    date: str | None = None  # made (partial date)
    charge: str = ""
    status: str = "unknown"  # vocab.EXTRADITION_STATUS
    status_date: str | None = None
    notes: str = ""
    source_ids: list[str] = field(default_factory=list)

    entity: ClassVar[str] = "extradition_request"


@dataclass
class Outcome(Record):
    """One dated state of a case's outcome: a case's outcome changes over time (returned, then
    prosecuted, then dropped), and several may hold at once (not returned; relatives punished).
    Case.outcome is the current one, shown in lists."""

    case_id: str
    outcome: str  # vocab.OUTCOME
    date: str | None = None  # partial date
    date_qualifier: str = ""  # vocab.DATE_QUALIFIER
    notes: str = ""
    source_ids: list[str] = field(default_factory=list)

    entity: ClassVar[str] = "outcome"


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
    incidents: list[Incident]  # in chronological order (db.chronology)
    sources: list[Source]
    exhibits: list[Exhibit]
    interventions: list[Intervention]
    notes: list[Note]
    tasks: list[Task]
    notices: list[InterpolNotice] = field(default_factory=list)
    extraditions: list[ExtraditionRequest] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)  # in date order


ENTITY_TYPES: dict[str, type[Record]] = {
    cls.entity: cls
    for cls in (Case, Person, Organisation, Role, Incident, Source, Exhibit, Intervention, InterpolNotice,
                ExtraditionRequest, Outcome, Note, Task)
}
# List fields whose items are small records of their own (kept in link tables, part of the record).
NESTED: dict[str, dict[str, type]] = {"incident": {"actors": Actor, "places": Place}, "exhibit": {"custody": Custody}}
