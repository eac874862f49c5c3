"""Night operations: create, edit, crew, equipment used, submit. Checks are in `checks.py`, the list
queries in `operation_list.py`, review decisions in `reviews.py`.

Lifecycle: draft → submitted (locked for the author) → returned (editable again) | approved (immutable;
corrections are amendments). Times are aware UTC; the UI shows them in the agency's time zone.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from fieldops import validation
from fieldops.changes import Changes
from fieldops.context import Context, UnitOfWork
from fieldops.dto import CrewMember, EquipmentUse, OperationDetail, PersonRef
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.ids import uuid7
from fieldops.models import (
    Agency,
    EquipmentItem,
    Meta,
    Operation,
    OperationCrew,
    OperationEquipment,
    ReviewDecision,
    User,
)
from fieldops.models.enums import AuditAction, OperationStatus, OperationType, Role

EDITABLE = (OperationStatus.DRAFT.value, OperationStatus.RETURNED.value)
MAX_SHIFT = timedelta(hours=24)
# What a supervisor needs before an operation can be submitted (field names as in the editor).
REQUIRED_AT_SUBMIT = ("area_name", "position", "actual_start", "actual_end", "narrative")
TEXT_LIMITS = {"vehicle": 40, "area_name": 200, "weather": 120, "visibility": 60, "narrative": 20_000}
TIME_FIELDS = ("planned_start", "planned_end", "actual_start", "actual_end")


def aware(value: object, field: str) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise FieldOpsError(ErrorCode.INVALID, field=field, detail="time without time zone")
    return value


def check_span(start: datetime | None, end: datetime | None, end_field: str) -> None:
    """An end must follow its start by at most 24 hours (night shifts cross midnight, not days)."""
    if start is None or end is None:
        return
    if end < start:
        raise FieldOpsError(ErrorCode.INVALID, field=end_field, detail="end before start")
    if end - start > MAX_SHIFT:
        raise FieldOpsError(ErrorCode.INVALID, field=end_field, detail="longer than 24 hours")


def person(user: User, agency_short: str) -> PersonRef:
    return PersonRef(user.id, user.full_name, user.badge_no, agency_short)


class OperationService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    # ---- create ---------------------------------------------------------------------------------------
    def create(self, *, type: str, start_at: datetime, lead_id: str | None = None,
               crew: Iterable[str] = (), area_name: str = "", vehicle: str = "",
               end_at: datetime | None = None, actual: bool = False) -> Changes:
        """A new draft operation of the lead's agency; `Changes.created_id` is its id. `start_at`/`end_at`
        are the planned times, or the actual ones when `actual` (an operation logged as it starts)."""
        me = self._ctx.require(Role.OFFICER, Role.SUPERVISOR)
        op_type = _operation_type(type)
        start = aware(start_at, "start_at")
        if end_at is not None:
            check_span(start, aware(end_at, "end_at"), "end_at")
        area = validation.max_text(area_name, "area_name", 200)
        vehicle = validation.max_text(vehicle, "vehicle", 40)
        lead = lead_id or me.id
        op_id = uuid7()
        with self._ctx.write() as uow:
            s = uow.session
            lead_user = s.get(User, lead)
            if lead_user is None or not lead_user.active:
                raise FieldOpsError(ErrorCode.REQUIRED, field="lead_id")
            members = _crew_ids(s, lead, crew)
            number = self._provisional_number(s)
            times: dict[str, datetime | None] = {"actual_start": start, "actual_end": end_at} if actual else {
                "planned_start": start, "planned_end": end_at}
            op = Operation(id=op_id, number=number, agency_id=lead_user.agency_id, type=op_type.value,
                           lead_id=lead, area_name=area, vehicle=vehicle, start_at=start, end_at=end_at,
                           created_by=me.id, created_at=uow.now, updated_at=uow.now)
            for key, value in times.items():
                setattr(op, key, value)
            s.add(op)
            s.flush()
            s.add_all([OperationCrew(operation_id=op_id, user_id=m, is_lead=m == lead) for m in members])
            payload = {"type": op_type.value, "agency_id": lead_user.agency_id, "lead_id": lead,
                       "crew": members, "area_name": area, "vehicle": vehicle, "number": number,
                       **{k: v.isoformat() if v else None for k, v in times.items()}}
            uow.outbox("operation", op_id, "create", payload)
            uow.audit(AuditAction.COLLECTION, "operation", op_id, {"type": op_type.value})
            uow.created(op_id)
        return uow.changes

    # ---- read -----------------------------------------------------------------------------------------
    def get(self, operation_id: str, *, record_view: bool = False) -> OperationDetail:
        """The operation with crew, equipment and review comments. `record_view` logs a consultation
        (opening a record in the editor is a consultation under Directive 2016/680 Art. 25)."""
        me = self._ctx.require_user()
        if record_view:
            with self._ctx.write() as uow:
                self._load(uow.session, operation_id)
                uow.audit(AuditAction.CONSULTATION, "operation", operation_id)
        with self._ctx.read() as s:
            op = self._load(s, operation_id)
            agency = s.get(Agency, op.agency_id)
            assert agency is not None
            crew = tuple(
                CrewMember(person(u, short), is_lead)
                for u, short, is_lead in s.execute(
                    select(User, col(Agency.short_name), col(OperationCrew.is_lead))
                    .join(OperationCrew, col(OperationCrew.user_id) == col(User.id))
                    .join(Agency, col(Agency.id) == col(User.agency_id))
                    .where(col(OperationCrew.operation_id) == operation_id)
                    .order_by(col(OperationCrew.is_lead).desc(), col(User.full_name))).all())
            equipment = tuple(
                EquipmentUse(i.id, i.asset_tag, f"{i.make} {i.model}", i.kind, hours)
                for i, hours in s.execute(
                    select(EquipmentItem, col(OperationEquipment.hours))
                    .join(OperationEquipment, col(OperationEquipment.item_id) == col(EquipmentItem.id))
                    .where(col(OperationEquipment.operation_id) == operation_id)
                    .order_by(col(EquipmentItem.asset_tag))).all())
            comments = tuple(
                (d.at, name, str(d.comments.get("overall", "")))
                for d, name in s.execute(
                    select(ReviewDecision, col(User.full_name))
                    .join(User, col(User.id) == col(ReviewDecision.reviewer_id))
                    .where(col(ReviewDecision.operation_id) == operation_id, col(ReviewDecision.decision) == "returned",
                           col(ReviewDecision.amendment_id).is_(None))
                    .order_by(col(ReviewDecision.at))).all())
        member = any(c.user.id == me.id for c in crew) or op.created_by == me.id
        editable = op.status in EDITABLE and (member or me.has_role(Role.SUPERVISOR))
        return OperationDetail(
            op.id, op.number, op.type, op.status, op.version, op.agency_id, agency.short_name, agency.country,
            agency.timezone, op.lead_id, crew, equipment, op.vehicle, op.area_name, op.lat, op.lon,
            op.planned_start, op.planned_end, op.actual_start, op.actual_end, op.weather, op.visibility,
            op.narrative, op.check_count, op.violation_count, op.created_by, op.submitted_at, editable, comments)

    def my_open_operation(self) -> OperationDetail | None:
        """The current user's operation of tonight: the newest draft or returned one they crew that
        started in the last 24 hours or is planned ahead."""
        me = self._ctx.require_user()
        since = self._ctx.clock() - MAX_SHIFT
        with self._ctx.read() as s:
            op_id = s.execute(
                select(col(Operation.id)).join(OperationCrew, col(OperationCrew.operation_id) == col(Operation.id))
                .where(col(OperationCrew.user_id) == me.id, col(Operation.status).in_(EDITABLE),
                       col(Operation.start_at) >= since)
                .order_by(col(Operation.start_at).desc()).limit(1)).scalar()
        return self.get(op_id) if op_id else None

    def equipment_choices(self, operation_id: str) -> list[tuple[EquipmentUse, bool]]:
        """Items the operation can list as used: (item, held by its crew now). The crew's current
        check-outs come first, then the rest of the agency's serviceable inventory."""
        self._ctx.require_user()
        with self._ctx.read() as s:
            op = self._load(s, operation_id)
            crew = list(s.execute(select(col(OperationCrew.user_id))
                                  .where(col(OperationCrew.operation_id) == op.id)).scalars())
            held = held_items(s, crew)
            items = s.execute(select(EquipmentItem).where(
                col(EquipmentItem.agency_id) == op.agency_id,
                col(EquipmentItem.status).not_in(("retired", "lost")))
                .order_by(col(EquipmentItem.asset_tag))).scalars().all()
        choices = [(EquipmentUse(i.id, i.asset_tag, f"{i.make} {i.model}", i.kind, 0.0), i.id in held)
                   for i in items if i.kit_id is None or i.kind in ("nv_binocular", "thermal_imager")]
        return sorted(choices, key=lambda c: (not c[1], c[0].asset_tag))

    def my_equipment(self) -> list[EquipmentUse]:
        """What the current user holds now (latest custody event is a check-out to them)."""
        me = self._ctx.require_user()
        with self._ctx.read() as s:
            held = held_items(s, [me.id])
            items = s.execute(select(EquipmentItem).where(col(EquipmentItem.id).in_(list(held)))
                              .order_by(col(EquipmentItem.asset_tag))).scalars().all()
        return [EquipmentUse(i.id, i.asset_tag, f"{i.make} {i.model}", i.kind, 0.0) for i in items]

    # ---- edit -----------------------------------------------------------------------------------------
    def update(self, operation_id: str, base_version: int, *, equipment: Iterable[str] | None = None,
               **changes: Any) -> Changes:
        """Change draft fields and, if given, the equipment used, in one transaction. `base_version` is the
        version the editor loaded: if someone changed the operation since, STALE (nothing is overwritten
        silently)."""
        me = self._ctx.require(Role.OFFICER, Role.SUPERVISOR)
        clean = self._clean_changes(changes)
        items = None if equipment is None else list(dict.fromkeys(equipment))
        with self._ctx.write() as uow:
            op = self._editable(uow.session, operation_id, me.id)
            if op.version != base_version:
                raise FieldOpsError(ErrorCode.STALE)
            crew = clean.pop("crew", None)
            lead = clean.pop("lead_id", None)
            for key, value in clean.items():
                setattr(op, key, value)
            for start_key, end_key in (("planned_start", "planned_end"), ("actual_start", "actual_end")):
                check_span(getattr(op, start_key), getattr(op, end_key), end_key)
            start = op.actual_start or op.planned_start
            if start is None:
                raise FieldOpsError(ErrorCode.REQUIRED, field="actual_start")
            op.start_at, op.end_at = start, op.actual_end or op.planned_end
            if crew is not None or lead is not None:
                self._replace_crew(uow, op, lead or op.lead_id, crew)
            if items is not None:
                self._replace_equipment(uow, op, items)
            op.version += 1
            op.updated_at = uow.now
            payload = {k: _wire(v) for k, v in changes.items()}
            if items is not None:
                payload["equipment"] = items
            uow.outbox("operation", op.id, "update", payload, base_version=base_version)
            uow.audit(AuditAction.ALTERATION, "operation", op.id, {"fields": sorted(payload)})
            self._refresh_hours(uow.session, op)
        return uow.changes

    def set_equipment(self, operation_id: str, base_version: int, item_ids: Iterable[str]) -> Changes:
        """The equipment used during the operation; hours follow the operation's actual (or planned) span."""
        return self.update(operation_id, base_version, equipment=item_ids)

    def submit(self, operation_id: str) -> Changes:
        """Hand the log to the supervisor: required fields checked, then locked for the author."""
        me = self._ctx.require(Role.OFFICER, Role.SUPERVISOR)
        with self._ctx.write() as uow:
            op = self._editable(uow.session, operation_id, me.id)
            missing = missing_for_submit(op)
            if missing:
                raise FieldOpsError(ErrorCode.INCOMPLETE, field=missing[0], fields=", ".join(missing),
                                    missing=missing)
            op.status = OperationStatus.SUBMITTED.value
            op.submitted_at = uow.now
            op.version += 1
            op.updated_at = uow.now
            uow.outbox("operation", op.id, "submit", {"submitted_at": uow.now.isoformat()},
                       base_version=op.version - 1)
            uow.audit(AuditAction.ALTERATION, "operation", op.id, {"status": "submitted"})
        return uow.changes

    # ---- helpers ----------------------------------------------------------------------------------------
    @staticmethod
    def _load(s: Session, operation_id: str) -> Operation:
        op = s.get(Operation, operation_id)
        if op is None:
            raise FieldOpsError(ErrorCode.NOT_FOUND)
        return op

    def _editable(self, s: Session, operation_id: str, user_id: str) -> Operation:
        op = self._load(s, operation_id)
        if op.status not in EDITABLE:
            raise FieldOpsError(ErrorCode.LOCKED, detail=op.status)
        crew = set(s.execute(select(col(OperationCrew.user_id))
                             .where(col(OperationCrew.operation_id) == op.id)).scalars())
        user = self._ctx.require_user()
        if user_id not in crew and op.created_by != user_id and not user.has_role(Role.SUPERVISOR):
            raise FieldOpsError(ErrorCode.NOT_PERMITTED)
        return op

    @staticmethod
    def _clean_changes(changes: dict[str, Any]) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        for key, value in changes.items():
            if key == "type":
                clean[key] = _operation_type(value).value
            elif key in TEXT_LIMITS:
                clean[key] = validation.max_text(value, key, TEXT_LIMITS[key])
            elif key in TIME_FIELDS:
                clean[key] = None if value is None else aware(value, key)
            elif key in ("lat", "lon"):
                clean[key] = _coordinate(key, value)
            elif key == "crew":
                clean[key] = [str(v) for v in value]
            elif key == "lead_id":
                clean[key] = str(value)
            else:
                raise FieldOpsError(ErrorCode.INVALID, field=key, detail="not an editable field")
        if ("lat" in clean) != ("lon" in clean) or (clean.get("lat") is None) != (clean.get("lon") is None):
            raise FieldOpsError(ErrorCode.INVALID, field="position", detail="latitude and longitude go together")
        return clean

    def _replace_crew(self, uow: UnitOfWork, op: Operation, lead: str, crew: list[str] | None) -> None:
        s = uow.session
        lead_user = s.get(User, lead)
        if lead_user is None or not lead_user.active:
            raise FieldOpsError(ErrorCode.REQUIRED, field="lead_id")
        current = {c.user_id: c for c in s.execute(
            select(OperationCrew).where(col(OperationCrew.operation_id) == op.id)).scalars()}
        members = _crew_ids(s, lead, crew if crew is not None else list(current))
        for user_id, row in current.items():
            if user_id not in members:
                s.delete(row)
        for user_id in members:
            if user_id in current:
                current[user_id].is_lead = user_id == lead
            else:
                s.add(OperationCrew(operation_id=op.id, user_id=user_id, is_lead=user_id == lead))
        op.lead_id = lead

    @staticmethod
    def _replace_equipment(uow: UnitOfWork, op: Operation, wanted: list[str]) -> None:
        s = uow.session
        found = set(s.execute(select(col(EquipmentItem.id)).where(col(EquipmentItem.id).in_(wanted))).scalars())
        if len(found) != len(wanted):
            raise FieldOpsError(ErrorCode.NOT_FOUND, field="equipment")
        current = set(s.execute(select(col(OperationEquipment.item_id))
                                .where(col(OperationEquipment.operation_id) == op.id)).scalars())
        for item_id in current - set(wanted):
            s.delete(s.get(OperationEquipment, (op.id, item_id)))
        s.add_all([OperationEquipment(operation_id=op.id, item_id=i) for i in wanted if i not in current])
        s.flush()
        uow.touch("equipment")

    @staticmethod
    def _refresh_hours(s: Session, op: Operation) -> None:
        start, end = op.actual_start or op.planned_start, op.actual_end or op.planned_end
        hours = round((end - start).total_seconds() / 3600, 2) if start and end else 0.0
        for row in s.execute(select(OperationEquipment)
                             .where(col(OperationEquipment.operation_id) == op.id)).scalars():
            row.hours = hours

    def _provisional_number(self, s: Session) -> str:
        row = s.get(Meta, "op_counter")
        n = int(row.value) + 1 if row else 1
        s.merge(Meta(key="op_counter", value=str(n)))
        return f"{self._ctx.device_id[-6:].upper()}-{n:05d}"

    def count(self) -> int:
        with self._ctx.read() as s:
            return int(s.execute(select(func.count()).select_from(Operation)).scalar_one())


