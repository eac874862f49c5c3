"""Equipment desk: scan to act, check-out panel, inventory with overdue and service highlights, incidents and
reservations. Everything a scan or a button does is a core call on the DB thread (`ui.ops`).

Scanning (a USB scanner types the code and Enter into the focused scan field):
- an officer's badge starts a check-out for them; then each available item (or a kit tag) joins the list;
- an item that is out starts its return (the holder's other items are listed too);
- an item scanned with no officer chosen opens the item (history, actions);
- Enter on the empty field confirms: the holder types their PIN (focus moves there) and presses Enter.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldops.changes import Changes
from fieldops.dto import ItemDTO, KitDTO, ReservationDTO, ScanResult, UserDTO
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.services.desk import CONDITIONS
from fieldops.services.equipment import ItemFilter
from ui import state, theme
from ui.errors import message
from ui.ops import Op, Query
from ui.timefmt import short
from ui.views.desk_models import IncidentModel, ItemModel, ReservationModel
from ui.vocab import condition_name, equipment_status
from ui.widgets.datetime_field import DateTimeField
from ui.widgets.forms import FieldError, with_error

STATUS_FILTERS = ("", "checked_out", "overdue", "service_due", "available", "maintenance", "lost", "retired")
MAIN_KINDS = ("nv_binocular", "thermal_imager", "video_camera")


def table(model: object, name: str) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setWordWrap(False)
    return view


class DeskView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fo = state.get().require_fo()
        self.me: UserDTO = fo.user
        self.tz = "Europe/Riga"
        self.holder: UserDTO | None = None
        self.pending: list[ItemDTO] = []
        self.holdings: list[ItemDTO] = []
        self.items: list[ItemDTO] = []
        self.open_reservations: list[ReservationDTO] = []
        self.loaded = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        head = QHBoxLayout()
        self.heading = QLabel(objectName="title")
        self.counts = QLabel(objectName="muted")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        head.addWidget(self.heading)
        head.addStretch(1)
        head.addWidget(self.counts)
        outer.addLayout(head)
        # ---- scan ----------------------------------------------------------------------------------------
        scan_row = QHBoxLayout()
        self.scan = QLineEdit(objectName="scan")
        self.scan.setClearButtonEnabled(True)
        self.scan.addAction(theme.icon("scan"), QLineEdit.ActionPosition.LeadingPosition)
        font = self.scan.font()
        font.setPointSize(font.pointSize() + 4)
        self.scan.setFont(font)
        self.scan.setMinimumHeight(44)
        scan_row.addWidget(self.scan, 1)
        outer.addLayout(scan_row)
        self.feedback = QLabel(objectName="scanFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setProperty("role", "hint")
        outer.addWidget(self.feedback)
        # ---- check-out panel -----------------------------------------------------------------------------
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.panel = QGroupBox(objectName="checkoutPanel")
        panel = QVBoxLayout(self.panel)
        self.holder_label = QLabel(objectName="holderName")
        self.holder_label.setProperty("role", "hint")
        self.holder_label.setWordWrap(True)
        self.holder_label.setTextFormat(Qt.TextFormat.RichText)
        holder_row = QHBoxLayout()
        holder_row.addWidget(self.holder_label, 1)
        self.history_button = QPushButton(objectName="holderHistory")
        holder_row.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignTop)
        panel.addLayout(holder_row)
        self.pending_list = QListWidget(objectName="pendingItems")
        self.pending_list.setMinimumHeight(90)
        panel.addWidget(self.pending_list, 1)
        self.items_error = FieldError()
        panel.addWidget(self.items_error)
        form = QFormLayout()
        self.due = DateTimeField(self.tz)
        self.due.setObjectName("due")
        self.condition = QComboBox(objectName="condition")
        for c in CONDITIONS[:2]:
            self.condition.addItem(condition_name(c), c)
        self.battery = QSpinBox(objectName="battery", minimum=0, maximum=100, value=100, suffix=" %")
        self.notes = QLineEdit(objectName="notes")
        self.photos: list[Path] = []  # the condition at issue, attached to the check-out
        self.photo_button = QPushButton(objectName="checkoutPhotos")
        self.photo_button.clicked.connect(self._on_add_photos)
        notes_box = QWidget()
        notes_row = QHBoxLayout(notes_box)
        notes_row.setContentsMargins(0, 0, 0, 0)
        notes_row.addWidget(self.notes, 1)
        notes_row.addWidget(self.photo_button)
        self.reservation = QComboBox(objectName="reservation")
        self.pin = QLineEdit(objectName="pin", echoMode=QLineEdit.EchoMode.Password)
        due_box, self.due_error = with_error(self.due)
        pin_box, self.pin_error = with_error(self.pin)
        self.form_labels = [QLabel() for _ in range(6)]
        for label, widget in zip(self.form_labels, (due_box, self.condition, self.battery, self.reservation,
                                                    notes_box, pin_box),
                                 strict=True):
            form.addRow(label, widget)
        for label, buddy in zip(self.form_labels, (self.due, self.condition, self.battery, self.reservation,
                                                   self.notes, self.pin), strict=True):
            label.setBuddy(buddy)
        panel.addLayout(form)
        buttons = QHBoxLayout()
        self.checkout_button = QPushButton(objectName="checkOut")
        self.checkout_button.setProperty("primary", True)
        self.clear_button = QPushButton(objectName="clearDesk")
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.checkout_button)
        panel.addLayout(buttons)
        splitter.addWidget(self.panel)
        # ---- tabs ----------------------------------------------------------------------------------------
        self.tabs = QTabWidget(objectName="deskTabs")
        inv = QWidget()
        inv_layout = QVBoxLayout(inv)
        tools = QHBoxLayout()
        self.filter = QLineEdit(objectName="inventoryFilter")
        self.filter.setClearButtonEnabled(True)
        self.status_filter = QComboBox(objectName="statusFilter")
        self.new_button = QPushButton(objectName="newItem")
        # Less frequent inventory work sits in one menu: the row stays narrow in every language.
        self.more_button = QToolButton(objectName="moreActions")
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.kit_action = more.addAction("")
        self.import_action = more.addAction("")
        self.labels_action = more.addAction("")
        self.more_button.setMenu(more)
        self.open_button = QPushButton(objectName="openItem")
        tools.addWidget(self.filter, 1)
        tools.addWidget(self.status_filter)
        inv_layout.addLayout(tools)
        actions = QHBoxLayout()
        for b in (self.open_button, self.new_button, self.more_button):
            actions.addWidget(b)
        actions.addStretch(1)
        inv_layout.addLayout(actions)
        self.item_model = ItemModel(self.tz, self)
        self.inventory = table(self.item_model, "inventory")
        self.inventory.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        inv_layout.addWidget(self.inventory)
        self.tabs.addTab(inv, "")
        inc = QWidget()
        inc_layout = QVBoxLayout(inc)
        self.incident_model = IncidentModel(self.tz, self)
        self.incidents = table(self.incident_model, "incidents")
        inc_layout.addWidget(self.incidents)
        inc_buttons = QHBoxLayout()
        self.resolve_button = QPushButton(objectName="resolveIncident")
        inc_buttons.addStretch(1)
        inc_buttons.addWidget(self.resolve_button)
        inc_layout.addLayout(inc_buttons)
        self.tabs.addTab(inc, "")
        res = QWidget()
        res_layout = QVBoxLayout(res)
        self.reservation_model = ReservationModel(self.tz, self)
        self.reservations = table(self.reservation_model, "reservations")
        res_layout.addWidget(self.reservations)
        res_buttons = QHBoxLayout()
        self.reserve_button = QPushButton(objectName="newReservation")
        self.cancel_reservation_button = QPushButton(objectName="cancelReservation")
        res_buttons.addStretch(1)
        res_buttons.addWidget(self.cancel_reservation_button)
        res_buttons.addWidget(self.reserve_button)
        res_layout.addLayout(res_buttons)
        self.tabs.addTab(res, "")
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([380, 900])
        outer.addWidget(splitter, 1)
        # ---- wiring --------------------------------------------------------------------------------------
        self.scan.returnPressed.connect(self._on_scan)
        self.pin.returnPressed.connect(self.confirm)
        self.checkout_button.clicked.connect(self.confirm)
        self.clear_button.clicked.connect(self.clear_session)
        self.history_button.clicked.connect(self._on_holder_history)
        self.filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh_items())
        self.inventory.doubleClicked.connect(self._on_item_activated)
        self.open_button.clicked.connect(self._open_selected)
        self.new_button.clicked.connect(self._on_new_item)
        self.kit_action.triggered.connect(self._on_new_kit)
        self.import_action.triggered.connect(self._on_import)
        self.labels_action.triggered.connect(self._on_labels)
        self.resolve_button.clicked.connect(self._on_resolve)
        self.incidents.doubleClicked.connect(lambda _i: self._on_resolve())
        self.reserve_button.clicked.connect(self._on_reserve)
        self.cancel_reservation_button.clicked.connect(self._on_cancel_reservation)
        self.pending_list.itemActivated.connect(self._remove_pending)
        self._filter_timer = QTimer(self, singleShot=True, interval=200)
        self._filter_timer.timeout.connect(self.refresh_items)
        for keys, slot in (("Escape", self.clear_session), ("Ctrl+Return", self.confirm), ("F2", self.focus_scan)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.pending_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(lambda: self._remove_pending(self.pending_list.currentItem()))
        state.get().hub.sig_operation_executed.connect(self._on_operation_executed)
        self.retranslate()
        self._render_session()
        Query(self, lambda fo: next(a for a in fo.users.agencies() if a.id == fo.user.agency_id)).success(
            self._on_agency).run()
        self.refresh()
        self.focus_scan()

    # ---- data ------------------------------------------------------------------------------------------
    def _on_agency(self, agency: object) -> None:
        tz = getattr(agency, "timezone", self.tz)
        if tz != self.tz:
            self.tz = self.due.tz = self.item_model.tz = tz
            self.refresh()

    def refresh(self) -> None:
        self.refresh_items()
        Query(self, lambda fo: fo.desk.incidents()).success(self.incident_model.set_rows).run()
        Query(self, lambda fo: fo.equipment.reservations()).success(self._on_reservations).run()
        Query(self, lambda fo: fo.equipment.counts()).success(self._on_counts).run()

    def refresh_items(self) -> None:
        flt = ItemFilter(text=self.filter.text(), status=self.status_filter.currentData() or None)
        Query(self, lambda fo: fo.equipment.items(flt)).success(self._on_items).run()

    def _on_items(self, rows: list[ItemDTO]) -> None:
        selected = {r.id for r in self.selected_items()}
        self.items = rows
        self.item_model.set_rows(rows)
        sel = self.inventory.selectionModel()
        for n, r in enumerate(rows):
            if r.id in selected:
                sel.select(self.item_model.index(n, 0), QItemSelectionModel.SelectionFlag.Select
                           | QItemSelectionModel.SelectionFlag.Rows)
        self.loaded = True

    def _on_reservations(self, rows: list[ReservationDTO]) -> None:
        self.reservation_model.set_rows(rows)
        self.open_reservations = rows
        self._render_reservations()

    def _render_reservations(self) -> None:
        """Reservations the check-out can fulfil: for the chosen officer or one of the scanned items."""
        current = self.reservation.currentData()
        pending = {p.id for p in self.pending}
        holder = self.holder.id if self.holder else None
        self.reservation.clear()
        self.reservation.addItem(self.tr("– none –"), None)
        for r in self.open_reservations:
            if r.item_id in pending or (holder and r.holder_id == holder):
                label = " · ".join(x for x in (r.asset_tag, short(r.start_at, self.tz), r.operation_number, r.note)
                                   if x)
                self.reservation.addItem(label, r.id)
        self.reservation.setCurrentIndex(max(0, self.reservation.findData(current)))
        if self.reservation.currentIndex() == 0 and self.reservation.count() > 1:
            self.reservation.setCurrentIndex(1)  # the scanned item was reserved: most likely for this

    def _on_counts(self, counts: dict[str, int]) -> None:
        danger = theme.current().danger
        parts = [self.tr("%1 out").replace("%1", str(counts.get("checked_out", 0))),
                 self.tr("%1 available").replace("%1", str(counts.get("available", 0)))]
        overdue = counts.get("overdue", 0)
        if overdue:
            parts.append(f"<b style='color:{danger}'>" + self.tr("%1 overdue").replace("%1", str(overdue)) + "</b>")
        for key, text in (("maintenance", self.tr("%1 in maintenance")), ("service_due", self.tr("%1 service due")),
                          ("incidents", self.tr("%1 open incidents"))):
            if counts.get(key):
                parts.append(text.replace("%1", str(counts[key])))
        self.counts.setText(" · ".join(parts))

    def _on_operation_executed(self, changes: Changes, _initiator: object) -> None:
        if changes.concerns("equipment_item", "custody_event", "equipment_incident", "equipment_reservation",
                            "kit"):
            self.refresh()

    def selected_items(self) -> list[ItemDTO]:
        rows = sorted({i.row() for i in self.inventory.selectionModel().selectedRows()})
        return [r for r in (self.item_model.row_at(n) for n in rows) if r is not None]

    # ---- scanning --------------------------------------------------------------------------------------
    def focus_scan(self) -> None:
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scan.selectAll()

    def _say(self, text: str, error: bool = False) -> None:
        self.feedback.setText(text)
        self.feedback.setProperty("role", "error" if error else "hint")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)

    def _on_scan(self) -> None:
        raw = self.scan.text()
        self.scan.clear()
        if not raw.strip():
            self.confirm()
            return
        Query(self, lambda fo: fo.equipment.resolve_scan(raw)).success(self._on_resolved).run()

    def _on_resolved(self, result: ScanResult) -> None:
        if result.kind == "badge" and result.id:
            uid = result.id
            Query(self, lambda fo: fo.users.get(uid)).success(self._set_holder).run()
        elif result.kind == "item" and result.id:
            iid = result.id
            Query(self, lambda fo: fo.equipment.item(iid)).success(self._on_item_scanned).run()
        elif result.kind == "kit" and result.id:
            kid = result.id
            Query(self, lambda fo: fo.equipment.kit(kid)).success(self._on_kit_scanned).run()
        else:
            self._say(self.tr("Unknown code: %1. Not an asset tag, kit or badge on this laptop.")
                      .replace("%1", result.code or "–"), error=True)

    def _set_holder(self, user: UserDTO) -> None:
        if self.pending and self.holder and self.holder.id != user.id:
            self.pending = []
        self.holder = user
        self.due_error.show_message("")
        self.pin_error.show_message("")
        self.pin.clear()
        holder_id = user.id
        Query(self, lambda fo: fo.desk.default_due(holder_id)).success(self.due.set_value).run()
        Query(self, lambda fo: fo.equipment.holdings(holder_id)).success(self._on_holdings).run()
        self._say(self.tr("Check-out for %1: scan the items, then press Enter.").replace("%1", user.full_name))
        self._render_session()

    def _on_holdings(self, rows: list[ItemDTO]) -> None:
        self.holdings = rows
        self._render_session()

    def _on_item_scanned(self, item: ItemDTO) -> None:
        if item.status == "checked_out":
            self.start_return(item)
        elif self.holder is None:
            self._say(self.tr("%1 – %2. Scan an officer's badge first to check it out.")
                      .replace("%1", item.asset_tag).replace("%2", equipment_status(item.status)))
            self.open_item(item.id)
        else:
            self._add_pending([item])

    def _on_kit_scanned(self, kit: KitDTO) -> None:
        out = [i for i in kit.items if i.status == "checked_out"]
        if out:
            self.start_return(out[0])
        elif self.holder is None:
            if kit.items:
                self.open_item(kit.items[0].id)
        else:
            self._add_pending(list(kit.items))

    def _add_pending(self, items: list[ItemDTO]) -> None:
        added, refused = [], []
        for item in items:
            if any(p.id == item.id for p in self.pending):
                continue
            if item.status != "available":
                refused.append(f"{item.asset_tag}: {equipment_status(item.status)}")
                continue
            self.pending.append(item)
            added.append(item.asset_tag)
        if refused:
            self._say(self.tr("Not added: %1").replace("%1", "; ".join(refused)), error=True)
        elif added:
            self._say(self.tr("Added %1. Scan more items, or press Enter to confirm.")
                      .replace("%1", ", ".join(added)))
        self._render_session()

    def _remove_pending(self, list_item: QListWidgetItem | None) -> None:
        if list_item is None:
            return
        iid = list_item.data(Qt.ItemDataRole.UserRole)
        self.pending = [p for p in self.pending if p.id != iid]
        self._render_session()

    def clear_session(self) -> None:
        self.holder = None
        self.pending = []
        self.holdings = []
        self.pin.clear()
        self.notes.clear()
        self.photos = []
        self._render_photos()
        self.battery.setValue(100)
        self.condition.setCurrentIndex(0)
        for e in (self.items_error, self.due_error, self.pin_error):
            e.show_message("")
        self._say(self.tr("Scan an officer's badge to start a check-out, or an item to open or return it."))
        self._render_session()
        self.focus_scan()

    def _render_session(self) -> None:
        holder = self.holder
        if holder is None:
            self.holder_label.setText(self.tr("No officer chosen: scan a badge."))
        else:
            held = self.holdings
            text = f"<b>{holder.full_name}</b> · {holder.badge_no or '–'} · {holder.agency_short}"
            if held:
                danger = theme.current().danger
                tags = ", ".join(f"<span style='color:{danger}'>{i.asset_tag}</span>" if i.overdue else i.asset_tag
                                 for i in held)
                text += "<br>" + self.tr("Already holds: %1").replace("%1", tags)
            self.holder_label.setText(text)
        self.pending_list.clear()
        for item in self.pending:
            entry = QListWidgetItem(f"{item.asset_tag}  {item.name}  ({item.kit_tag or ''})".replace("  ()", ""))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.pending_list.addItem(entry)
        self.history_button.setEnabled(holder is not None)
        self._render_reservations()
        ready = holder is not None and bool(self.pending)
        self.checkout_button.setEnabled(ready)
        self.checkout_button.setText(self.tr("Check out %n item(s)", "", len(self.pending)))

    # ---- confirm ---------------------------------------------------------------------------------------
    def confirm(self) -> None:
        if self.holder is None or not self.pending:
            if self.holder is not None:
                self._say(self.tr("Scan at least one item first."), error=True)
            return
        if not self.pin.text():
            self.pin_error.show_message(self.tr("%1: type your PIN and press Enter.")
                                        .replace("%1", self.holder.full_name))
            self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        holder, ids, pin = self.holder.id, [p.id for p in self.pending], self.pin.text()
        photos = list(self.photos)
        due, condition, notes = self.due.value(), self.condition.currentData(), self.notes.text()
        reservation = next((r for r in self.open_reservations if r.id == self.reservation.currentData()), None)
        rid, op_id = (reservation.id, reservation.operation_id) if reservation else (None, None)
        battery = {p.id: self.battery.value() for p in self.pending if p.kind in MAIN_KINDS or p.kind == "battery"}
        for e in (self.items_error, self.due_error, self.pin_error):
            e.show_message("")
        self.checkout_button.setEnabled(False)
        Op(self, lambda fo: fo.desk.check_out(holder, ids, acknowledgement=pin, due_at=due, condition=condition,
                                              battery=battery, notes=notes, reservation_id=rid,
                                              operation_id=op_id, photos=photos)) \
            .success(self._on_checked_out).failure(self._on_checkout_failed).run()

    def _on_add_photos(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Photos of the items as issued"), "",
                                                self.tr("Images (*.jpg *.jpeg *.png *.webp *.heic);;All files (*)"))
        self.add_photos([Path(p) for p in paths])

    def add_photos(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.photos:
                self.photos.append(path)
        self._render_photos()

    def _render_photos(self) -> None:
        n = len(self.photos)
        self.photo_button.setText(self.tr("%n photo(s)…", "", n) if n else self.tr("Add ph&oto…"))
        self.photo_button.setToolTip("\n".join(p.name for p in self.photos) or
                                     self.tr("Photos of the items' condition at issue (optional)"))

    def _on_checked_out(self, _changes: Changes) -> None:
        assert self.holder is not None
        name, n, due = self.holder.full_name, len(self.pending), self.due.value()
        self.clear_session()
        self._say(self.tr("Checked out %n item(s) to %1, due back %2.", "", n).replace("%1", name)
                  .replace("%2", short(due, self.tz) if due else "–"))

    def _on_checkout_failed(self, exc: BaseException) -> None:
        self.checkout_button.setEnabled(True)
        if not isinstance(exc, FieldOpsError):
            from ui.errors import show_error

            show_error(self, exc)
            return
        text = message(exc)
        target = {"acknowledgement": self.pin_error, "due_at": self.due_error}.get(exc.field or "")
        if target is not None:
            target.show_message(text)
            if exc.field == "acknowledgement":
                self.pin.clear()
                self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.items_error.show_message(text)
            self._say(text, error=True)
        if exc.code in (ErrorCode.ITEM_OUT, ErrorCode.ITEM_UNAVAILABLE):
            self.refresh_items()

    # ---- dialogs ---------------------------------------------------------------------------------------
    def start_return(self, item: ItemDTO) -> None:
        from ui.dialogs.equipment_return import ReturnDialog

        holder_id = item.holder_id

        def show(held: list[ItemDTO]) -> None:
            rows = held if any(h.id == item.id for h in held) else [item, *held]
            dialog = ReturnDialog(rows, item, self.tz, self)
            dialog.finished.connect(lambda _r: self._after_return(dialog))
            self.return_dialog = dialog
            dialog.open()

        if holder_id:
            Query(self, lambda fo: fo.equipment.holdings(holder_id)).success(show).run()
        else:
            show([item])

    def _after_return(self, dialog: QWidget) -> None:
        message_text = getattr(dialog, "result_text", "")
        if message_text:
            self._say(message_text)
        self.focus_scan()

    def open_item(self, item_id: str) -> None:
        from ui.dialogs.equipment_item import ItemDialog

        dialog = ItemDialog(item_id, self.tz, self)
        self.item_dialog = dialog
        dialog.finished.connect(lambda _r: self.focus_scan())
        dialog.open()

    def _on_holder_history(self) -> None:
        from ui.dialogs.equipment_item import HolderHistoryDialog

        if self.holder is not None:
            dialog = HolderHistoryDialog(self.holder, self.tz, self)
            self.history_dialog = dialog
            dialog.open()

    def _on_item_activated(self, index: QModelIndex) -> None:
        item = self.item_model.row_at(index.row())
        if item is not None:
            self.open_item(item.id)

    def _open_selected(self) -> None:
        selected = self.selected_items()
        if selected:
            self.open_item(selected[0].id)

    def _on_new_item(self) -> None:
        from ui.dialogs.equipment_item import ItemDialog

        dialog = ItemDialog(None, self.tz, self)
        self.item_dialog = dialog
        dialog.open()

    def _on_new_kit(self) -> None:
        from ui.dialogs.equipment_item import KitDialog

        selected = [i for i in self.selected_items() if not i.kit_id]
        if not selected:
            self._say(self.tr("Select the items of the kit in the list first (Ctrl+click)."), error=True)
            return
        dialog = KitDialog(selected, self)
        self.kit_dialog = dialog
        dialog.open()

    def _on_import(self) -> None:
        from ui.dialogs.equipment_import import EquipmentImportDialog

        dialog = EquipmentImportDialog(self)
        self.import_dialog = dialog
        dialog.open()

    def _on_labels(self) -> None:
        from ui.dialogs.equipment_labels import EquipmentLabelsDialog

        rows = self.selected_items() or self.items
        dialog = EquipmentLabelsDialog(rows, self)
        self.labels_dialog = dialog
        dialog.open()

    def _on_resolve(self) -> None:
        from ui.dialogs.equipment_note import NoteDialog

        rows = sorted({i.row() for i in self.incidents.selectionModel().selectedRows()})
        incident = self.incident_model.row_at(rows[0]) if rows else None
        if incident is None:
            return
        iid, version = incident.id, incident.version
        dialog = NoteDialog(self.tr("Resolve incident"),
                            self.tr("%1 – %2. How was it resolved?").replace("%1", incident.asset_tag)
                            .replace("%2", incident.description), "resolution",
                            lambda fo, note: fo.desk.resolve_incident(iid, version, note), self)
        self.note_dialog = dialog
        dialog.open()

    def _on_reserve(self) -> None:
        from ui.dialogs.equipment_reserve import ReserveDialog

        dialog = ReserveDialog(self.selected_items() or self.items, self.tz, self)
        self.reserve_dialog = dialog
        dialog.open()

    def _on_cancel_reservation(self) -> None:
        rows = sorted({i.row() for i in self.reservations.selectionModel().selectedRows()})
        reservation = self.reservation_model.row_at(rows[0]) if rows else None
        if reservation is not None:
            rid = reservation.id
            Op(self, lambda fo: fo.equipment.cancel_reservation(rid)).run()

    # ---- language, theme --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Equipment desk"))
        self.scan.setPlaceholderText(self.tr("Scan a badge or an asset tag (or type it and press Enter)"))
        self.panel.setTitle(self.tr("Check-out"))
        for label, text in zip(self.form_labels, (self.tr("&Due back"), self.tr("Co&ndition out"),
                                                   self.tr("&Battery out"), self.tr("For rese&rvation"),
                                                   self.tr("No&tes"),
                                                   self.tr("Holder's &PIN")), strict=True):
            label.setText(text)
        self.pin.setPlaceholderText(self.tr("PIN or password, typed by the officer"))
        self.clear_button.setText(self.tr("Clear (Esc)"))
        self._render_photos()
        self.history_button.setText(self.tr("&History…"))
        self.filter.setPlaceholderText(self.tr("Filter by tag, serial, make, model, location"))
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        names = {"": self.tr("All items"), "overdue": self.tr("Overdue"), "service_due": self.tr("Service due")}
        for key in STATUS_FILTERS:
            self.status_filter.addItem(names.get(key) or equipment_status(key), key)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)
        self.open_button.setText(self.tr("&Open"))
        self.new_button.setText(self.tr("&New item…"))
        self.more_button.setText(self.tr("&More"))
        self.kit_action.setText(self.tr("Make &kit…"))
        self.import_action.setText(self.tr("&Import CSV…"))
        self.labels_action.setText(self.tr("Print &labels…"))
        self.tabs.setTabText(0, self.tr("Inventory"))
        self.tabs.setTabText(1, self.tr("Incidents"))
        self.tabs.setTabText(2, self.tr("Reservations"))
        self.resolve_button.setText(self.tr("&Resolve…"))
        self.reserve_button.setText(self.tr("Re&serve…"))
        self.cancel_reservation_button.setText(self.tr("Cancel reservation"))
        self.condition.setItemText(0, condition_name(CONDITIONS[0]))
        self.condition.setItemText(1, condition_name(CONDITIONS[1]))
        for model in (self.item_model, self.incident_model, self.reservation_model):
            model.retranslate()
        if not self.feedback.text():
            self._say(self.tr("Scan an officer's badge to start a check-out, or an item to open or return it."))
        self._render_session()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.StyleChange:
            self.restyle()
        super().changeEvent(event)

    def restyle(self) -> None:
        for model in (self.item_model, self.incident_model, self.reservation_model):
            model.retranslate()

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        QTimer.singleShot(0, self.focus_scan)

