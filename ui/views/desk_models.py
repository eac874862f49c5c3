"""Table models of the equipment desk: inventory, incidents, reservations, custody history, item uses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from fieldops.dto import Conflict, CustodyEventDTO, IncidentDTO, ItemDTO, ItemUseDTO, ReservationDTO
from fieldops.i18n import QT_TRANSLATE_NOOP
from ui import theme
from ui.timefmt import short
from ui.vocab import (
    condition_name,
    custody_kind,
    equipment_kind,
    equipment_status,
    incident_kind,
    operation_type,
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class Column(Generic[T]):
    def __init__(self, key: str, title: str, value: Callable[[T], str],
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        self.key, self.title, self.value, self.align = key, title, value, align


class ListModel(QAbstractTableModel, Generic[T]):
    """A table over a list of DTOs; the columns say how to show each field."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("desk", self.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        return self.style(row, column.key, role)

    def style(self, row: T, key: str, role: int) -> Any:
        return None

    def tooltip(self, row: T) -> str | None:
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))


def _due(i: ItemDTO, tz: str) -> str:
    return short(i.due_at, tz) if i.due_at and i.status == "checked_out" else ""


def _service(i: ItemDTO) -> str:
    parts = []
    if i.next_service:
        parts.append(i.next_service.strftime("%d.%m.%Y"))
    if i.service_hours:
        parts.append(f"{i.usage_hours:g}/{i.service_hours:g} h")
    return " · ".join(parts)


def _status_text(i: ItemDTO) -> str:
    text = equipment_status(i.status)
    if i.overdue:
        text = QCoreApplication.translate("desk", "Overdue")
    elif i.status == "available" and i.reserved_now:
        text = equipment_status("reserved")
    if i.open_incidents:
        text += " ⚠"
    return text


class ItemModel(ListModel[ItemDTO]):
    def __init__(self, tz: str, parent: Any = None) -> None:
        self.tz = tz
        super().__init__([
            Column("tag", QT_TRANSLATE_NOOP("desk", "Tag"), lambda i: i.asset_tag),
            Column("name", QT_TRANSLATE_NOOP("desk", "Make and model"), lambda i: i.name),
            Column("kind", QT_TRANSLATE_NOOP("desk", "Kind"), lambda i: equipment_kind(i.kind)),
            Column("status", QT_TRANSLATE_NOOP("desk", "Status"), _status_text),
            Column("holder", QT_TRANSLATE_NOOP("desk", "Holder"), lambda i: i.holder_name or ""),
            Column("due", QT_TRANSLATE_NOOP("desk", "Due back"), lambda i: _due(i, self.tz)),
            Column("location", QT_TRANSLATE_NOOP("desk", "Location"), lambda i: i.location),
            Column("service", QT_TRANSLATE_NOOP("desk", "Service due"), _service),
        ], parent)

    def style(self, row: ItemDTO, key: str, role: int) -> Any:
        t = theme.current()
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue or (key == "status" and row.status in ("lost",)):
                return QColor(t.danger)
            if key == "service" and row.service_due:
                return QColor(t.warning)
            if row.status == "retired":
                return QColor(t.muted)
        if role == Qt.ItemDataRole.FontRole and (row.overdue and key in ("tag", "status", "due")):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def tooltip(self, row: ItemDTO) -> str | None:
        lines = [f"{row.asset_tag} · {row.serial_no}", row.agency_short]
        if row.kit_tag:
            lines.append(QCoreApplication.translate("desk", "Kit %1").replace("%1", row.kit_tag))
        if row.open_incidents:
            lines.append(QCoreApplication.translate("desk", "%1 open incident(s)")
                         .replace("%1", str(row.open_incidents)))
        return "\n".join(lines)


