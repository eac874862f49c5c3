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


@dataclass(frozen=True)
class PersonRef:
    id: str
    full_name: str
    badge_no: str | None
    agency_short: str


@dataclass(frozen=True)
class CrewMember:
    user: PersonRef
    is_lead: bool


@dataclass(frozen=True)
class EquipmentUse:
    item_id: str
    asset_tag: str
    name: str  # make and model
    kind: str
    hours: float


@dataclass(frozen=True)
class OperationDetail:
    id: str
    number: str
    type: str
    status: str
    version: int
    agency_id: str
    agency_short: str
    country: str
    timezone: str
    lead_id: str
    crew: tuple[CrewMember, ...]
    equipment: tuple[EquipmentUse, ...]
    vehicle: str
    area_name: str
    lat: float | None
    lon: float | None
    planned_start: datetime | None
    planned_end: datetime | None
    actual_start: datetime | None
    actual_end: datetime | None
    weather: str
    visibility: str
    narrative: str
    check_count: int
    violation_count: int
    created_by: str
    submitted_at: datetime | None
    editable: bool  # by the current user, now
    review_comments: tuple[tuple[datetime, str, str], ...]  # (at, reviewer name, comment) of returns


@dataclass(frozen=True)
class OperationRow:
    """One line of the operations list."""

    rowid: int
    id: str
    number: str
    start_at: datetime
    type: str
    status: str
    agency_short: str
    lead_name: str
    area_name: str
    check_count: int
    violation_count: int


@dataclass(frozen=True)
class CheckDTO:
    id: str
    operation_id: str
    kind: str
    at: datetime
    lat: float | None
    lon: float | None
    outcome: str
    violation: bool
    facts: dict[str, object]
    flags: tuple[dict[str, object], ...]  # code, severity, field, params, decision, reason
    rule_pack: str | None
    version: int
    voided: bool


@dataclass(frozen=True)
class AttachmentDTO:
    """A photo or video attached to an operation or a check (metadata only; bytes via the service)."""

    id: str
    owner_type: str  # operation | check
    owner_id: str
    sha256: str
    size: int
    mime: str
    filename: str
    captured_at: datetime | None
    attached_by_name: str
    attached_at: datetime
    upload_state: str  # waiting | uploaded
    has_thumbnail: bool
