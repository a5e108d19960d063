"""A case as plain text, for `casevault show`. Partial dates print as entered, with their
qualifiers. Control, bidi and invisible characters in stored text are shown as their codes
(db.normalise.visible), so that nothing stored can reorder or hide what the terminal shows."""

from __future__ import annotations

from db import vocab
from db.chronology import source_numbers
from db.citations import numbered
from db.dates import format_duration, format_partial, format_qualified
from db.models import Actor, CaseFile, Exhibit, Intervention, Person, Place
from db.normalise import visible


def person_text(p: Person | None) -> str:
    """A person's names, or for a group its description and size ('Relatives in China (group of at
    least 3)'), for an unidentified person its description ('(unidentified)')."""
    if p is None:
        return ""
    name = p.display_name()
    if p.kind == "group":
        size = f"{vocab.label(vocab.GROUP_SIZE, p.group_size_qualifier)} {p.group_size}".strip() \
            if p.group_size is not None else "number unknown"
        return f"{name} (group, {size})"
    if p.kind == "unidentified":
        return f"{name} (unidentified)"
    return name


def _person(cf: CaseFile, person_id: str | None) -> str:
    return person_text(cf.persons.get(person_id or "")) or (person_id or "")


def _organisation(cf: CaseFile, organisation_id: str | None) -> str:
    o = cf.organisations.get(organisation_id or "")
    return (o.name or o.name_original) if o else (organisation_id or "")


def _actor(cf: CaseFile, a: Actor) -> str:
    name = _person(cf, a.person_id) if a.person_id else _organisation(cf, a.organisation_id)
    return f"{name} ({vocab.label(vocab.DEGREE, a.degree).lower()})"


def place_text(p: Place) -> str:
    where = ", ".join(x for x in (p.location, p.city, p.country) if x)
    return where if p.role == "took_place" else f"{vocab.label(vocab.PLACE_ROLE, p.role).lower()}: {where}"


def _shows(cf: CaseFile, e: Exhibit) -> str:
    if e.shows_person_ids:
        return "shows: " + ", ".join(_person(cf, p) for p in e.shows_person_ids)
    return "shows: nobody" if e.persons_recorded else "shows: not recorded"


def _exhibit(cf: CaseFile, e: Exhibit) -> str:
    labels = {x.id: x.label for x in cf.exhibits}
    lines = [f"{e.label} {e.original_name} ({e.mime_type}, {e.size} bytes"
             + (f", {format_partial(e.captured_at)}" if e.captured_at else "") + ")",
             f"    sha256 {e.sha256}", f"    {_shows(cf, e)}"]
    kind = vocab.label(vocab.COPY_KIND, e.copy_kind) if e.copy_kind else ""
    if kind or e.language:
        lines.append("    " + ", ".join(x for x in (kind + (f" of {labels.get(e.derived_from_id or '', '?')}"
                                                            if e.derived_from_id else ""),
                                                   f"language {e.language}" if e.language else "",
                                                   f"translated by {_person(cf, e.translator_id)}"
                                                   if e.translator_id else "") if x))
    for c in e.custody:
        step = [vocab.label(vocab.CUSTODY_ACTION, c.action), format_partial(c.date)]
        if c.by_id:
            step.append(f"by {_person(cf, c.by_id)}")
        if c.to_id:
            step.append(f"to {_person(cf, c.to_id)}")
        step += [c.method, c.place, c.notes]
        lines.append("    custody: " + "; ".join(x for x in step if x))
    if e.description:
        lines.append(f"    {e.description}")
    return "\n".join(lines)


