"""A sheet's mapping: which column fills which field of a case, its target person, an incident, a
source or an outcome, how rows become cases, and the user's own reading of values the vocabularies
do not know. Saved as a small JSON file (docs/tables.md) and reused; `guess` proposes one from the
headers, in English, French or Chinese, a "Father" or "Mother" column as a relative of its own.

    {"format": "casevault-table-mapping", "version": 1, "name": "...",
     "rows": "case" | "incident",        one row per case, or per incident grouped by the key
     "key": "Case no.",                  the column that names the case (required)
     "namespace": "my-group-list",       ids are derived from it and the key: the same row, the same records
     "reference_prefix": "SD-",          a case's reference when no column gives one: prefix + key
     "day_first": true,                  12/06/2015 is 12 June
     "separator": ";",                   between the values of a list cell (default: ; ； 、 | line break)
     "columns": {"Header": "case.title", ...},
     "values": {"incident.tactic": {"Persuaded to return": "persuasion_meeting"}, ...},
     "defaults": {"case.campaign": "fox_hunt",
                  "relative2.relation": "mother"}}   a relative slot's relation when no column gives it

Pure data and functions; safe from any thread."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.errors import ValidationError
from db.normalise import fold
from db.notices import Notice, unreadable
from exporters.tables_values import FIELD_VOCABULARIES

FORMAT = "casevault-table-mapping"
VERSION = 1
MAX_MAPPING = 1 << 20  # bytes: a mapping is a few kilobytes

# Every field a column can fill, with the header words that suggest it (English, French, Chinese;
# compared folded, punctuation ignored). "id" fields take a CaseVault id as it was exported.
FIELDS: dict[str, tuple[str, ...]] = {
    "case.key": ("case id", "case no", "case number", "case key", "no", "n", "n°", "numero", "numéro",
                 "numero du dossier", "id du dossier", "编号", "案件编号", "序号", "案例编号"),
    "case.id": ("case uuid", "casevault case id"),
    "record.version": ("version", "casevault version", "version casevault", "版本"),
    "case.reference": ("reference", "ref", "référence", "réf", "参考编号", "档案号"),
    "case.title": ("title", "case title", "titre", "intitulé", "标题", "案件标题"),
    "case.status": ("status", "case status", "statut", "état", "状态", "案件状态"),
    "case.priority": ("priority", "priorité", "优先级"),
    "case.confidentiality": ("confidentiality", "confidentialité", "保密级别"),
    "case.origin_country": ("origin", "origin state", "origin country", "country of origin", "pays d'origine",
                            "état d'origine", "来源国", "原籍国"),
    "case.host_country": ("host country", "host state", "country", "pays", "pays d'accueil", "état d'accueil",
                          "destination", "所在国", "东道国", "居住国", "国家"),
    "case.region": ("region", "province", "région", "地区", "省份"),
    "case.campaign": ("campaign", "operation", "campagne", "opération", "行动", "专项行动"),
    "case.summary": ("summary", "notes", "remarks", "résumé", "remarques", "摘要", "备注", "案情"),
    "case.outcome": ("outcome", "result", "status of return", "issue", "résultat", "结果", "结局"),
    "case.tags": ("tags", "keywords", "étiquettes", "mots-clés", "标签"),
    "target.name": ("name", "name pinyin", "pinyin", "target", "target name", "nom", "cible", "nom de la cible",
                    "拼音", "姓名拼音", "英文名"),
    "target.name_original": ("chinese name", "name chinese", "name in chinese", "hanzi", "nom chinois",
                             "nom en chinois", "姓名", "中文名", "中文姓名", "名字"),
    "target.aliases": ("aliases", "alias", "other names", "autres noms", "别名"),
    "target.sex": ("sex", "gender", "sexe", "genre", "性别"),
    "target.birth_date": ("date of birth", "birth date", "born", "dob", "date de naissance", "né le",
                          "出生日期", "生日"),
    "target.citizenships": ("citizenship", "nationality", "citizenships", "nationalité", "国籍"),
    "target.residence_status": ("residence status", "immigration status", "statut de résidence", "居留身份"),
    "target.occupation": ("occupation", "position", "sector", "profession", "job", "fonction", "secteur",
                          "职业", "职务", "身份"),
    "target.categories": ("target category", "category", "catégorie", "catégorie de cible", "类别", "目标类别"),
    "target.consent": ("consent", "consentement", "同意"),
    "target.kind": ("target kind", "type of target", "type de cible", "对象类型"),
    "target.group_size": ("number of people", "number of targets", "people", "nombre de personnes",
                          "人数"),
    "relative.name": ("relative", "relatives", "relative name", "relative's name", "family member", "proche",
                      "proches", "nom du proche", "亲属", "亲属姓名", "家属", "家属姓名"),
    "relative.name_original": ("relative chinese name", "relative name chinese", "relative original name",
                               "nom chinois du proche", "亲属中文名"),
    "relative.relation": ("relation", "relationship", "relation to target", "lien", "lien de parenté", "关系",
                          "亲属关系", "与当事人关系"),
    "relative.role": ("role", "role in the case", "rôle", "角色"),
    "relative.sex": ("relative sex", "relative gender", "relative's sex", "sexe du proche", "亲属性别"),
    "relative.birth_date": ("relative date of birth", "relative's date of birth", "relative dob",
                            "date de naissance du proche", "亲属出生日期"),
    "relative.consent": ("relative consent", "relative's consent", "consentement du proche", "亲属同意"),
    "relative.notes": ("relative notes", "what happened to relatives", "notes sur le proche", "亲属情况",
                       "家属遭遇"),
    "incident.id": ("incident uuid", "casevault incident id"),
    "incident.key": ("incident id", "incident no", "incident number", "n° d'incident", "事件编号"),
    "incident.tactic": ("tactic", "method", "methods", "tactics", "act", "type", "tactique", "méthode",
                        "méthodes", "手段", "方法", "策略"),
    "incident.date": ("date", "year", "incident date", "when", "année", "date de l'incident", "日期",
                      "年份", "时间"),
    "incident.date_end": ("end date", "until", "date de fin", "结束日期"),
    "incident.country": ("incident country", "where", "place country", "lieu", "pays de l'incident",
                         "发生国", "地点"),
    "incident.city": ("city", "ville", "城市"),
    "incident.description": ("description", "details", "what happened", "détails", "faits", "描述", "经过",
                             "详情"),
    "incident.verification": ("verification", "verified", "vérification", "核实"),
    "incident.host_involvement": ("host state involvement", "host involvement", "cooperation",
                                  "implication de l'état d'accueil", "东道国参与"),
    "source.citation": ("source", "sources", "citation", "reference source", "源", "来源", "出处"),
    "source.url": ("url", "link", "lien", "链接", "网址"),
    "source.kind": ("source type", "source kind", "type de source", "来源类型"),
    "source.date": ("source date", "date of source", "date de la source", "来源日期"),
    "outcome.outcome": ("return", "returned", "retour", "遣返", "回国情况"),
    "outcome.date": ("date of return", "return date", "returned on", "date du retour", "遣返日期", "回国日期"),
}

# Relatives (and other persons a row names) in slots: "relative.*" is the first, "relative2.*" up to
# "relative8.*" the others, each slot a column (or a set of columns) of its own: "Father" and
# "Mother" columns are two slots. A slot's cell may list several persons, as the first's may. The
# relation of a slot comes from its relation column, or from the mapping's defaults
# ("relative2.relation": "father") when the column's header says it.
RELATIVE_SLOTS = 8
RELATIVE_PARTS = ("name", "name_original", "relation", "role", "sex", "birth_date", "consent", "notes")
# A slot's relation may be one of these words as well as a key of db.vocab.RELATION: each is read as
# its key (tables_values.FIELD_SYNONYMS: "father" is a parent) and says the relative's sex.
RELATION_WORDS = ("father", "mother", "son", "daughter", "brother", "sister", "husband", "wife")


def relative_field(slot: int, part: str) -> str:
    """The field of a relative slot: relative_field(1, "name") is "relative.name", (2, "name") "relative2.name"."""
    return f"relative.{part}" if slot == 1 else f"relative{slot}.{part}"


_SLOT_FIELD = re.compile(r"relative([2-9]?)\.(\w+)")


def relative_slot(name: str) -> tuple[int, str] | None:
    """(slot, part) of a relative field ("relative2.sex" -> (2, "sex")), None for any other field."""
    m = _SLOT_FIELD.fullmatch(name)
    if m is None or m.group(2) not in RELATIVE_PARTS or int(m.group(1) or 1) > RELATIVE_SLOTS:
        return None
    return int(m.group(1) or 1), m.group(2)


def base_field(name: str) -> str:
    """The first slot's field for a relative field of any slot (its vocabulary, its values mapped
    once for all slots), the field itself for any other."""
    slot = relative_slot(name)
    return relative_field(1, slot[1]) if slot else name


FIELDS.update({relative_field(n, part): () for n in range(2, RELATIVE_SLOTS + 1) for part in RELATIVE_PARTS})
FIELDS["ignore"] = ()
ROWS = ("case", "incident")
LIST_FIELDS = frozenset({"case.tags", "target.aliases", "target.citizenships", "target.categories",
                         "incident.tactic", "source.citation",
                         *(relative_field(n, part) for n in range(1, RELATIVE_SLOTS + 1)
                           for part in ("name", "name_original", "relation", "role", "sex", "consent",
                                        "birth_date"))})
DATE_FIELDS = frozenset({"target.birth_date", "incident.date", "incident.date_end", "source.date", "outcome.date",
                         *(relative_field(n, "birth_date") for n in range(1, RELATIVE_SLOTS + 1))})
COUNTRY_FIELDS = frozenset({"case.origin_country", "case.host_country", "target.citizenships", "incident.country"})


def header_key(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", fold(str(text))).split())


_HEADER_INDEX: dict[str, str] = {}
for _field, _words in FIELDS.items():
    for _word in (*_words, _field, _field.split(".", 1)[-1]):
        _HEADER_INDEX.setdefault(header_key(_word), _field)


@dataclass
class Mapping:
    name: str = ""
    rows: str = "case"
    key: str = ""
    namespace: str = ""
    reference_prefix: str = ""
    day_first: bool = True
    columns: dict[str, str] = field(default_factory=dict)  # header -> field
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> typed value -> key
    defaults: dict[str, str] = field(default_factory=dict)  # field -> value when no column gives one
    countries: dict[str, str] = field(default_factory=dict)  # typed name -> ISO code
    separator: str = ""  # between the values of a list cell; "": any of ; ； 、 | or a line break

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "name": self.name, "rows": self.rows, "key": self.key,
                "namespace": self.namespace, "reference_prefix": self.reference_prefix, "day_first": self.day_first,
                "columns": self.columns, "values": self.values, "defaults": self.defaults,
                "countries": self.countries, "separator": self.separator}

    def fields(self) -> set[str]:
        return set(self.columns.values()) | set(self.defaults)


def guess(headers: list[str]) -> dict[str, str]:
    """Header -> field for each header that names one (the first header naming a field wins)."""
    return guess_columns(headers)[0]


def guess_columns(headers: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Header -> field for each header that names one (the first header naming a field wins), and
    the defaults those headers imply: a "Father" column fills a relative slot of its own, whose
    relation is "father" (see `relative_header`)."""
    found: dict[str, str] = {}
    for header in headers:
        field = _HEADER_INDEX.get(header_key(header))
        if field and field not in found.values():
            found[header] = field
    named = {h: r for h in headers if h not in found and (r := relative_header(h)) is not None}
    used = {slot[0] for f in found.values() if (slot := relative_slot(f))}
    used |= {number or 1 for who, number, _part in named.values() if not who}
    free = [n for n in range(1, RELATIVE_SLOTS + 1) if n not in used]
    slots: dict[tuple[str, int], int] = {}  # (relation word, its number) -> slot
    defaults: dict[str, str] = {}
    for header, (who, number, part) in named.items():
        if not who:
            slot = number or 1
        elif (who, number) in slots:
            slot = slots[who, number]
        elif free:
            slot = slots[who, number] = free.pop(0)
            defaults[relative_field(slot, "relation")] = who
        else:
            continue  # every slot is taken
        field = relative_field(slot, part)
        if part == "name" and field in found.values() and _HAN.search(header):
            field = relative_field(slot, "name_original")  # "Father" beside "父亲姓名": the name in Chinese
        if slot <= RELATIVE_SLOTS and field not in found.values():
            found[header] = field
    return {h: found[h] for h in headers if h in found}, defaults


