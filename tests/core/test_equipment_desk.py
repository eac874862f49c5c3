"""Equipment desk core: inventory, check-out refusals, returns, incidents, overdue, derived custody state,
double check-outs from two laptops, scanner input, reservations, usage hours and history."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fieldops import custody, scan
from fieldops.app import FieldOps
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.keyslots import FAST_KDF
from fieldops.models.enums import Role
from fieldops.services.desk import ReturnLine
from fieldops.services.equipment import ItemFilter
from tests import factories
from tests.conftest import ADMIN, ADMIN_PASSWORD

PIN = "4711"
T0 = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Desk:
    fo: FieldOps  # the equipment manager's session
    admin: FieldOps
    clock: Clock
    officer: str
    officer2: str
    lt_officer: str

    def item(self, tag: str, kind: str = "nv_binocular", **extra: object) -> str:
        changes = self.fo.equipment.create_item(asset_tag=tag, serial_no=f"SN-{tag}", kind=kind, make="Pulsar",
                                                model="Merger LRF XT50", **extra)
        assert changes.created_id
        return changes.created_id

    def out(self, holder: str, *items: str, pin: str = PIN, **kw: object) -> None:
        self.fo.desk.check_out(holder, list(items), acknowledgement=pin, **kw)  # type: ignore[arg-type]


def _with_pin(admin: FieldOps, user_id: str, pin: str = PIN) -> None:
    session = factories.login(admin, user_id)
    try:
        session.desk.set_desk_pin(pin, factories.PASSWORD)
    finally:
        session.close()


@pytest.fixture
def desk(fo: FieldOps) -> Iterator[Desk]:
    clock = Clock(T0)
    manager = factories.user(fo, Role.EQUIPMENT_MANAGER)
    officer = factories.user(fo, Role.OFFICER, full_name="Ilze Kalniņa")
    officer2 = factories.user(fo, Role.OFFICER, full_name="Māris Ozols")
    lt_officer = factories.user(fo, Role.OFFICER, code="KAVPK", full_name="Tomas Petrauskas")
    for uid in (officer, officer2, lt_officer):
        _with_pin(fo, uid)
    session = FieldOps.open(fo.home, fo.users.get(manager).username, factories.PASSWORD, kdf=FAST_KDF,
                            clock=clock)
    yield Desk(session, fo, clock, officer, officer2, lt_officer)
    session.close()


def _counts(fo: FieldOps) -> dict[str, int]:
    return factories.table_counts(fo, "custody_event", "equipment_incident", "outbox", "audit_event", "attachment")


# ---- inventory ----------------------------------------------------------------------------------------
def test_create_item_validates_and_refuses_duplicates(desk: Desk) -> None:
    iid = desk.item("nv-0001")
    item = desk.fo.equipment.item(iid)
    assert (item.asset_tag, item.status, item.holder_id) == ("NV-0001", "available", None)
    with pytest.raises(FieldOpsError) as err:
        desk.item("NV-0001")
    assert (err.value.code, err.value.field) == (ErrorCode.DUPLICATE, "asset_tag")
    with pytest.raises(FieldOpsError) as err:
        desk.fo.equipment.create_item(asset_tag="NV 2", serial_no="x", kind="nv_binocular", make="a", model="b")
    assert err.value.field == "asset_tag"
    with pytest.raises(FieldOpsError) as err:
        desk.fo.equipment.create_item(asset_tag="NV-2", serial_no="x", kind="telescope", make="a", model="b")
    assert err.value.field == "kind"


def test_update_item_is_versioned(desk: Desk) -> None:
    iid = desk.item("NV-0001")
    desk.fo.equipment.update_item(iid, 1, location="Liepāja, seifs 2", service_hours="250")
    item = desk.fo.equipment.item(iid)
    assert (item.location, item.service_hours, item.version) == ("Liepāja, seifs 2", 250.0, 2)
    with pytest.raises(FieldOpsError) as err:
        desk.fo.equipment.update_item(iid, 1, location="elsewhere")
    assert err.value.code == ErrorCode.STALE
    with pytest.raises(FieldOpsError) as err:
        desk.fo.equipment.update_item(iid, 2, status="available")
    assert err.value.code == ErrorCode.INVALID  # custody status changes only through desk facts


def test_only_equipment_managers_run_the_desk(desk: Desk) -> None:
    iid = desk.item("NV-0001")
    officer = factories.login(desk.admin, desk.officer)
    try:
        with pytest.raises(FieldOpsError) as err:
            officer.desk.check_out(desk.officer, [iid], acknowledgement=PIN)
        assert err.value.code == ErrorCode.NOT_PERMITTED
    finally:
        officer.close()


# ---- check-out ----------------------------------------------------------------------------------------
def test_check_out_records_facts_and_derived_holder(desk: Desk) -> None:
    a, b = desk.item("NV-0001"), desk.item("BA-0001", kind="battery")
    before = _counts(desk.fo)
    desk.out(desk.officer, a, b, battery={a: 95}, condition="good")
    after = _counts(desk.fo)
    assert after["custody_event"] - before["custody_event"] == 2
    assert after["outbox"] - before["outbox"] == 2
    item = desk.fo.equipment.item(a)
    assert (item.status, item.holder_id, item.holder_name) == ("checked_out", desk.officer, "Ilze Kalniņa")
    assert item.due_at is not None and item.due_at > T0
    # Default due: end of shift, 07:00 Riga time the next morning.
    assert item.due_at.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Riga")).hour == 7
    assert {i.id for i in desk.fo.equipment.holdings(desk.officer)} == {a, b}
    events = desk.fo.equipment.history(item_id=a)
    assert [(e.kind, e.battery_pct, e.acknowledged) for e in events] == [("check_out", 95, True)]


def test_check_out_photos_document_the_condition_at_issue(desk: Desk, tmp_path: Path) -> None:
    a, b = desk.item("NV-0001"), desk.item("BA-0001", kind="battery")
    photo = tmp_path / "issue.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"jpeg" * 500)
    desk.fo.desk.check_out(desk.officer, [a, b], acknowledgement=PIN, photos=[photo])
    [first] = desk.fo.equipment.history(item_id=a)
    assert (first.kind, first.photos) == ("check_out", 1)
    [att] = desk.fo.attachments.list("custody_event", first.id)
    assert (att.filename, att.upload_state, att.size) == ("issue.jpg", "waiting", photo.stat().st_size)
    assert desk.fo.media.exists(att.sha256)
    missing, other = tmp_path / "gone.jpg", desk.item("NV-0002")
    with pytest.raises(FieldOpsError) as err:  # a vanished file: nothing is issued
        desk.fo.desk.check_out(desk.officer, [other], acknowledgement=PIN, photos=[missing])
    assert err.value.field == "file"
    assert desk.fo.equipment.item(other).status == "available"


@pytest.mark.parametrize("status", ["checked_out", "maintenance", "lost", "retired"])
def test_check_out_refuses_unavailable_items_and_writes_nothing(desk: Desk, status: str) -> None:
    ok, bad = desk.item("NV-0001"), desk.item("NV-0002")
    if status == "checked_out":
        desk.out(desk.officer2, bad)
    elif status == "maintenance":
        desk.fo.desk.maintenance_in(bad, "lens fogging")
    elif status == "lost":
        desk.fo.desk.mark_lost(bad, "not found after shift")
    else:
        desk.fo.desk.retire(bad, "end of life")
    before = _counts(desk.fo)
    with pytest.raises(FieldOpsError) as err:
        desk.out(desk.officer, ok, bad)
    assert err.value.code == (ErrorCode.ITEM_OUT if status == "checked_out" else ErrorCode.ITEM_UNAVAILABLE)
    assert err.value.params["tag"] == "NV-0002"
    if status == "checked_out":
        assert err.value.params["holder"] == "Māris Ozols"
    else:
        assert err.value.params["status"] == status
    assert _counts(desk.fo) == before
    assert desk.fo.equipment.item(ok).status == "available"


def test_check_out_across_agencies_needs_a_sharing_rule(desk: Desk) -> None:
    iid = desk.item("NV-0001")
    with pytest.raises(FieldOpsError) as err:
        desk.out(desk.lt_officer, iid)
    assert err.value.code == ErrorCode.NOT_SHARED
    assert (err.value.params["owner"], err.value.params["borrower"]) == ("VP Kurzeme", "Klaipėdos AVPK")
    kapk = factories.agency_id(desk.fo, "KAVPK")
    desk.fo.equipment.set_share(kapk, True)
    desk.out(desk.lt_officer, iid)
    assert desk.fo.equipment.item(iid).holder_id == desk.lt_officer


def test_items_of_another_agency_are_not_issued_from_this_desk(desk: Desk) -> None:
    lt_manager = factories.user(desk.admin, Role.EQUIPMENT_MANAGER, code="KAVPK")
    lt = factories.login(desk.admin, lt_manager)
    try:
        lt_item = lt.equipment.create_item(asset_tag="LT-NV-1", serial_no="1", kind="nv_binocular", make="a",
                                           model="b").created_id
    finally:
        lt.close()
    assert lt_item
    with pytest.raises(FieldOpsError) as err:
        desk.out(desk.officer, lt_item)
    assert err.value.code == ErrorCode.OTHER_AGENCY


def test_holder_acknowledgement_is_checked(desk: Desk) -> None:
    iid = desk.item("NV-0001")
    nopin = factories.user(desk.admin, Role.OFFICER, password=None)
    before = _counts(desk.fo)
    for secret, code in (("0000", ErrorCode.ACK_WRONG), ("", ErrorCode.REQUIRED)):
        with pytest.raises(FieldOpsError) as err:
            desk.out(desk.officer, iid, pin=secret)
        assert (err.value.code, err.value.field) == (code, "acknowledgement")
    with pytest.raises(FieldOpsError) as err:
        desk.out(nopin, iid)
    assert err.value.code == ErrorCode.ACK_NOT_SET
    assert _counts(desk.fo) == before
    # An officer who signed in on this laptop may use their password instead of the PIN.
    desk.out(desk.officer, iid, pin=factories.PASSWORD)
    assert desk.fo.equipment.item(iid).status == "checked_out"


def test_desk_pin_rules(desk: Desk) -> None:
    session = factories.login(desk.admin, desk.officer)
    try:
        for pin in ("12", "12a4", "1234567890123"):
            with pytest.raises(FieldOpsError) as err:
                session.desk.set_desk_pin(pin, factories.PASSWORD)
            assert err.value.field == "pin"
        with pytest.raises(FieldOpsError) as err:
            session.desk.set_desk_pin("2468", "wrong-password")
        assert err.value.field == "password"
    finally:
        session.close()


def test_due_time_must_be_ahead(desk: Desk) -> None:
    iid = desk.item("NV-0001")
    with pytest.raises(FieldOpsError) as err:
        desk.out(desk.officer, iid, due_at=T0 - timedelta(minutes=1))
    assert err.value.field == "due_at"


# ---- return, incidents --------------------------------------------------------------------------------
def test_return_with_damage_and_photo_opens_an_incident(desk: Desk, tmp_path: Path) -> None:
    iid = desk.item("NV-0001")
    desk.out(desk.officer, iid)
    photo = tmp_path / "lens.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"jpeg" * 500)
    with pytest.raises(FieldOpsError) as err:  # damaged needs a description
        desk.fo.desk.return_items([ReturnLine(iid, "damaged", 40)], acknowledgement=PIN)
    assert err.value.field == "damage"
    desk.fo.desk.return_items([ReturnLine(iid, "damaged", 40)], acknowledgement=PIN,
                              damage="Scratched objective lens", photos=[photo])
    item = desk.fo.equipment.item(iid)
    assert (item.status, item.holder_id, item.open_incidents) == ("available", None, 1)
    ret = desk.fo.equipment.history(item_id=iid)[0]
    assert (ret.kind, ret.condition, ret.battery_pct, ret.damage, ret.photos, ret.acknowledged) == (
        "return", "damaged", 40, "Scratched objective lens", 1, True)
    [incident] = desk.fo.desk.incidents()
    assert (incident.kind, incident.asset_tag, incident.resolved_at) == ("damage", "NV-0001", None)
    with pytest.raises(FieldOpsError):
        desk.fo.desk.resolve_incident(incident.id, incident.version, "  ")
    desk.fo.desk.resolve_incident(incident.id, incident.version, "Lens replaced by service partner")
    assert desk.fo.desk.incidents() == []
    assert desk.fo.desk.incidents(open_only=False)[0].resolution == "Lens replaced by service partner"


def test_return_of_an_item_not_out_is_refused(desk: Desk) -> None:
    iid = desk.item("NV-0001")
    with pytest.raises(FieldOpsError) as err:
        desk.fo.desk.return_items([ReturnLine(iid)])
    assert (err.value.code, err.value.params["tag"]) == (ErrorCode.ITEM_NOT_OUT, "NV-0001")


def test_kit_returned_incomplete_leaves_the_missing_part_open(desk: Desk) -> None:
    parts = [desk.item("NV-0001"), desk.item("BA-0001", kind="battery"), desk.item("BA-0002", kind="battery"),
             desk.item("CH-0001", kind="charger"), desk.item("CS-0001", kind="case")]
    kit_id = desk.fo.equipment.create_kit("KIT-001", "Merger komplekts", parts).created_id
    assert kit_id
    kit = desk.fo.equipment.kit(kit_id)
    assert kit.items[0].asset_tag == "NV-0001"  # the device first, then accessories
    desk.out(desk.officer, *parts)
    back = [ReturnLine(p, "good") for p in parts if p != parts[2]]
    desk.fo.desk.return_items(back, missing=[parts[2]], acknowledgement=PIN)
    missing = desk.fo.equipment.item(parts[2])
    assert missing.status == "lost" and missing.open_incidents == 1
    assert all(desk.fo.equipment.item(p).status == "available" for p in parts if p != parts[2])
    [incident] = desk.fo.desk.incidents()
    assert (incident.kind, incident.asset_tag, incident.details["holder_id"]) == ("missing", "BA-0002", desk.officer)
    # Found later: available again; the incident stays open until resolved with a note.
    desk.fo.desk.mark_found(parts[2], "Found in the patrol car")
    assert desk.fo.equipment.item(parts[2]).status == "available"
    assert len(desk.fo.desk.incidents()) == 1


def test_overdue_appears_after_the_due_time(desk: Desk) -> None:
    iid = desk.item("NV-0001")
    desk.out(desk.officer, iid, due_at=T0 + timedelta(hours=8))
    assert desk.fo.equipment.overdue() == []
    desk.clock.now = T0 + timedelta(hours=8, minutes=1)
    [late] = desk.fo.equipment.overdue()
    assert (late.asset_tag, late.overdue, late.holder_name) == ("NV-0001", True, "Ilze Kalniņa")
    assert desk.fo.equipment.counts()["overdue"] == 1
    desk.fo.desk.return_items([ReturnLine(iid)], acknowledgement=PIN)
    assert desk.fo.equipment.overdue() == []


def test_lost_item_stays_open_until_resolved(desk: Desk) -> None:
    iid = desk.item("NV-0001")
    desk.out(desk.officer, iid)
    with pytest.raises(FieldOpsError) as err:
        desk.fo.desk.mark_lost(iid, "")
    assert err.value.field == "note"
    desk.fo.desk.mark_lost(iid, "Dropped in the forest near Nīca")
    item = desk.fo.equipment.item(iid)
    assert (item.status, item.holder_id) == ("lost", None)
    [incident] = desk.fo.desk.incidents()
    assert incident.kind == "lost" and incident.details["holder_id"] == desk.officer


def test_maintenance_log_and_service_due(desk: Desk) -> None:
    iid = desk.item("NV-0001", service_hours=10, next_service="2027-01-01")
    officer = factories.login(desk.admin, desk.officer)
    try:
        op = factories.operation(officer)
        officer.operations.set_equipment(op, 1, [iid])
    finally:
        officer.close()
    factories.execute(desk.admin, "UPDATE operation_equipment SET hours = 12.5 WHERE item_id = :i", i=iid)
    item = desk.fo.equipment.item(iid)
    assert item.usage_hours == 12.5 and item.service_due
    assert [i.id for i in desk.fo.equipment.items(ItemFilter(status="service_due"))] == [iid]
    assert [u.operation_id for u in desk.fo.equipment.uses(iid)] == [op]
    desk.fo.desk.maintenance_in(iid, "Annual service")
    with pytest.raises(FieldOpsError):
        desk.out(desk.officer, iid)
    desk.fo.desk.maintenance_out(iid, "Serviced, new O-rings", next_service="2027-11-20", service_hours=300)
    item = desk.fo.equipment.item(iid)
    assert (item.status, item.service_hours, str(item.next_service), item.service_due) == (
        "available", 300.0, "2027-11-20", False)
    assert [e.kind for e in desk.fo.equipment.history(item_id=iid)] == ["maintenance_out", "maintenance_in"]


def test_history_per_officer(desk: Desk) -> None:
    a, b = desk.item("NV-0001"), desk.item("TC-0001", kind="thermal_imager")
    desk.out(desk.officer, a)
    desk.clock.now += timedelta(minutes=5)
    desk.fo.desk.return_items([ReturnLine(a)], acknowledgement=PIN)
    desk.clock.now += timedelta(minutes=5)
    desk.out(desk.officer, b)
    events = desk.fo.equipment.history(holder_id=desk.officer)
    assert [(e.asset_tag, e.kind) for e in events] == [("TC-0001", "check_out"), ("NV-0001", "return"),
                                                       ("NV-0001", "check_out")]


# ---- derived state --------------------------------------------------------------------------------------
def test_derive_is_order_independent_and_flags_double_checkouts() -> None:
    t = T0
    facts = [custody.Fact("1", "check_out", t, "anna"), custody.Fact("2", "check_out", t + timedelta(minutes=1), "ben"),
             custody.Fact("3", "return", t + timedelta(hours=2))]
    state, anomalies = custody.derive(reversed(facts))
    assert state.status == "available"
    assert [(a.kind, a.holders) for a in anomalies] == [("double_checkout", ("anna", "ben"))]
    state, _ = custody.derive(facts[:2])
    assert state.status == "checked_out" and [h.holder_id for h in state.holdings] == ["anna", "ben"]
    state, anomalies = custody.derive([custody.Fact("1", "maintenance_in", t),
                                       custody.Fact("2", "check_out", t + timedelta(minutes=1), "anna")])
    assert anomalies[0].kind == "checkout_unavailable" and state.holder_id == "anna"


def _outbox_facts(fo: FieldOps) -> list[dict[str, object]]:
    rows = factories.rows(fo, "SELECT entity_id, payload FROM outbox WHERE entity = 'custody_event'")
    import json

    return [{"id": eid, **(json.loads(p) if isinstance(p, str) else p)} for eid, p in rows]


def test_double_check_out_from_two_laptops_becomes_an_exception(desk: Desk, tmp_path: Path) -> None:
    iid = desk.item("NV-0001")
    manager = desk.fo.user.username
    desk.fo.close()
    # Laptop B: a copy of the same workspace (as after a sync), then both go offline.
    shutil.copytree(desk.fo.home, tmp_path / "laptop-b")
    a = FieldOps.open(desk.fo.home, manager, factories.PASSWORD, kdf=FAST_KDF, clock=desk.clock)
    b = FieldOps.open(tmp_path / "laptop-b", manager, factories.PASSWORD, kdf=FAST_KDF,
                      clock=lambda: T0 + timedelta(minutes=3))
    try:
        a.desk.check_out(desk.officer, [iid], acknowledgement=PIN)
        b.desk.check_out(desk.officer2, [iid], acknowledgement=PIN)
        from_a, from_b = _outbox_facts(a), _outbox_facts(b)
        a.desk.ingest_facts(from_b)
        b.desk.ingest_facts(from_a)
        b.desk.ingest_facts(from_a)  # delivered twice: applied once
        for laptop in (a, b):
            item = laptop.equipment.item(iid)
            assert (item.status, item.holder_id) == ("checked_out", desk.officer2)  # later fact, nothing erased
            kinds = [(e.kind, e.holder_name) for e in laptop.equipment.history(item_id=iid)]
            assert kinds == [("check_out", "Māris Ozols"), ("check_out", "Ilze Kalniņa")]
            [incident] = laptop.desk.incidents()
            assert (incident.kind, incident.description) == ("double_checkout", "Ilze Kalniņa, Māris Ozols")
            assert incident.details["holders"] == [desk.officer, desk.officer2]
        assert a.desk.incidents()[0].id == b.desk.incidents()[0].id  # one exception, not two
        # The manager resolves it by taking the binocular back.
        a.desk.return_items([ReturnLine(iid)])
        assert a.equipment.item(iid).status == "available"
    finally:
        a.close()
        b.close()
    desk.fo = FieldOps.open(desk.fo.home, manager, factories.PASSWORD, kdf=FAST_KDF, clock=desk.clock)


# ---- scanner ---------------------------------------------------------------------------------------------
def test_scan_maps_the_lithuanian_digit_row_back() -> None:
    assert scan.candidates("NV-““ąč\r\n") == ["NV-““ĄČ", "NV-0012"]
    assert scan.candidates("nv-0012") == ["NV-0012"]
    assert scan.candidates("  \t") == []
    assert scan.candidates("B-ĄČĘĖĮŠŲŪ„“") == ["B-ĄČĘĖĮŠŲŪ„“", "B-1234567890"]
    assert scan.looks_remapped("NV-““ąč") and not scan.looks_remapped("NV-0012")


def test_resolve_scan_finds_items_kits_and_badges(desk: Desk) -> None:
    iid = desk.item("NV-0012")
    parts = [desk.item("BA-0001", kind="battery")]
    kit = desk.fo.equipment.create_kit("KIT-007", "Komplekts", parts).created_id
    badge = desk.admin.users.get(desk.officer).badge_no
    assert badge
    r = desk.fo.equipment.resolve_scan("NV-““ąč")
    assert (r.kind, r.id, r.code, r.remapped) == ("item", iid, "NV-0012", True)
    assert desk.fo.equipment.resolve_scan("nv-0012\n").remapped is False
    assert desk.fo.equipment.resolve_scan("KIT-““ų").id == kit
    assert (desk.fo.equipment.resolve_scan(badge.lower()).kind, desk.fo.equipment.resolve_scan(badge).id) == (
        "badge", desk.officer)
    assert desk.fo.equipment.resolve_scan("XX-9999").kind == "unknown"


# ---- reservations ------------------------------------------------------------------------------------------
def test_reservations_show_conflicts(desk: Desk) -> None:
    iid = desk.item("NV-0001")
    officer = factories.login(desk.admin, desk.officer)
    op = factories.operation(officer)
    officer.close()
    start = T0 + timedelta(days=2)
    desk.fo.equipment.reserve(iid, start, start + timedelta(hours=10), operation_id=op, note="Hunter control")
    with pytest.raises(FieldOpsError) as err:
        desk.fo.equipment.reserve(iid, start + timedelta(hours=2), start + timedelta(hours=5))
    assert err.value.code == ErrorCode.RESERVATION_CONFLICT
    desk.fo.equipment.reserve(iid, start + timedelta(hours=2), start + timedelta(hours=5), allow_conflicts=True,
                              note="Second crew")
    listed = desk.fo.equipment.reservations()
    assert len(listed) == 2 and all(r.conflicts for r in listed)
    desk.fo.equipment.cancel_reservation(listed[1].id)
    assert [r.conflicts for r in desk.fo.equipment.reservations()] == [()]
    # A check-out due back after the reservation starts is a conflict too.
    desk.out(desk.officer, iid, due_at=start + timedelta(hours=1))
    conflicts = desk.fo.equipment.reservation_conflicts(iid, start, start + timedelta(hours=3))
    assert [c.kind for c in conflicts] == ["reserved", "out"]
    assert conflicts[1].who == "Ilze Kalniņa" and conflicts[1].end_at == start + timedelta(hours=1)
    with pytest.raises(FieldOpsError) as err:
        desk.fo.equipment.reserve(iid, start + timedelta(hours=5), start + timedelta(hours=1))
    assert err.value.field == "end_at"


def test_admin_password_still_works_for_the_admin(fo: FieldOps) -> None:
    assert FieldOps.open(fo.home, ADMIN, ADMIN_PASSWORD, kdf=FAST_KDF).user.username == ADMIN


def test_a_bad_photo_refuses_the_whole_return(desk: Desk, tmp_path: Path) -> None:
    iid = desk.item("NV-0001")
    desk.out(desk.officer, iid)
    before = _counts(desk.fo)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    for photo in (tmp_path / "vanished.jpg", empty):
        with pytest.raises(FieldOpsError) as err:
            desk.fo.desk.return_items([ReturnLine(iid, "damaged")], acknowledgement=PIN, damage="Cracked",
                                      photos=[photo])
        assert err.value.field == "file"
    assert _counts(desk.fo) == before
    assert desk.fo.equipment.item(iid).status == "checked_out"
