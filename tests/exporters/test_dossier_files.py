"""What the dossier does with files: image exhibits re-encoded without metadata, stored bytes
checked against the intake hash, damaged images reported, atomic writing, AES-256 passwords,
cancelling from the progress callback."""

from __future__ import annotations

import hashlib
import io

import pikepdf
import pytest
from PIL import Image, ImageCms
from PIL.PngImagePlugin import PngInfo

from exporters.pdf import DossierOptions, MissingFontError, PasswordError, export_case_dossier, write_dossier
from tests.exporters.conftest import make, pages_text, squash

SECRET = "SECRET-CAMERA-4711"


def photo_with_metadata() -> bytes:
    """A JPEG carrying EXIF (camera, GPS position, orientation), an XMP packet, a comment and an ICC profile."""
    im = Image.new("RGB", (640, 400), (200, 60, 40))
    exif = Image.Exif()
    exif[0x010F] = SECRET  # Make
    exif[0x0112] = 6  # Orientation: rotate 90 degrees to show upright
    exif.get_ifd(0x8825)[2] = (45.0, 30.0, 15.0)  # GPSLatitude
    xmp = f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description creator="{SECRET}"/></x:xmpmeta>'.encode()
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buf = io.BytesIO()
    im.save(buf, format="JPEG", exif=exif, xmp=xmp, comment=SECRET.encode(), icc_profile=icc)
    return buf.getvalue()


def screenshot_with_metadata() -> bytes:
    info = PngInfo()
    info.add_text("Author", SECRET)
    buf = io.BytesIO()
    Image.new("RGBA", (300, 500), (10, 200, 10, 128)).save(buf, format="PNG", pnginfo=info)
    return buf.getvalue()


def all_stream_bytes(path) -> bytes:
    """Every stream of the PDF, decoded where possible (images stay as their raw JPEG/Flate data)."""
    out = []
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream) and obj.objgen not in document_own(pdf):
                try:
                    out.append(obj.read_bytes())
                except pikepdf.PdfError:
                    out.append(obj.read_raw_bytes())
    return b"\n".join(out)


def document_own(pdf) -> set[tuple[int, int]]:
    """The document's own XMP (its PDF/A identification) and sRGB output profile: not an image's metadata."""
    own = [pdf.Root.get("/Metadata")] + [oi.get("/DestOutputProfile") for oi in pdf.Root.get("/OutputIntents", [])]
    return {o.objgen for o in own if o is not None}


def without_document_own(path) -> bytes:
    raw = path.read_bytes()
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream) and obj.objgen in document_own(pdf):
                raw = raw.replace(obj.read_raw_bytes(), b"")
    return raw


def test_images_are_reencoded_upright_without_any_metadata(tmp_path, demo_vault):
    case = demo_vault.repos.cases.resolve("CV-2024-007")
    photo = demo_vault.repos.exhibits.add_file(case.id, photo_with_metadata(), "IMG_0001.jpg", description="Door",
                                               persons_recorded=True)
    shot = demo_vault.repos.exhibits.add_file(case.id, screenshot_with_metadata(), "shot.png", description="Chat",
                                              persons_recorded=True)
    assert SECRET.encode() in demo_vault.repos.exhibits.read_data(photo.id)
    pdf = tmp_path / "d.pdf"
    export_case_dossier(demo_vault, "CV-2024-007", pdf, DossierOptions())
    assert SECRET.encode() not in pdf.read_bytes() + all_stream_bytes(pdf)
    raw = without_document_own(pdf) + all_stream_bytes(pdf)
    assert b"Exif" not in raw and b"xmpmeta" not in raw and b"GPS" not in raw and b"acsp" not in raw
    with pikepdf.open(pdf) as doc:
        images = [img for page in doc.pages for img in page.get_images().values()]
        assert len(images) == 2
        jpeg = next(img for img in images if pikepdf.Name.DCTDecode in pikepdf.Array(img.get("/Filter")))
        assert (int(jpeg.Width), int(jpeg.Height)) == (400, 640)  # turned upright by its EXIF orientation
        assert b"Exif" not in jpeg.read_raw_bytes()
    text = squash("".join(pages_text(pdf)))
    assert f"ExhibitE-{photo.number}" in text and f"ExhibitE-{shot.number}" in text


