"""The operation report: printable HTML for QTextDocument, rendered page by page into an A4 PDF.

    html = operation_html(detail, checks, attachments, night, agency_name=agency.name)
    pages = write_operation_pdf(html, path, printed_by="Inese Kalniņa", purpose="Case file",
                                timezone=detail.timezone, title=detail.number)

The HTML keeps to what Qt's rich-text engine supports (tables, `<thead>` rows repeated on every page, a small
style sheet). Every text typed by a user (area, narrative, crew names, facts, reasons, file names …) is
escaped. Times are in the agency's time zone (`detail.timezone`) with the zone's abbreviation, never the
laptop's. Labels are translated in the context "OperationReport", vocabularies through `ui.vocab`, rule
flags through the "rules" context (`fieldops.rules.messages`).

The PDF is vector text with the fonts embedded (DejaVu Sans when installed, which covers every Latvian and
Lithuanian letter; the application font otherwise), so the text can be searched and copied. It is rendered
into memory first and then written to `path` through a temporary file and a rename: a failure (permission,
disk full) raises `OSError` and leaves no partial file behind.
"""

from __future__ import annotations

import contextlib
import html
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QDateTime,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QTime,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from fieldops.dto import CheckDTO, OperationDetail
from fieldops.errors import FieldOpsError
from fieldops.geo import format_national, format_wgs84, to_national
from fieldops.night import MOON_PHASE_NAMES, NightContext
from ui import vocab
from ui.rules_text import flag_text, rules_label

PDF_DPI = 300
MARGIN_MM = 15.0
FOOTER_MM = 10.0  # reserved at the bottom of the printable area for the footer
BODY_PT = 9
FOOTER_PT = 7
PREFERRED_FAMILIES = ("DejaVu Sans",)
MONO_FAMILIES = ("DejaVu Sans Mono",)
FOOTER_PURPOSE_MAX = 200  # the footer shows at most this much of the purpose; the audit log keeps it whole


class AttachmentLike(Protocol):
    filename: str
    size: int
    sha256: str


# ---- fonts ------------------------------------------------------------------------------------------------
def report_font_family() -> str:
    """DejaVu Sans when installed (it has every LV/LT letter), else the application font."""
    families = set(QFontDatabase.families())
    return next((f for f in PREFERRED_FAMILIES if f in families), QGuiApplication.font().family())


def report_font(family: str, point_size: float) -> QFont:
    """`family` without ligatures: an "fi" drawn as one glyph would come out of the PDF as "ﬁ" (U+FB01), so
    "file" or "traffic" could not be found or copied."""
    font = QFont(family)
    font.setPointSizeF(point_size)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _mono_family() -> str:
    families = set(QFontDatabase.families())
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    return next((f for f in MONO_FAMILIES if f in families), fixed)


# ---- small formatters ---------------------------------------------------------------------------------------
def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _multiline(text: str) -> str:
    """Escaped text with its line breaks kept (Qt's HTML ignores `white-space: pre-wrap` inside tables)."""
    return "<br>".join(_e(line) for line in text.splitlines()) if text else ""


def _zone(tz: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return None


def _date_format() -> str:
    """The locale's short date with a four-digit year (a report outlives the century's first decades)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def _local(value: datetime, tz: str) -> datetime:
    zone = _zone(tz)
    return value.astimezone(zone) if zone is not None else value


def format_time(value: datetime | None, tz: str, *, with_date: bool = True) -> str:
    """'10.11.2024 21:40 EET' in the agency's zone (the zone's abbreviation, EET/EEST, tells DST apart)."""
    if value is None:
        return "–"
    local = _local(value, tz)
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    text = QLocale().toString(moment, f"{_date_format()} HH:mm" if with_date else "HH:mm")
    return f"{text} {local.tzname() or ''}".rstrip()


def _span(start: datetime | None, end: datetime | None, tz: str) -> str:
    if start is None and end is None:
        return "–"
    if start is not None and end is not None and _local(start, tz).date() == _local(end, tz).date():
        return f"{format_time(start, tz)} – {format_time(end, tz, with_date=False)}"
    return f"{format_time(start, tz)} – {format_time(end, tz)}"


def _number(value: object, decimals: int | None = None) -> str:
    loc = QLocale()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) and decimals is None:
        return loc.toString(value)
    if isinstance(value, int | float):
        return loc.toString(float(value), "f", 2 if decimals is None else decimals)
    return str(value)


def flag_message(flag: dict[str, Any]) -> str:
    """The translated text of a stored rule flag (`{"code", "params", …}`), not escaped: the check form's
    wording, with numbers in the locale's format."""

    params = {k: _number(v) if isinstance(v, float) else v for k, v in dict(flag.get("params") or {}).items()}
    return flag_text(str(flag.get("code", "")), params)


