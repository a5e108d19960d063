"""The public profile's rules for what the leak review found (docs/dossier.md, "Public profile"):
groups and unidentified persons are pseudonymised unless they consented to publication, and the
names their descriptions list are replaced everywhere; contact details in free text are withheld;
a PDF exhibit nobody is recorded as appearing in is withheld like an image. Each rule is stated as
a property over random inputs (on the redaction itself, which every public output goes through), and
checked once end to end on the files a user gets (dossier, filing package, sheet)."""

from __future__ import annotations

import dataclasses
import itertools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.models import Case, CaseFile, Exhibit, Incident, Person, Role
from db.normalise import printable
from db.vault import Vault
from exporters.pdf import DossierOptions, export_case_dossier
from exporters.pdf.redaction import redact
from exporters.tables_export import export_tables
from tests.conftest import PASSPHRASE
from tests.exporters.test_dossier_leaks import Name, chinese_name, latin_name
from tests.security.test_export_leaks_review import csv_texts, leaked, letters, pdf_page, pdf_texts

COUNTER = itertools.count(1)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def case_file(persons: list[Person], text: str = "", exhibits: list[Exhibit] = ()) -> CaseFile:
    """One case whose summary and one incident's description hold `text`, with `persons` as targets."""
    case = Case(reference="T-1", title="Test", summary=text)
    roles = [Role(case_id=case.id, person_id=p.id, role="target") for p in persons]
    incident = Incident(case_id=case.id, tactic="family_pressure", date_start="2020", description=text,
                        target_ids=[p.id for p in persons])
    return CaseFile(case=case, roles=roles, persons={p.id: p for p in persons}, organisations={},
                    incidents=[incident], sources=[], exhibits=list(exhibits), interventions=[], notes=[], tasks=[])


WORDS = st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
FILLER = st.lists(WORDS, min_size=0, max_size=4).map(" ".join)


# -- groups and unidentified persons -------------------------------------------------------------

SEPARATORS = [" and ", " et ", "和", "与", "及", "、", ", ", "; ", " & ", "/", " + "]


@st.composite
def groups(draw: st.DrawFn) -> tuple[Person, list[Name]]:
    """A group or unidentified person whose description lists 2-3 people, in Latin script and in the
    original script, joined by any list separator; its consent short of publication."""
    names = draw(st.lists(st.one_of(chinese_name(), latin_name()), min_size=2, max_size=3,
                          unique_by=lambda n: letters(n.name)))
    sep = draw(st.sampled_from(SEPARATORS))
    kind = draw(st.sampled_from(["group", "unidentified"]))
    person = Person(name=sep.join(n.name for n in names),
                    name_original=draw(st.sampled_from(SEPARATORS)).join(n.original or n.name for n in names),
                    kind=kind, group_size=len(names) if kind == "group" else None,
                    consent=draw(st.sampled_from(["none", "authorities"])))
    return person, names


@SETTINGS
@given(group=groups(), data=st.data())
def test_a_group_s_listed_names_never_print_in_public_each_alone(group, data):
    """Whatever separator lists them, each name a group's description lists is replaced wherever it
    stands alone in the text, in either script; the group prints as its pseudonym."""
    person, names = group
    one = data.draw(st.sampled_from(names))
    text = f"{data.draw(FILLER)} {data.draw(st.sampled_from([one.name, one.original or one.name]))} " \
           f"{data.draw(FILLER)}"
    red = redact(case_file([person], text), "public")
    out = red.case_file
    printed = [out.case.summary, out.incidents[0].description, *(p.name for p in out.persons.values()),
               *(p.name_original for p in out.persons.values())]
    assert leaked(printed, names) == []
    shown = red.pseudonyms[person.id]
    assert shown in out.incidents[0].description
    assert shown == (f"Group A ({len(names)} people)" if person.kind == "group" else "Person A")
    # The legal profile describes it (its names go to authorities), and so does the public one
    # when the group itself consented to publication.
    assert redact(case_file([person], text), "legal").case_file.persons[person.id].name == person.name
    public = dataclasses.replace(person, consent="public")
    assert redact(case_file([public], text), "public").case_file.persons[person.id].name == person.name


