"""What the Sync screen and the status bar show: the sync status of this laptop and its outbox items.

    s = status(fo)                      # linked?, server, pending / rejected / conflict counts, last sync
    items = outbox_items(fo, ("rejected",))
    dismiss_rejected(fo, items[0].op_id)  # the user read it: "dismissed", audited, the row is kept

Every count is an index count (`ix_outbox_state`), so the status bar costs the same at any outbox size.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update
from sqlmodel import Session, col

from fieldops.changes import Changes
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models import (
    Amendment,
    Attachment,
    Check,
    CustodyEvent,
    EquipmentIncident,
    EquipmentItem,
    EquipmentReservation,
    Kit,
    Operation,
    OutboxOp,
    SyncState,
    User,
)
from fieldops.models.enums import AuditAction

if TYPE_CHECKING:
    from fieldops.app import FieldOps

LAST_OK = "sync.last_ok"  # the engine's key (fieldops.sync.engine.LAST_SYNC)
STATES = ("pending", "sent", "conflict", "resolved", "rejected", "dismissed")


@dataclass(frozen=True)
class SyncStatus:
    linked: bool
    server_url: str | None
    pending: int
    rejected: int
    conflicts: int  # outbox rows the server answered with a conflict (resolved on the Sync screen)
    last_ok: datetime | None
    files_waiting: int  # attachments not yet uploaded
    pending_others: int = 0  # of `pending`: other people's changes, sent by their own sync (the server checks
    #                          each author's rights), so they may still wait after this user's sync

    @property
    def attention(self) -> int:
        """Items a person has to look at (refused changes and conflicts)."""
        return self.rejected + self.conflicts


@dataclass(frozen=True)
class OutboxItem:
    op_id: str
    entity: str
    entity_id: str
    op_type: str
    created_at: datetime
    state: str
    status: str | None  # the server's answer: rejected_locked, rejected_invalid, conflict, ...
    reason: str | None  # the server's reason text, if it gave one
    label: str | None  # the record in words: an operation number, an asset tag, ...
    conflicts: tuple[str, ...] = ()  # conflicting fields (state "conflict")
    actor_id: str | None = None  # who made the change (None: recorded before authors were kept)
    author: str | None = None  # their full name

    def is_by(self, user_id: str) -> bool:
        """Made by `user_id` (changes without a recorded author belong to whoever syncs them)."""
        return self.actor_id is None or self.actor_id == user_id


def status(fo: FieldOps) -> SyncStatus:
    """The sync status for the status bar: a few index counts and the server link."""
    from fieldops.sync.session import load_link

    me = fo._ctx.require_user()
    link = load_link(fo)
    with fo._ctx.read() as s:
        pending, rejected, conflicts = (_count_state(s, state) for state in ("pending", "rejected", "conflict"))
        others = int(s.execute(select(func.count()).select_from(OutboxOp).where(
            col(OutboxOp.state) == "pending", col(OutboxOp.actor_id).is_not(None),
            col(OutboxOp.actor_id) != me.id)).scalar_one()) if pending else 0
        files = int(s.execute(select(func.count()).select_from(Attachment)
                              .where(col(Attachment.upload_state) == "waiting")).scalar_one())
        row = s.get(SyncState, LAST_OK)
    return SyncStatus(linked=link is not None, server_url=link.url if link is not None else None,
                      pending=pending, rejected=rejected, conflicts=conflicts,
                      last_ok=_epoch(row.value if row else None), files_waiting=files, pending_others=others)


def outbox_items(fo: FieldOps, states: Sequence[str] = ("pending",), limit: int = 500) -> list[OutboxItem]:
    """Outbox rows in `states`, oldest first, each with the record in words (one query per entity kind)."""
    fo._ctx.require_user()
    with fo._ctx.read() as s:
        rows = s.execute(select(col(OutboxOp.op_id), col(OutboxOp.entity), col(OutboxOp.entity_id),
                                col(OutboxOp.op_type), col(OutboxOp.created_at), col(OutboxOp.state),
                                col(OutboxOp.last_error), col(OutboxOp.actor_id))
                         .where(col(OutboxOp.state).in_(list(states)))
                         .order_by(col(OutboxOp.seq)).limit(limit)).all()
        by_kind: dict[str, set[str]] = {}
        for r in rows:
            by_kind.setdefault(str(r[1]), set()).add(str(r[2]))
        labels = _labels_by_kind(s, by_kind)
        actors = sorted({str(r[7]) for r in rows if r[7]})
        authors = {str(i): str(n) for i, n in s.execute(
            select(col(User.id), col(User.full_name)).where(col(User.id).in_(actors)))} if actors else {}
    items = []
    for op_id, entity, entity_id, op_type, created_at, state, last_error, actor_id in rows:
        detail = _detail(last_error)
        items.append(OutboxItem(
            op_id=str(op_id), entity=str(entity), entity_id=str(entity_id), op_type=str(op_type),
            created_at=_aware(created_at), state=str(state), status=_text(detail.get("status")),
            reason=_text(detail.get("reason")), label=labels.get((str(entity), str(entity_id))),
            conflicts=tuple(str(c) for c in detail.get("conflicts") or () if c),
            actor_id=str(actor_id) if actor_id else None, author=authors.get(str(actor_id)) if actor_id else None))
    return items


def dismiss_rejected(fo: FieldOps, op_id: str) -> Changes:
    """The author read why the server refused their change: it leaves the list. The row is kept ("dismissed").
    Only the author dismisses it (or anyone, for changes recorded before authors were kept)."""
    me = fo._ctx.require_user()
    with fo._ctx.write() as uow:
        row = uow.conn.execute(select(col(OutboxOp.state), col(OutboxOp.entity), col(OutboxOp.entity_id),
                                      col(OutboxOp.op_type), col(OutboxOp.last_error), col(OutboxOp.actor_id))
                               .where(col(OutboxOp.op_id) == op_id)).first()
        if row is None or row[0] != "rejected":
            raise FieldOpsError(ErrorCode.NOT_FOUND)
        if row[5] is not None and row[5] != me.id:
            raise FieldOpsError(ErrorCode.NOT_PERMITTED)
        uow.conn.execute(update(OutboxOp).where(col(OutboxOp.op_id) == op_id, col(OutboxOp.state) == "rejected")
                         .values(state="dismissed"))
        detail = _detail(row[4])
        uow.audit(AuditAction.ALTERATION, "outbox", op_id, {
            "state": "dismissed", "entity": row[1], "entity_id": row[2], "op_type": row[3],
            "status": detail.get("status"), "reason": detail.get("reason"), "seen_by": me.id})
        uow.touch("outbox")
        uow.touch("sync")
    return uow.changes


def settle_conflicts(fo: FieldOps, open_op_ids: Iterable[str]) -> Changes:
    """This laptop's changes that met a conflict, whose conflicts are all resolved now (no open conflict on the
    server names their op): state "conflict" → "resolved", audited. `open_op_ids`: the op ids of every open
    conflict the server listed (call it only with a complete list)."""
    fo._ctx.require_user()
    still_open = set(open_op_ids)
    with fo._ctx.write() as uow:
        rows = uow.conn.execute(select(col(OutboxOp.op_id), col(OutboxOp.entity), col(OutboxOp.entity_id))
                                .where(col(OutboxOp.state) == "conflict")).all()
        settled = [r for r in rows if str(r[0]) not in still_open]
        for op_id, entity, entity_id in settled:
            uow.conn.execute(update(OutboxOp).where(col(OutboxOp.op_id) == op_id, col(OutboxOp.state) == "conflict")
                             .values(state="resolved"))
            uow.audit(AuditAction.ALTERATION, "outbox", str(op_id),
                      {"state": "resolved", "entity": entity, "entity_id": entity_id})
        if settled:
            uow.touch("outbox")
            uow.touch("sync")
    return uow.changes


def record_labels(fo: FieldOps, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The records in words (operation number, asset tag, ...) for (entity, entity_id) keys; one query per kind."""
    fo._ctx.require_user()
    by_kind: dict[str, set[str]] = {}
    for entity, entity_id in keys:
        by_kind.setdefault(entity, set()).add(entity_id)
    with fo._ctx.read() as s:
        return _labels_by_kind(s, by_kind)


