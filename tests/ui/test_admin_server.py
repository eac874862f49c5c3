"""Admin screen, regional server: connecting the laptop with an enrollment code (against the real server
process on PostgreSQL), and server accounts for users created here: made when signed in online, and an honest
message when that is not possible."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from fieldops.server import auth, schema
from fieldops.sync.session import ServerSession, enroll, load_link
from tests.server import conftest as server_fixtures
from tests.server.conftest import PASSWORD, LiveServer, ServerDb, enrollment_code, make_admin
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, FAST_OPEN, WAIT_MS, Harness, MessageBoxes
from ui.dialogs.server_link import ServerLinkDialog
from ui.dialogs.user_edit import UserDialog
from ui.views.admin import AdminView

pg_url = server_fixtures.pg_url
server_db = server_fixtures.server_db
live_server = server_fixtures.live_server


@pytest.fixture
def server_admin(home: Path, server_db: ServerDb) -> str:
    """The workspace's administrator also has a server account (same id, password PASSWORD)."""
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        make_admin(server_db.engine, ADMIN, account_id=fo.user.id)
        return fo.user.id
    finally:
        fo.close()


def link_workspace(home: Path, live: LiveServer, db: ServerDb, sign_in: bool) -> None:
    """Enroll the workspace before the app starts (and sign the administrator in online)."""
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        link = enroll(fo, live.url, enrollment_code(db.engine, "KAVPK"), "LT-LAPTOP-3")
        if sign_in:
            with ServerSession(link) as session:
                session.login(ADMIN, PASSWORD)
                session.store_refresh(fo)
    finally:
        fo.close()


def open_admin(harness: Harness, home: Path) -> AdminView:
    harness.start(home)
    window = harness.open_as(ADMIN, ADMIN_PASSWORD)
    window.go(1)
    view = window.page("admin")
    assert isinstance(view, AdminView)
    harness.settle()
    return view


@pytest.fixture
def link_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[ServerLinkDialog]:
    dialogs: list[ServerLinkDialog] = []

    def show(self: ServerLinkDialog) -> int:
        dialogs.append(self)
        self.show()
        return 0

    monkeypatch.setattr(ServerLinkDialog, "exec", show)
    return dialogs


@pytest.fixture
def user_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[UserDialog]:
    dialogs: list[UserDialog] = []

    def show(self: UserDialog) -> int:
        dialogs.append(self)
        self.show()
        return 0

    monkeypatch.setattr(UserDialog, "exec", show)
    return dialogs


def server_account(db: ServerDb, username: str) -> Any:
    with db.engine.connect() as conn:
        return conn.execute(select(schema.account).where(schema.account.c.username == username)).first()


def create_user(harness: Harness, view: AdminView, dialogs: list[UserDialog], username: str,
                password: str) -> UserDialog:
    view.act_new.trigger()
    dialog = dialogs[-1]
    bot = harness.qtbot
    dialog.full_name.setText("Eglė Paulauskienė")  # QTest.keyClicks cannot type ė (outside Latin-1)
    bot.keyClicks(dialog.username, username)
    bot.keyClicks(dialog.password, password)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    with bot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        bot.mouseClick(save, Qt.MouseButton.LeftButton)
    harness.settle()
    return dialog


# ---- connecting ---------------------------------------------------------------------------------------------
def test_connect_this_laptop_with_an_enrollment_code(harness: Harness, home: Path, live_server: LiveServer,
                                                     server_db: ServerDb, server_admin: str,
                                                     link_dialogs: list[ServerLinkDialog]) -> None:
    view = open_admin(harness, home)
    assert view.server_box.title() == "Regional server"
    assert view.server_status.text().startswith("Not connected.")
    bot = harness.qtbot
    bot.mouseClick(view.connect_button, Qt.MouseButton.LeftButton)
    dialog = link_dialogs[0]
    assert dialog.windowTitle() == "Connect this laptop" and dialog.name.text() != ""

    # A mistyped code is explained under the field; the dialog stays.
    bot.keyClicks(dialog.url, live_server.url)
    bot.keyClicks(dialog.code, "AAAA-BBBB-CCCC-DDDD")
    bot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    harness.settle()
    assert dialog.errors["code"].isVisible()
    assert dialog.errors["code"].text() == "The server does not know this code. Check it, or ask for a new one."
    assert dialog.isVisible()

    dialog.code.clear()
    bot.keyClicks(dialog.code, enrollment_code(server_db.engine, "KAVPK").lower())
    dialog.name.clear()
    bot.keyClicks(dialog.name, "LT-LAPTOP-3")
    bot.keyClicks(dialog.password, PASSWORD)
    with bot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        bot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    harness.settle()

    fo = harness.c.st.require_fo()
    link = load_link(fo)
    assert link is not None and link.url == live_server.url and link.agency_code == "KAVPK"
    text = view.server_status.text()
    assert f"Connected to {live_server.url} as device {link.device_id} (Klaipėdos AVPK)." in text
    assert "You are signed in to the server" in text
    with server_db.engine.connect() as conn:
        [dev] = conn.execute(select(schema.device)).all()
    assert dev.name == "LT-LAPTOP-3" and dev.last_seen_at is None


