"""A generated vault for the statistics tests: cases mixing every dimension the tables count
(years, host countries, regions, campaigns, tactics of every PACE method, host-state parts, target
categories, relatives, groups large enough to make mass events, outcome histories with returns,
overseas police stations run by bureaus, sources of several kinds), with Chinese and French text.
Deterministic for a seed."""

from __future__ import annotations

import random
from pathlib import Path

from db import vocab
from db.models import Actor, Case, Incident, Organisation, Outcome, Person, Place, Role, Source
from db.vault import Vault

COUNTRIES = ["CA", "FR", "GB", "AU", "US", "NL", "TH"]
REGIONS = ["Fujian", "Zhejiang", "Xinjiang", "Guangdong", ""]
CITIES = ["Montréal", "Toronto", "Paris", "London", "Sydney", "New York", "Amsterdam", "Bangkok"]
TAGS = ["Fox Hunt", "famille", "urgent", "天网"]
WORD = "zqxjv"  # a word only some summaries hold, for the text filter


def fill(vault: Vault, cases: int = 60, seed: int = 7) -> None:
    rng = random.Random(seed)
    r = vault.repos
    with vault.write():
        bureaus = [Organisation(name="Fuzhou Public Security Bureau", name_original="福州市公安局",
                                kind="public_security_bureau", country="CN", level="municipal"),
                   Organisation(name="Qingtian PSB", name_original="青田县公安局", kind="public_security_bureau",
                                country="CN", level="county")]
        stations = [Organisation(name=f"Station {n}", name_original=f"海外警务服务站{n}",
                                 kind="overseas_police_station", country=rng.choice(COUNTRIES),
                                 city=rng.choice(CITIES), parent_id=bureaus[n % 2].id)
                    for n in range(4)]
        for org in (*bureaus, *stations):
            r.organisations.add(org)
        tactics = list(vocab.TACTIC)
        for k in range(cases):
            case = Case(reference=f"ST-{k:04d}", title=f"Case {k} 案件", status=rng.choice(list(vocab.CASE_STATUS)),
                        campaign=rng.choice(list(vocab.CAMPAIGN)), origin_country="CN",
                        host_country=rng.choice(COUNTRIES), region=rng.choice(REGIONS),
                        outcome=rng.choice(list(vocab.OUTCOME)), tags=rng.sample(TAGS, rng.randint(0, 2)),
                        summary=("Pressure on family " + (WORD if k % 3 == 0 else "") + " 家人受到压力"))
            r.cases.add(case)
            target = Person(name=f"Target {k}", name_original="王伟",
                            categories=rng.sample(list(vocab.TARGET_CATEGORY), rng.randint(0, 2)))
            relatives = [Person(name=f"Relative {k}-{j}") for j in range(rng.randint(0, 2))]
            group = None
            if rng.random() < 0.25:
                group = Person(name=f"Group {k}", kind="group", group_size=rng.choice([None, 2, 3, 12]))
            people = [target, *relatives, *([group] if group else [])]
            for p in people:
                r.persons.add(p)
            r.roles.add(Role(case_id=case.id, person_id=target.id, role="target"))
            for p in relatives:
                r.roles.add(Role(case_id=case.id, person_id=p.id, role="relative", relation="parent"))
            if group:
                r.roles.add(Role(case_id=case.id, person_id=group.id, role="relative", relation="other_relative"))
            if k % 10 == 9 and k > 10:  # a person who is a target here and a relative in an earlier case
                r.roles.add(Role(case_id=case.id, person_id=_first_target(vault, k - 5), role="relative",
                                 relation="sibling"))
            kind = rng.choice(list(vocab.SOURCE_KIND))
            source = Source(case_id=case.id, kind=kind, citation=f"Citation {k}", title=f"Report {k}",
                            date=rng.choice([None, f"{rng.randint(2016, 2023)}-0{rng.randint(1, 9)}"]))
            r.sources.add(source)
            for j in range(rng.randint(0, 4)):
                year = rng.choice([None, *range(2014, 2025)])
                start = None if year is None else rng.choice([str(year), f"{year}-0{rng.randint(1, 9)}"])
                end = f"{year + 1}" if year is not None and rng.random() < 0.1 else None
                if start is None and rng.random() < 0.2:
                    end = "2019"
                targets = [target.id] if j % 2 == 0 or not relatives else [relatives[0].id]
                if group and rng.random() < 0.6:
                    targets.append(group.id)
                actors = [Actor("carried_out", organisation_id=rng.choice(bureaus).id)]
                tactic = rng.choice(tactics)
                if rng.random() < 0.2:
                    tactic = "overseas_police_station"
                    actors.append(Actor("suspected", organisation_id=rng.choice(stations).id))
                r.incidents.add(Incident(
                    case_id=case.id, tactic=tactic, date_start=start, date_end=end, target_ids=targets,
                    places=[Place(country=case.host_country, city=rng.choice(CITIES))],
                    host_involvement=rng.choice(["", *vocab.HOST_INVOLVEMENT]), actors=actors,
                    source_ids=[source.id] if rng.random() < 0.7 else [], description=f"Incident {j} 事件"))
            for _ in range(rng.choice([0, 0, 1, 2])):
                r.outcomes.add(Outcome(case_id=case.id, outcome=rng.choice(list(vocab.OUTCOME)),
                                       date=rng.choice([None, f"{rng.randint(2015, 2024)}"])))


def _first_target(vault: Vault, k: int) -> str:
    case_id = vault.conn.execute("SELECT id FROM cases WHERE reference = ?", (f"ST-{k:04d}",)).fetchone()[0]
    return vault.conn.execute("SELECT person_id FROM roles WHERE case_id = ? AND role = 'target'",
                              (case_id,)).fetchone()[0]


def build(path: Path, passphrase: str, cases: int = 60, seed: int = 7) -> Path:
    with Vault.create(path, passphrase, author="stats") as v:
        fill(v, cases, seed)
    return path
