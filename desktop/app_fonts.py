"""The window's fonts: the fonts shipped in the package (exporters.bundled_fonts) are added to Qt's
font database and put first in the application font, in fallback order (Latin, Chinese,
Arabic-script), followed by the system's default family. So Chinese and Uyghur text shows on a
computer with no such fonts installed, and the system's fonts still serve any script the shipped
ones lack. Fonts are read from the package folder only; nothing is fetched or cached on disk.

Thread rule: GUI thread, after the QApplication exists and before windows are built."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from exporters import bundled_fonts


def install_app_fonts(app: QApplication) -> list[str]:
    """Add the shipped fonts and make them the application font's first families; returns the
    families now in front (none if the shipped files are missing, and the app font is unchanged)."""
    loaded: set[str] = set()
    for path in bundled_fonts.font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            loaded.update(QFontDatabase.applicationFontFamilies(font_id))
    front = [f for f in bundled_fonts.FAMILIES if f in loaded]
    if not front:
        return []
    font = QFont(app.font())
    system = [f for f in font.families() if f not in front]
    font.setFamilies([*front, *system])
    app.setFont(font)
    return front
