"""Asset-tag labels as data: A4 label-sheet layouts, where each label goes, and the QR code of a tag.

    layout = LAYOUTS["L7160"]
    for page, x_mm, y_mm in positions(layout, count=25, skip=4): ...   # 4 labels of sheet 1 already used
    modules = qr_matrix("NV-0012")                                     # rows of dark (True) / light modules

Layouts (all A4 portrait, 210 × 297 mm; measured from the sheet's top-left corner; labels are filled left to
right, then top to bottom, the order in which they are peeled off and in which Avery/Herma number them):

    code   labels   label size      top margin  left margin  horizontal pitch  vertical pitch
    L7160  3 × 7    63.5 × 38.1 mm  15.15 mm    7.25 mm      66.0 mm           38.1 mm
    L7163  2 × 7    99.1 × 38.1 mm  15.15 mm    4.65 mm      101.6 mm          38.1 mm
    L7159  3 × 8    63.5 × 33.9 mm  12.9 mm     7.25 mm      66.0 mm           33.9 mm
    L7651  5 × 13   38.1 × 21.2 mm  10.7 mm     4.75 mm      40.6 mm           21.2 mm

Source assumption: Avery Zweckform / Herma publish these sheets with the label sizes above, no gap between rows
and a column gap of 0.1 in (2.54 mm, Avery's templates) or 2.5 mm (the compatible "LP" sheets' templates,
used here); the margins are what is left symmetrically on A4, e.g. L7160 (210 − 3 × 63.5 − 2 × 2.5) / 2 =
7.25 mm and (297 − 7 × 38.1) / 2 = 15.15 mm. The 0.04 mm difference between the two conventions is far below a
laser printer's feed tolerance (about 1 mm), which is why the renderer keeps its content 1.5–2 mm inside
each label.

The QR code is a full QR code (`micro=False`) with error correction at least M (segno raises it for free
when the symbol does not grow), holding the asset tag exactly as printed: upper case, nothing else, so a
USB scanner types the tag into the desk's scan field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import segno

from fieldops.errors import ErrorCode, FieldOpsError

A4_MM = (210.0, 297.0)
QUIET_ZONE = 4  # modules of white around a QR code (ISO/IEC 18004)


@dataclass(frozen=True)
class LabelLayout:
    code: str  # e.g. "L7160" (Avery/Herma product code)
    columns: int
    rows: int
    width_mm: float
    height_mm: float
    top_mm: float  # sheet edge to the first row's top edge
    left_mm: float  # sheet edge to the first column's left edge
    pitch_x_mm: float  # left edge to the next column's left edge
    pitch_y_mm: float  # top edge to the next row's top edge
    page_mm: tuple[float, float] = A4_MM

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def fits(self) -> bool:
        """Whether every label lies on the sheet (a sanity check for the table below)."""
        right = self.left_mm + (self.columns - 1) * self.pitch_x_mm + self.width_mm
        bottom = self.top_mm + (self.rows - 1) * self.pitch_y_mm + self.height_mm
        return (self.left_mm >= 0 and self.top_mm >= 0 and right <= self.page_mm[0] + 1e-6
                and bottom <= self.page_mm[1] + 1e-6 and self.pitch_x_mm >= self.width_mm
                and self.pitch_y_mm >= self.height_mm)


LAYOUTS: dict[str, LabelLayout] = {layout.code: layout for layout in (
    LabelLayout("L7160", 3, 7, 63.5, 38.1, 15.15, 7.25, 66.0, 38.1),
    LabelLayout("L7163", 2, 7, 99.1, 38.1, 15.15, 4.65, 101.6, 38.1),
    LabelLayout("L7159", 3, 8, 63.5, 33.9, 12.9, 7.25, 66.0, 33.9),
    LabelLayout("L7651", 5, 13, 38.1, 21.2, 10.7, 4.75, 40.6, 21.2),
)}
DEFAULT_LAYOUT = "L7160"


class LabelItem(NamedTuple):
    """What one label shows: the tag (also the QR content), the item's name (make model), its agency."""

    tag: str
    name: str
    agency: str


class LabelPosition(NamedTuple):
    page: int  # 0-based sheet index
    x_mm: float  # the label's top-left corner, from the sheet's top-left corner
    y_mm: float


def layout(code: str) -> LabelLayout:
    try:
        return LAYOUTS[code]
    except KeyError:
        raise FieldOpsError(ErrorCode.INVALID, field="layout", detail=str(code)[:20]) from None


def positions(layout: LabelLayout, count: int, skip: int = 0) -> list[LabelPosition]:
    """Where `count` labels go, in order; the first `skip` labels of the first sheet are already used."""
    if not 0 <= skip < layout.per_page:
        raise FieldOpsError(ErrorCode.OUT_OF_RANGE, field="skip", min=0, max=layout.per_page - 1)
    if count < 0:
        raise FieldOpsError(ErrorCode.OUT_OF_RANGE, field="count", min=0, max=10_000)
    out: list[LabelPosition] = []
    for n in range(skip, skip + count):
        page, slot = divmod(n, layout.per_page)
        row, column = divmod(slot, layout.columns)
        out.append(LabelPosition(page, round(layout.left_mm + column * layout.pitch_x_mm, 3),
                                 round(layout.top_mm + row * layout.pitch_y_mm, 3)))
    return out


def page_count(layout: LabelLayout, count: int, skip: int = 0) -> int:
    return 0 if count <= 0 else (skip + count - 1) // layout.per_page + 1


def qr_content(tag: str) -> str:
    """The QR payload: the asset tag exactly as printed (upper case, trimmed)."""
    content = tag.strip().upper()
    if not content:
        raise FieldOpsError(ErrorCode.REQUIRED, field="asset_tag")
    return content


def qr_code(tag: str) -> segno.QRCode:
    """A full QR code (never Micro QR: many scanners cannot read it), error correction at least M."""
    return segno.make(qr_content(tag), micro=False, error="m")


def qr_matrix(tag: str) -> list[list[bool]]:
    """The symbol's modules without the quiet zone, rows top to bottom, True = dark."""
    return [[bool(m) for m in row] for row in qr_code(tag).matrix_iter(scale=1, border=0)]
