"""The command-line tests run main() in-process, with the test vault's passphrase in the
environment as a script would set it."""

from __future__ import annotations

import pytest

from desktop.cli import main
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def passphrase_env(monkeypatch):
    monkeypatch.setenv("CASEVAULT_PASSPHRASE", PASSPHRASE)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Run `casevault ARGV`; returns (exit code, stdout, stderr)."""
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err
