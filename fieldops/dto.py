"""Frozen values the UI receives. Views never see SQLModel rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from fieldops.models.enums import Role


@dataclass(frozen=True)
class AgencyDTO:
    id: str
    code: str
    name: str
    short_name: str
    country: str
    timezone: str
    report_prefix: str


@dataclass(frozen=True)
class UserDTO:
    id: str
    username: str
    full_name: str
    badge_no: str | None
    agency_id: str
    agency_short: str
    roles: frozenset[Role]
    active: bool
    local_login: bool
    version: int

    def has_role(self, role: Role) -> bool:
        return role in self.roles


@dataclass(frozen=True)
class AuditEventDTO:
    seq: int
    at: datetime
    actor: str | None
    action: str
    entity: str
    entity_id: str | None
    purpose: str | None


@dataclass(frozen=True)
class Overview:
    operations_by_status: dict[str, int]
    checks: int
    violations: int
    equipment_by_status: dict[str, int]
    users_active: int
    waiting_changes: int
    last_operation_at: datetime | None
