"""The words of the statistics report and its CSV/XLSX tables, in English, French and Chinese:
titles, headings, the method note, and the labels of values (vocabulary labels come from
db.vocab_labels, the catalogue the UI and the exports share; countries print as ISO codes).

Pure data and functions; any thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from db import vocab
from db.vocab_labels import LABELS
from exporters.statistics_disclosure import SMALL

LANGUAGES = ("en", "fr", "zh")

_T: dict[str, tuple[str, str, str]] = {
    # key: (English, French, Chinese)
    "report_title": ("Counts across cases", "Décomptes des dossiers", "案件统计"),
    "internal": ("Internal report: exact numbers. Not for publication.",
                 "Rapport interne : chiffres exacts. Ne pas publier.", "内部报告：数字精确，不得公开。"),
    "public": ("Public report: small numbers hidden (see the method note).",
               "Rapport public : petits nombres masqués (voir la note de méthode).",
               "公开报告：小数字已隐藏（见方法说明）。"),
    "cases_counted": ("Cases counted", "Dossiers comptés", "统计的案件"),
    "incidents_counted": ("Incidents counted", "Incidents comptés", "统计的事件"),
    "filters": ("Filters", "Filtres", "筛选条件"),
    "not_shown": ("not shown in a public report", "non affiché dans un rapport public", "公开报告中不显示"),
    "no_filter": ("none: every case in the vault", "aucun : tous les dossiers du coffre", "无：保险库中的全部案件"),
    "data_date": ("Data as of", "Données au", "数据截至"),
    "made": ("Report made", "Rapport établi le", "报告生成于"),
    "state": ("Vault state (audit head)", "État du coffre (tête du journal d'audit)", "保险库状态（审计链头）"),
    "profile": ("Profile", "Profil", "配置"),
    "threshold": ("Threshold", "Seuil", "阈值"),
    "contents": ("Tables", "Tableaux", "表格"),
    "total": ("Total", "Total", "合计"),
    "fewer_than": ("fewer than {n}", "moins de {n}", "少于{n}"),
    "withheld": ("withheld", "masqué", "不公开"),
    "suppressed": ("This table is not published: it would let a reader single out a case.",
                   "Ce tableau n'est pas publié : il permettrait d'isoler un dossier.",
                   "本表不予公开：读者可据此识别出个别案件。"),
    "suppressed_small": ("This table is not published: it concerns fewer than {n} units.",
                         "Ce tableau n'est pas publié : il porte sur moins de {n} unités.",
                         "本表不予公开：涉及的单位少于{n}个。"),
    "empty": ("Nothing to count.", "Rien à compter.", "无可统计内容。"),
    "map_none": ("no case", "aucun dossier", "无案件"),
    "map_range": ("{low}–{high}", "{low}–{high}", "{low}–{high}"),
    "map_missing": ("Too small for this map: {items}.", "Trop petits pour cette carte : {items}.",
                    "在此地图上面积过小：{items}。"),
    "map_source": ("Map: Natural Earth 1:110m countries (public domain).",
                   "Carte : pays Natural Earth au 1:110m (domaine public).",
                   "地图：Natural Earth 1:110m 国家（公共领域）。"),
    "not_recorded": ("Not recorded", "Non renseigné", "未记录"),
    "date_unknown": ("Date unknown", "Date inconnue", "日期不详"),
    "none_typology": ("Outside the typology (or no incident)", "Hors typologie (ou aucun incident)",
                      "不属于该分类（或无事件）"),
    "no_incident": ("No incident recorded", "Aucun incident enregistré", "无事件记录"),
    "stations": ("Overseas police stations", "« Postes de police » à l'étranger", "海外警务服务站"),
    "station": ("Station", "Poste", "服务站"),
    "city": ("City", "Ville", "城市"),
    "country": ("Country", "Pays", "国家"),
    "bureau": ("Operating bureau", "Bureau qui l'exploite", "主管公安机关"),
    "reported": ("Date reported", "Date du signalement", "报道日期"),
    "source": ("Source", "Source", "来源"),
    "unpublished_source": ("unpublished source: {kind}", "source non publiée : {kind}", "未公开来源：{kind}"),
    "method": ("Method", "Méthode", "方法说明"),
    "page": ("Page {n} of {total}", "Page {n} sur {total}", "第{n}页，共{total}页"),
    # units
    "cases": ("Cases", "Dossiers", "案件"),
    "incidents": ("Incidents", "Incidents", "事件"),
    "persons": ("Persons", "Personnes", "人数"),
    "events": ("Mass events", "Événements de masse", "群体事件"),
    # dimensions
    "dim_year": ("Year", "Année", "年份"),
    "dim_return_year": ("Year of return", "Année du retour", "遣返年份"),
    "dim_host_country": ("Host country", "Pays d'accueil", "所在国"),
    "dim_region": ("Origin region or province", "Région ou province d'origine", "原籍地区或省份"),
    "dim_campaign": ("Campaign", "Campagne", "行动"),
    "dim_status": ("Status", "Statut", "状态"),
    "dim_outcome": ("Outcome", "Issue", "结果"),
    "dim_tactic": ("Tactic", "Tactique", "手段"),
    "dim_pace": ("PACE 2509 method", "Méthode (APCE 2509)", "欧洲委员会议会2509号决议分类"),
    "dim_involvement": ("Host state's part", "Rôle de l'État d'accueil", "所在国的角色"),
    "dim_target_category": ("Target category", "Catégorie de cible", "目标类别"),
    "dim_role": ("Role", "Rôle", "角色"),
    # tables
    "cases_by_year": ("Cases per year (first incident)", "Dossiers par année (premier incident)",
                      "各年案件数（按首次事件）"),
    "incidents_by_year": ("Incidents per year", "Incidents par année", "各年事件数"),
    "returns_by_year": ("Returns per year", "Retours par année", "各年遣返人数"),
    "cases_by_host_country": ("Cases by host country", "Dossiers par pays d'accueil", "按所在国统计的案件"),
    "cases_by_region": ("Cases by origin region or province", "Dossiers par région ou province d'origine",
                        "按原籍地区或省份统计的案件"),
    "cases_by_campaign": ("Cases by campaign", "Dossiers par campagne", "按行动统计的案件"),
    "cases_by_tactic": ("Cases by tactic (a case counts under each of its tactics)",
                        "Dossiers par tactique (un dossier compte sous chacune de ses tactiques)",
                        "按手段统计的案件（一案可计入多种手段）"),
    "incidents_by_tactic": ("Incidents by tactic", "Incidents par tactique", "按手段统计的事件"),
    "cases_by_pace": ("Cases by PACE 2509 method", "Dossiers par méthode (APCE 2509)", "按2509号决议分类统计的案件"),
    "incidents_by_pace": ("Incidents by PACE 2509 method", "Incidents par méthode (APCE 2509)",
                          "按2509号决议分类统计的事件"),
    "cases_by_outcome": ("Cases by current outcome", "Dossiers par issue actuelle", "按当前结果统计的案件"),
    "incidents_by_involvement": ("Incidents by the host state's part", "Incidents selon le rôle de l'État d'accueil",
                                 "按所在国角色统计的事件"),
    "cases_by_target_category": ("Cases by target category", "Dossiers par catégorie de cible", "按目标类别统计的案件"),
    "persons_by_role": ("Persons affected, relatives included", "Personnes touchées, proches compris",
                        "受影响人数（含亲属）"),
    "mass_events_by_year": ("Mass events (three people or more) per year",
                            "Événements de masse (trois personnes ou plus) par année", "各年群体事件数（三人及以上）"),
    "mass_event_people_by_year": ("People aimed at in mass events, per year",
                                  "Personnes visées par des événements de masse, par année", "各年群体事件涉及人数"),
    "cross": ("{unit} by {row} and {col}", "{unit} par {row} et {col}", "按{row}和{col}统计的{unit}"),
    # filter names
    "f_text": ("Text", "Texte", "文本"),
    "f_status": ("Status", "Statut", "状态"),
    "f_campaign": ("Campaign", "Campagne", "行动"),
    "f_tactic": ("Tactic", "Tactique", "手段"),
    "f_host_country": ("Host country", "Pays d'accueil", "所在国"),
    "f_outcome": ("Outcome", "Issue", "结果"),
    "f_tags": ("Tags", "Étiquettes", "标签"),
    "f_from": ("From", "Du", "起始"),
    "f_to": ("To", "Au", "截止"),
}

METHOD = {
    "en": [
        "What is counted. Cases are the files of this vault that match the filters above, exactly as the case "
        "list and 'casevault search' select them. A case's year is the year of its earliest dated incident. A case "
        "counts under each tactic, PACE method and host-state part of its incidents and under each category of its "
        "targets, so those tables add up to more than the number of cases. Outcomes are each case's current "
        "outcome; returns are cases whose outcome history records a return, by the year of the first dated return. "
        "Persons affected are the distinct targets, relatives and associates of the cases; a group counts as its "
        "recorded size (at least two when unknown). A mass event is an incident aimed at three people or more. The "
        "overseas police stations are those acting in an incident of a counted case; the date reported is the "
        "earliest date of a source citing such an incident, else of the incident.",
        "What is hidden (public profile). A count from 1 to {t1} is printed as 'fewer than {t}'. When a hidden "
        "count could be worked out from the totals the report prints, or from its tables taken together (a PACE "
        "method is the sum of its tactics; a cross-table's row adds up to the matching number of a one-way "
        "table), further counts are withheld; a table where that is not enough, or whose total is below {t}, is "
        "not published. The internal profile prints exact numbers and must not be published.",
        "Every number can be traced to the cases behind it in the app's statistics view. The vault state is the "
        "head of its audit chain: 'casevault verify --against' checks that a vault still holds it.",
    ],
    "fr": [
        "Ce qui est compté. Les dossiers sont ceux de ce coffre qui répondent aux filtres ci-dessus, sélectionnés "
        "exactement comme par la liste des dossiers et « casevault search ». L'année d'un dossier est celle de son "
        "premier incident daté. Un dossier compte sous chaque tactique, méthode APCE et rôle de l'État d'accueil de "
        "ses incidents et sous chaque catégorie de ses cibles : ces tableaux totalisent plus que le nombre de "
        "dossiers. L'issue est l'issue actuelle de chaque dossier ; les retours sont les dossiers dont l'historique "
        "mentionne un retour, par année du premier retour daté. Les personnes touchées sont les cibles, proches et "
        "relations distinctes ; un groupe compte pour son effectif enregistré (au moins deux s'il est inconnu). Un "
        "événement de masse est un incident visant trois personnes ou plus. Les « postes de police » à l'étranger "
        "sont ceux qui agissent dans un incident d'un dossier compté ; la date du signalement est la plus ancienne "
        "date d'une source citant un tel incident, à défaut celle de l'incident.",
        "Ce qui est masqué (profil public). Un nombre de 1 à {t1} est imprimé « moins de {t} ». Lorsqu'un nombre "
        "masqué pourrait être retrouvé à partir des totaux imprimés, ou des tableaux rapprochés (une méthode PACE "
        "est la somme de ses tactiques ; une ligne d'un tableau croisé a pour somme le nombre correspondant d'un "
        "tableau simple), d'autres nombres sont masqués ; un tableau où "
        "cela ne suffit pas, ou dont le total est inférieur à {t}, n'est pas publié. Le profil interne imprime les "
        "nombres exacts et ne doit pas être publié.",
        "Chaque nombre peut être rattaché aux dossiers qui le composent dans la vue Statistiques de l'application. "
        "L'état du coffre est la tête de sa chaîne d'audit : « casevault verify --against » vérifie qu'un coffre la "
        "contient toujours.",
    ],
    "zh": [
        "统计内容。案件指本保险库中符合上述筛选条件的案件，其选取方式与案件列表及“casevault search”完全相同。"
        "案件的年份为其最早有日期的事件所在年份。一个案件按其各事件的每种手段、每种2509号决议分类及所在国角色分别计入，"
        "并按其目标的每个类别计入，因此这些表的合计会大于案件数。结果为各案件的当前结果；遣返指结果记录中有遣返的案件，"
        "按首次有日期的遣返所在年份统计。受影响人数为各案件中不重复的目标、亲属及关系人；群体按其记录人数计算"
        "（人数不详时至少计为两人）。群体事件指针对三人或以上的事件。海外警务服务站指在所统计案件的事件中出现的服务站；"
        "报道日期为引用该事件的来源中最早的日期，若无则为事件日期。",
        "隐藏内容（公开配置）。1至{t1}的数字显示为“少于{t}”。若可根据报告中的合计或将各表对照（PACE方式等于其各手段之和；交叉表一行之和等于单向表中对应的数字）推算出被隐藏的数字，则另行隐藏其他数字；"
        "若仍不足以防止推算，或合计少于{t}，则该表不予公开。内部配置显示精确数字，不得公开。",
        "在应用程序的统计视图中，每个数字都可追溯到其所依据的案件。保险库状态为其审计链的链头："
        "“casevault verify --against”可检验某保险库是否仍包含该链头。",
    ],
}


def text(key: str, language: str, **values: object) -> str:
    """The report's text `key` in `language` (en, fr, zh), with {placeholders} filled."""
    words = _T[key][LANGUAGES.index(language)]
    return words.format(**values) if values else words


