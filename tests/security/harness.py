"""Running CaseVault as a user would, in child processes, for the security and fault tests:
the command line under strace (to see every socket the process or its libraries open), scans of
every file a run created for plaintext markers, and a size-limited filesystem for full-disk tests
(a tmpfs mounted in a private mount namespace, which needs no root)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "security suite passphrase"
INET = re.compile(r"socket\((AF_INET6?|AF_PACKET|PF_INET6?)\b")


def long_mode() -> bool:
    """CASEVAULT_LONG=1 runs the crash and fuzz loops at maintainer length instead of CI length."""
    return os.environ.get("CASEVAULT_LONG") == "1"


def child_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment whose home, config and temp folders all live under `home`, so that every
    file the child writes can be found and scanned."""
    for sub in ("home", "config", "tmp", "cache", "runtime"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    (home / "runtime").chmod(0o700)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEVAULT_")}
    env.update(HOME=str(home / "home"), XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_RUNTIME_DIR=str(home / "runtime"), TMPDIR=str(home / "tmp"), QT_QPA_PLATFORM="offscreen",
               CASEVAULT_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    env.update(extra)
    return env


def cli(*args: str, env: dict[str, str], trace: Path | None = None, check: bool = True,
        stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `casevault ARGS` in a child process, optionally under strace -f logging socket calls."""
    cmd = [sys.executable, "-m", "desktop.cli", *args]
    if trace is not None:
        cmd = ["strace", "-f", "-qq", "-e", "trace=socket", "-o", str(trace), *cmd]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT, input=stdin, timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"casevault {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result


def inet_sockets(trace: Path) -> list[str]:
    """Internet (or raw packet) sockets the traced process tree asked for."""
    return [line for line in trace.read_text().splitlines() if INET.search(line)]


def files_under(*roots: Path) -> list[Path]:
    out = []
    for root in roots:
        if root.is_file():
            out.append(root)
        elif root.exists():
            out += [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]
    return out


def needles(marker: str) -> list[bytes]:
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def find_markers(paths: list[Path], markers: list[str]) -> list[str]:
    """'file: marker' for every marker found in any encoding we might leak it in."""
    found = []
    for path in paths:
        data = path.read_bytes()
        for marker in markers:
            if any(n in data for n in needles(marker)):
                found.append(f"{path}: {marker}")
    return found


def have(tool: str) -> bool:
    return shutil.which(tool) is not None


def app_session(env: dict[str, str], work: Path, inputs: Path, exports: Path, report: Path,
                trace: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the desktop app offscreen through tests/security/app_session.py in a child process,
    optionally under strace -f logging socket, connect and execve calls (execve shows that the trace
    did follow the process). The driver writes its findings to `report`."""
    cmd = [sys.executable, "-m", "tests.security.app_session", str(work), str(inputs), str(exports), str(report)]
    if trace is not None:
        cmd = ["strace", "-f", "-qq", "-e", "trace=socket,connect,execve", "-o", str(trace), *cmd]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT, timeout=600)
