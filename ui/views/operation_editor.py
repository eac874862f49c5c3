"""The operation editor: details, crew, equipment used, night context, checks and attachments.

Keyboard: Ctrl+S save, Ctrl+Shift+S submit, Ctrl+T / Ctrl+H / Ctrl+O add a traffic / hunter / other check,
Enter edits the selected check, Delete voids it, Ctrl+P prints to PDF, Esc goes back to the list.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldops import geo
from fieldops.changes import Changes
from fieldops.dto import CheckDTO, EquipmentUse, OperationDetail, PersonRef
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models.enums import OperationType
from ui import state
from ui.errors import message, show_error
from ui.ops import Op, Query
from ui.timefmt import short
from ui.vocab import check_kind, operation_status, operation_type, outcome_name
from ui.widgets.datetime_field import DateTimeField
from ui.widgets.forms import FieldError, mark_invalid, with_error
from ui.widgets.night_card import NightCard

TEXT_FIELDS = ("area_name", "vehicle", "weather", "visibility")


class OperationEditor(QWidget):
    sig_back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: OperationDetail | None = None
        self.checks: list[CheckDTO] = []
        self.people: list[PersonRef] = []
        self.crew_ids: list[str] = []
        self.errors: dict[str, FieldError] = {}
        self._loading = False
        self._build()
        self._shortcuts()
        state.get().hub.sig_operation_executed.connect(self._on_operation_executed)
        self.retranslate()

    # ---- layout ---------------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        head = QHBoxLayout()
        self.back = QPushButton(objectName="back")
        self.title = QLabel(objectName="title")
        self.status = QLabel(objectName="statusBadge")
        self.save = QPushButton(objectName="save")
        self.submit = QPushButton(objectName="submit")
        self.submit.setProperty("primary", True)
        self.pdf = QPushButton(objectName="pdf")
        head.addWidget(self.back)
        head.addWidget(self.title)
        head.addWidget(self.status)
        head.addStretch(1)
        for b in (self.pdf, self.save, self.submit):
            head.addWidget(b)
        outer.addLayout(head)
        self.banner = QLabel(objectName="banner")
        self.banner.setProperty("role", "hint")
        self.banner.setWordWrap(True)
        self.banner.hide()
        outer.addWidget(self.banner)
        from ui.widgets.amendment_bar import AmendmentBar

        self.amendment_bar = AmendmentBar(self)
        self.amendment_bar.sig_changed.connect(self.reload)
        outer.addWidget(self.amendment_bar)
        self.form_error = FieldError()
        outer.addWidget(self.form_error)

        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        grid = QGridLayout(top)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self._details_box(), 0, 0)
        side = QVBoxLayout()
        self.night = NightCard()
        side.addWidget(self.night)
        side.addWidget(self._crew_box())
        side.addWidget(self._equipment_box(), 1)
        grid.addLayout(side, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(top)
        splitter.addWidget(scroll)
        splitter.addWidget(self._checks_box())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 340])
        outer.addWidget(splitter, 1)

        self.back.clicked.connect(self.sig_back_requested.emit)
        self.save.clicked.connect(self._on_save_clicked)
        self.submit.clicked.connect(self._on_submit_clicked)
        self.pdf.clicked.connect(self._on_pdf_clicked)

    def _details_box(self) -> QWidget:
        box = QFrame(objectName="card")
        form = QFormLayout(box)
        self.form = form
        self.type = QComboBox(objectName="type")
        for t in OperationType:
            self.type.addItem("", t.value)
        self.area_name = QLineEdit(objectName="area_name")
        self.position = QLineEdit(objectName="position")
        self.position_info = QLabel(objectName="muted")
        self.vehicle = QLineEdit(objectName="vehicle")
        tz = "Europe/Riga"
        self.planned_start, self.planned_end = DateTimeField(tz), DateTimeField(tz)
        self.actual_start, self.actual_end = DateTimeField(tz), DateTimeField(tz)
        self.weather = QLineEdit(objectName="weather")
        self.visibility = QLineEdit(objectName="visibility")
        self.narrative = QPlainTextEdit(objectName="narrative")
        self.narrative.setMinimumHeight(90)
        self.labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget]] = [
            ("type", self.type), ("area_name", self.area_name), ("position", self.position),
            ("vehicle", self.vehicle), ("planned_start", self.planned_start), ("planned_end", self.planned_end),
            ("actual_start", self.actual_start), ("actual_end", self.actual_end), ("weather", self.weather),
            ("visibility", self.visibility), ("narrative", self.narrative)]
        for key, widget in rows:
            wrapped, self.errors[key] = with_error(widget)
            self.labels[key] = QLabel()
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], wrapped)
            if key == "position":
                form.addRow("", self.position_info)
        self.position.textChanged.connect(self._on_position_changed)
        for field in (self.planned_start, self.planned_end, self.actual_start, self.actual_end):
            field.sig_changed.connect(self._on_times_changed)
        return box

    def _crew_box(self) -> QWidget:
        box = QFrame(objectName="card")
        layout = QVBoxLayout(box)
        self.crew_title = QLabel(objectName="muted")
        self.lead = QComboBox(objectName="lead")
        self.crew_list = QListWidget(objectName="crew")
        self.crew_list.setMaximumHeight(110)
        self.crew_add = QLineEdit(objectName="crewAdd")
        self.crew_completer = QCompleter([], self.crew_add)
        self.crew_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.crew_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.crew_add.setCompleter(self.crew_completer)
        self.crew_completer.activated.connect(self._on_crew_picked)
        self.errors["crew"] = FieldError()
        self.errors["lead_id"] = FieldError()
        for w in (self.crew_title, self.lead, self.errors["lead_id"], self.crew_list, self.crew_add,
                  self.errors["crew"]):
            layout.addWidget(w)
        self.crew_list.itemActivated.connect(self._on_crew_item_activated)
        return box

    def _equipment_box(self) -> QWidget:
        box = QFrame(objectName="card")
        layout = QVBoxLayout(box)
        self.equipment_title = QLabel(objectName="muted")
        self.equipment = QListWidget(objectName="equipment")
        self.errors["equipment"] = FieldError()
        layout.addWidget(self.equipment_title)
        layout.addWidget(self.equipment, 1)
        layout.addWidget(self.errors["equipment"])
        return box

    def _checks_box(self) -> QWidget:
        box = QFrame(objectName="card")
        layout = QVBoxLayout(box)
        bar = QHBoxLayout()
        self.checks_title = QLabel(objectName="muted")
        self.add_traffic = QPushButton(objectName="addTraffic")
        self.add_hunter = QPushButton(objectName="addHunter")
        self.add_other = QPushButton(objectName="addOther")
        self.void_button = QPushButton(objectName="voidCheck")
        bar.addWidget(self.checks_title)
        bar.addStretch(1)
        for b in (self.add_traffic, self.add_hunter, self.add_other, self.void_button):
            bar.addWidget(b)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 5, objectName="checksTable")
        self.table.setMinimumHeight(130)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        self.attachments = self._attachments_panel()
        if self.attachments is not None:
            layout.addWidget(self.attachments)
        self.add_traffic.clicked.connect(lambda: self.open_check("traffic"))
        self.add_hunter.clicked.connect(lambda: self.open_check("hunter"))
        self.add_other.clicked.connect(lambda: self.open_check("other"))
        self.void_button.clicked.connect(self._on_void_clicked)
        self.table.itemActivated.connect(lambda _i: self._on_edit_check())
        return box

    def _attachments_panel(self) -> QWidget | None:
        try:
            from ui.widgets.attachments import AttachmentsPanel
        except ImportError:
            return None
        return AttachmentsPanel(self)

    def _shortcuts(self) -> None:
        for keys, slot in (("Ctrl+S", self._on_save_clicked), ("Ctrl+Shift+S", self._on_submit_clicked),
                           ("Ctrl+T", lambda: self.open_check("traffic")),
                           ("Ctrl+H", lambda: self.open_check("hunter")),
                           ("Ctrl+O", lambda: self.open_check("other")), ("Ctrl+P", self._on_pdf_clicked),
                           ("Escape", self.sig_back_requested.emit), ("Delete", self._on_void_clicked),
                           ("Ctrl+Shift+A", self._on_attach_shortcut)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # ---- texts ----------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.back.setText(self.tr("← Operations"))
        self.save.setText(self.tr("Save"))
        self.save.setToolTip("Ctrl+S")
        self.submit.setText(self.tr("Submit for review"))
        self.submit.setToolTip("Ctrl+Shift+S")
        self.pdf.setText(self.tr("Print to PDF…"))
        self.pdf.setToolTip("Ctrl+P")
        texts = {"type": self.tr("T&ype"), "area_name": self.tr("&Area"), "position": self.tr("&Position (WGS84)"),
                 "vehicle": self.tr("Vehi&cle"), "planned_start": self.tr("Planned start"),
                 "planned_end": self.tr("Planned end"), "actual_start": self.tr("Actual &start"),
                 "actual_end": self.tr("Actual &end"), "weather": self.tr("&Weather"),
                 "visibility": self.tr("Visi&bility"), "narrative": self.tr("&Narrative")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        for i in range(self.type.count()):
            self.type.setItemText(i, operation_type(self.type.itemData(i)))
        self.position.setPlaceholderText(self.tr("e.g. 56.5047, 21.0108 or 56°30'17\"N 21°0'39\"E"))
        self.crew_title.setText(self.tr("Crew (lead first)"))
        self.crew_add.setPlaceholderText(self.tr("Add a crew member by name or badge…"))
        self.equipment_title.setText(self.tr("Equipment used (tick; the crew's check-outs first)"))
        self.add_traffic.setText(self.tr("+ Traffic check"))
        self.add_traffic.setToolTip("Ctrl+T")
        self.add_hunter.setText(self.tr("+ Hunter check"))
        self.add_hunter.setToolTip("Ctrl+H")
        self.add_other.setText(self.tr("+ Other"))
        self.add_other.setToolTip("Ctrl+O")
        self.void_button.setText(self.tr("Void check"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Kind"), self.tr("Summary"),
                                              self.tr("Outcome"), self.tr("Rule flags")])
        for field in (self.planned_start, self.planned_end, self.actual_start, self.actual_end):
            field.retranslate()
        if self.detail is not None:
            self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- loading ----------------------------------------------------------------------------------------------
    def open_operation(self, operation_id: str) -> None:
        """Load an operation (recorded as a consultation) with its checks, people and equipment."""
        self.form_error.show_message("")

        def load(fo: Any) -> tuple[Any, ...]:
            detail = fo.operations.get(operation_id, record_view=True)
            return (detail, fo.checks.list(operation_id), fo.users.directory(),
                    fo.operations.equipment_choices(operation_id), fo.reviews.decisions(operation_id),
                    fo.amendments.for_operation(operation_id))

        Query(self, load).success(self._on_loaded).run()

    def reload(self) -> None:
        if self.detail is None:
            return
        op_id = self.detail.id
        Query(self, lambda fo: (fo.operations.get(op_id), fo.checks.list(op_id), self.people,
                                fo.operations.equipment_choices(op_id), fo.reviews.decisions(op_id),
                                fo.amendments.for_operation(op_id))
              ).success(self._on_loaded).run()

    def _on_loaded(self, result: tuple[Any, ...]) -> None:
        self.detail, self.checks, self.people, choices, self.decisions, amendments = result
        self.amendment_bar.set_operation(self.detail, amendments, self.checks)
        self._loading = True
        try:
            self._fill(choices)
        finally:
            self._loading = False
        self._render()
        if self.attachments is not None:
            self.attachments.set_owner("operation", self.detail.id, self.detail.editable)  # type: ignore[attr-defined]

    def _fill(self, choices: list[tuple[EquipmentUse, bool]]) -> None:
        d = self.detail
        assert d is not None
        for field in (self.planned_start, self.planned_end, self.actual_start, self.actual_end):
            field.tz = d.timezone
        self.type.setCurrentIndex(max(0, self.type.findData(d.type)))
        self.area_name.setText(d.area_name)
        self.position.setText(geo.format_wgs84(d.lat, d.lon) if d.lat is not None and d.lon is not None else "")
        self.vehicle.setText(d.vehicle)
        self.planned_start.set_value(d.planned_start)
        self.planned_end.set_value(d.planned_end)
        self.actual_start.set_value(d.actual_start)
        self.actual_end.set_value(d.actual_end)
        self.weather.setText(d.weather)
        self.visibility.setText(d.visibility)
        self.narrative.setPlainText(d.narrative)
        self.crew_ids = [c.user.id for c in d.crew]
        self.lead.clear()
        for p in self.people:
            self.lead.addItem(_person_text(p), p.id)
        self.lead.setCurrentIndex(max(0, self.lead.findData(d.lead_id)))
        self.crew_completer.model().setStringList([_person_text(p) for p in self.people])  # type: ignore[attr-defined]
        self._render_crew()
        used = {e.item_id for e in d.equipment}
        self.equipment.clear()
        for item, held in choices:
            text = f"{item.asset_tag} · {item.name}" + (self.tr("  (held by the crew)") if held else "")
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, item.item_id)
            entry.setCheckState(Qt.CheckState.Checked if item.item_id in used else Qt.CheckState.Unchecked)
            self.equipment.addItem(entry)
        self._on_position_changed(self.position.text())

    def _render(self) -> None:
        d = self.detail
        if d is None:
            return
        self.title.setText(f"{d.number} · {operation_type(d.type)}")
        self.status.setText(operation_status(d.status))
        for w in (self.save, self.submit, self.add_traffic, self.add_hunter, self.add_other, self.void_button,
                  self.type, self.area_name, self.position, self.vehicle, self.planned_start, self.planned_end,
                  self.actual_start, self.actual_end, self.weather, self.visibility, self.crew_add, self.lead):
            w.setEnabled(d.editable)
        self.narrative.setReadOnly(not d.editable)
        self.equipment.setEnabled(d.editable)
        returned = [x for x in getattr(self, "decisions", []) if x.decision == "returned"]
        notes = []
        if returned:  # the last return: its overall comment and its comments per field, for the crew
            from ui.views.review import _field_name

            last = returned[-1]
            notes = [f"{short(last.at, d.timezone)} · {last.reviewer_name}: {last.overall}".rstrip(": ")]
            notes += [f"{_field_name(k)}: {v}" for k, v in last.fields.items()]
        if d.status == "returned" and notes:
            self.banner.setText(self.tr("Returned for correction:") + "\n" + "\n".join(notes))
        elif not d.editable:
            self.banner.setText(self.tr("This operation is %1 and can no longer be edited here.").replace(
                "%1", operation_status(d.status).lower()))
        # Approved and voided operations: the amendment bar says why and what can be done instead.
        self.banner.setVisible(((d.status == "returned" and bool(notes)) or not d.editable)
                               and d.status not in ("approved", "voided"))
        self._render_checks()
        self._update_night()

    def _render_crew(self) -> None:
        names = {p.id: p for p in self.people}
        self.crew_list.clear()
        lead = self.lead.currentData()
        for uid in self.crew_ids:
            p = names.get(uid)
            if p is None:
                continue
            entry = QListWidgetItem(_person_text(p) + (self.tr("  (lead)") if uid == lead else ""))
            entry.setData(Qt.ItemDataRole.UserRole, uid)
            entry.setToolTip(self.tr("Enter removes this member"))
            self.crew_list.addItem(entry)

    def _render_checks(self) -> None:
        from ui.rules_text import flag_text

        d = self.detail
        assert d is not None
        self.checks_title.setText(self.tr("%n check(s)", "", len(self.checks)))
        self.table.setRowCount(len(self.checks))
        for row, c in enumerate(self.checks):
            flags = [flag_text(str(f.get("code", "")), dict(f.get("params") or {}))  # type: ignore[call-overload]
                     + (" ✓" if f.get("decision") == "confirmed" else " ✗") for f in c.flags]
            values = [short(c.at, d.timezone), check_kind(c.kind), _summary(c), outcome_name(c.outcome),
                      ", ".join(flags)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # long rule-flag texts are elided in the cell
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.table.setItem(row, col, item)

    def _update_night(self) -> None:
        d = self.detail
        if d is None:
            return
        lat, lon = (d.lat, d.lon)
        with contextlib.suppress(FieldOpsError):  # half-typed positions keep the stored one
            lat, lon = geo.parse_position(self.position.text())
        start = self.actual_start.value() or self.planned_start.value() or datetime.now().astimezone()
        self.night.show_for(lat, lon, start, d.timezone, d.country)

    # ---- editing ------------------------------------------------------------------------------------------------
    def _on_position_changed(self, text: str) -> None:
        self.errors["position"].show_message("")
        mark_invalid(self.position, False)
        if not text.strip():
            self.position_info.setText("")
            return
        try:
            lat, lon = geo.parse_position(text)
        except FieldOpsError as exc:
            self.position_info.setText("")
            self.errors["position"].show_message(message(exc))
            mark_invalid(self.position, True)
            return
        country = self.detail.country if self.detail else "LV"
        east, north, label = geo.to_national(lat, lon, country)
        self.position_info.setText(f"{geo.format_wgs84(lat, lon)}  ·  {geo.format_national(east, north, label)}")
        if not self._loading:
            QTimer.singleShot(0, self._update_night)

    def _on_times_changed(self) -> None:
        for start, end, key in ((self.planned_start, self.planned_end, "planned_end"),
                                (self.actual_start, self.actual_end, "actual_end")):
            s, e = start.value(), end.value()
            bad = ""
            if s and e and e < s:
                bad = self.tr("The end is before the start.")
            elif s and e and (e - s).total_seconds() > 24 * 3600:
                bad = self.tr("A shift cannot last more than 24 hours.")
            self.errors[key].show_message(bad)
        if not self._loading:
            self._update_night()

    def _on_crew_picked(self, text: str) -> None:
        person = next((p for p in self.people if _person_text(p) == text), None)
        if person and person.id not in self.crew_ids:
            self.crew_ids.append(person.id)
            self._render_crew()
        QTimer.singleShot(0, self.crew_add.clear)

    def _on_crew_item_activated(self, item: QListWidgetItem) -> None:
        uid = item.data(Qt.ItemDataRole.UserRole)
        if uid != self.lead.currentData() and uid in self.crew_ids:
            self.crew_ids.remove(uid)
            self._render_crew()

    def changes(self) -> dict[str, Any]:
        """The edited fields that differ from the loaded operation."""
        d = self.detail
        assert d is not None
        values: dict[str, Any] = {
            "type": self.type.currentData(), "area_name": self.area_name.text().strip(),
            "vehicle": self.vehicle.text().strip(), "weather": self.weather.text().strip(),
            "visibility": self.visibility.text().strip(), "narrative": self.narrative.toPlainText().strip(),
            "planned_start": self.planned_start.value(), "planned_end": self.planned_end.value(),
            "actual_start": self.actual_start.value(), "actual_end": self.actual_end.value(),
        }
        changed = {k: v for k, v in values.items() if v != getattr(d, k)}
        text = self.position.text().strip()
        lat, lon = geo.parse_position(text) if text else (None, None)
        if (lat, lon) != (d.lat, d.lon) and not (lat is not None and d.lat is not None and d.lon is not None
                                                 and abs(lat - d.lat) < 1e-6 and abs(lon - d.lon) < 1e-6):
            changed["lat"], changed["lon"] = lat, lon
        lead = self.lead.currentData()
        crew = [uid for uid in self.crew_ids if uid != lead]
        if lead != d.lead_id or set(crew) != {c.user.id for c in d.crew if not c.is_lead}:
            changed["lead_id"], changed["crew"] = lead, crew
        return changed

    def equipment_ids(self) -> list[str]:
        return [self.equipment.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.equipment.count())
                if self.equipment.item(i).checkState() == Qt.CheckState.Checked]

    def _clear_errors(self) -> None:
        for error in self.errors.values():
            error.show_message("")
        self.form_error.show_message("")

    def _on_save_clicked(self, then: Any = None) -> None:
        d = self.detail
        if d is None or not d.editable:
            return
        self._clear_errors()
        try:
            changes = self.changes()
        except FieldOpsError as exc:
            self._show_failure(exc)
            return
        equipment = self.equipment_ids()
        if set(equipment) == {e.item_id for e in d.equipment}:
            equipment = None  # unchanged: not part of this save
        after = then if then is not None else self.reload
        if not changes and equipment is None:
            after()
            return
        op_id, version = d.id, d.version
        # One transaction for the fields and the equipment, checked against the version the editor loaded.
        Op(self, lambda fo: fo.operations.update(op_id, version, equipment=equipment, **changes)).success(
            lambda _c: after()).failure(self._show_failure).run()

    def _on_submit_clicked(self) -> None:
        d = self.detail
        if d is None or not d.editable:
            return
        op_id = d.id
        self._on_save_clicked(then=lambda: Op(self, lambda fo: fo.operations.submit(op_id))
                              .success(lambda _c: self.reload()).failure(self._show_failure).run())

    def _show_failure(self, exc: BaseException) -> None:
        if not isinstance(exc, FieldOpsError):
            show_error(self, exc)
            return
        missing = exc.params.get("missing")
        if missing:
            for key in missing:
                if key in self.errors:
                    self.errors[key].show_message(message(FieldOpsError(ErrorCode.REQUIRED)))
        target = self.errors.get(str(exc.field)) if exc.field else None
        if target is not None and not missing:
            target.show_message(message(exc))
        else:
            self.form_error.show_message(message(exc))
        if exc.code == ErrorCode.STALE:
            self.reload()

    # ---- checks ---------------------------------------------------------------------------------------------------
    def selected_check(self) -> CheckDTO | None:
        row = self.table.currentRow()
        return self.checks[row] if 0 <= row < len(self.checks) else None

    def open_check(self, kind: str, check: CheckDTO | None = None) -> None:
        d = self.detail
        if d is None or not d.editable:
            return
        from ui.dialogs.check_entry import CheckDialog

        dialog = CheckDialog(d, kind, check, self)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()

    def _on_edit_check(self) -> None:
        check = self.selected_check()
        if check is not None:
            self.open_check(check.kind, check)

    def _on_void_clicked(self) -> None:
        check = self.selected_check()
        if check is None or self.detail is None or not self.detail.editable:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Void check"), self.tr("Why is this check withdrawn?"))
        if ok:
            check_id = check.id
            Op(self, lambda fo: fo.checks.void(check_id, reason)).success(lambda _c: self.reload()).run()

    def _on_attach_shortcut(self) -> None:
        if self.attachments is not None and self.detail is not None and self.detail.editable:
            self.attachments._on_add_clicked()  # type: ignore[attr-defined]

    def _on_pdf_clicked(self) -> None:
        if self.detail is None:
            return
        from ui.reports.export import export_operation_pdf

        export_operation_pdf(self, self.detail.id)

    def _on_operation_executed(self, changes: Changes, initiator: object) -> None:
        if self.detail is not None and initiator is not self and self.detail.id in changes.ids and self.isVisible():
            self.reload()


def _person_text(p: PersonRef) -> str:
    return f"{p.full_name} ({p.badge_no or '–'}, {p.agency_short})"


def _summary(c: CheckDTO) -> str:
    f = c.facts
    if c.kind == "traffic":
        parts = [str(f.get("plate", "")), *(f"{a:.2f} ‰" for a in f.get("alcohol_permille", []) or [])]  # type: ignore[attr-defined]
        if f.get("speed_measured"):
            parts.append(f"{f.get('speed_measured')}/{f.get('speed_limit', '?')} km/h")
        return "  ".join(p for p in parts if p)
    if c.kind == "hunter":
        return "  ".join(str(f.get(k, "")) for k in ("hunter_name", "species", "sight") if f.get(k))
    return str(f.get("category", "")) + (f": {str(f.get('text', ''))[:80]}" if f.get("text") else "")
