"""The statistics report (`casevault report`): a PDF with a cover (what was counted, the filters,
the date of the data and the vault state), every table with a vector bar chart, the overseas
police stations, and a method note, in English, French or Chinese.

    data = report_data(vault, selection, crosses)   # on the vault's thread: counts, and who may not be named
    write_report(path, data, ReportOptions(profile="public", language="fr"))

In the public profile every number passes exporters.statistics.publish_all (small counts hidden,
tables that single out a case left out), a station's source is named only when it is published
(a news article, an NGO report, an official or court document; an interview or other private
source prints as its kind), record text (stations, regions) prints with the names of persons who
may not be named in public replaced (exporters.statistics.PublicNames), and a search text or tags
used to select the cases are said to be used, not printed. Record text is set as text through
the dossier's Typesetter (no markup, bidi isolated), with the fonts of exporters.pdf.fonts, so
Chinese prints as characters.

Thread rule: touches no vault; ReportLab's registries are process-wide, so reports are rendered one
at a time (a lock). Nothing is written but the PDF, atomically (exporters.atomic)."""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

from db import vocab
from db.names import person_names
from db.search_filter import SearchFilters
from db.statistics_query import Selection, StationFact
from exporters import world_map
from exporters.atomic import atomic_write
from exporters.pdf.columns import fit_widths, word_width
from exporters.pdf.fonts import font_set
from exporters.pdf.layout import ALERT, INK, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, RULE, SHADE, make_styles
from exporters.pdf.report_charts import bar_chart, world_map_drawing
from exporters.pdf.text import Typesetter
from exporters.statistics import (
    SMALL,
    Disclosure,
    PublicNames,
    PublishedTable,
    Shown,
    Statistics,
    publish_all,
    record_text,
    selection_shown,
    station_cases,
    station_source,
)
from exporters.statistics_texts import (
    LANGUAGES,
    country_name,
    dimension_label,
    filter_text,
    method_note,
    printed_value,
    source_kind_label,
    table_title,
    text,
)
from exporters.statistics_texts import shown_text as words_of

CHART_ROWS = 40  # longer tables are printed without a chart
_LOCK = threading.Lock()


@dataclass(frozen=True)
class ReportOptions:
    profile: str = "internal"  # internal | public
    language: str = "en"  # en | fr | zh
    threshold: int = 5
    font_file: Path | None = None

    def disclosure(self) -> Disclosure:
        return Disclosure(self.profile, self.threshold)


@dataclass
class ReportData:
    stats: Statistics
    filters: list[tuple[str, list[str]]]  # (filter key: text, status..., the values as given)
    data_date: str  # when the vault last changed (ISO 8601), "" for an empty vault
    state: tuple[int, str]  # the audit head: sequence number, SHA-256 hex


def filter_lines(selection: Selection) -> list[tuple[str, list[str]]]:
    """The filters of a selection, as (key, values), for the cover and the tables' files."""
    q = selection.query
    if q is not None:
        f = SearchFilters(status=list(q.status), campaign=list(q.campaign), tactic=list(q.tactic),
                          host_country=list(q.host_country), tags=list(q.tags))
        text_value = q.text
    else:
        f, text_value = selection.filters, selection.text
    lines = [("text", [text_value.strip()])] if text_value.strip() else []
    for key in ("status", "campaign", "tactic", "host_country", "outcome", "tags"):
        values = [v for v in getattr(f, key) if v.strip()]
        if values:
            lines.append((key, values))
    if f.date_from:
        lines.append(("from", [f.date_from]))
    if f.date_to:
        lines.append(("to", [f.date_to]))
    return lines


def shown_text(shown: Shown, disclosure: Disclosure, language: str) -> str:
    return words_of(shown, disclosure.threshold, language)


