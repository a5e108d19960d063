"""Child process for the full-disk tests, run inside a private mount namespace where DIR is a
small tmpfs. Fills the disk with one operation and reports, as JSON on stdout, the error message
and whether the vault and earlier exports survived.

    unshare -rm sh -c 'mount -t tmpfs -o size=N tmpfs DIR && python -m tests.security.full_disk_worker MODE DIR SRC'
"""

from __future__ import annotations

import hashlib
import json
import sys
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
    result["leftovers"] = sorted(p.name for p in disk.iterdir() if p.name.startswith("."))
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
