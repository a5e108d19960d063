"""Redaction profiles: who may be named in an exported document, applied to a copy of a CaseFile.
Pure data, no ReportLab: any exporter (PDF, a future public JSON) can reuse it.

- legal: a person is named if their consent allows naming to authorities ('authorities' or
  'public'); everyone else becomes a pseudonym.
- public: only persons with consent 'public' are named; contact details and exact addresses
  (person address, contact notes, the incident's free-text location) are dropped for everyone.

A person not named becomes "Person A", "Person B", ... the same letter everywhere in the
document: the cast, the chronology and every free text (titles, summaries, descriptions,
citations, file names), where their recorded names, original-script names and aliases are
replaced. Their birth date, citizenships, occupation, aliases and contact details are left out.
Letters follow the cast order (targets first, then relatives, then other roles, then persons only
named in incidents), each group by the record's creation time, so re-exporting the same case gives
the same letters. An exhibit that shows a person who is not named (or whose consent is not known
to this case file) is listed but not reproduced, in both profiles.

Limits (say them to users): a free text that names a person by a spelling not recorded as their
name or alias is not caught; keep aliases complete before exporting a public dossier.

The CaseFile passed in is never changed. Pure functions, any thread."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, replace
from string import ascii_uppercase

from db.models import CaseFile, Person, Role

PROFILES = {
    "legal": "Legal: persons are named where they consented to be named to authorities",
    "public": "Public: only persons who consented to publication are named; contact details and "
              "exact addresses are left out",
}
_NAMED_CONSENT = {"legal": {"authorities", "public"}, "public": {"public"}}
_ROLE_RANK = {"target": 0, "relative": 1}


def pseudonym(n: int) -> str:
    """'Person A' for 0, ... 'Person Z', 'Person AA', 'Person AB', ..."""
    letters = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = ascii_uppercase[rest] + letters
    return f"Person {letters}"


@dataclass(frozen=True)
class Redaction:
    """The redacted copy and what was done to make it."""

    profile: str
    case_file: CaseFile  # the copy to print; persons not named carry their pseudonym as name
    pseudonyms: dict[str, str]  # person id -> "Person A"
    withheld_exhibit_ids: frozenset[str]  # listed, not reproduced
    _patterns: tuple[tuple[re.Pattern[str], str], ...]

    def scrub(self, text: str) -> str:
        """`text` with every recorded name of a person not named replaced by their pseudonym."""
        return _apply(self._patterns, text)

    def is_named(self, person_id: str) -> bool:
        return person_id not in self.pseudonyms


def redact(case_file: CaseFile, profile: str) -> Redaction:
    """Apply `profile` ('legal' or 'public') to a deep copy of `case_file`."""
    if profile not in PROFILES:
        raise ValueError(f"unknown redaction profile {profile!r}")
    cf = copy.deepcopy(case_file)
    order = _cast_order(cf)
    hidden = [pid for pid in order if cf.persons[pid].consent not in _NAMED_CONSENT[profile]]
    names = {pid: pseudonym(n) for n, pid in enumerate(hidden)}
    patterns = _patterns(cf, names)
    public = profile == "public"

    def scrub(text: str) -> str:
        return _apply(patterns, text)

    for pid, person in list(cf.persons.items()):
        if pid in names:
            cf.persons[pid] = Person(name=names[pid], residence_status=person.residence_status,
                                     consent=person.consent, id=pid)
        else:
            cf.persons[pid] = replace(person, contact_notes="" if public else scrub(person.contact_notes),
                                      address="" if public else scrub(person.address), notes=scrub(person.notes),
                                      occupation=scrub(person.occupation))
    c = cf.case
    cf.case = replace(c, title=scrub(c.title), summary=scrub(c.summary), tags=[scrub(t) for t in c.tags],
                      region=scrub(c.region))
    cf.roles = [replace(r, notes=scrub(r.notes)) for r in cf.roles]
    cf.organisations = {k: replace(o, notes=scrub(o.notes)) for k, o in cf.organisations.items()}
    cf.incidents = [replace(i, description=scrub(i.description), city=scrub(i.city),
                            location="" if public else scrub(i.location)) for i in cf.incidents]
    cf.sources = [replace(s, citation=scrub(s.citation), url=scrub(s.url)) for s in cf.sources]
    withheld = frozenset(e.id for e in cf.exhibits
                         if any(p in names or p not in cf.persons for p in e.shows_person_ids))
    cf.exhibits = [replace(e, original_name=scrub(e.original_name), description=scrub(e.description),
                           shows_person_ids=list(e.shows_person_ids)) for e in cf.exhibits]
    cf.interventions = [replace(i, response=scrub(i.response), notes=scrub(i.notes)) for i in cf.interventions]
    cf.notes = [replace(n, body=scrub(n.body), author="") for n in cf.notes]
    cf.tasks = [replace(t, title=scrub(t.title)) for t in cf.tasks]
    return Redaction(profile, cf, names, withheld, patterns)


def cast_key(role: Role) -> tuple[int, str, str]:
    """Sort key of the cast: targets, relatives, other roles; then by creation."""
    return _ROLE_RANK.get(role.role, 2), role.created_at, role.id


def _cast_order(cf: CaseFile) -> list[str]:
    """Person ids in cast order: by role (targets, relatives, others), then persons only in incidents."""
    seen: dict[str, None] = {}
    for r in sorted(cf.roles, key=cast_key):
        if r.person_id in cf.persons:
            seen.setdefault(r.person_id)
    rest = sorted((p for pid, p in cf.persons.items() if pid not in seen), key=lambda p: (p.created_at, p.id))
    for p in rest:
        seen.setdefault(p.id)
    return list(seen)


def _patterns(cf: CaseFile, names: dict[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """One regular expression per recorded spelling of each hidden person, longest spelling first so
    'Lin Xiaomei' is replaced before a shorter alias could cut it."""
    spellings: list[tuple[str, str]] = []
    for pid, alias in names.items():
        p = cf.persons[pid]
        forms = [p.name, p.name_original, *p.aliases]
        parts = p.name.split()
        if len(parts) == 2:  # family name first or last: "Lin Xiaomei" and "Xiaomei Lin"
            forms.append(f"{parts[1]} {parts[0]}")
        spellings += [(f.strip(), alias) for f in forms if len(f.strip()) >= 2]
    spellings.sort(key=lambda s: -len(s[0]))
    out = []
    for spelling, alias in spellings:
        body = r"\s+".join(re.escape(w) for w in spelling.split())
        if re.search(r"[A-Za-z0-9]", spelling[0] + spelling[-1]):
            body = rf"(?<![\w]){body}(?![\w])"  # whole words for Latin script; Han has no spaces
        out.append((re.compile(body, re.IGNORECASE), alias))
    return tuple(out)


def _apply(patterns: tuple[tuple[re.Pattern[str], str], ...], text: str) -> str:
    for pattern, alias in patterns:
        text = pattern.sub(alias, text)
    return text
