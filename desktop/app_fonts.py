"""The window's fonts: the fonts shipped in the package (exporters.bundled_fonts) are added to Qt's
font database and put in the application font right after the system's own UI family, in
fallback order (Latin, Chinese, Arabic-script). Latin text keeps the look and width the system
gives it (Segoe UI, San Francisco, Noto Sans...), and every character that family lacks (Chinese,
Uyghur) comes from the shipped fonts before any other system font. On a computer with no fonts
at all the system family finds nothing and the shipped fonts draw everything. Fonts are read from
the package folder only; nothing is fetched or cached on disk.

Thread rule: GUI thread, after the QApplication exists and before windows are built."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from exporters import bundled_fonts


def install_app_fonts(app: QApplication) -> list[str]:
    """Add the shipped fonts and put them right after the system's UI family in the application
    font; returns the shipped families in use (none if the files are missing: the font is unchanged)."""
    # The family the system really draws its UI with ("Sans Serif" is only an alias), resolved
    # before the shipped fonts join the database so that they cannot be the answer.
    system_family = QFontInfo(app.font()).family()
    loaded: set[str] = set()
    for path in bundled_fonts.font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            loaded.update(QFontDatabase.applicationFontFamilies(font_id))
    front = [f for f in bundled_fonts.FAMILIES if f in loaded]
    if not front:
        return []
    font = QFont(app.font())
    first = [system_family] if system_family in QFontDatabase.families() and system_family not in front else []
    font.setFamilies([*first, *front, *(f for f in font.families() if f not in front and f not in first)])
    app.setFont(font)
    return front
