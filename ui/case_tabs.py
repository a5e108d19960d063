"""Columns of the case view's tables. Each function takes the CaseView's `ctx` (which holds the
loaded CaseFile while unlocked, None while locked) so cells resolve person, source and exhibit
names at paint time."""

from PySide6.QtCore import QCoreApplication

from db import citations, vocab
from ui import labels
from ui.record_table import Column


def tr(text):
    return QCoreApplication.translate("CaseTabs", text)


def person_name(ctx, person_id):
    person = ctx.file.persons.get(person_id or "") if ctx.file else None
    return labels.person_label(person) if person else ""


def organisation_name(ctx, organisation_id):
    org = ctx.organisations.get(organisation_id or "")
    return labels.isolate(org.name or org.name_original) if org else ""


def actor_text(ctx, actor):
    if actor.person_id:
        name = person_name(ctx, actor.person_id)
    else:
        org = ctx.organisations.get(actor.organisation_id)
        name = labels.isolate(org.name or org.name_original) if org else ""
    return f"{name} ({labels.vocab_label(vocab.DEGREE, actor.degree)})"


def source_numbers(ctx):
    """Each source's citation number, kept when older sources are added (db.chronology)."""
    return citations.source_numbers(ctx.file.sources) if ctx.file else {}


def cited(ctx, source_ids):
    numbers = source_numbers(ctx)
    return " ".join(f"[{numbers[s]}]" for s in source_ids if s in numbers)


def place_text(place):
    where = ", ".join(labels.isolate(x) for x in (place.location, place.city, place.country) if x)
    return where if place.role == "took_place" else f"{labels.vocab_label(vocab.PLACE_ROLE, place.role)}: {where}"


def people_columns(ctx):
    def role_text(r):
        text = labels.vocab_label(vocab.ROLE, r.role)
        if r.relation:
            text += f" ({labels.vocab_label(vocab.RELATION, r.relation)})"
        return text

    def kind(r):
        p = person(r)
        return labels.vocab_label(vocab.PERSON_KIND, p.kind) if p is not None and p.kind != "individual" else ""

    def person(r):
        return ctx.file.persons.get(r.person_id) if ctx.file else None

    return [
        Column(tr("Name"), lambda r: person_name(ctx, r.person_id)),
        Column(tr("Role"), role_text),
        Column(tr("Kind"), kind),
        Column(tr("Consent"), lambda r: labels.vocab_label(vocab.CONSENT, person(r).consent) if person(r) else ""),
        Column(tr("Residence status"), lambda r: labels.vocab_label(vocab.RESIDENCE_STATUS, person(r).residence_status)
               if person(r) else ""),
        Column(tr("Notes"), lambda r: r.notes, stretch=True),
    ]


def incident_columns(ctx):
    def place(i):
        return "; ".join(place_text(p) for p in i.places)

    def sources(i):
        return cited(ctx, i.source_ids)

    def exhibits(i):
        by_id = {e.id: e.label for e in ctx.file.exhibits} if ctx.file else {}
        return ", ".join(labels.isolate(by_id[e]) for e in i.exhibit_ids if e in by_id)

    def date_tip(i):
        raw = " – ".join(x for x in (i.date_start, i.date_end) if x)
        if not raw:
            return tr("Date unknown: shown where it was placed (Move up / Move down)")
        return tr("As entered: {date}").format(date=raw)

    def when(i):
        text = labels.format_qualified(i.date_start, i.date_end, i.date_qualifier)
        if i.duration:
            text += " (" + labels.format_duration(i.duration, i.duration_qualifier) + ")"
        return text

    return [
        Column(tr("Date"), when, date_tip),
        Column(tr("Tactic"), lambda i: labels.vocab_label(vocab.TACTIC, i.tactic)),
        Column(tr("Location"), place),
        Column(tr("Targeted"), lambda i: "; ".join(person_name(ctx, p) for p in i.target_ids)),
        Column(tr("Involved"), lambda i: "; ".join(actor_text(ctx, a) for a in i.actors)),
        Column(tr("Host state"), lambda i: labels.vocab_label(vocab.HOST_INVOLVEMENT, i.host_involvement)),
        Column(tr("Sources"), sources),
        Column(tr("Exhibits"), exhibits),
        Column(tr("Verification"), lambda i: labels.vocab_label(vocab.VERIFICATION, i.verification)),
        Column(tr("Description"), lambda i: i.description, stretch=True),
    ]


def source_columns(ctx):
    def grade_tip(s):
        return (f"{s.reliability}: {labels.vocab_label(vocab.SOURCE_RELIABILITY, s.reliability)}\n"
                f"{s.credibility}: {labels.vocab_label(vocab.INFORMATION_CREDIBILITY, s.credibility)}")

    def published(s):
        parts = [s.title, s.authors, s.outlet]
        if s.based_on_id:
            parts.append(tr("reports {source}").format(source=cited(ctx, [s.based_on_id])))
        return " · ".join(labels.isolate(x) for x in parts if x)

    return [
        Column(tr("No."), lambda s: f"[{source_numbers(ctx).get(s.id, '')}]"),
        Column(tr("Grade"), lambda s: s.grade, grade_tip),
        Column(tr("Kind"), lambda s: labels.vocab_label(vocab.SOURCE_KIND, s.kind)),
        Column(tr("Date"), lambda s: labels.format_partial(s.date)),
        Column(tr("Language"), lambda s: s.language),
        Column(tr("Citation"), lambda s: s.citation, stretch=True),
        Column(tr("Title, author, outlet"), published),
        Column(tr("URL"), lambda s: s.url),
    ]


