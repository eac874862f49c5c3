"""Test data builders over the public façade (never raw rows, so tests exercise the real write path)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count
from typing import Any

from sqlalchemy import text

from fieldops.app import FieldOps
from fieldops.keyslots import FAST_KDF
from fieldops.models.enums import Role

PASSWORD = "patrol-pass-1"
_seq = count(1)


def agency_id(fo: FieldOps, code: str = "VP-KRP") -> str:
    return next(a.id for a in fo.users.agencies() if a.code == code)


def user(fo: FieldOps, *roles: Role, code: str = "VP-KRP", full_name: str | None = None,
         password: str | None = PASSWORD) -> str:
    """Create a user (as the current admin) with a local login; returns the user id."""
    n = next(_seq)
    changes = fo.users.create(username=f"user{n}", full_name=full_name or f"Officer {n}",
                              agency_id=agency_id(fo, code), roles=roles or (Role.OFFICER,),
                              badge_no=f"B{n:05d}", password=password)
    assert changes.created_id
    return changes.created_id


def login(fo: FieldOps, user_id: str, password: str = PASSWORD) -> FieldOps:
    """Open the same workspace as another user."""
    return FieldOps.open(fo.home, fo.users.get(user_id).username, password, kdf=FAST_KDF)


def operation(fo: FieldOps, type: str = "traffic_monitoring", hours_ago: float = 2.0) -> str:
    changes = fo.operations.create(type=type, start_at=datetime.now(UTC) - timedelta(hours=hours_ago),
                                   area_name="Nīca")
    assert changes.created_id
    return changes.created_id


# ---- raw inspection (tests only: read or tamper with rows behind the façade's back) ------------------------
def scalar(fo: FieldOps, sql: str, **params: object) -> Any:
    """One value from a raw SQL query on the open workspace."""
    with fo.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar_one()


def rows(fo: FieldOps, sql: str, **params: object) -> list[tuple[Any, ...]]:
    with fo.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def execute(fo: FieldOps, sql: str, **params: object) -> None:
    """A raw write in its own transaction (e.g. tampering, or a status the services cannot set yet)."""
    with fo.engine.begin() as conn:
        conn.execute(text(sql), params)


def table_counts(fo: FieldOps, *tables: str) -> dict[str, int]:
    """Row counts of `tables` (default: the ones every unit of work can touch)."""
    names = tables or ("user", "user_role", "operation", "check_record", "outbox", "audit_event", "setting")
    return {t: int(scalar(fo, f'SELECT count(*) FROM "{t}"')) for t in names}


def utc(hours_ago: float = 0.0) -> datetime:
    return datetime.now(UTC) - timedelta(hours=hours_ago)
