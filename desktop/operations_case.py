"""Operations behind the case list and the case view: listing, loading one case, people, exhibits,
organisations. The dossier export has its own module, desktop.operations_dossier.

Thread rule: as desktop.operations: build and run on the GUI thread, the work runs on the database
thread. Exhibit bytes cross to the GUI thread only in memory, to be shown from a buffer."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from db import caselist
from db.audit import AuditEntry
from db.caselist import CaseQuery, CaseRow, FilterChoices
from db.changes import Step, change_set
from db.errors import StorageError, ValidationError
from db.models import CaseFile, Exhibit, Organisation, Person, Role
from db.vault import Vault
from desktop.operations import Changed, Op

if TYPE_CHECKING:
    from desktop.session import Session


MAX_EXHIBIT_BYTES = 512 * 1024 * 1024  # a larger file is refused with a message, before it is read
HISTORY_LIMIT = 1000


@dataclass
class CaseBundle:
    """What the case view shows: the case file, its audit history (newest first), every
    organisation in the vault (to pick incident actors from), and which record each merge conflict
    of the case was about (conflict id -> record id, to describe the choices in the history), and
    the last change to anything in the case (db.last_change)."""

    file: CaseFile
    history: list[AuditEntry]
    organisations: list[Organisation]
    conflicts: dict[str, str] = field(default_factory=dict)
    changed_at: str = ""


# -- the case list --------------------------------------------------------------------------------

def case_ids(session: Session, query: CaseQuery) -> Op[list[str]]:
    """Ids of matching cases, sorted and filtered in SQL (see db.caselist)."""
    return Op(session, lambda v: caselist.case_ids(v, query))


def case_rows(session: Session, ids: Sequence[str]) -> Op[dict[str, CaseRow]]:
    """The list columns of one page of cases."""
    ids = list(ids)
    return Op(session, lambda v: caselist.case_rows(v, ids))


def filter_choices(session: Session) -> Op[FilterChoices]:
    return Op(session, caselist.filter_choices)


# -- one case ---------------------------------------------------------------------------------------

def next_reference(session: Session, year: int) -> Op[str]:
    """A free reference to offer for a new case (db.repositories.CaseRepository.next_reference)."""
    return Op(session, lambda v: v.repos.cases.next_reference(year))


def _bundle(vault: Vault, case_id: str) -> CaseBundle:
    from db.merge_conflicts import list_conflicts  # noqa: PLC0415

    organisations = list(vault.repos.organisations.all())
    organisations.sort(key=lambda o: (o.name.casefold(), o.name_original))
    history = vault.repos.audit.entries(case_id=case_id, limit=HISTORY_LIMIT)
    conflicts = {c.id: c.entity_id for c in list_conflicts(vault, include_resolved=True, case_id=case_id)}
    # A choice about the case record itself is audited without a case id: add those entries.
    shown = {e.entity_id for e in history if e.entity == "conflict"}
    extra = [e for cid, record_id in conflicts.items() if record_id == case_id and cid not in shown
             for e in vault.repos.audit.entries(entity_id=cid)]
    if extra:
        history = sorted(history + extra, key=lambda e: e.seq, reverse=True)[:HISTORY_LIMIT]
    return CaseBundle(vault.repos.load_case_file(case_id), history, organisations, conflicts,
                      caselist.last_change(vault, case_id))


def load_case(session: Session, case_id: str) -> Op[CaseBundle]:
    """Everything the case view shows about one case. Fails with NotFoundError if it is gone."""
    return Op(session, lambda v: _bundle(v, case_id))


def find_persons(session: Session, text: str) -> Op[list[Person]]:
    """Existing persons matching `text`, to link one to a case."""
    return Op(session, lambda v: caselist.find_persons(v, text))


def _remove_role(vault: Vault, role: Role) -> Changed[bool]:
    """Delete a role, and the person too when nothing else refers to them. True if the person went."""
    repos = vault.repos
    with vault.write():
        person = repos.persons.get(role.person_id)
        repos.roles.delete(role.id)
        orphan = caselist.person_use_count(vault, person.id) == 0
        if orphan:
            repos.persons.delete(person.id)
    steps: list[Step] = [("role", role, None)] + ([("person", person, None)] if orphan else [])
    return Changed(orphan, change_set(vault, steps))


def remove_from_case(session: Session, role: Role) -> Op[bool]:
    """Take a person out of a case (their role); a person left in no case is deleted too."""
    return Op(session, lambda v: _remove_role(v, role))  # type: ignore[arg-type,return-value]


# -- exhibits ---------------------------------------------------------------------------------------

def _add_files(vault: Vault, case_id: str, paths: Sequence[Path]) -> Changed[list[Exhibit]]:
    for path in paths:
        try:
            size = os.path.getsize(path)
        except OSError as exc:
            raise StorageError(f"{path.name} cannot be read ({exc.strerror or exc}); nothing was added.") from None
        if size > MAX_EXHIBIT_BYTES:
            raise ValidationError("file", f"{path.name} is larger than {MAX_EXHIBIT_BYTES // 2**20} MB; "
                                          "nothing was added")
    added: list[Exhibit] = []
    with vault.write():
        for path in paths:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise StorageError(f"{path.name} cannot be read ({exc.strerror or exc}); nothing was added.") from None
            added.append(vault.repos.exhibits.add_file(case_id, data, path.name))
    return Changed(added, change_set(vault, [("exhibit", None, e) for e in added]))


def add_exhibit_files(session: Session, case_id: str, paths: Sequence[str | os.PathLike[str]]) -> Op[list[Exhibit]]:
    """Store files (chosen in a dialog or dropped) inside the vault as the case's next exhibits,
    all or none. The originals are left where they are; the SHA-256 is computed at intake."""
    files = [Path(p) for p in paths]
    return Op(session, lambda v: _add_files(v, case_id, files))  # type: ignore[arg-type,return-value]


def exhibit_data(session: Session, exhibit_id: str) -> Op[bytes]:
    """The decrypted bytes of an exhibit, in memory only, for the viewer."""
    return Op(session, lambda v: v.repos.exhibits.read_data(exhibit_id))


def _save_copy(vault: Vault, exhibit_id: str, destination: Path) -> Path:
    from exporters.atomic import atomic_write  # noqa: PLC0415

    atomic_write(destination, vault.repos.exhibits.read_data(exhibit_id))
    return destination


def save_exhibit_copy(session: Session, exhibit_id: str, destination: str | os.PathLike[str]) -> Op[Path]:
    """Write an UNENCRYPTED copy of an exhibit where the user asked (after the UI warned them)."""
    target = Path(destination)
    return Op(session, lambda v: _save_copy(v, exhibit_id, target))


# -- organisations -----------------------------------------------------------------------------------

def list_organisations(session: Session) -> Op[list[Organisation]]:
    def run(vault: Vault) -> list[Organisation]:
        return sorted(vault.repos.organisations.all(), key=lambda o: (o.name.casefold(), o.name_original))

    return Op(session, run)

