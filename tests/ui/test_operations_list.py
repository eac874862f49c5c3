"""The operations list: `OperationsModel` without a view (filters, sorting, lazy rows, stale answers, Qt's
model tester) and `OperationsView` in the running app (filter widgets, keyboard, refresh on changes).

Data: a 300-operation demo workspace built once per session and copied per test. Every expectation is
computed independently of the code under test, from the rows and raw SQL."""

from __future__ import annotations

import re
import shutil
import threading
import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QApplication

from fieldops import demo
from fieldops.app import FieldOps
from fieldops.changes import Changes
from fieldops.dto import OperationRow
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.keyslots import FAST_KDF
from fieldops.services.operation_list import OperationFilter, OperationListService, Order
from tests import factories
from tests.ui.conftest import FAST_OPEN, WAIT_MS, Harness, number_in
from ui import i18n, state, theme
from ui.events import EventHub
from ui.models.operations import ID_ROLE, PLACEHOLDER, ROW_ROLE, SORT_KEYS, Column, OperationsModel
from ui.ops import Op, Query
from ui.tasks import TaskRunner
from ui.views.operations import OperationsView

OFFICER = "officer.lv"
DISPLAY = Qt.ItemDataRole.DisplayRole


# ---- data --------------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("demo-ops") / "ws"
    demo.build(home, operations=300, items=20, kdf=FAST_KDF)
    return home


