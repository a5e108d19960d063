"""The dossier's contents, in order: cover, table of contents, summary (with the outcome over
time), persons, chronology, legal proceedings (Interpol notices and extradition requests, with the
requests made about them), exhibits (list, then one page per reproducible image), sources,
interventions and, on request, open tasks. Everything printed comes from the redacted copy
of the case (redaction.py), so no function here decides who may be named; what the profile
leaves out has no row here either (Redaction.prints). Every string goes through Redaction.scrub
last: the typesetter calls it for every paragraph, and `cell` for the plain strings a table draws
itself.

Thread rule: builds flowables for one document on the calling thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from db import vocab
from db.chronology import source_numbers
from db.citations import numbered
from db.dates import sort_key
from db.models import Actor, Exhibit, Incident, Intervention, Person
from db.normalise import FSI, PDI
from exporters.pdf.columns import fit_widths, word_width
from exporters.pdf.exhibit_files import CleanImage, ExhibitFiles, UnreadableImage
from exporters.pdf.layout import (
    INK,
    RULE,
    SHADE,
    Anchored,
    DossierTable,
    JpegImage,
    PageRef,
    PageRefs,
    SectionMark,
    Styles,
    TocLine,
)
from exporters.pdf.redaction import DESCRIBED, PROFILES, PSEUDONYMISED, Redaction, cast_key
from exporters.pdf.text import HAS_RTL, Typesetter
from exporters.pdf.words import Words

Progress = Callable[[str, int, int], None]
WITHHELD = {
    "shows": "WITHHELD in this version: it shows a person who may not be named here. It is listed by its "
             "number and hash only and is not reproduced.",
    "unrecorded": "WITHHELD in this version: who appears in it is not recorded. It is listed by its number and "
                  "hash only and is not reproduced.",
}
CELL_PAD = 8  # left plus right padding of a table cell, in points
IMAGE_HEAD_ROOM = 48 * mm  # above an exhibit's image on its page: heading, description, file and hash


@dataclass(frozen=True)
class CoverFacts:
    purpose: str
    produced_on: str
    marking: str
    vault_state: tuple[int, str]
    prepared_by: str = ""  # who prepared the dossier (name, organisation), as the user typed it


class Story:
    """Collects the flowables of one dossier."""

    def __init__(self, red: Redaction, ts: Typesetter, st: Styles, refs: PageRefs, width: float, height: float,
                 files: ExhibitFiles, words: Words | None = None) -> None:
        self.red, self.cf, self.ts, self.st, self.refs = red, red.case_file, ts, st, refs
        self.w = words or Words("en")
        self.width, self.height = width, height
        self.files = files
        self.flow: list[Flowable] = []
        self.source_no = source_numbers(self.cf.sources)
        self.images: dict[str, CleanImage] = {}
        self.image_problems: dict[str, str] = {}
        self._plain: dict[tuple[str, float], str | None] = {}
        self._base = ts.fonts.font_for("A")
        self._table_class = type("DossierTable", (DossierTable,), {"page_room": height})

    # -- helpers -----------------------------------------------------------------------------------

    def p(self, text: str, style: Any = None, width: float | None = None) -> Flowable:
        return self.ts.paragraph(text, style or self.st.body, width or self.width)

    def cell(self, text: str, style: Any, col_width: float, alone: bool = True) -> Any:
        """Text in a table column of `col_width` (cells have CELL_PAD of padding): a Paragraph, or, for
        a short line in the base font (a date, a status), the plain string the table draws itself,
        which is several times cheaper to lay out (only `alone` in its cell: a list holds flowables)."""
        avail = col_width - CELL_PAD
        if alone and style is self.st.small and "\n" not in text and len(text) < 40:
            key = (text, avail)
            if key not in self._plain:
                base = self.st.small.fontName
                shown = self.red.scrub(text)
                if FSI in shown and not HAS_RTL(shown):  # nothing to keep apart: the plain string will do
                    shown = shown.replace(FSI, "").replace(PDI, "")
                fits = (all(self.ts.fonts.font_for(c) is self._base for c in shown)
                        and stringWidth(shown, base, style.fontSize) <= avail)
                self._plain[key] = shown if fits else None
            if self._plain[key] is not None:
                return self._plain[key]
        para = self.ts.paragraph(text, style, avail)
        para.cell_source = (text, style)  # type: ignore[attr-defined]  # to set it again at another width
        return para

    def heading(self, number: int | None, title: str, key: str) -> None:
        """A section's heading on a new page (`title` in English; printed in the dossier's language)."""
        title = self.w(title)
        text = f"{number}. {title}" if number is not None else title
        self.flow += [SectionMark(title), PageBreak()]
        m = self.ts.markup(text, self.st.h1)
        self.flow.append(Anchored(m.xml, self.st.h1, self.refs, key, self.red.scrub(text), 0))

    def table(self, header: Sequence[str], rows: list[list[Any]], widths: Sequence[float],
              head_style: Any = None) -> Table:
        head = [self.cell(self.w(h), head_style or self.st.small_bold, w) for h, w in zip(header, widths, strict=True)]
        rows, widths = self._fit([head, *rows], widths)
        t = self._table_class(rows, colWidths=list(widths), repeatRows=1, splitByRow=1, splitInRow=1)
        t.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), self.st.small.fontName, self.st.small.fontSize, self.st.small.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD - 4), ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return t

    def _fit(self, rows: list[list[Any]], widths: Sequence[float]) -> tuple[list[list[Any]], list[float]]:
        """Columns widened to their widest word (exporters.pdf.columns), and the cells of every column
        whose width changed set again at the new width (lines with Chinese are broken when a cell is made)."""
        needs = [CELL_PAD + max((self._word_width(row[k]) for row in rows), default=0.0) for k in range(len(widths))]
        fitted = fit_widths(widths, needs)
        changed = [k for k in range(len(widths)) if abs(fitted[k] - widths[k]) > 0.01]
        if not changed:
            return rows, list(widths)

        def again(cell: Any, width: float, alone: bool) -> Any:
            if isinstance(cell, list):
                return [again(x, width, False) for x in cell]
            source = getattr(cell, "cell_source", None)
            return cell if source is None else self.cell(source[0], source[1], width, alone)

        rows = [[again(c, fitted[k], True) if k in changed else c for k, c in enumerate(row)] for row in rows]
        return rows, fitted

    def _word_width(self, cell: Any) -> float:
        if isinstance(cell, list):
            return max((self._word_width(x) for x in cell), default=0.0)
        if isinstance(cell, str):
            text, style = cell, self.st.small
        else:
            text, style = getattr(cell, "cell_source", ("", self.st.small))
        # as stored, not scrubbed: measuring must not count mentions of names (a pseudonym is short anyway)
        return word_width(text, style.fontName, style.fontSize, self.ts.fonts)

    def fields(self, pairs: list[tuple[str, str]], key_width: float = 42 * mm) -> Table:
        rows = [[self.cell(self.w(k), self.st.small_bold, key_width),
                 self.cell(v, self.st.small, self.width - key_width)] for k, v in pairs if v]
        t = self._table_class(rows, colWidths=[key_width, self.width - key_width], splitByRow=1, splitInRow=1)
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), self.st.small.fontName, self.st.small.fontSize,
                                self.st.small.leading), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return t

    def person(self, person_id: str | None) -> str:
        """A person's names; a group's or an unidentified person's description, said as such."""
        p = self.cf.persons.get(person_id or "")
        return p.name if p is not None and not self.red.is_named(p.id) else person_text(p, self.w)

    def organisation(self, organisation_id: str | None) -> str:
        o = self.cf.organisations.get(organisation_id or "")
        return " ".join(iso(x) for x in (o.name, o.name_original) if x) if o else ""

    def country(self, code: str) -> str:
        return iso(self.w.country(code))

    def countries(self, codes: Sequence[str]) -> str:
        return self.w.join([self.country(c) for c in codes])

    def cites(self, source_ids: Sequence[str]) -> str:
        return " ".join(f"[{n}]" for n in sorted({self.source_no[s] for s in source_ids if s in self.source_no}))

    def actor(self, a: Actor) -> str:
        name = iso(self.person(a.person_id)) if a.person_id else self.organisation(a.organisation_id)
        return f"{name} ({self.w.lower(self.w.vocab(vocab.DEGREE, a.degree))})"

    def refs_of(self, i: Incident) -> str:
        marks = [f"[{n}]" for n in sorted({self.source_no[s] for s in i.source_ids if s in self.source_no})]
        labels = {e.id: e.label for e in self.cf.exhibits}
        return " ".join(marks + [labels[e] for e in i.exhibit_ids if e in labels])

    # -- sections ----------------------------------------------------------------------------------

    def cover(self, facts: CoverFacts) -> None:
        c = self.cf.case
        seq, digest = facts.vault_state
        self.flow += [Spacer(1, 28 * mm), self.p(self.w("CASE DOSSIER"), self.st.muted), Spacer(1, 3 * mm),
                      self.p(c.reference, self.st.cover_title), self.p(c.title, self.st.cover_sub)]
        if facts.purpose:
            self.flow += [Spacer(1, 2 * mm), self.p(facts.purpose, self.st.body)]
        self.flow += [Spacer(1, 12 * mm), self.fields([
            ("Prepared by", facts.prepared_by), ("Produced on", facts.produced_on),
            ("Redaction profile", self.w(PROFILES[self.red.profile]) + "."),
            ("Confidentiality" if self.red.prints("case", "confidentiality") else "Version", facts.marking),
            ("Vault state", self.w("audit entry {seq}, SHA-256 {digest}", seq=seq, digest=digest)),
            ("Produced with", self.w("CaseVault, offline, from the case records in an encrypted vault")),
        ]), Spacer(1, 8 * mm), self.p(self.w(
            "The vault state is the hash at the head of the vault's audit trail when this dossier was made: "
            "two dossiers showing the same value were made from the same records. Exhibits are identified "
            "by the SHA-256 of the files stored in the vault; images reproduced here are resized copies "
            "without metadata."), self.st.muted), Spacer(1, 14 * mm), self.p(facts.marking, self.st.marking)]

    def contents(self, sections: list[tuple[str, str]], exhibit_keys: list[tuple[str, str]]) -> None:
        self.flow += [SectionMark("Contents"), PageBreak(), self.p(self.w("Contents"), self.st.h1)]
        for key, title in sections:
            self.flow.append(TocLine(self.p(title, self.st.toc1, self.width - 40), self.refs, key,
                                     self.st.toc1.fontSize))
            if key == "exhibits":
                for ekey, etitle in exhibit_keys:
                    line = self.p(etitle, self.st.toc2, self.width - 40 - self.st.toc2.leftIndent)
                    self.flow.append(TocLine(line, self.refs, ekey, self.st.toc2.fontSize))

    def summary(self, n: int) -> None:
        c, cf = self.cf.case, self.cf
        self.heading(n, "Summary", "summary")
        host = " / ".join(x for x in (self.country(c.host_country), iso(c.region)) if x)
        shown = self.red.prints
        self.flow.append(self.fields([
            ("Reference", c.reference), ("Title", c.title),
            ("Confidentiality", self.w.vocab(vocab.CONFIDENTIALITY, c.confidentiality)
             if shown("case", "confidentiality") else ""),
            ("Campaign", self.w.vocab(vocab.CAMPAIGN, c.campaign)), ("Origin state", self.country(c.origin_country)),
            ("Host country", host), ("Outcome", self.w.vocab(vocab.OUTCOME, c.outcome))]))
        if c.summary:
            self.flow += [self.p(self.w("Account"), self.st.h2), self.p(c.summary)]
        if cf.outcomes:
            self.flow += [self.p(self.w("Outcome over time"), self.st.h2), self.fields(
                [(self.w.qualified(o.date, None, o.date_qualifier) or "Undated",
                  " ".join(x for x in (self.w.vocab(vocab.OUTCOME, o.outcome), self.cites(o.source_ids)) if x)
                  + (f"\n{o.notes}" if o.notes else "")) for o in cf.outcomes])]
        dated = [i for i in cf.incidents if i.date_start or i.date_end]
        counts = {}
        for i in cf.incidents:
            counts[i.verification] = counts.get(i.verification, 0) + 1
        verified = ", ".join(f"{k} {self.w.plural(self.w.lower(self.w.vocab(vocab.VERIFICATION, v)), k)}"
                             for v, k in counts.items())
        recorded = self.w("{n} recorded", n=len(cf.incidents))
        key_dates = [("Incidents", recorded + (f" ({verified})" if verified else "")),
                     ("Sources and exhibits", self.w("{sources} source(s), {exhibits} exhibit(s)",
                                                     sources=len(cf.sources), exhibits=len(cf.exhibits)))]
        if dated:
            first, last = min(dated, key=_start_key), max(dated, key=_start_key)
            colon = self.w.colon
            key_dates += [("First incident", f"{self.when(first)}{colon}{self.w.vocab(vocab.TACTIC, first.tactic)}"),
                          ("Latest incident", f"{self.when(last)}{colon}{self.w.vocab(vocab.TACTIC, last.tactic)}")]
        third = sorted({p.country for i in cf.incidents for p in i.places if p.role == "third_country" and p.country})
        if third:
            key_dates.append(("Third countries", self.countries(third)))
        low = self.w.lower
        key_dates += [(self.w.date(n.date) or "Undated", f"{self.w.vocab(vocab.NOTICE_KIND, n.kind)} "
                       f"({low(self.w.vocab(vocab.NOTICE_STATUS, n.status))})") for n in cf.notices]
        key_dates += [(self.w.date(x.date) or "Undated", self.w("Extradition request") +
                       f" ({low(self.w.vocab(vocab.EXTRADITION_STATUS, x.status))})") for x in cf.extraditions]
        status = shown("intervention", "status")
        key_dates += [(self.w.date(i.date) or "Undated", self.w.vocab(vocab.INTERVENTION_KIND, i.kind)
                       + (f" ({low(self.w.vocab(vocab.INTERVENTION_STATUS, i.status))})" if status else ""))
                      for i in cf.interventions]
        self.flow += [self.p(self.w("Key dates"), self.st.h2), self.fields(key_dates)]

    def persons(self, n: int) -> None:
        cf = self.cf
        self.heading(n, "Persons", "persons")
        by_person: dict[str, list[str]] = {}
        for r in sorted(cf.roles, key=cast_key):
            # What happened to relatives and associates has its own part below; others' notes go here.
            notes = f" \u2014 {r.notes}" if r.notes and r.role not in vocab.RELATED_ROLES else ""
            by_person.setdefault(r.person_id, []).append(role_text(r.role, r.relation, self.w) + notes)
        in_groups = {m: p for p in cf.persons.values() for m in p.member_ids}
        for pid in cf.persons:
            if pid not in by_person:
                group = cf.persons.get(in_groups.get(pid, ""))
                by_person[pid] = [self.w("Member of: {group}", group=self.person(group.id)) if group
                                  else self.w("Named in incidents or exhibits")]
        residence = any(self.red.prints(kind, "residence_status") for kind in ("person", PSEUDONYMISED))
        w = (44 * mm, 34 * mm, 26 * mm, self.width - 104 * mm) if residence else \
            (50 * mm, 44 * mm, self.width - 94 * mm)
        rows = []
        for pid, roles in by_person.items():
            p = cf.persons.get(pid)
            if p is None:
                continue
            named = self.red.is_named(pid)
            kind = PSEUDONYMISED if not named else DESCRIBED if p.kind != "individual" else "person"

            def shown(field: str, value: str, kind: str = kind) -> str:
                return value if self.red.prints(kind, field) else ""

            names = [p.name, p.name_original] + ([self.w("also: {names}", names=", ".join(map(iso, p.aliases)))]
                                                 if p.aliases else [])
            if p.kind != "individual" and named:
                names.append(kind_text(p, self.w))
            details = [("Sex", shown("sex", self.w.vocab(vocab.SEX, p.sex) if p.sex != "unknown" else "")),
                       ("Members", self.w.semicolon.join(iso(self.person(m)) for m in p.member_ids)),
                       ("Category", self.w.join([self.w.vocab(vocab.TARGET_CATEGORY, c) for c in p.categories])),
                       ("Born", self.w.date(p.birth_date)), ("Citizenship", self.countries(p.citizenships)),
                       ("Occupation", p.occupation),
                       ("Consent", shown("consent", self.w.vocab(vocab.CONSENT, p.consent))),
                       ("Contact", p.contact_notes), ("Address", p.address), ("Notes", p.notes)]
            row = [[self.cell(x, self.st.small_bold if k == 0 else self.st.small, w[0], False) for k, x in
                    enumerate(names) if x], self.cell(self.w.semicolon.join(roles), self.st.small, w[1])]
            if residence:
                status = self.w.vocab(vocab.RESIDENCE_STATUS, p.residence_status)
                row.append(self.cell(shown("residence_status", status), self.st.small, w[2]))
            row.append(self.cell("\n".join(f"{self.w(k)}{self.w.colon}{iso(v)}" for k, v in details if v),
                                 self.st.small, w[-1]))
            rows.append(row)
        header = ["Person", "Role", *(["Residence status"] if residence else []), "Details"]
        self.flow.append(self.table(header, rows, w))
        relatives = [r for r in sorted(cf.roles, key=cast_key) if r.role in vocab.RELATED_ROLES]
        if relatives:
            self.flow.append(self.p(self.w("Relatives and associates, and what happened to them"), self.st.h2))
            for r in relatives:
                rel = relation_text(r.relation, self.w)
                parts = [self.p(f"{iso(self.person(r.person_id))}, {rel}", self.st.small_bold)]
                if r.notes:
                    parts.append(self.p(r.notes, self.st.small))
                for i in cf.incidents:
                    if r.person_id in i.target_ids:
                        parts.append(self.p(f"{self.when(i) or self.w('Undated')}{self.w.colon}"
                                            f"{self.w.vocab(vocab.TACTIC, i.tactic)} {self.refs_of(i)}", self.st.small))
                self.flow += [KeepTogether(parts), Spacer(1, 2 * mm)]
        self.organisations()

    def organisations(self) -> None:
        """The organisations of the case (perpetrator units, addressees, bureaus), under the cast."""
        orgs = list(self.cf.organisations.values())
        if not orgs:
            return
        self.flow.append(self.p(self.w("Organisations"), self.st.h2))
        w = (60 * mm, 40 * mm, self.width - 100 * mm)
        rows = []
        for o in orgs:
            names = [x for x in (o.name, o.name_original) if x]
            parent = self.organisation(o.parent_id)
            details = [("Level", self.w.vocab(vocab.ORGANISATION_LEVEL, o.level) if o.level else ""),
                       ("Place", self.w.join([iso(o.city), self.country(o.country)])),
                       ("Part of", parent), ("Notes", o.notes)]
            rows.append([[self.cell(x, self.st.small_bold if k == 0 else self.st.small, w[0], False)
                          for k, x in enumerate(names)],
                         self.cell(self.w.vocab(vocab.ORGANISATION_KIND, o.kind), self.st.small, w[1]),
                         self.cell("\n".join(f"{self.w(k)}{self.w.colon}{v}" for k, v in details if v),
                                   self.st.small, w[2])])
        self.flow.append(self.table(["Organisation", "Kind", "Details"], rows, w))

    def chronology(self, n: int) -> None:
        self.heading(n, "Chronology", "chronology")
        self.flow.append(self.p(self.w(
            "Every incident in date order; dates are as precise as recorded (\"early\", \"circa\", \"before\" as "
            "the sources say), and incidents of unknown date stand where the case places them. Numbers in brackets "
            "refer to the sources (section Sources), E-numbers to exhibits."), self.st.muted))
        w = (27 * mm, self.width - 75 * mm, 24 * mm, 24 * mm)
        rows = []
        for i in self.cf.incidents:
            places = self.w.semicolon.join(self.place(p) for p in i.places)
            what = self.w.vocab(vocab.TACTIC, i.tactic) + (f" \u2014 {places}" if places else "")
            lines = [i.description] if i.description else []
            if i.target_ids:
                lines.append(self.w("Targeted") + self.w.colon
                             + self.w.semicolon.join(iso(self.person(t)) for t in i.target_ids))
            if i.actors:
                lines.append(self.w("Acted") + self.w.colon + self.w.semicolon.join(self.actor(a) for a in i.actors))
            if i.duration:
                lines.append(self.w("Lasted") + self.w.colon + self.w.duration(i.duration, i.duration_qualifier))
            if i.host_involvement:
                lines.append(self.w("Host state") + self.w.colon
                             + self.w.lower(self.w.vocab(vocab.HOST_INVOLVEMENT, i.host_involvement)))
            cell = [self.cell(what, self.st.small_bold, w[1])]
            if lines:
                cell.append(self.cell("\n".join(lines), self.st.small, w[1], False))
            rows.append([self.cell(self.when(i) or self.w("Date unknown"), self.st.small, w[0]), cell,
                         self.cell(self.w.vocab(vocab.VERIFICATION, i.verification), self.st.small, w[2]),
                         self.cell(self.refs_of(i), self.st.small, w[3])])
        self.flow.append(self.table(["Date", "Incident", "Verification", "Sources, exhibits"], rows, w))

    def place(self, p: Any) -> str:
        where = ", ".join(x for x in (iso(p.location), iso(p.city), self.country(p.country)) if x)
        if p.role == "took_place":
            return where
        return f"{self.w.lower(self.w.vocab(vocab.PLACE_ROLE, p.role))}{self.w.colon}{where}"

    def proceedings(self, n: int | None) -> None:
        """Interpol notices and extradition requests, each with its life and the requests made about it."""
        cf = self.cf
        self.heading(n, "Legal proceedings", "proceedings")
        for k, notice in enumerate(cf.notices, 1):
            self.flow += [self.p(self.notice_title(notice, k), self.st.h2), self.fields(self.notice_fields(notice))]
            self._requests(notice.id)
        for k, x in enumerate(cf.extraditions, 1):
            title = self.w("Extradition request") + (f" {x.reference}" if x.reference else f" ({k})")
            self.flow += [self.p(title, self.st.h2), self.fields([
                ("Person sought", iso(self.person(x.subject_id))),
                ("Requested", " ".join(y for y in (
                    self.w.date(x.date),
                    self.w("by {country}", country=self.country(x.requesting_country)) if x.requesting_country else "",
                    self.w("of {country}", country=self.country(x.requested_country)) if x.requested_country else "")
                    if y)),
                ("Charge", x.charge),
                ("Status", self.w.vocab(vocab.EXTRADITION_STATUS, x.status)
                 + (" " + self.w("since {date}", date=self.w.date(x.status_date)) if x.status_date else "")),
                ("Notes", x.notes), ("Sources", self.cites(x.source_ids))])]
            self._requests(x.id)

    def notice_title(self, notice: Any, k: int) -> str:
        return self.w.vocab(vocab.NOTICE_KIND, notice.kind) + (f" {notice.reference}" if notice.reference
                                                                else f" ({k})")

    def notice_fields(self, notice: Any) -> list[tuple[str, str]]:
        return [("Person sought", iso(self.person(notice.subject_id))),
                ("Issued", " ".join(x for x in (
                    self.w.date(notice.date),
                    self.w("by {country}", country=self.country(notice.issuing_country))
                    if notice.issuing_country else "") if x)),
                ("Bureau", self.organisation(notice.issuing_bureau_id)), ("Charge", notice.charge),
                ("Status", self.w.vocab(vocab.NOTICE_STATUS, notice.status)
                 + (" " + self.w("since {date}", date=self.w.date(notice.status_date)) if notice.status_date else "")),
                ("Notes", notice.notes), ("Sources", self.cites(notice.source_ids))]

    def _requests(self, record_id: str) -> None:
        requests = [i for i in self.cf.interventions if i.concerns_id == record_id]
        if not requests:
            return
        w = (24 * mm, self.width - 24 * mm)
        rows = [[self.cell(self.w.date(i.date) or self.w("undated"), self.st.small, w[0]),
                 self.cell(self.filing(i), self.st.small, w[1], False)] for i in requests]
        self.flow += [Spacer(1, 2 * mm), self.table(["Date", "Requests about it and their decisions"], rows, w)]

    def filing(self, i: Intervention) -> str:
        """An intervention's kind, status and filing details in one text."""
        w, low = self.w, self.w.lower
        status = low(w.vocab(vocab.INTERVENTION_STATUS, i.status))
        parts = [f"{w.vocab(vocab.INTERVENTION_KIND, i.kind)} ({status})"]
        if i.request:
            parts.append(w("Asks") + w.colon + low(w.vocab(vocab.INTERVENTION_REQUEST, i.request)))
        if i.addressee_id:
            parts.append(w("To") + w.colon + self.organisation(i.addressee_id))
        if i.file_number:
            parts.append(w("File number") + w.colon + iso(i.file_number))
        if i.claimant_id:
            uci = f", UCI {iso(i.uci)}" if i.uci else ""
            parts.append(w("For") + w.colon + iso(self.person(i.claimant_id)) + uci)
        if i.counsel_id:
            parts.append(w("Counsel of record") + w.colon + iso(self.person(i.counsel_id)))
        if i.decision:
            parts.append(w("Decision") + w.colon + low(w.vocab(vocab.DECISION, i.decision))
                         + (f" ({w.date(i.decision_date)})" if i.decision_date else ""))
        return "\n".join(parts)

    def exhibit_meta(self, e: Exhibit) -> str:
        return ", ".join(x for x in (iso(e.original_name), iso(e.mime_type), self.size(e.size),
                                     self.w("captured {date}", date=self.w.date(e.captured_at))
                                     if e.captured_at else "") if x)

    def exhibits(self, n: int | None, image_pages: bool = True) -> list[tuple[str, str]]:
        """The exhibit list; returns (anchor, title) of the image pages added after it (none when
        `image_pages` is false: a filing package reproduces every exhibit as a document of its own)."""
        self.heading(n, "Exhibits", "exhibits")
        pages: list[tuple[str, str]] = []
        w = (16 * mm, self.width - 16 * mm)
        rows = []
        for e in self.cf.exhibits:
            stored = self._check(e)
            if e.id in self.red.withheld:
                rows.append([self.cell(e.label, self.st.small_bold, w[0]), [
                    self.cell(self.w(WITHHELD[self.red.withheld[e.id]]), self.st.small_bold, w[1], False),
                    self.cell(", ".join(x for x in (iso(e.mime_type), self.size(e.size)) if x), self.st.small, w[1],
                              False),
                    self.cell(f"SHA-256 {stored}", self.st.tiny, w[1])]])
                continue
            cell: list[Flowable] = []
            if e.description:
                cell.append(self.cell(e.description, self.st.small_bold, w[1]))
            cell += [self.cell(self.exhibit_meta(e), self.st.small, w[1], False),
                     self.cell(f"SHA-256 {stored}", self.st.tiny, w[1])]
            if stored != e.sha256:
                cell.append(self.cell(self.w("WARNING: the stored file does not match the SHA-256 recorded at intake "
                                             "({sha256}).", sha256=e.sha256), self.st.small_bold, w[1]))
            provenance = self._provenance(e)
            if provenance:
                cell.append(self.cell(provenance, self.st.small, w[1], False))
            if not image_pages:
                pass
            elif e.id in self.images:
                pages.append((f"exhibit-{e.number}", f"{e.label} {iso(e.description or e.original_name)}"))
                cell.append(PageRef(self.w("Reproduced on page"), self.refs, f"exhibit-{e.number}",
                                    self.st.small.fontName, self.st.small.fontSize))
            else:
                cell.append(self.cell(self._why_not(e), self.st.muted, w[1]))
            rows.append([self.cell(e.label, self.st.small_bold, w[0]), cell])
        if rows:
            self.flow.append(self.table(["No.", "Exhibit"], rows, w))
        else:
            self.flow.append(self.p(self.w("No exhibits are recorded for this case."), self.st.muted))
        if image_pages:
            for e in self.cf.exhibits:
                if e.id in self.images:
                    self._image_page(e, self.images.pop(e.id))
        return pages

    def sources(self, n: int | None) -> None:
        self.heading(n, "Sources", "sources")
        if not self.cf.sources:  # the grading note alone read as if the list had been lost
            self.flow.append(self.p(self.w("No sources are recorded for this case."), self.st.muted))
            return
        self.flow.append(self.p(self.w(
            "Grades use the Admiralty code: the letter rates the source (A completely reliable to E unreliable, F "
            "cannot be judged), the digit the information (1 confirmed by other sources to 5 improbable, 6 cannot "
            "be judged). Addresses of online sources are given as text; they were not visited to make this "
            "dossier."), self.st.muted))
        w = (10 * mm, self.width - 83 * mm, 26 * mm, 22 * mm, 12 * mm, 13 * mm)
        if self.st.body.fontSize >= 12:  # large print: the citation column gives room to the others
            w = (14 * mm, self.width - 100 * mm, 28 * mm, 26 * mm, 16 * mm, 16 * mm)
        rows = [[self.cell(f"[{self.source_no[s.id]}]", self.st.small, w[0]),
                 self.cell("\n".join(x for x in (s.citation, self._published(s), s.url) if x), self.st.small, w[1]),
                 self.cell(self.w.vocab(vocab.SOURCE_KIND, s.kind), self.st.small, w[2]),
                 self.cell(self.w.date(s.date), self.st.small, w[3]), self.cell(s.language, self.st.small, w[4]),
                 self.cell(s.grade, self.st.small_bold, w[5])] for _, s in numbered(self.cf.sources)]
        if rows:
            self.flow.append(self.table(["No.", "Citation", "Kind", "Date", "Lang.", "Grade"], rows, w))

    def _published(self, s: Any) -> str:
        parts = [f"\u201c{iso(s.title)}\u201d" if s.title else "",
                 self.w("by {authors}", authors=iso(s.authors)) if s.authors else "",
                 self.w("in {outlet}", outlet=iso(s.outlet)) if s.outlet else ""]
        if s.based_on_id in self.source_no:
            parts.append(self.w("reporting [{n}]", n=self.source_no[s.based_on_id]))
        return ", ".join(x for x in parts if x)

    def interventions(self, n: int | None) -> None:
        self.heading(n, "Interventions", "interventions")
        w = (27 * mm, 40 * mm, 22 * mm, self.width - 89 * mm)
        rows = []
        for i in self.cf.interventions:
            filing = self.filing(i)
            rows.append([
                self.cell(self.w.date(i.date) or self.w("undated"), self.st.small, w[0]),
                self.cell(self.w.vocab(vocab.INTERVENTION_KIND, i.kind), self.st.small, w[1]),
                self.cell(self.w.vocab(vocab.INTERVENTION_STATUS, i.status), self.st.small, w[2]),
                self.cell("\n".join(x for x in (filing.split("\n", 1)[1] if "\n" in filing else "", self._concerns(i),
                                                i.response and self.w("Response") + self.w.colon + iso(i.response),
                                                i.notes) if x), self.st.small, w[3])])
        if rows:
            self.flow.append(self.table(["Date", "Intervention", "Status", "Response and notes"], rows, w))
        else:
            self.flow.append(self.p(self.w("No interventions are recorded."), self.st.muted))

    def _concerns(self, i: Intervention) -> str:
        about = self.w("About") + self.w.colon
        for k, notice in enumerate(self.cf.notices, 1):
            if notice.id == i.concerns_id:
                return about + self.notice_title(notice, k)
        for k, x in enumerate(self.cf.extraditions, 1):
            if x.id == i.concerns_id:
                return about + self.w.lower(self.w("Extradition request")) + f" {x.reference or f'({k})'}"
        return ""

    def tasks(self, n: int | None) -> None:
        self.heading(n, "Open tasks", "tasks")
        open_tasks = [t for t in self.cf.tasks if not t.done]
        w = (30 * mm, self.width - 30 * mm)
        rows = [[self.cell(self.w.date(t.due_date) or self.w("no due date"), self.st.small, w[0]),
                 self.cell(t.title, self.st.small, w[1])] for t in open_tasks]
        if rows:
            self.flow.append(self.table(["Due", "Task"], rows, w))
        else:
            self.flow.append(self.p(self.w("No open tasks."), self.st.muted))

    # -- exhibits ----------------------------------------------------------------------------------

    def _check(self, e: Exhibit) -> str:
        """The SHA-256 of the stored file; keeps the clean copy of an image to reproduce."""
        stored = self.files.sha256(e)
        try:
            image = self.files.image(e)
        except UnreadableImage as why:
            self.image_problems[e.id] = self.w("Not reproduced: {why}.", why=self.w(str(why)))
        else:
            if image is not None:
                self.images[e.id] = image
        return stored

    def _provenance(self, e: Exhibit) -> str:
        """What the exhibit is (original, copy, translation of which, by whom, in which language) and
        its chain of custody, one step a line."""
        w = self.w
        labels = {x.id: x.label for x in self.cf.exhibits}
        what = w.vocab(vocab.COPY_KIND, e.copy_kind) if e.copy_kind else ""
        if e.derived_from_id:
            gone = w("an exhibit no longer in the case")
            what += " " + w("of {exhibit}", exhibit=labels.get(e.derived_from_id, gone))
        if e.translator_id:
            what += ", " + w("translated by {name}", name=iso(self.person(e.translator_id)))
        if e.language:
            what += (", " if what else "") + w("language") + w.colon + iso(w.language_name(e.language))
        lines = [what] if what else []
        for c in e.custody:
            step = [w.vocab(vocab.CUSTODY_ACTION, c.action), w.date(c.date)]
            step += [w("by {name}", name=iso(self.person(c.by_id))) if c.by_id else "",
                     w("to {name}", name=iso(self.person(c.to_id))) if c.to_id else "", iso(c.method), iso(c.place),
                     iso(c.notes)]
            lines.append(w("Custody") + w.colon + w.semicolon.join(x for x in step if x))
        return "\n".join(lines)

    def _why_not(self, e: Exhibit) -> str:
        if e.id in self.image_problems:
            return self.image_problems[e.id]
        return self.w("Not an image: the file is kept in the vault and can be produced on request.")

    def _image_page(self, e: Exhibit, img: CleanImage) -> None:
        head = self.ts.markup(self.w("Exhibit {label}", label=e.label), self.st.h1)
        self.flow += [PageBreak(), Anchored(head.xml, self.st.h1, self.refs, f"exhibit-{e.number}", e.label, 1)]
        if e.description:
            self.flow.append(self.p(e.description, self.st.body))
        self.flow.append(self.p(f"{iso(e.original_name)} \u00b7 " + self.w("SHA-256 of the stored file {sha256}",
                                                                            sha256=self.stored(e)), self.st.tiny))
        self.flow += [Spacer(1, 3 * mm), JpegImage(img.data, img.width, img.height, f"exhibit-{e.id}")]

    def stored(self, e: Exhibit) -> str:
        return self.files.stored_sha.get(e.id, e.sha256)

    def when(self, i: Incident) -> str:
        return self.w.qualified(i.date_start, i.date_end, i.date_qualifier)

    def size(self, n: int) -> str:
        """'5.8 kB (5,898 bytes)', '5,8 ko (5 898 octets)': numbers and units in the dossier's language."""
        value, unit = float(n), ""
        for next_unit in ("kB", "MB", "GB"):
            if value < 1024:
                break
            value, unit = value / 1024, next_unit
        exact = self.w("{n} bytes", n=self.w.number(n))
        if not unit:
            return exact
        return f"{self.w.number(round(value, 1), 1)} {self.w(unit)} ({exact})"


