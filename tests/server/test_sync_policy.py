"""The server's sync policy on PostgreSQL, op by op (no HTTP): idempotency, facts, field merge and conflicts,
locking of submitted and approved operations, agency isolation, report numbers, the gap-free feed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from fieldops import approval
from fieldops.agencies import agency_id
from fieldops.ids import uuid7
from fieldops.server import db, feed, schema
from fieldops.server.principal import Principal
from fieldops.server.sync import Op, push
from tests.pg import fresh_schema

KRP, LPP = agency_id("VP-KRP"), agency_id("LPP")
OFFICER = Principal("u-officer", "d-1", KRP, frozenset({"officer"}))
OFFICER2 = Principal("u-officer2", "d-2", KRP, frozenset({"officer"}))
SUPERVISOR = Principal("u-super", "d-3", KRP, frozenset({"supervisor"}))
STRANGER = Principal("u-lpp", "d-4", LPP, frozenset({"officer", "supervisor"}))
HLC = iter(f"{n:015d}:00000:dev" for n in range(10**6, 10**7))


@pytest.fixture
def engine() -> Iterator[Engine]:
    with fresh_schema() as url:
        engine = db.make_engine(url)
        db.migrate(engine)
        yield engine
        engine.dispose()


def op(entity: str, entity_id: str, op_type: str, payload: dict[str, Any], base: int | None = None,
       hlc: str | None = None) -> Op:
    return Op(uuid7(), entity, entity_id, op_type, payload, base, hlc or next(HLC))


def new_operation(engine: Engine, who: Principal = OFFICER, **extra: Any) -> str:
    oid = uuid7()
    payload = {"type": "traffic_monitoring", "agency_id": who.agency_id, "lead_id": who.user_id,
               "crew": [who.user_id], "area_name": "Nīca", "vehicle": "", "number": "D1-00001",
               "actual_start": "2026-11-25T19:00:00+00:00", "actual_end": None, **extra}
    [result] = push(engine, who, [op("operation", oid, "create", payload)])
    assert result.status == "applied"
    return oid


def record(engine: Engine, entity: str, entity_id: str) -> dict[str, Any]:
    r = schema.record.c
    with engine.connect() as conn:
        row = conn.execute(select(schema.record).where(r.entity == entity, r.id == entity_id)).one()
    return dict(row._mapping)


def feed_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(schema.change_log)).scalar_one())


def test_a_repeated_op_returns_the_stored_result_and_applies_once(engine: Engine) -> None:
    oid = new_operation(engine)
    change = op("operation", oid, "update", {"vehicle": "VP-123"}, base=1)
    first = push(engine, OFFICER, [change])
    before = feed_count(engine)
    again = push(engine, OFFICER, [change, change])
    assert [r.as_dict() for r in again] == [first[0].as_dict()] * 2
    assert feed_count(engine) == before
    assert record(engine, "operation", oid)["version"] == 2


def test_report_numbers_are_assigned_by_the_server(engine: Engine) -> None:
    first, second = new_operation(engine), new_operation(engine)
    assert record(engine, "operation", first)["data"]["number"] == "KRP-2026-000001"
    assert record(engine, "operation", second)["data"]["number"] == "KRP-2026-000002"
    assert record(engine, "operation", first)["data"]["provisional_number"] == "D1-00001"


def test_stale_edits_of_the_same_field_become_a_conflict_not_an_overwrite(engine: Engine) -> None:
    oid = new_operation(engine)
    [a] = push(engine, OFFICER, [op("operation", oid, "update", {"narrative": "A", "vehicle": "VP-1"}, base=1)])
    other = next(HLC).replace(":dev", ":dev2")  # another laptop
    [b] = push(engine, OFFICER2, [op("operation", oid, "update", {"narrative": "B", "weather": "rain"}, base=1,
                                     hlc=other)])
    assert (a.status, b.status) == ("applied", "conflict")
    rec = record(engine, "operation", oid)
    assert rec["data"]["narrative"] == "A" and rec["data"]["weather"] == "rain"  # other fields merged
    with engine.connect() as conn:
        row = conn.execute(select(schema.conflict)).one()._mapping
    assert (row["field"], row["server_value"], row["client_value"]) == ("narrative", "A", "B")


def test_last_writer_by_hlc_wins_when_nobody_else_changed_the_field(engine: Engine) -> None:
    oid = new_operation(engine)
    late, early = "000002000000000:00000:b", "000001000000000:00000:a"
    push(engine, OFFICER, [op("operation", oid, "update", {"vehicle": "LATE"}, base=1, hlc=late)])
    [r] = push(engine, OFFICER2, [op("operation", oid, "update", {"vehicle": "EARLY"}, base=None, hlc=early)])
    assert r.status == "applied" and record(engine, "operation", oid)["data"]["vehicle"] == "LATE"


def test_submitted_is_locked_and_approved_is_immutable(engine: Engine) -> None:
    oid = new_operation(engine)
    push(engine, OFFICER, [op("operation", oid, "submit", {"submitted_at": datetime.now(UTC).isoformat()}, 1)])
    [locked] = push(engine, OFFICER, [op("operation", oid, "update", {"narrative": "late edit"}, base=2)])
    assert locked.status == "rejected_locked"
    [self_review] = push(engine, OFFICER, [op("review_decision", oid, "approved", {"content_hash": "x"}, 2)])
    assert self_review.status == "rejected_forbidden"  # officers do not approve; nor does the crew
    [wrong_hash] = push(engine, SUPERVISOR, [op("review_decision", oid, "approved", {"content_hash": "x"}, 2)])
    assert (wrong_hash.status, wrong_hash.reason) == ("rejected_invalid", "changed since it was reviewed")
    data = record(engine, "operation", oid)["data"] | {"id": oid, "agency_id": KRP}
    digest = approval.content_hash(data, data["crew"], [], [])
    [ok] = push(engine, SUPERVISOR, [op("review_decision", oid, "approved", {"content_hash": digest}, 2)])
    assert ok.status == "applied" and record(engine, "operation", oid)["status"] == "approved"
    for who, change in ((OFFICER, op("operation", oid, "update", {"narrative": "x"}, base=3)),
                        (SUPERVISOR, op("operation", oid, "update", {"narrative": "x"}, base=3)),
                        (OFFICER, op("check", uuid7(), "create", {"operation_id": oid, "kind": "other"}))):
        [r] = push(engine, who, [change])
        assert r.status == "rejected_immutable"


def test_facts_are_insert_only(engine: Engine) -> None:
    manager = Principal("u-m", "d-m", KRP, frozenset({"equipment_manager"}))
    item = uuid7()
    push(engine, manager, [op("equipment_item", item, "create", {"asset_tag": "NV-1", "agency_id": KRP})])
    event = uuid7()
    fact = {"item_id": item, "kind": "check_out", "at": "2026-11-25T18:00:00+00:00", "holder_id": "u-officer"}
    [a] = push(engine, manager, [op("custody_event", event, "create", fact)])
    [b] = push(engine, manager, [op("custody_event", event, "create", fact | {"holder_id": "someone"})])
    [c] = push(engine, manager, [op("custody_event", event, "update", {"holder_id": "someone"}, base=1)])
    assert (a.status, b.status, c.status) == ("applied", "applied", "rejected_immutable")
    assert record(engine, "custody_event", event)["data"]["holder_id"] == "u-officer"


def test_another_agency_can_neither_write_nor_read(engine: Engine) -> None:
    oid = new_operation(engine)
    [r] = push(engine, STRANGER, [op("operation", oid, "update", {"narrative": "x"}, base=1)])
    assert r.status == "rejected_forbidden"
    [r] = push(engine, STRANGER, [op("check", uuid7(), "create", {"operation_id": oid, "kind": "other"})])
    assert r.status == "rejected_forbidden"
    [r] = push(engine, STRANGER, [op("operation", uuid7(), "create", {"type": "other", "agency_id": KRP})])
    assert r.status == "rejected_forbidden"
    with engine.connect() as conn:
        rows, cursor, more = feed.read(conn, 0, 100, [LPP])
        own, _, _ = feed.read(conn, 0, 100, [KRP])
    assert rows == [] and cursor == feed_count(engine) and not more
    assert [r["entity_id"] for r in own] == [oid]


def test_the_feed_has_no_gaps_under_concurrent_pushers(engine: Engine) -> None:
    """R11 in small: 4 pushers, a reader with pages of 3; every committed change is read exactly once."""
    stop = threading.Event()
    seen: list[int] = []
    errors: list[BaseException] = []

    def pusher(n: int) -> None:
        try:
            for _ in range(15):
                new_operation(engine, Principal(f"u{n}", f"d{n}", KRP, frozenset({"officer"})))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    def reader() -> None:
        cursor = 0
        while not stop.is_set() or cursor < feed_count(engine):
            with engine.connect() as conn:
                rows, cursor, _more = feed.read(conn, cursor, 3, [KRP])
            seen.extend(int(r["seq"]) for r in rows)

    threads = [threading.Thread(target=pusher, args=(n,)) for n in range(4)]
    read = threading.Thread(target=reader)
    read.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    read.join(timeout=60)
    assert not errors
    assert sorted(seen) == list(range(1, 61)) and len(seen) == len(set(seen))


def test_a_sharing_rule_is_created_by_its_first_set_and_seen_by_the_borrower(engine: Engine) -> None:
    manager = Principal("u-m", "d-m", KRP, frozenset({"equipment_manager"}))
    key = f"{KRP}:{LPP}"
    [r] = push(engine, manager, [op("equipment_share", key, "set", {"owner_agency_id": KRP,
                                                                     "borrower_agency_id": LPP, "allowed": True})])
    assert r.status == "applied"
    with engine.connect() as conn:
        rows, _, _ = feed.read(conn, 0, 10, [LPP])
    assert [(x["entity"], x["entity_id"]) for x in rows] == [("equipment_share", key)]
    [r] = push(engine, STRANGER, [op("equipment_share", key, "set", {"allowed": False}, base=1)])
    assert r.status == "rejected_forbidden"  # the borrower cannot change the owner's rule


def _approve(engine: Engine, oid: str, checks: list[dict[str, Any]] | None = None) -> str:
    push(engine, OFFICER, [op("operation", oid, "submit", {"submitted_at": datetime.now(UTC).isoformat()})])
    data = record(engine, "operation", oid)["data"] | {"id": oid, "agency_id": KRP}
    digest = approval.content_hash(data, data["crew"], checks or [], [])
    [ok] = push(engine, SUPERVISOR, [op("review_decision", oid, "approved", {"content_hash": digest})])
    assert ok.status == "applied"
    return digest


def _amendment(engine: Engine, oid: str, who: Principal = OFFICER, **extra: Any) -> tuple[str, Any]:
    aid = uuid7()
    payload = {"operation_id": oid, "kind": "correction", "reason": "Typo in the car number.",
               "changes": {"fields": {"vehicle": "VP-4321"}, "before": {"vehicle": "VP-1"}, "void_checks": {}},
               **extra}
    [result] = push(engine, who, [op("amendment", aid, "create", payload)])
    return aid, result


def test_an_amendment_of_an_approved_operation_is_applied_only_as_reviewed(engine: Engine) -> None:
    oid = new_operation(engine, vehicle="VP-1")
    _aid, early = _amendment(engine, oid)
    assert (early.status, early.reason) == ("rejected_locked", "not approved: draft")
    first = _approve(engine, oid)
    _aid, stranger = _amendment(engine, oid, STRANGER)
    assert stranger.status == "rejected_forbidden"
    _aid, not_crew = _amendment(engine, oid, OFFICER2)
    assert (not_crew.status, not_crew.reason) == ("rejected_forbidden", "not of the crew")
    for bad in ({"kind": "delete"}, {"reason": " "}, {"changes": {"fields": {"status": "draft"}}},
                {"changes": {"fields": {}, "void_checks": {}}}):
        _aid, refused = _amendment(engine, oid, **bad)
        assert refused.status == "rejected_invalid", bad
    aid, created = _amendment(engine, oid)
    assert created.status == "applied" and record(engine, "amendment", aid)["status"] == "submitted"
    assert record(engine, "amendment", aid)["agency_id"] == KRP

    corrected = record(engine, "operation", oid)["data"] | {"id": oid, "agency_id": KRP, "vehicle": "VP-4321"}
    digest = approval.content_hash(corrected, corrected["crew"], [], [])
    decide = {"amendment_id": aid, "comments": {"overall": ""}}
    [own] = push(engine, OFFICER, [op("review_decision", oid, "approved", decide | {"content_hash": digest})])
    assert own.status == "rejected_forbidden"
    [stale] = push(engine, SUPERVISOR, [op("review_decision", oid, "approved", decide | {"content_hash": first})])
    assert (stale.status, stale.reason) == ("rejected_invalid", "changed since it was reviewed")
    assert record(engine, "operation", oid)["data"]["vehicle"] == "VP-1"  # a refused decision changes nothing
    [ok] = push(engine, SUPERVISOR, [op("review_decision", oid, "approved", decide | {"content_hash": digest})])
    assert ok.status == "applied"
    rec = record(engine, "operation", oid)
    assert (rec["status"], rec["data"]["vehicle"], rec["data"]["approval_hash"]) == ("approved", "VP-4321", digest)
    assert record(engine, "amendment", aid)["status"] == "approved"
    [again] = push(engine, SUPERVISOR, [op("review_decision", oid, "returned", decide)])
    assert again.status == "rejected_immutable"
    [edit] = push(engine, OFFICER, [op("operation", oid, "update", {"vehicle": "x"})])
    assert edit.status == "rejected_immutable"  # still immutable: the next correction is another amendment


def test_a_returned_amendment_is_resubmitted_or_withdrawn_by_its_author_and_a_void_voids(engine: Engine) -> None:
    oid = new_operation(engine, vehicle="VP-1")
    digest = _approve(engine, oid)
    aid, _created = _amendment(engine, oid)
    decide = {"amendment_id": aid, "comments": {"overall": "Which car?"}}
    [returned] = push(engine, SUPERVISOR, [op("review_decision", oid, "returned", decide)])
    assert returned.status == "applied" and record(engine, "amendment", aid)["status"] == "returned"
    again = {"kind": "void", "reason": "Logged twice.", "changes": {"fields": {}, "void_checks": {}},
             "base_hash": digest, "submitted_at": datetime.now(UTC).isoformat()}
    [other] = push(engine, OFFICER2, [op("amendment", aid, "resubmit", again)])
    assert other.status == "rejected_forbidden"
    [resubmitted] = push(engine, OFFICER, [op("amendment", aid, "resubmit", again)])
    assert resubmitted.status == "applied"
    assert record(engine, "amendment", aid)["status"] == "submitted"
    [wrong] = push(engine, SUPERVISOR, [op("review_decision", oid, "approved",
                                           {"amendment_id": aid, "content_hash": "0" * 64})])
    assert wrong.status == "rejected_invalid"
    [voided] = push(engine, SUPERVISOR, [op("review_decision", oid, "approved",
                                            {"amendment_id": aid, "content_hash": digest})])
    assert voided.status == "applied" and record(engine, "operation", oid)["status"] == "voided"
    [late] = push(engine, OFFICER, [op("amendment", aid, "withdraw", {})])
    assert late.status == "rejected_immutable"
    [check] = push(engine, OFFICER, [op("check", uuid7(), "create", {"operation_id": oid, "kind": "other"})])
    assert check.status == "rejected_immutable"
