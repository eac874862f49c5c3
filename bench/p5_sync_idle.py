"""P5 incremental sync: a sync round with nothing to send and nothing new, with 1,000,000 records on each side,
against the same round with 1,000 records (QUALITY.md: ratio ≤ 1.5 — the cost grows with changes, not data).

    python -m bench.p5_sync_idle [--large 1000000] [--small 1000]

Each side: a demo workspace of that many operations (bench/out, built once) and a server schema whose feed and
record table hold that many records (bulk-loaded with COPY). The laptop is enrolled and caught up (cursor at
the top of the feed, outbox sent); a round is what the app runs every few minutes: push (nothing), refetch
(nothing), pull (an empty page), the cursor and last-sync time stored.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from bench.common import report, start_server, workspace
from fieldops.agencies import agency_id
from fieldops.app import FieldOps
from fieldops.demo import DEMO_PASSWORD
from fieldops.ids import uuid7
from fieldops.keyslots import FAST_KDF

PG = os.environ.get("FIELDOPS_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
TARGET = 1.5
ROUNDS = 25


def _load_server(engine: Any, n: int) -> None:
    """n operation records and their feed rows, as a server holding n synced records would have them."""
    from fieldops.server import schema
    from fieldops.server.feed import bulk_insert

    krp = agency_id("VP-KRP")
    now = datetime.now(UTC)
    chunk = 50_000
    for start in range(0, n, chunk):
        records, feed = [], []
        for i in range(start, min(n, start + chunk)):
            rid = uuid7()
            data = {"type": "traffic_monitoring", "number": f"KRP-2026-{i:07d}", "area_name": "Nīca",
                    "agency_id": krp}
            records.append({"entity": "operation", "id": rid, "agency_id": krp, "shared_with": [], "data": data,
                            "version": 1, "field_versions": {}, "field_hlc": {}, "status": "approved",
                            "seq": i + 1, "created_at": now, "updated_at": now})
            feed.append({"seq": i + 1, "entity": "operation", "entity_id": rid, "agency_id": krp,
                         "shared_with": [], "version": 1, "data": data, "op_id": None, "at": now})
        with engine.begin() as conn:
            bulk_insert(conn, schema.record, records)
            bulk_insert(conn, schema.change_log, feed)
    with engine.begin() as conn:
        conn.execute(text("ANALYZE"))


def _measure(size: int, port: int, admin: Any, work: Path) -> tuple[float, float]:
    from fieldops.server import accounts, db
    from fieldops.sync.engine import CURSOR, SyncEngine
    from fieldops.sync.session import ServerSession, enroll, load_link
    from fieldops.sync.transport import HttpTransport

    name = "p5_" + secrets.token_hex(4)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
    url = f"{PG}?options=-csearch_path%3D{name}"
    proc = None
    home = work / f"ws-{size}"
    try:
        shutil.copytree(workspace(size), home)
        engine = db.make_engine(url)
        db.migrate(engine)
        _load_server(engine, size)
        fo = FieldOps.open(home, "admin", DEMO_PASSWORD)
        officer = next(u for u in fo.users.list() if u.username == "officer.lv")
        with engine.begin() as conn:
            accounts.create_account(conn, accounts.CLI, username="officer.lv", full_name=officer.full_name,
                                    agency="VP-KRP", roles=("officer",), badge_no=None, account_id=officer.id,
                                    password=DEMO_PASSWORD, active=True, kdf=FAST_KDF, now=db.now())
            code, *_ = accounts.new_enrollment(conn, accounts.CLI, "VP-KRP", 24, now=db.now())
        engine.dispose()
        proc = start_server(url, work / f"server-{size}", port)
        enroll(fo, f"http://127.0.0.1:{port}", code, "bench laptop")
        fo.close()
        fo = FieldOps.open(home, "officer.lv", DEMO_PASSWORD)
        with fo.engine.begin() as conn:  # caught up: nothing to send, cursor at the top of the feed
            conn.exec_driver_sql("UPDATE outbox SET state = 'sent'")
            conn.exec_driver_sql("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)", (CURSOR, str(size)))
        link = load_link(fo)
        assert link is not None
        session = ServerSession(link)
        session.login("officer.lv", DEMO_PASSWORD)
        sync = SyncEngine(fo, HttpTransport(session.request), device_id=link.device_id)
        sync.sync()  # warm: connections, statement caches
        samples = []
        for _ in range(ROUNDS):
            started = time.perf_counter()
            result = sync.sync()
            samples.append(time.perf_counter() - started)
            assert result.pushed == 0 and result.pulled == 0, result
        session.close()
        fo.close()
        samples.sort()
        return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {name} CASCADE"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--large", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=1_000)
    args = parser.parse_args()
    admin = create_engine(PG)
    work = Path(tempfile.mkdtemp(prefix="p5-"))
    try:
        small_med, small_p95 = _measure(args.small, 8492, admin, work)
        large_med, large_p95 = _measure(args.large, 8493, admin, work)
    finally:
        admin.dispose()
        shutil.rmtree(work, ignore_errors=True)
    report("p5_idle_sync_round", {"small": args.small, "large": args.large,
                                  "small_ms": round(small_med * 1000, 1), "small_p95_ms": round(small_p95 * 1000, 1),
                                  "large_ms": round(large_med * 1000, 1), "large_p95_ms": round(large_p95 * 1000, 1)},
           large_med / small_med, TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
