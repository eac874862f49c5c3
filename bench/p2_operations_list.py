"""P2 big lists: the operations list over 1,000,000 operations (QUALITY.md: first rows shown < 150 ms, a filter
or sort < 250 ms, scrolling never stalls the GUI thread > 50 ms, RSS < 400 MB).

One process, offscreen. Baselines in the same run: a plain QTableView over a QStandardItemModel with 200
rows (the time to show them, the heartbeat gaps while scrolling it, the process RSS before the workspace
opens). Each line prints the ratio to its baseline; the target is the QUALITY.md budget expressed in the same
ratio (budget / baseline), so PASS means the absolute budget was met. GUI-thread stalls are measured with a
5 ms heartbeat QTimer: the longest gap between two beats while the list loads or scrolls.

    python -m bench.p2_operations_list [--operations N] [--runs 5] [--jumps 300]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from bench.common import report, workspace

FIRST_ROWS_MS, FILTER_MS, STALL_MS, RSS_MB = 150.0, 250.0, 50.0, 400.0
PAGE = 200


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


class Heartbeat:
    """A 5 ms timer on the GUI thread; `max_gap_ms` is the longest time it could not run."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer(interval=5, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._beat)
        self.gaps: list[float] = []
        self.last = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def start(self) -> None:
        self.gaps.clear()
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self._beat()
        return self.max_gap_ms

    @property
    def max_gap_ms(self) -> float:
        return max(self.gaps, default=0.0) * 1000.0


