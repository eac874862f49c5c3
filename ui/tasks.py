"""One helper for background work: a single DB thread (SQLite access is serialised) and a small network
pool. Results come back to the GUI thread through a queued signal; no QThread subclasses."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot


class TaskRunner(QObject):
    sig_finished = Signal(object)  # (callback, future): delivered on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fieldops-db")
        self._net = ThreadPoolExecutor(max_workers=2, thread_name_prefix="fieldops-net")
        self._pending = 0
        self.sig_finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    def run_db(self, fn: Callable[[], Any], on_done: Callable[[Future[Any]], None]) -> Future[Any]:
        return self._submit(self._db, fn, on_done)

    def run_net(self, fn: Callable[[], Any], on_done: Callable[[Future[Any]], None]) -> Future[Any]:
        return self._submit(self._net, fn, on_done)

    def run_on_main(self, fn: Callable[[], None]) -> None:
        """Call `fn` on the GUI thread (from any thread)."""
        done: Future[Any] = Future()
        done.set_result(None)
        self.sig_finished.emit((lambda _f: fn(), done, False))

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _submit(self, pool: ThreadPoolExecutor, fn: Callable[[], Any],
                on_done: Callable[[Future[Any]], None]) -> Future[Any]:
        self._pending += 1
        future = pool.submit(fn)
        future.add_done_callback(lambda f: self.sig_finished.emit((on_done, f, True)))
        return future

    @Slot(object)
    def _on_finished(self, item: tuple[Callable[[Future[Any]], None], Future[Any], bool]) -> None:
        callback, future, counted = item
        try:
            callback(future)
        finally:
            if counted:
                self._pending -= 1

    def shutdown(self) -> None:
        self._db.shutdown(wait=True)
        self._net.shutdown(wait=False, cancel_futures=True)
