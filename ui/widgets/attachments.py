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

from fieldops.changes import Changes
from fieldops.dto import AttachmentDTO
from ui import media_text, state, theme
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
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setIconSize(QSize(96, 64))
        self.list.setGridSize(QSize(184, 132))  # the thumbnail; the file name, its size and its state
        self.list.setFixedHeight(142)
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setWordWrap(True)
        layout.addWidget(self.list)
        self.error = FieldError()
        layout.addWidget(self.error)
        self.add.clicked.connect(self._on_add_clicked)
        self.list.itemActivated.connect(self._on_list_item_activated)  # double-click or Enter
        self.sig_download_requested.connect(self._on_download_requested)
        self._sending: dict[str, tuple[int, int]] = {}  # sha256 -> (done, size) while the upload runs
        app = state.get()
        app.hub.sig_operation_executed.connect(self._on_operation_executed)
        if app.media is not None:
            app.media.sig_progress.connect(self._on_media_progress)
            self._sending = {sha: (done, size) for sha, (_n, done, size) in app.media.sending.items()}
        self.retranslate()

    def retranslate(self) -> None:
        self.add.setText(self.tr("Attach photo or video…"))
        self.add.setToolTip(self.tr("Or drop files here"))
        self._render()

    def set_owner(self, owner_type: str, owner_id: str, editable: bool) -> None:
        self.owner, self.editable = (owner_type, owner_id), editable
        self.add.setEnabled(editable)
        self.add.setVisible(editable)  # a locked record only shows its files
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
        for att, thumb in rows:
            icon = QIcon()
            if thumb:
                pix = QPixmap()
                pix.loadFromData(thumb)
                icon = QIcon(pix)
            else:
                icon = theme.icon("film" if att.mime.startswith("video/") else "file", None, 64)
            entry = QListWidgetItem(icon, "")
            entry.setData(Qt.ItemDataRole.UserRole, att.id)
            self.list.addItem(entry)
            self._label(entry, att)
        self._render()

    def _label(self, entry: QListWidgetItem, att: AttachmentDTO) -> None:
        state_text = media_text.state_text(att, self._sending.get(att.sha256))
        entry.setText(f"{att.filename}\n{QLocale().formattedDataSize(att.size)}\n{state_text}")
        entry.setToolTip(f"{state_text}\n" + self.tr("SHA-256: %1").replace("%1", att.sha256))

    def state_texts(self) -> list[str]:
        """What each file's line says about its way to the server (tests, accessibility)."""
        return [self.list.item(i).text().rsplit("\n", 1)[-1] for i in range(self.list.count())]

    def _on_media_progress(self, sha256: str, _name: str, done: int, size: int) -> None:
        if done >= size:
            self._sending.pop(sha256, None)
        else:
            self._sending[sha256] = (int(done), int(size))
        for i, att in enumerate(self.items):
            if att.sha256 == sha256 and i < self.list.count():
                self._label(self.list.item(i), att)

    def _on_operation_executed(self, changes: Changes, _initiator: object) -> None:
        if changes.concerns("attachment") and self.owner is not None and self.isVisible():
            self.refresh()

    # ---- a file kept on the server ------------------------------------------------------------------------------
    def _on_download_requested(self, attachment_id: str) -> None:
        from ui.dialogs.disclosure import ask_purpose

        att = next((a for a in self.items if a.id == attachment_id), None)
        media = state.get().media
        if att is None:
            return
        if media is None:
            self._download_failed(self.tr("Not connected to the regional server: the file can be downloaded "
                                          "once this laptop is online."))
            return
        purpose = ask_purpose(self.tr("The file %1 from the regional server").replace("%1", att.filename),
                              self.viewer or self)
        if purpose is None:
            return
        if not media.fetch(attachment_id, purpose, self._on_downloaded):
            self._download_failed(self.tr("Not connected to the regional server: the file can be downloaded "
                                          "once this laptop is online."))

    def _on_downloaded(self, future: Any) -> None:
        exc = future.exception()
        if exc is not None:
            self._download_failed(message(exc))
            return
        viewer = self.viewer
        if viewer is not None:
            viewer.show_index(viewer.index)  # type: ignore[attr-defined]

    def _download_failed(self, text: str) -> None:
        self.error.show_message(text)
        if self.viewer is not None:
            self.viewer.show_message(text)  # type: ignore[attr-defined]

    def _render(self) -> None:
        self.caption.setText(self.tr("%n attachment(s)", "", len(self.items)))
        self.list.setVisible(bool(self.items) or self.editable)  # (an editable one is also a drop target)

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
