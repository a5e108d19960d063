"""Editing a record that many cases mention: an organisation named as actor in every case of a
100,000-case vault (bench_app's vault, built by bench/bench_app.py if missing), and a person in
one case. Each save is one transaction with its audit entry and its search index upkeep.

    python bench/bench_edit.py [--cases 100000]

Target on the 2-core reference machine: saving the organisation < 100 ms."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_app import OUT, PASSPHRASE, build  # noqa: E402
from db.vault import Vault  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path = OUT / f"bench-{args.cases}x10.cvault"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        build(path, args.cases)
    with Vault.open(path, PASSPHRASE) as v:
        org = next(o for o in v.repos.organisations.all() if o.name.startswith("Public Security Bureau"))
        used = v.conn.execute("SELECT count(DISTINCT i.case_id) FROM incident_actors a JOIN incidents i "
                              "ON i.id = a.incident_id WHERE a.organisation_id = ?", (org.id,)).fetchone()[0]
        person = v.repos.persons.get(v.conn.execute("SELECT person_id FROM roles LIMIT 1").fetchone()[0])
        base_org, base_person = org.name, person.occupation
        org_ms, person_ms = [], []
        for n in range(args.runs):
            org.name = f"{base_org} {n}"
            t0 = time.perf_counter()
            v.repos.organisations.update(org)
            org_ms.append((time.perf_counter() - t0) * 1000)
            person.occupation = f"{base_person} {n}"
            t0 = time.perf_counter()
            v.repos.persons.update(person)
            person_ms.append((time.perf_counter() - t0) * 1000)
        org.name, person.occupation = base_org, base_person
        v.repos.organisations.update(org)
        v.repos.persons.update(person)
    print(f"save an organisation named in {used:,} cases: median {statistics.median(org_ms):.0f} ms, "
          f"max {max(org_ms):.0f} ms   (target < 100 ms)")
    print(f"save a person in one case:                  median {statistics.median(person_ms):.0f} ms")


if __name__ == "__main__":
    main()
