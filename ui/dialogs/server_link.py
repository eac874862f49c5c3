"""Connect this laptop to the regional server: address, the administrator's enrollment code, the laptop's name,
and (optionally) the administrator's server password to sign in online right away."""

from __future__ import annotations

import platform
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldops.errors import ErrorCode, FieldOpsError
from ui.errors import message
from ui.ops import Query
from ui.widgets.forms import FieldError, mark_invalid, with_error

if TYPE_CHECKING:
    from fieldops.app import FieldOps
    from fieldops.sync.session import ServerLink


def connect(fo: FieldOps, url: str, code: str, name: str, password: str) -> tuple[ServerLink, BaseException | None]:
    """Enroll (stores the link), then sign in online if a password was given. Runs on the DB thread."""
    from fieldops.sync.session import ServerSession, enroll

    link = enroll(fo, url, code, name)
    if not password:
        return link, None
    try:
        with ServerSession(link) as session:
            session.login(fo.user.username, password)
            session.store_refresh(fo)
    except FieldOpsError as exc:  # the laptop is connected all the same; the sign-in can wait
        return link, exc
    return link, None


class ServerLinkDialog(QDialog):
    sig_linked = Signal(object, object)  # (ServerLink, sign-in error or None)

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect this laptop"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("An administrator creates a one-time enrollment code on the regional server "
                               "(fieldops server enroll-code). With it this laptop sends and receives records."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.errors: dict[str, FieldError] = {}
        self.url = QLineEdit(objectName="url", placeholderText="https://fieldops.example.lv")
        self.code = QLineEdit(objectName="code", placeholderText="ABCD-EFGH-JKLM-NPQR")
        self.name = QLineEdit(platform.node()[:120], objectName="name")
        self.password = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        rows = [("url", self.tr("Server address"), self.url), ("code", self.tr("Enrollment code"), self.code),
                ("name", self.tr("Laptop name"), self.name),
                ("password", self.tr("Your server password"), self.password)]
        for key, label, widget in rows:
            box, self.errors[key] = with_error(widget)
            form.addRow(label, box)
        layout.addLayout(form)
        note = QLabel(self.tr("Optional: with your server password, %1 is signed in to the server at once, so "
                              "users created here also get their server accounts.").replace("%1", username),
                      objectName="muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.status = QLabel(objectName="status")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("Connect"))
        self.buttons.accepted.connect(self._on_connect)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.url.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _on_connect(self) -> None:
        for key, error in self.errors.items():
            error.show_message("")
            mark_invalid(getattr(self, key), False)
        url, code, name, password = self.url.text(), self.code.text(), self.name.text(), self.password.text()
        missing = [key for key, text in (("url", url), ("code", code), ("name", name)) if not text.strip()]
        for key in missing:
            self.errors[key].show_message(self.tr("This field is required."))
            mark_invalid(getattr(self, key), True)
        if missing:
            return
        self.buttons.setEnabled(False)
        self._show(self.tr("Connecting…"))
        Query(self, lambda fo: connect(fo, url, code, name, password)).success(self._on_connected).failure(
            self._on_failed).run()

    def _on_connected(self, result: tuple[ServerLink, BaseException | None]) -> None:
        self.buttons.setEnabled(True)
        link, sign_in_error = result
        self.sig_linked.emit(link, sign_in_error)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        field = exc.field if isinstance(exc, FieldOpsError) else None
        if field in self.errors:
            self._show("")
            self.errors[str(field)].show_message(self.code_message(exc) if field == "code" else message(exc))
            mark_invalid(getattr(self, str(field)), True)
            return
        self._show(message(exc))

    def code_message(self, exc: BaseException) -> str:
        detail: Any = exc.params.get("detail") if isinstance(exc, FieldOpsError) else None
        if isinstance(exc, FieldOpsError) and exc.code == ErrorCode.INVALID:
            if detail == "enroll.code_used":
                return self.tr("This code was used already. Ask for a new one.")
            if detail == "enroll.code_expired":
                return self.tr("This code has expired. Ask for a new one.")
            return self.tr("The server does not know this code. Check it, or ask for a new one.")
        return message(exc)
