"""Plain text to ReportLab paragraph markup: escaped, split into runs that each use a font having
their glyphs (fonts.FontSet), right-to-left runs shaped and put in visual order.

Right-to-left text: python-bidi resolves the embedding level of every character (Unicode bidi
algorithm). Each right-to-left stretch is shaped here with uharfbuzz, which returns its glyphs in
visual order with the joining forms Arabic script needs, and the stretches are ordered visually.
ReportLab then only places ready glyphs: its own shaping is off (it shapes a whole word with the
first run's font, which breaks words mixing fonts) and its bidi needs a module not on PyPI.
A right-to-left stretch is kept on one line (its spaces become no-break spaces) unless it is wider
than the column; then it is cut into column-wide pieces in reading order, each ordered on its own.
A paragraph whose first strong character is right-to-left is broken into lines here and, when it
takes more than one line, set flush right; a short one (a name, a title) follows the page's flow.

Text arrives through `clean` (db.normalise.printable, or a redaction's scrub that ends the same
way): no control, bidi or invisible character is left to reorder or hide anything, and a paragraph
is laid out from exactly the text that was matched against names. Fields that a line puts together
come wrapped in FSI ... PDI (db.normalise.FSI, PDI): each is ordered on its own, as a unit, in the
left-to-right line, so right-to-left text in one field cannot move its neighbours.

Chinese: when the width a paragraph is set in is known, lines with CJK characters are broken here
(linebreak.py) and handed over as forced line breaks; otherwise ReportLab's slower CJK wrapping
breaks them.

Thread rule: as for fonts.py, one thread at a time per process."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from bidi.algorithm import (  # the pure-Python steps, to get levels without python-bidi's reordering
    explicit_embed_and_overrides,
    get_base_level,
    get_embedding_levels,
    get_empty_storage,
    resolve_implicit_levels,
    resolve_neutral_types,
    resolve_weak_types,
)
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from db.normalise import FSI, PDI, printable
from exporters.pdf.fonts import DossierFont, FontSet
from exporters.pdf.linebreak import HAS_CJK, Run, break_lines

_STRONG = {"L", "R", "AL"}
_WEAK: dict[str, bool] = {}  # character -> not strongly left-to-right or right-to-left
# Hebrew, Arabic, Syriac, Thaana, N'Ko... and their presentation forms (bidi controls never get here).
HAS_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe"
                      "\U00010800-\U00010fff\U0001e800-\U0001efff]").search
_UYGHUR = set("ۈۇۆېڭھۋ")


def _keep_isolates(text: str) -> str:
    return printable(text, isolates=True)


class CachedParagraph(Paragraph):
    """A Paragraph that remembers its last wrap: tables wrap each cell several times at one width."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # split() drops blPara when the paragraph moves on whole: then wrap again.
        if self._wrapped is not None and self._wrapped[0] == availWidth and "blPara" in self.__dict__:
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


@dataclass(frozen=True)
class Markup:
    xml: str
    cjk: bool  # needs ReportLab's CJK wrapping (Chinese not broken here)
    rtl: bool  # a right-to-left paragraph: set flush right


