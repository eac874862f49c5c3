"""Authorization matrix (issue 5: "An officer's token cannot read or write another agency's records (tests prove
it for every endpoint)"), table-driven over role × agency × endpoint, on PostgreSQL, through HTTP (the app in
process).

Callers: officer, supervisor, equipment_manager and administrator of VP-KRP and of LPP, no token, and the token of
a revoked device. The endpoint list comes from the app's own OpenAPI schema: an endpoint without a row in
ENDPOINTS (who may call it) and in ISOLATION (where its agency isolation is proven) fails
`test_the_matrix_covers_every_endpoint`.

- Every endpoint × every caller: the status (and error code) the caller gets; a refused administrator action
  writes nothing.
- Push: every entity kind × create/update × role × own/other agency → the per-op status (`rejected_forbidden`
  where denied) and, for a denied op, the record and its change_log rows unchanged.
- Pull, `POST /v1/sync/records`, `GET /v1/sync/conflicts`, resolve: another agency's records never appear,
  cannot be fetched or resolved, and answer exactly as a record that does not exist.

One database and one app serve the whole module (every case works on records of its own); the world is seeded
with the policy functions directly, the cases go through HTTP.
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select, text

from fieldops import approval
from fieldops.agencies import agency_id
from fieldops.ids import uuid7
from fieldops.server import accounts, db, schema
from fieldops.server.config import ServerConfig
from fieldops.server.principal import Principal
from fieldops.server.sync import FACTS, WRITERS, Op, push
from tests.server.conftest import (
    PASSWORD,
    Clock,
    Device,
    bearer,
    build_app,
    enroll_device,
    enrollment_code,
    error_code,
    login,
    make_account,
    with_search_path,
)

AGENCIES = {"krp": "VP-KRP", "lpp": "LPP"}
ROLES = ("officer", "supervisor", "equipment_manager", "administrator")
CALLERS = [f"{a}.{r}" for a in AGENCIES for r in ROLES]
NOBODY = ["none", "revoked"]
OTHER = {"krp": "lpp", "lpp": "krp"}
HLC = itertools.count(10**12)
START = "2026-11-25T19:00:00+00:00"


def hlc(device: str = "authz") -> str:
    """An HLC of a test laptop (the device tag tells the server which laptop wrote a field)."""
    return f"{next(HLC):015d}:00000:{device}"


# ---- the world ------------------------------------------------------------------------------------------------
@dataclass
class Who:
    name: str
    user_id: str
    agency: str  # "krp" | "lpp"
    roles: frozenset[str]
    device: Device
    headers: dict[str, str]

    @property
    def agency_id(self) -> str:
        return agency_id(AGENCIES[self.agency])

    def principal(self) -> Principal:
        return Principal(self.user_id, self.device.device_id, self.agency_id, self.roles, self.name)


@dataclass
class World:
    app: Any
    client: TestClient
    engine: Engine
    who: dict[str, Who]
    seed: dict[str, dict[str, str]]  # agency key -> entity -> id of a seeded record of that agency
    conflicts: dict[str, str]  # agency key -> an open conflict of that agency (never resolved by the tests)

    def principal(self, name: str) -> Principal:
        return self.who[name].principal()


def _schema_operations() -> set[tuple[str, str]]:
    from fieldops.server.app import create_app

    app = create_app(ServerConfig(data_dir=Path("/nonexistent-fieldops"), secret=b"x" * 32,
                                  database_url="postgresql+psycopg://nobody@127.0.0.1:1/none"))
    return {(m.upper(), p) for p, ops in app.openapi()["paths"].items() for m in ops}


SCHEMA_OPERATIONS = _schema_operations()


@pytest.fixture(scope="module")
def world(pg_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    name = f"t_{secrets.token_hex(6)}"
    admin_engine = db.make_engine(pg_url)
    with admin_engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
    url = with_search_path(pg_url, name)
    engine = db.make_engine(url)
    try:
        db.migrate(engine)
        app = build_app(url, tmp_path_factory.mktemp("authz-server"))
        app.state.clock = Clock()
        client = TestClient(app)  # no lifespan: migrated above
        who: dict[str, Who] = {}

        def person(username: str, agency: str, roles: tuple[str, ...]) -> Who:
            acc = make_account(engine, username, AGENCIES[agency], roles)
            device = enroll_device(engine, agency_code=AGENCIES[agency], name=username)
            tokens = login(client, username, device)
            who[username] = Who(username, acc["id"], agency, frozenset(roles), device, bearer(tokens))
            return who[username]

        for agency in AGENCIES:
            for role in ROLES:
                person(f"{agency}.{role}", agency, (role,))
            person(f"{agency}.crew", agency, ("officer",))  # writes the seeded operations
            person(f"{agency}.crew2", agency, ("officer",))  # the other side of the seeded conflicts
            person(f"{agency}.target", agency, ("officer",))  # what administrators change
        revoked = person("krp.revoked", "krp", ("officer",))
        with engine.begin() as conn:
            accounts.revoke_device(conn, accounts.CLI, revoked.device.device_id, now=db.now())
        make_account(engine, "krp.login", "VP-KRP", ("officer",))
        seed = {agency: _seed(engine, who, agency) for agency in AGENCIES}
        conflicts = {agency: new_conflict(engine, who, agency) for agency in AGENCIES}
        yield World(app, client, engine, who, seed, conflicts)
    finally:
        engine.dispose()
        with admin_engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {name} CASCADE"))
        admin_engine.dispose()


def seed_op(engine: Engine, p: Principal, entity: str, entity_id: str, op_type: str, payload: dict[str, Any],
            base: int | None = None) -> None:
    device = p.device_id.replace("-", "")[-12:]  # each principal its own laptop
    [result] = push(engine, p, [Op(str(uuid7()), entity, entity_id, op_type, payload, base, hlc(device))])
    assert result.status in ("applied", "conflict"), (entity, result)


def _seed(engine: Engine, who: dict[str, Who], agency: str) -> dict[str, str]:
    """One record of every kind in `agency` (a draft operation with a check and an attachment, an item with a
    custody event, an incident and a reservation, a kit, a share), and the `user` record of its target account."""
    crew, manager = who[f"{agency}.crew"].principal(), who[f"{agency}.equipment_manager"].principal()
    agency_uuid = crew.agency_id
    ids = {kind: str(uuid7()) for kind in WRITERS if kind not in ("user", "review_decision", "amendment")}
    seed_op(engine, crew, "operation", ids["operation"], "create", {
        "type": "traffic_monitoring", "agency_id": agency_uuid, "lead_id": crew.user_id, "crew": [crew.user_id],
        "actual_start": START})
    seed_op(engine, crew, "check", ids["check"], "create", {"operation_id": ids["operation"], "kind": "other"})
    seed_op(engine, crew, "attachment", ids["attachment"], "create", {
        "owner_type": "operation", "owner_id": ids["operation"], "sha256": "0" * 64, "size": 10})
    seed_op(engine, manager, "equipment_item", ids["equipment_item"], "create", {
        "asset_tag": f"NV-{agency}", "agency_id": agency_uuid})
    for kind in ("custody_event", "equipment_incident", "equipment_reservation"):
        seed_op(engine, manager, kind, ids[kind], "create", {"item_id": ids["equipment_item"], "at": START})
    seed_op(engine, manager, "kit", ids["kit"], "create", {"name": f"kit {agency}", "agency_id": agency_uuid})
    seed_op(engine, manager, "equipment_share", ids["equipment_share"], "create", {
        "item_id": ids["equipment_item"], "agency_id": agency_uuid})
    ids["user"] = who[f"{agency}.target"].user_id
    return ids


def new_conflict(engine: Engine, who: dict[str, Who], agency: str) -> str:
    """A fresh open conflict (narrative) on a fresh draft operation of `agency`; returns the conflict id."""
    crew, crew2 = who[f"{agency}.crew"].principal(), who[f"{agency}.crew2"].principal()
    oid = str(uuid7())
    seed_op(engine, crew, "operation", oid, "create", {
        "type": "other", "agency_id": crew.agency_id, "lead_id": crew.user_id, "crew": [crew.user_id, crew2.user_id],
        "actual_start": START, "narrative": "seen"})
    seed_op(engine, crew, "operation", oid, "update", {"narrative": "A"}, base=1)
    seed_op(engine, crew2, "operation", oid, "update", {"narrative": "B"}, base=1)
    c = schema.conflict.c
    with engine.connect() as conn:
        return str(conn.execute(select(c.id).where(c.entity_id == oid, c.resolved_at.is_(None))).scalar_one())


def submitted_operation(engine: Engine, who: dict[str, Who], agency: str, extra_crew: list[str] | None = None) -> str:
    crew = who[f"{agency}.crew"].principal()
    oid = str(uuid7())
    seed_op(engine, crew, "operation", oid, "create", {
        "type": "other", "agency_id": crew.agency_id, "lead_id": crew.user_id,
        "crew": [crew.user_id, *(extra_crew or [])],
        "actual_start": START})
    seed_op(engine, crew, "operation", oid, "submit", {"submitted_at": START}, base=1)
    return oid


def approved_operation(engine: Engine, who: dict[str, Who], agency: str, with_member: str) -> str:
    """An approved operation of `agency` with `with_member` in its crew (only the crew amends)."""
    oid = submitted_operation(engine, who, agency, extra_crew=[with_member])
    crew = who[f"{agency}.crew"].principal()
    approver = Principal(str(uuid7()), "d-approver", crew.agency_id, frozenset({"supervisor"}))
    r = schema.record.c
    with engine.connect() as conn:
        data = conn.execute(select(r.data).where(r.entity == "operation", r.id == oid)).scalar_one()
    digest = approval.content_hash(dict(data) | {"id": oid, "agency_id": crew.agency_id}, data["crew"], [], [])
    seed_op(engine, approver, "review_decision", oid, "approved", {"content_hash": digest})
    return oid


def footprint(engine: Engine, entity: str, entity_id: str) -> tuple[dict[str, Any] | None, int]:
    """The record row (None if absent) and how many change_log rows it has."""
    r, cl = schema.record.c, schema.change_log.c
    with engine.connect() as conn:
        row = conn.execute(select(schema.record).where(r.entity == entity, r.id == entity_id)).first()
        log = conn.execute(select(func.count()).select_from(schema.change_log).where(
            cl.entity == entity, cl.entity_id == entity_id)).scalar_one()
    return (dict(row._mapping) if row is not None else None), int(log)


def headers_of(world: World, caller: str) -> dict[str, str]:
    return {} if caller == "none" else world.who["krp.revoked" if caller == "revoked" else caller].headers


def device_of(world: World, caller: str) -> str:
    return world.who["krp.revoked"].device.device_id if caller == "revoked" else (
        world.who[caller].device.device_id if caller in world.who else str(uuid7()))


# ---- every endpoint × every caller --------------------------------------------------------------------------------
@dataclass
class Req:
    method: str
    url: str
    json: Any = None
    state: Callable[[], Any] = lambda: None  # what a refused call must leave as it was


@dataclass(frozen=True)
class Endpoint:
    who: str  # "public": the token does not matter | "signed_in": any valid token | "admin": administrators |
    # "media": the roles that attach media (officer, supervisor, equipment manager)
    ok: int  # the status for a caller who may call it
    request: Callable[[World, str], Req]


def _table(engine: Engine, table: Any, *where: Any) -> list[tuple[Any, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(table).where(*where))]


def _enroll(w: World, _caller: str) -> Req:
    return Req("POST", "/v1/devices/enroll", {"code": enrollment_code(w.engine), "name": "matrix laptop"})


def _login(w: World, _caller: str) -> Req:
    device = enroll_device(w.engine, name="login laptop")
    return Req("POST", "/v1/auth/login", {"username": "krp.login", "password": PASSWORD,
                                          "device_id": device.device_id, "device_secret": device.device_secret})


def _refresh(w: World, _caller: str) -> Req:
    device = enroll_device(w.engine, name="refresh laptop")
    tokens = login(w.client, "krp.login", device)
    return Req("POST", "/v1/auth/refresh", {"refresh_token": tokens["refresh_token"], "device_id": device.device_id,
                                            "device_secret": device.device_secret})


def _add_user(w: World, _caller: str) -> Req:
    username = f"new.{secrets.token_hex(4)}"
    return Req("POST", "/v1/admin/users", {"username": username, "full_name": "New Person", "roles": ["officer"]},
               lambda: _table(w.engine, schema.account, schema.account.c.username == username))


def _patch_user(w: World, _caller: str) -> Req:
    target = w.who["lpp.target"].user_id
    return Req("PATCH", f"/v1/admin/users/{target}", {"full_name": f"Renamed {secrets.token_hex(3)}"},
               lambda: _table(w.engine, schema.account, schema.account.c.id == target))


def _password(w: World, _caller: str) -> Req:
    target = w.who["lpp.target"].user_id
    return Req("POST", f"/v1/admin/users/{target}/password", {"password": f"new-pass-{secrets.token_hex(6)}"},
               lambda: _table(w.engine, schema.account, schema.account.c.id == target))


def _enrollment(w: World, _caller: str) -> Req:
    return Req("POST", "/v1/admin/enrollments", {"agency_code": "LPP"},
               lambda: _table(w.engine, schema.enrollment))


def _revoke(w: World, _caller: str) -> Req:
    spare = enroll_device(w.engine, agency_code="LPP", name="spare")
    return Req("POST", f"/v1/admin/devices/{spare.device_id}/revoke", None,
               lambda: _table(w.engine, schema.device, schema.device.c.id == spare.device_id))


def _push(w: World, caller: str) -> Req:
    return Req("POST", "/v1/sync/push", {"device_id": device_of(w, caller), "batch_id": str(uuid7()), "ops": []})


def _hold(w: World, caller: str) -> Req:
    return Req("POST", "/v1/admin/media/holds", {"target": "operation", "target_id": w.seed["krp"]["operation"],
                                                  "reason": "Court case 12/2026"},
               lambda: _table(w.engine, schema.legal_hold))


def _release(w: World, _caller: str) -> Req:
    from fieldops.server import accounts as acc
    from fieldops.server import retention

    with w.engine.begin() as conn:
        hold = retention.place_hold(conn, "operation", w.seed["lpp"]["operation"], "inquiry", acc.CLI, db.now())
    hold_id = hold.id
    return Req("POST", f"/v1/admin/media/holds/{hold_id}/release", None,
               lambda: _table(w.engine, schema.legal_hold, schema.legal_hold.c.id == hold_id))


def _resolve_unknown(w: World, _caller: str) -> Req:
    return Req("POST", f"/v1/sync/conflicts/{uuid7()}/resolve", {"value": "x"})


ENDPOINTS: dict[tuple[str, str], Endpoint] = {
    ("GET", "/v1/health"): Endpoint("public", 200, lambda w, c: Req("GET", "/v1/health")),
    ("POST", "/v1/devices/enroll"): Endpoint("public", 200, _enroll),
    ("POST", "/v1/auth/login"): Endpoint("public", 200, _login),
    ("POST", "/v1/auth/refresh"): Endpoint("public", 200, _refresh),
    ("GET", "/v1/me"): Endpoint("signed_in", 200, lambda w, c: Req("GET", "/v1/me")),
    ("GET", "/v1/admin/users"): Endpoint("admin", 200, lambda w, c: Req("GET", "/v1/admin/users")),
    ("POST", "/v1/admin/users"): Endpoint("admin", 201, _add_user),
    ("PATCH", "/v1/admin/users/{account_id}"): Endpoint("admin", 200, _patch_user),
    ("POST", "/v1/admin/users/{account_id}/password"): Endpoint("admin", 204, _password),
    ("POST", "/v1/admin/enrollments"): Endpoint("admin", 201, _enrollment),
    ("GET", "/v1/admin/devices"): Endpoint("admin", 200, lambda w, c: Req("GET", "/v1/admin/devices")),
    ("POST", "/v1/admin/devices/{device_id}/revoke"): Endpoint("admin", 200, _revoke),
    ("POST", "/v1/sync/push"): Endpoint("signed_in", 200, _push),
    ("GET", "/v1/sync/pull"): Endpoint("signed_in", 200, lambda w, c: Req("GET", "/v1/sync/pull?limit=5")),
    ("POST", "/v1/sync/records"): Endpoint("signed_in", 200, lambda w, c: Req("POST", "/v1/sync/records",
                                                                               {"keys": []})),
    ("GET", "/v1/sync/conflicts"): Endpoint("signed_in", 200, lambda w, c: Req("GET", "/v1/sync/conflicts")),
    ("POST", "/v1/sync/conflicts/{conflict_id}/resolve"): Endpoint("signed_in", 404, _resolve_unknown),
    ("POST", "/v1/media/uploads"): Endpoint("media", 201, lambda w, c: Req(
        "POST", "/v1/media/uploads", {"sha256": "0" * 64, "size": 10, "mime": "image/jpeg"})),
    ("GET", "/v1/media/uploads/{upload_id}"): Endpoint("signed_in", 404, lambda w, c: Req(
        "GET", f"/v1/media/uploads/{uuid7()}")),
    ("HEAD", "/v1/media/uploads/{upload_id}"): Endpoint("signed_in", 404, lambda w, c: Req(
        "HEAD", f"/v1/media/uploads/{uuid7()}")),
    ("PATCH", "/v1/media/uploads/{upload_id}"): Endpoint("signed_in", 422, lambda w, c: Req(
        "PATCH", f"/v1/media/uploads/{uuid7()}")),  # no Upload-Offset: refused before anything is looked up
    ("GET", "/v1/media/{sha256}"): Endpoint("signed_in", 404, lambda w, c: Req(
        "GET", f"/v1/media/{'0' * 64}?purpose=audit")),
    ("POST", "/v1/admin/media/holds"): Endpoint("admin", 201, _hold),
    ("GET", "/v1/admin/media/holds"): Endpoint("admin", 200, lambda w, c: Req("GET", "/v1/admin/media/holds")),
    ("POST", "/v1/admin/media/holds/{hold_id}/release"): Endpoint("admin", 200, _release),
    ("GET", "/v1/admin/media/retention"): Endpoint("admin", 200, lambda w, c: Req("GET", "/v1/admin/media/retention")),
}

# Where each endpoint's agency isolation is proven (or why it has none).
ISOLATION: dict[tuple[str, str], str] = {
    ("GET", "/v1/health"): "no records",
    ("POST", "/v1/devices/enroll"): "no token; the code fixes the device's agency (test_accounts)",
    ("POST", "/v1/auth/login"): "no token; answers only the caller's own account",
    ("POST", "/v1/auth/refresh"): "no token; answers only the refresh token's own account",
    ("GET", "/v1/me"): "test_me_is_the_caller",
    ("GET", "/v1/admin/users"): "administrators only; server-wide (accounts are agency '*' records)",
    ("POST", "/v1/admin/users"): "administrators only; server-wide",
    ("PATCH", "/v1/admin/users/{account_id}"): "administrators only; server-wide",
    ("POST", "/v1/admin/users/{account_id}/password"): "administrators only; server-wide",
    ("POST", "/v1/admin/enrollments"): "administrators only; server-wide",
    ("GET", "/v1/admin/devices"): "administrators only; server-wide",
    ("POST", "/v1/admin/devices/{device_id}/revoke"): "administrators only; server-wide",
    ("POST", "/v1/sync/push"): "test_push",
    ("GET", "/v1/sync/pull"): "test_pull_never_shows_another_agency_record",
    ("POST", "/v1/sync/records"): "test_records_of_another_agency_cannot_be_fetched_or_probed",
    ("GET", "/v1/sync/conflicts"): "test_conflicts_of_another_agency_are_not_listed",
    ("POST", "/v1/sync/conflicts/{conflict_id}/resolve"): "test_another_agency_conflict_cannot_be_resolved_or_probed",
    ("POST", "/v1/media/uploads"): "test_media_upload.test_another_agency_can_neither_fetch_nor_probe_…",
    ("GET", "/v1/media/uploads/{upload_id}"): "an upload belongs to its device: test_another_agency_can_neither_…",
    ("HEAD", "/v1/media/uploads/{upload_id}"): "the same lookup as GET",
    ("PATCH", "/v1/media/uploads/{upload_id}"): "the same lookup as GET",
    ("GET", "/v1/media/{sha256}"): "test_media_upload.test_another_agency_can_neither_fetch_nor_probe_…",
    ("POST", "/v1/admin/media/holds"): "administrators only; server-wide",
    ("GET", "/v1/admin/media/holds"): "administrators only; server-wide",
    ("POST", "/v1/admin/media/holds/{hold_id}/release"): "administrators only; server-wide",
    ("GET", "/v1/admin/media/retention"): "administrators only; server-wide",
}


def test_the_matrix_covers_every_endpoint() -> None:
    assert set(ENDPOINTS) == SCHEMA_OPERATIONS, "an endpoint has no row in ENDPOINTS (or a row is stale)"
    assert set(ISOLATION) == SCHEMA_OPERATIONS, "an endpoint has no row in ISOLATION (or a row is stale)"


ENDPOINT_CASES = [(m, p, caller) for (m, p) in ENDPOINTS for caller in CALLERS + NOBODY]


@pytest.mark.parametrize(("method", "path", "caller"), ENDPOINT_CASES,
                         ids=[f"{m} {p} as {c}" for m, p, c in ENDPOINT_CASES])
def test_endpoint(world: World, method: str, path: str, caller: str) -> None:
    endpoint = ENDPOINTS[(method, path)]
    req = endpoint.request(world, caller)
    before = req.state()
    resp = world.client.request(req.method, req.url, json=req.json, headers=headers_of(world, caller))
    allowed = (endpoint.who == "public"
               or (endpoint.who == "signed_in" and caller in CALLERS)
               or (endpoint.who == "media" and caller in CALLERS and not caller.endswith(".administrator"))
               or (endpoint.who == "admin" and caller.endswith(".administrator")))
    if allowed:
        assert resp.status_code == endpoint.ok, resp.text
        return
    expected = {"none": (401, "auth.token_invalid"), "revoked": (401, "auth.device_revoked")}.get(
        caller, (403, "auth.not_permitted"))
    if req.method == "HEAD":  # no body to carry the code
        assert resp.status_code == expected[0]
    else:
        assert (resp.status_code, error_code(resp)) == expected
    assert req.state() == before, "a refused call changed data"


@pytest.mark.parametrize("caller", CALLERS)
def test_me_is_the_caller(world: World, caller: str) -> None:
    resp = world.client.get("/v1/me", headers=headers_of(world, caller))
    assert resp.status_code == 200 and resp.json()["id"] == world.who[caller].user_id


# ---- push: entity kind × create/update × role × own/other agency ------------------------------------------------
@dataclass(frozen=True)
class PushCase:
    entity: str
    action: str  # "create" | "update"
    caller: str
    target: str  # "own" | "other": the agency of the record (or of its parent)


PUSH_CASES = [PushCase(entity, action, caller, target)
              for entity in sorted(WRITERS)
              # Amendments change only through their author's resubmit/withdraw (tests/server/test_sync_policy.py).
              for action in (("create",) if entity in FACTS or entity == "amendment" else ("create", "update"))
              for caller in CALLERS for target in ("own", "other")]


def test_push_cases_cover_every_entity_kind_role_and_agency() -> None:
    assert {c.entity for c in PUSH_CASES} == set(WRITERS) == {
        "operation", "check", "attachment", "custody_event", "equipment_item", "kit", "equipment_incident",
        "equipment_reservation", "equipment_share", "review_decision", "user", "amendment"}
    assert {c.caller for c in PUSH_CASES} == set(CALLERS)
    assert {c.target for c in PUSH_CASES} == {"own", "other"}


def expected_status(case: PushCase, who: Who) -> str:
    may_write = bool(WRITERS[case.entity] & who.roles)
    # `user` records belong to no agency ("*"): administrators keep every agency's accounts (like the admin API).
    agency_ok = case.target == "own" or case.entity == "user"
    return "applied" if may_write and agency_ok else "rejected_forbidden"


def build_op(world: World, case: PushCase) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """The op of the case and the records it would touch."""
    who = world.who[case.caller]
    target = who.agency if case.target == "own" else OTHER[who.agency]
    seeded, target_id = world.seed[target], agency_id(AGENCIES[target])
    op: dict[str, Any] = {"op_id": str(uuid7()), "entity": case.entity, "op_type": case.action,
                          "base_version": None, "hlc": hlc()}
    if case.entity == "review_decision":
        oid = submitted_operation(world.engine, world.who, target)
        op.update(entity_id=oid, op_type="returned", payload={"comments": {"general": "see me"}})
        return op, [("operation", oid), ("review_decision", op["op_id"])]
    if case.entity == "amendment":
        oid = approved_operation(world.engine, world.who, target, with_member=who.user_id)
        new_id = str(uuid7())
        op.update(entity_id=new_id, payload={"operation_id": oid, "kind": "correction", "reason": "typo",
                                             "changes": {"fields": {"vehicle": "VP-1"}, "void_checks": {}}})
        return op, [("amendment", new_id), ("operation", oid)]
    if case.action == "update":
        field = {"user": "full_name", "operation": "vehicle"}.get(case.entity, "notes")
        op.update(entity_id=seeded[case.entity], payload={field: f"changed {op['op_id'][-6:]}"})
        return op, [(case.entity, seeded[case.entity])]
    new_id = str(uuid7())
    payload: dict[str, Any] = {
        "operation": {"type": "other", "agency_id": target_id, "crew": [], "actual_start": START},
        "check": {"operation_id": seeded["operation"], "kind": "other"},
        "attachment": {"owner_type": "operation", "owner_id": seeded["operation"], "sha256": "1" * 64, "size": 10},
        "custody_event": {"item_id": seeded["equipment_item"], "kind": "check_out", "at": START},
        "equipment_item": {"asset_tag": f"NV-{new_id[-6:]}", "agency_id": target_id},
        "kit": {"name": "kit", "agency_id": target_id},
        "equipment_incident": {"item_id": seeded["equipment_item"], "description": "cracked lens"},
        "equipment_reservation": {"item_id": seeded["equipment_item"], "starts_at": START},
        "equipment_share": {"item_id": seeded["equipment_item"], "agency_id": target_id},
        "user": {"username": f"pushed.{new_id[-8:]}", "full_name": "Pushed Person", "agency_id": target_id,
                 "roles": ["officer"], "active": True},
    }[case.entity]
    op.update(entity_id=new_id, payload=payload)
    return op, [(case.entity, new_id)]


def push_ops(world: World, caller: str, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    who = world.who[caller]
    resp = world.client.post("/v1/sync/push", headers=who.headers, json={
        "device_id": who.device.device_id, "batch_id": str(uuid7()), "ops": ops})
    assert resp.status_code == 200, resp.text
    results: list[dict[str, Any]] = resp.json()["results"]
    return results


@pytest.mark.parametrize("case", PUSH_CASES,
                         ids=[f"{c.entity}-{c.action}-{c.caller}-{c.target}" for c in PUSH_CASES])
def test_push(world: World, case: PushCase) -> None:
    op, touched = build_op(world, case)
    before = {key: footprint(world.engine, *key) for key in touched}
    accounts_before = _table(world.engine, schema.account, schema.account.c.id == op["entity_id"])
    [result] = push_ops(world, case.caller, [op])
    expected = expected_status(case, world.who[case.caller])
    assert result["status"] == expected, result
    after = {key: footprint(world.engine, *key) for key in touched}
    if expected == "applied":
        first = touched[0]
        assert after[first][0] is not None and after[first][1] > before[first][1], "an applied op wrote nothing"
    else:
        assert after == before, "a refused op changed a record or the feed"
        assert _table(world.engine, schema.account, schema.account.c.id == op["entity_id"]) == accounts_before


def test_a_desk_pin_is_only_ones_own(world: World) -> None:
    """The self-service op (`user`/`set_desk_pin`) on someone else's account is refused and writes nothing."""
    other = world.who["krp.target"].user_id
    before = footprint(world.engine, "user", other)
    [result] = push_ops(world, "krp.officer", [{
        "op_id": str(uuid7()), "entity": "user", "entity_id": other, "op_type": "set_desk_pin",
        "payload": {"desk_pin_hash": "x"}, "base_version": None, "hlc": hlc()}])
    assert result["status"] == "rejected_forbidden"
    assert footprint(world.engine, "user", other) == before


