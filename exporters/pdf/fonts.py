"""Fonts for dossiers: the file chosen in settings first, then the fonts shipped with CaseVault
(exporters/bundled_fonts), then TrueType fonts found on this computer (Windows, macOS, Linux
folders). Register them with ReportLab, and pick, character by character, a font that really has
the glyph. ReportLab has no fallback of its own and silently draws nothing
for a glyph a font lacks; here every character either gets a font or is counted as missing, and
`FontSet.check()` turns missing scripts into a MissingFontError that says what to install.

Only TrueType outlines ('glyf') are accepted: ReportLab cannot embed PostScript/CFF outlines.
No font is ever fetched: only files already on disk are read.

Thread rule: ReportLab's font registry is process-global; load and use a FontSet from one thread
at a time (render_dossier serialises on a lock)."""

from __future__ import annotations

import hashlib
import os
import struct
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFError, TTFont

from db.errors import VaultError
from exporters import bundled_fonts


class FontError(VaultError):
    """A font file cannot be used (missing, unreadable, or with outlines ReportLab cannot embed)."""


class MissingFontError(FontError):
    """Text in the dossier needs a script that no available font covers."""

    def __init__(self, scripts: Sequence[str]) -> None:
        self.scripts = list(scripts)
        hints = [INSTALL_HINTS.get(s, "") for s in scripts]
        how = " ".join(h for h in dict.fromkeys(hints) if h)
        super().__init__(
            f"The dossier contains {' and '.join(scripts)} text, but no font on this computer has those "
            f"characters. {how} Or choose a TrueType font file that has them in the dossier settings "
            "(command line: --font FILE). Nothing was written.".replace("  ", " "))


HAN, ARABIC, LATIN = "Chinese (Han)", "Arabic-script (Uyghur, Arabic, Persian)", "Latin"
INSTALL_HINTS = {
    HAN: "Install a Chinese TrueType font (Debian/Ubuntu: sudo apt install fonts-wqy-microhei; "
         "Windows has Microsoft YaHei, macOS has STHeiti).",
    ARABIC: "Install an Arabic-script TrueType font (Debian/Ubuntu: sudo apt install fonts-noto-core; "
            "Windows has Arial and Tahoma, macOS has Geeza Pro).",
    LATIN: "Install a TrueType font such as DejaVu Sans (Debian/Ubuntu: sudo apt install fonts-dejavu-core).",
}

