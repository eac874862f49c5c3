"""Set my equipment-desk PIN: the short code I type at the desk to acknowledge a check-out or a return."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from fieldops.changes import Changes
from fieldops.errors import FieldOpsError
from fieldops.services.desk import PIN_MAX, PIN_MIN
from ui.errors import message, show_error
from ui.ops import Op
from ui.widgets.forms import with_error


class DeskPinDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskPinDialog")
        self.setWindowTitle(self.tr("Desk PIN"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("At the equipment desk you confirm each check-out and return with this PIN "
                               "(%1 to %2 digits). Your password confirms it is you.")
                       .replace("%1", str(PIN_MIN)).replace("%2", str(PIN_MAX)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.pin = QLineEdit(objectName="newPin", echoMode=QLineEdit.EchoMode.Password, maxLength=PIN_MAX)
        self.repeat = QLineEdit(objectName="repeatPin", echoMode=QLineEdit.EchoMode.Password, maxLength=PIN_MAX)
        self.password = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        pin_box, self.pin_error = with_error(self.pin)
        repeat_box, self.repeat_error = with_error(self.repeat)
        password_box, self.password_error = with_error(self.password)
        form.addRow(self.tr("New &PIN"), pin_box)
        form.addRow(self.tr("&Repeat PIN"), repeat_box)
        form.addRow(self.tr("My pass&word"), password_box)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        for e in (self.pin_error, self.repeat_error, self.password_error):
            e.show_message("")
        if self.pin.text() != self.repeat.text():
            self.repeat_error.show_message(self.tr("The PINs differ."))
            return
        pin, password = self.pin.text(), self.password.text()
        self.buttons.setEnabled(False)
        Op(self, lambda fo: fo.desk.set_desk_pin(pin, password)).success(self._on_saved) \
            .failure(self._on_failed).run()

    def _on_saved(self, _changes: Changes) -> None:
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        target = {"pin": self.pin_error, "password": self.password_error}.get(
            exc.field or "" if isinstance(exc, FieldOpsError) else "")
        if target is None:
            show_error(self, exc)
            return
        target.show_message(message(exc))