_HAN = re.compile(r"[\u3400-\u9fff]")  # a header in Chinese script
# Words for a relative in a header (folded), and the relation each says ("" for none: "Relative 2").
_WHO = {
    **dict.fromkeys(("relative", "proche", "family member", "membre de la famille", "亲属", "家属"), ""),
    **dict.fromkeys(("father", "pere", "父亲", "爸爸"), "father"),
    **dict.fromkeys(("mother", "mere", "母亲", "妈妈"), "mother"),
    **dict.fromkeys(("brother", "brothers", "frere", "freres", "兄弟", "哥哥", "弟弟"), "brother"),
    **dict.fromkeys(("sister", "sisters", "soeur", "soeurs", "姐妹", "姐姐", "妹妹"), "sister"),
    **dict.fromkeys(("spouse", "conjoint", "conjointe", "配偶"), "spouse"),
    **dict.fromkeys(("wife", "epouse", "妻子"), "wife"),
    **dict.fromkeys(("husband", "mari", "丈夫"), "husband"),
    **dict.fromkeys(("son", "sons", "fils", "儿子"), "son"),
    **dict.fromkeys(("daughter", "daughters", "fille", "filles", "女儿"), "daughter"),
    **dict.fromkeys(("children", "enfants", "子女"), "child"),
    **dict.fromkeys(("siblings", "兄弟姐妹"), "sibling"),
}
# What a header says of its relative, after the words for the relative ("Father's date of birth").
_PART = {
    **dict.fromkeys(("", "name", "names", "full name", "nom", "noms", "nom complet", "pinyin", "name pinyin",
                     "姓名", "名字", "拼音", "英文名", "姓名拼音"), "name"),
    **dict.fromkeys(("chinese name", "name chinese", "name in chinese", "original name", "name original", "hanzi",
                     "nom chinois", "nom en chinois", "nom original", "中文名", "中文姓名"), "name_original"),
    **dict.fromkeys(("relation", "relationship", "lien", "lien de parente", "关系"), "relation"),
    **dict.fromkeys(("role", "角色"), "role"),
    **dict.fromkeys(("sex", "gender", "sexe", "genre", "性别"), "sex"),
    **dict.fromkeys(("date of birth", "birth date", "born", "dob", "year of birth", "birth year",
                     "date de naissance", "annee de naissance", "ne le", "nee le", "ne e le", "出生日期", "生日",
                     "出生年月", "出生年份"), "birth_date"),
    **dict.fromkeys(("consent", "consentement", "同意"), "consent"),
    **dict.fromkeys(("notes", "note", "remarks", "remarques", "what happened", "situation", "情况", "遭遇", "备注"),
                    "notes"),
}
_WHO_WORDS = "|".join(sorted(map(re.escape, _WHO), key=len, reverse=True))  # the longest first
_WHO_FIRST = re.compile(rf"^(?P<who>{_WHO_WORDS})(?:\s*(?P<n>[1-9]))?(?:\s+s(?=\s|$))?(?:\s*的)?\s*(?P<part>.*)$")
_WHO_LAST = re.compile(rf"^(?P<part>.+?)\s+(?:of the|of|du|de la|de l|des|de|d)\s+(?P<who>{_WHO_WORDS})"
                       rf"(?:\s*(?P<n>[1-9]))?$")


