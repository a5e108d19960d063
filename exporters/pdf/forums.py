"""What each filing package contains, in order (../shared/FORUMS.md has the rules behind them):

- irb: the Refugee Protection Division's disclosure package. Cover (claimant, IRB file number,
  UCI, counsel), index of documents with page ranges, narrative, persons and organisations,
  chronology, list of exhibits, every exhibit (translations and translator's declarations after
  those not in English or French), proof of service. Letter paper, nothing under 12 point, the
  file number on every page.
- ccf: a request to the Commission for the Control of INTERPOL's Files: the request type
  (access, correction, deletion), the notice, the arguments (Article 3, Article 2, data quality,
  refugee policy) with the case's facts that bear on each or a headed blank, the checklist of
  attachments, signature; then chronology and exhibits.
- un: a communication to the UN Special Procedures, its required elements in order: victim(s),
  perpetrator(s), submitter, date and place, facts, steps taken, consent, confidential items.
- police: a complaint: one page up front (who, what, when, where, contact for follow-up), then
  chronology, the evidence list with hashes and the exhibits.

The filing's identifiers come from the case's intervention of the forum's kind (the latest one,
or the one chosen): file number, claimant, UCI, counsel, the notice a CCF request concerns.

Thread rule: builds flowables for one document on the calling thread."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Spacer

from db import vocab
from db.dates import sort_key
from db.models import Incident, Intervention
from exporters.pdf.package import BLANK, Package
from exporters.pdf.sections import CoverFacts, iso

FORUMS = {"generic": "Case dossier", "irb": "IRB disclosure package", "ccf": "Interpol CCF request",
          "un": "UN Special Procedures communication", "police": "Police or national-security complaint"}
FORUM_KIND = {"irb": ("asylum_claim",), "ccf": ("interpol_ccf_request",), "un": ("un_communication",),
              "police": ("police_report", "national_security_report")}
CCF_REQUESTS = ("access", "correction", "deletion")
CCF_ATTACHMENTS = {"power_of_attorney": "Signed power of attorney",
                   "identity_document": "Copy of an identity document (name, date of birth, photograph)",
                   "refugee_decision": "Refugee decision of the state that granted protection"}
MEDIA_SOURCES = ("news_article", "social_media")
# The tactics whose incidents bear on each CCF argument (the facts are listed under it).
ARTICLE_3 = ("family_pressure", "family_detention", "family_sent_abroad", "agents_abroad", "persuasion_meeting",
             "overseas_police_station", "threat_online", "threat_in_person", "harassment", "surveillance_physical",
             "surveillance_digital", "hacking_spyware", "smear_campaign", "passport_or_document_refusal", "exit_ban",
             "asset_freeze", "luring_third_country")
ARTICLE_2 = ("family_detention", "kidnapping_rendition", "assault", "trial_in_absentia", "detention_host_country",
             "deportation")


@dataclass(frozen=True)
class FilingChoices:
    forum: str = "generic"
    request: str = ""  # CCF: access | correction | deletion ("" : the case's CCF request, else deletion)
    attachments: frozenset[str] = frozenset()  # CCF: the checklist items the user has
    filing_id: str | None = None  # the intervention holding the identifiers; None: the latest of the forum's kind


def filing_of(pkg: Package, choices: FilingChoices) -> Intervention | None:
    cf = pkg.story.cf
    if choices.filing_id:
        return next((i for i in cf.interventions if i.id == choices.filing_id), None)
    kinds = FORUM_KIND.get(choices.forum, ())
    matching = [i for i in cf.interventions if i.kind in kinds]
    return matching[-1] if matching else None


def build(pkg: Package, choices: FilingChoices, facts: CoverFacts) -> None:
    """Fill `pkg` with the package of `choices.forum`; the index is inserted by the caller at
    pkg.index_at."""
    {"irb": _irb, "ccf": _ccf, "un": _un, "police": _police}[choices.forum](pkg, choices, facts)


def header_text(pkg: Package, choices: FilingChoices) -> str:
    """The running header: the filing's file number where there is one, then the case reference."""
    filing = filing_of(pkg, choices)
    w, ref = pkg.w, pkg.story.cf.case.reference
    if filing and filing.file_number:
        label = {"irb": "IRB file no.", "ccf": "CCF ref.", "police": "File no."}.get(choices.forum, "File no.")
        return f"{w(label)} {filing.file_number} \u00b7 {ref}"
    return ref


