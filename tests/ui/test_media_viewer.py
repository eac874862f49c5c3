"""The media viewer: a photo fitted, zoomed by keys (EXIF rotation applied), previous/next, a video handed to
the system player from the private viewing folder, a file not on this laptop (download request), a damaged
file, the custody trail, and opening from the attachments panel by double-click or Enter."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage
from PySide6.QtWidgets import QApplication

from fieldops.dto import AttachmentDTO, MediaTrailStep
from fieldops.models.enums import Role
from fieldops.services.media_view import MediaViewService
from tests import factories
from tests.ui.conftest import FAST_OPEN, WAIT_MS, Harness, Person, add_person
from ui.dialogs import media_viewer
from ui.dialogs.media_viewer import MediaViewer
from ui.main_window import MainWindow
from ui.widgets import image_view
from ui.widgets.attachments import AttachmentsPanel

MP4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"
OFFICER_NAME = "Inese Kalniņa"


@dataclass
class Media:
    home: Path
    officer: Person
    op_id: str
    items: list[AttachmentDTO]  # big.png, rotated.jpg, clip.mp4 (oldest first)
    files: dict[str, Path]


def _png(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(40, 90, 160))
    assert image.save(str(path), "PNG")
    return path


def _jpeg_rotated(path: Path) -> Path:
    """A 300×200 JPEG whose EXIF orientation (6: rotate 90° clockwise) makes it 200×300 on screen."""
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 60, 60))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG", 90)
    jpeg = bytes(data.data())
    tiff = (b"MM\x00\x2a\x00\x00\x00\x08" + b"\x00\x01" + b"\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06\x00\x00"
            + b"\x00\x00\x00\x00")
    payload = b"Exif\x00\x00" + tiff
    app1 = b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload
    path.write_bytes(jpeg[:2] + app1 + jpeg[2:])
    return path


@pytest.fixture
def media(home: Path, tmp_path: Path, qapp: QApplication) -> Media:
    """An officer's operation with a large photo, a rotated photo and a video, attached through the core."""
    officer = add_person(home, Role.OFFICER, full_name=OFFICER_NAME)
    folder = tmp_path / "camera"
    folder.mkdir()
    files = {"big": _png(folder / "big.png", 2400, 1600), "rotated": _jpeg_rotated(folder / "rotated.jpg"),
             "video": folder / "clip.mp4"}
    files["video"].write_bytes(MP4 + os.urandom(64 * 1024))
    fo = FAST_OPEN(home, officer.username, officer.password)
    try:
        op_id = factories.operation(fo)
        for key in ("big", "rotated", "video"):
            fo.attachments.add("operation", op_id, files[key])
        items = fo.attachments.list("operation", op_id)
    finally:
        fo.close()
    assert [a.filename for a in items] == ["big.png", "rotated.jpg", "clip.mp4"]
    return Media(home, officer, op_id, items, files)


@pytest.fixture
def window(harness: Harness, media: Media, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(media_viewer, "HAVE_MULTIMEDIA", False)  # the fallback, even where Qt Multimedia exists
    harness.start(media.home)
    return harness.open_as(media.officer.username, media.officer.password)


def _viewer(harness: Harness, window: MainWindow, items: list[AttachmentDTO], index: int = 0) -> MediaViewer:
    viewer = MediaViewer(items, index, window)
    viewer.show()
    harness.qtbot.waitExposed(viewer)
    viewer.activateWindow()
    harness.qtbot.waitActive(viewer, timeout=WAIT_MS)
    return viewer


def _wait_state(harness: Harness, viewer: MediaViewer, state: str) -> None:
    harness.qtbot.waitUntil(lambda: viewer.state == state, timeout=WAIT_MS)


def _trail(viewer: MediaViewer) -> list[tuple[str, str, str]]:
    tree = viewer.trail_list
    return [(tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2), tree.topLevelItem(i).text(3))
            for i in range(tree.topLevelItemCount())]


def _key(harness: Harness, viewer: MediaViewer, key: Qt.Key) -> None:
    harness.qtbot.keyClick(viewer.focusWidget() or viewer, key)


