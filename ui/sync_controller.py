"""`SyncController`: background sync with the regional server for the signed-in user, never on the GUI thread.

It owns the user's `ServerSession`. On start, if the workspace is linked to a server, it signs in online once
with the password typed at the local sign-in (kept in memory only until that online sign-in is done, never
written anywhere) and stores the refresh token, so that later starts after an offline sign-in use it
(`load_refresh`). Then it syncs (`SyncEngine.sync()` on the runner's network pool): at start, every
`interval_ms`, `debounce_ms` after a local change while online, and on "Sync now". One sync at a time: a
request while one runs is remembered and runs right after it. While the server is unreachable it probes
`GET /v1/health` every `probe_ms` and syncs as soon as the server answers.

    sig_state(state, payload)   state: unlinked | offline | syncing | synced | error
                                payload: the SyncStatus (counts, last sync) or, for "error", the message
    sig_done(report)            a SyncReport after each successful round
    sig_warning(text)           something the user must read once (this laptop's enrollment was revoked)

Tests inject fakes: `session_factory(link)`, `engine_factory(fo, session)`, `link_loader(fo)`, `probe(link,
session)` and `forget(fo)` replace the server, the engine and the link storage.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from fieldops.changes import Changes
from fieldops.errors import ErrorCode, FieldOpsError
from ui.errors import message
from ui.events import EventHub
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    import httpx

    from fieldops.app import FieldOps
    from fieldops.sync.engine import SyncReport
    from fieldops.sync.status import SyncStatus

log = logging.getLogger("fieldops.sync")

# The server refused the user (not the laptop): sign in again online (or ask an administrator).
AUTH_CODES = (ErrorCode.SERVER_AUTH, ErrorCode.WRONG_PASSWORD, ErrorCode.USER_INACTIVE, ErrorCode.LOCKED_OUT)
SETTLED = Changes(entities=frozenset({"outbox", "sync"}))
STATES = ("unlinked", "offline", "syncing", "synced", "error")
# What a sync round may have touched: every view showing these refreshes after it.
SYNCED = Changes(entities=frozenset({"operation", "check", "equipment_item", "outbox", "sync"}))


class Session(Protocol):
    def login(self, username: str, password: str) -> Any: ...
    def load_refresh(self, fo: FieldOps, user_id: str) -> Any: ...
    def store_refresh(self, fo: FieldOps) -> Any: ...
    def request(self, method: str, path: str, *, json: Any = None, params: Any = None) -> httpx.Response: ...


class Engine(Protocol):
    def sync(self) -> SyncReport: ...


# ---- the real implementations (imported lazily: the network stack is not needed to show the window) -------
def _load_link(fo: FieldOps) -> Any:
    from fieldops.sync.session import load_link

    return load_link(fo)


def _new_session(link: Any) -> Session:
    from fieldops.sync.session import ServerSession

    return ServerSession(link)  # type: ignore[return-value]


def _new_engine(fo: FieldOps, session: Session) -> Engine:
    from fieldops.sync.engine import SyncEngine
    from fieldops.sync.transport import HttpTransport

    link = getattr(session, "link", None)  # push under the id the server enrolled this laptop with
    return SyncEngine(fo, HttpTransport(session.request), device_id=getattr(link, "device_id", None))


def _forget_link(fo: FieldOps) -> None:
    from fieldops.sync.session import forget_link, load_link

    if load_link(fo) is not None:  # the session forgets it itself when the server refuses the device
        forget_link(fo, "revoked")


def _close(session: object) -> None:
    close = getattr(session, "close", None)
    if callable(close):
        with contextlib.suppress(Exception):
            close()


def _probe(link: Any, session: Session | None) -> None:
    """Raise SERVER_UNREACHABLE unless the server answers `GET /v1/health` (no sign-in needed)."""
    import httpx

    url = str(link.url).rstrip("/")
    try:
        response = httpx.get(f"{url}/v1/health", timeout=5.0)
    except httpx.HTTPError as exc:
        raise FieldOpsError(ErrorCode.SERVER_UNREACHABLE, detail=str(exc)) from exc
    if response.status_code >= 500:
        raise FieldOpsError(ErrorCode.SERVER_UNREACHABLE, detail=str(response.status_code))


def _status(fo: FieldOps) -> SyncStatus:
    from fieldops.sync.status import status

    return status(fo)


def is_code(exc: BaseException, *codes: ErrorCode) -> bool:
    return isinstance(exc, FieldOpsError) and exc.code in codes


@dataclasses.dataclass(frozen=True)
class Conflict:
    """One conflict the server kept (both values of a field), as the Sync screen shows it."""

    id: str
    entity: str
    entity_id: str
    field: str
    server_value: Any
    client_value: Any
    op_id: str
    user_id: str
    label: str | None = None  # the record in words (operation number, asset tag), when known here
    mine: bool = False  # the laptop's value comes from a change made on this laptop


CONFLICTS_LIMIT = 1000  # the server lists at most this many open conflicts (fieldops.server.routes_sync)


def fetch_conflicts(fo: FieldOps, session: Session) -> tuple[list[Conflict], bool]:
    """The server's open conflicts, named for this laptop; then this laptop's changes whose conflicts were all
    resolved (here or elsewhere) leave the "conflict" state. Returns (conflicts, whether any was settled)."""
    from fieldops.sync.status import local_op_ids, record_labels, settle_conflicts
    from fieldops.sync.transport import check_response

    body = check_response(session.request("GET", "/v1/sync/conflicts"))
    listed = [r for r in body or [] if isinstance(r, dict)]
    rows = [r for r in listed if not r.get("resolved")]
    keys = [(str(r.get("entity")), str(r.get("entity_id"))) for r in rows]
    labels = record_labels(fo, keys)
    mine = local_op_ids(fo, [str(r.get("op_id")) for r in rows])
    conflicts = [Conflict(id=str(r["id"]), entity=str(r.get("entity")), entity_id=str(r.get("entity_id")),
                          field=str(r.get("field")), server_value=r.get("server_value"),
                          client_value=r.get("client_value"), op_id=str(r.get("op_id")),
                          user_id=str(r.get("user_id")),
                          label=labels.get((str(r.get("entity")), str(r.get("entity_id")))),
                          mine=str(r.get("op_id")) in mine) for r in rows]
    settled = False
    if len(listed) < CONFLICTS_LIMIT:  # a complete list: what is not in it is resolved
        settled = bool(settle_conflicts(fo, (c.op_id for c in conflicts)).entities)
    return conflicts, settled


class SyncController(QObject):
    sig_state = Signal(str, object)
    sig_done = Signal(object)
    sig_warning = Signal(str)

    interval_ms = 180_000  # a sync every 3 minutes
    probe_ms = 30_000  # while offline: is the server back?
    debounce_ms = 10_000  # after a local change, while online

    def __init__(self, fo: FieldOps, runner: TaskRunner, hub: EventHub, *,
                 session_factory: Callable[[Any], Session] | None = None,
                 engine_factory: Callable[[FieldOps, Session], Engine] | None = None,
                 link_loader: Callable[[FieldOps], Any] | None = None,
                 probe: Callable[[Any, Session | None], None] | None = None,
                 forget: Callable[[FieldOps], None] | None = None,
                 media_factory: Any = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        from ui.media_controller import MediaController
        self.fo, self.runner, self.hub = fo, runner, hub
        self._session_factory = session_factory or _new_session
        self._engine_factory = engine_factory or _new_engine
        self._link_loader = link_loader or _load_link
        self._probe_fn = probe or _probe
        self._forget = forget or _forget_link
        self.state = "unlinked"
        self.status: SyncStatus | None = None
        self.message = ""  # the error in words (state "error")
        self.detail = ""  # technical detail of the last error (tooltip)
        self.link: Any = None
        self.session: Session | None = None
        self._password: str | None = None
        self._running = False
        self._again = False
        self._probing = False
        self._started = False
        self._stopped = False
        self._warned = False
        self._auth_refused = False  # the server refused the sign-in: only "Sync now" tries again
        self._retired: list[Session | None] = []
        self.last_thread = ""  # the thread the last sync ran in (tests: never the GUI thread)
        self._periodic = QTimer(self)
        self._periodic.timeout.connect(self._on_periodic)
        self._probe_timer = QTimer(self)
        self._probe_timer.timeout.connect(self._on_probe_due)
        self._debounce = QTimer(self, singleShot=True)
        self._debounce.timeout.connect(self.request_sync)
        # Files go after the records, on their own thread, over this controller's session.
        self.media = MediaController(fo, runner, hub, lambda: self.session if self.online else None,
                                     media_factory, parent=self)

    # ---- life cycle ----------------------------------------------------------------------------------------
    def start(self, password: str | None = None) -> None:
        """Begin for the signed-in user; `password` (if the user just typed it) is used for the online sign-in
        only and forgotten once it is done."""
        if self._started:
            return
        self._started = True
        self._password = password or None
        self.hub.sig_operation_executed.connect(self._on_operation_executed)
        self._periodic.start(self.interval_ms)
        self.media.check_disk()
        self.request_sync()

    def stop(self) -> None:
        self._stopped = True
        self._password = None
        self.media.stop()
        for timer in (self._periodic, self._probe_timer, self._debounce):
            timer.stop()
        if self._started:
            self._started = False
            with contextlib.suppress(RuntimeError, TypeError):
                self.hub.sig_operation_executed.disconnect(self._on_operation_executed)
        self._drop_session()

    @property
    def running(self) -> bool:
        return self._running

    @property
    def online(self) -> bool:
        return self.session is not None and self.state in ("syncing", "synced", "error")

    # ---- triggers --------------------------------------------------------------------------------------------
    def sync_now(self) -> None:
        """The user asked: try at once, also while offline (the probe may just not have run yet)."""
        self._debounce.stop()
        self._auth_refused = False
        self.request_sync()

    def request_sync(self) -> None:
        if self._stopped:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self._again = False
        fo, loader = self.fo, self._link_loader

        def prepare() -> tuple[Any, SyncStatus]:
            return loader(fo), _status(fo)

        self.runner.run_db(prepare, self._on_prepared)

    def refresh_status(self) -> None:
        """Counts changed here (a local change, a dismissal): show them with the current state."""
        if self._stopped:
            return
        fo = self.fo
        self.runner.run_db(lambda: _status(fo), self._on_status_refreshed)

    def _on_status_refreshed(self, future: Future[Any]) -> None:
        if self._stopped or future.exception() is not None:
            return
        self.status = self.as_seen(future.result())
        if self.state != "syncing":
            self._emit(self.state, self.message if self.state == "error" else self.status)

    def _on_periodic(self) -> None:
        if self.state != "offline" and not self._auth_refused:  # offline: the probe decides when to retry
            self.request_sync()

    def _on_operation_executed(self, changes: Changes, initiator: object) -> None:
        if initiator is self or not changes.outbox_ops:
            return
        if self.state in ("synced", "syncing"):
            self._debounce.start(self.debounce_ms)

    # ---- one round -------------------------------------------------------------------------------------------
    def _on_prepared(self, future: Future[Any]) -> None:
        if self._stopped:
            self._running = False
            return
        exc = future.exception()
        if exc is not None:
            self._finish_error(exc)
            return
        link, st = future.result()
        self.link = link
        if link is None:
            self.session = None
            self.status = st
            self._running = False
            self._probe_timer.stop()
            self._emit("unlinked", st)
            return
        self.status = self.as_seen(st)
        self._emit("syncing", self.status)
        fo, session, password = self.fo, self.session, self._password
        username, user_id = fo.user.username, fo.user.id
        make_session, make_engine = self._session_factory, self._engine_factory
        signed_in: dict[str, Session] = {}  # a session that signed in, even if the sync then failed

        def work() -> tuple[Session, SyncReport, SyncStatus, str]:
            current = session
            if current is None:
                current = make_session(link)
                try:
                    if password:
                        current.login(username, password)
                        current.store_refresh(fo)  # later starts and offline sign-ins resume with it
                    elif not current.load_refresh(fo, user_id):
                        raise FieldOpsError(ErrorCode.SERVER_AUTH)  # never signed in online here
                except BaseException:
                    _close(current)
                    raise
                signed_in["session"] = current
            # From here the session stores each rotated refresh token itself (each is used once).
            report = make_engine(fo, current).sync()
            st = _status(fo)
            if st.conflicts:  # changes of this laptop met conflicts: are they resolved by now?
                try:
                    if fetch_conflicts(fo, current)[1]:
                        st = _status(fo)
                except FieldOpsError as exc:
                    log.warning("conflicts not checked: %s", exc)
            return current, report, st, threading.current_thread().name

        self.runner.run_net(work, lambda f: self._on_synced(f, signed_in))

    def _on_synced(self, future: Future[Any], signed_in: dict[str, Session]) -> None:
        self._running = False
        retired, self._retired = self._retired, []
        for old in retired:
            _close(old)
        if self._stopped:
            _close(signed_in.get("session"))
            return
        if "session" in signed_in and self.session is None:
            self.session = signed_in["session"]
            self._password = None  # the online sign-in is done: the refresh token carries the session on
        exc = future.exception()
        if exc is not None:
            self._finish_error(exc)
            return
        session, report, st, thread = future.result()
        self.last_thread = thread
        self.session = session
        self.status = self.as_seen(st)
        self.message = self.detail = ""
        self._auth_refused = False
        self._probe_timer.stop()
        self._emit("synced", self.status)
        self.sig_done.emit(report)
        self.media.start()
        self.hub.sig_operation_executed.emit(SYNCED, self)
        if self._again:
            self.request_sync()

    def _finish_error(self, exc: BaseException) -> None:
        self._running = False
        again, self._again = self._again, False
        if is_code(exc, ErrorCode.SERVER_UNREACHABLE) or _is_transport_error(exc):
            self.detail = str(exc)
            self._go_offline()
            return
        if is_code(exc, ErrorCode.DEVICE_REVOKED):
            self._on_revoked()
            return
        refused = is_code(exc, *AUTH_CODES)
        if refused:
            self._drop_session()
            self._auth_refused = True
            self._password = None  # the server refused it: another try would only count as a failed login
            if is_code(exc, ErrorCode.WRONG_PASSWORD):  # the server's password differs from this laptop's
                self.message = QCoreApplication.translate(
                    "SyncController", "The regional server did not accept your password (it may have been "
                    "changed there). Sign in again while connected, or ask an administrator.")
            else:
                self.message = message(exc)
        else:
            if not isinstance(exc, FieldOpsError):
                log.error("sync failed", exc_info=exc)
            self.message = message(exc)
        self.detail = str(exc)
        self._probe_timer.stop()
        self._emit("error", self.message)
        if again and not refused:
            self._debounce.start(self.debounce_ms)

    def _go_offline(self) -> None:
        self._emit("offline", self.status)
        if not self._probe_timer.isActive():
            self._probe_timer.start(self.probe_ms)

    def _drop_session(self) -> None:
        session, self.session = self.session, None
        if self._running:
            self._retired.append(session)  # the round in flight still uses it: closed when it ends
        else:
            _close(session)

    def _on_revoked(self) -> None:
        self._drop_session()
        self._password = None
        self._probe_timer.stop()
        fo, forget = self.fo, self._forget

        def forgotten(future: Future[Any]) -> None:
            if self._stopped:
                return
            if future.exception() is not None:
                log.error("could not forget the server link", exc_info=future.exception())
            self.link = None
            self._emit("unlinked", self.status)
            if not self._warned:
                self._warned = True
                self.sig_warning.emit(QCoreApplication.translate(
                    "SyncController", "This laptop's enrollment was revoked by an administrator: it no longer "
                    "syncs with the regional server. Nothing recorded here was deleted; ask an administrator "
                    "to enroll the laptop again."))
            self.refresh_status()

        self.runner.run_db(lambda: forget(fo), forgotten)

    # ---- reachability ----------------------------------------------------------------------------------------
    def _on_probe_due(self) -> None:
        if self._stopped or self._probing or self._running or self.link is None:
            return
        self._probing = True
        link, session, probe = self.link, self.session, self._probe_fn
        self.runner.run_net(lambda: probe(link, session), self._on_probed)

    def _on_probed(self, future: Future[Any]) -> None:
        self._probing = False
        if self._stopped:
            return
        if future.exception() is None:  # the server answers again: sync what waited
            self._probe_timer.stop()
            self.request_sync()

    # ---- conflicts -------------------------------------------------------------------------------------------
    def load_conflicts(self, on_done: Callable[[Future[Any]], None]) -> bool:
        """The server's open conflicts (list[Conflict]) on the network pool; False when offline."""
        session = self.session
        if session is None or self.state in ("offline", "unlinked"):
            return False
        fo = self.fo

        def done(future: Future[Any]) -> None:
            settled = future.exception() is None and future.result()[1]
            if future.exception() is None:
                replaced: Future[Any] = Future()
                replaced.set_result(future.result()[0])
                future = replaced
            on_done(future)
            if settled and not self._stopped:
                self.hub.sig_operation_executed.emit(SETTLED, self)
                self.refresh_status()

        self.runner.run_net(lambda: fetch_conflicts(fo, session), done)
        return True

    def resolve_conflict(self, conflict_id: str, value: Any, on_done: Callable[[Future[Any]], None]) -> bool:
        """Send the chosen value (`POST /v1/sync/conflicts/{id}/resolve`), then sync to fetch the result."""
        session = self.session
        if session is None:
            return False

        def work() -> int:
            from fieldops.sync.transport import check_response

            body = check_response(session.request("POST", f"/v1/sync/conflicts/{conflict_id}/resolve",
                                                  json={"value": value}))
            return int((body or {}).get("version") or 0)

        def done(future: Future[Any]) -> None:
            on_done(future)
            if future.exception() is None:
                self.request_sync()

        self.runner.run_net(work, done)
        return True

    # ---- helpers ---------------------------------------------------------------------------------------------
    def as_seen(self, st: SyncStatus) -> SyncStatus:
        """The status as this controller sees it (an injected link counts as linked)."""
        if self.link is not None and not st.linked:
            url = getattr(self.link, "server_url", None) or getattr(self.link, "url", None)
            return dataclasses.replace(st, linked=True, server_url=str(url) if url else None)
        return st

    def _emit(self, state: str, payload: object) -> None:
        self.state = state
        self.sig_state.emit(state, payload)


def _is_transport_error(exc: BaseException) -> bool:
    try:
        import httpx
    except ImportError:  # pragma: no cover - httpx is a core dependency
        return False
    return isinstance(exc, httpx.TransportError | ConnectionError | TimeoutError)
