"""A case as plain text, for `casevault show`. Partial dates print as entered. Control, bidi and
invisible characters in stored text are shown as their codes (db.normalise.visible), so that
nothing stored can reorder or hide what the terminal shows."""

from __future__ import annotations

from db import vocab
from db.citations import numbered, source_numbers
from db.dates import format_partial, format_range
from db.models import CaseFile, Exhibit, Person
from db.normalise import visible


def _person(cf: CaseFile, person_id: str | None) -> str:
    p: Person | None = cf.persons.get(person_id or "")
    return p.display_name() if p else ""


def _actor(cf: CaseFile, a: object) -> str:
    name = _person(cf, a.person_id) if a.person_id else cf.organisations[a.organisation_id].name  # type: ignore
    return f"{name} ({vocab.label(vocab.DEGREE, a.degree).lower()})"  # type: ignore[attr-defined]


def _shows(cf: CaseFile, e: Exhibit) -> str:
    if e.shows_person_ids:
        return "shows: " + ", ".join(_person(cf, p) or p for p in e.shows_person_ids)
    return "shows: nobody" if e.persons_recorded else "shows: not recorded"


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

    section("Persons", [
        f"- {_person(cf, r.person_id)}: {vocab.label(vocab.ROLE, r.role)}"
        + (f" ({vocab.label(vocab.RELATION, r.relation).lower()})" if r.relation else "")
        + f"; consent: {vocab.label(vocab.CONSENT, cf.persons[r.person_id].consent).lower()}"
        + (f"\n    {r.notes}" if r.notes else "")
        for r in cf.roles])
    chronology = []
    for i in cf.incidents:
        place = ", ".join(x for x in (i.location, i.city, i.country) if x)
        head = f"- {format_range(i.date_start, i.date_end)}: {vocab.label(vocab.TACTIC, i.tactic)}"
        head += f" - {place}" if place else ""
        head += f" [{vocab.label(vocab.VERIFICATION, i.verification).lower()}]"
        marks = [f"[{source_no[s]}]" for s in i.source_ids if s in source_no]
        marks += [exhibit_label[e] for e in i.exhibit_ids if e in exhibit_label]
        entry = [head + (" " + " ".join(marks) if marks else "")]
        if i.targeted_person_id:
            entry.append(f"    targeted: {_person(cf, i.targeted_person_id)}")
        if i.actors:
            entry.append("    acted: " + "; ".join(_actor(cf, a) for a in i.actors))
        if i.description:
            entry.append(f"    {i.description}")
        chronology.append("\n".join(entry))
    section("Chronology", chronology)
    section("Sources", [f"[{n}] {s.citation} ({vocab.label(vocab.SOURCE_KIND, s.kind)}"
                        + (f", {format_partial(s.date)}" if s.date else "")
                        + (f", {s.language}" if s.language else "") + f", grade {s.grade})"
                        + (f"\n    {s.url}" if s.url else "")
                        for n, s in numbered(cf.sources)])
    section("Exhibits", [f"{e.label} {e.original_name} ({e.mime_type}, {e.size} bytes"
                         + (f", {format_partial(e.captured_at)}" if e.captured_at else "")
                         + f")\n    sha256 {e.sha256}\n    {_shows(cf, e)}"
                         + (f"\n    {e.description}" if e.description else "")
                         for e in cf.exhibits])
    section("Interventions", [f"- {format_partial(i.date) or 'undated'}: {vocab.label(vocab.INTERVENTION_KIND, i.kind)}"
                              f" [{vocab.label(vocab.INTERVENTION_STATUS, i.status).lower()}]"
                              + (f"\n    response: {i.response}" if i.response else "")
                              for i in cf.interventions])
    section("Notes", [f"- {n.created_at[:10]} {n.author}: {n.body}" for n in cf.notes])
    section("Tasks", [f"- [{'x' if t.done else ' '}] {t.title}" + (f" (due {format_partial(t.due_date)})"
                                                                 if t.due_date else "") for t in cf.tasks])
    return visible("\n".join(lines) + "\n")
