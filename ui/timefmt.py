"""Times between the core (aware UTC) and the screen (the agency's local time: Europe/Riga, Europe/Vilnius)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def to_local(value: datetime, tz: str) -> datetime:
    return value.astimezone(ZoneInfo(tz)).replace(tzinfo=None)


def from_local(naive: datetime, tz: str) -> datetime:
    return naive.replace(tzinfo=ZoneInfo(tz)).astimezone(UTC)


def to_qdatetime(value: datetime, tz: str) -> QDateTime:
    local = to_local(value, tz)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def from_qdatetime(value: QDateTime, tz: str) -> datetime:
    d, t = value.date(), value.time()
    return from_local(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec() * 1000), tz)


def short(value: datetime | None, tz: str) -> str:
    """'25.11. 21:40' style, in the user's locale."""
    if value is None:
        return "–"
    local = to_local(value, tz)
    loc = QLocale()
    return loc.toString(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)),
                        QLocale.FormatType.ShortFormat)


def clock(value: datetime | None, tz: str) -> str:
    return "–" if value is None else to_local(value, tz).strftime("%H:%M")
