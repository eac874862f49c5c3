"""The night, period and project-indicator reports (`fieldops.services.reports.Report`) as A4 PDFs with tables
and charts, in Latvian, Lithuanian or English whatever the interface language.

    language = ReportLanguage("lt")
    pages = write_report_pdf(report, path, language, printed_by="Inese Kalniņa", purpose="Project reporting")

Built on the operation report's blocks (`ui.reports.operation_pdf`): the same fonts (DejaVu Sans when installed:
every Latvian and Lithuanian letter, no ligatures, embedded, so the text can be searched and copied), the same
A4 page with 15 mm margins at 300 dpi, the same footer ("Printed by … — purpose: …", "Page X of Y") and the same
temporary-file-and-rename write. The body is HTML laid out by QTextDocument (tables with their header row
repeated on every page).

Charts are vector drawings painted with QPainter (bars, stacked bars, horizontal bars, lines; no raster image,
no pyqtgraph): the HTML reserves their place with an empty, transparent image of the chart's size, so the text
layout paginates them like any line (a chart never splits across pages), and the chart is painted into that
place after the page's text.

The language: texts are looked up in the report language's own translator (`resources/i18n/fieldops_xx.qm`)
in the contexts "Reports", then "OperationReport" (the operation report's labels are reused), vocabularies in
their own contexts ("vocab", "rules"); numbers and dates follow the language's locale. The application's
installed translators (the interface language) are never touched, so a report can be rendered on a worker
thread while the interface stays in its language. Rendering needs a QGuiApplication (fonts), no widgets.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QDateTime,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QTime,
    QTranslator,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPalette,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
)

from fieldops.i18n import QT_TRANSLATE_NOOP
from fieldops.night import MOON_PHASE_NAMES, NightContext
from fieldops.services.report_model import Cell, Chart, Report, Table, Term, term_source, zone
from ui.reports.operation_pdf import (
    BODY_PT,
    FOOTER_MM,
    FOOTER_PT,
    FOOTER_PURPOSE_MAX,
    MARGIN_MM,
    PDF_DPI,
    paint_body_page,
    paint_footer,
    report_font,
    report_font_family,
    write_atomically,
)
from ui.resources import translation_path

LANGUAGES = ("lv", "lt", "en")
LANGUAGE_NAMES = {"lv": "Latviešu", "lt": "Lietuvių", "en": "English"}
CSS_DPI = 96.0  # HTML lengths (px) are 1/96 in; the layout scales them to the 300-dpi page
PAGE_PX = (210.0 - 2 * MARGIN_MM) / 25.4 * CSS_DPI  # the text width in HTML px (about 680)
CHART_FULL = (PAGE_PX - 2, 250.0)  # a chart across the page (w × h, HTML px)
CHART_HALF = ((PAGE_PX - 16) / 2, 215.0)  # two charts side by side
CHART_PT = 7.0
GRID_PT, HEAD_PT = 8.0, 7.5  # table cells and header cells
TABLE_SIZES = ((GRID_PT, HEAD_PT), (7.0, 6.5), (6.5, 6.0))  # smaller type for tables with many columns
CELL_PAD_PX = 3 * 2 + 2  # cellpadding on both sides and a little air (HTML px)
WIDTH_SLACK = 1.1  # the layout's text at 300 dpi runs a little wider than measured at 96 dpi
PALETTE = ("#2c64aa", "#e08a1e", "#3a9a5b", "#b23a48", "#7d5ba6", "#6e7b8b", "#c7a600", "#2a9d9f")
GRID = "#d4d8de"
AXIS = "#5a5f66"
CHART_RESOURCE = "chart:"
# Texts of the page (the operation report's where it has them: they are translated already).
_NIGHT_OF = QT_TRANSLATE_NOOP("OperationReport", "Night of %1")
_NIGHTS = QT_TRANSLATE_NOOP("Reports", "Nights %1 – %2")
_MOON = QT_TRANSLATE_NOOP("OperationReport", "Moon: %1 % lit (%2)")
_SUNSET = QT_TRANSLATE_NOOP("OperationReport", "Sunset")
_DUSK = QT_TRANSLATE_NOOP("OperationReport", "nautical dusk")
_DAWN = QT_TRANSLATE_NOOP("OperationReport", "Nautical dawn")
_SUNRISE = QT_TRANSLATE_NOOP("OperationReport", "sunrise")
_NOTHING = QT_TRANSLATE_NOOP("Reports", "Nothing to show for this period.")
_NO_DATA = QT_TRANSLATE_NOOP("Reports", "No data")
_PRINTED = QT_TRANSLATE_NOOP("OperationReport", "Printed by %1 on %2 — purpose: %3")
_PAGE = QT_TRANSLATE_NOOP("OperationReport", "Page %1 of %2")


# ---- the report's language ---------------------------------------------------------------------------------------
class ReportLanguage:
    """Texts, vocabularies, numbers and dates in one language (lv, lt or en), from that language's own
    translator; implements `fieldops.services.reports.Labels` for the CSV and XLSX exports too."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown report language {language!r}")
        self.language = language
        self._translator = QTranslator()
        self._loaded = self._translator.load(str(translation_path(language)))
        self.locale = QLocale(
            {"lv": QLocale.Language.Latvian, "lt": QLocale.Language.Lithuanian}.get(language, QLocale.Language.English),
            {"lv": QLocale.Country.Latvia, "lt": QLocale.Country.Lithuania}.get(language,
                                                                                 QLocale.Country.UnitedKingdom))

    def lookup(self, context: str, source: str) -> str:
        """`source` translated in `context` (the source itself when the catalogue lacks it)."""
        if not source:
            return source
        text = self._translator.translate(context, source) if self._loaded else ""
        return text or source

    # Labels protocol
    def text(self, source: str) -> str:
        """A report text: its translation in "Reports", else the operation report's ("OperationReport")."""
        if not source or not self._loaded:
            return source
        return (self._translator.translate("Reports", source)
                or self._translator.translate("OperationReport", source) or source)

    def term(self, term: Term) -> str:
        context, source = term_source(term)
        return self.lookup(context, source) if context else source

    # numbers and dates
    def number(self, value: float, decimals: int = 0) -> str:
        if decimals == 0 and float(value).is_integer():
            return str(self.locale.toString(int(value)))
        return str(self.locale.toString(float(value), "f", decimals))

    def percent(self, fraction: float) -> str:
        return f"{self.locale.toString(fraction * 100, 'f', 1)} %"

    def date_format(self) -> str:
        fmt = self.locale.dateFormat(QLocale.FormatType.ShortFormat)
        return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")

    def format_date(self, value: date) -> str:
        return str(self.locale.toString(QDate(value.year, value.month, value.day), self.date_format()))

    def short_date(self, value: date) -> str:
        """Day and month only (chart axes)."""
        fmt = self.date_format()
        for cut in ("/yyyy", ".yyyy", "-yyyy", " yyyy", "yyyy-", "yyyy.", "yyyy/"):
            fmt = fmt.replace(cut, "")
        return str(self.locale.toString(QDate(value.year, value.month, value.day), fmt.strip(" .-/")))

    def format_time(self, value: datetime, tz: str, *, with_date: bool = True, with_zone: bool = False) -> str:
        local = value.astimezone(zone(tz))
        moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        text = str(self.locale.toString(moment, f"{self.date_format()} HH:mm" if with_date else "HH:mm"))
        return f"{text} {local.tzname() or ''}".rstrip() if with_zone else text

    def cell(self, value: Cell, kind: str, tz: str, *, time_only: bool = False) -> str:
        """A table cell as text (not escaped); `time_only`: datetimes as "HH:mm" (one night's report)."""
        if value is None:
            return "–"
        if isinstance(value, Term):
            return self.term(value)
        if isinstance(value, bool):
            return self.term(Term("yes_no", "yes" if value else "no"))
        if isinstance(value, datetime):
            return self.format_time(value, tz, with_date=not time_only)
        if isinstance(value, date):
            return self.format_date(value)
        if isinstance(value, int | float):
            if kind == "percent":
                return self.percent(float(value))
            if kind == "hours":
                return self.number(value, 1)
            if kind == "float" or isinstance(value, float):
                return self.number(value, 2)
            return self.number(value)
        return str(value)