@pytest.fixture
def demo_home(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo"
    shutil.copytree(demo_template, target)
    return target


@pytest.fixture
def live(qapp: QApplication, qtbot: Any, demo_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FieldOps]:
    """The app state without a window: a task runner, the hub and the workspace open as officer.lv."""
    monkeypatch.setattr(state, "_state", None)
    i18n.set_language(qapp, "en")
    st = state.install(state.AppState(TaskRunner(), EventHub()))
    st.fo = FAST_OPEN(demo_home, OFFICER, demo.DEMO_PASSWORD)
    yield st.fo
    qtbot.waitUntil(lambda: not st.runner.busy, timeout=WAIT_MS)
    st.runner.shutdown()
    st.fo.close()


@pytest.fixture
def model(live: FieldOps) -> Iterator[OperationsModel]:
    m = OperationsModel(first_page=50)
    yield m
    m.deleteLater()


class Reference:
    """Everything the tests compare with, read straight from the workspace."""

    def __init__(self, fo: FieldOps) -> None:
        rowids = [r[0] for r in factories.rows(fo, "SELECT rowid FROM operation")]
        self.rows: dict[int, OperationRow] = {}
        for i in range(0, len(rowids), 1000):
            self.rows.update((r.rowid, r) for r in fo.operation_list.rows(rowids[i:i + 1000]))
        raw = factories.rows(fo, "SELECT rowid, id, agency_id, lead_id, vehicle, narrative FROM operation")
        self.agency_id = {r[0]: r[2] for r in raw}
        self.lead_id = {r[0]: r[3] for r in raw}
        self.text = {r[0]: " ".join((self.rows[r[0]].number, self.rows[r[0]].area_name, r[4] or "", r[5] or ""))
                     for r in raw}
        self.crews: dict[str, set[int]] = {}
        for rowid, user_id in factories.rows(
                fo, "SELECT o.rowid, c.user_id FROM operation_crew c JOIN operation o ON o.id = c.operation_id"):
            self.crews.setdefault(user_id, set()).add(rowid)

    def where(self, keep: Callable[[OperationRow], bool]) -> set[int]:
        return {rid for rid, r in self.rows.items() if keep(r)}

    def newest_first(self, rowids: set[int]) -> list[int]:
        return sorted(rowids, key=lambda rid: (self.rows[rid].start_at, rid), reverse=True)


@pytest.fixture
def ref(live: FieldOps) -> Reference:
    return Reference(live)


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def load(qtbot: Any, m: OperationsModel, filter_: OperationFilter, order: Order | None = None) -> list[int]:
    m.set_filter(filter_, order)
    qtbot.waitUntil(lambda: m.complete, timeout=WAIT_MS)
    return ids_of(m)


def ids_of(m: OperationsModel) -> list[int]:
    return [m.rowid_at(r) for r in range(m.rowCount())]  # type: ignore[misc]


# ---- the model, without a view -------------------------------------------------------------------------
def test_first_page_then_the_full_list_as_inserted_rows(qtbot: Any, model: OperationsModel, ref: Reference) -> None:
    resets, inserts = [], []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.rowsInserted.connect(lambda _p, first, last: inserts.append((first, last)))
    with qtbot.waitSignal(model.sig_first_page_loaded, timeout=WAIT_MS) as first:
        model.set_filter(OperationFilter())
    assert first.args == [50] and model.rowCount() == 50 and not model.complete
    assert model.is_loaded(0, 49), "the first page comes with its rows: nothing to wait for on screen"
    with qtbot.waitSignal(model.sig_ids_loaded, timeout=WAIT_MS) as full:
        pass
    total = len(ref.rows)
    assert full.args == [total] and model.rowCount() == total and model.complete
    assert resets == [50] and inserts == [(50, total - 1)], "the first 50 stay: the tail is inserted, no reset"
    assert ids_of(model) == ref.newest_first(set(ref.rows))


def test_a_new_filter_with_the_same_first_page_drops_the_old_tail(qtbot: Any, model: OperationsModel,
                                                                 ref: Reference) -> None:
    everything = load(qtbot, model, OperationFilter())
    cutoff = ref.rows[everything[59]].start_at  # 60 newest match, so the first page (50) is the same
    removed = []
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    with qtbot.waitSignal(model.sig_first_page_loaded, timeout=WAIT_MS):
        model.set_filter(OperationFilter(start_from=cutoff))
    assert model.rowCount() == 50 and removed == [(50, len(everything) - 1)], "no old rows under a new filter"
    qtbot.waitUntil(lambda: model.complete, timeout=WAIT_MS)
    assert ids_of(model) == ref.newest_first(ref.where(lambda r: r.start_at >= cutoff))


DAYS_AGO_300 = datetime.now(UTC) - timedelta(days=300)
DAYS_AGO_60, DAYS_AGO_30 = datetime.now(UTC) - timedelta(days=60), datetime.now(UTC) - timedelta(days=30)
FILTERS: dict[str, Callable[[FieldOps, Reference], tuple[OperationFilter, set[int]]]] = {
    "type": lambda fo, ref: (OperationFilter(types=("hunter_control",)),
                             ref.where(lambda r: r.type == "hunter_control")),
    "two types": lambda fo, ref: (OperationFilter(types=("public_order", "other")),
                                  ref.where(lambda r: r.type in ("public_order", "other"))),
    "status": lambda fo, ref: (OperationFilter(statuses=("draft",)), ref.where(lambda r: r.status == "draft")),
    "agency": lambda fo, ref: (OperationFilter(agency_ids=(factories.agency_id(fo, "KAVPK"),)),
                               {rid for rid, a in ref.agency_id.items() if a == factories.agency_id(fo, "KAVPK")}),
    "date range": lambda fo, ref: (OperationFilter(start_from=DAYS_AGO_60, start_to=DAYS_AGO_30),
                                   ref.where(lambda r: DAYS_AGO_60 <= r.start_at < DAYS_AGO_30)),
    "mine": lambda fo, ref: (OperationFilter(crew_member_id=fo.user.id), ref.crews[fo.user.id]),
    "text with diacritics folded": lambda fo, ref: (
        OperationFilter(text="nica"),
        {rid for rid, t in ref.text.items() if any(w.startswith("nica") for w in re.findall(r"\w+", fold(t)))}),
    "everything at once": lambda fo, ref: (
        OperationFilter(types=("traffic_monitoring",), statuses=("approved",),
                        agency_ids=(fo.user.agency_id,), start_from=DAYS_AGO_300, crew_member_id=fo.user.id),
        ref.crews[fo.user.id] & ref.where(lambda r: r.type == "traffic_monitoring" and r.status == "approved"
                                          and r.start_at >= DAYS_AGO_300)
        & {rid for rid, a in ref.agency_id.items() if a == fo.user.agency_id}),
}


@pytest.mark.parametrize("case", list(FILTERS))
def test_filters(qtbot: Any, live: FieldOps, model: OperationsModel, ref: Reference, case: str) -> None:
    filter_, expected = FILTERS[case](live, ref)
    assert 0 < len(expected) < len(ref.rows), "the demo data must make the filter meaningful"
    assert load(qtbot, model, filter_) == ref.newest_first(expected)


def test_text_search_finds_the_unaccented_spelling(qtbot: Any, model: OperationsModel, ref: Reference) -> None:
    shown = load(qtbot, model, OperationFilter(text="nica"))
    areas = {ref.rows[rid].area_name for rid in shown}
    assert any("Nīca" in a for a in areas), areas


def _sort_key(ref: Reference, column: Column) -> Callable[[int], Any]:
    return {
        Column.NUMBER: lambda rid: ref.rows[rid].number,
        Column.START: lambda rid: ref.rows[rid].start_at,
        Column.TYPE: lambda rid: ref.rows[rid].type,
        Column.STATUS: lambda rid: ref.rows[rid].status,
        Column.AGENCY: lambda rid: ref.agency_id[rid],
        Column.LEAD: lambda rid: ref.lead_id[rid],
        Column.AREA: lambda rid: ref.rows[rid].area_name.encode(),  # SQLite's BINARY collation: UTF-8 bytes
        Column.CHECKS: lambda rid: ref.rows[rid].check_count,
        Column.VIOLATIONS: lambda rid: ref.rows[rid].violation_count,
    }[column]


@pytest.mark.parametrize("column", list(Column), ids=[c.name.lower() for c in Column])
def test_sorting_by_each_column(qtbot: Any, model: OperationsModel, ref: Reference, column: Column) -> None:
    load(qtbot, model, OperationFilter())
    key = _sort_key(ref, column)
    for qt_order, descending in ((Qt.SortOrder.AscendingOrder, False), (Qt.SortOrder.DescendingOrder, True)):
        model.sort(column, qt_order)
        assert model.order == Order(SORT_KEYS[column], descending)
        qtbot.waitUntil(lambda: model.complete, timeout=WAIT_MS)
        expected = sorted(ref.rows, key=lambda rid: (key(rid), rid), reverse=descending)
        assert ids_of(model) == expected


def test_sort_with_the_same_order_runs_no_query(qtbot: Any, model: OperationsModel) -> None:
    load(qtbot, model, OperationFilter())
    generation = model.generation
    model.sort(Column.START, Qt.SortOrder.DescendingOrder)  # the default order
    model.sort(len(Column), Qt.SortOrder.AscendingOrder)  # no such column
    assert model.generation == generation


def test_rows_load_lazily_in_one_batched_query(qtbot: Any, live: FieldOps, monkeypatch: pytest.MonkeyPatch,
                                               ref: Reference) -> None:
    calls: list[tuple[str, str, int]] = []
    original_rows, original_find = OperationListService.rows, OperationListService.find_ids

    def rows(self: OperationListService, rowids: Any) -> list[OperationRow]:
        calls.append(("rows", threading.current_thread().name, len(rowids)))
        return original_rows(self, rowids)

    def find_ids(self: OperationListService, *args: Any, **kwargs: Any) -> list[int]:
        calls.append(("find_ids", threading.current_thread().name, 0))
        return original_find(self, *args, **kwargs)

    monkeypatch.setattr(OperationListService, "rows", rows)
    monkeypatch.setattr(OperationListService, "find_ids", find_ids)
    m = OperationsModel(first_page=20)
    load(qtbot, m, OperationFilter())
    qtbot.waitUntil(lambda: len(calls) == 3, timeout=WAIT_MS)  # first ids, their rows, all ids
    expected = ref.newest_first(set(ref.rows))
    before = len(calls)
    shown = [m.data(m.index(row, Column.NUMBER), DISPLAY) for row in range(150, 170)]
    assert shown == [PLACEHOLDER] * 20, "not cached yet: a placeholder, never a database call"
    assert m.data(m.index(150, Column.NUMBER), ID_ROLE) is None
    assert len(calls) == before, "data() does not query, not even later in the same event"
    with qtbot.waitSignal(m.sig_rows_fetched, timeout=WAIT_MS):
        pass
    fetches = calls[before:]
    assert len(fetches) == 1 and fetches[0][0] == "rows", "the 20 requests became one query"
    assert fetches[0][2] >= 100, "a window around the requested rows is fetched"
    assert all(thread.startswith("fieldops-db") for _kind, thread, _n in calls), "all on the DB thread"
    assert [m.data(m.index(row, Column.NUMBER), DISPLAY) for row in range(150, 170)] == [
        ref.rows[rid].number for rid in expected[150:170]]
    assert m.data(m.index(160, 0), ID_ROLE) == ref.rows[expected[160]].id
    assert m.data(m.index(160, 0), ROW_ROLE) == ref.rows[expected[160]]
    qtbot.wait(50)
    assert len(calls) == before + 1, "cached rows are not fetched again"


def test_the_row_cache_is_bounded(qtbot: Any, live: FieldOps) -> None:
    m = OperationsModel(first_page=20, cache_size=100)
    load(qtbot, m, OperationFilter())
    for row in (60, 120, 180, 240, 295):
        m.data(m.index(row, 0), DISPLAY)
        qtbot.waitUntil(lambda r=row: m.is_loaded(r, r), timeout=WAIT_MS)
    assert len(m._cache) <= 100
    assert not m.is_loaded(0, 10) and m.is_loaded(240, 240) and m.is_loaded(295, 295), "least recently used go"
    assert m.data(m.index(0, 0), DISPLAY) == PLACEHOLDER, "an evicted row is fetched again when shown"
    qtbot.waitUntil(lambda: m.is_loaded(0, 0), timeout=WAIT_MS)


def test_stale_answers_are_discarded(qtbot: Any, live: FieldOps, model: OperationsModel, ref: Reference,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """An older filter's answer that arrives after a newer request must not show."""
    original = OperationListService.find_ids
    started, release = threading.Event(), threading.Event()

    def slow_for_hunters(self: OperationListService, filter_: OperationFilter, order: Order,
                         limit: int | None = None, cancel: Any = None) -> list[int]:
        if filter_.types == ("hunter_control",):
            started.set()
            release.wait(5)
            return original(self, filter_, order, limit)  # too late to cancel: the answer is complete
        return original(self, filter_, order, limit, cancel)

    monkeypatch.setattr(OperationListService, "find_ids", slow_for_hunters)
    shown_at_reset: list[list[int]] = []
    model.modelReset.connect(lambda: shown_at_reset.append(ids_of(model)))
    model.set_filter(OperationFilter(types=("hunter_control",)))
    assert started.wait(5), "the hunters' query is running on the DB thread"
    model.set_filter(OperationFilter(types=("public_order",)))  # asked for while the first is still running
    release.set()
    qtbot.waitUntil(lambda: model.complete, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not state.get().runner.busy, timeout=WAIT_MS)
    expected = ref.newest_first(ref.where(lambda r: r.type == "public_order"))
    assert ids_of(model) == expected
    hunters = ref.where(lambda r: r.type == "hunter_control")
    assert all(not hunters & set(ids) for ids in shown_at_reset), "the hunters' answer never showed"


def test_queued_queries_of_an_old_filter_are_skipped(qtbot: Any, live: FieldOps, model: OperationsModel,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, ...]] = []
    original = OperationListService.find_ids

    def record(self: OperationListService, filter_: OperationFilter, order: Order, limit: int | None = None,
               cancel: Any = None) -> Any:
        seen.append(filter_.types)
        return original(self, filter_, order, limit, cancel)

    monkeypatch.setattr(OperationListService, "find_ids", record)
    gate = threading.Event()
    Query(None, lambda fo: gate.wait(5)).run()  # the DB thread is busy while the user types
    for types in (("hunter_control",), ("other",), ("public_order",)):
        model.set_filter(OperationFilter(types=types))
    gate.set()
    qtbot.waitUntil(lambda: model.complete, timeout=WAIT_MS)
    assert seen == [("public_order",), ("public_order",)], "only the newest filter reached the database"


def test_a_newer_filter_cancels_the_older_reads(qtbot: Any, live: FieldOps, model: OperationsModel,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    tokens: dict[tuple[str, ...], list[Any]] = {}
    original = OperationListService.find_ids

    def record(self: OperationListService, filter_: OperationFilter, order: Order, limit: int | None = None,
               cancel: Any = None) -> Any:
        tokens.setdefault(filter_.types, []).append(cancel)
        return original(self, filter_, order, limit, cancel)

    monkeypatch.setattr(OperationListService, "find_ids", record)
    load(qtbot, model, OperationFilter(types=("other",)))
    assert len(tokens[("other",)]) == 2 and not any(t.cancelled for t in tokens[("other",)])
    load(qtbot, model, OperationFilter(types=("public_order",)))
    assert all(t.cancelled for t in tokens[("other",)]), "a long read of the old list would stop (shared DB thread)"
    assert not any(t.cancelled for t in tokens[("public_order",)])


def test_refresh_keeps_the_list_and_shows_new_contents(qtbot: Any, live: FieldOps, model: OperationsModel,
                                                       ref: Reference) -> None:
    shown = load(qtbot, model, OperationFilter())
    top = ref.rows[shown[0]]
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    factories.execute(live, "UPDATE operation SET area_name = 'Rucava, pie robežas' WHERE rowid = :r", r=top.rowid)
    model.refresh()
    assert model.data(model.index(0, Column.AREA), DISPLAY) == top.area_name, "old text until the new arrives"
    qtbot.waitUntil(lambda: model.data(model.index(0, Column.AREA), DISPLAY) == "Rucava, pie robežas",
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: model.complete, timeout=WAIT_MS)
    assert resets == [] and ids_of(model) == shown, "same list: no reset, the position and selection survive"


def test_roles(qtbot: Any, live: FieldOps, model: OperationsModel, ref: Reference) -> None:
    shown = load(qtbot, model, OperationFilter())
    with_violations = next(i for i, rid in enumerate(shown[:50]) if ref.rows[rid].violation_count > 0)
    without = next(i for i, rid in enumerate(shown[:50]) if ref.rows[rid].violation_count == 0)
    t = theme.current()
    index = model.index(with_violations, Column.VIOLATIONS)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) == QColor(t.danger)
    assert model.data(model.index(without, Column.VIOLATIONS), Qt.ItemDataRole.ForegroundRole) is None
    row = ref.rows[shown[with_violations]]
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert str(row.violation_count) in tip and str(row.check_count) in tip
    alignment = model.data(index, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight.value
    status_colors = {"draft": t.muted, "submitted": t.accent, "returned": t.warning, "approved": t.success}
    for i, rid in enumerate(shown[:50]):
        status_index = model.index(i, Column.STATUS)
        assert model.data(status_index, Qt.ItemDataRole.ForegroundRole) == QColor(status_colors[ref.rows[rid].status])
        assert model.data(status_index, Qt.ItemDataRole.ToolTipRole)
        assert model.data(status_index, ID_ROLE) == ref.rows[rid].id
    assert [model.data(model.index(0, c), DISPLAY) for c in (Column.TYPE, Column.STATUS)] == [
        {"traffic_monitoring": "Traffic monitoring", "hunter_control": "Hunter control",
         "public_order": "Public order / event", "other": "Other operational activity"}[ref.rows[shown[0]].type],
        ref.rows[shown[0]].status.capitalize()]
    headers = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in Column]
    assert headers == ["Number", "Start", "Type", "Status", "Agency", "Lead", "Area", "Checks", "Violations"]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None


def test_start_shows_the_local_time_of_the_operations_agency(qtbot: Any, model: OperationsModel,
                                                             ref: Reference) -> None:
    shown = load(qtbot, model, OperationFilter())
    rows = [ref.rows[rid] for rid in shown[:50]]
    lv = next(i for i, r in enumerate(rows) if r.agency_short == "VP Kurzeme")
    other = next(i for i, r in enumerate(rows) if r.agency_short != "VP Kurzeme")
    with qtbot.waitSignal(model.dataChanged):
        model.set_timezones({"VP Kurzeme": "Asia/Tokyo"}, "Europe/Vilnius")
    for i, zone in ((lv, "Asia/Tokyo"), (other, "Europe/Vilnius")):
        local = rows[i].start_at.astimezone(ZoneInfo(zone))
        text = model.data(model.index(i, Column.START), DISPLAY)
        assert text.endswith(local.strftime(" %H:%M")) and str(local.year) in text and f"{local.day:02d}" in text
        assert zone in model.data(model.index(i, Column.START), Qt.ItemDataRole.ToolTipRole)


def test_a_failed_query_is_reported(qtbot: Any, model: OperationsModel) -> None:
    with qtbot.waitSignal(model.sig_load_failed, timeout=WAIT_MS) as failed:
        model.set_filter(OperationFilter(), Order("no_such_column"))
    error = failed.args[0]
    assert isinstance(error, FieldOpsError) and (error.code, error.field) == (ErrorCode.INVALID, "order")
    assert model.rowCount() == 0 and not model.complete


def test_qt_model_tester(qtbot: Any, qtlog: Any, live: FieldOps, ref: Reference) -> None:
    m = OperationsModel(first_page=30)
    QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Warning)
    load(qtbot, m, OperationFilter())
    m.data(m.index(200, 0), DISPLAY)
    qtbot.waitSignal(m.sig_rows_fetched, timeout=WAIT_MS)
    m.sort(Column.AREA, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: m.complete, timeout=WAIT_MS)
    load(qtbot, m, OperationFilter(types=("other",)))
    load(qtbot, m, OperationFilter(text="zzzzqqq"))
    load(qtbot, m, OperationFilter())
    m.refresh()
    qtbot.waitUntil(lambda: m.complete, timeout=WAIT_MS)
    m.restyle()
    m.retranslate()
    failures = [r.message for r in qtlog.records if "FAIL" in r.message or "QAbstractItemModelTester" in r.message]
    assert failures == []
    assert m.rowCount() == len(ref.rows)


