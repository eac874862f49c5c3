"""Server fixtures: PostgreSQL (a fresh schema per test), the embedded SQLite variant, the app in process
(TestClient, with an injectable clock) and the real server as a subprocess (`live_server`).

Other test packages import what they need from here (`from tests.server.conftest import live_server, ...`).

PostgreSQL: FIELDOPS_TEST_PG_URL or postgresql+psycopg://postgres@127.0.0.1:5432/test. Unreachable →
the tests that need it are skipped, except on CI (CI=true), where that is a failure.
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, create_engine, insert, text
from sqlalchemy.pool import NullPool

from fieldops.keyslots import FAST_KDF
from fieldops.server import accounts, db, schema
from fieldops.server.auth import hash_password, sha256_hex
from fieldops.server.config import ServerConfig

PG_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SECRET = b"fieldops-test-signing-key-0123456789"
PASSWORD = "server-pass-1"  # every test account's password unless a test says otherwise
FAST_KDF_ENV = f"{FAST_KDF.time_cost},{FAST_KDF.memory_kib},{FAST_KDF.parallelism}"
REPO = Path(__file__).resolve().parents[2]


# ---- databases ------------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def pg_url() -> str:
    url = os.environ.get("FIELDOPS_TEST_PG_URL", PG_DEFAULT)
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1), poolclass=NullPool,
                           connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # any failure to connect means "no PostgreSQL here"
        reason = f"PostgreSQL is not reachable at {url} (set FIELDOPS_TEST_PG_URL): {type(exc).__name__}: {exc}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    finally:
        engine.dispose()
    return url


@dataclass
class ServerDb:
    url: str
    engine: Engine
    schema: str | None = None  # the PostgreSQL schema of this test (None: SQLite)


def with_search_path(url: str, schema_name: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema_name}"


@pytest.fixture
def server_db(pg_url: str) -> Iterator[ServerDb]:
    """A migrated server database in a fresh PostgreSQL schema, dropped afterwards."""
    name = f"t_{secrets.token_hex(6)}"
    admin = db.make_engine(pg_url)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
    url = with_search_path(pg_url, name)
    engine = db.make_engine(url)
    try:
        db.migrate(engine)
        yield ServerDb(url, engine, name)
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {name} CASCADE"))
        admin.dispose()


@pytest.fixture
def sqlite_server_db(tmp_path: Path) -> Iterator[ServerDb]:
    url = f"sqlite:///{(tmp_path / 'server.db').as_posix()}"
    engine = db.make_engine(url)
    db.migrate(engine)
    yield ServerDb(url, engine)
    engine.dispose()


# ---- accounts and devices (straight into the database, through the same functions as the API) ----------------
def make_account(engine: Engine, username: str, agency_code: str = "VP-KRP", roles: tuple[str, ...] = ("officer",),
                 password: str | None = PASSWORD, *, full_name: str | None = None, badge_no: str | None = None,
                 account_id: str | None = None, active: bool = True) -> dict[str, Any]:
    with engine.begin() as conn:
        return accounts.create_account(
            conn, accounts.CLI, username=username, full_name=full_name or username.replace(".", " ").title(),
            agency=agency_code, roles=roles, badge_no=badge_no, account_id=account_id, password=password,
            active=active, kdf=FAST_KDF, now=db.now())


def make_admin(engine: Engine, username: str = "admin", agency_code: str = "VP-KRP",
               password: str = PASSWORD, **kwargs: Any) -> dict[str, Any]:
    return make_account(engine, username, agency_code, ("administrator",), password, **kwargs)


def enrollment_code(engine: Engine, agency_code: str = "VP-KRP", hours: int = 24) -> str:
    with engine.begin() as conn:
        code, _expires, _id, _code = accounts.new_enrollment(conn, accounts.CLI, agency_code, hours, now=db.now())
    return code


@dataclass(frozen=True)
class Device:
    device_id: str
    device_secret: str
    agency_id: str


def enroll_device(engine: Engine, url: str | Any | None = None, agency_code: str = "VP-KRP",
                  name: str = "test laptop") -> Device:
    """An enrolled device: through `POST /v1/devices/enroll` on `url` (a base URL, a TestClient or an httpx
    client) with a fresh code, or (no `url`) written straight into the database."""
    if url is None:
        device_id, secret = accounts.uuid7(), secrets.token_urlsafe(32)
        with engine.begin() as conn:
            agency_id, _code = accounts.resolve_agency(conn, agency_code)
            conn.execute(insert(schema.device).values(id=device_id, name=name, agency_id=agency_id,
                                                      secret_hash=sha256_hex(secret), enrolled_at=db.now()))
        return Device(device_id, secret, agency_id)
    body = {"code": enrollment_code(engine, agency_code), "name": name}
    if isinstance(url, str):
        resp = httpx.post(f"{url}/v1/devices/enroll", json=body, timeout=30)
    else:
        resp = url.post("/v1/devices/enroll", json=body)
    assert resp.status_code == 200, resp.text
    data = resp.json()
    return Device(data["device_id"], data["device_secret"], data["agency_id"])


def login(client: Any, username: str, device: Device, password: str = PASSWORD) -> dict[str, Any]:
    resp = client.post("/v1/auth/login", json={"username": username, "password": password,
                                               "device_id": device.device_id, "device_secret": device.device_secret})
    assert resp.status_code == 200, resp.text
    data: dict[str, Any] = resp.json()
    return data


def bearer(tokens: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {tokens['access_token']}"}


def error_code(resp: Any) -> str:
    body = resp.json()
    return str(body.get("error") or body.get("detail"))


def password_hash_for_tests(password: str = PASSWORD) -> str:
    return hash_password(password, FAST_KDF)


# ---- the app in process ----------------------------------------------------------------------------------------
class Clock:
    """A settable clock for `app.state.clock` (seconds since the epoch)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


