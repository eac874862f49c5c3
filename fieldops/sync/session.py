"""The laptop's link to the regional server: enrollment, online sign-in, and authenticated requests.

The link (server URL, the device id and secret the server issued, the agency) and each user's refresh token
live in `sync_state` inside the encrypted workspace database, so background sync works after an offline
sign-in and nothing secret sits in a plain file. Access tokens stay in memory.

    link = enroll(fo, "https://fieldops.example", "ABCD-EFGH-JKLM-NPQR", "LV-LAPTOP-07")   # administrator
    session = ServerSession(link); session.login("jberzins", password); session.store_refresh(fo)
    later: session = ServerSession.resume(fo)          # the signed-in user's stored refresh token
    session.request("GET", "/v1/sync/pull", params={"cursor": 0})

Failures are typed: SERVER_UNREACHABLE (no connection, timeout), SERVER_AUTH (no valid refresh token: sign in
online again), DEVICE_REVOKED (the server refused this laptop: its sync credentials are wiped), SERVER_ERROR
(5xx). Other 4xx responses are returned for the caller to read. Qt-free; httpx only (no FastAPI here).
"""

from __future__ import annotations

import base64
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx
from sqlalchemy import delete, select
from sqlmodel import col

from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models import SyncState
from fieldops.models.enums import AuditAction, Role

if TYPE_CHECKING:
    from fieldops.app import FieldOps

KEY_URL = "server.url"
KEY_DEVICE_ID = "server.device_id"
KEY_DEVICE_SECRET = "server.device_secret"
KEY_AGENCY_ID = "server.agency_id"
KEY_AGENCY_CODE = "server.agency_code"
REFRESH_PREFIX = "server.refresh."
TIMEOUT = 15.0  # seconds per request (connect, read, write)
DEVICE_CODES = {"auth.device_revoked", "auth.device_unknown"}


@dataclass(frozen=True)
class ServerLink:
    url: str
    device_id: str
    device_secret: str = field(repr=False)
    agency_id: str
    agency_code: str = ""  # the agency the enrollment code was for (VP-KRP, KAVPK, …)

    @property
    def server_url(self) -> str:
        return self.url


# ---- the link, stored in the workspace --------------------------------------------------------------------
def normalize_url(url: str) -> str:
    """`https://host[:port][/prefix]` without a trailing slash; INVALID (field "url") otherwise."""
    text = url.strip()
    if "://" not in text and text:
        text = f"https://{text}"
    text = text.rstrip("/")
    try:
        parsed = httpx.URL(text)
    except (httpx.InvalidURL, ValueError):
        raise FieldOpsError(ErrorCode.INVALID, field="url", detail=url[:80]) from None
    if parsed.scheme not in ("http", "https") or not parsed.host or parsed.query or parsed.fragment:
        raise FieldOpsError(ErrorCode.INVALID, field="url", detail=url[:80])
    return text


def _rows(fo: FieldOps, keys: list[str]) -> dict[str, str]:
    with fo._ctx.read() as s:
        found = s.execute(select(col(SyncState.key), col(SyncState.value)).where(col(SyncState.key).in_(keys)))
        return {str(k): str(v) for k, v in found}


def _put(fo: FieldOps, values: dict[str, str], audit: dict[str, Any] | None = None,
         device_id: str | None = None) -> None:
    with fo._ctx.write() as uow:
        for key, value in values.items():
            uow.session.merge(SyncState(key=key, value=value))
        if audit is not None:
            uow.audit(AuditAction.ALTERATION, "device", device_id, audit)
        uow.touch("server_link")


def load_link(fo: FieldOps) -> ServerLink | None:
    rows = _rows(fo, [KEY_URL, KEY_DEVICE_ID, KEY_DEVICE_SECRET, KEY_AGENCY_ID, KEY_AGENCY_CODE])
    if not all(rows.get(k) for k in (KEY_URL, KEY_DEVICE_ID, KEY_DEVICE_SECRET)):
        return None
    return ServerLink(rows[KEY_URL], rows[KEY_DEVICE_ID], rows[KEY_DEVICE_SECRET], rows.get(KEY_AGENCY_ID, ""),
                      rows.get(KEY_AGENCY_CODE, ""))


def has_refresh(fo: FieldOps, user_id: str) -> bool:
    """Whether `user_id` signed in online on this laptop (a stored refresh token; it may have expired since)."""
    return bool(_rows(fo, [REFRESH_PREFIX + user_id]))


