"""Media upload in the background, beside the record sync (`fieldops.sync.media` does the work).

After each successful sync round the controller sends the files that wait, on a network thread of its own
(a long video never holds back the next round of records), over the sync controller's signed-in session.
Progress reaches the GUI as queued signals: the status bar shows the file being sent, the attachment lists
show "sending n %". It also fetches a file another laptop sent (the viewer's "Download from server") and
checks the free disk space after each round (the low-disk warning).

Signals:
    sig_progress(sha256, file name, bytes the server holds, size)
    sig_finished(report or None)      a round ended (None: it was interrupted; the files stay waiting)
    sig_disk(free bytes, low)         after each round and at start
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from fieldops.changes import Changes
from fieldops.progress import CancelToken

if TYPE_CHECKING:
    from fieldops.app import FieldOps
    from ui.events import EventHub
    from ui.tasks import TaskRunner

log = logging.getLogger("fieldops.ui.media")
SENT = Changes(entities=frozenset({"attachment", "media", "sync"}))
MediaFactory = Callable[["FieldOps", Any, Any, CancelToken], Any]  # (fo, session, progress, cancel) -> MediaSync


def _new_media(fo: FieldOps, session: Any, progress: Any, cancel: CancelToken) -> Any:
    from fieldops.sync.media import MediaSync
    from fieldops.sync.transport import HttpMediaTransport

    return MediaSync(fo, HttpMediaTransport(session), progress=progress, cancel=cancel)


class MediaController(QObject):
    sig_progress = Signal(str, str, object, object)
    sig_finished = Signal(object)
    sig_disk = Signal(object, bool)

    def __init__(self, fo: FieldOps, runner: TaskRunner, hub: EventHub, session: Callable[[], Any],
                 media_factory: MediaFactory | None = None, parent: QObject | None = None) -> None:
        """`session()` returns the sync controller's signed-in session, or None while offline."""
        super().__init__(parent)
        self.fo, self.runner, self.hub, self._session = fo, runner, hub, session
        self._factory = media_factory or _new_media
        self._cancel = CancelToken()
        self._running = False
        self._stopped = False
        self.sending: dict[str, tuple[str, int, int]] = {}  # sha256 -> (file name, done, size), while sending
        self.error = ""  # why the last round stopped early (a lost connection), in English for the log/tooltip
        self.sig_progress.connect(self._on_progress)

    @property
    def running(self) -> bool:
        return self._running

    def stop(self) -> None:
        self._stopped = True
        self._cancel.cancel()

    # ---- uploads -------------------------------------------------------------------------------------------
    def start(self) -> bool:
        """Send what waits, unless a round is running or there is no session; True if a round started."""
        session = self._session()
        if self._running or self._stopped or session is None:
            return False
        self._running, self.error = True, ""
        fo, factory, cancel = self.fo, self._factory, self._cancel

        def progress(sha256: str, name: str, done: int, size: int) -> None:  # a network thread: queued emit
            self.sig_progress.emit(sha256, name, done, size)

        def work() -> Any:
            return factory(fo, session, progress, cancel).run()

        self.runner.run_net(work, self._on_finished)
        return True

    def _on_progress(self, sha256: str, name: str, done: int, size: int) -> None:
        if done >= size:  # committed: its attachments are "sent" now, and one file fewer waits
            self.sending.pop(sha256, None)
            self.hub.sig_operation_executed.emit(SENT, self)
        else:
            self.sending[sha256] = (name, int(done), int(size))

    def _on_finished(self, future: Future[Any]) -> None:
        self._running = False
        self.sending.clear()
        if self._stopped:
            return
        exc = future.exception()
        report = None
        if exc is not None:
            from fieldops.progress import Cancelled

            if not isinstance(exc, Cancelled):
                self.error = str(exc)
                log.warning("media upload stopped: %s", exc)
        else:
            report = future.result()
        self.hub.sig_operation_executed.emit(SENT, self)
        self.sig_finished.emit(report)
        self.check_disk()

    # ---- fetching ------------------------------------------------------------------------------------------
    def fetch(self, attachment_id: str, purpose: str, on_done: Callable[[Future[Any]], None]) -> bool:
        """Download an attachment's file from the server into the local store; False while offline."""
        session = self._session()
        if session is None:
            return False
        fo, factory, cancel = self.fo, self._factory, self._cancel

        def work() -> str:
            sha256 = fo.attachments.get(attachment_id).sha256
            factory(fo, session, None, cancel).fetch(sha256, purpose)
            return sha256

        def done(future: Future[Any]) -> None:
            if not self._stopped:
                on_done(future)

        self.runner.run_net(work, done)
        return True

    # ---- disk ------------------------------------------------------------------------------------------------
    def check_disk(self) -> None:
        from fieldops.sync.media import free_space

        fo = self.fo

        def done(future: Future[Any]) -> None:
            if not self._stopped and future.exception() is None:
                free, low = future.result()
                self.sig_disk.emit(free, low)

        self.runner.run_db(lambda: free_space(fo), done)
