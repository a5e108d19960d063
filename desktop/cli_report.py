"""The `report` sub-command: counts across cases as a PDF report, and as CSV and XLSX tables.

    casevault report VAULT OUT.pdf [QUERY] [--status S] [--campaign C] [--tactic T] [--host-country CC]
                     [--outcome O] [--tag TAG] [--from DATE] [--to DATE] [--profile internal|public]
                     [--threshold N] [--language en|fr|zh] [--cross UNIT:ROW:COL] [--tables DIR] [--force]

The filters are those of `casevault search` and select exactly the cases it finds. The internal
profile prints exact numbers; the public one hides small numbers and tables that would single out
a case (exporters.statistics_disclosure). Messages go to stderr, as everywhere in the CLI."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from desktop.cli import CliError, add_force_argument, allow_replacing, note, open_vault
from desktop.cli_search import add_filter_arguments, filters_from

Command = Callable[..., argparse.ArgumentParser]


def _crosses(items: list[str] | None) -> list[tuple[str, str, str]]:
    from exporters.statistics import check_cross  # noqa: PLC0415

    out = []
    for item in items or []:
        parts = [p.strip() for p in item.split(":")]
        if len(parts) == 2:
            parts.insert(0, "cases")
        if len(parts) != 3:
            raise CliError(f"--cross {item!r}: write UNIT:ROW:COL or ROW:COL, e.g. cases:year:host_country")
        try:
            check_cross(*parts)
        except ValueError as exc:
            raise CliError(f"--cross {item!r}: {exc}") from None
        out.append((parts[0], parts[1], parts[2]))
    return out


def cmd_report(args: argparse.Namespace) -> int:
    from db.statistics_query import Selection  # noqa: PLC0415 - ReportLab and the counts are slow to import
    from exporters.pdf.report import ReportOptions, render_report, report_data  # noqa: PLC0415
    from exporters.statistics_files import sheets, write_tables  # noqa: PLC0415
    from exporters.statistics_texts import filter_text_lines  # noqa: PLC0415

    if args.threshold < 3:
        raise CliError("--threshold must be at least 3: smaller counts identify people")
    options = ReportOptions(profile=args.profile, language=args.language, threshold=args.threshold,
                            font_file=Path(args.font) if args.font else None)
    selection = Selection(args.query, filters_from(args))
    crosses = _crosses(args.cross)
    allow_replacing(args, args.out)
    with open_vault(args) as vault:
        data = report_data(vault, selection, crosses, public=options.disclosure().public)
    from exporters.atomic import atomic_write  # noqa: PLC0415

    atomic_write(Path(args.out), render_report(data, options))
    note(f"Wrote {args.out}: {data.stats.cases} case(s) counted, {args.profile} profile, language {args.language}.")
    if args.tables:
        directory = Path(args.tables)
        files = sheets(data.stats, options.disclosure(), args.language,
                       filter_text_lines(data.filters, data.data_date, data.state, args.profile, args.threshold,
                                         args.language))
        if args.force:
            for name, _h, _r in files:
                allow_replacing(args, str(directory / f"{name}.csv"))
            allow_replacing(args, str(directory / "statistics.xlsx"))
        written = write_tables(directory, files)
        note(f"Wrote {len(written)} table file(s) into {directory}.")
    if args.profile == "internal":
        note("Internal profile: exact numbers, small ones included. Do not publish it; use --profile public.")
    return 0


def register(subparsers: argparse._SubParsersAction, command: Command) -> None:
    """Add `report` through cli.build_parser's `command(name, handler, help)`."""
    p = command("report", cmd_report, "write counts across cases (tables, charts, method) as a PDF report")
    p.add_argument("out", metavar="OUT.pdf", help="the PDF to write (an existing one only with --force)")
    p.add_argument("query", nargs="?", default="", metavar="QUERY", help="count only cases matching these words")
    add_filter_arguments(p)
    p.add_argument("--profile", choices=("internal", "public"), default="internal",
                   help="internal: exact numbers (default); public: small numbers hidden, for publication")
    p.add_argument("--threshold", type=int, default=5, metavar="N",
                   help="public profile: counts below N print as 'fewer than N' (default 5, at least 3)")
    p.add_argument("--language", choices=("en", "fr", "zh"), default="en", help="language of the report")
    p.add_argument("--cross", action="append", metavar="UNIT:ROW:COL",
                   help="add a cross-table, e.g. cases:year:host_country or incidents:tactic:year (repeatable)")
    p.add_argument("--tables", metavar="DIR", help="also write every table as CSV and XLSX into DIR")
    p.add_argument("--font", metavar="FILE", help="a TrueType font file to use first")
    add_force_argument(p)