# ---- the HTML -----------------------------------------------------------------------------------------------------
_STYLE = """
body { font-size: %(body)dpt; color: #000000; }
h1 { font-size: 15pt; font-weight: 700; margin: 0; }
h2 { font-size: 11pt; font-weight: 700; margin-top: 14px; margin-bottom: 4px; }
td, th { vertical-align: top; }
th { background-color: #e8e8e8; font-weight: 700; }
table.grid td { border-bottom: 1px solid #b0b0b0; }
%(sizes)s
.figure { font-size: 12pt; font-weight: 700; }
.muted { color: #555555; }
.small { font-size: 7.5pt; }
.agency { font-size: 10pt; font-weight: 700; }
p.charts { margin-top: 8px; margin-bottom: 4px; }
"""
_NUMERIC = ("int", "float", "hours", "percent")


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


@dataclass(frozen=True)
class _Placed:
    chart: Chart
    width: float  # HTML px
    height: float


def _period_text(report: Report, lang: ReportLanguage) -> str:
    if report.first_night == report.last_night:
        return lang.text(_NIGHT_OF).replace("%1", lang.format_date(report.first_night))
    return (lang.text(_NIGHTS).replace("%1", lang.format_date(report.first_night))
            .replace("%2", lang.format_date(report.last_night)))


