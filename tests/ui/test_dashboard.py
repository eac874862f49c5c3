"""The Dashboard page: who sees it, the numbers it shows are the core's, filters reload, charts export as PNG,
the theme switches live, pyqtgraph is imported only when the page is first shown, the period arithmetic."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QFileDialog

from fieldops.models.enums import Role
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.ui.conftest import FAST_OPEN, WAIT_MS, Harness, Person, add_person
from ui import theme
from ui.main_window import MainWindow
from ui.views.dashboard import CHARTS, DashboardView, period_bounds

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def supervisor(home: Path) -> Person:
    """A supervisor of VP Kurzeme, with tonight's and last week's work of an officer of the same agency."""
    person = add_person(home, Role.SUPERVISOR, full_name="Ilze Ozola")
    officer = add_person(home, Role.OFFICER, full_name="Jānis Liepiņš")
    fo = FAST_OPEN(home, officer.username, officer.password)
    try:
        now = datetime.now(UTC)
        for days, type_, checks in ((0, "traffic_monitoring", [
                ("administrative_protocol", {"alcohol_permille": [0.7], "speed_measured": 99, "speed_limit": 90}),
                ("no_violation", {"alcohol_permille": [0.0]})]),
                (3, "hunter_control", [("no_violation", {"species": "fox", "sight": "thermal", "position": "stand"})])):
            start = now - timedelta(days=days, hours=1)
            op_id = fo.operations.create(type=type_, start_at=start, actual=True).created_id
            assert op_id
            for outcome, facts in checks:
                fo.checks.add(op_id, kind="traffic" if type_.startswith("traffic") else "hunter",
                              at=start + timedelta(minutes=20), outcome=outcome, facts=facts)
    finally:
        fo.close()
    return person


def _keys(window: MainWindow) -> list[str]:
    return [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]


def _open_dashboard(harness: Harness, window: MainWindow) -> DashboardView:
    window.go(_keys(window).index("dashboard"))
    view = window.page("dashboard")
    assert isinstance(view, DashboardView)
    harness.qtbot.waitUntil(lambda: len(view.loaded) == len(CHARTS) + 1, timeout=WAIT_MS)
    harness.settle()
    return view


def test_the_page_is_for_supervisors_and_administrators(harness: Harness, home: Path, officer: Person) -> None:
    harness.start(home)
    assert "dashboard" not in _keys(harness.open_as(officer.username, officer.password))
    harness.shutdown()
    harness.start(home)
    assert "dashboard" in _keys(harness.open_as(ADMIN, ADMIN_PASSWORD))


def test_it_shows_the_core_numbers(harness: Harness, home: Path, supervisor: Person) -> None:
    harness.start(home)
    window = harness.open_as(supervisor.username, supervisor.password)
    view = _open_dashboard(harness, window)
    st = harness.c.st.require_fo().statistics
    f = view.filter
    assert f is not None and f.agency_ids == () and f.types == ()
    assert view.period.currentData() == "7d" and not view.agency.isVisible()  # a supervisor sees one agency
    per_night = st.operations_per_night(f)
    assert sum(k for _n, _t, k in per_night) == 2
    assert view.data["per_night"] == per_night
    bars = view.charts["per_night"]
    assert sum(sum(s.values) for s in bars.series) == 2  # type: ignore[attr-defined]
    alcohol = st.alcohol_bands(f)
    assert dict(alcohol)["0.51-1.5"] == 1 and dict(alcohol)["0"] == 1
    assert list(view.charts["alcohol"].series[0].values) == [n for _b, n in alcohol]  # type: ignore[attr-defined]
    categories = st.checks_by_category(f)
    assert view.data["categories"] == categories == [("hunter", "night_sight", 1, 0), ("traffic", "general", 2, 1)]
    assert view.data["hunter"] == st.hunter_checks(f) == [("fox", "thermal", 1)]
    assert view.data["night"] == st.night_context(f)
    overdue, maintenance = st.equipment_counts()
    assert (view.overdue.value.text(), view.maintenance.value.text()) == (str(overdue), str(maintenance))
    assert all(card.state.text() != "Failed" for card in view.charts.values())
    # the read-out names the value under the mouse
    card = view.charts["alcohol"]
    card.plot.scene().sigMouseMoved.emit(card.item.vb.mapViewToScene(QPointF(0.1, 0.5)))  # over the "0 ‰" bar
    assert card.readout.text() == "0 ‰ — Checks: 1"
    card.plot.scene().sigMouseMoved.emit(QPointF(-50, -50))  # off the plot: nothing
    assert card.readout.text() == ""


def test_a_filter_change_reloads(harness: Harness, home: Path, supervisor: Person) -> None:
    harness.start(home)
    window = harness.open_as(supervisor.username, supervisor.password)
    view = _open_dashboard(harness, window)
    view.type.setCurrentIndex(view.type.findData("hunter_control"))
    harness.qtbot.waitUntil(lambda: view.filter is not None and view.filter.types == ("hunter_control",)
                            and len(view.loaded) == len(CHARTS) + 1, timeout=WAIT_MS)
    harness.settle()
    st = harness.c.st.require_fo().statistics
    assert view.data["categories"] == st.checks_by_category(view.filter) == [("hunter", "night_sight", 1, 0)]
    assert {t for _n, t, _k in view.data["per_night"]} == {"hunter_control"}
    view.period.setCurrentIndex(view.period.findData("night"))
    harness.qtbot.waitUntil(lambda: view.filter is not None and view.filter.end - view.filter.start
                            == timedelta(days=1) and len(view.loaded) == len(CHARTS) + 1, timeout=WAIT_MS)
    harness.settle()
    assert view.data["categories"] == st.checks_by_category(view.filter)
    view.period.setCurrentIndex(view.period.findData("custom"))
    assert view.date_from.isVisible() and view.date_to.isVisible()


def test_an_answer_for_an_older_filter_is_ignored(harness: Harness, home: Path, supervisor: Person) -> None:
    harness.start(home)
    view = _open_dashboard(harness, harness.open_as(supervisor.username, supervisor.password))
    before = view.data["categories"]
    from fieldops.progress import CancelToken

    view._on_loaded("categories", CancelToken(), [("other", "assistance", 99, 99)])
    assert view.data["categories"] == before


def test_export_chart_as_png(harness: Harness, home: Path, supervisor: Person, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    harness.start(home)
    view = _open_dashboard(harness, harness.open_as(supervisor.username, supervisor.password))
    asked: list[str] = []

    def save_dialog(_parent: Any, title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "night-chart"), "PNG images (*.png)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    for key in ("per_night", "equipment", "night"):
        view.charts[key].export_button.click()
        target = tmp_path / "night-chart.png"
        data = target.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 1000
        target.unlink()
    assert asked[0].startswith("fieldops-per_night-") and asked[0].endswith(".png")


def test_the_theme_switches_live(harness: Harness, home: Path, supervisor: Person) -> None:
    harness.start(home)
    view = _open_dashboard(harness, harness.open_as(supervisor.username, supervisor.password))
    harness.c.apply_theme("night")
    harness.qtbot.wait(50)
    for card in view.charts.values():
        assert card.tokens.name == "night"
        assert card.plot.backgroundBrush().color().name() == theme.NIGHT.surface
    harness.c.apply_theme("day")
    assert all(card.plot.backgroundBrush().color().name() == theme.DAY.surface for card in view.charts.values())


LAZY_SCRIPT = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtWidgets import QApplication
    from fieldops.app import FieldOps
    from fieldops.keyslots import FAST_KDF
    from fieldops.models.enums import Role
    app = QApplication([])
    from ui.resources import register_search_paths
    register_search_paths()
    from ui.app import Controller
    home = Path(sys.argv[1])
    fo = FieldOps.create(home, username="admin", full_name="Admin", password="correct-horse-1", kdf=FAST_KDF)
    agency = fo.users.agencies()[0].id
    fo.users.create(username="sup", full_name="Super Visor", agency_id=agency, roles=[Role.SUPERVISOR],
                    password="correct-horse-1")
    fo.close()
    c = Controller(app, home)
    c.st.fo = FieldOps.open(home, "sup", "correct-horse-1", kdf=FAST_KDF)
    c.open_main_window()
    w = c.window
    deadline = time.monotonic() + 10
    while c.st.runner.busy and time.monotonic() < deadline:
        app.processEvents()
    print("before", "pyqtgraph" in sys.modules)
    keys = [w.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.nav.count())]
    w.go(keys.index("dashboard"))
    view = w.page("dashboard")
    deadline = time.monotonic() + 30
    while not view.charts and time.monotonic() < deadline:
        app.processEvents()
    print("after", "pyqtgraph" in sys.modules)
    while c.st.runner.busy and time.monotonic() < deadline:
        app.processEvents()
    c._close_window()
    c.shutdown()
""")