def save_link(fo: FieldOps, link: ServerLink) -> None:
    """Store the link (one transaction with its audit event). A new link drops the old one's refresh tokens."""
    with fo._ctx.write() as uow:
        uow.session.execute(delete(SyncState).where(col(SyncState.key).startswith(REFRESH_PREFIX)))
        for key, value in ((KEY_URL, link.url), (KEY_DEVICE_ID, link.device_id),
                           (KEY_DEVICE_SECRET, link.device_secret), (KEY_AGENCY_ID, link.agency_id),
                           (KEY_AGENCY_CODE, link.agency_code)):
            uow.session.merge(SyncState(key=key, value=value))
        uow.audit(AuditAction.ALTERATION, "device", link.device_id, {"server_link": "enrolled", "server": link.url})
        uow.touch("server_link")


def forget_link(fo: FieldOps, reason: str = "revoked") -> None:
    """Wipe the sync credentials (link, device secret, every refresh token): after the server revoked this
    laptop, or before connecting it to another server. Local records and the outbox are kept."""
    link = load_link(fo)
    with fo._ctx.write() as uow:
        linked = uow.session.execute(select(col(SyncState.key)).where(
            col(SyncState.key).startswith("server.")).limit(1)).first()
        if linked is None:  # nothing to forget (a second caller after a revocation): no audit event either
            return
        uow.session.execute(delete(SyncState).where(col(SyncState.key).startswith("server.")))
        uow.audit(AuditAction.ALTERATION, "device", link.device_id if link else None,
                  {"server_link": "removed", "reason": reason})
        uow.touch("server_link")
    keyfile = fo._ctx.keyfile
    keyfile.set_server({})
    with keyfile.updating():
        keyfile.slots.pop(keyfile.ESCROW, None)


def online_sign_in(server: dict[str, str], username: str, password: str, *,
                   client: httpx.Client | None = None, timeout: float = TIMEOUT) -> dict[str, Any]:
    """A person's first sign-in on this laptop: the server checks the password and answers with the account
    and the escrow key that unwraps the laptop's data key. Typed errors: WRONG_PASSWORD, USER_INACTIVE,
    LOCKED_OUT, DEVICE_REVOKED, SERVER_UNREACHABLE."""
    own = client is None
    http = client or httpx.Client(timeout=timeout)
    try:
        response = _send(http, "POST", f"{server['url']}/v1/auth/login", json={
            "username": username, "password": password, "device_id": server["device_id"],
            "device_secret": server["device_secret"]})
    finally:
        if own:
            http.close()
    if response.status_code == 200:
        data: dict[str, Any] = response.json()
        if not data.get("escrow_key"):
            raise FieldOpsError(ErrorCode.UNKNOWN_USER, field="password")  # enrolled before escrow existed
        return data
    if response.status_code == 429:
        raise FieldOpsError(ErrorCode.LOCKED_OUT, field="password", seconds=_retry_after(response))
    code = error_code(response)
    if code == "auth.device_revoked":
        raise FieldOpsError(ErrorCode.DEVICE_REVOKED)
    if response.status_code == 403:
        raise FieldOpsError(ErrorCode.USER_INACTIVE, field="username")
    if response.status_code == 401:
        raise FieldOpsError(ErrorCode.WRONG_PASSWORD, field="password")
    raise _server_error(response)


# ---- responses --------------------------------------------------------------------------------------------
def error_code(response: httpx.Response) -> str:
    """The server's error code: `{"error": code}`, or FastAPI's `{"detail": code | {"error": code}}`."""
    try:
        body = response.json()
    except ValueError:
        return ""
    if not isinstance(body, dict):
        return ""
    if isinstance(body.get("error"), str):
        return str(body["error"])
    detail = body.get("detail")
    if isinstance(detail, dict) and isinstance(detail.get("error"), str):
        return str(detail["error"])
    return detail if isinstance(detail, str) else ""


def _retry_after(response: httpx.Response) -> int:
    try:
        return max(1, int(response.headers.get("retry-after", "60")))
    except ValueError:
        return 60


def _server_error(response: httpx.Response) -> FieldOpsError:
    return FieldOpsError(ErrorCode.SERVER_ERROR, detail=str(response.status_code))


