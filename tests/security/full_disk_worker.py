"""Child process for the full-disk tests, run inside a private mount namespace where DIR is a
small tmpfs. Fills the disk with one operation and reports, as JSON on stdout, the error message
and whether the vault and earlier exports survived.

    unshare -rm sh -c 'mount -t tmpfs -o size=N tmpfs DIR && python -m tests.security.full_disk_worker MODE DIR SRC'

Modes "sheet", "sheet-midway" and "sheet-cli" import the sheet SRC (tests.security.returns_sheet's
columns) into a vault on DIR that sheets filled before: through apply_import (the disk fills at the
commit, or with "sheet-midway" in the middle of the writes), or through `casevault import-table` in
a child process (which sees the same small disk).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import traceback
from pathlib import Path

from db.errors import VaultError
from db.vault import Vault
from db.verify import verify
from desktop.demo import build_demo

PASSPHRASE = "full disk passphrase"


def big_document(n: int) -> dict:
    return {"format": "casevault", "version": 1, "persons": [], "organisations": [], "cases": [{
        "id": f"00000000-0000-4000-8000-{k:012d}", "reference": f"B-{k}", "title": f"Big {k}", "status": "open",
        "campaign": "unknown",
        "outcome": "unknown", "tags": [], "summary": "填满磁盘 fill the disk " * 400, "roles": [], "sources": [],
        "exhibits": [], "interventions": [], "notes": [], "tasks": [], "incidents": []} for k in range(n)]}


def state(vault: Vault) -> list:
    return [vault.repos.audit.head(), vault.repos.cases.count()]


def tables_digest(vault: Vault) -> dict:
    """A SHA-256 over every row of every table (records, sheet bases, conflicts, audit trail,
    search index), and the row counts of those a sheet import writes."""
    h = hashlib.sha256()
    names = [n for (n,) in vault.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    for name in names:
        h.update(name.encode() + b"\0")
        for r in sorted(repr(tuple(r)) for r in vault.conn.execute(f'SELECT * FROM "{name}"')):
            h.update(r.encode("utf-8", "surrogatepass") + b"\0")
    counts = {t: vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("cases", "persons", "incidents", "sources", "outcomes", "sheet_base", "conflicts")}
    return {"sha256": h.hexdigest(), **counts}


def sheets_before(path: Path) -> dict:
    """A vault on the small disk that sheets already filled: 20 rows imported, then one of them
    changed in the vault and in the sheet (a conflict). Returns its tables' digest."""
    from exporters.tables_import import apply_import, plan_import  # noqa: PLC0415
    from exporters.tables_mapping import ready_mapping  # noqa: PLC0415
    from exporters.tables_read import read_table  # noqa: PLC0415
    from tests.security.returns_sheet import MAPPING, PREFIX, row, write_sheet  # noqa: PLC0415

    sheet = Path(os.environ["TMPDIR"]) / "earlier.csv"  # off the small disk: only the vault is on it
    rows = [row(f"E{k}", k, "Imported before the disk filled up") for k in range(20)]
    with Vault.create(path, PASSPHRASE) as v:
        for n in range(2):
            if n:
                case = v.repos.cases.resolve(f"{PREFIX}E0")
                case.summary = "Changed in the vault"
                v.repos.cases.update(case)
                rows[0] = row("E0", 0, "Changed in the sheet")
            apply_import(v, plan_import(v, read_table(write_sheet(sheet, rows)), ready_mapping(MAPPING)))
        return tables_digest(v)


def main() -> None:
    mode, disk, src = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    result: dict = {"error": None}
    if mode == "import":
        from exporters.interchange import import_document  # noqa: PLC0415

        path = disk / "v.cvault"
        with Vault.create(path, PASSPHRASE) as v:
            build_demo(v)
            result["before"] = state(v)
            try:
                import_document(v, big_document(2000))
            except VaultError as exc:
                result["error"] = str(exc)
            result["after_in_session"] = state(v)
        with Vault.open(path, PASSPHRASE) as v:
            result["after"] = state(v)
            result["verify_ok"] = verify(v).ok
    elif mode == "export":
        from exporters.interchange import export_json  # noqa: PLC0415

        target = disk / "export.json"
        with Vault.open(src, PASSPHRASE) as v:
            export_json(v, target, case_ids=[v.repos.cases.resolve("CV-2024-007").id])
            result["before"] = hashlib.sha256(target.read_bytes()).hexdigest()
            try:
                from db.write_target import allow_replace  # noqa: PLC0415

                allow_replace(target)  # as --force: replacing the earlier export was asked for
                export_json(v, target)
            except VaultError as exc:
                result["error"] = str(exc)
        result["after"] = hashlib.sha256(target.read_bytes()).hexdigest()
    elif mode in ("sheet", "sheet-midway"):
        import exporters.tables_import as tables_import  # noqa: PLC0415
        from exporters.tables_mapping import ready_mapping  # noqa: PLC0415
        from exporters.tables_read import read_table  # noqa: PLC0415
        from tests.security.returns_sheet import MAPPING  # noqa: PLC0415

        path = disk / "v.cvault"
        result.update(error_type=None, vault_error=None, failed_at=None, before=sheets_before(path))
        with Vault.open(path, PASSPHRASE) as v:
            plan = tables_import.plan_import(v, read_table(src), ready_mapping(MAPPING))
            result["planned"] = plan.ok and not plan.duplicates and plan.created.get("case", 0)
            if mode == "sheet-midway":
                # A page cache this small spills the writes' pages to the disk before the commit, as a
                # sheet of many thousand rows does: the disk fills in the middle of the writes.
                v.conn.execute("PRAGMA cache_size = -64")
                tables_import.WRITE_CACHE_KIB = 64
            try:
                tables_import.apply_import(v, plan)
            except Exception as exc:  # noqa: BLE001 - the test says what was raised
                # The app's database thread shows a VaultError's message as it is and any other
                # exception as "Unexpected <type>" (desktop.worker).
                result["error"], result["error_type"] = str(exc), type(exc).__name__
                result["vault_error"] = isinstance(exc, VaultError)
                cause = exc.__context__ or exc
                statement = traceback.extract_tb(cause.__traceback__)[-1].line or ""
                result["failed_at"] = "commit" if '"COMMIT"' in statement else "midway"
            result["after_in_session"] = tables_digest(v)
        with Vault.open(path, PASSPHRASE) as v:
            result["after"] = tables_digest(v)
            result["verify_ok"] = verify(v).ok
    elif mode == "sheet-cli":
        from tests.security.returns_sheet import MAPPING  # noqa: PLC0415

        path = disk / "v.cvault"
        result["before"] = sheets_before(path)
        done = subprocess.run([sys.executable, "-m", "desktop.cli", "import-table", str(path), str(src), "--mapping",
                               MAPPING], env={**os.environ, "CASEVAULT_PASSPHRASE": PASSPHRASE},
                              capture_output=True, text=True, timeout=240)
        result.update(returncode=done.returncode, stdout=done.stdout, stderr=done.stderr)
        with Vault.open(path, PASSPHRASE) as v:
            result["after"] = tables_digest(v)
            result["verify_ok"] = verify(v).ok
    result["leftovers"] = sorted(p.name for p in disk.iterdir() if p.name.startswith("."))
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
