"""Night operations and their checks: the write path every later screen builds on.

Checks are insert-only facts (SYNC.md); the operation keeps denormalised counters so that lists over a
million operations never aggregate checks.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlmodel import Session, col

from fieldops import validation
from fieldops.changes import Changes
from fieldops.context import Context
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.ids import uuid7
from fieldops.models import Check, Meta, Operation, OperationCrew, User
from fieldops.models.enums import AuditAction, CheckKind, OperationStatus, OperationType, Outcome, Role
from fieldops.models.types import UTCDateTime

# Statements of the check hot path, built once (P3: building them per call cost ~0.3 ms).
_CHECK_INSERT = insert(Check.__table__)  # type: ignore[attr-defined]
_STATUS = select(col(Operation.status)).where(col(Operation.id) == bindparam("id"))
_COUNT_CHECK = update(Operation).where(col(Operation.id) == bindparam("op_id")).values(
    check_count=col(Operation.check_count) + 1,
    violation_count=col(Operation.violation_count) + bindparam("violation"),
    updated_at=bindparam("now", type_=UTCDateTime()))
EDITABLE = (OperationStatus.DRAFT.value, OperationStatus.RETURNED.value)
VIOLATION_OUTCOMES = frozenset(o.value for o in Outcome) - {Outcome.NO_VIOLATION.value}


def _aware(value: datetime, field: str) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise FieldOpsError(ErrorCode.INVALID, field=field, detail="time without time zone")
    return value


class OperationService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def create(self, *, type: str, start_at: datetime, lead_id: str | None = None,
               crew: Iterable[str] = (), area_name: str = "", vehicle: str = "",
               end_at: datetime | None = None) -> Changes:
        """A new draft operation of the lead's agency; `Changes.created_id` is its id."""
        me = self._ctx.require(Role.OFFICER, Role.SUPERVISOR)
        try:
            op_type = OperationType(type)
        except ValueError:
            raise FieldOpsError(ErrorCode.INVALID, field="type", detail=str(type)) from None
        start = _aware(start_at, "start_at")
        if end_at is not None and not start <= _aware(end_at, "end_at") <= start + timedelta(hours=24):
            raise FieldOpsError(ErrorCode.INVALID, field="end_at", detail="0-24 h after the start")
        area = validation.max_text(area_name, "area_name", 200)
        vehicle = validation.max_text(vehicle, "vehicle", 40)
        lead = lead_id or me.id
        op_id = uuid7()
        with self._ctx.write() as uow:
            s = uow.session
            lead_user = s.get(User, lead)
            if lead_user is None or not lead_user.active:
                raise FieldOpsError(ErrorCode.REQUIRED, field="lead_id")
            members = [m for m in dict.fromkeys([lead, *crew])]
            if len(s.execute(select(col(User.id)).where(col(User.id).in_(members))).all()) != len(members):
                raise FieldOpsError(ErrorCode.NOT_FOUND, field="crew")
            number = self._provisional_number(s)
            s.add(Operation(id=op_id, number=number, agency_id=lead_user.agency_id, type=op_type.value,
                            lead_id=lead, area_name=area, vehicle=vehicle, start_at=start, end_at=end_at,
                            created_by=me.id, created_at=uow.now, updated_at=uow.now))
            s.flush()
            s.add_all([OperationCrew(operation_id=op_id, user_id=m, is_lead=m == lead) for m in members])
            payload = {"type": op_type.value, "agency_id": lead_user.agency_id, "lead_id": lead,
                       "crew": members, "area_name": area, "vehicle": vehicle, "number": number,
                       "start_at": start.isoformat(), "end_at": end_at.isoformat() if end_at else None}
            uow.outbox("operation", op_id, "create", payload)
            uow.audit(AuditAction.COLLECTION, "operation", op_id, {"type": op_type.value})
            uow.created(op_id)
        return uow.changes

    def add_check(self, operation_id: str, *, kind: str, at: datetime, outcome: str,
                  facts: dict[str, Any] | None = None, lat: float | None = None,
                  lon: float | None = None) -> Changes:
        """Log one check inside an editable operation (one transaction: check + outbox + audit)."""
        me = self._ctx.require(Role.OFFICER, Role.SUPERVISOR)
        try:
            check_kind, result = CheckKind(kind), Outcome(outcome)
        except ValueError as exc:
            raise FieldOpsError(ErrorCode.INVALID, field="outcome" if "Outcome" in str(exc) else "kind",
                                detail=str(exc)) from None
        at = _aware(at, "at")
        if lat is not None and not -90 <= lat <= 90:
            raise FieldOpsError(ErrorCode.OUT_OF_RANGE, field="lat", min=-90, max=90)
        if lon is not None and not -180 <= lon <= 180:
            raise FieldOpsError(ErrorCode.OUT_OF_RANGE, field="lon", min=-180, max=180)
        check_id = uuid7()
        violation = result.value in VIOLATION_OUTCOMES
        with self._ctx.write() as uow:
            status = uow.conn.execute(_STATUS, {"id": operation_id}).scalar()
            if status is None:
                raise FieldOpsError(ErrorCode.NOT_FOUND)
            if status not in EDITABLE:
                raise FieldOpsError(ErrorCode.LOCKED, detail=status)
            uow.conn.execute(_CHECK_INSERT, {
                "id": check_id, "operation_id": operation_id, "kind": check_kind.value, "at": at, "lat": lat,
                "lon": lon, "outcome": result.value, "violation": violation, "facts": facts or {}, "flags": [],
                "created_by": me.id, "created_at": uow.now})
            uow.conn.execute(_COUNT_CHECK, {"op_id": operation_id, "violation": int(violation), "now": uow.now})
            uow.outbox("check", check_id, "create", {"operation_id": operation_id, "kind": check_kind.value,
                                                     "at": at.isoformat(), "outcome": result.value,
                                                     "facts": facts or {}, "lat": lat, "lon": lon})
            uow.audit(AuditAction.COLLECTION, "check", check_id, {"operation_id": operation_id})
            uow.touch("operation", operation_id)
            uow.created(check_id)
        return uow.changes

    def count(self) -> int:
        with self._ctx.read() as s:
            return int(s.execute(select(func.count()).select_from(Operation)).scalar_one())

    def _provisional_number(self, s: Session) -> str:
        row = s.get(Meta, "op_counter")
        n = int(row.value) + 1 if row else 1
        s.merge(Meta(key="op_counter", value=str(n)))
        return f"{self._ctx.device_id[-6:].upper()}-{n:05d}"
