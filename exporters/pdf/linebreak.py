"""Line breaking for text with Chinese (or Japanese, Korean): a break may fall between two
ideographs, at a space, or inside a Latin word only when the word alone is wider than the line.
Closing punctuation never starts a line and opening punctuation never ends one (the common
kinsoku rules). Widths come straight from the fonts' advance tables, so this is much faster than
ReportLab's own CJK wrapping, which builds an object per character; the lines it returns are then
set by ReportLab as forced line breaks.

Pure functions, any thread."""

from __future__ import annotations

import re
from collections.abc import Sequence

from exporters.pdf.fonts import DossierFont

Run = tuple[DossierFont, str]  # a font and the text set in it
Atom = tuple[DossierFont, str, float]  # an unbreakable piece and its width in points
NO_START = set("，。、．・：；！？）」』】〕〉》〗〙〛”’%‰°℃,.:;!?)]}")
NO_START |= set("ー…‥々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")
NO_END = set("（「『【〔〈《〖〘〚“‘([{$£¥")


_CJK = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff"
HAS_CJK = re.compile(f"[{_CJK}]").search
_PIECES = re.compile(f"[{_CJK}]| |[^{_CJK} ]+").findall


def _atoms(runs: Sequence[Run], size: float) -> list[Atom]:
    """Unbreakable pieces: a space, one ideograph (or CJK punctuation), or a run of other characters."""
    atoms: list[Atom] = []
    scale = size / 1000
    for font, text in runs:
        widths, default = font.face.charWidths, font.face.defaultWidth
        for piece in _PIECES(text):
            atoms.append((font, piece, sum(widths.get(ord(c), default) for c in piece) * scale))
    return atoms


def _split_long(atom: Atom, size: float, width: float) -> list[Atom]:
    """A word wider than the line, cut into line-wide pieces (e.g. a long URL or hash)."""
    font, text, _w = atom
    widths, default, scale = font.face.charWidths, font.face.defaultWidth, size / 1000
    pieces, piece, piece_w = [], "", 0.0
    for ch in text:
        w = widths.get(ord(ch), default) * scale
        if piece and piece_w + w > width:
            pieces.append((font, piece, piece_w))
            piece, piece_w = "", 0.0
        piece += ch
        piece_w += w
    pieces.append((font, piece, piece_w))
    return pieces


def break_lines(runs: Sequence[Run], size: float, width: float) -> list[list[Run]]:
    """`runs` laid out in lines no wider than `width` points at font `size`; spaces at the ends of
    lines are dropped."""
    atoms: list[Atom] = []
    for atom in _atoms(runs, size):
        atoms.extend(_split_long(atom, size, width) if atom[2] > width else [atom])
    lines: list[list[Atom]] = [[]]
    used = 0.0
    for atom in atoms:
        if atom[1] == " " and not lines[-1]:
            continue
        if used + atom[2] > width and lines[-1]:
            line = lines[-1]
            carry: list[Atom] = []
            if atom[1][0] in NO_START and len(line) > 1 and line[-1][1] != " ":
                carry.append(line.pop())  # take the last character along: punctuation may not start a line
            while len(line) > 1 and line[-1][1][-1] in NO_END:
                carry.insert(0, line.pop())
            while line and line[-1][1] == " ":
                line.pop()
            lines.append(carry)
            used = sum(a[2] for a in carry)
            if atom[1] == " ":
                continue
        lines[-1].append(atom)
        used += atom[2]
    while lines and lines[-1] and lines[-1][-1][1] == " ":
        lines[-1].pop()
    return [_merge(line) for line in lines if line]


def _merge(atoms: list[Atom]) -> list[Run]:
    runs: list[Run] = []
    for font, text, _w in atoms:
        if runs and runs[-1][0] is font:
            runs[-1] = (font, runs[-1][1] + text)
        else:
            runs.append((font, text))
    return runs
