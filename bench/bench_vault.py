"""Vault benchmark (issue 2): bulk import through the repositories, open, list and load, on an
encrypted vault and on a plain SQLite file with the same workload.

    python bench/bench_vault.py                 # 100,000 cases / 1,000,000 incidents
    python bench/bench_vault.py --cases 5000    # a quick run

Targets on the 2-core reference machine: bulk import >= 0.8x what SQLite alone takes for the same
statements (bench_vault_floor.py, which replays them), open (key derivation excluded, timed within the
same open) < 50 ms, load one full case < 20 ms, encrypted within 1.5x of plain."""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synth import fill  # noqa: E402
from db.vault import Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase"
BATCH = 1000  # cases per write transaction


def run(path: Path, cases: int, per_case: int, encrypted: bool) -> dict[str, float]:
    secret = PASSPHRASE if encrypted else None
    flags = {"_unencrypted_for_benchmark": not encrypted}
    batches: list[float] = []
    with Vault.create(path, secret, **flags) as v:
        timings = fill(v, cases, per_case, batch=BATCH, batch_times=batches,
                       progress=lambda n: print(f"\r  {n:,} cases", end="", file=sys.stderr))
        print(file=sys.stderr)
    incidents = cases * per_case
    records = cases * (1 + 2 + 2 + 2 + per_case)  # case, 2 persons, 2 roles, 2 sources, incidents
    out = {"import_incidents_per_s": incidents / timings["write"],
           "import_records_per_s": records / timings["write"]}
    # The trend as the vault grows: incidents/s over the first and the last tenth of the transactions.
    sizes = [min(BATCH, cases - first) * per_case for first in range(0, cases, BATCH)]
    tenth = max(1, len(batches) // 10)
    out["import_first_tenth_per_s"] = sum(sizes[:tenth]) / sum(batches[:tenth])
    out["import_last_tenth_per_s"] = sum(sizes[-tenth:]) / sum(batches[-tenth:])

    # Open: the whole Vault.open, and within the same open the first read of the keyed connection
    # (the key derivation), timed between the statements the connection traces.
    opens, kdfs = [], []
    for _ in range(5):
        total, kdf = timed_open(path, secret, flags)
        opens.append(total)
        kdfs.append(kdf)
    out["open_total_ms"] = statistics.median(opens)
    out["kdf_ms"] = statistics.median(kdfs)
    out["open_excl_kdf_ms"] = statistics.median(t - k for t, k in zip(opens, kdfs, strict=True))
    v = Vault.open(path, secret, **flags)

    t0 = time.perf_counter()
    rows = v.conn.execute("SELECT id, reference, title FROM cases ORDER BY reference").fetchall()
    out["list_all_cases_ms"] = (time.perf_counter() - t0) * 1000
    ids = [r[0] for r in rows]
    rng = random.Random(7)
    samples = []
    for case_id in rng.sample(ids, min(200, len(ids))):
        t0 = time.perf_counter()
        v.repos.load_case_file(case_id)
        samples.append((time.perf_counter() - t0) * 1000)
    out["load_case_median_ms"] = statistics.median(samples)
    out["load_case_p95_ms"] = sorted(samples)[int(len(samples) * 0.95) - 1]
    v.close()
    out["file_mb"] = path.stat().st_size / 1e6
    out["audit_share_pct"] = audit_share(path, secret, flags)
    return out


def audit_share(path: Path, secret: str | None, flags: dict) -> float:
    """The audit trail's share of the vault file, in percent: the file compacted, then compacted again
    without the audit table (on a copy)."""
    import os
    import shutil

    copy = path.with_name(path.name + ".share")
    shutil.copyfile(path, copy)
    try:
        v = Vault.open(copy, secret, **flags)
        v.conn.execute("VACUUM")
        v.close()
        whole = os.path.getsize(copy)
        v = Vault.open(copy, secret, **flags)
        v.conn.execute("DROP TABLE audit")
        v.conn.execute("VACUUM")
        v.conn.close()
        return 100 * (whole - os.path.getsize(copy)) / whole
    finally:
        for leftover in path.parent.glob(copy.name + "*"):
            leftover.unlink()


def timed_open(path: Path, secret: str | None, flags: dict) -> tuple[float, float]:
    """(ms for the whole Vault.open, ms of its key derivation): the connection's trace callback marks
    when each statement starts, so the first read (which derives the key) is timed in the same open."""
    import db.vault

    marks: list[tuple[float, str]] = []
    connect = db.vault.sqlcipher3.connect

    def traced(*args: object, **kwargs: object) -> object:
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(lambda sql: marks.append((time.perf_counter(), sql)))
        return conn

    db.vault.sqlcipher3.connect = traced
    try:
        t0 = time.perf_counter()
        v = Vault.open(path, secret, **flags)
        total = time.perf_counter() - t0
    finally:
        db.vault.sqlcipher3.connect = connect
    v.conn.set_trace_callback(None)
    v.close()
    # From keying the connection to the end of its first read: the key is derived in there (the few
    # pragmas around it take microseconds).
    first = next(n for n, (_, sql) in enumerate(marks) if "sqlite_master" in sql)
    kdf = marks[first + 1][0] - marks[0][0] if first + 1 < len(marks) else 0.0
    return total * 1000, kdf * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--incidents-per-case", type=int, default=10)
    parser.add_argument("--floor-cases", type=int, default=5000,
                        help="cases recorded and replayed for SQLite's own rate (its log is held in memory)")
    args = parser.parse_args()
    results = {}
    (Path(__file__).parent / "out").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=Path(__file__).parent / "out") as tmp:
        for label, encrypted in (("encrypted", True), ("plain", False)):
            print(f"{label}: building {args.cases:,} cases / {args.cases * args.incidents_per_case:,} incidents",
                  file=sys.stderr)
            results[label] = run(Path(tmp) / f"{label}.db", args.cases, args.incidents_per_case, encrypted)
            Path(tmp, f"{label}.db").unlink()
    enc, plain = results["encrypted"], results["plain"]
    print(f"{'measure':28} {'encrypted':>12} {'plain':>12} {'ratio':>7}  target")
    targets = {"open_excl_kdf_ms": "< 50 ms", "load_case_median_ms": "< 20 ms", "audit_share_pct": "< 25 %"}
    for key in enc:
        ratio = enc[key] / plain[key] if plain[key] else float("nan")
        if key.endswith("_per_s"):
            ratio = plain[key] / enc[key]  # a slowdown factor either way
        print(f"{key:28} {enc[key]:12,.1f} {plain[key]:12,.1f} {ratio:7.2f}  {targets.get(key, '')}")
    slow = plain["import_incidents_per_s"] / enc["import_incidents_per_s"]
    print(f"\nencrypted import is {slow:.2f}x the time of plain (target <= 1.5x)")
    from bench.bench_vault_floor import record, replay

    with tempfile.TemporaryDirectory(dir=Path(__file__).parent / "out") as tmp:
        n = min(args.floor_cases, args.cases)
        log, write = record(Path(tmp, "recorded.db"), n, args.incidents_per_case, True)
        floor, _ = replay(Path(tmp, "replayed.db"), log, True)
    incidents = n * args.incidents_per_case
    print(f"on {n:,} cases in this run: import {incidents / write:,.0f} incidents/s, SQLite alone (the same "
          f"statements replayed) {incidents / floor:,.0f}/s: {floor / write:.2f}x the floor (target >= 0.8x)")


if __name__ == "__main__":
    main()
