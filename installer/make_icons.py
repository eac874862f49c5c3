"""Render resources/icons/app.svg into the application icons of the installers:

    python installer/make_icons.py OUT_DIR   →  OUT_DIR/fieldops.png (256 px, Linux desktop entry)
                                                 OUT_DIR/fieldops.ico (16–256 px, Windows exe and installer)

The SVG draws strokes in `currentColor` (the app tints it per theme); here: white on a dark blue tile.
The .ico is written directly (PNG-compressed entries, Windows Vista and later), no Qt image plug-in needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256)
TILE, STROKE = "#1f3a5f", "#ffffff"


def render_png(svg: bytes, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(TILE))
    painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18)
    margin = size * 0.12
    QSvgRenderer(QByteArray(svg)).render(painter, QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # str works at run time
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main(out_dir: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    svg = (ROOT / "resources" / "icons" / "app.svg").read_text("utf-8").replace("currentColor", STROKE).encode()
    pngs = {size: render_png(svg, size) for size in SIZES}
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "fieldops.png").write_bytes(pngs[256])
    (out / "fieldops.ico").write_bytes(ico(pngs))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "build" / "icons"))
