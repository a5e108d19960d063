"""Regenerate the page images of the demo dossier, to look at the layout: docs/dossier-pages/*.png
(git-ignored). Needs pdftoppm (Debian: poppler-utils).

    python docs/render_dossier_pages.py [--dpi 80]

It builds the demo vault (desktop/demo.py) in a temporary, encrypted vault, renders:
  - CV-2024-001 (Chinese, French, partial dates, a screenshot exhibit) in the legal profile,
  - the same case in the public profile (pseudonyms),
  - CV-2024-007 in the legal profile, after recording in that throwaway vault that the student
    consented to be named to authorities, so that her Uyghur name (Arabic script) is printed,
and turns every page into a PNG. The PDFs go to a temporary folder and are deleted afterwards;
the PNGs are images of fictional demo data."""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db.vault import Vault  # noqa: E402
from desktop.demo import build_demo  # noqa: E402
from exporters.pdf import DossierOptions, export_case_dossier  # noqa: E402

RENDERS = (
    ("CV-2024-001", "legal", "For the asylum claim before the Immigration and Refugee Board of Canada"),
    ("CV-2024-001", "public", "Public report on transnational repression in Québec"),
    ("CV-2024-007", "legal", "Complaint to Greater Manchester Police (demo: consent recorded for this render)"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, default=80)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "dossier-pages")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        sys.stderr.write("pdftoppm is missing: install poppler-utils.\n")
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(Path(tmp) / "demo.cvault", "demo-render", author="demo")
        try:
            build_demo(vault)
            student = next(p for p in vault.repos.persons.all() if p.name == "Ayigul Tursun")
            with vault.write():
                vault.repos.persons.update(dataclasses.replace(student, consent="authorities"))
            for reference, profile, purpose in RENDERS:
                pdf = Path(tmp) / f"{reference}-{profile}.pdf"
                options = DossierOptions(profile=profile, purpose=purpose, include_tasks=True,
                                         produced_on=date(2024, 7, 1))
                dossier = export_case_dossier(vault, reference, pdf, options)
                prefix = args.out / f"{reference}-{profile}"
                subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", str(pdf), str(prefix)], check=True)
                print(f"{reference} {profile}: {dossier.pages} pages -> {prefix}-*.png")
        finally:
            vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
