"""Dashboard (supervisors, administrators): operations per night, checks and violations, alcohol results,
hunter checks, equipment utilization and the night context, from `fo.statistics`.

The charts (pyqtgraph, `ui.widgets.charts`) are built when the page is first shown: importing pyqtgraph
costs more than the start-up budget allows (P1). Every aggregate is one `Query` on the DB thread; a filter
change cancels the queries still running (the core interrupts SQLite within milliseconds), so a year at
1,000,000 operations never holds the GUI thread or the next filter back.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QLocale, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldops.changes import Changes
from fieldops.dto import AgencyDTO
from fieldops.models.enums import OperationType, Role
from fieldops.progress import Cancelled, CancelToken
from fieldops.services.statistics import UNSPECIFIED, StatsFilter
from ui import state, theme
from ui.errors import show_error
from ui.ops import Query
from ui.rules_text import rules_label
from ui.vocab import check_kind, operation_type, other_category, sight

if TYPE_CHECKING:
    from fieldops.app import FieldOps
    from ui.widgets.charts import ChartCard

PERIODS = ("night", "7d", "month", "12m", "custom")
BUILD_STEP_MS = 20  # between two charts built on the first show
RELOAD_DELAY_MS = 1500  # after a change elsewhere: let a burst of edits settle before counting again
# The order the queries run in: the cheap ones (operations' covering index) first, the checks' last.
CHARTS = ("per_night", "night", "equipment", "categories", "alcohol", "hunter", "rules")
# Where each chart sits in the grid (row, column, row span, column span).
LAYOUT = (("per_night", (0, 0, 1, 2)), ("night", (1, 0, 1, 2)), ("categories", (2, 0, 1, 1)),
          ("rules", (2, 1, 1, 1)), ("alcohol", (3, 0, 1, 1)), ("hunter", (3, 1, 1, 1)), ("equipment", (4, 0, 1, 2)))


def night_of(moment: datetime, tz: str) -> date:
    """The night (noon to noon, local) a moment belongs to."""
    return (moment.astimezone(ZoneInfo(tz)) - timedelta(hours=12)).date()


def period_bounds(period: str, now: datetime, tz: str, first: date | None = None,
                  last: date | None = None) -> tuple[datetime, datetime]:
    """[start, end) of a period of whole nights (noon to noon in `tz`): this night, the last 7 nights, the
    nights of this month, of the last 12 months, or the nights `first`..`last` (custom)."""
    zone = ZoneInfo(tz)
    tonight = night_of(now, tz)
    if period == "night":
        first, last = tonight, tonight
    elif period == "7d":
        first, last = tonight - timedelta(days=6), tonight
    elif period in ("month", "12m"):
        month = tonight.replace(day=1)
        for _ in range(11 if period == "12m" else 0):
            month = (month - timedelta(days=1)).replace(day=1)
        first, last = month, (tonight.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    first, last = first or tonight, last or tonight
    if last < first:
        first, last = last, first
    noon = time(12)
    return (datetime.combine(first, noon, tzinfo=zone), datetime.combine(last + timedelta(days=1), noon, tzinfo=zone))


class NumberCard(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        self.caption = QLabel(objectName="muted")
        self.value = QLabel("–", objectName="cardValue")
        self.value.setAccessibleName(key)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)


class DashboardView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fo = state.get().require_fo()
        self.user = fo.user
        self.tz = "Europe/Riga"
        self.agencies: list[AgencyDTO] = []
        self.charts: dict[str, ChartCard] = {}
        self.data: dict[str, Any] = {}
        self.loaded: set[str] = set()  # aggregates shown for the current filter
        self.filter: StatsFilter | None = None
        self._token: CancelToken | None = None
        self._failed_token: CancelToken | None = None
        self._dirty = False
        self._importing = False
        self._building: dict[str, ChartCard] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        self.heading = QLabel(objectName="title")
        self.subheading = QLabel(objectName="muted")
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(self._build_filter_bar())
        numbers = QHBoxLayout()
        self.overdue, self.maintenance = NumberCard("overdue"), NumberCard("maintenance")
        numbers.addWidget(self.overdue)
        numbers.addWidget(self.maintenance)
        numbers.addStretch(1)
        layout.addLayout(numbers)
        self.scroll = QScrollArea(objectName="dashboardCharts")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(12)
        # Empty cards hold each chart's place until it is built: adding a chart then changes no other card's
        # geometry, so a turn lays out and paints one chart, not all those before it (P7 dashboard bench).
        self.placeholders: dict[str, QFrame] = {}
        for key, place in LAYOUT:
            holder = QFrame(objectName="card")
            holder.setMinimumHeight(300)
            self.grid.addWidget(holder, *place)
            self.placeholders[key] = holder
        self.scroll.setWidget(self.grid_host)
        layout.addWidget(self.scroll, 1)
        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        hub = state.get().hub
        hub.sig_theme_changed.connect(self._on_theme_changed)
        hub.sig_operation_executed.connect(self._on_operation_executed)
        self.retranslate()

    def _build_filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.period_label, self.agency_label, self.type_label = QLabel(), QLabel(), QLabel()
        self.period = QComboBox(objectName="period")
        for key in PERIODS:
            self.period.addItem("", key)
        self.period.setCurrentIndex(PERIODS.index("7d"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30), objectName="dateFrom", calendarPopup=True)
        self.date_to = QDateEdit(today, objectName="dateTo", calendarPopup=True)
        self.agency = QComboBox(objectName="agency")
        self.agency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.type = QComboBox(objectName="type")
        self.type.addItem("", "")
        for t in OperationType:
            self.type.addItem("", t.value)
        admin = self.user.has_role(Role.ADMINISTRATOR)
        self.agency.setVisible(admin)
        self.agency_label.setVisible(admin)
        self.period_label.setBuddy(self.period)
        self.type_label.setBuddy(self.type)
        self.agency_label.setBuddy(self.agency)
        for w in (self.period_label, self.period, self.date_from, self.date_to, self.agency_label, self.agency,
                  self.type_label, self.type):
            bar.addWidget(w)
        bar.addStretch(1)
        self.period.currentIndexChanged.connect(self._on_filter_changed)
        self.date_from.dateChanged.connect(self._on_filter_changed)
        self.date_to.dateChanged.connect(self._on_filter_changed)
        self.agency.currentIndexChanged.connect(self._on_filter_changed)
        self.type.currentIndexChanged.connect(self._on_filter_changed)
        self._show_custom()
        return bar

    # ---- first show: the charts, then the data ---------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.charts and not self._importing:
            # pyqtgraph and numpy take ~0.5 s to import: on the DB thread (the GUI thread stays responsive;
            # importing builds no widgets), then the charts are built here.
            self._importing = True
            self.subheading.setText(self.tr("Preparing the charts…"))
            state.get().runner.run_db(_import_charts, self._on_charts_imported)
        elif self._dirty:
            self.reload()

    def _on_charts_imported(self, future: Future[Any]) -> None:
        self._importing = False
        exc = future.exception()
        if exc is not None:
            show_error(self, exc)
            return
        self._building = {}
        self._unplaced: ChartCard | None = None
        self._build_next_chart()

    def _build_next_chart(self) -> None:
        """Each chart in two turns of the event loop: built off screen (25–40 ms, pyqtgraph's PlotWidget is most
        of it), then put in the place its empty card holds (laid out and painted after that turn)."""
        from ui.widgets import charts  # imported already (`_import_charts`): pyqtgraph only now (P1)

        key, _place = LAYOUT[len(self._building)]
        card = self._unplaced
        if card is None:
            if key == "per_night":
                card = charts.NightBarChart(key)
            elif key == "night":
                card = charts.NightContextChart(key)
            elif key == "equipment":
                card = charts.HeatmapChart(key)
            else:
                card = charts.BarChart(key, stacked=key == "hunter", horizontal=key != "alcohol")
            card.sig_export_requested.connect(self._on_export_requested)
            card.set_theme(theme.current())
            if hasattr(card, "format_date"):
                card.format_date = short_date
            self._unplaced = card
            QTimer.singleShot(0, self, self._build_next_chart)
            return
        self._unplaced = None
        holder = self.placeholders.pop(key)
        self.grid.replaceWidget(holder, card)
        holder.deleteLater()
        self._building[key] = card
        if len(self._building) < len(LAYOUT):
            QTimer.singleShot(BUILD_STEP_MS, self, self._build_next_chart)  # lets the last one lay out and paint
            return
        self.charts = self._building
        self.retranslate()
        Query(self, lambda fo: fo.statistics.agencies()).success(self._on_agencies_loaded).run()

    def _on_agencies_loaded(self, agencies: list[AgencyDTO]) -> None:
        self.agencies = agencies
        own = next((a for a in agencies if a.id == self.user.agency_id), agencies[0] if agencies else None)
        if own is not None:
            self.tz = own.timezone
        self.agency.blockSignals(True)
        self.agency.clear()
        self.agency.addItem(self.tr("All agencies"), "")
        for a in agencies:
            self.agency.addItem(a.short_name, a.id)
        self.agency.blockSignals(False)
        self.reload()

    # ---- loading -------------------------------------------------------------------------------------------
    def current_filter(self, now: datetime | None = None) -> StatsFilter:
        first = last = None
        if self.period.currentData() == "custom":
            first, last = self.date_from.date().toPython(), self.date_to.date().toPython()
        start, end = period_bounds(self.period.currentData(), now or datetime.now(ZoneInfo(self.tz)), self.tz,
                                   first, last)  # type: ignore[arg-type]
        agency, kind = self.agency.currentData(), self.type.currentData()
        return StatsFilter(start, end, (agency,) if agency else (), (kind,) if kind else ())

    def reload(self) -> None:
        """Count again for the current filter; queries of an older filter still running are cancelled."""
        if not self.charts:
            self._dirty = True
            return
        self._dirty = False
        if self._token is not None:
            self._token.cancel()
        token = self._token = CancelToken()
        f = self.filter = self.current_filter()
        self.loaded.clear()
        for card in self.charts.values():
            card.state.setText(self.tr("Loading…"))
        agencies = f.agency_ids
        self._query("counts", token, lambda fo: fo.statistics.equipment_counts(agencies))
        calls: dict[str, Callable[[FieldOps], Any]] = {
            "per_night": lambda fo: fo.statistics.operations_per_night(f, cancel=token),
            "night": lambda fo: fo.statistics.night_context(f, cancel=token),
            "equipment": lambda fo: fo.statistics.equipment_hours(f, cancel=token),
            "categories": lambda fo: fo.statistics.checks_by_category(f, cancel=token),
            "alcohol": lambda fo: fo.statistics.alcohol_bands(f, cancel=token),
            "hunter": lambda fo: fo.statistics.hunter_checks(f, cancel=token),
            "rules": lambda fo: fo.statistics.violations_by_rule(f, cancel=token),
        }
        for key in CHARTS:
            self._query(key, token, calls[key])

    def _query(self, key: str, token: CancelToken, fn: Callable[[FieldOps], Any]) -> None:
        query = Query(self, fn).success(partial(self._on_loaded, key, token))
        query.failure(partial(self._on_failed, key, token)).run()

    def _on_loaded(self, key: str, token: CancelToken, rows: Any) -> None:
        if token is not self._token:
            return  # an older filter's answer
        self.data[key] = rows
        self.loaded.add(key)
        self._render(key)

    def _on_failed(self, key: str, token: CancelToken, exc: BaseException) -> None:
        if isinstance(exc, Cancelled) or token is not self._token:
            return
        if key in self.charts:
            self.charts[key].state.setText(self.tr("Failed"))
        if self._failed_token is not token:  # one error dialog per reload, not one per chart
            self._failed_token = token
            show_error(self, exc)

    def _on_filter_changed(self, *_args: object) -> None:
        self._show_custom()
        self.reload()

    def _on_operation_executed(self, changes: Changes, _initiator: object) -> None:
        if changes.concerns("operation", "check", "equipment", "equipment_item"):
            if self.isVisible():
                self._reload_timer.start()
            else:
                self._dirty = True

    def _show_custom(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)

    # ---- rendering ------------------------------------------------------------------------------------------
    def _render(self, key: str) -> None:
        if key == "counts":
            loc = QLocale()
            overdue, maintenance = self.data["counts"]
            self.overdue.value.setText(loc.toString(overdue))
            self.maintenance.value.setText(loc.toString(maintenance))
            return
        card = self.charts.get(key)
        if card is None or key not in self.data:
            return
        rows = self.data[key]
        getattr(self, f"_render_{key}")(card, rows)
        empty = not rows or (key == "alcohol" and not any(n for _b, n in rows)) or (
            key == "night" and not any(o for _n, _m, o, _v in rows))
        card.state.setText(self.tr("No data for this period") if empty else "")

    def _render_per_night(self, card: Any, rows: list[tuple[date, str, int]]) -> None:
        nights = sorted({n for n, _t, _k in rows})
        if self.filter is not None and nights:  # every night of the period, the quiet ones too
            first = night_of(self.filter.start, self.tz)
            last = night_of(self.filter.end - timedelta(seconds=1), self.tz)
            nights = sorted({first + timedelta(days=i) for i in range((last - first).days + 1)} | set(nights))
        index = {n: i for i, n in enumerate(nights)}
        types = [t.value for t in OperationType if any(r[1] == t.value for r in rows)]
        values = {t: [0] * len(nights) for t in types}
        for n, t, k in rows:
            values[t][index[n]] = k
        card.set_data(nights, [_series(operation_type(t), values[t]) for t in types])

    def _render_categories(self, card: Any, rows: list[tuple[str, str, int, int]]) -> None:
        labels = [f"{check_kind(k)} · {self.category_label(k, c)}" for k, c, _n, _v in rows]
        card.set_data(labels, [_series(self.tr("Checks"), [n for *_x, n, _v in rows]),
                               _series(self.tr("With a violation"), [v for *_x, v in rows])])

    def _render_rules(self, card: Any, rows: list[tuple[str, str, int]]) -> None:
        labels = [f"{country} · {self.flag_label(code)}" for country, code, _n in rows]
        card.set_data(labels, [_series(self.tr("Checks"), [n for _c, _f, n in rows])])

    def _render_alcohol(self, card: Any, rows: list[tuple[str, int]]) -> None:
        card.set_data([self.band_label(b) for b, _n in rows], [_series(self.tr("Checks"), [n for _b, n in rows])])

    def _render_hunter(self, card: Any, rows: list[tuple[str, str, int]]) -> None:
        species = sorted({s for s, _si, _n in rows})
        sights = sorted({si for _s, si, _n in rows})
        values = {si: [0] * len(species) for si in sights}
        for s, si, n in rows:
            values[si][species.index(s)] = n
        card.set_data([self.value_label(s) for s in species],
                      [_series(self.value_label(si, sight), values[si]) for si in sights])

    def _render_equipment(self, card: Any, rows: list[tuple[str, date, float]]) -> None:
        import numpy as np

        tags = sorted({t for t, _w, _h in rows})
        weeks: list[date] = []
        if rows and self.filter is not None:
            monday = min(w for _t, w, _h in rows)
            while monday <= max(w for _t, w, _h in rows):
                weeks.append(monday)
                monday += timedelta(days=7)
        values = np.zeros((len(tags), len(weeks)))
        for t, w, h in rows:
            values[tags.index(t), weeks.index(w)] = h
        loc = QLocale()
        ticks = [loc.toString(QDate(w.year, w.month, w.day), "d.M.") for w in weeks]
        columns = [self.tr("week %1 (%2)").replace("%1", str(w.isocalendar()[1])).replace("%2", tick)
                   for w, tick in zip(weeks, ticks, strict=True)]
        card.set_data(tags, columns, values, self.tr("h"), ticks)

    def _render_night(self, card: Any, rows: list[tuple[date, float, int, int]]) -> None:
        card.set_data([n for n, *_x in rows], [m for _n, m, _o, _v in rows],
                      [_series(self.tr("Operations"), [o for _n, _m, o, _v in rows]),
                       _series(self.tr("Checks with a violation"), [v for *_x, v in rows])],
                      self.tr("Moon illumination"))

    # ---- labels ----------------------------------------------------------------------------------------------
    def category_label(self, kind: str, category: str) -> str:
        if category == UNSPECIFIED:
            return self.tr("not recorded")
        if kind == "hunter":
            return {"night_sight": self.tr("night sight"), "optical": sight("optical"),
                    "no_sight": sight("none")}.get(category, category)
        return rules_label(category) if kind == "traffic" else other_category(category)

    def value_label(self, value: str, fallback: Callable[[str], str] = rules_label) -> str:
        return self.tr("not recorded") if value == UNSPECIFIED else fallback(value)

    def band_label(self, band: str) -> str:
        if band == "refused":
            return self.tr("refused the test")
        return band.replace("-", "–").replace(">", "> ") + " ‰"

    def flag_label(self, code: str) -> str:
        return {
            "alcohol_over_limit": self.tr("Alcohol over the limit"), "alcohol_criminal": self.tr("Alcohol > 1.5 ‰"),
            "speeding": self.tr("Speeding"), "refused_test": self.tr("Refused the test"),
            "document_missing": self.tr("Document missing"),
            "night_sight_species_not_allowed": self.tr("Night sight: species"),
            "night_sight_not_from_stand": self.tr("Night sight: not from a stand"),
            "weapon_loaded_moving_night_sight": self.tr("Loaded while moving"),
            "uncased_night_sight_weapon_in_vehicle": self.tr("Uncased in a vehicle"),
            "hunter_document_missing": self.tr("Hunting document missing"),
            "safety_check_expired": self.tr("Safety check expired"),
            "hunting_sheet_missing": self.tr("Hunting sheet missing"), "not_sober": self.tr("Not sober"),
            "boar_marker_missing": self.tr("Boar marker missing"),
            "vest_missing_driven_hunt": self.tr("No vest in a driven hunt"),
        }.get(code, code)

    # ---- texts, theme, export ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Dashboard"))
        self.subheading.setText(self.tr("Counted: operations that are not voided (drafts included) by their start; "
                                        "one stopped driver or hunter is one check; voided checks never count."))
        self.period_label.setText(self.tr("&Period"))
        self.agency_label.setText(self.tr("&Agency"))
        self.type_label.setText(self.tr("&Type"))
        names = {"night": self.tr("This night"), "7d": self.tr("Last 7 nights"), "month": self.tr("This month"),
                 "12m": self.tr("Last 12 months"), "custom": self.tr("Custom…")}
        for i, key in enumerate(PERIODS):
            self.period.setItemText(i, names[key])
        self.type.setItemText(0, self.tr("All types"))
        for i, t in enumerate(OperationType, start=1):
            self.type.setItemText(i, operation_type(t.value))
        if self.agency.count():
            self.agency.setItemText(0, self.tr("All agencies"))
        self.overdue.caption.setText(self.tr("Equipment overdue now"))
        self.maintenance.caption.setText(self.tr("Equipment in maintenance now"))
        titles = {"per_night": self.tr("Operations per night by type"),
                  "categories": self.tr("Checks and violations by category"),
                  "rules": self.tr("Violations by country rule (checks)"),
                  "alcohol": self.tr("Alcohol results (counted test)"),
                  "hunter": self.tr("Hunter checks by species and sight"),
                  "equipment": self.tr("Equipment use: hours per item and week"),
                  "night": self.tr("Night context: moon illumination, operations and findings")}
        for key, card in self.charts.items():
            card.set_title(titles[key])
            card.export_button.setText(self.tr("Export chart as PNG…"))
            self._render(key)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_theme_changed(self, _name: str) -> None:
        for card in self.charts.values():
            card.set_theme(theme.current())

    def _on_export_requested(self, card: ChartCard) -> None:
        suggested = f"fieldops-{card.key}-{date.today().isoformat()}.png"
        path, _selected = QFileDialog.getSaveFileName(self, self.tr("Export chart as PNG"), suggested,
                                                      self.tr("PNG images (*.png)"))
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if not card.export_png(path):
            QMessageBox.warning(self, self.tr("Export chart as PNG"),
                                self.tr("The chart could not be written to %1.").replace("%1", path))


def short_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _import_charts() -> None:
    import ui.widgets.charts  # noqa: F401  (runs on the DB thread: module code only, no widgets)


def _series(name: str, values: list[int] | list[float]) -> Any:
    from ui.widgets.charts import Series

    return Series(name, values)
