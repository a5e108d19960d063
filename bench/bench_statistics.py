"""Statistics benchmark on the 100,000-case vault of bench/bench_app.py (built once by its `build`,
cached under bench/out/, shared with that benchmark). Prints:
- every table (and a cross-table) over all cases, then over a filtered list: load + count + the
  public profile's disclosure control; target < 1 s;
- the statistics view's first paint in the real window (offscreen): from opening it to a painted
  chart of its first table, with the case list already shown (target < 1 s), and to every table
  counted (the view reads the first table's data first, then the rest);
- the full report: load, count, lay out and write the PDF; target < 10 s; and the CSV/XLSX tables.

    python bench/bench_statistics.py [--cases 100000]"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_app import OUT, PASSPHRASE, statistics_vault, wait  # noqa: E402
from db.search_filter import SearchFilters  # noqa: E402
from db.statistics_query import Selection, load  # noqa: E402
from db.vault import Vault  # noqa: E402
from exporters.pdf.report import ReportOptions, render_report, report_data  # noqa: E402
from exporters.statistics import Disclosure, compute, publish  # noqa: E402
from exporters.statistics_files import sheets, write_tables  # noqa: E402
from exporters.statistics_texts import filter_text_lines  # noqa: E402

CROSS = [("cases", "year", "host_country")]


def tables(vault: Vault, selection: Selection, phases: list[tuple[float, float]] | None = None) -> tuple[float, int]:
    """Every table counted and passed through the public profile; `phases` gets (read, count)."""
    t0 = time.perf_counter()
    facts = load(vault, selection)
    t1 = time.perf_counter()
    stats = compute(facts, CROSS)
    for table in stats.tables:
        publish(table, Disclosure("public"))
    t2 = time.perf_counter()
    if phases is not None:
        phases.append((t1 - t0, t2 - t1))
    return t2 - t0, stats.cases


def view_first_paint(path: Path) -> tuple[float, float]:
    """(opening the view -> its first table painted, -> every table counted)."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from desktop.session import Session  # noqa: PLC0415
    from desktop.settings import Settings  # noqa: PLC0415
    from ui.main_window import MainWindow  # noqa: PLC0415
    from ui.messages import Dialogs  # noqa: PLC0415

    Dialogs.testing = True
    session = Session()
    window = MainWindow(session, Settings(OUT / "bench-statistics-settings.ini"))
    window.resize(1440, 880)
    window.show()
    session.unlock(path, PASSPHRASE)
    wait(app, lambda: window.workspace is not None and window.workspace.case_list.model.rowCount() > 0)
    wait(app, lambda: not session.worker.busy)
    t0 = time.perf_counter()
    view = window.show_statistics()
    shown: list[int] = []
    counted: list[int] = []
    view.first_shown.connect(shown.append)
    view.counted.connect(counted.append)
    wait(app, lambda: bool(shown) or bool(counted))
    view.chart_view.viewport().repaint()
    first = time.perf_counter() - t0
    wait(app, lambda: bool(counted))
    every = time.perf_counter() - t0
    view.close()
    session.close()
    return first, every


def main() -> int:
    args, path = statistics_vault()
    t0 = time.perf_counter()
    vault = Vault.open(path, PASSPHRASE)
    opened = time.perf_counter() - t0
    with vault:
        phases: list[tuple[float, float]] = []
        everything = [tables(vault, Selection(), phases) for _ in range(args.runs)]
        selection = Selection(filters=SearchFilters(status=["open"], host_country=["CA", "FR"]))
        filtered = [tables(vault, selection) for _ in range(args.runs)]
        t0 = time.perf_counter()
        data = report_data(vault, Selection(), CROSS)
        counted = time.perf_counter() - t0
    reports = {}
    for profile, language in (("internal", "en"), ("public", "zh")):
        t0 = time.perf_counter()
        pdf = render_report(data, ReportOptions(profile=profile, language=language))
        out = OUT / f"statistics-{profile}-{language}.pdf"
        out.unlink(missing_ok=True)
        out.write_bytes(pdf)
        reports[(profile, language)] = (counted + time.perf_counter() - t0, len(pdf))
    t0 = time.perf_counter()
    options = ReportOptions(profile="public")
    files = sheets(data.stats, options.disclosure(), "en",
                   filter_text_lines(data.filters, data.data_date, data.state, "public", 5, "en"))
    target = OUT / "statistics-tables"
    if target.exists():
        for f in target.iterdir():
            f.unlink()
    write_tables(target, files)
    table_files = time.perf_counter() - t0
    paint, every = view_first_paint(path)

    n_all, n_filtered = everything[0][1], filtered[0][1]
    print(f"\nCaseVault statistics benchmark, {n_all:,} cases ({path.stat().st_size / 2**20:.0f} MB vault); "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  open vault (key derivation)                  {opened * 1000:8.0f} ms   (excluded)")
    print(f"  all tables, every case (median of {args.runs})       "
          f"{statistics.median(t for t, _ in everything) * 1000:8.0f} ms   target < 1000 ms"
          f"  (first {everything[0][0] * 1000:.0f} ms)")
    print(f"    of which reading the vault / counting       {statistics.median(p[0] for p in phases) * 1000:8.0f} ms"
          f" / {statistics.median(p[1] for p in phases) * 1000:.0f} ms")
    print(f"  all tables, {n_filtered:,} filtered cases (median)   "
          f"{statistics.median(t for t, _ in filtered) * 1000:8.0f} ms   target < 1000 ms")
    print(f"  statistics view: open -> first table painted {paint * 1000:8.0f} ms   target < 1000 ms")
    print(f"  statistics view: open -> every table counted {every * 1000:8.0f} ms")
    for (profile, language), (seconds, size) in reports.items():
        print(f"  full report, {profile:8} {language}: count + PDF      {seconds * 1000:8.0f} ms   target < 10000 ms"
              f"  ({size / 1024:.0f} KB)")
    print(f"  tables as CSV + XLSX                         {table_files * 1000:8.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
