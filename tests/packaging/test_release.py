"""A real release, built by scripts/build-release.sh (wheelhouse and PyInstaller bundle; PyPI is
used to build the wheelhouse, nothing after that), then used as a field worker would:

- the wheelhouse is installed into a fresh virtualenv inside a network namespace that has no
  network (unshare -n), with an empty environment (env -i: no pip configuration, no local wheel
  folders), and the installed CaseVault creates a demo vault, searches it (pinyin, traditional
  characters), writes dossiers with and without a password, verifies the vault and starts its
  window offscreen; fontconfig sees no font at all, and dossiers still embed Chinese and
  Arabic-script fonts (the ones shipped in the package);
- the bundle does the same under strace: no internet socket, and starting the window on a
  virtual X screen writes no file.

Slow (a few minutes, most of it PyInstaller): marked `slow`, and run by scripts/test.sh like
every other test."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "field laptop passphrase 马"
SHOTS = Path(os.environ.get("CASEVAULT_RELEASE_SHOTS", "")) if os.environ.get("CASEVAULT_RELEASE_SHOTS") else None

pytestmark = pytest.mark.slow


def unshare_net() -> list[str]:
    """The command prefix for a network namespace without network: `unshare -n` as root, else a user
    namespace as well (`unshare -rn`)."""
    for prefix in (["unshare", "-n"], ["unshare", "-r", "-n"]):
        if subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
            return prefix
    pytest.fail("neither 'unshare -n' nor 'unshare -rn' works here: the offline install cannot be proven")


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    out = tmp_path_factory.mktemp("release")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEVAULT_")}
    started = time.monotonic()
    result = subprocess.run(["bash", "scripts/build-release.sh", "--out", str(out), "--no-archives"], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stderr[-4000:]
    sys.stderr.write(f"\nbuild-release.sh --no-archives: {time.monotonic() - started:.0f} s\n")
    yield out, result.stderr
    shutil.rmtree(out, ignore_errors=True)  # ~600 MB: wheelhouse and bundle


def empty_fontconfig(folder: Path) -> Path:
    """A fontconfig file naming no font folder at all, as on a system without fonts (and so
    without any font cache for fontconfig to bring up to date)."""
    folder.mkdir(parents=True, exist_ok=True)
    conf = folder / "fonts.conf"
    conf.write_text('<?xml version="1.0"?>\n<fontconfig></fontconfig>\n')
    return conf


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What `env -i` leaves, plus a home, a private runtime folder and fontconfig seeing no font."""
    (home / "home").mkdir(parents=True, exist_ok=True)
    (home / "run").mkdir(mode=0o700, exist_ok=True)
    env = {"HOME": str(home / "home"), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "XDG_RUNTIME_DIR": str(home / "run"),
           "FONTCONFIG_FILE": str(empty_fontconfig(home / "fonts")), "CASEVAULT_PASSPHRASE": PASSPHRASE}
    env.update(extra)
    return env


def run(cmd: list[str], env: dict[str, str], prefix: list[str] = (), **kwargs) -> subprocess.CompletedProcess[str]:
    """`PREFIX env -i VARS... CMD`: nothing from this test's environment leaks into the child."""
    full = [*prefix, "env", "-i", *(f"{k}={v}" for k, v in env.items()), *cmd]
    result = subprocess.run(full, capture_output=True, text=True, timeout=600, **kwargs)
    assert result.returncode == 0, f"{' '.join(cmd)} exited {result.returncode}: {result.stderr[-3000:]}"
    return result


def fonts_of(pdf: Path, password: str | None = None) -> set[str]:
    cmd = ["pdffonts", *(["-upw", password] if password else []), str(pdf)]
    lines = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert all(line.split()[-5] == "yes" for line in lines), lines  # every font embedded
    return {line.split()[0].split("+", 1)[1] for line in lines}


def uyghur_and_chinese(cli, vault: Path, work: Path) -> None:
    """Let CV-2024-007 print its student's Uyghur name (consent recorded) and give it a Chinese
    title, through export and import, as a user would."""
    doc = work / "case.json"
    cli("export", str(vault), str(doc), "--case", "CV-2024-007")
    data = json.loads(doc.read_text(encoding="utf-8"))
    for person in data["persons"]:
        person["consent"] = "authorities"
    data["cases"][0]["title"] += " （曼彻斯特）"
    doc.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    cli("import", str(vault), str(doc))
    doc.unlink()