def _send(client: httpx.Client, method: str, url: str, **kwargs: Any) -> httpx.Response:
    try:
        return client.request(method, url, **kwargs)
    except httpx.TransportError as exc:  # connect, timeout, network, protocol
        raise FieldOpsError(ErrorCode.SERVER_UNREACHABLE, detail=type(exc).__name__) from None


# ---- enrollment -----------------------------------------------------------------------------------------------
def enroll(fo: FieldOps, url: str, code: str, name: str, *, client: httpx.Client | None = None,
           escrow_key: str | None = None, timeout: float = TIMEOUT) -> ServerLink:
    """Enroll this laptop with an administrator's single-use code and store the link (administrators only).
    A wrong, used or expired code is INVALID on the field "code" (detail: the server's code)."""
    fo._ctx.require(Role.ADMINISTRATOR)
    base = normalize_url(url)
    if not code.strip():
        raise FieldOpsError(ErrorCode.REQUIRED, field="code")
    if not name.strip():
        raise FieldOpsError(ErrorCode.REQUIRED, field="name")
    body: dict[str, Any] = {"code": code.strip()[:64], "name": name.strip()[:120], "device_id": fo.device_id}
    escrow = secrets.token_bytes(32)  # wraps the data key for first sign-ins; only the server keeps it
    body["escrow_key"] = escrow_key or base64.b64encode(escrow).decode()
    own = client is None
    http = client or httpx.Client(timeout=timeout)
    try:
        response = _send(http, "POST", f"{base}/v1/devices/enroll", json=body)
    finally:
        if own:
            http.close()
    if response.status_code == 200:
        data = response.json()
        link = ServerLink(base, str(data["device_id"]), str(data["device_secret"]), str(data["agency_id"]),
                          str(data.get("agency_code") or ""))
        save_link(fo, link)
        keyfile = fo._ctx.keyfile
        keyfile.add_escrow(base64.b64decode(body["escrow_key"]), fo._ctx.data_key)
        keyfile.set_server({"url": link.url, "device_id": link.device_id, "device_secret": link.device_secret})
        return link
    if response.status_code == 429:
        raise FieldOpsError(ErrorCode.LOCKED_OUT, field="code", seconds=_retry_after(response))
    if response.status_code in (400, 422):
        raise FieldOpsError(ErrorCode.INVALID, field="code", detail=error_code(response) or "enroll.code_invalid")
    if response.status_code == 404:  # not a fieldops server at this address
        raise FieldOpsError(ErrorCode.INVALID, field="url", detail=base)
    raise _server_error(response)


