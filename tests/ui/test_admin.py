"""Admin screen: users table, new/edit user dialog, activation, local passwords, filter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from fieldops.errors import MESSAGES, ErrorCode
from fieldops.keyslots import MIN_PASSWORD
from fieldops.models.enums import Role
from tests.ui.conftest import (
    ADMIN,
    ADMIN_NAME,
    ADMIN_PASSWORD,
    FAST_OPEN,
    WAIT_MS,
    Harness,
    MessageBoxes,
    Person,
    add_person,
)
from ui.dialogs.password import PasswordDialog
from ui.dialogs.user_edit import UserDialog
from ui.models.users import ROW_ROLE, Column
from ui.views.admin import AdminView


# ---- helpers -----------------------------------------------------------------------------------------------
def usernames(view: AdminView) -> list[str]:
    proxy = view.proxy
    return [proxy.data(proxy.index(r, Column.USERNAME)) for r in range(proxy.rowCount())]


def cell(view: AdminView, username: str, column: Column) -> str:
    proxy = view.proxy
    for r in range(proxy.rowCount()):
        if proxy.data(proxy.index(r, Column.USERNAME)) == username:
            return str(proxy.data(proxy.index(r, column)))
    raise AssertionError(f"{username} is not in the table: {usernames(view)}")


def save_button(dialog: QDialog) -> Any:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    return buttons.button(QDialogButtonBox.StandardButton.Save)


@pytest.fixture
def colleague(home: Path) -> Person:
    """An officer without a login on this laptop (created before the app starts)."""
    return add_person(home, Role.OFFICER, full_name="Ilze Vītola", password=None)


@pytest.fixture
def view(harness: Harness, home: Path, colleague: Person) -> AdminView:
    harness.start(home)
    window = harness.open_as(ADMIN, ADMIN_PASSWORD)
    window.go(1)
    admin = window.page("admin")
    assert isinstance(admin, AdminView)
    harness.qtbot.waitUntil(lambda: admin.model.rowCount() == 2, timeout=WAIT_MS)
    return admin


@pytest.fixture
def opened_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[UserDialog]:
    """UserDialog.exec() shows the dialog modelessly and returns at once; the test drives it."""
    dialogs: list[UserDialog] = []

    def show(self: UserDialog) -> int:
        dialogs.append(self)
        self.show()
        return 0

    monkeypatch.setattr(UserDialog, "exec", show)
    return dialogs


# ---- table -----------------------------------------------------------------------------------------------------
def test_table_lists_the_workspace_users(view: AdminView, colleague: Person) -> None:
    assert sorted(usernames(view)) == sorted([ADMIN, colleague.username])
    assert cell(view, ADMIN, Column.NAME) == ADMIN_NAME
    assert cell(view, ADMIN, Column.ROLES) == "Administrator"
    assert cell(view, ADMIN, Column.LOGIN) == "Yes"
    assert cell(view, colleague.username, Column.LOGIN) == "–"
    assert cell(view, colleague.username, Column.STATUS) == "Active"
    assert view.subheading.text() == "2 users in the workspace."
    assert not view.act_edit.isEnabled() and not view.act_active.isEnabled(), "nothing selected yet"


def test_selecting_a_row_enables_the_row_actions(harness: Harness, view: AdminView, colleague: Person) -> None:
    row = usernames(view).index(colleague.username)
    rect = view.table.visualRect(view.proxy.index(row, Column.NAME))
    harness.qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selected = view.selected()
    assert selected is not None and selected.id == colleague.id
    assert view.act_edit.isEnabled() and view.act_password.isEnabled() and view.act_active.isEnabled()
    assert view.act_active.text() == "Deactivate"


def test_filter_box_narrows_the_rows(harness: Harness, view: AdminView, colleague: Person) -> None:
    harness.qtbot.keyClicks(view.search, "vitol")  # no match: the name is spelt with ī
    assert view.proxy.rowCount() == 0
    view.search.clear()
    assert view.proxy.rowCount() == 2
    harness.qtbot.keyClicks(view.search, colleague.username.upper())  # case-insensitive, any column
    assert usernames(view) == [colleague.username]
    view.search.clear()
    harness.qtbot.keyClicks(view.search, "administrator")  # the roles column
    assert usernames(view) == [ADMIN]
    assert view.model.rowCount() == 2, "the filter narrows the view, not the data"


# ---- new user --------------------------------------------------------------------------------------------------
def test_new_user_through_the_dialog_appears_in_the_table(harness: Harness, view: AdminView, home: Path,
                                                          opened_dialogs: list[UserDialog]) -> None:
    view.act_new.trigger()
    assert len(opened_dialogs) == 1
    dialog = opened_dialogs[0]
    assert dialog.windowTitle() == "New user"
    assert dialog.role_boxes[Role.OFFICER].isChecked(), "a new user is a patrol officer by default"
    bot = harness.qtbot
    bot.keyClicks(dialog.full_name, "Peteris Kalns")
    bot.keyClicks(dialog.username, "pkalns")
    bot.keyClicks(dialog.badge, "LV-0042")
    dialog.role_boxes[Role.SUPERVISOR].setChecked(True)
    with bot.waitSignal(view.model.modelReset, timeout=WAIT_MS):
        bot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    harness.settle()

    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert "pkalns" in usernames(view)
    assert cell(view, "pkalns", Column.NAME) == "Peteris Kalns"
    assert cell(view, "pkalns", Column.BADGE) == "LV-0042"
    assert cell(view, "pkalns", Column.ROLES) == "Patrol officer, Supervisor"
    assert cell(view, "pkalns", Column.LOGIN) == "–"
    assert view.subheading.text() == "3 users in the workspace."
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        stored = next(u for u in fo.users.list() if u.username == "pkalns")
    finally:
        fo.close()
    assert stored.roles == frozenset({Role.OFFICER, Role.SUPERVISOR})


def test_new_user_with_a_password_can_sign_in(harness: Harness, view: AdminView, home: Path,
                                              opened_dialogs: list[UserDialog]) -> None:
    view.act_new.trigger()
    dialog = opened_dialogs[0]
    bot = harness.qtbot
    bot.keyClicks(dialog.full_name, "Rita Lace")
    bot.keyClicks(dialog.username, "rlace")
    bot.keyClicks(dialog.password, "short")
    assert dialog.errors["password"].isVisible()
    assert dialog.errors["password"].text() == f"At least {MIN_PASSWORD} characters."
    bot.keyClicks(dialog.password, "-enough")
    assert not dialog.errors["password"].isVisible()
    with bot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        bot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    harness.qtbot.waitUntil(lambda: "rlace" in usernames(view), timeout=WAIT_MS)
    assert cell(view, "rlace", Column.LOGIN) == "Yes"
    FAST_OPEN(home, "rlace", "short-enough").close()


def test_duplicate_user_name_is_shown_under_the_field_and_the_dialog_stays(
        harness: Harness, view: AdminView, opened_dialogs: list[UserDialog]) -> None:
    view.act_new.trigger()
    dialog = opened_dialogs[0]
    bot = harness.qtbot
    bot.keyClicks(dialog.full_name, "Another Admin")
    bot.keyClicks(dialog.username, ADMIN)
    bot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert not save_button(dialog).isEnabled(), "no double submit while the core works"
    harness.settle()

    assert dialog.errors["username"].isVisible()
    assert dialog.errors["username"].text() == MESSAGES[ErrorCode.DUPLICATE].format(value=ADMIN)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert save_button(dialog).isEnabled()
    assert usernames(view).count(ADMIN) == 1


def test_duplicate_badge_and_missing_roles_are_shown_under_their_fields(
        harness: Harness, view: AdminView, home: Path, opened_dialogs: list[UserDialog]) -> None:
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    badge = next(u for u in fo.users.list() if u.badge_no).badge_no
    fo.close()
    view.act_new.trigger()
    dialog = opened_dialogs[0]
    bot = harness.qtbot
    bot.keyClicks(dialog.full_name, "Juris Egle")
    bot.keyClicks(dialog.username, "jegle")
    dialog.role_boxes[Role.OFFICER].setChecked(False)
    bot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    harness.settle()
    assert dialog.errors["roles"].isVisible()
    assert dialog.errors["roles"].text() == MESSAGES[ErrorCode.REQUIRED]

    dialog.role_boxes[Role.OFFICER].setChecked(True)
    bot.keyClicks(dialog.badge, str(badge))
    bot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    harness.settle()
    assert not dialog.errors["roles"].isVisible(), "old errors are cleared on the next save"
    assert dialog.errors["badge_no"].isVisible()
    assert dialog.errors["badge_no"].text() == MESSAGES[ErrorCode.DUPLICATE].format(value=badge)
    assert dialog.isVisible()


# ---- edit, activation, password ---------------------------------------------------------------------------
def test_edit_user_updates_the_row(harness: Harness, view: AdminView, colleague: Person,
                                   opened_dialogs: list[UserDialog]) -> None:
    view.select_user(colleague.id)
    view.act_edit.trigger()
    dialog = opened_dialogs[0]
    assert dialog.windowTitle() == "Edit user"
    assert not dialog.username.isEnabled(), "the user name is the login: it is not edited"
    assert dialog.full_name.text() == colleague.full_name
    dialog.full_name.clear()
    harness.qtbot.keyClicks(dialog.full_name, "Ilze Vitola-Berza")
    dialog.role_boxes[Role.EQUIPMENT_MANAGER].setChecked(True)
    with harness.qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        harness.qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    harness.qtbot.waitUntil(
        lambda: cell(view, colleague.username, Column.NAME) == "Ilze Vitola-Berza", timeout=WAIT_MS)
    harness.settle()
    assert cell(view, colleague.username, Column.ROLES) == "Patrol officer, Equipment manager"
    selected = view.selected()
    assert selected is not None and selected.id == colleague.id, "the selection survives the refresh"


def test_deactivate_and_reactivate_a_user(harness: Harness, view: AdminView, colleague: Person) -> None:
    view.select_user(colleague.id)
    view.act_active.trigger()
    harness.qtbot.waitUntil(lambda: cell(view, colleague.username, Column.STATUS) == "Deactivated",
                            timeout=WAIT_MS)
    harness.settle()
    assert view.act_active.text() == "Activate"
    row = usernames(view).index(colleague.username)
    assert view.proxy.data(view.proxy.index(row, Column.NAME), Qt.ItemDataRole.ForegroundRole) is not None

    view.act_active.trigger()
    harness.qtbot.waitUntil(lambda: cell(view, colleague.username, Column.STATUS) == "Active", timeout=WAIT_MS)
    harness.settle()
    assert view.act_active.text() == "Deactivate"


def test_delete_key_in_the_table_deactivates(harness: Harness, view: AdminView, colleague: Person) -> None:
    harness.activate()
    view.select_user(colleague.id)
    view.table.setFocus()
    harness.qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    harness.qtbot.waitUntil(lambda: cell(view, colleague.username, Column.STATUS) == "Deactivated",
                            timeout=WAIT_MS)


def test_deactivating_yourself_is_refused_with_a_message(harness: Harness, view: AdminView,
                                                         message_boxes: MessageBoxes) -> None:
    me = view.model.user_at(next(r for r in range(2) if view.model.user_at(r).username == ADMIN))
    view.select_user(me.id)
    view.act_active.trigger()
    harness.settle()
    assert [text for _k, _t, text in message_boxes.take()] == [MESSAGES[ErrorCode.LAST_ADMIN]]
    assert cell(view, ADMIN, Column.STATUS) == "Active"


def test_set_password_gives_the_user_a_login(harness: Harness, view: AdminView, colleague: Person,
                                             home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    new_password = "night-shift-7"
    asked: list[str] = []

    def fill_and_accept(self: PasswordDialog) -> int:
        asked.append(self.windowTitle())
        self.show()
        harness.qtbot.keyClicks(self.password, new_password)
        harness.qtbot.keyClicks(self.repeat, new_password)
        harness.qtbot.keyClick(self.repeat, Qt.Key.Key_Return)
        return self.result()

    monkeypatch.setattr(PasswordDialog, "exec", fill_and_accept)
    view.select_user(colleague.id)
    view.act_password.trigger()
    assert asked == ["Set password"]
    harness.qtbot.waitUntil(lambda: cell(view, colleague.username, Column.LOGIN) == "Yes", timeout=WAIT_MS)
    harness.settle()
    fo = FAST_OPEN(home, colleague.username, new_password)
    try:
        assert fo.user.id == colleague.id
    finally:
        fo.close()


def test_cancelled_password_dialog_changes_nothing(harness: Harness, view: AdminView, colleague: Person,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PasswordDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    view.select_user(colleague.id)
    view.act_password.trigger()
    harness.settle()
    assert cell(view, colleague.username, Column.LOGIN) == "–"


# ---- the password dialog on its own ------------------------------------------------------------------------
@pytest.fixture
def password_dialog(qtbot: Any) -> PasswordDialog:
    dialog = PasswordDialog("Ilze Vītola")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_password_dialog_validates_as_you_type(qtbot: Any, password_dialog: PasswordDialog) -> None:
    d = password_dialog
    qtbot.keyClicks(d.password, "short")
    assert d.error.isVisible() and d.error.text() == f"At least {MIN_PASSWORD} characters."
    qtbot.keyClicks(d.password, "-but-now-long")
    assert not d.error.isVisible()
    qtbot.keyClicks(d.repeat, "short-but")
    assert d.repeat_error.isVisible() and d.repeat_error.text() == "The passwords differ."
    qtbot.keyClick(d.repeat, Qt.Key.Key_Return)
    assert d.result() != QDialog.DialogCode.Accepted and d.isVisible()
    qtbot.keyClicks(d.repeat, "-now-long")
    assert not d.repeat_error.isVisible()
    qtbot.keyClick(d.repeat, Qt.Key.Key_Return)
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.value() == "short-but-now-long"


def test_password_dialog_empty_ok_asks_for_a_password(qtbot: Any, password_dialog: PasswordDialog) -> None:
    qtbot.mouseClick(password_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert password_dialog.isVisible()
    assert password_dialog.error.isVisible()


def test_password_dialog_empty_repeat_is_explained(qtbot: Any, password_dialog: PasswordDialog) -> None:
    qtbot.keyClicks(password_dialog.password, "long-enough-pw")
    qtbot.mouseClick(password_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert password_dialog.result() != QDialog.DialogCode.Accepted
    assert password_dialog.repeat_error.isVisible() or password_dialog.error.isVisible(), (
        "OK was refused without saying why")


def test_row_role_gives_the_user_behind_a_proxy_row(view: AdminView, colleague: Person) -> None:
    row = usernames(view).index(colleague.username)
    user = view.proxy.data(view.proxy.index(row, Column.STATUS), ROW_ROLE)
    assert user.id == colleague.id and user.full_name == colleague.full_name


def test_keyboard_shortcuts_in_the_table(harness: Harness, view: AdminView, colleague: Person,
                                         opened_dialogs: list[UserDialog], monkeypatch: pytest.MonkeyPatch) -> None:
    passwords: list[str] = []
    monkeypatch.setattr(PasswordDialog, "exec", lambda self: passwords.append(self.windowTitle()) or 0)
    harness.activate()
    view.select_user(colleague.id)
    view.table.setFocus()
    bot = harness.qtbot
    bot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    bot.keyClick(view.table, Qt.Key.Key_F2)
    bot.keyClick(view.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert [d.windowTitle() for d in opened_dialogs] == ["New user", "Edit user"]
    assert opened_dialogs[1].full_name.text() == colleague.full_name
    assert passwords == ["Set password"]
