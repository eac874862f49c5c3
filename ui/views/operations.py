"""Operations: every operation the workspace holds (1,000,000 is fine), filtered and sorted in SQL.

The table shows `OperationsModel` (ids plus lazily fetched rows) directly: no proxy model, the header's
sort indicator calls `model.sort()`. Filters: text (debounced), type, status, agency, a date range in the
user's agency time zone, and "only mine" (operations the user was in the crew of)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldops.changes import Changes
from fieldops.dto import AgencyDTO
from fieldops.models.enums import OperationStatus, OperationType, Role
from fieldops.services.operation_list import OperationFilter, fts_query
from ui import state
from ui.errors import show_error
from ui.models.operations import ID_ROLE, Column, OperationsModel
from ui.ops import Query
from ui.timefmt import from_local
from ui.vocab import operation_status, operation_type

SEARCH_DELAY_MS = 250
DATE_RANGES = ("any", "night", "7d", "30d", "year", "custom")


class OperationsView(QWidget):
    sig_open_requested = Signal(str)  # operation id
    sig_new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fo = state.get().require_fo()
        self.user = fo.user
        self.tz = "Europe/Riga"  # until the agencies are loaded: the user's agency zone
        self.agencies: list[AgencyDTO] = []
        self._restore_rowid: int | None = None
        self._loading = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.heading = QLabel(objectName="title")
        self.count_label = QLabel(objectName="muted")
        titles.addWidget(self.heading)
        titles.addWidget(self.count_label)
        top.addLayout(titles, 1)
        self.new_button = QPushButton(objectName="newOperation")
        self.new_button.setProperty("primary", True)
        self.new_button.setVisible(self.user.has_role(Role.OFFICER) or self.user.has_role(Role.SUPERVISOR))
        self.new_button.clicked.connect(self.sig_new_requested.emit)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)
        layout.addLayout(self._build_filter_bar())

        self.model = OperationsModel(self)
        self.table = QTableView(objectName="operationsTable")
        self._setup_table()
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(objectName="muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        QVBoxLayout(self.table.viewport()).addWidget(self.empty_label)

        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self._build_actions()
        self._connect()
        chain = (self.search, self.type_combo, self.status_combo, self.agency_combo, self.date_combo,
                 self.date_from, self.date_to, self.mine, self.clear_button, self.table, self.new_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)  # filters left to right, then the list, then "New"
        self.retranslate()
        Query(self, lambda fo: fo.users.agencies()).success(self._on_agencies_loaded).run()
        self.apply_filter()
        header = self.table.horizontalHeader()
        header.setSortIndicator(Column.START, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # calls model.sort() with the same order: no second query

    # ---- construction --------------------------------------------------------------------------------
    def _build_filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search = QLineEdit(objectName="search", clearButtonEnabled=True)
        self.search.setMinimumWidth(200)
        self.type_combo = QComboBox(objectName="typeFilter")
        self.type_combo.addItem("", None)
        for t in OperationType:
            self.type_combo.addItem("", t.value)
        self.status_combo = QComboBox(objectName="statusFilter")
        self.status_combo.addItem("", None)
        for s in OperationStatus:
            self.status_combo.addItem("", s.value)
        self.agency_combo = QComboBox(objectName="agencyFilter")
        self.agency_combo.addItem("", None)
        self.date_combo = QComboBox(objectName="dateFilter")
        for key in DATE_RANGES:
            self.date_combo.addItem("", key)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30), objectName="dateFrom", calendarPopup=True)
        self.date_to = QDateEdit(today, objectName="dateTo", calendarPopup=True)
        self.date_dash = QLabel("–")
        self.mine = QCheckBox(objectName="onlyMine")
        self.clear_button = QToolButton(objectName="clearFilters")
        for combo in (self.type_combo, self.status_combo, self.agency_combo, self.date_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar.addWidget(self.search, 2)
        for w in (self.type_combo, self.status_combo, self.agency_combo, self.date_combo, self.date_from,
                  self.date_dash, self.date_to, self.mine, self.clear_button):
            bar.addWidget(w)
        bar.addStretch(1)
        self._show_custom_dates(False)
        return bar

    def _setup_table(self) -> None:
        t = self.table
        t.setModel(self.model)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setAlternatingRowColors(True)
        t.setShowGrid(False)
        t.setWordWrap(False)
        t.setCornerButtonEnabled(False)
        t.setTextElideMode(Qt.TextElideMode.ElideRight)
        t.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = t.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform row heights: no per-row sizing
        rows.setDefaultSectionSize(t.fontMetrics().height() + 12)
        header = t.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.AREA, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)

    def _build_actions(self) -> None:
        self.act_find = self._action(QKeySequence.StandardKey.Find, self._on_find_triggered)
        self.act_new = self._action(QKeySequence.StandardKey.New, self._on_new_triggered)
        self.act_refresh = self._action(QKeySequence.StandardKey.Refresh, lambda: self.model.refresh())

    def _action(self, shortcut: QKeySequence.StandardKey, slot: Any) -> QAction:
        act = QAction(self)
        act.setShortcut(shortcut)
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self._on_search_return_pressed)
        for combo in (self.type_combo, self.status_combo, self.agency_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.date_combo.currentIndexChanged.connect(self._on_date_range_changed)
        self.date_from.dateChanged.connect(self._on_custom_date_changed)
        self.date_to.dateChanged.connect(self._on_custom_date_changed)
        self.mine.toggled.connect(lambda _on: self.apply_filter())
        self.clear_button.clicked.connect(self.clear_filters)
        self.table.activated.connect(self._on_table_activated)  # Enter, and double-click on every style
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        self.model.sig_first_page_loaded.connect(self._on_first_page_loaded)
        self.model.sig_ids_loaded.connect(self._on_ids_loaded)
        self.model.sig_load_failed.connect(lambda exc: show_error(self, exc))
        state.get().hub.sig_operation_executed.connect(self._on_operation_executed)

    # ---- texts -----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Operations"))
        self.new_button.setText(self.tr("New operation"))
        self.new_button.setToolTip(self.tr("Start a new operation (Ctrl+N)"))
        self.search.setPlaceholderText(self.tr("Search number, area, vehicle, narrative… (Ctrl+F)"))
        self.type_combo.setItemText(0, self.tr("All types"))
        for i in range(1, self.type_combo.count()):
            self.type_combo.setItemText(i, operation_type(self.type_combo.itemData(i)))
        self.status_combo.setItemText(0, self.tr("All statuses"))
        for i in range(1, self.status_combo.count()):
            self.status_combo.setItemText(i, operation_status(self.status_combo.itemData(i)))
        self.agency_combo.setItemText(0, self.tr("All agencies"))
        names = {"any": self.tr("Any date"), "night": self.tr("Last night"), "7d": self.tr("Last 7 days"),
                 "30d": self.tr("Last 30 days"), "year": self.tr("This year"), "custom": self.tr("Custom range…")}
        for i in range(self.date_combo.count()):
            self.date_combo.setItemText(i, names[self.date_combo.itemData(i)])
        self.date_combo.setItemData(1, self.tr("Operations started since yesterday noon (local time)"),
                                    Qt.ItemDataRole.ToolTipRole)
        self.mine.setText(self.tr("Only mine"))
        self.mine.setToolTip(self.tr("Operations you were in the crew of"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.empty_label.setText(self.tr("No operations match these filters."))
        self.model.retranslate()
        self._size_columns()
        self._update_count()

    def _size_columns(self) -> None:
        fm = self.table.fontMetrics()
        pad = 28  # cell margins plus the sort indicator

        def fit(*texts: str) -> int:
            return max(fm.horizontalAdvance(t) for t in texts) + pad

        header = self.table.horizontalHeader()
        widths = {
            Column.NUMBER: fit("VPK-0000-000000", self.model.headerData(Column.NUMBER, Qt.Orientation.Horizontal)),
            Column.START: fit("00.00.0000 00:00", "0000-00-00 00:00"),
            Column.TYPE: fit(*(operation_type(t) for t in OperationType)),
            Column.STATUS: fit(*(operation_status(s) for s in OperationStatus)),
            Column.AGENCY: fit(self.model.headerData(Column.AGENCY, Qt.Orientation.Horizontal),
                               *(a.short_name for a in self.agencies)),
            Column.LEAD: fit("Žygimantas Stankevičius"),
            Column.CHECKS: fit(self.model.headerData(Column.CHECKS, Qt.Orientation.Horizontal), "0000"),
            Column.VIOLATIONS: fit(self.model.headerData(Column.VIOLATIONS, Qt.Orientation.Horizontal), "0000"),
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setMinimumSectionSize(fm.horizontalAdvance("0000") + 16)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.StyleChange:
            self.model.restyle()
        super().changeEvent(event)

    # ---- filter --------------------------------------------------------------------------------------------
    def current_filter(self) -> OperationFilter:
        text = self.search.text().strip()
        start_from, start_to = self._date_bounds()
        return OperationFilter(
            types=_one(self.type_combo.currentData()), statuses=_one(self.status_combo.currentData()),
            agency_ids=_one(self.agency_combo.currentData()), start_from=start_from, start_to=start_to,
            crew_member_id=self.user.id if self.mine.isChecked() else None,
            text=text if fts_query(text) else "")  # punctuation only: no words to search for

    def apply_filter(self) -> None:
        self.search_timer.stop()
        wanted = self.current_filter()
        if wanted == self.model.filter and self.model.generation:
            return
        self._loading = True
        self._update_count()
        self.model.set_filter(wanted)

    def clear_filters(self) -> None:
        widgets = (self.search, self.type_combo, self.status_combo, self.agency_combo, self.date_combo, self.mine)
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        for combo in (self.type_combo, self.status_combo, self.agency_combo, self.date_combo):
            combo.setCurrentIndex(0)
        self.mine.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        self._show_custom_dates(False)
        self.apply_filter()

    def _date_bounds(self) -> tuple[datetime | None, datetime | None]:
        """The chosen range as aware UTC bounds [from, to), days counted in the user's agency time zone."""
        key = self.date_combo.currentData()
        today = datetime.now(ZoneInfo(self.tz)).date()

        def local(day: date, hour: int = 0) -> datetime:
            return from_local(datetime(day.year, day.month, day.day, hour), self.tz)

        if key == "night":  # yesterday evening's shift and, after noon, tonight's
            return local(today - timedelta(days=1), 12), None
        if key == "7d":
            return local(today - timedelta(days=6)), None
        if key == "30d":
            return local(today - timedelta(days=29)), None
        if key == "year":
            return local(date(today.year, 1, 1)), None
        if key == "custom":
            first, last = self.date_from.date().toPython(), self.date_to.date().toPython()
            return local(first), local(last + timedelta(days=1))  # the last day is included
        return None, None

    def _show_custom_dates(self, on: bool) -> None:
        for w in (self.date_from, self.date_dash, self.date_to):
            w.setVisible(on)

    def _on_date_range_changed(self, _index: int) -> None:
        self._show_custom_dates(self.date_combo.currentData() == "custom")
        self.apply_filter()

    def _on_custom_date_changed(self, _d: QDate) -> None:
        self.date_to.setMinimumDate(self.date_from.date())
        if self.date_combo.currentData() == "custom":
            self.search_timer.start()  # typing a date changes it digit by digit

    def _on_agencies_loaded(self, agencies: list[AgencyDTO]) -> None:
        self.agencies = agencies
        mine = next((a for a in agencies if a.id == self.user.agency_id), None)
        if mine is not None:
            self.tz = mine.timezone
        self.model.set_timezones({a.short_name: a.timezone for a in agencies}, self.tz)
        current = self.agency_combo.currentData()
        self.agency_combo.blockSignals(True)
        while self.agency_combo.count() > 1:
            self.agency_combo.removeItem(1)
        for a in sorted(agencies, key=lambda a: (a.country, a.short_name)):
            self.agency_combo.addItem(a.short_name, a.id)
            self.agency_combo.setItemData(self.agency_combo.count() - 1, a.name, Qt.ItemDataRole.ToolTipRole)
        self.agency_combo.setCurrentIndex(max(0, self.agency_combo.findData(current)))
        self.agency_combo.blockSignals(False)
        self._size_columns()

    # ---- list state ------------------------------------------------------------------------------------------
    def _update_count(self) -> None:
        if self._loading and not self.model.complete:
            self.count_label.setText(self.tr("Loading…"))
        else:
            self.count_label.setText(self.tr("%Ln operation(s)", "", self.model.rowCount()))
        self.empty_label.setVisible(self.model.complete and self.model.rowCount() == 0)

    def _on_first_page_loaded(self, _rows: int) -> None:
        self._restore_selection()

    def _on_ids_loaded(self, _total: int) -> None:
        self._loading = False
        self._update_count()
        self._restore_selection()

    def _on_model_about_to_be_reset(self) -> None:
        if self._restore_rowid is None:
            self._restore_rowid = self.model.rowid_at(self.table.currentIndex().row())

    def _restore_selection(self) -> None:
        rowid, self._restore_rowid = self._restore_rowid, None
        if rowid is None or self.table.currentIndex().isValid():
            return
        row = self.model.row_of(rowid)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
        elif not self.model.complete:
            self._restore_rowid = rowid  # may be further down: try again when the full list is in

    def _on_operation_executed(self, changes: Changes, _initiator: object) -> None:
        if changes.concerns("operation"):
            self.model.refresh()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        value = self.model.data(index, ID_ROLE) if index.isValid() else None
        return value if isinstance(value, str) else None

    # ---- keyboard and actions ---------------------------------------------------------------------------------
    def _on_find_triggered(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_new_triggered(self) -> None:
        if self.new_button.isVisibleTo(self):
            self.sig_new_requested.emit()

    def _on_search_return_pressed(self) -> None:
        self.apply_filter()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _on_table_activated(self, index: QModelIndex) -> None:
        operation_id = self.model.data(index, ID_ROLE)
        if isinstance(operation_id, str):
            self.sig_open_requested.emit(operation_id)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.search.hasFocus() and self.search.text():
            self.search.clear()
            return
        super().keyPressEvent(event)


def _one(value: object) -> tuple[str, ...]:
    return (str(value),) if value else ()