def _missing_documents(documents: object) -> list[str]:
    if not isinstance(documents, dict):
        return []
    return [rules_label(name) for name, shown in documents.items() if shown is False]


# Facts shown with their own label; anything else a pack or a newer app recorded is listed as "key: value".
_TRAFFIC_KEYS = {"plate", "driver_category", "alcohol_permille", "refused_test", "speed_measured", "speed_limit",
                 "documents", "country"}
_HUNTER_KEYS = {"species", "sight", "position", "documents", "sober", "boar_marker", "boar_harvested",
                "hunting_sheet", "safety_check_date", "driven_hunt", "vest", "weapon_loaded_moving",
                "weapon_cased_in_vehicle", "night", "country"}
_OTHER_KEYS = {"category", "text", "country"}


def _traffic_facts(f: dict[str, Any]) -> list[str]:
    out: list[str] = []
    if f.get("plate"):
        out.append(QCoreApplication.translate("OperationReport", "Plate %1").replace("%1", str(f["plate"])))
    if f.get("driver_category") not in (None, "general"):
        out.append(QCoreApplication.translate("OperationReport", "Driver: %1").replace(
            "%1", rules_label(f["driver_category"])))
    alcohol = f.get("alcohol_permille")
    if alcohol is not None:
        values = alcohol if isinstance(alcohol, list) else [alcohol]
        out.append(QCoreApplication.translate("OperationReport", "Alcohol %1 ‰").replace(
            "%1", " / ".join(_number(v, 2) for v in values)))
    if f.get("refused_test") is True:
        out.append(QCoreApplication.translate("OperationReport", "Refused the alcohol test"))
    measured, limit = f.get("speed_measured"), f.get("speed_limit")
    if measured is not None and limit is not None:
        out.append(QCoreApplication.translate("OperationReport", "Speed %1 km/h (limit %2 km/h)")
                   .replace("%1", _number(measured)).replace("%2", _number(limit)))
    elif measured is not None:
        out.append(QCoreApplication.translate("OperationReport", "Speed %1 km/h").replace("%1", _number(measured)))
    missing = _missing_documents(f.get("documents"))
    if missing:
        out.append(QCoreApplication.translate("OperationReport", "Missing: %1").replace("%1", ", ".join(missing)))
    return out


def _hunter_facts(f: dict[str, Any]) -> list[str]:
    out: list[str] = []
    if f.get("species"):
        out.append(QCoreApplication.translate("OperationReport", "Species: %1").replace(
            "%1", rules_label(f["species"])))
    if f.get("sight"):
        out.append(QCoreApplication.translate("OperationReport", "Sight: %1").replace("%1", vocab.sight(f["sight"])))
    if f.get("position"):
        out.append(QCoreApplication.translate("OperationReport", "Position: %1").replace(
            "%1", vocab.hunter_position(str(f["position"]))))
    if f.get("driven_hunt") is True:
        out.append(QCoreApplication.translate("OperationReport", "Driven hunt"))
    if f.get("weapon_loaded_moving") is True:
        out.append(QCoreApplication.translate("OperationReport", "Weapon loaded while moving"))
    if f.get("weapon_cased_in_vehicle") is False:
        out.append(QCoreApplication.translate("OperationReport", "Weapon not cased in the vehicle"))
    if f.get("sober") is False:
        out.append(QCoreApplication.translate("OperationReport", "Not sober"))
    if f.get("vest") is False:
        out.append(QCoreApplication.translate("OperationReport", "No vest"))
    if f.get("boar_harvested") is True:
        out.append(QCoreApplication.translate("OperationReport", "Wild boar harvested or wounded"))
    if f.get("boar_marker"):
        out.append(QCoreApplication.translate("OperationReport", "Boar marker %1").replace("%1", str(f["boar_marker"])))
    if f.get("hunting_sheet"):
        out.append(QCoreApplication.translate("OperationReport", "Hunting sheet: %1").replace(
            "%1", str(f["hunting_sheet"])))
    if f.get("safety_check_date"):
        out.append(QCoreApplication.translate("OperationReport", "Safety check: %1").replace(
            "%1", str(f["safety_check_date"])))
    missing = _missing_documents(f.get("documents"))
    if missing:
        out.append(QCoreApplication.translate("OperationReport", "Missing: %1").replace("%1", ", ".join(missing)))
    return out