def method_note(language: str, threshold: int) -> list[str]:
    return [p.format(t=threshold, t1=threshold - 1) for p in METHOD[language]]


def translated(english: str, language: str) -> str:
    """A vocabulary label in `language` (English when no translation exists)."""
    if language == "en":
        return english
    return LABELS.get(language, {}).get(english, english)


# Dimensions whose values are typed text (a case's region): they print through the profile's rule
# for record text (exporters.statistics.record_text), which replaces names in a public report.
TYPED_DIMENSIONS = frozenset({"region"})


def printed_value(dim: str, key: str, language: str, record_text: Callable[[str], str]) -> str:
    """value_label, a typed value (a region) passed through `record_text`."""
    words = value_label(dim, key, language)
    return record_text(words) if dim in TYPED_DIMENSIONS and key else words


def value_label(dim: str, key: str, language: str) -> str:
    """How a dimension's value prints: vocabulary labels translated, years and countries as they are,
    an empty value as 'not recorded' (or its better word for the dimension)."""
    from exporters.statistics import VOCABULARY  # noqa: PLC0415 - the dimensions' home imports this module

    if not key:
        if dim in ("year", "return_year"):
            return text("date_unknown", language)
        if dim == "pace":
            return text("none_typology", language)
        if dim == "tactic":
            return text("no_incident", language)
        return text("not_recorded", language)
    vocabulary = VOCABULARY.get(dim)
    if vocabulary and key in vocabulary:
        return translated(vocabulary[key], language)
    return key