class Typesetter:
    """Builds markup and Paragraphs for one dossier with one FontSet."""

    def __init__(self, fonts: FontSet, clean: Callable[[str], str] = _keep_isolates) -> None:
        """`clean` makes stored text printable (and, for a redacted document, replaces names): it must
        end with db.normalise.printable(..., isolates=True)."""
        self.fonts = fonts
        self.clean = clean
        self._styles: dict[tuple[str, bool, bool], ParagraphStyle] = {}
        self._bold: dict[str, bool] = {}

    # -- public ------------------------------------------------------------------------------------

    def paragraph(self, text: str, style: ParagraphStyle, width: float | None = None) -> Paragraph:
        """A Paragraph of plain `text` (newlines kept) in `style`. `width` is the width it will be set
        in: lines with Chinese are broken here to fit it, long right-to-left stretches are cut to
        it; without it ReportLab breaks the lines (slower for Chinese)."""
        m = self.markup(text, style, width)
        return CachedParagraph(m.xml, self._variant(style, m.cjk, m.rtl))

    def markup(self, text: str, style: ParagraphStyle, width: float | None = None) -> Markup:
        text = self.clean(text or "")
        lines, cjk, rtl = [], False, False
        for line in text.split("\n"):
            xml, line_rtl = self._line(line, style, width)
            lines.append(xml)
            # Lines with Chinese are broken here when the width is known and the line is left to right;
            # else ReportLab's CJK mode does it.
            cjk = cjk or ((width is None or HAS_RTL(line) is not None) and HAS_CJK(line) is not None)
            rtl = rtl or line_rtl
        return Markup("<br/>".join(lines), cjk, rtl)

    # -- runs --------------------------------------------------------------------------------------

    def _line(self, line: str, style: ParagraphStyle, width: float | None) -> tuple[str, bool]:
        if FSI in line or PDI in line:
            if HAS_RTL(line):
                return self._isolated(line, style, width), False
            line = line.replace(FSI, "").replace(PDI, "")
        if not HAS_RTL(line):
            if width is not None and HAS_CJK(line):
                runs = self._run_list(line)
                if self._is_bold(style):
                    runs = [(self.fonts.bold_of(f), t) for f, t in runs]
                lines = break_lines(runs, style.fontSize, width - 0.5)
                return "<br/>".join("".join(self._tag(t, f, style) for f, t in ln) for ln in lines), False
            return self._runs(line, style), False
        base = get_base_level(line)
        levels = _levels(line, base)
        limit = (width or 1e9) * 0.92
        if base == 1:  # right-to-left paragraph: its lines are laid out here, and set flush right if several
            pieces = self._cut(levels, style, limit)
            return "<br/>".join(self._visual(p, style, 1, keep=True) for p in pieces), len(pieces) > 1
        return self._left_to_right(levels, style, limit), False

    def _left_to_right(self, levels: list[tuple[str, int]], style: ParagraphStyle, limit: float) -> str:
        """Markup for a left-to-right line with right-to-left stretches, each in visual order."""
        out, i = [], 0
        while i < len(levels):
            j = i
            while j < len(levels) and (levels[j][1] > 0) == (levels[i][1] > 0):
                j += 1
            chunk = levels[i:j]
            if levels[i][1] == 0:
                out.append(self._runs("".join(c for c, _ in chunk), style))
            else:
                out.append(" ".join(self._visual(p, style, 0, keep=True) for p in self._cut(chunk, style, limit)))
            i = j
        return "".join(out)

    def _isolated(self, line: str, style: ParagraphStyle, width: float | None) -> str:
        """A left-to-right line holding fields in FSI ... PDI: each field is ordered on its own, with
        the direction of its first strong character, and stays where it stands in the line."""
        limit = (width or 1e9) * 0.92
        out = []
        for text, isolated in _segments(line):
            if not HAS_RTL(text):
                out.append(self._runs(text, style))
                continue
            base = get_base_level(text) if isolated else 0
            levels = _levels(text, base)
            if base == 0:
                out.append(self._left_to_right(levels, style, limit))
            else:
                out.append(" ".join(self._visual(p, style, 0, keep=True) for p in self._cut(levels, style, limit)))
        return "".join(out)

    def _pick(self, ch: str, current: DossierFont | None) -> DossierFont | None:
        weak = _WEAK.get(ch)
        if weak is None:
            weak = _WEAK[ch] = unicodedata.bidirectional(ch) not in _STRONG
        if weak and current is not None and current.covers(ch):
            return current  # spaces, digits and punctuation stay in the run's font
        return self.fonts.font_for(ch)

    def _run_list(self, text: str) -> list[Run]:
        """`text` cut where the font changes. A symbol, emoji or combining mark no font has is shown as
        its code, e.g. [U+1F621], so the gap is visible; a letter of a script no font has is counted for
        FontSet.check(), which stops the export."""
        runs: list[Run] = []
        run: list[str] = []
        current: DossierFont | None = None
        for ch in text:
            font = self._pick(ch, current)
            if font is None:
                if unicodedata.category(ch)[0] not in "SM":
                    self.fonts.note_missing(ch)
                    continue
                font, ch = self.fonts.base, f"[U+{ord(ch):04X}]"  # a symbol or a stray mark: shown as its code
            if font is not current and run:
                runs.append((current, "".join(run)))  # type: ignore[arg-type]
                run = []
            current = font
            run.append(ch)
        if run:
            runs.append((current, "".join(run)))  # type: ignore[arg-type]
        return runs

    def _runs(self, text: str, style: ParagraphStyle) -> str:
        """Left-to-right text as escaped markup with a <font> tag around each run not in the style's font."""
        return "".join(self._tag(t, f, style) for f, t in self._run_list(text))

    def _tag(self, text: str, font: DossierFont | None, style: ParagraphStyle) -> str:
        face = (self.fonts.bold_of(font) if self._is_bold(style) else font).fontName if font else style.fontName
        if face == style.fontName:
            return escape(text)
        return f'<font face="{face}">{escape(text)}</font>'

    # -- right to left -----------------------------------------------------------------------------

    def _cut(self, chars: list[tuple[str, int]], style: ParagraphStyle, limit: float) -> list[list[tuple[str, int]]]:
        """Split a stretch at spaces into pieces no wider than `limit`, in reading order."""
        pieces: list[list[tuple[str, int]]] = [[]]
        width = 0.0
        for word in _words(chars):
            font = self._pick(next((c for c, _ in word if not c.isspace()), " "), None) or self.fonts.base
            w = stringWidth("".join(c for c, _ in word), font.fontName, style.fontSize)
            if pieces[-1] and width + w > limit:
                while pieces[-1] and pieces[-1][-1][0].isspace():
                    pieces[-1].pop()
                pieces.append([])
                width = 0.0
            pieces[-1].extend(word)
            width += w
        return [p for p in pieces if p]

    def _visual(self, chars: list[tuple[str, int]], style: ParagraphStyle, base: int, keep: bool) -> str:
        """Markup for one line's worth of text at levels > base, in visual order."""
        items: list[tuple[int, str]] = []  # (level, markup), in logical order
        i = 0
        while i < len(chars):
            j = i
            while j < len(chars) and chars[j][1] == chars[i][1]:
                j += 1
            level, text = chars[i][1], "".join(c for c, _ in chars[i:j])
            if keep:
                text = text.replace(" ", "\u00a0")
            items.append((level, self._shaped(text, style) if level % 2 else self._runs(text, style)))
            i = j
        top = max(level for level, _ in items)
        lowest_odd = min(level for level, _ in items if level % 2) if any(lv % 2 for lv, _ in items) else top + 1
        for level in range(top, lowest_odd - 1, -1):  # Unicode rule L2, on whole items
            k = 0
            while k < len(items):
                if items[k][0] >= level:
                    m = k
                    while m < len(items) and items[m][0] >= level:
                        m += 1
                    items[k:m] = items[k:m][::-1]
                    k = m
                else:
                    k += 1
        return "".join(xml for _, xml in items)

    def _shaped(self, text: str, style: ParagraphStyle) -> str:
        """A right-to-left run shaped by HarfBuzz, as markup in visual order."""
        import uharfbuzz as hb  # noqa: PLC0415 - only right-to-left text needs it

        letters = [c for c in text if not c.isspace()]
        candidates = [f for f in (self.fonts.font_for(c) for c in letters) if f is not None] or [self.fonts.base]
        font = max(dict.fromkeys(candidates), key=lambda f: sum(f.covers(c) for c in letters))
        for c in letters:
            if not font.covers(c) and unicodedata.category(c)[0] != "M":
                self.fonts.note_missing(c)
        if self._is_bold(style):
            font = self.fonts.bold_of(font)
        buf = hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        buf.direction = "rtl"
        if _UYGHUR.intersection(text):  # Uyghur letter forms differ (locl), e.g. dotted medial alef maksura
            buf.language = "ug"
        buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        hb.shape(font.hb_font(), buf, {"kern": True, "liga": True})
        infos = buf.glyph_infos
        clusters = sorted({info.cluster for info in infos})  # a cluster's text runs to the next cluster
        ends = dict(zip(clusters, [*clusters[1:], len(text)], strict=True))
        # Text extractors read a right-to-left run backwards, so a glyph standing for several letters
        # (a ligature) is mapped to them in reverse to come out in reading order.
        glyphs = "".join(font.char_for_glyph(g.codepoint, text[g.cluster:ends[g.cluster]][::-1]) for g in infos
                         if g.codepoint != 0)
        glyphs = glyphs.replace(" ", "\u00a0") if "\u00a0" in text else glyphs
        if font.fontName == style.fontName:
            return escape(glyphs)
        return f'<font face="{font.fontName}">{escape(glyphs)}</font>'

    def _is_bold(self, style: ParagraphStyle) -> bool:
        if style.fontName not in self._bold:
            regular = {f.fontName for f in self.fonts.chain}
            self._bold[style.fontName] = style.fontName not in regular and style.fontName in {
                b.fontName for b in self.fonts.bold.values()}
        return self._bold[style.fontName]

    def _variant(self, style: ParagraphStyle, cjk: bool, rtl: bool) -> ParagraphStyle:
        if not cjk and not rtl:
            return style
        key = (style.name, cjk, rtl)
        if key not in self._styles:
            extra: dict[str, object] = {"wordWrap": "CJK"} if cjk else {}
            if rtl:
                extra["alignment"] = TA_RIGHT
            self._styles[key] = ParagraphStyle(f"{style.name}-{int(cjk)}{int(rtl)}", parent=style, **extra)
        return self._styles[key]


