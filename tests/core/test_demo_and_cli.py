"""Demo workspace builder and the `fieldops` command line (in-process through `cli.main`)."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import Session

from fieldops import cli, custody, demo, paths
from fieldops.app import FieldOps
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.keyslots import FAST_KDF, KeyFile
from fieldops.models import CustodyEvent, EquipmentItem
from fieldops.models.enums import Role
from tests import factories
from tests.conftest import ADMIN, ADMIN_PASSWORD

OPERATIONS, ITEMS = 300, 30


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, demo.DemoResult]:
    home = tmp_path_factory.mktemp("demo") / "d"
    return home, demo.build(home, operations=OPERATIONS, items=ITEMS, kdf=FAST_KDF)


@pytest.fixture
def admin(built: tuple[Path, demo.DemoResult]) -> Iterator[FieldOps]:
    fo = FieldOps.open(built[0], "admin", demo.DEMO_PASSWORD)  # the slots record FAST_KDF themselves
    yield fo
    fo.close()


def _fingerprint(home: Path) -> dict[str, str]:
    return {str(p.relative_to(home)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(home.rglob("*")) if p.is_file()}


def test_demo_counts_match(built: tuple[Path, demo.DemoResult], admin: FieldOps) -> None:
    home, result = built
    assert result.operations == OPERATIONS + len(demo.TONIGHT) * (1 + demo.LAST_NIGHT)  # + tonight, last night
    assert result.items >= ITEMS
    assert not home.with_name(home.name + ".building").exists()

    ov = admin.overview()
    assert sum(ov.operations_by_status.values()) == result.operations == admin.operations.count()
    assert set(ov.operations_by_status) <= {"draft", "submitted", "returned", "approved"}
    assert ov.checks == result.checks == factories.scalar(admin, "SELECT count(*) FROM check_record")
    assert ov.violations == factories.scalar(admin, "SELECT count(*) FROM check_record WHERE violation")
    assert sum(ov.equipment_by_status.values()) == result.items
    assert ov.users_active == result.users == len(admin.users.list())
    mismatched = factories.scalar(admin, "SELECT count(*) FROM operation o WHERE check_count != "
                                         "(SELECT count(*) FROM check_record c WHERE c.operation_id = o.id)")
    assert mismatched == 0
    assert admin.integrity_check() == "ok"


def test_the_demo_review_queue_and_its_amendment(tmp_path: Path) -> None:
    """Last night's operations wait for the supervisor, the first Latvian one is approved; the amendment the
    demo server's start adds (once that approval is on the server) joins the queue with its reason."""
    home = tmp_path / "d"
    demo.build(home, operations=20, items=10, kdf=FAST_KDF)
    supervisor = FieldOps.open(home, "supervisor.lv", demo.DEMO_PASSWORD)
    try:
        queue = supervisor.reviews.queue()
        assert len(queue) == demo.LAST_NIGHT - 1 and not any(i.amendment_id for i in queue)
    finally:
        supervisor.close()
    op_id = demo.demo_amendment(home, FAST_KDF)
    assert op_id is not None and demo.demo_amendment(home, FAST_KDF) is None  # once
    supervisor = FieldOps.open(home, "supervisor.lv", demo.DEMO_PASSWORD)
    try:
        [item] = [i for i in supervisor.reviews.queue() if i.amendment_id]
        assert item.id == op_id and item.can_decide
        amendment = supervisor.amendments.get(str(item.amendment_id))
        assert [(c.field, c.after) for c in amendment.corrections] == [("vehicle", "VP-312")]
        assert len(amendment.void_checks) == 1
    finally:
        supervisor.close()


def test_every_demo_login_works(built: tuple[Path, demo.DemoResult]) -> None:
    home, _ = built
    assert len(KeyFile.load(paths.keyfile_path(home)).slots) == len(demo.DEMO_LOGINS)
    for username, agency_or_role in demo.DEMO_LOGINS.items():
        fo = FieldOps.open(home, username, demo.DEMO_PASSWORD)
        try:
            me = fo.user
            assert me.username == username and me.active
            if agency_or_role == "administrator":
                assert Role.ADMINISTRATOR in me.roles
            else:
                assert next(a.code for a in fo.users.agencies() if a.id == me.agency_id) == agency_or_role
                expected = {"officer": Role.OFFICER, "supervisor": Role.SUPERVISOR,
                            "equipment": Role.EQUIPMENT_MANAGER}[username.split(".")[0]]
                assert expected in me.roles
        finally:
            fo.close()


def test_demo_audit_chain_verifies(admin: FieldOps) -> None:
    report = admin.audit.verify()
    assert report.ok and report.checked == factories.scalar(admin, "SELECT count(*) FROM audit_event")


def test_demo_refuses_an_existing_workspace_or_any_non_empty_folder(tmp_path: Path, home: Path) -> None:
    stuff = tmp_path / "stuff"
    stuff.mkdir()
    (stuff / "notes.txt").write_text("mine")
    for target in (home, stuff):
        before = _fingerprint(target)
        with pytest.raises(FieldOpsError) as exc:
            demo.build(target, operations=5, items=5, kdf=FAST_KDF)
        assert exc.value.code == ErrorCode.WORKSPACE_EXISTS
        assert _fingerprint(target) == before
        assert not target.with_name(target.name + ".building").exists()


