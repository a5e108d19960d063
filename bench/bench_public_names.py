"""The cost of keeping every person's name out of public outputs, on the 100,000-case vault of
bench/bench_app.py (200,000 persons, none of whom consented to publication; built once by its
`build`, cached under bench/out/ and shared with bench_statistics.py). Prints, each run on its own
(three by default, with the load average):
- the full public statistics report, in French, that prints record text: count (report_data,
  which also reads who may not be named) + PDF; target < 10 s. The benchmark vault records no
  region and no police station, so the count is given, in memory, a region for every 20th case
  and 30 stations (some naming a person of the vault), as a group that records them would have;
- the public dossier of one case of that vault (every other person of the vault must not print
  either): read the case and the others (dossier_inputs), then redact + lay out + PDF.
Each run starts with no pinyin remembered (db.normalise.forget_texts, as after locking the vault).

    python bench/bench_public_names.py [--cases 100000] [--runs 3]"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_app import OUT, PASSPHRASE, statistics_vault  # noqa: E402
from db.normalise import forget_texts  # noqa: E402
from db.statistics_query import Selection, StationFact  # noqa: E402
from db.vault import Vault  # noqa: E402
from exporters.pdf.dossier import DossierOptions, build_dossier, dossier_inputs  # noqa: E402
from exporters.pdf.report import ReportOptions, render_report, report_data  # noqa: E402

CROSS = [("cases", "year", "host_country")]
REGIONS = ["Xinjiang", "Guangdong", "Fujian 福建", "Tibet", "Hong Kong", "Inner Mongolia", "Sichuan 四川",
           "Zhejiang", "Yunnan", "Shanghai", "Beijing 北京", "Henan", "Hubei", "Shandong", "Jiangsu"]


def with_record_text(data: object, names: list[str]) -> None:
    """Regions and stations such as a group records, put into a count that has none (in memory)."""
    facts = data.stats.facts  # type: ignore[attr-defined]
    for i in range(0, len(facts.region), 20):
        facts.region[i] = REGIONS[i // 20 % len(REGIONS)]
    facts.region[0] = f"Village of {names[0]}"  # a name that must not print
    ids = facts.case_ids
    data.stats.stations = [  # type: ignore[attr-defined]
        StationFact(f"st{n}", f"Service station {n}" if n % 7 else f"Office of {names[n % len(names)]}",
                    f"海外服务站{n}" if n % 2 else "", ["Toronto", "Paris", "Milano", "New York"][n % 4],
                    ["CA", "FR", "IT", "US"][n % 4], f"Public Security Bureau of city {n}", "",
                    "2022-09-01", "ngo_report", f"Safeguard Defenders, 110 Overseas, on {names[-1 - n]}",
                    frozenset(ids[n * 7 : n * 7 + 9]))
        for n in range(30)]


def public_report(vault: Vault, names: list[str]) -> tuple[float, float, int]:
    """(count incl. reading who may not be named, the whole report, PDF bytes)."""
    t0 = time.perf_counter()
    data = report_data(vault, Selection(), CROSS)
    counted = time.perf_counter() - t0
    with_record_text(data, names)
    pdf = render_report(data, ReportOptions(profile="public", language="fr"))
    total = time.perf_counter() - t0
    (OUT / "statistics-public-fr-record-text.pdf").write_bytes(pdf)
    return counted, total, len(pdf)


def public_dossier(vault: Vault, key: str) -> tuple[float, float, int]:
    """(reading the case and the vault's other persons, the whole dossier, pages)."""
    t0 = time.perf_counter()
    cf, others = dossier_inputs(vault, key)
    read = time.perf_counter() - t0
    state = vault.repos.audit.head()
    dossier = build_dossier(cf, state, DossierOptions(profile="public", language="fr"),
                            vault.repos.exhibits.read_data, None, others)
    total = time.perf_counter() - t0
    (OUT / "dossier-public-fr.pdf").write_bytes(dossier.data)
    return read, total, dossier.pages


def main() -> int:
    args, path = statistics_vault()
    with Vault.open(path, PASSPHRASE) as vault:
        names = [r[0] for r in vault.conn.execute(
            "SELECT name FROM persons WHERE kind = 'individual' ORDER BY rowid DESC LIMIT 40")]
        key = vault.conn.execute("SELECT c.id FROM cases c JOIN roles r ON r.case_id = c.id "
                                 "ORDER BY c.rowid LIMIT 1").fetchone()[0]
        persons = vault.conn.execute("SELECT count(*) FROM persons").fetchone()[0]
        print(f"\nCaseVault public names benchmark: {args.cases:,} cases, {persons:,} persons; "
              f"{os.cpu_count()} cores")
        reports, dossiers = [], []
        for run in range(args.runs):
            forget_texts()  # each run as in a new session: no pinyin remembered from the last
            load = os.getloadavg()[0]
            counted, total, size = public_report(vault, names)
            reports.append(total)
            print(f"  run {run + 1}: full public report (fr, record text)  {total * 1000:8.0f} ms   "
                  f"target < 10000 ms  (count + who may not be named {counted * 1000:.0f} ms; "
                  f"{size / 1024:.0f} KB; load average {load:.1f})")
            forget_texts()
            load = os.getloadavg()[0]
            read, total, pages = public_dossier(vault, key)
            dossiers.append(total)
            print(f"  run {run + 1}: public dossier of one case           {total * 1000:8.0f} ms   "
                  f"(reading the case and others {read * 1000:.0f} ms; {pages} pages; load average {load:.1f})")
        print(f"  median: full public report {statistics.median(reports) * 1000:.0f} ms (target < 10000 ms), "
              f"public dossier {statistics.median(dossiers) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
