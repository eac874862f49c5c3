"""Translated names of core vocabularies (roles, statuses, kinds) for display."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldops.models.enums import (
    CheckKind,
    EquipmentKind,
    EquipmentStatus,
    OperationStatus,
    OperationType,
    Outcome,
    Role,
)


def role_name(role: Role | str) -> str:
    return {
        Role.OFFICER: QCoreApplication.translate("vocab", "Patrol officer"),
        Role.EQUIPMENT_MANAGER: QCoreApplication.translate("vocab", "Equipment manager"),
        Role.SUPERVISOR: QCoreApplication.translate("vocab", "Supervisor"),
        Role.ADMINISTRATOR: QCoreApplication.translate("vocab", "Administrator"),
    }.get(Role(role), str(role))


def operation_status(status: str) -> str:
    return {
        OperationStatus.DRAFT: QCoreApplication.translate("vocab", "Draft"),
        OperationStatus.SUBMITTED: QCoreApplication.translate("vocab", "Submitted"),
        OperationStatus.RETURNED: QCoreApplication.translate("vocab", "Returned"),
        OperationStatus.APPROVED: QCoreApplication.translate("vocab", "Approved"),
        OperationStatus.VOIDED: QCoreApplication.translate("vocab", "Voided"),
    }.get(OperationStatus(status), status)


def equipment_status(status: str) -> str:
    return {
        EquipmentStatus.AVAILABLE: QCoreApplication.translate("vocab", "Available"),
        EquipmentStatus.CHECKED_OUT: QCoreApplication.translate("vocab", "Checked out"),
        EquipmentStatus.RESERVED: QCoreApplication.translate("vocab", "Reserved"),
        EquipmentStatus.MAINTENANCE: QCoreApplication.translate("vocab", "In maintenance"),
        EquipmentStatus.LOST: QCoreApplication.translate("vocab", "Lost"),
        EquipmentStatus.RETIRED: QCoreApplication.translate("vocab", "Retired"),
    }.get(EquipmentStatus(status), status)


ROLE_ORDER = (Role.OFFICER, Role.EQUIPMENT_MANAGER, Role.SUPERVISOR, Role.ADMINISTRATOR)


def operation_type(value: str) -> str:
    return {
        OperationType.TRAFFIC: QCoreApplication.translate("vocab", "Traffic monitoring"),
        OperationType.HUNTER: QCoreApplication.translate("vocab", "Hunter control"),
        OperationType.PUBLIC_ORDER: QCoreApplication.translate("vocab", "Public order / event"),
        OperationType.OTHER: QCoreApplication.translate("vocab", "Other operational activity"),
    }.get(OperationType(value), value)


def check_kind(value: str) -> str:
    return {
        CheckKind.TRAFFIC: QCoreApplication.translate("vocab", "Traffic"),
        CheckKind.HUNTER: QCoreApplication.translate("vocab", "Hunter"),
        CheckKind.OTHER: QCoreApplication.translate("vocab", "Other"),
    }.get(CheckKind(value), value)


def outcome_name(value: str) -> str:
    return {
        Outcome.NO_VIOLATION: QCoreApplication.translate("vocab", "No violation"),
        Outcome.WARNING: QCoreApplication.translate("vocab", "Warning"),
        Outcome.ADMIN_PROTOCOL: QCoreApplication.translate("vocab", "Fine / administrative protocol"),
        Outcome.LICENCE_WITHDRAWN: QCoreApplication.translate("vocab", "Licence withdrawn"),
        Outcome.VEHICLE_DETAINED: QCoreApplication.translate("vocab", "Vehicle detained"),
        Outcome.SEIZED: QCoreApplication.translate("vocab", "Weapon / trophy / device seized"),
        Outcome.CRIMINAL_CASE: QCoreApplication.translate("vocab", "Criminal case"),
        Outcome.REFUSED_TEST: QCoreApplication.translate("vocab", "Refused the test"),
    }.get(Outcome(value), value)


def equipment_kind(value: str) -> str:
    names: dict[str, str] = {
        EquipmentKind.NV_BINOCULAR: QCoreApplication.translate("vocab", "Night-vision binocular"),
        EquipmentKind.THERMAL_IMAGER: QCoreApplication.translate("vocab", "Thermal imager"),
        EquipmentKind.VIDEO_CAMERA: QCoreApplication.translate("vocab", "Video camera"),
        EquipmentKind.IR_ILLUMINATOR: QCoreApplication.translate("vocab", "IR illuminator"),
        EquipmentKind.BATTERY: QCoreApplication.translate("vocab", "Battery"),
        EquipmentKind.CHARGER: QCoreApplication.translate("vocab", "Charger"),
        EquipmentKind.CASE: QCoreApplication.translate("vocab", "Case"),
        EquipmentKind.MEMORY_CARD: QCoreApplication.translate("vocab", "Memory card"),
        EquipmentKind.TRIPOD: QCoreApplication.translate("vocab", "Tripod"),
    }
    return names.get(value, value)  # StrEnum keys hash like their values


def flag_decision(value: str) -> str:
    """What the officer decided about a rule-pack flag (`confirmed` or `overridden`)."""
    return {
        "confirmed": QCoreApplication.translate("vocab", "confirmed"),
        "overridden": QCoreApplication.translate("vocab", "overridden"),
    }.get(value, value)


def hunter_position(value: str) -> str:
    return {
        "stand": QCoreApplication.translate("vocab", "from a stand"),
        "on_foot": QCoreApplication.translate("vocab", "on foot"),
        "vehicle": QCoreApplication.translate("vocab", "in a vehicle"),
    }.get(value, value)


def sight(value: str) -> str:
    """Weapon sights of hunter checks (`optical`, `night_vision`, `thermal`, `none`)."""
    return {
        "optical": QCoreApplication.translate("vocab", "optical"),
        "night_vision": QCoreApplication.translate("vocab", "night-vision"),
        "thermal": QCoreApplication.translate("vocab", "thermal"),
        "none": QCoreApplication.translate("vocab", "no sight"),
    }.get(value, value)


def visibility(value: str) -> str:
    """Visibility codes (`good`, `moderate`, `poor`) translated; free text is returned as typed."""
    return {
        "good": QCoreApplication.translate("vocab", "good"),
        "moderate": QCoreApplication.translate("vocab", "moderate"),
        "poor": QCoreApplication.translate("vocab", "poor"),
    }.get(value, value)



OTHER_CATEGORIES = ("public_order", "suspicious_vehicle", "border_area", "assistance", "other")


def other_category(value: str) -> str:
    """Category of an "other" check (the core keeps it as free text; these are the form's choices)."""
    return {
        "public_order": QCoreApplication.translate("vocab", "Public order"),
        "suspicious_vehicle": QCoreApplication.translate("vocab", "Suspicious vehicle"),
        "border_area": QCoreApplication.translate("vocab", "Border area"),
        "assistance": QCoreApplication.translate("vocab", "Assistance"),
        "other": QCoreApplication.translate("vocab", "Other category"),
    }.get(value, value)


def condition_name(value: str) -> str:
    """Condition of an item at check-out or return."""
    return {
        "good": QCoreApplication.translate("vocab", "Good"),
        "worn": QCoreApplication.translate("vocab", "Worn"),
        "damaged": QCoreApplication.translate("vocab", "Damaged"),
        "unusable": QCoreApplication.translate("vocab", "Unusable"),
    }.get(value, value)


def custody_kind(value: str) -> str:
    """A custody event's kind, as a desk log entry."""
    return {
        "check_out": QCoreApplication.translate("vocab", "Checked out"),
        "return": QCoreApplication.translate("vocab", "Returned", "equipment handed back at the desk"),
        "maintenance_in": QCoreApplication.translate("vocab", "Into maintenance"),
        "maintenance_out": QCoreApplication.translate("vocab", "Back from maintenance"),
        "lost": QCoreApplication.translate("vocab", "Marked lost"),
        "found": QCoreApplication.translate("vocab", "Found"),
        "retire": QCoreApplication.translate("vocab", "Retired"),
    }.get(value, value)


def incident_kind(value: str) -> str:
    return {
        "damage": QCoreApplication.translate("vocab", "Damage"),
        "missing": QCoreApplication.translate("vocab", "Missing at return"),
        "lost": QCoreApplication.translate("vocab", "Lost"),
        "double_checkout": QCoreApplication.translate("vocab", "Checked out twice (two laptops)"),
        "checkout_unavailable": QCoreApplication.translate("vocab", "Checked out while unavailable"),
    }.get(value, value)
