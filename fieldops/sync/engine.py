"""The laptop's side of the sync protocol (SYNC.md): push the outbox, then pull the feed.

Invariants (each guarded by a reliability test, tests/reliability):
- an outbox row leaves "pending" only in the transaction that stores the server's result for it, so a crash
  or a lost reply resends the same op_id (the server answers with the stored result, nothing twice);
- a rejected op is never dropped: it stays in the outbox as "rejected" with the reason, for the Sync screen;
- the pull cursor is stored in the transaction that applies the changes it covers (never before: pouchdb#1240);
- a pulled change never overwrites a record with a change still pending here: the record is fetched again
  once that change has been pushed.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from sqlalchemy import bindparam, delete, or_, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import col

from fieldops.hlc import HLC
from fieldops.ids import uuid7
from fieldops.models import Meta, OutboxOp, SyncSeen, SyncState
from fieldops.models.enums import AuditAction
from fieldops.sync.apply import apply_page, remove_refused

if TYPE_CHECKING:
    from fieldops.app import FieldOps

PUSH_BATCH = 500
PULL_PAGE = 500
CURSOR = "pull.cursor"
REFETCH = "pull.refetch"
LAST_SYNC = "sync.last_ok"
LAST_ERROR = "sync.last_error"
FINAL = {"applied": "sent", "conflict": "conflict"}  # every other status is a rejection
# Test-only switches that re-introduce known sync bugs, to prove the reliability checker catches them (R2).
BUGS: set[str] = set()


class Pending(NamedTuple):
    op_id: str
    entity: str
    entity_id: str
    op_type: str
    payload: dict[str, Any]
    base_version: int | None
    hlc: str
    attempts: int


class Transport(Protocol):
    def push(self, device_id: str, batch_id: str, ops: list[dict[str, Any]]) -> list[dict[str, Any]]: ...
    def pull(self, cursor: int, limit: int) -> dict[str, Any]: ...
    def records(self, keys: list[tuple[str, str]]) -> list[dict[str, Any]]: ...


@dataclass
class SyncReport:
    pushed: int = 0
    applied: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    cursor: int = 0
    rounds: int = 0
    errors: list[str] = field(default_factory=list)


class SyncEngine:
    def __init__(self, fo: FieldOps, transport: Transport, device_id: str | None = None,
                 hook: Callable[[str], None] | None = None) -> None:
        """`device_id`: the id the server enrolled this laptop under (`ServerLink.device_id`)."""
        self.fo = fo
        self.transport = transport
        self.device_id = device_id or fo.device_id
        self.hook = hook or (lambda _point: None)  # crash-point injection for tests (R3)

    # ---- one round ---------------------------------------------------------------------------------------
    def sync(self) -> SyncReport:
        report = SyncReport()
        self.push(report)
        self.refetch(report)
        self.pull(report)
        self._set(LAST_SYNC, str(int(time.time())))
        return report

    # ---- push ------------------------------------------------------------------------------------------
    def pending(self, limit: int = PUSH_BATCH) -> list[Pending]:
        """The signed-in person's waiting ops (and authorless ones from before revision 0005), oldest first.
        Another user's changes wait for that user's own sync: the server checks each author's rights."""
        me = self.fo.user.id
        o = OutboxOp.__table__.c  # type: ignore[attr-defined]
        with self.fo._ctx.read() as s:
            rows = s.connection().execute(
                select(o.op_id, o.entity, o.entity_id, o.op_type, o.payload, o.base_version, o.hlc, o.attempts)
                .where(o.state == "pending", or_(o.actor_id == me, o.actor_id.is_(None)))
                .order_by(o.seq).limit(limit)).all()
        return [Pending(*r) for r in rows]

    def push(self, report: SyncReport) -> None:
        while True:
            ops = self.pending()
            if not ops:
                return
            seen = self._seen([o for o in ops if o.op_type != "create"])
            wire = [{"op_id": o.op_id, "entity": o.entity, "entity_id": o.entity_id, "op_type": o.op_type,
                     "payload": o.payload, "hlc": o.hlc,
                     # The server version this laptop last received (what the edit was based on), not the
                     # local edit counter: the server can tell what the writer had not seen.
                     "base_version": seen.get(_base_key(o), o.base_version)
                     if "local_base_version" not in BUGS else o.base_version} for o in ops]
            self.hook("push.before_send")
            if "outbox_cleared_before_ack" in BUGS:
                self._store_results(ops, [{"op_id": o.op_id, "status": "applied"} for o in ops])
            results = self.transport.push(self.device_id, uuid7(), wire)
            self.hook("push.after_reply")
            if "no_op_dedupe" in BUGS:
                pass  # (server-side flag; see tests/reliability)
            self._store_results(ops, results)
            self.hook("push.after_store")
            report.pushed += len(ops)
            for r in results:
                status = r.get("status")
                if status == "applied":
                    report.applied += 1
                elif status == "conflict":
                    report.conflicts += 1
                else:
                    report.rejected += 1
            if len(ops) < PUSH_BATCH:
                return

    def _amendment_draft(self, uow: Any, draft: dict[str, Any]) -> None:
        """A refused offline edit of an approved operation becomes (or joins) the author's draft amendment of it,
        which they complete with a reason and submit, or discard (`fieldops.services.amendments`)."""
        from fieldops.models import Amendment, Operation
        from fieldops.services.amendments import refused_to_changes

        if uow.session.get(Operation, draft["operation_id"]) is None:
            return
        raw = draft["changes"]
        proposed = refused_to_changes(raw["entity"], raw["entity_id"], raw["op_type"], raw["payload"] or {})
        if raw["entity"] == "operation" and not proposed["fields"] and raw["op_type"] != "update":
            return  # a workflow step (a submit sent twice), not content: nothing to amend
        existing = uow.session.execute(select(Amendment).where(
            col(Amendment.operation_id) == draft["operation_id"], col(Amendment.status) == "draft",
            col(Amendment.created_by) == self.fo.user.id)).scalars().first()
        if existing is not None:
            changes = dict(existing.changes)
            changes["fields"] = {**dict(changes.get("fields") or {}), **proposed["fields"]}
            changes["void_checks"] = {**dict(changes.get("void_checks") or {}), **proposed["void_checks"]}
            changes["refused_ops"] = [*list(changes.get("refused_ops") or []), raw]
            existing.changes = changes
            existing.updated_at = uow.now
            amendment_id = existing.id
        else:
            amendment_id = uuid7()
            uow.session.add(Amendment(id=amendment_id, operation_id=draft["operation_id"], kind="correction",
                                      reason="", status="draft", changes={**proposed, "refused_ops": [raw]},
                                      created_by=self.fo.user.id, created_at=uow.now, updated_at=uow.now))
        uow.audit(AuditAction.COLLECTION, "amendment", amendment_id,
                  {"operation_id": draft["operation_id"], "from_op": raw["op_id"]})
        uow.touch("amendment", amendment_id)

    @staticmethod
    def _refused_decision(uow: Any, op: Pending) -> set[tuple[str, str]]:
        """A decision the server refused is no fact: its local row goes (the refused op stays on the Sync page)
        and what it changed here is fetched again as the server has it (an amendment, the checks it voided)."""
        from fieldops.models import Amendment, ReviewDecision

        uow.conn.execute(delete(ReviewDecision).where(col(ReviewDecision.id) == op.op_id))
        uow.touch("review_decision", op.op_id)
        amendment_id = op.payload.get("amendment_id")
        if not amendment_id:
            return set()
        keys = {("amendment", str(amendment_id))}
        amendment = uow.session.get(Amendment, str(amendment_id))
        if amendment is not None:
            keys |= {("check", str(cid)) for cid in dict(amendment.changes.get("void_checks") or {})}
        return keys

    def _seen(self, ops: Sequence[Pending]) -> dict[tuple[str, str], int]:
        keys = {_base_key(o) for o in ops}
        if not keys:
            return {}
        t = SyncSeen.__table__  # type: ignore[attr-defined]
        out: dict[tuple[str, str], int] = {}
        with self.fo._ctx.read() as s:
            for entity in {k[0] for k in keys}:
                ids = [k[1] for k in keys if k[0] == entity]
                for start in range(0, len(ids), 500):
                    for e, i, v in s.connection().execute(select(t.c.entity, t.c.id, t.c.version).where(
                            t.c.entity == entity, t.c.id.in_(ids[start:start + 500]))):
                        out[(str(e), str(i))] = int(v)
        return out

    def _store_results(self, ops: Sequence[Pending], results: Sequence[dict[str, Any]]) -> None:
        by_id = {r["op_id"]: r for r in results}
        rows = []
        created: list[dict[str, Any]] = []
        amendments: list[dict[str, Any]] = []
        retry: set[tuple[str, str]] = set()
        refused_creates: set[tuple[str, str]] = set()
        refused_decisions: list[Pending] = []
        for op in ops:
            r = by_id.get(op.op_id)
            if r is None:
                continue  # no answer for it: stays pending, sent again next round
            state = FINAL.get(str(r.get("status")), "rejected")
            if "rejected_edits_discarded" in BUGS and state == "rejected":
                state = "sent"
            detail = None if state == "sent" else json.dumps(
                {k: r[k] for k in ("status", "reason", "conflicts") if r.get(k)}, ensure_ascii=False)
            rows.append({"_op": op.op_id, "_state": state, "_attempts": op.attempts + 1, "_error": detail})
            if r.get("status") == "rejected_immutable" and op.entity in ("operation", "check"):
                # An offline edit that reached an approved record becomes an amendment draft (SYNC.md).
                operation_id = op.entity_id if op.entity == "operation" else str(op.payload.get("operation_id")
                                                                                 or "")
                if operation_id:
                    amendments.append({"operation_id": operation_id, "changes": {
                        "entity": op.entity, "entity_id": op.entity_id, "op_type": op.op_type,
                        "payload": op.payload, "op_id": op.op_id}})
            if state == "rejected" and op.entity == "review_decision":
                refused_decisions.append(op)
            if state == "sent" and op.op_type == "create" and r.get("version"):
                # Nobody could change it before it existed: its first version is known to this laptop.
                created.append({"entity": op.entity, "id": op.entity_id, "version": int(r["version"])})
            if state != "sent" and "no_refetch_after_reject" not in BUGS:
                # The server kept its own version: fetch it, so the laptop shows what the server has.
                entity = "operation" if op.entity == "review_decision" else op.entity
                retry.add((entity, op.entity_id))
                if op.op_type == "create":
                    refused_creates.add((op.entity, op.entity_id))
        with self.fo._ctx.write() as uow:
            if rows:
                uow.conn.execute(_RESULT_SET, rows)
            if created:
                uow.conn.execute(_SEEN_KEEP, created)
            for op in refused_decisions:
                retry |= self._refused_decision(uow, op)
            if retry:
                keys = set(self._refetch_keys(uow)) | retry
                self._upsert_state(uow, REFETCH, json.dumps(sorted(keys)))
            for draft in amendments:
                self._amendment_draft(uow, draft)
            for entity, entity_id in sorted(refused_creates):
                # The server refused to create it, so it has no such record: it leaves this laptop's data in
                # the transaction that records the refusal (its content stays in the refused op).
                remove_refused(uow, entity, entity_id)
            uow.touch("outbox")
            uow.touch("sync")

    # ---- pull ------------------------------------------------------------------------------------------
    def cursor(self) -> int:
        value = self._get(CURSOR)
        return int(value) if value else 0

    def pull(self, report: SyncReport) -> None:
        cursor = self.cursor()
        while True:
            page = self.transport.pull(cursor, PULL_PAGE)
            changes = page.get("changes") or []
            next_cursor = int(page.get("next_cursor", cursor))
            if "cursor_before_apply" in BUGS:
                self._set(CURSOR, str(next_cursor))
                self.hook("pull.after_cursor")
            self.hook("pull.before_apply")
            self.apply(changes, next_cursor)
            self.hook("pull.after_apply")
            report.pulled += len(changes)
            cursor = next_cursor
            report.cursor = cursor
            if not page.get("has_more"):
                return

    def apply(self, changes: Sequence[dict[str, Any]], next_cursor: int | None) -> None:
        """Apply one page of changes and (if given) store the cursor after it, in one transaction."""
        desk = self.fo.desk
        with self.fo._ctx.write() as uow:
            conn = uow.conn
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            pending = self._pending_keys(uow)
            refetch = set(self._refetch_keys(uow))
            refold: set[str] = set()
            clock = self._clock(uow)
            page: list[tuple[str, str, int, dict[str, Any]]] = []
            newest = ""
            for ch in changes:
                key = (str(ch["entity"]), str(ch["entity_id"]))
                if key in pending and "pending_overwritten" not in BUGS:
                    refetch.add(key)  # our change is not on the server yet: fetch the record after it is
                    continue
                data = ch.get("data") or {}
                page.append((key[0], key[1], int(ch.get("version") or 1), data))
                hlc = data.get("__hlc")
                if isinstance(hlc, str) and hlc > newest:
                    newest = hlc
            apply_page(uow, page, refold)
            if page:
                uow.conn.execute(_SEEN_SET, [{"entity": e, "id": i, "version": v} for e, i, v, _d in page])
            if newest and "wall_clock_order" not in BUGS:
                clock = clock.receive(HLC.parse(newest), int(uow.now.timestamp() * 1000))
            for item_id in refold:
                desk.refold(uow, item_id)
            if next_cursor is not None:
                self._upsert_state(uow, CURSOR, str(next_cursor))
            self._upsert_state(uow, REFETCH, json.dumps(sorted(refetch)))
            uow.conn.execute(_HLC_SET, {"key": "hlc", "value": str(clock)})
            uow.touch("sync")

    def refetch(self, report: SyncReport) -> None:
        """Records skipped by a pull because a local change was pending: now that it is pushed, get them."""
        stored = self._get(REFETCH)
        keys = [(str(e), str(i)) for e, i in json.loads(stored or "[]")]
        if not keys:
            return
        with self.fo._ctx.read() as s:
            still = {(str(e), str(i)) for e, i in s.execute(
                select(col(OutboxOp.entity), col(OutboxOp.entity_id)).where(col(OutboxOp.state) == "pending"))}
        ready = [(str(e), str(i)) for e, i in keys if (e, i) not in still]
        if not ready:
            return
        snapshots = self.transport.records(ready)
        self.apply([{"entity": r["entity"], "entity_id": r["entity_id"], "version": r["version"],
                     "data": r["data"]} for r in snapshots], None)
        with self.fo._ctx.write() as uow:
            left = sorted(set(keys) - set(ready) | (set(self._refetch_keys(uow)) - set(ready)))
            self._upsert_state(uow, REFETCH, json.dumps(left))
        report.pulled += len(snapshots)

    # ---- state -----------------------------------------------------------------------------------------
    @staticmethod
    def _pending_keys(uow: Any) -> set[tuple[str, str]]:
        rows = uow.conn.execute(select(col(OutboxOp.entity), col(OutboxOp.entity_id))
                                .where(col(OutboxOp.state) == "pending")).all()
        keys = {(str(e), str(i)) for e, i in rows}
        # Operation-level ops protect the operation; a review decision is pushed against its operation.
        keys |= {("operation", i) for e, i in keys if e == "review_decision"}
        return keys

    @staticmethod
    def _refetch_keys(uow: Any) -> list[tuple[str, str]]:
        value = uow.conn.execute(select(col(SyncState.value)).where(col(SyncState.key) == REFETCH)).scalar()
        return [(str(a), str(b)) for a, b in json.loads(value or "[]")]

    @staticmethod
    def _clock(uow: Any) -> HLC:
        value = uow.conn.execute(select(col(Meta.value)).where(col(Meta.key) == "hlc")).scalar()
        return HLC.parse(value) if value else HLC(0, 0, uow.ctx.device_id.replace("-", "")[-12:])

    @staticmethod
    def _upsert_state(uow: Any, key: str, value: str) -> None:
        uow.conn.execute(_STATE_SET, {"key": key, "value": value})

    @staticmethod
    def _get_in(uow: Any, key: str) -> str | None:
        value = uow.conn.execute(select(col(SyncState.value)).where(col(SyncState.key) == key)).scalar()
        return str(value) if value is not None else None

    def _get(self, key: str) -> str | None:
        with self.fo._ctx.read() as s:
            row = s.get(SyncState, key)
            return row.value if row else None

    def _set(self, key: str, value: str) -> None:
        with self.fo._ctx.write() as uow:
            self._upsert_state(uow, key, value)


_OUTBOX = OutboxOp.__table__  # type: ignore[attr-defined]
_RESULT_SET = update(_OUTBOX).where(_OUTBOX.c.op_id == bindparam("_op")).values(
    state=bindparam("_state"), attempts=bindparam("_attempts"), last_error=bindparam("_error"))
_SEEN = SyncSeen.__table__  # type: ignore[attr-defined]
_SEEN_SET = sqlite_insert(_SEEN).on_conflict_do_update(
    index_elements=["entity", "id"], set_={"version": text("max(sync_seen.version, excluded.version)")})
_SEEN_KEEP = sqlite_insert(_SEEN).on_conflict_do_nothing(index_elements=["entity", "id"])


def _base_key(op: Any) -> tuple[str, str]:
    return ("operation", op.entity_id) if op.entity == "review_decision" else (op.entity, op.entity_id)


_STATE_SET = sqlite_insert(SyncState.__table__).on_conflict_do_update(  # type: ignore[attr-defined]
    index_elements=["key"], set_={"value": text("excluded.value")})
_HLC_SET = sqlite_insert(Meta.__table__).on_conflict_do_update(  # type: ignore[attr-defined]
    index_elements=["key"], set_={"value": text("excluded.value")})