def _night_html(night: NightContext, tz: str, lang: ReportLanguage) -> str:
    def at(value: datetime | None) -> str:
        return lang.format_time(value, tz, with_date=False) if value is not None else "–"

    moon = (lang.text(_MOON).replace("%1", lang.number(round(night.moon_illumination * 100)))
            .replace("%2", lang.lookup("night", MOON_PHASE_NAMES.get(night.moon_phase_name, ""))))
    return (f"{_e(lang.text(_SUNSET))} {_e(at(night.sunset))} · {_e(lang.text(_DUSK))} "
            f"{_e(at(night.nautical_dusk))} · {_e(lang.text(_DAWN))} {_e(at(night.nautical_dawn))} · "
            f"{_e(lang.text(_SUNRISE))} {_e(at(night.sunrise))} · {_e(moon)}")


def _figures_html(report: Report, lang: ReportLanguage) -> str:
    """The key figures, three to a row."""
    cells = []
    for figure in report.summary:
        shown = lang.cell(figure.value, figure.kind, report.timezone)
        cells.append(f'<td width="33%"><span class="muted small">{_e(lang.text(figure.label))}</span><br>'
                     f'<span class="figure">{_e(shown)}</span></td>')
    rows = ["<tr>" + "".join(cells[i:i + 3]) + "</tr>" for i in range(0, len(cells), 3)]
    return ('<table class="figures" width="100%" cellspacing="0" cellpadding="3">' + "".join(rows) + "</table>")


class _Measure:
    """Text widths in HTML px (1/96 in) in the table fonts, cached per text."""

    def __init__(self) -> None:
        self._family = report_font_family()
        self._device = QImage(1, 1, QImage.Format.Format_RGB32)
        dots = round(CSS_DPI / 0.0254)
        self._device.setDotsPerMeterX(dots)
        self._device.setDotsPerMeterY(dots)
        self._metrics: dict[tuple[bool, float], QFontMetricsF] = {}
        self._cache: dict[tuple[bool, float, str], tuple[float, float]] = {}

    def widths(self, text: str, size: float, header: bool = False) -> tuple[float, float]:
        """(longest word, whole text) in HTML px at `size` points (bold for a header)."""
        key = (header, size, text)
        found = self._cache.get(key)
        if found is None:
            metrics = self._metrics.get((header, size))
            if metrics is None:
                font = report_font(self._family, size)
                font.setBold(header)
                metrics = self._metrics[(header, size)] = QFontMetricsF(font, self._device)
            words = [metrics.horizontalAdvance(w) for w in text.split()] or [0.0]
            found = (max(words), metrics.horizontalAdvance(text))
            self._cache[key] = found
        return found


