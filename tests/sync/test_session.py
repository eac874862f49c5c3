"""The laptop's server link and session against the real server process (`fieldops server` on PostgreSQL):
enrollment, online sign-in, stored refresh tokens, token refresh, revocation, unreachable server; and the
mapping of failures to typed errors with a mock transport."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update

from fieldops.app import FieldOps
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models.enums import Role
from fieldops.server import auth, schema
from fieldops.sync import session as sess
from fieldops.sync.session import ServerLink, ServerSession, enroll, forget_link, load_link, push_account
from tests import factories
from tests.server import conftest as server_fixtures
from tests.server.conftest import (
    PASSWORD,
    SECRET,
    LiveServer,
    ServerDb,
    enrollment_code,
    free_port,
    make_account,
    make_admin,
)

# The server fixtures, by name (tests/server/conftest.py is not a conftest of this directory).
pg_url = server_fixtures.pg_url
server_db = server_fixtures.server_db
live_server = server_fixtures.live_server


def audit_details(fo: FieldOps, entity: str = "device") -> list[dict[str, Any]]:
    return [json.loads(d) if isinstance(d, str) else d for (d,) in factories.rows(
        fo, "SELECT details FROM audit_event WHERE entity = :e ORDER BY seq", e=entity)]


def sync_keys(fo: FieldOps) -> dict[str, str]:
    return dict(factories.rows(fo, "SELECT key, value FROM sync_state WHERE key LIKE 'server.%'"))


@pytest.fixture
def linked(fo: FieldOps, live_server: LiveServer, server_db: ServerDb) -> ServerLink:
    """The template workspace enrolled to the live server, where its administrator `admin` has an account with
    the same id (password PASSWORD), as `fieldops server seed-workspace` makes it."""
    make_admin(server_db.engine, "admin", account_id=fo.user.id)
    return enroll(fo, live_server.url + "/", enrollment_code(server_db.engine, "LPP"), "LV-LAPTOP-07")


def expired_access(session: ServerSession) -> str:
    """An access token of the session's user and device that the server will find expired."""
    assert session.user_id
    token, _ = auth.issue_token(SECRET, sub=session.user_id, dev=session.link.device_id, kind="access",
                                now=time.time() - 3600, ttl=60)
    return token


# ---- against the real server --------------------------------------------------------------------------------
def test_enroll_stores_the_link_in_the_workspace(fo: FieldOps, linked: ServerLink, live_server: LiveServer,
                                                 server_db: ServerDb) -> None:
    assert linked.url == live_server.url and linked.device_id == fo.device_id, "the laptop keeps its own id"
    assert load_link(fo) == linked and linked.server_url == linked.url
    assert "device_secret" not in repr(linked)
    keys = sync_keys(fo)
    assert keys[sess.KEY_DEVICE_SECRET] == linked.device_secret
    with server_db.engine.connect() as conn:
        [dev] = conn.execute(select(schema.device)).all()
    assert dev.id == linked.device_id and dev.name == "LV-LAPTOP-07" and dev.agency_id == linked.agency_id
    assert audit_details(fo) == [{"server_link": "enrolled", "server": live_server.url}]
    assert fo.audit.verify().ok


def test_enroll_refuses_a_used_code_and_non_administrators(fo: FieldOps, live_server: LiveServer,
                                                          server_db: ServerDb) -> None:
    code = enrollment_code(server_db.engine)
    enroll(fo, live_server.url, code, "first")
    with pytest.raises(FieldOpsError) as used:
        enroll(fo, live_server.url, code, "again")
    assert (used.value.code, used.value.field, used.value.params["detail"]) == (
        ErrorCode.INVALID, "code", "enroll.code_used")
    officer = factories.login(fo, factories.user(fo, Role.OFFICER))
    try:
        with pytest.raises(FieldOpsError) as refused:
            enroll(officer, live_server.url, enrollment_code(server_db.engine), "mine")
        assert refused.value.code == ErrorCode.NOT_PERMITTED
    finally:
        officer.close()
    with pytest.raises(FieldOpsError) as bad_url:
        enroll(fo, "ftp://example.org", "x", "n")
    assert bad_url.value.field == "url"


def test_login_request_refresh_and_resume(fo: FieldOps, linked: ServerLink) -> None:
    with ServerSession(linked) as session:
        user = session.login("admin", PASSWORD)
        assert user["username"] == "admin" and session.user_id == user["id"]
        session.store_refresh(fo)
        assert sync_keys(fo)[sess.REFRESH_PREFIX + user["id"]] == session.refresh_token
        assert session.request("GET", "/v1/me").json()["id"] == user["id"]

        # The access token expired: one refresh (rotated and stored again), then the request goes through.
        before = session.refresh_token
        session.access_token = expired_access(session)
        assert session.request("GET", "/v1/me").status_code == 200
        assert session.refresh_token != before
        assert sync_keys(fo)[sess.REFRESH_PREFIX + user["id"]] == session.refresh_token
        # Other 4xx answers are the caller's to read.
        assert session.request("GET", "/v1/admin/users/none").status_code == 405

    # A later start after an offline sign-in: the stored refresh token carries the session.
    later = ServerSession.resume(fo)
    assert later is not None
    with later:
        assert later.access_token is None
        assert later.request("GET", "/v1/me").json()["username"] == "admin"
        assert later.json("GET", "/v1/admin/users")[0]["username"] == "admin"