def intervention_columns(ctx):
    def decision(i):
        if not i.decision:
            return ""
        return " ".join(x for x in (labels.vocab_label(vocab.DECISION, i.decision),
                                    labels.format_partial(i.decision_date)) if x)

    return [
        Column(tr("Kind"), lambda i: labels.vocab_label(vocab.INTERVENTION_KIND, i.kind)),
        Column(tr("Date"), lambda i: labels.format_partial(i.date)),
        Column(tr("Status"), lambda i: labels.vocab_label(vocab.INTERVENTION_STATUS, i.status)),
        Column(tr("Addressed to"), lambda i: organisation_name(ctx, i.addressee_id)),
        Column(tr("File number"), lambda i: i.file_number),
        Column(tr("For"), lambda i: person_name(ctx, i.claimant_id)),
        Column(tr("Asks"), lambda i: labels.vocab_label(vocab.INTERVENTION_REQUEST, i.request)),
        Column(tr("Decision"), decision),
        Column(tr("Response"), lambda i: i.response, stretch=True),
        Column(tr("Notes"), lambda i: i.notes),
    ]


def notice_columns(ctx):
    def requests(n):
        found = [i for i in ctx.file.interventions if i.concerns_id == n.id] if ctx.file else []
        return "; ".join(" ".join(x for x in (labels.vocab_label(vocab.INTERVENTION_REQUEST, i.request),
                                              labels.format_partial(i.date),
                                              labels.vocab_label(vocab.DECISION, i.decision)) if x) for i in found)

    return [
        Column(tr("Kind"), lambda n: labels.vocab_label(vocab.NOTICE_KIND, n.kind)),
        Column(tr("Person sought"), lambda n: person_name(ctx, n.subject_id)),
        Column(tr("Issued"), lambda n: " ".join(x for x in (labels.format_partial(n.date), n.issuing_country) if x)),
        Column(tr("Charge"), lambda n: n.charge),
        Column(tr("Status"), lambda n: " ".join(x for x in (labels.vocab_label(vocab.NOTICE_STATUS, n.status),
                                                          labels.format_partial(n.status_date)) if x)),
        Column(tr("Requests to the CCF"), requests, stretch=True),
    ]


def extradition_columns(ctx):
    return [
        Column(tr("Person sought"), lambda x: person_name(ctx, x.subject_id)),
        Column(tr("From → to"), lambda x: f"{x.requesting_country or '?'} → {x.requested_country or '?'}"),
        Column(tr("Requested"), lambda x: labels.format_partial(x.date)),
        Column(tr("Charge"), lambda x: x.charge),
        Column(tr("Status"), lambda x: " ".join(y for y in (labels.vocab_label(vocab.EXTRADITION_STATUS, x.status),
                                                          labels.format_partial(x.status_date)) if y)),
        Column(tr("Notes"), lambda x: x.notes, stretch=True),
    ]


def outcome_columns(ctx):
    return [
        Column(tr("Since"), lambda o: labels.format_qualified(o.date, None, o.date_qualifier)),
        Column(tr("Outcome"), lambda o: labels.vocab_label(vocab.OUTCOME, o.outcome)),
        Column(tr("Sources"), lambda o: cited(ctx, o.source_ids)),
        Column(tr("Notes"), lambda o: o.notes, stretch=True),
    ]


def note_columns(ctx):
    return [
        Column(tr("Written"), lambda n: labels.format_timestamp(n.created_at)),
        Column(tr("By"), lambda n: n.author),
        Column(tr("Note"), lambda n: n.body, stretch=True),
    ]


def task_columns(ctx):
    return [
        Column(tr("Done"), lambda t: "✓" if t.done else ""),
        Column(tr("Task"), lambda t: t.title, stretch=True),
        Column(tr("Due"), lambda t: labels.format_partial(t.due_date)),
    ]


def descriptions(ctx):
    """Record id -> a short description, for the history tab (built once per load)."""
    f = ctx.file
    if f is None:
        return {}
    out = {f.case.id: labels.isolate(f.case.reference)}
    out.update({p.id: labels.record_summary(p) for p in f.persons.values()})
    out.update({r.id: person_name(ctx, r.person_id) for r in f.roles})
    for records in (f.incidents, f.sources, f.exhibits, f.interventions, f.notes, f.tasks, f.notices,
                    f.extraditions, f.outcomes):
        out.update({r.id: labels.record_summary(r) for r in records})
    return out


def describe(ctx, entry):
    """What an audit entry is about, from the records still in the case. A conflict's entry (the
    choice between two versions) names the record the conflict was about."""
    if entry.entity == "conflict":
        record_id = ctx.conflicts.get(entry.entity_id)
        what = ctx.descriptions.get(record_id) if record_id else None
        return tr("Choice between two versions of: {record}").format(record=what) if what else \
            tr("Choice between two versions of a record no longer in this case")
    return ctx.descriptions.get(entry.entity_id) or tr("(no longer in this case)")


def action_text(entry):
    """A merge that wrote no new version (empty after-digest) deleted the record; say so."""
    if entry.action == "merge" and entry.entity not in ("bundle", "conflict") and not entry.after_digest:
        return tr("deleted by a merge")
    return labels.action_label(entry.action)


def history_columns(ctx):
    return [
        Column(tr("When"), lambda e: labels.format_timestamp(e.at)),
        Column(tr("Who"), lambda e: e.author),
        Column(tr("Action"), action_text),
        Column(tr("Record"), lambda e: labels.entity_label(e.entity)),
        Column(tr("What"), lambda e: describe(ctx, e), stretch=True),
    ]