def relative_header(header: str) -> tuple[str, int, str] | None:
    """What a header says of a relative: (relation word or "", its number or 0, part), e.g. "Father"
    ("father", 0, "name"), "Relative 2 relation" ("", 2, "relation"), "Nom du père" ("father", 0,
    "name"), "母亲出生日期" ("mother", 0, "birth_date"); None when it names no relative."""
    key = header_key(header)
    for pattern in (_WHO_FIRST, _WHO_LAST):
        m = pattern.match(key)
        if m is None:
            continue
        part = _PART.get(m.group("part").strip())
        if part is not None:
            return _WHO[m.group("who")], int(m.group("n") or 0), part
    return None


def guess_mapping(headers: list[str], name: str = "") -> Mapping:
    """A first mapping for a sheet: columns guessed from the headers (and the relation of a relative
    the header names, as a default), the key column if one is recognised, one row per case."""
    columns, defaults = guess_columns(headers)
    key = next((h for h, f in columns.items() if f in ("case.key", "case.id", "case.reference")), "")
    return Mapping(name=name, key=key, namespace=header_key(name) or "sheet", columns=columns, defaults=defaults)


def _text_map(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ValidationError(where, Notice("must be an object of text values"))
    return dict(value)


def parse_mapping(data: Any) -> Mapping:
    """Check a mapping as read from JSON; ValidationError names the field and what is wrong."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError("format", Notice('is not a CaseVault table mapping ("format": "{format}" is missing)',
                                               format=FORMAT))
    if data.get("version") != VERSION:
        raise ValidationError("version", Notice("is {version}; this CaseVault reads mappings of version {supported}",
                                                version=repr(data.get("version")), supported=VERSION))
    columns = _text_map(data.get("columns", {}), "columns")
    for header, target in columns.items():
        if target not in FIELDS:
            raise ValidationError(f"columns.{header}", Notice("{value} is not a field (see docs/tables.md)",
                                                              value=repr(target)))
    values = data.get("values", {})
    if not isinstance(values, dict):
        raise ValidationError("values", Notice("must be an object"))
    checked_values = {}
    for name, table in values.items():
        if name not in FIELD_VOCABULARIES:
            if base_field(name) in FIELD_VOCABULARIES:
                raise ValidationError(f"values.{name}", Notice("values of every relative slot are given once, under "
                                                               "{field}", field=repr(base_field(name))))
            raise ValidationError(f"values.{name}", Notice("is not a field that takes a vocabulary"))
        checked_values[name] = _text_map(table, f"values.{name}")
        for typed, key in checked_values[name].items():
            if key and key not in FIELD_VOCABULARIES[name]:
                raise ValidationError(f"values.{name}.{typed}", Notice("{key} is not a key of this vocabulary",
                                                                       key=repr(key)))
    defaults = _text_map(data.get("defaults", {}), "defaults")
    for name in defaults:
        if name not in FIELDS:
            raise ValidationError(f"defaults.{name}", Notice("is not a field"))
    rows = data.get("rows", "case")
    if rows not in ROWS:
        raise ValidationError("rows", Notice("must be one of {choices}", choices=", ".join(ROWS)))
    key = data.get("key", "")
    if not isinstance(key, str) or not key:
        raise ValidationError("key", Notice("must name the column that identifies each case"))
    texts = {n: data.get(n, "") for n in ("name", "namespace", "reference_prefix")}
    for n, v in texts.items():
        if not isinstance(v, str) or len(v) > 200:
            raise ValidationError(n, Notice("must be a short text"))
    separator = data.get("separator", "")
    if not isinstance(separator, str) or len(separator) > 3 or separator.isspace():
        raise ValidationError("separator", Notice('must be a short text such as ";" (or "" for the usual ones)'))
    if not isinstance(data.get("day_first", True), bool):
        raise ValidationError("day_first", Notice("must be true or false"))
    return Mapping(name=texts["name"], rows=rows, key=key, namespace=texts["namespace"] or texts["name"],
                   reference_prefix=texts["reference_prefix"], day_first=data.get("day_first", True),
                   columns=columns, values=checked_values, defaults=defaults,
                   countries=_text_map(data.get("countries", {}), "countries"), separator=separator)


def load_mapping(path: str | Path) -> Mapping:
    """Read and check a mapping file; ValidationError (with the file named) when it cannot be used."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_MAPPING:
            raise ValidationError(str(path), Notice("is larger than {size} KB: not a mapping", size=MAX_MAPPING >> 10))
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise ValidationError(str(path), unreadable(exc)) from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ValidationError(str(path), Notice("is not a JSON mapping file")) from None
    try:
        return parse_mapping(data)
    except ValidationError as exc:
        raise ValidationError(Notice("{file}: {field}", file=path.name, field=exc.where), exc.what) from None


def save_mapping(mapping: Mapping, path: str | Path) -> None:
    from exporters.atomic import atomic_write  # noqa: PLC0415

    atomic_write(Path(path), json.dumps(mapping.to_json(), ensure_ascii=False, indent=1).encode("utf-8"))


def ready_mapping(name: str) -> Mapping:
    """One of the mappings shipped in exporters/mappings ("safeguard_defenders_returns",
    "freedom_house_incidents")."""
    return load_mapping(Path(__file__).with_name("mappings") / f"{name}.json")


READY = ("safeguard_defenders_returns", "freedom_house_incidents", "casevault_cases", "casevault_incidents")
