"""Passphrases: NFC normalisation (and old vaults keyed with another form), SQLCipher's raw-key
syntax refused, and a disk read error never reported as a wrong passphrase."""

from __future__ import annotations

import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

import db.vault as vault_module
from db.backup import backup
from db.errors import VaultError, WrongPassphraseError
from db.vault import Vault

COMPOSED = unicodedata.normalize("NFC", "café déjà vu Ærøskøbing 谢")
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


def test_the_two_forms_differ():
    assert COMPOSED != DECOMPOSED


def test_a_vault_opens_whichever_form_the_keyboard_produces(tmp_path):
    path = tmp_path / "v.cvault"
    Vault.create(path, DECOMPOSED).close()  # e.g. typed through an input method that decomposes
    with Vault.open(path, COMPOSED) as v:
        assert v.is_open
    with Vault.open(path, DECOMPOSED) as v:
        assert v.is_open


def test_a_vault_keyed_with_another_form_before_normalising_still_opens(tmp_path, monkeypatch):
    path = tmp_path / "old.cvault"
    with monkeypatch.context() as m:
        m.setattr(vault_module, "key_text", lambda passphrase: passphrase)  # the old behaviour
        Vault.create(path, DECOMPOSED).close()
    for typed in (DECOMPOSED, COMPOSED):
        with Vault.open(path, typed) as v:
            assert v.is_open
    with pytest.raises(WrongPassphraseError):
        Vault.open(path, "café deja vu")


def test_backups_and_new_passphrases_are_normalised_too(tmp_path):
    with Vault.create(tmp_path / "v.cvault", "some passphrase") as v:
        backup(v, tmp_path / "b.cvault", DECOMPOSED)
        v.rekey(DECOMPOSED)
    for path in (tmp_path / "b.cvault", tmp_path / "v.cvault"):
        with Vault.open(path, COMPOSED) as opened:
            assert opened.is_open


@pytest.mark.parametrize("raw", ["x'" + "2d" * 32 + "'", "X'" + "ab" * 48 + "'", "x'hello'"])
def test_sqlciphers_raw_key_syntax_is_not_a_passphrase(tmp_path, raw):
    with pytest.raises(VaultError, match="raw key"):
        Vault.create(tmp_path / "v.cvault", raw)
    assert not (tmp_path / "v.cvault").exists()
    with Vault.create(tmp_path / "w.cvault", "a fine passphrase") as v, pytest.raises(VaultError, match="raw key"):
        v.rekey(raw)
    with pytest.raises(VaultError, match="raw key"):
        Vault.open(tmp_path / "w.cvault", raw)


@pytest.mark.skipif(shutil.which("cc") is None, reason="needs a C compiler for the LD_PRELOAD shim")
def test_a_disk_read_error_is_not_a_wrong_passphrase(tmp_path):
    shim = tmp_path / "eio.so"
    source = Path(__file__).resolve().parents[1] / "data" / "eio_preload.c"
    subprocess.run(["cc", "-shared", "-fPIC", "-o", str(shim), str(source), "-ldl"], check=True)
    path = tmp_path / "v.cvault"
    Vault.create(path, "the right passphrase").close()
    script = ("from db.vault import Vault\n"
              f"try:\n    Vault.open({str(path)!r}, 'the right passphrase')\n"
              "except Exception as exc:\n    print(type(exc).__name__, exc)\n")
    env = {"EIO_PATH": str(path.resolve()), "LD_PRELOAD": str(shim), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2], timeout=60)
    assert done.stdout.startswith("StorageError") and "could not be read" in done.stdout, done.stdout + done.stderr
