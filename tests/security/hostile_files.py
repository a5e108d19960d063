"""Hostile exhibit files, made on the fly: a PDF whose page tree contains itself (PDFium loops
forever on it), a PNG that decodes to 900 megapixels from under a megabyte, a truncated PDF."""

from __future__ import annotations

import io
import struct
import zlib


def _pdf(objects: list[bytes]) -> bytes:
    out = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    return out + f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()


def looping_pdf() -> bytes:
    """Three objects: a catalog, a page tree that lists itself as its own kid, and a page."""
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"])


def good_pdf(pages: int = 1) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    for n in range(pages):
        c.drawString(72, 720, f"Page {n + 1} of a summons (fictional)")
        c.showPage()
    c.save()
    return out.getvalue()


def truncated_pdf() -> bytes:
    data = good_pdf(3)
    return data[: len(data) // 2]


def png_bomb(side: int = 30000) -> bytes:
    """A grey PNG of side x side pixels, all zero: about 900 KB that decode to side² bytes."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    squeeze = zlib.compressobj(9)
    row = b"\x00" * (side + 1)
    body = b"".join(squeeze.compress(row) for _ in range(side)) + squeeze.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