def case_file_text(cf: CaseFile) -> str:
    c = cf.case
    lines = [f"{c.reference}  {c.title}", "=" * 60]
    fields = [
        ("Id", c.id), ("Status", vocab.label(vocab.CASE_STATUS, c.status)),
        ("Priority", vocab.label(vocab.PRIORITY, c.priority)),
        ("Confidentiality", vocab.label(vocab.CONFIDENTIALITY, c.confidentiality)),
        ("Campaign", vocab.label(vocab.CAMPAIGN, c.campaign)), ("Origin", c.origin_country),
        ("Host country", " / ".join(x for x in (c.host_country, c.region) if x)),
        ("Outcome", vocab.label(vocab.OUTCOME, c.outcome)), ("Tags", ", ".join(c.tags)),
        ("Updated", f"{c.updated_at} by {c.author}"),
    ]
    lines += [f"{k + ':':17}{v}" for k, v in fields if v]
    if c.summary:
        lines += ["", "Summary", "-------", c.summary]
    source_no = source_numbers(cf.sources)
    exhibit_label = {e.id: e.label for e in cf.exhibits}

    def section(title: str, rows: list[str]) -> None:
        if rows:
            heading = f"{title} ({len(rows)})"
            lines.extend(["", heading, "-" * len(heading), *rows])

    def cites(ids: list[str]) -> str:
        return " ".join(f"[{source_no[s]}]" for s in ids if s in source_no)

    section("Persons", [
        f"- {_person(cf, r.person_id)}: {vocab.label(vocab.ROLE, r.role)}"
        + (f" ({vocab.label(vocab.RELATION, r.relation).lower()})" if r.relation else "")
        + f"; consent: {vocab.label(vocab.CONSENT, cf.persons[r.person_id].consent).lower()}"
        + (f"\n    members: {', '.join(_person(cf, m) for m in cf.persons[r.person_id].member_ids)}"
           if cf.persons[r.person_id].member_ids else "")
        + (f"\n    {r.notes}" if r.notes else "")
        for r in cf.roles if r.person_id in cf.persons])
    section("Outcome over time", [
        f"- {format_qualified(o.date, None, o.date_qualifier) or 'undated'}: {vocab.label(vocab.OUTCOME, o.outcome)}"
        + (f" {cites(o.source_ids)}" if o.source_ids else "") + (f"\n    {o.notes}" if o.notes else "")
        for o in cf.outcomes])
    chronology = []
    for i in cf.incidents:
        when = format_qualified(i.date_start, i.date_end, i.date_qualifier)
        head = f"- {when}: {vocab.label(vocab.TACTIC, i.tactic)}"
        places = "; ".join(place_text(p) for p in i.places)
        head += f" - {places}" if places else ""
        head += f" [{vocab.label(vocab.VERIFICATION, i.verification).lower()}]"
        marks = [f"[{source_no[s]}]" for s in i.source_ids if s in source_no]
        marks += [exhibit_label[e] for e in i.exhibit_ids if e in exhibit_label]
        entry = [head + (" " + " ".join(marks) if marks else "")]
        if i.target_ids:
            entry.append("    targeted: " + "; ".join(_person(cf, p) for p in i.target_ids))
        if i.actors:
            entry.append("    acted: " + "; ".join(_actor(cf, a) for a in i.actors))
        if i.duration:
            entry.append(f"    lasted: {format_duration(i.duration, i.duration_qualifier)}")
        if i.host_involvement:
            entry.append(f"    host state: {vocab.label(vocab.HOST_INVOLVEMENT, i.host_involvement).lower()}")
        if i.description:
            entry.append(f"    {i.description}")
        chronology.append("\n".join(entry))
    section("Chronology", chronology)
    section("Interpol notices", [
        f"- {vocab.label(vocab.NOTICE_KIND, n.kind)}"
        + (f" {n.reference}" if n.reference else "") + f" on {_person(cf, n.subject_id) or 'an unrecorded person'}"
        + (f", issued {format_partial(n.date)}" if n.date else "")
        + (f" by {n.issuing_country}" if n.issuing_country else "")
        + (f" ({_organisation(cf, n.issuing_bureau_id)})" if n.issuing_bureau_id else "")
        + f"\n    status: {vocab.label(vocab.NOTICE_STATUS, n.status).lower()}"
        + (f" since {format_partial(n.status_date)}" if n.status_date else "")
        + (f"\n    charge: {n.charge}" if n.charge else "")
        + (f"\n    {n.notes}" if n.notes else "") + (f"\n    sources: {cites(n.source_ids)}" if n.source_ids else "")
        + "".join(f"\n    request: {_filing(cf, i)}" for i in cf.interventions if i.concerns_id == n.id)
        for n in cf.notices])
    section("Extradition requests", [
        f"- {x.requesting_country or '?'} to {x.requested_country or '?'}"
        + f" for {_person(cf, x.subject_id) or 'an unrecorded person'}"
        + (f", {format_partial(x.date)}" if x.date else "")
        + f"\n    status: {vocab.label(vocab.EXTRADITION_STATUS, x.status).lower()}"
        + (f" since {format_partial(x.status_date)}" if x.status_date else "")
        + (f"\n    charge: {x.charge}" if x.charge else "") + (f"\n    {x.notes}" if x.notes else "")
        for x in cf.extraditions])
    section("Sources", [f"[{source_no[s.id]}] {s.citation} ({vocab.label(vocab.SOURCE_KIND, s.kind)}"
                        + (f", {format_partial(s.date)}" if s.date else "")
                        + (f", {s.language}" if s.language else "") + f", grade {s.grade})"
                        + "".join(f"\n    {k}: {v}" for k, v in (("title", s.title), ("by", s.authors),
                                                                  ("in", s.outlet)) if v)
                        + (f"\n    reports [{source_no[s.based_on_id]}]" if s.based_on_id in source_no else "")
                        + (f"\n    {s.url}" if s.url else "")
                        for _, s in numbered(cf.sources)])
    section("Exhibits", [_exhibit(cf, e) for e in cf.exhibits])
    section("Interventions", [f"- {format_partial(i.date) or 'undated'}: {_filing(cf, i)}"
                              + (f"\n    response: {i.response}" if i.response else "")
                              for i in cf.interventions])
    section("Notes", [f"- {n.created_at[:10]} {n.author}: {n.body}" for n in cf.notes])
    section("Tasks", [f"- [{'x' if t.done else ' '}] {t.title}" + (f" (due {format_partial(t.due_date)})"
                                                                 if t.due_date else "") for t in cf.tasks])
    return visible("\n".join(lines) + "\n")


def _filing(cf: CaseFile, i: Intervention) -> str:
    """An intervention in one line: kind, status, addressee, numbers, claimant, counsel, request and decision."""
    status = vocab.label(vocab.INTERVENTION_STATUS, i.status).lower()
    parts = [f"{vocab.label(vocab.INTERVENTION_KIND, i.kind)} [{status}]"]
    if i.addressee_id:
        parts.append(f"to {_organisation(cf, i.addressee_id)}")
    if i.file_number:
        parts.append(f"file {i.file_number}")
    if i.claimant_id:
        parts.append(f"for {_person(cf, i.claimant_id)}")
    if i.uci:
        parts.append(f"UCI {i.uci}")
    if i.counsel_id:
        parts.append(f"counsel {_person(cf, i.counsel_id)}")
    if i.request:
        parts.append(f"asks: {vocab.label(vocab.INTERVENTION_REQUEST, i.request).lower()}")
    if i.decision:
        parts.append(f"decision: {vocab.label(vocab.DECISION, i.decision).lower()}"
                     + (f" ({format_partial(i.decision_date)})" if i.decision_date else ""))
    return ", ".join(parts)