def smoke(cli, work: Path) -> None:
    """demo, search, dossiers with and without a password, verify: the commands a field worker uses."""
    vault = work / "field.cvault"
    assert "5 fictional cases" in cli("demo", str(vault)).stdout

    def refs(query: str) -> list[str]:
        return [line.split("\t")[1] for line in cli("search", str(vault), query).stdout.splitlines()]

    assert refs("lin xiaomei") == ["CV-2024-001"]  # pinyin of 林晓梅
    assert refs("林曉梅") == ["CV-2024-001"]  # traditional characters find the simplified name
    assert refs("何东升") == ["CV-2021-003"]  # and simplified find the traditional 何東昇
    uyghur_and_chinese(cli, vault, work)
    plain = work / "dossier.pdf"
    cli("dossier", str(vault), "CV-2024-007", str(plain))
    assert {"WenQuanYiMicroHei-0", "NotoNaskhArabic-Regular", "DejaVuSans"} <= fonts_of(plain)
    secret = work / "pdf-password"
    secret.write_text("dossier password\n")
    locked = work / "locked.pdf"
    cli("dossier", str(vault), "CV-2024-001", str(locked), "--password-file", str(secret))
    assert subprocess.run(["pdffonts", str(locked)], capture_output=True).returncode != 0  # needs the password
    assert "WenQuanYiMicroHei-0" in fonts_of(locked, "dossier password")
    assert cli("verify", str(vault)).stdout.strip().endswith("Vault verified: no problem found.")


GUI_PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])

def look():
    from ui.main_window import MainWindow
    shown = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    image = shown[0].grab().toImage()
    image.save(sys.argv[1])
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    print(f"window {shown[0].windowTitle()} {image.width()}x{image.height()} colours {len(colours)}")
    app.quit()

