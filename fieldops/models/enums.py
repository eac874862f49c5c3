"""Domain vocabularies (stored as their string values). Titles for the UI are in `fieldops.vocab`."""

from enum import StrEnum


class Role(StrEnum):
    OFFICER = "officer"
    EQUIPMENT_MANAGER = "equipment_manager"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


class OperationType(StrEnum):
    TRAFFIC = "traffic_monitoring"
    HUNTER = "hunter_control"
    PUBLIC_ORDER = "public_order"
    OTHER = "other"


class OperationStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"
    VOIDED = "voided"  # an approved void amendment: kept on record, never counted


class CheckKind(StrEnum):
    TRAFFIC = "traffic"
    HUNTER = "hunter"
    OTHER = "other"


class Outcome(StrEnum):
    NO_VIOLATION = "no_violation"
    WARNING = "warning"
    ADMIN_PROTOCOL = "administrative_protocol"
    LICENCE_WITHDRAWN = "licence_withdrawn"
    VEHICLE_DETAINED = "vehicle_detained"
    SEIZED = "seized"
    CRIMINAL_CASE = "criminal_case"
    REFUSED_TEST = "refused_test"


class EquipmentKind(StrEnum):
    NV_BINOCULAR = "nv_binocular"
    THERMAL_IMAGER = "thermal_imager"
    VIDEO_CAMERA = "video_camera"
    IR_ILLUMINATOR = "ir_illuminator"
    BATTERY = "battery"
    CHARGER = "charger"
    CASE = "case"
    MEMORY_CARD = "memory_card"
    TRIPOD = "tripod"


class EquipmentStatus(StrEnum):
    AVAILABLE = "available"
    CHECKED_OUT = "checked_out"
    RESERVED = "reserved"
    MAINTENANCE = "maintenance"
    LOST = "lost"
    RETIRED = "retired"


class CustodyKind(StrEnum):
    CHECK_OUT = "check_out"
    RETURN = "return"
    RESERVE = "reserve"
    MAINTENANCE_IN = "maintenance_in"
    MAINTENANCE_OUT = "maintenance_out"
    LOST = "lost"
    FOUND = "found"
    RETIRE = "retire"


class AuditAction(StrEnum):
    """EU Directive 2016/680 Art. 25 logging categories plus access events."""

    COLLECTION = "collection"
    ALTERATION = "alteration"
    CONSULTATION = "consultation"
    DISCLOSURE = "disclosure"
    ERASURE = "erasure"
    TRANSFER = "transfer"  # a file reached the regional server (committed there): custody goes on there
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
