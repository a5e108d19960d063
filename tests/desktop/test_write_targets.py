"""Files written over: no export, bundle, dossier or backup ever replaces a vault, the open vault
or its journal; an existing file is replaced only with --force; the rule lives in db.write_target."""

from __future__ import annotations

import hashlib
import os

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from db import write_target
from db.vault import Vault
from tests.conftest import PASSPHRASE
from tests.desktop.conftest import run


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def outputs(tmp_path):
    """Each writing command, with where it writes as its last argument."""
    bundle_secret = tmp_path / "bundle-secret"
    bundle_secret.write_text("a bundle passphrase of five words\n")
    return {
        "export": lambda vault, out, *extra: ("export", vault, out, *extra),
        "bundle": lambda vault, out, *extra: ("bundle", "export", vault, out, "--bundle-passphrase-file",
                                              str(bundle_secret), *extra),
        "dossier": lambda vault, out, *extra: ("dossier", vault, "CV-2024-001", out, *extra),
    }


@pytest.mark.parametrize("command", ["export", "bundle", "dossier", "backup"])
def test_no_command_writes_over_the_open_vault_or_its_journal(demo_path, tmp_path, capsys, command):
    before = digest(demo_path)
    for target in (demo_path, f"{demo_path}-wal", f"{demo_path}-journal", f"{demo_path}-shm"):
        if command == "backup":
            argv = ("backup", str(demo_path), str(target))
        else:
            argv = outputs(tmp_path)[command](str(demo_path), str(target), "--force")
        code, _, err = run(capsys, *argv)
        assert code == 2 and ("never writes over" in err or "exists" in err), (target, err)
        assert digest(demo_path) == before
        for suffix in ("-wal", "-journal", "-shm"):
            assert not os.path.exists(f"{demo_path}{suffix}") or suffix == "-wal"
    with Vault.open(demo_path, PASSPHRASE) as v:
        assert v.repos.cases.count() == 5


@pytest.mark.parametrize("command", ["export", "bundle", "dossier"])
def test_another_vault_is_never_replaced_even_with_force(demo_path, tmp_path, capsys, command):
    other = tmp_path / "other-vault.bak"  # a vault under any name is recognised by its content
    Vault.create(other, "another passphrase here", author="x").close()
    before = digest(other)
    code, _, err = run(capsys, *outputs(tmp_path)[command](str(demo_path), str(other), "--force"))
    assert code == 2 and "is a vault" in err
    assert digest(other) == before


@pytest.mark.parametrize("command", ["export", "bundle", "dossier"])
def test_an_existing_file_is_replaced_only_with_force(demo_path, tmp_path, capsys, command):
    out = tmp_path / "out.file"
    out.write_bytes(b"an earlier export that someone may still need")
    make = outputs(tmp_path)[command]
    code, _, err = run(capsys, *make(str(demo_path), str(out)))
    assert code == 2 and "exists already" in err and "--force" in err
    assert out.read_bytes() == b"an earlier export that someone may still need"
    code, _, err = run(capsys, *make(str(demo_path), str(out), "--force"))
    assert code == 0, err
    assert out.read_bytes() != b"an earlier export that someone may still need"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temporary file left


def test_consent_is_for_one_path_and_used_up(tmp_path):
    from exporters.atomic import atomic_write

    out = tmp_path / "x.json"
    out.write_text("old")
    write_target.allow_replace(out)
    atomic_write(out, b"new")
    assert out.read_bytes() == b"new"
    with pytest.raises(write_target.TargetExistsError):
        atomic_write(out, b"newer")
    write_target.allow_replace(tmp_path / "y.json")
    with pytest.raises(write_target.TargetExistsError):
        atomic_write(out, b"newer")
    write_target.forget_consents()


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=16), st.binary(min_size=16, max_size=16))
def test_ciphertext_sized_in_pages_looks_like_a_vault(tmp_path_factory, pages, salt):
    assume(not salt.startswith(write_target._PLAIN_MAGICS))
    path = tmp_path_factory.mktemp("v") / "backup.bin"
    path.write_bytes(salt + os.urandom(pages * 512 - 16))
    assert write_target.looks_like_vault(path)


def test_exports_of_other_kinds_do_not_look_like_vaults(tmp_path, demo_path, capsys):
    secret = tmp_path / "s"
    secret.write_text("a bundle passphrase of five words\n")
    run(capsys, "bundle", "export", str(demo_path), str(tmp_path / "b.cvb"), "--bundle-passphrase-file", str(secret))
    run(capsys, "export", str(demo_path), str(tmp_path / "e.json"))
    run(capsys, "dossier", str(demo_path), "CV-2024-001", str(tmp_path / "d.pdf"))
    for name in ("b.cvb", "e.json", "d.pdf"):
        assert not write_target.looks_like_vault(tmp_path / name), name
    assert write_target.looks_like_vault(demo_path)
