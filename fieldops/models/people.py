from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column
from sqlmodel import Field, SQLModel

from fieldops.models.types import UTCDateTime


class Agency(SQLModel, table=True):
    id: str = Field(primary_key=True, max_length=36)
    code: str = Field(unique=True, max_length=16)
    name: str = Field(max_length=200)
    short_name: str = Field(max_length=60)
    country: str = Field(max_length=2)  # LV | LT
    timezone: str = Field(max_length=40)  # Europe/Riga | Europe/Vilnius
    report_prefix: str = Field(max_length=8)


class User(SQLModel, table=True):
    id: str = Field(primary_key=True, max_length=36)
    username: str = Field(unique=True, max_length=64)
    full_name: str = Field(max_length=120)
    badge_no: str | None = Field(default=None, max_length=32, index=True)
    agency_id: str = Field(foreign_key="agency.id", index=True)
    active: bool = True
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1
    desk_pin_hash: str | None = Field(default=None, max_length=200)  # Argon2id; acknowledges custody at the desk


class UserRole(SQLModel, table=True):
    __tablename__ = "user_role"
    user_id: str = Field(foreign_key="user.id", primary_key=True)
    role: str = Field(primary_key=True, max_length=32)
