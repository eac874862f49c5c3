"""Browsing the audit log: filters, keyset paging, who sees what, the CSV export (with its own DISCLOSURE) and the
chain check as the audit view shows it."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from fieldops import audit_chain
from fieldops.app import FieldOps
from fieldops.context import UnitOfWork
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.keyslots import FAST_KDF
from fieldops.models.enums import AuditAction, Role
from fieldops.services import audit as audit_module
from fieldops.services.audit import CSV_COLUMNS, EXPORT_ENTITY
from tests import factories
from tests.conftest import ADMIN, ADMIN_PASSWORD

PURPOSE = "Court / prosecutor request: 17/2024"
T0 = datetime(2024, 11, 25, 20, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class World:
    admin: FieldOps
    supervisor: FieldOps  # VP Kurzeme, like the administrator and `officer`
    officer: FieldOps  # VP Kurzeme
    lt_officer: FieldOps  # Klaipėdos AVPK
    operation_id: str
    victim_id: str  # a user the administrator altered


@pytest.fixture
def world(fo: FieldOps) -> Iterator[World]:
    """Events of several people of two agencies, made through the real services (each sign-in is an event)."""
    sup_id = factories.user(fo, Role.SUPERVISOR, full_name="Dace Liepa")
    off_id = factories.user(fo, Role.OFFICER, full_name="Inese Kalniņa")
    lt_id = factories.user(fo, Role.OFFICER, code="KAVPK", full_name="Tomas Petrauskas")
    victim = factories.user(fo, Role.OFFICER, password=None)
    fo.users.update(victim, full_name="Renamed Person", agency_id=factories.agency_id(fo), roles=[Role.OFFICER])
    supervisor, officer, lt_officer = (factories.login(fo, uid) for uid in (sup_id, off_id, lt_id))
    op_id = factories.operation(officer)
    officer.audit.record_consultation("operation", op_id)
    lt_officer.audit.record_consultation("operation", "lt-operation-1")
    lt_officer.audit.record_disclosure("operation", "lt-operation-1", "Internal review", {"format": "pdf"})
    fo.audit.record_disclosure("operation", op_id, PURPOSE, {"format": "pdf", "place": "Nīca"})
    supervisor.audit.record_consultation("check", "check-100%_sure")
    yield World(fo, supervisor, officer, lt_officer, op_id, victim)
    for session in (supervisor, officer, lt_officer):
        session.close()


def _seqs(fo: FieldOps, where: str = "1 = 1", **params: object) -> list[int]:
    return [int(r[0]) for r in factories.rows(
        fo, f"SELECT e.seq FROM audit_event e LEFT JOIN user u ON u.id = e.actor_id WHERE {where} "
            "ORDER BY e.seq DESC", **params)]


def _all(fo: FieldOps, **filters: Any) -> list[int]:
    return [e.seq for e in fo.audit.search(limit=1000, **filters)]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for exported files (the workspace lives next to it)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


# ---- filters -------------------------------------------------------------------------------------------------
def test_without_filters_the_administrator_sees_every_event_newest_first(world: World) -> None:
    events = world.admin.audit.search(limit=1000)
    assert [e.seq for e in events] == _seqs(world.admin)
    oldest = events[-1]
    assert (oldest.seq, oldest.action, oldest.entity, oldest.actor, oldest.actor_id) == (
        1, "collection", "workspace", None, None)
    newest = events[0]
    assert (newest.action, newest.entity_id, newest.actor, newest.actor_agency) == (
        "consultation", "check-100%_sure", "Dace Liepa", "VP Kurzeme")
    assert newest.id == factories.scalar(world.admin, "SELECT id FROM audit_event WHERE seq = :s", s=newest.seq)
    assert newest.device_id == factories.scalar(world.admin, "SELECT device_id FROM audit_event LIMIT 1")
    assert len(newest.hash) == 64 and newest.prev_hash == events[1].hash


def test_action_filter(world: World) -> None:
    fo = world.admin
    disclosures = fo.audit.search(actions=[AuditAction.DISCLOSURE])
    assert [e.seq for e in disclosures] == _seqs(fo, "e.action = 'disclosure'")
    assert len(disclosures) == 2 and {e.action for e in disclosures} == {"disclosure"}
    both = _all(fo, actions=["consultation", "login"])
    assert both == _seqs(fo, "e.action IN ('consultation', 'login')")
    assert set(both) > set(_all(fo, actions=["consultation"]))


def test_entity_filter(world: World) -> None:
    fo = world.admin
    events = fo.audit.search(entity="operation")
    assert [e.seq for e in events] == _seqs(fo, "e.entity = 'operation'")
    assert {e.entity for e in events} == {"operation"} and len(events) >= 5


def test_actor_filter(world: World) -> None:
    fo, officer = world.admin, world.officer.user
    events = fo.audit.search(actor_id=officer.id)
    assert [e.seq for e in events] == _seqs(fo, "e.actor_id = :a", a=officer.id)
    assert {(e.actor_id, e.actor) for e in events} == {(officer.id, "Inese Kalniņa")}
    assert {"login", "collection", "consultation"} <= {e.action for e in events}


def test_text_matches_record_id_purpose_and_details(world: World) -> None:
    fo = world.admin
    by_id = fo.audit.search(text="lt-operation")
    assert {e.entity_id for e in by_id} == {"lt-operation-1"} and len(by_id) == 2
    by_purpose = fo.audit.search(text="PROSECUTOR request")  # case-insensitive
    assert [e.purpose for e in by_purpose] == [PURPOSE]
    by_details = fo.audit.search(text="Nīca")  # stored as N\u012bca in the JSON
    assert [e.seq for e in by_details] == [by_purpose[0].seq]
    assert by_details[0].details == {"format": "pdf", "place": "Nīca"}
    assert fo.audit.search(text="nīca") == by_details
    altered = fo.audit.search(text='"full_name"')  # the alteration's details: {"fields": ["full_name"]}
    assert [(e.action, e.entity_id) for e in altered] == [("alteration", world.victim_id)]


def test_text_wildcards_are_literal(world: World) -> None:
    fo = world.admin
    assert [e.entity_id for e in fo.audit.search(text="100%_")] == ["check-100%_sure"]
    assert fo.audit.search(text="1000%") == []
    assert fo.audit.search(text="lt_operation") == []  # "_" is not "any character"
    assert fo.audit.search(text="   ") == fo.audit.search()  # blank: no text filter


def test_date_range_is_start_inclusive_end_exclusive(fo: FieldOps) -> None:
    clock = Clock(T0)
    session = FieldOps.open(fo.home, ADMIN, ADMIN_PASSWORD, kdf=FAST_KDF, clock=clock)
    try:
        for hour in range(5):
            clock.now = T0 + timedelta(hours=hour)
            session.audit.record_consultation("operation", f"op-at-{hour}")
        got = session.audit.search(start=T0 + timedelta(hours=1), end=T0 + timedelta(hours=3))
        assert [e.entity_id for e in got] == ["op-at-2", "op-at-1"]
        later = session.audit.search(start=T0 + timedelta(hours=4))  # the workspace's own events are real-time
        assert "op-at-4" in {e.entity_id for e in later} and "op-at-3" not in {e.entity_id for e in later}
        before = session.audit.search(end=T0 + timedelta(hours=1), text="op-at")
        assert [e.entity_id for e in before] == ["op-at-0"]
    finally:
        session.close()


def test_filters_combine(world: World) -> None:
    fo = world.admin
    got = fo.audit.search(actions=["consultation"], entity="operation", actor_id=world.lt_officer.user.id)
    assert [(e.action, e.entity_id) for e in got] == [("consultation", "lt-operation-1")]


@pytest.mark.parametrize(("filters", "code", "field"), [
    ({"actions": ["peeking"]}, ErrorCode.INVALID, "actions"),
    ({"start": datetime(2024, 1, 1)}, ErrorCode.INVALID, "start"),  # naive on purpose
    ({"end": datetime(2024, 1, 1)}, ErrorCode.INVALID, "end"),
    ({"start": T0, "end": T0}, ErrorCode.INVALID, "end"),
    ({"text": "x" * 201}, ErrorCode.TOO_LONG, "text"),
    ({"limit": 0}, ErrorCode.OUT_OF_RANGE, "limit"),
    ({"limit": 1001}, ErrorCode.OUT_OF_RANGE, "limit"),
])
def test_bad_filters_are_refused(fo: FieldOps, filters: dict[str, Any], code: ErrorCode, field: str) -> None:
    with pytest.raises(FieldOpsError) as exc:
        fo.audit.search(**filters)
    assert (exc.value.code, exc.value.field) == (code, field)


# ---- paging ----------------------------------------------------------------------------------------------------
def test_pages_by_before_seq_are_disjoint_and_cover_everything(world: World) -> None:
    fo = world.admin
    for i in range(25):
        fo.audit.record_consultation("operation", f"paged-{i}")
    pages: list[list[int]] = []
    before = None
    while True:
        page = [e.seq for e in fo.audit.search(limit=7, before_seq=before)]
        if not page:
            break
        assert len(page) <= 7
        pages.append(page)
        before = page[-1]
    flat = [s for p in pages for s in p]
    assert flat == _seqs(fo) and len(set(flat)) == len(flat)
    assert all(len(p) == 7 for p in pages[:-1])


def test_paging_with_a_filter(world: World) -> None:
    fo = world.admin
    for i in range(9):
        fo.audit.record_consultation("operation", f"paged-{i}")
    first = fo.audit.search(text="paged-", limit=5)
    second = fo.audit.search(text="paged-", limit=5, before_seq=first[-1].seq)
    assert [e.entity_id for e in first + second] == [f"paged-{i}" for i in range(8, -1, -1)]


# ---- who sees what -----------------------------------------------------------------------------------------------
def test_a_supervisor_sees_the_events_of_their_agencys_people_only(world: World) -> None:
    fo, sup = world.admin, world.supervisor
    agency = sup.user.agency_id
    seen = _all(sup)
    assert seen == _seqs(fo, "u.agency_id = :a", a=agency)
    assert world.lt_officer.user.id not in {e.actor_id for e in sup.audit.search(limit=1000)}
    assert 1 not in seen  # the workspace's creation has no actor: administrators only
    assert sup.audit.search(actor_id=world.lt_officer.user.id) == []
    assert sup.audit.search(text="lt-operation") == []
    assert {p.id for p in sup.audit.people()} == {
        u.id for u in fo.users.list() if u.agency_id == agency}
    assert world.lt_officer.user.id in {p.id for p in fo.audit.people()}
    assert sup.audit.recent(limit=1000) == sup.audit.search(limit=1000)


@pytest.mark.parametrize("role", [Role.OFFICER, Role.EQUIPMENT_MANAGER])
def test_officers_and_equipment_managers_are_refused(fo: FieldOps, role: Role, out: Path) -> None:
    session = factories.login(fo, factories.user(fo, role))
    try:
        for call in (lambda: session.audit.search(), lambda: session.audit.people(),
                     lambda: session.audit.export_csv(out / "log.csv", PURPOSE)):
            with pytest.raises(FieldOpsError) as exc:
                call()
            assert exc.value.code == ErrorCode.NOT_PERMITTED
        assert not list(out.iterdir())
    finally:
        session.close()


def test_browsing_is_not_logged(world: World) -> None:
    fo = world.admin
    before = factories.scalar(fo, "SELECT count(*) FROM audit_event")
    fo.audit.search(text="x")
    fo.audit.people()
    fo.audit.verify()
    assert factories.scalar(fo, "SELECT count(*) FROM audit_event") == before


# ---- export ------------------------------------------------------------------------------------------------------
def _read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte order mark, for Excel"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh, delimiter=";")
        assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
        return list(reader)


def test_export_writes_every_matching_row_and_records_the_disclosure(world: World, out: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    fo = world.admin
    monkeypatch.setattr(audit_module, "EXPORT_PAGE", 3)  # several pages
    for i in range(10):
        fo.audit.record_consultation("operation", f"exported-{i}")
    expected = _seqs(fo, "e.action = 'consultation'")
    target = out / "audit.csv"
    changes = fo.audit.export_csv(target, f"  {PURPOSE}  ", actions=["consultation"])
    assert changes.concerns("audit")
    rows = _read_csv(target)
    assert [int(r["seq"]) for r in rows] == sorted(expected)  # oldest first, every one of them
    assert {r["action"] for r in rows} == {"consultation"}
    last = rows[-1]
    assert (last["entity_id"], last["actor"], last["actor_agency"]) == ("exported-9", fo.user.full_name,
                                                                       "VP Kurzeme")
    assert last["at_utc"].endswith("Z") and json.loads(last["details"]) == {}
    disclosure = fo.audit.search(actions=["disclosure"], limit=1)[0]
    assert (disclosure.entity, disclosure.entity_id, disclosure.purpose, disclosure.actor_id) == (
        EXPORT_ENTITY, None, PURPOSE, fo.user.id)
    assert disclosure.details == {"format": "csv", "rows": len(expected), "to": str(target),
                                  "filters": {"actions": ["consultation"]}}
    assert disclosure.seq > max(expected) and str(disclosure.seq) not in {r["seq"] for r in rows}
    assert [p.name for p in out.iterdir()] == ["audit.csv"]  # no temp file left
    assert fo.audit.verify().ok


def test_an_unfiltered_export_reverifies_offline(world: World, out: Path) -> None:
    fo = world.admin
    target = out / "all.csv"
    fo.audit.export_csv(target, PURPOSE)
    rows = _read_csv(target)
    assert len(rows) == factories.scalar(fo, "SELECT count(*) FROM audit_event") - 1  # not its own event

    def event(r: dict[str, str]) -> dict[str, Any]:
        return {"seq": int(r["seq"]), "id": r["event_id"], "at": datetime.fromisoformat(r["at_utc"]),
                "actor_id": r["actor_id"] or None, "device_id": r["device_id"], "action": r["action"],
                "entity": r["entity"], "entity_id": r["entity_id"] or None, "purpose": r["purpose"] or None,
                "details": json.loads(r["details"]), "prev_hash": r["prev_hash"], "hash": r["hash"]}

    report = audit_chain.verify(event(r) for r in rows)
    assert report.ok and report.checked == len(rows)


def test_export_as_a_supervisor_is_scoped(world: World, out: Path) -> None:
    sup = world.supervisor
    expected = sorted(_seqs(world.admin, "u.agency_id = :a", a=sup.user.agency_id))
    target = out / "sup.csv"
    sup.audit.export_csv(target, PURPOSE)
    rows = _read_csv(target)
    assert [int(r["seq"]) for r in rows] == expected
    assert {r["actor_agency"] for r in rows} == {"VP Kurzeme"}


def test_export_neutralises_formulas(fo: FieldOps, out: Path) -> None:
    fo.audit.record_disclosure("operation", "=HYPERLINK(1)", "=cmd|' /C calc'!A0", {"note": "=1+1"})
    target = out / "f.csv"
    fo.audit.export_csv(target, PURPOSE, actions=["disclosure"])
    row = _read_csv(target)[0]
    assert (row["entity_id"], row["purpose"]) == ("'=HYPERLINK(1)", "'=cmd|' /C calc'!A0")
    assert row["details"] == '{"note":"=1+1"}'  # JSON starts with "{"


@pytest.mark.parametrize("purpose", ["", "   "])
def test_export_needs_a_purpose(fo: FieldOps, out: Path, purpose: str) -> None:
    before = factories.scalar(fo, "SELECT count(*) FROM audit_event")
    with pytest.raises(FieldOpsError) as exc:
        fo.audit.export_csv(out / "x.csv", purpose)
    assert (exc.value.code, exc.value.field) == (ErrorCode.REQUIRED, "purpose")
    assert not list(out.iterdir())
    assert factories.scalar(fo, "SELECT count(*) FROM audit_event") == before


def test_export_target_errors(fo: FieldOps, out: Path) -> None:
    for target, detail in ((out, "a folder"), (out / "missing" / "x.csv", "folder not found")):
        with pytest.raises(FieldOpsError) as exc:
            fo.audit.export_csv(target, PURPOSE)
        assert (exc.value.code, exc.value.field, exc.value.params.get("detail")) == (
            ErrorCode.TARGET_UNWRITABLE, "target", detail)
    with pytest.raises(FieldOpsError) as bad:
        fo.audit.export_csv(out / "x.csv", PURPOSE, actions=["peeking"])
    assert (bad.value.code, bad.value.field) == (ErrorCode.INVALID, "actions")
    assert not list(out.iterdir())
    assert not fo.audit.search(actions=["disclosure"])


def test_a_failing_audit_write_leaves_no_file(fo: FieldOps, out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = factories.scalar(fo, "SELECT count(*) FROM audit_event")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("the audit table cannot be written")

    monkeypatch.setattr(UnitOfWork, "audit", broken)
    with pytest.raises(OSError, match="audit table"):
        fo.audit.export_csv(out / "audit.csv", PURPOSE)
    assert not list(out.iterdir()), "neither the file nor its temp file"
    monkeypatch.undo()
    assert factories.scalar(fo, "SELECT count(*) FROM audit_event") == before


def test_a_failing_commit_after_the_rename_removes_the_file(fo: FieldOps, out: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    before = factories.scalar(fo, "SELECT count(*) FROM audit_event")

    def broken(_self: UnitOfWork) -> None:
        raise OSError("disk I/O error at commit")

    monkeypatch.setattr(UnitOfWork, "finish", broken)
    with pytest.raises(OSError, match="commit"):
        fo.audit.export_csv(out / "audit.csv", PURPOSE)
    assert not list(out.iterdir())
    monkeypatch.undo()
    assert factories.scalar(fo, "SELECT count(*) FROM audit_event") == before


def test_a_full_disk_is_a_typed_error(fo: FieldOps, out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    def full(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(audit_module.os, "fsync", full)
    with pytest.raises(FieldOpsError) as exc:
        fo.audit.export_csv(out / "audit.csv", PURPOSE)
    assert (exc.value.code, exc.value.field) == (ErrorCode.DISK_FULL, "target")
    assert not list(out.iterdir())


# ---- the chain check ---------------------------------------------------------------------------------------------
def test_verify_reports_the_tampered_event(world: World) -> None:
    fo = world.admin
    intact = fo.audit.verify()
    total = factories.scalar(fo, "SELECT count(*) FROM audit_event")
    assert (intact.ok, intact.checked, intact.first_broken_seq, intact.reason) == (True, total, None, None)
    victim = fo.audit.search(text="lt-operation", actions=["consultation"])[0].seq
    factories.execute(fo, "UPDATE audit_event SET details = :d WHERE seq = :s", d='{"forged":true}', s=victim)
    report = fo.audit.verify()
    assert (report.ok, report.first_broken_seq, report.reason, report.checked) == (False, victim, "hash", victim - 1)
    shown = fo.audit.search(before_seq=victim + 1, limit=1)[0]
    assert (shown.seq, shown.details) == (victim, {"forged": True})  # the view shows what is stored now