# ---- the view in the running app -----------------------------------------------------------------------------
@pytest.fixture
def view(harness: Harness, demo_home: Path, qtbot: Any) -> OperationsView:
    harness.start(demo_home)
    harness.open_as(OFFICER, demo.DEMO_PASSWORD)
    v = OperationsView()
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    qtbot.waitExposed(v)
    qtbot.waitUntil(lambda: v.model.complete and v.agency_combo.count() > 1, timeout=WAIT_MS)
    return v


def settle(qtbot: Any, v: OperationsView) -> None:
    qtbot.waitUntil(lambda: v.model.complete and not state.get().runner.busy, timeout=WAIT_MS)


def visible_ids(v: OperationsView) -> list[int]:
    return ids_of(v.model)


def test_view_shows_the_newest_first_with_a_count(qtbot: Any, view: OperationsView) -> None:
    ref = Reference(state.get().require_fo())
    assert number_in(view.count_label.text()) == len(ref.rows)
    assert visible_ids(view) == ref.newest_first(set(ref.rows))
    assert view.table.horizontalHeader().sortIndicatorSection() == Column.START
    assert view.table.model() is view.model, "no proxy model"
    qtbot.waitUntil(lambda: view.model.is_loaded(0, 10), timeout=WAIT_MS)
    first = view.table.indexAt(QPoint(5, 5))
    assert first.row() == 0 and view.model.data(first, DISPLAY) == ref.rows[visible_ids(view)[0]].number
    assert view.new_button.isVisible(), "officers start operations"