def test_a_photo_opens_fitted_and_zooms_by_keys(harness: Harness, window: MainWindow, media: Media) -> None:
    viewer = _viewer(harness, window, media.items)
    _wait_state(harness, viewer, "image")
    view = viewer.image_view
    assert viewer.windowTitle() == "big.png"
    assert view.item.pixmap().size().toTuple() == (2400, 1600)
    fit = view.fit_zoom()
    assert view.fitted and fit < 1 and view.zoom == pytest.approx(fit)
    assert viewer.zoom_label.text() == f"{round(fit * 100)} %"

    _key(harness, viewer, Qt.Key.Key_Plus)
    assert not view.fitted and view.zoom == pytest.approx(fit * 1.25)
    _key(harness, viewer, Qt.Key.Key_Minus)
    assert view.zoom == pytest.approx(fit)
    _key(harness, viewer, Qt.Key.Key_1)
    assert view.zoom == 1.0 and viewer.zoom_label.text() == "100 %"
    assert view.horizontalScrollBar().maximum() > 0, "at 100 % the photo is larger than the view: pan"
    _key(harness, viewer, Qt.Key.Key_0)
    assert view.fitted and view.zoom == pytest.approx(fit)
    viewer.zoom_in_button.click()
    viewer.actual_button.click()
    assert view.zoom == 1.0
    viewer.fit_button.click()
    assert view.fitted

    # Opening the photo was recorded: the trail shows the attach step and this view.
    harness.qtbot.waitUntil(lambda: len(_trail(viewer)) == 2, timeout=WAIT_MS)
    assert _trail(viewer) == [("attached", OFFICER_NAME, ""), ("viewed", OFFICER_NAME, "")]
    assert viewer.sha_field.text() == media.items[0].sha256 and viewer.sha_field.isReadOnly()
    viewer.copy_button.click()
    assert QApplication.clipboard().text() == media.items[0].sha256
    assert viewer.size_value.text() and viewer.attached_value.text().endswith(OFFICER_NAME)
    assert "waiting" in viewer.state_value.text().lower()


def test_previous_and_next_with_keys_and_buttons(harness: Harness, window: MainWindow, media: Media) -> None:
    viewer = _viewer(harness, window, media.items)
    _wait_state(harness, viewer, "image")
    assert not viewer.prev_button.isEnabled() and viewer.next_button.isEnabled()
    _key(harness, viewer, Qt.Key.Key_Left)
    assert viewer.index == 0
    _key(harness, viewer, Qt.Key.Key_Right)
    assert viewer.index == 1 and viewer.windowTitle() == "rotated.jpg" and viewer.position.text() == "2 of 3"
    _wait_state(harness, viewer, "image")
    assert viewer.image_view.item.pixmap().size().toTuple() == (200, 300), "EXIF orientation applied"
    _key(harness, viewer, Qt.Key.Key_PageDown)
    assert viewer.index == 2 and viewer.state == "file" and not viewer.next_button.isEnabled()
    _key(harness, viewer, Qt.Key.Key_Right)
    assert viewer.index == 2
    viewer.prev_button.click()
    assert viewer.index == 1
    _key(harness, viewer, Qt.Key.Key_PageUp)
    assert viewer.index == 0
    _wait_state(harness, viewer, "image")
    harness.settle()
    assert viewer.windowTitle() == "big.png"
    _key(harness, viewer, Qt.Key.Key_Escape)
    harness.qtbot.waitUntil(lambda: not viewer.isVisible(), timeout=WAIT_MS)


