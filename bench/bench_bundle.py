"""Exchange-bundle benchmark (issue 6): export a bundle of 10,000 cases with 100,000 incidents from
one laptop's vault and merge it into another that already holds 100,000 cases; then re-import it
(a no-op), and merge a smaller bundle of edits to shared cases, some of them conflicts.

    python bench/bench_bundle.py                          # the issue's sizes
    python bench/bench_bundle.py --base 10000 --cases 1000   # a quick run

Both laptops start from the same base vault (built once through the repositories' add_many and
cached in bench/out/, which is gitignored), as a group does when it sets up a second laptop from a
backup. Target on the 2-core reference machine: export + merge of the big bundle < 30 s (51 s before
version vectors)."""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synth import CITIES, COUNTRIES, TACTICS, chinese_name, sentence  # noqa: E402
from db.merge import merge  # noqa: E402
from db.models import Actor, Case, Incident, Organisation, Person, Place, Role, Source  # noqa: E402
from db.vault import Vault  # noqa: E402
from exporters.bundle import export_bundle, import_bundle, parse_payload, read_bundle  # noqa: E402
from exporters.bundle_format import DEFAULT_LOG_N  # noqa: E402

PASSPHRASE = "benchmark passphrase"
BUNDLE_PASS = "benchmark bundle passphrase"
OUT = Path(__file__).resolve().parent / "out"


def add_cases(vault: Vault, prefix: str, count: int, per_case: int, seed: int, batch: int = 1000) -> list[str]:
    """Add `count` cases (target, relative, two sources, `per_case` incidents each) in batches through
    add_many; references are PREFIX-0000001... so that two laptops' new cases do not collide."""
    rng = random.Random(seed)
    r = vault.repos
    org = r.organisations.add(Organisation(name=f"Bureau {prefix}", name_original="公安局", country="CN",
                                           kind="public_security_bureau"))
    ids: list[str] = []
    for first in range(0, count, batch):
        cases, persons, roles, sources, incidents = [], [], [], [], []
        for k in range(first, min(count, first + batch)):
            name = chinese_name(rng)
            target = Person(name=f"{prefix} person {k}", name_original=name)
            relative = Person(name=f"{prefix} relative {k}", name_original=chinese_name(rng))
            case = Case(reference=f"{prefix}-{k:07d}", title=f"{name} – {rng.choice(CITIES)}", origin_country="CN",
                        host_country=rng.choice(COUNTRIES), summary=sentence(rng, 30), tags=["Fox Hunt"])
            cases.append(case)
            persons += [target, relative]
            roles += [Role(case_id=case.id, person_id=target.id, role="target"),
                      Role(case_id=case.id, person_id=relative.id, role="relative", relation="parent")]
            srcs = [Source(case_id=case.id, kind="interview", citation=f"Interview {prefix} {k}-{j}",
                           date=str(rng.randint(2014, 2024)), reliability="B", credibility="2") for j in range(2)]
            sources += srcs
            for j in range(per_case):
                incidents.append(Incident(
                    case_id=case.id, tactic=rng.choice(TACTICS), date_start=f"{rng.randint(2014, 2024)}-"
                    f"{rng.randint(1, 12):02d}",
                    places=[Place(country=rng.choice(COUNTRIES), city=rng.choice(CITIES))],
                    target_ids=[relative.id if j % 2 else target.id], description=sentence(rng),
                    actors=[Actor("carried_out", organisation_id=org.id)], source_ids=[srcs[j % 2].id]))
        with vault.write():
            r.cases.add_many(cases)
            r.persons.add_many(persons)
            r.roles.add_many(roles)
            r.sources.add_many(sources)
            r.incidents.add_many(incidents)
        ids += [c.id for c in cases]
        print(f"\r  {prefix}: {len(ids):,} cases", end="", file=sys.stderr)
    print(file=sys.stderr)
    return ids


def base_vault(cases: int, per_case: int) -> Path:
    path = OUT / f"bundle_base_{cases}x{per_case}.cvault"
    if not path.exists():
        print(f"building the base vault ({cases:,} cases, cached in {path.name})", file=sys.stderr)
        partial = path.with_suffix(".partial")
        for leftover in OUT.glob(partial.name + "*"):
            leftover.unlink()
        with Vault.create(partial, PASSPHRASE, author="base") as v:
            add_cases(v, "BASE", cases, per_case, seed=1)
        partial.rename(path)
    return path


