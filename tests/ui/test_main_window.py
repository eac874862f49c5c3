"""Main window: role-based navigation, shortcuts, overview counts, status bar, lock screen and idle lock."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldops.errors import MESSAGES, ErrorCode
from fieldops.models.enums import Role
from tests import factories
from tests.ui.conftest import (
    ADMIN,
    ADMIN_NAME,
    ADMIN_PASSWORD,
    FAST_OPEN,
    WAIT_MS,
    Harness,
    MessageBoxes,
    Person,
    number_in,
)
from ui.dialogs.user_edit import UserDialog
from ui.main_window import MainWindow
from ui.views.admin import AdminView
from ui.views.overview import OverviewView
from ui.widgets.lock_cover import LockCover

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def nav_keys(window: MainWindow) -> list[str]:
    return [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]


def waiting(home: Path) -> int:
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        return fo.overview().waiting_changes
    finally:
        fo.close()


# ---- navigation by role ------------------------------------------------------------------------------------
def test_administrator_sees_overview_and_admin(harness: Harness, controller: Any) -> None:
    window = harness.login(ADMIN, ADMIN_PASSWORD)
    assert nav_keys(window) == ["overview", "admin", "audit", "dashboard", "sync"]
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Overview", "Admin", "Audit log", "Dashboard", "Sync"]
    assert isinstance(window.page("overview"), OverviewView)
    assert isinstance(window.page("admin"), AdminView)
    assert window.nav.currentRow() == 0 and window.stack.currentWidget() is window.page("overview")
    assert ADMIN_NAME in window.windowTitle()
    assert window.act_verify.isEnabled()


def test_officer_sees_tonight_operations_and_overview(harness: Harness, home: Path, officer: Person) -> None:
    harness.start(home)
    window = harness.login(officer.username, officer.password)
    assert nav_keys(window) == ["tonight", "operations", "overview", "sync"]
    assert window.page("admin") is None
    assert window.stack.count() == 4  # the editor joins the stack when the first operation is opened
    assert len(window.nav_actions) == 4
    assert officer.full_name in window.windowTitle()
    assert "VP Kurzeme" in window.windowTitle()
    assert not window.act_verify.isEnabled(), "only supervisors and administrators verify the audit log"


def test_ctrl_number_switches_pages(harness: Harness, admin_window: MainWindow) -> None:
    window = harness.activate()
    harness.qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert window.nav.currentRow() == 1
    assert window.stack.currentWidget() is window.page("admin")
    harness.qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert window.stack.currentWidget() is window.page("overview")


def test_ctrl_5_does_nothing_for_an_officer(harness: Harness, home: Path, officer: Person) -> None:
    harness.start(home)
    harness.open_as(officer.username, officer.password)
    window = harness.activate()
    harness.qtbot.keyClick(window, Qt.Key.Key_5, CTRL)  # an officer has four pages
    assert window.nav.currentRow() == 0 and window.stack.currentIndex() == 0
    harness.qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert window.nav.currentRow() == 1 and window.stack.currentWidget() is window.page("operations")


# ---- overview and status bar -------------------------------------------------------------------------------
@pytest.fixture
def officer_with_work(home: Path, officer: Person) -> Person:
    """Two operations with three checks (one a violation), logged by the officer through the core."""
    admin = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    session = factories.login(admin, officer.id)
    try:
        first = factories.operation(session, hours_ago=5)
        second = factories.operation(session, hours_ago=3)
        for op_id, outcome in ((first, "no_violation"), (first, "warning"), (second, "no_violation")):
            session.checks.add(op_id, kind="traffic", at=factories.utc(2), outcome=outcome)
    finally:
        session.close()
        admin.close()
    return officer


def test_overview_shows_the_real_counts(harness: Harness, home: Path, officer_with_work: Person) -> None:
    expected_waiting = waiting(home)
    assert expected_waiting > 0
    harness.start(home)
    window = harness.login(officer_with_work.username, officer_with_work.password)
    view = window.page("overview")
    assert isinstance(view, OverviewView)
    harness.qtbot.waitUntil(lambda: view.data is not None, timeout=WAIT_MS)

    assert view.operations.value.text() == "2"
    assert "Draft: <b>2</b>" in view.operations.detail.text()
    assert view.checks.value.text() == "3"
    assert "<b>1</b> with a violation" in view.checks.detail.text()
    assert view.equipment.value.text() == "0"
    assert view.waiting.value.text() == str(expected_waiting)
    assert view.heading.text() == f"Hello, {officer_with_work.full_name}"
    assert "Patrol officer" in view.subheading.text()
    assert number_in(window.status_waiting.text()) == expected_waiting


def test_status_bar_count_follows_an_op_that_writes_the_outbox(harness: Harness, home: Path,
                                                               admin_window: MainWindow) -> None:
    window = admin_window
    before = number_in(window.status_waiting.text())
    assert before == waiting(home)
    admin = window.page("admin")  # built on first use: wait for its data
    assert isinstance(admin, AdminView)
    harness.qtbot.waitUntil(lambda: bool(admin.agencies), timeout=WAIT_MS)
    dialog = UserDialog(admin.agencies, None, admin)
    dialog.show()
    bot = harness.qtbot
    bot.keyClicks(dialog.full_name, "Peteris Kalns")
    bot.keyClicks(dialog.username, "pkalns")
    with bot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog._on_save()
    bot.waitUntil(lambda: number_in(window.status_waiting.text()) == before + 1, timeout=WAIT_MS)
    overview = window.page("overview")
    assert isinstance(overview, OverviewView)
    bot.waitUntil(lambda: overview.waiting.value.text() == str(before + 1), timeout=WAIT_MS)


def test_status_bar_shows_the_signed_in_user(admin_window: MainWindow) -> None:
    assert admin_window.status_user.text() == f"{ADMIN_NAME} · VP Kurzeme"
    assert admin_window.status_clock.text()


# ---- lock ------------------------------------------------------------------------------------------------------
def test_ctrl_l_locks_and_hides_the_workspace(harness: Harness, admin_window: MainWindow) -> None:
    window = harness.activate()
    harness.qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert window.locked
    assert window.root.currentWidget() is window.lock_screen and window.lock_screen.isVisible()
    assert not window.stack.isVisible(), "the workspace is hidden behind the lock screen"
    assert not window.menuBar().isEnabled()
    assert ADMIN_NAME in window.lock_screen.who.text()


def test_menu_shortcuts_are_dead_while_locked(harness: Harness, admin_window: MainWindow) -> None:
    window = harness.activate()
    prefs: list[bool] = []
    window.sig_preferences_requested.connect(lambda: prefs.append(True))
    window.lock()
    for key, mods in ((Qt.Key.Key_2, CTRL), (Qt.Key.Key_Comma, CTRL), (Qt.Key.Key_N, CTRL_SHIFT)):
        harness.qtbot.keyClick(window.lock_screen.password, key, mods)
    assert window.locked and window.nav.currentRow() == 0
    assert prefs == [] and not window.act_night.isChecked()
    window.go(1)
    assert window.nav.currentRow() == 0, "navigation is refused behind the lock screen"


def test_wrong_password_keeps_it_locked_and_the_right_one_unlocks(harness: Harness,
                                                                  admin_window: MainWindow) -> None:
    window = admin_window
    window.lock()
    screen = window.lock_screen
    bot = harness.qtbot
    bot.keyClicks(screen.password, "not-the-password")
    bot.keyClick(screen.password, Qt.Key.Key_Return)
    harness.settle()
    assert window.locked
    assert screen.error.isVisible() and screen.error.text() == "Wrong password."
    assert screen.password.text() == ""
    assert not window.menuBar().isEnabled()

    bot.keyClicks(screen.password, ADMIN_PASSWORD)
    with bot.waitSignal(screen.sig_unlocked, timeout=WAIT_MS):
        bot.keyClick(screen.password, Qt.Key.Key_Return)
    assert not window.locked
    assert window.menuBar().isEnabled()
    assert window.stack.isVisible()


def test_lock_clears_the_previous_attempt(harness: Harness, admin_window: MainWindow) -> None:
    window = admin_window
    window.lock()
    harness.qtbot.keyClicks(window.lock_screen.password, "typo")
    window.unlock()
    window.lock()
    assert window.lock_screen.password.text() == ""
    assert not window.lock_screen.error.isVisible()


def test_idle_time_locks_the_window(harness: Harness, admin_window: MainWindow) -> None:
    window = admin_window
    assert window.idle_minutes == 15  # the workspace default, loaded on start
    window.last_input = time.monotonic() - 14 * 60
    window._on_clock_tick()
    assert not window.locked
    window.last_input = time.monotonic() - 16 * 60
    window._on_clock_tick()
    assert window.locked


def test_idle_limit_comes_from_the_workspace_policy(harness: Harness, home: Path) -> None:
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    fo.settings.set("session.idle_lock_minutes", 2)
    fo.close()
    harness.start(home)
    window = harness.open_as(ADMIN, ADMIN_PASSWORD)
    assert window.idle_minutes == 2
    window.last_input = time.monotonic() - 3 * 60
    window._on_clock_tick()
    assert window.locked


def test_input_resets_the_idle_timer(harness: Harness, admin_window: MainWindow) -> None:
    window = admin_window
    window.last_input = time.monotonic() - 16 * 60
    harness.qtbot.keyClick(window.nav, Qt.Key.Key_Down)  # the controller's event filter sees the key
    window._on_clock_tick()
    assert not window.locked


def test_switch_user_from_the_lock_screen(harness: Harness, home: Path, officer: Person) -> None:
    harness.start(home)
    window = harness.open_as(ADMIN, ADMIN_PASSWORD)
    window.lock()
    harness.qtbot.mouseClick(window.lock_screen.switch, Qt.MouseButton.LeftButton)
    assert harness.c.window is None and harness.c.st.fo is None
    dialog = harness.c.login
    assert dialog is not None and dialog.isVisible() and not dialog.creating
    harness.type_login(officer.username, officer.password)
    harness.qtbot.waitUntil(lambda: harness.c.window is not None, timeout=WAIT_MS)
    window = harness.ready()
    assert officer.full_name in window.windowTitle()
    assert nav_keys(window) == ["tonight", "operations", "overview", "sync"]


# ---- tools ---------------------------------------------------------------------------------------------------
def test_verify_audit_log_reports_an_intact_chain(harness: Harness, admin_window: MainWindow,
                                                  message_boxes: MessageBoxes) -> None:
    admin_window.act_verify.trigger()
    harness.settle()
    shown = message_boxes.take()
    assert len(shown) == 1
    kind, title, text = shown[0]
    assert kind == "information" and title == "Audit log"
    assert "intact" in text and number_in(text) > 0


def test_f1_shows_about(harness: Harness, admin_window: MainWindow, message_boxes: MessageBoxes,
                        home: Path) -> None:
    window = harness.activate()
    harness.qtbot.keyClick(window, Qt.Key.Key_F1)
    shown = message_boxes.take()
    assert [s[0] for s in shown] == ["about"]
    assert str(home) in shown[0][2]


def test_op_failure_without_handler_shows_the_one_error_dialog(harness: Harness, admin_window: MainWindow,
                                                               message_boxes: MessageBoxes) -> None:
    """Deactivating yourself is refused by the core; the message reaches the user in their language."""
    from ui.ops import Op

    me = admin_window.fo.user.id
    Op(admin_window, lambda fo: fo.users.set_active(me, False)).run()
    harness.settle()
    assert [s[2] for s in message_boxes.take()] == [MESSAGES[ErrorCode.LAST_ADMIN]]


def test_officer_role_is_respected_by_the_core_too(harness: Harness, home: Path, officer: Person,
                                                   message_boxes: MessageBoxes) -> None:
    harness.start(home)
    window = harness.open_as(officer.username, officer.password)
    from ui.ops import Query

    Query(window, lambda fo: fo.users.list()).run()
    harness.settle()
    assert [s[2] for s in message_boxes.take()] == [MESSAGES[ErrorCode.NOT_PERMITTED]]
    assert Role.ADMINISTRATOR not in window.fo.user.roles


def test_lock_covers_dialogs_open_on_the_window_without_losing_input(harness: Harness,
                                                                    admin_window: MainWindow) -> None:
    admin = admin_window.page("admin")
    assert isinstance(admin, AdminView)
    dialog = UserDialog(admin.agencies, None, admin)
    dialog.open()  # window-modal, like exec() without the nested loop
    harness.qtbot.waitExposed(dialog)
    harness.qtbot.keyClicks(dialog.full_name, "Half typed")
    admin_window.last_input = time.monotonic() - 16 * 60
    admin_window._on_clock_tick()
    assert admin_window.locked
    covers = [c for c in dialog.findChildren(LockCover) if c.isVisible()]
    assert covers, "the user editor's content is still visible over the lock screen"
    assert covers[0].geometry() == dialog.rect()
    assert not dialog.isEnabled(), "the user editor still takes input while locked"
    admin_window.unlock()
    assert dialog.isEnabled()
    harness.qtbot.waitUntil(lambda: not dialog.findChildren(LockCover), timeout=WAIT_MS)
    assert dialog.full_name.text() == "Half typed"
    dialog.reject()
