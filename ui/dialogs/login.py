"""Sign-in dialog; on the very first start it creates the workspace and its administrator instead."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldops import paths
from fieldops.agencies import PARTNERS
from fieldops.errors import FieldOpsError
from fieldops.keyslots import MIN_PASSWORD
from fieldops.settings import BY_KEY
from ui import theme
from ui.errors import message
from ui.tasks import TaskRunner
from ui.widgets.forms import FieldError, mark_invalid, with_error

if TYPE_CHECKING:
    from fieldops.app import FieldOps


# The database stack is imported on first use (on the DB thread), so the sign-in window shows at once.
def _open(*args: Any, **kwargs: Any) -> FieldOps:
    from fieldops.app import FieldOps

    return FieldOps.open(*args, **kwargs)


def _create(*args: Any, **kwargs: Any) -> FieldOps:
    from fieldops.app import FieldOps

    return FieldOps.create(*args, **kwargs)


class LoginDialog(QDialog):
    """`fo` holds the open workspace after `accept()`."""

    sig_language_requested = Signal(str)
    sig_theme_requested = Signal(str)

    def __init__(self, home: Path, runner: TaskRunner, *, demo_hint: str | None = None,
                 open_fn: Callable[..., FieldOps] | None = None, create_fn: Callable[..., FieldOps] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fo: FieldOps | None = None
        self._home = home
        self._runner = runner
        self._open_fn, self._create_fn = open_fn or _open, create_fn or _create
        self.creating = not paths.exists(home)
        self.setObjectName("loginDialog")
        self.setMinimumWidth(460)
        self._build(demo_hint)
        self.retranslate()

    # ---- layout ------------------------------------------------------------------------------------------
    def _build(self, demo_hint: str | None) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 18)
        outer.setSpacing(12)
        head = QHBoxLayout()
        self.logo = QLabel()
        self.logo.setPixmap(theme.icon("app", theme.current().accent if theme.current().name == "day"
                                       else theme.current().text, 40).pixmap(40, 40))
        head.addWidget(self.logo)
        titles = QVBoxLayout()
        self.title = QLabel(objectName="title")
        self.subtitle = QLabel(objectName="muted")
        self.subtitle.setWordWrap(True)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        outer.addLayout(head)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.full_name = QLineEdit(objectName="full_name")
        self.username = QLineEdit(objectName="username")
        self.agency = QComboBox(objectName="agency")
        for p in PARTNERS:
            self.agency.addItem(f"{p.short_name} ({p.country})", p.code)
        self.password = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(objectName="repeat", echoMode=QLineEdit.EchoMode.Password)
        self.errors: dict[str, FieldError] = {}
        self.labels: dict[str, QLabel] = {}
        fields: list[tuple[str, QWidget]] = [("username", self.username), ("password", self.password)]
        if self.creating:
            fields = [("full_name", self.full_name), ("username", self.username), ("agency_id", self.agency),
                      ("password", self.password), ("repeat", self.repeat)]
        for key, widget in fields:
            box, self.errors[key] = with_error(widget)
            self.labels[key] = QLabel()
            form.addRow(self.labels[key], box)
        outer.addLayout(form)

        self.hint = QLabel(demo_hint or "")
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setVisible(bool(demo_hint))
        outer.addWidget(self.hint)
        self.status = FieldError()
        outer.addWidget(self.status)

        buttons = QHBoxLayout()
        self.language = QComboBox(objectName="language")
        for code, name in BY_KEY["ui.language"].choices:
            self.language.addItem(name, code)
        self.night = QPushButton(objectName="nightToggle", checkable=True)
        self.night.setChecked(theme.current().name == "night")
        self.night.setIcon(theme.icon("night"))
        self.quit = QPushButton(objectName="quit")
        self.ok = QPushButton(objectName="ok", default=True)
        buttons.addWidget(self.language)
        buttons.addWidget(self.night)
        buttons.addStretch(1)
        buttons.addWidget(self.quit)
        buttons.addWidget(self.ok)
        outer.addLayout(buttons)

        self.ok.clicked.connect(self._on_ok_clicked)
        self.quit.clicked.connect(self.reject)
        self.password.textChanged.connect(self._on_text_changed)
        self.repeat.textChanged.connect(self._on_text_changed)
        self.language.currentIndexChanged.connect(
            lambda _i: self.sig_language_requested.emit(self.language.currentData()))
        self.night.toggled.connect(lambda on: self.sig_theme_requested.emit("night" if on else "day"))
        (self.full_name if self.creating else self.username).setFocus()

    def set_language_choice(self, language: str) -> None:
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.blockSignals(False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("fieldops – sign in"))
        if self.creating:
            self.title.setText(self.tr("Welcome to fieldops"))
            self.subtitle.setText(self.tr("First start on this laptop: create the administrator account. "
                                          "The workspace is encrypted with a key only valid logins can open."))
            self.ok.setText(self.tr("Create workspace"))
        else:
            self.title.setText(self.tr("Sign in"))
            self.subtitle.setText(self.tr("Night operations and equipment desk"))
            self.ok.setText(self.tr("Sign in"))
        texts = {"full_name": self.tr("Full name"), "username": self.tr("User name"),
                 "agency_id": self.tr("Agency"), "password": self.tr("Password"),
                 "repeat": self.tr("Repeat password")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.quit.setText(self.tr("Quit"))
        self.night.setToolTip(self.tr("Night theme (red on black)"))
        self.night.setText(self.tr("Night"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- validation and submit ---------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        if self.creating:
            self._validate_passwords(final=False)

    def _validate_passwords(self, final: bool) -> bool:
        pw, again = self.password.text(), self.repeat.text()
        short = bool(pw) and len(pw) < MIN_PASSWORD
        mismatch = bool(again) and pw != again
        self.errors["password"].show_message(
            self.tr("At least %n characters.", "", MIN_PASSWORD) if short or (final and not pw) else "")
        missing_repeat = final and bool(pw) and not again
        self.errors["repeat"].show_message(self.tr("The passwords differ.") if mismatch else
                                           self.tr("Type the password again.") if missing_repeat else "")
        mark_invalid(self.password, short)
        mark_invalid(self.repeat, mismatch or missing_repeat)
        return not short and not mismatch and bool(pw) and (pw == again)

    def _clear_errors(self) -> None:
        for error in self.errors.values():
            error.show_message("")
        self.status.show_message("")

    def _on_ok_clicked(self) -> None:
        self._clear_errors()
        if self.creating:
            if not self._validate_passwords(final=True):
                return
            args: dict[str, Any] = {"username": self.username.text(), "full_name": self.full_name.text(),
                                    "password": self.password.text(), "agency_code": self.agency.currentData()}
            home = self._home
            self._start(lambda: self._create_fn(home, **args))
        else:
            if not self.username.text().strip():
                self.errors["username"].show_message(self.tr("Enter your user name."))
                return
            user, pw, home = self.username.text(), self.password.text(), self._home
            self._start(lambda: self._open_fn(home, user, pw))

    def _start(self, fn: Callable[[], FieldOps]) -> None:
        self._set_busy(True)
        self._runner.run_db(fn, self._on_finished)

    def _set_busy(self, busy: bool) -> None:
        for w in (self.ok, self.username, self.password, self.full_name, self.repeat, self.agency):
            w.setEnabled(not busy)
        if busy:
            self.status.setProperty("role", "muted")
            self.status.show_message(self.tr("Unlocking the encrypted workspace…") if not self.creating
                                     else self.tr("Creating the encrypted workspace…"))
        else:
            self.status.setProperty("role", "error")
            self.status.show_message("")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _on_finished(self, future: Future[Any]) -> None:
        self._set_busy(False)
        exc = future.exception()
        if exc is None:
            self.fo = future.result()
            self.accept()
            return
        text = message(exc)
        field = exc.field if isinstance(exc, FieldOpsError) else None
        if field in self.errors:
            self.errors[str(field)].show_message(text)
        else:
            self.status.show_message(text)
        if not self.creating:  # on first start keep both password fields: they were typed alike
            self.password.clear()
            self.password.setFocus()
