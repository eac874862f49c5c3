"""The acceptance case of the sync issue, explicit (R1 runs the random version): two laptops' workspaces and one
server (`fieldops server` on PostgreSQL, over HTTP). Both work offline, both edit, including the same field of
the same operation; they sync in both orders, several times, with a dropped request, a lost reply, a duplicated
request and a crash injected. Afterwards: identical data everywhere, the conflicts listed, no op applied twice,
the approved records unchanged.

Laptop A: an officer. Laptop B: the supervisor (who may also edit drafts, and reviews). The harness of
tests/reliability drives them (its checker runs at the end); the assertions below spell the acceptance out.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldops import approval
from fieldops.app import FieldOps
from fieldops.server import schema
from fieldops.sync.engine import CURSOR
from tests.reliability.harness import Client, Profile, ServerHandle, World, build_template, seed_accounts
from tests.server import conftest as server_fixtures
from tests.server.conftest import LiveServer, ServerDb

pg_url = server_fixtures.pg_url
server_db = server_fixtures.server_db
live_server = server_fixtures.live_server

pytestmark = pytest.mark.reliability


@pytest.fixture
def world(server_db: ServerDb, live_server: LiveServer, tmp_path: Path) -> Iterator[World]:
    template = build_template(tmp_path)
    seed_accounts(server_db.engine, template)
    w = World(ServerHandle(server_db.engine, live_server.url), template, tmp_path / "laptops", 5,
              profile=Profile(final_rounds=3))
    yield w
    w.close()


def version(fo: FieldOps, operation_id: str) -> int:
    return fo.operations.get(operation_id).version


def new_operation(fo: FieldOps, area: str) -> str:
    start = fo._ctx.clock() - timedelta(hours=3)
    changes = fo.operations.create(type="traffic_monitoring", start_at=start, end_at=start + timedelta(hours=2),
                                   actual=True, area_name=area, vehicle="VP-100")
    assert changes.created_id
    return changes.created_id


def check(fo: FieldOps, operation_id: str, text: str) -> None:
    fo.checks.add(operation_id, kind="other", at=fo._ctx.clock() - timedelta(hours=2), outcome="warning",
                  facts={"category": "assistance", "text": text})


def ok_sync(laptop: Client, faults: dict[int, str] | None = None) -> None:
    assert laptop.sync(faults) is not None, f"{laptop.name}: sync failed"


def server_record(world: World, entity: str, entity_id: str) -> dict[str, object]:
    r = schema.record.c
    with world.server.engine.connect() as conn:
        return dict(conn.execute(select(schema.record).where(r.entity == entity, r.id == entity_id)).one()._mapping)


def test_two_laptops_offline_edits_converge_with_conflicts_listed(world: World) -> None:
    t = world.template
    a, b = world.add_client("A", t.accounts["off1"]), world.add_client("B", t.accounts["sup1"])
    for laptop in (a, b):  # new laptops download everything the server has (the accounts' user records)
        assert laptop.engine is not None
        laptop.engine._set(CURSOR, "0")

    # Two operations made on A, known to both laptops.
    x = world.perform(a, "create x", lambda fo: new_operation(fo, "Nīca"))
    w = world.perform(a, "create w", lambda fo: new_operation(fo, "Rucava"))
    ok_sync(a)
    ok_sync(b)

    # 1. Both offline: both edit x, the narrative on both (the same field).
    world.perform(a, "x narrative, weather", lambda fo: fo.operations.update(
        x, version(fo, x), narrative="A: two cars stopped", weather="fog"))
    world.perform(a, "check on x", lambda fo: check(fo, x, "A's first check"))
    world.perform(b, "x narrative, vehicle", lambda fo: fo.operations.update(
        x, version(fo, x), narrative="B: my version", vehicle="VP-B"))
    world.perform(b, "create y", lambda fo: new_operation(fo, "Pāvilosta"))
    ok_sync(a)  # A first ...
    assert b.sync({0: "lost_request"}) is None  # ... B's push is dropped on the way
    ok_sync(b)  # ... and sent again

    # 2. Offline again, the other order; A edits the vehicle B changed (A has not seen it), B the weather A
    # changed (B has seen it: no conflict), and A dies while applying what it pulls.
    world.perform(a, "x vehicle", lambda fo: fo.operations.update(x, version(fo, x), vehicle="VP-A"))
    world.perform(a, "check on x", lambda fo: check(fo, x, "A's second check"))
    world.perform(b, "x weather", lambda fo: fo.operations.update(x, version(fo, x), weather="clear"))
    ok_sync(b)
    a.crash_at = ("pull.mid_apply", 1)
    assert a.sync() is None and world.stats["crash.pull.mid_apply"] == 1
    ok_sync(a)
    ok_sync(b)

    # 3. A completes w and hands it in (the reply is lost, the push is sent again); B approves it.
    world.perform(a, "complete w", lambda fo: fo.operations.update(
        w, version(fo, w), lat=56.95, lon=24.1, narrative="Quiet night", weather="dry"))
    world.perform(a, "submit w", lambda fo: fo.operations.submit(w))
    assert a.sync({0: "lost_reply"}) is None
    ok_sync(a, {0: "duplicate"})
    ok_sync(b)
    world.perform(b, "approve w", lambda fo: fo.reviews.approve(w))
    ok_sync(b, {1: "duplicate"})
    approved = server_record(world, "operation", w)
    assert approved["status"] == "approved", f"the approval was refused: {world.steps[-2:]}"

    # 4. More rounds in both orders; B crashes after its push reached the server, before the reply.
    world.perform(a, "check on x", lambda fo: check(fo, x, "A's third check"))
    b.crash_at = ("push.lost_reply", 1)
    world.perform(b, "x area", lambda fo: fo.operations.update(x, version(fo, x), area_name="Nīca, Bārta"))
    assert b.sync() is None and world.stats["crash.push.lost_reply"] == 1
    ok_sync(a)
    ok_sync(b)
    ok_sync(a)

    world.rounds = world.converge()
    world.check()
    problems = "\n".join(f"[{k}] {m}" for k, m in world.violations)
    assert not world.violations, f"{problems}\nsteps: {' | '.join(world.steps)}"

    # Identical data everywhere (the checker compared each laptop with the server; spelled out for x).
    server_x = server_record(world, "operation", x)
    data = server_x["data"]
    assert isinstance(data, dict)
    for laptop in (a, b):
        assert laptop.local_record("operation", x) == (
            data["number"], server_x["status"], data["vehicle"], data["weather"], data["narrative"],
            data["area_name"], server_x["version"])
        assert laptop.rows("SELECT count(*) FROM check_record WHERE operation_id = :o", o=x)[0][0] == 3
    assert (data["narrative"], data["weather"]) == ("A: two cars stopped", "clear")

    # The conflicts are listed: B's narrative and A's vehicle, each kept with both values, shown to both.
    with world.server.engine.connect() as conn:
        rows = conn.execute(select(schema.conflict.c.field, schema.conflict.c.server_value,
                                   schema.conflict.c.client_value).where(schema.conflict.c.entity_id == x)).all()
    assert sorted((f, s, c) for f, s, c in rows) == [("narrative", "A: two cars stopped", "B: my version"),
                                                     ("vehicle", "VP-B", "VP-A")]
    for laptop, field in ((a, "vehicle"), (b, "narrative")):
        assert laptop.rows("SELECT count(*) FROM outbox WHERE state = 'conflict'")[0][0] == 1, field
        assert laptop.session is not None
        listed = laptop.session.json("GET", "/v1/sync/conflicts")
        assert sorted(c["field"] for c in listed if c["entity_id"] == x) == ["narrative", "vehicle"]

    # No op applied twice: one stored result per op, at most one feed row per op and record.
    with world.server.engine.connect() as conn:
        cl = schema.change_log.c
        twice = conn.execute(select(cl.op_id, cl.entity_id).where(cl.op_id.is_not(None))
                             .group_by(cl.op_id, cl.entity_id).having(func.count() > 1)).all()
        applied = conn.execute(select(func.count()).select_from(schema.applied_op)).scalar_one()
    assert twice == []
    assert applied == len(world.ops) == world.stats["ops"]

    # The approved record is unchanged: same version and document as when approved, and its hash still holds.
    final_w = server_record(world, "operation", w)
    assert (final_w["version"], final_w["data"]) == (approved["version"], approved["data"])
    doc = dict(final_w["data"]) | {"id": w, "agency_id": final_w["agency_id"]}
    assert approval.content_hash(doc, doc.get("crew") or [], [], []) == doc["approval_hash"]
