"""A full USB stick or disk: a bundle export, a backup and a bundle import that run out of space
fail with a clear message, leave no partial file behind and leave the vault as it was. The small
disk is a tmpfs in a private mount namespace (as in tests/security), so no root is needed."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from tests.conftest import PASSPHRASE
from tests.db.test_merge import BUNDLE_PASS, FAST_KDF
from tests.security.harness import ROOT, child_env

PRELUDE = f"""
import json, sys
from pathlib import Path
from db.errors import VaultError
from db.vault import Vault
PASSPHRASE, BUNDLE_PASS = {PASSPHRASE!r}, {BUNDLE_PASS!r}
disk, src = Path(sys.argv[1]), Path(sys.argv[2])
result = {{"error": None}}
"""
EPILOGUE = """
result["files"] = sorted(p.name for p in disk.iterdir())
json.dump(result, sys.stdout)
"""


def on_small_disk(tmp_path, size: str, code: str, src) -> dict:
    """Run `code` (with `disk`, `src`, `result` defined) in a child whose `disk` holds only `size`."""
    disk = tmp_path / "stick"
    disk.mkdir()
    program = PRELUDE + textwrap.dedent(code) + EPILOGUE
    script = f'mount -t tmpfs -o size={size} tmpfs {disk} && exec {sys.executable} -c "$0" {disk} {src}'
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script, program], cwd=ROOT,
                          env=child_env(tmp_path / "env"), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_bundle_export_to_a_full_stick_fails_clearly_and_leaves_nothing(tmp_path, demo_path):
    result = on_small_disk(tmp_path, "8k", f"""
        with Vault.open(src, PASSPHRASE) as v:
            try:
                from exporters.bundle import export_bundle
                export_bundle(v, disk / "to-bob.cvb", BUNDLE_PASS, log_n={FAST_KDF})
            except VaultError as exc:
                result["error"] = str(exc)
    """, demo_path)
    assert result["error"] == "The disk is full; nothing was saved. Free some space and try again."
    assert result["files"] == []


def test_a_backup_to_a_full_stick_fails_clearly_and_leaves_nothing(tmp_path, demo_path):
    result = on_small_disk(tmp_path, "64k", """
        with Vault.open(src, PASSPHRASE) as v:
            try:
                from db.backup import backup
                backup(v, disk / "backup.cvault")
            except VaultError as exc:
                result["error"] = str(exc)
    """, demo_path)
    assert result["error"] is not None and "disk is full" in result["error"]
    assert result["files"] == []


def test_a_bundle_import_on_a_full_disk_changes_nothing(tmp_path, demo_vault):
    from exporters.bundle import export_bundle

    case = demo_vault.repos.cases.resolve("CV-2024-001")
    demo_vault.repos.exhibits.add_file(case.id, bytes(range(256)) * 8000, "scan.bin")  # 2 MB of evidence
    bundle = tmp_path / "big.cvb"
    export_bundle(demo_vault, bundle, BUNDLE_PASS, log_n=FAST_KDF)
    result = on_small_disk(tmp_path, "1536k", """
        from db.verify import verify
        from exporters.bundle import import_bundle
        with Vault.create(disk / "v.cvault", PASSPHRASE) as v:
            before = [v.repos.audit.head(), v.repos.cases.count()]
            try:
                import_bundle(v, src, BUNDLE_PASS)
            except VaultError as exc:
                result["error"] = str(exc)
            result["same_in_session"] = [v.repos.audit.head(), v.repos.cases.count()] == before
        with Vault.open(disk / "v.cvault", PASSPHRASE) as v:
            result["same_after"] = [v.repos.audit.head(), v.repos.cases.count()] == before
            result["verify_ok"] = verify(v).ok
    """, bundle)
    assert result["error"] is not None and "disk is full" in result["error"]
    assert result["same_in_session"] and result["same_after"] and result["verify_ok"]


def test_creating_a_vault_on_a_full_disk_fails_clearly_and_leaves_nothing(tmp_path):
    # A new vault is about 0.5 MB and is first written to its journal: 1 MB cannot hold both.
    result = on_small_disk(tmp_path, "1m", """
        try:
            Vault.create(disk / "v.cvault", PASSPHRASE).close()
        except VaultError as exc:
            result["error"] = str(exc)
    """, "-")
    assert result["error"] == "The disk is full; nothing was saved. Free some space and try again."
    assert result["files"] == []


def test_compacting_a_vault_on_a_full_disk_fails_clearly_and_changes_nothing(tmp_path, demo_path):
    # VACUUM writes the whole new file to the vault's log first: a disk with room for little more
    # than the vault cannot hold it.
    size = demo_path.stat().st_size // 1024 + 96
    result = on_small_disk(tmp_path, f"{size}k", """
        import shutil
        shutil.copyfile(src, disk / "v.cvault")
        with Vault.open(disk / "v.cvault", PASSPHRASE) as v:
            head, cases = v.repos.audit.head(), v.repos.cases.count()
            try:
                v.compact()
            except VaultError as exc:
                result["error"] = str(exc)
        with Vault.open(disk / "v.cvault", PASSPHRASE) as v:
            result["same"] = v.repos.audit.head() == head and v.repos.cases.count() == cases
            result["ok"] = v.conn.execute("PRAGMA integrity_check").fetchone()[0]
    """, demo_path)
    assert result["error"] == "The disk is full; nothing was saved. Free some space and try again."
    assert result["same"] and result["ok"] == "ok" and result["files"] == ["v.cvault"]
