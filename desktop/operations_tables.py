"""Operations behind sheets in and out (docs/tables.md): the app's way to exporters.tables_read,
tables_import and tables_export. Reading a sheet and planning its import are slow for big sheets,
so they run on the database thread like every other vault work.

Thread rule: as desktop.operations: build and run on the GUI thread, the work runs on the database
thread. An import is one transaction and cannot be undone (it ends the last change's undo)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from db.vault import Vault
from desktop.operations import Changed, Op

if TYPE_CHECKING:
    from desktop.session import Session
    from exporters.tables_export import ExportResult
    from exporters.tables_import import ImportOutcome, ImportPlan
    from exporters.tables_mapping import Mapping
    from exporters.tables_read import Table


@dataclass
class Planned:
    table: Table
    plan: ImportPlan


def read_sheet(session: Session, path: str | os.PathLike[str], sheet: str | None = None) -> Op[Table]:
    """Read the sheet (exporters.tables_read); a file that cannot be read fails with its message."""
    from exporters.tables_read import read_table  # noqa: PLC0415

    target = Path(path)
    return Op(session, lambda _vault: read_table(target, sheet))


ROWS_STAGE = "rows"  # progress stages are "rows:N:TOTAL": N rows of TOTAL read (session.worker.progress)


def _rows(report: Callable[[str], None]) -> Callable[[int, int], None]:
    return lambda n, total: report(f"{ROWS_STAGE}:{n}:{total}")


def plan_table(session: Session, table: Table, mapping: Mapping, merge: Iterable[int] = ()) -> Op[Planned]:
    """What importing `table` through `mapping` would do, with every problem: writes nothing.
    Reports its progress as ROWS_STAGE stages."""
    from exporters.tables_import import plan_import  # noqa: PLC0415

    chosen = set(merge)
    return Op(session, lambda vault, report: Planned(table, plan_import(vault, table, mapping, chosen, _rows(report))),
              reports_stages=True)


def import_table(session: Session, table: Table, mapping: Mapping, merge: Iterable[int] = ()) -> Op[ImportOutcome]:
    """Plan again against the vault as it is now, then import in one transaction (refused, with
    nothing written, if the sheet has errors)."""
    from exporters.tables_import import apply_import, plan_import  # noqa: PLC0415

    chosen = set(merge)

    def run(vault: Vault, report: Callable[[str], None]) -> Changed[ImportOutcome]:
        plan = plan_import(vault, table, mapping, chosen, _rows(report))
        report(f"{ROWS_STAGE}:{plan.rows}:{plan.rows}")
        return Changed(apply_import(vault, plan), None)

    return Op(session, run, reports_stages=True)  # type: ignore[arg-type]


def export_table(session: Session, path: str | os.PathLike[str], case_ids: list[str] | None, profile: str,
                 language: str) -> Op[ExportResult]:
    """Write the workbook (a .xlsx path) or CSV files (a folder). Plaintext: the caller warns."""
    from exporters.tables_export import export_tables  # noqa: PLC0415

    target = Path(path)
    return Op(session, lambda vault: export_tables(vault, target, case_ids, profile, language))
