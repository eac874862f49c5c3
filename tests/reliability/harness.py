"""Reliability harness (QUALITY.md R1, R2, R3, R11): one server, 2–6 patrol laptops, random schedules, a checker.

    template = build_template(tmp)                       # once per session: users shared by every laptop
    server = ServerHandle(engine)                        # a migrated server database (PostgreSQL schema)
    seed_accounts(server.engine, template)               # the same users (same ids) as server accounts
    result = run_schedule(server, template, tmp, seed)   # a seeded random schedule, then the checker
    assert result.ok, result.describe()
    results = run_many(db_url, templates, tmp, range(200), workers=2)   # worker k: templates[k] (own agency)

Laptops are copies of one template workspace, each with its own device id (workspace.json: `KeyFile.device_id`
is the only place) and a fresh HLC, opened as one user. A laptop "joins now": its pull cursor starts at the top
of the server's feed, so schedules stay independent on one long-lived server and the checker compares only the
records a schedule created. A `Fleet` keeps laptops open from one schedule to the next (opening a workspace
costs more than a short schedule); a laptop of a failed schedule is dropped.

Transports: `DirectTransport` calls the server's push / feed / records functions in process with a `Principal`
(fast: R2 and debugging); with `ServerHandle.url` set, laptops use the real path instead: `HttpTransport` over
an authenticated `ServerSession` against the `fieldops server` subprocess (a restarted laptop resumes with its
stored refresh token). Either is wrapped in a `FaultyTransport` (lost request, lost reply after the server
committed, duplicate request, server error). Crashes: `Crash` raised at a named point (an engine hook, inside a
transaction, after the server committed), then the workspace is closed and opened again from disk: what kill -9
leaves (uncommitted work rolled back). Clock skew: each laptop's context clock may run up to ±24 h off (the HLC
and every timestamp read it). Offline: a laptop does not sync.

The checker (R1 invariants): an oracle watches every push as the server processes it (a concurrent stale edit
of a field must become a conflict, never an overwrite; an edit that is not stale must take effect; no op is
processed twice; a pull never overwrites a change still pending on the laptop), and at the end of a schedule
every laptop must hold the server's data (operations, checks, custody events, items' derived state), no op may
be left pending or lost, rejected ops keep their reason, approved records still hash to what was approved.
Violations are (kind, message); kinds: lost, duplicate_apply, divergence, missing, silent_overwrite,
concurrent_edit_lost, edit_dropped, rejected_dropped, rejected_applied, rejected_create_kept, conflict_unlisted,
pending_overwritten, approved_changed, not_quiescent, sync_error, exception.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import shutil
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Engine, event, func, insert, select, text, tuple_

from fieldops import approval, custody, paths
from fieldops.app import FieldOps
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.ids import uuid7
from fieldops.keyslots import FAST_KDF, KeyFile
from fieldops.models.enums import Role
from fieldops.server import feed as server_feed
from fieldops.server import schema
from fieldops.server import sync as server_sync
from fieldops.server.principal import Principal
from fieldops.services.desk import ReturnLine
from fieldops.sync import engine as sync_engine
from fieldops.sync.engine import CURSOR, SyncEngine, SyncReport

PASSWORD = "patrol-pass-1"  # every template user's local and server password
ADMIN_PASSWORD = "correct-horse"
DEVICE_SECRET = "reliability-device-secret-0123456789"
ROSTER = (("sup1", "supervisor"), ("sup2", "supervisor"), ("mgr1", "equipment_manager"),
          ("mgr2", "equipment_manager"), ("off1", "officer"), ("off2", "officer"), ("off3", "officer"),
          ("off4", "officer"), ("off5", "officer"))
# Named crash points: the engine's hooks, plus points inside a transaction or between server commit and reply.
HOOK_POINTS = ("push.before_send", "push.after_reply", "push.after_store", "pull.before_apply",
               "pull.after_apply")
EXTRA_POINTS = ("push.lost_reply", "push.mid_store", "pull.mid_apply", "action.after_commit")
CRASH_POINTS = HOOK_POINTS + EXTRA_POINTS
FAULTS = ("lost_request", "lost_reply", "duplicate", "server_error")
ENGINE_BUGS = ("outbox_cleared_before_ack", "cursor_before_apply", "rejected_edits_discarded",
               "pending_overwritten", "wall_clock_order")
SERVER_BUGS = ("no_op_dedupe", "gapped_feed")  # simulated by the in-process transport
# Compared between each laptop and the server: operations (number, status, vehicle, weather, narrative,
# area_name, version), checks (outcome, voided), custody events, items' derived holder and status.
TRACKED = ("operation", "check")  # records whose field writes the push oracle follows
EDIT_FIELDS = ("vehicle", "weather", "narrative")


class Crash(BaseException):
    """The laptop process dies here (kill -9). A BaseException: no `except Exception` in the code under test
    may swallow it; transactions open at that moment are rolled back, as SQLite does after a kill."""


class InjectedFaultError(FieldOpsError):
    """A network failure made by the harness (the engine sees what HttpTransport raises for real ones)."""

    def __init__(self, kind: str) -> None:
        code = ErrorCode.SERVER_ERROR if kind == "server_error" else ErrorCode.SERVER_UNREACHABLE
        super().__init__(code, detail=f"injected {kind}")
        self.kind = kind


# ---- the template workspace and the server's accounts -------------------------------------------------------
@dataclass(frozen=True)
class Account:
    username: str
    user_id: str
    role: str
    agency_id: str
    full_name: str


@dataclass(frozen=True)
class Template:
    home: Path
    accounts: dict[str, Account]  # by role name in ROSTER ("sup1", "off2" ...) and "admin"
    agency_code: str = "VP-KRP"

    @property
    def agency_id(self) -> str:
        return self.accounts["admin"].agency_id

    def of_role(self, role: str) -> list[Account]:
        return [a for a in self.accounts.values() if a.role == role]


def build_template(root: Path, agency_code: str = "VP-KRP") -> Template:
    """One workspace with an administrator and the roster, all of `agency_code` (local logins, password
    PASSWORD; user names prefixed with the agency, unique on a server shared by several templates). Its outbox
    is marked sent: the server gets these users as accounts with the same ids (`seed_accounts`)."""
    prefix = agency_code.lower().replace("-", "")
    home = root / f"template-{prefix}"
    fo = FieldOps.create(home, username=f"{prefix}.admin", full_name="Reliability Admin", password=ADMIN_PASSWORD,
                         agency_code=agency_code, kdf=FAST_KDF)
    try:
        agency = next(a.id for a in fo.users.agencies() if a.code == agency_code)
        accounts = {"admin": Account(f"{prefix}.admin", fo.user.id, "administrator", agency, "Reliability Admin")}
        for n, (name, role) in enumerate(ROSTER):
            full = f"{name.capitalize()} {prefix.upper()}"
            uid = fo.users.create(username=f"{prefix}.{name}", full_name=full, agency_id=agency, roles=(Role(role),),
                                  badge_no=f"{prefix.upper()}{n:04d}", password=PASSWORD).created_id
            assert uid
            accounts[name] = Account(f"{prefix}.{name}", uid, role, agency, full)
        with fo.engine.begin() as conn:
            conn.execute(text("UPDATE outbox SET state = 'sent'"))
    finally:
        fo.close()
    return Template(home, accounts, agency_code)


def seed_accounts(engine: Engine, template: Template) -> None:
    """The template's users as server accounts, same ids (what `fieldops server seed-workspace` does)."""
    from fieldops.server import accounts as server_accounts
    from fieldops.server import db as server_db

    with engine.begin() as conn:
        known = set(conn.execute(select(schema.account.c.id)).scalars())
        for acc in template.accounts.values():
            if acc.user_id in known:
                continue
            server_accounts.create_account(conn, server_accounts.CLI, username=acc.username, full_name=acc.full_name,
                                           agency=template.agency_code, roles=(acc.role,), account_id=acc.user_id,
                                           password=PASSWORD, kdf=FAST_KDF, now=server_db.now())


