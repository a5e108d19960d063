"""How tests/data/v3-alice.cvault and v3-bob.cvault were made: two vaults at schema 3 (version
tokens, before version vectors) that exchanged bundles: a change passed on and edited on top, an
open conflict, a deleted case, a deleted incident. It only runs with CaseVault at schema 3 (commit
5d11b1f): git worktree add /tmp/old 5d11b1f && cd /tmp/old && python PATH/TO/make_v3_vaults.py OUT/
The vaults open with the test passphrase of tests/conftest.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

import db.schema  # noqa: E402
from db.vault import Vault  # noqa: E402
from desktop.demo import build_demo  # noqa: E402
from exporters.bundle import export_bundle, import_bundle  # noqa: E402

PASSPHRASE = "correct horse battery staple 马"


def exchange(src: Vault, dst: Vault, folder: Path) -> None:
    path = folder / "exchange.cvb"
    export_bundle(src, path, "bundle", log_n=10)
    import_bundle(dst, path, "bundle")
    path.unlink()


def main(out: Path) -> None:
    assert db.schema.latest_version() == 3, "run this with CaseVault at schema 3"
    out.mkdir(exist_ok=True)
    a = Vault.create(out / "v3-alice.cvault", PASSPHRASE, author="alice")
    build_demo(a)
    b = Vault.create(out / "v3-bob.cvault", PASSPHRASE, author="bob")
    exchange(a, b, out)
    case = a.repos.cases.resolve("CV-2024-001")
    mine = a.repos.cases.get(case.id)
    mine.priority = "urgent"  # a change that passes from Alice to Bob, who then edits on top of it
    a.repos.cases.update(mine)
    exchange(a, b, out)
    theirs = b.repos.cases.get(case.id)
    theirs.status = "monitoring"
    b.repos.cases.update(theirs)
    note_a = a.repos.notes.for_case(case.id)[0]  # both edit one note: an open conflict on Bob's side
    note_b = b.repos.notes.get(note_a.id)
    note_a.body, note_b.body = "alice's note", "bob's note"
    a.repos.notes.update(note_a)
    b.repos.notes.update(note_b)
    a.repos.cases.delete(a.repos.cases.resolve("CV-2021-003").id)
    kept = b.repos.cases.resolve("CV-2024-007")
    b.repos.incidents.delete(b.repos.incidents.for_case(kept.id)[0].id)
    exchange(a, b, out)
    a.close()
    b.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
