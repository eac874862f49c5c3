"""Accounts, devices and sign-in: enrollment, login, token refresh, and the administrator's endpoints.

Every account change is also a `user` record in the pull feed (agency "*": crews mix agencies, so every
laptop receives every user), written in the same transaction as the account and never carrying the password
hash. Each administrator action and each sign-in leaves a `server_audit` row (who, what; never a secret).

The functions above the routes (`create_account`, `update_account`, `set_password`, …) are plain SQLAlchemy
Core over a connection, shared by the routes, `fieldops server user add` and `seed-workspace`.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from fieldops import validation
from fieldops.errors import FieldOpsError
from fieldops.ids import uuid7
from fieldops.keyslots import KdfParams, check_password_strength
from fieldops.models.enums import Role
from fieldops.server import auth, schema
from fieldops.server.config import ACCESS_TTL, REFRESH_TTL
from fieldops.server.feed import Feed
from fieldops.server.principal import Principal
from fieldops.server.ratelimit import LoginLimiter

router = APIRouter(tags=["accounts"])

ENROLL_HOURS = 24
MAX_ENROLL_HOURS = 30 * 24
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I, O, 0, 1: read aloud and typed by hand
CODE_GROUPS, CODE_GROUP_LEN = 4, 4
REFRESH_GRACE = 120  # seconds the previous refresh token still works (its reply may have been lost)
UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
NO_NUL = r"^[^\x00]*$"  # PostgreSQL text cannot hold NUL: refused as 422 instead of failing as 500
USER_FIELDS = ("username", "full_name", "badge_no", "agency_id", "agency_code", "roles", "active")

DUPLICATE_USERNAME = "accounts.duplicate_username"
DUPLICATE_BADGE = "accounts.duplicate_badge"
ACCOUNT_EXISTS = "accounts.id_exists"
NOT_FOUND = "record.not_found"
UNKNOWN_AGENCY = "accounts.unknown_agency"
LAST_ADMIN = "users.last_admin"
CODE_INVALID = "enroll.code_invalid"
CODE_USED = "enroll.code_used"
CODE_EXPIRED = "enroll.code_expired"


# ---- API models ------------------------------------------------------------------------------------------
class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorOut(BaseModel):
    error: str = Field(description="stable code, e.g. auth.wrong_password")
    field: str | None = None
    retry_after: int | None = None


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    text = {400: "refused: see `error`", 401: "no valid token or device (see `error`)",
            403: "the role does not allow it, or the account is deactivated", 404: "no such record",
            409: "conflicts with existing data (duplicate user name or badge, last administrator)",
            413: "body larger than the server accepts", 422: "malformed or invalid body",
            429: "too many failed attempts: wait `Retry-After` seconds"}
    return {c: {"model": ErrorOut, "description": text[c]} for c in (*codes, 413, 422)}


Username = Annotated[str, Field(min_length=1, pattern=NO_NUL, max_length=64)]
Password = Annotated[str, Field(min_length=1, pattern=NO_NUL, max_length=256)]
Secret = Annotated[str, Field(min_length=1, pattern=NO_NUL, max_length=128)]
Id36 = Annotated[str, Field(min_length=1, pattern=NO_NUL, max_length=36)]
Token = Annotated[str, Field(min_length=1, pattern=NO_NUL, max_length=2048)]


class EnrollIn(_In):
    code: str = Field(min_length=4, max_length=64, description="the enrollment code (dashes and case ignored)")
    name: str = Field(min_length=1, pattern=NO_NUL, max_length=120, description="the laptop's name, e.g. its asset tag")
    escrow_key: str | None = Field(default=None, pattern=NO_NUL, max_length=8192, description="base64")
    device_id: str | None = Field(default=None, pattern=UUID_PATTERN,
                                  description="the laptop's own id, kept if no other device has it")


class EnrollOut(BaseModel):
    device_id: str
    device_secret: str = Field(description="shown once: the laptop keeps it in its encrypted database")
    agency_id: str
    agency_code: str


class UserOut(BaseModel):
    id: str
    username: str
    full_name: str
    badge_no: str | None
    agency_id: str
    agency_code: str
    roles: list[str]
    active: bool
    version: int
    has_password: bool


class LoginIn(_In):
    username: Username
    password: Password
    device_id: Id36
    device_secret: Secret


class TokenOut(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="seconds the access token is valid")
    refresh_expires_in: int
    user: UserOut
    escrow_key: str | None = Field(default=None, description="base64: unwraps the laptop's data key for a "
                                   "first sign-in there (only in a password login's answer)")


class RefreshIn(_In):
    refresh_token: Token
    device_id: Id36
    device_secret: Secret


class UserCreateIn(_In):
    id: str | None = Field(default=None, pattern=UUID_PATTERN,
                           description="client-chosen id (a laptop's locally created user keeps its id)")
    username: Username
    full_name: str = Field(min_length=1, pattern=NO_NUL, max_length=120)
    badge_no: str | None = Field(default=None, pattern=NO_NUL, max_length=32)
    agency_id: str | None = Field(default=None, pattern=NO_NUL, max_length=36, description="agency id or code")
    agency_code: str | None = Field(default=None, pattern=NO_NUL, max_length=16)
    roles: list[Role] = Field(min_length=1, max_length=len(Role))
    active: bool = True
    password: Password | None = None


class UserPatchIn(_In):
    full_name: str | None = Field(default=None, min_length=1, pattern=NO_NUL, max_length=120)
    badge_no: str | None = Field(default=None, pattern=NO_NUL, max_length=32, description="null or empty clears it")
    agency_id: str | None = Field(default=None, pattern=NO_NUL, max_length=36, description="agency id or code")
    agency_code: str | None = Field(default=None, pattern=NO_NUL, max_length=16)
    roles: list[Role] | None = Field(default=None, min_length=1, max_length=len(Role))
    active: bool | None = None


class PasswordIn(_In):
    password: Password


class EnrollmentIn(_In):
    agency_id: str | None = Field(default=None, pattern=NO_NUL, max_length=36,
                                  description="agency id or code; default: yours")
    agency_code: str | None = Field(default=None, pattern=NO_NUL, max_length=16)
    valid_hours: int = Field(default=ENROLL_HOURS, ge=1, le=MAX_ENROLL_HOURS)


class EnrollmentOut(BaseModel):
    code: str = Field(description="shown once; stored only as a SHA-256 digest")
    expires_at: datetime
    agency_id: str
    agency_code: str


class DeviceOut(BaseModel):
    id: str
    name: str
    agency_id: str
    enrolled_by: str | None
    enrolled_at: datetime
    revoked_at: datetime | None
    last_seen_at: datetime | None


# ---- helpers -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Actor:
    """Who does an administrative change: a signed-in administrator, or the server's command line (None ids)."""

    user_id: str | None = None
    device_id: str | None = None
    via: str = "api"