def test_an_officer_cannot_grant_itself_roles_through_its_desk_pin(world: World) -> None:
    acc = make_account(world.engine, f"krp.selfish.{secrets.token_hex(3)}", "VP-KRP", ("officer",))
    device = enroll_device(world.engine, name="selfish laptop")
    headers = bearer(login(world.client, acc["username"], device))
    resp = world.client.post("/v1/sync/push", headers=headers, json={
        "device_id": device.device_id, "batch_id": str(uuid7()), "ops": [{
            "op_id": str(uuid7()), "entity": "user", "entity_id": acc["id"], "op_type": "set_desk_pin",
            "payload": {"desk_pin_hash": "$argon2id$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA", "roles": ["administrator"],
                        "active": True},
            "base_version": None, "hlc": hlc()}]})
    assert resp.status_code == 200, resp.text
    with world.engine.connect() as conn:
        roles = conn.execute(select(schema.account.c.roles).where(schema.account.c.id == acc["id"])).scalar_one()
    assert roles == ["officer"]
    assert world.client.get("/v1/admin/users", headers=headers).status_code == 403


# ---- reads: pull, records, conflicts, resolve ---------------------------------------------------------------------
def _owners(engine: Engine) -> dict[tuple[str, str], tuple[str, list[str]]]:
    r = schema.record.c
    with engine.connect() as conn:
        return {(row.entity, row.id): (row.agency_id, list(row.shared_with or []))
                for row in conn.execute(select(r.entity, r.id, r.agency_id, r.shared_with))}


