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
    return labels.person_name(person) if person else ""


def actor_text(ctx, actor):
    if actor.person_id:
        name = person_name(ctx, actor.person_id)
    else:
        org = ctx.organisations.get(actor.organisation_id)
        name = labels.isolate(org.name or org.name_original) if org else ""
    return f"{name} ({labels.vocab_label(vocab.DEGREE, actor.degree)})"


def source_numbers(ctx):
    return citations.source_numbers(ctx.file.sources) if ctx.file else {}


def people_columns(ctx):
    def role_text(r):
        text = labels.vocab_label(vocab.ROLE, r.role)
        if r.relation:
            text += f" ({labels.vocab_label(vocab.RELATION, r.relation)})"
        return text

    def person(r):
        return ctx.file.persons.get(r.person_id) if ctx.file else None

    return [
        Column(tr("Name"), lambda r: person_name(ctx, r.person_id)),
        Column(tr("Role"), role_text),
        Column(tr("Consent"), lambda r: labels.vocab_label(vocab.CONSENT, person(r).consent) if person(r) else ""),
        Column(tr("Residence status"), lambda r: labels.vocab_label(vocab.RESIDENCE_STATUS, person(r).residence_status)
               if person(r) else ""),
        Column(tr("Notes"), lambda r: r.notes, stretch=True),
    ]


def incident_columns(ctx):
    def place(i):
        return ", ".join(labels.isolate(x) for x in (i.location, i.city, i.country) if x)

    def sources(i):
        numbers = source_numbers(ctx)
        return ", ".join(f"S{numbers[s]}" for s in i.source_ids if s in numbers)

    def exhibits(i):
        by_id = {e.id: e.label for e in ctx.file.exhibits} if ctx.file else {}
        return ", ".join(labels.isolate(by_id[e]) for e in i.exhibit_ids if e in by_id)

    def date_tip(i):
        raw = " – ".join(x for x in (i.date_start, i.date_end) if x)
        return tr("As entered: {date}").format(date=raw) if raw else tr("Date unknown")

    return [
        Column(tr("Date"), lambda i: labels.format_range(i.date_start, i.date_end), date_tip),
        Column(tr("Tactic"), lambda i: labels.vocab_label(vocab.TACTIC, i.tactic)),
        Column(tr("Location"), place),
        Column(tr("Targeted"), lambda i: person_name(ctx, i.targeted_person_id)),
        Column(tr("Involved"), lambda i: "; ".join(actor_text(ctx, a) for a in i.actors)),
        Column(tr("Sources"), sources),
        Column(tr("Exhibits"), exhibits),
        Column(tr("Verification"), lambda i: labels.vocab_label(vocab.VERIFICATION, i.verification)),
        Column(tr("Description"), lambda i: i.description, stretch=True),
    ]


def source_columns(ctx):
    def grade_tip(s):
        return (f"{s.reliability}: {labels.vocab_label(vocab.SOURCE_RELIABILITY, s.reliability)}\n"
                f"{s.credibility}: {labels.vocab_label(vocab.INFORMATION_CREDIBILITY, s.credibility)}")

    return [
        Column(tr("No."), lambda s: f"S{source_numbers(ctx).get(s.id, '')}"),
        Column(tr("Grade"), lambda s: s.grade, grade_tip),
        Column(tr("Kind"), lambda s: labels.vocab_label(vocab.SOURCE_KIND, s.kind)),
        Column(tr("Date"), lambda s: labels.format_partial(s.date)),
        Column(tr("Language"), lambda s: s.language),
        Column(tr("Citation"), lambda s: s.citation, stretch=True),
        Column(tr("URL"), lambda s: s.url),
    ]


def intervention_columns(ctx):
    return [
        Column(tr("Kind"), lambda i: labels.vocab_label(vocab.INTERVENTION_KIND, i.kind)),
        Column(tr("Date"), lambda i: labels.format_partial(i.date)),
        Column(tr("Status"), lambda i: labels.vocab_label(vocab.INTERVENTION_STATUS, i.status)),
        Column(tr("Response"), lambda i: i.response, stretch=True),
        Column(tr("Notes"), lambda i: i.notes),
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
    for records in (f.incidents, f.sources, f.exhibits, f.interventions, f.notes, f.tasks):
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
