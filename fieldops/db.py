"""The encrypted local database: SQLCipher engine, pragmas, and error mapping for unreadable files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import QueuePool

from fieldops.errors import ErrorCode, FieldOpsError

DB_FILENAME = "fieldops.db"


def make_engine(path: Path, key: bytes) -> Engine:
    """Engine on the SQLCipher file at `path`, unlocked with the raw 256-bit data `key`.

    The key goes in as a hex raw key (`x'...'`), so SQLCipher skips its own PBKDF2: key stretching is done
    once per login by Argon2id in `fieldops.keyslots`. WAL + synchronous=FULL: a commit that returned is on
    disk (R4); foreign keys on; every transaction is BEGIN IMMEDIATE so writers queue instead of failing
    half-way with SQLITE_BUSY on upgrade from a read lock.
    """
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
    # The dialect sends `PRAGMA key` first on every new connection; our pragmas follow in "connect".
    engine = create_engine(
        url, poolclass=QueuePool, pool_size=2, max_overflow=2,
        connect_args={"check_same_thread": False, "timeout": 10.0},
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_con: Any, _record: Any) -> None:
        dbapi_con.isolation_level = None  # we emit BEGIN ourselves (see _begin)
        cur = dbapi_con.cursor()
        try:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.execute("PRAGMA busy_timeout = 10000")
            cur.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files on disk
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def probe(engine: Engine) -> None:
    """Read the schema once; a wrong key or a foreign/corrupted file fails here with a typed error."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise FieldOpsError(ErrorCode.NOT_A_DATABASE) from exc


def integrity_check(engine: Engine) -> str:
    with engine.connect() as conn:
        return str(conn.exec_driver_sql("PRAGMA integrity_check").scalar_one())
