"""The release steps that do not need a full build: archives and manifests are byte-for-byte
reproducible and carry no builder's name, umask or time; SHA256SUMS checks with sha256sum; the
requirements file pins CaseVault's own wheel by hash; the .deb installs into /opt/casevault with
launchers; an SSH signature of SHA256SUMS verifies with ssh-keygen, as docs/install.md shows."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / "packaging" / "release_tools.py"
EPOCH = "1767225600"  # 2026-01-01


def tools(*args: str, env: dict[str, str] | None = None) -> str:
    return subprocess.run([sys.executable, str(TOOLS), *args], check=True, capture_output=True, text=True,
                          env=env).stdout


def fake_bundle(parent: Path, umask: int) -> Path:
    old = os.umask(umask)
    try:
        root = parent / "casevault-1.0-linux-x86_64"
        (root / "_internal" / "sub").mkdir(parents=True)
        (root / "casevault").write_bytes(b"\x7fELF binary GLIBC_2.17 GLIBC_2.34\x00")
        (root / "casevault").chmod(0o777 & ~umask)
        (root / "_internal" / "sub" / "data.txt").write_text("中文 data\n")
        (root / "_internal" / "libx.so.1").write_bytes(b"\x7fELF lib GLIBC_2.28")
        (root / "_internal" / "libx.so").symlink_to("libx.so.1")
    finally:
        os.umask(old)
    return root


def test_archives_are_identical_whoever_builds_them_and_whenever(tmp_path):
    outputs = []
    for n, umask in enumerate((0o022, 0o077)):
        root = fake_bundle(tmp_path / f"b{n}", umask)
        os.utime(root / "casevault", (1e9 + n, 1e9 + n))
        tools("manifest", str(root))
        tar_, zip_ = tmp_path / f"b{n}.tar.xz", tmp_path / f"b{n}.zip"
        tools("tar", str(root), str(tar_), EPOCH)
        tools("zip", str(root), str(zip_), EPOCH)
        outputs.append((tar_.read_bytes(), zip_.read_bytes(), (root / "MANIFEST.sha256").read_text()))
    assert outputs[0] == outputs[1]
    with tarfile.open(tmp_path / "b0.tar.xz") as t:
        members = {m.name: m for m in t.getmembers()}
    assert list(members) == sorted(members)
    exe = members["casevault-1.0-linux-x86_64/casevault"]
    assert (exe.mode, exe.uid, exe.uname, exe.mtime) == (0o755, 0, "", int(EPOCH))
    assert members["casevault-1.0-linux-x86_64/_internal/sub/data.txt"].mode == 0o644
    assert members["casevault-1.0-linux-x86_64/_internal/libx.so"].linkname == "libx.so.1"
    names = zipfile.ZipFile(tmp_path / "b0.zip").namelist()
    assert "casevault-1.0-linux-x86_64/_internal/sub/data.txt" in names


def test_the_manifest_and_sums_check_with_sha256sum_and_catch_a_changed_file(tmp_path):
    root = fake_bundle(tmp_path, 0o022)
    tools("manifest", str(root))
    manifest = (root / "MANIFEST.sha256").read_text().splitlines()
    assert [line.split("  ")[1] for line in manifest] == ["_internal/libx.so.1", "_internal/sub/data.txt",
                                                          "casevault"]
    subprocess.run(["sha256sum", "--quiet", "-c", "MANIFEST.sha256"], cwd=root, check=True)
    tools("sums", str(tmp_path / "SHA256SUMS"), str(root / "MANIFEST.sha256"), str(root / "casevault"))
    subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=tmp_path, check=True)
    (root / "_internal" / "sub" / "data.txt").write_text("changed\n")
    assert subprocess.run(["sha256sum", "--quiet", "-c", "MANIFEST.sha256"], cwd=root,
                          capture_output=True).returncode == 1
    assert tools("glibc", str(root)).strip() == "2.34"


def test_requirements_pin_casevaults_own_wheel_by_hash(tmp_path):
    wheel = tmp_path / "casevault-1.0-py3-none-any.whl"
    wheel.write_bytes(b"not really a wheel")
    lock = ROOT / "packaging" / "requirements" / "linux-x86_64.txt"
    tools("requirements", str(lock), str(wheel), str(tmp_path / "requirements.txt"))
    text = (tmp_path / "requirements.txt").read_text()
    assert text.startswith(lock.read_text().rstrip("\n"))
    import hashlib
    assert text.endswith(f"casevault==1.0 \\\n    --hash=sha256:{hashlib.sha256(wheel.read_bytes()).hexdigest()}\n")


def test_every_locked_requirement_has_hashes_and_intel_macs_get_older_pins():
    folder = ROOT / "packaging" / "requirements"
    pins = {}
    for lock in sorted(folder.glob("*.txt")):
        text = lock.read_text()
        names = [line.split("==")[0] for line in text.splitlines() if "==" in line and not line.startswith(" ")]
        assert names and text.count("--hash=sha256:") >= len(names), lock.name
        pins[lock.stem] = {line.split(" ")[0] for line in text.splitlines() if "==" in line}
    assert {"linux-x86_64", "linux-aarch64", "windows-x86_64", "macos-arm64", "macos-x86_64", "build"} <= set(pins)
    assert "cryptography==48.0.1" in pins["macos-x86_64"] and "pikepdf==9.11.0" in pins["macos-x86_64"]
    assert not any(p.startswith("pyinstaller") for name, p_ in pins.items() if name != "build" for p in p_)


@pytest.mark.skipif(not shutil.which("dpkg-deb"), reason="dpkg-deb builds .deb files on Debian")
def test_the_deb_installs_the_bundle_in_opt_with_launchers(tmp_path):
    root = fake_bundle(tmp_path, 0o022)
    deb = tmp_path / "casevault.deb"
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    build = ["bash", "-c", 'umask 077 && exec bash "$@"', "build", str(ROOT / "packaging" / "deb" / "build-deb.sh"),
             str(root), "1.0", "2.34", str(deb)]  # a builder's strict umask must not show in the package
    subprocess.run(build, check=True, env=env)
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], check=True, capture_output=True, text=True).stdout
    assert listing.splitlines()[0].startswith("drwxr-xr-x root/root") and listing.splitlines()[0].endswith(" ./")
    assert "./opt/casevault/_internal/sub/data.txt" in listing
    modes = {line.split()[0] for line in listing.splitlines()}
    assert modes <= {"drwxr-xr-x", "-rw-r--r--", "-rwxr-xr-x", "lrwxrwxrwx"}, modes
    assert "./opt/casevault/casevault" in listing and "./usr/share/applications/casevault.desktop" in listing
    assert "./usr/bin/casevault -> /opt/casevault/casevault" in listing
    assert "./usr/bin/casevault-gui -> /opt/casevault/casevault-gui" in listing
    assert all(" root/root " in line for line in listing.splitlines())
    info = subprocess.run(["dpkg-deb", "-f", str(deb), "Depends", "Version"], check=True, capture_output=True,
                          text=True).stdout
    assert "libc6 (>= 2.34)" in info and "Version: 1.0" in info
    first = deb.read_bytes()
    subprocess.run(build[:2] + ['umask 022 && exec bash "$@"'] + build[3:], check=True, env=env)
    assert deb.read_bytes() == first


@pytest.mark.skipif(not shutil.which("ssh-keygen"), reason="OpenSSH's ssh-keygen signs and verifies")
def test_an_ssh_signature_of_the_sums_verifies_and_catches_a_changed_line(tmp_path):
    key = tmp_path / "release_key"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "casevault-release", "-f", str(key)],
                   check=True)
    sums = tmp_path / "SHA256SUMS"
    sums.write_text("0" * 64 + "  casevault-1.0-linux-x86_64.tar.xz\n")
    subprocess.run(["ssh-keygen", "-Y", "sign", "-q", "-n", "file", "-f", str(key), str(sums)], check=True)
    signers = tmp_path / "allowed_signers"
    signers.write_text("casevault-release " + (tmp_path / "release_key.pub").read_text())

    def verify() -> int:
        with open(sums, "rb") as fh:
            return subprocess.run(["ssh-keygen", "-Y", "verify", "-f", str(signers), "-I", "casevault-release",
                                   "-n", "file", "-s", f"{sums}.sig"], stdin=fh, capture_output=True).returncode

    assert verify() == 0
    sums.write_text("1" * 64 + "  casevault-1.0-linux-x86_64.tar.xz\n")
    assert verify() != 0