def test_filter_widgets(qtbot: Any, view: OperationsView) -> None:
    fo = state.get().require_fo()
    ref = Reference(fo)
    view.type_combo.setCurrentIndex(view.type_combo.findData("hunter_control"))
    settle(qtbot, view)
    assert set(visible_ids(view)) == ref.where(lambda r: r.type == "hunter_control")
    view.status_combo.setCurrentIndex(view.status_combo.findData("approved"))
    settle(qtbot, view)
    assert set(visible_ids(view)) == ref.where(lambda r: r.type == "hunter_control" and r.status == "approved")
    assert number_in(view.count_label.text()) == view.model.rowCount()
    kavpk = factories.agency_id(fo, "KAVPK")
    view.agency_combo.setCurrentIndex(view.agency_combo.findData(kavpk))
    settle(qtbot, view)
    assert view.model.filter.agency_ids == (kavpk,)
    assert {ref.agency_id[rid] for rid in visible_ids(view)} <= {kavpk}
    view.clear_button.click()
    settle(qtbot, view)
    assert view.model.filter == OperationFilter() and len(visible_ids(view)) == len(ref.rows)
    view.mine.setChecked(True)
    settle(qtbot, view)
    assert set(visible_ids(view)) == ref.crews[fo.user.id]


def test_date_ranges_count_days_in_the_agency_time_zone(qtbot: Any, view: OperationsView) -> None:
    ref = Reference(state.get().require_fo())
    riga = ZoneInfo("Europe/Riga")
    today = datetime.now(riga).date()
    view.date_combo.setCurrentIndex(view.date_combo.findData("7d"))
    settle(qtbot, view)
    since = datetime(today.year, today.month, today.day, tzinfo=riga) - timedelta(days=6)
    assert view.model.filter.start_from == since
    assert set(visible_ids(view)) == ref.where(lambda r: r.start_at >= since)
    assert not view.date_from.isVisible()
    view.date_combo.setCurrentIndex(view.date_combo.findData("custom"))
    assert view.date_from.isVisible() and view.date_to.isVisible()
    first, last = today - timedelta(days=40), today - timedelta(days=20)
    view.date_from.setDate(first)
    view.date_to.setDate(last)
    lo = datetime(first.year, first.month, first.day, tzinfo=riga)
    hi = datetime(last.year, last.month, last.day, tzinfo=riga) + timedelta(days=1)  # the last day is included
    qtbot.waitUntil(lambda: (view.model.filter.start_from, view.model.filter.start_to) == (lo, hi), timeout=WAIT_MS)
    settle(qtbot, view)
    assert set(visible_ids(view)) == ref.where(lambda r: lo <= r.start_at < hi)
    view.date_combo.setCurrentIndex(view.date_combo.findData("any"))
    settle(qtbot, view)
    assert view.model.filter.start_from is None and not view.date_from.isVisible()


