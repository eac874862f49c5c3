"""Propose an amendment of an approved operation: a correction (new values, checks to void) or a void, always
with a reason; it goes to a supervisor's review. Also completes a draft made from an offline edit the server
refused, and a returned amendment (the supervisor's comment is shown on top)."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldops import geo
from fieldops.dto import CheckDTO, OperationDetail
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models.enums import OperationType
from fieldops.services.amendments import AmendmentView
from ui.dialogs.version_chain import check_names
from ui.errors import message
from ui.ops import Op
from ui.vocab import operation_type
from ui.widgets.datetime_field import DateTimeField
from ui.widgets.forms import FieldError

TEXTS = ("area_name", "vehicle", "weather", "visibility")
TIMES = ("planned_start", "planned_end", "actual_start", "actual_end")


class AmendmentDialog(QDialog):
    def __init__(self, detail: OperationDetail, kind: str, checks: list[CheckDTO],
                 amendment: AmendmentView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail, self.kind, self.amendment = detail, kind, amendment
        self.setWindowTitle((self.tr("Propose a correction of %1") if kind == "correction"
                             else self.tr("Propose voiding %1")).replace("%1", detail.number))
        self.setMinimumWidth(640)
        self.errors: dict[str, FieldError] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The operation is approved and locked. A supervisor reviews this amendment; only "
                               "an approved correction changes the record, as its next version.") if kind ==
                       "correction" else self.tr("Voiding keeps the operation on record, marked voided, and takes "
                                                 "it out of every count. A supervisor reviews it first."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if amendment is not None and amendment.return_comment:
            note = QLabel(self.tr("Returned by the supervisor: %1").replace("%1", amendment.return_comment),
                          objectName="banner")
            note.setProperty("role", "hint")
            note.setWordWrap(True)
            layout.addWidget(note)
        if amendment is not None and amendment.refused_ops:
            note = QLabel(self.tr("Made from %n change(s) you made offline after the operation had been approved; "
                                  "the server kept the approved version. Add a reason and submit, or withdraw.",
                                  "", len(amendment.refused_ops)), objectName="muted")
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.reason = QPlainTextEdit(objectName="amendmentReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why the approved record must change (required)"))
        self.reason.setFixedHeight(70)
        if amendment is not None:
            self.reason.setPlainText(amendment.reason)
        self._row(form, "reason", self.tr("&Reason"), self.reason)
        self.inputs: dict[str, Any] = {}
        self.void_list: QListWidget | None = None
        if kind == "correction":
            self._build_correction(form, checks)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        self.form_error = FieldError()
        layout.addWidget(self.form_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send = buttons.addButton(self.tr("Sen&d for review"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send.setProperty("primary", True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry().height() if self.screen() is not None else 768
        self.resize(700, min(660, screen - 80) if kind == "correction" else 320)  # the form scrolls
        self.reason.setFocus()

    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(widget)
        self.errors[key] = FieldError()
        v.addWidget(self.errors[key])
        caption = QLabel(label)
        if "&" in label:  # (the planned times have no key, as in the editor)
            caption.setBuddy(widget)
        form.addRow(caption, box)

    def _build_correction(self, form: QFormLayout, checks: list[CheckDTO]) -> None:
        d = self.detail
        proposed = {c.field: c.after for c in self.amendment.corrections} if self.amendment else {}
        kind = QComboBox(objectName="amendType")
        for t in OperationType:
            kind.addItem(operation_type(t.value), t.value)
        kind.setCurrentIndex(max(0, kind.findData(proposed.get("type", d.type))))
        self.inputs["type"] = kind
        self._row(form, "type", self.tr("T&ype"), kind)
        labels = {"area_name": self.tr("&Area"), "vehicle": self.tr("Vehi&cle"), "weather": self.tr("&Weather"),
                  "visibility": self.tr("Visi&bility")}
        for name in TEXTS:
            edit = QLineEdit(str(proposed.get(name, getattr(d, name)) or ""), objectName=f"amend_{name}")
            self.inputs[name] = edit
            self._row(form, name, labels[name], edit)
        lat, lon = proposed.get("lat", d.lat), proposed.get("lon", d.lon)
        position = QLineEdit(geo.format_wgs84(lat, lon) if lat is not None and lon is not None else "",
                             objectName="amend_position")
        self.inputs["position"] = position
        self._row(form, "position", self.tr("&Position (WGS84)"), position)
        times = {"planned_start": self.tr("Planned start"), "planned_end": self.tr("Planned end"),
                 "actual_start": self.tr("Actual &start"), "actual_end": self.tr("Actual &end")}
        for name in TIMES:
            field = DateTimeField(d.timezone)
            value = proposed.get(name, getattr(d, name))
            if isinstance(value, str):
                from datetime import datetime

                with contextlib.suppress(ValueError):
                    value = datetime.fromisoformat(value)
            field.set_value(value)
            self.inputs[name] = field
            self._row(form, name, times[name], field)
        narrative = QPlainTextEdit(str(proposed.get("narrative", d.narrative) or ""), objectName="amend_narrative")
        narrative.setTabChangesFocus(True)
        narrative.setFixedHeight(110)
        self.inputs["narrative"] = narrative
        self._row(form, "narrative", self.tr("&Narrative"), narrative)
        live = [c for c in checks if not c.voided]
        if live:
            self.void_list = QListWidget(objectName="amendVoidChecks")
            self.void_list.setMaximumHeight(130)
            chosen = self.amendment.void_checks if self.amendment else {}
            names = check_names(live, d.timezone)
            for c in live:
                entry = QListWidgetItem(names[c.id])
                entry.setData(Qt.ItemDataRole.UserRole, c.id)
                entry.setCheckState(Qt.CheckState.Checked if c.id in chosen else Qt.CheckState.Unchecked)
                self.void_list.addItem(entry)
            self._row(form, "void_checks", self.tr("&Void checks"), self.void_list)
            self.void_reason = QLineEdit(next(iter(chosen.values()), ""), objectName="amendVoidReason")
            self.void_reason.setPlaceholderText(self.tr("Why the ticked checks are void"))
            self._row(form, "void_reason", self.tr("Void reas&on"), self.void_reason)
        self._initial = self._shown()

    # ---- sending -------------------------------------------------------------------------------------------
    def _shown(self) -> dict[str, Any]:
        """What the correction form shows now, per field (the position as its text)."""
        shown: dict[str, Any] = {"type": self.inputs["type"].currentData(),
                                 "position": self.inputs["position"].text().strip(),
                                 "narrative": self.inputs["narrative"].toPlainText().strip()}
        shown |= {name: self.inputs[name].text().strip() for name in TEXTS}
        shown |= {name: self.inputs[name].value() for name in TIMES}
        return shown

    def values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The correction as the service takes it: the fields changed in the form (a field left as shown keeps
        its stored value to the second and the last decimal), over what a draft or returned amendment proposed."""
        fields: dict[str, Any] = {c.field: c.after for c in self.amendment.corrections} if self.amendment else {}
        shown = self._shown()
        for name, value in shown.items():
            if value == self._initial.get(name):
                continue
            if name == "position":
                fields["lat"], fields["lon"] = geo.parse_position(value) if value else (None, None)
            else:
                fields[name] = value
        voids: dict[str, str] = {}
        if self.void_list is not None:
            why = self.void_reason.text().strip()
            for row in range(self.void_list.count()):
                entry = self.void_list.item(row)
                if entry.checkState() == Qt.CheckState.Checked:
                    voids[str(entry.data(Qt.ItemDataRole.UserRole))] = why
        return fields, voids

    def submit(self) -> None:
        for e in (*self.errors.values(), self.form_error):
            e.show_message("")
        fields: dict[str, Any] = {}
        voids: dict[str, str] = {}
        if self.kind == "correction":
            try:
                fields, voids = self.values()
            except FieldOpsError as exc:
                self.errors["position"].show_message(message(exc))
                return
        op_id, kind, reason = self.detail.id, self.kind, self.reason.toPlainText()
        amendment_id = self.amendment.id if self.amendment else None
        self.send.setEnabled(False)
        Op(self, lambda fo: fo.amendments.propose(op_id, kind, reason, fields=fields, void_checks=voids,
                                                  amendment_id=amendment_id)).success(
            lambda _c: self.accept()).failure(self._on_failed).run()

    def _on_failed(self, exc: BaseException) -> None:
        self.send.setEnabled(True)
        if isinstance(exc, FieldOpsError):
            if exc.code == ErrorCode.LOCKED and exc.params.get("detail") == "amendment_waiting":
                self.form_error.show_message(self.tr("Another amendment of this operation is waiting for review."))
                return
            if exc.field == "changes":
                self.form_error.show_message(self.tr("Nothing would change: correct a field or void a check."))
                return
            key = {"lat": "position", "lon": "position"}.get(exc.field or "", exc.field or "")
            if key in self.errors:
                self.errors[key].show_message(message(exc))
                return
        self.form_error.show_message(message(exc))
