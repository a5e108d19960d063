"""Redaction profiles, checked on produced PDFs: who is named, stable pseudonyms, nothing of a
protected person anywhere in the file (text, metadata, outline), exhibits showing them withheld,
and the vault unchanged."""

from __future__ import annotations

import dataclasses
import io
import re

import pikepdf
from PIL import Image

from db.vault import Vault
from exporters.pdf import DossierOptions, export_case_dossier
from exporters.pdf.redaction import pseudonym, redact
from tests.conftest import PASSPHRASE
from tests.exporters.conftest import make, pages_text, pdftotext, squash


def protected(cf, consents):
    """Persons who may not be named. In the legal profile groups and unidentified persons are
    described, not named: their descriptions print (tested apart); in the public profile they are
    pseudonymised like anyone else who did not consent to publication."""
    return [p for p in cf.persons.values() if p.consent not in consents
            and (p.kind == "individual" or consents == {"public"})]


def spellings(person):
    return [s for s in (person.name, person.name_original, *person.aliases) if s]


def every_string_in(pdf_path) -> str:
    """All text a reader or a tool can get from the file: page text, document info, XMP, outline,
    annotations, and every string object."""
    parts = ["".join(pages_text(pdf_path)), pdftotext(pdf_path)]
    with pikepdf.open(pdf_path) as pdf:
        parts += [str(v) for v in pdf.docinfo.values()]
        with pdf.open_metadata() as meta:
            parts += [str(v) for v in meta.values()]
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.String):
                parts.append(str(obj))
            elif isinstance(obj, pikepdf.Dictionary):
                parts += [str(v) for v in obj.values() if isinstance(v, pikepdf.String)]
    return "\n".join(parts)


def test_public_dossier_contains_no_name_of_a_person_without_public_consent(tmp_path, demo_cases):
    for ref in ("CV-2024-001", "CV-2021-003", "CV-2024-007"):
        demo = demo_cases[ref]
        pdf = make(tmp_path, demo, f"{ref}.pdf", profile="public", include_tasks=True,
                   purpose="Public report; contact Lin Xiaomei or He Dongsheng for details")
        everything = every_string_in(pdf)
        squashed = squash(everything)
        hidden = protected(demo.case_file, {"public"})
        assert hidden
        for person in hidden:
            for spelling in spellings(person):
                assert spelling not in everything and squash(spelling) not in squashed, (ref, spelling)
        for person in demo.case_file.persons.values():
            if person.consent == "public":
                assert squash(person.name) in squashed


def test_public_dossier_drops_contact_details_and_exact_places(tmp_path, demo_cases):
    demo = demo_cases["CV-2024-001"]
    legal = squash("".join(pages_text(make(tmp_path, demo, "legal.pdf"))))
    public = squash("".join(pages_text(make(tmp_path, demo, "public.pdf", profile="public"))))
    target = next(p for p in demo.case_file.persons.values() if p.name == "Lin Xiaomei")
    place = next(p.location for i in demo.case_file.incidents for p in i.places if p.location)
    for detail in (target.contact_notes, target.address, place):
        assert squash(detail) in legal and squash(detail) not in public


def test_legal_dossier_names_consenting_persons_and_pseudonymises_the_others(tmp_path, demo_cases):
    demo = demo_cases["CV-2024-001"]
    text = squash("".join(pages_text(make(tmp_path, demo))))
    for person in demo.case_file.persons.values():
        if person.consent in ("authorities", "public") or person.kind != "individual":
            assert squash(person.display_name()) in text
        else:
            assert all(squash(s) not in text for s in spellings(person))
    assert "PersonA" in text and "PersonB" in text


def test_pseudonyms_are_the_same_throughout_and_across_exports(tmp_path, demo_cases):
    demo = demo_cases["CV-2024-001"]
    red = redact(demo.case_file, "public")
    assert red.pseudonyms == redact(demo.case_file, "public").pseudonyms
    target = next(r.person_id for r in demo.case_file.roles if r.role == "target")
    assert red.pseudonyms[target] == "Person A"  # the target comes first in the cast
    pages = pages_text(make(tmp_path, demo, profile="public"))
    text = squash("".join(pages))
    for incident in demo.case_file.incidents:
        if incident.target_ids and incident.target_ids[0] in red.pseudonyms:
            alias = squash(red.pseudonyms[incident.target_ids[0]])
            assert f"Targeted:{alias}" in text
    for role in demo.case_file.roles:
        if role.role == "relative" and role.person_id in red.pseudonyms:
            assert squash(f"{red.pseudonyms[role.person_id]}, ") in text  # "Person B, sibling of the target"
    second = squash("".join(pages_text(make(tmp_path, demo, "again.pdf", profile="public"))))
    assert re.findall(r"Person[A-Z]+", text) == re.findall(r"Person[A-Z]+", second)


