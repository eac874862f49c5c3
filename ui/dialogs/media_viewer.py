"""The media viewer: a photo with zoom, a video or other file in the system's player, the file's hash and its
chain of custody.

    viewer = MediaViewer(attachments, index, parent)   # the owner's AttachmentDTOs, the one to show first
    viewer.sig_download_requested.connect(...)         # "Download from server" for a file not on this laptop
    viewer.open()

Photos are read and verified on the DB thread (`fo.media_view.open_image`, which records the consultation) and
decoded there too with QImageReader (EXIF rotation applied); only the QPixmap is made on the GUI thread. Videos
and other files are decrypted on request into the workspace's private viewing folder
(`fo.media_view.open_external`) and handed to the system's player; that copy is deleted when the workspace
closes. If Qt Multimedia is installed (not in the pyside6-essentials build) videos play inside the dialog from
that copy instead.

Keys: + / − zoom, 0 fit, 1 actual size, Ctrl+wheel zoom, drag to pan, ← → / PageUp PageDown previous and next,
Esc closes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from fieldops.dto import AttachmentDTO, MediaTrailStep
from fieldops.errors import ErrorCode, FieldOpsError
from ui import media_text, theme
from ui import state as app_state
from ui.errors import message
from ui.ops import Query
from ui.timefmt import short
from ui.widgets.image_view import ImageView, UndecodableError, decode_image

try:  # only in the full PySide6 build; the fallback (system player) is what runs with pyside6-essentials
    from PySide6 import QtMultimedia, QtMultimediaWidgets
except ImportError:
    QtMultimedia = QtMultimediaWidgets = None
HAVE_MULTIMEDIA = QtMultimedia is not None and QtMultimediaWidgets is not None

DEFAULT_TZ = "Europe/Riga"
ICON_SIZE = 128


def is_not_local(exc: BaseException) -> bool:
    """The core's "the encrypted copy is not on this laptop" (NOT_FOUND on field "file")."""
    return isinstance(exc, FieldOpsError) and exc.code == ErrorCode.NOT_FOUND and exc.field == "file"


