"""The report's tables as files (`casevault report --tables DIR`): one CSV per table and one XLSX
workbook with a sheet per table, the same numbers the PDF prints (after disclosure control), with
a first sheet/file describing the filters, the data date, the vault state and the profile.

Cells are text the spreadsheet must not read as a formula: any cell beginning with = + - @ (or a
tab or carriage return) is written as text (CSV: prefixed with an apostrophe, as OWASP advises;
XLSX: an inline string, never a formula). Files appear atomically (exporters.atomic).

No Qt, no vault: any thread."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from pathlib import Path

from db.normalise import printable
from exporters.atomic import atomic_write
from exporters.statistics import (
    Disclosure,
    PublishedTable,
    Statistics,
    publish_all,
    record_text,
    station_cases,
    station_source,
)
from exporters.statistics_texts import (
    dimension_label,
    printed_value,
    shown_text,
    source_kind_label,
    table_title,
    text,
)

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
Row = list[str | int]


def _safe_csv(value: str | int) -> str | int:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def sheets(stats: Statistics, disclosure: Disclosure, language: str,
           about: Sequence[tuple[str, str]]) -> list[tuple[str, Row, list[Row]]]:
    """(name, header, rows) of every file: `about` first, then each table as `publish_all` lets the
    tables out together (as the PDF report prints them)."""
    out: list[tuple[str, Row, list[Row]]] = [("about", list(about[0]), [[k, v] for k, v in about[1:]])]
    small_selection = disclosure.public and 0 < stats.cases < disclosure.threshold
    clean = record_text(stats, disclosure, language)

    def label(dim: str, key: str) -> str:
        return printed_value(dim, key, language, clean)

    published = publish_all(stats.tables, disclosure)
    for table in stats.tables:
        shown: PublishedTable = published[table.key]
        t = shown.table
        title = table_title(t.key, t.unit, t.row_dim, t.col_dim, language)
        if small_selection or shown.suppressed:
            key = "suppressed_small" if small_selection or shown.total.mark == "small" else "suppressed"
            out.append((t.key, [title], [[text(key, language, n=disclosure.threshold)]]))
            continue

        def cell(r: str, c: str, shown: PublishedTable = shown) -> str | int:
            s = shown.shown(r, c)
            return s.value if s.value is not None else shown_text(s, disclosure.threshold, language)

        if not t.col_dim:
            header: Row = [dimension_label(t.row_dim, language), text(t.unit, language)]
            rows: list[Row] = [[label(t.row_dim, r), cell(r, "")] for r in t.rows]
            rows.append([text("total", language), shown.total.value if shown.total.value is not None
                         else shown_text(shown.total, disclosure.threshold, language)])
        else:
            header = [f"{dimension_label(t.row_dim, language)} \\ {dimension_label(t.col_dim, language)}",
                      *(label(t.col_dim, c) for c in t.cols)]
            rows = [[label(t.row_dim, r), *(cell(r, c) for c in t.cols)] for r in t.rows]
        out.append((t.key, header, rows))
    if not small_selection:
        out.append(("stations", *_stations(stats, disclosure, language, clean)))
    return out


def _stations(stats: Statistics, disclosure: Disclosure, language: str,
              clean: Callable[[str], str]) -> tuple[Row, list[Row]]:
    header: Row = [text(k, language) for k in ("station", "city", "country", "bureau", "reported", "source", "cases")]
    rows: list[Row] = []
    for s in stats.stations:
        shown = station_cases(len(s.case_ids), disclosure)
        count: str | int = shown.value if shown.value is not None else shown_text(shown, disclosure.threshold, language)
        source = station_source(s.source_kind, s.source_text, disclosure)
        if source is None:
            source = text("unpublished_source", language, kind=source_kind_label(s.source_kind, language)) \
                if s.source_kind else ""
        else:
            source = clean(source)
        name = " / ".join(clean(x) for x in (s.name, s.name_original) if x)
        bureau = " / ".join(clean(x) for x in (s.bureau, s.bureau_original) if x)
        rows.append([name, clean(s.city), s.country, bureau, s.reported, source, count])
    return header, rows


def _clean(value: str | int) -> str | int:
    return printable(value).replace("\n", " ") if isinstance(value, str) else value


def write_tables(directory: Path, files: list[tuple[str, Row, list[Row]]]) -> list[Path]:
    """Write statistics.csv files (one per table) and statistics.xlsx into `directory` (made if
    missing). Returns the paths written."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, header, rows in files:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        for row in [header, *rows]:
            writer.writerow([_safe_csv(_clean(v)) for v in row])
        path = directory / f"{name}.csv"
        atomic_write(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"))  # BOM: spreadsheets then read UTF-8
        written.append(path)
    path = directory / "statistics.xlsx"
    atomic_write(path, xlsx_bytes(files))
    written.append(path)
    return written


def xlsx_bytes(files: list[tuple[str, Row, list[Row]]]) -> bytes:
    from openpyxl import Workbook  # noqa: PLC0415 - only this export needs it
    from openpyxl.cell.cell import TYPE_STRING  # noqa: PLC0415
    from openpyxl.styles import Font  # noqa: PLC0415

    book = Workbook()
    book.remove(book.active)
    for name, header, rows in files:
        sheet = book.create_sheet(name[:31])
        for r, row in enumerate([header, *rows], start=1):
            for c, value in enumerate(row, start=1):
                cell = sheet.cell(row=r, column=c)
                value = _clean(value)
                cell.value = value
                if isinstance(value, str):
                    cell.data_type = TYPE_STRING  # text, never a formula, whatever it begins with
                if r == 1:
                    cell.font = Font(bold=True)
        sheet.column_dimensions["A"].width = 44
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
