"""Start a night operation: type, area, and whether it starts now (actual) or later (planned)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from fieldops.changes import Changes
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models.enums import OperationType
from ui.errors import message, show_error
from ui.ops import Op
from ui.vocab import operation_type
from ui.widgets.datetime_field import DateTimeField
from ui.widgets.forms import FieldError, with_error


class NewOperationDialog(QDialog):
    def __init__(self, tz: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.created_id: str | None = None
        self.setWindowTitle(self.tr("New night operation"))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        self.type = QComboBox(objectName="type")
        for t in OperationType:
            self.type.addItem(operation_type(t.value), t.value)
        self.area = QLineEdit(objectName="area_name")
        self.now = QCheckBox(self.tr("Starting &now"), objectName="startingNow")
        self.now.setChecked(True)
        self.start = DateTimeField(tz)
        self.start.set_value(datetime.now(UTC) + timedelta(hours=1))
        self.start.setEnabled(False)
        self.errors: dict[str, FieldError] = {}
        for key, label, widget in (("type", self.tr("&Type"), self.type), ("area_name", self.tr("&Area"), self.area),
                                   ("start_at", self.tr("Planned &start"), self.start)):
            box, self.errors[key] = with_error(widget)
            form.addRow(label, box)
            if key == "area_name":
                form.addRow("", self.now)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form.addRow(self.buttons)
        self.now.toggled.connect(lambda on: self.start.setEnabled(not on))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.area.setFocus()  # the type has a sensible default; the area is what one types

    def _on_ok(self) -> None:
        for e in self.errors.values():
            e.show_message("")
        actual = self.now.isChecked()
        start = datetime.now(UTC).replace(microsecond=0) if actual else self.start.value()
        if start is None:
            self.errors["start_at"].show_message(message(FieldOpsError(ErrorCode.REQUIRED)))
            return
        kind, area = self.type.currentData(), self.area.text()
        self.buttons.setEnabled(False)
        Op(self, lambda fo: fo.operations.create(type=kind, start_at=start, area_name=area, actual=actual)).success(
            self._on_created).failure(self._on_failed).run()

    def _on_created(self, changes: Changes) -> None:
        self.created_id = changes.created_id
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        field = exc.field if isinstance(exc, FieldOpsError) else None
        if field in self.errors:
            self.errors[str(field)].show_message(message(exc))
        else:
            show_error(self, exc)

