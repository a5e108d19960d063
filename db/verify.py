"""`verify`: SQLCipher page authentication, SQLite integrity, foreign keys, the audit chain, that
every record still carries the digest its last audit entry recorded (so an edit made with the key
but outside CaseVault shows), that every exhibit's bytes match their SHA-256, and that the chain
still holds every head of it seen outside the vault (db.anchors), so a rollback or a rewritten
history shows too."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import sqlcipher3

from db import anchors
from db.audit_storage import unpack_id
from db.repository import record_digest

if TYPE_CHECKING:
    from db.vault import Vault

_SHOW = 20  # problems listed per check before summarising


@dataclass
class Check:
    name: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class VerifyReport:
    checks: list[Check]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def lines(self) -> list[str]:
        out = []
        for c in self.checks:
            out.append(f"{'ok  ' if c.ok else 'FAIL'} {c.name}")
            out += [f"     - {p}" for p in c.problems[:_SHOW]]
            if len(c.problems) > _SHOW:
                out.append(f"     - ... and {len(c.problems) - _SHOW} more")
        return out


def verify(vault: Vault, against: Sequence[anchors.Anchor] = ()) -> VerifyReport:
    """Run every check; a check that cannot even read its data reports that as its problem.
    `against`: heads of this vault's chain taken from elsewhere (a backup, a bundle, a dossier),
    checked with those its peers saw (db.anchors)."""
    conn = vault.conn
    steps: list[tuple[str, Callable[[], list[str]]]] = []
    if vault.encrypted:
        steps.append(("encrypted pages authenticate (cipher_integrity_check)",
                      lambda: [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]))
    steps += [
        ("database structure (integrity_check)",
         lambda: [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]),
        ("links between records (foreign_key_check)",
         lambda: [f"{table} row {rowid} points to a missing {parent} record"
                  for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")]),
        ("audit chain", vault.repos.audit.verify_chain),
        ("records match their last audit entry", lambda: _records_match_audit(vault)),
        ("exhibit files match their SHA-256", lambda: _exhibit_bytes(vault)),
        ("history still holds what peers and copies saw",
         lambda: anchors.alarms(vault) + anchors.problems(vault, anchors.kept(vault) + list(against))),
    ]
    checks = []
    for name, run in steps:
        check = Check(name)
        try:
            check.problems = run()
        except sqlcipher3.DatabaseError as exc:
            check.problems = [f"could not be completed: {exc} (the file is damaged)"]
        checks.append(check)
    return VerifyReport(checks)


def _records_match_audit(vault: Vault) -> list[str]:
    problems: list[str] = []
    last: dict[tuple[str, str], str | None] = {}
    for entity, entity_id, after in vault.conn.execute(
            "SELECT entity, entity_id, after_digest FROM audit ORDER BY seq"):
        last[(entity, unpack_id(entity_id))] = None if after is None else bytes(after).hex()
    for entity, repo in vault.repos.by_entity().items():
        for record in repo.all():
            key = (entity, record.id)
            if key not in last:
                problems.append(f"{entity} {record.id} has no audit entry (added outside CaseVault)")
            elif last.pop(key) != record_digest(record):
                problems.append(f"{entity} {record.id} was changed outside CaseVault")
    for (entity, entity_id), after in last.items():
        if after is not None:
            problems.append(f"{entity} {entity_id} was removed outside CaseVault")
    return problems


def _exhibit_bytes(vault: Vault) -> list[str]:
    problems: list[str] = []
    for exhibit_id, number, expected, data in vault.conn.execute(
            "SELECT e.id, e.number, e.sha256, d.data FROM exhibits e LEFT JOIN exhibit_data d ON d.exhibit_id = e.id"):
        if data is None:
            problems.append(f"exhibit E-{number} ({exhibit_id}) has no stored file")
        elif hashlib.sha256(data).hexdigest() != expected:
            problems.append(f"exhibit E-{number} ({exhibit_id}) does not match its SHA-256")
    return problems