def _column_widths(measure: _Measure, header: Sequence[str], rows: Sequence[Sequence[str]]
                   ) -> tuple[list[float], float]:
    """(column widths in % of the table, cell size in points): the largest type (of TABLE_SIZES) at which
    every column can be as wide as its longest word (no word is broken); the rest of the width shared by
    how much more each column would like (its longest line)."""
    sample = rows[:400]
    for cell_pt, head_pt in TABLE_SIZES:
        low, want = [], []
        for i, title in enumerate(header):
            word, whole = measure.widths(title, head_pt, header=True)
            low_i, want_i = word, min(whole, 2.5 * word)
            for row in sample:
                w_word, w_whole = measure.widths(row[i], cell_pt)
                low_i, want_i = max(low_i, w_word), max(want_i, w_whole)
            low.append(low_i * WIDTH_SLACK + CELL_PAD_PX)
            want.append(max(want_i, low_i) * WIDTH_SLACK + CELL_PAD_PX)
        if sum(low) <= PAGE_PX or (cell_pt, head_pt) == TABLE_SIZES[-1]:
            break
    total = PAGE_PX
    if sum(want) <= total:
        widths = [w * total / sum(want) for w in want]
    elif sum(low) >= total:
        widths = [w * total / sum(low) for w in low]
    else:
        spare, extra = total - sum(low), [w - lo for w, lo in zip(want, low, strict=True)]
        widths = [lo + spare * e / sum(extra) for lo, e in zip(low, extra, strict=True)]
    return [100.0 * w / total for w in widths], cell_pt


def _size_class(points: float) -> str:
    return f"pt{round(points * 10)}"


def _table_html(table: Table, report: Report, lang: ReportLanguage, measure: _Measure) -> str:
    out = [f"<h2>{_e(lang.text(table.title))}</h2>"]
    if not table.rows:
        out.append(f'<p class="muted">{_e(lang.text(_NOTHING))}</p>')
    else:
        titles = [c.text(lang) for c in table.columns]
        one_night = report.first_night == report.last_night  # times only: the date is in the heading
        texts = [[lang.cell(v, c.kind, report.timezone, time_only=one_night)
                  for v, c in zip(row, table.columns, strict=True)] for row in table.rows]
        widths, cell_pt = _column_widths(measure, titles, texts)
        head = "".join(
            f'<th width="{w:.1f}%" align="{"right" if c.kind in _NUMERIC else "left"}">{_e(t)}</th>'
            for c, t, w in zip(table.columns, titles, widths, strict=True))
        body = []
        for row in texts:
            cells = []
            for text, column in zip(row, table.columns, strict=True):
                align = ' align="right"' if column.kind in _NUMERIC else ""
                cells.append(f"<td{align}>{_e(text)}</td>")
            body.append("<tr>" + "".join(cells) + "</tr>")
        out.append(f'<table class="grid {_size_class(cell_pt)}" width="100%" cellspacing="0" cellpadding="3" '
                   f'style="border-collapse: collapse;"><thead><tr>{head}</tr></thead>'
                   f'<tbody>{"".join(body)}</tbody></table>')
    if table.note:
        out.append(f'<p class="muted small">{_e(lang.text(table.note))}</p>')
    return "".join(out)


def _chart_rows(charts: Sequence[Chart]) -> list[list[_Placed]]:
    """Charts with many categories (or a line) across the page, the others two to a row."""
    rows: list[list[_Placed]] = []
    pending: list[_Placed] = []
    for chart in charts:
        wide = chart.kind == "line" or len(chart.categories) > 8
        if wide:
            rows.append([_Placed(chart, *CHART_FULL)])
        else:
            pending.append(_Placed(chart, *CHART_HALF))
            if len(pending) == 2:
                rows.append(pending)
                pending = []
    if pending:
        rows.append(pending)
    return rows