def country_name(code: str, language: str) -> str:
    """A host country as a reader knows it ("Thaïlande", "泰国"), from CLDR (Babel) in the report's
    language; a code CLDR does not know, or an empty one, as value_label prints it."""
    from babel import Locale  # noqa: PLC0415 - only reports that print countries need it

    locale = Locale.parse({"fr": "fr", "zh": "zh_Hans"}.get(language, "en"))
    if len(code.strip()) != 2:
        return value_label("host_country", code, language)
    return locale.territories.get(code.strip().upper(), code)


def dimension_label(dim: str, language: str) -> str:
    return text(f"dim_{dim}", language)


def table_title(key: str, unit: str, row_dim: str, col_dim: str, language: str) -> str:
    if not col_dim:
        return text(key, language)
    def name(dim: str) -> str:
        words = dimension_label(dim, language)
        return words if language == "zh" else words[0].lower() + words[1:]

    return text("cross", language, unit=text(unit, language), row=name(row_dim), col=name(col_dim))


def source_kind_label(kind: str, language: str) -> str:
    return translated(vocab.label(vocab.SOURCE_KIND, kind), language)


class _Shown(Protocol):
    value: int | None
    mark: str


def shown_text(shown: _Shown, threshold: int, language: str) -> str:
    """A number as printed: the number, "fewer than N" or "withheld"."""
    if shown.value is not None:
        return str(shown.value)
    if shown.mark == SMALL:
        return text("fewer_than", language, n=threshold)
    return text("withheld", language)


