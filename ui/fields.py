"""The editable fields of each record, in form order, with translated labels. One list per
entity; RecordDialog builds its form from them and the overview tab uses CASE_FIELDS. Lists that
offer records of the case (persons, organisations, sources, exhibits, notices) take them as
[(id, label)] pairs; called without, those fields offer nothing but keep what is stored."""

from PySide6.QtCore import QCoreApplication

from db import vocab
from ui.forms import BOOL, CHECKS, CHOICE, COUNT, DATE, INT, LIST, MULTILINE, PERSON, Field


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
        Field("outcome", tr("Current outcome"), CHOICE, vocab.OUTCOME),
        Field("tags", tr("Tags"), LIST),
        Field("summary", tr("Summary"), MULTILINE),
    ]


def person_fields(members=()):
    """`members`: [(person id, name)] who may belong to a group (the case's individuals)."""
    return [
        Field("kind", tr("This record is"), CHOICE, vocab.PERSON_KIND),
        Field("name_original", tr("Name (original script)"), placeholder=tr("e.g. {name}").format(name="张三")),
        Field("name", tr("Name (Latin script), or a description"),
              placeholder=tr("e.g. {name}").format(name="Zhang San")),
        Field("group_size", tr("Number of people"), COUNT),
        Field("group_size_qualifier", tr("The number is"), CHOICE, vocab.GROUP_SIZE, allow_empty=True),
        Field("member_ids", tr("Known members"), CHECKS, list(members)),
        Field("aliases", tr("Aliases"), LIST),
        Field("sex", tr("Sex"), CHOICE, vocab.SEX),
        Field("birth_date", tr("Date of birth"), DATE),
        Field("citizenships", tr("Citizenships"), LIST, placeholder="CN, CA"),
        Field("residence_status", tr("Residence status"), CHOICE, vocab.RESIDENCE_STATUS),
        Field("occupation", tr("Occupation")),
        Field("categories", tr("Target category"), CHECKS, vocab.TARGET_CATEGORY),
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


def incident_fields(*_):
    """The incident's own fields; its targets, places, actors, sources and exhibits have their own
    widgets (ui.editors.IncidentDialog)."""
    return [
        Field("tactic", tr("Tactic"), CHOICE, vocab.TACTIC),
        Field("date_start", tr("Date (or start)"), DATE),
        Field("date_qualifier", tr("Date is"), CHOICE, vocab.DATE_QUALIFIER, allow_empty=True),
        Field("date_end", tr("Until (for a range)"), DATE),
        Field("duration", tr("How long it lasted"), placeholder=tr("6 years, 3 months, 20 days, or P6Y")),
        Field("duration_qualifier", tr("That duration is"), CHOICE, vocab.DURATION_QUALIFIER, allow_empty=True),
        Field("host_involvement", tr("Host state's part"), CHOICE, vocab.HOST_INVOLVEMENT, allow_empty=True),
        Field("verification", tr("Verification"), CHOICE, vocab.VERIFICATION),
        Field("description", tr("Description"), MULTILINE),
    ]


def source_fields(sources=()):
    """`sources`: [(id, label)] of the case's other sources, for 'reports'."""
    return [
        Field("kind", tr("Kind"), CHOICE, vocab.SOURCE_KIND),
        Field("citation", tr("Citation"), MULTILINE, required=True),
        Field("title", tr("Title")),
        Field("authors", tr("Author(s)")),
        Field("outlet", tr("Outlet or publisher")),
        Field("date", tr("Date"), DATE),
        Field("language", tr("Language"), placeholder="zh, en, fr"),
        Field("url", tr("URL (kept as text, never opened)")),
        Field("based_on_id", tr("It reports (another source)"), PERSON, list(sources), allow_empty=True),
        Field("reliability", tr("Source reliability (A-F)"), CHOICE, vocab.SOURCE_RELIABILITY, show_keys=True),
        Field("credibility", tr("Information credibility (1-6)"), CHOICE, vocab.INFORMATION_CREDIBILITY,
              show_keys=True),
    ]


def exhibit_fields(exhibits=(), persons=()):
    """`exhibits`: [(id, label)] of the case's other exhibits; `persons`: [(id, name)] of its persons."""
    return [
        Field("number", tr("Exhibit number"), INT),
        Field("original_name", tr("Original file name"), required=True),
        Field("captured_at", tr("Captured on"), DATE),
        Field("description", tr("Description"), MULTILINE),
        Field("language", tr("Language of its content"), placeholder="zh, en, fr"),
        Field("copy_kind", tr("This file is"), CHOICE, vocab.COPY_KIND, allow_empty=True),
        Field("derived_from_id", tr("Copy or translation of"), PERSON, list(exhibits), allow_empty=True),
        Field("translator_id", tr("Translated by"), PERSON, list(persons), allow_empty=True),
    ]


def intervention_fields(organisations=(), persons=(), concerns=()):
    """`organisations`, `persons`: [(id, name)]; `concerns`: [(id, label)] of the case's notices and
    extradition requests."""
    return [
        Field("kind", tr("Kind"), CHOICE, vocab.INTERVENTION_KIND),
        Field("date", tr("Date"), DATE),
        Field("status", tr("Status"), CHOICE, vocab.INTERVENTION_STATUS),
        Field("addressee_id", tr("Addressed to"), PERSON, list(organisations), allow_empty=True),
        Field("file_number", tr("File number there")),
        Field("claimant_id", tr("Filed for (claimant)"), PERSON, list(persons), allow_empty=True),
        Field("uci", tr("Claimant's UCI (IRCC client number)")),
        Field("counsel_id", tr("Counsel of record"), PERSON, list(persons), allow_empty=True),
        Field("concerns_id", tr("About (notice or extradition request)"), PERSON, list(concerns), allow_empty=True),
        Field("request", tr("What it asks"), CHOICE, vocab.INTERVENTION_REQUEST, allow_empty=True),
        Field("decision", tr("Decision"), CHOICE, vocab.DECISION, allow_empty=True),
        Field("decision_date", tr("Decision date"), DATE),
        Field("response", tr("Response"), MULTILINE),
        Field("notes", tr("Notes"), MULTILINE),
    ]


def notice_fields(persons=(), organisations=(), sources=()):
    return [
        Field("kind", tr("Kind"), CHOICE, vocab.NOTICE_KIND),
        Field("subject_id", tr("Person sought"), PERSON, list(persons), allow_empty=True),
        Field("issuing_country", tr("Issuing country"), placeholder="CN"),
        Field("issuing_bureau_id", tr("Issuing bureau"), PERSON, list(organisations), allow_empty=True),
        Field("reference", tr("Notice number")),
        Field("date", tr("Issued on"), DATE),
        Field("charge", tr("Charge")),
        Field("status", tr("Status"), CHOICE, vocab.NOTICE_STATUS),
        Field("status_date", tr("Status since"), DATE),
        Field("source_ids", tr("Sources"), CHECKS, list(sources)),
        Field("notes", tr("Notes"), MULTILINE),
    ]


def extradition_fields(persons=(), sources=()):
    return [
        Field("subject_id", tr("Person sought"), PERSON, list(persons), allow_empty=True),
        Field("requesting_country", tr("Requesting country"), placeholder="CN"),
        Field("requested_country", tr("Requested country"), placeholder="CA"),
        Field("reference", tr("Reference")),
        Field("date", tr("Requested on"), DATE),
        Field("charge", tr("Charge")),
        Field("status", tr("Status"), CHOICE, vocab.EXTRADITION_STATUS),
        Field("status_date", tr("Status since"), DATE),
        Field("source_ids", tr("Sources"), CHECKS, list(sources)),
        Field("notes", tr("Notes"), MULTILINE),
    ]


def outcome_fields(sources=()):
    return [
        Field("outcome", tr("Outcome"), CHOICE, vocab.OUTCOME),
        Field("date", tr("Since"), DATE),
        Field("date_qualifier", tr("Date is"), CHOICE, vocab.DATE_QUALIFIER, allow_empty=True),
        Field("source_ids", tr("Sources"), CHECKS, list(sources)),
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


def organisation_fields(organisations=()):
    """`organisations`: [(id, name)] it may belong to (a station's operating bureau)."""
    return [
        Field("name", tr("Name"), placeholder="Public Security Bureau"),
        Field("name_original", tr("Name (original script)")),
        Field("kind", tr("Kind"), CHOICE, vocab.ORGANISATION_KIND),
        Field("level", tr("Level"), CHOICE, vocab.ORGANISATION_LEVEL, allow_empty=True),
        Field("country", tr("Country"), placeholder="CN"),
        Field("city", tr("City")),
        Field("parent_id", tr("Belongs to or run by"), PERSON, list(organisations), allow_empty=True),
        Field("notes", tr("Notes"), MULTILINE),
    ]