def test_pyqtgraph_is_imported_only_when_the_page_is_first_shown(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", LAZY_SCRIPT, str(tmp_path / "ws")], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.split()
    assert lines[lines.index("before") + 1] == "False"  # the main window is up, the dashboard not shown yet
    assert lines[lines.index("after") + 1] == "True"


@pytest.mark.parametrize(("now_local", "period", "first", "last"), [
    (datetime(2026, 11, 26, 3, 0), "night", date(2026, 11, 25), date(2026, 11, 25)),  # 03:00: last evening's
    (datetime(2026, 11, 26, 13, 0), "night", date(2026, 11, 26), date(2026, 11, 26)),
    (datetime(2026, 11, 26, 3, 0), "7d", date(2026, 11, 19), date(2026, 11, 25)),
    (datetime(2026, 12, 1, 3, 0), "month", date(2026, 11, 1), date(2026, 11, 30)),  # still November's last night
    (datetime(2026, 11, 26, 20, 0), "12m", date(2025, 12, 1), date(2026, 11, 30)),
    (datetime(2026, 3, 29, 20, 0), "night", date(2026, 3, 29), date(2026, 3, 29)),  # first night of summer time
])
def test_periods_are_whole_nights(now_local: datetime, period: str, first: date, last: date) -> None:
    riga = ZoneInfo("Europe/Riga")
    start, end = period_bounds(period, now_local.replace(tzinfo=riga), "Europe/Riga")
    assert start == datetime(first.year, first.month, first.day, 12, tzinfo=riga)
    assert end == datetime(last.year, last.month, last.day, 12, tzinfo=riga) + timedelta(days=1)


def test_custom_period_takes_the_nights_in_either_order() -> None:
    riga = ZoneInfo("Europe/Riga")
    now = datetime(2026, 11, 26, 3, 0, tzinfo=riga)
    assert period_bounds("custom", now, "Europe/Riga", date(2026, 11, 10), date(2026, 11, 3)) == (
        datetime(2026, 11, 3, 12, tzinfo=riga), datetime(2026, 11, 11, 12, tzinfo=riga))


def test_the_dashboard_follows_changes_made_elsewhere(harness: Harness, home: Path, supervisor: Person) -> None:
    """A check logged while the page is open is counted after a short delay (edits in a burst settle)."""
    harness.start(home)
    view = _open_dashboard(harness, harness.open_as(supervisor.username, supervisor.password))
    fo = harness.c.st.require_fo()
    start = datetime.now(UTC) - timedelta(hours=2)
    from ui.ops import Op

    Op(view, lambda fo: fo.operations.create(type="other", start_at=start)).run()
    harness.settle()
    harness.qtbot.waitUntil(lambda: sum(k for _n, _t, k in view.data.get("per_night", [])) == 3,
                            timeout=WAIT_MS)
    assert view.data["per_night"] == fo.statistics.operations_per_night(view.filter)  # type: ignore[arg-type]


def test_a_failure_is_reported_once_per_reload(harness: Harness, home: Path, supervisor: Person,
                                               monkeypatch: pytest.MonkeyPatch, message_boxes: Any) -> None:
    from fieldops.errors import ErrorCode, FieldOpsError
    from fieldops.services.statistics import StatisticsService

    harness.start(home)
    view = _open_dashboard(harness, harness.open_as(supervisor.username, supervisor.password))

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise FieldOpsError(ErrorCode.NOT_PERMITTED)

    for name in ("checks_by_category", "alcohol_bands", "hunter_checks"):
        monkeypatch.setattr(StatisticsService, name, refuse)
    view.reload()
    harness.settle()
    assert [kind for kind, _title, _text in message_boxes.take()] == ["exec"]
    assert [k for k, card in view.charts.items() if card.state.text() == "Failed"] == ["categories", "alcohol",
                                                                                         "hunter"]