def test_two_sessions_of_one_workspace_share_the_refresh_token(fo: FieldOps, linked: ServerLink) -> None:
    first = ServerSession(linked)
    first.login("admin", PASSWORD)
    first.store_refresh(fo)
    second = ServerSession.resume(fo)  # e.g. the Admin screen next to the sync controller
    assert second is not None
    second.request("GET", "/v1/me")  # refreshes: rotates the stored token
    first.access_token = expired_access(first)
    assert first.request("GET", "/v1/me").status_code == 200, "the first one reads the newest stored token"
    second.access_token = expired_access(second)
    assert second.request("GET", "/v1/me").status_code == 200
    first.close()
    second.close()


def test_wrong_password_and_missing_refresh_token(fo: FieldOps, linked: ServerLink, server_db: ServerDb) -> None:
    with ServerSession(linked) as session:
        with pytest.raises(FieldOpsError) as wrong:
            session.login("admin", "not-the-password")
        assert (wrong.value.code, wrong.value.field) == (ErrorCode.WRONG_PASSWORD, "password")
        with pytest.raises(FieldOpsError) as no_token:
            session.request("GET", "/v1/me")
        assert no_token.value.code == ErrorCode.SERVER_AUTH
    assert ServerSession.resume(fo) is None, "nobody signed in online on this laptop yet"

    # A password reset on the server ends the session: SERVER_AUTH, and the stored token is dropped.
    with ServerSession(linked) as session:
        user = session.login("admin", PASSWORD)
        session.store_refresh(fo)
        with server_db.engine.begin() as conn:
            conn.execute(schema.server_meta.delete())
        session.access_token = None
        with pytest.raises(FieldOpsError) as ended:
            session.request("GET", "/v1/me")
        assert ended.value.code == ErrorCode.SERVER_AUTH
    assert sess.REFRESH_PREFIX + user["id"] not in sync_keys(fo)


def test_revoked_device_wipes_the_link(fo: FieldOps, linked: ServerLink, server_db: ServerDb) -> None:
    session = ServerSession(linked)
    session.login("admin", PASSWORD)
    session.store_refresh(fo)
    with server_db.engine.begin() as conn:
        conn.execute(update(schema.device).values(revoked_at=auth.datetime.now(auth.UTC)))
    with pytest.raises(FieldOpsError) as revoked:
        session.request("GET", "/v1/me")
    assert revoked.value.code == ErrorCode.DEVICE_REVOKED
    assert load_link(fo) is None and sync_keys(fo) == {}
    assert audit_details(fo)[-1] == {"server_link": "removed", "reason": "revoked"}
    forget_link(fo)  # a second caller (the sync controller) finds nothing more to forget
    assert len(audit_details(fo)) == 2
    with pytest.raises(FieldOpsError) as again:
        ServerSession(linked).login("admin", PASSWORD)
    assert again.value.code == ErrorCode.DEVICE_REVOKED
    session.close()


def test_unreachable_server_then_back(fo: FieldOps, linked: ServerLink, live_server: LiveServer) -> None:
    session = ServerSession(linked, timeout=5)
    session.login("admin", PASSWORD)
    live_server.kill()
    with pytest.raises(FieldOpsError) as down:
        session.request("GET", "/v1/me")
    assert down.value.code == ErrorCode.SERVER_UNREACHABLE
    live_server.restart()
    assert session.request("GET", "/v1/me").status_code == 200, "nothing to do but try again"
    session.close()
    with pytest.raises(FieldOpsError) as nowhere:
        enroll(fo, f"http://127.0.0.1:{free_port()}", "ABCD-EFGH-JKLM-NPQR", "x")
    assert nowhere.value.code == ErrorCode.SERVER_UNREACHABLE


