"""The stored files of a case's exhibits, read once for a dossier: the SHA-256 of the bytes as
stored, and for each image to reproduce a clean copy, made on two worker threads while the rest of
the dossier is laid out.

Clean copies are made entirely in memory: decoded with Pillow, turned upright by their EXIF
orientation, reduced to the resolution they are printed at (DPI), and encoded again as JPEG from
the pixels alone (EXIF, GPS, XMP, ICC, comments and any other metadata stay behind). Only those
new bytes reach the PDF; the original stays in the vault, and the dossier prints the SHA-256 of
the original. Screenshots and drawings (PNG, GIF, BMP, TIFF) are encoded at quality 92 without
chroma subsampling, so small text stays crisp; photographs at quality 85. JPEG lets the PDF carry
the bytes as they are (no second decoding or compression), which keeps large dossiers fast.

Thread rule: `exhibit_bytes` (which may read the vault) is only ever called from the thread that
created the ExhibitFiles; the workers get bytes, never the vault. At most BUDGET bytes of original
files wait in memory at once, so a case with many large photos stays within bounds. Use it as a
context manager: leaving it stops the workers. clean_image is a pure function, any thread."""

from __future__ import annotations

import hashlib
import io
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from db.models import Exhibit

BUDGET = 96 * 1024 * 1024  # bytes of original files queued for the workers at a time
DPI = 200  # sharp on paper and on screen at 200 % zoom; the original is in the vault
LOSSLESS = {"PNG", "GIF", "BMP", "TIFF", "PPM", "ICO"}
MAX_PIXELS = 60_000_000  # decoded at once (after JPEG's reduced-scale decoding): about 180 MB


@dataclass(frozen=True)
class CleanImage:
    data: bytes  # a JPEG without metadata
    width: float  # printed size in points
    height: float


class UnreadableImage(Exception):
    """The stored bytes are not an image Pillow can read safely; the message says why, as a clause
    ("it could not be read as an image")."""


