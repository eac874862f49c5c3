"""SQLModel tables of the local (laptop) database. Import this package to register every table."""

from sqlmodel import SQLModel

# A naming convention makes Alembic's SQLite batch migrations able to find constraints again.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

from fieldops.models.enums import (  # noqa: E402
    AuditAction,
    CheckKind,
    CustodyKind,
    EquipmentKind,
    EquipmentStatus,
    OperationStatus,
    OperationType,
    Outcome,
    Role,
)
from fieldops.models.equipment import (  # noqa: E402
    CustodyEvent,
    EquipmentIncident,
    EquipmentItem,
    EquipmentReservation,
    EquipmentShare,
    Kit,
)
from fieldops.models.operations import (  # noqa: E402
    Amendment,
    Attachment,
    Check,
    Operation,
    OperationCrew,
    OperationEquipment,
    OpStats,
    ReviewDecision,
)
from fieldops.models.people import Agency, User, UserRole  # noqa: E402
from fieldops.models.system import (  # noqa: E402
    AuditEvent,
    MediaTransfer,
    Meta,
    OutboxOp,
    Setting,
    SyncSeen,
    SyncState,
)

metadata = SQLModel.metadata

__all__ = [
    "Agency",
    "Amendment",
    "Attachment",
    "AuditAction",
    "AuditEvent",
    "Check",
    "CheckKind",
    "CustodyEvent",
    "CustodyKind",
    "EquipmentIncident",
    "EquipmentItem",
    "EquipmentKind",
    "EquipmentReservation",
    "EquipmentShare",
    "EquipmentStatus",
    "Kit",
    "MediaTransfer",
    "Meta",
    "OpStats",
    "Operation",
    "OperationCrew",
    "OperationEquipment",
    "OperationStatus",
    "OperationType",
    "OutboxOp",
    "Outcome",
    "ReviewDecision",
    "Role",
    "Setting",
    "SyncSeen",
    "SyncState",
    "User",
    "UserRole",
    "metadata",
]