def _cover(pkg: Package, title: str, pairs: list[tuple[str, str]], facts: CoverFacts) -> None:
    st, w = pkg.story, pkg.w
    pkg.begin("cover", w("Cover page"), heading=False, first=True)
    c = st.cf.case
    st.flow += [Spacer(1, 16 * mm), st.p(w(title).upper(), st.st.muted), Spacer(1, 3 * mm),
                st.p(c.title, st.st.cover_sub), Spacer(1, 8 * mm), st.fields(pairs, 60 * mm)]
    if facts.purpose:
        st.flow += [Spacer(1, 4 * mm), st.p(facts.purpose, st.st.body)]
    st.flow += [Spacer(1, 6 * mm), st.fields([
        ("Prepared by", facts.prepared_by or BLANK), ("Prepared on", facts.produced_on),
        ("Case reference", c.reference),
        ("Vault state", w("audit entry {seq}, SHA-256 {digest}", seq=facts.vault_state[0],
                          digest=facts.vault_state[1]))], 60 * mm),
        Spacer(1, 4 * mm), pkg.total_pages(), Spacer(1, 8 * mm), st.p(facts.marking, st.st.marking)]


def _index(pkg: Package) -> None:
    pkg.begin("index", pkg.w("Index of documents"))
    pkg.index_at = len(pkg.story.flow)


def _exhibit_list(pkg: Package) -> None:
    pkg.section("exhibits", "Exhibits", lambda n: pkg.story.exhibits(n, image_pages=False))


def _common(pkg: Package, *, persons: bool = True) -> None:
    st = pkg.story
    if persons:
        pkg.section("persons", "Persons", st.persons)
    pkg.section("chronology", "Chronology", st.chronology)
    if st.cf.notices or st.cf.extraditions:
        pkg.section("proceedings", "Legal proceedings", st.proceedings)
    _exhibit_list(pkg)
    if st.cf.sources:
        pkg.section("sources", "Sources", st.sources)


# -- IRB ---------------------------------------------------------------------------------------------

def _irb(pkg: Package, choices: FilingChoices, facts: CoverFacts) -> None:
    st, w = pkg.story, pkg.w
    filing = filing_of(pkg, choices)
    claimant = st.person(filing.claimant_id) if filing and filing.claimant_id else ""
    counsel = st.person(filing.counsel_id) if filing and filing.counsel_id else ""
    _cover(pkg, "Refugee Protection Division \u2013 disclosure package", [
        ("Claimant", iso(claimant) or BLANK), ("IRB file number", iso(filing.file_number) if filing and
                                               filing.file_number else BLANK),
        ("UCI", iso(filing.uci) if filing and filing.uci else BLANK), ("Counsel of record", iso(counsel) or BLANK),
    ], facts)
    _index(pkg)
    pkg.section("summary", "Summary", st.summary)
    _common(pkg)
    pkg.exhibits()
    pkg.begin("service", w("Proof of service"))
    st.flow += [st.p(w("I certify that on the date below I served a copy of this disclosure package on the "
                       "party named, by the method stated.")), pkg.total_pages(), Spacer(1, 4 * mm),
                st.fields([("Served on", w("\u2610 Minister's counsel   \u2610 Refugee Protection Division")),
                           ("Method of service", BLANK), ("Date of service", BLANK)], 55 * mm)]
    pkg.signature(iso(counsel))


# -- Interpol CCF --------------------------------------------------------------------------------------

