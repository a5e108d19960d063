"""Benchmark: a dossier whose case holds one enormous field (issue 17).

    python bench/bench_dossier_big_field.py [--megabytes 5]

Puts a pasted text of 5 MB (English, Chinese, one unbroken "word", and 5 MB of short lines) into
one incident description of the demo case, in a temporary encrypted vault, and times its legal and
public dossiers. A field prints at most exporters.pdf.redaction.FIELD_CAP characters and LINE_CAP
lines, so each should take about as long as the demo dossier itself: target under 3 s each on the
reference machine (before the cap, the English text alone took more than five minutes).
All data is synthetic."""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db.vault import Vault  # noqa: E402
from desktop.demo import build_demo  # noqa: E402
from exporters.pdf import DossierOptions, export_case_dossier  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    args = parser.parse_args(argv)
    size = int(args.megabytes * 1_000_000)
    texts = {"english": "Relatives were summoned again and again. ", "chinese": "母亲多次被约谈，退休金被停发。",
             "one word": "x", "short lines": "line\n"}
    with tempfile.TemporaryDirectory() as tmp:
        with Vault.create(Path(tmp) / "bench.cvault", "benchmark passphrase", author="bench") as vault:
            build_demo(vault)
            case = vault.repos.cases.resolve("CV-2024-001")
            incident = vault.repos.load_case_file(case.id).incidents[0]
            for n, (label, unit) in enumerate(texts.items()):
                text = (unit * (size // len(unit) + 1))[:size]
                with vault.write():
                    vault.repos.incidents.update(dataclasses.replace(incident, description=text))
                    incident = vault.repos.incidents.get(incident.id)
                for profile in ("legal", "public"):
                    start = time.perf_counter()
                    dossier = export_case_dossier(vault, case.id, Path(tmp) / f"{n}-{profile}.pdf",
                                                  DossierOptions(profile=profile))
                    print(f"{label:12} {profile:6} {time.perf_counter() - start:6.2f} s  {dossier.pages:3} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
