"""Cyclic garbage is collected on the GUI thread only while the app runs (ui/gc_guard.py)."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from ui.gc_guard import GuiThreadCollector

N = 3 * gc.get_threshold()[0]


class _Cycle:
    collected_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.collected_on.append(threading.current_thread().name)


def test_garbage_made_on_a_worker_thread_is_collected_on_the_gui_thread(qtbot: QtBot) -> None:
    collector = GuiThreadCollector(interval_ms=20)
    try:
        assert not gc.isenabled()
        _Cycle.collected_on.clear()

        def churn() -> None:  # past the first threshold: automatic collection would run here, on this thread
            for _ in range(N):
                _Cycle()

        worker = threading.Thread(target=churn, name="db-worker")
        worker.start()
        worker.join()
        assert _Cycle.collected_on == []  # nothing was collected on the worker
        qtbot.waitUntil(lambda: len(_Cycle.collected_on) == N, timeout=5000)
        assert set(_Cycle.collected_on) == {threading.current_thread().name}
    finally:
        collector.stop()
    assert gc.isenabled()
