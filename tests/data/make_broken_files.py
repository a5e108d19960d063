"""Regenerate the deliberately broken files in this folder (committed, so the tests read the very
same bytes every time). Run from the repository root: python -m tests.data.make_broken_files

Each file's expected message is in tests/security/test_broken_files.py."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from db.models import Case
from db.vault import Vault
from exporters.interchange_schema import FORMAT_VERSION

HERE = Path(__file__).parent
PASSPHRASE = "broken files passphrase"


def small_vault(path: Path) -> tuple[bytes, int]:
    """A small vault's bytes, and the number of the page that holds its cases."""
    path.unlink(missing_ok=True)
    with Vault.create(path, PASSPHRASE, author="tests") as v:
        v.repos.cases.add(Case(reference="BROKEN-1", title="损坏的文件 – fichier abîmé"))
        (page,) = v.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'cases'").fetchone()
    data = path.read_bytes()
    path.unlink()
    return data, page


def main() -> None:
    good, cases_page = small_vault(HERE / "scratch.cvault")
    (HERE / "truncated.cvault").write_bytes(good[: 3 * 4096 + 100])
    flipped = bytearray(good)
    flipped[(cases_page - 1) * 4096 + 2000] ^= 0x01  # inside the encrypted content of the page of cases
    (HERE / "flipped-byte.cvault").write_bytes(bytes(flipped))
    (HERE / "empty.cvault").write_bytes(b"")
    plain = HERE / "plain-sqlite.cvault"
    plain.unlink(missing_ok=True)
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE cases (id TEXT, title TEXT)")
    (HERE / "future-version.json").write_text(json.dumps(
        {"format": "casevault", "version": FORMAT_VERSION + 1, "cases": [], "persons": [], "organisations": [],
         "new_things": []}, indent=1) + "\n")
    (HERE / "not-json.json").write_text('{"format": "casevault", "version": 1,\n  "cases": [\n    {"id": }\n')
    bundle_with_bad_tag()


def bundle_with_bad_tag() -> None:
    """A real bundle whose last byte (inside the final chunk's GCM tag) is flipped."""
    from exporters.bundle import export_bundle  # noqa: PLC0415

    scratch = HERE / "scratch.cvault"
    scratch.unlink(missing_ok=True)
    with Vault.create(scratch, PASSPHRASE, author="tests") as v:
        v.repos.cases.add(Case(reference="BUNDLE-1", title="交换 – échange"))
        export_bundle(v, HERE / "scratch.cvb", PASSPHRASE, log_n=10)
    scratch.unlink()
    data = bytearray((HERE / "scratch.cvb").read_bytes())
    (HERE / "scratch.cvb").unlink()
    data[-1] ^= 0x01
    (HERE / "bundle-bad-tag.cvb").write_bytes(bytes(data))


if __name__ == "__main__":
    main()
