"""Sheet import benchmark (issue 16): a 50,000-row list of returns (one row per case: a target with
a Chinese and a pinyin name, host country by name, a typed date, two tactics, an outcome and a
source) imported into a new vault with the Safeguard Defenders-style mapping; prints rows per
second for the dry run (read + plan) and the real run (read + plan + one-transaction merge), then
for a second real run of the same sheet (nothing to change). Target on the 2-core reference
machine: at least 5,000 rows/s, dry run and real (the real run's is above what the vault can write: see
docs/tables.md, "Speed", and --floor).

    python bench/bench_tables.py                      # 50,000 rows, CSV
    python bench/bench_tables.py --rows 5000 --xlsx   # a quick run, XLSX
    python bench/bench_tables.py --rows 20000 --floor # also the vault's write ceiling for this sheet
    python bench/bench_tables.py --small 0            # without the small sheet's dry runs at the end

--small (100 rows by default) ends with three dry runs of a small sheet of other names against the
vault that now holds the big one: the duplicate check compares the small sheet's persons with every
person of the vault, which is most of such a dry run.

--floor imports the sheet once more into another vault while recording every SQL statement of the
write, then replays exactly those statements on a new vault (bench_vault_floor's method): the rate
of SQLite(Cipher) alone for this sheet's records, which no faster Python can beat. The recording
holds every parameter in memory (about 1 GB per 20,000 rows).

The sheet is synthetic (bench.synth's invented names). Each run starts without the pinyin of the
names remembered (pypinyin's dictionaries are loaded, as in an app that has read a name). Names
repeat across rows, so the plan also proposes duplicate persons, as it would for a real list."""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synth import chinese_name, sentence  # noqa: E402
from db.normalise import forget_texts, pinyin_syllables  # noqa: E402
from db.vault import Vault  # noqa: E402
from exporters.tables_import import WRITE_CACHE_KIB, apply_import, plan_import  # noqa: E402
from exporters.tables_mapping import ready_mapping  # noqa: E402
from exporters.tables_read import read_table  # noqa: E402

HEADERS = ["No.", "Name (Chinese)", "Name (pinyin)", "Sex", "Position / sector", "Category", "Accusation",
           "Campaign", "Host country", "Third country", "Left China", "Returned", "Methods", "Outcome", "Source"]
HOSTS = ["Canada", "France", "Royaume-Uni", "Australia", "美国", "Nouvelle-Zélande", "Thailand", "加拿大"]
DATES = ["2016-03", "juin 2017", "circa 2018", "2019年5月", "06/2015", "June 2014", "2020", "早于2021年"]
METHODS = ["Persuasion; Family pressure", "Family pressure; Assets frozen", "Red Notice", "Persuasion",
           "Agents sent; Relatives detained"]
OUTCOMES = ["Persuaded to return", "Returned", "Extradited", "Still abroad", "Deported"]


