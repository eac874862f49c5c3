"""Translated names of core vocabularies (roles, statuses, kinds) for display."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldops.models.enums import EquipmentStatus, OperationStatus, Role


def _t(text: str) -> str:
    return QCoreApplication.translate("vocab", text)


def role_name(role: Role | str) -> str:
    return {
        Role.OFFICER: _t("Patrol officer"),
        Role.EQUIPMENT_MANAGER: _t("Equipment manager"),
        Role.SUPERVISOR: _t("Supervisor"),
        Role.ADMINISTRATOR: _t("Administrator"),
    }.get(Role(role), str(role))


def operation_status(status: str) -> str:
    return {
        OperationStatus.DRAFT: _t("Draft"),
        OperationStatus.SUBMITTED: _t("Submitted"),
        OperationStatus.RETURNED: _t("Returned"),
        OperationStatus.APPROVED: _t("Approved"),
    }.get(OperationStatus(status), status)


def equipment_status(status: str) -> str:
    return {
        EquipmentStatus.AVAILABLE: _t("Available"),
        EquipmentStatus.CHECKED_OUT: _t("Checked out"),
        EquipmentStatus.RESERVED: _t("Reserved"),
        EquipmentStatus.MAINTENANCE: _t("In maintenance"),
        EquipmentStatus.LOST: _t("Lost"),
        EquipmentStatus.RETIRED: _t("Retired"),
    }.get(EquipmentStatus(status), status)


ROLE_ORDER = (Role.OFFICER, Role.EQUIPMENT_MANAGER, Role.SUPERVISOR, Role.ADMINISTRATOR)
