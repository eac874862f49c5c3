"""Audit log: supervisors and administrators browse and filter the log (who collected, changed, viewed or passed
on which record), check its hash chain and export it as CSV.

* The list is newest first, loaded 200 events at a time on the DB thread (`fo.audit.search`, keyset paging by
  `seq`): scrolling to the end (or End / PageDown) loads the next page. A generation counter drops the pages of
  an older filter that arrive after a newer one. What a supervisor sees is decided by the core (the events of
  their agency's people); the page only shows it.
* The list does not follow new events by itself (almost every action writes one, and a reload would throw the
  reader back to the top): F5 or "Refresh" reloads it; an export reloads it to show its own DISCLOSURE event.
* "Verify chain" recomputes the whole chain (`fo.audit.verify`) and says the result in the page (green with the
  number of events, red with the first broken event, which is selected if it is loaded, else "Show it" loads
  the list from that event).
* "Export CSV…" asks the purpose (`PurposeDialog`), then the file, then writes it on the DB thread
  (`fo.audit.export_csv`: the file and its DISCLOSURE event succeed or fail together).
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from enum import IntEnum
from html import escape
from itertools import pairwise
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from fieldops.audit_chain import ChainReport
from fieldops.dto import AgencyDTO, AuditEventDTO, PersonRef
from fieldops.models.enums import AuditAction, Role
from ui import state, theme
from ui.dialogs.disclosure import ask_purpose, ask_save_path
from ui.errors import message, show_error
from ui.ops import Op, Query
from ui.timefmt import from_local, to_local

PAGE_SIZE = 200
SEARCH_DELAY_MS = 250
STATUS_MS = 10_000
DATE_RANGES = ("any", "today", "7d", "30d", "custom")
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's AuditEventDTO
_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    SEQ = 0
    WHEN = 1
    ACTION = 2
    PERSON = 3
    RECORD = 4
    PURPOSE = 5


def action_name(action: str) -> str:
    names: dict[str, str] = {
        AuditAction.COLLECTION: QCoreApplication.translate("AuditView", "Collection"),
        AuditAction.ALTERATION: QCoreApplication.translate("AuditView", "Alteration"),
        AuditAction.CONSULTATION: QCoreApplication.translate("AuditView", "Consultation"),
        AuditAction.DISCLOSURE: QCoreApplication.translate("AuditView", "Disclosure"),
        AuditAction.ERASURE: QCoreApplication.translate("AuditView", "Erasure"),
        AuditAction.TRANSFER: QCoreApplication.translate("AuditView", "Transfer to the server"),
        AuditAction.LOGIN: QCoreApplication.translate("AuditView", "Sign-in"),
        AuditAction.LOGIN_FAILED: QCoreApplication.translate("AuditView", "Failed sign-in"),
    }
    return names.get(action, action)


def entity_name(entity: str) -> str:
    names = {
        "operation": QCoreApplication.translate("AuditView", "Operation"),
        "check": QCoreApplication.translate("AuditView", "Check"),
        "user": QCoreApplication.translate("AuditView", "User"),
        "attachment": QCoreApplication.translate("AuditView", "File"),
        "amendment": QCoreApplication.translate("AuditView", "Amendment"),
        "equipment_item": QCoreApplication.translate("AuditView", "Equipment item"),
        "equipment_reservation": QCoreApplication.translate("AuditView", "Reservation"),
        "equipment_incident": QCoreApplication.translate("AuditView", "Equipment incident"),
        "custody_batch": QCoreApplication.translate("AuditView", "Equipment issue or return"),
        "kit": QCoreApplication.translate("AuditView", "Kit"),
        "device": QCoreApplication.translate("AuditView", "Device"),
        "setting": QCoreApplication.translate("AuditView", "Setting"),
        "workspace": QCoreApplication.translate("AuditView", "Workspace"),
        "audit_log": QCoreApplication.translate("AuditView", "Audit log"),
    }
    return names.get(entity, entity)


def _header(column: Column) -> str:
    return {
        Column.SEQ: QCoreApplication.translate("AuditView", "#"),
        Column.WHEN: QCoreApplication.translate("AuditView", "Time"),
        Column.ACTION: QCoreApplication.translate("AuditView", "Action"),
        Column.PERSON: QCoreApplication.translate("AuditView", "Person"),
        Column.RECORD: QCoreApplication.translate("AuditView", "Record"),
        Column.PURPOSE: QCoreApplication.translate("AuditView", "Purpose"),
    }[column]


def local_time(value: datetime, tz: str) -> str:
    """'25.11.2024 21:40:05' in the locale's date format, in the agency's time zone, with seconds."""
    local = to_local(value, tz)
    day = QLocale().toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)
    return f"{day} {local:%H:%M:%S}"


class AuditModel(QAbstractTableModel):
    """The loaded events, newest first; `fetchMore` loads the next page (the view calls it at the end)."""

    sig_page_loaded = Signal(int)  # events in the page
    sig_load_failed = Signal(object)  # the exception

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._owner = parent
        self._rows: list[AuditEventDTO] = []
        self._seqs: dict[int, int] = {}
        self.filters: dict[str, Any] = {}
        self.generation = 0
        self.loading = False
        self.exhausted = False
        self.broken_seq: int | None = None
        self.tz = "Europe/Riga"

    # ---- loading -------------------------------------------------------------------------------------------
    def set_filters(self, filters: dict[str, Any], before_seq: int | None = None) -> None:
        """Show the first page of `filters` (from the newest event, or from the one before `before_seq`)."""
        self.generation += 1
        self.beginResetModel()
        self.filters = dict(filters)
        self._rows, self._seqs = [], {}
        self.exhausted = False
        self.endResetModel()
        self._load(before_seq)

    def refresh(self) -> None:
        self.set_filters(self.filters)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows) and not self.loading and not self.exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load(self._rows[-1].seq)

    def _load(self, before_seq: int | None) -> None:
        self.loading = True
        generation, filters = self.generation, dict(self.filters)
        Query(self._owner, lambda fo: fo.audit.search(**filters, limit=PAGE_SIZE, before_seq=before_seq)).success(
            lambda rows: self._on_loaded(generation, rows)).failure(
            lambda exc: self._on_failed(generation, exc)).run()

    def _on_loaded(self, generation: int, rows: list[AuditEventDTO]) -> None:
        if not isValid(self) or generation != self.generation:
            return  # an older filter's page
        self.loading = False
        self.exhausted = len(rows) < PAGE_SIZE
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            for i, event in enumerate(rows, first):
                self._seqs[event.seq] = i
            self._rows.extend(rows)
            self.endInsertRows()
        self.sig_page_loaded.emit(len(rows))

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if not isValid(self) or generation != self.generation:
            return
        self.loading = False
        self.exhausted = True  # no retry loop from the view: Refresh tries again
        self.sig_load_failed.emit(exc)

    # ---- access --------------------------------------------------------------------------------------------
    def event_at(self, row: int) -> AuditEventDTO | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, seq: int) -> int:
        return self._seqs.get(seq, -1)

    def set_broken(self, seq: int | None) -> None:
        self.broken_seq = seq
        self.restyle()

    def restyle(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self.restyle()

    # ---- Qt model --------------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(Column(section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        event = self._rows[index.row()]
        if role == EVENT_ROLE:
            return event
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._display(event, column)
            return f"✗ {text}" if column is Column.SEQ and event.seq == self.broken_seq else text
        if role == Qt.ItemDataRole.FontRole and event.seq == self.broken_seq:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if event.seq == self.broken_seq:
                return QCoreApplication.translate("AuditView", "The chain check failed at this event.")
            if column in (Column.RECORD, Column.PURPOSE):
                return self._display(event, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if event.seq == self.broken_seq:
                return QColor(theme.current().danger)
            if event.actor_id is None:
                return QColor(theme.current().muted)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.SEQ:
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        return None

    def _display(self, event: AuditEventDTO, column: Column) -> str:
        if column is Column.SEQ:
            return str(event.seq)
        if column is Column.WHEN:
            return local_time(event.at, self.tz)
        if column is Column.ACTION:
            return action_name(event.action)
        if column is Column.PERSON:
            if event.actor is None:
                return QCoreApplication.translate("AuditView", "(system)")
            return f"{event.actor} · {event.actor_agency}" if event.actor_agency else event.actor
        if column is Column.RECORD:
            name = entity_name(event.entity)
            return f"{name} {event.entity_id}" if event.entity_id else name
        return event.purpose or ""


class AuditView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fo = state.get().require_fo()
        self.user = fo.user
        self.tz = "Europe/Riga"  # until the agencies are loaded: the user's agency zone
        self.people: list[PersonRef] = []
        self.report: ChainReport | None = None
        self.notice = ""  # the export's outcome, under the buttons
        self.notice_error = False
        self._select_seq: int | None = None  # select this event when its page arrives
        self._verifying = False
        self._exporting = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        self.heading = QLabel(objectName="title")
        self.subheading = QLabel(objectName="muted")
        self.subheading.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(self._build_filter_bar())
        layout.addLayout(self._build_tool_bar())

        self.model = AuditModel(self)
        self.table = QTableView(objectName="auditTable")
        self._setup_table()
        self.empty_label = QLabel(objectName="muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        QVBoxLayout(self.table.viewport()).addWidget(self.empty_label)
        self.detail = self._build_detail()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([640, 360])
        layout.addWidget(self.splitter, 1)

        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self._build_actions()
        self._connect()
        chain = (self.search, self.action_combo, self.person_combo, self.date_combo, self.date_from, self.date_to,
                 self.clear_button, self.verify_button, self.export_button, self.refresh_button, self.table,
                 self.show_broken, self.details)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.retranslate()
        self._show_event(None)
        Query(self, lambda fo: (fo.users.agencies(), fo.audit.people())).success(self._on_lists_loaded).run()
        self.apply_filter()

    # ---- construction ----------------------------------------------------------------------------------------
    def _build_filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search = QLineEdit(objectName="search", clearButtonEnabled=True)
        self.search.setMinimumWidth(200)
        self.search.setMaxLength(200)
        self.action_combo = QComboBox(objectName="actionFilter")
        self.action_combo.addItem("", None)
        for action in AuditAction:
            self.action_combo.addItem("", action.value)
        self.person_combo = QComboBox(objectName="personFilter")
        self.person_combo.addItem("", None)
        self.date_combo = QComboBox(objectName="dateFilter")
        for key in DATE_RANGES:
            self.date_combo.addItem("", key)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30), objectName="dateFrom", calendarPopup=True)
        self.date_to = QDateEdit(today, objectName="dateTo", calendarPopup=True)
        self.date_dash = QLabel("–")
        self.clear_button = QToolButton(objectName="clearFilters")
        for combo in (self.action_combo, self.person_combo, self.date_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar.addWidget(self.search, 2)
        for w in (self.action_combo, self.person_combo, self.date_combo, self.date_from, self.date_dash,
                  self.date_to, self.clear_button):
            bar.addWidget(w)
        bar.addStretch(1)
        self._show_custom_dates(False)
        return bar

    def _build_tool_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.verify_button = QPushButton(objectName="verifyChain")
        self.export_button = QPushButton(objectName="exportCsv")
        self.refresh_button = QPushButton(objectName="refreshAudit")
        self.count_label = QLabel(objectName="muted")
        bar.addWidget(self.verify_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.refresh_button)
        bar.addSpacing(12)
        self.status_label = QLabel(objectName="auditStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addWidget(self.status_label, 1)
        self.show_broken = QPushButton(objectName="showBroken")
        self.show_broken.hide()
        bar.addWidget(self.show_broken)
        bar.addWidget(self.count_label)
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
        rows = t.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(t.fontMetrics().height() + 12)
        header = t.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def _build_detail(self) -> QWidget:
        box = QWidget(objectName="auditDetail")
        column = QVBoxLayout(box)
        column.setContentsMargins(8, 0, 0, 0)
        self.detail_title = QLabel(objectName="detailTitle")
        self.detail_title.setStyleSheet("font-weight: 600;")
        column.addWidget(self.detail_title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, tuple[QLabel, QLabel | QLineEdit]] = {}
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for key in ("when", "action", "person", "record", "purpose", "device", "event_id", "hash", "prev_hash"):
            label = QLabel()
            value: QLabel | QLineEdit
            if key in ("device", "event_id", "hash", "prev_hash"):
                # Long tokens: a read-only line scrolls instead of widening the pane; copyable with the keyboard.
                value = QLineEdit(objectName=f"detail_{key}", readOnly=True, frame=False)
                value.setStyleSheet("QLineEdit { border: none; background: transparent; padding: 0; }")
                value.setFont(fixed)
                value.setMinimumWidth(80)
            else:
                value = QLabel(objectName=f"detail_{key}")
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            label.setBuddy(value)
            form.addRow(label, value)
            self.fields[key] = (label, value)
        column.addLayout(form)
        self.details_label = QLabel()
        column.addWidget(self.details_label)
        self.details = QPlainTextEdit(objectName="detailJson", readOnly=True)
        self.details.setFont(fixed)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setTabChangesFocus(True)
        column.addWidget(self.details, 1)
        return box

    def _build_actions(self) -> None:
        self.act_find = self._action(QKeySequence.StandardKey.Find, self._on_find_triggered)
        self.act_refresh = self._action(QKeySequence(Qt.Key.Key_F5), self.refresh)

    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey, slot: Any) -> QAction:
        act = QAction(self)
        act.setShortcut(shortcut)
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self._on_search_return_pressed)
        for combo in (self.action_combo, self.person_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.date_combo.currentIndexChanged.connect(self._on_date_range_changed)
        self.date_from.dateChanged.connect(self._on_custom_date_changed)
        self.date_to.dateChanged.connect(self._on_custom_date_changed)
        self.clear_button.clicked.connect(self.clear_filters)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.export)
        self.refresh_button.clicked.connect(self.refresh)
        self.show_broken.clicked.connect(self._on_show_broken_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.sig_page_loaded.connect(self._on_page_loaded)
        self.model.sig_load_failed.connect(self._on_load_failed)
        self.model.modelReset.connect(self._on_model_reset)

    # ---- texts -------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Audit log"))
        if self.user.has_role(Role.ADMINISTRATOR):
            self.subheading.setText(self.tr("Every event recorded in this workspace: who collected, changed, viewed "
                                            "or passed on which record, and when."))
        else:
            self.subheading.setText(self.tr("The events of the people of %1: who collected, changed, viewed or "
                                            "passed on which record, and when.").replace("%1", self.user.agency_short))
        self.search.setPlaceholderText(self.tr("Search record id, purpose, details… (Ctrl+F)"))
        self.action_combo.setItemText(0, self.tr("All actions"))
        for i in range(1, self.action_combo.count()):
            self.action_combo.setItemText(i, action_name(self.action_combo.itemData(i)))
        self.person_combo.setItemText(0, self.tr("All people"))
        names = {"any": self.tr("Any date"), "today": self.tr("Today"), "7d": self.tr("Last 7 days"),
                 "30d": self.tr("Last 30 days"), "custom": self.tr("Custom range…")}
        for i in range(self.date_combo.count()):
            self.date_combo.setItemText(i, names[self.date_combo.itemData(i)])
        self.clear_button.setText(self.tr("Clear filters"))
        self.verify_button.setText(self.tr("&Verify chain"))
        self.verify_button.setToolTip(self.tr("Recompute the hash chain of the whole log: an altered or removed "
                                              "event breaks it."))
        self.export_button.setText(self.tr("E&xport CSV…"))
        self.export_button.setToolTip(self.tr("Save the events matching the filters as a CSV file (the export "
                                              "is recorded with its purpose)."))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Load the newest events (F5)"))
        self.show_broken.setText(self.tr("Show it"))
        self.show_broken.setToolTip(self.tr("Load the list from the broken event"))
        self.empty_label.setText(self.tr("No events match these filters."))
        labels = {"when": self.tr("Time"), "action": self.tr("Action"), "person": self.tr("Person"),
                  "record": self.tr("Record"), "purpose": self.tr("Purpose"), "device": self.tr("Device"),
                  "event_id": self.tr("Event id"), "hash": self.tr("Hash"), "prev_hash": self.tr("Previous hash")}
        for key, (label, _value) in self.fields.items():
            label.setText(labels[key])
        self.details_label.setText(self.tr("Details"))
        self.model.retranslate()
        self._size_columns()
        self._update_count()
        self._render_status()
        self._show_event(self.selected())

    def _size_columns(self) -> None:
        fm = self.table.fontMetrics()
        pad = 24
        header = self.table.horizontalHeader()
        header.resizeSection(Column.SEQ, fm.horizontalAdvance("✗ 0000000") + pad)
        bold = 1.1  # the broken event's row is bold
        header.resizeSection(Column.WHEN, int(fm.horizontalAdvance("00.00.0000 00:00:00") * bold) + pad)
        header.resizeSection(Column.ACTION, max(fm.horizontalAdvance(action_name(a)) for a in AuditAction) + pad)
        header.resizeSection(Column.PERSON, fm.horizontalAdvance("Žygimantas Stankevičius · VP Kurzeme") + pad)
        header.resizeSection(Column.RECORD, fm.horizontalAdvance("Operation 01900000-0000-7000") + pad)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.StyleChange:
            self.model.restyle()
            self._render_status()
        super().changeEvent(event)

    # ---- filters -----------------------------------------------------------------------------------------------
    def current_filters(self) -> dict[str, Any]:
        """The filters as `fo.audit.search` / `export_csv` keywords (only the ones set)."""
        filters: dict[str, Any] = {}
        action = self.action_combo.currentData()
        if action:
            filters["actions"] = (str(action),)
        person = self.person_combo.currentData()
        if person:
            filters["actor_id"] = str(person)
        text = self.search.text().strip()
        if text:
            filters["text"] = text
        start, end = self._date_bounds()
        if start is not None:
            filters["start"] = start
        if end is not None:
            filters["end"] = end
        return filters

    def apply_filter(self) -> None:
        self.search_timer.stop()
        self._select_seq = None
        self.model.set_filters(self.current_filters())
        self._update_count()

    def refresh(self) -> None:
        """Reload from the newest event, keeping the selected event selected if it comes back."""
        selected = self.selected()
        self.search_timer.stop()
        self._select_seq = selected.seq if selected is not None else None
        self.model.set_filters(self.current_filters())
        self._update_count()

    def clear_filters(self) -> None:
        self.clear_filters_silently()
        self.apply_filter()

    def clear_filters_silently(self) -> None:
        """Every filter back to "all", without loading."""
        widgets = (self.search, self.action_combo, self.person_combo, self.date_combo)
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        for combo in (self.action_combo, self.person_combo, self.date_combo):
            combo.setCurrentIndex(0)
        for w in widgets:
            w.blockSignals(False)
        self.search_timer.stop()
        self._show_custom_dates(False)

    def _date_bounds(self) -> tuple[datetime | None, datetime | None]:
        """The chosen range as aware UTC bounds [from, to), days counted in the user's agency time zone."""
        key = self.date_combo.currentData()
        today = datetime.now(ZoneInfo(self.tz)).date()

        def local(day: date) -> datetime:
            return from_local(datetime(day.year, day.month, day.day), self.tz)

        if key == "today":
            return local(today), None
        if key == "7d":
            return local(today - timedelta(days=6)), None
        if key == "30d":
            return local(today - timedelta(days=29)), None
        if key == "custom":
            first, last = self.date_from.date().toPython(), self.date_to.date().toPython()
            if last < first:
                last = first
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

    def _on_lists_loaded(self, result: tuple[list[AgencyDTO], list[PersonRef]]) -> None:
        if not isValid(self):
            return
        agencies, self.people = result
        mine = next((a for a in agencies if a.id == self.user.agency_id), None)
        if mine is not None and mine.timezone != self.tz:
            self.tz = self.model.tz = mine.timezone
            self.model.restyle()
            self._show_event(self.selected())
        current = self.person_combo.currentData()
        self.person_combo.blockSignals(True)
        while self.person_combo.count() > 1:
            self.person_combo.removeItem(1)
        for person in self.people:
            label = f"{person.full_name} ({person.badge_no})" if person.badge_no else person.full_name
            self.person_combo.addItem(f"{label} · {person.agency_short}", person.id)
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(current)))
        self.person_combo.blockSignals(False)

    # ---- list state ------------------------------------------------------------------------------------------
    def _update_count(self) -> None:
        rows = self.model.rowCount()
        if self.model.loading and not rows:
            text = self.tr("Loading…")
        elif self.model.exhausted:
            text = self.tr("%n event(s)", "", rows)
        else:
            text = self.tr("%n event(s) loaded, more as you scroll", "", rows)
        self.count_label.setText(text)
        self.empty_label.setVisible(not self.model.loading and rows == 0)

    def _on_page_loaded(self, _count: int) -> None:
        self._update_count()
        seq = self._select_seq
        if seq is not None:
            row = self.model.row_of(seq)
            if row >= 0:
                self._select_seq = None
                self.select_seq(seq)
            elif self.model.exhausted:
                self._select_seq = None
        self._render_status()

    def _on_load_failed(self, exc: BaseException) -> None:
        self._update_count()
        show_error(self, exc)

    def _on_model_reset(self) -> None:
        self._show_event(None)

    def selected(self) -> AuditEventDTO | None:
        index = self.table.currentIndex()
        return self.model.event_at(index.row()) if index.isValid() else None

    def select_seq(self, seq: int) -> bool:
        row = self.model.row_of(seq)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_event(self.model.event_at(current.row()) if current.isValid() else None)

    # ---- the selected event --------------------------------------------------------------------------------------
    def _show_event(self, event: AuditEventDTO | None) -> None:
        if event is None:
            self.detail_title.setText(self.tr("Select an event to see its details."))
            for _label, value in self.fields.values():
                value.clear()
            self.details.clear()
            return
        self.detail_title.setText(self.tr("Event #%1").replace("%1", str(event.seq)))
        utc = event.at.strftime("%Y-%m-%d %H:%M:%S UTC")
        person = (self.tr("(no signed-in user)") if event.actor_id is None else
                  " · ".join(p for p in (event.actor or "?", event.actor_agency or "", event.actor_id) if p))
        record = entity_name(event.entity) + (f" {event.entity_id}" if event.entity_id else "")
        values = {"when": f"{local_time(event.at, self.tz)} ({utc})", "action": action_name(event.action),
                  "person": person, "record": record, "purpose": event.purpose or "–", "device": event.device_id,
                  "event_id": event.id, "hash": event.hash, "prev_hash": event.prev_hash}
        for key, (_label, value) in self.fields.items():
            value.setText(values[key])
            if isinstance(value, QLineEdit):
                value.setCursorPosition(0)  # the start of a long hash
        self.details.setPlainText(json.dumps(event.details, ensure_ascii=False, indent=2, sort_keys=True)
                                  if event.details else "{}")

    # ---- verify ------------------------------------------------------------------------------------------------
    def verify(self) -> None:
        if self._verifying:
            return
        self._verifying = True
        self.verify_button.setEnabled(False)
        self.report = None
        self.notice = ""
        self.model.set_broken(None)
        self._render_status()
        Query(self, lambda fo: fo.audit.verify()).success(self._on_verified).failure(self._on_verify_failed).run()

    def _on_verified(self, report: ChainReport) -> None:
        if not isValid(self):
            return
        self._verifying = False
        self.verify_button.setEnabled(True)
        self.report = report
        self.model.set_broken(None if report.ok else report.first_broken_seq)
        if not report.ok and report.first_broken_seq is not None:
            self.select_seq(report.first_broken_seq)
        self._render_status()

    def _on_verify_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._verifying = False
        self.verify_button.setEnabled(True)
        self._render_status()
        show_error(self, exc)

    def _on_show_broken_clicked(self) -> None:
        report = self.report
        if report is None or report.first_broken_seq is None:
            return
        seq = report.first_broken_seq
        if self.select_seq(seq):
            return
        self.clear_filters_silently()
        self._select_seq = seq
        self.model.set_filters({}, before_seq=seq + 1)  # a page starting at the broken event
        self._update_count()

    def status_state(self) -> str:
        """"", "verifying", "ok", "broken", "exporting", "exported" or "export_failed" (what the status line says)."""
        if self._verifying:
            return "verifying"
        if self._exporting:
            return "exporting"
        if self.notice:
            return "export_failed" if self.notice_error else "exported"
        if self.report is not None:
            return "ok" if self.report.ok else "broken"
        return ""

    def _render_status(self) -> None:
        t = theme.current()
        status = self.status_state()
        self.status_label.setProperty("state", status)
        self.show_broken.hide()
        if status == "verifying":
            self.status_label.setText(escape(self.tr("Verifying the chain…")))
        elif status == "exporting":
            self.status_label.setText(escape(self.tr("Exporting…")))
        elif status in ("exported", "export_failed"):
            color = t.danger if self.notice_error else t.text
            self.status_label.setText(f"<span style='color:{color}'>{escape(self.notice)}</span>")
        elif status == "ok" and self.report is not None:
            text = self.tr("✓ Chain intact: %n event(s) verified.", "", self.report.checked)
            self.status_label.setText(f"<span style='color:{t.success}; font-weight:600'>{escape(text)}</span>")
        elif status == "broken" and self.report is not None:
            seq = self.report.first_broken_seq
            if self.report.reason == "hash":
                why = self.tr("its content was changed after it was recorded")
            else:
                why = self.tr("an event before it was removed, or it was changed and re-hashed")
            text = self.tr("✗ The audit log was altered at event #%1: %2. Report this to IT.")
            text = text.replace("%1", str(seq)).replace("%2", why)
            if seq is not None and self.model.row_of(seq) < 0:
                text += " " + self.tr("The event is not in the list yet.")
                self.show_broken.show()
            self.status_label.setText(f"<span style='color:{t.danger}; font-weight:600'>{escape(text)}</span>")
        else:
            self.status_label.clear()

    # ---- export --------------------------------------------------------------------------------------------------
    def export(self) -> None:
        """Purpose → file → write on the DB thread (the core records the DISCLOSURE with the file)."""
        if self._exporting:
            return
        filters = self.current_filters()
        purpose = ask_purpose(self.tr("The audit log (the events matching the filters) as a CSV file"), self)
        if purpose is None:
            return
        path = ask_save_path(self, self.tr("Export the audit log"), default_path(), self.tr("CSV files (*.csv)"))
        if path is None:
            return
        self._exporting = True
        self.export_button.setEnabled(False)
        self.notice = ""
        self._render_status()
        Op(self, lambda fo: fo.audit.export_csv(path, purpose, **filters)).success(
            lambda _changes: self._on_exported(path)).failure(self._on_export_failed).run()

    def _on_exported(self, path: Path) -> None:
        if not isValid(self):
            return
        self._exporting = False
        self.export_button.setEnabled(True)
        self.notice, self.notice_error = self.tr("Saved to %1. The export is recorded in the audit log.").replace(
            "%1", str(path)), False
        self._render_status()
        status_bar = getattr(self.window(), "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(self.tr("Audit log exported: %1").replace("%1", str(path)), STATUS_MS)
        self.refresh()  # shows the export's own DISCLOSURE event at the top

    def _on_export_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._exporting = False
        self.export_button.setEnabled(True)
        self.notice, self.notice_error = self.tr("Nothing was exported: %1").replace("%1", message(exc)), True
        self._render_status()

    # ---- keyboard ------------------------------------------------------------------------------------------------
    def _on_find_triggered(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_search_return_pressed(self) -> None:
        self.apply_filter()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.search.hasFocus() and self.search.text():
            self.search.clear()
            return
        super().keyPressEvent(event)


def default_path() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / f"fieldops-audit-{date.today():%Y-%m-%d}.csv"
