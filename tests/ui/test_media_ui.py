"""Media upload in the app (pytest-qt, offscreen): after a sync round the files go on a network thread; the
status bar names the file being sent with its percentage and warns of low disk space; an attachment list shows
each file's state (waiting / sending n % / sent / not sent: reason)."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldops.app import FieldOps
from fieldops.dto import AttachmentDTO
from fieldops.progress import CancelToken
from fieldops.sync.media import MediaReport
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, FAST_OPEN, WAIT_MS, Harness
from tests.ui.test_sync_ui import FakeServer, FakeSession, Link, RecordingEngine, sign_in
from ui import media_text
from ui.main_window import MainWindow
from ui.sync_controller import SyncController


class FakeMediaSync:
    """Reports progress like MediaSync and waits at half way until the test lets it go on."""

    def __init__(self, shared: dict[str, Any], progress: Any, cancel: CancelToken) -> None:
        self.shared, self.progress, self.cancel = shared, progress, cancel

    def run(self) -> MediaReport:
        self.shared["threads"].append(threading.current_thread())
        size = 8_000_000
        self.progress("ab" * 32, "night-video.mp4", size // 2, size)
        assert self.shared["gate"].wait(WAIT_MS / 1000)
        self.progress("ab" * 32, "night-video.mp4", size, size)
        return MediaReport(sent=1, bytes=size)

    def fetch(self, sha256: str, purpose: str) -> None:
        raise AssertionError


@pytest.fixture
def media_linked(harness: Harness, home: Path) -> Iterator[dict[str, Any]]:
    server = FakeServer()
    shared: dict[str, Any] = {"gate": threading.Event(), "threads": []}
    harness.start(home)
    harness.c.sync_factory = functools.partial(
        SyncController, session_factory=lambda lk: FakeSession(server, lk),
        engine_factory=lambda fo, _session: RecordingEngine(fo, server), link_loader=lambda _fo: Link(),
        forget=lambda _fo: None, probe=lambda _link, _session: server.check(),
        media_factory=lambda _fo, _session, progress, cancel: FakeMediaSync(shared, progress, cancel))
    yield shared
    shared["gate"].set()


def test_files_are_sent_after_the_records_off_the_gui_thread_with_progress(harness: Harness,
                                                                          media_linked: dict[str, Any]) -> None:
    harness.c.st.fo = FAST_OPEN(harness.c.home, ADMIN, ADMIN_PASSWORD)
    harness.c.open_main_window(ADMIN_PASSWORD)  # not harness.ready(): it would wait for the held upload
    window = harness.c.window
    assert window is not None
    harness.qtbot.waitUntil(lambda: window.sync_state == "synced", timeout=WAIT_MS)
    harness.qtbot.waitUntil(lambda: "Sending night-video.mp4: 50 %" in window.status_media.text(), timeout=WAIT_MS)
    assert window.status_media.isVisible()
    assert media_linked["threads"] and media_linked["threads"][0] is not threading.main_thread()
    assert window.sync is not None and window.sync.media.running
    media_linked["gate"].set()
    harness.qtbot.waitUntil(lambda: not window.sync.media.running, timeout=WAIT_MS)  # type: ignore[union-attr]
    harness.qtbot.waitUntil(lambda: "Sending" not in window.status_media.text(), timeout=WAIT_MS)
    harness.settle()


def test_low_disk_space_is_shown_in_the_status_bar(harness: Harness, media_linked: dict[str, Any]) -> None:
    media_linked["gate"].set()
    window: MainWindow = sign_in(harness, ADMIN, ADMIN_PASSWORD)
    fo: FieldOps = harness.c.st.require_fo()
    fo.settings.set("media.low_disk_mib", 1_000_000)  # more than this machine has free: "low"
    assert window.sync is not None
    window.sync.media.check_disk()
    harness.qtbot.waitUntil(lambda: "Low disk space" in window.status_media.text(), timeout=WAIT_MS)
    assert "free" in window.status_media.text() and window.status_media.toolTip()
    harness.settle()


def _dto(state: str, error: str | None = None) -> AttachmentDTO:
    from datetime import UTC, datetime

    return AttachmentDTO("a1", "operation", "o1", "ab" * 32, 10, "image/jpeg", "p.jpg", None, "X",
                         datetime.now(UTC), state, False, error, 0)


def test_state_words_for_every_file_state(harness: Harness) -> None:
    assert media_text.state_text(_dto("waiting")) == "waiting to be sent"
    assert media_text.state_text(_dto("waiting"), (5, 10)) == "sending 50 %"
    assert media_text.state_text(_dto("uploaded")) == "sent"
    assert media_text.state_text(_dto("remote")) == "on the server"
    failed = media_text.state_text(_dto("waiting", "server_full"))
    assert failed.startswith("not sent: ") and "disk is full" in failed
    from fieldops.sync.media import REASONS

    for reason in REASONS:  # every reason the uploader records has words
        assert media_text.reason_text(reason) != reason
