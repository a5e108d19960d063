"""The `dossier` sub-command (issue 5): write the PDF dossier of one case.

    casevault dossier VAULT CASE_ID_OR_REFERENCE OUT.pdf [--profile legal|public] [--purpose TEXT]
                      [--password-file FILE] [--font FILE] [--include-tasks] [--paper A4|letter]
                      [--confirm-exhibit E-N ...] [--force] [--forum generic|irb|ccf|un|police]
                      [--language en|fr|es|zh_CN|zh_TW] [--prepared-by TEXT] [--no-pdfa] [--embed-originals]
                      [--request access|correction|deletion] [--attachment KEY ...] [--hearing-date YYYY-MM-DD]

--forum makes a filing package (exporters/pdf/forums.py); unencrypted PDFs are PDF/A-2b unless
--no-pdfa (PDF/A-3b with --embed-originals).

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
    from datetime import date  # noqa: PLC0415

    from db.errors import VaultError  # noqa: PLC0415

    try:
        hearing = date.fromisoformat(args.hearing_date) if args.hearing_date else None
    except ValueError:
        raise VaultError(f"--hearing-date {args.hearing_date!r} is not a date such as 2027-01-31.") from None
    options = DossierOptions(profile=args.profile, purpose=args.purpose or "", include_tasks=args.include_tasks,
                             font_file=Path(args.font) if args.font else None, paper=args.paper, password=password,
                             forum=args.forum, language=args.language, prepared_by=args.prepared_by or "",
                             pdfa=not args.no_pdfa, embed_originals=args.embed_originals, request=args.request or "",
                             attachments=frozenset(args.attachment), hearing_date=hearing, reply=args.reply)
    allow_replacing(args, args.out)
    with open_vault(args) as vault:
        if args.confirm_exhibit:
            options = replace(options, confirmed_exhibits=_exhibit_ids(vault, args.case, args.confirm_exhibit))
        dossier = export_case_dossier(vault, args.case, Path(args.out), options)
    kind = "" if args.forum == "generic" else f"{args.forum.upper() if args.forum != 'police' else 'police'} package, "
    note(f"Wrote {args.out}: {kind}{dossier.pages} pages, {args.profile} profile.")
    if dossier.pdfa:
        note("It is an archival PDF (PDF/A" + ("-3b, with the original exhibit files attached)." if
                                              args.embed_originals and args.profile != "public" else "-2b)."))
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
    p.add_argument("--forum", choices=("generic", "irb", "ccf", "un", "police"), default="generic",
                   help="generic: the case dossier (default); irb: IRB disclosure package (Letter, 12 pt, index "
                        "with page ranges, file number on every page, translator's declarations, proof of "
                        "service); ccf: Interpol CCF request; un: UN Special Procedures communication; police: "
                        "complaint with a one-page summary first")
    p.add_argument("--language", choices=("en", "fr", "es", "zh_CN", "zh_TW"), default="en",
                   help="the dossier's language (default en; Spanish for the CCF and the UN; Chinese for internal "
                        "use)")
    p.add_argument("--prepared-by", metavar="TEXT", help="who prepared it (name, organisation), on the cover")
    p.add_argument("--no-pdfa", action="store_true", help="an ordinary PDF instead of PDF/A-2b")
    p.add_argument("--embed-originals", action="store_true",
                   help="attach the original exhibit files with their SHA-256 (PDF/A-3b)")
    p.add_argument("--request", choices=("access", "correction", "deletion"),
                   help="ccf: what the request asks (default: the case's CCF request, else deletion)")
    p.add_argument("--attachment", action="append", default=[],
                   choices=("power_of_attorney", "identity_document", "refugee_decision"),
                   help="ccf: an attachment you have, ticked in the checklist (repeat for several)")
    p.add_argument("--hearing-date", metavar="YYYY-MM-DD", help="irb: warn when disclosure would be late")
    p.add_argument("--reply", action="store_true", help="irb: a reply to the Minister's documents (5 days)")
    p.add_argument("--confirm-exhibit", metavar="E-N", action="append", default=[],
                   help="reproduce this image or PDF although who appears in it is not recorded: you checked that it "
                        "shows nobody who may not be named in this profile (repeat for several)")