def test_names_in_free_text_are_replaced_in_any_recorded_spelling(demo_cases):
    demo = demo_cases["CV-2024-001"]
    cf = dataclasses.replace(demo.case_file, notes=[])
    red = redact(cf, "public")
    target = next(p for p in cf.persons.values() if p.name == "Lin Xiaomei")
    alias = red.pseudonyms[target.id]
    text = "Met LIN XIAOMEI, also Xiaomei  Lin, 林晓梅, Linda Lin and 林小梅; Lindale is a street."
    assert red.scrub(text) == f"Met {alias}, also {alias}, {alias}, {alias} and {alias}; Lindale is a street."
    assert [pseudonym(n) for n in (0, 1, 25, 26, 27)] == ["Person A", "Person B", "Person Z", "Person AA",
                                                          "Person AB"]


def _add_photo(vault, case_id, shows):
    buf = io.BytesIO()
    Image.new("RGB", (320, 200), (90, 120, 160)).save(buf, format="JPEG")
    return vault.repos.exhibits.add_file(case_id, buf.getvalue(), "photo_at_the_door.jpg", description="Photo",
                                         shows_person_ids=shows)


def test_exhibit_showing_a_protected_person_is_listed_but_not_reproduced(tmp_path, demo_vault):
    case = demo_vault.repos.cases.resolve("CV-2024-001")
    cf = demo_vault.repos.load_case_file(case.id)
    mother = next(p for p in cf.persons.values() if p.name == "Chen Guifang")
    agent = next(p for p in cf.persons.values() if p.name == "Mr Zhao (alias)")
    with_mother = _add_photo(demo_vault, case.id, [mother.id])
    with_agent = _add_photo(demo_vault, case.id, [agent.id])
    for profile in ("legal", "public"):
        pdf = tmp_path / f"{profile}.pdf"
        dossier = export_case_dossier(demo_vault, "CV-2024-001", pdf, DossierOptions(profile=profile))
        pages = pages_text(pdf)
        text = squash("".join(pages))
        assert with_mother.sha256 in text and with_agent.sha256 in text  # both listed
        assert f"Exhibit{with_mother.label}" not in text and f"Exhibit{with_agent.label}" in text
        assert "WITHHELDinthisversion:itshowsapersonwhomaynotbenamedhere." in text
        assert any(with_mother.label in note for note in dossier.notes)
        with pikepdf.open(pdf) as doc:
            images = sum(len(p.get_images()) for p in doc.pages)
        assert images == 2  # the demo screenshot and the agent's photo


def test_exporting_never_changes_the_vault(tmp_path, demo_path):
    with Vault.open(demo_path, PASSPHRASE) as v:
        head = v.repos.audit.head()
        before = v.repos.load_case_file(v.repos.cases.resolve("CV-2024-001").id)
        for profile in ("legal", "public"):
            export_case_dossier(v, "CV-2024-001", tmp_path / f"{profile}.pdf", DossierOptions(profile=profile))
        assert v.repos.audit.head() == head
        assert v.repos.load_case_file(before.case.id) == before
    with Vault.open(demo_path, PASSPHRASE) as v:
        assert v.repos.audit.head() == head and not v.repos.audit.verify_chain()


def test_groups_are_described_and_their_members_follow_their_own_consent(tmp_path, demo_vault):
    """A group's description prints with protected names in it replaced (in the public profile only
    when the group consented to publication: else it is 'Group B (at least 3 people)'); its size
    prints; each known member is named or pseudonymised by their own consent; an exhibit showing a
    group that did not consent is withheld like one showing a person."""
    from db.models import Person, Role

    r = demo_vault.repos
    case = r.cases.resolve("CV-2024-001")
    cf = r.load_case_file(case.id)
    mother = next(p for p in cf.persons.values() if p.name == "Chen Guifang")
    agent = next(p for p in cf.persons.values() if p.name == "Mr Zhao (alias)")
    cousins = next(p for p in cf.persons.values() if p.name == "Cousins in Wenzhou")
    group = r.persons.add(Person(name="Neighbours of Chen Guifang", kind="group", group_size=5,
                                 group_size_qualifier="about", member_ids=[mother.id, agent.id], consent="public"))
    r.roles.add(Role(case_id=case.id, person_id=group.id, role="witness"))
    photo = _add_photo(demo_vault, case.id, [cousins.id])
    for profile in ("legal", "public"):
        pdf = tmp_path / f"{profile}.pdf"
        export_case_dossier(demo_vault, "CV-2024-001", pdf, DossierOptions(profile=profile))
        everything = every_string_in(pdf)
        text = squash("".join(pages_text(pdf)))
        alias = redact(r.load_case_file(case.id), profile).pseudonyms[mother.id]
        assert squash(f"Neighbours of {alias}") in text and squash("group of about 5 people") in text
        cousins_shown = redact(r.load_case_file(case.id), profile).pseudonyms.get(cousins.id, "Cousins in Wenzhou")
        assert (cousins_shown == "Cousins in Wenzhou") == (profile == "legal")
        assert squash(cousins_shown) in text and squash("at least 3 people") in text
        assert profile == "legal" or "Cousins in Wenzhou" not in everything
        assert "Chen Guifang" not in everything and "陈桂芳" not in everything
        assert squash(f"Members: {alias}; Mr Zhao (alias)") in text
        assert squash("WITHHELD in this version") in text and f"Exhibit{photo.label}" not in text
