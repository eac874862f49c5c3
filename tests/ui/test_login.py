"""Sign-in and first start, typed with the keyboard through the real dialog and the Controller."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldops import paths
from fieldops.errors import MESSAGES, ErrorCode
from fieldops.keyslots import MIN_PASSWORD
from fieldops.models.enums import Role
from tests.ui.conftest import ADMIN, ADMIN_NAME, ADMIN_PASSWORD, FAST_OPEN, WAIT_MS, Harness
from ui.dialogs.login import LoginDialog
from ui.main_window import MainWindow

WRONG = MESSAGES[ErrorCode.WRONG_PASSWORD]  # English source text (the test runs in English)


def wait_failed(harness: Harness, dialog: LoginDialog) -> None:
    """Until the background unlock has failed and the dialog is usable again."""
    harness.qtbot.waitUntil(lambda: dialog.ok.isEnabled() and not harness.c.st.runner.busy, timeout=WAIT_MS)


# ---- sign in -------------------------------------------------------------------------------------------------
def test_wrong_password_is_explained_under_the_password_field(harness: Harness, controller: Any) -> None:
    dialog = harness.show_login()
    assert not dialog.creating
    harness.type_login(ADMIN, "not-the-password")
    wait_failed(harness, dialog)

    assert dialog.errors["password"].isVisible()
    assert dialog.errors["password"].text() == WRONG
    assert not dialog.errors["username"].isVisible()
    assert dialog.password.text() == "", "the wrong password is cleared for the next try"
    assert dialog.isVisible() and dialog.fo is None
    assert controller.window is None and controller.st.fo is None


def test_correct_password_opens_the_main_window(harness: Harness, controller: Any) -> None:
    window = harness.login(ADMIN, ADMIN_PASSWORD)
    assert isinstance(window, MainWindow) and window.isVisible()
    assert controller.login is None
    assert controller.st.fo is not None and controller.st.fo.user.username == ADMIN
    assert ADMIN_NAME in window.windowTitle()
    assert controller.prefs.value("login/last_user") == ADMIN


def test_user_name_is_case_and_space_insensitive(harness: Harness, controller: Any) -> None:
    window = harness.login("  Admin ", ADMIN_PASSWORD)
    assert window.fo.user.username == ADMIN


def test_unknown_user_gets_the_same_message_as_a_wrong_password(harness: Harness, controller: Any) -> None:
    dialog = harness.show_login()
    harness.type_login("nobody-here", "whatever-password")
    wait_failed(harness, dialog)
    unknown = dialog.errors["password"].text()
    assert dialog.errors["password"].isVisible()
    assert not dialog.errors["username"].isVisible(), "must not reveal that the user name does not exist"

    dialog.username.clear()
    harness.type_login(ADMIN, "not-the-password")
    wait_failed(harness, dialog)
    assert dialog.errors["password"].text() == unknown == WRONG
    assert controller.window is None


def test_empty_user_name_is_reported_without_touching_the_workspace(harness: Harness, controller: Any) -> None:
    dialog = harness.show_login()
    harness.type_login("   ", ADMIN_PASSWORD)

    assert dialog.errors["username"].isVisible()
    assert dialog.errors["username"].text() == "Enter your user name."
    assert not dialog.errors["password"].isVisible()
    assert harness.opened == [], "the workspace must not be opened without a user name"
    assert dialog.ok.isEnabled() and dialog.isVisible() and controller.window is None


def test_failed_sign_in_does_not_leave_the_busy_message(harness: Harness, controller: Any) -> None:
    dialog = harness.show_login()
    harness.type_login(ADMIN, "not-the-password")
    wait_failed(harness, dialog)
    assert dialog.errors["password"].isVisible()
    busy_text = "Unlocking the encrypted workspace…"
    assert not (dialog.status.isVisible() and dialog.status.text() == busy_text), (
        f"status still says {dialog.status.text()!r} (now styled as an error) after the attempt failed")


def test_deactivated_user_is_told_so(harness: Harness, home: Path) -> None:
    from tests import factories
    from tests.ui.conftest import add_person

    person = add_person(home, Role.OFFICER, full_name="Aivars Liepa")
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    fo.users.set_active(person.id, False)
    fo.close()
    harness.start(home)
    dialog = harness.show_login()
    harness.type_login(person.username, factories.PASSWORD)
    wait_failed(harness, dialog)
    shown = [e.text() for e in dialog.errors.values() if e.isVisible()] + (
        [dialog.status.text()] if dialog.status.isVisible() else [])
    assert MESSAGES[ErrorCode.USER_INACTIVE] in shown
    assert harness.c.window is None


def test_quit_on_the_sign_in_dialog_quits_the_app(harness: Harness, controller: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(type(controller.app), "quit", staticmethod(lambda: quits.append(True)))
    dialog = harness.show_login()
    harness.qtbot.mouseClick(dialog.quit, Qt.MouseButton.LeftButton)
    assert quits == [True]
    assert controller.login is None and controller.window is None


# ---- first start -------------------------------------------------------------------------------------------
def test_empty_home_opens_in_create_mode(harness: Harness, empty_home: Path) -> None:
    harness.start(empty_home)
    dialog = harness.show_login()
    assert dialog.creating
    assert set(dialog.errors) == {"full_name", "username", "agency_id", "password", "repeat"}
    assert dialog.ok.text() == "Create workspace"
    assert dialog.full_name.isVisible() and dialog.repeat.isVisible()


def test_mismatched_repeat_is_flagged_while_typing_and_creates_nothing(harness: Harness,
                                                                        empty_home: Path) -> None:
    harness.start(empty_home)
    dialog = harness.show_login()
    bot = harness.qtbot
    bot.keyClicks(dialog.full_name, "Anna Ozola")
    bot.keyClicks(dialog.username, "aozola")
    bot.keyClicks(dialog.password, "long-enough-pw")
    bot.keyClicks(dialog.repeat, "long-enough-px")
    assert dialog.errors["repeat"].isVisible()
    assert dialog.errors["repeat"].text() == "The passwords differ."
    assert dialog.repeat.property("invalid") is True

    bot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert harness.created == []
    assert not paths.exists(empty_home) and not paths.db_path(empty_home).exists()
    assert harness.c.window is None

    bot.keyClick(dialog.repeat, Qt.Key.Key_Backspace)
    bot.keyClicks(dialog.repeat, "w")
    assert not dialog.errors["repeat"].isVisible(), "the error goes away once the passwords match"


def test_too_short_password_shows_the_length_error(harness: Harness, empty_home: Path) -> None:
    harness.start(empty_home)
    dialog = harness.show_login()
    harness.qtbot.keyClicks(dialog.password, "short")
    assert dialog.errors["password"].isVisible()
    assert dialog.errors["password"].text() == f"At least {MIN_PASSWORD} characters."
    harness.qtbot.keyClicks(dialog.repeat, "short")
    harness.qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.errors["password"].isVisible()
    assert harness.created == [] and not paths.exists(empty_home)


def test_empty_repeat_password_is_explained(harness: Harness, empty_home: Path) -> None:
    harness.start(empty_home)
    dialog = harness.show_login()
    bot = harness.qtbot
    bot.keyClicks(dialog.full_name, "Anna Ozola")
    bot.keyClicks(dialog.username, "aozola")
    bot.keyClicks(dialog.password, "long-enough-pw")
    bot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert harness.created == [] and not paths.exists(empty_home)
    shown = [key for key, error in dialog.errors.items() if error.isVisible()]
    assert shown, "clicking 'Create workspace' with an empty 'Repeat password' does nothing and says nothing"


def test_valid_first_start_creates_the_workspace_and_signs_in_as_administrator(harness: Harness,
                                                                              empty_home: Path) -> None:
    harness.start(empty_home)
    dialog = harness.show_login()
    bot = harness.qtbot
    bot.keyClicks(dialog.full_name, "Anna Ozola")
    bot.keyClicks(dialog.username, "aozola")
    dialog.agency.setCurrentIndex(dialog.agency.findData("KAVPK"))
    bot.keyClicks(dialog.password, "long-enough-pw")
    bot.keyClicks(dialog.repeat, "long-enough-pw")
    bot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    bot.waitUntil(lambda: harness.c.window is not None, timeout=WAIT_MS)
    window = harness.ready()

    assert harness.created == [{"username": "aozola", "full_name": "Anna Ozola", "password": "long-enough-pw",
                                "agency_code": "KAVPK"}]
    assert paths.exists(empty_home)
    user = window.fo.user
    assert (user.username, user.full_name, user.agency_short) == ("aozola", "Anna Ozola", "Klaipėdos AVPK")
    assert user.roles == frozenset({Role.ADMINISTRATOR})
    assert [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())] == [
        "overview", "admin", "audit", "dashboard", "sync"]
    assert "Anna Ozola" in window.windowTitle()
    # the new login really opens the workspace
    FAST_OPEN(empty_home, "aozola", "long-enough-pw").close()


def test_failed_first_start_keeps_the_form_consistent(harness: Harness, empty_home: Path) -> None:
    """The core rejects an empty full name: the error shows under it; nothing else should be flagged."""
    harness.start(empty_home)
    dialog = harness.show_login()
    bot = harness.qtbot
    bot.keyClicks(dialog.username, "aozola")
    bot.keyClicks(dialog.password, "long-enough-pw")
    bot.keyClicks(dialog.repeat, "long-enough-pw")
    bot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_failed(harness, dialog)
    assert dialog.errors["full_name"].isVisible()
    assert dialog.errors["full_name"].text() == MESSAGES[ErrorCode.REQUIRED]
    assert not paths.exists(empty_home)
    assert not dialog.errors["repeat"].isVisible(), (
        f"spurious {dialog.errors['repeat'].text()!r}: the password was cleared but its repeat was kept")


def test_repeated_failures_lock_the_user_name_out(harness: Harness, controller: Any) -> None:
    from fieldops.keyslots import FREE_ATTEMPTS

    dialog = harness.show_login()
    for _ in range(FREE_ATTEMPTS):
        dialog.username.clear()
        harness.type_login(ADMIN, "not-the-password")
        wait_failed(harness, dialog)
    dialog.username.clear()
    harness.type_login(ADMIN, ADMIN_PASSWORD)  # even the right password is refused for a while
    wait_failed(harness, dialog)
    assert controller.window is None
    assert dialog.status.isVisible()
    assert dialog.status.text().startswith("Too many failed attempts. Try again in ")
    assert not dialog.errors["password"].isVisible(), "the previous attempt's error is cleared"


# ---- damaged or newer workspaces --------------------------------------------------------------------------------
def _corrupt(home: Path) -> None:
    db = paths.db_path(home)
    data = bytearray(db.read_bytes())
    data[4096:8192] = bytes(4096)  # a page of zeros in the middle of the encrypted file
    db.write_bytes(bytes(data))


def _newer_schema(home: Path) -> None:
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    with fo.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    fo.close()


@pytest.mark.parametrize(("damage", "code"), [(_corrupt, ErrorCode.NOT_A_DATABASE),
                                              (_newer_schema, ErrorCode.NEWER_SCHEMA)])
def test_a_damaged_or_newer_workspace_is_explained_not_crashed(harness: Harness, home: Path, damage: Any,
                                                               code: ErrorCode) -> None:
    damage(home)
    before = paths.db_path(home).read_bytes()
    harness.start(home)
    dialog = harness.show_login()
    harness.type_login(ADMIN, ADMIN_PASSWORD)
    wait_failed(harness, dialog)
    expected = MESSAGES[code].split("{")[0]
    assert dialog.status.isVisible() and dialog.status.text().startswith(expected)
    assert dialog.isVisible() and harness.c.window is None
    assert paths.db_path(home).read_bytes() == before, "a failed open never writes to the file"
