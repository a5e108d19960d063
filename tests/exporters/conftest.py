"""Helpers for the dossier tests: the demo cases loaded once from a real encrypted vault, and
readers for produced PDFs (pypdf for text, poppler's pdffonts and pdftotext for fonts and boxes)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from db.models import CaseFile
from db.vault import Vault
from exporters.pdf import DossierOptions, write_dossier
from exporters.pdf.dossier import dossier_case_file
from tests.conftest import PASSPHRASE


@dataclass
class DemoCase:
    case_file: CaseFile
    state: tuple[int, str]
    files: dict[str, bytes]  # exhibit id -> stored bytes

    def read(self, exhibit_id: str) -> bytes:
        return self.files[exhibit_id]


@pytest.fixture(scope="session")
def demo_cases(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, DemoCase]:
    """Every demo case by reference, read once from a copy of the encrypted demo vault."""
    path = tmp_path_factory.mktemp("dossier") / "demo.cvault"
    shutil.copyfile(demo_template, path)
    cases = {}
    with Vault.open(path, PASSPHRASE) as v:
        state = v.repos.audit.head()
        for case in v.repos.cases.all():
            cf = dossier_case_file(v, case.reference)
            cases[case.reference] = DemoCase(cf, state, {e.id: v.repos.exhibits.read_data(e.id) for e in cf.exhibits})
    return cases


def make(tmp_path: Path, demo: DemoCase, name: str = "dossier.pdf", **options: object) -> Path:
    out = tmp_path / name
    write_dossier(out, demo.case_file, demo.state, DossierOptions(**options), demo.read)  # type: ignore[arg-type]
    return out


def pages_text(pdf: Path | bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    return [page.extract_text() or "" for page in reader.pages]


def squash(text: str) -> str:
    """Text without any whitespace: line breaks in the PDF fall where the layout put them."""
    return re.sub(r"\s+", "", text)


def in_order(needle: str, haystack: str) -> bool:
    """Every character of `needle` occurs in `haystack` in order (other text may come between, as the
    page header does where a table row continues on the next page)."""
    rest = iter(haystack)
    return all(ch in rest for ch in needle)


def pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdffonts(pdf: Path) -> list[dict[str, str]]:
    """pdffonts' table as dicts: name, type, emb, sub, uni."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    rows = []
    for line in lines[2:]:
        parts = line.split()
        # name, type (one or two words), encoding, emb, sub, uni, object, id
        emb, sub, uni = parts[-5], parts[-4], parts[-3]
        rows.append({"name": parts[0], "type": " ".join(parts[1:-6]), "emb": emb, "sub": sub, "uni": uni})
    return rows


def word_boxes(pdf: Path) -> list[tuple[int, float, float, float, float, float, float]]:
    """(page, xMin, yMin, xMax, yMax, page width, page height) of every word, from pdftotext -bbox."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    boxes, page, size = [], 0, (0.0, 0.0)
    for line in html.splitlines():
        m = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line)
        if m:
            page, size = page + 1, (float(m.group(1)), float(m.group(2)))
            continue
        m = re.search(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)"', line)
        if m:
            boxes.append((page, *(float(g) for g in m.groups()), *size))
    return boxes


def assert_nothing_clipped(pdf: Path) -> None:
    """Every word lies inside its page, away from the edges (none runs off a cell or the paper)."""
    boxes = word_boxes(pdf)
    assert boxes
    for page, x0, y0, x1, y1, width, height in boxes:
        assert 20 <= x0 and x1 <= width - 20 and 20 <= y0 and y1 <= height - 20, (page, x0, y0, x1, y1)