class _NumberedCanvas(Canvas):
    """Draws "Page X of Y" once the number of pages is known."""

    page_words = "Page {n} of {total}"
    footer_font = "Helvetica"

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._pages: list[dict[str, object]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(self.footer_font, 7.5)
            self.setFillColor(MUTED)
            self.drawRightString(A4[0] - MARGIN_X, MARGIN_BOTTOM - 10 * mm,
                                 self.page_words.format(n=self._pageNumber, total=total))
            super().showPage()
        super().save()


def render_report(data: ReportData, options: ReportOptions) -> bytes:
    """The report's PDF bytes."""
    if options.language not in LANGUAGES:
        raise ValueError(f"no report language {options.language!r}; use one of: {', '.join(LANGUAGES)}")
    disclosure = options.disclosure()
    with _LOCK:
        fonts = font_set(options.font_file)
        styles = make_styles(fonts)
        ts = Typesetter(fonts)
        story = _Story(data, options, disclosure, ts, styles).build()
        buffer = io.BytesIO()
        lang = options.language
        doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                                bottomMargin=MARGIN_BOTTOM, title=text("report_title", lang), author="CaseVault",
                                subject=text(options.profile, lang), creator="CaseVault",
                                # else each page starts in ReportLab's Helvetica, a font never embedded
                                initialFontName=styles.small.fontName)
        footer = ts.paragraph(f"{text('report_title', lang)} \u00b7 {text(options.profile, lang)}",
                              ParagraphStyle("f", parent=styles.tiny, textColor=ALERT if not disclosure.public
                                             else MUTED))
        han = fonts.font_for("\u9875")

        def furniture(canv: Canvas, _doc: object) -> None:
            canv.saveState()
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.5)
            canv.line(MARGIN_X, MARGIN_BOTTOM - 6 * mm, A4[0] - MARGIN_X, MARGIN_BOTTOM - 6 * mm)
            _w, h = footer.wrap(A4[0] - 2 * MARGIN_X - 40 * mm, 20)
            footer.drawOn(canv, MARGIN_X, MARGIN_BOTTOM - 7 * mm - h)
            canv.restoreState()

        class Numbered(_NumberedCanvas):
            page_words = text("page", lang)
            footer_font = (han.fontName if lang == "zh" and han else fonts.base.fontName)

        doc.build(story, onFirstPage=furniture, onLaterPages=furniture, canvasmaker=Numbered)
        fonts.check()
        return buffer.getvalue()


def write_report(path: Path, data: ReportData, options: ReportOptions) -> None:
    """Render, then write atomically (an existing file only where db.write_target allows it)."""
    atomic_write(Path(path), render_report(data, options))


