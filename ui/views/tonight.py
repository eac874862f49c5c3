"""Tonight: the officer's open operation, quick-add checks, equipment they hold, and the night context."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldops.changes import Changes
from fieldops.dto import ItemDTO, OperationDetail
from ui import state, theme
from ui.ops import Query
from ui.timefmt import short
from ui.vocab import operation_status, operation_type
from ui.widgets.night_card import NightCard


class TonightView(QWidget):
    sig_open_requested = Signal(str)
    sig_new_requested = Signal()
    sig_check_requested = Signal(str, str)  # operation id, kind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operation: OperationDetail | None = None
        self.equipment: list[ItemDTO] = []
        self.country, self.tz = "LV", "Europe/Riga"
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        self.heading = QLabel(objectName="title")
        self.subheading = QLabel(objectName="muted")
        outer.addWidget(self.heading)
        outer.addWidget(self.subheading)
        grid = QGridLayout()
        grid.setSpacing(14)
        self.op_card = QFrame(objectName="card")
        op_layout = QVBoxLayout(self.op_card)
        self.op_caption = QLabel(objectName="muted")
        self.op_title = QLabel(objectName="cardValue")
        self.op_detail = QLabel(objectName="muted")
        self.op_detail.setWordWrap(True)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(objectName="openOperation")
        self.open_button.setProperty("primary", True)
        self.traffic = QPushButton(objectName="quickTraffic")
        self.hunter = QPushButton(objectName="quickHunter")
        self.other = QPushButton(objectName="quickOther")
        for b in (self.open_button, self.traffic, self.hunter, self.other):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for w in (self.op_caption, self.op_title, self.op_detail):
            op_layout.addWidget(w)
        op_layout.addLayout(buttons)
        self.eq_card = QFrame(objectName="card")
        eq_layout = QVBoxLayout(self.eq_card)
        self.eq_caption = QLabel(objectName="muted")
        self.eq_list = QLabel()
        self.eq_list.setWordWrap(True)
        self.eq_list.setTextFormat(Qt.TextFormat.RichText)
        eq_layout.addWidget(self.eq_caption)
        eq_layout.addWidget(self.eq_list)
        eq_layout.addStretch(1)
        self.night = NightCard()
        grid.addWidget(self.op_card, 0, 0, 1, 2)
        grid.addWidget(self.eq_card, 1, 0)
        grid.addWidget(self.night, 1, 1)
        outer.addLayout(grid)
        outer.addStretch(1)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.traffic.clicked.connect(lambda: self._quick("traffic"))
        self.hunter.clicked.connect(lambda: self._quick("hunter"))
        self.other.clicked.connect(lambda: self._quick("other"))
        for keys, slot in (("Ctrl+T", lambda: self._quick("traffic")), ("Ctrl+H", lambda: self._quick("hunter")),
                           ("Ctrl+O", lambda: self._quick("other")), ("Return", self._on_open_clicked),
                           ("Ctrl+N", self.sig_new_requested.emit)):
            shortcut = QShortcut(QKeySequence(keys), self)
            # Window-wide while this page is shown (Qt ignores shortcuts of hidden widgets).
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        state.get().hub.sig_operation_executed.connect(self._on_operation_executed)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        def load(fo: Any) -> tuple[Any, ...]:
            agency = next(a for a in fo.users.agencies() if a.id == fo.user.agency_id)
            return fo.operations.my_open_operation(), fo.equipment.holdings(fo.user.id), agency
        Query(self, load).success(self._on_loaded).run()

    def _on_loaded(self, result: tuple[Any, ...]) -> None:
        self.operation, self.equipment, agency = result
        self.loaded = True  # the first screen shows real data (bench/p1_startup)
        self.country, self.tz = agency.country, agency.timezone
        self._render()

    def _on_operation_executed(self, changes: Changes, _initiator: object) -> None:
        if changes.concerns("operation", "check", "equipment", "equipment_item"):
            self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Tonight"))
        self.op_caption.setText(self.tr("My operation"))
        self.eq_caption.setText(self.tr("Equipment I hold"))
        self.traffic.setText(self.tr("+ Traffic check"))
        self.traffic.setToolTip("Ctrl+T")
        self.hunter.setText(self.tr("+ Hunter check"))
        self.hunter.setToolTip("Ctrl+H")
        self.other.setText(self.tr("+ Other"))
        self.other.setToolTip("Ctrl+O")
        self.night.retranslate()
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _render(self) -> None:
        op = self.operation
        now = datetime.now(UTC)
        self.subheading.setText(short(now, self.tz))
        has_op = op is not None
        for b in (self.traffic, self.hunter, self.other):
            b.setVisible(has_op)
        if op is None:
            self.op_title.setText(self.tr("No open operation"))
            self.op_detail.setText(self.tr("Start tonight's operation to log checks (Ctrl+N)."))
            self.open_button.setText(self.tr("Start an operation"))
            self.open_button.setToolTip("Ctrl+N")
        else:
            self.op_title.setText(f"{op.number} · {operation_type(op.type)}")
            start = op.actual_start or op.planned_start
            self.op_detail.setText(self.tr("%1 · %2 · started %3 · %n check(s)", "", op.check_count)
                                   .replace("%1", operation_status(op.status)).replace("%2", op.area_name or "–")
                                   .replace("%3", short(start, op.timezone)))
            self.open_button.setText(self.tr("Open"))
            self.open_button.setToolTip("Enter")
        if self.equipment:
            danger = theme.current().danger
            lines = []
            for e in self.equipment:
                due = self.tr("due back %1").replace("%1", short(e.due_at, self.tz)) if e.due_at else ""
                if e.overdue:
                    due = f"<b style='color:{danger}'>" + self.tr("OVERDUE – return it") + f"</b> ({due})"
                lines.append(f"<b>{e.asset_tag}</b> · {e.name}" + (f" · {due}" if due else ""))
            self.eq_list.setText("<br>".join(lines))
        else:
            self.eq_list.setText(self.tr("You hold no equipment."))
        lat, lon = (op.lat, op.lon) if op else (None, None)
        self.night.show_for(lat, lon, now, op.timezone if op else self.tz, op.country if op else self.country)

    def _on_open_clicked(self) -> None:
        if self.operation is None:
            self.sig_new_requested.emit()
        else:
            self.sig_open_requested.emit(self.operation.id)

    def _quick(self, kind: str) -> None:
        if self.operation is not None:
            self.sig_check_requested.emit(self.operation.id, kind)