CLI = Actor(via="cli")


def _invalid(exc: FieldOpsError) -> auth.ApiError:
    return auth.ApiError(422, exc.code.value, field=exc.field)


def audit(conn: Connection, actor: Actor, action: str, entity: str, entity_id: str | None, now: datetime,
          **details: Any) -> None:
    conn.execute(insert(schema.server_audit).values(
        at=now, user_id=actor.user_id, device_id=actor.device_id, action=action, entity=entity,
        entity_id=entity_id, details={"via": actor.via, **details}))


def resolve_agency(conn: Connection, ref: str | None) -> tuple[str, str]:
    """(id, code) of the agency named by id or by code."""
    ag = schema.agency.c
    if ref:
        row = conn.execute(select(ag.id, ag.code).where(ag.id == ref)).first()
        row = row or conn.execute(select(ag.id, ag.code).where(ag.code == ref.strip().upper())).first()
        if row is not None:
            return str(row.id), str(row.code)
    raise auth.ApiError(422, UNKNOWN_AGENCY, field="agency_id")


def agency_codes(conn: Connection) -> dict[str, str]:
    return {str(r.id): str(r.code) for r in conn.execute(select(schema.agency.c.id, schema.agency.c.code))}


def _agency_ref(agency_id: str | None, agency_code: str | None) -> str | None:
    return agency_id or agency_code


