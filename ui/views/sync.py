"""Sync: what this laptop still has to send, what the server refused (and why, and what became of it), and the
conflicts a person resolves (the server's and this laptop's values side by side). For every role."""

from __future__ import annotations

from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldops.changes import Changes
from fieldops.sync.status import OutboxItem, SyncStatus, dismiss_rejected, outbox_items, status
from ui import state, timefmt
from ui.dialogs.conflict import ConflictDialog, display_value
from ui.errors import message, show_error
from ui.ops import Op, Query

if TYPE_CHECKING:
    from fieldops.dto import AgencyDTO
    from ui.sync_controller import Conflict, SyncController

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
LIMIT = 500  # rows listed per section (the oldest first); the tab titles count them all


def entity_name(entity: str) -> str:
    names = {
        "operation": QCoreApplication.translate("SyncView", "Operation"),
        "check": QCoreApplication.translate("SyncView", "Check"),
        "review_decision": QCoreApplication.translate("SyncView", "Review decision"),
        "equipment_item": QCoreApplication.translate("SyncView", "Equipment item"),
        "kit": QCoreApplication.translate("SyncView", "Kit"),
        "custody_event": QCoreApplication.translate("SyncView", "Equipment hand-over"),
        "equipment_incident": QCoreApplication.translate("SyncView", "Equipment incident"),
        "equipment_reservation": QCoreApplication.translate("SyncView", "Equipment reservation"),
        "equipment_share": QCoreApplication.translate("SyncView", "Equipment sharing rule"),
        "user": QCoreApplication.translate("SyncView", "User"),
        "attachment": QCoreApplication.translate("SyncView", "Photo or file"),
        "amendment": QCoreApplication.translate("SyncView", "Amendment"),
    }
    return names.get(entity, entity.replace("_", " "))


def op_name(op_type: str) -> str:
    names = {
        "create": QCoreApplication.translate("SyncView", "new"),
        "update": QCoreApplication.translate("SyncView", "changed"),
        "submit": QCoreApplication.translate("SyncView", "submitted"),
        "void": QCoreApplication.translate("SyncView", "voided"),
        "approved": QCoreApplication.translate("SyncView", "approved"),
        "returned": QCoreApplication.translate("SyncView", "returned for correction"),
        "cancel": QCoreApplication.translate("SyncView", "cancelled"),
        "resolve": QCoreApplication.translate("SyncView", "resolved"),
        "set": QCoreApplication.translate("SyncView", "set"),
        "set_desk_pin": QCoreApplication.translate("SyncView", "desk PIN set"),
    }
    return names.get(op_type, op_type.replace("_", " "))


def what(item: OutboxItem) -> str:
    return f"{entity_name(item.entity)} – {op_name(item.op_type)}"


def refusal(status: str | None, reason: str | None) -> str:
    """Why the server refused a change and what became of it, in words."""
    if status == "rejected_locked":
        return QCoreApplication.translate(
            "SyncView", "The operation was submitted meanwhile: your change was not applied; it is kept here.")
    if status == "rejected_immutable":
        return QCoreApplication.translate(
            "SyncView", "The operation is approved: your change was not applied. It is kept here and as a draft "
            "amendment in the operation: complete it with a reason to send it for review.")
    if status == "rejected_forbidden":
        text = QCoreApplication.translate(
            "SyncView", "Your role or agency may not make this change: it was not applied.")
        return f"{text} ({reason})" if reason else text
    if status == "rejected_invalid":
        return QCoreApplication.translate("SyncView", "The server refused the change as invalid: %1").replace(
            "%1", reason or QCoreApplication.translate("SyncView", "no reason given"))
    return reason or status or QCoreApplication.translate("SyncView", "Refused by the server.")


