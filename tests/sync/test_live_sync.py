"""As a new user would: two enrolled laptops and the real server process on PostgreSQL. An operation made on
one laptop is counted as waiting, syncs, gets its server report number, and appears on the other laptop."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fieldops.app import FieldOps
from fieldops.keyslots import FAST_KDF
from fieldops.models.enums import Role
from fieldops.sync.engine import SyncEngine
from fieldops.sync.session import ServerSession, enroll, load_link
from fieldops.sync.transport import HttpTransport
from tests import factories
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.server import conftest as server_fixtures
from tests.server.conftest import PASSWORD, LiveServer, enrollment_code, make_account

pg_url = server_fixtures.pg_url
server_db = server_fixtures.server_db
live_server = server_fixtures.live_server


@dataclass
class Laptop:
    home: Path
    fo: FieldOps
    session: ServerSession

    def engine(self) -> SyncEngine:
        link = load_link(self.fo)
        assert link is not None
        return SyncEngine(self.fo, HttpTransport(self.session.request), device_id=link.device_id)


@dataclass
class Setup:
    server: LiveServer
    officer: str
    supervisor: str
    a: Laptop
    b: Laptop


def _laptop(home: Path, server: LiveServer, db_engine: object, username: str) -> Laptop:
    admin = FieldOps.open(home, ADMIN, ADMIN_PASSWORD, kdf=FAST_KDF)
    try:
        enroll(admin, server.url, enrollment_code(db_engine), f"laptop {home.name}")  # type: ignore[arg-type]
    finally:
        admin.close()
    fo = FieldOps.open(home, username, factories.PASSWORD, kdf=FAST_KDF)
    link = load_link(fo)
    assert link is not None
    session = ServerSession(link)
    session.login(username, PASSWORD)
    return Laptop(home, fo, session)


@pytest.fixture
def setup(live_server: LiveServer, server_db: server_fixtures.ServerDb, home: Path,
          tmp_path: Path) -> Iterator[Setup]:
    fo = FieldOps.open(home, ADMIN, ADMIN_PASSWORD, kdf=FAST_KDF)
    officer = factories.user(fo, Role.OFFICER, full_name="Ilze Kalniņa")
    supervisor = factories.user(fo, Role.SUPERVISOR, full_name="Dace Ozola")
    names = {uid: fo.users.get(uid).username for uid in (officer, supervisor)}
    fo.close()
    for uid, role in ((officer, "officer"), (supervisor, "supervisor")):
        make_account(server_db.engine, names[uid], roles=(role,), account_id=uid, full_name=names[uid])
    other = tmp_path / "laptop-b"
    shutil.copytree(home, other)
    a = _laptop(home, live_server, server_db.engine, names[officer])
    b = _laptop(other, live_server, server_db.engine, names[supervisor])
    yield Setup(live_server, officer, supervisor, a, b)
    for laptop in (a, b):
        laptop.session.close()
        laptop.fo.close()


def test_an_operation_waits_syncs_and_appears_on_the_other_laptop(setup: Setup) -> None:
    a, b = setup.a, setup.b
    before = a.fo.waiting_changes()
    op_id = a.fo.operations.create(type="hunter_control", start_at=datetime.now(UTC) - timedelta(hours=1),
                                   area_name="Nīcas mežs", actual=True).created_id
    assert op_id
    assert a.fo.waiting_changes() == before + 1
    provisional = a.fo.operations.get(op_id).number
    report = a.engine().sync()
    assert report.applied >= 1 and report.rejected == 0, report
    assert a.fo.operations.get(op_id).number.startswith("KRP-")  # the server's number replaced the provisional
    assert a.fo.operations.get(op_id).number != provisional
    mine = [o for o in a.engine().pending()]
    assert mine == []
    b.engine().sync()
    seen = b.fo.operations.get(op_id)
    assert (seen.number, seen.area_name, seen.status) == (a.fo.operations.get(op_id).number, "Nīcas mežs", "draft")


def _submitted_and_synced(a: Laptop, b: Laptop, **extra: object) -> str:
    """An operation the crew's laptop `a` completes and submits; both laptops synced."""
    op_id = a.fo.operations.create(type="traffic_monitoring", start_at=datetime.now(UTC) - timedelta(hours=3),
                                   area_name="Rucava", actual=True).created_id
    assert op_id
    detail = a.fo.operations.get(op_id)
    a.fo.operations.update(op_id, detail.version, actual_end=datetime.now(UTC) - timedelta(minutes=5),
                           narrative="Kontrolēti 3 transportlīdzekļi.", lat=56.16, lon=21.17, **extra)
    a.fo.operations.submit(op_id)
    a.engine().sync()
    b.engine().sync()
    return op_id