# Known files per role, best first: (regular, bold or None). Names match case-insensitively.
KNOWN: dict[str, tuple[tuple[str, str | None], ...]] = {
    LATIN: (("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
            ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"), ("arial.ttf", "arialbd.ttf"),
            ("Arial.ttf", "Arial Bold.ttf"), ("segoeui.ttf", "segoeuib.ttf"), ("Verdana.ttf", "Verdana Bold.ttf"),
            ("FreeSans.ttf", "FreeSansBold.ttf"), ("Arial Unicode.ttf", None)),
    HAN: (("wqy-microhei.ttc", None), ("wqy-zenhei.ttc", None), ("msyh.ttc", "msyhbd.ttc"), ("msyh.ttf", None),
          ("simhei.ttf", None), ("simsun.ttc", None), ("msjh.ttc", "msjhbd.ttc"), ("mingliu.ttc", None),
          ("STHeiti Light.ttc", "STHeiti Medium.ttc"), ("Songti.ttc", None), ("PingFang.ttc", None),
          ("DroidSansFallbackFull.ttf", None), ("DroidSansFallback.ttf", None), ("uming.ttc", None),
          ("ukai.ttc", None), ("Arial Unicode.ttf", None)),
    ARABIC: (("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
             ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"), ("Amiri-Regular.ttf", "Amiri-Bold.ttf"),
             ("arial.ttf", "arialbd.ttf"), ("tahoma.ttf", "tahomabd.ttf"), ("segoeui.ttf", "segoeuib.ttf"),
             ("GeezaPro.ttc", None), ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), ("FreeSerif.ttf", None)),
}
PROBES = {LATIN: "Aéç", HAN: "中國梅东", ARABIC: "ئۈېا"}


def system_font_dirs() -> list[Path]:
    """The folders where this operating system keeps fonts, system-wide and per user."""
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        return [windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"), Path("/Library/Fonts"),
                home / "Library" / "Fonts"]
    data_dirs = os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share").split(":")
    return [Path(d) / "fonts" for d in data_dirs if d] + [home / ".local" / "share" / "fonts", home / ".fonts"]


def outline_format(path: Path, index: int = 0) -> str:
    """'truetype', 'cff' or 'unknown', read from the sfnt table directory (TTC: font `index`)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
            offset = 0
            if head[:4] == b"ttcf":
                (count,) = struct.unpack(">I", head[8:12])
                if index >= count:
                    return "unknown"
                fh.seek(12 + 4 * index)
                (offset,) = struct.unpack(">I", fh.read(4))
                fh.seek(offset)
                head = fh.read(12)
            if head[:4] not in (b"\x00\x01\x00\x00", b"true", b"OTTO"):
                return "unknown"
            (num_tables,) = struct.unpack(">H", head[4:6])
            tags = {fh.read(16)[:4] for _ in range(num_tables)}
    except (OSError, struct.error):
        return "unknown"
    if b"glyf" in tags:
        return "truetype"
    return "cff" if tags & {b"CFF ", b"CFF2"} else "unknown"


class DossierFont(TTFont):
    """A TTFont whose ToUnicode map gives real text back for the glyphs shaping produced: Arabic
    presentation forms map to their letters, private code points to the text they came from, and
    characters beyond U+FFFF are written as UTF-16 pairs (ReportLab writes them wrongly)."""

    def __init__(self, name: str, path: Path, index: int = 0) -> None:
        super().__init__(name, str(path), subfontIndex=index, shapable=False)
        self.path, self.index = path, index
        self.covered: frozenset[int] = frozenset(self.face.charToGlyph)
        self.actual_text: dict[int, str] = {}  # private code point -> source text
        self._private = 0xE000
        self._hb_font: object = None

    def covers(self, ch: str) -> bool:
        return ord(ch) in self.covered

    def hb_font(self) -> object:
        """The uharfbuzz font for shaping right-to-left runs (made once)."""
        if self._hb_font is None:
            import uharfbuzz  # noqa: PLC0415 - only documents with right-to-left text need it

            self._hb_font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(self.face._ttf_data), self.index))
        return self._hb_font

    def char_for_glyph(self, gid: int, text: str) -> str:
        """A character drawing glyph `gid`: its own if the cmap has one, else a private code point."""
        chars = self.face.glyphToChar.get(gid)
        if chars:
            return chr(chars[0])
        while self._private in self.face.charToGlyph:
            self._private += 1
        code = self._private
        self.face.charToGlyph[code] = gid
        self.face.glyphToChar[gid] = [code]
        advance = self.face.hmetrics[gid][0] if gid < len(self.face.hmetrics) else 0
        self.face.charWidths[code] = advance * 1000 / self.face.unitsPerEm
        self.actual_text[code] = text
        return chr(code)

    def addObjects(self, doc: object) -> None:  # noqa: N802 - ReportLab's name
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            if all(c < 0xE000 for c in subset):
                continue
            base = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)  # type: ignore[attr-defined]
            if stream is not None:
                stream.content = self._to_unicode(base, subset)

    def _to_unicode(self, base: str, subset: list[int]) -> str:
        def utf16(text: str) -> str:
            return text.encode("utf-16-be").hex().upper()

        pairs = []
        for code, cp in enumerate(subset):
            text = self.actual_text.get(cp, chr(cp))
            if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:  # Arabic presentation forms: the letters
                text = unicodedata.normalize("NFKC", text)[::-1]  # (a ligature is drawn and read right to left)
            pairs.append(f"<{code:02X}> <{utf16(text)}>")
        return "\n".join([
            "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
            f"/CIDSystemInfo << /Registry ({base}) /Ordering ({base}) /Supplement 0 >> def",
            f"/CMapName /{base} def", "/CMapType 2 def", "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(pairs)} beginbfchar", *pairs,
            "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


_LOADED: dict[tuple[str, int], DossierFont] = {}


def load_font(path: Path, index: int = 0) -> DossierFont:
    """Register (once per process) and return the font at `path`; raise FontError if unusable."""
    path = Path(path)
    key = (str(path.resolve()), index)
    if key in _LOADED:
        return _LOADED[key]
    if not path.is_file():
        raise FontError(f"The font file {path} does not exist.")
    kind = outline_format(path, index)
    if kind == "cff":
        raise FontError(f"The font file {path} has PostScript (CFF) outlines, which cannot be embedded in a "
                        "PDF dossier; choose a TrueType font (.ttf, or .ttc with TrueType outlines).")
    if kind != "truetype":
        raise FontError(f"The file {path} is not a TrueType font.")
    name = "CV" + hashlib.sha1(f"{key[0]}#{index}".encode()).hexdigest()[:10]
    try:
        font = DossierFont(name, path, index)
    except (TTFError, OSError, struct.error, KeyError, IndexError) as exc:
        raise FontError(f"The font file {path} cannot be read ({type(exc).__name__}).") from None
    pdfmetrics.registerFont(font)
    _LOADED[key] = font
    return font


def index_font_files(dirs: Iterable[Path]) -> dict[str, Path]:
    """Lower-cased file name -> path of every .ttf/.ttc under `dirs` (first found wins)."""
    found: dict[str, Path] = {}
    for d in dirs:
        for root, _dirs, files in os.walk(d):
            for f in files:
                if f.lower().endswith((".ttf", ".ttc")):
                    found.setdefault(f.lower(), Path(root) / f)
    return found


@dataclass
class FontSet:
    """The fonts of one dossier, in fallback order, with a bold face for each where one exists.
    `missing` counts characters no font had, by script, for `check()`."""

    chain: list[DossierFont]
    bold: dict[str, DossierFont]  # regular font name -> bold font
    preferred: dict[str, list[DossierFont]]  # script -> fonts to try first
    missing: dict[str, int] = field(default_factory=dict)
    _choice: dict[str, DossierFont | None] = field(default_factory=dict)

    @property
    def base(self) -> DossierFont:
        return self.chain[0]

    def bold_of(self, font: DossierFont) -> DossierFont:
        return self.bold.get(font.fontName, font)

    def font_for(self, ch: str) -> DossierFont | None:
        """The first font that has `ch`, trying the fonts made for its script first; None counts it missing."""
        if ch in self._choice:
            return self._choice[ch]
        script = script_of(ch)
        font = next((f for f in (*self.preferred.get(script, ()), *self.chain) if f.covers(ch)), None)
        self._choice[ch] = font
        return font

    def name_for(self, text: str) -> str:
        """The name of a font that has every character of `text`, for a line drawn in one font (a page
        number, a chart label); else the font of its first character outside the base font."""
        for font in self.chain:
            if all(font.covers(ch) for ch in text if not ch.isspace()):
                return font.fontName
        for ch in text:
            font = self.font_for(ch)
            if font is not None and font is not self.base:
                return font.fontName
        return self.base.fontName

    def note_missing(self, ch: str) -> None:
        script = script_of(ch)
        self.missing[script] = self.missing.get(script, 0) + 1

    def check(self) -> None:
        """Raise MissingFontError naming every script that had characters without a font."""
        if self.missing:
            raise MissingFontError(sorted(self.missing))


def script_of(ch: str) -> str:
    """A reader's name for the script of `ch` (for choosing fonts and for error messages)."""
    cp = ord(ch)
    if (0x0600 <= cp <= 0x08FF) or (0xFB50 <= cp <= 0xFDFF) or (0xFE70 <= cp <= 0xFEFF):
        return ARABIC
    if (0x2E80 <= cp <= 0x9FFF) or (0xF900 <= cp <= 0xFAFF) or (0xFF00 <= cp <= 0xFFEF) or 0x20000 <= cp <= 0x3FFFF:
        if 0x3040 <= cp <= 0x30FF:
            return "Japanese (kana)"
        return HAN
    if 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF:
        return "Korean (Hangul)"
    if cp < 0x250 or 0x1E00 <= cp <= 0x1EFF:
        return LATIN
    name = unicodedata.name(ch, "")
    if unicodedata.category(ch)[0] == "S":
        return "symbol or emoji"
    return name.split(" ")[0].title() if name else "unnamed"


HINTS = {
    LATIN: ("dejavusans", "sans", "arial", "liberation", "serif"),
    HAN: ("cjk", "hei", "song", "ming", "kai", "yahei", "fang", "wqy", "droid", "sc", "tc", "zh", "han", "gothic"),
    ARABIC: ("arab", "naskh", "kufi", "uighur", "uyghur", "amiri", "scheherazade", "lateef", "tahoma", "arial"),
}


def _candidates(index: dict[str, Path], script: str) -> list[tuple[str, str | None]]:
    """Known files first, then (for unusual systems) up to 40 files whose names hint at the script."""
    hinted = [name for name in sorted(index) if any(h in name for h in HINTS[script])]
    return [*KNOWN[script], *((name, None) for name in hinted[:40])]


def _find(index: dict[str, Path], script: str) -> tuple[DossierFont, DossierFont] | None:
    """The best font for `script` in the indexed folders, with its bold face (or itself)."""
    for regular, bold in _candidates(index, script):
        path = index.get(regular.lower())
        if path is None or outline_format(path) != "truetype":
            continue
        try:
            font = load_font(path)
        except FontError:
            continue
        if not all(font.covers(c) for c in PROBES[script]):
            continue
        bold_path = index.get(bold.lower()) if bold else None
        bold_font = font
        if bold_path is not None and outline_format(bold_path) == "truetype":
            try:
                bold_font = load_font(bold_path)
            except FontError:
                bold_font = font
        return font, bold_font
    return None


def default_font_tiers() -> tuple[tuple[Path, ...], ...]:
    """Where dossiers look for fonts, in order: the fonts shipped with CaseVault, then the system's."""
    return ((bundled_fonts.FONT_DIR,), tuple(system_font_dirs()))


_SETS: dict[tuple[str, tuple[tuple[str, ...], ...]], FontSet] = {}


def font_set(chosen_file: Path | None = None, search_dirs: Sequence[Path] | None = None) -> FontSet:
    """The fonts for a dossier: the chosen file first (for every character it has), then the best
    Latin, Chinese and Arabic-script TrueType fonts: those shipped with CaseVault, and for a script
    they lack, the system's font folders. `search_dirs`, when given, replaces both (tests and the
    settings use it to choose exactly where fonts come from). Raises FontError for an unusable
    chosen file and MissingFontError when not even a Latin font exists; other gaps surface through
    `FontSet.check()` once the text is known. The folders are searched once per process: a font
    installed while the app runs is found after a restart, or at once when chosen as the font file."""
    tiers = default_font_tiers() if search_dirs is None else (tuple(search_dirs),)
    key = (str(chosen_file or ""), tuple(tuple(str(d) for d in tier) for tier in tiers))
    if key in _SETS:
        fs = _SETS[key]
        return FontSet(fs.chain, fs.bold, fs.preferred)  # fresh missing-counts per dossier
    chosen = [load_font(Path(chosen_file))] if chosen_file else []
    indexes = [index_font_files(Path(d) for d in tier) for tier in tiers]
    chain: list[DossierFont] = list(chosen)
    bold: dict[str, DossierFont] = {}
    preferred: dict[str, list[DossierFont]] = {}
    for script in (LATIN, HAN, ARABIC):
        pair = next((p for p in (_find(index, script) for index in indexes) if p is not None), None)
        if pair is None:
            continue
        font, bold_font = pair
        if font not in chain:
            chain.append(font)
        bold.setdefault(font.fontName, bold_font)
        preferred[script] = [*(f for f in chosen if all(f.covers(c) for c in PROBES[script])), font]
    if not chain or not any(f.covers("A") for f in chain):
        raise MissingFontError([LATIN])
    _SETS[key] = FontSet(chain, bold, preferred)
    return FontSet(chain, bold, preferred)
