"""How tests/data/published-kang.json and published-xie.json were made: two published cases entered
through the repositories as a caseworker would, then exported as interchange documents. Run from
the repository root: python -m tests.data.make_published_cases

Public facts only, as published; nothing is added that the sources do not say. Where a fact is
not published (a relative's name, the date of an accusation), the record says so instead of
inventing it: unidentified persons and groups are described, undated incidents are placed by hand.

- Kang Xianzhen: the facts as summarised in CaseVault issue 13 (from a published account whose
  bibliographic details are not recorded there; the source record says so).
- Xie Weidong (谢卫东): The Globe and Mail (two articles), the National Post (Tom Blackwell, 23 August
  2019) and Tibetan Review (24 August 2019, reporting the National Post)."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from db.models import (
    Actor,
    Case,
    Incident,
    InterpolNotice,
    Intervention,
    Organisation,
    Outcome,
    Person,
    Place,
    Role,
    Source,
)
from db.vault import Vault
from exporters.interchange import export_document

HERE = Path(__file__).parent


def kang(v: Vault) -> str:
    r = v.repos
    with v.write():
        ncb = r.organisations.add(Organisation(name="Interpol National Central Bureau, Beijing", kind="interpol_ncb",
                                               country="CN", city="Beijing"))
        zhifu = r.organisations.add(Organisation(name="Zhifu public security (Yantai)", kind="public_security_bureau",
                                                 level="county", city="Yantai", country="CN"))
        prosecutors = r.organisations.add(Organisation(name="Prosecutors in charge of the case (not named in the "
                                                            "account)", kind="procuratorate", country="CN"))
        kang = r.persons.add(Person(name="Kang Xianzhen", sex="male", consent="public"))
        son = r.persons.add(Person(name="His son (not named in the account)", kind="unidentified", sex="male",
                                   consent="none"))
        partner = r.persons.add(Person(name="His business partner (not named in the account)", kind="unidentified",
                                       consent="none"))
        relatives = r.persons.add(Person(name="Relatives in China", kind="group", consent="none",
                                         notes="Number not known."))
        case = r.cases.add(Case(
            reference="PUB-2015-KANG", title="Kang Xianzhen – returned from Canada after pressure on his partner "
                                             "and relatives", status="closed", priority="normal",
            confidentiality="public", origin_country="CN", host_country="CA", region="Ontario (Toronto)",
            campaign="fox_hunt", outcome="case_dropped", tags=["published case", "Fox Hunt"],
            summary="Kang Xianzhen left Yantai for Canada in June 2015 to join his son. He was accused of fraud and "
                    "an Interpol Red Notice was issued. Zhifu public security pressed his business partner and his "
                    "relatives; the partner persuaded him, and he surrendered on 23 June 2015. Prosecutors twice "
                    "sent the case back for unclear facts; after more than six years the case was dropped, on 3 "
                    "September 2021."))
        r.roles.add_many([
            Role(case_id=case.id, person_id=kang.id, role="target",
                 notes="Left Yantai for Canada in June 2015 to join his son."),
            Role(case_id=case.id, person_id=son.id, role="relative", relation="child", notes="Living in Canada."),
            Role(case_id=case.id, person_id=partner.id, role="associate", relation="business_partner",
                 notes="Pressed by Zhifu public security; then persuaded Kang to return."),
            Role(case_id=case.id, person_id=relatives.id, role="relative", relation="other_relative",
                 notes="Pressed by Zhifu public security."),
        ])
        account = r.sources.add(Source(
            case_id=case.id, kind="document", reliability="F", credibility="6", language="en",
            citation="Published account of the case, as summarised in CaseVault issue 13 (publication details "
                     "not recorded in this file: complete them before filing)"))
        cites = [account.id]
        accusation = r.incidents.add(Incident(
            case_id=case.id, tactic="criminal_accusation", placed_after="start", target_ids=[kang.id],
            places=[Place(country="CN", city="Yantai")], description="Accused of fraud (date not published).",
            source_ids=cites))
        r.incidents.add(Incident(
            case_id=case.id, tactic="interpol_notice", placed_after=accusation.id, target_ids=[kang.id],
            places=[Place(country="CN"), Place("target_in", country="CA", city="Toronto")],
            description="Interpol Red Notice issued (date not published).", source_ids=cites))
        r.incidents.add_many([
            Incident(case_id=case.id, tactic="family_pressure", date_start="2015-06",
                     target_ids=[partner.id, relatives.id],
                     places=[Place(country="CN", city="Yantai"), Place("target_in", country="CA", city="Toronto")],
                     actors=[Actor("carried_out", organisation_id=zhifu.id)],
                     description="Zhifu public security pressed his business partner and his relatives in China.",
                     source_ids=cites),
            Incident(case_id=case.id, tactic="persuasion_meeting", date_start="2015-06-23", date_qualifier="before",
                     target_ids=[kang.id], places=[Place("target_in", country="CA", city="Toronto")],
                     actors=[Actor("carried_out", person_id=partner.id)],
                     description="His business partner persuaded him to return.", source_ids=cites),
        ])
        surrender = r.incidents.add(Incident(
            case_id=case.id, tactic="surrender_return", date_start="2015-06-23", target_ids=[kang.id],
            description="He surrendered.", source_ids=cites))
        r.incidents.add(Incident(
            case_id=case.id, tactic="prosecution_sent_back", target_ids=[kang.id], places=[Place(country="CN")],
            placed_after=surrender.id,
            actors=[Actor("carried_out", organisation_id=prosecutors.id)],
            description="Prosecutors twice sent the case back for unclear facts (dates not published).",
            source_ids=cites))  # (undated: placed by hand after the surrender)
        r.incidents.add(Incident(
            case_id=case.id, tactic="case_dropped", date_start="2021-09-03", duration="P6Y",
            duration_qualifier="more_than", target_ids=[kang.id], places=[Place(country="CN")],
            description="After more than six years, the case was dropped.", source_ids=cites))
        r.notices.add(InterpolNotice(case_id=case.id, kind="red_notice", subject_id=kang.id, issuing_country="CN",
                                     issuing_bureau_id=ncb.id, charge="Fraud", status="unknown",
                                     notes="Date and number not published.", source_ids=cites))
        r.outcomes.add_many([
            Outcome(case_id=case.id, outcome="returned_surrendered", date="2015-06-23", source_ids=cites),
            Outcome(case_id=case.id, outcome="prosecuted", date="2015-06-23", date_qualifier="after",
                    notes="Prosecutors twice sent the case back for unclear facts.", source_ids=cites),
            Outcome(case_id=case.id, outcome="case_dropped", date="2021-09-03",
                    notes="After more than six years.", source_ids=cites),
        ])
    return case.id


def xie(v: Vault) -> str:
    r = v.repos
    with v.write():
        ncb = r.organisations.add(Organisation(name="Interpol National Central Bureau, Beijing", kind="interpol_ncb",
                                               country="CN", city="Beijing"))
        hubei = r.organisations.add(Organisation(name="Procuratorate in Hubei province (local)", kind="procuratorate",
                                                 country="CN"))
        ccf = r.organisations.add(Organisation(name="Commission for the Control of INTERPOL's Files",
                                               kind="international_body", country="FR", city="Lyon"))
        xie = r.persons.add(Person(name="Xie Weidong", name_original="谢卫东", sex="male", consent="public",
                                   occupation="Former judge of the Supreme People's Court", categories=["official"]))
        son = r.persons.add(Person(name="His son (name not published)", kind="unidentified", sex="male",
                                   consent="none"))
        sister = r.persons.add(Person(name="His sister (name not published)", kind="unidentified", sex="female",
                                      consent="none"))
        lawyer = r.persons.add(Person(name="Stuart Friedman", sex="male", occupation="Lawyer", consent="public"))
        case = r.cases.add(Case(
            reference="PUB-2014-XIE", title="Xie Weidong 谢卫东 – a former judge pressed to return from Canada",
            status="monitoring", priority="normal", confidentiality="public", origin_country="CN",
            host_country="CA", region="Ontario (Toronto)", campaign="unknown", outcome="not_returned",
            tags=["published case", "Interpol"],
            summary="Xie Weidong, a former judge of the Supreme People's Court, moved to Canada in 2014 and lives "
                    "in Toronto. Accused of corruption, he was told to return. After he refused, relatives in "
                    "China were detained. The return failed. China had obtained an Interpol Red Notice in 2014; he "
                    "disputed it before the CCF from 2017, and in 2019 the Commission found a predominant political "
                    "dimension and the notice was withdrawn."))
        r.roles.add_many([
            Role(case_id=case.id, person_id=xie.id, role="target", notes="Moved to Canada in 2014; lives in Toronto."),
            Role(case_id=case.id, person_id=son.id, role="relative", relation="child",
                 notes="Detained in China after Xie refused to return (Xie's account)."),
            Role(case_id=case.id, person_id=sister.id, role="relative", relation="sibling",
                 notes="Detained in China after Xie refused to return (Xie's account)."),
            Role(case_id=case.id, person_id=lawyer.id, role="lawyer", relation="lawyer_of"),
        ])
        globe_2018 = r.sources.add(Source(
            case_id=case.id, kind="news_article", language="en", reliability="B", credibility="2",
            citation="The Globe and Mail, \u201cChina admits to having agents in Canada as former judge harassed in "
                     "Toronto\u201d",
            title="China admits to having agents in Canada as former judge harassed in Toronto",
            outlet="The Globe and Mail",
            url="https://www.theglobeandmail.com/news/world/china-admits-to-having-agents-in-canada-as-former-judge-"
                "harassed-in-toronto/article37616456/"))
        globe_2019 = r.sources.add(Source(
            case_id=case.id, kind="news_article", language="en", reliability="B", credibility="2", date="2019",
            citation="The Globe and Mail, \u201cInterpol withdraws arrest warrant on Chinese judge now a Toronto "
                     "resident\u201d",
            title="Interpol withdraws arrest warrant on Chinese judge now a Toronto resident",
            outlet="The Globe and Mail",
            url="https://www.theglobeandmail.com/canada/article-interpol-withdraws-arrest-warrant-on-chinese-judge-"
                "now-a-toronto/"))
        post = r.sources.add(Source(
            case_id=case.id, kind="news_article", language="en", reliability="B", credibility="2", date="2019-08-23",
            citation="Tom Blackwell, National Post, 23 August 2019",
            title="Interpol rescinds arrest warrant for dissident Chinese judge living in Canada, calling it "
                  "politically motivated", authors="Tom Blackwell", outlet="National Post",
            url="https://nationalpost.com/news/interpol-rescinds-arrest-warrant-for-dissident-chinese-judge-living-in-"
                "canada-calling-it-politically-motivated"))
        review = r.sources.add(Source(
            case_id=case.id, kind="news_article", language="en", reliability="C", credibility="3", date="2019-08-24",
            citation="Tibetan Review, 24 August 2019 (reporting the National Post)",
            title="Interpol junks China\u2019s \u2018red notice\u2019 against dissident apex court judge as "
                  "politically "
                  "motivated", outlet="Tibetan Review", based_on_id=post.id,
            url="https://www.tibetanreview.net/interpol-junks-chinas-red-notice-against-dissident-apex-court-judge-"
                "as-politically-motivated/"))
        accusation = r.incidents.add(Incident(
            case_id=case.id, tactic="criminal_accusation", date_start="2014", target_ids=[xie.id],
            places=[Place(country="CN")], verification="corroborated",
            description="Charged with accepting a bribe to favour one party in a civil dispute he had adjudicated "
                        "(accused of corruption).", source_ids=[post.id, review.id]))
        r.incidents.add(Incident(
            case_id=case.id, tactic="interpol_notice", date_start="2014", target_ids=[xie.id],
            places=[Place(country="CN")], verification="confirmed",
            description="China requested an Interpol Red Notice after charging him.",
            source_ids=[globe_2019.id, post.id]))
        demand = r.incidents.add(Incident(
            case_id=case.id, tactic="demand_to_return", target_ids=[xie.id], verification="corroborated",
            places=[Place(country="CN", city="Hubei province"), Place("target_in", country="CA", city="Toronto")],
            actors=[Actor("carried_out", organisation_id=hubei.id)],
            description="Told to return to be held to account; a procurator in Hubei province, which sought his "
                        "return, said that whether he is Chinese or Canadian makes no difference.",
            source_ids=[globe_2018.id]))
        r.incidents.add(Incident(
            case_id=case.id, tactic="family_detention", target_ids=[son.id, sister.id], verification="unverified",
            places=[Place(country="CN"), Place("target_in", country="CA", city="Toronto")],
            placed_after=demand.id,
            description="After he refused to return, relatives in China were detained: he says his son and his "
                        "sister were jailed on trumped-up charges.", source_ids=[review.id]))
        del accusation
        notice = r.notices.add(InterpolNotice(
            case_id=case.id, kind="red_notice", subject_id=xie.id, issuing_country="CN", issuing_bureau_id=ncb.id,
            date="2014", charge="Accepting a bribe (corruption)", status="deleted", status_date="2019-08",
            notes="The CCF found a predominant political dimension: keeping the notice would breach Interpol's "
                  "Constitution.", source_ids=[globe_2019.id, post.id]))
        r.interventions.add(Intervention(
            case_id=case.id, kind="interpol_ccf_request", date="2017", status="answered", addressee_id=ccf.id,
            claimant_id=xie.id, counsel_id=lawyer.id, concerns_id=notice.id, request="deletion", decision="granted",
            decision_date="2019-08",
            response="The Commission found a predominant political dimension; he is no longer subject to the "
                     "Red Notice.", notes="Disputed since 2017 (The Globe and Mail, 2019)."))
        r.outcomes.add_many([
            Outcome(case_id=case.id, outcome="not_returned", notes="The return failed; he lives in Toronto.",
                    source_ids=[globe_2018.id, globe_2019.id]),
            Outcome(case_id=case.id, outcome="relatives_punished", notes="His son and his sister detained in China "
                                                                           "(his account).", source_ids=[review.id]),
        ])
    return case.id


def write(name: str, build) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as tmp, \
            Vault.create(Path(tmp) / "v.cvault", "published", author="issue 13") as v:
        case_id = build(v)
        doc = export_document(v, [case_id])
    doc.pop("taxonomy")
    (HERE / name).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    write("published-kang.json", kang)
    write("published-xie.json", xie)


if __name__ == "__main__":
    sys.exit(main())