def _load(conn: Connection, account_id: str, lock: bool = False) -> dict[str, Any]:
    query = select(schema.account).where(schema.account.c.id == account_id)
    if lock and conn.dialect.name == "postgresql":
        query = query.with_for_update()
    row = conn.execute(query).first()
    if row is None:
        raise auth.ApiError(404, NOT_FOUND)
    return dict(row._mapping)


def user_out(acc: Mapping[Any, Any], codes: Mapping[str, str]) -> UserOut:
    return UserOut(id=acc["id"], username=acc["username"], full_name=acc["full_name"], badge_no=acc["badge_no"],
                   agency_id=acc["agency_id"], agency_code=codes.get(acc["agency_id"], ""),
                   roles=list(acc["roles"] or []), active=bool(acc["active"]), version=int(acc["version"]),
                   has_password=bool(acc["password_hash"]))


def _check_unique(conn: Connection, username: str | None, badge: str | None, account_id: str | None) -> None:
    a = schema.account.c
    if username is not None:
        other = conn.execute(select(a.id).where(a.username == username)).scalar()
        if other is not None and other != account_id:
            raise auth.ApiError(409, DUPLICATE_USERNAME, field="username")
    if badge:
        other = conn.execute(select(a.id).where(a.badge_no == badge)).scalar()
        if other is not None and other != account_id:
            raise auth.ApiError(409, DUPLICATE_BADGE, field="badge_no")


def _keep_an_admin(conn: Connection, leaving_id: str) -> None:
    a = schema.account.c
    for row in conn.execute(select(a.id, a.roles).where(a.active.is_(True), a.id != leaving_id)):
        if Role.ADMINISTRATOR.value in (row.roles or []):
            return
    raise auth.ApiError(409, LAST_ADMIN)


def publish(conn: Connection, feed: Feed, acc: Mapping[str, Any], agency_code: str, changed: Iterable[str],
            now: datetime) -> int:
    """Upsert the account's `user` record and append it to the pull feed (call with the feed lock held).
    Returns the record's new version (the account's version follows it)."""
    from fieldops.server.sync import Batch, Rec

    r = schema.record.c
    data = {"username": acc["username"], "full_name": acc["full_name"], "badge_no": acc["badge_no"],
            "agency_id": acc["agency_id"], "agency_code": agency_code, "roles": list(acc["roles"] or []),
            "active": bool(acc["active"])}
    old = conn.execute(select(r.version, r.data, r.field_versions, r.field_hlc, r.created_at)
                       .where(r.entity == "user", r.id == acc["id"])).first()
    if old is None:
        version, fields_v, fields_h, created = 1, {}, {}, now
        touched = set(data)
    else:
        version, fields_v, fields_h, created = int(old.version) + 1, dict(old.field_versions or {}), \
            dict(old.field_hlc or {}), old.created_at
        previous = dict(old.data or {})
        touched = {f for f in data if previous.get(f) != data[f]} | set(changed)
    for f in touched:
        fields_v[f] = version
        fields_h[f] = ""
    rec = Rec("user", acc["id"], "*", [], data, version, fields_v, fields_h, None, 0, created)
    seq = feed.append("user", acc["id"], "*", [], version, Batch.snapshot(rec), None, now)
    row = {"agency_id": "*", "shared_with": [], "data": data, "version": version, "field_versions": fields_v,
           "field_hlc": fields_h, "status": None, "seq": seq, "updated_at": now}
    if old is None:
        conn.execute(insert(schema.record).values(entity="user", id=acc["id"], created_at=now, **row))
    else:
        conn.execute(update(schema.record).where(r.entity == "user", r.id == acc["id"]).values(**row))
    feed.flush()
    return version


def _locked_feed(conn: Connection) -> Feed:
    """Take the feed writers' lock first in every account transaction (one lock order with the push path)."""
    feed = Feed(conn)
    feed.lock()
    return feed


