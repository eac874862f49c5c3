"""Translated names of core vocabularies (roles, statuses, kinds) for display."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldops.models.enums import EquipmentStatus, OperationStatus, Role


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
