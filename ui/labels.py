"""Display text for stored values: vocabulary labels through the translator (context "vocab"),
partial dates as precise as entered in the UI language, sizes and timestamps; and the one way
record text is made safe to show (`isolate`, `tooltip`, `plain_label`).

Record text is data, never markup or layout: widgets that show it use plain text (Qt would
otherwise guess rich text and load `<img src=...>` files), tooltips escape it, and text that holds
right-to-left letters or bidi controls is put in its own bidi isolate, so that a U+202E or a
stray U+2069 in a name cannot reorder the text around it.

English uses db.dates.format_range as it is; other languages put the same pieces (year, month
name from QLocale, day) into translatable patterns, so no day is ever invented in any language."""

import html
import re

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QLabel

from db import dates, vocab
from db.notices import said

FSI, PDI = "\u2068", "\u2069"
_OPENERS = "\u2066\u2067\u2068"  # LRI, RLI, FSI
# Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko... and their presentation forms) and
# every explicit bidi control: text holding none of these cannot reorder its neighbours.
_NEEDS_ISOLATE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff"
                            "\U0001e800-\U0001efff\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
# Bidi paragraph separators: the algorithm starts afresh after each, so each line is isolated alone.
_PARAGRAPHS = re.compile("(\r\n|[\n\r\x1c-\x1e\x85\u2029])")


def notice_text(notice):
    """What an export or import says (db.notices.Notice) in the UI language; its English text when
    it is a plain sentence, or when a catalogue's placeholders do not match the template's."""
    template = getattr(notice, "template", None)
    if template is None:
        return str(notice)
    values = {k: notice_text(v) if hasattr(v, "template") else v for k, v in notice.values.items()}
    try:
        return QCoreApplication.translate("Notices", template).format(**values)
    except (KeyError, IndexError, ValueError):
        return str(notice)


def error_text(exc):
    """An error as the user reads it: a refused record's field (or a file's place: a JSON path, or a
    line and column, itself a notice) and reason, in the UI language where they are notices."""
    what = getattr(exc, "what", None)
    if what is None:
        return notice_text(said(exc))
    where = getattr(exc, "where", "")
    if not where:
        return notice_text(what)
    return tr("{where}: {what}").format(where=notice_text(where), what=notice_text(what))


def _isolate_line(line):
    out = []
    depth = 0
    for char in line:
        if char in _OPENERS:
            depth += 1
        elif char == PDI:
            if not depth:
                continue  # a closer with no opener of its own would close ours
            depth -= 1
        out.append(char)
    return FSI + "".join(out) + PDI * depth + PDI


def isolate(text):
    """Record text ready to stand beside other text in a label, cell, tooltip or message: each line
    holding right-to-left letters or bidi controls is wrapped in FSI...PDI, the isolates it opens are
    closed, and PDIs that would close an isolate it did not open are dropped. Everything else is
    returned as it is (None gives ''). Embeddings and overrides (U+202A-202E) end at the PDI."""
    if not text:
        return ""
    text = str(text)
    if text.isascii() or not _NEEDS_ISOLATE.search(text):
        return text
    parts = _PARAGRAPHS.split(text)
    return "".join(part if n % 2 or not part else _isolate_line(part) for n, part in enumerate(parts))


def tooltip(text):
    """A tooltip showing `text` as it is: Qt guesses whether tooltip text is rich text, so record
    text is escaped into explicit rich text (None and '' give None: no tooltip)."""
    if not text:
        return None
    return "<p style='white-space: pre-wrap'>" + html.escape(str(text), quote=False) + "</p>"


_UNSAFE_IN_NAME = re.compile('[\x00-\x1f\x7f<>:"|?*\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]+')
_RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}


def safe_file_name(name, fallback="file"):
    """A name to offer in a save dialog for a stored name (an exhibit's original file name, a
    case reference): its last path component only (no folder, no ../), without control, bidi or
    reserved characters, leading dots (hidden files) or trailing dots and spaces, not a reserved
    Windows device name, at most 150 characters (keeping the extension); `fallback` if nothing
    is left."""
    base = re.split(r"[/\\]", str(name or ""))[-1]
    base = _UNSAFE_IN_NAME.sub("-", base).strip(" .-")
    if base.split(".")[0].upper() in _RESERVED_NAMES:
        base = "_" + base
    if len(base) > 150:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: 150 - len(ext) - 1] + dot + ext) if dot and len(ext) <= 10 else base[:150]
    return base or fallback


