"""Benchmark: the PDF dossier of a large case (issue 5), and an IRB disclosure package (issue 14).

    python bench/bench_dossier.py [--incidents 500] [--sources 100] [--images 40] [--keep DIR]
    python bench/bench_dossier.py --irb [--exhibits 40]

Builds, in a temporary encrypted vault, one case with 500 incidents (mixed English, French and
Chinese text, partial dates), 100 sources, 40 image exhibits (half camera photos with EXIF, half
phone screenshots) and 30 persons, then exports its dossier in a fresh process (so that the peak
memory is the export's, not the set-up's) and prints: seconds, pages, pages per second, peak
resident memory. Targets on the reference machine: under 10 s, at least 40 pages/s, under 500 MB.

With --irb: one case with 100 incidents and 40 exhibits (half PDFs of 2-6 pages with embedded
fonts, half photos and screenshots), exported as the IRB package (PDF/A-2b, every exhibit page in
the running numbering), against raw ReportLab laying out the same text and images, with the same
PDF pages appended by pikepdf (what a hand-made script would do, without index, numbering,
redaction, fonts per script or PDF/A). Prints pages per second for both.
All data is synthetic."""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db import vocab  # noqa: E402
from db.models import Actor, Case, Incident, Intervention, Organisation, Person, Place, Role, Source  # noqa: E402
from db.vault import Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"
SENTENCES = [
    "Relatives were summoned to the local bureau and told to persuade him to return.",
    "Sa sœur a reçu un appel d'un numéro inconnu, évoquant l'adresse de l'école des enfants.",
    "母亲被告知，如果女儿不回国，退休金将一直停发。",
    "An unknown man photographed the entrance of the building on several evenings.",
    "Des messages WeChat menaçants ont été reçus après la publication de l'article.",
    "家属被要求劝其回国投案，并被威胁将失去工作。",
]


def photo(rng: random.Random, n: int) -> bytes:
    """A 2400x1800 camera-like JPEG with EXIF (make, GPS) - the metadata the dossier must drop."""
    from PIL import Image  # noqa: PLC0415

    base = Image.linear_gradient("L").resize((2400, 1800)).convert("RGB")
    noise = Image.effect_noise((2400, 1800), 40).convert("RGB")
    im = Image.blend(base, noise, 0.35)
    exif = Image.Exif()
    exif[0x010F] = f"BenchCam {n}"
    exif.get_ifd(0x8825)[2] = (45.0, rng.random() * 60, 0.0)
    buf = io.BytesIO()
    im.save(buf, format="JPEG", quality=90, exif=exif)
    return buf.getvalue()


def screenshot(rng: random.Random, n: int) -> bytes:
    """A 1080x2340 phone screenshot: flat colours and message bubbles."""
    from PIL import Image, ImageDraw  # noqa: PLC0415

    im = Image.new("RGB", (1080, 2340), (236, 239, 241))
    draw = ImageDraw.Draw(im)
    draw.rectangle((0, 0, 1080, 160), fill=(38, 50, 56))
    for k in range(14):
        y = 200 + k * 150
        width = rng.randint(300, 900)
        draw.rounded_rectangle((40, y, 40 + width, y + 110), radius=30, fill=(255, 255, 255))
        draw.text((70, y + 40), f"message {n}.{k}: we know where you live", fill=(30, 30, 30))
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


