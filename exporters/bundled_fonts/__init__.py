"""Fonts shipped inside the package (LICENSES/README.txt says which, and under what licence): the
first choice of the PDF dossier (exporters.pdf.fonts) and of the desktop app's window
(desktop.app_fonts), so that Chinese and Arabic-script text shows on a computer without such fonts.
System fonts remain the fallback. Plain data: importing this module reads no file."""

from __future__ import annotations

from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent

# (regular, bold or None) per role; the dossier's font lookup and the window use the same files.
LATIN = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
HAN = ("wqy-microhei.ttc", None)
ARABIC = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")
FAMILIES = ("DejaVu Sans", "WenQuanYi Micro Hei", "Noto Naskh Arabic")  # the window's font, in fallback order


def font_files() -> list[Path]:
    """The shipped font files that exist (a packager may have removed them: then system fonts serve)."""
    names = [n for pair in (LATIN, HAN, ARABIC) for n in pair if n]
    return [FONT_DIR / n for n in names if (FONT_DIR / n).is_file()]
