"""A demo vault: a handful of realistic but entirely fictional cases, to try CaseVault and to take
screenshots from. Every name, place detail and event here is invented; any resemblance to a real
person is accidental. Text mixes Chinese, English and French on purpose, dates are often partial."""

from __future__ import annotations

import io

from db.models import (
    Actor,
    Case,
    Custody,
    ExtraditionRequest,
    Incident,
    InterpolNotice,
    Intervention,
    Note,
    Organisation,
    Outcome,
    Person,
    Place,
    Role,
    Source,
    Task,
)
from db.vault import Vault


def _screenshot_png(lines: list[str]) -> bytes:
    """A small grey 'chat screenshot' drawn in memory (Latin text only: Pillow's built-in font)."""
    from PIL import Image, ImageDraw  # noqa: PLC0415

    img = Image.new("RGB", (480, 40 + 28 * len(lines)), (236, 239, 241))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, 480, 28), fill=(38, 50, 56))
    draw.text((12, 8), "Messages - unknown number", fill=(255, 255, 255))
    for n, line in enumerate(lines):
        y = 40 + 28 * n
        draw.rounded_rectangle((12, y, 12 + 8 * len(line) + 16, y + 22), radius=8, fill=(255, 255, 255))
        draw.text((20, y + 6), line, fill=(33, 33, 33))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def build_demo(vault: Vault) -> None:
    """Fill an empty vault with the demo cases, in one transaction."""
    r = vault.repos
    with vault.write():
        ministry = r.organisations.add(Organisation(
            name="Ministry of Public Security", name_original="公安部", kind="ministry_public_security",
            level="national", country="CN"))
        ncb = r.organisations.add(Organisation(
            name="Interpol National Central Bureau, Beijing", kind="interpol_ncb", country="CN", city="Beijing",
            parent_id=ministry.id))
        psb = r.organisations.add(Organisation(
            name="Wenzhou Municipal Public Security Bureau (fictional unit)", name_original="温州市公安局某分局",
            kind="public_security_bureau", level="municipal", city="Wenzhou", country="CN"))
        station = r.organisations.add(Organisation(
            name="Overseas service station, Montréal (alleged)", name_original="海外服务站",
            kind="overseas_police_station", country="CA", city="Montréal", parent_id=psb.id,
            notes="Reported by two independent interviewees; address withheld."))
        commission = r.organisations.add(Organisation(
            name="Municipal Discipline Inspection Commission", name_original="市纪律检查委员会",
            kind="discipline_commission", level="municipal", city="Wenzhou", country="CN"))
        procuratorate = r.organisations.add(Organisation(
            name="City procuratorate (fictional)", name_original="某市人民检察院", kind="procuratorate",
            level="municipal", country="CN"))
        police_ca = r.organisations.add(Organisation(
            name="Local police service (fictional)", kind="host_agency", country="CA", city="Montréal"))
        irb = r.organisations.add(Organisation(
            name="Immigration and Refugee Board of Canada, Refugee Protection Division", kind="host_agency",
            country="CA"))
        ccf = r.organisations.add(Organisation(
            name="Commission for the Control of INTERPOL's Files", kind="international_body", country="FR",
            city="Lyon"))

        # Case 1: Fox Hunt pressure on a former official in Canada.
        lin = r.persons.add(Person(
            name="Lin Xiaomei", name_original="林晓梅", aliases=["Linda Lin", "林小梅"], sex="female",
            birth_date="1971-03", citizenships=["CN"], residence_status="refugee_claimant",
            occupation="Former procurement officer", contact_notes="Signal only, via the community centre.",
            address="(withheld) Montréal, QC", consent="authorities", categories=["official"]))
        lin_mother = r.persons.add(Person(name="Chen Guifang", name_original="陈桂芳", sex="female",
                                          birth_date="1946", residence_status="unknown", consent="none"))
        lin_brother = r.persons.add(Person(name="Lin Haotian", name_original="林浩天", sex="male",
                                           occupation="Teacher", residence_status="unknown", consent="none"))
        cousins = r.persons.add(Person(name="Cousins in Wenzhou", kind="group", group_size=3,
                                       group_size_qualifier="at_least", consent="none",
                                       notes="Names not given by the target."))
        agent = r.persons.add(Person(name="Mr Zhao (alias)", name_original="赵先生", sex="male",
                                     notes="Introduced himself as a 'friend from home'.", consent="public"))
        stranger = r.persons.add(Person(name="Man who photographed her building", kind="unidentified", sex="male",
                                        consent="none"))
        worker = r.persons.add(Person(name="Field worker A. (fictional)", consent="authorities"))
        lawyer = r.persons.add(Person(name="Me Julie Tremblay (fictive)", sex="female", occupation="Avocate",
                                      consent="public"))
        translator = r.persons.add(Person(name="Wu Lan (fictional translator)", name_original="吴兰", sex="female",
                                          consent="authorities"))
        c1 = r.cases.add(Case(
            reference="CV-2024-001", title="林晓梅 – pressure to return from Montréal",
            status="open", priority="high", confidentiality="strictly_confidential", origin_country="CN",
            host_country="CA", region="Québec", campaign="fox_hunt", outcome="not_returned",
            tags=["Fox Hunt", "famille", "Montréal"],
            summary=("Former procurement officer who left in 2014. Relatives in Wenzhou questioned repeatedly; "
                     "an intermediary approached her in Montréal to 'persuade' her to go back. "
                     "Sa mère a été convoquée plusieurs fois par la police. 母亲多次被约谈。")))
        r.roles.add_many([
            Role(case_id=c1.id, person_id=lin.id, role="target"),
            Role(case_id=c1.id, person_id=lin_mother.id, role="relative", relation="parent",
                 notes="Pension suspended in June 2015; summoned to the bureau at least four times."),
            Role(case_id=c1.id, person_id=lin_brother.id, role="relative", relation="sibling",
                 notes="Lost his teaching post in 2016 after refusing to call his sister."),
            Role(case_id=c1.id, person_id=cousins.id, role="relative", relation="other_relative",
                 notes="Questioned together with the mother in June 2015."),
            Role(case_id=c1.id, person_id=agent.id, role="intermediary"),
            Role(case_id=c1.id, person_id=stranger.id, role="perpetrator"),
            Role(case_id=c1.id, person_id=worker.id, role="documenter"),
            Role(case_id=c1.id, person_id=lawyer.id, role="lawyer", relation="lawyer_of"),
            Role(case_id=c1.id, person_id=translator.id, role="translator"),
        ])
        s_interview = r.sources.add(Source(
            case_id=c1.id, kind="interview", citation="Interview with the target, Montréal, conducted in Mandarin",
            date="2024-02-14", language="zh", reliability="B", credibility="2"))
        s_notice = r.sources.add(Source(
            case_id=c1.id, kind="official_chinese_source",
            citation="《关于敦促在逃人员投案自首的通告》(fictional notice), municipal website", date="2015-04",
            title="关于敦促在逃人员投案自首的通告", outlet="Municipal government website (fictional)",
            language="zh", url="http://example.invalid/notice-2015", reliability="A", credibility="3"))
        s_ngo = r.sources.add(Source(
            case_id=c1.id, kind="ngo_report", citation="Fictional NGO, 'Pressure by proxy', 2022, case 14",
            title="Pressure by proxy", authors="Fictional NGO research team", outlet="Fictional NGO", date="2022-09",
            language="en", reliability="B", credibility="2"))
        s_press = r.sources.add(Source(
            case_id=c1.id, kind="news_article",
            citation="« Des pressions venues de loin », Le Journal fictif, 3 mars 2023", date="2023-03-03",
            title="Des pressions venues de loin", authors="A. Martin (fictive)", outlet="Le Journal fictif",
            language="fr", reliability="C", credibility="3", based_on_id=s_ngo.id))
        shot = r.exhibits.add_file(
            c1.id, _screenshot_png(["Your mother is not well.", "Come home and everything is solved.",
                                    "We know where you live."]),
            "IMG_2023-09-12_wechat.png", description="Screenshot of messages from an unknown number, September 2023",
            captured_at="2023-09-12", shows_person_ids=[], persons_recorded=True)
        shot.copy_kind, shot.language = "original", "en"
        shot.custody = [
            Custody("collected", "2023-09-12", by_id=lin.id, method="Screenshots taken on her own phone",
                    place="Montréal"),
            Custody("handed_over", "2023-09-14", by_id=lin.id, to_id=worker.id, method="Copied by cable to the "
                    "documenter's air-gapped laptop", place="Community centre, Montréal"),
            Custody("stored", "2023-09-14", by_id=worker.id, method="Added to the encrypted vault; SHA-256 recorded"),
        ]
        r.exhibits.update(shot)
        transcript = r.exhibits.add_file(
            c1.id, ("访谈记录（节选）\n问：他们什么时候开始找你的家人？\n答：2015年6月左右，我母亲的退休金被停了。\n"
                    "Interview excerpt, English summary: pressure began around June 2015.\n").encode(),
            "transcript_2024-02-14.txt", description="Interview transcript excerpt (Chinese, with English summary)",
            captured_at="2024-02-14", shows_person_ids=[lin_mother.id], persons_recorded=True)
        transcript.copy_kind, transcript.language = "original", "zh"
        transcript.custody = [Custody("collected", "2024-02-14", by_id=worker.id, method="Typed from the recording",
                                      place="Montréal")]
        r.exhibits.update(transcript)
        translation = r.exhibits.add_file(
            c1.id, (b"Interview record (excerpt), translated from Chinese\nQ: When did they start approaching "
                    b"your family?\nA: Around June 2015, my mother's pension was stopped.\n"),
            "transcript_2024-02-14_en.txt", description="English translation of the transcript excerpt",
            captured_at="2024-03", shows_person_ids=[lin_mother.id], persons_recorded=True)
        translation.copy_kind, translation.language = "translation", "en"
        translation.derived_from_id, translation.translator_id = transcript.id, translator.id
        r.exhibits.update(translation)
        r.incidents.add_many([
            Incident(case_id=c1.id, tactic="family_pressure", date_start="2015-06", date_qualifier="early",
                     target_ids=[lin_mother.id, cousins.id],
                     places=[Place(country="CN", city="Wenzhou"), Place("target_in", country="CA", city="Montréal")],
                     verification="corroborated",
                     description="Mother and cousins summoned; the mother was told her pension would stay "
                                 "suspended until her daughter returned. 母亲被告知女儿回国前退休金将一直停发。",
                     actors=[Actor("carried_out", organisation_id=psb.id)],
                     source_ids=[s_interview.id, s_notice.id], exhibit_ids=[transcript.id, translation.id]),
            Incident(case_id=c1.id, tactic="family_sanctions", date_start="2016", date_qualifier="circa",
                     target_ids=[lin_brother.id], places=[Place(country="CN", city="Wenzhou")],
                     verification="unverified", description="Brother dismissed from his school after refusing to "
                                                            "phone her.",
                     actors=[Actor("ordered", organisation_id=commission.id)], source_ids=[s_interview.id]),
            Incident(case_id=c1.id, tactic="criminal_accusation", verification="corroborated", placed_after="start",
                     target_ids=[lin.id], places=[Place(country="CN", city="Wenzhou")],
                     description="Accused of accepting bribes in procurement contracts (date not known).",
                     actors=[Actor("carried_out", organisation_id=procuratorate.id)], source_ids=[s_ngo.id]),
            Incident(case_id=c1.id, tactic="persuasion_meeting", date_start="2019-05-18", target_ids=[lin.id],
                     places=[Place(country="CA", city="Montréal", location="Café près du métro Jean-Talon")],
                     verification="corroborated", host_involvement="inaction",
                     description="Mr Zhao met her and offered 'leniency' if she returned voluntarily. The local "
                                 "police took her report but did not follow up.",
                     actors=[Actor("carried_out", person_id=agent.id), Actor("suspected", organisation_id=station.id)],
                     source_ids=[s_interview.id, s_press.id]),
            Incident(case_id=c1.id, tactic="threat_online", date_start="2023-09-12", target_ids=[lin.id],
                     places=[Place(country="CN"), Place("target_in", country="CA", city="Montréal")],
                     verification="confirmed",
                     description="Messages from an unknown number referring to her mother and her address.",
                     source_ids=[s_interview.id], exhibit_ids=[shot.id]),
            Incident(case_id=c1.id, tactic="surveillance_physical", date_start="2022", date_end="2023",
                     target_ids=[lin.id], places=[Place(country="CA", city="Montréal")],
                     description="Same car seen outside her building on several evenings; a man photographed "
                                 "the entrance.",
                     actors=[Actor("carried_out", person_id=stranger.id)], source_ids=[s_interview.id]),
        ])
        r.interventions.add_many([
            Intervention(case_id=c1.id, kind="police_report", date="2023-09-20", status="submitted",
                         response="File number received; no follow-up yet.", addressee_id=police_ca.id,
                         file_number="2023-0914-77 (fictional)", claimant_id=lin.id,
                         notes="Filed at the local station with an interpreter."),
            Intervention(case_id=c1.id, kind="asylum_claim", date="2019-08", status="pending", addressee_id=irb.id,
                         file_number="MB9-99999 (fictional)", claimant_id=lin.id, uci="0000-0000 (fictional)",
                         counsel_id=lawyer.id),
        ])
        r.outcomes.add(Outcome(case_id=c1.id, outcome="not_returned", date="2024-02",
                               notes="Still in Montréal at the time of the interview.", source_ids=[s_interview.id]))
        r.notes.add(Note(case_id=c1.id, body="Ask the target whether the brother agrees to be named to the IRB."))
        r.tasks.add_many([
            Task(case_id=c1.id, title="Obtain copy of the 2015 pension suspension letter", due_date="2024-12"),
            Task(case_id=c1.id, title="Translate transcript excerpt into French", done=True),
        ])

        # Case 2: Interpol notice, CCF request and trial in absentia, France.
        wang = r.persons.add(Person(
            name="Wang Jianping", name_original="王建平", sex="male", birth_date="1965",
            citizenships=["CN", "FR"], residence_status="citizen", occupation="Restaurateur, Lyon",
            consent="public", categories=["private_business"]))
        wang_spouse = r.persons.add(Person(name="Zhou Lihua", name_original="周丽华", sex="female",
                                           residence_status="citizen", consent="authorities"))
        avocate = r.persons.add(Person(name="Maître Claire Dubois (fictive)", sex="female", occupation="Avocate",
                                       consent="public"))
        c2 = r.cases.add(Case(
            reference="CV-2023-014", title="Wang Jianping – notice rouge et procès par contumace",
            status="monitoring", priority="normal", confidentiality="confidential", origin_country="CN",
            host_country="FR", region="Auvergne-Rhône-Alpes", campaign="sky_net", outcome="not_returned",
            tags=["Interpol", "Sky Net", "Lyon"],
            summary=("Businessman accused of embezzlement after leaving in 2012. A Red Notice was published, "
                     "then a trial in absentia. Une demande à la CCF d'Interpol est en cours.")))
        r.roles.add_many([
            Role(case_id=c2.id, person_id=wang.id, role="target"),
            Role(case_id=c2.id, person_id=wang_spouse.id, role="relative", relation="spouse"),
            Role(case_id=c2.id, person_id=avocate.id, role="lawyer", relation="lawyer_of"),
        ])
        s_court = r.sources.add(Source(case_id=c2.id, kind="court_record",
                                       citation="Judgment (fictional), Intermediate People's Court, case no. 2017-xx",
                                       date="2017-11", language="zh", reliability="A", credibility="2"))
        s_ngo2 = r.sources.add(Source(case_id=c2.id, kind="ngo_report",
                                      citation="Involuntary Returns (NGO report), 2022, annex on France",
                                      title="Involuntary Returns", date="2022-01", language="en", reliability="B",
                                      credibility="3"))
        notice = r.notices.add(InterpolNotice(
            case_id=c2.id, kind="red_notice", subject_id=wang.id, issuing_country="CN", issuing_bureau_id=ncb.id,
            date="2015", charge="Embezzlement (fictional case)", status="published",
            notes="Seen by the lawyer in the answer to an access request.", source_ids=[s_ngo2.id]))
        r.extraditions.add(ExtraditionRequest(
            case_id=c2.id, subject_id=wang.id, requesting_country="CN", requested_country="FR", date="2016",
            charge="Embezzlement (fictional case)", status="refused", status_date="2017-03",
            notes="Refused by the court (fictional): no guarantee of a fair trial.", source_ids=[s_ngo2.id]))
        r.incidents.add_many([
            Incident(case_id=c2.id, tactic="interpol_notice", date_start="2015", target_ids=[wang.id],
                     places=[Place(country="CN"), Place("target_in", country="FR", city="Lyon")],
                     verification="confirmed", description="Red Notice published at the request of the origin state.",
                     actors=[Actor("carried_out", organisation_id=ncb.id)], source_ids=[s_ngo2.id]),
            Incident(case_id=c2.id, tactic="extradition_request", date_start="2016", target_ids=[wang.id],
                     places=[Place(country="FR", city="Lyon")], verification="confirmed", host_involvement="protection",
                     description="Extradition requested; the court refused it.", source_ids=[s_ngo2.id]),
            Incident(case_id=c2.id, tactic="trial_in_absentia", date_start="2017-11", target_ids=[wang.id],
                     places=[Place(country="CN")], verification="confirmed",
                     description="Sentenced in absentia to 12 years. 缺席审判。", source_ids=[s_court.id]),
            Incident(case_id=c2.id, tactic="asset_freeze", date_start="2014", date_end="2016",
                     target_ids=[wang_spouse.id], places=[Place(country="CN")], verification="corroborated",
                     duration="P2Y", duration_qualifier="about",
                     description="Family flat and accounts frozen.", source_ids=[s_ngo2.id]),
        ])
        r.interventions.add_many([
            Intervention(case_id=c2.id, kind="interpol_ccf_request", date="2023-06", status="answered",
                         addressee_id=ccf.id, file_number="CCF/2023/0000 (fictional)", claimant_id=wang.id,
                         counsel_id=avocate.id, concerns_id=notice.id, request="access", decision="granted",
                         decision_date="2023-10", response="The CCF confirmed the notice and its charge."),
            Intervention(case_id=c2.id, kind="interpol_ccf_request", date="2024-01", status="pending",
                         addressee_id=ccf.id, claimant_id=wang.id, counsel_id=avocate.id, concerns_id=notice.id,
                         request="deletion", notes="Request drafted by Maître Dubois."),
        ])
        r.outcomes.add_many([Outcome(case_id=c2.id, outcome="not_returned", date="2017-03",
                                     notes="Extradition refused."),
                             Outcome(case_id=c2.id, outcome="sentenced", date="2017-11",
                                     notes="In absentia.", source_ids=[s_court.id])])

        # Case 3: a student in the UK, digital surveillance and luring.
        ayse = r.persons.add(Person(name="Ayigul Tursun", name_original="ئايگۈل تۇرسۇن", aliases=["阿依古丽"],
                                    sex="female", birth_date="1998-07-02", residence_status="student",
                                    consent="none", categories=["ethnic_minority", "student"]))
        c3 = r.cases.add(Case(
            reference="CV-2024-007", title="Student in Manchester – hacked phone and invitation to Dubai",
            status="open", priority="urgent", confidentiality="strictly_confidential", origin_country="CN",
            host_country="GB", campaign="unknown", outcome="unknown", tags=["digital", "luring"],
            summary="Phone compromised after a 'study group' link; later invited to meet relatives in Dubai."))
        r.roles.add(Role(case_id=c3.id, person_id=ayse.id, role="target"))
        s_tech = r.sources.add(Source(case_id=c3.id, kind="document", citation="Forensic check of the phone "
                                      "by a volunteer technologist (fictional)", date="2024-05", language="en",
                                      reliability="C", credibility="2"))
        r.incidents.add_many([
            Incident(case_id=c3.id, tactic="hacking_spyware", date_start="2024-03", target_ids=[ayse.id],
                     places=[Place(country="GB", city="Manchester")], verification="corroborated",
                     source_ids=[s_tech.id],
                     description="Spyware indicators found after she opened a link sent to a student group chat."),
            Incident(case_id=c3.id, tactic="luring_third_country", date_start="2024-06", date_qualifier="before",
                     target_ids=[ayse.id], places=[Place("target_in", country="GB", city="Manchester"),
                                                   Place("third_country", country="AE", city="Dubai")],
                     description="Invited to 'meet her family' in Dubai; she declined."),
        ])
        r.tasks.add(Task(case_id=c3.id, title="Check consent before any report", due_date="2024-07-01"))

        # Case 4: closed case, returned after persuasion, then prosecuted and released.
        he = r.persons.add(Person(name="He Dongsheng", name_original="何東昇", aliases=["何东升"], sex="male",
                                  birth_date="1959", residence_status="permanent_resident", consent="authorities",
                                  categories=["state_enterprise"]))
        r_daughter = r.persons.add(Person(name="He Xin", name_original="何欣", sex="female", consent="none"))
        c4 = r.cases.add(Case(
            reference="CV-2021-003", title="何東昇 – returned after persuasion (Sydney)", status="closed",
            priority="low", confidentiality="restricted", origin_country="CN", host_country="AU", region="NSW",
            campaign="sky_net_other", outcome="released", tags=["Sky Net", "returned"],
            summary="Returned in early 2018 after relatives were sent to Sydney to persuade him. 家属被派往悉尼劝返。"))
        r.roles.add_many([Role(case_id=c4.id, person_id=he.id, role="target"),
                          Role(case_id=c4.id, person_id=r_daughter.id, role="relative", relation="child",
                               notes="Travelled to Sydney twice with officials.")])
        r.incidents.add_many([
            Incident(case_id=c4.id, tactic="family_sent_abroad", date_start="2017-09", date_end="2017-12",
                     target_ids=[he.id, r_daughter.id], places=[Place(country="AU", city="Sydney")],
                     verification="corroborated", host_involvement="direct",
                     actors=[Actor("ordered", organisation_id=psb.id)]),
            Incident(case_id=c4.id, tactic="surrender_return", date_start="2018-02", date_qualifier="early",
                     target_ids=[he.id], places=[Place(country="CN")], description="Returned with his daughter."),
            Incident(case_id=c4.id, tactic="detention_after_return", date_start="2018-02", date_end="2019",
                     target_ids=[he.id], places=[Place(country="CN")], duration="P1Y", duration_qualifier="more_than",
                     description="Held under 'residential surveillance at a designated location'."),
        ])
        r.outcomes.add_many([
            Outcome(case_id=c4.id, outcome="returned_persuaded", date="2018-02", date_qualifier="early"),
            Outcome(case_id=c4.id, outcome="detained_after_return", date="2018-02"),
            Outcome(case_id=c4.id, outcome="released", date="2019", date_qualifier="late"),
        ])

        # Case 5: a mass deportation from a third country, counted, not named.
        deported = r.persons.add(Person(name="Uyghur men detained in Bangkok (fictional)", kind="group",
                                        group_size=40, group_size_qualifier="about", consent="none",
                                        categories=["ethnic_minority"]))
        c5 = r.cases.add(Case(
            reference="CV-2015-002", title="Group deported from a transit country (fictional)", status="monitoring",
            priority="normal", confidentiality="restricted", origin_country="CN", host_country="TH",
            campaign="unknown", outcome="returned_deported", tags=["mass event"],
            summary="A group held in immigration detention was handed over on a chartered flight (fictional)."))
        r.roles.add(Role(case_id=c5.id, person_id=deported.id, role="target"))
        r.incidents.add(Incident(case_id=c5.id, tactic="deportation", date_start="2015-07", date_qualifier="mid",
                                 target_ids=[deported.id], places=[Place(country="TH", city="Bangkok")],
                                 verification="corroborated", host_involvement="cooperation",
                                 description="Put on a chartered flight under guard; the host state cooperated."))
        r.outcomes.add(Outcome(case_id=c5.id, outcome="returned_deported", date="2015-07"))
