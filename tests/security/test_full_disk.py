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
