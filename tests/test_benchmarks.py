"""Every benchmark under bench/ still runs: each is started as a user starts it, at a size that takes
seconds, and must exit cleanly and print its figure. The figures themselves are not checked here
(speed targets live in the benchmarks); a benchmark that no longer matches the schema or the
exporters fails here instead of on the day someone measures with it.

The benchmarks keep the vaults they build in bench/out/ (ignored by git); --rebuild is passed where
a benchmark would otherwise reuse one built by older code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

RUNS = {
    "app": (["bench_app.py", "--cases", "300", "--opens", "2"], "without key derivation"),
    "bundle": (["bench_bundle.py", "--base", "200", "--cases", "50", "--incidents-per-case", "2",
                "--edits", "10"], "export + merge of the big bundle"),
    "disclosure": (["bench_disclosure.py", "--rows", "6", "--cols", "8", "--runs", "1"], "target < 1000 ms"),
    "dossier": (["bench_dossier.py", "--incidents", "20", "--sources", "5", "--images", "2"], "pages/s"),
    "dossier-irb": (["bench_dossier.py", "--irb", "--incidents", "20", "--sources", "5", "--images", "2",
                     "--exhibits", "2"], "raw ReportLab, same text"),
    "dossier-big-field": (["bench_dossier_big_field.py", "--megabytes", "0.05"], "short lines  public"),
    "edit": (["bench_edit.py", "--cases", "300", "--runs", "2"], "save an organisation named in 300 cases"),
    "interchange": (["bench_interchange.py", "--cases", "50"], "the bulk path (target >= 0.6x)"),
    "public-names": (["bench_public_names.py", "--cases", "300", "--runs", "1"], "public dossier of one case"),
    "pinyin-words": (["bench_pinyin_words.py", "--cases", "50", "--top", "50"], "with word pinyin"),
    "search": (["bench_search.py", "--cases", "300", "--repeat", "1", "--like", "1", "--rebuild"],
               "case list (the app's path"),
    "statistics": (["bench_statistics.py", "--cases", "300", "--runs", "1"], "all tables, every case"),
    "tables": (["bench_tables.py", "--rows", "300", "--small", "10"], "target >= 5,000 rows/s"),
    "tables-floor": (["bench_tables.py", "--rows", "200", "--xlsx", "--floor", "--small", "0"], "SQL"),
    "vault": (["bench_vault.py", "--cases", "300", "--floor-cases", "100"], "the floor (target >= 0.8x)"),
    "vault-floor": (["bench_vault_floor.py", "--cases", "100"], "SQLite alone"),
}


@pytest.mark.parametrize("name", list(RUNS))
def test_benchmark_runs_and_prints_its_figure(name):
    args, expected = RUNS[name]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(ROOT / "bench" / args[0]), *args[1:]], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-3000:]
    assert expected in output, output[-3000:]
