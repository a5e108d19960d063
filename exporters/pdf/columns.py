"""Table columns wide enough for their words. A dossier's tables have fixed column widths, chosen
for English at 8.3 point; in a 12-point filing (the IRB's) or in French ("Vérification",
"Demandeur d'asile") a word of a narrow column is wider than the column, and ReportLab then cuts
it inside ("Corrobor|ated", "Lang|ue"). Here each narrow column is widened to its widest word, the
room taken from the widest column (the free text, which wraps between words anyway).

Pure functions, any thread."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth

from exporters.pdf.fonts import FontSet

LONGEST_WORD = 14  # characters: a longer "word" (a hash, an address, a Chinese sentence) may be cut
WIDEST_GIVES = 0.4  # of its width, at most, that the widest column gives to the others
_SPACES = re.compile(r"\s+")


def word_width(text: str, font_name: str, size: float, fonts: FontSet) -> float:
    """The width, in points, of the widest word of `text` of at most LONGEST_WORD characters; a
    character outside the style's font is measured in the font the dossier sets it in."""
    widest = 0.0
    for word in _SPACES.split(text):
        if not word or len(word) > LONGEST_WORD:
            continue
        width = 0.0
        for ch in word:
            font = font_name
            if not ch.isascii():
                chosen = fonts.font_for(ch)
                font = chosen.fontName if chosen is not None and not _covers(fonts, font_name, ch) else font_name
            width += stringWidth(ch, font, size)
        widest = max(widest, width)
    return widest


def _covers(fonts: FontSet, font_name: str, ch: str) -> bool:
    return any(f.fontName == font_name and f.covers(ch) for f in (*fonts.chain, *fonts.bold.values()))


def fit_widths(widths: Sequence[float], needs: Sequence[float]) -> list[float]:
    """`widths` with every column but the widest grown to its need (its widest word plus padding),
    the widest giving the room (at most WIDEST_GIVES of its width, and never below its own need); when
    that is not enough, each column grows in proportion to what it lacks."""
    out = list(widths)
    if len(out) < 2:
        return out
    widest = max(range(len(out)), key=lambda k: out[k])
    lacking = {k: needs[k] - out[k] for k in range(len(out)) if k != widest and needs[k] > out[k] + 0.01}
    if not lacking:
        return out
    room = out[widest] - max(out[widest] * (1 - WIDEST_GIVES), needs[widest])
    if room <= 0:
        return out
    scale = min(1.0, room / sum(lacking.values()))
    for k, more in lacking.items():
        out[k] += more * scale
        out[widest] -= more * scale
    return out