@pytest.mark.parametrize(("language", "shown"), [("fr", "Groupe A (environ 5 personnes)"),
                                                  ("zh", "群体A（约 5人）")])
def test_a_group_pseudonym_is_in_the_sheet_s_language(tmp_path, language, shown):
    with Vault.create(tmp_path / "v.cvault", PASSPHRASE, author="t") as v:
        r = v.repos
        case = r.cases.add(Case(reference="G-1", title="Parents", summary="Xie Jianguo was called."))
        group = r.persons.add(Person(name="Xie Jianguo et Li Hua", kind="group", group_size=5,
                                     group_size_qualifier="about"))
        r.roles.add(Role(case_id=case.id, person_id=group.id, role="relative", relation="parent"))
        export_tables(v, tmp_path / "public", profile="public", language=language)
    texts = csv_texts(tmp_path / "public")
    assert shown in texts and not any("Xie" in t or "Li Hua" in t for t in texts)


@pytest.mark.parametrize(("language", "shown"), [("fr", "Personne A"), ("zh", "人物A"), ("en", "Person A")])
def test_a_person_pseudonym_is_in_the_sheet_s_language(tmp_path, language, shown):
    with Vault.create(tmp_path / "v.cvault", PASSPHRASE, author="t") as v:
        r = v.repos
        case = r.cases.add(Case(reference="P-1", title="Sister", summary="Xie Weidong (谢卫东) was called."))
        person = r.persons.add(Person(name="Xie Weidong", name_original="谢卫东"))
        r.roles.add(Role(case_id=case.id, person_id=person.id, role="target"))
        export_tables(v, tmp_path / "public", profile="public", language=language)
    texts = csv_texts(tmp_path / "public")
    assert shown in texts and not any("Xie" in t or "谢卫东" in t for t in texts)
    summary = next(t for t in texts if "was called" in t)
    assert summary == f"{shown} was called."  # one pseudonym for the name and its other script


# -- contact details in free text ----------------------------------------------------------------

def separated(digits: str, draw: st.DrawFn, seps: str = " -.") -> str:
    """`digits` cut in groups of 2 to 4 with a separator between them."""
    out, at = [], 0
    while at < len(digits):
        n = draw(st.integers(2, 4))
        out.append(digits[at:at + n])
        at += n
    sep = draw(st.sampled_from(list(seps)))
    return sep.join(out)


@st.composite
def contacts(draw: st.DrawFn) -> tuple[str, str]:
    """(a contact detail as typed, what of it must not print)."""
    digits = st.text("0123456789", min_size=1, max_size=1)
    kind = draw(st.sampled_from(["email", "plus", "mobile", "grouped", "messenger", "wxid"]))
    if kind == "email":
        user = draw(st.from_regex(r"[a-z][a-z0-9._]{1,10}[a-z0-9]", fullmatch=True))
        host = draw(st.from_regex(r"[a-z][a-z0-9-]{1,8}\.(cn|com|org|fr)", fullmatch=True))
        return f"{user}@{host}", f"{user}@{host}"
    if kind == "plus":
        body = "".join(draw(digits) for _ in range(draw(st.integers(8, 12))))
        return "+" + draw(st.sampled_from(["", " "])) + separated(body, draw, " -.") , body
    if kind == "mobile":
        body = "1" + draw(st.sampled_from("3456789")) + "".join(draw(digits) for _ in range(9))
        typed = body if draw(st.booleans()) else separated(body, draw)
        return typed, body
    if kind == "grouped":  # dialled from abroad (00 first): never a date, a year or a count
        body = "00" + "".join(draw(digits) for _ in range(draw(st.integers(7, 10))))
        return separated(body, draw), body
    if kind == "wxid":
        handle = "wxid_" + draw(st.from_regex(r"[a-z0-9]{6,12}", fullmatch=True))
        return handle, handle
    word = draw(st.sampled_from(["WeChat", "wechat", "微信", "微信号", "Telegram", "Signal", "WhatsApp", "QQ",
                                 "Line"]))
    sep = draw(st.sampled_from([" ", ": ", " ID ", " ID: ", "：", ""] if word.startswith("微") else
                               [" ", ": ", " ID ", " id: "]))
    handle = draw(st.from_regex(r"[a-z][a-z_]{2,8}[0-9]{2,4}", fullmatch=True))
    return f"{word}{sep}{handle}", handle


