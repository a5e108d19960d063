"""Deliberately broken files (tests/data, made by tests/data/make_broken_files.py) each get their
expected one-line message through the command line, and none of them is changed by trying."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from desktop.cli import main
from exporters.interchange_schema import FORMAT_VERSION
from tests.conftest import PASSPHRASE as VAULT_PASSPHRASE
from tests.data.make_broken_files import PASSPHRASE

DATA = Path(__file__).resolve().parents[1] / "data"

CASES = [
    # (file, command, expected exit code, expected text in the output)
    ("truncated.cvault", ["cases"], 2, "may be truncated"),
    ("flipped-byte.cvault", ["verify"], 1, "HMAC verification failed for page"),
    ("empty.cvault", ["cases"], 2, "is not a CaseVault vault (the file is empty)"),
    ("plain-sqlite.cvault", ["cases"], 2, "it is an unencrypted SQLite database"),
    ("future-version.json", ["import"], 2, f"$.version: version {FORMAT_VERSION + 1} was written by a newer CaseVault"),
    ("not-json.json", ["import"], 2, "line 3, column 12: invalid JSON"),
    ("bundle-bad-tag.cvb", ["bundle", "import"], 2, "does not authenticate"),
]


@pytest.mark.parametrize("name,command,code,expected", CASES, ids=[c[0] for c in CASES])
def test_broken_file_gets_its_message_and_stays_unchanged(tmp_path, capsys, monkeypatch, name, command, code,
                                                          expected, vault):
    monkeypatch.setenv("CASEVAULT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEVAULT_BUNDLE_PASSPHRASE", PASSPHRASE)
    broken = tmp_path / name
    shutil.copyfile(DATA / name, broken)
    before = hashlib.sha256(broken.read_bytes()).hexdigest()
    if name.endswith(".cvault"):
        argv = [*command, str(broken)]
    else:  # an input file, imported into a good vault (the `vault` fixture, closed first)
        vault.close()
        monkeypatch.setenv("CASEVAULT_PASSPHRASE", VAULT_PASSPHRASE)
        argv = [*command, str(vault.path), str(broken)]
    assert main(argv) == code
    captured = capsys.readouterr()
    assert expected in captured.out + captured.err
    assert "Traceback" not in captured.err
    assert hashlib.sha256(broken.read_bytes()).hexdigest() == before
