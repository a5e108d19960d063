"""Synthetic but plausible vault content for benchmarks: cases with a target, a relative, sources
and incidents mixing Chinese, English and French text. Deterministic for a given seed."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from db import vocab
from db.models import Actor, Case, Incident, Organisation, Person, Place, Role, Source
from db.vault import Vault

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国晓梅卫东海燕志红玉兰春"
CITIES = ["Montréal", "Toronto", "Vancouver", "Paris", "Lyon", "London", "Manchester", "Sydney", "New York", "Québec"]
WORDS = ("threatened relatives summoned police bureau pension frozen passport refused meeting café message "
         "surveillance car agent persuasion return home family pressure interview visa").split()
FRENCH = "famille pression menace rencontre police retour surveillance message téléphone".split()
TACTICS = list(vocab.TACTIC)
COUNTRIES = ["CA", "FR", "GB", "AU", "US", "NL", "DE"]


def chinese_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def sentence(rng: random.Random, n: int = 12) -> str:
    words = [rng.choice(WORDS) for _ in range(n)] + [rng.choice(FRENCH) for _ in range(3)]
    rng.shuffle(words)
    return " ".join(words) + " " + "".join(rng.choice(GIVEN) for _ in range(6)) + "。"


def fill(vault: Vault, cases: int, incidents_per_case: int, seed: int = 1, batch: int = 1000,
         progress: Callable[[int], None] | None = None,
         batch_times: list[float] | None = None) -> dict[str, float]:
    """Add `cases` cases (each with a target, a relative, two sources and `incidents_per_case`
    incidents) through the repositories' bulk path, `batch` cases per transaction. Returns
    timings in seconds: "write" covers the whole transactions (validation, rows, audit, search
    index, commit), "generate" the making of the records in Python, which is not CaseVault's.
    `batch_times`, if given, gets the write time of each transaction (to see a trend as the vault grows)."""
    rng = random.Random(seed)
    r = vault.repos
    org = r.organisations.add(Organisation(name="Public Security Bureau", name_original="公安局",
                                           kind="public_security_bureau", country="CN"))
    t_write = 0.0
    start = time.perf_counter()
    for first in range(0, cases, batch):
        n = min(batch, cases - first)
        case_rows, persons, roles, sources, incidents = [], [], [], [], []
        for k in range(first, first + n):
            name = chinese_name(rng)
            target = Person(name=f"Person {k}", name_original=name, consent=rng.choice(list(vocab.CONSENT)))
            relative = Person(name=f"Relative {k}", name_original=chinese_name(rng))
            case = Case(reference=f"BENCH-{k:07d}", title=f"{name} – {rng.choice(CITIES)}",
                        status=rng.choice(list(vocab.CASE_STATUS)), campaign=rng.choice(list(vocab.CAMPAIGN)),
                        origin_country="CN", host_country=rng.choice(COUNTRIES), summary=sentence(rng, 30),
                        outcome=rng.choice(list(vocab.OUTCOME)), tags=[rng.choice(["Fox Hunt", "famille", "urgent"])])
            case_rows.append(case)
            persons += [target, relative]
            roles += [Role(case_id=case.id, person_id=target.id, role="target"),
                      Role(case_id=case.id, person_id=relative.id, role="relative", relation="parent")]
            srcs = [Source(case_id=case.id, kind="interview", citation=f"Interview {k}-{j}, {rng.choice(CITIES)}",
                           date=f"{rng.randint(2014, 2024)}", reliability="B", credibility="2") for j in range(2)]
            sources += srcs
            for j in range(incidents_per_case):
                year = rng.randint(2014, 2024)
                incidents.append(Incident(
                    case_id=case.id, tactic=rng.choice(TACTICS), date_start=f"{year}-{rng.randint(1, 12):02d}",
                    places=[Place(country=rng.choice(COUNTRIES), city=rng.choice(CITIES))],
                    target_ids=[relative.id if j % 2 else target.id], description=sentence(rng),
                    actors=[Actor("carried_out", organisation_id=org.id)], source_ids=[srcs[j % 2].id]))
        t0 = time.perf_counter()
        with vault.write():
            r.cases.add_many(case_rows)
            r.persons.add_many(persons)
            r.roles.add_many(roles)
            r.sources.add_many(sources)
            r.incidents.add_many(incidents)
        elapsed = time.perf_counter() - t0
        t_write += elapsed
        if batch_times is not None:
            batch_times.append(elapsed)
        if progress:
            progress(first + n)
    total = time.perf_counter() - start
    return {"total": total, "write": t_write, "generate": total - t_write}
