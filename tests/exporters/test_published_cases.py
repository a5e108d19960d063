"""Two published cases (tests/data/published-*.json, made by tests/data/make_published_cases.py)
use the case model as a caseworker would: they import and export without loss, and their legal
dossier shows every fact of them in the chronology and the cast (and the notice, its CCF request
and the outcome over time in their sections)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.vault import Vault
from db.verify import verify
from exporters.interchange import export_document, import_json
from exporters.pdf import DossierOptions, export_case_dossier
from tests.conftest import PASSPHRASE
from tests.exporters.conftest import in_order, pages_text, squash

DATA = Path(__file__).resolve().parents[1] / "data"
CASES = {"PUB-2015-KANG": "published-kang.json", "PUB-2014-XIE": "published-xie.json"}


def without_export_details(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k not in ("exported_at", "taxonomy")}


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    path = tmp_path_factory.mktemp("published") / "published.cvault"
    with Vault.create(path, PASSPHRASE) as v:
        for name in CASES.values():
            import_json(v, DATA / name)
    return path


@pytest.mark.parametrize("reference", sorted(CASES))
def test_a_published_case_imports_and_exports_without_loss(tmp_path, reference):
    original = json.loads((DATA / CASES[reference]).read_text(encoding="utf-8"))
    with Vault.create(tmp_path / "v.cvault", PASSPHRASE) as v:
        result = import_json(v, DATA / CASES[reference])
        assert result.conflicts == 0 and result.cases == 1
        again = export_document(v, [v.repos.cases.resolve(reference).id])
        assert verify(v).ok
        assert import_json(v, DATA / CASES[reference]).written == 0, "the same file again changes nothing"
    assert without_export_details(again) == without_export_details(original)


def dossier_text(published, tmp_path, reference) -> str:
    pdf = tmp_path / f"{reference}.pdf"
    with Vault.open(published, PASSPHRASE) as v:
        export_case_dossier(v, reference, pdf, DossierOptions(profile="legal", paper="letter"))
    return squash("".join(pages_text(pdf)))


KANG_CHRONOLOGY = [  # every incident, in the order a reader expects (undated ones where they were placed)
    "Accusationorcriminalcharge", "Accusedoffraud", "Interpolnotice", "InterpolRedNoticeissued",
    "June2015", "Pressureonrelativesorassociates", "Yantai,China;wherethepersonaimedatwas:Toronto,Canada",
    "ZhifupublicsecuritypressedhisbusinesspartnerandhisrelativesinChina",
    "Targeted:Hisbusinesspartner(notnamedintheaccount)(unidentifiedperson);RelativesinChina(group,numberunknown)",
    "Acted:Zhifupublicsecurity(Yantai)(carriedout)",
    "before23June2015", "Persuasionmeeting", "Hisbusinesspartnerpersuadedhimtoreturn",
    "23June2015", "Surrenderorreturn", "Hesurrendered",
    "Casesentbackforinsufficientevidence", "Prosecutorstwicesentthecasebackforunclearfacts",
    "3September2021", "Casedropped", "Lasted:morethan6years",
]
KANG_CAST = ["KangXianzhen", "Target", "LeftYantaiforCanadainJune2015tojoinhisson",
             "Hisson(notnamedintheaccount)", "Relative(childofthetarget)",
             "Associate(partner,colleague,friend)(businesspartnerofthetarget)",
             "RelativesinChina", "group,numberunknown"]
KANG_ELSEWHERE = ["RedNotice", "Personsought", "KangXianzhen", "Charge", "Fraud",
                  "InterpolNationalCentralBureau,Beijing", "Outcomeovertime", "Returned:surrendered",
                  "after23June2015", "Prosecuted", "Casedropped"]
XIE_CHRONOLOGY = [
    "2014", "Accusationorcriminalcharge", "Chargedwithacceptingabribe", "2014", "Interpolnotice",
    "ChinarequestedanInterpolRedNotice", "Demandtoreturn",
    "Hubeiprovince,China;wherethepersonaimedatwas:Toronto,Canada",
    "Toldtoreturn", "Acted:ProcuratorateinHubeiprovince(local)(carriedout)", "Detentionofrelatives",
    "Afterherefusedtoreturn,relativesinChinaweredetained",
    "Targeted:Hisson(namenotpublished)(unidentifiedperson);Hissister(namenotpublished)(unidentifiedperson)",
]
XIE_CAST = ["XieWeidong", "谢卫东", "FormerjudgeoftheSupremePeople'sCourt", "Hisson(namenotpublished)",
            "Hissister(namenotpublished)", "StuartFriedman", "Lawyer(lawyerofthetarget)"]
XIE_ELSEWHERE = ["RedNotice", "Issued2014byChina", "Acceptingabribe(corruption)", "DeletedsinceAugust2019",
                 "Requestsaboutitandtheirdecisions", "InterpolCCFrequest", "Asks:deletion",
                 "To:CommissionfortheControlofINTERPOL'sFiles", "For:XieWeidong", "Counselofrecord:StuartFriedman",
                 "Decision:granted(August2019)", "Notreturned", "Relativespunished",
                 "reporting[3]", "byTomBlackwell", "inNationalPost"]


@pytest.mark.parametrize(("reference", "chronology", "cast", "elsewhere"), [
    ("PUB-2015-KANG", KANG_CHRONOLOGY, KANG_CAST, KANG_ELSEWHERE),
    ("PUB-2014-XIE", XIE_CHRONOLOGY, XIE_CAST, XIE_ELSEWHERE),
])
def test_the_legal_dossier_shows_every_published_fact(published, tmp_path, reference, chronology, cast, elsewhere):
    text = dossier_text(published, tmp_path, reference)

    def section(title: str) -> int:  # the heading, not its line in the table of contents
        return text.index(title, text.index(title) + 1)

    start = section("3.Chronology")
    assert in_order("".join(chronology), text[start:]), "the chronology, in the reader's order"
    for fact in chronology:
        assert fact in text[start:], fact
    persons = text[section("2.Persons"):start]
    for fact in cast:
        assert fact in persons, fact
    for fact in elsewhere:
        assert fact in text, fact
