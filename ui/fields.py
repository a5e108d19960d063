"""The editable fields of each record, in form order, with translated labels. One list per
entity; RecordDialog builds its form from them and the overview tab uses CASE_FIELDS."""

from PySide6.QtCore import QCoreApplication

from db import vocab
from ui.forms import BOOL, CHOICE, DATE, INT, LIST, MULTILINE, PERSON, Field


def tr(text):
    return QCoreApplication.translate("Fields", text)


def case_fields():
    return [
        Field("reference", tr("Reference"), required=True, placeholder="CV-2024-001"),
        Field("title", tr("Title"), required=True),
        Field("status", tr("Status"), CHOICE, vocab.CASE_STATUS),
        Field("priority", tr("Priority"), CHOICE, vocab.PRIORITY),
        Field("confidentiality", tr("Confidentiality"), CHOICE, vocab.CONFIDENTIALITY),
        Field("campaign", tr("Campaign"), CHOICE, vocab.CAMPAIGN),
        Field("origin_country", tr("Origin state"), placeholder="CN"),
        Field("host_country", tr("Host country"), placeholder="CA"),
        Field("region", tr("Region")),
        Field("outcome", tr("Outcome"), CHOICE, vocab.OUTCOME),
        Field("tags", tr("Tags"), LIST),
        Field("summary", tr("Summary"), MULTILINE),
    ]


def person_fields():
    return [
        Field("name_original", tr("Name (original script)"), placeholder=tr("e.g. {name}").format(name="张三")),
        Field("name", tr("Name (Latin script)"), placeholder=tr("e.g. {name}").format(name="Zhang San")),
        Field("aliases", tr("Aliases"), LIST),
        Field("sex", tr("Sex"), CHOICE, vocab.SEX),
        Field("birth_date", tr("Date of birth"), DATE),
        Field("citizenships", tr("Citizenships"), LIST, placeholder="CN, CA"),
        Field("residence_status", tr("Residence status"), CHOICE, vocab.RESIDENCE_STATUS),
        Field("occupation", tr("Occupation")),
        Field("consent", tr("Consent"), CHOICE, vocab.CONSENT),
        Field("contact_notes", tr("Contact notes"), MULTILINE),
        Field("address", tr("Address")),
        Field("notes", tr("Notes about the person"), MULTILINE),
    ]


def role_fields():
    return [
        Field("role", tr("Role in this case"), CHOICE, vocab.ROLE),
        Field("relation", tr("Relation to the target"), CHOICE, vocab.RELATION, allow_empty=True),
        Field("notes", tr("What happened to them in this case"), MULTILINE),
    ]


def incident_fields(persons):
    """`persons`: [(person id, display name)] of the case, for 'who was targeted'."""
    return [
        Field("tactic", tr("Tactic"), CHOICE, vocab.TACTIC),
        Field("date_start", tr("Date (or start)"), DATE),
        Field("date_end", tr("Until (for a range)"), DATE),
        Field("country", tr("Country"), placeholder="CN"),
        Field("city", tr("City")),
        Field("location", tr("Place")),
        Field("targeted_person_id", tr("Who was targeted"), PERSON, persons, allow_empty=True),
        Field("verification", tr("Verification"), CHOICE, vocab.VERIFICATION),
        Field("description", tr("Description"), MULTILINE),
    ]


def source_fields():
    return [
        Field("kind", tr("Kind"), CHOICE, vocab.SOURCE_KIND),
        Field("citation", tr("Citation"), MULTILINE, required=True),
        Field("date", tr("Date"), DATE),
        Field("language", tr("Language"), placeholder="zh, en, fr"),
        Field("url", tr("URL (kept as text, never opened)")),
        Field("reliability", tr("Source reliability (A-F)"), CHOICE, vocab.SOURCE_RELIABILITY, show_keys=True),
        Field("credibility", tr("Information credibility (1-6)"), CHOICE, vocab.INFORMATION_CREDIBILITY,
              show_keys=True),
    ]


def exhibit_fields():
    return [
        Field("number", tr("Exhibit number"), INT),
        Field("original_name", tr("Original file name"), required=True),
        Field("captured_at", tr("Captured on"), DATE),
        Field("description", tr("Description"), MULTILINE),
    ]


def intervention_fields():
    return [
        Field("kind", tr("Kind"), CHOICE, vocab.INTERVENTION_KIND),
        Field("date", tr("Date"), DATE),
        Field("status", tr("Status"), CHOICE, vocab.INTERVENTION_STATUS),
        Field("response", tr("Response"), MULTILINE),
        Field("notes", tr("Notes"), MULTILINE),
    ]


def note_fields():
    return [Field("body", tr("Note"), MULTILINE, required=True)]


def task_fields():
    return [
        Field("title", tr("Task"), required=True),
        Field("due_date", tr("Due"), DATE),
        Field("done", tr("Done"), BOOL),
    ]


def organisation_fields():
    return [
        Field("name", tr("Name"), placeholder="Public Security Bureau"),
        Field("name_original", tr("Name (original script)")),
        Field("kind", tr("Kind"), CHOICE, vocab.ORGANISATION_KIND),
        Field("country", tr("Country"), placeholder="CN"),
        Field("notes", tr("Notes"), MULTILINE),
    ]
