"""A date-time field in a given time zone that may be empty (planned or actual times not known yet)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QPushButton, QWidget

from ui.timefmt import from_qdatetime, to_qdatetime


class DateTimeField(QWidget):
    sig_changed = Signal()

    def __init__(self, tz: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled_box = QCheckBox()
        self.edit = QDateTimeEdit(calendarPopup=True)
        self.edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.now = QPushButton()
        self.now.setObjectName("nowButton")
        row.addWidget(self.enabled_box)
        row.addWidget(self.edit, 1)
        row.addWidget(self.now)
        self.enabled_box.toggled.connect(self._on_enabled_toggled)
        self.edit.dateTimeChanged.connect(lambda _v: self.sig_changed.emit())
        self.now.clicked.connect(self.set_now)
        self.setFocusProxy(self.enabled_box)  # a label's mnemonic lands on the "known" box
        self.setFocusPolicy(self.enabled_box.focusPolicy())  # QLabel only hands focus to focusable buddies
        self.set_value(None)
        self.retranslate()

    def retranslate(self) -> None:
        self.now.setText(self.tr("Now"))
        self.enabled_box.setToolTip(self.tr("Known"))

    def _on_enabled_toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.sig_changed.emit()

    def set_now(self) -> None:
        self.set_value(datetime.now(UTC).replace(microsecond=0))
        self.sig_changed.emit()

    def set_value(self, value: datetime | None) -> None:
        self.blockSignals(True)
        self.enabled_box.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDateTime(to_qdatetime(value, self.tz) if value else QDateTime.currentDateTime())
        self.blockSignals(False)

    def value(self) -> datetime | None:
        return from_qdatetime(self.edit.dateTime(), self.tz) if self.enabled_box.isChecked() else None