def test_push_account_creates_the_laptops_user_on_the_server(fo: FieldOps, linked: ServerLink,
                                                             live_server: LiveServer, server_db: ServerDb) -> None:
    uid = factories.user(fo, Role.OFFICER, code="KAVPK", full_name="Rūta Šimkutė")
    user = fo.users.get(uid)
    with ServerSession(linked) as admin:
        admin.login("admin", PASSWORD)
        push_account(admin, uid, username=user.username, full_name=user.full_name, badge_no=user.badge_no,
                     agency_code="KAVPK", roles=["officer"], password="rutas-password")
        # Again (the id exists): an update, and the password set again.
        push_account(admin, uid, username=user.username, full_name="Rūta Šimkutė-Butkienė",
                     badge_no=user.badge_no, agency_code="KAVPK", roles=["officer"], password="rutas-password")
        with pytest.raises(FieldOpsError) as dup:
            push_account(admin, factories.agency_id(fo), username=user.username, full_name="X", badge_no=None,
                         agency_code="KAVPK", roles=["officer"])
        assert (dup.value.code, dup.value.field) == (ErrorCode.DUPLICATE, "username")
    with ServerSession(linked) as officer:
        assert officer.login(user.username, "rutas-password")["id"] == uid
        assert officer.request("GET", "/v1/me").json()["full_name"] == "Rūta Šimkutė-Butkienė"
        with pytest.raises(FieldOpsError) as forbidden:
            push_account(officer, uid, username=user.username, full_name="X", badge_no=None,
                         agency_code="KAVPK", roles=["administrator"])
        assert forbidden.value.code == ErrorCode.NOT_PERMITTED


# ---- failure mapping (mock transport) ------------------------------------------------------------------------
LINK = ServerLink("http://server.test", "dev-1", "secret", "agency-1")
TOKENS = {"access_token": "a1", "refresh_token": "r1", "expires_in": 900, "user": {"id": "u1", "username": "x"}}


def mock(handler: Callable[[httpx.Request], httpx.Response]) -> ServerSession:
    session = ServerSession(LINK, client=httpx.Client(transport=httpx.MockTransport(handler)))
    session.access_token, session.refresh_token, session.user_id = "a0", "r0", "u1"
    return session


def test_server_errors_and_timeouts_are_typed() -> None:
    def boom(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, text="maintenance")

    with pytest.raises(FieldOpsError) as error:
        mock(boom).request("GET", "/v1/me")
    assert (error.value.code, error.value.params["detail"]) == (ErrorCode.SERVER_ERROR, "503")

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(FieldOpsError) as timeout:
        mock(slow).request("GET", "/v1/me")
    assert timeout.value.code == ErrorCode.SERVER_UNREACHABLE


def test_expired_token_refreshes_once_and_both_error_body_shapes_are_read() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.url.path} {request.headers.get('authorization', '')}")
        if request.url.path == "/v1/auth/refresh":
            return httpx.Response(200, json=TOKENS)
        if request.headers["authorization"] == "Bearer a0":
            return httpx.Response(401, json={"detail": "auth.token_expired"})  # FastAPI's default shape
        return httpx.Response(200, json={"ok": True})

    session = mock(handler)
    assert session.request("GET", "/v1/me").json() == {"ok": True}
    assert seen == ["/v1/me Bearer a0", "/v1/auth/refresh ", "/v1/me Bearer a1"]
    assert session.refresh_token == "r1"

    def always_expired(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/auth/refresh":
            return httpx.Response(200, json=TOKENS)
        return httpx.Response(401, json={"error": "auth.token_expired"})

    with pytest.raises(FieldOpsError) as auth_required:
        mock(always_expired).request("GET", "/v1/me")
    assert auth_required.value.code == ErrorCode.SERVER_AUTH, "one refresh, not a loop"


def test_login_failures_are_typed() -> None:
    def answer(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> ServerSession:
        return mock(lambda _r: httpx.Response(status, json=body, headers=headers))

    cases = [(401, {"error": "auth.wrong_password"}, ErrorCode.WRONG_PASSWORD),
             (403, {"error": "auth.user_inactive"}, ErrorCode.USER_INACTIVE),
             (401, {"error": "auth.device_unknown"}, ErrorCode.DEVICE_REVOKED),
             (500, {}, ErrorCode.SERVER_ERROR)]
    for status, body, code in cases:
        with pytest.raises(FieldOpsError) as exc:
            answer(status, body).login("x", "y")
        assert exc.value.code == code, body
    with pytest.raises(FieldOpsError) as limited:
        answer(429, {"error": "auth.rate_limited"}, {"Retry-After": "42"}).login("x", "y")
    assert (limited.value.code, limited.value.params["seconds"]) == (ErrorCode.LOCKED_OUT, 42)
    assert FieldOpsError(ErrorCode.SERVER_ERROR, detail="503").english().endswith("(503). Try again later.")


def test_urls_are_normalized() -> None:
    assert sess.normalize_url(" https://srv.example:8443/fieldops/ ") == "https://srv.example:8443/fieldops"
    assert sess.normalize_url("srv.example") == "https://srv.example"
    for bad in ("", "ftp://x", "http://", "https://x/?a=1"):
        with pytest.raises(FieldOpsError):
            sess.normalize_url(bad)


def test_session_module_does_not_import_fastapi() -> None:
    import subprocess
    import sys

    code = "import sys, fieldops.sync.session; print('fastapi' in sys.modules, 'uvicorn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_the_account_helper_is_reusable(server_db: ServerDb) -> None:
    acc = make_account(server_db.engine, "plain.officer", "PMS")
    assert acc["roles"] == ["officer"] and acc["password_hash"].startswith("$argon2id$")
