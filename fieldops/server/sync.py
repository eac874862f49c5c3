"""Push: apply a batch of client ops under the conflict policy of SYNC.md, idempotently.

One transaction per pushed batch: every op's effect, its `applied_op` row (the stored result) and its feed
rows commit together or not at all, so a lost reply or a retried batch returns the stored results and applies
nothing twice. Within the batch, ops are applied in order in memory over the records they touch (loaded in one
query) and written back with Core bulk statements: the bulk path of P4, not an ORM unit of work.

Policy, per op:
- facts (checks' creation, custody events, attachments, review decisions …): insert once by id, never merged;
- draft fields: per field, last writer wins by HLC, unless the writer's `base_version` is older than the
  field's last change by someone else: then both values are kept as a conflict (narratives never merge);
- submitted operations (and their checks) are locked for the crew (`rejected_locked`); approved ones are
  immutable for everyone (`rejected_immutable`); approval requires the content hash the supervisor saw.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from fieldops import approval
from fieldops.hlc import HLC
from fieldops.ids import uuid7
from fieldops.server import schema
from fieldops.server.config import MAX_MEDIA_FILE
from fieldops.server.feed import Feed, bulk_insert
from fieldops.server.principal import Principal

log = logging.getLogger("fieldops.server.sync")

APPLIED, CONFLICT = "applied", "conflict"
LOCKED, IMMUTABLE = "rejected_locked", "rejected_immutable"
INVALID, FORBIDDEN = "rejected_invalid", "rejected_forbidden"
FACTS = {"custody_event", "attachment", "review_decision"}
SHA256 = re.compile(r"^[0-9a-f]{64}$")
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
# Fields a client never sets directly: identity, ownership, server-assigned numbers and workflow status.
PROTECTED = {"id", "agency_id", "number", "status", "created_by", "approval_hash"}
NEVER_MERGED = {"narrative", "description", "notes", "damage"}
EDITABLE_STATUS = ("draft", "returned")
SUPERVISOR, ADMIN, MANAGER, OFFICER = "supervisor", "administrator", "equipment_manager", "officer"
# Who may write which kind of record (besides the agency rule).
WRITERS: dict[str, set[str]] = {
    "operation": {OFFICER, SUPERVISOR}, "check": {OFFICER, SUPERVISOR}, "attachment": {OFFICER, SUPERVISOR,
                                                                                      MANAGER},
    "review_decision": {SUPERVISOR}, "user": {ADMIN}, "custody_event": {MANAGER}, "equipment_item": {MANAGER},
    "kit": {MANAGER}, "equipment_incident": {MANAGER}, "equipment_reservation": {MANAGER},
    "equipment_share": {MANAGER}, "amendment": {OFFICER, SUPERVISOR},
}
# The reviewed fields an amendment may correct (`fieldops.services.amendments.CORRECTABLE`).
CORRECTABLE = {"type", "area_name", "lat", "lon", "vehicle", "planned_start", "planned_end", "actual_start",
               "actual_end", "weather", "visibility", "narrative"}
LOCKED_FOR_GOOD = ("approved", "voided")
SELF_SERVICE = {("user", "set_desk_pin")}  # a user may set their own desk PIN


@dataclass
class Op:
    op_id: str
    entity: str
    entity_id: str
    op_type: str
    payload: dict[str, Any]
    base_version: int | None
    hlc: str


@dataclass
class Result:
    op_id: str
    status: str
    reason: str | None = None
    conflicts: list[str] = field(default_factory=list)
    version: int | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"op_id": self.op_id, "status": self.status}
        if self.reason:
            out["reason"] = self.reason
        if self.conflicts:
            out["conflicts"] = self.conflicts
        if self.version is not None:
            out["version"] = self.version
        return out


@dataclass
class Rec:
    entity: str
    id: str
    agency_id: str
    shared_with: list[str]
    data: dict[str, Any]
    version: int
    field_versions: dict[str, int]
    field_hlc: dict[str, str]
    status: str | None
    seq: int
    created_at: datetime
    new: bool = False
    dirty: bool = False


class Batch:
    """The records one push touches, loaded once, changed in memory, written back in bulk."""

    def __init__(self, conn: Connection, principal: Principal, now: datetime) -> None:
        self.conn, self.p, self.now = conn, principal, now
        self.records: dict[tuple[str, str], Rec | None] = {}
        self.feed = Feed(conn)
        self.conflict_rows: list[dict[str, Any]] = []
        self.account_rows: list[Rec] = []
        self.counters: dict[str, tuple[int, bool]] = {}  # key -> (last value, existed before this batch)
        self.prefixes: dict[str, str] = {}

    # ---- report numbers (read once per batch, written back at flush) ---------------------------------
    def prefix(self, agency_id: str) -> str:
        if agency_id not in self.prefixes:
            self.prefixes[agency_id] = str(self.conn.execute(select(schema.agency.c.report_prefix).where(
                schema.agency.c.id == agency_id)).scalar() or "OP")
        return self.prefixes[agency_id]

    def next_number(self, key: str) -> int:
        if key not in self.counters:
            current = self.conn.execute(select(schema.counter.c.value).where(schema.counter.c.key == key)).scalar()
            self.counters[key] = (int(current or 0), current is not None)
        value, existed = self.counters[key]
        self.counters[key] = (value + 1, existed)
        return value + 1

    def _flush_counters(self) -> None:
        c = schema.counter.c
        for key, (value, existed) in self.counters.items():
            if existed:
                self.conn.execute(update(schema.counter).where(c.key == key).values(value=value))
            else:
                self.conn.execute(insert(schema.counter).values(key=key, value=value))
        self.counters = {k: (v, True) for k, (v, _e) in self.counters.items()}

    # ---- records ------------------------------------------------------------------------------------
    def preload(self, keys: Sequence[tuple[str, str]]) -> None:
        wanted = [k for k in dict.fromkeys(keys) if k not in self.records]
        by_entity: dict[str, list[str]] = {}
        for entity, entity_id in wanted:
            by_entity.setdefault(entity, []).append(entity_id)
        r = schema.record.c
        for entity, ids in by_entity.items():
            chunk = [(entity, i) for i in ids]
            for row in self.conn.execute(select(schema.record).where(r.entity == entity, r.id.in_(ids))):
                m = row._mapping
                self.records[(m["entity"], m["id"])] = Rec(
                    m["entity"], m["id"], m["agency_id"], list(m["shared_with"] or []), dict(m["data"]),
                    int(m["version"]), dict(m["field_versions"] or {}), dict(m["field_hlc"] or {}), m["status"],
                    int(m["seq"]), m["created_at"])
            for key in chunk:
                self.records.setdefault(key, None)

    def get(self, entity: str, entity_id: str) -> Rec | None:
        key = (entity, entity_id)
        if key not in self.records:
            self.preload([key])
        return self.records[key]

    def create(self, entity: str, entity_id: str, agency_id: str, data: dict[str, Any], hlc: str,
               shared_with: Sequence[str] = (), status: str | None = None) -> Rec:
        rec = Rec(entity, entity_id, agency_id, list(shared_with), data, 1, {f: 1 for f in data},
                  {f: hlc for f in data}, status, 0, self.now, new=True, dirty=True)
        self.records[(entity, entity_id)] = rec
        return rec

    def touch(self, rec: Rec, op_id: str | None) -> None:
        rec.dirty = True
        if rec.entity == "user":
            self.account_rows.append(rec)
        rec.seq = self.feed.append(rec.entity, rec.id, rec.agency_id, rec.shared_with, rec.version,
                                   self.snapshot(rec), op_id, self.now)

    @staticmethod
    def snapshot(rec: Rec) -> dict[str, Any]:
        data = dict(rec.data)
        if rec.status is not None:
            data["status"] = rec.status
        data["agency_id"] = rec.agency_id if rec.agency_id != "*" else data.get("agency_id")
        data["__hlc"] = max(rec.field_hlc.values(), default="")  # laptops advance their clocks past it
        return data

    def flush(self) -> None:
        self._flush_counters()
        self.feed.flush()
        new = [r for r in self.records.values() if r is not None and r.new]
        changed = [r for r in self.records.values() if r is not None and r.dirty and not r.new]
        if new:
            bulk_insert(self.conn, schema.record, [self._row(r) for r in new])
            refs = [{"sha256": r.data["sha256"], "attachment_id": r.id} for r in new if r.entity == "attachment"]
            if refs:
                self.conn.execute(insert(schema.media_ref), refs)
        for r in changed:
            row = self._row(r)
            self.conn.execute(update(schema.record).where(schema.record.c.entity == r.entity,
                                                          schema.record.c.id == r.id).values(**row))
        for r in (*new, *changed):
            r.new = r.dirty = False
        if self.conflict_rows:
            self.conn.execute(insert(schema.conflict), self.conflict_rows)
            self.conflict_rows = []
        self._sync_accounts()

    def _row(self, r: Rec) -> dict[str, Any]:
        return {"entity": r.entity, "id": r.id, "agency_id": r.agency_id, "shared_with": r.shared_with,
                "data": r.data, "version": r.version, "field_versions": r.field_versions,
                "field_hlc": r.field_hlc, "status": r.status, "seq": r.seq, "created_at": r.created_at,
                "updated_at": self.now}

    def _sync_accounts(self) -> None:
        """User records pushed by an administrator's laptop are accounts too (without a password: it is set
        on the server, never carried in an op)."""
        a = schema.account.c
        for rec in {r.id: r for r in self.account_rows}.values():
            d = rec.data
            values = {"username": d.get("username"), "full_name": d.get("full_name"),
                      "badge_no": d.get("badge_no"), "agency_id": d.get("agency_id"),
                      "roles": list(d.get("roles") or []), "active": bool(d.get("active", True)),
                      "version": rec.version, "updated_at": self.now}
            exists = self.conn.execute(select(a.id).where(a.id == rec.id)).first()
            if exists:
                self.conn.execute(update(schema.account).where(a.id == rec.id).values(**values))
            elif values["username"] and values["full_name"] and values["agency_id"]:
                self.conn.execute(insert(schema.account).values(id=rec.id, created_at=self.now, **values))
        self.account_rows = []


# ---- push ----------------------------------------------------------------------------------------------
def push(engine: Engine, principal: Principal, ops: Sequence[Op], now: datetime | None = None) -> list[Result]:
    """Apply `ops` (one client batch) and return one result per op, in order. Idempotent by op_id."""
    for attempt in range(3):
        try:
            with engine.begin() as conn:
                return _push(conn, principal, ops, now or datetime.now(UTC))
        except IntegrityError:
            # The same op_id committed concurrently (a retried request racing the first): rerun, the stored
            # results are found this time.
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _push(conn: Connection, p: Principal, ops: Sequence[Op], now: datetime) -> list[Result]:
    batch = Batch(conn, p, now)
    batch.feed.lock()  # before anything is read: every pusher applies in feed order
    ao = schema.applied_op.c
    stored = {r.op_id: r for r in conn.execute(
        select(ao.op_id, ao.user_id, ao.result).where(ao.op_id.in_([o.op_id for o in ops])))}
    batch.preload([(o.entity, o.entity_id) for o in ops])
    results: list[Result] = []
    applied_rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for op in ops:
        prior = stored.get(op.op_id)
        if prior is not None:
            if prior.user_id != p.user_id:
                results.append(Result(op.op_id, FORBIDDEN, "op_id used by another user"))
            else:
                results.append(Result(**dict(prior.result)))
            continue
        if op.op_id in seen:
            results.append(next(r for r in results if r.op_id == op.op_id))
            continue
        seen.add(op.op_id)
        try:
            result = apply_op(batch, p, op)
        except RejectedError as exc:
            result = Result(op.op_id, exc.status, exc.reason)
        results.append(result)
        applied_rows.append({"op_id": op.op_id, "device_id": p.device_id, "user_id": p.user_id,
                             "entity": op.entity, "entity_id": op.entity_id, "result": result.as_dict(),
                             "applied_at": now})
    batch.flush()
    bulk_insert(conn, schema.applied_op, applied_rows)
    return results


class RejectedError(Exception):
    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


USER_FIELDS = {"username", "full_name", "badge_no", "agency_id", "roles", "active", "desk_pin_hash"}
ROLES = {OFFICER, SUPERVISOR, MANAGER, ADMIN}
MAX_FIELD_NAME = 64


def _validate(b: Batch, op: Op) -> None:
    """Shapes the server relies on; anything else is refused as invalid (never a server error)."""
    for name in op.payload:
        if not isinstance(name, str) or not name or len(name) > MAX_FIELD_NAME:
            raise RejectedError(INVALID, "field name")
    if op.entity == "operation" and "crew" in op.payload:
        crew = op.payload["crew"]
        if not isinstance(crew, list) or not all(isinstance(m, str) and len(m) <= 36 for m in crew):
            raise RejectedError(INVALID, "crew")
    if op.entity == "attachment" and op.op_type == "create":
        sha, size = op.payload.get("sha256"), op.payload.get("size")
        if not isinstance(sha, str) or not SHA256.match(sha):
            raise RejectedError(INVALID, "sha256")
        if not isinstance(size, int) or isinstance(size, bool) or not 0 < size <= MAX_MEDIA_FILE:
            raise RejectedError(INVALID, "size")
    if op.entity == "amendment" and op.op_type in ("create", "resubmit"):
        _validate_amendment(op.payload, op.op_type == "create")
    if op.entity == "user":
        if (op.entity, op.op_type) in SELF_SERVICE:
            if set(op.payload) - {"desk_pin_hash"} or not isinstance(op.payload.get("desk_pin_hash"), str):
                raise RejectedError(INVALID, "a desk PIN change carries only the PIN hash")
            return
        unknown = set(op.payload) - USER_FIELDS
        if unknown:
            raise RejectedError(INVALID, f"user field {sorted(unknown)[0][:40]}")
        if "username" in op.payload:
            name = op.payload["username"]
            if not isinstance(name, str) or not USERNAME.match(name):
                raise RejectedError(INVALID, "username")
            a = schema.account.c
            taken = b.conn.execute(select(a.id).where(a.username == name, a.id != op.entity_id)).first()
            if taken:
                raise RejectedError(INVALID, "username taken")
        if "full_name" in op.payload and not (isinstance(op.payload["full_name"], str)
                                              and 0 < len(op.payload["full_name"]) <= 120):
            raise RejectedError(INVALID, "full_name")
        if "badge_no" in op.payload and not (op.payload["badge_no"] is None or (isinstance(
                op.payload["badge_no"], str) and len(op.payload["badge_no"]) <= 32)):
            raise RejectedError(INVALID, "badge_no")
        if "roles" in op.payload:
            roles = op.payload["roles"]
            if not isinstance(roles, list) or not all(isinstance(r, str) and r in ROLES for r in roles):
                raise RejectedError(INVALID, "roles")
        if "agency_id" in op.payload and not isinstance(op.payload["agency_id"], str):
            raise RejectedError(INVALID, "agency_id")
        if "active" in op.payload and not isinstance(op.payload["active"], bool):
            raise RejectedError(INVALID, "active")


def _validate_amendment(data: Mapping[str, Any], create: bool) -> None:
    if create and not isinstance(data.get("operation_id"), str):
        raise RejectedError(INVALID, "operation_id")
    if data.get("kind") not in ("correction", "void"):
        raise RejectedError(INVALID, "kind")
    reason = data.get("reason")
    if not isinstance(reason, str) or not reason.strip() or len(reason) > 4000:
        raise RejectedError(INVALID, "reason")
    changes = data.get("changes")
    if not isinstance(changes, dict):
        raise RejectedError(INVALID, "changes")
    fields, voids = changes.get("fields") or {}, changes.get("void_checks") or {}
    if not isinstance(fields, dict) or set(fields) - CORRECTABLE:
        raise RejectedError(INVALID, "changes: fields")
    if not isinstance(voids, dict) or not all(isinstance(k, str) and isinstance(v, str) and v.strip()
                                              for k, v in voids.items()):
        raise RejectedError(INVALID, "changes: void_checks")
    if data["kind"] == "correction" and not fields and not voids:
        raise RejectedError(INVALID, "changes: nothing changes")


def apply_op(b: Batch, p: Principal, op: Op) -> Result:
    if op.entity not in WRITERS:
        raise RejectedError(INVALID, f"unknown entity {op.entity[:32]}")
    if not isinstance(op.payload, dict):
        raise RejectedError(INVALID, "payload is not an object")
    _validate(b, op)
    _authorize_role(p, op)
    if op.entity == "review_decision":
        return _review(b, p, op)
    rec = b.get(op.entity, op.entity_id)
    if op.op_type == "create" or (op.entity == "equipment_share" and op.op_type == "set" and rec is None):
        if rec is not None:
            _check_agency(p, rec, op)
            return Result(op.op_id, APPLIED, version=rec.version)  # facts and re-sent creates: once
        return _create(b, p, op)
    if rec is None:
        raise RejectedError(INVALID, "unknown record")
    _check_agency(p, rec, op)
    if op.entity in FACTS:
        raise RejectedError(IMMUTABLE, "facts are never changed")
    _check_lock(b, p, rec, op)
    fields = _fields(b, p, rec, op)
    return _merge(b, rec, op, fields)


def _authorize_role(p: Principal, op: Op) -> None:
    if (op.entity, op.op_type) in SELF_SERVICE and op.entity_id == p.user_id:
        return
    if not (WRITERS[op.entity] & p.roles):
        raise RejectedError(FORBIDDEN, f"role may not write {op.entity}")


def _check_agency(p: Principal, rec: Rec, op: Op) -> None:
    if rec.entity == "user":
        if p.is_admin or ((op.entity, op.op_type) in SELF_SERVICE and rec.id == p.user_id):
            return
        raise RejectedError(FORBIDDEN, "another user's account")
    if rec.agency_id != p.agency_id and p.agency_id not in rec.shared_with:
        raise RejectedError(FORBIDDEN, "another agency's record")


def _agency_of(b: Batch, p: Principal, op: Op) -> tuple[str, list[str]]:
    """The owning agency of a new record: from its payload, or from its parent record."""
    data = op.payload
    parent: tuple[str, str] | None = None
    if op.entity in ("check", "amendment"):
        parent = ("operation", str(data.get("operation_id", "")))
    elif op.entity == "attachment":
        parent = (str(data.get("owner_type", "")), str(data.get("owner_id", "")))
        if parent[0] not in ("operation", "check", "custody_event"):
            raise RejectedError(INVALID, "attachment owner")
    elif op.entity in ("custody_event", "equipment_incident", "equipment_reservation"):
        parent = ("equipment_item", str(data.get("item_id", "")))
    if parent is not None:
        rec = b.get(*parent)
        if rec is None:
            raise RejectedError(INVALID, f"unknown {parent[0]}")
        if rec.agency_id != p.agency_id and p.agency_id not in rec.shared_with:
            raise RejectedError(FORBIDDEN, "another agency's record")
        return rec.agency_id, list(rec.shared_with)
    if op.entity == "user":
        return "*", []
    agency = str(data.get("agency_id") or data.get("owner_agency_id") or p.agency_id)
    if agency != p.agency_id:
        raise RejectedError(FORBIDDEN, "another agency's record")
    shared = [str(data["borrower_agency_id"])] if op.entity == "equipment_share" and data.get(
        "borrower_agency_id") else []
    return agency, shared


def _create(b: Batch, p: Principal, op: Op) -> Result:
    agency, shared = _agency_of(b, p, op)
    data = {k: v for k, v in op.payload.items() if k not in ("id", "status")}
    if op.entity == "check":
        _check_lock(b, p, None, op, parent_id=str(data.get("operation_id")))
    status = None
    if op.entity == "operation":
        status = "draft"
        data["provisional_number"] = data.get("number")
        data["number"] = _report_number(b, agency, data)
        data["created_by"] = p.user_id
    if op.entity == "amendment":
        status = "submitted"
        _amendment_author(b, p, str(data.get("operation_id")))
        data["created_by"] = p.user_id
    if op.entity == "user":
        data.setdefault("active", True)
    data.setdefault("created_by", p.user_id)
    rec = b.create(op.entity, op.entity_id, agency, data, op.hlc, shared, status)
    b.touch(rec, op.op_id)
    return Result(op.op_id, APPLIED, version=rec.version)


def _amendment_author(b: Batch, p: Principal, operation_id: str) -> None:
    """Only an approved operation is amended, by its crew or author."""
    operation = b.get("operation", operation_id)
    if operation is None:
        raise RejectedError(INVALID, "unknown operation")
    if operation.status != "approved":
        raise RejectedError(LOCKED, f"not approved: {operation.status}")
    if p.user_id not in _participants(operation):
        raise RejectedError(FORBIDDEN, "not of the crew")


def _participants(operation: Rec) -> set[Any]:
    return set(operation.data.get("crew") or []) | {operation.data.get("lead_id"), operation.data.get("created_by")}


def _report_number(b: Batch, agency_id: str, data: Mapping[str, Any]) -> str:
    """KRP-2026-000123: the agency's prefix, the operation's year, the next number of that year."""
    start = str(data.get("actual_start") or data.get("planned_start") or b.now.isoformat())
    year = start[:4] if start[:4].isdigit() else str(b.now.year)
    value = b.next_number(f"{agency_id}:{year}")
    return f"{b.prefix(agency_id)}-{year}-{value:06d}"


def _operation_status(b: Batch, rec: Rec | None, op: Op, parent_id: str | None = None) -> tuple[str | None, Rec | None]:
    if op.entity == "operation":
        return (rec.status if rec else None), rec
    operation_id = parent_id
    if operation_id is None and rec is not None and op.entity == "check":
        operation_id = str(rec.data.get("operation_id"))
    if operation_id is None:
        return None, None
    parent = b.get("operation", operation_id)
    return (parent.status if parent else None), parent


def _check_lock(b: Batch, p: Principal, rec: Rec | None, op: Op, parent_id: str | None = None) -> None:
    if op.entity not in ("operation", "check"):
        return
    status, _operation = _operation_status(b, rec, op, parent_id)
    if status in LOCKED_FOR_GOOD:
        raise RejectedError(IMMUTABLE, "approved: corrections are amendments")
    if status == "submitted" and not (op.entity == "operation" and op.op_type == "submit"):
        raise RejectedError(LOCKED, "submitted: locked until returned")


def _fields(b: Batch, p: Principal, rec: Rec, op: Op) -> dict[str, Any]:
    """The fields an op sets (named transitions become field changes)."""
    payload = dict(op.payload)
    if op.op_type == "update":
        return payload
    if op.entity == "operation" and op.op_type == "submit":
        if rec.status not in EDITABLE_STATUS:
            raise RejectedError(LOCKED, f"cannot submit: {rec.status}")
        return {"submitted_at": payload.get("submitted_at"), "__status": "submitted"}
    if op.entity == "check" and op.op_type == "void":
        return {"void_reason": payload.get("reason"), "voided_at": payload.get("voided_at") or b.now.isoformat()}
    if op.entity == "amendment" and op.op_type in ("resubmit", "withdraw"):
        if rec.data.get("created_by") != p.user_id:
            raise RejectedError(FORBIDDEN, "another user's amendment")
        allowed = ("returned",) if op.op_type == "resubmit" else ("submitted", "returned")
        if rec.status not in allowed:
            raise RejectedError(IMMUTABLE if rec.status in ("approved", "withdrawn") else LOCKED,
                                f"amendment {rec.status}")
        if op.op_type == "withdraw":
            return {"__status": "withdrawn"}
        return {k: payload.get(k) for k in ("kind", "reason", "changes", "base_hash", "submitted_at")} | {
            "__status": "submitted"}
    if (op.entity, op.op_type) in {("equipment_incident", "resolve"), ("equipment_reservation", "cancel"),
                                   ("user", "set_desk_pin"), ("equipment_share", "set")}:
        return payload
    raise RejectedError(INVALID, f"unknown op {op.op_type[:32]} for {op.entity}")


def _merge(b: Batch, rec: Rec, op: Op, fields: dict[str, Any]) -> Result:
    new_status = fields.pop("__status", None)
    changed: dict[str, Any] = {}
    conflicts: list[str] = []
    for name, value in fields.items():
        if name in PROTECTED:
            continue
        current = rec.data.get(name)
        if current == value:
            continue
        last_change = rec.field_versions.get(name, 0)
        # Stale: changed after the writer's base by another device (a device's own earlier write is not news).
        stale = (op.base_version is not None and last_change > op.base_version
                 and _device(rec.field_hlc.get(name, "")) != _device(op.hlc))
        if stale:
            # Another device changed this field after the writer's base: keep both, a person decides.
            cid = uuid7()
            b.conflict_rows.append({
                "id": cid, "entity": rec.entity, "entity_id": rec.id, "agency_id": rec.agency_id, "field": name,
                "base_version": op.base_version, "server_value": current, "client_value": value,
                "op_id": op.op_id, "user_id": b.p.user_id, "created_at": b.now})
            conflicts.append(cid)
            continue
        if not _newer(op.hlc, rec.field_hlc.get(name, "")):
            continue  # a later write (by HLC) already set it: last writer wins
        changed[name] = value
    if not changed and new_status is None:
        return Result(op.op_id, CONFLICT if conflicts else APPLIED, conflicts=conflicts, version=rec.version)
    rec.version += 1
    for name, value in changed.items():
        rec.data[name] = value
        rec.field_versions[name] = rec.version
        rec.field_hlc[name] = op.hlc
    if new_status is not None:
        rec.status = new_status
    b.touch(rec, op.op_id)
    return Result(op.op_id, CONFLICT if conflicts else APPLIED, conflicts=conflicts, version=rec.version)


def _device(hlc: str) -> str:
    return hlc.rsplit(":", 1)[-1] if hlc else ""


def _newer(hlc: str, than: str) -> bool:
    """HLC strings sort like the clocks (zero-padded ms, counter; the device breaks ties)."""
    return not than or hlc >= than


def resolve_conflict(conn: Connection, p: Principal, conflict_id: str, value: Any,
                     now: datetime | None = None) -> int | None:
    """A person chose the value of a conflicting field: written as the record's next version (their decision,
    not an automatic merge: it wins over the field's clock) and the conflict closed, in one transaction.
    Returns the record's new version, or None if the conflict is unknown to the caller's agency."""
    now = now or datetime.now(UTC)
    c = schema.conflict.c
    row = conn.execute(select(schema.conflict).where(c.id == conflict_id, c.agency_id == p.agency_id,
                                                     c.resolved_at.is_(None))).first()
    if row is None:
        return None
    m = row._mapping
    batch = Batch(conn, p, now)
    batch.feed.lock()
    rec = batch.get(m["entity"], m["entity_id"])
    if rec is None:
        return None
    if not (WRITERS.get(rec.entity, set()) & p.roles):
        raise RejectedError(FORBIDDEN, f"role may not write {rec.entity}")
    if rec.status in LOCKED_FOR_GOOD:
        raise RejectedError(IMMUTABLE, "approved: corrections are amendments")
    rec.version += 1
    rec.data[m["field"]] = value
    rec.field_versions[m["field"]] = rec.version
    clock = str(HLC(int(now.timestamp() * 1000), 0, "server"))
    rec.field_hlc[m["field"]] = max(clock, rec.field_hlc.get(m["field"], ""))
    batch.touch(rec, None)
    batch.flush()
    conn.execute(update(schema.conflict).where(c.id == conflict_id).values(
        resolved_at=now, resolved_by=p.user_id, resolution={"value": value}))
    return rec.version


def _review(b: Batch, p: Principal, op: Op) -> Result:
    """A supervisor's decision on an operation (entity_id = the operation): approve checks the hash."""
    operation = b.get("operation", op.entity_id)
    if operation is None:
        raise RejectedError(INVALID, "unknown operation")
    if operation.agency_id != p.agency_id:
        raise RejectedError(FORBIDDEN, "another agency's record")
    decision = op.op_type
    if decision not in ("approved", "returned"):
        raise RejectedError(INVALID, f"unknown decision {decision[:20]}")
    if op.payload.get("amendment_id") is not None:
        return _review_amendment(b, p, op, operation)
    if operation.status == "approved":
        raise RejectedError(IMMUTABLE, "already approved")
    if operation.status != "submitted":
        raise RejectedError(LOCKED, f"not submitted: {operation.status}")
    if p.user_id in _participants(operation):
        raise RejectedError(FORBIDDEN, "self review")
    if decision == "approved":
        expected = server_content_hash(b, operation)
        if op.payload.get("content_hash") != expected:
            raise RejectedError(INVALID, "changed since it was reviewed")
    review_id = op.op_id  # one decision per pushed op (the local decision row is the same fact)
    rec = b.create("review_decision", review_id, operation.agency_id, {
        "operation_id": op.entity_id, "decision": decision, "reviewer_id": p.user_id,
        "comments": op.payload.get("comments") or {}, "content_hash": op.payload.get("content_hash"),
        "at": b.now.isoformat()}, op.hlc, operation.shared_with)
    b.touch(rec, op.op_id)
    operation.version += 1
    operation.status = decision
    if decision == "approved":
        operation.data["approval_hash"] = op.payload.get("content_hash")
    b.touch(operation, op.op_id)
    return Result(op.op_id, APPLIED, version=operation.version)


