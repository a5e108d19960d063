"""PDF/A-2b (ISO 19005-2, level B) for unencrypted dossiers: the archival PDF that courts and
archives take without question. ReportLab already embeds every font (TrueType subsets with a
ToUnicode map, fonts.py) and writes no transparency (images are opaque JPEGs without soft masks);
here, after layout, pikepdf adds what ReportLab does not write:

- an sRGB output intent with its ICC profile (every colour of the dossier is device RGB or grey);
- XMP metadata with the PDF/A identification (pdfaid:part 2, conformance B), the title, creator
  tool, producer and dates kept equal to the document information dictionary;
- the print flag on every annotation (the links of the contents and index), which PDF/A requires.

The ICC profile is the sRGB profile of Little CMS, made by Pillow's ImageCms (shipped inside
Pillow's wheels): nothing is fetched or read from the system. An encrypted PDF cannot be PDF/A,
so a password turns this off (dossier.py).

With `attachments`, the original exhibit files are embedded, each as an associated file with its
SHA-256, and the document then claims PDF/A-3b (the part that allows files of any kind).

Thread rule: pure function, any thread."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import pikepdf

SRGB_CONDITION = "sRGB IEC61966-2.1"


@dataclass(frozen=True)
class Attachment:
    name: str  # the original file name
    data: bytes
    mime_type: str
    description: str  # e.g. "E-3, SHA-256 ..."


@cache
def srgb_profile() -> bytes:
    """The sRGB ICC profile (Little CMS's, through Pillow)."""
    from PIL import ImageCms  # noqa: PLC0415

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def make_pdfa(data: bytes, attachments: Sequence[Attachment] = ()) -> bytes:
    """`data` (a ReportLab dossier) as PDF/A-2b, or PDF/A-3b with `attachments` embedded."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        icc = pdf.make_stream(srgb_profile())
        icc["/N"] = 3
        pdf.Root.OutputIntents = pikepdf.Array([pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=pikepdf.String(SRGB_CONDITION), Info=pikepdf.String(SRGB_CONDITION),
            RegistryName=pikepdf.String("http://www.color.org"), DestOutputProfile=icc)])
        for page in pdf.pages:
            for annot in page.obj.get("/Annots", []):
                annot.F = 4  # print; not hidden, not invisible, not "no view"
        if attachments:
            _attach(pdf, attachments)
        part = "3" if attachments else "2"
        for key in list(pdf.docinfo.keys()):
            # ReportLab's /Trapped /False has no XMP equivalent, and empty entries (author, keywords) would
            # become empty XMP properties; PDF/A needs neither.
            if key == "/Trapped" or str(pdf.docinfo[key]) == "":
                del pdf.docinfo[key]
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=True) as meta:
            meta.load_from_docinfo(pdf.docinfo)
            meta["pdfaid:part"] = part
            meta["pdfaid:conformance"] = "B"
        pdf.Root.MarkInfo = pikepdf.Dictionary(Marked=False)
        out = io.BytesIO()
        # No object streams: PDF/A-2 allows them, but some archival validators are simpler without.
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.disable, fix_metadata_version=False)
    return out.getvalue()


def _attach(pdf: pikepdf.Pdf, attachments: Sequence[Attachment]) -> None:
    """Embed each file as an associated file of the document (PDF/A-3 requires /AF and
    /AFRelationship), with its SHA-256 in its description and as a CheckSum-like parameter."""
    specs = []
    for a in attachments:
        spec = pikepdf.AttachedFileSpec(pdf, a.data, description=a.description, filename=a.name,
                                        mime_type=a.mime_type or "application/octet-stream")
        spec.obj.AFRelationship = pikepdf.Name.Source
        pdf.attachments[a.name] = spec
        specs.append(spec.obj)
    pdf.Root.AF = pikepdf.Array(specs)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