def _may_see(owner: tuple[str, list[str]], agency: str) -> bool:
    return owner[0] in ("*", agency) or agency in owner[1]


@pytest.mark.parametrize("caller", CALLERS)
def test_pull_never_shows_another_agency_record(world: World, caller: str) -> None:
    who = world.who[caller]
    owners = _owners(world.engine)
    seen: list[tuple[str, str]] = []
    cursor, more = 0, True
    while more:
        resp = world.client.get(f"/v1/sync/pull?cursor={cursor}&limit=7", headers=who.headers)
        assert resp.status_code == 200, resp.text
        page = resp.json()
        seen += [(c["entity"], c["entity_id"]) for c in page["changes"]]
        cursor, more = page["next_cursor"], page["has_more"]
    leaked = [key for key in seen if not _may_see(owners[key], who.agency_id)]
    assert leaked == []
    own = {(kind, rid) for kind, rid in world.seed[who.agency].items()}
    assert own <= set(seen), "the caller's own records are missing from its pull"  # not vacuous
    assert not {(kind, rid) for kind, rid in world.seed[OTHER[who.agency]].items() if kind != "user"} & set(seen)


@pytest.mark.parametrize("caller", CALLERS)
def test_records_of_another_agency_cannot_be_fetched_or_probed(world: World, caller: str) -> None:
    who = world.who[caller]
    theirs = [{"entity": k, "entity_id": v} for k, v in world.seed[OTHER[who.agency]].items() if k != "user"]
    nobody = [{"entity": k["entity"], "entity_id": str(uuid7())} for k in theirs]
    mine = [{"entity": k, "entity_id": v} for k, v in world.seed[who.agency].items()]
    got_theirs = world.client.post("/v1/sync/records", json={"keys": theirs}, headers=who.headers)
    got_nobody = world.client.post("/v1/sync/records", json={"keys": nobody}, headers=who.headers)
    assert (got_theirs.status_code, got_theirs.json()) == (200, [])
    assert (got_theirs.status_code, got_theirs.content) == (got_nobody.status_code, got_nobody.content)
    got_mine = world.client.post("/v1/sync/records", json={"keys": mine + theirs}, headers=who.headers)
    assert {(c["entity"], c["entity_id"]) for c in got_mine.json()} == {(k["entity"], k["entity_id"]) for k in mine}