# ---- the session ----------------------------------------------------------------------------------------------
class ServerSession:
    """One user's online session on this laptop: tokens in memory, the refresh token also in `sync_state`
    once `store_refresh`/`load_refresh` attached a workspace (rotated tokens are then stored again, from the
    calling thread). Safe to share between threads: a refresh happens once for all waiting requests."""

    def __init__(self, link: ServerLink, *, client: httpx.Client | None = None, timeout: float = TIMEOUT) -> None:
        self.link = link
        self._own_client = client is None
        self.client = client or httpx.Client(timeout=timeout)
        self.access_token: str | None = None
        self.refresh_token: str | None = None
        self.user: dict[str, Any] | None = None
        self.user_id: str | None = None
        self._fo: FieldOps | None = None
        self._lock = threading.RLock()

    @classmethod
    def resume(cls, fo: FieldOps, *, client: httpx.Client | None = None,
               timeout: float = TIMEOUT) -> ServerSession | None:
        """The signed-in user's session from the stored link and refresh token; None if either is missing
        (the laptop is not enrolled, or this user has not signed in online on it yet)."""
        link = load_link(fo)
        if link is None:
            return None
        session = cls(link, client=client, timeout=timeout)
        if not session.load_refresh(fo, fo.user.id):
            session.close()
            return None
        return session

    def close(self) -> None:
        if self._own_client:
            self.client.close()

    def __enter__(self) -> ServerSession:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _url(self, path: str) -> str:
        return f"{self.link.url}{path}"

    # ---- sign-in and tokens -------------------------------------------------------------------------------
    def login(self, username: str, password: str) -> dict[str, Any]:
        """Online sign-in on this device: keeps the tokens, returns the server's account (id, username, …)."""
        response = _send(self.client, "POST", self._url("/v1/auth/login"), json={
            "username": username.strip()[:64], "password": password[:256], "device_id": self.link.device_id,
            "device_secret": self.link.device_secret})
        if response.status_code == 200:
            self._take(response.json())
            assert self.user is not None
            return self.user
        code = error_code(response)
        if code in DEVICE_CODES:
            self._revoked()
        if response.status_code == 401:
            raise FieldOpsError(ErrorCode.WRONG_PASSWORD, field="password")
        if response.status_code == 403:
            raise FieldOpsError(ErrorCode.USER_INACTIVE, field="username")
        if response.status_code == 429:
            raise FieldOpsError(ErrorCode.LOCKED_OUT, field="password", seconds=_retry_after(response))
        if response.status_code == 422:
            raise FieldOpsError(ErrorCode.WRONG_PASSWORD, field="password")
        raise _server_error(response)

    def _take(self, data: dict[str, Any]) -> None:
        with self._lock:
            self.access_token = str(data["access_token"])
            self.refresh_token = str(data["refresh_token"])
            self.user = dict(data["user"])
            self.user_id = str(self.user["id"])
            fo = self._fo
        if fo is not None:
            self.store_refresh(fo)

    def store_refresh(self, fo: FieldOps) -> None:
        """Keep this user's refresh token in the workspace (and store rotated ones from now on)."""
        self._fo = fo
        with self._lock:
            user_id, token = self.user_id, self.refresh_token
        if user_id and token:
            _put(fo, {REFRESH_PREFIX + user_id: token})

    def load_refresh(self, fo: FieldOps, user_id: str) -> bool:
        """Take `user_id`'s stored refresh token; False if there is none. Attaches the workspace."""
        token = _rows(fo, [REFRESH_PREFIX + user_id]).get(REFRESH_PREFIX + user_id)
        self._fo = fo
        with self._lock:
            self.user_id = user_id
            self.refresh_token = token or None
            self.access_token = None
        return bool(token)

    def _drop_tokens(self) -> None:
        with self._lock:
            self.access_token = self.refresh_token = None
            user_id, fo = self.user_id, self._fo
        if fo is not None and user_id:
            with fo._ctx.write() as uow:
                uow.session.execute(delete(SyncState).where(col(SyncState.key) == REFRESH_PREFIX + user_id))

    def _revoked(self) -> None:
        with self._lock:
            self.access_token = self.refresh_token = None
            fo, self._fo = self._fo, None
        if fo is not None:
            forget_link(fo, "revoked")
        raise FieldOpsError(ErrorCode.DEVICE_REVOKED)

    def refresh(self, stale: str | None = None) -> None:
        """New tokens for the refresh token. With `stale`, only if the access token is still that one (another
        thread may have refreshed meanwhile)."""
        with self._lock:
            if stale is not None and self.access_token and self.access_token != stale:
                return
            if self._fo is not None and self.user_id:
                # Another session of this workspace (the sync controller, the Admin screen, another window)
                # may have rotated the token: the stored one is the newest.
                key = REFRESH_PREFIX + self.user_id
                self.refresh_token = _rows(self._fo, [key]).get(key) or self.refresh_token
            if not self.refresh_token:
                raise FieldOpsError(ErrorCode.SERVER_AUTH)
            response = _send(self.client, "POST", self._url("/v1/auth/refresh"), json={
                "refresh_token": self.refresh_token, "device_id": self.link.device_id,
                "device_secret": self.link.device_secret})
            if response.status_code == 200:
                self._take(response.json())
                return
        if response.status_code >= 500:
            raise _server_error(response)
        if error_code(response) in DEVICE_CODES:
            self._revoked()
        if response.status_code == 403:
            self._drop_tokens()
            raise FieldOpsError(ErrorCode.USER_INACTIVE)
        self._drop_tokens()
        raise FieldOpsError(ErrorCode.SERVER_AUTH)

    # ---- requests -----------------------------------------------------------------------------------------
    def request(self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None,
                content: Any = None, headers: dict[str, str] | None = None,
                timeout: float | None = None) -> httpx.Response:
        """An authenticated request (`path` from the server root, e.g. "/v1/me"). Refreshes the access token
        once if it expired. Raises the typed errors above; returns any other response, 4xx included.
        `content` (bytes, or an iterable of bytes sent once: a media chunk) goes out as the raw body."""
        with self._lock:
            token = self.access_token
        if token is None:
            self.refresh()
            token = self.access_token
        response = self._call(method, path, token, json, params, content, headers, timeout)
        if response.status_code == 401 and error_code(response) == "auth.token_expired":
            self.refresh(stale=token)
            if content is not None and not isinstance(content, bytes | bytearray):
                # A streamed body is spent: the caller sends it again (the media uploader does, once).
                raise FieldOpsError(ErrorCode.SERVER_AUTH, detail="token refreshed")
            response = self._call(method, path, self.access_token, json, params, content, headers, timeout)
        self._check(response)
        return response

    def _check(self, response: httpx.Response) -> None:
        if response.status_code == 401:
            code = error_code(response)
            if code in DEVICE_CODES:
                self._revoked()
            if code == "auth.user_inactive":
                self._drop_tokens()
                raise FieldOpsError(ErrorCode.USER_INACTIVE)
            raise FieldOpsError(ErrorCode.SERVER_AUTH)
        if response.status_code >= 500 and response.status_code != 507:
            raise _server_error(response)

    @contextmanager
    def stream(self, path: str, params: dict[str, Any] | None = None) -> Iterator[httpx.Response]:
        """An authenticated streaming GET (a media download): the response body is read by the caller."""
        with self._lock:
            token = self.access_token
        if token is None:
            self.refresh()
        for attempt in (1, 2):
            with self._lock:
                headers = {"Authorization": f"Bearer {self.access_token}"}
            try:
                with self.client.stream("GET", self._url(path), params=params, headers=headers) as response:
                    if response.status_code == 401 and attempt == 1:
                        response.read()
                        if error_code(response) == "auth.token_expired":
                            self.refresh(stale=headers["Authorization"][7:])
                            continue
                    if response.status_code >= 400:
                        response.read()
                    self._check(response)
                    yield response
                    return
            except httpx.TransportError as exc:
                raise FieldOpsError(ErrorCode.SERVER_UNREACHABLE, detail=type(exc).__name__) from None

    def _call(self, method: str, path: str, token: str | None, json: Any, params: dict[str, Any] | None,
              content: Any = None, extra: dict[str, str] | None = None,
              timeout: float | None = None) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        if extra:
            headers.update(extra)
        kwargs: dict[str, Any] = {"json": json, "params": params, "headers": headers}
        if content is not None:
            kwargs = {"content": content, "params": params, "headers": headers}
        if timeout is not None:
            kwargs["timeout"] = timeout
        return _send(self.client, method, self._url(path), **kwargs)

    def json(self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None) -> Any:
        """`request`, then the body of a 2xx answer; any 4xx is SERVER_ERROR with "status code" as detail."""
        response = self.request(method, path, json=json, params=params)
        if response.status_code >= 400:
            raise FieldOpsError(ErrorCode.SERVER_ERROR,
                                detail=f"{response.status_code} {error_code(response)}".strip())
        return response.json() if response.content else None