def test_cli_info(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kf = KeyFile.load(paths.keyfile_path(home))
    assert cli.main(["--home", str(home), "info"]) == 0
    out = capsys.readouterr().out
    assert f"workspace: {kf.workspace_id}" in out
    assert f"device: {kf.device_id}" in out
    assert "local logins: 1" in out
    assert f"home: {home.resolve()}" in out


def test_cli_info_without_a_workspace_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--home", str(tmp_path / "none"), "info"]) == 2
    assert capsys.readouterr().err.startswith("error: There is no workspace in ")


def test_cli_demo_if_missing_leaves_an_existing_workspace_alone(home: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    before = _fingerprint(home)
    assert cli.main(["--home", str(home), "demo", "--operations", "10", "--if-missing"]) == 0
    assert "already" in capsys.readouterr().out
    assert cli.main(["--home", str(home), "demo", "--operations", "10"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert _fingerprint(home) == before


def test_cli_check(home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FIELDOPS_PASSWORD", ADMIN_PASSWORD)
    assert cli.main(["--home", str(home), "check", "--user", ADMIN]) == 0
    assert capsys.readouterr().out.strip() == "integrity_check: ok"


# ---- equipment desk data ----------------------------------------------------------------------------------
def test_demo_item_state_is_the_fold_of_its_custody_events(admin: FieldOps) -> None:
    """The derived columns on every item (status, holder, open check-out, due time) are exactly what
    `custody.derive` makes of the item's facts, and the demo's history has no double check-out."""
    facts: dict[str, list[custody.Fact]] = defaultdict(list)
    with Session(admin.engine) as s:
        for e in s.execute(select(CustodyEvent)).scalars():
            facts[e.item_id].append(custody.Fact(e.id, e.kind, e.at, e.holder_id, e.due_at))
        items = list(s.execute(select(EquipmentItem)).scalars())
    assert sum(map(len, facts.values())) > 100 and len(items) >= ITEMS
    for item in items:
        state, anomalies = custody.derive(facts[item.id])
        stored = (item.status, item.holder_id, item.out_event_id, item.due_at)
        assert stored == (state.status, state.holder_id, state.out_event_id, state.due_at), item.asset_tag
        assert anomalies == [], item.asset_tag
    assert {i.status for i in items} >= {"available", "checked_out", "maintenance", "lost"}


def test_demo_history_has_batches_acknowledgements_and_damage_incidents(admin: FieldOps) -> None:
    incomplete = factories.scalar(admin, "SELECT count(*) FROM custody_event WHERE kind IN ('check_out', 'return') "
                                         "AND (batch_id IS NULL OR acknowledged_by IS NULL "
                                         "OR acknowledged_by != holder_id)")
    assert incomplete == 0
    damaged = factories.rows(admin, "SELECT e.damage, i.kind, i.description, i.resolved_at, i.resolution "
                                    "FROM custody_event e LEFT JOIN equipment_incident i ON i.event_id = e.id "
                                    "WHERE e.kind = 'return' AND e.condition = 'damaged'")
    assert damaged and all(d and kind == "damage" and desc == d for d, kind, desc, *_ in damaged)
    resolved = [r for r in damaged if r[3] is not None]
    assert all(r[4] for r in resolved) and len(resolved) > len(damaged) / 2
    assert factories.scalar(admin, "SELECT count(*) FROM custody_event WHERE damage != '' "
                                   "AND condition NOT IN ('damaged', 'unusable')") == 0


def test_demo_desk_tonight(built: tuple[Path, demo.DemoResult]) -> None:
    home, _ = built
    lv = FieldOps.open(home, "equipment.lv", demo.DEMO_PASSWORD)
    lt = FieldOps.open(home, "equipment.lt", demo.DEMO_PASSWORD)
    try:
        agencies = {a.code: a.id for a in lv.users.agencies()}
        users = {u.username: u for u in lv.users.list()}
        assert (agencies["VP-KRP"], agencies["LPP"]) in lv.equipment.shares()
        for fo, login in ((lv, "officer.lv"), (lt, "officer.lt")):
            held = fo.equipment.holdings(users[login].id)
            assert any(i.kind == "nv_binocular" for i in held) and not any(i.overdue for i in held)
        lv_items = lv.equipment.items()
        assert [i.status for i in lv_items if i.overdue] == ["checked_out"]
        assert any(i.status == "maintenance" for i in lv_items)
        lpp = {u.id for u in users.values() if u.agency_id == agencies["LPP"]}
        assert any(i.holder_id in lpp for i in lv_items)  # through the sharing rule
        open_lt = {i.kind for i in lt.desk.incidents()}
        assert {"lost", "damage"} <= open_lt
        reservations = lv.equipment.reservations() + lt.equipment.reservations()
        assert len(reservations) >= 3 and all(r.start_at > datetime.now(UTC) for r in reservations)
        assert any(c.kind == "reserved" for r in reservations for c in r.conflicts)
        # Every user acknowledges with the demo PIN (one hash for all).
        assert factories.scalar(lv, 'SELECT count(DISTINCT desk_pin_hash) FROM "user"') == 1
        assert factories.scalar(lv, 'SELECT count(*) FROM "user" WHERE desk_pin_hash IS NULL') == 0
        assert all(lv.desk.has_desk_pin(u.id) for u in users.values())
        assert lv.audit.verify().ok
    finally:
        lv.close()
        lt.close()
