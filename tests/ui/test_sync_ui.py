"""Sync in the app: the status-bar indicator, the background sync controller (states, threads, coalescing,
reachability, revoked device, refused sign-in), the Sync page (waiting, refused with reasons and dismissal,
conflicts resolved with the server's, this laptop's or an edited value) and the conflict dialog.

No server here: the controller takes factories for the session and the engine, and the tests give it a fake
server behind the real `SyncEngine` (a fake transport), so outbox states are stored by the real engine code.
The end-to-end test against a live server process is in the sync suite."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from fieldops.app import FieldOps
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.sync.engine import SyncEngine, SyncReport
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
from ui import theme
from ui.dialogs.conflict import ConflictDialog, parse_value
from ui.main_window import MainWindow
from ui.sync_controller import SyncController
from ui.views.sync import SyncView

LOCKED_TEXT = "The operation was submitted meanwhile: your change was not applied; it is kept here."


# ---- a fake regional server -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Link:
    url: str = "https://sync.test"


@dataclass
class FakeServer:
    reachable: bool = True
    has_refresh: bool = True  # a refresh token was stored at an earlier online sign-in
    fail_with: FieldOpsError | None = None  # the next syncs fail with this
    login_error: FieldOpsError | None = None  # the online sign-in fails with this
    refuse: dict[str, dict[str, str]] = field(default_factory=dict)  # entity_id -> {"status", "reason"}
    conflict_on: dict[str, tuple[str, Any]] = field(default_factory=dict)  # entity_id -> (field, server's value)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    resolved: list[tuple[str, Any]] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)
    stored_refresh: int = 0
    pushed: list[str] = field(default_factory=list)  # entity ids, in push order
    sync_threads: list[threading.Thread] = field(default_factory=list)
    gate: threading.Event | None = None  # set: a sync waits for it
    forgotten: int = 0
    states: list[str] = field(default_factory=list)  # every state the controller reported

    def check(self) -> None:
        if not self.reachable:
            raise FieldOpsError(ErrorCode.SERVER_UNREACHABLE, detail="ConnectError")


class FakeSession:
    def __init__(self, server: FakeServer, link: Any) -> None:
        self.server, self.link = server, link
        self.closed = False

    def login(self, username: str, password: str) -> dict[str, Any]:
        self.server.check()
        self.server.logins.append((username, password))
        if self.server.login_error is not None:
            raise self.server.login_error
        return {"id": "u", "username": username}

    def load_refresh(self, fo: FieldOps, user_id: str) -> bool:
        return self.server.has_refresh

    def store_refresh(self, fo: FieldOps) -> None:
        self.server.stored_refresh += 1

    def request(self, method: str, path: str, *, json: Any = None, params: Any = None) -> httpx.Response:
        self.server.check()
        if (method, path) == ("GET", "/v1/sync/conflicts"):
            return httpx.Response(200, json=[c for c in self.server.conflicts if not c["resolved"]])
        match = re.fullmatch(r"/v1/sync/conflicts/([^/]+)/resolve", path)
        if method == "POST" and match:
            conflict = next((c for c in self.server.conflicts if c["id"] == match.group(1)), None)
            if conflict is None:
                return httpx.Response(404, json={"detail": {"error": "record.not_found"}})
            conflict["resolved"] = True
            self.server.resolved.append((match.group(1), (json or {}).get("value")))
            return httpx.Response(200, json={"version": 3})
        return httpx.Response(404, json={"detail": {"error": "not_found"}})

    def close(self) -> None:
        self.closed = True


class FakeTransport:
    def __init__(self, server: FakeServer) -> None:
        self.server = server

    def push(self, device_id: str, batch_id: str, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        self.server.check()
        results = []
        for op in ops:
            self.server.pushed.append(op["entity_id"])
            refusal = self.server.refuse.get(op["entity_id"])
            if op["entity_id"] in self.server.conflict_on:
                name, value = self.server.conflict_on[op["entity_id"]]
                self.server.conflicts.append(
                    {"id": f"c-{op['op_id']}", "entity": op["entity"], "entity_id": op["entity_id"], "field": name,
                     "base_version": 1, "server_value": value, "client_value": op["payload"].get(name),
                     "op_id": op["op_id"], "user_id": "u", "resolved": False})
                refusal = {"status": "conflict", "conflicts": [name]}  # type: ignore[dict-item]
            results.append({"op_id": op["op_id"], **(refusal or {"status": "applied"})})
        return results

    def pull(self, cursor: int, limit: int) -> dict[str, Any]:
        self.server.check()
        return {"changes": [], "next_cursor": cursor, "has_more": False}

    def records(self, keys: list[tuple[str, str]]) -> list[dict[str, Any]]:
        return []


class RecordingEngine(SyncEngine):
    """The real engine over the fake transport; notes the thread each round runs in."""

    def __init__(self, fo: FieldOps, server: FakeServer) -> None:
        super().__init__(fo, FakeTransport(server))
        self.server = server

    def sync(self) -> SyncReport:
        self.server.sync_threads.append(threading.current_thread())
        if self.server.gate is not None:
            assert self.server.gate.wait(WAIT_MS / 1000)
        self.server.check()
        if self.server.fail_with is not None:
            raise self.server.fail_with
        return super().sync()


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


@pytest.fixture
def fast_timers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SyncController, "probe_ms", 50)
    monkeypatch.setattr(SyncController, "debounce_ms", 50)


@pytest.fixture
def linked(harness: Harness, home: Path, server: FakeServer) -> Iterator[FakeServer]:
    """The app started with a controller linked to the fake server."""
    harness.start(home)

    def forget(_fo: FieldOps) -> None:
        server.forgotten += 1

    link = Link()
    make = functools.partial(
        SyncController, session_factory=lambda lk: FakeSession(server, lk),
        engine_factory=lambda fo, _session: RecordingEngine(fo, server),
        link_loader=lambda _fo: None if server.forgotten else link, forget=forget,
        probe=lambda _link, _session: server.check())

    def factory(*args: Any, **kwargs: Any) -> SyncController:
        controller = make(*args, **kwargs)
        controller.sig_state.connect(lambda state, _payload: server.states.append(state))
        return controller

    harness.c.sync_factory = factory
    yield server
    if server.gate is not None:
        server.gate.set()


def sign_in(harness: Harness, username: str, password: str, *, typed: bool = True) -> MainWindow:
    """What a sign-in does; `typed`: the password was just typed (online sign-in), else an offline start."""
    harness.c.st.fo = FAST_OPEN(harness.c.home, username, password)
    harness.c.open_main_window(password if typed else None)
    return harness.ready()


def wait_state(harness: Harness, window: MainWindow, state: str) -> None:
    harness.qtbot.waitUntil(lambda: window.sync_state == state, timeout=WAIT_MS)
    harness.settle()


def sync_page(harness: Harness, window: MainWindow) -> SyncView:
    window.show_sync_page()
    page = window.page("sync")
    assert isinstance(page, SyncView)
    harness.qtbot.waitUntil(lambda: getattr(page, "loaded", False), timeout=WAIT_MS)
    harness.settle()
    return page


def waiting_in(home: Path) -> int:
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        return fo.waiting_changes()
    finally:
        fo.close()


def column(table: Any, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


@pytest.fixture
def officer_operation(home: Path, officer: Person) -> tuple[str, str]:
    """An operation the officer recorded on this laptop (waiting to be sent): (id, number)."""
    fo = FAST_OPEN(home, officer.username, officer.password)
    try:
        op_id = factories.operation(fo)
        return op_id, str(factories.scalar(fo, "SELECT number FROM operation WHERE id = :i", i=op_id))
    finally:
        fo.close()


# ---- indicator ----------------------------------------------------------------------------------------------------
def test_indicator_of_an_unlinked_workspace_shows_the_waiting_count(harness: Harness, home: Path,
                                                                    admin_window: MainWindow) -> None:
    window = admin_window
    wait_state(harness, window, "unlinked")
    text = window.status_waiting.text()
    assert text.startswith("Not connected to a server")
    assert number_in(text) == waiting_in(home)
    assert window.sync is not None and window.sync.session is None
    page = sync_page(harness, window)
    assert "not connected to a regional server" in page.state_label.text()
    assert "needs a connection" in page.conflict_note.text()
    assert page.tabs.tabText(0) == f"Waiting to be sent ({waiting_in(home)})"
    assert page.waiting_table.rowCount() == waiting_in(home)


def test_clicking_the_indicator_opens_the_sync_page(harness: Harness, admin_window: MainWindow) -> None:
    window = admin_window
    assert window.stack.currentWidget() is window.page("overview")
    harness.qtbot.mouseClick(window.status_waiting, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.page("sync")
    assert isinstance(window.page("sync"), SyncView)


def test_sync_page_for_every_role_and_sync_now_in_the_file_menu(harness: Harness, home: Path,
                                                                 officer: Person) -> None:
    harness.start(home)
    window = harness.open_as(officer.username, officer.password)
    keys = [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]
    assert "sync" in keys
    assert window.nav.item(keys.index("sync")).text() == "Sync"
    assert window.act_sync in window.menu_file.actions()
    assert window.act_sync.shortcut() == QKeySequence("Ctrl+Shift+Y")
    assert window.act_sync.text() == "&Sync now"


def test_indicator_counts_refused_changes_and_conflicts_in_the_warning_colour(
        harness: Harness, home: Path, admin_window: MainWindow) -> None:
    window = admin_window
    wait_state(harness, window, "unlinked")
    assert "refused" not in window.status_waiting.text()
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        ops = [r[0] for r in factories.rows(fo, "SELECT op_id FROM outbox ORDER BY seq")]
        if len(ops) < 2:
            factories.user(fo)
            factories.user(fo)
            ops = [r[0] for r in factories.rows(fo, "SELECT op_id FROM outbox ORDER BY seq")]
        factories.execute(fo, "UPDATE outbox SET state = 'rejected' WHERE op_id = :o", o=ops[0])
        factories.execute(fo, "UPDATE outbox SET state = 'conflict' WHERE op_id = :o", o=ops[1])
    finally:
        fo.close()
    window.refresh_status()
    harness.settle()
    text = window.status_waiting.text()
    assert "1 refused" in text and "1 conflict" in text
    assert theme.current().warning in text


# ---- states -------------------------------------------------------------------------------------------------------
def test_offline_then_syncing_then_synced(harness: Harness, linked: FakeServer, fast_timers: None,
                                          officer: Person) -> None:
    server = linked  # the officer's account was made on this laptop: a change waiting to be sent
    server.reachable = False
    window = sign_in(harness, ADMIN, ADMIN_PASSWORD)
    sync = window.sync
    assert sync is not None
    texts: list[str] = []
    sync.sig_state.connect(lambda _s, _p: texts.append(window.status_waiting.text()))
    wait_state(harness, window, "offline")
    assert server.states == ["syncing", "offline"]
    waiting = sync.status.pending if sync.status else -1
    assert waiting > 0
    text = window.status_waiting.text()  # (English plural forms come with the regenerated translations)
    assert text.startswith("Offline · ") and number_in(text) == waiting and "waiting" in text
    assert server.logins == [], "no sign-in without a server"

    server.reachable = True  # the probe finds it, the controller signs in and syncs
    wait_state(harness, window, "synced")
    assert server.states == ["syncing", "offline", "syncing", "synced"]
    assert texts[-2] == "Syncing…"
    assert re.fullmatch(r"Synced at \d\d:\d\d", window.status_waiting.text())
    assert server.logins == [(ADMIN, ADMIN_PASSWORD)], "the typed password signs in online once"
    assert server.stored_refresh == 1, "the refresh token is kept for later starts"
    assert sync._password is None, "the password is not kept after the online sign-in"
    assert sync.status is not None and sync.status.pending == 0 and sync.status.linked
    assert "https://sync.test" in window.status_waiting.toolTip()

    sync.sync_now()  # a later round reuses the session: no second sign-in
    harness.qtbot.waitUntil(lambda: len(server.sync_threads) == 2, timeout=WAIT_MS)
    wait_state(harness, window, "synced")
    assert len(server.logins) == 1


def test_an_offline_sign_in_resumes_with_the_stored_refresh_token(harness: Harness, linked: FakeServer) -> None:
    window = sign_in(harness, ADMIN, ADMIN_PASSWORD, typed=False)
    wait_state(harness, window, "synced")
    assert linked.logins == [] and len(linked.sync_threads) == 1


def test_a_refused_sign_in_is_an_error_asking_to_sign_in_online(harness: Harness, linked: FakeServer) -> None:
    linked.has_refresh = False  # never signed in online on this laptop, and this start was offline
    window = sign_in(harness, ADMIN, ADMIN_PASSWORD, typed=False)
    wait_state(harness, window, "error")
    text = window.status_waiting.text()
    assert text.startswith("Sync error: ")
    assert "sign in again while connected" in window.status_waiting.toolTip().lower()
    assert linked.sync_threads == []
    assert window.sync is not None
    window.sync._on_periodic()  # the timer does not hammer the server with a refused sign-in
    harness.settle()
    assert window.sync_state == "error"


def test_a_password_the_server_refuses_is_tried_once(harness: Harness, linked: FakeServer) -> None:
    linked.login_error = FieldOpsError(ErrorCode.WRONG_PASSWORD, field="password")
    window = sign_in(harness, ADMIN, ADMIN_PASSWORD)
    wait_state(harness, window, "error")
    assert window.sync_message.startswith("The regional server did not accept your password")
    sync = window.sync
    assert sync is not None and sync._password is None and sync.session is None
    sync._on_periodic()
    harness.settle()
    assert linked.logins == [(ADMIN, ADMIN_PASSWORD)], "a refused password is not sent again"
    assert linked.sync_threads == []


def test_a_server_error_is_shown_with_its_message(harness: Harness, linked: FakeServer) -> None:
    linked.fail_with = FieldOpsError(ErrorCode.SERVER_ERROR, detail="503")
    window = sign_in(harness, ADMIN, ADMIN_PASSWORD)
    wait_state(harness, window, "error")
    assert window.sync_message == "The regional server could not handle the request (503). Try again later."
    assert window.status_waiting.text().startswith("Sync error: The regional server could not")
    assert window.sync_message in window.status_waiting.toolTip()


def test_a_revoked_device_forgets_the_link_and_warns_once(harness: Harness, linked: FakeServer,
                                                          message_boxes: MessageBoxes) -> None:
    linked.fail_with = FieldOpsError(ErrorCode.DEVICE_REVOKED)
    window = sign_in(harness, ADMIN, ADMIN_PASSWORD)
    wait_state(harness, window, "unlinked")
    assert linked.forgotten == 1
    assert window.status_waiting.text().startswith("Not connected to a server")
    shown = message_boxes.take()
    assert [kind for kind, _t, _x in shown] == ["warning"]
    assert "revoked" in shown[0][2]
    assert window.sync is not None
    window.sync.sync_now()
    wait_state(harness, window, "unlinked")
    assert message_boxes.take() == [], "one warning only"


# ---- threads and triggers ------------------------------------------------------------------------------------------
def test_sync_now_runs_off_the_gui_thread(harness: Harness, linked: FakeServer) -> None:
    window = sign_in(harness, ADMIN, ADMIN_PASSWORD)
    wait_state(harness, window, "synced")
    before = len(linked.sync_threads)
    window = harness.activate()
    assert window.sync is not None
    with harness.qtbot.waitSignal(window.sync.sig_done, timeout=WAIT_MS):
        harness.qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier
                               | Qt.KeyboardModifier.ShiftModifier)
    harness.settle()
    assert len(linked.sync_threads) == before + 1
    gui = threading.current_thread()
    assert all(t is not gui and t.name.startswith("fieldops-net") for t in linked.sync_threads)
    assert window.sync.last_thread.startswith("fieldops-net")


def test_requests_while_a_sync_runs_are_coalesced(harness: Harness, linked: FakeServer) -> None:
    window = sign_in(harness, ADMIN, ADMIN_PASSWORD)
    wait_state(harness, window, "synced")
    sync = window.sync
    assert sync is not None
    before = len(linked.sync_threads)
    linked.gate = threading.Event()
    sync.sync_now()
    harness.qtbot.waitUntil(lambda: len(linked.sync_threads) == before + 1, timeout=WAIT_MS)
    for _ in range(3):
        sync.sync_now()
        sync.request_sync()
    assert sync.running
    linked.gate.set()
    harness.qtbot.waitUntil(lambda: len(linked.sync_threads) == before + 2 and not sync.running, timeout=WAIT_MS)
    harness.settle()
    assert len(linked.sync_threads) == before + 2, "six requests during a round: one more round"


def test_a_local_change_is_sent_shortly_after(harness: Harness, linked: FakeServer, fast_timers: None) -> None:
    window = sign_in(harness, ADMIN, ADMIN_PASSWORD)
    wait_state(harness, window, "synced")
    before = len(linked.sync_threads)
    from ui.ops import Op

    fo = harness.c.st.require_fo()
    agency = factories.agency_id(fo)
    Op(window, lambda f: f.users.create(username="pkalns", full_name="Pēteris Kalns", agency_id=agency,
                                        roles=("officer",), badge_no=None, password=None)).run()
    harness.qtbot.waitUntil(lambda: len(linked.sync_threads) > before, timeout=WAIT_MS)
    wait_state(harness, window, "synced")
    user_id = factories.scalar(fo, "SELECT id FROM user WHERE username = 'pkalns'")
    assert user_id in linked.pushed
    assert window.sync is not None and window.sync.status is not None and window.sync.status.pending == 0


# ---- the Sync page ---------------------------------------------------------------------------------------------------
def test_a_refused_change_is_listed_with_its_reason_and_can_be_dismissed(
        harness: Harness, linked: FakeServer, home: Path, officer: Person,
        officer_operation: tuple[str, str]) -> None:
    op_id, number = officer_operation
    linked.refuse[op_id] = {"status": "rejected_locked"}
    window = sign_in(harness, officer.username, officer.password)
    wait_state(harness, window, "synced")
    assert "1 refused" in window.status_waiting.text()
    page = sync_page(harness, window)
    assert page.tabs.tabText(1) == "Refused by the server (1)"
    assert column(page.refused_table, 2) == [number]
    assert column(page.refused_table, 1) == ["Operation – new"]
    assert column(page.refused_table, 3) == [officer.full_name]
    assert column(page.refused_table, 4) == [LOCKED_TEXT]
    # The administrator made the officer's account here: it waits for the administrator's own sync.
    assert column(page.waiting_table, 1) == ["User – new"]
    assert column(page.waiting_table, 2) == [officer.full_name]
    assert column(page.waiting_table, 3) == [ADMIN_NAME]
    others = re.compile(r"made by (another person|other people)")  # one or several: the plural form differs
    assert others.search(page.waiting_note.text())
    assert others.search(window.status_waiting.toolTip())
    assert not page.dismiss_button.isEnabled(), "nothing selected"

    page.refused_table.selectRow(0)
    assert page.dismiss_button.isEnabled()
    harness.qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    harness.qtbot.waitUntil(lambda: page.refused_table.rowCount() == 0, timeout=WAIT_MS)
    harness.settle()
    assert page.tabs.tabText(1) == "Refused by the server (0)"
    assert "refused" not in window.status_waiting.text()
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        assert factories.rows(fo, "SELECT state FROM outbox WHERE entity_id = :i", i=op_id) == [("dismissed",)]
    finally:
        fo.close()


def test_the_other_refusal_reasons_in_words() -> None:
    from ui.views.sync import refusal

    assert refusal("rejected_immutable", None).startswith("The operation is approved: your change was not applied")
    assert "draft amendment" in refusal("rejected_immutable", None)
    assert "start after end" in refusal("rejected_invalid", "start after end")
    assert "may not make this change" in refusal("rejected_forbidden", None)
    assert refusal("rejected_other", "why") == "why"


def conflict(op_id: str, field: str, server_value: Any, client_value: Any, cid: str = "c-1") -> dict[str, Any]:
    return {"id": cid, "entity": "operation", "entity_id": op_id, "field": field, "base_version": 1,
            "server_value": server_value, "client_value": client_value, "op_id": "op-x", "user_id": "u",
            "resolved": False}


@pytest.fixture
def conflict_page(harness: Harness, linked: FakeServer, officer: Person,
                  officer_operation: tuple[str, str]) -> SyncView:
    op_id, _number = officer_operation
    linked.conflicts = [conflict(op_id, "area_name", "Nīca", "Rucava", "c-1"),
                        conflict(op_id, "narrative", "Quiet night.\nOne stop.", "Quiet night.\nTwo stops.", "c-2")]
    window = sign_in(harness, officer.username, officer.password)
    wait_state(harness, window, "synced")
    page = sync_page(harness, window)
    harness.qtbot.waitUntil(lambda: page.conflict_table.rowCount() == 2, timeout=WAIT_MS)
    return page


def test_conflicts_show_both_values_side_by_side(conflict_page: SyncView,
                                                 officer_operation: tuple[str, str]) -> None:
    page = conflict_page
    _op_id, number = officer_operation
    assert page.tabs.tabText(2) == "Conflicts to resolve (2)"
    assert column(page.conflict_table, 0) == [f"Operation {number}"] * 2
    assert column(page.conflict_table, 1) == ["Area", "Narrative"]
    assert column(page.conflict_table, 2) == ["Nīca", "Quiet night.\nOne stop."]
    assert column(page.conflict_table, 3) == ["Rucava", "Quiet night.\nTwo stops."]
    assert not page.use_mine_button.isEnabled(), "nothing selected"


@pytest.mark.parametrize(("button", "expected"), [("use_mine_button", "Rucava"), ("keep_server_button", "Nīca")])
def test_resolving_sends_the_chosen_value_then_syncs(harness: Harness, conflict_page: SyncView, linked: FakeServer,
                                                     button: str, expected: str) -> None:
    page = conflict_page
    before = len(linked.sync_threads)
    page.select_conflict("c-1")
    harness.qtbot.mouseClick(getattr(page, button), Qt.MouseButton.LeftButton)
    harness.qtbot.waitUntil(lambda: page.conflict_table.rowCount() == 1, timeout=WAIT_MS)
    harness.settle()
    assert linked.resolved == [("c-1", expected)]
    assert len(linked.sync_threads) > before, "a sync fetches the resolved record"
    assert column(page.conflict_table, 1) == ["Narrative"]


def test_edit_resolves_with_a_written_value(harness: Harness, conflict_page: SyncView, linked: FakeServer,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    page = conflict_page
    dialogs: list[ConflictDialog] = []

    def write(self: ConflictDialog) -> int:
        dialogs.append(self)
        self.show()
        assert self.multiline, "a narrative is edited in a multi-line editor"
        assert self.server_view.toPlainText() == "Quiet night.\nOne stop."
        assert self.client_view.toPlainText() == "Quiet night.\nTwo stops."
        assert self.text() == "Quiet night.\nOne stop.", "prefilled with the server's value"
        harness.qtbot.mouseClick(self.take_client, Qt.MouseButton.LeftButton)
        assert self.text() == "Quiet night.\nTwo stops."
        self.set_text("Quiet night.\nTwo stops, one warning.")
        self.submit()
        return self.result()

    monkeypatch.setattr(ConflictDialog, "exec", write)
    page.select_conflict("c-2")
    harness.qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    harness.qtbot.waitUntil(lambda: page.conflict_table.rowCount() == 1, timeout=WAIT_MS)
    harness.settle()
    assert len(dialogs) == 1
    assert linked.resolved == [("c-2", "Quiet night.\nTwo stops, one warning.")]


def test_a_conflict_of_this_laptop_leaves_the_status_bar_once_resolved(
        harness: Harness, linked: FakeServer, home: Path, officer: Person,
        officer_operation: tuple[str, str]) -> None:
    op_id, number = officer_operation
    linked.conflict_on[op_id] = ("area_name", "Pape")  # the area was written differently elsewhere
    window = sign_in(harness, officer.username, officer.password)
    wait_state(harness, window, "synced")
    assert "1 conflict" in window.status_waiting.text()
    page = sync_page(harness, window)
    harness.qtbot.waitUntil(lambda: page.conflict_table.rowCount() == 1, timeout=WAIT_MS)
    assert page.conflicts[0].mine, "this laptop's change"
    assert [column(page.conflict_table, c) for c in range(4)] == [
        [f"Operation {number}"], ["Area"], ["Pape"], ["Nīca"]]
    conflict_id = page.conflicts[0].id
    page.select_conflict(conflict_id)
    harness.qtbot.mouseClick(page.use_mine_button, Qt.MouseButton.LeftButton)
    harness.qtbot.waitUntil(lambda: "conflict" not in window.status_waiting.text(), timeout=WAIT_MS)
    harness.settle()
    assert linked.resolved == [(conflict_id, "Nīca")]
    assert page.conflict_table.rowCount() == 0 and page.tabs.tabText(2) == "Conflicts to resolve (0)"
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        assert factories.rows(fo, "SELECT state FROM outbox WHERE entity_id = :i", i=op_id) == [("resolved",)]
    finally:
        fo.close()


def test_offline_the_conflicts_need_a_connection(harness: Harness, linked: FakeServer, fast_timers: None,
                                                 officer: Person, officer_operation: tuple[str, str]) -> None:
    op_id, _number = officer_operation
    linked.conflicts = [conflict(op_id, "area_name", "Nīca", "Rucava")]
    window = sign_in(harness, officer.username, officer.password)
    wait_state(harness, window, "synced")
    page = sync_page(harness, window)
    harness.qtbot.waitUntil(lambda: page.conflict_table.rowCount() == 1, timeout=WAIT_MS)
    linked.reachable = False
    assert window.sync is not None
    window.sync.sync_now()
    wait_state(harness, window, "offline")
    assert page.conflict_table.rowCount() == 0
    assert "needs a connection" in page.conflict_note.text()
    assert "cannot be reached" in page.state_label.text()
    linked.reachable = True
    wait_state(harness, window, "synced")
    harness.qtbot.waitUntil(lambda: page.conflict_table.rowCount() == 1, timeout=WAIT_MS)


# ---- the conflict dialog on its own -------------------------------------------------------------------------------
def test_conflict_dialog_for_a_short_field_and_typed_values(qtbot: Any) -> None:
    dialog = ConflictDialog("Operation KRP-1", "area_name", "Area", "Nīca", "Rucava")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.multiline and dialog.text() == "Nīca"
    dialog.set_text("Pape")
    dialog.submit()
    assert dialog.result() == ConflictDialog.DialogCode.Accepted and dialog.value() == "Pape"

    numbers = ConflictDialog("Check", "lat", "Latitude", 56.5, 56.6)
    qtbot.addWidget(numbers)
    numbers.show()
    numbers.set_text("not a number")
    numbers.submit()
    assert numbers.result() != ConflictDialog.DialogCode.Accepted and numbers.error.isVisible()
    numbers.set_text("56.55")
    numbers.submit()
    assert numbers.value() == 56.55
    assert parse_value("true", False) is True and parse_value('{"a": 1}', {"b": 2}) == {"a": 1}