def copy_of(base: Path, name: str, author: str) -> Vault:
    path = OUT / name
    for leftover in OUT.glob(name + "*"):
        leftover.unlink()
    shutil.copyfile(base, path)
    v = Vault.open(path, PASSPHRASE)
    v.author = author  # the second laptop writes under its own name
    return v


def timed(label: str, fn, results: dict[str, float]):  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    value = fn()
    results[label] = time.perf_counter() - t0
    print(f"  {label:34} {results[label]:8.2f} s", file=sys.stderr)
    return value


def import_phases(vault: Vault, path: Path, prefix: str, results: dict[str, float], on_conflict: str = "keep-both"):
    payload, digest = timed(f"{prefix} decrypt+decompress+parse", lambda: read_bundle(path, BUNDLE_PASS), results)
    content = timed(f"{prefix} validate", lambda: parse_payload(vault, payload, digest), results)
    return timed(f"{prefix} merge (one transaction)", lambda: merge(vault, content, on_conflict), results)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", type=int, default=100_000, help="cases already in both vaults")
    parser.add_argument("--base-incidents", type=int, default=2, help="incidents per base case")
    parser.add_argument("--cases", type=int, default=10_000, help="new cases in the bundle")
    parser.add_argument("--incidents-per-case", type=int, default=10)
    parser.add_argument("--edits", type=int, default=1_000, help="shared cases edited for the second bundle")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    base = base_vault(args.base, args.base_incidents)
    alice, bob = copy_of(base, "bundle_alice.cvault", "alice"), copy_of(base, "bundle_bob.cvault", "bob")
    results: dict[str, float] = {}
    try:
        print(f"alice adds {args.cases:,} cases with {args.cases * args.incidents_per_case:,} incidents (not timed)",
              file=sys.stderr)
        new_ids = add_cases(alice, "FIELD", args.cases, args.incidents_per_case, seed=2)
        big = OUT / "bundle_big.cvb"
        summary = timed("export big bundle", lambda: export_bundle(alice, big, BUNDLE_PASS, new_ids), results)
        report = import_phases(bob, big, "import big:", results)
        assert report.created == summary.records and not report.conflicts, report
        again = timed("re-import big bundle (no-op)", lambda: import_bundle(bob, big, BUNDLE_PASS), results)
        assert not again.changed

        shared = [r[0] for r in alice.conn.execute("SELECT id FROM cases WHERE reference LIKE 'BASE-%' "
                                                   "ORDER BY reference LIMIT ?", (args.edits,))]
        for v, who, ids in ((alice, "alice", shared), (bob, "bob", shared[: len(shared) // 10])):
            with v.write():
                for case in v.repos.cases.get_many(ids).values():
                    case.summary = f"{who}: {case.summary[:40]}"
                    v.repos.cases.update(case)
        edits = OUT / "bundle_edits.cvb"
        timed("export edits bundle", lambda: export_bundle(alice, edits, BUNDLE_PASS, shared), results)
        report = import_phases(bob, edits, "import edits:", results)
        print(f"  edits: {report.updated} updated, {len(report.conflicts)} conflicts", file=sys.stderr)
    finally:
        alice.close()
        bob.close()
        for name in ("bundle_alice.cvault", "bundle_bob.cvault", "bundle_big.cvb", "bundle_edits.cvb"):
            for leftover in OUT.glob(name + "*"):  # the per-run copies; the base stays cached
                leftover.unlink()
    kdf = f"scrypt N=2^{DEFAULT_LOG_N} (about 0.5 s per side)"
    total = results["export big bundle"] + sum(v for k, v in results.items() if k.startswith("import big:"))
    print(f"\nbundle: {summary.cases:,} cases, {summary.records:,} records "
          f"({args.cases * args.incidents_per_case:,} incidents), {summary.size / 1e6:.1f} MB; {kdf}")
    print(f"into a vault of {args.base:,} cases")
    for key, value in results.items():
        print(f"{key:40} {value:8.2f} s")
    print(f"{'export + merge of the big bundle':40} {total:8.2f} s   (target < 30 s; 51 s before)")


if __name__ == "__main__":
    main()