def plain_label(parent=None, name=None):
    """A QLabel that shows its text as plain text, whatever it looks like: for anything that may
    hold record text, file names or error messages quoting them."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def tr(text):
    return QCoreApplication.translate("Labels", text)


def vocab_label(vocabulary, key):
    """The translated label of a vocabulary key; unknown keys show as stored."""
    if not key:
        return ""
    english = vocab.label(vocabulary, key)
    return isolate(QCoreApplication.translate("vocab", english))  # an unknown key is record text


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


def format_qualified(start, end, qualifier):
    """A date or range with its qualifier ('early June 2015', 'circa 2016'), in the UI language."""
    text = format_range(start, end)
    if not qualifier or (not start and not end):
        return text
    patterns = {"circa": tr("circa {date}"), "early": tr("early {date}"), "mid": tr("mid-{date}"),
                "late": tr("late {date}"), "before": tr("before {date}"), "after": tr("after {date}")}
    return patterns.get(qualifier, "{date}").format(date=text)


def format_duration(value, qualifier=""):
    """'more than 6 years', '1 year 6 months' in the UI language; '' for none."""
    m = dates._ISO_DURATION.match(value or "")
    if not m:
        return isolate(value or "")
    words = {"Y": (tr("{n} year"), tr("{n} years")), "M": (tr("{n} month"), tr("{n} months")),
             "W": (tr("{n} week"), tr("{n} weeks")), "D": (tr("{n} day"), tr("{n} days"))}
    parts = [words[u][int(n) != 1].format(n=int(n)) for u, n in zip("YMWD", m.groups(), strict=True) if n]
    if qualifier:
        parts.insert(0, vocab_label(vocab.DURATION_QUALIFIER, qualifier))
    return " ".join(parts)


def person_label(person):
    """A person's names; a group or an unidentified person with what it is ('Relatives in China
    (group of at least 3)')."""
    if person is None:
        return ""
    name = person_name(person)
    if person.kind == "group":
        if person.group_size is None:
            return tr("{name} (group, number unknown)").format(name=name)
        size = f"{vocab_label(vocab.GROUP_SIZE, person.group_size_qualifier)} {person.group_size}".strip()
        return tr("{name} (group of {size})").format(name=name, size=size)
    if person.kind == "unidentified":
        return tr("{name} (unidentified)").format(name=name)
    return name


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
           "migrate": "upgraded to the new case model",
           "resolve_ours": "kept this vault's version", "resolve_theirs": "took the other vault's version"}
ENTITIES = {"case": "Case", "person": "Person", "organisation": "Organisation", "role": "Role", "incident": "Incident",
            "source": "Source", "exhibit": "Exhibit", "intervention": "Intervention", "note": "Note",
            "task": "Task", "conflict": "Conflict", "bundle": "Exchange bundle", "interpol_notice": "Interpol notice",
            "extradition_request": "Extradition request", "outcome": "Outcome"}


def entity_label(entity):
    return QCoreApplication.translate("vocab", ENTITIES.get(entity, entity))


def action_label(action):
    return QCoreApplication.translate("vocab", ACTIONS.get(action, action))


def person_name(person):
    """A person's names (Latin script, then original script) for display, each isolated on its own."""
    return " ".join(isolate(name) for name in (person.name, person.name_original) if name)


def record_summary(record, note_chars=None):
    """A few words naming a record (a delete confirmation, a conflict): its reference and title,
    date and tactic, citation, label, kind and date, title or note text (the first `note_chars`
    characters, if given). "" for kinds that need more than the record to be named (a role)."""
    entity = record.entity
    if entity == "case":
        return f"{isolate(record.reference)} · {isolate(record.title)}"
    if entity == "person":
        return person_label(record)
    if entity == "organisation":
        return isolate(record.name or record.name_original)
    if entity == "incident":
        when = format_qualified(record.date_start, record.date_end, record.date_qualifier)
        return f"{when} · {vocab_label(vocab.TACTIC, record.tactic)}"
    if entity == "source":
        return isolate(record.citation)
    if entity == "exhibit":
        return f"{isolate(record.label)} {isolate(record.original_name)}"
    if entity == "intervention":
        return f"{vocab_label(vocab.INTERVENTION_KIND, record.kind)} {format_partial(record.date)}"
    if entity == "interpol_notice":
        return " ".join(x for x in (vocab_label(vocab.NOTICE_KIND, record.kind), isolate(record.reference),
                                    format_partial(record.date)) if x)
    if entity == "extradition_request":
        return " ".join(x for x in (tr("Extradition request"), isolate(record.reference),
                                    format_partial(record.date)) if x)
    if entity == "outcome":
        return " ".join(x for x in (vocab_label(vocab.OUTCOME, record.outcome),
                                    format_qualified(record.date, None, record.date_qualifier)) if x)
    if entity == "note":
        return isolate(record.body[:note_chars])
    if entity == "task":
        return isolate(record.title)
    return ""