def _ccf(pkg: Package, choices: FilingChoices, facts: CoverFacts) -> None:
    st, w, cf = pkg.story, pkg.w, pkg.story.cf
    filing = filing_of(pkg, choices)
    notice = next((n for n in cf.notices if filing and n.id == filing.concerns_id), cf.notices[0] if cf.notices
                  else None)
    request = choices.request or (filing.request if filing and filing.request in CCF_REQUESTS else "deletion")
    applicant = (st.person(filing.claimant_id) if filing and filing.claimant_id else
                 st.person(notice.subject_id) if notice and notice.subject_id else "")
    counsel = st.person(filing.counsel_id) if filing and filing.counsel_id else ""
    _cover(pkg, "Request to the Commission for the Control of INTERPOL's Files", [
        ("Applicant", iso(applicant) or BLANK), ("Request", w.vocab(vocab.INTERVENTION_REQUEST, request)),
        ("Represented by", iso(counsel) or BLANK),
        ("CCF reference", iso(filing.file_number) if filing and filing.file_number else BLANK)], facts)
    _index(pkg)
    pkg.begin("request", w("The request"))
    asks = {"access": "The applicant asks the Commission for access to the data about the applicant processed in "
                      "INTERPOL's files, including which country issued them and what they say.",
            "correction": "The applicant asks the Commission to have the data about the applicant in INTERPOL's "
                          "files corrected, for the reasons below.",
            "deletion": "The applicant asks the Commission to have the data about the applicant deleted from "
                        "INTERPOL's files, for the reasons below."}[request]
    st.flow += [st.p("1. " + w("Request"), st.st.h2), st.p(w(asks)), st.p("2. " + w("The notice"), st.st.h2)]
    if notice:
        st.flow.append(st.fields(notice and st.notice_fields(notice)))
    else:
        st.flow += [st.p(w("No Interpol notice is recorded in the case: state what is known of it."), st.st.muted),
                    *pkg.blank_lines(3)]
    st.flow.append(st.p("3. " + w("Arguments"), st.st.h2))
    incidents = cf.incidents
    extradition = cf.extraditions
    refugee = [i for i in cf.interventions if i.kind == "asylum_claim" and i.decision in ("granted", "partly_granted")]
    arguments = [
        ("Article 3 of INTERPOL's Constitution: the case is predominantly political",
         [_incident_line(st, i) for i in incidents if i.tactic in ARTICLE_3]
         + ([w("Campaign: {campaign}", campaign=w.vocab(vocab.CAMPAIGN, cf.case.campaign))]
            if cf.case.campaign != "unknown" else [])),
        ("Article 2: human rights (risk of torture, unfair trial)",
         [_incident_line(st, i) for i in incidents if i.tactic in ARTICLE_2]),
        ("Quality of the data",
         ([w("Charge stated in the notice: {charge}", charge=iso(notice.charge))] if notice and notice.charge else [])
         + ([w("No extradition request is recorded in this case.")] if notice and not extradition else [])),
        ("INTERPOL's refugee policy",
         [w("Refugee protection: {decision} ({date}), file number {number}",
            decision=w.lower(w.vocab(vocab.DECISION, i.decision)), date=w.date(i.decision_date) or w("undated"),
            number=iso(i.file_number) or BLANK) for i in refugee]),
    ]
    for k, (title, lines) in enumerate(arguments, 1):
        st.flow.append(st.p(f"3.{k} " + w(title), st.st.h2))
        if lines:
            st.flow.append(st.p(w("Facts recorded in the case that bear on this argument:"), st.st.muted))
            st.flow += [st.p(f"\u2022 {line}", st.st.small) for line in lines]
            label = st.p(w("Counsel's argument:"), st.st.muted)
        else:
            label = st.p(w("No fact recorded in the case bears on this argument: to be completed by counsel, "
                           "or left out."), st.st.muted)
        st.flow += pkg.blank_lines(3, above=[label])
    st.flow.append(st.p("4. " + w("Attachments"), st.st.h2))
    for key, label in CCF_ATTACHMENTS.items():
        st.flow.append(st.p(("\u2612 " if key in choices.attachments else "\u2610 ") + w(label)))
    st.flow.append(st.p("5. " + w("Signature of the applicant or counsel"), st.st.h2))
    pkg.signature(iso(counsel or applicant))
    _common(pkg, persons=False)
    pkg.exhibits()