QTimer.singleShot(300, look)
from desktop.app import main
sys.exit(main([sys.argv[0]]))
"""


def test_the_wheelhouse_installs_and_works_with_no_network_and_no_system_font(release, tmp_path):
    out, _log = release
    (wheelhouse,) = out.glob("wheelhouse-*")
    netns = unshare_net()
    interfaces = subprocess.run([*netns, "cat", "/proc/net/dev"], capture_output=True, text=True, check=True).stdout
    assert [line.split(":")[0].strip() for line in interfaces.splitlines()[2:]] == ["lo"]

    env = clean_env(tmp_path / "env")
    venv = tmp_path / "venv"
    started = time.monotonic()
    run(["bash", str(wheelhouse / "install-offline.sh"), "--venv", str(venv)], env, netns)
    sys.stderr.write(f"offline install: {time.monotonic() - started:.0f} s\n")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return run([str(venv / "bin" / "casevault"), *args], env, netns)

    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    assert f"(commit {commit[:12]}, " in cli("--version").stdout
    work = tmp_path / "work"
    work.mkdir()
    smoke(cli, work)

    probe = tmp_path / "gui_probe.py"
    probe.write_text(GUI_PROBE)
    shot = tmp_path / "window.png"
    seen = run([str(venv / "bin" / "python"), str(probe), str(shot)], dict(env, QT_QPA_PLATFORM="offscreen"), netns)
    assert re.search(r"window CaseVault \d+x\d+ colours (\d+)", seen.stdout), seen.stdout
    assert int(seen.stdout.split()[-1]) > 4  # text was drawn, not an empty grey window
    if SHOTS:
        shutil.copy(shot, SHOTS / "offline-install-window.png")


def writes_in(trace: Path) -> list[str]:
    """Files the traced processes created, opened for writing, renamed or removed (devices aside)."""
    found = []
    for line in trace.read_text(errors="replace").splitlines():
        if re.search(r"= -1 ", line):
            continue
        opened = re.search(r'\b(?:open|openat|creat)\((?:[^,]+, )?"([^"]*)", ([A-Z_|]+)', line)
        if opened and re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC", opened.group(2)):
            if not opened.group(1).startswith("/dev/"):
                found.append(line)
        elif re.search(r"\b(mkdir|mkdirat|rename|renameat2?|unlink|unlinkat|creat|link|symlink)\(", line):
            found.append(line)
    return found


def inet_sockets(trace: Path) -> list[str]:
    return [line for line in trace.read_text(errors="replace").splitlines()
            if re.search(r"socket\((AF_INET6?|AF_PACKET|PF_INET6?)\b", line)]


TRACE = ["strace", "-f", "-qq", "-e",
         "trace=execve,socket,connect,open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat"]


def traced_pid(trace: Path, program: str) -> int | None:
    """The pid strace logged for the process that executed `program` (strace's own pid is not it:
    signalling strace would detach it and leave the program running)."""
    for line in trace.read_text(errors="replace").splitlines():
        match = re.match(r'(\d+)\s+execve\("([^"]+)".* = 0$', line)
        if match and match.group(2).endswith(program):
            return int(match.group(1))
    return None


def free_display() -> int:
    return next(n for n in range(91, 200) if not Path(f"/tmp/.X{n}-lock").exists())


def test_the_bundle_runs_under_strace_without_sockets_and_starts_without_writing(release, tmp_path):
    out, log = release
    (bundle,) = (p for p in out.glob("casevault-*") if p.is_dir())
    # The manifest covers every file, and --version prints the SHA-256 listed in SHA256SUMS.
    subprocess.run(["sha256sum", "--quiet", "-c", "MANIFEST.sha256"], cwd=bundle, check=True)
    manifest_sha = hashlib.sha256((out / f"{bundle.name}.MANIFEST.sha256").read_bytes()).hexdigest()
    (sums,) = out.glob("SHA256SUMS-*")
    assert f"{manifest_sha}  {bundle.name}.MANIFEST.sha256" in sums.read_text().splitlines()
    # What Linux desktops lack, the bundle brings; what it never uses, it leaves out.
    internal = {p.name for p in (bundle / "_internal").rglob("*")}
    assert "libxcb-cursor.so.0" in internal
    assert not {n for n in internal if re.match(r"lib(gtk|gdk|cairo|pango|atk)|libqgtk3|libqvnc|libQt6Quick", n)}

    env = clean_env(tmp_path / "env")
    work = tmp_path / "work"
    work.mkdir()
    traces = tmp_path / "traces"
    traces.mkdir()
    count = iter(range(1000))

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        trace = traces / f"cli-{next(count)}.log"
        result = run([*TRACE, "-o", str(trace), str(bundle / "casevault"), *args], env)
        assert "execve(" in trace.read_text(), "strace did not follow the command"
        assert inet_sockets(trace) == [], f"casevault {args[0]} created an internet socket"
        return result

    version = cli("--version").stdout.strip()
    assert version.endswith(f"; manifest SHA-256 {manifest_sha})"), version
    assert writes_in(traces / "cli-0.log") == []
    smoke(cli, work)

    # The window, on a virtual X screen, traced from the start until it is mapped.
    display = free_display()
    xvfb = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    trace = traces / "gui.log"
    gui = None
    try:
        deadline = time.monotonic() + 30
        while not Path(f"/tmp/.X11-unix/X{display}").exists():
            assert time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.1)
        genv = dict(env, DISPLAY=f":{display}")
        started = time.monotonic()
        gui = subprocess.Popen([*TRACE, "-o", str(trace), "env", "-i", *(f"{k}={v}" for k, v in genv.items()),
                                str(bundle / "casevault-gui"), str(work / "field.cvault")],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        while True:
            tree = subprocess.run(["xwininfo", "-display", f":{display}", "-root", "-tree"], capture_output=True,
                                  text=True).stdout
            if re.search(r'"CaseVault": \("casevault-gui"', tree):
                break
            assert gui.poll() is None, gui.stdout.read()
            assert time.monotonic() - started < 60, "no CaseVault window after 60 s"
            time.sleep(0.1)
        sys.stderr.write(f"bundle: window mapped {time.monotonic() - started:.2f} s after start (under strace)\n")
        time.sleep(1)  # let it paint, then look
        if SHOTS:
            subprocess.run([sys.executable, "-c", "import sys\nfrom PySide6.QtGui import QGuiApplication\n"
                            "app = QGuiApplication(['shot'])\napp.primaryScreen().grabWindow(0).save(sys.argv[1])",
                            str(SHOTS / "bundle-window.png")], env=dict(os.environ, DISPLAY=f":{display}",
                                                                        QT_QPA_PLATFORM="xcb"), check=True)
    finally:
        if gui is not None:
            pid = traced_pid(trace, "/casevault-gui")
            if pid is not None:
                os.kill(pid, signal.SIGTERM)
            else:
                gui.kill()
            gui.wait(timeout=30)
        xvfb.terminate()
        xvfb.wait(timeout=30)
    assert "execve(" in trace.read_text()
    assert writes_in(trace) == [], "starting the window wrote files"
    assert inet_sockets(trace) == []
    assert [p for p in (tmp_path / "env" / "home").rglob("*") if p.is_file()] == []