def test_text_search_is_debounced_and_folds_diacritics(qtbot: Any, view: OperationsView) -> None:
    ref = Reference(state.get().require_fo())
    generation = view.model.generation
    qtbot.keyClicks(view.search, "nica")
    assert view.model.generation == generation, "no query per keystroke"
    qtbot.waitUntil(lambda: view.model.filter.text == "nica", timeout=WAIT_MS)
    settle(qtbot, view)
    assert view.model.generation == generation + 1, "one query for the whole word"
    expected = {rid for rid, t in ref.text.items() if any(w.startswith("nica") for w in re.findall(r"\w+", fold(t)))}
    assert set(visible_ids(view)) == expected and expected
    view.search.setText("zzzzqqq")
    qtbot.waitUntil(lambda: view.model.filter.text == "zzzzqqq", timeout=WAIT_MS)
    settle(qtbot, view)
    assert view.model.rowCount() == 0 and number_in(view.count_label.text()) == 0
    assert view.empty_label.isVisible()
    view.search.setText("?!")  # no words: no text filter, and no error dialog
    qtbot.waitUntil(lambda: view.model.filter.text == "", timeout=WAIT_MS)
    settle(qtbot, view)
    assert not view.empty_label.isVisible() and view.model.rowCount() == len(ref.rows)


