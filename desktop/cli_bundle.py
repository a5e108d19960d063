"""Command-line backups, restores, exchange bundles and merge conflicts (docs/bundle.md):

    casevault backup VAULT OUT [--backup-passphrase-file FILE]
    casevault restore BACKUP VAULT [--force]
    casevault bundle export VAULT OUT.cvb [--cases REF ...] [--for PEER] [--force]
    casevault bundle import VAULT IN.cvb [--on-conflict keep-both|ours|theirs]
    casevault peers VAULT
    casevault conflicts VAULT [--all] [--resolve ID|all --keep ours|theirs [--yes]]

The bundle passphrase comes from --bundle-passphrase-file FILE, CASEVAULT_BUNDLE_PASSPHRASE, or a
prompt (asked twice on export); the vault's passphrase as for every command. A backup keeps the
vault's passphrase unless --backup-passphrase-file (or CASEVAULT_BACKUP_PASSPHRASE) gives another.

Thread rule: command handlers run on the CLI's only thread."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from db.caselist import case_rows
from desktop.cli import (
    CliError,
    Handler,
    add_force_argument,
    add_vault_argument,
    allow_replacing,
    confirm,
    note,
    one_line,
    open_vault,
    out,
    passphrase,
    removal_text,
)

CommandFactory = Callable[[str, Handler, str], argparse.ArgumentParser]
BUNDLE_ENV = "CASEVAULT_BUNDLE_PASSPHRASE"
BACKUP_ENV = "CASEVAULT_BACKUP_PASSPHRASE"


def _bundle_secret(args: argparse.Namespace, confirm: bool) -> str:
    return passphrase(args, confirm=confirm, file_attr="bundle_passphrase_file", env=BUNDLE_ENV,
                      prompt="Bundle passphrase: ")


def cmd_backup(args: argparse.Namespace) -> int:
    import os  # noqa: PLC0415

    from db.backup import backup  # noqa: PLC0415

    own = None
    if args.backup_passphrase_file or os.environ.get(BACKUP_ENV):
        own = passphrase(args, file_attr="backup_passphrase_file", env=BACKUP_ENV, new=True)
    with open_vault(args) as vault:
        report = backup(vault, args.out, own)
    records = sum(v for k, v in report.counts.items() if k not in ("audit", "exhibit_data", "conflicts"))
    out(f"Backup written to {report.path} and verified: {records} record(s), {report.counts.get('audit', 0)} "
        f"audit entries, same audit-chain head.")
    note("The backup opens with " + ("its own passphrase." if own else "the vault's passphrase."))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from db.backup import restore  # noqa: PLC0415

    report = restore(args.backup, passphrase(args, prompt="Backup passphrase: "), args.vault, force=args.force)
    out(f"Restored {args.backup} to {report.path} ({report.counts.get('cases', 0)} case(s)); verify passed. "
        "It opens with the backup's passphrase.")
    return 0


def _case_ids(vault: Any, keys: list[str] | None) -> list[str] | None:
    if not keys:
        return None
    return list(dict.fromkeys(vault.repos.cases.resolve(k).id for k in keys))


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from exporters.bundle import export_bundle  # noqa: PLC0415

    if args.since:
        raise CliError("--since took a date, and laptop clocks are often wrong: use --for PEER to leave out only what "
                       "that peer has already seen (`casevault peers VAULT` lists them)")
    allow_replacing(args, args.out)
    with open_vault(args) as vault:
        case_ids = _case_ids(vault, args.cases)
        secret = _bundle_secret(args, confirm=True)
        summary = export_bundle(vault, args.out, secret, case_ids, args.for_peer)
    out(f"Wrote {args.out}: {summary.cases} case(s), {summary.records} record(s), {summary.exhibits} exhibit(s), "
        f"{summary.tombstones} deletion(s); encrypted, {summary.size:,} bytes.")
    note("Give the bundle passphrase to the other side separately from the file (not on the same stick).")
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from exporters.bundle import import_bundle  # noqa: PLC0415

    with open_vault(args) as vault:
        secret = _bundle_secret(args, confirm=False)
        r = import_bundle(vault, args.file, secret, args.on_conflict)
        open_conflicts = len(_open(vault))
    if r.rolled_back:
        note("Warning: the sender saw history of this vault that it no longer holds: it was rolled back to an older "
             "copy, its history was rewritten, or it is a copy of a vault that went on elsewhere. Run `casevault "
             "verify`; this vault now numbers its changes under a new replica id.")
    if not r.changed:
        out(f"Nothing to merge: this vault already holds everything in {args.file} "
            f"({r.unchanged + r.kept_ours} record(s)).")
        return 0
    out(f"Merged {args.file}: {r.created} created, {r.updated} updated, {r.deleted} deleted, {r.unchanged} "
        f"unchanged, {r.kept_ours} kept as they are here, {r.joined} changed alike on both sides, "
        f"{len(r.conflicts)} conflict(s).")
    for line in r.renamed:
        out(f"  renamed: {line}")
    if r.restored:
        out(f"  {len(r.restored)} record(s) deleted here came back because bundle records need them.")
    if args.on_conflict != "keep-both" and r.conflicts:
        out(f"  conflicts resolved by --on-conflict {args.on_conflict}.")
    elif open_conflicts:
        out(f"  {open_conflicts} open conflict(s): list them with `casevault conflicts {args.vault}`.")
    return 0


def _open(vault: Any) -> list[Any]:
    from db.merge_conflicts import list_conflicts  # noqa: PLC0415

    return list_conflicts(vault)


def cmd_conflicts(args: argparse.Namespace) -> int:
    from db.merge_conflicts import get_conflict, list_conflicts, resolve_conflict  # noqa: PLC0415

    if args.resolve and not args.keep:
        raise CliError("--resolve needs --keep ours or --keep theirs")
    with open_vault(args) as vault:
        if args.resolve:
            ids = [c.id for c in list_conflicts(vault)] if args.resolve == "all" else [args.resolve]
            doomed = [c for c in map(lambda i: get_conflict(vault, i), ids)
                      if c.whole_case and c.deleting_side() == args.keep and c.resolved_at is None]
            for c in doomed:
                row = case_rows(vault, [c.entity_id]).get(c.entity_id)
                confirm(f"Keeping {args.keep} deletes case {row.reference if row else c.entity_id} and "
                        f"{removal_text(c.removal or {})}. Go on?", args)
            for conflict_id in ids:
                resolve_conflict(vault, conflict_id, args.keep)
            out(f"Resolved {len(ids)} conflict(s), keeping {args.keep}.")
            return 0
        conflicts = list_conflicts(vault, include_resolved=args.all)
        rows = case_rows(vault, [c.case_id or c.entity_id for c in conflicts])
        for c in conflicts:
            row = rows.get(c.case_id or c.entity_id)
            where = row.reference if row else ""
            state = c.resolution or f"open, {c.live} live"
            what = ", ".join(c.differing_fields())
            if c.whole_case and c.removal is not None:
                what = f"keeping {c.deleting_side()} deletes {removal_text(c.removal)}"
            out("\t".join(one_line(v) for v in (c.id, c.entity, where, state, what, c.explanation,
                                                 f"theirs by {c.theirs_author} at {c.theirs_at}")))
    if not conflicts:
        note("No open conflicts." if not args.all else "No conflicts.")
    return 0


def cmd_peers(args: argparse.Namespace) -> int:
    from db.versions import peers  # noqa: PLC0415

    with open_vault(args) as vault:
        known = peers(vault)
        mine = vault.versions.replica
    out(f"this vault\t{mine}")
    for p in known:
        out("\t".join(one_line(v) for v in (p.author, p.replica, f"last bundle {p.received_at}",
                                             f"its audit head {p.head_seq}:{p.head_hash}")))
    if not known:
        note("No peers yet: a peer is a vault whose bundle this vault imported.")
    return 0


def register(sub: Any, command: CommandFactory) -> None:
    """Add backup, restore, bundle and conflicts to the `casevault` parser (see desktop.cli)."""
    p = command("backup", cmd_backup, "write a verified, encrypted backup copy of the vault")
    p.add_argument("out", metavar="OUT", help="backup file to create")
    p.add_argument("--backup-passphrase-file", metavar="FILE",
                   help="give the backup its own passphrase (FILE's first line); default: the vault's")

    p = sub.add_parser("restore", help="restore a backup into a new vault file",
                       description="Restore a backup into a new vault file (never over one without --force).")
    p.add_argument("backup", metavar="BACKUP", help="backup file")
    p.add_argument("vault", metavar="VAULT", help="vault file to create")
    p.add_argument("--passphrase-file", metavar="FILE", help="read the backup's passphrase from FILE's first line")
    p.add_argument("--force", action="store_true", help="replace VAULT if it exists (it must be closed)")
    p.set_defaults(handler=cmd_restore)

    bundle = sub.add_parser("bundle", help="exchange cases with another laptop through an encrypted bundle",
                            description="Export or import an encrypted exchange bundle (.cvb).")
    nested = bundle.add_subparsers(dest="bundle_command", required=True, metavar="ACTION")

    def action(name: str, handler: Handler, help_text: str, file_help: str) -> argparse.ArgumentParser:
        q = nested.add_parser(name, help=help_text, description=help_text)
        add_vault_argument(q)
        q.add_argument("file" if name == "import" else "out", metavar=file_help)
        q.add_argument("--bundle-passphrase-file", metavar="FILE",
                       help=f"read the bundle passphrase from FILE's first line (or set {BUNDLE_ENV})")
        q.set_defaults(handler=handler)
        return q

    q = action("export", cmd_bundle_export, "write chosen cases (default: all) to an encrypted bundle", "OUT.cvb")
    q.add_argument("--cases", nargs="+", action="extend", metavar="CASE", help="only these cases (id or reference)")
    q.add_argument("--for", dest="for_peer", metavar="PEER",
                   help="only what PEER (a name or replica id from `casevault peers`) has not seen yet")
    q.add_argument("--since", help=argparse.SUPPRESS)
    add_force_argument(q)
    q = action("import", cmd_bundle_import, "merge an encrypted bundle into the vault", "IN.cvb")
    q.add_argument("--on-conflict", choices=("keep-both", "ours", "theirs"), default="keep-both",
                   help="keep-both (default): store conflicts to resolve later; ours/theirs: resolve them now")

    p = command("conflicts", cmd_conflicts, "list merge conflicts, or resolve them")
    p.add_argument("--all", action="store_true", help="include resolved conflicts")
    p.add_argument("--resolve", metavar="ID", help="resolve this conflict (or 'all' open ones)")
    p.add_argument("--keep", choices=("ours", "theirs"), help="which version --resolve keeps")
    p.add_argument("--yes", action="store_true", help="do not ask before a choice that deletes a whole case")
    command("peers", cmd_peers, "list the vaults whose bundles this vault imported (for bundle export --for)")
