"""`casevault dossier`: writes the PDF, says whether it is encrypted, one-line errors, and a disk
that refuses the write mid-way leaves the previous file and no partial file."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys

import pikepdf
import pytest
from pypdf import PdfReader

from tests.conftest import PASSPHRASE
from tests.desktop.conftest import run


def text_of(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_dossier_is_written_and_the_user_told_it_is_not_encrypted(demo_path, tmp_path, capsys):
    out = tmp_path / "dossier.pdf"
    code, stdout, err = run(capsys, "dossier", str(demo_path), "CV-2024-001", str(out), "--profile", "public",
                            "--purpose", "Report for the UN Special Rapporteur", "--include-tasks")
    assert code == 0 and stdout == ""
    pages = len(PdfReader(out).pages)
    assert f"Wrote {out}: {pages} pages, public profile." in err and "NOT encrypted" in err
    text = text_of(out)
    assert "Report for the UN Special Rapporteur" in text and "Lin Xiaomei" not in text
    assert "Open tasks" not in text and "Open tasks are not printed in this profile." in err


def test_password_file_encrypts_the_dossier(demo_path, tmp_path, capsys):
    secret = tmp_path / "pdf-password.txt"
    secret.write_text("a long dossier passphrase\n", encoding="utf-8")
    out = tmp_path / "dossier.pdf"
    code, _, err = run(capsys, "dossier", str(demo_path), "CV-2023-014", str(out), "--password-file", str(secret))
    assert code == 0 and "AES-256" in err and "NOT encrypted" not in err
    with pikepdf.open(out, password="a long dossier passphrase") as pdf:
        assert pdf.is_encrypted and pdf.encryption.bits == 256


@pytest.mark.parametrize(("args", "message"), [
    (["NO-SUCH-CASE"], "No case matches 'NO-SUCH-CASE'."),
    (["CV-2024-001", "--font", "/no/such/font.ttf"], "The font file /no/such/font.ttf does not exist."),
    (["CV-2024-001", "--password-file", "/no/such/file"], "cannot read passphrase file /no/such/file"),
])
def test_bad_input_is_one_line_and_writes_nothing(demo_path, tmp_path, capsys, args, message):
    out = tmp_path / "dossier.pdf"
    code, _, err = run(capsys, "dossier", str(demo_path), args[0], str(out), *args[1:])
    assert code == 2 and err.count("\n") == 1 and message in err
    assert not out.exists()


def _limit_file_size() -> None:
    # The operating system refuses to let any file grow past 64 kB, as a full disk would.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


def test_a_disk_refusing_the_write_keeps_the_old_file_and_leaves_no_part_file(demo_path, tmp_path):
    out = tmp_path / "dossier.pdf"
    out.write_bytes(b"%PDF- an earlier, good dossier")
    env = {**os.environ, "CASEVAULT_PASSPHRASE": PASSPHRASE}
    cmd = [sys.executable, "-m", "desktop.cli", "dossier", str(demo_path), "CV-2024-001", str(out), "--force"]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, preexec_fn=_limit_file_size, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.startswith("casevault: The disk refused the write") and "nothing was saved" in proc.stderr
    assert proc.stderr.count("\n") == 1
    assert out.read_bytes() == b"%PDF- an earlier, good dossier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.cvault", "dossier.pdf"]