def _other_facts(f: dict[str, Any]) -> list[str]:
    out: list[str] = []
    if f.get("category"):
        out.append(QCoreApplication.translate("OperationReport", "Category: %1").replace(
            "%1", vocab.other_category(str(f["category"]))))
    if f.get("text"):
        out.append(str(f["text"]))
    return out


def check_facts(check: CheckDTO) -> list[str]:
    """The key facts of a check as plain lines (not escaped), in the UI language."""
    facts = dict(check.facts)
    builder, known = {"traffic": (_traffic_facts, _TRAFFIC_KEYS), "hunter": (_hunter_facts, _HUNTER_KEYS),
                      "other": (_other_facts, _OTHER_KEYS)}.get(check.kind, (_other_facts, _OTHER_KEYS))
    lines = builder(facts)
    for key in sorted(set(facts) - known):
        value = facts[key]
        if value is None or value == "":
            continue
        shown = json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else str(value)
        lines.append(f"{key}: {shown}")
    return lines


# ---- the document -------------------------------------------------------------------------------------------
_STYLE = """
body { font-size: %(body)dpt; color: #000000; }
h1 { font-size: 15pt; font-weight: 700; margin: 0; }
h2 { font-size: 11pt; font-weight: 700; margin-top: 14px; margin-bottom: 4px; }
td, th { vertical-align: top; }
th { background-color: #e8e8e8; font-weight: 700; text-align: left; }
table.grid { font-size: 8pt; }
table.grid td { border-bottom: 1px solid #b0b0b0; }
table.facts td.label { color: #333333; font-weight: 700; }
.muted { color: #555555; }
.small { font-size: 7.5pt; }
.mono { font-family: '%(mono)s'; font-size: 7pt; }
.number { font-size: 15pt; font-weight: 700; }
.agency { font-size: 10pt; font-weight: 700; }
.violation { font-weight: 700; }
"""


def _heading(text: str) -> str:
    return f"<h2>{_e(text)}</h2>"


def _muted(text: str) -> str:
    return f'<p class="muted">{_e(text)}</p>'


def _row(label: str, value_html: str) -> str:
    return f'<tr><td class="label" width="28%">{_e(label)}</td><td>{value_html}</td></tr>'


