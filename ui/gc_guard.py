"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, a collection runs on whichever thread allocates past the threshold: often the DB or network
thread. Collecting a closed page's Qt objects there (pyqtgraph's chart items hold reference cycles) destroys
them off the GUI thread: "QBasicTimer::start: Timers cannot be started from another thread", and once a
deadlock in the P7 dashboard bench. So while the app runs, automatic collection is off and the GUI thread
collects on a timer, generation by generation with the interpreter's own thresholds (the approach of
pyqtgraph's `GarbageCollector`, here without importing pyqtgraph at start-up).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds (what automatic collection would do)."""
        g0, g1, g2 = gc.get_count()
        if g0 > self.threshold[0]:
            gc.collect(0)
            if g1 > self.threshold[1]:
                gc.collect(1)
                if g2 > self.threshold[2]:
                    gc.collect(2)

    def stop(self) -> None:
        """At shutdown: a last collection here, and automatic collection as it was."""
        self.timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