@pytest.mark.parametrize("caller", CALLERS)
def test_conflicts_of_another_agency_are_not_listed(world: World, caller: str) -> None:
    who = world.who[caller]
    c = schema.conflict.c
    with world.engine.connect() as conn:
        theirs = set(conn.execute(select(c.id).where(c.agency_id != who.agency_id)).scalars())
    for query in ("", "?include_resolved=true"):
        resp = world.client.get(f"/v1/sync/conflicts{query}", headers=who.headers)
        assert resp.status_code == 200, resp.text
        listed = {x["id"] for x in resp.json()}
        assert world.conflicts[who.agency] in listed  # not vacuous
        assert not listed & theirs


@pytest.mark.parametrize("caller", CALLERS)
def test_another_agency_conflict_cannot_be_resolved_or_probed(world: World, caller: str) -> None:
    who = world.who[caller]
    theirs = world.conflicts[OTHER[who.agency]]
    c = schema.conflict.c
    with world.engine.connect() as conn:
        entity, entity_id = conn.execute(select(c.entity, c.entity_id).where(c.id == theirs)).one()
    before = footprint(world.engine, entity, entity_id), _table(world.engine, schema.conflict, c.id == theirs)
    resp = world.client.post(f"/v1/sync/conflicts/{theirs}/resolve", json={"value": "mine"}, headers=who.headers)
    unknown = world.client.post(f"/v1/sync/conflicts/{uuid7()}/resolve", json={"value": "mine"}, headers=who.headers)
    assert (resp.status_code, error_code(resp)) == (404, "record.not_found")
    assert (resp.status_code, resp.content) == (unknown.status_code, unknown.content)
    assert (footprint(world.engine, entity, entity_id),
            _table(world.engine, schema.conflict, c.id == theirs)) == before


RESOLVE_CASES = list(CALLERS)


@pytest.mark.parametrize("caller", RESOLVE_CASES)
def test_resolving_needs_a_role_that_may_write_the_record(world: World, caller: str) -> None:
    who = world.who[caller]
    conflict_id = new_conflict(world.engine, world.who, who.agency)
    c = schema.conflict.c
    with world.engine.connect() as conn:
        entity, entity_id = conn.execute(select(c.entity, c.entity_id).where(c.id == conflict_id)).one()
    before = footprint(world.engine, entity, entity_id)
    resp = world.client.post(f"/v1/sync/conflicts/{conflict_id}/resolve", json={"value": "agreed"},
                             headers=who.headers)
    if WRITERS[entity] & who.roles:
        assert resp.status_code == 200, resp.text
        assert footprint(world.engine, entity, entity_id)[0]["data"]["narrative"] == "agreed"  # type: ignore[index]
    else:
        assert resp.status_code == 403, resp.text
        assert footprint(world.engine, entity, entity_id) == before
