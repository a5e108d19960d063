"""Redaction profiles: what an exported document may print of a case, applied to a copy of a
CaseFile. Pure data, no ReportLab: any exporter (PDF, a future public JSON) can reuse it.

Each profile is an allow-list (RULES): a field is printed only when its profile lists it, as
stored (AS_IS: codes, dates, numbers) or as free text (TEXT) with the names of persons who may not
be named replaced by their pseudonym. Every other field is left out (blanked in the copy, and the
dossier leaves its row out). LINK fields (ids, lists of ids) only connect records and are never
printed. docs/dossier.md shows both lists (`rules_table()` writes them).

- legal: a person is named if their consent allows naming to authorities ('authorities' or
  'public'); everyone else becomes a pseudonym.
- A group ("relatives in China") or an unidentified person ("man who approached him") is described,
  not named: in the legal profile the description prints, with the names of persons who may not be
  named replaced ("described person"); each known member of a group is a person of their own and
  follows their own consent.
- public: only persons with consent 'public' are named, groups and unidentified persons included
  (a description such as "Xie Jianguo and Li Hua" names people); contact details, addresses, exact
  places, case status, priority, confidentiality and tags, interventions and tasks are left out,
  and contact details found in free text (e-mail addresses, phone numbers, messenger handles:
  exporters.pdf.contacts) are replaced by "[contact withheld]".

A person not named becomes "Person A", "Person B", ... the same letter everywhere in the document;
a group "Group C (2 people)" (in the document's language: redact(language=...)).
Letters follow the cast order (targets first, then relatives, then other roles, then persons only
named in incidents or exhibits), each group by the record's creation time, so re-exporting the same
case gives the same letters. Persons of other cases who may not be named (`others`) get the letters
after those, in creation order: their names are replaced wherever this case's text mentions them.

Names are found by db.names (every spelling db.normalise treats as the same; see its limits) in
the text as it will print (db.normalise.printable): what is matched is what is printed. A group's
or an unidentified person's description is also matched in its parts, split on list separators
("Xie Jianguo and Li Hua", "谢建国、李华": each name alone too); a description or a part made only
of common words ("Relatives of the target", "家属") names nobody and is not looked for. One field
prints at most FIELD_CAP characters and LINE_CAP lines; the rest is cut, and the cut is said where
it happens (so that a pasted 5 MB text cannot keep a dossier busy for minutes).

Exhibits: one that shows a person not named here (or one whose consent is unknown here) is
withheld: listed with its number, type and hash, never reproduced, in both profiles. So is an image
or a PDF document whose persons are not recorded (Exhibit.persons_known), unless the user confirmed
it for this document (`confirmed_exhibits`).

The CaseFile passed in is never changed. Pure functions, any thread; one Redaction per document
(it counts the mentions it replaces)."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from db import vocab
from db.models import CaseFile, Exhibit, Person, Role
from db.names import Mention, NameMatcher, PersonName
from db.normalise import printable
from exporters.pdf.contacts import withhold_contacts
from exporters.pdf.words import Words

PROFILES = {
    "legal": "Legal: persons are named where they consented to be named to authorities",
    "public": "Public: only persons who consented to publication are named; contact details, exact places "
              "and internal case details are left out",
}
FIELD_CAP = 20_000  # characters of one field a document prints (about six pages of a table column)
LINE_CAP = 1_000  # lines of one field a document prints
_READ = 4 * (FIELD_CAP + 1000)  # characters of a stored field read at most (invisible ones are dropped)
_ROLE_RANK = {"target": 0, "relative": 1}

AS_IS, TEXT, LINK = "as stored", "text", "link"
PSEUDONYMISED = "pseudonymised person"  # the rules for persons not named
DESCRIBED = "described person"  # groups and unidentified persons: described, never named
PLACE, CUSTODY = "place", "custody step"  # small records inside incidents and exhibits
_RECORD = {"id": LINK, "created_at": LINK}  # every record: cross-references and order, never printed
_LINKED = {"case_id": LINK}

_GROUP = {"kind": AS_IS, "group_size": AS_IS, "group_size_qualifier": AS_IS, "member_ids": LINK}
_LEGAL: dict[str, dict[str, str]] = {
    # A case's status, priority and tags are the group's own bookkeeping: no dossier prints them.
    "case": {"reference": TEXT, "title": TEXT, "confidentiality": AS_IS, "origin_country": TEXT,
             "host_country": TEXT, "region": TEXT, "campaign": AS_IS, "summary": TEXT, "outcome": AS_IS},
    "person": {"name": TEXT, "name_original": TEXT, "aliases": TEXT, "sex": AS_IS, "birth_date": AS_IS,
               "citizenships": TEXT, "residence_status": AS_IS, "occupation": TEXT, "contact_notes": TEXT,
               "address": TEXT, "consent": AS_IS, **_GROUP, "categories": AS_IS, "notes": TEXT},
    PSEUDONYMISED: {"residence_status": AS_IS, "consent": AS_IS, **_GROUP},
    DESCRIBED: {"name": TEXT, "name_original": TEXT, "sex": AS_IS, **_GROUP, "categories": AS_IS},
    "organisation": {"name": TEXT, "name_original": TEXT, "kind": AS_IS, "country": TEXT, "level": AS_IS,
                     "city": TEXT, "parent_id": LINK, "notes": TEXT},
    "role": {**_LINKED, "person_id": LINK, "role": AS_IS, "relation": AS_IS, "notes": TEXT},
    "incident": {**_LINKED, "tactic": AS_IS, "date_start": AS_IS, "date_end": AS_IS, "target_ids": LINK,
                 "places": AS_IS, "description": TEXT, "verification": AS_IS, "actors": LINK, "source_ids": LINK,
                 "exhibit_ids": LINK, "date_qualifier": AS_IS, "duration": AS_IS, "duration_qualifier": AS_IS,
                 "host_involvement": AS_IS, "placed_after": LINK},
    PLACE: {"role": AS_IS, "country": TEXT, "city": TEXT, "location": TEXT},
    "source": {**_LINKED, "kind": AS_IS, "citation": TEXT, "date": AS_IS, "language": TEXT, "url": TEXT,
               "reliability": AS_IS, "credibility": AS_IS, "number": AS_IS, "title": TEXT, "authors": TEXT,
               "outlet": TEXT, "based_on_id": LINK},
    "exhibit": {**_LINKED, "number": AS_IS, "original_name": TEXT, "mime_type": TEXT, "size": AS_IS,
                "sha256": AS_IS, "captured_at": AS_IS, "description": TEXT, "shows_person_ids": LINK,
                "persons_recorded": LINK, "language": TEXT, "copy_kind": AS_IS, "derived_from_id": LINK,
                "translator_id": LINK, "custody": AS_IS},
    CUSTODY: {"action": AS_IS, "date": AS_IS, "by_id": LINK, "to_id": LINK, "method": TEXT, "place": TEXT,
              "notes": TEXT},
    "intervention": {**_LINKED, "kind": AS_IS, "date": AS_IS, "status": AS_IS, "response": TEXT, "notes": TEXT,
                     "addressee_id": LINK, "file_number": TEXT, "claimant_id": LINK, "uci": TEXT, "counsel_id": LINK,
                     "concerns_id": LINK, "request": AS_IS, "decision": AS_IS, "decision_date": AS_IS},
    "interpol_notice": {**_LINKED, "kind": AS_IS, "subject_id": LINK, "issuing_country": TEXT,
                        "issuing_bureau_id": LINK, "reference": TEXT, "date": AS_IS, "charge": TEXT, "status": AS_IS,
                        "status_date": AS_IS, "notes": TEXT, "source_ids": LINK},
    "extradition_request": {**_LINKED, "subject_id": LINK, "requesting_country": TEXT, "requested_country": TEXT,
                            "reference": TEXT, "date": AS_IS, "charge": TEXT, "status": AS_IS, "status_date": AS_IS,
                            "notes": TEXT, "source_ids": LINK},
    "outcome": {**_LINKED, "outcome": AS_IS, "date": AS_IS, "date_qualifier": AS_IS, "notes": TEXT,
                "source_ids": LINK},
    "note": {},
    "task": {**_LINKED, "title": TEXT, "due_date": AS_IS, "done": AS_IS},
}
_PUBLIC: dict[str, dict[str, str]] = {
    "case": {"reference": TEXT, "title": TEXT, "origin_country": TEXT, "host_country": TEXT, "region": TEXT,
             "campaign": AS_IS, "summary": TEXT, "outcome": AS_IS},
    "person": {"name": TEXT, "name_original": TEXT, "sex": AS_IS, "occupation": TEXT, **_GROUP,
               "categories": AS_IS},
    PSEUDONYMISED: {"kind": AS_IS, "member_ids": LINK},
    DESCRIBED: {"name": TEXT, "name_original": TEXT, **_GROUP},
    "organisation": {k: v for k, v in _LEGAL["organisation"].items() if k != "notes"},
    "role": _LEGAL["role"],
    "incident": _LEGAL["incident"],
    PLACE: {k: v for k, v in _LEGAL[PLACE].items() if k != "location"},
    "source": _LEGAL["source"],
    "exhibit": {k: v for k, v in _LEGAL["exhibit"].items() if k != "custody"},
    CUSTODY: {},
    "intervention": {},
    "interpol_notice": {k: v for k, v in _LEGAL["interpol_notice"].items() if k not in ("reference", "notes")},
    "extradition_request": {k: v for k, v in _LEGAL["extradition_request"].items() if k not in ("reference", "notes")},
    "outcome": _LEGAL["outcome"],
    "note": {},
    "task": {},
}
# The nested records each field of a record holds (their own rules above).
_NESTED_RULES = {"places": PLACE, "custody": CUSTODY}
RULES = {"legal": _LEGAL, "public": _PUBLIC}


def pseudonym(n: int, words: Words | None = None) -> str:
    """'Person A' for 0, ... 'Person Z', 'Person AA', 'Person AB', ... (in the words' language)."""
    letter = vocab.pseudonym_letters(n)
    return words("Person {letter}", letter=letter) if words is not None else f"Person {letter}"


def group_pseudonym(n: int, group: Person, words: Words) -> str:
    """'Group C (2 people)', 'Group C (about 20 people)', 'Group C' when its size is unknown."""
    letter = vocab.pseudonym_letters(n)
    if group.group_size is None:
        return words("Group {letter}", letter=letter)
    qualifier = words.vocab(vocab.GROUP_SIZE, group.group_size_qualifier)
    return words("Group {letter} ({size} people)", letter=letter,
                 size=f"{qualifier} {group.group_size}" if qualifier else group.group_size)


def may_reproduce(e: Exhibit) -> bool:
    """Whether a user may confirm an exhibit whose persons are not recorded: the kinds of file a
    document reproduces as they are (images and PDF documents)."""
    return e.mime_type.startswith("image/") or e.mime_type == "application/pdf"


@dataclass(frozen=True)
class Pseudonymised:
    pseudonym: str
    name: str  # the real name, shown to the user before saving; never printed
    in_case: bool  # False: a person of another case whose name this case's text mentions
    mentions: int  # names replaced in the document's text (the cast entries not counted)


@dataclass(frozen=True)
class Withheld:
    exhibit_id: str
    label: str  # E-n
    reason: str  # "shows": a person not named here; "unrecorded": who appears in it is not recorded
    confirmable: bool  # an image or a PDF document, which the user may confirm (may_reproduce)


@dataclass(frozen=True)
class RedactionSummary:
    """What the redaction did, for the user to check before saving: kept in memory, never printed."""

    profile: str
    persons: tuple[Pseudonymised, ...]
    withheld: tuple[Withheld, ...]
    cut_fields: int  # fields longer than FIELD_CAP, cut

    @property
    def mentions(self) -> int:
        return sum(p.mentions for p in self.persons)


class _Pseudonyms(Mapping[str, str]):
    """Person id -> pseudonym, lettered in the order of `persons`; each worded when first asked for
    (the vault's other persons are many, and few are mentioned)."""

    def __init__(self, persons: dict[str, Person | PersonName], words: Words) -> None:
        self._persons, self._words = persons, words
        self._place = {pid: n for n, pid in enumerate(persons)}
        self._worded: dict[str, str] = {}

    def __getitem__(self, pid: str) -> str:
        done = self._worded.get(pid)
        if done is None:
            n, p = self._place[pid], self._persons[pid]
            done = self._worded[pid] = group_pseudonym(n, p, self._words) if p.kind == "group" \
                else pseudonym(n, self._words)  # type: ignore[arg-type]
        return done

    def __contains__(self, pid: object) -> bool:
        return pid in self._place

    def __iter__(self) -> Iterator[str]:
        return iter(self._place)

    def __len__(self) -> int:
        return len(self._place)


def _hides(p: Person | PersonName, profile: str) -> bool:
    """Whether `profile` replaces p's names by a pseudonym (a group is only described in the legal one)."""
    return p.consent not in vocab.NAMED_CONSENT[profile] and (p.kind == "individual" or profile == "public")


class Outsiders:
    """The persons of a vault, made ready once to redact many of its cases in `profile` (a public
    sheet export redacts every case against all of them): whom it hides, in creation order, and a
    screened matcher of their names that each case's own matcher starts from."""

    def __init__(self, persons: Iterable[Person | PersonName], profile: str) -> None:
        everyone = list(persons)
        self.profile = profile
        self.ids = frozenset(p.id for p in everyone)
        self.hidden = sorted((p for p in everyone if _hides(p, profile)), key=lambda p: (p.created_at, p.id))
        self.matcher = NameMatcher({p.id: spellings(p) for p in self.hidden}, screen=True)


class Redaction:
    """The redacted copy of a case file and what was done to make it."""

    def __init__(self, profile: str, case_file: CaseFile, others: Outsiders, confirmed_exhibits: frozenset[str],
                 language: str = "en") -> None:
        if profile not in PROFILES:
            raise ValueError(f"unknown redaction profile {profile!r}")
        self.profile = profile
        self.rules = RULES[profile]
        self._source = case_file
        words = Words(language)
        named = vocab.NAMED_CONSENT[profile]
        order = _cast_order(case_file)
        own = {pid: case_file.persons[pid] for pid in order if _hides(case_file.persons[pid], profile)}
        if others.profile != profile:
            raise ValueError(f"persons made ready for the {others.profile} profile, not {profile}")
        outside = [p for p in others.hidden if p.id not in case_file.persons]
        # Who an exhibit may not show: anyone whose consent does not allow naming, groups included.
        self._unshowable = {pid for pid, p in case_file.persons.items() if p.consent not in named}
        self._hidden_persons = {**own, **{p.id: p for p in outside}}
        self.pseudonyms = _Pseudonyms(self._hidden_persons, words)
        # The case's persons first, then the others: only names a text could hold are keyed.
        self._matcher = others.matcher.preceded_by({pid: spellings(p) for pid, p in own.items()})
        self._contact_marker = words("[contact withheld]") if profile == "public" else ""
        self.contacts = 0  # contact details replaced in free text (public profile)
        self.mentions: Counter[str] = Counter()
        self.cut_fields = 0
        self._scrubbed: dict[str, str] = {}
        known = set(case_file.persons) | others.ids
        self.withheld = {e.id: reason for e in case_file.exhibits
                         if (reason := self._withhold(e, known, confirmed_exhibits))}
        self.case_file = self._copy(case_file)

    # -- text --------------------------------------------------------------------------------------

    def scrub(self, text: str) -> str:
        """`text` as printed (db.normalise.printable), every name of a person not named replaced by
        their pseudonym. Every string a document prints goes through this, last."""
        if not text:
            return ""
        done = self._scrubbed.get(text)
        if done is None:
            done, found = self._matcher.replace(self._without_contacts(printable(text)), self.pseudonyms)
            self._count(found)
            if len(self._scrubbed) < 100_000:
                self._scrubbed[text] = done
        return done

    def text(self, value: str) -> str:
        """A stored field for printing: scrubbed, and cut after FIELD_CAP characters with a note."""
        beyond = max(0, len(value) - _READ)  # a huge text is not even read past what can print
        clean = self._without_contacts(printable(value[:_READ] if beyond else value))
        cap = _cap(clean) if not beyond else min(_cap(clean) or len(clean), FIELD_CAP)
        if cap is None:
            out, found = self._matcher.replace(clean, self.pseudonyms)
            self._count(found)
            return out
        self.cut_fields += 1
        head = clean[: cap + 1000]  # names across the cut are matched whole, then left out
        found = [m for m in self._matcher.mentions(head) if m.start < cap]
        cut = min([cap, *(m.start for m in found if m.end > cap)])
        found = [m for m in found if m.end <= cut]
        self._count(found)
        parts, at = [], 0
        for m in found:
            parts += [head[at : m.start], " / ".join(self.pseudonyms[o] for o in m.owners)]
            at = m.end
        parts.append(head[at:cut])
        return "".join(parts) + cut_note(len(clean) - cut + beyond)

    def _without_contacts(self, text: str) -> str:
        """`text` with its contact details replaced by the marker (public profile), before names are
        looked for: a handle or an address may hold a name, and is withheld whole."""
        if not self._contact_marker:
            return text
        out, n = withhold_contacts(text, self._contact_marker)
        self.contacts += n
        return out

    def _count(self, found: list[Mention]) -> None:
        for m in found:
            self.mentions.update(m.owners)

    # -- rules -------------------------------------------------------------------------------------

    def prints(self, entity: str, field: str) -> bool:
        """Whether this profile prints `field` of `entity` records (for named persons: 'person')."""
        rule = self.rules.get(entity, {}).get(field)
        return rule in (AS_IS, TEXT)

    def is_named(self, person_id: str) -> bool:
        return person_id not in self.pseudonyms

    @property
    def withheld_exhibit_ids(self) -> frozenset[str]:
        return frozenset(self.withheld)

    def summary(self) -> RedactionSummary:
        in_case = self._source.persons
        persons = tuple(Pseudonymised(self.pseudonyms[pid], p.display_name(), pid in in_case, self.mentions[pid])
                        for pid, p in self._hidden_persons.items() if pid in in_case or self.mentions[pid])
        withheld = tuple(Withheld(e.id, e.label, self.withheld[e.id], may_reproduce(e))
                         for e in self._source.exhibits if e.id in self.withheld)
        return RedactionSummary(self.profile, persons, withheld, self.cut_fields)

    # -- the copy ----------------------------------------------------------------------------------

    def _withhold(self, e: Exhibit, known: set[str], confirmed: frozenset[str]) -> str:
        if any(p in self.pseudonyms or p in self._unshowable or p not in known for p in e.shows_person_ids):
            return "shows"
        if may_reproduce(e) and not e.persons_known and e.id not in confirmed:
            return "unrecorded"
        return ""

    def _copy(self, cf: CaseFile) -> CaseFile:
        r = self.rules
        persons = {}
        for pid, p in cf.persons.items():
            if pid in self.pseudonyms:
                persons[pid] = dataclasses.replace(self._apply(p, r[PSEUDONYMISED]), name=self.pseudonyms[pid])
            elif p.kind != "individual":
                persons[pid] = self._apply(p, r[DESCRIBED])
            else:
                persons[pid] = self._apply(p, r["person"])

        def each(records: list[Any], entity: str) -> list[Any]:
            return [self._apply(x, r[entity]) for x in records] if r[entity] else []

        return CaseFile(
            case=self._apply(cf.case, r["case"]), roles=each(cf.roles, "role"), persons=persons,
            organisations={k: self._apply(o, r["organisation"]) for k, o in cf.organisations.items()},
            incidents=each(cf.incidents, "incident"), sources=each(cf.sources, "source"),
            exhibits=each(cf.exhibits, "exhibit"), interventions=each(cf.interventions, "intervention"),
            notes=[], tasks=each(cf.tasks, "task"), notices=each(cf.notices, "interpol_notice"),
            extraditions=each(cf.extraditions, "extradition_request"), outcomes=each(cf.outcomes, "outcome"))

    def _apply(self, record: Any, rules: dict[str, str]) -> Any:
        """A copy of `record` holding only what `rules` print (free text scrubbed); the rest blank.
        Lists of small records (an incident's places, an exhibit's custody) follow their own rules."""
        values: dict[str, Any] = {}
        for f in dataclasses.fields(record):
            rule = _RECORD.get(f.name) or rules.get(f.name)
            value = getattr(record, f.name)
            if rule == TEXT:
                value = [self.text(v) for v in value] if isinstance(value, list) else self.text(value or "")
            elif rule == AS_IS and f.name in _NESTED_RULES:
                value = [self._apply(x, self.rules[_NESTED_RULES[f.name]]) for x in value]
            elif rule in (AS_IS, LINK):
                value = list(value) if isinstance(value, list) else value
            else:
                value = _blank(f)
            values[f.name] = value
        return type(record)(**values)


def _cap(text: str) -> int | None:
    """Where to cut `text` (FIELD_CAP characters or LINE_CAP lines), or None when it fits."""
    if len(text) <= FIELD_CAP and text.count("\n") < LINE_CAP:
        return None
    cut = FIELD_CAP
    at = -1
    for _ in range(LINE_CAP):
        at = text.find("\n", at + 1)
        if at < 0 or at >= cut:
            break
    else:
        cut = at
    return min(cut, len(text))


def _blank(f: dataclasses.Field) -> Any:  # type: ignore[type-arg]
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    if f.default is not dataclasses.MISSING:
        return f.default
    return 0 if f.type in ("int", int) else ""


def cut_note(rest: int) -> str:
    return (f" [\u2026 {rest:,} more characters not printed: a dossier prints at most {FIELD_CAP:,} characters "
            f"or {LINE_CAP:,} lines of one field; the whole text is in the vault.]")


# Between the names a group's description lists: "Xie Jianguo and Li Hua", "谢建国、李华", "A & B".
_LIST_SEPARATOR = re.compile(r"\s*(?:[,;&/+、，；]|\s(?:and|et)\s|[和与及])\s*", re.IGNORECASE)


# Words a description of a group or of an unidentified person is made of when it names nobody:
# kinship and other relations, kinds of people, and the small words between them (en, fr; accents
# and case are ignored, a plural's final s or x too). No Chinese family name and no pinyin syllable
# that is one ("He", "Du", "An", "Ma") is among the content words.
_COMMON_CONTENT = frozenset("""
    family families relative kin kinsman household parent mother father mom mum dad sibling brother
    sister son daughter child children kid wife wives husband spouse partner fiance fiancee
    grandmother grandfather grandparent grandson granddaughter grandchild grandchildren uncle aunt
    cousin nephew niece in-law mother-in-law father-in-law sister-in-law brother-in-law son-in-law
    daughter-in-law stepmother stepfather stepson stepdaughter member friend colleague coworker
    co-worker classmate neighbour neighbor associate acquaintance people person individual man men
    woman women officer agent police policeman policemen official employee staff worker student
    group target claimant applicant complainant client victim witness witnesse dissident activist
    unknown unidentified anonymous other several many few extended immediate elderly older younger
    eldest youngest elder remaining former home abroad overseas china chinese mainland hometown
    village security plain-clothes plainclothes
    famille proche mere pere frere soeur sœur fils fille enfant epouse epoux femme mari conjoint
    conjointe grand-mere grand-pere grands-parent grand-parent petit-fils petite-fille petits-enfant
    oncle tante cousine neveu niece belle-mere beau-pere belle-soeur beau-frere belle-famille membre
    ami amie collegue voisin voisine associe associee homme personne individu policier policiere
    fonctionnaire groupe cible victime requerant requerante demandeur demandeuse cliente temoin
    inconnu inconnue non-identifie non-identifiee identifie identifiee autre plusieurs chine chinois
    chinoise reste restee
""".split())
# Small words: they count as common only in lower case, or capitalised when no family name is
# spelled like them ("The", "His"; not "Du", "Le", "An", which are).
_COMMON_SMALL = frozenset("""
    the of and or in at from to for with by on his her their its my our your a two three four five
    some all both who still living de des la le les l d et ou en au aux a sa son ses leur leurs un
    une dans chez qui du non deux trois quatre cinq
""".split())
_COMMON_CAPITALISED = frozenset("the his her their its my our your two three four five some all both les ses "
                                "leurs leur une un deux trois quatre cinq".split())
_COMMON_CHINESE = tuple("""
    兄弟姐妹 家庭成员 家庭成員 身份不明 不明身份 当事人 當事人 亲属 親屬 家属 家屬 亲人 親人 家人
    家庭 父母 父亲 父親 母亲 母親 兄弟 姐妹 子女 儿子 兒子 女儿 女兒 妻子
    丈夫 配偶 亲戚 親戚 朋友 同事 邻居 鄰居 成员 成員 目标 目標 国内 國內
    中国 中國 海外 老家 男子 女子 警察 便衣 人员 人員 两名 兩名 多名 几名
    幾名 其他 其 的 在 之 他 她 和 与 與 及
""".split())
_PUNCTUATION = " \t\n,;:.()'’\"-&/+0123456789、，；：（）\u3000"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def _is_common(text: str) -> bool:
    """Whether `text` (a description, or a part of one) is made only of common words (_COMMON_*),
    with at least one that is not a small word: "Relatives of the target", "Parents", "家属",
    "目标的父母". Such a text names nobody; a person's name has a word of its own."""
    latin = _CJK_RUN.sub(" ", text)
    content = False
    for m in _WORD.finditer(latin):
        word = m.group()
        bare = "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))
        bare = re.sub(r"^[ld]['’]|['’]s?$", "", bare).replace("’", "'")
        if bare in _COMMON_CONTENT or (bare[-1:] in "sx" and bare[:-1] in _COMMON_CONTENT):
            content = True
        elif bare not in _COMMON_SMALL or (word[:1].isupper() and bare not in _COMMON_CAPITALISED):
            return False
    for m in _CJK_RUN.finditer(text):
        if not _segments(m.group()):
            return False
        content = content or any(w in m.group() for w in _COMMON_CHINESE if len(w) > 1)
    return content and _WORD.sub("", _CJK_RUN.sub("", text)).strip(_PUNCTUATION) == ""


def _segments(run: str) -> bool:
    """Whether a run of Chinese characters is made wholly of _COMMON_CHINESE words."""
    ends = [True] + [False] * len(run)
    for i in range(len(run)):
        if ends[i]:
            for w in _COMMON_CHINESE:
                if run.startswith(w, i):
                    ends[i + len(w)] = True
    return ends[-1]


def spellings(person: Person) -> list[str]:
    """Every recorded spelling of a person's name; for a group or an unidentified person, each name
    its description lists, too. A description, or a part of one, made only of common words
    ("Relatives of the target", "Parents", "家属") names nobody and is not looked for: the group
    still prints as its pseudonym, and "relatives" elsewhere in the text stays."""
    names = [s for s in (person.name, person.name_original, *person.aliases) if s and s.strip()]
    if person.kind == "individual":
        return names
    pieces = [piece for s in names for piece in _script_pieces(s)]
    parts = [piece for s in pieces for part in _LIST_SEPARATOR.split(f" {s} ") if part.strip()
             for piece in _script_pieces(part.strip())]  # " " around: "Xie Wei and" of "Xie Wei and 父母"
    return [s for s in dict.fromkeys(pieces + parts) if not _is_common(s)]


def _script_pieces(spelling: str) -> list[str]:
    """A spelling that mixes Chinese and Latin script, or holds Chinese words apart ("谢卫、父母"), is
    also looked for in each of those pieces on its own (db.names); when one is common words
    ("Xie Wei 父母"), the others stand for the spelling."""
    han = _CJK_RUN.findall(spelling)
    latin = [p for p in _CJK_RUN.split(spelling) if p.strip(_PUNCTUATION)]
    if len(han) + len(latin) < 2:
        return [spelling]
    pieces = [p.strip(_PUNCTUATION) for p in han + latin]
    return pieces if any(_is_common(p) for p in pieces) else [spelling]


def redact(case_file: CaseFile, profile: str, others: Iterable[Person | PersonName] | Outsiders = (),
           confirmed_exhibits: Iterable[str] = (), language: str = "en") -> Redaction:
    """Apply `profile` ('legal' or 'public') to a copy of `case_file`. `others`: persons outside the
    case whose names must not print either when their consent does not allow it (the vault's other
    persons; Outsiders when many cases are redacted against the same persons); `confirmed_exhibits`:
    ids of images and PDF documents the user confirmed although their persons are not recorded;
    `language`: the document's (exporters.pdf.words), for the words the redaction prints itself (a
    group's pseudonym, the contact marker)."""
    ready = others if isinstance(others, Outsiders) else Outsiders(others, profile)
    return Redaction(profile, case_file, ready, frozenset(confirmed_exhibits), language)


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


def rules_table() -> str:
    """The allow-lists as a Markdown table (docs/dossier.md carries it; a test keeps them equal):
    every field of every record, with what each profile does with it."""
    from db.models import ENTITY_TYPES, Custody, Place  # noqa: PLC0415

    classes = {**ENTITY_TYPES, PSEUDONYMISED: ENTITY_TYPES["person"], DESCRIBED: ENTITY_TYPES["person"],
               PLACE: Place, CUSTODY: Custody}
    names = {AS_IS: "printed", TEXT: "printed, names replaced", None: "left out"}
    lines = ["| record | field | legal | public |", "|---|---|---|---|",
             "| every record | id, created_at, updated_at, author | left out | left out |"]
    for entity, rules in _LEGAL.items():
        if entity == PSEUDONYMISED:
            lines.append(f"| {entity} | name | Person A, Person B, ... | Person A, Person B, ... |")
        for f in dataclasses.fields(classes[entity]):
            if f.name in _RECORD or f.name in ("updated_at", "author") or LINK in (rules.get(f.name),):
                continue
            if entity == PSEUDONYMISED and f.name == "name":
                continue
            legal, public = rules.get(f.name), _PUBLIC[entity].get(f.name)
            shown = {AS_IS: "printed (its fields below)"} if f.name in _NESTED_RULES else names
            lines.append(f"| {entity} | {f.name} | {shown.get(legal, names[legal])} | "
                         f"{shown.get(public, names[public])} |")
    return "\n".join(lines)
