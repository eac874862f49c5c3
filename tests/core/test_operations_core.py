"""Operations and checks: provisional numbers, counters, validation, locking, HLC order of the outbox."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import Any

import pytest

from fieldops.app import FieldOps
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.hlc import HLC
from tests import factories


def _check(session: FieldOps, op_id: str, **overrides: Any) -> str:
    args: dict[str, Any] = {"kind": "traffic", "at": factories.utc(0.5), "outcome": "no_violation",
                            "facts": {"plate": "KL-1234"}, "lat": 56.345, "lon": 21.064}
    args.update(overrides)
    changes = session.checks.add(op_id, **args)
    assert changes.created_id
    return changes.created_id


def _expect(code: ErrorCode, field: str | None, fn: Any, *args: Any, **kwargs: Any) -> FieldOpsError:
    with pytest.raises(FieldOpsError) as exc:
        fn(*args, **kwargs)
    assert (exc.value.code, exc.value.field) == (code, field)
    return exc.value


def test_officer_creates_an_operation_with_a_provisional_number(fo: FieldOps, officer: FieldOps) -> None:
    first = factories.operation(officer)
    second = factories.operation(officer, type="hunter_control")
    numbers = dict(factories.rows(fo, "SELECT id, number FROM operation"))
    prefix = officer.device_id[-6:].upper()
    assert re.fullmatch(r"[0-9A-F]{6}-\d{5}", str(numbers[first]))
    assert (numbers[first], numbers[second]) == (f"{prefix}-00001", f"{prefix}-00002")

    lead, status, agency, area = factories.rows(
        fo, "SELECT lead_id, status, agency_id, area_name FROM operation WHERE id = :id", id=first)[0]
    assert (lead, status, agency, area) == (officer.user.id, "draft", officer.user.agency_id, "Nīca")
    crew = factories.rows(fo, "SELECT user_id, is_lead FROM operation_crew WHERE operation_id = :id", id=first)
    assert crew == [(officer.user.id, 1)]


def test_checks_update_the_counters_seen_in_the_overview(officer: FieldOps) -> None:
    op_id = factories.operation(officer)
    _check(officer, op_id)
    _check(officer, op_id, outcome="warning")
    _check(officer, op_id, kind="hunter", outcome="seized", facts={"species": "roe_deer"})
    _check(officer, op_id, kind="other", outcome="no_violation",
           facts={"category": "assistance", "text": "Helped a stranded driver"}, lat=None, lon=None)
    other = factories.operation(officer)
    _check(officer, other, outcome="criminal_case")

    ov = officer.overview()
    assert (ov.checks, ov.violations) == (5, 3)
    assert ov.operations_by_status == {"draft": 2}
    counters = dict(factories.rows(officer, "SELECT id, check_count FROM operation"))
    assert counters == {op_id: 4, other: 1}
    assert factories.scalar(officer, "SELECT count(*) FROM check_record WHERE violation") == 3


def test_only_officers_and_supervisors_create_operations(fo: FieldOps) -> None:
    _expect(ErrorCode.NOT_PERMITTED, None, fo.operations.create, type="traffic_monitoring",
            start_at=factories.utc(1))


def test_invalid_type_kind_and_outcome(officer: FieldOps) -> None:
    _expect(ErrorCode.INVALID, "type", officer.operations.create, type="speeding", start_at=factories.utc(1))
    op_id = factories.operation(officer)
    _expect(ErrorCode.INVALID, "kind", _check, officer, op_id, kind="parking")
    _expect(ErrorCode.INVALID, "outcome", _check, officer, op_id, outcome="shrug")
    assert officer.overview().checks == 0


def test_times_without_time_zone_are_invalid(officer: FieldOps) -> None:
    naive = datetime.now() - timedelta(hours=1)  # local time, no tzinfo
    _expect(ErrorCode.INVALID, "start_at", officer.operations.create, type="other", start_at=naive)
    _expect(ErrorCode.INVALID, "end_at", officer.operations.create, type="other", start_at=factories.utc(2),
            end_at=naive)
    op_id = factories.operation(officer)
    _expect(ErrorCode.INVALID, "at", _check, officer, op_id, at=naive)


def test_end_must_be_within_24_hours_after_the_start(officer: FieldOps) -> None:
    start = factories.utc(30)
    for end in (start - timedelta(minutes=1), start + timedelta(hours=24, seconds=1)):
        _expect(ErrorCode.INVALID, "end_at", officer.operations.create, type="other", start_at=start, end_at=end)
    assert officer.operations.count() == 0
    for end in (start, start + timedelta(hours=24)):
        officer.operations.create(type="other", start_at=start, end_at=end)
    assert officer.operations.count() == 2


def test_coordinates_out_of_range(officer: FieldOps) -> None:
    op_id = factories.operation(officer)
    err = _expect(ErrorCode.OUT_OF_RANGE, "lat", _check, officer, op_id, lat=91.0)
    assert (err.params["min"], err.params["max"]) == (-90, 90)
    _expect(ErrorCode.OUT_OF_RANGE, "lon", _check, officer, op_id, lon=-180.5)
    _check(officer, op_id, lat=-90.0, lon=180.0)
    assert officer.overview().checks == 1


def test_check_on_an_unknown_operation_is_not_found(officer: FieldOps) -> None:
    _expect(ErrorCode.NOT_FOUND, None, _check, officer, "no-such-operation")


@pytest.mark.parametrize("status", ["submitted", "approved"])
def test_a_submitted_operation_is_locked(officer: FieldOps, status: str) -> None:
    op_id = factories.operation(officer)
    _check(officer, op_id)
    factories.execute(officer, "UPDATE operation SET status = :s WHERE id = :id", s=status, id=op_id)
    before = factories.table_counts(officer)
    err = _expect(ErrorCode.LOCKED, None, _check, officer, op_id, outcome="warning")
    assert err.params["detail"] == status
    assert factories.table_counts(officer) == before
    assert factories.scalar(officer, "SELECT check_count FROM operation WHERE id = :id", id=op_id) == 1
    ov = officer.overview()
    assert (ov.operations_by_status, ov.checks) == ({status: 1}, 1)


def test_a_returned_operation_is_editable_again(officer: FieldOps) -> None:
    op_id = factories.operation(officer)
    factories.execute(officer, "UPDATE operation SET status = 'returned' WHERE id = :id", id=op_id)
    _check(officer, op_id)
    assert officer.overview().checks == 1


def _hlcs(fo: FieldOps) -> list[str]:
    return [str(h) for (h,) in factories.rows(fo, "SELECT hlc FROM outbox ORDER BY seq")]


def test_outbox_hlc_is_strictly_increasing(fo: FieldOps, officer: FieldOps) -> None:
    for _ in range(3):
        op_id = factories.operation(officer)
        for _ in range(10):
            _check(officer, op_id)
        factories.user(fo)  # another session writing in between
    hlcs = _hlcs(fo)
    assert len(hlcs) >= 3 * 11 + 3
    assert all(a < b for a, b in pairwise(hlcs)), hlcs
    assert {HLC.parse(h).device for h in hlcs} == {fo.device_id.replace("-", "")[-12:]}  # the random end


def test_outbox_hlc_keeps_increasing_when_the_wall_clock_goes_back(officer: FieldOps,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    op_id = factories.operation(officer)
    officer._ctx.clock = lambda: datetime(1970, 1, 12, tzinfo=UTC)  # the device's wall clock went back
    for _ in range(3):
        _check(officer, op_id)
    hlcs = _hlcs(officer)
    assert all(a < b for a, b in pairwise(hlcs)), hlcs
    create, *checks = (HLC.parse(h) for h in hlcs[-4:])
    assert [(c.ms, c.counter) for c in checks] == [(create.ms, create.counter + i) for i in (1, 2, 3)]


def test_outbox_hlc_keeps_increasing_across_sessions_when_the_wall_clock_goes_back(
        fo: FieldOps, officer: FieldOps, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two sessions on one workspace (e.g. the app and the CLI) share one clock: the one in the database."""
    op_id = factories.operation(officer)
    officer._ctx.clock = fo._ctx.clock = lambda: datetime(1970, 1, 12, tzinfo=UTC)
    for _ in range(3):
        _check(officer, op_id)
        factories.user(fo)
    hlcs = _hlcs(fo)
    assert all(a < b for a, b in pairwise(hlcs)), hlcs
