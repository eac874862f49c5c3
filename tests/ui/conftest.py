"""UI test harness: one `Controller` per test over a copy of the template workspace, fast key derivation,
no blocking modal dialogs, and a teardown that leaves no windows, open workspaces or worker threads behind.

Sign-in through the real `LoginDialog` (typed with the keyboard) is exercised by `test_login.py`; the other
tests open the workspace directly (`Harness.open_as`) and start the main window the way `Controller` does
after a successful sign-in, which keeps the suite fast.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimeout

import ui.app
from fieldops.app import FieldOps
from fieldops.keyslots import FAST_KDF
from fieldops.models.enums import Role
from tests import factories
from tests.conftest import ADMIN, ADMIN_NAME, ADMIN_PASSWORD
from ui import i18n, theme
from ui.app import Controller
from ui.dialogs.login import LoginDialog
from ui.main_window import MainWindow
from ui.prefs import Prefs
from ui.resources import register_search_paths

FAST_OPEN = functools.partial(FieldOps.open, kdf=FAST_KDF)
FAST_CREATE = functools.partial(FieldOps.create, kdf=FAST_KDF)
WAIT_MS = 10_000

__all__ = ["ADMIN", "ADMIN_NAME", "ADMIN_PASSWORD", "FAST_CREATE", "FAST_OPEN", "WAIT_MS", "Harness",
           "MessageBoxes", "Person", "add_person", "number_in"]


def number_in(text: str) -> int:
    """The first integer in a label (plural forms differ by language; the number does not)."""
    match = re.search(r"\d+", text)
    assert match, f"no number in {text!r}"
    return int(match.group())


# ---- modal dialogs never block ---------------------------------------------------------------------------
class MessageBoxes:
    """Every QMessageBox the code under test showed, as (kind, title, text). Tests that expect one `take()`
    it; anything left over at teardown fails the test (an unhandled error dialog is a failure)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []

    def take(self) -> list[tuple[str, str, str]]:
        shown, self.shown = self.shown, []
        return shown


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[MessageBoxes]:
    boxes = MessageBoxes()

    def box_exec(self: QMessageBox) -> int:
        boxes.shown.append(("exec", self.windowTitle(), self.text()))
        return int(QMessageBox.StandardButton.Ok.value)

    def static(kind: str) -> Callable[..., Any]:
        def show(_parent: QWidget | None, title: str, text: str, *_args: Any, **_kwargs: Any) -> Any:
            boxes.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok
        return staticmethod(show)

    def dialog_exec(self: QDialog) -> int:
        raise AssertionError(f"unexpected modal {type(self).__name__}.exec(): patch it in the test")

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    for kind in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, static(kind))
    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    yield boxes
    assert not boxes.shown, f"unexpected message box(es): {boxes.shown}"


# ---- workspaces ------------------------------------------------------------------------------------------
class Person:
    def __init__(self, user_id: str, username: str, full_name: str, password: str) -> None:
        self.id, self.username, self.full_name, self.password = user_id, username, full_name, password


def add_person(home: Path, *roles: Role, full_name: str, password: str | None = factories.PASSWORD) -> Person:
    """Create a user through the core (as the administrator) before the UI starts."""
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        uid = factories.user(fo, *roles, full_name=full_name, password=password)
        return Person(uid, fo.users.get(uid).username, full_name, password or "")
    finally:
        fo.close()


@pytest.fixture
def officer(home: Path) -> Person:
    """A patrol officer with a local login on the `home` workspace."""
    return add_person(home, Role.OFFICER, full_name="Inese Kalniņa")


@pytest.fixture
def empty_home(tmp_path: Path) -> Path:
    """A folder without a workspace: the first start."""
    return tmp_path / "fresh"


