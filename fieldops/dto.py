"""Frozen values the UI receives. Views never see SQLModel rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

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
    actor: str | None  # the actor's full name; None for events without a signed-in user
    action: str
    entity: str
    entity_id: str | None
    purpose: str | None
    # The rest of the record (`AuditService.search`; `recent` fills them too):
    id: str = ""
    actor_id: str | None = None
    actor_agency: str | None = None  # short name of the actor's agency
    device_id: str = ""
    details: dict[str, object] = field(default_factory=dict)
    prev_hash: str = ""
    hash: str = ""


@dataclass(frozen=True)
class Overview:
    operations_by_status: dict[str, int]
    checks: int
    violations: int
    equipment_by_status: dict[str, int]
    users_active: int
    waiting_changes: int
    last_operation_at: datetime | None
    equipment_overdue: int = 0  # checked out past the due time (every agency this laptop holds)


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
    upload_state: str  # waiting | uploaded | remote (synced from another laptop; the file is on the server)
    has_thumbnail: bool
    upload_error: str | None = None  # why the file is not sent yet (fieldops.sync.media.REASONS)
    sent_bytes: int = 0  # bytes the server holds of it (resumes from there)


# ---- equipment desk ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ItemDTO:
    id: str
    asset_tag: str
    serial_no: str
    kind: str
    make: str
    model: str
    agency_id: str
    agency_short: str
    kit_id: str | None
    kit_tag: str | None
    location: str
    status: str  # custody status (available, checked_out, maintenance, lost, retired)
    project_funded: bool
    usage_hours: float  # hours recorded at import + hours of the operations that used the item
    battery_cycles: int
    next_service: date | None
    service_hours: float | None
    notes: str
    holder_id: str | None
    holder_name: str | None
    due_at: datetime | None
    overdue: bool
    service_due: bool
    open_incidents: int
    reserved_now: bool
    version: int

    @property
    def name(self) -> str:
        return f"{self.make} {self.model}".strip()


@dataclass(frozen=True)
class KitDTO:
    id: str
    asset_tag: str
    name: str
    agency_id: str
    items: tuple[ItemDTO, ...]


@dataclass(frozen=True)
class CustodyEventDTO:
    id: str
    item_id: str
    asset_tag: str
    kind: str
    at: datetime
    holder_id: str | None
    holder_name: str | None
    actor_name: str | None
    due_at: datetime | None
    condition: str | None
    battery_pct: int | None
    operation_id: str | None
    operation_number: str | None
    notes: str
    damage: str
    acknowledged: bool
    batch_id: str | None
    kit_id: str | None
    device_id: str
    photos: int


@dataclass(frozen=True)
class ItemUseDTO:
    """An operation during which the item was used (from the operation's equipment list)."""

    operation_id: str
    number: str | None
    type: str
    status: str
    start_at: datetime
    end_at: datetime | None
    hours: float
    lead_name: str | None


@dataclass(frozen=True)
class IncidentDTO:
    id: str
    item_id: str
    asset_tag: str
    kind: str  # damage | missing | lost | double_checkout
    opened_at: datetime
    opened_by: str | None
    description: str
    details: dict[str, object]
    resolved_at: datetime | None
    resolved_by: str | None
    resolution: str
    version: int


@dataclass(frozen=True)
class ReservationDTO:
    id: str
    item_id: str
    asset_tag: str
    operation_id: str | None
    operation_number: str | None
    holder_id: str | None
    holder_name: str | None
    start_at: datetime
    end_at: datetime
    note: str
    cancelled: bool
    conflicts: tuple[Conflict, ...]  # against the other reservations and the item's custody


@dataclass(frozen=True)
class Conflict:
    """Why an item may not be free for a reservation: kind reserved (another reservation: its times and
    who/what for), out (checked out: `who` holds it, due back at `end_at`), maintenance, lost or retired."""

    kind: str
    start_at: datetime | None = None
    end_at: datetime | None = None
    who: str | None = None


@dataclass(frozen=True)
class ScanResult:
    kind: str  # item | kit | badge | unknown
    id: str | None
    code: str  # the reading that matched (or the cleaned input)
    remapped: bool  # the keyboard-layout mapping was needed


# ---- media viewer ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MediaTrailStep:
    """One step of an attachment's chain of custody: an audit event on ("attachment", id). `action` is the
    audit action as stored (collection = attached, consultation = viewed, disclosure = exported, or a later
    one such as "transfer"); `actor` is the person's full name (None if unknown on this laptop)."""

    at: datetime
    action: str
    actor: str | None
    device_id: str
    purpose: str | None
    details: dict[str, object]
