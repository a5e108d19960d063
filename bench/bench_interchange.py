"""Interchange JSON: `casevault export` and `casevault import` of 10,000 cases / 100,000 incidents,
each run as the real command in its own process, timed, with its peak memory; and the bulk path
(the repositories' add_many, as bench_vault) on the same data, for comparison.

    python bench/bench_interchange.py [--cases 10000]

Targets on the 2-core reference machine: import >= 0.6x the bulk path's rate; peak memory of import
and of export < 300 MB for 10,000 cases. The source vault is cached in bench/out/."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synth import fill  # noqa: E402
from db.vault import Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase"
OUT = ROOT / "bench" / "out"


# A child started from this (big) process reports this process's peak memory as its own: it is made
# by vfork, and Linux hands the memory it shared to its peak at exec. So a small launcher process
# starts the command and reports the peak of its own child, which shares nothing of ours.
_LAUNCH = ("import os, subprocess, sys\n"
           "proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
           "_, status, usage = os.wait4(proc.pid, 0)\n"
           "code = os.waitstatus_to_exitcode(status)\n"
           "sys.stderr.buffer.write(proc.stderr.read()[-400:])\n"
           "print(usage.ru_maxrss, code)\n")


def command(*args: str) -> tuple[float, float]:
    """Run `casevault ARGS` in a new process: (seconds, peak resident memory in MB)."""
    env = {**os.environ, "CASEVAULT_PASSPHRASE": PASSPHRASE}
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _LAUNCH, sys.executable, "-m", "desktop.cli", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - t0
    peak_kib, code = map(int, done.stdout.split())
    if code != 0:
        raise SystemExit(f"casevault {' '.join(args)} failed: {done.stderr}")
    return seconds, peak_kib / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--incidents-per-case", type=int, default=10)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    source = OUT / f"interchange_{args.cases}x{args.incidents_per_case}.cvault"
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        if not source.exists():
            partial = Path(tmp) / "building.cvault"
            with Vault.create(partial, PASSPHRASE, author="bench") as v:
                bulk = fill(v, args.cases, args.incidents_per_case)
            partial.rename(source)
        else:  # time the bulk path anyway, on a fresh vault, as the comparison
            with Vault.create(Path(tmp) / "bulk.cvault", PASSPHRASE, author="bench") as v:
                bulk = fill(v, args.cases, args.incidents_per_case)
        incidents = args.cases * args.incidents_per_case
        bulk_rate = incidents / bulk["write"]
        out = Path(tmp) / "export.json"
        export_s, export_mb = command("export", str(source), str(out))
        size = out.stat().st_size
        target = Path(tmp) / "target.cvault"
        with Vault.create(target, PASSPHRASE, author="bench"):
            pass
        import_s, import_mb = command("import", str(target), str(out))
        key_s, _ = command("cases", str(target))  # a command that only opens the vault: its fixed costs
    import_rate = incidents / max(import_s - key_s, 1e-9)
    print(f"{args.cases:,} cases / {incidents:,} incidents; JSON file {size / 1e6:.0f} MB")
    print(f"bulk path (add_many, as bench_vault)   {bulk_rate:10,.0f} incidents/s")
    print(f"casevault import                        {import_rate:10,.0f} incidents/s = {import_rate / bulk_rate:.2f}x "
          f"the bulk path (target >= 0.6x); {import_s:.1f} s, of which {key_s:.1f} s opening the vault")
    print(f"   peak memory                          {import_mb:10,.0f} MB (target < 300 MB)")
    print(f"casevault export                        {export_s:10.1f} s; peak memory {export_mb:,.0f} MB "
          "(target < 300 MB)")


if __name__ == "__main__":
    main()