@st.composite
def survivors(draw: st.DrawFn) -> str:
    """What must print as typed: dates in the app's forms, references, notice numbers, years,
    counts and page numbers."""
    y, m, d = draw(st.integers(1950, 2030)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
    return draw(st.sampled_from([
        f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{y}年{m}月{d}日",
        f"CV-{y}-{draw(st.integers(1, 999)):03d}", f"A-{draw(st.integers(1, 99999))}/{draw(st.integers(1, 9))}-{y}",
        str(y), f"{y} {y + 1} {y + 2}", f"{draw(st.integers(1, 999))} people",
        f"{draw(st.integers(1, 999))} {draw(st.integers(0, 999)):03d} {draw(st.integers(0, 999)):03d} in total",
        f"page {draw(st.integers(1, 500))}", f"pages {d}-{d + 4}", f"{y}-{y + 3}"]))


@SETTINGS
@given(data=st.data())
def test_contacts_in_random_text_never_print_and_dates_and_references_do(data):
    """Contacts of every kind, embedded anywhere in random text among dates, references and counts:
    no contact prints (its digits not even with the separators taken out), every date, reference
    and count prints as typed, in order."""
    items = data.draw(st.lists(st.one_of(contacts().map(lambda c: ("contact", c)),
                                         survivors().map(lambda s: ("keep", s))), min_size=1, max_size=6))
    glue = data.draw(st.sampled_from([" ", ", ", "; ", " (", ") ", " at ", " - ", ". "]))
    parts = [data.draw(FILLER)]
    for _kind, item in items:  # words between the items: "06 12 34 56 78 2019" would be one number
        parts += [item[0] if isinstance(item, tuple) else item, data.draw(WORDS)]
    text = glue.join(p for p in parts if p)
    red = redact(case_file([], text), "public")
    out = red.case_file.case.summary
    for kind, item in items:
        if kind == "contact":
            secret = item[1]
            assert secret not in out and secret not in re.sub(r"[\s.\-()]", "", out), (text, out)
    kept = [item for kind, item in items if kind == "keep"]
    at = 0
    for item in kept:
        at = out.find(printable(item), at)
        assert at >= 0, (item, text, out)
    if any(kind == "contact" for kind, _ in items):
        assert red.contacts and "[contact withheld]" in out


def test_contacts_print_in_the_legal_profile_and_the_marker_is_translated():
    text = "Reach her at +86 138 0013 8000."
    assert redact(case_file([], text), "legal").case_file.case.summary == text
    assert redact(case_file([], text), "public", language="fr").case_file.case.summary == \
        "Reach her at [coordonnées retirées]."
    assert redact(case_file([], text), "public", language="zh_CN").case_file.case.summary == \
        "Reach her at [联系方式已隐去]."


# -- PDF exhibits nobody is recorded in ----------------------------------------------------------

@SETTINGS
@given(mime=st.sampled_from(["application/pdf", "image/jpeg", "image/png", "text/plain", "audio/mpeg"]),
       recorded=st.booleans(), confirmed=st.booleans(), profile=st.sampled_from(["legal", "public"]))
def test_an_exhibit_nobody_is_recorded_in_is_withheld_when_it_would_be_reproduced(mime, recorded, confirmed,
                                                                                   profile):
    """An image or a PDF document is withheld, in both profiles, while who appears in it is not
    recorded and the user did not confirm it; other files (listed, never reproduced) are not."""
    e = Exhibit(case_id="c", number=1, original_name="f", mime_type=mime, size=1, sha256="0" * 64,
                persons_recorded=recorded)
    red = redact(case_file([], exhibits=[e]), profile, confirmed_exhibits={e.id} if confirmed else ())
    reproduced = mime == "application/pdf" or mime.startswith("image/")
    assert (e.id in red.withheld) == (reproduced and not recorded and not confirmed)
    [summary] = red.summary().withheld or [None]
    assert summary is None or (summary.reason == "unrecorded" and summary.confirmable)


def test_a_public_package_says_why_a_pdf_is_withheld_and_reproduces_it_once_confirmed(tmp_path):
    with Vault.create(tmp_path / "v.cvault", PASSPHRASE, author="t") as v:
        r = v.repos
        case = r.cases.add(Case(reference="PDF-2", title="Summons", host_country="CA"))
        summons = r.exhibits.add_file(case.id, pdf_page("Summons to report to the Fuqing bureau", "Summons"),
                                      "summons.pdf", description="Police summons")
        withheld = export_case_dossier(v, "PDF-2", tmp_path / "irb.pdf", DossierOptions(profile="public", forum="irb"))
        confirmed = export_case_dossier(v, "PDF-2", tmp_path / "ok.pdf", DossierOptions(
            profile="public", forum="irb", confirmed_exhibits=frozenset({summons.id})))
    text = " ".join(pdf_texts(tmp_path / "irb.pdf"))
    assert "Fuqing" not in text and "who appears in it is not recorded" in re.sub(r"\s+", " ", text)
    assert any("E-1" in n and "not recorded" in n for n in withheld.notes)
    assert "Fuqing" in " ".join(pdf_texts(tmp_path / "ok.pdf"))
    assert not any("not recorded" in n for n in confirmed.notes)


# -- the relationship graph saved for publication --------------------------------------------------

def test_a_graph_image_for_publication_draws_cases_by_number_and_the_screen_by_reference(qapp, tmp_path):
    """Saved for publication, cases are 'Case 1', 'Case 2'... (a reference may name someone); saved
    for legal use they keep their reference; on screen, reference and title, before and after saving."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    from db.models import Actor, Organisation
    from db.relations_query import actor_graph
    from db.statistics_query import Selection
    from ui.relationship_view import RelationshipView

    with Vault.create(tmp_path / "v.cvault", PASSPHRASE, author="t") as v:
        r = v.repos
        with v.write():
            station = r.organisations.add(Organisation(name="Toronto station", kind="overseas_police_station"))
            for ref in ("Xie Weidong 2019", "Xie Weidong 2021", "Lin Xiaomei 2020"):
                case = r.cases.add(Case(reference=ref, title="Threats", host_country="CA"))
                r.incidents.add(Incident(case_id=case.id, tactic="threat_in_person", date_start="2020",
                                         actors=[Actor("carried_out", organisation_id=station.id)]))
        graph = actor_graph(v, Selection())
    view = RelationshipView(None, None)
    view.graph = graph

    def drawn() -> list[str]:
        return sorted(i.text() for i in view.scene.items() if isinstance(i, QGraphicsSimpleTextItem)
                      and "station" not in i.text())

    view.draw("public")
    assert drawn() == ["Case 1", "Case 2", "Case 3"]
    view.draw("legal")
    assert drawn() == ["Lin Xiaomei 2020", "Xie Weidong 2019", "Xie Weidong 2021"]
    assert view.image_bytes("public").startswith(b"\x89PNG")
    assert drawn() == ["Lin Xiaomei 2020 \u2013 Threats", "Xie Weidong 2019 \u2013 Threats",
                       "Xie Weidong 2021 \u2013 Threats"]
