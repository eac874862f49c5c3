"""pyqtgraph charts for the dashboards, coloured from the theme tokens (day, and red on black at night).

Import this module only when a chart is about to be shown: importing pyqtgraph (and numpy) costs ~0.3 s,
which the start-up budget (P1) does not have. Each chart sits in a `ChartCard` with a hover read-out (the
value under the mouse), an export button and a state line ("Loading…", "No data").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui import theme

pg.setConfigOptions(antialias=True, useNumba=False)


def series_colors(t: theme.Tokens) -> list[str]:
    """Distinct series colours: the day theme's accents; at night only reds, told apart by luminance."""
    if t.name == "night":
        return [t.text, t.muted, t.danger, t.accent, t.warning, "#5a1010"]
    return [t.accent, t.warning, t.success, t.danger, t.muted, t.focus]


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float]


class ChartCard(QFrame):
    """A titled plot with a read-out line and "Export chart as PNG…"."""

    sig_export_requested = Signal(object)  # the card

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("card")
        self.setMinimumHeight(300)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        top = QHBoxLayout()
        self.readout = QLabel(objectName="muted")
        self.readout.setTextFormat(Qt.TextFormat.PlainText)
        self.state = QLabel(objectName="muted")
        self.export_button = QPushButton(objectName="exportChart")
        self.export_button.clicked.connect(lambda: self.sig_export_requested.emit(self))
        top.addWidget(self.readout, 1)
        top.addWidget(self.state)
        top.addWidget(self.export_button)
        self.plot = pg.PlotWidget(enableMenu=False)  # (no context menus are built: 5 ms a chart)
        self.item: pg.PlotItem = self.plot.getPlotItem()
        self.item.hideButtons()
        self.item.setMouseEnabled(x=False, y=False)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        self.title = ""
        self.tokens = theme.current()
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)

    # ---- appearance ----------------------------------------------------------------------------------------
    def set_title(self, title: str) -> None:
        self.title = title
        self._apply_title()

    def _apply_title(self) -> None:
        self.item.setTitle(self.title, color=self.tokens.text, size="11pt")

    def set_theme(self, t: theme.Tokens) -> None:
        self.tokens = t
        self.plot.setBackground(t.surface)
        legend = getattr(self, "legend", None)
        if legend is not None:
            surface = QColor(t.surface)
            surface.setAlpha(210)
            legend.setBrush(pg.mkBrush(surface))
            legend.setPen(pg.mkPen(t.border))
        for name in ("left", "bottom", "right"):
            axis = self.item.getAxis(name)
            axis.setPen(pg.mkPen(t.muted))
            axis.setTextPen(pg.mkPen(t.text))
        self._apply_title()
        self.redraw()

    def redraw(self) -> None:
        """Draw the data again (after a theme change)."""

    # ---- hover and export ----------------------------------------------------------------------------------
    def _on_mouse_moved(self, pos: QPointF) -> None:
        if not self.item.sceneBoundingRect().contains(pos):
            self.readout.setText("")
            return
        point = self.item.vb.mapSceneToView(pos)
        self.readout.setText(self.hover_text(point.x(), point.y()))

    def hover_text(self, x: float, y: float) -> str:
        return ""

    def image(self) -> QImage:
        return self.plot.grab().toImage()

    def export_png(self, path: str) -> bool:
        return bool(self.image().save(path, "PNG"))