class MediaViewer(QDialog):
    sig_download_requested = Signal(str)  # attachment id: the file is not on this laptop

    def __init__(self, attachments: Sequence[AttachmentDTO], index: int = 0, parent: QWidget | None = None,
                 tz: str | None = None) -> None:
        super().__init__(parent)
        if not attachments:
            raise ValueError("the viewer needs at least one attachment")
        self.setObjectName("mediaViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setSizeGripEnabled(True)
        self.resize(1100, 720)
        self.items = list(attachments)
        self.index = max(0, min(index, len(self.items) - 1))
        self.tz = tz or DEFAULT_TZ
        self._tz_known = tz is not None
        self.trail: list[MediaTrailStep] = []
        self.external_path: Path | None = None  # the last decrypted copy handed to a player
        self.state = ""  # loading | image | file | missing | error | video (what the view area shows)
        self._placard_message = ""
        self._serial = 0  # results of a previous item arriving late are dropped
        self._player: Any = None
        self._sending: dict[str, tuple[int, int]] = {}  # sha256 -> (done, size) while it is being sent
        self._build()
        self._shortcuts()
        self.retranslate()
        media = app_state.get().media
        if media is not None:
            self._sending = {sha: (done, size) for sha, (_n, done, size) in media.sending.items()}
            media.sig_progress.connect(self._on_media_progress)
        self.show_index(self.index)

    def _on_media_progress(self, sha256: str, _name: str, done: int, size: int) -> None:
        if done >= size:  # committed by the server: every attachment of this file is sent now
            self._sending.pop(sha256, None)
            self.items = [dataclasses.replace(a, upload_state="uploaded", upload_error=None)
                          if a.sha256 == sha256 and a.upload_state == "waiting" else a for a in self.items]
        else:
            self._sending[sha256] = (int(done), int(size))
        if self.current.sha256 == sha256:
            self._render_state()

    # ---- layout ---------------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 1)
        self.stack = QStackedWidget(objectName="mediaStack")
        left.addWidget(self.stack, 1)
        self.image_view = ImageView()
        self.image_view.set_dimmed(theme.current().name == "night")
        self.stack.addWidget(self.image_view)

        self.placard = QWidget(objectName="mediaPlacard")
        placard = QVBoxLayout(self.placard)
        placard.addStretch(1)
        self.placard_icon = QLabel(objectName="mediaIcon", alignment=Qt.AlignmentFlag.AlignCenter)
        self.placard_facts = QLabel(objectName="mediaFacts", alignment=Qt.AlignmentFlag.AlignCenter)
        self.placard_facts.setWordWrap(True)
        self.placard_text = QLabel(objectName="mediaMessage", alignment=Qt.AlignmentFlag.AlignCenter)
        self.placard_text.setWordWrap(True)
        self.placard_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.placard_icon, self.placard_facts, self.placard_text):
            placard.addWidget(label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.external_button = QPushButton(objectName="openExternal")
        self.external_button.setProperty("primary", True)
        self.external_button.setAutoDefault(False)
        self.download_button = QPushButton(objectName="downloadFromServer")
        self.download_button.setProperty("primary", True)
        self.download_button.setAutoDefault(False)
        buttons.addWidget(self.external_button)
        buttons.addWidget(self.download_button)
        buttons.addStretch(1)
        placard.addLayout(buttons)
        self.placard_note = QLabel(objectName="mediaNote", alignment=Qt.AlignmentFlag.AlignCenter)
        self.placard_note.setProperty("role", "muted")
        self.placard_note.setWordWrap(True)
        placard.addWidget(self.placard_note)
        placard.addStretch(2)
        self.stack.addWidget(self.placard)

        self.video_page: QWidget | None = None
        self.video_widget: Any = None
        if HAVE_MULTIMEDIA:
            self._build_video()

        bar = QHBoxLayout()
        self.prev_button = QPushButton(objectName="previousMedia")
        self.next_button = QPushButton(objectName="nextMedia")
        self.position = QLabel(objectName="mediaPosition")
        self.position.setProperty("role", "muted")
        bar.addWidget(self.prev_button)
        bar.addWidget(self.position)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        self.zoom_out_button = QPushButton("−", objectName="zoomOut")
        self.zoom_label = QLabel(objectName="zoomLevel", alignment=Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(56)
        self.zoom_in_button = QPushButton("+", objectName="zoomIn")
        self.fit_button = QPushButton(objectName="zoomFit")
        self.actual_button = QPushButton(objectName="zoomActual")
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button,
                       self.actual_button):
            bar.addWidget(widget)
        for button in (self.prev_button, self.next_button, self.zoom_out_button, self.zoom_in_button,
                       self.fit_button, self.actual_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the view
        left.addLayout(bar)

        self.panel = QFrame(objectName="card")
        self.panel.setFixedWidth(380)
        outer.addWidget(self.panel)
        info = QVBoxLayout(self.panel)
        self.name_label = QLabel(objectName="title")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info.addWidget(self.name_label)
        self.form = QFormLayout()
        self.type_value, self.size_value, self.captured_value = QLabel(), QLabel(), QLabel()
        self.attached_value, self.state_value = QLabel(), QLabel()
        for label in (self.type_value, self.size_value, self.captured_value, self.attached_value, self.state_value):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.type_value.setObjectName("mediaType")
        self.size_value.setObjectName("mediaSize")
        self.captured_value.setObjectName("mediaCaptured")
        self.attached_value.setObjectName("mediaAttached")
        self.state_value.setObjectName("mediaUploadState")
        self.form_labels = [QLabel() for _ in range(5)]
        for label, value in zip(self.form_labels, (self.type_value, self.size_value, self.captured_value,
                                                   self.attached_value, self.state_value), strict=True):
            self.form.addRow(label, value)
        info.addLayout(self.form)
        self.sha_caption = QLabel(objectName="muted")
        info.addWidget(self.sha_caption)
        sha_row = QHBoxLayout()
        self.sha_field = QLineEdit(objectName="sha256")
        self.sha_field.setReadOnly(True)
        self.sha_field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.copy_button = QPushButton(objectName="copySha256")
        self.copy_button.setAutoDefault(False)
        sha_row.addWidget(self.sha_field, 1)
        sha_row.addWidget(self.copy_button)
        info.addLayout(sha_row)
        self.trail_caption = QLabel(objectName="muted")
        info.addWidget(self.trail_caption)
        self.trail_list = QTreeWidget(objectName="custodyTrail")
        self.trail_list.setRootIsDecorated(False)
        self.trail_list.setColumnCount(4)
        self.trail_list.setWordWrap(True)
        self.trail_list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        header = self.trail_list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the purpose takes what is left, wrapped
        self.trail_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        info.addWidget(self.trail_list, 1)
        self.trail_error = QLabel(objectName="trailError")
        self.trail_error.setProperty("role", "error")
        self.trail_error.setWordWrap(True)
        self.trail_error.hide()
        info.addWidget(self.trail_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        info.addWidget(self.buttons)

        self.prev_button.clicked.connect(self.show_previous)
        self.next_button.clicked.connect(self.show_next)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.zoom_fit)
        self.actual_button.clicked.connect(self.zoom_actual)
        self.image_view.sig_zoom_changed.connect(self._on_image_view_zoom_changed)
        self.external_button.clicked.connect(self._on_external_clicked)
        self.download_button.clicked.connect(self._on_download_clicked)
        self.copy_button.clicked.connect(self._on_copy_clicked)

    def _build_video(self) -> None:  # pragma: no cover (Qt Multimedia is not in pyside6-essentials)
        assert QtMultimedia is not None and QtMultimediaWidgets is not None
        self.video_page = QWidget(objectName="mediaVideo")
        layout = QVBoxLayout(self.video_page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.video_widget = QtMultimediaWidgets.QVideoWidget()
        layout.addWidget(self.video_widget, 1)
        self.play_button = QPushButton(objectName="playPause")
        self.play_button.setAutoDefault(False)
        self.play_button.clicked.connect(self._on_play_clicked)
        layout.addWidget(self.play_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.stack.addWidget(self.video_page)
        self._player = QtMultimedia.QMediaPlayer(self)
        self._audio = QtMultimedia.QAudioOutput(self)
        self._player.setAudioOutput(self._audio)
        self._player.setVideoOutput(self.video_widget)
        self._player.errorOccurred.connect(self._on_player_error)

    def _shortcuts(self) -> None:
        def bind(keys: Sequence[str | QKeySequence.StandardKey | Qt.Key], slot: Any) -> None:
            for key in keys:
                sequence = QKeySequence(key)
                shortcut = QShortcut(sequence, self)
                shortcut.activated.connect(slot)

        bind((Qt.Key.Key_Left, Qt.Key.Key_PageUp), self.show_previous)
        bind((Qt.Key.Key_Right, Qt.Key.Key_PageDown), self.show_next)
        bind(("+", "=", "Ctrl++", "Ctrl+="), self.zoom_in)
        bind(("-", "Ctrl+-"), self.zoom_out)
        bind(("0", "Ctrl+0"), self.zoom_fit)
        bind(("1",), self.zoom_actual)

    def retranslate(self) -> None:
        self.prev_button.setText(self.tr("Previous"))
        self.prev_button.setToolTip(self.tr("Previous file (Left arrow, Page Up)"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next file (Right arrow, Page Down)"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+, Ctrl+wheel)"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (−, Ctrl+wheel)"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Fit the photo in the window (0)"))
        self.actual_button.setText(self.tr("100 %"))
        self.actual_button.setToolTip(self.tr("Actual size (1)"))
        self.image_view.setToolTip(self.tr("Drag to move the photo"))
        for label, text in zip(self.form_labels, (self.tr("Type"), self.tr("Size"), self.tr("Captured"),
                                                  self.tr("Attached"), self.tr("Upload")), strict=True):
            label.setText(text)
        self.sha_caption.setText(self.tr("SHA-256 fingerprint"))
        self.sha_field.setToolTip(self.tr("The file's fingerprint, recorded when it was attached"))
        self.copy_button.setText(self.tr("Copy"))
        self.trail_caption.setText(self.tr("Custody trail"))
        self.trail_list.setHeaderLabels([self.tr("When"), self.tr("Action"), self.tr("Who"), self.tr("Purpose")])
        self.download_button.setText(self.tr("Download from server"))
        if self.video_page is not None:  # pragma: no cover
            self.play_button.setText(self.tr("Play / pause"))
        if self.items:
            self._render_info()
            self._render_trail()
            self._render_placard_texts()
        self._on_image_view_zoom_changed(self.image_view.zoom)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "placard_icon"):
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange and hasattr(self, "placard_icon"):  # day ↔ night: icons
            self._render_icon()
            self.image_view.set_dimmed(theme.current().name == "night")

    # ---- navigation -----------------------------------------------------------------------------------------
    @property
    def current(self) -> AttachmentDTO:
        return self.items[self.index]

    def show_previous(self) -> None:
        if self.index > 0:
            self.show_index(self.index - 1)

    def show_next(self) -> None:
        if self.index < len(self.items) - 1:
            self.show_index(self.index + 1)

    def show_index(self, index: int) -> None:
        self._serial += 1
        self._stop_video()
        self.index = max(0, min(index, len(self.items) - 1))
        att = self.current
        self.external_path = None
        self.trail = []
        self.setWindowTitle(att.filename)
        self.position.setText(self.tr("%1 of %2").replace("%1", str(self.index + 1)).replace(
            "%2", str(len(self.items))))
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.items) - 1)
        self.image_view.clear()
        self._render_info()
        self._render_trail()
        if att.mime.startswith("image/"):
            self._load_image()
        elif att.mime.startswith("video/") and self.video_page is not None:  # pragma: no cover
            self._load_video()
        else:
            self._show_file()
            self._load_trail()

    # ---- the view area ------------------------------------------------------------------------------------
    def _load_image(self) -> None:
        att_id, serial = self.current.id, self._serial
        self._show_placard("loading")

        def load(fo: Any) -> QImage:
            return decode_image(fo.media_view.open_image(att_id))

        Query(self, load).success(lambda image: self._on_image_loaded(serial, image)).failure(
            lambda exc: self._on_image_failed(serial, exc)).run()

    def _on_image_loaded(self, serial: int, image: QImage) -> None:
        if not self._alive(serial):
            return
        self.state = "image"
        self.stack.setCurrentWidget(self.image_view)
        self._set_zoom_enabled(True)
        self.image_view.set_pixmap(QPixmap.fromImage(image))
        self.image_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._load_trail()

    def _on_image_failed(self, serial: int, exc: BaseException) -> None:
        if not self._alive(serial):
            return
        if isinstance(exc, UndecodableError):
            self._show_file(self.tr("This photo cannot be shown here. You can open it with the system's viewer."))
        elif isinstance(exc, FieldOpsError) and exc.params.get("detail") == "too large":
            self._show_file(self.tr("This photo is too large to show here (%1). You can open it with the system's "
                                    "viewer.").replace("%1", QLocale().formattedDataSize(self.current.size)))
        else:
            self._show_failure(exc)
        self._load_trail()

    def _load_video(self) -> None:  # pragma: no cover (needs Qt Multimedia)
        att_id, serial = self.current.id, self._serial
        self._show_placard("loading")
        Query(self, lambda fo: fo.media_view.open_external(att_id)).success(
            lambda path: self._on_video_ready(serial, path)).failure(
            lambda exc: self._on_external_failed(serial, exc)).run()

    def _on_video_ready(self, serial: int, path: Path) -> None:  # pragma: no cover
        if not self._alive(serial) or self.video_page is None:
            return
        self.external_path = path
        self.state = "video"
        self._set_zoom_enabled(False)
        self.stack.setCurrentWidget(self.video_page)
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()
        self._load_trail()

    def _on_play_clicked(self) -> None:  # pragma: no cover
        if self._player is None:
            return
        if self._player.playbackState() == QtMultimedia.QMediaPlayer.PlaybackState.PlayingState:
            self._player.pause()
        else:
            self._player.play()

    def _on_player_error(self, *_args: Any) -> None:  # pragma: no cover
        if self.state == "video":  # Qt cannot decode it here: the system's player may
            self._stop_video()
            self._show_file(self.tr("This video cannot be played here."))

    def _stop_video(self) -> None:
        if self._player is not None:  # pragma: no cover
            self._player.stop()
            self._player.setSource(QUrl())

    def _show_file(self, note: str = "") -> None:
        """A video or other file: its icon and facts, and "Open in system player"."""
        self._show_placard("file", note)

    def _show_failure(self, exc: BaseException) -> None:
        if is_not_local(exc):
            self._show_placard("missing")
        else:
            self._show_placard("error", message(exc))

    def show_message(self, text: str) -> None:
        """A failure from outside (the download the user asked for): shown in the view area."""
        self._show_placard("error", text)

    def _show_placard(self, state: str, text: str = "") -> None:
        self.state = state
        self._placard_message = text
        self._set_zoom_enabled(False)
        self.stack.setCurrentWidget(self.placard)
        self.external_button.setVisible(state == "file")
        self.external_button.setEnabled(True)
        waiting = self.current.upload_state == "waiting"
        self.download_button.setVisible(state == "missing" and not waiting)
        self.placard_note.setVisible(state == "file")
        self._render_icon()
        self._render_placard_texts()
        self.placard_text.setProperty("role", "error" if state == "error" else "")
        self.placard_text.style().unpolish(self.placard_text)
        self.placard_text.style().polish(self.placard_text)

    def _render_icon(self) -> None:
        name = "film" if self.current.mime.startswith("video/") else "file"
        visible = self.state in ("file", "missing", "error")
        self.placard_icon.setVisible(visible)
        if visible:
            self.placard_icon.setPixmap(theme.icon(name, None, ICON_SIZE).pixmap(QSize(ICON_SIZE, ICON_SIZE)))

    def _render_placard_texts(self) -> None:
        att = self.current
        video = att.mime.startswith("video/")
        self.external_button.setText(self.tr("Open in system player") if video else self.tr("Open in system viewer"))
        self.placard_note.setText(self.tr("A decrypted copy is kept on this laptop only while the app runs."))
        facts = " · ".join((att.filename, QLocale().formattedDataSize(att.size), att.mime))
        text = self._placard_message
        if self.state == "loading":
            self.placard_facts.setText(facts)
            text = self.tr("Opening…")
        elif self.state == "missing":
            self.placard_facts.setText(facts)
            if att.upload_state == "waiting":  # never sent: the server does not have it either
                text = self.tr("This file is missing on this laptop and was not sent to the regional server. "
                               "Ask IT to look for a backup.")
            else:
                text = self.tr("This file is not on this laptop. It is kept on the regional server.")
        elif self.state in ("file", "error"):
            self.placard_facts.setText(facts)
        self.placard_text.setText(text)
        self.placard_text.setVisible(bool(text))

    def _on_external_clicked(self) -> None:
        att_id, serial = self.current.id, self._serial
        self.external_button.setEnabled(False)
        self._placard_message = self.tr("Opening…")
        self._render_placard_texts()
        Query(self, lambda fo: fo.media_view.open_external(att_id)).success(
            lambda path: self._on_external_ready(serial, path)).failure(
            lambda exc: self._on_external_failed(serial, exc)).run()

    def _on_external_ready(self, serial: int, path: Path) -> None:
        if not self._alive(serial):
            return
        self.external_path = path
        self.external_button.setEnabled(True)
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self._placard_message = "" if opened else self.tr("No program on this laptop can open this file.")
        self._render_placard_texts()
        self._load_trail()

    def _on_external_failed(self, serial: int, exc: BaseException) -> None:
        if not self._alive(serial):
            return
        self.external_button.setEnabled(True)
        self._show_failure(exc)
        self._load_trail()

    def _on_download_clicked(self) -> None:
        self.sig_download_requested.emit(self.current.id)

    # ---- zoom ------------------------------------------------------------------------------------------------
    def zoom_in(self) -> None:
        if self.state == "image":
            self.image_view.zoom_in()

    def zoom_out(self) -> None:
        if self.state == "image":
            self.image_view.zoom_out()

    def zoom_fit(self) -> None:
        if self.state == "image":
            self.image_view.fit()

    def zoom_actual(self) -> None:
        if self.state == "image":
            self.image_view.set_zoom(1.0)

    def _set_zoom_enabled(self, enabled: bool) -> None:
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.actual_button,
                       self.zoom_label):
            widget.setEnabled(enabled)
        if not enabled:
            self.zoom_label.clear()  # (kept in the layout: the bar does not jump between files)

    def _on_image_view_zoom_changed(self, zoom: float) -> None:
        if self.state != "image":
            return
        self.zoom_label.setText(self.tr("%1 %").replace("%1", QLocale().toString(round(zoom * 100))))

    # ---- the info panel ----------------------------------------------------------------------------------
    def _render_info(self) -> None:
        att = self.current
        self.name_label.setText(att.filename)
        kind = (self.tr("Photo") if att.mime.startswith("image/") else
                self.tr("Video") if att.mime.startswith("video/") else self.tr("File"))
        self.type_value.setText(f"{kind} ({att.mime})")
        loc = QLocale()
        self.size_value.setText(loc.formattedDataSize(att.size))
        self.size_value.setToolTip(self.tr("%1 bytes").replace("%1", loc.toString(att.size)))
        self.captured_value.setText(short(att.captured_at, self.tz) if att.captured_at else self.tr("unknown"))
        self.attached_value.setText(self.tr("%1 by %2").replace("%1", short(att.attached_at, self.tz)).replace(
            "%2", att.attached_by_name or self.tr("unknown")))
        self._render_state()
        self.sha_field.setText(att.sha256)
        self.sha_field.setCursorPosition(0)

    def _render_state(self) -> None:
        att = self.current
        self.state_value.setText(media_text.state_text(att, self._sending.get(att.sha256)))

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.current.sha256)

    def _load_trail(self) -> None:
        att_id, serial = self.current.id, self._serial
        known_tz = self.tz if self._tz_known else None

        def load(fo: Any) -> tuple[list[MediaTrailStep], str]:
            tz = known_tz or next((a.timezone for a in fo.users.agencies() if a.id == fo.user.agency_id),
                                  DEFAULT_TZ)
            return fo.media_view.trail(att_id), tz

        Query(self, load).success(lambda result: self._on_trail_loaded(serial, result)).failure(
            lambda exc: self._on_trail_failed(serial, exc)).run()

    def _on_trail_loaded(self, serial: int, result: tuple[list[MediaTrailStep], str]) -> None:
        if not self._alive(serial):
            return
        self.trail, tz = result
        if tz != self.tz:
            self.tz = tz
            self._render_info()
        self._tz_known = True
        self.trail_error.hide()
        self._render_trail()

    def _on_trail_failed(self, serial: int, exc: BaseException) -> None:
        if not self._alive(serial):
            return
        self.trail_error.setText(message(exc))
        self.trail_error.show()

    def _render_trail(self) -> None:
        self.trail_list.clear()
        for step in self.trail:
            item = QTreeWidgetItem([short(step.at, self.tz), self.action_text(step), step.actor or self.tr("unknown"),
                                    step.purpose or ""])
            item.setToolTip(0, self.tr("Device %1").replace("%1", step.device_id))
            item.setToolTip(3, step.purpose or "")
            self.trail_list.addTopLevelItem(item)

    def action_text(self, step: MediaTrailStep) -> str:
        if step.action == "consultation":
            return self.tr("opened in system player") if step.details.get("external") else self.tr("viewed")
        return {"collection": self.tr("attached"), "disclosure": self.tr("exported"),
                "transfer": self.tr("sent to server"),  # the server re-hashed and committed it
                "alteration": self.tr("changed"), "erasure": self.tr("deleted")}.get(step.action, step.action)

    # ---- lifecycle ---------------------------------------------------------------------------------------
    def _alive(self, serial: int) -> bool:
        """A result still wanted: the dialog exists and shows the item the call was made for."""
        return isValid(self) and serial == self._serial

    def done(self, result: int) -> None:
        self._serial += 1  # late results are dropped
        self._stop_video()
        super().done(result)
