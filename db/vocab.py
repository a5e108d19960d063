"""Controlled vocabularies: the one place that lists them. Keys are stable identifiers stored in
the vault and in exports; labels are English and pass through the UI's translator (their French
and Chinese forms are in db.vocab_labels, which the translation catalogues and exports share).

Every tactic is mapped (TACTICS) onto the four methods of transnational repression of the Council
of Europe's PACE Resolution 2509 (2023) and, where one exists, onto a term of the HURIDOCS Events
Standard Formats micro-thesaurus "Types of Acts" (2001), so that counts can be pooled with partners
who use those typologies. Keys that are empty strings mean "not recorded"."""

from __future__ import annotations

from dataclasses import dataclass

CASE_STATUS = {"open": "Open", "monitoring": "Monitoring", "closed": "Closed"}
PRIORITY = {"low": "Low", "normal": "Normal", "high": "High", "urgent": "Urgent"}
CONFIDENTIALITY = {
    "public": "Public",
    "restricted": "Restricted",
    "confidential": "Confidential",
    "strictly_confidential": "Strictly confidential",
}
CAMPAIGN = {"sky_net": "Sky Net", "fox_hunt": "Fox Hunt", "sky_net_other": "Sky Net (other)", "unknown": "Unknown"}
OUTCOME = {
    "not_returned": "Not returned",
    "returned_persuaded": "Returned after persuasion",
    "returned_extradited": "Returned by extradition",
    "returned_deported": "Returned by deportation",
    "returned_rendition": "Returned by rendition",
    "returned_surrendered": "Returned: surrendered",
    "detained_after_return": "Detained after return",
    "prosecuted": "Prosecuted",
    "sentenced": "Sentenced",
    "case_dropped": "Case dropped",
    "released": "Released",
    "relatives_punished": "Relatives punished",
    "detained_host_country": "Detained in host country",
    "missing": "Missing",
    "deceased": "Deceased",
    "unknown": "Unknown",
}
PACE_GROUP = {
    "direct_attack": "Direct attack",
    "co_opting": "Co-opting other countries",
    "mobility": "Impediments to mobility",
    "distance": "Threats from a distance",
}
# HURIDOCS ESF micro-thesaurus 4, "Types of Acts": the terms our tactics map onto, by code.
HURIDOCS_ACT = {
    "020101000000": "Physical assaults, including domestic violence",
    "020103000000": "Psychological assault, harassment",
    "020103010100": "Threats against the victim",
    "020103010200": "Threats against the victim's family",
    "020103010300": "Threats against the victim's friends and colleagues",
    "020103030000": "Surveillance",
    "030101000000": "Arrest",
    "030102000000": "Detention, imprisonment",
    "030104000000": "Abduction; kidnapping",
    "040100000000": "Direct actions which violate the right to privacy",
    "050106000000": "Restriction on travel",
    "130107000000": "Confiscation of property",
    "140101000000": "Defamation",
    "300104030100": "Lay-off or dismissal",
    "330101000000": "Expulsion; deportation",
    "350114000000": "Denial of the right to fair trial",
}


@dataclass(frozen=True)
class Tactic:
    """One kind of act: its English label, its PACE 2509 method (a PACE_GROUP key, "" for the
    origin state's own proceedings and outcomes, which the typology does not cover) and its
    HURIDOCS "Types of Acts" code ("" where the thesaurus has no matching term)."""

    label: str
    pace: str
    huridocs: str


