"""Disclosure control of a big cross-table: cases by year (20) and host country (25) with many small
counts, published with its two one-way tables (exporters.statistics.publish_all, which runs
exporters.statistics_disclosure.protect_all on the three tables together). Prints the time, how many
counts are hidden and the size of the biggest linked group of hidden counts. Target: a report's
disclosure control well under a second, inside the full report's 10 s (bench/bench_statistics.py).

    python bench/bench_disclosure.py [--rows 20] [--cols 25] [--runs 3]"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exporters.statistics import CountTable, Disclosure, publish_all  # noqa: E402


def tables(rows: int, cols: int, seed: int) -> list[CountTable]:
    """A cross-table whose cells are mostly 0-4 (a real group's year x country table of a few
    hundred cases), with its one-way tables."""
    rng = random.Random(seed)
    grid = [[rng.choice([0, 0, 0, 0, 1, 1, 1, 2, 3, 4, 5, 8, 12]) for _ in range(cols)] for _ in range(rows)]
    years = [str(2000 + r) for r in range(rows)]
    countries = [f"C{c:02}" for c in range(cols)]
    by_year = {y: sum(grid[r]) for r, y in enumerate(years)}
    by_country = {k: sum(row[c] for row in grid) for c, k in enumerate(countries)}
    total = sum(by_year.values())
    cross = {(y, k): grid[r][c] for r, y in enumerate(years) for c, k in enumerate(countries) if grid[r][c]}
    return [CountTable("cases_by_year", "cases", "year", "", years, [""], {(y, ""): n for y, n in by_year.items()},
                       lambda r, c: [], [], total),
            CountTable("cases_by_host_country", "cases", "host_country", "", countries, [""],
                       {(k, ""): n for k, n in by_country.items()}, lambda r, c: [], [], total),
            CountTable("cross", "cases", "year", "host_country", years, countries, cross, lambda r, c: [], [], total,
                       by_year, by_country)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20)
    parser.add_argument("--cols", type=int, default=25)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"Disclosure control, cases by year x host country ({args.rows} x {args.cols}) with both one-way tables; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for seed in range(4):
        t = tables(args.rows, args.cols, seed)
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            shown = publish_all(t, Disclosure("public", 5))
            times.append(time.perf_counter() - t0)
        cells = shown["cross"].cells.values()
        small = sum(1 for s in cells if s.mark == "small")
        withheld = sum(1 for p in shown.values() for s in p.cells.values() if s.mark == "withheld")
        suppressed = [k for k, p in shown.items() if p.suppressed]
        print(f"  table {seed}: {t[2].total} cases, {small} small and {withheld} withheld counts"
              f"{', suppressed: ' + ', '.join(suppressed) if suppressed else ''}: "
              f"{statistics.median(times) * 1000:8.0f} ms (median of {args.runs})   target < 1000 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