def test_empty_fields_are_required_and_a_wrong_server_password_still_connects(
        harness: Harness, home: Path, live_server: LiveServer, server_db: ServerDb, server_admin: str,
        link_dialogs: list[ServerLinkDialog]) -> None:
    view = open_admin(harness, home)
    view.connect_button.click()
    dialog = link_dialogs[0]
    dialog.name.clear()
    dialog.connect_button.click()
    assert [k for k, e in dialog.errors.items() if e.isVisible()] == ["url", "code", "name"]
    bot = harness.qtbot
    bot.keyClicks(dialog.url, live_server.url)
    bot.keyClicks(dialog.code, enrollment_code(server_db.engine))
    bot.keyClicks(dialog.name, "spare laptop")
    bot.keyClicks(dialog.password, "not-my-password")
    with bot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.connect_button.click()
    harness.settle()
    text = view.server_status.text()
    assert "Connected to" in text and "Signing in to the server failed: Wrong user name or password." in text


# ---- server accounts of users created here ----------------------------------------------------------------------
def test_new_user_with_a_password_gets_a_server_account(harness: Harness, home: Path, live_server: LiveServer,
                                                        server_db: ServerDb, server_admin: str,
                                                        user_dialogs: list[UserDialog]) -> None:
    link_workspace(home, live_server, server_db, sign_in=True)
    view = open_admin(harness, home)
    assert "You are signed in to the server" in view.server_status.text()
    create_user(harness, view, user_dialogs, "epaul", "egles-slaptazodis")
    harness.qtbot.waitUntil(lambda: server_account(server_db, "epaul") is not None, timeout=WAIT_MS)
    harness.settle()
    local = next(u for u in harness.c.st.require_fo().users.list() if u.username == "epaul")
    acc = server_account(server_db, "epaul")
    assert acc.id == local.id and acc.full_name == "Eglė Paulauskienė" and acc.roles == ["officer"]
    assert auth.verify_password(acc.password_hash, "egles-slaptazodis")
    assert "Eglė Paulauskienė can also sign in on the regional server." in view.server_status.text()


def test_new_user_while_the_server_is_down_is_kept_and_the_admin_is_told(
        harness: Harness, home: Path, live_server: LiveServer, server_db: ServerDb, server_admin: str,
        user_dialogs: list[UserDialog], message_boxes: MessageBoxes) -> None:
    link_workspace(home, live_server, server_db, sign_in=True)
    view = open_admin(harness, home)
    live_server.kill()
    create_user(harness, view, user_dialogs, "epaul", "egles-slaptazodis")
    harness.qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=WAIT_MS)
    [(_kind, title, text)] = message_boxes.take()
    assert title == "Regional server"
    assert text.startswith("Eglė Paulauskienė was saved on this laptop, but the server account was not created")
    assert "The regional server cannot be reached." in text
    assert any(u.username == "epaul" for u in harness.c.st.require_fo().users.list()), "nothing is lost"
    assert "Eglė Paulauskienė has no server account yet." in view.server_status.text()


def test_new_user_when_not_signed_in_online_says_so(harness: Harness, home: Path, live_server: LiveServer,
                                                   server_db: ServerDb, server_admin: str,
                                                   user_dialogs: list[UserDialog],
                                                   message_boxes: MessageBoxes) -> None:
    link_workspace(home, live_server, server_db, sign_in=False)
    view = open_admin(harness, home)
    assert "You have not signed in to the server on this laptop yet" in view.server_status.text()
    create_user(harness, view, user_dialogs, "epaul", "egles-slaptazodis")
    harness.qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=WAIT_MS)
    [(_kind, _title, text)] = message_boxes.take()
    assert "This laptop is not signed in to the regional server." in text
    assert server_account(server_db, "epaul") is None


def test_unlinked_laptop_creates_users_without_a_word_about_servers(
        harness: Harness, home: Path, user_dialogs: list[UserDialog], message_boxes: MessageBoxes) -> None:
    view = open_admin(harness, home)
    create_user(harness, view, user_dialogs, "epaul", "egles-slaptazodis")
    harness.settle()
    assert message_boxes.shown == []
    assert view.server_status.text().startswith("Not connected.")
