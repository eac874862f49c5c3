"""Review: the supervisor's queue, what changed since the last review, and the decisions.

A supervisor of the operation's agency returns it for correction (an overall comment and/or comments per
field, which the crew sees in the editor) or approves it. Approval stores a content hash of what the
supervisor saw (operation, live checks, attachment hashes); an approved operation is immutable (corrections
and voids are amendments, `fieldops.services.amendments`, which wait in the same queue). Nobody reviews an
operation they took part in (crew or author).

Every decision keeps, in its `comments`, what the reviewer saw (`seen`: the reviewed fields and a digest of
each live check), so the next review shows a field-level diff of what the crew changed meanwhile. The
comments travel with the decision to the server like any other op.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlmodel import Session, col

from fieldops import approval
from fieldops.changes import Changes
from fieldops.context import Context
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models import Amendment, Attachment, Check, Operation, OperationCrew, ReviewDecision, User
from fieldops.models.enums import AuditAction, OperationStatus, Role

# What a supervisor can comment on: the operation's reviewed fields, and its crew, equipment and checks.
COMMENTABLE = (*(f for f in approval.HASHED_FIELDS if f not in ("id", "agency_id")), "crew", "equipment", "checks")
MAX_COMMENT = 4000


@dataclass(frozen=True)
class ReviewItem:
    """One operation waiting for a decision."""

    id: str
    number: str
    type: str
    area_name: str
    lead_name: str
    start_at: datetime | None
    submitted_at: datetime | None
    check_count: int
    violation_count: int
    returns: int  # how many times it was returned before
    can_decide: bool  # False: the supervisor took part in it (another supervisor decides)
    amendment_id: str | None = None  # an amendment of this (approved) operation waits, not the operation
    amendment_kind: str = ""  # correction | void


@dataclass(frozen=True)
class FieldChange:
    field: str  # an operation field, or "check" (with `check_id`)
    before: Any
    after: Any
    check_id: str | None = None  # for checks: before/after are "added" / "changed" / "voided"


@dataclass(frozen=True)
class Decision:
    at: datetime
    reviewer_name: str
    decision: str  # returned | approved
    overall: str
    fields: dict[str, str]
    content_hash: str | None


def seen(s: Session, op: Operation) -> dict[str, Any]:
    """What a reviewer sees now: the reviewed fields (canonical JSON values) and a digest per live check."""
    fields = {f: approval._canon(getattr(op, f)) for f in approval.HASHED_FIELDS if f not in ("id", "agency_id")}
    checks = {c.id: _digest({f: approval._canon(getattr(c, f)) for f in approval.CHECK_FIELDS})
              for c in s.execute(select(Check).where(col(Check.operation_id) == op.id,
                                                    col(Check.voided_at).is_(None))).scalars()}
    return {"fields": fields, "checks": checks}


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[FieldChange]:
    """Field-level changes between two `seen` snapshots (fields in the editor's order, then checks)."""
    out = [FieldChange(f, before.get("fields", {}).get(f), value)
           for f, value in after.get("fields", {}).items() if before.get("fields", {}).get(f) != value]
    old, new = before.get("checks", {}), after.get("checks", {})
    out += [FieldChange("check", None, "added", cid) for cid in new if cid not in old]
    out += [FieldChange("check", None, "changed", cid) for cid in new if cid in old and old[cid] != new[cid]]
    out += [FieldChange("check", None, "voided", cid) for cid in old if cid not in new]
    return out


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def participants(s: Session, op: Operation) -> set[str]:
    """Who took part in the operation (its crew and its author): they never decide on it or on its amendments."""
    crew = set(s.execute(select(col(OperationCrew.user_id)).where(col(OperationCrew.operation_id) == op.id)).scalars())
    return crew | {op.created_by}


def content_hash(s: Session, op: Operation) -> str:
    """The approval hash (`fieldops.approval`) of the operation as stored here."""
    checks = s.execute(select(Check).where(col(Check.operation_id) == op.id, col(Check.voided_at).is_(None))).scalars()
    crew = s.execute(select(col(OperationCrew.user_id)).where(col(OperationCrew.operation_id) == op.id)).scalars()
    media = s.execute(select(col(Attachment.sha256)).where(col(Attachment.owner_id) == op.id)).scalars()
    return approval.content_hash({f: getattr(op, f) for f in approval.HASHED_FIELDS}, crew,
                                 ({f: getattr(c, f) for f in approval.CHECK_FIELDS} for c in checks), media)


class ReviewService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def return_for_correction(self, operation_id: str, comment: str,
                              fields: Mapping[str, str] | None = None) -> Changes:
        """Back to the crew with an overall comment and/or comments on fields (`COMMENTABLE`); it becomes
        editable again. REQUIRED "comment" if there is neither."""
        comment = (comment or "").strip()
        per_field = {str(k): str(v).strip()[:MAX_COMMENT] for k, v in (fields or {}).items() if str(v).strip()}
        unknown = sorted(set(per_field) - set(COMMENTABLE))
        if unknown:
            raise FieldOpsError(ErrorCode.INVALID, field="fields", detail=unknown[0][:40])
        if not comment and not per_field:
            raise FieldOpsError(ErrorCode.REQUIRED, field="comment")
        comments: dict[str, Any] = {"overall": comment[:MAX_COMMENT]}
        if per_field:
            comments["fields"] = per_field
        return self._decide(operation_id, "returned", comments)

    def approve(self, operation_id: str) -> Changes:
        return self._decide(operation_id, "approved", {})

    # ---- the queue ------------------------------------------------------------------------------------
    def queue(self, *, op_type: str | None = None, text: str = "") -> list[ReviewItem]:
        """Submitted operations of the supervisor's agency, and joint ones with a crew member of it, oldest
        submission first."""
        me = self._ctx.require(Role.SUPERVISOR)
        crew_of_mine = select(col(OperationCrew.operation_id)).join(
            User, col(User.id) == col(OperationCrew.user_id)).where(col(User.agency_id) == me.agency_id)
        returns = (select(func.count()).where(col(ReviewDecision.operation_id) == col(Operation.id),
                                              col(ReviewDecision.decision) == "returned",
                                              col(ReviewDecision.amendment_id).is_(None))
                   .correlate(Operation).scalar_subquery())
        q = (select(Operation, col(User.full_name), returns)
             .outerjoin(User, col(User.id) == col(Operation.lead_id))
             .where(col(Operation.status) == OperationStatus.SUBMITTED.value,
                    or_(col(Operation.agency_id) == me.agency_id, col(Operation.id).in_(crew_of_mine))))
        if op_type:
            q = q.where(col(Operation.type) == op_type)
        if text.strip():
            like = f"%{text.strip()}%"
            q = q.where(or_(col(Operation.number).ilike(like), col(Operation.area_name).ilike(like),
                            col(User.full_name).ilike(like)))
        q = q.order_by(col(Operation.submitted_at), col(Operation.start_at), col(Operation.id))
        aq = (select(Amendment, Operation, col(User.full_name))
              .join(Operation, col(Operation.id) == col(Amendment.operation_id))
              .outerjoin(User, col(User.id) == col(Operation.lead_id))
              .where(col(Amendment.status) == "submitted", col(Operation.agency_id) == me.agency_id))
        if op_type:
            aq = aq.where(col(Operation.type) == op_type)
        if text.strip():
            aq = aq.where(or_(col(Operation.number).ilike(like), col(Operation.area_name).ilike(like),
                              col(User.full_name).ilike(like), col(Amendment.reason).ilike(like)))
        with self._ctx.read() as s:
            rows = s.execute(q).all()
            amendments = s.execute(aq).all()
            mine = set(s.execute(select(col(OperationCrew.operation_id)).where(
                col(OperationCrew.user_id) == me.id)).scalars())
            returned = dict(s.execute(select(col(ReviewDecision.amendment_id), func.count()).where(
                col(ReviewDecision.amendment_id).in_([a.id for a, _o, _n in amendments]),
                col(ReviewDecision.decision) == "returned").group_by(col(ReviewDecision.amendment_id))).all())
        items = [ReviewItem(op.id, op.number, op.type, op.area_name, lead or "", op.start_at, op.submitted_at,
                            op.check_count, op.violation_count, int(n or 0),
                            op.agency_id == me.agency_id and op.id not in mine and op.created_by != me.id)
                 for op, lead, n in rows]
        items += [ReviewItem(op.id, op.number, op.type, op.area_name, lead or "", op.start_at, am.submitted_at,
                             op.check_count, op.violation_count, int(returned.get(am.id, 0)),
                             op.id not in mine and me.id not in (op.created_by, am.created_by), am.id, am.kind)
                  for am, op, lead in amendments]
        never = datetime.max.replace(tzinfo=UTC)
        items.sort(key=lambda i: (i.submitted_at or never, i.start_at or never, i.id, i.amendment_id or ""))
        return items

    # ---- what the reviewer reads ------------------------------------------------------------------------
    def changes_since_last_review(self, operation_id: str) -> list[FieldChange]:
        """What the crew changed since the last decision (empty on a first review)."""
        self._ctx.require_user()
        with self._ctx.read() as s:
            op = s.get(Operation, operation_id)
            if op is None:
                raise FieldOpsError(ErrorCode.NOT_FOUND)
            last = s.execute(select(ReviewDecision).where(col(ReviewDecision.operation_id) == operation_id,
                                                          col(ReviewDecision.amendment_id).is_(None))
                             .order_by(col(ReviewDecision.at).desc()).limit(1)).scalars().first()
            if last is None or not isinstance(last.comments.get("seen"), dict):
                return []
            return diff(last.comments["seen"], seen(s, op))

    def decisions(self, operation_id: str) -> list[Decision]:
        """Every decision on the operation itself (not on its amendments: `AmendmentService.version_chain`),
        oldest first, with the comments (the crew reads them too)."""
        self._ctx.require_user()
        with self._ctx.read() as s:
            rows = s.execute(select(ReviewDecision, col(User.full_name))
                             .outerjoin(User, col(User.id) == col(ReviewDecision.reviewer_id))
                             .where(col(ReviewDecision.operation_id) == operation_id,
                                    col(ReviewDecision.amendment_id).is_(None))
                             .order_by(col(ReviewDecision.at))).all()
        return [Decision(d.at, name or "", d.decision, str(d.comments.get("overall", "")),
                         dict(d.comments.get("fields") or {}), d.content_hash) for d, name in rows]

    def _decide(self, operation_id: str, decision: str, comments: dict[str, Any]) -> Changes:
        me = self._ctx.require(Role.SUPERVISOR)
        with self._ctx.write() as uow:
            s = uow.session
            op = s.get(Operation, operation_id)
            if op is None:
                raise FieldOpsError(ErrorCode.NOT_FOUND)
            if op.status != OperationStatus.SUBMITTED.value:
                raise FieldOpsError(ErrorCode.LOCKED, detail=op.status)
            if op.agency_id != me.agency_id:
                raise FieldOpsError(ErrorCode.NOT_PERMITTED)
            if me.id in participants(s, op):
                raise FieldOpsError(ErrorCode.SELF_REVIEW)
            digest = content_hash(s, op) if decision == "approved" else None
            comments = {**comments, "seen": seen(s, op)}  # the base of the next review's diff
            # The decision row has the id the server gives the fact (its op id), so pulling it back is no copy.
            op_id = uow.outbox("review_decision", op.id, decision, {"comments": comments, "content_hash": digest},
                               base_version=op.version)
            s.add(ReviewDecision(id=op_id, operation_id=op.id, decision=decision, reviewer_id=me.id,
                                 at=uow.now, comments=comments, content_hash=digest))
            op.status = decision
            op.approval_hash = digest
            op.version += 1
            op.updated_at = uow.now
            uow.audit(AuditAction.ALTERATION, "operation", op.id, {"status": decision})
            uow.touch("operation", op.id)
        return uow.changes
