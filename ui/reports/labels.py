"""Asset-tag label sheets: a QR code, the tag in large bold type, the item's name and agency on every label of an
A4 label sheet (layouts in `fieldops.labels`), rendered into a PDF.

    pages = render_labels(path, [("NV-0012", "Pulsar Merger LRF XT50", "VP Kurzeme")], LAYOUTS["L7160"], skip=3)

Each label: the QR code on the left, as large as the label's height allows (its 4-module quiet zone inside the
label, 0.5 mm from the edge), the text to its right inside a 1.5–2 mm margin (sheets feed with about 1 mm
tolerance). The QR modules are filled rectangles (one path per symbol: no hairline seams between modules when
a viewer anti-aliases); the text is vector text in DejaVu Sans when installed (every Latvian and Lithuanian
letter), like the operation report, so the PDF can be searched for a tag. A tag too long for the label at the
smallest size wraps onto a second line; name and agency are shortened with "…" rather than leave the label.

The PDF is rendered in memory and written through a temporary file and a rename (`write_atomically`): an
error leaves no partial file. `render_page_image` paints one sheet into a QImage with the same code (the
docs' screenshot; label outlines drawn so the sheet is visible).

Rendering needs only a QGuiApplication (fonts), no widgets, and works on a worker thread. It takes about
3 ms per label, most of it segno choosing the QR mask (pure Python): 25 labels ≈ 0.1 s, 520 ≈ 1.4 s, so the
labels dialog renders on the task runner's worker pool, not on the GUI thread.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.labels import QUIET_ZONE, LabelItem, LabelLayout, LabelPosition, positions, qr_matrix
from ui.reports.operation_pdf import report_font, report_font_family, write_atomically

LABEL_DPI = 600
EDGE_MM = 0.5  # label edge → the QR code's quiet zone
MIN_PT = 4.5
MAX_LABELS = 5_000


@dataclass(frozen=True)
class _Geometry:
    qr_side_mm: float  # the QR code with its quiet zone
    pad_mm: float  # label edge → text
    tag_pt: float  # largest tag size
    name_pt: float
    agency_pt: float


def geometry(layout: LabelLayout) -> _Geometry:
    """Sizes for one label of `layout`: small labels get smaller margins and type."""
    pad = 2.0 if layout.height_mm >= 30 else 1.5
    side = min(layout.height_mm - 2 * EDGE_MM, layout.width_mm * 0.55)
    tag_pt = max(8.0, min(16.0, layout.height_mm * 0.42))
    return _Geometry(side, pad, tag_pt, max(5.5, tag_pt * 0.55), max(5.0, tag_pt * 0.48))


def qr_module_mm(layout: LabelLayout, tag: str) -> float:
    """The width of one QR module on a label of `layout` (for checks: ≥ 0.5 mm scans with any scanner)."""
    return geometry(layout).qr_side_mm / (len(qr_matrix(tag)) + 2 * QUIET_ZONE)


def _as_items(items: Sequence[tuple[str, str, str]]) -> list[LabelItem]:
    return [LabelItem(str(t), str(n or ""), str(a or "")) for t, n, a in items]


# ---- painting -------------------------------------------------------------------------------------------------
def _paint_qr(painter: QPainter, tag: str, box: QRectF) -> None:
    """The QR code of `tag` filling the square `box` (quiet zone included; left white)."""
    matrix = qr_matrix(tag)
    n = len(matrix)
    module = box.width() / (n + 2 * QUIET_ZONE)
    x0, y0 = box.left() + QUIET_ZONE * module, box.top() + QUIET_ZONE * module
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for r, row in enumerate(matrix):
        c = 0
        while c < n:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < n and row[c]:
                c += 1
            path.addRect(QRectF(x0 + start * module, y0 + r * module, (c - start) * module, module))
    painter.fillPath(path, QColor("#000000"))


def _font(family: str, pt: float, bold: bool = False) -> QFont:
    font = report_font(family, pt)
    font.setBold(bold)
    return font


def _wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int, anywhere: bool = False) -> list[str]:
    """Greedy line breaking at spaces (or anywhere), at most `max_lines`, the last one elided with '…'."""
    if anywhere:
        lines, line = [], ""
        for ch in text:
            if line and metrics.horizontalAdvance(line + ch) > width:
                lines.append(line)
                line = ch
            else:
                line += ch
        lines.append(line)
    else:
        lines, line = [], ""
        for word in text.split():
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        if line:
            lines.append(line)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1:]) if not anywhere else "".join(lines[max_lines - 1:])
        lines = [*lines[:max_lines - 1], rest]
    return [metrics.elidedText(ln, Qt.TextElideMode.ElideRight, width) for ln in lines]


def _fit_tag(tag: str, family: str, top_pt: float, width: float, device: QPaintDevice) -> tuple[QFont, list[str]]:
    """The largest bold size (down to MIN_PT) at which the tag fits one line; else two lines at the minimum."""
    pt = top_pt
    while True:
        font = _font(family, pt, bold=True)
        metrics = QFontMetricsF(font, device)
        if metrics.horizontalAdvance(tag) <= width:
            return font, [tag]
        if pt <= MIN_PT:
            return font, _wrap(tag, metrics, width, 2, anywhere=True)
        pt = max(MIN_PT, pt - 0.5)


def _paint_label(painter: QPainter, device: QPaintDevice, family: str, layout: LabelLayout, geo: _Geometry,
                 pos: LabelPosition, item: LabelItem, px_per_mm: float) -> None:
    def mm(value: float) -> float:
        return value * px_per_mm

    x, y = mm(pos.x_mm), mm(pos.y_mm)
    side = mm(geo.qr_side_mm)
    qr_box = QRectF(x + mm(EDGE_MM), y + (mm(layout.height_mm) - side) / 2, side, side)
    _paint_qr(painter, item.tag, qr_box)

    left = qr_box.right()  # the quiet zone already separates the text from the symbol
    text = QRectF(left, y + mm(geo.pad_mm), x + mm(layout.width_mm - geo.pad_mm) - left,
                  mm(layout.height_mm - 2 * geo.pad_mm))
    width = text.width()
    tag_font, tag_lines = _fit_tag(item.tag.strip().upper(), family, geo.tag_pt, width, device)
    name_font = _font(family, min(geo.name_pt, max(MIN_PT, tag_font.pointSizeF() * 0.7)))
    agency_font = _font(family, min(geo.agency_pt, name_font.pointSizeF()))
    tag_m, name_m, agency_m = (QFontMetricsF(f, device) for f in (tag_font, name_font, agency_font))

    blocks: list[tuple[QFont, QFontMetricsF, list[str]]] = [(tag_font, tag_m, tag_lines)]
    agency_lines = _wrap(item.agency, agency_m, width, 1) if item.agency.strip() else []
    used = len(tag_lines) * tag_m.height() + len(agency_lines) * agency_m.height() + agency_m.height() * 0.3
    name_room = int(max(0.0, text.height() - used) // name_m.height())
    if item.name.strip() and name_room:
        blocks.append((name_font, name_m, _wrap(item.name, name_m, width, min(3, name_room))))

    painter.setPen(QPen(QColor("#000000"), 0))
    top = text.top()
    for font, metrics, lines in blocks:
        painter.setFont(font)
        for line in lines:
            if top + metrics.height() > text.bottom() + 0.5:
                break
            painter.drawText(QPointF(text.left(), top + metrics.ascent()), line)
            top += metrics.height()
        top += metrics.height() * 0.15
    if agency_lines:
        painter.setFont(agency_font)
        baseline = text.bottom() - agency_m.descent()
        if baseline - agency_m.ascent() >= top - 0.5:
            painter.drawText(QPointF(text.left(), baseline), agency_lines[0])


def paint_sheet(painter: QPainter, device: QPaintDevice, layout: LabelLayout,
                placed: Sequence[tuple[LabelPosition, LabelItem]], *, outlines: bool = False) -> None:
    """One sheet's labels; (0, 0) is the sheet's top-left corner. `outlines` draws each label's outline (for
    on-screen previews and the docs, never on the printed sheet)."""
    px_per_mm = device.logicalDpiX() / 25.4
    geo = geometry(layout)
    family = report_font_family()
    if outlines:
        painter.save()
        painter.setPen(QPen(QColor("#b8bec8"), max(1.0, px_per_mm * 0.2)))
        radius = 1.5 * px_per_mm
        for n in range(layout.per_page):
            row, column = divmod(n, layout.columns)
            painter.drawRoundedRect(QRectF((layout.left_mm + column * layout.pitch_x_mm) * px_per_mm,
                                           (layout.top_mm + row * layout.pitch_y_mm) * px_per_mm,
                                           layout.width_mm * px_per_mm, layout.height_mm * px_per_mm),
                                    radius, radius)
        painter.restore()
    for pos, item in placed:
        _paint_label(painter, device, family, layout, geo, pos, item, px_per_mm)


def _pages(items: Sequence[tuple[str, str, str]], layout: LabelLayout,
           skip: int) -> list[list[tuple[LabelPosition, LabelItem]]]:
    labels = _as_items(items)
    if not labels:
        raise FieldOpsError(ErrorCode.REQUIRED, field="items")
    if len(labels) > MAX_LABELS:
        raise FieldOpsError(ErrorCode.OUT_OF_RANGE, field="items", min=1, max=MAX_LABELS)
    for label in labels:
        if not label.tag.strip():
            raise FieldOpsError(ErrorCode.REQUIRED, field="asset_tag")
    placed = list(zip(positions(layout, len(labels), skip), labels, strict=True))
    sheets: list[list[tuple[LabelPosition, LabelItem]]] = [[] for _ in range(placed[-1][0].page + 1)]
    for pos, label in placed:
        sheets[pos.page].append((pos, label))
    return sheets


def render_labels_pdf(items: Sequence[tuple[str, str, str]], layout: LabelLayout,
                      skip: int = 0) -> tuple[bytes, int]:
    """(PDF bytes, page count) of the label sheets for `items` (tag, name, agency)."""
    sheets = _pages(items, layout, skip)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(LABEL_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    writer.setTitle(QCoreApplication.translate("LabelSheet", "Asset-tag labels (%1)").replace("%1", layout.code))
    writer.setCreator("fieldops")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("cannot start the PDF painter")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for index, sheet in enumerate(sheets):
            if index:
                writer.newPage()
            paint_sheet(painter, writer, layout, sheet)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data()), len(sheets)


def render_labels(path: Path | str, items: Sequence[tuple[str, str, str]], layout: LabelLayout,
                  skip: int = 0) -> int:
    """Write the label sheets for `items` (tag, name, agency) to `path`; returns the page count.

    Raises FieldOpsError for no items or a bad `skip`, OSError when the file cannot be written (no partial
    file is left; an existing file is replaced only by a complete new one)."""
    data, pages = render_labels_pdf(items, layout, skip)
    write_atomically(Path(path), data)
    return pages


def render_page_image(items: Sequence[tuple[str, str, str]], layout: LabelLayout, skip: int = 0, page: int = 0,
                      dpi: int = 100, *, outlines: bool = True) -> QImage:
    """Sheet `page` as an image (white A4 at `dpi`), painted by the same code as the PDF."""
    sheets = _pages(items, layout, skip)
    width = math.ceil(layout.page_mm[0] / 25.4 * dpi)
    height = math.ceil(layout.page_mm[1] / 25.4 * dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        paint_sheet(painter, image, layout, sheets[page] if page < len(sheets) else [], outlines=outlines)
    finally:
        painter.end()
    return image