class BarChart(ChartCard):
    """Bars per category, several series stacked or side by side; horizontal for long category names."""

    def __init__(self, key: str, *, stacked: bool = False, horizontal: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.stacked, self.horizontal = stacked, horizontal
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.legend = self.item.addLegend(offset=(-10, 10))
        self.item.invertY(horizontal)  # the first category on top

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        self.categories, self.series = list(categories), list(series)
        self.redraw()

    def redraw(self) -> None:
        self.item.clear()
        self.legend.clear()
        self.legend.setLabelTextColor(self.tokens.text)
        n, k = len(self.categories), max(1, len(self.series))
        positions = np.arange(n, dtype=float)
        base = np.zeros(n)
        width = 0.8 if self.stacked or k == 1 else 0.8 / k
        for i, (s, color) in enumerate(zip(self.series, _cycle(series_colors(self.tokens), len(self.series)),
                                           strict=True)):
            values = np.asarray(s.values, dtype=float)
            offset = 0.0 if self.stacked or k == 1 else (i - (k - 1) / 2) * width
            opts = {"brush": pg.mkBrush(color), "pen": pg.mkPen(self.tokens.surface, width=0.5)}
            if self.horizontal:
                bars = pg.BarGraphItem(x0=base if self.stacked else 0, y=positions + offset, height=width,
                                       width=values, **opts)
            else:
                bars = pg.BarGraphItem(x=positions + offset, y0=base if self.stacked else 0, height=values,
                                       width=width, **opts)
            self.item.addItem(bars)
            if len(self.series) > 1:
                self.legend.addItem(bars, s.name)
            if self.stacked:
                base = base + values
        self.legend.setVisible(len(self.series) > 1)
        ticks = [list(enumerate(self.categories))]
        self.item.getAxis("left" if self.horizontal else "bottom").setTicks(ticks)
        self.item.getAxis("bottom" if self.horizontal else "left").setTicks(None)
        self.item.enableAutoRange()

    def hover_text(self, x: float, y: float) -> str:
        index = round(y if self.horizontal else x)
        if not self.categories or not 0 <= index < len(self.categories):
            return ""
        parts = [f"{s.name}: {_number(s.values[index])}" for s in self.series]
        return f"{self.categories[index]} — " + ", ".join(parts)


class NightBarChart(ChartCard):
    """Operations per night, stacked by type, on a date axis."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.plot.setAxisItems({"bottom": pg.DateAxisItem(orientation="bottom", utcOffset=0)})
        self.nights: list[date] = []
        self.series: list[Series] = []
        self.format_date: Callable[[date], str] = date.isoformat
        self.legend = self.item.addLegend(offset=(-10, 10))

    def set_data(self, nights: Sequence[date], series: Sequence[Series]) -> None:
        self.nights, self.series = list(nights), list(series)
        self.redraw()

    def redraw(self) -> None:
        self.item.clear()
        self.legend.clear()
        self.legend.setLabelTextColor(self.tokens.text)
        x = np.array([_epoch(n) for n in self.nights], dtype=float)
        base = np.zeros(len(x))
        for s, color in zip(self.series, _cycle(series_colors(self.tokens), len(self.series)), strict=True):
            values = np.asarray(s.values, dtype=float)
            bars = pg.BarGraphItem(x=x, y0=base, height=values, width=86_400 * 0.8, brush=pg.mkBrush(color),
                                   pen=pg.mkPen(None))
            self.item.addItem(bars)
            self.legend.addItem(bars, s.name)
            base = base + values
        self.item.enableAutoRange()

    def hover_text(self, x: float, y: float) -> str:
        if not self.nights:
            return ""
        index = int(np.argmin([abs(_epoch(n) - x) for n in self.nights]))
        if abs(_epoch(self.nights[index]) - x) > 86_400:
            return ""
        parts = [f"{s.name}: {_number(s.values[index])}" for s in self.series if s.values[index]]
        return f"{self.format_date(self.nights[index])} — " + (", ".join(parts) or "0")


class HeatmapChart(ChartCard):
    """Values per row (items) and column (weeks) as an image with a colour map from the theme."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.rows: list[str] = []
        self.columns: list[str] = []
        self.values = np.zeros((0, 0))
        self.unit = ""
        self.column_ticks: list[str] = []
        self.image_item = pg.ImageItem()

    def set_data(self, rows: Sequence[str], columns: Sequence[str], values: np.ndarray, unit: str,
                 column_ticks: Sequence[str] | None = None) -> None:
        """`columns` name the cells in the read-out; `column_ticks` (shorter) label the axis."""
        self.rows, self.columns, self.values, self.unit = list(rows), list(columns), values, unit
        self.column_ticks = list(column_ticks) if column_ticks is not None else list(columns)
        self.redraw()

    def redraw(self) -> None:
        self.item.clear()
        t = self.tokens
        low, high = (t.surface_alt, t.text) if t.name == "night" else (t.surface_alt, t.accent)
        self.image_item = pg.ImageItem(axisOrder="row-major")
        self.image_item.setColorMap(pg.ColorMap([0.0, 1.0], [QColor(low), QColor(high)]))
        if self.values.size:
            self.image_item.setImage(self.values, autoLevels=False, levels=(0, max(1.0, float(self.values.max()))))
            self.image_item.setRect(QRectF(0, 0, len(self.columns), len(self.rows)))
        self.item.addItem(self.image_item)
        self.item.getAxis("left").setTicks([_sparse(self.rows, 30, 0.5)])
        self.item.getAxis("bottom").setTicks([_sparse(self.column_ticks, 12, 0.5)])
        self.item.invertY(True)
        self.item.enableAutoRange()

    def hover_text(self, x: float, y: float) -> str:
        col, row = int(x), int(y)
        if not (0 <= row < len(self.rows) and 0 <= col < len(self.columns)) or x < 0 or y < 0:
            return ""
        return f"{self.rows[row]} · {self.columns[col]}: {_number(self.values[row, col])} {self.unit}".rstrip()


class NightContextChart(ChartCard):
    """Operations and checks with a violation per night (left axis) against the moon's lit fraction (right)."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.plot.setAxisItems({"bottom": pg.DateAxisItem(orientation="bottom", utcOffset=0)})
        self.moon_box = pg.ViewBox()
        self.moon_box.setMouseEnabled(x=False, y=False)
        self.item.showAxis("right")
        self.item.scene().addItem(self.moon_box)
        self.item.getAxis("right").linkToView(self.moon_box)
        self.moon_box.setXLink(self.item)
        self.moon_box.setYRange(0, 1.0)
        self.item.vb.sigResized.connect(self._sync_boxes)
        self.legend = self.item.addLegend(offset=(-10, 10))
        self.nights: list[date] = []
        self.moon: list[float] = []
        self.series: list[Series] = []
        self.moon_name = ""
        self.format_date: Callable[[date], str] = date.isoformat

    def _sync_boxes(self) -> None:
        self.moon_box.setGeometry(self.item.vb.sceneBoundingRect())
        self.moon_box.linkedViewChanged(self.item.vb, self.moon_box.XAxis)

    def set_data(self, nights: Sequence[date], moon: Sequence[float], series: Sequence[Series],
                 moon_name: str) -> None:
        self.nights, self.moon, self.series, self.moon_name = list(nights), list(moon), list(series), moon_name
        self.redraw()

    def redraw(self) -> None:
        self.item.clear()
        self.moon_box.clear()
        self.legend.clear()
        self.legend.setLabelTextColor(self.tokens.text)
        x = np.array([_epoch(n) for n in self.nights], dtype=float)
        colors = series_colors(self.tokens)
        for s, color in zip(self.series, colors, strict=False):
            curve = self.item.plot(x, np.asarray(s.values, dtype=float), pen=pg.mkPen(color, width=1.5),
                                   name=s.name)
            curve.setClipToView(True)
        moon = pg.PlotCurveItem(x, np.asarray(self.moon, dtype=float), pen=pg.mkPen(
            self.tokens.muted, width=2, style=Qt.PenStyle.DashLine))
        self.moon_box.addItem(moon)
        self.legend.addItem(moon, self.moon_name)
        self.moon_box.setYRange(0, 1.0)
        self.item.enableAutoRange()
        self._sync_boxes()

    def hover_text(self, x: float, y: float) -> str:
        if not self.nights:
            return ""
        index = int(np.argmin([abs(_epoch(n) - x) for n in self.nights]))
        parts = [f"{self.moon_name}: {round(100 * self.moon[index])} %"]
        parts += [f"{s.name}: {_number(s.values[index])}" for s in self.series]
        return f"{self.format_date(self.nights[index])} — " + ", ".join(parts)


# ---- helpers ----------------------------------------------------------------------------------------------------
def _epoch(day: date) -> float:
    """A night's place on a date axis: its date at 00:00 (UTC, shown with utcOffset=0), under its label."""
    return datetime.combine(day, time(0), tzinfo=UTC).timestamp()


def _cycle(colors: list[str], n: int) -> list[str]:
    return [colors[i % len(colors)] for i in range(n)]


def _sparse(labels: Sequence[str], most: int, offset: float) -> list[tuple[float, str]]:
    """Tick labels at the cell centres, every n-th one when there are more than `most`."""
    step = max(1, -(-len(labels) // most))
    return [(i + offset, label) for i, label in enumerate(labels) if i % step == 0]


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
