"""Child process for the crash tests: performs one kind of write in a loop and, after each one
reports success, appends the vault's audit head (or its passphrase, for rekey) to a log and fsyncs
it. The parent kills it with SIGKILL at a random moment.

    python -m tests.security.crash_worker MODE VAULT LOG

Mode "sheet" imports a sheet in rounds (see sheet_rows) and prints "apply N" just before round N's
apply_import, so that the parent can kill it inside the import's transaction."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from db.models import Actor, Case, Incident, Person, Role
from db.vault import Vault
from tests.security.returns_sheet import MAPPING, PREFIX, row, write_sheet

PASSPHRASES = ("crash passphrase A", "crash passphrase B")


def log(fh, entry: dict) -> None:
    fh.write(json.dumps(entry) + "\n")
    fh.flush()
    os.fsync(fh.fileno())


def edit(vault: Vault, i: int) -> None:
    """One transaction: add a case with a person, role and incidents; sometimes update or delete an
    earlier case."""
    r = vault.repos
    with vault.write():
        case = r.cases.add(Case(reference=f"K-{i}", title=f"案件 {i} Montréal", summary="x" * 2000))
        person = r.persons.add(Person(name=f"Person {i}", name_original="谢卫东"))
        r.roles.add(Role(case_id=case.id, person_id=person.id, role="target"))
        r.incidents.add_many([Incident(case_id=case.id, tactic="threat_online", date_start="2015-06",
                                       description="威胁 " * 200, actors=[Actor("suspected", person_id=person.id)])
                              for _ in range(5)])
        if i % 3 == 2:
            previous = r.cases.resolve(f"K-{i - 1}")
            previous.title = f"updated {i}"
            r.cases.update(previous)
        if i % 4 == 3:
            r.cases.delete(r.cases.resolve(f"K-{i - 3}").id)


def import_doc(vault: Vault, i: int) -> None:
    from exporters.interchange import import_document  # noqa: PLC0415

    doc = {"format": "casevault", "version": 1, "persons": [], "organisations": [], "cases": [{
        "id": f"00000000-0000-4000-8000-{i:012d}", "reference": f"I-{i}", "title": f"Imported {i} 导入",
        "status": "open",
        "campaign": "unknown", "outcome": "unknown", "tags": ["t"], "summary": "y" * 5000,
        "roles": [], "sources": [], "exhibits": [], "interventions": [], "notes": [], "tasks": [],
        "incidents": [{"id": f"00000000-0000-4000-8001-{i * 100 + k:012d}", "tactic": "harassment",
                       "description": "z" * 300}
                      for k in range(20)]}]}
    import_document(vault, doc)


def backup_once(vault: Vault, i: int, folder: Path) -> None:
    from db.backup import backup  # noqa: PLC0415

    backup(vault, folder / f"backup-{os.getpid()}-{i}.cvault")


def merge_once(vault: Vault, i: int, bundles: Path) -> None:
    """Import the next of a series of prepared bundles (each adds cases and edits earlier ones)."""
    from exporters.bundle import import_bundle  # noqa: PLC0415

    bundle = bundles / f"{i % 6}.cvb"
    import_bundle(vault, bundle, "bundle passphrase")


SHEET_KEPT, SHEET_NEW = 150, 60  # rows every round changes, rows new in each round


def accusation(i: int) -> str:
    return f"Accusation as of round {i} 第{i}轮"


def sheet_rows(i: int) -> list[list[str]]:
    """Round i's sheet: the rows U0… with this round's accusation (an update of each of their
    cases), SHEET_NEW rows new in this round, N{i}-0…, and from round 1 the first new row of the
    round before with its accusation changed: the vault changes it too before the import
    (sheet_vault_edit), so each round from 1 makes exactly one conflict."""
    rows = [row(f"U{k}", k, accusation(i)) for k in range(SHEET_KEPT)]
    rows += [row(f"N{i}-{k}", 1000 * (i + 1) + k, f"New in round {i}") for k in range(SHEET_NEW)]
    if i:
        rows.append(row(f"N{i - 1}-0", 1000 * i, f"Changed in the sheet in round {i}"))
    return rows


def sheet_rounds_done(vault: Vault) -> int:
    """How many rounds the vault holds: a round's new cases are there from its import on."""
    n = 0
    while vault.conn.execute("SELECT 1 FROM cases WHERE reference = ?", (f"{PREFIX}N{n}-0",)).fetchone():
        n += 1
    return n