def build_app(database_url: str, data_dir: Path) -> Any:
    """The server's FastAPI app (`create_app`), with fast password hashing and the `{"error": code}` bodies."""
    from fieldops.server import auth
    from fieldops.server.app import create_app

    app = create_app(ServerConfig(data_dir=data_dir, database_url=database_url, secret=SECRET))
    if auth.ApiError not in app.exception_handlers:  # TODO(lead): create_app calls auth.install(app)
        auth.install(app)
    app.state.kdf = FAST_KDF
    return app


@dataclass
class InProcess:
    app: Any
    client: Any  # fastapi.testclient.TestClient
    engine: Engine  # the test's engine on the same database (assertions, helpers)
    clock: Clock


@pytest.fixture
def api(server_db: ServerDb, tmp_path: Path) -> Iterator[InProcess]:
    """The app over the PostgreSQL test schema, driven by a TestClient (lifespan runs)."""
    from fastapi.testclient import TestClient

    app = build_app(server_db.url, tmp_path / "server")
    clock = Clock()
    app.state.clock = clock
    with TestClient(app) as client:
        yield InProcess(app, client, server_db.engine, clock)


# ---- the real server in a subprocess ------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """`fieldops server` as a subprocess on loopback; `kill()` is kill -9, `restart()` starts it again on the
    same port and database. Its output goes to `log` (shown when it fails to start)."""

    def __init__(self, db_url: str, data_dir: Path, port: int | None = None,
                 env: dict[str, str] | None = None) -> None:
        self.db_url, self.data_dir = db_url, data_dir
        self._pick_port = port is None  # a free port can be taken by another process before the server binds it
        self.port = port or free_port()
        self.log = data_dir / "server.log"
        self.env = {**os.environ, "FIELDOPS_SERVER_SECRET": SECRET.decode(), "FIELDOPS_SERVER_KDF": FAST_KDF_ENV,
                    **(env or {})}
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def command(self) -> list[str]:
        return [sys.executable, "-c", "from fieldops.cli import main; raise SystemExit(main())", "server",
                "--host", "127.0.0.1", "--port", str(self.port), "--database-url", self.db_url,
                "--data-dir", str(self.data_dir), "--log-level", "warning"]

    def start(self, timeout: float = 60.0) -> LiveServer:
        for _attempt in range(3):
            try:
                return self._start(timeout)
            except _PortTakenError:
                self.port = free_port()
        return self._start(timeout)

    def _start(self, timeout: float) -> LiveServer:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        offset = self.log.stat().st_size if self.log.exists() else 0
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(self.command(), cwd=REPO, env=self.env, stdout=log,
                                         stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                if self._pick_port and "address already in use" in self.output(offset).lower():
                    raise _PortTakenError
                raise RuntimeError(f"the server exited with {self.proc.returncode}:\n{self.output()}")
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=1.0).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.kill()
        raise RuntimeError(f"the server did not answer /v1/health within {timeout} s:\n{self.output()}")

    def output(self, offset: int = 0) -> str:
        if not self.log.exists():
            return ""
        with open(self.log, "rb") as fh:
            fh.seek(offset)
            return fh.read().decode("utf-8", "replace")[-5000:]

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        """kill -9: no shutdown handlers, no flushing (crash tests)."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def restart(self) -> LiveServer:
        self.kill()
        return self.start()


class _PortTakenError(Exception):
    pass


@pytest.fixture
def live_server(server_db: ServerDb, tmp_path: Path) -> Iterator[LiveServer]:
    """The real server process (`fieldops server`) on the PostgreSQL test schema, on a free loopback port."""
    server = LiveServer(server_db.url, tmp_path / "live-server").start()
    try:
        yield server
    finally:
        server.stop()
