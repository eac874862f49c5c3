from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from fieldops.models.types import UTCDateTime


class Kit(SQLModel, table=True):
    """A set that goes out and comes back together (binocular + 2 batteries + charger + case)."""

    id: str = Field(primary_key=True, max_length=36)
    asset_tag: str = Field(unique=True, max_length=32)
    name: str = Field(max_length=120)
    agency_id: str = Field(foreign_key="agency.id", index=True)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class EquipmentItem(SQLModel, table=True):
    __tablename__ = "equipment_item"
    id: str = Field(primary_key=True, max_length=36)
    asset_tag: str = Field(unique=True, max_length=32)
    serial_no: str = Field(max_length=64)
    kind: str = Field(max_length=32, index=True)
    make: str = Field(max_length=60)
    model: str = Field(max_length=60)
    agency_id: str = Field(foreign_key="agency.id", index=True)
    kit_id: str | None = Field(default=None, foreign_key="kit.id", index=True)
    location: str = Field(default="", max_length=120)
    status: str = Field(default="available", max_length=20, index=True)
    project_funded: bool = False
    usage_hours: float = 0.0
    battery_cycles: int = 0
    next_service: date | None = None
    notes: str = ""
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1
    # Derived from the custody events (fieldops.custody), kept here so the desk never replays the log:
    # the holder(s) of an item that is out, the open check-out event and its due time.
    holder_id: str | None = Field(default=None, max_length=36, index=True)
    out_event_id: str | None = Field(default=None, max_length=36)
    due_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True, index=True))
    service_hours: float | None = None  # service due after this many usage hours (None: by date only)


class CustodyEvent(SQLModel, table=True):
    """Insert-only fact; who holds what is derived from these (SYNC.md conflict policy)."""

    __tablename__ = "custody_event"
    __table_args__ = (Index("ix_custody_event_item_at", "item_id", "at"),
                      Index("ix_custody_event_holder_at", "holder_id", "at"))
    id: str = Field(primary_key=True, max_length=36)
    item_id: str = Field(foreign_key="equipment_item.id")
    kind: str = Field(max_length=20)
    at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    holder_id: str | None = Field(default=None, foreign_key="user.id")
    actor_id: str = Field(foreign_key="user.id")
    due_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    condition: str | None = Field(default=None, max_length=20)
    battery_pct: int | None = None
    operation_id: str | None = Field(default=None, max_length=36, index=True)
    notes: str = ""
    device_id: str = Field(max_length=36)
    batch_id: str | None = Field(default=None, max_length=36, index=True)  # one desk transaction
    kit_id: str | None = Field(default=None, max_length=36)
    acknowledged_by: str | None = Field(default=None, max_length=36)  # holder who confirmed with PIN/password
    damage: str = ""
    reservation_id: str | None = Field(default=None, max_length=36)
    # The recording laptop's hybrid logical clock: facts are folded in causal order, not by wall clocks
    # that may be a day apart (a return recorded after a pulled check-out always sorts after it).
    hlc: str | None = Field(default=None, max_length=64)


class EquipmentIncident(SQLModel, table=True):
    """Damage, missing parts, a lost item or a double check-out: open until resolved with a note."""

    __tablename__ = "equipment_incident"
    id: str = Field(primary_key=True, max_length=36)
    item_id: str = Field(foreign_key="equipment_item.id", index=True)
    kind: str = Field(max_length=20)  # damage | missing | lost | double_checkout
    event_id: str | None = Field(default=None, max_length=36)
    opened_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    opened_by: str | None = Field(default=None, max_length=36)
    description: str = ""
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    resolved_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    resolved_by: str | None = Field(default=None, max_length=36)
    resolution: str = ""
    version: int = 1


class EquipmentReservation(SQLModel, table=True):
    __tablename__ = "equipment_reservation"
    __table_args__ = (Index("ix_equipment_reservation_item_start", "item_id", "start_at"),)
    id: str = Field(primary_key=True, max_length=36)
    item_id: str = Field(foreign_key="equipment_item.id")
    operation_id: str | None = Field(default=None, max_length=36, index=True)
    holder_id: str | None = Field(default=None, max_length=36)
    start_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    end_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    note: str = ""
    created_by: str = Field(max_length=36)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    cancelled_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


class EquipmentShare(SQLModel, table=True):
    """Sharing rule: items of `owner_agency_id` may be checked out to officers of `borrower_agency_id`."""

    __tablename__ = "equipment_share"
    owner_agency_id: str = Field(foreign_key="agency.id", primary_key=True)
    borrower_agency_id: str = Field(foreign_key="agency.id", primary_key=True)
    created_by: str = Field(max_length=36)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
