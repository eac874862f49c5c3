"""Review: a supervisor clears the night's submitted operations, oldest first, from the keyboard.

Left the queue (filters: type, text); right the operation as the crew submitted it: details, what changed since
the last review (field-level diff), checks with their rule flags and the crew's decisions on them (overrides
with reasons), equipment used with its custody events for the operation, attachments, and earlier decisions.
Keys: Ctrl+Enter approve, Ctrl+R return with comments, Alt+Down / Alt+Up next / previous. Nobody decides on
an operation they took part in: the buttons say so instead of failing.

Amendments of approved operations (a correction or a void, with the crew's reason) wait in the same queue; their
view shows the reason and each proposed change as "before → after" (or the checks to void) above the approved
operation, and the same keys decide on the amendment. "Version history…" shows the operation's chain.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
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

from fieldops.changes import Changes
from fieldops.dto import CheckDTO, CustodyEventDTO, OperationDetail
from fieldops.models.enums import OperationType
from fieldops.services.amendments import AmendmentView
from fieldops.services.reviews import COMMENTABLE, Decision, FieldChange, ReviewItem
from ui import state
from ui.errors import message
from ui.ops import Op, Query
from ui.timefmt import short
from ui.vocab import check_kind, custody_kind, flag_decision, operation_type, outcome_name
from ui.widgets.forms import FieldError

SEARCH_DELAY_MS = 250


class ReturnDialog(QDialog):
    """The comments that send an operation back: overall, and per field (added one at a time)."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return %1 for correction").replace("%1", number))
        self.setMinimumWidth(520)
        self.fields: dict[str, str] = {}
        layout = QVBoxLayout(self)
        self.overall = QPlainTextEdit(objectName="overallComment")
        self.overall.setPlaceholderText(self.tr("What should the crew correct or add?"))
        self.overall.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Comment"), self.overall)
        self.field = QComboBox(objectName="commentField")
        for name in COMMENTABLE:
            self.field.addItem(_field_name(name), name)
        self.field_comment = QLineEdit(objectName="fieldComment")
        self.field_comment.setPlaceholderText(self.tr("A comment on this field, then Enter"))
        self.field_comment.returnPressed.connect(self._on_add_field)
        row = QHBoxLayout()
        row.addWidget(self.field)
        row.addWidget(self.field_comment, 1)
        form.addRow(self.tr("On a &field"), row)
        self.field_list = QListWidget(objectName="fieldComments")
        self.field_list.setMaximumHeight(110)
        form.addRow("", self.field_list)
        layout.addLayout(form)
        self.error = FieldError()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send = buttons.addButton(self.tr("Return (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._on_send)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # when this dialog is the active window
            QShortcut(QKeySequence(keys), self, activated=self._on_send)
        self.overall.setFocus()

    def _on_add_field(self) -> None:
        text = self.field_comment.text().strip()
        if not text:
            return
        key = str(self.field.currentData())
        self.fields[key] = text
        self.field_list.clear()
        for name, comment in self.fields.items():
            self.field_list.addItem(f"{_field_name(name)}: {comment}")
        self.field_comment.clear()

    def submit(self) -> None:
        """Ctrl+Enter (the review page's key, which forwards here while this dialog is open)."""
        self._on_send()

    def _on_send(self) -> None:
        self._on_add_field()  # a typed field comment counts even without Enter
        if not self.overall.toPlainText().strip() and not self.fields:
            self.error.show_message(self.tr("Write what should be corrected (overall or on a field)."))
            return
        self.accept()

    def comment(self) -> str:
        return self.overall.toPlainText().strip()


class ReviewView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[ReviewItem] = []
        self.current: ReviewItem | None = None
        self.detail: OperationDetail | None = None
        self.return_dialog: ReturnDialog | None = None
        self._serial = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.heading = QLabel(objectName="title")
        layout.addWidget(self.heading)
        bar = QHBoxLayout()
        self.type_filter = QComboBox(objectName="reviewType")
        self.text_filter = QLineEdit(objectName="reviewText")
        self.text_filter.setClearButtonEnabled(True)
        self.count = QLabel(objectName="muted")
        bar.addWidget(self.type_filter)
        bar.addWidget(self.text_filter, 1)
        bar.addWidget(self.count)
        layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.queue = QListWidget(objectName="reviewQueue")
        self.queue.setMinimumWidth(330)
        self.queue.setSpacing(3)
        self.queue.setAlternatingRowColors(True)
        self.queue.setWordWrap(True)
        self.queue.viewport().installEventFilter(self)  # rows are measured at the list's width (`_fit_rows`)
        self.queue.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        split.addWidget(self.queue)
        split.addWidget(self._build_detail())
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        actions = QHBoxLayout()  # below the operation, always in view: the decision is the point of the page
        self.feedback = QLabel(objectName="reviewFeedback")
        self.feedback.setWordWrap(True)
        actions.addWidget(self.feedback, 1)
        self.history_button = QPushButton(objectName="reviewHistory")
        self.history_button.clicked.connect(self.show_history)
        actions.addWidget(self.history_button)
        actions.addWidget(self.return_button)
        actions.addWidget(self.approve_button)
        layout.addLayout(actions)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.text_filter.textChanged.connect(lambda _t: self._debounce.start())
        self.type_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.queue.currentRowChanged.connect(self._on_row_changed)
        self.approve_button.clicked.connect(self.approve)
        self.return_button.clicked.connect(self.return_current)
        for keys, slot in (("Ctrl+Return", self._on_ctrl_enter), ("Ctrl+Enter", self._on_ctrl_enter),
                           ("Ctrl+R", self.return_current), ("Alt+Down", self.next), ("Alt+Up", self.previous)):
            # Window context: live while this page is shown in the active main window (a hidden page's are not).
            QShortcut(QKeySequence(keys), self, activated=slot, context=Qt.ShortcutContext.WindowShortcut)
        state.get().hub.sig_operation_executed.connect(self._on_operation_executed)
        self.retranslate()
        self.refresh()

    def _build_detail(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # everything wraps to the width
        body = QWidget()
        v = QVBoxLayout(body)
        self.title = QLabel(objectName="title")
        self.title.setWordWrap(True)
        self.approve_button = QPushButton(objectName="approve")
        self.approve_button.setProperty("primary", True)
        self.return_button = QPushButton(objectName="returnForCorrection")
        v.addWidget(self.title)
        self.facts = QLabel(objectName="reviewFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        v.addWidget(self.facts)
        self.changes_title, self.changes = QLabel(objectName="muted"), QLabel(objectName="reviewChanges")
        self.changes.setWordWrap(True)
        self.checks_title = QLabel(objectName="muted")
        self.checks = _table("reviewChecks", 5)
        self.equipment_title = QLabel(objectName="muted")
        self.equipment = _table("reviewEquipment", 4)
        self.decisions_title, self.decisions = QLabel(objectName="muted"), QLabel(objectName="reviewDecisions")
        self.decisions.setWordWrap(True)
        for w in (self.changes_title, self.changes, self.checks_title, self.checks, self.equipment_title,
                  self.equipment):
            v.addWidget(w)
        from ui.widgets.attachments import AttachmentsPanel

        self.attachments = AttachmentsPanel(body)
        v.addWidget(self.attachments)
        v.addWidget(self.decisions_title)
        v.addWidget(self.decisions)
        v.addStretch(1)
        scroll.setWidget(body)
        self.detail_area = scroll
        return scroll

    # ---- texts ---------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Review"))
        self.text_filter.setPlaceholderText(self.tr("Filter by number, place or lead officer"))
        current = self.type_filter.currentData()
        self.type_filter.blockSignals(True)
        self.type_filter.clear()
        self.type_filter.addItem(self.tr("All types"), "")
        for t in OperationType:
            self.type_filter.addItem(operation_type(t.value), t.value)
        self.type_filter.setCurrentIndex(max(0, self.type_filter.findData(current)))
        self.type_filter.blockSignals(False)
        self.approve_button.setText(self.tr("&Approve (Ctrl+Enter)"))
        self.history_button.setText(self.tr("Versi&on history…"))
        self.return_button.setText(self.tr("R&eturn… (Ctrl+R)"))
        self.checks.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Kind"), self.tr("Outcome"),
                                               self.tr("Rule flags"), self.tr("Details")])
        self.checks.horizontalHeaderItem(3).setToolTip(self.tr("Each flag with the crew's decision: confirmed, "
                                                               "or overridden with a reason"))
        self.equipment.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Hours"), self.tr("Custody"),
                                                  self.tr("Condition")])
        self._render_queue()
        self._render_detail()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "queue"):
            self.retranslate()

    # ---- the queue -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        op_type, text = str(self.type_filter.currentData() or "") or None, self.text_filter.text()
        Query(self, lambda fo: fo.reviews.queue(op_type=op_type, text=text)).success(self._on_queue).run()

    def _on_queue(self, items: list[ReviewItem]) -> None:
        keep = (self.current.id, self.current.amendment_id) if self.current else None
        self.items = items
        self._render_queue()
        row = next((i for i, it in enumerate(items) if (it.id, it.amendment_id) == keep), 0 if items else -1)
        self.queue.blockSignals(True)
        self.queue.setCurrentRow(row)
        self.queue.blockSignals(False)
        item = items[row] if row >= 0 else None
        if item is None or self.current is None or self.detail is None or (
                (item.id, item.amendment_id) != (self.current.id, self.current.amendment_id)):
            self._show(item)

    def _render_queue(self) -> None:
        self.queue.blockSignals(True)
        row = self.queue.currentRow()
        self.queue.clear()
        for it in self.items:
            when = short(it.submitted_at, "Europe/Riga") if it.submitted_at else "–"
            head = f"{it.number} · {operation_type(it.type)}"
            if it.amendment_id:
                head = (self.tr("%1 · correction of an approved log") if it.amendment_kind == "correction"
                        else self.tr("%1 · void of an approved log")).replace("%1", it.number)
            lines = [head, f"{it.area_name or '–'} · {it.lead_name or '–'}",
                     self.tr("submitted %1").replace("%1", when),
                     self.tr("%n check(s), %1 with a violation", "", it.check_count).replace(
                         "%1", str(it.violation_count))]
            if it.returns:
                lines.append(self.tr("returned %n time(s) before", "", it.returns))
            if not it.can_decide:
                lines.append(self.tr("you took part, or another agency decides"))
            entry = QListWidgetItem("\n".join(lines))
            entry.setData(Qt.ItemDataRole.UserRole, it.id)
            self.queue.addItem(entry)
        self.queue.setCurrentRow(min(row, len(self.items) - 1))  # (a language change keeps the selection)
        self.queue.blockSignals(False)
        self._fit_rows()
        self.count.setText(self.tr("%n waiting", "", len(self.items)))

    def _fit_rows(self) -> None:
        """Each row as tall as its wrapped text at the list's width (Qt's own measure misses a second wrap)."""
        width = self.queue.viewport().width() - 2 * self.queue.spacing() - 10
        if width <= 0:
            return
        metrics = self.queue.fontMetrics()
        for i in range(self.queue.count()):
            entry = self.queue.item(i)
            bounds = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), entry.text())
            entry.setSizeHint(QSize(width, bounds.height() + 8))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.queue.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_rows()
        return super().eventFilter(watched, event)

    def _on_row_changed(self, row: int) -> None:
        self._show(self.items[row] if 0 <= row < len(self.items) else None)

    def next(self) -> None:
        if self.queue.currentRow() < len(self.items) - 1:
            self.queue.setCurrentRow(self.queue.currentRow() + 1)

    def previous(self) -> None:
        if self.queue.currentRow() > 0:
            self.queue.setCurrentRow(self.queue.currentRow() - 1)

    # ---- the operation -------------------------------------------------------------------------------------
    def _show(self, item: ReviewItem | None) -> None:
        self.current = item
        self._serial += 1
        serial = self._serial
        self.detail = None
        if item is None:
            self._render_detail()
            return
        op_id, amendment_id = item.id, item.amendment_id

        def load(fo: Any) -> tuple[Any, ...]:
            detail = fo.operations.get(op_id, record_view=True)  # a consultation (Directive 2016/680 Art. 25)
            events = [e for u in detail.equipment for e in fo.equipment.history(item_id=u.item_id, limit=50)
                      if e.operation_id == op_id]
            return (detail, fo.checks.list(op_id, include_voided=True), events,
                    [] if amendment_id else fo.reviews.changes_since_last_review(op_id), fo.reviews.decisions(op_id),
                    fo.amendments.get(amendment_id) if amendment_id else None)

        Query(self, load).success(lambda r: self._on_loaded(serial, r)).failure(
            lambda exc: self._say(message(exc), error=True)).run()

    def _on_loaded(self, serial: int, result: tuple[Any, ...]) -> None:
        if serial != self._serial:
            return  # another operation was chosen meanwhile
        self.detail, self.check_rows, self.events, self.changes_rows, self.decision_rows, self.amendment = result
        self._render_detail()
        self.attachments.set_owner("operation", self.detail.id, False)

    def _render_detail(self) -> None:
        d, item = self.detail, self.current
        self.approve_button.setEnabled(bool(d and item and item.can_decide))
        self.return_button.setEnabled(bool(d and item and item.can_decide))
        self.history_button.setEnabled(d is not None)
        self.detail_area.setVisible(d is not None)
        if d is None:
            if not self.items:
                self._say(self.tr("Nothing waiting for review."))
            return
        if self.feedback.text() == self.tr("Nothing waiting for review."):
            self._say("")
        self.title.setText(f"{d.number} · {operation_type(d.type)}")
        amendment = getattr(self, "amendment", None)
        if amendment is not None:
            self.title.setText((self.tr("Correction of %1 (approved)") if amendment.kind == "correction"
                                else self.tr("Void of %1 (approved)")).replace("%1", d.number))
        crew = ", ".join(m.user.full_name + (" ★" if m.is_lead else "") for m in d.crew)
        times = " – ".join(short(t, d.timezone) for t in (d.actual_start, d.actual_end) if t)
        place = d.area_name + (f" ({d.lat:.5f}, {d.lon:.5f})" if d.lat is not None and d.lon is not None else "")
        self.facts.setText("\n".join(x for x in (
            self.tr("Crew: %1").replace("%1", crew), self.tr("Time: %1").replace("%1", times or "–"),
            self.tr("Place: %1").replace("%1", place or "–"), self.tr("Vehicle: %1").replace("%1", d.vehicle or "–"),
            d.narrative) if x))
        if amendment is not None:
            self._render_amendment(amendment, d.timezone)
        else:
            self._render_changes(getattr(self, "changes_rows", []))
        self._render_checks(getattr(self, "check_rows", []), d.timezone)
        self._render_equipment(d, getattr(self, "events", []))
        self._render_decisions(getattr(self, "decision_rows", []), d.timezone)

    def _render_changes(self, rows: list[FieldChange]) -> None:
        self.changes_title.setText(self.tr("Changed since the last review"))
        lines = []
        for c in rows:
            if c.field == "check":
                what = {"added": self.tr("added"), "changed": self.tr("changed"), "voided": self.tr("voided")}
                lines.append(self.tr("Check %1: %2").replace("%1", (c.check_id or "")[-6:]).replace(
                    "%2", what.get(str(c.after), str(c.after))))
            else:
                lines.append(f"{_field_name(c.field)}: {_shown(c.before)} → {_shown(c.after)}")
        self.changes.setText("\n".join(lines))
        for w in (self.changes_title, self.changes):
            w.setVisible(bool(lines))

    def _render_amendment(self, am: AmendmentView, tz: str) -> None:
        from ui.dialogs.version_chain import check_names, correction_lines

        when = short(am.submitted_at, tz) if am.submitted_at else "–"
        self.changes_title.setText(self.tr("Proposed by %1 on %2").replace("%1", am.author_name).replace("%2", when))
        lines = [self.tr("Reason: %1").replace("%1", am.reason)]
        if am.kind == "void":
            lines.append(self.tr("The operation would be voided: kept on record, never counted."))
        lines += correction_lines(am.corrections, am.void_checks, tz, check_names(getattr(self, "check_rows", []), tz))
        self.changes.setText("\n".join(lines))
        for w in (self.changes_title, self.changes):
            w.setVisible(True)

    def show_history(self) -> None:
        from ui.dialogs.version_chain import open_version_chain

        if self.detail is not None:
            open_version_chain(self, self.detail)

    def _render_checks(self, rows: list[CheckDTO], tz: str) -> None:
        from ui.rules_text import flag_text
        from ui.views.operation_editor import _summary

        self.checks_title.setText(self.tr("%n check(s)", "", len([c for c in rows if not c.voided])))
        self.checks.setRowCount(len(rows))
        for r, c in enumerate(rows):
            flags = "; ".join(
                flag_text(str(f.get("code", "")), dict(f.get("params") or {}))  # type: ignore[call-overload]
                + f" — {flag_decision(str(f.get('decision', '')))}"
                + (f": {f.get('reason')}" if f.get("reason") else "") for f in c.flags)
            outcome = outcome_name(c.outcome) + (" · " + self.tr("voided") if c.voided else "")
            for col, value in enumerate((short(c.at, tz), check_kind(c.kind), outcome, flags, _summary(c))):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.checks.setItem(r, col, cell)
        _fit_height(self.checks)

    def _render_equipment(self, d: OperationDetail, events: list[CustodyEventDTO]) -> None:
        self.equipment_title.setText(self.tr("Equipment used"))
        self.equipment.setRowCount(len(d.equipment))
        for r, use in enumerate(d.equipment):
            mine = [e for e in events if e.item_id == use.item_id]
            custody = "; ".join(f"{custody_kind(e.kind)} {short(e.at, d.timezone)} ({e.holder_name or '–'})"
                                for e in mine)
            condition = ", ".join(e.condition for e in mine if e.condition)
            hours = f"{use.hours:.1f}" if use.hours is not None else "–"
            for col, value in enumerate((f"{use.asset_tag} · {use.name}", hours, custody or "–", condition or "–")):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.equipment.setItem(r, col, cell)
        _fit_height(self.equipment)

    def _render_decisions(self, rows: list[Decision], tz: str) -> None:
        self.decisions_title.setText(self.tr("Earlier decisions"))
        lines = []
        for dec in rows:
            what = self.tr("approved") if dec.decision == "approved" else self.tr("returned")
            text = f"{short(dec.at, tz)} · {dec.reviewer_name}: {what}" + (f" — {dec.overall}" if dec.overall else "")
            text += "".join(f"\n    {_field_name(k)}: {v}" for k, v in dec.fields.items())
            lines.append(text)
        self.decisions.setText("\n".join(lines))
        for w in (self.decisions_title, self.decisions):
            w.setVisible(bool(lines))

    # ---- decisions -----------------------------------------------------------------------------------------
    def approve(self) -> None:
        item = self.current
        if item is None or self.detail is None or not self.approve_button.isEnabled():
            return
        op_id, number, amendment_id = item.id, item.number, item.amendment_id
        if amendment_id:
            Op(self, lambda fo: fo.amendments.approve(amendment_id)).success(
                lambda _c: self._decided(self.tr("Amendment of %1 approved.").replace("%1", number))).failure(
                lambda exc: self._say(message(exc), error=True)).run()
            return
        Op(self, lambda fo: fo.reviews.approve(op_id)).success(
            lambda _c: self._decided(self.tr("%1 approved.").replace("%1", number))).failure(
            lambda exc: self._say(message(exc), error=True)).run()

    def return_current(self) -> None:
        item = self.current
        if item is None or self.detail is None or not self.return_button.isEnabled():
            return
        dialog = ReturnDialog(item.number, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # its shortcuts go with it
        self.return_dialog = dialog
        dialog.accepted.connect(lambda: self._send_return(item, dialog))
        dialog.finished.connect(lambda _r: setattr(self, "return_dialog", None))
        dialog.open()

    def _on_ctrl_enter(self) -> None:
        """Approve; while the return dialog is open (it is a child of this page), send its comments instead."""
        if self.return_dialog is not None:
            self.return_dialog.submit()
        else:
            self.approve()

    def _send_return(self, item: ReviewItem, dialog: ReturnDialog) -> None:
        op_id, number, comment, fields = item.id, item.number, dialog.comment(), dict(dialog.fields)
        if item.amendment_id:  # an amendment takes one comment: the per-field ones are written into it
            amendment_id = item.amendment_id
            text = "\n".join([comment, *(f"{_field_name(k)}: {v}" for k, v in fields.items())]).strip()
            Op(self, lambda fo: fo.amendments.return_for_correction(amendment_id, text)).success(
                lambda _c: self._decided(self.tr("Amendment of %1 returned to its author.").replace("%1", number))
            ).failure(lambda exc: self._say(message(exc), error=True)).run()
            return
        Op(self, lambda fo: fo.reviews.return_for_correction(op_id, comment, fields)).success(
            lambda _c: self._decided(self.tr("%1 returned to the crew.").replace("%1", number))).failure(
            lambda exc: self._say(message(exc), error=True)).run()

    def _decided(self, text: str) -> None:
        self._say(text)
        self.current = None  # the next one in the queue takes its place
        self.refresh()
        self.queue.setFocus()

    def _say(self, text: str, error: bool = False) -> None:
        self.feedback.setText(text)
        self.feedback.setProperty("role", "error" if error else "")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)

    def _on_operation_executed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.concerns("operation", "amendment"):
            self.refresh()


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, objectName=name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # fits the page; cells have tips
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def _fit_height(table: QTableWidget) -> None:
    """As tall as its rows (the page scrolls, not the table)."""
    table.resizeRowsToContents()
    rows = max(table.verticalHeader().length(), table.verticalHeader().defaultSectionSize())
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth() + 2)


def _field_name(field: str) -> str:
    from PySide6.QtCore import QCoreApplication

    from ui.views.sync import field_name

    extra = {"crew": QCoreApplication.translate("ReviewView", "Crew"),
             "equipment": QCoreApplication.translate("ReviewView", "Equipment used"),
             "checks": QCoreApplication.translate("ReviewView", "Checks"),
             "lead_id": QCoreApplication.translate("ReviewView", "Lead officer")}
    return extra.get(field) or field_name(field)


def _shown(value: object) -> str:
    text = "–" if value in (None, "") else str(value)
    return text if len(text) <= 80 else text[:77] + "…"
