"""Operations: editing, crew, equipment, submit with missing fields, review locks, checks judged by the
rule packs (confirm / override), voiding, and the list service's SQL filters and sorting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from fieldops.app import FieldOps
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models.enums import Role
from fieldops.services.operation_list import OperationFilter, Order
from tests import factories

NIGHT = datetime(2025, 11, 20, 19, 0, tzinfo=UTC)


def _complete(fo: FieldOps, op_id: str, **extra: object) -> None:
    d = fo.operations.get(op_id)
    fields = {"area_name": "Nīca", "lat": 56.345, "lon": 21.064, "actual_start": NIGHT,
              "actual_end": NIGHT + timedelta(hours=7), "narrative": "Satiksmes kontrole.", **extra}
    fo.operations.update(op_id, d.version, **fields)


def _op(fo: FieldOps, type: str = "traffic_monitoring") -> str:
    op_id = fo.operations.create(type=type, start_at=NIGHT, actual=True).created_id
    assert op_id
    return op_id


def _raises(code: ErrorCode, field: str | None, fn: object, *args: object, **kwargs: object) -> FieldOpsError:
    with pytest.raises(FieldOpsError) as exc:
        fn(*args, **kwargs)  # type: ignore[operator]
    assert exc.value.code == code
    if field is not None:
        assert exc.value.field == field
    return exc.value


def test_update_changes_fields_bumps_version_and_writes_one_outbox_row(officer: FieldOps) -> None:
    op_id = _op(officer)
    before = officer.overview().waiting_changes
    _complete(officer, op_id, vehicle="VP-231", weather="skaidrs")
    d = officer.operations.get(op_id)
    assert (d.area_name, d.lat, d.vehicle, d.version) == ("Nīca", 56.345, "VP-231", 2)
    assert d.actual_end == NIGHT + timedelta(hours=7)
    assert officer.overview().waiting_changes == before + 1


def test_stale_version_is_refused_and_nothing_changes(officer: FieldOps) -> None:
    op_id = _op(officer)
    officer.operations.update(op_id, 1, area_name="First")
    _raises(ErrorCode.STALE, None, officer.operations.update, op_id, 1, area_name="Second")
    assert officer.operations.get(op_id).area_name == "First"


@pytest.mark.parametrize(("fields", "field"), [
    ({"actual_end": NIGHT - timedelta(minutes=1)}, "actual_end"),
    ({"actual_end": NIGHT + timedelta(hours=25)}, "actual_end"),
    ({"lat": 91.0, "lon": 21.0}, "lat"),
    ({"lat": 56.0}, "position"),
    ({"type": "speeding_party"}, "type"),
    ({"narrative": "x" * 20_001}, "narrative"),
    ({"actual_start": datetime(2025, 11, 20, 19, 0)}, "actual_start"),
    ({"owner": "someone"}, "owner"),
])
def test_bad_fields_get_a_field_error_and_nothing_is_saved(officer: FieldOps, fields: dict[str, object],
                                                           field: str) -> None:
    op_id = _op(officer)
    _raises(ErrorCode.INVALID if field not in ("lat", "narrative") else
            ErrorCode.OUT_OF_RANGE if field == "lat" else ErrorCode.TOO_LONG, field,
            officer.operations.update, op_id, 1, **fields)
    assert officer.operations.get(op_id).version == 1


def test_submit_lists_every_missing_field_then_locks_for_the_author(officer: FieldOps) -> None:
    op_id = _op(officer)
    error = _raises(ErrorCode.INCOMPLETE, "area_name", officer.operations.submit, op_id)
    assert error.params["missing"] == ["area_name", "position", "actual_end", "narrative"]
    _complete(officer, op_id)
    officer.operations.submit(op_id)
    d = officer.operations.get(op_id)
    assert d.status == "submitted" and not d.editable and d.submitted_at is not None
    _raises(ErrorCode.LOCKED, None, officer.operations.update, op_id, d.version, area_name="Later")
    _raises(ErrorCode.LOCKED, None, officer.checks.add, op_id, kind="other", at=NIGHT, outcome="no_violation",
            facts={"category": "assistance"})


def test_return_makes_it_editable_again_and_approval_locks_with_a_content_hash(fo: FieldOps,
                                                                             officer: FieldOps) -> None:
    op_id = _op(officer)
    _complete(officer, op_id)
    officer.operations.submit(op_id)
    supervisor = factories.login(fo, factories.user(fo, Role.SUPERVISOR))
    try:
        _raises(ErrorCode.REQUIRED, "comment", supervisor.reviews.return_for_correction, op_id, "  ")
        supervisor.reviews.return_for_correction(op_id, "Add the vehicle number.")
        d = officer.operations.get(op_id)
        assert d.status == "returned" and d.editable
        assert d.review_comments[-1][2] == "Add the vehicle number."
        officer.operations.update(op_id, d.version, vehicle="VP-231")
        officer.operations.submit(op_id)
        supervisor.reviews.approve(op_id)
        approved = officer.operations.get(op_id)
        assert approved.status == "approved" and not approved.editable
        assert len(factories.scalar(fo, "SELECT approval_hash FROM operation WHERE id = :i", i=op_id)) == 64
        _raises(ErrorCode.LOCKED, None, supervisor.reviews.approve, op_id)
    finally:
        supervisor.close()


def test_nobody_reviews_an_operation_they_took_part_in(fo: FieldOps) -> None:
    lead = factories.login(fo, factories.user(fo, Role.OFFICER, Role.SUPERVISOR))
    try:
        op_id = _op(lead)
        _complete(lead, op_id)
        lead.operations.submit(op_id)
        _raises(ErrorCode.SELF_REVIEW, None, lead.reviews.approve, op_id)
    finally:
        lead.close()


def test_officers_cannot_review_and_other_agencies_cannot_either(fo: FieldOps, officer: FieldOps) -> None:
    op_id = _op(officer)
    _complete(officer, op_id)
    officer.operations.submit(op_id)
    _raises(ErrorCode.NOT_PERMITTED, None, officer.reviews.approve, op_id)
    lithuanian = factories.login(fo, factories.user(fo, Role.SUPERVISOR, code="KAVPK"))
    try:
        _raises(ErrorCode.NOT_PERMITTED, None, lithuanian.reviews.approve, op_id)
    finally:
        lithuanian.close()


def test_crew_changes_keep_the_lead_and_refuse_unknown_people(fo: FieldOps, officer: FieldOps) -> None:
    op_id = _op(officer)
    colleague = factories.user(fo, Role.OFFICER, password=None)
    officer.operations.update(op_id, 1, crew=[colleague])
    d = officer.operations.get(op_id)
    assert {c.user.id for c in d.crew} == {officer.user.id, colleague}
    assert [c.is_lead for c in d.crew if c.user.id == officer.user.id] == [True]
    _raises(ErrorCode.NOT_FOUND, "crew", officer.operations.update, op_id, d.version, crew=["nobody"])


def test_equipment_used_gets_the_shift_hours(officer: FieldOps) -> None:
    op_id = _op(officer)
    _complete(officer, op_id)
    choices = officer.operations.equipment_choices(op_id)
    assert choices == []  # the template workspace has no inventory
    version = officer.operations.get(op_id).version
    _raises(ErrorCode.NOT_FOUND, "equipment", officer.operations.set_equipment, op_id, version, ["missing-item"])
    _raises(ErrorCode.NOT_FOUND, "equipment", officer.operations.update, op_id, version, narrative="kept?",
            equipment=["missing-item"])
    assert officer.operations.get(op_id).narrative == "Satiksmes kontrole.", "nothing of a failed save is kept"
    _raises(ErrorCode.STALE, None, officer.operations.set_equipment, op_id, version - 1, [])


# ---- checks and rule packs ------------------------------------------------------------------------------------
def test_a_confirmed_violation_cannot_be_logged_as_no_violation(officer: FieldOps) -> None:
    op_id = _op(officer)
    facts = {"plate": "AB-1234", "driver_category": "novice", "alcohol_permille": [0.3]}
    error = _raises(ErrorCode.FLAG_UNRESOLVED, "outcome", officer.checks.add, op_id, kind="traffic", at=NIGHT,
                    outcome="no_violation", facts=facts)
    assert "alcohol_over_limit" in error.params["codes"]
    assert officer.checks.list(op_id) == []
    officer.checks.add(op_id, kind="traffic", at=NIGHT, outcome="administrative_protocol", facts=facts)
    check = officer.checks.list(op_id)[0]
    assert check.violation and check.rule_pack and check.rule_pack.startswith("lv-")
    assert [(f["code"], f["decision"]) for f in check.flags] == [("alcohol_over_limit", "confirmed")]


def test_an_override_needs_a_reason_and_is_kept_with_the_check(officer: FieldOps) -> None:
    op_id = _op(officer)
    facts = {"plate": "AB-1234", "driver_category": "novice", "alcohol_permille": [0.3]}
    _raises(ErrorCode.REQUIRED, "override:alcohol_over_limit", officer.checks.add, op_id, kind="traffic", at=NIGHT,
            outcome="no_violation", facts=facts, overrides={"alcohol_over_limit": " "})
    _raises(ErrorCode.INVALID, "overrides", officer.checks.add, op_id, kind="traffic", at=NIGHT,
            outcome="no_violation", facts=facts, overrides={"speeding": "x"})
    officer.checks.add(op_id, kind="traffic", at=NIGHT, outcome="no_violation", facts=facts,
                       overrides={"alcohol_over_limit": "Device fault; blood test negative"})
    flag = officer.checks.list(op_id)[0].flags[0]
    assert (flag["decision"], flag["reason"]) == ("overridden", "Device fault; blood test negative")
    assert officer.operations.get(op_id).violation_count == 0


@pytest.mark.parametrize(("facts", "field", "code"), [
    ({"alcohol_permille": [5.2]}, "alcohol_permille", ErrorCode.OUT_OF_RANGE),
    ({"alcohol_permille": [-0.1]}, "alcohol_permille", ErrorCode.OUT_OF_RANGE),
    ({"speed_measured": 400}, "speed_measured", ErrorCode.OUT_OF_RANGE),
    ({"driver_category": "astronaut"}, "driver_category", ErrorCode.INVALID),
])
def test_impossible_traffic_facts_are_refused(officer: FieldOps, facts: dict[str, object], field: str,
                                              code: ErrorCode) -> None:
    op_id = _op(officer)
    _raises(code, field, officer.checks.add, op_id, kind="traffic", at=NIGHT, outcome="warning", facts=facts)
    assert officer.operations.get(op_id).check_count == 0


def test_unknown_species_is_refused(officer: FieldOps) -> None:
    op_id = _op(officer, "hunter_control")
    _raises(ErrorCode.INVALID, "species", officer.checks.add, op_id, kind="hunter", at=NIGHT, outcome="warning",
            facts={"species": "unicorn"})


def test_update_rejudges_and_void_removes_from_the_counters(officer: FieldOps) -> None:
    op_id = _op(officer)
    officer.checks.add(op_id, kind="traffic", at=NIGHT, outcome="no_violation",
                       facts={"plate": "AB-1234", "alcohol_permille": [0.0]})
    check = officer.checks.list(op_id)[0]
    officer.checks.update(check.id, check.version, at=NIGHT, outcome="administrative_protocol",
                          facts={"plate": "AB-1234", "alcohol_permille": [0.7]})
    d = officer.operations.get(op_id)
    assert (d.check_count, d.violation_count) == (1, 1)
    _raises(ErrorCode.STALE, None, officer.checks.update, check.id, check.version, at=NIGHT, outcome="warning")
    _raises(ErrorCode.REQUIRED, "reason", officer.checks.void, check.id, "")
    officer.checks.void(check.id, "Logged twice")
    d = officer.operations.get(op_id)
    assert (d.check_count, d.violation_count) == (0, 0)
    assert officer.checks.list(op_id) == [] and len(officer.checks.list(op_id, include_voided=True)) == 1


def test_opening_an_operation_is_recorded_as_a_consultation(officer: FieldOps) -> None:
    op_id = _op(officer)
    officer.operations.get(op_id, record_view=True)
    actions = factories.rows(officer, "SELECT action FROM audit_event WHERE entity_id = :i ORDER BY seq", i=op_id)
    assert actions[-1][0] == "consultation"


def test_my_open_operation_is_tonights_draft(officer: FieldOps) -> None:
    assert officer.operations.my_open_operation() is None
    op_id = officer.operations.create(type="traffic_monitoring", start_at=datetime.now(UTC) - timedelta(hours=1),
                                      actual=True).created_id
    mine = officer.operations.my_open_operation()
    assert mine is not None and mine.id == op_id


# ---- the list ----------------------------------------------------------------------------------------------------
def test_list_filters_sorts_and_searches_without_diacritics(fo: FieldOps, officer: FieldOps) -> None:
    a, b, c = _op(officer), _op(officer, "hunter_control"), _op(officer)
    officer.operations.update(a, 1, area_name="Nīca", actual_start=NIGHT - timedelta(days=2))
    officer.operations.update(b, 1, area_name="Šventoji", actual_start=NIGHT - timedelta(days=1))
    officer.operations.update(c, 1, area_name="Rucava")
    lst = officer.operation_list
    everything = lst.find_ids(OperationFilter(), Order("start_at", True))
    rows = lst.rows(everything)
    assert [r.id for r in rows] == [c, b, a]
    assert [r.id for r in lst.rows(lst.find_ids(OperationFilter(text="nica"), Order()))] == [a]
    assert [r.id for r in lst.rows(lst.find_ids(OperationFilter(text="sventoji"), Order()))] == [b]
    assert [r.id for r in lst.rows(lst.find_ids(OperationFilter(types=("hunter_control",)), Order()))] == [b]
    assert [r.area_name for r in lst.rows(lst.find_ids(OperationFilter(), Order("area_name", False)))] == [
        "Nīca", "Rucava", "Šventoji"]
    window = OperationFilter(start_from=NIGHT - timedelta(days=1, hours=1), start_to=NIGHT + timedelta(hours=1))
    assert {r.id for r in lst.rows(lst.find_ids(window, Order()))} == {b, c}
    assert lst.count(OperationFilter(crew_member_id=officer.user.id)) == 3
    assert lst.count(OperationFilter(crew_member_id=fo.user.id)) == 0
    assert len(lst.find_ids(OperationFilter(), Order(), limit=2)) == 2
    _raises(ErrorCode.INVALID, "order", lst.find_ids, OperationFilter(), Order("password"))
    _raises(ErrorCode.INVALID, "text", lst.find_ids, OperationFilter(text='"*'), Order())


def test_equipment_saved_with_the_fields_in_one_transaction_gets_the_shift_hours(fo: FieldOps,
                                                                                officer: FieldOps) -> None:
    stamp = "2025-11-01 00:00:00"
    factories.execute(fo, "INSERT INTO equipment_item (id, asset_tag, serial_no, kind, make, model, agency_id, "
                          "location, status, project_funded, usage_hours, battery_cycles, notes, created_at, "
                          "updated_at, version) VALUES ('nv1', 'NV-0001', 'S1', 'nv_binocular', 'Pulsar', "
                          "'Merger', :a, '', 'available', 1, 0, 0, '', :t, :t, 1)",
                      a=officer.user.agency_id, t=stamp)
    op_id = _op(officer)
    assert [c[0].asset_tag for c in officer.operations.equipment_choices(op_id)] == ["NV-0001"]
    _complete(officer, op_id)
    d = officer.operations.get(op_id)
    officer.operations.update(op_id, d.version, vehicle="VP-231", equipment=["nv1"])
    d = officer.operations.get(op_id)
    assert d.vehicle == "VP-231" and [(e.asset_tag, e.hours) for e in d.equipment] == [("NV-0001", 7.0)]
    officer.operations.set_equipment(op_id, d.version, [])
    assert officer.operations.get(op_id).equipment == ()
