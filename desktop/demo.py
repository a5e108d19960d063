"""A demo vault: a handful of realistic but entirely fictional cases, to try CaseVault and to take
screenshots from. Every name, place detail and event here is invented; any resemblance to a real
person is accidental. Text mixes Chinese, English and French on purpose, dates are often partial."""

from __future__ import annotations

import io

from db.models import Actor, Case, Incident, Intervention, Note, Organisation, Person, Role, Source, Task
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
        psb = r.organisations.add(Organisation(
            name="Wenzhou Municipal Public Security Bureau (fictional unit)", name_original="温州市公安局某分局",
            kind="public_security_bureau", country="CN"))
        station = r.organisations.add(Organisation(
            name="Overseas service station, Montréal (alleged)", name_original="海外服务站",
            kind="overseas_police_station", country="CA",
            notes="Reported by two independent interviewees; address withheld."))
        commission = r.organisations.add(Organisation(
            name="Municipal Discipline Inspection Commission", name_original="市纪律检查委员会",
            kind="discipline_commission", country="CN"))

        # Case 1: Fox Hunt pressure on a former official in Canada.
        lin = r.persons.add(Person(
            name="Lin Xiaomei", name_original="林晓梅", aliases=["Linda Lin", "林小梅"], sex="female",
            birth_date="1971-03", citizenships=["CN"], residence_status="refugee_claimant",
            occupation="Former procurement officer", contact_notes="Signal only, via the community centre.",
            address="(withheld) Montréal, QC", consent="authorities"))
        lin_mother = r.persons.add(Person(name="Chen Guifang", name_original="陈桂芳", sex="female",
                                          birth_date="1946", residence_status="unknown", consent="none"))
        lin_brother = r.persons.add(Person(name="Lin Haotian", name_original="林浩天", sex="male",
                                           occupation="Teacher", residence_status="unknown", consent="none"))
        agent = r.persons.add(Person(name="Mr Zhao (alias)", name_original="赵先生", sex="male",
                                     notes="Introduced himself as a 'friend from home'.", consent="public"))
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
            Role(case_id=c1.id, person_id=agent.id, role="intermediary"),
        ])
        s_interview = r.sources.add(Source(
            case_id=c1.id, kind="interview", citation="Interview with the target, Montréal, conducted in Mandarin",
            date="2024-02-14", language="zh", reliability="B", credibility="2"))
        s_notice = r.sources.add(Source(
            case_id=c1.id, kind="official_chinese_source",
            citation="《关于敦促在逃人员投案自首的通告》(fictional notice), municipal website", date="2015-04",
            language="zh", url="http://example.invalid/notice-2015", reliability="A", credibility="3"))
        s_press = r.sources.add(Source(
            case_id=c1.id, kind="news_article",
            citation="« Des pressions venues de loin », Le Journal fictif, 3 mars 2023", date="2023-03-03",
            language="fr", reliability="C", credibility="3"))
        shot = r.exhibits.add_file(
            c1.id, _screenshot_png(["Your mother is not well.", "Come home and everything is solved.",
                                    "We know where you live."]),
            "IMG_2023-09-12_wechat.png", description="Screenshot of messages from an unknown number, September 2023",
            captured_at="2023-09-12", shows_person_ids=[], persons_recorded=True)
        transcript = r.exhibits.add_file(
            c1.id, ("访谈记录（节选）\n问：他们什么时候开始找你的家人？\n答：2015年6月左右，我母亲的退休金被停了。\n"
                    "Interview excerpt, English summary: pressure began around June 2015.\n").encode(),
            "transcript_2024-02-14.txt", description="Interview transcript excerpt (Chinese, with English summary)",
            captured_at="2024-02-14", shows_person_ids=[lin_mother.id], persons_recorded=True)
        r.incidents.add_many([
            Incident(case_id=c1.id, tactic="family_pressure", date_start="2015-06", country="CN", city="Wenzhou",
                     targeted_person_id=lin_mother.id, verification="corroborated",
                     description="Mother summoned and told her pension would stay suspended until her daughter "
                                 "returned. 母亲被告知女儿回国前退休金将一直停发。",
                     actors=[Actor("carried_out", organisation_id=psb.id)],
                     source_ids=[s_interview.id, s_notice.id], exhibit_ids=[transcript.id]),
            Incident(case_id=c1.id, tactic="family_pressure", date_start="2016", country="CN", city="Wenzhou",
                     targeted_person_id=lin_brother.id, verification="unverified",
                     description="Brother dismissed from his school after refusing to phone her.",
                     actors=[Actor("ordered", organisation_id=commission.id)], source_ids=[s_interview.id]),
            Incident(case_id=c1.id, tactic="persuasion_meeting", date_start="2019-05-18", country="CA",
                     city="Montréal", location="Café près du métro Jean-Talon",
                     targeted_person_id=lin.id, verification="corroborated",
                     description="Mr Zhao met her and offered 'leniency' if she returned voluntarily.",
                     actors=[Actor("carried_out", person_id=agent.id), Actor("suspected", organisation_id=station.id)],
                     source_ids=[s_interview.id, s_press.id]),
            Incident(case_id=c1.id, tactic="threat_online", date_start="2023-09-12", country="CA", city="Montréal",
                     targeted_person_id=lin.id, verification="confirmed",
                     description="Messages from an unknown number referring to her mother and her address.",
                     source_ids=[s_interview.id], exhibit_ids=[shot.id]),
            Incident(case_id=c1.id, tactic="surveillance_physical", date_start="2022", date_end="2023",
                     country="CA", city="Montréal", targeted_person_id=lin.id,
                     description="Same car seen outside her building on several evenings.",
                     source_ids=[s_interview.id]),
        ])
        r.interventions.add_many([
            Intervention(case_id=c1.id, kind="police_report", date="2023-09-20", status="submitted",
                         response="File number received; no follow-up yet.",
                         notes="Filed at the local station with an interpreter."),
            Intervention(case_id=c1.id, kind="asylum_claim", date="2019-08", status="pending"),
        ])
        r.notes.add(Note(case_id=c1.id, body="Ask the target whether the brother agrees to be named to the IRB."))
        r.tasks.add_many([
            Task(case_id=c1.id, title="Obtain copy of the 2015 pension suspension letter", due_date="2024-12"),
            Task(case_id=c1.id, title="Translate transcript excerpt into French", done=True),
        ])

        # Case 2: Interpol notice and trial in absentia, France.
        wang = r.persons.add(Person(
            name="Wang Jianping", name_original="王建平", sex="male", birth_date="1965",
            citizenships=["CN", "FR"], residence_status="citizen", occupation="Restaurateur, Lyon",
            consent="public"))
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
            Role(case_id=c2.id, person_id=avocate.id, role="lawyer"),
        ])
        s_court = r.sources.add(Source(case_id=c2.id, kind="court_record",
                                       citation="Judgment (fictional), Intermediate People's Court, case no. 2017-xx",
                                       date="2017-11", language="zh", reliability="A", credibility="2"))
        s_ngo = r.sources.add(Source(case_id=c2.id, kind="ngo_report",
                                     citation="Involuntary Returns (NGO report), 2022, annex on France",
                                     date="2022-01", language="en", reliability="B", credibility="3"))
        r.incidents.add_many([
            Incident(case_id=c2.id, tactic="interpol_notice", date_start="2015", country="FR",
                     targeted_person_id=wang.id, verification="confirmed",
                     description="Red Notice published at the request of the origin state.",
                     source_ids=[s_ngo.id]),
            Incident(case_id=c2.id, tactic="trial_in_absentia", date_start="2017-11", country="CN",
                     targeted_person_id=wang.id, verification="confirmed",
                     description="Sentenced in absentia to 12 years. 缺席审判。", source_ids=[s_court.id]),
            Incident(case_id=c2.id, tactic="asset_freeze", date_start="2014", date_end="2016", country="CN",
                     targeted_person_id=wang_spouse.id, verification="corroborated",
                     description="Family flat and accounts frozen.", source_ids=[s_ngo.id]),
        ])
        r.interventions.add(Intervention(case_id=c2.id, kind="interpol_ccf_request", date="2024-01",
                                         status="pending", notes="Request drafted by Maître Dubois."))

        # Case 3: a student in the UK, digital surveillance and luring.
        ayse = r.persons.add(Person(name="Ayigul Tursun", name_original="ئايگۈل تۇرسۇن", aliases=["阿依古丽"],
                                    sex="female", birth_date="1998-07-02", residence_status="student",
                                    consent="none"))
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
            Incident(case_id=c3.id, tactic="hacking_spyware", date_start="2024-03", country="GB", city="Manchester",
                     targeted_person_id=ayse.id, verification="corroborated", source_ids=[s_tech.id],
                     description="Spyware indicators found after she opened a link sent to a student group chat."),
            Incident(case_id=c3.id, tactic="luring_third_country", date_start="2024-06", country="AE",
                     targeted_person_id=ayse.id, description="Invited to 'meet her family' in Dubai; she declined."),
        ])
        r.tasks.add(Task(case_id=c3.id, title="Check consent before any report", due_date="2024-07-01"))

        # Case 4: closed case, returned after persuasion.
        he = r.persons.add(Person(name="He Dongsheng", name_original="何東昇", aliases=["何东升"], sex="male",
                                  birth_date="1959", residence_status="permanent_resident", consent="authorities"))
        r_daughter = r.persons.add(Person(name="He Xin", name_original="何欣", sex="female", consent="none"))
        c4 = r.cases.add(Case(
            reference="CV-2021-003", title="何東昇 – returned after persuasion (Sydney)", status="closed",
            priority="low", confidentiality="restricted", origin_country="CN", host_country="AU", region="NSW",
            campaign="sky_net_other", outcome="returned_persuaded", tags=["Sky Net", "returned"],
            summary="Returned in early 2018 after relatives were sent to Sydney to persuade him. 家属被派往悉尼劝返。"))
        r.roles.add_many([Role(case_id=c4.id, person_id=he.id, role="target"),
                          Role(case_id=c4.id, person_id=r_daughter.id, role="relative", relation="child",
                               notes="Travelled to Sydney twice with officials.")])
        r.incidents.add_many([
            Incident(case_id=c4.id, tactic="family_sent_abroad", date_start="2017-09", date_end="2017-12",
                     country="AU", city="Sydney", targeted_person_id=he.id, verification="corroborated",
                     actors=[Actor("ordered", organisation_id=psb.id)]),
            Incident(case_id=c4.id, tactic="other", date_start="2018-02", country="CN",
                     description="Returned; current situation unknown."),
        ])