TACTICS: dict[str, Tactic] = {
    "family_pressure": Tactic("Pressure on relatives or associates", "distance", "020103010200"),
    "family_detention": Tactic("Detention of relatives", "distance", "030102000000"),
    "family_sanctions": Tactic("Relatives punished (job, pension, schooling)", "distance", "300104030100"),
    "family_sent_abroad": Tactic("Relatives sent abroad", "distance", "020103000000"),
    "agents_abroad": Tactic("Agents abroad", "direct_attack", ""),
    "persuasion_meeting": Tactic("Persuasion meeting", "direct_attack", "020103000000"),
    "overseas_police_station": Tactic("Overseas police station", "direct_attack", ""),
    "threat_online": Tactic("Online threat", "distance", "020103010100"),
    "threat_in_person": Tactic("Threat in person", "direct_attack", "020103010100"),
    "harassment": Tactic("Harassment", "direct_attack", "020103000000"),
    "surveillance_physical": Tactic("Physical surveillance", "direct_attack", "020103030000"),
    "surveillance_digital": Tactic("Digital surveillance", "distance", "020103030000"),
    "hacking_spyware": Tactic("Hacking or spyware", "distance", "040100000000"),
    "smear_campaign": Tactic("Smear campaign", "distance", "140101000000"),
    "demand_to_return": Tactic("Demand to return", "distance", "020103010100"),
    "interpol_notice": Tactic("Interpol notice", "co_opting", ""),
    "extradition_request": Tactic("Extradition request", "co_opting", ""),
    "luring_third_country": Tactic("Luring to a third country", "co_opting", ""),
    "detention_host_country": Tactic("Detention in host country", "co_opting", "030102000000"),
    "deportation": Tactic("Deportation", "co_opting", "330101000000"),
    "passport_or_document_refusal": Tactic("Passport or document refusal", "mobility", "050106000000"),
    "exit_ban": Tactic("Exit ban", "mobility", "050106000000"),
    "asset_freeze": Tactic("Asset freeze", "distance", "130107000000"),
    "kidnapping_rendition": Tactic("Kidnapping or rendition", "direct_attack", "030104000000"),
    "assault": Tactic("Assault", "direct_attack", "020101000000"),
    "criminal_accusation": Tactic("Accusation or criminal charge", "", ""),
    "trial_in_absentia": Tactic("Trial in absentia", "", "350114000000"),
    "surrender_return": Tactic("Surrender or return", "", ""),
    "detention_after_return": Tactic("Detention after return", "", "030102000000"),
    "prosecution_sent_back": Tactic("Case sent back for insufficient evidence", "", ""),
    "trial": Tactic("Trial", "", ""),
    "sentence": Tactic("Sentence", "", ""),
    "case_dropped": Tactic("Case dropped", "", ""),
    "other": Tactic("Other", "", ""),
}
TACTIC = {key: t.label for key, t in TACTICS.items()}
VERIFICATION = {
    "unverified": "Unverified",
    "corroborated": "Corroborated",
    "confirmed": "Confirmed",
    "disputed": "Disputed",
}
SEX = {"female": "Female", "male": "Male", "other": "Other", "unknown": "Unknown"}
RESIDENCE_STATUS = {
    "citizen": "Citizen",
    "permanent_resident": "Permanent resident",
    "refugee_claimant": "Refugee claimant",
    "student": "Student",
    "visitor": "Visitor",
    "undocumented": "Undocumented",
    "unknown": "Unknown",
}
CONSENT = {
    "none": "May not be named",
    "authorities": "May be named to authorities",
    "public": "May be named in public reports",
}
# The consents that let an export made for a profile (legal: for authorities; public) name a person.
NAMED_CONSENT = {"legal": frozenset({"authorities", "public"}), "public": frozenset({"public"})}


def pseudonym_letters(n: int) -> str:
    """The letters of the n-th person an export does not name: 'A' for 0, ... 'Z', 'AA', 'AB', ..."""
    letters = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
ROLE = {
    "target": "Target",
    "relative": "Relative",
    "associate": "Associate (partner, colleague, friend)",
    "witness": "Witness",
    "source": "Source",
    "perpetrator": "Perpetrator",
    "intermediary": "Intermediary",
    "lawyer": "Lawyer",
    "host_authority_contact": "Host authority contact",
    "documenter": "Documenter (field worker)",
    "translator": "Translator",
}
RELATION = {
    "parent": "Parent",
    "spouse": "Spouse",
    "child": "Child",
    "sibling": "Sibling",
    "grandparent": "Grandparent",
    "grandchild": "Grandchild",
    "in_law": "In-law",
    "other_relative": "Other relative",
    "business_partner": "Business partner",
    "colleague": "Colleague",
    "employer": "Employer",
    "employee": "Employee",
    "friend": "Friend",
    "lawyer_of": "Lawyer of the target",
    "other": "Other",
    "unknown": "Unknown",
}
# Roles that say how someone stands to the target, and so need a relation.
RELATED_ROLES = ("relative", "associate")
DEGREE = {"carried_out": "Carried out", "ordered": "Ordered", "suspected": "Suspected"}
ORGANISATION_KIND = {
    "ministry_public_security": "Ministry of Public Security",
    "public_security_bureau": "Public security bureau",
    "procuratorate": "Procuratorate",
    "court": "Court",
    "discipline_commission": "Discipline commission (CCDI / NSC)",
    "interpol_ncb": "Interpol National Central Bureau",
    "united_front": "United-front body",
    "overseas_police_station": "Overseas police service station",
    "embassy_consulate": "Embassy or consulate",
    "proxy_association": "Proxy association",
    "host_agency": "Host-country agency",
    "international_body": "International body",
    "other": "Other",
}
# The administrative level of a body of the origin state (a provincial or a city bureau...).
ORGANISATION_LEVEL = {
    "national": "National",
    "provincial": "Provincial",
    "municipal": "City",
    "county": "County or district",
}
SOURCE_KIND = {
    "interview": "Interview",
    "document": "Document",
    "news_article": "News article",
    "ngo_report": "NGO report",
    "official_chinese_source": "Official Chinese source",
    "court_record": "Court record",
    "social_media": "Social media",
}
# Admiralty code: reliability of the source (A-F) and credibility of the information (1-6).
SOURCE_RELIABILITY = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}
INFORMATION_CREDIBILITY = {
    "1": "Confirmed by other sources",
    "2": "Probably true",
    "3": "Possibly true",
    "4": "Doubtful",
    "5": "Improbable",
    "6": "Truth cannot be judged",
}
INTERVENTION_KIND = {
    "police_report": "Police report",
    "national_security_report": "National-security report",
    "asylum_claim": "Asylum claim",
    "interpol_ccf_request": "Interpol CCF request",
    "un_communication": "UN communication",
    "media": "Media",
    "legal_aid": "Legal aid",
    "other": "Other",
}
INTERVENTION_REQUEST = {
    "access": "Access to the data",
    "correction": "Correction",
    "deletion": "Deletion",
    "protection": "Protection",
    "investigation": "Investigation",
    "other": "Other",
}
DECISION = {
    "granted": "Granted",
    "partly_granted": "Partly granted",
    "refused": "Refused",
    "inadmissible": "Inadmissible",
    "withdrawn": "Withdrawn",
}
INTERVENTION_STATUS = {
    "planned": "Planned",
    "submitted": "Submitted",
    "pending": "Pending",
    "answered": "Answered",
    "closed": "Closed",
}