def test_a_review_round_trip_between_laptops(setup: Setup) -> None:
    a, b = setup.a, setup.b
    op_id = _submitted_and_synced(a, b)
    assert b.fo.operations.get(op_id).status == "submitted"
    b.fo.reviews.approve(op_id)
    report = b.engine().sync()
    errors = factories.rows(b.fo, "SELECT last_error FROM outbox WHERE state = 'rejected'")
    assert report.rejected == 0, errors
    # Meanwhile, before it hears of the approval, the crew's laptop corrects the narrative (a returned-then-
    # resubmitted flow is not needed for this): the server refuses the edit of an approved record and the
    # laptop keeps it as an amendment draft, not lost.
    factories.execute(a.fo, "UPDATE operation SET status = 'draft' WHERE id = :i", i=op_id)
    a.fo.operations.update(op_id, a.fo.operations.get(op_id).version, narrative="Kontrolēti 4 transportlīdzekļi.")
    a.engine().sync()
    assert a.fo.operations.get(op_id).status == "approved"
    assert a.fo.operations.get(op_id).narrative == "Kontrolēti 3 transportlīdzekļi."
    drafts = factories.rows(a.fo, "SELECT kind, status, changes FROM amendment WHERE operation_id = :i", i=op_id)
    assert len(drafts) == 1 and drafts[0][:2] == ("correction", "draft")
    import json

    changes = json.loads(drafts[0][2]) if isinstance(drafts[0][2], str) else drafts[0][2]
    assert changes["fields"] == {"narrative": "Kontrolēti 4 transportlīdzekļi."}
    assert changes["refused_ops"][0]["payload"] == {"narrative": "Kontrolēti 4 transportlīdzekļi."}
    # The crew completes the draft with a reason; it travels to the supervisor, whose approval makes the next
    # version on the server and on both laptops, with the same approval hash everywhere.
    [draft] = a.fo.amendments.for_operation(op_id)
    a.fo.amendments.propose(op_id, "correction", "Four vehicles were checked, not three.",
                            fields={"narrative": "Kontrolēti 4 transportlīdzekļi."}, amendment_id=draft.id)
    report = a.engine().sync()
    assert report.rejected == 0, factories.rows(a.fo, "SELECT last_error FROM outbox WHERE state = 'rejected'")
    b.engine().sync()
    [item] = b.fo.reviews.queue()
    assert (item.id, item.amendment_id) == (op_id, draft.id)
    b.fo.amendments.approve(draft.id)
    report = b.engine().sync()
    assert report.rejected == 0, factories.rows(b.fo, "SELECT last_error FROM outbox WHERE state = 'rejected'")
    a.engine().sync()
    for laptop in (a, b):
        seen = laptop.fo.operations.get(op_id)
        assert (seen.status, seen.narrative) == ("approved", "Kontrolēti 4 transportlīdzekļi.")
        assert laptop.fo.amendments.get(draft.id).status == "approved"
        events = [e.event for e in laptop.fo.amendments.version_chain(op_id)]
        assert events == ["created", "approved", "amendment", "amendment_approved"], events
    hashes = {factories.scalar(x.fo, "SELECT approval_hash FROM operation WHERE id = :i", i=op_id) for x in (a, b)}
    assert len(hashes) == 1 and None not in hashes
    # The officer's later edit of an approved record is refused by the server and kept, not dropped.
    with pytest.raises(Exception):  # noqa: B017 - the local app refuses it already (LOCKED)
        a.fo.operations.update(op_id, a.fo.operations.get(op_id).version, narrative="changed")


def test_a_first_sign_in_on_a_laptop_is_online_later_ones_offline(setup: Setup,
                                                                   server_db: server_fixtures.ServerDb) -> None:
    from fieldops.errors import ErrorCode, FieldOpsError

    account = make_account(server_db.engine, "janis.liepa", roles=("officer",), full_name="Jānis Liepa")
    with pytest.raises(FieldOpsError) as err:
        FieldOps.open(setup.a.home, "janis.liepa", "not-the-password", kdf=FAST_KDF)
    assert err.value.code == ErrorCode.WRONG_PASSWORD
    fo = FieldOps.open(setup.a.home, "janis.liepa", PASSWORD, kdf=FAST_KDF)  # no local slot yet: online
    try:
        assert (fo.user.id, fo.user.full_name, fo.user.has_role(Role.OFFICER)) == (
            account["id"], "Jānis Liepa", True)
    finally:
        fo.close()
    setup.server.kill()
    fo = FieldOps.open(setup.a.home, "janis.liepa", PASSWORD, kdf=FAST_KDF)  # offline, against the new slot
    fo.close()
    make_account(server_db.engine, "anna.berza", roles=("officer",))
    with pytest.raises(FieldOpsError) as err:
        FieldOps.open(setup.a.home, "anna.berza", PASSWORD, kdf=FAST_KDF)
    assert err.value.code == ErrorCode.SERVER_UNREACHABLE  # a first sign-in needs the server


def test_a_refused_amendment_decision_leaves_no_trace_but_the_refusal(setup: Setup) -> None:
    """The server refuses an approval whose hash is not that of its own corrected record: the laptop drops its
    local decision row and fetches the amendment, the operation and the checks back as the server has them."""
    a, b = setup.a, setup.b
    op_id = _submitted_and_synced(a, b, vehicle="VP-1")
    b.fo.reviews.approve(op_id)
    b.engine().sync()
    a.engine().sync()
    a.fo.amendments.propose(op_id, "correction", "Car number typo.", fields={"vehicle": "VP-2"})
    a.engine().sync()
    b.engine().sync()
    [item] = b.fo.reviews.queue()
    # The supervisor's laptop holds a record that differs from the server's (a damaged or tampered copy).
    factories.execute(b.fo, "UPDATE operation SET narrative = 'tampered' WHERE id = :i", i=op_id)
    b.fo.amendments.approve(str(item.amendment_id))
    report = b.engine().sync()
    assert report.rejected == 1
    [error] = factories.rows(b.fo, "SELECT last_error FROM outbox WHERE state = 'rejected'")
    assert "changed since it was reviewed" in str(error[0])
    b.engine().sync()  # (the refetch of what the refused decision had changed)
    seen = b.fo.operations.get(op_id)
    assert (seen.narrative, seen.vehicle) == ("Kontrolēti 3 transportlīdzekļi.", "VP-1")
    assert b.fo.amendments.get(str(item.amendment_id)).status == "submitted"
    assert [d.decision for d in b.fo.reviews.decisions(op_id)] == ["approved"]
    assert factories.scalar(b.fo, "SELECT count(*) FROM review_decision WHERE amendment_id IS NOT NULL") == 0
