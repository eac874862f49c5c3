"""Photos and videos of an operation: add by file picker or drag and drop, thumbnails, per-file state.

Files are streamed into the encrypted media store on the DB thread (SHA-256 computed while copying);
thumbnails are made there too with QImageReader (QImage is safe off the GUI thread, QPixmap is not).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldops.dto import AttachmentDTO
from ui import theme
from ui.errors import message
from ui.ops import Op, Query
from ui.widgets.forms import FieldError

THUMB = 160


def make_thumbnail(path: Path) -> tuple[bytes | None, str | None]:
    """A JPEG thumbnail for an image Qt can decode (auto-rotated by EXIF), else (None, None)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    if not reader.canRead():
        return None, None
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > THUMB:
        reader.setScaledSize(size.scaled(QSize(THUMB, THUMB), Qt.AspectRatioMode.KeepAspectRatio))
    image: QImage = reader.read()
    if image.isNull():
        return None, None
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 80)
    return bytes(data.data()), "image/jpeg"


class AttachmentsPanel(QWidget):
    sig_download_requested = Signal(str)  # attachment id: the viewer's "Download from server"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner: tuple[str, str] | None = None
        self.viewer: QWidget | None = None  # the MediaViewer opened last
        self.editable = False
        self.items: list[AttachmentDTO] = []
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.caption = QLabel(objectName="muted")
        self.add = QPushButton(objectName="addAttachment")
        bar.addWidget(self.caption)
        bar.addStretch(1)
        bar.addWidget(self.add)
        layout.addLayout(bar)
        self.list = QListWidget(objectName="attachments")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(96, 96))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMaximumHeight(112)
        self.list.setIconSize(QSize(72, 72))
        self.list.setWordWrap(True)
        layout.addWidget(self.list)
        self.error = FieldError()
        layout.addWidget(self.error)
        self.add.clicked.connect(self._on_add_clicked)
        self.list.itemActivated.connect(self._on_list_item_activated)  # double-click or Enter
        self.retranslate()

    def retranslate(self) -> None:
        self.add.setText(self.tr("Attach photo or video…"))
        self.add.setToolTip(self.tr("Or drop files here"))
        self._render()

    def set_owner(self, owner_type: str, owner_id: str, editable: bool) -> None:
        self.owner, self.editable = (owner_type, owner_id), editable
        self.add.setEnabled(editable)
        self.refresh()

    def refresh(self) -> None:
        if self.owner is None:
            return
        owner_type, owner_id = self.owner

        def load(fo: Any) -> list[tuple[AttachmentDTO, bytes | None]]:
            return [(a, fo.attachments.thumbnail(a.id) if a.has_thumbnail else None)
                    for a in fo.attachments.list(owner_type, owner_id)]

        Query(self, load).success(self._on_loaded).run()

    def _on_loaded(self, rows: list[tuple[AttachmentDTO, bytes | None]]) -> None:
        self.items = [a for a, _ in rows]
        self.list.clear()
        loc = QLocale()
        for att, thumb in rows:
            icon = QIcon()
            if thumb:
                pix = QPixmap()
                pix.loadFromData(thumb)
                icon = QIcon(pix)
            else:
                icon = theme.icon("film" if att.mime.startswith("video/") else "file", None, 64)
            state_text = {"waiting": self.tr("waiting to be sent"), "sent": self.tr("sent")}.get(
                att.upload_state, att.upload_state)
            entry = QListWidgetItem(icon, f"{att.filename}\n{loc.formattedDataSize(att.size)} · {state_text}")
            entry.setToolTip(self.tr("SHA-256: %1").replace("%1", att.sha256))
            entry.setData(Qt.ItemDataRole.UserRole, att.id)
            self.list.addItem(entry)
        self._render()

    def _render(self) -> None:
        self.caption.setText(self.tr("%n attachment(s)", "", len(self.items)))

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        from ui.dialogs.media_viewer import MediaViewer

        att_id = item.data(Qt.ItemDataRole.UserRole)
        index = next((i for i, a in enumerate(self.items) if a.id == att_id), None)
        if index is None:
            return
        viewer = MediaViewer(self.items, index, self)
        viewer.sig_download_requested.connect(self.sig_download_requested)
        viewer.destroyed.connect(lambda: setattr(self, "viewer", None))  # deleted when closed
        self.viewer = viewer
        viewer.open()

    # ---- adding ---------------------------------------------------------------------------------------------------
    def _on_add_clicked(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach photos or videos"), str(Path.home()),
            self.tr("Photos and videos (*.jpg *.jpeg *.png *.heic *.webp *.mp4 *.mov *.avi *.mkv);;All files (*)"))
        self.add_files([Path(f) for f in files])

    def add_files(self, paths: list[Path]) -> None:
        if self.owner is None or not self.editable or not paths:
            return
        owner_type, owner_id = self.owner
        self.error.show_message("")
        for path in paths:
            def attach(fo: Any, path: Path = path) -> Any:
                thumbnail, mime = make_thumbnail(path)
                return fo.attachments.add(owner_type, owner_id, path, thumbnail=thumbnail, thumbnail_mime=mime)

            Op(self, attach).success(lambda _c: self.refresh()).failure(
                lambda exc, name=path.name: self.error.show_message(f"{name}: {message(exc)}")).run()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.editable and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_files(paths)
        event.acceptProposedAction()
