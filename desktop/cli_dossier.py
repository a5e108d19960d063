"""The `dossier` sub-command (issue 5): write the PDF dossier of one case.

    casevault dossier VAULT CASE_ID_OR_REFERENCE OUT.pdf [--profile legal|public] [--purpose TEXT]
                      [--password-file FILE] [--font FILE] [--include-tasks] [--paper A4|letter]
                      [--confirm-exhibit E-N ...] [--force]

The PDF is the only thing written; it appears complete or not at all. An existing OUT.pdf is
replaced only with --force, and then only by a finished dossier; a vault never is. Without
--password-file the PDF is not encrypted, and the command says so. It also says what the redaction
did, in counts only: the names of the persons it pseudonymised are not printed to the terminal.
Messages go to stderr, as everywhere in the CLI."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from desktop.cli import add_force_argument, allow_replacing, note, open_vault, read_secret_file

Command = Callable[..., argparse.ArgumentParser]


def cmd_dossier(args: argparse.Namespace) -> int:
    from exporters.pdf import DossierOptions, export_case_dossier  # noqa: PLC0415 - ReportLab is slow to import

    password = read_secret_file(args.password_file) if args.password_file else None
    options = DossierOptions(profile=args.profile, purpose=args.purpose or "", include_tasks=args.include_tasks,
                             font_file=Path(args.font) if args.font else None, paper=args.paper, password=password)
    allow_replacing(args, args.out)
    with open_vault(args) as vault:
        if args.confirm_exhibit:
            options = replace(options, confirmed_exhibits=_exhibit_ids(vault, args.case, args.confirm_exhibit))
        dossier = export_case_dossier(vault, args.case, Path(args.out), options)
    note(f"Wrote {args.out}: {dossier.pages} pages, {args.profile} profile.")
    if dossier.summary is not None:
        s = dossier.summary
        note(f"Redaction: {len(s.persons)} person(s) replaced by pseudonyms, {s.mentions} mention(s) of their names "
             f"replaced, {len(s.withheld)} exhibit(s) withheld.")
    for line in dossier.notes:
        note(line)
    if password is None:
        note("This PDF is NOT encrypted: keep it on an encrypted disk, or use --password-file.")
    else:
        note("The PDF is encrypted with AES-256. Whoever has the password can print, copy or forward "
             "its content; send the password by another channel than the file.")
    return 0


def _exhibit_ids(vault: object, case: str, labels: list[str]) -> frozenset[str]:
    """The ids of the exhibits named E-N (or N) in case `case`; VaultError for one that is not there."""
    from db.errors import VaultError  # noqa: PLC0415

    repos = vault.repos  # type: ignore[attr-defined]
    by_number = {e.number: e.id for e in repos.exhibits.for_case(repos.cases.resolve(case).id)}
    ids = set()
    for label in labels:
        number = label.upper().removeprefix("E-").strip()
        if not number.isdigit() or int(number) not in by_number:
            raise VaultError(f"The case has no exhibit {label}.")
        ids.add(by_number[int(number)])
    return frozenset(ids)


def register(subparsers: argparse._SubParsersAction, command: Command) -> None:
    """Add `dossier` through cli.build_parser's `command(name, handler, help)`."""
    p = command("dossier", cmd_dossier, "write the PDF dossier of one case (cover, contents, persons, "
                                        "chronology, exhibits, sources, interventions)")
    p.add_argument("case", metavar="CASE_ID_OR_REFERENCE", help="the case's id or reference")
    p.add_argument("out", metavar="OUT.pdf", help="the PDF to write (an existing one only with --force)")
    p.add_argument("--profile", choices=("legal", "public"), default="legal",
                   help="legal: name persons who consented to authorities (default); public: only those who "
                        "consented to publication, others as 'Person A', no contact details or exact addresses")
    p.add_argument("--purpose", metavar="TEXT", help="the purpose line on the cover, e.g. 'For the asylum claim'")
    p.add_argument("--password-file", metavar="FILE",
                   help="encrypt the PDF (AES-256) with the password on FILE's first line")
    p.add_argument("--font", metavar="FILE", help="a TrueType font file to use first (e.g. for Chinese)")
    p.add_argument("--include-tasks", action="store_true", help="add the case's open tasks")
    p.add_argument("--paper", choices=("A4", "letter"), default="A4", help="paper size (default A4)")
    add_force_argument(p)
    p.add_argument("--confirm-exhibit", metavar="E-N", action="append", default=[],
                   help="reproduce this image although who appears in it is not recorded: you checked that it "
                        "shows nobody who may not be named in this profile (repeat for several)")
