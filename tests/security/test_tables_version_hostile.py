"""Hostile `version` cells in a sheet that comes back: garbage, truncated, huge, wrong digits,
invisible and bidi characters, markup, formula-like text. A cell that is not exactly what
export-table writes is named by row and column and ignored: the row is then judged as a sheet
from elsewhere (a field it changed that the vault changed too is a conflict), never as a licence
to overwrite; a dry run leaves the vault file byte-identical."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.merge_conflicts import list_conflicts
from db.models import Case
from db.sheet_bases import from_text
from db.vault import Vault
from desktop.cli import main
from exporters.tables_export import export_tables
from exporters.tables_import import apply_import, plan_import
from exporters.tables_mapping import ready_mapping
from exporters.tables_read import read_table
from tests.conftest import PASSPHRASE

HOSTILE = [
    "garbage", "cv1;title=", "cv1;title=ZZZZZZZZ", "cv1;title=1234567", "cv1;title=123456789",
    "cv1;title=12345678;title=12345678", "cv1;" + ";".join(f"f{i}=00000000" for i in range(2000)),
    "cv1;\u202etitle=12345678", "cv1;ti\u200btle=12345678", "cv1;title=１２３４５６７８",
    "<b>cv1;title=12345678</b>", "=cv1;title=12345678", "cv1;标题=12345678", "cv2;title=12345678",
    "cv1;title=12345678\x00", "cv1;;title=12345678",
]


def rewrite(path: Path, title: str, version: str) -> None:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    rows[1][rows[0].index("title")] = title
    rows[1][rows[0].index("version")] = version
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(rows)


def one_case(vault, tmp_path: Path, n: int) -> tuple[Case, Path]:
    case = vault.repos.cases.add(Case(reference=f"V-{n}", title="As exported"))
    export_tables(vault, tmp_path / f"out{n}", [case.id])
    case.title = "Changed in the vault"
    vault.repos.cases.update(case)
    return case, tmp_path / f"out{n}" / "cases.csv"


@pytest.mark.parametrize("cell", HOSTILE, ids=range(len(HOSTILE)))
def test_a_hostile_version_cell_is_named_and_never_lets_the_sheet_overwrite(vault, tmp_path, cell):
    with pytest.raises(ValueError):
        from_text(cell)
    case, path = one_case(vault, tmp_path, 0)
    rewrite(path, "Changed in the sheet", cell)
    plan = plan_import(vault, read_table(path), ready_mapping("casevault_cases"))
    assert plan.ok, [str(p) for p in plan.problems]
    assert [(p.row, p.column) for p in plan.problems if "version" in p.message] == [(2, "version")]
    assert plan.conflicts == {"case": 1} and not plan.updated
    assert apply_import(vault, plan).conflicts == 1
    assert vault.repos.cases.get(case.id).title == "Changed in the vault"


def test_a_dry_run_with_hostile_version_cells_leaves_the_vault_byte_identical(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CASEVAULT_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "v.cvault"
    with Vault.create(path, PASSPHRASE, author="t") as v:
        _, sheet = one_case(v, tmp_path, 0)
    rewrite(sheet, "Changed in the sheet", HOSTILE[6])
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    code = main(["import-table", str(path), str(sheet), "--mapping", "casevault_cases", "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0 and "1 conflict(s)" in out, out
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


_round = iter(range(1_000_000))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(max_size=200),
                 st.builds(lambda parts: "cv1;" + ";".join(parts),
                           st.lists(st.text(alphabet="title=0123456789abcdefgz\u202e\u200b;", max_size=20),
                                    max_size=5))))
def test_any_version_cell_gives_a_plan_and_no_silent_revert(vault, tmp_path, cell):
    """Whatever the cell holds, the plan is built, and the title the vault changed since the export
    is never replaced without a conflict."""
    n = next(_round)
    case, path = one_case(vault, tmp_path, n)
    rewrite(path, "Changed in the sheet", cell.replace("\x00", ""))
    plan = plan_import(vault, read_table(path), ready_mapping("casevault_cases"))
    if not plan.ok:
        return
    conflicts = len(list_conflicts(vault))
    apply_import(vault, plan)
    title = vault.repos.cases.get(case.id).title
    assert title == "Changed in the vault"
    assert len(list_conflicts(vault)) == conflicts + 1
