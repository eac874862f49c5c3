"""Pulled changes → local rows. Each change carries the record's whole server document (a snapshot), so
applying is an upsert, idempotent and order-tolerant within a page (foreign keys are checked at commit).

Server state never overwrites a local change still waiting in the outbox (the caller skips those records
and fetches them again once the local change has been pushed); derived local state is recomputed here:
an operation's start/end, an item's holder (re-fold of its custody facts), a user's roles.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.sql.sqltypes import Date, DateTime

from fieldops.context import UnitOfWork
from fieldops.models import (
    Amendment,
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
    "amendment": Amendment,
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


# Fields a server document omits until someone sets them: a pulled document without them means "not set",
# so the laptop's value (a refused edit, say) is reset to the empty value rather than kept.
UNSET: dict[str, dict[str, Any]] = {
    "operation": {"vehicle": "", "area_name": "", "weather": "", "visibility": "", "narrative": "", "lat": None,
                  "lon": None, "planned_start": None, "planned_end": None, "actual_start": None,
                  "actual_end": None, "submitted_at": None, "approval_hash": None},
    "check": {"lat": None, "lon": None, "rule_pack": None, "voided_at": None, "void_reason": None},
}


def _row(entity: str, table: Table, entity_id: str, data: Mapping[str, Any], version: int,
         now: datetime) -> dict[str, Any]:
    skip = DERIVED.get(entity, set())
    row: dict[str, Any] = {"id": entity_id, **UNSET.get(entity, {})}
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


def _upsert(uow: UnitOfWork, table: Table, row: dict[str, Any]) -> bool:
    """Update the row if it exists (only the given columns), else insert it; True if it was new."""
    conn = uow.conn
    exists = conn.execute(select(table.c.id).where(table.c.id == row["id"])).first() is not None
    if exists:
        values = {k: v for k, v in row.items() if k not in ("id", "created_at")}
        if values:
            conn.execute(update(table).where(table.c.id == row["id"]).values(**values))
        return False
    conn.execute(insert(table).values(**row))
    return True


def apply_change(uow: UnitOfWork, entity: str, entity_id: str, version: int, data: Mapping[str, Any],
                 refold: set[str]) -> None:
    """Write one pulled snapshot of a rare kind (kits, users, sharing rules); the common kinds go in bulk
    through `_bulk`."""
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
    if entity == "kit":
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
    else:
        _upsert(uow, table, row)
    uow.touch(entity, entity_id)


BULK = {"operation", "check", "attachment", "custody_event", "equipment_item", "equipment_incident",
        "equipment_reservation", "review_decision"}
INSERT_ONLY = {"custody_event", "review_decision"}  # facts: never updated once here


def apply_page(uow: UnitOfWork, changes: Sequence[tuple[str, str, int, Mapping[str, Any]]],
               refold: set[str]) -> None:
    """Apply a page of snapshots: the common kinds in bulk (one existence query and executemany inserts and
    updates per kind), the rare ones one by one. Only the last snapshot of a record in the page counts."""
    latest: dict[tuple[str, str], tuple[int, Mapping[str, Any]]] = {}
    for entity, entity_id, version, data in changes:
        latest[(entity, entity_id)] = (version, data)
    groups: dict[str, list[tuple[str, int, Mapping[str, Any]]]] = {}
    for (entity, entity_id), (version, data) in latest.items():
        if entity in BULK:
            groups.setdefault(entity, []).append((entity_id, version, data))
        else:
            apply_change(uow, entity, entity_id, version, data, refold)
    for entity, rows in groups.items():
        _bulk(uow, entity, rows, refold)


def _bulk(uow: UnitOfWork, entity: str, rows: list[tuple[str, int, Mapping[str, Any]]], refold: set[str]) -> None:
    conn, now = uow.conn, uow.now
    table = table_of(TABLES[entity])
    ids = [r[0] for r in rows]
    existing: set[str] = set()
    for start in range(0, len(ids), 500):
        existing |= {str(i) for i in conn.execute(select(table.c.id).where(table.c.id.in_(ids[start:start + 500])))
                     .scalars()}
    inserts: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    updates: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for entity_id, version, data in rows:
        row = _row(entity, table, entity_id, data, version, now)
        new = entity_id not in existing
        if entity == "operation":
            begins = row.get("actual_start") or row.get("planned_start")
            if begins is None and new:
                begins = now
            if begins is not None:
                row["start_at"] = begins
            row["end_at"] = row.get("actual_end") or row.get("planned_end")
        elif entity == "check":
            row.setdefault("violation", data.get("outcome") not in (None, "no_violation"))
        elif entity == "attachment" and new:
            row.setdefault("upload_state", "remote")
            row.setdefault("device_id", "")
            row.setdefault("attached_by", data.get("created_by"))
        elif entity in ("custody_event",):
            row.setdefault("notes", "")
            row.setdefault("damage", "")
            row.pop("created_at", None)
            row.pop("updated_at", None)
        elif entity == "review_decision":
            row.setdefault("at", now)
            row.pop("created_at", None)
            row.pop("updated_at", None)
        elif entity == "equipment_item" and new:
            row.setdefault("status", "available")
        if entity in ("custody_event",) and new:
            refold.add(str(data.get("item_id")))
        if entity == "equipment_item":
            refold.add(entity_id)
        if new:
            _not_null_defaults(table, row, now)
            inserts.setdefault(tuple(sorted(row)), []).append(row)
        elif entity not in INSERT_ONLY:
            row.pop("created_at", None)
            updates.setdefault(tuple(sorted(row)), []).append(row)
        uow.touch(entity, entity_id)
    for batch in inserts.values():
        conn.execute(insert(table), batch)
    for keys, batch in updates.items():
        columns = [k for k in keys if k != "id"]
        if not columns:
            continue
        statement = update(table).where(table.c.id == bindparam("_id")).values(
            {c: bindparam(f"_v_{c}") for c in columns})
        conn.execute(statement, [{"_id": r["id"], **{f"_v_{c}": r[c] for c in columns}} for r in batch])
    if entity == "operation":
        _children(uow, rows)


def _not_null_defaults(table: Table, row: dict[str, Any], now: datetime) -> None:
    """A document from an older laptop may lack a required column: fill it (a time: now; text: empty) rather
    than fail the page, which would stop every later pull."""
    for column in table.columns:
        if column.nullable or column.name in row or column.default is not None or column.server_default is not None:
            continue
        if isinstance(column.type, UTCDateTime | DateTime):
            row[column.name] = now
            continue
        try:
            kind = column.type.python_type
        except NotImplementedError:
            continue
        if kind is str:
            row[column.name] = ""
        elif kind is dict:
            row[column.name] = {}


def _children(uow: UnitOfWork, rows: list[tuple[str, int, Mapping[str, Any]]]) -> None:
    """Crews and equipment lists of operations, replaced in bulk."""
    conn = uow.conn
    crew_table, used_table = table_of(OperationCrew), table_of(OperationEquipment)
    with_crew = [(i, d) for i, _v, d in rows if "crew" in d]
    with_equipment = [(i, d) for i, _v, d in rows if "equipment" in d]
    if with_crew:
        ids = [i for i, _d in with_crew]
        for start in range(0, len(ids), 500):
            conn.execute(delete(crew_table).where(crew_table.c.operation_id.in_(ids[start:start + 500])))
        members = []
        for op_id, data in with_crew:
            lead = data.get("lead_id")
            for member in dict.fromkeys([*(data.get("crew") or []), *([lead] if lead else [])]):
                members.append({"operation_id": op_id, "user_id": member, "is_lead": member == lead})
        if members:
            conn.execute(insert(crew_table), members)
    if with_equipment:
        ids = [i for i, _d in with_equipment]
        for start in range(0, len(ids), 500):
            conn.execute(delete(used_table).where(used_table.c.operation_id.in_(ids[start:start + 500])))
        used = []
        for op_id, data in with_equipment:
            start_at = _convert(table_of(Operation).c.actual_start, data.get("actual_start") or data.get(
                "planned_start"))
            end_at = _convert(table_of(Operation).c.actual_end, data.get("actual_end") or data.get("planned_end"))
            hours = round((end_at - start_at).total_seconds() / 3600, 1) if start_at and end_at and \
                end_at > start_at else 0.0
            for item in dict.fromkeys(data.get("equipment") or []):
                used.append({"operation_id": op_id, "item_id": item, "hours": hours})
        if used:
            conn.execute(insert(used_table), used)


def remove_refused(uow: UnitOfWork, entity: str, entity_id: str) -> None:
    """A record the server refused to create and does not have (a check added to an operation submitted
    meanwhile, say): removed from the laptop's data so it is not counted, shown or hashed as if it existed. Its
    content stays readable in the refused op on the Sync page (never dropped silently)."""
    if entity == "check":
        attachments = table_of(Attachment)
        uow.conn.execute(delete(attachments).where(attachments.c.owner_type == "check",
                                                   attachments.c.owner_id == entity_id))
    if entity in ("check", "attachment"):
        table = table_of(TABLES[entity])
        uow.conn.execute(delete(table).where(table.c.id == entity_id))
        uow.touch(entity, entity_id)
        uow.touch("operation")
    if entity == "amendment":  # back to its author as a draft, to correct and submit again or withdraw
        table = table_of(Amendment)
        uow.conn.execute(update(table).where(table.c.id == entity_id).values(status="draft"))
        uow.touch(entity, entity_id)


def dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