def write_sheet(path: Path, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    data = []
    for n in range(1, rows + 1):
        hanzi = chinese_name(rng)
        pinyin = " ".join(s.capitalize() for s in pinyin_syllables(hanzi)[:1]) + " " + "".join(
            pinyin_syllables(hanzi)[1:]).capitalize()
        data.append([str(n), hanzi, pinyin, rng.choice("MF"), "Manager", "SOE manager", sentence(rng, 6),
                     rng.choice(["Fox Hunt", "Sky Net", "天网", "猎狐"]), rng.choice(HOSTS), "",
                     str(rng.randint(2005, 2015)), DATES[n % 8].replace("早于", "") if n % 8 == 7 else DATES[n % 8],
                     rng.choice(METHODS), rng.choice(OUTCOMES), f"Synthetic report {n % 97}, p. {n % 300}"])
    if path.suffix == ".xlsx":
        import openpyxl

        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet("Returns")
        ws.append(HEADERS)
        for row in data:
            ws.append(row)
        wb.save(path)
    else:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(HEADERS)
            w.writerows(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--xlsx", action="store_true", help="an XLSX sheet instead of CSV")
    parser.add_argument("--floor", action="store_true", help="also measure the write ceiling (SQL alone)")
    parser.add_argument("--small", type=int, default=100, metavar="ROWS",
                        help="then dry runs of a sheet of ROWS other rows against the full vault (0: none)")
    args = parser.parse_args()
    mapping = ready_mapping("safeguard_defenders_returns")
    with tempfile.TemporaryDirectory() as tmp:
        sheet = Path(tmp) / ("returns.xlsx" if args.xlsx else "returns.csv")
        write_sheet(sheet, args.rows)
        forget_texts()  # the names' pinyin, read while writing the sheet: an import starts without it
        vault = Vault.create(Path(tmp) / "bench.cvault", "bench passphrase for the sheet import", author="bench")
        try:
            t0 = time.perf_counter()
            table = read_table(sheet)
            t_read = time.perf_counter() - t0
            plan = plan_import(vault, table, mapping)
            t_dry = time.perf_counter() - t0
            assert plan.ok, plan.problems[:5]
            print(f"sheet: {args.rows:,} rows ({sheet.suffix[1:].upper()}, {sheet.stat().st_size / 1e6:.1f} MB); "
                  f"{sum(plan.created.values()):,} records; {len(plan.duplicates):,} possible duplicate persons")
            print(f"dry run:    {t_dry:6.2f} s  {args.rows / t_dry:8,.0f} rows/s  (reading {t_read:.2f} s)")
            forget_texts()
            t0 = time.perf_counter()
            table = read_table(sheet)
            plan = plan_import(vault, table, mapping)
            result = apply_import(vault, plan)
            t_real = time.perf_counter() - t0
            print(f"real run:   {t_real:6.2f} s  {args.rows / t_real:8,.0f} rows/s  "
                  f"({result.written:,} records written in one transaction)")
            forget_texts()
            t0 = time.perf_counter()
            plan = plan_import(vault, read_table(sheet), mapping)
            again = apply_import(vault, plan)
            t_again = time.perf_counter() - t0
            print(f"second run: {t_again:6.2f} s  {args.rows / t_again:8,.0f} rows/s  ({again.written} records "
                  "written: the vault holds the sheet already)")
            target = 5_000
            ok = min(args.rows / t_dry, args.rows / t_real) >= target
            print(f"target >= {target:,} rows/s (dry run and real): {'met' if ok else 'NOT met'}")
            if args.small:
                small_sheet(vault, mapping, Path(tmp) / f"small{sheet.suffix}", args.small)
        finally:
            vault.close()
        if args.floor:
            write_floor(sheet, mapping, Path(tmp), args.rows, t_dry)


def small_sheet(vault: Vault, mapping: object, path: Path, rows: int) -> None:
    """Dry runs of a small sheet of other names against the vault holding the big one: the duplicate
    check compares the sheet's persons with every person of the vault."""
    write_sheet(path, rows, seed=8)
    (persons,) = vault.conn.execute("SELECT count(*) FROM persons").fetchone()
    times = []
    for _ in range(3):
        forget_texts()
        t0 = time.perf_counter()
        plan = plan_import(vault, read_table(path), mapping)  # type: ignore[arg-type]
        times.append(time.perf_counter() - t0)
    print(f"small sheet: {rows:,} rows against a vault of {persons:,} persons, dry run: "
          f"{', '.join(f'{t:.2f}' for t in times)} s ({len(plan.duplicates)} possible duplicate persons)")


def write_floor(sheet: Path, mapping: object, tmp: Path, rows: int, t_dry: float) -> None:
    """The real run's write, timed, then its SQL statements alone replayed on a new vault (with the
    page cache the import's write has)."""
    from bench.bench_vault_floor import PASSPHRASE, Recorder, run_statements  # noqa: PLC0415

    with Vault.create(tmp / "floor-recorded.cvault", PASSPHRASE, author="bench") as vault:
        plan = plan_import(vault, read_table(sheet), mapping)  # type: ignore[arg-type]
        records = len(plan.records)
        recorder = Recorder(vault.conn)
        vault.conn = recorder
        t0 = time.perf_counter()
        apply_import(vault, plan)
        t_write = time.perf_counter() - t0
        vault.conn = recorder.conn
    log = recorder.log[next(i for i, (sql, _, _) in enumerate(recorder.log) if sql.startswith("BEGIN")):]
    del plan, recorder
    with Vault.create(tmp / "floor-replayed.cvault", PASSPHRASE, author="bench") as vault:
        vault.conn.execute(f"PRAGMA cache_size = {-WRITE_CACHE_KIB}")
        t_sql, spent = run_statements(vault.conn, log)
    print(f"\nwrite ceiling for this sheet ({records:,} records, {records / rows:.1f} a row; {len(log):,} statements):")
    for label, seconds in (("the import's write:", t_write), ("its SQL alone:", t_sql)):
        print(f"  {label:20} {seconds:6.2f} s  {records / seconds:8,.0f} records/s  {rows / seconds:7,.0f} rows/s")
    print(f"  real run at best (this dry run + SQL alone): {rows / (t_dry + t_sql):,.0f} rows/s")
    print("  where SQLite spends its time:")
    for what, seconds in spent.most_common(8):
        print(f"    {seconds:6.2f} s  {what}")


if __name__ == "__main__":
    main()