class IncidentModel(ListModel[IncidentDTO]):
    def __init__(self, tz: str, parent: Any = None) -> None:
        super().__init__([
            Column("opened", QT_TRANSLATE_NOOP("desk", "Opened"), lambda r: short(r.opened_at, tz)),
            Column("tag", QT_TRANSLATE_NOOP("desk", "Tag"), lambda r: r.asset_tag),
            Column("kind", QT_TRANSLATE_NOOP("desk", "Incident"), lambda r: incident_kind(r.kind)),
            Column("description", QT_TRANSLATE_NOOP("desk", "Description"), lambda r: r.description),
            Column("by", QT_TRANSLATE_NOOP("desk", "Opened by"), lambda r: r.opened_by or ""),
            Column("resolution", QT_TRANSLATE_NOOP("desk", "Resolution"),
                   lambda r: r.resolution if r.resolved_at else QCoreApplication.translate("desk", "open")),
        ], parent)

    def style(self, row: IncidentDTO, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.resolved_at is None and key in ("kind", "resolution"):
            return QColor(theme.current().danger)
        return None


def conflict_text(c: Conflict, tz: str) -> str:
    """One reservation conflict in words, in the user's language and the agency's time zone."""
    if c.kind == "reserved":
        text = QCoreApplication.translate("desk", "reserved %1 – %2")
        text = text.replace("%1", short(c.start_at, tz)).replace("%2", short(c.end_at, tz))
        return f"{text} ({c.who})" if c.who else text
    if c.kind == "out":
        text = QCoreApplication.translate("desk", "out with %1, due back %2")
        return text.replace("%1", c.who or "?").replace("%2", short(c.end_at, tz))
    return equipment_status(c.kind)


class ReservationModel(ListModel[ReservationDTO]):
    def __init__(self, tz: str, parent: Any = None) -> None:
        super().__init__([
            Column("from", QT_TRANSLATE_NOOP("desk", "From"), lambda r: short(r.start_at, tz)),
            Column("to", QT_TRANSLATE_NOOP("desk", "To"), lambda r: short(r.end_at, tz)),
            Column("tag", QT_TRANSLATE_NOOP("desk", "Tag"), lambda r: r.asset_tag),
            Column("for", QT_TRANSLATE_NOOP("desk", "For"), lambda r: " · ".join(
                x for x in (r.operation_number, r.holder_name, r.note) if x)),
            Column("conflicts", QT_TRANSLATE_NOOP("desk", "Conflicts"), lambda r: "; ".join(conflict_text(c, tz)
                                                                               for c in r.conflicts)),
        ], parent)

    def style(self, row: ReservationDTO, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.conflicts:
            return QColor(theme.current().warning)
        return None


def _event_detail(e: CustodyEventDTO) -> str:
    parts = []
    if e.condition:
        parts.append(condition_name(e.condition))
    if e.battery_pct is not None:
        parts.append(QCoreApplication.translate("desk", "battery %1%").replace("%1", str(e.battery_pct)))
    if e.damage:
        parts.append(e.damage)
    if e.notes:
        parts.append(e.notes)
    if e.photos:
        parts.append(QCoreApplication.translate("desk", "%1 photo(s)").replace("%1", str(e.photos)))
    return " · ".join(parts)


def _acknowledged(e: CustodyEventDTO) -> str:
    return QCoreApplication.translate("desk", "yes") if e.acknowledged else QCoreApplication.translate("desk", "no")


class HistoryModel(ListModel[CustodyEventDTO]):
    def __init__(self, tz: str, parent: Any = None, *, show_tag: bool = False) -> None:
        columns: list[Column[CustodyEventDTO]] = [
            Column("at", QT_TRANSLATE_NOOP("desk", "When"), lambda e: short(e.at, tz)),
            Column("kind", QT_TRANSLATE_NOOP("desk", "Event"), lambda e: custody_kind(e.kind)),
        ]
        if show_tag:
            columns.append(Column("tag", QT_TRANSLATE_NOOP("desk", "Tag"), lambda e: e.asset_tag))
        columns += [
            Column("holder", QT_TRANSLATE_NOOP("desk", "Holder"), lambda e: e.holder_name or ""),
            Column("op", QT_TRANSLATE_NOOP("desk", "Operation"), lambda e: e.operation_number or ""),
            Column("due", QT_TRANSLATE_NOOP("desk", "Due back"), lambda e: short(e.due_at, tz) if e.due_at else ""),
            Column("detail", QT_TRANSLATE_NOOP("desk", "Condition, battery, notes"), _event_detail),
            Column("ack", QT_TRANSLATE_NOOP("desk", "Acknowledged"), _acknowledged),
            Column("actor", QT_TRANSLATE_NOOP("desk", "Desk"), lambda e: e.actor_name or ""),
        ]
        super().__init__(columns, parent)

    def style(self, row: CustodyEventDTO, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and (row.damage or row.kind == "lost"):
            return QColor(theme.current().danger)
        return None


class UseModel(ListModel[ItemUseDTO]):
    def __init__(self, tz: str, parent: Any = None) -> None:
        super().__init__([
            Column("start", QT_TRANSLATE_NOOP("desk", "Start"), lambda u: short(u.start_at, tz)),
            Column("number", QT_TRANSLATE_NOOP("desk", "Operation"), lambda u: u.number or ""),
            Column("type", QT_TRANSLATE_NOOP("desk", "Type"), lambda u: operation_type(u.type)),
            Column("lead", QT_TRANSLATE_NOOP("desk", "Lead"), lambda u: u.lead_name or ""),
            Column("hours", QT_TRANSLATE_NOOP("desk", "Hours"), lambda u: f"{u.hours:g}", Qt.AlignmentFlag.AlignRight),
        ], parent)
