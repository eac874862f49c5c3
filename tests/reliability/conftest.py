"""Fixtures of the reliability harness: template workspaces (one per agency), one migrated PostgreSQL server
database for the whole session (schedules "join now" and compare only their own records), and the real server
process on it (`fieldops server`, for the HTTP path).

The `reliability` marker and the `--reliability-long` option are registered in tests/conftest.py (options
must live in the top conftest to be known when the whole suite runs).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine

from fieldops.server import db
from tests.pg import fresh_schema
from tests.reliability.harness import Template, build_template, seed_accounts
from tests.server.conftest import LiveServer

AGENCIES = ("VP-KRP", "LPP", "KAVPK", "PMS")  # one template each: parallel workers never share a feed


def long_mode(config: pytest.Config) -> bool:
    return bool(config.getoption("--reliability-long", default=False)) or \
        os.environ.get("FIELDOPS_RELIABILITY_LONG") == "1"


@dataclass
class ReliabilityDb:
    url: str
    engine: Engine


@pytest.fixture(scope="session")
def reliability_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("reliability")


@pytest.fixture(scope="session")
def templates(reliability_root: Path) -> list[Template]:
    """One template workspace per agency (same roster, distinct user names and ids)."""
    return [build_template(reliability_root, code) for code in AGENCIES]


@pytest.fixture(scope="session")
def reliability_db(templates: list[Template]) -> Iterator[ReliabilityDb]:
    """A migrated server database in a fresh PostgreSQL schema, with every template's users as accounts."""
    with fresh_schema() as url:
        engine = db.make_engine(url)
        try:
            db.migrate(engine)
            for template in templates:
                seed_accounts(engine, template)
            yield ReliabilityDb(url, engine)
        finally:
            engine.dispose()


@pytest.fixture(scope="session")
def reliability_live(reliability_db: ReliabilityDb, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`fieldops server` as a subprocess on the session's database; yields its base URL."""
    server = LiveServer(reliability_db.url, tmp_path_factory.mktemp("live-server")).start()
    try:
        yield server.url
    finally:
        server.stop()