def pump(ms: float) -> None:
    """Process events for `ms` without sleeping on the GUI thread (QTest.qWait sleeps between rounds)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(max(0, round(ms)), loop.quit)
    loop.exec()


def until(cond: Callable[[], bool], timeout_s: float = 120.0) -> float:
    """Process events until `cond()`; returns the seconds it took (checked every event-loop round)."""
    from PySide6.QtCore import QEventLoop, QTimer

    started = time.perf_counter()
    if cond():
        return 0.0
    loop = QEventLoop()
    poll = QTimer(interval=1)

    def check() -> None:
        if cond() or time.perf_counter() - started > timeout_s:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if not cond():
        raise TimeoutError("condition not met")
    return time.perf_counter() - started


# ---- the baseline: 200 rows in a QStandardItemModel -----------------------------------------------------
def baseline_show(table: Any) -> float:
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    started = time.perf_counter()
    model = QStandardItemModel(PAGE, 9, table)
    for r in range(PAGE):
        for c in range(9):
            model.setItem(r, c, QStandardItem(f"LPP-2026-{r:06d}" if c == 0 else f"cell {r}.{c}"))
    old = table.model()
    table.setModel(model)
    table.viewport().repaint()
    elapsed = time.perf_counter() - started
    if old is not None:
        old.deleteLater()
    return elapsed * 1000.0


def baseline_scroll_stall(table: Any, beat: Heartbeat) -> float:
    bar = table.verticalScrollBar()
    beat.start()
    for value in list(range(0, bar.maximum() + 1, 3)) * 3:
        bar.setValue(value)
        pump(16)
    return beat.stop()


# ---- the operations list ---------------------------------------------------------------------------------
class Probe:
    def __init__(self, view: Any) -> None:
        self.view, self.model = view, view.model

    def first_rows_present(self) -> bool:
        m = self.model
        return m.rowCount() > 0 and m.is_loaded(0, min(PAGE, m.rowCount()) - 1)

    def visible_loaded(self) -> bool:
        t = self.view.table
        first = max(0, t.rowAt(0))
        last = t.rowAt(t.viewport().height() - 1)
        last = self.model.rowCount() - 1 if last < 0 else last
        return self.model.is_loaded(first, last)

    def first_rows(self, change: Callable[[], None]) -> float:
        """ms from `change()` to the first 200 rows of the new list in the model and painted."""
        self.model.clear_cache()
        started = time.perf_counter()
        change()
        until(self.first_rows_present)
        self.view.table.viewport().repaint()
        return (time.perf_counter() - started) * 1000.0

    def settle(self) -> None:
        from ui import state

        runner = state.get().runner
        until(lambda: self.model.complete and not runner.busy)


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--operations", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jumps", type=int, default=300, help="scrollbar jumps through the whole list")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])
    from ui import i18n, theme
    from ui.resources import register_search_paths

    register_search_paths()
    i18n.set_language(app, "en")
    theme.apply(app, "day")
    beat = Heartbeat()

    table = QTableView()
    table.resize(1280, 800)
    table.show()
    baseline_show(table)  # warm-up: fonts, style, first paint
    base_ms = median([baseline_show(table) for _ in range(max(3, args.runs))])
    base_stall = baseline_scroll_stall(table, beat)
    table.close()
    base_rss = rss_mb()

    home = workspace(args.operations)
    from fieldops.app import FieldOps
    from fieldops.demo import DEMO_PASSWORD
    from fieldops.services.operation_list import OperationFilter, Order
    from ui import state
    from ui.events import EventHub
    from ui.models.operations import Column
    from ui.tasks import TaskRunner
    from ui.views.operations import OperationsView

    st = state.install(state.AppState(TaskRunner(), EventHub()))
    st.fo = FieldOps.open(home, "officer.lv", DEMO_PASSWORD)
    total = st.fo.operation_list.count(OperationFilter())

    # Opening the list, cold (nothing of the list read since the workspace opened). The heartbeat starts once
    # the page is built: building widgets is not the list's loading.
    started = time.perf_counter()
    view = OperationsView()
    view.resize(1280, 800)
    view.show()
    build_ms = (time.perf_counter() - started) * 1000.0
    beat.start()
    probe = Probe(view)
    until(probe.first_rows_present)
    view.table.viewport().repaint()
    open_first = (time.perf_counter() - started) * 1000.0
    until(lambda: view.model.complete)
    open_full = (time.perf_counter() - started) * 1000.0
    open_stall = beat.stop()
    probe.settle()

    everything = OperationFilter()
    warm_first, warm_full, load_stalls = [], [], []
    for _ in range(args.runs):
        beat.start()
        started = time.perf_counter()
        warm_first.append(probe.first_rows(lambda: view.model.set_filter(everything, Order())))
        until(lambda: view.model.complete)
        warm_full.append((time.perf_counter() - started) * 1000.0)
        load_stalls.append(beat.stop())
        probe.settle()

    def timed(change: Callable[[], None], reset: Callable[[], None]) -> list[float]:
        samples = []
        for _ in range(args.runs):
            reset()
            probe.settle()
            samples.append(probe.first_rows(change))
            probe.settle()
        return samples

    def to_all() -> None:
        view.table.sortByColumn(Column.START, Qt.SortOrder.DescendingOrder)  # header and model: newest first
        if view.model.filter != everything:
            view.model.set_filter(everything, Order())

    hunters = OperationFilter(types=("hunter_control",), statuses=("approved",))
    filter_ms = timed(lambda: view.model.set_filter(hunters), to_all)
    text_ms = timed(lambda: view.model.set_filter(OperationFilter(text="nica")), to_all)
    sort_area = timed(lambda: view.table.sortByColumn(Column.AREA, Qt.SortOrder.AscendingOrder), to_all)
    sort_violations = timed(lambda: view.table.sortByColumn(Column.VIOLATIONS, Qt.SortOrder.DescendingOrder),
                            to_all)
    # A filter change while the previous filter's full id list is still being read (its first page shown):
    # the single DB thread finishes that query first.
    busy_ms = []
    for _ in range(args.runs):
        to_all()
        probe.settle()
        probe.first_rows(lambda: view.model.set_filter(OperationFilter(types=("traffic_monitoring",))))
        busy_ms.append(probe.first_rows(lambda: view.model.set_filter(hunters)))
        probe.settle()
    to_all()
    probe.settle()

    # Scrolling: scrollbar jumps through the whole list, then wheel-like steps, heartbeat running.
    bar = view.table.verticalScrollBar()
    fill_ms: list[float] = []
    beat.start()
    for i in range(args.jumps + 1):
        bar.setValue(round(bar.maximum() * i / args.jumps))
        started = time.perf_counter()
        pump(5)
        until(probe.visible_loaded, 10)
        fill_ms.append((time.perf_counter() - started) * 1000.0)
        pump(10)
    for _ in range(300):
        bar.setValue(bar.value() - 3)
        pump(16)
    scroll_stall = beat.stop()
    gaps = sorted(beat.gaps)
    p99 = gaps[int(len(gaps) * 0.99)] * 1000.0 if gaps else 0.0
    rss = rss_mb()

    def line(name: str, ms: float, baseline: float, budget: float, **extra: Any) -> None:
        report(f"P2 operations list: {name}", {
            "operations": total, "ms": round(ms, 1), "target_ms": budget, "baseline_ms": round(baseline, 1),
            **extra}, ms / baseline, budget / baseline)

    line("first rows shown, opening the list (cold)", open_first, base_ms, FIRST_ROWS_MS,
         of_which_building_the_page_ms=round(build_ms, 1))
    line("first rows shown, set_filter (warm, median)", median(warm_first), base_ms, FIRST_ROWS_MS,
         runs=args.runs, max_ms=round(max(warm_first), 1))
    line("filter type=hunter_control + status=approved to first rows", median(filter_ms), base_ms, FILTER_MS,
         runs=args.runs, max_ms=round(max(filter_ms), 1))
    line("sort by area to first rows", median(sort_area), base_ms, FILTER_MS, runs=args.runs,
         max_ms=round(max(sort_area), 1))
    line("sort by violations to first rows", median(sort_violations), base_ms, FILTER_MS, runs=args.runs,
         max_ms=round(max(sort_violations), 1))
    line("text search 'nica' to first rows", median(text_ms), base_ms, FILTER_MS, runs=args.runs,
         max_ms=round(max(text_ms), 1))
    line("filter change while the previous full id list still loads", median(busy_ms), base_ms, FILTER_MS,
         runs=args.runs, max_ms=round(max(busy_ms), 1))
    line("longest GUI stall while the full id list loads", max(load_stalls), base_stall, STALL_MS,
         runs=args.runs, opening_cold_ms=round(open_stall, 1), full_list_cold_ms=round(open_full),
         full_list_warm_ms=round(median(warm_full)))
    line("longest GUI stall scrolling the whole list", scroll_stall, base_stall, STALL_MS, jumps=args.jumps,
         p99_gap_ms=round(p99, 1), visible_rows_filled_median_ms=round(median(fill_ms), 1),
         visible_rows_filled_max_ms=round(max(fill_ms), 1))
    report("P2 operations list: process RSS (ru_maxrss)", {
        "operations": total, "rss_mb": round(rss), "target_mb": RSS_MB, "baseline_rss_mb": round(base_rss)},
        rss / base_rss, RSS_MB / base_rss)

    view.close()
    until(lambda: not st.runner.busy)
    st.runner.shutdown()
    st.fo.close()


if __name__ == "__main__":
    main()
