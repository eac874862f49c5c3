"""Accounts, devices and sign-in on PostgreSQL: enrollment, login, rate limiting, tokens, refresh rotation,
revocation, the administrator's endpoints, users in the pull feed, validation, and the server CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from fieldops.app import FieldOps
from fieldops.keyslots import FAST_KDF
from fieldops.models.enums import Role
from fieldops.server import accounts, auth, schema
from fieldops.server.config import ACCESS_TTL
from fieldops.server.ratelimit import LoginLimiter
from tests import factories
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.server.conftest import (
    FAST_KDF_ENV,
    PASSWORD,
    Device,
    InProcess,
    ServerDb,
    bearer,
    enroll_device,
    enrollment_code,
    error_code,
    login,
    make_account,
    make_admin,
)


@pytest.fixture
def admin(api: InProcess) -> dict[str, Any]:
    return make_admin(api.engine)


@pytest.fixture
def device(api: InProcess) -> Device:
    return enroll_device(api.engine, api.client)


@pytest.fixture
def admin_tokens(api: InProcess, admin: dict[str, Any], device: Device) -> dict[str, Any]:
    return login(api.client, "admin", device)


def rows(api: InProcess, table: Any, *where: Any) -> list[dict[str, Any]]:
    with api.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(table).where(*where))]


# ---- enrollment -----------------------------------------------------------------------------------------------
def test_enrollment_code_is_single_use_and_stored_hashed(api: InProcess, admin_tokens: dict[str, Any]) -> None:
    resp = api.client.post("/v1/admin/enrollments", json={"agency_code": "KAVPK", "valid_hours": 2},
                           headers=bearer(admin_tokens))
    assert resp.status_code == 201, resp.text
    code = resp.json()["code"]
    assert len(code) == 19 and code.count("-") == 3 and resp.json()["agency_code"] == "KAVPK"
    stored = rows(api, schema.enrollment)
    assert all(code not in json.dumps(r, default=str) and normalized not in json.dumps(r, default=str)
               for r in stored for normalized in [code.replace("-", "")])

    typed = code.lower().replace("-", " ")  # typed by hand: case, spaces and dashes do not matter
    first = api.client.post("/v1/devices/enroll", json={"code": typed, "name": "LV-LAPTOP-07"})
    assert first.status_code == 200, first.text
    out = first.json()
    assert out["agency_code"] == "KAVPK" and len(out["device_secret"]) >= 40
    [dev] = rows(api, schema.device, schema.device.c.id == out["device_id"])
    assert dev["secret_hash"] == auth.sha256_hex(out["device_secret"]) and dev["name"] == "LV-LAPTOP-07"
    assert dev["enrolled_by"] == admin_tokens["user"]["id"]

    again = api.client.post("/v1/devices/enroll", json={"code": code, "name": "second"})
    assert again.status_code == 400 and error_code(again) == accounts.CODE_USED
    unknown = api.client.post("/v1/devices/enroll", json={"code": "AAAA-BBBB-CCCC-DDDD", "name": "x"})
    assert unknown.status_code == 400 and error_code(unknown) == accounts.CODE_INVALID
    with api.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.device)).scalar_one() == 2  # fixture + this


def test_enrollment_code_expires(api: InProcess) -> None:
    code = enrollment_code(api.engine, hours=24)
    api.clock.advance(24 * 3600 + 1)
    resp = api.client.post("/v1/devices/enroll", json={"code": code, "name": "late"})
    assert resp.status_code == 400 and error_code(resp) == accounts.CODE_EXPIRED


def test_enrollment_keeps_the_laptops_proposed_id_and_escrow(api: InProcess) -> None:
    wanted = "0190f2a0-1234-7abc-8def-0123456789ab"
    resp = api.client.post("/v1/devices/enroll", json={"code": enrollment_code(api.engine), "name": "a",
                                                       "device_id": wanted, "escrow_key": "AAECAw=="})
    assert resp.status_code == 200 and resp.json()["device_id"] == wanted
    [dev] = rows(api, schema.device, schema.device.c.id == wanted)
    assert dev["escrow_key"] == b"\x00\x01\x02\x03"
    # A second laptop proposing the same id gets its own.
    other = api.client.post("/v1/devices/enroll", json={"code": enrollment_code(api.engine), "name": "b",
                                                        "device_id": wanted})
    assert other.status_code == 200 and other.json()["device_id"] != wanted
    bad = api.client.post("/v1/devices/enroll", json={"code": enrollment_code(api.engine), "name": "c",
                                                      "escrow_key": "not base64!"})
    assert bad.status_code == 422


# ---- login --------------------------------------------------------------------------------------------------
def test_login_returns_tokens_and_the_account(api: InProcess, admin: dict[str, Any], device: Device) -> None:
    make_account(api.engine, "officer.lt", "KAVPK", ("officer",), badge_no="LT-77", full_name="Rūta Šimkutė")
    tokens = login(api.client, "Officer.LT ", device)  # user names are not case-sensitive
    assert tokens["token_type"] == "bearer" and tokens["expires_in"] == ACCESS_TTL
    user = tokens["user"]
    assert (user["username"], user["full_name"], user["badge_no"], user["agency_code"], user["roles"]) == (
        "officer.lt", "Rūta Šimkutė", "LT-77", "KAVPK", ["officer"])
    me = api.client.get("/v1/me", headers=bearer(tokens))
    assert me.status_code == 200 and me.json()["id"] == user["id"]
    assert "password_hash" not in me.text and "argon2" not in me.text
    [dev] = rows(api, schema.device, schema.device.c.id == device.device_id)
    assert dev["last_seen_at"] is not None
    actions = [r["action"] for r in rows(api, schema.server_audit)]
    assert "login" in actions


def test_wrong_password_and_unknown_user_get_the_same_answer(api: InProcess, admin: dict[str, Any],
                                                            device: Device) -> None:
    body = {"device_id": device.device_id, "device_secret": device.device_secret, "password": "wrong-password"}
    wrong = api.client.post("/v1/auth/login", json={**body, "username": "admin"})
    unknown = api.client.post("/v1/auth/login", json={**body, "username": "nobody"})
    for resp in (wrong, unknown):
        assert resp.status_code == 401
        assert resp.json() == {"error": "auth.wrong_password"}
        assert resp.headers["www-authenticate"] == "Bearer"
    failed = [r for r in rows(api, schema.server_audit) if r["action"] == "login_failed"]
    assert len(failed) == 2 and "wrong-password" not in json.dumps(failed, default=str)


def test_login_refuses_unknown_and_revoked_devices(api: InProcess, admin: dict[str, Any], device: Device) -> None:
    def attempt(device_id: str, secret: str) -> Any:
        return api.client.post("/v1/auth/login", json={"username": "admin", "password": PASSWORD,
                                                       "device_id": device_id, "device_secret": secret})

    assert error_code(attempt(device.device_id, "not-the-secret")) == auth.DEVICE_UNKNOWN
    assert error_code(attempt("0190f2a0-1234-7abc-8def-0123456789ab", device.device_secret)) == auth.DEVICE_UNKNOWN
    with api.engine.begin() as conn:
        accounts.revoke_device(conn, accounts.CLI, device.device_id, now=auth.datetime.now(auth.UTC))
    resp = attempt(device.device_id, device.device_secret)
    assert resp.status_code == 401 and error_code(resp) == auth.DEVICE_REVOKED


def test_inactive_account_is_refused_after_the_password_check(api: InProcess, device: Device) -> None:
    make_account(api.engine, "retired", active=False)
    resp = api.client.post("/v1/auth/login", json={"username": "retired", "password": PASSWORD,
                                                   "device_id": device.device_id,
                                                   "device_secret": device.device_secret})
    assert resp.status_code == 403 and error_code(resp) == auth.USER_INACTIVE
    wrong = api.client.post("/v1/auth/login", json={"username": "retired", "password": "not-it-at-all",
                                                    "device_id": device.device_id,
                                                    "device_secret": device.device_secret})
    assert wrong.status_code == 401, "a wrong password does not learn that the account is inactive"


def test_login_is_rate_limited_per_user_name(api: InProcess, admin: dict[str, Any], device: Device) -> None:
    api.app.state.login_limiter = LoginLimiter(clock=api.clock)
    body = {"username": "admin", "device_id": device.device_id, "device_secret": device.device_secret}
    for _ in range(5):
        assert api.client.post("/v1/auth/login", json={**body, "password": "guess-guess"}).status_code == 401
    limited = api.client.post("/v1/auth/login", json={**body, "password": PASSWORD})
    assert limited.status_code == 429 and error_code(limited) == auth.RATE_LIMITED
    assert 1 <= int(limited.headers["retry-after"]) <= 300
    make_account(api.engine, "someone.else")
    assert api.client.post("/v1/auth/login", json={**body, "username": "someone.else", "password": PASSWORD}
                           ).status_code == 200, "another user name from the same address still signs in"
    api.clock.advance(301)
    assert api.client.post("/v1/auth/login", json={**body, "password": PASSWORD}).status_code == 200


def test_login_is_rate_limited_per_address(api: InProcess, device: Device) -> None:
    api.app.state.login_limiter = LoginLimiter(clock=api.clock)
    make_account(api.engine, "real.user")
    body = {"device_id": device.device_id, "device_secret": device.device_secret, "password": "guess-guess"}
    for n in range(20):  # a spray over many user names
        assert api.client.post("/v1/auth/login", json={**body, "username": f"user{n}"}).status_code == 401
    resp = api.client.post("/v1/auth/login", json={**body, "username": "real.user", "password": PASSWORD})
    assert resp.status_code == 429


# ---- tokens ------------------------------------------------------------------------------------------------
def test_access_token_expires(api: InProcess, admin_tokens: dict[str, Any]) -> None:
    assert api.client.get("/v1/me", headers=bearer(admin_tokens)).status_code == 200
    api.clock.advance(ACCESS_TTL + 1)
    resp = api.client.get("/v1/me", headers=bearer(admin_tokens))
    assert resp.status_code == 401 and resp.json() == {"error": "auth.token_expired"}
    assert resp.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("header", ["", "Bearer", "Basic abc", "Bearer abc.def", "Bearer a.b.c"])
def test_missing_or_malformed_tokens_are_refused(api: InProcess, header: str) -> None:
    resp = api.client.get("/v1/me", headers={"Authorization": header} if header else {})
    assert resp.status_code == 401 and error_code(resp) == auth.TOKEN_INVALID


def test_tampered_or_wrong_kind_tokens_are_refused(api: InProcess, admin_tokens: dict[str, Any]) -> None:
    payload, mac = admin_tokens["access_token"].split(".")
    claims = json.loads(auth._b64d(payload))
    claims["sub"] = "someone-else"
    forged = auth._b64e(json.dumps(claims).encode()) + "." + mac
    for token in (forged, admin_tokens["refresh_token"]):
        resp = api.client.get("/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert resp.status_code == 401 and error_code(resp) == auth.TOKEN_INVALID
    other_key, _ = auth.issue_token(b"another-server", sub=claims["sub"], dev=claims["dev"], kind="access")
    assert api.client.get("/v1/me", headers={"Authorization": f"Bearer {other_key}"}).status_code == 401


def _refresh(api: InProcess, device: Device, token: str) -> Any:
    return api.client.post("/v1/auth/refresh", json={"refresh_token": token, "device_id": device.device_id,
                                                     "device_secret": device.device_secret})


def test_refresh_rotates_and_a_replayed_token_ends_the_session(api: InProcess, admin_tokens: dict[str, Any],
                                                              device: Device) -> None:
    api.clock.advance(ACCESS_TTL + 1)
    first = _refresh(api, device, admin_tokens["refresh_token"])
    assert first.status_code == 200, first.text
    new = first.json()
    assert new["refresh_token"] != admin_tokens["refresh_token"]
    assert api.client.get("/v1/me", headers=bearer(new)).status_code == 200

    # Within the grace period the previous token works once more (the reply may have been lost) ...
    retry = _refresh(api, device, admin_tokens["refresh_token"])
    assert retry.status_code == 200
    newest = retry.json()

    def jti(token: str) -> str:
        return str(json.loads(auth._b64d(token.split(".")[0]))["jti"])

    assert jti(newest["refresh_token"]) == jti(new["refresh_token"]), "the retry joins the current session"
    # ... after it, presenting an old token is a replay: the session ends, the newest token too.
    api.clock.advance(accounts.REFRESH_GRACE + 1)
    replay = _refresh(api, device, admin_tokens["refresh_token"])
    assert replay.status_code == 401 and error_code(replay) == auth.TOKEN_INVALID
    assert error_code(_refresh(api, device, newest["refresh_token"])) == auth.TOKEN_INVALID


def test_refresh_needs_the_same_device_and_its_secret(api: InProcess, admin_tokens: dict[str, Any],
                                                      device: Device) -> None:
    other = enroll_device(api.engine)
    resp = api.client.post("/v1/auth/refresh", json={"refresh_token": admin_tokens["refresh_token"],
                                                     "device_id": other.device_id,
                                                     "device_secret": other.device_secret})
    assert resp.status_code == 401 and error_code(resp) == auth.TOKEN_INVALID
    resp = api.client.post("/v1/auth/refresh", json={"refresh_token": admin_tokens["refresh_token"],
                                                     "device_id": device.device_id, "device_secret": "wrong"})
    assert error_code(resp) == auth.DEVICE_UNKNOWN
    api.clock.advance(31 * 24 * 3600)
    assert error_code(_refresh(api, device, admin_tokens["refresh_token"])) == auth.TOKEN_EXPIRED


def test_revoked_device_is_refused_on_its_next_call(api: InProcess, admin_tokens: dict[str, Any],
                                                    device: Device) -> None:
    make_account(api.engine, "officer.lv")
    laptop = enroll_device(api.engine, api.client, name="patrol laptop")
    officer = login(api.client, "officer.lv", laptop)
    assert api.client.get("/v1/me", headers=bearer(officer)).status_code == 200

    listed = api.client.get("/v1/admin/devices", headers=bearer(admin_tokens)).json()
    assert {d["name"] for d in listed} >= {"patrol laptop"}
    resp = api.client.post(f"/v1/admin/devices/{laptop.device_id}/revoke", headers=bearer(admin_tokens))
    assert resp.status_code == 200 and resp.json()["revoked_at"] is not None

    refused = api.client.get("/v1/me", headers=bearer(officer))
    assert refused.status_code == 401 and refused.json() == {"error": "auth.device_revoked"}
    assert error_code(_refresh(api, laptop, officer["refresh_token"])) == auth.DEVICE_REVOKED
    assert api.client.get("/v1/me", headers=bearer(admin_tokens)).status_code == 200, "other devices go on"
    missing = api.client.post("/v1/admin/devices/0190f2a0-1234-7abc-8def-0123456789ab/revoke",
                              headers=bearer(admin_tokens))
    assert missing.status_code == 404


def test_deactivated_user_is_refused_on_the_next_call(api: InProcess, admin_tokens: dict[str, Any],
                                                      device: Device) -> None:
    acc = make_account(api.engine, "leaving")
    tokens = login(api.client, "leaving", device)
    resp = api.client.patch(f"/v1/admin/users/{acc['id']}", json={"active": False}, headers=bearer(admin_tokens))
    assert resp.status_code == 200 and resp.json()["active"] is False
    refused = api.client.get("/v1/me", headers=bearer(tokens))
    assert refused.status_code == 401 and error_code(refused) == auth.USER_INACTIVE
    assert _refresh(api, device, tokens["refresh_token"]).status_code == 403


def test_password_reset_ends_refresh_sessions(api: InProcess, admin_tokens: dict[str, Any], device: Device) -> None:
    acc = make_account(api.engine, "forgetful")
    tokens = login(api.client, "forgetful", device)
    resp = api.client.post(f"/v1/admin/users/{acc['id']}/password", json={"password": "brand-new-pass"},
                           headers=bearer(admin_tokens))
    assert resp.status_code == 204
    assert error_code(_refresh(api, device, tokens["refresh_token"])) == auth.TOKEN_INVALID
    login(api.client, "forgetful", device, password="brand-new-pass")
    short = api.client.post(f"/v1/admin/users/{acc['id']}/password", json={"password": "short"},
                            headers=bearer(admin_tokens))
    assert short.status_code == 422 and error_code(short) == "auth.weak_password"


# ---- administration -----------------------------------------------------------------------------------------
def admin_routes(api: InProcess) -> list[tuple[str, str]]:
    """Every administrator endpoint, from the OpenAPI schema (a new one is covered without editing the test)."""
    found = []
    for path, operations in api.app.openapi()["paths"].items():
        if path.startswith("/v1/admin"):
            for method in operations:
                found.append((method.upper(), path.replace("{account_id}", "x").replace("{device_id}", "x")))
    return found


@pytest.mark.parametrize("roles", [("officer",), ("supervisor", "equipment_manager")])
def test_non_administrators_get_403_on_every_admin_endpoint(api: InProcess, device: Device,
                                                            roles: tuple[str, ...]) -> None:
    make_account(api.engine, "someone", roles=roles)
    tokens = login(api.client, "someone", device)
    routes = admin_routes(api)
    assert len(routes) == 11, routes
    bodies = {"POST": {}, "PATCH": {"full_name": "X"}}
    for method, path in routes:
        resp = api.client.request(method, path, headers=bearer(tokens), json=bodies.get(method))
        assert resp.status_code == 403, (method, path, resp.text)
        assert error_code(resp) == auth.NOT_PERMITTED
        anonymous = api.client.request(method, path, json=bodies.get(method))
        assert anonymous.status_code == 401, (method, path)
    assert all(r["used_at"] for r in rows(api, schema.enrollment)), "no code was made by a non-administrator"


def test_admin_creates_and_edits_users(api: InProcess, admin_tokens: dict[str, Any], device: Device) -> None:
    laptop_id = "0190f2a0-1234-7abc-8def-0123456789ab"
    resp = api.client.post("/v1/admin/users", headers=bearer(admin_tokens), json={
        "id": laptop_id, "username": "Rlace", "full_name": "Rasa Lace", "badge_no": "LV-1",
        "agency_code": "LPP", "roles": ["officer", "supervisor"], "password": "night-shift-7"})
    assert resp.status_code == 201, resp.text
    user = resp.json()
    assert (user["id"], user["username"], user["agency_code"], user["roles"], user["has_password"]) == (
        laptop_id, "rlace", "LPP", ["officer", "supervisor"], True)
    login(api.client, "rlace", device, password="night-shift-7")

    listed = api.client.get("/v1/admin/users", headers=bearer(admin_tokens)).json()
    assert {u["username"] for u in listed} == {"admin", "rlace"}

    resp = api.client.patch(f"/v1/admin/users/{laptop_id}", headers=bearer(admin_tokens), json={
        "full_name": "Rasa Lace-Ozola", "agency_id": "KAVPK", "roles": ["officer"], "badge_no": None})
    assert resp.status_code == 200, resp.text
    assert (resp.json()["full_name"], resp.json()["agency_code"], resp.json()["roles"],
            resp.json()["badge_no"]) == ("Rasa Lace-Ozola", "KAVPK", ["officer"], None)
    assert api.client.patch("/v1/admin/users/0190f2a0-0000-7000-8000-000000000000", json={"active": False},
                            headers=bearer(admin_tokens)).status_code == 404
    audit = [(r["action"], r["user_id"]) for r in rows(api, schema.server_audit) if r["entity"] == "account"]
    assert ("account_create", admin_tokens["user"]["id"]) in audit
    assert ("account_update", admin_tokens["user"]["id"]) in audit
    assert "night-shift-7" not in json.dumps(rows(api, schema.server_audit), default=str)


def test_duplicates_are_409(api: InProcess, admin_tokens: dict[str, Any]) -> None:
    make_account(api.engine, "taken", badge_no="B-1")
    base = {"full_name": "Someone", "agency_code": "VP-KRP", "roles": ["officer"]}
    dup = api.client.post("/v1/admin/users", json={**base, "username": "TAKEN"}, headers=bearer(admin_tokens))
    assert dup.status_code == 409 and error_code(dup) == accounts.DUPLICATE_USERNAME
    badge = api.client.post("/v1/admin/users", json={**base, "username": "fresh", "badge_no": "B-1"},
                            headers=bearer(admin_tokens))
    assert badge.status_code == 409 and error_code(badge) == accounts.DUPLICATE_BADGE
    same_id = api.client.post("/v1/admin/users", json={**base, "username": "fresh2", "id": admin_tokens["user"]["id"]},
                              headers=bearer(admin_tokens))
    assert same_id.status_code == 409 and error_code(same_id) == accounts.ACCOUNT_EXISTS
    with api.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.account)).scalar_one() == 2


@pytest.mark.parametrize("field, value", [
    ("username", "u" * 65), ("full_name", "N" * 121), ("badge_no", "B" * 33), ("password", "p" * 257),
    ("roles", []), ("roles", ["sheriff"]), ("id", "not-a-uuid"), ("agency_code", "X" * 17), ("extra", 1),
])
def test_oversized_or_invalid_fields_are_422_and_nothing_is_written(api: InProcess, admin_tokens: dict[str, Any],
                                                                    field: str, value: Any) -> None:
    body = {"username": "valid.name", "full_name": "Valid Name", "agency_code": "VP-KRP", "roles": ["officer"],
            field: value}
    resp = api.client.post("/v1/admin/users", json=body, headers=bearer(admin_tokens))
    assert resp.status_code == 422, resp.text
    with api.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.account)).scalar_one() == 1


@pytest.mark.parametrize("body", [
    {"username": "bad name!", "full_name": "X", "agency_code": "VP-KRP", "roles": ["officer"]},
    {"username": "weak", "full_name": "X", "agency_code": "VP-KRP", "roles": ["officer"], "password": "short"},
    {"username": "noagency", "full_name": "X", "agency_code": "NOPE", "roles": ["officer"]},
    {"username": "blank", "full_name": "   ", "agency_code": "VP-KRP", "roles": ["officer"]},
])
def test_the_local_apps_validation_rules_hold(api: InProcess, admin_tokens: dict[str, Any],
                                              body: dict[str, Any]) -> None:
    resp = api.client.post("/v1/admin/users", json=body, headers=bearer(admin_tokens))
    assert resp.status_code == 422 and resp.json().get("field"), resp.text


def test_oversized_login_fields_are_422(api: InProcess, device: Device) -> None:
    for field, size in (("username", 65), ("password", 257), ("device_secret", 129), ("device_id", 37)):
        body = {"username": "a", "password": "b", "device_id": device.device_id,
                "device_secret": device.device_secret, field: "x" * size}
        assert api.client.post("/v1/auth/login", json=body).status_code == 422, field
    assert api.client.post("/v1/devices/enroll", json={"code": "x" * 65, "name": "n"}).status_code == 422
    assert api.client.post("/v1/devices/enroll", json={"code": "ABCD-EFGH", "name": "n" * 121}).status_code == 422


def test_nul_characters_are_422_not_500(api: InProcess, admin_tokens: dict[str, Any], device: Device) -> None:
    """PostgreSQL text cannot hold NUL: such input is refused before it reaches the database."""
    login_body = {"username": "admin", "password": "x", "device_id": device.device_id,
                  "device_secret": device.device_secret}
    for field in ("username", "device_id", "device_secret"):
        resp = api.client.post("/v1/auth/login", json={**login_body, field: "a\x00b"})
        assert resp.status_code == 422, (field, resp.text)
    assert api.client.post("/v1/devices/enroll", json={"code": "ABCD-EFGH", "name": "a\x00"}).status_code == 422
    user = {"username": "valid.name", "full_name": "Valid Name", "agency_code": "VP-KRP", "roles": ["officer"]}
    for field in ("full_name", "badge_no", "agency_code", "agency_id"):
        resp = api.client.post("/v1/admin/users", json={**user, field: "x\x00"}, headers=bearer(admin_tokens))
        assert resp.status_code == 422, (field, resp.text)
    assert api.client.patch("/v1/admin/users/a%00b", json={"full_name": "X"},
                            headers=bearer(admin_tokens)).status_code == 422
    assert api.client.post("/v1/admin/devices/a%00b/revoke", headers=bearer(admin_tokens)).status_code == 422
    # The enrollment code is only hashed: a NUL in it is just a wrong code.
    assert api.client.post("/v1/devices/enroll", json={"code": "AB\x00CD", "name": "n"}).status_code == 400


def test_the_last_administrator_stays(api: InProcess, admin_tokens: dict[str, Any]) -> None:
    me = admin_tokens["user"]["id"]
    for change in ({"active": False}, {"roles": ["officer"]}):
        resp = api.client.patch(f"/v1/admin/users/{me}", json=change, headers=bearer(admin_tokens))
        assert resp.status_code == 409 and error_code(resp) == accounts.LAST_ADMIN
    make_admin(api.engine, "second.admin")
    assert api.client.patch(f"/v1/admin/users/{me}", json={"roles": ["officer", "supervisor"]},
                            headers=bearer(admin_tokens)).status_code == 200


# ---- the pull feed ------------------------------------------------------------------------------------------
def test_accounts_are_user_records_in_the_feed_without_password_hashes(
        api: InProcess, admin_tokens: dict[str, Any]) -> None:
    resp = api.client.post("/v1/admin/users", headers=bearer(admin_tokens), json={
        "username": "ilze", "full_name": "Ilze Vītola", "agency_code": "KAVPK", "roles": ["officer"],
        "badge_no": "LT-5", "password": "night-shift-7"})
    uid = resp.json()["id"]
    api.client.patch(f"/v1/admin/users/{uid}", json={"full_name": "Ilze Vītola-Bērziņa"}, headers=bearer(admin_tokens))
    api.client.post(f"/v1/admin/users/{uid}/password", json={"password": "other-pass-9"}, headers=bearer(admin_tokens))

    [rec] = rows(api, schema.record, schema.record.c.entity == "user", schema.record.c.id == uid)
    assert rec["agency_id"] == "*" and rec["shared_with"] == [] and rec["status"] is None
    assert rec["version"] == 2
    kavpk = resp.json()["agency_id"]
    assert {k: v for k, v in rec["data"].items()} == {
        "username": "ilze", "full_name": "Ilze Vītola-Bērziņa", "badge_no": "LT-5", "agency_id": kavpk,
        "agency_code": "KAVPK", "roles": ["officer"], "active": True}
    assert rec["field_versions"]["full_name"] == 2 and rec["field_versions"]["username"] == 1
    assert rec["field_hlc"]["full_name"] == ""

    log = rows(api, schema.change_log, schema.change_log.c.entity_id == uid)
    assert [(r["entity"], r["version"], r["agency_id"]) for r in log] == [("user", 1, "*"), ("user", 2, "*")]
    assert rec["seq"] == log[-1]["seq"]
    assert log[-1]["data"]["full_name"] == "Ilze Vītola-Bērziņa"
    [acc] = rows(api, schema.account, schema.account.c.id == uid)
    assert acc["version"] == 2 and acc["password_hash"].startswith("$argon2id$")
    everything = json.dumps([rows(api, schema.record), rows(api, schema.change_log),
                             rows(api, schema.server_audit)], default=str)
    assert "argon2" not in everything and "night-shift-7" not in everything and "other-pass-9" not in everything
    # An update that changes nothing is not a change.
    api.client.patch(f"/v1/admin/users/{uid}", json={"full_name": "Ilze Vītola-Bērziņa"}, headers=bearer(admin_tokens))
    assert len(rows(api, schema.change_log, schema.change_log.c.entity_id == uid)) == 2


def test_feed_seqs_stay_gap_free_across_accounts(api: InProcess, admin_tokens: dict[str, Any]) -> None:
    for n in range(5):
        make_account(api.engine, f"officer{n}")
    with api.engine.connect() as conn:
        seqs = list(conn.execute(select(schema.change_log.c.seq).order_by(schema.change_log.c.seq)).scalars())
    assert seqs == list(range(1, len(seqs) + 1)) and len(seqs) == 6


# ---- SQLite (the default database of `fieldops server`) --------------------------------------------------------
def test_enroll_and_login_on_sqlite(sqlite_server_db: ServerDb, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from tests.server.conftest import build_app

    app = build_app(sqlite_server_db.url, tmp_path / "srv")
    with TestClient(app) as client:
        make_admin(sqlite_server_db.engine)
        dev = enroll_device(sqlite_server_db.engine, client)
        tokens = login(client, "admin", dev)
        assert client.get("/v1/me", headers=bearer(tokens)).status_code == 200
        resp = client.post("/v1/admin/users", json={"username": "o1", "full_name": "O One", "agency_code": "PMS",
                                                    "roles": ["officer"]}, headers=bearer(tokens))
        assert resp.status_code == 201
        dup = client.post("/v1/admin/users", json={"username": "o1", "full_name": "O", "agency_code": "PMS",
                                                   "roles": ["officer"]}, headers=bearer(tokens))
        assert dup.status_code == 409
        with sqlite_server_db.engine.begin() as conn:  # a naive last_seen_at from SQLite is compared correctly
            conn.execute(update(schema.device).values(last_seen_at=None))
        assert client.get("/v1/me", headers=bearer(tokens)).status_code == 200


# ---- passwords ------------------------------------------------------------------------------------------------
def test_password_hashes_are_argon2id_and_verify() -> None:
    h = auth.hash_password("correct horse", FAST_KDF)
    assert h.startswith("$argon2id$") and "m=8192,t=1,p=1" in h
    assert auth.verify_password(h, "correct horse")
    assert not auth.verify_password(h, "wrong horse")
    assert not auth.verify_password("garbage", "x") and not auth.verify_password(None, "x")


# ---- the command line ---------------------------------------------------------------------------------------
def run_cli(server_db: ServerDb, tmp_path: Path, *args: str) -> int:
    from fieldops.cli import main

    return main(["server", *args, "--database-url", server_db.url, "--data-dir", str(tmp_path / "srv")])


def test_cli_user_enroll_code_and_devices(server_db: ServerDb, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDOPS_SERVER_KDF", FAST_KDF_ENV)
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("cli-password-1\n"))
    assert run_cli(server_db, tmp_path, "user", "add", "--username", "jberzins", "--full-name", "Jānis Bērziņš",
                   "--agency", "VP-KRP", "--role", "officer", "--role", "supervisor", "--badge", "LV-9",
                   "--password-stdin") == 0
    assert run_cli(server_db, tmp_path, "user", "list") == 0
    out = capsys.readouterr().out
    assert "jberzins\tJānis Bērziņš\tLV-9\tVP-KRP\tofficer,supervisor\tactive\tpassword" in out
    assert run_cli(server_db, tmp_path, "user", "add", "--username", "jberzins", "--full-name", "Again",
                   "--agency", "VP-KRP", "--role", "officer", "--no-password") == 2
    assert accounts.DUPLICATE_USERNAME in capsys.readouterr().err

    assert run_cli(server_db, tmp_path, "enroll-code", "--agency", "LPP", "--hours", "1") == 0
    code = capsys.readouterr().out.strip()
    assert len(code) == 19
    with server_db.engine.begin() as conn:
        [row] = conn.execute(select(schema.enrollment)).all()
        assert row.code_hash == auth.sha256_hex(accounts.normalize_code(code))
    dev = enroll_device(server_db.engine)
    assert run_cli(server_db, tmp_path, "device", "list") == 0
    assert dev.device_id in capsys.readouterr().out
    assert run_cli(server_db, tmp_path, "device", "revoke", dev.device_id) == 0
    assert run_cli(server_db, tmp_path, "device", "list") == 0
    assert "revoked" in capsys.readouterr().out
    with server_db.engine.connect() as conn:
        via = [r.details["via"] for r in conn.execute(select(schema.server_audit))]
    assert via and set(via) == {"cli"}


def test_cli_seed_workspace_mirrors_the_local_users(server_db: ServerDb, tmp_path: Path, fo: FieldOps,
                                                     capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    officer_id = factories.user(fo, Role.OFFICER, code="KAVPK", full_name="Tomas Butkus")
    inactive_id = factories.user(fo, Role.SUPERVISOR, Role.EQUIPMENT_MANAGER, code="PMS", password=None)
    fo.users.set_active(inactive_id, False)
    users = {u.id: u for u in fo.users.list()}
    monkeypatch.setenv("FIELDOPS_SERVER_KDF", FAST_KDF_ENV)
    monkeypatch.setenv("SEED_PW", ADMIN_PASSWORD)
    args = ("seed-workspace", "--workspace", str(fo.home), "--username", ADMIN, "--password-env", "SEED_PW")
    assert run_cli(server_db, tmp_path, *args) == 0
    assert "3 accounts created" in capsys.readouterr().out
    with server_db.engine.connect() as conn:
        accs = {r.id: r for r in conn.execute(select(schema.account))}
        codes = accounts.agency_codes(conn)
    assert set(accs) == set(users)
    for uid, u in users.items():
        a = accs[uid]
        assert (a.username, a.full_name, a.badge_no, sorted(a.roles), a.active) == (
            u.username, u.full_name, u.badge_no, sorted(r.value for r in u.roles), u.active)
        assert auth.verify_password(a.password_hash, ADMIN_PASSWORD)
    assert codes[accs[officer_id].agency_id] == "KAVPK" and codes[accs[inactive_id].agency_id] == "PMS"

    assert run_cli(server_db, tmp_path, *args) == 0
    assert "0 accounts created, 0 updated, 3 unchanged" in capsys.readouterr().out
    fo.users.update(officer_id, full_name="Tomas Butkus Jr", agency_id=factories.agency_id(fo, "KAVPK"),
                    roles=[Role.OFFICER])
    assert run_cli(server_db, tmp_path, *args) == 0
    assert "0 accounts created, 1 updated, 2 unchanged" in capsys.readouterr().out
    monkeypatch.delenv("SEED_PW")
    with pytest.raises(SystemExit):
        run_cli(server_db, tmp_path, *args)
