"""Deterministic release steps for scripts/build-release.sh, in Python so that they behave the same
on Linux, macOS and Windows (no GNU tar flags, no sha256sum on Windows):

    release_tools.py stamp SRC VERSION COMMIT EPOCH   write SRC/desktop/build_stamp.json
    release_tools.py manifest DIR                      write DIR/MANIFEST.sha256 (every regular file)
    release_tools.py tar DIR OUT.tar.xz EPOCH          archive DIR (sorted, owner 0, mtime EPOCH)
    release_tools.py zip DIR OUT.zip EPOCH             the same as a zip (for Windows)
    release_tools.py sums OUT FILE...                  write OUT in `sha256sum` format (names relative to OUT's folder)
    release_tools.py requirements LOCK WHEEL OUT       the lock plus the casevault wheel, by hash
    release_tools.py glibc DIR                         the newest GLIBC_x.y symbol version DIR's binaries use

Build tool only: nothing here is imported by CaseVault."""

from __future__ import annotations

import hashlib
import json
import lzma
import os
import re
import stat
import sys
import tarfile
import time
import zipfile
from pathlib import Path


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def entries(root: Path) -> list[Path]:
    """Every file, folder and symlink under root, sorted by their '/'-joined relative path."""
    found = [Path(dirpath, name) for dirpath, dirs, files in os.walk(root) for name in (*dirs, *files)]
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def stamp(src: Path, version: str, commit: str, epoch: int) -> None:
    date = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))
    text = json.dumps({"version": version, "commit": commit, "date": date}, indent=1, sort_keys=True) + "\n"
    (src / "desktop" / "build_stamp.json").write_text(text, encoding="utf-8")


def manifest(root: Path) -> None:
    out = root / "MANIFEST.sha256"
    lines = [f"{sha256(p)}  {p.relative_to(root).as_posix()}" for p in entries(root)
             if p.is_file() and not p.is_symlink() and p != out]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def _mode(path: Path) -> int:
    """0755 for folders and executables, 0644 for the rest: the builder's umask never shows."""
    if path.is_dir() or os.stat(path).st_mode & stat.S_IXUSR:
        return 0o755
    return 0o644


def tar(root: Path, out: Path, epoch: int) -> None:
    def info(path: Path, arcname: str) -> tarfile.TarInfo:
        ti = tarfile.TarInfo(arcname)
        ti.mtime, ti.uid, ti.gid, ti.uname, ti.gname = epoch, 0, 0, "", ""
        if path.is_symlink():
            ti.type, ti.linkname, ti.mode = tarfile.SYMTYPE, os.readlink(path), 0o777
        elif path.is_dir():
            ti.type, ti.mode = tarfile.DIRTYPE, 0o755
        else:
            ti.size, ti.mode = path.stat().st_size, _mode(path)
        return ti

    with lzma.open(out, "wb", preset=6) as xz, tarfile.open(fileobj=xz, mode="w", format=tarfile.GNU_FORMAT) as t:
        t.addfile(info(root, root.name))
        for path in entries(root):
            ti = info(path, f"{root.name}/{path.relative_to(root).as_posix()}")
            if ti.isreg():
                with open(path, "rb") as fh:
                    t.addfile(ti, fh)
            else:
                t.addfile(ti)


def zip_(root: Path, out: Path, epoch: int) -> None:
    stamp_ = time.gmtime(max(epoch, 315532800))[:6]  # zip dates start in 1980
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for path in entries(root):
            name = f"{root.name}/{path.relative_to(root).as_posix()}"
            if path.is_dir():
                continue
            zi = zipfile.ZipInfo(name, stamp_)
            zi.external_attr = (_mode(path) | stat.S_IFREG) << 16
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, path.read_bytes())


def sums(out: Path, files: list[Path]) -> None:
    base = out.resolve().parent
    lines = [f"{sha256(f)}  {f.resolve().relative_to(base).as_posix()}" for f in sorted(files)]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def requirements(lock: Path, wheel: Path, out: Path) -> None:
    """The lock's pins and hashes, plus CaseVault's own wheel by its hash: `pip install
    --require-hashes` then refuses any file that is not exactly the one built."""
    name, version = wheel.name.split("-")[:2]
    out.write_text(lock.read_text(encoding="utf-8").rstrip("\n") + f"\n{name}=={version} \\\n"
                   f"    --hash=sha256:{sha256(wheel)}\n", encoding="utf-8", newline="\n")


def glibc(root: Path) -> str:
    """The newest glibc symbol version referenced by an ELF file under root: the oldest glibc the
    bundle runs on."""
    found = {(2, 17)}
    for path in entries(root):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as fh:
                if fh.read(4) != b"\x7fELF":
                    continue
                data = fh.read()
            found.update((2, int(m)) for m in re.findall(rb"GLIBC_2\.(\d+)", data))
    major, minor = max(found)
    return f"{major}.{minor}"


def main(argv: list[str]) -> int:
    command, *rest = argv
    if command == "stamp":
        stamp(Path(rest[0]), rest[1], rest[2], int(rest[3]))
    elif command == "manifest":
        manifest(Path(rest[0]))
    elif command == "tar":
        tar(Path(rest[0]), Path(rest[1]), int(rest[2]))
    elif command == "zip":
        zip_(Path(rest[0]), Path(rest[1]), int(rest[2]))
    elif command == "sums":
        sums(Path(rest[0]), [Path(f) for f in rest[1:]])
    elif command == "glibc":
        print(glibc(Path(rest[0])))
    elif command == "requirements":
        requirements(Path(rest[0]), Path(rest[1]), Path(rest[2]))
    else:
        raise SystemExit(f"unknown command {command}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