def report_html(report: Report, lang: ReportLanguage) -> tuple[str, list[_Placed]]:
    """The report as HTML for QTextDocument, with a transparent image `chart:N` reserving each chart's place,
    and the charts in that order."""
    sizes = "\n".join(f"table.{_size_class(c)} td {{ font-size: {c}pt; }} table.{_size_class(c)} th {{ font-size: "
                      f"{h}pt; }}" for c, h in TABLE_SIZES)
    style = _STYLE % {"body": BODY_PT, "sizes": sizes}
    out = [f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>"]
    agencies = ", ".join(a.name for a in report.agencies)
    right = [_e(_period_text(report, lang)), _e(report.timezone)]
    if report.types:
        right.append(_e(", ".join(lang.term(Term("operation_type", t)) for t in report.types)))
    out.append('<table width="100%" cellspacing="0" cellpadding="0"><tr>'
               f'<td width="72%"><span class="agency">{_e(agencies)}</span><br><h1>{_e(lang.text(report.title))}</h1>'
               f'</td><td align="right">{"<br>".join(right)}</td></tr></table><hr>')
    if report.night is not None:
        out.append(f'<p class="small">{_night_html(report.night, report.timezone, lang)}</p>')
    out.append(_figures_html(report, lang))
    for note in report.notes:
        out.append(f'<p class="muted small">{_e(lang.text(note))}</p>')
    placed: list[_Placed] = []
    for row in _chart_rows(report.charts):
        images = []
        for item in row:
            images.append(f'<img src="{CHART_RESOURCE}{len(placed)}" width="{item.width:.0f}" '
                          f'height="{item.height:.0f}">')
            placed.append(item)
        out.append('<p class="charts">' + "&nbsp;&nbsp;&nbsp;".join(images) + "</p>")
    measure = _Measure()
    for table in report.tables:
        out.append(_table_html(table, report, lang, measure))
    out.append("</body></html>")
    return "".join(out), placed


# ---- charts --------------------------------------------------------------------------------------------------------
def _nice_max(value: float) -> tuple[float, float]:
    """(axis maximum, tick step) for data up to `value`: 1, 2, 2.5 or 5 × 10^n steps, 3–6 ticks."""
    if value <= 0:
        return 1.0, 1.0 if value == 0 else 0.5
    raw = value / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if value <= 5 and float(value).is_integer():
        step = max(1.0, step)
    top = step * math.ceil(value / step)
    return top, step


def _label(value: Cell, lang: ReportLanguage, dates_short: bool) -> str:
    if isinstance(value, date) and not isinstance(value, datetime):
        return lang.short_date(value) if dates_short else lang.format_date(value)
    if isinstance(value, Term):
        return lang.term(value)
    if isinstance(value, str):
        return lang.text(value)
    return lang.cell(value, "int", "UTC")


def paint_chart(painter: QPainter, rect: QRectF, chart: Chart, lang: ReportLanguage, family: str) -> None:
    """`chart` drawn into `rect` (device pixels): title, legend, value grid, bars or lines, labels."""
    device = painter.device()
    scale = device.logicalDpiY() / 72.0  # device pixels per point
    font = report_font(family, CHART_PT)
    bold = report_font(family, CHART_PT + 1.5)
    bold.setBold(True)
    metrics, bold_metrics = QFontMetricsF(font, device), QFontMetricsF(bold, device)
    pad = 3 * scale
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setClipRect(rect)
    painter.setPen(QPen(QColor("#000000"), 0))
    painter.setFont(bold)
    top = rect.top() + bold_metrics.ascent()
    painter.drawText(QPointF(rect.left(), top), bold_metrics.elidedText(
        lang.text(chart.title), Qt.TextElideMode.ElideRight, rect.width()))
    y = rect.top() + bold_metrics.height() + pad

    painter.setFont(font)
    values = [v for s in chart.series for v in s.values]
    if chart.kind == "stacked":
        values = [sum(s.values[i] for s in chart.series) for i in range(len(chart.categories))]
    if not chart.categories or not any(v > 0 for v in values):
        area = QRectF(rect.left(), y, rect.width(), rect.bottom() - y)
        painter.setPen(QPen(QColor(AXIS), 0))
        painter.drawRect(area.adjusted(0, 0, -1, -1))
        painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), lang.text(_NO_DATA))
        painter.restore()
        return
    # legend (more than one series)
    names = [_label(s.name, lang, False) for s in chart.series]
    if len(chart.series) > 1:
        x = rect.left()
        box = metrics.ascent() * 0.8
        for i, name in enumerate(names):
            width = box + pad + metrics.horizontalAdvance(name) + 3 * pad
            if x + width > rect.right() and x > rect.left():
                x = rect.left()
                y += metrics.height()
            painter.fillRect(QRectF(x, y + (metrics.height() - box) / 2, box, box), QColor(PALETTE[i % len(PALETTE)]))
            painter.drawText(QPointF(x + box + pad, y + metrics.ascent()), name)
            x += width
        y += metrics.height() + pad

    area = QRectF(rect.left(), y, rect.width(), rect.bottom() - y)
    top_value, step = _nice_max(max(values))
    if chart.kind == "hbar":
        _paint_hbars(painter, area, chart, lang, metrics, top_value, step, pad)
    else:
        _paint_columns(painter, area, chart, lang, metrics, top_value, step, pad)
    painter.restore()


