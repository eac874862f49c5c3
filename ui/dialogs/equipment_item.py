"""One item: its details (editable), full custody history, the operations it was used in, its incidents, and
the desk actions its state allows (maintenance, lost/found, retire). Also the per-officer history."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldops.changes import Changes
from fieldops.dto import ItemDTO, UserDTO
from fieldops.errors import FieldOpsError
from fieldops.models.enums import EquipmentKind
from ui import state, theme
from ui.errors import message, show_error
from ui.ops import Op, Query
from ui.timefmt import short
from ui.views.desk import table
from ui.views.desk_models import HistoryModel, IncidentModel, UseModel
from ui.vocab import equipment_kind, equipment_status
from ui.widgets.forms import FieldError, with_error


class OptionalDate(QWidget):
    """A date that may be unset (no service date planned)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox()
        self.edit = QDateEdit(calendarPopup=True, displayFormat="dd.MM.yyyy")
        row.addWidget(self.box)
        row.addWidget(self.edit, 1)
        self.box.toggled.connect(self.edit.setEnabled)
        self.set_value(None)

    def set_value(self, value: date | None) -> None:
        self.box.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate().addYears(1))

    def value(self) -> date | None:
        if not self.box.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())


class ItemDialog(QDialog):
    def __init__(self, item_id: str | None, tz: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemDialog")
        self.item_id, self.tz = item_id, tz
        self.item: ItemDTO | None = None
        self.setMinimumSize(820, 560)
        layout = QVBoxLayout(self)
        self.header = QLabel(objectName="itemHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.tabs = QTabWidget(objectName="itemTabs")
        layout.addWidget(self.tabs, 1)
        # details
        details = QWidget()
        form = QFormLayout(details)
        self.errors: dict[str, FieldError] = {}
        self.fields: dict[str, QWidget] = {
            "asset_tag": QLineEdit(objectName="asset_tag"), "serial_no": QLineEdit(objectName="serial_no"),
            "kind": QComboBox(objectName="kind"), "make": QLineEdit(objectName="make"),
            "model": QLineEdit(objectName="model"), "location": QLineEdit(objectName="location"),
            "project_funded": QCheckBox(objectName="project_funded"),
            "usage_hours": QDoubleSpinBox(objectName="usage_hours", maximum=100_000, decimals=1, suffix=" h"),
            "battery_cycles": QSpinBox(objectName="battery_cycles", maximum=100_000),
            "next_service": OptionalDate(), "service_hours": QDoubleSpinBox(objectName="service_hours",
                                                                            maximum=100_000, decimals=0, suffix=" h"),
            "notes": QLineEdit(objectName="notes"),
        }
        kind = self.fields["kind"]
        assert isinstance(kind, QComboBox)
        for k in EquipmentKind:
            kind.addItem(equipment_kind(k.value), k.value)
        hours = self.fields["service_hours"]
        assert isinstance(hours, QDoubleSpinBox)
        hours.setSpecialValueText(self.tr("by date only"))
        labels = {"asset_tag": self.tr("Asset &tag"), "serial_no": self.tr("&Serial no."), "kind": self.tr("&Kind"),
                  "make": self.tr("&Make"), "model": self.tr("M&odel"), "location": self.tr("Storage &location"),
                  "project_funded": self.tr("Project-funded (LV-LT programme)"),
                  "usage_hours": self.tr("Usage hours before fieldops"), "battery_cycles": self.tr("Battery cycles"),
                  "next_service": self.tr("Next service date"), "service_hours": self.tr("Service every (usage hours)"),
                  "notes": self.tr("No&tes")}
        for key, widget in self.fields.items():
            box, self.errors[key] = with_error(widget)
            form.addRow(labels[key], box)
            if key == "usage_hours" and item_id is not None:
                form.setRowVisible(box, False)  # recorded at creation; the total below includes operations
        self.total_hours = QLabel(objectName="muted")
        form.addRow(self.tr("Usage hours in total"), self.total_hours)
        form.setRowVisible(self.total_hours, item_id is not None)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save"), objectName="saveItem")
        self.save_button.setProperty("primary", True)
        save_row.addWidget(self.save_button)
        form.addRow(save_row)
        self.tabs.addTab(details, self.tr("Details"))
        # history, uses, incidents
        self.history_model = HistoryModel(tz, self)
        self.use_model = UseModel(tz, self)
        self.incident_model = IncidentModel(tz, self)
        self.history = table(self.history_model, "itemHistory")
        self.uses = table(self.use_model, "itemUses")
        self.incidents = table(self.incident_model, "itemIncidents")
        if item_id is not None:
            from ui.widgets.attachments import AttachmentsPanel

            history_box = QWidget()
            history_layout = QVBoxLayout(history_box)
            history_layout.setContentsMargins(0, 0, 0, 0)
            history_layout.addWidget(self.history, 1)
            self.history_photos = AttachmentsPanel(history_box)  # the selected event's photos, with their state
            self.history_photos.hide()
            history_layout.addWidget(self.history_photos)
            self.history.selectionModel().currentRowChanged.connect(self._on_history_row_changed)
            self.tabs.addTab(history_box, self.tr("Custody history"))
            self.tabs.addTab(self.uses, self.tr("Used in operations"))
            self.tabs.addTab(self.incidents, self.tr("Incidents"))
        # actions
        actions = QHBoxLayout()
        self.actions: dict[str, QPushButton] = {}
        for key, text in (("maintenance_in", self.tr("Into &maintenance…")),
                          ("maintenance_out", self.tr("Back from maintenance…")),
                          ("lost", self.tr("Mark &lost…")), ("found", self.tr("&Found…")),
                          ("retire", self.tr("&Retire…"))):
            button = QPushButton(text, objectName=f"action_{key}")
            button.clicked.connect(lambda _c=False, k=key: self._on_action(k))
            button.setVisible(item_id is not None)
            actions.addWidget(button)
            self.actions[key] = button
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions.addWidget(close)
        layout.addLayout(actions)
        self.save_button.clicked.connect(self._on_save)
        state.get().hub.sig_operation_executed.connect(self._on_operation_executed)
        if item_id is None:
            self.setWindowTitle(self.tr("New equipment item"))
            self.header.setText(self.tr("A new item of your agency. Its custody starts as available."))
            self.fields["asset_tag"].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.refresh()

    def refresh(self) -> None:
        iid = self.item_id
        if iid is None:
            return
        Query(self, lambda fo: fo.equipment.item(iid)).success(self._on_item).run()
        Query(self, lambda fo: fo.equipment.history(item_id=iid)).success(self.history_model.set_rows).run()
        Query(self, lambda fo: fo.equipment.uses(iid)).success(self.use_model.set_rows).run()
        Query(self, lambda fo: fo.desk.incidents(open_only=False, item_id=iid)).success(
            self.incident_model.set_rows).run()

    def _on_operation_executed(self, changes: Changes, _initiator: object) -> None:
        if self.item_id and self.item_id in changes.ids:
            self.refresh()

    def _on_history_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        event = self.history_model.row_at(current.row())
        if event is not None and event.photos:
            self.history_photos.set_owner("custody_event", event.id, False)
            self.history_photos.show()
        else:
            self.history_photos.hide()

    def _on_item(self, item: ItemDTO) -> None:
        self.item = item
        self.setWindowTitle(f"{item.asset_tag} – {item.name}")
        status = equipment_status(item.status)
        lines = [f"<span style='font-size:15pt; font-weight:600'>{item.asset_tag}</span> &nbsp; {item.name} · "
                 f"{equipment_kind(item.kind)} · {item.agency_short}"]
        line = f"<b>{status}</b>"
        if item.status == "checked_out":
            due = short(item.due_at, self.tz)
            line += " · " + self.tr("held by %1, due back %2").replace("%1", item.holder_name or "?").replace(
                "%2", due)
            if item.overdue:
                line += f" · <b style='color:{theme.current().danger}'>" + self.tr("OVERDUE") + "</b>"
        if item.kit_tag:
            line += " · " + self.tr("kit %1").replace("%1", item.kit_tag)
        if item.open_incidents:
            line += " · " + self.tr("%1 open incident(s)").replace("%1", str(item.open_incidents))
        if item.service_due:
            line += " · " + self.tr("service due")
        lines.append(line)
        self.header.setText("<br>".join(lines))
        values: dict[str, Any] = {k: getattr(item, k) for k in self.fields if k != "usage_hours"}
        self._fill(values)
        self.total_hours.setText(f"{item.usage_hours:g} h")
        st = item.status
        allowed = {"maintenance_in": st == "available", "maintenance_out": st == "maintenance",
                   "lost": st in ("available", "checked_out", "maintenance"), "found": st == "lost",
                   "retire": st in ("available", "maintenance", "lost")}
        for key, button in self.actions.items():
            button.setEnabled(allowed[key])

    def _fill(self, values: dict[str, Any]) -> None:
        for key, widget in self.fields.items():
            value = values.get(key)
            if isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QDoubleSpinBox | QSpinBox):
                widget.setValue(value or 0)
            elif isinstance(widget, OptionalDate):
                widget.set_value(value)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                out[key] = widget.text()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, QDoubleSpinBox | QSpinBox | OptionalDate):
                out[key] = widget.value()
        out["service_hours"] = out["service_hours"] or None
        return out

    def _on_save(self) -> None:
        for e in self.errors.values():
            e.show_message("")
        values = self.values()
        self.save_button.setEnabled(False)
        if self.item is None:
            op = Op(self, lambda fo: fo.equipment.create_item(**values))
        else:
            base = self.item
            changed = {k: v for k, v in values.items() if k != "usage_hours" and v != getattr(base, k)}
            iid, version = base.id, base.version
            op = Op(self, lambda fo: fo.equipment.update_item(iid, version, **changed))
        op.success(self._on_saved).failure(self._on_failed).run()

    def _on_saved(self, changes: Changes) -> None:
        self.save_button.setEnabled(True)
        if self.item_id is None:
            self.accept()
        else:
            self.refresh()

    def _on_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        target = self.errors.get(exc.field or "") if isinstance(exc, FieldOpsError) else None
        if target is None:
            show_error(self, exc)
        else:
            target.show_message(message(exc))

    def _on_action(self, key: str) -> None:
        from ui.dialogs.equipment_note import NoteDialog

        item = self.item
        if item is None:
            return
        iid = item.id
        prompts = {
            "maintenance_in": (self.tr("Into maintenance"), self.tr("What is to be done, and by whom?")),
            "maintenance_out": (self.tr("Back from maintenance"), self.tr("What was done? The next service date "
                                                                          "can be set on the Details tab.")),
            "lost": (self.tr("Mark lost"), self.tr("Where and when was it last seen? The item stays open as an "
                                                   "incident until resolved.")),
            "found": (self.tr("Found"), self.tr("Where was it found, and in what state?")),
            "retire": (self.tr("Retire"), self.tr("Why is it taken out of service for good?")),
        }
        calls = {
            "maintenance_in": lambda fo, note: fo.desk.maintenance_in(iid, note),
            "maintenance_out": lambda fo, note: fo.desk.maintenance_out(iid, note),
            "lost": lambda fo, note: fo.desk.mark_lost(iid, note),
            "found": lambda fo, note: fo.desk.mark_found(iid, note),
            "retire": lambda fo, note: fo.desk.retire(iid, note),
        }
        title, prompt = prompts[key]
        dialog = NoteDialog(f"{title} – {item.asset_tag}", prompt, "note", calls[key], self)
        self.note_dialog = dialog
        dialog.open()


