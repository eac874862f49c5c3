"""The equipment desk: check-out, return, loss, maintenance, incidents, the holders' desk PINs, and the
ingest of custody facts recorded on other laptops.

Every desk action is one unit of work: insert-only custody facts (one per item, grouped by `batch_id`), the
item rows' derived state advanced with `fieldops.custody.step`, incidents, outbox rows and audit events —
all or nothing. Refusals are typed errors naming the item, checked for *every* item before anything is
written (a three-item check-out with one item in maintenance writes nothing).
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from fieldops import custody, validation
from fieldops.changes import Changes
from fieldops.context import Context, UnitOfWork
from fieldops.dto import IncidentDTO, UserDTO
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.ids import uuid7
from fieldops.keyslots import DEFAULT_KDF, KdfParams
from fieldops.media import MediaStore, StoredFile
from fieldops.models import (
    Agency,
    Attachment,
    CustodyEvent,
    EquipmentIncident,
    EquipmentItem,
    EquipmentShare,
    Operation,
    User,
)
from fieldops.models.enums import AuditAction, CustodyKind, EquipmentStatus, Role
from fieldops.services.attachments import captured_time
from fieldops.services.equipment import EquipmentService

CONDITIONS = ("good", "worn", "damaged", "unusable")
DEFAULT_SHIFT_END_HOUR = 7  # local time: night shifts end in the morning
MAX_DUE = timedelta(days=31)
PIN_MIN, PIN_MAX = 4, 12
INCIDENT_KINDS = ("damage", "missing", "lost", "double_checkout", "checkout_unavailable")
# Incident ids for anomalies found while folding facts: the same on every laptop, so two laptops that both
# notice the same double check-out do not report it twice.
_EVENT_INSERT = insert(CustodyEvent.__table__)  # type: ignore[attr-defined]
_ANOMALY_NS = uuid.UUID("6f7e1d2c-0b4a-4c53-9a65-3d1f0e6b2a11")


@dataclass(frozen=True)
class ReturnLine:
    """One item handed back: what came back, in what state."""

    item_id: str
    condition: str = "good"
    battery_pct: int | None = None


class DeskService:
    def __init__(self, ctx: Context, equipment: EquipmentService, media: MediaStore,
                 kdf: KdfParams = DEFAULT_KDF) -> None:
        self._ctx = ctx
        self._equipment = equipment
        self._media = media
        self._kdf = kdf

    # ---- holders' acknowledgement ---------------------------------------------------------------------
    def set_desk_pin(self, pin: str, password: str) -> Changes:
        """The current user sets the PIN they type at the desk to acknowledge check-outs and returns
        (4–12 digits). Their password confirms it is them."""
        me = self._ctx.require_user()
        if not self._ctx.keyfile.has_slot(me.username):
            raise FieldOpsError(ErrorCode.NOT_PERMITTED)
        try:
            self._ctx.keyfile.unlock(me.username, password)
        except FieldOpsError as exc:
            if exc.code == ErrorCode.LOCKED_OUT:
                raise
            raise FieldOpsError(ErrorCode.WRONG_PASSWORD, field="password") from None
        pin = (pin or "").strip()
        if not (pin.isdigit() and pin.isascii() and PIN_MIN <= len(pin) <= PIN_MAX):
            raise FieldOpsError(ErrorCode.INVALID, field="pin", detail=f"{PIN_MIN}-{PIN_MAX} digits")
        digest = self._hasher().hash(pin)
        with self._ctx.write() as uow:
            user = uow.session.get(User, me.id)
            assert user is not None
            user.desk_pin_hash = digest
            user.version += 1
            uow.outbox("user", me.id, "set_desk_pin", {"desk_pin_hash": digest})
            uow.audit(AuditAction.ALTERATION, "user", me.id, {"desk_pin": "set"})
        return uow.changes

    def has_desk_pin(self, user_id: str) -> bool:
        self._ctx.require_user()
        with self._ctx.read() as s:
            user = s.get(User, user_id)
            return bool(user and (user.desk_pin_hash or self._ctx.keyfile.has_slot(user.username)))

    def _hasher(self) -> Any:
        from argon2 import PasswordHasher

        return PasswordHasher(time_cost=self._kdf.time_cost, memory_cost=self._kdf.memory_kib,
                              parallelism=self._kdf.parallelism)

    def _acknowledge(self, holder: User, secret: str | None) -> None:
        """The holder confirms with their desk PIN or, if they have signed in on this laptop, their password."""
        if not secret:
            raise FieldOpsError(ErrorCode.REQUIRED, field="acknowledgement")
        if holder.desk_pin_hash:
            from argon2.exceptions import InvalidHashError, VerificationError

            try:
                if self._hasher().verify(holder.desk_pin_hash, secret):
                    return
            except (VerificationError, InvalidHashError):
                pass
        if self._ctx.keyfile.has_slot(holder.username):
            try:
                self._ctx.keyfile.unlock(holder.username, secret)
                return
            except FieldOpsError as exc:
                if exc.code == ErrorCode.LOCKED_OUT:
                    raise FieldOpsError(ErrorCode.LOCKED_OUT, field="acknowledgement", **exc.params) from None
        elif not holder.desk_pin_hash:
            raise FieldOpsError(ErrorCode.ACK_NOT_SET, field="acknowledgement", holder=holder.full_name)
        raise FieldOpsError(ErrorCode.ACK_WRONG, field="acknowledgement", holder=holder.full_name)

    # ---- check-out ------------------------------------------------------------------------------------
    def default_due(self, holder_id: str | None = None) -> datetime:
        """End of the shift: the next 07:00 in the holder's (else the manager's) agency time zone, at least
        four hours from now."""
        from zoneinfo import ZoneInfo

        me = self._ctx.require_user()
        now = self._ctx.clock()
        with self._ctx.read() as s:
            agency_id = me.agency_id
            if holder_id:
                holder = s.get(User, holder_id)
                agency_id = holder.agency_id if holder else agency_id
            agency = s.get(Agency, agency_id)
        zone = ZoneInfo(agency.timezone if agency else "Europe/Riga")
        local = now.astimezone(zone)
        due = local.replace(hour=DEFAULT_SHIFT_END_HOUR, minute=0, second=0, microsecond=0)
        while due < local + timedelta(hours=4):
            due += timedelta(days=1)
        return due.astimezone(UTC)

    def check_out(self, holder_id: str, item_ids: Sequence[str], *, acknowledgement: str | None,
                  due_at: datetime | None = None, condition: str = "good",
                  battery: Mapping[str, int | None] | None = None, operation_id: str | None = None,
                  reservation_id: str | None = None, notes: str = "", photos: Sequence[Path] = ()) -> Changes:
        """Issue items to an officer. Refused (nothing written) if any item is out, in maintenance, lost,
        retired, of another agency than the manager's, or of another agency than the holder's without a
        sharing rule; if the holder's PIN/password is wrong; or the due time is not in the future.
        `photos` (the condition at issue) are attached to the batch's first check-out event."""
        me = self._ctx.require(Role.EQUIPMENT_MANAGER)
        ids = list(dict.fromkeys(item_ids))
        if not ids:
            raise FieldOpsError(ErrorCode.REQUIRED, field="items")
        condition = _condition(condition)
        notes = validation.max_text(notes, "notes", 1000)
        batteries = {k: _battery(v) for k, v in (battery or {}).items()}
        now = self._ctx.clock()
        due = due_at or self.default_due(holder_id)
        if due.tzinfo is None:
            raise FieldOpsError(ErrorCode.INVALID, field="due_at", detail="time without time zone")
        if due <= now:
            raise FieldOpsError(ErrorCode.INVALID, field="due_at", detail="in the past")
        if due - now > MAX_DUE:
            raise FieldOpsError(ErrorCode.INVALID, field="due_at", detail="more than 31 days ahead")
        with self._ctx.read() as s:  # verify before the write lock: Argon2 takes a moment
            holder = self._holder(s, holder_id)
        self._acknowledge(holder, acknowledgement)
        stored = [self._import_photo(Path(p)) for p in photos]  # encrypted before the transaction
        taken = [captured_time(self._ctx, Path(p)) for p in photos]
        with self._ctx.write() as uow:
            s = uow.session
            holder = self._holder(s, holder_id)
            if operation_id and s.get(Operation, operation_id) is None:
                raise FieldOpsError(ErrorCode.NOT_FOUND, field="operation_id")
            items = [self._issuable(s, iid, me, holder) for iid in ids]
            batch = uuid7()
            for n, item in enumerate(items):
                event = self._record(uow, item, CustodyKind.CHECK_OUT, holder_id=holder.id, due_at=due,
                                     condition=condition, battery_pct=batteries.get(item.id),
                                     operation_id=operation_id, reservation_id=reservation_id, notes=notes,
                                     batch_id=batch, acknowledged_by=holder.id)
                uow.created(event)
                if n == 0:  # the photos document the issue, attached once
                    for f, path, when in zip(stored, photos, taken, strict=True):
                        self._attach(uow, "custody_event", event, f, Path(path).name, when)
            uow.audit(AuditAction.COLLECTION, "custody_batch", batch,
                      {"kind": "check_out", "holder": holder.id, "items": [i.asset_tag for i in items],
                       "due_at": due.isoformat()})
        return uow.changes

    def _holder(self, s: Session, holder_id: str) -> User:
        holder = s.get(User, holder_id)
        if holder is None:
            raise FieldOpsError(ErrorCode.NOT_FOUND, field="holder")
        if not holder.active:
            raise FieldOpsError(ErrorCode.USER_INACTIVE, field="holder")
        return holder

    def _issuable(self, s: Session, item_id: str, me: UserDTO, holder: User) -> EquipmentItem:
        item = self._equipment.own_item(s, item_id, me)
        if item.status == EquipmentStatus.CHECKED_OUT:
            current = s.get(User, item.holder_id) if item.holder_id else None
            raise FieldOpsError(ErrorCode.ITEM_OUT, field="items", tag=item.asset_tag,
                                holder=current.full_name if current else "?")
        if item.status != EquipmentStatus.AVAILABLE:
            raise FieldOpsError(ErrorCode.ITEM_UNAVAILABLE, field="items", tag=item.asset_tag, status=item.status)
        if holder.agency_id != item.agency_id and s.get(EquipmentShare, (item.agency_id, holder.agency_id)) is None:
            owner, borrower = s.get(Agency, item.agency_id), s.get(Agency, holder.agency_id)
            raise FieldOpsError(ErrorCode.NOT_SHARED, field="items", tag=item.asset_tag,
                                owner=owner.short_name if owner else "?",
                                borrower=borrower.short_name if borrower else "?")
        return item

    # ---- return ---------------------------------------------------------------------------------------
    def return_items(self, lines: Sequence[ReturnLine], *, acknowledgement: str | None = None,
                     damage: str = "", missing: Sequence[str] = (), photos: Sequence[Path] = (),
                     notes: str = "") -> Changes:
        """Take items back. `missing`: items that went out (e.g. a kit's battery) but did not come back —
        each becomes lost with a "missing" incident. A damaged/unusable condition or a damage description
        opens a "damage" incident with the photos attached. The holder acknowledges with their PIN (when
        present; a return without them is recorded as not acknowledged)."""
        me = self._ctx.require(Role.EQUIPMENT_MANAGER)
        if not lines and not missing:
            raise FieldOpsError(ErrorCode.REQUIRED, field="items")
        damage = validation.max_text(damage, "damage", 2000)
        notes = validation.max_text(notes, "notes", 1000)
        clean = [ReturnLine(line.item_id, _condition(line.condition), _battery(line.battery_pct)) for line in lines]
        ids = [line.item_id for line in clean]
        missing_ids = [m for m in dict.fromkeys(missing) if m not in ids]
        with self._ctx.read() as s:
            items = [self._returnable(s, iid, me) for iid in ids + missing_ids]
            holders = {i.holder_id for i in items}
            holder = s.get(User, next(iter(holders))) if len(holders) == 1 and None not in holders else None
        if acknowledgement:
            if holder is None:
                raise FieldOpsError(ErrorCode.INVALID, field="acknowledgement", detail="several holders")
            self._acknowledge(holder, acknowledgement)
        damaged = [line.item_id for line in clean if line.condition in ("damaged", "unusable")]
        if damage and not damaged:
            damaged = ids[:1]
        if damaged and not damage:
            raise FieldOpsError(ErrorCode.REQUIRED, field="damage")
        stored = [self._import_photo(Path(p)) for p in photos]  # encrypted before the transaction
        taken = [captured_time(self._ctx, Path(p)) for p in photos]
        with self._ctx.write() as uow:
            s = uow.session
            batch = uuid7()
            by_id = {i.id: i for i in (self._returnable(s, iid, me) for iid in ids + missing_ids)}
            for line in clean:
                item = by_id[line.item_id]
                event = self._record(uow, item, CustodyKind.RETURN, holder_id=item.holder_id, condition=line.condition,
                                     battery_pct=line.battery_pct, batch_id=batch, notes=notes,
                                     damage=damage if line.item_id in damaged else "",
                                     acknowledged_by=holder.id if acknowledgement and holder else None)
                if line.item_id in damaged:
                    self._open_incident(uow, item, "damage", event, damage, {"condition": line.condition})
                    if line.item_id == damaged[0]:  # the photos document the return, attached once
                        for f, path, when in zip(stored, photos, taken, strict=True):
                            self._attach(uow, "custody_event", event, f, Path(path).name, when)
            for mid in missing_ids:
                item = by_id[mid]
                last_holder = item.holder_id
                event = self._record(uow, item, CustodyKind.LOST, holder_id=last_holder, batch_id=batch,
                                     notes=notes or "missing at return")
                self._open_incident(uow, item, "missing", event, "missing at return",
                                    {"holder_id": last_holder})
            uow.audit(AuditAction.COLLECTION, "custody_batch", batch,
                      {"kind": "return", "items": [by_id[i].asset_tag for i in ids],
                       "missing": [by_id[i].asset_tag for i in missing_ids], "damaged": len(damaged),
                       "photos": [f.sha256 for f in stored], "acknowledged": bool(acknowledgement)})
            uow.created(batch)
        return uow.changes

    def _returnable(self, s: Session, item_id: str, me: UserDTO) -> EquipmentItem:
        item = self._equipment.own_item(s, item_id, me)
        if item.status != EquipmentStatus.CHECKED_OUT:
            raise FieldOpsError(ErrorCode.ITEM_NOT_OUT, field="items", tag=item.asset_tag)
        return item

    def _import_photo(self, path: Path) -> StoredFile:
        return self._media.import_file(path)

    def _attach(self, uow: UnitOfWork, owner_type: str, owner_id: str, stored: StoredFile, filename: str,
                captured: datetime | None = None) -> None:
        attachment_id = uuid7()
        me = self._ctx.require_user()
        uow.session.add(Attachment(id=attachment_id, owner_type=owner_type, owner_id=owner_id, sha256=stored.sha256,
                                   size=stored.size, mime=stored.mime, filename=filename[:255], captured_at=captured,
                                   attached_by=me.id, attached_at=uow.now, device_id=self._ctx.device_id,
                                   upload_state="waiting"))
        uow.outbox("attachment", attachment_id, "create", {
            "owner_type": owner_type, "owner_id": owner_id, "sha256": stored.sha256, "size": stored.size,
            "mime": stored.mime, "filename": filename[:255], "attached_at": uow.now.isoformat(),
            "captured_at": captured.isoformat() if captured else None})
        uow.audit(AuditAction.COLLECTION, "attachment", attachment_id,
                  {"sha256": stored.sha256, "size": stored.size, "owner_type": owner_type, "owner_id": owner_id})

    # ---- loss, maintenance, retirement ------------------------------------------------------------------
    def mark_lost(self, item_id: str, note: str) -> Changes:
        return self._status_fact(item_id, CustodyKind.LOST, note, allowed=None, incident="lost")

    def mark_found(self, item_id: str, note: str) -> Changes:
        """A lost item is back: available again (its "lost" incident is resolved separately, with a note)."""
        return self._status_fact(item_id, CustodyKind.FOUND, note, allowed=(EquipmentStatus.LOST,))

    def maintenance_in(self, item_id: str, note: str) -> Changes:
        return self._status_fact(item_id, CustodyKind.MAINTENANCE_IN, note, allowed=(EquipmentStatus.AVAILABLE,))

    def maintenance_out(self, item_id: str, note: str, *, next_service: Any = None,
                        service_hours: Any = None) -> Changes:
        """Back from maintenance; optionally the next service date and the hours at which it is due next."""
        return self._status_fact(item_id, CustodyKind.MAINTENANCE_OUT, note, allowed=(EquipmentStatus.MAINTENANCE,),
                                 extra={"next_service": next_service, "service_hours": service_hours})

    def retire(self, item_id: str, note: str) -> Changes:
        return self._status_fact(item_id, CustodyKind.RETIRE, note,
                                 allowed=(EquipmentStatus.AVAILABLE, EquipmentStatus.MAINTENANCE, EquipmentStatus.LOST))

    def _status_fact(self, item_id: str, kind: CustodyKind, note: str, *, allowed: Iterable[str] | None,
                     incident: str | None = None, extra: Mapping[str, Any] | None = None) -> Changes:
        from fieldops.services.equipment import clean_item_field

        me = self._ctx.require(Role.EQUIPMENT_MANAGER)
        note = validation.required_text(note, "note", 1000)
        fields = {k: clean_item_field(k, v) for k, v in (extra or {}).items() if v not in (None, "")}
        with self._ctx.write() as uow:
            item = self._equipment.own_item(uow.session, item_id, me)
            if item.status == EquipmentStatus.RETIRED or (allowed is not None and item.status not in allowed):
                raise FieldOpsError(ErrorCode.ITEM_UNAVAILABLE, field="items", tag=item.asset_tag, status=item.status)
            holder = item.holder_id
            event = self._record(uow, item, kind, holder_id=holder, notes=note)
            if fields:
                for k, v in fields.items():
                    setattr(item, k, v)
                item.version += 1
                uow.outbox("equipment_item", item.id, "update",
                           {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in fields.items()},
                           item.version - 1)
            if incident:
                self._open_incident(uow, item, incident, event, note, {"holder_id": holder})
            uow.created(event)
        return uow.changes

    # ---- incidents ------------------------------------------------------------------------------------
    def incidents(self, *, open_only: bool = True, item_id: str | None = None) -> builtins.list[IncidentDTO]:
        me = self._ctx.require_user()
        opener, resolver = aliased(User), aliased(User)
        where: list[Any] = [col(EquipmentIncident.item_id) == item_id if item_id
                            else col(EquipmentItem.agency_id) == me.agency_id]
        if open_only:
            where.append(col(EquipmentIncident.resolved_at).is_(None))
        with self._ctx.read() as s:
            rows = s.execute(
                select(EquipmentIncident, col(EquipmentItem.asset_tag), col(opener.full_name), col(resolver.full_name))
                .join(EquipmentItem, col(EquipmentItem.id) == col(EquipmentIncident.item_id))
                .outerjoin(opener, col(opener.id) == col(EquipmentIncident.opened_by))
                .outerjoin(resolver, col(resolver.id) == col(EquipmentIncident.resolved_by))
                .where(*where).order_by(col(EquipmentIncident.opened_at).desc())).all()
        return [IncidentDTO(i.id, i.item_id, tag, i.kind, i.opened_at, on, i.description, dict(i.details),
                            i.resolved_at, rn, i.resolution, i.version) for i, tag, on, rn in rows]

    def resolve_incident(self, incident_id: str, base_version: int, resolution: str) -> Changes:
        """Close an incident with a note (repaired, written off, found, holder's explanation …)."""
        me = self._ctx.require(Role.EQUIPMENT_MANAGER)
        resolution = validation.required_text(resolution, "resolution", 2000)
        with self._ctx.write() as uow:
            incident = uow.session.get(EquipmentIncident, incident_id)
            if incident is None:
                raise FieldOpsError(ErrorCode.NOT_FOUND)
            self._equipment.own_item(uow.session, incident.item_id, me)
            if incident.version != base_version:
                raise FieldOpsError(ErrorCode.STALE)
            if incident.resolved_at is not None:
                raise FieldOpsError(ErrorCode.LOCKED, detail="resolved")
            incident.resolved_at, incident.resolved_by, incident.resolution = uow.now, me.id, resolution
            incident.version += 1
            uow.outbox("equipment_incident", incident.id, "resolve",
                       {"resolved_at": uow.now.isoformat(), "resolved_by": me.id, "resolution": resolution},
                       base_version)
            uow.audit(AuditAction.ALTERATION, "equipment_incident", incident.id, {"resolved": True})
            uow.touch("equipment_item", incident.item_id)
        return uow.changes

    def _open_incident(self, uow: UnitOfWork, item: EquipmentItem, kind: str, event_id: str | None,
                       description: str, details: Mapping[str, Any], incident_id: str | None = None) -> str:
        iid = incident_id or uuid7()
        uow.session.add(EquipmentIncident(id=iid, item_id=item.id, kind=kind, event_id=event_id, opened_at=uow.now,
                                          opened_by=uow.actor_id, description=description, details=dict(details)))
        me = self._ctx.user
        if me is not None and me.has_role(Role.EQUIPMENT_MANAGER):
            # An anomaly found while folding others' facts is reported by the managers' laptops (same id on
            # each); elsewhere it stays a local note until the manager's incident arrives with the pull.
            uow.outbox("equipment_incident", iid, "create", {
                "item_id": item.id, "kind": kind, "event_id": event_id, "description": description,
                "details": dict(details), "opened_at": uow.now.isoformat(), "opened_by": uow.actor_id})
        uow.audit(AuditAction.COLLECTION, "equipment_incident", iid, {"kind": kind, "item": item.asset_tag})
        uow.touch("equipment_incident", iid)
        return iid

    # ---- facts ----------------------------------------------------------------------------------------
    def _record(self, uow: UnitOfWork, item: EquipmentItem, kind: CustodyKind, *, holder_id: str | None = None,
                due_at: datetime | None = None, condition: str | None = None, battery_pct: int | None = None,
                operation_id: str | None = None, reservation_id: str | None = None, notes: str = "",
                damage: str = "", batch_id: str | None = None, acknowledged_by: str | None = None) -> str:
        """Insert one custody fact, advance the item's derived state, queue it for sync."""
        event_id = uuid7()
        me = self._ctx.require_user()
        row: dict[str, Any] = {
               "id": event_id, "item_id": item.id, "kind": kind.value, "at": uow.now, "holder_id": holder_id,
               "actor_id": me.id, "due_at": due_at, "condition": condition, "battery_pct": battery_pct,
               "operation_id": operation_id, "notes": notes, "device_id": self._ctx.device_id,
               "batch_id": batch_id, "kit_id": item.kit_id, "acknowledged_by": acknowledged_by, "damage": damage,
               "reservation_id": reservation_id, "hlc": uow.stamp()}
        uow.conn.execute(_EVENT_INSERT, row)
        state = _state_of(item)
        state, _ = custody.step(state, custody.Fact(event_id, kind.value, uow.now, holder_id, due_at, row["hlc"]))
        _apply_state(item, state, uow.now)
        uow.outbox("custody_event", event_id, "create",
                   {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in row.items() if k != "id"})
        uow.touch("custody_event", event_id)
        uow.touch("equipment_item", item.id)
        return event_id

    def ingest_facts(self, facts: Sequence[Mapping[str, Any]]) -> Changes:
        """Custody facts recorded on other laptops (the sync engine's pull, or a test): inserted once by id,
        then each touched item re-folded from all its facts. A double check-out opens one incident (same id
        on every laptop), never an overwrite of either holder."""
        self._ctx.require_user()
        with self._ctx.write() as uow:
            s = uow.session
            touched: set[str] = set()
            for raw in facts:
                if s.get(CustodyEvent, raw["id"]) is not None:
                    continue  # already known: facts are applied once
                values: dict[str, Any] = {k: raw.get(k) for k in CustodyEvent.model_fields}
                for k in ("at", "due_at"):
                    if isinstance(values.get(k), str):
                        values[k] = datetime.fromisoformat(values[k])
                values["notes"] = values.get("notes") or ""
                values["damage"] = values.get("damage") or ""
                uow.conn.execute(_EVENT_INSERT, values)
                touched.add(str(raw["item_id"]))
            s.flush()
            for item_id in sorted(touched):
                self.refold(uow, item_id)
        return uow.changes

    def refold(self, uow: UnitOfWork, item_id: str) -> None:
        """Re-derive one item's custody state from all its facts (after facts arrived from elsewhere)."""
        s = uow.session
        item = s.get(EquipmentItem, item_id)
        if item is None:
            return
        rows = s.execute(select(col(CustodyEvent.id), col(CustodyEvent.kind), col(CustodyEvent.at),
                                col(CustodyEvent.holder_id), col(CustodyEvent.due_at), col(CustodyEvent.hlc))
                         .where(col(CustodyEvent.item_id) == item_id)).all()
        state, anomalies = custody.derive(custody.Fact(str(r[0]), str(r[1]), _utc(r[2]) or uow.now, r[3],
                                                       _utc(r[4]), r[5]) for r in rows)
        _apply_state(item, state, uow.now)
        for anomaly in anomalies:
            incident_id = str(uuid.uuid5(_ANOMALY_NS, f"{anomaly.kind}:{anomaly.event_id}"))
            if s.get(EquipmentIncident, incident_id) is None:
                names = [u.full_name if (u := s.get(User, h)) else "?" for h in anomaly.holders if h]
                self._open_incident(uow, item, anomaly.kind, anomaly.event_id, ", ".join(names),
                                    {"holders": list(anomaly.holders)}, incident_id=incident_id)
        uow.touch("equipment_item", item_id)


def _state_of(item: EquipmentItem) -> custody.ItemState:
    holdings: tuple[custody.Holding, ...] = ()
    if item.status == EquipmentStatus.CHECKED_OUT and item.out_event_id:
        holdings = (custody.Holding(item.holder_id, item.out_event_id, item.due_at),)
    return custody.ItemState(item.status, holdings)


def _apply_state(item: EquipmentItem, state: custody.ItemState, now: datetime) -> None:
    item.status = state.status
    item.holder_id = state.holder_id
    item.out_event_id = state.out_event_id
    item.due_at = state.due_at
    item.updated_at = now


def _condition(value: object) -> str:
    text = str(value or "").strip()
    if text not in CONDITIONS:
        raise FieldOpsError(ErrorCode.INVALID, field="condition", detail=text[:20] or "empty")
    return text


def _battery(value: object) -> int | None:
    if value is None or value == "":
        return None
    return validation.int_range(value, "battery", 0, 100)


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)