def _review_amendment(b: Batch, p: Principal, op: Op, operation: Rec) -> Result:
    """A decision on an amendment of an approved operation: approving a correction applies it as the
    operation's next version if the corrected record has the hash the supervisor saw; a void voids it."""
    amendment = b.get("amendment", str(op.payload["amendment_id"]))
    if amendment is None or amendment.data.get("operation_id") != operation.id:
        raise RejectedError(INVALID, "unknown amendment")
    if amendment.status != "submitted":
        raise RejectedError(IMMUTABLE if amendment.status in ("approved", "withdrawn") else LOCKED,
                            f"amendment {amendment.status}")
    if operation.status != "approved":
        raise RejectedError(LOCKED, f"not approved: {operation.status}")
    if p.user_id in _participants(operation) or p.user_id == amendment.data.get("created_by"):
        raise RejectedError(FORBIDDEN, "self review")
    decision = op.op_type
    changes = amendment.data.get("changes") or {}
    fields = {k: v for k, v in (changes.get("fields") or {}).items() if k in CORRECTABLE}
    voids = {str(k): str(v) for k, v in (changes.get("void_checks") or {}).items()}
    if decision == "approved":
        if amendment.data.get("kind") == "void":
            if op.payload.get("content_hash") != operation.data.get("approval_hash"):
                raise RejectedError(INVALID, "changed since it was reviewed")
            operation.status = "voided"
        else:
            expected = server_content_hash(b, operation, fields, set(voids))
            if op.payload.get("content_hash") != expected:
                raise RejectedError(INVALID, "changed since it was reviewed")
            for check_id, why in voids.items():
                check = b.get("check", check_id)
                if check is None or check.data.get("operation_id") != operation.id or check.data.get("voided_at"):
                    continue
                _write(b, check, {"voided_at": b.now.isoformat(), "void_reason": why[:500]}, op)
            _write(b, operation, {**fields, "approval_hash": expected}, op)
        amendment.data["result_hash"] = op.payload.get("content_hash")
    rec = b.create("review_decision", op.op_id, operation.agency_id, {
        "operation_id": operation.id, "amendment_id": amendment.id, "decision": decision, "reviewer_id": p.user_id,
        "comments": op.payload.get("comments") or {}, "content_hash": op.payload.get("content_hash"),
        "at": b.now.isoformat()}, op.hlc, operation.shared_with)
    b.touch(rec, op.op_id)
    amendment.status = decision
    amendment.version += 1
    b.touch(amendment, op.op_id)
    if decision == "approved" and amendment.data.get("kind") == "void":
        operation.version += 1
        b.touch(operation, op.op_id)
    return Result(op.op_id, APPLIED, version=operation.version)