def _paint_columns(painter: QPainter, area: QRectF, chart: Chart, lang: ReportLanguage, metrics: QFontMetricsF,
                   top_value: float, step: float, pad: float) -> None:
    ticks = [step * i for i in range(round(top_value / step) + 1)]
    tick_labels = [lang.number(t, 0 if float(t).is_integer() else 1) for t in ticks]
    left = area.left() + max(metrics.horizontalAdvance(t) for t in tick_labels) + 2 * pad
    n = len(chart.categories)
    dates = all(isinstance(c, date) for c in chart.categories)
    labels = [_label(c, lang, dates) for c in chart.categories]
    slot = (area.right() - left) / n
    widest = max(metrics.horizontalAdvance(label) for label in labels) + 2 * pad
    every = max(1, math.ceil(widest / slot)) if slot > 0 else n
    two_lines = not dates and every > 1 and n <= 8  # wrap the labels under their bars instead of thinning
    lines = 1
    if two_lines:
        wrap = int(Qt.TextFlag.TextWordWrap)
        lines = min(3, max(round(metrics.boundingRect(QRectF(0, 0, slot, 1e6), wrap, label).height()
                                 / metrics.height()) for label in labels))
    label_h = metrics.height() * lines + pad
    plot = QRectF(left, area.top() + metrics.height() / 2, area.right() - left, area.height() - label_h
                  - metrics.height() / 2)
    # grid and value axis
    for value, text in zip(ticks, tick_labels, strict=True):
        gy = plot.bottom() - plot.height() * value / top_value
        painter.setPen(QPen(QColor(GRID if value else AXIS), 0))
        painter.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy))
        painter.setPen(QPen(QColor(AXIS), 0))
        painter.drawText(QRectF(area.left(), gy - metrics.height() / 2, left - area.left() - pad, metrics.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
    slot = plot.width() / n
    series = chart.series
    if chart.kind == "line":
        for si, s in enumerate(series):
            path = QPainterPath()
            for i, v in enumerate(s.values):
                point = QPointF(plot.left() + slot * (i + 0.5), plot.bottom() - plot.height() * v / top_value)
                if i:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
            painter.setPen(QPen(QColor(PALETTE[si % len(PALETTE)]), pad * 0.6))
            painter.drawPath(path)
    else:
        group = slot * 0.78
        for i in range(n):
            x0 = plot.left() + slot * i + (slot - group) / 2
            if chart.kind == "stacked":
                base = 0.0
                for si, s in enumerate(series):
                    v = s.values[i]
                    if v <= 0:
                        continue
                    y1 = plot.bottom() - plot.height() * (base + v) / top_value
                    y0 = plot.bottom() - plot.height() * base / top_value
                    painter.fillRect(QRectF(x0, y1, group, y0 - y1), QColor(PALETTE[si % len(PALETTE)]))
                    base += v
                total = base
            else:
                width = group / len(series)
                for si, s in enumerate(series):
                    v = s.values[i]
                    if v <= 0:
                        continue
                    h = plot.height() * v / top_value
                    painter.fillRect(QRectF(x0 + si * width, plot.bottom() - h, width * 0.92, h),
                                     QColor(PALETTE[si % len(PALETTE)]))
                total = max(s.values[i] for s in series)
            if n <= 12 and total > 0:  # the value over the bar when there is room
                text = lang.number(total, 0 if float(total).is_integer() else 1)
                painter.setPen(QPen(QColor("#000000"), 0))
                ty = plot.bottom() - plot.height() * total / top_value - pad / 2
                painter.drawText(QRectF(x0 - pad, ty - metrics.height(), group + 2 * pad, metrics.height()),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), text)
    # category axis
    painter.setPen(QPen(QColor(AXIS), 0))
    flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop) | (
        int(Qt.TextFlag.TextWordWrap) if two_lines else 0)
    for i, label in enumerate(labels):
        if i % (1 if two_lines else every):
            continue
        box = QRectF(plot.left() + slot * i - (0 if two_lines else slot * (every - 1) / 2), plot.bottom() + pad / 2,
                     slot if two_lines else slot * every, label_h)
        painter.drawText(box, flags, label if two_lines else metrics.elidedText(
            label, Qt.TextElideMode.ElideRight, box.width()))


