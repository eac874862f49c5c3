"""Reserve items for a planned operation: the conflicts (other reservations, check-outs due back later,
maintenance) are shown before anything is saved; saving despite them is an explicit choice."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldops.dto import Conflict, ItemDTO
from fieldops.errors import ErrorCode, FieldOpsError
from ui.errors import message, show_error
from ui.ops import Op, Query
from ui.views.desk_models import conflict_text
from ui.widgets.datetime_field import DateTimeField
from ui.widgets.forms import FieldError, with_error


class ReserveDialog(QDialog):
    def __init__(self, items: list[ItemDTO], tz: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.setObjectName("reserveDialog")
        self.setWindowTitle(self.tr("Reserve equipment"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.item = QComboBox(objectName="reserveItem")
        for i in items:
            if i.status != "retired":
                self.item.addItem(f"{i.asset_tag} · {i.name}", i.id)
        self.start = DateTimeField(tz)
        self.end = DateTimeField(tz)
        self.note = QLineEdit(objectName="reserveNote")
        self.note.setPlaceholderText(self.tr("Planned operation, crew, place"))
        end_box, self.end_error = with_error(self.end)
        form.addRow(self.tr("&Item"), self.item)
        form.addRow(self.tr("&From"), self.start)
        form.addRow(self.tr("&To"), end_box)
        form.addRow(self.tr("&For"), self.note)
        layout.addLayout(form)
        self.conflicts = FieldError()
        self.conflicts.setObjectName("conflicts")
        layout.addWidget(self.conflicts)
        self.despite = QCheckBox(self.tr("Reserve despite the conflicts"), objectName="despite")
        self.despite.hide()
        layout.addWidget(self.despite)
        hint = QLabel(self.tr("A kit is reserved by reserving its main device; accessories go with it."))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        Query(self, lambda fo: fo.desk.default_due()).success(self._set_default).run()
        for w in (self.start, self.end):
            w.sig_changed.connect(self._check)
        self.item.currentIndexChanged.connect(lambda _i: self._check())
        self.item.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_default(self, morning: object) -> None:
        from datetime import datetime

        assert isinstance(morning, datetime)
        start = morning + timedelta(hours=10)  # 17:00 local: the next night shift
        self.start.set_value(start)
        self.end.set_value(start + timedelta(hours=14))
        self._check()

    def _check(self) -> None:
        item, start, end = self.item.currentData(), self.start.value(), self.end.value()
        if not item or start is None or end is None or end <= start:
            return
        Query(self, lambda fo: fo.equipment.reservation_conflicts(item, start, end)).success(self._show_conflicts).run()

    def _show_conflicts(self, conflicts: list[Conflict]) -> None:
        self.conflicts.show_message("; ".join(conflict_text(c, self.tz) for c in conflicts))
        self.despite.setVisible(bool(conflicts))
        if not conflicts:
            self.despite.setChecked(False)

    def submit(self) -> None:
        item, start, end, note = self.item.currentData(), self.start.value(), self.end.value(), self.note.text()
        if not item:
            return
        if start is None or end is None:
            self.end_error.show_message(self.tr("Choose the start and the end."))
            return
        allow = self.despite.isChecked()
        self.end_error.show_message("")
        self.buttons.setEnabled(False)
        Op(self, lambda fo: fo.equipment.reserve(item, start, end, note=note, allow_conflicts=allow)) \
            .success(lambda _c: self.accept()).failure(self._on_failed).run()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, FieldOpsError) and exc.code == ErrorCode.RESERVATION_CONFLICT:
            self.conflicts.show_message(message(exc))
            self.despite.show()
        elif isinstance(exc, FieldOpsError) and exc.field in ("end_at", "start_at"):
            self.end_error.show_message(message(exc))
        else:
            show_error(self, exc)
