"""Passwords, tokens and the caller's identity (`require_principal`).

Passwords: Argon2id (argon2-cffi), the cost from `KdfParams` (tests use `FAST_KDF`; production the defaults).

Tokens: compact HMAC-SHA256 tokens, `base64url(json claims) "." base64url(mac)`, with the claims `sub` (user
id), `dev` (device id), `kind` ("access" | "refresh"), `iat`, `exp` and `jti`. The MAC covers a version
prefix and the claims; it is compared in constant time. An access token lives ACCESS_TTL seconds and is
checked on every request against the database (account active, device not revoked), so a deactivation or a
revocation takes effect at the next request. A refresh token lives REFRESH_TTL seconds and is single use:
the server keeps the current `jti` per (user, device) and rotates it on every refresh (see `accounts.py`).

Errors: `ApiError` is an HTTPException whose body, with `install(app)`, is `{"error": code, ...}`; 401s carry
`WWW-Authenticate: Bearer`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine, select, update

from fieldops.keyslots import DEFAULT_KDF, KdfParams
from fieldops.server import schema
from fieldops.server.config import ACCESS_TTL, REFRESH_TTL, ServerConfig
from fieldops.server.principal import Principal

TOKEN_INVALID = "auth.token_invalid"
TOKEN_EXPIRED = "auth.token_expired"
DEVICE_REVOKED = "auth.device_revoked"
DEVICE_UNKNOWN = "auth.device_unknown"
USER_INACTIVE = "auth.user_inactive"
WRONG_PASSWORD = "auth.wrong_password"
NOT_PERMITTED = "auth.not_permitted"
RATE_LIMITED = "auth.rate_limited"

SEEN_EVERY = 60.0  # seconds: device.last_seen_at is written at most this often
_MAC_PREFIX = b"fieldops.token.v1."


# ---- errors ------------------------------------------------------------------------------------------------
class ApiError(HTTPException):
    """A refusal with a stable machine-readable code (`{"error": code, **extra}` once `install(app)` ran)."""

    def __init__(self, status: int, code: str, headers: dict[str, str] | None = None, **extra: Any) -> None:
        super().__init__(status_code=status, detail=code, headers=headers)
        self.code = code
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {"error": self.code, **self.extra}


def unauthorized(code: str) -> ApiError:
    return ApiError(401, code, headers={"WWW-Authenticate": "Bearer"})


async def _api_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return JSONResponse(exc.body(), status_code=exc.status_code, headers=exc.headers)


def install(app: FastAPI) -> None:
    """Register the `{"error": code}` body for ApiError (call once in the app factory)."""
    app.add_exception_handler(ApiError, _api_error_handler)


# ---- passwords ---------------------------------------------------------------------------------------------
def kdf_params(app_state: Any = None) -> KdfParams:
    """The cost for new hashes: `app.state.kdf` if set (tests), else FIELDOPS_SERVER_KDF="t,m,p" (test servers
    started as a subprocess), else the defaults."""
    params = getattr(app_state, "kdf", None) if app_state is not None else None
    if isinstance(params, KdfParams):
        return params
    env = os.environ.get("FIELDOPS_SERVER_KDF")
    if env:
        t, m, p = (int(x) for x in env.split(","))
        return KdfParams(t, m, p)
    return DEFAULT_KDF


def _hasher(params: KdfParams | None) -> Any:
    from argon2 import PasswordHasher, Type

    p = params or DEFAULT_KDF
    return PasswordHasher(time_cost=p.time_cost, memory_cost=p.memory_kib, parallelism=p.parallelism,
                          hash_len=32, salt_len=16, type=Type.ID)


def hash_password(password: str, params: KdfParams | None = None) -> str:
    return str(_hasher(params).hash(password))


def verify_password(password_hash: str | None, password: str) -> bool:
    """True if `password` matches; the cost comes from the hash itself. Never raises for a bad hash."""
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    if not password_hash:
        return False
    try:
        return bool(_hasher(None).verify(password_hash, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


_dummy: dict[KdfParams, str] = {}


def dummy_verify(password: str, params: KdfParams | None = None) -> None:
    """Spend what a real check costs, for unknown user names (no timing hint about which names exist)."""
    p = params or DEFAULT_KDF
    if p not in _dummy:
        _dummy[p] = hash_password(secrets.token_urlsafe(16), p)
    verify_password(_dummy[p], password)


# ---- secrets stored as digests -------------------------------------------------------------------------------
def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def same_digest(stored_hex: str | None, value: str) -> bool:
    return bool(stored_hex) and hmac.compare_digest(str(stored_hex), sha256_hex(value))


# ---- tokens ------------------------------------------------------------------------------------------------
def _b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _b64d(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(key: bytes, payload: str) -> bytes:
    return hmac.new(key, _MAC_PREFIX + payload.encode(), hashlib.sha256).digest()


@dataclass(frozen=True)
class Claims:
    sub: str
    dev: str
    kind: str
    iat: int
    exp: int
    jti: str


class TokenError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def issue_token(key: bytes, *, sub: str, dev: str, kind: str, now: float | None = None,
                ttl: int | None = None, jti: str | None = None) -> tuple[str, Claims]:
    now_s = int(time.time() if now is None else now)
    lifetime = ttl if ttl is not None else (ACCESS_TTL if kind == "access" else REFRESH_TTL)
    claims = Claims(sub=sub, dev=dev, kind=kind, iat=now_s, exp=now_s + lifetime,
                    jti=jti or secrets.token_urlsafe(12))
    payload = _b64e(json.dumps(claims.__dict__, separators=(",", ":"), sort_keys=True).encode())
    return f"{payload}.{_b64e(_mac(key, payload))}", claims


def decode_token(key: bytes, token: str, *, kind: str, now: float | None = None) -> Claims:
    """The token's claims if the MAC, the kind and the expiry hold; else TokenError(token_invalid|expired)."""
    if not token or len(token) > 2048 or token.count(".") != 1:
        raise TokenError(TOKEN_INVALID)
    payload, mac = token.split(".")
    try:
        given = _b64d(mac)
    except (binascii.Error, ValueError):
        raise TokenError(TOKEN_INVALID) from None
    if not hmac.compare_digest(given, _mac(key, payload)):
        raise TokenError(TOKEN_INVALID)
    try:
        raw = json.loads(_b64d(payload))
        claims = Claims(sub=str(raw["sub"]), dev=str(raw["dev"]), kind=str(raw["kind"]), iat=int(raw["iat"]),
                        exp=int(raw["exp"]), jti=str(raw["jti"]))
    except (binascii.Error, ValueError, KeyError, TypeError):
        raise TokenError(TOKEN_INVALID) from None
    if claims.kind != kind:
        raise TokenError(TOKEN_INVALID)
    if (time.time() if now is None else now) >= claims.exp:
        raise TokenError(TOKEN_EXPIRED)
    return claims


