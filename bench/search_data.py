"""Generated, entirely fictional benchmark data for bench_search.py: cases with Chinese, English and
French text, Chinese names (some in Hanzi only, some also in pinyin), shared agents and bureaus that
act in many cases, partial dates and ranges. Deterministic for a given seed."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable

from pypinyin import lazy_pinyin

from db.models import Actor, Case, Incident, Note, Organisation, Person, Place, Role, Source
from db.vault import Vault

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田"
            "董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆")
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国卫东晓梅海燕红玉志文斌浩天宇欣怡子涵梓轩思远嘉俊佳琪雪"
ZH_PHRASES = ["母亲多次被约谈", "退休金被停发", "家属被派往海外劝返", "公安局要求她回国", "护照续签被拒绝",
              "出境被禁止", "银行账户被冻结", "在微信上收到威胁", "有人在楼下监视", "法院缺席审判",
              "海外服务站的人来访", "弟弟失去了工作", "被要求劝说女儿回国", "警察到家里调查", "亲属被拘留审问"]
ZH_TRAD = ["張偉", "陳國華", "劉曉梅", "黃建國"]
EN_COMMON = ("the police summoned his her mother father brother sister family and pension was suspended after she he "
             "refused to return agents approached in a cafe near station offered leniency if went back voluntarily "
             "messages from an unknown number referred to address children school passport refused at embassy "
             "consulate notice published request trial assets frozen bank account threatened phone calls visit "
             "relatives questioned detained released warned lawyer interview report").split()
FR_COMMON = ("la police a convoqué convoquée sa mère son père et menacé famille pension suspendue après refus de "
             "rentrer des agents l'ont approché dans un café près du métro pressions venues de loin "
             "appels répétés").split()
CITIES = ["Montréal", "Toronto", "Vancouver", "Lyon", "Paris", "Québec", "Sydney", "Manchester", "New York", "Genève",
          "Wenzhou", "温州", "福州", "Melbourne", "Auckland"]
TACTICS = ["family_pressure", "family_detention", "family_sent_abroad", "agents_abroad", "persuasion_meeting",
           "threat_online", "threat_in_person", "harassment", "surveillance_physical", "surveillance_digital",
           "interpol_notice", "passport_or_document_refusal", "exit_ban", "asset_freeze", "luring_third_country",
           "kidnapping_rendition", "other"]
HOSTS = ["CA", "FR", "AU", "GB", "US", "NZ", "CH", "DE"]
TAGS = ["Fox Hunt", "Sky Net", "famille", "urgent", "Interpol", "returned", "digital", "luring", "Montréal"]
WEST_FIRST = ["Claire", "Marc", "Sophie", "John", "Anna", "Pierre", "Julie", "David", "Emma", "Louis"]
WEST_LAST = ["Dubois", "Tremblay", "Smith", "Martin", "Roy", "Gagnon", "Brown", "Lefebvre", "Taylor", "Côté"]


def _rare_words(rng: random.Random, n: int) -> list[str]:
    syllables = ["ka", "lo", "mi", "ren", "tu", "sa", "vor", "quel", "dri", "pon", "zel", "ash", "bri", "nok", "fay"]
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(3, 4))))
    return sorted(words)


class Generator:
    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.rare = _rare_words(self.rng, 30000)
        # Zipf: a few frequent words and a long tail (cumulative once, not on every draw).
        self.cum_weights = list(itertools.accumulate(1 / (i + 1) for i in range(len(self.rare))))

    def hanzi_name(self) -> str:
        r = self.rng
        return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2, 2))))

    def person(self) -> Person:
        r = self.rng
        if r.random() < 0.8:
            original = self.hanzi_name()
            surname, given = "".join(lazy_pinyin(original[0])), "".join(lazy_pinyin(original[1:]))
            latin = f"{surname.capitalize()} {given.capitalize()}" if r.random() < 0.5 else ""
            aliases = [r.choice(ZH_TRAD)] if r.random() < 0.05 else []
            return Person(name=latin, name_original=original, aliases=aliases, occupation=r.choice(["", "teacher",
                          "enseignante", "restaurateur", "student", "former official"]))
        return Person(name=f"{r.choice(WEST_FIRST)} {r.choice(WEST_LAST)}", occupation="lawyer")

    def sentence(self) -> str:
        r = self.rng
        kind = r.random()
        rare = " ".join(r.choices(self.rare, cum_weights=self.cum_weights, k=r.randint(1, 2)))
        if kind < 0.55:
            return " ".join(r.choice(EN_COMMON) for _ in range(r.randint(10, 22))) + " " + rare
        if kind < 0.75:
            return " ".join(r.choice(FR_COMMON) for _ in range(r.randint(10, 20))) + " " + rare
        return r.choice(ZH_PHRASES) + "，" + self.hanzi_name() + r.choice(ZH_PHRASES) + "。"

    def date(self) -> tuple[str | None, str | None]:
        r = self.rng
        year = r.randint(2012, 2024)
        kind = r.random()
        if kind < 0.5:
            return f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", None
        if kind < 0.75:
            return f"{year}-{r.randint(1, 12):02d}", None
        if kind < 0.9:
            return str(year), None
        if kind < 0.97:
            return str(year), str(min(2024, year + r.randint(1, 3)))
        return None, None


def build(vault: Vault, n_cases: int, per_case: int, batch: int = 500,
          progress: Callable[[int], None] | None = None) -> dict[str, str]:
    """Fill `vault`; returns the query words that the benchmark's templates need."""
    g = Generator()
    r, repos = g.rng, vault.repos
    with vault.write():
        orgs = [Organisation(name=f"Public Security Bureau no. {i}", kind="public_security_bureau", country="CN",
                             name_original=f"{r.choice(['温州', '福州'])}市公安局第{i}分局") for i in range(300)]
        agents = [g.person() for _ in range(2000)]  # act in many cases each
        repos.organisations.add_many(orgs)
        repos.persons.add_many(agents)
    for start in range(0, n_cases, batch):
        with vault.write():
            cases, persons, roles, incidents, sources, notes = [], [], [], [], [], []
            for n in range(start, min(n_cases, start + batch)):
                target = g.person()
                relatives = [g.person() for _ in range(r.randint(1, 2))]
                persons += [target, *relatives]
                title = f"{target.name_original or target.name} – {r.choice(['pressure', 'threats', 'pressions'])}"
                case = Case(reference=f"B-{n:06d}", title=title, status=r.choice(["open", "monitoring", "closed"]),
                            host_country=r.choice(HOSTS), campaign=r.choice(["sky_net", "fox_hunt", "unknown"]),
                            outcome=r.choice(["not_returned", "unknown", "returned_persuaded"]),
                            summary=g.sentence(), tags=r.sample(TAGS, r.randint(0, 2)))
                cases.append(case)
                roles.append(Role(case_id=case.id, person_id=target.id, role="target"))
                roles += [Role(case_id=case.id, person_id=p.id, role="relative", relation="parent") for p in relatives]
                for _ in range(per_case):
                    start_date, end_date = g.date()
                    actors = [Actor("carried_out", organisation_id=r.choice(orgs).id)] if r.random() < 0.3 else []
                    if r.random() < 0.1:
                        actors.append(Actor("suspected", person_id=r.choice(agents).id))
                    incidents.append(Incident(
                        case_id=case.id, tactic=r.choice(TACTICS), date_start=start_date, date_end=end_date,
                        places=[Place(city=r.choice(CITIES))], target_ids=[r.choice(relatives).id],
                        description=g.sentence(), actors=actors))
                sources.append(Source(case_id=case.id, kind="interview", citation="Interview, " + g.sentence()[:80]))
                notes.append(Note(case_id=case.id, body=g.sentence()))
            repos.persons.add_many(persons)
            repos.cases.add_many(cases)
            repos.roles.add_many(roles)
            repos.sources.add_many(sources)
            repos.incidents.add_many(incidents)
            repos.notes.add_many(notes)
        if progress and (start // batch) % 20 == 19:
            progress(start + batch)
    name3 = next(p.name_original for p in agents if len(p.name_original) == 3)
    return {"rare0": g.rare[3], "rare1": g.rare[500], "rare2": g.rare[20000], "rare3": g.rare[40],
            "given2": name3[1:], "name2": next(p.name_original for p in agents if len(p.name_original) == 2),
            "name3": name3, "char1": name3[1], "trad": ZH_TRAD[0],
            "pinyin_words": " ".join(["".join(lazy_pinyin(name3[0])), "".join(lazy_pinyin(name3[1:]))]),
            "pinyin_prefix": "".join(lazy_pinyin(name3))[:-1]}
