"""The `import-table` and `export-table` sub-commands: sheets in and out (docs/tables.md).

`casevault import-table VAULT FILE --mapping MAP.json [--sheet NAME] [--dry-run]` reads the sheet
first (a file that cannot be read is refused before the vault is opened), then plans the import and
prints every problem by row and column, the values to map, and the persons that may be one person.
--dry-run stops there and writes nothing. A real run refuses a sheet with errors, and a sheet with
possible duplicate persons until --persons merge or --persons separate says what to do with them;
then it writes everything in one transaction. MAP.json may also be the name of a ready mapping
(safeguard_defenders_returns, freedom_house_incidents, casevault_cases, casevault_incidents).
--guess-mapping OUT.json writes a mapping guessed from the sheet's headers, to edit and reuse.

`casevault export-table VAULT OUT.xlsx|OUTDIR [filters] [--profile internal|public]
[--language en|fr|zh]` writes the workbook (or one CSV file per sheet into OUTDIR), for every case
or those the filters (as `search` takes them) select. The files are not encrypted: it says so."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from desktop.cli import CliError, add_force_argument, allow_replacing, note, one_line, open_vault, out
from desktop.cli_search import add_filter_arguments, filters_from

Command = Callable[..., argparse.ArgumentParser]
SHOWN = 200  # problems printed at most (the count says how many more)


def _mapping(text: str):  # noqa: ANN202 - exporters.tables_mapping.Mapping, imported lazily
    from exporters.tables_mapping import READY, load_mapping, ready_mapping  # noqa: PLC0415

    if text in READY and not Path(text).exists():
        return ready_mapping(text)
    return load_mapping(text)


def cmd_import_table(args: argparse.Namespace) -> int:
    from exporters.tables_import import apply_import, plan_import  # noqa: PLC0415
    from exporters.tables_mapping import COUNTRY_FIELDS, guess_mapping, save_mapping  # noqa: PLC0415
    from exporters.tables_read import read_table  # noqa: PLC0415

    table = read_table(args.file, args.sheet)
    if table.encoding:
        note(f"Read {args.file} as {table.encoding} text.")
    if args.guess_mapping:
        allow_replacing(args, args.guess_mapping)
        mapping = guess_mapping(table.headers, Path(args.file).stem)
        save_mapping(mapping, args.guess_mapping)
        key = mapping.key or '(none: set "key")'
        out(f"Wrote {args.guess_mapping}: {len(mapping.columns)} of {len(table.headers)} column(s) recognised; "
            f"key column: {key!r}.")
        for header in table.headers:
            out(f"  {header} -> {mapping.columns.get(header, '(not mapped)')}")
        for field, value in mapping.defaults.items():  # the relations that relatives' headers say
            out(f"  default {field} = {value!r}")
        return 0
    if not args.mapping:
        raise CliError("give --mapping MAP.json (or --guess-mapping OUT.json to write a first one)")
    mapping = _mapping(args.mapping)
    with open_vault(args) as vault:
        plan = plan_import(vault, table, mapping)
        if plan.duplicates and args.persons == "merge":
            plan = plan_import(vault, table, mapping, merge=set(range(len(plan.duplicates))))
        for problem in plan.problems[:SHOWN]:
            out(("error: " if problem.error else "warning: ") + one_line(str(problem)))
        if len(plan.problems) > SHOWN:
            out(f"... and {len(plan.problems) - SHOWN} more problem(s)")
        for u in plan.unmatched:
            rows = ", ".join(map(str, u.rows[:10])) + (" ..." if len(u.rows) > 10 else "")
            where = "countries" if u.field in COUNTRY_FIELDS else f"values\" → \"{u.field}"
            out(f"unmatched {u.field}: {one_line(u.value)!r} (row {rows}): map it once in the mapping's \"{where}\"")
        for n, d in enumerate(plan.duplicates, 1):
            also = f"; already in the vault: {len(d.existing)} person(s)" if d.existing else ""
            out(f"possible duplicate {n}: {' / '.join(one_line(x) for x in d.names)} (rows "
                f"{', '.join(map(str, d.rows))}){also}")
        out(plan.summary())
        if args.dry_run:
            note("Dry run: nothing was written.")
            return 0 if plan.ok else 1
        if not plan.ok:
            raise CliError(f"{len(plan.errors)} error(s) in the sheet; nothing was imported. Fix them (or map the "
                           "values) and run again; --dry-run lists them without opening a write")
        if plan.duplicates and args.persons is None:
            raise CliError("the sheet names persons who may be one person (listed above); nothing was imported. "
                           "Run again with --persons merge or --persons separate")
        result = apply_import(vault, plan)
    out(f"Imported {result.cases} case(s): {result.written} record(s) created or changed"
        + (f", {result.merged_persons} person(s) merged" if result.merged_persons else "") + ".")
    if result.conflicts:
        out(f"  {result.conflicts} conflict(s) kept for you to decide: `casevault conflicts {args.vault}`.")
    return 0


def cmd_export_table(args: argparse.Namespace) -> int:
    from db.search import matching_case_ids  # noqa: PLC0415
    from exporters.tables_export import export_tables  # noqa: PLC0415

    target = Path(args.out)
    if target.suffix.lower() == ".xlsx":
        allow_replacing(args, args.out)
    elif target.suffix:
        raise CliError(f"{args.out}: give a .xlsx file, or a folder for CSV files")
    filters = filters_from(args)
    with open_vault(args) as vault:
        if args.case:
            case_ids: list[str] | None = [vault.repos.cases.resolve(k).id for k in args.case]
        else:
            case_ids = matching_case_ids(vault, "", filters)
        result = export_tables(vault, target, case_ids, profile=args.profile, language=args.language)
    counts = ", ".join(f"{n} {sheet}" for sheet, n in result.counts.items())
    note(f"Wrote {', '.join(str(p) for p in result.paths)} ({counts}).")
    if args.profile == "public":
        note(f"Public profile: {result.pseudonymised} person(s) written as a pseudonym, {result.withheld} exhibit(s) "
             "listed by number, type and hash only.")
    note("These files are NOT encrypted: keep them on an encrypted disk or delete them after use.")
    return 0


def register(subparsers: argparse._SubParsersAction, command: Command) -> None:
    """Add `import-table` and `export-table` through cli.build_parser's `command(name, handler, help)`."""
    p = command("import-table", cmd_import_table, "import cases from a CSV or XLSX sheet through a column mapping")
    p.add_argument("file", metavar="FILE", help="the sheet: .csv or .xlsx")
    p.add_argument("--mapping", metavar="MAP.json", help="the column mapping (a file, or a ready mapping's name)")
    p.add_argument("--sheet", metavar="NAME", help="the workbook's sheet to read (default: the first)")
    p.add_argument("--dry-run", action="store_true", help="report every problem and what would change; write nothing")
    p.add_argument("--persons", choices=("merge", "separate"),
                   help="what to do with persons the sheet may name twice (spellings, scripts)")
    p.add_argument("--guess-mapping", metavar="OUT.json", help="write a mapping guessed from the headers, and stop")
    add_force_argument(p)
    p = command("export-table", cmd_export_table, "export cases as an XLSX workbook or CSV files (unencrypted)")
    p.add_argument("out", metavar="OUT.xlsx|OUTDIR")
    p.add_argument("--profile", choices=("internal", "public"), default="internal",
                   help="public: the public dossier's redaction (default: internal, everything)")
    p.add_argument("--language", choices=("en", "fr", "zh"), default="en", help="language of the labels")
    p.add_argument("--case", action="append", help="only this case (id or reference); repeatable")
    add_filter_arguments(p)
    add_force_argument(p)
