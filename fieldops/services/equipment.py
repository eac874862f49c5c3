"""Equipment inventory: items and kits, their derived custody state, history, service due and reservations.

The desk actions (check-out, return, loss, maintenance, incidents) are in `desk.py`; both share the row →
DTO mapping here. Inventories are small (hundreds of items per agency) but custody logs are long (100,000+
events): nothing here replays the log; the holder, open check-out and due time are kept on the item row by
the desk (`fieldops.custody`), and history is read per item on its (item, at) index.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from fieldops import scan, validation
from fieldops.changes import Changes
from fieldops.context import Context
from fieldops.dto import (
    Conflict,
    CustodyEventDTO,
    ItemDTO,
    ItemUseDTO,
    KitDTO,
    ReservationDTO,
    ScanResult,
    UserDTO,
)
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.ids import uuid7
from fieldops.models import (
    Agency,
    Attachment,
    CustodyEvent,
    EquipmentIncident,
    EquipmentItem,
    EquipmentReservation,
    EquipmentShare,
    Kit,
    Operation,
    OperationEquipment,
    User,
)
from fieldops.models.enums import AuditAction, EquipmentKind, EquipmentStatus, Role

TAG_RE = re.compile(r"^[A-Z0-9][A-Z0-9._/-]{0,31}$")
MAX_NOTES = 2000
MAX_RESERVATION = timedelta(days=31)
# Columns a manager may edit (status and custody are facts: they change only through desk actions).
ITEM_FIELDS = ("asset_tag", "serial_no", "kind", "make", "model", "location", "project_funded", "usage_hours",
               "battery_cycles", "next_service", "service_hours", "notes", "kit_id")
REQUIRED_ITEM_FIELDS = ("asset_tag", "serial_no", "kind", "make", "model")


@dataclass(frozen=True)
class ItemFilter:
    text: str = ""
    kind: str | None = None
    status: str | None = None  # a custody status, or "overdue" / "service_due" / "out"
    agency_id: str | None = None  # None: the manager's own agency; "*" every agency
    include_retired: bool = False


# ---- validation shared with the CSV import ------------------------------------------------------------
def clean_tag(value: object, field: str = "asset_tag") -> str:
    tag = validation.required_text(str(value) if value is not None else None, field, 32).upper()
    if not TAG_RE.match(tag):
        raise FieldOpsError(ErrorCode.INVALID, field=field, detail="A-Z 0-9 - . _ / (1-32)")
    return tag


def _number(value: object, field: str, maximum: float) -> float:
    if isinstance(value, bool):
        raise FieldOpsError(ErrorCode.INVALID, field=field, detail=repr(value))
    if isinstance(value, str):
        value = value.strip().replace(",", ".")
        if value == "":
            return 0.0
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise FieldOpsError(ErrorCode.INVALID, field=field, detail=str(value)[:40]) from None
    if not 0 <= number <= maximum:
        raise FieldOpsError(ErrorCode.OUT_OF_RANGE, field=field, min=0, max=int(maximum))
    return round(number, 1)


def _bool(value: object, field: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in ("1", "true", "yes", "y", "jā", "ja", "taip", "x"):
        return True
    if text in ("", "0", "false", "no", "n", "nē", "ne"):
        return False
    raise FieldOpsError(ErrorCode.INVALID, field=field, detail=str(value)[:20])


def _date(value: object, field: str) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    text = str(value).strip()
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%Y.%m.%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise FieldOpsError(ErrorCode.INVALID, field=field, detail="YYYY-MM-DD")


def clean_item_field(name: str, value: object) -> Any:
    """One editable field of an item, validated; raises a typed error naming the field."""
    if name == "asset_tag":
        return clean_tag(value)
    if name == "serial_no":
        return validation.required_text(None if value is None else str(value), name, 64)
    if name == "kind":
        kind = str(value or "").strip().lower()
        if not kind:
            raise FieldOpsError(ErrorCode.REQUIRED, field=name)
        if kind not in {k.value for k in EquipmentKind}:
            raise FieldOpsError(ErrorCode.INVALID, field=name, detail=kind[:40])
        return kind
    if name in ("make", "model"):
        return validation.required_text(None if value is None else str(value), name, 60)
    if name == "location":
        return validation.max_text(None if value is None else str(value), name, 120)
    if name == "notes":
        return validation.max_text(None if value is None else str(value), name, MAX_NOTES)
    if name == "project_funded":
        return _bool(value, name)
    if name == "usage_hours":
        return _number(value, name, 100_000)
    if name == "battery_cycles":
        return int(_number(value, name, 100_000))
    if name == "service_hours":
        if value is None or str(value).strip() == "":
            return None
        hours = _number(value, name, 100_000)
        if hours <= 0:
            raise FieldOpsError(ErrorCode.OUT_OF_RANGE, field=name, min=1, max=100_000)
        return hours
    if name == "next_service":
        return _date(value, name)
    if name == "kit_id":
        return None if value in (None, "") else str(value)
    raise FieldOpsError(ErrorCode.INVALID, field=name, detail="unknown field")


def validate_item(raw: Mapping[str, object]) -> tuple[dict[str, Any], list[FieldOpsError]]:
    """All fields of a new item at once: (clean values, every problem) — the CSV preview shows them all."""
    clean: dict[str, Any] = {}
    problems: list[FieldOpsError] = []
    for name in ITEM_FIELDS:
        if name not in raw and name not in REQUIRED_ITEM_FIELDS:
            continue
        try:
            clean[name] = clean_item_field(name, raw.get(name))
        except FieldOpsError as exc:
            problems.append(exc)
    return clean, problems


# ---- row → DTO ----------------------------------------------------------------------------------------
def usage_hours(s: Session, item_ids: Iterable[str]) -> dict[str, float]:
    """Hours of the operations that used each item (the operation's equipment list)."""
    ids = list(item_ids)
    if not ids:
        return {}
    rows = s.execute(select(col(OperationEquipment.item_id), func.sum(col(OperationEquipment.hours)))
                     .where(col(OperationEquipment.item_id).in_(ids))
                     .group_by(col(OperationEquipment.item_id))).all()
    return {str(r[0]): float(r[1] or 0.0) for r in rows}


def load_items(s: Session, where: Sequence[Any], now: datetime, today: date) -> list[ItemDTO]:
    holder = aliased(User)
    incidents = (select(func.count()).select_from(EquipmentIncident)
                 .where(col(EquipmentIncident.item_id) == col(EquipmentItem.id),
                        col(EquipmentIncident.resolved_at).is_(None)).scalar_subquery())
    reserved = (select(func.count()).select_from(EquipmentReservation)
                .where(col(EquipmentReservation.item_id) == col(EquipmentItem.id),
                       col(EquipmentReservation.cancelled_at).is_(None),
                       col(EquipmentReservation.start_at) <= now + timedelta(hours=12),
                       col(EquipmentReservation.end_at) > now).scalar_subquery())
    rows = s.execute(
        select(EquipmentItem, col(Agency.short_name), col(Kit.asset_tag), col(holder.full_name), incidents, reserved)
        .join(Agency, col(Agency.id) == col(EquipmentItem.agency_id))
        .outerjoin(Kit, col(Kit.id) == col(EquipmentItem.kit_id))
        .outerjoin(holder, col(holder.id) == col(EquipmentItem.holder_id))
        .where(*where).order_by(col(EquipmentItem.asset_tag))).all()
    hours = usage_hours(s, [r[0].id for r in rows])
    return [_item_dto(r[0], r[1], r[2], r[3], int(r[4]), bool(r[5]), hours.get(r[0].id, 0.0), now, today)
            for r in rows]


def _item_dto(i: EquipmentItem, agency_short: str, kit_tag: str | None, holder_name: str | None, incidents: int,
              reserved: bool, used_hours: float, now: datetime, today: date) -> ItemDTO:
    total_hours = round((i.usage_hours or 0.0) + used_hours, 1)
    overdue = i.status == EquipmentStatus.CHECKED_OUT and i.due_at is not None and i.due_at < now
    service_due = i.status != EquipmentStatus.RETIRED and (
        (i.next_service is not None and i.next_service <= today)
        or (i.service_hours is not None and total_hours >= i.service_hours))
    return ItemDTO(i.id, i.asset_tag, i.serial_no, i.kind, i.make, i.model, i.agency_id, agency_short, i.kit_id,
                   kit_tag, i.location, i.status, bool(i.project_funded), total_hours, i.battery_cycles,
                   i.next_service, i.service_hours, i.notes, i.holder_id, holder_name, i.due_at, overdue,
                   service_due, incidents, reserved, i.version)


class EquipmentService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def _today(self, now: datetime) -> date:
        return now.date()

    # ---- inventory queries ---------------------------------------------------------------------------
    def items(self, flt: ItemFilter | None = None) -> builtins.list[ItemDTO]:
        """Inventory rows, by asset tag; the manager's own agency unless `agency_id` says otherwise."""
        me = self._ctx.require_user()
        flt = flt or ItemFilter()
        now = self._ctx.clock()
        where: list[Any] = []
        if flt.agency_id != "*":
            where.append(col(EquipmentItem.agency_id) == (flt.agency_id or me.agency_id))
        if flt.kind:
            where.append(col(EquipmentItem.kind) == flt.kind)
        if flt.status == "overdue":
            where += [col(EquipmentItem.status) == EquipmentStatus.CHECKED_OUT.value,
                      col(EquipmentItem.due_at) < now]
        elif flt.status and flt.status != "service_due":
            where.append(col(EquipmentItem.status) == flt.status)
        elif not flt.include_retired:
            where.append(col(EquipmentItem.status) != EquipmentStatus.RETIRED.value)
        text = flt.text.strip()
        if text:
            like = f"%{text.replace('%', '').replace('_', '')}%"
            where.append(or_(col(EquipmentItem.asset_tag).ilike(like), col(EquipmentItem.serial_no).ilike(like),
                             col(EquipmentItem.make).ilike(like), col(EquipmentItem.model).ilike(like),
                             col(EquipmentItem.location).ilike(like)))
        with self._ctx.read() as s:
            rows = load_items(s, where, now, self._today(now))
        if flt.status == "service_due":
            rows = [r for r in rows if r.service_due]
        return rows

    def item(self, item_id: str) -> ItemDTO:
        self._ctx.require_user()
        now = self._ctx.clock()
        with self._ctx.read() as s:
            rows = load_items(s, [col(EquipmentItem.id) == item_id], now, self._today(now))
        if not rows:
            raise FieldOpsError(ErrorCode.NOT_FOUND)
        return rows[0]

    def overdue(self) -> builtins.list[ItemDTO]:
        """Items out past their due time, every agency this laptop knows (highlighted everywhere)."""
        return self.items(ItemFilter(status="overdue", agency_id="*"))

    def counts(self) -> dict[str, int]:
        """Own agency: items per custody status plus overdue, service due and open incidents."""
        me = self._ctx.require_user()
        rows = self.items(ItemFilter(agency_id=me.agency_id, include_retired=True))
        out: dict[str, int] = {s.value: 0 for s in EquipmentStatus}
        for r in rows:
            out[r.status] = out.get(r.status, 0) + 1
        out["overdue"] = sum(r.overdue for r in rows)
        out["service_due"] = sum(r.service_due for r in rows)
        out["incidents"] = sum(r.open_incidents for r in rows)
        return out

    def kits(self) -> builtins.list[KitDTO]:
        me = self._ctx.require_user()
        now = self._ctx.clock()
        with self._ctx.read() as s:
            kits = s.execute(select(Kit).where(col(Kit.agency_id) == me.agency_id)
                             .order_by(col(Kit.asset_tag))).scalars().all()
            items = load_items(s, [col(EquipmentItem.kit_id).in_([k.id for k in kits])], now, self._today(now))
        by_kit: dict[str, list[ItemDTO]] = {}
        for i in items:
            by_kit.setdefault(i.kit_id or "", []).append(i)
        return [KitDTO(k.id, k.asset_tag, k.name, k.agency_id, tuple(_kit_order(by_kit.get(k.id, []))))
                for k in kits]

    def kit(self, kit_id: str) -> KitDTO:
        self._ctx.require_user()
        now = self._ctx.clock()
        with self._ctx.read() as s:
            k = s.get(Kit, kit_id)
            if k is None:
                raise FieldOpsError(ErrorCode.NOT_FOUND)
            items = load_items(s, [col(EquipmentItem.kit_id) == kit_id], now, self._today(now))
        return KitDTO(k.id, k.asset_tag, k.name, k.agency_id, tuple(_kit_order(items)))

    def holdings(self, holder_id: str) -> builtins.list[ItemDTO]:
        """What one officer holds now."""
        self._ctx.require_user()
        now = self._ctx.clock()
        with self._ctx.read() as s:
            return load_items(s, [col(EquipmentItem.holder_id) == holder_id,
                                  col(EquipmentItem.status) == EquipmentStatus.CHECKED_OUT.value],
                              now, self._today(now))

    # ---- scan -----------------------------------------------------------------------------------------
    def resolve_scan(self, raw: str) -> ScanResult:
        """What a scan names: an item's or kit's asset tag, or an officer's badge. The literal reading
        wins over the keyboard-layout mapping (fieldops.scan)."""
        self._ctx.require_user()
        readings = scan.candidates(raw)
        if not readings:
            return ScanResult("unknown", None, "", False)
        with self._ctx.read() as s:
            for n, code in enumerate(readings):
                item = s.execute(select(col(EquipmentItem.id)).where(
                    func.upper(col(EquipmentItem.asset_tag)) == code)).scalar()
                if item:
                    return ScanResult("item", str(item), code, n > 0)
                kit = s.execute(select(col(Kit.id)).where(func.upper(col(Kit.asset_tag)) == code)).scalar()
                if kit:
                    return ScanResult("kit", str(kit), code, n > 0)
                user = s.execute(select(col(User.id)).where(func.upper(col(User.badge_no)) == code,
                                                            col(User.active).is_(True))).scalar()
                if user:
                    return ScanResult("badge", str(user), code, n > 0)
        return ScanResult("unknown", None, readings[0], False)

    # ---- history --------------------------------------------------------------------------------------
    def history(self, *, item_id: str | None = None, holder_id: str | None = None,
                limit: int = 500) -> builtins.list[CustodyEventDTO]:
        """Custody events of one item or one officer, newest first."""
        self._ctx.require_user()
        if (item_id is None) == (holder_id is None):
            raise FieldOpsError(ErrorCode.INVALID, detail="item or holder")
        holder, actor = aliased(User), aliased(User)
        photos = (select(func.count()).select_from(Attachment)
                  .where(col(Attachment.owner_type) == "custody_event",
                         col(Attachment.owner_id) == col(CustodyEvent.id)).scalar_subquery())
        where = (col(CustodyEvent.item_id) == item_id) if item_id else (col(CustodyEvent.holder_id) == holder_id)
        with self._ctx.read() as s:
            rows = s.execute(
                select(CustodyEvent, col(EquipmentItem.asset_tag), col(holder.full_name), col(actor.full_name),
                       col(Operation.number), photos)
                .join(EquipmentItem, col(EquipmentItem.id) == col(CustodyEvent.item_id))
                .outerjoin(holder, col(holder.id) == col(CustodyEvent.holder_id))
                .outerjoin(actor, col(actor.id) == col(CustodyEvent.actor_id))
                .outerjoin(Operation, col(Operation.id) == col(CustodyEvent.operation_id))
                .where(where).order_by(col(CustodyEvent.at).desc(), col(CustodyEvent.id).desc())
                .limit(limit)).all()
        return [CustodyEventDTO(e.id, e.item_id, tag, e.kind, e.at, e.holder_id, hn, an, e.due_at, e.condition,
                                e.battery_pct, e.operation_id, num, e.notes, e.damage or "",
                                e.acknowledged_by is not None, e.batch_id, e.kit_id, e.device_id, int(ph))
                for e, tag, hn, an, num, ph in rows]

    def uses(self, item_id: str, limit: int = 500) -> builtins.list[ItemUseDTO]:
        """The operations during which the item was used, newest first."""
        self._ctx.require_user()
        lead = aliased(User)
        with self._ctx.read() as s:
            rows = s.execute(
                select(col(Operation.id), col(Operation.number), col(Operation.type), col(Operation.status),
                       func.coalesce(col(Operation.actual_start), col(Operation.start_at)),
                       func.coalesce(col(Operation.actual_end), col(Operation.end_at)),
                       col(OperationEquipment.hours), col(lead.full_name))
                .join(OperationEquipment, col(OperationEquipment.operation_id) == col(Operation.id))
                .outerjoin(lead, col(lead.id) == col(Operation.lead_id))
                .where(col(OperationEquipment.item_id) == item_id)
                .order_by(col(Operation.start_at).desc()).limit(limit)).all()
        return [ItemUseDTO(str(r[0]), r[1], r[2], r[3], _aware(r[4]), _aware(r[5]) if r[5] else None,
                           float(r[6] or 0.0), r[7]) for r in rows]

    # ---- inventory edits ------------------------------------------------------------------------------
    def create_item(self, **fields: Any) -> Changes:
        me = self._ctx.require(Role.EQUIPMENT_MANAGER)
        return self.create_items([fields], actor=me)

    def create_items(self, rows: Sequence[Mapping[str, object]], *, actor: UserDTO | None = None,
                     source: str | None = None) -> Changes:
        """Create several items in one transaction: all of them or none (the CSV import's commit step)."""
        me = actor or self._ctx.require(Role.EQUIPMENT_MANAGER)
        cleaned: list[dict[str, Any]] = []
        for raw in rows:
            clean, problems = validate_item(raw)
            if problems:
                raise problems[0]
            cleaned.append(clean)
        tags = [c["asset_tag"] for c in cleaned]
        dupes = {t for t in tags if tags.count(t) > 1}
        if dupes:
            raise FieldOpsError(ErrorCode.DUPLICATE, field="asset_tag", value=sorted(dupes)[0])
        with self._ctx.write() as uow:
            taken = self.taken_tags(uow.session, tags)
            if taken:
                raise FieldOpsError(ErrorCode.DUPLICATE, field="asset_tag", value=sorted(taken)[0])
            for clean in cleaned:
                if clean.get("kit_id"):
                    self._own_kit(uow.session, clean["kit_id"], me)
                item_id = uuid7()
                uow.session.add(EquipmentItem(id=item_id, agency_id=me.agency_id, status="available",
                                              created_at=uow.now, updated_at=uow.now, **clean))
                payload = {k: _wire(v) for k, v in clean.items()} | {"agency_id": me.agency_id}
                uow.outbox("equipment_item", item_id, "create", payload)
                uow.audit(AuditAction.COLLECTION, "equipment_item", item_id,
                          {"asset_tag": clean["asset_tag"], **({"source": source} if source else {})})
                uow.created(item_id)
        return uow.changes

    @staticmethod
    def taken_tags(s: Session, tags: Iterable[str]) -> set[str]:
        """Which of `tags` an item or kit already uses (case-insensitive)."""
        wanted = [t.upper() for t in tags]
        if not wanted:
            return set()
        taken = set(s.execute(select(func.upper(col(EquipmentItem.asset_tag)))
                              .where(func.upper(col(EquipmentItem.asset_tag)).in_(wanted))).scalars())
        taken |= set(s.execute(select(func.upper(col(Kit.asset_tag)))
                               .where(func.upper(col(Kit.asset_tag)).in_(wanted))).scalars())
        return {str(t) for t in taken}

    def update_item(self, item_id: str, base_version: int, **changes: Any) -> Changes:
        me = self._ctx.require(Role.EQUIPMENT_MANAGER)
        clean = {}
        for name, value in changes.items():
            if name not in ITEM_FIELDS:
                raise FieldOpsError(ErrorCode.INVALID, field=name, detail="not editable")
            clean[name] = clean_item_field(name, value)
        with self._ctx.write() as uow:
            item = self.own_item(uow.session, item_id, me)
            if item.version != base_version:
                raise FieldOpsError(ErrorCode.STALE)
            if ("asset_tag" in clean and clean["asset_tag"] != item.asset_tag.upper()
                    and self.taken_tags(uow.session, [clean["asset_tag"]])):
                raise FieldOpsError(ErrorCode.DUPLICATE, field="asset_tag", value=clean["asset_tag"])
            if clean.get("kit_id"):
                self._own_kit(uow.session, clean["kit_id"], me)
            before = {k: _wire(getattr(item, k)) for k in clean}
            changed = {k: _wire(v) for k, v in clean.items() if _wire(v) != before[k]}
            if not changed:
                return uow.changes
            for k in changed:
                setattr(item, k, clean[k])
            item.version += 1
            item.updated_at = uow.now
            uow.outbox("equipment_item", item.id, "update", changed, base_version)
            uow.audit(AuditAction.ALTERATION, "equipment_item", item.id,
                      {"fields": sorted(changed), "before": {k: before[k] for k in changed}})
        return uow.changes

    def create_kit(self, asset_tag: str, name: str, item_ids: Sequence[str]) -> Changes:
        """A kit from items of the manager's agency that are in no other kit."""
        me = self._ctx.require(Role.EQUIPMENT_MANAGER)
        tag = clean_tag(asset_tag)
        title = validation.required_text(name, "name", 120)
        if not item_ids:
            raise FieldOpsError(ErrorCode.REQUIRED, field="items")
        with self._ctx.write() as uow:
            if self.taken_tags(uow.session, [tag]):
                raise FieldOpsError(ErrorCode.DUPLICATE, field="asset_tag", value=tag)
            kit_id = uuid7()
            uow.session.add(Kit(id=kit_id, asset_tag=tag, name=title, agency_id=me.agency_id, created_at=uow.now))
            uow.session.flush()
            for iid in item_ids:
                item = self.own_item(uow.session, iid, me)
                if item.kit_id:
                    raise FieldOpsError(ErrorCode.INVALID, field="items", detail=f"{item.asset_tag}: in a kit")
                item.kit_id = kit_id
                item.version += 1
            uow.outbox("kit", kit_id, "create", {"asset_tag": tag, "name": title, "agency_id": me.agency_id,
                                                 "items": list(item_ids)})
            uow.audit(AuditAction.COLLECTION, "kit", kit_id, {"asset_tag": tag, "items": len(item_ids)})
            uow.created(kit_id)
        return uow.changes

    def own_item(self, s: Session, item_id: str, me: UserDTO) -> EquipmentItem:
        item = s.get(EquipmentItem, item_id)
        if item is None:
            raise FieldOpsError(ErrorCode.NOT_FOUND)
        if item.agency_id != me.agency_id:
            owner = s.get(Agency, item.agency_id)
            raise FieldOpsError(ErrorCode.OTHER_AGENCY, tag=item.asset_tag,
                                owner=owner.short_name if owner else item.agency_id)
        return item

    def _own_kit(self, s: Session, kit_id: str, me: UserDTO) -> Kit:
        kit = s.get(Kit, kit_id)
        if kit is None:
            raise FieldOpsError(ErrorCode.NOT_FOUND, field="kit_id")
        if kit.agency_id != me.agency_id:
            raise FieldOpsError(ErrorCode.NOT_PERMITTED, field="kit_id")
        return kit

    # ---- sharing rules --------------------------------------------------------------------------------
    def shares(self) -> builtins.list[tuple[str, str]]:
        """(owner agency id, borrower agency id) pairs in force."""
        self._ctx.require_user()
        with self._ctx.read() as s:
            return [(str(a), str(b)) for a, b in s.execute(
                select(col(EquipmentShare.owner_agency_id), col(EquipmentShare.borrower_agency_id))).all()]

    def set_share(self, borrower_agency_id: str, allowed: bool) -> Changes:
        """Let officers of `borrower_agency_id` take the manager's agency's equipment (or stop it)."""
        me = self._ctx.require(Role.EQUIPMENT_MANAGER)
        with self._ctx.write() as uow:
            s = uow.session
            if s.get(Agency, borrower_agency_id) is None or borrower_agency_id == me.agency_id:
                raise FieldOpsError(ErrorCode.INVALID, field="agency_id", detail=borrower_agency_id[:40])
            current = s.get(EquipmentShare, (me.agency_id, borrower_agency_id))
            if allowed and current is None:
                s.add(EquipmentShare(owner_agency_id=me.agency_id, borrower_agency_id=borrower_agency_id,
                                     created_by=me.id, created_at=uow.now))
            elif not allowed and current is not None:
                s.delete(current)
            else:
                return uow.changes
            key = f"{me.agency_id}:{borrower_agency_id}"
            uow.outbox("equipment_share", key, "set", {"owner_agency_id": me.agency_id,
                                                       "borrower_agency_id": borrower_agency_id,
                                                       "allowed": allowed})
            uow.audit(AuditAction.ALTERATION, "equipment_share", key, {"allowed": allowed})
        return uow.changes

    # ---- reservations ---------------------------------------------------------------------------------
    def reservations(self, *, item_id: str | None = None, since: datetime | None = None,
                     include_cancelled: bool = False) -> builtins.list[ReservationDTO]:
        me = self._ctx.require_user()
        since = since or (self._ctx.clock() - timedelta(days=1))
        holder = aliased(User)
        where: list[Any] = [col(EquipmentReservation.end_at) > since]
        if item_id:
            where.append(col(EquipmentReservation.item_id) == item_id)
        else:
            where.append(col(EquipmentItem.agency_id) == me.agency_id)
        if not include_cancelled:
            where.append(col(EquipmentReservation.cancelled_at).is_(None))
        with self._ctx.read() as s:
            rows = s.execute(
                select(EquipmentReservation, col(EquipmentItem.asset_tag), col(Operation.number),
                       col(holder.full_name))
                .join(EquipmentItem, col(EquipmentItem.id) == col(EquipmentReservation.item_id))
                .outerjoin(Operation, col(Operation.id) == col(EquipmentReservation.operation_id))
                .outerjoin(holder, col(holder.id) == col(EquipmentReservation.holder_id))
                .where(*where).order_by(col(EquipmentReservation.start_at))).all()
            out = []
            for r, tag, number, holder_name in rows:
                conflicts = () if r.cancelled_at else tuple(
                    self._conflicts(s, r.item_id, r.start_at, r.end_at, exclude=r.id))
                out.append(ReservationDTO(r.id, r.item_id, tag, r.operation_id, number, r.holder_id, holder_name,
                                          r.start_at, r.end_at, r.note, r.cancelled_at is not None, conflicts))
        return out

    def reservation_conflicts(self, item_id: str, start_at: datetime,
                              end_at: datetime) -> builtins.list[Conflict]:
        self._ctx.require_user()
        with self._ctx.read() as s:
            return self._conflicts(s, item_id, start_at, end_at)

    def _conflicts(self, s: Session, item_id: str, start_at: datetime, end_at: datetime,
                   exclude: str | None = None) -> builtins.list[Conflict]:
        """Why the item may not be free from `start_at` to `end_at`: overlapping reservations, a check-out
        due back after the start (or overdue), maintenance, loss or retirement."""
        out: list[Conflict] = []
        holder = aliased(User)
        overlapping = s.execute(
            select(EquipmentReservation, col(Operation.number), col(holder.full_name))
            .outerjoin(Operation, col(Operation.id) == col(EquipmentReservation.operation_id))
            .outerjoin(holder, col(holder.id) == col(EquipmentReservation.holder_id))
            .where(col(EquipmentReservation.item_id) == item_id, col(EquipmentReservation.cancelled_at).is_(None),
                   col(EquipmentReservation.start_at) < end_at, col(EquipmentReservation.end_at) > start_at,
                   col(EquipmentReservation.id) != (exclude or ""))).all()
        for r, number, name in overlapping:
            out.append(Conflict("reserved", r.start_at, r.end_at, number or name or r.note or None))
        item = s.get(EquipmentItem, item_id)
        if item is not None:
            if item.status == EquipmentStatus.CHECKED_OUT and (item.due_at is None or item.due_at > start_at
                                                               or item.due_at < self._ctx.clock()):
                holder_row = s.get(User, item.holder_id) if item.holder_id else None
                out.append(Conflict("out", None, item.due_at, holder_row.full_name if holder_row else None))
            elif item.status in (EquipmentStatus.MAINTENANCE, EquipmentStatus.LOST, EquipmentStatus.RETIRED):
                out.append(Conflict(str(item.status)))
        return out

    def reserve(self, item_id: str, start_at: datetime, end_at: datetime, *, operation_id: str | None = None,
                holder_id: str | None = None, note: str = "", allow_conflicts: bool = False) -> Changes:
        """Reserve an item (or, called per item, a kit) for a planned operation. Conflicts are refused with
        RESERVATION_CONFLICT unless `allow_conflicts` (the manager saw them and decided)."""
        me = self._ctx.require(Role.EQUIPMENT_MANAGER)
        for value, name in ((start_at, "start_at"), (end_at, "end_at")):
            if not isinstance(value, datetime) or value.tzinfo is None:
                raise FieldOpsError(ErrorCode.INVALID, field=name, detail="time without time zone")
        if end_at <= start_at:
            raise FieldOpsError(ErrorCode.INVALID, field="end_at", detail="end before start")
        if end_at - start_at > MAX_RESERVATION:
            raise FieldOpsError(ErrorCode.INVALID, field="end_at", detail="longer than 31 days")
        note = validation.max_text(note, "note", 500)
        with self._ctx.write() as uow:
            s = uow.session
            item = self.own_item(s, item_id, me)
            if operation_id and s.get(Operation, operation_id) is None:
                raise FieldOpsError(ErrorCode.NOT_FOUND, field="operation_id")
            if holder_id and s.get(User, holder_id) is None:
                raise FieldOpsError(ErrorCode.NOT_FOUND, field="holder_id")
            conflicts = self._conflicts(s, item_id, start_at, end_at)
            if conflicts and not allow_conflicts:
                raise FieldOpsError(ErrorCode.RESERVATION_CONFLICT, tag=item.asset_tag, count=len(conflicts))
            rid = uuid7()
            s.add(EquipmentReservation(id=rid, item_id=item_id, operation_id=operation_id, holder_id=holder_id,
                                       start_at=start_at, end_at=end_at, note=note, created_by=me.id,
                                       created_at=uow.now))
            uow.outbox("equipment_reservation", rid, "create", {
                "item_id": item_id, "operation_id": operation_id, "holder_id": holder_id,
                "start_at": start_at.isoformat(), "end_at": end_at.isoformat(), "note": note})
            uow.audit(AuditAction.COLLECTION, "equipment_reservation", rid,
                      {"item": item.asset_tag, "conflicts": len(conflicts)})
            uow.touch("equipment_item", item_id)
            uow.created(rid)
        return uow.changes

    def cancel_reservation(self, reservation_id: str) -> Changes:
        me = self._ctx.require(Role.EQUIPMENT_MANAGER)
        with self._ctx.write() as uow:
            r = uow.session.get(EquipmentReservation, reservation_id)
            if r is None:
                raise FieldOpsError(ErrorCode.NOT_FOUND)
            self.own_item(uow.session, r.item_id, me)
            if r.cancelled_at is not None:
                return uow.changes
            uow.conn.execute(update(EquipmentReservation).where(col(EquipmentReservation.id) == r.id)
                             .values(cancelled_at=uow.now))
            uow.outbox("equipment_reservation", r.id, "cancel", {"cancelled_at": uow.now.isoformat()})
            uow.audit(AuditAction.ALTERATION, "equipment_reservation", r.id, {"cancelled": True})
            uow.touch("equipment_item", r.item_id)
        return uow.changes


def _kit_order(items: Iterable[ItemDTO]) -> list[ItemDTO]:
    """The main device first, then accessories (batteries, charger, case) by tag."""
    main = (EquipmentKind.NV_BINOCULAR.value, EquipmentKind.THERMAL_IMAGER.value, EquipmentKind.VIDEO_CAMERA.value)
    return sorted(items, key=lambda i: (i.kind not in main, i.asset_tag))


def _wire(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _aware(value: datetime) -> datetime:
    from datetime import UTC

    return value if value.tzinfo else value.replace(tzinfo=UTC)
