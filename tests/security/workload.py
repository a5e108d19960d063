"""A marked workload: an interchange file with a distinctive marker in every kind of field and in
an exhibit, used to drive the command line and then look for the markers on disk."""

from __future__ import annotations

import json
from pathlib import Path

from db.vault import Vault
from exporters.interchange import export_document
from tests.db.test_repositories import fill_every_field

MARKER = "QXZMARK-秘密证据-Sécurité"
MARKERS = [MARKER, "QXZMARK", "秘密证据"]


def marked_document(tmp: Path) -> Path:
    """Write an interchange file whose every text field (and one exhibit) holds MARKER."""
    vault_path = tmp / "scratch.cvault"
    with Vault.create(vault_path, "scratch") as v:
        ids = fill_every_field(v, MARKER)
        png = bytes.fromhex("89504e470d0a1a0a") + MARKER.encode() * 4
        v.repos.exhibits.add_file(ids["case"], png, f"{MARKER}.png", description=MARKER)
        doc = export_document(v)
    for p in tmp.glob("scratch.cvault*"):
        p.unlink()
    out = tmp / "marked.json"
    out.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return out
