"""Amendments: how an approved operation is corrected or voided (SYNC.md "Approved").

An approved operation is immutable. A crew member (or its author) proposes an amendment with a reason:

- a **correction**: new values for some of the reviewed fields (`CORRECTABLE`) and/or checks to void (each
  with its reason);
- a **void**: the whole operation was logged by mistake; it stays on record with status "voided" and is never
  counted again.

The amendment then goes through the same review as the operation: a supervisor of the operation's agency who
took no part in it (neither the operation's crew or author nor the amendment's author) returns it with a comment
(the author edits and submits it again, or withdraws it) or approves it. Approving a correction applies it to
the operation as its next version, whose new approval hash (`fieldops.approval`) the decision carries; the
server applies it only if its own record, corrected, has that same hash. Every version stays readable in the
chain (`version_chain`): the approvals with their hashes, the amendments with what they changed from what.

An offline edit that reached an operation approved meanwhile is refused by the server and becomes a **draft**
amendment here (`fieldops.sync.engine`): the author completes it with a reason and submits it, or discards it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from fieldops.changes import Changes
from fieldops.context import Context, UnitOfWork
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.ids import uuid7
from fieldops.models import Amendment, Check, Operation, ReviewDecision, User
from fieldops.models.enums import AuditAction, OperationStatus, Role
from fieldops.services import reviews
from fieldops.services.operations import TIME_FIELDS, OperationService, check_span

# The reviewed fields a correction may change (the crew and lead are people, not corrections of the record).
CORRECTABLE = ("type", "area_name", "lat", "lon", "vehicle", "planned_start", "planned_end", "actual_start",
               "actual_end", "weather", "visibility", "narrative")
KINDS = ("correction", "void")
OPEN = ("draft", "submitted", "returned")
MAX_REASON = 4000


@dataclass(frozen=True)
class FieldCorrection:
    field: str
    before: Any  # the operation's current value (wire form: ISO text for times)
    after: Any


@dataclass(frozen=True)
class AmendmentView:
    id: str
    operation_id: str
    operation_number: str
    kind: str  # correction | void
    status: str  # draft | submitted | returned | approved | withdrawn
    reason: str
    corrections: tuple[FieldCorrection, ...]  # against the operation as it is now
    void_checks: dict[str, str]  # check id -> reason
    refused_ops: tuple[dict[str, Any], ...]  # the offline edits (refused by the server) a draft was made from
    author_id: str
    author_name: str
    created_at: datetime
    submitted_at: datetime | None
    version: int
    return_comment: str  # the last return's comment ("" if none)
    mine: bool  # the current user may edit, submit or withdraw it


@dataclass(frozen=True)
class ChainEntry:
    """One step of an operation's history, oldest first."""

    at: datetime | None
    event: str  # created | submitted | returned | approved | amendment (its latest content) | amendment_returned
    #             | amendment_resubmitted | amendment_approved | amendment_withdrawn
    actor: str
    version: int | None = None  # the approved version this step produced (1 = the first approval)
    content_hash: str | None = None
    kind: str = ""  # correction | void (amendment steps)
    reason: str = ""
    comment: str = ""
    corrections: tuple[FieldCorrection, ...] = ()  # before → after as proposed
    void_checks: dict[str, str] = field(default_factory=dict)
    amendment_id: str | None = None


def _as_dict(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, Mapping) else {}


def _w(value: Any) -> Any:
    """Wire form: times as UTC ISO text, so the laptop and the server hash the same text."""
    return value.astimezone(UTC).isoformat() if isinstance(value, datetime) else value