def create_account(conn: Connection, actor: Actor, *, username: str, full_name: str, agency: str | None,
                   roles: Iterable[Role | str], badge_no: str | None = None, account_id: str | None = None,
                   password: str | None = None, active: bool = True, kdf: KdfParams | None = None,
                   now: datetime) -> dict[str, Any]:
    """A new account (and its `user` record in the feed). 409 if the id, user name or badge is taken."""
    try:
        name = validation.username(username)
        full = validation.required_text(full_name, "full_name", 120)
        badge = validation.max_text(badge_no, "badge_no", 32) or None
        role_list = sorted({Role(r).value for r in roles})
        if not role_list:
            raise auth.ApiError(422, "validation.required", field="roles")
        if password is not None:
            check_password_strength(password)
    except FieldOpsError as exc:
        raise _invalid(exc) from None
    except ValueError:
        raise auth.ApiError(422, "validation.invalid", field="roles") from None
    password_hash = auth.hash_password(password, kdf) if password is not None else None  # before any lock
    feed = _locked_feed(conn)
    agency_id, code = resolve_agency(conn, agency)
    account_id = account_id or uuid7()
    if conn.execute(select(schema.account.c.id).where(schema.account.c.id == account_id)).first():
        raise auth.ApiError(409, ACCOUNT_EXISTS, field="id")
    _check_unique(conn, name, badge, None)
    acc = {"id": account_id, "username": name, "full_name": full, "badge_no": badge, "agency_id": agency_id,
           "roles": role_list, "active": active, "password_hash": password_hash, "version": 1, "created_at": now,
           "updated_at": now}
    try:
        with conn.begin_nested():
            conn.execute(insert(schema.account).values(**acc))
    except IntegrityError:
        raise auth.ApiError(409, DUPLICATE_USERNAME, field="username") from None
    version = publish(conn, feed, acc, code, USER_FIELDS, now)
    if version != acc["version"]:  # a `user` record pushed earlier under this id: the account follows it
        acc["version"] = version
        conn.execute(update(schema.account).where(schema.account.c.id == account_id).values(version=version))
    audit(conn, actor, "account_create", "account", account_id, now, username=name, roles=role_list,
          agency=code, password=password is not None)
    return acc


def update_account(conn: Connection, actor: Actor, account_id: str, *, now: datetime,
                   **changes: Any) -> dict[str, Any]:
    """Change any of full_name, badge_no, agency (id or code), roles, active; unchanged values are no-ops."""
    feed = _locked_feed(conn)
    acc = _load(conn, account_id, lock=True)
    new = dict(acc)
    try:
        if changes.get("full_name") is not None:
            new["full_name"] = validation.required_text(changes["full_name"], "full_name", 120)
        if "badge_no" in changes:
            new["badge_no"] = validation.max_text(changes["badge_no"], "badge_no", 32) or None
        if changes.get("roles") is not None:
            new["roles"] = sorted({Role(r).value for r in changes["roles"]})
            if not new["roles"]:
                raise auth.ApiError(422, "validation.required", field="roles")
    except FieldOpsError as exc:
        raise _invalid(exc) from None
    except ValueError:
        raise auth.ApiError(422, "validation.invalid", field="roles") from None
    if changes.get("agency") is not None:
        new["agency_id"], _ = resolve_agency(conn, changes["agency"])
    if changes.get("active") is not None:
        new["active"] = bool(changes["active"])
    changed = sorted(f for f in ("full_name", "badge_no", "agency_id", "roles", "active") if new[f] != acc[f])
    if not changed:
        return acc
    was_admin = acc["active"] and Role.ADMINISTRATOR.value in (acc["roles"] or [])
    if was_admin and not (new["active"] and Role.ADMINISTRATOR.value in new["roles"]):
        _keep_an_admin(conn, account_id)
    _check_unique(conn, None, new["badge_no"] if "badge_no" in changed else None, account_id)
    codes = agency_codes(conn)
    new["version"] = publish(conn, feed, new, codes.get(new["agency_id"], ""), changed, now)
    new["updated_at"] = now
    conn.execute(update(schema.account).where(schema.account.c.id == account_id).values(
        **{f: new[f] for f in changed}, version=new["version"], updated_at=now))
    audit(conn, actor, "account_update", "account", account_id, now, fields=changed)
    return new


def set_password(conn: Connection, actor: Actor, account_id: str, password: str, *, now: datetime,
                 kdf: KdfParams | None = None) -> None:
    """Set or reset the online password; ends the account's refresh tokens on every device."""
    try:
        check_password_strength(password)
    except FieldOpsError as exc:
        raise _invalid(exc) from None
    password_hash = auth.hash_password(password, kdf)
    _load(conn, account_id)
    conn.execute(update(schema.account).where(schema.account.c.id == account_id).values(
        password_hash=password_hash, updated_at=now))
    end_sessions(conn, user_id=account_id)
    audit(conn, actor, "account_password", "account", account_id, now)


