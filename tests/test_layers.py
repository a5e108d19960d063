"""The layering rules of STYLE.md, checked on the source: db/ and exporters/ never import Qt;
ui/ never imports the database driver or reaches for a connection."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def sources(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", ["db", "exporters"])
def test_storage_and_exporters_never_import_qt(package):
    for path in sources(package):
        qt = {m for m in imported_modules(path) if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt6")}
        assert not qt, f"{path.relative_to(ROOT)} imports {qt}"


def test_ui_never_touches_the_database():
    for path in sources("ui"):
        mods = imported_modules(path)
        assert not {m for m in mods if m.split(".")[0] in ("sqlcipher3", "sqlite3")}, path
        assert "db.vault" not in mods, f"{path.relative_to(ROOT)} imports db.vault"
        text = path.read_text(encoding="utf-8")
        # \b: ".connect(" (Qt signals) is not ".conn" (the vault's connection).
        assert not re.search(r"\.conn\b", text) and ".execute(" not in text, f"{path.relative_to(ROOT)} runs SQL"


def test_nothing_imports_network_modules():
    banned = {"socket", "urllib.request", "http.client", "requests", "PySide6.QtNetwork", "PySide6.QtWebEngineCore"}
    for package in ("db", "exporters", "desktop", "ui"):
        for path in sources(package):
            assert not (imported_modules(path) & banned), path