def local_op_ids(fo: FieldOps, op_ids: Iterable[str]) -> set[str]:
    """Which of `op_ids` were recorded on this laptop (they are in its outbox)."""
    wanted = sorted(set(op_ids))
    if not wanted:
        return set()
    with fo._ctx.read() as s:
        return {str(r[0]) for r in s.execute(select(col(OutboxOp.op_id)).where(col(OutboxOp.op_id).in_(wanted)))}


# ---- helpers -----------------------------------------------------------------------------------------------
def _count_state(s: Session, state: str) -> int:
    return int(s.execute(select(func.count()).select_from(OutboxOp).where(col(OutboxOp.state) == state))
               .scalar_one())


def _labels_by_kind(s: Session, by_kind: dict[str, set[str]]) -> dict[tuple[str, str], str]:
    labels: dict[tuple[str, str], str] = {}
    for entity, ids in by_kind.items():
        for chunk in _chunks(sorted(ids), 500):  # SQLite's bound-parameter limit
            for entity_id, label in _labels(s, entity, chunk):
                if label:
                    labels[(entity, entity_id)] = str(label)
    return labels


def _chunks(values: list[str], size: int) -> Iterable[list[str]]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _labels(s: Session, entity: str, ids: Iterable[str]) -> list[tuple[str, Any]]:
    """(entity_id, label) for one entity kind, in one query; [] for kinds without a cheap label."""
    wanted = list(ids)
    query: Any
    if entity in ("operation", "review_decision"):  # a review decision is keyed by its operation
        query = select(col(Operation.id), col(Operation.number)).where(col(Operation.id).in_(wanted))
    elif entity == "check":
        query = (select(col(Check.id), col(Operation.number))
                 .join(Operation, col(Operation.id) == col(Check.operation_id)).where(col(Check.id).in_(wanted)))
    elif entity == "amendment":  # an amendment is named by the operation it amends
        query = (select(col(Amendment.id), col(Operation.number))
                 .join(Operation, col(Operation.id) == col(Amendment.operation_id))
                 .where(col(Amendment.id).in_(wanted)))
    elif entity == "equipment_item":
        query = select(col(EquipmentItem.id), col(EquipmentItem.asset_tag)).where(col(EquipmentItem.id).in_(wanted))
    elif entity == "kit":
        query = select(col(Kit.id), col(Kit.asset_tag)).where(col(Kit.id).in_(wanted))
    elif entity == "custody_event":
        query = (select(col(CustodyEvent.id), col(EquipmentItem.asset_tag))
                 .join(EquipmentItem, col(EquipmentItem.id) == col(CustodyEvent.item_id))
                 .where(col(CustodyEvent.id).in_(wanted)))
    elif entity == "equipment_incident":
        query = (select(col(EquipmentIncident.id), col(EquipmentItem.asset_tag))
                 .join(EquipmentItem, col(EquipmentItem.id) == col(EquipmentIncident.item_id))
                 .where(col(EquipmentIncident.id).in_(wanted)))
    elif entity == "equipment_reservation":
        query = (select(col(EquipmentReservation.id), col(EquipmentItem.asset_tag))
                 .join(EquipmentItem, col(EquipmentItem.id) == col(EquipmentReservation.item_id))
                 .where(col(EquipmentReservation.id).in_(wanted)))
    elif entity == "user":
        query = select(col(User.id), col(User.full_name)).where(col(User.id).in_(wanted))
    elif entity == "attachment":
        query = select(col(Attachment.id), col(Attachment.filename)).where(col(Attachment.id).in_(wanted))
    else:
        return []
    return [(str(r[0]), r[1]) for r in s.execute(query).all()]


def _detail(last_error: object) -> dict[str, Any]:
    if not last_error:
        return {}
    try:
        value = json.loads(str(last_error))
    except ValueError:
        return {"reason": str(last_error)}
    return value if isinstance(value, dict) else {"reason": str(value)}


def _text(value: object) -> str | None:
    return None if value in (None, "") else str(value)


def _epoch(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(float(value), UTC)
    except (ValueError, OverflowError, OSError):
        return None


def _aware(value: object) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