PERSON_KIND = {
    "individual": "Individual",
    "group": "Group of people",
    "unidentified": "Unidentified person",
}
GROUP_SIZE = {"at_least": "at least", "about": "about"}  # a group's size as recorded; "": exactly
TARGET_CATEGORY = {
    "official": "Official or former official",
    "state_enterprise": "Manager of a state enterprise",
    "private_business": "Private business",
    "dissident": "Dissident or political opponent",
    "activist": "Activist or human rights defender",
    "journalist": "Journalist",
    "ethnic_minority": "Member of an ethnic minority",
    "religious_group": "Member of a religious group",
    "student": "Student",
    "other": "Other",
}
PLACE_ROLE = {
    "took_place": "Where it took place",
    "target_in": "Where the person aimed at was",
    "third_country": "Third country",
}
DATE_QUALIFIER = {
    "circa": "circa",
    "early": "early",
    "mid": "mid",
    "late": "late",
    "before": "before",
    "after": "after",
}
DURATION_QUALIFIER = {"about": "about", "more_than": "more than", "less_than": "less than"}
HOST_INVOLVEMENT = {
    "direct": "Origin state acted directly",
    "cooperation": "Host state cooperated",
    "assistance": "Host state assisted origin-state officials",
    "inaction": "Host state did not act",
    "protection": "Host state protected the target",
}
NOTICE_KIND = {
    "red_notice": "Red Notice",
    "diffusion": "Diffusion",
    "blue_notice": "Blue Notice",
    "other": "Other notice",
}
NOTICE_STATUS = {
    "requested": "Requested",
    "published": "Published",
    "refused": "Refused by Interpol",
    "suspended": "Suspended",
    "withdrawn": "Withdrawn by the issuing country",
    "deleted": "Deleted",
    "unknown": "Unknown",
}
EXTRADITION_STATUS = {
    "requested": "Requested",
    "in_court": "Before the courts",
    "granted": "Granted",
    "refused": "Refused",
    "withdrawn": "Withdrawn",
    "surrendered": "Person surrendered",
    "unknown": "Unknown",
}
COPY_KIND = {
    "original": "Original",
    "certified_copy": "Certified copy",
    "working_copy": "Working copy",
    "translation": "Translation",
}
CUSTODY_ACTION = {
    "collected": "Collected",
    "received": "Received",
    "handed_over": "Handed over",
    "copied": "Copied",
    "stored": "Stored",
    "examined": "Examined",
}


def pace_group(tactic: str) -> str:
    """The PACE 2509 method of a tactic ("" when none applies or the key is unknown)."""
    t = TACTICS.get(tactic)
    return t.pace if t else ""


def label(vocabulary: dict[str, str], key: str | None) -> str:
    """The English label of `key`, or the key itself when it is not (or no longer) in the list."""
    if not key:
        return ""
    return vocabulary.get(key, key)