def test_header_click_sorts_in_sql(qtbot: Any, view: OperationsView) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.VIOLATIONS) + header.sectionSize(Column.VIOLATIONS) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert view.model.order.key == "violations"
    settle(qtbot, view)
    ref = Reference(state.get().require_fo())
    counts = [ref.rows[rid].violation_count for rid in visible_ids(view)]
    assert counts == sorted(counts, reverse=view.model.order.descending)


def test_keyboard(qtbot: Any, harness: Harness, view: OperationsView) -> None:
    view.activateWindow()
    qtbot.waitActive(view, timeout=WAIT_MS)
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    with qtbot.waitSignal(view.sig_new_requested, timeout=WAIT_MS):
        QTest.keyClick(view.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(2, 0))
    expected = view.model.data(view.model.index(2, 0), ID_ROLE)
    with qtbot.waitSignal(view.sig_open_requested, timeout=WAIT_MS) as opened:
        QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [expected] and isinstance(expected, str)
    requests: list[str] = []
    view.sig_open_requested.connect(requests.append)
    rect = view.table.visualRect(view.model.index(4, Column.AREA))
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert requests == [view.model.data(view.model.index(4, 0), ID_ROLE)], "one request per double-click"


def test_refreshes_when_an_operation_changes(qtbot: Any, view: OperationsView) -> None:
    before = view.model.rowCount()
    started = datetime.now(UTC) - timedelta(minutes=30)
    Op(view, lambda fo: fo.operations.create(type="hunter_control", start_at=started, area_name="Nīcas mežs")).run()
    qtbot.waitUntil(lambda: view.model.complete and view.model.rowCount() == before + 1, timeout=WAIT_MS)
    settle(qtbot, view)
    assert number_in(view.count_label.text()) == before + 1
    qtbot.waitUntil(lambda: view.model.data(view.model.index(0, Column.AREA), DISPLAY) == "Nīcas mežs",
                    timeout=WAIT_MS)
    generation = view.model.generation
    state.get().hub.sig_operation_executed.emit(Changes(entities=frozenset({"user"})), None)
    assert view.model.generation == generation, "changes to other things do not reload the list"


def test_view_in_the_night_theme(qtbot: Any, view: OperationsView, qapp: QApplication) -> None:
    theme.apply(qapp, "night")
    view.changeEvent(QEvent(QEvent.Type.StyleChange))  # what MainWindow.restyle() sends every page
    shown = visible_ids(view)
    ref = Reference(state.get().require_fo())
    row = next(i for i, rid in enumerate(shown[:20]) if ref.rows[rid].violation_count)
    qtbot.waitUntil(lambda: view.model.is_loaded(row, row), timeout=WAIT_MS)
    color = view.model.data(view.model.index(row, Column.VIOLATIONS), Qt.ItemDataRole.ForegroundRole)
    assert color == QColor(theme.NIGHT.danger)