class _Story:
    def __init__(self, data: ReportData, options: ReportOptions, disclosure: Disclosure, ts: Typesetter,
                 styles: object) -> None:
        self.data, self.options, self.disclosure, self.ts, self.st = data, options, disclosure, ts, styles
        self.lang = options.language
        self.width = A4[0] - 2 * MARGIN_X - 12  # the frame pads its content by 6 points each side
        self.record_text = record_text(data.stats, disclosure, self.lang)

    def label(self, dim: str, key: str) -> str:
        """A dimension's value as printed (a typed one, a region, through record_text; a country by name)."""
        if dim == "host_country":
            return country_name(key, self.lang)
        return printed_value(dim, key, self.lang, self.record_text)

    def table_font(self) -> list[tuple[object, ...]]:
        """A table's own font: without it ReportLab starts each table in Helvetica, never embedded."""
        return [("FONT", (0, 0), (-1, -1), self.st.small.fontName, self.st.small.fontSize)]

    def p(self, words: str, style: ParagraphStyle, width: float | None = None) -> object:
        return self.ts.paragraph(words, style, width)

    def build(self) -> list[object]:
        story = self.cover()
        stats = self.data.stats
        if self.disclosure.public and 0 < stats.cases < self.disclosure.threshold:
            story.append(self.p(text("suppressed_small", self.lang, n=self.disclosure.threshold), self.st.body))
        else:
            published = publish_all(stats.tables, self.disclosure)
            for table in stats.tables:
                story += self.table(published[table.key])
            story += self.stations(stats.stations)
        story.append(CondPageBreak(60 * mm))
        story.append(self.p(text("method", self.lang), self.st.h2))
        for para in method_note(self.lang, self.disclosure.threshold):
            story.append(self.p(para, self.st.body, self.width))
        return story

    def cover(self) -> list[object]:
        lang, st, stats = self.lang, self.st, self.data.stats
        seq, digest = self.data.state
        made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        cases = shown_text(selection_shown(stats.cases, self.disclosure), self.disclosure, lang)
        incidents = shown_text(selection_shown(stats.incidents, self.disclosure), self.disclosure, lang)
        facts = [
            ("cases_counted", cases), ("incidents_counted", incidents),
            ("filters", filter_text(self.data.filters, lang, self.disclosure.public)),
            ("data_date", self.data.data_date.replace("T", " ")[:16] + (" UTC" if self.data.data_date else "")),
            ("made", made), ("state", f"{seq}:{digest}"),
            ("profile", text(self.options.profile, lang)),
        ]
        if self.disclosure.public:
            facts.append(("threshold", text("fewer_than", lang, n=self.disclosure.threshold)))
        label_w = 45 * mm
        rows = [[self.p(text(k, lang), st.small_bold, label_w), self.p(v, st.small, self.width - label_w)]
                for k, v in facts]
        table = Table(rows, colWidths=[label_w, self.width - label_w], hAlign="LEFT")
        table.setStyle(TableStyle([*self.table_font(), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        marking = ParagraphStyle("marking", parent=st.marking, alignment=0,
                                 textColor=MUTED if self.disclosure.public else ALERT)
        return [self.p(text("report_title", lang), st.cover_title), self.p(text(self.options.profile, lang), marking),
                Spacer(1, 4 * mm), table, PageBreak()]

    def table(self, shown: PublishedTable) -> list[object]:
        t, lang, st = shown.table, self.lang, self.st
        title = table_title(t.key, t.unit, t.row_dim, t.col_dim, lang)
        head = [CondPageBreak(45 * mm), self.p(title, st.h2)]
        if t.total == 0:
            return [*head, self.p(text("empty", lang), st.muted)]
        if shown.suppressed:
            key = "suppressed_small" if shown.total.mark == SMALL else "suppressed"
            return [*head, self.p(text(key, lang, n=self.disclosure.threshold), st.muted)]
        numbers = {k: shown_text(v, self.disclosure, lang) for k, v in shown.cells.items()}
        out = list(head)
        if not t.col_dim and len(t.rows) <= CHART_ROWS:
            bars = [(self.label(t.row_dim, r), shown.shown(r).value, numbers[(r, "")]) for r in t.rows]
            out.append(bar_chart(self.ts.fonts, bars, self.width * 0.9))
            out.append(Spacer(1, 3 * mm))
        if t.unit == "cases" and t.row_dim == "host_country" and not t.col_dim:
            out += self.world_map(shown, numbers)
        out.append(self.grid(shown, numbers))
        return out

    def world_map(self, shown: PublishedTable, numbers: dict[tuple[str, str], str]) -> list[object]:
        """The host countries shaded by their numbers as printed (exporters.world_map)."""
        lang = self.lang
        shades, classes = world_map.map_shades({r: shown.shown(r) for r in shown.table.rows})
        legend = [(world_map.NONE, text("map_none", lang))]
        legend += [(n, text("map_range", lang, low=lo, high=hi) if lo != hi else str(lo)) for n, lo, hi in classes]
        if world_map.HIDDEN_SMALL in shades.values():
            legend.append((world_map.HIDDEN_SMALL, text("fewer_than", lang, n=self.disclosure.threshold)))
        if world_map.HIDDEN_WITHHELD in shades.values():
            legend.append((world_map.HIDDEN_WITHHELD, text("withheld", lang)))
        out = [world_map_drawing(self.ts.fonts, shades, len(classes), legend, self.width), Spacer(1, 1 * mm)]
        missing = world_map.not_drawn(shown.table.rows)
        if missing:
            items = ", ".join(f"{country_name(c, lang)} ({numbers[(c, '')]})" for c in missing)
            out.append(self.p(text("map_missing", lang, items=items), self.st.muted))
        out += [self.p(text("map_source", lang), self.st.muted), Spacer(1, 3 * mm)]
        return out

    def grid(self, shown: PublishedTable, numbers: dict[tuple[str, str], str]) -> Table:
        t, lang, st = shown.table, self.lang, self.st
        num = ParagraphStyle("num", parent=st.small, alignment=2)
        num_bold = ParagraphStyle("numb", parent=st.small_bold, alignment=2)
        total_text = shown_text(shown.total, self.disclosure, lang)
        if not t.col_dim:
            label_w = self.width * 0.62
            widths = [label_w, self.width * 0.2]
            rows = [[self.p(dimension_label(t.row_dim, lang), st.small_bold, label_w),
                     self.p(text(t.unit, lang), num_bold)]]
            rows += [[self.p(self.label(t.row_dim, r), st.small, label_w), self.p(numbers[(r, "")], num)]
                     for r in t.rows]
            rows.append([self.p(text("total", lang), st.small_bold), self.p(total_text, num_bold)])
        else:
            label_w = min(self.width * 0.3, 55 * mm)
            col_w = (self.width - label_w) / max(len(t.cols), 1)
            corner = f"{dimension_label(t.row_dim, lang)} \\ {dimension_label(t.col_dim, lang)}"
            rows = [[self.p(corner, st.tiny, label_w),
                     *(self.p(self.label(t.col_dim, c), ParagraphStyle("h", parent=st.tiny, alignment=2),
                              col_w) for c in t.cols)]]
            tiny_num = ParagraphStyle("tn", parent=st.tiny, alignment=2)
            rows += [[self.p(self.label(t.row_dim, r), st.tiny, label_w),
                      *(self.p(numbers[(r, c)], tiny_num, col_w) for c in t.cols)] for r in t.rows]
            widths = [label_w, *([col_w] * len(t.cols))]
        grid = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [*self.table_font(), ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
                 ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
        if not t.col_dim:
            style.append(("BACKGROUND", (0, -1), (-1, -1), SHADE))
        grid.setStyle(TableStyle(style))
        return grid

    def stations(self, stations: Sequence[StationFact]) -> list[object]:
        lang, st = self.lang, self.st
        heading = self.p(text("stations", lang), st.h2)
        if not stations:
            return [CondPageBreak(50 * mm), heading, self.p(text("empty", lang), st.muted)]
        widths = [w * self.width for w in (0.2, 0.12, 0.09, 0.2, 0.1, 0.21, 0.08)]
        head = ["station", "city", "country", "bureau", "reported", "source", "cases"]
        lines = [[text(h, lang) for h in head]]
        for s in stations:
            count = shown_text(station_cases(len(s.case_ids), self.disclosure), self.disclosure, lang)
            source = station_source(s.source_kind, s.source_text, self.disclosure)
            if source is None:
                source = text("unpublished_source", lang, kind=source_kind_label(s.source_kind, lang)) \
                    if s.source_kind else ""
            else:
                source = self.record_text(source)
            name = "\n".join(self.record_text(x) for x in (s.name, s.name_original) if x)
            bureau = "\n".join(self.record_text(x) for x in (s.bureau, s.bureau_original) if x)
            lines.append([name, self.record_text(s.city), country_name(s.country, lang), bureau, s.reported, source,
                          count])
        # narrow columns as wide as their words ("signalement", "Dossiers", "2023-03-03"): else cut inside
        needs = [12 + max(word_width(line[k], st.tiny.fontName, st.tiny.fontSize, self.ts.fonts) for line in lines)
                 for k in range(len(head))]
        widths = fit_widths(widths, needs)
        rows = [[self.p(h, st.tiny, w) for h, w in zip(lines[0], widths, strict=True)]]
        tiny_num = ParagraphStyle("tn", parent=st.tiny, alignment=2)
        rows += [[*(self.p(c, st.tiny, w) for c, w in zip(line[:-1], widths, strict=False)),
                  self.p(line[-1], tiny_num, widths[-1])] for line in lines[1:]]
        grid = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        grid.setStyle(TableStyle([*self.table_font(), ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
                                  ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        if len(rows) < 12:  # a short table stays on one page with its heading
            return [CondPageBreak(50 * mm), KeepTogether([heading, grid])]
        return [CondPageBreak(50 * mm), heading, grid]




def report_data(vault: object, selection: Selection, crosses: Sequence[tuple[str, str, str]] = (),
                public: bool = True) -> ReportData:
    """Load and count the selected cases of an open vault (on its thread); with `public`, also who
    may not be named (every person of the vault), which a public report needs and an internal one
    does not."""
    from db.statistics_query import load, vault_state  # noqa: PLC0415
    from exporters.statistics import compute, parts_for  # noqa: PLC0415

    stats = compute(load(vault, selection, parts_for(crosses)), crosses)  # type: ignore[arg-type]
    if public:
        stats.names = PublicNames(person_names(vault, vocab.NAMED_CONSENT["public"]))
    seq, digest, at = vault_state(vault)  # type: ignore[arg-type]
    return ReportData(stats, filter_lines(selection), at, (seq, digest))


__all__ = ["ReportData", "ReportOptions", "filter_lines", "render_report", "report_data", "write_report"]
