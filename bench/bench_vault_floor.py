"""How fast can SQLite(Cipher) alone take a bulk import? (issue 2: the import-rate target)

Runs bench_vault's workload (synth.fill through the repositories) while recording every SQL
statement with its parameters, then replays exactly those statements on a new vault of the same
kind. The replay does no Python work of CaseVault's (no validation, digests, audit hashing,
tokenising): its rate is the ceiling that any speed-up of our Python code can approach, on this
machine, for this schema, with the audit trail and the search index written in the same
transactions as the data.

    python bench/bench_vault_floor.py                 # 10,000 cases / 100,000 incidents
    python bench/bench_vault_floor.py --cases 20000

The recording holds every parameter in memory (about 1 GB per 10,000 cases), so keep --cases
modest; the rate changes little with the size of the vault (see bench_vault's first and last tenth)."""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synth import fill  # noqa: E402
from db.vault import Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase"
Statement = tuple[str, tuple[Any, ...] | list[tuple[Any, ...]], bool]  # sql, parameters, many


class Recorder:
    """Stands in for the vault's connection: runs each statement and keeps a copy of it."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.log: list[Statement] = []

    def execute(self, sql: str, params: Any = ()) -> Any:
        params = tuple(params)
        self.log.append((sql, params, False))
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> Any:
        rows = [tuple(r) for r in rows]
        self.log.append((sql, rows, True))
        return self.conn.executemany(sql, rows)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)


def record(path: Path, cases: int, per_case: int, encrypted: bool) -> tuple[list[Statement], float]:
    """The statements of a bulk import, and the import's own write time in seconds."""
    with Vault.create(path, PASSPHRASE if encrypted else None, _unencrypted_for_benchmark=not encrypted) as v:
        recorder = Recorder(v.conn)
        v.conn = recorder
        timings = fill(v, cases, per_case)
        v.conn = recorder.conn
    first = next(i for i, (sql, _, _) in enumerate(recorder.log) if sql.startswith("BEGIN"))
    return recorder.log[first:], timings["write"]


def replay(path: Path, log: list[Statement], encrypted: bool) -> tuple[float, collections.Counter[str]]:
    """Run the statements on a new vault; total seconds and seconds per kind of statement."""
    with Vault.create(path, PASSPHRASE if encrypted else None, _unencrypted_for_benchmark=not encrypted) as v:
        return run_statements(v.conn, log)


def run_statements(conn: Any, log: list[Statement]) -> tuple[float, collections.Counter[str]]:
    """Run recorded statements on `conn`: total seconds, and seconds per kind of statement."""
    spent: collections.Counter[str] = collections.Counter()
    start = time.perf_counter()
    for sql, params, many in log:
        t0 = time.perf_counter()
        if many:
            conn.executemany(sql, params)
        else:
            conn.execute(sql, params).fetchall()
        spent[" ".join(sql.split()[:3])[:48]] += time.perf_counter() - t0
    return time.perf_counter() - start, spent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--incidents-per-case", type=int, default=10)
    args = parser.parse_args()
    incidents = args.cases * args.incidents_per_case
    (Path(__file__).parent / "out").mkdir(exist_ok=True)
    rows = []
    with tempfile.TemporaryDirectory(dir=Path(__file__).parent / "out") as tmp:
        for label, encrypted in (("encrypted", True), ("plain", False)):
            print(f"{label}: {args.cases:,} cases / {incidents:,} incidents", file=sys.stderr)
            log, write = record(Path(tmp, f"{label}-recorded.db"), args.cases, args.incidents_per_case, encrypted)
            floor, spent = replay(Path(tmp, f"{label}-replayed.db"), log, encrypted)
            rows.append((label, incidents / write, incidents / floor, 1 - floor / write))
            if encrypted:
                top = spent.most_common(8)
    print(f"{'':10} {'import (incidents/s)':>21} {'SQLite alone':>13} {'Python share':>13}")
    for label, full, alone, python_share in rows:
        print(f"{label:10} {full:21,.0f} {alone:13,.0f} {python_share:13.0%}")
    print("\nwhere SQLite spends its time (encrypted replay):")
    for what, seconds in top:
        print(f"  {seconds:6.2f} s  {what}")
    print("\nthe 'SQLite alone' rate bounds what faster Python can reach; bench_vault.py prints the bulk import's "
          "ratio to it (target >= 0.8x)")


if __name__ == "__main__":
    main()
