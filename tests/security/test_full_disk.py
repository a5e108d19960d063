"""A full disk: writes on a small filesystem (a tmpfs in a private mount namespace) fail with a
clear message, and leave the vault and existing exports intact."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

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


@pytest.fixture
def demo_source(tmp_path):
    path = tmp_path / "source.cvault"
    with Vault.create(path, PASSPHRASE) as v:
        build_demo(v)
        for n in range(3):  # make the full export large enough to overflow the small disk
            from exporters.interchange import export_document, import_document

            doc = export_document(v)
            for case in doc["cases"]:
                case["id"] += f"-{n}"
                case["reference"] += f"-{n}"
                for key in ("roles", "incidents", "sources", "exhibits", "interventions", "notes", "tasks"):
                    for rec in case[key]:
                        rec["id"] += f"-{n}"
                    for inc in case["incidents"]:
                        inc["source_ids"] = [s if s.endswith(f"-{n}") else f"{s}-{n}" for s in inc["source_ids"]]
                        inc["exhibit_ids"] = [e if e.endswith(f"-{n}") else f"{e}-{n}" for e in inc["exhibit_ids"]]
                case["summary"] = "长 " * 20000
            import_document(v, doc)
    return path


@pytest.mark.skipif(shutil.which("unshare") is None, reason="unshare comes with util-linux")
def test_import_on_a_full_disk_fails_clearly_and_keeps_the_vault(tmp_path):
    result = on_small_disk(tmp_path, "import", "1m")
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