def build(path: Path, incidents: int, sources: int, images: int) -> None:
    rng = random.Random(5)
    with Vault.create(path, PASSPHRASE, author="bench") as v:
        r = v.repos
        with v.write():
            orgs = [Organisation(name=f"Public Security Bureau unit {k}", name_original=f"公安局第{k}分局",
                                 kind="public_security_bureau", country="CN") for k in range(8)]
            persons = [Person(name=f"Person {k}",
                              name_original=rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
                              consent=rng.choice(list(vocab.CONSENT)),
                              residence_status=rng.choice(list(vocab.RESIDENCE_STATUS))) for k in range(30)]
            r.organisations.add_many(orgs)
            r.persons.add_many(persons)
            case = r.cases.add(Case(reference="BENCH-001", title="Large case – 大型案件 – dossier benchmark",
                                    summary=" ".join(SENTENCES), confidentiality="strictly_confidential"))
            r.roles.add_many([Role(case_id=case.id, person_id=persons[0].id, role="target")]
                             + [Role(case_id=case.id, person_id=p.id, role="relative", relation="sibling",
                                     notes=rng.choice(SENTENCES)) for p in persons[1:12]]
                             + [Role(case_id=case.id, person_id=p.id, role="witness") for p in persons[12:]])
            srcs = [Source(case_id=case.id, kind=rng.choice(list(vocab.SOURCE_KIND)),
                           citation=f"Source {k}: interview notes, 访谈记录 {k}, « entretien »",
                           date=f"{2010 + k % 14}-{k % 12 + 1:02d}", language="zh",
                           reliability=rng.choice("ABCDEF"), credibility=rng.choice("123456")) for k in range(sources)]
            r.sources.add_many(srcs)
        exhibits = []
        for k in range(images):  # one transaction each: exhibit files are large
            data = photo(rng, k) if k % 2 == 0 else screenshot(rng, k)
            exhibits.append(r.exhibits.add_file(case.id, data, f"IMG_{k:04d}.{'jpg' if k % 2 == 0 else 'png'}",
                                                description=f"Exhibit {k}: {rng.choice(SENTENCES)}",
                                                persons_recorded=True))  # nobody shown: reproduced
        with v.write():
            r.incidents.add_many([Incident(
                case_id=case.id, tactic=rng.choice(list(vocab.TACTIC)),
                date_start=rng.choice([f"{2010 + k % 14}", f"{2010 + k % 14}-{k % 12 + 1:02d}",
                                       f"{2010 + k % 14}-{k % 12 + 1:02d}-{k % 28 + 1:02d}"]),
                places=[Place(country=rng.choice(["CN", "CA", "FR", "GB"]),
                              city=rng.choice(["Wenzhou", "Montréal", "Lyon"]))],
                target_ids=[rng.choice(persons[:12]).id],
                verification=rng.choice(list(vocab.VERIFICATION)),
                description=" ".join(rng.sample(SENTENCES, 3)),
                actors=[Actor("carried_out", organisation_id=rng.choice(orgs).id)],
                source_ids=[s.id for s in rng.sample(srcs, 2)],
                exhibit_ids=[rng.choice(exhibits).id] if k % 10 == 0 else [])
                for k in range(incidents)])
            r.interventions.add_many([Intervention(case_id=case.id, kind="police_report", date=f"{2015 + k}",
                                                   status="submitted") for k in range(6)])


def exhibit_pdf(rng: random.Random, n: int) -> bytes:
    """A 2-6 page PDF (a scanned letter's text layer): DejaVu Sans embedded, a heading and lines."""
    from reportlab.pdfbase import pdfmetrics  # noqa: PLC0415
    from reportlab.pdfbase.ttfonts import TTFont  # noqa: PLC0415
    from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415

    from exporters import bundled_fonts  # noqa: PLC0415

    if "BenchSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BenchSans", str(Path(bundled_fonts.__file__).parent / "DejaVuSans.ttf")))
    buf = io.BytesIO()
    c = Canvas(buf, initialFontName="BenchSans")
    for page in range(rng.randint(2, 6)):
        c.setFont("BenchSans", 16)
        c.drawString(72, 770, f"Document {n}, page {page + 1}")
        c.setFont("BenchSans", 10)
        for line in range(45):
            c.drawString(72, 740 - line * 15, rng.choice(SENTENCES)[:90])
        c.showPage()
    c.save()
    return buf.getvalue()