def _paint_hbars(painter: QPainter, area: QRectF, chart: Chart, lang: ReportLanguage, metrics: QFontMetricsF,
                 top_value: float, step: float, pad: float) -> None:
    labels = [_label(c, lang, False) for c in chart.categories]
    label_w = min(area.width() * 0.45, max(metrics.horizontalAdvance(t) for t in labels) + 2 * pad)
    value_w = metrics.horizontalAdvance(lang.number(top_value)) + 2 * pad
    plot = QRectF(area.left() + label_w, area.top(), area.width() - label_w - value_w, area.height())
    n = len(chart.categories)
    row = min(plot.height() / n, metrics.height() * 1.8)
    values = chart.series[0].values
    painter.setPen(QPen(QColor(AXIS), 0))
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.top() + row * n))
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = plot.top() + row * i
        painter.setPen(QPen(QColor("#000000"), 0))
        painter.drawText(QRectF(area.left(), y, label_w - pad, row),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - pad))
        width = plot.width() * value / top_value if top_value else 0.0
        painter.fillRect(QRectF(plot.left(), y + row * 0.18, width, row * 0.64), QColor(PALETTE[0]))
        painter.drawText(QRectF(plot.left() + width + pad, y, value_w, row),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         lang.number(value, 0 if float(value).is_integer() else 1))


# ---- pages -----------------------------------------------------------------------------------------------------------
def footer_text(lang: ReportLanguage, printed_by: str, printed_at: datetime, purpose: str, tz: str) -> str:
    shown = purpose.strip()
    if len(shown) > FOOTER_PURPOSE_MAX:
        shown = shown[: FOOTER_PURPOSE_MAX - 1].rstrip() + "…"
    return (lang.text(_PRINTED).replace("%1", printed_by)
            .replace("%2", lang.format_time(printed_at, tz, with_zone=True)).replace("%3", shown))


def _chart_places(doc: QTextDocument) -> dict[int, QRectF]:
    """Where the layout put each chart's placeholder image (document coordinates, device pixels)."""
    places: dict[int, QRectF] = {}
    cursor = QTextCursor(doc)
    while True:
        cursor = doc.find("\ufffc", cursor)
        if cursor.isNull():
            return places
        fmt = cursor.charFormat()
        if not fmt.isImageFormat():
            continue
        image = fmt.toImageFormat()
        name = image.name()
        if not name.startswith(CHART_RESOURCE):
            continue
        block = cursor.block()
        layout = block.layout()
        offset = cursor.selectionStart() - block.position()
        line = layout.lineForTextPosition(offset)
        if not line.isValid():
            continue
        dpi_scale = doc.documentLayout().paintDevice().logicalDpiY() / CSS_DPI
        width, height = image.width() * dpi_scale, image.height() * dpi_scale
        found: Any = line.cursorToX(offset)  # PySide returns (x, position)
        x = layout.position().x() + float(found[0] if isinstance(found, tuple) else found)
        y = layout.position().y() + line.y() + line.ascent() - height
        places[int(name[len(CHART_RESOURCE):])] = QRectF(x, y, width, height)