def _incident_line(st: object, i: object) -> str:
    what = st.w.vocab(vocab.TACTIC, i.tactic)  # type: ignore[attr-defined]
    text = f"{st.when(i) or st.w('Undated')}{st.w.colon}{what}"  # type: ignore[attr-defined]
    if i.description:  # type: ignore[attr-defined]
        text += f" \u2014 {i.description}"  # type: ignore[attr-defined]
    refs = st.refs_of(i)  # type: ignore[attr-defined]
    return f"{text} {refs}".strip()


# -- UN Special Procedures ------------------------------------------------------------------------------

def _un(pkg: Package, choices: FilingChoices, facts: CoverFacts) -> None:
    st, w, cf = pkg.story, pkg.w, pkg.story.cf
    _cover(pkg, "Communication to the UN Special Procedures", [
        ("Concerning", iso(cf.case.title)), ("Date", facts.produced_on)], facts)
    _index(pkg)
    pkg.begin("communication", w("The communication"))
    targets = [r.person_id for r in cf.roles if r.role == "target"]
    targets += [t for i in cf.incidents for t in i.target_ids if t not in targets]
    victims = [_person_line(st, pid) for pid in dict.fromkeys(targets)]
    perpetrators = [_person_line(st, r.person_id) for r in cf.roles if r.role == "perpetrator"]
    for o in {a.organisation_id: a for i in cf.incidents for a in i.actors if a.organisation_id}:
        org = cf.organisations.get(o or "")
        if org:
            perpetrators.append(" \u2014 ".join(x for x in (st.organisation(o), w.vocab(vocab.ORGANISATION_KIND,
                                                                                         org.kind),
                                                             st.country(org.country)) if x))
    dated = [i for i in cf.incidents if i.date_start or i.date_end]
    places = st.countries(sorted({p.country for i in cf.incidents for p in i.places if p.country}))
    when = _span(st, dated)
    steps = [f"{w.date(i.date) or w('undated')}{w.colon}{st.filing(i).replace(chr(10), '; ')}"
             for i in cf.interventions]
    consent = [f"{_person_line(st, pid)}{w.colon}{w.vocab(vocab.CONSENT, _consent(st, pid))}"
               for pid in dict.fromkeys(targets) if pid in cf.persons]
    elements = [
        ("Alleged victim(s)", victims),
        ("Alleged perpetrator(s): name, function, affiliation", perpetrators),
        ("Submitter (to be kept confidential)", [facts.prepared_by] if facts.prepared_by else []),
        ("Date and place", [x for x in (when, places) if x]),
        ("Facts", [w("Described in detail in the chronology (document {n} of the index).",
                     n=len(pkg.documents) + 2)]),  # after this one and the persons (_common)
        ("Steps taken (domestic and international)", steps),
        ("Consent of the victim(s) or family to the use of their names", consent),
        ("Confidential items", [w("The identity of the submitter."),
                                w("Persons who have not consented to publication are not to be named in public "
                                  "communications or reports.")]),
    ]
    for k, (title, lines) in enumerate(elements, 1):
        st.flow.append(st.p(f"{k}. " + w(title), st.st.h2))
        st.flow += [st.p(f"\u2022 {line}", st.st.small) for line in lines] or pkg.blank_lines(2)
    media_only = bool(cf.sources) and all(s.kind in MEDIA_SOURCES for s in cf.sources)
    if media_only:
        st.flow += [st.p(w("Other support"), st.st.h2), st.p(w(
            "Every source of this case is a media report: say what else supports the facts (testimony, "
            "documents)."), st.st.muted), *pkg.blank_lines(3)]
    pkg.media_only = media_only
    _common(pkg)
    pkg.exhibits()


def _span(st: object, dated: list[Incident]) -> str:
    """From the start of the first dated incident to the end of the latest one ("2014 – November
    2017"), each incident in chronology order; a range's own dates are not repeated ("2014 – 2016 –
    November 2017" read as three dates)."""
    if not dated:
        return ""
    w = st.w  # type: ignore[attr-defined]
    if len(dated) == 1:
        return st.when(dated[0])  # type: ignore[attr-defined]
    first = dated[0]
    last = max(dated, key=lambda i: (sort_key(i.date_start, i.date_end, i.date_qualifier) or (0, 0))[1])
    start = st.when(first) if not (first.date_start and first.date_end) else w.date(first.date_start)  # type: ignore[attr-defined]
    end = st.when(last) if not (last.date_start and last.date_end) else w.date(last.date_end)  # type: ignore[attr-defined]
    return start if start == end else w("{start} \u2013 {end}", start=start, end=end)


