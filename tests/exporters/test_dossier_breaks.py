"""Each break reported against the public dossier (issue 12, points 1-6) and the dossier failures of
issue 17, reproduced on the demo vault and checked on the produced PDF. Every test here failed on
the code before the fix."""

from __future__ import annotations

import dataclasses
import io
import unicodedata

import pikepdf
import pytest
from PIL import Image
from reportlab.platypus import Flowable

from db.models import Actor, CaseFile, Incident, Organisation
from db.vault import Vault
from exporters.bundle import export_bundle, import_bundle
from exporters.interchange import export_json, import_json
from exporters.pdf import DossierError, DossierOptions, build_dossier, export_case_dossier
from exporters.pdf.fonts import font_set
from exporters.pdf.layout import DossierDoc, LayoutFailure, PageRefs, SectionMark, make_styles
from exporters.pdf.text import Typesetter
from tests.conftest import PASSPHRASE
from tests.db.test_merge import BUNDLE_PASS, FAST_KDF
from tests.exporters.conftest import pages_text, pdftotext, squash
from tests.exporters.test_dossier_redaction import every_string_in

CASE = "CV-2024-001"  # its target consented to authorities only; her mother and brother to nothing


def folded(text: str) -> str:
    """The test's own folding: NFKC, case, combining marks off, only letters and digits kept."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    return "".join(c for c in text if c.isalnum() and unicodedata.category(c) != "Mn")


def case_of(vault: Vault, reference: str = CASE) -> CaseFile:
    return vault.repos.load_case_file(vault.repos.cases.resolve(reference).id)


def person(cf: CaseFile, name: str):
    return next(p for p in cf.persons.values() if p.name == name)


def update(vault: Vault, *records) -> None:
    with vault.write():
        for r in records:
            vault.repos.by_entity()[r.entity].update(r)


def public(vault: Vault, tmp_path, reference: str = CASE, **options) -> str:
    """Everything a reader or tool can get out of the public dossier of `reference`, folded."""
    pdf = tmp_path / "public.pdf"
    export_case_dossier(vault, reference, pdf, DossierOptions(profile="public", **options))
    return folded(every_string_in(pdf))


def assert_absent(haystack: str, *spellings: str) -> None:
    for s in spellings:
        assert folded(s) not in haystack, s


# -- 1. spellings that search treats as the same name ------------------------------------------------

def test_spellings_that_search_treats_as_the_same_name_are_replaced(demo_vault, tmp_path):
    cf = case_of(demo_vault)
    summary = ("Her mother 陳桂芳 (traditional), ＣＨＥＮ　ＧＵＩＦＡＮＧ (full width), Chen Gui-fang, CHEN GUIFANG, "
               "chen guifang, Guifang Chen and Chén Guìfāng were all questioned. Her brother 林浩天 / Lin Hao-tian.")
    update(demo_vault, dataclasses.replace(cf.case, summary=summary))
    text = public(demo_vault, tmp_path)
    assert folded("were all questioned") in text
    assert_absent(text, "陳桂芳", "陈桂芳", "chenguifang", "guifangchen", "林浩天", "linhaotian")


def test_a_name_without_its_accents_is_replaced(demo_vault, tmp_path):
    cf = case_of(demo_vault)
    mother = person(cf, "Chen Guifang")
    update(demo_vault, dataclasses.replace(mother, aliases=["Ayşe Kaya"]),
           dataclasses.replace(cf.case, summary="A neighbour, Ayse KAYA (also written ayşe kaya), saw it."))
    text = public(demo_vault, tmp_path)
    assert folded("A neighbour") in text
    assert_absent(text, "aysekaya", "kayaayse")


# -- 2. invisible and combining characters --------------------------------------------------------

INVISIBLE = ["Chen\u00adGuifang", "陈\u200b桂芳", "陈桂\u2060芳", "\ufeffChen Guifang", "Chen Gui\ufe0ffang",
             "Chen\x07 Gui\x1bfang", "陈\u034f桂\U000e0041芳", "\u202egnafiuG nehC\u202c", "\u202e芳桂陈\u202c",
             "Chen\u2066 Guifang\u2069", "Chen\u200d\u200cGuifang"]


def test_invisible_characters_inside_a_name_do_not_let_it_print(demo_vault, tmp_path):
    cf = case_of(demo_vault)
    update(demo_vault, dataclasses.replace(cf.case, summary=" / ".join(INVISIBLE) + " visited."))
    text = public(demo_vault, tmp_path)
    assert folded("visited") in text
    assert_absent(text, "陈桂芳", "chenguifang", "gnafiugnehc", "芳桂陈")


def test_decomposed_accents_do_not_let_a_name_print(demo_vault, tmp_path):
    cf = case_of(demo_vault)
    mother = person(cf, "Chen Guifang")
    update(demo_vault, dataclasses.replace(mother, aliases=["Ayşe Kaya"]),
           dataclasses.replace(cf.case, summary=unicodedata.normalize("NFD", "Ayşe Kaya came. Ays\u0327e Kaya left.")))
    text = public(demo_vault, tmp_path)
    assert folded("came") in text
    assert_absent(text, "aysekaya")


# -- 3. fields that were never redacted ----------------------------------------------------------------

def test_the_reference_is_redacted_in_headers_cover_metadata_and_file_name(demo_vault, tmp_path):
    cf = case_of(demo_vault)
    update(demo_vault, dataclasses.replace(cf.case, reference="CV-2024-CHEN-GUIFANG"))
    pdf = tmp_path / "public.pdf"
    dossier = export_case_dossier(demo_vault, "CV-2024-CHEN-GUIFANG", pdf, DossierOptions(profile="public"))
    assert_absent(folded(every_string_in(pdf)), "chenguifang")
    with pikepdf.open(pdf) as doc:
        assert "Person" in str(doc.docinfo["/Title"])
    pages = pages_text(pdf)
    assert all(page.startswith("CV-2024-Person") for page in pages), "the running header"
    assert "Guifang" not in dossier.file_name() and dossier.file_name().startswith("CV-2024-Person")


def test_organisation_names_are_redacted(demo_vault, tmp_path):
    cf = case_of(demo_vault)
    with demo_vault.write():
        org = demo_vault.repos.organisations.add(Organisation(name="Chen Guifang Trading Co.",
                                                              name_original="陈桂芳贸易公司"))
        demo_vault.repos.incidents.add(Incident(case_id=cf.case.id, tactic="harassment", date_start="2020",
                                                actors=[Actor("suspected", organisation_id=org.id)]))
    text = public(demo_vault, tmp_path)
    assert folded("Trading Co") in text and folded("贸易公司") in text
    assert_absent(text, "chenguifang", "陈桂芳")


def test_aliases_and_occupations_of_named_persons_are_redacted(demo_vault, tmp_path):
    """(Citizenships were free text here too; they are country codes now.)"""
    cf = case_of(demo_vault)
    target = person(cf, "Lin Xiaomei")  # named to authorities: the legal profile prints her details
    update(demo_vault, dataclasses.replace(target, aliases=["Daughter of Chen Guifang"],
                                           occupation="Clerk, hukou of 陈桂芳"))
    pdf = tmp_path / "legal.pdf"
    export_case_dossier(demo_vault, CASE, pdf, DossierOptions(profile="legal"))
    text = folded(every_string_in(pdf))
    assert folded("Daughter of") in text and folded("hukou of") in text
    assert_absent(text, "chenguifang", "陈桂芳")


def test_protected_persons_of_other_cases_are_redacted(demo_vault, tmp_path):
    cf = case_of(demo_vault)
    update(demo_vault, dataclasses.replace(cf.case, summary="She knows Zhou Lihua (周丽华) and He Xin (何欣) well."))
    text = public(demo_vault, tmp_path)
    assert folded("knows") in text
    assert_absent(text, "zhoulihua", "周丽华", "hexin", "何欣")


# -- 4. exhibits that show someone -------------------------------------------------------------------

def photo() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (320, 200), (150, 90, 60)).save(buf, format="JPEG")
    return buf.getvalue()


def images_in(pdf) -> int:
    with pikepdf.open(pdf) as doc:
        return sum(len(p.get_images()) for p in doc.pages)


def test_an_image_whose_persons_are_not_recorded_is_withheld_unless_confirmed(demo_vault, tmp_path):
    cf = case_of(demo_vault)
    shot = demo_vault.repos.exhibits.add_file(cf.case.id, photo(), "door.jpg", description="At the door")
    for profile in ("legal", "public"):
        pdf = tmp_path / f"{profile}.pdf"
        dossier = export_case_dossier(demo_vault, CASE, pdf, DossierOptions(profile=profile))
        text = squash("".join(pages_text(pdf)))
        assert shot.sha256 in text and "WITHHELDinthisversion:whoappearsinitisnotrecorded." in text
        assert images_in(pdf) == 1, "only the demo screenshot, whose persons are recorded"
        assert [w.label for w in dossier.summary.withheld] == ["E-2", "E-3", shot.label]  # E-2, E-3 show the mother
        assert any(shot.label in note and "not recorded" in note for note in dossier.notes)
        confirmed = DossierOptions(profile=profile, confirmed_exhibits=frozenset({shot.id}))
        pdf = tmp_path / f"{profile}-confirmed.pdf"
        export_case_dossier(demo_vault, CASE, pdf, confirmed)
        assert images_in(pdf) == 2 and f"Exhibit{shot.label}" in squash("".join(pages_text(pdf)))


def test_who_appears_in_an_exhibit_travels_in_the_interchange_file(demo_vault, tmp_path):
    cf = case_of(demo_vault)
    mother = person(cf, "Chen Guifang")
    nobody = demo_vault.repos.exhibits.add_file(cf.case.id, photo(), "street.jpg", persons_recorded=True)
    her = demo_vault.repos.exhibits.add_file(cf.case.id, photo(), "her.jpg", shows_person_ids=[mother.id],
                                             persons_recorded=True)
    unknown = demo_vault.repos.exhibits.add_file(cf.case.id, photo(), "unknown.jpg")
    export_json(demo_vault, tmp_path / "out.json", [cf.case.id])
    export_bundle(demo_vault, tmp_path / "out.cvb", BUNDLE_PASS, [cf.case.id], log_n=FAST_KDF)
    for n, load in enumerate((lambda v: import_json(v, tmp_path / "out.json"),
                              lambda v: import_bundle(v, tmp_path / "out.cvb", BUNDLE_PASS))):
        with Vault.create(tmp_path / f"other{n}.cvault", PASSPHRASE) as other:
            load(other)
            got = {e.original_name: e for e in other.repos.exhibits.for_case(cf.case.id)}
        assert got["street.jpg"].persons_recorded and got["street.jpg"].shows_person_ids == []
        assert got["her.jpg"].persons_recorded and got["her.jpg"].shows_person_ids == [mother.id]
        assert not got["unknown.jpg"].persons_recorded and not got["unknown.jpg"].persons_known
        assert {nobody.id, her.id, unknown.id} <= {e.id for e in got.values()}


# -- 5. what is not for the public -------------------------------------------------------------------

def test_public_dossier_leaves_out_internal_status_priority_confidentiality_and_interventions(demo_vault, tmp_path):
    legal_pdf, public_pdf = tmp_path / "legal.pdf", tmp_path / "public.pdf"
    export_case_dossier(demo_vault, CASE, legal_pdf, DossierOptions(profile="legal", include_tasks=True))
    export_case_dossier(demo_vault, CASE, public_pdf, DossierOptions(profile="public", include_tasks=True))
    legal, text = squash("".join(pages_text(legal_pdf))), squash("".join(pages_text(public_pdf)))
    for shown_to_authorities in ("Confidentiality", "Strictlyconfidential", "Policereport", "Submitted",
                                 "Filenumberreceived", "Opentasks", "Residencestatus", "Refugeeclaimant"):
        assert shown_to_authorities in legal, shown_to_authorities
        assert shown_to_authorities not in text, shown_to_authorities
    for internal in ("Priority", "StatusOpen", "Tags"):  # the group's bookkeeping: in no dossier
        assert internal not in legal and internal not in text, internal
    assert "PUBLICVERSION" in text


# -- 6. bidi controls -------------------------------------------------------------------------------

def test_bidi_overrides_in_stored_text_do_not_reorder_what_a_reader_sees(demo_vault, tmp_path):
    cf = case_of(demo_vault)
    exhibit = cf.exhibits[0]
    update(demo_vault, dataclasses.replace(cf.case, summary="Receipt number \u202e0001\u202c was issued."),
           dataclasses.replace(exhibit, original_name="transcript_\u202etxt.exe"))
    for profile in ("legal", "public"):
        pdf = tmp_path / f"{profile}.pdf"
        export_case_dossier(demo_vault, CASE, pdf, DossierOptions(profile=profile))
        text = pdftotext(pdf)
        assert "Receipt number 0001 was issued." in text and "1000" not in text
        assert "transcript_txt.exe" in text and "exe.txt" not in text


ISOLATES = {"summary": "Message from \u2067ئايگۈل\u2069: \u2066see you\u2069 \u2068tomorrow\u2069.",
            "region": "\u2068Québec\u2069", "title": "\u2066林晓梅\u2069 – pressure"}


@pytest.mark.parametrize("profile", ["legal", "public"])
def test_isolates_pasted_from_messengers_never_fail_a_dossier(demo_vault, tmp_path, profile):
    cf = case_of(demo_vault)
    update(demo_vault, dataclasses.replace(cf.case, **ISOLATES),
           dataclasses.replace(cf.incidents[0], description="\u2067ئۇيغۇر\u2069 \u2069stray end \u2066open"))
    pdf = tmp_path / "dossier.pdf"
    export_case_dossier(demo_vault, CASE, pdf, DossierOptions(profile=profile))
    text = squash(pdftotext(pdf))
    assert "seeyoutomorrow." in text and "Québec" in text and "strayendopen" in text


def test_each_field_of_a_line_keeps_its_place(tmp_path):
    """Two right-to-left fields joined in a left-to-right line stay in their order, each read on its
    own (without isolation the bidi algorithm runs them together and the second comes first)."""
    from db.normalise import FSI, PDI

    fonts = font_set()
    style = make_styles(fonts).small
    first, second = "ئۈرۈمچى", "قەشقەر"  # 7 and 6 letters
    xml = Typesetter(fonts).markup(f"Place: {FSI}{first}{PDI}, {FSI}{second}{PDI}, CN", style, 400).xml
    runs = [r for r in xml.replace("<", "\0<").split("\0") if r and not r.startswith("</")]
    arabic = [r.split(">", 1)[1] for r in runs if r.startswith("<font") and any("\u0600" <= c or c > "\ufb00"
                                                                              for c in r.split(">", 1)[1])]
    assert [len(a) for a in arabic] == [len(first), len(second)], xml


# -- issue 17 ---------------------------------------------------------------------------------------

def test_an_encrypted_dossier_has_an_owner_password_other_than_the_users(demo_vault, tmp_path):
    pdf = tmp_path / "sealed.pdf"
    export_case_dossier(demo_vault, CASE, pdf, DossierOptions(password="a long dossier passphrase"))
    with pikepdf.open(pdf, password="a long dossier passphrase") as doc:
        assert doc.user_password_matched and not doc.owner_password_matched
    again = tmp_path / "again.pdf"
    export_case_dossier(demo_vault, CASE, again, DossierOptions(password="a long dossier passphrase"))
    with pikepdf.open(pdf, password="a long dossier passphrase") as a, \
            pikepdf.open(again, password="a long dossier passphrase") as b:
        assert bytes(a.trailer.Encrypt.O) != bytes(b.trailer.Encrypt.O), "a new owner password each time"


def test_a_field_of_a_million_characters_is_cut_and_the_dossier_says_so(demo_vault, tmp_path):
    """The vault refuses longer fields (db.repository.MAX_TEXT); the longest it takes still prints
    only its first 20,000 characters, in seconds."""
    cf = case_of(demo_vault)
    huge = ("Relatives were summoned again and again. " * 25_000)[:1_000_000]
    update(demo_vault, dataclasses.replace(cf.incidents[0], description=huge))
    pdf = tmp_path / "big.pdf"
    dossier = export_case_dossier(demo_vault, CASE, pdf, DossierOptions(profile="legal"))
    text = squash("".join(pages_text(pdf)))
    assert "morecharactersnotprinted:adossierprintsatmost20,000charactersor1,000linesofonefield" in text
    assert dossier.pages < 30
    assert any("were cut" in note for note in dossier.notes)


def test_broken_text_from_an_import_never_fails_a_dossier_with_an_unexpected_error(demo_vault):
    """Lone surrogates (JSON escapes such as \\ud800 read into memory) and control characters."""
    cf = case_of(demo_vault)
    broken = dataclasses.replace(cf, case=dataclasses.replace(cf.case, title="Title \ud800 end",
                                                              summary="a\x00b\ufffe\uffffc\U0010fffd"))
    dossier = build_dossier(broken, (1, "0" * 64), DossierOptions(profile="public"), lambda _id: b"x")
    assert "Title \ufffd end" in "".join(pages_text(dossier.data))


class _Slab(Flowable):
    """A block that cannot be divided, taller than any page."""

    def wrap(self, availWidth, availHeight):  # noqa: N803
        return availWidth, 2000

    def draw(self):
        pass


def test_content_taller_than_a_page_gets_a_message_that_says_where(tmp_path):
    fonts = font_set()
    doc = DossierDoc(io.BytesIO(), pagesize=(595, 842), typesetter=Typesetter(fonts), styles=make_styles(fonts),
                     refs=PageRefs(number_font="Helvetica"), reference="R-1", marking="", on_page=lambda _p: None)
    with pytest.raises(LayoutFailure) as caught:
        doc.build([SectionMark("Chronology"), _Slab()])
    assert "in the section Chronology" in str(caught.value) and "Shorten that text" in str(caught.value)
    assert issubclass(LayoutFailure, Exception) and DossierError is not None