def build_irb(path: Path, exhibits: int) -> None:
    rng = random.Random(14)
    with Vault.create(path, PASSPHRASE, author="bench") as v:
        r = v.repos
        with v.write():
            claimant = r.persons.add(Person(name="Claimant", name_original="申请人", consent="authorities"))
            counsel = r.persons.add(Person(name="Counsel", consent="authorities"))
            board = r.organisations.add(Organisation(name="Immigration and Refugee Board", kind="other", country="CA"))
            case = r.cases.add(Case(reference="BENCH-IRB", title="IRB package benchmark – 基准",
                                    summary=" ".join(SENTENCES)))
            r.roles.add_many([Role(case_id=case.id, person_id=claimant.id, role="target"),
                              Role(case_id=case.id, person_id=counsel.id, role="lawyer")])
            r.interventions.add(Intervention(case_id=case.id, kind="asylum_claim", date="2026-01", status="pending",
                                             addressee_id=board.id, file_number="MB6-00000", claimant_id=claimant.id,
                                             uci="0000-0000", counsel_id=counsel.id))
            r.incidents.add_many([Incident(case_id=case.id, tactic=rng.choice(list(vocab.TACTIC)),
                                           date_start=f"{2012 + k % 12}-{k % 12 + 1:02d}", target_ids=[claimant.id],
                                           places=[Place(country="CN", city="Wenzhou")],
                                           description=" ".join(rng.sample(SENTENCES, 3))) for k in range(100)])
        for k in range(exhibits):
            if k % 2 == 0:
                data, name = exhibit_pdf(rng, k), f"document_{k}.pdf"
            else:
                data, name = (photo(rng, k), f"IMG_{k}.jpg") if k % 4 == 1 else (screenshot(rng, k), f"S_{k}.png")
            e = r.exhibits.add_file(case.id, data, name, description=f"Exhibit {k}", persons_recorded=True)
            e.language = "en"
            r.exhibits.update(e)


def measure_irb(vault_path: Path, out: Path) -> dict[str, float]:
    from exporters.pdf import DossierOptions, export_case_dossier  # noqa: PLC0415

    with Vault.open(vault_path, PASSPHRASE) as v:
        start = time.perf_counter()
        dossier = export_case_dossier(v, "BENCH-IRB", out, DossierOptions(forum="irb"))
        seconds = time.perf_counter() - start
        cf_exhibits = v.repos.exhibits.for_case(v.repos.cases.resolve("BENCH-IRB").id)
        incidents = v.repos.incidents.for_case(v.repos.cases.resolve("BENCH-IRB").id)
        files = [(e, v.repos.exhibits.read_data(e.id)) for e in cf_exhibits]
    raw_out = out.with_name("raw-reportlab.pdf")
    start = time.perf_counter()
    raw_pages = raw_reportlab(raw_out, [i.description for i in incidents], files)
    raw_seconds = time.perf_counter() - start
    return {"seconds": seconds, "pages": dossier.pages, "pdfa": dossier.pdfa, "raw_seconds": raw_seconds,
            "raw_pages": raw_pages, "bytes": out.stat().st_size}


def raw_reportlab(out: Path, texts: list[str], files: list) -> int:
    """The same content with plain ReportLab: the texts as paragraphs, each image on a page, the PDF
    exhibits' pages appended with pikepdf. No index, running numbers, fonts per script or PDF/A."""
    import pikepdf  # noqa: PLC0415
    from reportlab.lib.pagesizes import LETTER  # noqa: PLC0415
    from reportlab.lib.styles import getSampleStyleSheet  # noqa: PLC0415
    from reportlab.lib.utils import ImageReader  # noqa: PLC0415
    from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate  # noqa: PLC0415

    style = getSampleStyleSheet()["BodyText"]
    story = [Paragraph(t.replace("&", "&amp;").replace("<", "&lt;"), style) for t in texts]
    for e, data in files:
        if e.mime_type.startswith("image/"):
            w, h = ImageReader(io.BytesIO(data)).getSize()
            scale = min(460 / w, 600 / h)
            story += [PageBreak(), Image(io.BytesIO(data), w * scale, h * scale)]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=LETTER).build(story)
    with pikepdf.open(io.BytesIO(buf.getvalue())) as pdf:
        for e, data in files:
            if e.mime_type == "application/pdf":
                with pikepdf.open(io.BytesIO(data)) as src:
                    pdf.pages.extend(src.pages)
        pdf.save(out)
        return len(pdf.pages)