def _segments(line: str) -> list[tuple[str, bool]]:
    """(text, isolated) pieces of a line: what stands between an FSI and its PDI is isolated. An
    isolate left open ends with the line, a PDI without its FSI is dropped, inner ones are flattened."""
    out: list[tuple[str, bool]] = []
    depth, piece = 0, []
    for ch in line:
        if ch == FSI:
            if depth == 0 and piece:
                out.append(("".join(piece), False))
                piece = []
            depth += 1
        elif ch == PDI:
            if depth == 1 and piece:
                out.append(("".join(piece), True))
                piece = []
            depth = max(0, depth - 1)
        else:
            piece.append(ch)
    if piece:
        out.append(("".join(piece), depth > 0))
    return out


def _levels(text: str, base: int) -> list[tuple[str, int]]:
    """(character, resolved embedding level) in logical order, per the Unicode bidi algorithm."""
    storage = get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    get_embedding_levels(text, storage)
    explicit_embed_and_overrides(storage)
    resolve_weak_types(storage)
    resolve_neutral_types(storage, False)
    resolve_implicit_levels(storage, False)
    out = [(c["ch"], c["level"]) for c in storage["chars"]]
    # Rule L1: trailing whitespace goes back to the paragraph level.
    k = len(out)
    while k and out[k - 1][0].isspace():
        k -= 1
        out[k] = (out[k][0], base)
    return out


def _words(chars: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """Words each with their following spaces, in logical order."""
    words: list[list[tuple[str, int]]] = [[]]
    for cl in chars:
        if words[-1] and words[-1][-1][0].isspace() and not cl[0].isspace():
            words.append([])
        words[-1].append(cl)
    return [w for w in words if w]