class HolderHistoryDialog(QDialog):
    """Everything one officer took and brought back, newest first."""

    def __init__(self, holder: UserDTO, tz: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("holderHistory")
        self.setWindowTitle(self.tr("Equipment history – %1").replace("%1", holder.full_name))
        self.setMinimumSize(820, 460)
        layout = QVBoxLayout(self)
        self.model = HistoryModel(tz, self, show_tag=True)
        layout.addWidget(table(self.model, "holderEvents"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        hid = holder.id
        Query(self, lambda fo: fo.equipment.history(holder_id=hid)).success(self.model.set_rows).run()


class KitDialog(QDialog):
    """Group selected items into a kit that goes out and comes back together."""

    def __init__(self, items: list[ItemDTO], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kitDialog")
        self.setWindowTitle(self.tr("New kit"))
        self.setMinimumWidth(440)
        self.items = items
        layout = QVBoxLayout(self)
        listing = QLabel(self.tr("Items: %1").replace("%1", ", ".join(i.asset_tag for i in items)))
        listing.setWordWrap(True)
        layout.addWidget(listing)
        form = QFormLayout()
        self.tag = QLineEdit(objectName="kitTag")
        self.name = QLineEdit(objectName="kitName")
        main = next((i for i in items if i.kind in ("nv_binocular", "thermal_imager", "video_camera")), None)
        if main is not None:
            self.name.setText(self.tr("%1 kit").replace("%1", main.name))
        tag_box, self.tag_error = with_error(self.tag)
        name_box, self.name_error = with_error(self.name)
        form.addRow(self.tr("Kit &tag"), tag_box)
        form.addRow(self.tr("&Name"), name_box)
        layout.addLayout(form)
        self.items_error = FieldError()
        layout.addWidget(self.items_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        tag, name, ids = self.tag.text(), self.name.text(), [i.id for i in self.items]
        for e in (self.tag_error, self.name_error, self.items_error):
            e.show_message("")
        self.buttons.setEnabled(False)
        Op(self, lambda fo: fo.equipment.create_kit(tag, name, ids)).success(lambda _c: self.accept()) \
            .failure(self._on_failed).run()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        field = exc.field if isinstance(exc, FieldOpsError) else None
        target = {"asset_tag": self.tag_error, "name": self.name_error, "items": self.items_error}.get(field or "")
        if target is None:
            show_error(self, exc)
        else:
            target.show_message(message(exc))
