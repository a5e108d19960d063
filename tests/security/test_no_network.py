"""Nothing leaves the machine: every command runs under strace, and no process in its tree may
even create an internet socket (Python's or a native library's)."""

from __future__ import annotations

import socket

import pytest

from tests.security.harness import child_env, cli, have, inet_sockets
from tests.security.workload import MARKER, marked_document

pytestmark = pytest.mark.skipif(not have("strace"), reason="strace is installed by scripts/setup.sh")


def test_command_line_opens_no_internet_socket(tmp_path):
    env = child_env(tmp_path / "env", CASEVAULT_BUNDLE_PASSPHRASE="bundle passphrase")
    vault = str(tmp_path / "v.cvault")
    doc = marked_document(tmp_path)
    steps = [
        ("init", vault),
        ("import", vault, str(doc)),
        ("cases", vault),
        ("show", vault, f"REF {MARKER}"),
        ("search", vault, MARKER[:7]),
        ("export", vault, str(tmp_path / "out.json")),
        ("verify", vault),
        ("demo", str(tmp_path / "demo.cvault")),
        ("dossier", str(tmp_path / "demo.cvault"), "CV-2024-001", str(tmp_path / "d.pdf")),
        ("backup", vault, str(tmp_path / "backup.cvault")),
        ("bundle", "export", vault, str(tmp_path / "b.cvb")),
        ("bundle", "import", str(tmp_path / "demo.cvault"), str(tmp_path / "b.cvb")),
    ]
    for n, step in enumerate(steps):
        trace = tmp_path / f"trace-{n}.log"
        cli(*step, env=env, trace=trace)
        assert trace.exists() and trace.stat().st_size >= 0
        assert inet_sockets(trace) == [], f"casevault {step[0]} created an internet socket"


def test_the_tracer_does_see_internet_sockets(tmp_path):
    """The check above can fail: a process that makes a socket is caught."""
    import subprocess
    import sys

    trace = tmp_path / "trace.log"
    subprocess.run(["strace", "-f", "-qq", "-e", "trace=socket", "-o", str(trace), sys.executable, "-c",
                    "import socket; socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)"], check=True)
    assert inet_sockets(trace)


def test_python_level_guard_refuses_internet_sockets_in_tests():
    with pytest.raises(RuntimeError, match="network"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()  # local IPC stays possible
