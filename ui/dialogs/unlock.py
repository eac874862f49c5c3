"""The lock screen: after idle time or Ctrl+L the window content is hidden until the user re-enters
their password (checked against the key slot on the DB thread: Argon2id takes a moment)."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui import state, theme
from ui.errors import message
from ui.widgets.forms import FieldError


class LockScreen(QWidget):
    sig_unlocked = Signal()
    sig_switch_user = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        box = QWidget(objectName="lockBox")
        box.setMaximumWidth(420)
        inner = QVBoxLayout(box)
        self.icon = QLabel(alignment=Qt.AlignmentFlag.AlignHCenter)
        self.title = QLabel(objectName="title", alignment=Qt.AlignmentFlag.AlignHCenter)
        self.who = QLabel(objectName="muted", alignment=Qt.AlignmentFlag.AlignHCenter)
        self.password = QLineEdit(objectName="unlockPassword", echoMode=QLineEdit.EchoMode.Password)
        self.error = FieldError()
        buttons = QHBoxLayout()
        self.switch = QPushButton(objectName="switchUser")
        self.unlock = QPushButton(objectName="unlock", default=True)
        self.unlock.setProperty("primary", True)
        buttons.addWidget(self.switch)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock)
        for w in (self.icon, self.title, self.who, self.password, self.error):
            inner.addWidget(w)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)
        self.unlock.clicked.connect(self._on_unlock_clicked)
        self.password.returnPressed.connect(self._on_unlock_clicked)
        self.switch.clicked.connect(self.sig_switch_user.emit)
        self.retranslate()

    def prepare(self) -> None:
        fo = state.get().require_fo()
        self.who.setText(f"{fo.user.full_name} · {fo.user.agency_short}")
        self.icon.setPixmap(theme.icon("lock", None, 48).pixmap(48, 48))
        self.password.clear()
        self.error.show_message("")
        self.password.setFocus()

    def retranslate(self) -> None:
        self.title.setText(self.tr("fieldops is locked"))
        self.password.setPlaceholderText(self.tr("Password"))
        self.unlock.setText(self.tr("Unlock"))
        self.switch.setText(self.tr("Sign in as someone else"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_unlock_clicked(self) -> None:
        st = state.get()
        fo, password = st.require_fo(), self.password.text()
        self.unlock.setEnabled(False)
        st.runner.run_db(lambda: fo.verify_password(password), self._on_checked)

    def _on_checked(self, future: Future[Any]) -> None:
        self.unlock.setEnabled(True)
        exc = future.exception()
        if exc is not None:
            self.error.show_message(message(exc))
        elif future.result():
            self.sig_unlocked.emit()
            return
        else:
            self.error.show_message(self.tr("Wrong password."))
        self.password.clear()
        self.password.setFocus()