def test_stored_bytes_that_no_longer_match_the_intake_hash_are_flagged(tmp_path, demo_vault):
    case = demo_vault.repos.cases.resolve("CV-2024-001")
    exhibit = demo_vault.repos.exhibits.for_case(case.id)[0]
    with demo_vault.write():  # someone altered the stored file behind the application's back
        demo_vault.conn.execute("UPDATE exhibit_data SET data = ? WHERE exhibit_id = ?", (b"altered", exhibit.id))
    pdf = tmp_path / "d.pdf"
    dossier = export_case_dossier(demo_vault, "CV-2024-001", pdf, DossierOptions())
    text = squash("".join(pages_text(pdf)))
    assert f"SHA-256{hashlib.sha256(b'altered').hexdigest()}" in text
    assert f"WARNING:thestoredfiledoesnotmatchtheSHA-256recordedatintake({exhibit.sha256})" in text
    assert any(exhibit.label in n and "no longer matches" in n for n in dossier.notes)


def test_damaged_or_huge_images_are_listed_and_explained_not_fatal(tmp_path, demo_vault):
    case = demo_vault.repos.cases.resolve("CV-2024-007")
    broken = demo_vault.repos.exhibits.add_file(case.id, b"\x89PNG\r\n\x1a\n" + b"\0" * 200, "broken.png",
                                                persons_recorded=True)
    buf = io.BytesIO()
    Image.new("1", (9000, 9000)).save(buf, format="PNG")  # 81 megapixels in a few kilobytes
    huge = demo_vault.repos.exhibits.add_file(case.id, buf.getvalue(), "scan.png", persons_recorded=True)
    pdf = tmp_path / "d.pdf"
    dossier = export_case_dossier(demo_vault, "CV-2024-007", pdf, DossierOptions())
    text = squash("".join(pages_text(pdf)))
    assert broken.sha256 in text and "Notreproduced:itcouldnotbereadasanimage." in text
    assert huge.sha256 in text and "Notreproduced:itistoolargetodecodehere(81megapixels)." in text
    assert any(broken.label in n and huge.label in n for n in dossier.notes)


def test_a_failed_export_leaves_the_previous_file_and_no_partial_file(tmp_path, demo_cases):
    demo = demo_cases["CV-2024-001"]
    good = make(tmp_path, demo)
    before = good.read_bytes()
    empty = tmp_path / "fonts"
    empty.mkdir()
    with pytest.raises(MissingFontError):
        make(tmp_path, demo, font_dirs=(empty,))
    assert good.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dossier.pdf", "fonts"]
    # A write the disk refuses half-way is tested end to end in tests/desktop/test_cli_dossier.py.


def test_password_encrypts_with_aes_256(tmp_path, demo_cases):
    pdf = make(tmp_path, demo_cases["CV-2024-001"], password="lange Passphrase 长密码")
    raw = pdf.read_bytes()
    assert b"CV-2024-001" not in raw and b"CaseVault" not in raw  # text and metadata are encrypted
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(pdf)
    with pikepdf.open(pdf, password="lange Passphrase 长密码") as doc:
        assert doc.encryption.R == 6 and doc.encryption.bits == 256
        assert doc.encryption.stream_method.name == "aesv3" == doc.encryption.string_method.name
        assert len(doc.pages) == len(pages_text(make(tmp_path, demo_cases["CV-2024-001"], "plain.pdf")))
    with pytest.raises(PasswordError):
        make(tmp_path, demo_cases["CV-2024-001"], "x.pdf", password="")


def test_raising_from_progress_cancels_and_writes_nothing(tmp_path, demo_cases):
    demo = demo_cases["CV-2024-001"]

    class Cancelled(Exception):
        pass

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "layout" and done == 3:
            raise Cancelled

    with pytest.raises(Cancelled):
        write_dossier(tmp_path / "d.pdf", demo.case_file, demo.state, DossierOptions(), demo.read, progress)
    assert list(tmp_path.iterdir()) == []
