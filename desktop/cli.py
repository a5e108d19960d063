"""The `casevault` command line. Every failure is one line on stderr and a non-zero exit (2 for an
error, 1 when `verify` finds a problem), never a traceback (set CASEVAULT_DEBUG=1 to see one).

Passphrases come from, in order: --passphrase-file FILE (its first line), --passphrase-fd N (the
first line read from an open file descriptor, e.g. a pipe from a password manager), the environment
variable CASEVAULT_PASSPHRASE, or an interactive prompt. They are never echoed or logged. The
environment variable stays readable in /proc/PID/environ by the same user while the command runs:
prefer a file or a descriptor."""

from __future__ import annotations

import argparse
import getpass
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import sqlcipher3

from db.errors import VaultError
from db.vault import Vault, storage_error

# Modules adding their own sub-commands through register(subparsers); each owns one feature.
COMMAND_MODULES: tuple[str, ...] = ("desktop.cli_search", "desktop.cli_bundle", "desktop.cli_dossier",
                                    "desktop.cli_sql", "desktop.cli_report",
                                    "desktop.cli_tables")

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


def read_secret_fd(fd: int) -> str:
    """The first line read from file descriptor `fd` (which is then closed)."""
    data = b""
    try:
        while b"\n" not in data and len(data) < 65536:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            data += chunk
        os.close(fd)
    except OSError as exc:
        raise CliError(f"cannot read a passphrase from file descriptor {fd}: {exc.strerror or exc}") from None
    try:
        line = data.split(b"\n", 1)[0].rstrip(b"\r").decode("utf-8")
    except UnicodeDecodeError:
        raise CliError(f"file descriptor {fd} did not give UTF-8 text") from None
    if not line:
        raise CliError(f"file descriptor {fd} gave an empty first line")
    return line


def passphrase(args: argparse.Namespace, *, confirm: bool = False, file_attr: str = "passphrase_file",
               env: str = "CASEVAULT_PASSPHRASE", prompt: str = "Vault passphrase: ", new: bool = False) -> str:
    """The passphrase from the option's file or descriptor, the environment, or a prompt (twice
    when confirming). A new one (`confirm` or `new`) that is weak is explained on stderr, and a
    typed one must then be confirmed."""
    file = getattr(args, file_attr, None)
    fd = getattr(args, file_attr.replace("_file", "_fd"), None)
    if file:
        secret = read_secret_file(file)
    elif fd is not None:
        secret = read_secret_fd(fd)
    elif env and os.environ.get(env):
        secret = os.environ[env]
    else:
        if not sys.stdin.isatty():
            raise CliError(f"no passphrase given: use --{file_attr.replace('_', '-')} or set {env}")
        secret = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat it: ") != secret:
            raise CliError("the two passphrases differ; nothing was changed")
        if not secret:
            raise CliError("the passphrase is empty")
        if (confirm or new) and not _strong_enough(secret, ask=True):
            raise CliError("nothing was changed; choose a stronger passphrase")
        return secret
    if confirm or new:
        _strong_enough(secret, ask=False)
    return secret


def _strong_enough(secret: str, *, ask: bool) -> bool:
    """Warn on stderr about a weak new passphrase; with `ask`, whether the user still wants it."""
    from desktop.passphrase import estimate, guess_time  # noqa: PLC0415

    result = estimate(secret)
    if not result.weak:
        return True
    unit, count = guess_time(result.seconds)
    when = {"less_than_a_minute": "less than a minute", "centuries": "centuries"}.get(unit) \
        or f"about {count:,} {unit}{'' if count == 1 else 's'}"
    note(f"Warning: this passphrase is weak: someone who has the file could guess it in {when}"
         + (f" ({result.warning})" if result.warning else "") + ". Six random words "
         "(the app's \"Suggest a passphrase\") would take centuries.")
    if not ask:
        return True
    return input("Use it anyway? [y/N] ").strip().lower() in ("y", "yes")


def allow_replacing(args: argparse.Namespace, out: str) -> None:
    """With --force, an existing OUT may be replaced (never a vault or its journal: db.write_target)."""
    if getattr(args, "force", False):
        from db.write_target import allow_replace  # noqa: PLC0415

        allow_replace(out)


def add_force_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true",
                        help="replace the output file if it exists (never a vault or its journal)")


def open_vault(args: argparse.Namespace) -> Vault:
    return Vault.open(args.vault, passphrase(args))


def add_vault_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("vault", help="vault file")
    parser.add_argument("--passphrase-file", metavar="FILE", help="read the vault passphrase from FILE's first line")
    parser.add_argument("--passphrase-fd", metavar="N", type=int,
                        help="read the vault passphrase from the first line of open file descriptor N")


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
    for name in result.older:
        out(f"  kept as it is here (the file holds an older version): {name}")
    if result.conflicts:
        out(f"  {result.conflicts} conflict(s): changed in the file and here; both kept. "
            f"List them with `casevault conflicts {args.vault}`.")
    return 0


