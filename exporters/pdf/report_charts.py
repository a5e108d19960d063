"""Vector bar charts and the host-country map of the statistics report, drawn with ReportLab's
graphics (Rect, Polygon and String in a Drawing, which the PDF holds as paths and text, not pixels).

A hidden count (public profile) gets no bar: its row says "fewer than 5" or "withheld" where the
number would stand, so the chart never shows more than the table.

Thread rule: as the report, one document per thread."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from db.normalise import printable
from exporters import world_map
from exporters.pdf.fonts import FontSet

BAR = colors.Color(0.20, 0.38, 0.58)
BAR_HIDDEN = colors.Color(0.80, 0.82, 0.86)
AXIS = colors.Color(0.55, 0.58, 0.62)
LABEL = colors.Color(0.12, 0.16, 0.22)
ROW = 13.0  # points per bar
FONT_SIZE = 7.5
MAX_LABEL = 46  # characters of a label before it is cut


def bar_chart(fonts: FontSet, rows: list[tuple[str, int | None, str]], width: float) -> Drawing:
    """Horizontal bars: `rows` are (label, count or None when hidden, text printed after the bar)."""
    rows = [(printable(label), value, printable(shown)) for label, value, shown in rows]
    labels = [label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "\u2026" for label, _, _ in rows]
    label_fonts = [fonts.name_for(label) for label in labels]
    label_width = min(max((stringWidth(lb, f, FONT_SIZE) for lb, f in zip(labels, label_fonts, strict=True)),
                          default=0) + 6, width * 0.42)
    shown_fonts = [fonts.name_for(shown) for _, _, shown in rows]
    number_width = max((stringWidth(s, f, FONT_SIZE) for (_, _, s), f in zip(rows, shown_fonts, strict=True)),
                       default=0) + 6
    plot = max(width - label_width - number_width, 20)
    top = max((v for _, v, _ in rows if v is not None), default=0) or 1
    height = ROW * len(rows) + 6
    d = _drawing(fonts, width, height)
    d.add(Line(label_width, 2, label_width, height - 2, strokeColor=AXIS, strokeWidth=0.5))
    for n, ((_, value, shown), label, lf, sf) in enumerate(zip(rows, labels, label_fonts, shown_fonts, strict=True)):
        y = height - ROW * (n + 1)
        d.add(String(label_width - 4, y + 3, label, fontName=lf, fontSize=FONT_SIZE, fillColor=LABEL, textAnchor="end"))
        if value is None:
            bar = 0.0
            d.add(Rect(label_width, y + 2, 4, ROW - 5, fillColor=BAR_HIDDEN, strokeColor=None))
        else:
            bar = plot * value / top
            if bar > 0:
                d.add(Rect(label_width, y + 2, bar, ROW - 5, fillColor=BAR, strokeColor=None))
        d.add(String(label_width + max(bar, 4) + 3, y + 3, shown, fontName=sf, fontSize=FONT_SIZE, fillColor=LABEL))
    return d


def _drawing(fonts: FontSet, width: float, height: float) -> Drawing:
    """A Drawing whose initial graphics state names an embedded font: ReportLab's renderer starts every
    drawing in Helvetica, a font never embedded, which the PDF then lists though no text uses it."""
    d = Drawing(width, height)
    d.initialFontName = fonts.base.fontName
    return d


def world_map_drawing(fonts: FontSet, shades: dict[str, int], classes: int, legend: list[tuple[int, str]],
                      width: float) -> Drawing:
    """Countries shaded by `shades` (exporters.world_map, `classes` classes), with a legend of
    (shade, its words) below."""

    def map_colour(shade: int) -> colors.Color:
        return colors.Color(*world_map.colour(shade, classes))

    map_height = width * world_map.ASPECT
    key_height = ROW + 4
    d = _drawing(fonts, width, map_height + key_height)
    for code, rings in world_map.shapes().items():
        fill = map_colour(shades.get(code, world_map.NONE))
        for ring in rings:
            points = [c for lon, lat in ring for c in world_map.project(lon, lat, width)]
            d.add(Polygon([v if n % 2 == 0 else v + key_height for n, v in enumerate(points)], fillColor=fill,
                          strokeColor=colors.white, strokeWidth=0.25))
    x = 0.0
    for shade, words in legend:
        words = printable(words)
        font = fonts.name_for(words)
        d.add(Rect(x, 3, 9, 7, fillColor=map_colour(shade), strokeColor=AXIS, strokeWidth=0.3))
        d.add(String(x + 12, 3.5, words, fontName=font, fontSize=FONT_SIZE, fillColor=LABEL))
        x += 12 + stringWidth(words, font, FONT_SIZE) + 10
    return d
