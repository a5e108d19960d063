"""`casevault --version`: the version, and for a release build the commit, its date and the SHA-256
of the bundle's manifest, read from local files only."""

from __future__ import annotations

import hashlib
import json
import sys

from desktop import build_info
from desktop.cli import main


def test_a_source_checkout_says_it_is_not_a_release_build(capsys):
    try:
        main(["--version"])
    except SystemExit as exit_:
        assert exit_.code == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("CaseVault ") and line.endswith("(not a release build)")


def test_a_bundle_names_its_commit_date_and_manifest_digest(tmp_path, monkeypatch):
    stamp = tmp_path / "build_stamp.json"
    stamp.write_text(json.dumps({"version": "9.8.7", "commit": "0123456789abcdef" * 2 + "01234567",
                                 "date": "2026-12-01T10:00:00Z"}))
    manifest = tmp_path / "MANIFEST.sha256"
    manifest.write_text("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  casevault\n")
    monkeypatch.setattr(build_info, "STAMP", stamp)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "casevault"))
    info = build_info.current()
    assert info.manifest_sha256 == hashlib.sha256(manifest.read_bytes()).hexdigest()
    assert info.line() == (f"CaseVault 9.8.7 (commit 0123456789ab, 2026-12-01T10:00:00Z; "
                           f"manifest SHA-256 {info.manifest_sha256})")
