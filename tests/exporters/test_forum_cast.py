"""What the trial of the dossier found missing (issue 14): person notes and the case's organisations
in the cast, country names instead of codes, no internal fields (status, priority, tags), and a
"prepared by / on" block on the cover; in the dossier and in the packages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pypdf import PdfReader

from db.vault import Vault
from exporters.pdf import DossierOptions, export_case_dossier
from tests.conftest import PASSPHRASE
from tests.exporters.conftest import squash

CASE = "CV-2024-001"


def text_of(pdf: Path) -> str:
    return squash("".join(p.extract_text() or "" for p in PdfReader(pdf).pages))


def test_the_cast_has_person_notes_and_organisations_and_the_cover_who_prepared_it(demo_path, tmp_path):
    with Vault.open(demo_path, PASSPHRASE) as v:
        case = v.repos.cases.resolve(CASE)
        cf = v.repos.load_case_file(case.id)
        target = next(cf.persons[r.person_id] for r in cf.roles if r.role == "target")
        v.repos.persons.update(dataclasses.replace(target, notes="Keeps the original letters in a safe place"))
        org = next(iter(cf.organisations.values()))
        v.repos.organisations.update(dataclasses.replace(org, notes="Runs the local persuasion team"))
        v.repos.cases.update(dataclasses.replace(cv := v.repos.cases.get(case.id), tags=["internal-tag-x"],
                                                 priority="urgent"))
        assert cv.status
        legal, public = tmp_path / "legal.pdf", tmp_path / "public.pdf"
        export_case_dossier(v, CASE, legal, DossierOptions(prepared_by="Marie Tremblay, Clinique (fictive)"))
        export_case_dossier(v, CASE, public, DossierOptions(profile="public"))
    text = text_of(legal)
    assert "Keepstheoriginallettersinasafeplace" in text, "a person's notes are in the cast"
    assert "Organisations" in text and squash(org.name) in text and "Runsthelocalpersuasionteam" in text
    assert "Preparedby" in text and "MarieTremblay,Clinique(fictive)" in text and "Producedon" in text
    for internal in ("internal-tag-x", "Urgent", "Priority", "Tags"):
        assert internal not in text, internal
    assert "Wenzhou,China" in text and "Wenzhou,CN" not in text, "country names, not codes"
    shown = text_of(public)
    assert "Runsthelocalpersuasionteam" not in shown and "Keepstheoriginalletters" not in shown
    assert squash(org.name) in shown, "organisations are named in the public version too"