def new_enrollment(conn: Connection, actor: Actor, agency: str | None, hours: int, *,
                   now: datetime) -> tuple[str, datetime, str, str]:
    """(code, expires_at, agency id, agency code): a single-use code, stored as its SHA-256."""
    agency_id, agency_code = resolve_agency(conn, agency)
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * CODE_GROUP_LEN))
    code = "-".join(raw[i:i + CODE_GROUP_LEN] for i in range(0, len(raw), CODE_GROUP_LEN))
    expires = now + timedelta(hours=hours)
    conn.execute(insert(schema.enrollment).values(
        code_hash=auth.sha256_hex(normalize_code(code)), agency_id=agency_id, created_by=actor.user_id,
        created_at=now, expires_at=expires))
    audit(conn, actor, "enrollment_create", "enrollment", None, now, agency=agency_code, hours=hours)
    return code, expires, agency_id, agency_code


def normalize_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def revoke_device(conn: Connection, actor: Actor, device_id: str, *, now: datetime) -> dict[str, Any]:
    d = schema.device.c
    row = conn.execute(select(schema.device).where(d.id == device_id)).first()
    if row is None:
        raise auth.ApiError(404, NOT_FOUND)
    if row.revoked_at is None:
        conn.execute(update(schema.device).where(d.id == device_id).values(revoked_at=now))
        end_sessions(conn, device_id=device_id)
        audit(conn, actor, "device_revoke", "device", device_id, now, name=row.name)
    return dict(conn.execute(select(schema.device).where(d.id == device_id)).one()._mapping)


def device_out(row: Mapping[Any, Any]) -> DeviceOut:
    return DeviceOut(id=row["id"], name=row["name"], agency_id=row["agency_id"], enrolled_by=row["enrolled_by"],
                     enrolled_at=row["enrolled_at"], revoked_at=row["revoked_at"], last_seen_at=row["last_seen_at"])


# ---- refresh token sessions (server_meta rows: current and previous jti per user and device) ---------------
def _session_key(user_id: str, device_id: str) -> str:
    return f"rt:{user_id}:{auth.sha256_hex(device_id)[:24]}"  # 64 characters: server_meta.key's length


def _put_session(conn: Connection, user_id: str, device_id: str, value: dict[str, Any]) -> None:
    m = schema.server_meta.c
    key = _session_key(user_id, device_id)
    text = json.dumps(value)
    if conn.execute(update(schema.server_meta).where(m.key == key).values(value=text)).rowcount == 0:
        conn.execute(insert(schema.server_meta).values(key=key, value=text))


def end_sessions(conn: Connection, *, user_id: str | None = None, device_id: str | None = None) -> None:
    m = schema.server_meta.c
    if user_id is not None and device_id is not None:
        conn.execute(delete(schema.server_meta).where(m.key == _session_key(user_id, device_id)))
    elif user_id is not None:
        conn.execute(delete(schema.server_meta).where(m.key.like(f"rt:{user_id}:%")))
    elif device_id is not None:
        conn.execute(delete(schema.server_meta).where(m.key.like(f"rt:%:{auth.sha256_hex(device_id)[:24]}")))


def _tokens(request: Request, conn: Connection, acc: Mapping[str, Any], device_id: str,
            session: dict[str, Any] | None = None) -> TokenOut:
    """Issue both tokens. `session` None: a new sign-in (a new refresh jti, nothing before it); else the stored
    session the presented refresh token belongs to (see `refresh`)."""
    key, now = auth.signing_key(request), auth.clock(request)()
    access, _ = auth.issue_token(key, sub=acc["id"], dev=device_id, kind="access", now=now, ttl=ACCESS_TTL)
    keep = session.get("keep") if session else None
    refresh, claims = auth.issue_token(key, sub=acc["id"], dev=device_id, kind="refresh", now=now, ttl=REFRESH_TTL,
                                       jti=keep)
    if keep is None:  # a rotation (or a new sign-in): the presented jti becomes the previous one
        _put_session(conn, acc["id"], device_id, {"jti": claims.jti, "prev": session.get("jti") if session else None,
                                                  "at": int(now)})
    return TokenOut(access_token=access, refresh_token=refresh, expires_in=ACCESS_TTL,
                    refresh_expires_in=REFRESH_TTL, user=user_out(acc, agency_codes(conn)))


