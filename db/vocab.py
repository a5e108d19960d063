"""Controlled vocabularies: the one place that lists them. Keys are stable identifiers stored in
the vault and in exports; labels are English and pass through the UI's translator."""

from __future__ import annotations

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
    "detained_host_country": "Detained in host country",
    "missing": "Missing",
    "deceased": "Deceased",
    "unknown": "Unknown",
}
TACTIC = {
    "family_pressure": "Pressure on relatives",
    "family_detention": "Detention of relatives",
    "family_sent_abroad": "Relatives sent abroad",
    "agents_abroad": "Agents abroad",
    "persuasion_meeting": "Persuasion meeting",
    "overseas_police_station": "Overseas police station",
    "threat_online": "Online threat",
    "threat_in_person": "Threat in person",
    "harassment": "Harassment",
    "surveillance_physical": "Physical surveillance",
    "surveillance_digital": "Digital surveillance",
    "hacking_spyware": "Hacking or spyware",
    "smear_campaign": "Smear campaign",
    "interpol_notice": "Interpol notice",
    "extradition_request": "Extradition request",
    "trial_in_absentia": "Trial in absentia",
    "passport_or_document_refusal": "Passport or document refusal",
    "exit_ban": "Exit ban",
    "asset_freeze": "Asset freeze",
    "luring_third_country": "Luring to a third country",
    "detention_host_country": "Detention in host country",
    "deportation": "Deportation",
    "kidnapping_rendition": "Kidnapping or rendition",
    "assault": "Assault",
    "other": "Other",
}
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
ROLE = {
    "target": "Target",
    "relative": "Relative",
    "witness": "Witness",
    "source": "Source",
    "perpetrator": "Perpetrator",
    "intermediary": "Intermediary",
    "lawyer": "Lawyer",
    "host_authority_contact": "Host authority contact",
}
RELATION = {"parent": "Parent", "spouse": "Spouse", "child": "Child", "sibling": "Sibling", "other": "Other"}
DEGREE = {"carried_out": "Carried out", "ordered": "Ordered", "suspected": "Suspected"}
ORGANISATION_KIND = {
    "public_security_bureau": "Public security bureau",
    "discipline_commission": "Discipline commission",
    "overseas_police_station": "Overseas police service station",
    "proxy_association": "Proxy association",
    "host_agency": "Host-country agency",
    "other": "Other",
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
INTERVENTION_STATUS = {
    "planned": "Planned",
    "submitted": "Submitted",
    "pending": "Pending",
    "answered": "Answered",
    "closed": "Closed",
}


def label(vocabulary: dict[str, str], key: str | None) -> str:
    """The English label of `key`, or the key itself when it is not (or no longer) in the list."""
    if not key:
        return ""
    return vocabulary.get(key, key)
