"""R11 (QUALITY.md): the pull feed under concurrency on PostgreSQL. Many pushers (threads, each its own user and
device, two agencies) and account changes write while pullers read with pages of 1-3 rows: every puller sees
every row visible to it exactly once, in order (0 skipped, 0 duplicates). A feed written without the writers'
lock is shown to fail the same check (a reader passes over a row that commits after it read)."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, func, insert, or_, select

from fieldops.agencies import agency_id
from fieldops.ids import uuid7
from fieldops.keyslots import FAST_KDF
from fieldops.server import accounts, db, feed, schema
from fieldops.server.principal import Principal
from fieldops.server.sync import Op, push
from tests.pg import fresh_schema

pytestmark = pytest.mark.reliability

KRP, LPP = agency_id("VP-KRP"), agency_id("LPP")
PUSHERS, BATCHES, READERS = 8, 25, 4


@pytest.fixture
def engine() -> Iterator[Engine]:
    with fresh_schema() as url:
        engine = db.make_engine(url)
        db.migrate(engine)
        yield engine
        engine.dispose()


def visible_seqs(engine: Engine, agency: str) -> list[int]:
    cl = schema.change_log.c
    with engine.connect() as conn:
        return [int(s) for s in conn.execute(select(cl.seq).where(or_(cl.agency_id == agency, cl.agency_id == "*"))
                                             .order_by(cl.seq)).scalars()]


def top(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.max(schema.change_log.c.seq))).scalar() or 0)


def compare(seen: list[int], expected: list[int]) -> tuple[int, int]:
    """(skipped, duplicated) rows of one reader."""
    return len(set(expected) - set(seen)), len(seen) - len(set(seen))


class Reader(threading.Thread):
    """A laptop pulling with a small page until the writers are done and it has reached the top."""

    def __init__(self, engine: Engine, agency: str, page: int, done: threading.Event) -> None:
        super().__init__()
        self.engine, self.agency, self.page, self.done = engine, agency, page, done
        self.seen: list[int] = []
        self.pages = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            cursor = 0
            while True:
                finished = self.done.is_set()
                with self.engine.connect() as conn:
                    rows, cursor, more = feed.read(conn, cursor, self.page, [self.agency])
                self.pages += 1
                self.seen.extend(int(r["seq"]) for r in rows)
                if finished and not more and cursor >= top(self.engine):
                    return
        except BaseException as exc:  # pragma: no cover - reported by the test
            self.error = exc


def pusher(engine: Engine, n: int, errors: list[BaseException]) -> None:
    rng = random.Random(n)
    who = Principal(f"u-{n}", f"d-{n}", KRP if n % 4 else LPP, frozenset({"officer"}))
    mine: list[str] = []
    clock = iter(range(10**9, 10**10))
    try:
        for _ in range(BATCHES):
            ops = []
            for _ in range(rng.randint(1, 3)):
                hlc = f"{next(clock):015d}:00000:{who.device_id}"
                if mine and rng.random() < 0.5:
                    ops.append(Op(uuid7(), "operation", rng.choice(mine), "update",
                                  {"vehicle": f"V{rng.randint(1, 999)}"}, None, hlc))
                elif mine and rng.random() < 0.5:
                    ops.append(Op(uuid7(), "check", uuid7(), "create", {"operation_id": rng.choice(mine),
                                                                        "kind": "other", "outcome": "warning"}, None,
                                  hlc))
                else:
                    oid = uuid7()
                    mine.append(oid)
                    ops.append(Op(uuid7(), "operation", oid, "create", {
                        "type": "traffic_monitoring", "agency_id": who.agency_id, "lead_id": who.user_id,
                        "crew": [who.user_id], "area_name": "Nīca", "vehicle": "", "number": f"P{n}",
                        "actual_start": "2026-11-25T19:00:00+00:00"}, None, hlc))
            results = push(engine, who, ops)
            assert all(r.status == "applied" for r in results), [r.as_dict() for r in results]
    except BaseException as exc:  # pragma: no cover - reported by the test
        errors.append(exc)


def account_writer(engine: Engine, errors: list[BaseException]) -> None:
    """Administrators add people meanwhile: their user records go into the same feed (agency "*")."""
    try:
        for n in range(15):
            with engine.begin() as conn:
                accounts.create_account(conn, accounts.CLI, username=f"r11.user{n}", full_name=f"R11 User {n}",
                                        agency="VP-KRP", roles=("officer",), password=None, kdf=FAST_KDF,
                                        now=datetime.now(UTC))
    except BaseException as exc:  # pragma: no cover - reported by the test
        errors.append(exc)


def test_r11_no_row_skipped_or_repeated_under_concurrent_pushers(engine: Engine,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    done = threading.Event()
    errors: list[BaseException] = []
    readers = [Reader(engine, KRP if k % 3 else LPP, 1 + k % 3, done) for k in range(READERS)]
    writers = [threading.Thread(target=pusher, args=(engine, n, errors)) for n in range(PUSHERS)]
    writers.append(threading.Thread(target=account_writer, args=(engine, errors)))
    for t in [*readers, *writers]:
        t.start()
    for t in writers:
        t.join()
    done.set()
    for r in readers:
        r.join(timeout=120)
    assert not errors, errors
    assert not any(r.is_alive() or r.error for r in readers), [r.error for r in readers]
    total = top(engine)
    lines = []
    for r in readers:
        expected = visible_seqs(engine, r.agency)
        skipped, duplicated = compare(r.seen, expected)
        lines.append(f"reader page={r.page} agency={'KRP' if r.agency == KRP else 'LPP'}: {len(r.seen)} rows in "
                     f"{r.pages} pages, skipped {skipped}, duplicated {duplicated}")
        assert (skipped, duplicated) == (0, 0), lines[-1]
        assert r.seen == expected  # and in feed order
    with capsys.disabled():
        print(f"\nR11: {PUSHERS} pushers x {BATCHES} batches + accounts, {total} feed rows\n  " + "\n  ".join(lines))


def _raw_row(seq: int) -> dict[str, Any]:
    return {"seq": seq, "entity": "operation", "entity_id": uuid7(), "agency_id": KRP, "shared_with": [],
            "version": 1, "data": {}, "op_id": None, "at": datetime.now(UTC)}


def test_r11_check_catches_a_feed_written_without_the_lock(engine: Engine) -> None:
    """Two writers take seqs s and s+1 without the lock; s+1 commits first, a reader reads, then s commits."""
    base = top(engine)
    slow = engine.connect()
    slow_tx = slow.begin()
    slow.execute(insert(schema.change_log), [_raw_row(base + 1)])  # allocated first, not yet committed
    with engine.begin() as conn:
        conn.execute(insert(schema.change_log), [_raw_row(base + 2)])
    seen: list[int] = []
    with engine.connect() as conn:
        rows, cursor, _ = feed.read(conn, base, 3, [KRP])
    seen += [int(r["seq"]) for r in rows]
    slow_tx.commit()
    slow.close()
    with engine.connect() as conn:
        rows, cursor, _ = feed.read(conn, cursor, 3, [KRP])
    seen += [int(r["seq"]) for r in rows]
    assert compare(seen, [s for s in visible_seqs(engine, KRP) if s > base]) == (1, 0)
