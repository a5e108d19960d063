"""Shared fixtures: real encrypted vaults in tmp_path. The demo vault is built once per session
and copied per test (building means key derivation and many writes; copying is a file copy)."""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db.vault import Vault  # noqa: E402

PASSPHRASE = "correct horse battery staple 马"


class _NoInternetSocket(socket.socket):
    """Any attempt by code under test to open an internet socket fails the test loudly."""

    def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
        if family in (socket.AF_INET, socket.AF_INET6) or family == -1:
            raise RuntimeError("CaseVault must not use the network: an internet socket was requested")
        super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]


socket.socket = _NoInternetSocket  # type: ignore[misc]


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "test.cvault"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    v = Vault.create(vault_path, PASSPHRASE, author="tester")
    yield v
    v.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.demo import build_demo

    path = tmp_path_factory.mktemp("template") / "demo.cvault"
    with Vault.create(path, PASSPHRASE, author="demo") as v:
        build_demo(v)
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.cvault"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo_vault(demo_path: Path) -> Iterator[Vault]:
    v = Vault.open(demo_path, PASSPHRASE)
    yield v
    v.close()