# ---- the request's context ------------------------------------------------------------------------------------
def clock(request: Request) -> Callable[[], float]:
    """Seconds since the epoch; tests set `app.state.clock` to move time."""
    fn = getattr(request.app.state, "clock", None)
    return fn if callable(fn) else time.time


def now_dt(request: Request) -> datetime:
    return datetime.fromtimestamp(clock(request)(), UTC)


def engine_of(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def signing_key(request: Request) -> bytes:
    config: ServerConfig = request.app.state.config
    return config.signing_key()


def bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise unauthorized(TOKEN_INVALID)
    return token.strip()


def aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:  # SQLite hands naive datetimes back
        return value.replace(tzinfo=UTC)
    return value


def require_principal(request: Request) -> Principal:
    """FastAPI dependency: the user and device of the bearer access token, both still in good standing."""
    try:
        claims = decode_token(signing_key(request), bearer(request), kind="access", now=clock(request)())
    except TokenError as exc:
        raise unauthorized(exc.code) from None
    now = now_dt(request)
    a, d = schema.account.c, schema.device.c
    with engine_of(request).connect() as conn:
        dev = conn.execute(select(d.revoked_at, d.last_seen_at).where(d.id == claims.dev)).first()
        if dev is None or dev.revoked_at is not None:
            raise unauthorized(DEVICE_REVOKED)
        acc = conn.execute(select(a.id, a.username, a.agency_id, a.roles, a.active).where(a.id == claims.sub)).first()
        if acc is None:
            raise unauthorized(TOKEN_INVALID)
        if not acc.active:
            raise unauthorized(USER_INACTIVE)
        seen = aware(dev.last_seen_at)
        if seen is None or now - seen > timedelta(seconds=SEEN_EVERY):
            conn.execute(update(schema.device).where(d.id == claims.dev).values(last_seen_at=now))
            conn.commit()
    principal = Principal(acc.id, claims.dev, acc.agency_id, frozenset(acc.roles or ()), acc.username)
    request.state.principal = principal
    return principal


def require_admin(request: Request) -> Principal:
    principal = require_principal(request)
    if not principal.is_admin:
        raise ApiError(403, NOT_PERMITTED)
    return principal