@dataclass
class ServerHandle:
    engine: Engine  # the server's database (the checker reads it; DirectTransport writes through it)
    url: str | None = None  # the live server's base URL: laptops use HTTP; None: in process

    def top(self, agency_id: str | None = None) -> int:
        """The feed's last seq (of the rows `agency_id` sees: schedules of other agencies may run meanwhile)."""
        cl = schema.change_log.c
        query = select(func.max(cl.seq))
        if agency_id is not None:
            query = query.where(cl.agency_id.in_([agency_id, "*"]))
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar() or 0)


# ---- transports ---------------------------------------------------------------------------------------------
def _wire(value: Any) -> Any:
    """What crosses the network: JSON (so the in-process path sees the same types as HTTP)."""
    return json.loads(json.dumps(value))


class DirectTransport:
    """The sync engine's transport, calling the server's functions in process as `principal` (no HTTP)."""

    def __init__(self, engine: Engine, principal: Principal) -> None:
        self.engine, self.principal = engine, principal
        self.gaps: random.Random | None = None  # set: the "gapped_feed" bug (R2)

    def push(self, device_id: str, batch_id: str, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if device_id != self.principal.device_id:
            raise FieldOpsError(ErrorCode.SERVER_ERROR, detail="403 sync.device_mismatch")
        wire = _wire(ops)
        results = server_sync.push(self.engine, self.principal, [server_sync.Op(
            o["op_id"], o["entity"], o["entity_id"], o["op_type"], o["payload"], o["base_version"], o["hlc"])
            for o in wire])
        return list(_wire([r.as_dict() for r in results]))

    def pull(self, cursor: int, limit: int) -> dict[str, Any]:
        with self.engine.connect() as conn:
            rows, next_cursor, more = server_feed.read(conn, cursor, limit, server_sync.scope(self.principal))
        if self.gaps is not None and rows and self.gaps.random() < 0.5:
            # A reader that passed over a seq whose transaction committed after the read (Eventuous#222).
            rows.pop(self.gaps.randrange(len(rows)))
        changes = [{"seq": r["seq"], "entity": r["entity"], "entity_id": r["entity_id"], "version": r["version"],
                    "data": r["data"]} for r in rows]
        return dict(_wire({"changes": changes, "next_cursor": next_cursor, "has_more": more}))

    def records(self, keys: list[tuple[str, str]]) -> list[dict[str, Any]]:
        if not keys:
            return []
        r = schema.record.c
        with self.engine.connect() as conn:
            rows = conn.execute(select(schema.record).where(tuple_(r.entity, r.id).in_(keys))).all()
        out = []
        agency = self.principal.agency_id
        for row in rows:
            m = row._mapping
            if m["agency_id"] not in ("*", agency) and agency not in (m["shared_with"] or []):
                continue
            rec = server_sync.Rec(m["entity"], m["id"], m["agency_id"], list(m["shared_with"] or []),
                                  dict(m["data"]), m["version"], {}, dict(m["field_hlc"] or {}), m["status"],
                                  m["seq"], m["created_at"])
            out.append({"seq": m["seq"], "entity": m["entity"], "entity_id": m["id"], "version": m["version"],
                        "data": server_sync.Batch.snapshot(rec)})
        return list(_wire(out))


class NoDedupeTransport:
    """The server without op_id dedupe ("no_op_dedupe", R2): every request's ops reach it under fresh ids, so
    a resent op is applied again. Results are mapped back to the laptop's ids; `World.alias` lets the checker
    see the server's rows under the laptop's op ids (the op the server would have processed twice)."""

    def __init__(self, inner: Any, alias: dict[str, str]) -> None:
        self.inner, self.alias = inner, alias
        self.last_ids: list[str] = []

    def push(self, device_id: str, batch_id: str, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        renamed = []
        self.last_ids = []
        for o in ops:
            sid = uuid7()
            self.alias[sid] = o["op_id"]
            self.last_ids.append(sid)
            renamed.append({**o, "op_id": sid})
        results = self.inner.push(device_id, batch_id, renamed)
        return [{**r, "op_id": self.alias.get(r["op_id"], r["op_id"])} for r in results]

    def pull(self, cursor: int, limit: int) -> dict[str, Any]:
        return dict(self.inner.pull(cursor, limit))

    def records(self, keys: list[tuple[str, str]]) -> list[dict[str, Any]]:
        return list(self.inner.records(keys))


class FaultyTransport:
    """Injects network faults per call (`plan`: call number within the current sync → fault) and lets the
    world's oracle look at the server after every push it processed."""

    def __init__(self, inner: Any, client: Client) -> None:
        self.inner, self.client = inner, client
        self.plan: dict[int, str] = {}
        self.calls = 0

    def arm(self, plan: dict[int, str]) -> None:
        self.plan, self.calls = dict(plan), 0

    def _next(self) -> str | None:
        fault = self.plan.pop(self.calls, None)
        self.calls += 1
        if fault:
            self.client.world.stats[f"fault.{fault}"] += 1
        return fault

    def push(self, device_id: str, batch_id: str, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        fault = self._next()
        if fault in ("lost_request", "server_error"):
            raise InjectedFaultError(fault)
        results = self._send(device_id, batch_id, ops)
        if fault == "duplicate":
            results = self._send(device_id, batch_id, ops)
        if self.client.crash_due("push.lost_reply"):  # the server committed; the laptop died before the reply
            raise Crash("push.lost_reply")
        if fault == "lost_reply":
            raise InjectedFaultError(fault)
        return results

    def _send(self, device_id: str, batch_id: str, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        results = list(self.inner.push(device_id, batch_id, ops))
        ids = list(getattr(self.inner, "last_ids", None) or [o["op_id"] for o in ops])
        self.client.world.observe_push(self.client, ops, ids)
        return results

    def pull(self, cursor: int, limit: int) -> dict[str, Any]:
        fault = self._next()
        if fault in ("lost_request", "server_error"):
            raise InjectedFaultError(fault)
        page = dict(self.inner.pull(cursor, limit))
        if fault == "duplicate":
            page = dict(self.inner.pull(cursor, limit))
        if fault == "lost_reply":
            raise InjectedFaultError(fault)
        return page

    def records(self, keys: list[tuple[str, str]]) -> list[dict[str, Any]]:
        fault = self._next()
        if fault in ("lost_request", "server_error", "lost_reply"):
            raise InjectedFaultError(fault)
        return list(self.inner.records(keys))


# ---- the laptop -----------------------------------------------------------------------------------------------
class _DiesMidTransaction:
    """Kills the laptop's process at its (`after`+1)-th data write (INSERT/UPDATE/DELETE) on the workspace
    database: inside the write transaction the engine opened, which SQLite then rolls back (kill -9)."""

    def __init__(self, engine: Engine, point: str, after: int) -> None:
        self.engine, self.point, self.after, self.writes, self.fired = engine, point, after, 0, False

    def __enter__(self) -> _DiesMidTransaction:
        event.listen(self.engine, "before_cursor_execute", self._before)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._before)

    def _before(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self.fired or statement.lstrip()[:6].upper() not in ("INSERT", "UPDATE", "DELETE"):
            return
        self.writes += 1
        if self.writes > self.after:
            self.fired = True
            raise Crash(self.point)


class HarnessEngine(SyncEngine):
    """The real engine, with the harness watching its transactions: crash points inside them, the pending
    overlay invariant (a pull never overwrites a local change still waiting), and what the laptop has seen."""

    def __init__(self, client: Client) -> None:
        assert client.fo is not None
        super().__init__(client.fo, client.transport, hook=client.on_hook)
        self.client = client

    def apply(self, changes: Sequence[dict[str, Any]], next_cursor: int | None) -> None:
        c = self.client
        pending = c.pending_keys()
        before = c.local_state(pending)
        if c.crash_due("pull.mid_apply"):  # at one of the first 3 writes (an apply makes at least 3)
            assert c.fo is not None
            with _DiesMidTransaction(c.fo.engine, "pull.mid_apply", c.world.rng.randrange(3)) as dies:
                super().apply(changes, next_cursor)
            if not dies.fired:  # not reached this time: the next apply
                c.crash_at = ("pull.mid_apply", 1)
        else:
            super().apply(changes, next_cursor)
        after = c.local_state(pending)
        for key in sorted(pending):
            if before.get(key) != after.get(key):
                c.world.violation("pending_overwritten",
                                  f"{c.name}: a pull overwrote {key} while a local change was pending: "
                                  f"{before.get(key)} -> {after.get(key)}")
        for ch in changes:
            key = (str(ch["entity"]), str(ch["entity_id"]))
            if key not in pending:
                c.seen[key] = max(c.seen.get(key, 0), int(ch.get("version") or 1))

    def _store_results(self, ops: Sequence[Any], results: Sequence[dict[str, Any]]) -> None:
        c = self.client
        if ops and c.crash_due("push.mid_store"):  # at the first write of the transaction storing the results
            assert c.fo is not None
            with _DiesMidTransaction(c.fo.engine, "push.mid_store", 0):
                super()._store_results(ops, results)
        else:
            super()._store_results(ops, results)


class Client:
    """One laptop: a copy of the template opened as one user, its engine and transport, offline flag, clock."""

    def __init__(self, world: World, name: str, account: Account, home: Path) -> None:
        self.world, self.name, self.account, self.home = world, name, account, home
        self.offline = False
        self.skew = timedelta(0)
        self.seen: dict[tuple[str, str], int] = {}  # record → newest server version applied here
        self.outbox_seq = 0
        self.crash_at: tuple[str, int] | None = None  # (point, occurrence)
        self.interleave_at: str | None = None
        self.fo: FieldOps | None = None
        self.transport: FaultyTransport | None = None
        self.engine: HarnessEngine | None = None
        self.session: Any = None
        shutil.copytree(world.template.home, home)
        keyfile = KeyFile.load(paths.keyfile_path(home))
        keyfile.device_id = uuid7()
        keyfile.save()
        self.device_id = keyfile.device_id

    @property
    def user_id(self) -> str:
        return self.account.user_id

    @property
    def role(self) -> str:
        return self.account.role

    def now(self) -> datetime:
        return datetime.now(UTC) + self.skew

    # ---- process life ---------------------------------------------------------------------------------------
    def open(self, first: bool) -> None:
        fo = FieldOps.open(self.home, self.account.username, PASSWORD, kdf=FAST_KDF)
        fo._ctx.clock = self.now
        self.fo = fo
        if first:
            with fo.engine.begin() as conn:  # a laptop of its own: its HLC starts fresh (not the template's)
                conn.execute(text("DELETE FROM meta WHERE key = 'hlc'"))
        self.transport = FaultyTransport(self.world.base_transport(self, first), self)
        self.engine = HarnessEngine(self)
        if first:
            self.join()

    def join(self) -> None:
        """Join the schedule now: the pull cursor jumps to the top of the feed (older records are not compared)."""
        assert self.engine is not None
        self.engine._set(CURSOR, str(self.world.server.top()))

    def rebind(self, world: World, name: str) -> None:
        """A laptop of an earlier schedule (settled) taking part in a new one: fresh schedule state, same disk."""
        self.world, self.name = world, name
        self.offline, self.skew, self.seen = False, timedelta(0), {}
        self.crash_at = self.interleave_at = None
        self.transport = FaultyTransport(world.base_transport(self, False), self)
        self.engine = HarnessEngine(self)
        self.join()

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None
        if self.fo is not None:
            self.fo.close()
            self.fo = None

    def crash_restart(self, point: str) -> None:
        """The process died at `point`: whatever it had not committed is gone; start it again from disk."""
        self.world.stats["crashes"] += 1
        self.world.stats[f"crash.{point}"] += 1
        self.world.log(f"{self.name} crashed at {point}")
        self.crash_at = None
        self.interleave_at = None
        self.close()
        self.open(first=False)
        self.world.scan(self)

    def crash_due(self, point: str) -> bool:
        if self.crash_at is None or self.crash_at[0] != point:
            return False
        name, left = self.crash_at
        if left > 1:
            self.crash_at = (name, left - 1)
            return False
        self.crash_at = None
        return True

    def on_hook(self, point: str) -> None:
        if self.interleave_at == point:
            self.interleave_at = None
            self.world.stats["interleaved_actions"] += 1
            self.world.act(self, interleaved=True)
        if self.crash_due(point):
            raise Crash(point)

    # ---- sync -------------------------------------------------------------------------------------------------
    def sync(self, faults: dict[int, str] | None = None) -> SyncReport | None:
        """One sync round as the app runs it; None if it failed (injected fault) or the laptop crashed."""
        assert self.engine is not None and self.transport is not None
        self.transport.arm(faults or {})
        self.world.stats["sync_attempts"] += 1
        try:
            report = self.engine.sync()
        except Crash as crash:
            self.crash_restart(str(crash))
            return None
        except InjectedFaultError:
            self.world.scan(self)
            return None
        except FieldOpsError as exc:  # a real failure of the server or the transport
            self.world.violation("sync_error", f"{self.name}: sync failed: {exc}")
            self.world.scan(self)
            return None
        finally:
            if self.transport is not None:
                self.transport.arm({})
        self.world.scan(self)
        return report

    def settled(self, top: int) -> bool:
        """Nothing left to sync: no pending op, no record waiting to be fetched again, cursor at `top`."""
        pending, refetch, cursor = self.rows(
            "SELECT (SELECT count(*) FROM outbox WHERE state = 'pending'), "
            "(SELECT value FROM sync_state WHERE key = :r), (SELECT value FROM sync_state WHERE key = :c)",
            r=sync_engine.REFETCH, c=CURSOR)[0]
        return not pending and not json.loads(refetch or "[]") and int(cursor or 0) >= top

    # ---- local reads ------------------------------------------------------------------------------------------
    def rows(self, sql: str, **params: Any) -> list[Any]:
        assert self.fo is not None
        with self.fo.engine.connect() as conn:
            return list(conn.execute(text(sql), params).all())

    def pending_keys(self) -> set[tuple[str, str]]:
        assert self.fo is not None
        with self.fo.engine.connect() as conn:
            return set(SyncEngine._pending_keys(SimpleNamespace(conn=conn)))

    def local_state(self, keys: set[tuple[str, str]]) -> dict[tuple[str, str], tuple[Any, ...]]:
        out: dict[tuple[str, str], tuple[Any, ...]] = {}
        for entity, entity_id in keys:
            row = self.local_record(entity, entity_id)
            if row is not None:
                out[(entity, entity_id)] = row
        return out

    def local_record(self, entity: str, entity_id: str) -> tuple[Any, ...] | None:
        if entity == "operation":
            found = self.rows("SELECT number, status, vehicle, weather, narrative, area_name, version "
                              "FROM operation WHERE id = :i", i=entity_id)
            return tuple(_text(v) if n < 6 else v for n, v in enumerate(found[0])) if found else None
        if entity == "check":
            found = self.rows("SELECT outcome, voided_at IS NOT NULL FROM check_record WHERE id = :i", i=entity_id)
            return (found[0][0], bool(found[0][1])) if found else None
        if entity == "custody_event":
            found = self.rows("SELECT item_id, kind, holder_id FROM custody_event WHERE id = :i", i=entity_id)
            return tuple(found[0]) if found else None
        if entity == "equipment_item":
            found = self.rows("SELECT status, holder_id FROM equipment_item WHERE id = :i", i=entity_id)
            return tuple(found[0]) if found else None
        return None


def _text(value: Any) -> Any:
    return "" if value is None else value


class Fleet:
    """Laptops kept open from one schedule to the next (one per account; opening a workspace costs more than a
    short schedule's actions). A laptop of a schedule that failed is dropped, never reused."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.laptops: dict[str, Client] = {}

    def laptop(self, world: World, name: str, account: Account) -> Client:
        client = self.laptops.get(account.username)
        if client is not None and client.fo is not None:
            client.rebind(world, name)
            return client
        client = Client(world, name, account, self.root / account.username)
        client.open(first=True)
        client.outbox_seq = int(client.rows("SELECT coalesce(max(seq), 0) FROM outbox")[0][0])  # the template's
        self.laptops[account.username] = client
        return client

    def drop(self, client: Client) -> None:
        client.close()
        self.laptops.pop(client.account.username, None)
        shutil.rmtree(client.home, ignore_errors=True)

    def close(self) -> None:
        for client in list(self.laptops.values()):
            self.drop(client)


# ---- the server as the oracle sees it -------------------------------------------------------------------------
class ServerModel:
    """Follows the server's change_log: each record's current document and, per field, who wrote it last (the
    record version of that write and the laptop whose op it was)."""

    def __init__(self, engine: Engine, start: int) -> None:
        self.engine, self.seq = engine, start
        self.state: dict[tuple[str, str], dict[str, Any]] = {}
        self.writer: dict[tuple[str, str], dict[str, tuple[int, str]]] = {}

    def fetch(self) -> list[Any]:
        cl = schema.change_log.c
        with self.engine.connect() as conn:
            rows = list(conn.execute(select(cl.seq, cl.entity, cl.entity_id, cl.version, cl.data, cl.op_id)
                                     .where(cl.seq > self.seq).order_by(cl.seq)).all())
        if rows:
            self.seq = int(rows[-1].seq)
        return rows

    def apply(self, row: Any, who: str) -> None:
        key = (str(row.entity), str(row.entity_id))
        if key[0] not in TRACKED:
            return
        prev = self.state.get(key, {})
        data = dict(row.data)
        writers = self.writer.setdefault(key, {})
        for name, value in data.items():
            if not name.startswith("__") and (name not in prev or prev[name] != value):
                writers[name] = (int(row.version), who)
        self.state[key] = data


@dataclass
class OpInfo:
    op_id: str
    client: str
    entity: str
    entity_id: str
    op_type: str
    payload: dict[str, Any]
    base_version: int | None
    seen: int  # newest server version of the record the laptop had applied when the op was made


@dataclass
class Profile:
    """The shape of random schedules."""

    clients: tuple[int, int] = (2, 6)
    steps: tuple[int, int] = (12, 30)
    p_manager: float = 0.6
    p_second_manager: float = 0.25
    p_skew: float = 0.3
    p_fault: float = 0.3
    p_crash: float = 0.25
    p_interleave: float = 0.15
    p_crash_after_action: float = 0.01
    p_review_phase: float = 0.7
    crash_points: tuple[str, ...] = CRASH_POINTS
    faults: tuple[str, ...] = FAULTS
    final_rounds: int = 3


@dataclass
class ScheduleResult:
    seed: int
    transport: str
    stats: Counter[str]
    violations: list[tuple[str, str]]
    rounds: int
    log: list[str]
    seconds: float

    @property
    def ok(self) -> bool:
        return not self.violations

    def kinds(self) -> set[str]:
        return {k for k, _ in self.violations}

    def describe(self, limit: int = 12) -> str:
        lines = [f"schedule seed={self.seed} transport={self.transport}: {len(self.violations)} violation(s)"]
        lines += [f"  [{k}] {m}" for k, m in self.violations[:limit]]
        lines.append("  last steps: " + " | ".join(self.log[-25:]))
        return "\n".join(lines)


# ---- a schedule -----------------------------------------------------------------------------------------------
class World:
    def __init__(self, server: ServerHandle, template: Template, root: Path, seed: int, *,
                 profile: Profile | None = None, bugs: Sequence[str] = (), fleet: Fleet | None = None) -> None:
        self.server, self.template, self.root, self.seed = server, template, root, seed
        self.own_fleet = fleet is None
        self.fleet = fleet or Fleet(root)
        self.profile = profile or Profile()
        self.rng = random.Random(seed)
        self.bugs = set(bugs)
        self.stats: Counter[str] = Counter()
        self.violations: list[tuple[str, str]] = []
        self.steps: list[str] = []
        self.ops: dict[str, OpInfo] = {}
        self.alias: dict[str, str] = {}  # server op id → laptop op id (no_op_dedupe only)
        self.processed: set[str] = set()
        self.applied: Counter[str] = Counter()
        self.approvals: dict[str, str] = {}  # operation → the content hash its approver's laptop computed
        self.created: set[tuple[str, str]] = set()
        self.clients: list[Client] = []
        self.start_seq = server.top()
        self.model = ServerModel(server.engine, self.start_seq)
        self.counter = 0
        self.items: list[str] = []
        self.rounds = -1

    # ---- bookkeeping ------------------------------------------------------------------------------------------
    def log(self, message: str) -> None:
        self.steps.append(message)

    def violation(self, kind: str, message: str) -> None:
        self.violations.append((kind, message))

    def token(self, client: Client, what: str) -> str:
        self.counter += 1
        return f"{what}-{client.name}-{self.seed}-{self.counter}"

    def add_client(self, name: str, account: Account) -> Client:
        client = self.fleet.laptop(self, name, account)
        self.clients.append(client)
        return client

    def base_transport(self, client: Client, first: bool) -> Any:
        if self.server.url is None:
            p = Principal(client.user_id, client.device_id, client.account.agency_id,
                          frozenset({client.role}), client.account.username)
            direct = DirectTransport(self.server.engine, p)
            if "gapped_feed" in self.bugs:
                direct.gaps = random.Random(self.rng.random())
            if "no_op_dedupe" in self.bugs:
                return NoDedupeTransport(direct, self.alias)
            return direct
        return self._http_transport(client, first)

    def _http_transport(self, client: Client, first: bool) -> Any:
        from fieldops.server.auth import sha256_hex
        from fieldops.sync.session import ServerLink, ServerSession, save_link
        from fieldops.sync.transport import HttpTransport

        assert client.fo is not None and self.server.url is not None
        if client.session is not None:  # the same process, still signed in
            return HttpTransport(client.session.request)
        if first:
            with self.server.engine.begin() as conn:
                conn.execute(insert(schema.device).values(
                    id=client.device_id, name=f"reliability {client.name}", agency_id=client.account.agency_id,
                    secret_hash=sha256_hex(DEVICE_SECRET), enrolled_at=datetime.now(UTC)))
            link = ServerLink(self.server.url, client.device_id, DEVICE_SECRET, client.account.agency_id)
            save_link(client.fo, link)
            session = ServerSession(link)
            session.login(client.account.username, PASSWORD)
            session.store_refresh(client.fo)
        else:  # a restarted app: the stored link and refresh token, new access token
            session = ServerSession.resume(client.fo)
            assert session is not None, "the refresh token was not stored"
        client.session = session
        return HttpTransport(session.request)

    def scan(self, client: Client) -> None:
        """Register the ops the laptop's outbox gained (user actions, and incidents a pull opened)."""
        for seq, op_id, entity, entity_id, op_type, payload, base in client.rows(
                "SELECT seq, op_id, entity, entity_id, op_type, payload, base_version FROM outbox "
                "WHERE seq > :s ORDER BY seq", s=client.outbox_seq):
            client.outbox_seq = int(seq)
            data = json.loads(payload) if isinstance(payload, str) else dict(payload)
            key = ("operation", entity_id) if entity == "review_decision" else (entity, entity_id)
            self.ops[op_id] = OpInfo(op_id, client.name, entity, entity_id, op_type, data, base,
                                     client.seen.get(key, 0))
            self.stats["ops"] += 1
            if op_type == "create":
                self.created.add((entity, entity_id))
            if entity == "review_decision" and op_type == "approved":
                self.approvals[entity_id] = str(data.get("content_hash"))

    # ---- the push oracle --------------------------------------------------------------------------------------
    def observe_push(self, client: Client, wire_ops: Sequence[dict[str, Any]], server_ids: Sequence[str]) -> None:
        rows = self.model.fetch()
        ids = set(server_ids)
        by_op: dict[str, list[Any]] = defaultdict(list)
        for row in rows:
            if row.op_id in ids:
                by_op[row.op_id].append(row)
            else:  # written by something else than this push (accounts, a resolution): before it
                self.model.apply(row, "server")
        ao = schema.applied_op.c
        with self.server.engine.connect() as conn:
            results = {r.op_id: dict(r.result) for r in conn.execute(
                select(ao.op_id, ao.result).where(ao.op_id.in_(list(ids))))}
            conflicts: dict[str, set[str]] = defaultdict(set)
            for op_id, name in conn.execute(select(schema.conflict.c.op_id, schema.conflict.c.field)
                                            .where(schema.conflict.c.op_id.in_(list(ids)))):
                conflicts[op_id].add(name)
        for wire, sid in zip(wire_ops, server_ids, strict=True):
            if sid in self.processed:
                if by_op.get(sid):
                    self.violation("duplicate_apply", f"op {sid} (already applied) changed records again")
                continue
            if sid not in results:
                self.violation("lost", f"{client.name}: op {sid} was pushed and answered but has no stored result")
                continue
            self.processed.add(sid)
            original = self.alias.get(sid, sid)
            self.applied[original] += 1
            if self.applied[original] > 1:
                self.violation("duplicate_apply", f"{client.name}: op {original} ({wire['entity']} "
                                                  f"{wire['op_type']}) processed {self.applied[original]} times")
            info = self.ops.get(original)
            if info is None:
                self.violation("lost", f"{client.name}: pushed op {original} that no outbox registered")
                continue
            self.evaluate(info, wire, results[sid], by_op.get(sid, []), conflicts.get(sid, set()))

    def evaluate(self, info: OpInfo, wire: dict[str, Any], result: dict[str, Any], rows: list[Any],
                 conflict_fields: set[str]) -> None:
        status = str(result.get("status"))
        self.stats[f"result.{status}"] += 1
        key = ("operation", info.entity_id) if info.entity == "review_decision" else (info.entity, info.entity_id)
        pre = dict(self.model.state.get(key, {}))
        writers = dict(self.model.writer.get(key, {}))
        for row in rows:
            self.model.apply(row, info.client)
        post = self.model.state.get(key, {})
        what = f"{info.client}: {info.entity} {info.op_type} {info.entity_id[-8:]} (op {info.op_id[-8:]})"
        if status.startswith("rejected"):
            self.stats["rejections"] += 1
            self.stats[f"rejected.{status}:{result.get('reason')}"] += 1
            if rows:
                self.violation("rejected_applied", f"{what}: rejected ({status}) yet changed the record")
            return
        if status == "conflict":
            self.stats["conflict_ops"] += 1
        if info.op_type == "update" and info.entity in TRACKED:
            for name, value in info.payload.items():
                if name in server_sync.PROTECTED or name in ("crew", "equipment", "lead_id"):
                    continue
                if pre.get(name) == value:
                    continue
                writer = writers.get(name)
                concurrent = writer is not None and writer[1] != info.client and writer[0] > info.seen
                got = post.get(name) == value
                if concurrent:
                    if got:
                        self.violation("silent_overwrite", (
                            f"{what}: {name}={value!r} overwrote {pre.get(name)!r} written by {writer[1]} at "
                            f"v{writer[0]} which the laptop had not seen (it had v{info.seen}; "
                            f"base_version {info.base_version})"))
                    elif name not in conflict_fields:
                        self.violation("concurrent_edit_lost", (
                            f"{what}: concurrent edit {name}={value!r} neither applied nor listed as a conflict "
                            f"(last writer {writer[1]} at v{writer[0]}, the laptop had v{info.seen}; "
                            f"base_version {info.base_version})"))
                    else:
                        self.stats["conflicts"] += 1
                elif not got:
                    if name in conflict_fields:
                        self.stats["conflicts"] += 1
                        self.stats["conflicts.spurious"] += 1  # kept, not lost, but nobody else wrote it since
                        self.log(f"spurious conflict: {what} {name} (seen v{info.seen}, base {info.base_version}, "
                                 f"last writer {writer})")
                    else:
                        self.violation("edit_dropped", (
                            f"{what}: {name}={value!r} not stale (last writer {writer}, seen v{info.seen}) "
                            f"yet not applied ({status}); the field kept {post.get(name)!r}"))
        elif info.entity == "operation" and info.op_type == "submit" and post.get("status") != "submitted":
            self.violation("edit_dropped", f"{what}: submit {status} but the operation is {post.get('status')}")
        elif info.entity == "review_decision" and info.op_type == "approved":
            if post.get("status") != "approved" or post.get("approval_hash") != info.payload.get("content_hash"):
                self.violation("edit_dropped", f"{what}: approval {status} but the record is {post.get('status')}")
        elif info.op_type == "create" and info.entity in TRACKED and not pre and not rows:
            self.violation("lost", f"{what}: create {status} but no record was written")

    # ---- actions ------------------------------------------------------------------------------------------
    def act(self, client: Client, interleaved: bool = False) -> None:
        """One random user action on `client` (its own transaction), then register its ops. Actions that do not
        apply now (nothing submitted to review, no item out ...) are skipped for another pick."""
        assert client.fo is not None
        choices = [(a, w) for a, w in ACTIONS[client.role] if not interleaved or a not in ("sync", "offline")]
        done, name = None, ""
        for _ in range(4):
            name = self.rng.choices([a for a, _ in choices], [w for _, w in choices])[0]
            try:
                done = getattr(self, f"_do_{name}")(client)
            except FieldOpsError as exc:  # the app refused (stale editor, locked, item out ...): nothing written
                self.stats[f"refused.{exc.code.value}"] += 1
                done = f"{name} refused ({exc.code.value})"
            if done is not None:
                break
        self.log(f"{client.name}{'*' if interleaved else ''}: {done or 'idle'}")
        self.scan(client)
        if not interleaved and name not in ("sync", "offline") and self.rng.random() < \
                self.profile.p_crash_after_action:
            client.crash_restart("action.after_commit")

    def _editable_ops(self, client: Client) -> list[tuple[str, int, str]]:
        """(id, version, created_by) of operations this laptop's user may edit (crew, author or supervisor)."""
        uid = client.user_id
        rows = client.rows(
            "SELECT o.id, o.version, o.created_by FROM operation o WHERE o.status IN ('draft', 'returned') AND "
            "(:sup OR o.created_by = :u OR EXISTS (SELECT 1 FROM operation_crew c WHERE c.operation_id = o.id "
            "AND c.user_id = :u)) ORDER BY o.id", sup=client.role == "supervisor", u=uid)
        return [(str(r[0]), int(r[1]), str(r[2])) for r in rows if self._ours(("operation", str(r[0])))]

    def _ours(self, key: tuple[str, str]) -> bool:
        return key in self.created

    def _do_sync(self, client: Client) -> str | None:
        if client.offline:
            return "sync skipped (offline)"
        p = self.profile
        faults = self._faults()
        if self.rng.random() < p.p_crash:
            client.crash_at = (self.rng.choice(p.crash_points), 1)
            if client.crash_at[0] == "action.after_commit":
                client.crash_at = None
                client.crash_restart("action.after_commit")
        if self.rng.random() < p.p_interleave:
            client.interleave_at = self.rng.choice(("push.after_store", "pull.before_apply"))
        report = client.sync(faults)
        client.crash_at = None
        client.interleave_at = None
        return f"sync {faults or ''} -> {_brief(report)}"

    def _faults(self) -> dict[int, str]:
        """At most one network fault in the next sync, on one of its first three calls."""
        if self.rng.random() < self.profile.p_fault:
            return {self.rng.randrange(3): self.rng.choice(self.profile.faults)}
        return {}

    def _do_offline(self, client: Client) -> str | None:
        client.offline = not client.offline
        return "offline" if client.offline else "online"

    def _do_create(self, client: Client) -> str | None:
        assert client.fo is not None
        if sum(1 for k in self.created if k[0] == "operation") >= MAX_OPERATIONS:
            return None
        others = [c.user_id for c in self.clients if c.role == "officer" and c is not client]
        crew = self.rng.sample(others, k=min(len(others), self.rng.choice((0, 1, 2, 2))))
        start = client.now() - timedelta(hours=3)
        changes = client.fo.operations.create(
            type="traffic_monitoring", start_at=start, end_at=start + timedelta(hours=2), actual=True, crew=crew,
            area_name=self.token(client, "area"), vehicle=self.token(client, "car"))
        return f"create {str(changes.created_id)[-8:]} crew={len(crew)}"

    def _do_edit(self, client: Client) -> str | None:
        assert client.fo is not None
        ops = self._editable_ops(client)
        if not ops:
            return None
        oid, version, _ = self.rng.choice(ops)
        names = self.rng.sample(EDIT_FIELDS, k=self.rng.randint(1, 2))
        values = {n: self.token(client, n) for n in names}
        client.fo.operations.update(oid, version, **values)
        return f"edit {oid[-8:]} v{version} {sorted(values)}"

    def _do_check(self, client: Client) -> str | None:
        assert client.fo is not None
        ops = self._editable_ops(client)
        if not ops:
            return None
        oid, _, _ = self.rng.choice(ops)
        at = client.now() - timedelta(hours=2)
        client.fo.checks.add(oid, kind="other", at=at, outcome=self.rng.choice(("no_violation", "warning")),
                             facts={"category": "assistance", "text": self.token(client, "check")})
        return f"check on {oid[-8:]}"

    def _do_void(self, client: Client) -> str | None:
        assert client.fo is not None
        ops = {o for o, _, _ in self._editable_ops(client)}
        checks = [str(r[0]) for r in client.rows("SELECT id, operation_id FROM check_record WHERE voided_at IS NULL "
                                                 "ORDER BY id") if str(r[1]) in ops]
        if not checks:
            return None
        cid = self.rng.choice(checks)
        client.fo.checks.void(cid, "logged by mistake")
        return f"void check {cid[-8:]}"

    def _do_submit(self, client: Client) -> str | None:
        assert client.fo is not None
        ops = self._editable_ops(client)
        if not ops:
            return None
        oid, version, _ = self.rng.choice(ops)
        detail = client.fo.operations.get(oid)
        if detail.lat is None or not detail.narrative.strip():
            extra: dict[str, Any] = {"lat": 56.95, "lon": 24.1}
            if not detail.narrative.strip():
                extra["narrative"] = self.token(client, "narrative")
            client.fo.operations.update(oid, version, **extra)
            self.scan(client)
        client.fo.operations.submit(oid)
        if not client.offline and self.rng.random() < 0.5:  # handed in: sent right away if the laptop is online
            self.scan(client)
            return f"submit {oid[-8:]}; sync -> {_brief(client.sync(self._faults()))}"
        return f"submit {oid[-8:]}"

    def _do_review(self, client: Client) -> str | None:
        assert client.fo is not None
        ops = self._reviewable(client)
        synced = ""
        if not ops and not client.offline and self.rng.random() < 0.5:  # the review queue refreshes first
            synced = f"sync -> {_brief(client.sync(self._faults()))}; "
            ops = self._reviewable(client) if client.fo is not None else []
        if not ops:
            return synced or None
        oid = self.rng.choice(ops)
        if self.rng.random() < 0.7:
            client.fo.reviews.approve(oid)
            return f"{synced}approve {oid[-8:]}"
        client.fo.reviews.return_for_correction(oid, "please fix")
        return f"{synced}return {oid[-8:]}"

    def _reviewable(self, client: Client) -> list[str]:
        rows = client.rows("SELECT o.id FROM operation o WHERE o.status = 'submitted' AND o.created_by != :u AND NOT "
                           "EXISTS (SELECT 1 FROM operation_crew c WHERE c.operation_id = o.id AND c.user_id = :u) "
                           "ORDER BY o.id", u=client.user_id)
        return [str(r[0]) for r in rows if self._ours(("operation", str(r[0])))]

    def _do_item(self, client: Client) -> str | None:
        assert client.fo is not None
        if len(self.items) >= 3:
            return None
        tag = f"R{self.seed % 100000:05d}-{len(self.items)}-{client.name[-1]}"
        changes = client.fo.equipment.create_item(asset_tag=tag, serial_no=f"SN-{tag}", kind="nv_binocular",
                                                  make="Pulsar", model="Test")
        assert changes.created_id
        self.items.append(changes.created_id)
        return f"item {tag}"

    def _do_checkout(self, client: Client) -> str | None:
        assert client.fo is not None
        items = [str(r[0]) for r in client.rows("SELECT id FROM equipment_item WHERE status = 'available' "
                                                "ORDER BY id") if str(r[0]) in self.items]
        if not items:
            return None
        item = self.rng.choice(items)
        holder = self.rng.choice(self.template.of_role("officer"))
        client.fo.desk.check_out(holder.user_id, [item], acknowledgement=PASSWORD)
        return f"check out {item[-8:]} to {holder.username}"

    def _do_return(self, client: Client) -> str | None:
        assert client.fo is not None
        items = [str(r[0]) for r in client.rows("SELECT id FROM equipment_item WHERE status = 'checked_out' "
                                                "ORDER BY id") if str(r[0]) in self.items]
        if not items:
            return None
        item = self.rng.choice(items)
        if self.rng.random() < 0.15:  # damaged: the desk opens a damage incident (a new record for everyone)
            client.fo.desk.return_items([ReturnLine(item, condition="damaged")], damage="cracked eyepiece")
            return f"return {item[-8:]} damaged"
        client.fo.desk.return_items([ReturnLine(item)])
        return f"return {item[-8:]}"

    # ---- the run ----------------------------------------------------------------------------------------------
    def populate(self) -> None:
        p, rng = self.profile, self.rng
        n = rng.randint(*p.clients)
        supervisor = rng.choice(self.template.of_role("supervisor"))
        people = [supervisor]
        managers = self.template.of_role("equipment_manager")
        if n >= 3 and rng.random() < p.p_manager:
            people.append(managers[0])
            if n >= 4 and rng.random() < p.p_second_manager:
                people.append(managers[1])
        officers = self.template.of_role("officer")
        people += rng.sample(officers, k=max(1, n - len(people)))
        for i, account in enumerate(people):
            client = self.add_client(f"c{i}", account)
            if rng.random() < p.p_skew:
                client.skew = timedelta(hours=rng.choice((-24, -5, 5, 24)), minutes=rng.randint(-30, 30))
            self.log(f"c{i}={account.username} skew={client.skew}")

    def run(self) -> None:
        self.populate()
        steps = self.rng.randint(*self.profile.steps)
        review_at = steps * 2 // 3 if self.rng.random() < self.profile.p_review_phase else -1
        for step in range(steps):
            if step == review_at:
                self.review_phase()
            self.act(self.rng.choice(self.clients))
        self.rounds = self.converge()

    def review_phase(self) -> None:
        """The end of a shift: online laptops send what they have, the supervisor reviews all that arrived."""
        self.log("-- review phase --")
        for client in self.clients:
            if not client.offline and client.role != "supervisor":
                self.log(f"{client.name}: sync -> {_brief(client.sync(self._faults()))}")
        supervisor = self.clients[0]
        if supervisor.offline:
            return
        self.log(f"{supervisor.name}: sync -> {_brief(supervisor.sync(self._faults()))}")
        for oid in self._reviewable(supervisor):
            assert supervisor.fo is not None
            try:
                if self.rng.random() < 0.7:
                    supervisor.fo.reviews.approve(oid)
                    self.log(f"{supervisor.name}: approve {oid[-8:]}")
                else:
                    supervisor.fo.reviews.return_for_correction(oid, "please fix")
                    self.log(f"{supervisor.name}: return {oid[-8:]}")
            except FieldOpsError as exc:
                self.log(f"{supervisor.name}: review refused ({exc.code.value})")
            self.scan(supervisor)

    def perform(self, client: Client, label: str, action: Callable[[FieldOps], Any]) -> Any:
        """An explicit user action in a scripted scenario (tests/sync, R3): run it, log it, register its ops."""
        assert client.fo is not None
        result = action(client.fo)
        self.log(f"{client.name}: {label}")
        self.scan(client)
        return result

    def converge(self) -> int:
        """Everyone online, no more faults: sync rounds (each laptop that is not settled syncs once) until every
        laptop is settled: nothing pending or waiting to be fetched again, its cursor at the top of the feed.
        Returns the number of rounds needed (the schedule fails if it takes more than `final_rounds`)."""
        for client in self.clients:
            client.offline = False
        agency = self.template.agency_id
        for n in range(1, self.profile.final_rounds + 1):
            top = self.server.top(agency)
            for client in self.clients:
                if not client.settled(top):
                    client.sync()
            top = self.server.top(agency)
            if all(client.settled(top) for client in self.clients):
                return n
        return self.profile.final_rounds + 1

    def close(self) -> None:
        """End of the schedule: a borrowed fleet keeps the laptops of a schedule that passed."""
        for client in self.clients:
            if self.own_fleet or self.violations or client.fo is None:
                self.fleet.drop(client)

    # ---- the checker ------------------------------------------------------------------------------------------
    def check(self) -> None:
        if self.rounds > self.profile.final_rounds:
            self.violation("not_quiescent", f"still syncing changes after {self.profile.final_rounds} rounds")
        self._check_outboxes()
        self._check_duplicates()
        self._check_divergence()
        self._check_approvals()

    def _server_results(self) -> dict[str, list[dict[str, Any]]]:
        """laptop op id → the results the server stored for it (more than one only without dedupe)."""
        ao = schema.applied_op.c
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        wanted = list(self.ops) + [sid for sid, orig in self.alias.items() if orig in self.ops]
        with self.server.engine.connect() as conn:
            for start in range(0, len(wanted), 500):
                for op_id, result in conn.execute(select(ao.op_id, ao.result).where(
                        ao.op_id.in_(wanted[start:start + 500]))):
                    out[self.alias.get(op_id, op_id)].append(dict(result))
        return out

    def _check_outboxes(self) -> None:
        results = self._server_results()
        wanted = list(self.ops) + list(self.alias)
        conflict_ops: set[str] = set()
        with self.server.engine.connect() as conn:
            for start in range(0, len(wanted), 500):
                conflict_ops |= {self.alias.get(o, o) for o in conn.execute(select(schema.conflict.c.op_id).where(
                    schema.conflict.c.op_id.in_(wanted[start:start + 500]))).scalars()}
        for client in self.clients:
            local = {str(r[0]): (str(r[1]), r[2]) for r in client.rows("SELECT op_id, state, last_error FROM outbox")}
            for info in (i for i in self.ops.values() if i.client == client.name):
                what = f"{client.name}: {info.entity} {info.op_type} {info.entity_id[-8:]} (op {info.op_id[-8:]})"
                if info.op_id not in local:
                    self.violation("lost", f"{what}: vanished from the outbox")
                    continue
                state, error = local[info.op_id]
                stored = results.get(info.op_id, [])
                statuses = {str(r.get("status")) for r in stored}
                if state == "pending":
                    self.violation("lost", f"{what}: still pending after the final sync rounds")
                elif state == "sent":
                    if not stored:
                        self.violation("lost", f"{what}: marked sent but the server never applied it")
                    elif not statuses & {"applied"}:
                        self.violation("rejected_dropped", f"{what}: marked sent, the server said {sorted(statuses)}")
                elif state == "conflict":
                    if "conflict" not in statuses or info.op_id not in conflict_ops:
                        self.violation("conflict_unlisted", f"{what}: conflict without a conflict row ({statuses})")
                elif state == "rejected":
                    detail = json.loads(error) if error else {}
                    if not str(detail.get("status", "")).startswith("rejected") or not detail.get("reason"):
                        self.violation("rejected_dropped", f"{what}: rejected without status and reason: {error!r}")
                    if not stored or not any(s.startswith("rejected") for s in statuses):
                        self.violation("rejected_dropped", f"{what}: rejected here, the server said {sorted(statuses)}")
                else:
                    self.violation("lost", f"{what}: unknown outbox state {state!r}")

    def _check_duplicates(self) -> None:
        cl = schema.change_log.c
        with self.server.engine.connect() as conn:
            rows = conn.execute(select(cl.op_id, cl.entity, cl.entity_id, func.count()).where(
                cl.seq > self.start_seq, cl.op_id.is_not(None)).group_by(cl.op_id, cl.entity, cl.entity_id)).all()
        seen: Counter[tuple[str, str, str]] = Counter()
        for op_id, entity, entity_id, count in rows:
            original = self.alias.get(op_id, op_id)
            if original in self.ops:
                seen[(original, entity, entity_id)] += int(count)
        for (op_id, entity, entity_id), count in seen.items():
            if count > 1:
                self.violation("duplicate_apply", f"op {op_id[-8:]} changed {entity} {entity_id[-8:]} {count} times")

    def _server_records(self, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], dict[str, Any]]:
        r = schema.record.c
        out: dict[tuple[str, str], dict[str, Any]] = {}
        with self.server.engine.connect() as conn:
            for start in range(0, len(keys), 500):
                for row in conn.execute(select(schema.record).where(
                        tuple_(r.entity, r.id).in_(list(keys[start:start + 500])))):
                    out[(row.entity, row.id)] = dict(row._mapping)
        return out

    def _facts(self) -> dict[str, list[dict[str, Any]]]:
        r = schema.record.c
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        if not self.items:
            return out
        with self.server.engine.connect() as conn:
            for rid, data in conn.execute(select(r.id, r.data).where(
                    r.entity == "custody_event", r.data["item_id"].as_string().in_(self.items))):
                out[str(data["item_id"])].append(dict(data) | {"id": rid})
        return out

    def _check_divergence(self) -> None:
        keys = sorted(k for k in self.created if k[0] in ("operation", "check", "custody_event"))
        server = self._server_records(keys)
        creates = {(i.entity, i.entity_id): i for i in self.ops.values() if i.op_type == "create"}
        for key in keys:
            rec = server.get(key)
            if rec is None:
                info = creates.get(key)
                owner = next((c for c in self.clients if info and c.name == info.client), None)
                state = owner.rows("SELECT state FROM outbox WHERE op_id = :o", o=info.op_id) if owner and info else []
                if (state and state[0][0] == "rejected" and key[0] in ("operation", "check")
                        and owner is not None and owner.local_record(*key) is not None):
                    # The server refused it; the laptop still shows it as part of the record (not as an amendment
                    # draft or a needs-attention item): its data differs from the server's (SYNC.md).
                    self.stats["rejected_creates_kept"] += 1
                    self.violation("rejected_create_kept", f"{owner.name if owner else '?'}: {key[0]} {key[1][-8:]} "
                                                           f"was rejected by the server but stays a live local record")
                elif state and state[0][0] == "rejected":
                    self.stats["rejected_creates_kept"] += 1
                else:
                    self.violation("divergence", f"{key[0]} {key[1][-8:]} created ({state}) but not on the server")
                continue
            want = _server_view(key[0], rec)
            for client in self.clients:
                got = client.local_record(*key)
                if got is None:
                    self.violation("missing", f"{client.name}: {key[0]} {key[1][-8:]} never arrived (server {want})")
                elif got != want:
                    self.violation("divergence", f"{client.name}: {key[0]} {key[1][-8:]} local {got} != server {want}")
        facts = self._facts()
        for item in self.items:
            state, _ = custody.derive(custody.Fact(
                str(f["id"]), str(f["kind"]), _dt(f["at"]), f.get("holder_id"), _dt(f.get("due_at")), f.get("hlc"))
                for f in facts.get(item, []))
            want_item = (state.status, state.holder_id)
            for client in self.clients:
                got_item = client.local_record("equipment_item", item)
                if got_item is None:
                    self.violation("missing", f"{client.name}: item {item[-8:]} never arrived")
                elif got_item != want_item:
                    self.violation("divergence", f"{client.name}: item {item[-8:]} local {got_item} != server fold "
                                                 f"{want_item}")

    def _check_approvals(self) -> None:
        keys = [k for k in self.created if k[0] == "operation"]
        server = self._server_records(keys)
        r = schema.record.c
        for key, rec in server.items():
            if rec["status"] != "approved":
                continue
            self.stats["approved"] += 1
            oid = key[1]
            with self.server.engine.connect() as conn:
                checks = [dict(row.data) | {"id": row.id} for row in conn.execute(
                    select(r.id, r.data).where(r.entity == "check", r.data["operation_id"].as_string() == oid))]
                media = [str(row.data.get("sha256")) for row in conn.execute(
                    select(r.data).where(r.entity == "attachment", r.data["owner_id"].as_string() == oid))]
            data = dict(rec["data"]) | {"id": oid, "agency_id": rec["agency_id"]}
            live = [c for c in checks if not c.get("voided_at")]
            now = approval.content_hash(data, data.get("crew") or [], live, media)
            if data.get("approval_hash") != now:
                self.violation("approved_changed", f"operation {oid[-8:]} changed after approval")
            if self.approvals.get(oid) not in (None, data.get("approval_hash")):
                self.violation("approved_changed", f"operation {oid[-8:]}: approved hash differs from the reviewer's")

    def result(self, started: float) -> ScheduleResult:
        self.stats["schedules"] += 1
        self.stats["clients"] += len(self.clients)
        self.stats[f"rounds.{self.rounds}"] += 1
        return ScheduleResult(self.seed, "http" if self.server.url else "direct", self.stats, self.violations,
                              self.rounds, self.steps, time.monotonic() - started)


ACTIONS: dict[str, list[tuple[str, int]]] = {
    "officer": [("create", 2), ("edit", 8), ("check", 3), ("void", 1), ("submit", 4), ("offline", 2), ("sync", 3)],
    "supervisor": [("create", 1), ("edit", 3), ("check", 1), ("review", 6), ("offline", 1), ("sync", 3)],
    "equipment_manager": [("item", 2), ("checkout", 4), ("return", 3), ("offline", 1), ("sync", 3)],
}
MAX_OPERATIONS = 4  # per schedule: edits concentrate on few records, so laptops meet on the same fields


def _server_view(entity: str, rec: dict[str, Any]) -> tuple[Any, ...]:
    data = rec["data"]
    if entity == "operation":
        return (_text(data.get("number")), _text(rec["status"]), _text(data.get("vehicle")),
                _text(data.get("weather")), _text(data.get("narrative")), _text(data.get("area_name")),
                rec["version"])
    if entity == "check":
        return (data.get("outcome"), bool(data.get("voided_at")))
    if entity == "custody_event":
        return (data.get("item_id"), data.get("kind"), data.get("holder_id"))
    return ()


def _dt(value: Any) -> Any:
    if value is None or isinstance(value, datetime):
        return value
    parsed = datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _brief(report: SyncReport | None) -> str:
    if report is None:
        return "failed"
    return f"pushed {report.pushed} ({report.conflicts} conflicts, {report.rejected} rejected), pulled {report.pulled}"


def run_schedule(server: ServerHandle, template: Template, root: Path, seed: int, *,
                 profile: Profile | None = None, bugs: Sequence[str] = (), keep: bool = False,
                 setup: Callable[[World], None] | None = None, fleet: Fleet | None = None) -> ScheduleResult:
    """One seeded random schedule, then the checker. Engine bugs in `bugs` are switched on for its duration.
    An exception (of the code under test or of the harness) is reported as a violation with its traceback."""
    started = time.monotonic()
    home = root / f"s{seed}"
    engine_bugs = [b for b in bugs if b in ENGINE_BUGS]
    sync_engine.BUGS.update(engine_bugs)
    world = World(server, template, home, seed, profile=profile, bugs=bugs, fleet=fleet)
    try:
        if setup is not None:
            setup(world)
        world.run()
        world.check()
    except Exception as exc:  # reported with the seed, the other schedules go on
        world.violation("exception", f"{type(exc).__name__}: {exc}\n{traceback.format_exc()[-3000:]}")
    finally:
        sync_engine.BUGS.difference_update(engine_bugs)
        world.close()
        if not keep:
            shutil.rmtree(home, ignore_errors=True)
    return world.result(started)


def _run_chunk(db_url: str, live_url: str | None, template: Template, root: str, seeds: Sequence[int],
               profile: Profile | None, bugs: Sequence[str]) -> list[ScheduleResult]:
    from fieldops.server import db

    engine = db.make_engine(db_url)
    fleet = Fleet(Path(root) / "fleet")
    try:
        server = ServerHandle(engine, live_url)
        return [run_schedule(server, template, Path(root), seed, profile=profile, bugs=bugs, fleet=fleet)
                for seed in seeds]
    finally:
        fleet.close()
        engine.dispose()


def run_many(db_url: str, templates: Sequence[Template], root: Path, seeds: Sequence[int], *,
             live_url: str | None = None, profile: Profile | None = None, bugs: Sequence[str] = (),
             workers: int = 1) -> list[ScheduleResult]:
    """Run schedules in `workers` processes, worker k with its own template (agency), so their feeds are
    disjoint and each worker's schedules stay sequential (the oracle follows one pusher at a time)."""
    workers = max(1, min(workers, len(templates), len(seeds)))
    if workers == 1:
        return _run_chunk(db_url, live_url, templates[0], str(root), seeds, profile, bugs)
    chunks = [(db_url, live_url, templates[k], str(root / f"w{k}"), list(seeds[k::workers]), profile, tuple(bugs))
              for k in range(workers)]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(_run_chunk, *chunk) for chunk in chunks]
        results = [r for f in futures for r in f.result()]
    return sorted(results, key=lambda r: r.seed)


def summarize(results: Sequence[ScheduleResult]) -> dict[str, Any]:
    """The R1 figures over many schedules."""
    total: Counter[str] = Counter()
    for r in results:
        total.update(r.stats)
    kinds: Counter[str] = Counter(k for r in results for k, _ in r.violations)
    rounds = Counter(r.rounds for r in results)
    return {
        "schedules": len(results), "clients": total["clients"], "ops": total["ops"],
        "sync_attempts": total["sync_attempts"], "applied": total["result.applied"],
        "conflicts": total["conflicts"], "spurious_conflicts": total["conflicts.spurious"],
        "rejections": total["rejections"], "crashes": total["crashes"],
        "faults": sum(v for k, v in total.items() if k.startswith("fault.")),
        "faults_by_kind": {k[6:]: v for k, v in sorted(total.items()) if k.startswith("fault.")},
        "crashes_by_point": {k[6:]: v for k, v in sorted(total.items()) if k.startswith("crash.")},
        "rejections_by_reason": {k[9:]: v for k, v in sorted(total.items()) if k.startswith("rejected.")},
        "interleaved_actions": total["interleaved_actions"], "approved": total["approved"],
        "rounds_to_converge": dict(sorted(rounds.items())),
        "invariants": {name: sum(kinds[k] for k in group) for name, group in INVARIANTS.items()},
        "violations": dict(kinds), "failed_seeds": [r.seed for r in results if not r.ok],
        "seconds": round(sum(r.seconds for r in results), 1),
    }


# The R1 pass criteria (QUALITY.md) and the checker's violation kinds behind each.
INVARIANTS: dict[str, tuple[str, ...]] = {
    "divergence": ("divergence", "missing", "rejected_create_kept", "not_quiescent"),
    "lost_ops": ("lost", "rejected_dropped", "edit_dropped", "pending_overwritten"),
    "duplicate_applies": ("duplicate_apply", "rejected_applied"),
    "changed_approved_records": ("approved_changed",),
    "silent_overwrites": ("silent_overwrite", "concurrent_edit_lost", "conflict_unlisted"),
    "errors": ("sync_error", "exception"),
}


def format_figures(title: str, figures: dict[str, Any]) -> str:
    lines = [f"== {title} =="]
    for key, value in figures.items():
        lines.append(f"  {key}: {value}")
    return "\n".join(lines)