def _grid(headers: Sequence[tuple[str, str]], rows: Iterable[Sequence[str]]) -> str:
    """A bordered table; `headers` are (label, width) and repeat on every page (`<thead>`)."""
    head = "".join(f'<th width="{width}">{_e(label)}</th>' for label, width in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (f'<table class="grid" width="100%" cellspacing="0" cellpadding="3" style="border-collapse: collapse;">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _position(detail: OperationDetail) -> str:
    if detail.lat is None or detail.lon is None:
        return "–"
    lines = [_e(format_wgs84(detail.lat, detail.lon)) + ' <span class="muted">(WGS84)</span>']
    with contextlib.suppress(FieldOpsError):
        lines.append(_e(format_national(*to_national(detail.lat, detail.lon, detail.country))))
    return "<br>".join(lines)


def _crew(detail: OperationDetail) -> str:
    lines = []
    for member in detail.crew:
        person = member.user
        text = _e(person.full_name)
        if person.badge_no:
            text += " · " + _e(QCoreApplication.translate("OperationReport", "badge %1").replace("%1", person.badge_no))
        text += f' <span class="muted">({_e(person.agency_short)})</span>'
        if member.is_lead:
            text += " — <b>" + _e(QCoreApplication.translate("OperationReport", "lead")) + "</b>"
        lines.append(text)
    return "<br>".join(lines) or "–"


def _equipment(detail: OperationDetail) -> str:
    lines = []
    for item in detail.equipment:
        hours = QCoreApplication.translate("OperationReport", "%1 h").replace("%1", _number(item.hours, 1))
        lines.append(f"{_e(item.asset_tag)} · {_e(item.name)} "
                     f'<span class="muted">({_e(vocab.equipment_kind(item.kind))})</span> — {_e(hours)}')
    return "<br>".join(lines) or "–"


def _night(night: NightContext | None, tz: str) -> str:
    if night is None:
        return "–"

    def at(value: datetime | None) -> str:
        return _e(format_time(value, tz, with_date=False)) if value is not None else "–"

    moon = QCoreApplication.translate("OperationReport", "Moon: %1 % lit (%2)").replace(
        "%1", QLocale().toString(round(night.moon_illumination * 100))).replace(
        "%2", QCoreApplication.translate("night", MOON_PHASE_NAMES.get(night.moon_phase_name, "")))
    lines = [
        _e(QCoreApplication.translate("OperationReport", "Night of %1").replace(
            "%1", QLocale().toString(QDate(night.on.year, night.on.month, night.on.day), _date_format()))),
        _e(QCoreApplication.translate("OperationReport", "Sunset")) + f" {at(night.sunset)} · "
        + _e(QCoreApplication.translate("OperationReport", "nautical dusk")) + f" {at(night.nautical_dusk)}",
        _e(QCoreApplication.translate("OperationReport", "Nautical dawn")) + f" {at(night.nautical_dawn)} · "
        + _e(QCoreApplication.translate("OperationReport", "sunrise")) + f" {at(night.sunrise)}",
        _e(moon),
    ]
    return "<br>".join(lines)


def _flags(check: CheckDTO) -> str:
    parts = []
    for flag in check.flags:
        decision = str(flag.get("decision") or "")
        text = _e(flag_message(flag))
        if flag.get("severity") == "warning":
            text = _e(QCoreApplication.translate("OperationReport", "Warning:")) + " " + text
        note = _e(vocab.flag_decision(decision))
        reason = str(flag.get("reason") or "")
        if decision == "overridden" and reason:
            note += ": " + _e(reason)
        parts.append(f'{text}<br><i class="muted">{note}</i>')
    return "<br>".join(parts) or "–"


def _check_rows(checks: Sequence[CheckDTO], tz: str) -> Iterable[list[str]]:
    for i, check in enumerate(checks, start=1):
        facts = "<br>".join(_e(line) for line in check_facts(check)) or "–"
        if check.lat is not None and check.lon is not None:
            facts += f'<br><span class="muted small">{_e(format_wgs84(check.lat, check.lon))}</span>'
        outcome = _e(vocab.outcome_name(check.outcome))
        if check.violation:
            outcome = f'<span class="violation">{outcome}</span>'
        yield [str(i), _e(format_time(check.at, tz)), _e(vocab.check_kind(check.kind)), facts, outcome,
               _flags(check), f'<span class="small">{_e(check.rule_pack or "–")}</span>']


def operation_html(detail: OperationDetail, checks: Sequence[CheckDTO], attachments: Sequence[AttachmentLike],
                   night: NightContext | None, *, agency_name: str | None = None) -> str:
    """The whole report as HTML for QTextDocument (the footer with page numbers is painted per page by
    `write_operation_pdf`). `agency_name` is the agency's full name (default: its short name)."""
    tz = detail.timezone
    loc = QLocale()
    style = _STYLE % {"body": BODY_PT, "mono": _mono_family()}
    out: list[str] = [f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>"]

    # header
    title = QCoreApplication.translate("OperationReport", "Operation report")
    out.append(
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td><span class="agency">{_e(agency_name or detail.agency_short)}</span><br><h1>{_e(title)}</h1></td>'
        f'<td align="right"><span class="number">{_e(detail.number)}</span><br>'
        f"{_e(vocab.operation_type(detail.type))} · {_e(vocab.operation_status(detail.status))}</td>"
        "</tr></table><hr>")

    # facts
    # "label: number" instead of %n plurals: pyside6-lupdate marks QCoreApplication.translate(…, n) as numerus
    # only when n is a literal, so a %n text here would reach the translators without its plural forms.
    summary = (QCoreApplication.translate("OperationReport", "total: %1 · with a violation: %2")
               .replace("%1", loc.toString(len(checks))).replace("%2", loc.toString(sum(c.violation for c in checks))))
    rows = [
        (QCoreApplication.translate("OperationReport", "Planned"),
         _e(_span(detail.planned_start, detail.planned_end, tz))),
        (QCoreApplication.translate("OperationReport", "Actual"),
         _e(_span(detail.actual_start, detail.actual_end, tz))),
        (QCoreApplication.translate("OperationReport", "Time zone"), _e(tz)),
        (QCoreApplication.translate("OperationReport", "Area"), _e(detail.area_name) or "–"),
        (QCoreApplication.translate("OperationReport", "Position"), _position(detail)),
        (QCoreApplication.translate("OperationReport", "Vehicle"), _e(detail.vehicle) or "–"),
        (QCoreApplication.translate("OperationReport", "Crew"), _crew(detail)),
        (QCoreApplication.translate("OperationReport", "Equipment used"), _equipment(detail)),
        (QCoreApplication.translate("OperationReport", "Weather"), _e(detail.weather) or "–"),
        (QCoreApplication.translate("OperationReport", "Visibility"), _e(vocab.visibility(detail.visibility)) or "–"),
        (QCoreApplication.translate("OperationReport", "Night"), _night(night, tz)),
        (QCoreApplication.translate("OperationReport", "Checks"), _e(summary)),
    ]
    out.append('<table class="facts" width="100%" cellspacing="0" cellpadding="2">'
               + "".join(_row(label, value) for label, value in rows) + "</table>")

    # narrative
    out.append(_heading(QCoreApplication.translate("OperationReport", "Narrative")))
    narrative = [p for p in detail.narrative.split("\n\n") if p.strip()]
    out.append("".join(f"<p>{_multiline(p.strip())}</p>" for p in narrative) or '<p class="muted">–</p>')

    # checks
    out.append(_heading(QCoreApplication.translate("OperationReport", "Checks")))
    if checks:
        columns = [
            ("#", "4%"),
            (QCoreApplication.translate("OperationReport", "Time"), "11%"),
            (QCoreApplication.translate("OperationReport", "Kind"), "7%"),
            (QCoreApplication.translate("OperationReport", "Key facts"), "22%"),
            (QCoreApplication.translate("OperationReport", "Outcome"), "14%"),
            (QCoreApplication.translate("OperationReport", "Rule-pack flags and decisions"), "28%"),
            (QCoreApplication.translate("OperationReport", "Rule pack"), "14%"),
        ]
        out.append(_grid(columns, _check_rows(checks, tz)))
    else:
        out.append(_muted(QCoreApplication.translate("OperationReport", "No checks were logged.")))

    # attachments
    out.append(_heading(QCoreApplication.translate("OperationReport", "Attachments")))
    if attachments:
        columns = [
            (QCoreApplication.translate("OperationReport", "File"), "30%"),
            (QCoreApplication.translate("OperationReport", "Size"), "14%"),
            (QCoreApplication.translate("OperationReport", "SHA-256 (chain-of-custody fingerprint)"), "56%"),
        ]
        out.append(_grid(columns, (
            [_e(a.filename),
             f'{_e(loc.formattedDataSize(a.size))}<br><span class="muted small">{_e(loc.toString(a.size))} B</span>',
             f'<span class="mono">{_e(a.sha256)}</span>']
            for a in attachments)))
    else:
        out.append(_muted(QCoreApplication.translate("OperationReport", "No attachments.")))

    # review comments
    if detail.review_comments:
        out.append(_heading(QCoreApplication.translate("OperationReport", "Review comments")))
        columns = [
            (QCoreApplication.translate("OperationReport", "Time"), "18%"),
            (QCoreApplication.translate("OperationReport", "Reviewer"), "22%"),
            (QCoreApplication.translate("OperationReport", "Comment"), "60%"),
        ]
        out.append(_grid(columns, ([_e(format_time(at, tz)), _e(name), _multiline(comment) or "–"]
                                   for at, name, comment in detail.review_comments)))
    out.append("</body></html>")
    return "".join(out)


# ---- rendering ----------------------------------------------------------------------------------------------
def footer_text(printed_by: str, printed_at: datetime, purpose: str, tz: str | None = None) -> str:
    """'Printed by … on … — purpose: …' (plain text)."""
    when = format_time(printed_at, tz) if tz else format_time(printed_at, "", with_date=True)
    shown = purpose.strip()
    if len(shown) > FOOTER_PURPOSE_MAX:
        shown = shown[: FOOTER_PURPOSE_MAX - 1].rstrip() + "…"
    return (QCoreApplication.translate("OperationReport", "Printed by %1 on %2 — purpose: %3")
            .replace("%1", printed_by).replace("%2", when).replace("%3", shown))


def render_pdf(html_text: str, printed_by: str, purpose: str, *, printed_at: datetime | None = None,
               timezone: str | None = None, title: str = "") -> tuple[bytes, int]:
    """(PDF bytes, page count): `html_text` laid out on A4 at 300 dpi with 15 mm margins, each page drawn
    separately with the footer ('Printed by … — purpose: …' and 'Page X of Y') painted under it."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("fieldops")

    family = report_font_family()
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # fonts in points at 300 dpi; px lengths scaled from 96 dpi
    doc.setDefaultFont(report_font(family, BODY_PT))
    doc.setDocumentMargin(0)
    doc.setHtml(html_text)

    page = writer.pageLayout().paintRectPixels(PDF_DPI)  # the printable area; the painter's origin is its corner
    width, height = float(page.width()), float(page.height())
    footer_h = FOOTER_MM / 25.4 * PDF_DPI
    body_h = height - footer_h
    doc.setPageSize(QSizeF(width, body_h))
    pages = max(1, doc.pageCount())

    palette = QPalette()  # print colours: black on white, whatever the screen theme
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))

    footer_font = report_font(family, FOOTER_PT)
    when = printed_at or datetime.now().astimezone()
    left = footer_text(printed_by, when, purpose, timezone)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("cannot start the PDF painter")
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            paint_body_page(painter, doc, palette, width, body_h, index * body_h)
            paint_footer(painter, footer_font, QRectF(0, body_h, width, footer_h), left,
                          QCoreApplication.translate("OperationReport", "Page %1 of %2")
                          .replace("%1", str(index + 1)).replace("%2", str(pages)))
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data()), pages


def paint_body_page(painter: QPainter, doc: QTextDocument, palette: QPalette, width: float, body_h: float,
                    top: float, extra: Callable[[QPainter], None] | None = None) -> None:
    """The slice [top, top + body_h) of the laid-out document at the page's top, clipped to it; `extra` paints
    over it in the document's coordinates (the period report's charts)."""
    painter.save()
    painter.setClipRect(QRectF(0, 0, width, body_h))
    painter.translate(0, -top)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = QRectF(0, top, width, body_h)
    context.palette = palette
    doc.documentLayout().draw(painter, context)
    if extra is not None:
        extra(painter)
    painter.restore()


def paint_footer(painter: QPainter, font: QFont, area: QRectF, left: str, right: str) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(QColor("#000000"), 0))
    metrics = QFontMetricsF(font, painter.device())
    gap = metrics.height() * 0.6
    line_y = area.top() + gap
    painter.drawLine(0, int(line_y), int(area.width()), int(line_y))
    right_w = metrics.horizontalAdvance(right) + metrics.averageCharWidth()
    text_top = line_y + gap / 2
    painter.drawText(QRectF(0, text_top, area.width() - right_w - gap, area.bottom() - text_top),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap),
                     left)
    painter.drawText(QRectF(area.width() - right_w, text_top, right_w, metrics.height() * 1.5),
                     int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), right)
    painter.restore()


def write_operation_pdf(html_text: str, path: Path, printed_by: str, purpose: str, *,
                        printed_at: datetime | None = None, timezone: str | None = None, title: str = "") -> int:
    """Render `html_text` (from `operation_html`) and write it to `path`; returns the page count.

    Raises `OSError` when the file cannot be written (no partial file is left; an existing file at `path`
    is replaced only by a complete new one)."""
    data, pages = render_pdf(html_text, printed_by, purpose, printed_at=printed_at, timezone=timezone,
                             title=title)
    write_atomically(Path(path), data)
    return pages


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, flush it to disk, then rename it over `path`."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
