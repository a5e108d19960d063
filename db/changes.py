"""The user's own last change, and taking it back (Edit ▸ Undo).

A ChangeSet records what one local write did to each record: its content before (None: the write
created it) and after (None: the write deleted it), and the head of the audit chain right after.
It can be undone only while it is still the vault's last change: an import, a merge, a resolved
conflict or any other write moves the head, and undo is then refused, so undo can never take back
what came from another vault. Undoing writes each record's old content as a new local version
(never a rewind), so it reaches other vaults like any edit and wins over what it replaces there.

Thread rule: call on the thread that opened the vault."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.errors import VaultError
from db.models import Record

if TYPE_CHECKING:
    from db.vault import Vault

Step = tuple[str, Record | None, Record | None]  # (entity, before, after)


@dataclass
class ChangeSet:
    """What one local write did. `action` (create, update, delete) and `entity` name it for menus."""

    action: str
    entity: str
    count: int
    case_id: str | None
    steps: list[Step]
    head: int  # audit entry number the change left as the chain's head


def change_set(vault: Vault, steps: Sequence[Step]) -> ChangeSet:
    """Describe `steps`, just written, as the vault's last change."""
    first = next((b or a for _, b, a in steps), None)
    kinds = {("create" if b is None else "delete" if a is None else "update") for _, b, a in steps}
    action = kinds.pop() if len(kinds) == 1 else "update"
    case_id = getattr(first, "case_id", None) or (first.id if first is not None and first.entity == "case" else None)
    return ChangeSet(action, first.entity if first else "", len(steps), case_id, list(steps),
                     vault.repos.audit.head()[0])


def write_records(vault: Vault, records: Sequence[Record]) -> ChangeSet:
    """Insert new records and update existing ones in one transaction."""
    steps: list[Step] = []
    with vault.write():
        for record in records:
            repo = vault.repos.by_entity()[record.entity]
            before = repo.find(record.id)
            if before is None:
                repo.add(record)
            else:
                repo.update(record)
            steps.append((record.entity, before, record))
    return change_set(vault, steps)


# Deleting these takes nothing else with it, so putting the record back undoes the delete.
_ALONE = {"note", "task", "intervention", "incident", "role", "organisation", "person", "outcome"}


def delete_records(vault: Vault, records: Sequence[Record]) -> ChangeSet | None:
    """Delete records in order, in one transaction. The change can be undone (returned) unless it
    took other records with it (a case takes everything in it; a source, its citations)."""
    with vault.write():
        for record in records:
            vault.repos.by_entity()[record.entity].delete(record.id)
    if not records or any(r.entity not in _ALONE for r in records):
        return None
    return change_set(vault, [(r.entity, r, None) for r in records])


def is_last(vault: Vault, change: ChangeSet) -> bool:
    return vault.repos.audit.head()[0] == change.head


def undo(vault: Vault, change: ChangeSet) -> None:
    """Take back `change` as new local versions; refused unless it is still the vault's last change."""
    with vault.write():
        if not is_last(vault, change):
            raise VaultError("Undo is no longer possible: the vault has changed since (an import, a merge, a "
                             "resolved conflict or another edit).")
        repos = vault.repos.by_entity()
        for entity, before, after in reversed(change.steps):
            repo = repos[entity]
            if before is None:
                repo.delete(after.id)  # type: ignore[union-attr]
            elif after is None:
                repo.put_many([before], action="undo")
            else:
                repo.update(before, action="undo")