def clean_image(data: bytes, box: tuple[float, float]) -> CleanImage:
    """Decode `data`, fit it in `box` (points; small images are enlarged at most twice), drop all
    metadata and re-encode; raise UnreadableImage when it cannot be read or is too large to decode."""
    try:
        im = Image.open(io.BytesIO(data))  # reads the header only
        source_format = im.format or ""
        width, height = _printed(im.size, box)
        pixels = (round(width / 72 * DPI), round(height / 72 * DPI))
        if source_format == "JPEG":  # decode at a reduced scale: much faster for camera photos
            im.draft("RGB", (pixels[0] * 3 // 4, pixels[1] * 3 // 4))
        if im.width * im.height > MAX_PIXELS:  # checked here, not by Pillow's warning: threads share warnings
            raise UnreadableImage(f"it is too large to decode here ({im.width * im.height // 1_000_000} "
                                  "megapixels)")
        im.seek(0)  # the first frame of an animation
        im.load()
        ImageOps.exif_transpose(im, in_place=True)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError):
        raise UnreadableImage("it could not be read as an image") from None
    width, height = _printed(im.size, box)  # again: the orientation may have swapped the sides
    im = _flatten(im)
    target = (max(1, round(width / 72 * DPI)), max(1, round(height / 72 * DPI)))
    if im.width > target[0] * 1.5 or im.height > target[1] * 1.5:  # a little sharper beats a slow resize
        im = im.resize(target, Image.Resampling.BICUBIC, reducing_gap=2.0)
    # Pillow writes only the metadata passed to save(), except a comment it takes from `info`: with
    # `info` emptied and no exif, icc_profile or xmp given, the new JPEG carries pixels only.
    im.info = {}
    out = io.BytesIO()
    if source_format in LOSSLESS:
        im.save(out, format="JPEG", quality=92, subsampling=0, exif=b"")
    else:
        im.save(out, format="JPEG", quality=85, exif=b"")
    return CleanImage(out.getvalue(), width, height)


MAX_PDF_PAGES = 2000  # of one PDF exhibit reproduced in a package
MAX_TEXT = 200_000  # bytes of a plain-text exhibit printed in a package (longer ones are listed only)


def count_pdf_pages(data: bytes) -> int:
    """The number of pages of a PDF exhibit; UnreadableImage (a clause saying why) when it cannot be
    reproduced: damaged, encrypted, empty or too long."""
    import pikepdf  # noqa: PLC0415 - only packages with PDF exhibits need it

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            n = len(pdf.pages)
    except pikepdf.PasswordError:
        raise UnreadableImage("it is an encrypted PDF") from None
    except (pikepdf.PdfError, ValueError, OSError, RecursionError):
        raise UnreadableImage("it could not be read as a PDF") from None
    if n == 0:
        raise UnreadableImage("the PDF has no pages")
    if n > MAX_PDF_PAGES:
        raise UnreadableImage(f"the PDF has more than {MAX_PDF_PAGES} pages")
    return n


def _printed(size: tuple[int, int], box: tuple[float, float]) -> tuple[float, float]:
    """The printed size in points: one pixel per point at most twice enlarged, shrunk to fit `box`."""
    w, h = size
    scale = min(box[0] / w, box[1] / h, 2.0 if max(w, h) < 600 else 1.0)
    return w * scale, h * scale


def _flatten(im: Image.Image) -> Image.Image:
    """RGB or greyscale, transparency composed on white (as it would look on paper)."""
    if im.mode in ("RGB", "L"):
        return im
    if im.mode in ("I;16", "I", "F"):
        return im.convert("L")
    rgba = im.convert("RGBA")
    page = Image.new("RGB", rgba.size, (255, 255, 255))
    page.paste(rgba, mask=rgba.getchannel("A"))
    return page


class ExhibitFiles:
    def __init__(self, exhibits: Iterable[Exhibit], reproduce: Callable[[Exhibit], bool],
                 exhibit_bytes: Callable[[str], bytes], box: tuple[float, float],
                 progress: Callable[[str, int, int], None], pdfs: bool = False) -> None:
        """With `pdfs`, the pages of PDF exhibits to reproduce are counted (pdf_pages, or why not in
        pdf_problems); exhibit_pdf places them once the document is laid out."""
        self._todo = deque(exhibits)
        self._pdfs = pdfs
        self.pdf_pages: dict[str, int] = {}
        self.pdf_problems: dict[str, str] = {}
        self.texts: dict[str, str] = {}  # plain-text exhibits (with `pdfs`), printed as text
        self._total = len(self._todo)
        self._reproduce, self._read, self._box, self.progress = reproduce, exhibit_bytes, box, progress
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="dossier-image")
        self._jobs: dict[str, tuple[Future[CleanImage], int]] = {}
        self.stored_sha: dict[str, str] = {}

    def __enter__(self) -> ExhibitFiles:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def start(self) -> None:
        """Read files and queue images up to the memory budget; returns without waiting."""
        self._feed(block=False)

    def sha256(self, e: Exhibit) -> str:
        """The SHA-256 of the stored bytes (reads the file now if it was not read yet)."""
        while e.id not in self.stored_sha:
            self._feed(block=True)
        return self.stored_sha[e.id]

    def image(self, e: Exhibit) -> CleanImage | None:
        """The clean copy to reproduce, or None (not to reproduce); UnreadableImage if it cannot be read."""
        self.sha256(e)
        job = self._jobs.get(e.id)
        return job[0].result() if job else None

    def _queued_bytes(self) -> int:
        return sum(size for future, size in self._jobs.values() if not future.done())

    def _feed(self, block: bool) -> None:
        """Read the next files in order while the budget allows (when `block`, at least one)."""
        read_one = False
        while self._todo:
            if self._queued_bytes() >= BUDGET and (read_one or not block):
                return
            e = self._todo.popleft()
            data = self._read(e.id)
            self.stored_sha[e.id] = hashlib.sha256(data).hexdigest()
            self.progress("exhibits", len(self.stored_sha), self._total)
            if e.mime_type.startswith("image/") and self._reproduce(e):
                self._jobs[e.id] = (self._pool.submit(clean_image, data, self._box), len(data))
            elif self._pdfs and e.mime_type == "text/plain" and len(data) <= MAX_TEXT and self._reproduce(e):
                self.texts[e.id] = data.decode("utf-8", errors="replace")
            elif self._pdfs and e.mime_type == "application/pdf" and self._reproduce(e):
                try:
                    self.pdf_pages[e.id] = count_pdf_pages(data)
                except UnreadableImage as why:
                    self.pdf_problems[e.id] = str(why)
            del data
            read_one = True
            if block and self._queued_bytes() >= BUDGET:
                return