def missing_for_submit(op: Operation) -> list[str]:
    present = {"area_name": bool(op.area_name.strip()), "position": op.lat is not None and op.lon is not None,
               "actual_start": op.actual_start is not None, "actual_end": op.actual_end is not None,
               "narrative": bool(op.narrative.strip())}
    return [name for name in REQUIRED_AT_SUBMIT if not present[name]]


def _operation_type(value: object) -> OperationType:
    try:
        return OperationType(str(value))
    except ValueError:
        raise FieldOpsError(ErrorCode.INVALID, field="type", detail=str(value)[:40]) from None


def _coordinate(field: str, value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FieldOpsError(ErrorCode.INVALID, field=field, detail=repr(value)[:40])
    limit = 90 if field == "lat" else 180
    if not -limit <= float(value) <= limit:
        raise FieldOpsError(ErrorCode.OUT_OF_RANGE, field=field, min=-limit, max=limit)
    return float(value)


def _crew_ids(s: Session, lead: str, crew: Iterable[str]) -> list[str]:
    members = list(dict.fromkeys([lead, *crew]))
    found = s.execute(select(col(User.id)).where(col(User.id).in_(members), col(User.active).is_(True))).all()
    if len(found) != len(members):
        raise FieldOpsError(ErrorCode.NOT_FOUND, field="crew")
    return members


def _wire(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def held_items(s: Session, holder_ids: Iterable[str]) -> dict[str, str]:
    """item id → holder id for items checked out to one of `holder_ids` now: the holder the desk derived from
    the insert-only custody facts (`fieldops.custody`), kept on the item row (holder index)."""
    holders = list(holder_ids)
    if not holders:
        return {}
    rows = s.execute(select(col(EquipmentItem.id), col(EquipmentItem.holder_id)).where(
        col(EquipmentItem.holder_id).in_(holders), col(EquipmentItem.status) == "checked_out")).all()
    return {str(item): str(holder) for item, holder in rows}
