"""The server's database: engine, Alembic migrations at start, the partner agencies seeded once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, select
from sqlalchemy.pool import NullPool

from fieldops.agencies import PARTNERS, agency_id
from fieldops.server import schema

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi: Any, _record: Any) -> None:
            dbapi.isolation_level = None  # SQLAlchemy's BEGIN below, not the driver's implicit one
            cur = dbapi.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # one writer at a time: the feed's order is commit order

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the schema to head (Alembic), then seed what every server has (the partner agencies)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    seed(engine)


def seed(engine: Engine) -> None:
    with engine.begin() as conn:
        known = set(conn.execute(select(schema.agency.c.code)).scalars())
        for p in PARTNERS:
            if p.code not in known:
                conn.execute(insert(schema.agency).values(
                    id=agency_id(p.code), code=p.code, name=p.name, short_name=p.short_name, country=p.country,
                    timezone=p.timezone, report_prefix=p.report_prefix))


def now() -> datetime:
    return datetime.now(UTC)
