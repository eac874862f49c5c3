"""Resolve one conflict by writing the value: the server's and this laptop's values side by side, and an
editor prefilled with one of them (multi-line for narratives and other long texts)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.forms import with_error

LONG_FIELDS = frozenset({"narrative", "notes", "description", "comments", "resolution", "damage", "reason",
                         "note", "void_reason"})


def display_value(value: Any) -> str:
    """A field value as the person reads and edits it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def is_long(field: str, *values: Any) -> bool:
    return field in LONG_FIELDS or any(isinstance(v, str) and ("\n" in v or len(v) > 80) for v in values)


def parse_value(text: str, like: Any) -> Any:
    """The edited text back as a value of the kind the field holds (text, number, yes/no, structure)."""
    if like is None or isinstance(like, str):
        return text
    stripped = text.strip()
    if isinstance(like, bool):
        if stripped.lower() in ("true", "yes", "1"):
            return True
        if stripped.lower() in ("false", "no", "0"):
            return False
        raise ValueError(stripped)
    if isinstance(like, int):
        return int(stripped)
    if isinstance(like, float):
        return float(stripped)
    return json.loads(stripped)


class ConflictDialog(QDialog):
    """`value()` holds the value to send after `accept()`."""

    def __init__(self, record: str, field: str, field_title: str, server_value: Any, client_value: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setMinimumWidth(640)
        self._server, self._client = server_value, client_value
        self._like = server_value if server_value is not None else client_value
        self._value: Any = None
        self.multiline = is_long(field, server_value, client_value)
        layout = QVBoxLayout(self)
        self.heading = QLabel(objectName="title")
        self.record = QLabel(f"{record} · {field_title}", objectName="muted")
        self.record.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.record)

        grid = QGridLayout()
        self.server_caption = QLabel(objectName="muted")
        self.client_caption = QLabel(objectName="muted")
        self.server_view = QPlainTextEdit(display_value(server_value), objectName="serverValue", readOnly=True)
        self.client_view = QPlainTextEdit(display_value(client_value), objectName="clientValue", readOnly=True)
        for view in (self.server_view, self.client_view):
            view.setMaximumHeight(160 if self.multiline else 60)
        self.take_server = QPushButton(objectName="takeServer")
        self.take_client = QPushButton(objectName="takeClient")
        grid.addWidget(self.server_caption, 0, 0)
        grid.addWidget(self.client_caption, 0, 1)
        grid.addWidget(self.server_view, 1, 0)
        grid.addWidget(self.client_view, 1, 1)
        grid.addWidget(self.take_server, 2, 0)
        grid.addWidget(self.take_client, 2, 1)
        layout.addLayout(grid)

        self.editor_caption = QLabel()
        layout.addWidget(self.editor_caption)
        self.editor: QPlainTextEdit | QLineEdit
        if self.multiline:
            self.editor = QPlainTextEdit(objectName="valueEditor")
            self.editor.setMinimumHeight(140)
        else:
            self.editor = QLineEdit(objectName="valueEditor")
        box, self.error = with_error(self.editor)
        layout.addWidget(box)
        self.set_text(display_value(server_value))  # prefilled with the server's value: edit from there

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.take_server.clicked.connect(lambda: self.set_text(display_value(self._server)))
        self.take_client.clicked.connect(lambda: self.set_text(display_value(self._client)))
        self.retranslate()
        self.editor.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Resolve the conflict"))
        self.heading.setText(self.tr("Two different values were written"))
        self.server_caption.setText(self.tr("On the server"))
        self.client_caption.setText(self.tr("On this laptop"))
        self.take_server.setText(self.tr("Start from the server's"))
        self.take_client.setText(self.tr("Start from mine"))
        self.editor_caption.setText(self.tr("The value to keep (edit it as needed):"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Resolve"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def text(self) -> str:
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        return self.editor.text()

    def set_text(self, text: str) -> None:
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(text)
        else:
            self.editor.setText(text)

    def submit(self) -> None:
        try:
            self._value = parse_value(self.text(), self._like)
        except ValueError:
            self.error.show_message(self.tr("This value does not fit the field: write it like the values above."))
            return
        self.error.show_message("")
        self.accept()

    def value(self) -> Any:
        return self._value