def measure(vault_path: Path, out: Path, profile: str) -> dict[str, float]:
    from exporters.pdf import DossierOptions, export_case_dossier  # noqa: PLC0415

    with Vault.open(vault_path, PASSPHRASE) as v:
        start, cpu = time.perf_counter(), time.process_time()
        dossier = export_case_dossier(v, "BENCH-001", out, DossierOptions(profile=profile))
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": seconds, "cpu": cpu, "pages": dossier.pages, "bytes": out.stat().st_size,
            "peak_mb": peak_kb / 1024}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=500)
    parser.add_argument("--sources", type=int, default=100)
    parser.add_argument("--images", type=int, default=40)
    parser.add_argument("--profile", default="legal")
    parser.add_argument("--keep", type=Path, help="keep the vault and PDF in this folder")
    parser.add_argument("--irb", action="store_true", help="time the IRB package against raw ReportLab")
    parser.add_argument("--exhibits", type=int, default=40, help="exhibits of the IRB case (with --irb)")
    parser.add_argument("--measure", nargs=2, type=Path, help=argparse.SUPPRESS)  # internal: VAULT OUT
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure_irb(*args.measure) if args.irb else measure(*args.measure, args.profile)))
        return 0
    if args.irb:
        return main_irb(args)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        vault_path, out = folder / "bench-dossier.cvault", folder / "bench-dossier.pdf"
        if not vault_path.exists():
            t = time.perf_counter()
            build(vault_path, args.incidents, args.sources, args.images)
            print(f"set-up: vault with {args.incidents} incidents, {args.sources} sources, {args.images} images "
                  f"built in {time.perf_counter() - t:.1f} s")
        proc = subprocess.run([sys.executable, __file__, "--profile", args.profile, "--measure", str(vault_path),
                               str(out)], capture_output=True, text=True)
        if proc.returncode:
            sys.stderr.write(proc.stderr)
            return proc.returncode
        r = json.loads(proc.stdout)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"dossier ({args.profile}): {r['pages']} pages, {r['bytes'] / 1e6:.1f} MB PDF")
    print(f"time:        {r['seconds']:.2f} s wall, {r['cpu']:.2f} s CPU (target < 10 s)")
    print(f"throughput:  {r['pages'] / r['seconds']:.1f} pages/s wall, {r['pages'] / r['cpu']:.1f} pages/s per CPU "
          "second (target >= 40)")
    print(f"peak memory: {r['peak_mb']:.0f} MB (target < 500 MB; the whole process, Python included)")
    print(f"load average when measured: {load:.1f} on {os.cpu_count()} CPUs (wall time grows with other work)")
    return 0


def main_irb(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        vault_path, out = folder / "bench-irb.cvault", folder / "bench-irb.pdf"
        if not vault_path.exists():
            t = time.perf_counter()
            build_irb(vault_path, args.exhibits)
            print(f"set-up: IRB case with 100 incidents and {args.exhibits} exhibits (PDF and images) built in "
                  f"{time.perf_counter() - t:.1f} s")
        out.unlink(missing_ok=True)
        proc = subprocess.run([sys.executable, __file__, "--irb", "--measure", str(vault_path), str(out)],
                              capture_output=True, text=True)
        if proc.returncode:
            sys.stderr.write(proc.stderr)
            return proc.returncode
        r = json.loads(proc.stdout)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"IRB package: {r['pages']} pages, {r['bytes'] / 1e6:.1f} MB, PDF/A {'yes' if r['pdfa'] else 'no'}: "
          f"{r['seconds']:.2f} s, {r['pages'] / r['seconds']:.1f} pages/s")
    print(f"raw ReportLab, same text, images and PDF pages: {r['raw_pages']} pages, {r['raw_seconds']:.2f} s, "
          f"{r['raw_pages'] / r['raw_seconds']:.1f} pages/s")
    print(f"load average when measured: {load:.1f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
