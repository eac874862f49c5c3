"""A desk action that needs a note: resolve an incident, mark lost or found, maintenance in or out, retire."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from fieldops.changes import Changes
from fieldops.errors import FieldOpsError
from ui.errors import message, show_error
from ui.ops import Op
from ui.widgets.forms import with_error

if TYPE_CHECKING:
    from fieldops.app import FieldOps


class NoteDialog(QDialog):
    def __init__(self, title: str, prompt: str, field: str, action: Callable[[FieldOps, str], Changes],
                 parent: QWidget | None = None, extra: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._field, self._action = field, action
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.note = QPlainTextEdit(objectName="note")
        self.note.setFixedHeight(90)
        box, self.error = with_error(self.note)
        layout.addWidget(box)
        if extra is not None:
            layout.addWidget(extra)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        note, action = self.note.toPlainText(), self._action
        self.error.show_message("")
        self.buttons.setEnabled(False)
        Op(self, lambda fo: action(fo, note)).success(lambda _c: self.accept()).failure(self._on_failed).run()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, FieldOpsError) and exc.field in (self._field, "note", "resolution"):
            self.error.show_message(message(exc))
            return
        show_error(self, exc)
