"""The open workspace shared by all services: engine, identity, clock, and the unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, col

from fieldops import audit_chain
from fieldops.changes import ChangeCollector, Changes
from fieldops.dto import UserDTO
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.hlc import HLC
from fieldops.ids import Clock, utcnow, uuid7
from fieldops.keyslots import KeyFile
from fieldops.models import AuditEvent, Meta, OutboxOp
from fieldops.models.enums import AuditAction, Role


@dataclass
class Context:
    home: Path
    engine: Engine
    keyfile: KeyFile
    data_key: bytes = field(repr=False)
    clock: Clock = utcnow
    user: UserDTO | None = None

    @property
    def device_id(self) -> str:
        return self.keyfile.device_id

    def require_user(self) -> UserDTO:
        if self.user is None:
            raise FieldOpsError(ErrorCode.NOT_PERMITTED)
        return self.user

    def require(self, *roles: Role) -> UserDTO:
        """The current user, if they hold any of `roles`; else NOT_PERMITTED."""
        user = self.require_user()
        if roles and not any(user.has_role(r) for r in roles):
            raise FieldOpsError(ErrorCode.NOT_PERMITTED)
        return user

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[UnitOfWork]:
        """One transaction: domain rows + outbox rows + audit rows commit together or not at all."""
        with Session(self.engine, expire_on_commit=False) as session:
            uow = UnitOfWork(self, session)
            try:
                yield uow
                uow.finish()
                session.commit()
            except OperationalError as exc:
                session.rollback()
                if "locked" in str(exc) or "busy" in str(exc):
                    raise FieldOpsError(ErrorCode.STORE_BUSY) from exc
                raise
            except BaseException:
                session.rollback()
                raise


_OUTBOX_INSERT = insert(OutboxOp.__table__)  # type: ignore[attr-defined]
_AUDIT_INSERT = insert(AuditEvent.__table__)  # type: ignore[attr-defined]
_LOAD_HLC = select(col(Meta.value)).where(col(Meta.key) == "hlc")
_LAST_HASH = select(col(AuditEvent.hash)).order_by(text("seq DESC")).limit(1)
_HLC_UPSERT = sqlite_insert(Meta.__table__).on_conflict_do_update(  # type: ignore[attr-defined]
    index_elements=["key"], set_={"value": sqlite_insert(Meta.__table__).excluded.value})  # type: ignore[attr-defined]


class UnitOfWork:
    """Collects the outbox and audit rows of one user action and what it touched (`Changes`)."""

    def __init__(self, ctx: Context, session: Session) -> None:
        self.ctx = ctx
        self.session = session
        self.now = ctx.clock()
        self._collector = ChangeCollector()
        self._hlc: HLC | None = None
        self._prev_hash: str | None = None

    @property
    def actor_id(self) -> str | None:
        return self.ctx.user.id if self.ctx.user else None

    def touch(self, entity: str, entity_id: str | None = None) -> None:
        self._collector.touch(entity, entity_id)

    def created(self, entity_id: str) -> None:
        self._collector.created_id = entity_id

    @property
    def conn(self) -> Connection:
        """The transaction's connection, for Core statements on hot paths (no ORM unit-of-work cost)."""
        return self.session.connection()

    def outbox(self, entity: str, entity_id: str, op_type: str, payload: dict[str, Any],
               base_version: int | None = None) -> str:
        op_id = uuid7()
        self.conn.execute(_OUTBOX_INSERT, {
            "op_id": op_id, "entity": entity, "entity_id": entity_id, "op_type": op_type, "payload": payload,
            "base_version": base_version, "hlc": str(self._next_hlc()), "state": "pending", "attempts": 0,
            "last_error": None, "created_at": self.now, "actor_id": self.actor_id})
        self._collector.outbox_ops += 1
        self.touch(entity, entity_id)
        self.touch("outbox")
        return op_id

    def audit(self, action: AuditAction, entity: str, entity_id: str | None = None,
              details: dict[str, Any] | None = None, purpose: str | None = None) -> None:
        if self._prev_hash is None:
            last = self.conn.execute(_LAST_HASH).scalar()
            self._prev_hash = last or audit_chain.GENESIS
        event: dict[str, Any] = {
            "id": uuid7(), "at": self.now, "actor_id": self.actor_id, "device_id": self.ctx.device_id,
            "action": action.value, "entity": entity, "entity_id": entity_id, "purpose": purpose,
            "details": details or {},
        }
        digest = audit_chain.event_hash(self._prev_hash, event)
        self.conn.execute(_AUDIT_INSERT, {**event, "prev_hash": self._prev_hash, "hash": digest})
        self._prev_hash = digest
        self.touch("audit")

    def stamp(self) -> str:
        """The next HLC of this laptop, for a fact that records it (custody events)."""
        return str(self._next_hlc())

    def _next_hlc(self) -> HLC:
        if self._hlc is None:
            # Read in this transaction (BEGIN IMMEDIATE holds the write lock): another session on this
            # laptop may have advanced the clock; a per-session cache would let it go backwards.
            self._hlc = self._load_hlc()
        self._hlc = self._hlc.tick(int(self.ctx.clock().timestamp() * 1000))  # the device's wall clock
        return self._hlc

    def _load_hlc(self) -> HLC:
        value = self.conn.execute(_LOAD_HLC).scalar()
        tag = self.ctx.device_id.replace("-", "")[-12:]  # the random end of the device's UUIDv7: unique
        clock = HLC.parse(value) if value else HLC(0, 0, tag)
        return clock if clock.device == tag else HLC(clock.ms, clock.counter, tag)

    def finish(self) -> None:
        self.session.flush()
        if self._hlc is not None:
            self.conn.execute(_HLC_UPSERT, {"key": "hlc", "value": str(self._hlc)})


    @property
    def changes(self) -> Changes:
        return self._collector.freeze()
