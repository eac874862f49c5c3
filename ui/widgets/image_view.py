"""A zoomable, pannable image (the media viewer's view area) and decoding an image with EXIF orientation.

Zoom: fit (default, follows resizes), 100 %, steps of 1.25×, Ctrl+wheel; drag to pan. In the night theme the
image is dimmed (`set_dimmed`)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPainter, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.02, 16.0


class UndecodableError(Exception):
    """The bytes are a verified image Qt cannot decode here (HEIC without a plugin, an unusual format)."""


def decode_image(data: bytes) -> QImage:
    """Decode with EXIF orientation applied. Safe off the GUI thread (QImage, not QPixmap)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    buffer.close()
    if image.isNull():
        raise UndecodableError(reader.errorString())
    return image


NIGHT_OPACITY = 0.35


class ImageView(QGraphicsView):
    """A photo with zoom: fit (never enlarged past 100 %), actual size, steps, Ctrl+wheel; drag to pan."""

    sig_zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaImage")
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setRenderHints(QPainter.RenderHint.SmoothPixmapTransform | QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom = 1.0
        self.fitted = True

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self.item.setPixmap(pixmap)
        self.scene().setSceneRect(self.item.boundingRect())
        self.fit()

    def set_dimmed(self, dimmed: bool) -> None:
        """In the night theme a bright photo would spoil dark-adapted eyes: shown at a third of its light."""
        self.item.setOpacity(NIGHT_OPACITY if dimmed else 1.0)

    def clear(self) -> None:
        self.item.setPixmap(QPixmap())
        self.scene().setSceneRect(0, 0, 1, 1)

    def has_image(self) -> bool:
        return not self.item.pixmap().isNull()

    def fit_zoom(self) -> float:
        pix = self.item.pixmap()
        if pix.isNull():
            return 1.0
        area = self.viewport().size()
        scale = min((area.width() - 2) / max(1, pix.width()), (area.height() - 2) / max(1, pix.height()))
        return max(MIN_ZOOM, min(1.0, scale))

    def fit(self) -> None:
        self.fitted = True
        self._policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._apply(self.fit_zoom())
        self.centerOn(self.item)

    def set_zoom(self, zoom: float) -> None:
        self.fitted = False
        self._policy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._apply(max(MIN_ZOOM, min(MAX_ZOOM, zoom)))

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def _apply(self, zoom: float) -> None:
        self.zoom = zoom
        self.resetTransform()
        self.scale(zoom, zoom)
        self.sig_zoom_changed.emit(zoom)

    def _policy(self, policy: Qt.ScrollBarPolicy) -> None:
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and self.has_image():
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom * ZOOM_STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitted and self.has_image():
            self._apply(self.fit_zoom())