def _start_key(i: Incident) -> tuple[int, int]:
    return sort_key(i.date_start, i.date_end, i.date_qualifier) or (0, 0)


def kind_text(p: Person, w: Words) -> str:
    """'group of at least 3 people', 'group, number unknown', 'unidentified person'."""
    if p.kind == "group":
        if p.group_size is None:
            return w("group, number unknown")
        qualifier = w.vocab(vocab.GROUP_SIZE, p.group_size_qualifier)
        return w.elide(w("group of {size} people", size=f"{qualifier + ' ' if qualifier else ''}{p.group_size}"))
    return w("unidentified person") if p.kind == "unidentified" else ""


def person_text(p: Person | None, w: Words) -> str:
    """A person's names, or a group's or unidentified person's description with what it is."""
    if p is None:
        return ""
    name = " ".join(x for x in (p.name, p.name_original) if x)
    return f"{name} ({kind_text(p, w)})" if p.kind != "individual" else name


def relation_text(relation: str, w: Words) -> str:
    """'business partner of the target'; 'lawyer of the target' as it is."""
    label = w.vocab(vocab.RELATION, relation)
    return w.lower(label) if relation == "lawyer_of" else w("{relation} of the target", relation=w.lower(label))


def role_text(role: str, relation: str, w: Words) -> str:
    label = w.vocab(vocab.ROLE, role)
    return f"{label} ({relation_text(relation, w)})" if relation else label


def iso(text: str) -> str:
    """A field set apart in a line of several: its right-to-left text cannot move its neighbours."""
    return f"{FSI}{text}{PDI}" if text else ""
