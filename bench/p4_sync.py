"""P4 bulk sync: push then pull of 100,000 ops through the real server process and PostgreSQL, against the
lower bound measured in the same run: a psycopg COPY of the rows the server stores for those ops (records,
feed, applied ops) plus a raw sqlite3 insert of the rows the laptop stores (QUALITY.md: ratio ≤ 8).

    python -m bench.p4_sync [--ops 100000]

The laptop's outbox is filled with operation "create" ops directly (logging 100,000 operations through the
app is P3's subject); the push sends them in 500-op batches over HTTP, the pull brings every record back
and applies it (new local rows), with the cursor stored per page.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from bench.common import report, start_server
from fieldops.agencies import agency_id
from fieldops.app import FieldOps
from fieldops.ids import uuid7
from fieldops.keyslots import FAST_KDF
from fieldops.models.enums import Role

PG = os.environ.get("FIELDOPS_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
PASSWORD = "bench-pass-1"
TARGET = 8.0


def _schema(admin: Any, name: str) -> str:
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
    return f"{PG}?options=-csearch_path%3D{name}"


def _fill_outbox(fo: FieldOps, n: int) -> None:
    krp = agency_id("VP-KRP")
    me = fo.user.id
    start = datetime.now(UTC) - timedelta(days=30)
    rows = []
    for i in range(n):
        at = (start + timedelta(minutes=i)).isoformat()
        payload = {"type": "traffic_monitoring", "agency_id": krp, "lead_id": me, "crew": [me],
                   "area_name": f"Nīca {i % 97}", "vehicle": "", "number": f"B-{i:06d}", "actual_start": at}
        rows.append((uuid7(), "operation", uuid7(), "create", json.dumps(payload, ensure_ascii=False), None,
                     f"{10**12 + i:015d}:00000:bench", "pending", 0, None, datetime.now(UTC).isoformat(" ")[:26],
                     me))
    with fo.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO outbox (op_id, entity, entity_id, op_type, payload, base_version, hlc, state, attempts, "
            "last_error, created_at, actor_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)


def _baseline(admin: Any, url: str, pulled: list[tuple[Any, ...]]) -> float:
    """COPY the rows the server stored into empty copies of its tables, plus sqlite3 inserts of the pulled rows."""
    src = create_engine(url)
    tables = ("record", "change_log", "applied_op")
    data: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
    with src.connect() as conn:
        for t in tables:
            result = conn.execute(text(f'SELECT * FROM "{t}"'))
            data[t] = (list(result.keys()), [tuple(r) for r in result])
    src.dispose()
    name = "b_" + secrets.token_hex(4)
    copy_url = _schema(admin, name)
    dst = create_engine(copy_url)
    with dst.begin() as conn:
        for t in tables:
            conn.execute(text(f'CREATE TABLE "{t}" (LIKE {url.split("%3D")[1]}."{t}" INCLUDING ALL)'))
    started = time.perf_counter()
    with dst.begin() as conn:
        raw: Any = conn.connection.dbapi_connection
        for t in tables:
            columns, rows = data[t]
            names = ", ".join(f'"{c}"' for c in columns)
            with raw.cursor() as cur, cur.copy(f'COPY "{t}" ({names}) FROM STDIN') as copy:
                for row in rows:
                    copy.write_row([json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v
                                    for v in row])
    copy_s = time.perf_counter() - started
    dst.dispose()
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {name} CASCADE"))
    tmp = Path(tempfile.mkdtemp()) / "lower-bound.db"
    db = sqlite3.connect(tmp)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE operation (id TEXT PRIMARY KEY, number TEXT, data TEXT, version INTEGER)")
    started = time.perf_counter()
    with db:
        db.executemany("INSERT INTO operation VALUES (?,?,?,?)", pulled)
    sqlite_s = time.perf_counter() - started
    db.close()
    shutil.rmtree(tmp.parent, ignore_errors=True)
    return copy_s + sqlite_s


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ops", type=int, default=100_000)
    parser.add_argument("--port", type=int, default=8491)
    args = parser.parse_args()
    from fieldops.server import accounts, db
    from fieldops.sync.engine import SyncEngine
    from fieldops.sync.session import ServerSession, enroll, load_link
    from fieldops.sync.transport import HttpTransport

    admin = create_engine(PG)
    name = "p4_" + secrets.token_hex(4)
    url = _schema(admin, name)
    work = Path(tempfile.mkdtemp(prefix="p4-"))
    proc = None
    try:
        engine = db.make_engine(url)
        db.migrate(engine)
        home = work / "laptop"
        fo = FieldOps.create(home, username="admin", full_name="Admin", password=PASSWORD, kdf=FAST_KDF)
        krp = agency_id("VP-KRP")
        officer = fo.users.create(username="bench.officer", full_name="Bench Officer", agency_id=krp,
                                  roles=[Role.OFFICER], password=PASSWORD).created_id
        assert officer
        with engine.begin() as conn:
            accounts.create_account(conn, accounts.CLI, username="bench.officer", full_name="Bench Officer",
                                    agency="VP-KRP", roles=("officer",), badge_no=None, account_id=officer,
                                    password=PASSWORD, active=True, kdf=FAST_KDF, now=db.now())
            code, *_ = accounts.new_enrollment(conn, accounts.CLI, "VP-KRP", 24, now=db.now())
        proc = start_server(url, work / "server", args.port)
        server_url = f"http://127.0.0.1:{args.port}"
        enroll(fo, server_url, code, "bench laptop")
        fo.close()
        fo = FieldOps.open(home, "bench.officer", PASSWORD, kdf=FAST_KDF)
        with fo.engine.begin() as conn:  # the user-create op is the admin's: not part of the measured ops
            conn.exec_driver_sql("UPDATE outbox SET state = 'sent'")
        _fill_outbox(fo, args.ops)
        link = load_link(fo)
        assert link is not None
        session = ServerSession(link)
        session.login("bench.officer", PASSWORD)
        sync = SyncEngine(fo, HttpTransport(session.request), device_id=link.device_id)
        from fieldops.sync.engine import SyncReport

        rep = SyncReport()
        started = time.perf_counter()
        sync.push(rep)
        push_s = time.perf_counter() - started
        started = time.perf_counter()
        if os.environ.get("P4_PROFILE"):
            import cProfile
            import pstats

            prof = cProfile.Profile()
            prof.runcall(sync.pull, rep)
            pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        else:
            sync.pull(rep)
        pull_s = time.perf_counter() - started
        assert rep.applied == args.ops and rep.rejected == 0, rep
        with fo.engine.connect() as conn:
            pulled = [(r[0], r[1], "{}", r[2]) for r in conn.execute(text(
                "SELECT id, number, version FROM operation"))]
        assert len(pulled) >= args.ops, len(pulled)
        fo.close()
        session.close()
        lower = _baseline(admin, url, pulled)
        total = push_s + pull_s
        report("p4_bulk_sync", {"ops": args.ops, "push_s": round(push_s, 1), "pull_s": round(pull_s, 1),
                                "ops_per_s": round(args.ops / total), "lower_bound_s": round(lower, 2)},
               total / lower, TARGET)
        return 0
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {name} CASCADE"))
        admin.dispose()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