def filter_text_lines(filters: list[tuple[str, list[str]]], data_date: str, state: tuple[int, str], profile: str,
                      threshold: int, language: str) -> list[tuple[str, str]]:
    """The facts a table file starts with: filters, data date, vault state, profile."""
    lines = [(text("filters", language), filter_text(filters, language, profile == "public")),
             (text("data_date", language), data_date), (text("state", language), f"{state[0]}:{state[1]}"),
             (text("profile", language), text(profile, language))]
    if profile == "public":
        lines.append((text("threshold", language), text("fewer_than", language, n=threshold)))
    return lines


_FILTER_DIM = {"status": "status", "campaign": "campaign", "tactic": "tactic", "outcome": "outcome"}


_TYPED_FILTERS = ("text", "tags")  # typed words (a name searched for, a group's own tags)


def filter_text(filters: list[tuple[str, list[str]]], language: str, public: bool = False) -> str:
    """The filters of a selection in words ("none: every case" when there are none). A public report
    says that a search text or tags were used, not what they were: they may name someone."""
    if not filters:
        return text("no_filter", language)
    parts = []
    for key, values in filters:
        dim = _FILTER_DIM.get(key)
        shown = [value_label(dim, v, language) if dim else v for v in values]
        if public and key in _TYPED_FILTERS:
            shown = [text("not_shown", language)]
        parts.append(f"{text('f_' + key, language)}: {', '.join(shown)}")
    return "; ".join(parts)