def field_name(field: str) -> str:
    names = {
        "narrative": QCoreApplication.translate("SyncView", "Narrative"),
        "area_name": QCoreApplication.translate("SyncView", "Area"),
        "vehicle": QCoreApplication.translate("SyncView", "Vehicle"),
        "weather": QCoreApplication.translate("SyncView", "Weather"),
        "visibility": QCoreApplication.translate("SyncView", "Visibility"),
        "planned_start": QCoreApplication.translate("SyncView", "Planned start"),
        "planned_end": QCoreApplication.translate("SyncView", "Planned end"),
        "actual_start": QCoreApplication.translate("SyncView", "Actual start"),
        "actual_end": QCoreApplication.translate("SyncView", "Actual end"),
        "lat": QCoreApplication.translate("SyncView", "Latitude"),
        "lon": QCoreApplication.translate("SyncView", "Longitude"),
        "type": QCoreApplication.translate("SyncView", "Type"),
        "lead_id": QCoreApplication.translate("SyncView", "Lead officer"),
        "outcome": QCoreApplication.translate("SyncView", "Outcome"),
        "facts": QCoreApplication.translate("SyncView", "Check details"),
        "location": QCoreApplication.translate("SyncView", "Location"),
        "notes": QCoreApplication.translate("SyncView", "Notes"),
        "status": QCoreApplication.translate("SyncView", "Status"),
    }
    return names.get(field, field.replace("_", " "))