def _write(b: Batch, rec: Rec, fields: Mapping[str, Any], op: Op) -> None:
    """A reviewed change written as the record's next version (an approved amendment: a decision, not a merge)."""
    rec.version += 1
    for name, value in fields.items():
        rec.data[name] = value
        rec.field_versions[name] = rec.version
        rec.field_hlc[name] = max(op.hlc, rec.field_hlc.get(name, ""))
    b.touch(rec, op.op_id)


def server_content_hash(b: Batch, operation: Rec, fields: Mapping[str, Any] | None = None,
                        voided: set[str] | None = None) -> str:
    """The approval hash of the operation as the server holds it (with `fields` corrected and the `voided`
    checks voided, for an amendment under review)."""
    r = schema.record.c
    checks = [dict(row.data) | {"id": row.id} for row in b.conn.execute(
        select(r.id, r.data).where(r.entity == "check", r.data["operation_id"].as_string() == operation.id))]
    for (entity, _id), rec in b.records.items():  # this batch's own, not yet written
        if entity == "check" and rec is not None and rec.data.get("operation_id") == operation.id:
            checks = [c for c in checks if c["id"] != rec.id] + [dict(rec.data) | {"id": rec.id}]
    live = [c for c in checks if not c.get("voided_at") and c["id"] not in (voided or set())]
    media = [str(row.data.get("sha256")) for row in b.conn.execute(
        select(r.data).where(r.entity == "attachment", r.data["owner_id"].as_string() == operation.id))]
    data = dict(operation.data) | dict(fields or {}) | {"id": operation.id, "agency_id": operation.agency_id}
    return approval.content_hash(data, data.get("crew") or [], live, media)


# ---- pull ------------------------------------------------------------------------------------------------
def scope(p: Principal) -> list[str]:
    """The agencies whose records a caller sees (own agency; shared records are matched by the feed)."""
    return [p.agency_id]