def confirm(question: str, args: argparse.Namespace) -> None:
    """Ask on the terminal before destroying data; `--yes` answers for scripts."""
    if getattr(args, "yes", False):
        return
    if not sys.stdin.isatty():
        raise CliError("this deletes data: confirm on a terminal, or pass --yes")
    answer = input(f"{question} [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        raise CliError("nothing was deleted")


def cmd_delete(args: argparse.Namespace) -> int:
    from db.merge_conflicts import case_contents  # noqa: PLC0415

    with open_vault(args) as vault:
        case = vault.repos.cases.resolve(args.case)
        what = removal_text(case_contents(vault, case.id))
        confirm(f"Delete case {case.reference} ({one_line(case.title)}) and {what}?", args)
        vault.repos.cases.delete(case.id)
    out(f"Deleted case {case.reference} and everything in it.")
    return 0


def removal_text(counts: dict[str, int]) -> str:
    """'3 incidents, 2 exhibits (1.2 MB), ...': what deleting a case removes (db.merge_conflicts.case_contents)."""
    parts = []
    for table, one in (("incidents", "incident"), ("exhibits", "exhibit"), ("sources", "source"), ("roles", "role"),
                       ("interventions", "intervention"), ("interpol_notices", "Interpol notice"),
                       ("extradition_requests", "extradition request"), ("outcomes", "outcome"), ("notes", "note"),
                       ("tasks", "task")):
        n = counts.get(table, 0)
        if n:
            size = f" ({counts['exhibit_bytes'] / 1e6:.1f} MB)" if table == "exhibits" else ""
            parts.append(f"{n} {one if n == 1 else table}{size}")
    return ", ".join(parts) if parts else "nothing else (the case is empty)"


def cmd_export(args: argparse.Namespace) -> int:
    from exporters.interchange import export_json  # noqa: PLC0415

    allow_replacing(args, args.file)
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


def cmd_compact(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        before, after = vault.compact()
    note(f"Compacted: {before / 2**20:.1f} MB before, {after / 2**20:.1f} MB now. Nothing in the vault changed.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from db.verify import verify  # noqa: PLC0415

    secret = passphrase(args)
    with Vault.open(args.vault, secret) as vault:
        report = verify(vault, [a for s in args.against or [] for a in _anchors(vault, s, args, secret)])
        head = vault.repos.audit.head() if report.ok else None
    for line in report.lines():
        out(line)
    if head is not None:
        out(f"Audit chain head: {head[0]}:{head[1]} (keep it elsewhere to check this vault against it later).")
    out("Vault verified: no problem found." if report.ok else "Vault verification FAILED.")
    return 0 if report.ok else 1


def _anchors(vault: Vault, source: str, args: argparse.Namespace, vault_secret: str) -> list:
    """Heads of this vault's chain from --against: a bundle, a backup or SEQ:HASH as typed."""
    from db import anchors  # noqa: PLC0415

    path = Path(source)
    if not path.is_file():
        return [anchors.parse(source)]
    with path.open("rb") as fh:
        magic = fh.read(8)
    if magic == b"CVBUNDLE":
        from exporters.bundle import anchors_in  # noqa: PLC0415

        secret = passphrase(args, file_attr="bundle_passphrase_file", env="CASEVAULT_BUNDLE_PASSPHRASE",
                            prompt="Bundle passphrase: ")
        return anchors_in(vault, path, secret)
    backup_secret = vault_secret if not args.backup_passphrase_file else \
        passphrase(args, file_attr="backup_passphrase_file", env="", prompt="Backup passphrase: ")
    return [anchors.of_backup(path, backup_secret)]


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
    add_force_argument(p)
    command("cases", cmd_cases, "list cases: id, reference, title (tab-separated)")
    command("show", cmd_show, "print one case in full").add_argument("case", metavar="CASE", help="id or reference")
    p = command("delete", cmd_delete, "delete a case and everything in it (asks first on a terminal)")
    p.add_argument("case", metavar="CASE", help="id or reference")
    p.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    command("rekey", cmd_rekey, "change the vault passphrase").add_argument(
        "--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE's first line")
    command("compact", cmd_compact, "rewrite the vault file compactly (after large imports or deletions); "
            "changes no record")
    p = command("verify", cmd_verify, "check encryption, integrity, links, the audit chain and its anchors")
    p.add_argument("--against", action="append", metavar="BACKUP|BUNDLE|SEQ:HASH",
                   help="also check that the history still holds this head of it (repeatable)")
    p.add_argument("--bundle-passphrase-file", metavar="FILE", help="for a bundle given to --against")
    p.add_argument("--backup-passphrase-file", metavar="FILE",
                   help="for a backup given to --against, if it has its own passphrase")
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

