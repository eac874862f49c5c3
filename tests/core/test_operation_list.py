"""The list service's id reads: slices from the driver's cursor, and cancellation of a read no longer wanted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from fieldops.app import FieldOps
from fieldops.progress import Cancelled, CancelToken
from fieldops.services import operation_list
from fieldops.services.operation_list import OperationFilter, Order

NIGHT = datetime(2025, 11, 20, 19, 0, tzinfo=UTC)


def _ops(officer: FieldOps, n: int) -> list[str]:
    ids = []
    for i in range(n):
        created = officer.operations.create(type="traffic_monitoring", start_at=NIGHT - timedelta(hours=i),
                                            area_name=f"Nīca {i}").created_id
        assert created
        ids.append(created)
    return ids


class FlipsOnFirstLook(CancelToken):
    """Not cancelled when the read starts; cancelled the first time SQLite's progress handler looks."""

    def __init__(self) -> None:
        super().__init__()
        self.looks = 0

    @property
    def cancelled(self) -> bool:
        self.looks += 1
        return self.looks > 1


def test_ids_are_read_in_slices_in_order(officer: FieldOps, monkeypatch: pytest.MonkeyPatch) -> None:
    created = _ops(officer, 7)
    monkeypatch.setattr(operation_list, "_ID_SLICE", 2)
    lst = officer.operation_list
    rows = lst.rows(lst.find_ids(OperationFilter(), Order("start_at", True)))
    assert [r.id for r in rows] == created, "newest first, across 4 slices"
    assert lst.find_ids(OperationFilter(), Order(), limit=3) == lst.find_ids(OperationFilter(), Order())[:3]
    assert len(lst.find_ids(OperationFilter(text="nica"), Order(), cancel=CancelToken())) == 7


def test_a_cancelled_token_reads_nothing(officer: FieldOps) -> None:
    _ops(officer, 2)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        officer.operation_list.find_ids(OperationFilter(), Order(), cancel=token)


def test_cancel_interrupts_a_running_read(officer: FieldOps, monkeypatch: pytest.MonkeyPatch) -> None:
    _ops(officer, 20)
    monkeypatch.setattr(operation_list, "_CANCEL_CHECK_OPS", 10)  # look at the token every 10 VM steps
    token = FlipsOnFirstLook()
    with pytest.raises(Cancelled):
        officer.operation_list.find_ids(OperationFilter(), Order("area_name", False), cancel=token)
    assert token.looks >= 2, "SQLite's progress handler asked while the query ran"
    assert len(officer.operation_list.find_ids(OperationFilter(), Order())) == 20, "the connection is usable again"