# ---- accounts from this laptop ---------------------------------------------------------------------------------
def push_account(session: ServerSession, user_id: str, *, username: str, full_name: str, badge_no: str | None,
                 agency_code: str, roles: list[str], active: bool = True, password: str | None = None) -> None:
    """Create (or, if the id exists, update) the server account of a user made on this laptop, same id; then
    set its online password if given. Needs an administrator's session."""
    body = {"id": user_id, "username": username, "full_name": full_name, "badge_no": badge_no,
            "agency_code": agency_code, "roles": roles, "active": active}
    response = session.request("POST", "/v1/admin/users", json=body)
    if response.status_code == 409 and error_code(response) == "accounts.id_exists":
        response = session.request("PATCH", f"/v1/admin/users/{user_id}", json={
            "full_name": full_name, "badge_no": badge_no, "agency_code": agency_code, "roles": roles,
            "active": active})
    _expect_ok(response)
    if password is not None:
        _expect_ok(session.request("POST", f"/v1/admin/users/{user_id}/password", json={"password": password}))


def _expect_ok(response: httpx.Response) -> None:
    if response.status_code == 403:
        raise FieldOpsError(ErrorCode.NOT_PERMITTED)
    if response.status_code == 409:
        code = error_code(response)
        field_name = "badge_no" if code == "accounts.duplicate_badge" else "username"
        raise FieldOpsError(ErrorCode.DUPLICATE, field=field_name, value=code)
    if response.status_code >= 400:
        raise FieldOpsError(ErrorCode.SERVER_ERROR, detail=f"{response.status_code} {error_code(response)}".strip())