def _parsed(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Wire values back to what the operation service validates (ISO text → aware time)."""
    out = dict(fields)
    for name in TIME_FIELDS:
        if isinstance(out.get(name), str):
            try:
                out[name] = datetime.fromisoformat(out[name])
            except ValueError:
                raise FieldOpsError(ErrorCode.INVALID, field=name) from None
    return out


def refused_to_changes(entity: str, entity_id: str, op_type: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """What a refused offline edit of an approved operation proposes, as an amendment's `changes`."""
    fields: dict[str, Any] = {}
    void_checks: dict[str, str] = {}
    if entity == "operation" and op_type == "update":
        fields = {k: v for k, v in payload.items() if k in CORRECTABLE}
    elif entity == "check" and op_type == "void":
        void_checks = {entity_id: str(payload.get("reason") or "")}
    return {"fields": fields, "void_checks": void_checks}


class AmendmentService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    # ---- the author's side ------------------------------------------------------------------------------
    def propose(self, operation_id: str, kind: str, reason: str, *, fields: Mapping[str, Any] | None = None,
                void_checks: Mapping[str, str] | None = None, amendment_id: str | None = None) -> Changes:
        """Submit a correction or a void of an approved operation for review. With `amendment_id`, the author's
        draft or returned amendment is completed and submitted (again). Errors: LOCKED (not approved, or
        another amendment of it is waiting for review), REQUIRED "reason", INVALID "changes" (a correction that
        changes nothing), a field's own validation error, NOT_PERMITTED (not of the crew)."""
        me = self._ctx.require(Role.OFFICER, Role.SUPERVISOR)
        if kind not in KINDS:
            raise FieldOpsError(ErrorCode.INVALID, field="kind")
        reason = (reason or "").strip()
        if not reason:
            raise FieldOpsError(ErrorCode.REQUIRED, field="reason")
        if len(reason) > MAX_REASON:
            raise FieldOpsError(ErrorCode.TOO_LONG, field="reason", max_length=MAX_REASON)
        with self._ctx.write() as uow:
            s = uow.session
            op = self._approved(s, operation_id)
            self._require_member(s, op, me.id)
            changes: dict[str, Any] = {}
            if kind == "correction":
                changes = self._correction(s, op, dict(fields or {}), dict(void_checks or {}))
            existing = s.get(Amendment, amendment_id) if amendment_id else None
            if amendment_id and (existing is None or existing.operation_id != op.id):
                raise FieldOpsError(ErrorCode.NOT_FOUND)
            waiting = s.execute(select(col(Amendment.id)).where(
                col(Amendment.operation_id) == op.id, col(Amendment.status) == "submitted",
                col(Amendment.id) != (amendment_id or ""))).first()
            if waiting is not None:
                raise FieldOpsError(ErrorCode.LOCKED, detail="amendment_waiting")
            if existing is not None:
                if existing.created_by != me.id or existing.status not in ("draft", "returned"):
                    raise FieldOpsError(ErrorCode.LOCKED, detail=existing.status)
                if existing.changes.get("refused_ops"):
                    changes["refused_ops"] = existing.changes["refused_ops"]
                was_sent = existing.status == "returned"
                existing.kind, existing.reason, existing.changes = kind, reason, changes
                existing.status, existing.submitted_at, existing.updated_at = "submitted", uow.now, uow.now
                existing.base_hash = op.approval_hash
                existing.version += 1
                am = existing
                payload = self._payload(am)
                if was_sent:
                    uow.outbox("amendment", am.id, "resubmit", {k: payload[k] for k in (
                        "kind", "reason", "changes", "base_hash", "submitted_at")}, base_version=am.version - 1)
                else:
                    uow.outbox("amendment", am.id, "create", payload)
            else:
                am = Amendment(id=uuid7(), operation_id=op.id, kind=kind, reason=reason, status="submitted",
                               changes=changes, created_by=me.id, created_at=uow.now, base_hash=op.approval_hash,
                               submitted_at=uow.now, updated_at=uow.now, version=1)
                s.add(am)
                s.flush()
                uow.outbox("amendment", am.id, "create", self._payload(am))
            uow.audit(AuditAction.COLLECTION, "amendment", am.id,
                      {"operation_id": op.id, "kind": kind, "fields": sorted(changes.get("fields", {})),
                       "void_checks": len(changes.get("void_checks", {}))})
            uow.touch("amendment", am.id)
            uow.touch("operation", op.id)
        return uow.changes

    def withdraw(self, amendment_id: str) -> Changes:
        """The author takes back a draft, or a submitted or returned amendment (kept on record as withdrawn)."""
        me = self._ctx.require_user()
        with self._ctx.write() as uow:
            am = uow.session.get(Amendment, amendment_id)
            if am is None:
                raise FieldOpsError(ErrorCode.NOT_FOUND)
            if am.created_by != me.id:
                raise FieldOpsError(ErrorCode.NOT_PERMITTED)
            if am.status not in OPEN:
                raise FieldOpsError(ErrorCode.LOCKED, detail=am.status)
            sent = am.status != "draft"
            am.status, am.updated_at = "withdrawn", uow.now
            am.version += 1
            if sent:
                uow.outbox("amendment", am.id, "withdraw", {}, base_version=am.version - 1)
            uow.audit(AuditAction.ALTERATION, "amendment", am.id, {"status": "withdrawn"})
            uow.touch("amendment", am.id)
            uow.touch("operation", am.operation_id)
        return uow.changes

    # ---- reading ----------------------------------------------------------------------------------------
    def for_operation(self, operation_id: str) -> list[AmendmentView]:
        """The operation's amendments, oldest first (open ones included)."""
        me = self._ctx.require_user()
        with self._ctx.read() as s:
            op = s.get(Operation, operation_id)
            if op is None:
                raise FieldOpsError(ErrorCode.NOT_FOUND)
            rows = s.execute(select(Amendment).where(col(Amendment.operation_id) == operation_id)
                             .order_by(col(Amendment.created_at))).scalars().all()
            return [self._view(s, op, am, me.id) for am in rows]

    def get(self, amendment_id: str) -> AmendmentView:
        me = self._ctx.require_user()
        with self._ctx.read() as s:
            am = s.get(Amendment, amendment_id)
            op = s.get(Operation, am.operation_id) if am is not None else None
            if am is None or op is None:
                raise FieldOpsError(ErrorCode.NOT_FOUND)
            return self._view(s, op, am, me.id)

    def version_chain(self, operation_id: str) -> list[ChainEntry]:
        """The operation's history: created, submitted, each decision (an approval with the hash it locked and
        the version it made), each amendment (what it changed from what, and why) and its decisions."""
        self._ctx.require_user()
        with self._ctx.read() as s:
            op = s.get(Operation, operation_id)
            if op is None:
                raise FieldOpsError(ErrorCode.NOT_FOUND)
            names = dict(s.execute(select(col(User.id), col(User.full_name))).all())
            out: list[ChainEntry] = [ChainEntry(op.created_at, "created", names.get(op.created_by, ""))]
            amendments = {a.id: a for a in s.execute(select(Amendment).where(
                col(Amendment.operation_id) == operation_id, col(Amendment.status) != "draft")).scalars()}
            decisions = s.execute(select(ReviewDecision).where(col(ReviewDecision.operation_id) == operation_id)
                                  .order_by(col(ReviewDecision.at))).scalars().all()
            for am in amendments.values():
                changes = am.changes or {}
                before = _as_dict(changes.get("before"))
                returns = [d.at for d in decisions if d.amendment_id == am.id and d.decision == "returned"]
                # Proposed when first submitted (a draft may be older); its content is the latest submitted.
                out.append(ChainEntry(
                    am.created_at if returns else (am.submitted_at or am.created_at), "amendment",
                    names.get(am.created_by, ""), kind=am.kind, reason=am.reason, content_hash=am.base_hash,
                    amendment_id=am.id, corrections=tuple(FieldCorrection(f, before.get(f), v)
                                                          for f, v in _as_dict(changes.get("fields")).items()),
                    void_checks=_as_dict(changes.get("void_checks"))))
                if returns and am.submitted_at is not None and am.submitted_at > max(returns):
                    out.append(ChainEntry(am.submitted_at, "amendment_resubmitted", names.get(am.created_by, ""),
                                          kind=am.kind, amendment_id=am.id))
                if am.status == "withdrawn":
                    out.append(ChainEntry(am.updated_at, "amendment_withdrawn", names.get(am.created_by, ""),
                                          kind=am.kind, amendment_id=am.id))
            for d in decisions:
                comment = str(d.comments.get("overall", ""))
                if d.amendment_id is None:
                    out.append(ChainEntry(d.at, d.decision, names.get(d.reviewer_id, ""),
                                          content_hash=d.content_hash, comment=comment))
                else:
                    am = amendments.get(d.amendment_id)
                    out.append(ChainEntry(d.at, f"amendment_{d.decision}", names.get(d.reviewer_id, ""),
                                          content_hash=d.content_hash, comment=comment,
                                          kind=am.kind if am else "", amendment_id=d.amendment_id))
        if op.submitted_at is not None and not any(e.event in ("returned", "approved") for e in out):
            out.append(ChainEntry(op.submitted_at, "submitted", ""))
        out.sort(key=lambda e: (e.at is None, e.at or datetime.min, _ORDER.get(e.event, 5)))
        version = 0
        numbered: list[ChainEntry] = []
        for e in out:
            if e.event == "approved" or (e.event == "amendment_approved" and e.kind == "correction"):
                version += 1
                e = ChainEntry(**{**e.__dict__, "version": version})
            numbered.append(e)
        return numbered

    # ---- the supervisor's side ----------------------------------------------------------------------------
    def approve(self, amendment_id: str) -> Changes:
        """Apply a submitted correction as the operation's next approved version (new approval hash), or void
        the operation. SELF_REVIEW if the supervisor took part in the operation or wrote the amendment."""
        return self._decide(amendment_id, "approved", "")

    def return_for_correction(self, amendment_id: str, comment: str) -> Changes:
        comment = (comment or "").strip()
        if not comment:
            raise FieldOpsError(ErrorCode.REQUIRED, field="comment")
        return self._decide(amendment_id, "returned", comment[:reviews.MAX_COMMENT])

    def _decide(self, amendment_id: str, decision: str, comment: str) -> Changes:
        me = self._ctx.require(Role.SUPERVISOR)
        with self._ctx.write() as uow:
            s = uow.session
            am = s.get(Amendment, amendment_id)
            if am is None:
                raise FieldOpsError(ErrorCode.NOT_FOUND)
            if am.status != "submitted":
                raise FieldOpsError(ErrorCode.LOCKED, detail=am.status)
            op = self._approved(s, am.operation_id)
            if op.agency_id != me.agency_id:
                raise FieldOpsError(ErrorCode.NOT_PERMITTED)
            if me.id in reviews.participants(s, op) or me.id == am.created_by:
                raise FieldOpsError(ErrorCode.SELF_REVIEW)
            digest = op.approval_hash
            if decision == "approved":
                if am.kind == "void":
                    op.status = OperationStatus.VOIDED.value
                else:
                    self._apply(uow, op, am)
                    s.flush()
                    digest = reviews.content_hash(s, op)
                    op.approval_hash = digest
                am.result_hash = digest
                op.version += 1
                op.updated_at = uow.now
            am.status, am.updated_at = decision, uow.now
            am.version += 1
            comments: dict[str, Any] = {"overall": comment}
            op_id = uow.outbox("review_decision", op.id, decision,
                               {"amendment_id": am.id, "comments": comments, "content_hash": digest})
            s.add(ReviewDecision(id=op_id, operation_id=op.id, decision=decision, reviewer_id=me.id, at=uow.now,
                                 comments=comments, content_hash=digest, amendment_id=am.id))
            uow.audit(AuditAction.ALTERATION, "amendment", am.id, {"status": decision, "operation_id": op.id})
            if decision == "approved":
                uow.audit(AuditAction.ALTERATION, "operation", op.id, {
                    "amendment_id": am.id, "kind": am.kind, "status": op.status,
                    "fields": sorted(_as_dict(am.changes.get("fields")))})
            uow.touch("amendment", am.id)
            uow.touch("operation", op.id)
        return uow.changes

    # ---- helpers ----------------------------------------------------------------------------------------
    @staticmethod
    def _approved(s: Session, operation_id: str) -> Operation:
        op = s.get(Operation, operation_id)
        if op is None:
            raise FieldOpsError(ErrorCode.NOT_FOUND)
        if op.status != OperationStatus.APPROVED.value:
            raise FieldOpsError(ErrorCode.LOCKED, detail=op.status)
        return op

    @staticmethod
    def _require_member(s: Session, op: Operation, user_id: str) -> None:
        if user_id not in reviews.participants(s, op):
            raise FieldOpsError(ErrorCode.NOT_PERMITTED)

    @staticmethod
    def _correction(s: Session, op: Operation, fields: dict[str, Any], void_checks: dict[str, str]) -> dict[str, Any]:
        """Validated changes ({"fields", "before", "void_checks"}) of a correction; only real changes are kept."""
        unknown = sorted(set(fields) - set(CORRECTABLE))
        if unknown:
            raise FieldOpsError(ErrorCode.INVALID, field=unknown[0][:40], detail="not correctable")
        if ("lat" in fields) != ("lon" in fields):  # a position is corrected as a whole
            fields.setdefault("lat", op.lat)
            fields.setdefault("lon", op.lon)
        clean = OperationService._clean_changes(_parsed(fields))
        changed = {k: v for k, v in clean.items() if getattr(op, k) != v
                   and not (getattr(op, k) in (None, "") and v in (None, ""))}
        if "lat" in changed or "lon" in changed:
            changed["lat"], changed["lon"] = clean["lat"], clean["lon"]
        values = {f: changed.get(f, getattr(op, f)) for f in ("planned_start", "planned_end", "actual_start",
                                                               "actual_end")}
        check_span(values["planned_start"], values["planned_end"], "planned_end")
        check_span(values["actual_start"], values["actual_end"], "actual_end")
        if values["actual_start"] is None and values["planned_start"] is None:
            raise FieldOpsError(ErrorCode.REQUIRED, field="actual_start")
        voids: dict[str, str] = {}
        for check_id, why in void_checks.items():
            check = s.get(Check, check_id)
            if check is None or check.operation_id != op.id:
                raise FieldOpsError(ErrorCode.NOT_FOUND, field="void_checks")
            if check.voided_at is not None:
                continue
            why = (why or "").strip()
            if not why:
                raise FieldOpsError(ErrorCode.REQUIRED, field="void_reason")
            voids[check_id] = why[:500]
        if not changed and not voids:
            raise FieldOpsError(ErrorCode.INVALID, field="changes", detail="nothing changes")
        return {"fields": {k: _w(v) for k, v in changed.items()},
                "before": {k: _w(getattr(op, k)) for k in changed}, "void_checks": voids}

    @staticmethod
    def _apply(uow: UnitOfWork, op: Operation, am: Amendment) -> None:
        """A correction applied to the operation's rows (the counters and hours follow)."""
        from fieldops.services.checks import _COUNT_CHECK

        s = uow.session
        clean = OperationService._clean_changes(_parsed(_as_dict(am.changes.get("fields"))))
        for key, value in clean.items():
            setattr(op, key, value)
        op.start_at = op.actual_start or op.planned_start or op.start_at
        op.end_at = op.actual_end or op.planned_end
        for check_id, why in _as_dict(am.changes.get("void_checks")).items():
            check = s.get(Check, check_id)
            if check is None or check.operation_id != op.id or check.voided_at is not None:
                continue
            check.voided_at, check.void_reason = uow.now, str(why)[:500]
            check.version += 1
            s.flush()
            uow.conn.execute(_COUNT_CHECK, {"op_id": op.id, "checks": -1, "violations": -int(check.violation),
                                            "now": uow.now})
            s.refresh(op, ["check_count", "violation_count"])
            uow.touch("check", check.id)
        OperationService._refresh_hours(s, op)

    @staticmethod
    def _payload(am: Amendment) -> dict[str, Any]:
        return {"operation_id": am.operation_id, "kind": am.kind, "reason": am.reason, "changes": am.changes,
                "base_hash": am.base_hash, "submitted_at": _w(am.submitted_at), "created_at": _w(am.created_at)}

    @staticmethod
    def _view(s: Session, op: Operation, am: Amendment, me: str) -> AmendmentView:
        changes = am.changes or {}
        author = s.get(User, am.created_by)
        last_return = s.execute(select(ReviewDecision).where(
            col(ReviewDecision.amendment_id) == am.id, col(ReviewDecision.decision) == "returned")
            .order_by(col(ReviewDecision.at).desc()).limit(1)).scalars().first()
        fields = _as_dict(changes.get("fields"))
        before = _as_dict(changes.get("before"))
        current = {f: _w(getattr(op, f)) for f in fields} if am.status in OPEN else before
        return AmendmentView(
            am.id, op.id, op.number, am.kind, am.status, am.reason,
            tuple(FieldCorrection(f, current.get(f), v) for f, v in fields.items()),
            _as_dict(changes.get("void_checks")), tuple(changes.get("refused_ops") or ()), am.created_by,
            author.full_name if author else "", am.created_at, am.submitted_at, am.version,
            str(last_return.comments.get("overall", "")) if last_return else "",
            am.created_by == me and am.status in OPEN)


_ORDER = {"created": 0, "submitted": 1, "returned": 2, "approved": 2, "amendment": 3, "amendment_returned": 4,
          "amendment_resubmitted": 4, "amendment_approved": 4, "amendment_withdrawn": 4}

