"""Display text for stored values: vocabulary labels through the translator (context "vocab"),
partial dates as precise as entered in the UI language, sizes and timestamps.

English uses db.dates.format_range as it is; other languages put the same pieces (year, month
name from QLocale, day) into translatable patterns, so no day is ever invented in any language."""

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from db import dates, vocab


def tr(text):
    return QCoreApplication.translate("Labels", text)


def vocab_label(vocabulary, key):
    """The translated label of a vocabulary key; unknown keys show as stored."""
    if not key:
        return ""
    english = vocab.label(vocabulary, key)
    return QCoreApplication.translate("vocab", english)


def vocab_items(vocabulary):
    """(key, translated label) pairs in the vocabulary's order."""
    return [(key, QCoreApplication.translate("vocab", english)) for key, english in vocabulary.items()]


def _english():
    return QLocale().language() in (QLocale.Language.English, QLocale.Language.C)


def format_partial(value):
    if not value:
        return ""
    if _english():
        return dates.format_partial(value)
    parts = value.split("-")
    if len(parts) == 1:
        return parts[0]
    m = int(parts[1])
    month = QLocale().monthName(m, QLocale.FormatType.LongFormat)
    # Patterns may use {month} (a name) or {m} (a number, as Chinese writes 2015年6月).
    if len(parts) == 2:
        return tr("{month} {year}").format(month=month, m=m, year=parts[0])
    return tr("{day} {month} {year}").format(day=int(parts[2]), month=month, m=m, year=parts[0])


def format_range(start, end):
    """Like db.dates.format_range, in the UI language."""
    if _english():
        return dates.format_range(start, end)
    if not start and not end:
        return tr("date unknown")
    if not end or end == start:
        return format_partial(start)
    if not start:
        return tr("until {date}").format(date=format_partial(end))
    return tr("{start} – {end}").format(start=format_partial(start), end=format_partial(end))


def format_timestamp(value):
    """A stored UTC timestamp ('2024-02-14T10:00:00.000Z') in local time: '2024-02-14 11:00'."""
    if not value:
        return ""
    stamp = QDateTime.fromString(value, Qt.DateFormat.ISODateWithMs)
    if not stamp.isValid():
        return value
    # ISO order reads the same in every language and never confuses day and month.
    return stamp.toLocalTime().toString("yyyy-MM-dd HH:mm")


def format_size(size):
    return QLocale().formattedDataSize(int(size))


def country_name(code):
    """'CA' -> 'Canada'. Qt has territory names only in English and in each territory's own
    language, so other UI languages get the latter ('中国' for CN); unknown codes give ''."""
    if not code:
        return ""
    territory = QLocale.codeToTerritory(code)
    if not territory.value:  # AnyTerritory: Qt does not know this code
        return ""
    if _english():
        return QLocale.territoryToString(territory)
    return QLocale(QLocale.Language.AnyLanguage, territory).nativeTerritoryName()


ACTIONS = {"create": "created", "update": "edited", "delete": "deleted", "import": "imported", "merge": "merged",
           "resolve_ours": "kept this vault's version", "resolve_theirs": "took the other vault's version"}
ENTITIES = {"case": "Case", "person": "Person", "organisation": "Organisation", "role": "Role", "incident": "Incident",
            "source": "Source", "exhibit": "Exhibit", "intervention": "Intervention", "note": "Note",
            "task": "Task", "conflict": "Conflict", "bundle": "Exchange bundle"}


def entity_label(entity):
    return QCoreApplication.translate("vocab", ENTITIES.get(entity, entity))


def action_label(action):
    return QCoreApplication.translate("vocab", ACTIONS.get(action, action))


def record_summary(record, note_chars=None):
    """A few words naming a record (a delete confirmation, a conflict): its reference and title,
    date and tactic, citation, label, kind and date, title or note text (the first `note_chars`
    characters, if given). "" for kinds that need more than the record to be named (a role)."""
    entity = record.entity
    if entity == "case":
        return f"{record.reference} · {record.title}"
    if entity == "person":
        return record.display_name()
    if entity == "organisation":
        return record.name or record.name_original
    if entity == "incident":
        return f"{format_range(record.date_start, record.date_end)} · {vocab_label(vocab.TACTIC, record.tactic)}"
    if entity == "source":
        return record.citation
    if entity == "exhibit":
        return f"{record.label} {record.original_name}"
    if entity == "intervention":
        return f"{vocab_label(vocab.INTERVENTION_KIND, record.kind)} {format_partial(record.date)}"
    if entity == "note":
        return record.body[:note_chars]
    if entity == "task":
        return record.title
    return ""