# ---- request helpers ----------------------------------------------------------------------------------------
_limiter_lock = threading.Lock()


def limiter(request: Request) -> LoginLimiter:
    state = request.app.state
    with _limiter_lock:
        lim = getattr(state, "login_limiter", None)
        if lim is None:
            lim = state.login_limiter = LoginLimiter()
    assert isinstance(lim, LoginLimiter)
    return lim


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _rate_limited(wait: int) -> auth.ApiError:
    return auth.ApiError(429, auth.RATE_LIMITED, headers={"Retry-After": str(wait)}, retry_after=wait)


def _device(conn: Connection, device_id: str, secret: str) -> Mapping[Any, Any]:
    """The enrolled device whose secret matches, else 401 device_unknown / device_revoked."""
    row = conn.execute(select(schema.device).where(schema.device.c.id == device_id)).first()
    if row is None or not auth.same_digest(row.secret_hash, secret):
        raise auth.unauthorized(auth.DEVICE_UNKNOWN)
    if row.revoked_at is not None:
        raise auth.unauthorized(auth.DEVICE_REVOKED)
    return row._mapping


Caller = Annotated[Principal, Depends(auth.require_principal)]
Admin = Annotated[Principal, Depends(auth.require_admin)]
AccountId = Annotated[str, Path(max_length=36, pattern=NO_NUL)]


def _actor(p: Principal) -> Actor:
    return Actor(p.user_id, p.device_id)


# ---- devices and sign-in ------------------------------------------------------------------------------------
@router.post("/v1/devices/enroll", response_model=EnrollOut, responses=_errors(400, 429))
def enroll(body: EnrollIn, request: Request) -> EnrollOut:
    """Enroll a laptop with a single-use code an administrator created. Returns the device secret once."""
    address, lim = client_address(request), limiter(request)
    wait = lim.retry_after(None, address)
    if wait:
        raise _rate_limited(wait)
    escrow = None
    if body.escrow_key:
        try:
            escrow = base64.b64decode(body.escrow_key, validate=True)
        except (binascii.Error, ValueError):
            raise auth.ApiError(422, "validation.invalid", field="escrow_key") from None
    now = auth.now_dt(request)
    code_hash = auth.sha256_hex(normalize_code(body.code))
    secret = secrets.token_urlsafe(32)
    e, d = schema.enrollment.c, schema.device.c
    try:
        with auth.engine_of(request).begin() as conn:
            row = conn.execute(select(schema.enrollment).where(e.code_hash == code_hash)).first()
            if row is None:
                raise auth.ApiError(400, CODE_INVALID, field="code")
            if row.used_at is not None:
                raise auth.ApiError(400, CODE_USED, field="code")
            expires = auth.aware(row.expires_at)
            if expires is None or expires <= now:
                raise auth.ApiError(400, CODE_EXPIRED, field="code")
            device_id = body.device_id.lower() if body.device_id else None
            if device_id is None or conn.execute(select(d.id).where(d.id == device_id)).first():
                device_id = uuid7()
            claimed = conn.execute(update(schema.enrollment).where(
                e.code_hash == code_hash, e.used_at.is_(None)).values(used_at=now, device_id=device_id)).rowcount
            if claimed != 1:  # another request took the code meanwhile
                raise auth.ApiError(400, CODE_USED, field="code")
            agency_code = agency_codes(conn).get(row.agency_id, "")
            conn.execute(insert(schema.device).values(
                id=device_id, name=body.name.strip() or "laptop", agency_id=row.agency_id,
                secret_hash=auth.sha256_hex(secret), escrow_key=escrow, enrolled_by=row.created_by,
                enrolled_at=now))
            audit(conn, Actor(row.created_by, device_id, "enroll"), "device_enroll", "device", device_id, now,
                  name=body.name.strip()[:120], agency=agency_code)
    except auth.ApiError:
        lim.failed(None, address)
        raise
    return EnrollOut(device_id=device_id, device_secret=secret, agency_id=row.agency_id, agency_code=agency_code)


