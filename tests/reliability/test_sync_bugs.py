"""Sync bugs the reliability harness found, each as the smallest schedule that shows it (in process, PostgreSQL).
They fail until the sync code is fixed; R1 finds them at random, these name them.

1. base_version is the laptop's local version counter, not the server version the laptop saw: a second offline
   edit of a record carries a base the server has already passed with another laptop's change, so that change is
   silently overwritten (or the edit silently lost, by HLC) instead of becoming a conflict; and the laptop's own
   earlier edit of a field can make its next one "stale" (a conflict with itself).
2. A pulled document without a field (never set on the server) leaves the laptop's value of that field in place.
3. A rejected create stays a live local record (a check the server refused stays in the operation).
4. After a rejection the laptop keeps its own version of the record (a refused approval stays "approved" there).
5. Custody facts are folded in the laptops' wall-clock order: a return recorded on a laptop whose clock is behind
   sorts before the check-out it closes; the laptop that recorded it shows the item back, all others out.
6. A laptop that is not the equipment manager's opens the double check-out incident itself when it pulls the
   facts, then pushes it and gets it rejected: a "rejected" change its user never made.
7. A pulled incident the laptop does not have yet cannot be inserted (no `opened_at` in the document): the pull
   fails, and every later pull fails on the same page: that laptop never syncs again.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldops.app import FieldOps
from fieldops.server import schema
from fieldops.services.desk import ReturnLine
from tests.reliability.conftest import ReliabilityDb
from tests.reliability.harness import PASSWORD, Client, Profile, ServerHandle, Template, World

pytestmark = pytest.mark.reliability


@pytest.fixture
def world(templates: list[Template], reliability_db: ReliabilityDb, reliability_root: Path,
          request: pytest.FixtureRequest) -> Iterator[World]:
    w = World(ServerHandle(reliability_db.engine), templates[3], reliability_root / f"bug-{request.node.name}", 1,
              profile=Profile())
    yield w
    w.close()


def new_operation(fo: FieldOps, crew: list[str]) -> str:
    start = fo._ctx.clock() - timedelta(hours=3)
    changes = fo.operations.create(type="traffic_monitoring", start_at=start, end_at=start + timedelta(hours=2),
                                   actual=True, crew=crew, area_name="Nīca", vehicle="VP-1")
    assert changes.created_id
    return changes.created_id


def version(fo: FieldOps, operation_id: str) -> int:
    return fo.operations.get(operation_id).version


def synced(*laptops: Client) -> None:
    for laptop in laptops:
        assert laptop.sync() is not None


def server_doc(world: World, entity: str, entity_id: str) -> dict[str, object]:
    r = schema.record.c
    with world.server.engine.connect() as conn:
        row = conn.execute(select(schema.record).where(r.entity == entity, r.id == entity_id)).one()._mapping
    return dict(row["data"]) | {"__status": row["status"], "__version": row["version"]}


def complete_and_submit(fo: FieldOps, operation_id: str) -> None:
    fo.operations.update(operation_id, version(fo, operation_id), lat=56.9, lon=21.1, narrative="done",
                         weather="dry", visibility="good")
    fo.operations.submit(operation_id)


def test_1_a_second_offline_edit_does_not_overwrite_a_concurrent_change(world: World) -> None:
    """fieldops/services/operations.py sends the local version as base_version; fieldops/server/sync.py `_merge`
    takes it for the server version the writer saw (stale = field changed after base)."""
    t = world.template
    a, b = world.add_client("a", t.accounts["off1"]), world.add_client("b", t.accounts["off2"])
    x = world.perform(a, "create", lambda fo: new_operation(fo, [b.user_id]))
    synced(a, b)  # both at server version 1
    world.perform(b, "vehicle B", lambda fo: fo.operations.update(x, version(fo, x), vehicle="VP-B"))
    synced(b)  # server version 2: vehicle by b
    # a, offline, never saw it: two edits (local versions 1 -> 2 -> 3, sent as base 1 and base 2).
    world.perform(a, "narrative", lambda fo: fo.operations.update(x, version(fo, x), narrative="A"))
    world.perform(a, "vehicle A", lambda fo: fo.operations.update(x, version(fo, x), vehicle="VP-A"))
    synced(a)
    with world.server.engine.connect() as conn:
        fields = set(conn.execute(select(schema.conflict.c.field).where(schema.conflict.c.entity_id == x)).scalars())
    assert server_doc(world, "operation", x)["vehicle"] == "VP-B", "b's vehicle was overwritten without a conflict"
    assert "vehicle" in fields, "a's concurrent vehicle edit is not listed as a conflict"


def test_1b_a_laptops_own_offline_edits_never_conflict_with_each_other(world: World) -> None:
    """The other side of 1 (and what a fix must keep): a's two edits of its narrative are one writer's, whatever
    b changed meanwhile; today the second one is a conflict with a's own first one (stale by b's weather)."""
    t = world.template
    a, b = world.add_client("a", t.accounts["off1"]), world.add_client("b", t.accounts["off2"])
    x = world.perform(a, "create", lambda fo: new_operation(fo, [b.user_id]))
    synced(a, b)
    world.perform(b, "weather", lambda fo: fo.operations.update(x, version(fo, x), weather="rain"))
    synced(b)
    world.perform(a, "narrative 1", lambda fo: fo.operations.update(x, version(fo, x), narrative="first"))
    world.perform(a, "narrative 2", lambda fo: fo.operations.update(x, version(fo, x), narrative="second"))
    synced(a)
    doc = server_doc(world, "operation", x)
    assert (doc["narrative"], doc["weather"]) == ("second", "rain")
    assert a.rows("SELECT state FROM outbox WHERE entity_id = :x AND op_type = 'update' ORDER BY seq", x=x) == \
        [("sent",), ("sent",)], "a's second narrative became a conflict with a's own first one"


def test_2_a_pulled_document_resets_fields_the_server_never_set(world: World) -> None:
    """fieldops/sync/apply.py writes only the columns present in a pulled document; the server keeps only the
    fields ops set (a new operation has no weather, visibility, narrative, lat, lon)."""
    t = world.template
    a, b = world.add_client("a", t.accounts["off1"]), world.add_client("b", t.accounts["off2"])
    x = world.perform(a, "create", lambda fo: new_operation(fo, [b.user_id]))
    synced(a, b)
    world.perform(b, "complete, submit", lambda fo: (
        fo.operations.update(x, version(fo, x), lat=56.9, lon=21.1, narrative="done"), fo.operations.submit(x)))
    synced(b)
    # a has not seen the submit: its weather is refused (locked), then a pulls the submitted document.
    world.perform(a, "weather", lambda fo: fo.operations.update(x, version(fo, x), weather="fog"))
    synced(a)
    assert a.rows("SELECT state FROM outbox WHERE entity_id = :x ORDER BY seq DESC LIMIT 1", x=x)[0][0] == \
        "rejected"
    assert "weather" not in server_doc(world, "operation", x)
    assert a.local_record("operation", x) == b.local_record("operation", x), \
        "a still shows its refused weather: the document has no weather field, so the pull kept a's value"


def test_3_a_rejected_check_does_not_stay_in_the_operation(world: World) -> None:
    """fieldops/sync/engine.py `_store_results` marks the create rejected and nothing else: the check stays a live
    row of the operation on the laptop (counted, shown, hashed into an approval), never on the server."""
    t = world.template
    a, b = world.add_client("a", t.accounts["off1"]), world.add_client("b", t.accounts["off2"])
    x = world.perform(a, "create", lambda fo: new_operation(fo, [b.user_id]))
    synced(a, b)
    world.perform(b, "submit", lambda fo: complete_and_submit(fo, x))
    synced(b)
    world.perform(a, "check", lambda fo: fo.checks.add(x, kind="other", at=fo._ctx.clock(), outcome="warning",
                                                        facts={"category": "assistance", "text": "late"}))
    synced(a)
    assert a.rows("SELECT state FROM outbox WHERE entity = 'check'")[0][0] == "rejected"
    live = a.rows("SELECT count(*) FROM check_record WHERE operation_id = :x AND voided_at IS NULL", x=x)[0][0]
    assert live == 0, "the refused check is still part of the operation on a"


def test_4_a_refused_approval_does_not_stay_approved_on_the_laptop(world: World) -> None:
    """fieldops/sync/engine.py: after a rejected op the record is not fetched again, so the laptop keeps its own
    version until some later change of that record arrives (here: none)."""
    t = world.template
    a, s = world.add_client("a", t.accounts["off1"]), world.add_client("s", t.accounts["sup1"])
    x = world.perform(a, "create", lambda fo: new_operation(fo, []))
    synced(a, s)
    # The supervisor adds a check while the officer submits: refused (3.), yet still in the supervisor's copy.
    world.perform(s, "check", lambda fo: fo.checks.add(x, kind="other", at=fo._ctx.clock(), outcome="warning",
                                                        facts={"category": "assistance", "text": "seen"}))
    world.perform(a, "submit", lambda fo: complete_and_submit(fo, x))
    synced(a, s)
    world.perform(s, "approve", lambda fo: fo.reviews.approve(x))
    synced(s)
    # The refused check is removed from the supervisor's copy when the server confirms it does not have it, so
    # the approval hashes what the server has and is accepted; either way laptop and server must agree.
    local = s.local_record("operation", x)
    assert local is not None and local[1] == server_doc(world, "operation", x)["__status"], \
        "the supervisor's laptop shows a status the server does not have"


def test_5_custody_state_is_the_same_on_every_laptop_and_follows_the_facts(world: World) -> None:
    """fieldops/custody.py `derive` orders facts by (at, id), `at` being the recording laptop's wall clock; and
    fieldops/sync/apply.py re-folds an item only when a fact new to the laptop arrives."""
    t = world.template
    m1, m2 = world.add_client("m1", t.accounts["mgr1"]), world.add_client("m2", t.accounts["mgr2"])
    o = world.add_client("o", t.accounts["off1"])
    m1.skew = timedelta(hours=-24)  # m1's clock is a day behind
    item = world.perform(m2, "item", lambda fo: fo.equipment.create_item(
        asset_tag="NV-SKEW", serial_no="S", kind="nv_binocular", make="Pulsar", model="T").created_id)
    world.items.append(item)
    world.perform(m2, "check out", lambda fo: fo.desk.check_out(o.user_id, [item], acknowledgement=PASSWORD))
    synced(m2, m1)
    world.perform(m1, "return", lambda fo: fo.desk.return_items([ReturnLine(item)]))  # at the desk of m1
    synced(m1, m2, o)
    states = {c.name: c.local_record("equipment_item", item) for c in (m1, m2, o)}
    assert len(set(states.values())) == 1, f"the laptops disagree about the item: {states}"
    assert states["m1"] == ("available", None), "the item was returned after it was checked out"


def test_6_only_the_equipment_managers_laptops_open_custody_incidents(world: World) -> None:
    """fieldops/sync/engine.py `apply` → DeskService.refold opens the double check-out incident (an outbox op) on
    every laptop that pulls the facts; the server lets only equipment managers write incidents."""
    t = world.template
    m1, m2 = world.add_client("m1", t.accounts["mgr1"]), world.add_client("m2", t.accounts["mgr2"])
    o = world.add_client("o", t.accounts["off1"])
    item = world.perform(m1, "item", lambda fo: fo.equipment.create_item(
        asset_tag="NV-TWICE", serial_no="S", kind="nv_binocular", make="Pulsar", model="T").created_id)
    world.items.append(item)
    synced(m1, m2, o)
    # Both desks offline: the same binocular issued twice.
    world.perform(m1, "check out", lambda fo: fo.desk.check_out(o.user_id, [item], acknowledgement=PASSWORD))
    world.perform(m2, "check out", lambda fo: fo.desk.check_out(
        t.accounts["off2"].user_id, [item], acknowledgement=PASSWORD))
    synced(m1, m2, o, m1, m2, o)
    rejected = o.rows("SELECT entity, last_error FROM outbox WHERE state = 'rejected'")
    assert rejected == [], f"the officer's laptop has changes its user never made, rejected: {rejected}"


def test_7_a_laptop_can_pull_an_incident_opened_elsewhere(world: World) -> None:
    """fieldops/services/desk.py `_open_incident` sends no opened_at/opened_by in the create op, the server keeps
    the document as sent, and fieldops/sync/apply.py inserts it without them: NOT NULL constraint failed."""
    t = world.template
    m, o = world.add_client("m", t.accounts["mgr1"]), world.add_client("o", t.accounts["off1"])
    item = world.perform(m, "item", lambda fo: fo.equipment.create_item(
        asset_tag="NV-DMG", serial_no="S", kind="nv_binocular", make="Pulsar", model="T").created_id)
    world.perform(m, "check out", lambda fo: fo.desk.check_out(o.user_id, [item], acknowledgement=PASSWORD))
    synced(m, o)
    world.perform(m, "return damaged", lambda fo: fo.desk.return_items(
        [ReturnLine(item, condition="damaged")], damage="cracked eyepiece"))
    synced(m)
    assert o.engine is not None
    o.engine.sync()  # raises IntegrityError: NOT NULL constraint failed: equipment_incident.opened_at
    assert o.rows("SELECT count(*) FROM equipment_incident WHERE item_id = :i", i=item)[0][0] == 1
