"""Overview: the workspace at a glance for every role (operations by status, checks, equipment, what is
waiting to be sent). Real counts from `fo.overview()`, refreshed when a change concerns them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from fieldops.changes import Changes
from fieldops.dto import Overview
from fieldops.models.enums import EquipmentStatus, OperationStatus
from ui import state, theme
from ui.ops import Query
from ui.vocab import equipment_status, operation_status, role_name


class Card(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        self.caption = QLabel(objectName="muted")
        self.value = QLabel("–", objectName="cardValue")
        self.detail = QLabel(objectName="muted")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        for w in (self.caption, self.value, self.detail):
            layout.addWidget(w)
        layout.addStretch(1)


class OverviewView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: Overview | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.heading = QLabel(objectName="title")
        self.subheading = QLabel(objectName="muted")
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        grid = QGridLayout()
        grid.setSpacing(14)
        self.operations, self.checks, self.equipment, self.waiting = Card(), Card(), Card(), Card()
        for i, card in enumerate((self.operations, self.checks, self.equipment, self.waiting)):
            grid.addWidget(card, i // 2, i % 2)
        layout.addLayout(grid)
        layout.addStretch(1)
        state.get().hub.sig_operation_executed.connect(self._on_operation_executed)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        Query(self, lambda fo: fo.overview()).success(self._on_loaded).run()

    def _on_operation_executed(self, changes: Changes, _initiator: object) -> None:
        if changes.concerns("operation", "check", "equipment", "equipment_item", "user", "outbox"):
            self.refresh()

    def _on_loaded(self, data: Overview) -> None:
        self.data = data
        self.loaded = True  # the first screen shows real data (bench/p1_startup)
        self._render()

    def retranslate(self) -> None:
        fo = state.get().fo
        if fo is not None:
            user = fo.user
            self.heading.setText(self.tr("Hello, %1").replace("%1", user.full_name))
            roles = ", ".join(role_name(r) for r in sorted(user.roles))
            self.subheading.setText(f"{user.agency_short} · {roles}")
        self.operations.caption.setText(self.tr("Night operations"))
        self.checks.caption.setText(self.tr("Checks logged"))
        self.equipment.caption.setText(self.tr("Equipment items"))
        self.waiting.caption.setText(self.tr("Waiting to be sent"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _render(self) -> None:
        d = self.data
        if d is None:
            return
        loc = QLocale()
        total = sum(d.operations_by_status.values())
        self.operations.value.setText(loc.toString(total))
        self.operations.detail.setText("<br>".join(
            f"{operation_status(s)}: <b>{loc.toString(d.operations_by_status.get(s.value, 0))}</b>"
            for s in OperationStatus))
        self.checks.value.setText(loc.toString(d.checks))
        share = (100.0 * d.violations / d.checks) if d.checks else 0.0
        self.checks.detail.setText(self.tr("%1 with a violation (%2%)").replace(
            "%1", f"<b>{loc.toString(d.violations)}</b>").replace("%2", loc.toString(share, "f", 1)))
        self.equipment.value.setText(loc.toString(sum(d.equipment_by_status.values())))
        lines = [f"{equipment_status(s)}: <b>{loc.toString(d.equipment_by_status.get(s.value, 0))}</b>"
                 for s in EquipmentStatus if d.equipment_by_status.get(s.value)]
        if d.equipment_overdue:
            lines.insert(0, f"<b style='color:{theme.current().danger}'>"
                         + self.tr("%1 overdue").replace("%1", loc.toString(d.equipment_overdue)) + "</b>")
        self.equipment.detail.setText("<br>".join(lines))
        self.waiting.value.setText(loc.toString(d.waiting_changes))
        self.waiting.detail.setText(self.tr("%n change(s) recorded on this laptop and not yet sent to the "
                                            "regional server.", "", d.waiting_changes))