@router.post("/v1/auth/login", response_model=TokenOut, responses=_errors(401, 403, 429))
def login(body: LoginIn, request: Request) -> TokenOut:
    """Sign in online on an enrolled device: an access token (short) and a refresh token (single use)."""
    name, address, lim = body.username.strip().lower(), client_address(request), limiter(request)
    wait = lim.retry_after(name, address)
    if wait:
        raise _rate_limited(wait)
    now = auth.now_dt(request)
    engine = auth.engine_of(request)
    with engine.connect() as conn:
        try:
            device = _device(conn, body.device_id, body.device_secret)
        except auth.ApiError:
            lim.failed(None, address)
            raise
        acc_row = conn.execute(select(schema.account).where(schema.account.c.username == name)).first()
    acc = dict(acc_row._mapping) if acc_row is not None else None
    if acc is None or not acc["password_hash"]:
        auth.dummy_verify(body.password, auth.kdf_params(request.app.state))
        ok = False
    else:
        ok = auth.verify_password(acc["password_hash"], body.password)
    actor = Actor(acc["id"] if acc else None, body.device_id)
    if not ok:
        lim.failed(name, address)
        with engine.begin() as conn:
            audit(conn, actor, "login_failed", "account", acc["id"] if acc else None, now, address=address,
                  reason="wrong_password" if acc else "unknown_user")
        raise auth.unauthorized(auth.WRONG_PASSWORD)
    assert acc is not None
    lim.succeeded(name)
    if not acc["active"]:
        raise auth.ApiError(403, auth.USER_INACTIVE)
    with engine.begin() as conn:
        out = _tokens(request, conn, acc, body.device_id)
        audit(conn, actor, "login", "account", acc["id"], now, address=address)
    if device["escrow_key"]:
        # The laptop's data key stays wrapped by this key, which only the server keeps: a person with an
        # account can sign in on an enrolled laptop for the first time (then they get a local key slot).
        out.escrow_key = base64.b64encode(device["escrow_key"]).decode()
    return out


@router.post("/v1/auth/refresh", response_model=TokenOut, responses=_errors(401, 403))
def refresh(body: RefreshIn, request: Request) -> TokenOut:
    """A new access token and a new refresh token for a refresh token. Each refresh token is used once; the one
    before the current one still works for REFRESH_GRACE seconds after the rotation (a lost reply, two sessions
    of one laptop) and yields the current one; any older one is a replay and ends the session."""
    now_s = auth.clock(request)()
    try:
        claims = auth.decode_token(auth.signing_key(request), body.refresh_token, kind="refresh", now=now_s)
    except auth.TokenError as exc:
        raise auth.unauthorized(exc.code) from None
    if claims.dev != body.device_id:
        raise auth.unauthorized(auth.TOKEN_INVALID)
    m = schema.server_meta.c
    with auth.engine_of(request).begin() as conn:
        _device(conn, body.device_id, body.device_secret)
        acc = conn.execute(select(schema.account).where(schema.account.c.id == claims.sub)).first()
        if acc is None:
            raise auth.unauthorized(auth.TOKEN_INVALID)
        if not acc.active:
            raise auth.ApiError(403, auth.USER_INACTIVE)
        query = select(m.value).where(m.key == _session_key(claims.sub, claims.dev))
        if conn.dialect.name == "postgresql":
            query = query.with_for_update()
        stored = conn.execute(query).scalar()
        session = json.loads(stored) if stored else {}
        if claims.jti == session.get("jti"):
            return _tokens(request, conn, dict(acc._mapping), claims.dev, session)
        if claims.jti == session.get("prev") and now_s - float(session.get("at", 0)) <= REFRESH_GRACE:
            # The reply to the last rotation was lost, or two sessions of this laptop refreshed at once: answer
            # with the current jti again (no new rotation), so every holder ends up with the same session.
            return _tokens(request, conn, dict(acc._mapping), claims.dev, {**session, "keep": session["jti"]})
        # A token used before (or of an ended session): someone may hold a copy. End the session.
        end_sessions(conn, user_id=claims.sub, device_id=claims.dev)
    raise auth.unauthorized(auth.TOKEN_INVALID)