def test_a_video_opens_in_the_system_player(harness: Harness, window: MainWindow, media: Media,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    viewer = _viewer(harness, window, media.items, 2)
    assert viewer.state == "file" and viewer.windowTitle() == "clip.mp4"
    assert viewer.external_button.isVisible() and viewer.external_button.text() == "Open in system player"
    assert not viewer.download_button.isVisible() and not viewer.zoom_in_button.isEnabled()
    assert "only while the app runs" in viewer.placard_note.text()
    assert not viewer.placard_icon.pixmap().isNull()
    harness.qtbot.waitUntil(lambda: _trail(viewer) == [("attached", OFFICER_NAME, "")], timeout=WAIT_MS)

    viewer.external_button.click()
    harness.qtbot.waitUntil(lambda: len(opened) == 1, timeout=WAIT_MS)
    path = Path(opened[0].toLocalFile())
    assert path == media.home / "media" / "view" / f"{media.items[2].id}.mp4"
    assert path.read_bytes() == media.files["video"].read_bytes()
    assert viewer.external_path == path
    harness.qtbot.waitUntil(lambda: len(_trail(viewer)) == 2, timeout=WAIT_MS)
    assert _trail(viewer)[1] == ("opened in system player", OFFICER_NAME, "")


def test_no_program_for_the_file_is_said(harness: Harness, window: MainWindow, media: Media,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    viewer = _viewer(harness, window, media.items, 2)
    viewer.external_button.click()
    harness.qtbot.waitUntil(lambda: "No program" in viewer.placard_text.text(), timeout=WAIT_MS)
    assert viewer.external_button.isEnabled()


def test_a_file_not_on_this_laptop_offers_the_download(harness: Harness, window: MainWindow, media: Media) -> None:
    fo = harness.c.st.require_fo()
    factories.execute(fo, "UPDATE attachment SET upload_state = 'remote' WHERE id = :id", id=media.items[0].id)
    fo.media.path_of(media.items[0].sha256).unlink()
    items = [AttachmentDTO(**{**a.__dict__, "upload_state": "remote"}) if i == 0 else a
             for i, a in enumerate(media.items)]
    viewer = _viewer(harness, window, items)
    _wait_state(harness, viewer, "missing")
    assert viewer.placard_text.text() == "This file is not on this laptop. It is kept on the regional server."
    assert viewer.download_button.isVisible() and not viewer.external_button.isVisible()
    with harness.qtbot.waitSignal(viewer.sig_download_requested, timeout=WAIT_MS) as signal:
        viewer.download_button.click()
    assert signal.args == [media.items[0].id]
    harness.qtbot.waitUntil(lambda: _trail(viewer) == [("attached", OFFICER_NAME, "")], timeout=WAIT_MS)


def test_a_file_never_sent_and_lost_is_not_promised_from_the_server(harness: Harness, window: MainWindow,
                                                                    media: Media) -> None:
    harness.c.st.require_fo().media.path_of(media.items[1].sha256).unlink()
    viewer = _viewer(harness, window, media.items, 1)
    _wait_state(harness, viewer, "missing")
    assert "was not sent" in viewer.placard_text.text() and not viewer.download_button.isVisible()


def test_a_damaged_file_shows_the_error_in_the_view(harness: Harness, window: MainWindow, media: Media) -> None:
    stored = harness.c.st.require_fo().media.path_of(media.items[0].sha256)
    damaged = bytearray(stored.read_bytes())
    damaged[len(damaged) // 2] ^= 0x10
    stored.write_bytes(damaged)
    viewer = _viewer(harness, window, media.items)
    _wait_state(harness, viewer, "error")
    assert "damaged" in viewer.placard_text.text() and viewer.placard_text.isVisible()
    assert viewer.placard_text.property("role") == "error"
    harness.qtbot.waitUntil(lambda: _trail(viewer) == [("attached", OFFICER_NAME, "")], timeout=WAIT_MS)


def test_a_photo_qt_cannot_decode_goes_to_the_system_viewer(harness: Harness, window: MainWindow, media: Media,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def undecodable(_data: bytes) -> QImage:
        raise media_viewer.UndecodableError("unsupported image format")

    monkeypatch.setattr(media_viewer, "decode_image", undecodable)
    viewer = _viewer(harness, window, media.items)
    _wait_state(harness, viewer, "file")
    assert viewer.external_button.isVisible() and viewer.external_button.text() == "Open in system viewer"
    assert "cannot be shown here" in viewer.placard_text.text()


def test_a_photo_too_large_to_show_goes_to_the_system_viewer(harness: Harness, window: MainWindow, media: Media,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    original = MediaViewService.open_image
    monkeypatch.setattr(MediaViewService, "open_image",
                        lambda self, att_id, max_bytes=0: original(self, att_id, max_bytes=1000))
    viewer = _viewer(harness, window, media.items)
    _wait_state(harness, viewer, "file")
    assert "too large to show here" in viewer.placard_text.text() and viewer.external_button.isVisible()
    assert not viewer.zoom_in_button.isEnabled() and viewer.zoom_label.text() == ""


def test_a_late_result_of_the_previous_file_is_dropped(harness: Harness, window: MainWindow, media: Media) -> None:
    viewer = _viewer(harness, window, media.items)
    viewer.show_index(2)  # before the photo came back
    harness.settle()
    assert viewer.state == "file" and viewer.index == 2 and not viewer.image_view.has_image()


def test_night_theme(harness: Harness, media: Media, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(media_viewer, "HAVE_MULTIMEDIA", False)
    harness.start(media.home, theme="night")
    window = harness.open_as(media.officer.username, media.officer.password)
    viewer = _viewer(harness, window, media.items, 2)
    assert viewer.palette().color(viewer.backgroundRole()).name() == "#000000"
    viewer.show_index(0)
    _wait_state(harness, viewer, "image")
    assert viewer.image_view.item.opacity() == image_view.NIGHT_OPACITY  # dimmed for dark-adapted eyes


def test_custody_steps_in_words(harness: Harness, window: MainWindow, media: Media) -> None:
    viewer = _viewer(harness, window, media.items, 2)
    at = media.items[2].attached_at

    def text(action: str, **details: object) -> str:
        return viewer.action_text(MediaTrailStep(at, action, None, "dev", None, dict(details)))

    assert [text("collection"), text("consultation"), text("consultation", external=True), text("disclosure"),
            text("transfer", state="committed"), text("something_new")] == [
        "attached", "viewed", "opened in system player", "exported", "sent to server", "something_new"]
    assert viewer.state_value.text() in ("waiting to be sent", "sent")
    harness.settle()  # the real trail has come back: what follows is not overwritten
    viewer.trail = [MediaTrailStep(at, "transfer", None, "dev-1", None, {"state": "committed"})]
    viewer._render_trail()
    assert _trail(viewer) == [("sent to server", "unknown", "")]
    assert viewer.trail_list.topLevelItem(0).toolTip(0) == "Device dev-1"


def _panel(harness: Harness, window: MainWindow, media: Media) -> AttachmentsPanel:
    """The attachments panel where the app has it: in the operation editor."""
    window.open_operation(media.op_id)
    panel = window.editor.attachments
    assert isinstance(panel, AttachmentsPanel)
    harness.qtbot.waitUntil(lambda: panel.list.count() == 3, timeout=WAIT_MS)
    harness.settle()
    harness.activate()
    panel.list.scrollToItem(panel.list.item(0))
    return panel


def test_double_click_in_the_attachments_panel_opens_the_viewer(harness: Harness, window: MainWindow,
                                                               media: Media, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.dialogs.disclosure import PurposeDialog

    monkeypatch.setattr(PurposeDialog, "exec", lambda _self: 0)  # the user cancels the purpose question
    panel = _panel(harness, window, media)
    where = panel.list.visualItemRect(panel.list.item(1)).center()
    # A real double-click is press, release, double-click (QTest.mouseDClick alone sends only the last).
    harness.qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    harness.qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    harness.qtbot.waitUntil(lambda: panel.viewer is not None and panel.viewer.isVisible(), timeout=WAIT_MS)
    viewer = panel.viewer
    assert isinstance(viewer, MediaViewer) and viewer.index == 1 and viewer.windowTitle() == "rotated.jpg"
    _wait_state(harness, viewer, "image")
    with harness.qtbot.waitSignal(panel.sig_download_requested, timeout=WAIT_MS) as signal:
        viewer.sig_download_requested.emit(media.items[1].id)
    assert signal.args == [media.items[1].id]
    viewer.close()
    harness.qtbot.waitUntil(lambda: panel.viewer is None, timeout=WAIT_MS)  # deleted on close
    harness.settle()


def test_enter_in_the_attachments_panel_opens_the_viewer(harness: Harness, window: MainWindow,
                                                        media: Media) -> None:
    panel = _panel(harness, window, media)
    panel.list.setFocus()
    panel.list.setCurrentRow(2)
    harness.qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    harness.qtbot.waitUntil(lambda: panel.viewer is not None and panel.viewer.isVisible(), timeout=WAIT_MS)
    viewer: Any = panel.viewer
    assert viewer.index == 2 and viewer.state == "file"
    harness.settle()


def test_download_from_server_asks_the_purpose_and_fetches(harness: Harness, window: MainWindow, media: Media,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import state
    from ui.dialogs.disclosure import PurposeDialog

    calls: list[tuple[str, str]] = []

    class FakeMedia:
        def fetch(self, attachment_id: str, purpose: str, on_done: Any) -> bool:
            calls.append((attachment_id, purpose))
            return True

    panel = _panel(harness, window, media)
    monkeypatch.setattr(state.get(), "media", FakeMedia())
    monkeypatch.setattr(PurposeDialog, "exec", lambda _self: 1)
    monkeypatch.setattr(PurposeDialog, "purpose", lambda _self: "Court request 12/2026")
    panel.sig_download_requested.emit(media.items[0].id)
    assert calls == [(media.items[0].id, "Court request 12/2026")]
    monkeypatch.setattr(state.get(), "media", None)  # offline: said so, nothing asked
    panel.sig_download_requested.emit(media.items[0].id)
    assert "Not connected" in panel.error.text() and len(calls) == 1
    harness.settle()


def test_the_attachment_list_shows_each_files_way_to_the_server(harness: Harness, window: MainWindow,
                                                                media: Media) -> None:
    panel = _panel(harness, window, media)
    assert set(panel.state_texts()) == {"waiting to be sent"}
    first = media.items[0]
    panel._on_media_progress(first.sha256, first.filename, first.size // 2, first.size)
    assert panel.state_texts()[0] == "sending 50 %"
    panel._on_media_progress(first.sha256, first.filename, first.size, first.size)
    assert panel.state_texts()[0] == "waiting to be sent"  # until the list reloads the committed state
    harness.settle()


def test_the_viewer_follows_the_upload_of_the_file_it_shows(harness: Harness, window: MainWindow,
                                                            media: Media) -> None:
    viewer = _viewer(harness, window, media.items, 0)
    _wait_state(harness, viewer, "image")
    att = media.items[0]
    assert viewer.state_value.text() == "waiting to be sent"
    viewer._on_media_progress(att.sha256, att.filename, att.size // 2, att.size)
    assert viewer.state_value.text() == "sending 50 %"
    viewer._on_media_progress(att.sha256, att.filename, att.size, att.size)
    assert viewer.state_value.text() == "sent"
    viewer.close()
    harness.settle()