def sheet_vault_edit(vault: Vault, i: int) -> None:
    case = vault.repos.cases.resolve(f"{PREFIX}N{i - 1}-0")
    case.summary = f"Changed in the vault before round {i}"
    vault.repos.cases.update(case)


def sheet_rounds(vault: Vault, fh, folder: Path) -> None:
    import db.merge  # noqa: F401, PLC0415 - imported by apply_import: here, so that each apply takes as long
    import exporters.interchange  # noqa: F401, PLC0415 - as the one before, and the parent can aim its kill
    from exporters.tables_import import apply_import, plan_import  # noqa: PLC0415
    from exporters.tables_mapping import ready_mapping  # noqa: PLC0415
    from exporters.tables_read import read_table  # noqa: PLC0415

    mapping = ready_mapping(MAPPING)
    i = sheet_rounds_done(vault)  # a round killed before its commit is done again
    while True:
        if i:
            sheet_vault_edit(vault, i)
        plan = plan_import(vault, read_table(write_sheet(folder / "round.csv", sheet_rows(i))), mapping)
        if not plan.ok or plan.duplicates:
            raise SystemExit(f"round {i}: {[str(p) for p in plan.problems]} {plan.duplicates}")
        print(f"apply {i}", flush=True)
        t0 = time.perf_counter()
        outcome = apply_import(vault, plan)
        seconds = time.perf_counter() - t0
        seq, head = vault.repos.audit.head()
        log(fh, {"seq": seq, "hash": head, "round": i, "written": outcome.written, "conflicts": outcome.conflicts,
                 "seconds": seconds})
        i += 1


def main() -> None:
    mode, vault_path, log_path = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    passphrase = PASSPHRASES[0]
    if mode == "rekey":
        lines = log_path.read_text().splitlines() if log_path.exists() else []
        passphrase = json.loads(lines[-1])["passphrase"] if lines else PASSPHRASES[0]
    vault = Vault.open(vault_path, passphrase)
    # Continue numbering after every case ever created (some were deleted since).
    start = vault.conn.execute("SELECT count(*) FROM audit WHERE entity = 'case' AND action = 'create'").fetchone()[0]
    start += vault.conn.execute("SELECT count(*) FROM audit WHERE entity = 'case' AND action = 'import'").fetchone()[0]
    with open(log_path, "a", encoding="utf-8") as fh:
        print("ready", flush=True)
        if mode == "sheet":
            sheet_rounds(vault, fh, log_path.parent)
        for i in range(start, start + 100_000):
            if mode == "edit":
                edit(vault, i)
            elif mode == "import":
                import_doc(vault, i)
            elif mode == "backup":
                backup_once(vault, i, log_path.parent / "backups")
                log(fh, {"backup": i})
                continue
            elif mode == "merge":
                merge_once(vault, i, log_path.parent / "bundles")
            elif mode == "compact":
                vault.compact()
                log(fh, {"compact": i})
                continue
            elif mode == "rekey":
                passphrase = PASSPHRASES[(PASSPHRASES.index(passphrase) + 1) % 2]
                vault.rekey(passphrase)
                log(fh, {"passphrase": passphrase})
                continue
            seq, head = vault.repos.audit.head()
            log(fh, {"seq": seq, "hash": head, "i": i})


if __name__ == "__main__":
    main()
