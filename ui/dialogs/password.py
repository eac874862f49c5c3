"""Ask for a new password twice (administrator sets a user's login on this laptop)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from fieldops.keyslots import MIN_PASSWORD
from ui.widgets.forms import FieldError, mark_invalid, with_error


class PasswordDialog(QDialog):
    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set password"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("New password for %1 on this laptop.").replace("%1", who))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.password = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(objectName="repeat", echoMode=QLineEdit.EchoMode.Password)
        box, self.error = with_error(self.password)
        box2, self.repeat_error = with_error(self.repeat)
        form.addRow(self.tr("Password"), box)
        form.addRow(self.tr("Repeat password"), box2)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.password.textChanged.connect(self._validate)
        self.repeat.textChanged.connect(self._validate)

    def _validate(self) -> bool:
        pw, again = self.password.text(), self.repeat.text()
        short = len(pw) < MIN_PASSWORD
        differ = pw != again
        self.error.show_message(self.tr("At least %n characters.", "", MIN_PASSWORD) if short and pw else "")
        self.repeat_error.show_message(self.tr("The passwords differ.") if differ and again else "")
        mark_invalid(self.password, short and bool(pw))
        mark_invalid(self.repeat, differ and bool(again))
        return not short and not differ

    def _on_ok(self) -> None:
        if self._validate():
            self.accept()
            return
        if not self.password.text():
            self.error.show_message(self.tr("At least %n characters.", "", MIN_PASSWORD))
        elif not self.repeat.text():
            self.repeat_error.show_message(self.tr("Type the password again."))
            mark_invalid(self.repeat, True)

    def value(self) -> str:
        return self.password.text()


__all__ = ["FieldError", "PasswordDialog"]