def render_pages(device: QPagedPaintDevice | QImage, report: Report, lang: ReportLanguage, printed_by: str,
                 purpose: str, printed_at: datetime, *, only_page: int | None = None) -> int:
    """Lay the report out on A4 pages of `device` (a QPdfWriter, or a QImage of one page for previews) and
    paint them; returns the page count."""
    family = report_font_family()
    text, placed = report_html(report, lang)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(report_font(family, BODY_PT))
    doc.setDocumentMargin(0)
    blank = QImage(1, 1, QImage.Format.Format_ARGB32)
    blank.fill(QColor(0, 0, 0, 0))
    for i in range(len(placed)):
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"{CHART_RESOURCE}{i}"), blank)
    doc.setHtml(text)
    dpi = device.logicalDpiY()
    if isinstance(device, QPagedPaintDevice):
        page = device.pageLayout().paintRectPixels(dpi)
        width, height = float(page.width()), float(page.height())
    else:
        margin = MARGIN_MM / 25.4 * dpi
        width, height = device.width() - 2 * margin, device.height() - 2 * margin
    footer_h = FOOTER_MM / 25.4 * dpi
    body_h = height - footer_h
    doc.setPageSize(QSizeF(width, body_h))
    pages = max(1, doc.pageCount())
    places = _chart_places(doc)

    palette = QPalette()  # print colours: black on white, whatever the screen theme
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    footer_font = report_font(family, FOOTER_PT)
    left = footer_text(lang, printed_by, printed_at, purpose, report.timezone)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start the PDF painter")
    try:
        if not isinstance(device, QPagedPaintDevice):
            margin = MARGIN_MM / 25.4 * dpi
            painter.fillRect(QRectF(0, 0, device.width(), device.height()), QColor("#ffffff"))
            painter.translate(margin, margin)
        indexes = range(pages) if only_page is None else [min(only_page, pages - 1)]
        for n, index in enumerate(indexes):
            if n and isinstance(device, QPdfWriter):
                device.newPage()
            top = index * body_h

            def charts(p: QPainter, top: float = top) -> None:
                for i, rect in places.items():
                    if rect.bottom() > top and rect.top() < top + body_h:
                        paint_chart(p, rect, placed[i].chart, lang, family)

            paint_body_page(painter, doc, palette, width, body_h, top, charts)
            paint_footer(painter, footer_font, QRectF(0, body_h, width, footer_h), left,
                          lang.text(_PAGE).replace("%1", str(index + 1)).replace("%2", str(pages)))
    finally:
        painter.end()
    return pages


def render_report_pdf(report: Report, lang: ReportLanguage, printed_by: str, purpose: str, *,
                      printed_at: datetime | None = None) -> tuple[bytes, int]:
    """(PDF bytes, page count) of `report` in `lang`."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(f"{lang.text(report.title)} — {_period_text(report, lang)}")
    writer.setCreator("fieldops")
    when = printed_at or datetime.now().astimezone()
    pages = render_pages(writer, report, lang, printed_by, purpose, when)
    buffer.close()
    return bytes(data.data()), pages


def write_report_pdf(report: Report, path: Path | str, lang: ReportLanguage, printed_by: str, purpose: str, *,
                     printed_at: datetime | None = None) -> int:
    """Render `report` and write it to `path` (temporary file + rename); returns the page count. Raises
    `OSError` when the file cannot be written (no partial file is left)."""
    data, pages = render_report_pdf(report, lang, printed_by, purpose, printed_at=printed_at)
    write_atomically(Path(path), data)
    return pages


def render_page_image(report: Report, lang: ReportLanguage, page: int = 0, dpi: int = 100, *,
                      printed_by: str = "", purpose: str = "") -> QImage:
    """Page `page` of the report as an A4 image at `dpi` (previews and the docs' screenshots)."""
    width, height = round(210 / 25.4 * dpi), round(297 / 25.4 * dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    render_pages(image, report, lang, printed_by, purpose, datetime.now().astimezone(), only_page=page)
    return image


__all__ = ["LANGUAGES", "LANGUAGE_NAMES", "ReportLanguage", "paint_chart", "render_page_image",
           "render_pages", "render_report_pdf", "report_html", "write_report_pdf"]
