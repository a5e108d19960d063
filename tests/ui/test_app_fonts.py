"""The window's text uses the fonts shipped in the package: on a computer whose fontconfig knows
no font at all, Chinese and Uyghur text still lays out in real glyphs (without them Qt has nothing
to draw with and crashes on the first text layout)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication
from desktop.app_fonts import install_app_fonts
app = QApplication(sys.argv)
print("front:" + "|".join(install_app_fonts(app)))
for text in ("案件中文", "Case", "ئۇيغۇر"):
    layout = QTextLayout(text, app.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    empty = sum(1 for r in runs for g in r.glyphIndexes() if g == 0)
    print(text + ":" + "|".join(sorted({r.rawFont().familyName() for r in runs})) + f":{empty}")
"""


def empty_fontconfig(tmp_path: Path) -> Path:
    """A fontconfig file that names no font folder: no system font is visible."""
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?>\n<fontconfig></fontconfig>\n')
    return conf


def test_chinese_and_uyghur_show_with_no_system_font(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "FONTCONFIG_FILE": str(empty_fontconfig(tmp_path)), "XDG_RUNTIME_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = dict(line.split(":", 1) for line in result.stdout.splitlines())
    assert lines["front"] == "DejaVu Sans|WenQuanYi Micro Hei|Noto Naskh Arabic"
    assert lines["案件中文"] == "WenQuanYi Micro Hei:0"
    assert lines["Case"] == "DejaVu Sans:0"
    family, missing = lines["ئۇيغۇر"].split(":")
    assert family in ("DejaVu Sans", "Noto Naskh Arabic") and missing == "0"


KEEPS_SYSTEM_FONT = """
import sys
from PySide6.QtGui import QFontInfo, QTextLayout
from PySide6.QtWidgets import QApplication
from desktop.app_fonts import install_app_fonts
app = QApplication(sys.argv)
before = QFontInfo(app.font()).family()
install_app_fonts(app)
layout = QTextLayout("案件", app.font())
layout.beginLayout()
layout.createLine()
layout.endLayout()
print(before + "|" + QFontInfo(app.font()).family() + "|" + layout.glyphRuns()[0].rawFont().familyName())
"""


def test_where_the_system_has_a_ui_font_latin_keeps_it_and_chinese_comes_from_the_shipped_font(tmp_path):
    """Latin text keeps the system's look and widths (the layout of the window was measured with them)."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_RUNTIME_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", KEEPS_SYSTEM_FONT], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    before, after, chinese = result.stdout.strip().splitlines()[-1].split("|")
    assert before and after == before
    assert chinese == "WenQuanYi Micro Hei"
