"""Audit log, sync outbox, sync state, settings and workspace meta."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Integer
from sqlmodel import Field, SQLModel

from fieldops.models.types import UTCDateTime


class AuditEvent(SQLModel, table=True):
    """Append-only, hash-chained: hash = sha256(prev_hash | canonical fields)."""

    __tablename__ = "audit_event"
    seq: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    id: str = Field(unique=True, max_length=36)
    at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))
    actor_id: str | None = Field(default=None, max_length=36, index=True)
    device_id: str = Field(max_length=36)
    action: str = Field(max_length=20, index=True)
    entity: str = Field(max_length=32)
    entity_id: str | None = Field(default=None, max_length=36, index=True)
    purpose: str | None = Field(default=None, max_length=500)
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class OutboxOp(SQLModel, table=True):
    """One change waiting to be pushed to the regional server (SYNC.md)."""

    __tablename__ = "outbox"
    seq: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    op_id: str = Field(unique=True, max_length=36)
    entity: str = Field(max_length=32)
    entity_id: str = Field(max_length=36, index=True)
    op_type: str = Field(max_length=32)
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    base_version: int | None = None
    hlc: str = Field(max_length=64)
    state: str = Field(default="pending", max_length=16, index=True)
    attempts: int = 0
    last_error: str | None = None
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    # Who made the change: the sync pushes it under that person's token (the server checks their rights).
    actor_id: str | None = Field(default=None, max_length=36, index=True)


class SyncSeen(SQLModel, table=True):
    """The server version of each record as this laptop last received it: the base of its next edits."""

    __tablename__ = "sync_seen"
    entity: str = Field(primary_key=True, max_length=32)
    id: str = Field(primary_key=True, max_length=80)
    version: int


class MediaTransfer(SQLModel, table=True):
    """One stored file's way to the regional server (per content hash: a file attached twice is sent once).

    state: waiting | committed | failed. `error` is a typed reason (see `fieldops.sync.media`); `pruned_at` is
    when the local copy was removed, never before `committed_at` plus the grace period."""

    __tablename__ = "media_transfer"
    sha256: str = Field(primary_key=True, max_length=64)
    state: str = Field(default="waiting", max_length=16)
    sent: int = 0  # bytes the server holds (its offset at the last answer)
    error: str | None = Field(default=None, max_length=64)
    attempts: int = 0
    updated_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    committed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    pruned_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


class SyncState(SQLModel, table=True):
    __tablename__ = "sync_state"
    key: str = Field(primary_key=True, max_length=64)
    value: str


class Setting(SQLModel, table=True):
    key: str = Field(primary_key=True, max_length=64)
    value: Any = Field(sa_column=Column(JSON, nullable=True))


class Meta(SQLModel, table=True):
    """Workspace facts that must live inside the encrypted file (workspace id, HLC state)."""

    key: str = Field(primary_key=True, max_length=64)
    value: str
