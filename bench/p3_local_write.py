"""P3 local write: logging one check through the core (check + operation counters + outbox + hash-chained
audit, one transaction, SQLCipher, synchronous=FULL) vs a raw driver insert of the same rows with the same
pragmas and encryption, in the same run. Target: ratio <= 3.

Also printed for context: the same raw rows on plain (unencrypted) sqlite3, showing what encryption costs.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.common import median_ms, report
from fieldops.app import FieldOps
from fieldops.audit_chain import event_hash
from fieldops.ids import uuid7
from fieldops.keyslots import FAST_KDF, KeyFile
from fieldops.models.enums import Role

FACTS = {"country": "LV", "plate": "AB-1234", "alcohol_permille": [0.62], "speed_measured": 88, "speed_limit": 70}


def _setup(tmp: Path) -> tuple[FieldOps, str]:
    fo = FieldOps.create(tmp / "ws", username="admin", full_name="Bench Admin", password="bench-pass", kdf=FAST_KDF)
    agency = fo.users.agencies()[0].id
    officer = fo.users.create(username="officer", full_name="Bench Officer", agency_id=agency,
                              roles=[Role.OFFICER], password="bench-pass").created_id
    fo.close()
    fo = FieldOps.open(tmp / "ws", "officer", "bench-pass", kdf=FAST_KDF)
    op = fo.operations.create(type="traffic_monitoring", start_at=datetime.now(UTC)).created_id
    assert officer and op
    return fo, op


def _raw_rows(op_id: str, user_id: str, device: str, prev: str) -> tuple[list[tuple[str, tuple[Any, ...]]], str]:
    now = datetime.now(UTC)
    stamp = now.replace(tzinfo=None).isoformat(sep=" ")
    check_id = uuid7()
    facts = json.dumps(FACTS)
    event = {"id": uuid7(), "at": now, "actor_id": user_id, "device_id": device, "action": "collection",
             "entity": "check", "entity_id": check_id, "purpose": None, "details": {"operation_id": op_id}}
    digest = event_hash(prev, event)
    return [
        ("INSERT INTO check_record (id, operation_id, kind, at, lat, lon, outcome, violation, facts, flags, "
         "created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
         (check_id, op_id, "traffic", stamp, 56.3, 21.1, "administrative_protocol", 1, facts, "[]", user_id, stamp)),
        ("UPDATE operation SET check_count = check_count + 1, violation_count = violation_count + 1, "
         "updated_at = ? WHERE id = ?", (stamp, op_id)),
        ("INSERT INTO outbox (op_id, entity, entity_id, op_type, payload, base_version, hlc, state, attempts, "
         "last_error, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
         (uuid7(), "check", check_id, "create", facts, None, f"{time.time_ns() // 10**6:015d}:00000:x", "pending",
          0, None, stamp)),
        ("INSERT INTO audit_event (id, at, actor_id, device_id, action, entity, entity_id, purpose, details, "
         "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
         (event["id"], stamp, user_id, device, "collection", "check", check_id, None,
          json.dumps(event["details"]), prev, digest)),
    ], digest


def _raw_insert(con: Any, op_id: str, user_id: str, device: str, prev: str) -> str:
    rows, digest = _raw_rows(op_id, user_id, device, prev)
    con.execute("BEGIN IMMEDIATE")
    for sql, params in rows:
        con.execute(sql, params)
    con.execute("COMMIT")
    return digest


def _connect_cipher(path: Path, key: bytes) -> Any:
    import sqlcipher3.dbapi2 as sqlcipher

    con = sqlcipher.connect(str(path), isolation_level=None)
    con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
        con.execute(f"PRAGMA {pragma}")
    return con


def _plain_copy(src_con: Any, target: Path) -> sqlite3.Connection:
    """An unencrypted database with the same schema (for the encryption-cost context figure)."""
    con = sqlite3.connect(str(target), isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
        con.execute(f"PRAGMA {pragma}")
    rows = src_con.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                           "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END").fetchall()
    for name, sql in rows:
        if name.startswith("operation_fts_"):
            continue  # FTS5 shadow tables: created by their virtual table
        con.execute(sql)
    return con


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="fieldops-p3-"))
    try:
        fo, op_id = _setup(tmp)
        user, device = fo.user.id, fo.device_id
        _, key = KeyFile.load(tmp / "ws" / "workspace.json").unlock("officer", "bench-pass")
        raw = _connect_cipher(tmp / "ws" / "fieldops.db", key)
        plain = _plain_copy(raw, tmp / "plain.db")
        stamp = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
        for sql, params in (
            ("INSERT INTO agency VALUES (?,?,?,?,?,?,?)", ("a", "A", "A", "A", "LV", "Europe/Riga", "A")),
            ("INSERT INTO user (id, username, full_name, badge_no, agency_id, active, created_at, version) "
             "VALUES (?,?,?,?,?,?,?,?)", (user, "u", "U", None, "a", 1, stamp, 1)),
            ("INSERT INTO operation (id, number, agency_id, type, status, lead_id, vehicle, area_name, start_at, "
             "weather, visibility, narrative, check_count, violation_count, created_by, created_at, updated_at, "
             "version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
             (op_id, "N", "a", "traffic_monitoring", "draft", user, "", "", stamp, "", "", "", 0, 0, user, stamp,
              stamp, 1)),
        ):
            plain.execute(sql, params)
        prev = raw.execute("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()[0]
        plain_prev = "0" * 64
        core, cipher, clear = [], [], []
        when = datetime.now(UTC)
        for _ in range(20):  # warm-up
            fo.checks.add(op_id, kind="traffic", at=when, outcome="administrative_protocol", facts=FACTS)
        prev = raw.execute("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()[0]
        for _ in range(args.rounds):  # interleaved, so drift in machine load hits all three alike
            t = time.perf_counter()
            fo.checks.add(op_id, kind="traffic", at=when, outcome="administrative_protocol", facts=FACTS,
                                    lat=56.3, lon=21.1)
            core.append(time.perf_counter() - t)
            prev = raw.execute("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()[0]
            t = time.perf_counter()
            prev = _raw_insert(raw, op_id, user, device, prev)
            cipher.append(time.perf_counter() - t)
            t = time.perf_counter()
            plain_prev = _raw_insert(plain, op_id, user, device, plain_prev)
            clear.append(time.perf_counter() - t)
        report("P3 local write (one check)", {
            "rounds": args.rounds, "core_ms": round(median_ms(core), 3),
            "raw_sqlcipher_ms": round(median_ms(cipher), 3), "raw_plain_sqlite_ms": round(median_ms(clear), 3),
        }, median_ms(core) / median_ms(cipher), 3.0)
        raw.close()
        plain.close()
        fo.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
