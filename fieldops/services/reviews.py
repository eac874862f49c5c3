"""Review decisions: a supervisor of the operation's agency returns it for correction or approves it.

Approval stores a content hash of what the supervisor saw (operation, live checks, attachment hashes);
an approved operation is immutable (corrections are amendments, a later capability). Nobody reviews an
operation they took part in (crew or author).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session, col

from fieldops import approval
from fieldops.changes import Changes
from fieldops.context import Context
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.ids import uuid7
from fieldops.models import Attachment, Check, Operation, OperationCrew, ReviewDecision
from fieldops.models.enums import AuditAction, OperationStatus, Role


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

    def return_for_correction(self, operation_id: str, comment: str) -> Changes:
        """Back to the crew with a comment; the operation becomes editable again."""
        comment = (comment or "").strip()
        if not comment:
            raise FieldOpsError(ErrorCode.REQUIRED, field="comment")
        return self._decide(operation_id, "returned", {"overall": comment[:4000]})

    def approve(self, operation_id: str) -> Changes:
        return self._decide(operation_id, "approved", {})

    def _decide(self, operation_id: str, decision: str, comments: dict[str, str]) -> Changes:
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
            crew = set(s.execute(select(col(OperationCrew.user_id))
                                 .where(col(OperationCrew.operation_id) == op.id)).scalars())
            if me.id in crew or op.created_by == me.id:
                raise FieldOpsError(ErrorCode.SELF_REVIEW)
            digest = content_hash(s, op) if decision == "approved" else None
            s.add(ReviewDecision(id=uuid7(), operation_id=op.id, decision=decision, reviewer_id=me.id,
                                 at=uow.now, comments=comments, content_hash=digest))
            op.status = decision
            op.approval_hash = digest
            op.version += 1
            op.updated_at = uow.now
            uow.outbox("review_decision", op.id, decision, {"comments": comments, "content_hash": digest},
                       base_version=op.version - 1)
            uow.audit(AuditAction.ALTERATION, "operation", op.id, {"status": decision})
            uow.touch("operation", op.id)
        return uow.changes
