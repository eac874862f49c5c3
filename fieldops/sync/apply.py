"""Pulled changes → local rows. Each change carries the record's whole server document (a snapshot), so
applying is an upsert, idempotent and order-tolerant within a page (foreign keys are checked at commit).

Server state never overwrites a local change still waiting in the outbox (the caller skips those records
and fetches them again once the local change has been pushed); derived local state is recomputed here:
an operation's start/end, an item's holder (re-fold of its custody facts), a user's roles.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.sql.sqltypes import Date, DateTime

from fieldops.context import UnitOfWork
from fieldops.models import (
    Attachment,
    Check,
    CustodyEvent,
    EquipmentIncident,
    EquipmentItem,
    EquipmentReservation,
    EquipmentShare,
    Kit,
    Operation,
    OperationCrew,
    OperationEquipment,
    ReviewDecision,
    User,
    UserRole,
)
from fieldops.models.types import UTCDateTime

TABLES: dict[str, Any] = {
    "operation": Operation, "check": Check, "attachment": Attachment, "custody_event": CustodyEvent,
    "equipment_item": EquipmentItem, "kit": Kit, "equipment_incident": EquipmentIncident,
    "equipment_reservation": EquipmentReservation, "user": User, "review_decision": ReviewDecision,
}
# Local-only or derived columns a server document never sets.
DERIVED = {
    "equipment_item": {"status", "holder_id", "out_event_id", "due_at"},
    "attachment": {"upload_state", "thumbnail", "thumbnail_mime"},
    "operation": {"start_at", "end_at", "check_count", "violation_count"},
    "user": {"version"},
}


def table_of(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


def _convert(column: Any, value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime | DateTime) and isinstance(value, str):
        parsed = datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if isinstance(kind, Date) and isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value


def _row(entity: str, table: Table, entity_id: str, data: Mapping[str, Any], version: int,
         now: datetime) -> dict[str, Any]:
    skip = DERIVED.get(entity, set())
    row: dict[str, Any] = {"id": entity_id}
    for column in table.columns:
        name = column.name
        if name == "id" or name in skip or name not in data:
            continue
        row[name] = _convert(column, data[name])
    if "version" in table.columns and "version" not in skip:
        row["version"] = version
    for stamp in ("created_at", "updated_at"):
        if stamp in table.columns and stamp not in row:
            row[stamp] = now
    return row


def _upsert(uow: UnitOfWork, table: Table, row: dict[str, Any], *, create_defaults: Mapping[str, Any]
            = {}) -> bool:
    """Update the row if it exists (only the given columns), else insert it; True if it was new."""
    conn = uow.conn
    exists = conn.execute(select(table.c.id).where(table.c.id == row["id"])).first() is not None
    if exists:
        values = {k: v for k, v in row.items() if k not in ("id", "created_at")}
        if values:
            conn.execute(update(table).where(table.c.id == row["id"]).values(**values))
        return False
    conn.execute(insert(table).values(**{**create_defaults, **row}))
    return True


def apply_change(uow: UnitOfWork, entity: str, entity_id: str, version: int, data: Mapping[str, Any],
                 refold: set[str]) -> None:
    """Write one pulled snapshot. Items whose custody facts changed are added to `refold`."""
    now = uow.now
    if entity == "equipment_share":
        owner, _, borrower = entity_id.partition(":")
        table = table_of(EquipmentShare)
        uow.conn.execute(delete(table).where(table.c.owner_agency_id == owner,
                                             table.c.borrower_agency_id == borrower))
        if data.get("allowed", True):
            uow.conn.execute(insert(table).values(owner_agency_id=owner, borrower_agency_id=borrower,
                                                  created_by=str(data.get("created_by") or ""), created_at=now))
        uow.touch("equipment_item")
        return
    model = TABLES.get(entity)
    if model is None:
        return  # a kind this version does not know (a newer server): skipped, the cursor still advances
    table = table_of(model)
    row = _row(entity, table, entity_id, data, version, now)
    if entity == "operation":
        _operation(uow, row, data)
    elif entity == "check":
        row.setdefault("violation", data.get("outcome") not in (None, "no_violation"))
        _upsert(uow, table, row)
    elif entity == "attachment":
        _upsert(uow, table, row, create_defaults={"upload_state": "remote", "device_id": "", "attached_by":
                                                  row.get("attached_by") or data.get("created_by")})
    elif entity == "custody_event":
        row.setdefault("notes", "")
        row.setdefault("damage", "")
        row.pop("created_at", None)
        row.pop("updated_at", None)
        if uow.conn.execute(select(table.c.id).where(table.c.id == entity_id)).first() is None:
            uow.conn.execute(insert(table).values(**row))
            refold.add(str(data.get("item_id")))
    elif entity == "equipment_item":
        _upsert(uow, table, row, create_defaults={"status": "available"})
        refold.add(entity_id)
    elif entity == "kit":
        _upsert(uow, table, row)
        items = table_of(EquipmentItem)
        for item_id in data.get("items") or []:
            uow.conn.execute(update(items).where(items.c.id == item_id).values(kit_id=entity_id))
    elif entity == "user":
        _upsert(uow, table, row)
        roles = table_of(UserRole)
        uow.conn.execute(delete(roles).where(roles.c.user_id == entity_id))
        for role in data.get("roles") or []:
            uow.conn.execute(insert(roles).values(user_id=entity_id, role=str(role)))
    elif entity == "review_decision":
        row.setdefault("at", now)
        if uow.conn.execute(select(table.c.id).where(table.c.id == entity_id)).first() is None:
            uow.conn.execute(insert(table).values(**row))
    else:
        _upsert(uow, table, row)
    uow.touch(entity, entity_id)


def _operation(uow: UnitOfWork, row: dict[str, Any], data: Mapping[str, Any]) -> None:
    table = table_of(Operation)
    start = row.get("actual_start") or row.get("planned_start")
    if start is None:
        current = uow.conn.execute(select(table.c.start_at).where(table.c.id == row["id"])).scalar()
        start = current or uow.now
    row["start_at"] = start
    row["end_at"] = row.get("actual_end") or row.get("planned_end")
    _upsert(uow, table, row)
    if "crew" in data:
        crew = table_of(OperationCrew)
        lead = data.get("lead_id")
        members = list(dict.fromkeys([*(data.get("crew") or []), *([lead] if lead else [])]))
        uow.conn.execute(delete(crew).where(crew.c.operation_id == row["id"]))
        for member in members:
            uow.conn.execute(insert(crew).values(operation_id=row["id"], user_id=member, is_lead=member == lead))
    if "equipment" in data:
        used = table_of(OperationEquipment)
        end = row.get("end_at")
        hours = round(((end - start).total_seconds() / 3600) if end and start and end > start else 0.0, 1)
        uow.conn.execute(delete(used).where(used.c.operation_id == row["id"]))
        for item in dict.fromkeys(data.get("equipment") or []):
            uow.conn.execute(insert(used).values(operation_id=row["id"], item_id=item, hours=hours))


def dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
