"""Night operations, their crew, equipment used, checks, attachments, review decisions, amendments."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, LargeBinary, text
from sqlmodel import Field, SQLModel

from fieldops.models.types import UTCDateTime


class Operation(SQLModel, table=True):
    __table_args__ = (
        Index("ix_operation_start", "start_at"),
        Index("ix_operation_agency_start", "agency_id", "start_at"),
        Index("ix_operation_status_start", "status", "start_at"),
        Index("ix_operation_type_start", "type", "start_at"),
        Index("ix_operation_type_status_start", "type", "status", "start_at"),
        Index("ix_operation_area_name", "area_name"),
        Index("ix_operation_check_count", "check_count"),
        Index("ix_operation_violation_count", "violation_count"),
        # Covering index of the statistics queries (migration 0008; its check_record indexes are expressions).
        Index("ix_operation_stats", "agency_id", "start_at", "type", "status", "id", "violation_count"),
    )
    id: str = Field(primary_key=True, max_length=36)
    number: str = Field(max_length=32, index=True)  # provisional offline, server-assigned after sync
    agency_id: str = Field(foreign_key="agency.id")
    type: str = Field(max_length=32)
    status: str = Field(default="draft", max_length=16)
    lead_id: str = Field(foreign_key="user.id", index=True)
    vehicle: str = Field(default="", max_length=40)
    area_name: str = Field(default="", max_length=200)
    lat: float | None = None
    lon: float | None = None
    planned_start: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    planned_end: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    actual_start: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    actual_end: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    # start_at / end_at: the actual time, else the planned one; lists sort and filter on start_at.
    start_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    end_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    submitted_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    weather: str = Field(default="", max_length=120)
    visibility: str = Field(default="", max_length=60)
    narrative: str = ""
    check_count: int = 0
    violation_count: int = 0
    created_by: str = Field(foreign_key="user.id")
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1
    approval_hash: str | None = Field(default=None, max_length=64)


class OperationCrew(SQLModel, table=True):
    __tablename__ = "operation_crew"
    operation_id: str = Field(foreign_key="operation.id", primary_key=True)
    user_id: str = Field(foreign_key="user.id", primary_key=True, index=True)
    is_lead: bool = False


class OperationEquipment(SQLModel, table=True):
    __tablename__ = "operation_equipment"
    operation_id: str = Field(foreign_key="operation.id", primary_key=True)
    item_id: str = Field(foreign_key="equipment_item.id", primary_key=True, index=True)
    hours: float = 0.0


class Check(SQLModel, table=True):
    """One stop or control inside an operation; `facts` holds the kind-specific fields (rule-pack input)."""

    __tablename__ = "check_record"
    __table_args__ = (
        Index("ix_check_record_operation_at", "operation_id", "at"),
        # Statistics (migration 0008): the flagged checks with their flags; ix_check_record_stats is an index
        # on expressions over `facts`, which SQLAlchemy cannot declare for reflection, so it lives only there.
        Index("ix_check_record_flags", "operation_id", "voided_at", "flags", sqlite_where=text("flags <> '[]'")),
    )
    id: str = Field(primary_key=True, max_length=36)
    operation_id: str = Field(foreign_key="operation.id")
    kind: str = Field(max_length=16, index=True)
    at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    lat: float | None = None
    lon: float | None = None
    outcome: str = Field(max_length=32)
    violation: bool = False
    facts: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    flags: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    rule_pack: str | None = Field(default=None, max_length=40)
    created_by: str = Field(foreign_key="user.id")
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    version: int = 1
    voided_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    void_reason: str | None = None


class Attachment(SQLModel, table=True):
    id: str = Field(primary_key=True, max_length=36)
    owner_type: str = Field(max_length=20)  # operation | check | custody_event
    owner_id: str = Field(max_length=36, index=True)
    sha256: str = Field(max_length=64, index=True)
    size: int
    mime: str = Field(max_length=100)
    filename: str = Field(max_length=255)
    captured_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    attached_by: str = Field(foreign_key="user.id")
    attached_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    device_id: str = Field(max_length=36)
    upload_state: str = Field(default="waiting", max_length=16)
    thumbnail: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    thumbnail_mime: str | None = Field(default=None, max_length=20)


class ReviewDecision(SQLModel, table=True):
    __tablename__ = "review_decision"
    id: str = Field(primary_key=True, max_length=36)
    operation_id: str = Field(foreign_key="operation.id", index=True)
    decision: str = Field(max_length=16)  # returned | approved
    reviewer_id: str = Field(foreign_key="user.id")
    at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    comments: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    content_hash: str | None = Field(default=None, max_length=64)
    amendment_id: str | None = Field(default=None, max_length=36, index=True)  # None: on the operation itself


class Amendment(SQLModel, table=True):
    """A correction or void of an approved operation, with its own review life (`fieldops.services.amendments`):
    draft → submitted → returned (edited, submitted again) | approved | withdrawn."""

    id: str = Field(primary_key=True, max_length=36)
    operation_id: str = Field(foreign_key="operation.id", index=True)
    kind: str = Field(max_length=16)  # correction | void
    reason: str
    status: str = Field(default="draft", max_length=16)
    # {"fields": {name: corrected value}, "before": {name: value it corrects}, "void_checks": {check id: reason},
    #  "refused_ops": the offline edits the server refused, for a draft made from them}
    changes: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_by: str = Field(foreign_key="user.id")
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    base_hash: str | None = Field(default=None, max_length=64)  # the approval hash it was made against
    result_hash: str | None = Field(default=None, max_length=64)  # the approval hash its approval produced
    submitted_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    updated_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class OpStats(SQLModel, table=True):
    """Running totals per operation status, kept by SQLite triggers on `operation` (migration 0001), so the
    overview costs the same at 1,000,000 operations as at 10 whoever writes the rows (services, demo
    bulk load, sync apply)."""

    __tablename__ = "op_stats"
    status: str = Field(primary_key=True, max_length=16)
    operations: int = 0
    checks: int = 0
    violations: int = 0
