"""A full disk: writes on a small filesystem (a tmpfs in a private mount namespace) fail with a
clear message, and leave the vault and existing exports intact."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import uuid

import pytest

from db.vault import Vault
from desktop.demo import build_demo
from tests.security.full_disk_worker import PASSPHRASE
from tests.security.harness import ROOT, child_env


def on_small_disk(tmp_path, mode: str, size: str, src="-") -> dict:
    disk = tmp_path / "small-disk"
    disk.mkdir()
    script = (f"mount -t tmpfs -o size={size} tmpfs {disk} && "
              f"exec {sys.executable} -m tests.security.full_disk_worker {mode} {disk} {src}")
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], cwd=ROOT, env=child_env(tmp_path / "env"),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _renumber(case: dict, n: int) -> None:
    """Give a case and every record in it new ids (the n-th copy), links within the case following."""
    ids = {case["id"]} | {rec["id"] for key, value in case.items() if isinstance(value, list)
                          for rec in value if isinstance(rec, dict) and "id" in rec}
    new = {i: str(uuid.uuid5(uuid.NAMESPACE_URL, f"{i}-{n}")) for i in ids}

    def walk(value):
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        return new.get(value, value) if isinstance(value, str) else value

    case.update(walk(case))


@pytest.fixture
def demo_source(tmp_path):
    path = tmp_path / "source.cvault"
    with Vault.create(path, PASSPHRASE) as v:
        build_demo(v)
        for n in range(3):  # make the full export large enough to overflow the small disk
            from exporters.interchange import export_document, import_document

            doc = export_document(v)
            for case in doc["cases"]:
                _renumber(case, n)
                case["reference"] += f"-{n}"
                case["summary"] = "长 " * 20000
            import_document(v, doc)
    return path


@pytest.mark.skipif(shutil.which("unshare") is None, reason="unshare comes with util-linux")
def test_import_on_a_full_disk_fails_clearly_and_keeps_the_vault(tmp_path):
    result = on_small_disk(tmp_path, "import", "2m")
    assert result["error"] is not None and "disk is full" in result["error"]
    assert result["after_in_session"] == result["before"]
    assert result["after"] == result["before"]
    assert result["verify_ok"]


@pytest.mark.skipif(shutil.which("unshare") is None, reason="unshare comes with util-linux")
def test_export_on_a_full_disk_fails_clearly_and_keeps_the_old_export(tmp_path, demo_source):
    result = on_small_disk(tmp_path, "export", "256k", src=str(demo_source))
    assert result["error"] is not None and "disk is full" in result["error"]
    assert result["after"] == result["before"]
    assert result["leftovers"] == []


DISK_FULL = "The disk is full; nothing was saved. Free some space and try again."


@pytest.fixture
def big_sheet(tmp_path):
    """1,000 new rows with a long accusation each: about 8 MB in a vault, for a 2 MB disk."""
    from tests.security.returns_sheet import row, write_sheet

    return write_sheet(tmp_path / "big.csv", [row(f"X{k}", 100_000 + k, "填满磁盘 fill the disk " * 40)
                                              for k in range(1000)])


@pytest.mark.skipif(shutil.which("unshare") is None, reason="unshare comes with util-linux")
@pytest.mark.parametrize(("mode", "where"), [("sheet", "commit"), ("sheet-midway", "midway")])
def test_sheet_import_on_a_full_disk_fails_clearly_and_changes_nothing(tmp_path, big_sheet, mode, where):
    """apply_import of a sheet that does not fit, the disk filling at the commit or in the middle
    of the writes, raises the vault's disk-full error (a VaultError: the import wizard shows
    "Nothing was imported: " and its message), and the vault's tables (records, conflicts, sheet
    bases, audit trail, search index) are exactly as before, in the same session and after
    reopening."""
    result = on_small_disk(tmp_path, mode, "2m", src=str(big_sheet))
    assert result["planned"] == 1000, "the sheet's plan was refused: the test proved nothing"
    assert result["before"]["conflicts"] == 1 and result["before"]["sheet_base"] == 20 * 7  # 7 records a row
    assert (result["error"], result["error_type"], result["vault_error"]) == (DISK_FULL, "StorageError", True)
    assert result["failed_at"] == where
    assert result["after_in_session"] == result["before"]
    assert result["after"] == result["before"]
    assert result["verify_ok"]
    assert result["leftovers"] == []


@pytest.mark.skipif(shutil.which("unshare") is None, reason="unshare comes with util-linux")
def test_import_table_command_on_a_full_disk_says_so_in_one_line(tmp_path, big_sheet):
    """`casevault import-table` plans the sheet, fails to write it, and ends with the disk-full
    message as its one error line (after its note on the sheet's encoding), exit status 2."""
    result = on_small_disk(tmp_path, "sheet-cli", "2m", src=str(big_sheet))
    assert "would create 1000 case(s)" in result["stdout"], result["stdout"][-2000:]
    assert result["returncode"] == 2
    assert result["stderr"].splitlines() == [f"Read {big_sheet} as UTF-8 text.", f"casevault: {DISK_FULL}"]
    assert result["after"] == result["before"]
    assert result["verify_ok"]