# ---- the app -----------------------------------------------------------------------------------------------
class Harness:
    """Starts the app's `Controller` and drives it like a user would."""

    def __init__(self, qapp: QApplication, qtbot: Any) -> None:
        self.qapp, self.qtbot = qapp, qtbot
        self.controller: Controller | None = None
        self.opened: list[str] = []  # user names the sign-in dialog tried to open the workspace with
        self.created: list[dict[str, Any]] = []  # arguments the first-start dialog created a workspace with

    def open_fn(self, home: Path, username: str, password: str) -> FieldOps:
        self.opened.append(username)
        return FAST_OPEN(home, username, password)

    def create_fn(self, home: Path, **kwargs: Any) -> FieldOps:
        self.created.append(kwargs)
        return FAST_CREATE(home, **kwargs)

    def start(self, home: Path, *, language: str = "en", theme: str = "day") -> Controller:
        assert self.controller is None, "one controller per test"
        prefs = Prefs(home)
        prefs.set("ui.language", language)  # not the machine's locale: texts are asserted in English
        prefs.set("ui.theme", theme)
        register_search_paths()
        self.controller = Controller(self.qapp, home)
        return self.controller

    @property
    def c(self) -> Controller:
        assert self.controller is not None
        return self.controller

    @property
    def window(self) -> MainWindow:
        assert self.c.window is not None
        return self.c.window

    def settle(self) -> None:
        """Wait until every background call has come back to the GUI thread."""
        runner = self.c.st.runner
        self.qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)

    def show_login(self) -> LoginDialog:
        self.c.show_login()
        dialog = self.c.login
        assert dialog is not None
        self.qtbot.waitExposed(dialog)
        self.settle()  # the controller preloads modules on the DB thread while the dialog shows
        return dialog

    def type_login(self, username: str, password: str) -> LoginDialog:
        """Type the credentials and press Enter (the dialog's default button)."""
        dialog = self.c.login
        assert dialog is not None
        self.qtbot.keyClicks(dialog.username, username)
        self.qtbot.keyClicks(dialog.password, password)
        self.qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        return dialog

    def login(self, username: str, password: str) -> MainWindow:
        self.show_login()
        self.type_login(username, password)
        self.qtbot.waitUntil(lambda: self.c.window is not None, timeout=WAIT_MS)
        return self.ready()

    def open_as(self, username: str, password: str) -> MainWindow:
        """What a successful sign-in does, without the dialog: open the workspace, start the main window."""
        self.c.st.fo = FAST_OPEN(self.c.home, username, password)
        self.c.open_main_window()
        return self.ready()

    def ready(self) -> MainWindow:
        window = self.window
        self.qtbot.waitExposed(window)
        self.settle()
        return window

    def activate(self) -> MainWindow:
        """Shortcuts with window context need the active window."""
        window = self.window
        window.activateWindow()
        self.qtbot.waitActive(window, timeout=WAIT_MS)
        return window

    def shutdown(self) -> None:
        c, self.controller = self.controller, None
        if c is None:
            return
        runner = c.st.runner
        with contextlib.suppress(WaitTimeout):  # let calls in flight come back while their widgets exist
            self.qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
        if c.login is not None:
            dialog, c.login = c.login, None
            dialog.finished.disconnect()  # a rejected login dialog would quit the application
            dialog.close()
            dialog.deleteLater()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(0)
        c._close_window()  # saves the window state, closes the window and the workspace (like sign-out)
        c.shutdown()  # waits for the DB thread
        QCoreApplication.processEvents()
        self.qapp.removeEventFilter(c)
        for widget in QApplication.topLevelWidgets():  # whatever the test left: dialogs, the old window
            widget.close()
            widget.deleteLater()
        c.setParent(None)
        c.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        i18n.set_language(self.qapp, "en")  # app-wide state: the next test starts in English, day theme
        theme.apply(self.qapp, "day")
        QCoreApplication.processEvents()


@pytest.fixture
def harness(qapp: QApplication, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Harness]:
    h = Harness(qapp, qtbot)
    # Controller.show_login builds LoginDialog with the real Argon2id cost: use the fast parameters (and
    # record what the dialog asked the core to do).
    monkeypatch.setattr(ui.app, "LoginDialog", functools.partial(LoginDialog, open_fn=h.open_fn,
                                                                 create_fn=h.create_fn))
    yield h
    h.shutdown()


@pytest.fixture
def controller(harness: Harness, home: Path) -> Controller:
    """The app started on a copy of the template workspace (administrator `admin`)."""
    return harness.start(home)


@pytest.fixture
def admin_window(harness: Harness, controller: Controller) -> MainWindow:
    """The main window, signed in as the administrator, with its first data loaded."""
    return harness.open_as(ADMIN, ADMIN_PASSWORD)

