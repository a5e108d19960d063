"""The `casevault` command line. Every failure is one line on stderr and a non-zero exit (2 for an
error, 1 when `verify` finds a problem), never a traceback (set CASEVAULT_DEBUG=1 to see one).

Passphrases come from, in order: --passphrase-file FILE (its first line), the environment
variable CASEVAULT_PASSPHRASE, or an interactive prompt. They are never echoed or logged."""

from __future__ import annotations

import argparse
import getpass
import importlib
import os
import sys
from collections.abc import Callable, Sequence

import sqlcipher3

from db.errors import VaultError
from db.vault import Vault, storage_error

# Modules adding their own sub-commands through register(subparsers); each owns one feature.
COMMAND_MODULES: tuple[str, ...] = ("desktop.cli_search", "desktop.cli_bundle", "desktop.cli_dossier",
                                    "desktop.cli_sql")

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A usage problem reported as one line."""


def read_secret_file(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            line = fh.readline().rstrip("\r\n")
    except OSError as exc:
        raise CliError(f"cannot read passphrase file {path}: {exc.strerror or exc}") from None
    if not line:
        raise CliError(f"passphrase file {path} has an empty first line")
    return line


def passphrase(args: argparse.Namespace, *, confirm: bool = False, file_attr: str = "passphrase_file",
               env: str = "CASEVAULT_PASSPHRASE", prompt: str = "Vault passphrase: ") -> str:
    """The passphrase from the option's file, the environment, or a prompt (twice when confirming)."""
    file = getattr(args, file_attr, None)
    if file:
        return read_secret_file(file)
    if env and os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise CliError(f"no passphrase given: use --{file_attr.replace('_', '-')} or set {env}")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != first:
        raise CliError("the two passphrases differ; nothing was changed")
    if not first:
        raise CliError("the passphrase is empty")
    return first


def open_vault(args: argparse.Namespace) -> Vault:
    return Vault.open(args.vault, passphrase(args))


def add_vault_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("vault", help="vault file")
    parser.add_argument("--passphrase-file", metavar="FILE", help="read the vault passphrase from FILE's first line")


def out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def note(line: str) -> None:
    sys.stderr.write(line + "\n")


# -- commands ------------------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    secret = passphrase(args, confirm=True)
    Vault.create(args.vault, secret, author=args.author).close()
    note(f"Created {args.vault}. Keep the passphrase safe: it cannot be recovered, and without it "
         "the vault cannot be opened.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.demo import build_demo  # noqa: PLC0415

    secret = passphrase(args, confirm=True)
    vault = Vault.create(args.vault, secret, author="demo")
    try:
        build_demo(vault)
        out(f"Demo vault written to {args.vault} ({vault.repos.cases.count()} fictional cases).")
    finally:
        vault.close()
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from exporters.interchange import import_json  # noqa: PLC0415

    with open_vault(args) as vault:
        result = import_json(vault, args.file)
    out(f"Imported {result.cases} case(s), {result.persons} person(s), {result.organisations} organisation(s); "
        f"{result.written} record(s) created or changed.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from exporters.interchange import export_json  # noqa: PLC0415

    with open_vault(args) as vault:
        case_ids = [vault.repos.cases.resolve(k).id for k in args.case] if args.case else None
        export_json(vault, args.file, case_ids)
    note(f"Wrote {args.file}. This file is NOT encrypted: keep it on an encrypted disk or delete it after use.")
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    from db.caselist import CaseQuery, case_ids, case_rows  # noqa: PLC0415

    with open_vault(args) as vault:
        ids = case_ids(vault, CaseQuery(sort="reference"))
        rows = case_rows(vault, ids)
        for case_id in ids:
            row = rows[case_id]
            out("\t".join(one_line(v) for v in (row.id, row.reference, row.title)))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from exporters.text import case_file_text  # noqa: PLC0415

    with open_vault(args) as vault:
        case = vault.repos.cases.resolve(args.case)
        sys.stdout.write(case_file_text(vault.repos.load_case_file(case.id)))
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        new = passphrase(args, confirm=True, file_attr="new_passphrase_file", env="",
                         prompt="New passphrase: ")
        vault.rekey(new)
    finally:
        vault.close()
    note("Passphrase changed. The old passphrase no longer opens this vault (older backups keep theirs).")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from db.verify import verify  # noqa: PLC0415

    with open_vault(args) as vault:
        report = verify(vault)
    for line in report.lines():
        out(line)
    out("Vault verified: no problem found." if report.ok else "Vault verification FAILED.")
    return 0 if report.ok else 1


def one_line(value: object) -> str:
    return " ".join(str(value).split())


class _VersionAction(argparse.Action):
    """--version: the version and build line (commit, date, bundle manifest SHA-256), read when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="print the version and build (to compare with the published SHA256SUMS)")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from desktop.build_info import current  # noqa: PLC0415

        out(current().line())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="casevault", description="Offline, encrypted case manager.")
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        add_vault_argument(p)
        p.set_defaults(handler=handler)
        return p

    command("init", cmd_init, "create a new, empty vault").add_argument("--author", help="name recorded in the audit")
    command("demo", cmd_demo, "create a vault filled with fictional demo cases")
    command("import", cmd_import, "import an interchange JSON file").add_argument("file", metavar="IN.json")
    p = command("export", cmd_export, "export the vault (or some cases) as interchange JSON (unencrypted)")
    p.add_argument("file", metavar="OUT.json")
    p.add_argument("--case", action="append", help="only this case (id or reference); repeatable")
    command("cases", cmd_cases, "list cases: id, reference, title (tab-separated)")
    command("show", cmd_show, "print one case in full").add_argument("case", metavar="CASE", help="id or reference")
    command("rekey", cmd_rekey, "change the vault passphrase").add_argument(
        "--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE's first line")
    command("verify", cmd_verify, "check encryption, integrity, links and the audit chain")
    for module in COMMAND_MODULES:
        importlib.import_module(module).register(sub, command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from desktop.hardening import harden_process  # noqa: PLC0415

    harden_process()
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except (VaultError, CliError) as exc:
        note(f"casevault: {exc}")
        return 2
    except sqlcipher3.DatabaseError as exc:  # a read failed: damage, or the disk went away
        note(f"casevault: {storage_error(exc)}")
        return 2
    except KeyboardInterrupt:
        note("casevault: interrupted; nothing was changed by the unfinished step.")
        return 130
    except Exception as exc:  # noqa: BLE001 - the contract is one line, no traceback
        if os.environ.get("CASEVAULT_DEBUG"):
            raise
        # The message of an unexpected error may quote case data; print only its type.
        note(f"casevault: unexpected {type(exc).__name__}; run with CASEVAULT_DEBUG=1 for details.")
        return 2


if __name__ == "__main__":
    # Run the module under its package name: sub-command modules import CliError from desktop.cli,
    # and `python -m desktop.cli` would otherwise have two CliError classes.
    from desktop import cli as _cli

    sys.exit(_cli.main())