def _consent(st: object, pid: str) -> str:
    """A person's consent as the communication states it. Where the profile leaves consent out (the
    public one), the redacted copy holds the default "none": a person it names consented to
    publication, since that profile names no one else; one it does not name may not be named."""
    red = st.red  # type: ignore[attr-defined]
    if red.prints("person", "consent"):
        return st.cf.persons[pid].consent  # type: ignore[attr-defined]
    return "public" if red.is_named(pid) and red.profile == "public" else "none"


def _person_line(st: object, pid: str) -> str:
    p = st.cf.persons.get(pid)  # type: ignore[attr-defined]
    if p is None:
        return ""
    bits = [iso(st.person(pid))]  # type: ignore[attr-defined]
    if p.occupation and st.red.prints("person", "occupation"):  # type: ignore[attr-defined]
        bits.append(iso(p.occupation))
    if p.citizenships:
        bits.append(st.countries(p.citizenships))  # type: ignore[attr-defined]
    return ", ".join(b for b in bits if b)


# -- police ----------------------------------------------------------------------------------------------

def _police(pkg: Package, choices: FilingChoices, facts: CoverFacts) -> None:
    st, w, cf = pkg.story, pkg.w, pkg.story.cf
    filing = filing_of(pkg, choices)
    pkg.begin("summary-page", w("Complaint \u2013 summary"), first=True)
    targets = [r.person_id for r in cf.roles if r.role == "target"]
    who = [_person_line(st, pid) for pid in targets] or [BLANK]
    actors = {st.actor(a).rsplit(" (", 1)[0] for i in cf.incidents for a in i.actors}
    tactics: dict[str, int] = {}
    for i in cf.incidents:
        tactics[i.tactic] = tactics.get(i.tactic, 0) + 1
    what = [f"{w.vocab(vocab.TACTIC, t)} ({n})" for t, n in sorted(tactics.items(), key=lambda x: -x[1])]
    dated = [i for i in cf.incidents if i.date_start or i.date_end]
    when = _span(st, dated) or w("date unknown")
    # where things happened, each place once: the role of a place ("where the person aimed at was") is
    # the chronology's detail, and a summary line of places listed it beside the same place without it
    where = sorted({st.place(dataclasses.replace(p, role="took_place")) for i in cf.incidents for p in i.places})
    counsel = st.person(filing.counsel_id) if filing and filing.counsel_id else ""
    semi = w.semicolon
    pairs = [("Who is targeted", semi.join(who)), ("Who acted", semi.join(sorted(actors)[:8])),
             ("What", semi.join(what[:8])), ("When", when), ("Where", semi.join(where[:8])),
             ("Evidence", w("{n} exhibit(s), listed with their SHA-256", n=len(cf.exhibits))),
             ("File number", iso(filing.file_number) if filing and filing.file_number else BLANK),
             ("Contact for follow-up", iso(counsel) or facts.prepared_by or BLANK),
             ("Prepared by", facts.prepared_by or BLANK), ("Prepared on", facts.produced_on)]
    page = [st.p(iso(cf.case.title), st.st.cover_sub), st.fields(pairs, 45 * mm)]
    if cf.case.summary:
        page += [Spacer(1, 3 * mm), st.p(cf.case.summary[:1200], st.st.body)]
    page += [Spacer(1, 3 * mm), pkg.total_pages(), st.p(facts.marking, st.st.marking)]
    st.flow.append(KeepInFrame(st.width, st.height - 30 * mm, page, mode="shrink"))
    _index(pkg)
    pkg.section("chronology", "Chronology", st.chronology)
    _exhibit_list(pkg)
    pkg.section("persons", "Persons", st.persons)
    if st.cf.notices or st.cf.extraditions:
        pkg.section("proceedings", "Legal proceedings", st.proceedings)
    if st.cf.sources:
        pkg.section("sources", "Sources", st.sources)
    pkg.exhibits()