@router.get("/v1/me", response_model=UserOut, responses=_errors(401))
def me(request: Request, caller: Caller) -> UserOut:
    with auth.engine_of(request).connect() as conn:
        return user_out(_load(conn, caller.user_id), agency_codes(conn))


# ---- administration ----------------------------------------------------------------------------------------
@router.get("/v1/admin/users", response_model=list[UserOut], tags=["admin"], responses=_errors(401, 403))
def list_users(request: Request, _admin: Admin) -> list[UserOut]:
    with auth.engine_of(request).connect() as conn:
        codes = agency_codes(conn)
        rows = conn.execute(select(schema.account).order_by(schema.account.c.full_name)).all()
        return [user_out(r._mapping, codes) for r in rows]


@router.post("/v1/admin/users", response_model=UserOut, status_code=201, tags=["admin"],
             responses=_errors(401, 403, 409))
def add_user(body: UserCreateIn, request: Request, admin: Admin) -> UserOut:
    """Create an account (409 `accounts.id_exists` if the id is taken: PATCH it instead)."""
    with auth.engine_of(request).begin() as conn:
        acc = create_account(
            conn, _actor(admin), username=body.username, full_name=body.full_name,
            agency=_agency_ref(body.agency_id, body.agency_code) or admin.agency_id, roles=body.roles,
            badge_no=body.badge_no, account_id=body.id.lower() if body.id else None, password=body.password,
            active=body.active, kdf=auth.kdf_params(request.app.state), now=auth.now_dt(request))
        return user_out(acc, agency_codes(conn))


@router.patch("/v1/admin/users/{account_id}", response_model=UserOut, tags=["admin"],
              responses=_errors(401, 403, 404, 409))
def patch_user(account_id: AccountId, body: UserPatchIn, request: Request, admin: Admin) -> UserOut:
    changes: dict[str, Any] = {"full_name": body.full_name, "roles": body.roles, "active": body.active,
                               "agency": _agency_ref(body.agency_id, body.agency_code)}
    if "badge_no" in body.model_fields_set:
        changes["badge_no"] = body.badge_no
    with auth.engine_of(request).begin() as conn:
        acc = update_account(conn, _actor(admin), account_id, now=auth.now_dt(request), **changes)
        return user_out(acc, agency_codes(conn))


@router.post("/v1/admin/users/{account_id}/password", status_code=204, tags=["admin"],
             responses=_errors(401, 403, 404))
def post_password(account_id: AccountId, body: PasswordIn, request: Request, admin: Admin) -> None:
    with auth.engine_of(request).begin() as conn:
        set_password(conn, _actor(admin), account_id, body.password, now=auth.now_dt(request),
                     kdf=auth.kdf_params(request.app.state))


@router.post("/v1/admin/enrollments", response_model=EnrollmentOut, status_code=201, tags=["admin"],
             responses=_errors(401, 403))
def add_enrollment(body: EnrollmentIn, request: Request, admin: Admin) -> EnrollmentOut:
    with auth.engine_of(request).begin() as conn:
        code, expires, agency_id, agency_code = new_enrollment(
            conn, _actor(admin), _agency_ref(body.agency_id, body.agency_code) or admin.agency_id,
            body.valid_hours, now=auth.now_dt(request))
    return EnrollmentOut(code=code, expires_at=expires, agency_id=agency_id, agency_code=agency_code)


@router.get("/v1/admin/devices", response_model=list[DeviceOut], tags=["admin"], responses=_errors(401, 403))
def list_devices(request: Request, _admin: Admin) -> list[DeviceOut]:
    with auth.engine_of(request).connect() as conn:
        rows = conn.execute(select(schema.device).order_by(schema.device.c.enrolled_at)).all()
    return [device_out(r._mapping) for r in rows]


@router.post("/v1/admin/devices/{device_id}/revoke", response_model=DeviceOut, tags=["admin"],
             responses=_errors(401, 403, 404))
def post_revoke(device_id: AccountId, request: Request, admin: Admin) -> DeviceOut:
    with auth.engine_of(request).begin() as conn:
        return device_out(revoke_device(conn, _actor(admin), device_id, now=auth.now_dt(request)))


def count_accounts(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(schema.account)).scalar_one())