def _table(object_name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, objectName=object_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(columns - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _cell(text: str, data: object = None, tooltip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(ROW_ROLE, data)
    item.setToolTip(tooltip if tooltip is not None else text)
    return item


class SyncView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: SyncController | None = None
        self.tz = "Europe/Riga"
        self.sync_state = "unlinked"
        self.payload: object = None
        self.pending: list[OutboxItem] = []
        self.refused: list[OutboxItem] = []
        self.local_conflicts: list[OutboxItem] = []
        self.conflicts: list[Conflict] = []
        self.counts: SyncStatus | None = None
        self.conflicts_loaded = False
        self.conflict_error = ""
        self._busy = False
        self._conflicts_stale = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        self.heading = QLabel(objectName="title")
        self.state_label = QLabel(objectName="syncState")
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.server_label = QLabel(objectName="muted")
        for w in (self.heading, self.state_label, self.server_label):
            titles.addWidget(w)
        head.addLayout(titles, 1)
        self.sync_button = QPushButton(objectName="syncNow")
        self.sync_button.setProperty("primary", True)
        head.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)

        self.tabs = QTabWidget(objectName="syncTabs")
        # waiting
        waiting = QWidget()
        w_layout = QVBoxLayout(waiting)
        self.waiting_note = QLabel(objectName="muted")
        self.waiting_note.setWordWrap(True)
        self.waiting_table = _table("waitingTable", 4)
        w_layout.addWidget(self.waiting_note)
        w_layout.addWidget(self.waiting_table, 1)
        self.tabs.addTab(waiting, "")
        # refused
        refused = QWidget()
        r_layout = QVBoxLayout(refused)
        self.refused_note = QLabel(objectName="muted")
        self.refused_note.setWordWrap(True)
        self.refused_table = _table("refusedTable", 5)
        self.dismiss_button = QPushButton(objectName="dismissRefused")
        r_buttons = QHBoxLayout()
        r_buttons.addStretch(1)
        r_buttons.addWidget(self.dismiss_button)
        r_layout.addWidget(self.refused_note)
        r_layout.addWidget(self.refused_table, 1)
        r_layout.addLayout(r_buttons)
        self.tabs.addTab(refused, "")
        # conflicts
        conflicts = QWidget()
        c_layout = QVBoxLayout(conflicts)
        self.conflict_note = QLabel(objectName="muted")
        self.conflict_note.setWordWrap(True)
        self.conflict_table = _table("conflictTable", 4)
        self.conflict_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.keep_server_button = QPushButton(objectName="keepServer")
        self.use_mine_button = QPushButton(objectName="useMine")
        self.edit_button = QPushButton(objectName="editConflict")
        c_buttons = QHBoxLayout()
        c_buttons.addStretch(1)
        for b in (self.keep_server_button, self.use_mine_button, self.edit_button):
            c_buttons.addWidget(b)
        c_layout.addWidget(self.conflict_note)
        c_layout.addWidget(self.conflict_table, 1)
        c_layout.addLayout(c_buttons)
        self.tabs.addTab(conflicts, "")
        layout.addWidget(self.tabs, 1)

        self.sync_button.clicked.connect(self._on_sync_clicked)
        self.dismiss_button.clicked.connect(self._on_dismiss_clicked)
        self.keep_server_button.clicked.connect(lambda: self._resolve_with("server"))
        self.use_mine_button.clicked.connect(lambda: self._resolve_with("mine"))
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.refused_table.itemSelectionChanged.connect(self._update_buttons)
        self.conflict_table.itemSelectionChanged.connect(self._update_buttons)
        state.get().hub.sig_operation_executed.connect(self._on_operation_executed)
        Query(self, lambda fo: fo.users.agencies()).success(self._on_agencies_loaded).run()
        self.retranslate()
        self.refresh()

    # ---- wiring --------------------------------------------------------------------------------------------
    def attach(self, controller: SyncController | None) -> None:
        if controller is None or controller is self.controller:
            return
        self.controller = controller
        controller.sig_state.connect(self._on_state)
        self._on_state(controller.state, controller.message if controller.state == "error" else controller.status)

    def _on_agencies_loaded(self, agencies: list[AgencyDTO]) -> None:
        fo = state.get().fo
        mine = next((a for a in agencies if fo is not None and a.id == fo.user.agency_id), None)
        if mine is not None:
            self.tz = mine.timezone
            self._render_lists()

    def _on_operation_executed(self, changes: Changes, _initiator: object) -> None:
        if changes.outbox_ops or changes.concerns("outbox", "sync"):
            self.refresh()

    def _on_state(self, sync_state: str, payload: object) -> None:
        self.sync_state, self.payload = sync_state, payload
        self._render_state()
        if sync_state in ("offline", "unlinked"):
            self.conflicts, self.conflicts_loaded = [], False
            self._render_conflicts()
        elif sync_state == "synced":  # each round may have brought or settled conflicts
            self._conflicts_stale = True
            if self.isVisible():
                self.load_conflicts()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._conflicts_stale and self.sync_state == "synced":
            self.load_conflicts()  # loaded when seen, not at every background round

    # ---- data ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        Query(self, lambda fo: (outbox_items(fo, ("pending",), LIMIT), outbox_items(fo, ("rejected",), LIMIT),
                                outbox_items(fo, ("conflict",), LIMIT), status(fo))).success(self._on_loaded).run()

    def _on_loaded(self, result: tuple[list[OutboxItem], list[OutboxItem], list[OutboxItem], SyncStatus]) -> None:
        self.pending, self.refused, self.local_conflicts, self.counts = result
        self.loaded = True
        self._render_lists()
        self._render_conflicts()

    def load_conflicts(self) -> None:
        self._conflicts_stale = False
        controller = self.controller
        if controller is None or not controller.load_conflicts(self._on_conflicts_loaded):
            self.conflicts, self.conflicts_loaded = [], False
            self._render_conflicts()

    def _on_conflicts_loaded(self, future: Future[Any]) -> None:
        exc = future.exception()
        if exc is not None:
            self.conflict_error = message(exc)
            self.conflicts, self.conflicts_loaded = [], False
        else:
            self.conflict_error = ""
            self.conflicts, self.conflicts_loaded = list(future.result()), True
        self._render_conflicts()

    # ---- texts ----------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sync with the regional server"))
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Send the waiting changes and fetch the others' (Ctrl+Shift+Y)"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.keep_server_button.setText(self.tr("Keep the server's"))
        self.use_mine_button.setText(self.tr("Use mine"))
        self.edit_button.setText(self.tr("Edit…"))
        self.waiting_table.setHorizontalHeaderLabels(
            [self.tr("Recorded"), self.tr("What"), self.tr("Record"), self.tr("By")])
        self.refused_table.setHorizontalHeaderLabels(
            [self.tr("Recorded"), self.tr("What"), self.tr("Record"), self.tr("By"),
             self.tr("Why, and what became of it")])
        self.conflict_table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("Server's value"), self.tr("This laptop's value")])
        self._render_state()
        self._render_lists()
        self._render_conflicts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _render_state(self) -> None:
        s = self.payload if isinstance(self.payload, SyncStatus) else (
            self.controller.status if self.controller is not None else None)
        texts = {
            "unlinked": self.tr("This laptop is not connected to a regional server. Changes are kept here until "
                                "an administrator enrolls it."),
            "offline": self.tr("The server cannot be reached. Changes are kept here and sent as soon as it "
                               "answers again."),
            "syncing": self.tr("Syncing…"),
            "synced": self.tr("Synced at %1.").replace(
                "%1", timefmt.clock(s.last_ok, self.tz) if s is not None else "–"),
            "error": self.tr("The last sync failed: %1").replace("%1", str(self.payload or "")),
        }
        self.state_label.setText(texts.get(self.sync_state, ""))
        self.server_label.setText(self.tr("Server: %1").replace("%1", s.server_url)
                                  if s is not None and s.server_url else "")
        self.sync_button.setEnabled(self.controller is not None and self.sync_state != "syncing")

    def _render_lists(self) -> None:
        tz = self.tz
        pending = self.counts.pending if self.counts is not None else len(self.pending)
        refused = self.counts.rejected if self.counts is not None else len(self.refused)
        self.tabs.setTabText(0, self.tr("Waiting to be sent (%1)").replace("%1", str(pending)))
        self.tabs.setTabText(1, self.tr("Refused by the server (%1)").replace("%1", str(refused)))
        me = self._me()
        others = sum(1 for i in self.pending if not i.is_by(me))
        note = self.tr("Changes recorded on this laptop that the server has not received yet. They are sent at "
                       "the next sync.") if self.pending else \
            self.tr("Nothing is waiting: every change recorded here has been sent.")
        if pending > len(self.pending):
            note += " " + self.tr("The oldest %1 are listed.").replace("%1", str(len(self.pending)))
        if others:
            note += " " + self.tr("%n of them were made by other people: they are sent when those people sync.",
                                  "", others)
        self.waiting_note.setText(note)
        self.waiting_table.setRowCount(len(self.pending))
        for row, item in enumerate(self.pending):
            self.waiting_table.setItem(row, 0, _cell(timefmt.short(item.created_at, tz), item.op_id))
            self.waiting_table.setItem(row, 1, _cell(what(item)))
            self.waiting_table.setItem(row, 2, _cell(item.label or "–"))
            self.waiting_table.setItem(row, 3, _cell(item.author or "–"))
        self.refused_note.setText(self.tr("The server did not apply these changes. Read why, then dismiss them; "
                                          "nothing is removed without you.") if self.refused else
                                  self.tr("The server has refused none of this laptop's changes."))
        current = self.selected_refused()
        self.refused_table.setRowCount(len(self.refused))
        for row, item in enumerate(self.refused):
            self.refused_table.setItem(row, 0, _cell(timefmt.short(item.created_at, tz), item.op_id))
            self.refused_table.setItem(row, 1, _cell(what(item)))
            self.refused_table.setItem(row, 2, _cell(item.label or "–"))
            self.refused_table.setItem(row, 3, _cell(item.author or "–"))
            self.refused_table.setItem(row, 4, _cell(refusal(item.status, item.reason)))
            if current is not None and item.op_id == current.op_id:
                self.refused_table.selectRow(row)
        self.refused_table.resizeRowsToContents()
        self._update_buttons()

    def _render_conflicts(self) -> None:
        count = len(self.conflicts) if self.conflicts_loaded else len(self.local_conflicts)
        self.tabs.setTabText(2, self.tr("Conflicts to resolve (%1)").replace("%1", str(count)))
        online = self.sync_state in ("synced", "syncing", "error") and self.controller is not None \
            and self.controller.session is not None
        if not online:
            note = self.tr("Conflicts are resolved on the server: this needs a connection to it.")
            if self.local_conflicts:
                note += " " + self.tr("%n change(s) of this laptop met a conflict.", "", len(self.local_conflicts))
        elif self.conflict_error:
            note = self.tr("The conflicts could not be loaded: %1").replace("%1", self.conflict_error)
        elif not self.conflicts_loaded:
            note = self.tr("Loading the conflicts from the server…")
        elif self.conflicts:
            note = self.tr("The same field was changed in two places. Choose the value to keep: the server's, "
                           "this laptop's, or an edited one.")
        else:
            note = self.tr("There are no conflicts to resolve.")
        self.conflict_note.setText(note)
        rows = self.conflicts if online and self.conflicts_loaded else []
        self.conflict_table.setRowCount(len(rows))
        for row, c in enumerate(rows):
            record = f"{entity_name(c.entity)} {c.label}" if c.label else entity_name(c.entity)
            self.conflict_table.setItem(row, 0, _cell(record, c.id))
            self.conflict_table.setItem(row, 1, _cell(field_name(c.field)))
            self.conflict_table.setItem(row, 2, _cell(display_value(c.server_value)))
            self.conflict_table.setItem(row, 3, _cell(display_value(c.client_value)))
        self.conflict_table.resizeRowsToContents()
        self.conflict_table.setEnabled(online)
        self._update_buttons()

    def _me(self) -> str:
        fo = state.get().fo
        return fo.user.id if fo is not None else ""

    def _update_buttons(self) -> None:
        refused = self.selected_refused()
        mine = refused is not None and refused.is_by(self._me())
        self.dismiss_button.setEnabled(mine and not self._busy)
        self.dismiss_button.setToolTip(
            self.tr("I have read it: remove it from this list (it stays in the log)") if refused is None or mine
            else self.tr("Only the person who made this change can dismiss it."))
        has_conflict = self.selected_conflict() is not None and not self._busy
        for b in (self.keep_server_button, self.use_mine_button, self.edit_button):
            b.setEnabled(has_conflict)

    # ---- selection -------------------------------------------------------------------------------------------
    def selected_refused(self) -> OutboxItem | None:
        row = self.refused_table.currentRow()
        if not self.refused_table.selectionModel().hasSelection() or not 0 <= row < len(self.refused):
            return None
        op_id = self.refused_table.item(row, 0).data(ROW_ROLE) if self.refused_table.item(row, 0) else None
        return next((i for i in self.refused if i.op_id == op_id), None)

    def selected_conflict(self) -> Conflict | None:
        row = self.conflict_table.currentRow()
        if not self.conflict_table.selectionModel().hasSelection() or not 0 <= row < self.conflict_table.rowCount():
            return None
        item = self.conflict_table.item(row, 0)
        conflict_id = item.data(ROW_ROLE) if item else None
        return next((c for c in self.conflicts if c.id == conflict_id), None)

    def select_refused(self, op_id: str) -> None:
        for row in range(self.refused_table.rowCount()):
            if self.refused_table.item(row, 0).data(ROW_ROLE) == op_id:
                self.refused_table.selectRow(row)
                return

    def select_conflict(self, conflict_id: str) -> None:
        for row in range(self.conflict_table.rowCount()):
            if self.conflict_table.item(row, 0).data(ROW_ROLE) == conflict_id:
                self.conflict_table.selectRow(row)
                return

    # ---- actions ---------------------------------------------------------------------------------------------
    def _on_sync_clicked(self) -> None:
        if self.controller is not None:
            self.controller.sync_now()

    def _on_dismiss_clicked(self) -> None:
        item = self.selected_refused()
        if item is None:
            return
        op_id = item.op_id
        Op(self, lambda fo: dismiss_rejected(fo, op_id)).run()

    def _resolve_with(self, which: str) -> None:
        c = self.selected_conflict()
        if c is not None:
            self.resolve(c, c.server_value if which == "server" else c.client_value)

    def _on_edit_clicked(self) -> None:
        c = self.selected_conflict()
        if c is None:
            return
        record = f"{entity_name(c.entity)} {c.label}" if c.label else entity_name(c.entity)
        dialog = ConflictDialog(record, c.field, field_name(c.field), c.server_value, c.client_value, self)
        self.conflict_dialog = dialog
        if dialog.exec():
            self.resolve(c, dialog.value())

    def resolve(self, conflict: Conflict, value: Any) -> None:
        controller = self.controller
        if controller is None:
            return
        self._busy = True
        self._update_buttons()
        if not controller.resolve_conflict(conflict.id, value, self._on_resolved):
            self._busy = False
            self._update_buttons()

    def _on_resolved(self, future: Future[Any]) -> None:
        self._busy = False
        exc = future.exception()
        if exc is not None:
            show_error(self, exc)
            self._update_buttons()
            return
        self.load_conflicts()
