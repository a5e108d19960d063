"""Operations behind backups, exchange bundles and merge conflicts (docs/bundle.md): the app's way
to db.backup, exporters.bundle and db.merge_conflicts.

Passphrases given here are captured by the task only until it has run; nothing keeps them.

Thread rule: as desktop.operations: build and run on the GUI thread, the work runs on the database
thread. Each of these is one transaction (or, for a backup, a read of a consistent snapshot)."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from db import caselist
from db.caselist import CaseQuery
from db.models import Record
from db.references import links
from db.vault import Vault
from desktop.operations import Changed, Op

if TYPE_CHECKING:
    from db.backup import BackupReport
    from db.merge import MergeReport
    from db.merge_conflicts import Conflict
    from db.versions import Peer
    from desktop.session import Session
    from exporters.bundle import BundleSummary

FlushTask = Callable[[Vault], object]


# -- backups ----------------------------------------------------------------------------------------

def backup_vault(session: Session, destination: str | os.PathLike[str], passphrase: str | None) -> Op[BackupReport]:
    """Write a verified, encrypted copy of the vault to `destination` (which must not exist), under
    its own `passphrase` or, with None, the vault's."""
    from db.backup import backup  # noqa: PLC0415

    target = Path(destination)
    return Op(session, lambda v: backup(v, target, passphrase))


@dataclass
class AutoBackup:
    report: BackupReport | None
    problems: list[str] = field(default_factory=list)  # unsaved edits the vault refused


def compact_vault(session: Session) -> Op[tuple[int, int]]:
    """Rewrite the vault's file compactly (db.vault.Vault.compact): its size before and after."""
    return Op(session, lambda v: v.compact())


def auto_backup(session: Session, folder: str | os.PathLike[str], keep: int,
                flush: Sequence[FlushTask] = ()) -> Op[AutoBackup]:
    """On close: save pending edits (`flush`, as at a lock), then write a dated backup under the
    vault's passphrase into `folder`, keeping the newest `keep` backups of this vault there."""
    from db.backup import rotate_backups  # noqa: PLC0415
    from db.errors import VaultError  # noqa: PLC0415

    target = Path(folder)

    def run(vault: Vault) -> AutoBackup:
        problems = []
        for write in flush:
            try:
                write(vault)
            except VaultError as exc:
                problems.append(str(exc))
        return AutoBackup(rotate_backups(vault, target, keep), problems)

    return Op(session, run)


# -- exchange bundles ------------------------------------------------------------------------------

@dataclass
class CaseChoice:
    id: str
    reference: str
    title: str


def case_choices(session: Session) -> Op[list[CaseChoice]]:
    """Every case (reference order) to pick from for a bundle."""
    def run(vault: Vault) -> list[CaseChoice]:
        ids = caselist.case_ids(vault, CaseQuery())
        rows = caselist.case_rows(vault, ids)
        return [CaseChoice(i, rows[i].reference, rows[i].title) for i in ids if i in rows]

    return Op(session, run)


def peer_choices(session: Session) -> Op[list[Peer]]:
    """The vaults whose bundles this one imported, newest first (to make a bundle "for" one)."""
    from db.versions import peers  # noqa: PLC0415

    return Op(session, peers)


def export_bundle(session: Session, destination: str | os.PathLike[str], passphrase: str,
                  case_ids: Sequence[str] | None = None, for_peer: str | None = None) -> Op[BundleSummary]:
    """Write an encrypted exchange bundle of `case_ids` (None: all cases, persons, organisations
    and deletions), optionally only what the peer `for_peer` (a replica id) has not seen yet."""
    from exporters.bundle import export_bundle as write  # noqa: PLC0415

    target = Path(destination)
    ids = list(case_ids) if case_ids is not None else None
    return Op(session, lambda v, report: write(v, target, passphrase, ids, for_peer, progress=report),
              reports_stages=True)


@dataclass
class ImportResult:
    report: MergeReport
    open_conflicts: int  # all open conflicts of the vault after the import, not only new ones


def import_bundle(session: Session, source: str | os.PathLike[str], passphrase: str) -> Op[ImportResult]:
    """Decrypt, check and merge a bundle in one transaction, keeping both versions of conflicts."""
    from db.merge_conflicts import list_conflicts  # noqa: PLC0415
    from exporters.bundle import import_bundle as merge  # noqa: PLC0415

    path = Path(source)

    def run(vault: Vault, progress: Callable[[str], None], check: Callable[[], None]) -> Changed[ImportResult]:
        report = merge(vault, path, passphrase, "keep-both", progress=progress, safe_point=check)
        return Changed(ImportResult(report, len(list_conflicts(vault))), None)  # nothing of it can be undone

    return Op(session, run, reports_stages=True, safe_points=True)  # type: ignore[arg-type]


# -- conflicts ---------------------------------------------------------------------------------------

@dataclass
class ConflictRow:
    """One open conflict and the names the view needs to describe it."""

    conflict: Conflict
    case_reference: str
    names: dict[str, str]  # person and organisation ids the records mention -> names

    @property
    def id(self) -> str:  # tables select rows by id
        return self.conflict.id

    @property
    def record(self) -> Record | None:
        return self.conflict.ours or self.conflict.theirs


def _names(vault: Vault, records: Sequence[Record | None]) -> dict[str, str]:
    wanted: set[str] = set()
    for record in records:
        if record is None:
            continue
        if getattr(record, "person_id", None):
            wanted.add(record.person_id)  # type: ignore[attr-defined]
        found = links(record)
        wanted.update(found.persons + found.organisations)
    persons = vault.repos.persons.get_many(sorted(wanted))
    orgs = vault.repos.organisations.get_many(sorted(wanted - set(persons)))
    out = {i: p.display_name() for i, p in persons.items()}
    out.update({i: o.name or o.name_original for i, o in orgs.items()})
    return out


def open_conflicts(session: Session) -> Op[list[ConflictRow]]:
    """The vault's open conflicts, oldest first, with their case references and the names of the
    persons and organisations their two versions mention."""
    from db.merge_conflicts import list_conflicts  # noqa: PLC0415

    def run(vault: Vault) -> list[ConflictRow]:
        conflicts = list_conflicts(vault)
        case_ids = sorted({c.case_id or (c.entity_id if c.entity == "case" else "") for c in conflicts} - {""})
        cases = vault.repos.cases.get_many(case_ids)
        rows = []
        for c in conflicts:
            case = cases.get(c.case_id or (c.entity_id if c.entity == "case" else ""))
            rows.append(ConflictRow(c, case.reference if case else "", _names(vault, [c.ours, c.theirs])))
        return rows

    return Op(session, run)


def resolve_conflict(session: Session, conflict_id: str, keep: str) -> Op[Conflict]:
    """Keep "ours" (this vault's version) or "theirs" (the bundle's) of one conflicting record."""
    from db.merge_conflicts import resolve_conflict as resolve  # noqa: PLC0415

    return Op(session, lambda v: Changed(resolve(v, conflict_id, keep), None))  # type: ignore[arg-type]
