"""Table model of users for the Admin screen (a small list: rows held in memory, `set_rows()`)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from fieldops.dto import UserDTO
from ui.vocab import ROLE_ORDER, role_name

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    USERNAME = 1
    BADGE = 2
    AGENCY = 3
    ROLES = 4
    LOGIN = 5
    STATUS = 6


def _header(column: Column) -> str:
    return {
        Column.NAME: QCoreApplication.translate("UsersModel", "Name"),
        Column.USERNAME: QCoreApplication.translate("UsersModel", "User name"),
        Column.BADGE: QCoreApplication.translate("UsersModel", "Badge no."),
        Column.AGENCY: QCoreApplication.translate("UsersModel", "Agency"),
        Column.ROLES: QCoreApplication.translate("UsersModel", "Roles"),
        Column.LOGIN: QCoreApplication.translate("UsersModel", "Login on this laptop"),
        Column.STATUS: QCoreApplication.translate("UsersModel", "Status"),
    }[column]


class UsersModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[UserDTO] = []

    def set_rows(self, rows: list[UserDTO]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def user_at(self, row: int) -> UserDTO:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(Column(section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        user = self._rows[index.row()]
        column = Column(index.column())
        if role == ROW_ROLE:
            return user
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._display(user, column, role == SORT_ROLE)
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            from PySide6.QtGui import QColor

            from ui import theme

            return QColor(theme.current().muted)
        return None

    @staticmethod
    def _display(user: UserDTO, column: Column, for_sort: bool) -> Any:
        if column is Column.NAME:
            return user.full_name.casefold() if for_sort else user.full_name
        if column is Column.USERNAME:
            return user.username
        if column is Column.BADGE:
            return user.badge_no or ""
        if column is Column.AGENCY:
            return user.agency_short
        if column is Column.ROLES:
            return ", ".join(role_name(r) for r in ROLE_ORDER if r in user.roles)
        if column is Column.LOGIN:
            return QCoreApplication.translate("UsersModel", "Yes") if user.local_login else "–"
        if user.active:
            return QCoreApplication.translate("UsersModel", "Active")
        return QCoreApplication.translate("UsersModel", "Deactivated")
